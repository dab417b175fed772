// Package index will hold the search index of articles and their facts
// (github.com/blevesearch/bleve/v2), for diglot search and diglot serve.
//
// Nothing is here yet: the index is the work of its own issue. The folder
// exists so that the layout of the repository shows the whole pipeline:
// ingest → corpus → extract → index → search. It may import corpus and
// extract; nothing but cmd/diglot imports it.
package index
