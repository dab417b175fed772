package index

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Benchmarks of indexing and search over generated articles. The number of
// articles is DIGLOT_BENCH_ARTICLES (default 10,000); building 100,000
// takes minutes:
//
//	DIGLOT_BENCH_ARTICLES=100000 go test ./index -run '^$' -bench . -benchtime 200x -timeout 60m

// benchArticles returns how many articles the benchmarks index.
func benchArticles(tb testing.TB) int {
	n := 10000
	if s := os.Getenv("DIGLOT_BENCH_ARTICLES"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 2 {
			tb.Fatalf("DIGLOT_BENCH_ARTICLES=%q: want a number of articles ≥ 2", s)
		}
		n = v
	}
	return n
}

// putChunk is how many articles the benchmarks give Put at once: Put builds
// two batches of 500 at a time.
const putChunk = 4 * batchSize

// putGenerated indexes n generated articles into ix, putChunk at a time,
// timing only Put; it returns the time spent in Put.
func putGenerated(tb testing.TB, ix *Index, seed uint64, n int) time.Duration {
	tb.Helper()
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	var spent time.Duration
	batch := make([]Doc, 0, putChunk)
	for story := 0; n > 0; story++ {
		en, fr := genPair(r, story)
		batch = append(batch, en, fr)
		n -= 2
		if len(batch) >= putChunk || n <= 0 {
			start := time.Now()
			if err := ix.Put(batch); err != nil {
				tb.Fatal(err)
			}
			spent += time.Since(start)
			batch = batch[:0]
		}
	}
	return spent
}

// cpuTime returns the CPU time (user and system) the process has used: the
// machine may be shared, and CPU time per article says more than wall time
// then.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// dirSize returns the bytes of the files under dir.
func dirSize(tb testing.TB, dir string) int64 {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			total += info.Size()
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return total
}

// BenchmarkPut indexes DIGLOT_BENCH_ARTICLES articles into a new index, in
// batches of 500, and reports articles/s and the index size per article
// once closed.
func BenchmarkPut(b *testing.B) {
	n := benchArticles(b)
	var spent time.Duration
	var size int64
	cpu0 := cpuTime(b)
	for b.Loop() {
		dir := filepath.Join(b.TempDir(), "ix")
		ix, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		spent += putGenerated(b, ix, 1, n)
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
		size = dirSize(b, dir)
	}
	b.ReportMetric(float64(n*b.N)/spent.Seconds(), "articles/s")
	b.ReportMetric(float64((cpuTime(b)-cpu0).Microseconds())/float64(n*b.N), "cpu-µs/article")
	b.ReportMetric(float64(size)/float64(n), "bytes/article")
}

// The index the search benchmarks share, built once.
var bench struct {
	once sync.Once
	dir  string // removed by TestMain when not kept
	keep bool
	ix   *Index
	err  error
}

// benchIndex returns the shared index of DIGLOT_BENCH_ARTICLES articles.
// With DIGLOT_BENCH_DIR set, the index is kept there and reused by later
// runs when it has the right number of articles.
func benchIndex(b *testing.B) *Index {
	b.Helper()
	n := benchArticles(b)
	bench.once.Do(func() {
		if d := os.Getenv("DIGLOT_BENCH_DIR"); d != "" {
			bench.dir, bench.keep = filepath.Join(d, fmt.Sprintf("articles-%d", n)), true
			if ix, err := Open(bench.dir); err == nil {
				if c, err := ix.Count(); err == nil && c == uint64(n) {
					bench.ix = ix
					return
				}
				_ = ix.Close()
			}
			if bench.err = os.RemoveAll(bench.dir); bench.err != nil {
				return
			}
		} else {
			var tmp string
			tmp, bench.err = os.MkdirTemp("", "diglot-bench-index-")
			if bench.err != nil {
				return
			}
			bench.dir = filepath.Join(tmp, "ix")
		}
		var ix *Index
		ix, bench.err = Open(bench.dir)
		if bench.err != nil {
			return
		}
		spent := putGenerated(b, ix, 1, n)
		b.Logf("built %d articles in %v (%.0f articles/s)", n, spent.Round(time.Millisecond), float64(n)/spent.Seconds())
		// Reopen, as a server would after the nightly job.
		if bench.err = ix.Close(); bench.err != nil {
			return
		}
		size := dirSize(b, bench.dir)
		b.Logf("index size %d bytes, %.0f bytes/article", size, float64(size)/float64(n))
		bench.ix, bench.err = Open(bench.dir)
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.ix
}

// TestMain removes the shared benchmark index.
func TestMain(m *testing.M) {
	code := m.Run()
	if bench.ix != nil {
		_ = bench.ix.Close()
	}
	if bench.dir != "" && !bench.keep {
		_ = os.RemoveAll(filepath.Dir(bench.dir))
	}
	os.Exit(code)
}

// mustFilter parses a fact filter or fails.
func mustFilter(tb testing.TB, expr string) *FactFilter {
	tb.Helper()
	f, err := ParseFactFilter(expr)
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// BenchmarkSearch measures search latency on the shared index and reports
// p50 and p95 in milliseconds. Every request computes the three facets.
func BenchmarkSearch(b *testing.B) {
	queries := []string{"exportations", "tourism", "software park", "port", "économie", "investment",
		"aéroport", "coffee", `"ligne de métro"`, "inflation", "Da Nang", "logement"}
	facts := []string{"money>=1e9 USD", "percent>10", "quantity>1000 tonne", "money status=mismatch",
		"percent concept=growth", "date=2024-Q1", "date>=2025-03", "money<1e8 VND concept=revenue"}
	cases := []struct {
		name string
		req  func(i int) Request
	}{
		{"query", func(i int) Request { return Request{Query: queries[i%len(queries)]} }},
		{"query+fact", func(i int) Request {
			return Request{Query: queries[i%len(queries)], Fact: mustFilter(b, facts[i%len(facts)])}
		}},
		{"query+fact+lang", func(i int) Request {
			return Request{Query: queries[i%len(queries)], Lang: []string{"en", "fr"}[i%2], Fact: mustFilter(b, facts[i%len(facts)])}
		}},
		{"fact", func(i int) Request { return Request{Fact: mustFilter(b, facts[i%len(facts)])} }},
		{"all", func(i int) Request { return Request{} }},
		{"all+since", func(i int) Request {
			return Request{Since: time.Date(2025, time.Month(1+i%12), 1, 0, 0, 0, 0, time.UTC)}
		}},
	}
	ix := benchIndex(b)
	ctx := context.Background()
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var took []time.Duration
			var total uint64
			i := 0
			for b.Loop() {
				start := time.Now()
				res, err := ix.Search(ctx, c.req(i))
				if err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
				total += res.Total
				i++
			}
			slices.Sort(took)
			ms := func(p float64) float64 {
				return float64(took[min(len(took)-1, int(p*float64(len(took))))].Microseconds()) / 1000
			}
			b.ReportMetric(ms(0.50), "p50-ms")
			b.ReportMetric(ms(0.95), "p95-ms")
			b.ReportMetric(float64(total)/float64(len(took)), "hits/op")
		})
	}
}
