package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestVisibleText(t *testing.T) {
	tests := []struct {
		name string
		html string
		want string
	}{
		{"empty", "", ""},
		{"plain text", "Exports rose 7.3% in 2025.", "Exports rose 7.3% in 2025."},
		{
			"paragraphs",
			"<!doctype html><html><body><p>First paragraph.</p><p>Second one.</p></body></html>",
			"First paragraph.\n\nSecond one.",
		},
		{
			"head, script and style dropped",
			`<html><head><title>Port news</title><style>p{color:red}</style></head>
			<body><script>var n = 42;</script><p>Cargo rose.</p><noscript>Enable 99 scripts</noscript>
			<template><p>12 hidden</p></template></body></html>`,
			"Cargo rose.",
		},
		{
			"hidden attribute and svg dropped",
			`<p>Seen.</p><div hidden>Not 12 seen.</div><svg><text>3</text></svg><p>Also seen.</p>`,
			"Seen.\n\nAlso seen.",
		},
		{
			"white space collapsed inside a block",
			"<p>  Revenue\n\t rose   to\r\n 12 billion  </p>",
			"Revenue rose to 12 billion",
		},
		{
			"no-break spaces kept",
			"<p>39&nbsp;888 milliards et 7,3\u202f% et 1\u00a0250</p>",
			"39\u00a0888 milliards et 7,3\u202f% et 1\u00a0250",
		},
		{
			"inline elements join without a space",
			"<p>Up <b>12</b>,5 % and <a href=x>five</a> <em>ships</em></p>",
			"Up 12,5 % and five ships",
		},
		{
			"br is a paragraph break",
			"<p>Line one<br>Line two<br/>Line three</p>",
			"Line one\n\nLine two\n\nLine three",
		},
		{
			"headings and list items",
			"<article><h1>Title</h1><ul><li>one</li><li>two</li></ul><section>End</section></article>",
			"Title\n\none\n\ntwo\n\nEnd",
		},
		{
			"table rows are paragraphs, cells are lines",
			"<table><tr><th>Year</th><th>Ships</th></tr><tr><td>2024</td><td>2025</td></tr></table>",
			"Year\nShips\n\n2024\n2025",
		},
		{
			"nested divs give one break",
			"<div><div><div>a</div></div></div><div><p>b</p></div>",
			"a\n\nb",
		},
		{"comments dropped", "<p>a<!-- 12 -->b</p>", "ab"},
		{"entities decoded", "<p>R&amp;D &lt;5&gt; caf&eacute;</p>", "R&D <5> café"},
		{"text straight under body", "<body>Loose text<div>block</div>tail</body>", "Loose text\n\nblock\n\ntail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := VisibleText(strings.NewReader(tt.html))
			if err != nil {
				t.Fatalf("VisibleText: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("VisibleText mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func ExampleVisibleText() {
	page := `<html><head><title>Harbour</title></head>
<body><h1>Cargo up</h1><p>Volume rose 7,3&#x202F;% to 39&nbsp;888 tonnes.</p></body></html>`
	text, err := VisibleText(strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", text)
	// Output:
	// "Cargo up\n\nVolume rose 7,3\u202f% to 39\u00a0888 tonnes."
}

func FuzzVisibleText(f *testing.F) {
	f.Add("<p>39&nbsp;888 milliards</p><script>1</script>")
	f.Add("<table><tr><td>2024</td><td>2025</td></tr></table>")
	f.Add("<div><p> a </p>\n\n<br><p>b</p></div>")
	f.Add("plain\ttext \u202f% <b>x</b>")
	f.Fuzz(func(t *testing.T, page string) {
		text, err := VisibleText(strings.NewReader(page))
		if err != nil {
			return
		}
		if strings.TrimFunc(text, isHTMLSpace) != text {
			t.Errorf("VisibleText(%q) = %q: leading or trailing white space", page, text)
		}
		for _, bad := range []string{"\n\n\n", "  ", "\t", "\r", " \n", "\n "} {
			if strings.Contains(text, bad) {
				t.Errorf("VisibleText(%q) = %q: holds %q", page, text, bad)
			}
		}
	})
}
