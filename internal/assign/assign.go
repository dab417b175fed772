// Package assign solves the assignment problem: extract pairs the facts of
// two versions of an article with it, ingest pairs articles with their
// translations. It imports only the standard library.
package assign

import "math"

// Max solves the assignment problem on a benefit matrix: it pairs rows
// with columns, each used at most once, so that the sum of the benefits of
// the pairs is the largest possible, and returns for each row its column or
// -1. Pairs of benefit ≤ 0 are never made (leaving both unpaired is as
// good). It is the Hungarian method with potentials (Kuhn–Munkres, in the
// O(n²m) form of Jonker and Volgenant's shortest augmenting paths), on
// costs −max(benefit, 0).
//
// No maintained Go module offers this for float costs with a rectangular
// matrix; it is forty lines.
func Max(benefit [][]float64, cols int) []int {
	rows := len(benefit)
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if rows == 0 || cols == 0 {
		return out
	}
	transpose := rows > cols
	n, m := rows, cols
	cost := func(i, j int) float64 { return -max(benefit[i][j], 0) }
	if transpose {
		n, m = cols, rows
		cost = func(i, j int) float64 { return -max(benefit[j][i], 0) }
	}
	// 1-based arrays as in the textbook form: p[j] is the row given
	// column j, u and v the potentials.
	u := make([]float64, n+1)
	v := make([]float64, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	minv := make([]float64, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0-1, j-1) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	for j := 1; j <= m; j++ {
		if p[j] == 0 {
			continue
		}
		r, c := p[j]-1, j-1
		if transpose {
			r, c = c, r
		}
		if benefit[r][c] > 0 {
			out[r] = c
		}
	}
	return out
}
