package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"diglot.dev/diglot/extract"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var testFacts = []extract.Fact{
	{Kind: extract.Money, Value: "12500000000000", Unit: "VND", Low: "12499500000000", High: "12500500000000", Text: "12\u00a0500 milliards de dongs", Start: 47, End: 75},
	{Kind: extract.Percent, Value: "7.3", Unit: "%", Low: "7.25", High: "7.35", Text: "7,3\u202f%", Start: 630, End: 636, Concept: "growth"},
	{Kind: extract.Quantity, Value: "310000", Low: "303800", High: "316200", Approx: true, Text: "about 310,000 <TEU> & \"boxes\"\u2028", Start: 700, End: 735},
	{Kind: extract.Date, Value: "2025/2030", Low: "2025", High: "2030", Text: "2025-2030", Start: 800, End: 809},
}

func TestJSONWriterMatchesEncoding(t *testing.T) {
	tests := []struct {
		name    string
		lang    language.Tag
		batches [][]extract.Fact
	}{
		{"no facts", language.French, nil},
		{"empty batches", language.English, [][]extract.Fact{{}, nil, {}}},
		{"one batch", language.French, [][]extract.Fact{testFacts}},
		{"several batches", language.French, [][]extract.Fact{testFacts[:1], {}, testFacts[1:3], testFacts[3:]}},
		{"no language", language.Und, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got bytes.Buffer
			w := newJSONWriter(&got)
			if err := w.begin(tt.lang, 0.9); err != nil {
				t.Fatal(err)
			}
			all := []extract.Fact{}
			for _, b := range tt.batches {
				if err := w.write(b); err != nil {
					t.Fatal(err)
				}
				all = append(all, b...)
			}
			if err := w.end(); err != nil {
				t.Fatal(err)
			}

			var want bytes.Buffer
			whole := struct {
				Lang  string         `json:"lang"`
				Facts []extract.Fact `json:"facts"`
			}{langCode(tt.lang), all}
			if err := json.NewEncoder(&want).Encode(whole); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				t.Errorf("streamed JSON differs from encoding/json (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTableWriter(t *testing.T) {
	var got bytes.Buffer
	w := newTableWriter(&got)
	if err := w.begin(language.French, 0.987); err != nil {
		t.Fatal(err)
	}
	for _, b := range [][]extract.Fact{testFacts[:2], testFacts[2:]} {
		if err := w.write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.end(); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"KIND      VALUE           UNIT  RANGE                          APPROX  TEXT",
		"money     12500000000000  VND   12499500000000–12500500000000          12 500 milliards de dongs",
		"percent   7.3             %     7.25–7.35                              7,3 %",
		"quantity  310000          -     303800–316200                  ~       about 310,000 <TEU> & \"boxes\"",
		"date      2025/2030       -     2025–2030                              2025-2030",
		"",
		"4 facts in French text (detected, confidence 0.99)",
		"",
	}, "\n")
	if diff := cmp.Diff(want, got.String()); diff != "" {
		t.Errorf("table mismatch (-want +got):\n%s", diff)
	}
}

func TestTableCountLine(t *testing.T) {
	tests := []struct {
		name       string
		lang       language.Tag
		confidence float64
		facts      []extract.Fact
		want       string
	}{
		{"none, given", language.English, 0, nil, "no facts in English text\n"},
		{"no text", language.Und, 0, nil, "no facts (no text)\n"},
		{"one, detected", language.English, 0.5, testFacts[3:], "1 fact in English text (detected, confidence 0.50)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			w := newTableWriter(&out)
			w.begin(tt.lang, tt.confidence)
			w.write(tt.facts)
			w.end()
			lines := strings.SplitAfter(out.String(), "\n")
			if got := lines[len(lines)-2]; got != tt.want {
				t.Errorf("count line = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShortText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"12,5 %", "12,5 %"},
		{"12,5\n\t%", "12,5 %"},
		{"  trois  ", "trois"},
		{strings.Repeat("é", 61), strings.Repeat("é", 59) + "…"},
		{strings.Repeat("é", 60), strings.Repeat("é", 60)},
	}
	for _, tt := range tests {
		if got := shortText(tt.in); got != tt.want {
			t.Errorf("shortText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpan(t *testing.T) {
	tests := []struct{ low, high, want string }{
		{"", "", "-"},
		{"5", "5", "5"},
		{"7.25", "7.35", "7.25–7.35"},
	}
	for _, tt := range tests {
		if got := span(tt.low, tt.high); got != tt.want {
			t.Errorf("span(%q, %q) = %q, want %q", tt.low, tt.high, got, tt.want)
		}
	}
}
