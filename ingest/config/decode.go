package config

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
	"golang.org/x/text/language"
)

// Keys of the file: at the top level, and in each [[source]] table.
var (
	topKeys    = []string{"user_agent", "source"}
	sourceKeys = []string{
		"name", "seeds", "sitemaps", "feeds", "allow", "deny",
		"languages", "delay", "concurrency", "max_pages", "max_depth",
	}
)

// validName is what a source name may look like; it ends up in file names.
var validName = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)

// syntaxError wraps an error of the TOML layer in an *Error with the line
// and column it happened at.
func syntaxError(file string, data []byte, err error) *Error {
	e := &Error{File: file, Line: 1, Err: err}
	var de *toml.DecodeError
	var pe *unstable.ParserError
	var ce *errConflict
	switch {
	case errors.As(err, &de):
		e.Line, e.Column = de.Position()
		if k := de.Key(); len(k) > 0 {
			parts := make([]string, len(k))
			for i, p := range k {
				parts[i] = displayKey(p)
			}
			e.Key = strings.Join(parts, ".")
		}
	case errors.As(err, &pe):
		// The highlight is a subslice of data; its offset is where the
		// capacities part.
		off := cap(data) - cap(pe.Highlight)
		if off < 0 || off > len(data) {
			off = 0
		}
		l := newLines(data)
		e.Line, e.Column = l.line(off), l.column(off)
		e.Err = errors.New(pe.Message)
	case errors.As(err, &ce):
		e.Line = newLines(data).line(ce.off)
		e.Key = displayKey(ce.key)
		e.Err = errors.New("defined twice")
	}
	e.Line = max(e.Line, 1)
	return e
}

// lines maps byte offsets to line and column numbers.
type lines struct {
	starts []int // offset of the first byte of each line
}

func newLines(data []byte) lines {
	starts := []int{0}
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	return lines{starts: starts}
}

// line returns the 1-based line of offset off.
func (l lines) line(off int) int {
	return sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
}

// column returns the 1-based byte column of offset off.
func (l lines) column(off int) int {
	return off - l.starts[l.line(off)-1] + 1
}

// decoder turns the tree of a document into a Config, collecting every
// mistake it finds.
type decoder struct {
	file  string
	lines lines
	errs  []*Error
}

// errorf records a mistake about key at offset off.
func (d *decoder) errorf(off int, key, format string, args ...any) {
	d.errs = append(d.errs, &Error{
		File: d.file, Line: d.lines.line(off), Key: key,
		Err: fmt.Errorf(format, args...),
	})
}

// wrap records a mistake about key at offset off, caused by err.
func (d *decoder) wrap(off int, key, msg string, err error) {
	d.errs = append(d.errs, &Error{
		File: d.file, Line: d.lines.line(off), Key: key,
		Err: fmt.Errorf("%s: %w", msg, err),
	})
}

// unknown records a key that the file may not contain at this place.
func (d *decoder) unknown(f *field, path string, known, elsewhere []string, where string) {
	switch {
	case slices.Contains(elsewhere, f.name):
		d.errorf(f.off, path, "unknown key here (%s belongs %s)", f.name, where)
	case suggest(f.name, known) != "":
		d.errorf(f.off, path, "unknown key (did you mean %s?)", suggest(f.name, known))
	default:
		d.errorf(f.off, path, "unknown key (known keys: %s)", strings.Join(known, ", "))
	}
}

// config decodes the top-level table.
func (d *decoder) config(root *value) *Config {
	cfg := &Config{UserAgent: DefaultUserAgent}
	var sources *field
	for _, f := range root.fields {
		switch f.name {
		case "user_agent":
			if s, ok := d.str(f.val, f.name); ok {
				if msg := checkUserAgent(s); msg != "" {
					d.errorf(f.off, f.name, "%s", msg)
				} else {
					cfg.UserAgent = s
				}
			}
		case "source":
			sources = f
		default:
			d.unknown(f, displayKey(f.name), topKeys, sourceKeys, "in a [[source]] table")
		}
	}
	if sources == nil {
		d.errorf(0, "source", "no [[source]] table: describe at least one site to crawl")
		return cfg
	}
	v := sources.val
	switch {
	case v.kind == unstable.Table:
		d.errorf(sources.off, "source", "expected [[source]] tables (two brackets), got a single table")
		return cfg
	case v.kind != unstable.Array:
		d.errorf(sources.off, "source", "expected [[source]] tables, got %s", describe(v))
		return cfg
	case len(v.elems) == 0:
		d.errorf(sources.off, "source", "no [[source]] table: describe at least one site to crawl")
		return cfg
	}
	names := make(map[string]int) // name → index of the source using it
	for i, e := range v.elems {
		key := fmt.Sprintf("source[%d]", i)
		if e.kind != unstable.Table {
			d.errorf(e.off, key, "expected a table, got %s", describe(e))
			continue
		}
		src, nameOff := d.source(e, key)
		if src.Name != "" {
			if j, dup := names[src.Name]; dup {
				d.errorf(nameOff, key+".name", "%q is already the name of source[%d]; names must be unique", src.Name, j)
			} else {
				names[src.Name] = i
			}
		}
		cfg.Sources = append(cfg.Sources, src)
	}
	return cfg
}

// checkUserAgent returns why s cannot be a User-Agent header, or "".
func checkUserAgent(s string) string {
	if strings.TrimSpace(s) == "" {
		return "empty: remove the key to use the default, or name your crawler and a contact"
	}
	for _, c := range []byte(s) {
		if c < ' ' && c != '\t' || c == 0x7f {
			return fmt.Sprintf("%q contains a control character, which an HTTP header cannot", s)
		}
	}
	return ""
}

// source decodes one [[source]] table; key is its path ("source[2]").
// It also returns the offset of the name, for the duplicate check.
func (d *decoder) source(t *value, key string) (Source, int) {
	src := Source{
		Languages:   DefaultLanguages(),
		Delay:       DefaultDelay,
		Concurrency: DefaultConcurrency,
		MaxPages:    DefaultMaxPages,
		MaxDepth:    DefaultMaxDepth,
	}
	nameOff := t.off
	var urls []urlAt // seeds, sitemaps and feeds that parsed, for the scope check
	badPattern := false
	for _, f := range t.fields {
		path := key + "." + displayKey(f.name)
		switch f.name {
		case "name":
			nameOff = f.off
			s, ok := d.str(f.val, path)
			switch {
			case !ok:
			case !validName.MatchString(s):
				d.errorf(f.off, path, "%q is not a valid name: use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit", s)
			default:
				src.Name = s
			}
		case "seeds", "sitemaps", "feeds":
			list, us := d.urls(f, path)
			switch f.name {
			case "seeds":
				src.Seeds = list
			case "sitemaps":
				src.Sitemaps = list
			default:
				src.Feeds = list
			}
			urls = append(urls, us...)
		case "allow", "deny":
			res, ok := d.patterns(f, path)
			badPattern = badPattern || !ok
			if f.name == "allow" {
				src.Allow = res
			} else {
				src.Deny = res
			}
		case "languages":
			if tags := d.languages(f, path); len(tags) > 0 {
				src.Languages = tags
			}
		case "delay":
			if dur, ok := d.duration(f.val, path); ok {
				src.Delay = dur
			}
		case "concurrency":
			if n, ok := d.integer(f.val, path); ok {
				if n < 1 || n > MaxConcurrency {
					d.errorf(f.val.off, path, "%d is out of range: use 1 to %d requests in flight", n, MaxConcurrency)
				} else {
					src.Concurrency = int(n)
				}
			}
		case "max_pages":
			if n, ok := d.integer(f.val, path); ok {
				if n < 1 {
					d.errorf(f.val.off, path, "%d is out of range: use at least 1 page per run", n)
				} else {
					src.MaxPages = int(n)
				}
			}
		case "max_depth":
			if n, ok := d.integer(f.val, path); ok {
				if n < 0 {
					d.errorf(f.val.off, path, "%d is out of range: use 0 (the seeds only) or more", n)
				} else {
					src.MaxDepth = int(n)
				}
			}
		default:
			d.unknown(f, path, sourceKeys, topKeys, "at the top of the file, before the first [[source]]")
		}
	}
	if t.lookup("name") == nil {
		d.errorf(t.off, key+".name", `missing: every source needs a name, such as name = "city-news"`)
	}
	if !hasURLs(t) {
		d.errorf(t.off, key, "no seeds, sitemaps or feeds: give at least one URL to start from")
	}
	if badPattern {
		return src, nameOff // the scope is unknown; its mistakes are reported already
	}
	if len(src.Allow) == 0 {
		src.Allow = d.defaultScope(urls)
	}
	for _, u := range urls {
		text := u.url.String()
		shown := ""
		if text != u.raw {
			shown = fmt.Sprintf(" (fetched as %q)", text)
		}
		switch i := src.denied(text); {
		case !src.allowed(text):
			d.errorf(u.off, u.path, "%q%s is out of scope: no allow pattern matches it", u.raw, shown)
		case i >= 0:
			d.errorf(u.off, u.path, "%q%s is out of scope: deny[%d] %s matches it", u.raw, shown, i, literal(src.Deny[i].String()))
		}
	}
	return src, nameOff
}

// hasURLs reports whether source table t gives a seed, sitemap or feed,
// even a bad one (which is reported on its own).
func hasURLs(t *value) bool {
	for _, k := range []string{"seeds", "sitemaps", "feeds"} {
		if f := t.lookup(k); f != nil && (f.val.kind != unstable.Array || len(f.val.elems) > 0) {
			return true
		}
	}
	return false
}

// str decodes a string.
func (d *decoder) str(v *value, path string) (string, bool) {
	if v.kind != unstable.String {
		d.errorf(v.off, path, "expected a string, got %s", describe(v))
		return "", false
	}
	return v.text, true
}

// strings decodes an array of strings; it returns the strings that are and
// their values (for their offsets).
func (d *decoder) strings(f *field, path, example string) ([]string, []*value) {
	v := f.val
	if v.kind != unstable.Array {
		d.errorf(f.off, path, "expected an array of strings such as [%s], got %s", example, describe(v))
		return nil, nil
	}
	var list []string
	var vals []*value
	for i, e := range v.elems {
		if s, ok := d.str(e, fmt.Sprintf("%s[%d]", path, i)); ok {
			list = append(list, s)
			vals = append(vals, e)
		}
	}
	return list, vals
}

// urlAt is a seed, sitemap or feed URL and where it was written.
type urlAt struct {
	raw  string
	url  *url.URL // as the crawler fetches it (see parseURL)
	off  int
	path string
}

// urls decodes an array of absolute http or https URLs.
func (d *decoder) urls(f *field, path string) ([]string, []urlAt) {
	list, vals := d.strings(f, path, `"https://example.com/"`)
	var good []string
	var us []urlAt
	for i, s := range list {
		epath := fmt.Sprintf("%s[%d]", path, i)
		u, ok := parseURL(s)
		if !ok {
			hint := ""
			if _, ok := parseURL("https://" + s); ok && !strings.Contains(s, ":") {
				hint = fmt.Sprintf(" (did you mean %q?)", "https://"+s)
			}
			d.errorf(vals[i].off, epath, "%q is not an absolute http or https URL%s", s, hint)
			continue
		}
		good = append(good, s)
		us = append(us, urlAt{raw: s, url: u, off: vals[i].off, path: epath})
	}
	return good, us
}

// patterns decodes an array of regular expressions; ok is false when one
// does not compile.
func (d *decoder) patterns(f *field, path string) (res []*regexp.Regexp, ok bool) {
	list, vals := d.strings(f, path, "'^https://example\\.com/'")
	ok = len(list) == len(vals) && (f.val.kind == unstable.Array) && len(list) == len(f.val.elems)
	for i, s := range list {
		epath := fmt.Sprintf("%s[%d]", path, i)
		if s == "" {
			d.errorf(vals[i].off, epath, "empty pattern: it matches every URL; remove it or write one such as '^https://example\\.com/'")
			ok = false
			continue
		}
		re, err := regexp.Compile(s)
		if err != nil {
			d.wrap(vals[i].off, epath, "invalid regular expression", err)
			ok = false
			continue
		}
		res = append(res, re)
	}
	return res, ok
}

// languages decodes an array of base language tags.
func (d *decoder) languages(f *field, path string) []language.Tag {
	list, vals := d.strings(f, path, `"en", "fr"`)
	var tags []language.Tag
	for i, s := range list {
		epath := fmt.Sprintf("%s[%d]", path, i)
		tag, err := language.Parse(s)
		if err != nil {
			d.errorf(vals[i].off, epath, "%q is not a language tag: use a code such as \"en\" or \"fr\"", s)
			continue
		}
		base, conf := tag.Base()
		if conf != language.Exact {
			d.errorf(vals[i].off, epath, "%q is not a language: use a code such as \"en\" or \"fr\"", s)
			continue
		}
		if tag.String() != base.String() {
			d.errorf(vals[i].off, epath, "%q is not a base language tag: use %q", s, base.String())
			continue
		}
		if !slices.Contains(tags, tag) {
			tags = append(tags, tag)
		}
	}
	return tags
}

// duration decodes a non-negative duration written as a string.
func (d *decoder) duration(v *value, path string) (time.Duration, bool) {
	if v.kind != unstable.String {
		d.errorf(v.off, path, `expected a duration string such as "1s" or "500ms", got %s`, describe(v))
		return 0, false
	}
	dur, err := time.ParseDuration(v.text)
	switch {
	case err != nil:
		d.errorf(v.off, path, `invalid duration %q: write a number and a unit, such as "1s", "500ms" or "2m"`, v.text)
		return 0, false
	case dur < 0:
		d.errorf(v.off, path, "invalid duration %q: it must not be negative", v.text)
		return 0, false
	}
	return dur, true
}

// integer decodes an integer that fits an int.
func (d *decoder) integer(v *value, path string) (int64, bool) {
	if v.kind != unstable.Integer {
		d.errorf(v.off, path, "expected an integer, got %s", describe(v))
		return 0, false
	}
	// go-toml has checked the TOML syntax: what is left is Go's (sign,
	// 0x/0o/0b prefixes, underscores between digits).
	n, err := strconv.ParseInt(v.text, 0, 64)
	if err != nil || n > math.MaxInt || n < math.MinInt {
		d.errorf(v.off, path, "integer %s is too large", v.text)
		return 0, false
	}
	return n, true
}

// defaultScope returns one pattern per distinct scheme and host of the
// URLs.
func (d *decoder) defaultScope(urls []urlAt) []*regexp.Regexp {
	var res []*regexp.Regexp
	seen := make(map[string]bool)
	for _, u := range urls {
		re, err := originPattern(u.url)
		if err != nil {
			d.wrap(u.off, u.path, "cannot derive the default scope from this URL; give allow patterns", err)
			continue
		}
		if !seen[re.String()] {
			seen[re.String()] = true
			res = append(res, re)
		}
	}
	return res
}

// describe names the type of v, with its text for scalars, for messages
// such as `expected an integer, got string "two"`.
func describe(v *value) string {
	switch v.kind {
	case unstable.String:
		text := v.text
		if len(text) > 60 {
			text = strings.ToValidUTF8(text[:60], "") + "…"
		}
		return "string " + strconv.Quote(text)
	case unstable.Integer:
		return "integer " + v.text
	case unstable.Float:
		return "float " + v.text
	case unstable.Bool:
		return "boolean " + v.text
	case unstable.Array:
		return "an array"
	case unstable.Table:
		return "a table"
	case unstable.LocalDate, unstable.LocalTime, unstable.LocalDateTime, unstable.DateTime:
		return "date-time " + v.text
	}
	return "a " + v.kind.String()
}

// literal writes s as a TOML string, in single quotes when it can be (the
// usual way to write a pattern).
func literal(s string) string {
	for _, r := range s {
		if r == '\'' || r < ' ' && r != '\t' || r == 0x7f {
			return strconv.Quote(s)
		}
	}
	return "'" + s + "'"
}
