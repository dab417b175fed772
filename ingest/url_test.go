package ingest

import (
	"net/url"
	"testing"
)

func TestNormalizeURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"HTTP://EN.Example.VN:80/a/b.html", "http://en.example.vn/a/b.html"},
		{"https://example.vn:443", "https://example.vn/"},
		{"https://example.vn:8443/x", "https://example.vn:8443/x"},
		{"https://example.vn/a/./b/../c.html#comments", "https://example.vn/a/c.html"},
		{"https://example.vn/en/economy/", "https://example.vn/en/economy/"},
		{"https://example.vn/a?utm_source=rss&utm_medium=feed", "https://example.vn/a"},
		{"https://example.vn/a?page=2&utm_campaign=home&fbclid=x&id=7", "https://example.vn/a?id=7&page=2"},
		{"https://example.vn/a?b=2&a=1&b=1", "https://example.vn/a?a=1&b=2&b=1"},
		{"https://example.vn/a?", "https://example.vn/a"},
		{"https://user:pw@example.vn/a", "https://example.vn/a"},
		{"http://[::1]:80/x", "http://[::1]/x"},
		{"  https://example.vn/tiếng-việt  ", "https://example.vn/ti%E1%BA%BFng-vi%E1%BB%87t"},
	} {
		got, err := NormalizeURL(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("NormalizeURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"ftp://example.vn/a", "mailto:press@example.vn", "javascript:alert(1)", "/relative/path", "https:///nohost", "http://%zz"} {
		if got, err := NormalizeURL(bad); err == nil {
			t.Errorf("NormalizeURL(%q) = %q, want an error", bad, got)
		}
	}
}

func TestResolve(t *testing.T) {
	base, _ := normalizeString(t, "https://example.vn/fr/economie/article-12.html")
	for _, tc := range []struct {
		ref  string
		want string
		ok   bool
	}{
		{"../port/article-13.html?utm_source=x", "https://example.vn/fr/port/article-13.html", true},
		{"//cdn.example.vn/img.jpg", "https://cdn.example.vn/img.jpg", true},
		{"#top", "https://example.vn/fr/economie/article-12.html", true},
		{"mailto:a@b.c", "", false},
		{"tel:+84123", "", false},
	} {
		got, ok := resolve(base, tc.ref)
		if got != tc.want || ok != tc.ok {
			t.Errorf("resolve(%q) = %q, %v; want %q, %v", tc.ref, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{"https://example.vn/a?utm_source=x#f", "HTTP://A:80", "http://[::1]:443/", "https://a/b/../../c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := NormalizeURL(s)
		if err != nil {
			return
		}
		again, err := NormalizeURL(n)
		if err != nil || again != n {
			t.Errorf("NormalizeURL is not idempotent: %q → %q → %q (%v)", s, n, again, err)
		}
	})
}

func normalizeString(t *testing.T, s string) (*url.URL, string) {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	n, err := normalize(u)
	if err != nil {
		t.Fatal(err)
	}
	return n, n.String()
}
