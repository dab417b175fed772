package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"diglot.dev/diglot/extract"
)

var updateGolden = flag.Bool("update-golden", false, "TestAlignPairs: rewrite the golden JSON files")

// TestAlignPairs aligns the project's own bilingual test pairs
// (testdata/align, see its README) and checks every record against the
// hand-written .want file and the whole output against the golden JSON.
func TestAlignPairs(t *testing.T) {
	wants, err := filepath.Glob("testdata/align/*.want")
	if err != nil || len(wants) == 0 {
		t.Fatalf("no test pairs in testdata/align (%v)", err)
	}
	for _, wantFile := range wants {
		name := strings.TrimSuffix(filepath.Base(wantFile), ".want")
		t.Run(name, func(t *testing.T) {
			base := strings.TrimSuffix(wantFile, ".want")
			en, fr := readFile(t, base+".en.txt"), readFile(t, base+".fr.txt")
			a := alignPair(t, en, fr)
			want := readWant(t, wantFile)
			if diff := cmp.Diff(want, recordKeys(a)); diff != "" {
				t.Errorf("records differ from %s (-want +got):\n%s", wantFile, diff)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := base + ".golden.json"
			if *updateGolden {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if old := readFile(t, golden); !bytes.Equal([]byte(old), got) {
				t.Errorf("output differs from %s (-want +got):\n%s\nrun go test ./extract -run TestAlignPairs -update-golden after checking the .want files", golden, cmp.Diff(old, string(got)))
			}
		})
	}
}

func readFile(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// readWant reads a .want file into sorted record keys.
func readWant(tb testing.TB, name string) []string {
	tb.Helper()
	var keys []string
	for n, line := range strings.Split(readFile(tb, name), "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "|")
		if len(cols) != 3 {
			tb.Fatalf("%s:%d: want 3 columns separated by |", name, n+1)
		}
		keys = append(keys, recordKey(strings.TrimSpace(cols[0]), strings.TrimSpace(cols[1]), strings.TrimSpace(cols[2])))
	}
	sort.Strings(keys)
	return keys
}

func recordKeys(a extract.Alignment) []string {
	var keys []string
	for _, r := range a.Facts {
		status := r.Status.String()
		if r.Reason != "" {
			status += " " + string(r.Reason)
		}
		var en, fr string
		if r.EN != nil {
			en = r.EN.Text
		}
		if r.FR != nil {
			fr = r.FR.Text
		}
		keys = append(keys, recordKey(status, en, fr))
	}
	sort.Strings(keys)
	return keys
}

func recordKey(status, en, fr string) string { return fmt.Sprintf("%s | %s | %s", status, en, fr) }

// TestAlignSeeds aligns the two seed articles: no mismatch, the numbers the
// issue names matched or rounded, and the second English 2023 (the French
// leaves "over 2023" out) only_en.
func TestAlignSeeds(t *testing.T) {
	en, fr := readSeed(t, "000_6f5e682f2030d754.txt"), readSeed(t, "003_50ff07148cc67c06.txt")
	a := alignPair(t, en, fr)
	want := []string{
		"match | first quarter of 2025 | premier trimestre 2025",
		"match | 2026-2030 | 2026-2030",
		"match | 2035 | 2035",
		"match | 2024 | 2024",
		"rounded | 39.88 trillion VND | 39 888 milliards de dongs",
		"match | 1.57 billion USD | 1,57 milliard de dollars",
		"match | 9.07% | 9,07 %",
		"match | 2023 | 2023",
		"match | 165 million USD | 165 millions de dollars",
		"match | 11.6% | 11,6 %",
		"only_en | 2023 | ",
		"match | 20.69% | 20,69 %",
		"match | two years | deux ans",
		"match | 14 consecutive years | 14 années consécutives",
	}
	var got []string
	for _, r := range a.Facts {
		var e, f string
		if r.EN != nil {
			e = r.EN.Text
		}
		if r.FR != nil {
			f = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(r.FR.Text)
		}
		got = append(got, recordKey(r.Status.String()+reasonSuffix(r.Reason), e, f))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed alignment (-want +got):\n%s", diff)
	}
	// The first 2023 ("compared to 2023") is the one the French keeps.
	for _, r := range a.Facts {
		if r.EN != nil && r.EN.Text == "2023" && r.Status == extract.Match && !strings.Contains(en[r.EN.Start-20:r.EN.Start], "compared to") {
			t.Errorf("the matched 2023 is not the one after \"compared to\": %q", en[r.EN.Start-20:r.EN.End])
		}
	}
	// A number and its translation measure the same thing.
	concepts := map[string]string{"39.88 trillion VND": "revenue", "1.57 billion USD": "revenue", "165 million USD": "exports", "20.69%": "gdp_share"}
	for _, r := range a.Facts {
		if r.EN == nil || r.FR == nil {
			continue
		}
		if r.EN.Concept != r.FR.Concept {
			t.Errorf("%q is %q, its translation %q is %q", r.EN.Text, r.EN.Concept, r.FR.Text, r.FR.Concept)
		}
		if want, ok := concepts[r.EN.Text]; ok && r.EN.Concept != want {
			t.Errorf("%q: concept %q, want %q", r.EN.Text, r.EN.Concept, want)
		}
	}
}

func reasonSuffix(r extract.Reason) string {
	if r == "" {
		return ""
	}
	return " " + string(r)
}
