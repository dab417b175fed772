package extract_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"diglot.dev/diglot/extract"
)

// A perturbation injects into the French side of a true translation one
// error of a kind translators and MT systems make. edit gets the French
// text and a French fact that the English states alike, and returns the
// text with the error, or false when the fact does not lend itself to it.
type perturbation struct {
	name   string
	reason extract.Reason // the reason a mismatch should name; empty for a drop
	edit   func(fr string, f extract.Fact) (string, bool)
}

var perturbations = []perturbation{
	{"digit change", extract.ReasonValue, changeDigit},
	{"digit transposition", extract.ReasonValue, transposeDigits},
	{"billion/milliard swap", extract.ReasonScale, swapMilliard},
	{"decimal comma shift", extract.ReasonDecimal, shiftDecimalComma},
	{"currency swap", extract.ReasonCurrency, swapCurrency},
	{"year change", extract.ReasonYear, changeYear},
	{"dropped number", "", dropNumber},
}

// Recall targets.
const (
	minRecall        = 0.95
	minRecallPerType = 0.85
)

// TestPerturbationRecall takes the true news translations whose numbers
// all agree, injects one error into a French number of each (every pair
// and every matched number that lends itself to an error type), and
// measures how often the alignment flags it: as a mismatch joining that
// number to its English counterpart, or for a dropped number as the
// English fact left only_en.
func TestPerturbationRecall(t *testing.T) {
	type tally struct{ tried, caught, reasonOK int }
	results := make(map[string]*tally)
	var misses []string
	for _, name := range parallelFiles {
		for _, p := range readParallel(t, name) {
			if !newsDomains[p.Domain] {
				continue
			}
			base := alignPair(t, p.EN, p.FR)
			if base.Summary.Mismatch > 0 {
				continue
			}
			for _, rec := range base.Facts {
				if rec.Status != extract.Match && rec.Status != extract.Rounded {
					continue
				}
				for _, pt := range perturbations {
					fr, ok := pt.edit(p.FR, *rec.FR)
					if !ok || fr == p.FR {
						continue
					}
					r := results[pt.name]
					if r == nil {
						r = new(tally)
						results[pt.name] = r
					}
					r.tried++
					got := alignPair(t, p.EN, fr)
					caught, reasonOK := perturbationCaught(got, rec.EN, pt.reason)
					if caught {
						r.caught++
					} else if len(misses) < 4000 {
						misses = append(misses, fmt.Sprintf("%s %s: %q → %q\n  fr: %s\n%s", pt.name, p.ID, rec.FR.Text, perturbedSpan(p.FR, fr), fr, describeRecordOf(got, rec.EN)))
					}
					if reasonOK {
						r.reasonOK++
					}
				}
			}
		}
	}
	var tried, caught int
	var report strings.Builder
	names := make([]string, 0, len(results))
	for _, pt := range perturbations {
		if results[pt.name] != nil {
			names = append(names, pt.name)
		}
	}
	for _, n := range names {
		r := results[n]
		tried += r.tried
		caught += r.caught
		fmt.Fprintf(&report, "  %-22s %5d injected, %5d caught (%.1f%%), reason named right %.1f%%\n", n, r.tried, r.caught, percent(r.caught, r.tried), percent(r.reasonOK, r.tried))
	}
	fmt.Fprintf(&report, "  %-22s %5d injected, %5d caught (%.1f%%)\n", "all", tried, caught, percent(caught, tried))
	t.Logf("recall on errors injected into true news translations:\n%s", report.String())
	if *showFlagged {
		sort.Strings(misses)
		t.Logf("missed:\n%s", strings.Join(misses, "\n"))
	}
	if float64(caught) < minRecall*float64(tried) {
		t.Errorf("overall recall %.1f%%, want at least %.0f%%", percent(caught, tried), 100*minRecall)
	}
	for _, n := range names {
		if r := results[n]; float64(r.caught) < minRecallPerType*float64(r.tried) {
			t.Errorf("%s: recall %.1f%%, want at least %.0f%%", n, percent(r.caught, r.tried), 100*minRecallPerType)
		}
	}
}

// perturbationCaught reports whether the alignment flags the English fact
// en: a mismatch that joins it (reasonOK when the reason is want), or for
// a drop (want empty) no French partner at all.
func perturbationCaught(a extract.Alignment, en *extract.Fact, want extract.Reason) (caught, reasonOK bool) {
	for _, r := range a.Facts {
		if r.EN == nil || r.EN.Start != en.Start {
			continue
		}
		if want == "" {
			ok := r.Status == extract.OnlyEN || r.Status == extract.Mismatch
			return ok, ok
		}
		return r.Status == extract.Mismatch, r.Status == extract.Mismatch && r.Reason == want
	}
	return false, false
}

func describeRecordOf(a extract.Alignment, en *extract.Fact) string {
	var b strings.Builder
	for _, r := range a.Facts {
		fmt.Fprintf(&b, "  %s %s:", r.Status, r.Reason)
		if r.EN != nil {
			fmt.Fprintf(&b, " en %q(%s %s)", r.EN.Text, r.EN.Value, r.EN.Unit)
		}
		if r.FR != nil {
			fmt.Fprintf(&b, " fr %q(%s %s)", r.FR.Text, r.FR.Value, r.FR.Unit)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// perturbedSpan shows the part of b that differs from a.
func perturbedSpan(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	j := 0
	for j < len(a)-i && j < len(b)-i && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	lo := max(0, i-10)
	return b[lo:min(len(b), len(b)-j+10)]
}

// replaceSpan returns fr with the fact's text replaced by s.
func replaceSpan(fr string, f extract.Fact, s string) string {
	return fr[:f.Start] + s + fr[f.End:]
}

// digitRuns returns the byte ranges of the runs of digits in s.
func digitRuns(s string) [][2]int {
	var runs [][2]int
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

// changeDigit raises the first nonzero digit of a number written in digits
// by one (9 becomes 8): a typing or reading error.
func changeDigit(fr string, f extract.Fact) (string, bool) {
	if f.Kind == extract.Date {
		return "", false // the year change covers dates
	}
	text := f.Text
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < '1' || c > '9' {
			continue
		}
		d := c + 1
		if c == '9' {
			d = '8'
		}
		return replaceSpan(fr, f, text[:i]+string(d)+text[i+1:]), true
	}
	return "", false
}

// transposeDigits swaps the first two adjacent different digits.
func transposeDigits(fr string, f extract.Fact) (string, bool) {
	if f.Kind == extract.Date {
		return "", false
	}
	text := f.Text
	for _, r := range digitRuns(text) {
		for i := r[0]; i+1 < r[1]; i++ {
			if text[i] != text[i+1] && !(i == r[0] && text[i+1] == '0') {
				b := []byte(text)
				b[i], b[i+1] = b[i+1], b[i]
				return replaceSpan(fr, f, string(b)), true
			}
		}
	}
	return "", false
}

// swapMilliard writes the false friend: "milliard(s)" as "billion(s)",
// which is a thousand times more in French.
func swapMilliard(fr string, f extract.Fact) (string, bool) {
	i := strings.Index(f.Text, "milliard")
	if i < 0 {
		return "", false
	}
	return replaceSpan(fr, f, f.Text[:i]+"billion"+f.Text[i+len("milliard"):]), true
}

// shiftDecimalComma drops a decimal comma ("2,5" → "25") or, in a whole
// number of two digits or more, puts one before the last digit ("250" →
// "25,0").
func shiftDecimalComma(fr string, f extract.Fact) (string, bool) {
	if f.Kind == extract.Date || f.Kind == extract.Ordinal {
		return "", false
	}
	text := f.Text
	runs := digitRuns(text)
	for k := 0; k+1 < len(runs); k++ {
		if runs[k+1][0] == runs[k][1]+1 && text[runs[k][1]] == ',' {
			c := runs[k][1]
			return replaceSpan(fr, f, text[:c]+text[c+1:]), true
		}
	}
	if len(runs) == 1 && runs[0][1]-runs[0][0] >= 2 {
		c := runs[0][1] - 1
		return replaceSpan(fr, f, text[:c]+","+text[c:]), true
	}
	return "", false
}

// currencySwaps are the currency words and symbols a swap replaces, and
// what with.
var currencySwaps = [][2]string{
	{"dollars", "euros"}, {"dollar", "euro"}, {"euros", "dollars"}, {"euro", "dollar"},
	{"dongs", "dollars"}, {"dong", "dollar"}, {"livres", "euros"}, {"yens", "euros"},
	{"francs", "euros"}, {"$", "€"}, {"€", "$"}, {"£", "€"},
	{"USD", "EUR"}, {"EUR", "USD"}, {"VND", "USD"}, {"GBP", "EUR"}, {"CHF", "EUR"},
}

// swapCurrency names another currency for the same amount.
func swapCurrency(fr string, f extract.Fact) (string, bool) {
	if f.Kind != extract.Money {
		return "", false
	}
	for _, s := range currencySwaps {
		if i := strings.Index(f.Text, s[0]); i >= 0 {
			return replaceSpan(fr, f, f.Text[:i]+s[1]+f.Text[i+len(s[0]):]), true
		}
	}
	return "", false
}

// changeYear moves the first year of a date by one.
func changeYear(fr string, f extract.Fact) (string, bool) {
	if f.Kind != extract.Date {
		return "", false
	}
	text := f.Text
	for _, r := range digitRuns(text) {
		if r[1]-r[0] != 4 {
			continue
		}
		last := r[1] - 1
		d := text[last] + 1
		if text[last] == '9' {
			d = '8'
		}
		return replaceSpan(fr, f, text[:last]+string(d)+text[last+1:]), true
	}
	return "", false
}

// dropNumber leaves the number out of the French.
func dropNumber(fr string, f extract.Fact) (string, bool) {
	return replaceSpan(fr, f, ""), true
}

// BenchmarkAlign aligns an article pair of 50 facts a side.
func BenchmarkAlign(b *testing.B) {
	var en, fr strings.Builder
	for i := range 10 {
		fmt.Fprintf(&en, "Exports rose %d.%d%% to %d.%d billion USD, revenue reached %d,%03d billion VND and %d new projects drew %d million USD of investment.\n\n",
			i+2, i, i+10, i+3, i+30, i*7, i+4, i*11+5)
		fmt.Fprintf(&fr, "Les exportations ont augmenté de %d,%d %% pour atteindre %d,%d milliards de dollars, le chiffre d'affaires a atteint %d %03d milliards de dongs et %d nouveaux projets ont attiré %d millions de dollars d'investissement.\n\n",
			i+2, i, i+10, i+3, i+30, i*7, i+4, i*11+5)
	}
	ef, _ := extract.Extract(en.String(), language.English, extract.Options{})
	ff, _ := extract.Extract(fr.String(), language.French, extract.Options{})
	if len(ef) != 50 || len(ff) != 50 {
		b.Fatalf("benchmark texts give %d and %d facts, want 50 each", len(ef), len(ff))
	}
	ev, fv := extract.Version{Text: en.String(), Facts: ef}, extract.Version{Text: fr.String(), Facts: ff}
	b.ReportAllocs()
	for b.Loop() {
		a := extract.Align(ev, fv)
		if a.Summary.Match != 50 {
			b.Fatalf("got %+v, want 50 matches", a.Summary)
		}
	}
}
