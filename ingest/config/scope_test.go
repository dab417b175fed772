package config_test

import (
	"net/url"
	"regexp"
	"testing"

	"diglot.dev/diglot/ingest/config"
)

func TestInScope(t *testing.T) {
	explicit := &config.Source{
		Allow: []*regexp.Regexp{regexp.MustCompile(`^https?://(en|fr)\.example\.vn/`)},
		Deny:  []*regexp.Regexp{regexp.MustCompile(`/login`), regexp.MustCompile(`\?print=1`)},
	}
	unanchored := &config.Source{
		Allow: []*regexp.Regexp{regexp.MustCompile(`example\.vn/`)},
	}
	defaulted := &mustParse(t, `[[source]]
name = "d"
seeds = ["https://a.example/", "http://b.example:8080/"]
`).Sources[0]
	kelvin := &mustParse(t, `[[source]]
name = "k"
seeds = ["https://k.example/"]
`).Sources[0]

	tests := []struct {
		name string
		src  *config.Source
		url  string // "" stands for a nil URL
		want bool
	}{
		{"https allowed", explicit, "https://en.example.vn/a", true},
		{"http allowed", explicit, "http://fr.example.vn/a", true},
		{"other scheme", explicit, "ftp://en.example.vn/a", false},
		{"javascript", explicit, "javascript://en.example.vn/%0aalert(1)", false},
		{"other host", explicit, "https://www.example.vn/a", false},
		{"host suffix", explicit, "https://en.example.vn.evil.test/", false},
		{"at sign in the path", explicit, "https://en.example.vn/@evil.test/", true},
		{"user information before the host", explicit, "https://en.example.vn:x@evil.test/", false},
		{"denied path", explicit, "https://en.example.vn/login", false},
		{"denied query", explicit, "https://en.example.vn/a?print=1", false},
		{"deny wins over allow", explicit, "https://fr.example.vn/a/login/b", false},
		{"relative", explicit, "/a", false},
		{"nil", explicit, "", false},
		{"no host", explicit, "https:///en.example.vn/", false},
		{"nothing allowed", &config.Source{}, "https://en.example.vn/", false},
		// An unanchored pattern is judged as written: it matches anywhere
		// in the URL, query included. Users must anchor with ^.
		{"unanchored pattern matches its host", unanchored, "https://en.example.vn/a", true},
		{"unanchored pattern matches a query", unanchored, "https://evil.test/?next=example.vn/", true},
		{"unanchored pattern still needs http", unanchored, "file://example.vn/", false},
		{"default scope seed host", defaulted, "https://a.example/x", true},
		{"default scope bare host", defaulted, "https://a.example", true},
		{"default scope query", defaulted, "https://a.example?q=1", true},
		{"default scope host in capitals", defaulted, "https://A.EXAMPLE/x", false},
		{"default scope Kelvin sign", kelvin, "https://\u212a.example/", false},
		{"default scope k", kelvin, "https://k.example/", true},
		{"default scope default port", defaulted, "https://a.example:443/x", true},
		{"default scope other port", defaulted, "https://a.example:8443/x", false},
		{"default scope other scheme", defaulted, "http://a.example/x", false},
		{"default scope host suffix", defaulted, "https://a.example.evil.test/", false},
		{"default scope subdomain", defaulted, "https://www.a.example/", false},
		{"default scope user information", defaulted, "https://a.example@evil.test/", false},
		{"default scope explicit port", defaulted, "http://b.example:8080/x", true},
		{"default scope port missing", defaulted, "http://b.example/x", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var u *url.URL
			if tc.url != "" {
				var err error
				if u, err = url.Parse(tc.url); err != nil {
					t.Fatal(err)
				}
			}
			if got := tc.src.InScope(u); got != tc.want {
				t.Errorf("InScope(%q) = %v, want %v", tc.url, got, tc.want)
			}
		})
	}
}

func BenchmarkInScope(b *testing.B) {
	cfg, err := config.Parse("example.toml", []byte(config.Example))
	if err != nil {
		b.Fatal(err)
	}
	src := &cfg.Sources[0]
	u, _ := url.Parse("https://fr.example.com/economie/2026/11/exportations-record-12345.html?page=2")
	for b.Loop() {
		src.InScope(u)
	}
}

// mustParse parses a configuration that must be valid.
func mustParse(t testing.TB, in string) *config.Config {
	t.Helper()
	cfg, err := config.Parse("sources.toml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
