package discover

import (
	"fmt"
	"html"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// MaxFeedBytes is the most of a feed ParseFeed reads; a larger feed is an
// error wrapping ErrLimit.
const MaxFeedBytes = MaxSitemapBytes

// Item is one entry of an RSS or Atom feed.
type Item struct {
	Link      string    // the item's link (absolute; resolve relative links against the feed URL)
	Title     string    // the item's title, trimmed, HTML character references decoded
	Published time.Time // published, else updated; zero when absent
	Lang      string    // item or feed language when declared (lower-case base), else ""
}

// ParseFeed reads an RSS (0.9x, 1.0, 2.0) or Atom feed (or a JSON Feed)
// with github.com/mmcdole/gofeed, which is given only the reader and never
// fetches anything. Links are resolved against base, the feed's URL (nil:
// relative links are dropped); an RSS item without a link falls back to
// its guid when that is a URL. Items whose link is not, in the end, an
// absolute http or https URL are left out. An item's language is its
// dc:language, else the feed's (RSS <language>, Atom xml:lang on the feed,
// dc:language); Atom's xml:lang on an entry is not read.
func ParseFeed(r io.Reader, base *url.URL) ([]Item, error) {
	feed, err := parseFeed(newLimitReader(r, MaxFeedBytes, "feed"))
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	feedLang := ""
	if feed.Language != "" {
		feedLang = baseLanguage(feed.Language)
	} else if dc := feed.DublinCoreExt; dc != nil && len(dc.Language) > 0 {
		feedLang = baseLanguage(dc.Language[0])
	}
	items := make([]Item, 0, len(feed.Items))
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		link := resolveLink(base, it.Link)
		if link == "" && it.GUID != "" {
			link = resolveLink(nil, it.GUID)
		}
		if link == "" {
			continue
		}
		item := Item{Link: link, Title: strings.TrimSpace(html.UnescapeString(it.Title)), Lang: feedLang}
		switch {
		case it.PublishedParsed != nil:
			item.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			item.Published = *it.UpdatedParsed
		}
		if dc := it.DublinCoreExt; dc != nil && len(dc.Language) > 0 {
			if l := baseLanguage(dc.Language[0]); l != "" {
				item.Lang = l
			}
		}
		items = append(items, item)
	}
	return items, nil
}

// parseFeed runs gofeed, turning a panic of the library on hostile input
// into an error.
func parseFeed(r io.Reader) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("gofeed failed: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(r)
}

// resolveLink returns link resolved against base when it is, in the end,
// an absolute http or https URL, else "".
func resolveLink(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
