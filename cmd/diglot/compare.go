package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"

	"diglot.dev/diglot/extract"
	"golang.org/x/text/language"
)

func compareCommand() command {
	return command{
		name:    "compare",
		summary: "check the numbers of a French translation against the English",
		usage:   compareUsage,
		run:     runCompare,
	}
}

// compareFlags are the flags of diglot compare.
type compareFlags struct {
	json      bool
	failOn    string
	published string
	dollar    string
}

func (f *compareFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.BoolVar(&f.json, "json", false, "print JSON instead of text")
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 when a record of this `status` is found (mismatch)")
	fs.StringVar(&f.published, "published", "", "publication `date` (YYYY-MM-DD) that resolves yearless and relative dates")
	fs.StringVar(&f.dollar, "dollar", "USD", "ISO 4217 `code` of a bare \"$\" or \"dollars\"")
	return fs
}

func compareUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot compare [--json] [--fail-on mismatch] [--published YYYY-MM-DD] [--dollar CODE] EN FR

Compare reads the English version EN and the French version FR of one
article (plain UTF-8 text or HTML files, "-" for standard input on one
side), extracts the numbers of both, and says for each whether the
translation states it alike:

  match      same value and unit
  rounded    different digits, each the other within its stated precision
             ("39.88 trillion VND" / "39 888 milliards de dongs"), or a
             unit conversion ("100 feet" / "30 mètres")
  mismatch   the versions state it differently, with a reason: value,
             scale (billion/milliard, trillion/billion), decimal_separator,
             currency, unit, percent_vs_points, date_year, date_month,
             date_day, date_period
  only_en    in the English only (an untranslated passage, a dropped number)
  only_fr    in the French only

The text output lists the mismatches first, each with both sentences and
the numbers that differ marked [[like this]], then every other record in a
table, then the paragraphs one version leaves untranslated.

With --json, compare prints one JSON object:

	{"facts":[{"status":"mismatch","reason":"scale","en":FACT,"fr":FACT}…],
	 "summary":{"match":9,"rounded":1,"mismatch":1,"only_en":1,"only_fr":0},
	 "untranslated_en":[{"start":0,"end":262}…],"untranslated_fr":[…]}

where FACT is a fact as "diglot extract --json" prints it (null for the
absent side), with start and end as UTF-8 byte offsets into that side's
text (for HTML, its visible text). The untranslated lists are left out when
empty.

Exit status: 0, or 1 with --fail-on mismatch when a mismatch was found; 1
for unreadable input, 2 for a usage error.

flags (one dash or two):
`)
	var f compareFlags
	printFlags(w, f.flagSet())
}

// errMismatch is returned for --fail-on mismatch when a mismatch was found
// (compare, report).
var errMismatch = errors.New("a translation states some numbers differently (--fail-on mismatch)")

// checkFailOn checks the value of --fail-on.
func checkFailOn(cmd, v string) error {
	if v != "" && v != "mismatch" {
		return usagef(cmd, "--fail-on %q: want mismatch", v)
	}
	return nil
}

func runCompare(ctx context.Context, args []string, sio stdio) error {
	var f compareFlags
	operands, err := parseFlags("compare", f.flagSet(), args)
	if err != nil {
		return err
	}
	if len(operands) != 2 {
		return usagef("compare", "want two files, EN and FR; got %d", len(operands))
	}
	if operands[0] == "-" && operands[1] == "-" {
		return usagef("compare", "only one of EN and FR can be standard input")
	}
	if err := checkFailOn("compare", f.failOn); err != nil {
		return err
	}
	opt, err := parseExtractOptions("compare", f.published, f.dollar)
	if err != nil {
		return err
	}
	en, err := readVersion(ctx, sio, operands[0], language.English, opt)
	if err != nil {
		return err
	}
	fr, err := readVersion(ctx, sio, operands[1], language.French, opt)
	if err != nil {
		return err
	}
	a := extract.Align(en, fr)
	if f.json {
		err = writeAlignmentJSON(sio.out, a)
	} else {
		err = writeAlignmentText(sio.out, operands[0], operands[1], en, fr, a)
	}
	if err != nil {
		return err
	}
	if f.failOn == "mismatch" && a.Summary.Mismatch > 0 {
		return errMismatch
	}
	return nil
}

// readVersion reads the file called name ("-" for standard input) whole and
// extracts its facts in lang.
func readVersion(ctx context.Context, sio stdio, name string, lang language.Tag, opt extract.Options) (extract.Version, error) {
	r, display, closeFn, err := openInput(sio, name)
	if err != nil {
		return extract.Version{}, err
	}
	defer closeFn()
	text, err := readWholeText(display, r)
	if err != nil {
		return extract.Version{}, err
	}
	if err := ctx.Err(); err != nil {
		return extract.Version{}, err
	}
	facts, err := extract.Extract(text, lang, opt)
	if err != nil {
		return extract.Version{}, fmt.Errorf("extract %s: %w", display, err)
	}
	return extract.Version{Text: text, Facts: facts}, nil
}

// alignmentJSON is the contract's shape of a comparison.
type alignmentJSON struct {
	Facts          []extract.Aligned `json:"facts"`
	Summary        extract.Summary   `json:"summary"`
	UntranslatedEN []extract.Span    `json:"untranslated_en,omitempty"`
	UntranslatedFR []extract.Span    `json:"untranslated_fr,omitempty"`
}

func writeAlignmentJSON(w io.Writer, a extract.Alignment) error {
	out := alignmentJSON(a)
	if out.Facts == nil {
		out.Facts = []extract.Aligned{}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return fmt.Errorf("encode comparison: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// sentenceMax is the most of a sentence the text output shows on each side
// of the numbers it marks.
const sentenceMax = 160

func writeAlignmentText(w io.Writer, enName, frName string, en, fr extract.Version, a extract.Alignment) error {
	bw := bufio.NewWriter(w)
	s := a.Summary
	fmt.Fprintf(bw, "%s ↔ %s: %d mismatch, %d match, %d rounded, %d only in English, %d only in French\n",
		enName, frName, s.Mismatch, s.Match, s.Rounded, s.OnlyEN, s.OnlyFR)
	n := 0
	for _, r := range a.Facts {
		if r.Status != extract.Mismatch {
			continue
		}
		n++
		fmt.Fprintf(bw, "\nMISMATCH %d (%s): %s ↔ %s\n", n, reasonText(r.Reason), r.EN.Text, r.FR.Text)
		fmt.Fprintf(bw, "  en: %s\n", markedSentence(en.Text, r.EN))
		fmt.Fprintf(bw, "  fr: %s\n", markedSentence(fr.Text, r.FR))
	}
	if len(a.Facts) > s.Mismatch {
		fmt.Fprintln(bw)
		tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "STATUS\tKIND\tENGLISH\tFRENCH")
		for _, r := range a.Facts {
			if r.Status == extract.Mismatch {
				continue
			}
			kind := ""
			switch {
			case r.EN != nil:
				kind = r.EN.Kind.String()
			case r.FR != nil:
				kind = r.FR.Kind.String()
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Status, kind, factCell(r.EN), factCell(r.FR))
		}
		tw.Flush()
	}
	for _, u := range []struct {
		lang  string
		text  string
		spans []extract.Span
	}{{"English", en.Text, a.UntranslatedEN}, {"French", fr.Text, a.UntranslatedFR}} {
		if len(u.spans) == 0 {
			continue
		}
		fmt.Fprintf(bw, "\nParagraphs only in the %s:\n", u.lang)
		for _, sp := range u.spans {
			fmt.Fprintf(bw, "  - %s\n", strings.TrimSpace(shorten(u.text[sp.Start:sp.End], 2*sentenceMax)))
		}
	}
	return bw.Flush()
}

// reasonText is a mismatch reason as the text output shows it.
func reasonText(r extract.Reason) string {
	return strings.ReplaceAll(string(r), "_", " ")
}

func factCell(f *extract.Fact) string {
	if f == nil {
		return "-"
	}
	return shortText(f.Text)
}

// markedSentence returns the sentence of text holding f, with f marked
// [[like this]] and the sentence cut to sentenceMax bytes on each side.
func markedSentence(text string, f *extract.Fact) string {
	sp := extract.SentenceAt(text, f.Start, f.End)
	before := text[sp.Start:f.Start]
	after := text[f.End:sp.End]
	if len(before) > sentenceMax {
		before = "…" + before[cutStart(before, len(before)-sentenceMax):]
	}
	if len(after) > sentenceMax {
		after = after[:cutStart(after, sentenceMax)] + "…"
	}
	return oneLine(before) + "[[" + oneLine(text[f.Start:f.End]) + "]]" + oneLine(after)
}

// cutStart moves i back to the start of the UTF-8 sequence it falls in.
func cutStart(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// shorten cuts s to about n bytes at a rune boundary, on one line.
func shorten(s string, n int) string {
	if len(s) > n {
		s = s[:cutStart(s, n)] + "…"
	}
	return oneLine(s)
}

// oneLine returns s with each run of white space, line breaks included,
// made one space. No-break spaces are kept: they are how French writes
// "39 888" and "2,4 %", and the reports show numbers as written.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
