package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"

	"diglot.dev/diglot/cmd/diglot/web"
	"diglot.dev/diglot/index"
)

// oneHit is a Searcher with one article.
type oneHit struct{}

func (oneHit) Search(ctx context.Context, r index.Request) (*index.Result, error) {
	return &index.Result{Total: 1, Hits: []index.Hit{{ID: "a1", Lang: "fr", Title: "Les exportations progressent"}}}, nil
}

func (oneHit) Doc(id string) (index.Doc, bool, error) { return index.Doc{}, false, nil }

func ExamplePage_Handler() {
	page, err := web.New(oneHit{}, web.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := httptest.NewServer(page.Handler())
	defer srv.Close()

	for _, path := range []string{"/api/search?q=exportations", "/api/search?page=0", "/api/articles/nope"} {
		resp, err := srv.Client().Get(srv.URL + path)
		if err != nil {
			fmt.Println(err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %s", resp.StatusCode, body)
	}
	// Output:
	// 200 {"total":1,"took_ms":0,"hits":[{"id":"a1","url":"","lang":"fr","title":"Les exportations progressent","published":"","score":0,"source":"","snippet":"","marks":[],"pair":"","pair_title":"","pair_url":"","facts":[]}],"facets":{"lang":[],"source":[],"month":[]}}
	// 400 {"error":"page \"0\": want a whole number from 1 to 501"}
	// 404 {"error":"article nope not found"}
}
