package extract

import "strings"

// The tense of the verb nearest a date that does not write its year tells
// which year it is: "Trump said on Nov. 8" in a June paper is last
// November, "the hearing will take place in February" in a June paper the
// coming February. The reader knows a few signs of each language, not its
// grammar: past forms (was, said, -ed after no auxiliary; avait, -aient, a
// + participle), future forms (will, is scheduled to; -ra, -ront, va +
// infinitive, est prévu). A form that may be either (French -rait, a
// participle after "is") says nothing.

// tenseReach is how many tokens either side of a date tenseAt looks at: a
// long clause before the main verb ("On 30 December, a group of doctors at
// Wuhan Central Hospital alerted…") still gives the date its tense.
const tenseReach = 36

// tenseAt returns the tense of the verb nearest token i within its
// sentence: -1 past, +1 future, 0 when none is read or the nearest verb
// has none the reader knows (is, says, would; est, devrait). A comma
// counts as commaReach tokens, so that the verb of the date's own clause
// wins over a reporting one ("devrait rentrer après le 17 octobre, a
// déclaré"); at equal distance the verb before wins.
func (m *matcher) tenseAt(i int) int {
	lt, ld := m.nearestTense(i, -1, tenseReach)
	rt, rd := m.nearestTense(i, 1, min(ld, tenseReach)) // only a nearer verb after can win
	if rd < ld {
		return rt % tenseless
	}
	return lt % tenseless
}

// nearestTense returns the first tense word from token i in direction dir
// (see tenseWord) and its distance, within reach and the sentence; it
// returns 0 and a distance past reach when there is none.
func (m *matcher) nearestTense(i, dir, reach int) (tense, dist int) {
	for k := i + dir; k >= 0 && k < len(m.toks) && dist < reach && !m.clauseEnd(k); k += dir {
		dist++
		if m.isSym(k, ',') {
			dist += commaReach
		} else if t := m.tenseWord(k); t != 0 {
			return t, dist
		}
	}
	return 0, reach + 1
}

// commaReach is what a comma adds to the distance from a date to a verb.
const commaReach = 3

// clauseEnd reports a token that ends a sentence or a clause: a semicolon,
// or a full stop, "!" or "?" before a capital that is not after an
// abbreviation ("Mr. Trump", "Oct. 7").
func (m *matcher) clauseEnd(k int) bool {
	switch {
	case m.isSym(k, ';'):
		return true
	case m.isSym(k, '!', '?'):
		return true
	case !m.isSym(k, '.'):
		return false
	}
	next := m.tok(k + 1)
	if next == nil {
		return true
	}
	if !next.space || !next.upper {
		return false
	}
	prev := m.tok(k - 1)
	return prev == nil || prev.kind != tkWord || !prev.upper || prev.end-prev.start > 3
}

// lowerAt returns the word at k in lower case, or "" for a token that is
// no word.
func (m *matcher) lowerAt(k int) string {
	if !m.isWord(k) {
		return ""
	}
	if !m.toks[k].upper {
		return m.span(k) // "iPhone" aside, lower case already
	}
	return strings.ToLower(m.span(k))
}

// tenseless is what tenseWord returns for a verb of the present or the
// conditional, which ends the search with no tense.
const tenseless = 2

// tenseWord returns the tense the word at k marks: -1 past, +1 future,
// tenseless, or 0 for a word that is no verb the reader knows.
func (m *matcher) tenseWord(k int) int {
	w := m.lowerAt(k)
	if w == "" {
		return 0
	}
	if m.loc == french {
		return m.frTense(k, w)
	}
	return m.enTense(k, w)
}

func (m *matcher) enTense(k int, w string) int {
	if !enVerbs[w] && !strings.HasSuffix(w, "ed") {
		return 0 // most words: one look-up
	}
	prev := m.lowerAt(k - 1)
	if w == "won" && m.isSym(k+1, '\'', '’') {
		return 1 // won't
	}
	if enConditional[w] {
		return tenseless
	}
	if t, ok := enTenseWords[w]; ok {
		if w == "will" && enDeterminers[prev] {
			return 0 // "the will to win"
		}
		return t
	}
	if w == "has" || w == "have" || w == "having" {
		if n := m.lowerAt(k + 1); n == "been" || enParticiples[n] || len(n) >= 5 && strings.HasSuffix(n, "ed") {
			if w == "have" && m.futureHave(k) {
				return 1 // "will have signed by 15 December": a future perfect
			}
			return -1 // "has announced", "having won", before the date
		}
		if w == "having" {
			return 0
		}
		return tenseless
	}
	if enPresent[w] {
		if enPlanned[m.lowerAt(k+1)] {
			return 1 // "is scheduled", before the date
		}
		return tenseless
	}
	if !enParticiples[w] && !(len(w) >= 5 && strings.HasSuffix(w, "ed") && !enNotEd[w]) {
		return 0
	}
	// A past form that is also a participle: its auxiliary decides.
	switch {
	case prev == "have" && m.futureHave(k-1):
		return 1 // "will have signed by 15 December"
	case enPresent[prev]:
		if enPlanned[w] {
			return 1 // "is scheduled to", "are expected"
		}
		return tenseless // a passive of the present
	case prev == "be" || prev == "being":
		return 0 // "will be held": the auxiliary before says
	case prev == "been":
		if p := m.lowerAt(k - 2); p == "has" || p == "have" || p == "had" {
			return -1
		}
		return 0
	case enModals[prev] || enDeterminers[prev] || prev == "to":
		return 0 // "will be closed", "the alleged station"
	case enPlanned[w] && prev != "has" && prev != "have" && prev != "had":
		if n := m.lowerAt(k + 1); n == "for" || n == "to" {
			return 1 // "a re-release planned for November"
		}
		return 0
	}
	return -1
}

// futureHave reports "have" at k after "will" or "will not": the
// auxiliary of a future perfect.
func (m *matcher) futureHave(k int) bool {
	p := m.lowerAt(k - 1)
	if p == "not" {
		p = m.lowerAt(k - 2)
	}
	return enTenseWords[p] == 1
}

var (
	enTenseWords = tenses("was were had did didn wasn weren hadn ago yesterday "+
		"went came took gave began saw ate drove flew grew threw wore broke chose spoke stole woke froze hid shook swore tore "+
		"drew sang sank swam rose fell became wrote ran knew arose withdrew overtook undertook forbade forgave rode sprang",
		"will shall ll tomorrow upcoming")
	// enParticiples are irregular past forms that are also participles.
	enParticiples = wordsOf("made held paid sold bought built kept left lost met sent spent told said found brought thought " +
		"caught taught led fled felt heard meant sat won struck got taken given seen done gone known shown written chosen " +
		"spoken broken begun fallen risen grown drawn driven flown thrown eaten forgotten hidden stolen sworn torn worn")
	enNotEd = wordsOf("hundred indeed proceed exceed succeed breed bleed greed steed embed speed united limited naked " +
		"wicked sacred kindred rugged beloved learned aged skilled advanced detailed based related " +
		"compared adjusted estimated combined owned listed")
	enPlanned     = wordsOf("scheduled expected planned slated set due proposed projected forecast")
	enModals      = wordsOf("will would could should might may must can cannot shall ll")
	enPresent     = wordsOf("is are am does says remains")
	enConditional = wordsOf("would could should might")
	enDeterminers = wordsOf("the a an its his her their our my your this that these those")
	// enVerbs are the words enTense reads, but for those in -ed.
	enVerbs = func() map[string]bool {
		set := wordsOf("has have having won")
		for _, m := range []map[string]bool{enParticiples, enPresent, enConditional} {
			for w := range m {
				set[w] = true
			}
		}
		for w := range enTenseWords {
			set[w] = true
		}
		return set
	}()
)

func (m *matcher) frTense(k int, w string) int {
	if c := w[len(w)-1]; c != 't' && c != 'a' && !frVerbs[w] {
		return 0 // no ending below, no word below: most words
	}
	switch {
	case frPastWords[w]:
		return -1
	case w == "demain":
		return 1
	case w == "a" || w == "ont" || w == "ai" || w == "avons" || w == "avez":
		if m.lowerAt(k-1) == "y" {
			return 0 // "il y a"
		}
		n := m.pastAdverb(k + 1) // "a déjà annoncé"
		if frParticiple(m.lowerAt(n)) && !m.isSym(n+1, '\'', '’') {
			return -1
		}
		return tenseless // "les candidats ont jusqu'au 23 décembre": not "jusqu'"
	case (w == "est" || w == "était") && m.isSym(k-1, '\'', '’') && m.lowerAt(k-2) == "s", w == "sont" && m.lowerAt(k-1) == "se":
		return -1 // "s'est tenu", "se sont rendus"
	case w == "ayant" && frParticiple(m.lowerAt(m.pastAdverb(k+1))), w == "étant" && frEtreParticiples[m.lowerAt(m.pastAdverb(k+1))]:
		return -1 // "ayant détrôné", "étant arrivé"
	case (w == "est" || w == "sont") && (m.lowerAt(k-1) == "ce" || m.isSym(k-1, '\'', '’') && m.lowerAt(k-2) == "c"):
		return 0 // "c'est en août que…", "ce sont les secteurs qui ont montré": the verb after says
	case w == "est" || w == "sont":
		if frPlanned[m.lowerAt(k+1)] {
			return 1 // "est prévu", before the date
		}
		if frEtreParticiples[m.lowerAt(m.pastAdverb(k+1))] {
			return -1 // "est passé", "sont finalement arrivés": the passé composé of a verb of être
		}
		return tenseless
	case (w == "va" || w == "vont" || w == "doit" || w == "doivent") && frInfinitive(m.lowerAt(k+1)):
		return 1 // "va lancer", "doit avoir lieu"
	}
	if m.toks[k].upper {
		return 0 // a name: "Sahara", "Lafrançaise"
	}
	switch {
	case len(w) >= 5 && (strings.HasSuffix(w, "rait") || strings.HasSuffix(w, "raient")):
		return tenseless // a conditional, or an imperfect of -rer: either
	case len(w) >= 5 && (strings.HasSuffix(w, "aient") || strings.HasSuffix(w, "ait") && !strings.HasSuffix(w, "fait") && w != "souhait"):
		return -1 // imparfait: "annonçait", "étaient"
	case len(w) >= 6 && strings.HasSuffix(w, "èrent"):
		return -1 // passé simple: "annoncèrent"
	case len(w) >= 3 && strings.HasSuffix(w, "ra") && !frNotFuture[w], len(w) >= 5 && strings.HasSuffix(w, "ront") && !frNotFuture[w]:
		return 1 // "sera", "aura lieu", "se tiendront"
	}
	return 0
}

// pastAdverb returns the token after an adverb at n between an auxiliary
// and its participle ("a déjà annoncé"), or n when there is none.
func (m *matcher) pastAdverb(n int) int {
	if x := m.lowerAt(n); frAdverbs[x] || strings.HasSuffix(x, "ment") {
		return n + 1
	}
	return n
}

// frParticiple reports a word shaped like a past participle: "annoncé",
// "dit", "pris", "perdu", "ouvert", "atteint", "fait".
func frParticiple(w string) bool {
	if len(w) < 2 || frNotParticiple[w] {
		return false
	}
	for _, s := range [...]string{"é", "ée", "és", "ées", "i", "is", "it", "u", "us", "ert", "int", "ait"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// frInfinitive reports a word shaped like an infinitive: "lancer", "avoir",
// "partir", "prendre".
func frInfinitive(w string) bool {
	return len(w) >= 4 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}

var (
	frPastWords = wordsOf("était étaient avait avaient fut furent eut eurent hier")
	frVerbs     = wordsOf("demain ai avons avez sont vont doivent furent eurent hier ayant étant")
	frPlanned   = wordsOf("prévu prévue prévus prévues programmé programmée programmés programmées")
	// frEtreParticiples are the participles of the verbs whose passé
	// composé takes être, in all four forms; after "est" another
	// participle is a passive of the present ("est prévu", "est fermé").
	frEtreParticiples = func() map[string]bool {
		set := map[string]bool{}
		for _, w := range strings.Fields("allé venu arrivé parti entré sorti monté descendu tombé resté retourné rentré " +
			"revenu devenu né mort décédé passé intervenu parvenu survenu apparu remonté redescendu reparti ressorti retombé") {
			for _, end := range [...]string{"", "e", "s", "es"} {
				set[w+end] = true
			}
		}
		return set
	}()
	frAdverbs       = wordsOf("déjà aussi encore enfin bien alors pourtant toujours ainsi notamment également récemment finalement")
	frNotParticiple = wordsOf("lieu peu jeu feu lui qui ici ni si mi")
	frNotFuture     = wordsOf("caméra opéra choléra extra ultra intra mantra cobra tiara front affront zébra contra")
)

// wordsOf makes a set of the words of list.
func wordsOf(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// tenses maps the words of past to -1 and those of future to +1.
func tenses(past, future string) map[string]int {
	set := map[string]int{}
	for _, w := range strings.Fields(past) {
		set[w] = -1
	}
	for _, w := range strings.Fields(future) {
		set[w] = 1
	}
	return set
}
