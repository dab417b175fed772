package ingest

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"diglot.dev/diglot/ingest/page"
)

// TestDecideSharedArticles checks that the first decidePrefix characters
// of lead and body tell the language of every real page in
// ../shared/testdata/articles, and that Decide's verdict is right on each.
func TestDecideSharedArticles(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "testdata", "articles")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skip("../shared/testdata/articles is absent: skipping the language check on real pages")
	}
	d := testDetector(t)
	right := 0
	for _, f := range files {
		var truth struct {
			URL  string `json:"url"`
			Lang string `json:"lang"`
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &truth); err != nil {
			t.Fatal(err)
		}
		html, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".html")
		if err != nil {
			t.Fatal(err)
		}
		u, _ := url.Parse(truth.URL)
		p, err := page.Parse(bytes.NewReader(html), u)
		if err != nil {
			t.Fatal(err)
		}
		detected, conf := d.detect(prefix(bodyText(p), decidePrefix))
		ld := d.Decide(p)
		if detected != language.Make(truth.Lang) || ld.Lang != truth.Lang {
			t.Errorf("%s: detected %v (%.2f), decided %q (declared %q); want %s", filepath.Base(f), detected, conf, ld.Lang, ld.Declared, truth.Lang)
			continue
		}
		right++
	}
	t.Logf("%d of %d pages: language right from %d characters", right, len(files), decidePrefix)
}

func TestChooseLanguage(t *testing.T) {
	for _, tc := range []struct {
		declared   string
		detected   language.Tag
		conf       float64
		want       string
		overridden bool
	}{
		{"fr", language.French, 1, "fr", false},
		{"", language.French, 0.6, "fr", false},     // nothing declared: the detector decides
		{"en", language.French, 0.95, "fr", true},   // a French page declared English
		{"en", language.French, 0.7, "en", false},   // not sure enough to overrule
		{"fr", language.Und, 0, "fr", false},        // the detector cannot tell
		{"", language.Und, 0, "", false},            // nobody can tell
		{"vi", language.Vietnamese, 1, "vi", false}, // recognized, left to the source's languages
		{"en", language.Vietnamese, overrideConfidence, "vi", true},
	} {
		got, overridden := chooseLanguage(tc.declared, tc.detected, tc.conf)
		if got != tc.want || overridden != tc.overridden {
			t.Errorf("chooseLanguage(%q, %v, %.2f) = %q, %v; want %q, %v", tc.declared, tc.detected, tc.conf, got, overridden, tc.want, tc.overridden)
		}
	}
}
