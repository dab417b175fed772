// Package index is the search index of articles and their facts, on
// github.com/blevesearch/bleve/v2 (v2.6.1, scorch with zap segments), for
// diglot search and diglot serve. It imports neither the store nor the
// extractor: the caller (cmd/diglot) builds a Doc of each stored article,
// with its facts and their consistency status, and Puts it. The index is
// never the only copy of anything: it can be rebuilt from the store.
//
// # Text
//
// Each text part (title, lead, body) has one field per language, title_en,
// body_fr and so on, each with its own analyzer: a field with two
// analyzers would analyse a query with either. English: possessives,
// lower case, stop words, folding, Snowball stemming. French: lower case,
// elision (l', d', qu'… with ' or ’), stop words, folding, light stemming.
// The folding filter (fold.go) is a token filter that removes accents and
// ligatures from terms and leaves their offsets alone, so "economie" finds
// "économie" and "etat" finds "l’État" at every word length, and
// highlights point at the text as written; Bleve's asciifolding is a
// character filter that shifts every offset after the first accent, and
// the fr analyzer folds only words longer than four letters. The analyzers
// are custom analyzers saved with the index; the folding filter and the
// term-list tokenizer are registered by this package, so a program that
// opens the index must link it (any program using Open does). A term
// without a field searches the fields of both languages; numbers as written
// stay phrases of their tokens ("39 888 milliards", "9,07 %", "39.88
// trillion"), whatever space separates the groups.
//
// # Facts: nested documents
//
// A fact filter ("money>=1e9 USD concept=exports status=mismatch") must hold
// for one fact, not be met piecewise by several facts of an article. The
// three designs Bleve allows were weighed (the figures are those measured
// for the issue that asked for this index, at 20,000 articles):
//
//   - a plain array of facts on the article: the cheapest to index, but a
//     conjunction is met by different facts, about three times as many hits
//     as are right;
//   - one document per fact with a collapse step to its article: right, but
//     each query collapses fact hits and re-reads article fields;
//   - Bleve v2.6 nested documents (NewNestedDocumentMapping), chosen here:
//     a fact is a sub-document stored right after its article in a segment,
//     so a conjunction within one nested document is exact, and fact
//     queries were the fastest (p50 9 ms), at the cost of the most indexing
//     memory.
//
// Each fact has one field of terms (facts.go) that say its kind, unit,
// concept, status and number. The number is written as prefixes of a
// 64-bit key that sorts as the numbers do, at six precisions; a range is a
// few dozen term ranges. Bleve's numeric fields write 16 terms per number,
// which on 25 facts an article made indexing twice as slow. Searching does
// not use Bleve's nested conjunction of every fact match with every text
// match: a fact filter is evaluated alone, on the posting bitmaps of each
// segment, and the facts found are mapped to their articles by document
// order (roots.go, snapshot.go); that set is intersected with the other
// filters, and the text query's matches are then kept when in the set.
// At 100,000 articles this took the slowest query with a fact filter and
// a language from 52 ms to 33 ms at the 95th percentile (BenchmarkSearch).
//
// # Facets
//
// Language, source and month are one keyword field of three terms. Facets
// are counted from a table of every article's three terms, read once per
// index snapshot, not from Bleve's doc values per hit (about 2 µs a hit,
// 200 ms for an unfiltered listing of 100,000 articles).
//
// # One writer, many readers
//
// Only one process can hold a Bleve index open: a second Open waits for the
// lock and fails with ErrLocked after a second. diglot serve therefore owns
// the index while it runs, and diglot index hands it the new articles over
// loopback (cmd/diglot/handoff.go); searches see a batch whole or not at
// all. A batch is written and synced whole: a process killed during one
// loses that batch, never the index, and the next diglot index redoes it
// from the store. An index built by another mapping version
// (ErrMappingVersion) is rebuilt with diglot index --rebuild.
package index
