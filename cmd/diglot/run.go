package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofrs/flock"
	"github.com/prometheus/client_golang/prometheus"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/index"
	"diglot.dev/diglot/ingest"
)

func runCommand() command {
	return command{
		name:    "run",
		summary: "the nightly job: crawl, pair, index and write the report",
		usage:   runUsage,
		run:     runRun,
	}
}

type runFlags struct {
	config   string
	data     string
	json     bool
	timeout  time.Duration
	metrics  string
	progress bool
	log      logFlags
}

func (f *runFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.StringVar(&f.config, "config", "", "source configuration `file` (TOML; required)")
	fs.StringVar(&f.data, "data", "", dataFlagHelp)
	fs.BoolVar(&f.json, "json", false, "print the run summary as JSON")
	fs.DurationVar(&f.timeout, "timeout", 0, "deadline for the whole run, e.g. 2h (0: none); the crawl stops early enough to index and report what it stored")
	fs.StringVar(&f.metrics, "metrics", "", "write Prometheus metrics to this `file` (textfile collector format, replaced atomically)")
	fs.BoolVar(&f.progress, "progress", true, "show a progress bar when standard error is a terminal")
	f.log.register(fs)
	return fs
}

func runUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot run --config FILE [--data DIR] [--json] [--timeout D] [--metrics FILE] [--log-format text|json]

Run is the nightly job, for cron or a systemd timer. One run:

  1. crawls the sources of FILE for what is new or changed since the last
     run (sitemaps say what changed, so missed nights are caught up; an
     unchanged page costs a 304 or nothing), and pairs the translations;
  2. extracts and aligns the facts of every article that changed, and
     brings the search index up to date (through diglot serve when it
     holds the index: the page keeps answering and shows the new articles
     when the run ends);
  3. writes the consistency report to DIR/report.html and DIR/report.json.

Running it twice in a row does almost nothing the second time. It is safe
to kill at any moment: every article is stored whole in one transaction,
the index records how far it got only after a complete update, and the
next run picks up where this one stopped. A lock (DIR/run.lock) keeps two
runs from overlapping.

The summary gives, per source, the pages fetched, not modified and
skipped, the articles new, changed and unchanged and the failures by
cause; the pairs, the articles and facts indexed, the mismatches, and the
time of each step. --json prints it as one object:

	{"status":"ok|partial|failed","exit_code","started","duration_ms",
	 "sources":[{"source","status":"ok|failed|cut","fetched","not_modified",
	   "skipped","new","changed","unchanged","listings","other_language",
	   "disallowed","other_content","failed":{cause:n},"duration_ms"}…],
	 "pairs":{"total","new","by_method"},"cut",
	 "index":{"articles","facts","via","duration_ms"},
	 "report":{"pairs","pairs_with_mismatch","pairs_with_untranslated",
	   "facts":{"match","rounded","mismatch","only_en","only_fr"},
	   "mismatch_by_reason","html","json","duration_ms"},
	 "error"}

--metrics FILE writes, for node_exporter's textfile collector,
diglot_run_last_success_timestamp_seconds, diglot_run_last_run_timestamp_seconds,
diglot_run_exit_code, diglot_run_duration_seconds{step}, diglot_run_pages{source,result},
diglot_run_articles{source,change}, diglot_run_failures{source,cause},
diglot_run_pairs, diglot_run_indexed_articles, diglot_run_indexed_facts and
diglot_report_facts{status}.

Exit status: 0 ok; 3 partial (a source could not be fetched at all, or
--timeout cut the crawl: the rest is indexed and reported); 1 failure; 2
usage error; 75 another run holds the lock; 78 bad configuration (the
message names the file, line and key).

flags (one dash or two):
`)
	var f runFlags
	printFlags(w, f.flagSet())
}

// lockedError is returned when another run holds the lock: exit 75.
type lockedError struct{ path, holder string }

func (e *lockedError) Error() string {
	msg := "another diglot run holds " + e.path
	if e.holder != "" {
		msg += " (" + e.holder + ")"
	}
	return msg + "; this run does nothing"
}

// partialError is returned when the run did its work but not for every
// source: exit 3.
type partialError struct{ why string }

func (e *partialError) Error() string { return "partial run: " + e.why }

// runLockFile is the lock file of diglot run in the data directory.
const runLockFile = "run.lock"

// acquireRunLock takes the run lock of data, without waiting.
func acquireRunLock(data string) (*flock.Flock, error) {
	path := filepath.Join(data, runLockFile)
	lock := flock.New(path)
	ok, err := lock.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if !ok {
		holder, _ := os.ReadFile(path)
		return nil, &lockedError{path: path, holder: strings.TrimSpace(string(holder))}
	}
	// Who holds it, for the message a second run prints. The lock is on
	// the open file, not its content.
	info := fmt.Sprintf("pid %d, since %s", os.Getpid(), time.Now().Format(time.RFC3339))
	if err := os.WriteFile(path, []byte(info+"\n"), 0o644); err != nil {
		lock.Unlock()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return lock, nil
}

// runReserve is the part of --timeout kept for indexing and the report
// after the crawl: a tenth, at least 10 seconds, at most 10 minutes.
func runReserve(timeout time.Duration) time.Duration {
	return min(max(timeout/10, 10*time.Second), 10*time.Minute, timeout/2)
}

// Names of the report files a run writes in the data directory.
const (
	reportHTMLFile = "report.html"
	reportJSONFile = "report.json"
)

// Store meta keys: the time of the last successful run, and what the
// report files were written from.
const (
	metaLastSuccess = "run_last_success"
	metaReportState = "run_report_state"
)

// writeRunReport writes the report of every stored pair to htmlPath and
// jsonPath, unless nothing was stored since they were written from the
// same store by the same diglot: then their summary is read back. written
// says which.
func writeRunReport(ctx context.Context, store *corpus.Store, htmlPath, jsonPath string) (sum reportSummary, written bool, err error) {
	var seq uint64
	pairs := 0
	prev, _, err := store.Meta(metaReportState)
	if err != nil {
		return sum, false, err
	}
	fmt.Sscanf(prev, "%d", &seq)
	ids, latest, err := changedSince(store, seq)
	if err != nil {
		return sum, false, err
	}
	if err := store.Pairs(func(corpus.Pair) error { pairs++; return nil }); err != nil {
		return sum, false, err
	}
	state := fmt.Sprintf("%d %d %s", latest, pairs, versionString())
	if len(ids) == 0 && prev == state {
		if b, err := os.ReadFile(jsonPath); err == nil {
			var old struct {
				Summary reportSummary `json:"summary"`
			}
			_, herr := os.Stat(htmlPath)
			if err := json.Unmarshal(b, &old); err == nil && herr == nil {
				return old.Summary, false, nil
			}
		}
	}
	rep, err := buildReport(ctx, store, time.Time{})
	if err != nil {
		return sum, false, err
	}
	if err := writeFileAtomic(jsonPath, 0o644, func(w io.Writer) error { return writeReportJSON(w, rep) }); err != nil {
		return sum, false, err
	}
	if err := writeFileAtomic(htmlPath, 0o644, func(w io.Writer) error { return writeReportHTML(w, rep) }); err != nil {
		return sum, false, err
	}
	return rep.Summary, true, store.SetMeta(metaReportState, state)
}

func runRun(ctx context.Context, args []string, sio stdio) (err error) {
	var f runFlags
	err = parseFlagsOnly("run", f.flagSet(), args)
	if err != nil {
		return err
	}
	if f.config == "" {
		return usagef("run", "--config FILE is required")
	}
	if f.timeout < 0 {
		return usagef("run", "--timeout %v: want a positive duration or 0", f.timeout)
	}
	bar := f.progress && !f.json && f.log.format == "text" && isTerminal(sio.err)
	logger, err := f.log.logger("run", sio.err, bar)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	data := dataDir(f.data)
	if err := os.MkdirAll(data, 0o755); err != nil {
		return err
	}
	lock, err := acquireRunLock(data)
	if err != nil {
		return err
	}
	defer lock.Unlock()

	res := &runResult{Started: time.Now(), Sources: []runSource{}}
	if f.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.timeout)
		defer cancel()
	}
	defer func() {
		res.finish(err)
		if f.metrics != "" {
			if merr := writeRunMetrics(f.metrics, res); merr != nil {
				logger.Error("metrics not written", "file", f.metrics, "err", merr)
			}
		}
		if werr := writeRunSummary(sio.out, res, f.json); werr != nil && err == nil {
			err = werr
		}
	}()
	logger.Info("run started", "config", f.config, "data", data, "pid", os.Getpid())

	store, err := openStore(data)
	if err != nil {
		return err
	}
	defer store.Close()
	if v, ok, _ := store.Meta(metaLastSuccess); ok {
		res.lastSuccess, _ = time.Parse(time.RFC3339Nano, v)
	}

	// 1. Crawl and pair.
	step := time.Now()
	fetcher := ingest.NewFetcher(cfg.UserAgent, ingest.Limits{}, logger)
	defer fetcher.Close()
	c := &ingest.Crawler{Store: store, Fetcher: fetcher, Detector: ingest.NewDetector(), Logger: logger}
	if f.timeout > 0 {
		c.Until = res.Started.Add(f.timeout - runReserve(f.timeout))
	}
	if bar {
		p := newProgress(sio.err)
		c.Progress = p.update
		defer p.finish()
	}
	sum, err := c.Crawl(ctx, cfg)
	res.setCrawl(sum, time.Since(step))
	if err != nil {
		return fmt.Errorf("crawl: %w", err)
	}
	logger.Info("crawl done", "duration", time.Since(step), "pairs", sum.Pairs.Total, "cut", sum.Cut)

	// 2. Index what changed.
	step = time.Now()
	w, err := openIndexWriter(ctx, data)
	if err != nil {
		return err
	}
	last, err := w.lastSeq()
	if err != nil {
		w.close()
		return err
	}
	res.Index.Via = w.via()
	res.Index.Articles, err = indexStore(ctx, store, last, false, func(docs []index.Doc, seq uint64) error {
		for i := range docs {
			res.Index.Facts += len(docs[i].Facts)
		}
		return w.put(docs, seq)
	}, nil)
	if cerr := w.close(); err == nil {
		err = cerr
	}
	res.Index.DurationMS = time.Since(step).Milliseconds()
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	logger.Info("index done", "duration", time.Since(step), "articles", res.Index.Articles, "via", res.Index.Via)

	// 3. The report.
	step = time.Now()
	res.Report.HTML = filepath.Join(data, reportHTMLFile)
	res.Report.JSON = filepath.Join(data, reportJSONFile)
	sum2, written, err := writeRunReport(ctx, store, res.Report.HTML, res.Report.JSON)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	res.Report.reportSummary = sum2
	res.Report.DurationMS = time.Since(step).Milliseconds()
	if written {
		logger.Info("report written", "file", res.Report.HTML, "mismatches", sum2.Facts.Mismatch)
	} else {
		logger.Info("report unchanged: nothing stored since it was written", "file", res.Report.HTML)
	}

	if why := res.partial(); why != "" {
		logger.Warn("run partial", "why", why)
		return &partialError{why}
	}
	now := time.Now()
	res.lastSuccess = now
	if err := store.SetMeta(metaLastSuccess, now.UTC().Format(time.RFC3339Nano)); err != nil {
		return err
	}
	logger.Info("run done", "duration", time.Since(res.Started))
	return nil
}

// runResult is the run summary.
type runResult struct {
	Status          string             `json:"status"`
	ExitCode        int                `json:"exit_code"`
	Started         time.Time          `json:"started"`
	DurationMS      int64              `json:"duration_ms"`
	Sources         []runSource        `json:"sources"`
	Pairs           ingest.PairSummary `json:"pairs"`
	Cut             bool               `json:"cut"`
	CrawlDurationMS int64              `json:"crawl_duration_ms"`
	Index           struct {
		Articles   int    `json:"articles"`
		Facts      int    `json:"facts"`
		Via        string `json:"via"`
		DurationMS int64  `json:"duration_ms"`
	} `json:"index"`
	Report struct {
		reportSummary
		HTML       string `json:"html"`
		JSON       string `json:"json"`
		DurationMS int64  `json:"duration_ms"`
	} `json:"report"`
	Error string `json:"error,omitempty"`

	lastSuccess time.Time
	crawl       *ingest.Summary // nil until the crawl ended
	duration    time.Duration
}

// runSource is one source's line of the run summary.
type runSource struct {
	Status string `json:"status"`
	ingest.SourceSummary
	DurationMS int64 `json:"duration_ms"`
}

// setCrawl records the crawl's summary.
func (r *runResult) setCrawl(sum ingest.Summary, d time.Duration) {
	r.crawl = &sum
	r.CrawlDurationMS = d.Milliseconds()
	r.Cut = sum.Cut
	r.Pairs = sum.Pairs
	if r.Pairs.ByMethod == nil {
		r.Pairs.ByMethod = map[string]int{}
	}
	for _, s := range sum.Sources {
		if s.Failed == nil {
			s.Failed = map[string]int{}
		}
		status := "ok"
		switch {
		case sourceFailed(s):
			status = "failed"
		case sum.Cut:
			status = "cut"
		}
		r.Sources = append(r.Sources, runSource{Status: status, SourceSummary: s, DurationMS: s.Duration.Milliseconds()})
	}
}

// sourceFailed reports whether nothing of a source could be fetched: its
// site was down (robots.txt unreachable disallows everything), or refused
// us.
func sourceFailed(s ingest.SourceSummary) bool {
	return s.Fetched+s.NotModified+s.Skipped == 0
}

// partial says why the run is partial, or "".
func (r *runResult) partial() string {
	var failed []string
	for _, s := range r.Sources {
		if s.Status == "failed" {
			failed = append(failed, s.Source)
		}
	}
	switch {
	case len(failed) > 0:
		return "nothing could be fetched from " + strings.Join(failed, ", ")
	case r.Cut:
		return "--timeout stopped the crawl; the next run continues"
	}
	return ""
}

// finish sets the status from the run's error.
func (r *runResult) finish(err error) {
	r.duration = time.Since(r.Started)
	r.DurationMS = r.duration.Milliseconds()
	r.ExitCode = exitCode(err)
	switch {
	case err == nil:
		r.Status = "ok"
	case r.ExitCode == exitPartial:
		r.Status = "partial"
		r.Error = err.Error()
	default:
		r.Status = "failed"
		r.Error = err.Error()
	}
}

func writeRunSummary(w io.Writer, r *runResult, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	fmt.Fprintf(w, "diglot run: %s in %v\n", r.Status, r.duration.Round(time.Millisecond))
	if r.crawl != nil {
		writeCrawlSummary(w, *r.crawl, false)
	}
	if r.Index.Via != "" {
		fmt.Fprintf(w, "index: %d articles and %d facts through %s in %v\n", r.Index.Articles, r.Index.Facts, r.Index.Via,
			(time.Duration(r.Index.DurationMS) * time.Millisecond).Round(time.Millisecond))
	}
	if r.Report.HTML != "" {
		s := r.Report.reportSummary
		fmt.Fprintf(w, "report: %d pairs; %d numbers stated differently in %d pairs; %d pairs with untranslated paragraphs → %s\n",
			s.Pairs, s.Facts.Mismatch, s.PairsWithMismatch, s.PairsWithUntranslated, r.Report.HTML)
	}
	return nil
}

// writeRunMetrics writes the run's metrics in Prometheus's text format
// for node_exporter's textfile collector (client_golang writes a
// temporary file and renames it).
func writeRunMetrics(path string, r *runResult) error {
	reg := prometheus.NewRegistry()
	gauge := func(name, help string, labels ...string) *prometheus.GaugeVec {
		g := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help}, labels)
		reg.MustRegister(g)
		return g
	}
	seconds := func(t time.Time) float64 { return float64(t.UnixMilli()) / 1000 }
	if !r.lastSuccess.IsZero() {
		gauge("diglot_run_last_success_timestamp_seconds", "Time of the last run that ended ok.").WithLabelValues().Set(seconds(r.lastSuccess))
	}
	gauge("diglot_run_last_run_timestamp_seconds", "Time the last run ended.").WithLabelValues().Set(seconds(r.Started.Add(r.duration)))
	gauge("diglot_run_exit_code", "Exit status of the last run: 0 ok, 3 partial, 1 failed, 78 bad configuration.").WithLabelValues().Set(float64(r.ExitCode))
	steps := gauge("diglot_run_duration_seconds", "Duration of the steps of the last run.", "step")
	steps.WithLabelValues("crawl").Set(float64(r.CrawlDurationMS) / 1000)
	steps.WithLabelValues("index").Set(float64(r.Index.DurationMS) / 1000)
	steps.WithLabelValues("report").Set(float64(r.Report.DurationMS) / 1000)
	steps.WithLabelValues("total").Set(float64(r.DurationMS) / 1000)
	pages := gauge("diglot_run_pages", "Pages of the last run by result.", "source", "result")
	articles := gauge("diglot_run_articles", "Articles of the last run by change.", "source", "change")
	failures := gauge("diglot_run_failures", "Failed fetches of the last run by cause.", "source", "cause")
	for _, s := range r.Sources {
		pages.WithLabelValues(s.Source, "fetched").Set(float64(s.Fetched))
		pages.WithLabelValues(s.Source, "not_modified").Set(float64(s.NotModified))
		pages.WithLabelValues(s.Source, "skipped").Set(float64(s.Skipped))
		articles.WithLabelValues(s.Source, "new").Set(float64(s.New))
		articles.WithLabelValues(s.Source, "changed").Set(float64(s.Changed))
		articles.WithLabelValues(s.Source, "unchanged").Set(float64(s.Unchanged))
		for cause, n := range s.Failed {
			failures.WithLabelValues(s.Source, cause).Set(float64(n))
		}
	}
	gauge("diglot_run_pairs", "Pairs of translations in the store after the last run.").WithLabelValues().Set(float64(r.Pairs.Total))
	gauge("diglot_run_indexed_articles", "Articles the last run indexed.").WithLabelValues().Set(float64(r.Index.Articles))
	gauge("diglot_run_indexed_facts", "Facts the last run indexed.").WithLabelValues().Set(float64(r.Index.Facts))
	if r.Report.HTML != "" {
		facts := gauge("diglot_report_facts", "Aligned facts of the last report by status.", "status")
		s := r.Report.Facts
		facts.WithLabelValues("match").Set(float64(s.Match))
		facts.WithLabelValues("rounded").Set(float64(s.Rounded))
		facts.WithLabelValues("mismatch").Set(float64(s.Mismatch))
		facts.WithLabelValues("only_en").Set(float64(s.OnlyEN))
		facts.WithLabelValues("only_fr").Set(float64(s.OnlyFR))
	}
	return prometheus.WriteToTextfile(path, reg)
}
