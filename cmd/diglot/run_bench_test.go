package main

import (
	"net/http/httptest"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	"diglot.dev/diglot/corpus/site"
)

// BenchmarkRun runs the nightly job over a generated site of
// DIGLOT_BENCH_PAIRS article pairs (default 2,000) on loopback with delay
// 0, into a fresh data directory, then a second time (incremental). It
// reports the first run's wall time and articles per second, the second
// run's time and its share of the first, and the process's peak resident
// memory (the site's server included).
//
//	go test ./cmd/diglot -run '^$' -bench 'Run$' -benchtime 1x
func BenchmarkRun(b *testing.B) {
	pairs := 2000
	if s := os.Getenv("DIGLOT_BENCH_PAIRS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("DIGLOT_BENCH_PAIRS=%q: want a number of pairs ≥ 1", s)
		}
		pairs = n
	}
	srv := httptest.NewServer(site.Generate(pairs, 1).Handler())
	defer srv.Close()
	cfg := writeConfig(b, srv.URL, "max_pages = "+strconv.Itoa(4*pairs+100))
	for b.Loop() {
		data := b.TempDir()
		start := time.Now()
		if _, stderr, code := runDiglot(b, nil, "run", "--config", cfg, "--data", data, "--log-level", "warn"); code != 0 {
			b.Fatalf("first run: exit %d: %s", code, stderr)
		}
		first := time.Since(start)
		start = time.Now()
		if _, stderr, code := runDiglot(b, nil, "run", "--config", cfg, "--data", data, "--log-level", "warn"); code != 0 {
			b.Fatalf("second run: exit %d: %s", code, stderr)
		}
		second := time.Since(start)
		b.ReportMetric(first.Seconds(), "first-run-s")
		b.ReportMetric(float64(2*pairs)/first.Seconds(), "articles/s")
		b.ReportMetric(second.Seconds(), "second-run-s")
		b.ReportMetric(100*second.Seconds()/first.Seconds(), "second-%")
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
	}
}
