package extract

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// ErrSyntax reports that a string is not a number as the locale writes it.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange reports a number with more significant digits than a Decimal
// holds.
var ErrRange = errors.New("value out of range")

// NumError records a failed number conversion, as strconv.NumError does.
type NumError struct {
	Func string // the failing function (ParseNumber)
	Num  string // the input
	Err  error  // ErrSyntax, ErrRange or ErrLanguage
}

func (e *NumError) Error() string {
	return "extract." + e.Func + ": parsing " + strconv.Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numShape describes how a number was written, for the rules that tell a
// year from an amount.
type numShape struct {
	intDigits int32 // digits before the decimal separator
	grouped   bool  // a group separator was read
	frac      bool  // a decimal part was read
}

// readNumber reads the longest number at the start of s as loc writes it:
// digits, group separators between groups of exactly three digits (the
// first group one to three digits long, one kind of separator throughout)
// and a decimal part. It returns the value, the bytes consumed and the
// shape. It allocates nothing. Two numbers are never joined: "1800 1091"
// reads as 1800 (a first group of four digits cannot be grouped). inList
// reports that s follows digits and the alternative decimal separator
// ("24,26,31" read at "26"): a list, where that separator is no decimal.
func readNumber(s string, loc *locale, inList bool) (Decimal, int, numShape, error) {
	var (
		d     Decimal
		sh    numShape
		sig   int
		over  bool
		i     int
		group = -1 // class of the group separator in use
	)
	digit := func(c byte) {
		if d.Coef == 0 && c == '0' {
			if sh.frac {
				d.Exp-- // 0.001: leading zeros place the digits, they are not digits
			}
			return
		}
		if sig >= maxCoefDigits {
			// Zeros past the coefficient's capacity are exact: they scale it.
			// Any other digit would be lost.
			switch {
			case c != '0':
				over = true
			case !sh.frac:
				d.Exp++
			}
			return
		}
		sig++
		d.Coef = d.Coef*10 + uint64(c-'0')
		if sh.frac {
			d.Exp--
		}
	}
	for i < len(s) && isDigit(s[i]) {
		digit(s[i])
		i++
	}
	if i == 0 {
		return Decimal{}, 0, sh, ErrSyntax
	}
	sh.intDigits = int32(min(i, math.MaxInt32))
	dec, alt := loc.decimal, loc.altDecimal
	switch {
	case i <= 3 && dec == ',' && englishGroups(s[i:]):
		// "£650,000", "1,300,000" in French text: English grouping kept by
		// a translation. A decimal comma is never followed by ",000" nor by
		// a second ",ddd". The decimal point is then English too.
		i = groupsOf(s, i, ',', digit, &sh)
		dec, alt = '.', 0
	case i <= 3 && i < len(s) && s[i] == '.' && dec == '.' && dottedGroups(s[i:]):
		// "5.143.312 dollars" in English text: two dots cannot both be
		// decimal points, so they group, as a translation from Spanish or
		// German kept them. The decimal separator is then a comma.
		i = groupsOf(s, i, '.', digit, &sh)
		dec, alt = ',', 0
	case i <= 2 && loc.indian && indianGroups(s[i:]):
		// "12,34,567.89": Indian English groups by two digits before the
		// last three. No other reading fits these commas.
		for n := 2; n == 2; {
			if threeDigits(s[i+1:]) {
				n = 3 // the last group
			}
			for _, c := range []byte(s[i+1 : i+1+n]) {
				digit(c)
			}
			i += 1 + n
			sh.intDigits += int32(n)
		}
		sh.grouped = true
	case i <= 3:
		for {
			sep, class := loc.groupAt(s[i:], group)
			if sep == 0 || !threeDigits(s[i+sep:]) {
				break
			}
			group = class
			sh.grouped = true
			for _, c := range []byte(s[i+sep : i+sep+3]) {
				digit(c)
			}
			i += sep + 3
			sh.intDigits += 3
		}
	}
	if i+1 < len(s) && isDigit(s[i+1]) && (s[i] == dec || (s[i] == alt && group < 0 && !inList && !listed(s[i:]))) &&
		(group < 0 || loc.groups[group].sep != s[i:i+1]) {
		sh.frac = true
		i++
		for i < len(s) && isDigit(s[i]) {
			digit(s[i])
			i++
		}
	}
	// An exponent: "1e10", "-127.32e13", "12.32e+14". Not "2e" (French
	// ordinal) nor "5e-mail": digits must follow and no letter after them.
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		neg := false
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			neg = s[j] == '-'
			j++
		}
		k := j
		x := 0
		for k < len(s) && isDigit(s[k]) && k-j < 3 {
			x = x*10 + int(s[k]-'0')
			k++
		}
		if k > j && (k == len(s) || !isDigit(s[k]) && !isASCIILetter(s[k])) {
			if neg {
				x = -x
			}
			d.Exp += int32(x)
			sh.frac, i = true, k
		}
	}
	if over {
		return d, i, sh, ErrRange
	}
	return d, i, sh, nil
}

// maxPower bounds the exponent of a written power ("1.1^23"): larger
// powers are not news and would cost big-number work.
const maxPower = 30

// powerAfter reads a power written right after the number d and returns
// the new value and the bytes read, or n == 0 when none is written there:
//   - a power of ten: "×10^6", " x 10^-4", "*10^3", "×10⁶" (d × 10^e,
//     exact: the digits of d keep their precision);
//   - a caret power: "1.1^23", "2.5^-1", "10^6" (d^e; a value with more
//     than 15 significant digits is rounded to 15, as fractions are).
//
// "3 x 10 metres" is no power: a caret or superscript must follow the 10.
// ok is false when the power is written but its value cannot be held.
func powerAfter(d Decimal, s string) (v Decimal, n int, ok bool) {
	if e, k := caretExp(s); k > 0 {
		if e > maxPower || e < -maxPower || d.Coef == 0 && e < 0 {
			return d, k, false
		}
		r := new(big.Rat).SetInt64(1)
		b := d.Rat()
		for range max(e, -e) {
			r.Mul(r, b)
		}
		if e < 0 {
			r.Inv(r)
		}
		return ratDecimal15(r), k, true
	}
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	switch {
	case i < len(s) && (s[i] == 'x' || s[i] == 'X' || s[i] == '*'):
		i++
	case strings.HasPrefix(s[i:], "×"):
		i += len("×")
	case strings.HasPrefix(s[i:], "·"):
		i += len("·")
	default:
		return d, 0, true
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if !strings.HasPrefix(s[i:], "10") {
		return d, 0, true
	}
	i += 2
	e, k := caretExp(s[i:])
	if k == 0 {
		e, k = superscriptExp(s[i:])
	}
	if k == 0 || e > 99 || e < -99 {
		return d, 0, true
	}
	d.Exp += int32(e)
	return d, i + k, true
}

// caretExp reads "^23", "^+23" or "^-1": an exponent of at most three
// digits with no digit or letter glued after it.
func caretExp(s string) (e, n int) {
	if len(s) < 2 || s[0] != '^' {
		return 0, 0
	}
	i, neg := 1, false
	if s[i] == '+' || s[i] == '-' {
		neg = s[i] == '-'
		i++
	}
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 3 {
		e = e*10 + int(s[j]-'0')
		j++
	}
	if j == i || j < len(s) && (isDigit(s[j]) || isASCIILetter(s[j])) {
		return 0, 0
	}
	if neg {
		e = -e
	}
	return e, j
}

// superscriptExp reads an exponent in superscript digits: "⁶", "⁻⁴", "¹²".
func superscriptExp(s string) (e, n int) {
	neg := false
	if strings.HasPrefix(s, "⁻") {
		neg, n = true, len("⁻")
	} else if strings.HasPrefix(s, "⁺") {
		n = len("⁺")
	}
	digits := 0
	for n < len(s) && digits < 3 {
		r, size := utf8.DecodeRuneInString(s[n:])
		v := superscriptDigit(r)
		if v < 0 {
			break
		}
		e = e*10 + v
		n += size
		digits++
	}
	if digits == 0 {
		return 0, 0
	}
	if neg {
		e = -e
	}
	return e, n
}

func superscriptDigit(r rune) int {
	switch {
	case r == '⁰':
		return 0
	case r == '¹':
		return 1
	case r == '²':
		return 2
	case r == '³':
		return 3
	case '⁴' <= r && r <= '⁹':
		return int(r-'⁴') + 4
	}
	return -1
}

// listed reports that s, which starts with a separator and digits, holds
// the same separator again after them: "1,2,3" and "1.2.3" are lists or
// versions, not a number with a decimal part.
func listed(s string) bool {
	j := 1
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j+1 < len(s) && s[j] == s[0] && isDigit(s[j+1])
}

// indianGroups reports Indian digit grouping after a first group of one
// or two digits: one or more ",dd" groups, then ",ddd" and no more digits.
func indianGroups(s string) bool {
	pairs := 0
	for len(s) >= 3 && s[0] == ',' && isDigit(s[1]) && isDigit(s[2]) {
		if len(s) >= 4 && isDigit(s[3]) {
			return pairs > 0 && threeDigits(s[1:]) && !(len(s) > 5 && s[4] == ',' && isDigit(s[5]))
		}
		pairs++
		s = s[3:]
	}
	return false
}

// englishGroups reports English digit grouping at the start of s:
// ",000" or two groups ",ddd,ddd".
func englishGroups(s string) bool {
	if len(s) < 4 || s[0] != ',' || !threeDigits(s[1:]) {
		return false
	}
	return s[1:4] == "000" || len(s) >= 8 && s[4] == ',' && threeDigits(s[5:])
}

// groupsOf reads the groups "Sddd" that follow the digits s[:i], S the
// separator sep, passing each digit to digit, and returns the new end.
func groupsOf(s string, i int, sep byte, digit func(byte), sh *numShape) int {
	for len(s) > i+3 && s[i] == sep && threeDigits(s[i+1:]) {
		for _, c := range []byte(s[i+1 : i+4]) {
			digit(c)
		}
		i += 4
		sh.intDigits += 3
		sh.grouped = true
	}
	return i
}

// dottedGroups reports two groups ".ddd.ddd" at the start of s.
func dottedGroups(s string) bool {
	return len(s) >= 8 && s[0] == '.' && threeDigits(s[1:]) && s[4] == '.' && threeDigits(s[5:])
}

// threeDigits reports whether s starts with exactly three digits.
func threeDigits(s string) bool {
	return len(s) >= 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && (len(s) == 3 || !isDigit(s[3]))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// groupAt returns the length of a group separator at the start of s and its
// class, or 0. When class ≥ 0 only separators of that class count.
func (loc *locale) groupAt(s string, class int) (int, int) {
	for _, g := range loc.groups {
		if (class < 0 || g.class == class) && strings.HasPrefix(s, g.sep) {
			return len(g.sep), g.class
		}
	}
	return 0, -1
}

// ParseNumber parses s, a whole number as the language of tag writes it
// ("1,234,567.89" in English, "1 234 567,89" or "45.000" in French).
func ParseNumber(s string, tag language.Tag) (Decimal, error) {
	loc, ok := localeFor(tag)
	if !ok {
		return Decimal{}, &NumError{"ParseNumber", s, ErrLanguage}
	}
	neg := false
	t := s
	if strings.HasPrefix(t, "-") {
		neg, t = true, t[1:]
	} else if strings.HasPrefix(t, "−") {
		neg, t = true, t[len("−"):]
	}
	d, n, _, err := readNumber(t, loc, false)
	if err == nil && n != len(t) {
		err = ErrSyntax
	}
	if err != nil {
		return Decimal{}, &NumError{"ParseNumber", s, err}
	}
	d.Neg = neg && d.Coef != 0
	return d, nil
}

// FormatNumber writes d as the language of tag writes numbers: English
// "1,234,567.89", French "1 234 567,89" with U+202F between groups.
// ParseNumber reads back an equal value. Trailing zeros after the decimal
// separator are dropped: French "100,000" would read as English grouping.
func FormatNumber(d Decimal, tag language.Tag) string {
	loc, ok := localeFor(tag)
	if !ok {
		loc = english
	}
	for d.Exp < 0 && d.Coef != 0 && d.Coef%10 == 0 {
		d.Coef /= 10
		d.Exp++
	}
	digits := strconv.FormatUint(d.Coef, 10)
	if d.Exp > 0 {
		digits += strings.Repeat("0", int(d.Exp))
	}
	intPart, frac := digits, ""
	if d.Exp < 0 {
		for len(intPart) <= int(-d.Exp) {
			intPart = "0" + intPart
		}
		cut := len(intPart) + int(d.Exp)
		intPart, frac = intPart[:cut], intPart[cut:]
	}
	var b strings.Builder
	if d.Neg && d.Coef != 0 {
		b.WriteByte('-')
	}
	for i := range len(intPart) {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(loc.groups[0].sep)
		}
		b.WriteByte(intPart[i])
	}
	if frac != "" {
		b.WriteByte(loc.decimal)
		b.WriteString(frac)
	}
	return b.String()
}
