package extract

import (
	"strings"
	"testing"
)

// TestCountNouns checks counts.txt: it parses, a form belongs to one noun
// of its language, and no form clashes with a role the word tables give
// it (the loader would skip it silently).
func TestCountNouns(t *testing.T) {
	nouns, err := parseCountNouns(countData)
	if err != nil {
		t.Fatal(err)
	}
	if len(nouns) < 200 {
		t.Errorf("counts.txt has %d nouns; the file was not read whole", len(nouns))
	}
	for _, side := range []struct {
		loc   *locale
		forms func(countNoun) []string
	}{
		{english, func(c countNoun) []string { return c.en }},
		{french, func(c countNoun) []string { return c.fr }},
	} {
		seen := map[string]string{}
		for _, c := range nouns {
			for _, w := range side.forms(c) {
				if prev, ok := seen[w]; ok {
					t.Errorf("%s: %q is a form of both %s and %s", side.loc.tag, w, prev, c.unit)
				}
				seen[w] = c.unit
				if e := side.loc.lex[w]; e == nil || e.unit != c.unit {
					t.Errorf("%s: %q of %s has another role in the word tables; remove it from counts.txt", side.loc.tag, w, c.unit)
				}
				if w != strings.ToLower(w) {
					t.Errorf("%s: %q is not lower case", side.loc.tag, w)
				}
			}
		}
	}
	if _, err := parseCountNouns("grave | graves\n"); err == nil || !strings.Contains(err.Error(), "counts.txt:1") {
		t.Errorf("a line of two columns: error %v, want one naming line 1", err)
	}
}

// TestCmpDigits checks Cmp's comparison by digits against exact rationals.
func TestCmpDigits(t *testing.T) {
	ds := []Decimal{
		{}, {Neg: true}, {Coef: 1}, {Coef: 1, Neg: true}, {Coef: 10, Exp: -1}, {Coef: 15, Exp: -1}, {Coef: 2, Exp: 3},
		{Coef: 2000}, {Coef: 1999, Exp: 0}, {Coef: 265, Exp: 6}, {Coef: 275, Exp: 6}, {Coef: 265000000, Exp: 3},
		{Coef: 7, Exp: -30}, {Coef: 5, Exp: 30}, {Coef: 1<<63 + 5}, {Coef: 1 << 62, Exp: -2}, {Coef: 9999999999999999999},
		{Coef: 12, Exp: -1, Neg: true}, {Coef: 115, Exp: -2, Neg: true},
	}
	for _, a := range ds {
		for _, b := range ds {
			if got, want := a.Cmp(b), a.Rat().Cmp(b.Rat()); got != want {
				t.Errorf("%v.Cmp(%v) = %d, want %d", a, b, got, want)
			}
		}
	}
}

// TestCmpInt checks the fast comparison with a whole number against Cmp.
func TestCmpInt(t *testing.T) {
	for _, d := range []Decimal{
		{Coef: 2}, {Coef: 1}, {Coef: 0}, {Coef: 15, Exp: -1}, {Coef: 2, Exp: 3}, {Coef: 199, Exp: -2},
		{Coef: 1, Neg: true}, {Coef: 5, Exp: 30}, {Coef: 7, Exp: -30}, {Coef: 1 << 62, Exp: 5}, {Coef: 20, Exp: -1},
	} {
		for _, n := range []uint64{0, 1, 2, 10} {
			if got, want := d.cmpInt(n), d.Cmp(Decimal{Coef: n}); got != want {
				t.Errorf("%v.cmpInt(%d) = %d, want %d", d, n, got, want)
			}
		}
	}
}
