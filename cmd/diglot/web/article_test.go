package web

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"diglot.dev/diglot/index"
)

// withFact returns f with its offsets set to the first occurrence of
// f.Text in d's text.
func withFact(t testing.TB, d index.Doc, f index.Fact) index.Fact {
	t.Helper()
	i := strings.Index(d.Text(), f.Text)
	if i < 0 {
		t.Fatalf("%q is not in the text of %s", f.Text, d.ID)
	}
	f.Start, f.End = i, i+len(f.Text)
	return f
}

// plain writes pieces as text with the facts in [brackets] followed by
// their class.
func plain(ps []piece) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Fact != nil {
			fmt.Fprintf(&b, "[%s|%s]", p.Text, p.Fact.Class)
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

func TestLayout(t *testing.T) {
	d := index.Doc{ID: "a", Lang: "fr", Title: "Exportations : +12 % en 2025", Lead: "L’État prévoit 2 milliards USD.",
		Body: "Premier paragraphe à 39 888 milliards de dongs.\n\nDeuxième, sans chiffre.\n\n\n\nTroisième : 300 tonnes."}
	text := d.Text()
	at := func(s string) index.Fact {
		i := strings.Index(text, s)
		return index.Fact{Text: s, Start: i, End: i + len(s)}
	}
	f := func(s, status string) index.Fact { x := at(s); x.Status = status; return x }
	tests := []struct {
		name  string
		facts []index.Fact
		title string
		want  []string
	}{
		{"no facts", nil, "Exportations : +12 % en 2025",
			[]string{"L’État prévoit 2 milliards USD.", "Premier paragraphe à 39 888 milliards de dongs.", "Deuxième, sans chiffre.", "Troisième : 300 tonnes."}},
		{"facts everywhere", []index.Fact{f("300 tonnes", "only_fr"), f("12 %", "match"), f("2 milliards USD", "mismatch"), f("39 888 milliards de dongs", "rounded")},
			"Exportations : +[12 %|st-match] en 2025",
			[]string{"L’État prévoit [2 milliards USD|st-mismatch].", "Premier paragraphe à [39 888 milliards de dongs|st-rounded].", "Deuxième, sans chiffre.", "Troisième : [300 tonnes|st-only]."}},
		{"bad offsets left out", []index.Fact{
			{Text: "out", Start: len(text) - 2, End: len(text) + 5},
			{Text: "negative", Start: -1, End: 3},
			{Text: "empty", Start: 4, End: 4},
			{Text: "inside a character", Start: strings.Index(text, "État") + 1, End: strings.Index(text, "État") + 3},
			f("2 milliards", "match"),
			f("milliards USD", "mismatch"), // overlaps the one before
		}, "Exportations : +12 % en 2025",
			[]string{"L’État prévoit [2 milliards|st-match] USD.", "Premier paragraphe à 39 888 milliards de dongs.", "Deuxième, sans chiffre.", "Troisième : 300 tonnes."}},
		{"unknown status", []index.Fact{f("300 tonnes", "weird\"><b>")}, "Exportations : +12 % en 2025",
			[]string{"L’État prévoit 2 milliards USD.", "Premier paragraphe à 39 888 milliards de dongs.", "Deuxième, sans chiffre.", "Troisième : [300 tonnes|st-none]."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := d
			d.Facts = tt.facts
			title, blocks := layout(d, func(_ int, f index.Fact) *factMark { return &factMark{Class: statusClass(f.Status)} })
			var got []string
			for _, b := range blocks {
				got = append(got, plain(b.Pieces))
			}
			if diff := cmp.Diff(tt.title, plain(title)); diff != "" {
				t.Errorf("title mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("blocks mismatch (-want +got):\n%s", diff)
			}
			if !blocks[0].Lead || blocks[1].Lead {
				t.Errorf("the lead is not the first block alone")
			}
		})
	}
}

func TestArticleView(t *testing.T) {
	en := index.Doc{ID: "en1", Lang: "en", Title: "Exports rise 12% in 2025", URL: "https://en.example.vn/exports", Pair: "fr1",
		Body: "Revenue reached 2.5 billion USD. The port handled 300 tonnes."}
	fr := index.Doc{ID: "fr1", Lang: "fr", Title: "Les exportations progressent de 12 % en 2025", URL: "javascript:alert(1)", Pair: "en1",
		Body: "Le chiffre d’affaires a atteint 2,8 milliards USD."}
	en.Facts = []index.Fact{
		withFact(t, en, index.Fact{Kind: "percent", Text: "12%", Status: "match", Other: "12 %"}),
		withFact(t, en, index.Fact{Kind: "money", Concept: "revenue", Text: "2.5 billion USD", Status: "mismatch", Reason: "value differs: 2.5e9 vs 2.8e9", Other: "2,8 milliards USD"}),
		withFact(t, en, index.Fact{Kind: "quantity", Text: "300 tonnes", Status: "only_en"}),
	}
	fr.Facts = []index.Fact{
		withFact(t, fr, index.Fact{Kind: "percent", Text: "12 %", Status: "match", Other: "12%"}),
		withFact(t, fr, index.Fact{Kind: "money", Concept: "revenue", Text: "2,8 milliards USD", Status: "mismatch", Reason: "value differs: 2.5e9 vs 2.8e9", Other: "2.5 billion USD"}),
	}
	s := &fakeSearcher{docs: map[string]index.Doc{"en1": en, "fr1": fr}}

	// Either id shows English on the left, French on the right.
	for _, c := range []struct{ doc, pair index.Doc }{{en, fr}, {fr, en}} {
		id := c.doc.ID
		v := newArticleView(c.doc, &c.pair)
		if len(v.Versions) != 2 || v.Versions[0].Lang != "en" || v.Versions[1].Lang != "fr" {
			t.Fatalf("%s: versions %+v", id, v.Versions)
		}
		want := []mismatchRow{{N: 1, Kind: "money (revenue)", EN: "2.5 billion USD", FR: "2,8 milliards USD", ENRef: "en-fact-2", FRRef: "fr-fact-2", Reason: "value differs: 2.5e9 vs 2.8e9"}}
		if diff := cmp.Diff(want, v.Mismatches); diff != "" {
			t.Errorf("%s: mismatches (-want +got):\n%s", id, diff)
		}
		wantStatuses := []statusCount{{"same in both versions", "st-match", 1}, {"mismatch", "st-mismatch", 1}, {"only in English", "st-only", 1}}
		if diff := cmp.Diff(wantStatuses, v.Statuses); diff != "" {
			t.Errorf("%s: statuses (-want +got):\n%s", id, diff)
		}
		if v.Facts != 3 {
			t.Errorf("%s: %d facts, want 3 (pairs counted once)", id, v.Facts)
		}
		if v.Versions[1].URL != "" {
			t.Errorf("a javascript: URL became a link")
		}
	}

	h := newPage(t, s, Options{})
	resp, body := get(t, h, "/article/fr1")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %s", resp.Status)
	}
	for _, want := range []string{
		`<article class="version" lang="en" id="version-en">`,
		`<article class="version" lang="fr" id="version-fr">`,
		`<mark class="fact st-mismatch" id="en-fact-2" title="money · revenue · mismatch: value differs: 2.5e9 vs 2.8e9 (FR: 2,8 milliards USD)">2.5 billion USD</mark><a class="fn" href="#mismatch-1"`,
		`<mark class="fact st-mismatch" id="fr-fact-2" title="money · revenue · mismatch: value differs: 2.5e9 vs 2.8e9 (EN: 2.5 billion USD)">2,8 milliards USD</mark><a class="fn" href="#mismatch-1"`,
		`<mark class="fact st-match" id="en-fact-1" title="percent · same in both versions (FR: 12 %)">12%</mark>`,
		`<mark class="fact st-only" id="en-fact-3"`,
		`<tr id="mismatch-1">`,
		`<td class="reason" data-label="Why">value differs: 2.5e9 vs 2.8e9</td>`,
		`<a href="https://en.example.vn/exports" rel="noreferrer noopener nofollow">Original on en.example.vn ↗</a>`,
		`class="legend"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %s", want)
		}
	}
	if strings.Contains(body, "javascript:") {
		t.Errorf("a javascript: URL reached the page")
	}

	// A translation named but absent.
	solo := en
	solo.ID, solo.Pair = "solo", "gone"
	s.docs["solo"] = solo
	_, body = get(t, h, "/article/solo")
	if !strings.Contains(body, "The French version (gone) is not in the index yet.") || !strings.Contains(body, `class="versions single"`) {
		t.Errorf("a missing translation is not said:\n%s", body)
	}
}

// FuzzLayout checks that any offsets, however wrong, neither panic nor lose
// or garble text: the pieces put back together give the document's text
// (less the blank lines between paragraphs), in valid UTF-8.
func FuzzLayout(f *testing.F) {
	f.Add("Titre à 12 %", "L’État", "Corps 2,8 milliards.\n\nSuite.", 0, 5, 8, 14)
	f.Add("T", "", "a\n\n\n\nb", 1, 3, -1, 2)
	f.Add("", "", "é", 0, 1, 1, 2)
	f.Fuzz(func(t *testing.T, title, lead, body string, s1, e1, s2, e2 int) {
		d := index.Doc{Title: title, Lead: lead, Body: body, Facts: []index.Fact{{Start: s1, End: e1, Status: "match"}, {Start: s2, End: e2, Status: "mismatch"}}}
		tp, blocks := layout(d, func(int, index.Fact) *factMark { return &factMark{} })
		var got strings.Builder
		join := func(ps []piece) {
			for _, p := range ps {
				got.WriteString(p.Text)
			}
		}
		join(tp)
		for _, b := range blocks {
			join(b.Pieces)
		}
		want := strings.NewReplacer("\n", "").Replace(d.Text())
		if g := strings.NewReplacer("\n", "").Replace(got.String()); g != want {
			t.Errorf("pieces give %q, want %q", g, want)
		}
		if utf8.ValidString(d.Text()) && !utf8.ValidString(got.String()) {
			t.Errorf("valid text cut inside a character: %q", got.String())
		}
	})
}
