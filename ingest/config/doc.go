// Package config reads diglot's source configuration: the TOML file that
// names the news sites to crawl (`diglot crawl --config sources.toml` and the
// nightly `diglot run`).
//
// Parse turns the file into a Config, applying defaults and checking every
// key and value; each mistake is reported as an *Error naming the file, the
// line and the key, so that a user can fix it without reading code. The
// Example constant holds a commented configuration that Parse accepts.
//
// Source.InScope is the crawler's scope boundary: no URL outside it is ever
// fetched.
//
// The package reads bytes handed to it and does no I/O. It must not import
// the rest of ingest, extract, index or corpus.
package config
