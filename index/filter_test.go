package index

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// day returns midnight UTC of a date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseFactFilter(t *testing.T) {
	tests := []struct {
		expr string
		want FactFilter
	}{
		{"money>=1e9 USD", FactFilter{Kind: "money", Op: ">=", Number: 1e9, Unit: "USD"}},
		{"money >= 1e9 usd", FactFilter{Kind: "money", Op: ">=", Number: 1e9, Unit: "USD"}},
		{"money>= 1e9", FactFilter{Kind: "money", Op: ">=", Number: 1e9}},
		{"money >=1e9", FactFilter{Kind: "money", Op: ">=", Number: 1e9}},
		{"Money<2.5E+06 eur", FactFilter{Kind: "money", Op: "<", Number: 2.5e6, Unit: "EUR"}},
		{"percent>10", FactFilter{Kind: "percent", Op: ">", Number: 10}},
		{"percent<=-0.5 PP", FactFilter{Kind: "percent", Op: "<=", Number: -0.5, Unit: "pp"}},
		{"percent=9.07 %", FactFilter{Kind: "percent", Op: "=", Number: 9.07, Unit: "%"}},
		{"quantity>1000 tonne", FactFilter{Kind: "quantity", Op: ">", Number: 1000, Unit: "tonne"}},
		{"quantity KM", FactFilter{Kind: "quantity", Unit: "km"}},
		{"ordinal=3", FactFilter{Kind: "ordinal", Op: "=", Number: 3}},
		{"money status=mismatch", FactFilter{Kind: "money", Status: "mismatch"}},
		{"percent concept=Exports", FactFilter{Kind: "percent", Concept: "exports"}},
		{"  money   USD  concept=revenue status=only_fr ", FactFilter{Kind: "money", Unit: "USD", Concept: "revenue", Status: "only_fr"}},
		{"date=2025-Q1", FactFilter{Kind: "date", Op: "=", From: day(2025, 1, 1), To: day(2025, 3, 31)}},
		{"date>=2025-03", FactFilter{Kind: "date", Op: ">=", From: day(2025, 3, 1), To: day(2025, 3, 31)}},
		{"date<2025", FactFilter{Kind: "date", Op: "<", From: day(2025, 1, 1), To: day(2025, 12, 31)}},
		{"date>2025-H2", FactFilter{Kind: "date", Op: ">", From: day(2025, 7, 1), To: day(2025, 12, 31)}},
		{"date=2024-02-29", FactFilter{Kind: "date", Op: "=", From: day(2024, 2, 29), To: day(2024, 2, 29)}},
		{"date=2026/2030", FactFilter{Kind: "date", Op: "=", From: day(2026, 1, 1), To: day(2030, 12, 31)}},
		{"date status=rounded", FactFilter{Kind: "date", Status: "rounded"}},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			got, err := ParseFactFilter(tt.expr)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseFactFilterErrors(t *testing.T) {
	const (
		syntax = "want KIND[OP NUMBER|DATE] [UNIT] [concept=C] [status=S]"
		number = "want an operator = < <= > >= and a number"
		date   = "want an operator = < <= > >= and a date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or a range A/B"
		after  = "the comparison goes right after the kind: " + syntax
		cur    = "unknown currency: want an ISO 4217 code such as USD, EUR or VND"
	)
	tests := []struct{ expr, want string }{
		{"", `--fact "": empty: ` + syntax},
		{"   ", `--fact "   ": empty: ` + syntax},
		{">=1e9", `--fact ">=1e9": ">=1e9": missing kind: ` + syntax},
		{"mony>=1", `--fact "mony>=1": "mony": unknown kind: want money, percent, quantity, date or ordinal`},
		{"money>>1e9", `--fact "money>>1e9": ">>1e9": ` + number},
		{"money1e9", `--fact "money1e9": "1e9": ` + number},
		{"money>=", `--fact "money>=": ">=": ` + number},
		{"money>=abc", `--fact "money>=abc": ">=abc": ` + number},
		{"money!=5", `--fact "money!=5": "!=5": ` + number},
		{"money>=1,5", `--fact "money>=1,5": ">=1,5": ` + number},
		{"money>=inf", `--fact "money>=inf": ">=inf": ` + number},
		{"money>=0x10", `--fact "money>=0x10": ">=0x10": ` + number},
		{"money>=1e999", `--fact "money>=1e999": ">=1e999": number out of range`},
		{"money>=2025-01", `--fact "money>=2025-01": ">=2025-01": ` + number},
		{"date>=1e9", `--fact "date>=1e9": ">=1e9": ` + date},
		{"date>=2025-13", `--fact "date>=2025-13": ">=2025-13": ` + date},
		{"date=2025-Q5", `--fact "date=2025-Q5": "=2025-Q5": ` + date},
		{"date=2025-02-30", `--fact "date=2025-02-30": "=2025-02-30": ` + date},
		{"date=2026/2025", `--fact "date=2026/2025": "=2026/2025": ` + date},
		{"date2025", `--fact "date2025": "2025": ` + date},
		{"money>=1e9 US", `--fact "money>=1e9 US": "US": ` + cur},
		{"money>=1e9 ABC", `--fact "money>=1e9 ABC": "ABC": ` + cur},
		{"percent>10 kg", `--fact "percent>10 kg": "kg": want % or pp (percentage points) as the unit of a percent`},
		{"quantity>1 12", `--fact "quantity>1 12": "12": want a unit word such as tonne, km or person`},
		{"date=2025 km", `--fact "date=2025 km": "km": a date has no unit`},
		{"ordinal=3 th", `--fact "ordinal=3 th": "th": an ordinal has no unit`},
		{"quantity>1 tonne km", `--fact "quantity>1 tonne km": "km": a second unit: give one`},
		{"money foo=bar", `--fact "money foo=bar": "foo=bar": unknown condition: want concept=C or status=S`},
		{"money status=wrong", `--fact "money status=wrong": "status=wrong": unknown status: want match, rounded, mismatch, only_en or only_fr`},
		{"money concept=", `--fact "money concept=": "concept=": empty value`},
		{"money concept=a concept=b", `--fact "money concept=a concept=b": "concept=b": concept given twice`},
		{"money status=match status=rounded", `--fact "money status=match status=rounded": "status=rounded": status given twice`},
		{"money USD >=1e9", `--fact "money USD >=1e9": ">=1e9": ` + after},
		{"money USD =5", `--fact "money USD =5": "=5": ` + after},
		{"money USD x<=3", `--fact "money USD x<=3": "x<=3": ` + after},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			f, err := ParseFactFilter(tt.expr)
			if err == nil {
				t.Fatalf("got %+v, want error %s", f, tt.want)
			}
			var fe *FilterError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T, want *FilterError", err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestFactFilterString(t *testing.T) {
	for _, expr := range []string{
		"money>=1e+09 USD", "percent concept=growth status=match", "date=2025-Q1", "date>=2025-03",
		"date<2025", "date=2024-H2", "date=2024-02-29", "date=2026-01-01/2030-12-31", "quantity<=0.5 km",
	} {
		f, err := ParseFactFilter(expr)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.String(); got != expr {
			t.Errorf("ParseFactFilter(%q).String() = %q", expr, got)
		}
	}
}

func TestFactFilterMatches(t *testing.T) {
	money := func(n float64, unit string) Fact { return Fact{Kind: "money", Number: n, Unit: unit} }
	period := func(v string) Fact {
		from, to, _ := parsePeriod(v)
		return Fact{Kind: "date", Value: v, From: from, To: to}
	}
	tests := []struct {
		expr string
		fact Fact
		want bool
	}{
		{"money>=1e9 USD", money(1e9, "USD"), true},
		{"money>=1e9 USD", money(1e9, "usd"), true},
		{"money>=1e9 USD", money(2e9, "EUR"), false},
		{"money>=1e9 USD", money(5e8, "USD"), false},
		{"money>1e9", money(1e9, "USD"), false},
		{"money<=1e9", money(1e9, "USD"), true},
		{"money=1e9", money(1000000000, "VND"), true},
		{"percent>10", money(20, ""), false},
		{"money concept=revenue", Fact{Kind: "money", Concept: "Revenue"}, true},
		{"money status=mismatch", Fact{Kind: "money", Status: "match"}, false},
		{"date=2025-Q1", period("2025-Q1"), true},
		{"date=2025-Q1", period("2025-01"), false},
		{"date>=2025-03", period("2025-03-01"), true},
		{"date>=2025-03", period("2025"), false},
		{"date<2025", period("2024-12-31"), true},
		{"date<2025", period("2024/2025"), false},
		{"date>2025", period("2026-01"), true},
		{"date>2025", period("2025-12"), false},
		{"date<=2025-Q1", period("2025-03"), true},
		{"date<=2025-Q1", period("2025-04"), false},
		{"date>=2020", Fact{Kind: "date", Value: "XXXX-03"}, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%+v", tt.expr, tt.fact), func(t *testing.T) {
			f, err := ParseFactFilter(tt.expr)
			if err != nil {
				t.Fatal(err)
			}
			if got := f.matches(&tt.fact); got != tt.want {
				t.Errorf("matches = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzParseFactFilter(f *testing.F) {
	for _, s := range []string{
		"money>=1e9 USD", "percent>10", "date=2025-Q1", "date>=2025-03", "quantity>1000 tonne",
		"money status=mismatch", "percent concept=exports", "money >= 1e9", "date=2026/2030",
		"money>>1e9", "ordinal=3 th", "quantity .5 m²", "date<2025-H1 status=only_en",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		got, err := ParseFactFilter(expr)
		if err != nil {
			var fe *FilterError
			if !errors.As(err, &fe) || fe.Expr != expr || fe.Reason == "" {
				t.Fatalf("ParseFactFilter(%q): bad error %#v", expr, err)
			}
			return
		}
		again, err := ParseFactFilter(got.String())
		if err != nil {
			t.Fatalf("ParseFactFilter(%q) = %+v, whose String %q does not parse: %v", expr, got, got.String(), err)
		}
		if diff := cmp.Diff(got, again); diff != "" {
			t.Fatalf("ParseFactFilter(%q) then String %q: mismatch (-first +second):\n%s", expr, got.String(), diff)
		}
	})
}

func ExampleParseFactFilter() {
	f, err := ParseFactFilter("money>=1e9 usd status=mismatch")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %s %g %s %s\n", f.Kind, f.Op, f.Number, f.Unit, f.Status)
	f, _ = ParseFactFilter("date=2025-Q1")
	fmt.Println(f.From.Format(time.DateOnly), f.To.Format(time.DateOnly))
	_, err = ParseFactFilter("money>>1e9")
	fmt.Println(err)
	// Output:
	// money >= 1e+09 USD mismatch
	// 2025-01-01 2025-03-31
	// --fact "money>>1e9": ">>1e9": want an operator = < <= > >= and a number
}
