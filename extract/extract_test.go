package extract_test

import (
	"errors"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"diglot.dev/diglot/extract"
)

// The tests in this file are the specification of Extract, written as news
// sentences from a fictional city (Port Lumen in English, Port-Lumen in
// French). A case lists every fact the sentence states, in order; the test
// derives Start and End from the expected Text (searched for after the
// previous fact, at word boundaries), so each case reads as the sentence and
// what a reader takes from it.

var (
	en = language.English
	fr = language.French
)

// wantFact is one expected fact. Start and End are found from text.
type wantFact struct {
	kind   extract.Kind
	value  string
	unit   string
	text   string
	approx bool
}

func money(value, unit, text string) wantFact {
	return wantFact{kind: extract.Money, value: value, unit: unit, text: text}
}

func pct(value, unit, text string) wantFact {
	return wantFact{kind: extract.Percent, value: value, unit: unit, text: text}
}

func qty(value, unit, text string) wantFact {
	return wantFact{kind: extract.Quantity, value: value, unit: unit, text: text}
}

func date(value, text string) wantFact {
	return wantFact{kind: extract.Date, value: value, text: text}
}

func ord(value, text string) wantFact {
	return wantFact{kind: extract.Ordinal, value: value, text: text}
}

// hedged marks the fact as approximate: a hedge word precedes it (the hedge
// itself is outside the span).
func (w wantFact) hedged() wantFact {
	w.approx = true
	return w
}

type extractCase struct {
	name string
	lang language.Tag
	opt  extract.Options
	in   string
	want []wantFact
}

func published(year int, month time.Month, day int) extract.Options {
	return extract.Options{Published: time.Date(year, month, day, 8, 30, 0, 0, time.UTC)}
}

func dollar(code string) extract.Options {
	return extract.Options{Dollar: code}
}

// none is the expectation of a sentence that states no fact.
var none []wantFact

var extractCases = []extractCase{
	// ---- English: money ----
	{name: "en/money/dollar-sign-bn", lang: en,
		in:   "The Port Lumen council approved a $4.1bn transit package on Tuesday.",
		want: []wantFact{money("4100000000", "USD", "$4.1bn")}},
	{name: "en/money/euro-sign-m", lang: en,
		in:   "A French developer will invest €120m in the harbour district.",
		want: []wantFact{money("120000000", "EUR", "€120m")}},
	{name: "en/money/usd-code-after", lang: en,
		in:   "The new container terminal cost 165 million USD to build.",
		want: []wantFact{money("165000000", "USD", "165 million USD")}},
	{name: "en/money/usd-code-before", lang: en,
		in:   "Lenders approved USD 2.5 million for the flood barrier.",
		want: []wantFact{money("2500000", "USD", "USD 2.5 million")}},
	{name: "en/money/us-dollar-sign", lang: en,
		in:   "The bridge repairs will cost US$25 million, officials said.",
		want: []wantFact{money("25000000", "USD", "US$25 million")}},
	{name: "en/money/dollars-word", lang: en,
		in:   "Residents raised 40,000 dollars for the new library.",
		want: []wantFact{money("40000", "USD", "40,000 dollars")}},
	{name: "en/money/cad-sign", lang: en,
		in:   "A Toronto firm signed a C$3.2 million contract for the ferry.",
		want: []wantFact{money("3200000", "CAD", "C$3.2 million")}},
	{name: "en/money/canadian-dollars", lang: en,
		in:   "The sister city in Canada pledged 3 million Canadian dollars.",
		want: []wantFact{money("3000000", "CAD", "3 million Canadian dollars")}},
	{name: "en/money/pound-sign", lang: en,
		in:   "A London investor bought the old mill for £450,000.",
		want: []wantFact{money("450000", "GBP", "£450,000")}},
	{name: "en/money/pounds-word", lang: en,
		in:   "The festival lost 2.5 million pounds in ticket refunds.",
		want: []wantFact{money("2500000", "GBP", "2.5 million pounds")}},
	{name: "en/money/yen-sign", lang: en,
		in:   "A Japanese lender extended a ¥1.2 billion credit line.",
		want: []wantFact{money("1200000000", "JPY", "¥1.2 billion")}},
	{name: "en/money/yen-word", lang: en,
		in:   "The aquarium received 800 million yen from its Osaka partner.",
		want: []wantFact{money("800000000", "JPY", "800 million yen")}},
	{name: "en/money/yuan", lang: en,
		in:   "Chinese builders bid 15 billion yuan for the metro line.",
		want: []wantFact{money("15000000000", "CNY", "15 billion yuan")}},
	{name: "en/money/vnd-trillion", lang: en,
		in:   "Total revenue of the port authority reached 39.88 trillion VND.",
		want: []wantFact{money("39880000000000", "VND", "39.88 trillion VND")}},
	{name: "en/money/dong", lang: en,
		in:   "Each household will receive 500 million dong in compensation.",
		want: []wantFact{money("500000000", "VND", "500 million dong")}},
	{name: "en/money/dong-diacritics", lang: en,
		in:   "The market stall fee rose to 2 billion đồng.",
		want: []wantFact{money("2000000000", "VND", "2 billion đồng")}},
	{name: "en/money/vnd-plain", lang: en,
		in:   "Bus tickets cost 12,500 VND for adults.",
		want: []wantFact{money("12500", "VND", "12,500 VND")}},
	{name: "en/money/chf-code-before", lang: en,
		in:   "A Geneva foundation donated CHF 40 million to the hospital.",
		want: []wantFact{money("40000000", "CHF", "CHF 40 million")}},
	{name: "en/money/swiss-francs", lang: en,
		in:   "The clinic received 12 million Swiss francs from Bern.",
		want: []wantFact{money("12000000", "CHF", "12 million Swiss francs")}},
	{name: "en/money/cfa-francs", lang: en,
		in:   "Dakar traders shipped goods worth 5 billion CFA francs through the port.",
		want: []wantFact{money("5000000000", "XOF", "5 billion CFA francs")}},
	{name: "en/money/fcfa", lang: en,
		in:   "The Abidjan office charges 250,000 FCFA per container.",
		want: []wantFact{money("250000", "XOF", "250,000 FCFA")}},
	{name: "en/money/hyphenated-compound", lang: en,
		in:   "The mayor unveiled a 3.5-billion-euro plan to rebuild the docks.",
		want: []wantFact{money("3500000000", "EUR", "3.5-billion-euro")}},
	{name: "en/money/k", lang: en,
		in:   "Each winner of the design contest takes home $5k.",
		want: []wantFact{money("5000", "USD", "$5k")}},
	{name: "en/money/mn", lang: en,
		in:   "The ferry operator posted a loss of $3mn.",
		want: []wantFact{money("3000000", "USD", "$3mn")}},
	{name: "en/money/tn", lang: en,
		in:   "The city's pension lenders manage assets of $1.1tn.",
		want: []wantFact{money("1100000000000", "USD", "$1.1tn")}},
	{name: "en/money/bn-spaced", lang: en,
		in:   "The airport expansion will cost €2.3 bn.",
		want: []wantFact{money("2300000000", "EUR", "€2.3 bn")}},
	{name: "en/money/euros-word", lang: en,
		in:   "The council set aside 1 million euros for bike lanes.",
		want: []wantFact{money("1000000", "EUR", "1 million euros")}},
	{name: "en/money/grouped-decimals", lang: en,
		in:   "The audit found $1,234,567.89 in unpaid parking fees.",
		want: []wantFact{money("1234567.89", "USD", "$1,234,567.89")}},
	{name: "en/money/a-million", lang: en,
		in:   "The museum received a million dollars from an anonymous donor.",
		want: []wantFact{money("1000000", "USD", "a million dollars")}},
	{name: "en/money/range-between-dong", lang: en,
		in: "Land plots near the new bridge sell for between 20 and 25 million dong.",
		want: []wantFact{
			money("20000000", "VND", "20"),
			money("25000000", "VND", "25 million dong"),
		}},
	{name: "en/money/range-from-to", lang: en,
		in: "Monthly rents rose from $1,200 to $1,500.",
		want: []wantFact{
			money("1200", "USD", "$1,200"),
			money("1500", "USD", "$1,500"),
		}},
	{name: "en/money/option-dollar-sign", lang: en, opt: dollar("CAD"),
		in:   "The province will spend $40 million on the port.",
		want: []wantFact{money("40000000", "CAD", "$40 million")}},
	{name: "en/money/option-dollar-keeps-us", lang: en, opt: dollar("CAD"),
		in:   "The American partner adds US$10 million.",
		want: []wantFact{money("10000000", "USD", "US$10 million")}},
	{name: "en/money/option-dollar-word", lang: en, opt: dollar("AUD"),
		in:   "The sister city in Perth sent 2 million dollars.",
		want: []wantFact{money("2000000", "AUD", "2 million dollars")}},
	{name: "en/money/hedge-about", lang: en,
		in:   "The city expects about $4.1bn in port fees.",
		want: []wantFact{money("4100000000", "USD", "$4.1bn").hedged()}},
	{name: "en/money/hedge-nearly", lang: en,
		in:   "Fines totalled nearly 500 million dong.",
		want: []wantFact{money("500000000", "VND", "500 million dong").hedged()}},
	{name: "en/money/hedge-more-than", lang: en,
		in:   "The stadium has cost more than €120m so far.",
		want: []wantFact{money("120000000", "EUR", "€120m").hedged()}},
	{name: "en/money/hedge-up-to", lang: en,
		in:   "Small firms can borrow up to $50,000 each.",
		want: []wantFact{money("50000", "USD", "$50,000").hedged()}},

	// ---- English: percentages ----
	{name: "en/percent/sign", lang: en,
		in:   "Harbour revenue grew 9.07% on the year.",
		want: []wantFact{pct("9.07", "%", "9.07%")}},
	{name: "en/percent/per-cent", lang: en,
		in:   "Unemployment in the old town fell to 11.6 per cent.",
		want: []wantFact{pct("11.6", "%", "11.6 per cent")}},
	{name: "en/percent/percent-word", lang: en,
		in:   "Turnout in the referendum was 62 percent.",
		want: []wantFact{pct("62", "%", "62 percent")}},
	{name: "en/percent/pc", lang: en,
		in:   "Tourist arrivals rose 4.5pc.",
		want: []wantFact{pct("4.5", "%", "4.5pc")}},
	{name: "en/percent/space-before-sign", lang: en,
		in:   "The digital economy made up 20.69 % of output.",
		want: []wantFact{pct("20.69", "%", "20.69 %")}},
	{name: "en/percent/percentage-points", lang: en,
		in:   "The jobless rate fell 0.3 percentage points.",
		want: []wantFact{pct("0.3", "pp", "0.3 percentage points")}},
	{name: "en/percent/pp", lang: en,
		in:   "The ruling party's lead narrowed by 2pp.",
		want: []wantFact{pct("2", "pp", "2pp")}},
	{name: "en/percent/negative", lang: en,
		in:   "Industrial output growth was -0.4%, the statistics office said.",
		want: []wantFact{pct("-0.4", "%", "-0.4%")}},
	{name: "en/percent/range-between", lang: en,
		in: "Fares will rise between 3 and 4 percent.",
		want: []wantFact{
			pct("3", "%", "3"),
			pct("4", "%", "4 percent"),
		}},
	{name: "en/percent/range-dash-not-subtraction", lang: en,
		in: "Planners forecast a 3-4% rise in traffic.",
		want: []wantFact{
			pct("3", "%", "3"),
			pct("4", "%", "4%"),
		}},
	{name: "en/percent/hedge-nearly", lang: en,
		in:   "Nearly 40% of households recycle.",
		want: []wantFact{pct("40", "%", "40%").hedged()}},
	{name: "en/percent/hedge-less-than", lang: en,
		in:   "Less than 2% of the roads are unpaved.",
		want: []wantFact{pct("2", "%", "2%").hedged()}},
	{name: "en/percent/hedge-roughly", lang: en,
		in:   "Roughly 15 per cent of the budget goes to schools.",
		want: []wantFact{pct("15", "%", "15 per cent").hedged()}},

	// ---- English: quantities ----
	{name: "en/quantity/consecutive-years", lang: en,
		in:   "The city has topped the ranking for 14 consecutive years.",
		want: []wantFact{qty("14", "year", "14 consecutive years")}},
	{name: "en/quantity/million-tonnes", lang: en,
		in:   "The port handled 7.8 million tonnes of cargo.",
		want: []wantFact{qty("7800000", "tonne", "7.8 million tonnes")}},
	{name: "en/quantity/metres", lang: en,
		in:   "The new tower will rise 666 metres above the bay.",
		want: []wantFact{qty("666", "m", "666 metres")}},
	{name: "en/quantity/m-is-metres-without-currency", lang: en,
		in:   "The bridge has a 666 m main span.",
		want: []wantFact{qty("666", "m", "666 m")}},
	{name: "en/quantity/ten-months", lang: en,
		in:   "The tunnel works took ten months.",
		want: []wantFact{qty("10", "month", "ten months")}},
	{name: "en/quantity/weeks", lang: en,
		in:   "The beach will close for three weeks.",
		want: []wantFact{qty("3", "week", "three weeks")}},
	{name: "en/quantity/hours", lang: en,
		in:   "Rescuers worked for 48 hours without a break.",
		want: []wantFact{qty("48", "hour", "48 hours")}},
	{name: "en/quantity/days", lang: en,
		in:   "The lantern festival runs for 5 days.",
		want: []wantFact{qty("5", "day", "5 days")}},
	{name: "en/quantity/km", lang: en,
		in:   "The coastal road is 12.5 km long.",
		want: []wantFact{qty("12.5", "km", "12.5 km")}},
	{name: "en/quantity/kilometres", lang: en,
		in:   "Crews paved 30 kilometres of rural roads.",
		want: []wantFact{qty("30", "km", "30 kilometres")}},
	{name: "en/quantity/hectares", lang: en,
		in:   "The riverside park covers 250 hectares.",
		want: []wantFact{qty("250", "ha", "250 hectares")}},
	{name: "en/quantity/kg", lang: en,
		in:   "Inspectors seized 300 kg of expired meat.",
		want: []wantFact{qty("300", "kg", "300 kg")}},
	{name: "en/quantity/people", lang: en,
		in:   "The fire forced 1,200 people from their homes.",
		want: []wantFact{qty("1200", "person", "1,200 people")}},
	{name: "en/quantity/no-unit", lang: en,
		in:   "Volunteers planted 1,500 trees along the river.",
		want: []wantFact{qty("1500", "tree", "1,500 trees")}},
	{name: "en/quantity/two-years", lang: en,
		in:   "The target was met two years ahead of schedule.",
		want: []wantFact{qty("2", "year", "two years")}},
	{name: "en/quantity/hedge-about", lang: en,
		in:   "About 40,000 tickets were sold.",
		want: []wantFact{qty("40000", "ticket", "40,000 tickets").hedged()}},
	{name: "en/quantity/hedge-some", lang: en,
		in:   "Some 300 boats joined the regatta.",
		want: []wantFact{qty("300", "boat", "300 boats").hedged()}},
	{name: "en/quantity/hedge-at-least", lang: en,
		in:   "At least 12 schools will close.",
		want: []wantFact{qty("12", "school", "12 schools").hedged()}},
	{name: "en/quantity/hedge-over", lang: en,
		in:   "The storm felled over 500 trees.",
		want: []wantFact{qty("500", "tree", "500 trees").hedged()}},
	{name: "en/quantity/hedge-almost", lang: en,
		in:   "The guided walk took almost 3 hours.",
		want: []wantFact{qty("3", "hour", "3 hours").hedged()}},
	{name: "en/quantity/hedge-approximately", lang: en,
		in:   "Approximately 800 kg of rubbish was collected.",
		want: []wantFact{qty("800", "kg", "800 kg").hedged()}},
	{name: "en/quantity/hedge-around", lang: en,
		in:   "Around 1,200 people attended the concert.",
		want: []wantFact{qty("1200", "person", "1,200 people").hedged()}},

	// ---- English: number words ----
	{name: "en/words/twenty-one", lang: en,
		in:   "The city bought twenty-one electric buses.",
		want: []wantFact{qty("21", "bus", "twenty-one electric buses")}},
	{name: "en/words/seventy-eight", lang: en,
		in:   "Seventy-eight shops reopened after the flood.",
		want: []wantFact{qty("78", "store", "Seventy-eight shops")}},
	{name: "en/words/a-dozen", lang: en,
		in:   "A dozen bridges need repairs.",
		want: []wantFact{qty("12", "bridge", "A dozen bridges")}},
	{name: "en/words/half-a-million", lang: en,
		in:   "The spring fair sold half a million tickets.",
		want: []wantFact{qty("500000", "ticket", "half a million tickets")}},
	{name: "en/words/one-million", lang: en,
		in:   "The city will plant one million trees.",
		want: []wantFact{qty("1000000", "tree", "one million trees")}},
	{name: "en/words/three-hundred", lang: en,
		in:   "The marina has three hundred moorings.",
		want: []wantFact{qty("300", "", "three hundred")}},
	{name: "en/words/five-thousand", lang: en,
		in:   "Organisers printed five thousand posters.",
		want: []wantFact{qty("5000", "", "five thousand")}},
	{name: "en/words/k-without-currency", lang: en,
		in:   "The marathon attracted 30k runners.",
		want: []wantFact{qty("30000", "runner", "30k runners")}},
	{name: "en/words/one-of-is-not-a-fact", lang: en,
		in:   "Port Lumen is one of the greenest cities in the region.",
		want: none},
	{name: "en/words/article-a-is-not-a-fact", lang: en,
		in:   "The council adopted a plan to expand the tram network.",
		want: none},

	// ---- English: numbers as written ----
	{name: "en/number/grouped-millions", lang: en,
		in:   "The city archive holds 1,234,567 photographs.",
		want: []wantFact{qty("1234567", "photo", "1,234,567 photographs")}},
	{name: "en/number/comma-is-grouping", lang: en,
		in:   "The library lent 1,500 books.",
		want: []wantFact{qty("1500", "book", "1,500 books")}},
	{name: "en/number/decimal-point-scale", lang: en,
		in:   "The post office sorted 1.5 million parcels.",
		want: []wantFact{qty("1500000", "package", "1.5 million parcels")}},

	// ---- English: dates ----
	{name: "en/date/in-year", lang: en,
		in:   "In 2024, the port welcomed its largest ships.",
		want: []wantFact{date("2024", "2024")}},
	{name: "en/date/since-year", lang: en,
		in:   "Tram fares have not changed since 2019.",
		want: []wantFact{date("2019", "2019")}},
	{name: "en/date/year-range-hyphen", lang: en,
		in:   "The plan covers the 2026-2030 period.",
		want: []wantFact{date("2026/2030", "2026-2030")}},
	{name: "en/date/year-range-en-dash", lang: en,
		in:   "The plan covers the 2026–2030 period.",
		want: []wantFact{date("2026/2030", "2026–2030")}},
	{name: "en/date/year-as-modifier", lang: en,
		in: "The city's 2025 budget includes $2.3bn for housing.",
		want: []wantFact{
			date("2025", "2025"),
			money("2300000000", "USD", "$2.3bn"),
		}},
	{name: "en/date/month-year", lang: en,
		in:   "The tram line opened in November 2024.",
		want: []wantFact{date("2024-11", "November 2024")}},
	{name: "en/date/day-month-year", lang: en,
		in:   "The bridge opened on 17 November 2024.",
		want: []wantFact{date("2024-11-17", "17 November 2024")}},
	{name: "en/date/month-day-year", lang: en,
		in:   "The bridge opened on November 17, 2024.",
		want: []wantFact{date("2024-11-17", "November 17, 2024")}},
	{name: "en/date/month-day-with-published", lang: en, opt: published(2024, time.March, 5),
		in:   "The public pool reopens on June 1.",
		want: []wantFact{date("2024-06-01", "June 1")}},
	{name: "en/date/month-day-without-published", lang: en,
		in:   "The public pool reopens on June 1.",
		want: []wantFact{date("XXXX-06-01", "June 1")}},
	{name: "en/date/q1", lang: en,
		in:   "Construction of the ferry terminal starts in Q1 2025.",
		want: []wantFact{date("2025-Q1", "Q1 2025")}},
	{name: "en/date/first-quarter-of", lang: en,
		in:   "Works will begin in the first quarter of 2025.",
		want: []wantFact{date("2025-Q1", "first quarter of 2025")}},
	{name: "en/date/second-quarter-of", lang: en,
		in:   "Retail sales fell in the second quarter of 2024.",
		want: []wantFact{date("2024-Q2", "second quarter of 2024")}},
	{name: "en/date/first-quarter-with-published", lang: en, opt: published(2025, time.April, 20),
		in:   "Arrivals rose in the first quarter, the tourism office said.",
		want: []wantFact{date("2025-Q1", "first quarter")}},
	{name: "en/date/h1", lang: en,
		in:   "Port profits doubled in H1 2025.",
		want: []wantFact{qty("2", "times", "doubled"), date("2025-H1", "H1 2025")}},
	{name: "en/date/first-half-of", lang: en,
		in:   "Seafood exports rose in the first half of 2025.",
		want: []wantFact{date("2025-H1", "first half of 2025")}},
	{name: "en/date/second-half-of", lang: en,
		in:   "Hotel occupancy recovered in the second half of 2024.",
		want: []wantFact{date("2024-H2", "second half of 2024")}},
	{name: "en/date/over-year-is-not-a-hedge", lang: en,
		in: "Software exports rose 11.6% over 2023.",
		want: []wantFact{
			pct("11.6", "%", "11.6%"),
			date("2023", "2023"),
		}},
	{name: "en/date/mixed-sentence", lang: en,
		in: "Revenue hit 39.88 trillion VND in 2024, up 9.07% on 2023.",
		want: []wantFact{
			money("39880000000000", "VND", "39.88 trillion VND"),
			date("2024", "2024"),
			pct("9.07", "%", "9.07%"),
			date("2023", "2023"),
		}},

	// ---- English: ordinals ----
	{name: "en/ordinal/first", lang: en,
		in:   "Port Lumen opened the first electric ferry line in the region.",
		want: []wantFact{ord("1", "first")}},
	{name: "en/ordinal/1st", lang: en,
		in:   "The museum is in the 1st district.",
		want: []wantFact{ord("1", "1st")}},
	{name: "en/ordinal/14th", lang: en,
		in:   "The city hosts the 14th edition of its jazz festival.",
		want: []wantFact{ord("14", "14th")}},
	{name: "en/ordinal/21st", lang: en,
		in:   "The 21st Lantern Festival draws crowds to the river.",
		want: []wantFact{ord("21", "21st")}},
	{name: "en/ordinal/3rd", lang: en,
		in:   "The harbour crew finished 3rd in the regatta.",
		want: []wantFact{ord("3", "3rd")}},
	{name: "en/ordinal/second", lang: en,
		in:   "The city won the award for the second time.",
		want: []wantFact{ord("2", "second")}},
	{name: "en/ordinal/third", lang: en,
		in:   "The third bridge across the river is nearly finished.",
		want: []wantFact{ord("3", "third")}},

	// ---- English: not facts ----
	{name: "en/not/5g", lang: en,
		in:   "The 5G network now covers the industrial zones.",
		want: none},
	{name: "en/not/g20", lang: en,
		in:   "The mayor attended the G20 urban forum.",
		want: none},
	{name: "en/not/covid-19", lang: en,
		in:   "Tourism has recovered since the COVID-19 pandemic.",
		want: none},
	{name: "en/not/h5n1", lang: en,
		in:   "Vets are monitoring H5N1 on poultry farms.",
		want: none},
	{name: "en/not/a320", lang: en,
		in:   "An Airbus A320 landed at the new terminal.",
		want: none},
	{name: "en/not/hotline", lang: en,
		in:   "Residents can call the hotline 1800 1091 for help.",
		want: none},
	{name: "en/not/international-phone", lang: en,
		in:   "Call +84 236 3822 123 to book a seat.",
		want: none},
	{name: "en/not/area-code-phone", lang: en,
		in:   "The office can be reached at (028) 3829 5555.",
		want: none},
	{name: "en/not/no-dot", lang: en,
		in:   "Software Park No.2 will open soon.",
		want: none},
	{name: "en/not/no-space", lang: en,
		in:   "Tram line No. 2 is closed for repairs.",
		want: none},
	{name: "en/not/article-number", lang: en,
		in:   "Article 5 of the city charter protects green spaces.",
		want: none},
	{name: "en/not/decree-number", lang: en,
		in:   "Decree 13/2023/ND-CP sets the rules for personal data.",
		want: none},
	{name: "en/not/url", lang: en,
		in:   "The report is online at https://example.org/2024/05/report-150 for readers.",
		want: none},
	{name: "en/not/time-colon", lang: en,
		in:   "The ferry leaves at 10:30 every morning.",
		want: none},
	{name: "en/not/time-am", lang: en,
		in:   "The night market opens at 9am.",
		want: none},
	{name: "en/not/no-numbers", lang: en,
		in:   "The council met on a sunny morning to discuss parks.",
		want: none},
	{name: "en/not/5g-beside-facts", lang: en,
		in: "The 5G network will cover 95% of the city by 2026.",
		want: []wantFact{
			pct("95", "%", "95%"),
			date("2026", "2026"),
		}},
	{name: "en/not/g20-beside-facts", lang: en,
		in: "The G20 forum in 2025 filled 3,000 hotel rooms.",
		want: []wantFact{
			date("2025", "2025"),
			qty("3000", "room", "3,000 hotel rooms"),
		}},

	// ---- French: money ----
	{name: "fr/money/milliards-de-dongs", lang: fr,
		in:   "Le chiffre d'affaires total a atteint 39 888 milliards de dongs.",
		want: []wantFact{money("39888000000000", "VND", "39 888 milliards de dongs")}},
	{name: "fr/money/milliard-de-dollars", lang: fr,
		in:   "Le nouveau terminal a coûté 1,57 milliard de dollars.",
		want: []wantFact{money("1570000000", "USD", "1,57 milliard de dollars")}},
	{name: "fr/money/millions-de-dollars", lang: fr,
		in:   "Les exportations de logiciels ont atteint 165 millions de dollars.",
		want: []wantFact{money("165000000", "USD", "165 millions de dollars")}},
	{name: "fr/money/billions-are-1e12", lang: fr,
		in:   "La dette des grandes villes dépasse 3,2 billions de dollars.",
		want: []wantFact{money("3200000000000", "USD", "3,2 billions de dollars").hedged()}}, // dépasse: more than
	{name: "fr/money/un-billion", lang: fr,
		in:   "La dette cumulée des régions atteint un billion d'euros.",
		want: []wantFact{money("1000000000000", "EUR", "un billion d'euros")}},
	{name: "fr/money/md-euro", lang: fr,
		in:   "Le plan de relance prévoit 3 Md€ d'investissements.",
		want: []wantFact{money("3000000000", "EUR", "3 Md€")}},
	{name: "fr/money/mds-euro", lang: fr,
		in:   "La région mobilise 2,5 Mds€ pour le rail.",
		want: []wantFact{money("2500000000", "EUR", "2,5 Mds€")}},
	{name: "fr/money/m-euro", lang: fr,
		in:   "Le nouveau stade coûtera 12 M€.",
		want: []wantFact{money("12000000", "EUR", "12 M€")}},
	{name: "fr/money/k-euro", lang: fr,
		in:   "Chaque lauréat du concours recevra 450 k€.",
		want: []wantFact{money("450000", "EUR", "450 k€")}},
	{name: "fr/money/m-dollar", lang: fr,
		in:   "La jeune pousse portuaire a levé 8 M$.",
		want: []wantFact{money("8000000", "USD", "8 M$")}},
	{name: "fr/money/md-dollar", lang: fr,
		in:   "Le port vise 1,2 Md$ de recettes.",
		want: []wantFact{money("1200000000", "USD", "1,2 Md$")}},
	{name: "fr/money/mrd", lang: fr,
		in:   "Le groupe investira 3,5 mrd d'euros dans les docks.",
		want: []wantFact{money("3500000000", "EUR", "3,5 mrd d'euros")}},
	{name: "fr/money/mio", lang: fr,
		in:   "La fondation genevoise verse 12 mio CHF à l'hôpital.",
		want: []wantFact{money("12000000", "CHF", "12 mio CHF")}},
	{name: "fr/money/millions-d-euros", lang: fr,
		in:   "La ville consacre 20 millions d'euros aux pistes cyclables.",
		want: []wantFact{money("20000000", "EUR", "20 millions d'euros")}},
	{name: "fr/money/un-million-d-euros", lang: fr,
		in:   "Le musée a reçu un million d'euros d'un donateur anonyme.",
		want: []wantFact{money("1000000", "EUR", "un million d'euros")}},
	{name: "fr/money/million-singular", lang: fr,
		in:   "Le conseil a réservé 1 million d'euros aux écoles.",
		want: []wantFact{money("1000000", "EUR", "1 million d'euros")}},
	{name: "fr/money/euro-sign-after-space-group", lang: fr,
		in:   "Le forfait coûte 1 250 € pour les groupes.",
		want: []wantFact{money("1250", "EUR", "1 250 €")}},
	{name: "fr/money/group-space", lang: fr,
		in:   "Le fonds a versé 1 234 567,89 € aux sinistrés.",
		want: []wantFact{money("1234567.89", "EUR", "1 234 567,89 €")}},
	{name: "fr/money/group-nbsp", lang: fr,
		in:   "Le fonds a versé 1\u00a0234\u00a0567,89\u00a0€ aux sinistrés.",
		want: []wantFact{money("1234567.89", "EUR", "1\u00a0234\u00a0567,89\u00a0€")}},
	{name: "fr/money/group-narrow-nbsp", lang: fr,
		in:   "Le fonds a versé 1\u202f234\u202f567,89\u202f€ aux sinistrés.",
		want: []wantFact{money("1234567.89", "EUR", "1\u202f234\u202f567,89\u202f€")}},
	{name: "fr/money/group-thin-space", lang: fr,
		in:   "Le fonds a versé 1\u2009234\u2009567,89 € aux sinistrés.",
		want: []wantFact{money("1234567.89", "EUR", "1\u2009234\u2009567,89 €")}},
	{name: "fr/money/dot-grouping", lang: fr,
		in:   "La mairie a reçu un don de 45.000 euros.",
		want: []wantFact{money("45000", "EUR", "45.000 euros")}},
	{name: "fr/money/swiss-apostrophe", lang: fr,
		in:   "L'abonnement annuel coûte 1'250 francs suisses.",
		want: []wantFact{money("1250", "CHF", "1'250 francs suisses")}},
	{name: "fr/money/francs-suisses", lang: fr,
		in:   "La clinique a reçu 40 millions de francs suisses.",
		want: []wantFact{money("40000000", "CHF", "40 millions de francs suisses")}},
	{name: "fr/money/dollars-canadiens", lang: fr,
		in:   "La ville jumelle québécoise a promis 2 millions de dollars canadiens.",
		want: []wantFact{money("2000000", "CAD", "2 millions de dollars canadiens")}},
	{name: "fr/money/cad-sign-after", lang: fr,
		in:   "Le contrat de 500 000 C$ a été signé mardi.",
		want: []wantFact{money("500000", "CAD", "500 000 C$")}},
	{name: "fr/money/francs-cfa", lang: fr,
		in:   "Les négociants de Dakar ont expédié pour 5 milliards de francs CFA de marchandises.",
		want: []wantFact{money("5000000000", "XOF", "5 milliards de francs CFA")}},
	{name: "fr/money/fcfa", lang: fr,
		in:   "Le bureau d'Abidjan facture 750 000 FCFA par conteneur.",
		want: []wantFact{money("750000", "XOF", "750 000 FCFA")}},
	{name: "fr/money/livres-sterling", lang: fr,
		in:   "Le festival a perdu 2,5 millions de livres sterling.",
		want: []wantFact{money("2500000", "GBP", "2,5 millions de livres sterling")}},
	{name: "fr/money/pound-sign-after", lang: fr,
		in:   "L'investisseur londonien a payé 450 000 £ pour le moulin.",
		want: []wantFact{money("450000", "GBP", "450 000 £")}},
	{name: "fr/money/yens", lang: fr,
		in:   "L'aquarium a reçu 800 millions de yens de son partenaire d'Osaka.",
		want: []wantFact{money("800000000", "JPY", "800 millions de yens")}},
	{name: "fr/money/yuans", lang: fr,
		in:   "Les constructeurs chinois proposent 15 milliards de yuans.",
		want: []wantFact{money("15000000000", "CNY", "15 milliards de yuans")}},
	{name: "fr/money/dong-diacritics", lang: fr,
		in:   "La taxe de marché atteint 25 000 đồng par étal.",
		want: []wantFact{money("25000", "VND", "25 000 đồng")}},
	{name: "fr/money/vnd-code", lang: fr,
		in:   "Le ticket de bus coûte 12 500 VND.",
		want: []wantFact{money("12500", "VND", "12 500 VND")}},
	{name: "fr/money/range-de-a-dongs", lang: fr,
		in: "Les terrains se vendent de 20 à 25 millions de dongs.",
		want: []wantFact{
			money("20000000", "VND", "20"),
			money("25000000", "VND", "25 millions de dongs"),
		}},
	{name: "fr/money/range-entre-et-euros", lang: fr,
		in: "Le projet coûtera entre 2 et 3 milliards d'euros.",
		want: []wantFact{
			money("2000000000", "EUR", "2"),
			money("3000000000", "EUR", "3 milliards d'euros"),
		}},
	{name: "fr/money/option-dollar", lang: fr, opt: dollar("CAD"),
		in:   "La province dépensera 40 millions de dollars pour le port.",
		want: []wantFact{money("40000000", "CAD", "40 millions de dollars")}},
	{name: "fr/money/hedge-pres-de", lang: fr,
		in:   "Les amendes atteignent près de 500 millions de dongs.",
		want: []wantFact{money("500000000", "VND", "500 millions de dongs").hedged()}},
	{name: "fr/money/hedge-plus-de", lang: fr,
		in:   "Le stade a déjà coûté plus de 120 M€.",
		want: []wantFact{money("120000000", "EUR", "120 M€").hedged()}},
	{name: "fr/money/hedge-environ", lang: fr,
		in:   "La ville attend environ 4,1 milliards de dollars de redevances.",
		want: []wantFact{money("4100000000", "USD", "4,1 milliards de dollars").hedged()}},
	{name: "fr/money/hedge-au-moins", lang: fr,
		in:   "Chaque commerce sinistré recevra au moins 50 000 euros.",
		want: []wantFact{money("50000", "EUR", "50 000 euros").hedged()}},

	// ---- French: percentages ----
	{name: "fr/percent/space-sign", lang: fr,
		in:   "Les recettes du port ont progressé de 9,07 %.",
		want: []wantFact{pct("9.07", "%", "9,07 %")}},
	{name: "fr/percent/nbsp-sign", lang: fr,
		in:   "Le chômage dans la vieille ville est tombé à 11,6\u00a0%.",
		want: []wantFact{pct("11.6", "%", "11,6\u00a0%")}},
	{name: "fr/percent/narrow-nbsp-sign", lang: fr,
		in:   "L'économie numérique représente 20,69\u202f% du PIB de la ville.",
		want: []wantFact{pct("20.69", "%", "20,69\u202f%")}},
	{name: "fr/percent/no-space-sign", lang: fr,
		in:   "La fréquentation touristique a grimpé de 4,5%.",
		want: []wantFact{pct("4.5", "%", "4,5%")}},
	{name: "fr/percent/pour-cent", lang: fr,
		in:   "La participation au référendum a atteint 62 pour cent.",
		want: []wantFact{pct("62", "%", "62 pour cent")}},
	{name: "fr/percent/pourcent", lang: fr,
		in:   "Les loyers ont augmenté de 3 pourcent.",
		want: []wantFact{pct("3", "%", "3 pourcent")}},
	{name: "fr/percent/point-de-pourcentage", lang: fr,
		in:   "Le taux de chômage a reculé de 0,3 point de pourcentage.",
		want: []wantFact{pct("0.3", "pp", "0,3 point de pourcentage")}},
	{name: "fr/percent/points-de-pourcentage", lang: fr,
		in:   "L'écart s'est réduit de 1,5 points de pourcentage.",
		want: []wantFact{pct("1.5", "pp", "1,5 points de pourcentage")}},
	{name: "fr/percent/negative", lang: fr,
		in:   "La croissance industrielle s'établit à -0,4 %.",
		want: []wantFact{pct("-0.4", "%", "-0,4 %")}},
	{name: "fr/percent/range-de-a", lang: fr,
		in: "Les tarifs augmenteront de 3 à 4 %.",
		want: []wantFact{
			pct("3", "%", "3"),
			pct("4", "%", "4 %"),
		}},
	{name: "fr/percent/hedge-presque", lang: fr,
		in:   "Presque 40 % des ménages trient leurs déchets.",
		want: []wantFact{pct("40", "%", "40 %").hedged()}},
	{name: "fr/percent/hedge-moins-de", lang: fr,
		in:   "Moins de 2 % des routes ne sont pas goudronnées.",
		want: []wantFact{pct("2", "%", "2 %").hedged()}},
	{name: "fr/percent/hedge-quasiment", lang: fr,
		in:   "Le taux de remplissage des hôtels atteint quasiment 95 %.",
		want: []wantFact{pct("95", "%", "95 %").hedged()}},
	{name: "fr/percent/hedge-autour-de", lang: fr,
		in:   "L'inflation tourne autour de 3 %.",
		want: []wantFact{pct("3", "%", "3 %").hedged()}},

	// ---- French: quantities ----
	{name: "fr/quantity/annees-consecutives", lang: fr,
		in:   "La ville domine ce classement depuis 14 années consécutives.",
		want: []wantFact{qty("14", "year", "14 années consécutives")}},
	{name: "fr/quantity/millions-de-tonnes", lang: fr,
		in:   "Le port a traité 7,8 millions de tonnes de marchandises.",
		want: []wantFact{qty("7800000", "tonne", "7,8 millions de tonnes")}},
	{name: "fr/quantity/metres", lang: fr,
		in:   "La nouvelle tour culminera à 666 mètres.",
		want: []wantFact{qty("666", "m", "666 mètres")}},
	{name: "fr/quantity/dix-premiers-mois", lang: fr,
		in:   "Les exportations ont bondi sur les dix premiers mois de l'année.",
		want: []wantFact{qty("10", "month", "dix premiers mois")}},
	{name: "fr/quantity/dix-mois", lang: fr,
		in:   "Le chantier du tunnel a duré dix mois.",
		want: []wantFact{qty("10", "month", "dix mois")}},
	{name: "fr/quantity/deux-ans", lang: fr,
		in:   "L'objectif a été atteint avec deux ans d'avance.",
		want: []wantFact{qty("2", "year", "deux ans")}},
	{name: "fr/quantity/semaines", lang: fr,
		in:   "La plage fermera pendant trois semaines.",
		want: []wantFact{qty("3", "week", "trois semaines")}},
	{name: "fr/quantity/heures", lang: fr,
		in:   "Les secouristes ont travaillé 48 heures sans relâche.",
		want: []wantFact{qty("48", "hour", "48 heures")}},
	{name: "fr/quantity/jours", lang: fr,
		in:   "La fête des lanternes dure 5 jours.",
		want: []wantFact{qty("5", "day", "5 jours")}},
	{name: "fr/quantity/km-decimal-comma", lang: fr,
		in:   "La route côtière mesure 12,5 km.",
		want: []wantFact{qty("12.5", "km", "12,5 km")}},
	{name: "fr/quantity/kilometres", lang: fr,
		in:   "Les équipes ont goudronné 30 kilomètres de routes rurales.",
		want: []wantFact{qty("30", "km", "30 kilomètres")}},
	{name: "fr/quantity/hectares", lang: fr,
		in:   "Le parc riverain s'étend sur 250 hectares.",
		want: []wantFact{qty("250", "ha", "250 hectares")}},
	{name: "fr/quantity/kg", lang: fr,
		in:   "Les inspecteurs ont saisi 300 kg de viande avariée.",
		want: []wantFact{qty("300", "kg", "300 kg")}},
	{name: "fr/quantity/personnes", lang: fr,
		in:   "L'incendie a chassé 1 200 personnes de chez elles.",
		want: []wantFact{qty("1200", "person", "1 200 personnes")}},
	{name: "fr/quantity/no-unit", lang: fr,
		in:   "Les bénévoles ont planté 1 500 arbres le long du fleuve.",
		want: []wantFact{qty("1500", "tree", "1 500 arbres")}},
	{name: "fr/quantity/une-tonne", lang: fr,
		in:   "Une tonne de déchets a été ramassée sur la plage.",
		want: []wantFact{qty("1", "tonne", "Une tonne")}},
	{name: "fr/quantity/hedge-quelque", lang: fr,
		in:   "Quelque 300 bateaux ont pris part à la régate.",
		want: []wantFact{qty("300", "boat", "300 bateaux").hedged()}},
	{name: "fr/quantity/hedge-au-moins", lang: fr,
		in:   "Au moins 12 écoles fermeront.",
		want: []wantFact{qty("12", "school", "12 écoles").hedged()}},
	{name: "fr/quantity/hedge-plus-de", lang: fr,
		in:   "Plus de 1 200 personnes ont assisté au concert.",
		want: []wantFact{qty("1200", "person", "1 200 personnes").hedged()}},
	{name: "fr/quantity/hedge-environ", lang: fr,
		in:   "La visite guidée dure environ 3 heures.",
		want: []wantFact{qty("3", "hour", "3 heures").hedged()}},
	{name: "fr/quantity/hedge-pres-de", lang: fr,
		in:   "Près de 40 000 billets ont été vendus.",
		want: []wantFact{qty("40000", "ticket", "40 000 billets").hedged()}},

	// ---- French: number words ----
	{name: "fr/words/vingt-et-un", lang: fr,
		in:   "La ville a acheté vingt et un bus électriques.",
		want: []wantFact{qty("21", "bus", "vingt et un bus")}},
	{name: "fr/words/soixante-dix-huit", lang: fr,
		in:   "Soixante-dix-huit commerces ont rouvert après la crue.",
		want: []wantFact{qty("78", "store", "Soixante-dix-huit commerces")}},
	{name: "fr/words/quatre-vingt-dix", lang: fr,
		in:   "Le port de plaisance compte quatre-vingt-dix amarrages.",
		want: []wantFact{qty("90", "", "quatre-vingt-dix")}},
	{name: "fr/words/trois-cents", lang: fr,
		in:   "La marina dispose de trois cents anneaux.",
		want: []wantFact{qty("300", "", "trois cents")}},
	{name: "fr/words/deux-mille", lang: fr,
		in:   "Les organisateurs ont imprimé deux mille affiches.",
		want: []wantFact{qty("2000", "", "deux mille")}},
	{name: "fr/words/une-douzaine-is-round", lang: fr,
		in:   "Une douzaine de ponts doivent être réparés.",
		want: []wantFact{qty("12", "bridge", "Une douzaine de ponts").hedged()}},
	{name: "fr/words/un-demi-million", lang: fr,
		in:   "La foire de printemps a vendu un demi-million de billets.",
		want: []wantFact{qty("500000", "ticket", "un demi-million de billets")}},
	{name: "fr/words/un-million", lang: fr,
		in:   "La ville plantera un million d'arbres.",
		want: []wantFact{qty("1000000", "tree", "un million d'arbres")}},
	{name: "fr/words/un-is-an-article", lang: fr,
		in:   "Le conseil a adopté un plan pour étendre le réseau de tramway.",
		want: none},
	{name: "fr/words/une-is-an-article", lang: fr,
		in:   "Port-Lumen est une ville verte et l'une des plus dynamiques de la région.",
		want: none},

	// ---- French: numbers as written ----
	{name: "fr/number/space-grouped", lang: fr,
		in:   "Les archives municipales conservent 1 234 567 photographies.",
		want: []wantFact{qty("1234567", "photo", "1 234 567 photographies")}},
	{name: "fr/number/nbsp-grouped", lang: fr,
		in:   "Le port a compté 12\u00a0500 conteneurs.",
		want: []wantFact{qty("12500", "container", "12\u00a0500 conteneurs")}},
	{name: "fr/number/thin-space-grouped", lang: fr,
		in:   "Le port a compté 12\u2009500 conteneurs.",
		want: []wantFact{qty("12500", "container", "12\u2009500 conteneurs")}},
	{name: "fr/number/decimal-comma-scale", lang: fr,
		in:   "La poste a trié 1,5 million de colis.",
		want: []wantFact{qty("1500000", "package", "1,5 million de colis")}},
	{name: "fr/number/dot-grouping", lang: fr,
		in:   "Le festival a vendu 45.000 billets.",
		want: []wantFact{qty("45000", "ticket", "45.000 billets")}},

	// ---- French: dates ----
	{name: "fr/date/en-annee", lang: fr,
		in:   "En 2024, le port a accueilli ses plus grands navires.",
		want: []wantFact{date("2024", "2024")}},
	{name: "fr/date/depuis-annee", lang: fr,
		in:   "Les tarifs du tramway n'ont pas changé depuis 2019.",
		want: []wantFact{date("2019", "2019")}},
	{name: "fr/date/jusqu-en", lang: fr,
		in:   "Le schéma directeur fixe une vision jusqu'en 2035.",
		want: []wantFact{date("2035", "2035")}},
	{name: "fr/date/year-range-hyphen", lang: fr,
		in:   "Le plan couvre la période 2026-2030.",
		want: []wantFact{date("2026/2030", "2026-2030")}},
	{name: "fr/date/year-range-en-dash", lang: fr,
		in:   "Le plan couvre la période 2026–2030.",
		want: []wantFact{date("2026/2030", "2026–2030")}},
	{name: "fr/date/mois-annee", lang: fr,
		in:   "La ligne de tramway a ouvert en novembre 2024.",
		want: []wantFact{date("2024-11", "novembre 2024")}},
	{name: "fr/date/jour-mois-annee", lang: fr,
		in:   "Le pont a été inauguré le 17 novembre 2024.",
		want: []wantFact{date("2024-11-17", "17 novembre 2024")}},
	{name: "fr/date/3-mars", lang: fr,
		in:   "Le marché couvert rouvrira le 3 mars 2025.",
		want: []wantFact{date("2025-03-03", "3 mars 2025")}},
	{name: "fr/date/1er-juin-with-published", lang: fr, opt: published(2024, time.March, 5),
		in:   "La piscine municipale rouvrira le 1er juin.",
		want: []wantFact{date("2024-06-01", "1er juin")}},
	{name: "fr/date/1er-juin-without-published", lang: fr,
		in:   "La piscine municipale rouvrira le 1er juin.",
		want: []wantFact{date("XXXX-06-01", "1er juin")}},
	{name: "fr/date/1er-juin-annee", lang: fr,
		in:   "Le marché de nuit rouvrira le 1er juin 2025.",
		want: []wantFact{date("2025-06-01", "1er juin 2025")}},
	{name: "fr/date/premier-trimestre", lang: fr,
		in:   "Les travaux débuteront au premier trimestre 2025.",
		want: []wantFact{date("2025-Q1", "premier trimestre 2025")}},
	{name: "fr/date/t1", lang: fr,
		in:   "Les ventes au détail ont reculé au T1 2025.",
		want: []wantFact{date("2025-Q1", "T1 2025")}},
	{name: "fr/date/1er-trimestre-with-published", lang: fr, opt: published(2025, time.April, 20),
		in:   "Les arrivées ont progressé au 1er trimestre.",
		want: []wantFact{date("2025-Q1", "1er trimestre")}},
	{name: "fr/date/troisieme-trimestre", lang: fr,
		in:   "Les ventes ont reculé au troisième trimestre 2024.",
		want: []wantFact{date("2024-Q3", "troisième trimestre 2024")}},
	{name: "fr/date/premier-semestre", lang: fr,
		in:   "Les bénéfices du port ont doublé au premier semestre 2025.",
		want: []wantFact{qty("2", "times", "doublé"), date("2025-H1", "premier semestre 2025")}},
	{name: "fr/date/s1", lang: fr,
		in:   "Les exportations de produits de la mer ont progressé au S1 2025.",
		want: []wantFact{date("2025-H1", "S1 2025")}},
	{name: "fr/date/second-semestre", lang: fr,
		in:   "L'occupation hôtelière s'est redressée au second semestre 2024.",
		want: []wantFact{date("2024-H2", "second semestre 2024")}},
	{name: "fr/date/year-as-modifier", lang: fr,
		in: "Le budget 2025 de la ville prévoit 2,3 milliards de dollars pour le logement.",
		want: []wantFact{
			date("2025", "2025"),
			money("2300000000", "USD", "2,3 milliards de dollars"),
		}},
	{name: "fr/date/mixed-sentence", lang: fr,
		in: "En 2024, le chiffre d'affaires a atteint 39 888 milliards de dongs, en hausse de 9,07 % par rapport à 2023.",
		want: []wantFact{
			date("2024", "2024"),
			money("39888000000000", "VND", "39 888 milliards de dongs"),
			pct("9.07", "%", "9,07 %"),
			date("2023", "2023"),
		}},

	// ---- French: ordinals ----
	{name: "fr/ordinal/premier", lang: fr,
		in:   "Port-Lumen a ouvert le premier pont suspendu de la région.",
		want: []wantFact{ord("1", "premier")}},
	{name: "fr/ordinal/premiere", lang: fr,
		in:   "La première ligne de tramway a ouvert ses portes.",
		want: []wantFact{ord("1", "première")}},
	{name: "fr/ordinal/1er", lang: fr,
		in:   "Le musée se trouve dans le 1er arrondissement.",
		want: []wantFact{ord("1", "1er")}},
	{name: "fr/ordinal/1re", lang: fr,
		in:   "La 1re édition du salon nautique a attiré les foules.",
		want: []wantFact{ord("1", "1re")}},
	{name: "fr/ordinal/2e", lang: fr,
		in:   "La 2e édition aura lieu au printemps.",
		want: []wantFact{ord("2", "2e")}},
	{name: "fr/ordinal/2eme", lang: fr,
		in:   "Le 2ème arrondissement accueille le marché aux fleurs.",
		want: []wantFact{ord("2", "2ème")}},
	{name: "fr/ordinal/deuxieme", lang: fr,
		in:   "La deuxième phase du chantier commence.",
		want: []wantFact{ord("2", "deuxième")}},
	{name: "fr/ordinal/14e", lang: fr,
		in:   "La ville accueille le 14e festival de jazz.",
		want: []wantFact{ord("14", "14e")}},
	{name: "fr/ordinal/troisieme", lang: fr,
		in:   "L'équipage du port a terminé troisième de la régate.",
		want: []wantFact{ord("3", "troisième")}},

	// ---- French: not facts ----
	{name: "fr/not/5g", lang: fr,
		in:   "Le réseau 5G couvre désormais les zones industrielles.",
		want: none},
	{name: "fr/not/g20", lang: fr,
		in:   "Le maire a assisté au forum urbain du G20.",
		want: none},
	{name: "fr/not/covid-19", lang: fr,
		in:   "Le tourisme s'est redressé depuis la pandémie de COVID-19.",
		want: none},
	{name: "fr/not/h5n1", lang: fr,
		in:   "Les vétérinaires surveillent le H5N1 dans les élevages.",
		want: none},
	{name: "fr/not/a320", lang: fr,
		in:   "Un Airbus A320 a atterri au nouveau terminal.",
		want: none},
	{name: "fr/not/hotline", lang: fr,
		in:   "Les habitants peuvent appeler la ligne d'assistance 1800 1091.",
		want: none},
	{name: "fr/not/phone-pairs", lang: fr,
		in:   "Pour réserver, composez le 01 23 45 67 89.",
		want: none},
	{name: "fr/not/international-phone", lang: fr,
		in:   "Appelez le +84 236 3822 123 pour réserver.",
		want: none},
	{name: "fr/not/area-code-phone", lang: fr,
		in:   "Le bureau est joignable au (028) 3829 5555.",
		want: none},
	{name: "fr/not/numero-sign", lang: fr,
		in:   "Le parc logiciel n° 2 ouvrira bientôt.",
		want: none},
	{name: "fr/not/no-dot", lang: fr,
		in:   "Le parc logiciel No.2 de Port-Lumen ouvrira bientôt.",
		want: none},
	{name: "fr/not/article-number", lang: fr,
		in:   "L'article 5 de la charte municipale protège les espaces verts.",
		want: none},
	{name: "fr/not/decree-number", lang: fr,
		in:   "Le décret 13/2023/ND-CP encadre les données personnelles.",
		want: none},
	{name: "fr/not/url", lang: fr,
		in:   "Le rapport est en ligne sur https://example.org/2024/05/report-150 pour les lecteurs.",
		want: none},
	{name: "fr/not/time-h", lang: fr,
		in:   "Le bac part à 10h30 chaque matin.",
		want: none},
	{name: "fr/not/time-colon", lang: fr,
		in:   "Le marché de nuit ouvre à 10:30.",
		want: none},
	{name: "fr/not/no-numbers", lang: fr,
		in:   "La ville a inauguré une bibliothèque et un parc.",
		want: none},
	{name: "fr/not/5g-beside-facts", lang: fr,
		in: "Le réseau 5G couvrira 95 % de la ville d'ici 2026.",
		want: []wantFact{
			pct("95", "%", "95 %"),
			date("2026", "2026"),
		}},
}

// findText returns the byte offset of the first occurrence of text in in at
// or after from that does not start or end inside a word (so "20" is not
// found inside "2024").
func findText(in, text string, from int) (int, bool) {
	for from <= len(in) {
		i := strings.Index(in[from:], text)
		if i < 0 {
			return 0, false
		}
		i += from
		j := i + len(text)
		before, _ := utf8.DecodeLastRuneInString(in[:i])
		after, _ := utf8.DecodeRuneInString(in[j:])
		if (i == 0 || !isWordRune(before)) && (j == len(in) || !isWordRune(after)) {
			return i, true
		}
		from = i + 1
	}
	return 0, false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wantFacts turns expectations into facts, locating each Text in order.
func wantFacts(tb testing.TB, in string, ws []wantFact) []extract.Fact {
	tb.Helper()
	var facts []extract.Fact
	from := 0
	for _, w := range ws {
		i, ok := findText(in, w.text, from)
		if !ok {
			tb.Fatalf("bad case: expected text %q not found in %q after byte %d", w.text, in, from)
		}
		facts = append(facts, extract.Fact{
			Kind:   w.kind,
			Value:  w.value,
			Unit:   w.unit,
			Approx: w.approx,
			Text:   w.text,
			Start:  i,
			End:    i + len(w.text),
		})
		from = i + len(w.text)
	}
	return facts
}

// withoutPrecision drops the fields TestExtract does not compare.
func withoutPrecision(facts []extract.Fact) []extract.Fact {
	out := make([]extract.Fact, len(facts))
	for i, f := range facts {
		f.Low, f.High, f.Concept = "", "", ""
		out[i] = f
	}
	return out
}

// describeOptions shows the options a case sets, for failure messages.
func describeOptions(opt extract.Options) string {
	var s string
	if !opt.Published.IsZero() {
		s += ", Published " + opt.Published.Format(time.DateOnly)
	}
	if opt.Dollar != "" {
		s += ", Dollar " + opt.Dollar
	}
	return s
}

func mustExtract(tb testing.TB, in string, lang language.Tag, opt extract.Options) []extract.Fact {
	tb.Helper()
	facts, err := extract.Extract(in, lang, opt)
	if err != nil {
		tb.Fatalf("Extract(%q, %s): unexpected error: %v", in, lang, err)
	}
	return facts
}

// checkSpans reports facts whose span is not the text they claim, not
// valid UTF-8, out of order or overlapping.
func checkSpans(tb testing.TB, in string, facts []extract.Fact) {
	tb.Helper()
	prevEnd := 0
	for i, f := range facts {
		if f.Start < 0 || f.End > len(in) || f.Start >= f.End {
			tb.Errorf("fact %d %+v: span [%d,%d) outside input of %d bytes or empty", i, f, f.Start, f.End, len(in))
			continue
		}
		if got := in[f.Start:f.End]; got != f.Text {
			tb.Errorf("fact %d: Text %q but input[%d:%d] = %q", i, f.Text, f.Start, f.End, got)
		}
		if !utf8.ValidString(f.Text) {
			tb.Errorf("fact %d: Text %q is not valid UTF-8", i, f.Text)
		}
		if f.Start < prevEnd {
			tb.Errorf("fact %d %q at [%d,%d): starts before the previous fact ends (%d); facts must be sorted and not overlap", i, f.Text, f.Start, f.End, prevEnd)
		}
		prevEnd = max(prevEnd, f.End)
	}
}

func TestExtract(t *testing.T) { runExtractCases(t, extractCases) }

// runExtractCases runs a table of cases: each sentence must give exactly
// the facts listed (precision fields aside).
func runExtractCases(t *testing.T, cases []extractCase) {
	t.Helper()
	seen := make(map[string]bool)
	for _, tc := range cases {
		if seen[tc.name] {
			t.Fatalf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			want := wantFacts(t, tc.in, tc.want)
			got := mustExtract(t, tc.in, tc.lang, tc.opt)
			if diff := cmp.Diff(want, withoutPrecision(got), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Extract(%q, %s%s)\nmismatch (-want +got):\n%s", tc.in, tc.lang, describeOptions(tc.opt), diff)
			}
		})
	}
}

// TestExtractSpans checks, over every table input, that each fact's Text is
// the input between Start and End and that facts come sorted by Start
// without overlapping.
func TestExtractSpans(t *testing.T) {
	for _, tc := range extractCases {
		t.Run(tc.name, func(t *testing.T) {
			checkSpans(t, tc.in, mustExtract(t, tc.in, tc.lang, tc.opt))
		})
	}
}

var (
	decimalSyntax = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$`)
	dateSyntax    = regexp.MustCompile(`^([0-9]{4}|XXXX)(-([0-9]{2}(-[0-9]{2})?|Q[1-4]|H[12]))?$`)
	currencyCode  = regexp.MustCompile(`^[A-Z]{3}$`)
)

func decimal(tb testing.TB, s string) *big.Rat {
	tb.Helper()
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		tb.Fatalf("%q is not a decimal", s)
	}
	return r
}

// TestExtractRecord checks the notation of every fact the table inputs give:
// values and bounds are plain decimals (no exponent, grouping or trailing
// fractional zeros) with Low <= Value <= High, dates use the documented
// forms, and units fit the kind.
func TestExtractRecord(t *testing.T) {
	for _, tc := range extractCases {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range mustExtract(t, tc.in, tc.lang, tc.opt) {
				checkRecord(t, f)
			}
		})
	}
}

func checkRecord(tb testing.TB, f extract.Fact) {
	tb.Helper()
	switch f.Kind {
	case extract.Date:
		lo, hi, isRange := strings.Cut(f.Value, "/")
		if !dateSyntax.MatchString(lo) || isRange && !dateSyntax.MatchString(hi) {
			tb.Errorf("date %q: Value %q is not YYYY[-MM[-DD]|-Qn|-Hn] or a range A/B", f.Text, f.Value)
		}
		if !isRange {
			hi = lo
		}
		if f.Low != lo || f.High != hi {
			tb.Errorf("date %q: Low, High = %q, %q, want %q, %q", f.Text, f.Low, f.High, lo, hi)
		}
		if f.Unit != "" {
			tb.Errorf("date %q: Unit = %q, want empty", f.Text, f.Unit)
		}
		return
	case extract.Money:
		if !currencyCode.MatchString(f.Unit) {
			tb.Errorf("money %q: Unit %q is not an ISO 4217 code", f.Text, f.Unit)
		}
	case extract.Percent:
		if f.Unit != "%" && f.Unit != "pp" {
			tb.Errorf("percent %q: Unit %q, want %% or pp", f.Text, f.Unit)
		}
	case extract.Ordinal:
		if f.Unit != "" {
			tb.Errorf("ordinal %q: Unit %q, want empty", f.Text, f.Unit)
		}
	case extract.Quantity:
	default:
		tb.Errorf("fact %q: unknown Kind %d", f.Text, f.Kind)
		return
	}
	for _, s := range []struct{ field, v string }{{"Value", f.Value}, {"Low", f.Low}, {"High", f.High}} {
		if !decimalSyntax.MatchString(s.v) {
			tb.Errorf("%s %q: %s %q is not a plain decimal", f.Kind, f.Text, s.field, s.v)
			return
		}
	}
	v, lo, hi := decimal(tb, f.Value), decimal(tb, f.Low), decimal(tb, f.High)
	if lo.Cmp(v) > 0 || v.Cmp(hi) > 0 {
		tb.Errorf("%s %q: want Low <= Value <= High, got %s, %s, %s", f.Kind, f.Text, f.Low, f.Value, f.High)
	}
}

// TestExtractPrecision checks Low and High: half a unit of the last written
// digit either side of the value, exact to the unit for number words, wider
// with a hedge, and the value itself (or the range ends) for dates.
func TestExtractPrecision(t *testing.T) {
	tests := []struct {
		name      string
		lang      language.Tag
		in        string
		text      string // the span of the fact under test
		low, high string
		hedged    bool // low and high are the unhedged bounds; the fact's must lie strictly outside
	}{
		{name: "en/decimal-trillion", lang: en,
			in: "Total revenue reached 39.88 trillion VND.", text: "39.88 trillion VND",
			low: "39875000000000", high: "39885000000000"},
		{name: "en/the-tens-of-an-age", lang: en,
			in: "She is in her late 80s.", text: "late 80s",
			low: "80", high: "89"},
		{name: "en/decimal-billion", lang: en,
			in: "The terminal cost 1.57 billion USD.", text: "1.57 billion USD",
			low: "1565000000", high: "1575000000"},
		{name: "en/integer-million", lang: en,
			in: "Software exports hit 165 million USD.", text: "165 million USD",
			low: "164500000", high: "165500000"},
		{name: "en/percent", lang: en,
			in: "Revenue grew 9.07% on the year.", text: "9.07%",
			low: "9.065", high: "9.075"},
		{name: "en/negative-percent", lang: en,
			in: "Industrial output growth was -0.4%, the statistics office said.", text: "-0.4%",
			low: "-0.45", high: "-0.35"},
		{name: "en/grouped-integer", lang: en,
			in: "Volunteers planted 1,500 trees.", text: "1,500 trees",
			low: "1499.5", high: "1500.5"},
		{name: "en/abbreviated-scale", lang: en,
			in: "The council approved a $4.1bn transit package.", text: "$4.1bn",
			low: "4050000000", high: "4150000000"},
		{name: "en/word-two", lang: en,
			in: "The target was met two years ahead of schedule.", text: "two years",
			low: "1.5", high: "2.5"},
		{name: "en/word-twenty-one", lang: en,
			in: "The city bought twenty-one electric buses.", text: "twenty-one electric buses",
			low: "20.5", high: "21.5"},
		{name: "en/hedge-about", lang: en,
			in: "The city expects about $4.1bn in port fees.", text: "$4.1bn",
			low: "4050000000", high: "4150000000", hedged: true},
		{name: "en/hedge-around", lang: en,
			in: "Around 1,200 people attended the concert.", text: "1,200 people",
			low: "1199.5", high: "1200.5", hedged: true},
		{name: "en/date-year", lang: en,
			in: "In 2024, the port welcomed its largest ships.", text: "2024",
			low: "2024", high: "2024"},
		{name: "en/date-range", lang: en,
			in: "The plan covers the 2026-2030 period.", text: "2026-2030",
			low: "2026", high: "2030"},
		{name: "en/date-quarter", lang: en,
			in: "Works will begin in the first quarter of 2025.", text: "first quarter of 2025",
			low: "2025-Q1", high: "2025-Q1"},
		{name: "en/cents-are-stated-to-the-cent", lang: en,
			in: "A stamp costs 50 cents.", text: "50 cents",
			low: "0.495", high: "0.505"},
		{name: "en/dimes", lang: en,
			in: "He found 3 dimes.", text: "3 dimes",
			low: "0.25", high: "0.35"},
		{name: "fr/milliards", lang: fr,
			in: "Le chiffre d'affaires a atteint 39 888 milliards de dongs.", text: "39 888 milliards de dongs",
			low: "39887500000000", high: "39888500000000"},
		{name: "fr/percent", lang: fr,
			in: "Les exportations ont augmenté de 11,6 %.", text: "11,6 %",
			low: "11.55", high: "11.65"},
		{name: "fr/percentage-points", lang: fr,
			in: "Le chômage a reculé de 0,3 point de pourcentage.", text: "0,3 point de pourcentage",
			low: "0.25", high: "0.35"},
		{name: "fr/word-deux", lang: fr,
			in: "L'objectif a été atteint avec deux ans d'avance.", text: "deux ans",
			low: "1.5", high: "2.5"},
		{name: "fr/dozens-in-digits-are-exact", lang: fr,
			in: "Il a vendu 12 douzaines d'œufs.", text: "12 douzaines d'œufs",
			low: "143.5", high: "144.5"},
		{name: "fr/centimes", lang: fr,
			in: "Le ticket coûte 50 centimes.", text: "50 centimes",
			low: "0.495", high: "0.505"},
		{name: "fr/hedge-pres-de", lang: fr,
			in: "Près de 40 000 billets ont été vendus.", text: "40 000 billets",
			low: "39999.5", high: "40000.5", hedged: true},
		{name: "fr/hedge-environ", lang: fr,
			in: "La ville attend environ 4,1 milliards de dollars.", text: "4,1 milliards de dollars",
			low: "4050000000", high: "4150000000", hedged: true},
		{name: "fr/date-full", lang: fr,
			in: "Le pont a été inauguré le 17 novembre 2024.", text: "17 novembre 2024",
			low: "2024-11-17", high: "2024-11-17"},
		{name: "fr/date-range", lang: fr,
			in: "Le plan couvre la période 2026-2030.", text: "2026-2030",
			low: "2026", high: "2030"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start, ok := findText(tc.in, tc.text, 0)
			if !ok {
				t.Fatalf("bad case: %q not in %q", tc.text, tc.in)
			}
			facts := mustExtract(t, tc.in, tc.lang, extract.Options{})
			i := slices.IndexFunc(facts, func(f extract.Fact) bool {
				return f.Start == start && f.End == start+len(tc.text)
			})
			if i < 0 {
				t.Fatalf("Extract(%q): no fact spans %q; got %+v", tc.in, tc.text, facts)
			}
			f := facts[i]
			if f.Approx != tc.hedged {
				t.Errorf("%q: Approx = %v, want %v", tc.text, f.Approx, tc.hedged)
			}
			if !tc.hedged {
				if f.Low != tc.low || f.High != tc.high {
					t.Errorf("%q (value %s): Low, High = %q, %q, want %q, %q", tc.text, f.Value, f.Low, f.High, tc.low, tc.high)
				}
				return
			}
			if !decimalSyntax.MatchString(f.Low) || !decimalSyntax.MatchString(f.High) {
				t.Fatalf("%q: Low, High = %q, %q: not plain decimals", tc.text, f.Low, f.High)
			}
			if decimal(t, f.Low).Cmp(decimal(t, tc.low)) >= 0 || decimal(t, f.High).Cmp(decimal(t, tc.high)) <= 0 {
				t.Errorf("%q (value %s, hedged): Low, High = %s, %s, want wider than the unhedged %s, %s", tc.text, f.Value, f.Low, f.High, tc.low, tc.high)
			}
		})
	}
}

// TestExtractNotFacts checks that no fact overlaps a token that only looks
// like a number, in sentences that also state real facts.
func TestExtractNotFacts(t *testing.T) {
	tests := []struct {
		lang  language.Tag
		in    string
		token string
	}{
		{en, "The 5G rollout cost $40 million in 2024.", "5G"},
		{en, "Delegates at the G20 forum pledged 2 billion dollars.", "G20"},
		{en, "Since the COVID-19 pandemic, arrivals have fallen 12%.", "COVID-19"},
		{en, "H5N1 was found on 3 farms.", "H5N1"},
		{en, "The airline bought 4 A320 jets.", "A320"},
		{en, "The hotline 1800 1091 took 2,000 calls.", "1800 1091"},
		{en, "Call +84 236 3822 123 for the 50 free seats.", "+84 236 3822 123"},
		{en, "Software Park No.2 employs 1,500 engineers.", "No.2"},
		{en, "Under Article 5, fines can reach $10,000.", "Article 5"},
		{en, "Decree 13/2023/ND-CP took effect in 2023.", "Decree 13/2023/ND-CP"},
		{en, "See https://example.org/2024/05/report-150 for the 12 charts.", "https://example.org/2024/05/report-150"},
		{en, "At 10:30 the ferry carried 300 passengers.", "10:30"},
		{en, "By 9am, 40% of the stalls were open.", "9am"},
		{fr, "Le déploiement de la 5G a coûté 40 millions d'euros en 2024.", "5G"},
		{fr, "Le parc logiciel n° 2 emploie 1 500 ingénieurs.", "n° 2"},
		{fr, "La ligne 1800 1091 a reçu 2 000 appels.", "1800 1091"},
		{fr, "Le (028) 3829 5555 répond à 80 % des demandes.", "(028) 3829 5555"},
		{fr, "À 10h30, le bac transportait 300 passagers.", "10h30"},
		{fr, "L'article 5 prévoit des amendes de 10 000 euros.", "article 5"},
		{fr, "Depuis la COVID-19, les arrivées ont chuté de 12 %.", "COVID-19"},
	}
	for _, tc := range tests {
		t.Run(tc.lang.String()+"/"+tc.token, func(t *testing.T) {
			start := strings.Index(tc.in, tc.token)
			if start < 0 {
				t.Fatalf("bad case: %q not in %q", tc.token, tc.in)
			}
			end := start + len(tc.token)
			facts := mustExtract(t, tc.in, tc.lang, extract.Options{})
			checkSpans(t, tc.in, facts)
			if len(facts) == 0 {
				t.Errorf("Extract(%q): no facts at all, want the real facts beside %q", tc.in, tc.token)
			}
			for _, f := range facts {
				if f.Start < end && start < f.End {
					t.Errorf("Extract(%q): fact %s %s %q at [%d,%d) overlaps %q, which is not a fact", tc.in, f.Kind, f.Value, f.Text, f.Start, f.End, tc.token)
				}
			}
		})
	}
}

// TestExtractInvalidInput feeds Extract hostile text: it must not panic or
// fail, and whatever it returns must have valid spans of valid UTF-8.
func TestExtractInvalidInput(t *testing.T) {
	forty := "1234567890123456789012345678901234567890"
	tests := []struct {
		name    string
		in      string
		noFacts bool
	}{
		{name: "empty", in: "", noFacts: true},
		{name: "blank", in: " \t\n\u00a0\u202f ", noFacts: true},
		{name: "dollar-alone", in: "$", noFacts: true},
		{name: "percent-alone", in: "%", noFacts: true},
		{name: "euros-alone", in: "€ €", noFacts: true},
		{name: "symbols", in: "$ % € £ ¥ US$ C$ Md€ k€", noFacts: true},
		{name: "nul-bytes", in: "\x00\x00\x00", noFacts: true},
		{name: "invalid-utf8-only", in: "\xff\xfe\xfd", noFacts: true},
		{name: "invalid-utf8-around", in: "\xffRevenue reached $4.1bn\xfe in 2024.\xff"},
		{name: "invalid-utf8-inside-number", in: "The port handled 12\xff500 tonnes."},
		{name: "truncated-rune-after-currency", in: "It cost 5 million \xe2\x82"},
		{name: "nul-inside", in: "Revenue of $4.1bn\x00 in 2024\x00, up 9.07%\x00."},
		{name: "forty-digits", in: forty},
		{name: "forty-digits-money", in: "The debt reached $" + forty + "."},
		{name: "forty-digits-trillion", in: forty + " trillion VND"},
		{name: "long-digit-run", in: strings.Repeat("9", 1000) + "%"},
		{name: "comma-chain", in: "1,2,3,4"},
		{name: "separators-only", in: ",,,...'''   ---"},
		{name: "double-sign", in: "--5% and ++7%"},
		{name: "tiny-decimal", in: "0.000000000000000000000000000000000000001%"},
		{name: "exponent", in: "1e400 dollars"},
		{name: "bad-dates", in: "32 November 2024, 30 février 2024, Q9 2025, T5 2025, S3 2025, 2024-13"},
		{name: "dangling-range", in: "between 20 and", noFacts: false},
		{name: "dangling-scale", in: "million billion trillion milliards", noFacts: true},
		{name: "many-spaces", in: "1" + strings.Repeat(" ", 500) + "000"},
		{name: "mixed-scripts", in: "١٢٣ ١٢٣٤ 一百 ٣٪"},
	}
	for _, tc := range tests {
		for _, lang := range []language.Tag{en, fr} {
			t.Run(tc.name+"/"+lang.String(), func(t *testing.T) {
				facts, err := extract.Extract(tc.in, lang, extract.Options{})
				if err != nil {
					t.Fatalf("Extract(%q, %s): error %v, want none (any text is accepted)", tc.in, lang, err)
				}
				checkSpans(t, tc.in, facts)
				for _, f := range facts {
					checkRecord(t, f)
					if strings.Contains(f.Text, forty) && f.Value != forty && !strings.HasPrefix(f.Value, forty) {
						t.Errorf("fact %q: Value %q, want the exact digits %s (scaled, if a scale word follows)", f.Text, f.Value, forty)
					}
				}
				if tc.noFacts && len(facts) > 0 {
					t.Errorf("Extract(%q, %s) = %+v, want no facts", tc.in, lang, facts)
				}
			})
		}
	}
}

func TestExtractUnsupportedLanguage(t *testing.T) {
	for _, tag := range []language.Tag{language.German, language.Vietnamese, language.Japanese} {
		facts, err := extract.Extract("Der Umsatz stieg um 9,07 % auf 39,88 Billionen VND.", tag, extract.Options{})
		if !errors.Is(err, extract.ErrLanguage) {
			t.Errorf("Extract(…, %s): error %v, want ErrLanguage", tag, err)
		}
		if len(facts) != 0 {
			t.Errorf("Extract(…, %s) = %+v with an error, want no facts", tag, facts)
		}
		if extract.Supported(tag) {
			t.Errorf("Supported(%s) = true, want false", tag)
		}
	}
	for _, tag := range []language.Tag{en, fr, language.BritishEnglish, language.AmericanEnglish, language.CanadianFrench, language.MustParse("fr-CH"), language.MustParse("en-VN")} {
		if _, err := extract.Extract("In 2024, revenue rose 9.07%.", tag, extract.Options{}); err != nil {
			t.Errorf("Extract(…, %s): error %v, want none", tag, err)
		}
		if !extract.Supported(tag) {
			t.Errorf("Supported(%s) = false, want true", tag)
		}
	}
}

// TestExtractConcurrent runs Extract from several goroutines over the same
// inputs; the results must equal a sequential run (and the race detector,
// which CI enables, must stay quiet).
func TestExtractConcurrent(t *testing.T) {
	want := make([][]extract.Fact, len(extractCases))
	for i, tc := range extractCases {
		want[i], _ = extract.Extract(tc.in, tc.lang, tc.opt)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range extractCases {
				i := (k + g*len(extractCases)/8) % len(extractCases) // each goroutine starts elsewhere
				tc := extractCases[i]
				got, _ := extract.Extract(tc.in, tc.lang, tc.opt)
				if diff := cmp.Diff(want[i], got, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("goroutine %d, case %s: concurrent result differs from sequential (-sequential +concurrent):\n%s", g, tc.name, diff)
				}
			}
		})
	}
	wg.Wait()
}
