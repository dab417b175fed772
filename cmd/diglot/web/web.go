package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"diglot.dev/diglot/index"
)

// Searcher is what the page needs of the index (index.Index implements it).
type Searcher interface {
	Search(ctx context.Context, r index.Request) (*index.Result, error)
	Doc(id string) (index.Doc, bool, error)
}

// Options configures the page. The zero value is usable.
type Options struct {
	Logger   *slog.Logger // nil discards
	MaxQuery int          // longest query accepted, default 500 bytes
}

const (
	defaultMaxQuery = 500
	pageSize        = 20                     // hits per page
	maxOffset       = 10000                  // the index's deepest offset
	maxPage         = maxOffset/pageSize + 1 // the last page that can be shown
	maxLimit        = 100                    // the index's largest page (API)
	maxParam        = 200                    // longest source, fact, date accepted
	maxID           = 200                    // longest article id looked up
	searchTimeout   = 10 * time.Second       // one search
	cacheStatic     = "public, max-age=3600" // the embedded assets (no version in their names)
)

// Attribute keys of the log records.
const (
	logErr    = "err"
	logPath   = "path"
	logPage   = "page"
	logStatus = "status"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Page is the search page over one Searcher. It is safe for concurrent
// use once made by New.
type Page struct {
	s        Searcher
	log      *slog.Logger
	maxQuery int
	pages    map[string]*template.Template
	static   http.Handler
}

// pageNames are the page templates; each is parsed with base.html.
var pageNames = []string{"search", "article", "error"}

// New parses the embedded templates once and returns the page.
func New(s Searcher, opt Options) (*Page, error) {
	if s == nil {
		return nil, errors.New("new search page: no searcher")
	}
	p := &Page{s: s, log: opt.Logger, maxQuery: opt.MaxQuery, pages: map[string]*template.Template{}}
	if p.log == nil {
		p.log = slog.New(slog.DiscardHandler)
	}
	if p.maxQuery <= 0 {
		p.maxQuery = defaultMaxQuery
	}
	base, err := template.New("base.html").ParseFS(templateFS, "templates/base.html")
	if err != nil {
		return nil, fmt.Errorf("parse template base.html: %w", err)
	}
	for _, name := range pageNames {
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(templateFS, "templates/"+name+".html")
		}
		if err != nil {
			return nil, fmt.Errorf("parse template %s.html: %w", name, err)
		}
		p.pages[name] = t
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("open static files: %w", err)
	}
	p.static = http.StripPrefix("/static/", http.FileServerFS(sub))
	return p, nil
}

// Handler serves: GET / (search page, /?q=…&lang=&source=&since=&until=&fact=&page=), GET /article/{id}
// (the article with its translation side by side), GET /api/search (same parameters, JSON: (*Result).JSON()),
// GET /api/articles/{id} (JSON: {"article":DocJSON,"pair":DocJSON|null}), GET /static/… (embedded CSS,
// optional tiny JS), GET /healthz. Other methods: 405. Unknown: 404 page.
func (p *Page) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", p.searchPage)
	mux.HandleFunc("GET /article/{id}", p.articlePage)
	mux.HandleFunc("GET /api/search", p.apiSearch)
	mux.HandleFunc("GET /api/articles/{id}", p.apiArticle)
	mux.HandleFunc("GET /static/", p.staticFile)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/", p.notFound)
	return p.secure(mux)
}

// secure sets the security headers on every response and refuses methods
// other than GET and HEAD.
func (p *Page) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			p.fail(w, r, errMethod)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (p *Page) staticFile(w http.ResponseWriter, r *http.Request) {
	if strings.HasSuffix(r.URL.Path, "/") { // no directory listings
		p.notFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", cacheStatic)
	p.static.ServeHTTP(w, r)
}

func (p *Page) notFound(w http.ResponseWriter, r *http.Request) {
	p.fail(w, r, &notFoundError{what: "page " + r.URL.Path})
}

// searchPage is GET /: parse the parameters, search, render. Bad input is
// shown on the page itself, above the results, with status 400.
func (p *Page) searchPage(w http.ResponseWriter, r *http.Request) {
	f, req, err := parseSearch(r.URL.RawQuery, p.maxQuery, false)
	var res *index.Result
	if err == nil {
		ctx, cancel := context.WithTimeout(r.Context(), searchTimeout)
		res, err = p.s.Search(ctx, req)
		cancel()
	}
	status := http.StatusOK
	v := searchView{Form: f}
	if err != nil {
		var msg string
		status, msg = p.status(r, err)
		if status != http.StatusBadRequest {
			p.renderError(w, r, status, msg)
			return
		}
		v.Error = msg
	} else {
		v.fill(f, req, res)
	}
	v.Examples = examples(f)
	v.Active = activeFilters(f)
	v.Clear = f.link("lang", "", "source", "", "since", "", "until", "", "fact", "")
	p.render(w, r, status, "search", v)
}

// articlePage is GET /article/{id}: the article and its translation.
func (p *Page) articlePage(w http.ResponseWriter, r *http.Request) {
	doc, pair, err := p.lookup(r.PathValue("id"))
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.render(w, r, http.StatusOK, "article", newArticleView(doc, pair))
}

// apiSearch is GET /api/search: the index's result JSON.
func (p *Page) apiSearch(w http.ResponseWriter, r *http.Request) {
	_, req, err := parseSearch(r.URL.RawQuery, p.maxQuery, true)
	var res *index.Result
	if err == nil {
		ctx, cancel := context.WithTimeout(r.Context(), searchTimeout)
		res, err = p.s.Search(ctx, req)
		cancel()
	}
	if err != nil {
		p.fail(w, r, err)
		return
	}
	p.writeJSON(w, r, http.StatusOK, res.JSON())
}

// articleJSON is the answer of GET /api/articles/{id}.
type articleJSON struct {
	Article index.DocJSON  `json:"article"`
	Pair    *index.DocJSON `json:"pair"`
}

// apiArticle is GET /api/articles/{id}.
func (p *Page) apiArticle(w http.ResponseWriter, r *http.Request) {
	doc, pair, err := p.lookup(r.PathValue("id"))
	if err != nil {
		p.fail(w, r, err)
		return
	}
	a := articleJSON{Article: doc.JSON()}
	if pair != nil {
		j := pair.JSON()
		a.Pair = &j
	}
	p.writeJSON(w, r, http.StatusOK, a)
}

// lookup returns the article id and its translation (nil when it has none
// or the index does not hold it).
func (p *Page) lookup(id string) (index.Doc, *index.Doc, error) {
	if id == "" || len(id) > maxID {
		return index.Doc{}, nil, &notFoundError{what: "article"}
	}
	doc, ok, err := p.s.Doc(id)
	if err != nil {
		return index.Doc{}, nil, fmt.Errorf("look up article %s: %w", id, err)
	}
	if !ok {
		return index.Doc{}, nil, &notFoundError{what: "article " + id}
	}
	if doc.Pair == "" || doc.Pair == doc.ID || len(doc.Pair) > maxID {
		return doc, nil, nil
	}
	pair, ok, err := p.s.Doc(doc.Pair)
	if err != nil {
		return index.Doc{}, nil, fmt.Errorf("look up article %s, translation of %s: %w", doc.Pair, id, err)
	}
	if !ok {
		return doc, nil, nil
	}
	return doc, &pair, nil
}

// render executes page name into a buffer, then writes it with status, so
// that a template error gives a clean 500 rather than half a page.
func (p *Page) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := p.pages[name].ExecuteTemplate(&buf, "base", data); err != nil {
		p.log.Error("render page", logPage, name, logPath, r.URL.Path, logErr, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (p *Page) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	p.render(w, r, status, "error", errorView{Status: status, StatusText: http.StatusText(status), Message: msg})
}

func (p *Page) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		p.log.Error("encode json", logPath, r.URL.Path, logErr, err)
		status = http.StatusInternalServerError
		b = []byte(`{"error":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// fail answers a request that failed with err: JSON under /api/, an HTML
// page elsewhere.
func (p *Page) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := p.status(r, err)
	if strings.HasPrefix(r.URL.Path, "/api/") {
		p.writeJSON(w, r, status, map[string]string{"error": msg})
		return
	}
	p.renderError(w, r, status, msg)
}
