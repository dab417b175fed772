package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"diglot.dev/diglot/extract"
)

// alignCase is one English/French sentence pair and the records its
// alignment must hold, as "status [reason] | EN text | FR text" keys.
type alignCase struct {
	name   string
	en, fr string
	want   []string
}

// compareCases pin how two versions of a number compare: the examples of
// the compare issue, each mismatch reason and each legitimate variation.
var compareCases = []alignCase{
	// Precision-aware comparison.
	{"rounded/cut-to-precision", "Revenue reached 39.88 trillion VND.", "Le chiffre d'affaires a atteint 39 888 milliards de dongs.",
		[]string{"rounded | 39.88 trillion VND | 39 888 milliards de dongs"}},
	{"rounded/rounded-to-precision", "Output hit 5.3 million tonnes.", "La production a atteint 5,27 millions de tonnes.",
		[]string{"rounded | 5.3 million tonnes | 5,27 millions de tonnes"}},
	{"mismatch/same-precision-other-digit", "Wages reached 6.4 million VND.", "Les salaires ont atteint 6,2 millions de dongs.",
		[]string{"mismatch value | 6.4 million VND | 6,2 millions de dongs"}},
	{"mismatch/doubled-is-not-tripled", "Exports doubled in 2024 and imports rose tenfold.", "Les exportations ont triplé en 2024 et les importations ont été multipliées par dix.",
		[]string{"mismatch value | doubled | triplé", "match | 2024 | 2024", "match | tenfold | dix"}},
	{"mismatch/next-digit-is-not-rounding", "Wages reached 6.4 million VND.", "Les salaires ont atteint 6,5 millions de dongs.",
		[]string{"mismatch value | 6.4 million VND | 6,5 millions de dongs"}},
	{"rounded/hedge-widens-a-little", "About 40,000 people came.", "Environ 40 500 personnes sont venues.",
		[]string{"rounded | 40,000 people | 40 500 personnes"}},
	{"mismatch/hedge-widens-not-a-lot", "About 6.4 million VND was paid.", "Environ 6,2 millions de dongs ont été versés.",
		[]string{"mismatch value | 6.4 million VND | 6,2 millions de dongs"}},
	// Mismatch reasons.
	{"mismatch/a-paragraph-pairs-when-every-number-disagrees", "Sales rose 12% to 40 million euros.\nData from the first half of 2008 showed a rise in the first quarter and a fall in the second quarter.",
		"Les ventes ont augmenté de 12 % à 40 millions d'euros.\nLes données du premier semestre de 2009 montrent une hausse au premier trimestre et une baisse au deuxième trimestre.",
		[]string{"match | 12% | 12 %", "match | 40 million euros | 40 millions d'euros",
			"mismatch date_year | first half of 2008 | premier semestre de 2009", "mismatch date_year | first quarter | premier trimestre",
			"mismatch date_year | second quarter | deuxième trimestre"}},
	{"mismatch/one-paragraph-a-side-pairs-when-every-number-disagrees", "Data from the first half of 2008 showed a rise in the first quarter and a fall in the second quarter.",
		"Les données du premier semestre de 2009 montrent une hausse au premier trimestre et une baisse au deuxième trimestre.",
		[]string{"mismatch date_year | first half of 2008 | premier semestre de 2009", "mismatch date_year | first quarter | premier trimestre",
			"mismatch date_year | second quarter | deuxième trimestre"}},
	{"mismatch/billion-false-friend", "The plan costs 3.2 billion USD.", "Le plan coûte 3,2 billions de dollars.",
		[]string{"mismatch scale | 3.2 billion USD | 3,2 billions de dollars"}},
	{"mismatch/million-as-thousand", "A EUR 100 million fund.", "Un fonds de 100 000 euros.",
		[]string{"mismatch scale | EUR 100 million | 100 000 euros"}},
	{"mismatch/decimal-separator", "The city has 2.5 million residents.", "La ville compte 25 millions d'habitants.",
		[]string{"mismatch decimal_separator | 2.5 million residents | 25 millions d'habitants"}},
	{"mismatch/percent-separator-dropped", "The yield rose to 3.632% on Friday.", "Le rendement est passé à 3632% vendredi.",
		[]string{"mismatch decimal_separator | 3.632% | 3632%"}},
	{"mismatch/thousandfold-without-scale-word", "The fee is 4,500 euros.", "Les frais sont de 4,5 euros.",
		[]string{"mismatch decimal_separator | 4,500 euros | 4,5 euros"}},
	{"mismatch/hedge-does-not-widen-a-precise-bound", "The index climbed to 99.13 points, with about 1,200 trades.", "L'indice a grimpé jusqu'à 99,31 points, avec environ 1 220 transactions.",
		[]string{"mismatch value | 99.13 points | 99,31 points", "rounded | 1,200 | 1 220 transactions"}},
	{"mismatch/conversion-gone-wrong", "The pipeline would run 491 miles to the coast.", "L'oléoduc s'étendrait sur 970 km jusqu'à la côte.",
		[]string{"mismatch value | 491 miles | 970 km"}},
	{"rounded/conversion-rounded-to-its-digits", "We're picking up heat 350 yards out.", "Nous détectons de la chaleur à environ 300 mètres.",
		[]string{"rounded | 350 yards | 300 mètres"}},
	{"rounded/conversion-grouped-the-english-way", "The 1,700-mile pipeline would extend to the Gulf.", "L'oléoduc de 2,735 km s'étendrait jusqu'au golfe.",
		[]string{"rounded | 1,700-mile | 2,735 km"}},
	{"mismatch/round-original-is-no-licence", "The bomb held 1,000 pounds of explosive.", "La bombe contenait 300 kg d'explosifs.",
		[]string{"mismatch value | 1,000 pounds | 300 kg"}},
	{"none/times-in-other-units-that-do-not-convert", "Loans run from a week to three months, and three months is the most.", "Les prêts vont d'une semaine à trois mois, et le maximum est de.",
		[]string{"match | three months | trois mois", "only_en | three months | ", "only_fr |  | une semaine"}},
	{"mismatch/unit-of-a-grouped-number", "The ship carries 2,300 tonnes of grain.", "Le navire transporte 2 300 kilogrammes de céréales.",
		[]string{"mismatch unit | 2,300 tonnes | 2 300 kilogrammes"}},
	{"none/a-unit-named-in-both-versions-pairs-first", "Three days ago, sixteen of us saw the match end in a 3:1 win.", "Il y a trois jours, nous avons vu le match finir sur un 3 :1.",
		[]string{"match | Three days | trois jours", "only_en | sixteen | ", "match | 3 | 3", "match | 1 | 1"}},
	{"rounded/weeks-as-days", "The strike lasted two weeks.", "La grève a duré quinze jours.",
		[]string{"rounded | two weeks | quinze jours"}},
	{"rounded/copied-with-its-scale-word", "Prisa is worth 1.779 million, and the city counts 5.352 pesos a head.", "Prisa vaut 1.779 millions, et la ville compte 5 mille 352 pesos par tête.",
		[]string{"rounded | 1.779 million | 1.779 millions", "rounded | 5.352 pesos | 5 mille 352 pesos"}},
	{"mismatch/copied-digits-but-the-false-friend", "The plan costs 1.779 billion euros.", "Le plan coûte 1.779 billions d'euros.",
		[]string{"mismatch scale | 1.779 billion euros | 1.779 billions d'euros"}},
	{"mismatch/currency-left-to-the-reader", "The hotel asks 450 euros a bed; a room costs a minimum of 650 (Black zone).", "L'hôtel demande 450 euros le lit; une chambre coûte 650 dollars minimum (zone Noire).",
		[]string{"match | 450 euros | 450 euros", "mismatch currency | 650 | 650 dollars"}},
	{"none/a-conversion-in-brackets-takes-no-currency", "Fortis was bought for 11.2 billion euros (16.3 billion).", "Fortis a été acheté 11,2 milliards d'euros (16,3 milliards de dollars).",
		[]string{"match | 11.2 billion euros | 11,2 milliards d'euros", "match | 16.3 billion | 16,3 milliards de dollars"}},
	{"none/a-coin-names-no-currency-around", "Cogeco earned CAD 43.8 million, or 82¢ a share.", "Cogeco a gagné 43,8 millions, soit 82 ¢ par action.",
		[]string{"match | CAD 43.8 million | 43,8 millions", "match | 82¢ | 82 ¢"}},
	{"none/a-currency-shared-in-the-sentence-keeps-its-country", "Cogeco earned C$40 million in 2019 and 25 million in 2020.", "Cogeco a gagné 40 millions $ en 2019 et 25 millions en 2020.",
		[]string{"rounded | C$40 million | 40 millions $", "match | 2019 | 2019", "rounded | 25 million | 25 millions", "match | 2020 | 2020"}},
	{"mismatch/a-currency-shared-in-the-sentence", "It cost 40 million euros in 2019 and 25 million in 2020.", "Il a coûté 40 millions d'euros en 2019 et 25 millions de dollars en 2020.",
		[]string{"match | 40 million euros | 40 millions d'euros", "match | 2019 | 2019", "mismatch currency | 25 million | 25 millions de dollars", "match | 2020 | 2020"}},
	{"mismatch/a-day-left-alone", "The fair opens on the 17th and closes on the 20th.", "La foire ouvre le 17 et ferme le 27.",
		[]string{"match | 17th | 17", "mismatch value | 20th | 27"}},
	{"none/a-french-rank-against-an-english-count", "They reached the last 16.", "Ils ont atteint les 8es de finale.",
		[]string{"only_en | 16 | ", "only_fr |  | 8es"}},
	{"mismatch/scale-word-for-grouped-digits", "Renovated houses sell for 100,000, and 75,000 came to see.", "Les maisons rénovées se vendent 200 mille euros, et 85 mille personnes sont venues voir.",
		[]string{"mismatch value | 100,000 | 200 mille euros", "mismatch value | 75,000 | 85 mille personnes"}},
	{"none/left-the-scale-to-the-reader", "The Fed sends 24 more.", "La Fed envoie 25 milliards de plus.",
		[]string{"only_en | 24 | ", "only_fr |  | 25 milliards"}},
	{"mismatch/currency", "The grant is 5 million USD.", "La subvention est de 5 millions d'euros.",
		[]string{"mismatch currency | 5 million USD | 5 millions d'euros"}},
	{"mismatch/unit", "Work will take 3 months.", "Les travaux dureront 3 ans.",
		[]string{"mismatch unit | 3 months | 3 ans"}},
	{"match/bare-points-are-percentage-points", "Unemployment fell 0.1 percentage point to 8.3%, seven percentage points above the average.",
		"Le chômage a reculé de 0,1 point à 8,3 %, sept points au-dessus de la moyenne.",
		[]string{"match | 0.1 percentage point | 0,1 point", "match | 8.3% | 8,3 %", "match | seven percentage points | sept points"}},
	{"mismatch/bare-points-are-percentage-points", "Unemployment fell 0.2 percentage point to 8.3%.", "Le chômage a reculé de 0,1 point à 8,3 %.",
		[]string{"mismatch value | 0.2 percentage point | 0,1 point", "match | 8.3% | 8,3 %"}},
	{"mismatch/same-digits-another-scale-word", "The bank raised it by 5.000 million yen to 55.000 thousand million yen.",
		"La banque l'a relevé de 5.000 milliards de yens, à 55.000 milliards de yens.",
		[]string{"mismatch scale | 5.000 million yen | 5.000 milliards de yens", "match | 55.000 thousand million yen | 55.000 milliards de yens"}},
	{"mismatch/percent-vs-points", "Unemployment rose 0.5 percentage points.", "Le chômage a augmenté de 0,5 %.",
		[]string{"mismatch percent_vs_points | 0.5 percentage points | 0,5 %"}},
	{"mismatch/year", "The bridge opened in 2023.", "Le pont a ouvert en 2022.",
		[]string{"mismatch date_year | 2023 | 2022"}},
	{"mismatch/month", "Sales rose in March 2024.", "Les ventes ont augmenté en mai 2024.",
		[]string{"mismatch date_month | March 2024 | mai 2024"}},
	{"mismatch/day", "The fair opens on 17 November 2024.", "La foire ouvre le 27 novembre 2024.",
		[]string{"mismatch date_day | 17 November 2024 | 27 novembre 2024"}},
	{"mismatch/quarter", "Work starts in the first quarter of 2025.", "Les travaux commencent au deuxième trimestre 2025.",
		[]string{"mismatch date_period | first quarter of 2025 | deuxième trimestre 2025"}},
	{"mismatch/one-record-not-two", "Exports rose 7.5%, imports 3.8% and retail 2.7%.", "Les exportations ont augmenté de 5,7 %, les importations de 3,8 % et le commerce de 2,7 %.",
		[]string{"mismatch value | 7.5% | 5,7 %", "match | 3.8% | 3,8 %", "match | 2.7% | 2,7 %"}},
	{"mismatch/day-range", "The fair runs November 17-21.", "La foire se tient du 17 au 22 novembre.",
		[]string{"mismatch date_day | November 17-21 | 17 au 22 novembre"}},
	// Legitimate variation.
	{"match/day-range", "The fair runs November 17-21, 2025.", "La foire se tient du 17 au 21 novembre 2025.",
		[]string{"match | November 17-21, 2025 | 17 au 21 novembre 2025"}},
	{"rounded/country-left-to-the-reader", "The bank raised 13 billion Swiss francs and 500 million dollars.", "La banque a levé 13 milliards de francs et 500 millions de dollars australiens.",
		[]string{"rounded | 13 billion Swiss francs | 13 milliards de francs", "rounded | 500 million dollars | 500 millions de dollars australiens"}},
	{"rounded/dollar-sign-left-to-the-reader", "She earns S$3,000 and 662 rupees.", "Elle gagne 3 000 $ et 662 roupies indonésiennes.",
		[]string{"rounded | S$3,000 | 3 000 $", "rounded | 662 rupees | 662 roupies indonésiennes"}},
	{"match/dollar-sign-of-a-country", "She earns S$3,000, he HK$500.", "Elle gagne 3 000 $ de Singapour, lui 500 $ de Hong Kong.",
		[]string{"match | S$3,000 | 3 000 $ de Singapour", "match | HK$500 | 500 $ de Hong Kong"}},
	{"rounded/roupies-is-any-rupee", "Entry costs 30,000 rupiah, a meal 200 Pakistani rupees.", "L'entrée coûte 30 000 roupies, un repas 200 roupies.",
		[]string{"rounded | 30,000 rupiah | 30 000 roupies", "rounded | 200 Pakistani rupees | 200 roupies"}},
	{"rounded/scale-before-the-dollar-sign", "The fund holds S$66m and US$1.8 billion and $870 million.", "Le fonds détient 66 M$ et 1,8 milliard et 870 millions de dollars américains.",
		[]string{"rounded | S$66m | 66 M$", "match | US$1.8 billion | 1,8 milliard", "match | $870 million | 870 millions de dollars américains"}},
	{"rounded/range-end-left-to-the-reader", "The new Canadian $5 and $20 bills, and a fee of 5 to 10 US dollars.", "Les nouveaux billets canadiens de 5 et 20 dollars, et des frais de 5 à 10 dollars canadiens.",
		[]string{"rounded | Canadian $5 | 5", "match | $20 | 20 dollars", "match | 5 | 5", "mismatch currency | 10 US dollars | 10 dollars canadiens"}},
	{"mismatch/two-countries-named", "The grant is 5 million Canadian dollars.", "La subvention est de 5 millions de dollars américains.",
		[]string{"mismatch currency | 5 million Canadian dollars | 5 millions de dollars américains"}},
	{"mismatch/currency-left-to-the-reader-other-value", "The bank raised 13 billion Swiss francs.", "La banque a levé 15 milliards de francs.",
		[]string{"mismatch value | 13 billion Swiss francs | 15 milliards de francs"}},
	{"rounded/hundreds-as-decade-or-century", "Prices doubled in the 1900s.", "Les prix ont doublé dans les années 1900.",
		[]string{"match | doubled | doublé", "rounded | 1900s | années 1900"}},
	{"mismatch/hundreds-of-another-century", "Prices doubled in the 1800s.", "Les prix ont doublé dans les années 1900.",
		[]string{"match | doubled | doublé", "mismatch date_year | 1800s | années 1900"}},
	{"rounded/crowns-left-to-the-reader", "The fund holds 5 billion Swedish kronor.", "Le fonds détient 5 milliards de couronnes.",
		[]string{"rounded | 5 billion Swedish kronor | 5 milliards de couronnes"}},
	{"match/range-end-takes-the-unknown-currency", "The price rose from 450 crowns to 600 crowns.", "Le prix passe de 450 à 600 couronnes.",
		[]string{"match | 450 crowns | 450", "match | 600 crowns | 600 couronnes"}},
	{"rounded/pesos-left-to-the-reader", "It received checks for 3 million pesos.", "Il a reçu des chèques de 3 millions de pesos mexicains.",
		[]string{"rounded | 3 million pesos | 3 millions de pesos mexicains"}},
	{"rounded/speed-converted", "It flew at 130 mph.", "Il volait à 209 km/h.",
		[]string{"rounded | 130 mph | 209 km/h"}},
	{"mismatch/counts-named-differently", "There are 436 staff members.", "Il y a 43,6 employés.",
		[]string{"mismatch decimal_separator | 436 staff members | 43,6 employés"}},
	{"match/below-zero-and-minus", "It fell to 9 degrees below zero.", "Il a fait moins 9 degrés.",
		[]string{"match | 9 degrees below zero | moins 9"}},
	{"match/decade-in-two-digits", "It began in the early 90s.", "Cela a commencé au début des années 90.",
		[]string{"match | 90s | années 90"}},
	{"match/crowns-in-english", "The bill was 12 billion crowns, or 531,900 Czech crowns a head.", "La facture était de 12 milliards de couronnes, soit 531 900 couronnes tchèques par tête.",
		[]string{"match | 12 billion crowns | 12 milliards de couronnes", "match | 531,900 Czech crowns | 531 900 couronnes tchèques"}},
	{"rounded/crowns-for-a-code", "The army paid CZK 40 million.", "L'armée a payé 40 millions de couronnes.",
		[]string{"rounded | CZK 40 million | 40 millions de couronnes"}},
	{"mismatch/dinars-are-not-francs", "He paid 500 dinars.", "Il a payé 500 francs.",
		[]string{"mismatch currency | 500 dinars | 500 francs"}},
	{"match/dollars-named-by-their-country", "Taipei spent 500 million Taiwan dollars.", "Taipei a dépensé 500 millions de dollars de Taïwan.",
		[]string{"match | 500 million Taiwan dollars | 500 millions de dollars de Taïwan"}},
	{"rounded/decades-in-years", "The party ruled for seven decades.", "Le parti a gouverné pendant soixante-dix ans.",
		[]string{"rounded | seven decades | soixante-dix ans"}},
	{"match/million-abbreviated", "More than 7.5m voters turned out.", "Plus de 7,5 millions d'électeurs se sont présentés.",
		[]string{"match | 7.5m voters | 7,5 millions d'électeurs"}},
	{"rounded/cubic-feet-in-cubic-metres", "A capacity of 2.2 trillion cubic feet of gas.", "Une capacité de 63 milliards de mètres cubes de gaz.",
		[]string{"rounded | 2.2 trillion cubic feet | 63 milliards de mètres cubes"}},
	{"match/day-list", "A survey on September 6 and 7.", "Une enquête les 6 et 7 septembre.",
		[]string{"match | September 6 | 6", "match | 7 | 7 septembre"}},
	{"match/words-and-digits", "Two bridges and 3 roads in ten months.", "Deux ponts et trois routes en 10 mois.",
		[]string{"match | Two bridges | Deux ponts", "match | 3 roads | trois routes", "match | ten months | 10 mois"}},
	{"match/dozen", "A dozen projects were approved.", "Une douzaine de projets ont été approuvés.",
		[]string{"match | A dozen projects | Une douzaine de projets"}},
	{"match/trillion-as-milliards", "Debt reached 88 trillion USD.", "La dette a atteint 88 000 milliards de dollars.",
		[]string{"match | 88 trillion USD | 88 000 milliards de dollars"}},
	{"match/cfa-francs", "The budget is 5,500 billion CFA francs.", "Le budget est de 5 500 milliards de FCFA.",
		[]string{"match | 5,500 billion CFA francs | 5 500 milliards de FCFA"}},
	{"match/md-euro", "A €1.2 billion plan.", "Un plan de 1,2 Md€.",
		[]string{"match | €1.2 billion | 1,2 Md€"}},
	{"match/year-range", "The 2019-20 season.", "La saison 2019-2020.",
		[]string{"match | 2019-20 | 2019-2020"}},
	{"match/copied-dot-grouping", "About 2.000 lawyers marched.", "Environ 2.000 avocats ont manifesté.",
		[]string{"match | 2.000 lawyers | 2.000 avocats"}},
	{"rounded/copied-dot-grouping-money", "A fine of 2.000 euros.", "Une amende de 2.000 euros.",
		[]string{"rounded | 2.000 euros | 2.000 euros"}},
	{"match/copied-grouping-with-other-separator", "A fine of 42.000 crowns.", "Une amende de 42 000 couronnes.",
		[]string{"rounded | 42.000 crowns | 42 000 couronnes"}},
	{"mismatch/separator-moved", "The fine rises to 2,500 crowns.", "L'amende grimpe à 250,0 couronnes.",
		[]string{"mismatch decimal_separator | 2,500 crowns | 250,0 couronnes"}},
	{"mismatch/sole-amounts-far-apart", "It's 8.25 euros a litre in Munich, Marco says with a sigh.", "À Munich, soupire Marco en nous servant, le litre coûte 9,25 euros.",
		[]string{"mismatch value | 8.25 euros | 9,25 euros"}},
	{"mismatch/sole-once-the-rest-is-paired", "It's 8.25 euros a litre, and 2 euros for the glass, Marco says with a sigh.", "Marco soupire: le verre est à 2 euros, et le litre à 9,25 euros.",
		[]string{"match | 2 euros | 2 euros", "mismatch value | 8.25 euros | 9,25 euros"}},
	{"mismatch/sole-numbers-without-unit-far-apart", "It's 8.25 a litre now, Marco says with a long sigh of despair.", "Au bout du compte, soupire Marco, le litre est à 9,25.",
		[]string{"mismatch value | 8.25 | 9,25"}},
	{"none/sole-number-and-sole-measure-far-apart", "It took the forty-odd guards who came to the scene almost an hour.", "Les gardes venus sur les lieux ont mis près d'une heure.",
		[]string{"only_en | forty | ", "only_fr |  | une heure"}},
	{"mismatch/year-with-the-month-left-out", "The tension dates from the declaration of November 1917.", "La tension date de la déclaration de 1918.",
		[]string{"mismatch date_year | November 1917 | 1918"}},
	{"rounded/unit-conversion", "A 100-foot tower.", "Une tour de 30 mètres.",
		[]string{"rounded | 100-foot | 30 mètres"}},
	{"rounded/nautical-miles-converted", "The zone reaches 12 nautical miles out.", "La zone s'étend à 22 kilomètres.",
		[]string{"rounded | 12 nautical miles | 22 kilomètres"}},
	{"match/light-years-are-no-years", "The star lies 700 light years away.", "L'étoile est à 700 années-lumière.",
		[]string{"match | 700 light years | 700 années-lumière"}},
	{"mismatch/grams-as-kilograms", "It emits 125 grams of CO2.", "Il émet 125 kilogrammes de CO2.",
		[]string{"mismatch unit | 125 grams | 125 kilogrammes"}},
	{"none/currency-conversion", "Tickets cost $89.", "Les billets coûtent 78 euros.",
		[]string{"only_en | $89 | ", "only_fr |  | 78 euros"}},
	{"none/scale-left-to-the-reader", "The Fed sends $40 billion and 24 more.", "La Fed envoie 40 milliards de dollars et 24 milliards de plus.",
		[]string{"match | $40 billion | 40 milliards de dollars", "only_en | 24 | ", "only_fr |  | 24 milliards"}},
	{"none/year-and-month-of-unknown-year", "It began in 2007.", "Cela a commencé en janvier.",
		[]string{"only_en | 2007 | ", "only_fr |  | janvier"}},
	{"none/vague-round-number", "A dozen measures were adopted.", "Une dizaine de mesures ont été adoptées.",
		[]string{"rounded | A dozen measures | Une dizaine de mesures"}},
	{"none/not-facts", "The 5G network reached COVID-19 wards; call 1800 1091.", "Le réseau 5G a atteint les services COVID-19 ; appelez le 1800 1091.",
		nil},
	{"none/coins-are-localised", "Not even one penny.", "Pas même 1 cent.",
		[]string{"only_en | one penny | ", "only_fr |  | 1 cent"}},
	{"rounded/fahrenheit-to-celsius", "Temperatures fell to 28°F overnight.", "Les températures sont tombées à -2 °C pendant la nuit.",
		[]string{"rounded | 28°F | -2 °C"}},
	{"mismatch/celsius-for-fahrenheit", "Temperatures fell to 28°F overnight.", "Les températures sont tombées à 28 °C pendant la nuit.",
		[]string{"mismatch unit | 28°F | 28 °C"}},
	{"match/twice-is-deux-fois", "Prices rose twice as fast as wages.", "Les prix ont augmenté deux fois plus vite que les salaires.",
		[]string{"match | twice | deux fois"}},
	{"match/by-a-third", "Cases fell by a third.", "Les cas ont baissé d'un tiers.",
		[]string{"match | a third | un tiers"}},
	{"match/roman-century", "The temple dates from the 7th century.", "Le temple date du VIIe siècle.",
		[]string{"match | 7th century | VIIe siècle"}},
	// French reads "deux électeurs sur trois" as two numbers, not a ratio:
	// neither is a mismatch.
	{"none/ratio-is-not-a-count", "Nine out of fourteen committee members agree.", "9 membres de la Commission sur 14 sont d'accord.",
		[]string{"only_en | Nine out of fourteen | ", "only_fr |  | 9 membres", "only_fr |  | 14"}},
	{"match/ratio-with-a-noun-between", "Two out of three voters agree.", "Deux électeurs sur trois sont d'accord.",
		[]string{"match | Two out of three | Deux électeurs sur trois"}},
}

func TestCompare(t *testing.T) {
	for _, tc := range compareCases {
		t.Run(tc.name, func(t *testing.T) {
			a := alignPair(t, tc.en, tc.fr)
			got := recordKeys(a)
			want := append([]string(nil), tc.want...)
			for i := range want {
				want[i] = strings.ReplaceAll(want[i], "\u00a0", " ")
			}
			for i := range got {
				got[i] = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(got[i])
			}
			if !sameKeys(want, got) {
				t.Errorf("Align(%q, %q):\n got %q\nwant %q", tc.en, tc.fr, got, want)
			}
		})
	}
}

// sameKeys compares two key lists as multisets.
func sameKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := make(map[string]int)
	for _, k := range a {
		n[k]++
	}
	for _, k := range b {
		n[k]--
	}
	for _, c := range n {
		if c != 0 {
			return false
		}
	}
	return true
}

// TestAlignPartialTranslation checks that a paragraph the French leaves
// out comes out only_en and untranslated, without pulling the later
// paragraphs out of place, even when they repeat its kind of numbers.
func TestAlignPartialTranslation(t *testing.T) {
	en := "Exports rose 12% in 2024.\n\nImports rose 8% to 4.1 billion USD.\n\nRetail sales rose 9% in 2024.\n"
	fr := "Les exportations ont augmenté de 12 % en 2024.\n\nLes ventes au détail ont augmenté de 9 % en 2024.\n"
	a := alignPair(t, en, fr)
	want := []string{"match | 12% | 12 %", "match | 2024 | 2024", "only_en | 8% | ", "only_en | 4.1 billion USD | ", "match | 9% | 9 %", "match | 2024 | 2024"}
	got := recordKeys(a)
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], "\u00a0", " ")
	}
	if !sameKeys(want, got) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if len(a.UntranslatedEN) != 1 || en[a.UntranslatedEN[0].Start:a.UntranslatedEN[0].End] != "Imports rose 8% to 4.1 billion USD." {
		t.Errorf("untranslated English paragraphs %v, want the imports paragraph", a.UntranslatedEN)
	}
	if len(a.UntranslatedFR) != 0 {
		t.Errorf("untranslated French paragraphs %v, want none", a.UntranslatedFR)
	}
}

// TestAlignOrder checks the records' order: English reading order, a
// French-only fact after the record that precedes it in the French.
func TestAlignOrder(t *testing.T) {
	a := alignPair(t, "In 2024, 12 parks opened.", "En 2024, 12 parcs et 3 musées ont ouvert en 2025.")
	var got []string
	for _, r := range a.Facts {
		got = append(got, r.Status.String())
	}
	want := "[match match only_fr only_fr]"
	if fmt.Sprint(got) != want {
		t.Errorf("statuses %v, want %s", got, want)
	}
	if a.Summary != (extract.Summary{Match: 2, OnlyFR: 2}) {
		t.Errorf("summary %+v, want 2 match, 2 only_fr", a.Summary)
	}
}

// TestAlignBadSpans checks that facts whose spans do not index the text
// (from a stale store, say) are still aligned by value, without a panic.
func TestAlignBadSpans(t *testing.T) {
	f := extract.Fact{Kind: extract.Percent, Value: "9.07", Unit: "%", Low: "9.065", High: "9.075", Text: "9.07%", Start: 500, End: 505}
	g := f
	g.Text, g.Start, g.End = "9,07 %", 90, 80
	a := extract.Align(extract.Version{Text: "short", Facts: []extract.Fact{f}}, extract.Version{Facts: []extract.Fact{g}})
	if a.Summary != (extract.Summary{Match: 1}) {
		t.Errorf("summary %+v, want one match", a.Summary)
	}
	if a := extract.Align(extract.Version{}, extract.Version{}); len(a.Facts) != 0 {
		t.Errorf("empty versions give %v", a.Facts)
	}
}

func TestSentenceAt(t *testing.T) {
	text := "First one. Revenue rose 9.07% in 2024; exports fell.\nNext line."
	i := strings.Index(text, "9.07%")
	sp := extract.SentenceAt(text, i, i+5)
	if got := text[sp.Start:sp.End]; got != "Revenue rose 9.07% in 2024;" {
		t.Errorf("SentenceAt = %q", got)
	}
	sp = extract.SentenceAt(text, 1000, 2000) // clamped to the end: the last sentence
	if got := text[sp.Start:sp.End]; got != "Next line." {
		t.Errorf("out of range: %+v", sp)
	}
}

// TestExtractConcept checks that Extract names what a number measures from
// the lexicon word nearest to it in its sentence, and none for dates.
func TestExtractConcept(t *testing.T) {
	for _, tc := range []struct {
		lang language.Tag
		in   string
		want []string // concept of each fact, in order
	}{
		{language.English, "In 2024, revenue reached 39.88 trillion VND. Exports rose 12%.", []string{"", "revenue", "exports"}},
		{language.French, "En 2024, le chiffre d'affaires a atteint 39 888 milliards de dongs; le chômage, 2,1 %.", []string{"", "revenue", "unemployment"}},
		{language.English, "Software exports hit 165 million USD.", []string{"exports"}},
	} {
		facts, err := extract.Extract(tc.in, tc.lang, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range facts {
			got = append(got, f.Concept)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Extract(%q) concepts %q, want %q", tc.in, got, tc.want)
		}
	}
}

// datedCompareCases compare versions published on 15 June 2009, where a
// date that writes no year takes one from the publication date and the
// tense around it.
var datedCompareCases = []alignCase{
	{"rounded/tenses-guess-the-years-apart", "The summit takes place in October.", "Le sommet s'est tenu en octobre.",
		[]string{"rounded | October | octobre"}},
	{"rounded/guessed-day-years-apart", "The deal is signed on Nov. 8.", "L'accord a été signé le 8 novembre.",
		[]string{"rounded | Nov. 8 | 8 novembre"}},
	{"mismatch/written-years-apart", "The summit was held on October 5, 2008.", "Le sommet s'est tenu le 5 octobre 2009.",
		[]string{"mismatch date_year | October 5, 2008 | 5 octobre 2009"}},
	{"mismatch/relative-years-apart", "The summit was held last October.", "Le sommet se tiendra en octobre prochain.",
		[]string{"mismatch date_year | last October | octobre prochain"}},
	{"only/guessed-month-apart", "The summit takes place in October.", "Le sommet s'est tenu en novembre.",
		[]string{"only_en | October | ", "only_fr |  | novembre"}},
}

func TestCompareDated(t *testing.T) {
	opt := extract.Options{Published: time.Date(2009, 6, 15, 0, 0, 0, 0, time.UTC)}
	for _, tc := range datedCompareCases {
		t.Run(tc.name, func(t *testing.T) {
			got := recordKeys(alignPairWith(t, tc.en, tc.fr, opt))
			if !sameKeys(tc.want, got) {
				t.Errorf("Align(%q, %q):\n got %q\nwant %q", tc.en, tc.fr, got, tc.want)
			}
		})
	}
}
