// Package web is the search page of diglot serve: a server-rendered HTML
// page over the index, for press staff, and the JSON API behind it.
//
// [New] parses the page's templates (html/template, embedded with the CSS
// and a small optional script, so the page works offline and without
// JavaScript) once; [Page.Handler] serves:
//
//	GET /                      the search page: /?q=…&lang=&source=&since=&until=&fact=&page=
//	GET /article/{id}          an article and its translation side by side, facts highlighted
//	GET /api/search            the same parameters (and limit, offset): the index's result JSON
//	GET /api/articles/{id}     {"article":DocJSON,"pair":DocJSON|null}
//	GET /static/…              the embedded stylesheet, script and icon
//	GET /healthz               "ok"
//
// Other methods get 405, other paths a 404 page. Bad input (a query Bleve
// cannot parse, a bad fact filter, a bad date, a page out of range, a query
// longer than Options.MaxQuery) gets 400 with the message on the page or as
// {"error":"…"}; internal errors get 500 with a plain message, the details
// going to the log. One function maps errors to statuses.
//
// Everything that comes from crawled pages is escaped by html/template;
// links to crawled URLs are made only for http and https URLs; every
// response carries a Content-Security-Policy (default-src 'self'),
// X-Content-Type-Options: nosniff and Referrer-Policy: no-referrer.
//
// The page reads everything from the index through the small [Searcher]
// interface (index.Index implements it); it never reads the article store.
// It imports the index package for its types and fact-filter parser, and
// nothing else of diglot.
package web
