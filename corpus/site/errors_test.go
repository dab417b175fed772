package site_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"diglot.dev/diglot/corpus/site"
	"diglot.dev/diglot/extract"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var dump = flag.Bool("dump", false, "print every aligned fact of every pair")

// difference is one line of errors.txt: a deliberate difference between
// the two versions of a pair.
type difference struct {
	Pair, Kind, Reason, EN, FR string
}

func readDifferences(t testing.TB) []difference {
	t.Helper()
	return readTSV(t, "errors.txt", func(cols []string) difference {
		return difference{cols[0], cols[1], cols[2], cols[3], cols[4]}
	})
}

// readFalseAlarms reads testdata/false-alarms.txt: the facts Align reports
// in one version only although the translation states them faithfully
// (pair, status, EN text, FR text, why), as differences of kind "only".
func readFalseAlarms(t testing.TB) []difference {
	t.Helper()
	return readTSV(t, "testdata/false-alarms.txt", func(cols []string) difference {
		return difference{cols[0], "only", cols[1], cols[2], cols[3]}
	})
}

// readTSV reads the lines of a file of five tab-separated columns.
func readTSV(t testing.TB, name string, row func([]string) difference) []difference {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ds []difference
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			t.Fatalf("%s:%d: %d columns, want 5", name, n, len(cols))
		}
		ds = append(ds, row(cols))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ds
}

// pairText is the English and French text of one pair.
type pairText struct {
	en, fr       string
	enPub, frPub site.Page
}

func pairTexts(t testing.TB, s *site.Site) map[string]*pairText {
	t.Helper()
	out := map[string]*pairText{}
	for _, p := range s.Pages() {
		if p.Pair == "" || p.Lang == language.Vietnamese {
			continue
		}
		text, err := s.Text(p.Path)
		if err != nil {
			t.Fatal(err)
		}
		pt := out[p.Pair]
		if pt == nil {
			pt = &pairText{}
			out[p.Pair] = pt
		}
		if p.Lang == language.English {
			pt.en, pt.enPub = text, p
		} else {
			pt.fr, pt.frPub = text, p
		}
	}
	for key, pt := range out {
		if pt.en == "" || pt.fr == "" {
			t.Errorf("pair %s: want an English and a French version", key)
		}
	}
	return out
}

func TestDifferencesAreInTheArticles(t *testing.T) {
	ds := readDifferences(t)
	texts := pairTexts(t, site.New())
	kinds := map[string]int{}
	for _, d := range append(ds, readFalseAlarms(t)...) {
		pt, ok := texts[d.Pair]
		if !ok {
			t.Errorf("%s: no such pair", d.Pair)
			continue
		}
		kinds[d.Kind]++
		if pt.en == "" || pt.fr == "" {
			continue
		}
		switch d.Kind {
		case "error":
			if d.EN == "" || d.FR == "" {
				t.Errorf("%s: an error needs both texts", d.Pair)
			}
		case "only":
		case "untranslated":
			if (d.EN == "") == (d.FR == "") {
				t.Errorf("%s: an untranslated paragraph is in one version only", d.Pair)
			}
		default:
			t.Errorf("%s: kind %q, want error or untranslated", d.Pair, d.Kind)
		}
		if !strings.Contains(pt.en, d.EN) {
			t.Errorf("%s: English text %q not in the article", d.Pair, d.EN)
		}
		if !strings.Contains(pt.fr, d.FR) {
			t.Errorf("%s: French text %q not in the article", d.Pair, d.FR)
		}
	}
	reasons := map[string]bool{}
	for _, d := range ds {
		reasons[d.Reason] = true
	}
	for _, r := range []extract.Reason{
		extract.ReasonValue, extract.ReasonScale, extract.ReasonDecimal, extract.ReasonCurrency,
		extract.ReasonUnit, extract.ReasonPoints, extract.ReasonYear,
	} {
		if !reasons[string(r)] {
			t.Errorf("errors.txt has no error of reason %s", r)
		}
	}
	if kinds["error"] < 7 || kinds["untranslated"] < 3 {
		t.Errorf("errors.txt lists %d errors and %d untranslated paragraphs, want at least 7 and 3", kinds["error"], kinds["untranslated"])
	}
}

// TestAlignFindsTheDifferences runs the consistency check on every pair: it
// must find exactly the differences errors.txt lists (every mismatch with
// its reason, every untranslated paragraph), and no other mismatch. The
// facts it reports in one version only outside untranslated paragraphs
// must be the known false alarms of testdata/false-alarms.txt: like a
// known-failures list, the test fails when one of them stops occurring, so
// that the list shrinks as the checker improves.
func TestAlignFindsTheDifferences(t *testing.T) {
	want := map[string][]difference{}
	for _, d := range append(readDifferences(t), readFalseAlarms(t)...) {
		want[d.Pair] = append(want[d.Pair], d)
	}
	texts := pairTexts(t, site.New())
	keys := make([]string, 0, len(texts))
	for k := range texts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, key := range keys {
		pt := texts[key]
		t.Run(key, func(t *testing.T) {
			got := alignPair(t, key, pt)
			w := want[key]
			slices.SortFunc(w, compareDiff)
			if diff := cmp.Diff(w, got); diff != "" {
				t.Errorf("differences mismatch (-want +got):\n%s\n(a false alarm that no longer occurs: remove it from testdata/false-alarms.txt)", diff)
			}
		})
	}
}

func compareDiff(a, b difference) int {
	return strings.Compare(a.Kind+a.Reason+a.EN+a.FR, b.Kind+b.Reason+b.EN+b.FR)
}

// alignPair returns the differences Align finds between the versions: its
// mismatches, the paragraphs it says one version leaves untranslated, and
// the facts of one version only outside those paragraphs.
func alignPair(t *testing.T, key string, pt *pairText) []difference {
	t.Helper()
	enFacts, err := extract.Extract(pt.en, language.English, extract.Options{Published: pt.enPub.Published})
	if err != nil {
		t.Fatal(err)
	}
	frFacts, err := extract.Extract(pt.fr, language.French, extract.Options{Published: pt.frPub.Published})
	if err != nil {
		t.Fatal(err)
	}
	a := extract.Align(extract.Version{Text: pt.en, Facts: enFacts}, extract.Version{Text: pt.fr, Facts: frFacts})
	var got []difference
	within := func(spans []extract.Span, f *extract.Fact) bool {
		for _, s := range spans {
			if f.Start >= s.Start && f.End <= s.End {
				return true
			}
		}
		return false
	}
	for _, r := range a.Facts {
		if *dump {
			var en, fr string
			if r.EN != nil {
				en = fmt.Sprintf("%s %s %s", r.EN.Text, r.EN.Value, r.EN.Unit)
			}
			if r.FR != nil {
				fr = fmt.Sprintf("%s %s %s", r.FR.Text, r.FR.Value, r.FR.Unit)
			}
			t.Logf("%-9s %-18s %-40q %q", r.Status, r.Reason, en, fr)
		}
		switch {
		case r.Status == extract.Mismatch:
			got = append(got, difference{key, "error", string(r.Reason), r.EN.Text, r.FR.Text})
		case r.Status == extract.OnlyEN && !within(a.UntranslatedEN, r.EN):
			got = append(got, difference{key, "only", "only_en", r.EN.Text, ""})
		case r.Status == extract.OnlyFR && !within(a.UntranslatedFR, r.FR):
			got = append(got, difference{key, "only", "only_fr", "", r.FR.Text})
		}
	}
	for _, s := range a.UntranslatedEN {
		got = append(got, difference{key, "untranslated", "only_en", pt.en[s.Start:s.End], ""})
	}
	for _, s := range a.UntranslatedFR {
		got = append(got, difference{key, "untranslated", "only_fr", "", pt.fr[s.Start:s.End]})
	}
	slices.SortFunc(got, compareDiff)
	return got
}
