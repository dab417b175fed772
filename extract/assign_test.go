package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAssign checks the optimal assignment against brute force on random
// small matrices, square and rectangular, with benefits of both signs.
func TestAssign(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 500 {
		rows, cols := 1+rng.IntN(5), 1+rng.IntN(5)
		b := make([][]float64, rows)
		for i := range b {
			b[i] = make([]float64, cols)
			for j := range b[i] {
				b[i][j] = float64(rng.IntN(21) - 6)
			}
		}
		got := assign(b, cols)
		used := make(map[int]bool)
		var sum float64
		for i, j := range got {
			if j < 0 {
				continue
			}
			if used[j] {
				t.Fatalf("trial %d: column %d assigned twice: %v", trial, j, got)
			}
			used[j] = true
			if b[i][j] <= 0 {
				t.Fatalf("trial %d: pair (%d,%d) of benefit %v made", trial, i, j, b[i][j])
			}
			sum += b[i][j]
		}
		if best := bruteAssign(b, 0, make([]bool, cols)); sum != best {
			t.Fatalf("trial %d: assignment %v sums to %v, best is %v\n%v", trial, got, sum, best, b)
		}
	}
	if got := assign(nil, 3); len(got) != 0 {
		t.Errorf("assign(nil) = %v", got)
	}
}

// bruteAssign returns the best sum of positive benefits over rows i….
func bruteAssign(b [][]float64, i int, used []bool) float64 {
	if i == len(b) {
		return 0
	}
	best := bruteAssign(b, i+1, used) // row i unpaired
	for j := range used {
		if used[j] || b[i][j] <= 0 {
			continue
		}
		used[j] = true
		best = max(best, b[i][j]+bruteAssign(b, i+1, used))
		used[j] = false
	}
	return best
}

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
