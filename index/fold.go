package index

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// foldName is the name the accent-folding token filter is registered under
// in Bleve's registry; the index mapping refers to it by this name, so an
// index can only be opened by a program that links this package.
const foldName = "diglot_fold"

// termsName is the name the tokenizer of term lists is registered under.
const termsName = "diglot_terms"

// termSep separates the terms of a term list (facts, facets): a control
// character no value has, so that values may have spaces.
const termSep = '\x1f'

// init registers the folding filter and the space tokenizer. Bleve's
// analysis registry is global and filled at init time (its own analyzers do
// the same); this is the one init in the package and it has no other
// effect.
func init() {
	if err := registry.RegisterTokenFilter(foldName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	}); err != nil {
		panic(err) // only on a duplicate name: a programming error
	}
	if err := registry.RegisterTokenizer(termsName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return termsTokenizer{}, nil
	}); err != nil {
		panic(err)
	}
}

// termsTokenizer splits a term list at termSep, and does nothing else:
// the fact terms of factTerms, the facet terms. (Bleve's whitespace
// tokenizer decodes and classifies every character, and took 7% of
// indexing time.)
type termsTokenizer struct{}

// Tokenize returns the terms of input.
func (termsTokenizer) Tokenize(input []byte) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, bytes.Count(input, []byte{termSep})+1)
	toks := make([]analysis.Token, 0, cap(out))
	start := 0
	for start < len(input) {
		end := bytes.IndexByte(input[start:], termSep)
		if end < 0 {
			end = len(input)
		} else {
			end += start
		}
		if end > start {
			toks = append(toks, analysis.Token{
				Start: start, End: end, Term: input[start:end],
				Position: len(toks) + 1, Type: analysis.AlphaNumeric,
			})
			out = append(out, &toks[len(toks)-1])
		}
		start = end + 1
	}
	return out
}

// foldFilter folds accents and ligatures out of each token's term (é → e,
// œ → oe, đ → d, ’ → ') and leaves its Start, End and Position alone, so
// that highlight offsets still point into the original text. Bleve's
// asciifolding is a character filter: it rewrites the text before the
// tokenizer and shifts every offset after the first folded character.
type foldFilter struct{}

// Filter folds the terms of input in place.
func (foldFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		if needsFold(tok.Term) {
			tok.Term = fold(tok.Term)
		}
	}
	return input
}

// needsFold reports whether b has a byte outside ASCII.
func needsFold(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// special maps the letters that canonical decomposition leaves whole.
var special = map[rune]string{
	'œ': "oe", 'Œ': "OE", 'æ': "ae", 'Æ': "AE", 'ß': "ss", 'ø': "o", 'Ø': "O",
	'đ': "d", 'Đ': "D", 'ł': "l", 'Ł': "L", 'ı': "i",
	'’': "'", '‘': "'", 'ʼ': "'", '＇': "'",
}

// fold returns b without combining marks after canonical decomposition,
// and with the letters of special replaced.
func fold(b []byte) []byte {
	d := norm.NFD.Bytes(b)
	out := make([]byte, 0, len(d))
	for len(d) > 0 {
		r, n := utf8.DecodeRune(d)
		d = d[n:]
		switch {
		case unicode.Is(unicode.Mn, r):
		case special[r] != "":
			out = append(out, special[r]...)
		default:
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}

// foldString is fold for a string (query terms that Bleve does not analyse:
// wildcards, regular expressions).
func foldString(s string) string {
	if !needsFold([]byte(s)) {
		return s
	}
	return string(fold([]byte(s)))
}
