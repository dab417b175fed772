package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// words is the vocabulary of the synthetic articles.
var words = strings.Fields(`the city council harbour port budget million billion trade
exports growth percent year quarter minister said would could people tonnes
investment bridge river market prices rose fell since according report figures
new old first second project plan workers company shares bank rate inflation
la ville le port budget croissance pour cent année trimestre ministre a déclaré`)

// testStart is the clock of the tests.
var testStart = time.Date(2026, 11, 3, 2, 0, 0, 0, time.UTC)

// sentence returns n pseudo-random words from r.
func sentence(r *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = words[r.IntN(len(words))]
	}
	return strings.Join(w, " ")
}

// testArticle returns the synthetic article number n of source, about 3 kB
// of text, with variant v of its content.
func testArticle(n, v int) Article {
	r := rand.New(rand.NewPCG(uint64(n), uint64(v)))
	u := fmt.Sprintf("https://en.example.org/news/%d-harbour-story", n)
	a := Article{
		URL:          u,
		Source:       "city-news",
		Lang:         "en",
		DeclaredLang: "en",
		DetectedLang: "en",
		Confidence:   0.97,
		Title:        sentence(r, 8),
		Lead:         sentence(r, 30),
		Published:    testStart.Add(-time.Duration(n) * time.Hour),
		Author:       "A. Writer",
		Section:      "economy",
		Alternates:   map[string]string{"fr": fmt.Sprintf("https://fr.example.org/news/%d", n)},
		Stored:       testStart.Add(time.Duration(v) * time.Minute),
	}
	for len(a.Text()) < 3000 {
		a.Body = append(a.Body, sentence(r, 30))
	}
	return a
}

// testRaw returns about size bytes of HTML around a: boilerplate, scripts
// and the article's text, compressing about as well as real news pages.
func testRaw(a Article, size int) []byte {
	r := rand.New(rand.NewPCG(uint64(len(a.URL)), uint64(a.Stored.Unix())))
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html lang=%q><head><title>%s</title>", a.Lang, a.Title)
	fmt.Fprintf(&b, `<link rel="canonical" href=%q></head><body><nav>`, a.URL)
	for b.Len() < size/3 {
		fmt.Fprintf(&b, `<li class="menu-item"><a href="/section/%d">%s</a></li>`, r.IntN(1e6), sentence(r, 3))
	}
	b.WriteString("</nav><article>")
	for _, p := range a.Body {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString("</article><script>")
	for b.Len() < size {
		fmt.Fprintf(&b, `window.cfg%d={"id":%d,"k":"%x"};`, r.IntN(1e4), r.IntN(1e9), r.Uint64())
	}
	b.WriteString("</script></body></html>")
	return []byte(b.String())
}

// openTest opens a store in a new temporary directory and closes it at
// the end of the test.
func openTest(tb testing.TB) (*Store, string) {
	tb.Helper()
	dir := tb.TempDir()
	s, err := Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Error(err)
		}
	})
	return s, dir
}
