package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"diglot.dev/diglot/index"
)

// searchView is what search.html shows.
type searchView struct {
	Form     form
	Error    string // bad input, shown above the results
	Searched bool   // a result is there to show
	Latest   bool   // no query: the newest articles
	Total    uint64
	Took     string
	Hits     []hitView
	Facets   []facetGroup
	Sources  []string // for the source field's suggestions
	Pages    pagination
	Examples []link // fact filter examples
	Active   []link // the filters set, each with a link that removes it
	Clear    string // the search without its filters
	First    int    // rank of the first hit shown
	Last     int
}

// link is a labelled address of the page.
type link struct {
	Label  string
	Detail string
	URL    string
	Active bool
}

// hitView is one result.
type hitView struct {
	ID        string
	Title     string
	URL       string // the original, when http(s)
	Host      string
	Lang      string
	LangLabel string
	Source    string
	Date      string
	DateTime  string
	Snippet   []index.Segment
	Facts     []factChip
	Pair      string
	PairTitle string
	PairLang  string
}

// factChip is a fact met by the fact filter, as a result shows it.
type factChip struct {
	Text   string
	Detail string
	Class  string
	Status string
}

// facetGroup is one facet: its values as links that add (or, when set,
// remove) the filter.
type facetGroup struct {
	Name  string
	Items []link
}

// pagination is the page links under the results.
type pagination struct {
	Prev, Next string
	Links      []link // Label "…" with no URL for a gap
	Current    int
	Count      int
}

// factExamples are shown under the fact field.
var factExamples = []struct{ expr, detail string }{
	{"money>=1e9 USD", "sums of a billion dollars or more"},
	{"percent concept=exports", "percentages about exports"},
	{"date=2025-Q1", "the first quarter of 2025"},
	{"money status=mismatch", "sums the translation states differently"},
}

// examples are the fact filter examples as links that set the filter.
func examples(f form) []link {
	var ls []link
	for _, e := range factExamples {
		ls = append(ls, link{Label: e.expr, Detail: e.detail, URL: f.link("fact", e.expr), Active: f.Fact == e.expr})
	}
	return ls
}

// activeFilters lists the filters set, each with a link that removes it.
func activeFilters(f form) []link {
	var ls []link
	if f.Lang != "" {
		ls = append(ls, link{Label: "language: " + langName(f.Lang), URL: f.link("lang", "")})
	}
	if f.Source != "" {
		ls = append(ls, link{Label: "source: " + f.Source, URL: f.link("source", "")})
	}
	switch {
	case f.Since != "" && f.Until != "":
		ls = append(ls, link{Label: "from " + f.Since + " to " + f.Until, URL: f.link("since", "", "until", "")})
	case f.Since != "":
		ls = append(ls, link{Label: "from " + f.Since, URL: f.link("since", "")})
	case f.Until != "":
		ls = append(ls, link{Label: "until " + f.Until, URL: f.link("until", "")})
	}
	if f.Fact != "" {
		ls = append(ls, link{Label: "fact: " + f.Fact, URL: f.link("fact", "")})
	}
	return ls
}

// fill sets the view from a result.
func (v *searchView) fill(f form, req index.Request, res *index.Result) {
	v.Searched = true
	v.Latest = f.Q == ""
	v.Total = res.Total
	v.Took = tookString(res.Took)
	for _, h := range res.Hits {
		v.Hits = append(v.Hits, newHitView(h))
	}
	if len(v.Hits) > 0 {
		v.First = req.Offset + 1
		v.Last = req.Offset + len(v.Hits)
	}
	v.Facets = facets(f, res.Facets)
	for _, s := range res.Facets.Source {
		v.Sources = append(v.Sources, s.Name)
	}
	v.Pages = paginate(f, res.Total)
}

func tookString(d time.Duration) string {
	switch {
	case d <= 0:
		return ""
	case d < time.Millisecond:
		return "under 1 ms"
	case d < time.Second:
		return fmt.Sprintf("%d ms", d.Milliseconds())
	default:
		return fmt.Sprintf("%.1f s", d.Seconds())
	}
}

func newHitView(h index.Hit) hitView {
	hv := hitView{
		ID:        h.ID,
		Title:     strings.TrimSpace(h.Title),
		URL:       safeURL(h.URL),
		Lang:      h.Lang,
		LangLabel: strings.ToUpper(h.Lang),
		Source:    h.Source,
		Snippet:   h.Snippet,
		Pair:      h.Pair,
		PairTitle: strings.TrimSpace(h.PairTitle),
		PairLang:  strings.ToUpper(otherLang(h.Lang)),
	}
	if hv.Title == "" {
		hv.Title = "(untitled)"
	}
	if hv.Pair != "" && hv.PairTitle == "" {
		hv.PairTitle = "the translation"
	}
	if u, err := url.Parse(hv.URL); err == nil && hv.URL != "" {
		hv.Host = u.Host
	}
	hv.Date, hv.DateTime = dates(h.Published)
	for _, fct := range h.Facts {
		hv.Facts = append(hv.Facts, factChip{Text: fct.Text, Detail: factDetail(fct), Class: statusClass(fct.Status), Status: statusLabel(fct.Status)})
	}
	return hv
}

// facets turns the index's facets into links.
func facets(f form, fs index.Facets) []facetGroup {
	var gs []facetGroup
	if len(fs.Lang) > 0 {
		g := facetGroup{Name: "Language"}
		for _, c := range fs.Lang {
			active := f.Lang == c.Name
			g.Items = append(g.Items, link{Label: langName(c.Name), Detail: strconv.Itoa(c.Count), Active: active, URL: f.link("lang", toggle(active, c.Name))})
		}
		gs = append(gs, g)
	}
	if len(fs.Source) > 0 {
		g := facetGroup{Name: "Source"}
		for _, c := range fs.Source {
			active := f.Source == c.Name
			g.Items = append(g.Items, link{Label: c.Name, Detail: strconv.Itoa(c.Count), Active: active, URL: f.link("source", toggle(active, c.Name))})
		}
		gs = append(gs, g)
	}
	if len(fs.Month) > 0 {
		g := facetGroup{Name: "Month"}
		for _, c := range fs.Month {
			m, err := time.Parse("2006-01", c.Name)
			if err != nil {
				continue
			}
			since, until := m.Format(time.DateOnly), m.AddDate(0, 1, -1).Format(time.DateOnly)
			active := f.Since == since && f.Until == until
			l := link{Label: m.Format("Jan 2006"), Detail: strconv.Itoa(c.Count), Active: active, URL: f.link("since", since, "until", until)}
			if active {
				l.URL = f.link("since", "", "until", "")
			}
			g.Items = append(g.Items, l)
		}
		gs = append(gs, g)
	}
	return gs
}

func toggle(active bool, v string) string {
	if active {
		return ""
	}
	return v
}

// paginate makes the page links: the first, the last, and two either side
// of the current page.
func paginate(f form, total uint64) pagination {
	count := int(min(total, uint64(maxPage*pageSize)) / pageSize)
	if total%pageSize != 0 && count < maxPage {
		count++
	}
	pg := pagination{Current: f.Page, Count: count}
	if count <= 1 && f.Page <= 1 {
		return pg
	}
	if f.Page > 1 {
		pg.Prev = f.link("page", strconv.Itoa(min(f.Page-1, max(count, 1))))
	}
	if f.Page < count {
		pg.Next = f.link("page", strconv.Itoa(f.Page+1))
	}
	gap := false
	for n := 1; n <= count; n++ {
		if n == 1 || n == count || (n >= f.Page-2 && n <= f.Page+2) {
			pg.Links = append(pg.Links, link{Label: strconv.Itoa(n), URL: f.link("page", strconv.Itoa(n)), Active: n == f.Page})
			gap = false
		} else if !gap {
			pg.Links = append(pg.Links, link{Label: "…"})
			gap = true
		}
	}
	return pg
}

// langName names a language in itself.
func langName(code string) string {
	switch code {
	case "en":
		return "English"
	case "fr":
		return "Français"
	}
	return strings.ToUpper(code)
}

func otherLang(code string) string {
	switch code {
	case "en":
		return "fr"
	case "fr":
		return "en"
	}
	return ""
}

// dates formats a publication time for people and for <time datetime>.
func dates(t time.Time) (string, string) {
	if t.IsZero() {
		return "", ""
	}
	return t.UTC().Format("2 Jan 2006"), t.UTC().Format(time.RFC3339)
}

// safeURL returns u when it is an absolute http or https URL, and "" when
// it is anything else (javascript:, data:, relative…): crawled addresses
// become links only then.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}
