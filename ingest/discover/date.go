package discover

import (
	"strings"
	"time"
)

// w3cLayouts are the W3C datetime forms (https://www.w3.org/TR/NOTE-datetime)
// that sitemaps use, followed by forms seen in the wild: a space instead of
// the T, no zone (read as UTC), a zone without colon.
var w3cLayouts = []string{
	"2006",
	"2006-01",
	"2006-01-02",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05Z07:00", // also takes fractional seconds
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04:05",
}

// parseW3CDate reads a W3C datetime (YYYY, YYYY-MM, YYYY-MM-DD, or a date
// with a time and a zone). It returns the zero time when s is none of them.
func parseW3CDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 40 {
		return time.Time{}
	}
	for _, layout := range w3cLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
