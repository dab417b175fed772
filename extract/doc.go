// Package extract reads the numbers in English and French news text and turns
// each into a normalized fact: money, percentages, quantities, dates and
// ordinals, with exact decimal values, the interval their stated precision
// allows, and the byte span they were read from.
//
// The package is pure: it does no I/O, reads no clock and logs nothing, and
// it imports only the standard library and golang.org/x/text. Relative and
// yearless dates are resolved against the publication date the caller
// passes in Options, never against time.Now.
//
// Locale differences (decimal and group separators, scale words such as the
// French billion = 10^12, month names, currency words and symbols) live in
// data tables in locale.go, not in branches on the language.
//
// All exported functions are safe for concurrent use.
package extract
