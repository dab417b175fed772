package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/extract"
)

func reportCommand() command {
	return command{
		name:    "report",
		summary: "write the consistency report over the stored pairs",
		usage:   reportUsage,
		run:     runReport,
	}
}

type reportFlags struct {
	data   string
	format string
	out    string
	since  string
	failOn string
}

func (f *reportFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.StringVar(&f.data, "data", "", dataFlagHelp)
	fs.StringVar(&f.format, "format", "text", "`format` of the report: text, json, html or csv")
	fs.StringVar(&f.out, "out", "", "write the report to this `file` (replaced whole) instead of standard output")
	fs.StringVar(&f.since, "since", "", "only pairs with a version published on or after this `date` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 when a record of this `status` is found (mismatch)")
	return fs
}

func reportUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot report [--data DIR] [--format text|json|html|csv] [--out FILE] [--since D] [--fail-on mismatch]

Report checks every stored pair of articles: the facts of the English and
the French version are aligned, and every number the translation states
differently is reported, with both sentences and the numbers marked.
Mismatches come first, the most severe first (a scale error such as
billion/milliard before a wrong currency, before a wrong digit); then
the pairs with paragraphs that one version has and the other has not;
then a summary. Facts that agree, and numbers found in one version only,
are counted in the summary and not listed: they are rarely errors.

Formats:
  text   for a terminal (the default)
  json   {"pairs":[{"en":{"id","url","title","published","source"},"fr":{…},
           "facts":[{"status","reason","en":fact|null,"fr":fact|null}…],
           "summary":{"match","rounded","mismatch","only_en","only_fr"},
           "untranslated_en":[{"start","end","text"}…],"untranslated_fr":[…]}…],
          "summary":{"pairs","pairs_with_mismatch","pairs_with_untranslated",
           "facts":{"match",…},"mismatch_by_reason":{reason:count}}}
         with every pair, in report order, and every aligned fact
  html   one self-contained page to open or mail: no external assets
  csv    one row per finding (a mismatch or an untranslated paragraph)

Exit status: 0, or 1 with --fail-on mismatch when a mismatch was found; 1
on other failures, 2 on a usage error.

flags (one dash or two):
`)
	var f reportFlags
	printFlags(w, f.flagSet())
}

func runReport(ctx context.Context, args []string, sio stdio) error {
	var f reportFlags
	err := parseFlagsOnly("report", f.flagSet(), args)
	if err != nil {
		return err
	}
	write, ok := reportWriters[f.format]
	if !ok {
		return usagef("report", "--format %q: want text, json, html or csv", f.format)
	}
	if err := checkFailOn("report", f.failOn); err != nil {
		return err
	}
	since, _, err := parseDay("report", "--since", f.since)
	if err != nil {
		return err
	}
	data := dataDir(f.data)
	if _, err := os.Stat(filepath.Join(data, corpus.FileName)); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no store in %s: run diglot crawl or diglot run first", data)
	}
	store, err := openStore(data)
	if err != nil {
		return err
	}
	rep, err := buildReport(ctx, store, since)
	store.Close()
	if err != nil {
		return err
	}
	rep.Since = since
	if f.out == "" {
		if err := write(sio.out, rep); err != nil {
			return err
		}
	} else if err := writeFileAtomic(f.out, 0o644, func(w io.Writer) error { return write(w, rep) }); err != nil {
		return err
	}
	if f.failOn == "mismatch" && rep.Summary.Facts.Mismatch > 0 {
		return errMismatch
	}
	return nil
}

// consistencyReport is the consistency report over the stored pairs.
type consistencyReport struct {
	Pairs     []reportPair  `json:"pairs"`
	Summary   reportSummary `json:"summary"`
	Since     time.Time     `json:"-"`
	Generated time.Time     `json:"-"`
}

// reportPair is one pair: its two articles and their aligned facts.
type reportPair struct {
	EN             reportArticle     `json:"en"`
	FR             reportArticle     `json:"fr"`
	Facts          []extract.Aligned `json:"facts"`
	Summary        extract.Summary   `json:"summary"`
	UntranslatedEN []reportSpan      `json:"untranslated_en"`
	UntranslatedFR []reportSpan      `json:"untranslated_fr"`
	enText, frText string
	rank           float64 // pairRank, for the order of the report
}

// reportArticle is one version of a pair.
type reportArticle struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Published time.Time `json:"published,omitzero"`
	Source    string    `json:"source"`
}

// reportSpan is an untranslated paragraph.
type reportSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// reportSummary counts the report.
type reportSummary struct {
	Pairs                 int             `json:"pairs"`
	PairsWithMismatch     int             `json:"pairs_with_mismatch"`
	PairsWithUntranslated int             `json:"pairs_with_untranslated"`
	Facts                 extract.Summary `json:"facts"`
	MismatchByReason      map[string]int  `json:"mismatch_by_reason"`
}

// buildReport aligns the facts of every stored pair with a version
// published on or after since (every pair when since is zero), and
// orders the pairs: mismatches first, the most severe first, then pairs
// with untranslated paragraphs, then the rest, newest first within each.
func buildReport(ctx context.Context, store *corpus.Store, since time.Time) (*consistencyReport, error) {
	var pairs []corpus.Pair
	if err := store.Pairs(func(p corpus.Pair) error {
		pairs = append(pairs, p)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("read pairs: %w", err)
	}
	rep := &consistencyReport{Pairs: []reportPair{}, Generated: time.Now(), Summary: reportSummary{MismatchByReason: map[string]int{}}}
	b := newDocBuilder(store)
	for _, p := range pairs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		en, okEN, err := store.Article(p.EN)
		if err != nil {
			return nil, err
		}
		fr, okFR, err := store.Article(p.FR)
		if err != nil {
			return nil, err
		}
		if !okEN || !okFR {
			continue
		}
		if !since.IsZero() && en.Published.Before(since) && fr.Published.Before(since) {
			continue
		}
		rp := reportPair{
			EN:     reportArticle{ID: en.ID, URL: en.URL, Title: en.Title, Published: en.Published, Source: en.Source},
			FR:     reportArticle{ID: fr.ID, URL: fr.URL, Title: fr.Title, Published: fr.Published, Source: fr.Source},
			enText: en.Text(), frText: fr.Text(),
		}
		al := extract.Align(extract.Version{Text: rp.enText, Facts: b.factsOf(en)}, extract.Version{Text: rp.frText, Facts: b.factsOf(fr)})
		rp.Facts, rp.Summary = al.Facts, al.Summary
		if rp.Facts == nil {
			rp.Facts = []extract.Aligned{}
		}
		rp.UntranslatedEN = spansText(rp.enText, al.UntranslatedEN)
		rp.UntranslatedFR = spansText(rp.frText, al.UntranslatedFR)
		rp.rank = pairRank(rp)
		rep.Pairs = append(rep.Pairs, rp)
		s := &rep.Summary
		s.Pairs++
		s.Facts.Match += al.Summary.Match
		s.Facts.Rounded += al.Summary.Rounded
		s.Facts.Mismatch += al.Summary.Mismatch
		s.Facts.OnlyEN += al.Summary.OnlyEN
		s.Facts.OnlyFR += al.Summary.OnlyFR
		if al.Summary.Mismatch > 0 {
			s.PairsWithMismatch++
		}
		if len(rp.UntranslatedEN)+len(rp.UntranslatedFR) > 0 {
			s.PairsWithUntranslated++
		}
		for _, r := range al.Facts {
			if r.Status == extract.Mismatch {
				s.MismatchByReason[string(r.Reason)]++
			}
		}
		if len(b.facts) > 4*indexBatch {
			b.facts = map[string][]extract.Fact{}
		}
	}
	slices.SortStableFunc(rep.Pairs, func(a, b reportPair) int {
		if c := cmp.Compare(b.rank, a.rank); c != 0 {
			return c
		}
		return latest(b).Compare(latest(a))
	})
	return rep, nil
}

// mismatches returns the mismatches of a pair, the most severe first.
func (p *reportPair) mismatches() []extract.Aligned {
	var out []extract.Aligned
	for _, r := range p.Facts {
		if r.Status == extract.Mismatch {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b extract.Aligned) int { return cmp.Compare(severity(b), severity(a)) })
	return out
}

// spansText returns the spans of text with their text.
func spansText(text string, spans []extract.Span) []reportSpan {
	out := make([]reportSpan, 0, len(spans))
	for _, sp := range spans {
		out = append(out, reportSpan{Start: sp.Start, End: sp.End, Text: strings.TrimSpace(text[sp.Start:sp.End])})
	}
	return out
}

// latest returns the later publication time of a pair's versions.
func latest(p reportPair) time.Time {
	if p.EN.Published.After(p.FR.Published) {
		return p.EN.Published
	}
	return p.FR.Published
}

// reasonSeverity ranks the reasons of a mismatch, the most severe highest:
// how far a reader is misled.
var reasonSeverity = map[extract.Reason]float64{
	extract.ReasonScale:    9, // a thousandfold error: billion vs milliard
	extract.ReasonDecimal:  8, // a tenfold or hundredfold error
	extract.ReasonCurrency: 7,
	extract.ReasonPoints:   6, // percent vs percentage points
	extract.ReasonValue:    5,
	extract.ReasonUnit:     4,
	extract.ReasonYear:     3,
	extract.ReasonPeriod:   2,
	extract.ReasonMonth:    1.5,
	extract.ReasonDay:      1,
}

// severity is how severe an aligned record is: 0 unless a mismatch; among
// mismatches of one reason, a larger relative difference of the values is
// more severe.
func severity(r extract.Aligned) float64 {
	if r.Status != extract.Mismatch {
		return 0
	}
	s, ok := reasonSeverity[r.Reason]
	if !ok {
		s = 5
	}
	if r.EN != nil && r.FR != nil {
		a, errA := strconv.ParseFloat(r.EN.Value, 64)
		b, errB := strconv.ParseFloat(r.FR.Value, 64)
		if errA == nil && errB == nil && max(math.Abs(a), math.Abs(b)) > 0 {
			s += 0.5 * math.Abs(a-b) / max(math.Abs(a), math.Abs(b)) // less than the gap between reasons
		}
	}
	return s
}

// pairRank orders pairs: by their most severe mismatch, then (without
// one) pairs with untranslated paragraphs above the rest.
func pairRank(p reportPair) float64 {
	worst := 0.0
	for _, r := range p.Facts {
		worst = max(worst, severity(r))
	}
	if worst > 0 {
		return 10 + worst
	}
	if len(p.UntranslatedEN)+len(p.UntranslatedFR) > 0 {
		return 1
	}
	return 0
}

// reportWriters are the formats of the report.
var reportWriters = map[string]func(io.Writer, *consistencyReport) error{
	"text": writeReportText,
	"json": writeReportJSON,
	"html": writeReportHTML,
	"csv":  writeReportCSV,
}

func writeReportJSON(w io.Writer, rep *consistencyReport) error {
	b, err := json.Marshal(rep)
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func writeReportText(w io.Writer, rep *consistencyReport) error {
	bw := bufio.NewWriter(w)
	s := rep.Summary
	scope := "every stored pair"
	if !rep.Since.IsZero() {
		scope = "pairs published since " + rep.Since.Format("2006-01-02")
	}
	fmt.Fprintf(bw, "Consistency report, %s: %d pairs, %d with numbers stated differently, %d with untranslated paragraphs.\n",
		scope, s.Pairs, s.PairsWithMismatch, s.PairsWithUntranslated)
	if s.Facts.Mismatch > 0 {
		fmt.Fprintf(bw, "\nNUMBERS STATED DIFFERENTLY (%d, the most severe first)\n", s.Facts.Mismatch)
	}
	n := 0
	for _, p := range rep.Pairs {
		if p.Summary.Mismatch == 0 {
			continue
		}
		fmt.Fprintf(bw, "\n%s\n  %s\n  en %s\n  fr %s\n", shorten(p.EN.Title, 100)+"  ↔  "+shorten(p.FR.Title, 100), pairDate(p), p.EN.URL, p.FR.URL)
		for _, r := range p.mismatches() {
			n++
			fmt.Fprintf(bw, "  %d. %s: %s ↔ %s\n", n, reasonText(r.Reason), oneLine(r.EN.Text), oneLine(r.FR.Text))
			fmt.Fprintf(bw, "     en: %s\n", markedSentence(p.enText, r.EN))
			fmt.Fprintf(bw, "     fr: %s\n", markedSentence(p.frText, r.FR))
		}
	}
	if s.PairsWithUntranslated > 0 {
		fmt.Fprintf(bw, "\nUNTRANSLATED PARAGRAPHS (%d pairs)\n", s.PairsWithUntranslated)
		for _, p := range rep.Pairs {
			if len(p.UntranslatedEN)+len(p.UntranslatedFR) == 0 {
				continue
			}
			fmt.Fprintf(bw, "\n%s\n  %s\n  en %s\n  fr %s\n", shorten(p.EN.Title, 100)+"  ↔  "+shorten(p.FR.Title, 100), pairDate(p), p.EN.URL, p.FR.URL)
			for _, sp := range p.UntranslatedEN {
				fmt.Fprintf(bw, "  only in English: %s\n", shorten(sp.Text, 2*sentenceMax))
			}
			for _, sp := range p.UntranslatedFR {
				fmt.Fprintf(bw, "  only in French:  %s\n", shorten(sp.Text, 2*sentenceMax))
			}
		}
	}
	fmt.Fprintf(bw, "\nSUMMARY\n  pairs checked: %d\n", s.Pairs)
	fmt.Fprintf(bw, "  facts: %d match, %d rounded within their precision, %d stated differently, %d only in English, %d only in French\n",
		s.Facts.Match, s.Facts.Rounded, s.Facts.Mismatch, s.Facts.OnlyEN, s.Facts.OnlyFR)
	if len(s.MismatchByReason) > 0 {
		fmt.Fprintf(bw, "  stated differently, by reason: %s\n", reasonCounts(s.MismatchByReason))
	}
	return bw.Flush()
}

// pairDate is the publication date of a pair, as the text report shows it.
func pairDate(p reportPair) string {
	t := latest(p)
	if t.IsZero() {
		return "date unknown"
	}
	return "published " + t.Format("2 Jan 2006")
}

// reasonCounts lists counts by reason, the most frequent first.
func reasonCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", reasonText(extract.Reason(k)), m[k])
	}
	return strings.Join(parts, ", ")
}

// csvHeader names the columns of the CSV report.
var csvHeader = []string{"finding", "reason", "kind", "en_text", "fr_text", "en_value", "fr_value", "en_unit", "fr_unit",
	"en_sentence", "fr_sentence", "published", "en_title", "fr_title", "en_url", "fr_url", "en_id", "fr_id"}

func writeReportCSV(w io.Writer, rep *consistencyReport) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, p := range rep.Pairs {
		published := ""
		if t := latest(p); !t.IsZero() {
			published = t.Format("2006-01-02")
		}
		tail := []string{published, p.EN.Title, p.FR.Title, p.EN.URL, p.FR.URL, p.EN.ID, p.FR.ID}
		for _, r := range p.mismatches() {
			row := []string{"mismatch", string(r.Reason), r.EN.Kind.String(), r.EN.Text, r.FR.Text, r.EN.Value, r.FR.Value, r.EN.Unit, r.FR.Unit,
				plainSentence(p.enText, r.EN), plainSentence(p.frText, r.FR)}
			if err := cw.Write(append(row, tail...)); err != nil {
				return err
			}
		}
		for _, u := range []struct {
			reason string
			spans  []reportSpan
		}{{"only_en", p.UntranslatedEN}, {"only_fr", p.UntranslatedFR}} {
			for _, sp := range u.spans {
				row := []string{"untranslated", u.reason, "", "", "", "", "", "", "", "", ""}
				if u.reason == "only_en" {
					row[9] = sp.Text
				} else {
					row[10] = sp.Text
				}
				if err := cw.Write(append(row, tail...)); err != nil {
					return err
				}
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// plainSentence returns the sentence of text that holds f, on one line.
func plainSentence(text string, f *extract.Fact) string {
	sp := extract.SentenceAt(text, f.Start, f.End)
	return strings.TrimSpace(oneLine(text[sp.Start:sp.End]))
}
