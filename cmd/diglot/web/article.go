package web

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"diglot.dev/diglot/index"
)

// articleView is what article.html shows: one or two versions side by
// side (English first), the table of mismatches, and a count of facts by
// status.
type articleView struct {
	Form       form
	Title      string
	Versions   []versionView
	Missing    string // the translation named but not in the index
	Mismatches []mismatchRow
	Statuses   []statusCount
	Facts      int // numbers in the article, a compared pair counted once
}

// versionView is one language version of the article.
type versionView struct {
	ID        string
	Lang      string
	LangLabel string
	LangName  string
	Title     []piece
	Blocks    []block
	URL       string // the original, when http(s)
	Host      string
	Source    string
	Section   string
	Date      string
	DateTime  string
	Facts     int
}

// block is a paragraph (the lead, or one of the body's).
type block struct {
	Lead   bool
	Pieces []piece
}

// piece is a run of text, or a fact in the text.
type piece struct {
	Text string
	Fact *factMark
}

// factMark is how a fact is highlighted.
type factMark struct {
	Anchor   string // element id
	Class    string
	Tip      string // title attribute: status, reason, the other version
	Footnote int    // its row in the mismatch table, 0 for none
}

// mismatchRow is a fact the two versions state differently.
type mismatchRow struct {
	N            int
	Kind         string
	EN, FR       string // as written
	ENRef, FRRef string // anchors in the text, "" when not found
	Reason       string
}

// statusCount is a number of facts with one status.
type statusCount struct {
	Label, Class string
	Count        int
}

func newArticleView(doc index.Doc, pair *index.Doc) articleView {
	v := articleView{Title: strings.TrimSpace(doc.Title)}
	if v.Title == "" {
		v.Title = "(untitled)"
	}
	docs := []index.Doc{doc}
	if pair != nil {
		docs = append(docs, *pair)
		if pair.Lang == "en" && doc.Lang != "en" {
			docs[0], docs[1] = docs[1], docs[0]
		}
	} else if doc.Pair != "" {
		v.Missing = fmt.Sprintf("The %s version (%s) is not in the index yet.", langEnglishName(otherLang(doc.Lang)), doc.Pair)
	}

	// Number the mismatches: English facts first, each with the French
	// fact it was compared with when it can be found, then the French
	// mismatches left over.
	foot := make([]map[int]int, len(docs)) // version → fact index → row
	for i := range docs {
		foot[i] = map[int]int{}
	}
	for i, d := range docs {
		for fi, fct := range d.Facts {
			if fct.Status != "mismatch" || foot[i][fi] != 0 {
				continue
			}
			row := mismatchRow{N: len(v.Mismatches) + 1, Kind: kindLabel(fct), Reason: fct.Reason}
			foot[i][fi] = row.N
			mine, other := fct.Text, fct.Other
			myRef, otherRef := anchor(d, fi), ""
			if len(docs) == 2 {
				j := 1 - i
				for fj, g := range docs[j].Facts {
					if g.Status == "mismatch" && foot[j][fj] == 0 && g.Text == fct.Other && (g.Other == "" || g.Other == fct.Text) {
						foot[j][fj] = row.N
						otherRef = anchor(docs[j], fj)
						if row.Reason == "" {
							row.Reason = g.Reason
						}
						break
					}
				}
			}
			if d.Lang == "fr" {
				row.FR, row.EN, row.FRRef, row.ENRef = mine, other, myRef, otherRef
			} else {
				row.EN, row.FR, row.ENRef, row.FRRef = mine, other, myRef, otherRef
			}
			v.Mismatches = append(v.Mismatches, row)
		}
	}

	counts := map[string]int{}
	for i, d := range docs {
		vv := versionView{
			ID:        d.ID,
			Lang:      d.Lang,
			LangLabel: strings.ToUpper(d.Lang),
			LangName:  langName(d.Lang),
			URL:       safeURL(d.URL),
			Source:    d.Source,
			Section:   d.Section,
			Facts:     len(d.Facts),
		}
		if vv.URL != "" {
			vv.Host = hostOf(vv.URL)
		}
		vv.Date, vv.DateTime = dates(d.Published)
		title, blocks := layout(d, func(fi int, fct index.Fact) *factMark {
			return &factMark{Anchor: anchor(d, fi), Class: statusClass(fct.Status), Tip: factTip(d.Lang, fct), Footnote: foot[i][fi]}
		})
		vv.Title, vv.Blocks = title, blocks
		if len(vv.Title) == 0 {
			vv.Title = []piece{{Text: "(untitled)"}}
		}
		v.Versions = append(v.Versions, vv)
		// A compared fact is in both versions: count it once, from the
		// first (English) version; the second adds its own only_*.
		for _, fct := range d.Facts {
			if i == 0 || !compared(fct.Status) {
				counts[fct.Status]++
				v.Facts++
			}
		}
	}
	for _, s := range []string{"match", "rounded", "mismatch", "only_en", "only_fr", ""} {
		if counts[s] > 0 {
			v.Statuses = append(v.Statuses, statusCount{Label: statusLabel(s), Class: statusClass(s), Count: counts[s]})
		}
	}
	return v
}

func anchor(d index.Doc, fi int) string {
	lang := d.Lang
	if !langRE.MatchString(lang) {
		lang = "x"
	}
	return fmt.Sprintf("%s-fact-%d", lang, fi+1)
}

func hostOf(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	return u
}

// span is a fact's place in the text.
type span struct {
	start, end, fact int
}

// layout cuts the document's text (Doc.Text: title, lead and body joined by
// blank lines) into the title and paragraphs, each a list of pieces with
// the facts marked by mark. Facts whose offsets do not fit the text (out of
// range, inside a character, overlapping an earlier fact) are left
// unmarked rather than shown wrong.
func layout(d index.Doc, mark func(int, index.Fact) *factMark) (title []piece, blocks []block) {
	text := d.Text()
	var spans []span
	for i, f := range d.Facts {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End || !boundary(text, f.Start) || !boundary(text, f.End) {
			continue
		}
		spans = append(spans, span{f.Start, f.End, i})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	kept := spans[:0]
	end := 0
	for _, s := range spans {
		if s.start >= end {
			kept = append(kept, s)
			end = s.end
		}
	}
	spans = kept

	// The parts of Text, in order, with their offsets.
	pos := 0
	next := func(s string) (int, int, bool) {
		if s == "" {
			return 0, 0, false
		}
		if pos > 0 {
			pos += 2 // "\n\n"
		}
		start := pos
		pos += len(s)
		return start, pos, true
	}
	if s, e, ok := next(d.Title); ok {
		title = pieces(text, s, e, spans, d.Facts, mark)
	}
	if s, e, ok := next(d.Lead); ok {
		blocks = append(blocks, block{Lead: true, Pieces: pieces(text, s, e, spans, d.Facts, mark)})
	}
	if s, e, ok := next(d.Body); ok {
		for s < e {
			pe := strings.Index(text[s:e], "\n\n")
			if pe < 0 {
				pe = e - s
			}
			if pe > 0 {
				blocks = append(blocks, block{Pieces: pieces(text, s, s+pe, spans, d.Facts, mark)})
			}
			s += pe + 2
		}
	}
	return title, blocks
}

// pieces cuts text[start:end] at the facts' spans.
func pieces(text string, start, end int, spans []span, facts []index.Fact, mark func(int, index.Fact) *factMark) []piece {
	var ps []piece
	at := start
	for _, s := range spans {
		if s.end <= start || s.start >= end {
			continue
		}
		from, to := max(s.start, start), min(s.end, end)
		if from > at {
			ps = append(ps, piece{Text: text[at:from]})
		}
		ps = append(ps, piece{Text: text[from:to], Fact: mark(s.fact, facts[s.fact])})
		at = to
	}
	if at < end {
		ps = append(ps, piece{Text: text[at:end]})
	}
	return ps
}

// boundary reports whether byte offset i of s starts a character (or is
// its end).
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// compared reports whether a fact of this status has a counterpart in the
// other version.
func compared(status string) bool {
	return status == "match" || status == "rounded" || status == "mismatch"
}

// statusClass is the CSS class of a fact with this status: a fixed set,
// whatever the index holds.
func statusClass(status string) string {
	switch status {
	case "match":
		return "st-match"
	case "rounded":
		return "st-rounded"
	case "mismatch":
		return "st-mismatch"
	case "only_en", "only_fr":
		return "st-only"
	}
	return "st-none"
}

func statusLabel(status string) string {
	switch status {
	case "match":
		return "same in both versions"
	case "rounded":
		return "rounded"
	case "mismatch":
		return "mismatch"
	case "only_en":
		return "only in English"
	case "only_fr":
		return "only in French"
	case "":
		return "not compared"
	}
	return status
}

func langEnglishName(code string) string {
	switch code {
	case "en":
		return "English"
	case "fr":
		return "French"
	case "":
		return "other-language"
	}
	return strings.ToUpper(code)
}

// kindLabel names a fact's kind and concept: "money (exports)".
func kindLabel(f index.Fact) string {
	if f.Concept != "" {
		return f.Kind + " (" + strings.ReplaceAll(f.Concept, "_", " ") + ")"
	}
	return f.Kind
}

// factDetail describes a fact's value: "money · 1200000000 USD · exports".
func factDetail(f index.Fact) string {
	parts := []string{f.Kind}
	if v := strings.TrimSpace(f.Value + " " + f.Unit); v != "" {
		parts = append(parts, v)
	}
	if f.Concept != "" {
		parts = append(parts, strings.ReplaceAll(f.Concept, "_", " "))
	}
	if f.Status != "" {
		parts = append(parts, statusLabel(f.Status))
	}
	return strings.Join(parts, " · ")
}

// factTip is the title attribute of a fact in the text of version lang.
func factTip(lang string, f index.Fact) string {
	var b strings.Builder
	b.WriteString(factDetail(f))
	other := strings.ToUpper(otherLang(lang))
	if other == "" {
		other = "other"
	}
	switch f.Status {
	case "mismatch":
		if f.Reason != "" {
			b.WriteString(": " + f.Reason)
		}
		if f.Other != "" {
			fmt.Fprintf(&b, " (%s: %s)", other, f.Other)
		}
	case "match", "rounded":
		if f.Other != "" {
			fmt.Fprintf(&b, " (%s: %s)", other, f.Other)
		}
	}
	return b.String()
}
