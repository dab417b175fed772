package extract

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// amount is a number read from one or more tokens: digits with a scale word
// ("39 888 milliards", "4.1bn") or number words ("quatre-vingt-dix",
// "half a million").
type amount struct {
	val         Decimal
	first, last int  // tokens of the amount, inclusive
	scaled      bool // a scale word or abbreviation was read
	pow         int  // the power of ten it applied
	words       bool // written in words
	weak        bool // a lone "un", "une", "one", "neuf": a number only before a unit
	approx      bool // "une dizaine", "une centaine": a round number
	ordinal     bool // ends in an ordinal word ("twenty-first")
	year        bool // shaped like a year: four digits, no grouping, no decimals
	step        int  // power of ten of the last multiplier or scale ("3 hundred": 2), 0 when none
}

// amountAt reads the amount that starts at token i. money says whether a
// currency stands before it, which makes "m" and "b" scale abbreviations.
func (m *matcher) amountAt(i int, money bool) (amount, bool) {
	t := m.tok(i)
	if t == nil {
		return amount{}, false
	}
	switch t.kind {
	case tkNum:
		a := m.digitsAt(t, i, money)
		m.roundAfter(&a)
		return a, true
	case tkWord:
		a, ok := m.wordsAt(i, money)
		if ok {
			m.roundAfter(&a)
		}
		return a, ok
	}
	return amount{}, false
}

// roundAfter marks a count of round-number nouns: "huit dizaines" is about
// 80, "3 centaines de soldats" about 300, and French "une douzaine de
// ministres" is about 12 as "une vingtaine" is about 20.
func (m *matcher) roundAfter(a *amount) {
	if e := m.word(a.last); e != nil && e.roundMult && a.words {
		a.approx = true
	}
	e := m.word(a.last + 1)
	if e == nil || e.approxN == 0 || a.ordinal || a.approx || a.val.Exp < 0 || a.val.Neg || a.val.Coef < 2 || a.scaled {
		return
	}
	if v, ok := a.val.times(uint64(e.approxN)); ok {
		a.val, a.last, a.approx, a.year, a.weak = v, a.last+1, true, false, false
	}
}

// digitsAt reads the amount whose digits are token t, at i.
func (m *matcher) digitsAt(t *token, i int, money bool) amount {
	a := amount{val: t.num, first: i, last: i}
	a.year = t.shape.intDigits == 4 && !t.shape.grouped && !t.shape.frac && !t.num.Neg
	if plainInt(t) && t.num.Exp == 0 && t.shape.intDigits <= 3 {
		m.brokenGroup(&a)
		m.mixedFraction(&a)
	}
	m.pointAfter(&a)
	if m.isSym(a.last+1, '+') && m.touches(a.last+1) && !(m.touches(a.last+2) && m.isNum(a.last+2)) {
		a.last, a.approx, a.year = a.last+1, true, false // "500+ staff", "$300+ billion": at least; not "3+4"
	}
	m.scaleAfter(&a, money)
	if m.isDash(a.last+1) && m.touches(a.last+1) && m.touches(a.last+2) && strings.EqualFold(m.span(a.last+2), "plus") {
		a.last, a.approx, a.year = a.last+2, true, false // "20-plus years", "$2 billion-plus": at least
	}
	if a.scaled || a.last == i && plainInt(t) && t.num.Exp == 0 && t.shape.intDigits <= 3 && m.word(i+1) != nil && m.word(i+1).andWord {
		// "3 millions et demi", "2 and a half years"; whole digits only
		// before "and", so that "3 quarters" stays a count of quarters.
		m.fractionAfter(&a)
	}
	if a.step > 0 && a.val.Exp >= 0 && !t.shape.frac {
		// "1 million 200 thousand"; but "1,8 milliard et 870
		// millions" are two amounts.
		m.compoundAfter(&a)
	}
	return a
}

// brokenGroup joins a group of zeros that a stray space parted from the
// digits before it, where the comma groups digits: "80, 000 Czech
// crowns" is 80000. "000" alone is no number, so no list is joined; a
// number that goes on after the zeros ("80, 000,000") is left alone.
func (m *matcher) brokenGroup(a *amount) {
	k := a.last
	if m.loc.groups[0].sep != "," || !m.isSym(k+1, ',') || !m.touches(k+1) || m.touches(k+2) || !zeroGroup(m.tok(k+2)) || m.touches(k+3) && m.isNum(k+4) {
		return
	}
	a.val, a.last, a.year = a.val.scaled(3), k+2, false
}

// zeroGroup reports a token of zeros alone, two or more: "000", "00".
func zeroGroup(t *token) bool {
	return t != nil && t.kind == tkNum && plainInt(t) && t.num.Coef == 0 && t.shape.intDigits >= 2
}

// scaleAfter applies a scale word or abbreviation that follows the digits
// of a: "39 888 milliards", "4.1bn", "3.5-billion", "120m" (money only).
func (m *matcher) scaleAfter(a *amount, money bool) {
	j := a.last + 1
	if m.isSym(j, '-') && m.touches(j) && m.touches(j+1) {
		j++
	}
	e := m.word(j)
	if m.span(j) == "M" {
		e = &megaAbbr // upper-case M is a million in both languages; m is metres
	}
	if m.nauticalMile(j) {
		return // "12 milles marins", "un mille nautique": a unit, not a scale
	}
	if e != nil && e.milles && m.looseThousands(j) {
		e = &thousandsWord
	}
	if e != nil && e.mult > 0 && !e.centWord && e.sub == 0 {
		// "322 hundred", "3 dozens"
		if v, ok := a.val.times(uint64(e.mult)); ok {
			a.val, a.last, a.year = v, j, false
			if e.mult == 100 {
				a.step = 2
			}
		}
		return
	}
	if e == nil || e.scale == 0 {
		return
	}
	if e.abbr && !m.touches(j) && m.tok(j).kind == tkWord && len(m.span(j)) == 1 {
		// "5 k", "3 m": a lone letter after a space is a unit, not a scale.
		if !m.isCurrency(j + 1) {
			return
		}
	}
	if e.moneyAbb {
		// "$5m", "5m dollars", "25m people", "1m earthquake survivors";
		// "a 50m pool" is metres.
		if !money && !m.isCurrency(j+1) && !(m.touches(j) && m.countNoun(j+1) && (!m.countedWord(j+1).singular || m.countNoun(j+2))) {
			return
		}
	}
	if !e.abbr && m.thousandsBeforeScale(*a) {
		a.val = a.val.scaled(3) // "40.000 million": 40,000 million, grouped as Spanish and German group
	}
	a.val = a.val.scaled(e.scale)
	a.scaled, a.year, a.pow, a.step = true, false, e.scale, e.scale
	a.last = j
	// "mille milliards", "1.25 thousand million", "5 lakh crore": a scale
	// of a larger scale.
	if !e.abbr {
		if e2 := m.word(j + 1); e2 != nil && e2.scale > e.scale && !e2.abbr {
			a.val = a.val.scaled(e2.scale)
			a.last, a.pow = j+1, a.pow+e2.scale
		}
	}
}

// countNoun reports a noun of things counted, not measured, at k, maybe
// after an adjective: "people", "new jobs", "voters".
func (m *matcher) countNoun(k int) bool {
	e := m.countedWord(k)
	if e == nil || e.unit == "" {
		return false
	}
	_, measured := measures[e.unit]
	return !measured
}

// countedWord returns the entry of the word at k, or of the word after it
// when k is an adjective that may stand before a unit ("new jobs").
func (m *matcher) countedWord(k int) *entry {
	e := m.word(k)
	if e != nil && e.unitAdj && e.unit == "" {
		e = m.word(k + 1)
	}
	return e
}

// compoundAfter extends digits with a multiplier by the smaller parts
// that follow: "4 thousand 3 hundred and 21", "1 million 200 thousand", "6
// crore and two hundred", "3 hundred and one". Without "and" the part must
// itself carry a smaller multiplier; a bare number joins only after "and"
// and only below a thousand ("5 million and 20 districts" stays two).
func (m *matcher) compoundAfter(a *amount) {
	k := a.last + 1
	and := false
	if e := m.word(k); e != nil && e.andWord {
		and, k = true, k+1
	}
	if m.tok(k) == nil || m.isNum(k) && m.tok(k).shape.frac {
		return
	}
	b, ok := m.amountAt(k, false)
	if !ok || b.val.Neg || b.val.Coef == 0 || b.val.Exp < 0 || b.ordinal || b.approx || b.weak && !and {
		return
	}
	if e := m.word(b.last + 1); e != nil && e.milles && b.step == 0 && a.step > 3 && !m.nauticalMile(b.last+1) &&
		(!m.isDe(b.last+2) || m.looseThousands(b.last+1)) {
		// "3 millions et 600 milles": after a larger scale, "milles" is
		// "mille" misspelt, unless a place follows ("milles de la côte").
		b.val, b.last, b.scaled, b.pow, b.step = b.val.scaled(3), b.last+1, true, 3, 3
	}
	// A bare part joins a thousand written as a word without "and" too:
	// "6 mille 74", "5 millions 143 mille 312 dollars".
	thousand := a.step == 3 && !b.words && !m.word(a.last).abbr
	if b.step >= a.step || b.step == 0 && (and && a.step > 3 || !and && !thousand) || m.isNum(b.last+1) {
		return
	}
	if e := m.word(b.last + 1); e != nil && e.scale > 0 {
		return // "300 cr and three hundred Cr": the part has its own scale
	}
	limit := Decimal{Coef: 1, Exp: int32(a.step)}
	if b.val.Cmp(limit) >= 0 {
		return
	}
	a.val = ratDecimal15(new(big.Rat).Add(a.val.Rat(), b.val.Rat()))
	a.last, a.scaled, a.pow = b.last, b.scaled, b.pow
}

// pointAfter reads a decimal point spoken between digits: "1 point 1".
func (m *matcher) pointAfter(a *amount) {
	if e := m.word(a.last + 1); e == nil || !e.pointW || !plainInt(m.tok(a.last)) {
		return
	}
	t := m.tok(a.last + 2)
	if t == nil || !plainInt(t) || t.num.Neg || !t.space || m.isNum(a.last+3) {
		return
	}
	d, _, err := readPlain(m.span(a.last) + "." + m.span(a.last+2))
	if err != nil {
		return
	}
	a.val, a.last, a.year = d, a.last+2, false
}

// ratioAfter reads a proportion stated as two whole numbers: "one in
// three", "1 out of 5", "un sur cent", "one over twenty". "in" and "sur"
// need the first number to be the smaller ("5 in 2024" is no proportion).
func (m *matcher) ratioAfter(a *amount) bool {
	if a.ordinal || a.val.Neg || a.val.Exp != 0 || a.scaled || a.approx {
		return false
	}
	j := a.last + 1
	e := m.word(j)
	between, hyphened := false, false
	if m.isDash(j) && m.touches(j) && m.touches(j+1) && m.isDash(j+2) && m.touches(j+2) {
		if e2 := m.word(j + 1); e2 != nil && e2.ratio == 'i' {
			j, e, hyphened = j+1, e2, true // "four-in-ten patients", "one-in-five"
		}
	}
	if (e == nil || e.ratio == 0) && m.isWord(j) {
		// "un élève sur trois", "one child in five", "un test génétique
		// sur trois", "one genetic test in three", "huit naissances sur
		// dix": the noun between, and an adjective. The noun may take a
		// complement: "quatre cas de syphilis sur cinq", "one case of
		// measles in ten", "un cas d'asthme sur dix".
		// Not "9 membres de la Commission sur 14", which counts members.
		k := j + 1
		if d := m.word(k + 1); m.isDe(k) && m.isWord(k+1) && (d == nil || !d.det) {
			k += 2
		} else if m.isDe(k) && m.isSym(k+1, '\'', '’') && m.isWord(k+2) {
			k += 3
		}
		for n := 0; n <= 1 && m.isWord(k+n-1) && (n == 0 || m.adjectiveAt(k)); n++ {
			if e2 := m.word(k + n); e2 != nil && (e2.ratio == 'i' || e2.ratio == 'u') {
				j, e, between = k+n, e2, true
				break
			}
		}
	}
	if e == nil || e.ratio == 0 {
		return false
	}
	k := j + 1
	if hyphened {
		k++ // the second hyphen of "four-in-ten"
	}
	if e.ratio == 'u' {
		if e2 := m.word(k); e2 == nil || !e2.ofWord {
			return false
		}
		k++
	}
	if m.lowerSpan(k) == "every" {
		k++ // "three out of every ten", "one in every five"
	}
	b, ok := m.amountAt(k, false)
	if !ok || b.ordinal || b.val.Neg || b.val.Exp < 0 || b.val.Coef == 0 || b.approx || b.weak || b.year && !b.words || m.isDash(b.last+1) {
		return false // "un homme sur un chemin", "one together in 3-4 hours"
	}
	if e.ratio != 'o' && a.val.Cmp(b.val) > 0 || between && !m.noUnitAt(b.last+1) {
		return false // "une étude menée sur 1 099 cas" counts cases
	}
	if between && a.val.Cmp(b.val) == 0 {
		return false // "24 heures sur 24", "7 jours sur 7": all the time
	}
	if u, _, ok := m.unitAfter(b.last+1, b); ok && timeUnits[u] {
		return false // "2 over 3 days", "5 in 10 years" are spans of time
	}
	a.val = ratDecimal15(new(big.Rat).Quo(a.val.Rat(), b.val.Rat()))
	a.last, a.weak, a.year = b.last, false, false
	return true
}

// adjectiveAt reports a word at k that may stand beside a noun in a
// proportion (see ratioAfter): a word the tables do not know, a nation, or
// the noun itself ("one genetic test in three"); not "and" or "in".
func (m *matcher) adjectiveAt(k int) bool {
	e := m.word(k)
	return e == nil || m.nationOnly(e) || e.counted || e.unit != ""
}

var timeUnits = map[string]bool{"century": true, "decade": true, "year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true}

var megaAbbr = entry{scale: 6, abbr: true}

// thousandsWord is "milles" read as "mille" (see looseThousands).
var thousandsWord = entry{scale: 3}

// looseThousands reports "milles" at j written for "mille", as translations
// often write it: before a currency or a counted noun ("16 milles roubles")
// or before "de" and a noun with no article ("118,8 milles de touristes",
// "500 milles d'objets"). Otherwise it is the plural of "mille", the
// (nautical) mile: "à 10 milles de la côte", "à 200 milles".
func (m *matcher) looseThousands(j int) bool {
	k := j + 1
	if m.isCurrency(k) || m.countNoun(k) {
		return true
	}
	switch w := strings.ToLower(m.span(k)); {
	case w == "de":
		k++
	case w == "d" && m.isSym(k+1, '\'', '’'):
		k += 2
	default:
		return false
	}
	if !m.isWord(k) || m.isSym(k+1, '\'', '’') || m.toks[k].upper {
		return false // "de l'île"; "à 30 milles de Montréal" is a distance
	}
	switch strings.ToLower(m.span(k)) {
	case "la", "le", "les", "leur", "leurs", "sa", "son", "ses", "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos":
		return false
	}
	return true
}

// nauticalMile reports a French nautical mile at j: "milles marins",
// "milles nautiques", "un mille nautique", "un mille marin". After the
// singular "mille" the plural "marins" is counted: "trois mille marins"
// are 3,000 sailors.
func (m *matcher) nauticalMile(j int) bool {
	e, n := m.word(j), m.word(j+1)
	if e == nil || n == nil || !n.modAfter || n.modFrom != "mile" {
		return false
	}
	return e.milles || e.scale == 3 && !e.abbr && (!strings.HasSuffix(m.span(j+1), "s") || !n.counted)
}

// wordsAt reads a number written in words at token i: cardinals
// ("quatre-vingt-dix", "two hundred and five"), round-number nouns ("une
// dizaine"), halves ("half a million", "un demi-million") and fractions
// ("two thirds", "trois quarts", "two and a half").
func (m *matcher) wordsAt(i int, money bool) (amount, bool) {
	a := amount{first: i, last: i, words: true}
	e := m.word(i)
	if e == nil {
		return a, false
	}
	k := i
	if e.article {
		j := m.skipHyphen(i + 1)
		if e2 := m.word(j); e2 != nil {
			if h, ok := m.halfOf(a, j); e2.half && ok {
				return h, true // "un demi-million", "une demi-douzaine", "a half million"
			}
			if e2.approxN > 0 {
				k, e = j, e2 // "une dizaine"
			}
		}
	}
	switch {
	case e.denom > 0 && k == i && m.isScale(m.skipHyphen(i+1)):
		// "quarter million": a fraction of the scale, no article.
		j := m.skipHyphen(i + 1)
		p := m.word(j).scale
		a.val = ratDecimal15(new(big.Rat).Quo(Decimal{Coef: 1, Exp: int32(p)}.Rat(), big.NewRat(int64(e.denom), 1)))
		a.last, a.scaled, a.pow, a.step = j, true, p, p
		return a, true
	case e.half:
		return m.halfOf(a, i) // "half a million", "half a dozen"
	case e.approxN > 0:
		if k == i {
			return a, false // "dizaines de" without an article is not a number
		}
		a.val, a.last, a.approx = Decimal{Coef: uint64(e.approxN)}, k, true
		if sc := m.word(k + 2); m.isDe(k+1) && sc != nil {
			// "une dizaine de millions", "une centaine de milliers"
			p := sc.scale
			if sc.approxN == 1000 {
				p = 3 // "de milliers"
			}
			if p >= 3 && !sc.abbr {
				a.val, a.last, a.scaled, a.pow, a.step = a.val.scaled(p), k+2, true, p, p
			}
		}
		return a, true
	}
	_, card := e.cardinal()
	if !card && !e.article && !e.bare {
		return a, false
	}
	pre := int64(0)
	start := i
	if !card && e.article {
		pre, start = 1, m.skipHyphen(i+1) // "a hundred", "a dozen", "a third"
	}
	a, ok := m.wordPhrase(i, start, pre)
	if !ok {
		if pre == 0 {
			return a, false
		}
		a = amount{first: i, last: i, words: true, val: Decimal{Coef: 1}}
	}
	if !m.ordinalFraction(&a, i) {
		m.fractionAfter(&a)
	}
	a.weak = a.first == a.last && m.word(a.first).article
	if !a.ordinal && a.val.Coef == 1 && a.val.Exp == 0 && a.last == i && pre == 1 && !(m.isWord(i+1) && m.isCurrency(i+1) && !m.isNum(i+2)) &&
		!m.coinNoun(i+1) && !m.unitAndAHalf(i+1) && !m.articleSpan(i) && !m.percentagePoint(i+1) {
		return a, false // a lone "a", but "a dollar", "a year and a half" and "a percentage point" are one
	}
	return a, true
}

// percentagePoint reports "percentage point" at k, which makes the "a"
// before it a number: "by a percentage point" is one point, as French "un
// point de pourcentage" is (read as a unit of points).
func (m *matcher) percentagePoint(k int) bool {
	if e := m.word(k); e == nil || !e.pctWord || m.isDash(k+1) {
		return false // nor "a percentage-point rise", a rise in points
	}
	_, last, ok := m.percentAfter(k)
	return ok && last > k
}

// bookNoun reports a masculine article at i before a pound: "un livre" is
// a book; the pound is "une livre".
func (m *matcher) bookNoun(i int) bool {
	e, n := m.word(i), m.word(i+1)
	return e.masc && n != nil && n.weight
}

// articleSpan reports "a year", "an hour" at i stating one unit of time,
// as French "un an" does: after a word that makes it a span ("for a
// year", "more than a year", "within a week") or before one ("a year ago",
// "a month earlier"). "Twice a year" and "$5 a day" are rates, and so is
// "240,000 cubic metres a day after 2030".
func (m *matcher) articleSpan(i int) bool {
	e := m.word(i + 1)
	if e == nil || !timeUnits[e.unit] || !e.singular {
		return false
	}
	p, n := m.word(i-1), m.word(i+2)
	if p != nil && p.aSpan {
		return true
	}
	if n == nil || n.aSpanAfter == 0 {
		return false
	}
	rate := m.isNum(i-1) || m.isSym(i-1, '%') || p != nil && (p.unit != "" || p.cur != "")
	return n.aSpanAfter == 1 || !rate
}

// unitAndAHalf reports a unit at j followed by "and a half": "a year and a
// half" is 1.5 years, though "a year" alone states no number.
func (m *matcher) unitAndAHalf(j int) bool {
	e := m.word(j)
	return e != nil && e.unit != "" && m.halfAfterUnit(j) > 0
}

// mixedFraction extends whole digits by a proper fraction written after a
// space or a hyphen: "1 1/2 cups", "a 1-1/2 year war", "2 3/4 miles", and
// a fraction character after a space, "2 ½ inches" (glued, "2½" is one
// token already).
func (m *matcher) mixedFraction(a *amount) {
	j := a.last + 1
	if m.isDash(j) && m.touches(j) {
		j++
	} else if m.touches(j) {
		return
	}
	if r, size := utf8.DecodeRuneInString(m.span(j)); m.isNum(j) && size == len(m.span(j)) {
		if v := vulgarFraction(r); v != nil {
			a.val, a.last = ratDecimal15(new(big.Rat).Add(a.val.Rat(), v)), j
			return
		}
	}
	x, y, ok := m.properSlash(j)
	if !ok || y == 100 {
		return
	}
	f := new(big.Rat).Add(a.val.Rat(), big.NewRat(int64(x), int64(y)))
	a.val, a.last = ratDecimal15(f), j+2
}

// coinNoun reports a coin or "grand" used as a noun at j, as in "it cost a
// dime", "a grand": nothing but punctuation may follow ("a dime a dozen", "a
// nickel mine" and "a grand plan" are not money).
func (m *matcher) coinNoun(j int) bool {
	e := m.word(j)
	if e == nil || e.sub == 0 && !e.grand || m.isWord(j+1) || m.isNum(j+1) {
		return false
	}
	return true
}

// halfOf reads half of a scale or of a dozen, the half word at k: "half a
// million", "demi-million", "half a dozen". a holds the start.
func (m *matcher) halfOf(a amount, k int) (amount, bool) {
	j := m.skipHyphen(k + 1)
	art := false
	if e := m.word(j); e != nil && e.article {
		j, art = m.skipHyphen(j+1), true
	}
	e := m.word(j)
	switch {
	case e != nil && e.scale > 0 && !e.abbr:
		a.val, a.pow, a.scaled = Decimal{Coef: 5, Exp: int32(e.scale - 1)}, e.scale, true
	case e != nil && e.mult == 12:
		a.val = Decimal{Coef: 6}
	case e != nil && e.unit != "" && (art || j > k+1 && measured(e.unit)):
		// "half an hour", "une demi-heure": the unit after is read as
		// usual; "demi-frère" and "demi-vie" are nouns of their own
		a.val, a.last = Decimal{Coef: 5, Exp: -1}, j-1
		return a, true
	default:
		return a, false
	}
	a.last = j
	return a, true
}

// isScale reports a scale word (not an abbreviation) at j.
func (m *matcher) isScale(j int) bool {
	e := m.word(j)
	return e != nil && e.scale > 0 && !e.abbr
}

// fractionAfter extends a whole amount in words with what may follow it:
// a denominator ("two thirds", "un quart"), "and a half" ("two and a
// half", "deux et demi"), a decimal point spoken ("five point five"), and a
// scale after any of these ("two and a half million").
func (m *matcher) fractionAfter(a *amount) {
	if a.ordinal || a.val.Exp < 0 {
		return
	}
	if e := m.word(a.last); e != nil && e.mult == 12 {
		return // "two dozens and a quarter million" are two amounts
	}
	j := m.skipHyphen(a.last + 1)
	e := m.word(j)
	if e == nil {
		return
	}
	var frac *big.Rat
	var last int
	switch {
	case e.denom > 0 && !a.scaled && a.val.Exp == 0 && a.val.Coef > 0 && a.val.Coef < 1000:
		if e.period == 'Q' && m.quarterOfYear(j) {
			return // "the first three quarters of 2024" counts quarters
		}
		if e.ord > 0 && m.word(a.first).article && !m.fractionEnds(j+1) && !m.isScale(m.skipHyphen(j+1)) && !m.fracBefore(a.first) {
			return // "un quatrième but", "a fifth term": a rank, not a fraction
		}
		if e.ord > 0 && m.isDash(j+1) && m.touches(j+1) && m.touches(j+2) && m.isWord(j+2) && !m.isScale(j+2) {
			return // "a third-rate show": a compound, not a fraction
		}
		v := new(big.Rat).SetFrac64(int64(a.val.Coef), int64(e.denom))
		a.val, a.last = ratDecimal15(v), j
		m.scaleAfterFraction(a)
		if k := m.ofAMeasure(a.last + 1); k > 0 && !a.scaled && a.val.cmpInt(1) < 0 {
			a.last = k // "a quarter of an hour", "a third of a mile": the unit is read next
		}
		return
	case e.andWord:
		// "and a half", "and three quarters", "et demi", "and fifty-four
		// hundredths"
		k := m.skipHyphen(j + 1)
		num := int64(1)
		if e2 := m.word(k); e2 != nil && e2.denom == 0 {
			_, c := e2.cardinal()
			switch {
			case c:
				b, ok := m.wordPhrase(k, k, 0)
				if !ok || b.ordinal || b.val.Exp != 0 || b.val.Coef == 0 || b.val.Coef > 999 {
					return
				}
				num, k = int64(b.val.Coef), m.skipHyphen(b.last+1)
			case e2.article:
				k = m.skipHyphen(k + 1)
			default:
				return
			}
		}
		e3 := m.word(k)
		if e3 == nil {
			return
		}
		den := int64(e3.denom)
		if den == 0 && e3.ord > 2 {
			den = int64(e3.ord) // "and a thirtieth"
		}
		if den == 0 || num >= den {
			return
		}
		frac, last = new(big.Rat).SetFrac64(num, den), k
		if a.scaled && m.isScale(k+1) {
			// "one billion and a half million": half of the scale named after it.
			frac.Mul(frac, Decimal{Coef: 1, Exp: int32(m.word(k + 1).scale)}.Rat())
			a.val, a.last = ratDecimal15(new(big.Rat).Add(a.val.Rat(), frac)), k+1
			return
		}
	case e.pointW && !a.scaled:
		// "five point five", "deux virgule cinq"
		var digits []byte
		k := j + 1
		for {
			e2 := m.word(k)
			if e2 == nil {
				break
			}
			n, c := e2.cardinal()
			if !c || n > 9 || e2.article && n != 1 {
				break
			}
			digits = append(digits, byte('0'+n))
			k++
		}
		if len(digits) == 0 {
			// "two hundred point seventy-one": the digits of one number.
			b, ok := m.wordPhrase(j+1, j+1, 0)
			if !ok || b.ordinal || b.val.Exp != 0 || b.val.Coef < 10 || b.val.Coef > 99 {
				return
			}
			digits, k = strconv.AppendUint(digits, b.val.Coef, 10), b.last+1
		}
		d, _, _ := readPlain("0." + string(digits))
		frac, last = d.Rat(), k-1
	default:
		return
	}
	if a.scaled {
		// "one million and a half": half of the scale.
		frac.Mul(frac, Decimal{Coef: 1, Exp: int32(a.pow)}.Rat())
	}
	a.val, a.last = ratDecimal15(new(big.Rat).Add(a.val.Rat(), frac)), last
	if !a.scaled {
		m.scaleAfterFraction(a)
	}
}

// ordinalFraction reads a fraction whose denominator is an ordinal phrase:
// "one twenty-fifth", "a twenty-first", "un centième de seconde", "three
// hundredths". The ordinal must end the phrase or be followed by "of"/"de":
// "a twenty-first birthday" and "le centième anniversaire" stay ordinals.
func (m *matcher) ordinalFraction(a *amount, i int) bool {
	num, den, last := int64(0), int64(0), 0
	n, card := m.word(i).cardinal()
	switch {
	case a.ordinal && m.word(i).article && (!card || n == 1) && a.first == i && a.last == m.skipHyphen(i+1):
		// "un centième", "a thousandth": the article is the numerator.
		num, den, last = 1, int64(m.word(a.last).ord), a.last
	case !a.ordinal && a.val.Exp >= 0 && a.val.Coef >= 1:
		j := m.skipHyphen(a.last + 1)
		if m.word(j) == nil {
			return false
		}
		b, ok := m.wordPhrase(j, j, 0)
		if e := m.word(j); !ok && e.ord > 0 {
			b, ok = amount{val: Decimal{Coef: uint64(e.ord)}, first: j, last: j, ordinal: true}, true // "cent mille billionième"
		}
		if !ok || !b.ordinal || b.val.Exp != 0 || b.val.Coef <= 10 || b.val.Cmp(a.val) <= 0 || a.val.Exp > 0 && b.val.Coef < 1000 {
			return false
		}
		n, _ := mulPow10(int64(a.val.Coef), int(a.val.Exp))
		num, den, last = n, int64(b.val.Coef), b.last
	default:
		return false
	}
	if den <= 1 {
		return false
	}
	if !m.fractionEnds(last + 1) {
		return false
	}
	a.val, a.last, a.ordinal = ratDecimal15(new(big.Rat).SetFrac64(num, den)), last, false
	return true
}

// fracBefore reports a word before the amount at first that makes an
// ordinal after it a fraction: "fell by a third this year".
func (m *matcher) fracBefore(first int) bool {
	e := m.word(first - 1)
	return e != nil && e.fracPre
}

// fractionEnds reports what may follow a fraction written with an ordinal
// word: "of"/"de", punctuation or the end of the line, but no noun ("un
// centième de seconde", but "un centième anniversaire", "an
// eighteenth-century house").
func (m *matcher) fractionEnds(j int) bool {
	if j != m.skipHyphen(j) && m.isWord(j+1) {
		return false
	}
	e := m.word(j)
	return !(m.isWord(j) && (e == nil || !e.fracNext) || m.isNum(j))
}

// properFractionAt reports a proper fraction in words at j: "two thirds",
// "fifty-four hundredths" (but not "thirty fifths").
func (m *matcher) properFractionAt(j int) bool {
	b, ok := m.wordPhrase(j, j, 0)
	if !ok || b.ordinal || b.val.Exp != 0 {
		return false
	}
	e := m.word(m.skipHyphen(b.last + 1))
	return e != nil && e.denom > 0 && b.val.Coef < uint64(e.denom)
}

// scaleAfterFraction applies a scale word after a fraction: "two and a half
// million", "a quarter million", "a third of a billion".
func (m *matcher) scaleAfterFraction(a *amount) {
	j := m.skipHyphen(a.last + 1)
	if e, e2 := m.word(j), m.word(j+1); e != nil && e.ofWord && e2 != nil && e2.article && m.isScale(j+2) &&
		a.val.cmpInt(1) < 0 {
		j += 2 // "two thirds of a million"
	}
	if !m.isScale(j) {
		return
	}
	p := m.word(j).scale
	a.val = a.val.scaled(p)
	a.last, a.scaled, a.pow = j, true, p
}

// ofAMeasure returns the article of "of a", "of an", "d'une" at j before a
// unit of measure, or 0: "(a quarter) of an hour", "(two thirds) of a
// mile", "(un quart) d'une heure".
func (m *matcher) ofAMeasure(j int) int {
	if e := m.word(j); e == nil || !e.ofWord && !e.de {
		return 0
	}
	k := j + 1
	if m.isSym(k, '\'', '’') {
		k++
	}
	if art, u := m.word(k), m.word(k+1); art == nil || !art.article || u == nil || !measured(u.unit) {
		return 0
	}
	return k
}

// quarterOfYear reports "quarters of 2024" / "quarters ended": quarters as
// periods, not as a fraction.
func (m *matcher) quarterOfYear(j int) bool {
	k := j + 1
	if e := m.word(k); e != nil && e.ofWord {
		k++
	}
	_, ok := m.yearOf(k)
	return ok
}

// andJoins reports whether "and" joins the cardinal nx (of value v) to a
// phrase that ends in a multiplier (mult) or a scale of power lastScale.
// English joins after either ("one hundred and one", "two million and
// five"); French joins only "mille et un" ("cent trois", not "cent et
// trois"), and "un" or "une" after "et" is otherwise an article.
func (m *matcher) andJoins(nx *entry, v int64, mult bool, lastScale int) bool {
	if m.loc.andInNumbers {
		return true
	}
	return nx.article && v == 1 && !mult && lastScale == 3
}

// andPartFits reports whether the number words from token k, joined by
// "and" to a phrase that ends in a multiplier (mult) or in a scale of
// power lastScale, stay below it: "two hundred and four", "one hundred and
// twenty-five thousand", "one million and four hundred thousand". "Two
// hundred and four hundred thousand" and "two thousand and three
// thousand" are two numbers.
func (m *matcher) andPartFits(k int, mult bool, lastScale int) bool {
	for ; k < len(m.toks); k = m.skipHyphen(k + 1) {
		e := m.word(k)
		if e == nil {
			return true
		}
		if _, c := e.cardinal(); c {
			continue
		}
		switch {
		case e.mult == 100:
			return !mult
		case e.scale > 0 && !e.abbr:
			return mult || e.scale < lastScale
		}
		return true
	}
	return true
}

// ratDecimal15 converts a rational to a Decimal: exactly when its decimal
// expansion ends within 18 places and 18 digits ("0.625"), else rounded to
// 15 significant digits (two thirds = 0.666666666666667, 9^20 =
// 1.21576654590569e19), as a fraction states no more. No float64 is
// involved.
func ratDecimal15(r *big.Rat) Decimal {
	for places := 0; places <= 18; places++ {
		scaled := new(big.Rat).Mul(r, Decimal{Coef: 1, Exp: int32(places)}.Rat())
		if scaled.IsInt() && scaled.Num().IsUint64() && scaled.Num().Uint64() < 1e18 {
			return Decimal{Coef: scaled.Num().Uint64(), Exp: int32(-places)}
		}
	}
	s := new(big.Float).SetPrec(256).SetRat(r).Text('e', 14) // "6.66666666666667e-01"
	d, err := ParseNumber(s, language.English)
	if err != nil {
		return Decimal{}
	}
	return d
}

// wordPhrase reads cardinal words from token k (the phrase starts at token
// first) into an amount; pre is a value already read ("a" = 1 before
// "hundred"). A phrase may end in an ordinal word ("twenty-first", "deux
// centième"), which makes it an ordinal.
func (m *matcher) wordPhrase(first, k int, pre int64) (amount, bool) {
	const (
		stNone = iota
		stUnit
		stTeen
		stTen
		stMult
		stScale
	)
	a := amount{first: first, last: first, words: true}
	var (
		total, cur = int64(0), pre
		state      = stNone
		tenVal     int64
		lastTeen   int64
		lastScale  = 0
		step       = 0
		count      = 0
		ok         bool
	)
	if pre > 0 {
		state = stUnit
	}
	for j := k; j < len(m.toks); {
		e := m.word(j)
		if e == nil {
			break
		}
		n, isCard := e.cardinal()
		isOrd := false
		if !isCard && e.ord > 0 && count > 0 {
			// An ordinal word ends a phrase as the cardinal it stands for.
			n, isCard, isOrd = int64(e.ord), true, true
		}
		accepted := false
		switch {
		case isCard && isOrd && n >= 100:
			// "two hundredth", "trois millième": a multiplier or scale.
			if state == stUnit || state == stTeen || state == stTen || state == stMult {
				if cur == 0 {
					cur = 1
				}
				cur *= n
				state, accepted = stScale, true
			}
		case isCard && n < 10:
			if state == stNone || state == stMult || state == stScale || (state == stTen && tenVal%10 == 0) ||
				(state == stTeen && lastTeen == 10 && (tenVal == 0 || tenVal == 60 || tenVal == 80) && n > 6) {
				cur += n
				state, accepted = stUnit, true
			}
		case isCard && n < 20:
			if state == stNone || state == stMult || state == stScale || (state == stTen && (tenVal == 60 || tenVal == 80)) {
				cur += n
				lastTeen, state, accepted = n, stTeen, true
			}
		case isCard && n < 100:
			switch {
			case n == 20 && state == stUnit && cur%100 == 4 && count > 0:
				cur += 80 - 4 // quatre-vingt(s)
				tenVal, state, accepted = 80, stTen, true
			case state == stNone || state == stMult || state == stScale:
				cur += n
				tenVal, state, accepted = n, stTen, true
			}
		case e.mult > 0 && !isOrd:
			// "two hundred", "deux mille cent", "two dozen", "two hundred dozens"
			if (state == stNone || state == stScale) && e.mult == 100 && e.bare || state == stUnit || state == stTeen || state == stTen ||
				state == stMult && e.mult == 12 {
				if cur == 0 {
					cur = 1
				}
				cur *= e.mult
				state, accepted = stMult, true
				if e.mult == 100 && step == 0 {
					step = 2
				}
				if e.mult == 12 {
					// "two dozen": nothing follows a dozen.
					a.last, count, ok = j, count+1, true
					j = len(m.toks)
					continue
				}
			}
		case e.scale > 0 && !e.abbr && state == stScale && cur == 0 && e.scale > lastScale:
			// "three thousand millions", "three lakh crore": a scale of scales.
			v, fits := mulPow10(total, e.scale)
			if !fits {
				return a, false
			}
			total, lastScale, accepted = v, lastScale+e.scale, true
			step = max(step, lastScale)
		case e.scale > 0 && !e.abbr && !m.nauticalMile(j):
			if state != stScale && (state != stNone || e.scale == 3 && e.bare) {
				if cur == 0 {
					cur = 1
				}
				v, fits := mulPow10(cur, e.scale)
				if !fits || total > (1<<62)-v {
					return a, false
				}
				total += v
				cur, state, lastScale, accepted = 0, stScale, e.scale, true
				step = max(step, e.scale)
			}
		case e.andWord:
			// "one hundred and three", "vingt et un", "vingt-et-un".
			nk := m.skipHyphen(j + 1)
			nx := m.word(nk)
			if nx == nil {
				break
			}
			v, c := nx.cardinal()
			if !c && nx.ord > 0 && nx.ord < 10 {
				v, c = int64(nx.ord), true
			}
			if c && m.properFractionAt(nk) {
				break // "six million and two thirds": the fraction is read after the phrase
			}
			switch {
			case c && (state == stMult || state == stScale) && v > 0 && v < 100 && m.andJoins(nx, v, state == stMult, lastScale) && m.andPartFits(nk, state == stMult, lastScale):
				j = nk
				continue
			case c && state == stTen && tenVal%10 == 0 && tenVal < 90 && (v == 1 || v == 11):
				j = nk
				continue
			}
		}
		if !accepted {
			break
		}
		count++
		a.last, ok = j, true
		if isOrd {
			a.ordinal = true
			break
		}
		j = m.skipHyphen(j + 1)
	}
	if !ok {
		return a, false
	}
	v := total + cur
	if v < 0 {
		return a, false
	}
	a.val = Decimal{Coef: uint64(v)}
	if cur == 0 && lastScale > 0 && !a.ordinal {
		// "two million" states millions: keep the precision of the scale.
		p, _ := mulPow10(1, lastScale)
		a.val = Decimal{Coef: uint64(v / p), Exp: int32(lastScale)}
		a.scaled, a.pow = true, lastScale
	}
	a.weak = a.first == a.last && m.word(a.first).article
	a.step = step
	return a, true
}

// thousandsBeforeScale reports a number written with the decimal
// separator of the language before three zeros, before a scale word:
// "40.000 million" in English, "2,000 milliards" in French. No one
// writes three zero decimals before a scale; translations from languages
// that group with the other separator keep theirs.
func (m *matcher) thousandsBeforeScale(a amount) bool {
	t := m.tok(a.first)
	if a.first != a.last || a.words || !t.shape.frac || t.shape.grouped || t.num.Neg {
		return false
	}
	w := m.span(a.first)
	k := strings.IndexByte(w, m.loc.decimal)
	return k >= 1 && k <= 3 && w[k+1:] == "000" && onlyDigits(w[:k]) == w[:k]
}

// skipHyphen returns j+1 when token j is a hyphen or dash joining two words
// ("vingt-deux", "demi-million", "twenty—fifth"), else j.
func (m *matcher) skipHyphen(j int) int {
	if m.isDash(j) && m.touches(j) && m.touches(j+1) {
		return j + 1
	}
	return j
}

// mulPow10 returns n × 10^p and whether it fits in an int64 below 2^62.
func mulPow10(n int64, p int) (int64, bool) {
	for range p {
		if n > (1<<62)/10 {
			return 0, false
		}
		n *= 10
	}
	return n, true
}
