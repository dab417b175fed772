package web

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseSearch checks that any query string gives either an input
// error or a request within the index's limits, never a panic.
func FuzzParseSearch(f *testing.F) {
	for _, s := range []string{
		"", "q=port", "q=exportations+2024&lang=fr&page=2", "since=2025-03&until=2025", "fact=money%3E%3D1e9+USD",
		"page=501", "page=-1", "limit=100&offset=10000", "q=%zz", "since=2025-13-01", "lang=%C3%A9", "page=99999999999999999999",
		"since=2025-05-01&until=2025-04-01", "fact=date%3D2025-Q1&source=x",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, raw string, api bool) {
		fm, req, err := parseSearch(raw, 500, api)
		if err != nil {
			if _, ok := err.(*inputError); !ok && !strings.Contains(err.Error(), "fact") {
				t.Errorf("parseSearch(%q): error of type %T: %v", raw, err, err)
			}
			return
		}
		if len(req.Query) > 500 || !utf8.ValidString(req.Query) {
			t.Errorf("parseSearch(%q): query %q let through", raw, req.Query)
		}
		if req.Limit < 1 || req.Limit > maxLimit || req.Offset < 0 || req.Offset > maxOffset {
			t.Errorf("parseSearch(%q): limit %d offset %d", raw, req.Limit, req.Offset)
		}
		if !req.Until.IsZero() && !req.Since.IsZero() && !req.Until.After(req.Since) {
			t.Errorf("parseSearch(%q): since %v until %v", raw, req.Since, req.Until)
		}
		// The form's own link reads back as the same request.
		u, _ := url.Parse(fm.link("page", "1"))
		_, again, err := parseSearch(u.RawQuery, 500, false)
		if err != nil {
			t.Errorf("parseSearch(%q): its link %s does not parse: %v", raw, u, err)
		} else if again.Query != req.Query || again.Lang != req.Lang || !again.Since.Equal(req.Since) || !again.Until.Equal(req.Until) {
			t.Errorf("parseSearch(%q): its link %s gives %+v, want %+v", raw, u, again, req)
		}
	})
}
