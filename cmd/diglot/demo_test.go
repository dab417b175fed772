package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDemo runs diglot demo: the bundled site crawled, indexed and
// reported, with every deliberate error of the site found and no other
// mismatch; then, in a process of its own, the search page it serves.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	out, stderr, code := runDiglot(t, nil, "demo", "--no-serve")
	if code != 0 {
		t.Fatalf("demo --no-serve: exit %d\n%s\n%s", code, out, stderr)
	}
	var errs int
	for _, f := range siteFindings(t) {
		if f.kind != "error" {
			continue
		}
		errs++
		if !strings.Contains(out, "[["+f.en+"]]") || !strings.Contains(out, "[["+f.fr+"]]") {
			t.Errorf("the demo's report lacks %s: %q ↔ %q", f.reason, f.en, f.fr)
		}
	}
	if want := fmt.Sprintf("%d numbers stated differently in %d pairs", errs, errs); !strings.Contains(out, "diglot run: ok") || !strings.Contains(out, want) {
		t.Errorf("demo output lacks %q:\n%s", want, out)
	}

	cmd, stdout := startDiglot(t, "demo", "--addr", "127.0.0.1:0")
	base := waitForServe(t, stdout)
	resp, err := http.Get(base + "?q=exportations&lang=fr")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), "exportations") {
		t.Errorf("the demo's search page: %s\n%.500s", resp.Status, page)
	}
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("demo after Ctrl-C: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("demo did not stop on Ctrl-C")
	}
}

// waitForServe reads a diglot process's output until the search page's
// address, and returns it.
func waitForServe(t *testing.T, stdout io.Reader) string {
	t.Helper()
	r := bufio.NewReader(stdout)
	re := regexp.MustCompile(`serving (\d+) articles at (http://\S+/)`)
	for {
		line, err := r.ReadString('\n')
		if m := re.FindStringSubmatch(line); m != nil {
			go io.Copy(io.Discard, r)
			return m[2]
		}
		if err != nil {
			t.Fatalf("no search page address in the output: %v", err)
		}
	}
}

// TestRunWhileServing runs the nightly job while diglot serve holds the
// index, in a process of its own: the page answers during the run and
// finds the new articles after it.
func TestRunWhileServing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs diglot serve in a process of its own")
	}
	_, srv := serveSite(t)
	data := t.TempDir()
	_, stdout := startDiglot(t, "serve", "--data", data, "--addr", "127.0.0.1:0", "--log-level", "warn")
	base := waitForServe(t, stdout)
	total := func() int {
		t.Helper()
		resp, err := http.Get(base + "api/search?q=port")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var res struct{ Total int }
		if err := json.Unmarshal(b, &res); resp.StatusCode != 200 || err != nil {
			t.Fatalf("search page: %s %s", resp.Status, b)
		}
		return res.Total
	}
	if n := total(); n != 0 {
		t.Fatalf("empty index: %d hits", n)
	}
	stop := make(chan struct{})
	answered := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				answered <- n
				return
			default:
			}
			resp, err := http.Get(base + "api/search?q=port")
			if err == nil && resp.StatusCode == 200 {
				n++
			}
			if err == nil {
				resp.Body.Close()
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()
	sum, stderr, code := runJSON(t, "--config", writeConfig(t, srv.URL, ""), "--data", data)
	close(stop)
	if n := <-answered; n == 0 {
		t.Error("the search page did not answer during the run")
	}
	if code != 0 || !strings.Contains(sum.Index.Via, "diglot serve") || sum.Index.Articles != 52 {
		t.Fatalf("run while serving: exit %d, %+v\n%s", code, sum, stderr)
	}
	if n := total(); n == 0 {
		t.Error("after the run, the search page finds nothing")
	}
}
