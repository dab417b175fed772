package extract

import "strings"

// Multipliers: a number of times stated by a word of its own ("twice",
// "doubled", "tenfold", "a triplé", "le double de") or by a verb of
// multiplication ("multiplied by three", "multiplié par 10"). Each is a
// quantity with unit "times", as "three times" and "trois fois" are, so
// that "sales doubled" and "les ventes ont triplé" disagree.

// timesWord emits the number of times the word at i states and returns 1,
// or returns 0 when the word states none here.
func (m *matcher) timesWord(i int, e *entry) int {
	n := e.times
	switch {
	case n == 1 && !m.perTimeAt(i+1):
		return 0 // "once upon a time"; "once a week" is a frequency
	case n > 1 && enPhrasal[m.lowerAt(i+1)] && enVerbForm(m.lowerAt(i)):
		return 0 // "doubled as a sex symbol", "doubling down": another verb
	case n == 0 && e.timesVerb > 0 && m.timesVerbAt(i):
		n = e.timesVerb
	case n == 0:
		return 0
	}
	// "a plus que doublé" as "more than doubled"; French "plus que" is
	// no hedge before a number ("il ne reste plus que 3 jours").
	more := m.loc == french && m.lowerAt(i-2) == "plus" && strings.HasPrefix(m.lowerAt(i-1), "qu")
	m.emitNumber(Quantity, Decimal{Coef: n}, i, i, "times", more)
	return 1
}

// timesVerbAt reports that the word at i, which is also an adjective or a
// noun ("a double murder", "un triplé", "doublé d'un sex symbol"), is the
// verb or the noun of a multiplier here:
//
//   - after a modal, "to" or "than": "will double", "to triple", "more than
//     double";
//   - a French participle after a form of avoir, "été", "être" or "sera",
//     adverbs between: "a doublé", "ont plus que triplé", "pourra être
//     doublée";
//   - French "le double", "du triple", "au quadruple" before "de", "que",
//     "par" or the end of the phrase: "le double de l'an dernier".
//
// A hyphen after it makes a compound ("double-digit", "to double-check").
func (m *matcher) timesVerbAt(i int) bool {
	if m.isDash(i+1) && m.touches(i+1) {
		return false
	}
	if w := m.lowerAt(i); m.loc == french && strings.Contains(w, "é") {
		k := i - 1
		for k > i-4 && frTimesAdverbs[m.lowerAt(k)] {
			k--
		}
		return frAuxiliaries[m.lowerAt(k)]
	}
	if prev := m.word(i - 1); prev == nil || !prev.timesCue {
		return false
	}
	if m.loc != french {
		return true
	}
	next := m.tok(i + 1)
	return next == nil || next.kind == tkSym || m.isDe(i+1) || frTimesAfter[m.lowerAt(i+1)]
}

// multipliedBy reports an amount after a verb of multiplication and "by"
// or "par", with no unit after it: "multiplied by three", "multiplié par
// 10". It is the number of times, as "divided by" is a share (dividedBy).
func (m *matcher) multipliedBy(first int, a amount) bool {
	by, verb := m.word(first-1), m.word(first-2)
	if by == nil || verb == nil || !verb.multiplies || !by.fracPre || a.val.Neg || a.scaled || a.ordinal {
		return false
	}
	return m.noUnitAt(a.last + 1)
}

// enVerbForm reports an English past or -ing form: "doubled", "tripling".
func enVerbForm(w string) bool { return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") }

var (
	frAuxiliaries  = wordsOf("a ont avait avaient aura auront aurait auraient avoir ayant eu été être sera seront serait seraient ait aient aies eût eussent soit soient")
	frTimesAdverbs = wordsOf("presque quasiment pratiquement plus que qu déjà encore ainsi donc")
	frTimesAfter   = wordsOf("que qu par")
	enPhrasal      = wordsOf("as up down over back")
)
