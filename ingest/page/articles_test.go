package page

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// articlesDir is the shared evaluation set of real news pages.
const articlesDir = "../../../shared/testdata/articles"

var dumpDir = flag.String("dump", "", "write each evaluation page's extracted text and ground truth to this directory")

// article is one page of the evaluation set with its ground truth.
type article struct {
	Name        string
	HTML        []byte
	URL         string   `json:"url"`
	Lang        string   `json:"lang"`
	Title       *string  `json:"title"`
	Body        *string  `json:"body"`
	GroundTruth string   `json:"ground_truth"`
	With        []string `json:"with"`
	Without     []string `json:"without"`
	Authors     []string `json:"authors"`
	Published   *string  `json:"published"`
	Derived     struct {
		Canonical string            `json:"canonical"`
		Hreflang  map[string]string `json:"hreflang"`
	} `json:"derived_from_html"`

	page *Page
}

// scored is the text the body metrics score: Lead then Body.
func (a *article) scored() string {
	parts := a.page.Body
	if a.page.Lead != "" {
		parts = append([]string{a.page.Lead}, parts...)
	}
	return strings.Join(parts, "\n\n")
}

var (
	articlesOnce sync.Once
	articlesAll  []*article
	articlesErr  error
)

// loadArticles reads and parses every page of the evaluation set once; it
// skips the test when the set is absent.
func loadArticles(tb testing.TB) []*article {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(articlesDir, "index.tsv")); err != nil {
		tb.Skipf("evaluation set %s absent: %v", articlesDir, err)
	}
	articlesOnce.Do(func() { articlesAll, articlesErr = readArticles(true) })
	if articlesErr != nil {
		tb.Fatal(articlesErr)
	}
	return articlesAll
}

// readArticles reads the evaluation set, parsing each page when parse is set.
func readArticles(parse bool) ([]*article, error) {
	f, err := os.Open(filepath.Join(articlesDir, "index.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*article
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		name, _, _ := strings.Cut(sc.Text(), "\t")
		a := &article{Name: name}
		js, err := os.ReadFile(filepath.Join(articlesDir, name+".json"))
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(js, a); err != nil {
			return nil, fmt.Errorf("read %s.json: %w", name, err)
		}
		if a.HTML, err = os.ReadFile(filepath.Join(articlesDir, name+".html")); err != nil {
			return nil, err
		}
		if parse {
			u, err := url.Parse(a.URL)
			if err != nil {
				return nil, fmt.Errorf("url of %s: %w", name, err)
			}
			if a.page, err = Parse(strings.NewReader(string(a.HTML)), u); err != nil {
				return nil, fmt.Errorf("parse %s: %w", name, err)
			}
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

// minFullF1 is the target shingle F1 per language on full-body pages.
const minFullF1 = 0.95

// weakPage is the per-page shingle F1 below which a page is a known
// failure: the test fails when a page not in knownWeak falls below it, and
// when a page of knownWeak rises above it (then it leaves the list).
const weakPage = 0.85

// knownWeak are the pages below weakPage, with the reason.
var knownWeak = map[string]string{
	"sh-042bb7b5feda": "a two-paragraph paywalled body; the ground truth leaves out the standfirst Parse gives as Lead",
}

func TestArticlesF1(t *testing.T) {
	arts := loadArticles(t)
	full := map[string]*shingleScore{}
	segs := map[string]*segmentScore{}
	var lines []string
	for _, a := range arts {
		text := a.scored()
		if *dumpDir != "" {
			dump(t, a, text)
		}
		switch a.GroundTruth {
		case "full":
			if full[a.Lang] == nil {
				full[a.Lang] = &shingleScore{}
			}
			p, r := full[a.Lang].add(*a.Body, text)
			f := pageF1(p, r)
			lines = append(lines, fmt.Sprintf("%-40s %s full  P=%.3f R=%.3f F1=%.3f", a.Name, a.Lang, p, r, f))
			switch {
			case f < weakPage && knownWeak[a.Name] == "":
				t.Errorf("%s: shingle F1 %.3f below %.2f (P=%.3f R=%.3f)", a.Name, f, weakPage, p, r)
			case f >= weakPage && knownWeak[a.Name] != "":
				t.Errorf("%s: shingle F1 %.3f now reaches %.2f: take it out of knownWeak", a.Name, f, weakPage)
			}
		case "segments":
			if segs[a.Lang] == nil {
				segs[a.Lang] = &segmentScore{}
			}
			tp, fn, fp, tn := segs[a.Lang].add(text, a.With, a.Without)
			lines = append(lines, fmt.Sprintf("%-40s %s segs  TP=%d FN=%d FP=%d TN=%d", a.Name, a.Lang, tp, fn, fp, tn))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
	for _, lang := range []string{"en", "fr"} {
		if s := full[lang]; s != nil {
			p, r, f := s.result()
			t.Logf("shingle %s full (%d pages): P=%.3f R=%.3f F1=%.3f", lang, len(s.recs), p, r, f)
			if f < minFullF1 {
				t.Errorf("shingle F1 %s full = %.3f, want ≥ %.2f", lang, f, minFullF1)
			}
		}
		if s := segs[lang]; s != nil {
			p, r, f, acc := s.result()
			t.Logf("segments %s: P=%.3f R=%.3f F1=%.3f accuracy=%.3f", lang, p, r, f, acc)
		}
	}
}

// dump writes the extracted text and the ground truth of a page side by
// side for reading the failures.
func dump(t *testing.T, a *article, text string) {
	t.Helper()
	if err := os.MkdirAll(*dumpDir, 0o755); err != nil {
		t.Fatal(err)
	}
	truth := ""
	if a.Body != nil {
		truth = *a.Body
	} else {
		truth = "WITH:\n" + strings.Join(a.With, "\n") + "\n\nWITHOUT:\n" + strings.Join(a.Without, "\n")
	}
	for name, s := range map[string]string{a.Name + ".got": text, a.Name + ".want": truth} {
		if err := os.WriteFile(filepath.Join(*dumpDir, name), []byte(s+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
