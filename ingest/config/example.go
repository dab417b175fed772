package config

// Example is a commented configuration that Parse accepts; `diglot crawl -h`
// prints it.
const Example = `# diglot source configuration (TOML). Unknown keys are errors.

# Sent with every request; name your crawler and a way to reach you.
user_agent = "diglot/1.0 (+https://example.org/contact)"

# One [[source]] table per news site.
[[source]]
name = "city-news"     # unique; lower-case letters, digits, '.', '_', '-'
seeds = ["https://en.example.com/", "https://fr.example.com/"]  # pages to start from
sitemaps = []          # optional; robots.txt Sitemap: lines are read too
feeds = []             # optional RSS or Atom feeds
# URL patterns (Go regexp syntax) in scope; nothing else is ever fetched.
# Anchor them with ^ and end the host with /. When allow is absent or empty,
# the scope is the scheme and host of every seed, sitemap and feed.
allow = ['^https://(en|fr)\.example\.com/']
deny = ['/(login|search)\b']   # URL patterns never fetched
languages = ["en", "fr"]       # base language tags kept
delay = "1s"           # minimum gap between two requests to one host (robots.txt Crawl-delay wins when longer)
concurrency = 2        # requests in flight at once for this source (1 to 64)
max_pages = 5000       # pages fetched per run
max_depth = 3          # links followed from a seed; 0 fetches the seeds only
`
