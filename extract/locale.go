package extract

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// locale is everything that differs between the languages diglot reads:
// how numbers are written and the meaning of each word the rules look at.
// It is data; the rules in this package never branch on the language.
type locale struct {
	tag            language.Tag
	decimal        byte               // decimal separator
	altDecimal     byte               // also a decimal separator when no grouping was read (French "1.5"), or 0
	groups         []groupSep         // group separators; groups[0] is the one FormatNumber writes
	lex            map[string]*entry  // lower-case word → its roles
	words          *wordTable[*entry] // lex, for the tokenizer
	hedges         [][]string         // hedge phrases as words, with "'" for an apostrophe
	hedgeBy        [256][]uint16      // the hedges whose last word starts with a byte (lower case)
	idioms         [][]string         // set phrases an ordinal word is part of ("in the first place"), the ordinal as "_"
	named          map[string]string  // "kuwaiti dinar", "livres libanaises": two-word currency names, lower case
	dayFirst       bool               // numeric dates are day/month/year, and "premier mai" is a day
	monthsUpper    bool               // month names are capitalised, which tells "May" from "may"
	commaCounts    bool               // counts of thousands are grouped ("1,965 riots"), so "the 1965 riots" are a year
	capitalStreets bool               // a street word has a capital and may follow the street's name ("10 Downing Street"); else it follows the number ("au 15 rue Hébert")
	indian         bool               // Indian digit grouping is read: 12,34,567
	relFirst       bool               // a direction comes before its period ("next year"); else after ("l'an prochain"), and before it means a rank ("la dernière année")
	countsOf       bool               // "a force of 1000", "up to 1500" count; French dates a thing so ("une étude de 2006") and "jusqu'à" is also "until"
	andInNumbers   bool               // "and" joins a number to the hundred or scale before it ("one hundred and one"); French joins only "mille et un"
}

type groupSep struct {
	sep   string
	class int // separators of one class may alternate within a number
}

// entry is what one word can be. A word may have several roles ("m" is a
// scale abbreviation next to money and a unit otherwise).
type entry struct {
	card       int64  // cardinal value + 1 (0: not a cardinal word); see cardinal
	mult       int64  // multiplier inside a number phrase: hundred = 100, dozen = 12
	scale      int    // power of ten of a scale word (million = 6)
	abbr       bool   // the scale is an abbreviation (bn, Md, k)
	moneyAbb   bool   // the abbreviation is a scale only next to money ("m", "b")
	approxN    int64  // a round-number noun: dizaine = 10 (approximate)
	roundMult  bool   // douzaine: a multiplier that makes a round, approximate number ("une douzaine de ministres")
	half       bool   // half, demi
	article    bool   // un, une, one, a, an: a number only before a multiplier, scale or unit
	ord        int    // ordinal value (first = 1)
	firstPl    bool   // premiers, premières: the rank 1 before a plural noun (see pluralFirst)
	cur        string // ISO 4217 code of a currency name (dollars, dong, yuan)
	family     string // the name several currencies share, for a bare one: couronnes, kroner, francs, dinars
	iso        string // the ISO 4217 code this word is, when written in capitals (USD, VND; not "All", "pen")
	curMod     string // ISO code this word gives to a following (en) or preceding (fr) dollar/franc/pound
	curBase    bool   // dollar, franc, pound, livre: takes a modifier
	unit       string // canonical unit noun
	unitAdj    bool   // an adjective that may stand between a number and its unit
	singular   bool   // the unit word is the singular of a plural in "s" (passenger, case)
	month      int
	period     byte // 'Q' for quarter words, 'H' for half-year words
	percent    bool // percent, pourcent, pc
	perWord    bool // "per" / "pour" of "per cent" / "pour cent"
	centWord   bool // "cent" of "per cent"
	points     bool // point(s) of "percentage points"
	pctWord    bool // percentage / pourcentage
	pp         bool // pp, ppt: percentage points
	ref        bool // article, decree, route: a following number is a reference
	refList    bool // articles, districts: a reference only before a list or range ("Districts 8 and 9")
	phone      bool // hotline, tel: a following number is a phone number
	yearCtx    bool // in, since, en, depuis: a following 1000–2199 is a year
	since      bool // since, depuis: a date after it is past
	datePref   bool // mid, early, fin, début: may stand before a year, even hyphenated
	de         bool // of, de, d', du, des: links a scale to its noun
	rangeTo    bool // to, à, through: joins the two ends of a range
	andWord    bool // and, et
	orWord     bool // or, ou: "two or three days" share their unit
	dayArt     bool // le, the: an article before a day of month ("entre le 3 et le 5 janvier")
	between    bool // between, entre, from, de: opens a range
	betweenAnd bool // between, entre, from: opens a range that "and" / "et" closes ("de 1998 et 2000" is two years)
	monthPre   bool // in, since, until, en, depuis: a month named alone after it is a date ("in October")
	monthOf    bool // month, end, mois, fin: a month after it and "of" / "de" is a date ("the end of May")
	monthBy    bool // by, before, after: a month alone after it is a date, unless the month is also a name
	nameMonth  bool // may: a month that is also a name ("a speech by May")
	street     bool // Street, Avenue, rue: a number before it is a building's (see streetNumber)
	age        bool // aged, age: a bare number after it is years of age ("aged 34")
	milles     bool // milles: "mille" misspelt before a noun, or miles (see looseThousands)
	counted    bool // a noun of counts.txt: a count of it may still be a name ("Boeing 787 jets")
	contrast   bool // against, from, contre: a bare amount after it shares the money or percent just before
	below      bool // below, sous, dessous: "9 degrees below zero" is -9
	spanPrep   bool // within, during, later, pendant, plus tard: "one day" near it is a span, not "some day"
	aSpan      bool // for, within: "a year" after it is one year, as "un an" is (see articleSpan)
	aSpanAfter int  // ago, earlier (1); after, before (2, not after an amount): "a year" before it is one year
	timeSuf    bool // am, pm, h: a time of day
	dayPart    bool // morning, evening: "three in the morning" is a time of day
	until      bool // until, till: ends a span of years that "from" opens
	postHedge  bool // environ: a hedge after the number and its unit ("trois ans environ")
	orSo       bool // so: "or so" after a number is a hedge
	boundAt    bool // at, au: "at most", "au moins" after a number is a hedge
	shortly    bool // peu, juste, shortly, just: "peu après 10 heures" is a time of day
	clockRel   bool // après, avant, after, before: after "peu", a time of day follows
	perTime    bool // a, per, every, par, chaque, tous: "once a week", "une fois par an" state a frequency
	around     bool // around, circa, vers, autour: a date after it is approximate ("around 1973", "vers le 12 janvier")
	bound      bool // more, less, most, least, plus, moins: "or more", "at least", "ou plus", "au moins" after a number
	divides    bool // divided, divisé: "divisé par deux" is a share of 1/2
	timePrep   bool // à, vers, dès: before a number of hours, a time of day
	zone       bool // GMT, UTC: a time zone after a time of day (1200 GMT, 15.00 UTC)
	ofWord     bool // of, de, du: between a quarter and its year
	ordSuf     bool // st, nd, er, e, ème: an ordinal suffix on digits
	title      bool // ministre, lady: "premier ministre" is no ordinal
	postAdj    bool // consécutives, running: an adjective after a unit, part of the fact
	function   bool // with, pour, est: a word of grammar, never the noun of an amount before it
	bare       bool // cent, mille: a number phrase may start with this multiplier
	denom      int  // the denominator a word names: third = 3, quarts = 4
	sub        int  // a currency subunit, as the number in one unit: cents = 100, nickels = 20
	subCur     string
	minus      bool // minus, negative, moins: negates the number right after
	fracNext   bool // of, and, more, than, est, de: may follow a fraction ("a fifth of", "one third more"), unlike a noun ("a fifth term")
	fracPre    bool // by: "cut by a third" is a fraction whatever follows it
	signOnly   bool // minus, negative: a sign and nothing else, so "minus one" is -1 (French "moins un" is "less one")
	pointW     bool // point: a decimal point spoken in words
	relDir     int  // next = +1, last = -1, this = 0 (relNow marks "this")
	relNow     bool
	relUnit    byte   // 'Y' year, 'M' month: the period a relative date names
	afterW     bool   // after: "the year after next"
	lowerMonth bool   // june, sept: a month name that is no other English word, a month in lower case too
	decadeW    bool   // années: "les années 2000"
	decadeN    int    // nineties = 90, noughties = 100: a decade in one word, counted from 1900
	grand      bool   // grand: a thousand of the local dollar ("10 grand")
	century    bool   // century, siècle
	power      int    // square, carré(s): 2, a unit of length becomes one of area; cubic, cube(s): 3, of volume
	modFrom    string // light, nautical, lumière: a word that makes the unit modFrom another, modTo
	modTo      string // ("light years", "années-lumière": ly; "nautical miles": nmi)
	modAfter   bool   // the word follows the unit it changes: lumière
	spanAfter  bool   // later, after, ago, plus, après: after "one day" / "un jour", a span of time ("one day later")
	subject    bool   // I, he, they: before "first", the adverb ("he first came")
	pastVerb   bool   // came, heard: after "first", the adverb ("first heard of it")
	preAdj     bool   // jeunes: a counted noun that is also an adjective before the noun counted ("deux jeunes filles")
	notPre     bool   // won, rand, yen: a currency name that is also a word, never before an amount ("Vietnam won 3 golds")
	wordCode   bool   // ALL, TOP, PEN: an ISO code that is also a word, money only when no word follows the amount
	isotope    bool   // carbon, uranium: a number right after it names an isotope ("carbon 14", "uranium 235")
	mega       bool   // MUSD, MEUR: a million of the currency, in finance shorthand
	lowerISO   bool   // usd, eur, vnd: a code that is no word, a currency in lower case too
	ratio      byte   // over ('o'), out ('u', with "of"), in / sur ('i'): "one in three" is a proportion
	det        bool   // the, their, its: a determiner ("half the price")
	halfNoun   bool   // half, moitié: a share before "of" / "de" ("half of the cars", "la moitié des voitures")
	degree     bool   // Celsius, Fahrenheit: a unit that may follow a degree sign
	lowerAbbr  bool   // ms, mg: a unit only in lower case ("20 MS patients", "un MG", a doctor)
	orTime     bool   // second, seconde: also a unit of time ("a second", "une seconde")
	weight     bool   // pound, livre: also a unit of weight (see poundOfWeight)
	masc       bool   // un: a masculine article; "un livre" is a book, as a pound is "une livre"
	dollarLb   bool   // pound: a weight in a text that writes $ and never £, GBP or sterling
	weighs     bool   // weighs, heavy, pèse: a pound after it is a weight
	moneyNoun  bool   // note, fine, prize: a "five-pound" before it is money
	ofMoney    bool   // funding, debt, taxpayers: "pounds of" before it are money, not weight
	heat       bool   // temperature, heatwave, chaleur: the sentence speaks of degrees ("highs of 40C")
	times      uint64 // twice = 2, thrice = 3, doubled = 2: a number of times in one word, as French writes "deux fois"
	timesVerb  uint64 // double = 2: a number of times where timesVerbAt finds a verb ("will double", "a doublé")
	timesCue   bool   // will, to, than; le, du: before "double", a verb or a noun of times
	multiplies bool   // multiplied, multiplié: "multiplié par trois" is 3 times
	all        bool   // tous, toutes: "tous les deux" is both, no number (see bothOf)
}

func (e *entry) cardinal() (int64, bool) { return e.card - 1, e.card > 0 }

var (
	english = withWords(&locale{
		// A comma before anything but a group of three digits is a decimal
		// comma in English text too: "1,5 million" comes from a translation
		// or a continental writer, never from a list.
		tag: language.English, decimal: '.', altDecimal: ',',
		// Canadian and SI style group English digits with spaces too: "40 000".
		groups:      []groupSep{{",", 0}, {"\u202f", 1}, {"\u2009", 1}, {"\u00a0", 1}, {" ", 1}},
		monthsUpper: true, indian: true, commaCounts: true, capitalStreets: true, relFirst: true, countsOf: true, andInNumbers: true,
	}, enWords, enHedges, enNamed, enIdioms)
	french = withWords(&locale{
		tag: language.French, decimal: ',', altDecimal: '.',
		groups: []groupSep{
			{"\u202f", 0}, {"\u00a0", 0}, {" ", 0}, {"\u2009", 0}, {".", 1}, {"'", 2}, {"’", 2},
		},
		dayFirst: true,
	}, frWords, frHedges, frNamed, frIdioms)
)

func localeFor(tag language.Tag) (*locale, bool) {
	base, _ := tag.Base()
	switch base.String() {
	case "en":
		return english, true
	case "fr":
		return french, true
	}
	return nil, false
}

// wordRole is one line of a word table: the words, and what they are.
type wordRole struct {
	words string // space-separated, lower case
	set   func(*entry)
}

// withWords fills the lexicon and hedges of loc from its word tables and
// the words both languages share.
func withWords(loc *locale, roles []wordRole, hedges, named, idioms string) *locale {
	loc.lex = map[string]*entry{}
	for _, r := range append(roles, sharedWords...) {
		words := strings.Fields(r.words)
		for _, w := range words {
			e := loc.lex[w]
			if e == nil {
				e = &entry{}
				loc.lex[w] = e
			}
			r.set(e)
			if e.unit != "" && hasPlural(words, w, loc.tag) {
				e.singular = true
			}
		}
	}
	for _, c := range countNouns() {
		forms := c.en
		if loc.tag == language.French {
			forms = c.fr
		}
		for _, w := range forms {
			e := loc.lex[w]
			if e == nil {
				e = &entry{}
				loc.lex[w] = e
			} else if e.unit != "" {
				continue // the word tables above give it a unit already
			}
			// A word whose role names no unit is still counted: "marins"
			// turns "milles" into nautical miles and counts sailors.
			e.unit, e.singular, e.counted = c.unit, hasPlural(forms, w, loc.tag), true
		}
	}
	loc.named = map[string]string{}
	for _, n := range strings.Fields(named) {
		// "kuwaiti:dinar:KWD" (English order) or "dinar:koweïtien:KWD" (French
		// order): both words take a plural "s" together.
		parts := strings.Split(n, ":")
		a, b := strings.ReplaceAll(parts[0], "_", " "), strings.ReplaceAll(parts[1], "_", " ")
		loc.named[a+" "+b] = parts[2]
		if loc.tag == language.French {
			pb := b + "s"
			if strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") {
				pb = b // "francs congolais", "manats azerbaïdjanais"
			}
			loc.named[a+"s "+pb] = parts[2]
		} else {
			loc.named[a+" "+b+"s"] = parts[2]
		}
	}
	loc.words = newWordTable(loc.lex)
	loc.hedges, loc.idioms = phrases(hedges), phrases(idioms)
	for i, h := range loc.hedges {
		c := h[len(h)-1][0]
		loc.hedgeBy[c] = append(loc.hedgeBy[c], uint16(i))
	}
	return loc
}

// hasPlural reports a plural of w among forms: w+s, w+es, w+x, y→ies,
// al→aux ("edition editions", "study studies", "journal journaux"). A
// French word in s, x or z is its own plural: "françaises" is the feminine
// of "français", not its plural.
func hasPlural(forms []string, w string, tag language.Tag) bool {
	if tag == language.French && strings.ContainsAny(w[len(w)-1:], "sxz") {
		return false
	}
	for _, f := range forms {
		switch {
		case f == w:
		case f == w+"s", f == w+"es", f == w+"x",
			strings.HasSuffix(w, "y") && f == w[:len(w)-1]+"ies",
			strings.HasSuffix(w, "al") && f == w[:len(w)-2]+"aux":
			return true
		}
	}
	return false
}

// countData is the table of nouns that news counts; see the header of
// counts.txt for its format.
//
//go:embed counts.txt
var countData string

// countNoun is one line of counts.txt.
type countNoun struct {
	unit   string
	en, fr []string
}

// countNouns is counts.txt, parsed once for both locales. The file is part
// of the package and TestCountNouns keeps it valid, so a bad line is a
// panic.
var countNouns = sync.OnceValue(func() []countNoun {
	nouns, err := parseCountNouns(countData)
	if err != nil {
		panic(err)
	}
	return nouns
})

func parseCountNouns(data string) ([]countNoun, error) {
	var nouns []countNoun
	err := eachRow("counts.txt", data, func(n int, unit string, cols []string) error {
		c := countNoun{unit: unit, en: strings.Fields(cols[0]), fr: strings.Fields(cols[1])}
		if len(c.en) == 0 || len(c.fr) == 0 {
			return fmt.Errorf("counts.txt:%d: %s has no English or no French form", n, unit)
		}
		nouns = append(nouns, c)
		return nil
	})
	return nouns, err
}

// eachRow calls fn with the line number, the name and the English and
// French columns of each row of a bilingual table (counts.txt,
// concepts.txt): "name | English | French", # comments and blank lines
// between. The name must be lower-case letters and underscores.
func eachRow(file, data string, fn func(n int, name string, cols []string) error) error {
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "|")
		if len(cols) != 3 {
			return fmt.Errorf("%s:%d: want 3 columns separated by |, got %d", file, n+1, len(cols))
		}
		name := strings.TrimSpace(cols[0])
		if name == "" || strings.ContainsFunc(name, func(r rune) bool { return r != '_' && (r < 'a' || r > 'z') }) {
			return fmt.Errorf("%s:%d: %q is not lower-case letters and underscores", file, n+1, name)
		}
		if err := fn(n+1, name, cols[1:]); err != nil {
			return err
		}
	}
	return nil
}

// phrases splits a comma-separated list of phrases into their words as
// tokenized: "près d'" is the words près, d and an apostrophe.
func phrases(list string) [][]string {
	var out [][]string
	for _, h := range strings.Split(list, ",") {
		h = strings.NewReplacer("'", " ' ", "-", " - ", ".", " . ").Replace(h)
		if words := strings.Fields(h); len(words) > 0 {
			out = append(out, words)
		}
	}
	return out
}

// Role setters, so the tables below read as data.
func asCard(n int64) func(*entry) { return func(e *entry) { e.card = n + 1 } }
func asMult(n int64) func(*entry) { return func(e *entry) { e.mult = n } }
func asScale(p int) func(*entry)  { return func(e *entry) { e.scale = p } }
func asAbbr(p int) func(*entry)   { return func(e *entry) { e.scale, e.abbr = p, true } }
func asMoneyAbbr(p int) func(*entry) {
	return func(e *entry) { e.scale, e.abbr, e.moneyAbb = p, true, true }
}
func asOrd(n int) func(*entry)          { return func(e *entry) { e.ord = n } }
func asCur(code string) func(*entry)    { return func(e *entry) { e.cur = code } }
func asFamily(f string) func(*entry)    { return func(e *entry) { e.family = f } }
func asISO(code string) func(*entry)    { return func(e *entry) { e.iso = code } }
func asDecade(n int) func(*entry)       { return func(e *entry) { e.decadeN = n } }
func asCurMod(code string) func(*entry) { return func(e *entry) { e.curMod = code } }
func asCurBase(code string) func(*entry) {
	return func(e *entry) { e.cur, e.curBase = code, true }
}
func asUnit(u string) func(*entry) { return func(e *entry) { e.unit = u } }
func asUnitMod(from, to string) func(*entry) {
	return func(e *entry) { e.modFrom, e.modTo = from, to }
}
func asUnitModAfter(from, to string) func(*entry) {
	return func(e *entry) { e.modFrom, e.modTo, e.modAfter = from, to, true }
}
func asMonth(m int) func(*entry)   { return func(e *entry) { e.month = m } }
func asPeriod(p byte) func(*entry) { return func(e *entry) { e.period = p } }
func asDenom(n int) func(*entry)   { return func(e *entry) { e.denom = n } }
func asSub(n int, code string) func(*entry) {
	return func(e *entry) { e.sub, e.subCur = n, code }
}
func asRel(dir int) func(*entry) {
	return func(e *entry) { e.relDir, e.relNow = dir, dir == 0 }
}
func asRelUnit(u byte) func(*entry)   { return func(e *entry) { e.relUnit = u } }
func asApproxN(n int64) func(*entry)  { return func(e *entry) { e.approxN = n } }
func asMega(code string) func(*entry) { return func(e *entry) { e.iso, e.mega = code, true } }
func asRatio(r byte) func(*entry)     { return func(e *entry) { e.ratio = r } }

var (
	isArticle   = func(e *entry) { e.article = true }
	isHalf      = func(e *entry) { e.half = true }
	isUnitAdj   = func(e *entry) { e.unitAdj = true }
	isPercent   = func(e *entry) { e.percent = true }
	isPer       = func(e *entry) { e.perWord = true }
	isCent      = func(e *entry) { e.centWord = true }
	isPoints    = func(e *entry) { e.points = true }
	isPctWord   = func(e *entry) { e.pctWord = true }
	isPP        = func(e *entry) { e.pp = true }
	isRef       = func(e *entry) { e.ref = true }
	isRefs      = func(e *entry) { e.ref, e.refList = true, true }
	isPhone     = func(e *entry) { e.phone = true }
	isYearCtx   = func(e *entry) { e.yearCtx = true }
	isDatePref  = func(e *entry) { e.datePref = true }
	isDe        = func(e *entry) { e.de = true }
	isRangeTo   = func(e *entry) { e.rangeTo = true }
	isAnd       = func(e *entry) { e.andWord = true }
	isOr        = func(e *entry) { e.orWord = true }
	isDayArt    = func(e *entry) { e.dayArt = true }
	isBetween   = func(e *entry) { e.between = true }
	isBetwAnd   = func(e *entry) { e.betweenAnd = true }
	isRoundMult = func(e *entry) { e.roundMult = true }
	isMonthPre  = func(e *entry) { e.monthPre = true }
	isMonthOf   = func(e *entry) { e.monthOf = true }
	isMonthBy   = func(e *entry) { e.monthBy = true }
	isAfterW    = func(e *entry) { e.afterW = true }
	isLowerMon  = func(e *entry) { e.lowerMonth = true }
	isNameMon   = func(e *entry) { e.nameMonth = true }
	isStreet    = func(e *entry) { e.street = true }
	// isKnown gives a word no role: being known keeps a capital word before
	// a number from reading as a name ("Thursday 17 January" is a date).
	isKnown     = func(*entry) {}
	isAge       = func(e *entry) { e.age = true }
	isMilles    = func(e *entry) { e.milles = true }
	isFirstPl   = func(e *entry) { e.firstPl = true }
	isOfMoney   = func(e *entry) { e.ofMoney = true }
	isContrast  = func(e *entry) { e.contrast = true }
	isSpanPrep  = func(e *entry) { e.spanPrep = true }
	isASpan     = func(e *entry) { e.aSpan = true }
	isASpanAft  = func(e *entry) { e.aSpanAfter = 1 }
	isASpanAmb  = func(e *entry) { e.aSpanAfter = 2 }
	isBelow     = func(e *entry) { e.below = true }
	isTime      = func(e *entry) { e.timeSuf = true }
	isDayPart   = func(e *entry) { e.dayPart = true }
	isUntil     = func(e *entry) { e.until = true }
	isPostHdg   = func(e *entry) { e.postHedge = true }
	isOrSo      = func(e *entry) { e.orSo = true }
	isBoundAt   = func(e *entry) { e.boundAt = true }
	isBound     = func(e *entry) { e.bound = true }
	isAround    = func(e *entry) { e.around = true }
	isSince     = func(e *entry) { e.since = true }
	isPerTime   = func(e *entry) { e.perTime = true }
	isShortly   = func(e *entry) { e.shortly = true }
	isClockRel  = func(e *entry) { e.clockRel = true }
	isDivides   = func(e *entry) { e.divides = true }
	isZone      = func(e *entry) { e.zone = true }
	isTimePrep  = func(e *entry) { e.timePrep = true }
	isOf        = func(e *entry) { e.ofWord = true }
	isOrdSuf    = func(e *entry) { e.ordSuf = true }
	isTitle     = func(e *entry) { e.title = true }
	isPostAdj   = func(e *entry) { e.postAdj = true }
	isFunction  = func(e *entry) { e.function = true }
	isBare      = func(e *entry) { e.bare = true }
	isMinus     = func(e *entry) { e.minus = true }
	isSignOnly  = func(e *entry) { e.signOnly = true }
	isFracNext  = func(e *entry) { e.fracNext = true }
	isFracPre   = func(e *entry) { e.fracPre = true }
	isOrTime    = func(e *entry) { e.orTime = true }
	isHeat      = func(e *entry) { e.heat = true }
	isWeight    = func(e *entry) { e.weight = true }
	isMasc      = func(e *entry) { e.masc = true }
	isDollarLb  = func(e *entry) { e.dollarLb = true }
	isWeighs    = func(e *entry) { e.weighs = true }
	isMoneyN    = func(e *entry) { e.moneyNoun = true }
	isHalfNoun  = func(e *entry) { e.halfNoun = true }
	isDet       = func(e *entry) { e.det = true }
	isAll       = func(e *entry) { e.all = true }
	isPreAdj    = func(e *entry) { e.preAdj = true }
	isSubject   = func(e *entry) { e.subject = true }
	isPastVerb  = func(e *entry) { e.pastVerb = true }
	isSpanAfter = func(e *entry) { e.spanAfter = true }
	asDegree    = func(u string) func(*entry) { return func(e *entry) { e.unit, e.degree = u, true } }
	asTimes     = func(n uint64) func(*entry) { return func(e *entry) { e.times = n } }
	asTimesVerb = func(n uint64) func(*entry) { return func(e *entry) { e.timesVerb = n } }
	isTimesCue  = func(e *entry) { e.timesCue = true }
	isMultiply  = func(e *entry) { e.multiplies = true }
	isPointW    = func(e *entry) { e.pointW = true }
	isDecadeW   = func(e *entry) { e.decadeW = true }
	asGrand     = func(e *entry) { e.grand = true }
	isNotPre    = func(e *entry) { e.notPre = true }
	isWordCode  = func(e *entry) { e.wordCode = true }
	isIsotope   = func(e *entry) { e.isotope = true }
	isLowerISO  = func(e *entry) { e.lowerISO = true }
	isCentury   = func(e *entry) { e.century = true }
	isLowerAbbr = func(e *entry) { e.lowerAbbr = true }
	isSquare    = func(e *entry) { e.power = 2 }
	isCubic     = func(e *entry) { e.power = 3 }
)

// sharedWords are the same in both languages: currency codes and unit
// symbols.
// isoCodes are the active ISO 4217 currency codes; any of them before or
// after an amount names its currency.
const isoCodes = `AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
	BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
	GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW
	KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN
	NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE
	SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF
	XCD XOF XPF YER ZAR ZMW ZWL`

// megaCodes are the currencies written with an M for millions in finance
// shorthand: "30 MUSD", "MEUR 120".
const megaCodes = `USD EUR GBP AUD CAD CHF JPY CNY SEK NOK DKK NZD SGD HKD`

var sharedWords = append(isoWords(), []wordRole{
	{"carbon carbone uranium plutonium strontium cobalt caesium cesium césium iodine iode radium thorium polonium tritium americium américium", isIsotope},
	{"đồng", asCur("VND")}, {"dong dongs", asCur("VND")}, {"yuan", asCur("CNY")}, {"renminbi", asCur("CNY")},
	{"baht", asCur("THB")}, {"ringgit", asCur("MYR")}, {"riel riels", asCur("KHR")}, {"kip kips", asCur("LAK")},
	{"rupiah", asCur("IDR")}, {"tenge tenges", asCur("KZT")}, {"lari laris", asCur("GEL")}, {"kuna kunas", asCur("HRK")},
	{"cedi cedis", asCur("GHS")}, {"birr birrs", asCur("ETB")}, {"kyat kyats", asCur("MMK")}, {"lempira lempiras", asCur("HNL")},
	{"quetzal quetzals quetzales", asCur("GTQ")}, {"manat manats", asCur("XXX")}, {"manat manats", asFamily("manat")},
	{"kwacha kwachas", asCur("XXX")}, {"kwacha kwachas", asFamily("kwacha")},
	{"us", asCurMod("USD")}, {"c", asCurMod("CAD")}, {"a", asCurMod("AUD")}, {"s", asCurMod("SGD")},
	{"hk", asCurMod("HKD")}, {"nz", asCurMod("NZD")}, {"r", asCurMod("BRL")}, {"cfa", asCurMod("XOF")},
	{"km", asUnit("km")}, {"kg", asUnit("kg")}, {"ha", asUnit("ha")}, {"km2 km²", asUnit("km2")},
	{"m2 m²", asUnit("m2")}, {"m3 m³", asUnit("m3")}, {"cm", asUnit("cm")}, {"mm", asUnit("mm")},
	{"mw", asUnit("MW")}, {"gw", asUnit("GW")}, {"kw", asUnit("kW")}, {"kwh", asUnit("kWh")},
	{"mwh", asUnit("MWh")}, {"gwh", asUnit("GWh")}, {"teu teus", asUnit("TEU")}, {"t", asUnit("tonne")},
	{"m", asUnit("m")}, {"pp ppt ppts", isPP}, {"k", asAbbr(3)},
	{"am pm", isTime}, {"h", isTime}, {"gmt utc", isZone}, {"fcfa", asCur("XOF")}, {"rmb", asCur("CNY")},
	{"cent cents", asSub(100, "")}, {"penny pence", asSub(100, "GBP")},
	{"won rand yen kip kips", isNotPre}, {"franc francs", asFamily("franc")}, {"dinar dinars", asFamily("dinar")},
	{"usd eur gbp jpy cny vnd aud chf sgd hkd inr krw thb nzd myr idr xof xaf", isLowerISO},
	{"celsius", asDegree("°C")}, {"fahrenheit", asDegree("°F")}, {"celsius fahrenheit", isHeat},
	{"mg", asUnit("mg")}, {"ms msec", asUnit("ms")}, {"µs μs", asUnit("µs")}, {"mg ms msec", isLowerAbbr}, {"µm μm micron microns", asUnit("µm")}, {"lb lbs", asUnit("lb")}, {"min", asUnit("minute")},
	{"lakh lakhs", asScale(5)}, {"crore crores", asScale(7)}, {"lkh lkhs", asAbbr(5)}, {"cr", asAbbr(7)},
	{"元", asCur("CNY")}, {"円", asCur("JPY")},
	// Bitcoin (no ISO code; BTC by use) and currencies replaced by the euro,
	// which archives and histories still quote.
	{"bitcoin bitcoins btc", asCur("BTC")}, {"markka markkaa", asCur("FIM")}, {"peseta pesetas", asCur("ESP")},
	{"guilder guilders florin florins", asCur("NLG")}, {"drachma drachmas drachmes", asCur("GRD")},
	{"all top cup pen bob gel sos try mad nad cop", isWordCode},
	{"kč", asCur("CZK")}, {"l", asUnit("litre")}, {"rpm", asUnit("rpm")},
	// Measures whose abbreviation both languages write.
	{"g", asUnit("g")}, {"mt", asUnit("Mt")}, {"gt", asUnit("Gt")}, {"twh", asUnit("TWh")}, {"tw", asUnit("TW")},
	{"bar", asUnit("bar")}, {"kv", asUnit("kV")}, {"kcal", asUnit("kcal")}, {"hpa mbar", asUnit("hPa")}, {"db", asUnit("dB")}, {"gb", asUnit("GB")},
}...)

// isoWords returns a currency role for each ISO 4217 code.
func isoWords() []wordRole {
	var roles []wordRole
	for _, c := range strings.Fields(isoCodes) {
		roles = append(roles, wordRole{strings.ToLower(c), asISO(c)})
	}
	for _, c := range strings.Fields(megaCodes) {
		roles = append(roles, wordRole{"m" + strings.ToLower(c), asMega(c)})
	}
	return roles
}

// enFusedOrdinals are tens and unit ordinals written as one word, as in
// "twentyfifth": "twenty-fifth" with the hyphen dropped.
func enFusedOrdinals() []wordRole {
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	var roles []wordRole
	for t, ten := range tens {
		for u, unit := range units {
			roles = append(roles, wordRole{ten + unit, asOrd((t+2)*10 + u + 1)})
		}
	}
	return roles
}

var enWords = append(enFusedOrdinals(), []wordRole{
	{"zero", asCard(0)}, {"one", asCard(1)}, {"two", asCard(2)}, {"three", asCard(3)}, {"four", asCard(4)},
	{"five", asCard(5)}, {"six", asCard(6)}, {"seven", asCard(7)}, {"eight", asCard(8)}, {"nine", asCard(9)},
	{"ten", asCard(10)}, {"eleven", asCard(11)}, {"twelve", asCard(12)}, {"thirteen", asCard(13)},
	{"fourteen", asCard(14)}, {"fifteen", asCard(15)}, {"sixteen", asCard(16)}, {"seventeen", asCard(17)},
	{"eighteen", asCard(18)}, {"nineteen", asCard(19)}, {"twenty", asCard(20)}, {"thirty", asCard(30)},
	{"forty fourty", asCard(40)}, {"fifty", asCard(50)}, {"sixty", asCard(60)}, {"seventy", asCard(70)},
	{"eighty", asCard(80)}, {"ninety", asCard(90)},
	{"nought naught nil", asCard(0)},
	{"one a an", isArticle}, {"hundred hundreds", asMult(100)}, {"dozen dozens doz dozs dz dzs", asMult(12)}, {"half", isHalf},
	{"half halves", asDenom(2)}, {"third thirds", asDenom(3)}, {"quarter quarters fourth fourths", asDenom(4)},
	{"fifth fifths", asDenom(5)}, {"sixth sixths", asDenom(6)}, {"seventh sevenths", asDenom(7)},
	{"eighth eighths", asDenom(8)}, {"ninth ninths", asDenom(9)}, {"tenth tenths", asDenom(10)},
	{"twentieth twentieths", asDenom(20)}, {"hundredth hundredths", asDenom(100)},
	{"thousandth thousandths", asDenom(1000)}, {"millionth millionths", asDenom(1000000)},
	{"billionth billionths", asDenom(1000000000)}, {"trillionth trillionths", asDenom(1000000000000)},
	{"minus negative", isMinus}, {"minus negative", isSignOnly}, {"point", isPointW},
	{"of and or more less fewer than to by for per in on is was are were has have had will would could can may might",
		isFracNext},
	{"temperature temperatures temp temps heat heatwave heatwaves hot hotter hottest warm warmer warmest cold colder coldest cool cooler freezing frost degrees thermometer mercury weather forecast forecasters highs lows",
		isHeat},
	{"pound pounds", isWeight}, {"pound pounds", isDollarLb},
	{"weigh weighs weighed weighing weight weights heavy heavier heaviest lighter lightest tipped scales", isWeighs},
	{"note notes fine fines fined bill bills coin coins prize prizes fee fees ticket tickets bet bets payment payments loan loans bonus reward salary wage price budget deal investment fund pay pays paid paying cost costs costing spend spends spent earn earns earned owe owes owed worth raised donated sold bought charged",
		isMoneyN},
	{"by", isFracPre}, {"second", isOrTime}, {"half", isHalfNoun}, {"once", asTimes(1)}, {"twice", asTimes(2)}, {"a an per every each", isPerTime}, {"thrice", asTimes(3)},
	{"doubled doubling twofold", asTimes(2)}, {"tripled tripling threefold", asTimes(3)}, {"quadrupled quadrupling fourfold", asTimes(4)},
	{"fivefold", asTimes(5)}, {"sixfold", asTimes(6)}, {"sevenfold", asTimes(7)}, {"eightfold", asTimes(8)}, {"ninefold", asTimes(9)},
	{"tenfold", asTimes(10)}, {"twentyfold", asTimes(20)}, {"hundredfold", asTimes(100)}, {"thousandfold", asTimes(1000)},
	{"double", asTimesVerb(2)}, {"triple", asTimesVerb(3)}, {"quadruple", asTimesVerb(4)},
	{"to will would could can may might should must than almost nearly", isTimesCue},
	{"multiply multiplied multiplies multiplying", isMultiply}, {"fold", asUnit("times")},
	{"the their its his her our your these those", isDet}, {"all", isAll},
	{"this current", asRel(0)}, {"next", asRel(1)}, {"last past", asRel(-1)}, {"after", isAfterW},
	{"year", asRelUnit('Y')}, {"month", asRelUnit('M')},
	{"bucks buck", asCurBase("USD")}, {"shekel shekels", asCur("ILS")}, {"dinar dinars", asCur("XXX")},
	{"riyal riyals", asCur("SAR")}, {"rial rials", asCur("XXX")}, {"dirham dirhams", asCur("AED")},
	{"rs", asCur("INR")}, {"rm", asCur("MYR")}, {"le", asISO("EGP")}, {"l.e. l.e", asCur("EGP")}, {"geneh", asCur("EGP")}, {"hryvnia hryvnias", asCur("UAH")}, {"zloty zlotys", asCur("PLN")},
	{"forint forints", asCur("HUF")}, {"lira liras lire", asCur("TRY")}, {"naira", asCur("NGN")},
	{"krona kronor", asCur("SEK")}, {"krone kroner", asCur("XXX")}, {"koruna korunas koruny", asCur("CZK")},
	{"crown crowns", asCur("XXX")}, {"krona kronor krone kroner koruna korunas koruny kronur crown crowns", asFamily("crown")}, {"taka", asCur("BDT")}, {"tugrik tugriks", asCur("MNT")}, {"ringgits", asCur("MYR")},
	{"class", isTitle}, {"percents", isPercent},
	{"nickel nickels", asSub(20, "")}, {"dime dimes", asSub(10, "")}, {"pennies", asSub(100, "")},
	{"over", asRatio('o')}, {"out", asRatio('u')}, {"in", asRatio('i')},
	{"grand", asGrand}, {"kuai", asCur("CNY")}, {"century centuries", isCentury},
	{"square squared", isSquare}, {"cubic cubed", isCubic},
	{"later after before earlier ago per ahead only", isSpanAfter},
	{"in for by than within during over lasted last lasts took take takes spent spend spends after before", isASpan},
	{"ago earlier later", isASpanAft}, {"ahead before after", isASpanAmb},
	{"i he she we they who", isSubject},
	{"came became began heard put saw met made took went told wrote found got gave ran won brought bought built caught chose drew drove fell felt fought flew grew held kept knew led lost paid rose said sang sat sold sent showed spoke stood struck taught thought threw woke",
		isPastVerb},
	// Nouns that are also references ("Article 5", "Group B") or words of
	// money ("a $20 ticket"), counted when a number stands before them.
	{"page pages", asUnit("page")}, {"article articles", asUnit("article")}, {"chapter chapters", asUnit("chapter")},
	{"section sections", asUnit("section")}, {"phase phases", asUnit("phase")},
	{"line lines", asUnit("line")}, {"zone zones", asUnit("zone")}, {"district districts", asUnit("district")},
	{"type types", asUnit("type")}, {"category categories", asUnit("category")}, {"stage stages", asUnit("stage")},
	{"group groups", asUnit("group")}, {"version versions", asUnit("version")}, {"item items", asUnit("item")},
	{"decree decrees", asUnit("decree")}, {"resolution resolutions", asUnit("resolution")}, {"law laws", asUnit("law")},
	{"clause clauses", asUnit("clause")}, {"paragraph paragraphs", asUnit("paragraph")}, {"gate gates", asUnit("gate")},
	{"table tables", asUnit("table")},
	{"terminal terminals", asUnit("terminal")}, {"platform platforms", asUnit("platform")}, {"block blocks", asUnit("block")},
	{"route routes", asUnit("route")}, {"road roads", asUnit("road")}, {"ticket tickets", asUnit("ticket")},
	{"bill bills", asUnit("bill")}, {"coin coins", asUnit("coin")}, {"prize prizes", asUnit("prize")},
	{"loan loans", asUnit("loan")}, {"deal deals", asUnit("agreement")}, {"payment payments", asUnit("payment")},
	{"home homes", asUnit("dwelling")}, {"night nights", asUnit("night")}, {"door doors", asUnit("door")},
	{"light", asUnitMod("year", "ly")}, {"nautical", asUnitMod("mile", "nmi")}, {"youth youths", asUnit("youth")},
	{"dead injured wounded police", isPreAdj}, // "800 dead", "800 dead birds", "65 police", "3 police cars": see counts.txt
	{"gram grams gramme grammes", asUnit("g")}, {"century centuries", asUnit("century")},
	{"millennium millennia millenniums", asUnit("millennium")}, {"horsepower hp bhp", asUnit("hp")},
	{"watt watts", asUnit("W")}, {"kilowatt kilowatts", asUnit("kW")}, {"terawatt terawatts", asUnit("TW")},
	{"gigabyte gigabytes", asUnit("GB")}, {"megabyte megabytes", asUnit("MB")}, {"terabyte terabytes", asUnit("TB")},
	{"kilobyte kilobytes", asUnit("kB")},
	{"megatonne megatonnes megaton megatons", asUnit("Mt")}, {"gigatonne gigatonnes gigaton gigatons", asUnit("Gt")},
	{"bcm", asUnit("bcm")}, {"calorie calories", asUnit("kcal")}, {"knots", asUnit("kn")},
	{"volt volts", asUnit("V")}, {"kilovolt kilovolts", asUnit("kV")}, {"decibel decibels", asUnit("dB")},
	{"carat carats", asUnit("carat")}, {"gallon gallons", asUnit("gallon")},
	{"hectopascal hectopascals millibar millibars", asUnit("hPa")}, {"nanometre nanometres nanometer nanometers", asUnit("nm")},
	{"thousands", asScale(3)}, {"millions", asScale(6)}, {"billions", asScale(9)}, {"trillions", asScale(12)},
	{"thousand", asScale(3)}, {"million", asScale(6)}, {"billion", asScale(9)}, {"trillion", asScale(12)},
	{"milliard milliards", asScale(9)}, // British English of old, and translations from French
	{"mn mln mio mil", asAbbr(6)}, {"bn bln", asAbbr(9)}, {"tn trn tln", asAbbr(12)},
	{"nineth", asOrd(9)},
	{"twenties", asDecade(20)}, {"thirties", asDecade(30)}, {"forties", asDecade(40)}, {"fifties", asDecade(50)},
	{"sixties", asDecade(60)}, {"seventies", asDecade(70)}, {"eighties", asDecade(80)}, {"nineties", asDecade(90)}, {"noughties", asDecade(100)},
	{"m", asMoneyAbbr(6)}, {"b", asMoneyAbbr(9)},
	{"first", asOrd(1)}, {"second", asOrd(2)}, {"third", asOrd(3)}, {"fourth", asOrd(4)}, {"fifth", asOrd(5)},
	{"sixth", asOrd(6)}, {"seventh", asOrd(7)}, {"eighth", asOrd(8)}, {"ninth", asOrd(9)}, {"tenth", asOrd(10)},
	{"eleventh", asOrd(11)}, {"twelfth", asOrd(12)}, {"thirteenth", asOrd(13)}, {"fourteenth", asOrd(14)},
	{"fifteenth", asOrd(15)}, {"sixteenth", asOrd(16)}, {"seventeenth", asOrd(17)}, {"eighteenth", asOrd(18)},
	{"nineteenth", asOrd(19)}, {"twentieth", asOrd(20)}, {"thirtieth", asOrd(30)}, {"fortieth", asOrd(40)},
	{"fiftieth", asOrd(50)}, {"sixtieth", asOrd(60)}, {"seventieth", asOrd(70)}, {"eightieth", asOrd(80)},
	{"ninetieth", asOrd(90)}, {"hundredth", asOrd(100)}, {"thousandth", asOrd(1000)}, {"millionth", asOrd(1000000)},
	{"billionth", asOrd(1000000000)}, {"trillionth", asOrd(1000000000000)},
	{"st nd rd th", isOrdSuf}, {"running", isPostAdj}, {"minister lady", isTitle},
	{"u.s.", asCurMod("USD")}, {"hong", asCurMod("HKD")}, {"a.m. p.m. a.m p.m clock", isTime}, {"morning afternoon evening night", isDayPart}, {"until till", isUntil}, {"so", isOrSo}, {"maximum minimum", isPostHdg}, {"at", isBoundAt}, {"shortly just", isShortly}, {"after before", isClockRel}, {"about around circa approximately roughly approx", isAround}, {"more less most least", isBound}, {"divide divided divides dividing", isDivides},
	{"dollar dollars", asCurBase("USD")}, {"euro euros", asCur("EUR")}, {"pound pounds", asCurBase("GBP")}, {"sterling", asCurMod("GBP")},
	{"yen", asCur("JPY")}, {"franc francs", asCurBase("XXX")}, {"rupee rupees", asCur("INR")}, {"rupee rupees", asFamily("rupee")}, {"won", asCur("KRW")},
	{"peso pesos", asCur("XXX")}, {"peso pesos", asFamily("peso")}, {"shilling shillings", asCur("XXX")},
	{"shilling shillings", asFamily("shilling")}, {"rouble roubles ruble rubles", asCur("RUB")}, {"rand", asCur("ZAR")},
	{"mex", asCurMod("MXN")}, {"american", asCurMod("USD")}, {"canadian", asCurMod("CAD")}, {"australian", asCurMod("AUD")},
	{"singapore singaporean", asCurMod("SGD")}, {"kong", asCurMod("HKD")}, {"zealand", asCurMod("NZD")},
	{"swiss", asCurMod("CHF")}, {"british", asCurMod("GBP")}, {"taiwan", asCurMod("TWD")},
	{"year years yr yrs", asUnit("year")}, {"month months", asUnit("month")}, {"week weeks", asUnit("week")},
	{"day days", asUnit("day")}, {"hour hours hr hrs", asUnit("hour")}, {"minute minutes", asUnit("minute")},
	{"tonne tonnes ton tons", asUnit("tonne")}, {"kilogram kilograms kilogramme kilogrammes kilo kilos", asUnit("kg")},
	{"kilometre kilometres kilometer kilometers", asUnit("km")}, {"metre metres meter meters", asUnit("m")},
	{"hectare hectares", asUnit("ha")}, {"litre litres liter liters", asUnit("litre")},
	{"mile miles mi", asUnit("mile")}, {"foot feet ft", asUnit("ft")}, {"inch inches", asUnit("inch")},
	{"acre acres", asUnit("acre")},
	{"megawatt megawatts", asUnit("MW")}, {"gigawatt gigawatts", asUnit("GW")},
	{"people person persons individuals", asUnit("person")}, {"resident residents inhabitants", asUnit("resident")},
	{"visitor visitors", asUnit("visitor")}, {"tourist tourists", asUnit("tourist")},
	{"worker workers employee employees", asUnit("worker")}, {"job jobs", asUnit("job")},
	{"student students pupil pupils", asUnit("student")},
	{"enterprise enterprises business businesses company companies firm firms", asUnit("enterprise")},
	{"project projects", asUnit("project")}, {"household households", asUnit("household")},
	{"vehicle vehicles car cars", asUnit("vehicle")}, {"case cases", asUnit("case")},
	{"death deaths", asUnit("death")}, {"school schools", asUnit("school")}, {"child children", asUnit("child")},
	{"passenger passengers", asUnit("passenger")}, {"room rooms", asUnit("room")}, {"point points", asUnit("point")},
	{"times", asUnit("times")}, {"container containers", asUnit("container")}, {"flight flights", asUnit("flight")},
	{"hospital hospitals", asUnit("hospital")}, {"country countries", asUnit("country")},
	{"province provinces", asUnit("province")}, {"house houses dwelling dwellings", asUnit("dwelling")},
	{"centimetre centimetres centimeter centimeters", asUnit("cm")}, {"millimetre millimetres millimeter millimeters", asUnit("mm")},
	{"yard yards yd yds", asUnit("yard")}, {"centilitre centilitres centiliter centiliters", asUnit("cl")},
	{"millilitre millilitres milliliter milliliters", asUnit("ml")},
	{"ounce ounces oz", asUnit("ounce")}, {"lac lacs", asScale(5)}, {"decade decades", asUnit("decade")},
	{"voter voters", asUnit("voter")}, {"user users", asUnit("user")},
	{"customer customers", asUnit("customer")}, {"subscriber subscribers", asUnit("subscriber")},
	{"barrel barrels", asUnit("barrel")},
	{"consecutive straight successive additional more new other full first last next past previous extra further degree degrees metric",
		isUnitAdj},
	{"seconds secs sec", asUnit("second")}, {"mins", asUnit("minute")}, {"milligram milligrams", asUnit("mg")},
	{"millisecond milliseconds", asUnit("ms")}, {"microsecond microseconds", asUnit("µs")},
	{"micrometre micrometres micrometer micrometers", asUnit("µm")},
	{"percent pct pc", isPercent}, {"per", isPer}, {"cent", isCent},
	{"point points", isPoints}, {"percentage percentages", isPctWord},
	{"no article articles art decree decrees resolution law circular directive clause chapter section paragraph page pages route highway room line gate terminal phase district ward zone level version flight platform lot block item type category stage grade group number interstate table fig figure diagram chart graph exhibit appendix annex footnote season episode",
		isRef},
	{"resolutions clauses chapters sections paragraphs routes rooms lines gates terminals phases districts wards zones levels versions platforms blocks items stages groups tables diagrams charts graphs exhibits appendices annexes footnotes figures seasons episodes", isRefs},
	{"hotline hotlines phone telephone tel fax call", isPhone},
	{"in since from by until till of year before after during to through around circa fiscal", isYearCtx},
	{"mid early late pre post end", isDatePref},
	{"in since until till during throughout mid early late end", isMonthPre}, {"since", isSince},
	{"month end beginning start middle", isMonthOf}, {"by before after to from for of with against", isMonthBy}, {"may", isNameMon},
	{"street st road rd avenue ave boulevard blvd lane rue", isStreet}, {"monday tuesday wednesday thursday friday saturday sunday ci iqr", isKnown}, {"aged age ages", isAge},
	{"against versus vs from", isContrast}, {"below", isBelow}, {"in for of per by on than to within during later after before earlier ago only just lasted last lasts took take takes spent spend spends", isSpanPrep}, {"mph", asUnit("mph")},
	{"kph kmh", asUnit("km/h")},
	{"money cash funding funds investment investments debt debts savings damage damages revenue revenues sales profit profits losses spending cuts assets bonuses aid tax taxes taxpayers taxpayer public government contracts business trade exports imports subsidies compensation deals orders value goods capital credit",
		isOfMoney},
	{"of", isDe}, {"of", isOf}, {"to through", isRangeTo}, {"and", isAnd}, {"or", isOr}, {"the", isDayArt}, {"between from", isBetween}, {"between from", isBetwAnd},
	{"quarter quarters", asPeriod('Q')}, {"half", asPeriod('H')},
	{"january jan", asMonth(1)}, {"february feb", asMonth(2)}, {"march mar", asMonth(3)}, {"april apr", asMonth(4)},
	{"may", asMonth(5)}, {"june jun", asMonth(6)}, {"july jul", asMonth(7)}, {"august aug", asMonth(8)},
	{"september sep sept", asMonth(9)}, {"october oct", asMonth(10)}, {"november nov", asMonth(11)},
	{"december dec", asMonth(12)},
	{"january jan february feb april apr june jun july jul aug september sep sept october oct november nov december dec", isLowerMon},
	{"with without for in into on onto by as than over under during within while which that who whom whose what " +
		"will would could should might must shall is are was were be been being has have had do does did " +
		"but if when because not also it they them he him she we you", isFunction},
}...)

const enHedges = `about, around, nearly, almost, approximately, roughly, some, over, circa, approx, approx., ca, ca.,
	more than, less than, fewer than, up to, at least, close to, upwards of, in excess of, just over,
	just under, under, below, above, an estimated, estimated, almost exactly, around about, as many as,
	as much as, no fewer than, no less than, nearly, well over, well above, more or less, exceeding,
	at most, a maximum of, a minimum of, barely, higher than, lower than, greater than, bigger than,
	larger than, smaller than, longer than, shorter than, older than, younger than, cheaper than,
	wider than, deeper than, taller than, heavier than, faster than, slower than, better than,
	exceed, exceeds, exceeded, surpass, surpasses, surpassed, surpassing, tops, topped, topping`

var frWords = []wordRole{
	{"zéro zero", asCard(0)}, {"un une", asCard(1)}, {"deux", asCard(2)}, {"trois", asCard(3)}, {"quatre", asCard(4)},
	{"cinq", asCard(5)}, {"six", asCard(6)}, {"sept", asCard(7)}, {"huit", asCard(8)}, {"neuf", asCard(9)},
	{"dix", asCard(10)}, {"onze", asCard(11)}, {"douze", asCard(12)}, {"treize", asCard(13)},
	{"quatorze", asCard(14)}, {"quinze", asCard(15)}, {"seize", asCard(16)}, {"vingt vingts", asCard(20)},
	{"trente", asCard(30)}, {"quarante", asCard(40)}, {"cinquante", asCard(50)}, {"soixante", asCard(60)},
	{"septante", asCard(70)}, {"octante huitante", asCard(80)}, {"nonante", asCard(90)},
	{"un une neuf", isArticle}, {"cent cents", asMult(100)}, {"douzaine douzaines", asMult(12)}, {"douzaine douzaines", isRoundMult},
	{"cent mille", isBare},
	{"demi demie demis", asDenom(2)}, {"tiers", asDenom(3)}, {"quart quarts", asDenom(4)},
	{"quatrième quatrièmes quatrieme quatriemes", asDenom(4)}, {"cinquième cinquièmes cinquieme cinquiemes", asDenom(5)}, {"sixième sixièmes sixieme sixiemes", asDenom(6)},
	{"septième septièmes septieme septiemes", asDenom(7)}, {"huitième huitièmes huitieme huitiemes", asDenom(8)},
	{"neuvième neuvièmes neuvieme neuviemes", asDenom(9)}, {"dixième dixièmes dixieme dixiemes", asDenom(10)},
	{"vingtième vingtièmes vingtieme vingtiemes", asDenom(20)},
	{"centième centièmes centieme centiemes", asDenom(100)}, {"millième millièmes millieme milliemes", asDenom(1000)},
	{"millionième millionièmes millionieme millioniemes", asDenom(1000000)},
	{"milliardième milliardièmes milliardieme milliardiemes", asDenom(1000000000)},
	{"billionième billionièmes billionieme billioniemes", asDenom(1000000000000)},
	{"moins", isMinus}, {"virgule", isPointW},
	{"de d du des et ou plus moins que qu à au aux par pour en sur est sont était étaient a ont sera seront", isFracNext},
	{"cette ce cet", asRel(0)}, {"prochain prochaine", asRel(1)}, {"dernier dernière derniere passé passée", asRel(-1)},
	{"année annee an", asRelUnit('Y')}, {"mois", asRelUnit('M')}, {"années annees", isDecadeW},
	{"centime centimes", asSub(100, "EUR")}, {"shekel shekels", asCur("ILS")}, {"dinar dinars", asCur("XXX")},
	{"riyal riyals", asCur("SAR")}, {"rial rials", asCur("XXX")}, {"dirham dirhams", asCur("MAD")},
	// Currencies French names as their countries do.
	{"naira nairas", asCur("NGN")}, {"taka takas", asCur("BDT")}, {"zloty zlotys", asCur("PLN")}, {"hryvnia hryvnias", asCur("UAH")},
	{"tugrik tugriks", asCur("MNT")}, {"ringgits", asCur("MYR")}, {"rand rands", asCur("ZAR")}, {"won wons", asCur("KRW")},
	{"koruna korunas koruny", asCur("CZK")}, {"krona kronor", asCur("SEK")}, {"koruna korunas koruny krona kronor", asFamily("crown")},
	{"pourcents", isPercent}, {"balles", asCurBase("EUR")}, {"siècle siècles siecle", isCentury},
	{"evp", asUnit("TEU")}, {"sur", asRatio('i')}, {"carré carrés carre carres", isSquare}, {"cube cubes", isCubic},
	{"plus après avant auparavant par seulement", isSpanAfter},
	// Nouns that are also references ("article 5", "groupe B"), counted
	// when a number stands before them.
	{"page pages", asUnit("page")}, {"article articles", asUnit("article")}, {"chapitre chapitres", asUnit("chapter")},
	{"section sections", asUnit("section")}, {"phase phases", asUnit("phase")}, {"niveau niveaux", asUnit("level")},
	{"ligne lignes", asUnit("line")}, {"zone zones", asUnit("zone")}, {"arrondissement arrondissements district districts", asUnit("district")},
	{"type types", asUnit("type")}, {"catégorie catégories", asUnit("category")}, {"groupe groupes", asUnit("group")},
	{"version versions", asUnit("version")}, {"décret décrets", asUnit("decree")}, {"résolution résolutions", asUnit("resolution")},
	{"loi lois", asUnit("law")}, {"table tables", asUnit("table")}, {"tableau tableaux", asUnit("painting")},
	{"clause clauses", asUnit("clause")}, {"paragraphe paragraphes alinéa alinéas", asUnit("paragraph")},
	{"porte portes", asUnit("door")}, {"terminal terminaux", asUnit("terminal")}, {"bloc blocs", asUnit("block")},
	{"route routes", asUnit("road")}, {"salle salles", asUnit("hall")}, {"classe classes", asUnit("class")},
	{"billet billets", asUnit("ticket")}, {"prêt prêts", asUnit("loan")}, {"nuit nuits", asUnit("night")},
	{"lumière lumières", asUnitModAfter("year", "ly")}, {"nautique nautiques marin marins marine marines", asUnitModAfter("mile", "nmi")}, {"jeune jeunes", asUnit("youth")}, {"jeune jeunes", isPreAdj},
	{"gramme grammes", asUnit("g")}, {"siècle siècles siecle siecles", asUnit("century")},
	{"millénaire millénaires", asUnit("millennium")}, {"ch", asUnit("hp")},
	{"watt watts", asUnit("W")}, {"kilowatt kilowatts", asUnit("kW")}, {"térawatt térawatts", asUnit("TW")},
	{"térawattheure térawattheures", asUnit("TWh")},
	{"go gigaoctet gigaoctets", asUnit("GB")}, {"mo mégaoctet mégaoctets", asUnit("MB")}, {"téraoctet téraoctets", asUnit("TB")},
	{"kilooctet kilooctets", asUnit("kB")},
	{"mégatonne mégatonnes", asUnit("Mt")}, {"gigatonne gigatonnes", asUnit("Gt")},
	{"calorie calories", asUnit("kcal")}, {"nœuds noeuds", asUnit("kn")},
	{"volt volts", asUnit("V")}, {"kilovolt kilovolts", asUnit("kV")}, {"décibel décibels", asUnit("dB")},
	{"carat carats", asUnit("carat")}, {"gallon gallons", asUnit("gallon")},
	{"hectopascal hectopascals millibar millibars", asUnit("hPa")}, {"nanomètre nanomètres", asUnit("nm")}, {"mile miles", asUnit("mile")},
	{"demi demie", isHalf}, {"mille mil", asScale(3)}, {"milles", isMilles}, {"million millions", asScale(6)},
	{"milliard milliards", asScale(9)}, {"billion billions", asScale(12)}, {"billiard billiards", asScale(15)},
	{"trillion trillions", asScale(18)},
	{"md mds mrd mrds mdr", asAbbr(9)}, {"mio", asAbbr(6)},
	// English abbreviations that French news copies with the amount: "($1.3m)", "€120m".
	{"m", asMoneyAbbr(6)}, {"bn", asMoneyAbbr(9)},
	{"second seconde", isOrTime}, {"livre livres", isWeight},
	{"pèse pèsent pesait pesaient pesant pesé pesée poids lourd lourde lourds lourdes", isWeighs},
	{"billet billets amende amendes prix pièce pièces payé payée payés payer paie coûte coûté coûtait dépensé gagné vendu acheté", isMoneyN},
	{"température températures chaleur canicule canicules chaud chaude chauds froid froide froids gel degrés thermomètre météo",
		isHeat}, {"quinzaine quinzaines", asApproxN(15)}, {"moitié moitie", isHalfNoun}, {"la sa leur cette", isDet}, {"tous toutes", isAll},
	{"dizaine dizaines", asApproxN(10)}, {"vingtaine", asApproxN(20)}, {"trentaine", asApproxN(30)},
	{"quarantaine", asApproxN(40)}, {"cinquantaine", asApproxN(50)}, {"soixantaine", asApproxN(60)},
	{"centaine centaines", asApproxN(100)}, {"millier milliers", asApproxN(1000)},
	{"premier première premiere", asOrd(1)}, {"premiers premières", isFirstPl}, {"second seconde deuxième deuxieme", asOrd(2)},
	{"troisième troisieme", asOrd(3)}, {"quatrième quatrieme", asOrd(4)}, {"cinquième cinquieme", asOrd(5)},
	{"sixième sixieme", asOrd(6)}, {"septième septieme", asOrd(7)}, {"huitième huitieme", asOrd(8)},
	{"neuvième neuvieme", asOrd(9)}, {"dixième dixieme", asOrd(10)}, {"onzième onzieme", asOrd(11)},
	{"douzième douzieme", asOrd(12)}, {"treizième treizieme", asOrd(13)}, {"quatorzième quatorzieme", asOrd(14)},
	{"quinzième quinzieme", asOrd(15)}, {"seizième seizieme", asOrd(16)}, {"vingtième vingtieme", asOrd(20)},
	{"trentième trentieme", asOrd(30)}, {"quarantième quarantieme", asOrd(40)},
	{"cinquantième cinquantieme", asOrd(50)}, {"soixantième soixantieme", asOrd(60)},
	{"centième centieme", asOrd(100)}, {"millième millieme", asOrd(1000)}, {"unième unieme", asOrd(1)},
	{"septantième septantieme", asOrd(70)}, {"huitantième huitantieme octantième octantieme", asOrd(80)},
	{"nonantième nonantieme", asOrd(90)}, {"millionième millionieme", asOrd(1000000)},
	{"milliardième milliardieme", asOrd(1000000000)}, {"billionième billionieme", asOrd(1000000000000)},
	{"er re ère ere e ème eme è ᵉ ieme ers res ères eres es èmes emes", isOrdSuf},
	{"consécutives consécutifs consécutive consécutif successives successifs supplémentaires pleines pleins entiers entières",
		isPostAdj}, {"ministre ministres", isTitle},
	{"dollar dollars", asCurBase("USD")}, {"euro euros", asCur("EUR")}, {"livre livres", asCurBase("GBP")},
	{"sterling", asCurMod("GBP")}, {"pound pounds", asCurBase("GBP")}, {"yen yens", asCur("JPY")}, {"yuans", asCur("CNY")}, {"franc francs", asCurBase("XXX")},
	{"roupie roupies", asCur("XXX")}, {"roupie roupies", asFamily("rupee")}, {"bahts", asCur("THB")}, {"wons", asCur("KRW")},
	{"peso pesos", asCur("XXX")}, {"peso pesos", asFamily("peso")}, {"shilling shillings", asCur("XXX")},
	{"shilling shillings", asFamily("shilling")}, {"forint forints", asCur("HUF")}, {"rouble roubles", asCur("RUB")},
	{"américains américain américaines", asCurMod("USD")}, {"canadiens canadien", asCurMod("CAD")},
	{"australiens australien", asCurMod("AUD")}, {"singapouriens singapourien", asCurMod("SGD")},
	{"hongkongais", asCurMod("HKD")}, {"suisses suisse", asCurMod("CHF")},
	{"taïwan taiwan", asCurMod("TWD")}, {"hong kong", asCurMod("HKD")}, {"singapour", asCurMod("SGD")},
	{"couronne couronnes", asCur("XXX")}, {"couronne couronnes", asFamily("crown")},
	{"an ans année années annee annees", asUnit("year")}, {"mois", asUnit("month")},
	{"semaine semaines", asUnit("week")}, {"jour jours journée journées", asUnit("day")},
	{"heure heures", asUnit("hour")}, {"minute minutes", asUnit("minute")}, {"tonne tonnes", asUnit("tonne")},
	{"kilogramme kilogrammes kilo kilos", asUnit("kg")}, {"kilomètre kilomètres kilometre kilometres", asUnit("km")},
	{"mètre mètres metre metres", asUnit("m")}, {"pied pieds", asUnit("ft")}, {"pouce pouces", asUnit("inch")},
	{"acre acres", asUnit("acre")}, {"hectare hectares", asUnit("ha")}, {"litre litres", asUnit("litre")},
	{"mégawatt mégawatts megawatts", asUnit("MW")}, {"gigawatt gigawatts", asUnit("GW")},
	{"personne personnes individus", asUnit("person")}, {"habitant habitants résident résidents", asUnit("resident")},
	{"visiteur visiteurs", asUnit("visitor")}, {"touriste touristes", asUnit("tourist")},
	{"travailleur travailleurs travailleuse travailleuses employé employés employée employées salarié salariés salariée salariées", asUnit("worker")}, {"emploi emplois", asUnit("job")},
	{"étudiant étudiants élève élèves", asUnit("student")},
	{"entreprise entreprises société sociétés compagnie compagnies", asUnit("enterprise")},
	{"projet projets", asUnit("project")}, {"ménage ménages foyer foyers", asUnit("household")},
	{"véhicule véhicules voiture voitures", asUnit("vehicle")}, {"cas", asUnit("case")},
	{"décès morts", asUnit("death")}, {"école écoles", asUnit("school")}, {"enfant enfants", asUnit("child")},
	{"passager passagers", asUnit("passenger")}, {"chambre chambres", asUnit("room")},
	{"fois", asUnit("times")}, {"conteneur conteneurs", asUnit("container")}, {"vol vols", asUnit("flight")},
	{"doubler doublera doubleront doublerait doubleraient doublait doublaient doublent", asTimes(2)},
	{"tripler triplera tripleront triplerait tripleraient triplait triplaient triplent", asTimes(3)},
	{"quadrupler quadruplera quadrupleront quadruplerait quadrupleraient quadruplait quadruplaient quadruplent", asTimes(4)},
	{"décupler décuplera décupleront décuplerait décupleraient décuplait décuplaient décuplent", asTimes(10)},
	{"double doublé doublée doublés doublées", asTimesVerb(2)}, {"triple triplé triplée triplés triplées", asTimesVerb(3)},
	{"quadruple quadruplé quadruplée quadruplés quadruplées", asTimesVerb(4)}, {"décuplé décuplée décuplés décuplées", asTimesVerb(10)},
	{"le du au", isTimesCue}, {"multiplier multiplié multipliée multipliés multipliées multiplie multiplient multipliera multiplieront multipliait multipliant", isMultiply},
	{"hôpital hôpitaux", asUnit("hospital")}, {"pays", asUnit("country")}, {"province provinces", asUnit("province")},
	{"logement logements maison maisons", asUnit("dwelling")},
	{"centimètre centimètres centimetre centimetres", asUnit("cm")}, {"millimètre millimètres millimetre millimetres", asUnit("mm")},
	{"yard yards", asUnit("yard")}, {"centilitre centilitres", asUnit("cl")}, {"millilitre millilitres", asUnit("ml")},
	{"once onces", asUnit("ounce")}, {"décennie décennies decennie decennies", asUnit("decade")},
	{"électeur électeurs électrice électrices", asUnit("voter")},
	{"utilisateur utilisateurs utilisatrice utilisatrices", asUnit("user")}, {"client clients clientes", asUnit("customer")},
	{"abonné abonnés abonnée abonnées", asUnit("subscriber")}, {"baril barils", asUnit("barrel")},
	{"premiers premières derniers dernières prochains prochaines nouveaux nouvelles autres degré degrés", isUnitAdj},
	{"secondes", asUnit("second")}, {"milligramme milligrammes", asUnit("mg")},
	{"milliseconde millisecondes", asUnit("ms")}, {"microseconde microsecondes", asUnit("µs")}, {"micromètre micromètres", asUnit("µm")},
	{"pourcent", isPercent}, {"pour", isPer}, {"cent", isCent},
	{"point points", isPoints}, {"pourcentage pourcentages", isPctWord}, {"point points", asUnit("point")},
	{"n no nº numéro numero article articles art décret décrets résolution loi circulaire directive clause chapitre section paragraphe alinéa page pages route autoroute salle ligne porte terminal phase arrondissement district zone niveau version lot bloc type catégorie stade groupe classe tableau graphique fig figure annexe schéma diagramme diapositive encadré saison épisode master",
		isRef},
	{"résolutions clauses chapitres sections paragraphes alinéas routes salles lignes portes terminaux phases arrondissements districts zones niveaux versions blocs groupes tableaux graphiques annexes schémas diagrammes diapositives encadrés figures saisons épisodes", isRefs},
	{"hotline téléphone tél tel fax appeler", isPhone},
	{"en depuis de d dès année avant après pendant vers jusqu jusqu'en fin début mi à", isYearCtx},
	{"mi fin début pré post", isDatePref},
	{"en depuis dès mi fin début courant jusqu", isMonthPre}, {"depuis", isSince}, {"mois fin début mi courant", isMonthOf}, {"avant après pour à", isMonthBy},
	{"rue avenue boulevard bd place quai allée impasse chemin street road", isStreet}, {"lundi mardi mercredi jeudi vendredi samedi dimanche ic", isKnown}, {"contre", isContrast}, {"sous dessous", isBelow}, {"degré degrés", isHeat}, {"de d à en par pour sur que qu pendant durant dans tard après avant plus seul seulement duré dure durera prend pris passé passe", isSpanPrep}, {"à vers dès", isTimePrep}, {"environ maximum minimum", isPostHdg}, {"au", isBoundAt}, {"par chaque tous toutes", isPerTime}, {"peu juste", isShortly}, {"après avant", isClockRel}, {"vers environ autour alentours", isAround}, {"plus moins plusieurs", isBound}, {"par", isFracPre}, {"diviser divisé divisée divisés divisées divise divisent divisera diviseront divisant", isDivides}, {"matin soir", isTime},
	{"un", isMasc},
	{"de d du des", isDe}, {"de d du", isOf}, {"à au", isRangeTo}, {"et", isAnd}, {"ou", isOr}, {"le", isDayArt}, {"entre de d", isBetween}, {"entre", isBetwAnd},
	{"trimestre trimestres", asPeriod('Q')}, {"semestre semestres", asPeriod('H')},
	{"janvier janv", asMonth(1)}, {"février fevrier févr fév", asMonth(2)}, {"mars", asMonth(3)},
	{"avril avr", asMonth(4)}, {"mai", asMonth(5)}, {"juin", asMonth(6)}, {"juillet juil", asMonth(7)},
	{"août aout", asMonth(8)}, {"septembre sept", asMonth(9)}, {"octobre oct", asMonth(10)},
	{"novembre nov", asMonth(11)}, {"décembre decembre déc", asMonth(12)},
	{"avec sans pour dans par sur sous pendant vers chez selon dont qui que qu quoi mais puis si lorsque quand car " +
		"est sont était étaient sera seront serait seraient ont avait avaient aura auront été être " +
		"il elle ils elles on nous vous se ne pas y", isFunction},
}

const frHedges = `environ, environ de, env., près de, près d', presque, plus de, plus d', moins de, moins d', quelque,
	plus de la, plus des, près de la, près des, moins de la, moins des,
	au moins, autour de, jusqu'à, quasiment, quasi, approximativement, pas moins de, aux alentours de,
	aux alentours d', aux environs de, aux environs d', quelques,
	de l'ordre de, un peu plus de, un peu plus d', un peu moins de, un peu moins d',
	à peu près, approximativement, au-delà de, au delà de, largement, pratiquement,
	supérieur à, supérieure à, supérieurs à, supérieures à, inférieur à, inférieure à, inférieurs à,
	inférieures à, au-dessus de, au-dessus d', au-dessous de, au-dessous d', en dessous de, en dessous d',
	dépassant, dépassant les, dépasse les, dépassent les, à peine, au maximum, au minimum, tout au plus,
	en-dessous de, en-dessous d', en dessous des, au-dessous des, sous les, sous la barre des, sous la barre de,
	sous la barre d', sous le seuil des, sous le seuil de, sous le seuil d', en deçà de, en deçà des, en deçà d',
	au-dessus des, un maximum de, un maximum d', maximum de, maximum d', un minimum de, un minimum d',
	pas plus de, pas plus d', avoisine, avoisinent, avoisiner, avoisinant, avoisinait, avoisinaient, avoisinera,
	avoisine les, avoisinent les, avoisiner les, avoisinant les, avoisinait les, avoisinaient les, avoisinera les,
	frôle, frôlent, frôler, frôlant, frôlé, frôle les, frôlent les, frôler les, frôlant les, frôlé les,
	dépasse, dépassent, dépassé, dépassée, dépassés, dépassées, dépassait, dépassaient, dépassera, dépasseront,
	excède, excèdent, excédant, excédé, plus élevé que, plus élevée que, plus élevés que, plus élevées que,
	plus élevé qu', plus élevée qu', plus élevés qu', plus élevées qu'`

// enIdioms and frIdioms are set phrases with an ordinal word ("_") that
// state no rank: "in the first place" means "at all", "at first" means
// "initially", "first aid" is a kind of care.
const enIdioms = `in the _ place, _ of all, _ and foremost, at _, _ off, _ aid, _ responders, _ responder,
	_ nature, _ thoughts, _ to none, _ - hand, at _ hand, _ - rate, _ - class, _ fiddle, _ - party, _ - parties, _ - line`

const frIdioms = `en _ lieu, au _ abord, au _ chef, du _ coup, de _ plan, au _ plan, _ secours, _ venu, _ venue,
	de _ main, de _ ordre, de _ choix, en _ main, _ classe, de _ nécessité, à _ vue, _ dame, de la _ heure, matières _, matière _,
	dans un _ temps, de _ importance, de tout _ plan, de tout _ ordre, en _ page, de _ cycle, de _ ligne, en _ ligne, de _ intention`

// enNamed and frNamed are currencies named by a country adjective and a
// currency word that many countries share.
const enNamed = `kuwaiti:dinar:KWD jordanian:dinar:JOD iraqi:dinar:IQD bahraini:dinar:BHD libyan:dinar:LYD
	tunisian:dinar:TND algerian:dinar:DZD serbian:dinar:RSD lebanese:pound:LBP egyptian:pound:EGP
	syrian:pound:SYP sudanese:pound:SDG british:pound:GBP saudi:riyal:SAR qatari:riyal:QAR omani:rial:OMR
	iranian:rial:IRR yemeni:rial:YER moroccan:dirham:MAD uae:dirham:AED emirati:dirham:AED
	malaysia:ringgit:MYR finnish:markka:FIM dutch:guilder:NLG spanish:peseta:ESP greek:drachma:GRD indian:rupee:INR pakistani:rupee:PKR sri_lankan:rupee:LKR nepalese:rupee:NPR mexican:peso:MXN
	kenyan:shilling:KES ugandan:shilling:UGX tanzanian:shilling:TZS somali:shilling:SOS
	philippine:peso:PHP argentine:peso:ARS chilean:peso:CLP colombian:peso:COP swedish:krona:SEK
	norwegian:krone:NOK danish:krone:DKK south_african:rand:ZAR brazilian:real:BRL russian:rouble:RUB
	russian:ruble:RUB turkish:lira:TRY japanese:yen:JPY chinese:yuan:CNY korean:won:KRW
	south_korean:won:KRW vietnamese:dong:VND thai:baht:THB malaysian:ringgit:MYR indonesian:rupiah:IDR
	hong_kong:dollar:HKD new_taiwan:dollar:TWD taiwan:dollar:TWD singapore:dollar:SGD
	new_zealand:dollar:NZD australian:dollar:AUD canadian:dollar:CAD us:dollar:USD american:dollar:USD
	swedish:kronor:SEK norwegian:krone:NOK norwegian:kroner:NOK danish:kroner:DKK czech:koruna:CZK czech:koruny:CZK
	czech:crown:CZK swedish:crown:SEK norwegian:crown:NOK danish:crown:DKK icelandic:crown:ISK
	slovak:crown:SKK estonian:crown:EEK
	icelandic:krona:ISK icelandic:kronur:ISK swiss:franc:CHF congolese:franc:CDF rwandan:franc:RWF burundian:franc:BIF guinean:franc:GNF djiboutian:franc:DJF
	azerbaijani:manat:AZN turkmen:manat:TMT zambian:kwacha:ZMW malawian:kwacha:MWK cfa:franc:XOF west_african_cfa:franc:XOF central_african_cfa:franc:XAF`

const frNamed = `dinar:koweïtien:KWD dinar:jordanien:JOD dinar:irakien:IQD dinar:tunisien:TND dinar:algérien:DZD
	livre:libanaise:LBP livre:égyptienne:EGP livre:syrienne:SYP livre:soudanaise:SDG riyal:saoudien:SAR
	riyal:qatari:QAR rial:omanais:OMR rial:iranien:IRR dirham:marocain:MAD dirham:émirien:AED
	roupie:indienne:INR roupie:pakistanaise:PKR peso:mexicain:MXN peso:philippin:PHP peso:argentin:ARS
	shilling:kényan:KES shilling:kenyan:KES shilling:ougandais:UGX shilling:tanzanien:TZS
	peso:chilien:CLP peso:colombien:COP couronne:suédoise:SEK couronne:norvégienne:NOK couronne:danoise:DKK couronne:tchèque:CZK couronne:islandaise:ISK
	rand:sud-africain:ZAR réal:brésilien:BRL rouble:russe:RUB livre:turque:TRY yen:japonais:JPY
	yuan:chinois:CNY won:sud-coréen:KRW dong:vietnamien:VND baht:thaïlandais:THB ringgit:malaisien:MYR
	roupie:indonésienne:IDR dollar:hongkongais:HKD dollar:singapourien:SGD dollar:néo-zélandais:NZD
	dollar:australien:AUD dollar:canadien:CAD dollar:américain:USD franc:suisse:CHF
	franc:congolais:CDF franc:rwandais:RWF franc:burundais:BIF franc:guinéen:GNF franc:djiboutien:DJF
	manat:azerbaïdjanais:AZN manat:turkmène:TMT kwacha:zambien:ZMW kwacha:malawite:MWK`
