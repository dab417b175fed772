package discover

import (
	"bytes"
	"errors"
	"io"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustURL(tb testing.TB, s string) *url.URL {
	tb.Helper()
	u, err := url.Parse(s)
	if err != nil {
		tb.Fatal(err)
	}
	return u
}

func TestParseFeed(t *testing.T) {
	tests := []struct {
		name string
		file string
		base string
		want []Item
	}{
		{"rss", "rss.xml", "https://fr.example.org/economie/rss.xml", []Item{
			{
				Link:      "https://fr.example.org/actualites/2026/11/exportations",
				Title:     "Les exportations atteignent 39 888 milliards de dongs",
				Published: date(t, "2026-11-02T08:15:00+07:00"),
				Lang:      "fr",
			},
			{
				Link:      "https://fr.example.org/economie/budget.html",
				Title:     "Budget : le déficit recule",
				Published: date(t, "2026-11-03T06:00:00Z"),
				Lang:      "fr",
			},
			{Link: "https://en.example.org/digest", Title: "English digest", Lang: "en"},
			{Link: "https://fr.example.org/actualites/guid-seulement", Title: "Only a guid", Lang: "fr"},
		}},
		{"rss without base", "rss.xml", "", []Item{
			{Link: "https://en.example.org/digest", Title: "English digest", Lang: "en"},
			{Link: "https://fr.example.org/actualites/guid-seulement", Title: "Only a guid", Lang: "fr"},
		}},
		{"atom", "atom.xml", "https://en.example.org/feeds/economy.atom", []Item{
			{
				Link:      "https://en.example.org/news/2026/11/exports",
				Title:     "Exports reach 39.88 trillion dong",
				Published: date(t, "2026-11-02T08:15:00+07:00"),
				Lang:      "en",
			},
			{
				Link:      "https://en.example.org/news/2026/11/budget",
				Title:     "Budget & deficit",
				Published: date(t, "2026-11-03T06:00:00Z"),
				Lang:      "en",
			},
			{Link: "https://en.example.org/news/undated", Title: "Undated", Lang: "en"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var base *url.URL
			if tt.base != "" {
				base = mustURL(t, tt.base)
			}
			got, err := ParseFeed(bytes.NewReader(readTestdata(t, "feed", tt.file)), base)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseFeed mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseFeedErrors(t *testing.T) {
	text := func(s string) func() io.Reader { return func() io.Reader { return strings.NewReader(s) } }
	tests := []struct {
		name    string
		in      func() io.Reader
		wantErr error // nil: any error
		heavy   bool  // takes seconds under the race detector
	}{
		{"empty", text(""), nil, false},
		{"html", text("<!doctype html><html><body>Not found</body></html>"), nil, false},
		{"sitemap", text(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://e.org/</loc></url></urlset>`), nil, false},
		{"truncated", text(`<rss version="2.0"><channel><item><title>a</title>`), nil, false},
		// gofeed reads a JSON Feed whole before parsing it: the quickest
		// way to read past the limit.
		{"too large", func() io.Reader {
			return newRepeatReader(`{"version": "https://jsonfeed.org/version/1.1", "title": "`, strings.Repeat("x", 1024), `"}`, MaxFeedBytes/1024+1)
		}, ErrLimit, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.heavy && (testing.Short() || raceEnabled) {
				t.Skip("slow under -short or -race")
			}
			items, err := ParseFeed(tt.in(), nil)
			if err == nil {
				t.Fatalf("ParseFeed = %+v, want an error", items)
			}
			if !strings.HasPrefix(err.Error(), "parse feed: ") {
				t.Errorf("error %q does not name the operation", err)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func FuzzParseFeed(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml"} {
		f.Add(readTestdata(f, "feed", name))
	}
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"/a"}]}`))
	base := mustURL(f, "https://example.org/feed/")
	f.Fuzz(func(t *testing.T, in []byte) {
		items, err := ParseFeed(bytes.NewReader(in), base)
		if err != nil {
			return
		}
		for _, it := range items {
			u, err := url.Parse(it.Link)
			if err != nil || !u.IsAbs() {
				t.Errorf("link %q is not absolute", it.Link)
			}
		}
	})
}

func BenchmarkParseFeed(b *testing.B) {
	in := readTestdata(b, "feed", "rss.xml")
	base := mustURL(b, "https://fr.example.org/economie/rss.xml")
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFeed(bytes.NewReader(in), base); err != nil {
			b.Fatal(err)
		}
	}
}
