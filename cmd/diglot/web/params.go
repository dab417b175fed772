package web

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"diglot.dev/diglot/index"
)

// form is a search as the page's form and its links carry it: the values
// as typed (dates normalized to YYYY-MM-DD once they parse) and the page.
type form struct {
	Q, Lang, Source, Since, Until, Fact string
	Page                                int // 1-based
}

// langRE is a language code as the index stores it.
var langRE = regexp.MustCompile(`^[a-z]{2,3}$`)

// parseSearch reads the parameters of / and /api/search from a raw URL
// query. The API also takes limit and offset (the page takes page, 20 hits
// a page). The form comes back filled as far as the parameters could be
// read, so that the page can show what was typed next to the error.
func parseSearch(rawQuery string, maxQuery int, api bool) (form, index.Request, error) {
	var f form
	f.Page = 1
	vals, err := url.ParseQuery(rawQuery)
	if err != nil {
		return f, index.Request{}, inputErrorf("the address's parameters cannot be read: %v", err)
	}
	get := func(k string) string { return strings.TrimSpace(vals.Get(k)) }
	f.Q, f.Lang, f.Source, f.Since, f.Until, f.Fact = get("q"), get("lang"), get("source"), get("since"), get("until"), get("fact")
	req := index.Request{Query: f.Q, Lang: f.Lang, Source: f.Source, Limit: pageSize}

	for _, p := range []struct{ name, v string }{{"q", f.Q}, {"lang", f.Lang}, {"source", f.Source}, {"since", f.Since}, {"until", f.Until}, {"fact", f.Fact}} {
		if !utf8.ValidString(p.v) {
			return f, req, inputErrorf("%s is not valid UTF-8 text", p.name)
		}
	}
	if len(f.Q) > maxQuery {
		return f, req, inputErrorf("the query is %d bytes long: at most %d, please shorten it", len(f.Q), maxQuery)
	}
	for _, p := range []struct{ name, v string }{{"source", f.Source}, {"since", f.Since}, {"until", f.Until}, {"fact", f.Fact}} {
		if len(p.v) > maxParam {
			return f, req, inputErrorf("%s is %d bytes long: at most %d", p.name, len(p.v), maxParam)
		}
	}
	if f.Lang != "" && !langRE.MatchString(f.Lang) {
		return f, req, inputErrorf("language %q: want a code such as en or fr", f.Lang)
	}

	if req.Since, _, err = parseDay("since", f.Since); err != nil {
		return f, req, err
	}
	if _, req.Until, err = parseDay("until", f.Until); err != nil {
		return f, req, err
	}
	if !req.Since.IsZero() {
		f.Since = req.Since.Format(time.DateOnly)
	}
	if !req.Until.IsZero() {
		f.Until = req.Until.AddDate(0, 0, -1).Format(time.DateOnly)
		if !req.Since.IsZero() && !req.Until.After(req.Since) {
			return f, req, inputErrorf("the dates are the wrong way round: from %s until %s", f.Since, f.Until)
		}
	}

	if f.Fact != "" {
		if req.Fact, err = index.ParseFactFilter(f.Fact); err != nil {
			return f, req, err
		}
	}

	if api {
		if req.Limit, err = intParam(vals, "limit", pageSize, 1, maxLimit); err != nil {
			return f, req, err
		}
	}
	if f.Page, err = intParam(vals, "page", 1, 1, maxOffset/req.Limit+1); err != nil {
		return f, req, err
	}
	req.Offset = (f.Page - 1) * req.Limit
	if api && vals.Has("offset") {
		if req.Offset, err = intParam(vals, "offset", 0, 0, maxOffset); err != nil {
			return f, req, err
		}
	}
	return f, req, nil
}

// intParam reads the integer parameter name, def when absent, and checks
// that it lies in [lo, hi].
func intParam(vals url.Values, name string, def, lo, hi int) (int, error) {
	s := strings.TrimSpace(vals.Get(name))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		if len(s) > 20 {
			s = s[:20] + "…"
		}
		return def, inputErrorf("%s %q: want a whole number from %d to %d", name, s, lo, hi)
	}
	return n, nil
}

// parseDay reads a since or until date (YYYY, YYYY-MM or YYYY-MM-DD): the
// first instant of the period and the first instant after it.
func parseDay(name, v string) (start, end time.Time, err error) {
	if v == "" {
		return time.Time{}, time.Time{}, nil
	}
	for _, l := range []struct {
		layout              string
		years, months, days int
	}{{time.DateOnly, 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if t, err := time.Parse(l.layout, v); err == nil {
			return t, t.AddDate(l.years, l.months, l.days), nil
		}
	}
	return time.Time{}, time.Time{}, inputErrorf("%s date %q: want YYYY, YYYY-MM or YYYY-MM-DD", name, v)
}

// values returns the form as URL parameters, leaving out the empty ones
// and page 1.
func (f form) values() url.Values {
	v := url.Values{}
	for _, p := range []struct{ k, v string }{{"q", f.Q}, {"lang", f.Lang}, {"source", f.Source}, {"since", f.Since}, {"until", f.Until}, {"fact", f.Fact}} {
		if p.v != "" {
			v.Set(p.k, p.v)
		}
	}
	if f.Page > 1 {
		v.Set("page", strconv.Itoa(f.Page))
	}
	return v
}

// link returns the address of the search page with this form changed by
// key/value pairs (an empty value removes the key). Any change but the
// page's goes back to page 1.
func (f form) link(kv ...string) string {
	g := f
	if len(kv) > 0 {
		g.Page = 1
	}
	for i := 0; i+1 < len(kv); i += 2 {
		k, v := kv[i], kv[i+1]
		switch k {
		case "q":
			g.Q = v
		case "lang":
			g.Lang = v
		case "source":
			g.Source = v
		case "since":
			g.Since = v
		case "until":
			g.Until = v
		case "fact":
			g.Fact = v
		case "page":
			g.Page, _ = strconv.Atoi(v)
		}
	}
	if enc := g.values().Encode(); enc != "" {
		return "/?" + enc
	}
	return "/"
}

// Filtered reports whether any filter is set (the query aside).
func (f form) Filtered() bool {
	return f.Lang != "" || f.Source != "" || f.Since != "" || f.Until != "" || f.Fact != ""
}
