package page

import (
	"net/url"
	"strconv"
	"strings"
)

// listingSegments are first path segments of listing, search and service
// pages; a path of at most two segments that starts with one is no article.
var listingSegments = map[string]bool{
	"tag": true, "tags": true, "topic": true, "topics": true, "category": true, "categories": true,
	"section": true, "sections": true, "search": true, "recherche": true, "author": true,
	"authors": true, "auteur": true, "rubrique": true, "theme": true, "themes": true,
	"archive": true, "archives": true, "page": true,
}

// servicePages are path segments of pages about the site rather than news.
var servicePages = map[string]bool{
	"contact": true, "contact-us": true, "contactez-nous": true, "nous-contacter": true,
	"about": true, "about-us": true, "a-propos": true, "qui-sommes-nous": true,
	"mentions-legales": true, "legal": true, "privacy": true, "privacy-policy": true,
	"terms": true, "cgu": true, "impressum": true, "faq": true, "help": true, "aide": true,
	"subscribe": true, "abonnement": true, "newsletter": true, "newsletters": true,
	"login": true, "connexion": true, "sitemap": true, "plan-du-site": true,
}

// listingParams are query parameters of search and paginated pages ("p" is
// not one: WordPress numbers its posts with it).
var listingParams = []string{"page", "q", "s", "query", "search", "recherche", "paged", "start", "offset"}

// Thresholds of IsArticle, in characters of prose in the standfirst and
// body (teasers, menus and link lists never count).
const (
	minArticleDeclared = 150 // an article by og:type or JSON-LD needs this much…
	minArticleProse    = 400 // …an undeclared one this much…
	minArticleParas    = 2   // …in this many paragraphs
)

// urlListing reports whether the URL is the home page or has the shape of
// a listing, search, pagination or service page.
func urlListing(u *url.URL) bool {
	if u == nil {
		return false
	}
	var segs []string
	for s := range strings.SplitSeq(u.Path, "/") {
		if s != "" {
			segs = append(segs, strings.ToLower(s))
		}
	}
	q := u.Query()
	for _, p := range listingParams {
		if q.Has(p) {
			return true
		}
	}
	if len(segs) == 0 {
		return true // home page
	}
	last := segs[len(segs)-1]
	last = strings.TrimSuffix(strings.TrimSuffix(last, ".html"), ".htm")
	if servicePages[last] {
		return true
	}
	if len(segs) >= 2 && (segs[len(segs)-2] == "page" || segs[len(segs)-2] == "p") {
		if _, err := strconv.Atoi(last); err == nil {
			return true
		}
	}
	if listingSegments[segs[0]] && len(segs) <= 2 {
		return true
	}
	return false
}

// isArticle decides whether the page is one article: from the shape of
// its URL, what it declares (og:type, JSON-LD type) and the prose of its
// standfirst and body. Teasers are not prose: a listing's body is little
// more than one blurb.
func isArticle(u *url.URL, m map[string]string, ld *linkedData, lead string, body []para) bool {
	if urlListing(u) {
		return false
	}
	ogType := strings.ToLower(strings.TrimSpace(m["og:type"]))
	declared := ld.article != nil || ogType == "article" || strings.HasPrefix(ogType, "article:")
	if !declared && (ld.listing || ld.listed >= 3) {
		return false
	}
	prose, paras := countChars(lead), 0
	if lead != "" {
		paras++
	}
	for _, p := range body {
		if !p.heading {
			prose += countChars(p.text)
			paras++
		}
	}
	if declared {
		return prose >= minArticleDeclared
	}
	return prose >= minArticleProse && paras >= minArticleParas
}
