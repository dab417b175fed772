package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// conceptData is the bilingual lexicon of what numbers measure; see the
// header of concepts.txt for its format.
//
//go:embed concepts.txt
var conceptData string

// lexicon maps the words around numbers to language-neutral concepts. One
// map serves both languages: a concept's English and French words sit side
// by side, and the few words the languages share mean the same thing.
type lexicon struct {
	words map[string]lexWord  // a normalized word → what it starts
	table *wordTable[lexWord] // words, for the scanner
	// starts marks the first two letters of the lexicon's words, so that
	// most words of a text ("the", "les", "and") skip the map.
	starts [26 * 26]bool
}

// mayStart reports whether a lexicon word may begin like w.
func (lx *lexicon) mayStart(w []byte) bool {
	if len(w) < 2 || !asciiLower(w[0]) || !asciiLower(w[1]) {
		return true
	}
	return lx.starts[int(w[0]-'a')*26+int(w[1]-'a')]
}

func asciiLower(c byte) bool { return 'a' <= c && c <= 'z' }

// lexWord is what a normalized word may be: a concept word, the first
// word of phrases, or both.
type lexWord struct {
	concept string
	phrases []phrase
}

type phrase struct {
	rest    []string // the normalized words after the first
	concept string
}

// concepts is the lexicon of concepts.txt, parsed on first use.
var concepts = sync.OnceValue(func() *lexicon {
	lx, err := parseLexicon(conceptData)
	if err != nil {
		panic(err) // the file is part of the package; TestLexicon keeps it valid
	}
	return lx
})

// parseLexicon reads the concept table. A word or phrase listed under two
// concepts keeps the first.
func parseLexicon(data string) (*lexicon, error) {
	lx := &lexicon{words: make(map[string]lexWord)}
	defer func() {
		for w := range lx.words {
			if len(w) >= 2 && asciiLower(w[0]) && asciiLower(w[1]) {
				lx.starts[int(w[0]-'a')*26+int(w[1]-'a')] = true
			}
		}
	}()
	err := eachRow("concepts.txt", data, func(n int, concept string, cols []string) error {
		for _, col := range cols {
			for entry := range strings.SplitSeq(col, ",") {
				ws := normalizedWords(entry)
				switch {
				case len(ws) == 0:
					return fmt.Errorf("concepts.txt:%d: empty entry for %s", n, concept)
				case len(ws) == 1:
					if w := lx.words[ws[0]]; w.concept == "" {
						w.concept = concept
						lx.words[ws[0]] = w
					}
				default:
					w := lx.words[ws[0]]
					w.phrases = append(w.phrases, phrase{rest: ws[1:], concept: concept})
					lx.words[ws[0]] = w
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.table = newWordTable(lx.words)
	return lx, nil
}

// normalizedWords splits s into the lexicon's normalized words (see
// nextWordBytes).
func normalizedWords(s string) []string {
	var ws []string
	var buf []byte
	for i := 0; i < len(s); {
		start, end := nextWordBytes(s, i, &buf)
		if start == end {
			break
		}
		ws = append(ws, string(buf))
		i = end
	}
	return ws
}

func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// appendFolded appends r in lower case without its accent.
func appendFolded(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å':
		r = 'a'
	case 'é', 'è', 'ê', 'ë':
		r = 'e'
	case 'î', 'ï', 'í', 'ì':
		r = 'i'
	case 'ô', 'ö', 'ó', 'ò', 'õ':
		r = 'o'
	case 'û', 'ü', 'ú', 'ù':
		r = 'u'
	case 'ç':
		r = 'c'
	case 'ÿ':
		r = 'y'
	case 'œ':
		return append(b, 'o', 'e')
	case 'æ':
		return append(b, 'a', 'e')
	}
	return utf8.AppendRune(b, r)
}

// conceptHit is a lexicon word or phrase found in a text.
type conceptHit struct {
	start, end int
	concept    string
}

// conceptScanner finds lexicon words in text without allocating per word;
// its buffers are reused from one scan to the next.
type conceptScanner struct {
	buf, buf2 []byte
	hits      []conceptHit
	shareHits []conceptHit // shareOf's own scan, which must not touch hits
	near      []string
	wins      []window
}

// scan returns the lexicon words and phrases of text[from:to], in order, a
// phrase before the words it is made of. The result is valid until the
// next scan.
func (sc *conceptScanner) scan(text string, from, to int) []conceptHit {
	sc.hits = sc.scanInto(sc.hits[:0], text, from, to)
	return sc.hits
}

// scanInto appends the lexicon words and phrases of text[from:to] to hits.
func (sc *conceptScanner) scanInto(hits []conceptHit, text string, from, to int) []conceptHit {
	lx := concepts()
	for i := from; i < to; {
		start, end := nextWordBytes(text[:to], i, &sc.buf)
		if end == start {
			break
		}
		i = end
		if !lx.mayStart(sc.buf) {
			continue
		}
		lw, ok := lx.table.get(sc.buf, wordHashOf(sc.buf))
		if !ok {
			continue
		}
		if len(lw.phrases) > 0 {
			best, bestEnd, bestLen := "", 0, 0
			for _, p := range lw.phrases {
				if len(p.rest) <= bestLen {
					continue
				}
				if e, ok := sc.phraseAt(text[:to], end, p.rest); ok {
					best, bestEnd, bestLen = p.concept, e, len(p.rest)
				}
			}
			if best != "" {
				hits = append(hits, conceptHit{start, bestEnd, best})
				i = bestEnd
				continue
			}
		}
		if lw.concept != "" {
			hits = append(hits, conceptHit{start, end, lw.concept})
		}
	}
	return hits
}

// phraseAt reports whether the words of text from i on are rest, and
// where the last one ends.
func (sc *conceptScanner) phraseAt(text string, i int, rest []string) (int, bool) {
	for _, w := range rest {
		start, end := nextWordBytes(text, i, &sc.buf2)
		if start == end || string(sc.buf2) != w {
			return 0, false
		}
		i = end
	}
	return i, true
}

// nextWordBytes finds the first word of s at or after i, normalizes it
// into *buf (lower case, accents and a final plural s dropped), and returns
// its bounds (start == end when no word is left).
func nextWordBytes(s string, i int, buf *[]byte) (start, end int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiLetter(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	start = i
	b := (*buf)[:0]
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiLetter(c) {
				break
			}
			b = append(b, c|0x20) // lower case
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		b = appendFolded(b, r)
		i += n
	}
	if len(b) > 3 && b[len(b)-1] == 's' {
		b = b[:len(b)-1]
	}
	*buf = b
	return start, i
}

// conceptReach is how far, in bytes, a fact looks for the words that say
// what it measures; a word after the number counts afterWeight times its
// distance, as the measured noun mostly comes first in both languages
// ("exports reached…", "les exportations ont atteint…").
const (
	conceptReach = 60
	afterWeight  = 3
)

// tagConcepts sets the Concept of each fact but dates to the nearest
// concept word of its sentence (see nearConcepts).
// A count takes the concept of what it counts, when the lexicon has one:
// "5,000 visitors" and "5 000 visiteurs" (unit visitor) are visitors
// whatever words stand around them.
func tagConcepts(text string, facts []Fact, sc *conceptScanner) {
	conv := func(i int) bool {
		return i > 0 && facts[i].Kind == Money && facts[i-1].Kind == Money && converted(text[facts[i-1].End:facts[i].Start])
	}
	// The facts whose own words say what they measure need no scan of
	// the words around them.
	told := func(i int) bool {
		f := &facts[i]
		if f.Kind == Date || conv(i) {
			return true
		}
		if f.Concept = sc.unitConcept(f.Unit); f.Concept != "" {
			return true
		}
		if f.Kind == Percent {
			f.Concept = sc.shareOf(text, f.End) // "20.69% of GDP", "20,69 % du PIB"
		}
		return f.Concept != ""
	}
	eachConcepts(text, facts, sc, told, func(i int, near []string) {
		f := &facts[i]
		if len(near) == 0 || measures[f.Unit].dim == "time" && near[0] != "duration" && near[0] != "age" {
			return // "two years ahead of schedule": a span of time measures itself
		}
		f.Concept = measuredConcept(near)
	})
	for i := range facts {
		if conv(i) {
			facts[i].Concept = facts[i-1].Concept // "39.88 trillion VND (1.57 billion USD)": the same amount
		}
	}
}

// shareOf returns what a percentage ending at end is a share of: the
// concept of the words after "of", "du", "de" ("45% of exports", "12 %
// des ventes"), a few words on at most; a share of GDP is gdp_share, and
// may follow "to" too ("contributed 20.69% to the city's GRDP").
func (sc *conceptScanner) shareOf(text string, end int) string {
	to := min(len(text), end+48)
	if k := strings.IndexAny(text[end:to], "\n.;:!?0123456789"); k >= 0 {
		to = end + k
	}
	s, e := nextWordBytes(text[:to], end, &sc.buf2)
	if s == e || s-end > 2 {
		return ""
	}
	prep := string(sc.buf2)
	if !sharePreps[prep] {
		return ""
	}
	// Its own buffer: the hits of eachConcepts are still in use.
	sc.shareHits = sc.scanInto(sc.shareHits[:0], text, e, to)
	if len(sc.shareHits) == 0 {
		return ""
	}
	switch c := sc.shareHits[0].concept; {
	case c == "gdp":
		return "gdp_share"
	case prep == "to" || changeConcepts[c]:
		return ""
	default:
		return c
	}
}

// sharePreps are the words, normalized, between a percentage and what it
// is a share of.
var sharePreps = map[string]bool{"of": true, "to": true, "du": true, "de": true, "des": true, "d": true}

// converted reports the text between two amounts of money that makes the
// second a conversion of the first: an opening bracket, maybe "about" or
// "soit" ("39.88 trillion VND (1.57 billion USD)", "(about $5m)").
func converted(between string) bool {
	b := strings.TrimSpace(between)
	if !strings.HasPrefix(b, "(") {
		return false
	}
	b = strings.TrimSpace(b[1:])
	return b == "" || !strings.ContainsAny(b, ".;,") && len(b) <= 12
}

// changeConcepts name a change, not a thing measured: "Exports rose 5%"
// measures exports, and says they grew. productConcepts name what a
// measure is of: "software exports of $165 million" measure exports.
var (
	changeConcepts  = map[string]bool{"growth": true, "decline": true}
	productConcepts = map[string]bool{"rice": true, "coffee": true, "seafood": true, "oil": true, "gas": true,
		"textiles": true, "electronics": true, "software": true, "digital": true}
)

// measuredConcept picks from the concepts near a fact, nearest first, the
// nearest that names a measure, else the nearest product, else the
// nearest change.
func measuredConcept(near []string) string {
	rank := func(c string) int {
		switch {
		case changeConcepts[c]:
			return 2
		case productConcepts[c]:
			return 1
		}
		return 0
	}
	best := near[0]
	for _, c := range near[1:] {
		if rank(c) < rank(best) {
			best = c
		}
	}
	return best
}

// unitConcept returns the concept of a counted unit ("visitor",
// "vehicle"), or "" for a measure or a noun the lexicon lacks.
func (sc *conceptScanner) unitConcept(unit string) string {
	if unit == "" || measured(unit) {
		return ""
	}
	start, end := nextWordBytes(unit, 0, &sc.buf2)
	if start != 0 || end != len(unit) {
		return ""
	}
	return concepts().words[string(sc.buf2)].concept
}

// eachConcepts calls fn with each fact's index and the concepts of the
// words near it, nearest first: words of its sentence within conceptReach
// that no other fact stands between. facts are sorted by Start and index
// text. Facts for which skip (when not nil) is true are passed over. The
// slice passed to fn is reused, and sc's buffers with it.
func eachConcepts(text string, facts []Fact, sc *conceptScanner, skip func(i int) bool, fn func(i int, near []string)) {
	wins := slices.Grow(sc.wins[:0], len(facts))[:len(facts)]
	sc.wins = wins
	for j := range facts {
		if skip != nil && skip(j) {
			wins[j] = window{-1, -1}
			continue
		}
		wins[j].from, wins[j].to = conceptWindow(text, facts, j)
	}
	// Scan each run of overlapping windows once.
	for j := 0; j < len(facts); {
		if wins[j].from < 0 {
			j++
			continue
		}
		k, to := j+1, wins[j].to
		for k < len(facts) && wins[k].from <= to {
			to = max(to, wins[k].to) // a skipped fact's window is empty
			k++
		}
		hits := sc.scan(text, wins[j].from, to)
		for ; j < k; j++ {
			if wins[j].from < 0 {
				continue
			}
			sc.near = nearConcepts(text, hits, facts[j], wins[j].from, wins[j].to, sc.near[:0])
			fn(j, sc.near)
		}
	}
}

// window is a span of text, from ≤ to; from < 0 for none.
type window struct{ from, to int }

// conceptWindow returns the bytes whose words may say what facts[j]
// measures: within reach before and after it, on its line, and not past
// the facts on either side.
func conceptWindow(text string, facts []Fact, j int) (from, to int) {
	f := facts[j]
	from = max(0, f.Start-conceptReach-phraseSlack)
	if j > 0 {
		from = max(from, facts[j-1].End)
	}
	if k := strings.LastIndexByte(text[from:f.Start], '\n'); k >= 0 {
		from += k + 1
	}
	if j == 0 || from > facts[j-1].End {
		for from > 0 && from < f.Start {
			r, n := utf8.DecodeLastRuneInString(text[:from])
			if !unicode.IsLetter(r) {
				break
			}
			from -= n // start at a word's beginning
		}
	}
	to = min(len(text), f.End+conceptReach/afterWeight+phraseSlack)
	if j+1 < len(facts) {
		to = min(to, max(f.End, facts[j+1].Start))
	}
	if k := strings.IndexByte(text[f.End:to], '\n'); k >= 0 {
		to = f.End + k
	}
	return from, to
}

// phraseSlack widens the scanned window so that a phrase ending within
// reach is read whole.
const phraseSlack = 24

// nearConcepts appends the concepts of the hits within text[from:to] near
// f, nearest first, each once.
func nearConcepts(text string, hits []conceptHit, f Fact, from, to int, near []string) []string {
	type scored struct {
		concept string
		d       int
	}
	var best [4]scored
	n := 0
	for _, h := range hits {
		var d int
		switch {
		case h.start < from || h.end > to:
			continue
		case h.end <= f.Start:
			if crossesSentence(text[h.end:f.Start]) {
				continue
			}
			d = f.Start - h.end
		case h.start >= f.End:
			if crossesSentence(text[f.End:h.start]) {
				continue
			}
			d = (h.start - f.End) * afterWeight
		default:
			continue // inside the fact: its own unit
		}
		if d > conceptReach {
			continue
		}
		// Insert in distance order, keeping the nearest few.
		k := n
		for k > 0 && best[k-1].d > d {
			k--
		}
		if k == len(best) {
			continue
		}
		if n < len(best) {
			n++
		}
		copy(best[k+1:n], best[k:n-1])
		best[k] = scored{h.concept, d}
	}
	for _, b := range best[:n] {
		if !slices.Contains(near, b.concept) {
			near = append(near, b.concept)
		}
	}
	return near
}

// crossesSentence reports whether s, the text between two words, holds the
// end of a sentence or clause: a semicolon, a question or exclamation mark,
// or a full stop before a space (a decimal point has a digit after it).
func crossesSentence(s string) bool {
	return strings.ContainsAny(s, ";!?\n") || strings.Contains(s, ". ")
}
