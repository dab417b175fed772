package extract

import (
	"fmt"
	"testing"
)

func TestWordTable(t *testing.T) {
	m := map[string]int{"": -1, "a": 1, "the": 2, "années": 3, "œuvre": 4}
	for i := range 3000 { // enough keys that probes run past collisions
		m[fmt.Sprintf("w%d", i)] = 10 + i
	}
	wt := newWordTable(m)
	if n := len(wt.slots); n < 2*len(m) || n&(n-1) != 0 {
		t.Errorf("%d slots for %d keys: want a power of two at least twice as many", n, len(m))
	}
	for k, want := range m {
		if got, ok := wt.get([]byte(k), wordHashOf(k)); !ok || got != want {
			t.Errorf("get(%q) = %d, %v; want %d, true", k, got, ok, want)
		}
	}
	for _, k := range []string{"an", "The", "annees", "w3000", "w-1", "aa"} {
		if got, ok := wt.get([]byte(k), wordHashOf(k)); ok {
			t.Errorf("get(%q) = %d, true; want not found", k, got)
		}
	}
	if got, ok := newWordTable(map[string]int{}).get([]byte("a"), wordHashOf("a")); ok {
		t.Errorf("empty table: get(a) = %d, true", got)
	}
}

// TestLookupFolds checks that the tokenizer finds a word of the lexicon
// whatever its case, in ASCII and beyond.
func TestLookupFolds(t *testing.T) {
	var tz tokenizer
	tz.loc = french
	for _, w := range []string{"milliards", "Milliards", "MILLIARDS", "Deuxième", "DEUXIÈME", "deuxième"} {
		if tz.lookup(w) == nil {
			t.Errorf("lookup(%q) = nil; want the lexicon entry", w)
		}
	}
	if e := tz.lookup("Milliardsx"); e != nil {
		t.Errorf("lookup(Milliardsx) = %+v; want nil", e)
	}
	if tz.lookup("DEUXIÈME") != tz.lookup("deuxième") {
		t.Error("DEUXIÈME and deuxième have different entries")
	}
}
