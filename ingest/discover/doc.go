// Package discover reads the files a crawler learns URLs from: robots.txt
// (RFC 9309), sitemaps and sitemap indexes (sitemaps.org, with the Google
// News and hreflang extensions), and RSS or Atom feeds.
//
// Its parsers are pure: they take the bytes the crawler fetched (with its
// own client, scope checks and size limits) and never touch the network.
// robots.txt matching is delegated to github.com/temoto/robotstxt and feed
// parsing to github.com/mmcdole/gofeed; this package wraps them to follow
// RFC 9309 more closely and to return the few fields diglot uses.
//
// Every function is safe for concurrent use; a Robots may be shared by
// goroutines.
//
// It imports only the standard library, those two libraries and
// golang.org/x/net/html/charset; it must not import other diglot packages.
package discover
