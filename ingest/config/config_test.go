package config_test

import (
	"errors"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"diglot.dev/diglot/ingest/config"
)

// cmpOpts compares patterns by their text and tags by their value.
var cmpOpts = cmp.Options{
	cmp.Transformer("regexp", func(re *regexp.Regexp) string {
		if re == nil {
			return "<nil>"
		}
		return re.String()
	}),
	cmp.Comparer(func(a, b language.Tag) bool { return a == b }),
}

// res compiles patterns for expected values.
func res(patterns ...string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		out[i] = regexp.MustCompile(p)
	}
	return out
}

// withDefaults returns s with the defaults of every setting it leaves zero.
func withDefaults(s config.Source) config.Source {
	if s.Languages == nil {
		s.Languages = []language.Tag{language.English, language.French}
	}
	if s.Delay == 0 {
		s.Delay = time.Second
	}
	if s.Concurrency == 0 {
		s.Concurrency = 2
	}
	if s.MaxPages == 0 {
		s.MaxPages = 5000
	}
	if s.MaxDepth == 0 {
		s.MaxDepth = 3
	}
	return s
}

// lines joins its arguments into a file.
func lines(l ...string) string { return strings.Join(l, "\n") + "\n" }

// validCases are files that Parse accepts, with the configuration it
// returns.
var validCases = []struct {
	name string
	in   string
	want *config.Config
}{
	{
		name: "minimal with defaults",
		in: lines(
			`[[source]]`,
			`name = "a"`,
			`seeds = ["https://a.example/news"]`,
		),
		want: &config.Config{
			UserAgent: config.DefaultUserAgent,
			Sources: []config.Source{withDefaults(config.Source{
				Name:  "a",
				Seeds: []string{"https://a.example/news"},
				Allow: res(`^https://a\.example(?::443)?(?:[/?#]|$)`),
			})},
		},
	},
	{
		name: "every key",
		in: lines(
			`user_agent = "bot/2 (+mailto:press@example.org)"`,
			`[[source]]`,
			`name = "city-news.v2_x"`,
			`seeds = ["https://en.example.vn/", "https://fr.example.vn/"]`,
			`sitemaps = ["https://en.example.vn/sitemap.xml"]`,
			`feeds = ["https://fr.example.vn/rss"]`,
			`allow = ['^https://(en|fr)\.example\.vn/']`,
			`deny = ['\?print=', '/login']`,
			`languages = ["fr", "EN", "fr"]`,
			`delay = "0s"`,
			`concurrency = 64`,
			`max_pages = 1_000`,
			`max_depth = 0`,
		),
		want: &config.Config{
			UserAgent: "bot/2 (+mailto:press@example.org)",
			Sources: []config.Source{{
				Name:        "city-news.v2_x",
				Seeds:       []string{"https://en.example.vn/", "https://fr.example.vn/"},
				Sitemaps:    []string{"https://en.example.vn/sitemap.xml"},
				Feeds:       []string{"https://fr.example.vn/rss"},
				Allow:       res(`^https://(en|fr)\.example\.vn/`),
				Deny:        res(`\?print=`, `/login`),
				Languages:   []language.Tag{language.French, language.English},
				Delay:       0,
				Concurrency: 64,
				MaxPages:    1000,
				MaxDepth:    0,
			}},
		},
	},
	{
		name: "default scope of several hosts and ports",
		in: lines(
			`[[source]]`,
			`name = "one"`,
			`seeds = ["https://A.example/", "http://a.example:80/x", "https://a.example:443/y"]`,
			`sitemaps = ["http://b.example:8080/sitemap.xml"]`,
			`feeds = ["https://[2001:db8::1]/feed"]`,
			`allow = []`,
			`languages = []`,
			``,
			`[[source]]`,
			`name = "two"`,
			`feeds = ["https://c.example/rss"]`,
			`delay = "1m30s"`,
		),
		want: &config.Config{
			UserAgent: config.DefaultUserAgent,
			Sources: []config.Source{
				withDefaults(config.Source{
					Name:     "one",
					Seeds:    []string{"https://A.example/", "http://a.example:80/x", "https://a.example:443/y"},
					Sitemaps: []string{"http://b.example:8080/sitemap.xml"},
					Feeds:    []string{"https://[2001:db8::1]/feed"},
					Allow: res(
						`^https://a\.example(?::443)?(?:[/?#]|$)`,
						`^http://a\.example(?::80)?(?:[/?#]|$)`,
						`^http://b\.example:8080(?:[/?#]|$)`,
						`^https://\[2001:db8::1\](?::443)?(?:[/?#]|$)`,
					),
				}),
				withDefaults(config.Source{
					Name:  "two",
					Feeds: []string{"https://c.example/rss"},
					Allow: res(`^https://c\.example(?::443)?(?:[/?#]|$)`),
					Delay: 90 * time.Second,
				}),
			},
		},
	},
	{
		name: "sources as an array of inline tables",
		in: lines(
			`source = [`,
			`  { name = "a", seeds = ["https://a.example/"], concurrency = 1 },`,
			`  { name = "b", seeds = ["https://b.example/"], max_depth = 5 },`,
			`]`,
		),
		want: &config.Config{
			UserAgent: config.DefaultUserAgent,
			Sources: []config.Source{
				withDefaults(config.Source{
					Name:        "a",
					Seeds:       []string{"https://a.example/"},
					Allow:       res(`^https://a\.example(?::443)?(?:[/?#]|$)`),
					Concurrency: 1,
				}),
				withDefaults(config.Source{
					Name:     "b",
					Seeds:    []string{"https://b.example/"},
					Allow:    res(`^https://b\.example(?::443)?(?:[/?#]|$)`),
					MaxDepth: 5,
				}),
			},
		},
	},
	{
		name: "seed without a path is in scope as fetched",
		in: lines(
			`[[source]]`,
			`name = "a"`,
			`seeds = ["HTTPS://EN.example.vn:443"]`,
			`allow = ['^https://en\.example\.vn/']`,
		),
		want: &config.Config{
			UserAgent: config.DefaultUserAgent,
			Sources: []config.Source{withDefaults(config.Source{
				Name:  "a",
				Seeds: []string{"HTTPS://EN.example.vn:443"},
				Allow: res(`^https://en\.example\.vn/`),
			})},
		},
	},
}

// errorCases are files that Parse refuses, with its exact message.
var errorCases = []struct {
	name string
	in   string
	want string
}{
	{
		name: "toml syntax",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"`, `delay = "1s"`),
		want: `sources.toml:4:1: toml: expected ',' or ']' after array value`,
	},
	{
		name: "toml unquoted string",
		in:   lines(`[[source]]`, `name = city-news`, `seeds = ["https://a.example/"]`),
		want: `sources.toml:2:8: toml: unexpected character U+0063 'c' at start of value`,
	},
	{
		name: "toml key defined twice",
		in:   lines(`[[source]]`, `name = "a"`, `name = "b"`),
		want: `sources.toml:3:1: name: toml: key name is already defined`,
	},
	{
		name: "single [source] table",
		in:   lines(`[source]`, `name = "a"`, `seeds = ["https://a.example/"]`),
		want: `sources.toml:1: source: expected [[source]] tables (two brackets), got a single table`,
	},
	{
		name: "source of the wrong type",
		in:   lines(`source = "a"`),
		want: `sources.toml:1: source: expected [[source]] tables, got string "a"`,
	},
	{
		name: "empty file",
		in:   "",
		want: `sources.toml:1: source: no [[source]] table: describe at least one site to crawl`,
	},
	{
		name: "no source",
		in:   lines(`# nothing yet`, `user_agent = "x"`, `source = []`),
		want: `sources.toml:3: source: no [[source]] table: describe at least one site to crawl`,
	},
	{
		name: "unknown top-level key",
		in:   lines(`useragent = "x"`, `[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`),
		want: `sources.toml:1: useragent: unknown key (did you mean user_agent?)`,
	},
	{
		name: "source key at the top level",
		in:   lines(`delay = "2s"`, `[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`),
		want: `sources.toml:1: delay: unknown key here (delay belongs in a [[source]] table)`,
	},
	{
		name: "unknown source key",
		in: lines(
			`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`,
			``, `# politeness`, ``, `dealy = "2s"`,
		),
		want: `sources.toml:7: source[0].dealy: unknown key (did you mean delay?)`,
	},
	{
		name: "unknown source key without a suggestion",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `"cookie jar" = true`),
		want: `sources.toml:4: source[0]."cookie jar": unknown key (known keys: name, seeds, sitemaps, feeds, allow, deny, languages, delay, concurrency, max_pages, max_depth)`,
	},
	{
		name: "unknown source sub-table",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `[source.headers]`, `x = "y"`),
		want: `sources.toml:4: source[0].headers: unknown key (known keys: name, seeds, sitemaps, feeds, allow, deny, languages, delay, concurrency, max_pages, max_depth)`,
	},
	{
		name: "top-level key in a source",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `user_agent = "x"`),
		want: `sources.toml:4: source[0].user_agent: unknown key here (user_agent belongs at the top of the file, before the first [[source]])`,
	},
	{
		name: "concurrency of the wrong type",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `concurrency = "two"`),
		want: `sources.toml:4: source[0].concurrency: expected an integer, got string "two"`,
	},
	{
		name: "concurrency as a float",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `concurrency = 2.0`),
		want: `sources.toml:4: source[0].concurrency: expected an integer, got float 2.0`,
	},
	{
		name: "concurrency zero",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `concurrency = 0`),
		want: `sources.toml:4: source[0].concurrency: 0 is out of range: use 1 to 64 requests in flight`,
	},
	{
		name: "concurrency too high",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `concurrency = 65`),
		want: `sources.toml:4: source[0].concurrency: 65 is out of range: use 1 to 64 requests in flight`,
	},
	{
		name: "max_pages zero",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `max_pages = 0`),
		want: `sources.toml:4: source[0].max_pages: 0 is out of range: use at least 1 page per run`,
	},
	{
		name: "max_depth negative",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `max_depth = -1`),
		want: `sources.toml:4: source[0].max_depth: -1 is out of range: use 0 (the seeds only) or more`,
	},
	{
		name: "bad duration",
		in: lines(
			`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`,
			``, ``, ``, ``, ``, ``, ``,
			`[[source]]`, `name = "b"`, `seeds = ["https://b.example/"]`, `delay = "1x"`,
		),
		want: `sources.toml:14: source[1].delay: invalid duration "1x": write a number and a unit, such as "1s", "500ms" or "2m"`,
	},
	{
		name: "negative duration",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `delay = "-1s"`),
		want: `sources.toml:4: source[0].delay: invalid duration "-1s": it must not be negative`,
	},
	{
		name: "duration as a number",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `delay = 1`),
		want: `sources.toml:4: source[0].delay: expected a duration string such as "1s" or "500ms", got integer 1`,
	},
	{
		name: "bad regexp",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `allow = ['^https://a\.example/', '^https://(b\.example/']`),
		want: "sources.toml:4: source[0].allow[1]: invalid regular expression: error parsing regexp: missing closing ): `^https://(b\\.example/`",
	},
	{
		name: "empty pattern",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `deny = [""]`),
		want: `sources.toml:4: source[0].deny[0]: empty pattern: it matches every URL; remove it or write one such as '^https://example\.com/'`,
	},
	{
		name: "pattern not a string",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `allow = '^https://a\.example/'`),
		want: `sources.toml:4: source[0].allow: expected an array of strings such as ['^https://example\.com/'], got string "^https://a\\.example/"`,
	},
	{
		name: "seeds as a string",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = "https://a.example/"`),
		want: `sources.toml:3: source[0].seeds: expected an array of strings such as ["https://example.com/"], got string "https://a.example/"`,
	},
	{
		name: "relative url",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = [`, `  "https://a.example/",`, `  "a.example/news",`, `]`),
		want: `sources.toml:5: source[0].seeds[1]: "a.example/news" is not an absolute http or https URL (did you mean "https://a.example/news"?)`,
	},
	{
		name: "ftp url",
		in:   lines(`[[source]]`, `name = "a"`, `feeds = ["ftp://a.example/feed"]`),
		want: `sources.toml:3: source[0].feeds[0]: "ftp://a.example/feed" is not an absolute http or https URL`,
	},
	{
		name: "url with user information",
		in:   lines(`[[source]]`, `name = "a"`, `sitemaps = ["https://me:secret@a.example/sitemap.xml"]`),
		want: `sources.toml:3: source[0].sitemaps[0]: "https://me:secret@a.example/sitemap.xml" is not an absolute http or https URL`,
	},
	{
		name: "url not a string",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/", 42]`),
		want: `sources.toml:3: source[0].seeds[1]: expected a string, got integer 42`,
	},
	{
		name: "seed outside allow",
		in: lines(
			`[[source]]`, `name = "a"`,
			`seeds = ["https://en.example.vn/",`,
			`         "https://www.example.vn/"]`,
			`allow = ['^https://(en|fr)\.example\.vn/']`,
		),
		want: `sources.toml:4: source[0].seeds[1]: "https://www.example.vn/" is out of scope: no allow pattern matches it`,
	},
	{
		name: "seed outside an allow pattern once fetched",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example:443"]`, `allow = ['^https://a\.example:443']`),
		want: `sources.toml:3: source[0].seeds[0]: "https://a.example:443" (fetched as "https://a.example/") is out of scope: no allow pattern matches it`,
	},
	{
		name: "sitemap denied",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `sitemaps = ["https://a.example/sitemap.xml"]`, `deny = ['\.xml$']`),
		want: `sources.toml:4: source[0].sitemaps[0]: "https://a.example/sitemap.xml" is out of scope: deny[0] '\.xml$' matches it`,
	},
	{
		name: "no urls",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = []`, `feeds = []`),
		want: `sources.toml:1: source[0]: no seeds, sitemaps or feeds: give at least one URL to start from`,
	},
	{
		name: "missing name",
		in:   lines(`user_agent = "x"`, `[[source]]`, `seeds = ["https://a.example/"]`),
		want: `sources.toml:2: source[0].name: missing: every source needs a name, such as name = "city-news"`,
	},
	{
		name: "invalid name",
		in:   lines(`[[source]]`, `name = "City News"`, `seeds = ["https://a.example/"]`),
		want: `sources.toml:2: source[0].name: "City News" is not a valid name: use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit`,
	},
	{
		name: "name that is a parent directory",
		in:   lines(`[[source]]`, `name = ".."`, `seeds = ["https://a.example/"]`),
		want: `sources.toml:2: source[0].name: ".." is not a valid name: use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit`,
	},
	{
		name: "duplicate names",
		in: lines(
			`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`,
			`[[source]]`, `name = "b"`, `seeds = ["https://b.example/"]`,
			`[[source]]`, `seeds = ["https://c.example/"]`, `name = "a"`,
		),
		want: `sources.toml:9: source[2].name: "a" is already the name of source[0]; names must be unique`,
	},
	{
		name: "invalid language",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `languages = ["en", "english"]`),
		want: `sources.toml:4: source[0].languages[1]: "english" is not a language tag: use a code such as "en" or "fr"`,
	},
	{
		name: "undetermined language",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `languages = ["und"]`),
		want: `sources.toml:4: source[0].languages[0]: "und" is not a language: use a code such as "en" or "fr"`,
	},
	{
		name: "regional language",
		in:   lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `languages = ["fr-CA"]`),
		want: `sources.toml:4: source[0].languages[0]: "fr-CA" is not a base language tag: use "fr"`,
	},
	{
		name: "empty user agent",
		in:   lines(`user_agent = " "`, `[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`),
		want: `sources.toml:1: user_agent: empty: remove the key to use the default, or name your crawler and a contact`,
	},
	{
		name: "user agent with a newline",
		in:   lines(`user_agent = "bot\r\nX-Evil: 1"`, `[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`),
		want: `sources.toml:1: user_agent: "bot\r\nX-Evil: 1" contains a control character, which an HTTP header cannot`,
	},
	{
		name: "source not a table",
		in:   lines(`source = [1]`),
		want: `sources.toml:1: source[0]: expected a table, got integer 1`,
	},
	{
		name: "several mistakes in file order",
		in: lines(
			`[[source]]`,
			`name = "a"`,
			`seeds = ["https://a.example/"]`,
			`concurrency = 0`,
			`[[source]]`,
			`seeds = ["https://b.example/"]`,
			`delay = "soon"`,
		),
		want: strings.Join([]string{
			`sources.toml:4: source[0].concurrency: 0 is out of range: use 1 to 64 requests in flight`,
			`sources.toml:5: source[1].name: missing: every source needs a name, such as name = "city-news"`,
			`sources.toml:7: source[1].delay: invalid duration "soon": write a number and a unit, such as "1s", "500ms" or "2m"`,
		}, "\n"),
	},
}

func TestParse(t *testing.T) {
	for _, tc := range validCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := config.Parse("sources.toml", []byte(tc.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff(tc.want, got, cmpOpts); diff != "" {
				t.Errorf("Parse mismatch (-want +got):\n%s", diff)
			}
		})
	}
	for _, tc := range errorCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := config.Parse("sources.toml", []byte(tc.in))
			if err == nil {
				t.Fatalf("Parse = %+v, want error %q", got, tc.want)
			}
			if got != nil {
				t.Errorf("Parse returned a configuration with its error: %+v", got)
			}
			if diff := cmp.Diff(tc.want, err.Error()); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
			checkErrors(t, tc.in, err)
		})
	}
}

// checkErrors fails unless err is an *Error, or joins several, each with a
// line within the input.
func checkErrors(t testing.TB, in string, err error) {
	t.Helper()
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	max := strings.Count(in, "\n") + 1
	for _, e := range errs {
		ce, ok := e.(*config.Error)
		if !ok {
			t.Fatalf("error %q is a %T, want *config.Error", e, e)
		}
		if ce.Line < 1 || ce.Line > max {
			t.Errorf("error %q: line %d outside 1..%d", e, ce.Line, max)
		}
		if ce.File != "sources.toml" {
			t.Errorf("error %q: file %q, want sources.toml", e, ce.File)
		}
	}
}

func TestParseErrorFields(t *testing.T) {
	in := lines(`[[source]]`, `name = "a"`, `seeds = ["https://a.example/"]`, `allow = ['(']`)
	_, err := config.Parse("sources.toml", []byte(in))
	var ce *config.Error
	if !errors.As(err, &ce) {
		t.Fatalf("Parse error %v is not a *config.Error", err)
	}
	want := &config.Error{File: "sources.toml", Line: 4, Key: "source[0].allow[0]"}
	if diff := cmp.Diff(want, ce, cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Err" }, cmp.Ignore())); diff != "" {
		t.Errorf("Error mismatch (-want +got):\n%s", diff)
	}
	var se *syntax.Error
	if !errors.As(err, &se) || se.Code != syntax.ErrMissingParen {
		t.Errorf("Parse error %v does not wrap the regexp's *syntax.Error", err)
	}
}

func TestParseManyErrors(t *testing.T) {
	var b strings.Builder
	for range 20 {
		b.WriteString("[[source]]\nname = \"A\"\nseeds = [\"https://a.example/\"]\n")
	}
	_, err := config.Parse("sources.toml", []byte(b.String()))
	if err == nil {
		t.Fatal("Parse accepted 20 invalid names")
	}
	if n := strings.Count(err.Error(), "\n") + 1; n != 10 {
		t.Errorf("Parse reported %d mistakes, want the first 10:\n%v", n, err)
	}
	checkErrors(t, b.String(), err)
}

func TestParseNoFileName(t *testing.T) {
	_, err := config.Parse("", []byte(`x = 1`+"\n"))
	if want := "line 1: x: unknown key (known keys: user_agent, source)"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Parse error = %v, want it to start with %q", err, want)
	}
}

func TestExampleParses(t *testing.T) {
	cfg, err := config.Parse("example.toml", []byte(config.Example))
	if err != nil {
		t.Fatalf("Parse(Example): %v", err)
	}
	if len(cfg.Sources) != 1 || cfg.Sources[0].Name != "city-news" {
		t.Errorf("Parse(Example) = %+v, want the one source city-news", cfg)
	}
}

func BenchmarkParse(b *testing.B) {
	data := []byte(config.Example)
	for b.Loop() {
		if _, err := config.Parse("example.toml", data); err != nil {
			b.Fatal(err)
		}
	}
}
