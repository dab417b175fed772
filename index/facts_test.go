package index

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestSortKeyOrder(t *testing.T) {
	xs := []float64{math.Inf(-1), -1e300, -5, -1, -0.5, -1e-300, 0, 1e-300, 0.5, 1, 5, 1e9, 1e300, math.Inf(1)}
	for i := 1; i < len(xs); i++ {
		if sortKey(xs[i-1]) >= sortKey(xs[i]) {
			t.Errorf("sortKey(%g) >= sortKey(%g)", xs[i-1], xs[i])
		}
	}
	if sortKey(math.Copysign(0, -1)) != sortKey(0) {
		t.Error("sortKey(-0) != sortKey(0)")
	}
}

// TestNumericRanges checks that the ranges cover exactly lo…hi: a key is in
// one of them at its own prefix if and only if it lies between the bounds.
func TestNumericRanges(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	keys := func() []uint64 {
		ks := []uint64{0, 1, math.MaxUint64, math.MaxUint64 - 1}
		for range 200 {
			ks = append(ks, sortKey(float64(r.IntN(2000))*math.Pow(10, float64(r.IntN(20)-5))), r.Uint64())
		}
		return ks
	}()
	bounds := append(slices.Clone(keys[:40]), sortKey(1e9), sortKey(1e9)+1, sortKey(1e9)-1)
	for _, lo := range bounds {
		for _, hi := range bounds {
			type rng struct {
				shift uint
				a, b  uint64
			}
			var ranges []rng
			numericRanges(lo, hi, func(s uint, a, b uint64) { ranges = append(ranges, rng{s, a, b}) })
			if len(ranges) > 2*len(numberShifts) {
				t.Fatalf("%x…%x: %d ranges", lo, hi, len(ranges))
			}
			for _, k := range keys {
				n := 0
				for _, g := range ranges {
					if p := k >> g.shift; g.a <= p && p <= g.b {
						n++
					}
				}
				want := 0
				if lo <= k && k <= hi {
					want = 1
				}
				if n != want {
					t.Fatalf("%x…%x: key %x in %d ranges, want %d (%v)", lo, hi, k, n, want, ranges)
				}
			}
		}
	}
}

func TestFactTerms(t *testing.T) {
	got := strings.Split(factTerms(&Fact{Kind: "Money", Number: 1e9, Unit: "usd", Concept: "Revenue", Status: "mismatch"}), string(termSep))
	want := []string{"k:money", "ku:money/USD", "c:revenue", "s:mismatch"}
	if !slices.Equal(got[:4], want) || len(got) != 4+len(numberShifts) {
		t.Fatalf("terms = %q", got)
	}
	for i, s := range numberShifts {
		if w := numberTerm("money/USD", s, sortKey(1e9)>>s); got[4+i] != w {
			t.Errorf("term %d = %q, want %q", i, got[4+i], w)
		}
	}
	date := factTerms(&Fact{Kind: "date", From: day(2025, 1, 1), To: day(2025, 3, 31)})
	if n := strings.Count(date, "from:"); n != len(numberShifts) {
		t.Errorf("date terms %q: %d from terms", date, n)
	}
	if strings.Contains(factTerms(&Fact{Kind: "date", Value: "XXXX"}), "from:") {
		t.Error("a date without a period has from terms")
	}
}
