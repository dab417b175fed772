package extract

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math/big"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// TestPeers is a conformance test over the Recognizers-Text and Duckling
// suites in ../shared/testdata/peers (see the README there for the schema).
// It runs the news-relevant files, prints the pass rate of each, and pins
// the current behaviour with testdata/peers-known-failures.txt: the test
// fails when a case off the list fails or a case on the list passes.
//
// How a case is judged (our rule, not the peers': it is deliberately
// tolerant of span conventions, because what we judge is the value):
//
//   - expected == []: the case passes when Extract finds no fact of the
//     kind the file is about: for number files no fact at all whose Value is
//     a decimal number; for currency/money files no Money fact; percent: no
//     Percent; ordinal: no Ordinal; dateperiod: no Date.
//   - Otherwise every expected match must be met by a fact whose span
//     overlaps the expected byte span [byte_start, byte_end) and whose value
//     is equal. Values are compared as exact rationals (math/big.Rat) with
//     the peer's value_norm; when the peer's value is a rounded float (a
//     fractional part and 15 or more significant digits, as in
//     0.333333333333333) they are equal within 1e-9 relative.
//     number files: a fact of any kind with an equal decimal Value;
//     currency/money: a Money fact with an equal value and, when the peer
//     names a currency, that currency: Recognizers' unit_iso, or Duckling's
//     unit when it is a 3-letter code, "£" (GBP) or "€" (EUR). A peer
//     dollar without a country (Recognizers' "Dollar", Duckling's "$", which
//     is its unspecified Dollar constructor) accepts USD or any other dollar
//     code. A peer amount in cents, pence or centimes ("34 cents" = 34
//     Cent) is a hundredth of the currency in our notation (0.34 USD) and
//     is compared so, in any currency. Other unit names (Pound,
//     unknown…) are not checked.
//     Duckling intervals (value null, from/to) pass when each bound given is
//     met by a Money fact equal to it.
//     percent: a Percent fact with unit "%" and an equal value;
//     ordinal: an Ordinal fact with an equal value;
//     dateperiod: a Date fact whose Value equals the peer's TIMEX converted
//     to our notation: "2016" and "2016-03" as they are, whole-quarter
//     ranges "(2017-01-01,2017-04-01,P3M)" → 2017-Q1, whole halves → 2017-H1,
//     a whole year → 2017, whole years "(2010-01-01,2016-01-01,P6Y)" →
//     2010/2015 (the peer's end is exclusive, ours inclusive). Any other
//     TIMEX (days, weeks, seasons, XXXX years…) is out of scope: such a
//     match is not judged, and a case with no match in scope is counted
//     apart as "out of scope".
//   - A match without a numeric value (a relative ordinal such as "end+0",
//     a currency or percent word without an amount) can never be met: such
//     cases fail by design and sit on the known-failures list.
//   - Recognizers' context.ReferenceDateTime and Duckling's
//     context.reference_time become Options.Published; a Duckling locale of
//     a dollar country (EN_CA…) becomes Options.Dollar, as the peer runs
//     those rows with that locale.
//
// The known-failures file lists one case id a line ("recognizers-en-number#12",
// "duckling-fr-money@L57", "duckling-en-money@AU:L23.2": a Duckling line
// shared by several examples gets a 1-based ".n"; a regional corpus its
// region), "#" starts a comment line, and a reason may follow the id after
// " # ". Rewrite it from the current results with
//
//	go test ./extract -run TestPeers -update-known
//
// which keeps the reasons of the lines that stay.
func TestPeers(t *testing.T) {
	if _, err := os.Stat(peersDir); err != nil {
		t.Skipf("peer conformance data not found (%v): TestPeers needs ../shared/testdata/peers beside the checkout", err)
	}
	known, err := readKnownFailures(knownFailuresPath)
	if err != nil && !(*updateKnown && os.IsNotExist(err)) {
		t.Fatalf("%v (create it with: go test ./extract -run TestPeers -update-known)", err)
	}

	var results []*peerFileResult
	for _, pf := range peerFiles {
		t.Run(pf.stem, func(t *testing.T) {
			res := runPeerFile(t, pf, known)
			results = append(results, res)
		})
	}

	ran := make(map[string]*peerFileResult, len(results))
	for _, res := range results {
		ran[res.file.stem] = res
	}
	if !*updateKnown {
		for _, k := range known.entries {
			stem := peerCaseStem(k.id)
			if !slices.ContainsFunc(peerFiles, func(pf peerFile) bool { return pf.stem == stem }) {
				t.Errorf("%s: %s names no peer file that TestPeers runs", knownFailuresPath, k.id)
				continue
			}
			if res := ran[stem]; res != nil && !res.seen[k.id] {
				t.Errorf("%s: %s is no judged case of %s (stale or out of scope): remove it", knownFailuresPath, k.id, stem)
			}
		}
	}

	t.Log("\n" + peerSummary(results, known))

	if *updateKnown {
		n, err := writeKnownFailures(knownFailuresPath, known, results)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d known failures", knownFailuresPath, n)
	}
}

var updateKnown = flag.Bool("update-known", false, "rewrite testdata/peers-known-failures.txt from the current TestPeers results")

const (
	peersDir          = "../../shared/testdata/peers"
	knownFailuresPath = "testdata/peers-known-failures.txt"
)

// peerTopic is what a peer file is about; it decides how its cases are
// judged.
type peerTopic uint8

const (
	peerTopicNumber peerTopic = iota
	peerTopicMoney
	peerTopicPercent
	peerTopicOrdinal
	peerTopicDate
)

type peerFile struct {
	stem  string // file name without .jsonl
	lang  string // "en" or "fr"
	topic peerTopic
}

// peerFiles are the news-relevant peer suites, in report order. Not
// unverified/: those cases fail the peer's own reference implementation.
var peerFiles = []peerFile{
	{"recognizers-en-number", "en", peerTopicNumber},
	{"recognizers-en-currency", "en", peerTopicMoney},
	{"recognizers-en-percent", "en", peerTopicPercent},
	{"recognizers-en-ordinal", "en", peerTopicOrdinal},
	{"recognizers-en-dateperiod", "en", peerTopicDate},
	{"duckling-en-number", "en", peerTopicNumber},
	{"duckling-en-money", "en", peerTopicMoney},
	{"duckling-en-ordinal", "en", peerTopicOrdinal},
	{"recognizers-fr-number", "fr", peerTopicNumber},
	{"recognizers-fr-currency", "fr", peerTopicMoney},
	{"recognizers-fr-percent", "fr", peerTopicPercent},
	{"recognizers-fr-ordinal", "fr", peerTopicOrdinal},
	{"recognizers-fr-dateperiod", "fr", peerTopicDate},
	{"duckling-fr-number", "fr", peerTopicNumber},
	{"duckling-fr-money", "fr", peerTopicMoney},
	{"duckling-fr-ordinal", "fr", peerTopicOrdinal},
}

// peerRow is one JSONL line of a peer file; only the fields the judge reads.
type peerRow struct {
	Source   string      `json:"source"`
	Origin   string      `json:"origin"`
	Case     *int        `json:"case"`
	Line     *int        `json:"line"`
	Lang     string      `json:"lang"`
	Text     string      `json:"text"`
	Context  peerContext `json:"context"`
	Expected []peerMatch `json:"expected"`
}

type peerContext struct {
	ReferenceDateTime string `json:"ReferenceDateTime"` // Recognizers-Text
	Locale            string `json:"locale"`            // Duckling
	ReferenceTime     string `json:"reference_time"`    // Duckling
}

type peerMatch struct {
	Text      string `json:"text"`
	ByteStart int    `json:"byte_start"`
	ByteEnd   int    `json:"byte_end"`
	Value     string `json:"value"`      // "" when null
	ValueNorm string `json:"value_norm"` // "" when null
	Unit      string `json:"unit"`
	UnitISO   string `json:"unit_iso"`
	From      string `json:"from"`
	To        string `json:"to"`
}

// peerCase is one row ready to run.
type peerCase struct {
	id  string
	row peerRow
	tag language.Tag
	opt Options
}

type peerVerdict uint8

const (
	peerPassed peerVerdict = iota
	peerFailed
	peerOutOfScope
)

type peerFileResult struct {
	file                          peerFile
	cases, pass, fail, outOfScope int
	failures                      []peerFailure // in file order
	seen                          map[string]bool
}

type peerFailure struct {
	id, note string // note: why the case cannot pass, when that is structural
}

func runPeerFile(t *testing.T, pf peerFile, known knownFailures) *peerFileResult {
	cases := loadPeerCases(t, pf)
	res := &peerFileResult{file: pf, cases: len(cases), seen: make(map[string]bool, len(cases))}
	for _, c := range cases {
		facts, err := Extract(c.row.Text, c.tag, c.opt)
		if err != nil {
			t.Errorf("%s: Extract(%q): %v", c.id, c.row.Text, err)
		}
		peerCheckSpans(t, c, facts)
		v, note := judgePeerCase(pf.topic, c.row, facts)
		if v == peerOutOfScope {
			res.outOfScope++
			continue
		}
		res.seen[c.id] = true
		_, listed := known.reason[c.id]
		switch v {
		case peerPassed:
			res.pass++
			if listed && !*updateKnown {
				t.Errorf("%s passes now: remove it from %s (or run with -update-known)\n\ttext: %s",
					c.id, knownFailuresPath, peerExcerpt(c.row.Text, c.row.Expected))
			}
		case peerFailed:
			res.fail++
			res.failures = append(res.failures, peerFailure{c.id, note})
			if !listed && !*updateKnown {
				t.Errorf("%s fails and is not on the known-failures list\n\ttext: %s\n\twant: %s\n\tgot:  %s",
					c.id, peerExcerpt(c.row.Text, c.row.Expected), formatPeerMatches(pf.topic, c.row.Expected), peerFormatFacts(facts))
			}
		}
	}
	return res
}

// checkFactSpans reports facts whose span is not a valid piece of the input:
// whatever the list says, offsets must be right.
func peerCheckSpans(tb testing.TB, c peerCase, facts []Fact) {
	tb.Helper()
	for _, f := range facts {
		if f.Start < 0 || f.End > len(c.row.Text) || f.Start > f.End || c.row.Text[f.Start:f.End] != f.Text {
			tb.Errorf("%s: fact %s has span [%d,%d) that does not hold its Text in %q", c.id, peerFormatFact(f), f.Start, f.End, c.row.Text)
		}
	}
}

func loadPeerCases(tb testing.TB, pf peerFile) []peerCase {
	tb.Helper()
	name := filepath.Join(peersDir, pf.stem+".jsonl")
	data, err := os.ReadFile(name)
	if err != nil {
		tb.Fatalf("read peer file: %v", err)
	}
	var rows []peerRow
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r peerRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatalf("%s:%d: %v", name, n, err)
		}
		if r.Lang != pf.lang {
			tb.Fatalf("%s:%d: lang %q in a %s file", name, n, r.Lang, pf.lang)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read %s: %v", name, err)
	}

	// Several Duckling examples share one corpus line: number them.
	type lineKey struct {
		origin string
		line   int
	}
	perLine := make(map[lineKey]int)
	for _, r := range rows {
		if r.Line != nil {
			perLine[lineKey{r.Origin, *r.Line}]++
		}
	}
	nth := make(map[lineKey]int)
	tag := language.Make(pf.lang)
	cases := make([]peerCase, 0, len(rows))
	ids := make(map[string]bool, len(rows))
	for _, r := range rows {
		var id string
		switch {
		case r.Case != nil:
			id = fmt.Sprintf("%s#%d", pf.stem, *r.Case)
		case r.Line != nil:
			k := lineKey{r.Origin, *r.Line}
			nth[k]++
			id = pf.stem + "@"
			if region := peerDucklingRegion(r.Origin); region != "" {
				id += region + ":"
			}
			id += "L" + strconv.Itoa(*r.Line)
			if perLine[k] > 1 {
				id += "." + strconv.Itoa(nth[k])
			}
		default:
			tb.Fatalf("%s: a row has neither case nor line: %q", name, r.Text)
		}
		if ids[id] {
			tb.Fatalf("%s: duplicate case id %s", name, id)
		}
		ids[id] = true
		opt, err := peerOptions(r.Context)
		if err != nil {
			tb.Fatalf("%s: %v", id, err)
		}
		cases = append(cases, peerCase{id: id, row: r, tag: tag, opt: opt})
	}
	return cases
}

// ducklingRegion returns the region of a regional Duckling corpus
// ("Duckling/AmountOfMoney/EN/AU/Corpus.hs" → "AU"), or "".
func peerDucklingRegion(origin string) string {
	dir := path.Dir(origin)
	parent := path.Base(path.Dir(dir))
	if len(parent) == 2 && parent == strings.ToUpper(parent) {
		return path.Base(dir)
	}
	return ""
}

// localeDollars maps a Duckling locale's region to its dollar, where the
// region's currency is one.
var peerLocaleDollars = map[string]string{
	"AU": "AUD", "BZ": "BZD", "CA": "CAD", "JM": "JMD", "NZ": "NZD", "TT": "TTD", "US": "USD",
}

func peerOptions(c peerContext) (Options, error) {
	var opt Options
	switch {
	case c.ReferenceDateTime != "":
		tm, err := time.Parse("2006-01-02T15:04:05", c.ReferenceDateTime)
		if err != nil {
			return opt, fmt.Errorf("parse ReferenceDateTime: %w", err)
		}
		opt.Published = tm
	case c.ReferenceTime != "":
		tm, err := time.Parse(time.RFC3339, c.ReferenceTime)
		if err != nil {
			return opt, fmt.Errorf("parse reference_time: %w", err)
		}
		opt.Published = tm
	}
	if _, region, ok := strings.Cut(c.Locale, "_"); ok {
		opt.Dollar = peerLocaleDollars[region]
	}
	return opt, nil
}

// peerWant is one value an expected match asks for.
type peerWant struct {
	start, end int
	value      string   // dot decimal, or a date in Fact notation; "" = no numeric value
	units      []string // accepted currency codes; nil = any
	note       string   // why value is "", for the known-failures list
}

// judgePeerCase applies the rule in TestPeers' comment. note says why a
// failing case cannot pass whatever the extractor does, when that is so.
func judgePeerCase(topic peerTopic, row peerRow, facts []Fact) (v peerVerdict, note string) {
	if len(row.Expected) == 0 {
		for _, f := range facts {
			if peerFactOfTopic(topic, f) {
				return peerFailed, ""
			}
		}
		return peerPassed, ""
	}
	var wants []peerWant
	for _, m := range row.Expected {
		wants = append(wants, peerWants(topic, m)...)
	}
	if len(wants) == 0 {
		return peerOutOfScope, ""
	}
	v = peerPassed
	for _, w := range wants {
		if w.value == "" {
			v, note = peerFailed, w.note
			continue
		}
		if !slices.ContainsFunc(facts, func(f Fact) bool { return w.metBy(topic, f) }) {
			v = peerFailed
		}
	}
	return v, note
}

// factOfTopic reports whether f is of the kind a file is about.
func peerFactOfTopic(topic peerTopic, f Fact) bool {
	switch topic {
	case peerTopicNumber:
		_, ok := peerParseDecimal(f.Value)
		return ok
	case peerTopicMoney:
		return f.Kind == Money
	case peerTopicPercent:
		return f.Kind == Percent
	case peerTopicOrdinal:
		return f.Kind == Ordinal
	case peerTopicDate:
		return f.Kind == Date
	}
	return false
}

// peerWants turns one expected match into the values it asks for: one, two
// for a Duckling interval, none when it is out of scope.
func peerWants(topic peerTopic, m peerMatch) []peerWant {
	w := peerWant{start: m.ByteStart, end: m.ByteEnd}
	switch topic {
	case peerTopicDate:
		d, ok := peerTimexToDate(m.Value)
		if !ok {
			return nil
		}
		w.value = d
		return []peerWant{w}
	case peerTopicMoney:
		w.units = peerCurrencies(m)
		if peerSubunits[m.Unit] && m.ValueNorm != "" {
			// "34 cents": the peer counts cents, we state 0.34 of the
			// currency; the same fact in another notation.
			if r, ok := peerParseDecimal(m.ValueNorm); ok {
				w.value = r.Quo(r, big.NewRat(100, 1)).FloatString(20)
				return []peerWant{w}
			}
		}
		if m.ValueNorm == "" && (m.From != "" || m.To != "") {
			var ws []peerWant
			for _, bound := range []string{m.From, m.To} {
				if bound != "" {
					b := w
					b.value = bound
					ws = append(ws, b)
				}
			}
			return ws
		}
	}
	w.value = m.ValueNorm
	if w.value == "" {
		if peerRelativeOrdinal.MatchString(m.Value) {
			w.note = fmt.Sprintf("peer: relative ordinal %s (%q), not a number", m.Value, m.Text)
		} else {
			w.note = fmt.Sprintf("peer: %q with no amount, not a fact", m.Text)
		}
	}
	return []peerWant{w}
}

// peerSubunits are the peers' names of a hundredth of a currency.
var peerSubunits = map[string]bool{"Cent": true, "cent": true, "Pence": true, "Penny": true, "Centimes": true, "Centime": true}

var peerRelativeOrdinal = regexp.MustCompile(`^(start|current|end)[+-][0-9]+$`)

func (w peerWant) metBy(topic peerTopic, f Fact) bool {
	if f.Start >= w.end || w.start >= f.End {
		return false
	}
	switch topic {
	case peerTopicNumber:
		return peerDecimalEqual(f.Value, w.value)
	case peerTopicMoney:
		return f.Kind == Money && peerDecimalEqual(f.Value, w.value) && (w.units == nil || slices.Contains(w.units, f.Unit))
	case peerTopicPercent:
		return f.Kind == Percent && f.Unit == "%" && peerDecimalEqual(f.Value, w.value)
	case peerTopicOrdinal:
		return f.Kind == Ordinal && peerDecimalEqual(f.Value, w.value)
	case peerTopicDate:
		return f.Kind == Date && f.Value == w.value
	}
	return false
}

// dollarCodes are the ISO 4217 codes of currencies named dollar.
var peerDollarCodes = []string{
	"USD", "AUD", "BBD", "BMD", "BND", "BSD", "BZD", "CAD", "FJD", "GYD", "HKD", "JMD",
	"KYD", "LRD", "NAD", "NZD", "SBD", "SGD", "SRD", "TTD", "TWD", "XCD",
}

var peerISOCode = regexp.MustCompile(`^[A-Z]{3}$`)

// peerCurrencies returns the codes a Money fact may carry to meet m, or nil
// when the peer names no currency we can check.
func peerCurrencies(m peerMatch) []string {
	switch {
	case m.UnitISO != "":
		return []string{m.UnitISO}
	case m.Unit == "Dollar", m.Unit == "$":
		return peerDollarCodes
	case m.Unit == "£":
		return []string{"GBP"}
	case m.Unit == "€":
		return []string{"EUR"}
	case peerISOCode.MatchString(m.Unit):
		return []string{m.Unit}
	}
	return nil
}

var (
	peerTimexYearOrMonth = regexp.MustCompile(`^\d{4}(-\d{2})?$`)
	peerTimexRange       = regexp.MustCompile(`^\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),P[0-9.A-Z]+\)$`)
)

// timexToDate converts the TIMEX forms our date notation shares with the
// peer; ok is false for the rest (out of scope).
func peerTimexToDate(timex string) (date string, ok bool) {
	if peerTimexYearOrMonth.MatchString(timex) {
		return timex, true
	}
	m := peerTimexRange.FindStringSubmatch(timex)
	if m == nil {
		return "", false
	}
	from, err1 := time.Parse(time.DateOnly, m[1])
	to, err2 := time.Parse(time.DateOnly, m[2]) // exclusive
	if err1 != nil || err2 != nil || from.Day() != 1 || to.Day() != 1 {
		return "", false
	}
	y, mon := from.Year(), int(from.Month())
	switch {
	case mon == 1 && to.Month() == 1 && to.Year() == y+1:
		return strconv.Itoa(y), true
	case mon == 1 && to.Month() == 1 && to.Year() > y+1:
		return fmt.Sprintf("%d/%d", y, to.Year()-1), true
	case (mon-1)%3 == 0 && to.Equal(from.AddDate(0, 3, 0)):
		return fmt.Sprintf("%d-Q%d", y, (mon-1)/3+1), true
	case (mon-1)%6 == 0 && to.Equal(from.AddDate(0, 6, 0)):
		return fmt.Sprintf("%d-H%d", y, (mon-1)/6+1), true
	}
	return "", false
}

var peerDecimalSyntax = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// parseDecimal parses a plain decimal ("-12", "0.25"); it refuses dates,
// ranges and fractions, which big.Rat would read.
func peerParseDecimal(s string) (*big.Rat, bool) {
	if !peerDecimalSyntax.MatchString(s) {
		return nil, false
	}
	return new(big.Rat).SetString(s)
}

// decimalEqual reports whether got equals the peer's want: exactly, or
// within 1e-9 relative when want is a rounded float.
func peerDecimalEqual(got, want string) bool {
	g, ok1 := peerParseDecimal(got)
	w, ok2 := peerParseDecimal(want)
	if !ok1 || !ok2 {
		return false
	}
	if g.Cmp(w) == 0 {
		return true
	}
	if !peerRoundedFloat(want) {
		return false
	}
	diff := new(big.Rat).Sub(g, w)
	diff.Abs(diff)
	bound := new(big.Rat).Abs(w)
	bound.Mul(bound, big.NewRat(1, 1_000_000_000))
	return diff.Cmp(bound) <= 0
}

// roundedFloat reports whether a peer decimal looks like a float printed to
// 15 significant digits (0.333333333333333), not an exact value.
func peerRoundedFloat(s string) bool {
	_, frac, ok := strings.Cut(s, ".")
	if !ok || frac == "" {
		return false
	}
	digits := strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(s), "0")
	return len(digits) >= 15
}

// knownFailures is the parsed known-failures file.
type knownFailures struct {
	entries []knownEntry
	reason  map[string]string // id → reason ("" when none)
}

type knownEntry struct{ id, reason string }

func readKnownFailures(name string) (knownFailures, error) {
	k := knownFailures{reason: make(map[string]string)}
	data, err := os.ReadFile(name)
	if err != nil {
		return k, err
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, reason, _ := strings.Cut(line, " # ")
		id, reason = strings.TrimSpace(id), strings.TrimSpace(reason)
		if strings.ContainsAny(id, " \t") {
			return k, fmt.Errorf("%s:%d: %q is not a case id (a reason goes after \" # \")", name, i+1, line)
		}
		if _, dup := k.reason[id]; dup {
			return k, fmt.Errorf("%s:%d: %s is listed twice", name, i+1, id)
		}
		k.entries = append(k.entries, knownEntry{id, reason})
		k.reason[id] = reason
	}
	return k, nil
}

// peerCaseStem returns the file stem of a case id.
func peerCaseStem(id string) string {
	if i := strings.IndexAny(id, "#@"); i >= 0 {
		return id[:i]
	}
	return id
}

const knownFailuresHeader = `# Peer conformance cases diglot does not pass (TestPeers, extract/peers_test.go).
#
# One case id a line; a reason may follow after " # ". TestPeers fails when a
# listed case passes or an unlisted case fails, so this list only shrinks by
# fixing the extractor or by deciding, with a reason, that the peer is wrong
# for news. Regenerate it from the current results with
#
#	go test ./extract -run TestPeers -update-known
#
# which keeps the reasons of the lines that stay (other comments are not kept).
`

// writeKnownFailures rewrites the list from results. Files that did not
// run (filtered out with -run) keep their old entries.
func writeKnownFailures(name string, old knownFailures, results []*peerFileResult) (int, error) {
	ran := make(map[string]*peerFileResult, len(results))
	for _, res := range results {
		ran[res.file.stem] = res
	}
	var b strings.Builder
	b.WriteString(knownFailuresHeader)
	n := 0
	for _, pf := range peerFiles {
		var entries []knownEntry
		if res := ran[pf.stem]; res != nil {
			for _, f := range res.failures {
				reason, ok := old.reason[f.id]
				if !ok || reason == "" {
					reason = f.note
				}
				entries = append(entries, knownEntry{f.id, reason})
			}
		} else {
			for _, e := range old.entries {
				if peerCaseStem(e.id) == pf.stem {
					entries = append(entries, e)
				}
			}
		}
		if len(entries) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n# %s\n", pf.stem)
		for _, e := range entries {
			b.WriteString(e.id)
			if e.reason != "" {
				b.WriteString(" # " + e.reason)
			}
			b.WriteByte('\n')
		}
		n += len(entries)
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return 0, err
	}
	return n, os.WriteFile(name, []byte(b.String()), 0o644)
}

// peerSummary is the table TestPeers prints: per file, then the totals the
// issue sets targets for.
func peerSummary(results []*peerFileResult, known knownFailures) string {
	var b strings.Builder
	const row = "%-26s %6s %7s %7s %7s %7s\n"
	fmt.Fprintf(&b, row, "peer file", "cases", "passed", "failed", "scope", "rate")
	type total struct{ pass, judged int }
	totals := map[string]*total{"en": {}, "fr": {}}
	for _, r := range results {
		fmt.Fprintf(&b, row, r.file.stem, strconv.Itoa(r.cases), strconv.Itoa(r.pass), strconv.Itoa(r.fail),
			strconv.Itoa(r.outOfScope), peerRate(r.pass, r.pass+r.fail))
		if r.file.topic != peerTopicDate {
			totals[r.file.lang].pass += r.pass
			totals[r.file.lang].judged += r.pass + r.fail
		}
	}
	for _, lt := range []struct{ lang, target string }{{"en", "90%"}, {"fr", "85%"}} {
		t := totals[lt.lang]
		fmt.Fprintf(&b, "%s number+money+percent+ordinal: %d/%d passed, %s (target %s)\n",
			lt.lang, t.pass, t.judged, peerRate(t.pass, t.judged), lt.target)
	}
	b.WriteString("rate = passed/(passed+failed); scope = cases out of scope (date periods outside our date notation), not judged\n")
	// Why the judged cases of the target files fail, from the reasons of
	// the known-failures list.
	for _, lang := range []string{"en", "fr"} {
		why := map[string]int{}
		for _, r := range results {
			if r.file.lang != lang || r.file.topic == peerTopicDate {
				continue
			}
			for _, f := range r.failures {
				reason := known.reason[f.id]
				if reason == "" {
					reason = "(no reason given)"
				}
				why[reason]++
			}
		}
		reasons := slices.Collect(maps.Keys(why))
		slices.SortFunc(reasons, func(a, b string) int { return cmp.Or(why[b]-why[a], strings.Compare(a, b)) })
		fmt.Fprintf(&b, "%s failures by reason:\n", lang)
		for _, reason := range reasons {
			fmt.Fprintf(&b, "%5d  %s\n", why[reason], reason)
		}
	}
	return b.String()
}

func peerRate(n, of int) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
}

// excerpt quotes text, cut around the expected spans when it is long.
func peerExcerpt(text string, ms []peerMatch) string {
	const maxLen = 200
	if len(text) <= maxLen {
		return strconv.Quote(text)
	}
	start, end := 0, maxLen
	if len(ms) > 0 {
		start, end = ms[0].ByteStart, ms[0].ByteEnd
		for _, m := range ms[1:] {
			start, end = min(start, m.ByteStart), max(end, m.ByteEnd)
		}
		start, end = max(0, start-60), min(len(text), end+60)
	}
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	q := strconv.Quote(text[start:end])
	if start > 0 {
		q = "…" + q
	}
	if end < len(text) {
		q += "…"
	}
	return q + fmt.Sprintf(" (bytes %d-%d of %d)", start, end, len(text))
}

func formatPeerMatches(topic peerTopic, ms []peerMatch) string {
	if len(ms) == 0 {
		return "no " + [...]string{"number", "money", "percent", "ordinal", "date"}[topic] + " fact"
	}
	var parts []string
	for _, m := range ms {
		v := m.ValueNorm
		switch {
		case topic == peerTopicDate:
			v = m.Value
			if d, ok := peerTimexToDate(m.Value); ok {
				v = d + " (" + m.Value + ")"
			}
		case v == "" && (m.From != "" || m.To != ""):
			v = "[" + m.From + "," + m.To + "]"
		case v == "":
			v = "no value (" + strconv.Quote(m.Value) + ")"
		}
		if m.UnitISO != "" {
			v += " " + m.UnitISO
		} else if m.Unit != "" {
			v += " " + m.Unit
		}
		parts = append(parts, fmt.Sprintf("%s [%d,%d) %q", v, m.ByteStart, m.ByteEnd, m.Text))
	}
	return strings.Join(parts, "; ")
}

func peerFormatFacts(facts []Fact) string {
	if len(facts) == 0 {
		return "no facts"
	}
	const maxFacts = 8
	var parts []string
	for i, f := range facts {
		if i == maxFacts {
			parts = append(parts, fmt.Sprintf("… %d more", len(facts)-maxFacts))
			break
		}
		parts = append(parts, peerFormatFact(f))
	}
	return strings.Join(parts, "; ")
}

func peerFormatFact(f Fact) string {
	s := f.Kind.String() + " " + f.Value
	if f.Unit != "" {
		s += " " + f.Unit
	}
	return fmt.Sprintf("%s [%d,%d) %q", s, f.Start, f.End, f.Text)
}
