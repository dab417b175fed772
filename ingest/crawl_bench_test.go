package ingest

import (
	"fmt"
	"syscall"
	"testing"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/corpus/site"
)

// BenchmarkCrawl crawls a generated site of 5,000 article pairs (10,000
// article pages plus listings, sitemaps and feeds) on loopback with delay
// 0 into a fresh store: fetching, parsing, language detection, storing
// and pairing. It reports pages per second and the process's peak
// resident memory (which includes the benchmark's own server).
//
//	go test ./ingest -run '^$' -bench Crawl -benchtime 1x
func BenchmarkCrawl(b *testing.B) {
	for _, pairs := range []int{500, 5000} {
		b.Run(fmt.Sprintf("pairs=%d", pairs), func(b *testing.B) {
			ts := newTestSite(b, site.Generate(pairs, 1))
			cfg := ts.config(b, "")
			cfg.Sources[0].Seeds = cfg.Sources[0].Seeds[:2] // no fault pages
			cfg.Sources[0].MaxPages = 4 * pairs
			for b.Loop() {
				b.StopTimer()
				store, err := corpus.Open(b.TempDir())
				if err != nil {
					b.Fatal(err)
				}
				c := newCrawler(b, store)
				b.StartTimer()
				sum, err := c.Crawl(b.Context(), cfg)
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				s := sum.Sources[0]
				pages := s.Fetched + s.NotModified
				b.ReportMetric(float64(pages)/sum.Duration.Seconds(), "pages/s")
				b.ReportMetric(float64(s.New), "articles")
				b.ReportMetric(float64(sum.Pairs.Total), "pairs")
				b.Logf("%+v %+v", s, sum.Pairs)
				store.Close()
				b.StartTimer()
			}
			var ru syscall.Rusage
			if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
				b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
			}
		})
	}
}
