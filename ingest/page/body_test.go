package page

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// prose is a paragraph long enough to count as article text.
func prose(n int) string {
	return "Paragraph " + string(rune('A'+n)) + " tells, in plain words, what the council decided on Tuesday and why it matters to residents."
}

func TestBody(t *testing.T) {
	p := func(n int) string { return "<p>" + prose(n) + "</p>" }
	tests := []struct {
		name string
		html string
		want []string
	}{
		{
			"paragraphs in order",
			"<article>" + p(0) + p(1) + p(2) + "</article>",
			[]string{prose(0), prose(1), prose(2)},
		},
		{
			"furniture left out",
			`<nav><a href="/a">Home</a> <a href="/b">World</a></nav><article>` + p(0) +
				`<div class="share-tools"><a href="/s">Share this story on every network you know</a></div>` +
				`<figure><img src="x.jpg"><figcaption>The council chamber on Tuesday, photographed from the gallery.</figcaption></figure>` +
				p(1) + `<div class="advert">Advertisement</div>` + p(2) +
				`<ul class="related-links"><li><a href="/r1">A related story about the council and its budget</a></li></ul></article>` +
				`<footer><p>© 2025 Example News. All rights reserved. No reproduction without permission.</p></footer>`,
			[]string{prose(0), prose(1), prose(2)},
		},
		{
			"subheadings, lists and quotes kept",
			"<div class=\"story-body\">" + p(0) + "<h2>What comes next</h2>" + p(1) +
				"<ul><li>Budget: 4.5 million dollars.</li><li>Start: next spring.</li></ul>" +
				"<blockquote>" + p(2) + "</blockquote><h3>Heading with nothing after it</h3></div>",
			[]string{prose(0), "What comes next", prose(1), "Budget: 4.5 million dollars.", "Start: next spring.", prose(2)},
		},
		{
			"line breaks",
			"<div class=\"content\">" + prose(0) + "<br><br>" + prose(1) + "<br>" + "second line of it." + p(2) + "</div>",
			[]string{prose(0), prose(1) + "\nsecond line of it.", prose(2)},
		},
		{
			"a lying class name holding the story",
			`<div class="story">` + p(0) + `<div class="read-more-content">` + p(1) + p(2) + p(3) + p(4) + `</div></div>`,
			[]string{prose(0), prose(1), prose(2), prose(3), prose(4)},
		},
		{
			"teasers beside the article",
			`<main><article class="post">` + p(0) + p(1) + `</article><section>` +
				strings.Repeat(`<div class="item"><h3><a href="/x">Another story that the site would like you to read</a></h3><p>A short blurb that sums up the other story in one sentence.</p></div>`, 6) +
				`</section></main>`,
			[]string{prose(0), prose(1)},
		},
		{
			// Unclosed tags: the HTML parser nests the body in the byline and
			// the related links, comments and footer in the body, after its
			// paragraphs.
			"malformed markup nesting boilerplate in the article",
			`<div class=top><ul><li><a href="/">Home</a><li><a href="/w">World</a></ul></span>` +
				`<div class=main-story><h1>Council passes the budget</h1>` +
				`<div class=author-line>By A. Writer <font size=2>May 5, 2026</font>` +
				`<div class=text><p>` + prose(0) + `<p>` + prose(1) + `<p>` + prose(2) + `<p>He declined to comment.` +
				`<div class=share-links><a href="/s">Share</a></div>` +
				`<div class=related-stories><ul>` +
				strings.Repeat(`<li><a href="/r">A related story about the council and its budget</a>`, 6) + `</ul>` +
				`<div class=comment-list>` +
				strings.Repeat(`<div class=comment><b>Reader</b><p>Very clear article, thank you for writing it.</div>`, 3) +
				`<div class=site-footer><a href="/about">About us</a> | <p>© 2026 Example News. All rights reserved.`,
			[]string{prose(0), prose(1), prose(2), "He declined to comment."},
		},
		{
			"short lines without a sentence dropped",
			"<article>" + p(0) + "<p>Updated 3 hours ago</p><p>He declined.</p>" + p(1) + "</article>",
			[]string{prose(0), "He declined.", prose(1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tt.html), nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Body); diff != "" {
				t.Errorf("Body mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClassRulesFitBitSet(t *testing.T) {
	if len(classRules) > 32 {
		t.Fatalf("%d class rules: the scorer's bit sets hold 32", len(classRules))
	}
}
