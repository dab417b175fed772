package main

import (
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/index"
)

// BenchmarkIndexStore measures what `diglot index --rebuild` does: read
// every stored article, extract and align the facts of each pair, and
// index the documents, into a fresh index. The store is a crawl (not
// timed) of a site of DIGLOT_BENCH_PAIRS generated article pairs (default
// 2,500: 5,000 articles).
//
//	go test ./cmd/diglot -run '^$' -bench IndexStore -benchtime 1x
func BenchmarkIndexStore(b *testing.B) {
	pairs := 2500
	if s := os.Getenv("DIGLOT_BENCH_PAIRS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("DIGLOT_BENCH_PAIRS=%q: want a number of pairs ≥ 1", s)
		}
		pairs = n
	}
	store, err := corpus.Open(crawlGenerated(b, pairs, 1))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	articles := 0
	for b.Loop() {
		b.StopTimer()
		ix, err := index.Open(filepath.Join(b.TempDir(), "index"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		n, err := indexStore(b.Context(), store, 0, true, func(docs []index.Doc, seq uint64) error {
			return putDocs(ix, docs, seq)
		}, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
		articles = n
		b.StopTimer()
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(articles), "articles")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
	}
}
