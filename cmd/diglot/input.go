package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"diglot.dev/diglot/ingest"
)

const (
	// sniffLen is how much of the input is looked at to tell HTML from
	// plain text.
	sniffLen = 1 << 10
	// maxHTML is the largest HTML page read: a page is parsed whole.
	maxHTML = 32 << 20
)

// openText returns the text read from r, the input called name, as chunks:
// r itself for plain text, the visible text for an HTML page.
func openText(name string, r io.Reader) (*chunker, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF {
		return nil, readError(name, err)
	}
	if !looksLikeHTML(name, head) {
		return newChunker(br, chunkTarget, chunkMax), nil
	}
	text, err := readHTML(name, br)
	if err != nil {
		return nil, err
	}
	return newChunker(strings.NewReader(text), chunkTarget, chunkMax), nil
}

// openInput opens the input called name, "-" for standard input, and
// returns it with the name to show in messages and a function that closes
// it.
func openInput(sio stdio, name string) (r io.Reader, display string, closeFn func(), err error) {
	if name == "-" {
		return sio.in, "stdin", func() {}, nil
	}
	file, err := os.Open(name)
	if err != nil {
		return nil, "", nil, err // *PathError: "open NAME: reason"
	}
	return file, name, func() { file.Close() }, nil
}

// maxText is the largest input read whole (compare aligns whole articles).
const maxText = 32 << 20

// readWholeText returns the text of the input called name, read from r: the
// input itself for plain text, the visible text for an HTML page. Inputs
// over maxText bytes, binary data and invalid UTF-8 are errors.
func readWholeText(name string, r io.Reader) (string, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF {
		return "", readError(name, err)
	}
	if looksLikeHTML(name, head) {
		return readHTML(name, br)
	}
	b, err := io.ReadAll(io.LimitReader(br, maxText+1))
	if err != nil {
		return "", readError(name, err)
	}
	if len(b) > maxText {
		return "", fmt.Errorf("%s: text larger than the %d MiB limit of one article", name, maxText>>20)
	}
	if err := checkText(name, 0, string(b)); err != nil {
		return "", err
	}
	return string(b), nil
}

// htmlStarts begin an HTML document; htmlTags, found anywhere in its
// first kilobyte, mark a page or a fragment of one.
var (
	htmlStarts = []string{"<!doctype html", "<html", "<head", "<body"}
	htmlTags   = []string{"<body", "<p>", "<p "}
)

// looksLikeHTML reports whether the input called name, which begins with
// head, is an HTML page rather than plain text.
func looksLikeHTML(name string, head []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\f"))
	for _, s := range htmlStarts {
		if bytes.HasPrefix(head, []byte(s)) {
			return true
		}
	}
	for _, s := range htmlTags {
		if bytes.Contains(head, []byte(s)) {
			return true
		}
	}
	return false
}

// readHTML reads the HTML page called name from r, at most maxHTML bytes,
// and returns its visible text.
func readHTML(name string, r io.Reader) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxHTML+1))
	if err != nil {
		return "", readError(name, err)
	}
	if len(b) > maxHTML {
		return "", fmt.Errorf("%s: HTML page larger than the %d MiB limit; save its text as a plain-text file and extract that", name, maxHTML>>20)
	}
	if err := checkText(name, 0, string(b)); err != nil {
		return "", err
	}
	text, err := ingest.VisibleText(bytes.NewReader(b))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return text, nil
}

// readError wraps err, met reading the input called name, with the
// operation and the name unless it carries them already (*fs.PathError).
func readError(name string, err error) error {
	if _, ok := errors.AsType[*fs.PathError](err); ok {
		return err
	}
	return fmt.Errorf("read %s: %w", name, err)
}

// checkText returns an error naming the input and the byte offset if text,
// found at offset in the input called name, holds a NUL byte (binary data)
// or is not valid UTF-8.
func checkText(name string, offset int, text string) error {
	if i := strings.IndexByte(text, 0); i >= 0 {
		return fmt.Errorf("%s: binary data (a NUL byte at byte %d), not text", name, offset+i)
	}
	if utf8.ValidString(text) {
		return nil
	}
	for i, r := range text {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(text[i:]); size == 1 {
				return fmt.Errorf("%s: invalid UTF-8 at byte %d; diglot reads UTF-8 text only", name, offset+i)
			}
		}
	}
	return fmt.Errorf("%s: invalid UTF-8; diglot reads UTF-8 text only", name)
}
