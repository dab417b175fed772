package site_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"diglot.dev/diglot/corpus/site"
)

// BenchmarkGenerate measures building a synthetic site of 2,000 pairs and
// listing its pages.
func BenchmarkGenerate(b *testing.B) {
	var pages int
	for b.Loop() {
		pages += len(site.Generate(2000, 1).Pages())
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkServePage measures serving the article pages of a synthetic
// site in turn: in process, and over loopback HTTP with keep-alive.
func BenchmarkServePage(b *testing.B) {
	s := site.Generate(2000, 1)
	pages := s.Pages()
	b.Run("handler", func(b *testing.B) {
		h := s.Handler()
		i := 0
		for b.Loop() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://example.test"+pages[i%len(pages)].Path, nil))
			if rec.Code != http.StatusOK {
				b.Fatalf("status %d", rec.Code)
			}
			i++
		}
		b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "pages/s")
	})
	b.Run("http", func(b *testing.B) {
		srv := httptest.NewServer(s.Handler())
		defer srv.Close()
		client := srv.Client()
		i := 0
		for b.Loop() {
			res, err := client.Get(srv.URL + pages[i%len(pages)].Path)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := io.Copy(io.Discard, res.Body); err != nil {
				b.Fatal(err)
			}
			res.Body.Close()
			i++
		}
		b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "pages/s")
	})
}
