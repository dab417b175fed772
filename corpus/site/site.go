package site

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
)

//go:embed articles
var articleFiles embed.FS

// Page is one article page of a Site and what a crawler should find on it:
// the ground truth of tests.
type Page struct {
	// Path is the page's URL path, such as
	// "/en/economy/harbour-expansion-41207.html".
	Path string
	// Lang is the language of the page.
	Lang language.Tag
	// Pair is the key shared by the versions of one story; empty for an
	// article published in one language only.
	Pair string
	// Translations are the paths of the other versions of the story,
	// sorted; empty when Pair is.
	Translations []string
	// Link is how the page is linked to its translations.
	Link LinkStyle
	// Meta is how the page declares its dates.
	Meta DateMeta
	// Charset is the page's character encoding when it is not UTF-8: one of
	// the Charset constants, or empty.
	Charset string
	// Broken reports deliberately malformed markup.
	Broken bool
	// Section is the section's slug in the page's language ("economie").
	Section string
	// Title is the headline.
	Title string
	// Published is the publication time.
	Published time.Time
	// Modified is the last modification time, zero when never modified.
	Modified time.Time
}

// Site is a bilingual news site served over HTTP. It is safe for concurrent
// use.
type Site struct {
	mu       sync.RWMutex
	entries  []*entry            // every article page, in no particular order
	byPath   map[string]*entry   // article pages by path
	editions map[string][]*entry // each edition's articles, newest first
	sections map[string][]*entry // each section's articles by "lang/slug", newest first
	tags     map[string]*tagList // each tag's articles by "lang/slug"
	newest   time.Time           // the latest publication or modification time
}

// tagList is the articles of one tag, newest first.
type tagList struct {
	name    string
	entries []*entry
}

// entry is one article page of a site: an article's text placed at an
// address, with the variations Generate applies.
type entry struct {
	a         *article
	lang      string
	id        int
	slug      string
	path      string
	published time.Time
	modified  time.Time
	yearShift int      // added to every year the text states
	extra     string   // a sentence appended to the first paragraph
	edits     []string // sentences Edit appended
	story     *story   // the versions of the story; nil for a one-language article
}

// story is the versions of one story.
type story struct {
	key      string
	versions []*entry
}

// bundled is the embedded articles, parsed once.
var bundled = sync.OnceValues(loadArticles)

// loadArticles parses the embedded article files.
func loadArticles() ([]*article, error) {
	var all []*article
	for _, lang := range editions {
		names, err := fs.Glob(articleFiles, "articles/"+lang+"/*.txt")
		if err != nil {
			return nil, fmt.Errorf("load articles: %w", err)
		}
		for _, name := range names {
			data, err := articleFiles.ReadFile(name)
			if err != nil {
				return nil, fmt.Errorf("load articles: %w", err)
			}
			a, err := parseArticle(lang, strings.TrimSuffix(path.Base(name), ".txt"), data)
			if err != nil {
				return nil, err
			}
			all = append(all, a)
		}
	}
	return all, nil
}

// New returns the bundled site (the embedded articles).
func New() *Site {
	arts, err := bundled()
	if err != nil {
		// The articles are compiled in and checked by the tests: a bad one
		// is a programming error.
		panic(err)
	}
	var es []*entry
	for _, a := range arts {
		es = append(es, &entry{a: a, lang: a.lang, slug: a.slug, published: a.published, modified: a.modified})
	}
	numberEditions(es, func(lang string) func(*entry) int {
		next := map[string]int{"en": 41187, "fr": 8302, "vi": 120455}[lang]
		return func(e *entry) int {
			next += 1 + int(hashString(e.slug)%23)
			return next
		}
	})
	return newSite(es)
}

// numberEditions gives each entry its id, each edition numbering its
// articles independently in order of publication, oldest first.
func numberEditions(es []*entry, counter func(lang string) func(*entry) int) {
	byLang := map[string][]*entry{}
	for _, e := range es {
		byLang[e.lang] = append(byLang[e.lang], e)
	}
	for _, lang := range editions {
		list := byLang[lang]
		slices.SortStableFunc(list, func(x, y *entry) int {
			return cmp.Or(x.published.Compare(y.published), cmp.Compare(x.slug, y.slug))
		})
		next := counter(lang)
		for _, e := range list {
			e.id = next(e)
		}
	}
}

// newSite indexes entries whose lang, slug, id and dates are set.
func newSite(es []*entry) *Site {
	s := &Site{
		entries: es, byPath: make(map[string]*entry, len(es)), editions: map[string][]*entry{},
		sections: map[string][]*entry{}, tags: map[string]*tagList{},
	}
	stories := map[string]*story{}
	for _, e := range es {
		sec, _ := sectionBySlug(e.a.lang, e.a.section)
		e.path = "/" + e.lang + "/" + sec.slug[e.lang] + "/" + e.slug + "-" + strconv.Itoa(e.id) + ".html"
		s.byPath[e.path] = e
		s.editions[e.lang] = append(s.editions[e.lang], e)
		s.sections[e.lang+"/"+e.a.section] = append(s.sections[e.lang+"/"+e.a.section], e)
		for i, tag := range e.a.tags {
			key := e.lang + "/" + e.a.tagSlugs[i]
			tl := s.tags[key]
			if tl == nil {
				tl = &tagList{name: tag}
				s.tags[key] = tl
			}
			tl.entries = append(tl.entries, e)
		}
		if e.a.pair != "" {
			key := e.a.pair
			if e.story != nil { // Generate sets the stories itself
				continue
			}
			st := stories[key]
			if st == nil {
				st = &story{key: key}
				stories[key] = st
			}
			st.versions = append(st.versions, e)
			e.story = st
		}
	}
	for _, list := range s.editions {
		sortNewest(list)
	}
	for _, list := range s.sections {
		sortNewest(list)
	}
	for _, tl := range s.tags {
		sortNewest(tl.entries)
	}
	s.newest = time.Time{}
	for _, e := range es {
		if t := e.lastModified(); t.After(s.newest) {
			s.newest = t
		}
	}
	return s
}

func sortNewest(list []*entry) {
	slices.SortStableFunc(list, func(x, y *entry) int {
		return cmp.Or(y.published.Compare(x.published), cmp.Compare(x.path, y.path))
	})
}

// lastModified is the entry's modification time, or its publication time
// when it was never modified.
func (e *entry) lastModified() time.Time {
	if e.modified.After(e.published) {
		return e.modified
	}
	return e.published
}

// Pages lists the article pages with what a crawler should find on them,
// sorted by path.
func (s *Site) Pages() []Page {
	s.mu.RLock()
	defer s.mu.RUnlock()
	pages := make([]Page, 0, len(s.entries))
	for _, e := range s.entries {
		p := Page{
			Path: e.path, Lang: tags[e.lang], Link: e.a.link, Meta: e.a.meta, Charset: e.a.charset,
			Broken: e.a.broken, Section: e.a.section, Title: e.title(), Published: e.published, Modified: e.modified,
		}
		if e.story != nil {
			p.Pair = e.story.key
			for _, v := range e.story.versions {
				if v != e {
					p.Translations = append(p.Translations, v.path)
				}
			}
			slices.Sort(p.Translations)
		}
		pages = append(pages, p)
	}
	slices.SortFunc(pages, func(x, y Page) int { return cmp.Compare(x.Path, y.Path) })
	return pages
}

// ErrNotFound is returned for a path that is no article of the site.
var ErrNotFound = errors.New("no such article")

// Text returns the text of the article at path as a parser should extract
// it: the title, the lead and the body paragraphs and subheadings, each
// followed by a blank line but the last.
func (s *Site) Text(path string) (string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.byPath[path]
	if !ok {
		return "", fmt.Errorf("text of %s: %w", path, ErrNotFound)
	}
	parts := []string{e.title(), e.lead()}
	for _, b := range e.blocks() {
		parts = append(parts, b.text)
	}
	return strings.Join(parts, "\n\n"), nil
}

// Edit changes the text of the article at path (adds a sentence to its last
// paragraph, sets a new modified time) so that a second crawl sees a
// changed article. The new modified time is at, the time of the edit as a
// publishing system would stamp it (a crawler that has read the page
// before at must see it as changed in the sitemap), or an hour after the
// article's latest time when that is later; pass a fixed at for
// deterministic pages.
func (s *Site) Edit(path string, at time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.byPath[path]
	if !ok {
		return fmt.Errorf("edit %s: %w", path, ErrNotFound)
	}
	e.edits = append(e.edits, editSentence[e.lang])
	e.modified = e.lastModified().Add(time.Hour)
	if at.After(e.modified) {
		e.modified = at
	}
	if e.modified.After(s.newest) {
		s.newest = e.modified
	}
	return nil
}

// title, lead and blocks return the entry's text with its variations.
func (e *entry) title() string { return shiftYears(e.a.title, e.yearShift) }
func (e *entry) lead() string  { return shiftYears(e.a.lead, e.yearShift) }

func (e *entry) blocks() []block {
	bs := make([]block, len(e.a.body))
	for i, b := range e.a.body {
		bs[i] = block{heading: b.heading, text: shiftYears(b.text, e.yearShift)}
	}
	if e.extra != "" {
		// The first paragraph: the last one may be one that a version
		// deliberately adds or leaves out.
		for i := range bs {
			if !bs[i].heading {
				bs[i].text += " " + e.extra
				break
			}
		}
	}
	if len(e.edits) > 0 {
		last := &bs[len(bs)-1]
		last.text += " " + strings.Join(e.edits, " ")
	}
	return bs
}

// shiftYears adds n to every year of text: a run of exactly four digits
// from 1990 to 2059 that no digit, separator-digit or letter touches.
func shiftYears(text string, n int) string {
	if n == 0 {
		return text
	}
	var sb strings.Builder
	last := 0
	for i := 0; i+4 <= len(text); i++ {
		if !isYearAt(text, i) {
			continue
		}
		y, _ := strconv.Atoi(text[i : i+4])
		sb.WriteString(text[last:i])
		sb.WriteString(strconv.Itoa(y + n))
		last = i + 4
		i += 3
	}
	if last == 0 {
		return text
	}
	sb.WriteString(text[last:])
	return sb.String()
}

func isYearAt(text string, i int) bool {
	isDigit := func(j int) bool { return j >= 0 && j < len(text) && text[j] >= '0' && text[j] <= '9' }
	isWord := func(j int) bool {
		if j < 0 || j >= len(text) {
			return false
		}
		c := text[j]
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
	}
	for j := i; j < i+4; j++ {
		if !isDigit(j) {
			return false
		}
	}
	if isWord(i-1) || isWord(i+4) {
		return false
	}
	// "1,2025", "3.2030" or "No.2025": part of a larger number or a
	// reference.
	if i >= 2 && (text[i-1] == ',' || text[i-1] == '.') && isWord(i-2) {
		return false
	}
	if (i+5 < len(text)) && (text[i+4] == ',' || text[i+4] == '.') && isDigit(i+5) {
		return false
	}
	y, _ := strconv.Atoi(text[i : i+4])
	return y >= 1990 && y <= 2059
}

// hashString is a stable hash of s.
func hashString(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}
