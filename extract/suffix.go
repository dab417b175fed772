package extract

import (
	"math/big"
	"strconv"
	"strings"
)

// reading is what an amount states, decided by the words around it.
type reading struct {
	kind     Kind
	unit     string
	last     int  // last token of the fact
	explicit bool // a currency, percent sign or unit was written (it spreads over a range)
	sub      int  // the amount was written in a subunit: "34 cents" (100 a dollar), "two nickels" (20)
	pow      int  // a power of ten the currency states: "10 grand" (3), "30 MUSD", "75 USD million" (6)
	regroup  bool // pow is 3 because the dot before the last three digits groups them (see dotGroupsCount)
	none     bool // not a fact: a lone article
}

// amountFact reads the amount at token i, with an optional currency already
// read before it (prefix, from token first), decides what it states and
// emits it. It returns the tokens consumed from first.
func (m *matcher) amountFact(i int, prefix string, first int) int {
	a, ok := m.amountAt(i, prefix != "")
	if !ok {
		return skipTo(first, i)
	}
	if prefix != "" && m.codeIsWord(first, a.last+1, a) {
		return 1 // "ALL 5 solutions", "TOP 10 products": the code is a word of the sentence
	}
	if m.compoundNoun(a) {
		return skipTo(first, a.last+2) // "les deux-roues motorisés", "un trois-mâts"
	}
	ratio := prefix == "" && m.ratioAfter(&a)
	if e := m.word(first); e != nil && e.minus && first < i && !m.hedged(i) {
		a.val.Neg, a.year, a.weak = !a.val.Neg && a.val.Coef != 0, false, false
	}
	if ratio {
		m.emitNumber(Quantity, a.val, first, a.last, "", false)
		return skipTo(first, a.last)
	}
	if m.multipliedBy(first, a) {
		m.emitNumber(Quantity, a.val, first, a.last, "times", false) // "multiplié par dix" as "tenfold"
		return skipTo(first, a.last)
	}
	if m.dividedBy(first, a) {
		// "divisé par deux" halves as "cut by half" does: the share is 1/2
		m.emitNumber(Quantity, ratDecimal15(big.NewRat(1, int64(a.val.Coef))), first, a.last, "", false)
		return skipTo(first, a.last)
	}
	r := m.read(a, prefix, first)
	if r.none {
		return skipTo(first, a.last)
	}
	if r.kind == Quantity && !a.val.Neg && a.val.Coef != 0 {
		if last := m.belowZero(r.last); last > 0 {
			a.val.Neg, r.last = true, last // "nine degrees below zero", "5 degrés sous zéro"
		}
	}
	if a.weak && r.unit == "point" && m.isDe(r.last+1) {
		return skipTo(first, r.last) // "un point de presse", "un point de vue": a compound noun
	}
	if r.kind == Quantity && r.unit == "hour" && a.words && a.val.Exp == 0 && a.val.Coef <= 24 && (!m.hedged(first) || m.partOfDayAt(r.last+1)) {
		// "à dix-huit heures": a time of day, as "à 18 heures", with its
		// minutes: "à six heures trente", "cinq heures moins dix du matin".
		last := m.clockMinutes(r.last)
		if last == r.last {
			if b, ok := m.amountAt(last+1, false); ok && b.words && b.val.Exp == 0 && b.val.Coef < 60 && !b.weak && !m.amountAfter(b.last) && m.atClock(first, last) {
				return skipTo(first, b.last)
			}
		}
		if m.atClock(first, last) {
			return skipTo(first, last)
		}
	}
	if r.kind == Quantity && r.unit != "" && !a.scaled && a.val.Exp == 0 {
		if last := m.halfAfterUnit(r.last); last > 0 {
			// "deux ans et demi", "three hours and a half": 2.5 years;
			// "moins quatre heures et demie": -4.5 hours.
			a.val, r.last = Decimal{Coef: a.val.Coef*10 + 5, Exp: -1, Neg: a.val.Neg}, last
		}
	}
	if r.kind == Quantity && r.unit == "" && a.val.Exp == 0 && a.val.Coef >= 1 && a.val.Coef <= 12 && !a.val.Neg {
		if last := m.partOfDayAfter(r.last); last > 0 {
			return skipTo(first, last) // "three in the morning", "ten to six in the morning"
		}
		if last := m.oClockAfter(r.last); last > 0 {
			return skipTo(first, last) // "eight o'clock", as "8 o'clock"
		}
	}
	switch {
	case r.sub == 100:
		a.val = a.val.scaled(-2) // "50 cents" is stated to the cent: 0.50, not 0.5
	case r.sub == 10:
		a.val = a.val.scaled(-1) // "3 dimes": 0.3
	case r.sub > 0:
		a.val = ratDecimal15(new(big.Rat).Quo(a.val.Rat(), big.NewRat(int64(r.sub), 1)))
	case r.pow > 0:
		a.val = a.val.scaled(r.pow)
	case r.kind == Money:
		m.centsAfter(&a, &r)
	case r.kind == Quantity:
		m.subunitAfter(&a, &r)
	}
	if n := m.rangeFrom(a, r, first); n > 0 {
		return n
	}
	if r.kind == Quantity && r.unit == "" && !r.explicit {
		if f := m.bracketInterval(a, first); f != nil {
			r.kind, r.unit = f.Kind, f.Unit // "4.8 days (3.0-7.2)", "5.2% (95% CI 4.8-5.6)"
		} else if f := m.contrasted(a, first, r.last); f != nil && !(f.Kind == Percent && a.scaled) {
			// "4,95 milliards de dollars, contre 5,25 milliards"; not "5,28 %,
			// contre 750 millions", no rate.
			r.kind, r.unit = f.Kind, f.Unit
		} else if u := m.alternativeUnit(first, a.last); u != "" {
			r.unit = u // "a year or two", "un an ou deux"
		} else if cur := m.sentenceCurrency(a, r.last); cur != "" {
			r.kind, r.unit = Money, cur // "50 billion euros by 2020 and another 60 billion"
		}
	}
	m.emitReading(a, r, first)
	return skipTo(first, r.last)
}

// wordRangeScale returns the power of ten by which a start written in
// words shares the scale of the end b: "ten to fifteen billion" (9), "six
// to seven hundred" (2), "ten to fifteen hundred" (2), "two to three
// hundred thousand" (5). It is 0 when the start is no smaller than the
// head of the end ("fifty to three hundred"), which then states its own
// value.
func wordRangeScale(start uint64, b amount) int {
	head, pow := b.val.Coef, 0
	if b.scaled {
		pow = int(b.val.Exp)
	}
	if b.val.Exp < 0 || head == 0 {
		return 0
	}
	if head%100 == 0 && start < head/100 {
		head, pow = head/100, pow+2 // "seven hundred", "fifteen hundred", "three hundred thousand"
	} else if !b.scaled {
		return 0
	}
	if start >= head {
		return 0
	}
	return pow
}

// contrasted returns the fact that a bare amount (first to last) is set
// against, and whose kind and unit it shares: "$4.95 billion, against 5.25
// billion", "5.2%, up from the earlier 4.8", "600 euros … contre 450", "35
// heures au lieu de 17". The fact (dates aside) ends at most eight tokens
// before the contrast phrase, in the same sentence. A fact of money or
// percent may be set against with any phrase; a count or a measure only
// with one that cannot open a span of time ("26 aircraft, from 83", "60
// votes against 40", not "3 hours from 9"), and only when no noun of its
// own follows the amount ("10 pilots against 3 drones").
func (m *matcher) contrasted(a amount, first, last int) *Fact {
	k, strong := m.contrastStart(first)
	if k < 0 {
		return nil
	}
	n := len(m.facts) - 1
	for n >= 0 && m.facts[n].Kind == Date {
		n--
	}
	if n < 0 {
		return nil
	}
	f := &m.facts[n]
	switch {
	case f.Kind == Money || f.Kind == Percent:
	case f.Kind == Quantity && f.Unit != "" && strong:
		if m.nounAt(last+1) || m.rangeWordAt(last+1) {
			return nil
		}
	default:
		return nil
	}
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		if m.toks[j].end == f.End {
			v, _, err := readPlain(strings.TrimPrefix(f.Value, "-"))
			if err != nil || !withinPowers(v, a.val, 3) {
				return nil // "90¢ per share, down from 45.7 million": not the same measure
			}
			return f
		}
		if m.toks[j].end < f.End || m.isSym(j, '.', ';', '!', '?') {
			return nil
		}
	}
	return nil
}

// sentenceCurrency returns the currency of the money stated earlier in
// the sentence of a bare amount (ending at token last), which a reader
// takes for the currency of that amount too. Either the amount is of
// millions or more, within a factor of a thousand of that money ("50
// billion euros by 2020 and another 60 billion", "2,2 milliards d'euros …
// son engagement de 7,2 milliards"); or it is written in digits the way
// the nearest money before it is, with as many digits before and after
// the decimal mark, and ends its clause or meets a preposition, as a list
// of prices does ("300 euros for a double and 450 for a single", "34,247
// euros in Germany, 25,751 in France", "600 euros pour une simple, 450
// pour un lit"), not the subject of a verb ("300 euros, and 450 were
// sold").
//
// The money before it names one known currency, and no count or measure of
// that size stands there beside it ("1 milliard de dollars et huit
// millions de tonnes … 2,5 milliards"). No noun of its own follows the
// amount ("$2 billion for 3 million Syrians"), nor the end of the range
// it may open ("2 million and 3 million people"); the start of a range is
// read by its end ("de 370 à 500 pour une simple"). An amount that opens
// brackets is mostly a conversion into a currency the text leaves to the
// reader ("11.2 billion euros (16.3 billion)"). It returns "" otherwise.
func (m *matcher) sentenceCurrency(a amount, last int) string {
	if m.rangeWordAt(last+1) && m.isNum(last+2) {
		b, ok := m.amountAt(last+2, false)
		if !ok {
			return ""
		}
		if rb := m.read(b, "", last+2); rb.none || rb.explicit || rb.unit != "" {
			return "" // "2 millions et 3 millions de personnes"
		}
		last = b.last // "de 370 à 500 pour une simple": the start reads as its end
	}
	if m.nounAt(last+1) || m.isSym(a.first-1, '(') {
		return ""
	}
	tol := 3
	switch {
	case a.scaled && a.pow >= 6:
	case !a.scaled && !a.words && m.listItemEnds(last+1):
		tol = 0
	default:
		return ""
	}
	start := m.sentenceFrom(a.first)
	cur := ""
	for n := len(m.facts) - 1; n >= 0 && m.facts[n].Start >= start; n-- {
		f := &m.facts[n]
		if f.Kind != Money && (f.Kind != Quantity || f.Unit == "") {
			continue
		}
		v, _, err := readPlain(strings.TrimPrefix(f.Value, "-"))
		if err != nil {
			return ""
		}
		if f.Kind == Quantity {
			if withinPowers(v, a.val, tol) {
				return "" // a count or a measure of the same size may be the amount's
			}
			continue
		}
		if f.Unit == "XXX" || cur != "" && cur != f.Unit {
			return "" // nor a currency the text leaves unknown: its name is all a reader has
		}
		switch nearest := cur == ""; {
		case tol > 0 && !withinPowers(v, a.val, tol):
			return ""
		case tol == 0 && nearest && (!withinPowers(v, a.val, 0) || v.Exp != a.val.Exp):
			return "" // "$5.50 … 6": a price in a list is written as the one before it
		}
		cur = f.Unit
	}
	return cur
}

// listItemEnds reports what may follow an item of a list of prices at k:
// the end of a clause or of the line, or a preposition ("450 for a
// single", "25,751 in France", "450 pour un lit").
func (m *matcher) listItemEnds(k int) bool {
	if m.tok(k) == nil || m.isSym(k, ',', '.', ';', ':', ')') {
		return true
	}
	switch m.lowerSpan(k) {
	case "for", "in", "per", "each", "a", "an", "at", "pour", "en", "dans", "par", "à", "au", "aux", "chacun", "chacune", "la", "le", "l":
		return true
	}
	return false
}

// sentenceFrom returns the byte offset where the sentence of token k
// starts: after the last full stop, question or exclamation mark before k
// on its line, or at the line's start.
func (m *matcher) sentenceFrom(k int) int {
	for j := k - 1; j >= 0; j-- {
		if m.isSym(j, '.', '!', '?') {
			return m.toks[j].end
		}
	}
	if len(m.toks) == 0 {
		return 0
	}
	return m.toks[0].start
}

// bracketInterval returns the count, measure or percentage whose interval
// the bare amount a (at first) bounds, in brackets right after it: "4.8
// days (3.0-7.2)", "5.2% (95% CI 4.8 to 5.6)", "4,8 jours (IC 95 % : 3,0-7,2)".
// The brackets hold two amounts joined by a dash or "to" (after at most five
// tokens of a label), and the fact's value lies between them.
func (m *matcher) bracketInterval(a amount, first int) *Fact {
	// a starts the interval: "( … a - b )"; or ends it: "( … s - a )".
	var lo, hi Decimal
	open := -1
	if b, ok := m.intervalEnd(a.last + 1); ok && m.isSym(b.last+1, ')') {
		lo, hi, open = a.val, b.val, m.openBracket(first-1)
	} else if n := len(m.facts); n > 0 && m.isSym(a.last+1, ')') && m.intervalJoin(first-1) && first >= 2 && m.toks[first-2].end == m.facts[n-1].End {
		s, _, err := readPlain(m.facts[n-1].Value)
		if err != nil {
			return nil
		}
		lo, hi, open = s, a.val, m.openBracket(m.factStart(first-2))
	}
	if open < 1 {
		return nil
	}
	for n := len(m.facts) - 1; n >= 0 && m.facts[n].End >= m.toks[open-1].end; n-- {
		f := &m.facts[n]
		if f.End != m.toks[open-1].end {
			continue
		}
		if f.Kind != Quantity && f.Kind != Percent || f.Unit == "" || f.Approx {
			return nil
		}
		v, _, err := readPlain(f.Value)
		if err != nil || f.Value[0] == '-' || lo.Cmp(v) > 0 || v.Cmp(hi) > 0 {
			return nil
		}
		return f
	}
	return nil
}

// intervalClose returns the closing bracket of an interval of two bare
// amounts in brackets that open at j, "(3.0-7.2)", "(2 to 9)", and its
// ends; or 0.
func (m *matcher) intervalClose(j int) (int, Decimal, Decimal) {
	if !m.isSym(j, '(') || !m.isNum(j+1) {
		return 0, Decimal{}, Decimal{}
	}
	a, ok := m.amountAt(j+1, false)
	if !ok || a.words {
		return 0, Decimal{}, Decimal{}
	}
	b, ok := m.intervalEnd(a.last + 1)
	if !ok || b.words || !m.isSym(b.last+1, ')') {
		return 0, Decimal{}, Decimal{}
	}
	return b.last + 1, a.val, b.val
}

// intervalEnd reads the end of an interval at k: a dash or "to", "à", then
// a bare amount.
func (m *matcher) intervalEnd(k int) (amount, bool) {
	if !m.intervalJoin(k) {
		return amount{}, false
	}
	return m.amountAt(k+1, false)
}

// intervalJoin reports a dash or a word at k that joins the ends of an
// interval: "3.0-7.2", "4.8 to 13", "3 à 7"; not "and", which lists.
func (m *matcher) intervalJoin(k int) bool {
	return m.rangeWordAt(k) && m.lowerSpan(k) != "and" && m.lowerSpan(k) != "et"
}

// openBracket returns the opening bracket at most five tokens before k,
// with no closing one between, or -1.
func (m *matcher) openBracket(k int) int {
	for j := k; j >= 0 && j >= k-5; j-- {
		switch {
		case m.isSym(j, '('):
			return j
		case m.isSym(j, ')'):
			return -1
		}
	}
	return -1
}

// factStart returns the first token of the fact that ends at token k.
func (m *matcher) factStart(k int) int {
	start := m.facts[len(m.facts)-1].Start
	for k > 0 && m.toks[k].start > start {
		k--
	}
	return k
}

// contrastAdjectives may stand between a contrast phrase and its amount:
// "up from the earlier 2.1", "against a revised 4.5".
var contrastAdjectives = map[string]bool{
	"earlier": true, "previous": true, "prior": true, "original": true, "initial": true,
	"revised": true, "expected": true, "forecast": true, "estimated": true, "record": true,
}

// contrastStart returns the first token of the phrase that sets the amount
// at first against an earlier fact, or names a part of it, or -1:
// "against", "versus", "from", "contre", "instead of", "rather than",
// "compared with", "au lieu de", "plutôt que", "par rapport à", "dont",
// "including", "of which", with an article, an adjective or a hedge
// between ("from the earlier 2.1", "dont plus de 1 milliard"). strong is
// false for a bare "from" that could open a span ("from 9 to 12"), true for
// "up from", "down from", ", from" and every other phrase.
func (m *matcher) contrastStart(first int) (k int, strong bool) {
	k = first - 1 - len(m.hedge(first)) // "dont plus de 1 milliard"
	if contrastAdjectives[m.lowerSpan(k)] {
		k--
	}
	switch m.lowerSpan(k) {
	case "the", "a", "an", "le", "la", "les":
		k--
	}
	if m.isSym(k, '\'', '’') {
		k-- // "d'", "qu'"
	}
	w := m.lowerSpan(k)
	switch {
	case w == "from":
		switch m.lowerSpan(k - 1) {
		case "up", "down":
			return k - 1, true
		}
		return k, m.isSym(k-1, ',')
	case m.word(k) != nil && m.word(k).contrast, w == "dont", w == "including":
		return k, true // and a part of it: "1,4 milliard d'euros, dont 1 milliard", "40 people, including 12"
	case w == "of" && m.lowerSpan(k-1) == "instead", w == "than" && m.lowerSpan(k-1) == "rather", w == "which" && m.lowerSpan(k-1) == "of",
		(w == "with" || w == "to") && m.lowerSpan(k-1) == "compared",
		(w == "que" || w == "qu") && m.lowerSpan(k-1) == "plutôt":
		return k - 1, true
	case (w == "de" || w == "d") && m.lowerSpan(k-1) == "lieu" && m.lowerSpan(k-2) == "au",
		(w == "à" || w == "aux") && m.lowerSpan(k-1) == "rapport" && m.lowerSpan(k-2) == "par":
		return k - 2, true
	}
	return -1, false
}

// lowerSpan returns the word at k when it is written in lower case, or ""
// for any other token. Unlike lowerAt it never allocates: the phrases the
// rules compare it with stand mid-sentence.
func (m *matcher) lowerSpan(k int) string {
	if m.lower(k) {
		return m.span(k)
	}
	return ""
}

// nounAt reports a word at k that may be the noun of the amount before
// it: a unit or counted noun, or a word the tables do not know, unless it
// is elided ("l'an dernier").
func (m *matcher) nounAt(k int) bool {
	if !m.isWord(k) || m.isSym(k+1, '\'', '’') {
		return false
	}
	if e := m.word(k); e != nil {
		return !e.function && (e.unit != "" || e.counted)
	}
	return true
}

// rangeWordAt reports a word or dash at k that joins an amount to the end
// of a range: "from 9 to 12", "de 9 à 12".
func (m *matcher) rangeWordAt(k int) bool {
	if m.isDash(k) {
		return true
	}
	switch m.lowerSpan(k) {
	case "to", "until", "till", "through", "and", "à", "au", "et", "jusqu":
		return true
	}
	return false
}

// alternativeUnit returns the unit of the quantity that ends right before
// "or" or "ou" in front of a bare amount (first to last) offered as its
// alternative: "a year or two", "5 km or 10", "un an ou deux". A word the
// tables do not know after the amount may be its own noun ("3 dogs or 2
// cats"), and then there is none.
func (m *matcher) alternativeUnit(first, last int) string {
	if e := m.word(first - 1); e == nil || !e.orWord || len(m.facts) == 0 {
		return ""
	}
	f, before := &m.facts[len(m.facts)-1], m.tok(first-2)
	if f.Kind != Quantity || f.Unit == "" || before == nil || before.end != f.End {
		return "" // and not the fact of the line before "Or two more"
	}
	if m.isWord(last+1) && (m.word(last+1) == nil || m.word(last+1).unit != "") {
		return ""
	}
	return f.Unit
}

func (m *matcher) emitReading(a amount, r reading, first int) {
	switch r.kind {
	case Date:
		m.emitDate(first, r.last, a.val.String())
	case Ordinal:
		v := a.val.String()
		m.emit(Ordinal, first, r.last, v, "", v, v, false)
	default:
		m.emitNumber(r.kind, a.val, first, r.last, r.unit, a.approx || m.hedgedAfter(r.last) || r.last > a.last && m.orMore(a.last+1) > 0)
	}
}

// dividedBy reports a whole number in words after a verb of division and
// "by" or "par", with no unit after it: "divided by three", "diviser par
// deux".
func (m *matcher) dividedBy(first int, a amount) bool {
	by, verb := m.word(first-1), m.word(first-2)
	if by == nil || verb == nil || !verb.divides || !by.fracPre {
		return false
	}
	if !a.words || a.scaled || a.val.Exp != 0 || a.val.Neg || a.val.Coef < 2 || a.val.Coef > 100 {
		return false
	}
	return m.noUnitAt(a.last + 1)
}

// noUnitAt reports that the word at k, if any, is no unit, counted noun,
// currency or percent word: the amount before it is a bare number.
func (m *matcher) noUnitAt(k int) bool {
	e := m.word(k)
	return e == nil || e.unit == "" && !e.counted && e.cur == "" && !e.percent
}

// hedgedAfter reports a hedge after the fact that ends at token k: "50 or
// so", "trois ans environ", "3 heures maximum", "ten or more", "two hours
// at least", "dix fois au plus".
func (m *matcher) hedgedAfter(k int) bool {
	e := m.word(k + 1)
	if e == nil {
		return false
	}
	if e.postHedge {
		return m.lower(k + 1) // not "737 Max jets"
	}
	e2 := m.word(k + 2)
	if e.andWord && (e2 != nil && e2.bound || andBounds[m.lowerAt(k+2)]) {
		// "21 and over", "ages 5 and up", "21 ans et plus", ending the
		// phrase: not "5 and more people", nor "et plus de 20".
		return !m.isWord(k+3) && !m.isNum(k+3)
	}
	if e2 == nil {
		return false
	}
	if e.orWord {
		return e2.orSo || e2.bound // "50 or so", "two or more metals"
	}
	// "two hours at least", "dix fois au plus"; but "9.000 athlètes au
	// plus fort des Jeux" is at the height of the Games.
	e3 := m.word(k + 3)
	return e.boundAt && (e2.bound || e2.postHedge && m.lower(k+2)) && (!m.isWord(k+3) || e3 != nil && (e3.andWord || e3.orWord))
}

// andBounds are the words after "and" that bound the amount before it:
// "21 and over", "children aged 12 and under".
var andBounds = wordsOf("over up older above under younger below")

// perTimeAt reports a frequency at k: "a week", "per year", "every
// month", "par an", "chaque jour", "tous les mois".
func (m *matcher) perTimeAt(k int) bool {
	e := m.word(k)
	if e == nil || !e.perTime {
		return false
	}
	if d := m.word(k + 1); d != nil && d.det || strings.EqualFold(m.span(k+1), "les") {
		k++ // "tous les ans"
	}
	if a, ok := m.amountAt(k+1, false); ok && !a.scaled && !a.ordinal {
		k = a.last // "every two weeks", "tous les 5 ans"
	}
	u := m.word(k + 1)
	return u != nil && timeUnits[u.unit]
}

// orMore returns the length of "or more", "or less", "ou plus" or "ou
// moins" at j, or 0.
func (m *matcher) orMore(j int) int {
	if e, e2 := m.word(j), m.word(j+1); e != nil && e.orWord && e2 != nil && e2.bound {
		return 2
	}
	return 0
}

// ordinalCase reports an ordinal suffix at j in lower case, or in capitals
// before a word in capitals: "20e", "le 20E SIÈCLE", but not the name "Plan
// 2000E".
func (m *matcher) ordinalCase(j int) bool {
	if !m.toks[j].upper {
		return true
	}
	w := m.span(j + 1)
	return m.isWord(j+1) && w == strings.ToUpper(w)
}

// lower reports a word at k that does not start with a capital.
func (m *matcher) lower(k int) bool {
	return m.isWord(k) && !m.toks[k].upper
}

// read decides what the amount a states from what follows it.
func (m *matcher) read(a amount, prefix string, first int) reading {
	j := a.last + 1
	if prefix != "" {
		r := reading{kind: Money, unit: prefix, last: a.last, explicit: true}
		if e := m.word(first); e != nil && e.mega && !a.scaled {
			r.pow = 6 // "MAUD 60"
		}
		return r
	}
	if a.ordinal {
		return reading{kind: Ordinal, last: a.last, explicit: true}
	}
	if c, lo, hi := m.intervalClose(j); c > 0 && lo.Cmp(a.val) <= 0 && a.val.Cmp(hi) <= 0 {
		// "4.8 (3.0-7.2) days": the unit after the interval is the
		// amount's too; the fact stays "4.8", and the interval's ends
		// take the unit from it (bracketInterval).
		b := a
		b.last = c
		if r := m.read(b, "", first); r.explicit && (r.kind == Quantity || r.kind == Percent) && r.unit != "" && r.pow == 0 && r.sub == 0 {
			r.last = a.last
			return r
		}
	}
	if t := m.tok(a.first); !a.words && !a.scaled && !t.shape.frac && !t.num.Neg && m.touches(j) && m.word(j) != nil && m.word(j).ordSuf && m.ordinalCase(j) {
		// "14th", "1er", and grouped: "his 1,000th stamp", "le 10 000e visiteur"
		return reading{kind: Ordinal, last: j, explicit: true}
	}
	if a.words && !a.scaled && m.rankNounBefore(first) && m.rankEnds(j) {
		return reading{kind: Ordinal, last: a.last, explicit: true} // "day two of the trial", "week five or six"
	}
	// "5 percent", "a 25-percent cut", "fifty-per-cent", "one percentage
	// point"; but "un pourcentage record" states none.
	pj := m.skipHyphen(j)
	if unit, last, ok := m.percentAfter(pj); ok && !(a.weak && m.word(pj) != nil && m.word(pj).pctWord && last == pj) {
		return reading{kind: Percent, unit: unit, last: last, explicit: true}
	}
	if e := m.word(j); e != nil && e.curMod != "" && m.codeShaped(j, a) && !m.isWord(j+1) && !m.isNum(j+1) && !m.isCurrency(j+1) {
		return reading{kind: Money, unit: e.curMod, last: j, explicit: true} // "(2.9 billion U.S.)", "(16,3 milliards US)"
	}
	if a.weak && m.bookNoun(a.first) {
		return reading{none: true}
	}
	if e := m.word(j); e != nil && e.pastVerb && a.year && !a.words && m.yearContext(first) {
		if _, ok := m.yearOf(a.first); ok {
			return reading{kind: Date, last: a.last} // "who in 1987 won an Oscar": a year, then a verb
		}
	}
	if code, last, ok := m.currencyAfter(j, a); ok {
		if e := m.word(last + 1); e != nil && e.sub == 100 && e.mult == 0 && code != "XXX" && !a.scaled && m.isWord(last) {
			return reading{kind: Money, unit: code, last: last + 1, explicit: true, sub: 100} // "5 euro cents"
		}
		if a.weak && m.afterFact(a.first) {
			return reading{none: true} // "$16.99 a pound", "5 € le kilo": the unit of a price
		}
		if e := m.word(last); e != nil && e.weight && m.poundOfWeight(j, last) {
			return reading{kind: Quantity, unit: "lb", last: last, explicit: true}
		}
		r := reading{kind: Money, unit: code, last: last, explicit: true}
		if e := m.word(last); e != nil && e.mega && !a.scaled {
			r.pow = 6 // "30 MUSD"
		} else if e := m.word(last + 1); e != nil && e.scale > 0 && !e.moneyAbb && !a.scaled && m.cur(last) != "" {
			r.pow, r.last = e.scale, last+1 // "75 USD million"
		}
		return r
	}
	if m.touches(j) && m.span(j) == "h" && !a.words && (a.val.cmpInt(24) > 0 || m.perPeriod(j+1) && !m.clockPrep(first-1)) {
		return reading{kind: Quantity, unit: "hour", last: j, explicit: true} // "35h", "45h/semaine": no time of day
	}
	if e := m.word(j); e != nil && e.grand {
		return reading{kind: Money, unit: m.dollar, last: j, explicit: true, pow: 3}
	}
	if m.isSym(j, '¢') {
		return reading{kind: Money, unit: m.dollar, last: j, explicit: true, sub: 100}
	}
	if m.isSym(j, '-') && m.touches(j) && m.touches(j+1) && m.word(j+1) != nil && m.word(j+1).sub > 0 {
		j++ // "a 12-cent dividend"
	}
	mod := ""
	if e, e2 := m.word(j), m.word(j+1); e != nil && e.curMod != "" && len(m.span(j)) > 1 && e2 != nil && e2.sub > 0 && (!a.scaled || e2.mult == 0) {
		mod, j = e.curMod, j+1 // "74.27 U.S. cents"
	}
	if e := m.word(j); e != nil && e.sub > 0 && (!a.scaled || e.mult == 0) {
		// "34 cents", "470 pence", "197 centimes": hundredths of a currency.
		code := e.subCur
		if mod != "" {
			code = mod
		} else if code == "" {
			code = m.dollar
		}
		return reading{kind: Money, unit: code, last: j, explicit: true, sub: e.sub}
	}
	if a.weak && a.val.cmpInt(1) == 0 && m.partitive(j) {
		return reading{none: true} // "un des points clés", "une d'entre elles": "one of"
	}
	if u := m.sizedCount(j); u != "" && !a.weak && !a.scaled && a.val.cmpInt(2) >= 0 {
		return reading{kind: Quantity, unit: u, last: a.last, explicit: true} // "four 300-litre barrels"
	}
	if unit, last, ok := m.unitAfter(j, a); ok {
		if a.weak && a.val.cmpInt(1) == 0 && unit != "" && !measured(unit) && unit != "point" && (unit != "times" || !m.perTimeAt(last+1) && m.halfAfterUnit(last) == 0) {
			// "une voiture", "a worker": an article, not a count; "encore
			// une fois" is "once again", but "une fois par an" is a
			// frequency, as "once a year" is.
			return reading{none: true}
		}
		if unit == "point" && a.weak && a.val.cmpInt(1) == 0 && m.word(first-1) != nil && m.word(first-1).boundAt {
			return reading{none: true} // "at one point": at some time
		}
		if unit == "day" && a.weak && a.val.cmpInt(1) == 0 && !(m.isDash(j) && m.touches(j)) && m.someDay(first, last) {
			// "wake up one day", "puis un jour il est parti"; but "a
			// one-day strike" lasts a day.
			return reading{none: true}
		}
		if m.yearBeforeNoun(a, first, j, last) {
			return reading{kind: Date, last: a.last}
		}
		r := reading{kind: Quantity, unit: unit, last: last, explicit: true}
		if m.dotGroupsCount(a, unit, last) {
			r.pow, r.regroup = 3, true // "18.969 individuals": a count has no thousandths
		}
		return r
	}
	if a.year && !a.words && (!m.countHedge(first) || m.laterYearAfter(a) || m.aroundYear(a, first) || m.comparedTo(first)) {
		// "environ 2000 clients" counts; "over 2023" compares years, and
		// "from at least 2002 to 2005" spans them; "3.3% more than 2008"
		// compares with a year.
		if _, ok := m.yearOf(a.first); ok {
			return reading{kind: Date, last: a.last}
		}
	}
	if a.weak && !m.oneOfTwo(a, first) || m.bothOf(a, first) {
		return reading{none: true}
	}
	if !a.scaled && (m.ageBefore(first) || m.ageApposed(a, first) || m.ageOpens(a, first)) {
		return reading{kind: Quantity, unit: "year", last: a.last} // "aged 34", "at the age of 27", "Smith, 45,", "At 16, he"
	}
	return reading{kind: Quantity, last: a.last}
}

// codeShaped reports a word at k after the amount a that names a country
// of a currency the way a code does: with dots ("2.9 billion U.S."), or,
// after a scale word, in capitals ("16,3 milliards US", "2 billion HK").
func (m *matcher) codeShaped(k int, a amount) bool {
	s := m.span(k)
	return strings.Contains(s, ".") || a.scaled && len(s) >= 2 && isUpperASCII(s)
}

// sizedCount returns the counted noun after a measure joined to its
// number by a hyphen at j, which gives the size of each thing counted:
// "four 300-litre barrels", "two 10-storey buildings", "five 10-year-old
// children". It returns "" otherwise.
func (m *matcher) sizedCount(j int) string {
	if !m.isNum(j) || !m.isDash(j+1) || !m.touches(j+1) || !m.touches(j+2) {
		return ""
	}
	if e := m.word(j + 2); e == nil || !measured(e.unit) {
		return ""
	}
	k := j + 3
	if m.isDash(k) && m.touches(k) && m.lowerSpan(k+1) == "old" {
		k += 2 // "five 10-year-old children"
	}
	if m.countNoun(k) {
		return m.countedWord(k).unit
	}
	return ""
}

// bothOf reports a bare two that means both: "tous deux", "toutes les
// deux", as English says "both" and states no number. A noun after it
// makes a count or a span ("tous les deux jours"), and so does a second
// number ("tous les deux ou trois ans").
func (m *matcher) bothOf(a amount, first int) bool {
	if !a.words || a.first != a.last || a.val.Exp != 0 || a.val.Coef != 2 {
		return false
	}
	k := first - 1
	if m.lowerAt(k) == "les" {
		k--
	}
	if e := m.word(k); e == nil || !e.all {
		return false
	}
	e := m.word(a.last + 1)
	return !m.isNum(a.last+1) && !m.isDash(a.last+1) && (e == nil || !e.orWord && !e.rangeTo && !e.andWord && e.card == 0)
}

// rankNounBefore reports a noun of a period or a stage in lower case
// before the number at first, which a number word after it ranks: "day
// two", "week five or six", "round three". "Level 3" and "Phase 2" are
// names.
func (m *matcher) rankNounBefore(first int) bool {
	if e := m.word(first - 1); e != nil && (e.orWord || e.rangeTo) && m.isWord(first-2) {
		if c := m.word(first - 2); c != nil && c.card > 0 {
			first -= 2 // "week five or six"
		}
	}
	t := m.tok(first - 1)
	return t != nil && t.kind == tkWord && !t.upper && rankNouns[m.lowerAt(first-1)]
}

// rankEnds reports what may follow a rank after its noun (see
// rankNounBefore): no word, or "of", "or", "and", "to" ("day two of the
// trial"); a noun makes a count ("each day two people died").
func (m *matcher) rankEnds(j int) bool {
	e := m.word(j)
	return !m.isWord(j) && !m.isNum(j) || e != nil && (e.ofWord || e.orWord || e.andWord || e.rangeTo)
}

var rankNouns = wordsOf("day week month round stage phase season episode chapter act leg")

// dotGroupsCount reports a count of things written with the decimal
// separator of the language before its last three digits: "18.969
// individuals", "3.500 people" in English, as translations from languages
// that group with a dot write them, and "18,969 personnes" in French, as
// translations from English do. Things counted are whole, so the
// separator groups; but a rate keeps its decimals ("2.125 children per
// woman"), and so does a one-digit number whose decimals do not end in 00
// ("1.875 children").
func (m *matcher) dotGroupsCount(a amount, unit string, last int) bool {
	if a.scaled || a.words || a.first != a.last || unit == "" || measured(unit) || unit == "point" || unit == "times" || !m.tok(a.first).shape.frac {
		return false // "2,000 habitants" is read grouped already
	}
	if e := m.word(last + 1); e != nil && e.perTime {
		return false
	}
	w := m.span(a.first)
	k := strings.IndexByte(w, m.loc.decimal)
	if k < 1 || k > 3 || len(w)-k-1 != 3 || onlyDigits(w) != w[:k]+w[k+1:] {
		return false
	}
	return k >= 2 || strings.HasSuffix(w, "00")
}

// ageBefore reports a word of age before the number at first: "aged 34",
// "age 90", "at the age of 27", "aged between 6 and 7", and the second end
// of "aged 18 to 25" or "between the ages of 18 and 25".
func (m *matcher) ageBefore(first int) bool {
	k := first - 1
	if e := m.word(k); m.isNum(k-1) && (m.isDash(k) || e != nil && (e.rangeTo || e.andWord)) {
		k -= 2
	}
	if e := m.word(k); e != nil && (e.ofWord || e.between) {
		k-- // "the age of 27", "aged between 6 and 7"
	}
	e := m.word(k)
	return e != nil && e.age
}

// ageApposed reports the age that news sets between commas after a
// name: "Roedelius, 73, lives", "Ms Ortiz, 45, said", or in brackets after
// a first name and a surname: "Pilata Fatulayeva (48)". The name is a
// capitalised word the lexicon does not know; the age is whole digits,
// 1 to 119.
func (m *matcher) ageApposed(a amount, first int) bool {
	t := m.tok(a.first)
	if a.words || first != a.first || a.last != a.first || !plainInt(t) || t.num.Exp != 0 || t.num.Coef < 1 || t.num.Coef > 119 {
		return false
	}
	name := func(k int) bool {
		p := m.tok(k)
		return p != nil && p.kind == tkWord && p.upper && p.e == nil && !m.acronym(k)
	}
	if m.isSym(first-1, '(') && m.isSym(a.last+1, ')') && m.touches(first) && m.touches(a.last+1) {
		// "Pilata Fatulayeva (48) is convinced": after a first name and a
		// surname; "Tuscany (44)" may count anything, and so may a list of
		// names ("Gerard Piqué (37), Sergio Busquets (36)": caps).
		return name(first-2) && name(first-3) && !m.touches(first-1) && !m.bracketedList(first-4, a.last+2)
	}
	if !m.isSym(first-1, ',') || !m.isSym(a.last+1, ',') || m.touches(a.last+2) {
		return false
	}
	return name(first - 2)
}

// bracketedList reports that a name with a number in brackets is one of a
// list of them: the link at token before (a comma, a semicolon, "and",
// "et") follows another bracket, or the link at token after leads to a few
// capitalised words and another bracketed number.
func (m *matcher) bracketedList(before, after int) bool {
	link := func(k int) bool { return m.isSym(k, ',', ';') || m.word(k) != nil && m.word(k).andWord }
	if link(before) && m.isSym(before-1, ')') {
		return true
	}
	if !link(after) {
		return false
	}
	k := after + 1
	for n := 0; n < 3 && m.isWord(k) && m.tok(k).upper; n++ {
		k++
	}
	return k > after+1 && m.isSym(k, '(') && m.isNum(k+1) && m.isSym(k+2, ')')
}

// ageOpens reports the age that opens a sentence: "At 16, he left home",
// "At sixty, she ran for office". The number is whole, 1 to 119, right
// after a capitalised "At" with nothing before it in the sentence, and a
// comma and a word follow it ("At 16, 15 and 14" is a list).
func (m *matcher) ageOpens(a amount, first int) bool {
	at := m.tok(first - 1)
	if at == nil || !at.upper || m.lowerAt(first-1) != "at" || !m.isSym(a.last+1, ',') || !m.isWord(a.last+2) {
		return false
	}
	if p := m.tok(first - 2); p != nil && (p.kind != tkSym || m.isSym(first-2, ',', '(', '-', '–', '—')) {
		return false
	}
	return a.val.Exp == 0 && !a.val.Neg && a.val.Coef >= 1 && a.val.Coef <= 119 && !m.tok(a.first).shape.frac
}

// aroundYear reports a modern year after a word of approximation in a
// language that groups counts of thousands ("1,973 voters"): "around
// 1973, Rother followed", but not "about 2000 clients a day".
func (m *matcher) aroundYear(a amount, first int) bool {
	return m.loc.commaCounts && a.val.Coef >= 1900 && a.val.Coef <= 2100 && m.aroundBefore(first) && m.endsYear(a.last+1)
}

// centsAfter extends a whole amount of money with the hundredths written
// after it: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
// "1 USD et 23 centimes", "15 dollars 50".
func (m *matcher) centsAfter(a *amount, r *reading) {
	if a.scaled || a.val.Exp != 0 {
		return
	}
	k := r.last + 1
	if e := m.word(k); e != nil && e.andWord {
		k++
	}
	b, ok := m.amountAt(k, false)
	if ok && b.words && b.last > b.first && b.val.Exp == 0 && b.val.Coef%100 == 0 && b.val.Coef < 10000 {
		// "treize euros et quarante-cinq cents": in French "cents" is also
		// the hundred the phrase reader took it for.
		if e := m.word(b.last); e != nil && e.sub == 100 && e.mult == 100 {
			b.val.Coef /= 100
			b.last--
		}
	}
	if !ok || b.scaled || b.val.Exp != 0 || b.val.Coef == 0 || b.val.Coef > 99 || b.val.Neg {
		return
	}
	last := b.last
	switch e := m.word(last + 1); {
	case e != nil && e.sub == 100, m.isSym(last+1, '¢'), m.span(last+1) == "c" && m.touches(last+1):
		last++ // "and 43 cents", "43¢", "43c"
	case m.tok(r.last).kind == tkSym && m.touches(r.last) && m.touches(b.first) && !b.words &&
		m.tok(b.first).shape.intDigits == 2 && !m.touches(last+1):
		// "2€50", "1€89 le litre": the sign stands for the decimal comma
	case r.last == a.last:
		return // "$3 50" is two numbers; only a currency written after the amount takes bare cents
	case b.words || m.tok(b.first).shape.intDigits != 2 || m.word(last+1) != nil || m.isNum(last+1):
		return // "15 dollars 50" must end there; "15 dollars 50 times" is not cents
	}
	v := new(big.Rat).Add(a.val.Rat(), new(big.Rat).SetFrac64(int64(b.val.Coef), 100))
	a.val = ratDecimal15(v)
	r.last = last
}

// subunitAfter extends a whole number of metres or kilograms over the
// centimetres or grams written bare after the unit, as French writes
// heights and weights: "1 m 55", "1m55", "1 mètre 55", "1 kg 500" (the
// subunit word may follow: "1 m 55 cm"). The digits must be as many as the
// subunit has (two, three), and no noun may follow them ("10 m 20 étages",
// "50m 20 lanes" are two numbers).
func (m *matcher) subunitAfter(a *amount, r *reading) {
	var digits int32
	var sub string
	var per int64
	switch r.unit {
	case "m":
		digits, sub, per = 2, "cm", 100
	case "kg":
		digits, sub, per = 3, "g", 1000
	default:
		return
	}
	k := r.last + 1
	t := m.tok(k)
	if a.scaled || a.words || a.val.Exp != 0 || r.last == a.last || t == nil || t.kind != tkNum || !plainInt(t) || t.shape.intDigits != digits {
		return
	}
	last := k
	switch e := m.word(k + 1); {
	case e != nil && e.unit == sub:
		last++ // "1 m 55 cm"
	case m.isWord(k+1) && (e == nil || e.unit != ""), m.isNum(k + 1), m.isSym(k+1, '%', '.', ',') && m.isNum(k+2):
		return // a noun may follow: "the 50m 20 lanes"
	}
	v := new(big.Rat).Add(a.val.Rat(), new(big.Rat).SetFrac64(int64(t.num.Coef), per))
	a.val = ratDecimal15(v)
	r.last = last
}

// codeIsWord reports a currency code at k that is also a word of the
// sentence ("ALL 5 solutions", "TOP 10 products"): one of the word-like
// codes, with a count a and a word at next.
func (m *matcher) codeIsWord(k, next int, a amount) bool {
	e := m.word(k)
	return e != nil && e.wordCode && m.isWord(next) && m.smallCount(a)
}

// smallCount reports an amount that reads as a count: a whole number
// below 1000, written plainly ("5", "ten"), with no scale.
func (m *matcher) smallCount(a amount) bool {
	if a.scaled || a.val.Exp != 0 || a.val.Coef >= 1000 || a.first != a.last {
		return a.words && !a.scaled && a.val.Exp == 0 && a.val.Coef < 1000
	}
	return plainInt(m.tok(a.first))
}

// countHedge reports a hedge before token first that approximates a
// count ("about", "environ", "more than") rather than one that compares
// with a year ("over", "above", "jusqu'à").
func (m *matcher) countHedge(first int) bool {
	h := m.hedge(first)
	if h == nil {
		return false
	}
	switch strings.ToLower(strings.Join(h, " ")) {
	case "over", "above", "under", "below", "up to", "jusqu ' à", "well over", "well above", "just over", "just under",
		"au - delà de", "au delà de", "au - dessus de", "au - dessous de", "en dessous de":
		return false
	}
	// "higher than 2008", "exceeded 2019", "supérieur à 2009", "plus
	// élevé qu'en 2008": a comparison, as "over" is; but "more than 2000"
	// and "no fewer than 2000" count.
	if n := len(h); n >= 2 && strings.EqualFold(h[n-1], "than") {
		switch strings.ToLower(h[n-2]) {
		case "more", "less", "fewer":
			return true
		}
		return false
	}
	for _, w := range h {
		if comparisons[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// comparisons are the words of the hedges that compare as "over" does:
// verbs of exceeding ("exceeded", "dépasse") and French comparatives
// ("supérieur à", "plus élevé que").
var comparisons = wordsOf("exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing tops topped topping " +
	"supérieur supérieure supérieurs supérieures inférieur inférieure inférieurs inférieures élevé élevée élevés élevées " +
	"dépasse dépassent dépassé dépassée dépassés dépassées dépassait dépassaient dépassera dépasseront dépassant " +
	"excède excèdent excédant excédé")

// comparedTo reports a hedge ending in "than" between the number at first
// and an amount right before it: "3.3% more than 2008", "300 fewer than
// 2019" compare two amounts, or an amount with a year, never count twice.
func (m *matcher) comparedTo(first int) bool {
	h := m.hedge(first)
	if len(h) < 2 || !strings.EqualFold(h[len(h)-1], "than") {
		return false
	}
	k, n := first-len(h)-1, len(m.facts)
	return k >= 0 && n > 0 && m.facts[n-1].End == m.toks[k].end
}

// percentAfter reads a percent sign or words at j: "%", "per cent",
// "pour cent", "pc", and percentage points: "percentage points", "points de
// pourcentage", "pp".
func (m *matcher) percentAfter(j int) (string, int, bool) {
	if m.isSym(j, '%', '％') {
		return "%", j, true
	}
	e := m.word(j)
	if e == nil {
		return "", 0, false
	}
	switch {
	case e.percent:
		return "%", j, true
	case e.perWord && m.word(m.skipHyphen(j+1)) != nil && m.word(m.skipHyphen(j+1)).centWord:
		return "%", m.skipHyphen(j + 1), true // "per cent", "pour-cent"
	case e.pp:
		return "pp", j, true
	case e.pctWord:
		k := m.skipHyphen(j + 1)
		if e2 := m.word(k); e2 != nil && e2.points {
			return "pp", k, true
		}
		return "%", j, true // "30 percentage", as non-native English and French write it
	case e.points:
		if e2 := m.word(j + 1); e2 != nil && e2.de && m.word(j+2) != nil && m.word(j+2).pctWord {
			return "pp", j + 2, true
		}
	}
	return "", 0, false
}

// isCurrency reports a currency symbol or word at j.
func (m *matcher) isCurrency(j int) bool {
	if t := m.tok(j); t != nil && t.kind == tkSym {
		return symbolCurrency(t.sym) != ""
	}
	return m.cur(j) != ""
}

// halfAfterUnit returns the last token of "and a half" or "et demi(e)"
// right after a unit at k, or 0.
func (m *matcher) halfAfterUnit(k int) int {
	e := m.word(k + 1)
	if e == nil || !e.andWord {
		return 0
	}
	j := k + 2
	if e := m.word(j); e != nil && e.article {
		j++
	}
	if e := m.word(j); e == nil || !e.half || m.isDash(j+1) && m.touches(j+1) || m.isScale(j+1) {
		return 0 // but "and a half million", "and a half-century"
	}
	return j
}

// linkAfter passes over what may stand between an amount and its noun: a
// hyphen ("3.5-billion-euro", "14-year") and, after a scale or number words,
// "de"/"d'"/"of" ("39 888 milliards de dongs", "une dizaine de personnes").
func (m *matcher) linkAfter(j int, a amount) int {
	if n := m.orMore(j); n > 0 && m.isWord(j+n) {
		j += n // "ten or more people", "19 ou plus de"
	}
	if m.isDash(j) && m.touches(j) && m.touches(j+1) && m.isWord(j+1) {
		return j + 1
	}
	if e := m.word(j); e != nil && e.de && (a.scaled || a.words || m.isWord(a.last) || !a.year && m.partitive(j)) {
		if w, u := m.word(a.last), m.word(j+1); w != nil && w.denom > 0 && m.lowerSpan(j) == "des" && u != nil && measured(u.unit) {
			// "un tiers des heures" is a share of them, as "a third of the
			// hours", no measure as "un tiers d'heure"; "deux tiers des
			// infections" still counts infections.
			return j
		}
		j++
		if m.isSym(j, '\'', '’') && m.touches(j) {
			j++
		}
	}
	return j
}

// partitive reports "of" or "de" at j that takes some of a set: with a
// determiner after it ("40 of the workers", "two of these men", "40 de
// ses ouvriers"), or French "des" and "d'entre" ("40 des ouvriers", "une
// d'entre elles"); "de la" takes part of one thing, not members of a set.
func (m *matcher) partitive(j int) bool {
	e := m.word(j)
	if e == nil || !e.de {
		return false
	}
	if m.loc == french {
		switch m.lowerAt(j) {
		case "des":
			return true
		case "d":
			return m.isSym(j+1, '\'', '’') && m.lowerAt(j+2) == "entre"
		}
		return frPartDeterminers[m.lowerAt(j+1)] // not "de la", the part of a whole
	}
	n := m.word(j + 1)
	return n != nil && n.det
}

// frPartDeterminers are the French determiners of a part that the word
// tables do not know: "deux de ces hommes", "40 de ses ouvriers".
var frPartDeterminers = wordsOf("ces ses leurs nos vos mes tes")

// currencyAfter reads a currency written after an amount: "€", "dollars",
// "VND", "US dollars", "francs CFA", "dollars canadiens", "livres sterling".
func (m *matcher) currencyAfter(j int, a amount) (string, int, bool) {
	k := m.linkAfter(j, a)
	if t := m.tok(k); t != nil && t.kind == tkSym {
		if !m.touches(k) && m.touches(k+1) && m.isNum(k+1) {
			return "", 0, false // "two $70,000 sets": the sign is the next amount's
		}
		code := symbolCurrency(t.sym)
		if code == "$" {
			code = m.dollar
			// "$CAD", "$ USD": the code names the dollar.
			if c := m.cur(k + 1); c != "" && !m.word(k+1).curBase && len(m.span(k+1)) == 3 {
				return c, k + 1, true
			}
			if e := m.word(k + 1); e != nil && e.curMod != "" && (m.touches(k+1) || m.spacedDollarMod(k+1)) {
				return e.curMod, k + 1, true // "500 $CA", "10,05 milliards de $ hk"
			}
			if mod, last := m.ofCountry(k + 1); last > 0 {
				return mod, last, true // "3 000 $ de Singapour"
			}
		}
		return code, k, code != ""
	}
	if code, ok := m.named(k); ok {
		return code, k + 1, true // "42 Kuwaiti dinars", "42 dinars koweïtiens"
	}
	e := m.word(k)
	if e == nil {
		return "", 0, false
	}
	// A dollar with its country glued before the sign: "500 000 C$".
	if e.curMod != "" && m.isSym(k+1, '$') && m.touches(k+1) {
		return e.curMod, k + 1, true
	}
	// A modifier before its currency: "US dollars", "Hong Kong dollars".
	if e.curMod != "" && len(m.span(k)) > 1 {
		b := k + 1
		if e2 := m.word(b); e2 != nil && e2.curMod != "" && !e2.curBase && m.cur(b) == "" {
			b++
		}
		if e2 := m.word(b); e2 != nil && e2.curBase {
			mod := e.curMod
			if e3 := m.word(k + 1); e3 != nil && e3.curMod != "" && b == k+2 {
				mod = e3.curMod
			}
			return mod, b, true
		}
	}
	code := m.cur(k)
	if code == "" && !e.curBase || m.isNum(k+1) && m.touches(k+1) || m.codeIsWord(k, k+1, a) {
		return "", 0, false // "3 USD50": the code is the next amount's
	}
	if e.curBase {
		// A modifier after its currency: "dollars US", "francs CFA",
		// "dollars de Taïwan", "dollars de Hong Kong".
		if e2 := m.word(k + 1); e2 != nil && e2.curMod != "" && len(m.span(k+1)) > 1 {
			return e2.curMod, k + 1, true
		}
		if mod, last := m.ofCountry(k + 1); last > 0 {
			return mod, last, true
		}
		if code == "USD" {
			code = m.dollar
		}
	}
	return code, k, code != ""
}

// spacedDollarMod reports a country written apart from its dollar sign, as
// tokenized corpora and some wires do: "C $ 16.4 million", "$ hk". Only
// modifiers that cannot be a word of the sentence count ("a $5 fee" and
// "Apple's $5" stay US dollars), and "c" not before an apostrophe ("c'est").
func (m *matcher) spacedDollarMod(k int) bool {
	s := m.span(k)
	if len(s) < 2 && s != "c" && s != "C" {
		return false
	}
	return !m.isSym(k+1, '\'', '’')
}

// sameDimension reports two units of measurement of one dimension
// (yards and metres).
func sameDimension(a, b string) bool {
	ma, okA := measures[a]
	mb, okB := measures[b]
	return okA && okB && ma.dim == mb.dim
}

// powered returns the unit of area (n = 2) or volume (n = 3) of a unit of
// length, or "" when there is none ("square tonnes").
func powered(u string, n int) string {
	if _, ok := measures[u+strconv.Itoa(n)]; ok {
		return u + strconv.Itoa(n)
	}
	return ""
}

// named reads a two-word currency name at k: a country adjective and a
// currency word shared by several countries ("Kuwaiti dinar").
func (m *matcher) named(k int) (string, bool) {
	if !m.isWord(k) || !m.isWord(k+1) || m.cur(k) == "" && m.cur(k+1) == "" && !m.isCurBase(k) && !m.isCurBase(k+1) {
		return "", false
	}
	code, ok := m.loc.named[strings.ToLower(m.span(k)+" "+m.span(k+1))]
	return code, ok
}

func (m *matcher) isCurBase(k int) bool {
	e := m.word(k)
	return e != nil && e.curBase
}

// unitAfter reads the unit of a quantity: "14 consecutive years", "666
// mètres", "7,8 millions de tonnes", "dix premiers mois", "5km".
func (m *matcher) unitAfter(j int, a amount) (string, int, bool) {
	if m.isSym(j, '°', 'º') && !a.words {
		// "28°F", "1.5 °C", "-7° Celsius"; a bare degree names no unit.
		if e := m.word(j + 1); e != nil && e.unit != "" && e.degree {
			return e.unit, j + 1, true
		}
		if s := m.span(j + 1); m.touches(j+1) && (s == "C" || s == "F") {
			return "°" + s, j + 1, true
		}
		return "", j, true
	}
	if m.gluedDegree(j) && !a.words {
		return "°" + m.span(j), j, true // "40C (104F)", as British papers write it
	}
	k := m.linkAfter(j, a)
	if m.nauticalMile(k) {
		return "nmi", k + 1, true
	}
	hyphen := m.isDash(j) && k == j+1
	modTo := "" // "700 light years", "12 nautical miles", "light-years"
	for n := 0; n < 2; n++ {
		if e := m.word(k); e != nil && e.modFrom != "" && !e.modAfter {
			u := m.skipHyphen(k + 1)
			if e2 := m.word(u); e2 != nil && e2.unit == e.modFrom {
				k, modTo = u, e.modTo
				break
			}
		}
		if e := m.word(k); e != nil && (e.unitAdj || e.power > 0) && e.unit == "" {
			if hyphen && e.power == 0 {
				return "", 0, false // "a 0-degree bag", "a 10-new-jobs plan": the noun is not counted
			}
			if e2 := m.word(k + 1); (e.relDir != 0 || e.relNow) && e2 != nil && e2.relUnit != 0 {
				return "", 0, false // "rose 5% last year": a date follows, not the unit
			}
			k++
		}
	}
	e := m.word(k)
	if e != nil && e.orTime && hyphen && m.touches(k) {
		return "second", k, true // "a 15-second clip": not the rank "second"
	}
	if e == nil || e.unit == "" {
		if hyphen {
			return "", 0, false // "two-stroke engines", "three-season trips"
		}
		return m.countAfterWords(k)
	}
	if e.counted && m.isDash(k+1) && m.touches(k+1) && m.isWord(k+2) {
		return "", 0, false // "74 procès-verbaux": another noun
	}
	if m.isSym(k+1, '/') && m.touches(k+1) && m.touches(k+2) {
		// "100 yards/meters": one or the other, so no unit; but "45
		// hours/week" is a rate, so many hours in each week.
		if e2 := m.word(k + 2); e2 != nil && sameDimension(e.unit, e2.unit) && !timeRate(e.unit, e2.unit) {
			return "", 0, false
		}
	}
	if e.lowerAbbr && !m.lower(k) {
		return "", 0, false // "20 MS patients", "un MG": no unit
	}
	if s := m.span(k); len(s) == 1 && (s != "m" && s != "t" && s != "l" && s != "L" && s != "g" || !m.touches(k) && !m.isNum(k-1) ||
		m.isSym(k+1, '\'', '’')) {
		return "", 0, false // a lone letter is a unit only right after digits: "5 m", "5m", "1,6 l", not "3 l'heure"
	}
	if e.singular && (k == j || !m.isDash(j)) && m.countNoun(k) && !a.weak && a.val.cmpInt(2) >= 0 {
		// "Ten passenger flights": a singular noun after two or more is a
		// modifier; the count is of the noun after it, if that is a unit.
		// With no noun after it, the number names the thing: "the 206 model".
		if m.isWord(k+1) && m.countNoun(k+1) {
			return m.word(k + 1).unit, k + 1, true
		}
		if m.isWord(k+1) && m.word(k+1) == nil && !m.isDash(k+2) && m.countNoun(k+2) && !m.word(k+2).singular {
			return m.word(k + 2).unit, k + 2, true // "Ten passenger airline flights"
		}
		return "", 0, false
	}
	if e.preAdj && m.isWord(k+1) && m.countNoun(k+1) {
		k, e = k+1, m.word(k+1) // "deux jeunes filles", but "deux jeunes"
	}
	u := e.unit
	if p := m.word(k - 1); p != nil && p.power > 0 && k-1 >= j {
		u = powered(u, p.power) // "2 million square metres", "cubic feet"
	}
	if modTo != "" {
		u = modTo
	}
	if n := m.skipHyphen(k + 1); m.word(n) != nil && m.word(n).modAfter && m.word(n).modFrom == u {
		return m.word(n).modTo, n, true // "124 années lumière", "700 années-lumière"
	}
	if r, last := m.rateAfter(u, k); last > 0 {
		return r, last, true // "50 km/h", "130 miles per hour", "3 mètres par seconde"
	}
	if e2 := m.word(k + 1); e2 != nil && (e2.postAdj || e2.power > 0) {
		if e2.power > 0 {
			u = powered(u, e2.power) // "2,2 millions de mètres carrés", "mètres cubes"
		}
		return u, k + 1, true // "14 années consécutives", "three years running"
	}
	return u, k, true
}

// yearBeforeNoun reports an amount shaped like a year before the counted
// noun at last (j is the token after the amount) that is a year: before a
// noun in the singular ("the 2024 edition"), and from 1900 to 2100 after a
// word of years ("in 2009 banks failed", not "out of 1001 delegates"), and
// where counts of thousands carry a comma, before a noun of counts.txt ("a
// 1981 car accident") or after a determiner or "all" ("all 2010 new
// projects"). The common nouns of the word tables count without one
// ("employs 2000 people"). A hedge makes it a count ("environ 2000
// clients").
func (m *matcher) yearBeforeNoun(a amount, first, j, last int) bool {
	e := m.word(last)
	if !a.year || a.words || e == nil || !m.countNoun(last) || m.hedged(first) {
		return false
	}
	if _, ok := m.yearOf(a.first); !ok {
		return false
	}
	modern := a.val.Coef >= 1900 && a.val.Coef <= 2100
	d := m.word(first - 1)
	return last == j && e.singular ||
		modern && (m.yearContext(first) && !m.isDe(first-1) || m.loc.commaCounts && (e.counted || d != nil && (d.det || d.all)))
}

// someDay reports "one day" or "un jour" (tokens first to last) used as
// "some day": not after a word that makes it a span of time ("for one
// day", "en un jour", "pendant un jour"), nor before one ("one day
// later", "un jour plus tard", "one day after", "un jour de grève"). A
// word of place or purpose after it leaves it "some day": "bound one day
// to explode", "exploser un jour dans les territoires".
func (m *matcher) someDay(first, last int) bool {
	k := first - 1
	if m.isSym(k, '\'', '’') {
		k-- // "moins d'une journée"
	}
	if p := m.word(k); p != nil && p.spanPrep && !m.thatClause(k) {
		return false
	}
	n := m.word(last + 1)
	if n != nil && n.andWord {
		return m.halfAfterUnit(last) == 0 // "one day and a half" is 1.5 days; "wake up one day and…"
	}
	return n == nil || !(n.spanAfter || n.ofWord || n.de || n.relDir != 0)
}

// thatClause reports "que" or "qu'" at k that opens a clause ("l'espoir
// qu'un jour…"), not the "ne … que" of a restriction ("il n'a duré qu'un
// jour", "il ne reste plus qu'un jour"): no "ne" before it in its
// sentence, a few words back.
func (m *matcher) thatClause(k int) bool {
	if s := strings.ToLower(m.span(k)); s != "que" && s != "qu" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if m.isSym(j, '.', '!', '?', ';') {
			break
		}
		if s := strings.ToLower(m.span(j)); s == "ne" || s == "n" && m.isSym(j+1, '\'', '’') {
			return false
		}
	}
	return true
}

// partOfDayAfter returns the last token of "in the morning" (or evening,
// afternoon, night) after an hour that ends at k, with the hour it is "to"
// before it: "ten to six in the morning". It returns 0 when none follows.
func (m *matcher) partOfDayAfter(k int) int {
	if e := m.word(k + 1); e != nil && e.rangeTo {
		if b, ok := m.amountAt(k+2, false); ok && !b.scaled && b.val.Exp == 0 && b.val.Coef <= 12 {
			k = b.last
		}
	}
	in, the, part := m.word(k+1), m.word(k+2), m.word(k+3)
	if in != nil && in.monthPre && the != nil && the.det && part != nil && part.dayPart {
		return k + 3
	}
	return 0
}

// oClockAfter returns the last token of "o'clock" after the token k, or 0.
func (m *matcher) oClockAfter(k int) int {
	if m.span(k+1) == "o" && m.isSym(k+2, '\'', '’') && m.word(k+3) != nil && m.word(k+3).timeSuf {
		return k + 3
	}
	return 0
}

// belowZero reads "below zero" after the amount or unit ending at last,
// with "degrees" between when no unit was read: "nine degrees below
// zero", "5 degrés sous zéro", "3 degrés au-dessous de zéro". It returns
// the token of zero, or 0.
func (m *matcher) belowZero(last int) int {
	k := last + 1
	if e := m.word(k); e != nil && e.unitAdj && e.heat {
		k++ // degrees, degrés
	}
	switch {
	case m.word(k) != nil && m.word(k).below:
	case m.word(k+1) != nil && m.word(k+1).below:
		k++ // "en dessous"
	case m.isDash(k+1) && m.word(k+2) != nil && m.word(k+2).below:
		k += 2 // "au-dessous"
	default:
		return 0
	}
	k++
	if m.isDe(k) {
		k++ // "dessous de zéro"
	}
	if e := m.word(k); e != nil && e.card == 1 && !m.isNum(k) {
		return k // zero, zéro
	}
	return 0
}

// speeds are the units of length that a time unit after "/", "per", "an",
// "par" or "à l'" turns into a speed.
var speeds = map[string]map[string]string{
	"km": {"hour": "km/h"}, "mile": {"hour": "mph"}, "m": {"second": "m/s", "hour": "m/h"},
}

// timeRate reports a span of time counted in each longer span: "hours"
// over "week" in "45 hours/week".
func timeRate(u, per string) bool {
	a, b := measures[u], measures[per]
	return a.dim == "time" && b.dim == "time" && a.size < b.size
}

// rateAfter reads a unit of length at k as a speed when a time follows:
// "km/h", "km/hr", "m/s", "miles per hour", "kilomètres à l'heure",
// "mètres par seconde", "kilomètres-heure". It returns the speed and its
// last token, or 0.
func (m *matcher) rateAfter(u string, k int) (string, int) {
	per, ok := speeds[u]
	if !ok {
		return "", 0
	}
	j := k + 1
	switch {
	case m.isSym(j, '/') && m.touches(j) && m.touches(j+1):
		j++
		if s := m.span(j); s == "h" || s == "hr" || m.word(j) != nil && m.word(j).unit == "hour" {
			if r, ok := per["hour"]; ok {
				return r, j
			}
		} else if s == "s" {
			if r, ok := per["second"]; ok {
				return r, j
			}
		}
		return "", 0
	case m.word(j) != nil && (m.word(j).perWord || m.word(j).article || m.word(j).ratio == 'i') || m.span(j) == "par":
		j++ // "per hour", "an hour", "par heure"
	case m.span(j) == "à" && m.span(j+1) == "l" && m.isSym(j+2, '\'', '’'):
		j += 3 // "à l'heure"
	case m.loc == french && m.isDash(j) && m.touches(j) && m.touches(j+1):
		j++ // "kilomètres-heure"
	case m.loc == french && m.isWord(j) && !strings.HasSuffix(m.span(j), "s") && !m.isDe(j+1):
		// "130 kilomètres heure", "3 mètres seconde": French may set the
		// time unit, singular, after the length with nothing between;
		// "10 km heure de pointe" is no speed.
	default:
		return "", 0
	}
	if e := m.word(j); e != nil {
		u := e.unit
		if e.orTime {
			u = "second" // "per second", "par seconde"
		}
		if r, ok := per[u]; ok {
			return r, j
		}
	}
	return "", 0
}

// countAfterWords finds a counted noun after one or two modifiers from
// token k: words the tables do not know ("53 insurance companies", "300
// permanent employees", "1200 German travel agencies"), words of money
// ("14 government vehicles"), a counted noun in the singular ("six
// different vaccine candidates") and a compound with a hyphen ("10
// anti-cancer drugs"). Words with another role (of, the, and, units) end
// the search, and so does a measure: "5 big metres" is no length.
func (m *matcher) countAfterWords(k int) (string, int, bool) {
	for n := 0; n < 2; n++ {
		next, ok := m.modifierAt(k)
		if !ok {
			return "", 0, false // but "two most populous countries", "trois quarts de toutes les infections"
		}
		k = next
		if m.countNoun(k) {
			if e := m.word(k); e.unitAdj && e.unit == "" {
				k++ // "1,900 net new jobs"
			}
			if !m.word(k).singular {
				return m.word(k).unit, k, true
			}
			// "mille lacs compte": a verb, not the counted noun; or a
			// modifier of the noun after it ("vaccine candidates").
			if n == 1 || !m.isWord(k+1) || !m.countNoun(k+1) || m.word(k+1).singular {
				return "", 0, false
			}
			return m.word(k + 1).unit, k + 1, true
		}
	}
	return "", 0, false
}

// modifierAt reads a word that may stand between a number and its counted
// noun at k (see countAfterWords) and returns the token after it.
func (m *matcher) modifierAt(k int) (int, bool) {
	if !m.isWord(k) {
		return 0, false
	}
	if m.isDash(k + 1) {
		// "anti-cancer": a compound the tables do not know, both parts
		// words; not "Covid-19".
		if !m.touches(k+1) || !m.touches(k+2) || !m.isWord(k+2) || m.word(k) != nil || m.word(k+2) != nil {
			return 0, false
		}
		return k + 3, true
	}
	// Words the tables do not know, or know only as a country's currency
	// ("Seven American companies") or a word of money, and the determiner
	// of a part ("two of the suspects").
	e := m.word(k)
	if e == nil && m.lower(k) && m.isSym(k+1, '\'', '’') && m.touches(k+1) && m.touches(k+2) && m.span(k+2) == "s" {
		return k + 3, true // "two butcher's knives"
	}
	if e == nil && m.word(k+1) != nil && m.word(k+1).andWord && m.isWord(k+2) && m.word(k+2) == nil && m.lower(k+2) {
		return k + 3, true // "500,000 archaeological and anthropological artefacts"
	}
	return k + 1, e == nil || e.det && m.isDe(k-1) || e.bound || e.perTime || m.nationOnly(e) ||
		e.ofMoney && !e.counted && e.unit == "" && e.cur == "" || e.wordCode && m.lower(k) // "30 top managers"
}

// ofCountry reads "de" and a country that names a currency from k:
// "dollars de Taïwan", "dollars de Hong Kong", "$ de Singapour". It
// returns the currency and the last token, or 0.
func (m *matcher) ofCountry(k int) (string, int) {
	e2, e3 := m.word(k), m.word(k+1)
	if e2 == nil || !e2.de || e3 == nil || e3.curMod == "" || !m.toks[k+1].upper || len(m.span(k+1)) < 2 {
		return "", 0
	}
	if e4 := m.word(k + 2); e4 != nil && e4.curMod == e3.curMod {
		return e3.curMod, k + 2
	}
	return e3.curMod, k + 1
}

// nationOnly reports a word the tables know only as the country of a
// currency: "American", "British", "suisses".
func (m *matcher) nationOnly(e *entry) bool {
	return e.curMod != "" && e.unit == "" && e.cur == "" && e.iso == "" && !e.curBase
}

// compoundNoun reports a French number word joined by a hyphen to a
// noun: a noun of its own ("deux-roues" is a motorbike, "trois-mâts" a
// ship, "un deux-pièces" a flat), not a count. A number, a fraction, a
// rank or a range after the hyphen is the same amount ("quatre-vingts",
// "trois-quarts", "vingt-et-unième", "deux-à-trois").
func (m *matcher) compoundNoun(a amount) bool {
	k := m.skipHyphen(a.last + 1)
	if m.loc != french || !a.words || a.first != a.last || k == a.last+1 || !m.isWord(k) {
		return false
	}
	e := m.word(k)
	return e == nil || e.counted || e.card == 0 && e.mult == 0 && e.scale == 0 && e.denom == 0 && e.ord == 0 &&
		!e.article && !e.andWord && !e.orWord && !e.rangeTo && !e.de && e.cur == "" && !e.curBase
}

// laterYearAfter reports a range to a later year after the amount a:
// "2002 to 2005".
func (m *matcher) laterYearAfter(a amount) bool {
	c := a.last + 1
	if e := m.word(c); !m.isDash(c) && (e == nil || !e.rangeTo) {
		return false
	}
	y0, _ := m.yearOf(a.first)
	y1, ok := m.yearOf(c + 1)
	return ok && y1 > y0
}

// afterFact reports a fact that ends right before token i.
func (m *matcher) afterFact(i int) bool {
	return i > 0 && len(m.facts) > 0 && m.facts[len(m.facts)-1].End == m.toks[i-1].end
}

// poundOfWeight reports the pound (or livre) at last, after an amount that
// ends before j, as a weight, not money: before ounces ("2 pounds and 5.4
// ounces"), as a compound adjective ("a 300-pound manhole cover", but "a
// five-pound note"), after a word of weight ("weighs a mere 1 pound"), or
// in an English text that prices things in dollars and never writes £ or
// sterling ("fish that can grow to 500 pounds"), unless a word of money
// comes first ("paid 300 pounds").
func (m *matcher) poundOfWeight(j, last int) bool {
	for k := last + 1; k <= last+4 && k < len(m.toks); k++ {
		if e := m.word(k); e != nil && e.unit == "ounce" {
			return true
		}
	}
	if m.isDash(j) && m.touches(j) && j+1 == last {
		e := m.word(last + 1)
		return e == nil || !e.moneyNoun
	}
	for k := j - 1; k >= 0 && k > j-10 && !m.isSym(k, '.', '!', '?', ';'); k-- {
		if e := m.word(k); e != nil && (e.weighs || e.moneyNoun) {
			return e.weighs // "weighs a mere 1 pound"; "paid 300 pounds"
		}
	}
	if e := m.word(last + 1); e != nil && e.ofWord && m.word(last).dollarLb && m.isWord(last+2) {
		// "90 million pounds of chocolate" is a weight, "5 million pounds
		// of lottery funding" money: a word of money soon after "of" says.
		for k := last + 2; k <= last+4 && m.isWord(k); k++ {
			if e := m.word(k); e != nil && (e.moneyNoun || e.ofMoney) {
				return false
			}
		}
		return true
	}
	if !m.word(last).dollarLb {
		return false
	}
	if m.poundW == 0 {
		m.poundW = 1
		t := m.text
		if strings.Contains(t, "$") && !strings.Contains(t, "£") && !strings.Contains(t, "GBP") &&
			!strings.Contains(t, "sterling") && !strings.Contains(t, "Sterling") && !strings.Contains(t, "STERLING") {
			m.poundW = 2
		}
	}
	return m.poundW == 2
}

// gluedDegree reports a capital C or F glued to digits at j that is a
// temperature: "highs of 40C (104F)". A letter after digits is a code
// ("seat 14C") unless the sentence speaks of heat or cold, or the other
// scale stands beside it in brackets.
func (m *matcher) gluedDegree(j int) bool {
	scale := func(k int) bool { s := m.span(k); return (s == "C" || s == "F") && m.touches(k) && m.isNum(k-1) }
	if !scale(j) || m.touches(j+1) && !m.isSym(j+1, ',', '.', ')', ';') {
		return false
	}
	if m.isSym(j+1, '(') && scale(j+3) || m.isSym(j-2, '(') && scale(j-3) {
		return true // "40C (104F)", the 104F of it
	}
	return m.speaksOfHeat(j)
}

// speaksOfHeat reports a word of heat or cold near token j in its
// sentence: up to 15 tokens before it, 7 after.
func (m *matcher) speaksOfHeat(j int) bool {
	for k := j - 1; k >= 0 && k > j-16 && !m.isSym(k, '.', '!', '?'); k-- {
		if e := m.word(k); e != nil && e.heat {
			return true
		}
	}
	for k := j + 1; k < len(m.toks) && k < j+8 && !m.isSym(k, '.', '!', '?'); k++ {
		if e := m.word(k); e != nil && e.heat {
			return true
		}
	}
	return false
}

// evenHedges are the hedges that put a value on either side of the
// number, not a bound on one side, as words of the hedge lists.
var evenHedges = map[string]bool{
	"about": true, "around": true, "approximately": true, "roughly": true, "some": true, "circa": true,
	"approx": true, "approx .": true, "ca": true, "ca .": true, "env .": true, "environ de": true, "close to": true, "an estimated": true, "estimated": true, "around about": true,
	"more or less": true, "environ": true, "quelque": true, "autour de": true, "approximativement": true,
	"aux alentours de": true, "de l ' ordre de": true, "à peu près": true,
}

// evenHedge reports that the hedge h is one of evenHedges.
func evenHedge(h []string) bool {
	switch len(h) {
	case 0:
		return false
	case 1:
		return evenHedges[h[0]]
	}
	return evenHedges[strings.Join(h, " ")]
}

// withinPowers reports two amounts whose orders of magnitude differ by at
// most n.
func withinPowers(a, b Decimal, n int) bool {
	d := a.magnitude() - b.magnitude()
	return d <= n && d >= -n
}

// rangeOpener reports a word that opens a range before the amount at
// first, a hedge between or not: "from", "between", "de", "entre".
func (m *matcher) rangeOpener(first int) bool {
	e := m.word(first - 1 - len(m.hedge(first)))
	return e != nil && e.between
}

// sharedAfterAnd reports that the amount at k, after "and" or "et", ends
// with a unit that serves the bare amount a before it too: a percent sign
// ("1.3 and 2.0% respectively"), a currency ("des billets de 5 et 100
// dollars"), a unit of measure ("de 1,2 et 1,4 litres", "deux fils de 14
// et 11 ans") or, after a decimal, a scale ("2,5 et 10 millions"). A
// count keeps to its own noun: "11 players and 5 substitutes".
func (m *matcher) sharedAfterAnd(a amount, k int) bool {
	b, ok := m.amountAt(k, false)
	if !ok || b.words != a.words || b.val.Neg || b.weak {
		return false
	}
	rb := m.read(b, "", k)
	switch {
	case rb.none || !rb.explicit && !b.scaled:
		return false
	case rb.kind == Percent || rb.kind == Money:
		return true
	case rb.kind == Quantity && measured(rb.unit):
		return true
	}
	return rb.kind == Quantity && b.scaled && !a.scaled && a.val.Exp < 0
}

// oneOfTwo reports a lone "one", "un" or "une" that is the first of two
// numbers offered as alternatives or as the ends of a range, which makes it
// a number: "one or two days", "one-to-seven days", "between one and three
// years", "un ou deux mois", "d'un à trois ans". The other number is a
// whole one in words or digits, or in words with a scale it shares ("one
// or two million"), and not another "one" ("one-to-one", "un à un").
func (m *matcher) oneOfTwo(a amount, first int) bool {
	if w := m.lowerAt(a.first); w != "one" && w != "un" && w != "une" {
		return false
	}
	c := a.last + 1
	if m.isDash(c) && m.touches(c) {
		c++ // "one-to-seven", "one-or-two"
	}
	e := m.word(c)
	switch {
	case e == nil:
		return false
	case e.andWord:
		if b := m.word(first - 1); b == nil || !b.betweenAnd {
			return false // "one and a half", "one and the same"
		}
	case !e.orWord && !e.rangeTo:
		return false
	}
	c++
	if m.isDash(c) && m.touches(c) {
		c++
	}
	b, ok := m.amountAt(c, false)
	return ok && !b.weak && !b.ordinal && !b.val.Neg && (b.val.Exp == 0 || b.scaled && b.words) && b.val.Coef > 1 && b.val.Coef <= 1000
}

// rangeFrom reads a range that starts with the amount a: "2026-2030",
// "between 20 and 25 million dong", "5-7%", or two amounts offered as
// alternatives ("two or three days"). The unit, currency and scale
// written after the second end apply to the first. It returns the tokens
// consumed from first, or 0 when no range starts here.
func (m *matcher) rangeFrom(a amount, r reading, first int) int {
	c := r.last + 1
	joined := m.isDash(c) || (m.word(c) != nil && m.word(c).rangeTo)
	if !joined && m.word(c) != nil && m.word(c).andWord {
		joined = m.word(first-1) != nil && m.word(first-1).betweenAnd // not "de 1998 et 2000"
	}
	if !joined && r.kind == Date && m.word(c) != nil && m.word(c).until {
		joined = m.word(first-1) != nil && m.word(first-1).between // "from 1975 until 1979"
	}
	if !joined && r.kind != Date && m.word(c) != nil && m.word(c).orWord {
		joined = true // "two or three days", "5 or 6 points": the unit is both ends'
	}
	if m.isDash(c) && m.touches(c) && m.word(c+1) != nil && (m.word(c+1).rangeTo || m.word(c+1).orWord) {
		switch {
		case m.isDash(c+2) && m.touches(c+2):
			c += 2 // "two-to-seven days", "a one-or-two-day stay"
		case !m.touches(c + 1):
			c++ // "a two- or three-point spread", "two- to three-year terms"
		}
	}
	list := false // two amounts, not the ends of a range
	if !joined && r.kind == Quantity && r.unit == "" && r.last == a.last && m.word(c) != nil && m.word(c).andWord {
		joined = m.sharedAfterAnd(a, c+1)
		list = joined
	}
	if !joined || a.words && a.val.Exp < 0 && !a.scaled && a.val.cmpInt(1) < 0 {
		return 0 // "up by a fifth to £1.8 billion": a fraction in words opens no range
	}
	if r.kind == Date {
		y0, _ := m.yearOf(a.first)
		y1, ok := m.yearOf(c + 1)
		if !ok && m.isDash(c) && m.touches(c) && m.touches(c+1) && m.isNum(c+1) && plainInt(m.tok(c+1)) &&
			m.tok(c+1).shape.intDigits <= 2 {
			// 2026-30, 2016-11
			if v := m.yearAndPart(y0, c+1); v != "" {
				m.emitDate(first, c+1, v)
				return skipTo(first, c+1)
			}
		}
		if !ok || y1 <= y0 {
			return 0
		}
		m.emitDate(first, c+1, itoa(y0)+"/"+itoa(y1))
		return skipTo(first, c+1)
	}
	opened := m.rangeOpener(first)
	if r.kind == Ordinal || r.explicit && r.kind != Money && !opened {
		return 0
	}
	bi, prefix, bFirst := c+1, "", c+1
	if t := m.tok(bi); t != nil && t.kind == tkSym {
		if prefix = symbolCurrency(t.sym); prefix == "" {
			return 0
		}
		if prefix == "$" {
			prefix = m.dollar
		}
		bi++
	}
	b, ok := m.amountAt(bi, prefix != "" || r.kind == Money)
	if !ok || b.val.Neg {
		return 0
	}
	rb := m.read(b, prefix, bFirst)
	// "from $8.72 to 9.06", "de 5 % à 7", "between 10 km and 12": a bare
	// end after a range opened before a stated unit shares it.
	bareEnd := opened && r.explicit && (r.kind != Quantity || r.unit != "") && rb.kind == Quantity && rb.unit == "" && !rb.explicit &&
		!b.weak && !m.nounAt(rb.last+1) && withinPowers(a.val, b.val, 2)
	if rb.none || rb.kind == Date || rb.kind == Ordinal || (!rb.explicit && !b.scaled && !bareEnd) {
		return 0
	}
	if r.explicit && r.kind != Money && !rb.explicit && !bareEnd {
		return 0
	}
	if r.explicit && rb.explicit && (r.kind != rb.kind || r.unit != rb.unit) {
		return 0
	}
	if !r.explicit && rb.kind == Percent && a.scaled && !b.scaled {
		return 0 // "500 millions à 5,28 %": an amount issued at a rate, no range of rates
	}
	if rb.pow > 0 {
		b.val = b.val.scaled(rb.pow) // "75 USD million", "2.000 people"
	}
	switch {
	case rb.regroup:
		if m.dotGroupsCount(a, rb.unit, r.last) {
			a.val = a.val.scaled(3) // "between 1.500 and 2.000 people"
		}
	case !a.scaled && (b.scaled || rb.pow > 0) && !a.words && a.val.scaled(3).Cmp(b.val) < 0:
		// "20 to 25 million", "10 to 75 USD million": the start shares the
		// scale; not "900,000 to 1.2 million" nor "$ 265 000 000 et $ 275
		// millions", written whole.
		a.val = a.val.scaled(b.pow + rb.pow)
	case a.words && b.words && !a.scaled && a.val.Exp == 0:
		a.val = a.val.scaled(wordRangeScale(a.val.Coef, b))
	case a.words && b.scaled && !a.scaled && a.val.Exp == 0 && a.val.scaled(b.pow).Cmp(b.val) < 0:
		// "two hundred to 400 thousand", "de quatre à 4,5 milliards"; not
		// "fifty to 3 million"
		a.val = a.val.scaled(b.pow)
	}
	switch {
	case !r.explicit:
		r.kind, r.unit = rb.kind, rb.unit
	case !rb.explicit:
		rb.kind, rb.unit = r.kind, r.unit // "$4-5 million", "between $4 and 5 million", "from 5% to 7"
	}
	// A hedge of both sides before the range hedges both ends: "about
	// 300 to 400 mg", "environ 20 à 30 %"; not a bound ("at least 120 to
	// 140 cm") nor two amounts of a list ("environ 1,8 milliard et 870
	// millions").
	hedged := !list && evenHedge(m.hedge(first))
	m.emitNumber(r.kind, a.val, first, r.last, r.unit, a.approx)
	m.emitNumber(rb.kind, b.val, bFirst, rb.last, rb.unit, b.approx || hedged || m.hedgedAfter(rb.last)) // "two or three hours at most"
	return skipTo(first, rb.last)
}
