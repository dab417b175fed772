package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/corpus/site"
)

// serveSite serves the bundled news site on loopback.
func serveSite(t *testing.T) (*site.Site, *httptest.Server) {
	t.Helper()
	s := site.New()
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return s, srv
}

// writeConfig writes a source configuration for the site at base.
func writeConfig(t testing.TB, base, extra string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sources.toml")
	toml := fmt.Sprintf(`user_agent = "diglot-test/1.0"

[[source]]
name = "hai-lan"
seeds = ["%[1]s/en/", "%[1]s/fr/"]
delay = "0s"
concurrency = 4
%[2]s`, base, extra)
	if err := os.WriteFile(path, []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCrawlAndArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the bundled site")
	}
	s, srv := serveSite(t)
	cfg := writeConfig(t, srv.URL, "")
	data := t.TempDir()
	stdout, stderr, code := runDiglot(t, nil, "crawl", "--config", cfg, "--data", data, "--json", "--log-format", "json")
	if code != 0 {
		t.Fatalf("crawl: exit %d, stderr %s", code, stderr)
	}
	var sum struct {
		Sources []struct {
			Source   string         `json:"source"`
			New      int            `json:"new"`
			Failed   map[string]int `json:"failed"`
			Duration *int64         `json:"duration_ms"`
		} `json:"sources"`
		Pairs struct {
			Total    int            `json:"total"`
			ByMethod map[string]int `json:"by_method"`
		} `json:"pairs"`
	}
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, stdout)
	}
	articles, pairKeys := 0, map[string]int{}
	for _, p := range s.Pages() {
		if l := p.Lang.String(); l == "en" || l == "fr" {
			articles++
			if p.Pair != "" {
				pairKeys[p.Pair]++
			}
		}
	}
	pairs := 0
	for _, n := range pairKeys {
		if n == 2 {
			pairs++
		}
	}
	if len(sum.Sources) != 1 || sum.Sources[0].New != articles || sum.Sources[0].Duration == nil {
		t.Errorf("summary %s; want %d new articles", stdout, articles)
	}
	if len(sum.Sources) == 1 && len(sum.Sources[0].Failed) != 0 {
		// The feeds are reached by links from the home pages, not
		// configured: they are read as feeds, not failed as pages.
		t.Errorf("failures on the bundled site: %v", sum.Sources[0].Failed)
	}
	if sum.Pairs.Total != pairs {
		t.Errorf("summary: %d pairs, want %d", sum.Pairs.Total, pairs)
	}
	// The logs are JSON lines.
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if line != "" && !json.Valid([]byte(line)) {
			t.Errorf("log line is not JSON: %s", line)
		}
	}

	stdout, stderr, code = runDiglot(t, nil, "articles", "--data", data, "--json")
	if code != 0 {
		t.Fatalf("articles: exit %d, stderr %s", code, stderr)
	}
	var list struct {
		Articles []struct {
			ID, URL, Lang, Title, Published, Source, Pair string
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(stdout), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Articles) != articles {
		t.Errorf("articles lists %d, want %d", len(list.Articles), articles)
	}
	byID := map[string]string{}
	for _, a := range list.Articles {
		byID[a.ID] = a.Pair
	}
	paired := 0
	for id, pair := range byID {
		if pair == "" {
			continue
		}
		paired++
		if byID[pair] != id {
			t.Errorf("article %s pairs with %s, which pairs with %q", id, pair, byID[pair])
		}
	}
	if paired != 2*pairs {
		t.Errorf("%d articles have a pair, want %d", paired, 2*pairs)
	}

	stdout, _, code = runDiglot(t, nil, "articles", "--data", data, "--lang", "fr")
	if code != 0 || !strings.Contains(stdout, "ID") || strings.Contains(stdout, "\ten\t") {
		t.Errorf("articles --lang fr: exit %d\n%s", code, stdout)
	}
	if n := strings.Count(stdout, "\n") - 1; n <= 0 || n >= articles {
		t.Errorf("articles --lang fr lists %d lines of %d articles", n, articles)
	}

	// A second crawl stores nothing new and says so.
	stdout, _, code = runDiglot(t, nil, "crawl", "--config", cfg, "--data", data)
	if code != 0 || !strings.Contains(stdout, "articles 0 new, 0 changed") || !strings.Contains(stdout, "not modified") {
		t.Errorf("second crawl: exit %d\n%s", code, stdout)
	}
}

func TestCrawlErrors(t *testing.T) {
	_, srv := serveSite(t)
	for _, tc := range []struct {
		name  string
		toml  string
		code  int
		wants []string
	}{
		{"unknown key", writeConfigText(t, fmt.Sprintf("[[source]]\nname = \"a\"\nseeds = [\"%s/en/\"]\ndealy = \"1s\"\n", srv.URL)), 78,
			[]string{"sources.toml:4", "dealy", "unknown key", "delay"}},
		{"bad value", writeConfigText(t, fmt.Sprintf("[[source]]\nname = \"a\"\nseeds = [\"%s/en/\"]\nconcurrency = \"two\"\n", srv.URL)), 78,
			[]string{"sources.toml:4", "concurrency"}},
		{"missing file", filepath.Join(t.TempDir(), "nope.toml"), 78, []string{"nope.toml", "no such file"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runDiglot(t, nil, "crawl", "--config", tc.toml, "--data", t.TempDir())
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr %s", code, tc.code, stderr)
			}
			for _, w := range tc.wants {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q: %s", w, stderr)
				}
			}
		})
	}
	if _, stderr, code := runDiglot(t, nil, "crawl", "--data", t.TempDir()); code != 2 || !strings.Contains(stderr, "--config") {
		t.Errorf("without --config: exit %d, stderr %s", code, stderr)
	}
	// A store held by another process.
	data := t.TempDir()
	held, err := corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	_, stderr, code := runDiglot(t, nil, "crawl", "--config", writeConfig(t, srv.URL, ""), "--data", data)
	if code != 1 || !strings.Contains(stderr, "in use by another diglot process") {
		t.Errorf("held store: exit %d, stderr %s", code, stderr)
	}
}

func writeConfigText(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sources.toml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestParseCommand(t *testing.T) {
	s, srv := serveSite(t)
	var en, fr, cp1252 site.Page
	for _, p := range s.Pages() {
		switch {
		case p.Lang.String() == "en" && p.Link == site.LinkHreflang && en.Path == "":
			en = p
		case p.Charset == site.CharsetWindows1252:
			cp1252 = p
		}
	}
	for _, p := range s.Pages() {
		if p.Lang.String() == "fr" && p.Pair == en.Pair {
			fr = p
		}
	}
	stdout, stderr, code := runDiglot(t, nil, "parse", "--json", srv.URL+en.Path)
	if code != 0 {
		t.Fatalf("parse: exit %d, stderr %s", code, stderr)
	}
	var got struct {
		URL, Canonical, Title, Lead, Body, Published, Lang string
		Alternates                                         map[string]string
		IsArticle                                          bool `json:"is_article"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Title != en.Title || got.Lang != "en" || !got.IsArticle || got.Alternates["fr"] != srv.URL+fr.Path ||
		got.Published == "" || got.Canonical != srv.URL+en.Path {
		t.Errorf("parse %s:\n%s", en.Path, stdout)
	}
	want, _ := s.Text(en.Path)
	if !strings.Contains(want, got.Body) || got.Body == "" {
		t.Errorf("body %q is not the article's", got.Body)
	}

	// A listing page.
	stdout, _, code = runDiglot(t, nil, "parse", "--json", srv.URL+"/fr/")
	if code != 0 || !strings.Contains(stdout, `"is_article": false`) {
		t.Errorf("parse of the French home page: exit %d\n%s", code, stdout)
	}

	// A saved windows-1252 page: charset from its <meta>, or not at all.
	resp, err := http.Get(srv.URL + cp1252.Path)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	file := filepath.Join(t.TempDir(), "page.html")
	os.WriteFile(file, raw, 0o644)
	stdout, _, code = runDiglot(t, nil, "parse", "--url", srv.URL+cp1252.Path, file)
	if code != 0 || !strings.Contains(stdout, cp1252.Title) {
		t.Errorf("parse of a saved %s page: exit %d; want title %q in\n%s", cp1252.Charset, code, cp1252.Title, stdout)
	}

	if _, stderr, code := runDiglot(t, nil, "parse", filepath.Join(t.TempDir(), "missing.html")); code != 1 || !strings.Contains(stderr, "missing.html") {
		t.Errorf("missing file: exit %d, stderr %s", code, stderr)
	}
	if _, _, code := runDiglot(t, nil, "parse"); code != 2 {
		t.Errorf("no operand: exit %d, want 2", code)
	}
}
