package index

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/currency"
)

// FactFilter is a parsed --fact expression: one fact must meet all of it.
// The zero value of a field means no condition on it.
type FactFilter struct {
	Kind    string    // money, percent, quantity, date, ordinal
	Op      string    // "", =, <, <=, >, >=
	Number  float64   // the number compared (kinds other than date)
	From    time.Time // dates: first day of the period compared (UTC)
	To      time.Time // dates: last day of the period compared
	Unit    string    // ISO 4217 for money, % or pp for percent, lower case otherwise
	Concept string
	Status  string // match, rounded, mismatch, only_en, only_fr
}

// FilterError is a --fact expression that does not parse: Part is the
// piece at fault ("" for the whole), Reason says why.
type FilterError struct{ Expr, Part, Reason string }

// Error returns, for example,
// `--fact "money>>1e9": ">>1e9": want an operator = < <= > >= and a number`.
func (e *FilterError) Error() string {
	if e.Part == "" {
		return fmt.Sprintf("--fact %q: %s", e.Expr, e.Reason)
	}
	return fmt.Sprintf("--fact %q: %q: %s", e.Expr, e.Part, e.Reason)
}

// Kinds and statuses a filter may name.
var (
	factKinds    = []string{"money", "percent", "quantity", "date", "ordinal"}
	factStatuses = []string{"match", "rounded", "mismatch", "only_en", "only_fr"}
)

// Operators, longest first so that "<=" is not read as "<".
var filterOps = []string{">=", "<=", "=", "<", ">"}

var (
	numberRE = regexp.MustCompile(`^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$`)
	dateRE   = regexp.MustCompile(`^([0-9]{4})(?:-(?:([0-9]{2})(?:-([0-9]{2}))?|Q([1-4])|H([12])))?$`)
	unitRE   = regexp.MustCompile(`^[\pL\pN²³/._-]*\pL[\pL\pN²³/._-]*$`)
)

// Reasons shared by several errors.
const (
	wantNumber = "want an operator = < <= > >= and a number"
	wantDate   = "want an operator = < <= > >= and a date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or a range A/B"
	wantSyntax = "want KIND[OP NUMBER|DATE] [UNIT] [concept=C] [status=S]"
)

// ParseFactFilter parses `KIND[OP NUMBER|DATE] [UNIT] [concept=C] [status=S]`,
// e.g. `money>=1e9 USD`, `percent>10`, `date=2025-Q1`, `date>=2025-03`,
// `quantity>1000 tonne`, `money status=mismatch`, `percent concept=exports`.
// Spaces around the operator are allowed (`money >= 1e9`). Kinds and
// statuses are checked; units are upper-cased for currencies (ISO 4217,
// checked), lower-cased otherwise, `%` or `pp` for percent; a date or an
// ordinal takes no unit. Errors are *FilterError.
//
// On dates, `=` keeps a fact whose period is exactly the one given,
// `>=` one that starts on or after its first day, `>` one that starts
// after its last day, `<` one that ends before its first day and `<=` one
// that ends on or before its last day: `date<2025` is a period that ended
// before 2025-01-01.
func ParseFactFilter(expr string) (*FactFilter, error) {
	fail := func(part, reason string) (*FactFilter, error) {
		return nil, &FilterError{Expr: expr, Part: part, Reason: reason}
	}
	toks := strings.Fields(expr)
	if len(toks) == 0 {
		return fail("", "empty: "+wantSyntax)
	}
	var f FactFilter
	head := toks[0]
	toks = toks[1:]
	n := strings.IndexAny(head, "=<>!")
	if n < 0 {
		n = len(head)
	}
	kind, cmp := strings.ToLower(head[:n]), head[n:]
	if !slices.Contains(factKinds, kind) {
		if kind == "" {
			return fail(head, "missing kind: "+wantSyntax)
		}
		if i := strings.IndexFunc(kind, func(r rune) bool { return r >= '0' && r <= '9' }); i > 0 && slices.Contains(factKinds, kind[:i]) {
			return fail(head[i:], wantFor(kind[:i]))
		}
		return fail(head[:n], "unknown kind: want money, percent, quantity, date or ordinal")
	}
	f.Kind = kind
	// The comparison may stand apart: "money >= 1e9", "money >=1e9",
	// "money>= 1e9".
	if cmp == "" && len(toks) > 0 && strings.ContainsAny(toks[0][:1], "=<>!") {
		cmp, toks = toks[0], toks[1:]
	}
	if isOp(cmp) && len(toks) > 0 {
		cmp, toks = cmp+toks[0], toks[1:]
	}
	if cmp != "" {
		if err := f.parseComparison(cmp); err != "" {
			return fail(cmp, err)
		}
	}
	var haveUnit bool
	for _, tok := range toks {
		key, val, isKV := strings.Cut(tok, "=")
		switch {
		case isKV && (key == "" || strings.ContainsAny(key, "<>!")):
			return fail(tok, "the comparison goes right after the kind: "+wantSyntax)
		case isKV:
			key = strings.ToLower(key)
			val = strings.ToLower(val)
			if val == "" {
				return fail(tok, "empty value")
			}
			switch key {
			case "concept":
				if f.Concept != "" {
					return fail(tok, "concept given twice")
				}
				f.Concept = val
			case "status":
				if f.Status != "" {
					return fail(tok, "status given twice")
				}
				if !slices.Contains(factStatuses, val) {
					return fail(tok, "unknown status: want match, rounded, mismatch, only_en or only_fr")
				}
				f.Status = val
			default:
				return fail(tok, "unknown condition: want concept=C or status=S")
			}
		case strings.ContainsAny(tok, "<>!"):
			return fail(tok, "the comparison goes right after the kind: "+wantSyntax)
		default:
			if haveUnit {
				return fail(tok, "a second unit: give one")
			}
			u, reason := parseUnit(f.Kind, tok)
			if reason != "" {
				return fail(tok, reason)
			}
			f.Unit, haveUnit = u, true
		}
	}
	return &f, nil
}

// wantFor is the reason given for a bad comparison on kind.
func wantFor(kind string) string {
	if kind == "date" {
		return wantDate
	}
	return wantNumber
}

// isOp reports whether s is exactly an operator.
func isOp(s string) bool { return slices.Contains(filterOps, s) }

// parseComparison reads OP VALUE into f; it returns the reason it cannot.
func (f *FactFilter) parseComparison(s string) string {
	for _, op := range filterOps {
		v, ok := strings.CutPrefix(s, op)
		if !ok {
			continue
		}
		if f.Kind == "date" {
			from, to, ok := parsePeriod(v)
			if !ok {
				return wantDate
			}
			f.Op, f.From, f.To = op, from, to
			return ""
		}
		if !numberRE.MatchString(v) {
			return wantNumber
		}
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return "number out of range"
		}
		f.Op, f.Number = op, n
		return ""
	}
	return wantFor(f.Kind)
}

// parseUnit checks and normalizes the unit tok of a fact of kind; it
// returns the reason it cannot.
func parseUnit(kind, tok string) (unit, reason string) {
	switch kind {
	case "money":
		u := strings.ToUpper(tok)
		if len(u) != 3 {
			return "", "unknown currency: want an ISO 4217 code such as USD, EUR or VND"
		}
		if _, err := currency.ParseISO(u); err != nil {
			return "", "unknown currency: want an ISO 4217 code such as USD, EUR or VND"
		}
		return u, ""
	case "percent":
		u := strings.ToLower(tok)
		if u != "%" && u != "pp" {
			return "", "want % or pp (percentage points) as the unit of a percent"
		}
		return u, ""
	case "quantity":
		u := strings.ToLower(tok)
		if !unitRE.MatchString(u) {
			return "", "want a unit word such as tonne, km or person"
		}
		return u, ""
	}
	if kind == "ordinal" {
		return "", "an ordinal has no unit"
	}
	return "", "a date has no unit"
}

// parsePeriod reads a date notation (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn,
// YYYY-Hn or a range A/B of those) as its first and last day.
func parsePeriod(s string) (from, to time.Time, ok bool) {
	if a, b, isRange := strings.Cut(s, "/"); isRange {
		from, _, ok1 := parsePeriod(a)
		_, to, ok2 := parsePeriod(b)
		if !ok1 || !ok2 || to.Before(from) {
			return time.Time{}, time.Time{}, false
		}
		return from, to, true
	}
	m := dateRE.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, time.Time{}, false
	}
	year, _ := strconv.Atoi(m[1])
	day := func(mo time.Month, d int) time.Time { return time.Date(year, mo, d, 0, 0, 0, 0, time.UTC) }
	switch {
	case m[3] != "":
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return time.Time{}, time.Time{}, false
		}
		return t, t, true
	case m[2] != "":
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return time.Time{}, time.Time{}, false
		}
		from = day(time.Month(mo), 1)
		return from, from.AddDate(0, 1, -1), true
	case m[4] != "":
		q, _ := strconv.Atoi(m[4])
		from = day(time.Month(3*q-2), 1)
		return from, from.AddDate(0, 3, -1), true
	case m[5] != "":
		h, _ := strconv.Atoi(m[5])
		from = day(time.Month(6*h-5), 1)
		return from, from.AddDate(0, 6, -1), true
	}
	return day(1, 1), day(12, 31), true
}

// periodString writes the period from…to in the shortest notation that
// ParsePeriod reads back.
func periodString(from, to time.Time) string {
	y := from.Year()
	switch {
	case from.Equal(to):
		return from.Format("2006-01-02")
	case from.Day() != 1 || to.AddDate(0, 0, 1).Day() != 1 || to.Year() != y:
	case from.Month() == 1 && to.Month() == 12:
		return fmt.Sprintf("%04d", y)
	case from.Month() == to.Month():
		return from.Format("2006-01")
	case to.Month()-from.Month() == 2 && (from.Month()-1)%3 == 0:
		return fmt.Sprintf("%04d-Q%d", y, (from.Month()-1)/3+1)
	case to.Month()-from.Month() == 5 && (from.Month()-1)%6 == 0:
		return fmt.Sprintf("%04d-H%d", y, (from.Month()-1)/6+1)
	}
	return from.Format("2006-01-02") + "/" + to.Format("2006-01-02")
}

// String returns the filter as a --fact expression that ParseFactFilter
// reads back to the same filter.
func (f *FactFilter) String() string {
	var b strings.Builder
	b.WriteString(f.Kind)
	if f.Op != "" {
		b.WriteString(f.Op)
		if f.Kind == "date" {
			b.WriteString(periodString(f.From, f.To))
		} else {
			b.WriteString(strconv.FormatFloat(f.Number, 'g', -1, 64))
		}
	}
	for _, kv := range [][2]string{{"", f.Unit}, {"concept=", f.Concept}, {"status=", f.Status}} {
		if kv[1] != "" {
			b.WriteString(" " + kv[0] + kv[1])
		}
	}
	return b.String()
}

// matches reports whether fact meets every condition of f, as the index
// query does.
func (f *FactFilter) matches(fact *Fact) bool {
	if strings.ToLower(fact.Kind) != f.Kind ||
		f.Unit != "" && normUnit(fact.Kind, fact.Unit) != f.Unit ||
		f.Concept != "" && strings.ToLower(fact.Concept) != f.Concept ||
		f.Status != "" && fact.Status != f.Status {
		return false
	}
	if f.Op == "" {
		return true
	}
	if f.Kind == "date" {
		if fact.From.IsZero() {
			return false
		}
		from, to := dayNumber(fact.From), dayNumber(fact.To)
		ff, ft := dayNumber(f.From), dayNumber(f.To)
		switch f.Op {
		case "=":
			return from == ff && to == ft
		case ">=":
			return from >= ff
		case ">":
			return from > ft
		case "<":
			return to < ff
		case "<=":
			return to <= ft
		}
		return false
	}
	n := fact.Number
	switch f.Op {
	case "=":
		return n == f.Number
	case ">=":
		return n >= f.Number
	case ">":
		return n > f.Number
	case "<":
		return n < f.Number
	case "<=":
		return n <= f.Number
	}
	return false
}
