package corpus

import (
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestSample(t *testing.T) {
	names, err := fs.Glob(Sample, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"harbour-en.txt", "harbour-fr.txt"}, names); diff != "" {
		t.Fatalf("sample files mismatch (-want +got):\n%s", diff)
	}
	var paragraphs []int
	for _, name := range names {
		b, err := fs.ReadFile(Sample, name)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) {
			t.Errorf("%s: invalid UTF-8", name)
		}
		if n := len(strings.Fields(string(b))); n < 200 || n > 350 {
			t.Errorf("%s: %d words, want a short article (200–350)", name, n)
		}
		paragraphs = append(paragraphs, len(strings.Split(strings.TrimSpace(string(b)), "\n\n")))
	}
	if paragraphs[0] != paragraphs[1] {
		t.Errorf("paragraphs: en %d, fr %d; a translation keeps the paragraphs", paragraphs[0], paragraphs[1])
	}
}
