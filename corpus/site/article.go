package site

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// LinkStyle is how the site links one version of a story to its
// translations.
type LinkStyle string

// The link styles an article's front matter may name.
const (
	// LinkHreflang: <link rel="alternate" hreflang> in the page's head, and
	// xhtml:link entries in the sitemaps.
	LinkHreflang LinkStyle = "hreflang"
	// LinkSwitcher: the page's language switcher links to the translation.
	LinkSwitcher LinkStyle = "switcher"
	// LinkSitemap: only the sitemaps' xhtml:link entries tie the versions.
	LinkSitemap LinkStyle = "sitemap"
	// LinkNone: nothing links the versions; only their content says they
	// are one story.
	LinkNone LinkStyle = "none"
)

// DateMeta is how an article page declares its dates.
type DateMeta string

// The date declarations an article's front matter may name.
const (
	// MetaJSONLD: a JSON-LD NewsArticle with datePublished and dateModified.
	MetaJSONLD DateMeta = "jsonld"
	// MetaOpenGraph: article:published_time and article:modified_time meta
	// tags.
	MetaOpenGraph DateMeta = "opengraph"
	// MetaTime: <time datetime> elements in the byline.
	MetaTime DateMeta = "time"
)

// The charsets an article's front matter may ask for; the empty string
// means UTF-8.
const (
	// CharsetWindows1252: bytes in windows-1252, declared in the
	// Content-Type header and a <meta charset>.
	CharsetWindows1252 = "windows-1252"
	// CharsetLatin1: bytes in ISO-8859-1, declared in the Content-Type
	// header and a <meta charset>.
	CharsetLatin1 = "iso-8859-1"
	// CharsetMetaLatin1: bytes in ISO-8859-1, declared only in a <meta
	// charset>; the Content-Type header names no charset.
	CharsetMetaLatin1 = "meta-iso-8859-1"
)

// article is one language version of a story as its source file states
// it.
type article struct {
	lang      string // "en", "fr" or "vi"
	slug      string // the file's name without .txt
	pair      string // key shared by the versions of one story; empty for a one-language article
	title     string
	lead      string
	published time.Time
	modified  time.Time // zero when never modified
	section   string    // the section's slug in the article's language
	author    string
	tags      []string
	tagSlugs  []string // the tags as URL path segments
	link      LinkStyle
	meta      DateMeta
	charset   string // "" for UTF-8, or one of the Charset constants
	broken    bool   // markup: broken
	body      []block
}

// block is one body paragraph or subheading.
type block struct {
	heading bool
	text    string
}

// errArticle is wrapped by every error parseArticle returns.
var errArticle = errors.New("bad article")

// parseArticle reads an article file: "key: value" lines, a blank line,
// then body paragraphs separated by blank lines, a subheading being a
// paragraph that starts with "## ".
func parseArticle(lang, slug string, data []byte) (*article, error) {
	fail := func(line int, format string, args ...any) error {
		return fmt.Errorf("parse article %s/%s line %d: %s: %w", lang, slug, line, fmt.Sprintf(format, args...), errArticle)
	}
	if !utf8.Valid(data) {
		return nil, fail(1, "invalid UTF-8")
	}
	a := &article{lang: lang, slug: slug}
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \t\r")
		if text == "" {
			break
		}
		key, value, ok := strings.Cut(text, ":")
		if !ok {
			return nil, fail(line, "want key: value, got %q", text)
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if seen[key] {
			return nil, fail(line, "duplicate key %q", key)
		}
		seen[key] = true
		var err error
		switch key {
		case "pair":
			a.pair = value
		case "title":
			a.title = value
		case "lead":
			a.lead = value
		case "published":
			a.published, err = time.Parse(time.RFC3339, value)
		case "modified":
			a.modified, err = time.Parse(time.RFC3339, value)
		case "section":
			a.section = value
		case "author":
			a.author = value
		case "tags":
			for t := range strings.SplitSeq(value, ",") {
				if t = strings.TrimSpace(t); t != "" {
					a.tags = append(a.tags, t)
					a.tagSlugs = append(a.tagSlugs, slugify(t))
				}
			}
		case "link":
			a.link = LinkStyle(value)
			if !slices.Contains([]LinkStyle{LinkHreflang, LinkSwitcher, LinkSitemap, LinkNone}, a.link) {
				err = fmt.Errorf("unknown link style %q", value)
			}
		case "meta":
			a.meta = DateMeta(value)
			if !slices.Contains([]DateMeta{MetaJSONLD, MetaOpenGraph, MetaTime}, a.meta) {
				err = fmt.Errorf("unknown date meta %q", value)
			}
		case "charset":
			a.charset = value
			if !slices.Contains([]string{CharsetWindows1252, CharsetLatin1, CharsetMetaLatin1}, value) {
				err = fmt.Errorf("unknown charset %q", value)
			}
		case "markup":
			a.broken = value == "broken"
			if !a.broken {
				err = fmt.Errorf("unknown markup %q", value)
			}
		default:
			err = fmt.Errorf("unknown key %q", key)
		}
		if err != nil {
			return nil, fail(line, "%v", err)
		}
	}
	for _, k := range []string{"title", "lead", "published", "section", "author", "link", "meta"} {
		if !seen[k] {
			return nil, fail(line, "missing key %q", k)
		}
	}
	if a.pair == "" && a.link != LinkNone {
		return nil, fail(line, "link %q without a pair", a.link)
	}
	if !a.modified.IsZero() && a.modified.Before(a.published) {
		return nil, fail(line, "modified before published")
	}
	if _, ok := sectionBySlug(lang, a.section); !ok {
		return nil, fail(line, "unknown section %q", a.section)
	}
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		text := strings.Join(para, " ")
		para = para[:0]
		if h, ok := strings.CutPrefix(text, "## "); ok {
			a.body = append(a.body, block{heading: true, text: strings.TrimSpace(h)})
			return
		}
		a.body = append(a.body, block{text: text})
	}
	for sc.Scan() {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			flush()
			continue
		}
		para = append(para, text)
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("parse article %s/%s: %w", lang, slug, err)
	}
	if len(a.body) == 0 || a.body[len(a.body)-1].heading {
		return nil, fail(line, "no body paragraph")
	}
	return a, nil
}
