package ingest

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/extract"
	"diglot.dev/diglot/ingest/discover"
	"diglot.dev/diglot/internal/assign"
)

// Pairing methods, strongest evidence first, as recorded on a corpus.Pair.
const (
	MethodReciprocal = "alternate_reciprocal" // both pages link each other (hreflang or language switcher)
	MethodAlternate  = "alternate"            // one page links the other
	MethodSitemap    = "sitemap"              // a sitemap's xhtml:link alternates
	MethodContent    = "content"              // no link: shared facts, names and publication time
)

// PairSummary counts the pairs of translations.
type PairSummary struct {
	Total    int            `json:"total"`     // pairs stored for the crawled sources
	New      int            `json:"new"`       // pairs made or changed by this crawl
	ByMethod map[string]int `json:"by_method"` // stored pairs by method
}

func (p *PairSummary) add(q PairSummary) {
	p.Total += q.Total
	p.New += q.New
	if p.ByMethod == nil {
		p.ByMethod = map[string]int{}
	}
	for m, n := range q.ByMethod {
		p.ByMethod[m] += n
	}
}

// hints is what discovery learned about pages before fetching them: the
// alternates that sitemaps list. It is safe for concurrent use.
type hints struct {
	mu         sync.Mutex
	alternates map[string]map[string]string // normalized URL → language → normalized URL
}

func newHints() *hints {
	return &hints{alternates: map[string]map[string]string{}}
}

// sitemap records the alternates of a sitemap entry.
func (h *hints) sitemap(u string, e discover.Entry) {
	if len(e.Alternates) == 0 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for lang, alt := range e.Alternates {
		n, ok := resolve(nil, alt)
		if !ok || n == u {
			continue
		}
		if h.alternates[u] == nil {
			h.alternates[u] = map[string]string{}
		}
		h.alternates[u][lang] = n
	}
}

func (h *hints) of(u string) map[string]string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.alternates[u]
}

// Pairing thresholds and weights.
const (
	// pairWindow is the largest gap between the publication times of an
	// article and its translation that content pairing accepts.
	pairWindow = 7 * 24 * time.Hour
	// minContentConfidence is the least confidence of a content pair.
	minContentConfidence = 0.35
	// commonKey is the document frequency above which a fact or name is
	// too common to propose candidates (it still counts in the score).
	commonKey = 200
)

// pair pairs the English and French articles of one source: explicit links
// first (reciprocal alternates, one-way alternates, sitemap alternates),
// then, among the articles left, by content. Stored pairs made on
// evidence at least as strong are kept as they are.
func (c *Crawler) pair(ctx context.Context, source string, h *hints) (PairSummary, error) {
	var arts []*corpus.Article
	byURL := map[string]*corpus.Article{}
	err := c.Store.Articles(func(a corpus.Article) error {
		if a.Source != source || (a.Lang != "en" && a.Lang != "fr") {
			return nil
		}
		arts = append(arts, &a)
		byURL[a.URL] = &a
		return nil
	})
	if err != nil {
		return PairSummary{}, err
	}
	lookup := func(u string) *corpus.Article {
		if a := byURL[u]; a != nil {
			return a
		}
		if a, ok, err := c.Store.ArticleByURL(u); err == nil && ok && a.Source == source {
			return byURL[a.URL]
		}
		return nil
	}
	existing := map[string]corpus.Pair{}
	err = c.Store.Pairs(func(p corpus.Pair) error {
		existing[p.EN], existing[p.FR] = p, p
		return nil
	})
	if err != nil {
		return PairSummary{}, err
	}

	// Explicit evidence.
	type key struct{ en, fr string }
	evidence := map[key]corpus.Pair{}
	propose := func(a, b *corpus.Article, method string, conf float64) {
		if b == nil || a.Lang == b.Lang {
			return
		}
		en, fr := a, b
		if a.Lang == "fr" {
			en, fr = b, a
		}
		k := key{en.ID, fr.ID}
		if old, ok := evidence[k]; !ok || old.Confidence < conf {
			evidence[k] = corpus.Pair{EN: en.ID, FR: fr.ID, Method: method, Confidence: conf}
		}
	}
	links := func(a, b *corpus.Article) bool {
		for _, u := range a.Alternates {
			if lookup(u) == b {
				return true
			}
		}
		return false
	}
	for _, a := range arts {
		for _, u := range a.Alternates {
			b := lookup(u)
			if b == nil {
				continue
			}
			if links(b, a) {
				propose(a, b, MethodReciprocal, 1)
			} else {
				propose(a, b, MethodAlternate, 0.9)
			}
		}
		for _, u := range h.of(a.URL) {
			propose(a, lookup(u), MethodSitemap, 0.95)
		}
	}
	var explicit []corpus.Pair
	for _, p := range evidence {
		explicit = append(explicit, p)
	}
	slices.SortFunc(explicit, func(a, b corpus.Pair) int { return strings.Compare(a.EN+a.FR, b.EN+b.FR) })
	chosen := solvePairs(explicit)

	paired := map[string]bool{}
	for _, p := range chosen {
		paired[p.EN], paired[p.FR] = true, true
	}
	// Articles paired before on evidence this run did not see again keep
	// their pair.
	for _, p := range existing {
		if !paired[p.EN] && !paired[p.FR] && p.Method != MethodContent {
			paired[p.EN], paired[p.FR] = true, true
		}
	}
	var loose []*corpus.Article
	for _, a := range arts {
		if !paired[a.ID] {
			loose = append(loose, a)
		}
	}
	if err := ctx.Err(); err != nil {
		return PairSummary{}, err
	}
	chosen = append(chosen, pairByContent(loose)...)

	var changed []corpus.Pair
	now := c.now()
	for _, p := range chosen {
		old, ok := existing[p.EN]
		if ok && old.FR == p.FR && old.Method == p.Method {
			continue
		}
		p.Made = now
		changed = append(changed, p)
	}
	if len(changed) > 0 {
		if err := c.Store.SetPairs(changed); err != nil {
			return PairSummary{}, err
		}
	}
	ids := make(map[string]bool, len(arts))
	for _, a := range arts {
		ids[a.ID] = true
	}
	sum := PairSummary{New: len(changed), ByMethod: map[string]int{}}
	err = c.Store.Pairs(func(p corpus.Pair) error {
		if ids[p.EN] {
			sum.Total++
			sum.ByMethod[p.Method]++
		}
		return nil
	})
	return sum, err
}

// solvePairs keeps a 1:1 subset of candidate pairs of the largest total
// confidence.
func solvePairs(cands []corpus.Pair) []corpus.Pair {
	if len(cands) == 0 {
		return nil
	}
	// Components keep the matrices small: most articles have one
	// candidate.
	var out []corpus.Pair
	for _, comp := range components(cands) {
		ri, ci := map[string]int{}, map[string]int{}
		for _, p := range comp {
			if _, ok := ri[p.EN]; !ok {
				ri[p.EN] = len(ri)
			}
			if _, ok := ci[p.FR]; !ok {
				ci[p.FR] = len(ci)
			}
		}
		benefit := make([][]float64, len(ri))
		for i := range benefit {
			benefit[i] = make([]float64, len(ci))
		}
		byCell := map[[2]int]corpus.Pair{}
		for _, p := range comp {
			cell := [2]int{ri[p.EN], ci[p.FR]}
			benefit[cell[0]][cell[1]] = p.Confidence
			byCell[cell] = p
		}
		for i, j := range assign.Max(benefit, len(ci)) {
			if j >= 0 {
				out = append(out, byCell[[2]int{i, j}])
			}
		}
	}
	slices.SortFunc(out, func(a, b corpus.Pair) int { return strings.Compare(a.EN, b.EN) })
	return out
}

// components splits candidate pairs into connected groups.
func components(cands []corpus.Pair) [][]corpus.Pair {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, p := range cands {
		a, b := find("en:"+p.EN), find("fr:"+p.FR)
		if a != b {
			parent[a] = b
		}
	}
	groups := map[string][]corpus.Pair{}
	var order []string
	for _, p := range cands {
		r := find("en:" + p.EN)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], p)
	}
	out := make([][]corpus.Pair, len(order))
	for i, r := range order {
		out[i] = groups[r]
	}
	return out
}

// profile is what content pairing compares of one article: the keys of its
// facts and names, language-neutral.
type profile struct {
	art  *corpus.Article
	keys map[string]bool // "f:" fact keys and "n:" name keys
}

// pairByContent pairs English and French articles that no link pairs, on
// shared facts (values are language-neutral), shared names (accents
// folded) and publication time, as a 1:1 assignment above
// minContentConfidence.
func pairByContent(arts []*corpus.Article) []corpus.Pair {
	var en, fr []profile
	for _, a := range arts {
		p := profile{art: a, keys: contentKeys(a)}
		if len(p.keys) == 0 {
			continue
		}
		if a.Lang == "en" {
			en = append(en, p)
		} else {
			fr = append(fr, p)
		}
	}
	if len(en) == 0 || len(fr) == 0 {
		return nil
	}
	// Inverse document frequency over both languages: a name in every
	// article (the city's) says little.
	df := map[string]int{}
	for _, ps := range [][]profile{en, fr} {
		for _, p := range ps {
			for k := range p.keys {
				df[k]++
			}
		}
	}
	n := float64(len(en) + len(fr))
	weight := func(k string) float64 { return math.Log(1 + n/float64(df[k])) }
	mass := func(p profile) (facts, names float64) {
		for k := range p.keys {
			if k[0] == 'f' {
				facts += weight(k)
			} else {
				names += weight(k)
			}
		}
		return facts, names
	}
	// Candidates share at least one key that is not common.
	index := map[string][]int{}
	for j, p := range fr {
		for k := range p.keys {
			if df[k] <= commonKey {
				index[k] = append(index[k], j)
			}
		}
	}
	var cands []corpus.Pair
	for _, e := range en {
		ef, en := mass(e)
		seen := map[int]bool{}
		for k := range e.keys {
			for _, j := range index[k] {
				if seen[j] {
					continue
				}
				seen[j] = true
				f := fr[j]
				gap, known := timeGap(e.art, f.art)
				if known && gap > pairWindow {
					continue
				}
				var sf, sn float64
				for k := range e.keys {
					if f.keys[k] {
						if k[0] == 'f' {
							sf += weight(k)
						} else {
							sn += weight(k)
						}
					}
				}
				ff, fn := mass(f)
				factSim := dice(sf, ef, ff)
				nameSim := dice(sn, en, fn)
				content := 0.6*factSim + 0.4*nameSim
				if ef+ff == 0 {
					content = nameSim
				}
				timeSim := 0.5
				if known {
					timeSim = 1 - min(gap.Hours()/pairWindow.Hours(), 1)
				}
				conf := content * (0.7 + 0.3*timeSim)
				if conf >= minContentConfidence {
					cands = append(cands, corpus.Pair{EN: e.art.ID, FR: f.art.ID, Method: MethodContent, Confidence: round2(conf)})
				}
			}
		}
	}
	return solvePairs(cands)
}

func dice(shared, a, b float64) float64 {
	if a+b == 0 {
		return 0
	}
	return 2 * shared / (a + b)
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// timeGap is the gap between two articles' publication times; known is
// false when either is unknown.
func timeGap(a, b *corpus.Article) (gap time.Duration, known bool) {
	if a.Published.IsZero() || b.Published.IsZero() {
		return 0, false
	}
	gap = a.Published.Sub(b.Published)
	return max(gap, -gap), true
}

// contentKeys returns an article's fact keys (kind, unit and value to two
// significant digits, so that rounded translations share them; dates as
// written) and name keys (capitalized words inside sentences and
// acronyms, accents folded).
func contentKeys(a *corpus.Article) map[string]bool {
	text := a.Text()
	keys := map[string]bool{}
	if facts, err := extract.Extract(text, language.Make(a.Lang), extract.Options{Published: a.Published}); err == nil {
		for _, f := range facts {
			if k := factKey(f); k != "" {
				keys["f:"+k] = true
			}
		}
	}
	for _, name := range names(text) {
		keys["n:"+name] = true
	}
	return keys
}

// factKey is the language-neutral key of a fact, or "" for facts too
// common to tell articles apart (small ordinals and counts).
func factKey(f extract.Fact) string {
	if f.Kind == extract.Date {
		if strings.Contains(f.Value, "X") {
			return ""
		}
		return "date:" + f.Value
	}
	v, err := strconv.ParseFloat(f.Value, 64)
	if err != nil || (f.Kind != extract.Money && math.Abs(v) < 20 && f.Unit == "") {
		return ""
	}
	return f.Kind.String() + ":" + f.Unit + ":" + strconv.FormatFloat(v, 'g', 2, 64)
}

// notNames are capitalized words that are not names: English months and
// days, which French writes in lower case.
var notNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// names returns the folded names in text: capitalized words that do not
// start a sentence, and words in capitals.
func names(text string) []string {
	var out []string
	sentenceStart := true
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '(' || r == ')'
	}) {
		trimmed := strings.TrimRightFunc(w, unicode.IsPunct)
		first, _ := utf8.DecodeRuneInString(trimmed)
		if unicode.IsUpper(first) && utf8.RuneCountInString(trimmed) > 1 {
			folded := fold(trimmed)
			allCaps := strings.ToUpper(trimmed) == trimmed
			if (!sentenceStart || allCaps) && !notNames[folded] {
				out = append(out, folded)
			}
		}
		sentenceStart = strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?") ||
			strings.HasSuffix(w, ":") || strings.HasSuffix(w, "–") || strings.HasSuffix(w, "—")
	}
	return out
}

// fold lower-cases s and removes its accents (đ becomes d).
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteRune('d')
		case r == '’':
			b.WriteRune('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
