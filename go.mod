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
	golang.org/x/net v0.58.0
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
	golang.org/x/term v0.45.0
	// x/time/rate is the per-host rate limiter of the crawler.
	golang.org/x/time v0.16.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/mmcdole/goxpp/v2 v2.0.0 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/shopspring/decimal v1.3.1 // indirect
	golang.org/x/exp v0.0.0-20221106115401-f9659909a136 // indirect
	golang.org/x/sys v0.47.0 // indirect
	google.golang.org/protobuf v1.31.0 // indirect
)
