package extract_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"diglot.dev/diglot/extract"
)

// seedsDir holds the two articles the product started from: the English and
// French versions of one Da Nang news story. They are not the project's
// files, so the test reads them in place and skips when they are absent.
const seedsDir = "../../shared/seeds"

// seedFact is an expected fact of a seed article. anchor is text the fact's
// span must contain, searched for after the previous anchor.
type seedFact struct {
	Kind   extract.Kind
	Value  string
	Unit   string
	Approx bool
	anchor string
}

// TestSeeds checks that every number in both seed articles is extracted with
// the right kind, value and unit, and nothing else: the full fact list must
// equal the expected one. The expectations, in reading order:
//
//   - "Software Park No.2", "(IT)", "5G" (twice), "Da Nang IDC", "this
//     month", "this year", "the coming years", "numerous", "only" and the
//     French articles "un"/"une" are not facts (relative dates need a
//     publication date, which the test does not give).
//   - "first quarter of 2025" / "premier trimestre 2025" is one date, with no
//     ordinal for "first" / "premier".
//   - "2026-2030" is one inclusive year range; "2035", "2024" and "2023" are
//     years ("over 2023" is a comparison, not a hedge).
//   - "39.88 trillion VND" and "39 888 milliards de dongs" differ by
//     rounding only; "two years" / "deux ans" and "14 consecutive years" /
//     "14 années consécutives" are durations in years.
func TestSeeds(t *testing.T) {
	tests := []struct {
		file string
		lang language.Tag
		want []seedFact
	}{
		{
			file: "000_6f5e682f2030d754.txt",
			lang: language.English,
			want: []seedFact{
				{extract.Date, "2025-Q1", "", false, "first quarter of 2025"},
				{extract.Date, "2026/2030", "", false, "2026-2030"},
				{extract.Date, "2035", "", false, "2035"},
				{extract.Date, "2024", "", false, "2024"},
				{extract.Money, "39880000000000", "VND", false, "39.88 trillion VND"},
				{extract.Money, "1570000000", "USD", false, "1.57 billion USD"},
				{extract.Percent, "9.07", "%", false, "9.07%"},
				{extract.Date, "2023", "", false, "2023"},
				{extract.Money, "165000000", "USD", false, "165 million USD"},
				{extract.Percent, "11.6", "%", false, "11.6%"},
				{extract.Date, "2023", "", false, "2023"},
				{extract.Percent, "20.69", "%", false, "20.69%"},
				{extract.Quantity, "2", "year", false, "two"},
				{extract.Quantity, "14", "year", false, "14"},
			},
		},
		{
			file: "003_50ff07148cc67c06.txt",
			lang: language.French,
			want: []seedFact{
				{extract.Date, "2025-Q1", "", false, "premier trimestre 2025"},
				{extract.Date, "2026/2030", "", false, "2026-2030"},
				{extract.Date, "2035", "", false, "2035"},
				{extract.Date, "2024", "", false, "2024"},
				{extract.Money, "39888000000000", "VND", false, "39 888 milliards de dongs"},
				{extract.Money, "1570000000", "USD", false, "1,57 milliard de dollars"},
				{extract.Percent, "9.07", "%", false, "9,07 %"},
				{extract.Date, "2023", "", false, "2023"},
				{extract.Money, "165000000", "USD", false, "165 millions de dollars"},
				{extract.Percent, "11.6", "%", false, "11,6 %"},
				{extract.Percent, "20.69", "%", false, "20,69 %"},
				{extract.Quantity, "2", "year", false, "deux"},
				{extract.Quantity, "14", "year", false, "14"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.lang.String(), func(t *testing.T) {
			in := readSeed(t, tc.file)
			anchors := make([]int, len(tc.want))
			from := 0
			for i, w := range tc.want {
				at, ok := findText(in, w.anchor, from)
				if !ok {
					t.Fatalf("bad case: anchor %q not in %s after byte %d", w.anchor, tc.file, from)
				}
				anchors[i] = at
				from = at + len(w.anchor)
			}

			facts := mustExtract(t, in, tc.lang, extract.Options{})
			checkSpans(t, in, facts)

			got := make([]seedFact, len(facts))
			for i, f := range facts {
				got[i] = seedFact{Kind: f.Kind, Value: f.Value, Unit: f.Unit, Approx: f.Approx}
			}
			if diff := cmp.Diff(tc.want, got, cmpopts.IgnoreUnexported(seedFact{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: mismatch (-want +got):\n%s\ngot facts:\n%s", tc.file, diff, describeFacts(facts))
				return
			}
			for i, w := range tc.want {
				at, end := anchors[i], anchors[i]+len(w.anchor)
				if f := facts[i]; f.Start > at || f.End < end {
					t.Errorf("fact %d %s %s: span %q [%d,%d) does not cover %q at [%d,%d)", i, f.Kind, f.Value, f.Text, f.Start, f.End, w.anchor, at, end)
				}
			}
		})
	}
}

// TestSeedsNotFacts checks that no fact of a seed article overlaps "5G" or
// "No.2".
func TestSeedsNotFacts(t *testing.T) {
	for _, seed := range []struct {
		file string
		lang language.Tag
	}{
		{"000_6f5e682f2030d754.txt", language.English},
		{"003_50ff07148cc67c06.txt", language.French},
	} {
		in := readSeed(t, seed.file)
		facts := mustExtract(t, in, seed.lang, extract.Options{})
		for _, token := range []string{"5G", "No.2"} {
			for off := 0; ; {
				i := strings.Index(in[off:], token)
				if i < 0 {
					break
				}
				start, end := off+i, off+i+len(token)
				for _, f := range facts {
					if f.Start < end && start < f.End {
						t.Errorf("%s: fact %s %s %q at [%d,%d) overlaps %q at [%d,%d), which is not a fact", seed.file, f.Kind, f.Value, f.Text, f.Start, f.End, token, start, end)
					}
				}
				off = end
			}
		}
	}
}

func readSeed(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(seedsDir, name))
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("seed article %s not found: the shared seeds live in ../shared/seeds beside the checkout (see DESIGN.md); skipping", filepath.Join(seedsDir, name))
	}
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func describeFacts(facts []extract.Fact) string {
	var b strings.Builder
	for _, f := range facts {
		b.WriteString("\t")
		b.WriteString(f.Kind.String() + " " + f.Value + " " + f.Unit)
		if f.Approx {
			b.WriteString(" (approx)")
		}
		b.WriteString("\t" + strings.ReplaceAll(f.Text, "\n", `\n`) + "\n")
	}
	return b.String()
}
