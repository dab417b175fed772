package page_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"diglot.dev/diglot/corpus/site"
	"diglot.dev/diglot/ingest/page"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html/charset"
)

// TestSiteText parses every article page of the bundled site, the one with
// deliberately malformed markup and the ones in legacy charsets included,
// and compares the extracted text with the site's own.
func TestSiteText(t *testing.T) {
	s := site.New()
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	pages := s.Pages()
	if len(pages) == 0 {
		t.Fatal("the bundled site has no page")
	}
	for _, sp := range pages {
		t.Run(sp.Path, func(t *testing.T) {
			want, err := s.Text(sp.Path)
			if err != nil {
				t.Fatal(err)
			}
			req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL+sp.Path, nil)
			if err != nil {
				t.Fatal(err)
			}
			res, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: %s", sp.Path, res.Status)
			}
			r, err := charset.NewReader(res.Body, res.Header.Get("Content-Type"))
			if err != nil {
				t.Fatalf("decode %s: %v", sp.Path, err)
			}
			u, err := url.Parse(srv.URL + sp.Path)
			if err != nil {
				t.Fatal(err)
			}
			p, err := page.Parse(r, u)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, p.Text()); diff != "" {
				t.Errorf("Text() mismatch (broken markup %v, charset %q) (-want +got):\n%s", sp.Broken, sp.Charset, diff)
			}
		})
	}
}
