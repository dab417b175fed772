package main

import (
	"errors"
	"net/http/httptest"
	"slices"
	"strconv"
	"testing"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/corpus/site"
	"diglot.dev/diglot/index"
)

// crawlGenerated crawls a generated site of pairs article pairs into a new
// data directory and returns the directory.
func crawlGenerated(tb testing.TB, pairs int, seed int64) string {
	tb.Helper()
	srv := httptest.NewServer(site.Generate(pairs, seed).Handler())
	defer srv.Close()
	data := tb.TempDir()
	cfg := writeConfig(tb, srv.URL, "max_pages = "+strconv.Itoa(4*pairs+100))
	if _, stderr, code := runDiglot(tb, nil, "crawl", "--config", cfg, "--data", data); code != 0 {
		tb.Fatalf("crawl: exit %d: %s", code, stderr)
	}
	return data
}

// TestIndexStoreBatches checks the batches indexStore hands on: every
// stored article once, in batches of indexBatch, the store's sequence
// only with the last; and that a failed batch stops the run with its
// error and records nothing.
func TestIndexStoreBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls a generated site")
	}
	store, err := corpus.Open(crawlGenerated(t, 300, 2)) // more than one batch
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	stored, err := store.Count()
	if err != nil {
		t.Fatal(err)
	}
	_, latest, err := changedSince(store, 0)
	if err != nil {
		t.Fatal(err)
	}

	var seen []string
	var seqs []uint64
	var progress []int
	n, err := indexStore(t.Context(), store, 7, true, func(docs []index.Doc, seq uint64) error {
		if len(docs) > indexBatch {
			t.Errorf("a batch of %d documents, more than %d", len(docs), indexBatch)
		}
		for _, d := range docs {
			seen = append(seen, d.ID)
		}
		seqs = append(seqs, seq)
		return nil
	}, func(done, total int) { progress = append(progress, done) })
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(seen)
	if n != stored || len(seen) != stored || len(slices.Compact(seen)) != stored {
		t.Errorf("indexed %d, handed on %d documents; the store has %d articles", n, len(seen), stored)
	}
	if len(seqs) < 2 || seqs[len(seqs)-1] != latest || slices.ContainsFunc(seqs[:len(seqs)-1], func(s uint64) bool { return s != 0 }) {
		t.Errorf("sequences %v: want 0 (a rebuild) until the last batch, then %d", seqs, latest)
	}
	if len(progress) != len(seqs) || progress[len(progress)-1] != stored {
		t.Errorf("progress %v", progress)
	}

	failure := errors.New("disk full")
	calls := 0
	_, err = indexStore(t.Context(), store, 0, false, func(docs []index.Doc, seq uint64) error {
		calls++
		if seq == latest {
			t.Error("the sequence was recorded by a run that failed")
		}
		return failure
	}, nil)
	if !errors.Is(err, failure) || calls != 1 {
		t.Errorf("failing put: %d calls, error %v; want 1 call and the error", calls, err)
	}
}
