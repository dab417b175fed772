package ingest

import (
	"fmt"
	"io"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hiddenSelector matches the elements whose content a reader never sees.
const hiddenSelector = "head, script, style, noscript, template, iframe, svg, canvas, [hidden]"

// breakKind is the separator owed between two runs of text; a stronger
// separator wins over a weaker one.
type breakKind uint8

const (
	noBreak   breakKind = iota
	space               // " "
	line                // "\n"
	paragraph           // "\n\n"
)

var breakText = [...]string{noBreak: "", space: " ", line: "\n", paragraph: "\n\n"}

// blockAtoms are the elements that start and end a paragraph of visible text.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Caption: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Tr: true, atom.Ul: true, atom.Option: true,
}

// cellAtoms are table cells: each goes on its own line, so that numbers in
// neighbouring cells are never read as one.
var cellAtoms = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// VisibleText returns the text a reader sees on the HTML page read from r.
// It drops what is never shown (head, script, style, noscript, template,
// iframe, svg, canvas and elements with the hidden attribute), separates
// block elements (p, div, h1–h6, li, br, tr, section, article…) by a blank
// line ("\n\n"), puts table cells on lines of their own, and collapses other
// runs of HTML white space (space, tab, CR, LF, FF) into one space. No-break
// spaces (U+00A0, U+202F) and other Unicode spaces are kept as written:
// French numbers are grouped with them. The result has no leading or
// trailing white space.
//
// VisibleText reads r as UTF-8; it does not transcode other charsets.
func VisibleText(r io.Reader) (string, error) {
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return "", fmt.Errorf("parse html: %w", err)
	}
	doc.Find(hiddenSelector).Remove()
	var w textWriter
	for _, n := range doc.Nodes {
		w.walk(n)
	}
	return w.b.String(), nil
}

// textWriter accumulates visible text, holding back the separator owed
// before the next run of text so that none leads or trails.
type textWriter struct {
	b       strings.Builder
	pending breakKind
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		switch {
		case blockAtoms[n.DataAtom]:
			w.owe(paragraph)
			defer w.owe(paragraph)
		case cellAtoms[n.DataAtom]:
			w.owe(line)
			defer w.owe(line)
		}
	case html.DocumentNode:
	default: // comments, doctype
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// owe records that at least separator k is due before the next text.
func (w *textWriter) owe(k breakKind) {
	w.pending = max(w.pending, k)
}

func (w *textWriter) text(s string) {
	for len(s) > 0 {
		i := strings.IndexFunc(s, isHTMLSpace)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			if w.b.Len() > 0 {
				w.b.WriteString(breakText[w.pending])
			}
			w.pending = noBreak
			w.b.WriteString(s[:i])
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !isHTMLSpace(r) })
		if j < 0 {
			j = len(s)
		}
		if j > 0 {
			w.owe(space)
		}
		s = s[j:]
	}
}

// isHTMLSpace reports whether r is ASCII white space as HTML defines it.
// U+00A0 and U+202F are not: they are part of the text.
func isHTMLSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r':
		return true
	}
	return false
}
