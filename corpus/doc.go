// Package corpus holds diglot's articles: the article store (to come) and
// the bundled sample site, a short English news story and its French
// translation that the README's first command runs on and that tests and
// the demo can use without a network.
//
// corpus must not import ingest, extract or index: they import it.
package corpus
