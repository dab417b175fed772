package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"diglot.dev/diglot/index"
)

// BenchmarkSearchPage measures the page's own cost (parameters, view,
// template) for a full page of 20 hits with facets, the search aside.
func BenchmarkSearchPage(b *testing.B) {
	res := &index.Result{Total: 1234, Took: 5 * time.Millisecond}
	for i := range pageSize {
		res.Hits = append(res.Hits, index.Hit{
			ID: fmt.Sprintf("id%d", i), URL: "https://fr.example.vn/a", Lang: "fr", Title: "Les exportations de Đà Nẵng progressent de 12 %",
			Source: "city-news", Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC),
			Snippet: []index.Segment{{Text: "Les "}, {Text: "exportations", Mark: true}, {Text: " ont atteint 2,8 milliards USD au premier trimestre, selon la ville, tirées par les produits de la mer."}},
			Pair:    "en", PairTitle: "Da Nang exports rise 12%",
			Facts: []index.Fact{{Kind: "money", Value: "2800000000", Unit: "USD", Status: "mismatch", Text: "2,8 milliards USD"}},
		})
	}
	res.Facets = index.Facets{
		Lang:   []index.FacetCount{{Name: "fr", Count: 700}, {Name: "en", Count: 534}},
		Source: []index.FacetCount{{Name: "city-news", Count: 1000}, {Name: "vn-gov", Count: 234}},
	}
	for m := range 12 {
		res.Facets.Month = append(res.Facets.Month, index.FacetCount{Name: fmt.Sprintf("2025-%02d", 12-m), Count: 100})
	}
	h := newPage(b, &fakeSearcher{res: res}, Options{})
	req := httptest.NewRequest(http.MethodGet, "/?q=exportations&lang=fr&fact=money+status%3Dmismatch&page=3", nil)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkArticlePage measures the article view of a pair of 3 kB
// articles with 25 facts each.
func BenchmarkArticlePage(b *testing.B) {
	mk := func(id, lang, pair string) index.Doc {
		d := index.Doc{ID: id, Lang: lang, Pair: pair, Title: "Title of the article " + id, Lead: "A lead paragraph with 12 % in it."}
		for p := range 10 {
			if p > 0 {
				d.Body += "\n\n"
			}
			d.Body += fmt.Sprintf("Paragraph %d says that exports reached 2.5 billion USD, and imports 1.5 billion USD, up 3 %% on the year before.", p)
		}
		text := d.Text()
		for i, off := 0, 0; i < 25; i++ {
			j := indexFrom(text, "billion USD", off)
			if j < 0 {
				break
			}
			status := []string{"match", "rounded", "mismatch", "only_en"}[i%4]
			d.Facts = append(d.Facts, index.Fact{Kind: "money", Text: "billion USD", Start: j, End: j + 11, Status: status, Reason: "value differs", Other: "x"})
			off = j + 11
		}
		return d
	}
	s := &fakeSearcher{docs: map[string]index.Doc{"en": mk("en", "en", "fr"), "fr": mk("fr", "fr", "en")}}
	h := newPage(b, s, Options{})
	req := httptest.NewRequest(http.MethodGet, "/article/fr", nil)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}

func indexFrom(s, sub string, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
