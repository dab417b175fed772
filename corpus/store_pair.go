package corpus

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Pair links an English article and its French translation. An article is
// in at most one pair.
type Pair struct {
	EN         string    `json:"en"`            // id of the English article
	FR         string    `json:"fr"`            // id of the French article
	Method     string    `json:"method"`        // how the pair was found: "hreflang", "switcher", "sitemap", "content"…
	Confidence float64   `json:"confidence"`    // 0..1
	Made       time.Time `json:"made,omitzero"` // when the pair was made, set by the caller
	Seq        uint64    `json:"seq"`           // store-wide change sequence number, set by the store
}

// SetPairs stores the pairs ps, in order, in one transaction. Both
// articles of a pair must be stored (else the error wraps ErrNotFound). An
// article is in at most one pair: a new pair removes any older pair of
// either of its articles, so a later pair in ps wins over an earlier one.
// A pair identical to the stored one (same EN, FR and Method) is left as
// it is (same Made, Confidence and Seq), so that pairing again is
// idempotent; any other pair gets a new Seq from the sequence the articles
// use.
func (s *Store) SetPairs(ps []Pair) error {
	for _, p := range ps {
		if err := checkKey("en id", p.EN); err != nil {
			return fmt.Errorf("set pair en %s fr %s: %w", p.EN, p.FR, err)
		}
		if err := checkKey("fr id", p.FR); err != nil {
			return fmt.Errorf("set pair en %s fr %s: %w", p.EN, p.FR, err)
		}
		if p.EN == p.FR {
			return fmt.Errorf("set pair en %s fr %s: an article paired with itself", p.EN, p.FR)
		}
	}
	err := s.update(func(tx *bolt.Tx) error {
		for _, p := range ps {
			if err := setPair(tx, p); err != nil {
				return fmt.Errorf("pair en %s fr %s: %w", p.EN, p.FR, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("set pairs: %w", err)
	}
	return nil
}

// setPair stores p in tx unless it is stored already.
func setPair(tx *bolt.Tx, p Pair) error {
	pairs, pairOf := tx.Bucket(bucketPairs), tx.Bucket(bucketPairOf)
	if old, ok, err := pairOfTx(tx, p.EN); err != nil {
		return err
	} else if ok && old.EN == p.EN && old.FR == p.FR && old.Method == p.Method {
		return nil
	}
	arts := tx.Bucket(bucketArticles)
	for _, id := range []string{p.EN, p.FR} {
		if arts.Get([]byte(id)) == nil {
			return fmt.Errorf("article %s: %w", id, ErrNotFound)
		}
	}
	for _, id := range []string{p.EN, p.FR} {
		if err := unpairTx(tx, id); err != nil {
			return err
		}
	}
	seq, err := tx.Bucket(bucketSeqs).NextSequence()
	if err != nil {
		return err
	}
	p.Seq = seq
	v, err := json.Marshal(&p)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	if err := pairs.Put([]byte(p.EN), v); err != nil {
		return err
	}
	if err := pairOf.Put([]byte(p.EN), []byte(p.EN)); err != nil {
		return err
	}
	return pairOf.Put([]byte(p.FR), []byte(p.EN))
}

// pairOfTx returns the pair of the article id in tx and whether it has one.
func pairOfTx(tx *bolt.Tx, id string) (Pair, bool, error) {
	en := tx.Bucket(bucketPairOf).Get([]byte(id))
	if en == nil {
		return Pair{}, false, nil
	}
	v := tx.Bucket(bucketPairs).Get(en)
	if v == nil {
		return Pair{}, false, fmt.Errorf("pair index names pair %s, which is not stored", en)
	}
	p, err := decodePair(en, v)
	return p, err == nil, err
}

// unpairTx removes the pair of the article id in tx, if it has one.
func unpairTx(tx *bolt.Tx, id string) error {
	p, ok, err := pairOfTx(tx, id)
	if !ok {
		return err
	}
	if err := tx.Bucket(bucketPairs).Delete([]byte(p.EN)); err != nil {
		return err
	}
	pairOf := tx.Bucket(bucketPairOf)
	if err := pairOf.Delete([]byte(p.EN)); err != nil {
		return err
	}
	return pairOf.Delete([]byte(p.FR))
}

// decodePair decodes the stored pair of the English article en.
func decodePair(en, v []byte) (Pair, error) {
	var p Pair
	if err := json.Unmarshal(v, &p); err != nil {
		return Pair{}, fmt.Errorf("decode pair %s: %w", en, err)
	}
	return p, nil
}

// Pairs calls fn on every pair, in order of English article id, and stops
// at the first error fn returns, which it returns. Like Articles, it calls
// fn outside any transaction.
func (s *Store) Pairs(fn func(Pair) error) error {
	return scan(s, bucketPairs, nil, "pairs", func(_ *bolt.Tx, k, v []byte) (Pair, error) {
		return decodePair(k, v)
	}, fn)
}

// PairOf returns the pair of the article id, English or French, and
// whether it has one.
func (s *Store) PairOf(id string) (Pair, bool, error) {
	var (
		p  Pair
		ok bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		p, ok, err = pairOfTx(tx, id)
		return err
	})
	if err != nil {
		return Pair{}, false, fmt.Errorf("pair of %s: %w", id, err)
	}
	return p, ok, nil
}

// Unpair removes the pair of the article id, English or French; it does
// nothing when the article has none.
func (s *Store) Unpair(id string) error {
	err := s.update(func(tx *bolt.Tx) error {
		return unpairTx(tx, id)
	})
	if err != nil {
		return fmt.Errorf("unpair %s: %w", id, err)
	}
	return nil
}
