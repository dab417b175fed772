package page

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/atom"
)

// Page is what Parse makes of one HTML page.
type Page struct {
	URL        string            // the page's URL as given to Parse
	Canonical  string            // absolute URL from <link rel=canonical>, else og:url, else URL; fragment removed
	Title      string            // headline: og:title, JSON-LD headline, first <h1> of the content or <title>, site name removed
	Lead       string            // standfirst when the page has one distinct from the body; else ""
	Body       []string          // main-content paragraphs in reading order, subheadings as paragraphs of their own
	Published  time.Time         // publication date; zero when unknown
	Modified   time.Time         // date of the last change; zero when unknown
	Author     string            // author names joined by ", "
	Section    string            // section of the site: article:section, JSON-LD articleSection, breadcrumb
	Lang       string            // declared language, lower-case base subtag ("en", "fr", "vi"); "" when undeclared
	Alternates map[string]string // other-language versions: language base subtag → absolute URL; nil when none
	Links      []string          // every <a href> target: absolute, http(s), no fragment, de-duplicated, in document order
	IsArticle  bool              // a single article, not a home, listing, search, pagination or contact page
}

// Parse reads an HTML page (UTF-8) from r; u is the URL it was fetched from
// (relative links resolve against it, or against the page's <base href>).
// A nil u is allowed: then only absolute links are kept. Parse is pure: no
// network, no clock. It fails only when reading r fails.
func Parse(r io.Reader, u *url.URL) (*Page, error) {
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return nil, fmt.Errorf("parse page %s: %w", u, err)
	}
	root := doc.Nodes[0]
	p := &Page{}
	if u != nil {
		p.URL = u.String()
	}

	vs := verdicts{}
	s := scanPage(root, vs)
	m := metaMap(s.metas)
	ld := parseLinkedData(s.jsonld)
	base := baseURL(u, s.base)

	p.Canonical = canonical(s, m, base, u)
	p.Lang = declaredLang(s, m)
	p.Alternates = alternates(s, p.Lang, base, p.URL, p.Canonical)
	p.Links = links(s.anchors, base)
	p.Published = published(s, m, ld)
	p.Modified = modified(s, m, ld)
	p.Author = author(s, m, ld)

	t := newTree(root, vs)
	top := t.best()
	var body []para
	if top != nil {
		body = t.extract(top)
	}
	var first *elem
	if len(body) > 0 {
		first = body[0].owner
	}
	h1 := titleElem(t, first)
	p.Title = title(m, ld, h1, s.title, siteNames(m, ld))
	description := firstMeta(m, []string{"og:description", "description", "twitter:description"})
	var leadElem *elem
	p.Lead, leadElem = findLead(t, h1, top, first, description)

	for _, b := range body {
		if sameText(b.text, p.Title) || sameText(b.text, p.Lead) || leadElem != nil && isAncestor(leadElem, b.owner) {
			continue
		}
		p.Body = append(p.Body, b.text)
	}
	p.Section = section(s, m, ld, p.Title)
	p.IsArticle = isArticle(u, m, ld, p.Lead, body)
	return p, nil
}

// titleElem returns the headline element of the content: the last <h1>
// before the first body paragraph, else the first <h1> of the page.
func titleElem(t *tree, first *elem) *elem {
	var before, any *elem
	for _, e := range t.elems {
		if e.n.DataAtom != atom.H1 || e.text == 0 {
			continue
		}
		if any == nil {
			any = e
		}
		if first != nil && e.order < first.order {
			before = e
		}
	}
	if before != nil {
		return before
	}
	return any
}

// title returns the headline: og:title, JSON-LD headline, the content's
// <h1>, then <title>, with the site name taken off. A headline that is the
// <h1> plus a site name or a label the <h1> does not show is cut to the <h1>.
func title(m map[string]string, ld *linkedData, h1 *elem, pageTitle string, sites []string) string {
	var head string
	if h1 != nil {
		head = collapse(nodeText(h1.n))
	}
	cands := []string{stripSite(m["og:title"], sites, false), "", head, stripSite(m["twitter:title"], sites, false)}
	if ld.article != nil {
		cands[1] = ldString(ld.article["headline"])
	}
	for _, c := range cands {
		if c != "" {
			return trimToHeadline(c, head)
		}
	}
	return trimToHeadline(stripSite(pageTitle, sites, true), head)
}

// trimToHeadline returns head when t is head with a site name or label
// before or after it, set off by a separator; else t.
func trimToHeadline(t, head string) string {
	if head == "" || t == head || len(head) < len(t)/3 {
		return t
	}
	const seps = "|-–—:·»/"
	if rest, ok := strings.CutPrefix(t, head); ok && strings.ContainsAny(firstRune(strings.TrimSpace(rest)), seps) {
		return head
	}
	if rest, ok := strings.CutSuffix(t, head); ok && strings.ContainsAny(lastRune(strings.TrimSpace(rest)), seps) {
		return head
	}
	return t
}

// firstRune returns the first character of s as a string.
func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// lastRune returns the last character of s as a string.
func lastRune(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(r)
}

// Text returns the article as plain text: Title, Lead and Body paragraphs
// separated by blank lines, empty parts skipped.
func (p *Page) Text() string {
	parts := make([]string, 0, len(p.Body)+2)
	for _, s := range append([]string{p.Title, p.Lead}, p.Body...) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n\n")
}
