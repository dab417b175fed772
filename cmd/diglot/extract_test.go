package main

import (
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/extract"
	"diglot.dev/diglot/ingest"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// writeFile writes content to a file called name in a fresh directory and
// returns its path.
func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sample returns the text of a file of the bundled sample.
func sample(t testing.TB, name string) string {
	t.Helper()
	b, err := fs.ReadFile(corpus.Sample, name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestExtractMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.txt")
	stdout, stderr, code := runDiglot(t, nil, "extract", path)
	if code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
	if want := "diglot: extract: open " + path + ": no such file or directory\n"; stderr != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", stdout)
	}
}

func TestExtractDirectory(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := runDiglot(t, nil, "extract", dir)
	if code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
	if want := "diglot: extract: read " + dir + ": is a directory\n"; stderr != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
}

func TestExtractBadInput(t *testing.T) {
	secondChunk := strings.Repeat("Le port a traité 4,2 millions de tonnes.\n\n", 8000) // 344 KB
	tests := []struct {
		name    string
		file    string
		content string
		wantErr string // after the file's path
	}{
		{"invalid UTF-8", "bad.txt", "Le port\xff a traité", ": invalid UTF-8 at byte 7;"},
		{"Latin-1 text", "latin1.txt", "Le 1er trimestre, le fret a progress\xe9 de 7,3 %.", ": invalid UTF-8 at byte 36;"},
		{"invalid UTF-8 past the first chunk", "long.txt", secondChunk + "caf\xc3(", ": invalid UTF-8 at byte " + itoa(len(secondChunk)+3) + ";"},
		{"binary", "image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ": binary data (a NUL byte at byte 8), not text"},
		{"NUL in text", "nul.txt", "Le port\x00 a traité", ": binary data (a NUL byte at byte 7), not text"},
		{"invalid UTF-8 in HTML", "page.html", "<p>Le port\xff</p>", ": invalid UTF-8 at byte 10;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, tt.file, tt.content)
			_, stderr, code := runDiglot(t, nil, "extract", "--lang", "fr", path)
			if code != 1 {
				t.Errorf("exit code = %d, want 1", code)
			}
			if want := "diglot: extract: " + path + tt.wantErr; !strings.HasPrefix(stderr, want) {
				t.Errorf("stderr = %q, want it to start with %q", stderr, want)
			}
		})
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestExtractEmptyInput(t *testing.T) {
	tests := []struct {
		name  string
		input string
		args  []string
		want  string
	}{
		{"empty, json", "", []string{"--json"}, `{"lang":"und","facts":[]}` + "\n"},
		{"blank, json", " \n\n\t\n", []string{"--json"}, `{"lang":"und","facts":[]}` + "\n"},
		{"empty, json, lang given", "", []string{"--json", "--lang", "en"}, `{"lang":"en","facts":[]}` + "\n"},
		{"empty, table", "", nil, "no facts (no text)\n"},
		{"empty, table, lang given", "", []string{"--lang", "fr"}, "no facts in French text\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"extract"}, tt.args...)
			stdout, stderr, code := runDiglot(t, strings.NewReader(tt.input), append(args, "-")...)
			if code != 0 {
				t.Errorf("exit code = %d, want 0; stderr: %s", code, stderr)
			}
			if diff := cmp.Diff(tt.want, stdout); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// checkJSON decodes the output of diglot extract --json for input and
// checks it against the contract; it returns the facts.
func checkJSON(t testing.TB, input, output, wantLang string) []extract.Fact {
	t.Helper()
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(output), &top); err != nil {
		t.Fatalf("output is not a JSON object: %v\n%s", err, output)
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range top {
			if !yield(k) {
				return
			}
		}
	})
	if diff := cmp.Diff([]string{"facts", "lang"}, keys); diff != "" {
		t.Errorf("top-level keys mismatch (-want +got):\n%s", diff)
	}
	var lang string
	if err := json.Unmarshal(top["lang"], &lang); err != nil || lang != wantLang {
		t.Errorf("lang = %s, want %q", top["lang"], wantLang)
	}
	var raw []map[string]json.RawMessage
	if err := json.Unmarshal(top["facts"], &raw); err != nil || raw == nil {
		t.Fatalf("facts = %.80s, want an array (%v)", top["facts"], err)
	}
	required := []string{"approx", "end", "high", "kind", "low", "start", "text", "unit", "value"}
	for i, f := range raw {
		for _, k := range required {
			if _, ok := f[k]; !ok {
				t.Errorf("fact %d has no %q", i, k)
			}
		}
		for k := range f {
			if !slices.Contains(required, k) && k != "concept" {
				t.Errorf("fact %d has an unknown key %q", i, k)
			}
		}
	}
	var facts struct{ Facts []extract.Fact }
	if err := json.Unmarshal([]byte(output), &facts); err != nil {
		t.Fatalf("decode facts: %v", err)
	}
	for _, f := range facts.Facts {
		if f.Start < 0 || f.End > len(input) || f.Start > f.End || input[f.Start:f.End] != f.Text {
			t.Errorf("fact %q at %d:%d does not match the input there", f.Text, f.Start, f.End)
		}
	}
	return facts.Facts
}

func TestExtractJSONSample(t *testing.T) {
	for _, tt := range []struct{ file, lang string }{
		{"harbour-en.txt", "en"},
		{"harbour-fr.txt", "fr"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			input := sample(t, tt.file)
			stdout, stderr, code := runDiglot(t, strings.NewReader(input), "extract", "--json")
			if code != 0 {
				t.Fatalf("exit code = %d; stderr: %s", code, stderr)
			}
			if !strings.HasSuffix(stdout, "]}\n") || strings.Count(stdout, "\n") != 1 {
				t.Errorf("output is not one JSON line: %q", stdout)
			}
			checkJSON(t, input, stdout, tt.lang)
		})
	}
}

func TestExtractTableSample(t *testing.T) {
	stdout, stderr, code := runDiglot(t, nil, "extract", filepath.Join("..", "..", "corpus", "sample", "harbour-fr.txt"))
	if code != 0 {
		t.Fatalf("exit code = %d; stderr: %s", code, stderr)
	}
	count := regexp.MustCompile(`(?m)^(no facts|1 fact|\d+ facts) in French text \(detected, confidence (0|1)\.\d\d\)\n\z`)
	if !count.MatchString(stdout) {
		t.Errorf("stdout does not end with a count line:\n%s", stdout)
	}
	if strings.Contains(stdout, "fact") && !strings.HasPrefix(stdout, "no facts") && !strings.HasPrefix(stdout, "KIND ") {
		t.Errorf("table has no header:\n%s", stdout)
	}
}

func TestExtractLanguageNotRead(t *testing.T) {
	tests := []struct {
		name, input, wantErr string
	}{
		{
			"vietnamese",
			"Cảng thành phố đã xử lý ba triệu container trong quý đầu tiên, tăng bảy phần trăm so với cùng kỳ năm ngoái.",
			"diglot: extract: stdin: the text looks like vi (confidence 1.00), not English or French; pass --lang en or --lang fr to read it anyway\n",
		},
		{
			"no words",
			"2025 – 2030 : 7,3 % / 12 500",
			"diglot: extract: stdin: cannot tell the language of the text; pass --lang en or --lang fr\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runDiglot(t, strings.NewReader(tt.input), "extract", "--json")
			if code != 1 {
				t.Errorf("exit code = %d, want 1", code)
			}
			if diff := cmp.Diff(tt.wantErr, stderr); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			// Told the language, diglot reads it.
			if _, stderr, code := runDiglot(t, strings.NewReader(tt.input), "extract", "--lang", "fr"); code != 0 {
				t.Errorf("with --lang fr: exit code = %d; stderr: %s", code, stderr)
			}
		})
	}
}

const frenchPage = `<!DOCTYPE html>
<html lang="fr"><head><title>The harbour in English words to mislead the detector</title>
<script>var english = "the quick brown fox jumps over the lazy dog, 42 times";</script></head>
<body><nav>Accueil | Économie</nav>
<article><h1>Le port de Hai Lan s'agrandit</h1>
<p>Le fret a progressé de 7,3&nbsp;% au troisième trimestre 2025, à 4,2 millions de tonnes.</p>
<p>Le plan coûte 12&#xA0;500 milliards de dongs.</p></article>
<style>p { color: #333 }</style></body></html>`

func TestExtractHTML(t *testing.T) {
	want, err := ingest.VisibleText(strings.NewReader(frenchPage))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"page.html", "page.txt", "-"} {
		t.Run(name, func(t *testing.T) {
			chunks, err := openText(name, strings.NewReader(frenchPage))
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for {
				c, err := chunks.next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				got.WriteString(c.text)
			}
			if diff := cmp.Diff(want, got.String()); diff != "" {
				t.Errorf("text read mismatch (-want +got):\n%s", diff)
			}
		})
	}
	path := writeFile(t, "page.html", frenchPage)
	stdout, stderr, code := runDiglot(t, nil, "extract", "--json", path)
	if code != 0 {
		t.Fatalf("exit code = %d; stderr: %s", code, stderr)
	}
	checkJSON(t, want, stdout, "fr")
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		name, file, head string
		want             bool
	}{
		{"doctype", "-", "<!DOCTYPE html><html>", true},
		{"html tag after white space and BOM", "-", "\uFEFF\n  <HTML lang=fr>", true},
		{"body tag", "x.txt", "<meta charset=utf-8><body>", true},
		{"paragraph fragment", "-", "Intro\n<p>Le port</p>", true},
		{"html extension", "page.HTM", "Plain words", true},
		{"plain text", "a.txt", "Revenue < 5% and costs > 2%.\n\nNo tags here.", false},
		{"empty", "-", "", false},
		{"xml", "feed.xml", "<?xml version=\"1.0\"?><rss>", false},
	}
	for _, tt := range tests {
		if got := looksLikeHTML(tt.file, []byte(tt.head)); got != tt.want {
			t.Errorf("%s: looksLikeHTML(%q, %q) = %v, want %v", tt.name, tt.file, tt.head, got, tt.want)
		}
	}
}

func TestExtractHTMLTooBig(t *testing.T) {
	page := io.MultiReader(
		strings.NewReader("<html><body>"),
		&repeatReader{text: "<p>Le port a traité 4,2 millions de tonnes.</p>\n", left: maxHTML + 1<<20},
	)
	_, stderr, code := runDiglot(t, page, "extract", "--lang", "fr")
	if code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
	if want := "diglot: extract: stdin: HTML page larger than the 32 MiB limit"; !strings.HasPrefix(stderr, want) {
		t.Errorf("stderr = %q, want it to start with %q", stderr, want)
	}
}

// repeatReader reads text over and over, left bytes in all, without
// holding more than one copy of it.
type repeatReader struct {
	text string
	pos  int // in text
	left int
	// every, when set, is called each time another everyBytes are read.
	every      func()
	everyBytes int
	sinceEvery int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && n < r.left {
		m := copy(p[n:min(len(p), r.left)], r.text[r.pos:])
		n += m
		r.pos = (r.pos + m) % len(r.text)
	}
	r.left -= n
	if r.every != nil {
		if r.sinceEvery += n; r.sinceEvery >= r.everyBytes {
			r.sinceEvery = 0
			r.every()
		}
	}
	return n, nil
}

// factRecorder is a factWriter that keeps what it is given.
type factRecorder struct {
	lang  language.Tag
	facts []extract.Fact
	ended bool
}

func (r *factRecorder) begin(lang language.Tag, _ float64) error {
	r.lang = lang
	return nil
}

func (r *factRecorder) write(facts []extract.Fact) error {
	r.facts = append(r.facts, facts...)
	return nil
}

func (r *factRecorder) end() error {
	r.ended = true
	return nil
}

// findAll is an extractor for tests: every occurrence of word is a fact.
func findAll(word string) extractFunc {
	return func(text string, lang language.Tag, opt extract.Options) ([]extract.Fact, error) {
		var facts []extract.Fact
		for i := 0; ; {
			j := strings.Index(text[i:], word)
			if j < 0 {
				return facts, nil
			}
			i += j
			facts = append(facts, extract.Fact{Kind: extract.Quantity, Value: word, Text: word, Start: i, End: i + len(word)})
			i += len(word)
		}
	}
}

func TestExtractChunksShiftsOffsets(t *testing.T) {
	var b strings.Builder
	b.WriteString("\n\n\n\n\n\n\n\n") // a blank first chunk: the language comes from the next
	for i := range 3000 {
		b.WriteString("Le port a accueilli 42 navires. ")
		if i%7 == 0 {
			b.WriteString("\n\n")
		}
		if i%50 == 0 {
			b.WriteString(strings.Repeat("mot ", 30)) // a line longer than the chunk limit
		}
	}
	input := b.String()
	var rec factRecorder
	chunks := newChunker(strings.NewReader(input), 64, 100)
	err := extractChunks(t.Context(), "test", chunks, language.Und, extract.Options{}, findAll("42"), &rec)
	if err != nil {
		t.Fatal(err)
	}
	if rec.lang != language.French || !rec.ended {
		t.Errorf("lang %v, ended %v; want fr, true", rec.lang, rec.ended)
	}
	if got, want := len(rec.facts), strings.Count(input, "42"); got != want {
		t.Errorf("%d facts, want %d", got, want)
	}
	last := -1
	for _, f := range rec.facts {
		if input[f.Start:f.End] != "42" || f.Start <= last {
			t.Fatalf("fact at %d:%d: input there is %q (previous at %d)", f.Start, f.End, input[f.Start:f.End], last)
		}
		last = f.Start
	}
}

func TestExtractLargeStream(t *testing.T) {
	if testing.Short() {
		t.Skip("reads over 100 MB; skipped with -short")
	}
	size := 110 << 20
	if raceEnabled {
		size = 24 << 20 // the race detector slows reading tenfold
	}
	const maxHeap = 32 << 20
	var peak uint64
	stream := &repeatReader{
		text: "Le fret a progressé de 7,3 % au troisième trimestre 2025, à 4,2 millions de tonnes, " +
			"selon l'autorité portuaire.\nLe trafic de conteneurs a augmenté de 11,8 %, à environ 310 000 EVP.\n\n",
		left:       size,
		everyBytes: 4 << 20,
		every: func() {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
		},
	}
	var out countWriter
	var errOut strings.Builder
	err := run(t.Context(), []string{"extract", "--json", "--lang", "fr"}, stream, &out, &errOut)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if stream.left != 0 {
		t.Errorf("%d bytes left unread", stream.left)
	}
	t.Logf("read %d MiB, wrote %d bytes; peak heap %.1f MiB", size>>20, out.n, float64(peak)/(1<<20))
	if peak > maxHeap {
		t.Errorf("peak heap %.1f MiB reading a %d MiB stream, want under %d MiB", float64(peak)/(1<<20), size>>20, maxHeap>>20)
	}
}

// countWriter counts and discards what is written to it.
type countWriter struct{ n int }

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}
