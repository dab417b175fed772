package config

import (
	"cmp"
	"errors"
	"regexp"
	"slices"
	"time"

	"github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"
)

// DefaultUserAgent is the User-Agent header sent when the configuration sets
// no user_agent. Sites prefer one that names a contact; set user_agent to
// yours.
const DefaultUserAgent = "diglot/1.0 (+https://diglot.dev/bot)"

// Defaults of a source's settings, applied when a key is absent.
const (
	DefaultDelay       = time.Second
	DefaultConcurrency = 2
	DefaultMaxPages    = 5000
	DefaultMaxDepth    = 3
)

// MaxConcurrency is the largest concurrency a source may ask for.
const MaxConcurrency = 64

// maxErrors is how many mistakes Parse reports at most.
const maxErrors = 10

// DefaultLanguages returns the languages a source is crawled for when it
// names none: English and French.
func DefaultLanguages() []language.Tag {
	return []language.Tag{language.English, language.French}
}

// Config is a parsed source configuration. Parse returns it with every
// default applied; it is not modified afterwards and is safe for concurrent
// reads.
type Config struct {
	UserAgent string   // top-level user_agent; default DefaultUserAgent
	Sources   []Source // the [[source]] tables, in file order; at least one
}

// Source is one news site: where its crawl starts, which URLs belong to it
// and how politely to fetch them.
type Source struct {
	// Name identifies the source in file names, logs and metrics: unique,
	// 1 to 64 of [a-z0-9._-], starting with a letter or digit.
	Name string

	Seeds    []string // pages to start from and follow links; absolute http/https URLs, as written
	Sitemaps []string // sitemap URLs (robots.txt Sitemap: lines are read too)
	Feeds    []string // RSS or Atom feed URLs

	// Allow holds the URL patterns in scope (Go RE2 syntax, see InScope).
	// When the file gives none (allow absent or empty), Parse fills it with
	// one pattern per distinct scheme and host among the seeds, sitemaps
	// and feeds: a URL is then in scope when it has exactly that scheme and
	// host (host in lower case, as the crawler normalizes it; the scheme's
	// default port optional; any other port the same), such as
	// `^https://example\.com(?::443)?(?:[/?#]|$)`. Every seed, sitemap and
	// feed is in scope, whether allow is given or not.
	Allow []*regexp.Regexp
	Deny  []*regexp.Regexp // URL patterns never fetched, even when allowed

	Languages   []language.Tag // base language tags; default DefaultLanguages
	Delay       time.Duration  // minimum gap between two requests to one host; default DefaultDelay; 0 allowed
	Concurrency int            // requests in flight for this source; 1 to MaxConcurrency; default DefaultConcurrency
	MaxPages    int            // pages fetched per run; at least 1; default DefaultMaxPages
	MaxDepth    int            // links followed from a seed (key max_depth); 0 = the seeds only; default DefaultMaxDepth
}

// Parse parses the configuration in data; filename is used in error
// messages only.
//
// Every mistake is an *Error naming the file, the line and the key. A TOML
// syntax error stops parsing and is returned alone. Otherwise Parse checks
// the whole file and returns the single *Error when there is one mistake,
// or errors.Join of the first ten in file order when there are several;
// errors.As finds the first.
func Parse(filename string, data []byte) (*Config, error) {
	// go-toml's decoder checks the document against the whole TOML
	// specification (syntax, keys defined twice, invalid dates, integers
	// out of range); the tree built next keeps where each value was.
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		return nil, syntaxError(filename, data, err)
	}
	root, err := buildTree(data)
	if err != nil {
		return nil, syntaxError(filename, data, err)
	}
	d := decoder{file: filename, lines: newLines(data)}
	cfg := d.config(root)
	if len(d.errs) == 0 {
		return cfg, nil
	}
	slices.SortStableFunc(d.errs, func(a, b *Error) int { return cmp.Compare(a.Line, b.Line) })
	if len(d.errs) == 1 {
		return nil, d.errs[0]
	}
	errs := make([]error, 0, maxErrors)
	for _, e := range d.errs[:min(len(d.errs), maxErrors)] {
		errs = append(errs, e)
	}
	return nil, errors.Join(errs...)
}
