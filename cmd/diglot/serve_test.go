package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test start this test binary as diglot itself, in a
// process of its own: with DIGLOT_AS_MAIN=1 it runs main on the arguments
// after "--".
func TestMain(m *testing.M) {
	if os.Getenv("DIGLOT_AS_MAIN") == "1" {
		for i, a := range os.Args {
			if a == "--" {
				os.Args = append([]string{"diglot"}, os.Args[i+1:]...)
				break
			}
		}
		main()
		return
	}
	os.Exit(m.Run())
}

// startDiglot starts "diglot args…" in a process of its own.
func startDiglot(t *testing.T, args ...string) (*exec.Cmd, io.Reader) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "DIGLOT_AS_MAIN=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
	})
	return cmd, stdout
}

// TestServeWhileIndexing crawls the bundled site, starts diglot serve in
// another process, and indexes while it runs: the articles reach the
// server over the hand-off, the page answers throughout, and search from
// a third party (this process) goes through the server.
func TestServeWhileIndexing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs diglot serve in a process of its own")
	}
	_, srv := serveSite(t)
	data := t.TempDir()
	if _, stderr, code := runDiglot(t, nil, "crawl", "--config", writeConfig(t, srv.URL, ""), "--data", data); code != 0 {
		t.Fatalf("crawl: exit %d: %s", code, stderr)
	}

	// The server starts on an empty index.
	_, stdout := startDiglot(t, "serve", "--data", data, "--addr", "127.0.0.1:0", "--log-level", "warn")
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("diglot serve printed nothing: %v", err)
	}
	m := regexp.MustCompile(`serving (\d+) articles at (http://\S+/)`).FindStringSubmatch(line)
	if m == nil || m[1] != "0" {
		t.Fatalf("diglot serve said %q", line)
	}
	base := m[2]
	search := func(q string) (total int) {
		t.Helper()
		resp, err := http.Get(base + "api/search?q=" + url.QueryEscape(q))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var res struct {
			Total int `json:"total"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&res); err != nil || resp.StatusCode != 200 {
			t.Fatalf("search %q: %s, %v", q, resp.Status, err)
		}
		return res.Total
	}
	if n := search("port"); n != 0 {
		t.Fatalf("empty index: %d hits", n)
	}

	// Index while the server holds the index: the documents go through it.
	stdoutIdx, stderr, code := runDiglot(t, nil, "index", "--data", data)
	if code != 0 || !strings.Contains(stdoutIdx, "through diglot serve at") {
		t.Fatalf("index: exit %d: %s%s", code, stdoutIdx, stderr)
	}
	if n := search("agrandissement"); n == 0 {
		t.Error("after indexing through the server, a French word finds nothing")
	}
	if n := search("economie"); n == 0 {
		t.Error(`"economie" finds no "économie"`)
	}
	// A second run has nothing to do.
	if out, _, _ := runDiglot(t, nil, "index", "--data", data); !strings.Contains(out, "indexed 0 articles") {
		t.Errorf("second index run: %s", out)
	}
	// diglot search asks the server too.
	out, stderr, code := runDiglot(t, nil, "search", "--data", data, "--json", "--fact", "money status=mismatch")
	if code != 0 {
		t.Fatalf("search through the server: exit %d: %s", code, stderr)
	}
	var res struct {
		Total int `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Total == 0 {
		t.Errorf("search --fact 'money status=mismatch' through the server: %v\n%s", err, out)
	}
	// The hand-off refuses a caller without the token.
	resp, err := http.Post(base+"internal/index", "application/json", strings.NewReader(`{"docs":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("hand-off without a token: %s", resp.Status)
	}
	info, err := os.Stat(filepath.Join(data, serveInfoFile))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("%s: %v, mode %v; want 0600", serveInfoFile, err, info.Mode().Perm())
	}
}
