package ingest

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// testLimits keep retries and timeouts short.
var testLimits = Limits{
	BodyTimeout: 500 * time.Millisecond,
	MaxBody:     1 << 20,
	Retries:     2,
	BackoffBase: 5 * time.Millisecond,
	BackoffMax:  3 * time.Second,
}

// hits counts requests per path.
type hits struct {
	mu sync.Mutex
	n  map[string]int
	ua []string
}

func (h *hits) add(r *http.Request) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.n == nil {
		h.n = map[string]int{}
	}
	h.n[r.URL.Path]++
	h.ua = append(h.ua, r.UserAgent())
	return h.n[r.URL.Path]
}

func (h *hits) of(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.n[path]
}

const testPage = `<!doctype html><html lang="fr"><head><title>Port</title></head><body><p>Le port a traité 4,2 millions de tonnes.</p></body></html>`

// faultServer serves the pages a polite, robust fetcher meets.
func faultServer(t *testing.T, h *hits) (*httptest.Server, *httptest.Server) {
	t.Helper()
	outside := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		fmt.Fprint(w, testPage)
	}))
	t.Cleanup(outside.Close)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: diglot\nDisallow: /no-diglot/\nCrawl-delay: 0\n")
	})
	mux.HandleFunc("/ok.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Tue, 10 Nov 2026 08:00:00 GMT")
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/private/a.html", func(w http.ResponseWriter, r *http.Request) { h.add(r); fmt.Fprint(w, testPage) })
	mux.HandleFunc("/no-diglot/a.html", func(w http.ResponseWriter, r *http.Request) { h.add(r); fmt.Fprint(w, testPage) })
	mux.HandleFunc("/flaky.html", func(w http.ResponseWriter, r *http.Request) {
		if h.add(r) <= 2 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/always-500.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		http.Error(w, "broken", http.StatusInternalServerError)
	})
	mux.HandleFunc("/too-many.html", func(w http.ResponseWriter, r *http.Request) {
		if h.add(r) == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/retry-forever.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "come back tomorrow", http.StatusTooManyRequests)
	})
	mux.HandleFunc("/missing.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		http.NotFound(w, r)
	})
	mux.HandleFunc("/slow.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>start")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/huge.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		w.Header().Set("Content-Type", "text/html")
		chunk := strings.Repeat("<p>padding padding padding</p>\n", 1000)
		for range 100 { // about 3 MB, more than testLimits.MaxBody
			if _, err := fmt.Fprint(w, chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/loop-a.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		http.Redirect(w, r, "/loop-b.html", http.StatusFound)
	})
	mux.HandleFunc("/loop-b.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		http.Redirect(w, r, "/loop-a.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/moved.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		http.Redirect(w, r, "/ok.html?utm_source=old", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/away.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		http.Redirect(w, r, outside.URL+"/stolen.html", http.StatusFound)
	})
	mux.HandleFunc("/cp1252.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		b, _ := charmap.Windows1252.NewEncoder().String(`<html lang="fr"><body><p>Le déficit a été réduit à 3,2 % : « très bien », dit l’élu… 5 €.</p></body></html>`)
		fmt.Fprint(w, b)
	})
	mux.HandleFunc("/latin1-meta.html", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		w.Header().Set("Content-Type", "text/html")
		b, _ := charmap.ISO8859_1.NewEncoder().String(`<html><head><meta charset="iso-8859-1"></head><body><p>Hôpital général, réouverture prévue en août.</p></body></html>`)
		fmt.Fprint(w, b)
	})
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		h.add(r)
		w.Header().Set("Content-Type", "image/png")
		fmt.Fprint(w, "\x89PNG\r\n\x1a\n")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, outside
}

func sameHost(srv *httptest.Server) func(*url.URL) bool {
	base, _ := url.Parse(srv.URL)
	return func(u *url.URL) bool {
		return (u.Scheme == "http" || u.Scheme == "https") && u.Host == base.Host
	}
}

func TestFetch(t *testing.T) {
	h := &hits{}
	srv, outside := faultServer(t, h)
	f := NewFetcher("diglot/1.0 (+https://diglot.dev/bot)", testLimits, nil)
	defer f.Close()
	get := func(path string) (*Response, error) {
		return f.Fetch(t.Context(), Request{URL: srv.URL + path, Kind: KindPage, InScope: sameHost(srv)})
	}
	cause := func(err error) string {
		var fe *FetchError
		if errors.As(err, &fe) {
			return fe.Cause
		}
		return fmt.Sprintf("not a FetchError: %v", err)
	}

	t.Run("ok", func(t *testing.T) {
		resp, err := get("/ok.html")
		if err != nil {
			t.Fatal(err)
		}
		if resp.ETag != `"v1"` || !strings.Contains(string(resp.Body), "4,2 millions") || resp.Attempts != 1 {
			t.Errorf("got %+v", resp)
		}
	})
	t.Run("conditional", func(t *testing.T) {
		resp, err := f.Fetch(t.Context(), Request{URL: srv.URL + "/ok.html", Kind: KindPage, InScope: sameHost(srv), ETag: `"v1"`})
		if err != nil || !resp.NotModified || len(resp.Body) != 0 {
			t.Errorf("conditional request: %+v, %v; want 304 not modified", resp, err)
		}
	})
	t.Run("robots", func(t *testing.T) {
		if _, err := get("/no-diglot/a.html"); cause(err) != CauseRobots {
			t.Errorf("cause %s, want robots", cause(err))
		}
		if h.of("/no-diglot/a.html") != 0 {
			t.Error("/no-diglot/a.html was requested despite robots.txt")
		}
		// RFC 9309: the group naming diglot is the only one that applies
		// to it; the "*" group's Disallow does not.
		if _, err := get("/private/a.html"); err != nil {
			t.Errorf("/private/a.html: %v; only the * group disallows it", err)
		}
		if n := h.of("/robots.txt"); n != 1 {
			t.Errorf("robots.txt fetched %d times, want once (cached per host)", n)
		}
	})
	t.Run("fails twice then works", func(t *testing.T) {
		resp, err := get("/flaky.html")
		if err != nil || resp.Attempts != 3 {
			t.Errorf("flaky: %+v, %v; want success on the third attempt", resp, err)
		}
	})
	t.Run("5xx bounded retries", func(t *testing.T) {
		_, err := get("/always-500.html")
		if cause(err) != CauseStatus || h.of("/always-500.html") != 1+testLimits.Retries {
			t.Errorf("always 500: cause %s after %d requests; want http_status after %d", cause(err), h.of("/always-500.html"), 1+testLimits.Retries)
		}
	})
	t.Run("404 not retried", func(t *testing.T) {
		_, err := get("/missing.html")
		var fe *FetchError
		if !errors.As(err, &fe) || fe.Status != 404 || h.of("/missing.html") != 1 {
			t.Errorf("404: %v after %d requests", err, h.of("/missing.html"))
		}
	})
	t.Run("429 Retry-After", func(t *testing.T) {
		start := time.Now()
		resp, err := get("/too-many.html")
		if err != nil || resp.Attempts != 2 {
			t.Fatalf("429: %+v, %v", resp, err)
		}
		if waited := time.Since(start); waited < 900*time.Millisecond {
			t.Errorf("retried after %v; the server asked for 1s", waited)
		}
	})
	t.Run("Retry-After too long", func(t *testing.T) {
		_, err := get("/retry-forever.html")
		if cause(err) != CauseStatus || h.of("/retry-forever.html") != 1 || !strings.Contains(err.Error(), "asks to wait") {
			t.Errorf("retry after an hour: %v after %d requests; want to give up at once", err, h.of("/retry-forever.html"))
		}
	})
	t.Run("slow page", func(t *testing.T) {
		_, err := get("/slow.html")
		if cause(err) != CauseTimeout {
			t.Errorf("slow page: cause %s (%v), want timeout", cause(err), err)
		}
	})
	t.Run("huge page", func(t *testing.T) {
		_, err := get("/huge.html")
		if cause(err) != CauseTooLarge {
			t.Errorf("huge page: cause %s (%v), want too_large", cause(err), err)
		}
	})
	t.Run("redirect loop", func(t *testing.T) {
		_, err := get("/loop-a.html")
		if cause(err) != CauseRedirects {
			t.Errorf("redirect loop: cause %s (%v), want redirects", cause(err), err)
		}
	})
	t.Run("redirect in scope", func(t *testing.T) {
		resp, err := get("/moved.html")
		if err != nil || resp.URL != srv.URL+"/ok.html" {
			t.Errorf("moved: %+v, %v; want the final URL, normalized", resp, err)
		}
	})
	t.Run("redirect out of scope", func(t *testing.T) {
		_, err := get("/away.html")
		if cause(err) != CauseScope {
			t.Errorf("redirect away: cause %s (%v), want out_of_scope", cause(err), err)
		}
		if n := h.of("/stolen.html"); n != 0 {
			t.Errorf("the out-of-scope server got %d requests", n)
		}
	})
	t.Run("out of scope", func(t *testing.T) {
		_, err := f.Fetch(t.Context(), Request{URL: outside.URL + "/x.html", Kind: KindPage, InScope: sameHost(srv)})
		if cause(err) != CauseScope {
			t.Errorf("cause %s, want out_of_scope", cause(err))
		}
		_, err = f.Fetch(t.Context(), Request{URL: "file:///etc/passwd", Kind: KindPage, InScope: func(*url.URL) bool { return true }})
		if err == nil {
			t.Error("a file: URL was fetched")
		}
	})
	t.Run("charsets", func(t *testing.T) {
		for path, want := range map[string]string{
			"/cp1252.html":      "Le déficit a été réduit à 3,2 % : « très bien », dit l’élu… 5 €.",
			"/latin1-meta.html": "Hôpital général, réouverture prévue en août.",
		} {
			resp, err := get(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(resp.Body), want) {
				t.Errorf("%s decoded as %q", path, resp.Body)
			}
		}
	})
	t.Run("content type", func(t *testing.T) {
		if _, err := get("/image.png"); cause(err) != CauseContentType {
			t.Errorf("image: cause %s, want content_type", cause(err))
		}
	})
	for _, ua := range h.ua {
		if ua != "diglot/1.0 (+https://diglot.dev/bot)" {
			t.Errorf("request with User-Agent %q", ua)
			break
		}
	}
}

func TestRobotsStatus(t *testing.T) {
	for _, tc := range []struct {
		status  int
		allowed bool
	}{
		{http.StatusNotFound, true}, {http.StatusForbidden, true},
		{http.StatusInternalServerError, false}, {http.StatusServiceUnavailable, false},
	} {
		var n atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				w.WriteHeader(tc.status)
				return
			}
			n.Add(1)
			fmt.Fprint(w, testPage)
		}))
		f := NewFetcher("diglot/1.0", testLimits, nil)
		_, err := f.Fetch(t.Context(), Request{URL: srv.URL + "/a.html", Kind: KindPage, InScope: sameHost(srv)})
		if got := err == nil; got != tc.allowed || (n.Load() > 0) != tc.allowed {
			t.Errorf("robots.txt status %d: fetched %v (%v, %d requests), want %v", tc.status, got, err, n.Load(), tc.allowed)
		}
		f.Close()
		srv.Close()
	}
}

func TestCrawlDelay(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 1\n")
			return
		}
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		fmt.Fprint(w, testPage)
	}))
	defer srv.Close()
	f := NewFetcher("diglot/1.0", testLimits, nil)
	defer f.Close()
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			if _, err := f.Fetch(t.Context(), Request{URL: fmt.Sprintf("%s/%d.html", srv.URL, i), Kind: KindPage, InScope: sameHost(srv), Delay: 10 * time.Millisecond}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if len(times) != 3 {
		t.Fatalf("%d requests, want 3", len(times))
	}
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < 900*time.Millisecond {
			t.Errorf("requests %d and %d %v apart; robots.txt asks for 1s", i, i+1, gap)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{"Mon, 23 Nov 2026 08:00:30 GMT", 30 * time.Second, true},
		{"Mon, 23 Nov 2026 07:00:00 GMT", 0, true},
		{"soon", 0, false},
		{"", 0, false},
	} {
		got, ok := retryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
