package extract

// wordTable is a read-only hash table from words to values, built once
// from a map, for the lookups the tokenizer and the concept scanner make of
// nearly every word of a text. The caller hashes the key with wordHash as
// it folds the word's case, so the word is read once; the slots hold the
// hash, so that most probes compare no key. BenchmarkExtract measures it
// against the map it replaces: see the README.
type wordTable[V any] struct {
	slots []wordSlot // a power of two long, at most half full
	keys  []string
	vals  []V
}

type wordSlot struct {
	hash uint32
	idx  uint32 // 1 + the index into keys and vals; 0 for an empty slot
}

// FNV-1a, 32 bits: wordHash(wordHash(wordHashInit, a), b) hashes the bytes
// a b.
const (
	wordHashInit  uint32 = 2166136261
	wordHashPrime uint32 = 16777619
)

func wordHash(h uint32, c byte) uint32 { return (h ^ uint32(c)) * wordHashPrime }

// wordHashOf is the hash get expects of a whole key.
func wordHashOf[T ~string | ~[]byte](s T) uint32 {
	h := wordHashInit
	for i := 0; i < len(s); i++ {
		h = wordHash(h, s[i])
	}
	return h
}

func newWordTable[V any](m map[string]V) *wordTable[V] {
	n := 8
	for n < 2*len(m) {
		n *= 2
	}
	t := &wordTable[V]{slots: make([]wordSlot, n)}
	for k, v := range m {
		t.keys = append(t.keys, k)
		t.vals = append(t.vals, v)
		h := wordHashOf(k)
		i := h & uint32(n-1)
		for t.slots[i].idx != 0 {
			i = (i + 1) & uint32(n-1)
		}
		t.slots[i] = wordSlot{hash: h, idx: uint32(len(t.keys))}
	}
	return t
}

// get returns the value of key, whose wordHash is h, and whether it is
// there.
func (t *wordTable[V]) get(key []byte, h uint32) (V, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.idx == 0 {
			var zero V
			return zero, false
		}
		if s.hash == h && t.keys[s.idx-1] == string(key) {
			return t.vals[s.idx-1], true
		}
	}
}
