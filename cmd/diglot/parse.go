package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"diglot.dev/diglot/ingest"
	"diglot.dev/diglot/ingest/config"
	"diglot.dev/diglot/ingest/page"
)

func parseCommand() command {
	return command{
		name:    "parse",
		summary: "show what diglot makes of one page (to debug a new source)",
		usage:   parseUsage,
		run:     runParse,
	}
}

type parsePageFlags struct {
	json      bool
	url       string
	userAgent string
}

func (f *parsePageFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.BoolVar(&f.json, "json", false, "print JSON instead of text")
	fs.StringVar(&f.url, "url", "", "the `URL` a saved FILE was fetched from (resolves its links)")
	fs.StringVar(&f.userAgent, "user-agent", config.DefaultUserAgent, "User-Agent `string` sent when fetching a URL")
	return fs
}

func parseUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot parse [--json] [--url URL] FILE|URL

Parse reads one HTML page, from a file or fetched from an http(s) URL (one
request, robots.txt respected), and prints what the crawler would make of
it: its canonical URL, title, lead, body paragraphs, publication time,
declared and detected language, the other-language versions it links
(hreflang and language-switcher links), and whether it is an article or a
listing page. Use it to check that a new source parses well.

The page's charset is decided from the HTTP header (for a URL), a byte
order mark or the page's <meta> tags.

With --json, parse prints one object:

	{"url","canonical","title","lead","body","published","lang","alternates":{lang:url},
	 "is_article","modified","author","section","declared_lang","detected_lang","confidence"}

where body is the paragraphs joined by blank lines, published and
modified are RFC 3339 times or empty, and lang is the language diglot
uses: the declared one unless the detector is confident of another.

flags (one dash or two):
`)
	var f parsePageFlags
	printFlags(w, f.flagSet())
}

// parsedPage is the --json form of a parsed page.
type parsedPage struct {
	URL          string            `json:"url"`
	Canonical    string            `json:"canonical"`
	Title        string            `json:"title"`
	Lead         string            `json:"lead"`
	Body         string            `json:"body"`
	Published    string            `json:"published"`
	Lang         string            `json:"lang"`
	Alternates   map[string]string `json:"alternates"`
	IsArticle    bool              `json:"is_article"`
	Modified     string            `json:"modified"`
	Author       string            `json:"author"`
	Section      string            `json:"section"`
	DeclaredLang string            `json:"declared_lang"`
	DetectedLang string            `json:"detected_lang"`
	Confidence   float64           `json:"confidence"`
}

func runParse(ctx context.Context, args []string, sio stdio) error {
	var f parsePageFlags
	operands, err := parseFlags("parse", f.flagSet(), args)
	if err != nil {
		return err
	}
	if len(operands) != 1 {
		return usagef("parse", "want one FILE or URL; got %d", len(operands))
	}
	src := operands[0]
	var body []byte
	var pageURL *url.URL
	if isURL(src) {
		if f.url != "" {
			return usagef("parse", "--url is for a saved FILE; the page's URL is %s", src)
		}
		body, pageURL, err = fetchOne(ctx, src, f.userAgent)
	} else {
		body, pageURL, err = readPageFile(sio, src, f.url)
	}
	if err != nil {
		return err
	}
	p, err := page.Parse(bytes.NewReader(body), pageURL)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	ld := ingest.NewDetector().Decide(p)
	out := parsedPage{
		URL: p.URL, Canonical: p.Canonical, Title: p.Title, Lead: p.Lead,
		Body: strings.Join(p.Body, "\n\n"), Published: rfc3339(p.Published), Lang: ld.Lang,
		Alternates: p.Alternates, IsArticle: p.IsArticle, Modified: rfc3339(p.Modified),
		Author: p.Author, Section: p.Section, DeclaredLang: ld.Declared, DetectedLang: ld.Detected,
		Confidence: ld.Confidence,
	}
	if out.Alternates == nil {
		out.Alternates = map[string]string{}
	}
	if f.json {
		enc := json.NewEncoder(sio.out)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return writeParsed(sio.out, out, len(p.Body))
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func writeParsed(w io.Writer, p parsedPage, paragraphs int) error {
	kind := "article"
	if !p.IsArticle {
		kind = "not an article (listing, home or other page)"
	}
	row := func(k, v string) {
		if v == "" {
			v = "-"
		}
		fmt.Fprintf(w, "%-11s %s\n", k+":", v)
	}
	row("url", p.URL)
	row("canonical", p.Canonical)
	row("kind", kind)
	lang := p.Lang
	if lang == "" {
		lang = "unknown"
	}
	row("language", fmt.Sprintf("%s (declared %s, detected %s at %.2f)", lang, orDash(p.DeclaredLang), orDash(p.DetectedLang), p.Confidence))
	row("title", p.Title)
	row("published", p.Published)
	row("modified", p.Modified)
	row("author", p.Author)
	row("section", p.Section)
	for _, l := range slices.Sorted(maps.Keys(p.Alternates)) {
		row("alternate", l+" "+p.Alternates[l])
	}
	row("lead", p.Lead)
	fmt.Fprintf(w, "body:       %d paragraphs, %d characters\n", paragraphs, len([]rune(p.Body)))
	if p.Body != "" {
		fmt.Fprintf(w, "\n%s\n", p.Body)
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// isURL reports whether s is an http or https URL rather than a file name.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// fetchOne fetches the page at raw with a Fetcher whose scope is that
// page's host, robots.txt respected.
func fetchOne(ctx context.Context, raw, userAgent string) ([]byte, *url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return nil, nil, usagef("parse", "%q is not a valid URL", raw)
	}
	f := ingest.NewFetcher(userAgent, ingest.Limits{Retries: 1}, nil)
	defer f.Close()
	sameHost := func(v *url.URL) bool {
		return strings.EqualFold(v.Host, u.Host) && (v.Scheme == "http" || v.Scheme == "https")
	}
	resp, err := f.Fetch(ctx, ingest.Request{URL: raw, Kind: ingest.KindPage, InScope: sameHost})
	if err != nil {
		return nil, nil, err
	}
	final, _ := url.Parse(resp.URL)
	return resp.Body, final, nil
}

// readPageFile reads an HTML file ("-" for standard input) and decodes it
// to UTF-8; its URL is pageURL when given, else the file's file: URL.
func readPageFile(sio stdio, name, pageURL string) ([]byte, *url.URL, error) {
	r, display, closeFn, err := openInput(sio, name)
	if err != nil {
		return nil, nil, err
	}
	defer closeFn()
	raw, err := io.ReadAll(io.LimitReader(r, maxHTML+1))
	if err != nil {
		return nil, nil, readError(display, err)
	}
	if len(raw) > maxHTML {
		return nil, nil, fmt.Errorf("%s: page larger than the %d MiB limit", display, maxHTML>>20)
	}
	body, err := ingest.DecodeHTML(raw, "")
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", display, err)
	}
	var u *url.URL
	if pageURL != "" {
		if u, err = url.Parse(pageURL); err != nil || !isURL(pageURL) {
			return nil, nil, usagef("parse", "--url %q: want an http or https URL", pageURL)
		}
	} else if name != "-" {
		abs, _ := filepath.Abs(name)
		u = &url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	} else {
		u = &url.URL{Scheme: "file", Path: "/stdin"}
	}
	return body, u, nil
}
