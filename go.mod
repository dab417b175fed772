module diglot.dev/diglot

go 1.26.8

require (
	// goquery parses HTML pages (ingest/page, ingest.VisibleText); named by
	// the product.
	github.com/PuerkitoBio/goquery v1.13.0
	// go-cmp prints readable diffs in tests.
	github.com/google/go-cmp v0.7.0
	// lingua-go detects a text's language (ingest.Detector, --lang auto);
	// named by the product. Frozen upstream at v1.4.0. It embeds the models
	// of 75 languages: a binary that links it is about 150 MB.
	github.com/pemistahl/lingua-go v1.4.0
	// x/net/html is the HTML tree goquery builds; ingest walks it. Its
	// html/charset decodes pages that are not UTF-8.
	golang.org/x/net v0.59.0
	// x/text gives language tags (the program's one language type) and
	// ISO 4217 currency codes; extract may import it.
	golang.org/x/text v0.43.0
)

require (
	// gofeed parses RSS and Atom feeds (ingest/discover); the crawler
	// fetches them with its own client.
	github.com/mmcdole/gofeed v1.4.2
	// go-toml/v2 reads the TOML source configuration (ingest/config); its
	// unstable parser gives the line of every key for error messages.
	github.com/pelletier/go-toml/v2 v2.4.3
	// progressbar draws diglot crawl's progress on a terminal.
	github.com/schollz/progressbar/v3 v3.19.1
	// robotstxt matches robots.txt rules (ingest/discover wraps it to follow
	// RFC 9309 where it differs).
	github.com/temoto/robotstxt v1.1.2
	// bbolt is the embedded, crash-safe article store (corpus.Store); Bleve
	// already depends on it. v1.4.0 is the version bleve v2.6.1 asks for.
	go.etcd.io/bbolt v1.4.0
	// x/sync's errgroup runs the crawl workers.
	golang.org/x/sync v0.24.0
	// x/term tells whether standard error is a terminal (progress bar).
	golang.org/x/term v0.46.0
	// x/time/rate is the per-host rate limiter of the crawler.
	golang.org/x/time v0.16.0
)

require (
	// roaring and scorch_segment_api: index evaluates fact filters on the
	// posting bitmaps of Bleve's segments; the versions bleve v2.6.1 uses.
	github.com/RoaringBitmap/roaring/v2 v2.14.5
	// bleve is the search index (package index); named by the product.
	// v2.6.1: later versions need a storage module the proxy refuses.
	github.com/blevesearch/bleve/v2 v2.6.1
	// bleve_index_api: index reads nested documents through it.
	github.com/blevesearch/bleve_index_api v1.4.1
	github.com/blevesearch/scorch_segment_api/v2 v2.4.10
	// cdproto: the browser test's DevTools protocol types.
	github.com/chromedp/cdproto v0.159.0
	// chromedp drives headless Chromium in the search page's browser test.
	github.com/chromedp/chromedp v0.23.0
)

require (
	// flock: the file lock of diglot run (one run at a time).
	github.com/gofrs/flock v0.13.2
	// client_golang writes diglot run's metrics as a Prometheus textfile.
	github.com/prometheus/client_golang v1.25.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	github.com/beorn7/perks v1.0.1 // indirect
	github.com/bits-and-blooms/bitset v1.24.2 // indirect
	github.com/blevesearch/geo v0.2.6 // indirect
	github.com/blevesearch/go-faiss v1.1.5 // indirect
	github.com/blevesearch/go-porterstemmer v1.0.3 // indirect
	github.com/blevesearch/gtreap v0.1.1 // indirect
	github.com/blevesearch/mmap-go v1.2.0 // indirect
	github.com/blevesearch/segment v0.9.1 // indirect
	github.com/blevesearch/snowballstem v0.9.0 // indirect
	github.com/blevesearch/upsidedown_store_api v1.0.2 // indirect
	github.com/blevesearch/vellum v1.2.0 // indirect
	github.com/blevesearch/zapx/v11 v11.4.3 // indirect
	github.com/blevesearch/zapx/v12 v12.4.3 // indirect
	github.com/blevesearch/zapx/v13 v13.4.3 // indirect
	github.com/blevesearch/zapx/v14 v14.4.3 // indirect
	github.com/blevesearch/zapx/v15 v15.4.3 // indirect
	github.com/blevesearch/zapx/v16 v16.3.4 // indirect
	github.com/blevesearch/zapx/v17 v17.2.3 // indirect
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/golang/snappy v1.0.0 // indirect
	github.com/json-iterator/go v1.1.12 // indirect
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/mmcdole/goxpp/v2 v2.0.0 // indirect
	github.com/modern-go/concurrent v0.0.0-20180306012644-bacd9c7ef1dd // indirect
	github.com/modern-go/reflect2 v1.0.2 // indirect
	github.com/mschoch/smat v0.2.0 // indirect
	github.com/munnerz/goautoneg v0.0.0-20191010083416-a7dc8b61c822 // indirect
	github.com/prometheus/client_model v0.6.3 // indirect
	github.com/prometheus/common v0.72.0 // indirect
	github.com/prometheus/procfs v0.22.0 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/shopspring/decimal v1.3.1 // indirect
	golang.org/x/exp v0.0.0-20221106115401-f9659909a136 // indirect
	golang.org/x/sys v0.49.0 // indirect
	google.golang.org/protobuf v1.36.12 // indirect
)
