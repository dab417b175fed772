package main

import (
	"embed"
	"fmt"
	"html/template"
	"io"

	"diglot.dev/diglot/extract"
)

//go:embed templates/report.html
var reportFS embed.FS

// reportTemplate is the HTML report: one page with its style inline and no
// external asset, so that it can be mailed. html/template escapes
// everything crawled.
var reportTemplate = template.Must(template.ParseFS(reportFS, "templates/report.html"))

// htmlRow is one mismatch as the HTML report shows it: each sentence cut
// around its number.
type htmlRow struct {
	N                         int
	Reason                    string
	ENBefore, ENFact, ENAfter string
	FRBefore, FRFact, FRAfter string
}

// htmlPair is one pair in the HTML report.
type htmlPair struct {
	EN, FR         reportArticle
	Date           string
	Rows           []htmlRow
	OnlyEN, OnlyFR []string
}

// htmlReport is what the template reads.
type htmlReport struct {
	*consistencyReport
	Mismatched, Untranslated []htmlPair
	Reasons                  string
}

func writeReportHTML(w io.Writer, rep *consistencyReport) error {
	v := htmlReport{consistencyReport: rep, Reasons: reasonCounts(rep.Summary.MismatchByReason)}
	n := 0
	for i := range rep.Pairs {
		p := &rep.Pairs[i]
		hp := htmlPair{EN: p.EN, FR: p.FR, Date: pairDate(*p)}
		for _, r := range p.mismatches() {
			n++
			row := htmlRow{N: n, Reason: reasonText(r.Reason)}
			row.ENBefore, row.ENFact, row.ENAfter = sentenceParts(p.enText, r.EN)
			row.FRBefore, row.FRFact, row.FRAfter = sentenceParts(p.frText, r.FR)
			hp.Rows = append(hp.Rows, row)
		}
		if len(hp.Rows) > 0 {
			v.Mismatched = append(v.Mismatched, hp)
		}
		if len(p.UntranslatedEN)+len(p.UntranslatedFR) > 0 {
			up := htmlPair{EN: p.EN, FR: p.FR, Date: hp.Date}
			for _, sp := range p.UntranslatedEN {
				up.OnlyEN = append(up.OnlyEN, sp.Text)
			}
			for _, sp := range p.UntranslatedFR {
				up.OnlyFR = append(up.OnlyFR, sp.Text)
			}
			v.Untranslated = append(v.Untranslated, up)
		}
	}
	if err := reportTemplate.Execute(w, v); err != nil {
		return fmt.Errorf("write HTML report: %w", err)
	}
	return nil
}

// sentenceParts returns the sentence of text that holds f, cut to
// sentenceMax bytes on each side: before, the fact as written, after.
func sentenceParts(text string, f *extract.Fact) (before, fact, after string) {
	sp := extract.SentenceAt(text, f.Start, f.End)
	before, after = text[sp.Start:f.Start], text[f.End:sp.End]
	if len(before) > sentenceMax {
		before = "…" + before[cutStart(before, len(before)-sentenceMax):]
	}
	if len(after) > sentenceMax {
		after = after[:cutStart(after, sentenceMax)] + "…"
	}
	return oneLine(before), oneLine(text[f.Start:f.End]), oneLine(after)
}
