package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Weights of the content scorer. A block of prose adds its non-link
// characters to the good mass of its ancestors; every other block adds
// its characters to their bad mass, link text costing more than plain
// text. The container whose good mass exceeds its bad mass the most, with
// a bonus for what its class says, holds the article.
const (
	textCost      = 0.5  // bad mass per character of plain text outside prose
	linkCost      = 1.5  // bad mass per character of link text outside prose
	contentBonus  = 0.15 // rank bonus of a container whose class says content
	maxProseLink  = 0.35 // a paragraph with more link text than this is not prose
	minProse      = 40   // characters a paragraph needs to count as prose…
	minSentence   = 15   // …or this many with punctuation
	minShort      = 25   // a shorter paragraph is kept only if it ends a sentence
	dominant      = 0.5  // a hinted block holding this share of the page's prose is kept anyway…
	dominantJunk  = 0.75 // …and a junk block this share
	narrowShare   = 0.7  // a content block holding this share of the best block's prose is the article
	minTopShare   = 0.5  // a best block holding less of its parent's prose is only part of the article
	maxListLink   = 0.5  // a block with more link text than this is a link list
	maxBoilerLine = 250  // characters of a paragraph checked for boilerFragments
	maxTitle      = 200  // characters of a linked headline…
	minTitleWords = 4    // …and its words, when it is no heading ("Continue reading" is none)
	maxTeaser     = 1000 // characters of a teaser: headline, blurb, date
	minTeasers    = 3    // linked headlines that make a list of teasers
	teaserBlurb   = 8    // the blurb of a teaser is at most this many times its link text
	maxLabel      = 30   // characters of a label before a teaser's headline
)

// elem is a block element of the page as the content scorer sees it.
type elem struct {
	n      *html.Node
	parent *elem
	kids   []*elem // block children, in document order
	hint   hint
	rule   int // the class rule behind hint, or noRule
	order  int // document order

	inline, inlineLink, punct int // the block's own paragraph text (not in child blocks)
	words                     int // words of the block's own text
	text, link                int // characters and link characters in the subtree
	titles                    int // linked headlines in the subtree
	good, bad                 float64
	raw                       float64 // good mass before hints and teasers
	teaser                    bool    // one linked headline and its blurb among others
	furniture                 bool    // its prose counts as bad: boilerplate, junk or teaser
	underFurniture            bool    // it has a furniture ancestor
	kept                      uint32  // class rules overruled here: an ancestor they hint holds most of the prose
}

// score is how much more prose than furniture the element holds.
func (e *elem) score() float64 {
	s := e.good - e.bad
	if e.hint == hintContent && s > 0 {
		s *= 1 + contentBonus
	}
	return s
}

// isTitle reports whether e's own text is a linked headline: a heading, or
// a line of link text of headline length.
func (e *elem) isTitle() bool {
	if e.inline < minSentence || float64(e.inlineLink) < 0.8*float64(e.inline) {
		return false
	}
	return headingAtoms[e.n.DataAtom] || e.inline <= maxTitle && e.words >= minTitleWords
}

// tree is the block tree of a page, built once over the HTML tree after
// scripts, styles, forms and hidden elements were cut out of it.
type tree struct {
	verdicts verdicts
	root     *elem
	elems    []*elem // in document order
	chunk    []elem
}

// newTree builds the block tree of the document under root, cutting junk
// and hidden elements out of the HTML tree as it goes, and scores it.
func newTree(root *html.Node, vs verdicts) *tree {
	t := &tree{verdicts: vs}
	t.root = t.newElem(root, nil)
	t.walk(root, t.root, false)
	t.measure(t.root)
	t.score()
	return t
}

func (t *tree) newElem(n *html.Node, parent *elem) *elem {
	if len(t.chunk) == cap(t.chunk) {
		t.chunk = make([]elem, 0, 256)
	}
	t.chunk = append(t.chunk, elem{n: n, parent: parent, order: len(t.elems), rule: noRule})
	e := &t.chunk[len(t.chunk)-1]
	if n.Type == html.ElementNode && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
		e.hint, e.rule = t.verdicts.elementHint(n)
	}
	if parent != nil {
		parent.kids = append(parent.kids, e)
	}
	t.elems = append(t.elems, e)
	return e
}

// isInline reports whether n flows inside a paragraph: an inline element
// whose class does not mark it as furniture (a caption or credit in a
// <span> is a block of its own, to be left out).
func (t *tree) isInline(n *html.Node) bool {
	if !inlineAtoms[n.DataAtom] {
		return false
	}
	if n.DataAtom == atom.Br || len(n.Attr) == 0 {
		return true
	}
	return t.verdicts.classVerdict(n).boiler == noRule
}

// walk adds the children of n to the block tree under blk, the nearest
// block ancestor.
func (t *tree) walk(n *html.Node, blk *elem, inLink bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.TextNode:
			k := countChars(c.Data)
			blk.inline += k
			if inLink {
				blk.inlineLink += k
			}
			blk.punct += countPunct(c.Data)
			blk.words += countWords(c.Data)
		case html.ElementNode:
			switch {
			case junkAtoms[c.DataAtom] || isHidden(c):
				n.RemoveChild(c)
			case t.isInline(c):
				t.walk(c, blk, inLink || c.DataAtom == atom.A)
			default:
				e := t.newElem(c, blk)
				t.walk(c, e, inLink)
				t.measure(e)
			}
		case html.CommentNode:
			n.RemoveChild(c)
		}
		c = next
	}
}

// measure classifies e's own text as prose or not and sums the text, link,
// headline and prose measures of its subtree.
func (t *tree) measure(e *elem) {
	var good, bad float64
	if L := e.inline; L > 0 {
		l := e.inlineLink
		d := float64(l) / float64(L)
		switch {
		case headingAtoms[e.n.DataAtom]:
			if d > 0.5 {
				bad = float64(l) * linkCost
			}
		case d <= maxProseLink && (L >= minProse || L >= minSentence && e.punct > 0):
			good = float64(L - l)
		default:
			bad = float64(L-l)*textCost + float64(l)*linkCost
		}
	}
	e.text, e.link = e.inline, e.inlineLink
	e.good, e.bad, e.raw = good, bad, good
	if e.isTitle() {
		e.titles = 1
	}
	for _, k := range e.kids {
		e.text += k.text
		e.link += k.link
		e.titles += k.titles
		e.raw += k.raw
	}
}

// score sums the good and bad masses of every element, children first.
// The prose of a hinted element counts as bad unless the element holds
// most of the page's prose (class names lie: "read-more" may hold the rest
// of the story, "live-comments" a live report), and then the same rule is
// overruled for the elements under it; teasers always count as bad.
func (t *tree) score() {
	total := t.root.raw
	for _, e := range t.elems {
		if p := e.parent; p != nil {
			e.kept = p.kept
		}
		if e.rule != noRule && e.dominant(total) {
			e.kept |= 1 << e.rule
		}
	}
	for i := len(t.elems) - 1; i >= 0; i-- {
		e := t.elems[i]
		for _, k := range e.kids {
			e.good += k.good
			e.bad += k.bad
		}
		p := e.parent
		e.teaser = e.titles == 1 && e.text <= maxTeaser && e.raw <= teaserBlurb*float64(e.link) &&
			p != nil && p.titles >= minTeasers && leadsWithTitle(e)
		e.furniture = e.teaser || e.hint >= hintWeak && !e.dominant(total) && !e.overruled()
		if e.furniture {
			e.bad += e.good
			e.good = 0
		}
	}
	for _, e := range t.elems {
		if p := e.parent; p != nil {
			e.underFurniture = p.underFurniture || p.furniture
		}
	}
}

// dominant reports whether e holds enough of the total prose for its hint
// to be overruled.
func (e *elem) dominant(total float64) bool {
	share := dominant
	if e.hint == hintJunk {
		share = dominantJunk
	}
	return total > 0 && e.raw >= share*total
}

// overruled reports whether the class rule behind e's hint was overruled
// by an ancestor it also hints that holds most of the prose.
func (e *elem) overruled() bool {
	return e.rule != noRule && e.kept&(1<<e.rule) != 0
}

// leadsWithTitle reports whether the first text of e is its linked
// headline, or follows a short label (a section name, a date).
func leadsWithTitle(e *elem) bool {
	seen := 0
	var walk func(e *elem) (done, ok bool)
	walk = func(e *elem) (done, ok bool) {
		if e.inline > 0 {
			if e.isTitle() {
				return true, true
			}
			seen++
			if seen > 1 || e.inline > maxLabel {
				return true, false
			}
		}
		for _, k := range e.kids {
			if done, ok := walk(k); done {
				return done, ok
			}
		}
		return false, false
	}
	_, ok := walk(e)
	return ok
}

// best returns the element that holds the article text: the one with the
// highest score. Elements under boilerplate are candidates only when no
// other element holds prose.
func (t *tree) best() *elem {
	var top, fallback *elem
	for _, e := range t.elems {
		if e.raw <= 0 {
			continue
		}
		if e.furniture || e.underFurniture {
			if fallback == nil || e.score() > fallback.score() {
				fallback = e
			}
			continue
		}
		if top == nil || e.score() > top.score() {
			top = e
		}
	}
	if top == nil || top.score() <= 0 && fallback != nil && fallback.score() > 0 {
		return fallback
	}
	return narrow(widen(top))
}

// widen returns top, or its nearest ancestor, that holds at least
// minTopShare of its parent's prose. A block whose siblings hold
// most of the prose is one paragraph of the article, not the article: its
// parent scored lower only because boilerplate is nested in it, as when
// unclosed tags make the HTML parser put the related links, comments and
// footer inside the article's container, and extraction prunes that
// boilerplate anyway.
func widen(top *elem) *elem {
	for p := top.parent; p != nil && top.good < minTopShare*p.good; p = top.parent {
		top = p
	}
	return top
}

// narrow returns the highest element under top whose class says content
// and that holds most of top's prose, or top: the rest is then furniture
// that only looked like prose (a paywall notice, a reader poll).
func narrow(top *elem) *elem {
	var find func(e *elem) *elem
	find = func(e *elem) *elem {
		for _, k := range e.kids {
			if k.good < narrowShare*top.good {
				continue
			}
			if k.hint == hintContent {
				return k
			}
			return find(k)
		}
		return nil
	}
	if k := find(top); k != nil {
		return k
	}
	return top
}

// para is one paragraph of extracted text.
type para struct {
	text    string
	heading bool
	owner   *elem
}

// extractor turns the chosen container into paragraphs.
type extractor struct {
	tree  *tree
	top   *elem
	paras []para

	run      strings.Builder
	runLink  int
	runChars int
	brs      int
}

// extract returns the paragraphs of the article held by top.
func (t *tree) extract(top *elem) []para {
	x := &extractor{tree: t, top: top}
	x.block(top)
	return cleanParas(x.paras)
}

// block emits the paragraphs of e.
func (x *extractor) block(e *elem) {
	i := 0
	x.inline(e.n, e, &i, false)
	x.flush(e)
}

// inline walks the children of n, whose nearest block is e; next counts
// the block children of e already met.
func (x *extractor) inline(n *html.Node, e *elem, next *int, inLink bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			x.text(c.Data, e, inLink)
		case html.ElementNode:
			if x.tree.isInline(c) {
				if c.DataAtom == atom.Br {
					x.brs++
					continue
				}
				x.inline(c, e, next, inLink || c.DataAtom == atom.A)
				continue
			}
			if *next >= len(e.kids) {
				continue // cannot happen: the tree was built from these nodes
			}
			k := e.kids[*next]
			*next++
			x.flush(e)
			if !x.skip(k) {
				x.block(k)
			}
		}
	}
}

// text adds a run of text to the current paragraph, whose block is e.
func (x *extractor) text(s string, e *elem, inLink bool) {
	if x.brs > 0 && strings.TrimSpace(s) != "" {
		if x.brs >= 2 {
			x.flush(e)
		} else {
			x.run.WriteByte('\n')
		}
		x.brs = 0
	}
	x.run.WriteString(s)
	k := countChars(s)
	x.runChars += k
	if inLink {
		x.runLink += k
	}
}

// flush ends the current paragraph, keeping it if it reads as article text.
func (x *extractor) flush(owner *elem) {
	raw := x.run.String()
	chars, link := x.runChars, x.runLink
	x.run.Reset()
	x.runChars, x.runLink, x.brs = 0, 0, 0
	if chars == 0 {
		return
	}
	var lines []string
	for l := range strings.SplitSeq(raw, "\n") {
		if l = collapse(l); l != "" {
			lines = append(lines, l)
		}
	}
	s := strings.Join(lines, "\n")
	if s == "" {
		return
	}
	heading := owner != nil && headingAtoms[owner.n.DataAtom]
	switch {
	case float64(link) > maxListLink*float64(chars):
		return
	case isBoilerPhrase(s) || isBoilerLine(s):
		return
	case !heading && chars < minShort && !endsSentence(s):
		return
	}
	x.paras = append(x.paras, para{text: s, heading: heading, owner: owner})
}

// skip reports whether block k of the container is left out of the body:
// the headline, an empty block, a teaser, a block whose tag or class says
// furniture, or a list of links, unless it holds most of the container's
// prose.
func (x *extractor) skip(k *elem) bool {
	switch {
	case k.n.DataAtom == atom.H1 || k.text == 0 || k.teaser:
		return true
	case k.dominant(x.top.raw):
		return false
	case k.hint >= hintWeak && !k.overruled():
		return true
	}
	return float64(k.link) > maxListLink*float64(k.text)
}

// cleanParas drops subheadings that head no paragraph and repeated
// paragraphs.
func cleanParas(ps []para) []para {
	out := ps[:0]
	for i, p := range ps {
		if p.heading {
			if i+1 >= len(ps) || ps[i+1].heading {
				continue
			}
		}
		if len(out) > 0 && out[len(out)-1].text == p.text {
			continue
		}
		out = append(out, p)
	}
	return out
}

// isBoilerLine reports whether a short paragraph holds one of
// boilerFragments: a copyright line, a notice.
func isBoilerLine(s string) bool {
	if len(s) > maxBoilerLine {
		return false
	}
	l := strings.ToLower(s)
	for _, f := range boilerFragments {
		if strings.Contains(l, f) {
			return true
		}
	}
	return false
}

// isBoilerPhrase reports whether a paragraph is one of boilerPhrases.
func isBoilerPhrase(s string) bool {
	if len(s) > 60 {
		return false
	}
	k := strings.ToLower(strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || r == ':' || r == '.' || r == '…' || r == '|' || r == '>' || r == '»' || r == '\u00a0'
	}))
	return boilerPhrases[k]
}
