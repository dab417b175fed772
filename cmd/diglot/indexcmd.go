package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

func indexCommand() command {
	return command{
		name:    "index",
		summary: "bring the search index up to date with the store",
		usage:   indexUsage,
		run:     runIndex,
	}
}

type indexFlags struct {
	data    string
	rebuild bool
	log     logFlags
}

func (f *indexFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	fs.StringVar(&f.data, "data", "", dataFlagHelp)
	fs.BoolVar(&f.rebuild, "rebuild", false, "index every stored article again, not only what changed")
	f.log.register(fs)
	return fs
}

func indexUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot index [--data DIR] [--rebuild]

Index brings the search index under DIR/index up to date with the store:
every article stored or changed since the last run, and the articles
whose pair changed, with their facts and each fact's consistency status
against the translation. The store stays the only source: --rebuild makes
the whole index again from it (a new mapping after an upgrade needs that).

When "diglot serve" runs on the same data directory it owns the index;
index then hands the documents to it over loopback and the search page
shows them at once.

flags (one dash or two):
`)
	var f indexFlags
	printFlags(w, f.flagSet())
}

func runIndex(ctx context.Context, args []string, sio stdio) error {
	var f indexFlags
	err := parseFlagsOnly("index", f.flagSet(), args)
	if err != nil {
		return err
	}
	data := dataDir(f.data)
	store, err := openStore(data)
	if err != nil {
		return err
	}
	defer store.Close()
	if f.rebuild {
		// A fresh index, unless a server holds the current one: then every
		// document is sent to it again.
		if _, err := serverClient(data); err != nil {
			if err := os.RemoveAll(indexDir(data)); err != nil {
				return err
			}
		}
	}
	w, err := openIndexWriter(ctx, data)
	if err != nil {
		return err
	}
	defer w.close()
	last, err := w.lastSeq()
	if err != nil {
		return err
	}
	start := time.Now()
	n, err := indexStore(ctx, store, last, f.rebuild, w.put, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(sio.out, "indexed %d articles through %s in %v\n", n, w.via(), time.Since(start).Round(time.Millisecond))
	return nil
}
