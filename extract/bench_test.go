package extract

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// The benchmark corpus: news-style paragraphs about a city's economy,
// generated from the templates below with a seeded PCG, so every run reads
// the same text. Numbers appear in every form extraction must read (grouped
// digits with each separator, scale words, fused money, percentages and
// percentage points, dates, quarters, ranges, ordinals, number words,
// non-facts such as 5G), at news density: most sentences hold 0–2 numbers.

const (
	benchLangBytes = 800_000 // per language: 1.6 MB in all
	benchParaMin   = 500     // paragraph size in bytes, as the CLI would pass
	benchParaMax   = 1500
)

type benchParagraph struct {
	lang language.Tag
	text string
}

type benchCorpus struct {
	mixed, english, french []benchParagraph // mixed alternates the languages
	bytes                  map[language.Tag]int
}

var loadBenchCorpus = sync.OnceValue(func() *benchCorpus {
	return buildBenchCorpus(rand.New(rand.NewPCG(2024, 1117)))
})

func buildBenchCorpus(r *rand.Rand) *benchCorpus {
	c := &benchCorpus{bytes: make(map[language.Tag]int)}
	c.english = benchParagraphs(r, language.English, benchEnglish)
	c.french = benchParagraphs(r, language.French, benchFrench)
	for i := range max(len(c.english), len(c.french)) {
		if i < len(c.english) {
			c.mixed = append(c.mixed, c.english[i])
		}
		if i < len(c.french) {
			c.mixed = append(c.mixed, c.french[i])
		}
	}
	for _, p := range c.mixed {
		c.bytes[p.lang] += len(p.text)
	}
	return c
}

func benchParagraphs(r *rand.Rand, tag language.Tag, g *benchGrammar) []benchParagraph {
	var ps []benchParagraph
	for total := 0; total < benchLangBytes; {
		p := g.paragraph(r)
		ps = append(ps, benchParagraph{tag, p})
		total += len(p)
	}
	return ps
}

// benchGrammar holds one language's templates. A template's {slot} is
// replaced by the output of slots[slot].
type benchGrammar struct {
	plain   []string // sentences without numbers (slots allowed)
	numeric []string // sentences with one or two numbers
	slots   map[string]func(*rand.Rand) string
}

// paragraph returns sentences joined by spaces, benchParaMin to
// benchParaMax bytes long.
func (g *benchGrammar) paragraph(r *rand.Rand) string {
	target := benchParaMin + r.IntN(benchParaMax-benchParaMin-200)
	var b strings.Builder
	used := make(map[string]bool) // no template twice in a paragraph
	for b.Len() < target {
		tmpls := g.plain
		if r.IntN(100) < 55 {
			tmpls = g.numeric
		}
		tmpl := tmpls[r.IntN(len(tmpls))]
		if used[tmpl] {
			continue
		}
		used[tmpl] = true
		s := g.expand(r, tmpl)
		if b.Len()+1+len(s) > benchParaMax {
			if b.Len() >= benchParaMin {
				break
			}
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

func (g *benchGrammar) expand(r *rand.Rand, tmpl string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.IndexByte(tmpl[i:], '}') + i
		b.WriteString(tmpl[:i])
		slot, ok := g.slots[tmpl[i+1:j]]
		if !ok {
			panic("bench template: unknown slot " + tmpl[i:j+1])
		}
		b.WriteString(slot(r))
		tmpl = tmpl[j+1:]
	}
	s := b.String()
	// Capitalise a sentence that starts with a slot ("le 17 mars…").
	if c, n := utf8.DecodeRuneInString(s); c >= 'a' && c <= 'z' {
		s = strings.ToUpper(s[:n]) + s[n:]
	}
	return s
}

func benchPick(xs ...string) func(*rand.Rand) string {
	return func(r *rand.Rand) string { return xs[r.IntN(len(xs))] }
}

// group writes n with sep between groups of three digits.
func benchGroup(n int, sep string) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// small returns a number with one or two decimals, such as 4.1 or 39.88,
// with the decimal mark dec.
func benchSmall(r *rand.Rand, dec string) string {
	n := 1 + r.IntN(999)
	switch r.IntN(3) {
	case 0:
		return strconv.Itoa(n)
	case 1:
		return strconv.Itoa(n/10+1) + dec + strconv.Itoa(r.IntN(10))
	default:
		return strconv.Itoa(n/10+1) + dec + fmt.Sprintf("%02d", r.IntN(100))
	}
}

var (
	benchMonthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	benchMonthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	benchCities   = []string{"Da Nang", "Hue", "Hai Phong", "Can Tho", "Quang Nam", "Nha Trang", "Hanoi", "Ho Chi Minh City"}
	// French group separators: space, no-break space, narrow no-break space,
	// thin space.
	benchFrenchSeps = []string{" ", "\u00a0", "\u202f", "\u2009"}
)

func benchYear(r *rand.Rand) string { return strconv.Itoa(2015 + r.IntN(16)) }

// rate returns a percentage as news give them (0 to 30, up to two
// decimals) with the decimal mark dec.
func benchRate(r *rand.Rand, dec string) string {
	n := strconv.Itoa(r.IntN(30))
	switch r.IntN(3) {
	case 0:
		return n
	case 1:
		return n + dec + strconv.Itoa(r.IntN(10))
	default:
		return n + dec + fmt.Sprintf("%02d", r.IntN(100))
	}
}

var benchEnglish = &benchGrammar{
	plain: []string{
		"The city's leaders met investors from {partner} to discuss the new port project.",
		"Officials said the plan would focus on logistics, tourism and high-tech industry.",
		"{official} told reporters that the administrative reform had cut waiting times for businesses.",
		"The provincial People's Committee approved the master plan after a long debate.",
		"Residents along the river have complained about traffic jams and noise from construction sites.",
		"Analysts warned that rising costs could slow the recovery of small and medium-sized enterprises.",
		"The {sector} sector remained the main driver of growth, according to the statistics office.",
		"A delegation from {partner} visited the hi-tech park and the new innovation centre.",
		"The mayor called on departments to speed up the disbursement of public investment capital.",
		"Many hotels along the coast were fully booked during the festival, local media reported.",
		"Exporters said demand from Europe and North America had picked up after a weak start.",
		"The city also plans to expand its 5G network and to build a data centre near the airport.",
		"Experts from the G20 group of economies praised the city's green transition programme.",
		"The hotline 1800 1091 remains open for investors who need help with procedures.",
		"The conference was held at the city's international convention centre on the riverside.",
		"Local farmers are switching to organic rice and high-value fruit for export.",
	},
	numeric: []string{
		"{city}'s gross regional domestic product grew by {pct} in {period}, the {ord}-fastest pace in the country.",
		"Budget revenue reached {money}, up {pct} from a year earlier.",
		"The city attracted {money} in foreign direct investment in {period}.",
		"Total retail sales of goods and services were estimated at {money} on {date}.",
		"Exports rose {pct} to {money}, while imports fell {pp}.",
		"The unemployment rate dropped by {pp} to {pct}.",
		"The development plan for {range} targets annual growth of {pct}.",
		"About {words} projects worth {money} were licensed in {period}.",
		"The city welcomed {count} visitors in {period}, including {count} foreign tourists.",
		"The port handled {qty} of cargo, the {ord} consecutive year of growth.",
		"Officials expect inflation to stay below {pct} until {year2}.",
		"The new bridge, {metres} long, will cost {money} and open on {date}.",
		"{city} ranked {ordword} in the provincial competitiveness index for {years} consecutive years.",
		"Nearly {words} companies have registered since {date}, the department said.",
		"The airport served {count} passengers in {period}, {pct} more than planned.",
		"Investment in COVID-19 recovery reached {money}, of which {pct} went to health care.",
		"The A320 fleet of the local carrier grew to {words} aircraft.",
		"Seafood exports earned {money} in {month} {year2}, the {ord} best month on record.",
		"Credit growth slowed to {pct}, down {pp} from the previous quarter.",
		"Under Decree No.2, firms with more than {count} workers must report quarterly.",
		"The budget for {range} is {money}, of which {money} comes from the central government.",
		"Land prices rose {pct} in {period}, according to a report released on {date}.",
	},
	slots: map[string]func(*rand.Rand) string{
		"city":     benchPick(benchCities...),
		"partner":  benchPick("Japan", "South Korea", "Singapore", "France", "Canada", "Australia", "Germany"),
		"official": benchPick("The chairman of the city", "A senior economist", "The director of the planning department", "The deputy mayor"),
		"sector":   benchPick("services", "manufacturing", "construction", "tourism", "logistics"),
		"year2":    benchYear,
		"month":    benchPick(benchMonthsEN...),
		"money": func(r *rand.Rand) string {
			v := benchSmall(r, ".")
			switch r.IntN(12) {
			case 0:
				return "$" + v + benchPick("bn", "m", "tn", "k")(r)
			case 1:
				return "US$" + v + " million"
			case 2:
				return "€" + strconv.Itoa(1+r.IntN(900)) + "m"
			case 3:
				return "£" + v + " billion"
			case 4:
				return v + " trillion VND"
			case 5:
				return "VND" + benchGroup(1+r.IntN(99_999), ",") + " billion"
			case 6:
				return v + " billion dong"
			case 7:
				return v + " million Canadian dollars"
			case 8:
				return "CHF" + strconv.Itoa(1+r.IntN(500)) + " million"
			case 9:
				return v + " billion CFA francs"
			case 10:
				return "$" + benchGroup(1000+r.IntN(99_999_999), ",") + "." + fmt.Sprintf("%02d", r.IntN(100))
			default:
				return "between " + strconv.Itoa(10+r.IntN(10)) + " and " + strconv.Itoa(20+r.IntN(10)) + " million dong"
			}
		},
		"pct": func(r *rand.Rand) string {
			return benchRate(r, ".") + benchPick("%", "%", " percent", " per cent", "pc")(r)
		},
		"pp": func(r *rand.Rand) string {
			return "0." + strconv.Itoa(1+r.IntN(9)) + benchPick(" percentage points", " percentage point", "pp")(r)
		},
		"date": func(r *rand.Rand) string {
			m, d := benchMonthsEN[r.IntN(12)], strconv.Itoa(1+r.IntN(28))
			if r.IntN(2) == 0 {
				return d + " " + m + " " + benchYear(r)
			}
			return m + " " + d + ", " + benchYear(r)
		},
		"period": func(r *rand.Rand) string {
			y := benchYear(r)
			switch r.IntN(6) {
			case 0:
				return "the " + benchPick("first", "second", "third", "fourth")(r) + " quarter of " + y
			case 1:
				return "Q" + strconv.Itoa(1+r.IntN(4)) + " " + y
			case 2:
				return "the first half of " + y
			case 3:
				return "H" + strconv.Itoa(1+r.IntN(2)) + " " + y
			case 4:
				return benchMonthsEN[r.IntN(12)] + " " + y
			default:
				return "the first " + benchPick("ten", "eleven", "nine")(r) + " months of " + y
			}
		},
		"range": func(r *rand.Rand) string {
			y := 2021 + r.IntN(6)
			return strconv.Itoa(y) + "-" + strconv.Itoa(y+4+r.IntN(2))
		},
		"ord":     benchPick("second", "third", "14th", "21st", "3rd", "fifth", "2nd"),
		"ordword": benchPick("first", "second", "third", "fourth", "tenth"),
		"words":   benchPick("two", "twenty-one", "a dozen", "ninety-five", "three hundred", "forty", "half a million", "seventy-eight"),
		"count": func(r *rand.Rand) string {
			if r.IntN(3) == 0 {
				return benchSmall(r, ".") + " million"
			}
			return benchGroup(1000+r.IntN(9_999_000), ",")
		},
		"qty": func(r *rand.Rand) string {
			return benchSmall(r, ".") + benchPick(" million tonnes", " million TEUs", " tonnes")(r)
		},
		"metres": func(r *rand.Rand) string { return strconv.Itoa(100+r.IntN(900)) + " metres" },
		"years":  benchPick("14", "three", "five", "10"),
	},
}

var benchFrench = &benchGrammar{
	plain: []string{
		"Les dirigeants de la ville ont rencontré des investisseurs venus {partenaire} pour discuter du nouveau port.",
		"Selon les autorités, le plan mettra l'accent sur la logistique, le tourisme et l'industrie de haute technologie.",
		"{responsable} a déclaré que la réforme administrative avait réduit les délais d'attente des entreprises.",
		"Le Comité populaire de la province a approuvé le schéma directeur après un long débat.",
		"Les riverains se plaignent des embouteillages et du bruit des chantiers le long de la rivière.",
		"Les analystes préviennent que la hausse des coûts pourrait freiner la reprise des petites et moyennes entreprises.",
		"Le secteur {secteur} reste le principal moteur de la croissance, selon l'office des statistiques.",
		"Une délégation venue {partenaire} a visité le parc de haute technologie et le nouveau centre d'innovation.",
		"Le maire a demandé aux services d'accélérer le décaissement des capitaux d'investissement public.",
		"De nombreux hôtels du littoral affichaient complet pendant le festival, selon la presse locale.",
		"Les exportateurs constatent une reprise de la demande européenne et nord-américaine après un début d'année difficile.",
		"La ville prévoit aussi d'étendre son réseau 5G et de construire un centre de données près de l'aéroport.",
		"Des experts du G20 ont salué le programme de transition verte de la ville.",
		"La ligne d'assistance 1800 1091 reste ouverte aux investisseurs qui ont besoin d'aide.",
		"La conférence s'est tenue au centre international des congrès, au bord de la rivière.",
		"Les agriculteurs se tournent vers le riz biologique et les fruits à forte valeur ajoutée.",
	},
	numeric: []string{
		"Le produit intérieur brut régional de {ville} a progressé de {pct} au {periode}, le {ord} rythme le plus rapide du pays.",
		"Les recettes budgétaires ont atteint {argent}, en hausse de {pct} sur un an.",
		"La ville a attiré {argent} d'investissements directs étrangers au {periode}.",
		"Le total des ventes au détail était estimé à {argent} {date}.",
		"Les exportations ont augmenté de {pct} pour atteindre {argent}, tandis que les importations reculaient de {pp}.",
		"Le taux de chômage a baissé de {pp} à {pct}.",
		"Le plan {plage} vise une croissance annuelle de {pct}.",
		"Environ {mots} projets d'une valeur de {argent} ont été autorisés au {periode}.",
		"La ville a accueilli {nombre} visiteurs en {mois} {annee}, dont {nombre} touristes étrangers.",
		"Le port a traité {qte} de marchandises, pour la {ord} année consécutive de croissance.",
		"Les autorités s'attendent à une inflation inférieure à {pct} jusqu'en {annee}.",
		"Le nouveau pont, long de {metres}, coûtera {argent} et ouvrira {date}.",
		"{ville} s'est classée {ordmot} de l'indice de compétitivité provinciale pendant {annees} années consécutives.",
		"Près de {mots} entreprises se sont enregistrées depuis {date}, selon le service.",
		"L'aéroport a accueilli {nombre} passagers au {periode}, soit {pct} de plus que prévu.",
		"Les investissements liés à la COVID-19 ont atteint {argent}, dont {pct} pour la santé.",
		"La flotte d'A320 du transporteur local compte désormais {mots} appareils.",
		"Les exportations de produits de la mer ont rapporté {argent} en {mois} {annee}, le {ord} meilleur mois jamais enregistré.",
		"La croissance du crédit a ralenti à {pct}, soit {pp} de moins qu'au trimestre précédent.",
		"Selon le décret n° 2, les entreprises de plus de {nombre} salariés doivent publier des rapports trimestriels.",
		"Le budget pour la période {plage} s'élève à {argent}, dont {argent} provenant du gouvernement central.",
		"Les prix des terrains ont augmenté de {pct} au {periode}, selon un rapport publié {date}.",
		"Pendant les {mois2} premiers mois de l'année, la ville a créé {nombre} emplois.",
		"Près d'un demi-million de visiteurs et {millions} de nuitées ont été recensés en {annee}.",
		"Le chantier de la ligne de métro n° 2, lancé en {mois} {annee}, emploie {mots} ingénieurs.",
	},
	slots: map[string]func(*rand.Rand) string{
		"ville":       benchPick(benchCities...),
		"partenaire":  benchPick("du Japon", "de Corée du Sud", "de Singapour", "de France", "du Canada", "d'Australie", "d'Allemagne"),
		"responsable": benchPick("Le président de la ville", "Un économiste", "Le directeur du service de planification", "La vice-maire"),
		"secteur":     benchPick("des services", "manufacturier", "de la construction", "du tourisme", "de la logistique"),
		"annee":       benchYear,
		"mois":        benchPick(benchMonthsFR...),
		"mois2":       benchPick("dix", "onze", "neuf", "quatre"),
		"argent": func(r *rand.Rand) string {
			v := benchSmall(r, ",")
			sep := benchFrenchSeps[r.IntN(len(benchFrenchSeps))]
			switch r.IntN(12) {
			case 0:
				return benchGroup(1000+r.IntN(99_000), sep) + " milliards de dongs"
			case 1:
				return v + sep + benchPick("Md€", "M€", "k€", "M$", "Md$")(r)
			case 2:
				return v + " millions d'euros"
			case 3:
				return v + " milliards de dollars"
			case 4:
				return v + " billions de dongs"
			case 5:
				return v + " millions de dollars canadiens"
			case 6:
				return v + " millions de francs suisses"
			case 7:
				return v + " milliards de francs CFA"
			case 8:
				return benchGroup(1000+r.IntN(999_000), sep) + " FCFA"
			case 9:
				return v + " millions de livres sterling"
			case 10:
				return benchGroup(1000+r.IntN(99_999_999), sep) + "," + fmt.Sprintf("%02d", r.IntN(100)) + sep + "€"
			default:
				return benchPick("entre ", "de ")(r) + strconv.Itoa(10+r.IntN(10)) + benchPick(" et ", " à ")(r) + strconv.Itoa(20+r.IntN(10)) + " millions de dongs"
			}
		},
		"pct": func(r *rand.Rand) string {
			return benchRate(r, ",") + benchPick("\u00a0%", "\u202f%", " %", "%", " pour cent", " pourcent")(r)
		},
		"pp": func(r *rand.Rand) string {
			return "0," + strconv.Itoa(1+r.IntN(9)) + benchPick(" point de pourcentage", " point de pourcentage", " pp")(r)
		},
		"date": func(r *rand.Rand) string {
			m := benchMonthsFR[r.IntN(12)]
			if r.IntN(4) == 0 {
				return "le 1er " + m
			}
			return "le " + strconv.Itoa(1+r.IntN(28)) + " " + m + " " + benchYear(r)
		},
		"periode": func(r *rand.Rand) string {
			y := benchYear(r)
			switch r.IntN(5) {
			case 0:
				return benchPick("premier", "deuxième", "troisième", "quatrième")(r) + " trimestre " + y
			case 1:
				return "T" + strconv.Itoa(1+r.IntN(4)) + " " + y
			case 2:
				return "1er trimestre"
			case 3:
				return "premier semestre " + y
			default:
				return "S" + strconv.Itoa(1+r.IntN(2)) + " " + y
			}
		},
		"plage": func(r *rand.Rand) string {
			y := 2021 + r.IntN(6)
			return strconv.Itoa(y) + "-" + strconv.Itoa(y+4+r.IntN(2))
		},
		"ord":    benchPick("deuxième", "troisième", "2e", "14e", "2ème", "cinquième"),
		"ordmot": benchPick("première", "premier", "1re", "1er", "deuxième", "dixième"),
		"mots":   benchPick("deux", "vingt et un", "soixante-dix-huit", "quatre-vingt-dix", "une douzaine", "trois cents", "quarante"),
		"nombre": func(r *rand.Rand) string {
			return benchGroup(1000+r.IntN(9_999_000), benchFrenchSeps[r.IntN(len(benchFrenchSeps))])
		},
		"qte": func(r *rand.Rand) string {
			return benchSmall(r, ",") + benchPick(" millions de tonnes", " millions d'EVP", " tonnes")(r)
		},
		"metres":   func(r *rand.Rand) string { return strconv.Itoa(100+r.IntN(900)) + " mètres" },
		"millions": func(r *rand.Rand) string { return benchSmall(r, ",") + " millions" },
		"annees":   benchPick("14", "trois", "cinq", "10"),
	},
}

func TestBenchCorpus(t *testing.T) {
	c := loadBenchCorpus()
	en, fr := c.bytes[language.English], c.bytes[language.French]
	if total := en + fr; total < 1_500_000 {
		t.Errorf("corpus is %d bytes, want at least 1.5 MB", total)
	}
	if d := float64(en-fr) / float64(en+fr); d < -0.05 || d > 0.05 {
		t.Errorf("corpus is %d bytes English, %d French: want about half each", en, fr)
	}
	if len(c.mixed) != len(c.english)+len(c.french) {
		t.Errorf("mixed corpus has %d paragraphs, want %d", len(c.mixed), len(c.english)+len(c.french))
	}
	for i, p := range c.mixed {
		if !utf8.ValidString(p.text) {
			t.Fatalf("paragraph %d is not valid UTF-8: %q", i, p.text)
		}
		if n := len(p.text); n < benchParaMin || n > benchParaMax {
			t.Fatalf("paragraph %d is %d bytes, want %d to %d", i, n, benchParaMin, benchParaMax)
		}
		if strings.ContainsAny(p.text, "{}") {
			t.Fatalf("paragraph %d holds an unexpanded slot: %q", i, p.text)
		}
	}
	// Deterministic: the same seed gives the same text.
	again := buildBenchCorpus(rand.New(rand.NewPCG(2024, 1117)))
	for i := range c.mixed {
		if c.mixed[i] != again.mixed[i] {
			t.Fatalf("paragraph %d differs between two builds with one seed", i)
		}
	}
}

func BenchmarkExtract(b *testing.B)        { benchExtract(b, loadBenchCorpus().mixed) }
func BenchmarkExtractEnglish(b *testing.B) { benchExtract(b, loadBenchCorpus().english) }
func BenchmarkExtractFrench(b *testing.B)  { benchExtract(b, loadBenchCorpus().french) }

// benchExtract extracts every paragraph once per iteration and reports
// MB/s, allocs/op and allocs/MB.
func benchExtract(b *testing.B, paras []benchParagraph) {
	total := 0
	for _, p := range paras {
		total += len(p.text)
	}
	opt := Options{Published: time.Date(2025, time.April, 15, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(total))
	b.ReportAllocs()

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		for _, p := range paras {
			if _, err := Extract(p.text, p.lang, opt); err != nil {
				b.Fatal(err)
			}
		}
		n++
	}
	runtime.ReadMemStats(&after)
	mb := float64(n) * float64(total) / 1e6
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/mb, "allocs/MB")
}
