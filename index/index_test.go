package index

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// openTest opens a new index in a temporary directory and puts docs in it.
func openTest(tb testing.TB, docs ...Doc) *Index {
	tb.Helper()
	ix, err := Open(filepath.Join(tb.TempDir(), "index"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := ix.Close(); err != nil {
			tb.Error(err)
		}
	})
	if err := ix.Put(docs); err != nil {
		tb.Fatal(err)
	}
	return ix
}

// find runs r and fails the test on error.
func find(tb testing.TB, ix *Index, r Request) *Result {
	tb.Helper()
	res, err := ix.Search(tb.Context(), r)
	if err != nil {
		tb.Fatalf("Search(%+v): %v", r, err)
	}
	return res
}

// ids returns the IDs of the hits, sorted.
func ids(res *Result) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	slices.Sort(out)
	return out
}

// at returns a publication time.
func at(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 30, 0, 0, time.UTC) }

// newsDocs is a small bilingual corpus.
func newsDocs() []Doc {
	return []Doc{
		{
			ID: "en-port", Lang: "en", Source: "city-news", URL: "https://en.example.vn/port", Section: "Economy",
			Title:     "Hai Lan approves a 12.5 trillion dong plan to expand its port",
			Lead:      "The city will add three deep-water berths by 2030.",
			Body:      "The plan costs 12.5 trillion VND ($510 million).\n\nFreight through the port rose 7.3% in the third quarter of 2025, and exports grew faster.\n\nThe café owners near the harbour welcomed the news.",
			Published: at(2025, 10, 14), Pair: "fr-port", PairTitle: "Hai Lan approuve un plan de 12 500 milliards de dongs pour agrandir son port", PairURL: "https://fr.example.vn/port",
			Facts: []Fact{
				{Kind: "money", Value: "12500000000000", Number: 12.5e12, Unit: "VND", Concept: "investment", Status: "match", Text: "12.5 trillion VND"},
				{Kind: "money", Value: "510000000", Number: 5.1e8, Unit: "USD", Status: "rounded", Text: "$510 million"},
				{Kind: "percent", Value: "7.3", Number: 7.3, Unit: "%", Concept: "growth", Status: "match", Text: "7.3%"},
				{Kind: "date", Value: "2025-Q3", From: day(2025, 7, 1), To: day(2025, 9, 30), Status: "match", Text: "the third quarter of 2025"},
			},
		},
		{
			ID: "fr-port", Lang: "fr", Source: "city-news", URL: "https://fr.example.vn/port", Section: "Économie",
			Title:     "Hai Lan approuve un plan de 12 500 milliards de dongs pour agrandir son port",
			Lead:      "La ville ajoutera trois postes à quai en eau profonde d’ici 2030.",
			Body:      "Le plan coûte 39\u202f888 milliards de dongs selon l’État.\n\nLe fret a progressé de 9,07\u00a0% au troisième trimestre 2025, et les exportations ont augmenté plus vite.\n\nL’économie de la ville dépend du port.",
			Published: at(2025, 10, 14), Pair: "en-port", PairTitle: "Hai Lan approves a 12.5 trillion dong plan to expand its port", PairURL: "https://en.example.vn/port",
			Facts: []Fact{
				{Kind: "money", Value: "39888000000000", Number: 39.888e12, Unit: "VND", Concept: "investment", Status: "mismatch", Reason: "value", Text: "39 888 milliards de dongs", Other: "12.5 trillion VND"},
				{Kind: "percent", Value: "9.07", Number: 9.07, Unit: "%", Concept: "growth", Status: "mismatch", Reason: "value", Text: "9,07 %", Other: "7.3%"},
				{Kind: "date", Value: "2025-Q3", From: day(2025, 7, 1), To: day(2025, 9, 30), Status: "match", Text: "troisième trimestre 2025"},
			},
		},
		{
			ID: "en-budget", Lang: "en", Source: "gov-daily", URL: "https://en.gov.example/budget",
			Title:     "State budget revenue hits 39.88 trillion dong",
			Body:      "Revenue reached 39.88 trillion dong in 2024, the United States remained the largest export market.",
			Published: at(2025, 1, 20),
			Facts: []Fact{
				{Kind: "money", Value: "39880000000000", Number: 39.88e12, Unit: "VND", Concept: "revenue", Text: "39.88 trillion dong"},
				{Kind: "date", Value: "2024", From: day(2024, 1, 1), To: day(2024, 12, 31), Text: "2024"},
			},
		},
		{
			ID: "fr-etats", Lang: "fr", Source: "gov-daily", URL: "https://fr.gov.example/etats",
			Title:     "Les États-Unis, premier marché des exportations",
			Body:      "Les exportations vers les États-Unis ont atteint 2 milliards d’euros, et les importations 500 millions de dollars.",
			Published: at(2024, 6, 3),
			Facts: []Fact{
				{Kind: "money", Value: "2000000000", Number: 2e9, Unit: "EUR", Concept: "exports", Text: "2 milliards d’euros"},
				{Kind: "money", Value: "500000000", Number: 5e8, Unit: "USD", Concept: "imports", Text: "500 millions de dollars"},
			},
		},
		{
			ID: "en-tourism", Lang: "en", Source: "city-news", URL: "https://en.example.vn/tourism",
			Title:     "Visitors flock to the old town",
			Body:      "The city welcomed 1.2 million visitors, and hotel revenue rose to 2 billion USD.",
			Published: at(2023, 12, 1),
			Facts: []Fact{
				{Kind: "quantity", Value: "1200000", Number: 1.2e6, Unit: "person", Concept: "visitors", Text: "1.2 million visitors"},
				{Kind: "money", Value: "2000000000", Number: 2e9, Unit: "USD", Concept: "revenue", Text: "2 billion USD"},
			},
		},
	}
}

func TestSearchText(t *testing.T) {
	ix := openTest(t, newsDocs()...)
	tests := []struct {
		name, query string
		lang        string
		want        []string
	}{
		{"french stemming", "exportation", "fr", []string{"fr-etats", "fr-port"}},
		{"french without accents", "economie", "fr", []string{"fr-port"}},
		{"french elision and accents", "etat", "fr", []string{"fr-etats", "fr-port"}},
		{"french elided query", "l'état", "fr", []string{"fr-etats", "fr-port"}},
		{"french elided query with ’", "l’etat", "fr", []string{"fr-etats", "fr-port"}},
		{"french compound", "Etats-Unis", "fr", []string{"fr-etats"}},
		{"french plural", "états", "fr", []string{"fr-etats", "fr-port"}},
		{"english stemming", "export", "en", []string{"en-budget", "en-port"}},
		{"english without accents", "cafe", "", []string{"en-port"}},
		{"english plural", "visitor", "", []string{"en-tourism"}},
		{"both languages", "port", "", []string{"en-port", "fr-port"}},
		{"phrase with narrow no-break space", `"39 888 milliards"`, "", []string{"fr-port"}},
		{"phrase with no-break space", "\"39\u00a0888 milliards\"", "", []string{"fr-port"}},
		{"french decimal and percent", `"9,07 %"`, "", []string{"fr-port"}},
		{"english decimal and scale", `"39.88 trillion"`, "", []string{"en-budget"}},
		{"title alias", "title:port", "", []string{"en-port", "fr-port"}},
		{"body alias", "body:harbour", "", []string{"en-port"}},
		{"lead alias", "lead:berths", "", []string{"en-port"}},
		{"language field", "port lang:fr", "", []string{"fr-port"}},
		{"required terms", "+port +café", "", []string{"en-port"}},
		{"excluded term", "port -cafe", "", []string{"fr-port"}},
		{"source field", "source:gov-daily", "", []string{"en-budget", "fr-etats"}},
		{"section field", "section:economie", "", []string{"fr-port"}},
		{"wildcard folded", "écon*", "fr", []string{"fr-port"}},
		{"per-language field", "body_fr:port", "", []string{"fr-port"}},
		{"stop word only", "the", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := find(t, ix, Request{Query: tt.query, Lang: tt.lang})
			if diff := cmp.Diff(tt.want, ids(res)); diff != "" {
				t.Errorf("%q: mismatch (-want +got):\n%s", tt.query, diff)
			}
			if res.Total != uint64(len(tt.want)) {
				t.Errorf("Total = %d, want %d", res.Total, len(tt.want))
			}
		})
	}
}

func TestSearchFacts(t *testing.T) {
	ix := openTest(t, newsDocs()...)
	tests := []struct {
		expr  string
		query string
		want  map[string][]string // hit → texts of the facts that meet the filter
	}{
		// fr-etats has 2e9 EUR and 5e8 USD: no one fact meets both conditions.
		{"money>=1e9 USD", "", map[string][]string{"en-tourism": {"2 billion USD"}}},
		{"money>=1e9", "", map[string][]string{
			"en-port": {"12.5 trillion VND"}, "fr-port": {"39 888 milliards de dongs"},
			"en-budget": {"39.88 trillion dong"}, "fr-etats": {"2 milliards d’euros"}, "en-tourism": {"2 billion USD"},
		}},
		{"money<1e9 USD", "", map[string][]string{"en-port": {"$510 million"}, "fr-etats": {"500 millions de dollars"}}},
		{"money=2e9 EUR", "", map[string][]string{"fr-etats": {"2 milliards d’euros"}}},
		{"money concept=exports", "", map[string][]string{"fr-etats": {"2 milliards d’euros"}}},
		{"money USD concept=exports", "", nil},
		{"percent>8", "", map[string][]string{"fr-port": {"9,07 %"}}},
		{"percent status=mismatch", "", map[string][]string{"fr-port": {"9,07 %"}}},
		{"money status=mismatch", "", map[string][]string{"fr-port": {"39 888 milliards de dongs"}}},
		{"quantity>1000 person", "", map[string][]string{"en-tourism": {"1.2 million visitors"}}},
		{"quantity>1000 tonne", "", nil},
		{"date=2025-Q3", "", map[string][]string{"en-port": {"the third quarter of 2025"}, "fr-port": {"troisième trimestre 2025"}}},
		{"date=2025-07", "", nil},
		{"date>=2025-07", "", map[string][]string{"en-port": {"the third quarter of 2025"}, "fr-port": {"troisième trimestre 2025"}}},
		{"date>2025-06", "", map[string][]string{"en-port": {"the third quarter of 2025"}, "fr-port": {"troisième trimestre 2025"}}},
		{"date>2025-07", "", nil},
		{"date<2025", "", map[string][]string{"en-budget": {"2024"}}},
		{"date<=2025-Q3", "", map[string][]string{"en-budget": {"2024"}, "en-port": {"the third quarter of 2025"}, "fr-port": {"troisième trimestre 2025"}}},
		{"money>=1e9", "port", map[string][]string{"en-port": {"12.5 trillion VND"}, "fr-port": {"39 888 milliards de dongs"}}},
		{"money>=1e9", "exportations lang:fr", map[string][]string{"fr-etats": {"2 milliards d’euros"}, "fr-port": {"39 888 milliards de dongs"}}},
	}
	for _, tt := range tests {
		t.Run(tt.expr+"/"+tt.query, func(t *testing.T) {
			f, err := ParseFactFilter(tt.expr)
			if err != nil {
				t.Fatal(err)
			}
			res := find(t, ix, Request{Query: tt.query, Fact: f})
			got := map[string][]string{}
			for _, h := range res.Hits {
				got[h.ID] = []string{}
				for _, fact := range h.Facts {
					got[h.ID] = append(got[h.ID], fact.Text)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			if res.Total != uint64(len(tt.want)) {
				t.Errorf("Total = %d, want %d", res.Total, len(tt.want))
			}
		})
	}
	// Without a fact filter, hits carry no facts.
	for _, h := range find(t, ix, Request{Query: "port"}).Hits {
		if len(h.Facts) != 0 {
			t.Errorf("hit %s has facts without a filter", h.ID)
		}
	}
}

func TestSearchFacets(t *testing.T) {
	ix := openTest(t, newsDocs()...)
	got := find(t, ix, Request{}).Facets
	want := Facets{
		Lang:   []FacetCount{{"en", 3}, {"fr", 2}},
		Source: []FacetCount{{"city-news", 3}, {"gov-daily", 2}},
		Month:  []FacetCount{{"2025-10", 2}, {"2025-01", 1}, {"2024-06", 1}, {"2023-12", 1}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("all: mismatch (-want +got):\n%s", diff)
	}
	got = find(t, ix, Request{Query: "port", Limit: 1}).Facets
	want = Facets{
		Lang:   []FacetCount{{"en", 1}, {"fr", 1}},
		Source: []FacetCount{{"city-news", 2}},
		Month:  []FacetCount{{"2025-10", 2}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("port: mismatch (-want +got):\n%s", diff)
	}
	got = find(t, ix, Request{Query: "nothing-matches-this"}).Facets
	if diff := cmp.Diff(Facets{Lang: []FacetCount{}, Source: []FacetCount{}, Month: []FacetCount{}}, got); diff != "" {
		t.Errorf("no hits: mismatch (-want +got):\n%s", diff)
	}
}

// TestFactRootsAndFacets checks the articles a fact filter keeps and their
// facet counts against the generated documents themselves.
// readerOf returns a reader of ix's current snapshot, closed with the
// test, and what Search reads of it.
func readerOf(t *testing.T, ix *Index) (bindex.IndexReader, *snapshotInfo) {
	t.Helper()
	adv, err := ix.b.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	snap, err := ix.snapshot(t.Context(), r)
	if err != nil {
		t.Fatal(err)
	}
	return r, snap
}

func TestFactRootsAndFacets(t *testing.T) {
	docs := genDocs(3, 600)
	ix := openTest(t, docs...)
	// Upserts leave deleted documents (and their facts) in the segments:
	// replace a third of the articles with the facts of other ones.
	other := genDocs(4, 600)
	for i := 0; i < len(docs); i += 3 {
		docs[i].Facts = other[i].Facts
	}
	var changed []Doc
	for i := 0; i < len(docs); i += 3 {
		changed = append(changed, docs[i])
	}
	if err := ix.Put(changed); err != nil {
		t.Fatal(err)
	}
	r, snap := readerOf(t, ix)
	if len(snap.roots) != len(docs) {
		t.Fatalf("%d articles in the snapshot, want %d", len(snap.roots), len(docs))
	}
	for _, expr := range []string{"money>=1e9 USD", "percent concept=growth", "date>=2025-03", "ordinal<3",
		"quantity status=only_en", "money<1e8 VND concept=revenue", "date=2024-Q1", "percent>10 status=mismatch"} {
		f := mustFilter(t, expr)
		conds, err := ix.factConditions(f)
		if err != nil {
			t.Fatal(err)
		}
		roots, err := factRoots(t.Context(), r, ix.b.Mapping(), snap, conds)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{}
		n := 0
		for _, d := range docs {
			if slices.ContainsFunc(d.Facts, func(fact Fact) bool { return f.matches(&fact) }) {
				want[facetLang+d.Lang]++
				want[facetSource+d.Source]++
				want[facetMonth+d.Published.Format("2006-01")]++
				n++
			}
		}
		if len(roots) != n || n == 0 || n == len(docs) {
			t.Errorf("%s: %d articles, want %d (and some, not all)", expr, len(roots), n)
		}
		if diff := cmp.Diff(want, snap.count(roots)); diff != "" {
			t.Errorf("%s: facets: mismatch (-facts +index):\n%s", expr, diff)
		}
		// Bleve's searchers find the same articles as the bitmaps.
		bySearch, err := factRootsSearch(t.Context(), r, ix.b.Mapping(), snap, conditionsQuery(conds))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(roots, bySearch) {
			t.Errorf("%s: %d articles on the bitmaps, %d by the searchers", expr, len(roots), len(bySearch))
		}
	}
}

// TestInSet checks that filtering a text query's matches by a set gives
// what Bleve's conjunction with the set gives, for sets dense enough that
// inSet steps and sparse enough that it skips.
func TestInSet(t *testing.T) {
	ix := openTest(t, genDocs(5, 1500)...)
	r, snap := readerOf(t, ix)
	matches := func(s search.Searcher) []uint64 {
		defer s.Close()
		sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize()+1, 0)}
		var out []uint64
		for {
			dm, err := s.Next(sctx)
			if err != nil {
				t.Fatal(err)
			}
			if dm == nil {
				return out
			}
			out = append(out, dm.IndexInternalID.Value())
			sctx.DocumentMatchPool.Put(dm)
		}
	}
	for _, qs := range []string{"exportations", "tourism", "software park", `"ligne de métro"`, "investment inflation"} {
		text, _, err := ix.parseQuery(qs)
		if err != nil {
			t.Fatal(err)
		}
		for _, every := range []int{1, 2, 7, 300} {
			var set []uint64
			for i := 0; i < len(snap.roots); i += every {
				set = append(set, snap.roots[i])
			}
			conj, err := query.NewConjunctionQuery([]query.Query{text, &idQuery{set}}).Searcher(t.Context(), r, ix.b.Mapping(), search.SearcherOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want := matches(conj)
			s, err := text.Searcher(t.Context(), r, ix.b.Mapping(), search.SearcherOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := matches(newInSet(s, set))
			if !slices.Equal(got, want) || len(want) == 0 && every < 300 {
				t.Errorf("%s, every %d: %d matches in the set, want %d", qs, every, len(got), len(want))
			}
		}
	}
}

func TestWalker(t *testing.T) {
	roots := []uint64{3, 10, 11, 40, 100}
	w := walker{roots: roots}
	for _, tt := range []struct {
		d         uint64
		root      int
		rootFound bool
	}{{0, -1, false}, {3, 0, true}, {5, 0, true}, {11, 2, true}, {39, 2, true}, {40, 3, true}, {99, 3, true}, {500, 4, true}} {
		if i, ok := w.rootOf(tt.d); i != tt.root || ok != tt.rootFound {
			t.Errorf("rootOf(%d) = %d, %v; want %d, %v", tt.d, i, ok, tt.root, tt.rootFound)
		}
	}
	w = walker{roots: roots}
	for _, d := range []uint64{3, 10, 12, 100} {
		i, ok := w.index(d)
		if want := slices.Index(roots, d); ok != (want >= 0) || ok && i != want {
			t.Errorf("index(%d) = %d, %v", d, i, ok)
		}
	}
}

func TestSearchDates(t *testing.T) {
	ix := openTest(t, newsDocs()...)
	tests := []struct {
		name         string
		since, until time.Time
		want         []string
	}{
		{"since", day(2025, 1, 1), time.Time{}, []string{"en-budget", "en-port", "fr-port"}},
		{"until is exclusive", time.Time{}, at(2025, 1, 20), []string{"en-tourism", "fr-etats"}},
		{"since is inclusive", at(2025, 1, 20), day(2025, 2, 1), []string{"en-budget"}},
		{"both", day(2024, 1, 1), day(2025, 1, 1), []string{"fr-etats"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := find(t, ix, Request{Since: tt.since, Until: tt.until})
			if diff := cmp.Diff(tt.want, ids(res)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSearchPagination(t *testing.T) {
	var docs []Doc
	for i := range 45 {
		docs = append(docs, Doc{
			ID: "a" + string(rune('A'+i)), Lang: "en", Source: "s", Title: "harbour news",
			Published: at(2020, 1, 1).AddDate(0, i, 0), // one a month
		})
	}
	docs = append(docs, Doc{ID: "undated", Lang: "en", Title: "harbour news"})
	ix := openTest(t, docs...)
	var seen []string
	for offset := 0; ; offset += 10 {
		res := find(t, ix, Request{Limit: 10, Offset: offset})
		if res.Total != 46 {
			t.Fatalf("Total = %d, want 46", res.Total)
		}
		if len(res.Hits) == 0 {
			break
		}
		for _, h := range res.Hits {
			seen = append(seen, h.ID)
		}
	}
	var want []string
	for i := 44; i >= 0; i-- {
		want = append(want, "a"+string(rune('A'+i)))
	}
	want = append(want, "undated") // no date: last
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("newest first: mismatch (-want +got):\n%s", diff)
	}
	// Pages of a query do not overlap and cover the result.
	seen = nil
	for offset := 0; offset < 46; offset += 7 {
		for _, h := range find(t, ix, Request{Query: "harbour", Limit: 7, Offset: offset}).Hits {
			seen = append(seen, h.ID)
		}
	}
	slices.Sort(seen)
	want = append(want[:0:0], want...)
	slices.Sort(want)
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("query pages: mismatch (-want +got):\n%s", diff)
	}
	if n := len(find(t, ix, Request{Limit: 1000}).Hits); n != 46 {
		t.Errorf("Limit 1000 gave %d hits, want all 46 (the limit is 100)", n)
	}
	if n := len(find(t, ix, Request{}).Hits); n != defaultLimit {
		t.Errorf("no Limit gave %d hits, want %d", n, defaultLimit)
	}
	if n := len(find(t, ix, Request{Offset: 50}).Hits); n != 0 {
		t.Errorf("Offset past the end gave %d hits", n)
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("Filler words about the city and its people. ", 12)
	doc := Doc{
		ID: "d", Lang: "fr", Title: "Le port de Hai Lan",
		Lead: "Une introduction.",
		Body: long + "L’économie du port a progressé de 9,07\u00a0% grâce à l’État.\n\n" + long,
	}
	ix := openTest(t, doc)
	text := doc.Text()
	tests := []struct {
		query string
		marks []string
	}{
		{"economie etat", []string{"L’économie", "l’État"}},
		{`"9,07 %"`, []string{"9,07"}},
		{"port", []string{"port"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := find(t, ix, Request{Query: tt.query})
			if len(res.Hits) != 1 {
				t.Fatalf("%d hits", len(res.Hits))
			}
			var joined strings.Builder
			var marks []string
			for _, s := range res.Hits[0].Snippet {
				joined.WriteString(s.Text)
				if s.Mark {
					marks = append(marks, s.Text)
				}
			}
			if !strings.Contains(text, joined.String()) {
				t.Errorf("snippet %q is not part of the text", joined.String())
			}
			if n := len([]rune(joined.String())); n > 260 || n < 100 {
				t.Errorf("snippet of %d characters", n)
			}
			if diff := cmp.Diff(tt.marks, marks); diff != "" {
				t.Errorf("marks: mismatch (-want +got):\n%s", diff)
			}
		})
	}
	// A title match alone shows the beginning of the lead, unmarked.
	ix2 := openTest(t, Doc{ID: "t", Lang: "en", Title: "Harbour", Lead: "A lead.", Body: "A body."})
	res := find(t, ix2, Request{Query: "harbour"})
	if diff := cmp.Diff([]Segment{{Text: "A lead."}}, res.Hits[0].Snippet); diff != "" {
		t.Errorf("title match: mismatch (-want +got):\n%s", diff)
	}
}

func TestVerbatim(t *testing.T) {
	doc := Doc{
		ID: "x", Lang: "en", Source: "<b>src</b>", URL: "https://example.com/?a=1&b=<2>",
		Title: "<script>alert(1)</script> & more", Body: "<img src=x onerror=alert(1)> \"quoted\" body",
	}
	ix := openTest(t, doc)
	res := find(t, ix, Request{Query: "script"})
	if len(res.Hits) != 1 {
		t.Fatalf("%d hits", len(res.Hits))
	}
	h := res.Hits[0]
	if h.Title != doc.Title || h.URL != doc.URL || h.Source != doc.Source {
		t.Errorf("hit %q %q %q, want the text as crawled", h.Title, h.URL, h.Source)
	}
	res = find(t, ix, Request{Query: "onerror"})
	var snip strings.Builder
	for _, s := range res.Hits[0].Snippet {
		snip.WriteString(s.Text)
	}
	if snip.String() != doc.Body {
		t.Errorf("snippet %q, want %q", snip.String(), doc.Body)
	}
	got, _, err := ix.Doc("x")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestUpsert(t *testing.T) {
	ix := openTest(t, newsDocs()...)
	changed := newsDocs()[3] // fr-etats, 2e9 EUR and 5e8 USD
	changed.Title = "Nouveau titre"
	changed.Facts = []Fact{{Kind: "money", Value: "3000000000", Number: 3e9, Unit: "USD", Text: "3 milliards de dollars"}}
	if err := ix.Put([]Doc{changed}); err != nil {
		t.Fatal(err)
	}
	if n, err := ix.Count(); err != nil || n != 5 {
		t.Errorf("Count = %d, %v; want 5", n, err)
	}
	if got := ids(find(t, ix, Request{Query: "premier"})); len(got) != 0 {
		t.Errorf("the old title still matches: %v", got)
	}
	if got := ids(find(t, ix, Request{Query: "nouveau"})); !slices.Equal(got, []string{"fr-etats"}) {
		t.Errorf("the new title does not match: %v", got)
	}
	if got := ids(find(t, ix, Request{Fact: mustFilter(t, "money=2e9 EUR")})); len(got) != 0 {
		t.Errorf("an old fact still matches: %v", got)
	}
	if got := ids(find(t, ix, Request{Fact: mustFilter(t, "money>=1e9 USD")})); !slices.Equal(got, []string{"en-tourism", "fr-etats"}) {
		t.Errorf("money>=1e9 USD: %v", got)
	}
	// The last of two versions in one call wins.
	a, b := changed, changed
	a.Title, b.Title = "first", "second"
	if err := ix.Put([]Doc{a, b}); err != nil {
		t.Fatal(err)
	}
	if d, _, _ := ix.Doc("fr-etats"); d.Title != "second" {
		t.Errorf("title %q, want second", d.Title)
	}
	if err := ix.Put([]Doc{{Title: "no id"}}); err == nil {
		t.Error("Put of a document without ID: no error")
	}
}

func TestDocRoundTrip(t *testing.T) {
	docs := newsDocs()
	docs[0].Published = time.Date(2025, 10, 14, 9, 30, 15, 123, time.FixedZone("ICT", 7*3600))
	ix := openTest(t, docs...)
	for _, want := range docs {
		got, ok, err := ix.Doc(want.ID)
		if err != nil || !ok {
			t.Fatalf("Doc(%s) = %v, %v", want.ID, ok, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", want.ID, diff)
		}
	}
	if _, ok, err := ix.Doc("missing"); ok || err != nil {
		t.Errorf("Doc(missing) = %v, %v", ok, err)
	}
}

func TestStoredDoc(t *testing.T) {
	for _, d := range slices.Concat(newsDocs(), []Doc{{ID: "empty"}}, genDocs(4, 2)) {
		b := encodeDoc(&d)
		got, err := decodeDoc(b)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", d.ID, diff)
		}
		for i := range b { // every truncation is an error, never a panic
			if _, err := decodeDoc(b[:i]); err == nil {
				t.Fatalf("%s: truncated at %d: no error", d.ID, i)
			}
		}
	}
}

func FuzzDecodeDoc(f *testing.F) {
	for _, d := range newsDocs() {
		f.Add(encodeDoc(&d))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := decodeDoc(b)
		if err != nil {
			return
		}
		again, err := decodeDoc(encodeDoc(&d))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d, again); diff != "" {
			t.Errorf("mismatch (-first +second):\n%s", diff)
		}
	})
}

func TestDelete(t *testing.T) {
	ix := openTest(t, newsDocs()...)
	if err := ix.Delete("fr-etats", "missing"); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != 4 {
		t.Errorf("Count = %d, want 4", n)
	}
	if _, ok, _ := ix.Doc("fr-etats"); ok {
		t.Error("deleted document still there")
	}
	if got := ids(find(t, ix, Request{Fact: mustFilter(t, "money<1e9 USD")})); !slices.Equal(got, []string{"en-port"}) {
		t.Errorf("facts of the deleted document still match: %v", got)
	}
}

func TestMeta(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := ix.Meta("seq"); ok || err != nil {
		t.Errorf("Meta before SetMeta = %v, %v", ok, err)
	}
	for _, v := range []string{"", "42"} {
		if err := ix.SetMeta("seq", v); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := ix.Meta("seq"); got != v || !ok || err != nil {
			t.Errorf("Meta = %q, %v, %v; want %q", got, ok, err, v)
		}
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir) // kept across opens
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got, ok, _ := ix.Meta("seq"); got != "42" || !ok {
		t.Errorf("Meta after reopening = %q, %v", got, ok)
	}
}

func TestBadQuery(t *testing.T) {
	ix := openTest(t, newsDocs()...)
	const fields = "title, lead, body, lang, source, section, month, url, pair, published"
	tests := []struct{ query, want string }{
		{"port title:", `query "port title:": "title:": a field name needs a value after the colon (title:port), or escape the colon as \:`},
		{":port", `query ":port": ":port": a colon needs a field name before it (title:port), or escape it as \:`},
		{"+", `query "+": "+": + and - go right before a word: +port -harbour`},
		{"~1", `query "~1": "~1": ~ and ^ go right after a word: port~1 port^2`},
		{"a:b:c", `query "a:b:c": "a:b:c": one colon per word (title:port), or escape the others as \:`},
		{">5", `query ">5": ">5": a comparison needs a field: published:>=2025-01-01`},
		{`\`, `query "\\": "\\": a backslash escapes the character after it`},
		{`"unterminated`, `query "\"unterminated": "\"unterminated": unterminated quote`},
		{"port^abc", `query "port^abc": "port^abc": invalid boost value`},
		{"City: port", `query "City: port": "City:": unknown field: want ` + fields + ` (or escape the colon as \:)`},
		{"port~5", `query "port~5": "port~5": at most 2 edits (word~2)`},
		{"/[/", `query "/[/": "/[/": error parsing regexp`},
		{`published:>"soon"`, `query "published:>\"soon\"": "published:>\"soon\"": invalid time`},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			_, err := ix.Search(t.Context(), Request{Query: tt.query})
			var bq *BadQueryError
			if !errors.As(err, &bq) {
				t.Fatalf("error %v (%T), want *BadQueryError", err, err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %q, want it to start with %q", err, tt.want)
			}
		})
	}
	// An escaped colon is a word.
	if _, err := ix.Search(t.Context(), Request{Query: `City\: port`}); err != nil {
		t.Errorf("escaped colon: %v", err)
	}
}

func TestMappingVersion(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.b.SetInternal([]byte(internalVersion), []byte("diglot-index-0")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir)
	if !errors.Is(err, ErrMappingVersion) || !strings.Contains(err.Error(), "diglot index --rebuild") {
		t.Errorf("Open = %v, want ErrMappingVersion and the rebuild command", err)
	}
}

// TestCreateKilled kills a process (this test binary run again) that
// creates index after index, and then opens every index directory it
// left: each must open, none may be half made. A creation killed earlier
// leaves only a directory beside the index, removed once it is stale.
func TestCreateKilled(t *testing.T) {
	if root := os.Getenv("DIGLOT_INDEX_CREATE_CHILD"); root != "" {
		for i := 0; ; i++ {
			ix, err := Open(filepath.Join(root, strconv.Itoa(i)))
			if err != nil {
				t.Fatal(err)
			}
			_ = ix.Close()
		}
	}
	if testing.Short() {
		t.Skip("starts a process")
	}
	root := t.TempDir()
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestCreateKilled$")
	cmd.Env = append(os.Environ(), "DIGLOT_INDEX_CREATE_CHILD="+root)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(700 * time.Millisecond)
	_ = cmd.Process.Kill()
	_ = cmd.Wait()

	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	opened, leftovers := 0, 0
	for _, e := range entries {
		if strings.Contains(e.Name(), creatingSuffix) {
			leftovers++
			continue
		}
		ix, err := Open(filepath.Join(root, e.Name()))
		if err != nil {
			t.Fatalf("index %s left by the killed process: %v", e.Name(), err)
		}
		_ = ix.Close()
		opened++
	}
	if opened < 2 {
		t.Fatalf("the child created %d indexes before the kill; want a few", opened)
	}
	t.Logf("%d indexes created before the kill, %d creations cut", opened, leftovers)

	// A leftover older than a minute goes when an index is next created
	// beside it; a recent one may be a creation in progress and stays.
	stale := filepath.Join(root, "x"+creatingSuffix+"1")
	recent := filepath.Join(root, "x"+creatingSuffix+"2")
	for _, d := range []string{stale, recent} {
		if err := os.MkdirAll(filepath.Join(d, "store"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	hourAgo := time.Now().Add(-time.Hour)
	if err := os.Chtimes(stale, hourAgo, hourAgo); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(filepath.Join(root, "x"))
	if err != nil {
		t.Fatal(err)
	}
	_ = ix.Close()
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stale leftover %s: %v, want it removed", stale, err)
	}
	if _, err := os.Stat(recent); err != nil {
		t.Errorf("recent leftover %s: %v, want it kept", recent, err)
	}
}

// TestLocked opens an index in a second process (this test binary run
// again) while this one holds it.
func TestLocked(t *testing.T) {
	if dir := os.Getenv("DIGLOT_INDEX_LOCK_CHILD"); dir != "" {
		start := time.Now()
		_, err := Open(dir)
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("Open = %v, want ErrLocked", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("Open took %v", d)
		}
		return
	}
	if testing.Short() {
		t.Skip("starts a process")
	}
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestLocked$", "-test.v")
	cmd.Env = append(os.Environ(), "DIGLOT_INDEX_LOCK_CHILD="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("second process: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "PASS") {
		t.Fatalf("second process did not run the test:\n%s", out)
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		doc  Doc
		want string
	}{
		{Doc{Title: "T", Lead: "L", Body: "B1\n\nB2"}, "T\n\nL\n\nB1\n\nB2"},
		{Doc{Title: "T", Body: "B"}, "T\n\nB"},
		{Doc{Lead: "L"}, "L"},
		{Doc{}, ""},
	}
	for _, tt := range tests {
		if got := tt.doc.Text(); got != tt.want {
			t.Errorf("Text() = %q, want %q", got, tt.want)
		}
	}
}

// TestCreateInEmptyDir opens an index in a directory that exists and is
// empty, as a fresh temporary directory is, and refuses one that holds
// other files.
func TestCreateInEmptyDir(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatalf("Open(empty dir) = %v", err)
	}
	_ = ix.Close()
	if ix, err = Open(dir); err != nil {
		t.Fatalf("reopen: %v", err)
	}
	_ = ix.Close()

	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(other); err == nil || !strings.Contains(err.Error(), "holds no index") {
		t.Errorf("Open(dir with other files) = %v, want an error saying it holds no index", err)
	}
}
