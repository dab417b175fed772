package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"diglot.dev/diglot/extract"
	"golang.org/x/text/language"
)

// factWriter prints facts as extraction finds them, without holding them
// all: begin once, write for each batch, end once.
type factWriter interface {
	// begin starts the output for a text in lang, detected with the given
	// confidence (0 when lang was given).
	begin(lang language.Tag, confidence float64) error
	write(facts []extract.Fact) error
	end() error
}

// langCode is the contract's name of lang: its base language ("fr"), "und"
// when unknown.
func langCode(lang language.Tag) string {
	if lang == language.Und {
		return "und" // Base would guess "en"
	}
	base, _ := lang.Base()
	return base.String()
}

// jsonWriter streams {"lang":…,"facts":[…]} followed by a newline, byte for
// byte what encoding/json's Encoder writes for the whole object.
type jsonWriter struct {
	w *bufio.Writer
	n int // facts written
}

func newJSONWriter(w io.Writer) *jsonWriter {
	return &jsonWriter{w: bufio.NewWriter(w)}
}

func (j *jsonWriter) begin(lang language.Tag, _ float64) error {
	code, err := json.Marshal(langCode(lang))
	if err != nil {
		return fmt.Errorf("encode language: %w", err)
	}
	j.w.WriteString(`{"lang":`)
	j.w.Write(code)
	j.w.WriteString(`,"facts":[`)
	return nil
}

func (j *jsonWriter) write(facts []extract.Fact) error {
	for _, f := range facts {
		b, err := json.Marshal(f)
		if err != nil {
			return fmt.Errorf("encode fact %q at byte %d: %w", f.Text, f.Start, err)
		}
		if j.n > 0 {
			j.w.WriteByte(',')
		}
		j.w.Write(b)
		j.n++
	}
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

func (j *jsonWriter) end() error {
	j.w.WriteString("]}\n")
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// tableFlushRows is how many rows the table aligns at once: a longer table
// is printed in blocks of this many, each aligned on its own, so that
// memory stays bounded.
const tableFlushRows = 4096

// maxTextRunes is how much of a fact's text the table shows.
const maxTextRunes = 60

// tableWriter prints facts as an aligned table for people, then a count.
type tableWriter struct {
	out        io.Writer
	tw         *tabwriter.Writer
	lang       language.Tag
	confidence float64
	n          int // facts written
	rows       int // rows since the last flush
}

func newTableWriter(w io.Writer) *tableWriter {
	return &tableWriter{out: w, tw: tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}
}

func (t *tableWriter) begin(lang language.Tag, confidence float64) error {
	t.lang, t.confidence = lang, confidence
	return nil
}

func (t *tableWriter) write(facts []extract.Fact) error {
	for _, f := range facts {
		if t.n == 0 {
			fmt.Fprintln(t.tw, "KIND\tVALUE\tUNIT\tRANGE\tAPPROX\tTEXT")
		}
		unit := f.Unit
		if unit == "" {
			unit = "-"
		}
		approx := ""
		if f.Approx {
			approx = "~"
		}
		fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s\t%s\t%s\n", f.Kind, f.Value, unit, span(f.Low, f.High), approx, shortText(f.Text))
		t.n++
		if t.rows++; t.rows >= tableFlushRows {
			if err := t.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

func (t *tableWriter) flush() error {
	t.rows = 0
	if err := t.tw.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

func (t *tableWriter) end() error {
	if err := t.flush(); err != nil {
		return err
	}
	var count string
	switch t.n {
	case 0:
		count = "no facts"
	case 1:
		count = "1 fact"
	default:
		count = fmt.Sprintf("%d facts", t.n)
	}
	var lang string
	switch code := langCode(t.lang); {
	case code == "und":
		lang = " (no text)"
	case t.confidence > 0:
		lang = fmt.Sprintf(" in %s text (detected, confidence %.2f)", languageName(code), t.confidence)
	default:
		lang = fmt.Sprintf(" in %s text", languageName(code))
	}
	if t.n > 0 {
		count = "\n" + count
	}
	if _, err := fmt.Fprintf(t.out, "%s%s\n", count, lang); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// languageName is the English name of the languages diglot reads.
func languageName(code string) string {
	switch code {
	case "en":
		return "English"
	case "fr":
		return "French"
	}
	return code
}

// span shows the interval low–high, or one value when they are equal.
func span(low, high string) string {
	switch {
	case low == "" && high == "":
		return "-"
	case low == high:
		return low
	}
	return low + "–" + high
}

// shortText is text on one line, each run of white space (no-break spaces
// too) shown as one space, cut to maxTextRunes.
func shortText(text string) string {
	s := strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(s) <= maxTextRunes {
		return s
	}
	return string([]rune(s)[:maxTextRunes-1]) + "…"
}
