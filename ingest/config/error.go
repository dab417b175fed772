package config

import (
	"strconv"
	"strings"
)

// Error is a mistake in a configuration file: a TOML syntax error, an
// unknown key, a value of the wrong type or out of range. Its message reads
// "FILE:LINE: KEY: CAUSE", for example
//
//	sources.toml:12: source[1].delay: invalid duration "1x": …
//
// with ":COLUMN" after the line for TOML syntax errors, and without the key
// when the mistake is not about one key.
type Error struct {
	File   string // as given to Parse
	Line   int    // 1-based line of the offending key or value
	Column int    // 1-based byte column for TOML syntax errors; 0 otherwise
	Key    string // the key as a path, such as "source[1].delay"; may be empty
	Err    error  // the cause
}

// Error returns the message described on the type.
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteByte(':')
	} else {
		b.WriteString("line ")
	}
	b.WriteString(strconv.Itoa(e.Line))
	if e.Column > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Column))
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause, so that errors.Is and errors.As see it (the
// *regexp/syntax.Error of a bad pattern, the *toml.DecodeError of a syntax
// error).
func (e *Error) Unwrap() error { return e.Err }

// suggest returns the name among known closest to the unknown key, or ""
// when none is close enough to be what the user meant.
func suggest(key string, known []string) string {
	best, bestDist := "", 3
	k := strings.ToLower(key)
	for _, name := range known {
		d := distance(k, name)
		if d < bestDist {
			best, bestDist = name, d
		}
	}
	if bestDist > len(key)/2 {
		return ""
	}
	return best
}

// distance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of two neighbouring bytes
// each count one. Keys longer than 64 bytes are too far from any known key
// to be worth comparing.
func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 64
	}
	// d[i][j] is the distance between a[:i] and b[:j].
	var d [65][65]int
	for i := range len(a) + 1 {
		d[i][0] = i
	}
	for j := range len(b) + 1 {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// displayKey writes a key part as TOML would: bare when it can be, quoted
// otherwise.
func displayKey(name string) string {
	if name == "" {
		return `""`
	}
	for i := range len(name) {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return strconv.Quote(name)
		}
	}
	return name
}
