package extract

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// ErrLanguage is returned by Extract for a language it does not read.
var ErrLanguage = errors.New("unsupported language")

// Extract returns the facts stated in text, in order of their start offset.
// lang selects the locale (English or French, any region); text may be any
// size and need not be valid UTF-8 (invalid bytes are never part of a fact).
// Facts never span a line break.
func Extract(text string, lang language.Tag, opt Options) ([]Fact, error) {
	loc, ok := localeFor(lang)
	if !ok {
		return nil, fmt.Errorf("extract %s: %w", lang, ErrLanguage)
	}
	m := matcherPool.Get().(*matcher)
	m.reset(loc, opt, text)
	for base := 0; base < len(text); {
		end := strings.IndexByte(text[base:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += base
		}
		m.toks = m.tz.tokenize(text[base:end], base)
		m.line()
		base = end + 1
	}
	// The matcher's buffer is reused; the caller gets a copy of just the
	// right size.
	var facts []Fact
	if len(m.facts) > 0 {
		facts = make([]Fact, len(m.facts))
		copy(facts, m.facts)
	}
	nameFamilies(facts)
	tagConcepts(text, facts, &m.sc)
	m.reset(nil, Options{}, "")
	matcherPool.Put(m)
	return facts, nil
}

var matcherPool = sync.Pool{New: func() any { return new(matcher) }}

// nameFamilies gives an amount in a currency named only by its family
// ("152.8 billion crowns", "13 milliards de francs") the one currency of
// that family the same text names elsewhere ("Czech crowns", "Kč", "francs
// suisses"), as a reader does. With none, or two ("Czech crowns" and
// "Swedish crowns"), the amount stays XXX.
func nameFamilies(facts []Fact) {
	var named map[string]string // family → its one code, or "" when several
	for i := range facts {
		f := &facts[i]
		if f.Kind != Money || f.Unit != "XXX" {
			continue
		}
		if named == nil {
			named = map[string]string{}
			for _, g := range facts {
				fam := familyOf[g.Unit]
				if g.Kind != Money || fam == "" {
					continue
				}
				if code, seen := named[fam]; seen && code != g.Unit {
					named[fam] = ""
				} else {
					named[fam] = g.Unit
				}
			}
		}
		if _, fam, _ := readText(f.Text); named[fam] != "" {
			f.Unit = named[fam] // readText gives a family word its family: "crowns" is crown
		}
	}
}

// matcher runs the rules over the tokens of one line at a time.
type matcher struct {
	loc      *locale
	opt      Options
	dollar   string
	text     string
	tz       tokenizer
	toks     []token
	facts    []Fact // reused from text to text; Extract returns a copy
	factsMax int    // the most facts m.facts held for this text: those to clear
	sc       conceptScanner
	pos      int   // the token the rule that runs started at
	title    uint8 // titleLine of the current line: 0 not yet known, 1 no, 2 yes
	poundW   uint8 // poundsWeigh of the text: 0 not yet known, 1 no, 2 yes

	hedgeKey int      // 1 + the offset of the token before the amount hedge last looked at, or 0
	hedgeRes []string // and what it found
}

func (m *matcher) reset(loc *locale, opt Options, text string) {
	clear(m.facts[:m.factsMax]) // let go of the last text
	m.loc, m.opt, m.text, m.facts, m.factsMax, m.toks, m.poundW = loc, opt, text, m.facts[:0], 0, nil, 0
	m.hedgeKey, m.hedgeRes = 0, nil
	m.tz.loc = loc
	m.dollar = opt.Dollar
	if m.dollar == "" {
		m.dollar = "USD"
	}
	if cap(m.tz.toks) > 1<<16 {
		m.tz.toks = nil // do not pin a huge line's buffer in the pool
	}
	if cap(m.facts) > 1<<12 {
		m.facts = nil // nor a huge text's facts
	}
}

// line applies the rules at each token in turn; each rule returns how many
// tokens it consumed.
func (m *matcher) line() {
	m.title = 0
	for i := 0; i < len(m.toks); {
		m.pos = i
		i += max(1, m.at(i))
	}
}

func (m *matcher) at(i int) int {
	t := &m.toks[i]
	switch t.kind {
	case tkNum:
		if n := m.eraYear(i); n > 0 {
			return n // "AD 79", a name by its look
		}
		if n := m.notFact(i); n > 0 {
			return n
		}
		if zeroGroup(t) {
			return 1 // "550 00 euros": a group parted from its number, no number itself
		}
		if n := m.dateAtNumber(i); n > 0 {
			return n
		}
		return m.amountFact(i, "", i)
	case tkWord:
		return m.atWord(i)
	case tkSym:
		return m.atSym(i)
	}
	return 1
}

func (m *matcher) atWord(i int) int {
	if n := m.periodCode(i); n > 0 {
		return n
	}
	e := m.toks[i].e
	if e == nil || e.ordSuf {
		if n, ok := m.romanOrdinal(i); ok {
			if k := m.century(i, n, i+1); k > 0 {
				return k // "XXIe siècle", "VIIe siècle"
			}
		}
	}
	if e == nil {
		return 1
	}
	if e.ref {
		if n := m.reference(i); n > 0 {
			return n
		}
	}
	if m.loc == english && (e.article || e.denom > 0 || e.card > 0) {
		if n := m.englishClock(i); n > 0 {
			return n
		}
	}
	if e.phone {
		if n := m.phoneAfterWord(i); n > 0 {
			return n
		}
	}
	if e.relDir != 0 || e.relNow || e.relUnit != 0 || e.month > 0 {
		if n := m.relative(i); n > 0 {
			return n
		}
	}
	if e.month > 0 {
		if n := m.dateAtMonth(i); n > 0 {
			return n
		}
	}
	if _, card := e.cardinal(); (card || e.ord > 0) && !e.article && e.month == 0 && m.wordInName(i) {
		// "Nine News", "the Big Six", "the First Amendment", and the
		// whole of "the Twenty-Seven"
		n := 1
		for m.isDash(i+n) && m.touches(i+n) && m.touches(i+n+1) && m.word(i+n+1) != nil && (m.word(i+n+1).card > 0 || m.word(i+n+1).ord > 0) {
			n += 2
		}
		return n
	}
	if e.halfNoun && (m.shareOfWhole(i) || m.byHalf(i)) {
		m.emitNumber(Quantity, Decimal{Coef: 5, Exp: -1}, i, i, "", false) // "half of the cars", "la moitié a été payée"
		return 1
	}
	if e.times > 0 || e.timesVerb > 0 {
		if n := m.timesWord(i, e); n > 0 {
			return n // "twice" as "deux fois", "once a week", "doubled", "a triplé"
		}
	}
	if e.ord > 0 {
		if n := m.ordinalWord(i); n > 0 {
			return n
		}
	}
	if e.firstPl {
		if n := m.pluralFirst(i); n > 0 {
			return n
		}
	}
	if n := m.euroName(i); n > 0 {
		return n
	}
	if n := m.decadeInWords(i); n > 0 {
		return n
	}
	if e.card > 0 || e.bare {
		if n := m.yearInWords(i); n > 0 {
			return n
		}
	}
	if e.wordCode && m.isNum(i+1) && m.touches(i+1) {
		return 2 // "COP16", "TOP10": a name, not an amount in pesos or pa'anga
	}
	// A currency before its amount: "USD 200", "VND 5 billion", "US$ 3.14".
	if c := m.cur(i); c != "" && !e.curBase && !e.notPre {
		switch {
		case m.isNum(i + 1):
			return m.amountFact(i+1, c, i)
		case m.isSym(i+1, '.') && m.touches(i+1) && m.isNum(i+2):
			return m.amountFact(i+2, c, i) // "Rs. 20"
		}
	}
	// A dollar with its country glued before the sign: "US$ 3.14", "C$5", "nzd$15".
	if m.isSym(i+1, '$') && (m.touches(i+1) || m.spacedDollarMod(i)) && m.isNum(i+2) {
		if c := e.curMod; c != "" {
			return m.amountFact(i+2, c, i)
		}
		if e.iso != "" {
			return m.amountFact(i+2, e.iso, i)
		}
	}
	if _, card := e.cardinal(); card || e.article || e.half || e.approxN > 0 || e.bare || e.denom > 0 && m.isScale(m.skipHyphen(i+1)) {
		return m.amountFact(i, "", i)
	}
	if e.minus && (m.isNum(i+1) && !m.tok(i+1).num.Neg || m.startsWords(i+1) || e.signOnly && m.isOne(i+1)) && !m.hedged(i+1) && !m.plusOrMinus(i) {
		return m.amountFact(i+1, "", i) // "minus five", "moins 1200"
	}
	return 1
}

// shareOfWhole reports "half" or "moitié" at i used as a share of a whole:
// before "of", "de" or a determiner ("half of the cars", "half the price",
// "la moitié des voitures") or after a determiner ("la moitié a été
// payée"), with no number right after ("half of 10 million" is an amount).
func (m *matcher) shareOfWhole(i int) bool {
	if m.isDash(i+1) && m.touches(i+1) {
		return false // "his half-brother", "the half-life": a noun of its own
	}
	o, p := m.word(i+1), m.word(i-1)
	return (o != nil && (o.ofWord || o.de || o.det) || p != nil && p.det) && !m.isNum(i+2) && !m.isNum(i+3)
}

// byHalf reports "half" or "moitié" at i as the size of a change: "cut by
// half", "réduit de moitié".
func (m *matcher) byHalf(i int) bool {
	p := m.word(i - 1)
	return p != nil && (p.fracPre || p.de && !p.det) && !m.isNum(i+1)
}

// romanOrdinal reads a Roman numeral in capitals with an ordinal suffix
// glued to it, as French writes centuries: "XXIe", "VIIème", "Ier".
func (m *matcher) romanOrdinal(i int) (int, bool) {
	w := m.span(i)
	j := 0
	for j < len(w) && (w[j] == 'I' || w[j] == 'V' || w[j] == 'X' || w[j] == 'L' || w[j] == 'C') {
		j++
	}
	if j == 0 || j == len(w) {
		return 0, false
	}
	if e := m.loc.lex[strings.ToLower(w[j:])]; e == nil || !e.ordSuf {
		return 0, false
	}
	return romanValue(w[:j])
}

// romanValue is the value of a well-formed Roman numeral below 400 ("XIX"
// is 19; "IIX" and "VV" are not numerals).
func romanValue(r string) (int, bool) {
	digit := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		}
		return 0 // not a numeral: toRoman will not give r back
	}
	n := 0
	for i := 0; i < len(r); i++ {
		v := digit(r[i])
		if i+1 < len(r) && digit(r[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	if n < 1 || n >= 400 || toRoman(n) != r {
		return 0, false
	}
	return n, true
}

// toRoman writes n (1 to 399) as a Roman numeral.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// cur returns the currency that the word at k names: a currency name, or an
// ISO 4217 code written in capitals ("USD", but not "All" or "pen").
func (m *matcher) cur(k int) string {
	e := m.word(k)
	if e == nil {
		return ""
	}
	if e.cur != "" {
		return e.cur
	}
	if e.iso != "" && (e.lowerISO || isUpperASCII(m.span(k))) {
		return e.iso
	}
	return ""
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// startsWords reports a word that can start a number in words.
func (m *matcher) startsWords(i int) bool {
	e := m.word(i)
	if e == nil {
		return false
	}
	_, card := e.cardinal()
	return card && !e.article || e.bare
}

// plusOrMinus reports "plus or minus" / "plus ou moins" ending at the minus
// word i: a tolerance, not a sign.
func (m *matcher) plusOrMinus(i int) bool {
	return i >= 2 && strings.EqualFold(m.span(i-2), "plus") && m.isWord(i-1) && len(m.span(i-1)) == 2
}

// isOne reports the word "one" / "un": an article that is a number after a
// sign ("minus one").
func (m *matcher) isOne(i int) bool {
	e := m.word(i)
	if e == nil || !e.article {
		return false
	}
	n, card := e.cardinal()
	return card && n == 1
}

func (m *matcher) atSym(i int) int {
	t := &m.toks[i]
	if code := symbolCurrency(t.sym); code != "" && m.isNum(i+1) {
		if code == "$" {
			code = m.dollar
		}
		return m.amountFact(i+1, code, i)
	}
	if n := m.phoneAtSym(i); n > 0 {
		return n
	}
	return 1
}

// symbolCurrency returns the ISO code of a currency symbol, "$" for the
// dollar (its country is an option), or "".
func symbolCurrency(r rune) string {
	switch r {
	case '$':
		return "$"
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	case '¥', '￥':
		return "JPY"
	case '₫':
		return "VND"
	case '₩':
		return "KRW"
	case '₹':
		return "INR"
	case '₭':
		return "LAK"
	case '₱':
		return "PHP"
	case '₽':
		return "RUB"
	case '฿':
		return "THB"
	case '₪':
		return "ILS"
	case '₺':
		return "TRY"
	case '₦':
		return "NGN"
	case '₴':
		return "UAH"
	case '₿':
		return "BTC"
	case '₡':
		return "CRC"
	case '₾':
		return "GEL"
	case '元':
		return "CNY"
	}
	return ""
}

// Token helpers. Every index may be out of range.

func (m *matcher) tok(i int) *token {
	if i < 0 || i >= len(m.toks) {
		return nil
	}
	return &m.toks[i]
}

// word returns the lexicon entry of token i when it is a known word.
func (m *matcher) word(i int) *entry {
	if t := m.tok(i); t != nil && t.kind == tkWord {
		return t.e
	}
	return nil
}

func (m *matcher) isNum(i int) bool {
	t := m.tok(i)
	return t != nil && t.kind == tkNum
}

func (m *matcher) isWord(i int) bool {
	t := m.tok(i)
	return t != nil && t.kind == tkWord
}

func (m *matcher) isSym(i int, rs ...rune) bool {
	t := m.tok(i)
	if t == nil || t.kind != tkSym {
		return false
	}
	for _, r := range rs {
		if t.sym == r {
			return true
		}
	}
	return false
}

// touches reports whether token i exists and follows token i-1 with no
// space between.
func (m *matcher) touches(i int) bool {
	t := m.tok(i)
	return t != nil && i > 0 && !t.space
}

func (m *matcher) span(i int) string {
	t := m.tok(i)
	if t == nil {
		return ""
	}
	return m.text[t.start:t.end]
}

// isDash reports a hyphen or dash at token i.
func (m *matcher) isDash(i int) bool { return m.isSym(i, '-', '–', '—', '‑', '‐') }

// emit appends a fact spanning tokens first..last.
func (m *matcher) emit(k Kind, first, last int, value, unit, low, high string, approx bool) {
	start, end := m.toks[first].start, m.toks[last].end
	// Facts never overlap: a rule that looks back over tokens an earlier
	// fact holds replaces it with the longer reading.
	for len(m.facts) > 0 && m.facts[len(m.facts)-1].End > start {
		m.facts = m.facts[:len(m.facts)-1]
	}
	m.facts = append(m.facts, Fact{
		Kind: k, Value: value, Unit: unit, Low: low, High: high, Approx: approx,
		Text: m.text[start:end], Start: start, End: end,
	})
	m.factsMax = max(m.factsMax, len(m.facts))
}

// emitNumber appends a fact whose value is the decimal d. Value, Low and
// High share one allocation.
func (m *matcher) emitNumber(k Kind, d Decimal, first, last int, unit string, approx bool) {
	approx = approx || m.hedged(first)
	lo, hi := d.bounds(approx)
	var buf [72]byte
	b := d.append(buf[:0])
	n1 := len(b)
	b = lo.append(b)
	n2 := len(b)
	b = hi.append(b)
	all := string(b)
	m.emit(k, first, last, all[:n1], unit, all[n1:n2], all[n2:], approx)
	if k == Quantity && unit != "" {
		m.sharePartitive(first, d, unit)
	}
}

// sharePartitive gives the bare count before "of the", "des", "de ses"
// the unit of the whole that follows and that it is a part of: "171 of the
// 270 votes", "two of five suspects", "19 out of the 24 members", "24 of
// China's 31 provinces", "deux des cinq suspects". A fraction is no count
// ("a quarter of the 40,000 cases"), nor a part larger than the whole. The
// whole, just emitted, starts at first and has the value whole.
func (m *matcher) sharePartitive(first int, whole Decimal, unit string) {
	if len(m.facts) < 2 {
		return
	}
	k := first - 1
	switch m.lowerSpan(k) {
	case "the", "its", "their", "these", "those", "his", "her", "our", "ses", "ces", "leurs", "nos", "vos":
		if m.loc == english {
			k--
		} else if m.lowerSpan(k-1) == "de" {
			k--
		}
	case "s":
		if m.loc == english && m.isSym(k-1, '\'', '’') && m.isWord(k-2) {
			k -= 3 // "24 of China's 31 provinces"
		}
	}
	switch w := m.lowerSpan(k); {
	case w == "of" && m.loc == english:
		if m.lowerSpan(k-1) == "out" {
			k-- // "19 out of the 24 members"
		}
	case w == "des" || w == "de" && k < first-1:
	default:
		return
	}
	f := &m.facts[len(m.facts)-2]
	if f.Kind != Quantity || f.Unit != "" || k == 0 || m.toks[k-1].end != f.End || strings.IndexByte(f.Value, '.') >= 0 {
		return // and not "a quarter of the 40,000 cases"
	}
	if part, _, err := readPlain(f.Value); err == nil && !part.Neg && !part.IsZero() && part.Cmp(whole) <= 0 {
		f.Unit = unit
	}
}

// hedged reports a hedge phrase right before token first: "about", "more
// than", "près d'". It compares tokens in place and allocates nothing.
func (m *matcher) hedged(first int) bool { return m.hedge(first) != nil }

// hedge returns the words of the hedge phrase right before token first, or
// nil.
func (m *matcher) hedge(first int) []string {
	t := m.tok(first - 1)
	if t == nil || t.kind == tkNum {
		return nil
	}
	if t.kind == tkSym && t.sym != '\'' && t.sym != '’' && t.sym != '.' {
		return m.signHedge(first - 1)
	}
	// The rules ask of one amount several times: keep the last answer.
	if key := t.start + 1; m.hedgeKey != key {
		m.hedgeKey, m.hedgeRes = key, m.findHedge(first)
	}
	if len(m.hedgeRes) == 1 && m.hedgeRes[0] == "over" && m.factEndsAt(first-2) {
		return nil // "+0.2 points over three months", "$10 billion over five years": during
	}
	return m.hedgeRes
}

// factEndsAt reports that the last fact read ends with token k.
func (m *matcher) factEndsAt(k int) bool {
	n := len(m.facts)
	return n > 0 && k >= 0 && m.facts[n-1].End == m.toks[k].end
}

// signHedges are the hedges written as a sign: "<5%", "> 300 km", "≥ 18",
// "~40", "≈ 2 km".
var (
	signHedges = []string{"<", ">", "≤", "≥", "~", "≈"}
	signRunes  = []rune{'<', '>', '≤', '≥', '~', '≈'}
)

// signHedge returns the hedge sign at token k, or nil. The sign must stand
// apart from what precedes it: "5~10" is a range, "->" an arrow, and "<="
// is read as "≤".
func (m *matcher) signHedge(k int) []string {
	t := m.tok(k)
	if t.sym == '=' && m.touches(k) && m.isSym(k-1, '<', '>') {
		k, t = k-1, m.tok(k-1)
	}
	for i, r := range signRunes {
		if t.sym == r {
			if m.touches(k) && (m.isNum(k-1) || m.isSym(k-1, '-', '=', '<', '>')) {
				return nil
			}
			return signHedges[i : i+1]
		}
	}
	return nil
}

func (m *matcher) findHedge(first int) []string {
	t := m.tok(first - 1)
	c := m.text[t.start]
	switch {
	case t.kind == tkSym && t.sym != '.':
		c = '\'' // ’ too
	case 'A' <= c && c <= 'Z':
		c += 'a' - 'A'
	}
	n := t.end - t.start
	for _, hi := range m.loc.hedgeBy[c] {
		h := m.loc.hedges[hi]
		if w := h[len(h)-1]; len(w) != n && w != "'" {
			continue // the last word is not the token's length: "the" is no "than"
		}
		k := first - 1
		ok := true
		for w := len(h) - 1; w >= 0 && ok; w-- {
			t := m.tok(k)
			switch {
			case t == nil:
				ok = false
			case h[w] == "'":
				ok = t.kind == tkSym && (t.sym == '\'' || t.sym == '’')
			case h[w] == ".":
				ok = t.kind == tkSym && t.sym == '.' && m.touches(k) // "approx. 20%", "env. 3 %"
			case h[w] == "-":
				ok = m.isDash(k) // "au-delà de", "au-dessous de"
			default:
				// Lengths first: the hedge words fold to their own length.
				ok = t.kind == tkWord && t.end-t.start == len(h[w]) && strings.EqualFold(m.text[t.start:t.end], h[w])
			}
			k--
		}
		if ok {
			return h
		}
	}
	return nil
}
