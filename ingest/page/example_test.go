package page_test

import (
	"fmt"
	"log"
	"net/url"
	"strings"

	"diglot.dev/diglot/ingest/page"
)

func ExampleParse() {
	const html = `<!doctype html>
<html lang="en">
<head>
  <title>Exports rise 12% | Example News</title>
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2025-04-02T08:30:00+07:00">
  <link rel="alternate" hreflang="fr" href="/fr/exportations">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/economy/">Economy</a></nav>
  <article>
    <h1>Exports rise 12%</h1>
    <p>Da Nang's exports rose 12 percent in the first quarter, to 1.2 billion USD, the statistics office said.</p>
    <p>Electronics and seafood led the increase, while garment shipments fell 3.5 percent.</p>
    <p>The city expects exports of 5 billion USD this year, up from 4.4 billion USD in 2024.</p>
    <div class="share"><a href="https://facebook.com/sharer">Share</a></div>
  </article>
</body>
</html>`
	u, _ := url.Parse("https://en.example.vn/economy/exports")
	p, err := page.Parse(strings.NewReader(html), u)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.Title)
	fmt.Println(p.Published.Format("2006-01-02 15:04 -07:00"), p.Lang, p.Alternates["fr"], p.IsArticle)
	for _, para := range p.Body {
		fmt.Println("-", para)
	}
	// Output:
	// Exports rise 12%
	// 2025-04-02 08:30 +07:00 en https://en.example.vn/fr/exportations true
	// - Da Nang's exports rose 12 percent in the first quarter, to 1.2 billion USD, the statistics office said.
	// - Electronics and seafood led the increase, while garment shipments fell 3.5 percent.
	// - The city expects exports of 5 billion USD this year, up from 4.4 billion USD in 2024.
}
