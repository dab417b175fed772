package discover

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
)

// MaxRobotsBytes is how much of a robots.txt body ParseRobots reads; the
// rest is ignored, as RFC 9309 §2.5 allows (it asks crawlers to parse at
// least 500 KiB).
const MaxRobotsBytes = 500 << 10

// maxCrawlDelay bounds a Crawl-delay value so that a huge one cannot
// overflow a time.Duration; the crawler applies its own, lower cap.
const maxCrawlDelay = 24 * time.Hour

// Robots is a parsed robots.txt for one host, per RFC 9309. The zero value
// and a nil *Robots allow everything. A Robots is immutable and safe for
// concurrent use.
//
// Matching is done by github.com/temoto/robotstxt. ParseRobots rewrites the
// file before handing it over so that the library follows the RFC where it
// does not on its own: a group applies to a product token that equals the
// agent (not to one that is a prefix of it), patterns are anchored at the
// start of the path, an Allow wins over a Disallow of the same length, a
// malformed line is skipped instead of failing the whole file, and
// non-ASCII characters and percent escapes compare as percent-encoded
// octets.
type Robots struct {
	data     *robotstxt.RobotsData // nil: allow everything
	sitemaps []string
}

var (
	robotsAllowAll, _    = robotstxt.FromStatusAndBytes(404, nil)
	robotsDisallowAll, _ = robotstxt.FromStatusAndBytes(503, nil)
)

// ParseRobots builds the rules from the HTTP status and body of /robots.txt
// (RFC 9309 §2.3.1): a 2xx answer is parsed; a 3xx answer (a redirect the
// fetcher did not follow) or a 4xx answer means there is no file and
// everything is allowed, except 429 Too Many Requests, which is treated like
// a server error; a 5xx answer, an unreachable host (status 0) or any other
// status disallows everything. Only the first MaxRobotsBytes of body are
// read.
func ParseRobots(status int, body []byte) *Robots {
	switch {
	case status >= 200 && status < 300:
		return parseRobotsBody(body)
	case status == 429:
		return &Robots{data: robotsDisallowAll}
	case status >= 300 && status < 500:
		return &Robots{data: robotsAllowAll}
	default:
		return &Robots{data: robotsDisallowAll}
	}
}

// Allowed reports whether agent may fetch path. path is the URL's path and
// query as requested ("/a/b?c=d", as url.URL.RequestURI returns it); agent
// is the product token of the crawler's User-Agent ("diglot"; a whole
// User-Agent string is reduced with AgentToken). /robots.txt itself is
// always allowed.
func (r *Robots) Allowed(agent, path string) bool {
	if r == nil || r.data == nil {
		return true
	}
	if p, _, _ := strings.Cut(path, "?"); p == "/robots.txt" {
		return true
	}
	return r.data.TestAgent(robotsPath(path), robotsAgent(agent))
}

// CrawlDelay returns the Crawl-delay of the group that applies to agent, or
// 0 when it sets none. Crawl-delay is not part of RFC 9309; values above 24
// hours are reduced to 24 hours.
func (r *Robots) CrawlDelay(agent string) time.Duration {
	if r == nil || r.data == nil {
		return 0
	}
	return max(r.data.FindGroup(robotsAgent(agent)).CrawlDelay, 0)
}

// Sitemaps returns the URLs of the file's Sitemap: lines, as written and in
// order, whatever group they appear in.
func (r *Robots) Sitemaps() []string {
	if r == nil {
		return nil
	}
	return slices.Clone(r.sitemaps)
}

// AgentToken returns the product token of a User-Agent string, the name
// robots.txt groups are matched on: its leading letters, hyphens and
// underscores ("diglot/1.0 (+https://example.org)" → "diglot").
func AgentToken(userAgent string) string {
	s := strings.TrimLeft(userAgent, " \t")
	i := 0
	for i < len(s) && isTokenByte(s[i]) {
		i++
	}
	return s[:i]
}

func isTokenByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '_'
}

// The rewritten file marks every group name and every pattern so that the
// library's prefix matching becomes the RFC's matching:
//   - a group's product token is followed by agentEnd, and so is the agent
//     asked about, so that "dig" no longer matches "diglot";
//   - every pattern and every path tested starts with pathStart, which
//     never occurs in a path, so that the library's unanchored regular
//     expressions for patterns with wildcards can only match at the start.
const (
	agentEnd  = "/"
	pathStart = "/\x00"
	// noRule is a Disallow pattern that matches no path: it stands for a
	// line that was dropped, so that the group still ends where it did.
	noRule = pathStart + "!"
	// noAgent is a group name that no agent matches.
	noAgent = "~"
)

// robotsAgent is the name the rewritten file knows agent by.
func robotsAgent(agent string) string {
	return strings.ToLower(AgentToken(agent)) + agentEnd
}

// robotsPath is the path the rewritten file's patterns are matched against.
func robotsPath(path string) string {
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return pathStart + normalizeOctets(path)
}

// robotsGroup is one group of a robots.txt file: its user-agent lines and
// the rule lines that follow them.
type robotsGroup struct {
	agents   []string
	allow    []string
	disallow []string
	delay    string
}

func (g *robotsGroup) hasRules() bool {
	return len(g.allow)+len(g.disallow) > 0 || g.delay != ""
}

// parseRobotsBody rewrites body for the library (see Robots) and parses it.
func parseRobotsBody(body []byte) *Robots {
	if len(body) > MaxRobotsBytes {
		body = body[:MaxRobotsBytes]
		// A line cut in the middle would be a different rule.
		if i := bytes.LastIndexAny(body, "\r\n"); i >= 0 {
			body = body[:i]
		}
	}
	body = bytes.TrimPrefix(body, []byte("\ufeff"))

	var (
		groups   []*robotsGroup
		sitemaps []string
	)
	for len(body) > 0 {
		var line []byte
		if i := bytes.IndexAny(body, "\r\n"); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			line, body = body, nil
		}
		if i := bytes.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		k, v, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			continue
		}
		key := strings.ToLower(string(bytes.TrimSpace(k)))
		value := string(bytes.TrimSpace(v))
		var g *robotsGroup
		if len(groups) > 0 {
			g = groups[len(groups)-1]
		}
		switch key {
		case "sitemap", "site-map":
			if value != "" {
				sitemaps = append(sitemaps, value)
			}
		case "user-agent", "useragent", "user agent":
			if g == nil || g.hasRules() {
				g = &robotsGroup{}
				groups = append(groups, g)
			}
			g.agents = append(g.agents, groupName(value))
		case "allow", "disallow":
			if g == nil {
				continue // a rule outside any group is ignored
			}
			pattern := noRule
			if f := strings.Fields(value); len(f) > 0 {
				pattern = rulePattern(f[0])
			}
			if key == "allow" && pattern != noRule {
				g.allow = append(g.allow, pattern)
			} else {
				g.disallow = append(g.disallow, pattern)
			}
		case "crawl-delay", "crawldelay":
			if g == nil {
				continue
			}
			d, err := strconv.ParseFloat(value, 64)
			if err != nil || math.IsNaN(d) || math.IsInf(d, 0) || d < 0 {
				g.disallow = append(g.disallow, noRule)
				continue
			}
			g.delay = strconv.FormatFloat(min(d, maxCrawlDelay.Seconds()), 'f', -1, 64)
		}
	}

	// The library merges the groups that name the same agent, as RFC 9309
	// §2.2.1 asks, and of two matching rules of equal length it keeps the
	// first, where §2.2.2 wants the Allow: so every group's Allow lines
	// are written first, then every group's Disallow lines, under the same
	// User-agent lines.
	var b strings.Builder
	writeAgents := func(g *robotsGroup) {
		for _, a := range g.agents {
			b.WriteString("User-agent: " + a + "\n")
		}
	}
	for _, g := range groups {
		writeAgents(g)
		for _, p := range g.allow {
			b.WriteString("Allow: " + p + "\n")
		}
		if len(g.allow) == 0 {
			// A group without rules still ends here.
			b.WriteString("Disallow: " + noRule + "\n")
		}
		if g.delay != "" {
			b.WriteString("Crawl-delay: " + g.delay + "\n")
		}
	}
	for _, g := range groups {
		if len(g.disallow) == 0 {
			continue
		}
		writeAgents(g)
		for _, p := range g.disallow {
			b.WriteString("Disallow: " + p + "\n")
		}
	}
	data, err := robotstxt.FromString(b.String())
	if err != nil {
		// The rewritten file has no line the library rejects; should it
		// ever, crawl nothing rather than ignore the host's wishes.
		data = robotsDisallowAll
	}
	return &Robots{data: data, sitemaps: sitemaps}
}

// groupName is the name a User-agent line's value is written as in the
// rewritten file: "*", or its product token in lower case followed by
// agentEnd ("Diglot/2.0" → "diglot/").
func groupName(value string) string {
	if strings.HasPrefix(value, "*") {
		return "*"
	}
	tok := strings.ToLower(AgentToken(value))
	if tok == "" {
		tok = noAgent
	}
	return tok + agentEnd
}

// rulePattern is an Allow or Disallow path as written in the rewritten
// file: starting with a slash, octets normalized, after pathStart.
func rulePattern(p string) string {
	if !strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "*") {
		p = "/" + p
	}
	return pathStart + normalizeOctets(p)
}

// normalizeOctets writes the octets of s that a URL carries percent-encoded
// (non-ASCII, controls, space) as %XX and upper-cases the hexadecimal digits
// of existing escapes, so that a path and a pattern compare octet by octet
// (RFC 9309 §2.2.2).
func normalizeOctets(s string) string {
	const hex = "0123456789ABCDEF"
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || c == '%' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteString(strings.ToUpper(s[i+1 : i+3]))
			i += 2
		case c <= ' ' || c >= 0x7f:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
