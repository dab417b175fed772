package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/corpus/site"
	"diglot.dev/diglot/ingest/config"
)

// testSite serves the bundled news site with the faults of the web around
// it: a /faults/ listing page, seeded, links to pages that fail twice then
// work, ask to wait (429), are slow, huge, loop, or redirect out of scope.
type testSite struct {
	*site.Site
	srv, outside *httptest.Server
	hits         hits
	mu           sync.Mutex
	conditional  int // requests with If-None-Match or If-Modified-Since
}

func newTestSite(t testing.TB, s *site.Site) *testSite {
	t.Helper()
	ts := &testSite{Site: s}
	ts.outside = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ts.hits.add(r)
		fmt.Fprint(w, testPage)
	}))
	t.Cleanup(ts.outside.Close)
	inner := s.Handler()
	mux := http.NewServeMux()
	mux.HandleFunc("/faults/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html lang="en"><head><title>Test links</title></head><body><ul>`)
		for _, p := range []string{"/faults/flaky.html", "/faults/busy.html", "/faults/slow.html", "/faults/huge.html",
			"/faults/loop.html", "/faults/away.html", "/faults/report.pdf", ts.outside.URL + "/elsewhere.html", "mailto:desk@example.vn"} {
			fmt.Fprintf(w, `<li><a href="%s">%s</a></li>`, p, p)
		}
		fmt.Fprint(w, `</ul></body></html>`)
	})
	flaky := 0
	mux.HandleFunc("/faults/flaky.html", func(w http.ResponseWriter, r *http.Request) {
		ts.mu.Lock()
		flaky++
		n := flaky
		ts.mu.Unlock()
		if n <= 2 {
			http.Error(w, "busy", http.StatusBadGateway)
			return
		}
		http.Redirect(w, r, "/en/", http.StatusFound)
	})
	busy := 0
	mux.HandleFunc("/faults/busy.html", func(w http.ResponseWriter, r *http.Request) {
		ts.mu.Lock()
		busy++
		n := busy
		ts.mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		http.Redirect(w, r, "/fr/", http.StatusFound)
	})
	mux.HandleFunc("/faults/slow.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>start")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/faults/huge.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := strings.Repeat("<p>padding padding padding</p>\n", 1000)
		for range 100 {
			if _, err := fmt.Fprint(w, chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/faults/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7\n")
	})
	mux.HandleFunc("/faults/loop.html", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/faults/loop.html?again=1", http.StatusFound)
	})
	mux.HandleFunc("/faults/away.html", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, ts.outside.URL+"/stolen.html", http.StatusFound)
	})
	mux.Handle("/", inner)
	ts.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ts.hits.add(r)
		if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
			ts.mu.Lock()
			ts.conditional++
			ts.mu.Unlock()
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.srv.Close)
	return ts
}

// config is the source configuration of the test site.
func (ts *testSite) config(t testing.TB, extra string) *config.Config {
	t.Helper()
	toml := fmt.Sprintf(`user_agent = "diglot-test/1.0 (+https://diglot.dev/bot)"

[[source]]
name = "hai-lan"
seeds = ["%[1]s/en/", "%[1]s/fr/", "%[1]s/faults/"]
feeds = ["%[1]s/en/rss.xml", "%[1]s/fr/atom.xml"]
allow = ['^%[1]s/']
languages = ["en", "fr"]
delay = "0s"
concurrency = 4
max_depth = 2
%[2]s
`, ts.srv.URL, extra)
	cfg, err := config.Parse("test.toml", []byte(toml))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func newCrawler(t testing.TB, store *corpus.Store) *Crawler {
	t.Helper()
	f := NewFetcher("diglot-test/1.0 (+https://diglot.dev/bot)", testLimits, nil)
	t.Cleanup(f.Close)
	return &Crawler{Store: store, Fetcher: f, Detector: testDetector(t)}
}

var (
	detectorOnce sync.Once
	detector     *Detector
)

func testDetector(testing.TB) *Detector {
	detectorOnce.Do(func() { detector = NewDetector() })
	return detector
}

func TestCrawlSite(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls a whole site")
	}
	ts := newTestSite(t, site.New())
	cfg := ts.config(t, "")
	store, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	c := newCrawler(t, store)

	sum, err := c.Crawl(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := sum.Sources[0]
	t.Logf("first crawl: %+v, pairs %+v", s, sum.Pairs)

	// Every English and French article page is stored once, under its
	// canonical URL; the Vietnamese one is recognized and left out.
	pages := ts.Pages()
	want := map[string]site.Page{}
	vi := 0
	for _, p := range pages {
		switch p.Lang.String() {
		case "en", "fr":
			want[ts.srv.URL+p.Path] = p
		case "vi":
			vi++
		}
	}
	got := map[string]corpus.Article{}
	err = store.Articles(func(a corpus.Article) error {
		if _, dup := got[a.URL]; dup {
			t.Errorf("article %s stored twice", a.URL)
		}
		got[a.URL] = a
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for u, p := range want {
		a, ok := got[u]
		switch {
		case !ok:
			t.Errorf("article %s (%s) not stored", u, p.Title)
		case a.Lang != p.Lang.String():
			t.Errorf("%s: language %q, want %q", u, a.Lang, p.Lang)
		case a.Title != p.Title:
			t.Errorf("%s: title %q, want %q", u, a.Title, p.Title)
		case !a.Published.Equal(p.Published):
			t.Errorf("%s: published %v, want %v", u, a.Published, p.Published)
		}
		if text, err := ts.Text(p.Path); err != nil || a.Text() != text {
			t.Errorf("%s: stored text\n%s\nwant\n%s", u, a.Text(), text)
		}
	}
	for u := range got {
		if _, ok := want[u]; !ok {
			t.Errorf("stored %s, which is not an article of the site", u)
		}
	}
	if s.New != len(want) {
		t.Errorf("summary: %d new, want %d", s.New, len(want))
	}
	if s.OtherLang != vi {
		t.Errorf("summary: %d in another language, want %d (Vietnamese)", s.OtherLang, vi)
	}
	if s.Listings == 0 {
		t.Error("no listing page recognized")
	}
	if s.OtherContent != 1 {
		t.Errorf("summary: %d links to other content, want 1 (a PDF)", s.OtherContent)
	}

	// Robots and scope.
	for path := range ts.hits.n {
		if strings.HasPrefix(path, "/en/search") || strings.HasPrefix(path, "/fr/recherche") || strings.HasPrefix(path, "/admin") {
			t.Errorf("%s fetched despite robots.txt", path)
		}
	}
	if s.Disallowed == 0 {
		t.Error("no URL disallowed by robots.txt: the site links its search page")
	}
	if n := ts.hits.of("/stolen.html") + ts.hits.of("/elsewhere.html"); n != 0 {
		t.Errorf("%d requests out of scope", n)
	}
	wantFailed := map[string]int{CauseTimeout: 1, CauseTooLarge: 1, CauseRedirects: 1, CauseScope: 1, CauseContentType: 0}
	for cause, n := range wantFailed {
		if s.Failed[cause] != n {
			t.Errorf("failed[%s] = %d, want %d (all: %v)", cause, s.Failed[cause], n, s.Failed)
		}
	}

	// Pairs: every pair of the site, by the evidence it offers.
	checkPairs(t, store, ts, want)

	// Second crawl: no article requested again when the sitemap says our
	// copy is current, conditional requests for the others, no duplicates.
	before := ts.conditional
	sum2, err := c.Crawl(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	s2 := sum2.Sources[0]
	t.Logf("second crawl: %+v", s2)
	if s2.New != 0 || s2.Changed != 0 {
		t.Errorf("second crawl stored %d new and %d changed articles, want none", s2.New, s2.Changed)
	}
	if s2.Skipped == 0 || s2.Skipped+s2.NotModified != len(want) || ts.conditional-before < s2.NotModified {
		t.Errorf("second crawl: %d skipped, %d not modified (%d conditional requests); want the %d articles",
			s2.Skipped, s2.NotModified, ts.conditional-before, len(want))
	}
	if n, _ := store.Count(); n != len(want) {
		t.Errorf("after the second crawl the store has %d articles, want %d", n, len(want))
	}
	if sum2.Pairs.New != 0 {
		t.Errorf("second crawl changed %d pairs, want 0", sum2.Pairs.New)
	}

	// An edited article is stored as a new version.
	var edited site.Page
	for _, p := range pages {
		if p.Lang.String() == "en" {
			edited = p
			break
		}
	}
	// Stamped a second ahead: sitemaps give whole seconds, and the edit
	// must be later than the last crawl's fetch.
	if err := ts.Edit(edited.Path, time.Now().Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	before = ts.conditional
	sum3, err := c.Crawl(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if ts.conditional == before {
		t.Error("the edited article was not requested conditionally")
	}
	if s3 := sum3.Sources[0]; s3.Changed != 1 || s3.New != 0 {
		t.Errorf("after an edit: %d changed, %d new; want 1 changed", s3.Changed, s3.New)
	}
	a, ok, err := store.ArticleByURL(ts.srv.URL + edited.Path)
	if err != nil || !ok {
		t.Fatalf("edited article: %v, %v", ok, err)
	}
	if vs, _ := store.Versions(a.ID); len(vs) != 2 || a.Version != 2 {
		t.Errorf("edited article: version %d, %d versions; want 2", a.Version, len(vs))
	}
}

// checkPairs checks the stored pairs against the site's pair keys.
func checkPairs(t *testing.T, store *corpus.Store, ts *testSite, want map[string]site.Page) {
	t.Helper()
	idOf := map[string]string{}
	keyOf := map[string]site.Page{}
	for u, p := range want {
		a, ok, err := store.ArticleByURL(u)
		if err != nil || !ok {
			continue
		}
		idOf[u] = a.ID
		keyOf[a.ID] = p
	}
	wantPairs := map[string][2]string{}
	for _, p := range want {
		if p.Pair == "" {
			continue
		}
		w := wantPairs[p.Pair]
		if p.Lang.String() == "en" {
			w[0] = idOf[ts.srv.URL+p.Path]
		} else {
			w[1] = idOf[ts.srv.URL+p.Path]
		}
		wantPairs[p.Pair] = w
	}
	gotPairs := map[string]corpus.Pair{}
	err := store.Pairs(func(p corpus.Pair) error {
		en, fr := keyOf[p.EN], keyOf[p.FR]
		if en.Pair == "" || en.Pair != fr.Pair {
			t.Errorf("wrong pair (%s): %q (%s) with %q (%s)", p.Method, en.Title, en.Pair, fr.Title, fr.Pair)
			return nil
		}
		gotPairs[en.Pair] = p
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	byMethod := map[string]int{}
	for key, w := range wantPairs {
		if w[0] == "" || w[1] == "" {
			continue
		}
		p, ok := gotPairs[key]
		if !ok {
			t.Errorf("pair %s not found", key)
			continue
		}
		byMethod[p.Method]++
	}
	t.Logf("pairs by method: %v", byMethod)
	if byMethod[MethodContent] == 0 {
		t.Error("no pair made by content: the site has pairs with no link")
	}
}

func TestCrawlLimits(t *testing.T) {
	ts := newTestSite(t, site.New())
	store, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	c := newCrawler(t, store)

	// max_pages bounds the pages requested in one run.
	cfg := ts.config(t, "max_pages = 10")
	sum, err := c.Crawl(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := sum.Sources[0]
	if pages := s.Listings + s.New + s.Unchanged + s.OtherLang + s.FailedTotal(); pages > 10 {
		t.Errorf("max_pages 10: %d pages handled (%+v)", pages, s)
	}

	// A cancelled crawl stops and says so; what it stored is whole.
	ctx, cancel := context.WithCancel(t.Context())
	var once sync.Once
	c.Progress = func(p Progress) {
		if p.Done >= 5 {
			once.Do(cancel)
		}
	}
	_, err = c.Crawl(ctx, ts.config(t, ""))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled crawl: error %v, want context.Canceled", err)
	}
	err = store.Articles(func(a corpus.Article) error {
		if a.Title == "" || len(a.Body) == 0 || a.Version < 1 {
			t.Errorf("half-stored article %+v", a)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCrawlSkipsWithinBudget checks that sitemap entries our copy is newer
// than cost no part of max_pages: a long sitemap of known pages must not
// use up a run's budget before the new pages.
func TestCrawlSkipsWithinBudget(t *testing.T) {
	ts := newTestSite(t, site.New())
	store, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	c := newCrawler(t, store)
	full, err := c.Crawl(t.Context(), ts.config(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	again, err := c.Crawl(t.Context(), ts.config(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	skippable := again.Sources[0].Skipped
	if skippable == 0 {
		t.Fatalf("no sitemap entry skipped on a second crawl: %+v (first %+v)", again.Sources[0], full.Sources[0])
	}
	tight, err := c.Crawl(t.Context(), ts.config(t, "max_pages = 1"))
	if err != nil {
		t.Fatal(err)
	}
	if s := tight.Sources[0]; s.Skipped != skippable {
		t.Errorf("max_pages 1: %d sitemap entries skipped, want all %d (skipping costs no budget)", s.Skipped, skippable)
	}
}

// TestCrawlUntil checks that a crawl stops at Until without an error,
// says it was cut, and pairs what it stored.
func TestCrawlUntil(t *testing.T) {
	ts := newTestSite(t, site.New())
	crawl := func(until float64, whole time.Duration) (ingest Summary, store *corpus.Store, took time.Duration) {
		t.Helper()
		store, err := corpus.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		c := newCrawler(t, store)
		cfg := ts.config(t, "")
		cfg.Sources[0].Delay = 20 * time.Millisecond // about 50 requests a second
		start := time.Now()
		if whole > 0 {
			c.Until = start.Add(time.Duration(until * float64(whole)))
		}
		sum, err := c.Crawl(t.Context(), cfg)
		if err != nil {
			t.Fatalf("a crawl cut at its deadline: %v", err)
		}
		return sum, store, time.Since(start)
	}
	full, _, _ := crawl(0, 0)
	if full.Cut {
		t.Fatal("a crawl without Until says it was cut")
	}
	// The polite delay alone makes a whole crawl last at least
	// fetched × delay, however fast the machine: a deadline at 70% of
	// that cuts it. (A share of a measured whole crawl did not: a slow
	// first crawl on a loaded machine let the second one finish.)
	all := full.Sources[0].Fetched
	least := time.Duration(all) * 20 * time.Millisecond
	sum, store, took := crawl(0.7, least)
	n, _ := store.Count()
	if got := sum.Sources[0].Fetched; !sum.Cut || n == 0 || got >= all {
		t.Errorf("cut %v with %d articles stored, %d of %d resources fetched; want a cut crawl that stored some", sum.Cut, n, got, all)
	}
	if deadline := time.Duration(0.7 * float64(least)); took > deadline+5*time.Second {
		t.Errorf("the cut crawl took %v for a deadline of %v", took, deadline)
	}
	whole := least
	// Both versions of a story linked by hreflang are paired, when both
	// were stored before the cut.
	paired := 0
	byPair := map[string][]site.Page{}
	for _, p := range ts.Pages() {
		if p.Link == site.LinkHreflang {
			byPair[p.Pair] = append(byPair[p.Pair], p)
		}
	}
	for _, ps := range byPair {
		var ids []string
		for _, p := range ps {
			if a, ok, _ := store.ArticleByURL(ts.srv.URL + p.Path); ok {
				ids = append(ids, a.ID)
			}
		}
		if len(ids) != 2 {
			continue
		}
		if _, ok, _ := store.PairOf(ids[0]); !ok {
			t.Errorf("%s and its translation were stored before the cut, and not paired", ids[0])
		}
		paired++
	}
	if paired == 0 {
		t.Errorf("no story linked by hreflang had both versions stored at the cut (%d articles): nothing to check", n)
	}
	t.Logf("cut at %v of %v: %d articles, %d stories with both versions", took, whole, n, paired)
}
