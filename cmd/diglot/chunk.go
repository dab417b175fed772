package main

import (
	"bytes"
	"io"
	"unicode/utf8"
)

const (
	// chunkTarget is the size past which a chunk ends at the next line
	// break at the latest.
	chunkTarget = 256 << 10
	// chunkMax is the largest chunk: a line longer than this is cut at a
	// space.
	chunkMax = 1 << 20
)

// A chunk is a piece of a text and the byte offset where it starts.
type chunk struct {
	offset int
	text   string
}

// chunker splits a text stream into chunks that the extractor reads one at
// a time, so that the whole text is never in memory. Chunks end at
// paragraph breaks (a blank line) where possible, so that no fact is cut in
// two; at a line break when a chunk has no paragraph break in its first
// target bytes; and, in a line longer than limit bytes, after a space (one
// not between two digits, which may group a French number, when there is
// one) or else at a character boundary. Concatenated, the chunks are the
// input exactly.
type chunker struct {
	r             io.Reader
	target, limit int
	buf           []byte
	offset        int   // of buf[0] in the text
	err           error // the read error that stopped input; io.EOF at its end
}

// newChunker returns a chunker of the text read from r. 0 < target <= limit.
func newChunker(r io.Reader, target, limit int) *chunker {
	return &chunker{r: r, target: target, limit: limit, buf: make([]byte, 0, limit)}
}

// next returns the next chunk, or io.EOF after the last one.
func (c *chunker) next() (chunk, error) {
	c.fill(c.target)
	n, err := c.cut()
	if err != nil {
		return chunk{}, err
	}
	if n == 0 { // no line break in target bytes: look further
		c.fill(c.limit)
		if n, err = c.cut(); err != nil {
			return chunk{}, err
		}
		if n == 0 {
			n = hardCut(c.buf)
		}
	}
	ch := chunk{offset: c.offset, text: string(c.buf[:n])}
	c.buf = c.buf[:copy(c.buf, c.buf[n:])]
	c.offset += n
	return ch, nil
}

// fill reads until the buffer holds n bytes or input stops.
func (c *chunker) fill(n int) {
	if c.err != nil || len(c.buf) >= n {
		return
	}
	m, err := io.ReadFull(c.r, c.buf[len(c.buf):n])
	c.buf = c.buf[:len(c.buf)+m]
	if err == io.ErrUnexpectedEOF {
		err = io.EOF
	}
	c.err = err
}

// cut returns the length of the next chunk, 0 when there is no line break
// to end it at.
func (c *chunker) cut() (int, error) {
	switch {
	case c.err == io.EOF && len(c.buf) == 0:
		return 0, io.EOF
	case c.err == io.EOF:
		return len(c.buf), nil
	case c.err != nil:
		return 0, c.err
	}
	if n := paragraphEnd(c.buf); n > 0 {
		return n, nil
	}
	return bytes.LastIndexByte(c.buf, '\n') + 1, nil
}

// paragraphEnd returns the end of the last blank line in b ("\n\n" or
// "\n\r\n"), or 0 when there is none.
func paragraphEnd(b []byte) int {
	n := 0
	if i := bytes.LastIndex(b, []byte("\n\n")); i >= 0 {
		n = i + 2
	}
	if i := bytes.LastIndex(b, []byte("\n\r\n")); i >= 0 {
		n = max(n, i+3)
	}
	return n
}

// hardCut returns where to cut b, a line with no line break: after its last
// space or tab that does not sit between two digits; else after its last
// space or tab; else after its last whole character.
func hardCut(b []byte) int {
	fallback := 0
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] != ' ' && b[i] != '\t' {
			continue
		}
		// The bytes on either side of b may be digits.
		digitBefore := i == 0 || isDigit(b[i-1])
		digitAfter := i == len(b)-1 || isDigit(b[i+1])
		if !digitBefore || !digitAfter {
			return i + 1
		}
		if fallback == 0 {
			fallback = i + 1
		}
	}
	if fallback > 0 {
		return fallback
	}
	// Back up to the start of the last character; keep it if it is whole.
	start := len(b) - 1
	for start > 0 && start > len(b)-utf8.UTFMax && !utf8.RuneStart(b[start]) {
		start--
	}
	if utf8.FullRune(b[start:]) {
		return len(b)
	}
	if start == 0 {
		return len(b) // invalid bytes only; the checker will say so
	}
	return start
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
