package page

import (
	"net/url"
	"strings"
)

// resolve returns href as an absolute http or https URL against base, with
// its fragment removed, or nil when it is not one.
func resolve(base *url.URL, href string) *url.URL {
	href = strings.TrimSpace(href)
	if strings.ContainsAny(href, "\t\n\r") {
		href = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(href)
	}
	if href == "" || strings.HasPrefix(href, "#") && base == nil {
		return nil
	}
	r, err := url.Parse(href)
	if err != nil {
		return nil
	}
	if base != nil {
		r = base.ResolveReference(r)
	}
	if r.Scheme != "http" && r.Scheme != "https" || r.Host == "" {
		return nil
	}
	r.Fragment, r.RawFragment = "", ""
	r.Host = strings.ToLower(r.Host)
	return r
}

// resolveString is resolve returning the URL as a string, or "".
func resolveString(base *url.URL, href string) string {
	if r := resolve(base, href); r != nil {
		return r.String()
	}
	return ""
}

// baseURL returns the URL relative links of the page resolve against: its
// <base href> resolved against the page URL, or the page URL.
func baseURL(u *url.URL, base string) *url.URL {
	if base != "" {
		if b, err := url.Parse(strings.TrimSpace(base)); err == nil {
			if u != nil {
				b = u.ResolveReference(b)
			}
			if b.IsAbs() {
				return b
			}
		}
	}
	return u
}

// links returns every link target of the page, absolute, http or https,
// without fragment, de-duplicated, in document order.
func links(anchors []anchor, base *url.URL) []string {
	var out []string
	seen := make(map[string]bool, len(anchors))
	for _, a := range anchors {
		s := resolveString(base, a.href)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// canonical returns the page's canonical URL: <link rel=canonical>, then
// og:url, then the page URL, each made absolute and stripped of its
// fragment.
func canonical(s *scan, m map[string]string, base, u *url.URL) string {
	for _, c := range [...]string{s.canonical, m["og:url"]} {
		if c != "" {
			if r := resolveString(base, c); r != "" {
				return r
			}
		}
	}
	if u == nil {
		return ""
	}
	c := *u
	c.Fragment, c.RawFragment = "", ""
	return c.String()
}
