package main

import (
	"encoding/json"
	"strings"
	"testing"

	"diglot.dev/diglot/corpus/site"
)

// indexedSite crawls the bundled site into a data directory and indexes
// it.
func indexedSite(t *testing.T) (*site.Site, string) {
	t.Helper()
	s, srv := serveSite(t)
	data := t.TempDir()
	if _, stderr, code := runDiglot(t, nil, "crawl", "--config", writeConfig(t, srv.URL, ""), "--data", data); code != 0 {
		t.Fatalf("crawl: exit %d: %s", code, stderr)
	}
	if out, stderr, code := runDiglot(t, nil, "index", "--data", data); code != 0 || !strings.Contains(out, "indexed 52 articles") {
		t.Fatalf("index: exit %d: %s%s", code, out, stderr)
	}
	return s, data
}

type searchResult struct {
	Total int `json:"total"`
	Hits  []struct {
		ID, URL, Lang, Title, Published, Snippet, Pair string
		PairTitle                                      string `json:"pair_title"`
		PairURL                                        string `json:"pair_url"`
		Marks                                          [][2]int
		Facts                                          []struct {
			Kind, Value, Unit, Status, Reason, Text, Other string
		}
	} `json:"hits"`
	Facets map[string][]struct {
		Name  string `json:"name"`
		Count int    `json:"count"`
	} `json:"facets"`
}

func search(t *testing.T, data string, args ...string) searchResult {
	t.Helper()
	out, stderr, code := runDiglot(t, nil, append([]string{"search", "--data", data, "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("search %v: exit %d: %s", args, code, stderr)
	}
	var res searchResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search %v: %v\n%s", args, err, out)
	}
	return res
}

func TestSearchCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls and indexes the bundled site")
	}
	s, data := indexedSite(t)
	pages := map[string]site.Page{}
	for _, p := range s.Pages() {
		pages[p.Title] = p
	}

	// French, without accents, stemmed: "economie" finds "économie".
	res := search(t, data, "--lang", "fr", "economie")
	if res.Total == 0 {
		t.Error(`"economie" --lang fr finds nothing`)
	}
	for _, h := range res.Hits {
		if h.Lang != "fr" {
			t.Errorf("--lang fr returned %s %q", h.Lang, h.Title)
		}
	}
	// Numbers as written, by phrase, in French (no-break space or not).
	if res := search(t, data, `"39 888 milliards"`); res.Total == 0 || res.Hits[0].Lang != "fr" {
		t.Errorf(`"39 888 milliards": %+v`, res)
	}
	if res := search(t, data, `"39.88 trillion"`); res.Total == 0 || res.Hits[0].Lang != "en" {
		t.Errorf(`"39.88 trillion": %+v`, res)
	}
	// A fact filter: every deliberate mismatch of the site is findable.
	res = search(t, data, "--fact", "money status=mismatch", "--limit", "100")
	if res.Total == 0 {
		t.Fatal("no article with a money mismatch")
	}
	for _, h := range res.Hits {
		if len(h.Facts) == 0 {
			t.Errorf("%q: no matching fact shown", h.Title)
		}
		for _, f := range h.Facts {
			if f.Kind != "money" || f.Status != "mismatch" || f.Reason == "" {
				t.Errorf("%q: fact %+v does not meet the filter", h.Title, f)
			}
		}
		if h.Pair == "" || h.PairTitle == "" {
			t.Errorf("%q: a mismatch without its translation", h.Title)
		}
	}
	// Facets and pairs.
	res = search(t, data, "--limit", "100")
	if res.Total != 52 || len(res.Facets["lang"]) != 2 || len(res.Facets["month"]) == 0 {
		t.Errorf("match all: %d hits, facets %v", res.Total, res.Facets)
	}

	// Text output.
	out, _, code := runDiglot(t, nil, "search", "--data", data, "--lang", "en", "harbour")
	if code != 0 || !strings.Contains(out, "[[") || !strings.Contains(out, "translation:") {
		t.Errorf("text output:\n%s", out)
	}

	if _, stderr, code := runDiglot(t, nil, "search", "--data", t.TempDir(), "port"); code != 1 || !strings.Contains(stderr, "no index") {
		t.Errorf("search without an index: exit %d, stderr %s", code, stderr)
	}

	// Bad input: exit 2 and what is wrong.
	for _, args := range [][]string{
		{"--fact", "money>>1e9"},
		{"--fact", "cash>5"},
		{`"unterminated phrase`},
		{"port^abc"},
		{"--since", "yesterday", "port"},
		{"--lang", "de", "port"},
	} {
		_, stderr, code := runDiglot(t, nil, append([]string{"search", "--data", data}, args...)...)
		if code != 2 || stderr == "" || strings.Contains(stderr, "goroutine") {
			t.Errorf("search %v: exit %d, stderr %s; want 2 and a message", args, code, stderr)
		}
	}
}
