package extract

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"diglot.dev/diglot/internal/assign"
)

// Status is what an aligned record says about one fact in the two versions.
type Status uint8

// The statuses, as named in the JSON contract.
const (
	// Match: the same value and unit.
	Match Status = iota + 1
	// Rounded: different digits, but each value is the other one rounded
	// (or cut) to the coarser stated precision, or a hedge covers the gap.
	Rounded
	// Mismatch: the two versions state this fact differently; Reason says how.
	Mismatch
	// OnlyEN and OnlyFR: the fact appears in one version only.
	OnlyEN
	OnlyFR
)

var statusNames = [...]string{Match: "match", Rounded: "rounded", Mismatch: "mismatch", OnlyEN: "only_en", OnlyFR: "only_fr"}

// String returns the contract name of s ("match", "only_en"…).
func (s Status) String() string {
	if int(s) < len(statusNames) && statusNames[s] != "" {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// MarshalText encodes s as its contract name.
func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusNames) || statusNames[s] == "" {
		return nil, fmt.Errorf("marshal status %d: unknown status", uint8(s))
	}
	return []byte(statusNames[s]), nil
}

// UnmarshalText decodes a contract name into s.
func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n != "" && n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unmarshal status %q: unknown status", b)
}

// Reason says how a mismatched fact differs between the versions. It is
// empty for every other status.
type Reason string

// The mismatch reasons, as named in the JSON contract.
const (
	// ReasonValue: the numbers differ (a changed or transposed digit).
	ReasonValue Reason = "value"
	// ReasonScale: the same digits at another power of a thousand, the
	// billion/milliard and trillion/billion false friends ("3.2 billion USD"
	// and "3,2 billions de dollars").
	ReasonScale Reason = "scale"
	// ReasonDecimal: the same digits with the decimal separator moved or
	// misread ("2.5 million" and "25 millions").
	ReasonDecimal Reason = "decimal_separator"
	// ReasonCurrency: the same amount in another currency.
	ReasonCurrency Reason = "currency"
	// ReasonUnit: the same number of another unit that is not a conversion
	// ("5 tonnes" and "5 kilogrammes", "3 months" and "3 ans").
	ReasonUnit Reason = "unit"
	// ReasonPoints: a percentage in one version, percentage points in the
	// other.
	ReasonPoints Reason = "percent_vs_points"
	// ReasonYear, ReasonMonth, ReasonDay: two dates differ in that part;
	// ReasonPeriod: in their quarter or half.
	ReasonYear   Reason = "date_year"
	ReasonMonth  Reason = "date_month"
	ReasonDay    Reason = "date_day"
	ReasonPeriod Reason = "date_period"
)

// Version is one language version of an article: its text and the facts
// Extract found in it (their spans index Text).
type Version struct {
	Text  string
	Facts []Fact
}

// Aligned is one record of an alignment: an English fact, a French fact or
// both, and what the pair says. Its JSON encoding is the aligned record of
// the command-line contract; the absent side is null.
type Aligned struct {
	Status Status `json:"status"`
	Reason Reason `json:"reason"`
	EN     *Fact  `json:"en"`
	FR     *Fact  `json:"fr"`
}

// Summary counts the records of an alignment by status.
type Summary struct {
	Match    int `json:"match"`
	Rounded  int `json:"rounded"`
	Mismatch int `json:"mismatch"`
	OnlyEN   int `json:"only_en"`
	OnlyFR   int `json:"only_fr"`
}

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Alignment is the result of Align.
type Alignment struct {
	// Facts holds one record per fact, in reading order of the English
	// version, with French-only facts placed after the record that precedes
	// them in the French version.
	Facts   []Aligned `json:"facts"`
	Summary Summary   `json:"summary"`
	// UntranslatedEN and UntranslatedFR are the paragraphs of each version
	// with no counterpart in the other.
	UntranslatedEN []Span `json:"untranslated_en,omitempty"`
	UntranslatedFR []Span `json:"untranslated_fr,omitempty"`
}

// Pair scores. A candidate pair of facts earns a base by how the two
// compare (the same value beats a rounded one, which beats a recognisable
// error, which beats other digits), loses positionWeight for the distance
// between their places in their paragraphs (0 at the same relative place,
// 1 at opposite ends) and beadWeight per paragraph step apart, and gains or
// loses by the words around them that say what they measure.
const (
	baseSame       = 10.0
	baseRounded    = 8.0
	baseStructure  = 4.0
	baseValue      = 3.0
	positionWeight = 2.0
	beadWeight     = 3.0
	// errorReach is how far apart, as a share of the paragraph, two facts
	// whose digits simply differ may sit and still be read as one fact
	// mistranslated. A recognisable error (the same digits at another scale,
	// in another currency…) is evidence enough anywhere in the paragraph.
	errorReach     = 0.5
	conceptShared  = 1.5
	conceptClashed = 0.5
	// unitElided is what a pair loses when only one version names the
	// unit: "three days" is more surely "trois jours" than the "3" of a
	// score.
	unitElided = 2.0
)

// alignItem is a fact prepared for alignment.
type alignItem struct {
	fact     *Fact
	num      numFact
	bead     int      // index of the paragraph bead holding it
	pos      float64  // relative place in the bead's text on its side, 0…1
	sole     bool     // the only open fact of its kind and unit in its bead (see markSole)
	concepts []string // what the words around it say it measures, nearest first
	weight   float64  // how much agreeing on it says two paragraphs match
}

// Align joins each English fact with its French counterpart and says for
// each whether the translation states it alike (match, rounded), states it
// differently (mismatch, with a reason) or leaves it out (only_en,
// only_fr).
//
// It first aligns the paragraphs of the two texts (so that paragraphs one
// version leaves out do not pull the rest out of place), then pairs facts
// by an optimal one-to-one assignment over scored candidates: how the
// values compare within their stated precision, the place of each in its
// paragraph, and the concepts of the words around them (concepts.txt).
// Two facts that disagree are paired only when they sit in matching
// paragraphs at about the same place, so a number that one version adds
// and another that it drops are not read as one mistranslated number
// unless the text says so.
//
// Facts are taken in order of Start and must index their Version's Text.
// Align is pure and safe for concurrent use.
func Align(en, fr Version) Alignment {
	enParas, frParas := paragraphs(en.Text), paragraphs(fr.Text)
	if len(enParas) == 0 {
		enParas = []Span{{0, len(en.Text)}}
	}
	if len(frParas) == 0 {
		frParas = []Span{{0, len(fr.Text)}}
	}
	ei, fi := alignItems(en, enParas), alignItems(fr, frParas)

	type cmp struct {
		rel    relation
		reason Reason
	}
	rels := make([]cmp, len(ei)*len(fi))
	agreeEN := make([]float64, len(enParas)*len(frParas))
	agreeFR := make([]float64, len(enParas)*len(frParas))
	paraOf := func(ps []Span, start int) int {
		for k, p := range ps {
			if start < p.End {
				return k
			}
		}
		return len(ps) - 1
	}
	enPara := make([]int, len(ei))
	for i := range ei {
		enPara[i] = paraOf(enParas, ei[i].fact.Start)
	}
	frPara := make([]int, len(fi))
	for j := range fi {
		frPara[j] = paraOf(frParas, fi[j].fact.Start)
	}
	setCurrencyContext(ei, enPara, en.Text)
	setCurrencyContext(fi, frPara, fr.Text)
	// agreeEN[e, f] weighs the facts of English paragraph e that French
	// paragraph f states alike, each once; agreeFR the other way. Facts
	// come in paragraph order, so a fact's partners in one paragraph are
	// consecutive.
	for i := range ei {
		last := -1
		for j := range fi {
			r, why := compareFacts(&ei[i].num, &fi[j].num)
			rels[i*len(fi)+j] = cmp{r, why}
			if r.agrees() && frPara[j] != last {
				last = frPara[j]
				agreeEN[enPara[i]*len(frParas)+frPara[j]] += ei[i].weight
			}
		}
	}
	for j := range fi {
		last := -1
		for i := range ei {
			if rels[i*len(fi)+j].rel.agrees() && enPara[i] != last {
				last = enPara[i]
				agreeFR[enPara[i]*len(frParas)+frPara[j]] += fi[j].weight
			}
		}
	}
	enByPara := byParagraph(enPara, len(enParas))
	frByPara := byParagraph(frPara, len(frParas))
	beads := alignParagraphs(enParas, frParas, func(b bead) float64 {
		var ae, af float64
		for e := b.e0; e < b.e1; e++ {
			for f := b.f0; f < b.f1; f++ {
				ae += agreeEN[e*len(frParas)+f]
				af += agreeFR[e*len(frParas)+f]
			}
		}
		// Facts with no agreeing partner in the other group say the
		// groups are not translations of each other; half as much when
		// the fact has a partner it is a recognisable error of.
		orphans := 0.0
		for e := b.e0; e < b.e1; e++ {
			for _, i := range enByPara[e] {
				orphans += orphanWeight(func(j int) relation { return rels[i*len(fi)+j].rel }, frByPara[b.f0:b.f1])
			}
		}
		for f := b.f0; f < b.f1; f++ {
			for _, j := range frByPara[f] {
				orphans += orphanWeight(func(i int) relation { return rels[i*len(fi)+j].rel }, enByPara[b.e0:b.e1])
			}
		}
		return anchorWeight*min(ae, af) - orphanCost*orphans
	})
	placeItems(ei, enPara, enParas, beads, func(b bead) (int, int) { return b.e0, b.e1 })
	placeItems(fi, frPara, frParas, beads, func(b bead) (int, int) { return b.f0, b.f1 })
	// A fact that agrees with one in its bead is paired already; sole
	// counts the others.
	markSole(ei, func(i int) bool {
		return !agreesInBead(i, ei, fi, func(i, j int) relation { return rels[i*len(fi)+j].rel })
	})
	markSole(fi, func(j int) bool {
		return !agreesInBead(j, fi, ei, func(j, i int) relation { return rels[i*len(fi)+j].rel })
	})

	benefit := make([][]float64, len(ei))
	for i := range ei {
		benefit[i] = make([]float64, len(fi))
		for j := range fi {
			c := rels[i*len(fi)+j]
			benefit[i][j] = pairBenefit(c.rel, &ei[i], &fi[j])
		}
	}
	frOf := assign.Max(benefit, len(fi))

	var a Alignment
	enOf := make([]int, len(fi))
	for j := range enOf {
		enOf[j] = -1
	}
	for i, j := range frOf {
		if j >= 0 {
			enOf[j] = i
		}
	}
	nextFR := 0
	flushFR := func(upto int) {
		for ; nextFR < upto; nextFR++ {
			if enOf[nextFR] < 0 {
				a.add(Aligned{Status: OnlyFR, FR: fi[nextFR].fact})
			}
		}
	}
	for i := range ei {
		j := frOf[i]
		if j < 0 {
			a.add(Aligned{Status: OnlyEN, EN: ei[i].fact})
			continue
		}
		flushFR(j)
		c := rels[i*len(fi)+j]
		rec := Aligned{EN: ei[i].fact, FR: fi[j].fact}
		switch c.rel {
		case relSame:
			rec.Status = Match
		case relRounded:
			rec.Status = Rounded
		default:
			rec.Status, rec.Reason = Mismatch, c.reason
		}
		a.add(rec)
	}
	flushFR(len(fi))
	for _, b := range beads {
		if b.paired() {
			continue
		}
		for e := b.e0; e < b.e1; e++ {
			a.UntranslatedEN = append(a.UntranslatedEN, enParas[e])
		}
		for f := b.f0; f < b.f1; f++ {
			a.UntranslatedFR = append(a.UntranslatedFR, frParas[f])
		}
	}
	return a
}

func (a *Alignment) add(r Aligned) {
	a.Facts = append(a.Facts, r)
	switch r.Status {
	case Match:
		a.Summary.Match++
	case Rounded:
		a.Summary.Rounded++
	case Mismatch:
		a.Summary.Mismatch++
	case OnlyEN:
		a.Summary.OnlyEN++
	case OnlyFR:
		a.Summary.OnlyFR++
	}
}

// pairBenefit scores pairing two facts; 0 or less means they are not one
// fact.
func pairBenefit(rel relation, e, f *alignItem) float64 {
	var s float64
	switch rel {
	case relSame:
		s = baseSame
	case relRounded:
		s = baseRounded
	case relStructure:
		s = baseStructure
	case relValue:
		s = baseValue
	default:
		return 0
	}
	apart := e.bead - f.bead
	if apart < 0 {
		apart = -apart
	}
	dp := math.Abs(e.pos - f.pos)
	if !rel.agrees() && (apart > 0 || rel == relValue && dp > errorReach && !(e.sole && f.sole && e.num.unit == f.num.unit)) {
		return 0
	}
	s -= beadWeight*float64(apart) + positionWeight*dp
	if (e.num.unit == "") != (f.num.unit == "") {
		s -= unitElided
	}
	switch {
	case len(e.concepts) == 0 || len(f.concepts) == 0:
	case sharesAny(e.concepts, f.concepts):
		s += conceptShared
	default:
		s -= conceptClashed
	}
	return s
}

func sharesAny(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// byParagraph lists the indexes of the facts of each paragraph.
func byParagraph(para []int, n int) [][]int {
	by := make([][]int, n)
	for k, p := range para {
		by[p] = append(by[p], k)
	}
	return by
}

// orphanWeight is how much a fact counts as an orphan against the facts
// of groups, rel giving its relation to each: 0 when one agrees with it,
// 1/2 when one is a recognisable error of it (a year changed, a digit
// moved), else 1.
func orphanWeight(rel func(int) relation, groups [][]int) float64 {
	w := 1.0
	for _, g := range groups {
		for _, k := range g {
			switch r := rel(k); {
			case r.agrees():
				return 0
			case r != relNone:
				w = 0.5
			}
		}
	}
	return w
}

// alignItems prepares the facts of one version, sorted by Start. A fact
// whose span lies outside the text keeps no context.
func alignItems(v Version, paras []Span) []alignItem {
	facts := make([]Fact, len(v.Facts))
	copy(facts, v.Facts)
	slices.SortStableFunc(facts, func(a, b Fact) int { return a.Start - b.Start })
	items := make([]alignItem, len(facts))
	valid := true
	for k := range facts {
		f := &facts[k]
		items[k] = alignItem{fact: f, num: readNumFact(f), weight: anchorValue(f)}
		if f.Start < 0 || f.End < f.Start || f.End > len(v.Text) || (k > 0 && f.Start < facts[k-1].End) {
			valid = false
		}
	}
	if valid {
		yearsOfSentences(v.Text, facts, items)
	}
	if valid && len(paras) > 0 {
		var sc conceptScanner
		eachConcepts(v.Text, facts, &sc, nil, func(k int, near []string) {
			items[k].concepts = slices.Clone(near)
		})
	}
	return items
}

// yearsOfSentences marks as stated the year of a date that takes it from
// an earlier date of its sentence, as Extract does (see sentenceYear):
// "the first half of 2008 … in the second quarter" states 2008 for the
// quarter too.
func yearsOfSentences(text string, facts []Fact, items []alignItem) {
	for k := range items {
		if !items[k].num.guessed {
			continue
		}
		f := &facts[k]
		for j := k - 1; j >= 0; j-- {
			g := &facts[j]
			if f.Start-g.Start > sentenceReach || sentenceEnds(text[g.End:facts[j+1].Start]) {
				break
			}
			if y, ok := datesYear(g); ok {
				items[k].num.guessed = !strings.HasPrefix(f.Value, y)
				break
			}
		}
	}
}

// anchorValue is how much two paragraphs agreeing on f says they are
// translations of each other: little for a small count or a rank, which
// any two paragraphs may share.
func anchorValue(f *Fact) float64 {
	switch f.Kind {
	case Ordinal:
		return 0.3
	case Quantity:
		if v, err := strconv.ParseFloat(f.Value, 64); err == nil && v <= 12 && whole(v) {
			return 0.3
		}
	case Date:
		if len(f.Value) == 4 {
			return 0.7
		}
	}
	return 1
}

// markSole marks the open items alone of their kind and named unit among
// the open items of their bead, and those with no unit that are the only
// open item of their bead: "8.25 euros" and "9.25 euros", each the one
// amount in euros of its sentence that the other does not state alike, are
// one amount mistranslated wherever the sentences put them, and so are
// "up to 150 billion" and "jusqu'à 250 milliards". pairBenefit joins two
// sole items only when their units are the same.
func markSole(items []alignItem, open func(k int) bool) {
	type key struct {
		bead int
		kind Kind
		unit string
	}
	n := map[key]int{}      // open items of a kind and named unit in a bead
	inBead := map[int]int{} // open items in a bead
	for k := range items {
		if !open(k) {
			continue
		}
		inBead[items[k].bead]++
		if u := items[k].num.unit; u != "" {
			n[key{items[k].bead, items[k].num.kind, u}]++
		}
	}
	for k := range items {
		it := &items[k]
		if it.num.unit != "" {
			it.sole = open(k) && n[key{it.bead, it.num.kind, it.num.unit}] == 1
		} else {
			it.sole = open(k) && inBead[it.bead] == 1
		}
	}
}

// agreesInBead reports whether items[k] agrees with an item of others in
// its bead; rel(k, o) is how items[k] and others[o] compare.
func agreesInBead(k int, items, others []alignItem, rel func(k, o int) relation) bool {
	for o := range others {
		if others[o].bead == items[k].bead && rel(k, o).agrees() {
			return true
		}
	}
	return false
}

// placeItems sets each item's bead and its relative place in the bead's
// text on its side; side gives a bead's paragraph range on that side.
func placeItems(items []alignItem, para []int, paras []Span, beads []bead, side func(bead) (int, int)) {
	beadOf := make([]int, len(paras))
	for k, b := range beads {
		p0, p1 := side(b)
		for p := p0; p < p1; p++ {
			beadOf[p] = k
		}
	}
	for k := range items {
		if len(paras) == 0 || para[k] < 0 {
			continue
		}
		b := beadOf[para[k]]
		p0, p1 := side(beads[b])
		start, end := paras[p0].Start, paras[p1-1].End
		items[k].bead = b
		items[k].pos = float64(items[k].fact.Start-start) / float64(max(1, end-start))
		items[k].pos = min(1, max(0, items[k].pos))
	}
}
