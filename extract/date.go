package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dates are written as the contract says: YYYY, YYYY-MM, YYYY-MM-DD,
// YYYY-Qn, YYYY-Hn, or an inclusive range A/B. A year the text does not
// give is taken from Options.Published, or written XXXX.

// yearOf returns the year of the number at i when it is written like one:
// four digits, no grouping, no decimals, 1900–2100, or 1000–2199 after a
// year word ("in 1850", "depuis 1789", "les années 1850").
func (m *matcher) yearOf(i int) (int, bool) {
	t := m.tok(i)
	if t == nil || t.kind != tkNum || t.shape.intDigits != 4 || t.shape.grouped || t.shape.frac || t.num.Neg {
		return 0, false
	}
	v := int(t.num.Coef)
	if m.countOf(i) {
		return v, false
	}
	if 1900 <= v && v <= 2100 {
		return v, true
	}
	return v, 1000 <= v && v <= 2199 && (m.yearContext(i) && !m.upTo(i) || m.yearRangeAround(i, v) || v%10 == 0 && m.decadeWordAt(i-1))
}

// decadeWordAt reports "années" at k, which makes a round number after it
// a decade ("les années 1850").
func (m *matcher) decadeWordAt(k int) bool {
	e := m.word(k)
	return e != nil && e.decadeW
}

// countOf reports a number after "of" that an indefinite noun phrase
// before it counts or measures: "a force of 1000", "a crowd of 2000",
// "an elevation of 1600 m". The war of 1812 is "the" war.
func (m *matcher) countOf(i int) bool {
	if !m.loc.countsOf || !strings.EqualFold(m.span(i-1), "of") {
		return false
	}
	for j := i - 2; j >= i-4 && m.isWord(j); j-- {
		if w := m.span(j); strings.EqualFold(w, "a") || strings.EqualFold(w, "an") {
			return j < i-2
		}
		if e := m.word(j); e != nil && (e.article || e.dayArt) {
			return false // "one of 1000", "the summer of 1969"
		}
	}
	return false
}

// upTo reports "up to" before the number at i: a bound on a count ("up
// to 1500 gathered"), not a year, unless the number is written like one
// anyway ("up to 2015").
func (m *matcher) upTo(i int) bool {
	return m.loc.countsOf && strings.EqualFold(m.span(i-1), "to") && strings.EqualFold(m.span(i-2), "up")
}

// yearRangeAround reports that the four-digit number v at i is one end of a
// span of years: "(1644-1912)", "1894–1895".
func (m *matcher) yearRangeAround(i, v int) bool {
	other := func(k int) (int, bool) {
		t := m.tok(k)
		if t == nil || t.kind != tkNum || t.shape.intDigits != 4 || !plainInt(t) {
			return 0, false
		}
		return int(t.num.Coef), true
	}
	if m.isDash(i+1) && m.touches(i+1) && m.touches(i+2) {
		if w, ok := other(i + 2); ok && v < w && w <= 2199 {
			return true
		}
	}
	if m.isDash(i-1) && m.touches(i) && m.touches(i-1) {
		if w, ok := other(i - 2); ok && w < v && w >= 1000 {
			return true
		}
	}
	return false
}

// yearContext reports a word before token i that announces a year.
func (m *matcher) yearContext(i int) bool {
	k := i - 1
	if m.isSym(k, '\'', '’', '-') {
		k--
	}
	e := m.word(k)
	return e != nil && (e.yearCtx || e.datePref || e.month > 0 || e.period != 0)
}

// knownYear is the year of month mo in a date that does not write it. The
// year of a month or day written earlier in the sentence is the date's ("on
// 26 January 2020, and on 28 January", "the first half of 2008 … in the
// second quarter"); a year alone is not ("the revolution of 1848, as
// October 23"), and so is a relative year in the possessive ("this
// year's third quarter"). Else the tense of the nearest verb decides (see
// tenseAt): in the past, mo is the last one up to a month after the
// publication month ("Trump said on Nov. 8" in a June paper is last
// November, but "asked for answers no later than May 10" in an April paper
// is this May), in the future the next one from a month before it. After
// "since" or "depuis" it is the last one up to the publication month.
// With no tense read, or a year alone written before in the sentence, it
// is the year that puts mo nearest the publication date: the publication
// year, or the one before or after when mo lies more than six months away
// in it ("on December 28" in a January paper is last December, "in
// January" in a December paper the coming one). Without a publication
// date it is XXXX.
func (m *matcher) knownYear(mo int) string {
	y0, yearAlone := m.sentenceYear()
	if y0 != "" {
		return y0
	}
	p := m.opt.Published
	if p.IsZero() {
		return "XXXX"
	}
	if dir, ok := m.yearsBefore(); ok {
		return strconv.Itoa(p.Year() + dir) // "this year's third quarter"
	}
	y, d := p.Year(), mo-int(p.Month())
	t := 0
	if !yearAlone {
		t = m.tenseAt(m.pos)
	}
	switch {
	case m.sinceBefore():
		if d > 0 {
			y-- // "since October" in a June paper
		}
	case t < 0:
		if d > 1 {
			y-- // "in October, the firm said", in a June paper
		}
	case t > 0:
		if d < -1 {
			y++ // "the hearing will take place in February", in a June paper
		}
	case d > 6:
		y--
	case d < -6:
		y++
	}
	return strconv.Itoa(y)
}

// sentenceYear returns the year of the last date before the rule running
// (at m.pos) in its sentence that writes its year in digits and names a
// part of it: a month, a day, a quarter or a half ("January 2020", "le 26
// janvier 2020", "Q1 2020"), not a year alone nor a span. It looks back
// at most sentenceReach bytes, each once, and returns "" when there is
// none; yearAlone then reports a year alone written before in the
// sentence ("the revolution of 1848"), which makes the tense no guide.
func (m *matcher) sentenceYear() (year string, yearAlone bool) {
	start := m.toks[m.pos].start
	from := start // the text before from is not read yet
	for k := len(m.facts) - 1; k >= 0; k-- {
		f := &m.facts[k]
		if f.End > start {
			continue
		}
		if start-f.Start > sentenceReach || sentenceEnds(m.text[f.End:from]) {
			return "", yearAlone
		}
		from = f.Start
		if y, ok := datesYear(f); ok {
			return y, false
		}
		yearAlone = yearAlone || f.Kind == Date && len(f.Value) == 4 && writesYear(f.Text)
	}
	return "", yearAlone
}

// datesYear returns the year of a date fact that writes it in digits and
// names a part of it, a month, a day, a quarter or a half ("January 2020",
// "Q1 2020"): a year the rest of its sentence may take (see sentenceYear).
func datesYear(f *Fact) (string, bool) {
	v := f.Value
	if f.Kind == Date && len(v) > 5 && v[4] == '-' && !strings.Contains(v, "/") && writesYear(f.Text) {
		return v[:4], true
	}
	return "", false
}

// yearsBefore reads a year relative to the publication date in the
// possessive before the date that the rule running (at m.pos) reads: "this
// year's third quarter", "last year's June", and returns its direction.
func (m *matcher) yearsBefore() (int, bool) {
	k := m.pos - 4
	if k < 0 || !m.isSym(k+2, '\'', '’') || m.lowerAt(k+3) != "s" || !m.touches(k+2) {
		return 0, false
	}
	dir, last, ok := m.relYearAt(k)
	return dir, ok && last == k+1
}

// sentenceReach bounds how far back sentenceYear looks, so that a long
// line without a full stop costs no more than a sentence.
const sentenceReach = 1000

// sentenceEnds reports a sentence, a clause or a line that ends in s, the
// text between two facts: a newline, a semicolon, or a full stop, "!" or
// "?" before a space and a capital ("Oct. 7" goes on).
func sentenceEnds(s string) bool {
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case '\n', ';':
			return true
		case '.', '!', '?':
			k := j + 1
			for k < len(s) && (s[k] == ' ' || s[k] == '"' || s[k] == ')') {
				k++
			}
			if k > j+1 && k < len(s) && 'A' <= s[k] && s[k] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// writesYear reports four digits in a row in s: the text of a date that
// writes its year.
func writesYear(s string) bool {
	n := 0
	for j := 0; j < len(s); j++ {
		if '0' <= s[j] && s[j] <= '9' {
			if n++; n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// sinceBefore reports "since" or "depuis" before the date that the rule
// running (at m.pos) reads, over "the", "mid-", "early", "le", "début"…
func (m *matcher) sinceBefore() bool {
	for k := m.pos - 1; k >= 0 && k >= m.pos-4; k-- {
		e := m.word(k)
		switch {
		case e != nil && e.since:
			return true
		case m.isDash(k) || e != nil && (e.det || e.dayArt || e.monthPre || e.de):
		default:
			return false
		}
	}
	return false
}

// monthAt returns the month named by the word at k. English capitalises
// month names, which tells "May" from "may"; a name that is no other word
// is a month in lower case too ("in june").
func (m *matcher) monthAt(k int) int {
	e := m.word(k)
	if e == nil || e.month == 0 {
		return 0
	}
	if _, card := e.cardinal(); card && !m.isNum(k-1) {
		// French "sept" is seven ("depuis sept ans") unless a day comes
		// before it or a year after it: "le 3 sept", "sept. 2010".
		y := k + 1
		if m.isSym(y, '.') && m.touches(y) {
			y++
		}
		if _, ok := m.yearOf(y); !ok {
			return 0
		}
	}
	if m.loc.monthsUpper && !m.toks[k].upper && !e.lowerMonth {
		// "june 2016" is a month, "may" alone is a verb.
		y := k + 1
		if m.isSym(y, ',') {
			y++
		}
		if _, ok := m.yearOf(y); !ok {
			return 0
		}
	}
	return e.month
}

// dayOf returns the day of month written at i (1–31, one or two digits).
func (m *matcher) dayOf(i int) (int, bool) {
	t := m.tok(i)
	if t == nil || t.kind != tkNum || !plainInt(t) || t.shape.intDigits > 2 || t.num.Exp != 0 {
		return 0, false
	}
	v := int(t.num.Coef)
	return v, 1 <= v && v <= 31
}

var daysIn = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func itoa(n int) string { return strconv.Itoa(n) }

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// emitDate appends a date fact; a range A/B has Low A and High B.
func (m *matcher) emitDate(first, last int, value string) {
	lo, hi, isRange := strings.Cut(value, "/")
	if !isRange {
		hi = value
	}
	m.emit(Date, first, last, value, "", lo, hi, m.aroundBefore(first))
}

// aroundBefore reports a word of approximation before the date or year at
// first: "around 1973", "circa 1850", "vers le 12 janvier", "autour de
// 2010". Bounds ("before 1973", "over 2023") are not approximations.
func (m *matcher) aroundBefore(first int) bool {
	k := first - 1
	if m.lAn(k) {
		k -= 3 // "vers l'an 476"
	}
	if e := m.word(k); e != nil && (e.dayArt || e.de) {
		k-- // "vers le 12", "autour de 2010"
	}
	e := m.word(k)
	return e != nil && e.around
}

// dayMonth emits a day-month date whose day is the token first and whose
// month word is at k, with the year after it when written.
func (m *matcher) dayMonth(first, day, k int) int {
	mo := m.monthAt(k)
	if day > daysIn[mo] {
		return 0
	}
	year, last := m.yearAfter(k, mo, day)
	if last == k {
		if n := m.crossMonth(first, k, mo, day); n > 0 {
			return n
		}
	}
	m.emitDate(first, last, year+"-"+pad2(mo)+"-"+pad2(day))
	return skipTo(first, last)
}

// crossMonth reads a range of days across months whose year is written
// once, at the end: "July 30-Aug. 14, 1932", "August 15th to September
// 8th, 1963", "du 30 juillet au 14 août 1932", "Dec. 30-Jan. 2, 1990". The
// first day (month mo, day day) spans first..last and has no year of its
// own. It returns the tokens consumed from first, or 0.
func (m *matcher) crossMonth(first, last, mo, day int) int {
	c := last + 1
	e := m.word(c)
	if !m.isDash(c) && (e == nil || !e.rangeTo && !(e.andWord && m.word(first-1) != nil && m.word(first-1).betweenAnd)) {
		return 0
	}
	j := c + 1
	if e := m.word(j); e != nil && e.dayArt {
		j++
	}
	mo2, end := 0, 0
	var d2 daySpan
	if mo2 = m.monthAt(j); mo2 > 0 {
		k := j + 1
		if m.isSym(k, '.') && m.touches(k) {
			k++
		}
		d, ok := m.dayAt(k)
		if !ok {
			return 0
		}
		d2, end = d, d.last
	} else if d, ok := m.dayAt(j); ok {
		k := d.last + 1
		if e := m.word(k); e != nil && e.ofWord && m.monthAt(k+1) > 0 {
			k++
		}
		if mo2 = m.monthAt(k); mo2 == 0 {
			return 0
		}
		d2, end = d, k
	} else {
		return 0
	}
	if mo2 == mo || d2.day > daysIn[mo2] || m.amountAfter(d2.last) {
		return 0
	}
	year, last2 := m.yearAfter(end, mo2, d2.day)
	y, err := strconv.Atoi(year)
	if last2 == end || err != nil {
		return 0 // no year written: two dates, each of its nearest year
	}
	y0 := y
	if mo > mo2 {
		y0-- // "Dec. 30-Jan. 2, 1990"
	}
	m.emitDate(first, last2, itoa(y0)+"-"+pad2(mo)+"-"+pad2(day)+"/"+year+"-"+pad2(mo2)+"-"+pad2(d2.day))
	return skipTo(first, last2)
}

// yearAfter returns the year written after the month word or day at k
// ("17 Nov. 2024", "November 17, 2024", "the 9th of July of 2010") and the
// last token of the date. The date is day day of month mo; with no year
// written it takes the year its tense and the publication date give (see
// knownYear).
func (m *matcher) yearAfter(k, mo, day int) (string, int) {
	last := k
	if m.isSym(k+1, '.') && m.touches(k+1) && m.isNum(k+2) {
		k++ // "17 Nov. 2024"
	}
	if m.isSym(k+1, ',') && m.isNum(k+2) {
		k++
	}
	if y, ok := m.yearOf(k + 1); ok {
		return strconv.Itoa(y), k + 1
	}
	if e := m.word(last + 1); e != nil && e.ofWord {
		if y, ok := m.yearOf(last + 2); ok {
			return strconv.Itoa(y), last + 2 // "the 9th of July of 2010"
		}
	}
	if y, end, ok := m.relYearOf(last + 1); ok {
		return y, end // "Nov. 10 of last year", "le 10 novembre de l'an dernier"
	}
	if d := m.word(last + 1); d != nil && d.relDir != 0 && !m.loc.relFirst && !m.opt.Published.IsZero() {
		// "le 5 mars dernier", "le 5 mars prochain": the last such day
		// before publication, or the next one after it.
		p := m.opt.Published
		y := p.Year()
		pm, pd := int(p.Month()), p.Day()
		switch {
		case d.relDir > 0 && (mo < pm || mo == pm && day < pd):
			y++
		case d.relDir < 0 && (mo > pm || mo == pm && day > pd):
			y--
		}
		return strconv.Itoa(leapDay(y, mo, day, d.relDir)), last + 1
	}
	return m.leapKnown(m.knownYear(mo), mo, day), last
}

// leapKnown moves the year the publication date gave a 29 February (see
// knownYear) to a leap year: the next one when the year is after
// publication, else the last one. Other days keep year, and so does a
// year written earlier in the sentence: the text says it.
func (m *matcher) leapKnown(year string, mo, day int) string {
	if mo != 2 || day != 29 {
		return year
	}
	y, err := strconv.Atoi(year)
	if y0, _ := m.sentenceYear(); err != nil || y0 != "" {
		return year
	}
	dir := -1
	if y > m.opt.Published.Year() {
		dir = 1
	}
	return strconv.Itoa(leapDay(y, mo, day, dir))
}

// leapDay returns y, or for a 29 February in a common year the nearest
// leap year in direction dir (+1 later, -1 earlier).
func leapDay(y, mo, day, dir int) int {
	for mo == 2 && day == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		y += dir
	}
	return y
}

// relYearOf reads a year relative to the publication date at k, after a
// month, day or period that lacks its year: "next year", "of last year",
// "de l'année prochaine".
func (m *matcher) relYearOf(k int) (year string, last int, ok bool) {
	if m.opt.Published.IsZero() {
		return "", 0, false
	}
	dir, last, ok := m.relYearAt(m.skipOfArticle(k))
	if !ok {
		return "", 0, false
	}
	return strconv.Itoa(m.opt.Published.Year() + dir), last, true
}

// daySpan is a day of month as written: the day and its tokens ("7",
// "8th", "1er").
type daySpan struct{ day, first, last int }

// dayAt reads a day of month at j, with its ordinal suffix.
func (m *matcher) dayAt(j int) (daySpan, bool) {
	day, ok := m.dayOf(j)
	if !ok {
		return daySpan{}, false
	}
	last := j
	if m.touches(j+1) && m.word(j+1) != nil && m.word(j+1).ordSuf {
		last = j + 1
	}
	return daySpan{day, j, last}, true
}

// moreDays reads the days of the same month that follow the day d: a range
// ("16 to 20", "17-21", "16 au 20") or a list ("6 and 7", "1er et 8", "3,
// 4 and 5"). Each day must come after the one before, and none may be an
// amount ("June 3 and 4 people"). It returns nil when no day follows.
func (m *matcher) moreDays(d daySpan) (days []daySpan, isRange bool) {
	c := d.last + 1
	if m.isDash(c) || m.word(c) != nil && m.word(c).rangeTo {
		if next, ok := m.dayAt(m.afterDayArt(c + 1)); ok && next.day > d.day && !m.amountAfter(next.last) {
			return []daySpan{next}, true
		}
		return nil, false
	}
	open := d.first - 1
	if e := m.word(open); e != nil && e.dayArt {
		open-- // "entre le 3"
	}
	for {
		and := m.word(c) != nil && m.word(c).andWord
		if !and && !m.isSym(c, ',') {
			return nil, false
		}
		next, ok := m.dayAt(m.afterDayArt(c + 1))
		if !ok && len(days) > 0 && m.isSym(c, ',') {
			if _, isYear := m.yearOf(c + 1); isYear {
				return days, false // "Oct. 9, 11, 1981": the year ends the list
			}
		}
		if !ok || next.day <= d.day || m.amountAfter(next.last) {
			return nil, false
		}
		days = append(days, next)
		if and {
			// "between June 3 and 5", "entre le 3 et le 5": the two ends.
			between := len(days) == 1 && m.word(open) != nil && m.word(open).betweenAnd
			return days, between
		}
		d, c = next, next.last+1
	}
}

// afterDayArt passes over the article French writes before a day: "du 3
// au 5", "entre le 3 et le 5".
func (m *matcher) afterDayArt(k int) int {
	if e := m.word(k); e != nil && e.dayArt && m.isNum(k+1) {
		return k + 1
	}
	return k
}

// amountAfter reports a scale, unit or currency word or a percent sign
// after token k: the number before it is an amount, not a day.
func (m *matcher) amountAfter(k int) bool {
	// A noun of counts.txt is no evidence: "the Oct. 7 attacks", "a July
	// 10 meeting" are dates; "June 3 and 4 people" counts.
	if e := m.word(k + 1); e != nil && (e.scale > 0 || e.unit != "" && !e.counted || m.cur(k+1) != "") {
		return true
	}
	return m.isSym(k+1, '%')
}

// emitDays emits the days of one month and year, from the token first (the
// month word or the first day) to last: a range A/B as one date, a list as
// one date per day, the first from first and the last through last.
func (m *matcher) emitDays(first, last int, year string, mo int, days []daySpan, isRange bool) int {
	value := func(d daySpan) string { return year + "-" + pad2(mo) + "-" + pad2(d.day) }
	if isRange {
		m.emitDate(first, last, value(days[0])+"/"+value(days[len(days)-1]))
		return skipTo(first, last)
	}
	for i, d := range days {
		a, b := d.first, d.last
		if i == 0 {
			a = min(a, first)
		}
		if i == len(days)-1 {
			b = last
		}
		m.emitDate(a, b, value(d))
	}
	return skipTo(first, last)
}

// daysThenMonth reads days of one month written before the month word:
// "du 16 au 20 novembre", "les 6 et 7 septembre 2025", "14-16 May".
func (m *matcher) daysThenMonth(d daySpan) int {
	more, isRange := m.moreDays(d)
	if more == nil {
		return 0
	}
	k := more[len(more)-1].last + 1
	if e := m.word(k); e != nil && e.ofWord && m.monthAt(k+1) > 0 {
		k++ // "between the 12th and the 17th of October"
	}
	mo := m.monthAt(k)
	if mo == 0 || more[len(more)-1].day > daysIn[mo] {
		return 0
	}
	year, last := m.yearAfter(k, mo, more[len(more)-1].day)
	return m.emitDays(d.first, last, year, mo, append([]daySpan{d}, more...), isRange)
}

// dateAtNumber reads dates that start with digits: "17 November 2024",
// "1er juin", "1990s", "1er trimestre 2025".
func (m *matcher) dateAtNumber(i int) int {
	if n := m.shortDecade(i); n > 0 {
		return n
	}
	if y, ok := m.yearOf(i); ok || 1000 <= y && y <= 2199 && m.touches(i+1) && (m.span(i+1) == "s" || m.isSym(i+1, '\'', '’')) {
		// A plural names its own years: "the 1800s", "the 1500's".
		if n := m.yearFirst(i, y); n > 0 {
			return n
		}
	}
	d, ok := m.dayAt(i)
	if !ok {
		return 0
	}
	k := d.last + 1
	if d.last > i { // an ordinal suffix: "1er trimestre 2025", "21st century"
		if e := m.word(k); e != nil && e.period != 0 {
			return m.period(i, d.day, k)
		}
		if n := m.century(i, d.day, k); n > 0 {
			return n
		}
	}
	if e := m.word(k); e != nil && e.ofWord && m.monthAt(k+1) > 0 {
		k++ // "the 17th of November", "the 6 of December"
	}
	if m.monthAt(k) > 0 {
		return m.dayMonth(i, d.day, k)
	}
	return m.daysThenMonth(d)
}

// shortDecade reads a decade of the last century written with two digits:
// "les années 90", "the '90s", "the early 90s", "mid-60s", "the 90s". In
// a sentence of heat or cold "the 90s" is a temperature, and after a
// possessive or "low" an age or a value (see tensOf).
func (m *matcher) shortDecade(i int) int {
	t := &m.toks[i]
	if !plainInt(t) || t.shape.intDigits != 2 || t.num.Exp != 0 || t.num.Coef%10 != 0 || t.num.Coef == 0 {
		return 0
	}
	value := decadeOf(1900 + int(t.num.Coef))
	sEnd := m.pluralS(i) // "90s", and in English "90's"
	plural := sEnd == i+1
	if sEnd == i+2 && m.loc == english {
		plural = true
	}
	apos := m.isSym(i-1, '\'', '’') && m.touches(i)
	pre := m.word(i - 1)
	if m.isDash(i-1) && m.touches(i-1) && m.touches(i) {
		pre = m.word(i - 2) // "mid-90s"
	}
	if plural && !apos && m.loc == english && sEnd == i+1 {
		if n := m.tensOf(i); n > 0 {
			return n
		}
	}
	y := 1900 + int(t.num.Coef)
	y2, last2, second := 0, 0, false
	if !plural && pre != nil && pre.decadeW {
		y2, last2, second = m.decadeAfterAnd(i+1, y, false) // "les années 50 et 60"
	}
	switch {
	case plural && apos:
		m.emitDate(i-1, sEnd, value)
		return m.pluralDecadeAfter(i, sEnd+1, y)
	case apos && m.word(i-2) != nil && m.word(i-2).decadeW:
		m.emitDate(i-2, i, value) // "les années '80"
		return 1
	case plural && pre != nil && pre.datePref:
		m.emitDate(i, sEnd, value)
		return m.pluralDecadeAfter(i, sEnd+1, y)
	case plural && !apos && m.loc == english && m.lowerAt(i-1) == "the" && !m.speaksOfHeat(i):
		m.emitDate(i, sEnd, value) // "in the 90s", but "temperatures in the 90s"
		return m.pluralDecadeAfter(i, sEnd+1, y)
	case second:
		m.emitDate(i-1, i, value)
		m.emitDate(i+2, last2, decadeOf(y2))
		return skipTo(i, last2)
	case !plural && pre != nil && pre.decadeW && m.isDash(i+1):
		if end, last, ok := m.decadeEnd(i+1, 1900+int(t.num.Coef), false); ok {
			m.emitDate(i-1, last, decadesOf(1900+int(t.num.Coef), end)) // "les années 80-90"
			return skipTo(i, last)
		}
		if m.afterDecadeWord(i) {
			m.emitDate(i-1, i, value) // "les années 80 - une époque"
			return 1
		}
	case !plural && m.afterDecadeWord(i):
		last := i
		if m.isSym(i+1, '\'', '’') && m.touches(i+1) {
			last++ // "les années 20'"
		}
		m.emitDate(i-1, last, value)
		return skipTo(i, last)
	}
	return 0
}

// tensOf reads the tens of a number written as a plural at token i, "s"
// glued after: an age after a possessive ("in her 80s", "in their early
// 20s": 80 years, from 80 to 89), a value after low, high or upper ("in
// the low 40s": 40, from 40 to 49). The bounds state the vagueness, so
// neither is hedged, and the part of the ten is left out of them. "The
// early 90s" and "the mid-60s" are left to the decades.
func (m *matcher) tensOf(i int) int {
	k, first := i-1, i
	dash := m.isDash(k) && m.touches(k) && m.touches(i)
	if dash {
		k--
	}
	part := m.lowerAt(k)
	switch part {
	case "low", "early", "mid", "high", "upper", "late":
	default:
		if dash {
			return 0
		}
		part = ""
	}
	if part != "" {
		first, k = k, k-1
	}
	unit := ""
	switch {
	case enPossessives[m.lowerAt(k)]:
		unit = "year" // "in her 80s"
	case part == "low" || part == "high" || part == "upper":
	default:
		return 0
	}
	n := int(m.toks[i].num.Coef)
	m.emit(Quantity, first, i+1, itoa(n), unit, itoa(n), itoa(n+9), false)
	return 2
}

var enPossessives = wordsOf("his her their my your our its")

// afterDecadeWord reports "années" before the number at token i, not
// already part of a fact ("deux années 20 magasins" is no decade) and not
// before a list of years ("les années 50 et 51").
func (m *matcher) afterDecadeWord(i int) bool {
	if !m.decadeWordAt(i - 1) {
		return false
	}
	if e := m.word(i + 1); (e != nil && (e.andWord || e.rangeTo) || m.isDash(i+1)) && m.isNum(i+2) {
		return false
	}
	n := len(m.facts)
	return n == 0 || m.facts[n-1].End <= m.toks[i-1].start
}

// decadeInWords reads a decade in words: "the nineties", "the early
// sixties", "the noughties", "les années soixante", "les années
// quatre-vingt", and with its century "the nineteen seventies". "in her
// nineties" is an age.
func (m *matcher) decadeInWords(i int) int {
	e, pre, next := m.word(i), m.word(i-1), m.word(i+1)
	if e == nil || pre == nil {
		return 0
	}
	opens := pre.dayArt || pre.datePref // "the nineties", "the early sixties"
	century, _ := e.cardinal()
	switch {
	case e.decadeN > 0 && opens:
		m.emitDate(i, i, decadeOf(1900+e.decadeN))
		return 1
	case (century == 19 || century == 20) && opens && next != nil && next.decadeN > 0 && next.decadeN < 100:
		m.emitDate(i, i+1, decadeOf(int(century)*100+next.decadeN)) // "the nineteen seventies"
		return 2
	case m.afterDecadeWord(i):
		a, ok := m.amountAt(i, false)
		if !ok || !a.words || a.scaled || a.approx || a.ordinal || a.val.Exp != 0 || a.val.Coef%10 != 0 || a.val.Coef < 10 || a.val.Coef > 90 {
			return 0
		}
		m.emitDate(i-1, a.last, decadeOf(1900+int(a.val.Coef)))
		return skipTo(i, a.last)
	}
	return 0
}

// wordYear reads a year written in words at i and returns it with its last
// token: a cardinal of 1000–2199 ("two thousand and twenty", "mille neuf
// cent quatre-vingt-neuf") or the spoken pair of English ("nineteen
// ninety-nine", "twenty twenty", "nineteen hundred"). The caller checks
// that a word before it makes it a year; a unit or a counted noun after it
// makes it a count ("in two thousand homes").
func (m *matcher) wordYear(i int) (y, last int, ok bool) {
	if e := m.word(i); e == nil || e.card == 0 && !e.bare {
		return 0, 0, false
	}
	a, ok := m.amountAt(i, false)
	if !ok || !a.words || a.approx || a.ordinal || a.val.Neg || a.val.Exp < 0 || a.val.Exp > 3 || a.val.Coef >= 10000 {
		return 0, 0, false
	}
	v := int(a.val.Coef) * int(pow10u(a.val.Exp))
	if a.last == i && 11 <= v && v <= 20 {
		b, ok := m.amountAt(i+1, false)
		if ok && b.words && !b.scaled && !b.approx && !b.ordinal && b.val.Exp == 0 && 10 <= b.val.Coef && b.val.Coef <= 99 {
			v, a.last = v*100+int(b.val.Coef), b.last
		}
	}
	if v < 1100 || v > 2199 {
		return 0, 0, false // "in one thousand" is rather a count
	}
	if !m.endsYear(a.last + 1) {
		return 0, 0, false
	}
	return v, a.last, true
}

// endsYear reports that token k may follow a year in words: the end of the
// text, a sign, or a word that links or starts a phrase ("and", "to",
// "the", "in"). Any other word may be what the number counts.
func (m *matcher) endsYear(k int) bool {
	if m.tok(k) == nil || m.toks[k].kind == tkSym {
		return true
	}
	e := m.word(k)
	return e != nil && e.unit == "" && !e.counted && (e.andWord || e.orWord || e.rangeTo || e.det || e.dayArt || e.yearCtx || e.between || e.spanPrep)
}

// yearInWords reads a year written in words after a word that announces
// a year: "in nineteen twenty-eight", "since two thousand and ten".
func (m *matcher) yearInWords(i int) int {
	if !m.yearContext(i) {
		return 0
	}
	y, last, ok := m.wordYear(i)
	if !ok {
		return 0
	}
	m.emitDate(i, last, strconv.Itoa(y))
	return skipTo(i, last)
}

// yearFirst reads dates that start with a year: decades ("1990s",
// "1970's", "les années 2000") and "2016 H2".
func (m *matcher) yearFirst(i, y int) int {
	decade := decadeOf(y)
	plural := decade
	if y%100 == 0 && y < 2000 {
		// "the late 1800s" is the century; "the 2000s" is still the
		// decade in use, and so are "les années 1900".
		plural = strconv.Itoa(y) + "/" + strconv.Itoa(y+99)
	}
	if e := m.word(i - 1); y%10 == 0 && e != nil && e.decadeW {
		if end, last, ok := m.decadeEnd(i+1, y, false); ok {
			m.emitDate(i-1, last, decadesOf(y, end)) // "les années 1980-90"
			return skipTo(i, last)
		}
		if y2, last, ok := m.decadeAfterAnd(i+1, y, false); ok {
			m.emitDate(i-1, i, decade) // "les années 1950 et 1960"
			m.emitDate(i+2, last, decadeOf(y2))
			return skipTo(i, last)
		}
	}
	switch {
	case y%10 == 0 && m.touches(i+1) && m.span(i+1) == "s":
		if end, last, ok := m.decadeEnd(i+2, y, true); ok && plural == decade {
			m.emitDate(i, last, decadesOf(y, end)) // "the 1980s-90s"
			return skipTo(i, last)
		}
		m.emitDate(i, i+1, plural)
		if plural == decade {
			return m.pluralDecadeAfter(i, i+2, y) // "the 1950s and 60s"
		}
		return 2
	case y%10 == 0 && m.isSym(i+1, '\'', '’') && m.touches(i+1) && m.touches(i+2) && m.span(i+2) == "s":
		m.emitDate(i, i+2, plural)
		if plural == decade {
			return m.pluralDecadeAfter(i, i+3, y) // "the 1970's and 80's"
		}
		return 3
	case y%10 == 0 && m.afterDecadeWord(i):
		if y < 1900 {
			decade = plural // "les années 1800", as "the 1800s": the century
		}
		m.emitDate(i-1, i, decade)
		return 1
	}
	if n := m.yearThenMonth(i, y); n > 0 {
		return n
	}
	// "2016 H2", "2016Q3"
	k := i + 1
	if len(m.span(k)) == 1 && m.isNum(k+1) && m.touches(k+1) && !m.touches(k+2) {
		if p, n, ok := m.periodLetter(k); ok {
			m.emitDate(i, k+1, strconv.Itoa(y)+"-"+string(p)+strconv.Itoa(n))
			return skipTo(i, k+1)
		}
	}
	return 0
}

// pluralS returns the token of an "s" glued to the number at token i, or
// of the "s" of a glued "'s" ("the 90's"), or 0 when none is there.
func (m *matcher) pluralS(i int) int {
	if m.touches(i+1) && m.span(i+1) == "s" {
		return i + 1
	}
	if m.isSym(i+1, '\'', '’') && m.touches(i+1) && m.touches(i+2) && m.span(i+2) == "s" {
		return i + 2
	}
	return 0
}

// pluralDecadeAfter reads, after an English plural decade read from token
// i to k-1, a second one after "and" or "or" at k ("the 50s and 60s",
// "the 1950s and 60s"). It returns the tokens consumed from i.
func (m *matcher) pluralDecadeAfter(i, k, y int) int {
	y2, last, ok := m.decadeAfterAnd(k, y, true)
	if !ok {
		return k - i
	}
	m.emitDate(k+1, last, decadeOf(y2))
	return skipTo(i, last)
}

// decadeAfterAnd reads a later decade after "and", "et", "or" or "ou" at
// token k, the first decade starting in year y: "the 50s and 60s", "the
// 1950s and 60s", "les années 50 et 60", "les années 1950 et 1960".
// English writes the second as a plural too (plural). It returns the
// second decade's first year and its last token.
func (m *matcher) decadeAfterAnd(k, y int, plural bool) (int, int, bool) {
	if e := m.word(k); e == nil || !e.andWord && !e.orWord {
		return 0, 0, false
	}
	t := m.tok(k + 1)
	if t == nil || t.kind != tkNum || !plainInt(t) || t.num.Exp != 0 || t.num.Coef%10 != 0 {
		return 0, 0, false
	}
	y2 := int(t.num.Coef)
	switch t.shape.intDigits {
	case 2:
		y2 += y / 100 * 100
	case 4:
	default:
		return 0, 0, false
	}
	end := m.pluralS(k + 1)
	if y2 <= y || y2-y > 90 || plural != (end > 0) {
		return 0, 0, false
	}
	if !plural {
		end = k + 1
	}
	return y2, end, true
}

// decadeEnd reads the decade that ends a span of decades after a dash at
// k, the first starting in year y: "-90s", "–1990s", or after "années"
// "-90", "-1990" (plural false). It returns the end decade's first year
// and its last token.
func (m *matcher) decadeEnd(k, y int, plural bool) (end, last int, ok bool) {
	if !m.isDash(k) || !m.touches(k) || !m.touches(k+1) {
		return 0, 0, false
	}
	last = k + 1
	if m.isSym(last, '\'', '’') && m.touches(last+1) {
		last++ // "1980s-'90s"
	}
	t := m.tok(last)
	if t == nil || t.kind != tkNum || !plainInt(t) || t.num.Exp != 0 || t.num.Coef%10 != 0 {
		return 0, 0, false
	}
	switch end = int(t.num.Coef); t.shape.intDigits {
	case 2:
		end += y / 100 * 100
		if end <= y {
			end += 100 // "the 1990s-00s"
		}
	case 4:
	default:
		return 0, 0, false
	}
	if end <= y || end-y > 100 {
		return 0, 0, false
	}
	if plural {
		if !m.touches(last+1) || m.span(last+1) != "s" {
			return 0, 0, false
		}
		last++
	} else if m.touches(last+1) && m.isWord(last+1) {
		return 0, 0, false
	}
	return end, last, true
}

// yearThenMonth reads a month after its year, as tables and lists write
// it: "2016 November", "2016, nov". After a comma a capitalised month may
// start a name or a clause ("In 2016, June Carter…"), so only a month in
// lower case is read there; a day after the month ("2016 June 5") or a
// name ("2016 June Carter") leaves it alone.
func (m *matcher) yearThenMonth(i, y int) int {
	k := i + 1
	comma := m.isSym(k, ',')
	if comma {
		k++
	}
	mo := m.monthAt(k)
	if mo == 0 || comma && m.toks[k].upper || m.isNum(k+1) {
		return 0
	}
	if t := m.tok(k + 1); t != nil && t.kind == tkWord && t.upper && m.word(k+1) == nil {
		return 0
	}
	m.emitDate(i, k, strconv.Itoa(y)+"-"+pad2(mo))
	return skipTo(i, k)
}

// decadeOf is the span of the ten years from y: "1990/1999".
func decadeOf(y int) string { return decadesOf(y, y) }

// decadesOf is the span of the decades from the one of year y to the one
// of year end: "1980/1999".
func decadesOf(y, end int) string { return strconv.Itoa(y) + "/" + strconv.Itoa(end+9) }

// periodMonth is the middle month of the nth quarter ('Q') or half ('H').
func periodMonth(p byte, n int) int {
	if p == 'Q' {
		return 3*n - 1
	}
	return 6*n - 2
}

// periodLetter reads a quarter or half-year code at k: Q or T and 1–4, H or S
// and 1–2, glued to their digit.
func (m *matcher) periodLetter(k int) (byte, int, bool) {
	var p byte
	switch m.span(k) {
	case "Q", "T":
		p = 'Q'
	case "H", "S":
		p = 'H'
	default:
		return 0, 0, false
	}
	t := m.tok(k + 1)
	if t == nil || t.kind != tkNum || !plainInt(t) || t.shape.intDigits != 1 || !m.touches(k+1) {
		return 0, 0, false
	}
	n := int(t.num.Coef)
	if n < 1 || p == 'Q' && n > 4 || p == 'H' && n > 2 {
		return 0, 0, false
	}
	return p, n, true
}

// relative reads a date stated relative to the publication date: "this
// year", "next month", "last September", "June next year", "the year after
// next" / "cette année", "l'an dernier", "le mois prochain", "juin dernier",
// "juin de l'année prochaine". Without a publication date it reads
// nothing. A determiner makes a span or a time of the story, not of the
// paper: "over the last year", "the next month", "la dernière année".
func (m *matcher) relative(i int) int {
	if m.opt.Published.IsZero() {
		return 0
	}
	e := m.word(i)
	if mo := m.monthAt(i); mo > 0 {
		if y, last, ok := m.relYearOf(i + 1); ok {
			m.emitDate(i, last, y+"-"+pad2(mo))
			return skipTo(i, last)
		}
	}
	// Direction first: "next year", "last September", "cette année", "ce mois-ci".
	if e.relNow || e.relDir != 0 && m.loc.relFirst && !m.detBefore(i) {
		if u := m.word(i + 1); u != nil && u.relUnit != 0 {
			if m.hyphenAfter(i+1, "là") {
				return skipTo(i, i+3) // "cette année-là" names a year of the story, not of the paper
			}
			last := i + 1
			if m.hyphenAfter(last, "ci") {
				last += 2 // ce mois-ci
			}
			return m.emitRelative(i, last, e.relDir, u.relUnit, 0)
		}
		if mo := m.monthAt(i + 1); mo > 0 && !m.isNum(i+2) {
			return m.emitRelative(i, i+1, e.relDir, 'M', mo)
		}
		return 0
	}
	if e.relUnit != 0 && m.word(i+1) != nil && m.word(i+1).afterW {
		// "the year after next", "the month after the next"
		k := i + 2
		if d := m.word(k); d != nil && d.det {
			k++
		}
		if d := m.word(k); d != nil && d.relDir > 0 && (m.tok(k+1) == nil || m.word(k+1) == nil || m.word(k+1).relUnit == 0) {
			return m.emitRelative(i, k, 2, e.relUnit, 0)
		}
	}
	// Direction after (French): "l'année prochaine", "juin dernier".
	d := m.word(i + 1)
	if m.loc.relFirst || d == nil || d.relDir == 0 {
		return 0
	}
	if e.relUnit != 0 {
		return m.emitRelative(i, i+1, d.relDir, e.relUnit, 0)
	}
	if mo := m.monthAt(i); mo > 0 {
		return m.emitRelative(i, i+1, d.relDir, 'M', mo)
	}
	return 0
}

// hyphenAfter reports a hyphen and the word w glued after the noun at k:
// "ce mois-ci" is this month, but "cette année-là" and "ce mois-là" point
// back to a time the story named, not to the publication.
func (m *matcher) hyphenAfter(k int, w string) bool {
	return m.isDash(k+1) && m.touches(k+1) && m.touches(k+2) && m.span(k+2) == w
}

// relYearAt reads a year stated relative to the publication date at k
// ("next year", "this year", "l'an dernier", "année prochaine") and
// returns its direction and last token.
func (m *matcher) relYearAt(k int) (dir, last int, ok bool) {
	e, f := m.word(k), m.word(k+1)
	switch {
	case e == nil || f == nil:
	case (e.relNow || e.relDir != 0 && m.loc.relFirst) && f.relUnit == 'Y' && !m.hyphenAfter(k+1, "là"):
		return e.relDir, k + 1, true
	case !m.loc.relFirst && e.relUnit == 'Y' && f.relDir != 0:
		return f.relDir, k + 1, true
	}
	return 0, 0, false
}

// skipOfArticle passes over "of" or "de" and an elided article: "juin de
// l'année prochaine", "juin l'an dernier".
func (m *matcher) skipOfArticle(k int) int {
	if e := m.word(k); e != nil && (e.ofWord || e.de) {
		k++
	}
	if len(m.span(k)) == 1 && m.isWord(k) && m.isSym(k+1, '\'', '’') && m.touches(k+1) {
		k += 2
	}
	return k
}

// detBefore reports a determiner or an article right before token i.
func (m *matcher) detBefore(i int) bool {
	e := m.word(i - 1)
	return e != nil && (e.det || e.dayArt || e.article)
}

// emitRelative emits a relative year or month; month, when set, is a named
// month ("last September": the latest September before publication).
func (m *matcher) emitRelative(first, last, dir int, unit byte, month int) int {
	p := m.opt.Published
	y, mo := p.Year(), int(p.Month())
	switch {
	case unit == 'Y':
		m.emitDate(first, last, strconv.Itoa(y+dir))
		return skipTo(first, last)
	case month > 0:
		switch {
		case dir > 0 && month <= mo:
			y++
		case dir < 0 && month >= mo:
			y--
		}
		mo = month
	default:
		mo += dir
		if mo < 1 {
			y, mo = y-1, 12
		} else if mo > 12 {
			y, mo = y+1, 1
		}
	}
	m.emitDate(first, last, strconv.Itoa(y)+"-"+pad2(mo))
	return skipTo(first, last)
}

// dateAtMonth reads dates that start with a month: "November 2024",
// "November 17, 2024", "Nov. 17".
func (m *matcher) dateAtMonth(i int) int {
	mo := m.monthAt(i)
	if mo == 0 {
		return 0
	}
	k := i + 1
	if m.isSym(k, '.') && m.touches(k) {
		k++
	}
	if e := m.word(k); e != nil && e.ofWord && m.isNum(k+1) {
		k++ // "novembre de 2024"
	}
	if m.isSym(k, ',') && m.tok(k+1) != nil && m.tok(k+1).shape.intDigits == 4 {
		k++ // "November, 2016"
	}
	if y, ok := m.yearOf(k); ok {
		value := strconv.Itoa(y) + "-" + pad2(mo)
		if end, last := m.monthYearTo(i, k); last > 0 {
			value, k = value+"/"+end, last
		}
		m.emitDate(i, k, value)
		return skipTo(i, k)
	}
	if e := m.word(k); e != nil && e.ofWord {
		if y, last, ok := m.wordYear(k + 1); ok {
			m.emitDate(i, last, strconv.Itoa(y)+"-"+pad2(mo)) // "June of nineteen ninety-nine"
			return skipTo(i, last)
		}
	}
	d, ok := m.dayAt(k)
	if !ok || d.day > daysIn[mo] || m.amountAfter(d.last) {
		return m.monthAlone(i, mo) // "May 5 million": not a day
	}
	d.first = i // the date starts at the month: "between June 3 and 5"
	days, last := []daySpan{d}, d.last
	more, isRange := m.moreDays(d)
	if more != nil && more[len(more)-1].day <= daysIn[mo] {
		days, last = append(days, more...), more[len(more)-1].last
	}
	year, end := m.yearAfter(last, mo, days[len(days)-1].day)
	if end == last && len(days) == 1 {
		if n := m.crossMonth(i, last, mo, d.day); n > 0 {
			return n
		}
	}
	return m.emitDays(i, end, year, mo, days, isRange)
}

// monthYearTo reads the end of a span of months that starts with a month
// and its year at i and ends at k: "March 2008 to July 2010", "mars 2008 -
// juillet 2010", "between January 2008 and March 2009". It returns the
// end, as 2010-07, and its last token, or 0 when no month and year close
// a span. A span that ends before it starts is kept as written: the
// other version will show which end is wrong.
func (m *matcher) monthYearTo(i, k int) (string, int) {
	c, opener, until := m.word(k+1), m.word(i-1), m.untilAt(k+1)
	switch {
	case m.isDash(k + 1), c != nil && c.rangeTo:
	case c != nil && c.andWord && opener != nil && opener.betweenAnd:
	case opener != nil && opener.between && until > 0:
		k += until - 1 // "from February 2006 until November 2009", "de mai jusqu'en juin"
	default:
		return "", 0
	}
	mo := m.monthAt(k + 2)
	if mo == 0 {
		return "", 0
	}
	y, ok := m.yearOf(k + 3)
	if !ok {
		return "", 0
	}
	return strconv.Itoa(y) + "-" + pad2(mo), k + 3
}

// untilAt returns the length of "until", "till" or "jusqu'en" at k, or 0.
func (m *matcher) untilAt(k int) int {
	switch m.lowerAt(k) {
	case "until", "till":
		return 1
	case "jusqu":
		if m.isSym(k+1, '\'', '’') && m.lowerAt(k+2) == "en" {
			return 3
		}
	}
	return 0
}

// monthAlone reads a month named with no day or year after a word that
// makes it a date: "in October", "since June", "mid-March", "the end of
// May", "compared to March", "en janvier", "début novembre", "au mois de
// mai"; and a span of months: "from January to March", "de janvier à
// juin", "between May and July". Other months stay words: "a letter from
// May", "May said", "he wrote to June Carter".
func (m *matcher) monthAlone(i, mo int) int {
	pre := i - 1
	if (m.isDash(pre) || m.isSym(pre, '\'', '’')) && m.touches(pre) && m.touches(i) {
		pre-- // "mid-March", "mi-octobre", "d'octobre"
	}
	e := m.word(pre)
	if e == nil {
		return 0
	}
	opens := e.monthPre || e.monthBy && !m.word(i).nameMonth && !m.capitalAfter(i)
	if !opens && (e.ofWord || e.de) {
		e2 := m.word(pre - 1)
		opens = e2 != nil && e2.monthOf // "the end of May", "au mois de mai", "début d'octobre"
	}
	last, mo2 := i, 0
	if c := m.word(i + 1); c != nil && (c.rangeTo || c.andWord && e.betweenAnd) || m.isDash(i+1) {
		if k := i + 2; m.word(k) != nil && m.word(k).month > 0 && m.monthAt(k) > 0 {
			if _, day := m.dayAt(k + 1); !day {
				last, mo2 = k, m.monthAt(k)
			}
		}
	}
	if !opens && !(e.between && mo2 > 0) && !(mo2 > 0 && m.isDash(i+1) && m.touches(i+1) && m.touches(i+2) && m.yearAt(last+1)) {
		return 0 // but "la période janvier-octobre 2011", "the January-October 2011 period"
	}
	if m.touches(last+1) && m.isSym(last+1, '\'', '’') {
		return 0 // "in May's cabinet": a name
	}
	if mo2 == 0 {
		if n := m.monthList(i, mo); n > 0 {
			return n
		}
	}
	year, yearTok := m.knownYear(mo), 0
	if mo2 > 0 {
		year = m.spanYear(mo, mo2)
	}
	if y, ok := m.yearOf(last + 1); ok {
		year, yearTok = strconv.Itoa(y), last+1 // "from January to March 2009"
	}
	value := year + "-" + pad2(mo)
	if mo2 > 0 {
		y2 := year
		if n, err := strconv.Atoi(year); err == nil && mo2 < mo {
			if yearTok > 0 {
				value = strconv.Itoa(n-1) + "-" + pad2(mo) // "from November to February 2009"
			} else {
				y2 = strconv.Itoa(n + 1)
			}
		}
		value += "/" + y2 + "-" + pad2(mo2)
	}
	if yearTok > 0 {
		last = yearTok
	}
	m.emitDate(i, last, value)
	return skipTo(i, last)
}

// yearAt reports a year at k (see yearOf).
func (m *matcher) yearAt(k int) bool {
	_, ok := m.yearOf(k)
	return ok
}

// spanYear returns the year of the first month mo of a span of months that
// ends with mo2 and writes no year. A past verb dates the span by its end,
// which then falls at most a month after publication ("has bought them
// between July and September" in a June paper is last year's); else the
// start decides, as for a month alone.
func (m *matcher) spanYear(mo, mo2 int) string {
	start := m.knownYear(mo)
	if _, yearAlone := m.sentenceYear(); yearAlone || m.tenseAt(m.pos) >= 0 {
		return start
	}
	y0, err0 := strconv.Atoi(start)
	y1, err1 := strconv.Atoi(m.knownYear(mo2))
	if err0 != nil || err1 != nil {
		return start
	}
	if mo2 < mo {
		y1-- // "from November to February": the start is a year before
	}
	return strconv.Itoa(min(y0, y1))
}

// capitalAfter reports a capitalised word after token i that is no month:
// "June Carter" is a name.
func (m *matcher) capitalAfter(i int) bool {
	return m.isWord(i+1) && m.toks[i+1].upper && m.monthAt(i+1) == 0
}

// monthList reads a list of months that starts with month mo at i, after
// a word that makes it a date: "in August and September 2007", "en
// janvier, février et mars". Each month is a date of its own, in the year
// written after the last one when there is one. It returns the tokens
// consumed from i, or 0 when no other month follows.
func (m *matcher) monthList(i, mo int) int {
	if e := m.word(i + 1); !m.isSym(i+1, ',') && (e == nil || !e.andWord && !e.orWord) || m.monthAt(i+2) == 0 {
		return 0 // no list: most months
	}
	toks, months := []int{i}, []int{mo}
	k := i + 1
	for {
		e := m.word(k)
		if !m.isSym(k, ',') && (e == nil || !e.andWord && !e.orWord) {
			break
		}
		mo2 := m.monthAt(k + 1)
		if mo2 == 0 {
			break
		}
		if _, day := m.dayAt(k + 2); day {
			break // "June and July 4": the day starts a date of its own
		}
		toks, months = append(toks, k+1), append(months, mo2)
		k += 2
		if e != nil {
			break // "and" or "or" ends the list
		}
	}
	if len(months) == 1 || m.isSym(toks[len(toks)-1]+1, '\'', '’') {
		return 0
	}
	last := toks[len(toks)-1]
	y, written := m.yearOf(last + 1)
	if !written && m.word(last).nameMonth {
		return 0 // "in June and May said": a name
	}
	for n, t := range toks {
		year, end := m.knownYear(months[n]), t
		if written {
			year = strconv.Itoa(y)
			if n == len(toks)-1 {
				end = last + 1
			}
		}
		m.emitDate(t, end, year+"-"+pad2(months[n]))
	}
	if written {
		last++
	}
	return skipTo(i, last)
}

// periodCode reads "Q1 2025", "T1 2025", "H1 2025", "S1 2025": a quarter or
// half-year letter glued to its number. Without a year only Q is one.
func (m *matcher) periodCode(i int) int {
	p, n, ok := m.periodLetter(i)
	if !ok || m.touches(i+2) && m.isWord(i+2) {
		return 0
	}
	last, year := i+1, ""
	k := i + 2
	if m.isSym(k, '/', '-') && m.touches(k) && m.touches(k+1) {
		k++
	}
	if y, ok := m.yearOf(k); ok {
		last, year = k, strconv.Itoa(y)
	} else if m.span(i) != "Q" {
		return 0
	} else if i == 0 && m.labelMark(i+2) {
		return 3 // "Q1. Is coffee healthy?": a question's label at the start of a line
	} else if y, end, ok := m.relYearOf(i + 2); ok {
		last, year = end, y // "Q3 this year"
	} else {
		year = m.knownYear(periodMonth(p, n))
	}
	m.emitDate(i, last, year+"-"+string(p)+strconv.Itoa(n))
	return skipTo(i, last)
}

// period emits a quarter or half-year: n is its number (first = 1), the
// token first starts it and pIdx is the quarter or semester word.
func (m *matcher) period(first, n, pIdx int) int {
	p := m.word(pIdx).period
	if n < 1 || (p == 'Q' && n > 4) || (p == 'H' && n > 2) {
		return 0
	}
	last, year := pIdx, m.knownYear(periodMonth(p, n))
	if u := m.word(pIdx + 2); m.isDash(pIdx+1) && m.touches(pIdx+1) && u != nil && u.relUnit == 'Y' {
		last = pIdx + 2 // "the first half-year of 2008"
	}
	k := last + 1
	if e := m.word(k); e != nil && e.ofWord {
		k++
	}
	if m.monthAt(k) > 0 && k > last+1 {
		// "the second half of March": the month's, not the year's; the
		// month states the date.
		return skipTo(first, last)
	}
	if y, ok := m.yearOf(k); ok {
		last, year = k, strconv.Itoa(y)
	} else if y, end, ok := m.wordYear(k); ok && k > last+1 {
		last, year = end, strconv.Itoa(y) // "the third quarter of two thousand and twenty"
	} else if y, end, ok := m.relYearOf(last + 1); ok {
		last, year = end, y // "the first quarter of last year"
	} else if m.gameNear(first) {
		return 0 // "21 points in the third quarter": a game's, not the year's; a rank
	}
	m.emitDate(first, last, year+"-"+string(p)+strconv.Itoa(n))
	return skipTo(first, last)
}

// gameNear reports a word of a game ("kickoff", "touchdown") or a score
// ("led 14-7") in the sentence around token i: a half or a quarter in it,
// with no year, is the game's. French names those "mi-temps" and
// "quart-temps".
func (m *matcher) gameNear(i int) bool {
	if m.loc != english {
		return false
	}
	for _, dir := range [...]int{-1, 1} {
		for k := i + dir; k >= 0 && k < len(m.toks) && k != i+dir*gameReach && !m.clauseEnd(k); k += dir {
			if gameWords[m.lowerAt(k)] || m.isNum(k) && m.scoreAt(k) {
				return true
			}
		}
	}
	return false
}

// gameReach is how many tokens either side gameNear reads.
const gameReach = 30

// frEachWords are determiners before which "seconde" is the unit of
// time: "il ne reste aucune seconde", "chaque seconde compte".
var frEachWords = wordsOf("aucune chaque moindre")

// gameWords are words of games that business news does not use: not
// "game" (video games sell by the quarter), "goals" or "scored".
var gameWords = wordsOf("kickoff halftime touchdown touchdowns quarterback quarterbacks inning innings buzzer " +
	"rebounds fumble fumbles interception interceptions unanswered")

// numericDate reads 17/11/2024 (day first in French, month first in
// English unless the numbers say otherwise) and 11/2024.
func (m *matcher) numericDate(i int) int {
	a, b := m.tok(i), m.tok(i+2)
	if y, ok := m.yearOf(i); ok && plainInt(b) && b.shape.intDigits <= 2 && !(m.isSym(i+3, '/') && m.touches(i+3)) {
		if v := m.yearAndPart(y, i+2); v != "" {
			m.emitDate(i, i+2, v)
			return 3
		}
		return 0
	}
	if !plainInt(a) || !plainInt(b) || a.shape.intDigits > 2 || b.shape.intDigits > 2 && b.shape.intDigits != 4 {
		return 0
	}
	x, y := int(a.num.Coef), int(b.num.Coef)
	if b.shape.intDigits == 4 {
		// 11/2024: month and year.
		if x < 1 || x > 12 || m.isSym(i+3, '/') && m.touches(i+3) {
			return 0
		}
		m.emitDate(i, i+2, strconv.Itoa(y)+"-"+pad2(x))
		return 3
	}
	if !(m.isSym(i+3, '/') && m.touches(i+3) && m.touches(i+4)) {
		// "le 25/11": a day and month after the article of a day, where
		// days come first.
		if e := m.word(i - 1); e != nil && e.dayArt && m.loc.dayFirst && 1 <= y && y <= 12 && 1 <= x && x <= daysIn[y] &&
			(!m.touches(i+3) || m.isSym(i+3, ',', '.', ')', ';')) && !m.isDe(i+3) {
			m.emitDate(i, i+2, m.leapKnown(m.knownYear(y), y, x)+"-"+pad2(y)+"-"+pad2(x))
			return 3
		}
		return 0
	}
	yr, ok := m.yearOf(i + 4)
	if !ok || m.touches(i+5) && !m.isSym(i+5, '.', ',', ')') {
		return 0
	}
	day, mo := x, y
	if !m.loc.dayFirst {
		day, mo = y, x
	}
	if mo > 12 && day <= 12 {
		day, mo = mo, day
	}
	if mo < 1 || mo > 12 || day < 1 || day > daysIn[mo] {
		return 0
	}
	m.emitDate(i, i+4, strconv.Itoa(yr)+"-"+pad2(mo)+"-"+pad2(day))
	return 5
}

// dottedDate emits a date written day.month.year from token i, as much
// of Europe writes it: "20.12.2012", "1.5.2011". The day comes first in
// both languages; a fourth part ("10.12.2012.5") makes it no date. It
// returns the tokens consumed, or 0.
func (m *matcher) dottedDate(i int) int {
	// English reads "20.12" as one number, French as two.
	dm, y := m.span(i), i+2
	if b := m.tok(i + 2); b != nil && b.kind == tkNum && b.shape.intDigits != 4 && m.isSym(i+3, '.') && m.touches(i+3) {
		dm, y = m.text[m.toks[i].start:b.end], i+4
	}
	d, mo, ok := strings.Cut(dm, ".")
	if !ok || len(d) > 2 || len(mo) == 0 || len(mo) > 2 || !m.touches(y) || m.tok(y).shape.intDigits != 4 {
		return 0
	}
	yr, ok := m.yearOf(y)
	if !ok || m.touches(y+1) && !(m.isSym(y+1, ',', ')', ';') || m.isSym(y+1, '.') && !m.touches(y+2)) {
		return 0
	}
	day, err1 := strconv.Atoi(d)
	month, err2 := strconv.Atoi(mo)
	if err1 != nil || err2 != nil || month < 1 || month > 12 || day < 1 || day > daysIn[month] {
		return 0
	}
	m.emitDate(i, y, strconv.Itoa(yr)+"-"+pad2(month)+"-"+pad2(day))
	return skipTo(i, y)
}

// yearAndPart reads what follows a year after a dash or slash: the end of
// a range in two digits ("2024/25", "2026-30") or a month ("2016-11",
// "2015/3"). It returns the date, or "".
func (m *matcher) yearAndPart(y, k int) string {
	t := m.tok(k)
	v := int(t.num.Coef)
	if t.shape.intDigits == 2 && v > y%100 {
		return strconv.Itoa(y) + "/" + strconv.Itoa(y/100*100+v)
	}
	if v >= 1 && v <= 12 && !(m.touches(k+1) && m.isWord(k+1)) {
		return strconv.Itoa(y) + "-" + pad2(v)
	}
	return ""
}

// century reads "21st century", "XXIe"-less "21e siècle", "the twentieth
// century" as a range of years: the n-th century is (n-1)00 to (n-1)99.
// An ordinal in a list that ends in one is a century too: "the 11th, 12th
// and 13th centuries", "les XIIe et XIIIe siècles".
func (m *matcher) century(first, n, k int) int {
	if n < 1 || n > 30 {
		return 0
	}
	last := m.skipHyphen(k) // "18th-century texts"
	if e := m.word(last); e == nil || !e.century {
		if !m.centuryList(k) {
			return 0
		}
		last = k - 1
	}
	y := (n - 1) * 100
	m.emitDate(first, last, strconv.Itoa(y)+"/"+strconv.Itoa(y+99))
	return skipTo(first, last)
}

// centuryList reports a list or a range of ordinals from token k, after
// an ordinal, that ends in "century" or "siècle": ", 12th, and 13th
// centuries", " et XIIIe siècles", " to the 13th century", "–XIe siècle".
func (m *matcher) centuryList(k int) bool {
	for n := 0; n < 6; n++ {
		sep := k
		if m.isSym(k, ',') || m.isDash(k) {
			k++
		}
		if e := m.word(k); e != nil && (e.andWord || e.orWord || e.rangeTo) {
			k++
			if e := m.word(k); e != nil && e.det {
				k++ // "from the 11th to the 13th century"
			}
		}
		last, ok := m.ordinalAt(k)
		if k == sep || !ok {
			return false
		}
		k = last + 1
		if e := m.word(m.skipHyphen(k)); e != nil && e.century {
			return true
		}
	}
	return false
}

// ordinalAt returns the last token of an ordinal at k: "12th", "12e",
// "twelfth", "XIIe".
func (m *matcher) ordinalAt(k int) (int, bool) {
	if e := m.word(k); e != nil && e.ord > 0 {
		return k, true
	}
	if d, ok := m.dayAt(k); ok && d.last > k {
		return d.last, true
	}
	if _, ok := m.romanOrdinal(k); ok {
		return k, true
	}
	return 0, false
}

// ordinalWord reads an ordinal written as a word: "first", "deuxième", and
// the quarters and days it starts ("first quarter of 2025", "premier mai").
func (m *matcher) ordinalWord(i int) int {
	e := m.word(i)
	k := i + 1
	if n := m.century(i, e.ord, k); n > 0 {
		return n
	}
	if e2 := m.word(m.skipHyphen(k)); e2 != nil && e2.period != 0 {
		if n := m.period(i, e.ord, m.skipHyphen(k)); n > 0 {
			return n // "first quarter", "third-quarter"
		}
		// else the rank of a game's half or quarter, as "troisième quart-temps"
	}
	if e.ord <= 31 && m.monthAt(k) > 0 && m.loc.dayFirst {
		return m.dayMonth(i, e.ord, k)
	}
	if m.rankQualifies(i) {
		return 1
	}
	if e.orTime {
		// "wait a second.", "a second or two", "per second", "une
		// seconde", "un centième de seconde": time, not rank. "A second
		// wave" is a rank.
		if p := m.word(i - 1); p != nil && (p.article && m.fractionEnds(i+1) || p.perWord || strings.EqualFold(m.span(i-1), "de") && !m.isWord(i+1) && !m.isDash(i+1)) {
			return 1
		}
		if w := m.lowerAt(i - 1); frEachWords[w] || w == "cette" && m.fractionEnds(i+1) {
			return 1 // "aucune seconde", "chaque seconde compte", "à cette seconde." (but "cette seconde vague")
		}
	}
	if e.ord == 1 && m.loc == english && m.adverbFirst(i) {
		return 1 // "he first came", "first reported in May": when, not a rank
	}
	v := strconv.Itoa(e.ord)
	m.emit(Ordinal, i, i, v, "", v, v, false)
	return 1
}

// pluralFirst reads French "premiers" or "premières" at i as the rank 1,
// as English reads "first" before a plural: "les premières élections" are
// "the first elections". After a number the word counts with it ("les dix
// premiers mois", "les 3 premières places"); before one it qualifies it
// ("les premiers 100 jours"); set phrases state no rank ("de premiers
// secours").
func (m *matcher) pluralFirst(i int) int {
	if m.isNum(i - 1) {
		return 0
	}
	if p := m.word(i - 1); p != nil && p.card > 0 && !p.article {
		return 0 // "les deux premiers": a cardinal word before
	}
	if !m.rankQualifies(i) {
		m.emit(Ordinal, i, i, "1", "", "1", "1", false)
	}
	return 1
}

// rankQualifies reports an ordinal word at i that states no rank of its
// own: it qualifies an amount or a title after it ("the first 100 days",
// "first ten months", "premier ministre"), or it is part of a set phrase
// ("in the first place", "au premier abord"), or it opens a sentence
// before a comma, alone or after its article, to order the points of an
// argument ("First, I think", "La deuxième, la récupération du mark";
// but "First, second and third places").
func (m *matcher) rankQualifies(i int) bool {
	if m.isNum(i + 1) {
		return true
	}
	if m.isSym(i+1, ',') && (m.sentenceStart(i) || m.detBefore(i) && m.sentenceStart(i-1)) {
		if e := m.word(i + 2); e == nil || e.ord == 0 {
			return true
		}
	}
	if e := m.word(i + 1); e != nil {
		if _, card := e.cardinal(); card && !e.article || e.title {
			return true
		}
	}
	return m.inIdiom(i)
}

// adverbFirst reports English "first" at i used as an adverb of time:
// after a subject ("I first heard") or, with no determiner before it,
// before a verb in the past ("Axel Weber first put forward", "first
// reported in May"). "The first elected mayor" and "the world's first
// recognized" are ranks.
func (m *matcher) adverbFirst(i int) bool {
	p := m.word(i - 1)
	if p != nil && p.subject {
		return true
	}
	if p != nil && (p.det || p.article) || m.span(i-1) == "s" && m.isSym(i-2, '\'', '’') {
		return false // "the first elected mayor", "the world's first recognized"
	}
	n := m.tok(i + 1)
	if n == nil || n.kind != tkWord || n.upper || !n.space {
		return false
	}
	if n.e != nil {
		return n.e.pastVerb
	}
	w := m.span(i + 1)
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// inIdiom reports the ordinal word at i inside a set phrase of the locale
// that states no rank ("at first", "first of all", "en premier lieu").
func (m *matcher) inIdiom(i int) bool {
	for _, ph := range m.loc.idioms {
		p := slices.Index(ph, "_")
		ok := i-p >= 0 && i-p+len(ph) <= len(m.toks)
		for k := 0; ok && k < len(ph); k++ {
			ok = k == p || strings.EqualFold(m.span(i-p+k), ph[k])
		}
		if ok {
			return true
		}
	}
	return false
}

// eraYear reads a year its era marks: "400 A.D.", "AD 79", "1100 CE",
// "79 apr. J.-C.", "79 de notre ère", "l'an 400" are dates, written whole
// in one to four digits. A year before Christ ("300 BC", "2000 av. J.-C.",
// "2 400 ans avant notre ère") is a count of years with unit "year BC", as
// the date notation has no year before the first.
func (m *matcher) eraYear(i int) int {
	t := &m.toks[i]
	if t.shape.frac || t.num.Neg || t.num.Exp != 0 || t.num.Coef == 0 || t.num.Coef > 99999 {
		return 0
	}
	year := plainInt(t) && t.shape.intDigits <= 4 // a year of our era is written whole
	k := i + 1
	if e := m.word(k); e != nil && e.unit == "year" && !m.touches(k) {
		k++ // "2 400 ans avant notre ère", "5000 years BC"
	}
	first, last := i, i
	switch n, bc := m.eraAfter(k); {
	case n > 0 && bc:
		m.emitNumber(Quantity, t.num, i, n, "year BC", false)
		return skipTo(i, n)
	case n > 0 && year:
		last = n
	case k > i+1 || !year:
		return 0
	case m.loc == french && m.lAn(i-1) && t.num.Coef < 1000:
		// "l'an 400"; "l'an 2000" is read as a year anyway, and "de l'an
		// 2000 à 2005" as a range of years
	case m.loc == english && (m.span(i-1) == "AD" || m.span(i-1) == "A.D.") && !m.isDash(i+1):
		first = i - 1 // "AD 79"; "AD 1000–1300" is a range of years
	default:
		return 0
	}
	m.emitDate(first, last, pad4(int(t.num.Coef)))
	return skipTo(first, last)
}

// eraAfter reads an era marker at token k: "AD", "BC", "CE", "B.C.E." in
// English (in capitals), "av. J.-C.", "après Jésus-Christ", "de notre ère"
// in French. It returns the marker's last token and whether it counts
// years before Christ, or 0.
func (m *matcher) eraAfter(k int) (int, bool) {
	if !m.isWord(k) || m.touches(k) {
		return 0, false
	}
	if m.loc == english {
		switch m.span(k) {
		case "AD", "A.D.", "A.D", "CE", "C.E.", "C.E":
			return k, false
		case "BC", "B.C.", "B.C", "BCE", "B.C.E.", "B.C.E":
			return k, true
		}
		return 0, false
	}
	switch strings.ToLower(m.span(k)) {
	case "av", "avant", "ap", "apr", "après", "de":
	default:
		return 0, false
	}
	next := k + 1
	if m.isSym(next, '.') {
		next++
	}
	switch strings.ToLower(m.span(next)) {
	case "j", "jésus", "notre":
	default:
		return 0, false
	}
	// Compare the letters only: "av. J.-C.", "av J-C", "avant J.C."
	var buf [24]byte
	norm := buf[:0]
	end := 0 // the byte after the last letter read
	for p := m.toks[k].start; p < len(m.text) && len(norm) < len(buf)-2; {
		r, n := utf8.DecodeRuneInString(m.text[p:])
		switch {
		case r == '.' || r == '-' || r == ' ' || r == '\u00a0':
		case unicode.IsLetter(r):
			norm = utf8.AppendRune(norm, unicode.ToLower(r))
			end = p + n
		default:
			p = len(m.text)
			continue
		}
		p += n
		for _, mk := range frenchEras {
			if string(norm) == mk.letters && (end == len(m.text) || !unicode.IsLetter(nextRune(m.text[end:]))) {
				for j := k; j < len(m.toks) && m.toks[j].end <= end; j++ {
					if m.toks[j].end == end {
						if strings.HasSuffix(mk.letters, "jc") && m.isSym(j+1, '.') && m.touches(j+1) {
							j++ // the dot of "J.-C."
						}
						return j, mk.bc
					}
				}
			}
		}
	}
	return 0, false
}

// lAn reports "l'an" ending at token k: "en l'an 400".
func (m *matcher) lAn(k int) bool {
	return strings.EqualFold(m.span(k), "an") && m.isSym(k-1, '\'', '’') && strings.EqualFold(m.span(k-2), "l")
}

// frenchEras are the French era markers, letters only, in lower case.
var frenchEras = []struct {
	letters string
	bc      bool
}{
	{"avjc", true}, {"avantjc", true}, {"avantjésuschrist", true}, {"avantnotreère", true},
	{"apjc", false}, {"aprjc", false}, {"aprèsjc", false}, {"aprèsjésuschrist", false}, {"denotreère", false},
}

func nextRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// pad4 writes a year of four digits: 0079.
func pad4(n int) string {
	s := strconv.Itoa(n)
	return strings.Repeat("0", max(0, 4-len(s))) + s
}
