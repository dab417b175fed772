package page

import (
	"strings"
	"time"
)

// Meta keys (name, property, itemprop or http-equiv, lower-cased) read for
// each field, in order of trust.
var (
	publishedKeys = []string{
		"article:published_time", "og:article:published_time", "og:published_time",
		"datepublished", "article:published", "published_time",
	}
	otherDateKeys = []string{
		"dc.date", "dc.date.issued", "dc.date.created", "dc:date", "dc:date.issued", "dcterms.created", "dcterms.issued",
		"dcterms.date", "pubdate", "publishdate", "publish-date", "publish_date",
		"publication_date", "publication-date", "parsely-pub-date", "sailthru.date",
		"article.published", "article_date_original", "original-publish-date",
		"cxenseparse:publishtime", "cxenseparse:recs:publishtime", "bt:pubdate", "og:pubdate", "displaydate",
		"release_date", "citation_publication_date", "citation_date", "bepress_citation_date", "date",
	}
	modifiedKeys = []string{
		"article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
		"dc.date.modified", "dcterms.modified", "article:modified", "modified_time",
		"article.updated", "last-modified", "lastmod",
	}
	authorKeys = []string{
		"author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author",
		"parsely-author", "cxenseparse:author", "citation_author",
	}
	sectionKeys = []string{
		"article:section", "og:article:section", "section", "parsely-section", "sailthru.section",
	}
	siteNameKeys = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site"}
)

// metaMap returns the first content of every meta key.
func metaMap(tags []metaTag) map[string]string {
	m := make(map[string]string, len(tags))
	for _, t := range tags {
		if _, ok := m[t.key]; !ok && t.content != "" {
			m[t.key] = t.content
		}
	}
	return m
}

// firstMeta returns the content of the first key of keys the page has.
func firstMeta(m map[string]string, keys []string) string {
	for _, k := range keys {
		if v := m[k]; v != "" {
			return v
		}
	}
	return ""
}

// firstDate returns the first value of vals that parses as a date.
func firstDate(vals ...string) time.Time {
	for _, v := range vals {
		if t, ok := parseDate(v); ok {
			return t
		}
	}
	return time.Time{}
}

// metaDates returns the values of keys the page has, in order.
func metaDates(m map[string]string, keys []string) []string {
	var out []string
	for _, k := range keys {
		if v := m[k]; v != "" {
			out = append(out, v)
		}
	}
	return out
}

// published returns the publication date: JSON-LD datePublished, then the
// article meta tags, then <time pubdate> (or itemprop datePublished), then
// other meta date tags, then the first <time> of the <article>.
func published(s *scan, m map[string]string, ld *linkedData) time.Time {
	var vals []string
	if ld.article != nil {
		vals = append(vals, ldString(ld.article["datePublished"]), ldString(ld.article["dateCreated"]))
	}
	vals = append(vals, metaDates(m, publishedKeys)...)
	for _, t := range s.times {
		if t.pubdate {
			vals = append(vals, t.value)
		}
	}
	vals = append(vals, metaDates(m, otherDateKeys)...)
	for _, t := range s.times {
		if t.inArticle && !t.modified {
			vals = append(vals, t.value)
			break
		}
	}
	return firstDate(vals...)
}

// modified returns the date of the last change: JSON-LD dateModified, then
// meta tags, then <time itemprop=dateModified>.
func modified(s *scan, m map[string]string, ld *linkedData) time.Time {
	var vals []string
	if ld.article != nil {
		vals = append(vals, ldString(ld.article["dateModified"]))
	}
	vals = append(vals, metaDates(m, modifiedKeys)...)
	for _, t := range s.times {
		if t.modified {
			vals = append(vals, t.value)
		}
	}
	return firstDate(vals...)
}

// author returns the author names joined by ", ": JSON-LD, then meta tags,
// then microdata, then rel=author links, then the byline.
func author(s *scan, m map[string]string, ld *linkedData) string {
	if ld.article != nil {
		if names := cleanNames(ldNames(ld.article["author"])); len(names) > 0 {
			return strings.Join(names, ", ")
		}
	}
	for _, k := range authorKeys {
		if v := m[k]; v != "" && !isURL(v) {
			if names := cleanNames([]string{v}); len(names) > 0 {
				return strings.Join(names, ", ")
			}
		}
	}
	if names := cleanNames(s.itemAuth); len(names) > 0 {
		return strings.Join(names, ", ")
	}
	if names := cleanNames(s.authorRel); len(names) > 0 {
		return strings.Join(names, ", ")
	}
	return strings.Join(cleanNames([]string{s.byline}), ", ")
}

// placeholderNames are author values that name nobody.
var placeholderNames = map[string]bool{"no author": true, "unknown": true, "admin": true, "anonymous": true, "null": true}

// bylinePrefixes are the words that introduce a byline.
var bylinePrefixes = []string{"written by ", "by ", "par ", "de ", "from "}

// cleanNames trims bylines to names and drops empty and repeated ones.
func cleanNames(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range in {
		n = collapse(n)
		for _, p := range bylinePrefixes {
			if len(n) > len(p) && strings.EqualFold(n[:len(p)], p) {
				n = strings.TrimSpace(n[len(p):])
			}
		}
		n = strings.Trim(n, " ,;|")
		if n == "" || len(n) > 200 || isURL(n) || seen[strings.ToLower(n)] || placeholderNames[strings.ToLower(n)] {
			continue
		}
		seen[strings.ToLower(n)] = true
		out = append(out, n)
	}
	return out
}

// homeCrumbs are breadcrumb names of a site's home page.
var homeCrumbs = map[string]bool{"home": true, "accueil": true, "homepage": true, "news": false, "trang chủ": true}

// section returns the section of the site the page is in: article:section,
// JSON-LD articleSection, then the last breadcrumb that is not the page
// itself or the home page.
func section(s *scan, m map[string]string, ld *linkedData, title string) string {
	if v := collapse(firstMeta(m, sectionKeys)); v != "" {
		return v
	}
	if ld.article != nil {
		if v := ldString(ld.article["articleSection"]); v != "" {
			return v
		}
	}
	crumbs := ld.breadcrumb
	if len(crumbs) == 0 {
		crumbs = s.crumbs
	}
	for i := len(crumbs) - 1; i >= 0; i-- {
		c := collapse(crumbs[i])
		if c == "" || homeCrumbs[strings.ToLower(c)] || sameText(c, title) || len(c) > 80 {
			continue
		}
		return c
	}
	return ""
}

// titleSeparators split a page title from the site name around it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " // ", " ~ "}

// siteNames returns the names the page gives its site.
func siteNames(m map[string]string, ld *linkedData) []string {
	var out []string
	for _, k := range siteNameKeys {
		if v := m[k]; v != "" {
			out = append(out, strings.TrimPrefix(v, "@"))
		}
	}
	return append(out, ld.siteNames...)
}

// stripSite removes the site name from a title: a segment that names the
// site, or with force (a <title>) a last short segment.
func stripSite(title string, sites []string, force bool) string {
	title = collapse(title)
	for range 3 {
		cut := false
		for _, sep := range titleSeparators {
			i := strings.LastIndex(title, sep)
			if i > 0 && isSite(title[i+len(sep):], sites) {
				title, cut = strings.TrimSpace(title[:i]), true
				break
			}
			if j := strings.Index(title, sep); j > 0 && isSite(title[:j], sites) {
				title, cut = strings.TrimSpace(title[j+len(sep):]), true
				break
			}
		}
		if !cut {
			break
		}
	}
	if force {
		for _, sep := range titleSeparators[:4] {
			i := strings.LastIndex(title, sep)
			if i > 0 && len(strings.Fields(title[i:])) <= 4 && i > len(title)-i {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// isSite reports whether s names the site.
func isSite(s string, sites []string) bool {
	k := textKey(s)
	if k == "" {
		return false
	}
	for _, site := range sites {
		sk := textKey(site)
		if sk == "" {
			continue
		}
		if k == sk || strings.HasPrefix(k, sk) && len(k)-len(sk) <= 4 || strings.Contains(sk, k) && len(k) >= 4 {
			return true
		}
		// "example.com" names the site "Example".
		if strings.HasSuffix(k, "com") && strings.TrimSuffix(k, "com") == sk {
			return true
		}
	}
	return false
}
