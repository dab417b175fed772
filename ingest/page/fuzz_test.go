package page

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, dir := range []string{"fields", "listing"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.html"))
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(b), "https://example.com/news/a.html")
		}
	}
	f.Add(`<base href="//x"><a href="?q#f">x</a><p>`+strings.Repeat("word, ", 30)+`</p>`, "")
	f.Add(`<html lang="x-default"><link rel=alternate hreflang=fr href="javascript:1"><a hreflang=de href="">de</a>`, "http://h/")
	f.Add(`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":[{"name":["A","B"]}],"datePublished":"2020-02-30"}]}</script>`, "https://a.b/c")
	f.Add("<p>one<br><br><br>two<br>three</p><h2></h2><li> </li>", "https://a.b/")
	f.Fuzz(func(t *testing.T, doc, rawURL string) {
		u, err := url.Parse(rawURL)
		if err != nil {
			u = nil
		}
		p, err := Parse(strings.NewReader(doc), u)
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		for _, l := range p.Links {
			checkAbsolute(t, "link", l)
		}
		for lang, l := range p.Alternates {
			checkAbsolute(t, "alternate "+lang, l)
			if lang == "" || lang == p.Lang {
				t.Errorf("alternate for language %q (page language %q)", lang, p.Lang)
			}
		}
		for i, b := range p.Body {
			if strings.TrimSpace(b) == "" {
				t.Errorf("Body[%d] is empty", i)
			}
		}
		if p.Text() != strings.TrimSpace(p.Text()) {
			t.Errorf("Text() has leading or trailing space: %q", p.Text())
		}
	})
}

// checkAbsolute fails t unless s is an absolute http(s) URL without fragment.
func checkAbsolute(t *testing.T, what, s string) {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Errorf("%s %q: %v", what, s, err)
		return
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.Fragment != "" || strings.Contains(s, "#") {
		t.Errorf("%s %q is not an absolute http(s) URL without fragment", what, s)
	}
}
