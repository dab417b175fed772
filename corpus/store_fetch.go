package corpus

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Fetch is the fetch state of one URL, any URL the crawler fetched:
// article, listing, sitemap or feed.
type Fetch struct {
	URL          string    `json:"url"`                     // normalized URL, the key
	Status       int       `json:"status,omitempty"`        // last HTTP status (304 kept as 304)
	ETag         string    `json:"etag,omitempty"`          // for If-None-Match
	LastModified string    `json:"last_modified,omitempty"` // as sent by the server, for If-Modified-Since
	BodyHash     string    `json:"body_hash,omitempty"`     // hash of the last 200 body
	ArticleID    string    `json:"article_id,omitempty"`    // article stored from it, if any
	Fetched      time.Time `json:"fetched,omitzero"`        // last time a 200 was received
	Checked      time.Time `json:"checked,omitzero"`        // last time it was requested
	Failures     int       `json:"failures,omitempty"`      // consecutive failures
	LastError    string    `json:"last_error,omitempty"`
}

// Fetch returns the fetch state of the URL u and whether there is one.
func (s *Store) Fetch(u string) (Fetch, bool, error) {
	var (
		f  Fetch
		ok bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketFetches).Get([]byte(u))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &f)
	})
	if err != nil {
		return Fetch{}, false, fmt.Errorf("fetch state of %s: %w", u, err)
	}
	return f, ok, nil
}

// PutFetch stores f, replacing the fetch state of f.URL.
func (s *Store) PutFetch(f Fetch) error {
	v, err := encodeFetch(f)
	if err != nil {
		return fmt.Errorf("put fetch state of %s: %w", f.URL, err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFetches).Put([]byte(f.URL), v)
	})
	if err != nil {
		return fmt.Errorf("put fetch state of %s: %w", f.URL, err)
	}
	return nil
}

// PutFetchAndArticle stores the article a (as PutArticle does) and the
// fetch state f, with f.ArticleID set to the id of the article returned,
// in one transaction: a crash never leaves one without the other.
func (s *Store) PutFetchAndArticle(f Fetch, a Article, raw []byte) (PutResult, Article, error) {
	if err := checkKey("url", f.URL); err != nil {
		return Unchanged, Article{}, fmt.Errorf("put fetch state of %s: %w", f.URL, err)
	}
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
		if res, out, err = putArticle(tx, p); err != nil {
			return err
		}
		f := f
		f.ArticleID = out.ID
		v, err := encodeFetch(f)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketFetches).Put([]byte(f.URL), v)
	})
	if err != nil {
		return Unchanged, Article{}, fmt.Errorf("put article %s and fetch state of %s: %w", a.URL, f.URL, err)
	}
	return res, out, nil
}

// encodeFetch checks and encodes f.
func encodeFetch(f Fetch) ([]byte, error) {
	if err := checkKey("url", f.URL); err != nil {
		return nil, err
	}
	v, err := json.Marshal(&f)
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return v, nil
}
