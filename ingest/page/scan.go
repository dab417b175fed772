package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaTag is one <meta> element: its key (name, property, itemprop or
// http-equiv, lower-cased) and content.
type metaTag struct {
	key, content string
}

// anchor is one <a href> of the page.
type anchor struct {
	href     string
	hreflang string // hreflang attribute
	lang     string // lang attribute
	n        *html.Node
	switcher bool // inside a header, nav or language menu
}

// timeTag is one <time> element (or an element with itemprop date).
type timeTag struct {
	value     string // datetime (or content) attribute
	pubdate   bool   // has the pubdate attribute or itemprop=datePublished
	modified  bool   // itemprop=dateModified
	inArticle bool   // inside an <article>
}

// scan is what one walk over the untouched HTML tree collects for the
// metadata: everything Parse needs before the content scorer prunes the
// tree.
type scan struct {
	htmlLang  string
	base      string
	title     string
	metas     []metaTag
	canonical string
	hreflangs [][2]string // lang, href of <link rel=alternate hreflang>
	authorRel []string    // text of rel=author links
	jsonld    []string
	anchors   []anchor
	times     []timeTag
	itemAuth  []string   // text of itemprop=author elements
	crumbs    []string   // link texts of the first breadcrumb trail
	crumbZone *html.Node // that trail
	byline    string     // text of the first byline element
	bylines   int        // byline elements tried
	verdicts  verdicts
}

// Bounds of the byline search: the longest text taken as a byline, and
// the number of elements tried.
const (
	maxByline  = 120
	maxBylines = 8
)

// scanFlags are the ancestors a node of the walk sits in.
type scanFlags struct {
	switcher bool
	article  bool
	crumb    *html.Node // the breadcrumb trail the node is in
}

// scanPage walks the tree under root once and collects the metadata.
func scanPage(root *html.Node, vs verdicts) *scan {
	s := &scan{verdicts: vs}
	s.walk(root, scanFlags{})
	return s
}

func (s *scan) walk(n *html.Node, f scanFlags) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		g := f
		switch c.DataAtom {
		case atom.Html:
			if s.htmlLang == "" {
				s.htmlLang = attr(c, "lang")
				if s.htmlLang == "" {
					s.htmlLang = attr(c, "xml:lang")
				}
			}
		case atom.Base:
			if s.base == "" {
				s.base = strings.TrimSpace(attr(c, "href"))
			}
		case atom.Title:
			if s.title == "" && !inSVG(c) {
				s.title = collapse(nodeText(c))
			}
			continue
		case atom.Meta:
			s.meta(c)
		case atom.Link:
			s.link(c)
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(c, "type")), "application/ld+json") {
				s.jsonld = append(s.jsonld, nodeText(c))
			}
			continue
		case atom.Style, atom.Template, atom.Noscript:
			continue
		case atom.A:
			if href, ok := attrOK(c, "href"); ok {
				s.anchors = append(s.anchors, anchor{
					href: href, hreflang: attr(c, "hreflang"), lang: attr(c, "lang"),
					n: c, switcher: f.switcher,
				})
				if f.crumb != nil && f.crumb == s.crumbZone {
					s.crumbs = append(s.crumbs, collapse(nodeText(c)))
				}
				if hasRel(c, "author") {
					s.authorRel = append(s.authorRel, collapse(nodeText(c)))
				}
			}
		case atom.Time:
			if v := attr(c, "datetime"); v != "" {
				ip := strings.ToLower(attr(c, "itemprop"))
				_, pub := attrOK(c, "pubdate")
				s.times = append(s.times, timeTag{
					value: v, pubdate: pub || ip == "datepublished",
					modified: ip == "datemodified", inArticle: f.article,
				})
			}
		case atom.Article:
			g.article = true
		case atom.Header, atom.Nav:
			g.switcher = true
		}
		if !g.switcher && s.isSwitcherZone(c) {
			g.switcher = true
		}
		if g.crumb == nil && s.crumbZone == nil && s.isBreadcrumb(c) {
			g.crumb, s.crumbZone = c, c
		}
		if s.byline == "" && s.bylines < maxBylines && len(c.Attr) > 0 && s.verdicts.classVerdict(c).byline {
			s.bylines++
			if t := collapse(nodeText(c)); len(t) <= maxByline {
				s.byline = t
			}
		}
		if c.DataAtom != atom.Time && c.DataAtom != atom.Meta {
			s.itemprop(c, f)
		}
		s.walk(c, g)
	}
}

// meta records a <meta> element under each of its keys.
func (s *scan) meta(n *html.Node) {
	content, ok := attrOK(n, "content")
	if !ok {
		return
	}
	content = strings.TrimSpace(content)
	for _, k := range [...]string{"name", "property", "itemprop", "http-equiv"} {
		if v := attr(n, k); v != "" {
			// property may hold several space-separated names.
			for key := range strings.FieldsSeq(strings.ToLower(v)) {
				s.metas = append(s.metas, metaTag{key, content})
			}
		}
	}
}

// link records canonical, alternate-language and author links.
func (s *scan) link(n *html.Node) {
	href := strings.TrimSpace(attr(n, "href"))
	if href == "" {
		return
	}
	switch {
	case hasRel(n, "canonical"):
		if s.canonical == "" {
			s.canonical = href
		}
	case hasRel(n, "alternate"):
		if hl := strings.TrimSpace(attr(n, "hreflang")); hl != "" {
			s.hreflangs = append(s.hreflangs, [2]string{hl, href})
		}
	}
}

// itemprop records microdata dates and authors outside <time> and <meta>.
func (s *scan) itemprop(n *html.Node, f scanFlags) {
	ip := attr(n, "itemprop")
	if ip == "" {
		return
	}
	switch strings.ToLower(ip) {
	case "datepublished", "datemodified":
		v := attr(n, "content")
		if v == "" {
			v = attr(n, "datetime")
		}
		if v == "" {
			v = collapse(nodeText(n))
		}
		mod := strings.EqualFold(ip, "datemodified")
		s.times = append(s.times, timeTag{value: v, pubdate: !mod, modified: mod, inArticle: f.article})
	case "author", "creator":
		if name := findItemprop(n, "name"); name != nil {
			s.itemAuth = append(s.itemAuth, collapse(nodeText(name)))
		} else if v := attr(n, "content"); v != "" {
			s.itemAuth = append(s.itemAuth, v)
		} else {
			s.itemAuth = append(s.itemAuth, collapse(nodeText(n)))
		}
	}
}

// findItemprop returns the first element under n whose itemprop is name.
func findItemprop(n *html.Node, name string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if strings.EqualFold(attr(c, "itemprop"), name) {
			return c
		}
		if f := findItemprop(c, name); f != nil {
			return f
		}
	}
	return nil
}

// isSwitcherZone reports whether n is a page region where a link whose text
// is a language name is a language switcher: a navigation role or a class
// or id from switcherSet.
func (s *scan) isSwitcherZone(n *html.Node) bool {
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "menubar", "menu":
		return true
	}
	return s.verdicts.classVerdict(n).switcher
}

// isBreadcrumb reports whether n is a breadcrumb trail.
func (s *scan) isBreadcrumb(n *html.Node) bool {
	if strings.Contains(strings.ToLower(attr(n, "aria-label")), "breadcrumb") ||
		strings.HasSuffix(attr(n, "itemtype"), "BreadcrumbList") {
		return true
	}
	return s.verdicts.classVerdict(n).crumb
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// attrOK returns the value of n's attribute key and whether n has it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasRel reports whether n's rel attribute lists value.
func hasRel(n *html.Node, value string) bool {
	for v := range strings.FieldsSeq(attr(n, "rel")) {
		if strings.EqualFold(v, value) {
			return true
		}
	}
	return false
}

// inSVG reports whether n is inside an <svg> (whose <title> is no page title).
func inSVG(n *html.Node) bool {
	return n.Namespace == "svg"
}

// nodeText returns the text under n, as written (no white space collapsed,
// no block separated); script and style content included only when n is
// itself one.
func nodeText(n *html.Node) string {
	if n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode {
		return n.FirstChild.Data
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
					continue
				}
				if c.DataAtom == atom.Br {
					b.WriteByte('\n')
				}
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}
