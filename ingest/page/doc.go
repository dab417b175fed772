// Package page reads one fetched HTML page and tells what it says: its
// canonical URL, headline, standfirst, body paragraphs, dates, author,
// section, declared language, other-language versions, links, and whether
// it is a single article at all.
//
// Parse is pure: it does no network access, reads no clock and keeps no
// state between calls, so it is safe for concurrent use and golden-tested.
// It builds the HTML tree with goquery (golang.org/x/net/html underneath),
// collects the metadata in one walk (meta tags, JSON-LD, <time>, links),
// then finds the body:
//
//   - scripts, styles, form controls, embeds and hidden elements are cut out;
//   - every block's own text is prose (long enough, little link text) or
//     not; prose adds its characters to the good mass of the block's
//     ancestors, everything else to their bad mass, link text costing most;
//   - what a block's tag, ARIA role, class and id say (article, content,
//     story… against nav, share, related, newsletter, comments…) turns its
//     prose into furniture, unless it holds most of the page's prose (class
//     names lie); teasers (a linked headline and its blurb, repeated) are
//     furniture too;
//   - the block with the largest surplus of good over bad mass holds the
//     article, or its parent when its siblings hold most of the prose
//     (unclosed tags can nest the boilerplate inside the article's
//     container and so sink the container's score); its paragraphs, subheadings, lists and quotes are read in
//     order, leaving out furniture, link lists, captions and known notices.
//
// The rules are small ordered tables of data in rules.go, meta.go, kind.go
// and lang.go, never special cases for single sites.
//
// page must not import extract, index or corpus.
package page
