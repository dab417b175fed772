package site

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"time"
)

// feedTracking is the query the feeds add to every article link.
const feedTracking = "?utm_source=rss&utm_medium=feed"

// feedSize is how many articles the feeds carry; newsSize how many of each
// edition the Google News sitemap lists.
const (
	feedSize = 15
	newsSize = 10
)

// robots renders robots.txt.
func (s *Site) robots(base string) response {
	body := "User-agent: *\n" +
		"Disallow: /en/search\n" +
		"Disallow: /fr/recherche\n" +
		"Disallow: /admin/\n" +
		"\n" +
		"Sitemap: " + base + "/sitemap.xml\n" +
		"Sitemap: " + base + "/sitemaps/news.xml\n"
	return response{body: []byte(body), ctype: "text/plain; charset=utf-8", modified: staticTime}
}

// xmlText escapes s for XML character data and attribute values.
func xmlText(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		return ""
	}
	return b.String()
}

// childSitemaps are the sitemaps the index lists.
var childSitemaps = []struct{ path, lang string }{
	{"/sitemaps/en.xml.gz", "en"}, {"/sitemaps/fr.xml", "fr"}, {"/sitemaps/vi.xml", "vi"}, {"/sitemaps/news.xml", ""},
}

// sitemapIndex renders /sitemap.xml, the index of the other sitemaps.
func (s *Site) sitemapIndex(base string) response {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, c := range childSitemaps {
		modified := s.newest
		if c.lang != "" {
			modified = newestOf(s.editions[c.lang])
		}
		fmt.Fprintf(&b, "  <sitemap>\n    <loc>%s</loc>\n    <lastmod>%s</lastmod>\n  </sitemap>\n",
			xmlText(base+c.path), modified.Format(time.RFC3339))
	}
	b.WriteString("</sitemapindex>\n")
	return response{body: []byte(b.String()), ctype: "application/xml; charset=utf-8", modified: s.newest}
}

// newestOf returns the latest publication or modification time of es.
func newestOf(es []*entry) time.Time {
	var t time.Time
	for _, e := range es {
		if lm := e.lastModified(); lm.After(t) {
			t = lm
		}
	}
	return t
}

// urlset renders the sitemap of one edition's articles, gzip-compressed
// when gz is set. The versions of a story whose link style is hreflang or
// sitemap list every version of the story as xhtml:link alternates.
func (s *Site) urlset(base, lang string, gz bool) (response, error) {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	for _, e := range s.editions[lang] {
		fmt.Fprintf(&b, "  <url>\n    <loc>%s</loc>\n    <lastmod>%s</lastmod>\n", xmlText(base+e.path), e.lastModified().Format(time.RFC3339))
		if e.story != nil && (e.a.link == LinkHreflang || e.a.link == LinkSitemap) {
			versions := slices.Clone(e.story.versions)
			slices.SortFunc(versions, func(x, y *entry) int {
				return slices.Index(editions, x.lang) - slices.Index(editions, y.lang)
			})
			for _, v := range versions {
				fmt.Fprintf(&b, "    <xhtml:link rel=\"alternate\" hreflang=\"%s\" href=\"%s\"/>\n", v.lang, xmlText(base+v.path))
			}
		}
		b.WriteString("  </url>\n")
	}
	b.WriteString("</urlset>\n")
	body := []byte(b.String())
	ctype := "application/xml; charset=utf-8"
	if gz {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf) // a zero header: the same bytes every time
		if _, err := zw.Write(body); err != nil {
			return response{}, fmt.Errorf("compress sitemap %s: %w", lang, err)
		}
		if err := zw.Close(); err != nil {
			return response{}, fmt.Errorf("compress sitemap %s: %w", lang, err)
		}
		body, ctype = buf.Bytes(), "application/x-gzip"
	}
	return response{body: body, ctype: ctype, modified: newestOf(s.editions[lang])}, nil
}

// newsSitemap renders the Google News sitemap of the newest articles of
// each edition.
func (s *Site) newsSitemap(base string) response {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">` + "\n")
	for _, lang := range editions {
		list := s.editions[lang]
		for _, e := range list[:min(newsSize, len(list))] {
			fmt.Fprintf(&b, "  <url>\n    <loc>%s</loc>\n    <news:news>\n      <news:publication>\n"+
				"        <news:name>%s</news:name>\n        <news:language>%s</news:language>\n      </news:publication>\n"+
				"      <news:publication_date>%s</news:publication_date>\n      <news:title>%s</news:title>\n    </news:news>\n  </url>\n",
				xmlText(base+e.path), xmlText(labelsFor[lang].SiteName), lang, e.published.Format(time.RFC3339), xmlText(e.title()))
		}
	}
	b.WriteString("</urlset>\n")
	return response{body: []byte(b.String()), ctype: "application/xml; charset=utf-8", modified: s.newest}
}

// rss renders the English edition's RSS 2.0 feed.
func (s *Site) rss(base string) response {
	list := s.editions["en"]
	list = list[:min(feedSize, len(list))]
	l := labelsFor["en"]
	modified := newestOf(list)
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">` + "\n<channel>\n")
	fmt.Fprintf(&b, "  <title>%s</title>\n  <link>%s</link>\n  <description>%s</description>\n  <language>en</language>\n"+
		"  <lastBuildDate>%s</lastBuildDate>\n  <atom:link href=\"%s\" rel=\"self\" type=\"application/rss+xml\"/>\n",
		xmlText(l.SiteName), xmlText(base+"/en/"), xmlText(l.Tagline), modified.Format(time.RFC1123Z), xmlText(base+"/en/rss.xml"))
	for _, e := range list {
		sec, _ := sectionBySlug(e.lang, e.a.section)
		fmt.Fprintf(&b, "  <item>\n    <title>%s</title>\n    <link>%s</link>\n    <guid isPermaLink=\"false\">hailan-en-%d</guid>\n"+
			"    <pubDate>%s</pubDate>\n    <dc:creator>%s</dc:creator>\n    <category>%s</category>\n    <description>%s</description>\n  </item>\n",
			xmlText(e.title()), xmlText(base+e.path+feedTracking), e.id, e.published.Format(time.RFC1123Z),
			xmlText(e.a.author), xmlText(sec.name["en"]), xmlText(e.lead()))
	}
	b.WriteString("</channel>\n</rss>\n")
	return response{body: []byte(b.String()), ctype: "application/rss+xml; charset=utf-8", modified: modified}
}

// atom renders the French edition's Atom feed.
func (s *Site) atom(base string) response {
	list := s.editions["fr"]
	list = list[:min(feedSize, len(list))]
	l := labelsFor["fr"]
	modified := newestOf(list)
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">` + "\n")
	fmt.Fprintf(&b, "  <title>%s</title>\n  <subtitle>%s</subtitle>\n  <id>%s</id>\n  <updated>%s</updated>\n"+
		"  <link rel=\"self\" type=\"application/atom+xml\" href=\"%s\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"%s\"/>\n",
		xmlText(l.SiteName), xmlText(l.Tagline), xmlText(base+"/fr/"), modified.Format(time.RFC3339),
		xmlText(base+"/fr/atom.xml"), xmlText(base+"/fr/"))
	for _, e := range list {
		sec, _ := sectionBySlug(e.lang, e.a.section)
		fmt.Fprintf(&b, "  <entry>\n    <title>%s</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"%s\"/>\n"+
			"    <id>tag:hailan.example,2026:fr-%d</id>\n    <published>%s</published>\n    <updated>%s</updated>\n"+
			"    <author><name>%s</name></author>\n    <category term=\"%s\" label=\"%s\"/>\n    <summary>%s</summary>\n  </entry>\n",
			xmlText(e.title()), xmlText(base+e.path+feedTracking), e.id, e.published.Format(time.RFC3339),
			e.lastModified().Format(time.RFC3339), xmlText(e.a.author), xmlText(e.a.section), xmlText(sec.name["fr"]), xmlText(e.lead()))
	}
	b.WriteString("</feed>\n")
	return response{body: []byte(b.String()), ctype: "application/atom+xml; charset=utf-8", modified: modified}
}
