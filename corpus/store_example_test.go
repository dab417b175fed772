package corpus_test

import (
	"fmt"
	"log"
	"os"
	"time"

	"diglot.dev/diglot/corpus"
)

func ExampleStore_PutArticle() {
	dir, err := os.MkdirTemp("", "diglot-store")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := corpus.Open(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	a := corpus.Article{
		URL:    "https://en.example.org/news/harbour",
		Source: "city-news",
		Lang:   "en",
		Title:  "Harbour traffic up 12%",
		Body:   []string{"The port handled 3.4 million tonnes in 2025."},
		Stored: time.Date(2026, 11, 3, 2, 0, 0, 0, time.UTC),
	}
	put := func(a corpus.Article) {
		res, stored, err := s.PutArticle(a, []byte("<html>…</html>"))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s version %d seq %d\n", res, stored.ID, stored.Version, stored.Seq)
	}
	put(a)
	put(a)
	amp := a
	amp.URL = "https://en.example.org/amp/harbour"
	put(amp)
	a.Body = append(a.Body, "Exports rose 8.1%.")
	put(a)
	byAlias, _, err := s.ArticleByURL(amp.URL)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("alias:", byAlias.ID, byAlias.URL)
	// Output:
	// new: a177dc3f8dfbee43 version 1 seq 1
	// unchanged: a177dc3f8dfbee43 version 1 seq 1
	// unchanged: a177dc3f8dfbee43 version 1 seq 1
	// changed: a177dc3f8dfbee43 version 2 seq 2
	// alias: a177dc3f8dfbee43 https://en.example.org/news/harbour
}
