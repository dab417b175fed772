package index

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// The generator of synthetic articles for tests and benchmarks: English and
// French versions of one story (about 3 kB each, about 25 facts each with
// realistic kinds, units, values, concepts and consistency statuses),
// published over three years by three sources. It is deterministic for a
// seed.

var (
	genSources  = []string{"danang-news", "saigon-times", "hanoi-daily"}
	genSections = []string{"economy", "tourism", "society", "investment", "infrastructure"}
	genCities   = []string{"Da Nang", "Hue", "Quang Nam", "Hoi An", "Ho Chi Minh City", "Hanoi", "Can Tho", "Hai Phong"}
	genStart    = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
)

// genConcept is what a number measures, with an English and a French
// wording.
type genConcept struct{ name, en, fr, kind string }

var genConcepts = []genConcept{
	{"revenue", "revenue", "le chiffre d’affaires", "money"},
	{"exports", "export turnover", "les exportations", "money"},
	{"imports", "imports", "les importations", "money"},
	{"gdp", "the gross regional domestic product", "le produit intérieur brut régional", "money"},
	{"investment", "foreign direct investment", "l’investissement direct étranger", "money"},
	{"budget", "the state budget", "le budget de l’État", "money"},
	{"spending", "public spending", "les dépenses publiques", "money"},
	{"growth", "growth", "la croissance", "percent"},
	{"inflation", "inflation", "l’inflation", "percent"},
	{"unemployment", "the unemployment rate", "le taux de chômage", "percent"},
	{"interest_rate", "the lending rate", "le taux d’intérêt", "percent"},
	{"visitors", "visitors", "visiteurs", "quantity"},
	{"passengers", "passengers", "passagers", "quantity"},
	{"jobs", "jobs", "emplois", "quantity"},
	{"population", "residents", "habitants", "quantity"},
	{"households", "households", "ménages", "quantity"},
}

// genUnits are quantity units with English and French words.
var genUnits = []struct{ unit, en, fr string }{
	{"tonne", "tonnes", "tonnes"}, {"person", "people", "personnes"}, {"hectare", "hectares", "hectares"},
	{"km", "km", "km"}, {"project", "projects", "projets"}, {"room", "hotel rooms", "chambres d’hôtel"},
	{"container", "containers", "conteneurs"}, {"", "units", "unités"},
}

var genCurrencies = []struct {
	code, en, fr string
	weight       int
}{
	{"VND", "VND", "dongs", 50}, {"USD", "USD", "dollars", 35}, {"EUR", "euros", "euros", 10},
	{"JPY", "yen", "yens", 3}, {"KRW", "won", "wons", 2},
}

var genTopicsEN = []string{
	"seaport", "software park", "tourism", "rice exports", "seafood", "airport", "high-tech park",
	"logistics", "textile", "coffee", "electricity", "housing", "bridge", "metro line", "hospital",
}

var genTopicsFR = []string{
	"port maritime", "parc de logiciels", "tourisme", "exportations de riz", "produits de la mer", "aéroport",
	"parc de haute technologie", "logistique", "textile", "café", "électricité", "logement", "pont",
	"ligne de métro", "hôpital",
}

var genFillerEN = []string{
	"The city People's Committee said the plan would be reviewed by the provincial council before the end of the year.",
	"Officials expect the new infrastructure to ease congestion in the central districts and along the coastal road.",
	"Local businesses welcomed the decision, although some warned that land clearance could delay the work.",
	"The project is part of a wider strategy to turn the region into a logistics and tourism hub for Central Vietnam.",
	"Experts noted that demand from Japan, South Korea and Europe remained strong despite the global slowdown.",
	"Authorities also pledged to improve administrative procedures and cut the time needed to register a company.",
	"The chairman stressed that environmental standards would be enforced strictly at every stage of construction.",
	"Residents of the affected wards will receive compensation and support to find new homes nearby.",
	"The department of planning and investment will publish detailed figures in its quarterly report.",
	"Several international airlines have announced new direct routes, adding to the growing number of arrivals.",
	"According to the statistics office, the services sector continued to lead the local economy.",
	"Investors from Singapore and Taiwan are among the largest in the industrial zones of the city.",
}

var genFillerFR = []string{
	"Le Comité populaire de la ville a indiqué que le plan serait examiné par le conseil provincial avant la fin de l’année.",
	"Les autorités estiment que les nouvelles infrastructures réduiront les embouteillages dans les quartiers centraux.",
	"Les entreprises locales ont salué cette décision, même si certaines craignent des retards liés au déblaiement des terrains.",
	"Le projet s’inscrit dans une stratégie plus large visant à faire de la région un pôle logistique et touristique du Centre.",
	"Les experts notent que la demande du Japon, de la Corée du Sud et de l’Europe reste forte malgré le ralentissement mondial.",
	"L’État s’est également engagé à simplifier les procédures administratives et à réduire le délai d’immatriculation des sociétés.",
	"Le président a souligné que les normes environnementales seraient appliquées strictement à chaque étape des travaux.",
	"Les habitants des quartiers concernés recevront une indemnisation et une aide pour se reloger à proximité.",
	"Le service de la planification et de l’investissement publiera des chiffres détaillés dans son rapport trimestriel.",
	"Plusieurs compagnies aériennes internationales ont annoncé de nouvelles liaisons directes, ce qui augmente encore le nombre d’arrivées.",
	"Selon l’office des statistiques, le secteur des services reste le moteur de l’économie locale.",
	"Les investisseurs de Singapour et de Taïwan figurent parmi les plus importants des zones industrielles de la ville.",
}

// genFact is one fact of a story before it is written in a language.
type genFact struct {
	kind, value, unit, concept string
	number                     float64
	from, to                   time.Time
	status, reason             string // as seen from English; only_en / only_fr say where it is
	frValue                    string // the French value when the status is a mismatch
	frNumber                   float64
	unitIdx                    int
}

// genPair returns the English and French versions of story n.
func genPair(r *rand.Rand, n int) (en, fr Doc) {
	src := genSources[n%len(genSources)]
	published := genStart.Add(time.Duration(r.Int64N(int64(3 * 365 * 24 * time.Hour)))).Truncate(time.Minute)
	city := genCities[r.IntN(len(genCities))]
	topic := r.IntN(len(genTopicsEN))
	section := genSections[r.IntN(len(genSections))]
	facts := make([]genFact, 20+r.IntN(11))
	for i := range facts {
		facts[i] = genOneFact(r, published)
	}
	en = genDoc(r, "en", src, n, city, topic, section, published, facts)
	fr = genDoc(r, "fr", src, n, city, topic, section, published, facts)
	en.Pair, en.PairTitle, en.PairURL = fr.ID, fr.Title, fr.URL
	fr.Pair, fr.PairTitle, fr.PairURL = en.ID, en.Title, en.URL
	return en, fr
}

// genOneFact draws a fact of a story.
func genOneFact(r *rand.Rand, published time.Time) genFact {
	var f genFact
	switch p := r.IntN(100); {
	case p < 30:
		f.kind = "money"
		w := r.IntN(100)
		for _, c := range genCurrencies {
			if w < c.weight {
				f.unit = c.code
				break
			}
			w -= c.weight
		}
		f.number = roundSig(math.Pow(10, 6+7*r.Float64()), 2+r.IntN(3))
	case p < 60:
		f.kind = "percent"
		f.unit = "%"
		if r.IntN(10) == 0 {
			f.unit = "pp"
		}
		f.number = float64(r.IntN(6000)+1) / 100
	case p < 80:
		f.kind = "quantity"
		f.unitIdx = r.IntN(len(genUnits))
		f.unit = genUnits[f.unitIdx].unit
		f.number = roundSig(math.Pow(10, 1+6*r.Float64()), 2+r.IntN(3))
	case p < 95:
		f.kind = "date"
		y := published.Year() - 1 + r.IntN(3)
		switch r.IntN(4) {
		case 0:
			f.value = strconv.Itoa(y)
		case 1:
			f.value = fmt.Sprintf("%d-%02d", y, 1+r.IntN(12))
		case 2:
			f.value = fmt.Sprintf("%d-Q%d", y, 1+r.IntN(4))
		default:
			f.value = fmt.Sprintf("%d-%02d-%02d", y, 1+r.IntN(12), 1+r.IntN(28))
		}
		f.from, f.to, _ = parsePeriod(f.value)
	default:
		f.kind = "ordinal"
		f.number = float64(1 + r.IntN(50))
	}
	if f.kind != "date" {
		f.value = trimFloat(f.number)
		var fitting []genConcept
		for _, c := range genConcepts {
			if c.kind == f.kind {
				fitting = append(fitting, c)
			}
		}
		if len(fitting) > 0 && r.IntN(10) < 7 {
			f.concept = fitting[r.IntN(len(fitting))].name
		}
	}
	f.frValue, f.frNumber = f.value, f.number
	switch p := r.IntN(100); {
	case p < 70:
		f.status = "match"
	case p < 85:
		f.status = "rounded"
	case p < 92:
		f.status, f.reason = "mismatch", "value"
		if f.kind != "date" {
			f.frNumber = roundSig(f.number*(1.1+r.Float64()), 3)
			f.frValue = trimFloat(f.frNumber)
		}
	case p < 96:
		f.status = "only_en"
	default:
		f.status = "only_fr"
	}
	return f
}

// roundSig rounds x to n significant digits.
func roundSig(x float64, n int) float64 {
	e := n - int(math.Ceil(math.Log10(x)))
	if e >= 0 {
		p := math.Pow(10, float64(e))
		return math.Round(x*p) / p
	}
	p := math.Pow(10, float64(-e))
	return math.Round(x/p) * p
}

// trimFloat writes x with at most four decimals and no trailing zeros.
func trimFloat(x float64) string {
	s := strconv.FormatFloat(x, 'f', 4, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// genDoc writes the version of a story in lang.
func genDoc(r *rand.Rand, lang, src string, n int, city string, topic int, section string, published time.Time, facts []genFact) Doc {
	d := Doc{
		ID:        fmt.Sprintf("%s-%s-%06d", src, lang, n),
		Lang:      lang,
		Source:    src,
		URL:       fmt.Sprintf("https://%s.%s.example/%s/%06d", lang, src, section, n),
		Section:   section,
		Published: published,
	}
	filler := genFillerEN
	if lang == "fr" {
		filler = genFillerFR
		d.Title = fmt.Sprintf("%s : le secteur %s progresse en %d", city, genTopicsFR[topic], published.Year())
		d.Lead = fmt.Sprintf("Le %s de %s a enregistré des résultats en hausse, selon le rapport publié par les autorités locales.", genTopicsFR[topic], city)
	} else {
		d.Title = fmt.Sprintf("%s %s sector grows in %d", city, genTopicsEN[topic], published.Year())
		d.Lead = fmt.Sprintf("The %s of %s posted higher results, according to the report released by local authorities.", genTopicsEN[topic], city)
	}
	// The body: paragraphs of three or four sentences, facts among filler.
	var body strings.Builder
	var spans [][2]int // fact spans in the body
	var kept []genFact
	sentences := 0
	for _, f := range facts {
		if f.status == "only_en" && lang == "fr" || f.status == "only_fr" && lang == "en" {
			continue
		}
		if sentences > 0 && sentences%4 == 0 {
			body.WriteString("\n\n")
		} else if sentences > 0 {
			body.WriteString(" ")
		}
		if r.IntN(2) == 0 {
			body.WriteString(filler[r.IntN(len(filler))] + " ")
		}
		before, text, after := genSentence(r, lang, city, f)
		body.WriteString(before)
		spans = append(spans, [2]int{body.Len(), body.Len() + len(text)})
		body.WriteString(text)
		body.WriteString(after)
		kept = append(kept, f)
		sentences++
	}
	d.Body = body.String()
	offset := len(d.Title) + 2 + len(d.Lead) + 2
	for i, f := range kept {
		fact := Fact{
			Kind: f.kind, Value: f.value, Number: f.number, From: f.from, To: f.to, Unit: f.unit,
			Concept: f.concept, Status: f.status, Reason: f.reason,
			Text: d.Body[spans[i][0]:spans[i][1]], Start: offset + spans[i][0], End: offset + spans[i][1],
		}
		if lang == "fr" {
			fact.Value, fact.Number = f.frValue, f.frNumber
		}
		if f.status != "only_en" && f.status != "only_fr" {
			_, fact.Other, _ = genSentence(rand.New(rand.NewPCG(1, 2)), otherLang(lang), city, f)
		}
		d.Facts = append(d.Facts, fact)
	}
	return d
}

// otherLang returns the other language of a pair.
func otherLang(lang string) string {
	if lang == "fr" {
		return "en"
	}
	return "fr"
}

// genSentence writes a sentence stating f: the text before the number,
// the number as written, and the text after.
func genSentence(r *rand.Rand, lang, city string, f genFact) (before, text, after string) {
	number, value := f.number, f.value
	if lang == "fr" {
		number, value = f.frNumber, f.frValue
	}
	concept := genConcept{en: "the figure", fr: "le chiffre"}
	for _, c := range genConcepts {
		if c.name == f.concept {
			concept = c
		}
	}
	if lang == "en" {
		switch f.kind {
		case "money":
			cur := f.unit
			for _, c := range genCurrencies {
				if c.code == f.unit {
					cur = c.en
				}
			}
			return fmt.Sprintf("In %s, %s reached ", city, concept.en), writeNumberEN(number) + " " + cur, ", the report said."
		case "percent":
			u := "%"
			if f.unit == "pp" {
				u = " percentage points"
			}
			return fmt.Sprintf("%s rose by ", capitalize(concept.en)), writeNumberEN(number) + u, " compared with the same period last year."
		case "quantity":
			return "The city welcomed ", writeNumberEN(number) + " " + genUnits[f.unitIdx].en, fmt.Sprintf(" (%s).", concept.en)
		case "date":
			return "The target was set for ", writeDateEN(value), "."
		default:
			return fmt.Sprintf("%s now ranks ", city), strconv.Itoa(int(number)) + ordinalSuffix(int(number)), " nationwide."
		}
	}
	switch f.kind {
	case "money":
		cur := f.unit
		for _, c := range genCurrencies {
			if c.code == f.unit {
				cur = c.fr
			}
		}
		return fmt.Sprintf("À %s, %s a atteint ", city, concept.fr), writeNumberFR(number) + " de " + cur, ", selon le rapport."
	case "percent":
		u := "\u00a0%"
		if f.unit == "pp" {
			u = " points de pourcentage"
		}
		return fmt.Sprintf("%s a progressé de ", capitalize(concept.fr)), writeNumberFR(number) + u, " sur un an."
	case "quantity":
		return "La ville a accueilli ", writeNumberFR(number) + " " + genUnits[f.unitIdx].fr, fmt.Sprintf(" (%s).", concept.fr)
	case "date":
		return "L’objectif a été fixé à ", writeDateFR(value), "."
	default:
		return fmt.Sprintf("%s se classe désormais ", city), strconv.Itoa(int(number)) + "e", " au niveau national."
	}
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	for i, c := range s {
		return strings.ToUpper(string(c)) + s[i+len(string(c)):]
	}
	return s
}

// ordinalSuffix returns the English suffix of ordinal n.
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// writeNumberEN writes x the English way: 39.88 trillion, 1.2 billion,
// 12,500.
func writeNumberEN(x float64) string {
	for _, s := range []struct {
		scale float64
		word  string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if x >= s.scale {
			return trimFloat(x/s.scale) + " " + s.word
		}
	}
	return group(trimFloat(x), ",", ".")
}

// writeNumberFR writes x the French way: 39 888 milliards, 1,2 million,
// 12 500 (grouped with U+202F or U+00A0).
func writeNumberFR(x float64) string {
	for _, s := range []struct {
		scale float64
		word  string
	}{{1e9, "milliards"}, {1e6, "millions"}} {
		if x >= s.scale {
			return group(trimFloat(x/s.scale), "\u202f", ",") + " " + s.word
		}
	}
	return group(trimFloat(x), "\u00a0", ",")
}

// group inserts sep between groups of three digits of the integer part of
// a decimal string and writes its point as point.
func group(s, sep, point string) string {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString(point + frac)
	}
	return b.String()
}

var monthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var monthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// writeDateEN writes a date notation in English.
func writeDateEN(v string) string {
	from, to, _ := parsePeriod(v)
	switch {
	case len(v) == 4:
		return v
	case strings.Contains(v, "Q"):
		return fmt.Sprintf("the %s quarter of %d", []string{"first", "second", "third", "fourth"}[(from.Month()-1)/3], from.Year())
	case from.Equal(to):
		return fmt.Sprintf("%s %d, %d", monthsEN[from.Month()-1], from.Day(), from.Year())
	}
	return fmt.Sprintf("%s %d", monthsEN[from.Month()-1], from.Year())
}

// writeDateFR writes a date notation in French.
func writeDateFR(v string) string {
	from, to, _ := parsePeriod(v)
	switch {
	case len(v) == 4:
		return v
	case strings.Contains(v, "Q"):
		return fmt.Sprintf("%s trimestre %d", []string{"premier", "deuxième", "troisième", "quatrième"}[(from.Month()-1)/3], from.Year())
	case from.Equal(to):
		return fmt.Sprintf("%d %s %d", from.Day(), monthsFR[from.Month()-1], from.Year())
	}
	return fmt.Sprintf("%s %d", monthsFR[from.Month()-1], from.Year())
}

// genDocs returns n articles (n/2 stories in two languages), for seed.
func genDocs(seed uint64, n int) []Doc {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	docs := make([]Doc, 0, n)
	for i := 0; len(docs) < n; i++ {
		en, fr := genPair(r, i)
		docs = append(docs, en)
		if len(docs) < n {
			docs = append(docs, fr)
		}
	}
	return docs
}
