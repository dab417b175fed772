package discover

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func readTestdata(tb testing.TB, elem ...string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{"testdata"}, elem...)...))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestRobotsAllowed(t *testing.T) {
	tests := []struct {
		file  string
		agent string
		path  string
		want  bool
	}{
		// Group selection: our own group, not the * one.
		{"agents.txt", "diglot", "/private/x", true},
		{"agents.txt", "diglot", "/tmp/x", true},
		{"agents.txt", "Diglot", "/search", false},
		{"agents.txt", "diglot/1.0 (+https://example.org/contact)", "/search", false},
		{"agents.txt", "otherbot", "/search", false},
		{"agents.txt", "somebot", "/private/x", false},
		{"agents.txt", "somebot", "/private/press/2026", true},
		{"agents.txt", "somebot", "/tmp", false},
		{"agents.txt", "somebot", "/tmpfile", false},
		{"agents.txt", "somebot", "/search", true},
		{"agents.txt", "", "/private/x", false},
		{"agents.txt", "badbot", "/", false},
		// A group for "dig" is not one for "diglot", nor "diglot" for "diglotx".
		{"agents.txt", "dig", "/anything", false},
		{"agents.txt", "diglotx", "/search", true},
		{"agents.txt", "diglotx", "/private/x", false},
		// Longest match wins.
		{"agents.txt", "diglot", "/search?q=export", false},
		{"agents.txt", "diglot", "/search/help", true},
		{"agents.txt", "diglot", "/search/helpful", true},
		{"agents.txt", "diglot", "/searching", false},
		{"agents.txt", "diglot", "/archive/2024/x", false},
		{"agents.txt", "diglot", "/archive/2024/public/x", true},
		// Wildcards and $.
		{"agents.txt", "diglot", "/report.pdf", false},
		{"agents.txt", "diglot", "/docs/report.pdf", false},
		{"agents.txt", "diglot", "/report.pdf?download=1", true},
		{"agents.txt", "diglot", "/report.pdfx", true},
		{"agents.txt", "diglot", "/news/a?print=1", false},
		{"agents.txt", "diglot", "/news/a?page=2&print=1", true},
		{"agents.txt", "diglot", "/private-notes/draft", false},
		{"agents.txt", "diglot", "/privatedraft", false},
		// Patterns match from the start of the path only.
		{"agents.txt", "diglot", "/blog/private-notes/draft", true},
		{"agents.txt", "diglot", "/news/archive/x", true},
		// /robots.txt is always allowed.
		{"agents.txt", "badbot", "/robots.txt", true},

		{"precedence.txt", "shorter", "/page", true},
		{"precedence.txt", "shorter", "/other", false},
		{"precedence.txt", "tie", "/folder/page", true},
		{"precedence.txt", "wildlonger", "/page.htm", false},
		{"precedence.txt", "wildlonger", "/page.html", false},
		{"precedence.txt", "wildlonger", "/page", true},
		{"precedence.txt", "endanchor", "/", true},
		{"precedence.txt", "endanchor", "/page.htm", false},
		{"precedence.txt", "star", "/", false},
		{"precedence.txt", "star", "/x", false},
		{"precedence.txt", "encoded", "/caf%C3%A9/menu", false},
		{"precedence.txt", "encoded", "/caf%c3%a9", false},
		{"precedence.txt", "encoded", "/café", false},
		{"precedence.txt", "encoded", "/cafe", true},
		{"precedence.txt", "encoded", "/%7Euser/page", false},
		{"precedence.txt", "encoded", "/~user/page", true},
		{"precedence.txt", "encoded", "/foo/%62%61%7a", false},
		{"precedence.txt", "encoded", "/foo/baz", true},
		{"precedence.txt", "nobody", "/anything", true},

		// Malformed lines are skipped, not fatal.
		{"malformed.txt", "diglot", "/before-any-group", true},
		{"malformed.txt", "diglot", "/a", false},
		{"malformed.txt", "diglot", "/bee", false},
		{"malformed.txt", "diglot", "/c", true},
		{"malformed.txt", "open", "/anything", true},
		{"malformed.txt", "somebot", "/anything", false},

		{"crlf.txt", "diglot", "/cgi-bin/x", false},
		{"crlf.txt", "diglot", "/news", true},
	}
	for _, tt := range tests {
		r := ParseRobots(200, readTestdata(t, "robots", tt.file))
		if got := r.Allowed(tt.agent, tt.path); got != tt.want {
			t.Errorf("%s: Allowed(%q, %q) = %v, want %v", tt.file, tt.agent, tt.path, got, tt.want)
		}
	}
}

func TestRobotsCrawlDelay(t *testing.T) {
	tests := []struct {
		file  string
		agent string
		want  time.Duration
	}{
		{"agents.txt", "diglot", 1500 * time.Millisecond},
		{"agents.txt", "otherbot", 1500 * time.Millisecond},
		{"agents.txt", "somebot", 2 * time.Second},
		{"agents.txt", "badbot", 10 * time.Second},
		{"agents.txt", "dig", 0},
		{"precedence.txt", "tie", 0},
		{"malformed.txt", "diglot", 0},
	}
	for _, tt := range tests {
		r := ParseRobots(200, readTestdata(t, "robots", tt.file))
		if got := r.CrawlDelay(tt.agent); got != tt.want {
			t.Errorf("%s: CrawlDelay(%q) = %v, want %v", tt.file, tt.agent, got, tt.want)
		}
	}
	huge := ParseRobots(200, []byte("User-agent: *\nCrawl-delay: 1e300\n"))
	if got := huge.CrawlDelay("diglot"); got != 24*time.Hour {
		t.Errorf("CrawlDelay of 1e300 seconds = %v, want 24h", got)
	}
}

func TestRobotsSitemaps(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"agents.txt", []string{"https://example.org/sitemap-index.xml", "https://example.org/news-sitemap.xml.gz"}},
		{"crlf.txt", []string{"https://example.org/s.xml"}},
		{"precedence.txt", nil},
	}
	for _, tt := range tests {
		r := ParseRobots(200, readTestdata(t, "robots", tt.file))
		if diff := cmp.Diff(tt.want, r.Sitemaps()); diff != "" {
			t.Errorf("%s: Sitemaps mismatch (-want +got):\n%s", tt.file, diff)
		}
	}
	// A 4xx or 5xx answer has no sitemaps, whatever its body.
	if got := ParseRobots(404, readTestdata(t, "robots", "agents.txt")).Sitemaps(); got != nil {
		t.Errorf("Sitemaps of a 404 = %q, want none", got)
	}
}

func TestParseRobotsStatus(t *testing.T) {
	body := []byte("User-agent: *\nDisallow: /private/\n")
	tests := []struct {
		name        string
		status      int
		body        []byte
		wantPublic  bool
		wantPrivate bool
	}{
		{"200", 200, body, true, false},
		{"200 empty", 200, nil, true, true},
		{"200 comments only", 200, []byte("# nothing\n\n"), true, true},
		{"203", 203, body, true, false},
		{"301 not followed", 301, nil, true, true},
		{"404", 404, body, true, true},
		{"403", 403, nil, true, true},
		{"401", 401, nil, true, true},
		{"410", 410, nil, true, true},
		{"429", 429, nil, false, false},
		{"500", 500, body, false, false},
		{"503", 503, nil, false, false},
		{"unreachable", 0, nil, false, false},
		{"100", 100, nil, false, false},
		{"600", 600, nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ParseRobots(tt.status, tt.body)
			got := [2]bool{r.Allowed("diglot", "/news/a"), r.Allowed("diglot", "/private/a")}
			want := [2]bool{tt.wantPublic, tt.wantPrivate}
			if got != want {
				t.Errorf("Allowed(/news/a, /private/a) = %v, want %v", got, want)
			}
			if !r.Allowed("diglot", "/robots.txt") {
				t.Error("/robots.txt disallowed")
			}
		})
	}
}

func TestRobotsZero(t *testing.T) {
	var nilRobots *Robots
	for _, r := range []*Robots{nilRobots, {}} {
		if !r.Allowed("diglot", "/x") || r.CrawlDelay("diglot") != 0 || r.Sitemaps() != nil {
			t.Errorf("%#v does not allow everything", r)
		}
	}
}

func TestRobotsSizeLimit(t *testing.T) {
	// The rule past MaxRobotsBytes is not read; the one before it is.
	var b strings.Builder
	b.WriteString("User-agent: *\nDisallow: /early\n")
	for b.Len() < MaxRobotsBytes {
		b.WriteString("# padding padding padding padding padding padding padding\n")
	}
	b.WriteString("Disallow: /late\n")
	r := ParseRobots(200, []byte(b.String()))
	if r.Allowed("diglot", "/early") || !r.Allowed("diglot", "/late") {
		t.Errorf("Allowed(/early, /late) = %v, %v; want false, true",
			r.Allowed("diglot", "/early"), r.Allowed("diglot", "/late"))
	}
}

func TestAgentToken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"diglot/1.0 (+https://example.org/contact)", "diglot"},
		{"diglot", "diglot"},
		{"  Diglot-Bot_2", "Diglot-Bot_"},
		{"Mozilla/5.0 (compatible; diglot/1.0)", "Mozilla"},
		{"", ""},
		{"/1.0", ""},
	}
	for _, tt := range tests {
		if got := AgentToken(tt.in); got != tt.want {
			t.Errorf("AgentToken(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseRobots(f *testing.F) {
	for _, name := range []string{"agents.txt", "precedence.txt", "malformed.txt", "crlf.txt"} {
		f.Add(200, readTestdata(f, "robots", name), "diglot", "/search?q=1")
	}
	f.Add(200, []byte("User-agent: *\nDisallow: /*$*$\nAllow: \x00\xff%\nCrawl-delay: -0\n"), "", "")
	f.Fuzz(func(t *testing.T, status int, body []byte, agent, path string) {
		r := ParseRobots(status, body)
		r.Allowed(agent, path)
		if d := r.CrawlDelay(agent); d < 0 || d > 24*time.Hour {
			t.Errorf("CrawlDelay = %v", d)
		}
		r.Sitemaps()
		if !r.Allowed(agent, "/robots.txt") {
			t.Error("/robots.txt disallowed")
		}
	})
}

func BenchmarkParseRobots(b *testing.B) {
	body := readTestdata(b, "robots", "agents.txt")
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		ParseRobots(200, body)
	}
}

func BenchmarkRobotsAllowed(b *testing.B) {
	r := ParseRobots(200, readTestdata(b, "robots", "agents.txt"))
	for b.Loop() {
		r.Allowed("diglot", "/archive/2024/public/story.html?page=2")
	}
}
