package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	bolterrors "go.etcd.io/bbolt/errors"
	"golang.org/x/sync/errgroup"
)

// ErrLocked is wrapped by the error Open returns when another process holds
// the index: Bleve lets one process at a time open it.
var ErrLocked = errors.New("index is in use by another process")

// ErrMappingVersion is wrapped by the error Open returns for an index built
// by a diglot with another mapping (fields, analysis): it must be rebuilt
// from the store (`diglot index --rebuild`).
var ErrMappingVersion = errors.New("index was built with another mapping version")

// lockTimeout is how long Open waits for another process to release the
// index before it gives up with ErrLocked.
const lockTimeout = "1s"

// batchSize is the most documents Put sends to Bleve in one batch.
const batchSize = 500

// putParallel is how many batches Put has Bleve build at once: building a
// batch's segment takes one core, and a batch then waits for its segment to
// be written and synced.
const putParallel = 2

// Keys of the index's internal store (Bleve SetInternal). Bleve's own keys
// start with an underscore.
const (
	internalVersion = "diglot:mapping"
	internalMeta    = "diglot:meta:"
)

// Doc is one article as indexed. Everything the search page shows comes
// from the index (stored fields): the server does not read the store.
type Doc struct {
	ID        string
	Lang      string // "en", "fr" (other values allowed: indexed with a plain analyzer)
	Source    string
	URL       string
	Title     string
	Lead      string
	Body      string // paragraphs joined by "\n\n"
	Section   string
	Published time.Time // zero when unknown
	Pair      string    // id of the other-language version, or ""
	PairTitle string
	PairURL   string
	Facts     []Fact
}

// Text returns Title, Lead and Body joined by "\n\n" (empty parts skipped):
// the text fact offsets refer to.
func (d *Doc) Text() string {
	parts := make([]string, 0, 3)
	for _, p := range []string{d.Title, d.Lead, d.Body} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "\n\n")
}

// Fact is one fact of an article with its consistency status against the
// paired version.
type Fact struct {
	Kind    string    // money, percent, quantity, date, ordinal
	Value   string    // exact decimal string, or date notation (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, A/B)
	Number  float64   // Value as a number (not for dates)
	From    time.Time // dates: first day of the period (UTC); zero otherwise
	To      time.Time // dates: last day of the period
	Unit    string
	Concept string
	Status  string // match, rounded, mismatch, only_en, only_fr; "" when the article has no pair
	Reason  string // for mismatch
	Text    string // as written
	Start   int    // UTF-8 byte offsets into Doc.Text()
	End     int
	Other   string // for a paired fact: the other version's text as written ("" otherwise)
}

// Index is an open search index of articles and their facts. It is safe
// for concurrent use; one process at a time can hold it open.
type Index struct {
	b   bleve.Index
	dir string

	mu   sync.Mutex
	snap *snapshotInfo // of the snapshot last searched
}

// Open opens the index in dir, creating it (with the mapping) when absent.
// When another process holds it, Open fails within about a second with an
// error wrapping ErrLocked. Opening an index built with another mapping
// version fails with an error wrapping ErrMappingVersion that tells to
// rebuild it (`diglot index --rebuild`).
func Open(dir string) (*Index, error) {
	_, err := os.Stat(filepath.Join(dir, "index_meta.json"))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return create(dir)
	case err != nil:
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	return openExisting(dir)
}

// openExisting opens the index Bleve has made in dir.
func openExisting(dir string) (*Index, error) {
	b, err := bleve.OpenUsing(dir, scorchConfig())
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("open index %s: %w", dir, ErrLocked)
	}
	if err != nil {
		if strings.Contains(err.Error(), "registered") || strings.Contains(err.Error(), "mapping") {
			return nil, fmt.Errorf("open index %s: %w (%v): rebuild it with `diglot index --rebuild`", dir, ErrMappingVersion, err)
		}
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	v, err := b.GetInternal([]byte(internalVersion))
	if err != nil {
		_ = b.Close()
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	if string(v) != mappingVersion {
		_ = b.Close()
		got := string(v)
		if got == "" {
			got = "none"
		}
		return nil, fmt.Errorf("open index %s: %w (%s, this diglot uses %s): rebuild it with `diglot index --rebuild`",
			dir, ErrMappingVersion, got, mappingVersion)
	}
	return &Index{b: b, dir: dir}, nil
}

// scorchConfig returns the configuration of Bleve's index: the lock
// timeout, and a merge policy that keeps fewer segments than Bleve's (a
// search pays for every segment: at 100,000 articles, 21 segments made
// searches a third slower than one).
func scorchConfig() map[string]any {
	return map[string]any{
		"bolt_timeout": lockTimeout,
		"scorchMergePlanOptions": map[string]any{
			"MaxSegmentsPerTier":   mergeSegmentsPerTier,
			"SegmentsPerMergeTask": mergeSegmentsPerTier,
		},
	}
}

// mergeSegmentsPerTier is how many segments of a size Bleve keeps before
// merging them (Bleve's default is 10).
const mergeSegmentsPerTier = 10

// Compact merges the index into one segment, for the fastest searches:
// call it after a rebuild or a large batch of changes. It returns when the
// merge is done; searches and writes go on meanwhile.
func (ix *Index) Compact(ctx context.Context) error {
	adv, err := ix.b.Advanced()
	if err != nil {
		return fmt.Errorf("compact index %s: %w", ix.dir, err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	if err := s.ForceMerge(ctx, nil); err != nil {
		return fmt.Errorf("compact index %s: %w", ix.dir, err)
	}
	return nil
}

// create makes a new, empty index in dir. Bleve writes its files one by
// one, so a process killed while creating would leave a directory that no
// longer opens; the index is therefore made beside dir and renamed into
// place whole. Leftovers of a creation killed earlier are removed.
func create(dir string) (*Index, error) {
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	removeStaleCreations(parent, base)
	tmp, err := os.MkdirTemp(parent, base+creatingSuffix)
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	defer os.RemoveAll(tmp) // gone after the rename, unless it failed
	if err := buildEmpty(tmp); err != nil {
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	// An empty directory may stand in the index's place (a new temporary
	// directory); Go's Rename does not replace a directory.
	if err := os.Remove(dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		if _, serr := os.Stat(filepath.Join(dir, "index_meta.json")); serr == nil {
			return openExisting(dir) // another process created it first
		}
		return nil, fmt.Errorf("create index %s: the directory exists and holds no index: %w", dir, err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, serr := os.Stat(filepath.Join(dir, "index_meta.json")); serr == nil {
			return openExisting(dir) // another process created it first
		}
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	if d, err := os.Open(parent); err == nil {
		_ = d.Sync() // make the rename durable
		_ = d.Close()
	}
	return openExisting(dir)
}

// creatingSuffix marks the directory an index is made in before it is
// renamed into place.
const creatingSuffix = ".creating-"

// buildEmpty makes an empty index with the mapping and its version in
// dir, and closes it.
func buildEmpty(dir string) error {
	m, err := newMapping()
	if err != nil {
		return fmt.Errorf("mapping: %w", err)
	}
	if err := os.Remove(dir); err != nil { // Bleve makes the directory itself
		return err
	}
	b, err := bleve.NewUsing(dir, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, scorchConfig())
	if err != nil {
		return err
	}
	if err := b.SetInternal([]byte(internalVersion), []byte(mappingVersion)); err != nil {
		_ = b.Close()
		return err
	}
	return b.Close()
}

// removeStaleCreations removes what creations of base in parent left when
// their process was killed: creating an index takes well under a second,
// so one older than a minute is no longer in progress.
func removeStaleCreations(parent, base string) {
	old, _ := filepath.Glob(filepath.Join(parent, base+creatingSuffix+"*"))
	for _, p := range old {
		if fi, err := os.Stat(p); err == nil && time.Since(fi.ModTime()) > time.Minute {
			_ = os.RemoveAll(p)
		}
	}
}

// Close closes the index; its files stay on disk.
func (ix *Index) Close() error {
	if err := ix.b.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", ix.dir, err)
	}
	return nil
}

// Put adds or replaces documents by ID, in batches (one Bleve batch per
// call or per 500 documents; two batches are built at once, each on its own
// core). Replacing a document replaces its facts. When docs has an ID more
// than once, the last one wins. Put returns when every batch is on disk.
func (ix *Index) Put(docs []Doc) error {
	last := make(map[string]int, len(docs))
	for i := range docs {
		if docs[i].ID == "" {
			return fmt.Errorf("index document %d: empty id", i)
		}
		last[docs[i].ID] = i
	}
	var g errgroup.Group
	g.SetLimit(putParallel)
	for start := 0; start < len(docs); start += batchSize {
		chunk := docs[start:min(start+batchSize, len(docs))]
		g.Go(func() error {
			batch := ix.b.NewBatch()
			for i := range chunk {
				d := &chunk[i]
				if last[d.ID] != start+i {
					continue
				}
				if err := batch.Index(d.ID, indexFields(d)); err != nil {
					return fmt.Errorf("index document %s: %w", d.ID, err)
				}
			}
			if err := ix.b.Batch(batch); err != nil {
				return fmt.Errorf("index %d documents: %w", len(chunk), err)
			}
			return nil
		})
	}
	return g.Wait()
}

// Delete removes documents, and their facts, by ID; unknown IDs are ignored.
func (ix *Index) Delete(ids ...string) error {
	for start := 0; start < len(ids); start += batchSize {
		end := min(start+batchSize, len(ids))
		batch := ix.b.NewBatch()
		for _, id := range ids[start:end] {
			batch.Delete(id)
		}
		if err := ix.b.Batch(batch); err != nil {
			return fmt.Errorf("delete %d documents: %w", end-start, err)
		}
	}
	return nil
}

// Doc returns the stored document id (all fields, facts included), for the
// article view; ok is false when the index does not have it.
func (ix *Index) Doc(id string) (doc Doc, ok bool, err error) {
	d, err := ix.b.Document(id)
	if err != nil {
		return Doc{}, false, fmt.Errorf("read document %s: %w", id, err)
	}
	if d == nil {
		return Doc{}, false, nil
	}
	doc, err = docOf(d)
	if err != nil {
		return Doc{}, false, fmt.Errorf("read document %s: %w", id, err)
	}
	return doc, true, nil
}

// storedDoc reads document id from a reader.
func storedDoc(r bindex.IndexReader, id string) (Doc, error) {
	d, err := r.Document(id)
	if err != nil {
		return Doc{}, fmt.Errorf("read document %s: %w", id, err)
	}
	if d == nil {
		return Doc{}, fmt.Errorf("read document %s: not found", id)
	}
	doc, err := docOf(d)
	if err != nil {
		return Doc{}, fmt.Errorf("read document %s: %w", id, err)
	}
	return doc, nil
}

// docOf decodes the stored field of a Bleve document.
func docOf(d bindex.Document) (Doc, error) {
	var src []byte
	d.VisitFields(func(f bindex.Field) {
		if f.Name() == fieldStored {
			src = f.Value()
		}
	})
	return decodeDoc(src)
}

// Count returns the number of documents (articles) in the index.
func (ix *Index) Count() (uint64, error) {
	n, err := ix.b.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}

// Meta returns the value SetMeta recorded under key; ok is false when there
// is none.
func (ix *Index) Meta(key string) (value string, ok bool, err error) {
	v, err := ix.b.GetInternal([]byte(internalMeta + key))
	if err != nil {
		return "", false, fmt.Errorf("read index meta %s: %w", key, err)
	}
	if len(v) == 0 {
		return "", false, nil
	}
	return string(v[1:]), true, nil
}

// SetMeta records value under key in the index (Bleve SetInternal): the
// caller records how far it has indexed.
func (ix *Index) SetMeta(key, value string) error {
	// A one-byte prefix tells an empty value from no value.
	if err := ix.b.SetInternal([]byte(internalMeta+key), []byte("v"+value)); err != nil {
		return fmt.Errorf("write index meta %s: %w", key, err)
	}
	return nil
}

// indexFields returns what Bleve indexes of d: the fields of the mapping,
// the facts as nested objects, and the whole document stored as JSON.
func indexFields(d *Doc) map[string]any {
	m := map[string]any{
		fieldDoc:    docMarker,
		fieldStored: string(encodeDoc(d)), // a string: Bleve would read []byte as numbers
	}
	set := func(name, v string) {
		if v != "" {
			m[name] = v
		}
	}
	set(fieldLang, strings.ToLower(d.Lang))
	set(fieldSource, d.Source)
	set(fieldSection, d.Section)
	set(fieldURL, d.URL)
	set(fieldPair, d.Pair)
	lang := strings.ToLower(d.Lang)
	var facets []string
	if lang != "" {
		facets = append(facets, facetLang+clean(lang))
	}
	if d.Source != "" {
		facets = append(facets, facetSource+clean(d.Source))
	}
	if !d.Published.IsZero() {
		month := d.Published.Format("2006-01")
		m[fieldPublished] = d.Published
		m[fieldMonth] = month
		facets = append(facets, facetMonth+month)
	}
	if len(facets) > 0 {
		m[fieldFacet] = strings.Join(facets, string(termSep))
	}
	suffix := langSuffix(strings.ToLower(d.Lang))
	set("title_"+suffix, d.Title)
	set("lead_"+suffix, d.Lead)
	set("body_"+suffix, d.Body)
	if len(d.Facts) > 0 {
		facts := make([]any, 0, len(d.Facts))
		for i := range d.Facts {
			facts = append(facts, map[string]any{"t": factTerms(&d.Facts[i])})
		}
		m[fieldFacts] = facts
	}
	return m
}

// clean removes termSep from a value that goes into a term list.
func clean(v string) string {
	return strings.ReplaceAll(v, string(termSep), "")
}

// dayNumber returns t's calendar day (in t's location) as days since
// 1970-01-01: dates are indexed and compared by day.
func dayNumber(t time.Time) float64 {
	y, mo, d := t.Date()
	return float64(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// normUnit returns unit as indexed and filtered: upper case for currencies,
// lower case otherwise.
func normUnit(kind, unit string) string {
	if kind == "money" {
		return strings.ToUpper(unit)
	}
	return strings.ToLower(unit)
}
