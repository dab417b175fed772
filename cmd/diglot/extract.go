package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"diglot.dev/diglot/extract"
	"diglot.dev/diglot/ingest"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

func extractCommand() command {
	return command{
		name:    "extract",
		summary: "print the facts (numbers) of one text or HTML file",
		usage:   extractUsage,
		run:     runExtract,
	}
}

// extractFlags are the flags of diglot extract.
type extractFlags struct {
	lang      string
	json      bool
	published string
	dollar    string
}

func (f *extractFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.StringVar(&f.lang, "lang", "auto", "`language` of the text: en, fr, or auto to detect it")
	fs.BoolVar(&f.json, "json", false, "print JSON instead of a table")
	fs.StringVar(&f.published, "published", "", "publication `date` (YYYY-MM-DD) that resolves yearless and relative dates")
	fs.StringVar(&f.dollar, "dollar", "USD", "ISO 4217 `code` of a bare \"$\" or \"dollars\"")
	return fs
}

func extractUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot extract [--lang en|fr|auto] [--json] [--published YYYY-MM-DD] [--dollar CODE] [FILE|-]

Extract prints the facts of one English or French text: every number it
states (money, percentages, quantities, dates, ordinals), normalized.

FILE is plain UTF-8 text or an HTML page; "-" or no FILE reads standard
input. A page is taken for HTML by its .html or .htm name or by its first
kilobyte (a doctype, <html>, <body> or <p> tag); diglot then reads the text a
reader sees: no head, scripts or styles, a blank line between blocks. HTML
pages are limited to 32 MiB; plain text of any size is read in chunks cut
at paragraph breaks. Invalid UTF-8 and binary data are errors.

With --lang auto (the default) the language is detected from the first
2000 characters; when it is neither English nor French, extract fails and
asks for --lang.

The table shows one fact a line: KIND, VALUE, UNIT (- when none), RANGE
(the low–high interval its stated precision allows), APPROX (~ when a
hedge word such as "about" or "environ" comes before it) and TEXT (the span
as written).

With --json, extract prints one JSON object (here a fact of
corpus/sample/harbour-fr.txt, whose "7,3 %" has a no-break space):

	{"lang":"fr","facts":[{"kind":"percent","value":"7.3","unit":"%","low":"7.25",
	  "high":"7.35","approx":false,"text":"7,3 %","start":630,"end":636}…]}

lang is the language read ("en" or "fr"; "und" for input with no text).
start and end are UTF-8 byte offsets (end exclusive) into the input text;
for HTML, into the visible text, not the page's bytes. concept appears
when known. On failure the output may stop short; the exit status is then 1.

flags (one dash or two):
`)
	var f extractFlags
	printFlags(w, f.flagSet())
}

func runExtract(ctx context.Context, args []string, sio stdio) error {
	var f extractFlags
	operands, err := parseFlags("extract", f.flagSet(), args)
	if err != nil {
		return err
	}
	lang, opt, err := f.options()
	if err != nil {
		return err
	}
	if len(operands) > 1 {
		return usagef("extract", "too many arguments: want one FILE")
	}
	name := "-"
	if len(operands) == 1 {
		name = operands[0]
	}

	r, display, closeFn, err := openInput(sio, name)
	if err != nil {
		return err
	}
	defer closeFn()
	chunks, err := openText(display, r)
	if err != nil {
		return err
	}
	var out factWriter = newTableWriter(sio.out)
	if f.json {
		out = newJSONWriter(sio.out)
	}
	return extractChunks(ctx, display, chunks, lang, opt, extract.Extract, out)
}

// extractFunc is the signature of extract.Extract, which tests replace.
type extractFunc func(text string, lang language.Tag, opt extract.Options) ([]extract.Fact, error)

// options checks the flags and turns them into extract's terms. lang is
// language.Und for auto.
func (f *extractFlags) options() (language.Tag, extract.Options, error) {
	var (
		lang language.Tag
		opt  extract.Options
	)
	switch f.lang {
	case "auto":
		lang = language.Und
	case "en":
		lang = language.English
	case "fr":
		lang = language.French
	default:
		return lang, opt, usagef("extract", "--lang %q: want en, fr or auto", f.lang)
	}
	opt, err := parseExtractOptions("extract", f.published, f.dollar)
	return lang, opt, err
}

// parseExtractOptions checks the --published and --dollar flags of
// command cmd and turns them into extract's options.
func parseExtractOptions(cmd, published, dollar string) (extract.Options, error) {
	var opt extract.Options
	if published != "" {
		t, err := time.Parse(time.DateOnly, published)
		if err != nil {
			return opt, usagef(cmd, "--published %q: want a date as YYYY-MM-DD", published)
		}
		opt.Published = t
	}
	unit, err := currency.ParseISO(dollar)
	if err != nil || strings.EqualFold(dollar, "XXX") {
		return opt, usagef(cmd, "--dollar %q: want an ISO 4217 currency code such as USD or CAD", dollar)
	}
	opt.Dollar = unit.String()
	return opt, nil
}

// extractChunks runs extractFn over each chunk of the text called name and
// writes the facts as they come, their offsets counted from the start of the
// text. When lang is language.Und it is detected from the first chunk that
// is not blank.
func extractChunks(ctx context.Context, name string, chunks *chunker, lang language.Tag, opt extract.Options, extractFn extractFunc, out factWriter) error {
	var (
		detector   *ingest.Detector
		confidence float64 // of a detected language; 0 when given
		started    bool
	)
	if lang == language.Und {
		detector = ingest.NewDetector()
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		c, err := chunks.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return readError(name, err)
		}
		if err := checkText(name, c.offset, c.text); err != nil {
			return err
		}
		if !started {
			if lang == language.Und {
				if strings.TrimSpace(c.text) == "" {
					continue // nothing to detect, nor to extract
				}
				if lang, confidence, err = detect(detector, name, c.text); err != nil {
					return err
				}
			}
			if err := out.begin(lang, confidence); err != nil {
				return err
			}
			started = true
		}
		facts, err := extractFn(c.text, lang, opt)
		if err != nil {
			return fmt.Errorf("extract %s: %w", name, err)
		}
		for i := range facts {
			facts[i].Start += c.offset
			facts[i].End += c.offset
		}
		if err := out.write(facts); err != nil {
			return err
		}
	}
	if !started { // empty or blank input
		if err := out.begin(lang, 0); err != nil {
			return err
		}
	}
	return out.end()
}

// detect returns the language of text, which must be one extract reads.
func detect(d *ingest.Detector, name, text string) (language.Tag, float64, error) {
	lang, confidence := d.Detect(text)
	switch {
	case lang == language.Und:
		return lang, 0, fmt.Errorf("%s: cannot tell the language of the text; pass --lang en or --lang fr", name)
	case !extract.Supported(lang):
		return lang, 0, fmt.Errorf("%s: the text looks like %s (confidence %.2f), not English or French; pass --lang en or --lang fr to read it anyway", name, lang, confidence)
	}
	return lang, confidence, nil
}
