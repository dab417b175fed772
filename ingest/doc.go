// Package ingest brings text into diglot: it turns an HTML page into the text a
// reader sees and tells which language a text is written in. Later it will
// also fetch, discover and pair the English and French editions of an
// article.
//
// ingest is the edge where outside libraries meet the program: goquery for
// HTML and lingua-go for language detection. Languages leave this package as
// golang.org/x/text/language tags, never as lingua's own type. It must not
// import extract or index.
package ingest
