package extract

import (
	"golang.org/x/text/language"
	"strings"
	"testing"
)

// TestLexicon checks concepts.txt: it parses, and both languages' words
// for a concept find it.
func TestLexicon(t *testing.T) {
	lx, err := parseLexicon(conceptData)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Exports", "exports"}, {"les exportations", "exports"},
		{"chiffre d’affaires", "revenue"}, {"total revenue", "revenue"},
		{"le PIB", "gdp"}, {"GRDP", "gdp"}, {"le taux de chômage", "unemployment"},
		{"la main-d'œuvre", "jobs"}, {"market share", "market_share"},
	} {
		var sc conceptScanner
		hits := sc.scan(tc.text, 0, len(tc.text))
		if len(hits) == 0 || hits[len(hits)-1].concept != tc.want {
			t.Errorf("%q: hits %v, want concept %s", tc.text, hits, tc.want)
		}
	}
	if _, err := parseLexicon("revenue | sales\n"); err == nil || !strings.Contains(err.Error(), "concepts.txt:1") {
		t.Errorf("a line of two columns: error %v, want one naming line 1", err)
	}
	if len(lx.words) < 200 {
		t.Errorf("lexicon has %d words; the file was not read whole", len(lx.words))
	}
}

// TestCountConcept checks that a count takes the concept of what it
// counts, in both languages, whatever words stand around it.
func TestCountConcept(t *testing.T) {
	for _, tc := range []struct {
		text string
		tag  language.Tag
		want string
	}{
		{"Growth brought 5,000 visitors.", language.English, "visitors"},
		{"La hausse a amené 5 000 visiteurs.", language.French, "visitors"},
	} {
		facts, err := Extract(tc.text, tc.tag, Options{})
		if err != nil || len(facts) != 1 {
			t.Fatalf("%q: %v, %v", tc.text, facts, err)
		}
		if facts[0].Concept != tc.want {
			t.Errorf("%q: concept %q, want %q", tc.text, facts[0].Concept, tc.want)
		}
	}
}
