package extract

import (
	"golang.org/x/text/language"
	"slices"
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

// TestConceptRules checks what a fact measures: a count what it counts,
// a percentage what it is a share of, a converted amount what the amount
// before it measures, and a change ("rose", "hausse") the thing that
// changed, in both languages.
func TestConceptRules(t *testing.T) {
	for _, tc := range []struct {
		text string
		tag  language.Tag
		want []string
	}{
		{"Growth brought 5,000 visitors.", language.English, []string{"visitors"}},
		{"La hausse a amené 5 000 visiteurs.", language.French, []string{"visitors"}},
		{"The digital economy contributed 20.69% to the city's GRDP.", language.English, []string{"gdp_share"}},
		{"L'économie numérique représente 20,69 % du PIB.", language.French, []string{"gdp_share"}},
		{"Revenue reached 39.88 trillion VND (1.57 billion USD).", language.English, []string{"revenue", "revenue"}},
		{"Software exports rose 5%.", language.English, []string{"exports"}},
		{"The target was met two years ahead of schedule in the digital economy.", language.English, []string{""}},
	} {
		facts, err := Extract(tc.text, tc.tag, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range facts {
			got = append(got, f.Concept)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: concepts %q, want %q", tc.text, got, tc.want)
		}
	}
}
