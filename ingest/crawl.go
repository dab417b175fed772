package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/text/language"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/ingest/config"
	"diglot.dev/diglot/ingest/discover"
	"diglot.dev/diglot/ingest/page"
)

// Crawler crawls the sources of a configuration into a store: it discovers
// pages from robots.txt sitemaps, configured sitemaps, feeds and links,
// fetches them through its Fetcher, parses them, decides their language,
// stores the articles and pairs each with its translation. A Crawler is
// used by one Crawl at a time.
type Crawler struct {
	Store    *corpus.Store
	Fetcher  *Fetcher
	Detector *Detector
	Logger   *slog.Logger     // nil discards logs
	Progress func(Progress)   // called after every page, from any goroutine; may be nil
	Now      func() time.Time // the clock stamped on what is stored; nil is time.Now
	// Until, when set, is when the crawl stops taking pages: what is
	// stored by then is paired and the summary says Cut.
	Until time.Time
}

// Progress tells how far a crawl has gone.
type Progress struct {
	Source string
	Done   int // resources handled (fetched, not modified, skipped or failed)
	Queued int // resources known and not handled yet
}

// Summary is what a crawl did.
type Summary struct {
	Sources  []SourceSummary `json:"sources"`
	Pairs    PairSummary     `json:"pairs"`
	Cut      bool            `json:"cut"` // Until came before the sources were crawled whole
	Duration time.Duration   `json:"-"`
}

// SourceSummary counts what a crawl did on one source.
type SourceSummary struct {
	Source       string         `json:"source"`
	Fetched      int            `json:"fetched"`        // pages, sitemaps and feeds received in full
	NotModified  int            `json:"not_modified"`   // 304 answers to conditional requests
	Skipped      int            `json:"skipped"`        // sitemap entries not requested: our copy is newer than their lastmod
	New          int            `json:"new"`            // articles stored for the first time
	Changed      int            `json:"changed"`        // articles stored as a new version
	Unchanged    int            `json:"unchanged"`      // articles fetched again with the same text, or the same article under another URL
	Listings     int            `json:"listings"`       // pages that are not articles (home, section, tag pages…)
	OtherLang    int            `json:"other_language"` // articles in a language the source does not list
	Disallowed   int            `json:"disallowed"`     // URLs robots.txt keeps us from
	OtherContent int            `json:"other_content"`  // links to what is not HTML, a feed or a sitemap (PDFs, images…)
	Failed       map[string]int `json:"failed"`         // failures by cause
	Duration     time.Duration  `json:"-"`
}

// FailedTotal is the number of failures of every cause.
func (s SourceSummary) FailedTotal() int {
	n := 0
	for _, c := range s.Failed {
		n += c
	}
	return n
}

// Crawl crawls every source of cfg, one goroutine per source, then pairs
// the articles of each source. It returns an error only when the store
// fails or ctx ends; failed fetches are counted in the summary. At
// c.Until the sources stop, and what they stored is paired.
func (c *Crawler) Crawl(ctx context.Context, cfg *config.Config) (Summary, error) {
	start := time.Now()
	sum := Summary{Sources: make([]SourceSummary, len(cfg.Sources))}
	hints := newHints()
	crawlCtx := ctx
	if !c.Until.IsZero() {
		var cancel context.CancelFunc
		crawlCtx, cancel = context.WithDeadline(ctx, c.Until)
		defer cancel()
	}
	g, gctx := errgroup.WithContext(crawlCtx)
	for i := range cfg.Sources {
		g.Go(func() error {
			s, err := c.crawlSource(gctx, &cfg.Sources[i], hints)
			sum.Sources[i] = s
			return err
		})
	}
	if err := g.Wait(); err != nil {
		if ctx.Err() != nil || !errors.Is(err, context.DeadlineExceeded) || crawlCtx.Err() == nil {
			sum.Duration = time.Since(start)
			return sum, err
		}
		sum.Cut = true
		c.logger().Warn("crawl stopped at its deadline; what was stored is kept and paired", "until", c.Until)
	}
	for i := range cfg.Sources {
		ps, err := c.pair(ctx, cfg.Sources[i].Name, hints)
		if err != nil {
			return sum, err
		}
		sum.Pairs.add(ps)
	}
	sum.Duration = time.Since(start)
	return sum, nil
}

func (c *Crawler) logger() *slog.Logger {
	if c.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return c.Logger
}

func (c *Crawler) now() time.Time {
	if c.Now == nil {
		return time.Now()
	}
	return c.Now()
}

// item is one resource waiting in a crawl's frontier.
type item struct {
	url    string // normalized
	kind   Kind
	depth  int  // links followed from a seed to reach it
	follow bool // follow its links (seeds and listing pages)
	// lastMod is a sitemap's lastmod for the URL: when our copy was
	// fetched after it, the page is not requested again.
	lastMod time.Time
}

// sourceCrawl is the state of one source's crawl.
type sourceCrawl struct {
	*Crawler
	src   *config.Source
	hints *hints
	log   *slog.Logger

	mu   sync.Mutex
	cond *sync.Cond
	// The frontier is two queues: sitemaps and feeds are read before any
	// page is requested (see next), so that every page's sitemap lastmod
	// is known when it is taken, whichever way it was found first.
	discover   []item // sitemaps and feeds
	queue      []item // pages
	seen       map[string]bool
	lastMod    map[string]time.Time // the newest sitemap lastmod of each URL
	pages      int                  // page requests made, against MaxPages
	active     int                  // items being handled
	discActive int                  // sitemaps and feeds being handled
	done       int
	sum        SourceSummary
	stopped    bool
}

// crawlSource crawls one source until its frontier is empty, MaxPages is
// reached or ctx ends.
func (c *Crawler) crawlSource(ctx context.Context, src *config.Source, h *hints) (SourceSummary, error) {
	start := time.Now()
	sc := &sourceCrawl{
		Crawler: c, src: src, hints: h,
		log:     c.logger().With("source", src.Name),
		seen:    make(map[string]bool),
		lastMod: make(map[string]time.Time),
		sum:     SourceSummary{Source: src.Name, Failed: map[string]int{}},
	}
	sc.cond = sync.NewCond(&sc.mu)
	sc.log.Info("crawl started")
	for _, s := range src.Sitemaps {
		sc.add(item{url: s, kind: KindSitemap})
	}
	for _, f := range src.Feeds {
		sc.add(item{url: f, kind: KindFeed})
	}
	// robots.txt names sitemaps too.
	hosts := map[string]bool{}
	for _, s := range slices.Concat(src.Seeds, src.Sitemaps, src.Feeds) {
		u, err := url.Parse(s)
		if err != nil || hosts[u.Host] {
			continue
		}
		hosts[u.Host] = true
		robots := c.Fetcher.Robots(ctx, u, sc.request(s, KindRobots))
		for _, sm := range robots.Sitemaps() {
			sc.add(item{url: sm, kind: KindSitemap})
		}
	}
	for _, s := range src.Seeds {
		sc.add(item{url: s, kind: KindPage, follow: true})
	}

	stop := context.AfterFunc(ctx, func() {
		sc.mu.Lock()
		sc.stopped = true
		sc.cond.Broadcast()
		sc.mu.Unlock()
	})
	defer stop()
	g, gctx := errgroup.WithContext(ctx)
	for range max(src.Concurrency, 1) {
		g.Go(func() error {
			for {
				it, ok := sc.next()
				if !ok {
					return nil
				}
				err := sc.handle(gctx, it)
				sc.finish(it)
				if err != nil {
					return err
				}
			}
		})
	}
	err := g.Wait()
	if err == nil {
		err = ctx.Err()
	}
	sc.sum.Duration = time.Since(start)
	sc.log.Info("crawl finished", "fetched", sc.sum.Fetched, "not_modified", sc.sum.NotModified,
		"new", sc.sum.New, "changed", sc.sum.Changed, "failed", sc.sum.FailedTotal(), "duration", sc.sum.Duration)
	return sc.sum, err
}

// request is the fetch request for u under the source's scope and delay.
func (sc *sourceCrawl) request(u string, kind Kind) Request {
	return Request{URL: u, Kind: kind, InScope: sc.src.InScope, Delay: sc.src.Delay}
}

// add queues it unless its URL is out of scope or already seen.
func (sc *sourceCrawl) add(it item) {
	u, err := url.Parse(it.url)
	if err != nil {
		return
	}
	if u, err = normalize(u); err != nil || !sc.src.InScope(u) {
		return
	}
	it.url = u.String()
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if it.lastMod.After(sc.lastMod[it.url]) {
		sc.lastMod[it.url] = it.lastMod
	}
	if sc.seen[it.url] || sc.stopped {
		return
	}
	sc.seen[it.url] = true
	if isDiscovery(it.kind) {
		sc.discover = append(sc.discover, it)
	} else {
		sc.queue = append(sc.queue, it)
	}
	sc.cond.Signal()
}

// isDiscovery reports whether kind is read before pages: sitemaps and
// feeds.
func isDiscovery(kind Kind) bool {
	return kind == KindSitemap || kind == KindFeed
}

// sitemapLastMod returns the newest lastmod a sitemap gave for u, or zero.
func (sc *sourceCrawl) sitemapLastMod(u string) time.Time {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return sc.lastMod[u]
}

// takePage counts a page request against the source's max_pages and
// reports whether the budget allows it. Pages a sitemap's lastmod lets us
// skip cost nothing, so a long sitemap of known pages does not use up the
// budget before the new ones.
func (sc *sourceCrawl) takePage() bool {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if sc.pages >= sc.src.MaxPages {
		return false
	}
	sc.pages++
	return true
}

// markSeen records URLs reached under another name (after a redirect, or
// as a page's canonical URL) so that they are not fetched again.
func (sc *sourceCrawl) markSeen(urls ...string) {
	sc.mu.Lock()
	for _, u := range urls {
		sc.seen[u] = true
	}
	sc.mu.Unlock()
}

// next waits for an item; ok is false when the frontier is empty and no
// worker can add to it any more, or the crawl is stopped. Sitemaps and
// feeds come first, and no page is handed out while one is being read:
// a page reached by a link or a feed before its sitemap entry was read
// would be requested although the sitemap says our copy is current.
func (sc *sourceCrawl) next() (item, bool) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	for !sc.stopped && len(sc.discover) == 0 && (len(sc.queue) == 0 || sc.discActive > 0) && sc.active > 0 {
		sc.cond.Wait()
	}
	var it item
	switch {
	case sc.stopped:
		sc.cond.Broadcast()
		return item{}, false
	case len(sc.discover) > 0:
		it, sc.discover = sc.discover[0], sc.discover[1:]
		sc.discActive++
	case len(sc.queue) > 0:
		it, sc.queue = sc.queue[0], sc.queue[1:]
	default:
		sc.cond.Broadcast()
		return item{}, false
	}
	sc.active++
	return it, true
}

// finish marks it handled and reports progress.
func (sc *sourceCrawl) finish(it item) {
	sc.mu.Lock()
	sc.active--
	if isDiscovery(it.kind) {
		sc.discActive--
	}
	sc.done++
	p := Progress{Source: sc.src.Name, Done: sc.done, Queued: len(sc.discover) + len(sc.queue) + sc.active}
	sc.cond.Broadcast()
	sc.mu.Unlock()
	if sc.Progress != nil {
		sc.Progress(p)
	}
}

// count updates the summary under the lock.
func (sc *sourceCrawl) count(f func(*SourceSummary)) {
	sc.mu.Lock()
	f(&sc.sum)
	sc.mu.Unlock()
}

// handle fetches and processes one item. Only a store failure is an
// error; everything else is counted.
func (sc *sourceCrawl) handle(ctx context.Context, it item) error {
	switch it.kind {
	case KindSitemap:
		sc.sitemap(ctx, it)
		return nil
	case KindFeed:
		sc.feed(ctx, it)
		return nil
	}
	return sc.page(ctx, it)
}

// failed counts and logs a failed fetch of a resource of the given kind.
func (sc *sourceCrawl) failed(u string, kind Kind, err error) {
	cause := CauseNetwork
	var fe *FetchError
	if errors.As(err, &fe) {
		cause = fe.Cause
	}
	switch cause {
	case CauseCanceled:
		return
	case CauseContentType:
		if kind != KindPage {
			break
		}
		// A link to a PDF or an image: not an article, not a failure.
		sc.count(func(s *SourceSummary) { s.OtherContent++ })
		sc.log.Debug("not an HTML page", logURL, u, logErr, err)
		return
	case CauseRobots:
		sc.count(func(s *SourceSummary) { s.Disallowed++ })
		sc.log.Debug("disallowed by robots.txt", logURL, u)
		return
	}
	sc.count(func(s *SourceSummary) { s.Failed[cause]++ })
	sc.log.Warn("fetch failed", logURL, u, logCause, cause, logErr, err)
}

// sitemap reads a sitemap or sitemap index and queues what it lists.
func (sc *sourceCrawl) sitemap(ctx context.Context, it item) {
	resp, err := sc.Fetcher.Fetch(ctx, sc.request(it.url, KindSitemap))
	if err != nil {
		sc.failed(it.url, it.kind, err)
		return
	}
	sc.count(func(s *SourceSummary) { s.Fetched++ })
	sm, err := discover.ParseSitemap(bytes.NewReader(resp.Body))
	if errors.Is(err, discover.ErrNotSitemap) {
		// The sitemap protocol allows an RSS or Atom feed as a sitemap.
		sc.feedItems(it.url, resp)
		return
	}
	if err != nil {
		sc.failed(it.url, it.kind, &FetchError{URL: it.url, Cause: CauseMalformed, Err: err})
		return
	}
	for _, child := range sm.Children {
		sc.add(item{url: child, kind: KindSitemap})
	}
	for _, e := range sm.URLs {
		u, ok := resolve(nil, e.Loc)
		if !ok {
			continue
		}
		sc.hints.sitemap(u, e)
		sc.add(item{url: u, kind: KindPage, depth: sc.src.MaxDepth, lastMod: e.LastMod})
	}
}

// feed reads an RSS or Atom feed and queues its items' pages.
func (sc *sourceCrawl) feed(ctx context.Context, it item) {
	resp, err := sc.Fetcher.Fetch(ctx, sc.request(it.url, KindFeed))
	if err != nil {
		sc.failed(it.url, it.kind, err)
		return
	}
	sc.count(func(s *SourceSummary) { s.Fetched++ })
	sc.feedItems(it.url, resp)
}

// feedItems queues the pages of the feed in resp.
func (sc *sourceCrawl) feedItems(feedURL string, resp *Response) {
	base, _ := url.Parse(resp.URL)
	items, err := discover.ParseFeed(bytes.NewReader(resp.Body), base)
	if err != nil {
		sc.failed(feedURL, KindFeed, &FetchError{URL: feedURL, Cause: CauseMalformed, Err: err})
		return
	}
	for _, fi := range items {
		sc.add(item{url: fi.Link, kind: KindPage, depth: sc.src.MaxDepth})
	}
}

// page fetches one page (conditionally when an article was stored from
// it), follows its links when it is a seed or listing page, and stores it
// when it is an article.
func (sc *sourceCrawl) page(ctx context.Context, it item) error {
	prev, known, err := sc.Store.Fetch(it.url)
	if err != nil {
		return err
	}
	lastMod := sc.sitemapLastMod(it.url)
	if known && prev.ArticleID != "" && !lastMod.IsZero() && !prev.Fetched.Before(lastMod) {
		sc.count(func(s *SourceSummary) { s.Skipped++ })
		return nil
	}
	if !sc.takePage() {
		return nil
	}
	req := sc.request(it.url, KindPage)
	if known && prev.ArticleID != "" {
		// Listing pages are fetched in full: they are how new articles
		// are found.
		req.ETag, req.LastModified = prev.ETag, prev.LastModified
	}
	now := sc.now()
	state := prev
	state.URL, state.Checked = it.url, now
	resp, err := sc.Fetcher.Fetch(ctx, req)
	if err != nil {
		sc.failed(it.url, it.kind, err)
		var fe *FetchError
		if errors.As(err, &fe) && fe.Cause == CauseCanceled {
			return nil
		}
		if errors.As(err, &fe) && (fe.Cause == CauseRobots || fe.Cause == CauseContentType) {
			return nil
		}
		state.Failures++
		state.LastError = err.Error()
		if fe != nil {
			state.Status = fe.Status
		}
		return sc.Store.PutFetch(state)
	}
	state.Status, state.Failures, state.LastError = resp.Status, 0, ""
	if resp.NotModified {
		sc.count(func(s *SourceSummary) { s.NotModified++ })
		if err := sc.Store.PutFetch(state); err != nil {
			return err
		}
		// The translation may not have been reached on an earlier run.
		if a, ok, err := sc.Store.Article(prev.ArticleID); err != nil {
			return err
		} else if ok {
			sc.addAlternates(a.Alternates, it.depth)
		}
		return nil
	}
	sc.count(func(s *SourceSummary) { s.Fetched++ })
	if IsFeedType(resp.ContentType) {
		// A feed linked from a page.
		sc.feedItems(it.url, resp)
		return nil
	}
	state.ETag, state.LastModified, state.Fetched = resp.ETag, resp.LastModified, now
	state.BodyHash = hashBytes(resp.Body)
	final, _ := url.Parse(resp.URL)
	sc.markSeen(resp.URL)
	p, err := page.Parse(bytes.NewReader(resp.Body), final)
	if err != nil {
		return fmt.Errorf("parse %s: %w", resp.URL, err)
	}
	if !p.IsArticle {
		sc.count(func(s *SourceSummary) { s.Listings++ })
		if it.follow && it.depth < sc.src.MaxDepth {
			for _, l := range p.Links {
				sc.add(item{url: l, kind: KindPage, depth: it.depth + 1, follow: true})
			}
		}
		state.ArticleID = ""
		return sc.Store.PutFetch(state)
	}
	a := sc.article(p, resp.URL, now)
	if !slices.Contains(sc.src.Languages, language.Make(a.Lang)) {
		sc.count(func(s *SourceSummary) { s.OtherLang++ })
		sc.log.Info("article in a language the source does not list: not stored", logURL, resp.URL, "lang", a.Lang)
		state.ArticleID = ""
		return sc.Store.PutFetch(state)
	}
	sc.markSeen(a.URL)
	res, stored, err := sc.Store.PutFetchAndArticle(state, a, resp.Body)
	if err != nil {
		return err
	}
	sc.count(func(s *SourceSummary) {
		switch res {
		case corpus.New:
			s.New++
		case corpus.Changed:
			s.Changed++
		default:
			s.Unchanged++
		}
	})
	if res == corpus.Changed {
		sc.log.Info("article changed: stored as a new version", "id", stored.ID, logURL, stored.URL, "version", stored.Version)
	}
	sc.addAlternates(p.Alternates, it.depth)
	return nil
}

// addAlternates queues the other-language versions of an article.
func (sc *sourceCrawl) addAlternates(alts map[string]string, depth int) {
	for _, u := range alts {
		sc.add(item{url: u, kind: KindPage, depth: depth})
	}
}

// article turns a parsed page into the article to store, deciding its
// URL (the canonical one when it is in scope) and its language.
func (sc *sourceCrawl) article(p *page.Page, fetched string, now time.Time) corpus.Article {
	canonical := fetched
	if c, ok := resolve(nil, p.Canonical); ok {
		if cu, err := url.Parse(c); err == nil && sc.src.InScope(cu) {
			canonical = c
		}
	}
	ld := sc.Detector.Decide(p)
	if ld.Overridden {
		sc.log.Warn("detected language differs from the declared one: using the detected one",
			logURL, fetched, "declared", ld.Declared, "detected", ld.Detected, "confidence", ld.Confidence)
	}
	alts := make(map[string]string, len(p.Alternates))
	for l, u := range p.Alternates {
		if n, ok := resolve(nil, u); ok {
			alts[l] = n
		}
	}
	return corpus.Article{
		ID:           corpus.ArticleID(canonical),
		URL:          canonical,
		Source:       sc.src.Name,
		Lang:         ld.Lang,
		DeclaredLang: ld.Declared,
		DetectedLang: ld.Detected,
		Confidence:   ld.Confidence,
		Title:        p.Title,
		Lead:         p.Lead,
		Body:         p.Body,
		Published:    p.Published,
		Modified:     p.Modified,
		Author:       p.Author,
		Section:      p.Section,
		Alternates:   alts,
		Stored:       now,
	}
}

// hashBytes is the hex SHA-256 of b.
func hashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
