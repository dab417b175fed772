package extract

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tkWord tokKind = iota + 1 // a run of letters
	tkNum                     // a number as the locale writes it
	tkSym                     // one other character: $ % - ( …
	tkCode                    // a URL, an e-mail address, an over-long number: never part of a fact
)

// token is one piece of a line. Offsets are into the whole text.
type token struct {
	kind       tokKind
	space      bool // white space (or the start of the line) stands before the token
	upper      bool // word: starts with an upper-case letter
	sym        rune // tkSym
	start, end int
	num        Decimal  // tkNum
	shape      numShape // tkNum
	e          *entry   // tkWord: what the word can be, or nil
}

// tokenizer cuts lines into tokens; its buffer is reused from line to line.
type tokenizer struct {
	loc  *locale
	toks []token
	key  [48]byte
}

// isSpace reports white space, including the no-break spaces French puts
// in numbers and before "%" (U+00A0, U+202F, U+2009 are all White_Space).
func isSpace(r rune) bool { return r == ' ' || r == '\t' || unicode.IsSpace(r) }

// tokenize cuts line, which starts at byte base of the text, into t.toks.
func (t *tokenizer) tokenize(line string, base int) []token {
	toks := t.toks[:0]
	space := true
	mail := strings.IndexByte(line, '@') >= 0 // look for addresses only in lines that may hold one
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				space = true
				i++
				continue
			}
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(line[i:])
			if isSpace(r) {
				space = true
				i += size
				continue
			}
		}
		tk := token{space: space, start: base + i}
		space = false
		switch {
		case tk.space && ((c|0x20 == 'h' || c|0x20 == 'w') && isURLStart(line[i:]) || mail && hasAt(line[i:])):
			n := runLen(line[i:])
			tk.kind, tk.end = tkCode, base+i+n
			i += n
		case isDigit(c) || ((c == '-' || r == '−') && (tk.space || i > 0 && line[i-1] == '(') && i+size < len(line) && isDigit(line[i+size])):
			j := i
			if !isDigit(c) {
				j += size
			}
			inList := j >= 2 && t.loc.altDecimal != 0 && line[j-1] == t.loc.altDecimal && isDigit(line[j-2])
			d, n, sh, err := readNumber(line[j:], t.loc, inList)
			if err == nil {
				if v, m, ok := powerAfter(d, line[j+n:]); m > 0 {
					d, n, sh.frac = v, n+m, true
					if !ok {
						err = ErrRange
					}
				}
			}
			d.Neg = j > i && d.Coef != 0
			tk.kind, tk.num, tk.shape, tk.end = tkNum, d, sh, base+j+n
			if err != nil {
				tk.kind = tkCode
			}
			i = j + n
		case c == t.loc.decimal && tk.space && i+1 < len(line) && isDigit(line[i+1]) &&
			(i == 0 || line[i-1] == ' ' || line[i-1] == '('):
			// ".08", ",08": a decimal with no leading zero.
			d, n, sh, err := readNumber(line[i+1:], t.loc, false)
			if err != nil || sh.grouped || sh.frac {
				tk.kind, tk.sym, tk.end = tkSym, r, base+i+size
				i += size
				break
			}
			d.Exp -= sh.intDigits
			sh.frac, sh.intDigits = true, 0
			tk.kind, tk.num, tk.shape, tk.end = tkNum, d, sh, base+i+1+n
			i += 1 + n
		case isASCIILetter(c) || c >= utf8.RuneSelf && unicode.IsLetter(r):
			// The ASCII letters inline, the rest by letterRunEnd: calling it
			// for every word costs 1% of BenchmarkExtract.
			j := i + size
			for j < len(line) && isASCIILetter(line[j]) {
				j++
			}
			if j < len(line) && line[j] >= utf8.RuneSelf {
				j = letterRunEnd(line, j)
			}
			j = abbrevDots(line, i, j)
			tk.e = t.lookup(line[i:j])
			if k := hyphenWordEnd(line, j); k > 0 {
				// "sous-marins", "e-mails": a counted noun written with a
				// hyphen is one word; other hyphens stay ("quatre-vingts").
				if e := t.lookup(line[i:k]); e != nil && e.counted {
					tk.e, j = e, k
				}
			}
			if j < len(line) && (line[j] == '2' || line[j] == '3') && (j+1 == len(line) || !isDigit(line[j+1]) && !isASCIILetter(line[j+1])) {
				if e := t.lookup(line[i : j+1]); e != nil && e.unit != "" {
					tk.e, j = e, j+1 // km2, m3
				}
			}
			tk.kind, tk.end = tkWord, base+j
			tk.upper = unicode.IsUpper(r)
			i = j
		case vulgarFraction(r) != nil:
			// "½", "2½", "¾": a fraction character, joined to the whole
			// number written right before it.
			v := vulgarFraction(r)
			if n := len(toks); n > 0 && !tk.space && toks[n-1].kind == tkNum && !toks[n-1].shape.frac && !toks[n-1].num.Neg {
				prev := &toks[n-1]
				prev.num = ratDecimal15(new(big.Rat).Add(prev.num.Rat(), v))
				prev.shape.frac, prev.end = true, base+i+size
				i += size
				continue
			}
			tk.kind, tk.num, tk.shape, tk.end = tkNum, ratDecimal15(v), numShape{frac: true}, base+i+size
			i += size
		default:
			tk.kind, tk.sym, tk.end = tkSym, r, base+i+size
			i += size
		}
		toks = append(toks, tk)
	}
	t.toks = toks
	return toks
}

// vulgarFraction returns the value of a Unicode fraction character, or nil.
func vulgarFraction(r rune) *big.Rat {
	if r < '¼' || r > '⅞' || r > '¾' && r < '⅐' {
		return nil
	}
	f, ok := vulgarFractions[r]
	if !ok {
		return nil
	}
	return big.NewRat(int64(f[0]), int64(f[1]))
}

var vulgarFractions = map[rune][2]uint8{
	'¼': {1, 4}, '½': {1, 2}, '¾': {3, 4}, '⅐': {1, 7}, '⅑': {1, 9}, '⅒': {1, 10}, '⅓': {1, 3}, '⅔': {2, 3},
	'⅕': {1, 5}, '⅖': {2, 5}, '⅗': {3, 5}, '⅘': {4, 5}, '⅙': {1, 6}, '⅚': {5, 6}, '⅛': {1, 8}, '⅜': {3, 8},
	'⅝': {5, 8}, '⅞': {7, 8},
}

// abbrevDots extends a one-letter word over a dotted abbreviation such as
// "U.S." or "a.m." and returns the new end. The last dot may be missing
// ("11 a.m, the", "42 L.E"), but not before another letter ("j.smith").
func abbrevDots(line string, i, j int) int {
	if j-i != 1 {
		return j
	}
	k := j
	for k+1 < len(line) && line[k] == '.' && isASCIILetter(line[k+1]) &&
		(k+2 == len(line) || line[k+2] == '.' || line[k+2] < utf8.RuneSelf && !isASCIILetter(line[k+2]) && !isDigit(line[k+2])) {
		k += 2
	}
	if k > j && k < len(line) && line[k] == '.' {
		return k + 1
	}
	return k
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// lookup returns the lexicon entry of word, compared in lower case, with the
// curly apostrophe and dots of abbreviations kept as they are.
func (t *tokenizer) lookup(word string) *entry {
	if len(word) > len(t.key) {
		return nil
	}
	key := t.key[:len(word)]
	h := wordHashInit
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return t.lookupFolded(word)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		key[i] = c
		h = wordHash(h, c)
	}
	e, _ := t.loc.words.get(key, h)
	return e
}

// lookupFolded is lookup for a word with letters outside ASCII.
func (t *tokenizer) lookupFolded(word string) *entry {
	b := t.key[:0]
	for _, r := range word {
		if len(b)+utf8.UTFMax > cap(b) {
			return nil
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	e, _ := t.loc.words.get(b, wordHashOf(b))
	return e
}

// letterRunEnd returns the end of the run of letters (with their marks,
// and ² or ³ for km², m³) that starts at j.
func letterRunEnd(line string, j int) int {
	for j < len(line) {
		if c := line[j]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[j:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '²' && r != '³' {
			break
		}
		j += n
	}
	return j
}

// hyphenWordEnd returns the end of the word after a hyphen at j, or 0
// when no hyphen and letter are there.
func hyphenWordEnd(line string, j int) int {
	if j+2 > len(line) || line[j] != '-' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(line[j+1:]); !unicode.IsLetter(r) {
		return 0
	}
	return letterRunEnd(line, j+1)
}

// isURLStart reports a URL at the start of s.
func isURLStart(s string) bool {
	if len(s) < 5 {
		return false
	}
	switch s[0] | 0x20 {
	case 'h':
		return hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://")
	case 'w':
		return hasPrefixFold(s, "www.")
	}
	return false
}

func hasPrefixFold(s, p string) bool { return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) }

// hasAt reports an e-mail address or handle: an '@' inside the run of
// non-space characters at the start of s.
func hasAt(s string) bool {
	n := runLen(s)
	k := strings.IndexByte(s[:n], '@')
	return k > 0 && k < n-1
}

// runLen is the length of the run of non-space characters at the start of s.
func runLen(s string) int {
	for i, r := range s {
		if isSpace(r) {
			return i
		}
	}
	return len(s)
}
