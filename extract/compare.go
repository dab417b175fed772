package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// relation is what comparing two facts says, strongest agreement first.
type relation uint8

const (
	relNone      relation = iota // not the same fact, nor a recognisable error
	relSame                      // same value, same or elided unit
	relRounded                   // same value within stated precision, or a unit conversion
	relStructure                 // a recognisable error: scale, decimal, currency, unit, percent/points, date part
	relValue                     // same kind and unit, other digits
)

// agrees reports whether r says the two versions state the fact alike.
func (r relation) agrees() bool { return r == relSame || r == relRounded }

// numFact is a fact's value read for comparison.
type numFact struct {
	kind      Kind
	unit      string
	val       float64
	low, high float64
	approx    bool
	value     string // Fact.Value, canonical: equal values are equal strings
	text      string // Fact.Text
	form      form
	date      dateValue
	guessed   bool   // a date whose year the text does not give (guessedYear)
	curWord   string // the currency the text's currency word names by itself (see readText)
	curBare   bool   // the text names no country for it
	ctxCur    string // for an amount with no unit, the one currency of the money around it (see setCurrencyContext)
	ctxWord   string // and the word that names it there ("dollar")
	digits    string // the text from its first digit to its last (digitsOf)
	mayGroup  bool   // digits has one separator before three digits (mayGroup)
}

func readNumFact(f *Fact) numFact {
	n := numFact{kind: f.Kind, unit: f.Unit, approx: f.Approx, value: f.Value, text: f.Text}
	n.form, n.curWord, n.curBare = readText(f.Text)
	n.digits = digitsOf(f.Text)
	n.mayGroup = mayGroup(n.digits)
	if f.Kind == Date {
		n.date = parseDateValue(f.Value)
		n.guessed = guessedYear(f.Text)
		return n
	}
	n.val, _ = strconv.ParseFloat(f.Value, 64)
	n.low, _ = strconv.ParseFloat(f.Low, 64)
	n.high, _ = strconv.ParseFloat(f.High, 64)
	if n.low > n.high {
		n.low, n.high = n.high, n.low
	}
	if f.Low == "" || f.High == "" {
		n.low, n.high = n.val, n.val
	}
	if f.Approx {
		if half, ok := preciseHalfUnit(f.Value); ok {
			n.low, n.high = n.val-half, n.val+half
		}
	}
	return n
}

// preciseHalfUnit returns half a unit of the last non-zero digit of value
// when it has four significant digits or more. A hedge then says what a
// bound says ("jusqu'à 99,31 points", "more than 1,234"), not that the
// number is rounded: writers hedge round numbers, and precise ones only
// to bound them, so the hedge does not widen such a value.
func preciseHalfUnit(value string) (float64, bool) {
	half, sig := lastDigitHalfUnit(value)
	return half, sig >= 4
}

// lastDigitHalfUnit returns half a unit of the last non-zero digit of the
// canonical decimal value, and how many significant digits it has: 0.5
// and 4 for "1234", 50 and 1 for "300", 0.005 and 4 for "99.31".
func lastDigitHalfUnit(value string) (half float64, sig int) {
	digits, point := 0, -1
	first, last := -1, -1
	for i := 0; i < len(value); i++ {
		switch c := value[i]; {
		case c == '.':
			point = digits
		case isDigit(c):
			if c != '0' {
				if first < 0 {
					first = digits
				}
				last = digits
			}
			digits++
		}
	}
	if first < 0 {
		return 0, 0
	}
	if point < 0 {
		point = digits
	}
	return 0.5 * math.Pow10(point-last-1), last - first + 1
}

// compareFacts says how two facts relate and, for an error, why.
func compareFacts(en, fr *numFact) (relation, Reason) {
	if en.kind == Date || fr.kind == Date {
		return compareDates(en, fr)
	}
	if r := elidedCurrency(en, fr); r != relNone {
		return r, ReasonCurrency
	}
	if points(en) && points(fr) && en.kind != fr.kind {
		// "0,1 point" is the other version's "0.1 percentage point": news
		// writes bare points for the change of a rate.
		e, f := *en, *fr
		e.kind, e.unit, f.kind, f.unit = Percent, "pp", Percent, "pp"
		return compareFacts(&e, &f)
	}
	if copied(en, fr) {
		if en.value == fr.value {
			return relSame, ""
		}
		return relRounded, "" // one written number, read two ways ("2.000" in both)
	}
	if en.kind != fr.kind {
		// A version may leave the unit out of a number it already named
		// ("165 millions" after "dollars", "2,9" after "pour cent"): a
		// unitless quantity compares with any amount but a rank.
		elided := en.kind == Quantity && en.unit == "" || fr.kind == Quantity && fr.unit == ""
		if !elided || (en.kind == Ordinal || fr.kind == Ordinal) && !dayOrdinal(en, fr) {
			return relNone, ""
		}
	}
	if (en.val < 0) != (fr.val < 0) && !(en.unit != fr.unit && measures[en.unit].dim == "temperature" && measures[fr.unit].dim == "temperature") {
		return relNone, "" // "moins six" read as -6: signs in words are no evidence; 28°F is -2 °C
	}
	// Two counts of things named differently are still one count: a
	// translator may say "employés" for "staff" or "appareils" for
	// "aircraft", so the nouns neither join nor part them.
	counts := en.kind == Quantity && fr.kind == Quantity && !measured(en.unit) && !measured(fr.unit)
	if en.unit == fr.unit && !unknownCurrencies(en, fr) || en.unit == "" || fr.unit == "" || en.kind != fr.kind || oneCurrency(en, fr) || counts {
		if r := closeness(en, fr); r != relNone {
			if r == relSame && en.unit != fr.unit && en.unit != "" && fr.unit != "" && !counts {
				r = relRounded // "francs" and "Swiss francs": one says more
			}
			return r, ""
		}
		if !errorEvidence(en, fr) {
			if (en.form|fr.form)&formVague != 0 && vaguelyEqual(en.val, fr.val) {
				return relRounded, "" // "a dozen" / "une dizaine"
			}
			return relNone, ""
		}
		if r := shifted(en, fr); r != "" {
			return relStructure, r
		}
		return relValue, ReasonValue
	}
	// Both units named, and different.
	switch en.kind {
	case Money:
		if en.val < 1 && fr.val < 1 {
			return relNone, "" // coins are localised: "one penny" is "1 cent"
		}
		if closeness(en, fr) != relNone {
			return relStructure, ReasonCurrency
		}
		return relNone, "" // another currency and another value: a conversion
	case Percent:
		if closeness(en, fr) != relNone {
			return relStructure, ReasonPoints
		}
		return relNone, ""
	case Quantity:
		ue, okE := measures[en.unit]
		uf, okF := measures[fr.unit]
		switch {
		case okE && okF && ue.dim == uf.dim && converts(en, fr, ue, uf):
			return relRounded, ""
		case okE && okF && closeness(en, fr) != relNone:
			return relStructure, ReasonUnit
		case okE && okF && ue.dim == uf.dim && ue.dim != "time" && errorEvidence(en, fr):
			// A conversion gone wrong: "491 miles" / "970 km". Not for
			// times, which translators restate freely ("from a week to
			// three months" may lose its "a week").
			return relValue, ReasonValue
		}
	}
	return relNone, ""
}

// points reports a count of points or a number of percentage points.
func points(n *numFact) bool {
	return n.kind == Quantity && n.unit == "point" || n.kind == Percent && n.unit == "pp"
}

// elidedCurrency compares an amount whose version leaves its currency to
// the reader, the one currency of the money around it, with an amount the
// other version names in another currency: "300 million euros … 100
// million" against "100 millions de dollars" is a currency mismatch when
// the values agree. It returns relNone otherwise.
func elidedCurrency(en, fr *numFact) relation {
	a, b := en, fr
	if a.ctxCur == "" {
		a, b = fr, en
	}
	if a.ctxCur == "" || b.kind != Money || b.unit == "XXX" || b.unit == a.ctxCur {
		return relNone
	}
	if fam := familyOf[b.unit]; fam != "" && fam == familyOf[a.ctxCur] || a.ctxWord != "" && a.ctxWord == b.curWord {
		return relNone // "$" around, "dollars canadiens" here: one currency as far as the texts say
	}
	if closeness(a, b) == relNone {
		return relNone
	}
	return relStructure
}

// setCurrencyContext gives each amount with no unit and no words of its
// own the one currency named by the other amounts of money in its
// paragraph (para[k] is the paragraph of items[k], text the version's
// text), when they name one and only one. An amount in brackets, mostly a
// conversion ("11,2 milliards d'euros (16,3 milliards US)", "50 millions
// de Taka ($729.000,00)"), neither gives its currency nor takes one, and
// neither does a coin ("82 ¢").
func setCurrencyContext(items []alignItem, para []int, text string) {
	type named struct{ cur, word string }
	cur := map[int]named{} // paragraph → its one currency, or "" when several
	conversion := func(k int) bool {
		start := items[k].fact.Start
		if start > len(text) {
			return false
		}
		if strings.HasSuffix(strings.TrimRight(text[:start], " \u00a0"), "(") {
			return true // any amount in brackets: "50 millions de Taka ($729.000,00)"
		}
		return k > 0 && items[k-1].fact.End <= start && converted(text[items[k-1].fact.End:start])
	}
	for k := range items[:max(len(items)-1, 0)] {
		// An amount of money whose text names no currency took it from
		// the other end of its range, and the word that names it there:
		// "de 5 et 100 dollars" leaves the country of both to the reader.
		n, next := &items[k].num, &items[k+1].num
		if n.kind == Money && n.unit != "XXX" && n.curWord == "" && next.kind == Money && next.unit == n.unit && para[k] == para[k+1] {
			n.curWord, n.curBare = next.curWord, next.curBare
		}
	}
	// An amount of money whose text names no currency took it from money
	// before it ("C$40 million in 2019 and 25 million in 2020"); it takes
	// the word that names it there too: that of the last money in the
	// same currency in its paragraph.
	type source struct {
		para int
		unit string
	}
	var sources map[source]*numFact
	for k := range items {
		n := &items[k].num
		if n.kind != Money {
			continue
		}
		key := source{para[k], n.unit}
		if n.curWord != "" {
			if sources == nil {
				sources = map[source]*numFact{}
			}
			sources[key] = n
		} else if src := sources[key]; src != nil {
			n.curWord, n.curBare = src.curWord, src.curBare
		}
	}
	for k := range items {
		n := &items[k].num
		if n.kind != Money || n.unit == "XXX" || math.Abs(n.val) < 1 || conversion(k) {
			continue
		}
		if c, seen := cur[para[k]]; seen && c.cur != n.unit {
			cur[para[k]] = named{}
		} else if !seen {
			cur[para[k]] = named{n.unit, n.curWord}
		}
	}
	for k := range items {
		if n := &items[k].num; n.kind == Quantity && n.unit == "" && n.form&formWords == 0 && !conversion(k) {
			c := cur[para[k]]
			n.ctxCur, n.ctxWord = c.cur, c.word
		}
	}
}

// dayOrdinal reports an English rank in digits against a French bare
// number in digits, the way the two languages name a day of the month
// left alone: "the 17th" and "le 17". A French rank against an English
// number is something else: "the last 16" are "les 8es de finale".
func dayOrdinal(en, fr *numFact) bool {
	return en.kind == Ordinal && fr.kind == Quantity && fr.unit == "" && en.form == formDigits && fr.form == formDigits &&
		en.val >= 1 && en.val <= 31 && fr.val >= 1 && fr.val <= 31 && whole(fr.val)
}

// unknownCurrencies reports two amounts in currencies the texts leave
// unknown (XXX) under different names: "dinars" and "francs". An amount
// whose text names no currency took it from the other end of its range
// ("de 450 à 600 couronnes") and differs from nothing.
func unknownCurrencies(en, fr *numFact) bool {
	return en.kind == Money && fr.kind == Money && en.unit == "XXX" && fr.unit == "XXX" &&
		en.curWord != "" && fr.curWord != "" && en.curWord != fr.curWord
}

// oneCurrency reports two amounts of money in one currency as far as the
// texts say: both name it with the same word, and one version leaves the
// country to the reader ("13 milliards de francs" for "13 billion Swiss
// francs", "dollars" for "dollars australiens", "$" for "S$", "rupees" for
// "roupies indonésiennes").
func oneCurrency(en, fr *numFact) bool {
	if en.kind != Money || fr.kind != Money {
		return false
	}
	if en.unit == "XXX" && en.curWord != "" && familyOf[fr.unit] == en.curWord ||
		fr.unit == "XXX" && fr.curWord != "" && familyOf[en.unit] == fr.curWord {
		return true // "couronnes" for "CZK", "dinars" for "KWD"
	}
	return en.curWord != "" && en.curWord == fr.curWord && (en.curBare || fr.curBare)
}

// familyOf maps a currency code to the name it shares with others (CZK and
// SEK: crown), from the word tables: a currency word of a family ("kronor")
// and the two-word names built on one ("Czech koruna", "dinar koweïtien").
var familyOf = func() map[string]string {
	fam := map[string]string{}
	for _, loc := range [...]*locale{english, french} {
		for _, e := range loc.lex {
			if e.family != "" && e.cur != "" && e.cur != "XXX" {
				fam[e.cur] = e.family
			}
		}
		for name, code := range loc.named {
			for w := range strings.FieldsSeq(name) {
				if e := loc.lex[w]; e != nil && e.family != "" {
					fam[code] = e.family
				}
			}
		}
	}
	return fam
}()

// scaleWord reports a scale word or abbreviation in either language.
func scaleWord(w string) bool {
	for _, loc := range [...]*locale{english, french} {
		if e := loc.lex[w]; e != nil && e.scale > 0 {
			return true
		}
	}
	return false
}

// errorEvidence reports whether two facts of one kind whose values differ
// are written alike enough to be one number mistranslated. Translators keep
// the form of a number, and so do their mistakes (a changed digit, a moved
// decimal separator, a wrong scale word), so when the forms differ the
// facts are more likely two numbers: "24" and "24 milliards" (the English
// left the scale to the reader), "two out of three" and "deux", "seven
// thousand" and "7". Vague numbers ("une dizaine") are never evidence.
func errorEvidence(en, fr *numFact) bool {
	if (en.form|fr.form)&(formVague) != 0 {
		return false
	}
	if en.form&formRatio != fr.form&formRatio {
		return false
	}
	if en.unit == "" || fr.unit == "" || en.kind == Ordinal {
		// No unit to tie them: the written form must agree, but for a
		// scale word that writes the digits of a number of about the same
		// size ("100,000" and "200 mille").
		if en.form&^formScale == fr.form&^formScale && en.form&formDigits != 0 && sameSize(en.val, fr.val) {
			return true
		}
		return en.form == fr.form
	}
	return true
}

// sameSize reports two values within a factor of ten of each other.
func sameSize(a, b float64) bool {
	a, b = math.Abs(a), math.Abs(b)
	return a > 0 && b > 0 && max(a, b) < 10*min(a, b)
}

// vagueShare is how far apart two values may be when one is a vague
// round number: "a dozen" and "une dizaine" (about ten) say the same.
const vagueShare = 0.25

func vaguelyEqual(a, b float64) bool {
	return math.Abs(a-b) <= vagueShare*math.Max(math.Abs(a), math.Abs(b))
}

// copied reports whether two facts are one number written the same way in
// both versions: the same text, or the same digits and separators with no
// scale word and no other unit ("HUF 500.000" and "500.000 HUF"), or the
// same digits where one version's only separator stands before three
// digits and may group them ("42.000" and "42 000", "42000", "1.779
// million" and "1.779 millions", "5.352 pesos" and "5 mille 352 pesos"),
// when the other's separators stand at the same places and, with a scale
// word, the values differ by that separator's reading alone; a percent,
// which is never grouped, only by the first two. The translation then says
// what the original says, whatever each language's rules make of it
// ("2.000" is two thousand in French, two in English).
func copied(en, fr *numFact) bool {
	if en.text == fr.text {
		return true
	}
	counts := en.kind == Quantity && fr.kind == Quantity && !measured(en.unit) && !measured(fr.unit)
	if en.unit != fr.unit && en.unit != "" && fr.unit != "" && !counts || unknownCurrencies(en, fr) {
		return false // but two counts copy whatever nouns they count ("4.000 units", "4.000 voitures")
	}
	de, df := en.digits, fr.digits
	if de == "" {
		return false
	}
	scaled := (en.form|fr.form)&formScale != 0
	if de == df && !scaled {
		return true
	}
	if hasNonDigit(de) && hasNonDigit(df) && !sameSeparators(de, df) {
		return false // "2,500" and "250,0": the separator moved, which no copy does
	}
	if en.kind == Percent || fr.kind == Percent {
		return false // a group would make "3.632%" 3632%: a percent is not grouped
	}
	if !(en.mayGroup || fr.mayGroup) || !sameDigits(de, df) {
		return false
	}
	// "1.779 billion" and "1.779 billions" differ by a million: the false
	// friend, not the separator; and so do "5.000 million" and "5.000
	// milliards", whose scale words differ.
	if en.form&fr.form&formScale != 0 && textScale(en.text, english) != textScale(fr.text, french) {
		return nearlyEqual(en.val, fr.val)
	}
	return !scaled || nearlyEqual(en.val, fr.val) || nearlyEqual(en.val*1000, fr.val) || nearlyEqual(en.val, fr.val*1000)
}

// textScale returns the power of ten the scale words of a fact's text
// make in the language of loc: 6 for "million", 9 for "thousand million"
// and for "milliards", 12 for French "billions".
func textScale(text string, loc *locale) int {
	pow := 0
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if e := loc.lex[w]; e != nil && e.scale > 0 {
			pow += e.scale
		}
	}
	return pow
}

// hasNonDigit reports a byte of s that is no ASCII digit: a separator.
func hasNonDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return true
		}
	}
	return false
}

// sameDigits reports whether a and b hold the same digits in the same
// order, whatever stands between them.
func sameDigits(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && !isDigit(a[i]) {
			i++
		}
		for j < len(b) && !isDigit(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// sameSeparators reports whether a and b have their digits and their
// separators at the same places, a run of other characters counting as
// one separator: "42.000", "42 000" and "42 mille 000" all agree.
func sameSeparators(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		da, db := isDigit(a[i]), isDigit(b[j])
		if da != db {
			return false
		}
		if da {
			i, j = i+1, j+1
			continue
		}
		for i < len(a) && !isDigit(a[i]) {
			i++
		}
		for j < len(b) && !isDigit(b[j]) {
			j++
		}
	}
	return i == len(a) && j == len(b)
}

// mayGroup reports whether the number s has one separator, a dot or a
// comma, with exactly three digits after it: a group in one language, a
// decimal point in the other.
func mayGroup(s string) bool {
	i := strings.IndexAny(s, ".,")
	return i > 0 && i == strings.LastIndexAny(s, ".,' \u00a0\u202f\u2009") && len(s)-i-1 == 3 && !hasNonDigit(s[i+1:])
}

func onlyDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if isDigitRune(r) {
			return r
		}
		return -1
	}, s)
}

// digitsOf returns the digits of s with the separators between them, from
// the first digit to the last.
func digitsOf(s string) string {
	i := strings.IndexFunc(s, isDigitRune)
	if i < 0 {
		return ""
	}
	j := strings.LastIndexFunc(s, isDigitRune)
	return s[i : j+1]
}

func isDigitRune(r rune) bool { return r < utf8.RuneSelf && isDigit(byte(r)) }

// form is how a number is written: the bits of what its text holds.
type form uint8

const (
	formDigits form = 1 << iota // 24
	formWords                   // twenty-four, vingt-quatre
	formScale                   // million, milliards, k, bn; hundred, cent
	formRatio                   // out of, sur, over, a third, demi
	formVague                   // une dizaine, a dozen, des centaines
)

// readText reads, with the English and French word tables, how a fact's
// text writes its number and how it names a currency: the currency its
// first currency word names by itself ("francs": XXX, "roupies": INR; USD
// for a dollar sign), and whether the text says nothing more: no country
// ("Swiss", "australiens", "roupies indonésiennes", the S of "S$").
func readText(text string) (f form, cur string, bare bool) {
	if strings.IndexFunc(text, isDigitRune) >= 0 {
		f |= formDigits
	}
	bare = true
	prev := ""
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, loc := range [...]*locale{english, french} {
			if _, ok := loc.named[prev+" "+w]; ok {
				bare = false
			}
			e := loc.lex[w]
			if e == nil {
				continue
			}
			switch {
			case e.approxN > 0 || e.mult == 12:
				f |= formVague
			case e.scale > 0 || e.mult >= 100:
				f |= formScale
			case e.ratio != 0 || e.denom > 0 || e.half:
				f |= formRatio
			case e.card > 0:
				f |= formWords
			}
			if e.curMod != "" {
				bare = false
			}
			if cur == "" && e.cur != "" {
				cur = e.cur
				if e.family != "" {
					cur = e.family // "Swiss francs" and "francs" share a word, not "dinars"
				}
			}
		}
		prev = w
	}
	if i := strings.IndexByte(text, '$'); i >= 0 {
		j := i
		for j > 0 && unicode.IsLetter(rune(text[j-1])) {
			j--
		}
		if j < i && !scaleWord(strings.ToLower(text[j:i])) {
			bare = false // US$, C$, S$; not M$, Md$, k$
		}
		if cur == "" {
			cur = "USD"
		}
	}
	return f, cur, bare
}

// closeness returns relSame for equal values, relRounded when each is the
// other within the stated precision (see rounds), and relNone otherwise.
func closeness(a, b *numFact) relation {
	if a.value == b.value {
		return relSame
	}
	if rounds(a.val, a.low, a.high, a.approx, b.val, b.low, b.high, b.approx) {
		return relRounded
	}
	return relNone
}

// rounds reports whether two different values state the same number within
// precision. With a hedge on either side, either value within the other's
// interval is enough (the hedge widened it a little). Otherwise the finer
// value, rounded or cut to the coarser one's last digit, must give the
// coarser value ("39 888 milliards" is 39.88 trillion cut, "5,27 millions"
// is 5.3 million rounded); two values of the same precision must be equal.
func rounds(av, al, ah float64, aApprox bool, bv, bl, bh float64, bApprox bool) bool {
	if aApprox || bApprox {
		return within(av, bl, bh) || within(bv, al, ah)
	}
	as, bs := ah-al, bh-bl
	if nearlyEqual(as, bs) {
		return false
	}
	fine, coarse, step, cl := av, bv, bs, bl
	if as > bs {
		fine, coarse, step, cl = bv, av, as, al
	}
	if coarse < 0 {
		fine, coarse, cl = -fine, -coarse, -(cl + step) // mirror: low of -x is -(high of x)
	}
	eps := step * 1e-9
	return fine >= cl-eps && fine < coarse+step-eps
}

// measured reports a unit of measure (metres, hours), not a counted noun.
func measured(unit string) bool {
	_, ok := measures[unit]
	return ok
}

func within(v, lo, hi float64) bool {
	eps := (math.Abs(lo) + math.Abs(hi)) * 1e-12
	return v >= lo-eps && v <= hi+eps
}

func nearlyEqual(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// shifted names a mistake that moves the digits by a power of ten: a power
// of a thousand is the scale (billion read as milliard, million as mille,
// "10" for "10 000") when a version writes a scale word or both numbers
// are whole, any other shift the decimal separator ("2.5" as "25", "3.632"
// as "3632"). The values must be equal once shifted back, or for a scale
// agree within precision.
func shifted(en, fr *numFact) Reason {
	if en.val == 0 || fr.val == 0 || (en.val < 0) != (fr.val < 0) {
		return ""
	}
	e := math.Round(math.Log10(en.val / fr.val))
	if e == 0 || math.Abs(e) > 12 {
		return ""
	}
	k := math.Pow(10, e)
	if nearlyEqual(en.val, fr.val*k) {
		if int(math.Abs(e))%3 == 0 && ((en.form|fr.form)&formScale != 0 || whole(en.val) && whole(fr.val)) {
			return ReasonScale // "10" for "10 000": the thousands left out
		}
		return ReasonDecimal // "3.632%" as "3632%" moved the separator
	}
	// A scale word may also come with another precision ("39.88
	// trillion" and "39 888 billions"); a moved separator keeps the digits.
	if int(math.Abs(e))%3 == 0 && rounds(en.val, en.low, en.high, en.approx, fr.val*k, fr.low*k, fr.high*k, fr.approx) {
		return ReasonScale
	}
	return ""
}

func whole(v float64) bool { return v == math.Trunc(v) }

// measure is a unit of measurement: its dimension and its size in the
// dimension's base unit (metre, square metre, kilogram…).
type measure struct {
	dim    string
	size   float64
	offset float64 // added after scaling: temperatures (°F to °C)
}

// measures are the units of measurement Extract names, for telling a unit
// conversion ("100 feet" / "30 mètres") from a wrong unit ("12 km" /
// "12 m"). Units not here are counted nouns.
var measures = map[string]measure{
	"mm": {dim: "length", size: 0.001}, "cm": {dim: "length", size: 0.01}, "m": {dim: "length", size: 1}, "km": {dim: "length", size: 1000},
	"inch": {dim: "length", size: 0.0254}, "ft": {dim: "length", size: 0.3048}, "mile": {dim: "length", size: 1609.344},
	"m2": {dim: "area", size: 1}, "km2": {dim: "area", size: 1e6}, "ha": {dim: "area", size: 1e4}, "acre": {dim: "area", size: 4046.8564224},
	"kg": {dim: "mass", size: 1}, "tonne": {dim: "mass", size: 1000}, "ounce": {dim: "mass", size: 0.028349523125},
	"litre": {dim: "volume", size: 0.001}, "m3": {dim: "volume", size: 1}, "ft3": {dim: "volume", size: 0.028316846592}, "km3": {dim: "volume", size: 1e9},
	"cm3": {dim: "volume", size: 1e-6}, "cl": {dim: "volume", size: 1e-5}, "ml": {dim: "volume", size: 1e-6}, "yard": {dim: "length", size: 0.9144},
	"ft2": {dim: "area", size: 0.09290304}, "cm2": {dim: "area", size: 1e-4},
	"kW": {dim: "power", size: 1}, "MW": {dim: "power", size: 1e3}, "GW": {dim: "power", size: 1e6},
	"kWh": {dim: "energy", size: 1}, "MWh": {dim: "energy", size: 1e3}, "GWh": {dim: "energy", size: 1e6},
	"minute": {dim: "time", size: 60}, "hour": {dim: "time", size: 3600}, "day": {dim: "time", size: 86400},
	"week": {dim: "time", size: 7 * 86400}, "month": {dim: "time", size: 30.436875 * 86400}, "year": {dim: "time", size: 365.2425 * 86400},
	"decade": {dim: "time", size: 3652.425 * 86400}, "second": {dim: "time", size: 1}, "ms": {dim: "time", size: 1e-3}, "µs": {dim: "time", size: 1e-6},
	"mg": {dim: "mass", size: 1e-6}, "lb": {dim: "mass", size: 0.45359237}, "µm": {dim: "length", size: 1e-6},
	"km/h": {dim: "speed", size: 1 / 3.6}, "mph": {dim: "speed", size: 0.44704}, "m/s": {dim: "speed", size: 1},
	"m/h": {dim: "speed", size: 1 / 3600.0},
	"°C":  {dim: "temperature", size: 1}, "°F": {dim: "temperature", size: 5.0 / 9, offset: -160.0 / 9},
	"mm2": {dim: "area", size: 1e-6}, "yard2": {dim: "area", size: 0.83612736}, "inch2": {dim: "area", size: 0.00064516},
	"mile2": {dim: "area", size: 2589988.110336}, "mm3": {dim: "volume", size: 1e-9}, "yard3": {dim: "volume", size: 0.764554857984},
	"inch3": {dim: "volume", size: 1.6387064e-5}, "gallon": {dim: "volume", size: 0.003785411784}, "bcm": {dim: "volume", size: 1e9},
	"g": {dim: "mass", size: 0.001}, "carat": {dim: "mass", size: 0.0002}, "Mt": {dim: "mass", size: 1e9}, "Gt": {dim: "mass", size: 1e12},
	"century": {dim: "time", size: 36524.25 * 86400}, "millennium": {dim: "time", size: 365242.5 * 86400},
	"W": {dim: "power", size: 0.001}, "TW": {dim: "power", size: 1e9}, "hp": {dim: "power", size: 0.7457},
	"TWh": {dim: "energy", size: 1e9}, "kcal": {dim: "energy", size: 0.001163},
	"kB": {dim: "data", size: 1e3}, "MB": {dim: "data", size: 1e6}, "GB": {dim: "data", size: 1e9}, "TB": {dim: "data", size: 1e12},
	"kn": {dim: "speed", size: 1852 / 3600.0}, "V": {dim: "voltage", size: 1}, "kV": {dim: "voltage", size: 1e3},
	"dB": {dim: "loudness", size: 1}, "hPa": {dim: "pressure", size: 1}, "bar": {dim: "pressure", size: 1000},
	"nm": {dim: "length", size: 1e-9}, "nmi": {dim: "length", size: 1852}, "ly": {dim: "length", size: 9460730472580800},
}

// degreeSlack is how far, in degrees Celsius, a converted temperature may
// stray: "28°F (-2°C)" is -2.2 °C rounded.
const degreeSlack = 1

// conversionShare is how far a converted value may stray from the exact
// conversion: translators round "six miles" to "10 km".
const conversionShare = 0.06

// converts reports whether the two quantities are one measure in two
// units, rounded as translators do: within conversionShare, or one is the
// other converted and rounded to its significant digits ("350 yards",
// 320 m, as "environ 300 mètres"). A number read with decimals whose one
// separator stands before three digits is also read as grouped ("2,735
// km" for 1,700 miles is 2735 km written the English way); one read as
// grouped keeps that reading ("2,300 tonnes" is no 2.3 tonnes).
func converts(en, fr *numFact, ue, uf measure) bool {
	for _, ev := range readings(en) {
		for _, fv := range readings(fr) {
			if convertsValues(ev, fv, ue, uf) {
				return true
			}
		}
	}
	return false
}

// convReading is one way to read a number: its value and how many
// significant digits it states.
type convReading struct {
	val float64
	sig int
}

func readings(n *numFact) []convReading {
	_, sig := lastDigitHalfUnit(n.value)
	rs := []convReading{{n.val, sig}}
	if n.form&formScale == 0 && n.mayGroup {
		if alt, err := strconv.ParseFloat(onlyDigits(n.digits), 64); err == nil && alt != n.val {
			_, sig := lastDigitHalfUnit(strconv.FormatFloat(alt, 'f', -1, 64))
			rs = append(rs, convReading{alt, sig})
		}
	}
	return rs
}

func convertsValues(e, f convReading, ue, uf measure) bool {
	a, b := e.val*ue.size+ue.offset, f.val*uf.size+uf.offset
	if ue.dim == "temperature" {
		return math.Abs(a-b) <= max(degreeSlack, conversionShare*math.Max(math.Abs(a), math.Abs(b)))
	}
	if a == 0 || b == 0 {
		return false
	}
	if math.Abs(a-b) <= conversionShare*math.Max(math.Abs(a), math.Abs(b)) {
		return true
	}
	// In each other's units, rounded to each other's significant digits.
	return nearlyEqual(roundSig(a/uf.size, f.sig), f.val) || nearlyEqual(roundSig(b/ue.size, e.sig), e.val)
}

// roundSig rounds x to n significant digits.
func roundSig(x float64, n int) float64 {
	if x == 0 || n <= 0 {
		return x
	}
	p := math.Pow10(int(math.Floor(math.Log10(math.Abs(x)))) + 1 - n)
	return math.Round(x/p) * p
}

// dateValue is a date fact's value taken apart; a range keeps its two ends.
type dateValue struct {
	ends [2]dateEnd
	rng  bool
	ok   bool
}

// dateEnd is YYYY[-MM[-DD]], YYYY-Qn or YYYY-Hn; zero fields are absent,
// and year -1 is the XXXX of an unknown year.
type dateEnd struct {
	year, month, day int
	quarter, half    int
}

func parseDateValue(s string) dateValue {
	var d dateValue
	a, b, rng := strings.Cut(s, "/")
	var ok1, ok2 bool
	d.ends[0], ok1 = parseDateEnd(a)
	if rng {
		d.ends[1], ok2 = parseDateEnd(b)
	} else {
		d.ends[1], ok2 = d.ends[0], true
	}
	d.rng, d.ok = rng, ok1 && ok2
	return d
}

func parseDateEnd(s string) (dateEnd, bool) {
	var e dateEnd
	parts := strings.Split(s, "-")
	if len(parts) == 0 || len(parts) > 3 {
		return e, false
	}
	if parts[0] == "XXXX" {
		e.year = -1
	} else if y, err := strconv.Atoi(parts[0]); err == nil {
		e.year = y
	} else {
		return e, false
	}
	if len(parts) >= 2 {
		p := parts[1]
		var err error
		switch {
		case strings.HasPrefix(p, "Q"):
			e.quarter, err = strconv.Atoi(p[1:])
		case strings.HasPrefix(p, "H"):
			e.half, err = strconv.Atoi(p[1:])
		default:
			e.month, err = strconv.Atoi(p)
		}
		if err != nil {
			return e, false
		}
	}
	if len(parts) == 3 {
		d, err := strconv.Atoi(parts[2])
		if err != nil {
			return e, false
		}
		e.day = d
	}
	return e, true
}

// compareDates relates two dates. A date and a unitless number of the same
// value agree (one version read a year as a plain number). Dates that
// differ in one part are a mismatch named by that part; a date that only
// says less than the other ("March 2024" and "17 mars 2024") is rounded.
func compareDates(en, fr *numFact) (relation, Reason) {
	if en.kind != fr.kind {
		if en.value == fr.value && (en.unit == "" && fr.unit == "") {
			return relSame, ""
		}
		return relNone, ""
	}
	if en.value == fr.value {
		return relSame, ""
	}
	a, b := en.date, fr.date
	if !a.ok || !b.ok || a.rng != b.rng {
		return relNone, ""
	}
	if en.guessed && fr.guessed && nextYear(a.ends[0], b.ends[0]) && nextYear(a.ends[1], b.ends[1]) {
		// "the summit takes place in October" / "le sommet s'est tenu en
		// octobre": the years are the reader's guesses from the tenses,
		// which a translation may change; neither version states one.
		return relRounded, ""
	}
	if hundreds(en.value) && hundreds(fr.value) && en.value[:4] == fr.value[:4] {
		return relRounded, "" // "the 1900s" / "les années 1900": the century or its first decade
	}
	rel, reason := relSame, Reason("")
	for i := range 2 {
		r, why := compareDateEnds(a.ends[i], b.ends[i])
		if r == relNone {
			return relNone, ""
		}
		if r > rel {
			rel, reason = r, why
		}
	}
	return rel, reason
}

// guessedYear reports the text of a date that gives no year, nor one
// relative to the publication date: "on Nov. 8", "le 8 novembre", but not
// "Nov. 8, 2019" nor "last November".
func guessedYear(text string) bool {
	if writesYear(text) {
		return false
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, loc := range [...]*locale{english, french} {
			if e := loc.lex[w]; e != nil && (e.relDir != 0 || e.relNow || e.relUnit != 0) {
				return false
			}
		}
	}
	return true
}

// nextYear reports two date ends, of a month, a quarter or a half, that
// are one year apart and alike in all else.
func nextYear(a, b dateEnd) bool {
	d := a.year - b.year
	if a.year < 0 || b.year < 0 || d != 1 && d != -1 || a.month == 0 && a.quarter == 0 && a.half == 0 {
		return false
	}
	a.year = b.year
	return a == b
}

// hundreds reports the years a plural of a round hundred may name, its
// decade or its century: "1900/1909" or "1900/1999".
func hundreds(v string) bool {
	lo, hi, ok := strings.Cut(v, "/")
	if !ok || len(lo) != 4 || len(hi) != 4 || !strings.HasSuffix(lo, "00") || lo[:2] != hi[:2] {
		return false
	}
	return hi[2:] == "09" || hi[2:] == "99"
}

func compareDateEnds(a, b dateEnd) (relation, Reason) {
	if a == b {
		return relSame, ""
	}
	if (a.year == -1) != (b.year == -1) {
		// A month, quarter or half of an unknown year and a bare year have
		// no part in common: "2007" and "janvier" are no rounding.
		known := a
		if a.year == -1 {
			known = b
		}
		if known.month == 0 && known.quarter == 0 && known.half == 0 {
			return relNone, ""
		}
	}
	if a.year != b.year && a.year != -1 && b.year != -1 {
		omits := func(x, y int) bool { return x == y || x == 0 || y == 0 }
		if !omits(a.month, b.month) || !omits(a.day, b.day) || !omits(a.quarter, b.quarter) || !omits(a.half, b.half) {
			return relNone, "" // more than one part differs: no evidence of one fact
		}
		return relStructure, ReasonYear // "November 1917" / "1918": one leaves the month out
	}
	less := func(x, y int) bool { return x == 0 || y == 0 } // one side leaves the part out
	switch {
	case a.quarter != b.quarter || a.half != b.half:
		if (a.quarter != 0 && b.quarter != 0) || (a.half != 0 && b.half != 0) {
			return relStructure, ReasonPeriod
		}
		if a.month == 0 && b.month == 0 && (a.quarter == 0 || b.quarter == 0) && (a.half == 0 || b.half == 0) {
			return relRounded, "" // a year and a quarter of it
		}
		return relNone, ""
	case a.month != b.month:
		if less(a.month, b.month) && (a.day == 0 || b.day == 0) {
			return relRounded, ""
		}
		if a.day == b.day {
			return relStructure, ReasonMonth
		}
		return relNone, ""
	case a.day != b.day:
		if less(a.day, b.day) {
			return relRounded, ""
		}
		return relStructure, ReasonDay
	}
	return relRounded, "" // only the year is unknown on one side
}
