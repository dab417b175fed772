package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"diglot.dev/diglot/ingest"
	"diglot.dev/diglot/ingest/config"
)

func crawlCommand() command {
	return command{
		name:    "crawl",
		summary: "fetch the articles of the configured news sites into the store",
		usage:   crawlUsage,
		run:     runCrawl,
	}
}

type crawlFlags struct {
	config   string
	data     string
	json     bool
	progress bool
	log      logFlags
}

func (f *crawlFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	fs.StringVar(&f.config, "config", "", "source configuration `file` (TOML; required)")
	fs.StringVar(&f.data, "data", "", dataFlagHelp)
	fs.BoolVar(&f.json, "json", false, "print the summary as JSON")
	fs.BoolVar(&f.progress, "progress", true, "show a progress bar when standard error is a terminal")
	f.log.register(fs)
	return fs
}

func crawlUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot crawl --config FILE [--data DIR] [--json] [--log-format text|json]

Crawl fetches the English and French editions of the news sites that the
configuration FILE lists, politely (robots.txt, a delay per host, bounded
retries), and stores every article in the store under DIR: its text, raw
HTML, language and fetch state. It starts from each source's sitemaps
(those of robots.txt too), feeds and seed pages, follows links from seeds
and listing pages up to max_depth, and never fetches a URL outside the
source's allow patterns, redirects included. Then it pairs each English
article with its French translation: by hreflang or language-switcher
links, by sitemap alternates, else by content (shared numbers and names,
publication time).

A second crawl sends conditional requests for the articles it has: an
unchanged page costs a 304; a changed one is stored as a new version.

The summary gives, per source, the pages fetched, not modified and
skipped, the articles new, changed and unchanged, the listing pages, the
failures by cause, and the pairs. --json prints it as one object:

	{"sources":[{"source","fetched","not_modified","skipped","new","changed",
	  "unchanged","listings","other_language","disallowed","other_content",
	  "failed":{cause:n},
	  "duration_ms"}…],
	 "pairs":{"total","new","by_method":{method:n}},"duration_ms"}

Exit status: 0; 1 when the store fails or the crawl is interrupted; 2 for
a usage error; 78 for a bad configuration (the message names the file,
line and key).

A configuration:

`)
	fmt.Fprintln(w, indent(config.Example, "\t"))
	fmt.Fprintln(w, "\nflags (one dash or two):")
	var f crawlFlags
	printFlags(w, f.flagSet())
}

func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

// configError is a bad configuration file: exit status 78 (EX_CONFIG).
type configError struct{ err error }

func (e *configError) Error() string { return e.err.Error() }
func (e *configError) Unwrap() error { return e.err }

// loadConfig reads and parses the configuration file name.
func loadConfig(name string) (*config.Config, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, &configError{err}
	}
	cfg, err := config.Parse(name, data)
	if err != nil {
		return nil, &configError{err}
	}
	return cfg, nil
}

func runCrawl(ctx context.Context, args []string, sio stdio) error {
	var f crawlFlags
	err := parseFlagsOnly("crawl", f.flagSet(), args)
	if err != nil {
		return err
	}
	if f.config == "" {
		return usagef("crawl", "--config FILE is required")
	}
	bar := f.progress && !f.json && f.log.format == "text" && isTerminal(sio.err)
	logger, err := f.log.logger("crawl", sio.err, bar)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	store, err := openStore(f.data)
	if err != nil {
		return err
	}
	defer store.Close()
	fetcher := ingest.NewFetcher(cfg.UserAgent, ingest.Limits{}, logger)
	defer fetcher.Close()
	c := &ingest.Crawler{Store: store, Fetcher: fetcher, Detector: ingest.NewDetector(), Logger: logger}
	if bar {
		p := newProgress(sio.err)
		defer p.finish()
		c.Progress = p.update
	}
	sum, err := c.Crawl(ctx, cfg)
	if err != nil {
		if ctx.Err() != nil {
			writeCrawlSummary(sio.out, sum, f.json)
			return fmt.Errorf("interrupted: what was stored so far is kept")
		}
		return err
	}
	return writeCrawlSummary(sio.out, sum, f.json)
}

// progress draws one progress bar over all sources.
type progress struct {
	mu   sync.Mutex
	bar  *progressbar.ProgressBar
	each map[string]ingest.Progress
}

func newProgress(w io.Writer) *progress {
	return &progress{
		bar: progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("crawling"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("pages"),
			progressbar.OptionShowIts(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		),
		each: map[string]ingest.Progress{},
	}
}

func (p *progress) update(pr ingest.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.each[pr.Source] = pr
	done, total := 0, 0
	for _, e := range p.each {
		done += e.Done
		total += e.Done + e.Queued
	}
	p.bar.ChangeMax(total)
	p.bar.Set(done)
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.Finish()
}

// crawlSummaryJSON is the --json form of a crawl summary.
type crawlSummaryJSON struct {
	Sources    []sourceSummaryJSON `json:"sources"`
	Pairs      ingest.PairSummary  `json:"pairs"`
	DurationMS int64               `json:"duration_ms"`
}

type sourceSummaryJSON struct {
	ingest.SourceSummary
	DurationMS int64 `json:"duration_ms"`
}

func writeCrawlSummary(w io.Writer, sum ingest.Summary, asJSON bool) error {
	if asJSON {
		out := crawlSummaryJSON{Pairs: sum.Pairs, DurationMS: sum.Duration.Milliseconds(), Sources: []sourceSummaryJSON{}}
		if out.Pairs.ByMethod == nil {
			out.Pairs.ByMethod = map[string]int{}
		}
		for _, s := range sum.Sources {
			out.Sources = append(out.Sources, sourceSummaryJSON{s, s.Duration.Milliseconds()})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, s := range sum.Sources {
		fmt.Fprintf(w, "%s: %d fetched, %d not modified, %d skipped; articles %d new, %d changed, %d unchanged; %d listing pages",
			s.Source, s.Fetched, s.NotModified, s.Skipped, s.New, s.Changed, s.Unchanged, s.Listings)
		if s.OtherLang > 0 {
			fmt.Fprintf(w, "; %d in another language", s.OtherLang)
		}
		if s.OtherContent > 0 {
			fmt.Fprintf(w, "; %d links to other content", s.OtherContent)
		}
		if s.Disallowed > 0 {
			fmt.Fprintf(w, "; %d disallowed by robots.txt", s.Disallowed)
		}
		fmt.Fprintf(w, "; %d failed", s.FailedTotal())
		if n := s.FailedTotal(); n > 0 {
			var parts []string
			for _, cause := range slices.Sorted(maps.Keys(s.Failed)) {
				parts = append(parts, fmt.Sprintf("%s %d", cause, s.Failed[cause]))
			}
			fmt.Fprintf(w, " (%s)", strings.Join(parts, ", "))
		}
		fmt.Fprintf(w, " in %v\n", s.Duration.Round(time.Millisecond))
	}
	fmt.Fprintf(w, "pairs: %d, %d new", sum.Pairs.Total, sum.Pairs.New)
	if len(sum.Pairs.ByMethod) > 0 {
		var parts []string
		for _, m := range slices.Sorted(maps.Keys(sum.Pairs.ByMethod)) {
			parts = append(parts, fmt.Sprintf("%s %d", m, sum.Pairs.ByMethod[m]))
		}
		fmt.Fprintf(w, " (%s)", strings.Join(parts, ", "))
	}
	fmt.Fprintf(w, "\ntook %v\n", sum.Duration.Round(time.Millisecond))
	return nil
}
