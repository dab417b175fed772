// Package site is diglot's bundled bilingual news site: the invented city
// news service of Hai Lan, a port city in central Viet Nam, with an English
// and a French edition (and one Vietnamese article) served over HTTP.
//
// Tests crawl it through httptest and "diglot demo" serves it on loopback.
// The articles are embedded text files (articles/<lang>/<slug>.txt) written
// for the project: everything in them is invented. Most pairs are faithful
// translations; errors.txt lists the deliberate translation errors and
// untranslated paragraphs a consistency check must find, and nothing else.
//
// errors.txt has one line per deliberate difference, five tab-separated
// columns: the pair key, the kind ("error" for a number stated differently,
// "untranslated" for a paragraph one version leaves out or adds), the
// reason (an extract.Reason for an error; only_en or only_fr for an
// untranslated paragraph), and the English and French text as written (the
// numbers for an error, the whole paragraph for an untranslated one; the
// other version's column is empty). testdata/false-alarms.txt lists the
// numbers the checker reports in one version only although the translation
// is faithful: the pair key, only_en or only_fr, the English and French
// text as written, and a note on the cause.
//
// The site exercises what a crawler meets on real news sites: a robots.txt,
// a sitemap index with a gzip-compressed child and a Google News sitemap,
// RSS and Atom feeds, tracking parameters, pagination, section and tag
// pages, editions that number their articles independently, translations
// linked by hreflang, by a language switcher, only in the sitemaps or not
// at all, dates declared in JSON-LD, Open Graph meta tags or <time>
// elements, legacy charsets, malformed markup and conditional requests.
//
// site imports only the standard library and golang.org/x/text; it must
// not import ingest, extract or index.
package site
