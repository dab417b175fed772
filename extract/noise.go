package extract

import (
	"math/big"
	"strings"
	"unicode"
)

// The rules in this file find what looks like a number but states no fact:
// codes (5G, G20, COVID-19, A320, 13/2023/ND-CP), references (No.2, n° 2,
// Article 5), phone numbers and times of day. Each returns how many tokens
// to pass over, or 0.

// chainEnd returns the last token of the code that token k starts: tokens
// that touch, joined directly or by - / . _ : between letters and digits.
func (m *matcher) chainEnd(k int) int {
	for {
		nx := m.tok(k + 1)
		if nx == nil || nx.space {
			return k
		}
		switch nx.kind {
		case tkWord, tkNum, tkCode:
			k++
			continue
		}
		if m.isSym(k+1, '-', '/', '.', '_', ':', '‑') && m.touches(k+2) && (m.isWord(k+2) || m.isNum(k+2)) {
			k += 2
			continue
		}
		return k
	}
}

// skipTo returns the count of tokens from i through last.
func skipTo(i, last int) int { return last - i + 1 }

// notFact returns the tokens to pass over when the number at i is part of a
// code, a time of day, a numeric date or a phone number; a numeric date is
// emitted on the way.
func (m *matcher) notFact(i int) int {
	// A word glued before the digits: G20, A320, H5N1, FY2024.
	if m.touches(i) && (m.isWord(i-1) || m.isNum(i-1)) {
		return skipTo(i, m.chainEnd(i))
	}
	// COVID-19, but mid-2024 and pre-2020 are dates, and the end of
	// "2-to-1" or "3-or-4" a number.
	if m.touches(i) && m.isDash(i-1) && m.touches(i-1) && m.isWord(i-2) {
		if e := m.word(i - 2); e == nil || !e.datePref && !((e.rangeTo || e.orWord) && m.isDash(i-3)) {
			return skipTo(i, m.chainEnd(i))
		}
	}
	if m.touches(i) && m.isSym(i-1, '/', '_', '#', '@', '.') && (m.touches(i-1) || m.isSym(i-1, '#')) {
		return skipTo(i, m.chainEnd(i)) // a path, a handle, a label: PERSON #1
	}
	// A list item's number at the start of a line: "1. Finland", "2) Norway".
	if i == 0 && plainInt(&m.toks[i]) && m.toks[i].shape.intDigits <= 2 && m.labelMark(i+1) {
		return 2
	}
	if n := m.score(i); n > 0 {
		return n
	}
	if m.roundTheClock(i) {
		return 1
	}
	if n := m.timeOfDay(i); n > 0 {
		return n
	}
	if n := m.streetNumber(i); n > 0 {
		return n
	}
	if m.numberInName(i) || m.namedByAcronym(i) {
		return skipTo(i, m.chainEnd(i))
	}

	// A list enumerator: "(1) flow, (2) density", "to (1) cut taxes". A
	// number in brackets after a word and before a link or a sign is a
	// figure about that word: "Tuscany (44) and Lombardy (41)".
	if m.isSym(i-1, '(') && m.touches(i) && m.isSym(i+1, ')') && m.touches(i+1) && plainInt(&m.toks[i]) &&
		m.toks[i].shape.intDigits <= 2 && !m.isNum(i+2) && m.enumerator(i) {
		return 2
	}
	if m.touches(i + 1) {
		switch {
		case m.isWord(i + 1):
			if !m.suffixWord(i + 1) {
				return skipTo(i, m.chainEnd(i))
			}
		case m.isSym(i+1, '/') && m.touches(i+2) && m.isNum(i+2):
			if n := m.numericDate(i); n > 0 {
				return n
			}
			if n := m.slashRange(i); n > 0 {
				return n
			}
			if n := m.slashFraction(i); n > 0 {
				return n
			}
			return skipTo(i, m.chainEnd(i))
		case m.isSym(i+1, '.', '_', '@') && m.touches(i+2) && (m.isWord(i+2) || m.isNum(i+2)):
			if n := m.dottedDate(i); n > 0 {
				return n
			}
			return skipTo(i, m.chainEnd(i))
		case m.isDash(i+1) && m.touches(i+2) && m.isWord(i+2) && m.word(i+2) == nil &&
			m.toks[i+2].upper:
			// 57-NQ/TW, 19-CP: digits glued to an upper-case code.
			return skipTo(i, m.chainEnd(i))
		}
	}
	return m.phoneAt(i)
}

// enumerator reports that the number in brackets at i numbers an item of
// a list: nothing but a sign before the bracket, or a word after it that
// is no link ("to (1) cut taxes"). After a name it is a figure about the
// name: "Lombardy (41) leads".
func (m *matcher) enumerator(i int) bool {
	if !m.isWord(i - 2) {
		return true
	}
	if m.toks[i-2].upper {
		return false
	}
	e := m.word(i + 2)
	return m.isWord(i+2) && (e == nil || !e.andWord && !e.orWord)
}

// labelMark reports the dot or bracket that closes a label opening a line,
// at k, with a space or the end of the line after it: "1. Finland", "2)
// Norway", "Q1. Is coffee healthy?", "1." alone.
func (m *matcher) labelMark(k int) bool {
	return m.isSym(k, '.', ')') && m.touches(k) && (m.tok(k+1) == nil || m.toks[k+1].space)
}

// namedByAcronym reports a number after a word that the acronym in
// brackets right after it ends with: the number is part of the name the
// acronym stands for: "angiotensin-converting enzyme 2 (ACE2)",
// "coronavirus 2 (SARS-CoV-2)", "Coronavirus Disease 2019 (COVID-19)".
func (m *matcher) namedByAcronym(i int) bool {
	t := &m.toks[i]
	if !m.isSym(i+1, '(') || !plainInt(t) || !m.isWord(i-1) || m.touches(i) {
		return false
	}
	rest := strings.TrimPrefix(m.text[t.end:min(len(m.text), t.end+32)], " ")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	end := strings.IndexByte(rest, ')')
	if end < 0 {
		return false
	}
	inner, digits := rest[1:end], m.span(i)
	if len(digits) == 4 && strings.HasSuffix(inner, "-"+digits[2:]) {
		digits = digits[2:] // "2019 (COVID-19)"
	}
	head, ok := strings.CutSuffix(inner, digits)
	if !ok || len(head) < 2 || isDigit(head[len(head)-1]) {
		return false
	}
	caps := 0
	for _, c := range []byte(head) {
		if 'A' <= c && c <= 'Z' {
			caps++
		}
	}
	return caps >= 2
}

// numberInName reports digits that are part of a name: after a
// capitalised word the lexicon does not know, in the middle of a sentence,
// with no unit, scale, currency or percent after them: "the FTSE 100
// index", "Boeing 787 jets", "France 3 Limousin", "Claude 3.5 Sonnet".
// "In Hanoi 36 people died" keeps its count (people is a unit of the word
// tables; after an acronym, "FTSE 250 firm", it does not, nor before a noun
// of counts.txt, "787 jets"), a year
// stays a year ("Paris 2024"), and a line in title case ("Storm Kills 12
// in Hanoi") is a headline, not a name.
//
// A second number joined by "and" or "or" belongs to the same name:
// "Districts 8 and 9", "the FTSE 100 and 250".
func (m *matcher) numberInName(i int) bool {
	if !m.nameBefore(i) {
		c := m.word(i - 1)
		if c == nil || !c.andWord && !c.orWord || !m.isNum(i-2) || !plainInt(m.tok(i-2)) || !m.nameBefore(i-2) {
			return false
		}
	}
	if t := m.tok(i); !t.shape.grouped && !t.shape.frac && t.shape.intDigits == 4 {
		return false
	}
	switch {
	case m.isSym(i+1, '%', '‰', '°', '$', '€', '£', '¥'):
		return false
	case m.isWord(i + 1):
		e := m.word(i + 1)
		return e == nil || !(e.unit != "" && !e.counted && !m.acronym(i-1) || e.scale > 0 || e.cur != "" || e.percent || e.pp || e.ordSuf || e.perWord || e.timeSuf)
	}
	return true
}

// nameBefore reports that the number at i follows a capitalised word the
// lexicon does not know, or knows only as a counted noun ("Part 1",
// "Regulation 3"), in the middle of a sentence (see numberInName).
func (m *matcher) nameBefore(i int) bool {
	p := m.tok(i - 1)
	if p == nil || p.kind != tkWord || !m.toks[i].space {
		return false
	}
	if p.e != nil && p.e.isotope {
		return true // "carbone 14", "uranium 235"
	}
	if !p.upper {
		return p.e == nil && !(m.touches(i-1) && m.isNum(i-2)) && camelCase(m.span(i-1)) // "iPhone 6", not "2600mAh 18650"
	}
	return (p.e == nil || p.e.counted) && !m.titleLine() && !(m.sentenceStart(i-1) && !m.acronym(i-1))
}

// camelCase reports a word that starts in lower case and has a capital
// further on, as brand names do: "iPhone", "eBay", "iOS".
func camelCase(w string) bool {
	for j := 1; j < len(w); j++ {
		if 'A' <= w[j] && w[j] <= 'Z' {
			return true
		}
	}
	return false
}

// acronym reports a word of two or more capitals and no lower-case
// letter: FTSE, CAC, ABC. Even at the start of a sentence it is a name.
func (m *matcher) acronym(i int) bool {
	w := m.span(i)
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// wordInName reports a number word written with a capital in the middle
// of a sentence: a name, not a count ("Nine News", "the Big Six", "the
// First Amendment", "Third Bridge").
func (m *matcher) wordInName(i int) bool {
	return m.toks[i].upper && !m.sentenceStart(i) && !m.titleLine()
}

// sentenceStart reports a token that opens a sentence, a line, a quote or
// a list item, where any word has a capital.
func (m *matcher) sentenceStart(i int) bool {
	if i <= 0 {
		return true
	}
	return m.isSym(i-1, '.', '!', '?', ':', ';', '"', '“', '«', '(', '[', '—', '–', '-', '•', '…', '‘', '\'', '’', '*')
}

// titleLine reports a line in title case or capitals, a headline: at least
// four words of four letters or more, three in four of them capitalised.
// It is computed once per line.
func (m *matcher) titleLine() bool {
	if m.title == 0 {
		long, upper := 0, 0
		for k := range m.toks {
			if t := &m.toks[k]; t.kind == tkWord && t.end-t.start >= 4 {
				long++
				if t.upper {
					upper++
				}
			}
		}
		m.title = 1
		if long >= 4 && upper*4 >= long*3 {
			m.title = 2
		}
	}
	return m.title == 2
}

// slashFraction emits a proper fraction written with a slash, "3/4",
// "1/5", "20/100": a numerator smaller than a denominator of at most ten or
// a hundred, and nothing glued after. "9/11", "24/7" and "3/15" are names,
// rates or codes, not fractions, and "6/7 ans" or "2/3 jours" two choices.
func (m *matcher) slashFraction(i int) int {
	x, y, ok := m.properSlash(i)
	if !ok || y == 16 {
		return 0
	}
	if y == x+1 && y > 5 || m.monthAt(i+3) > 0 {
		return 0 // "6/7 ans", "9/10 March": one or the other, not a fraction
	}
	if e := m.word(i + 3); x >= 2 && e != nil && timeUnits[e.unit] && !e.singular {
		return 0 // "5/7 ans", "2/3 days": two choices; "1/2 heure", "3/4 hour" are fractions
	}
	v := ratDecimal15(big.NewRat(int64(x), int64(y))).String() // exact: no precision to widen
	m.emit(Quantity, i, i+2, v, "", v, v, m.hedged(i))
	return 3
}

// slashRange reads two amounts joined by a slash before a currency as the
// two ends of a range, as news writes prices: "250/350 euros", "80/100
// euros la nuit" (not 0.8). Each end takes the currency; the second must
// be the larger.
func (m *matcher) slashRange(i int) int {
	a, ok := m.amountAt(i, true)
	if !ok || a.last != i || a.val.Neg || !m.isNum(i+2) {
		return 0
	}
	b, ok := m.amountAt(i+2, true)
	if !ok || b.val.Neg {
		return 0
	}
	rb := m.read(b, "", i+2)
	if rb.none || rb.kind != Money || !rb.explicit {
		return 0
	}
	if !a.scaled && b.scaled {
		a.val = a.val.scaled(b.pow) // "1,5/2 millions d'euros"
	}
	if a.val.Cmp(b.val) >= 0 {
		return 0
	}
	m.emitNumber(Money, a.val, i, i, rb.unit, m.hedged(i))
	m.emitNumber(Money, b.val, i+2, rb.last, rb.unit, b.approx)
	return skipTo(i, rb.last)
}

// properSlash reads a proper fraction written x/y from token i: whole
// numbers glued to the slash, 0 < x < y, a denominator of at most ten, 16
// or 100, and nothing glued after but punctuation or a hyphen ("1/2-inch").
func (m *matcher) properSlash(i int) (x, y uint64, ok bool) {
	a, b := m.tok(i), m.tok(i+2)
	if !m.isNum(i) || !m.isSym(i+1, '/') || !m.touches(i+1) || !m.touches(i+2) || !m.isNum(i+2) ||
		!plainInt(a) || !plainInt(b) || a.num.Exp != 0 || b.num.Exp != 0 {
		return 0, 0, false
	}
	x, y = a.num.Coef, b.num.Coef
	if x == 0 || x >= y || y > 10 && y != 16 && y != 100 || m.touches(i+3) && !m.isSym(i+3, '.', ',', ')', ';', ':', '-') {
		return 0, 0, false
	}
	return x, y, true
}

// suffixWord reports whether the word at j may stand glued after digits:
// an ordinal suffix (1st, 2e), a scale (4bn, 3Md), a unit (5km), a currency
// code (200USD), a time (9am), a percentage (5pc, 20pour cent) or a decade
// (1990s).
func (m *matcher) suffixWord(j int) bool {
	if m.span(j) == "s" {
		// "1990s", "the 700s", "4s"; but "777s" and "457s" are planes
		// and visas of that name: a plural of three digits or more names
		// tens or hundreds only when it ends in 0.
		t := m.tok(j - 1)
		return t == nil || t.kind != tkNum || !plainInt(t) || t.shape.intDigits < 3 || t.num.Exp > 0 || t.num.Coef%10 == 0
	}
	if m.span(j) == "M" || m.gluedDegree(j) {
		return true
	}
	if m.span(j) == "G" {
		return false // 5G, 4G: a generation of networks; grams are "100g"
	}
	e := m.word(j)
	if e != nil && e.curMod != "" && m.isSym(j+1, '$') && m.touches(j+1) {
		return true // 3.14US$
	}
	if e != nil && e.perWord {
		c := m.word(m.skipHyphen(j + 1))
		return c != nil && c.centWord // "20pour cent", "5per cent"
	}
	return e != nil && (e.ordSuf && m.ordinalCase(j) || e.scale > 0 || e.unit != "" || (m.cur(j) != "" && !e.curBase) ||
		e.timeSuf || e.percent || e.pp)
}

// score emits the two numbers of a score or a tally: "won 6-3", "a 2-1
// win", "lost 2:3", "1:0": two whole numbers of one or two digits joined by
// a hyphen or a colon, nothing between; after a hyphen the first not the
// smaller (an ascending pair is a range: "3-5 days"), after a colon the
// second of one digit ("10:30" is a time). Each is a bare number: "a 2-1
// win" counts no wins, and the digits after a name are no part of it
// ("beat Chile 3-0"). A third part glued after makes a code or a date
// ("14-7-2020").
func (m *matcher) score(i int) int {
	if !m.scoreAt(i) {
		return 0
	}
	m.emitNumber(Quantity, m.toks[i].num, i, i, "", false)
	m.emitNumber(Quantity, m.toks[i+2].num, i+2, i+2, "", false)
	return 3
}

// scoreAt reports a score at the number token i (see score).
func (m *matcher) scoreAt(i int) bool {
	t, c := &m.toks[i], i+1
	colon := m.isSym(c, ':')
	if !colon && !m.isDash(c) || !m.touches(c) || !m.touches(c+1) || !m.isNum(c+1) {
		return false
	}
	u := &m.toks[c+1]
	if !plainInt(t) || !plainInt(u) || t.num.Exp != 0 || u.num.Exp != 0 || t.shape.intDigits > 2 || u.shape.intDigits > 2 ||
		colon && u.shape.intDigits != 1 || !colon && t.num.Coef < u.num.Coef {
		return false
	}
	return !m.touches(c+2) || m.isSym(c+2, ',', '.', ')', ';', '!', '?', '(')
}

// roundTheClock reports the second number of French "24 heures sur 24",
// "7 jours sur 7": round the clock, as English says "24 hours a day",
// where the first number is the fact.
func (m *matcher) roundTheClock(i int) bool {
	if m.loc != french || m.lowerAt(i-1) != "sur" || !m.isNum(i-3) || m.toks[i].num != m.toks[i-3].num {
		return false
	}
	e, u := m.word(i-2), m.lowerAt(i-2)
	return e != nil && (e.unit == "hour" || e.unit == "day") || u == "h" || u == "j"
}

// timeOfDay passes over a time of day: 10:30, 10h30, 20 h 30, 18 h, 9am,
// 9 a.m., 4.30 am, 9 o'clock, 15 heures 30, "à 22 heures", "vers 15.30
// heures", and a time before a time zone: 1200 GMT, 15.00 UTC.
func (m *matcher) timeOfDay(i int) int {
	t := m.toks[i]
	if t.end-t.start == 4 && m.text[t.start] == '0' && plainInt(&t) {
		if v, ok := clockValue(t.num); ok && v < 2400 {
			return 1 // "at 0600", "At 0500 sharp": four digits from a zero are a time
		}
	}
	if e := m.word(i + 1); e != nil && e.zone && !t.shape.grouped && !t.num.Neg {
		if v, ok := clockValue(t.num); ok && v < 2400 {
			return skipTo(i, i+1)
		}
	}
	if !hoursAt(t) {
		return 0
	}
	if m.clockColon(i+1) && !t.shape.frac {
		last := i + 2
		for m.clockColon(last + 1) {
			last += 2 // seconds: "14:05:30", a race time "2:19:19"
		}
		if e := m.word(last + 1); e != nil && e.timeSuf {
			last++
		}
		return skipTo(i, last)
	}
	e := m.word(i + 1)
	switch {
	case e != nil && e.timeSuf && !(t.shape.frac && m.span(i+1) == "h") && !(m.span(i+1) == "h" && m.perPeriod(i+2) && !m.clockPrep(i-1)):
		last := i + 1
		if !t.shape.frac && m.isNum(i+2) && (m.touches(i+2) || m.span(i+1) == "h" && isMinutes(m.toks[i+2])) {
			last = i + 2 // 10h30, 20 h 30
		}
		return skipTo(i, last)
	case m.oClockAfter(i) > 0:
		return skipTo(i, i+3) // 9 o'clock
	case t.shape.frac && m.span(i+1) == "hrs":
		return skipTo(i, i+1) // "20.45 hrs", where "5 hrs" lasts five hours
	case e != nil && e.unit == "hour" && (!m.hedged(i) || m.partOfDayAt(i+2)): // "environ 3 heures" is a duration
		if m.isNum(i+2) && isMinutes(m.toks[i+2]) && !t.shape.frac && !m.amountAfter(i+2) {
			return skipTo(i, i+2) // 15 heures 30
		}
		if last := m.clockMinutes(i + 1); m.atClock(i, last) {
			return skipTo(i, last) // à 22 heures, à 5 heures moins 10; not à 3 heures de Paris
		}
		if z := m.word(i + 2); z != nil && z.zone {
			return skipTo(i, i+2) // (4 heures GMT)
		}
		// The first end of a span of time whose second end is a time of
		// day: "de 8 heures à 18 heures", "entre 22 heures et 4h30".
		if c := m.word(i + 2); c != nil && (c.rangeTo || c.andWord) && m.isNum(i+3) {
			if n := m.timeOfDay(i + 3); n > 0 {
				return skipTo(i, i+2+n)
			}
		}
	}
	// A bare hour before a time of day: "from 6-8 p.m.", "between 9 and
	// 11 a.m.", "de 14 à 16h".
	if c := m.word(i + 1); (c != nil && (c.rangeTo || c.andWord) || m.isDash(i+1)) && m.isNum(i+2) && !t.shape.frac {
		if n := m.timeOfDay(i + 2); n > 0 {
			return skipTo(i, i+1+n)
		}
	}
	return 0
}

// atClock reports that the hours from token first to last ("22 heures",
// "dix-huit heures") follow a word that announces a time of day and are no
// distance in time: "à 22 heures", not "à 3 heures de Paris".
func (m *matcher) atClock(first, last int) bool {
	if m.partOfDayAt(last + 1) {
		return true // "cinq heures du matin", with or without "à"
	}
	p := m.word(first - 1)
	if m.isDe(first-1) && m.lowerAt(first-2) == "partir" && m.lowerAt(first-3) == "à" {
		return !m.isDe(last + 1) // "à partir de 21 heures", as "dès 21 heures"
	}
	if p != nil && p.clockRel {
		// "peu après 10 heures", where "après 10 heures" may last
		p = m.word(first - 2)
		return p != nil && p.shortly && !m.isDe(last+1)
	}
	return p != nil && p.timePrep && !m.isDe(last+1)
}

// partOfDayAt reports "du matin", "du soir" at k, after hours: a time of
// day, even after a hedge ("jusqu'à 5 heures du matin").
func (m *matcher) partOfDayAt(k int) bool {
	e := m.word(k + 1)
	return m.isDe(k) && e != nil && e.timeSuf
}

// perPeriod reports "/semaine", "par jour", "a week", "per day" at k: the
// hours before it are a duration ("8h par jour", "45h/semaine"), not a
// time of day.
func (m *matcher) perPeriod(k int) bool {
	if m.isSym(k, '/') {
		k++
	} else if e := m.word(k); e != nil && (e.perTime || e.article) {
		k++
	} else {
		return false
	}
	u := m.word(k)
	return u != nil && (u.unit == "day" || u.unit == "week" || u.unit == "month" || u.unit == "year")
}

// clockPrep reports a word at k that announces a time of day: "at", "à",
// "vers", "dès".
func (m *matcher) clockPrep(k int) bool {
	e := m.word(k)
	return e != nil && e.timePrep || m.lowerSpan(k) == "at"
}

// clockMinutes returns the last token of the minutes that French tells
// after or before the hour word at k, or k: "heures et demie", "heures et
// quart", "heures moins le quart", "heures moins dix", "heures moins 10".
func (m *matcher) clockMinutes(k int) int {
	if m.loc != french {
		return k
	}
	switch m.lowerSpan(k + 1) {
	case "et":
		switch m.lowerSpan(k + 2) {
		case "demie", "demi", "quart":
			return k + 2
		}
	case "moins":
		if m.lowerSpan(k+2) == "le" && m.lowerSpan(k+3) == "quart" {
			return k + 3
		}
		if b, ok := m.amountAt(k+2, false); ok && !b.scaled && b.val.Exp == 0 && b.val.Coef > 0 && b.val.Coef < 60 && !m.amountAfter(b.last) {
			return b.last
		}
	}
	return k
}

// englishClock passes over a time of day that English tells in words
// from token i: "half past seven", "a quarter to six", "quarter past 10",
// "ten past six", "twenty minutes to five", and in British English "at
// half seven". The hour is a whole number from 1 to 12 with no noun after
// it; "ten to twelve" is a range and stays two numbers.
func (m *matcher) englishClock(i int) int {
	is := func(k int, w string) bool {
		t := m.tok(k)
		return t != nil && t.kind == tkWord && t.end-t.start == len(w) && strings.EqualFold(m.text[t.start:t.end], w)
	}
	k := i
	if is(k, "a") && is(k+1, "quarter") {
		k++
	}
	switch {
	case is(k, "quarter"):
		if !is(k+1, "past") && !is(k+1, "to") && !is(k+1, "after") {
			return 0
		}
		k++
	case is(k, "half"):
		if is(k+1, "past") {
			k++
		} else if !is(i-1, "at") {
			return 0 // "half seven of them"; "at half seven" is 7:30
		}
	case k == i && m.word(k).card > 0:
		n, _ := m.word(k).cardinal()
		if n < 1 || n > 30 {
			return 0
		}
		if is(k+1, "minutes") && (is(k+2, "past") || is(k+2, "to")) {
			k += 2
		} else if is(k+1, "past") {
			k++
		} else {
			return 0
		}
	default:
		return 0
	}
	b, ok := m.amountAt(k+1, false)
	if !ok || b.scaled || b.val.Exp != 0 || b.val.Coef < 1 || b.val.Coef > 12 || !m.noUnitAt(b.last+1) {
		return 0
	}
	last := b.last
	if o := m.oClockAfter(last); o > 0 {
		last = o
	} else if p := m.partOfDayAfter(last); p > 0 {
		last = p
	}
	return skipTo(i, last)
}

// hoursAt reports whether the number t may be the hour of a time of day:
// 0–24, or h.mm with two digits of minutes under 60.
func hoursAt(t token) bool {
	if t.shape.grouped || t.num.Neg || t.shape.intDigits > 2 {
		return false
	}
	if !t.shape.frac {
		return t.num.Exp == 0 && t.num.Coef <= 24
	}
	return t.num.Exp == -2 && t.num.Coef%100 < 60 && t.num.Coef/100 <= 24
}

// isDe reports "de", "d'", "du", "of" at k.
func (m *matcher) isDe(k int) bool {
	e := m.word(k)
	return e != nil && e.de
}

// clockValue reads a time written as hhmm or hh.mm as the number hhmm.
func clockValue(d Decimal) (int64, bool) {
	if d.Exp < -2 || d.Exp > 0 {
		return 0, false
	}
	v := int64(d.Coef)
	if d.Exp == -1 {
		v *= 10
	}
	if d.Exp == 0 && v < 100 {
		v *= 100 // "12 GMT"
	}
	return v, v%100 < 60
}

// clockColon reports a colon at k between the parts of a time: "14:30",
// and in French, which sets a space before a colon, "14 :30", "2 :03 :59"
// (but "2 : 1" and "3 :1" are scores).
func (m *matcher) clockColon(k int) bool {
	if !m.isSym(k, ':') || !m.touches(k+1) || !m.isNum(k+1) {
		return false
	}
	return m.touches(k) || m.loc == french && isMinutes(m.toks[k+1])
}

// isMinutes reports whether t is written as the two digits of minutes.
func isMinutes(t token) bool {
	return t.shape.intDigits == 2 && !t.shape.frac && !t.shape.grouped && t.num.Exp == 0 && t.num.Coef < 60
}

// statesAmount reports an amount at k that a label cannot be: one with a
// scale word, or a percentage, money or a measure after it, or a span of
// years ("la saison 2019-20").
func (m *matcher) statesAmount(k int) bool {
	if y, ok := m.yearOf(k); ok {
		if m.yearRangeAround(k, y) {
			return true // "la saison 1992-1993"
		}
		if t := m.tok(k + 2); m.isDash(k+1) && m.touches(k+1) && m.touches(k+2) && t.kind == tkNum && t.shape.intDigits == 2 && !t.shape.frac && int(t.num.Coef) > y%100 {
			return true // "la saison 2019-20"
		}
	}
	a, ok := m.amountAt(k, false)
	if !ok {
		return false
	}
	if a.scaled {
		return true
	}
	r := m.read(a, "", k)
	return r.kind == Percent || r.kind == Money || r.kind == Quantity && measured(r.unit)
}

// reference passes over the number after a reference word: "No.2",
// "n° 2", "Article 5", "Decree 13/2023/ND-CP", "Highway 1A".
func (m *matcher) reference(i int) int {
	k := i + 1
	span := m.span(i)
	numberSign := len(span) <= 2 || span == "nº" || span == "Nº"
	switch {
	case m.isSym(k, '.', '°', 'º') && m.touches(k):
		k++ // No.2, n° 2, Art. 5
	case numberSign && span != "No" && span != "NO" && span != "nº" && span != "Nº":
		// A bare "no" or "n" before digits is a word, not a number sign.
		return 0
	}
	if !m.isNum(k) {
		return 0
	}
	if n := m.phoneAt(k); n > 0 {
		return skipTo(i, k+n-1) // "la ligne 1800 1091"
	}
	if m.statesAmount(k) {
		return 0 // "a level 20% higher", "the figure 1.5 million": an amount, no label
	}
	last := m.chainEnd(k)
	first := last
	// "articles 5 and 4", "routes 1, 14 et 15", "sections 8567, 8627,
	// and 8665": a list of references.
	for {
		j := last + 1
		if e := m.word(j + 1); m.isSym(j, ',') && e != nil && e.andWord {
			j++ // the serial comma
		}
		e := m.word(j)
		if !(m.isSym(j, ',') || e != nil && (e.andWord || e.rangeTo)) || !m.isNum(j+1) {
			break
		}
		next := m.chainEnd(j + 1)
		if m.statesAmount(j+1) || !m.noUnitAt(next+1) && !numberSign && !numberWords[m.lowerAt(i)] {
			// "Article 5 and 40 people", "Article 5, 3 million euros": an
			// amount of its own; but "the No. 1 and 2 reactors" are labels.
			break
		}
		last = next
	}
	if m.word(i).refList && last == first && !m.isDash(first-1) {
		return 0 // a plural names a list ("Districts 8 and 9", "seasons 1-3"), not "water levels 1.2 metres above"
	}
	return skipTo(i, last)
}

// numberWords name a number as a label ("the Number 1 and 2 reactors").
var numberWords = wordsOf("number numbers numéro numéros numero numeros")

// euroName passes over "Euro" with a capital before a whole number and no
// scale: the name of a football championship ("Euro 2012") or of an
// emission standard ("Euro 6"), not an amount in euros, which news writes
// "€6", "EUR 6" or "6 euros".
func (m *matcher) euroName(i int) int {
	if m.span(i) != "Euro" || !m.isNum(i+1) || !plainInt(m.tok(i+1)) {
		return 0
	}
	if e := m.word(i + 2); e != nil && e.scale > 0 || m.isSym(i+2, '-') && m.touches(i+2) {
		return 0 // "Euro 5 million", "Euro 2-3"
	}
	return skipTo(i, i+1)
}

// streetNumber passes over the number of a building in an address: "85
// Boulevard Jean-Jaurès", "10 Downing Street", "au 15 rue Hébert", "au 212
// de l'avenue West Scott". English capitalises the street word, which may
// follow the street's name; French writes it right after the number, or
// after "de l'", "de la", "du".
func (m *matcher) streetNumber(i int) int {
	t := &m.toks[i]
	if !plainInt(t) || t.num.Exp != 0 || t.shape.intDigits > 4 || t.shape.intDigits == 4 && m.yearContext(i) {
		return 0 // "in 2011 Wall Street banks" is a year
	}
	k := i + 1
	if m.isWord(k) && m.touches(k) && len(m.span(k)) == 1 {
		k++ // "221B Baker Street"
	}
	for n, j := 0, k; n < 4 && m.isWord(j) && m.toks[j].upper; n, j = n+1, j+1 {
		if e := m.word(j); e != nil && e.street {
			return skipTo(i, j) // "10 Downing Street", in French text too
		}
	}
	if m.loc.capitalStreets {
		return 0
	}
	if m.isDe(k) {
		k++ // "au 212 de l'avenue", "du 3 de la rue"
		switch {
		case m.span(k) == "l" && m.isSym(k+1, '\'', '’'):
			k += 2
		case m.span(k) == "la":
			k++
		}
	}
	if e := m.word(k); e != nil && e.street {
		return skipTo(i, k)
	}
	return 0
}

// phoneAfterWord passes over the numbers after "hotline", "tel", "téléphone".
func (m *matcher) phoneAfterWord(i int) int {
	k := i + 1
	for m.isSym(k, ':', '.', '(', '+') {
		k++
	}
	if !m.isNum(k) {
		return 0
	}
	return skipTo(i, m.phoneChain(k))
}

// phoneAtSym passes over "+84 236 3822 123" and "(028) 3829 5555".
func (m *matcher) phoneAtSym(i int) int {
	switch {
	case m.isSym(i, '+') && m.touches(i+1) && m.isNum(i+1):
		last := m.phoneChain(i + 1)
		if m.digitsIn(i+1, last) >= 7 {
			return skipTo(i, last)
		}
	case m.isSym(i, '(') && m.isNum(i+1) && m.isSym(i+2, ')') && m.isNum(i+3) && !m.toks[i+1].shape.grouped:
		last := m.phoneChain(i + 3)
		if m.digitsIn(i+1, last) >= 7 {
			return skipTo(i, last)
		}
	}
	return 0
}

// phoneAt passes over a phone number that starts at the number i: several
// whole numbers joined by spaces, dots or hyphens with seven digits or more
// ("1800 1091", "028.3829.5555"), or one long number with a leading zero.
// Two years joined by a dash are a range, not a phone number.
func (m *matcher) phoneAt(i int) int {
	t := m.toks[i]
	if t.shape.frac || t.num.Neg {
		return 0
	}
	if t.shape.grouped {
		// "236 382 2123": prose never puts a bare number right after a
		// grouped one, a phone number does.
		if nx := m.tok(i + 1); nx != nil && nx.kind == tkNum && nx.space && plainInt(nx) && !m.touches(i+2) {
			return skipTo(i, m.phoneChain(i+1))
		}
		return 0
	}
	last := m.phoneChain(i)
	if last == i {
		if t.shape.intDigits >= 9 && m.text[t.start] == '0' {
			return 1
		}
		return 0
	}
	if last == i+2 && m.isDash(i+1) && t.shape.intDigits == 4 && m.toks[i+2].shape.intDigits == 4 {
		return 0
	}
	if m.digitsIn(i, last) < 7 {
		return 0
	}
	return skipTo(i, last)
}

// phoneChain returns the last token of whole numbers that follow token k
// separated by spaces, or by one dot or hyphen that touches both.
func (m *matcher) phoneChain(k int) int {
	for {
		nx := m.tok(k + 1)
		switch {
		case nx != nil && nx.kind == tkNum && nx.space && plainInt(nx):
			k++
		case m.isSym(k+1, '.', '-', ')') && m.touches(k+1) && m.touches(k+2) && m.isNum(k+2) && plainInt(m.tok(k+2)):
			k += 2
		default:
			return k
		}
	}
}

func plainInt(t *token) bool { return !t.shape.grouped && !t.shape.frac && !t.num.Neg }

// digitsIn counts the digits of the numbers among tokens first..last.
func (m *matcher) digitsIn(first, last int) int {
	n := 0
	for k := first; k <= last; k++ {
		if t := m.tok(k); t != nil && t.kind == tkNum {
			n += int(t.shape.intDigits)
		}
	}
	return n
}
