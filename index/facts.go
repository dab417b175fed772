package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A fact is a nested document with a single field, fieldFactTerms, whose
// terms say everything a filter can ask of it (separated by termSep):
//
//	k:money  ku:money/USD  c:revenue  s:mismatch   kind, kind and unit, concept, status
//	money/USD:n0:c1cdcd6500000000 … money/USD:n5:c1c   the number, at 6 precisions
//	from:n0:… … to:n5:…                            a date's first and last day
//
// A number is written as the prefixes of a 64-bit key that sorts as the
// numbers do (sortKey), cut at the shifts of numberShifts, in fixed-width
// hexadecimal so that the terms of one precision sort as their numbers. A
// range is then a handful of term ranges (numericRanges). The precisions
// follow the float64 layout: 52 leaves the sign and exponent (one term per
// power of two), 48 and 40 add 4 and 12 bits of mantissa, and 32, 16 and 0
// narrow to the exact number, so a range costs tens of terms, not hundreds.
// (Bleve's numeric fields write 16 terms per number, and on 25 facts an
// article that made indexing twice as slow: see doc.go.)
//
// A number's terms carry its kind and unit, so that "money>=1e9 USD" reads
// the postings of dollar amounts only; a filter without a unit reads those
// of each unit the index has for the kind (the ku: terms).

// numberShifts are the precisions a number is indexed at, finest first.
var numberShifts = []uint{0, 16, 32, 40, 48, 52}

// factTerms returns the text of a fact's term field.
func factTerms(f *Fact) string {
	var b strings.Builder
	kind := strings.ToLower(f.Kind)
	unit := clean(normUnit(kind, f.Unit))
	term := func(prefix, v string) {
		if v == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(termSep)
		}
		b.WriteString(prefix)
		b.WriteString(clean(v))
	}
	term("k:", kind)
	term("ku:", numberField(kind, unit))
	term("c:", strings.ToLower(f.Concept))
	term("s:", f.Status)
	if kind == "date" {
		if !f.From.IsZero() {
			for _, s := range numberShifts {
				term("", numberTerm("from", s, sortKey(dayNumber(f.From))>>s))
				term("", numberTerm("to", s, sortKey(dayNumber(f.To))>>s))
			}
		}
	} else if !math.IsNaN(f.Number) {
		for _, s := range numberShifts {
			term("", numberTerm(numberField(kind, unit), s, sortKey(f.Number)>>s))
		}
	}
	return b.String()
}

// numberField is the name numbers of kind and unit are indexed under.
func numberField(kind, unit string) string { return kind + "/" + unit }

// numberTerm writes the term of prefix p of a number of field (a kind, or
// "from"/"to") at shift s.
func numberTerm(field string, s uint, p uint64) string {
	return fmt.Sprintf("%s:n%d:%0*x", field, slices.Index(numberShifts, s), (64-s+3)/4, p)
}

// sortKey maps x to an unsigned key that sorts as the numbers do (the
// IEEE 754 bits with the sign bit flipped, all bits flipped for negative
// numbers).
func sortKey(x float64) uint64 {
	if x == 0 {
		x = 0 // -0 is 0
	}
	b := math.Float64bits(x)
	if b>>63 == 1 {
		return ^b
	}
	return b | 1<<63
}

// numericRanges calls emit with the prefix ranges, inclusive, that cover
// the keys lo…hi exactly: at each precision, the partial blocks of the next
// coarser one at each end, and at the coarsest, what is left between.
func numericRanges(lo, hi uint64, emit func(shift uint, a, b uint64)) {
	if lo > hi {
		return
	}
	a, b := lo, hi // prefixes at the current shift
	for i, s := range numberShifts {
		if i == len(numberShifts)-1 {
			emit(s, a, b)
			return
		}
		w := numberShifts[i+1] - s // bits between this precision and the next
		mask := uint64(1)<<w - 1
		if a>>w == b>>w {
			emit(s, a, b)
			return
		}
		nextA, nextB := a>>w, b>>w
		if a&mask != 0 {
			emit(s, a, a|mask)
			nextA++
		}
		if b&mask != mask {
			emit(s, b&^mask, b)
			if nextB == 0 {
				return
			}
			nextB--
		}
		if nextA > nextB {
			return
		}
		a, b = nextA, nextB
	}
}

// numberRanges returns the condition on the numbers of the number fields
// (numberField: a kind and a unit, or "from"/"to") whose keys lie in
// lo…hi.
func numberRanges(lo, hi uint64, fields ...string) termSet {
	var c termSet
	for _, field := range fields {
		numericRanges(lo, hi, func(s uint, a, b uint64) {
			c.ranges = append(c.ranges, [2]string{numberTerm(field, s, a), numberTerm(field, s, b)})
		})
	}
	return c
}

// termsQuery matches the fact documents that have one of its terms, or a
// term of fieldFactTerms in one of its ranges. Bleve would make a
// disjunction of term-range disjunctions, which it cannot merge into one
// posting bitmap; this is one disjunction of all the terms, which it can
// when the search is unscored.
type termsQuery termSet

// Searcher returns a disjunction of the terms.
func (q *termsQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	terms, err := termSet(*q).expand(r)
	if err != nil {
		return nil, err
	}
	switch len(terms) {
	case 0:
		return searcher.NewMatchNoneSearcher(r)
	case 1:
		return searcher.NewTermSearcher(ctx, r, terms[0], fieldFactTerms, 1, options)
	}
	return searcher.NewMultiTermSearcher(ctx, r, terms, fieldFactTerms, 1, options, false)
}

// Field returns the field of the query (query.FieldableQuery).
func (q *termsQuery) Field() string { return fieldFactTerms }

// SetField does nothing: the field is fixed (query.FieldableQuery).
func (q *termsQuery) SetField(string) {}

// opRange returns the keys that meet "key OP x".
func opRange(op string, x uint64) (lo, hi uint64, ok bool) {
	switch op {
	case "=":
		return x, x, true
	case ">=":
		return x, math.MaxUint64, true
	case ">":
		return x + 1, math.MaxUint64, x != math.MaxUint64
	case "<":
		return 0, x - 1, x != 0
	case "<=":
		return 0, x, true
	}
	return 0, 0, false
}

// A termSet is one condition of a fact filter on the terms of a fact:
// the fact has one of terms, or a term in one of ranges (inclusive).
type termSet struct {
	terms  []string
	ranges [][2]string
}

// query returns the Bleve query of the condition.
func (c termSet) query() query.Query {
	if len(c.ranges) == 0 && len(c.terms) == 1 {
		return termQuery(fieldFactTerms, c.terms[0])
	}
	return &termsQuery{terms: c.terms, ranges: c.ranges}
}

// expand returns the terms of c that the index has: its terms, and those
// of the index's dictionary in its ranges.
func (c termSet) expand(r bindex.IndexReader) ([]string, error) {
	terms := slices.Clone(c.terms)
	for _, rg := range c.ranges {
		d, err := r.FieldDictRange(fieldFactTerms, []byte(rg[0]), []byte(rg[1]))
		if err != nil {
			return nil, err
		}
		for {
			e, err := d.Next()
			if err != nil {
				d.Close()
				return nil, err
			}
			if e == nil {
				break
			}
			terms = append(terms, e.Term)
		}
		if err := d.Close(); err != nil {
			return nil, err
		}
	}
	return terms, nil
}

// conditionsQuery returns the Bleve query of a fact filter's conditions:
// a conjunction over the terms of one nested fact document, so that one
// fact meets all of it; nothing matches without conditions.
func conditionsQuery(conds []termSet) query.Query {
	if len(conds) == 0 {
		return query.NewMatchNoneQuery()
	}
	qs := make([]query.Query, len(conds))
	for i, c := range conds {
		qs[i] = c.query()
	}
	return conjunction(qs)
}

// factConditions returns the conditions one fact must meet to meet f, or
// nil when no fact can.
func (ix *Index) factConditions(f *FactFilter) ([]termSet, error) {
	var conds []termSet
	one := func(term string) { conds = append(conds, termSet{terms: []string{term}}) }
	switch {
	case f.Op != "" && f.Kind != "date":
		// The number terms carry the kind and the unit.
	case f.Unit != "":
		one("ku:" + numberField(f.Kind, f.Unit))
	default:
		one("k:" + f.Kind)
	}
	for _, t := range []string{"c:" + f.Concept, "s:" + f.Status} {
		if len(t) > 2 {
			one(t)
		}
	}
	switch {
	case f.Op == "":
	case f.Kind == "date":
		// See ParseFactFilter for what each operator means on periods.
		from, to := sortKey(dayNumber(f.From)), sortKey(dayNumber(f.To))
		switch f.Op {
		case "=":
			conds = append(conds, numberRanges(from, from, "from"), numberRanges(to, to, "to"))
		case ">=":
			conds = append(conds, numberRanges(from, math.MaxUint64, "from"))
		case ">":
			conds = append(conds, numberRanges(to+1, math.MaxUint64, "from"))
		case "<":
			conds = append(conds, numberRanges(0, from-1, "to"))
		case "<=":
			conds = append(conds, numberRanges(0, to, "to"))
		}
	default:
		lo, hi, ok := opRange(f.Op, sortKey(f.Number))
		if !ok {
			return nil, nil
		}
		units := []string{f.Unit}
		if f.Unit == "" {
			var err error
			if units, err = ix.units(f.Kind); err != nil {
				return nil, err
			}
		}
		fields := make([]string, len(units))
		for i, u := range units {
			fields[i] = numberField(f.Kind, u)
		}
		conds = append(conds, numberRanges(lo, hi, fields...))
	}
	return conds, nil
}

// units returns the units the index has facts of kind in ("" among them
// when some have none).
func (ix *Index) units(kind string) ([]string, error) {
	prefix := "ku:" + numberField(kind, "")
	d, err := ix.b.FieldDictPrefix(fieldFactTerms, []byte(prefix))
	if err != nil {
		return nil, fmt.Errorf("list units of %s: %w", kind, err)
	}
	defer d.Close()
	var units []string
	for {
		e, err := d.Next()
		if err != nil {
			return nil, fmt.Errorf("list units of %s: %w", kind, err)
		}
		if e == nil {
			return units, nil
		}
		units = append(units, strings.TrimPrefix(e.Term, prefix))
	}
}
