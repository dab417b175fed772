package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

// crashDirEnv names the store directory of TestHelperWriter; without it
// the helper does nothing.
const crashDirEnv = "DIGLOT_STORE_CRASH_DIR"

// crashRaw is the raw HTML the crash test stores with article n version v.
func crashRaw(n, v int) []byte { return testRaw(testArticle(n, v), 8000) }

// TestHelperWriter is the process TestCrash kills: it writes articles and
// their fetch states from four goroutines, forever, and prints
// "ok N V ID" when article N version V is committed. It only runs when
// crashDirEnv is set.
func TestHelperWriter(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("helper process of TestCrash")
	}
	s, err := Open(dir)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	const workers = 4
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := 0; ; i++ {
				n, v := w+workers*i, 0
				if i%3 == 2 { // now and then, a new version of the last article
					n, v = w+workers*(i-1), i
				}
				a := testArticle(n, v)
				res, stored, err := s.PutFetchAndArticle(Fetch{URL: a.URL, Status: 200, Fetched: a.Stored}, a, crashRaw(n, v))
				mu.Lock()
				if err != nil {
					fmt.Println("error", err)
					os.Exit(1)
				}
				if res != Unchanged {
					fmt.Printf("ok %d %d %s %d\n", n, v, stored.ID, stored.Version)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
}

// TestCrash kills (SIGKILL) a process writing to the store and checks
// that the store reopens with every write the process saw committed,
// intact, and indexes that agree.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	dir := t.TempDir()
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestHelperWriter$", "-test.timeout=60s")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()

	type version struct {
		n, v, version int
		id            string
	}
	var committed []version
	const killAfter = 120
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		var c version
		if _, err := fmt.Sscanf(sc.Text(), "ok %d %d %s %d", &c.n, &c.v, &c.id, &c.version); err != nil {
			t.Fatalf("helper: %q", sc.Text())
		}
		committed = append(committed, c)
		if len(committed) == 1 {
			// While the helper holds the store, another process cannot open it.
			if s, err := Open(dir); !errors.Is(err, ErrLocked) {
				if err == nil {
					s.Close()
				}
				t.Errorf("Open while the helper writes: error %v, want ErrLocked", err)
			}
		}
		if len(committed) == killAfter {
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
		}
	}
	err = cmd.Wait()
	if len(committed) < killAfter {
		t.Fatalf("helper stopped after %d writes: %v\n%s", len(committed), err, stderr.String())
	}
	if err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("helper exit: %v, want killed", err)
	}

	s, err := Open(dir)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	for _, c := range committed {
		vs, err := s.Versions(c.id)
		if err != nil || len(vs) < c.version {
			t.Fatalf("article %d version %d (%s): %d versions stored, %v", c.n, c.v, c.id, len(vs), err)
		}
		got, want := vs[c.version-1], testArticle(c.n, c.v)
		if got.Text() != want.Text() || got.URL != want.URL || got.Version != c.version {
			t.Errorf("article %d version %d (%s): stored version %d differs", c.n, c.v, c.id, got.Version)
		}
		raw, err := s.Raw(c.id, c.version)
		if err != nil || !bytes.Equal(raw, crashRaw(c.n, c.v)) {
			t.Errorf("article %d version %d (%s): raw html %d bytes, %v", c.n, c.v, c.id, len(raw), err)
		}
		if f, ok, err := s.Fetch(want.URL); err != nil || !ok || f.ArticleID != c.id {
			t.Errorf("article %d (%s): fetch state %+v, %v, %v", c.n, c.id, f, ok, err)
		}
	}
	// The process may have committed a few more before it died: they too
	// must be whole.
	n, err := s.Count()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d writes seen committed, %d articles stored after the kill", len(committed), n)
	checkIndexes(t, s)
}
