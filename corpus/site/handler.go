package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// perPage is how many articles a listing page shows.
const perPage = 10

// errNoPage is returned by the router for a path the site does not serve.
var errNoPage = errors.New("no such page")

// response is a page ready to serve.
type response struct {
	body     []byte
	ctype    string
	modified time.Time
	redirect string // when set, a permanent redirect to this path
}

// Handler serves the site. Absolute URLs (canonical, hreflang, sitemaps,
// feeds) are built from the request's Host and scheme, so it works behind
// any httptest server. Every page has an ETag (a hash of its bytes) and a
// Last-Modified time (its article's, or the newest of the articles it
// lists), and conditional requests get 304 Not Modified.
func (s *Site) Handler() http.Handler { return http.HandlerFunc(s.serveHTTP) }

func (s *Site) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	s.mu.RLock()
	res, err := s.route(r)
	s.mu.RUnlock()
	switch {
	case errors.Is(err, errNoPage):
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, notFoundPage)
		return
	case err != nil:
		http.Error(w, "internal server error", http.StatusInternalServerError)
		return
	case res.redirect != "":
		http.Redirect(w, r, res.redirect, http.StatusMovedPermanently)
		return
	}
	sum := sha256.Sum256(res.body)
	w.Header().Set("Content-Type", res.ctype)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:12])+`"`)
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.ServeContent(w, r, "", res.modified, bytes.NewReader(res.body))
}

const notFoundPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page not found | Hai Lan City News</title></head>
<body><h1>Page not found</h1><p>The page you asked for does not exist. <a href="/">Home</a></p></body></html>
`

// baseURL is the scheme and host the request was made to.
func baseURL(r *http.Request) string {
	if r.TLS != nil {
		return "https://" + r.Host
	}
	return "http://" + r.Host
}

// route finds and renders the page at the request's path.
func (s *Site) route(r *http.Request) (response, error) {
	p := r.URL.Path
	base := baseURL(r)
	switch p {
	case "/":
		return s.landing(base)
	case "/robots.txt":
		return s.robots(base), nil
	case "/sitemap.xml":
		return s.sitemapIndex(base), nil
	case "/sitemaps/en.xml.gz":
		return s.urlset(base, "en", true)
	case "/sitemaps/fr.xml":
		return s.urlset(base, "fr", false)
	case "/sitemaps/vi.xml":
		return s.urlset(base, "vi", false)
	case "/sitemaps/news.xml":
		return s.newsSitemap(base), nil
	case "/en/rss.xml":
		return s.rss(base), nil
	case "/fr/atom.xml":
		return s.atom(base), nil
	case "/en/about.html":
		return s.static(base, "en", p)
	case "/fr/contact.html":
		return s.static(base, "fr", p)
	case "/static/site.css":
		return response{body: []byte(siteCSS), ctype: "text/css; charset=utf-8", modified: staticTime}, nil
	}
	if name, ok := strings.CutPrefix(p, "/static/photo/"); ok {
		for _, sec := range sections {
			if name == sec.key+".svg" {
				return response{body: []byte(photoSVG(sec.key)), ctype: "image/svg+xml", modified: staticTime}, nil
			}
		}
		return response{}, errNoPage
	}
	if e, ok := s.byPath[p]; ok {
		return s.article(base, e)
	}
	parts := strings.Split(strings.Trim(p, "/"), "/")
	lang := parts[0]
	if _, ok := labelsFor[lang]; !ok {
		return response{}, errNoPage
	}
	if p == "/"+lang {
		return response{redirect: p + "/"}, nil
	}
	if p == searchPath[lang] {
		return s.search(base, lang, r.URL.Query().Get("q"))
	}
	if !strings.HasSuffix(p, "/") {
		return response{}, errNoPage
	}
	rest := parts[1:]
	page := 1
	if n := len(rest); n >= 2 && rest[n-2] == "page" {
		var err error
		page, err = strconv.Atoi(rest[n-1])
		if err != nil || page < 2 || rest[n-1] != strconv.Itoa(page) {
			return response{}, errNoPage
		}
		rest = rest[:n-2]
	}
	l := labelsFor[lang]
	switch {
	case len(rest) == 0:
		return s.listing(base, lang, listSpec{heading: l.Latest, path: "/" + lang + "/", entries: s.editions[lang], page: page, home: true})
	case len(rest) == 2 && rest[0] == "tag":
		tl, ok := s.tags[lang+"/"+rest[1]]
		if !ok {
			return response{}, errNoPage
		}
		return s.listing(base, lang, listSpec{
			heading: l.TagTitle + ": " + tl.name, path: "/" + lang + "/tag/" + rest[1] + "/", entries: tl.entries, page: page,
		})
	case len(rest) == 1:
		sec, ok := sectionBySlug(lang, rest[0])
		if !ok {
			return response{}, errNoPage
		}
		return s.listing(base, lang, listSpec{
			heading: sec.name[lang], path: "/" + lang + "/" + rest[0] + "/", entries: s.sections[lang+"/"+rest[0]],
			page: page, section: sec,
		})
	}
	return response{}, errNoPage
}

// listSpec is what a listing page lists.
type listSpec struct {
	heading string
	path    string // the first page's path
	entries []*entry
	page    int
	home    bool
	section *section
}

// listing renders one page of a home, section or tag listing.
func (s *Site) listing(base, lang string, spec listSpec) (response, error) {
	pages := max(1, (len(spec.entries)+perPage-1)/perPage)
	if spec.page > pages {
		return response{}, errNoPage
	}
	pagePath := func(n int) string {
		if n == 1 {
			return spec.path
		}
		return spec.path + "page/" + strconv.Itoa(n) + "/"
	}
	d := chrome(lang, s.newest)
	d.Title, d.Heading = spec.heading, spec.heading
	if spec.page > 1 {
		d.Title += " – " + d.L.Page + " " + strconv.Itoa(spec.page)
	}
	d.Canonical = base + pagePath(spec.page)
	d.OGURL = d.Canonical
	d.BodyClass = "listing-page"
	if spec.home {
		d.BodyClass = "home"
		d.Description = d.L.Tagline
		for _, ed := range editions {
			d.Alternates = append(d.Alternates, alternate{Lang: ed, Href: base + "/" + ed + "/"})
		}
	} else {
		d.Breadcrumb = []link{{Name: d.L.Home, Href: "/" + lang + "/"}, {Name: spec.heading}}
	}
	if spec.section != nil {
		for i := range d.Nav {
			d.Nav[i].Active = d.Nav[i].Href == spec.path
		}
	}
	from := (spec.page - 1) * perPage
	list := spec.entries[from:min(from+perPage, len(spec.entries))]
	var modified time.Time
	for i, e := range list {
		t := s.teaser(e, true)
		if spec.home && i%3 == 0 {
			t.Href += "?utm_campaign=home"
		}
		if spec.home && spec.page == 1 && i == 0 {
			d.Top = &t
		} else {
			d.Items = append(d.Items, t)
		}
		if lm := e.lastModified(); lm.After(modified) {
			modified = lm
		}
	}
	d.Empty = len(list) == 0
	if modified.IsZero() {
		modified = s.newest
	}
	if pages > 1 {
		if spec.page > 1 {
			d.Prev = pagePath(spec.page - 1)
		}
		if spec.page < pages {
			d.Next = pagePath(spec.page + 1)
		}
		for n := max(1, spec.page-3); n <= min(pages, spec.page+3); n++ {
			d.Pages = append(d.Pages, link{Name: strconv.Itoa(n), Href: pagePath(n), Active: n == spec.page})
		}
	}
	body, err := execute(listTmpl, "layout", d)
	if err != nil {
		return response{}, err
	}
	return response{body: body, ctype: contentType(""), modified: modified}, nil
}

// teaser is how listings show e.
func (s *Site) teaser(e *entry, withLead bool) teaser {
	sec, _ := sectionBySlug(e.lang, e.a.section)
	t := teaser{
		Title: e.title(), Href: e.path, Section: sec.name[e.lang], SectionHref: "/" + e.lang + "/" + e.a.section + "/",
		Date: formatDate(e.lang, e.published, false),
	}
	if withLead {
		t.Lead = e.lead()
	}
	return t
}

// search renders the results of a search of an edition's titles and leads.
func (s *Site) search(base, lang, q string) (response, error) {
	d := chrome(lang, s.newest)
	d.Title, d.Heading, d.Query, d.NoIndex = d.L.SearchResults, d.L.SearchResults, q, true
	d.Canonical = base + searchPath[lang]
	d.OGURL = d.Canonical
	d.BodyClass = "search-page"
	d.Breadcrumb = []link{{Name: d.L.Home, Href: "/" + lang + "/"}, {Name: d.L.Search}}
	needle := strings.ToLower(strings.TrimSpace(q))
	if needle != "" {
		for _, e := range s.editions[lang] {
			if strings.Contains(strings.ToLower(e.title()), needle) || strings.Contains(strings.ToLower(e.lead()), needle) {
				d.Items = append(d.Items, s.teaser(e, true))
				if len(d.Items) == 20 {
					break
				}
			}
		}
	}
	d.Empty = len(d.Items) == 0
	body, err := execute(listTmpl, "layout", d)
	if err != nil {
		return response{}, err
	}
	return response{body: body, ctype: contentType(""), modified: s.newest}, nil
}

// article renders an article page.
func (s *Site) article(base string, e *entry) (response, error) {
	a := e.a
	sec, _ := sectionBySlug(e.lang, a.section)
	d := chrome(e.lang, s.newest)
	d.Charset = metaCharset(a.charset)
	d.Title, d.Description = e.title(), e.lead()
	d.OGURL = base + e.path
	d.Canonical = d.OGURL
	if e.id%4 == 0 {
		d.Canonical = e.path // a relative canonical: the same URL, written another way
	}
	d.BodyClass = "article-page section-" + sec.key
	for i := range d.Nav {
		d.Nav[i].Active = d.Nav[i].Href == "/"+e.lang+"/"+a.section+"/"
	}
	d.Breadcrumb = []link{{Name: d.L.Home, Href: "/" + e.lang + "/"}, {Name: sec.name[e.lang], Href: "/" + e.lang + "/" + a.section + "/"}, {Name: d.Title}}
	if e.story != nil {
		versions := slices.Clone(e.story.versions)
		slices.SortFunc(versions, func(x, y *entry) int {
			return slices.Index(editions, x.lang) - slices.Index(editions, y.lang)
		})
		if a.link == LinkHreflang {
			for _, v := range versions {
				d.Alternates = append(d.Alternates, alternate{Lang: v.lang, Href: base + v.path})
			}
			d.Alternates = append(d.Alternates, alternate{Lang: "x-default", Href: base + versions[0].path})
		}
		if a.link == LinkSwitcher {
			d.Switcher = nil
			for _, v := range versions {
				if v != e {
					d.Switcher = append(d.Switcher, link{Name: editionNames[v.lang], Href: v.path, Lang: v.lang})
				}
			}
		}
	}
	variant := layoutVariants[e.id%len(layoutVariants)]
	ad := &articleData{
		ID: e.id, Wrapper: variant[0], LeadClass: variant[1], BodyClass: variant[2],
		Title: d.Title, Lead: d.Description, Author: a.author, AuthorHref: "/" + e.lang + "/",
		SectionName: sec.name[e.lang], SectionHref: "/" + e.lang + "/" + a.section + "/", Meta: string(a.meta),
		PublishedISO: e.published.Format(time.RFC3339), PublishedText: formatDate(e.lang, e.published, true),
		Image: base + "/static/photo/" + sec.key + ".svg", Caption: sec.photo[e.lang], AbsURL: d.OGURL,
	}
	if !e.modified.IsZero() {
		ad.ModifiedISO = e.modified.Format(time.RFC3339)
		ad.ModifiedText = formatDate(e.lang, e.modified, true)
	}
	for _, b := range e.blocks() {
		ad.Blocks = append(ad.Blocks, blockData{Heading: b.heading, Text: b.text})
	}
	for i, tag := range a.tags {
		ad.Tags = append(ad.Tags, link{Name: tag, Href: "/" + e.lang + "/tag/" + a.tagSlugs[i] + "/"})
	}
	for _, r := range s.related(e, 4) {
		ad.Related = append(ad.Related, s.teaser(r, false))
	}
	for k := range 2 {
		names, texts := commenters[e.lang], comments[e.lang]
		ad.Comments = append(ad.Comments, commentData{
			Author: names[(e.id+k*5)%len(names)],
			Date:   formatDate(e.lang, e.published.Add(time.Duration(3+k*7)*time.Hour), true),
			Text:   texts[(e.id*7+k*3)%len(texts)],
		})
	}
	if a.meta == MetaJSONLD {
		var err error
		modified := ad.ModifiedISO
		if modified == "" {
			modified = ad.PublishedISO
		}
		ad.JSONLD, err = jsonLD(newsArticle{
			Context: "https://schema.org", Type: "NewsArticle", Headline: d.Title, Description: d.Description,
			InLanguage: e.lang, DatePublished: ad.PublishedISO, DateModified: modified,
			Author: jsonThing{"Person", a.author}, Publisher: jsonThing{"NewsMediaOrganization", d.L.SiteName},
			Section: ad.SectionName, Keywords: a.tags, Image: ad.Image, MainEntity: d.OGURL,
		})
		if err != nil {
			return response{}, err
		}
	}
	d.Article = ad
	var body []byte
	var err error
	if a.broken {
		body, err = execute(brokenTmpl, "broken", d)
	} else {
		body, err = execute(articleTmpl, "layout", d)
	}
	if err != nil {
		return response{}, err
	}
	if body, err = encodePage(body, a.charset); err != nil {
		return response{}, err
	}
	return response{body: body, ctype: contentType(a.charset), modified: e.lastModified()}, nil
}

// related returns up to n articles of e's edition to suggest beside it: the
// nearest in time of its section first, then the nearest of any section.
func (s *Site) related(e *entry, n int) []*entry {
	list := s.editions[e.lang]
	i := slices.Index(list, e)
	var out []*entry
	for pass := range 2 {
		for d := 1; d < len(list) && len(out) < n; d++ {
			for _, j := range []int{i + d, i - d} {
				if j < 0 || j >= len(list) || len(out) >= n {
					continue
				}
				c := list[j]
				if (pass == 0) != (c.a.section == e.a.section) || slices.Contains(out, c) {
					continue
				}
				out = append(out, c)
			}
		}
	}
	return out
}

// landing renders the page at / that links the editions.
func (s *Site) landing(base string) (response, error) {
	d := pageData{Canonical: base + "/"}
	for _, ed := range editions {
		d.Editions = append(d.Editions, link{Name: labelsFor[ed].SiteName + " (" + editionNames[ed] + ")", Href: "/" + ed + "/", Lang: ed})
		d.Alternates = append(d.Alternates, alternate{Lang: ed, Href: base + "/" + ed + "/"})
	}
	d.Alternates = append(d.Alternates, alternate{Lang: "x-default", Href: base + "/"})
	body, err := execute(landingTmpl, "landing", d)
	if err != nil {
		return response{}, err
	}
	return response{body: body, ctype: contentType(""), modified: s.newest}, nil
}

// staticPages are the about and contact pages.
var staticPages = map[string]struct {
	heading    string
	paragraphs []string
}{
	"/en/about.html": {"About Hai Lan City News", []string{
		"Hai Lan City News is the news service of the Hai Lan People's Committee. It publishes news about the city's economy, port, public services and culture in English, French and Vietnamese.",
		"Our newsroom works from the Press Centre on Bach Dang Street. Readers can reach the editors at newsroom@hailan.example.",
		"Terms of use: articles may be quoted with a link to the original. Advertising enquiries: ads@hailan.example.",
	}},
	"/fr/contact.html": {"Nous contacter", []string{
		"Hai Lan Info est l'édition en français du service d'information du Comité populaire de Hai Lan.",
		"Rédaction : Centre de presse, rue Bach Dang, Hai Lan. Courriel : redaction@hailan.example.",
		"Qui sommes-nous ? Une équipe de journalistes et de traducteurs qui publie chaque jour l'actualité de la ville en français.",
		"Confidentialité : nous ne conservons que l'adresse électronique des abonnés à la lettre d'information.",
	}},
}

// static renders the about or contact page.
func (s *Site) static(base, lang, path string) (response, error) {
	sp := staticPages[path]
	d := chrome(lang, s.newest)
	d.Title, d.Heading, d.Paragraphs = sp.heading, sp.heading, sp.paragraphs
	d.Canonical, d.OGURL = base+path, base+path
	d.BodyClass = "static"
	d.Breadcrumb = []link{{Name: d.L.Home, Href: "/" + lang + "/"}, {Name: sp.heading}}
	body, err := execute(staticTmpl, "layout", d)
	if err != nil {
		return response{}, err
	}
	return response{body: body, ctype: contentType(""), modified: staticTime}, nil
}

// staticTime is the Last-Modified time of the files that never change.
var staticTime = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)

const siteCSS = `body{font-family:Georgia,serif;margin:0 auto;max-width:60rem;padding:0 1rem;color:#222}
.site-header,.site-footer{font-family:Helvetica,Arial,sans-serif}
.main-nav ul,.lang-switcher,.footer-links,.tags{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
.skip-link{position:absolute;left:-999px}
.sapo,.lead,.chapo{font-weight:bold}
figure img{max-width:100%;height:auto}
.share-bar a{margin-right:.5rem}
`

// photoSVG is the stock picture of a section: a plain coloured frame with
// its name.
func photoSVG(key string) string {
	colour := fmt.Sprintf("#%06x", hashString(key)&0x7f7f7f)
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">` +
		`<rect width="1200" height="675" fill="` + colour + `"/>` +
		`<text x="600" y="350" font-size="64" text-anchor="middle" fill="#fff">` + key + `</text></svg>`
}
