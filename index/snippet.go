package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
)

// snippetRunes is the length of a snippet, in characters.
const snippetRunes = 200

// span is a matched term: byte offsets into a field's text.
type span struct{ start, end int }

// snippet returns the extract of d shown under a hit: the window of about
// snippetRunes characters of the body (or the lead) with the most matched
// terms, cut at word boundaries, as plain-text segments. Without matches in
// the body or lead it is the beginning of the lead, or of the body.
func snippet(d *Doc, locs search.FieldTermLocationMap) []Segment {
	suffix := langSuffix(strings.ToLower(d.Lang))
	for _, part := range []struct{ field, text string }{{"body_" + suffix, d.Body}, {"lead_" + suffix, d.Lead}} {
		if spans := spansOf(locs[part.field], len(part.text)); len(spans) > 0 {
			return window(part.text, spans)
		}
	}
	text := d.Lead
	if text == "" {
		text = d.Body
	}
	return window(text, nil)
}

// spansOf returns the sorted, non-overlapping spans of a field's term
// locations that lie within a text of n bytes.
func spansOf(tl search.TermLocationMap, n int) []span {
	var spans []span
	for _, locs := range tl {
		for _, l := range locs {
			if l.Start < l.End && int(l.End) <= n {
				spans = append(spans, span{int(l.Start), int(l.End)})
			}
		}
	}
	slices.SortFunc(spans, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	out := spans[:0]
	for _, s := range spans {
		if len(out) > 0 && s.start < out[len(out)-1].end {
			out[len(out)-1].end = max(out[len(out)-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// window cuts from text the extract around spans (the beginning of text
// when there are none) and splits it into segments.
func window(text string, spans []span) []Segment {
	if text == "" {
		return []Segment{}
	}
	// The best window starts at the span that has the most spans within
	// snippetRunes characters of its start.
	best, bestCount := 0, 0
	for i := range spans {
		limit := runeOffset(text, spans[i].start, snippetRunes)
		n := 0
		for j := i; j < len(spans) && spans[j].end <= limit; j++ {
			n++
		}
		if n > bestCount {
			best, bestCount = i, n
		}
	}
	start := 0
	if len(spans) > 0 {
		// Some context before the first term, from a word start.
		start = min(wordStart(text, runeOffset(text, spans[best].start, -snippetRunes/5)), spans[best].start)
	}
	end := runeOffset(text, start, snippetRunes)
	if end < len(text) {
		end = wordEnd(text, end)
	}
	if len(spans) > 0 && spans[best].end > end {
		end = spans[best].end
	}
	var segs []Segment
	at := start
	for _, s := range spans {
		if s.start < start || s.end > end {
			continue
		}
		if s.start > at {
			segs = append(segs, Segment{Text: text[at:s.start]})
		}
		segs = append(segs, Segment{Text: text[s.start:s.end], Mark: true})
		at = s.end
	}
	if at < end {
		segs = append(segs, Segment{Text: text[at:end]})
	}
	return segs
}

// runeOffset returns the byte offset n characters after (before, when n is
// negative) offset i of s, clamped to s.
func runeOffset(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	for ; n < 0 && i > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// wordStart moves i forward to the start of a word (past the partial word
// it may fall in, and the spaces after it), unless i is at a paragraph or
// text start. It never moves more than 30 bytes.
func wordStart(s string, i int) int {
	if i == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsSpace(r) {
		return skipSpace(s, i)
	}
	j := i
	for j < len(s) && j-i < 30 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			return skipSpace(s, j)
		}
		j += size
	}
	return i
}

// skipSpace returns the offset of the first non-space at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// wordEnd moves i back to the end of the last whole word before it,
// dropping trailing spaces; it never moves more than 30 bytes.
func wordEnd(s string, i int) int {
	j := i
	for j > 0 && i-j < 30 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsSpace(r) {
			for j > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:j])
				if !unicode.IsSpace(r) {
					break
				}
				j -= size
			}
			return j
		}
		j -= size
	}
	return i
}
