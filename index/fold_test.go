package index

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"économie", "economie"},
		{"l’état", "l'etat"},
		{"cœur", "coeur"},
		{"đà nẵng", "da nang"},
		{"straße", "strasse"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := foldString(tt.in); got != tt.want {
			t.Errorf("foldString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// token is what a test checks of an analysed token.
type token struct {
	Term       string
	Start, End int
}

// analyze returns the tokens of text under the mapping's analyzer name.
func analyze(t *testing.T, name, text string) []token {
	t.Helper()
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	a := m.AnalyzerNamed(name)
	if a == nil {
		t.Fatalf("no analyzer %s", name)
	}
	var out []token
	for _, tok := range a.Analyze([]byte(text)) {
		out = append(out, token{string(tok.Term), tok.Start, tok.End})
	}
	return out
}

// TestAnalyzersKeepOffsets checks that folding changes terms, never their
// offsets into the text: highlights depend on them. Each token is given as
// its term and the text it spans.
func TestAnalyzersKeepOffsets(t *testing.T) {
	tests := []struct {
		analyzer, text string
		want           [][2]string
	}{
		{analyzerFR, "L’État français", [][2]string{{"etat", "L’État"}, {"francai", "français"}}},
		{analyzerFR, "l'économie", [][2]string{{"econom", "l'économie"}}},
		{analyzerFR, "economie Économies", [][2]string{{"econom", "economie"}, {"econom", "Économies"}}},
		{analyzerFR, "États-Unis", [][2]string{{"etat", "États"}, {"uni", "Unis"}}},
		{analyzerFR, "39\u202f888 milliards", [][2]string{{"39", "39"}, {"888", "888"}, {"miliard", "milliards"}}},
		{analyzerFR, "9,07\u00a0%", [][2]string{{"9,07", "9,07"}}},
		{analyzerEN, "Café owners’ cafés", [][2]string{{"cafe", "Café"}, {"owner", "owners"}, {"cafe", "cafés"}}},
		{analyzerEN, "39.88 trillion dong", [][2]string{{"39.88", "39.88"}, {"trillion", "trillion"}, {"dong", "dong"}}},
		{analyzerEN, "Đà Nẵng's exports", [][2]string{{"da", "Đà"}, {"nang", "Nẵng's"}, {"export", "exports"}}},
		{analyzerPlain, "Đà Nẵng", [][2]string{{"da", "Đà"}, {"nang", "Nẵng"}}},
	}
	for _, tt := range tests {
		t.Run(tt.analyzer+"/"+tt.text, func(t *testing.T) {
			var want []token
			at := 0
			for _, w := range tt.want {
				i := strings.Index(tt.text[at:], w[1]) + at
				want = append(want, token{w[0], i, i + len(w[1])})
				at = i + len(w[1])
			}
			got := analyze(t, tt.analyzer, tt.text)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTermsTokenizer(t *testing.T) {
	in := "k:money\x1fku:money/USD\x1f\x1fc:a b"
	var got []token
	for _, tok := range (termsTokenizer{}).Tokenize([]byte(in)) {
		if tok.Position != len(got)+1 || tok.Type != analysis.AlphaNumeric {
			t.Errorf("token %q: position %d type %v", tok.Term, tok.Position, tok.Type)
		}
		got = append(got, token{string(tok.Term), tok.Start, tok.End})
	}
	want := []token{{"k:money", 0, 7}, {"ku:money/USD", 8, 20}, {"c:a b", 22, 27}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
