package extract

import (
	"math/big"
	"strconv"
)

// Decimal is an exact decimal number: Coef × 10^Exp, negated when Neg.
// The coefficient keeps the digits as written, trailing zeros included, so
// Exp is also the place of the last stated digit: "40 000" is {40000, 0},
// "39.88 trillion" is {3988, 10}. That place is the number's precision.
type Decimal struct {
	Coef uint64
	Exp  int32
	Neg  bool
}

// maxCoefDigits is how many significant digits the number reader keeps:
// any 19 digits fit a uint64, so the bounds of an 18-digit number (one
// digit more) read back exactly.
const maxCoefDigits = 19

// IsZero reports whether d is zero.
func (d Decimal) IsZero() bool { return d.Coef == 0 }

// String formats d as a plain decimal with no exponent, no grouping and no
// trailing fractional zeros: "39888000000000", "9.07", "-0.5".
func (d Decimal) String() string {
	return string(d.append(make([]byte, 0, 24)))
}

func (d Decimal) append(b []byte) []byte {
	c, e := d.Coef, int(d.Exp)
	for e < 0 && c != 0 && c%10 == 0 {
		c /= 10
		e++
	}
	if c == 0 {
		return append(b, '0')
	}
	if d.Neg {
		b = append(b, '-')
	}
	var digits [20]byte
	ds := strconv.AppendUint(digits[:0], c, 10)
	switch {
	case e >= 0:
		b = append(b, ds...)
		for range e {
			b = append(b, '0')
		}
	case -e >= len(ds):
		b = append(b, '0', '.')
		for range -e - len(ds) {
			b = append(b, '0')
		}
		b = append(b, ds...)
	default:
		cut := len(ds) + e
		b = append(b, ds[:cut]...)
		b = append(b, '.')
		b = append(b, ds[cut:]...)
	}
	return b
}

// Rat returns d as an exact rational.
func (d Decimal) Rat() *big.Rat {
	r := new(big.Rat).SetInt(new(big.Int).SetUint64(d.Coef))
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(d.Exp))), nil)
	if d.Exp >= 0 {
		r.Mul(r, new(big.Rat).SetInt(p))
	} else {
		r.Quo(r, new(big.Rat).SetInt(p))
	}
	if d.Neg {
		r.Neg(r)
	}
	return r
}

// Cmp compares d and e by value: -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int {
	if c, ok := d.cmpDigits(e); ok {
		return c
	}
	return d.Rat().Cmp(e.Rat())
}

// cmpDigits compares d and e by their digits, without allocating, when
// their coefficients have at most 19 digits.
func (d Decimal) cmpDigits(e Decimal) (int, bool) {
	dNeg, eNeg := d.Neg && d.Coef != 0, e.Neg && e.Coef != 0
	switch {
	case dNeg != eNeg:
		if dNeg {
			return -1, true
		}
		return 1, true
	case d.Coef == 0 || e.Coef == 0:
		switch {
		case d.Coef == e.Coef:
			return 0, true
		case (d.Coef == 0) != eNeg:
			return -1, true // 0 < e, or d < 0
		}
		return 1, true
	}
	dd, ed := digitCount(d.Coef), digitCount(e.Coef)
	if dd > 19 || ed > 19 {
		return 0, false
	}
	c := 0
	switch dm, em := dd+int(d.Exp), ed+int(e.Exp); {
	case dm < em:
		c = -1
	case dm > em:
		c = 1
	default: // the same magnitude: compare the digits, padded to one length
		a, b := d.Coef, e.Coef
		if dd < ed {
			a *= pow10u(int32(ed - dd))
		} else {
			b *= pow10u(int32(dd - ed))
		}
		switch {
		case a < b:
			c = -1
		case a > b:
			c = 1
		}
	}
	if dNeg {
		c = -c
	}
	return c, true
}

// magnitude returns the power of ten of d's leading digit: 2 for 450, -1
// for 0.9, and 0 for zero.
func (d Decimal) magnitude() int {
	if d.Coef == 0 {
		return 0
	}
	return digitCount(d.Coef) + int(d.Exp) - 1
}

// digitCount returns the number of decimal digits of x.
func digitCount(x uint64) int {
	n := 1
	for ; x >= 10; x /= 10 {
		n++
	}
	return n
}

// cmpInt compares d with the small whole number n without big
// arithmetic when the digits allow it.
func (d Decimal) cmpInt(n uint64) int {
	if d.Neg && d.Coef != 0 {
		return -1
	}
	v, m := d.Coef, n
	switch {
	case d.Exp > 0 && d.Exp < 19:
		if p := pow10u(d.Exp); v <= (1<<63)/p {
			v *= p
		} else {
			return 1
		}
	case d.Exp < 0 && d.Exp > -19:
		if p := pow10u(-d.Exp); m <= (1<<63)/p {
			m *= p
		} else {
			return -1
		}
	case d.Exp != 0:
		return d.Cmp(Decimal{Coef: n})
	}
	switch {
	case v < m:
		return -1
	case v > m:
		return 1
	}
	return 0
}

func pow10u(e int32) uint64 {
	p := uint64(1)
	for ; e > 0; e-- {
		p *= 10
	}
	return p
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// scaled returns d × 10^n.
func (d Decimal) scaled(n int) Decimal {
	d.Exp += int32(n)
	return d
}

// times returns d × m for a small integer m (a dozen, quatre-vingts) and
// reports false on overflow.
func (d Decimal) times(m uint64) (Decimal, bool) {
	if m != 0 && d.Coef > (1<<63)/m {
		return d, false
	}
	d.Coef *= m
	return d, true
}

// hedgeShare is how far a hedge word ("about", "environ") widens the interval
// around a value, as a share of it: a little, not a lot.
const hedgeShare = 2 // per cent

// bounds returns the interval that d's stated precision allows: the value
// ± half a unit of its last stated digit, widened to ± hedgeShare % of the
// value when approx.
func (d Decimal) bounds(approx bool) (low, high Decimal) {
	// Half a unit of the last digit is 5 at the place below it.
	if !approx && d.Coef <= (1<<63)/10 {
		lo := Decimal{Coef: d.Coef*10 - 5, Exp: d.Exp - 1, Neg: d.Neg}
		hi := Decimal{Coef: d.Coef*10 + 5, Exp: d.Exp - 1, Neg: d.Neg}
		if d.Coef == 0 {
			lo = Decimal{Coef: 5, Exp: d.Exp - 1, Neg: true}
		}
		if d.Neg {
			lo, hi = hi, lo
		}
		return lo, hi
	}
	if approx && d.Coef <= (1<<63)/100 {
		// At the place two below the last digit, half a unit is 50 and
		// hedgeShare % of the value is hedgeShare × Coef.
		w := max(50, hedgeShare*d.Coef)
		c := d.Coef * 100
		lo := Decimal{Exp: d.Exp - 2, Neg: d.Neg}
		if w > c {
			lo.Coef, lo.Neg = w-c, !d.Neg
		} else {
			lo.Coef = c - w
		}
		hi := Decimal{Coef: c + w, Exp: d.Exp - 2, Neg: d.Neg}
		if d.Neg {
			lo, hi = hi, lo
		}
		return lo, hi
	}
	v := d.Rat()
	w := new(big.Rat).SetFrac64(5, 10)
	w.Mul(w, Decimal{Coef: 1, Exp: d.Exp}.Rat())
	if approx {
		h := new(big.Rat).Abs(v)
		h.Mul(h, big.NewRat(hedgeShare, 100))
		if h.Cmp(w) > 0 {
			w = h
		}
	}
	places := max(0, int(-d.Exp)) + 3 // half a unit and 2 % need at most three more places
	return ratDecimal(new(big.Rat).Sub(v, w), places), ratDecimal(new(big.Rat).Add(v, w), places)
}

// ratDecimal converts a rational with a terminating decimal expansion of at
// most places fractional digits (all the bounds are) to a Decimal; digits
// past maxCoefDigits are dropped.
func ratDecimal(r *big.Rat, places int) Decimal {
	neg := r.Sign() < 0
	s := new(big.Rat).Abs(r).FloatString(places)
	d, n, err := readPlain(s)
	if err != nil || n != len(s) {
		return Decimal{}
	}
	d.Neg = neg && d.Coef != 0
	return d
}

// readPlain reads a dot-decimal with no grouping ("123.4500"), dropping
// trailing fractional zeros and digits beyond maxCoefDigits.
func readPlain(s string) (Decimal, int, error) {
	var d Decimal
	i, digits, frac := 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' && !frac {
			frac = true
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		if digits >= maxCoefDigits {
			if !frac {
				d.Exp++
			}
			continue
		}
		if d.Coef != 0 || c != '0' {
			digits++
		}
		d.Coef = d.Coef*10 + uint64(c-'0')
		if frac {
			d.Exp--
		}
	}
	if i == 0 {
		return d, 0, ErrSyntax
	}
	for d.Exp < 0 && d.Coef != 0 && d.Coef%10 == 0 {
		d.Coef /= 10
		d.Exp++
	}
	return d, i, nil
}
