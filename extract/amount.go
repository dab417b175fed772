package extract

// amount is a number read from one or more tokens: digits with a scale word
// ("39 888 milliards", "4.1bn") or number words ("quatre-vingt-dix",
// "half a million").
type amount struct {
	val         Decimal
	first, last int  // tokens of the amount, inclusive
	scaled      bool // a scale word or abbreviation was read
	pow         int  // the power of ten it applied
	words       bool // written in words
	weak        bool // a lone "un", "une", "one", "neuf": a number only before a unit
	approx      bool // "une dizaine", "une centaine": a round number
	ordinal     bool // ends in an ordinal word ("twenty-first")
	year        bool // shaped like a year: four digits, no grouping, no decimals
	sawMoneyAbb bool // a scale was read from an abbreviation that means a scale only next to money
}

// amountAt reads the amount that starts at token i. money says whether a
// currency stands before it, which makes "m" and "b" scale abbreviations.
func (m *matcher) amountAt(i int, money bool) (amount, bool) {
	t := m.tok(i)
	if t == nil {
		return amount{}, false
	}
	switch t.kind {
	case tkNum:
		a := amount{val: t.num, first: i, last: i}
		a.year = t.shape.intDigits == 4 && !t.shape.grouped && !t.shape.frac && !t.num.Neg
		m.scaleAfter(&a, money)
		return a, true
	case tkWord:
		return m.wordsAt(i, money)
	}
	return amount{}, false
}

// scaleAfter applies a scale word or abbreviation that follows the digits
// of a: "39 888 milliards", "4.1bn", "3.5-billion", "120m" (money only).
func (m *matcher) scaleAfter(a *amount, money bool) {
	j := a.last + 1
	if m.isSym(j, '-') && m.touches(j) && m.touches(j+1) {
		j++
	}
	e := m.word(j)
	if m.span(j) == "M" {
		e = &megaAbbr // upper-case M is a million in both languages; m is metres
	}
	if e == nil || e.scale == 0 {
		return
	}
	if e.abbr && !m.touches(j) && m.tok(j).kind == tkWord && len(m.span(j)) == 1 {
		// "5 k", "3 m": a lone letter after a space is a unit, not a scale.
		if !m.isCurrency(j + 1) {
			return
		}
	}
	if e.moneyAbb {
		if !money && !m.isCurrency(j+1) {
			return
		}
		a.sawMoneyAbb = true
	}
	a.val = a.val.scaled(e.scale)
	a.scaled, a.year, a.pow = true, false, e.scale
	a.last = j
	// "mille milliards": a thousand of a larger scale.
	if e.scale == 3 && !e.abbr {
		if e2 := m.word(j + 1); e2 != nil && e2.scale > 3 && !e2.abbr {
			a.val = a.val.scaled(e2.scale)
			a.last, a.pow = j+1, a.pow+e2.scale
		}
	}
}

var megaAbbr = entry{scale: 6, abbr: true}

// wordsAt reads a number written in words at token i.
func (m *matcher) wordsAt(i int, money bool) (amount, bool) {
	a := amount{first: i, last: i, words: true}
	e := m.word(i)
	if e == nil {
		return a, false
	}
	// "half a million", "un demi-million", "a million", "une douzaine".
	k := i
	if e.article && !e.half {
		k = m.skipHyphen(i + 1)
		if e2 := m.word(k); e2 != nil && (e2.half || e2.approxN > 0) {
			e = e2
		} else if _, isCard := e.cardinal(); !isCard {
			// "a", "an": a number only before a multiplier or scale.
			if e2 == nil || (e2.mult == 0 && (e2.scale == 0 || e2.abbr)) {
				return a, false
			}
			return m.wordPhrase(i, k, 1)
		} else {
			k = i
		}
	}
	if e.half {
		k2 := m.skipHyphen(k + 1)
		if e2 := m.word(k2); e2 != nil && e2.article {
			k2 = m.skipHyphen(k2 + 1)
		}
		e3 := m.word(k2)
		if e3 == nil || e3.scale == 0 || e3.abbr {
			return a, false
		}
		a.val = Decimal{Coef: 5, Exp: int32(e3.scale - 1)}
		a.last, a.scaled, a.pow = k2, true, e3.scale
		return a, true
	}
	if e.approxN > 0 {
		if k == i {
			return a, false // "dizaines de" without an article is not a number
		}
		a.val, a.last, a.approx = Decimal{Coef: uint64(e.approxN)}, k, true
		return a, true
	}
	if _, ok := e.cardinal(); !ok {
		return a, false
	}
	return m.wordPhrase(i, i, 0)
}

// wordPhrase reads cardinal words from token k (the phrase starts at token
// first) into an amount; pre is a value already read ("a" = 1 before
// "hundred").
func (m *matcher) wordPhrase(first, k int, pre int64) (amount, bool) {
	const (
		stNone = iota
		stUnit
		stTeen
		stTen
		stMult
		stScale
	)
	a := amount{first: first, last: first, words: true}
	var (
		total, cur = int64(0), pre
		state      = stNone
		tenVal     int64
		lastTeen   int64
		lastScale  = 0
		count      = 0
		ok         bool
	)
	if pre > 0 {
		state = stUnit
	}
	for j := k; j < len(m.toks); {
		e := m.word(j)
		if e == nil {
			break
		}
		n, isCard := e.cardinal()
		accepted := false
		switch {
		case isCard && n < 10:
			if state == stNone || state == stMult || state == stScale || (state == stTen && tenVal%10 == 0) ||
				(state == stTeen && lastTeen == 10 && (tenVal == 0 || tenVal == 60 || tenVal == 80) && n > 6) {
				cur += n
				state, accepted = stUnit, true
			}
		case isCard && n < 20:
			if state == stNone || state == stMult || state == stScale || (state == stTen && (tenVal == 60 || tenVal == 80)) {
				cur += n
				lastTeen, state, accepted = n, stTeen, true
			}
		case isCard:
			switch {
			case n == 20 && state == stUnit && cur%100 == 4 && count > 0:
				cur += 80 - 4 // quatre-vingt(s)
				tenVal, state, accepted = 80, stTen, true
			case state == stNone || state == stMult || state == stScale:
				cur += n
				tenVal, state, accepted = n, stTen, true
			}
		case e.mult > 0:
			if state != stMult && e.mult == 100 || state == stUnit || state == stTeen || state == stTen {
				if cur == 0 {
					cur = 1
				}
				cur *= e.mult
				state, accepted = stMult, true
				if e.mult == 12 {
					// "two dozen": nothing follows a dozen.
					a.last, count, ok = j, count+1, true
					j = len(m.toks)
					continue
				}
			}
		case e.scale > 0 && !e.abbr:
			if state != stScale && (state != stNone || e.scale == 3) {
				if cur == 0 {
					cur = 1
				}
				v, fits := mulPow10(cur, e.scale)
				if !fits || total > (1<<62)-v {
					return a, false
				}
				total += v
				cur, state, lastScale, accepted = 0, stScale, e.scale, true
			}
		case e.ord > 0 && (state == stTen || state == stMult || state == stScale) && e.ord < 10:
			cur += int64(e.ord)
			a.ordinal, accepted = true, true
		case e.andWord:
			// "one hundred and three", "vingt et un".
			nx := m.word(j + 1)
			if nx != nil && (state == stMult || state == stScale || (state == stTen && tenVal%10 == 0)) {
				if v, c := nx.cardinal(); (c && v > 0 && v < 20) || (nx.ord > 0 && nx.ord < 10) {
					j++
					continue
				}
			}
		}
		if !accepted {
			break
		}
		count++
		a.last, ok = j, true
		if a.ordinal {
			break
		}
		j = m.skipHyphen(j + 1)
	}
	if !ok {
		return a, false
	}
	v := total + cur
	if v < 0 {
		return a, false
	}
	a.val = Decimal{Coef: uint64(v)}
	if cur == 0 && lastScale > 0 {
		// "two million" states millions: keep the precision of the scale.
		p, _ := mulPow10(1, lastScale)
		a.val = Decimal{Coef: uint64(v / p), Exp: int32(lastScale)}
		a.scaled, a.pow = true, lastScale
	}
	a.weak = a.first == a.last && m.word(a.first).article
	return a, true
}

// skipHyphen returns j+1 when token j is a hyphen joining two words
// ("vingt-deux", "demi-million"), else j.
func (m *matcher) skipHyphen(j int) int {
	if m.isSym(j, '-') && m.touches(j) && m.touches(j+1) {
		return j + 1
	}
	return j
}

// mulPow10 returns n × 10^p and whether it fits in an int64 below 2^62.
func mulPow10(n int64, p int) (int64, bool) {
	for range p {
		if n > (1<<62)/10 {
			return 0, false
		}
		n *= 10
	}
	return n, true
}
