package site

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Generate returns a synthetic site of n article pairs (plus the bundled
// one-language and Vietnamese articles), derived from the bundled ones
// with varied slugs, ids, dates and numbers, deterministic for a given
// seed: benchmarks crawl 2,000 to 10,000 pages with it.
//
// The bundled pairs are copied in turn. The copies of round r (0, 1, …)
// are published r weeks and a few hours before their original, every year
// their text states moved back as far as their date was; from round 1 on
// they carry one more sentence with seeded numbers, stated alike in both
// versions. The deliberate differences of the bundled pairs stay, and none
// is added. Pages are rendered only when requested.
func Generate(n int, seed int64) *Site {
	arts, err := bundled()
	if err != nil {
		panic(err) // compiled in and checked by the tests
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	var stories [][]*article // each bundled pair, English first
	byKey := map[string][]*article{}
	var single []*article // one-language and Vietnamese articles
	for _, a := range arts {
		if a.pair == "" || a.lang == "vi" {
			single = append(single, a)
			continue
		}
		byKey[a.pair] = append(byKey[a.pair], a)
	}
	for _, v := range byKey {
		slices.SortFunc(v, func(x, y *article) int { return cmp.Compare(x.lang, y.lang) })
		stories = append(stories, v)
	}
	slices.SortFunc(stories, func(x, y []*article) int { return cmp.Compare(x[0].pair, y[0].pair) })

	var es []*entry
	firstCopy := map[string]*story{}
	for i := range max(n, 0) {
		src := stories[i%len(stories)]
		round := i / len(stories)
		var offset time.Duration
		suffix := ""
		var extra [2]string
		if round > 0 {
			offset = time.Duration(round)*7*24*time.Hour + time.Duration(rng.IntN(72))*time.Hour
			suffix = "-" + slugWords[rng.IntN(len(slugWords))] + "-" + strconv.Itoa(round)
			extra = extraSentence(rng, round, src[0].published.Add(-offset).Year())
		}
		st := &story{key: src[0].pair}
		if round > 0 {
			st.key += "-" + strconv.Itoa(round)
		} else {
			firstCopy[st.key] = st
		}
		for _, a := range src {
			pub := a.published.Add(-offset)
			e := &entry{
				a: a, lang: a.lang, slug: a.slug + suffix, published: pub,
				yearShift: pub.Year() - a.published.Year(), story: st,
			}
			if !a.modified.IsZero() {
				e.modified = a.modified.Add(-offset)
			}
			if a.lang == "fr" {
				e.extra = extra[1]
			} else {
				e.extra = extra[0]
			}
			st.versions = append(st.versions, e)
			es = append(es, e)
		}
	}
	for _, a := range single {
		e := &entry{a: a, lang: a.lang, slug: a.slug, published: a.published, modified: a.modified}
		if st := firstCopy[a.pair]; st != nil {
			e.story = st
			st.versions = append(st.versions, e)
		} else if a.pair != "" {
			e.story = &story{key: a.pair, versions: []*entry{e}}
		}
		es = append(es, e)
	}
	numberEditions(es, func(lang string) func(*entry) int {
		next := map[string]int{"en": 41187, "fr": 8302, "vi": 120455}[lang]
		return func(*entry) int {
			next += 1 + rng.IntN(9)
			return next
		}
	})
	return newSite(es)
}

// slugWords vary the slugs of generated copies.
var slugWords = []string{"update", "follow-up", "latest", "analysis", "report", "explainer", "in-figures", "live", "review", "briefing"}

// extraSentence returns a sentence in English and its French translation
// that states seeded numbers the same way in both, for the copy of a story
// made in round, published in year.
func extraSentence(rng *rand.Rand, round, year int) [2]string {
	// Every sentence states n, which differs from one round to the next,
	// so that two copies of a story are never the same text (the crawler
	// would rightly store them once).
	n := 120 + 37*round + rng.IntN(37)
	pct := 20 + rng.IntN(60)
	switch rng.IntN(4) {
	case 0:
		return [2]string{
			fmt.Sprintf("The city registered %s new businesses over the same period.", groupEN(n)),
			fmt.Sprintf("La ville a enregistré %s nouvelles entreprises sur la même période.", groupFR(n)),
		}
	case 1:
		return [2]string{
			fmt.Sprintf("Officials put the cost of the related works at %s million VND.", groupEN(n)),
			fmt.Sprintf("Les responsables évaluent le coût des travaux annexes à %s millions de dongs.", groupFR(n)),
		}
	case 2:
		return [2]string{
			fmt.Sprintf("A survey of %s residents found that %d%% of them supported the plan.", groupEN(n), pct),
			fmt.Sprintf("Selon une enquête auprès de %s habitants, %d %% d'entre eux soutiennent le projet.", groupFR(n), pct),
		}
	default:
		m := rng.IntN(12)
		return [2]string{
			fmt.Sprintf("The People's Council will review the %s files in %s %d.", groupEN(n), time.Month(m+1), year+1),
			fmt.Sprintf("Le Conseil populaire examinera les %s dossiers en %s %d.", groupFR(n), frMonths[m], year+1),
		}
	}
}

// groupEN and groupFR write n with thousands grouped the English and the
// French way.
func groupEN(n int) string { return group(n, ",") }
func groupFR(n int) string { return group(n, " ") }

func group(n int, sep string) string {
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
