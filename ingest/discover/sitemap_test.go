package discover

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func date(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func gzipped(tb testing.TB, b []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestParseSitemap(t *testing.T) {
	urlset := &Sitemap{URLs: []Entry{
		{Loc: "https://en.example.org/year", LastMod: date(t, "2026-01-01T00:00:00Z")},
		{Loc: "https://en.example.org/month", LastMod: date(t, "2026-03-01T00:00:00Z")},
		{Loc: "https://en.example.org/day", LastMod: date(t, "2026-03-14T00:00:00Z")},
		{Loc: "https://en.example.org/minute", LastMod: date(t, "2026-03-14T09:30:00+07:00")},
		{Loc: "https://en.example.org/second", LastMod: date(t, "2026-03-14T09:30:15Z")},
		{Loc: "https://en.example.org/fraction", LastMod: date(t, "2026-03-14T09:30:15.25-05:00")},
		{Loc: "https://en.example.org/nozone", LastMod: date(t, "2026-03-14T09:30:15Z")},
		{Loc: "https://en.example.org/invalid"},
		{Loc: "https://en.example.org/absent"},
		{Loc: "https://en.example.org/search?q=a&page=2"},
		{Loc: "https://en.example.org/bare?q=a&page=3"},
	}}
	news := &Sitemap{URLs: []Entry{
		{
			Loc:           "https://fr.example.org/actualites/2026/11/exportations",
			NewsPublished: date(t, "2026-11-02T08:15:00+07:00"),
			NewsLanguage:  "fr",
			NewsTitle:     "Les exportations atteignent 39 888 milliards de dongs",
		},
		{
			Loc:           "https://fr.example.org/actualites/2026/11/budget",
			NewsPublished: date(t, "2026-11-03T00:00:00Z"),
			NewsLanguage:  "fr",
			NewsTitle:     "Budget – le déficit recule",
		},
	}}
	tests := []struct {
		name string
		in   []byte
		want *Sitemap
	}{
		{"index", readTestdata(t, "sitemap", "index.xml"), &Sitemap{Children: []string{
			"https://en.example.org/sitemap-articles-1.xml.gz",
			"https://en.example.org/sitemap-news.xml",
		}}},
		{"urlset", readTestdata(t, "sitemap", "urlset.xml"), urlset},
		{"gzipped urlset", gzipped(t, readTestdata(t, "sitemap", "urlset.xml")), urlset},
		{"news", readTestdata(t, "sitemap", "news.xml"), news},
		{"hreflang", readTestdata(t, "sitemap", "hreflang.xml"), &Sitemap{URLs: []Entry{
			{Loc: "https://en.example.org/news/exports", Alternates: map[string]string{
				"en": "https://en.example.org/news/exports",
				"fr": "https://fr.example.org/actualites/exportations",
				"vi": "https://vi.example.org/tin-tuc/xuat-khau",
			}},
			{Loc: "https://en.example.org/news/budget", Alternates: map[string]string{
				"fr": "https://fr.example.org/actualites/budget",
			}},
			{Loc: "https://en.example.org/news/alone"},
		}}},
		{"other prefixes", readTestdata(t, "sitemap", "prefix.xml"), &Sitemap{URLs: []Entry{
			{
				Loc:           "https://fr.example.org/a",
				LastMod:       date(t, "2026-11-02T00:00:00Z"),
				NewsPublished: date(t, "2026-11-02T10:00:00Z"),
				NewsLanguage:  "fr",
				NewsTitle:     "Titre",
				Alternates:    map[string]string{"en": "https://en.example.org/a"},
			},
			{Loc: "https://fr.example.org/b"},
		}}},
		{"no namespace", []byte(`<urlset><url><loc>https://e.org/a</loc><lastmod>2026-02-03</lastmod></url></urlset>`),
			&Sitemap{URLs: []Entry{{Loc: "https://e.org/a", LastMod: date(t, "2026-02-03T00:00:00Z")}}}},
		{"foreign namespace", []byte(`<urlset xmlns="urn:example:other"><url><loc>https://e.org/a</loc></url></urlset>`), nil},
		{"nested loc not read", []byte(`<urlset><url><x><loc>https://e.org/inner</loc></x><loc>https://e.org/a</loc></url></urlset>`),
			&Sitemap{URLs: []Entry{{Loc: "https://e.org/a"}}}},
		{"empty urlset", []byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>`), &Sitemap{}},
		{"latin-1", append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>https://e.org/caf`), 0xe9, '<', '/', 'l', 'o', 'c', '>', '<', '/', 'u', 'r', 'l', '>', '<', '/', 'u', 'r', 'l', 's', 'e', 't', '>'),
			&Sitemap{URLs: []Entry{{Loc: "https://e.org/café"}}}},
		{"byte order mark", append([]byte("\ufeff\n"), readTestdata(t, "sitemap", "index.xml")...), &Sitemap{Children: []string{
			"https://en.example.org/sitemap-articles-1.xml.gz",
			"https://en.example.org/sitemap-news.xml",
		}}},
		{"text", readTestdata(t, "sitemap", "text.txt"), &Sitemap{URLs: []Entry{
			{Loc: "https://en.example.org/news/one"},
			{Loc: "https://en.example.org/news/two"},
			{Loc: "https://en.example.org/news/three?x=1&y=2"},
		}}},
		{"gzipped text", gzipped(t, readTestdata(t, "sitemap", "text.txt")), &Sitemap{URLs: []Entry{
			{Loc: "https://en.example.org/news/one"},
			{Loc: "https://en.example.org/news/two"},
			{Loc: "https://en.example.org/news/three?x=1&y=2"},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSitemap(bytes.NewReader(tt.in))
			if tt.want == nil {
				if !errors.Is(err, ErrNotSitemap) {
					t.Fatalf("ParseSitemap error = %v, want ErrNotSitemap", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseSitemap mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseSitemapErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		wantErr error // nil: any error
	}{
		{"malformed XML", readTestdata(t, "sitemap", "malformed.xml"), nil},
		{"truncated gzip", gzipped(t, readTestdata(t, "sitemap", "urlset.xml"))[:200], nil},
		{"bad gzip header", []byte{0x1f, 0x8b, 0, 0, 0}, nil},
		{"empty", nil, ErrNotSitemap},
		{"blank", []byte(" \n\t\n"), ErrNotSitemap},
		{"feed", readTestdata(t, "sitemap", "feed.xml"), ErrNotSitemap},
		{"html", []byte("<!doctype html><html><body>Not found</body></html>"), ErrNotSitemap},
		{"text without URL", []byte("Not found\n"), ErrNotSitemap},
		{"unknown encoding", []byte(`<?xml version="1.0" encoding="x-unknown"?><urlset/>`), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sm, err := ParseSitemap(bytes.NewReader(tt.in))
			if err == nil {
				t.Fatalf("ParseSitemap = %+v, want an error", sm)
			}
			if !strings.HasPrefix(err.Error(), "parse sitemap: ") {
				t.Errorf("error %q does not name the operation", err)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// repeatReader yields head, then body n times, then tail, without holding
// them all in memory.
type repeatReader struct {
	r io.Reader
}

func newRepeatReader(head, body, tail string, n int) *repeatReader {
	return &repeatReader{io.MultiReader(strings.NewReader(head), &repeated{s: body, n: n}, strings.NewReader(tail))}
}

func (r *repeatReader) Read(p []byte) (int, error) { return r.r.Read(p) }

type repeated struct {
	s   string
	n   int // repetitions left
	off int // into s
}

func (r *repeated) Read(p []byte) (int, error) {
	total := 0
	for len(p) > 0 && r.n > 0 {
		c := copy(p, r.s[r.off:])
		p, total, r.off = p[c:], total+c, r.off+c
		if r.off == len(r.s) {
			r.off, r.n = 0, r.n-1
		}
	}
	if total == 0 && r.n == 0 {
		return 0, io.EOF
	}
	return total, nil
}

// gzipStream compresses what r yields.
func gzipStream(tb testing.TB, r io.Reader) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(zw, r); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestParseSitemapLimits(t *testing.T) {
	xmlEntry := func(i int) string { return fmt.Sprintf("<url><loc>https://e.org/%d</loc></url>\n", i) }
	manyXML := func(n int) io.Reader {
		var b strings.Builder
		b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range n {
			b.WriteString(xmlEntry(i))
		}
		b.WriteString("</urlset>")
		return strings.NewReader(b.String())
	}
	// Lines that are not URLs are read and skipped: they make a large
	// input that is quick to scan.
	filler := strings.Repeat("x", 1023) + "\n"
	const kiBLines = MaxSitemapBytes/1024 + 1 // lines of filler: just over the limit
	// A gzip bomb: 51 copies of one gzip member, which the reader
	// decompresses as one stream, 51 MiB of filler.
	member := gzipStream(t, newRepeatReader("", filler, "", 1024))
	bomb := append(gzipStream(t, strings.NewReader("https://e.org/a\n")), bytes.Repeat(member, MaxSitemapBytes>>20+1)...)
	tests := []struct {
		name      string
		in        func() io.Reader
		wantURLs  int
		wantLimit bool
		heavy     bool // takes seconds under the race detector
	}{
		{"50000 XML entries", func() io.Reader { return manyXML(MaxSitemapEntries) }, MaxSitemapEntries, false, true},
		{"50001 XML entries", func() io.Reader { return manyXML(MaxSitemapEntries + 1) }, 0, true, false},
		{"50001 index entries", func() io.Reader {
			return newRepeatReader("<sitemapindex>", "<sitemap><loc>https://e.org/s.xml</loc></sitemap>", "</sitemapindex>", MaxSitemapEntries+1)
		}, 0, true, true},
		{"50000 text lines", func() io.Reader { return newRepeatReader("", "https://e.org/a\n", "", MaxSitemapEntries) }, MaxSitemapEntries, false, false},
		{"50001 text lines", func() io.Reader { return newRepeatReader("", "https://e.org/a\n", "", MaxSitemapEntries+1) }, 0, true, false},
		{"50 MiB exactly", func() io.Reader {
			return newRepeatReader("https://e.org/a\n", filler, strings.Repeat("y", 1024-16), kiBLines-2)
		}, 1, false, true},
		{"over 50 MiB", func() io.Reader { return newRepeatReader("https://e.org/a\n", filler, "", kiBLines) }, 0, true, false},
		{"over 50 MiB decompressed", func() io.Reader { return bytes.NewReader(bomb) }, 0, true, false},
		{"over 50 MiB XML", func() io.Reader {
			return newRepeatReader("<urlset><!--", strings.Repeat(" ", 1<<20), "--></urlset>", MaxSitemapBytes>>20)
		}, 0, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.heavy && (testing.Short() || raceEnabled) {
				t.Skip("slow under -short or -race")
			}
			sm, err := ParseSitemap(tt.in())
			if tt.wantLimit {
				if !errors.Is(err, ErrLimit) {
					t.Fatalf("ParseSitemap error = %v, want ErrLimit", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(sm.URLs) != tt.wantURLs {
				t.Errorf("got %d URLs, want %d", len(sm.URLs), tt.wantURLs)
			}
		})
	}
}

func TestParseW3CDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for the zero time
	}{
		{"2026", "2026-01-01T00:00:00Z"},
		{"2026-11", "2026-11-01T00:00:00Z"},
		{"2026-11-02", "2026-11-02T00:00:00Z"},
		{"2026-11-02T08:15+07:00", "2026-11-02T08:15:00+07:00"},
		{"2026-11-02T08:15:30Z", "2026-11-02T08:15:30Z"},
		{"2026-11-02T08:15:30.5+01:00", "2026-11-02T08:15:30.5+01:00"},
		{"2026-11-02T08:15:30+0100", "2026-11-02T08:15:30+01:00"},
		{"2026-11-02T08:15:30", "2026-11-02T08:15:30Z"},
		{"2026-11-02 08:15:30", "2026-11-02T08:15:30Z"},
		{"", ""},
		{"26", ""},
		{"2026-13-01", ""},
		{"Mon, 02 Nov 2026 08:15:00 GMT", ""},
	}
	for _, tt := range tests {
		got := parseW3CDate(tt.in)
		var want time.Time
		if tt.want != "" {
			want = date(t, tt.want)
		}
		if !got.Equal(want) {
			t.Errorf("parseW3CDate(%q) = %v, want %v", tt.in, got, want)
		}
	}
}

func FuzzParseSitemap(f *testing.F) {
	for _, name := range []string{"index.xml", "urlset.xml", "news.xml", "hreflang.xml", "prefix.xml", "text.txt", "malformed.xml", "feed.xml"} {
		b := readTestdata(f, "sitemap", name)
		f.Add(b)
		if name == "urlset.xml" {
			f.Add(gzipped(f, b))
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		sm, err := ParseSitemap(bytes.NewReader(in))
		if err != nil {
			if sm != nil {
				t.Errorf("ParseSitemap returned %+v with error %v", sm, err)
			}
			return
		}
		if n := len(sm.URLs) + len(sm.Children); n > MaxSitemapEntries {
			t.Errorf("%d entries", n)
		}
		for _, e := range sm.URLs {
			if e.Loc == "" {
				t.Error("entry without Loc")
			}
			if _, ok := e.Alternates["x-default"]; ok {
				t.Error("x-default alternate kept")
			}
		}
	})
}

func BenchmarkParseSitemap(b *testing.B) {
	var in bytes.Buffer
	in.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`)
	for i := range 1000 {
		fmt.Fprintf(&in, `<url><loc>https://en.example.org/news/%d</loc><lastmod>2026-11-02T08:15:00+07:00</lastmod>`+
			`<news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>`+
			`<news:publication_date>2026-11-02T08:15:00+07:00</news:publication_date><news:title>Story %d</news:title></news:news>`+
			`<xhtml:link rel="alternate" hreflang="fr" href="https://fr.example.org/actualites/%d"/></url>`, i, i, i)
	}
	in.WriteString("</urlset>")
	for _, bc := range []struct {
		name string
		in   []byte
	}{{"xml", in.Bytes()}, {"gzip", gzipped(b, in.Bytes())}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(in.Len())) // uncompressed bytes
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseSitemap(bytes.NewReader(bc.in)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
