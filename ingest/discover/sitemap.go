package discover

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// MaxSitemapBytes is the most a sitemap may hold, before and after
// decompression: 50 MiB, the sitemap protocol's limit.
const MaxSitemapBytes = 50 << 20

// MaxSitemapEntries is the most URLs or child sitemaps a sitemap may list,
// the sitemap protocol's limit.
const MaxSitemapEntries = 50_000

// ErrLimit is wrapped by the errors of ParseSitemap and ParseFeed when the
// input is over MaxSitemapBytes, MaxSitemapEntries or MaxFeedBytes.
var ErrLimit = errors.New("over the protocol's limit")

// ErrNotSitemap is wrapped by the error of ParseSitemap when the input is
// well-formed but is not a sitemap: an XML document whose root is neither
// urlset nor sitemapindex (an RSS or Atom feed, which the sitemap protocol
// also accepts, is one: read it with ParseFeed), or text without a URL.
var ErrNotSitemap = errors.New("not a sitemap")

// Sitemap is one parsed sitemap file: either an index of child sitemaps or a
// list of URLs.
type Sitemap struct {
	Children []string // <sitemapindex><sitemap><loc>
	URLs     []Entry  // <urlset><url>
}

// Entry is one URL of a sitemap, with what the sitemap says about it.
type Entry struct {
	Loc           string
	LastMod       time.Time         // <lastmod>, W3C datetime (YYYY, YYYY-MM-DD, with time and zone); zero when absent/invalid
	NewsPublished time.Time         // <news:news><news:publication_date>
	NewsLanguage  string            // <news:news><news:publication><news:language>, lower-case
	NewsTitle     string            // <news:news><news:title>
	Alternates    map[string]string // <xhtml:link rel="alternate" hreflang="fr" href="…"/>: lower-case base language → href (x-default skipped)
}

// Namespaces of the elements ParseSitemap reads, matched by URI whatever
// prefix the file binds them to.
const (
	nsNews  = "http://www.google.com/schemas/sitemap-news/0.9"
	nsXHTML = "http://www.w3.org/1999/xhtml"
)

// sitemapNamespaces are the namespaces of the core sitemap elements: the
// protocol's, its https spelling, Google's older ones, and none (files that
// omit xmlns are common).
var sitemapNamespaces = map[string]bool{
	"http://www.sitemaps.org/schemas/sitemap/0.9":  true,
	"https://www.sitemaps.org/schemas/sitemap/0.9": true,
	"http://www.google.com/schemas/sitemap/0.9":    true,
	"http://www.google.com/schemas/sitemap/0.84":   true,
	"": true,
}

func isSitemapName(n xml.Name, local string) bool {
	return n.Local == local && sitemapNamespaces[n.Space]
}

// ParseSitemap reads a sitemap: an XML urlset or sitemapindex, or a
// plain-text sitemap of one URL per line, gzip-compressed or not (gzip is
// recognized by its magic bytes). It refuses to read or decompress more
// than MaxSitemapBytes and to list more than MaxSitemapEntries, with an
// error that wraps ErrLimit. Elements are matched by namespace URI, not by
// prefix. Entries without a <loc> are skipped; locations are returned as
// written, trimmed. A plain-text sitemap keeps only its lines that are
// absolute http or https URLs.
func ParseSitemap(r io.Reader) (*Sitemap, error) {
	sm, err := parseSitemap(r)
	if err != nil {
		return nil, fmt.Errorf("parse sitemap: %w", err)
	}
	return sm, nil
}

func parseSitemap(r io.Reader) (*Sitemap, error) {
	br := bufio.NewReader(newLimitReader(r, MaxSitemapBytes, "input"))
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReader(newLimitReader(zr, MaxSitemapBytes, "decompressed input"))
	}
	// Skip a byte order mark and leading blanks to see whether it is XML.
	for {
		b, err := br.Peek(1)
		if err != nil {
			if err == io.EOF {
				return nil, fmt.Errorf("empty input: %w", ErrNotSitemap)
			}
			return nil, err
		}
		switch {
		case b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n':
			br.Discard(1)
			continue
		case b[0] == 0xef:
			if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\ufeff")) {
				br.Discard(3)
				continue
			}
		case b[0] == '<':
			return parseXMLSitemap(br)
		}
		return parseTextSitemap(br)
	}
}

// parseXMLSitemap reads a urlset or a sitemapindex.
func parseXMLSitemap(r io.Reader) (*Sitemap, error) {
	d := xml.NewDecoder(r)
	// Forgive what real sitemaps get wrong (a bare & in a URL, HTML
	// entities); a truncated or garbled file is still an error.
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel

	root, err := rootElement(d)
	if err != nil {
		return nil, err
	}
	var child string
	switch {
	case isSitemapName(root.Name, "urlset"):
		child = "url"
	case isSitemapName(root.Name, "sitemapindex"):
		child = "sitemap"
	default:
		return nil, fmt.Errorf("root element %.40q is not urlset or sitemapindex: %w", root.Name.Local, ErrNotSitemap)
	}

	sm := &Sitemap{}
	entries := 0
	for {
		tok, err := d.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			// The decoder checks nesting: this ends the root. Whatever
			// follows it is not read.
			return sm, nil
		case xml.StartElement:
			if !isSitemapName(t.Name, child) {
				if err := d.Skip(); err != nil {
					return nil, err
				}
				continue
			}
			entries++
			if entries > MaxSitemapEntries {
				return nil, fmt.Errorf("more than %d entries: %w", MaxSitemapEntries, ErrLimit)
			}
			e, err := readEntry(d)
			if err != nil {
				return nil, err
			}
			if e.Loc == "" {
				continue
			}
			if child == "sitemap" {
				sm.Children = append(sm.Children, e.Loc)
			} else {
				sm.URLs = append(sm.URLs, e)
			}
		}
	}
}

// rootElement returns the document's first element.
func rootElement(d *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := d.Token()
		if err != nil {
			if err == io.EOF {
				return xml.StartElement{}, fmt.Errorf("no root element: %w", ErrNotSitemap)
			}
			return xml.StartElement{}, err
		}
		if t, ok := tok.(xml.StartElement); ok {
			return t, nil
		}
	}
}

// Fields of an entry that readEntry collects the text of.
const (
	fieldNone = iota
	fieldLoc
	fieldLastMod
	fieldNewsDate
	fieldNewsTitle
	fieldNewsLanguage
	numFields
)

// readEntry reads the content of a <url> or <sitemap> element whose start
// tag the decoder has just returned, up to its end tag. It streams: an
// element it does not know is skipped without being kept in memory.
func readEntry(d *xml.Decoder) (Entry, error) {
	var (
		e      Entry
		depth  int               // elements open inside the entry
		parent [3]xml.Name       // names of the open elements at depths 1 to 3
		field  int               // the field whose text is being read, at depth fdepth
		fdepth int               //
		texts  [numFields]string // first text of each field
		text   strings.Builder   //
	)
	for {
		tok, err := d.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return Entry{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth <= len(parent) {
				parent[depth-1] = t.Name
			}
			if field != fieldNone {
				continue // an element inside a field's: its text is not the field's
			}
			f := fieldOf(depth, parent, t.Name)
			if f != fieldNone && texts[f] == "" {
				field, fdepth = f, depth
				text.Reset()
			}
			if depth == 1 && t.Name.Space == nsXHTML && t.Name.Local == "link" {
				addAlternate(&e, t.Attr)
			}
		case xml.CharData:
			if field != fieldNone && depth == fdepth {
				text.Write(t)
			}
		case xml.EndElement:
			if depth == 0 {
				e.Loc = texts[fieldLoc]
				e.LastMod = parseW3CDate(texts[fieldLastMod])
				e.NewsPublished = parseW3CDate(texts[fieldNewsDate])
				e.NewsTitle = texts[fieldNewsTitle]
				e.NewsLanguage = strings.ToLower(texts[fieldNewsLanguage])
				return e, nil
			}
			if field != fieldNone && depth == fdepth {
				texts[field] = strings.TrimSpace(text.String())
				field = fieldNone
			}
			depth--
		}
	}
}

// fieldOf tells which field an element opened at depth inside an entry
// holds the text of, given the names of the elements open above it.
func fieldOf(depth int, parent [3]xml.Name, name xml.Name) int {
	isNews := func(n xml.Name, local string) bool { return n.Space == nsNews && n.Local == local }
	switch {
	case depth == 1 && isSitemapName(name, "loc"):
		return fieldLoc
	case depth == 1 && isSitemapName(name, "lastmod"):
		return fieldLastMod
	case depth == 2 && isNews(parent[0], "news") && isNews(name, "publication_date"):
		return fieldNewsDate
	case depth == 2 && isNews(parent[0], "news") && isNews(name, "title"):
		return fieldNewsTitle
	case depth == 3 && isNews(parent[0], "news") && isNews(parent[1], "publication") && isNews(name, "language"):
		return fieldNewsLanguage
	}
	return fieldNone
}

// addAlternate records the language version an <xhtml:link> names.
func addAlternate(e *Entry, attrs []xml.Attr) {
	var rel, hreflang, href string
	for _, a := range attrs {
		if a.Name.Space != "" {
			continue
		}
		switch a.Name.Local {
		case "rel":
			rel = a.Value
		case "hreflang":
			hreflang = strings.TrimSpace(a.Value)
		case "href":
			href = strings.TrimSpace(a.Value)
		}
	}
	lang := baseLanguage(hreflang)
	if !hasToken(rel, "alternate") || lang == "" || href == "" {
		return
	}
	if e.Alternates == nil {
		e.Alternates = map[string]string{}
	}
	// Of fr-CA and fr-FR, the first listed stands for fr, unless a plain
	// fr is listed too.
	if _, seen := e.Alternates[lang]; !seen || strings.EqualFold(hreflang, lang) {
		e.Alternates[lang] = href
	}
}

// hasToken reports whether the space-separated list s holds tok, ignoring
// case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// baseLanguage returns the lower-case primary subtag of a language tag
// ("fr-CA" → "fr"), or "" for x-default and what is not a language tag.
func baseLanguage(tag string) string {
	base, _, _ := strings.Cut(strings.TrimSpace(tag), "-")
	base, _, _ = strings.Cut(base, "_")
	if len(base) < 2 || len(base) > 8 {
		return ""
	}
	for i := 0; i < len(base); i++ {
		if c := base[i] | 0x20; c < 'a' || c > 'z' {
			return ""
		}
	}
	return strings.ToLower(base)
}

// parseTextSitemap reads a sitemap of one URL per line.
func parseTextSitemap(r io.Reader) (*Sitemap, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<10)
	sm := &Sitemap{}
	lines := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		lines++
		if !isWebURL(line) {
			continue
		}
		if len(sm.URLs) == MaxSitemapEntries {
			return nil, fmt.Errorf("more than %d entries: %w", MaxSitemapEntries, ErrLimit)
		}
		sm.URLs = append(sm.URLs, Entry{Loc: line})
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("text line longer than 64 KiB: %w", ErrNotSitemap)
		}
		return nil, err
	}
	if len(sm.URLs) == 0 && lines > 0 {
		return nil, fmt.Errorf("text without an http or https URL: %w", ErrNotSitemap)
	}
	return sm, nil
}

// isWebURL reports whether s is an absolute http or https URL.
func isWebURL(s string) bool {
	if !hasPrefixFold(s, "http://") && !hasPrefixFold(s, "https://") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// limitReader reads from r until n bytes have been read and then fails
// with an error wrapping ErrLimit, rather than stopping silently like
// io.LimitReader: a truncated sitemap would read as a shorter one.
type limitReader struct {
	r     io.Reader
	n     int64 // bytes still allowed
	limit int64 // for the error message
	what  string
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, l.err()
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, l.err()
	}
	return n, err
}

func (l *limitReader) err() error {
	return fmt.Errorf("%s larger than %d bytes: %w", l.what, l.limit, ErrLimit)
}

func newLimitReader(r io.Reader, limit int64, what string) *limitReader {
	return &limitReader{r: r, n: limit, limit: limit, what: what}
}
