package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"diglot.dev/diglot/index"
)

func searchCommand() command {
	return command{
		name:    "search",
		summary: "search the indexed articles by words and by facts",
		usage:   searchUsage,
		run:     runSearch,
	}
}

type searchFlags struct {
	data   string
	json   bool
	lang   string
	source string
	since  string
	until  string
	fact   string
	limit  int
	offset int
}

func (f *searchFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.StringVar(&f.data, "data", "", dataFlagHelp)
	fs.BoolVar(&f.json, "json", false, "print JSON instead of text")
	fs.StringVar(&f.lang, "lang", "", "only articles in this `language` (en or fr)")
	fs.StringVar(&f.source, "source", "", "only articles of this `source`")
	fs.StringVar(&f.since, "since", "", "only articles published on or after this `date` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.until, "until", "", "only articles published before the end of this `date` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.fact, "fact", "", "only articles with one fact meeting all of this `expression` (see above)")
	fs.IntVar(&f.limit, "limit", 20, "at most `n` results (1 to 100)")
	fs.IntVar(&f.offset, "offset", 0, "skip the first `n` results")
	return fs
}

func searchUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot search [--data DIR] [--json] [--lang en|fr] [--source S] [--since D] [--until D] [--fact EXPR] [--limit N] QUERY

Search finds indexed articles in either language. QUERY uses Bleve's
query-string syntax over the titles, leads and bodies of both languages,
with French and English stemming and without regard to accents
("economie" finds "économie"):

  exportations 2024          articles with either word (better: both)
  +port +dragage             both words required
  "39 888 milliards"         a phrase: numbers as written are findable
  title:budget -draft        a field (title, lead, body), a word excluded
  lang:fr                    a language

An empty QUERY with filters lists the articles newest first.

--fact EXPR keeps the articles that have ONE fact meeting all of EXPR:

  KIND[OP NUMBER|DATE] [UNIT] [concept=C] [status=S]

  KIND     money, percent, quantity, date, ordinal
  OP       = < <= > >=, NUMBER plain or with an exponent (1e9)
  DATE     YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn
  UNIT     an ISO 4217 code for money (USD, VND, EUR…), % or pp for
           percentages, a unit noun for quantities (tonne, person, km…)
  concept  what the number measures: exports, revenue, gdp, budget…
  status   match, rounded, mismatch, only_en, only_fr (against the
           translation)

  money>=1e9 USD             a sum of at least a billion dollars
  percent concept=exports    a percentage about exports
  date=2025-Q1               the first quarter of 2025
  quantity>1000 tonne        more than 1,000 tonnes
  money status=mismatch      a sum the translation states differently

Each result shows its date, language, title, URL, a highlighted extract
([[like this]]), the facts that meet --fact, and its translation. With
--json, search prints one object:

	{"total":N,"took_ms":n,"hits":[{"id","url","lang","title","published","score",
	  "source","snippet","marks":[[start,end]…],"pair","pair_title","pair_url",
	  "facts":[…]}…],"facets":{"lang":[{"name","count"}…],"source":[…],"month":[…]}}

While "diglot serve" holds the index, search asks it.

Exit status: 0 (also when nothing is found); 2 for a query or a --fact
expression that does not parse, with what is wrong; 1 otherwise.

flags (one dash or two):
`)
	var f searchFlags
	printFlags(w, f.flagSet())
}

func runSearch(ctx context.Context, args []string, sio stdio) error {
	var f searchFlags
	operands, err := parseFlags("search", f.flagSet(), args)
	if err != nil {
		return err
	}
	req := index.Request{Query: strings.Join(operands, " "), Lang: f.lang, Source: f.source, Limit: f.limit, Offset: f.offset}
	if f.lang != "" && f.lang != "en" && f.lang != "fr" {
		return usagef("search", "--lang %q: want en or fr", f.lang)
	}
	if f.limit < 1 || f.limit > 100 {
		return usagef("search", "--limit %d: want 1 to 100", f.limit)
	}
	if f.offset < 0 || f.offset > 10000 {
		return usagef("search", "--offset %d: want 0 to 10000", f.offset)
	}
	if req.Since, _, err = parseDay("search", "--since", f.since); err != nil {
		return err
	}
	if _, req.Until, err = parseDay("search", "--until", f.until); err != nil {
		return err
	}
	if f.fact != "" {
		if req.Fact, err = index.ParseFactFilter(f.fact); err != nil {
			return usagef("search", "%v", err)
		}
	}
	data := dataDir(f.data)
	res, err := searchIndex(ctx, data, req, f)
	var bq *index.BadQueryError
	if errors.As(err, &bq) {
		return usagef("search", "%v", err)
	}
	if err != nil {
		return err
	}
	if f.json {
		enc := json.NewEncoder(sio.out)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	writeSearch(sio.out, res)
	return nil
}

// parseDay reads a --since/--until date: the first instant of the period
// and the first instant after it.
func parseDay(cmd, flagName, v string) (start, end time.Time, err error) {
	if v == "" {
		return time.Time{}, time.Time{}, nil
	}
	for _, layout := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if t, err := time.Parse(layout.layout, v); err == nil {
			return t, t.AddDate(layout.years, layout.months, layout.days), nil
		}
	}
	return time.Time{}, time.Time{}, usagef(cmd, "%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", flagName, v)
}

// searchIndex runs the search on the index under data, or asks the
// server that holds it.
func searchIndex(ctx context.Context, data string, req index.Request, f searchFlags) (index.ResultJSON, error) {
	if _, err := os.Stat(indexDir(data)); errors.Is(err, fs.ErrNotExist) {
		return index.ResultJSON{}, fmt.Errorf("no index in %s: run diglot crawl, then diglot index", data)
	}
	ix, err := index.Open(indexDir(data))
	if err == nil {
		defer ix.Close()
		res, err := ix.Search(ctx, req)
		if err != nil {
			return index.ResultJSON{}, err
		}
		return res.JSON(), nil
	}
	if !errors.Is(err, index.ErrLocked) {
		return index.ResultJSON{}, fmt.Errorf("open index: %w (run diglot index first)", err)
	}
	c, cerr := serverClient(data)
	if cerr != nil {
		return index.ResultJSON{}, fmt.Errorf("the index in %s is in use by another process, and no diglot serve answers for it (%v)", indexDir(data), cerr)
	}
	q := url.Values{}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("q", req.Query)
	set("lang", f.lang)
	set("source", f.source)
	set("since", f.since)
	set("until", f.until)
	set("fact", f.fact)
	set("limit", strconv.Itoa(f.limit))
	set("offset", strconv.Itoa(f.offset))
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+c.info.Addr+"/api/search?"+q.Encode(), nil)
	if err != nil {
		return index.ResultJSON{}, err
	}
	resp, err := c.http.Do(hreq)
	if err != nil {
		return index.ResultJSON{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusBadRequest {
		var e struct {
			Error string `json:"error"`
		}
		json.NewDecoder(resp.Body).Decode(&e)
		return index.ResultJSON{}, usagef("search", "%s", e.Error)
	}
	if resp.StatusCode != http.StatusOK {
		return index.ResultJSON{}, fmt.Errorf("diglot serve: %s", resp.Status)
	}
	var res index.ResultJSON
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return index.ResultJSON{}, fmt.Errorf("diglot serve: %w", err)
	}
	return res, nil
}

// writeSearch prints a search result for a terminal: each hit with its
// date, language, title, URL, extract (matches marked [[like this]]),
// facts meeting --fact and translation; then the facets.
func writeSearch(w io.Writer, res index.ResultJSON) {
	switch res.Total {
	case 0:
		fmt.Fprintf(w, "no article found (%d ms)\n", res.TookMS)
		return
	case 1:
		fmt.Fprintf(w, "1 article (%d ms)\n", res.TookMS)
	default:
		fmt.Fprintf(w, "%d articles (%d ms)", res.Total, res.TookMS)
		if len(res.Hits) < int(res.Total) {
			fmt.Fprintf(w, ", %d shown", len(res.Hits))
		}
		fmt.Fprintln(w)
	}
	for _, h := range res.Hits {
		date := "----------"
		if len(h.Published) >= 10 {
			date = h.Published[:10]
		}
		fmt.Fprintf(w, "\n%s  %s  %s\n", date, h.Lang, h.Title)
		fmt.Fprintf(w, "    %s\n", h.URL)
		if snip := markSnippet(h.Snippet, h.Marks); snip != "" {
			fmt.Fprintf(w, "    %s\n", snip)
		}
		for _, f := range h.Facts {
			fmt.Fprintf(w, "    fact: %s %s %s %q", f.Kind, f.Value, f.Unit, f.Text)
			if f.Status != "" {
				fmt.Fprintf(w, " — %s", f.Status)
				if f.Reason != "" {
					fmt.Fprintf(w, " (%s)", f.Reason)
				}
				if f.Other != "" {
					fmt.Fprintf(w, " against %q", f.Other)
				}
			}
			fmt.Fprintln(w)
		}
		if h.Pair != "" {
			fmt.Fprintf(w, "    translation: %s  %s\n", h.PairTitle, h.PairURL)
		}
	}
	facets := func(name string, fs []index.FacetCountJSON) {
		if len(fs) == 0 {
			return
		}
		parts := make([]string, len(fs))
		for i, f := range fs {
			parts[i] = fmt.Sprintf("%s %d", f.Name, f.Count)
		}
		fmt.Fprintf(w, "  %-7s %s\n", name+":", strings.Join(parts, ", "))
	}
	fmt.Fprintln(w)
	facets("lang", res.Facets.Lang)
	facets("source", res.Facets.Source)
	facets("month", res.Facets.Month)
}

// markSnippet writes a snippet with its marks as [[…]], on one line.
func markSnippet(s string, marks [][2]int) string {
	var b strings.Builder
	at := 0
	for _, m := range marks {
		if m[0] < at || m[1] > len(s) || m[0] > m[1] {
			continue
		}
		b.WriteString(s[at:m[0]])
		b.WriteString("[[" + s[m[0]:m[1]] + "]]")
		at = m[1]
	}
	b.WriteString(s[at:])
	return strings.Join(strings.Fields(b.String()), " ")
}
