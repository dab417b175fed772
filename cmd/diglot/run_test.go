package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/corpus/site"
)

// runSummary is the part of `diglot run --json` the tests read.
type runSummary struct {
	Status   string
	ExitCode int `json:"exit_code"`
	Sources  []struct {
		Source, Status     string
		Fetched, New       int
		NotModified        int `json:"not_modified"`
		Skipped, Unchanged int
		Changed            int
		Failed             map[string]int
	}
	Pairs struct{ Total, New int }
	Cut   bool
	Index struct {
		Articles, Facts int
		Via             string
	}
	Report struct {
		Pairs             int
		PairsWithMismatch int `json:"pairs_with_mismatch"`
		Facts             map[string]int
		HTML, JSON        string
	}
	Error string
}

func runJSON(t *testing.T, args ...string) (runSummary, string, int) {
	t.Helper()
	out, stderr, code := runDiglot(t, nil, append([]string{"run", "--json", "--log-level", "warn"}, args...)...)
	var sum runSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil && code != exitUsage && code != exitConfig && code != exitLocked {
		t.Fatalf("run %v: exit %d, summary %v: %s\n%s", args, code, err, out, stderr)
	}
	return sum, stderr, code
}

func TestRunCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the bundled site")
	}
	s, srv := serveSite(t)
	cfg := writeConfig(t, srv.URL, "")
	data := t.TempDir()
	metrics := filepath.Join(t.TempDir(), "diglot.prom")
	modified := func(name string) time.Time {
		t.Helper()
		fi, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		return fi.ModTime()
	}

	first, stderr, code := runJSON(t, "--config", cfg, "--data", data, "--metrics", metrics)
	if code != 0 || first.Status != "ok" {
		t.Fatalf("first run: exit %d, %+v\n%s", code, first, stderr)
	}
	if first.Sources[0].New != 52 || first.Pairs.Total != 24 || first.Index.Articles != 52 || first.Index.Facts == 0 ||
		first.Report.PairsWithMismatch != 8 || first.Report.Facts["mismatch"] != 8 {
		t.Errorf("first run: %+v", first)
	}
	for _, f := range []string{first.Report.HTML, first.Report.JSON} {
		if fi, err := os.Stat(f); err != nil || fi.Size() == 0 {
			t.Errorf("report file %s: %v", f, err)
		}
	}
	prom, err := os.ReadFile(metrics)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"diglot_run_last_success_timestamp_seconds ", "diglot_run_exit_code 0", `diglot_run_articles{change="new",source="hai-lan"} 52`, `diglot_report_facts{status="mismatch"} 8`} {
		if !strings.Contains(string(prom), want) {
			t.Errorf("metrics lack %q:\n%s", want, prom)
		}
	}

	// Idempotent: the second run fetches no article, indexes nothing and
	// leaves the report as it is.
	reported := modified(first.Report.HTML)
	second, _, code := runJSON(t, "--config", cfg, "--data", data)
	if code != 0 || second.Sources[0].New != 0 || second.Pairs.New != 0 || second.Index.Articles != 0 ||
		second.Sources[0].Skipped+second.Sources[0].NotModified != 52 || second.Report.Facts["mismatch"] != 8 {
		t.Errorf("second run: exit %d, %+v", code, second)
	}
	if !modified(first.Report.HTML).Equal(reported) {
		t.Error("a run with nothing new wrote the report again")
	}
	// An edited article is stored, indexed and reported.
	if err := s.Edit(s.Pages()[0].Path, time.Now().Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	third, _, code := runJSON(t, "--config", cfg, "--data", data)
	if code != 0 || third.Sources[0].Changed != 1 || third.Index.Articles == 0 || third.Index.Articles > 2 || modified(first.Report.HTML).Equal(reported) {
		t.Errorf("run after an edit: exit %d, %+v", code, third)
	}

	// Human summary.
	out, _, code := runDiglot(t, nil, "run", "--config", cfg, "--data", data, "--log-level", "error")
	if code != 0 || !strings.Contains(out, "diglot run: ok") || !strings.Contains(out, "8 numbers stated differently") {
		t.Errorf("text summary (exit %d):\n%s", code, out)
	}

	// The lock: a second run exits 75 at once.
	lock, err := acquireRunLock(data)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, stderr, code = runDiglot(t, nil, "run", "--config", cfg, "--data", data)
	if code != exitLocked || !strings.Contains(stderr, "another diglot run holds") || !strings.Contains(stderr, "pid "+strconv.Itoa(os.Getpid())) {
		t.Errorf("locked: exit %d, %s", code, stderr)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("a locked run took %v to give up", d)
	}
	lock.Unlock()

	// Partial: a source whose site is down; the other is crawled and indexed.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := "http://" + l.Addr().String()
	l.Close()
	partialCfg := writeConfig(t, srv.URL, fmt.Sprintf(`
[[source]]
name = "down"
seeds = ["%s/en/"]
delay = "0s"
`, down))
	fresh := t.TempDir()
	part, _, code := runJSON(t, "--config", partialCfg, "--data", fresh)
	if code != exitPartial || part.Status != "partial" || part.Index.Articles != 52 || !strings.Contains(part.Error, "down") {
		t.Errorf("partial run: exit %d, %+v", code, part)
	}
	for _, s := range part.Sources {
		if want := map[string]string{"hai-lan": "ok", "down": "failed"}[s.Source]; s.Status != want {
			t.Errorf("source %s: status %s, want %s", s.Source, s.Status, want)
		}
	}

	// Bad configuration and usage.
	bad := writeConfigText(t, "[[source]]\nname = \"x\"\nseeds = [\"http://127.0.0.1:1/\"]\ndelya = \"1s\"\n")
	if _, stderr, code := runDiglot(t, nil, "run", "--config", bad, "--data", t.TempDir()); code != exitConfig || !strings.Contains(stderr, ":4") {
		t.Errorf("bad configuration: exit %d, %s", code, stderr)
	}
	for _, args := range [][]string{{}, {"--config", cfg, "extra"}, {"--config", cfg, "--timeout", "-1s"}} {
		if _, _, code := runDiglot(t, nil, append([]string{"run", "--data", t.TempDir()}, args...)...); code != exitUsage {
			t.Errorf("run %v: exit %d, want 2", args, code)
		}
	}
}

// TestRunTimeout checks that --timeout stops the crawl early enough to
// index and report what it stored, and that the run says it is partial.
func TestRunTimeout(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls a site slowly")
	}
	srv := httptest.NewServer(site.Generate(100, 3).Handler())
	defer srv.Close()
	cfg := writeConfigText(t, fmt.Sprintf(`user_agent = "diglot-test/1.0"
[[source]]
name = "slow"
seeds = ["%[1]s/en/", "%[1]s/fr/"]
delay = "50ms"
concurrency = 1
`, srv.URL))
	start := time.Now()
	sum, _, code := runJSON(t, "--config", cfg, "--data", t.TempDir(), "--timeout", "12s")
	took := time.Since(start)
	if code != exitPartial || !sum.Cut || sum.Index.Articles == 0 || sum.Report.JSON == "" {
		t.Errorf("timed-out run: exit %d, %+v", code, sum)
	}
	if took > 12*time.Second || took < 2*time.Second {
		t.Errorf("a run with --timeout 12s took %v", took)
	}
}

// TestRunKilled kills `diglot run` (SIGKILL), in a process of its own, at
// several moments of a run (crawl, index, report), then runs it again to
// the end: nothing stored is lost or stored twice, and the index, the
// store and the report agree with a run that was never killed.
func TestRunKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("runs diglot in processes of its own")
	}
	const pairs = 200
	srv := httptest.NewServer(site.Generate(pairs, 4).Handler())
	defer srv.Close()
	cfg := writeConfig(t, srv.URL, "max_pages = "+strconv.Itoa(4*pairs+100))

	// A clean run, timed as the killed ones run: in a process of its own.
	clean := t.TempDir()
	start := time.Now()
	cmd, _ := startDiglot(t, "run", "--config", cfg, "--data", clean, "--log-level", "error")
	if err := cmd.Wait(); err != nil {
		t.Fatalf("clean run: %v", err)
	}
	whole := time.Since(start)
	want, _, code := runJSON(t, "--config", cfg, "--data", clean) // its summary, by a second run
	if code != 0 || want.Index.Articles != 0 {
		t.Fatalf("second clean run: exit %d, %+v", code, want)
	}
	t.Logf("a clean run takes %v", whole)

	killed := 0
	// Kill times are shares of the clean run, which the load of other tests
	// may shorten or stretch: late shares may miss a run that ended early.
	for _, at := range []float64{0.1, 0.25, 0.4, 0.55, 0.7} {
		data := t.TempDir()
		cmd, _ := startDiglot(t, "run", "--config", cfg, "--data", data, "--log-level", "error")
		time.Sleep(time.Duration(at * float64(whole)))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			killed++
		}
		got, stderr, code := runJSON(t, "--config", cfg, "--data", data)
		if code != 0 {
			t.Fatalf("run after a kill at %.0f%%: exit %d, %+v\n%s", 100*at, code, got, stderr)
		}
		checkRunData(t, data, want)
		if got.Report.Pairs != want.Report.Pairs || got.Report.Facts["mismatch"] != want.Report.Facts["mismatch"] ||
			got.Report.PairsWithMismatch != want.Report.PairsWithMismatch {
			t.Errorf("kill at %.0f%%: report %+v, after a clean run %+v", 100*at, got.Report, want.Report)
		}
		again, _, code := runJSON(t, "--config", cfg, "--data", data)
		if code != 0 || again.Index.Articles != 0 || again.Sources[0].New != 0 {
			t.Errorf("kill at %.0f%%: the run after recovery did work: exit %d, %+v", 100*at, code, again)
		}
	}
	if killed < 3 {
		t.Errorf("only %d of 5 runs were killed before they ended", killed)
	}
}

// checkRunData checks a data directory after runs: every article stored
// once and whole, as many as a clean run stored, and all of them indexed.
func checkRunData(t *testing.T, data string, want runSummary) {
	t.Helper()
	store, err := corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	urls := map[string]int{}
	n := 0
	err = store.Articles(func(a corpus.Article) error {
		urls[a.URL]++
		n++
		if a.Title == "" || len(a.Body) == 0 {
			t.Errorf("article %s stored half", a.URL)
		}
		return nil
	})
	store.Close()
	if err != nil {
		t.Fatal(err)
	}
	if wantN := want.Sources[0].Skipped + want.Sources[0].NotModified; n != wantN {
		t.Errorf("%d articles stored, want %d as in a clean run", n, wantN)
	}
	for u, c := range urls {
		if c > 1 {
			t.Errorf("%s stored %d times", u, c)
		}
	}
	if res := search(t, data, "--limit", "1"); res.Total != n {
		t.Errorf("the index has %d articles, the store %d", res.Total, n)
	}
}
