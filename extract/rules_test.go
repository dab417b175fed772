package extract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// ruleCases pin the general rules added while measuring against the peer
// suites, and every bug those measurements found. Sentences are our own.
var ruleCases = []extractCase{
	// Bugs found.
	{name: "bug/iso-code-needs-capitals", lang: en,
		in:   "All 70 of us met Bob 3 times; his pen 7 times failed.",
		want: []wantFact{qty("70", "", "70"), qty("3", "times", "3 times"), qty("7", "times", "7 times")}},
	{name: "bug/iso-code-in-capitals", lang: en,
		in:   "The loan is ALL 5,000 or PEN 300.",
		want: []wantFact{money("5000", "ALL", "ALL 5,000"), money("300", "PEN", "PEN 300")}},
	{name: "bug/au-moins-is-a-hedge-not-minus", lang: fr,
		in:   "Au moins 12 écoles et moins 3 degrés.",
		want: []wantFact{qty("12", "school", "12 écoles").hedged(), qty("-3", "", "moins 3")}},
	{name: "bug/reference-word-before-phone", lang: fr,
		in:   "Appelez la ligne 1800 1091 pour 2 000 réservations.",
		want: []wantFact{qty("2000", "", "2 000")}},
	{name: "bug/a-before-currency-symbol", lang: en,
		in:   "It is a $4.1bn plan and a dollar a day.",
		want: []wantFact{money("4100000000", "USD", "$4.1bn"), money("1", "USD", "a dollar")}},
	{name: "bug/french-trillion-exact", lang: fr,
		in:   "Une dette de 39,88 trillions de dongs.",
		want: []wantFact{money("39880000000000000000", "VND", "39,88 trillions de dongs")}},

	{name: "bug/hedged-four-digits-count", lang: fr,
		in:   "La mairie reçoit environ 2000 clients par jour depuis 2023.",
		want: []wantFact{qty("2000", "", "2000").hedged(), date("2023", "2023")}},
	{name: "bug/over-a-year-compares", lang: en,
		in:   "Exports rose 11.6% over 2023.",
		want: []wantFact{pct("11.6", "%", "11.6%"), date("2023", "2023")}},
	{name: "bug/english-grouping-in-french-text", lang: fr,
		in:   "Des dons de plus de £650,000 et de 1,300,000 dollars, mais 0,125 %.",
		want: []wantFact{money("650000", "GBP", "£650,000").hedged(), money("1300000", "USD", "1,300,000 dollars"), pct("0.125", "%", "0,125 %")}},
	{name: "bug/square-metres", lang: fr,
		in:   "Le groupe a acquis 2,2 millions de mètres carrés et 40 km2.",
		want: []wantFact{qty("2200000", "m2", "2,2 millions de mètres carrés"), qty("40", "km2", "40 km2")}},
	{name: "bug/square-metres-en", lang: en,
		in:   "The park covers 30,000 square metres.",
		want: []wantFact{qty("30000", "m2", "30,000 square metres")}},
	{name: "bug/day-of-month", lang: en,
		in:   "Loans start from the 6 of December.",
		want: []wantFact{date("XXXX-12-06", "6 of December")}},
	{name: "bug/hyphenated-quarter", lang: en,
		in:   "The third-quarter rate rose.",
		want: []wantFact{date("XXXX-Q3", "third-quarter")}},

	{name: "bug/historic-year-range", lang: en,
		in:   "The Qing dynasty (1644-1912) ruled; the war (1894-1895) ended it.",
		want: []wantFact{date("1644/1912", "1644-1912"), date("1894/1895", "1894-1895")}},
	{name: "bug/list-enumerator", lang: en,
		in:   "Three traits: (1) flow, (2) density and (3) speed of 17,500 miles per hour.",
		want: []wantFact{qty("3", "", "Three"), qty("17500", "mile", "17,500 miles")}},

	// Fractions and spoken decimals.
	{name: "fraction/en", lang: en,
		in: "Two thirds of the budget, a quarter of the land and two and a half million visitors.",
		want: []wantFact{qty("0.666666666666667", "", "Two thirds"), qty("0.25", "", "a quarter"),
			qty("2500000", "visitor", "two and a half million visitors")}},
	{name: "fraction/fr", lang: fr,
		in:   "Deux tiers du budget, un quart des terres et trois quarts des élus.",
		want: []wantFact{qty("0.666666666666667", "", "Deux tiers"), qty("0.25", "", "un quart"), qty("0.75", "", "trois quarts")}},
	{name: "fraction/quarters-of-a-year-are-periods", lang: en,
		in:   "In the first three quarters of 2024 exports rose.",
		want: []wantFact{qty("3", "", "three"), date("2024", "2024")}},
	{name: "spoken-decimal", lang: en,
		in:   "Growth was five point five per cent.",
		want: []wantFact{pct("5.5", "%", "five point five per cent")}},

	// Money.
	{name: "money/cents", lang: en,
		in:   "Shares fell 34 cents, to 3 dollars 50 cents; a stamp is 10¢.",
		want: []wantFact{money("0.34", "USD", "34 cents"), money("3.5", "USD", "3 dollars 50 cents"), money("0.1", "USD", "10¢")}},
	{name: "money/centimes", lang: fr,
		in:   "Le ticket coûte 1 euro et 20 centimes.",
		want: []wantFact{money("1.2", "EUR", "1 euro et 20 centimes")}},
	{name: "money/nationality-en", lang: en,
		in:   "Fees reached 42 Kuwaiti dinars and 300 Lebanese pounds.",
		want: []wantFact{money("42", "KWD", "42 Kuwaiti dinars"), money("300", "LBP", "300 Lebanese pounds")}},
	{name: "money/nationality-fr", lang: fr,
		in:   "Les frais ont atteint 42 dinars koweïtiens.",
		want: []wantFact{money("42", "KWD", "42 dinars koweïtiens")}},
	{name: "money/code-dollar", lang: en,
		in:   "It sold for NZ$15 and 16,4 CAD.",
		want: []wantFact{money("15", "NZD", "NZ$15"), qty("16", "", "16"), money("4", "CAD", "4 CAD")}},

	// Dates.
	{name: "date/relative-en", lang: en, opt: published(2025, 3, 5),
		in:   "Sales this year beat last year and last September.",
		want: []wantFact{date("2025", "this year"), date("2024", "last year"), date("2024-09", "last September")}},
	{name: "date/relative-fr", lang: fr, opt: published(2025, 3, 5),
		in:   "Cette année, le mois prochain et l'an dernier.",
		want: []wantFact{date("2025", "Cette année"), date("2025-04", "mois prochain"), date("2024", "an dernier")}},
	{name: "date/relative-needs-publication", lang: en,
		in:   "Sales this year beat last year.",
		want: none},
	{name: "date/century", lang: fr,
		in:   "Au XXe comme au 21e siècle.",
		want: []wantFact{date("2000/2099", "21e siècle")}},
	{name: "date/year-month", lang: en,
		in:   "Reports for 2016-11, 2015/3 and the 2024/25 season.",
		want: []wantFact{date("2016-11", "2016-11"), date("2015-03", "2015/3"), date("2024/2025", "2024/25")}},
	{name: "date/decades", lang: fr,
		in:   "Dans les années 1990 comme dans les 2000s.",
		want: []wantFact{date("1990/1999", "années 1990"), date("2000/2009", "2000s")}},
	{name: "date/lowercase-month-before-year", lang: en,
		in:   "Prices may 5 times rise by june 2026.",
		want: []wantFact{qty("5", "times", "5 times"), date("2026-06", "june 2026")}},
}

func TestExtractRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			want := wantFacts(t, tc.in, tc.want)
			got := mustExtract(t, tc.in, tc.lang, tc.opt)
			if diff := cmp.Diff(want, withoutPrecision(got), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Extract(%q, %s%s)\nmismatch (-want +got):\n%s", tc.in, tc.lang, describeOptions(tc.opt), diff)
			}
		})
	}
}
