package page

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isHTMLSpace reports whether b is white space as HTML defines it (space,
// tab, line feed, form feed, carriage return).
func isHTMLSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// collapse returns s with each run of HTML white space made one space and
// the ends trimmed of any Unicode space. No-break spaces inside the text are
// kept: French numbers are grouped with them.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isHTMLSpace(c) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
	}
	return strings.TrimFunc(b.String(), unicode.IsSpace)
}

// countChars returns the number of characters of s that are not white
// space: the measure of text used by the content scorer.
func countChars(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isHTMLSpace(c) {
				n++
			}
		} else if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// countPunct returns the number of commas and sentence marks in s, a sign
// of prose rather than labels and menus.
func countPunct(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '.', ';', '!', '?':
			n++
		}
	}
	return n
}

// endsSentence reports whether s ends like a sentence (after closing quotes
// and brackets).
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]*`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}

// sameText reports whether a and b are the same text once white space,
// case and punctuation are set aside.
func sameText(a, b string) bool {
	return a != "" && b != "" && textKey(a) == textKey(b)
}

// textKey is the comparison form of a text for sameText: its letters and
// digits, lower-cased.
func textKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// countWords returns the number of runs of non-space characters in s.
func countWords(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := isHTMLSpace(s[i])
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
