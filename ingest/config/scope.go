package config

import (
	"net"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

// InScope reports whether the crawler may fetch u: an absolute http or https
// URL with a host and no user information (user:password@), whose string
// form (u.String()) is matched by at least one Allow pattern and by no Deny
// pattern. A Source without Allow patterns has nothing in scope.
//
// Patterns are applied as written, with regexp.MatchString semantics: an
// unanchored pattern matches anywhere in the URL, so `example\.com` also
// admits https://evil.test/?next=example.com. Anchor allow patterns with ^
// and end the host with / (`^https://example\.com/`).
//
// The crawler calls InScope on URLs in the form ingest.NormalizeURL gives
// them (lower-case scheme and host, no default port); patterns should be
// written for that form. InScope is safe for concurrent use.
func (s *Source) InScope(u *url.URL) bool {
	if u == nil || u.Opaque != "" || u.User != nil || u.Host == "" {
		return false
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return false
	}
	text := u.String()
	return s.allowed(text) && s.denied(text) < 0
}

// allowed reports whether one of the Allow patterns matches the URL text.
func (s *Source) allowed(text string) bool {
	for _, re := range s.Allow {
		if re != nil && re.MatchString(text) {
			return true
		}
	}
	return false
}

// denied returns the index of the first Deny pattern that matches the URL
// text, or -1.
func (s *Source) denied(text string) int {
	for i, re := range s.Deny {
		if re != nil && re.MatchString(text) {
			return i
		}
	}
	return -1
}

// parseURL parses a seed, sitemap or feed URL and returns it in the form the
// crawler fetches it: scheme and host in lower case, without the default
// port, an empty path made "/" and no fragment (the subset of
// ingest.NormalizeURL that can change whether an allow pattern matches the
// start of the URL; this package cannot import ingest). ok is false when s is
// not an absolute http or https URL with a host and no user information.
func parseURL(s string) (u *url.URL, ok bool) {
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" || u.User != nil || u.Host == "" {
		return nil, false
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, false
	}
	u.Host = strings.ToLower(u.Host)
	if port := u.Port(); port == defaultPort(u.Scheme) {
		u.Host = strings.TrimSuffix(u.Host, ":"+port)
	}
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u, u.Hostname() != "" && utf8.ValidString(u.Host)
}

// defaultPort returns the port an http or https URL has when it names none.
func defaultPort(scheme string) string {
	if scheme == "https" {
		return "443"
	}
	return "80"
}

// originPattern returns the default allow pattern for URLs with the scheme
// and host of u (see Source.Allow), u as parseURL returns it: the host in
// lower case, with or without the scheme's default port; another port must
// be the same. The pattern is deliberately not case-insensitive: (?i) would
// also fold non-ASCII letters (K matches the Kelvin sign).
func originPattern(u *url.URL) (*regexp.Regexp, error) {
	host := u.Hostname()
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6 literal
	}
	origin := (&url.URL{Scheme: u.Scheme, Host: host}).String()
	port := u.Port()
	optional := ""
	switch port {
	case "", defaultPort(u.Scheme):
		optional = "(?::" + defaultPort(u.Scheme) + ")?"
	default:
		origin = (&url.URL{Scheme: u.Scheme, Host: net.JoinHostPort(u.Hostname(), port)}).String()
	}
	return regexp.Compile(`^` + regexp.QuoteMeta(origin) + optional + `(?:[/?#]|$)`)
}
