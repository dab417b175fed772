// Package ingest brings news articles into diglot: it crawls the English
// and French editions of news sites politely, parses their pages, decides
// each article's language, stores it, and pairs each English article with
// its French translation.
//
// The pieces, one file each:
//
//   - fetch.go: Fetcher, the HTTP client. Scope is a security boundary:
//     every URL, redirects included, must pass the source's scope, and only
//     http and https are fetched. It honours robots.txt (RFC 9309: 4xx
//     allows all, 5xx disallows all; a longer Crawl-delay wins, capped),
//     rate-limits each host (golang.org/x/time/rate), retries 429, 5xx and
//     network errors a bounded number of times with exponential backoff
//     and jitter (Retry-After honoured), sends conditional requests,
//     bounds time and size, checks content types and decodes charsets.
//   - url.go: URL normalization, so one page reached under several URLs
//     (tracking parameters, default ports, fragments) is fetched once.
//   - crawl.go: Crawler, which discovers pages from sitemaps (robots.txt
//     and configured), feeds and links followed from seeds and listing
//     pages, and stores articles; unchanged pages cost a 304.
//   - language.go: Detector (lingua-go), and the rule that the declared
//     language stands unless the detector is confident of another.
//   - pair.go: pairing of translations, on explicit links first (reciprocal
//     hreflang or switcher links, one-way links, sitemap alternates), else
//     on content (shared facts, names and publication time) as an optimal
//     1:1 assignment above a confidence threshold.
//   - text.go: VisibleText, the text of any HTML page.
//
// Subpackages hold the pure parsers: config (the TOML source
// configuration), discover (robots.txt, sitemaps, feeds) and page (an
// article page: metadata and main content).
//
// ingest is the edge where outside libraries meet the program: goquery for
// HTML, lingua-go for languages, gofeed for feeds, robotstxt for
// robots.txt. Languages leave this package as golang.org/x/text/language
// tags or their string form, never as lingua's own type. ingest imports
// corpus (the store it fills) and extract (the facts that pair articles by
// content; extract is pure, so this adds no I/O); it must not import index.
package ingest
