package index

import (
	"context"
	"sort"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
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

// factRoots returns the articles that have a fact meeting all of conds,
// in order. On a scorch snapshot the facts are found on the posting
// bitmaps of each segment (factRootsBitmaps); otherwise by Bleve's
// searchers (factRootsSearch).
func factRoots(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, snap *snapshotInfo, conds []termSet) ([]uint64, error) {
	if len(conds) == 0 {
		return nil, nil
	}
	if is, ok := r.(*scorch.IndexSnapshot); ok {
		return factRootsBitmaps(ctx, is, snap, conds)
	}
	return factRootsSearch(ctx, r, m, snap, conditionsQuery(conds))
}

// factRootsBitmaps is factRoots on the posting bitmaps of each segment of
// the snapshot: a condition is the union of its terms' bitmaps, a fact
// filter the intersection of its conditions, and each fact found is mapped
// to its article, skipping the article's other facts. Bleve's searchers do
// the same through a document match and an Advance for each fact (a fact
// filter that most articles meet took 35 ms at 100,000 articles).
func factRootsBitmaps(ctx context.Context, is *scorch.IndexSnapshot, snap *snapshotInfo, conds []termSet) ([]uint64, error) {
	sets := make([][][]byte, len(conds))
	for i, c := range conds {
		terms, err := c.expand(is)
		if err != nil {
			return nil, err
		}
		if len(terms) == 0 {
			return nil, nil
		}
		for _, t := range terms {
			sets[i] = append(sets[i], []byte(t))
		}
	}
	var out []uint64
	w := walker{roots: snap.roots}
	var base uint64 // the first document number of the segment
	for _, ss := range is.Segments() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		seg := ss.Segment()
		first, end := base, base+seg.Count()
		base = end
		dict, err := seg.Dictionary(fieldFactTerms)
		if err != nil {
			return nil, err
		}
		var facts *roaring.Bitmap
		for _, terms := range sets {
			bm, err := segmentPostings(dict, terms, ss.Deleted())
			if err != nil {
				return nil, err
			}
			if facts == nil {
				facts = bm
			} else {
				facts.And(bm)
			}
			if facts.IsEmpty() {
				break
			}
		}
		it := facts.Iterator()
		for it.HasNext() {
			i, ok := w.rootOf(first + uint64(it.Next()))
			if !ok {
				continue
			}
			out = append(out, snap.roots[i])
			if i+1 >= len(snap.roots) || snap.roots[i+1] >= end {
				break
			}
			it.AdvanceIfNeeded(uint32(snap.roots[i+1] - first))
		}
	}
	return out, nil
}

// segmentPostings returns a new bitmap of the segment's documents that
// have one of terms and are not in except. (Zap hands out its own
// bitmaps: they are read, never changed.)
func segmentPostings(dict segment.TermDictionary, terms [][]byte, except *roaring.Bitmap) (*roaring.Bitmap, error) {
	var bms []*roaring.Bitmap
	single := roaring.New()
	for _, t := range terms {
		pl, err := dict.PostingsList(t, except, nil)
		if err != nil {
			return nil, err
		}
		it := pl.Iterator(false, false, false, nil)
		if o, ok := it.(segment.OptimizablePostingsIterator); ok {
			if d, ok := o.DocNum1Hit(); ok {
				single.Add(uint32(d))
			} else if bm := o.ActualBitmap(); bm != nil {
				bms = append(bms, bm)
			}
			continue
		}
		for {
			p, err := it.Next()
			if err != nil {
				return nil, err
			}
			if p == nil {
				break
			}
			single.Add(uint32(p.Number()))
		}
	}
	return roaring.FastOr(append(bms, single)...), nil
}

// factRootsSearch returns the articles that have a fact q matches, in
// order, by Bleve's searchers. A nested document's number is above its
// article's and below the next article's (zap keeps an article's
// descendants right after it): once a fact matches, the searcher skips to
// the next article.
func factRootsSearch(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, snap *snapshotInfo, q query.Query) ([]uint64, error) {
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

// inSet passes on the matches of a searcher whose documents are in a
// sorted set. It steps through the searcher's matches with Next while the
// set's next document is near, and skips with Advance when it is far: on a
// text query over several fields, an Advance costs several times a Next,
// and Bleve's conjunction with the set (an idQuery) advances for every
// match.
type inSet struct {
	search.Searcher
	ids []uint64
	i   int // ids[:i] are below the last match
	to  bindex.IndexInternalID
}

// skipGap is how far (in document numbers) the set's next document must
// be from a match for inSet to Advance rather than step: an article and
// its facts are about 25 documents.
const skipGap = 4096

// newInSet returns the matches of s that are in ids.
func newInSet(s search.Searcher, ids []uint64) *inSet {
	return &inSet{Searcher: s, ids: ids, to: make(bindex.IndexInternalID, 8)}
}

// seek moves to the first document of the set at or after v.
func (s *inSet) seek(v uint64) {
	rest := s.ids[s.i:]
	if len(rest) > 0 && rest[0] < v {
		s.i += sort.Search(len(rest), func(k int) bool { return rest[k] >= v })
	}
}

// filter returns dm if its document is in the set, else the next match
// that is.
func (s *inSet) filter(ctx *search.SearchContext, dm *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	for dm != nil && err == nil {
		v := dm.IndexInternalID.Value()
		s.seek(v)
		if s.i == len(s.ids) {
			ctx.DocumentMatchPool.Put(dm)
			return nil, nil
		}
		if s.ids[s.i] == v {
			return dm, nil
		}
		ctx.DocumentMatchPool.Put(dm)
		if s.ids[s.i]-v < skipGap {
			dm, err = s.Searcher.Next(ctx)
		} else {
			s.to.SetValue(s.ids[s.i])
			dm, err = s.Searcher.Advance(ctx, s.to)
		}
	}
	return dm, err
}

// Next returns the next match in the set.
func (s *inSet) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Next(ctx)
	return s.filter(ctx, dm, err)
}

// Advance returns the first match in the set at or after id.
func (s *inSet) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Advance(ctx, id)
	return s.filter(ctx, dm, err)
}

// Count returns an estimate of the matches: the smaller of the two.
func (s *inSet) Count() uint64 { return min(s.Searcher.Count(), uint64(len(s.ids))) }
