package web

import (
	"context"
	"math"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"diglot.dev/diglot/index"
)

// The articles of the end-to-end test: an English/French pair whose
// revenue disagrees, a French article full of accents, a crawled title
// that is markup, and a few others in both languages, sources and months.
const (
	mismatchReason = "value differs: 2.5 billion USD vs 2.8 billion USD"
	scriptTitle    = "<script>alert(1)</script>"
)

func e2eDocs(t testing.TB) []index.Doc {
	t.Helper()
	at := func(s string) time.Time {
		tm, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm.Add(8 * time.Hour)
	}
	en := index.Doc{
		ID: "en-exports", Lang: "en", Source: "city-news", Section: "Economy", Published: at("2025-03-04"),
		URL:   "https://en.example.vn/economy/exports-rise",
		Title: "Da Nang exports rise 12% in 2025",
		Lead:  "Da Nang's exports reached US$2.5 billion in the first quarter, the city said.",
		Body:  "Exports rose 12% year on year, led by seafood and electronics.\n\nThe port of Tien Sa handled 300 tonnes of goods a day.",
		Pair:  "fr-exports", PairURL: "https://fr.example.vn/economie/exportations",
		PairTitle: "Les exportations de Da Nang progressent de 12 % en 2025",
	}
	fr := index.Doc{
		ID: "fr-exports", Lang: "fr", Source: "city-news", Section: "Économie", Published: at("2025-03-04"),
		URL:   "https://fr.example.vn/economie/exportations",
		Title: "Les exportations de Da Nang progressent de 12 % en 2025",
		Lead:  "Les exportations de Da Nang ont atteint 2,8 milliards USD au premier trimestre, selon la ville.",
		Body:  "Les exportations ont progressé de 12 % sur un an, tirées par les produits de la mer et l’électronique.",
		Pair:  "en-exports", PairURL: en.URL, PairTitle: en.Title,
	}
	en.Facts = []index.Fact{
		withFact(t, en, index.Fact{Kind: "percent", Value: "12", Number: 12, Unit: "%", Status: "match", Text: "12%", Other: "12 %"}),
		withFact(t, en, index.Fact{Kind: "money", Value: "2500000000", Number: 2.5e9, Unit: "USD", Concept: "exports", Status: "mismatch", Reason: mismatchReason, Text: "US$2.5 billion", Other: "2,8 milliards USD"}),
		withFact(t, en, index.Fact{Kind: "quantity", Value: "300", Number: 300, Unit: "tonne", Status: "only_en", Text: "300 tonnes"}),
	}
	fr.Facts = []index.Fact{
		withFact(t, fr, index.Fact{Kind: "percent", Value: "12", Number: 12, Unit: "%", Status: "match", Text: "12 %", Other: "12%"}),
		withFact(t, fr, index.Fact{Kind: "money", Value: "2800000000", Number: 2.8e9, Unit: "USD", Concept: "exports", Status: "mismatch", Reason: mismatchReason, Text: "2,8 milliards USD", Other: "US$2.5 billion"}),
	}
	docs := []index.Doc{en, fr,
		{ID: "fr-etat", Lang: "fr", Source: "vn-gov", Published: at("2025-04-10"), URL: "https://fr.example.vn/etat-port",
			Title: "L’État investit dans l’économie maritime de Đà Nẵng",
			Lead:  "Le gouvernement prévoit 500 millions d’euros pour le port de Da Nang et la pêche côtière.",
			Body:  "« Une étape décisive », a déclaré la ministre à Hội An, évoquant les élèves-pêcheurs et les coopératives."},
		{ID: "en-script", Lang: "en", Source: "city-news", Published: at("2025-02-01"), URL: "javascript:alert(2)",
			Title: scriptTitle,
			Body:  "A crawled page from Da Nang whose title is markup must show as text."},
		{ID: "en-budget", Lang: "en", Source: "vn-gov", Published: at("2025-01-15"), URL: "https://en.example.vn/budget",
			Title: "Hanoi approves its 2026 budget", Body: "The city council approved a budget of 90 trillion dong.", Pair: "fr-budget", PairTitle: "Hanoï adopte son budget 2026"},
		{ID: "fr-budget", Lang: "fr", Source: "vn-gov", Published: at("2025-01-15"), URL: "https://fr.example.vn/budget",
			Title: "Hanoï adopte son budget 2026", Body: "Le conseil municipal a adopté un budget de 90 000 milliards de dongs.", Pair: "en-budget", PairTitle: "Hanoi approves its 2026 budget"},
		{ID: "en-tourism", Lang: "en", Source: "city-news", Published: at("2025-04-02"), URL: "https://en.example.vn/tourism",
			Title: "Tourism in Da Nang hits a record", Body: "Da Nang welcomed 1.2 million visitors in March.", Pair: "fr-tourism", PairTitle: "Le tourisme à Da Nang bat un record"},
		{ID: "fr-tourism", Lang: "fr", Source: "city-news", Published: at("2025-04-02"), URL: "https://fr.example.vn/tourisme",
			Title: "Le tourisme à Da Nang bat un record", Body: "Da Nang a accueilli 1,2 million de visiteurs en mars.", Pair: "en-tourism", PairTitle: "Tourism in Da Nang hits a record"},
		{ID: "en-rice", Lang: "en", Source: "farm-wire", Published: at("2024-11-20"), URL: "https://en.example.vn/rice",
			Title: "Rice harvest up 5% in the Mekong delta", Body: "Farmers harvested 5% more rice than last year."},
		{ID: "fr-metro", Lang: "fr", Source: "farm-wire", Published: at("2024-12-05"), URL: "https://fr.example.vn/metro",
			Title: "Hô Chi Minh-Ville ouvre une nouvelle ligne de métro", Body: "La ligne relie le centre à Thủ Đức en 20 minutes."},
		{ID: "en-airport", Lang: "en", Source: "city-news", Published: at("2025-02-20"), URL: "https://en.example.vn/airport",
			Title: "Airport terminal expansion begins", Body: "The new terminal will serve 25 million passengers a year."},
		{ID: "fr-feux", Lang: "fr", Source: "city-news", Published: at("2025-05-30"), URL: "https://fr.example.vn/feux",
			Title: "Le festival international des feux d’artifice de Da Nang s’ouvre", Body: "Huit équipes s’affrontent au-dessus de la rivière Hàn."},
	}
	return docs
}

// TestBrowser drives the page in a real headless Chromium against a real
// index: it searches, applies a facet, opens an article pair, and checks
// what a person sees, including a crawled title that is markup. It saves
// screenshots in its temporary directory, or in $DIGLOT_SCREENSHOTS.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium := os.Getenv("DIGLOT_CHROMIUM")
	if chromium == "" {
		for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
			if p, err := exec.LookPath(name); err == nil {
				chromium = p
				break
			}
		}
	}
	if chromium == "" && os.Getenv("DIGLOT_REQUIRE_BROWSER") == "1" {
		t.Fatal("no Chromium found, and DIGLOT_REQUIRE_BROWSER=1 (CI) asks for the browser test to run")
	}
	if chromium == "" {
		t.Skip("no Chromium found (install the Debian package chromium, or set DIGLOT_CHROMIUM): the end-to-end test of the search page needs a browser")
	}

	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Put(e2eDocs(t)); err != nil {
		t.Fatal(err)
	}
	p, err := New(ix, Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(p.Handler())
	t.Cleanup(srv.Close)

	ctx, cancel := context.WithTimeout(t.Context(), 40*time.Second)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatalf("start %s: %v", chromium, err)
	}

	// Any dialog (an alert that got through) or script error is recorded.
	var (
		mu         sync.Mutex
		dialogs    []string
		exceptions []string
	)
	dialogEvents := chromedp.Events(bctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogEvents {
			if err != nil {
				return
			}
			mu.Lock()
			dialogs = append(dialogs, ev.Message)
			mu.Unlock()
			chromedp.Call(bctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	exceptionEvents := chromedp.Events(bctx, runtime.ExceptionThrown)
	go func() {
		for ev, err := range exceptionEvents {
			if err != nil {
				return
			}
			mu.Lock()
			exceptions = append(exceptions, ev.ExceptionDetails.Text)
			mu.Unlock()
		}
	}()

	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	// load runs a step that loads a new page and waits for it.
	load := func(what string, trigger chromedp.Action[chromedp.Void]) {
		t.Helper()
		if _, err := chromedp.Run(bctx, chromedp.WaitEvent(page.LoadEventFired, nil, trigger)); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(js string) []string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](js))
		if err != nil {
			t.Fatalf("evaluate %s: %v", js, err)
		}
		return v
	}
	texts := func(sel string) []string {
		t.Helper()
		return eval(`Array.from(document.querySelectorAll(` + jsString(sel) + `), e => e.textContent.trim().replace(/\s+/g, " "))`)
	}
	location := func() string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	shot := func(name string) string {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		dir := os.Getenv("DIGLOT_SCREENSHOTS") // to keep them after the test
		if dir == "" {
			dir = t.TempDir()
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}

	// 1. The front page lists the latest articles; type a query and submit.
	load("open the page", chromedp.Navigate(srv.URL+"/"))
	if got := texts(".hit-title"); len(got) == 0 {
		t.Fatal("the front page lists no article")
	}
	load("search", chromedp.SendKeys(chromedp.CSS("#q"), "Da Nang\r"))
	if loc := location(); !strings.Contains(loc, "q=Da+Nang") || strings.Contains(loc, "source=") {
		t.Errorf("the search's address is %s: want q=Da+Nang and no empty fields", loc)
	}
	titles := texts(".hit-title")
	for _, want := range []string{"Da Nang exports rise 12% in 2025", "Les exportations de Da Nang progressent de 12 % en 2025", scriptTitle} {
		if !slices.Contains(titles, want) {
			t.Errorf("the results lack %q: %q", want, titles)
		}
	}
	marks := texts(".hit .snippet mark")
	if !slices.ContainsFunc(marks, func(m string) bool { return strings.EqualFold(m, "nang") || strings.EqualFold(m, "da") }) {
		t.Errorf("no highlighted query word in the snippets: marks %q", marks)
	}
	if s := texts(".summary"); len(s) == 0 || !strings.Contains(s[0], "articles") {
		t.Errorf("no result count: %q", s)
	}

	// 2. Apply the language facet: French only.
	load("click the French facet", chromedp.Click(chromedp.CSS(`.facets a[href*="lang=fr"]`)))
	if chips := texts("#active-filters .chip"); !slices.ContainsFunc(chips, func(c string) bool { return strings.Contains(c, "language: Français") }) {
		t.Errorf("the language filter is not shown as set: %q", chips)
	}
	badges := texts(".hit .meta .badge")
	if len(badges) == 0 {
		t.Fatal("no French result")
	}
	for _, b := range badges {
		if b != "FR" {
			t.Errorf("a %s result under the French facet", b)
		}
	}
	titles = texts(".hit-title")
	if slices.Contains(titles, scriptTitle) || !slices.Contains(titles, "L’État investit dans l’économie maritime de Đà Nẵng") {
		t.Errorf("French results: %q", titles)
	}
	t.Logf("screenshot of the results: %s", shot("search.png"))
	run("narrow the screen", chromedp.EmulateViewport(390, 844))
	t.Logf("screenshot of the results on a phone: %s", shot("search-phone.png"))
	run("widen the screen", chromedp.EmulateViewport(1280, 900))

	// 3. Open the article pair from its French hit.
	load("open the article", chromedp.Click(chromedp.CSS(`.hit-title a[href="/article/fr-exports"]`)))
	if got := texts(".version-title"); !slices.Equal(got, []string{"Da Nang exports rise 12% in 2025", "Les exportations de Da Nang progressent de 12 % en 2025"}) {
		t.Errorf("the article view shows %q: want English then French", got)
	}
	sideBySide := func() (bool, bool) {
		f, err := chromedp.Run(bctx, chromedp.Evaluate[[]float64](`(() => { const a = document.querySelector("#version-en").getBoundingClientRect(), b = document.querySelector("#version-fr").getBoundingClientRect();
			return [a.left, a.right, a.top, a.bottom, b.left, b.right, b.top, b.bottom]; })()`))
		if err != nil || len(f) != 8 {
			t.Fatalf("measure the versions: %v", err)
		}
		side := f[4] >= f[1]-1 && math.Abs(f[6]-f[2]) < 2
		stacked := f[6] >= f[3]-1 && math.Abs(f[4]-f[0]) < 2
		return side, stacked
	}
	if side, _ := sideBySide(); !side {
		t.Error("the English and French versions are not side by side on a wide screen")
	}
	mismatch := eval(`Array.from(document.querySelectorAll(".version mark.fact.st-mismatch"), m => m.textContent + "|" + m.title + "|" + getComputedStyle(m).backgroundColor)`)
	if len(mismatch) != 2 {
		t.Fatalf("want the mismatch marked in both versions, got %q", mismatch)
	}
	for _, m := range mismatch {
		if !strings.Contains(m, mismatchReason) {
			t.Errorf("a mismatch without its reason in its title: %q", m)
		}
	}
	matched := eval(`Array.from(document.querySelectorAll(".version mark.fact.st-match"), m => getComputedStyle(m).backgroundColor)`)
	if len(matched) == 0 || matched[0] == strings.Split(mismatch[0], "|")[2] {
		t.Errorf("matches and mismatches look the same: %q vs %q", matched, mismatch)
	}
	if rows := texts("#mismatches tbody tr"); len(rows) != 1 || !strings.Contains(rows[0], mismatchReason) || !strings.Contains(rows[0], "US$2.5 billion") || !strings.Contains(rows[0], "2,8 milliards USD") {
		t.Errorf("the mismatch table: %q", rows)
	}
	if only := texts(".version mark.fact.st-only"); !slices.Equal(only, []string{"300 tonnes"}) {
		t.Errorf("only_en facts: %q", only)
	}
	if legend := texts(".legend li"); len(legend) < 3 {
		t.Errorf("no legend: %q", legend)
	}
	path := shot("article.png")
	t.Logf("screenshot of the article pair: %s", path)

	// On a phone the versions stack.
	run("narrow the screen", chromedp.EmulateViewport(390, 844))
	if _, stacked := sideBySide(); !stacked {
		t.Error("the versions do not stack on a narrow screen")
	}
	t.Logf("screenshot on a phone: %s", shot("article-phone.png"))
	run("widen the screen", chromedp.EmulateViewport(1280, 900))

	// 4. The crawled markup title is text, and no alert fired.
	load("search for the script title", chromedp.Navigate(srv.URL+"/?q=markup"))
	if titles := texts(".hit-title"); !slices.Equal(titles, []string{scriptTitle}) {
		t.Errorf("searching for the markup article: %q", titles)
	}
	load("open the script article", chromedp.Click(chromedp.CSS(`.hit-title a[href="/article/en-script"]`)))
	if got := texts(".version-title"); !slices.Equal(got, []string{scriptTitle}) {
		t.Errorf("the markup title shows as %q", got)
	}
	if title, err := chromedp.Run(bctx, chromedp.Title()); err != nil || !strings.HasPrefix(title, scriptTitle) {
		t.Errorf("document title %q, %v", title, err)
	}
	if links := eval(`Array.from(document.querySelectorAll("a[href]"), a => a.getAttribute("href")).filter(h => !/^(\/|#|https?:)/.test(h))`); len(links) != 0 {
		t.Errorf("links that are not http(s): %q", links)
	}

	// 5. A fact filter shows the facts that meet it; a bad one is shown on
	// the page.
	load("fact filter", chromedp.Navigate(srv.URL+"/?fact=money+status%3Dmismatch"))
	if chips := texts(".hit .chips .fact"); !slices.Equal(chips, []string{"US$2.5 billion mismatch", "2,8 milliards USD mismatch"}) &&
		!slices.Equal(chips, []string{"2,8 milliards USD mismatch", "US$2.5 billion mismatch"}) {
		t.Errorf("money status=mismatch shows the facts %q", chips)
	}
	load("bad fact filter", chromedp.Navigate(srv.URL+"/?fact=money%3E%3E1e9"))
	if msg := texts("#error"); len(msg) != 1 || !strings.Contains(msg[0], "fact filter") {
		t.Errorf("a bad fact filter shows %q", msg)
	}

	// 6. So is a query Bleve cannot read.
	load("bad query", chromedp.Navigate(srv.URL+"/?q=%2239+888+milliards"))
	if msg := texts("#error"); len(msg) != 1 || !strings.Contains(msg[0], `"39 888 milliards`) {
		t.Errorf("a bad query shows %q", msg)
	} else {
		t.Logf("a bad query shows: %s", msg[0])
	}

	// 7. Accents are optional.
	load("search without accents", chromedp.Navigate(srv.URL+"/?q=economie+etat"))
	if titles := texts(".hit-title"); !slices.Contains(titles, "L’État investit dans l’économie maritime de Đà Nẵng") {
		t.Errorf("economie etat finds %q", titles)
	}

	mu.Lock()
	defer mu.Unlock()
	if len(dialogs) > 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
	if len(exceptions) > 0 {
		t.Errorf("script errors: %q", exceptions)
	}
}

// jsString quotes s for JavaScript.
func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}
