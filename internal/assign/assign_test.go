package assign

import (
	"math/rand/v2"
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
		got := Max(b, cols)
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
	if got := Max(nil, 3); len(got) != 0 {
		t.Errorf("Max(nil) = %v", got)
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
