package main

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// readChunks reads all chunks of the text from r.
func readChunks(t testing.TB, r io.Reader, target, limit int) []chunk {
	t.Helper()
	c := newChunker(r, target, limit)
	var chunks []chunk
	for {
		ch, err := c.next()
		if err == io.EOF {
			return chunks
		}
		if err != nil {
			t.Fatalf("next: %v", err)
		}
		chunks = append(chunks, ch)
		if len(chunks) > 1e6 {
			t.Fatal("next: no end")
		}
	}
}

// checkChunks checks the chunker's promises: the chunks are the input,
// each offset is where its text starts, none is empty or over limit, and
// every cut falls after white space unless the line had none.
func checkChunks(t testing.TB, input string, chunks []chunk, limit int) {
	t.Helper()
	var b strings.Builder
	for i, c := range chunks {
		if c.offset != b.Len() {
			t.Errorf("chunk %d: offset %d, want %d", i, c.offset, b.Len())
		}
		if c.text == "" {
			t.Errorf("chunk %d: empty", i)
		}
		if len(c.text) > limit {
			t.Errorf("chunk %d: %d bytes, over the limit %d", i, len(c.text), limit)
		}
		b.WriteString(c.text)
		if i == len(chunks)-1 {
			break
		}
		if last := c.text[len(c.text)-1]; !strings.ContainsRune(" \t\n", rune(last)) && strings.ContainsAny(c.text, " \t\n") {
			t.Errorf("chunk %d ends inside a word: %q", i, c.text[max(0, len(c.text)-20):])
		}
		if utf8.ValidString(input) && !utf8.ValidString(c.text) {
			t.Errorf("chunk %d: cuts a character in two", i)
		}
	}
	if b.String() != input {
		t.Errorf("chunks joined differ from the input:\n%s", cmp.Diff(input, b.String()))
	}
}

func TestChunker(t *testing.T) {
	const target, limit = 16, 40
	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{"empty", "", nil},
		{"short", "Just one line.", []string{"Just one line."}},
		{"short with newline", "One line.\n", []string{"One line.\n"}},
		{
			"paragraph breaks win over line breaks",
			"One.\n\nTwo.\nThree.\nFour.\n",
			[]string{"One.\n\n", "Two.\nThree.\n", "Four.\n"},
		},
		{
			"line break when no blank line",
			"line one\nline two\nline three\n",
			[]string{"line one\n", "line two\n", "line three\n"},
		},
		{
			"line break past target when none before",
			"a first line longer than target\nnext line here\n",
			[]string{"a first line longer than target\n", "next line here\n"},
		},
		{
			"windows line ends",
			"Paragraph one, CRLF.\r\n\r\nParagraph two.\r\n",
			[]string{"Paragraph one, CRLF.\r\n\r\n", "Paragraph two.\r\n"},
		},
		{
			"long line cut at a space",
			"aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk",
			[]string{"aaaa bbbb cccc dddd eeee ffff gggg hhhh ", "iiii jjjj kkkk"},
		},
		{
			"long line cut before the last word",
			"aaaa bbbb cccc dddd eeee ffff gggg hhhhh iiii",
			[]string{"aaaa bbbb cccc dddd eeee ffff gggg ", "hhhhh iiii"},
		},
		{
			"long line not cut inside a French number",
			"un total de 1 234 567 890 123 456 789 012 dongs",
			[]string{"un total de ", "1 234 567 890 123 456 789 012 dongs"},
		},
		{
			"digits only: cut at a space all the same",
			"1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4",
			[]string{"1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 ", "1 2 3 4"},
		},
		{
			"long word cut at a character boundary",
			strings.Repeat("é", 30),
			[]string{strings.Repeat("é", 20), strings.Repeat("é", 10)},
		},
		{
			"long word with odd byte count",
			"a" + strings.Repeat("é", 30),
			[]string{"a" + strings.Repeat("é", 19), strings.Repeat("é", 11)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range []struct {
				name string
				r    io.Reader
			}{
				{"whole", strings.NewReader(tt.input)},
				{"one byte at a time", iotest.OneByteReader(strings.NewReader(tt.input))},
			} {
				chunks := readChunks(t, r.r, target, limit)
				var got []string
				for _, c := range chunks {
					got = append(got, c.text)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("%s: chunks mismatch (-want +got):\n%s", r.name, diff)
				}
				checkChunks(t, tt.input, chunks, limit)
			}
		})
	}
}

func TestChunkerNewsText(t *testing.T) {
	para := "Le port a traité 4,2 millions de tonnes au troisième trimestre 2025, en hausse de 7,3 %.\n" +
		"Le trafic de conteneurs a progressé de 11,8 %, à environ 310 000 EVP.\n\n"
	input := strings.Repeat(para, 5000) // about 830 KB, several chunks
	chunks := readChunks(t, strings.NewReader(input), chunkTarget, chunkMax)
	if len(chunks) < 3 {
		t.Fatalf("%d chunks, want at least 3", len(chunks))
	}
	checkChunks(t, input, chunks, chunkMax)
	for i, c := range chunks {
		if !strings.HasSuffix(c.text, "\n\n") {
			t.Errorf("chunk %d does not end at a paragraph break", i)
		}
	}
}

func TestChunkerReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	c := newChunker(io.MultiReader(strings.NewReader("some text\n"), iotest.ErrReader(boom)), 16, 40)
	if _, err := c.next(); !errors.Is(err, boom) {
		t.Errorf("next: %v, want %v", err, boom)
	}
}

func FuzzChunker(f *testing.F) {
	for _, s := range []string{
		"", "a", "one\n\ntwo\nthree", "1 234 567 890 123 456 789", strings.Repeat("é", 50),
		"x\r\n\r\ny", "\n\n\n\n", "a b c d e f g h i j k l m n o p q r s t u v w x y z",
	} {
		f.Add(s, 8)
	}
	f.Fuzz(func(t *testing.T, input string, target int) {
		target = 1 + abs(target)%64
		limit := target + 4
		chunks := readChunks(t, strings.NewReader(input), target, limit)
		checkChunks(t, input, chunks, limit)
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
