package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"

	"diglot.dev/diglot/corpus"
)

func articlesCommand() command {
	return command{
		name:    "articles",
		summary: "list the articles in the store",
		usage:   articlesUsage,
		run:     runArticles,
	}
}

type articlesFlags struct {
	data   string
	json   bool
	lang   string
	source string
}

func (f *articlesFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("articles", flag.ContinueOnError)
	fs.StringVar(&f.data, "data", "", dataFlagHelp)
	fs.BoolVar(&f.json, "json", false, "print JSON instead of a table")
	fs.StringVar(&f.lang, "lang", "", "only articles in this `language` (en, fr…)")
	fs.StringVar(&f.source, "source", "", "only articles of this `source`")
	return fs
}

func articlesUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot articles [--data DIR] [--json] [--lang L] [--source S]

Articles lists the articles in the store, newest first: id, language,
publication date, the id of its other-language version (its pair), title
and URL.

With --json, articles prints one object:

	{"articles":[{"id","url","lang","title","published","source","pair",
	  "pair_method","version"}…]}

where published is an RFC 3339 time or empty and pair is the id of the
other-language version, or empty.

flags (one dash or two):
`)
	var f articlesFlags
	printFlags(w, f.flagSet())
}

// articleJSON is one article of the --json list.
type articleJSON struct {
	ID         string `json:"id"`
	URL        string `json:"url"`
	Lang       string `json:"lang"`
	Title      string `json:"title"`
	Published  string `json:"published"`
	Source     string `json:"source"`
	Pair       string `json:"pair"`
	PairMethod string `json:"pair_method,omitempty"`
	Version    int    `json:"version"`
	published  time.Time
}

func runArticles(ctx context.Context, args []string, sio stdio) error {
	var f articlesFlags
	err := parseFlagsOnly("articles", f.flagSet(), args)
	if err != nil {
		return err
	}
	store, err := openStore(f.data)
	if err != nil {
		return err
	}
	defer store.Close()
	pairs := map[string]corpus.Pair{}
	err = store.Pairs(func(p corpus.Pair) error {
		pairs[p.EN], pairs[p.FR] = p, p
		return nil
	})
	if err != nil {
		return err
	}
	list := []articleJSON{}
	err = store.Articles(func(a corpus.Article) error {
		if (f.lang != "" && a.Lang != f.lang) || (f.source != "" && a.Source != f.source) {
			return nil
		}
		aj := articleJSON{ID: a.ID, URL: a.URL, Lang: a.Lang, Title: a.Title, Published: rfc3339(a.Published),
			Source: a.Source, Version: a.Version, published: a.Published}
		if p, ok := pairs[a.ID]; ok {
			aj.Pair, aj.PairMethod = p.FR, p.Method
			if p.FR == a.ID {
				aj.Pair = p.EN
			}
		}
		list = append(list, aj)
		return nil
	})
	if err != nil {
		return err
	}
	sortArticles(list)
	if f.json {
		enc := json.NewEncoder(sio.out)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Articles []articleJSON `json:"articles"`
		}{list})
	}
	if len(list) == 0 {
		fmt.Fprintln(sio.out, "no articles stored")
		return nil
	}
	tw := tabwriter.NewWriter(sio.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLANG\tPUBLISHED\tPAIR\tTITLE\tURL")
	for _, a := range list {
		pub := "-"
		if !a.published.IsZero() {
			pub = a.published.Format("2006-01-02")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, a.Lang, pub, orDash(a.Pair), clip(a.Title, 60), a.URL)
	}
	return tw.Flush()
}

// sortArticles orders articles newest first, then by id.
func sortArticles(list []articleJSON) {
	slices.SortFunc(list, func(a, b articleJSON) int {
		if c := b.published.Compare(a.published); c != 0 {
			return c
		}
		if a.ID < b.ID {
			return -1
		}
		if a.ID > b.ID {
			return 1
		}
		return 0
	})
}

// clip shortens s to n runes, marking the cut with "…".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
