package discover_test

import (
	"fmt"
	"net/url"
	"strings"

	"diglot.dev/diglot/ingest/discover"
)

func ExampleParseRobots() {
	body := []byte(`User-agent: *
Disallow: /

User-agent: diglot
Disallow: /search
Allow: /search/help
Disallow: /*.pdf$
Crawl-delay: 2

Sitemap: https://en.example.org/sitemap.xml
`)
	r := discover.ParseRobots(200, body)
	agent := discover.AgentToken("diglot/1.0 (+https://example.org/contact)")
	for _, path := range []string{"/news/exports", "/search?q=gdp", "/search/help", "/report.pdf", "/report.pdf?page=2"} {
		fmt.Println(path, r.Allowed(agent, path))
	}
	fmt.Println(r.CrawlDelay(agent), r.Sitemaps())
	fmt.Println("other bots:", r.Allowed("otherbot", "/news/exports"))
	fmt.Println("server error:", discover.ParseRobots(503, nil).Allowed(agent, "/news/exports"))
	// Output:
	// /news/exports true
	// /search?q=gdp false
	// /search/help true
	// /report.pdf false
	// /report.pdf?page=2 true
	// 2s [https://en.example.org/sitemap.xml]
	// other bots: false
	// server error: false
}

func ExampleAgentToken() {
	fmt.Println(discover.AgentToken("diglot/1.0 (+https://example.org/contact)"))
	// Output: diglot
}

func ExampleParseSitemap() {
	in := `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:n="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://en.example.org/news/exports</loc>
    <lastmod>2026-11-02</lastmod>
    <n:news>
      <n:publication><n:name>Example News</n:name><n:language>en</n:language></n:publication>
      <n:publication_date>2026-11-02T08:15:00+07:00</n:publication_date>
      <n:title>Exports reach 39.88 trillion dong</n:title>
    </n:news>
    <xhtml:link rel="alternate" hreflang="fr-FR" href="https://fr.example.org/actualites/exportations"/>
    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/exports"/>
  </url>
</urlset>`
	sm, err := discover.ParseSitemap(strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range sm.URLs {
		fmt.Println(e.Loc)
		fmt.Println(e.LastMod.Format("2006-01-02"), e.NewsPublished.UTC().Format("2006-01-02 15:04"), e.NewsLanguage, e.NewsTitle)
		fmt.Println(e.Alternates)
	}
	// Output:
	// https://en.example.org/news/exports
	// 2026-11-02 2026-11-02 01:15 en Exports reach 39.88 trillion dong
	// map[fr:https://fr.example.org/actualites/exportations]
}

func ExampleParseFeed() {
	in := `<?xml version="1.0"?>
<rss version="2.0"><channel>
  <title>Économie</title><language>fr-FR</language>
  <item>
    <title>Les exportations atteignent 39 888 milliards de dongs</title>
    <link>/actualites/exportations</link>
    <pubDate>Mon, 02 Nov 2026 08:15:00 +0700</pubDate>
  </item>
</channel></rss>`
	base, _ := url.Parse("https://fr.example.org/economie/rss.xml")
	items, err := discover.ParseFeed(strings.NewReader(in), base)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range items {
		fmt.Println(it.Link, it.Lang, it.Published.Format("2006-01-02"))
		fmt.Println(it.Title)
	}
	// Output:
	// https://fr.example.org/actualites/exportations fr 2026-11-02
	// Les exportations atteignent 39 888 milliards de dongs
}
