package page

import (
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestParseFields")

// parseFile parses a fixture as if fetched from rawURL.
func parseFile(tb testing.TB, path, rawURL string) *Page {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	u, err := url.Parse(rawURL)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := Parse(f, u)
	if err != nil {
		tb.Fatalf("Parse(%s): %v", path, err)
	}
	return p
}

func TestParseFields(t *testing.T) {
	tests := []struct {
		name, url string
	}{
		{"en-jsonld", "https://en.example.vn/economy/da-nang-exports-rise-12-percent-123.html?utm_source=feed#top"},
		{"fr-jsonld", "https://fr.example.vn/economie/exportations-da-nang-123.html"},
		{"meta-only", "https://coastal.example.com/shipping/port-traffic-record"},
		{"time-element", "http://delta.example.net/agriculture/quiet-revolution-rice"},
		{"switcher-base", "https://cdn.example.net/mirror/bridge.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseFile(t, filepath.Join("testdata", "fields", tt.name+".html"), tt.url)
			golden := filepath.Join("testdata", "fields", tt.name+".json")
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want Page
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("Parse mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsArticle(t *testing.T) {
	tests := []struct {
		name, path, url string
		want            bool
	}{
		{"home page", "listing/home.html", "https://news.example.com/", false},
		{"section page", "listing/section.html", "https://news.example.com/world/asia/", false},
		{"tag page", "listing/tag.html", "https://news.example.com/climate-crisis", false},
		{"paginated list", "listing/paginated.html", "https://blog.example.org/news/page/3/", false},
		{"search results", "listing/search.html", "https://news.example.com/search?q=budget", false},
		{"contact page", "listing/contact.html", "https://news.example.com/about/contact-the-newsroom", false},
		// The same pages under a URL that says nothing: the page itself must tell.
		{"home page, plain URL", "listing/home.html", "https://news.example.com/x/item-1.html", false},
		{"section page, plain URL", "listing/section.html", "https://news.example.com/x/item-2.html", false},
		{"tag page, plain URL", "listing/tag.html", "https://news.example.com/x/item-3.html", false},
		{"paginated list, plain URL", "listing/paginated.html", "https://news.example.com/x/item-4.html", false},
		{"search results, plain URL", "listing/search.html", "https://news.example.com/x/item-5.html", false},
		{"contact page, plain URL", "listing/contact.html", "https://news.example.com/x/item-6.html", false},
		{"article with JSON-LD", "fields/en-jsonld.html", "https://en.example.vn/economy/exports-123.html", true},
		{"French article", "fields/fr-jsonld.html", "https://fr.example.vn/economie/exportations-123.html", true},
		{"article with meta tags only", "fields/meta-only.html", "https://coastal.example.com/shipping/port-traffic-record", true},
		{"undeclared article", "fields/time-element.html", "http://delta.example.net/agriculture/quiet-revolution-rice", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseFile(t, filepath.Join("testdata", tt.path), tt.url)
			if p.IsArticle != tt.want {
				t.Errorf("IsArticle = %v, want %v (body %q)", p.IsArticle, tt.want, p.Body)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	plus7 := time.FixedZone("", 7*3600)
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2025-04-02T08:30:00+07:00", time.Date(2025, 4, 2, 8, 30, 0, 0, plus7), true},
		{"2025-04-02T08:30:00.123+0700", time.Date(2025, 4, 2, 8, 30, 0, 123e6, plus7), true},
		{"2025-04-02T08:30+07:00", time.Date(2025, 4, 2, 8, 30, 0, 0, plus7), true},
		{"2025-04-02T08:30:00Z", time.Date(2025, 4, 2, 8, 30, 0, 0, time.UTC), true},
		{"2025-04-02T08:30:00", time.Date(2025, 4, 2, 8, 30, 0, 0, time.UTC), true},
		{"2025-04-02 08:30:00", time.Date(2025, 4, 2, 8, 30, 0, 0, time.UTC), true},
		{"2025-04-02", time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC), true},
		{" 2025-04-02 ", time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC), true},
		{"Wed, 02 Apr 2025 08:30:00 +0700", time.Date(2025, 4, 2, 8, 30, 0, 0, plus7), true},
		{"2025-13-02", time.Time{}, false},
		{"0001-01-01T00:00:00Z", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			continue
		}
		if ok {
			_, gotOff := got.Zone()
			_, wantOff := tt.want.Zone()
			if gotOff != wantOff {
				t.Errorf("parseDate(%q) zone offset %d, want %d", tt.in, gotOff, wantOff)
			}
		}
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct {
		title string
		sites []string
		force bool
		want  string
	}{
		{"Da Nang exports rise | Example News", []string{"Example News"}, false, "Da Nang exports rise"},
		{"Example News - Da Nang exports rise", []string{"Example News"}, false, "Da Nang exports rise"},
		{"Da Nang exports rise - example.com", []string{"Example"}, false, "Da Nang exports rise"},
		{"Exports - a record year", nil, false, "Exports - a record year"},
		{"A quiet revolution in rice farming – Delta Weekly", nil, true, "A quiet revolution in rice farming"},
		{"Rice", nil, true, "Rice"},
	}
	for _, tt := range tests {
		if got := stripSite(tt.title, tt.sites, tt.force); got != tt.want {
			t.Errorf("stripSite(%q, %q, %v) = %q, want %q", tt.title, tt.sites, tt.force, got, tt.want)
		}
	}
}

func TestText(t *testing.T) {
	p := &Page{Title: "Headline", Body: []string{"First.", "Second."}}
	if got, want := p.Text(), "Headline\n\nFirst.\n\nSecond."; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
	p.Lead = "Lead."
	if got, want := p.Text(), "Headline\n\nLead.\n\nFirst.\n\nSecond."; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
	if got := (&Page{}).Text(); got != "" {
		t.Errorf("empty Text() = %q", got)
	}
}

// errReader fails every read.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, os.ErrClosed }

func TestParseReadError(t *testing.T) {
	_, err := Parse(errReader{}, &url.URL{Scheme: "https", Host: "example.com"})
	if err == nil || !strings.Contains(err.Error(), "parse page https://example.com") {
		t.Errorf("Parse(failing reader) error = %v, want a wrapped read error", err)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, in := range []string{"", "<html></html>", "just text", "<p>one</p>"} {
		p, err := Parse(strings.NewReader(in), nil)
		if err != nil {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		if p.IsArticle {
			t.Errorf("Parse(%q).IsArticle = true", in)
		}
	}
}
