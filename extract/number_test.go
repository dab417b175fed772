package extract_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"diglot.dev/diglot/extract"
	"golang.org/x/text/language"
)

func TestParseNumber(t *testing.T) {
	en, fr := language.English, language.French
	tests := []struct {
		name string
		in   string
		lang language.Tag
		want string
		err  error
	}{
		{"en grouped decimal", "1,234,567.89", en, "1234567.89", nil},
		{"en comma is a group", "1,500", en, "1500", nil},
		{"en space group", "40 000", en, "40000", nil},
		{"fr decimal comma", "1,5", fr, "1.5", nil},
		{"fr space group", "1 234 567,89", fr, "1234567.89", nil},
		{"fr nbsp group", "39\u00a0888", fr, "39888", nil},
		{"fr narrow nbsp group", "39\u202f888", fr, "39888", nil},
		{"fr thin space group", "12\u2009500", fr, "12500", nil},
		{"fr dot group", "45.000", fr, "45000", nil},
		{"fr dot decimal", "3.5", fr, "3.5", nil},
		{"swiss apostrophe", "1'250", fr, "1250", nil},
		{"negative", "-4.5", en, "-4.5", nil},
		{"unicode minus", "−4,5", fr, "-4.5", nil},
		{"exponent", "1.3e6", en, "1300000", nil},
		{"leading zeros", "007", en, "7", nil},
		{"four-digit first group is not grouped", "1800 1091", en, "", extract.ErrSyntax},
		{"mixed separators", "1,234 567", en, "", extract.ErrSyntax},
		{"empty", "", en, "", extract.ErrSyntax},
		{"letters", "12a", en, "", extract.ErrSyntax},
		{"too many digits", strings.Repeat("9", 25), en, "", extract.ErrRange},
		{"unsupported language", "12", language.German, "", extract.ErrLanguage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := extract.ParseNumber(tt.in, tt.lang)
			if tt.err != nil {
				var ne *extract.NumError
				if !errors.Is(err, tt.err) || !errors.As(err, &ne) || ne.Num != tt.in {
					t.Fatalf("ParseNumber(%q) error = %v, want a *NumError wrapping %v", tt.in, err, tt.err)
				}
				return
			}
			if err != nil || d.String() != tt.want {
				t.Fatalf("ParseNumber(%q) = %s, %v; want %s", tt.in, d, err, tt.want)
			}
		})
	}
}

func ExampleParseNumber() {
	fr, _ := extract.ParseNumber("39 888,5", language.French)
	en, _ := extract.ParseNumber("39,888.5", language.English)
	fmt.Println(fr, en, fr.Cmp(en) == 0)
	_, err := extract.ParseNumber("1800 1091", language.English)
	fmt.Println(err)
	// Output:
	// 39888.5 39888.5 true
	// extract.ParseNumber: parsing "1800 1091": invalid syntax
}

func ExampleFormatNumber() {
	d := extract.Decimal{Coef: 3988, Exp: 10}
	fmt.Println(extract.FormatNumber(d, language.English))
	fmt.Printf("%q\n", extract.FormatNumber(extract.Decimal{Coef: 907, Exp: -2}, language.French))
	// Output:
	// 39,880,000,000,000
	// "9,07"
}

// FuzzParseNumber checks that the number reader never panics and that a
// formatted value reads back equal, in both languages.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1,234,567.89", "1 234 567,89", "45.000", "1'250", "-4,5", "1e10", "0.08",
		"1800 1091", "39\u202f888", "", "9,07", "12.5e-3"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, french bool) {
		lang := fuzzLang(french)
		d, err := extract.ParseNumber(s, lang)
		if err != nil {
			return
		}
		out := extract.FormatNumber(d, lang)
		back, err := extract.ParseNumber(out, lang)
		if err != nil || back.Cmp(d) != 0 {
			t.Fatalf("ParseNumber(%q) = %s; FormatNumber = %q reads back as %s, %v", s, d, out, back, err)
		}
	})
}

// FuzzExtract checks that extraction never panics and that every fact's
// span lies inside the input, on rune boundaries, in order, without
// overlap, and with Low ≤ Value ≤ High for numbers.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Revenue reached 39.88 trillion VND (1.57 billion USD), up 9.07% on 2023.",
		"un chiffre d'affaires de 39 888 milliards de dongs, en hausse de 9,07 %",
		"between 20 and 25 million dong in the first quarter of 2025, 2026-2030",
		"de 20 à 25 millions de dongs au premier trimestre 2025, quatre-vingt-dix-huit",
		"hotline 1800 1091, 5G, No.2, COVID-19, 10:30, https://x.vn/2024/5",
		"two and a half million, deux tiers, 3 dollars 50 cents, le 1er juin 2024",
		"\xff\xfe 12 \x00 %", "$", "€ €", "-", "1,2,3,4",
		"It ran 5 km.\nOr two more, from March 2008 until July 2010 on 20.12.2012; two of the 40.000 million.",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, french bool) {
		lang := fuzzLang(french)
		facts, err := extract.Extract(s, lang, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		end := 0
		for _, x := range facts {
			if x.Start < end || x.End <= x.Start || x.End > len(s) {
				t.Fatalf("fact %+v: span out of order or outside the input (%d bytes)", x, len(s))
			}
			if x.Text != s[x.Start:x.End] || !utf8.ValidString(x.Text) {
				t.Fatalf("fact %+v: text is not the input span or not valid UTF-8", x)
			}
			end = x.End
			if x.Kind == extract.Date || x.Kind == extract.Ordinal {
				continue
			}
			v, err1 := extract.ParseNumber(x.Value, language.English)
			lo, err2 := extract.ParseNumber(x.Low, language.English)
			hi, err3 := extract.ParseNumber(x.High, language.English)
			if err1 != nil || err2 != nil || err3 != nil || lo.Cmp(v) > 0 || v.Cmp(hi) > 0 {
				t.Fatalf("fact %+v: want plain decimals with Low <= Value <= High", x)
			}
		}
	})
}

// fuzzLang maps the fuzzers' language flag to a tag.
func fuzzLang(french bool) language.Tag {
	if french {
		return language.French
	}
	return language.English
}
