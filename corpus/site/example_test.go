package site_test

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"

	"diglot.dev/diglot/corpus/site"
)

// The bundled site served on loopback, as tests and "diglot demo" use it.
func ExampleSite_Handler() {
	srv := httptest.NewServer(site.New().Handler())
	defer srv.Close()
	res, err := srv.Client().Get(srv.URL + "/robots.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	for i := 0; i < 4 && sc.Scan(); i++ {
		fmt.Println(sc.Text())
	}
	// Output:
	// User-agent: *
	// Disallow: /en/search
	// Disallow: /fr/recherche
	// Disallow: /admin/
}

// The ground truth a crawler test compares its findings with.
func ExampleSite_Pages() {
	for _, p := range site.New().Pages() {
		if p.Pair == "harbour-expansion" {
			fmt.Println(p.Lang, p.Path, p.Link, p.Meta)
		}
	}
	// Output:
	// en /en/port/no3-port-dredging-begins-41320.html hreflang jsonld
	// fr /fr/port/debut-du-dragage-au-port-no3-8512.html hreflang jsonld
	// vi /vi/cang-bien/khoi-cong-no-vet-cang-so-3-120458.html hreflang jsonld
}

// A synthetic site for benchmarks: 2,000 pairs and the bundled
// one-language articles.
func ExampleGenerate() {
	s := site.Generate(2000, 1)
	fmt.Println(len(s.Pages()))
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/en/page/200/", nil))
	fmt.Println(rec.Code)
	// Output:
	// 4005
	// 200
}
