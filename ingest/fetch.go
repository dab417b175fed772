package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html/charset"
	"golang.org/x/time/rate"

	"diglot.dev/diglot/ingest/discover"
)

// Limits bound what one request may cost. The zero value of a field means
// its default.
type Limits struct {
	ConnectTimeout time.Duration // TCP and TLS connection; default 10s
	HeaderTimeout  time.Duration // from the request sent to the response headers; default 20s
	BodyTimeout    time.Duration // the whole request, body included; default 60s
	MaxBody        int64         // bytes of a page's body, after any transfer decompression; default 10 MiB (sitemaps and feeds: 50 MiB)
	MaxRedirects   int           // redirect hops followed; default 5
	Retries        int           // further attempts after a 429, a 5xx or a network error; default 3
	BackoffBase    time.Duration // first retry waits about this long, doubling each time; default 1s
	BackoffMax     time.Duration // no backoff or Retry-After wait longer than this; default 2m
	MaxCrawlDelay  time.Duration // a robots.txt Crawl-delay above this is capped; default 30s
}

func (l Limits) withDefaults() Limits {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.ConnectTimeout, 10*time.Second)
	def(&l.HeaderTimeout, 20*time.Second)
	def(&l.BodyTimeout, 60*time.Second)
	def(&l.BackoffBase, time.Second)
	def(&l.BackoffMax, 2*time.Minute)
	def(&l.MaxCrawlDelay, 30*time.Second)
	if l.MaxBody <= 0 {
		l.MaxBody = 10 << 20
	}
	if l.MaxRedirects <= 0 {
		l.MaxRedirects = 5
	}
	if l.Retries < 0 {
		l.Retries = 0
	} else if l.Retries == 0 {
		l.Retries = 3
	}
	return l
}

// Kind is what a fetched resource is expected to be; it decides the
// content types accepted.
type Kind uint8

// The kinds of resource the crawler fetches.
const (
	KindPage    Kind = iota // an HTML page
	KindSitemap             // an XML or text sitemap, maybe gzipped
	KindFeed                // an RSS or Atom feed
	KindRobots              // a robots.txt file: any type is read as text
)

// Request is one resource to fetch.
type Request struct {
	URL          string
	Kind         Kind
	ETag         string              // sent as If-None-Match when set
	LastModified string              // sent as If-Modified-Since when set
	InScope      func(*url.URL) bool // the source's scope; every URL fetched, redirects included, must pass it
	Delay        time.Duration       // the source's minimum gap between two requests to one host
}

// Response is a fetched resource.
type Response struct {
	URL          string // the final URL, after redirects, normalized
	Status       int
	NotModified  bool   // the server answered 304 to a conditional request
	Body         []byte // for an HTML page decoded to UTF-8; otherwise as sent
	ContentType  string
	ETag         string
	LastModified string
	Attempts     int // requests made, retries included
}

// Causes of a failed fetch, as FetchError.Cause gives them; the crawl
// summary counts failures by cause.
const (
	CauseScope       = "out_of_scope"
	CauseRobots      = "robots"
	CauseStatus      = "http_status"
	CauseTimeout     = "timeout"
	CauseNetwork     = "network"
	CauseTooLarge    = "too_large"
	CauseContentType = "content_type"
	CauseMalformed   = "malformed" // a sitemap or feed that does not parse
	CauseRedirects   = "redirects"
	CauseCanceled    = "canceled"
)

// FetchError is a fetch that failed for good (after any retries).
type FetchError struct {
	URL    string
	Cause  string // one of the Cause constants
	Status int    // the last HTTP status, when there was one
	Err    error
}

func (e *FetchError) Error() string {
	return fmt.Sprintf("fetch %s: %v", e.URL, e.Err)
}

func (e *FetchError) Unwrap() error { return e.Err }

// Log attribute keys.
const (
	logURL    = "url"
	logHost   = "host"
	logStatus = "status"
	logCause  = "cause"
	logWait   = "wait"
	logErr    = "err"
)

// Fetcher fetches pages politely: only URLs in the request's scope and
// allowed by the host's robots.txt, one host at a time no faster than the
// larger of the source's delay and the robots Crawl-delay, with bounded
// retries and exponential backoff with jitter on 429, 5xx and network
// errors, honouring Retry-After. It is safe for concurrent use; robots.txt
// rules and rate limiters are kept per host for the Fetcher's lifetime (one
// crawl).
type Fetcher struct {
	userAgent string
	agent     string // the product token robots.txt groups are matched on
	limits    Limits
	client    *http.Client
	logger    *slog.Logger

	mu    sync.Mutex
	hosts map[string]*host
}

// host is what the Fetcher knows of one scheme+host.
type host struct {
	robotsOnce sync.Once
	robots     *discover.Robots
	limiter    *rate.Limiter
	delay      time.Duration // the gap the limiter enforces
}

// NewFetcher returns a Fetcher that identifies itself as userAgent. A nil
// logger discards logs.
func NewFetcher(userAgent string, limits Limits, logger *slog.Logger) *Fetcher {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	limits = limits.withDefaults()
	dialer := &net.Dialer{Timeout: limits.ConnectTimeout, KeepAlive: 30 * time.Second}
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   limits.ConnectTimeout,
		ResponseHeaderTimeout: limits.HeaderTimeout,
		MaxIdleConnsPerHost:   8,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &Fetcher{
		userAgent: userAgent,
		agent:     discover.AgentToken(userAgent),
		limits:    limits,
		client: &http.Client{
			Transport: transport,
			// Redirects are followed by Fetch itself, so that every hop is
			// checked against the scope and robots.txt and rate-limited.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		logger: logger,
		hosts:  make(map[string]*host),
	}
}

// Close releases idle connections.
func (f *Fetcher) Close() {
	f.client.CloseIdleConnections()
}

// host returns the state of the host of u, creating it with the given
// delay; a later, longer delay for the same host wins.
func (f *Fetcher) host(u *url.URL, delay time.Duration) *host {
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[key]
	if !ok {
		h = &host{limiter: rate.NewLimiter(every(delay), 1), delay: delay}
		f.hosts[key] = h
	} else if delay > h.delay {
		h.delay = delay
		h.limiter.SetLimit(every(delay))
	}
	return h
}

// every is the rate of one request per delay; no delay is no limit.
func every(delay time.Duration) rate.Limit {
	if delay <= 0 {
		return rate.Inf
	}
	return rate.Every(delay)
}

// Robots returns the robots.txt rules of u's host, fetching them on first
// use. The robots.txt of a host that an in-scope URL names is fetched even
// when the scope's patterns leave /robots.txt out. Per RFC 9309, a 4xx answer allows everything and a 5xx answer or an
// unreachable host disallows everything.
func (f *Fetcher) Robots(ctx context.Context, u *url.URL, req Request) *discover.Robots {
	h := f.host(u, req.Delay)
	h.robotsOnce.Do(func() {
		robotsURL := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		status, body := f.fetchRobots(ctx, robotsURL, req)
		h.robots = discover.ParseRobots(status, body)
		d := h.robots.CrawlDelay(f.agent)
		if d > f.limits.MaxCrawlDelay {
			f.logger.Warn("robots.txt crawl-delay capped", logHost, u.Host, "crawl_delay", d, "cap", f.limits.MaxCrawlDelay)
			d = f.limits.MaxCrawlDelay
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		if d > h.delay {
			f.logger.Info("robots.txt crawl-delay is longer than the source's delay: using it", logHost, u.Host, "crawl_delay", d, "delay", h.delay)
			h.delay = d
			h.limiter.SetLimit(every(d))
		}
	})
	return h.robots
}

// fetchRobots gets /robots.txt, following up to five redirects within the
// scope (RFC 9309 §2.3.1.2); a redirect out of scope or too many of them
// make the file unavailable, like a 404. It returns the status (0 when the
// host could not be reached) and the body.
func (f *Fetcher) fetchRobots(ctx context.Context, u *url.URL, req Request) (int, []byte) {
	for range 6 {
		resp, err := f.attempt(ctx, u, Request{Kind: KindRobots, Delay: req.Delay})
		if err != nil {
			var fe *FetchError
			if errors.As(err, &fe) && fe.Status != 0 {
				return fe.Status, nil
			}
			f.logger.Warn("robots.txt unreachable: nothing on this host will be fetched", logHost, u.Host, logErr, err)
			return 0, nil
		}
		if loc := resp.location; loc != nil {
			if req.InScope != nil && !req.InScope(loc) {
				return http.StatusNotFound, nil
			}
			u = loc
			continue
		}
		return resp.Status, resp.Body
	}
	return http.StatusNotFound, nil
}

// Fetch gets req.URL, following redirects, and returns the response or a
// *FetchError.
func (f *Fetcher) Fetch(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err == nil {
		u, err = normalize(u)
	}
	if err != nil {
		return nil, &FetchError{URL: req.URL, Cause: CauseScope, Err: err}
	}
	attempts := 0
	for hop := 0; ; hop++ {
		if req.InScope == nil || !req.InScope(u) {
			return nil, &FetchError{URL: u.String(), Cause: CauseScope, Err: errors.New("not in the source's scope")}
		}
		robots := f.Robots(ctx, u, req)
		if !robots.Allowed(f.agent, u.RequestURI()) {
			return nil, &FetchError{URL: u.String(), Cause: CauseRobots, Err: errors.New("disallowed by robots.txt")}
		}
		resp, err := f.withRetries(ctx, u, req, &attempts)
		if err != nil {
			return nil, err
		}
		if resp.location == nil {
			resp.URL = u.String()
			resp.Attempts = attempts
			return &resp.Response, nil
		}
		if hop == f.limits.MaxRedirects {
			return nil, &FetchError{URL: req.URL, Cause: CauseRedirects, Status: resp.Status,
				Err: fmt.Errorf("more than %d redirects", f.limits.MaxRedirects)}
		}
		next, err := normalize(resp.location)
		if err != nil {
			return nil, &FetchError{URL: u.String(), Cause: CauseScope, Status: resp.Status, Err: fmt.Errorf("redirect: %w", err)}
		}
		f.logger.Debug("redirect", logURL, u.String(), "to", next.String(), logStatus, resp.Status)
		u = next
		// A conditional request's validators belong to the first URL.
		req.ETag, req.LastModified = "", ""
	}
}

// withRetries makes up to 1+Retries attempts at u, waiting between them.
func (f *Fetcher) withRetries(ctx context.Context, u *url.URL, req Request, attempts *int) (*attemptResponse, error) {
	for try := 0; ; try++ {
		*attempts++
		resp, err := f.attempt(ctx, u, req)
		if err == nil {
			return resp, nil
		}
		var fe *FetchError
		if !errors.As(err, &fe) || !retryable(fe) || try >= f.limits.Retries {
			return nil, err
		}
		wait := f.backoff(try, fe)
		if wait > f.limits.BackoffMax {
			return nil, &FetchError{URL: fe.URL, Cause: fe.Cause, Status: fe.Status,
				Err: fmt.Errorf("%w (the server asks to wait %v, more than %v)", fe.Err, wait.Round(time.Second), f.limits.BackoffMax)}
		}
		f.logger.Info("retrying", logURL, u.String(), logCause, fe.Cause, logStatus, fe.Status, logWait, wait, "attempt", try+2)
		if err := sleep(ctx, wait); err != nil {
			return nil, &FetchError{URL: u.String(), Cause: CauseCanceled, Err: err}
		}
	}
}

// retryable reports whether a failure may go away by itself: 429, 5xx,
// timeouts and network errors.
func retryable(e *FetchError) bool {
	switch e.Cause {
	case CauseTimeout, CauseNetwork:
		return true
	case CauseStatus:
		return e.Status == http.StatusTooManyRequests || e.Status >= 500
	}
	return false
}

// retryAfterError carries a server's Retry-After.
type retryAfterError struct {
	err   error
	after time.Duration
}

func (e *retryAfterError) Error() string { return e.err.Error() }
func (e *retryAfterError) Unwrap() error { return e.err }

// backoff returns how long to wait before retry number try+1: the
// server's Retry-After when it gave one and it is longer, else
// BackoffBase·2^try with full jitter (a random wait between half and all
// of it), never more than BackoffMax unless the server asked for more.
func (f *Fetcher) backoff(try int, fe *FetchError) time.Duration {
	d := f.limits.BackoffBase << min(try, 20)
	d = d/2 + rand.N(d/2+1)
	var ra *retryAfterError
	if errors.As(fe.Err, &ra) && ra.after > d {
		return ra.after
	}
	return min(d, f.limits.BackoffMax)
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// attemptResponse is one HTTP exchange: a response, or a redirect to
// location.
type attemptResponse struct {
	Response
	location *url.URL
}

// attempt makes one request to u, after waiting for the host's limiter.
func (f *Fetcher) attempt(ctx context.Context, u *url.URL, req Request) (*attemptResponse, error) {
	fail := func(cause string, status int, err error) (*attemptResponse, error) {
		return nil, &FetchError{URL: u.String(), Cause: cause, Status: status, Err: err}
	}
	h := f.host(u, req.Delay)
	// Reserve and sleep rather than limiter.Wait, which fails at once when
	// the wait would pass ctx's deadline: a crawl with a deadline must go
	// on fetching until the deadline, not drop what is queued.
	r := h.limiter.Reserve()
	if d := r.Delay(); d > 0 {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			r.Cancel()
			return fail(CauseCanceled, 0, ctx.Err())
		}
	}
	if err := ctx.Err(); err != nil {
		return fail(CauseCanceled, 0, err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.limits.BodyTimeout)
	defer cancel()
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fail(CauseNetwork, 0, err)
	}
	hreq.Header.Set("User-Agent", f.userAgent)
	hreq.Header.Set("Accept", accept[req.Kind])
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := f.client.Do(hreq)
	if err != nil {
		return fail(netCause(ctx, err), 0, err)
	}
	defer resp.Body.Close()
	out := &attemptResponse{Response: Response{
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode >= 300 && resp.StatusCode < 400 && resp.Header.Get("Location") != "":
		loc, err := u.Parse(resp.Header.Get("Location"))
		if err != nil {
			return fail(CauseRedirects, resp.StatusCode, fmt.Errorf("bad Location header: %w", err))
		}
		out.location = loc
		return out, nil
	case resp.StatusCode != http.StatusOK:
		err := fmt.Errorf("status %s", resp.Status)
		if after, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			err = &retryAfterError{err: err, after: after}
		}
		return fail(CauseStatus, resp.StatusCode, err)
	}
	if ct := out.ContentType; specificType(ct) && !acceptable(req.Kind, ct, nil) {
		// Known to be unwanted before a byte of it is read (a PDF, an
		// image linked from a page).
		return fail(CauseContentType, resp.StatusCode, fmt.Errorf("unexpected content type %q", ct))
	}
	limit := f.limits.MaxBody
	if req.Kind == KindSitemap || req.Kind == KindFeed {
		// The sitemap protocol allows 50 MiB.
		limit = max(limit, discover.MaxSitemapBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return fail(netCause(ctx, err), resp.StatusCode, fmt.Errorf("read body: %w", err))
	}
	if int64(len(body)) > limit {
		return fail(CauseTooLarge, resp.StatusCode, fmt.Errorf("body larger than %d bytes", limit))
	}
	if !acceptable(req.Kind, out.ContentType, body) {
		return fail(CauseContentType, resp.StatusCode, fmt.Errorf("unexpected content type %q", out.ContentType))
	}
	if req.Kind == KindPage && !IsFeedType(out.ContentType) {
		if body, err = DecodeHTML(body, out.ContentType); err != nil {
			return fail(CauseContentType, resp.StatusCode, err)
		}
	}
	out.Body = body
	return out, nil
}

// netCause classifies a transport error.
func netCause(ctx context.Context, err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, context.Canceled):
		return CauseCanceled
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout(), ctx.Err() != nil:
		return CauseTimeout
	}
	return CauseNetwork
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// accept is the Accept header sent for each kind.
var accept = [...]string{
	KindPage:    "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
	KindSitemap: "application/xml,text/xml,application/gzip,text/plain;q=0.8,*/*;q=0.1",
	KindFeed:    "application/rss+xml,application/atom+xml,application/xml,text/xml;q=0.9,*/*;q=0.1",
	KindRobots:  "text/plain,*/*;q=0.1",
}

// acceptable reports whether a body of the given Content-Type can be what
// kind expects. A missing or generic type is judged on the bytes.
func acceptable(kind Kind, contentType string, body []byte) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil || mt == "" || mt == "application/octet-stream" {
		mt, _, _ = mime.ParseMediaType(http.DetectContentType(body))
	}
	xml := mt == "text/xml" || mt == "application/xml" || strings.HasSuffix(mt, "+xml")
	switch kind {
	case KindRobots:
		return true
	case KindPage:
		// A link may lead to a feed: the crawler reads it as one.
		return mt == "text/html" || mt == "application/xhtml+xml" || IsFeedType(contentType)
	case KindSitemap:
		return xml || mt == "text/plain" || mt == "application/gzip" || mt == "application/x-gzip"
	case KindFeed:
		// Feeds are often served as text/html by misconfigured servers;
		// the parser decides.
		return xml || mt == "text/html" || mt == "text/plain" || mt == "application/json"
	}
	return false
}

// specificType reports whether a Content-Type names a type, rather than
// nothing or bytes of any kind.
func specificType(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt != "" && mt != "application/octet-stream"
}

// IsFeedType reports whether a Content-Type is that of an RSS or Atom
// feed.
func IsFeedType(contentType string) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	return mt == "application/rss+xml" || mt == "application/atom+xml"
}

// DecodeHTML returns an HTML page as UTF-8, deciding its charset from the
// byte order mark, the Content-Type header and the page's <meta> tags, in
// that order of precedence (the HTML standard's sniffing, as
// golang.org/x/net/html/charset does it), UTF-8 when nothing says.
func DecodeHTML(body []byte, contentType string) ([]byte, error) {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" {
		return bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}
