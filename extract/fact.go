package extract

import (
	"fmt"
	"time"

	"golang.org/x/text/language"
)

// Kind is what a fact measures.
type Kind uint8

// The kinds of fact, as named in the JSON contract.
const (
	Money Kind = iota + 1
	Percent
	Quantity
	Date
	Ordinal
)

var kindNames = [...]string{Money: "money", Percent: "percent", Quantity: "quantity", Date: "date", Ordinal: "ordinal"}

// String returns the contract name of k ("money", "percent", …).
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText encodes k as its contract name.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) || kindNames[k] == "" {
		return nil, fmt.Errorf("marshal kind %d: unknown kind", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText decodes a contract name into k.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n != "" && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unmarshal kind %q: unknown kind", b)
}

// Fact is one number as an article states it, normalized. Its JSON encoding
// is the fact record of the command-line contract.
type Fact struct {
	Kind Kind `json:"kind"`
	// Value is an exact decimal string with no exponent ("39888000000000",
	// "9.07"). For dates it is YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn
	// or an inclusive range A/B; a year the text does not give and no
	// publication date supplies is written XXXX.
	Value string `json:"value"`
	// Unit is an ISO 4217 code for money, "%" or "pp" for percentages, a
	// canonical English noun for quantities when known ("year", "tonne"),
	// and empty otherwise.
	Unit string `json:"unit"`
	// Low and High bound the value the stated precision allows, in the same
	// notation as Value.
	Low  string `json:"low"`
	High string `json:"high"`
	// Approx reports a hedge word before the number (about, nearly, more
	// than / environ, près de, plus de…).
	Approx bool `json:"approx"`
	// Text is the span as written; Start and End are UTF-8 byte offsets into
	// the input, End exclusive.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Concept is what the number measures when known, language-neutral
	// ("revenue", "exports"); empty when unknown.
	Concept string `json:"concept,omitempty"`
}

// Options tunes extraction. The zero value is ready to use.
type Options struct {
	// Published is the article's publication date. It resolves relative and
	// yearless dates ("1er juin", "this month"); when zero, a missing year
	// is written XXXX and relative dates are not facts.
	Published time.Time
	// Dollar is the ISO 4217 code of a bare "$" or "dollars"; empty means
	// USD.
	Dollar string
}

// Supported reports whether Extract reads text in the language of tag
// (English or French, any region).
func Supported(tag language.Tag) bool {
	_, ok := localeFor(tag)
	return ok
}
