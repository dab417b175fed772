package corpus

import (
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkPutArticle stores new articles of about 3 kB of text and 60 kB
// of raw HTML, fsync on, from one goroutine and from eight, committing as
// the store does (group), with one DB.Update per write (update) and with
// bbolt's DB.Batch (batch). It reports articles/s and the size of the data
// per 1,000 articles.
func BenchmarkPutArticle(b *testing.B) {
	const pool = 64 // distinct contents, varied per iteration
	arts := make([]Article, pool)
	raws := make([][]byte, pool)
	for i := range arts {
		arts[i] = testArticle(i, 0)
		raws[i] = testRaw(arts[i], 60_000)
	}
	for _, mode := range []struct {
		name string
		mode commitMode
	}{{"group", modeGroup}, {"update", modeUpdate}, {"batch", modeBatch}} {
		for _, workers := range []int{1, 8} {
			name := mode.name + "/sequential"
			if workers > 1 {
				name = mode.name + "/parallel8"
			}
			b.Run(name, func(b *testing.B) {
				s, _ := openTest(b)
				s.mode = mode.mode
				var next atomic.Int64
				var wg sync.WaitGroup
				b.ResetTimer()
				for range workers {
					wg.Go(func() {
						for {
							n := int(next.Add(1)) - 1
							if n >= b.N {
								return
							}
							a := arts[n%pool]
							a.URL += "/" + strconv.Itoa(n)
							a.ID = ""
							a.Title += " " + strconv.Itoa(n)
							if _, _, err := s.PutArticle(a, raws[n%pool]); err != nil {
								b.Error(err)
								return
							}
						}
					})
				}
				wg.Wait()
				b.StopTimer()
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
				// The data's size, not the file's, which bbolt grows ahead.
				var size int64
				s.db.View(func(tx *bolt.Tx) error { size = tx.Size(); return nil })
				b.ReportMetric(float64(size)/float64(b.N)*1000/1e6, "MB/1k-articles")
			})
		}
	}
}
