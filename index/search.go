package index

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Limits of a request.
const (
	defaultLimit = 20
	maxLimit     = 100
	maxOffset    = 10000
)

// Request is a search: a query string and filters, and the page wanted.
type Request struct {
	Query  string      // Bleve query-string syntax over title, lead, body of both languages; "" = all (ordered by date, newest first)
	Lang   string      // "", "en", "fr"
	Source string      // "" or a source name
	Since  time.Time   // published ≥ Since (zero: no bound)
	Until  time.Time   // published < Until (zero: no bound)
	Fact   *FactFilter // nil: none
	Limit  int         // default 20, max 100 (values out of range are brought within)
	Offset int         // max 10,000 (likewise)
}

// Result is the answer to a Request.
type Result struct {
	Total  uint64 // articles found
	Hits   []Hit  // the page asked for
	Facets Facets
	Took   time.Duration
}

// Facets are counts over the whole result, sorted by count then name
// (Month by month, newest first).
type Facets struct{ Lang, Source, Month []FacetCount }

// FacetCount is one value of a facet ("fr", "city-news", "2026-10") and how
// many articles of the result have it.
type FacetCount struct {
	Name  string
	Count int
}

// Hit is one article found.
type Hit struct {
	ID, URL, Lang, Title, Source string
	Published                    time.Time // zero when unknown
	Score                        float64
	// Snippet is a highlighted extract of the body (or lead), about 200
	// characters: plain text segments, Mark true on matched terms. The
	// texts join to a substring of the document's Text(). NOT HTML.
	Snippet                  []Segment
	Pair, PairTitle, PairURL string
	Facts                    []Fact // with a fact filter: the facts that meet it; without: none
}

// Segment is a piece of a snippet; Mark is true on a matched term.
type Segment struct {
	Text string
	Mark bool
}

// BadQueryError is returned by Search for a query string Bleve cannot parse
// or that names an unknown field: which part, why.
type BadQueryError struct {
	Query string
	Err   error
}

// Error says what is wrong with the query.
func (e *BadQueryError) Error() string {
	return fmt.Sprintf("query %q: %v", e.Query, e.Err)
}

// Unwrap returns the cause.
func (e *BadQueryError) Unwrap() error { return e.Err }

// Search runs r. A query string that does not parse gives a
// *BadQueryError.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) {
	start := time.Now()
	res, err := ix.search(ctx, r)
	if err != nil {
		var bq *BadQueryError
		if errors.As(err, &bq) {
			return nil, err
		}
		return nil, fmt.Errorf("search %q: %w", r.Query, err)
	}
	res.Took = time.Since(start)
	return res, nil
}

// search is Search without the timing and the error context.
func (ix *Index) search(ctx context.Context, r Request) (*Result, error) {
	limit := r.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	offset := min(max(r.Offset, 0), maxOffset)

	text, filters, err := ix.parseQuery(r.Query)
	if err != nil {
		return nil, err
	}
	if r.Lang != "" {
		filters = append(filters, termQuery(fieldLang, strings.ToLower(r.Lang)))
	}
	if r.Source != "" {
		filters = append(filters, termQuery(fieldSource, r.Source))
	}
	if !r.Since.IsZero() || !r.Until.IsZero() {
		filters = append(filters, publishedQuery(r.Since, r.Until))
	}
	var facts []termSet // nil when no fact can meet r.Fact
	if r.Fact != nil {
		if facts, err = ix.factConditions(r.Fact); err != nil {
			return nil, err
		}
	}

	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, err
	}
	reader, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	m := ix.b.Mapping()

	snap, err := ix.snapshot(ctx, reader)
	if err != nil {
		return nil, err
	}

	// The articles the filters keep.
	var set []uint64
	restricted := len(filters) > 0 || r.Fact != nil
	if len(filters) > 0 {
		if set, err = rootsOf(ctx, reader, m, conjunction(filters)); err != nil {
			return nil, err
		}
	}
	if r.Fact != nil {
		withFact, err := factRoots(ctx, reader, m, snap, facts)
		if err != nil {
			return nil, err
		}
		if len(filters) > 0 {
			set = intersect(set, withFact)
		} else {
			set = withFact
		}
	}

	// The whole result, and the page when ranked by score.
	var all []uint64
	var page search.DocumentMatchCollection
	switch {
	case text != nil && (!restricted || len(set) > 0):
		s, err := text.Searcher(ctx, reader, m, search.SearcherOptions{})
		if err != nil {
			return nil, err
		}
		rec := &recorder{Searcher: s}
		if restricted {
			rec.Searcher = newInSet(s, set)
		}
		coll := collector.NewTopNCollector(limit, offset, search.SortOrder{&search.SortScore{Desc: true}})
		err = coll.Collect(ctx, rec, reader)
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, err
		}
		all, page = rec.ids, coll.Results()
	case text != nil:
	case restricted:
		all = set
	default:
		all = snap.roots
	}
	res := &Result{Total: uint64(len(all)), Hits: []Hit{}, Facets: facets(snap.count(all))}

	// The page when listed by date, newest first: Bleve reads the date of
	// every document it sorts, so the listing is narrowed to the months
	// that hold the page.
	if text == nil && offset < len(all) {
		var q query.Query = &idQuery{all}
		if from := windowStart(res.Facets.Month, offset+limit); !from.IsZero() {
			q = query.NewConjunctionQuery([]query.Query{q, publishedQuery(from, time.Time{})})
		}
		s, err := q.Searcher(ctx, reader, m, unscoredOptions)
		if err != nil {
			return nil, err
		}
		coll := collector.NewTopNCollector(limit, offset, search.SortOrder{
			&search.SortField{Field: fieldPublished, Type: search.SortFieldAsDate, Desc: true, Missing: search.SortFieldMissingLast},
		})
		err = coll.Collect(ctx, s, reader)
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, err
		}
		page = coll.Results()
	}

	var locs map[uint64]search.FieldTermLocationMap
	if text != nil && len(page) > 0 {
		if locs, err = locations(ctx, reader, m, text, page); err != nil {
			return nil, err
		}
	}
	for _, dm := range page {
		d, err := storedDoc(reader, dm.ID)
		if err != nil {
			return nil, err
		}
		res.Hits = append(res.Hits, makeHit(&d, dm, locs[dm.IndexInternalID.Value()], r.Fact))
	}
	return res, nil
}

// locations returns where text matches in each document of page: term
// vectors are read for these documents only (reading them for every match
// doubled the time of a search).
func locations(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, text query.Query, page search.DocumentMatchCollection) (map[uint64]search.FieldTermLocationMap, error) {
	ids := make([]uint64, len(page))
	for i, dm := range page {
		ids[i] = dm.IndexInternalID.Value()
	}
	slices.Sort(ids)
	q := query.NewConjunctionQuery([]query.Query{text, &idQuery{ids}})
	s, err := q.Searcher(ctx, r, m, search.SearcherOptions{IncludeTermVectors: true})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	out := make(map[uint64]search.FieldTermLocationMap, len(ids))
	for {
		dm, err := s.Next(sctx)
		if err != nil || dm == nil {
			return out, err
		}
		dm.Complete(nil)
		out[dm.IndexInternalID.Value()] = dm.Locations
	}
}

// conjunction returns the conjunction of qs, simplified.
func conjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewConjunctionQuery(qs)
}

// publishedQuery returns the filter since ≤ published < until (a zero time
// is no bound).
func publishedQuery(since, until time.Time) query.Query {
	incl, excl := true, false
	q := query.NewDateRangeInclusiveQuery(since, until, &incl, &excl)
	q.SetField(fieldPublished)
	return q
}

// windowStart returns a time from which the newest n articles of a result
// were published, given its month counts, newest first; zero when they
// do not hold n articles. The month of an article is that of its own time
// zone: the window starts a day early.
func windowStart(months []FacetCount, n int) time.Time {
	sum := 0
	for _, m := range months {
		sum += m.Count
		if sum >= n {
			t, err := time.Parse("2006-01", m.Name)
			if err != nil {
				return time.Time{}
			}
			return t.Add(-24 * time.Hour)
		}
	}
	return time.Time{}
}

// makeHit builds the Hit of document d, found as dm, with the locations
// of the matched terms.
func makeHit(d *Doc, dm *search.DocumentMatch, locs search.FieldTermLocationMap, f *FactFilter) Hit {
	hit := Hit{
		ID: d.ID, URL: d.URL, Lang: d.Lang, Title: d.Title, Source: d.Source,
		Published: d.Published, Score: dm.Score,
		Pair: d.Pair, PairTitle: d.PairTitle, PairURL: d.PairURL,
	}
	hit.Snippet = snippet(d, locs)
	if f != nil {
		for i := range d.Facts {
			if f.matches(&d.Facts[i]) {
				hit.Facts = append(hit.Facts, d.Facts[i])
			}
		}
	}
	return hit
}

// facets splits the counts of the facet terms by facet and sorts them:
// by count then name, months by name, newest first.
func facets(counts map[string]int) Facets {
	f := Facets{Lang: []FacetCount{}, Source: []FacetCount{}, Month: []FacetCount{}}
	for term, n := range counts {
		if v, ok := strings.CutPrefix(term, facetLang); ok {
			f.Lang = append(f.Lang, FacetCount{v, n})
		} else if v, ok := strings.CutPrefix(term, facetSource); ok {
			f.Source = append(f.Source, FacetCount{v, n})
		} else if v, ok := strings.CutPrefix(term, facetMonth); ok {
			f.Month = append(f.Month, FacetCount{v, n})
		}
	}
	byCount := func(a, b FacetCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name))
	}
	slices.SortFunc(f.Lang, byCount)
	slices.SortFunc(f.Source, byCount)
	slices.SortFunc(f.Month, func(a, b FacetCount) int { return cmp.Compare(b.Name, a.Name) })
	return f
}

// termQuery returns a query for the exact term v of field.
func termQuery(field, v string) query.Query {
	q := query.NewTermQuery(v)
	q.SetField(field)
	return q
}
