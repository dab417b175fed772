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

	"diglot.dev/diglot/cmd/diglot/web"
	"diglot.dev/diglot/index"
)

func serveCommand() command {
	return command{
		name:    "serve",
		summary: "serve the search page and its JSON API",
		usage:   serveUsage,
		run:     runServe,
	}
}

type serveFlags struct {
	data string
	addr string
	log  logFlags
}

func (f *serveFlags) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&f.data, "data", "", dataFlagHelp)
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "`host:port` to listen on (loopback unless you say otherwise; port 0 picks one)")
	f.log.register(fs)
	return fs
}

func serveUsage(w io.Writer) {
	fmt.Fprint(w, `usage: diglot serve [--data DIR] [--addr 127.0.0.1:8080]

Serve runs the search page at / and its JSON API (/api/search with the
parameters of diglot search, /api/articles/{id}) over the index under DIR,
until interrupted (Ctrl-C finishes the requests under way, then stops).

It listens on loopback by default: give --addr 0.0.0.0:8080 to serve a
network, knowing that the page has no login.

While it runs, the server owns the index: "diglot index" (and the nightly
job) hand new articles to it over loopback, authenticated by a token it
writes to DIR/serve.json for your user only, and the page shows them as
soon as they are in. "diglot search" asks it too.

flags (one dash or two):
`)
	var f serveFlags
	printFlags(w, f.flagSet())
}

func runServe(ctx context.Context, args []string, sio stdio) error {
	var f serveFlags
	err := parseFlagsOnly("serve", f.flagSet(), args)
	if err != nil {
		return err
	}
	logger, err := f.log.logger("serve", sio.err, false)
	if err != nil {
		return err
	}
	data := dataDir(f.data)
	if err := os.MkdirAll(data, 0o755); err != nil {
		return err
	}
	ix, err := index.Open(indexDir(data))
	if errors.Is(err, index.ErrLocked) {
		return fmt.Errorf("the index in %s is in use by another diglot process (another serve, or an index run): wait for it or stop it", indexDir(data))
	}
	if err != nil {
		return fmt.Errorf("open index: %w", err)
	}
	defer ix.Close()
	page, err := web.New(ix, web.Options{Logger: logger})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return usagef("serve", "--addr %s: %v", f.addr, err)
	}
	addr := ln.Addr().(*net.TCPAddr)
	if !addr.IP.IsLoopback() {
		logger.Warn("serving beyond loopback: anyone who can reach this address can search the index", "addr", addr.String())
	}
	token := newToken()
	if err := writeServeInfo(data, serveInfo{Addr: loopbackAddr(addr), Token: token, PID: os.Getpid()}); err != nil {
		ln.Close()
		return fmt.Errorf("write %s: %w", serveInfoFile, err)
	}
	defer os.Remove(filepath.Join(data, serveInfoFile))

	mux := http.NewServeMux()
	mux.Handle("/internal/index", handoffHandler(ix, token))
	mux.Handle("/", page.Handler())
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // hand-off batches can be large
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	n, _ := ix.Count()
	fmt.Fprintf(sio.out, "serving %d articles at http://%s/ (Ctrl-C stops)\n", n, addr.String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	logger.Info("shutting down")
	return srv.Shutdown(shutdown)
}

// loopbackAddr is the address other local processes use to reach the
// server: a wildcard listen address is reached over 127.0.0.1.
func loopbackAddr(a *net.TCPAddr) string {
	if a.IP.IsUnspecified() {
		return net.JoinHostPort("127.0.0.1", fmt.Sprint(a.Port))
	}
	return a.String()
}
