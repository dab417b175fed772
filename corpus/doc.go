// Package corpus holds diglot's articles: the article store and the
// bundled sample site, a short English news story and its French
// translation that the README's first command runs on and that tests and
// the demo can use without a network.
//
// # The store
//
// Store keeps, under the --data directory, everything the nightly crawl
// gathers: every version of every article with its raw HTML, the fetch
// state of every URL (ETag, Last-Modified, failures), the English–French
// pairs and a little metadata (the last run, the last Seq indexed).
//
// It is one file, DIR/store.db, written with go.etcd.io/bbolt: an embedded
// key/value store (no server to run), already a dependency of Bleve, with
// ACID transactions over a single file that is copied, backed up or
// deleted as one. A transaction is fsynced before its commit returns, and
// bbolt's copy-on-write pages and double meta page mean that killing the
// process at any moment loses nothing committed and leaves nothing half
// written: the file reopens as of the last commit. bbolt takes an
// exclusive file lock, so a second process's Open fails (ErrLocked)
// instead of corrupting the file.
//
// Each write is one transaction that also updates the indexes it
// touches, so they never disagree with the articles: URL (canonical or
// alias) → id, language + content hash → id (duplicates reached by two
// URLs are stored once), Seq → id (ArticlesSince, for incremental
// indexing), article → pair. Values are JSON: readable with bbolt's own
// tools, and tolerant of fields added later (gob would need a type
// description with every value, or a stream the store cannot keep). Raw
// HTML is gzipped at BestSpeed, about a third to a quarter of its size.
//
// Writers that arrive while a transaction is being committed share the
// next one (a group commit), so concurrent crawl workers share one fsync
// and a lone writer never waits for a timer.
//
// corpus must not import ingest, extract or index: they import it.
package corpus
