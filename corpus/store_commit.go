package corpus

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// committer is a group commit: it runs the writes that arrive while a
// transaction is being committed together in the next transaction, so
// that concurrent writers share one fsync, and runs a write alone at once
// when nothing else is in progress.
//
// bbolt's DB.Batch coalesces writers too, but it starts every batch after
// a timer (10 ms by default): a lone writer waits for it every time, which
// caps a sequential crawl at about 80 articles/s (BenchmarkPutArticle).
// Here the first writer to find the store idle leads: it commits what is
// queued, then hands the lead to the oldest write queued meanwhile, so no
// caller waits for more than its own transaction and the one before.
type committer struct {
	db    *bolt.DB
	mu    sync.Mutex
	queue []*write // writes waiting for the next transaction
	busy  bool     // a leader is committing
}

// write is one caller's function and the channel its result comes back on.
type write struct {
	fn   func(*bolt.Tx) error
	done chan error // buffered; errLead, then the result
}

// errLead tells a queued write that its goroutine now leads.
var errLead = errors.New("lead the next group commit")

// do runs fn in a read-write transaction, possibly shared with other
// callers' functions, and returns when that transaction is committed (and
// synced) or has failed. fn may run more than once, so it must only
// record its results in variables it overwrites on each run.
func (c *committer) do(fn func(*bolt.Tx) error) error {
	w := &write{fn: fn, done: make(chan error, 1)}
	c.mu.Lock()
	c.queue = append(c.queue, w)
	if c.busy {
		c.mu.Unlock()
		if err := <-w.done; err != errLead {
			return err
		}
		c.mu.Lock()
	}
	c.busy = true
	group := c.queue
	c.queue = nil
	c.mu.Unlock()

	c.commit(group)

	c.mu.Lock()
	if len(c.queue) > 0 {
		c.queue[0].done <- errLead
	} else {
		c.busy = false
	}
	c.mu.Unlock()
	return <-w.done
}

// commit runs the functions of group in one transaction and sends each
// its result. A function that fails is taken out, run alone so that its
// error is its own, and the others are run again without it.
func (c *committer) commit(group []*write) {
	for len(group) > 0 {
		failed := -1
		err := c.db.Update(func(tx *bolt.Tx) error {
			for i, w := range group {
				if err := call(w.fn, tx); err != nil {
					failed = i
					return err
				}
			}
			return nil
		})
		if failed < 0 {
			for _, w := range group {
				w.done <- err
			}
			return
		}
		w := group[failed]
		group = slices.Concat(group[:failed], group[failed+1:]) // a copy: the caller's slice stays whole
		w.done <- c.db.Update(func(tx *bolt.Tx) error { return call(w.fn, tx) })
	}
}

// call calls fn, turning a panic into an error so that one caller's bug
// does not leave the others of its group waiting forever.
func call(fn func(*bolt.Tx) error, tx *bolt.Tx) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic in store transaction: %v", p)
		}
	}()
	return fn(tx)
}
