package corpus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// FileName is the name of the store's file inside its directory.
const FileName = "store.db"

// formatVersion is the version of the store's layout, kept in the info
// bucket. A store written by a later layout is refused rather than misread.
const formatVersion = "1"

// lockTimeout is how long Open waits for another process to release the
// store before it gives up with ErrLocked.
const lockTimeout = time.Second

// ErrLocked is returned (wrapped) by Open when another process holds the
// store.
var ErrLocked = errors.New("store is in use by another process")

// ErrNotFound is returned (wrapped) when something asked for by id is not
// in the store: the raw HTML of an unknown article version, an article
// named by a pair that was never stored.
var ErrNotFound = errors.New("not found")

// Buckets. Keys are ids, URLs and big-endian sequence numbers; values are
// JSON, except the raw HTML (gzip) and the index buckets (ids or nothing).
var (
	bucketInfo     = []byte("info")     // "format" → formatVersion
	bucketArticles = []byte("articles") // id → Article (latest version)
	bucketHistory  = []byte("history")  // versionKey(id, v) → Article (superseded versions)
	bucketRaw      = []byte("raw")      // versionKey(id, v) → gzip of the raw HTML
	bucketURLs     = []byte("urls")     // canonical URL or alias → id
	bucketHashes   = []byte("hashes")   // hashKey(lang, hash, id) → empty
	bucketSeqs     = []byte("seqs")     // seqKey(seq) → id, for the latest versions only; owns the sequence
	bucketFetches  = []byte("fetches")  // URL → Fetch
	bucketPairs    = []byte("pairs")    // EN id → Pair
	bucketPairOf   = []byte("pairof")   // id (EN or FR) → EN id of its pair
	bucketMeta     = []byte("meta")     // key → value, for callers
)

var allBuckets = [][]byte{
	bucketInfo, bucketArticles, bucketHistory, bucketRaw, bucketURLs, bucketHashes,
	bucketSeqs, bucketFetches, bucketPairs, bucketPairOf, bucketMeta,
}

// defaultPageSize is how many records an iteration (Articles,
// ArticlesSince, Pairs) reads in one read transaction before it calls its
// function on them outside the transaction.
const defaultPageSize = 128

// Store is the article store: the latest version of every article and its
// earlier versions, the raw HTML of each version, the fetch state of every
// URL, the English–French pairs and a little metadata, in one bbolt file.
// It is safe for concurrent use.
type Store struct {
	db     *bolt.DB
	path   string
	commit *committer
	// pageSize is the number of records an iteration reads at a time:
	// defaultPageSize, less in tests.
	pageSize int
	// mode is how writes are committed: modeGroup (the default),
	// modeUpdate or modeBatch; benchmarks compare them.
	mode commitMode
}

// commitMode is how the store commits its writes.
type commitMode int

const (
	modeGroup  commitMode = iota // committer: concurrent writers share a transaction, no delay
	modeUpdate                   // DB.Update: one transaction per write
	modeBatch                    // DB.Batch: concurrent writers share a transaction started by a timer
)

// Open opens the store in dir, creating the directory and the file
// (dir/store.db) if needed. When another process holds the store, Open
// fails within about a second with an error wrapping ErrLocked; it never
// blocks forever.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	path := filepath.Join(dir, FileName)
	db, err := bolt.Open(path, 0o644, &bolt.Options{
		Timeout: lockTimeout,
		// The hashmap freelist stays fast as a file that is rewritten
		// every night fragments (etcd uses it too).
		FreelistType: bolt.FreelistMapType,
	})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("open store %s: %w", dir, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("bucket %s: %w", name, err)
			}
		}
		info := tx.Bucket(bucketInfo)
		switch v := info.Get([]byte("format")); {
		case v == nil:
			return info.Put([]byte("format"), []byte(formatVersion))
		case string(v) != formatVersion:
			return fmt.Errorf("format %q, this diglot reads format %q", v, formatVersion)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return &Store{db: db, path: path, commit: &committer{db: db}, pageSize: defaultPageSize}, nil
}

// Close closes the store, waiting for the transactions in progress. The
// Store must not be used afterwards.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// Meta returns the value of the metadata key and whether it is set.
func (s *Store) Meta(key string) (string, bool, error) {
	var (
		v  string
		ok bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketMeta).Get([]byte(key))
		v, ok = string(b), b != nil
		return nil
	})
	if err != nil {
		return "", false, fmt.Errorf("meta %s: %w", key, err)
	}
	return v, ok, nil
}

// SetMeta sets the metadata key to value. It is meant for small state:
// the time of the last successful run, the last Seq indexed.
func (s *Store) SetMeta(key, value string) error {
	if err := checkKey("key", key); err != nil {
		return fmt.Errorf("set meta %s: %w", key, err)
	}
	err := s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put([]byte(key), []byte(value))
	})
	if err != nil {
		return fmt.Errorf("set meta %s: %w", key, err)
	}
	return nil
}

// update runs fn in a read-write transaction that is committed (and
// synced to disk) when update returns nil. fn may share its transaction
// with other callers' and may be run more than once, so it must only
// record its results in variables it overwrites on each run.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	switch s.mode {
	case modeUpdate:
		return s.db.Update(fn)
	case modeBatch:
		return s.db.Batch(fn)
	}
	return s.commit.do(fn)
}

// checkKey reports whether k can be a bbolt key: not empty and not over
// bbolt's limit.
func checkKey(what, k string) error {
	switch {
	case k == "":
		return fmt.Errorf("empty %s", what)
	case len(k) > bolt.MaxKeySize-64: // room for the suffixes of composite keys
		return fmt.Errorf("%s of %d bytes is too long", what, len(k))
	}
	return nil
}

// seqKey is the big-endian key of a sequence number, so that keys sort as
// numbers.
func seqKey(seq uint64) []byte {
	return binary.BigEndian.AppendUint64(make([]byte, 0, 8), seq)
}

// versionKey is the key of one version of an article: its id, a slash
// (ids are hexadecimal) and the big-endian version.
func versionKey(id string, version int) []byte {
	k := make([]byte, 0, len(id)+5)
	k = append(k, id...)
	k = append(k, '/')
	return binary.BigEndian.AppendUint32(k, uint32(version))
}

// versionPrefix is the prefix of the keys of every version of an article.
func versionPrefix(id string) []byte {
	return append([]byte(id), '/')
}
