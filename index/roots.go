package index

import (
	"context"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A search works on one snapshot of the index (a reader) and on sets of
// root documents (articles), as sorted internal document numbers of that
// snapshot. The filters (language, source, dates, facts) each give a set,
// intersected; the text query is then scored over that set only. Facts are
// nested documents: a fact filter's matches are mapped to their articles
// here (factRoots), which is much cheaper than Bleve's nested conjunction
// of every fact match with every text match.

// checkEvery is how many documents a loop reads between looks at its
// context.
const checkEvery = 4096

// unscoredOptions are the options of filter searchers: no scores, so that
// Bleve works on posting bitmaps.
var unscoredOptions = search.SearcherOptions{Score: "none"}

// rootsOf returns the documents q matches, in order; q must match root
// documents only.
func rootsOf(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, q query.Query) ([]uint64, error) {
	s, err := q.Searcher(ctx, r, m, unscoredOptions)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	var out []uint64
	for n := 0; ; n++ {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		dm, err := s.Next(sctx)
		if err != nil || dm == nil {
			return out, err
		}
		out = append(out, dm.IndexInternalID.Value())
		sctx.DocumentMatchPool.Put(dm)
	}
}

// factRoots returns the articles that have a fact q matches, in order. A
// nested document's number is above its article's and below the next
// article's (zap keeps an article's descendants right after it): once a
// fact matches, the searcher skips to the next article.
func factRoots(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, snap *snapshotInfo, q query.Query) ([]uint64, error) {
	s, err := q.Searcher(ctx, r, m, unscoredOptions)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	var out []uint64
	w := walker{roots: snap.roots}
	next := make(bindex.IndexInternalID, 8)
	dm, err := s.Next(sctx)
	for n := 0; dm != nil && err == nil; n++ {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		i, ok := w.rootOf(dm.IndexInternalID.Value())
		sctx.DocumentMatchPool.Put(dm)
		if ok {
			out = append(out, snap.roots[i])
		}
		if i+1 >= len(snap.roots) {
			break
		}
		next.SetValue(snap.roots[i+1])
		dm, err = s.Advance(sctx, next)
	}
	return out, err
}

// intersect returns the numbers in both sorted sets.
func intersect(a, b []uint64) []uint64 {
	out := make([]uint64, 0, min(len(a), len(b)))
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// idQuery matches the documents of a sorted set of internal numbers, with
// no score. The numbers are only meaningful in the reader they come from.
type idQuery struct{ ids []uint64 }

// Searcher returns a searcher over the set.
func (q *idQuery) Searcher(context.Context, bindex.IndexReader, mapping.IndexMapping, search.SearcherOptions) (search.Searcher, error) {
	return &idSearcher{ids: q.ids}, nil
}

// idSearcher is the searcher of an idQuery.
type idSearcher struct {
	ids []uint64
	i   int
}

func (s *idSearcher) match(ctx *search.SearchContext) *search.DocumentMatch {
	if s.i >= len(s.ids) {
		return nil
	}
	dm := ctx.DocumentMatchPool.Get()
	dm.IndexInternalID = bindex.NewIndexInternalID(dm.IndexInternalID, s.ids[s.i])
	s.i++
	return dm
}

// Next returns the next document of the set.
func (s *idSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return s.match(ctx), nil
}

// Advance returns the first document of the set at or after id.
func (s *idSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	v := id.Value()
	s.i += sort.Search(len(s.ids)-s.i, func(k int) bool { return s.ids[s.i+k] >= v })
	return s.match(ctx), nil
}

func (s *idSearcher) Close() error               { return nil }
func (s *idSearcher) Weight() float64            { return 0 }
func (s *idSearcher) SetQueryNorm(float64)       {}
func (s *idSearcher) Count() uint64              { return uint64(len(s.ids)) }
func (s *idSearcher) Min() int                   { return 0 }
func (s *idSearcher) Size() int                  { return 64 + 8*cap(s.ids) }
func (s *idSearcher) DocumentMatchPoolSize() int { return 1 }

// recorder passes a searcher's matches on and records their numbers: the
// collector that ranks a page thus also gives the whole result, for the
// facets, in one pass.
type recorder struct {
	search.Searcher
	ids []uint64
}

func (r *recorder) note(dm *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if dm != nil && err == nil {
		r.ids = append(r.ids, dm.IndexInternalID.Value())
	}
	return dm, err
}

// Next records and returns the next match.
func (r *recorder) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return r.note(r.Searcher.Next(ctx))
}

// Advance records and returns the first match at or after id.
func (r *recorder) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	return r.note(r.Searcher.Advance(ctx, id))
}
