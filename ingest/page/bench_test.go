package page

import (
	"bytes"
	"net/url"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	arts, err := readArticles(false)
	if err != nil {
		b.Skipf("evaluation set absent: %v", err)
	}
	urls := make([]*url.URL, len(arts))
	size := 0
	for i, a := range arts {
		urls[i], _ = url.Parse(a.URL)
		size += len(a.HTML)
	}
	b.SetBytes(int64(size / len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		a := arts[n%len(arts)]
		if _, err := Parse(bytes.NewReader(a.HTML), urls[n%len(arts)]); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(n), "ms/page")
}
