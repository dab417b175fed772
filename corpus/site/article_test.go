package site

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const goodArticle = `pair: p
title: A title
lead: A lead.
published: 2026-10-14T08:30:00+07:00
modified: 2026-10-14T10:05:00+07:00
section: port
author: Minh Chau
tags: port, investment ,
link: hreflang
meta: jsonld
markup: broken

First paragraph,
on two lines.

## A subheading

Last paragraph.
`

func TestParseArticle(t *testing.T) {
	a, err := parseArticle("en", "slug", []byte(goodArticle))
	if err != nil {
		t.Fatal(err)
	}
	want := &article{
		lang: "en", slug: "slug", pair: "p", title: "A title", lead: "A lead.",
		published: time.Date(2026, 10, 14, 8, 30, 0, 0, time.FixedZone("", 7*3600)),
		modified:  time.Date(2026, 10, 14, 10, 5, 0, 0, time.FixedZone("", 7*3600)),
		section:   "port", author: "Minh Chau", tags: []string{"port", "investment"}, tagSlugs: []string{"port", "investment"}, link: LinkHreflang,
		meta: MetaJSONLD, broken: true,
		body: []block{{text: "First paragraph, on two lines."}, {heading: true, text: "A subheading"}, {text: "Last paragraph."}},
	}
	opts := cmp.Options{cmp.AllowUnexported(article{}, block{}), cmp.Comparer(func(x, y time.Time) bool { return x.Equal(y) })}
	if diff := cmp.Diff(want, a, opts); diff != "" {
		t.Errorf("article mismatch (-want +got):\n%s", diff)
	}
}

func TestParseArticleErrors(t *testing.T) {
	replace := func(old, new string) string { return strings.Replace(goodArticle, old, new, 1) }
	tests := []struct {
		name, data, want string
	}{
		{"no colon", replace("title: A title", "title A title"), "want key: value"},
		{"unknown key", replace("title: A title", "colour: red"), `unknown key "colour"`},
		{"duplicate key", replace("lead: A lead.", "title: Again"), "duplicate key"},
		{"missing lead", replace("lead: A lead.\n", ""), `missing key "lead"`},
		{"bad date", replace("2026-10-14T08:30:00+07:00", "14 October"), "parsing time"},
		{"modified first", replace("modified: 2026-10-14T10:05", "modified: 2026-10-13T10:05"), "modified before published"},
		{"bad link", replace("link: hreflang", "link: magic"), "unknown link style"},
		{"bad meta", replace("meta: jsonld", "meta: rdfa"), "unknown date meta"},
		{"bad charset", replace("markup: broken", "charset: koi8-r"), "unknown charset"},
		{"bad markup", replace("markup: broken", "markup: tidy"), "unknown markup"},
		{"bad section", replace("section: port", "section: sport"), "unknown section"},
		{"link without pair", replace("pair: p\n", ""), "without a pair"},
		{"no body", strings.SplitAfter(goodArticle, "markup: broken\n")[0], "no body paragraph"},
		{"heading last", goodArticle + "\n## Dangling\n", "no body paragraph"},
		{"invalid utf-8", replace("A title", "A \xff title"), "invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseArticle("en", "slug", []byte(tt.data))
			if err == nil {
				t.Fatalf("parseArticle: no error, want %q", tt.want)
			}
			if !errors.Is(err, errArticle) && !strings.Contains(err.Error(), "parsing time") {
				t.Errorf("error %v does not wrap errArticle", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func FuzzParseArticle(f *testing.F) {
	f.Add([]byte(goodArticle))
	f.Add([]byte("title: x\n\n## h\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := parseArticle("fr", "x", data)
		if err != nil {
			return
		}
		if a.title == "" && a.lead == "" && len(a.body) == 0 {
			t.Errorf("parsed an empty article from %q", data)
		}
		if a.body[len(a.body)-1].heading {
			t.Errorf("article ends with a heading")
		}
	})
}

func TestShiftYears(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"in 2025 and 2026-2030.", -1, "in 2024 and 2025-2029."},
		{"2,400 people, 1 990 tonnes, 12 500 milliards", -2, "2,400 people, 1 990 tonnes, 12 500 milliards"},
		{"No.2025 and 20250 and 1.2025 and 2025.5", 3, "No.2025 and 20250 and 1.2025 and 2025.5"},
		{"since 1936, by 2030, 1989 and 2060", 1, "since 1936, by 2031, 1989 and 2060"},
		{"2028-2029 academic year", 0, "2028-2029 academic year"},
		{"(2025)", -1, "(2024)"},
	}
	for _, tt := range tests {
		if got := shiftYears(tt.in, tt.n); got != tt.want {
			t.Errorf("shiftYears(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestSlugify(t *testing.T) {
	tests := map[string]string{
		"port":                     "port",
		"People's Council":         "people-s-council",
		"Économie":                 "economie",
		"Ngân sách đầu tư":         "ngan-sach-dau-tu",
		" investissement  public ": "investissement-public",
	}
	for in, want := range tests {
		if got := slugify(in); got != want {
			t.Errorf("slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGroup(t *testing.T) {
	for n, want := range map[int]string{7: "7", 120: "120", 1234: "1,234", 9819: "9,819", 1234567: "1,234,567"} {
		if got := groupEN(n); got != want {
			t.Errorf("groupEN(%d) = %q, want %q", n, got, want)
		}
	}
	if got := groupFR(12500); got != "12 500" {
		t.Errorf("groupFR(12500) = %q", got)
	}
}

func TestBundledArticles(t *testing.T) {
	arts, err := bundled()
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	pairs := map[string]map[string]*article{}
	for _, a := range arts {
		switch {
		case a.pair == "":
			count[a.lang+" only"]++
		default:
			if pairs[a.pair] == nil {
				pairs[a.pair] = map[string]*article{}
			}
			if pairs[a.pair][a.lang] != nil {
				t.Errorf("pair %s: two %s versions", a.pair, a.lang)
			}
			pairs[a.pair][a.lang] = a
		}
	}
	for key, p := range pairs {
		en, fr := p["en"], p["fr"]
		if en == nil || fr == nil {
			t.Errorf("pair %s: want an English and a French version", key)
			continue
		}
		count["pairs"]++
		if gap := fr.published.Sub(en.published); gap < 0 || gap > 24*time.Hour {
			t.Errorf("pair %s: French published %v after the English, want within a day", key, gap)
		}
		enSec, _ := sectionBySlug("en", en.section)
		frSec, _ := sectionBySlug("fr", fr.section)
		if enSec.key != frSec.key {
			t.Errorf("pair %s: sections %s and %s", key, en.section, fr.section)
		}
		if en.link != fr.link {
			t.Errorf("pair %s: link styles %s and %s, want them reciprocal", key, en.link, fr.link)
		}
	}
	if count["pairs"] < 24 || count["en only"] < 2 || count["fr only"] < 2 || len(pairs) == 0 {
		t.Errorf("bundled articles: %v, want at least 24 pairs and 2 one-language articles in each language", count)
	}
	var vi int
	for _, a := range arts {
		if a.lang == "vi" {
			vi++
			if pairs[a.pair]["en"] == nil {
				t.Errorf("Vietnamese article %s translates no bundled pair", a.slug)
			}
		}
	}
	if vi != 1 {
		t.Errorf("%d Vietnamese articles, want 1", vi)
	}
}
