module diglot.dev/diglot

go 1.26.8

require (
	// goquery parses HTML pages (ingest.VisibleText); named by the product.
	github.com/PuerkitoBio/goquery v1.13.0
	// go-cmp prints readable diffs in tests.
	github.com/google/go-cmp v0.7.0
	// lingua-go detects a text's language (ingest.Detector, --lang auto);
	// named by the product. Frozen upstream at v1.4.0. It embeds the models
	// of 75 languages: a binary that links it is about 150 MB.
	github.com/pemistahl/lingua-go v1.4.0
	// x/net/html is the HTML tree goquery builds; ingest walks it.
	golang.org/x/net v0.58.0
	// x/text gives language tags (the program's one language type) and
	// ISO 4217 currency codes; extract may import it.
	golang.org/x/text v0.43.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	github.com/shopspring/decimal v1.3.1 // indirect
	golang.org/x/exp v0.0.0-20221106115401-f9659909a136 // indirect
	google.golang.org/protobuf v1.31.0 // indirect
)
