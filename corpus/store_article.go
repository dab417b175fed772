package corpus

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Article is one stored article version: the latest unless read through
// Versions. The store sets Hash, Version and Seq; the caller sets the rest,
// Stored included (so tests control the clock).
type Article struct {
	ID           string            `json:"id"`                      // ArticleID(URL)
	URL          string            `json:"url"`                     // canonical URL
	Source       string            `json:"source,omitempty"`        // configuration source name
	Lang         string            `json:"lang"`                    // language used ("en", "fr", "vi"…)
	DeclaredLang string            `json:"declared_lang,omitempty"` // language the page declares
	DetectedLang string            `json:"detected_lang,omitempty"` // language the detector found
	Confidence   float64           `json:"confidence,omitempty"`    // detector confidence, 0..1
	Title        string            `json:"title,omitempty"`
	Lead         string            `json:"lead,omitempty"`
	Body         []string          `json:"body,omitempty"` // paragraphs
	Published    time.Time         `json:"published,omitzero"`
	Modified     time.Time         `json:"modified,omitzero"`
	Author       string            `json:"author,omitempty"`
	Section      string            `json:"section,omitempty"`
	Alternates   map[string]string `json:"alternates,omitempty"` // language → URL
	Hash         string            `json:"hash"`                 // hex SHA-256 of Text(), set by the store
	Version      int               `json:"version"`              // 1, 2, …, set by the store
	Stored       time.Time         `json:"stored,omitzero"`      // when this version was stored, set by the caller
	Seq          uint64            `json:"seq"`                  // store-wide change sequence number, set by the store
}

// ArticleID returns the id of the article whose canonical URL is
// canonicalURL: the first 16 hexadecimal digits of its SHA-256.
func ArticleID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:8])
}

// Text returns the article's Title, Lead and Body paragraphs joined by
// blank lines, leaving out the empty ones.
func (a *Article) Text() string {
	parts := make([]string, 0, 2+len(a.Body))
	for _, p := range append([]string{a.Title, a.Lead}, a.Body...) {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "\n\n")
}

// contentHash is the Hash of an article: the hex SHA-256 of its Text.
func contentHash(a *Article) string {
	sum := sha256.Sum256([]byte(a.Text()))
	return hex.EncodeToString(sum[:])
}

// PutResult says what PutArticle did.
type PutResult int

// What PutArticle did.
const (
	Unchanged PutResult = iota // nothing new: same content as stored, under this id or another
	New                        // a new article, stored as version 1
	Changed                    // new content for a stored article, stored as the next version
)

// String returns "unchanged", "new" or "changed".
func (r PutResult) String() string {
	switch r {
	case Unchanged:
		return "unchanged"
	case New:
		return "new"
	case Changed:
		return "changed"
	}
	return "PutResult(" + strconv.Itoa(int(r)) + ")"
}

// PutArticle stores a and its raw HTML (compressed) in one transaction and
// reports what happened:
//
//   - New: no article has a's id and none in a's language has its
//     content: a is stored as version 1.
//   - Unchanged: the latest version of a's id has the same content, or,
//     when no article has a's id, another article in a's language has the
//     same content (one article reached by two URLs). Nothing is stored
//     but, in the second case, a.URL as an alias of the other article
//     (ArticleByURL finds it); the Article returned is the stored one.
//   - Changed: the latest version of a's id has other content: it is kept
//     (Versions) and a becomes the next version, with a new Seq.
//
// a.ID may be empty (it is then set to ArticleID(a.URL)); any other value
// must be ArticleID(a.URL). a.Hash, a.Version and a.Seq are set by the
// store. Content means Text(); a change of metadata alone (Published,
// Alternates…) leaves the article Unchanged. PutArticle returns the stored
// article: a as stored, or the existing one.
func (s *Store) PutArticle(a Article, raw []byte) (PutResult, Article, error) {
	p, err := prepareArticle(a, raw)
	if err != nil {
		return Unchanged, Article{}, fmt.Errorf("put article %s: %w", a.URL, err)
	}
	var (
		res PutResult
		out Article
	)
	err = s.update(func(tx *bolt.Tx) error {
		var err error
		res, out, err = putArticle(tx, p)
		return err
	})
	if err != nil {
		return Unchanged, Article{}, fmt.Errorf("put article %s: %w", a.URL, err)
	}
	return res, out, nil
}

// preparedArticle is an article ready to be written: its id and hash set,
// its raw HTML compressed, all outside the write transaction.
type preparedArticle struct {
	a   Article
	raw []byte // gzip
}

// prepareArticle checks a, sets its ID and Hash and compresses raw.
func prepareArticle(a Article, raw []byte) (preparedArticle, error) {
	if err := checkKey("url", a.URL); err != nil {
		return preparedArticle{}, err
	}
	if err := checkKey("lang", a.Lang); err != nil {
		return preparedArticle{}, err
	}
	id := ArticleID(a.URL)
	if a.ID != "" && a.ID != id {
		return preparedArticle{}, fmt.Errorf("id %s is not the url's id %s", a.ID, id)
	}
	a.ID, a.Hash, a.Version, a.Seq = id, contentHash(&a), 0, 0
	z, err := compress(raw)
	if err != nil {
		return preparedArticle{}, err
	}
	return preparedArticle{a: a, raw: z}, nil
}

// putArticle is PutArticle inside tx. It may run more than once (DB.Batch)
// and writes nothing it did not read first in the same transaction.
func putArticle(tx *bolt.Tx, p preparedArticle) (PutResult, Article, error) {
	var (
		arts   = tx.Bucket(bucketArticles)
		hashes = tx.Bucket(bucketHashes)
		seqs   = tx.Bucket(bucketSeqs)
		urls   = tx.Bucket(bucketURLs)
		a      = p.a
		id     = []byte(a.ID)
		res    PutResult
	)
	if v := arts.Get(id); v != nil {
		old, err := decodeArticle(a.ID, v)
		if err != nil {
			return Unchanged, Article{}, err
		}
		if old.Hash == a.Hash {
			return Unchanged, old, nil
		}
		if err := tx.Bucket(bucketHistory).Put(versionKey(a.ID, old.Version), bytes.Clone(v)); err != nil {
			return Unchanged, Article{}, err
		}
		if err := hashes.Delete(hashKey(old.Lang, old.Hash, old.ID)); err != nil {
			return Unchanged, Article{}, err
		}
		if err := seqs.Delete(seqKey(old.Seq)); err != nil {
			return Unchanged, Article{}, err
		}
		a.Version, res = old.Version+1, Changed
	} else {
		if dup := sameContent(hashes, a.Lang, a.Hash, a.ID); dup != "" {
			v := arts.Get([]byte(dup))
			if v == nil {
				return Unchanged, Article{}, fmt.Errorf("hash index names article %s, which is not stored", dup)
			}
			old, err := decodeArticle(dup, v)
			if err != nil {
				return Unchanged, Article{}, err
			}
			if err := urls.Put([]byte(a.URL), []byte(dup)); err != nil {
				return Unchanged, Article{}, err
			}
			return Unchanged, old, nil
		}
		a.Version, res = 1, New
	}
	seq, err := seqs.NextSequence()
	if err != nil {
		return Unchanged, Article{}, err
	}
	a.Seq = seq
	v, err := json.Marshal(&a)
	if err != nil {
		return Unchanged, Article{}, fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	for _, kv := range []struct {
		bucket, k, v []byte
	}{
		{bucketArticles, id, v},
		{bucketRaw, versionKey(a.ID, a.Version), p.raw},
		{bucketURLs, []byte(a.URL), id},
		{bucketHashes, hashKey(a.Lang, a.Hash, a.ID), []byte{}},
		{bucketSeqs, seqKey(seq), id},
	} {
		if err := tx.Bucket(kv.bucket).Put(kv.k, kv.v); err != nil {
			return Unchanged, Article{}, fmt.Errorf("%s: %w", kv.bucket, err)
		}
	}
	return res, a, nil
}

// hashKey is the key of the hash index: language, content hash and id,
// separated by NUL bytes, so that the articles of one language and content
// are neighbours.
func hashKey(lang, hash, id string) []byte {
	k := make([]byte, 0, len(lang)+len(hash)+len(id)+2)
	k = append(k, lang...)
	k = append(k, 0)
	k = append(k, hash...)
	k = append(k, 0)
	return append(k, id...)
}

// sameContent returns the id of an article other than id in language lang
// whose latest version has content hash hash, or "".
func sameContent(hashes *bolt.Bucket, lang, hash, id string) string {
	prefix := hashKey(lang, hash, "")
	c := hashes.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if other := string(k[len(prefix):]); other != id {
			return other
		}
	}
	return ""
}

// decodeArticle decodes the stored article id.
func decodeArticle(id string, v []byte) (Article, error) {
	var a Article
	if err := json.Unmarshal(v, &a); err != nil {
		return Article{}, fmt.Errorf("decode article %s: %w", id, err)
	}
	return a, nil
}

// Article returns the latest version of the article id and whether it is
// stored.
func (s *Store) Article(id string) (Article, bool, error) {
	var (
		a  Article
		ok bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketArticles).Get([]byte(id))
		if v == nil {
			return nil
		}
		ok = true
		var err error
		a, err = decodeArticle(id, v)
		return err
	})
	if err != nil {
		return Article{}, false, fmt.Errorf("article %s: %w", id, err)
	}
	return a, ok, nil
}

// ArticleByURL returns the latest version of the article whose canonical
// URL, or an alias of it (see PutArticle), is u, and whether there is one.
func (s *Store) ArticleByURL(u string) (Article, bool, error) {
	var (
		a  Article
		ok bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketURLs).Get([]byte(u))
		if id == nil {
			return nil
		}
		v := tx.Bucket(bucketArticles).Get(id)
		if v == nil {
			return fmt.Errorf("url index names article %s, which is not stored", id)
		}
		ok = true
		var err error
		a, err = decodeArticle(string(id), v)
		return err
	})
	if err != nil {
		return Article{}, false, fmt.Errorf("article %s: %w", u, err)
	}
	return a, ok, nil
}

// Versions returns every stored version of the article id, oldest first,
// the latest included; none when id is not stored.
func (s *Store) Versions(id string) ([]Article, error) {
	var out []Article
	err := s.db.View(func(tx *bolt.Tx) error {
		latest := tx.Bucket(bucketArticles).Get([]byte(id))
		if latest == nil {
			return nil
		}
		prefix := versionPrefix(id)
		c := tx.Bucket(bucketHistory).Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			a, err := decodeArticle(id, v)
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		a, err := decodeArticle(id, latest)
		out = append(out, a)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("versions of %s: %w", id, err)
	}
	return out, nil
}

// Raw returns the raw HTML stored with version version of the article id,
// decompressed, or an error wrapping ErrNotFound.
func (s *Store) Raw(id string, version int) ([]byte, error) {
	var raw []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		z := tx.Bucket(bucketRaw).Get(versionKey(id, version))
		if z == nil {
			return ErrNotFound
		}
		var err error
		raw, err = decompress(z)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("raw html of %s version %d: %w", id, version, err)
	}
	return raw, nil
}

// Articles calls fn on the latest version of every article, in id order,
// and stops at the first error fn returns, which it returns. The articles
// are read a page at a time, and fn is called outside any transaction: it
// may use the Store, and may or may not see the changes made meanwhile.
func (s *Store) Articles(fn func(Article) error) error {
	return scan(s, bucketArticles, nil, "articles", func(tx *bolt.Tx, k, v []byte) (Article, error) {
		return decodeArticle(string(k), v)
	}, fn)
}

// ArticlesSince calls fn on the latest version of every article whose Seq
// is greater than seq, in Seq order, and stops at the first error fn
// returns, which it returns: an indexer keeps the last Seq it indexed and
// asks for what changed since. Like Articles, it calls fn outside any
// transaction; an article changed meanwhile comes again, later, with its
// new Seq.
func (s *Store) ArticlesSince(seq uint64, fn func(Article) error) error {
	if seq == math.MaxUint64 {
		return nil
	}
	return scan(s, bucketSeqs, seqKey(seq+1), "articles since "+strconv.FormatUint(seq, 10),
		func(tx *bolt.Tx, k, id []byte) (Article, error) {
			v := tx.Bucket(bucketArticles).Get(id)
			if v == nil {
				return Article{}, fmt.Errorf("seq index names article %s, which is not stored", id)
			}
			return decodeArticle(string(id), v)
		}, fn)
}

// scan is the loop of Articles, ArticlesSince and Pairs: it reads the
// records of bucket from the key from on, pageSize at a time in a read
// transaction, and calls fn on them after the transaction.
func scan[T any](s *Store, bucket, from []byte, what string,
	decode func(tx *bolt.Tx, k, v []byte) (T, error), fn func(T) error) error {
	var (
		page  = make([]T, 0, s.pageSize)
		after []byte // last key read; the next page starts after it
	)
	for {
		page = page[:0]
		err := s.db.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucket).Cursor()
			var k, v []byte
			if after == nil {
				k, v = c.Seek(from)
			} else if k, v = c.Seek(after); bytes.Equal(k, after) {
				k, v = c.Next()
			}
			for ; k != nil && len(page) < s.pageSize; k, v = c.Next() {
				x, err := decode(tx, k, v)
				if err != nil {
					return err
				}
				page = append(page, x)
				after = append(after[:0], k...)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		for _, x := range page {
			if err := fn(x); err != nil {
				return err
			}
		}
		if len(page) < s.pageSize {
			return nil
		}
	}
}

// Count returns the number of articles stored (their latest versions).
func (s *Store) Count() (int, error) {
	var n int
	err := s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketSeqs).Stats().KeyN
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// gzipWriters recycles the compressors of raw HTML: a gzip.Writer
// allocates about a megabyte.
var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // BestSpeed is a valid level
	return w
}}

// compress returns raw gzipped at BestSpeed.
func compress(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(raw)/3 + 64)
	w := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(raw); err != nil {
		return nil, fmt.Errorf("compress raw html: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("compress raw html: %w", err)
	}
	return buf.Bytes(), nil
}

// decompress returns the raw HTML that compress compressed into z.
func decompress(z []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	return raw, nil
}
