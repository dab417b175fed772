package ingest

import (
	"fmt"
	"net"
	"net/url"
	"path"
	"slices"
	"strings"
)

// trackingParams are query parameters that say where a reader came from,
// not which page they read: they are dropped so that one article reached
// from a feed, a newsletter and a home page is one URL. A name ending in
// "*" is a prefix.
var trackingParams = []string{
	"utm_*", "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
	"mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ocid", "cmpid", "at_medium",
	"at_campaign", "xtor", "ito",
}

// isTracking reports whether the query parameter name is a tracking one.
func isTracking(name string) bool {
	name = strings.ToLower(name)
	for _, p := range trackingParams {
		if prefix, ok := strings.CutSuffix(p, "*"); ok {
			if strings.HasPrefix(name, prefix) {
				return true
			}
		} else if name == p {
			return true
		}
	}
	return false
}

// NormalizeURL returns the form of an absolute http or https URL under
// which diglot stores and compares it: scheme and host in lower case, the
// default port dropped, an empty path made "/", dot segments resolved, the
// fragment and tracking parameters (utm_*, fbclid, gclid…) removed, and
// the remaining query parameters sorted by name (keeping the order of
// repeated names). Any other URL is an error.
func NormalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("normalize url: %w", err)
	}
	n, err := normalize(u)
	if err != nil {
		return "", err
	}
	return n.String(), nil
}

// normalize is NormalizeURL on a parsed URL; it returns a new URL and
// leaves u as it was.
func normalize(u *url.URL) (*url.URL, error) {
	n := *u
	n.Scheme = strings.ToLower(n.Scheme)
	if n.Scheme != "http" && n.Scheme != "https" {
		return nil, fmt.Errorf("normalize url %q: not an http or https URL", u.Redacted())
	}
	if n.Host == "" || n.Opaque != "" {
		return nil, fmt.Errorf("normalize url %q: no host", u.Redacted())
	}
	n.User = nil
	n.Host = strings.ToLower(n.Host)
	if host, port, err := net.SplitHostPort(n.Host); err == nil &&
		(n.Scheme == "http" && port == "80" || n.Scheme == "https" && port == "443") {
		n.Host = host
		if strings.Contains(host, ":") { // IPv6 literal
			n.Host = "[" + host + "]"
		}
	}
	n.Fragment, n.RawFragment = "", ""
	if n.Path == "" {
		n.Path = "/"
	} else {
		clean := path.Clean(n.Path)
		if strings.HasSuffix(n.Path, "/") && clean != "/" {
			clean += "/"
		}
		if clean != n.Path {
			n.Path, n.RawPath = clean, ""
		}
	}
	n.ForceQuery = false
	if n.RawQuery != "" {
		n.RawQuery = cleanQuery(n.RawQuery)
	}
	return &n, nil
}

// cleanQuery drops tracking parameters from a raw query and sorts the rest
// by name, stably, keeping each parameter as it was written.
func cleanQuery(raw string) string {
	var kept []string
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		name, _, _ := strings.Cut(part, "=")
		if unescaped, err := url.QueryUnescape(name); err == nil {
			name = unescaped
		}
		if isTracking(name) {
			continue
		}
		kept = append(kept, part)
	}
	slices.SortStableFunc(kept, func(a, b string) int {
		an, _, _ := strings.Cut(a, "=")
		bn, _, _ := strings.Cut(b, "=")
		return strings.Compare(an, bn)
	})
	return strings.Join(kept, "&")
}

// resolve returns the normalized absolute form of ref, read relative to
// base; ok is false when ref is not an http or https URL.
func resolve(base *url.URL, ref string) (string, bool) {
	r, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return "", false
	}
	if base != nil {
		r = base.ResolveReference(r)
	}
	n, err := normalize(r)
	if err != nil {
		return "", false
	}
	return n.String(), true
}
