package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// siteFinding is one line of corpus/site/errors.txt: a deliberate
// difference between the two versions of a story of the bundled site.
type siteFinding struct {
	pair, kind, reason, en, fr string
}

// siteFindings reads corpus/site/errors.txt.
func siteFindings(t *testing.T) []siteFinding {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "corpus", "site", "errors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []siteFinding
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if cols := strings.Split(sc.Text(), "\t"); len(cols) == 5 {
			out = append(out, siteFinding{cols[0], cols[1], cols[2], cols[3], cols[4]})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// reportFact is an aligned fact of `diglot report --format json`.
type reportFact struct {
	Status, Reason string
	EN, FR         *struct{ Text, Value, Unit string }
}

type reportResult struct {
	Pairs []struct {
		EN, FR         struct{ ID, URL, Title string }
		Facts          []reportFact
		Summary        map[string]int
		UntranslatedEN []struct{ Text string } `json:"untranslated_en"`
		UntranslatedFR []struct{ Text string } `json:"untranslated_fr"`
	}
	Summary struct {
		Pairs                 int
		PairsWithMismatch     int `json:"pairs_with_mismatch"`
		PairsWithUntranslated int `json:"pairs_with_untranslated"`
		Facts                 map[string]int
		MismatchByReason      map[string]int `json:"mismatch_by_reason"`
	}
}

func TestReportCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the bundled site")
	}
	_, srv := serveSite(t)
	data := t.TempDir()
	if _, stderr, code := runDiglot(t, nil, "crawl", "--config", writeConfig(t, srv.URL, ""), "--data", data); code != 0 {
		t.Fatalf("crawl: exit %d: %s", code, stderr)
	}
	findings := siteFindings(t)

	out, stderr, code := runDiglot(t, nil, "report", "--data", data, "--format", "json")
	if code != 0 {
		t.Fatalf("report --format json: exit %d: %s", code, stderr)
	}
	var rep reportResult
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	// Every deliberate error is reported, with its reason, and nothing else.
	type mismatch struct{ reason, en, fr string }
	var got, want []mismatch
	for _, p := range rep.Pairs {
		for _, f := range p.Facts {
			if f.Status == "mismatch" {
				got = append(got, mismatch{f.Reason, f.EN.Text, f.FR.Text})
			}
		}
	}
	untranslated := 0
	for _, f := range findings {
		switch f.kind {
		case "error":
			want = append(want, mismatch{f.reason, f.en, f.fr})
		case "untranslated":
			untranslated++
		}
	}
	less := func(a, b mismatch) int { return strings.Compare(a.reason+a.en, b.reason+b.en) }
	slices.SortFunc(got, less)
	slices.SortFunc(want, less)
	if !slices.Equal(got, want) {
		t.Errorf("mismatches reported:\n%q\nwant the site's deliberate errors:\n%q", got, want)
	}
	if rep.Summary.Pairs < 20 || rep.Summary.PairsWithMismatch != len(want) || rep.Summary.PairsWithUntranslated != untranslated {
		t.Errorf("summary %+v: want %d pairs with a mismatch, %d with untranslated paragraphs", rep.Summary, len(want), untranslated)
	}
	// Mismatches first, the most severe first: the scale error leads.
	if len(rep.Pairs) == 0 || !slices.ContainsFunc(rep.Pairs[0].Facts, func(f reportFact) bool { return f.Reason == "scale" }) {
		t.Errorf("the first pair is not the scale error: %+v", rep.Pairs[0].EN)
	}
	for i, p := range rep.Pairs {
		if i > 0 && p.Summary["mismatch"] > 0 && rep.Pairs[i-1].Summary["mismatch"] == 0 {
			t.Errorf("pair %d (%s) has a mismatch but comes after a pair without", i, p.EN.Title)
		}
	}

	// Text: every mismatch with both sentences, numbers marked.
	text, _, code := runDiglot(t, nil, "report", "--data", data)
	if code != 0 {
		t.Fatalf("report: exit %d", code)
	}
	for _, m := range want {
		if !strings.Contains(text, "[["+m.en+"]]") || !strings.Contains(text, "[["+m.fr+"]]") {
			t.Errorf("text report lacks the marked %q / %q", m.en, m.fr)
		}
	}
	if !strings.Contains(text, "UNTRANSLATED PARAGRAPHS") || !strings.Contains(text, "SUMMARY") {
		t.Errorf("text report:\n%s", text)
	}

	// CSV: one row per finding.
	csvOut, _, code := runDiglot(t, nil, "report", "--data", data, "--format", "csv")
	if code != 0 {
		t.Fatalf("report --format csv: exit %d", code)
	}
	rows, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 1+len(want)+untranslated || rows[0][0] != "finding" {
		t.Errorf("csv: %d rows, want a header and %d findings", len(rows), len(want)+untranslated)
	}

	// HTML, to a file: self-contained and escaped.
	page := filepath.Join(t.TempDir(), "report.html")
	if _, stderr, code := runDiglot(t, nil, "report", "--data", data, "--format", "html", "--out", page); code != 0 {
		t.Fatalf("report --format html: exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	html := string(b)
	for _, m := range want {
		if !strings.Contains(html, "<mark>"+htmlEscape(m.en)+"</mark>") {
			t.Errorf("HTML report lacks the marked %q", m.en)
		}
	}
	for _, external := range []string{"<script", "src=", "<link", "@import", "url("} {
		if strings.Contains(html, external) {
			t.Errorf("HTML report refers to something outside it: %q", external)
		}
	}

	// --fail-on mismatch, --since, bad flags.
	if _, _, code := runDiglot(t, nil, "report", "--data", data, "--fail-on", "mismatch"); code != 1 {
		t.Errorf("--fail-on mismatch: exit %d, want 1", code)
	}
	out, _, code = runDiglot(t, nil, "report", "--data", data, "--format", "json", "--since", "2100")
	if code != 0 || !strings.Contains(out, `"pairs":[]`) {
		t.Errorf("--since 2100: exit %d, %s", code, out)
	}
	for _, args := range [][]string{{"--format", "pdf"}, {"--since", "soon"}, {"--fail-on", "rounded"}, {"extra"}} {
		if _, stderr, code := runDiglot(t, nil, append([]string{"report", "--data", data}, args...)...); code != 2 || stderr == "" {
			t.Errorf("report %v: exit %d, want 2 and a message", args, code)
		}
	}
	if _, stderr, code := runDiglot(t, nil, "report", "--data", t.TempDir()); code != 1 || !strings.Contains(stderr, "no store") {
		t.Errorf("report without a store: exit %d, %s", code, stderr)
	}
}

// htmlEscape escapes s as html/template does in text.
func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}
