package site_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"diglot.dev/diglot/corpus/site"
	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/language"
)

// fetched is one HTTP response, read whole.
type fetched struct {
	status int
	header http.Header
	body   []byte
}

func get(t testing.TB, srv *httptest.Server, path string, header ...string) fetched {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return fetched{res.StatusCode, res.Header, body}
}

// document decodes a page from its declared charset (header or <meta>)
// and parses it.
func document(t testing.TB, f fetched) *goquery.Document {
	t.Helper()
	r, err := charset.NewReader(bytes.NewReader(f.body), f.header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func newServer(t testing.TB, s *site.Site) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv
}

func TestPagesServe(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	pages := s.Pages()
	if len(pages) < 24*2+5 {
		t.Fatalf("%d pages, want at least 53", len(pages))
	}
	for _, p := range pages {
		f := get(t, srv, p.Path)
		if f.status != http.StatusOK {
			t.Errorf("%s: status %d", p.Path, f.status)
			continue
		}
		doc := document(t, f)
		if lang, _ := doc.Find("html").Attr("lang"); lang != p.Lang.String() {
			t.Errorf("%s: lang %q, want %q", p.Path, lang, p.Lang)
		}
		if h1 := strings.TrimSpace(doc.Find("h1").First().Text()); h1 != p.Title {
			t.Errorf("%s: h1 %q, want %q", p.Path, h1, p.Title)
		}
		text, err := s.Text(p.Path)
		if err != nil {
			t.Fatal(err)
		}
		// Every paragraph of the text is on the page, whatever the charset.
		page := strings.Join(strings.Fields(doc.Text()), " ")
		for para := range strings.SplitSeq(text, "\n\n") {
			if !strings.Contains(page, strings.Join(strings.Fields(para), " ")) {
				t.Errorf("%s: paragraph %.40q… not on the page", p.Path, para)
			}
		}
		canonical, ok := doc.Find(`link[rel="canonical"]`).Attr("href")
		if !ok {
			t.Errorf("%s: no canonical link", p.Path)
		} else if u, err := url.Parse(canonical); err != nil || u.Path != p.Path {
			t.Errorf("%s: canonical %q", p.Path, canonical)
		}
		if n := doc.Find("figure figcaption").Length(); n != 1 {
			t.Errorf("%s: %d figure captions, want 1", p.Path, n)
		}
		if n := doc.Find(".comment").Length(); n != 2 {
			t.Errorf("%s: %d comments, want 2", p.Path, n)
		}
	}
}

// TestLinkStyles checks that each page links its translations as its link
// style says, and nothing more.
func TestLinkStyles(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	for _, p := range s.Pages() {
		doc := document(t, get(t, srv, p.Path))
		hreflang := map[string]string{}
		doc.Find(`head link[rel="alternate"][hreflang]`).Each(func(_ int, l *goquery.Selection) {
			lang, _ := l.Attr("hreflang")
			href, _ := l.Attr("href")
			hreflang[lang] = strings.TrimPrefix(href, srv.URL)
		})
		linked := map[string]bool{}
		doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
			href, _ := a.Attr("href")
			linked[strings.TrimPrefix(href, srv.URL)] = true
		})
		for _, tr := range p.Translations {
			wantHreflang := p.Link == site.LinkHreflang
			if _, got := hreflang[lang(tr)]; got != wantHreflang || got && hreflang[lang(tr)] != tr {
				t.Errorf("%s (%s): hreflang %s = %q", p.Path, p.Link, lang(tr), hreflang[lang(tr)])
			}
			if want := p.Link == site.LinkSwitcher; linked[tr] != want {
				t.Errorf("%s (%s): links to %s: %v, want %v", p.Path, p.Link, tr, linked[tr], want)
			}
		}
		if p.Link != site.LinkHreflang && len(hreflang) > 0 {
			t.Errorf("%s (%s): hreflang links %v", p.Path, p.Link, hreflang)
		}
	}
}

func lang(path string) string { return strings.Split(path, "/")[1] }

// TestDates checks that each page declares its dates as its meta style
// says.
func TestDates(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	for _, p := range s.Pages() {
		doc := document(t, get(t, srv, p.Path))
		var published string
		switch p.Meta {
		case site.MetaJSONLD:
			var ld struct {
				Type          string `json:"@type"`
				DatePublished string `json:"datePublished"`
				DateModified  string `json:"dateModified"`
			}
			if err := json.Unmarshal([]byte(doc.Find(`script[type="application/ld+json"]`).Text()), &ld); err != nil {
				t.Errorf("%s: json-ld: %v", p.Path, err)
			}
			if ld.Type != "NewsArticle" || ld.DateModified == "" {
				t.Errorf("%s: json-ld %+v", p.Path, ld)
			}
			published = ld.DatePublished
		case site.MetaOpenGraph:
			published, _ = doc.Find(`meta[property="article:published_time"]`).Attr("content")
		case site.MetaTime:
			published, _ = doc.Find("time[datetime]").First().Attr("datetime")
		}
		got, err := time.Parse(time.RFC3339, published)
		if err != nil || !got.Equal(p.Published) {
			t.Errorf("%s (%s): published %q, want %v", p.Path, p.Meta, published, p.Published)
		}
	}
}

func TestCharsets(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	seen := map[string]bool{}
	for _, p := range s.Pages() {
		if p.Charset == "" {
			continue
		}
		seen[p.Charset] = true
		f := get(t, srv, p.Path)
		ctype := f.header.Get("Content-Type")
		switch p.Charset {
		case site.CharsetMetaLatin1:
			if ctype != "text/html" {
				t.Errorf("%s: Content-Type %q, want no charset", p.Path, ctype)
			}
			if !bytes.Contains(f.body, []byte(`<meta charset="iso-8859-1">`)) {
				t.Errorf("%s: no <meta charset>", p.Path)
			}
		default:
			if want := "text/html; charset=" + p.Charset; ctype != want {
				t.Errorf("%s: Content-Type %q, want %q", p.Path, ctype, want)
			}
		}
		if utf8.Valid(f.body) {
			t.Errorf("%s: the bytes are valid UTF-8, want %s", p.Path, p.Charset)
		}
		// Decoding from the declared charset gives back the accents.
		h1 := document(t, f).Find("h1").Text()
		if h1 != p.Title || !strings.ContainsAny(h1, "éèàâêôûç") {
			t.Errorf("%s: decoded title %q, want the accented %q", p.Path, h1, p.Title)
		}
	}
	for _, cs := range []string{site.CharsetWindows1252, site.CharsetMetaLatin1} {
		if !seen[cs] {
			t.Errorf("no page in %s", cs)
		}
	}
}

func TestBrokenMarkup(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	var broken []site.Page
	for _, p := range s.Pages() {
		if p.Broken {
			broken = append(broken, p)
		}
	}
	if len(broken) == 0 {
		t.Fatal("no page with broken markup")
	}
	for _, p := range broken {
		f := get(t, srv, p.Path)
		for _, sign := range []string{"</span>", "<html lang=" + p.Lang.String() + ">", "<p class="} {
			if !bytes.Contains(f.body, []byte(sign)) {
				t.Errorf("%s: no %q", p.Path, sign)
			}
		}
		if bytes.Count(f.body, []byte("<p")) <= bytes.Count(f.body, []byte("</p>")) {
			t.Errorf("%s: every <p> is closed", p.Path)
		}
		if bytes.Count(f.body, []byte("<div")) <= bytes.Count(f.body, []byte("</div>")) {
			t.Errorf("%s: every <div> is closed", p.Path)
		}
	}
}

func TestRobots(t *testing.T) {
	srv := newServer(t, site.New())
	f := get(t, srv, "/robots.txt")
	want := "User-agent: *\nDisallow: /en/search\nDisallow: /fr/recherche\nDisallow: /admin/\n\n" +
		"Sitemap: " + srv.URL + "/sitemap.xml\nSitemap: " + srv.URL + "/sitemaps/news.xml\n"
	if diff := cmp.Diff(want, string(f.body)); diff != "" {
		t.Errorf("robots.txt mismatch (-want +got):\n%s", diff)
	}
}

// sitemap elements, as encoding/xml reads them.
type (
	sitemapIndex struct {
		Sitemaps []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"sitemap"`
	}
	urlset struct {
		URLs []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
			Links   []struct {
				Rel      string `xml:"rel,attr"`
				Hreflang string `xml:"hreflang,attr"`
				Href     string `xml:"href,attr"`
			} `xml:"http://www.w3.org/1999/xhtml link"`
			News *struct {
				Name     string `xml:"publication>name"`
				Language string `xml:"publication>language"`
				Date     string `xml:"publication_date"`
				Title    string `xml:"title"`
			} `xml:"http://www.google.com/schemas/sitemap-news/0.9 news"`
		} `xml:"url"`
	}
)

func TestSitemaps(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	var index sitemapIndex
	if err := xml.Unmarshal(get(t, srv, "/sitemap.xml").body, &index); err != nil {
		t.Fatal(err)
	}
	pages := map[string]site.Page{}
	for _, p := range s.Pages() {
		pages[p.Path] = p
	}
	listed := map[string]int{}
	var news urlset
	for _, sm := range index.Sitemaps {
		path := strings.TrimPrefix(sm.Loc, srv.URL)
		f := get(t, srv, path)
		if f.status != http.StatusOK {
			t.Fatalf("%s: status %d", path, f.status)
		}
		body := f.body
		if strings.HasSuffix(path, ".gz") {
			if ct := f.header.Get("Content-Type"); ct != "application/x-gzip" && ct != "application/gzip" {
				t.Errorf("%s: Content-Type %q", path, ct)
			}
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if body, err = io.ReadAll(zr); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
		}
		var set urlset
		if err := xml.Unmarshal(body, &set); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if path == "/sitemaps/news.xml" {
			news = set
			continue
		}
		for _, u := range set.URLs {
			p := strings.TrimPrefix(u.Loc, srv.URL)
			listed[p]++
			page, ok := pages[p]
			if !ok {
				t.Errorf("%s lists %s, no article", path, u.Loc)
				continue
			}
			var alternates []string
			for _, l := range u.Links {
				if l.Rel != "alternate" || lang(strings.TrimPrefix(l.Href, srv.URL)) != l.Hreflang {
					t.Errorf("%s: %s: bad alternate %+v", path, p, l)
				}
				if alt := strings.TrimPrefix(l.Href, srv.URL); alt != p {
					alternates = append(alternates, alt)
				}
			}
			var want []string
			if page.Link == site.LinkHreflang || page.Link == site.LinkSitemap {
				want = page.Translations
			}
			slices.Sort(alternates)
			if diff := cmp.Diff(want, alternates); diff != "" {
				t.Errorf("%s: %s (%s): alternates mismatch (-want +got):\n%s", path, p, page.Link, diff)
			}
		}
	}
	for p := range pages {
		if listed[p] != 1 {
			t.Errorf("%s listed %d times, want once", p, listed[p])
		}
	}
	perLang := map[string]int{}
	for _, u := range news.URLs {
		if u.News == nil || u.News.Title == "" || u.News.Name == "" {
			t.Errorf("news sitemap: %s: incomplete entry", u.Loc)
			continue
		}
		p := pages[strings.TrimPrefix(u.Loc, srv.URL)]
		perLang[u.News.Language]++
		if d, err := time.Parse(time.RFC3339, u.News.Date); err != nil || !d.Equal(p.Published) || u.News.Title != p.Title {
			t.Errorf("news sitemap: %s: %+v, want %v %q", u.Loc, u.News, p.Published, p.Title)
		}
	}
	if diff := cmp.Diff(map[string]int{"en": 10, "fr": 10, "vi": 1}, perLang); diff != "" {
		t.Errorf("news sitemap entries per language mismatch (-want +got):\n%s", diff)
	}
}

func TestFeeds(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	newest := map[string][]site.Page{}
	for _, p := range s.Pages() {
		newest[p.Lang.String()] = append(newest[p.Lang.String()], p)
	}
	for _, list := range newest {
		slices.SortStableFunc(list, func(a, b site.Page) int { return b.Published.Compare(a.Published) })
	}
	check := func(feed string, links []string, lang string) {
		t.Helper()
		var want, got []string
		for _, p := range newest[lang][:15] {
			want = append(want, p.Path)
		}
		for _, l := range links {
			u, err := url.Parse(l)
			if err != nil {
				t.Fatal(err)
			}
			if u.Query().Get("utm_source") != "rss" || u.Query().Get("utm_medium") != "feed" || u.Host != strings.TrimPrefix(srv.URL, "http://") {
				t.Errorf("%s: link %s", feed, l)
			}
			got = append(got, u.Path)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: items mismatch (-want +got):\n%s", feed, diff)
		}
	}
	var rss struct {
		Version string `xml:"version,attr"`
		Items   []struct {
			Link    string `xml:"link"`
			PubDate string `xml:"pubDate"`
		} `xml:"channel>item"`
	}
	f := get(t, srv, "/en/rss.xml")
	if err := xml.Unmarshal(f.body, &rss); err != nil {
		t.Fatal(err)
	}
	var links []string
	for _, it := range rss.Items {
		if _, err := time.Parse(time.RFC1123Z, it.PubDate); err != nil {
			t.Errorf("rss: pubDate %q", it.PubDate)
		}
		links = append(links, it.Link)
	}
	if rss.Version != "2.0" {
		t.Errorf("rss version %q", rss.Version)
	}
	check("rss", links, "en")

	var atom struct {
		XMLName xml.Name
		Entries []struct {
			Link struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
			Published string `xml:"published"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(get(t, srv, "/fr/atom.xml").body, &atom); err != nil {
		t.Fatal(err)
	}
	if atom.XMLName != (xml.Name{Space: "http://www.w3.org/2005/Atom", Local: "feed"}) {
		t.Errorf("atom root %v", atom.XMLName)
	}
	links = nil
	for _, e := range atom.Entries {
		links = append(links, e.Link.Href)
	}
	check("atom", links, "fr")
}

func TestConditionalGet(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	for _, path := range []string{s.Pages()[0].Path, "/fr/", "/en/page/2/", "/sitemaps/en.xml.gz", "/robots.txt"} {
		f := get(t, srv, path)
		etag, modified := f.header.Get("ETag"), f.header.Get("Last-Modified")
		if etag == "" || modified == "" {
			t.Fatalf("%s: ETag %q, Last-Modified %q", path, etag, modified)
		}
		if again := get(t, srv, path); again.header.Get("ETag") != etag || again.header.Get("Last-Modified") != modified {
			t.Errorf("%s: ETag or Last-Modified changed between two requests", path)
		}
		if got := get(t, srv, path, "If-None-Match", etag); got.status != http.StatusNotModified {
			t.Errorf("%s: If-None-Match: status %d, want 304", path, got.status)
		}
		if got := get(t, srv, path, "If-Modified-Since", modified); got.status != http.StatusNotModified {
			t.Errorf("%s: If-Modified-Since: status %d, want 304", path, got.status)
		}
		if got := get(t, srv, path, "If-None-Match", `"stale"`); got.status != http.StatusOK {
			t.Errorf("%s: stale If-None-Match: status %d, want 200", path, got.status)
		}
	}
}

func TestEdit(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	p := s.Pages()[3]
	before := get(t, srv, p.Path)
	textBefore, err := s.Text(p.Path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Edit(p.Path, time.Time{}); err != nil {
		t.Fatal(err)
	}
	after := get(t, srv, p.Path)
	if before.header.Get("ETag") == after.header.Get("ETag") {
		t.Error("Edit left the ETag unchanged")
	}
	t0, _ := http.ParseTime(before.header.Get("Last-Modified"))
	t1, _ := http.ParseTime(after.header.Get("Last-Modified"))
	if !t1.After(t0) {
		t.Errorf("Last-Modified %v after Edit, was %v", t1, t0)
	}
	if got := get(t, srv, p.Path, "If-None-Match", before.header.Get("ETag")); got.status != http.StatusOK {
		t.Errorf("old ETag after Edit: status %d, want 200", got.status)
	}
	textAfter, _ := s.Text(p.Path)
	if !strings.HasPrefix(textAfter, textBefore) || len(textAfter) <= len(textBefore) || strings.Count(textAfter, "\n\n") != strings.Count(textBefore, "\n\n") {
		t.Errorf("Edit did not add a sentence to the last paragraph:\n%s", textAfter[len(textBefore)-40:])
	}
	var edited site.Page
	for _, q := range s.Pages() {
		if q.Path == p.Path {
			edited = q
		}
	}
	if !edited.Modified.After(p.Modified) || !edited.Modified.After(p.Published) {
		t.Errorf("Modified %v after Edit, want later than %v", edited.Modified, p.Published)
	}
	// An edit made now is stamped now, in the page and in the sitemap.
	at := time.Date(2031, 5, 6, 7, 8, 9, 0, time.UTC)
	var fr site.Page
	for _, q := range s.Pages() {
		if q.Lang.String() == "fr" {
			fr = q
			break
		}
	}
	if err := s.Edit(fr.Path, at); err != nil {
		t.Fatal(err)
	}
	for _, q := range s.Pages() {
		if q.Path == fr.Path && !q.Modified.Equal(at) {
			t.Errorf("Modified %v after Edit at %v", q.Modified, at)
		}
	}
	if sm := get(t, srv, "/sitemaps/fr.xml"); !strings.Contains(string(sm.body), "<lastmod>2031-05-06T07:08:09Z</lastmod>") {
		t.Errorf("the sitemap has no lastmod of the edit at %v", at)
	}
	if err := s.Edit("/en/nope.html", time.Time{}); !errors.Is(err, site.ErrNotFound) {
		t.Errorf("Edit of an unknown path: %v, want ErrNotFound", err)
	}
}

func TestListings(t *testing.T) {
	s := site.New()
	srv := newServer(t, s)
	tests := []struct {
		path   string
		status int
		links  []string // hrefs the page must have
	}{
		{"/", 200, []string{"/en/", "/fr/", "/vi/"}},
		{"/en/", 200, []string{"/en/page/2/", "/en/search", "/en/economy/"}},
		{"/en/page/2/", 200, []string{"/en/", "/en/page/3/"}},
		{"/en/page/3/", 200, []string{"/en/page/2/"}},
		{"/fr/", 200, []string{"/fr/page/2/", "/fr/recherche", "/fr/economie/", "/fr/contact.html", "/fr/atom.xml"}},
		{"/vi/", 200, nil},
		{"/fr/economie/", 200, nil},
		{"/en/tag/port/", 200, nil},
		{"/fr/tag/investissement-public/", 200, nil},
		{"/en/search?q=port", 200, []string{"/en/port/"}},
		{"/fr/recherche?q=%C3%A9cole", 200, nil},
		{"/en/about.html", 200, nil},
		{"/fr/contact.html", 200, nil},
		{"/static/photo/port.svg", 200, nil},
		{"/en/page/1/", 404, nil},
		{"/en/page/9/", 404, nil},
		{"/en/page/02/", 404, nil},
		{"/en/economy/nope-41207.html", 404, nil},
		{"/en/tag/nope/", 404, nil},
		{"/en/sport/", 404, nil},
		{"/de/", 404, nil},
		{"/admin/", 404, nil},
		{"/en/economy", 404, nil},
		{"/sitemaps/de.xml", 404, nil},
	}
	for _, tt := range tests {
		f := get(t, srv, tt.path)
		if f.status != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, f.status, tt.status)
			continue
		}
		if f.status != 200 || !strings.HasPrefix(f.header.Get("Content-Type"), "text/html") {
			continue
		}
		doc := document(t, f)
		hrefs := map[string]bool{}
		doc.Find("a[href], form[action]").Each(func(_ int, a *goquery.Selection) {
			href, ok := a.Attr("href")
			if !ok {
				href, _ = a.Attr("action")
			}
			u, _ := url.Parse(href)
			hrefs[u.Path] = true
		})
		for _, l := range tt.links {
			if !hrefs[l] {
				t.Errorf("%s: no link to %s", tt.path, l)
			}
		}
		if _, ok := doc.Find(`link[rel="canonical"]`).Attr("href"); !ok {
			t.Errorf("%s: no canonical link", tt.path)
		}
	}
	// The home page links some articles with a tracking parameter.
	doc := document(t, get(t, srv, "/en/"))
	if n := doc.Find(`a[href*="?utm_campaign=home"]`).Length(); n == 0 {
		t.Error("/en/: no link with utm_campaign=home")
	}
	// An edition without its trailing slash redirects.
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Get(srv.URL + "/fr")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/fr/" {
		t.Errorf("/fr: %d to %q, want 301 to /fr/", res.StatusCode, res.Header.Get("Location"))
	}
	// Every article of an edition is reachable from its home pages.
	for _, ed := range []string{"en", "fr"} {
		found := map[string]bool{}
		for path := "/" + ed + "/"; path != ""; {
			doc := document(t, get(t, srv, path))
			doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
				href, _ := a.Attr("href")
				u, _ := url.Parse(href)
				found[u.Path] = true
			})
			path, _ = doc.Find(`a[rel="next"]`).Attr("href")
		}
		for _, p := range s.Pages() {
			if p.Lang.String() == ed && !found[p.Path] {
				t.Errorf("%s is linked from no %s home page", p.Path, ed)
			}
		}
	}
}

func TestTextErrors(t *testing.T) {
	if _, err := site.New().Text("/nope"); !errors.Is(err, site.ErrNotFound) {
		t.Errorf("Text of an unknown path: %v, want ErrNotFound", err)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	srv := newServer(t, site.New())
	res, err := srv.Client().Post(srv.URL+"/en/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", res.StatusCode)
	}
}

func TestGenerate(t *testing.T) {
	s := site.Generate(2000, 1)
	pages := s.Pages()
	paths := map[string]bool{}
	pairs := map[string]int{}
	for _, p := range pages {
		if paths[p.Path] {
			t.Errorf("duplicate path %s", p.Path)
		}
		paths[p.Path] = true
		if p.Pair != "" && p.Lang != language.Vietnamese {
			pairs[p.Pair]++
		}
	}
	if len(pages) < 4000 || len(pairs) != 2000 {
		t.Fatalf("%d pages, %d pairs; want 4,000 and more, and 2,000", len(pages), len(pairs))
	}
	for key, n := range pairs {
		if n != 2 {
			t.Errorf("pair %s has %d versions", key, n)
		}
	}
	// Serve them all without a network (a sample in short mode or under
	// the race detector; BenchmarkServePage measures the speed).
	h := s.Handler()
	step := 1
	if testing.Short() || raceEnabled {
		step = 29
	}
	etags := map[string]string{}
	for i := 0; i < len(pages); i += step {
		p := pages[i]
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequestWithContext(t.Context(), http.MethodGet, "http://example.test"+p.Path, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", p.Path, rec.Code)
		}
		etag := rec.Header().Get("ETag")
		if other, dup := etags[etag]; dup {
			t.Errorf("%s and %s have the same bytes", p.Path, other)
		}
		etags[etag] = p.Path
	}
	// Deterministic for a seed, different for another.
	a, b, c := site.Generate(60, 7).Pages(), site.Generate(60, 7).Pages(), site.Generate(60, 8).Pages()
	if diff := cmp.Diff(a, b, cmp.Comparer(func(x, y language.Tag) bool { return x == y })); diff != "" {
		t.Errorf("Generate is not deterministic (-first +second):\n%s", diff)
	}
	if cmp.Equal(a, c, cmp.Comparer(func(x, y language.Tag) bool { return x == y })) {
		t.Error("Generate gave the same site for two seeds")
	}
	if n := len(site.Generate(0, 1).Pages()); n != 5 {
		t.Errorf("Generate(0) has %d pages, want the 5 one-language and Vietnamese articles", n)
	}
}

// TestGeneratedPairsKeepTheirDifferences checks that the copies Generate
// makes of a pair carry the same deliberate differences, and no new ones:
// the sentences and years it varies are translated alike.
func TestGeneratedPairsKeepTheirDifferences(t *testing.T) {
	want := map[string][]string{}
	for _, d := range append(readDifferences(t), readFalseAlarms(t)...) {
		want[d.Pair] = append(want[d.Pair], d.Kind+" "+d.Reason)
	}
	s := site.Generate(24*3, 5)
	texts := pairTexts(t, s)
	var keys []string
	for k := range texts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, key := range keys {
		base := key
		if i := strings.LastIndexByte(key, '-'); i > 0 && strings.Trim(key[i+1:], "0123456789") == "" {
			base = key[:i]
		}
		var got []string
		for _, d := range alignPair(t, key, texts[key]) {
			got = append(got, d.Kind+" "+d.Reason)
		}
		w := slices.Clone(want[base])
		slices.Sort(w)
		slices.Sort(got)
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("%s: differences mismatch (-want +got):\n%s", key, diff)
		}
	}
}

func TestConcurrentEdits(t *testing.T) {
	s := site.New()
	h := s.Handler()
	pages := s.Pages()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, p := range pages[:10] {
			if err := s.Edit(p.Path, time.Time{}); err != nil {
				t.Error(err)
			}
		}
	}()
	for _, path := range []string{pages[0].Path, "/en/", "/sitemap.xml", "/sitemaps/fr.xml", pages[1].Path, "/en/rss.xml"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequestWithContext(t.Context(), http.MethodGet, "http://example.test"+path, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d", path, rec.Code)
		}
	}
	<-done
}
