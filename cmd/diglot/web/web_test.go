package web

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"diglot.dev/diglot/index"
)

// fakeSearcher answers with a fixed result or error and records the
// requests it was given.
type fakeSearcher struct {
	mu   sync.Mutex
	reqs []index.Request
	res  *index.Result
	err  error
	docs map[string]index.Doc
	dErr error
}

func (f *fakeSearcher) Search(ctx context.Context, r index.Request) (*index.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reqs = append(f.reqs, r)
	if f.err != nil {
		return nil, f.err
	}
	if f.res == nil {
		return &index.Result{}, nil
	}
	return f.res, nil
}

func (f *fakeSearcher) Doc(id string) (index.Doc, bool, error) {
	if f.dErr != nil {
		return index.Doc{}, false, f.dErr
	}
	d, ok := f.docs[id]
	return d, ok, nil
}

func (f *fakeSearcher) last(t testing.TB) index.Request {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.reqs) == 0 {
		t.Fatal("the searcher was not asked")
	}
	return f.reqs[len(f.reqs)-1]
}

// get serves one GET request and returns the response and its body.
func get(t testing.TB, h http.Handler, target string) (*http.Response, string) {
	t.Helper()
	return do(t, h, http.MethodGet, target)
}

func do(t testing.TB, h http.Handler, method, target string) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequestWithContext(t.Context(), method, target, nil))
	resp := rec.Result()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func newPage(t testing.TB, s Searcher, opt Options) http.Handler {
	t.Helper()
	p, err := New(s, opt)
	if err != nil {
		t.Fatal(err)
	}
	return p.Handler()
}

func mustFact(t testing.TB, expr string) *index.FactFilter {
	t.Helper()
	f, err := index.ParseFactFilter(expr)
	if err != nil {
		t.Fatalf("ParseFactFilter(%q): %v", expr, err)
	}
	return f
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestRequests(t *testing.T) {
	tests := []struct {
		name   string
		target string
		want   func(t testing.TB) index.Request
	}{
		{"front page", "/", func(testing.TB) index.Request { return index.Request{Limit: 20} }},
		{"query", "/?q=exportations+2024", func(testing.TB) index.Request {
			return index.Request{Query: "exportations 2024", Limit: 20}
		}},
		{"query trimmed", "/?q=%20%20port%20", func(testing.TB) index.Request { return index.Request{Query: "port", Limit: 20} }},
		{"filters", "/?q=port&lang=fr&source=city-news&since=2025-03&until=2025", func(testing.TB) index.Request {
			return index.Request{Query: "port", Lang: "fr", Source: "city-news", Since: day("2025-03-01"), Until: day("2026-01-01"), Limit: 20}
		}},
		{"one day", "/?since=2025-03-04&until=2025-03-04", func(testing.TB) index.Request {
			return index.Request{Since: day("2025-03-04"), Until: day("2025-03-05"), Limit: 20}
		}},
		{"empty fields", "/?q=&lang=&source=&since=&until=&fact=", func(testing.TB) index.Request { return index.Request{Limit: 20} }},
		{"page", "/?q=port&page=3", func(testing.TB) index.Request { return index.Request{Query: "port", Limit: 20, Offset: 40} }},
		{"last page", "/?page=501", func(testing.TB) index.Request { return index.Request{Limit: 20, Offset: 10000} }},
		{"fact", "/?fact=money%3E%3D1e9+USD", func(t testing.TB) index.Request {
			return index.Request{Fact: mustFact(t, "money>=1e9 USD"), Limit: 20}
		}},
		{"fact status", "/?q=budget&fact=money+status%3Dmismatch", func(t testing.TB) index.Request {
			return index.Request{Query: "budget", Fact: mustFact(t, "money status=mismatch"), Limit: 20}
		}},
		{"page ignores limit", "/?limit=5", func(testing.TB) index.Request { return index.Request{Limit: 20} }},
		{"api", "/api/search?q=port&lang=en", func(testing.TB) index.Request { return index.Request{Query: "port", Lang: "en", Limit: 20} }},
		{"api limit offset", "/api/search?q=port&limit=5&offset=10", func(testing.TB) index.Request {
			return index.Request{Query: "port", Limit: 5, Offset: 10}
		}},
		{"api page", "/api/search?limit=10&page=3", func(testing.TB) index.Request { return index.Request{Limit: 10, Offset: 20} }},
		{"api fact", "/api/search?fact=date%3D2025-Q1", func(t testing.TB) index.Request {
			return index.Request{Fact: mustFact(t, "date=2025-Q1"), Limit: 20}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &fakeSearcher{}
			resp, body := get(t, newPage(t, s, Options{}), tt.target)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %s: %s", resp.Status, body)
			}
			if diff := cmp.Diff(tt.want(t), s.last(t)); diff != "" {
				t.Errorf("request mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStatus(t *testing.T) {
	long := strings.Repeat("a", 501)
	tests := []struct {
		name     string
		method   string
		target   string
		err      error // the searcher's
		dErr     error // Doc's
		opt      Options
		status   int
		contains []string
		type_    string
	}{
		{name: "page", target: "/", status: 200, contains: []string{`<form`, `name="fact"`, "money&gt;=1e9 USD", "percent concept=exports", "date=2025-Q1", "money status=mismatch"}, type_: "text/html"},
		{name: "healthz", target: "/healthz", status: 200, contains: []string{"ok"}, type_: "text/plain"},
		{name: "style", target: "/static/style.css", status: 200, contains: []string{".versions"}, type_: "text/css"},
		{name: "script", target: "/static/page.js", status: 200, contains: []string{"requestSubmit"}, type_: "javascript"},
		{name: "no static listing", target: "/static/", status: 404},
		{name: "static missing", target: "/static/nope.css", status: 404},
		{name: "unknown page", target: "/nope", status: 404, contains: []string{"Not Found", "page /nope not found"}, type_: "text/html"},
		{name: "unknown api", target: "/api/nope", status: 404, contains: []string{`"error"`}, type_: "application/json"},
		{name: "post", method: "POST", target: "/", status: 405, type_: "text/html"},
		{name: "post api", method: "POST", target: "/api/search", status: 405, contains: []string{`"error"`}, type_: "application/json"},
		{name: "delete article", method: "DELETE", target: "/article/x", status: 405},
		{name: "head", method: "HEAD", target: "/", status: 200},
		{name: "unknown article", target: "/article/nope", status: 404, contains: []string{"article nope not found"}},
		{name: "unknown article api", target: "/api/articles/nope", status: 404, contains: []string{`{"error":"article nope not found"}`}, type_: "application/json"},
		{name: "long id", target: "/article/" + strings.Repeat("x", 201), status: 404},
		{name: "query too long", target: "/?q=" + long, status: 400, contains: []string{"the query is 501 bytes long: at most 500", `value="` + long + `"`}},
		{name: "query too long api", target: "/api/search?q=" + long, status: 400, contains: []string{`{"error":"the query is 501 bytes long: at most 500, please shorten it"}`}},
		{name: "max query option", target: "/?q=abcdef", opt: Options{MaxQuery: 5}, status: 400, contains: []string{"at most 5"}},
		{name: "bad lang", target: "/?lang=%3Cb%3E", status: 400, contains: []string{"language &#34;&lt;b&gt;&#34;: want a code such as en or fr"}},
		{name: "bad since", target: "/?since=yesterday", status: 400, contains: []string{"since date &#34;yesterday&#34;: want YYYY, YYYY-MM or YYYY-MM-DD"}},
		{name: "dates reversed", target: "/?since=2025-05-01&until=2025-04-01", status: 400, contains: []string{"wrong way round"}},
		{name: "page zero", target: "/?page=0", status: 400, contains: []string{"page &#34;0&#34;: want a whole number from 1 to 501"}},
		{name: "page too deep", target: "/?page=502", status: 400, contains: []string{"from 1 to 501"}},
		{name: "page not a number", target: "/?page=two", status: 400},
		{name: "api limit", target: "/api/search?limit=101", status: 400, contains: []string{"limit \\\"101\\\": want a whole number from 1 to 100"}},
		{name: "api offset", target: "/api/search?offset=10001", status: 400},
		{name: "bad escape", target: "/?q=%zz", status: 400},
		{name: "bad fact", target: "/?fact=money%3E%3E1e9", status: 400, contains: []string{"fact filter", "money&gt;&gt;1e9"}},
		{name: "bad fact api", target: "/api/search?fact=money%3E%3E1e9", status: 400, contains: []string{`"error":"fact filter “money\u003e\u003e1e9”`}},
		{name: "fact too long", target: "/?fact=" + strings.Repeat("m", 201), status: 400},
		{name: "bad query", target: "/?q=title%3A%28", err: &index.BadQueryError{Query: "title:(", Err: errors.New("syntax error at offset 7")},
			status: 400, contains: []string{"Cannot search", "the query “title:(” cannot be read: syntax error at offset 7", `value="title:("`}},
		{name: "bad query api", target: "/api/search?q=title%3A%28", err: &index.BadQueryError{Query: "title:(", Err: errors.New("syntax error")},
			status: 400, contains: []string{`{"error":"the query “title:(” cannot be read: syntax error"}`}},
		{name: "filter error from search", target: "/?q=x", err: fmtWrap(&index.FilterError{Expr: "money>x", Part: ">x", Reason: "want a number"}),
			status: 400, contains: []string{"fact filter “money&gt;x”: “&gt;x”: want a number"}},
		{name: "internal", target: "/?q=port", err: errors.New("read segment /secret/path: i/o error"), status: 500,
			contains: []string{"something went wrong on the server"}, type_: "text/html"},
		{name: "internal api", target: "/api/search?q=port", err: errors.New("read segment /secret/path: i/o error"), status: 500,
			contains: []string{`{"error":"something went wrong on the server; the details are in its log"}`}},
		{name: "internal article", target: "/article/a", dErr: errors.New("bolt: /secret/path"), status: 500},
		{name: "timeout", target: "/?q=port", err: context.DeadlineExceeded, status: 503, contains: []string{"took too long"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &fakeSearcher{err: tt.err, dErr: tt.dErr}
			var logs strings.Builder
			tt.opt.Logger = slog.New(slog.NewTextHandler(&logs, nil))
			method := tt.method
			if method == "" {
				method = http.MethodGet
			}
			resp, body := do(t, newPage(t, s, tt.opt), method, tt.target)
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d\n%s", resp.StatusCode, tt.status, body)
			}
			for _, c := range tt.contains {
				if !strings.Contains(body, c) {
					t.Errorf("body lacks %q:\n%s", c, body)
				}
			}
			if strings.Contains(body, "/secret/path") {
				t.Errorf("an internal error's details reach the user:\n%s", body)
			}
			if resp.StatusCode >= 500 && !strings.Contains(logs.String(), "/secret/path") && tt.err != context.DeadlineExceeded {
				t.Errorf("an internal error was not logged: %q", logs.String())
			}
			if tt.type_ != "" && !strings.Contains(resp.Header.Get("Content-Type"), tt.type_) {
				t.Errorf("Content-Type %q, want %s", resp.Header.Get("Content-Type"), tt.type_)
			}
			if resp.StatusCode == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("405 without Allow: GET, HEAD")
			}
			for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
				if resp.Header.Get(h) == "" {
					t.Errorf("no %s header", h)
				}
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
		})
	}
}

func fmtWrap(err error) error { return errors.Join(errors.New("search"), err) }

// hostile is a crawled article trying every trick.
var hostile = index.Doc{
	ID:     "evil",
	Lang:   "en",
	Source: `"><img src=x onerror=alert(2)>`,
	URL:    "javascript:alert(3)",
	Title:  "<script>alert(1)</script>",
	Lead:   `Lead with "quotes" & <b>tags</b>`,
	Body:   "Body paragraph <iframe src=//evil>.\n\nSecond </p><script>alert(4)</script> paragraph costs US$2 billion.",
	Pair:   "evil-fr\"><script>",
	Facts: []index.Fact{{Kind: "money", Value: "2000000000", Unit: "USD", Status: "mismatch",
		Reason: `<script>alert(5)</script>`, Text: "US$2 billion", Other: "<b>2 milliards</b>"}},
}

func init() {
	text := hostile.Text()
	i := strings.Index(text, "US$2 billion")
	hostile.Facts[0].Start, hostile.Facts[0].End = i, i+len("US$2 billion")
}

func TestEscaping(t *testing.T) {
	s := &fakeSearcher{
		res: &index.Result{Total: 1, Hits: []index.Hit{{
			ID: hostile.ID, URL: hostile.URL, Lang: hostile.Lang, Title: hostile.Title, Source: hostile.Source,
			Snippet:   []index.Segment{{Text: "before <script>alert(6)</script> "}, {Text: "<marked>", Mark: true}, {Text: " after"}},
			Pair:      hostile.Pair,
			PairTitle: "<img src=x onerror=alert(7)>",
			Facts:     hostile.Facts,
		}}, Facets: index.Facets{Source: []index.FacetCount{{Name: hostile.Source, Count: 1}}}},
		docs: map[string]index.Doc{"evil": hostile},
	}
	h := newPage(t, s, Options{})
	for _, target := range []string{"/?q=alert", "/article/evil"} {
		t.Run(target, func(t *testing.T) {
			resp, body := get(t, h, target)
			if resp.StatusCode != 200 {
				t.Fatalf("status %s", resp.Status)
			}
			for _, bad := range []string{"<script>alert", "<img src=x", "<iframe", "javascript:", "<b>", "onerror=alert(2)>", "</p><script>"} {
				if strings.Contains(body, bad) {
					t.Errorf("the page holds %q unescaped", bad)
				}
			}
			if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
				t.Errorf("the title is not shown as text")
			}
		})
	}
	_, body := get(t, h, "/?q=alert")
	if !strings.Contains(body, "<mark>&lt;marked&gt;</mark>") {
		t.Errorf("the snippet's mark is not a <mark> with escaped text")
	}
	_, body = get(t, h, "/article/evil")
	if !strings.Contains(body, `title="money · 2000000000 USD · mismatch: &lt;script&gt;alert(5)&lt;/script&gt; (FR: &lt;b&gt;2 milliards&lt;/b&gt;)"`) {
		t.Errorf("the mismatch's reason is not in the fact's title attribute")
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://en.example.vn/a?b=c": "https://en.example.vn/a?b=c",
		"http://fr.example.vn/":       "http://fr.example.vn/",
		" https://x.vn/ ":             "https://x.vn/",
		"javascript:alert(1)":         "",
		"JAVASCRIPT:alert(1)":         "",
		"data:text/html,<script>":     "",
		"//evil.example/":             "",
		"/relative":                   "",
		"ftp://x.vn/":                 "",
		"https:///nohost":             "",
		"":                            "",
	} {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJSON(t *testing.T) {
	en := index.Doc{ID: "en1", Lang: "en", Title: "Exports rise", Body: "Exports rose 12%.", Pair: "fr1",
		Facts: []index.Fact{{Kind: "percent", Value: "12", Unit: "%", Status: "match", Text: "12%", Start: 27, End: 30}}}
	fr := index.Doc{ID: "fr1", Lang: "fr", Title: "Les exportations progressent", Pair: "en1"}
	solo := index.Doc{ID: "solo", Lang: "fr", Title: "Seul"}
	s := &fakeSearcher{
		res:  &index.Result{Total: 1, Took: 3 * time.Millisecond, Hits: []index.Hit{{ID: "en1", Lang: "en", Title: "Exports rise"}}},
		docs: map[string]index.Doc{"en1": en, "fr1": fr, "solo": solo},
	}
	h := newPage(t, s, Options{})

	keys := func(t *testing.T, body string) []string {
		t.Helper()
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			t.Fatalf("%v: %s", err, body)
		}
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}

	resp, body := get(t, h, "/api/search?q=exports")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("%s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	if diff := cmp.Diff([]string{"facets", "hits", "took_ms", "total"}, keys(t, body)); diff != "" {
		t.Errorf("search keys mismatch (-want +got):\n%s", diff)
	}
	wantRes, _ := json.Marshal(s.res.JSON())
	if strings.TrimSpace(body) != string(wantRes) {
		t.Errorf("/api/search is not (*Result).JSON():\n got %s\nwant %s", body, wantRes)
	}

	_, body = get(t, h, "/api/articles/en1")
	if diff := cmp.Diff([]string{"article", "pair"}, keys(t, body)); diff != "" {
		t.Errorf("article keys mismatch (-want +got):\n%s", diff)
	}
	var got struct {
		Article index.DocJSON  `json:"article"`
		Pair    *index.DocJSON `json:"pair"`
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(en.JSON(), got.Article); diff != "" {
		t.Errorf("article mismatch (-want +got):\n%s", diff)
	}
	if got.Pair == nil {
		t.Fatal(`"pair" is null for a paired article`)
	}
	if diff := cmp.Diff(fr.JSON(), *got.Pair); diff != "" {
		t.Errorf("pair mismatch (-want +got):\n%s", diff)
	}

	_, body = get(t, h, "/api/articles/solo")
	if !strings.Contains(body, `"pair":null`) {
		t.Errorf("an article without a translation: want \"pair\":null, got %s", body)
	}
}

func TestSearchPage(t *testing.T) {
	s := &fakeSearcher{res: &index.Result{
		Total: 45,
		Took:  12 * time.Millisecond,
		Hits: []index.Hit{{
			ID: "fr1", URL: "https://fr.example.vn/eco", Lang: "fr", Title: "L’économie de Đà Nẵng", Source: "city-news",
			Published: time.Date(2025, 3, 4, 8, 0, 0, 0, time.UTC),
			Snippet:   []index.Segment{{Text: "Les "}, {Text: "exportations", Mark: true}, {Text: " progressent"}},
			Pair:      "en1", PairTitle: "Da Nang's economy",
			Facts: []index.Fact{{Kind: "money", Value: "2000000000", Unit: "USD", Status: "mismatch", Text: "2 milliards USD"}},
		}},
		Facets: index.Facets{
			Lang:   []index.FacetCount{{Name: "fr", Count: 30}, {Name: "en", Count: 15}},
			Source: []index.FacetCount{{Name: "city-news", Count: 45}},
			Month:  []index.FacetCount{{Name: "2025-03", Count: 45}},
		},
	}}
	h := newPage(t, s, Options{})
	_, body := get(t, h, "/?q=exportations&lang=fr&page=2")
	for _, want := range []string{
		"<strong>45</strong> articles",
		"in 12 ms",
		"21–21",
		`<a href="/article/fr1">L’économie de Đà Nẵng</a>`,
		"<mark>exportations</mark>",
		`<time datetime="2025-03-04T08:00:00Z">4 Mar 2025</time>`,
		`<a class="pair-link" href="/article/en1">Da Nang&#39;s economy</a>`,
		`2 milliards USD <span class="st">mismatch</span>`,
		// the active language facet removes the filter; the others add theirs
		`<a href="/?q=exportations" class="on" aria-current="true" title="remove this filter"><span class="name">Français</span>`,
		`<a href="/?lang=en&amp;q=exportations"><span class="name">English</span> <span class="count">15</span>`,
		`<a href="/?lang=fr&amp;q=exportations&amp;source=city-news">`,
		`<a href="/?lang=fr&amp;q=exportations&amp;since=2025-03-01&amp;until=2025-03-31"><span class="name">Mar 2025</span>`,
		// pages: 45 hits, 3 pages, on page 2
		`<a href="/?lang=fr&amp;q=exportations" rel="prev">`,
		`<a href="/?lang=fr&amp;page=3&amp;q=exportations" rel="next">`,
		`aria-current="page">2</a>`,
		// the examples keep the search
		`<a href="/?fact=money%3E%3D1e9&#43;USD&amp;lang=fr&amp;q=exportations"`,
		`language: Français`,
		`<option value="fr" selected>Français</option>`,
		`<a class="orig" href="https://fr.example.vn/eco" rel="noreferrer noopener nofollow">fr.example.vn ↗</a>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if t.Failed() {
		t.Log(body)
	}

	// A month facet set shows as a date range that removes both dates.
	_, body = get(t, h, "/?since=2025-03&until=2025-03")
	for _, want := range []string{`value="2025-03-01"`, `value="2025-03-31"`, `from 2025-03-01 to 2025-03-31`, `<a href="/" class="on"`} {
		if !strings.Contains(body, want) {
			t.Errorf("month filter: page lacks %s", want)
		}
	}
}

func TestPaginate(t *testing.T) {
	labels := func(p pagination) string {
		var s []string
		for _, l := range p.Links {
			if l.Active {
				s = append(s, "["+l.Label+"]")
			} else {
				s = append(s, l.Label)
			}
		}
		return strings.Join(s, " ")
	}
	tests := []struct {
		total      uint64
		page       int
		want       string
		prev, next bool
	}{
		{0, 1, "", false, false},
		{20, 1, "", false, false},
		{21, 1, "[1] 2", false, true},
		{45, 2, "1 [2] 3", true, true},
		{200, 1, "[1] 2 3 … 10", false, true},
		{200, 6, "1 … 4 5 [6] 7 8 … 10", true, true},
		{200, 7, "1 … 5 6 [7] 8 9 10", true, true},
		{200, 10, "1 … 8 9 [10]", true, false},
		{1_000_000, 501, "1 … 499 500 [501]", true, false},
		{30, 5, "1 2", true, false}, // beyond the results: back to the last page
	}
	for _, tt := range tests {
		p := paginate(form{Page: tt.page}, tt.total)
		if got := labels(p); got != tt.want || (p.Prev != "") != tt.prev || (p.Next != "") != tt.next {
			t.Errorf("paginate(%d hits, page %d) = %q prev %q next %q, want %q prev %v next %v", tt.total, tt.page, got, p.Prev, p.Next, tt.want, tt.prev, tt.next)
		}
	}
}
