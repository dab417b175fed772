package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"diglot.dev/diglot/corpus/site"
)

func demoCommand() command {
	return command{
		name:    "demo",
		summary: "the whole pipeline on the bundled news site, then the search page",
		usage:   demoUsage,
		run:     runDemo,
	}
}

type demoFlags struct {
	data    string
	addr    string
	noServe bool
}

func (f *demoFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.StringVar(&f.data, "data", "", "keep the store, index and report in this `directory` (default: a temporary one, removed at the end)")
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "`address` of the search page (another free port is taken when it is busy)")
	fs.BoolVar(&f.noServe, "no-serve", false, "exit after the report instead of serving the search page")
	return fs
}

func demoUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot demo [--data DIR] [--addr 127.0.0.1:8080] [--no-serve]

Demo shows the whole pipeline on the news site bundled with diglot: the
English and French editions of an invented city's news service (the
Hai Lan People's Committee), with listing pages, a sitemap, feeds and a
robots.txt, some translations linked by hreflang and some not, a few
deliberate translation errors and untranslated paragraphs.

It serves that site on a loopback port, runs the nightly job against it
(diglot run: crawl, pair, extract, align, index, report), prints the run
summary and the consistency report, then serves the search page and
prints its address. Ctrl-C stops it. Nothing leaves this machine.

flags (one dash or two):
`)
	var f demoFlags
	printFlags(w, f.flagSet())
}

func runDemo(ctx context.Context, args []string, sio stdio) error {
	var f demoFlags
	err := parseFlagsOnly("demo", f.flagSet(), args)
	if err != nil {
		return err
	}
	data := f.data
	if data == "" {
		if data, err = os.MkdirTemp("", "diglot-demo-"); err != nil {
			return err
		}
		defer os.RemoveAll(data)
		fmt.Fprintf(sio.out, "Working in %s, removed at the end (--data DIR keeps the store, index and report).\n", data)
	}

	// The bundled site, on loopback.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: site.New().Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(sio.out, "The bundled news site is at %s/en/ and %s/fr/.\n\n", base, base)

	cfg := filepath.Join(data, "demo-sources.toml")
	toml := fmt.Sprintf(`# The sources of diglot demo: the bundled site, on loopback.
user_agent = "diglot-demo/1.0"

[[source]]
name = "hai-lan"
seeds = ["%[1]s/en/", "%[1]s/fr/"]
delay = "0s"
concurrency = 4
`, base)
	if err := os.WriteFile(cfg, []byte(toml), 0o644); err != nil {
		return err
	}

	// The nightly job.
	if err := runRun(ctx, []string{"--config", cfg, "--data", data, "--log-level", "warn", "--progress=false"}, sio); err != nil {
		return err
	}

	// The report.
	fmt.Fprintln(sio.out)
	if err := runReport(ctx, []string{"--data", data}, sio); err != nil {
		return err
	}
	if f.noServe {
		return nil
	}

	// The search page, until Ctrl-C.
	addr := f.addr
	if l, err := net.Listen("tcp", addr); err != nil {
		addr = "127.0.0.1:0"
	} else {
		l.Close()
	}
	fmt.Fprintln(sio.out)
	err = runServe(ctx, []string{"--data", data, "--addr", addr}, sio)
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}
