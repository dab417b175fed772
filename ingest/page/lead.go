package page

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Bounds of a standfirst, in characters.
const (
	minLead = 30
	maxLead = 1200

	minLeadWords = 6
)

// leadProps are the itemprop values of a standfirst.
var leadProps = map[string]bool{"description": true, "abstract": true, "alternativeheadline": true}

// findLead returns the standfirst of the article and its element: the
// first block after the headline head and before the first paragraph of
// the body whose class says standfirst, or outside the body container top
// whose text is the page's description, holding one or two paragraphs of
// prose. A first body paragraph that merely repeats the description stays
// in the body.
func findLead(t *tree, head, top, first *elem, description string) (string, *elem) {
	if first == nil {
		return "", nil
	}
	start := 0
	if head != nil {
		start = head.order + 1
	}
	for _, e := range t.elems[start:] {
		if e.order > first.order {
			break
		}
		if e.text < minLead || e.text > maxLead || float64(e.link) > 0.3*float64(e.text) {
			continue
		}
		if isAncestor(e, first) && e != first {
			continue
		}
		if !isLeadElem(e, top, description) || inFurniture(e) {
			continue
		}
		x := &extractor{tree: t, top: e}
		x.block(e)
		ps := x.paras
		if len(ps) == 0 || len(ps) > 2 {
			continue
		}
		var texts []string
		for _, p := range ps {
			texts = append(texts, p.text)
		}
		lead := strings.Join(texts, " ")
		if len(strings.Fields(lead)) < minLeadWords {
			continue
		}
		return lead, e
	}
	return "", nil
}

// isLeadElem reports whether e says it is a standfirst, by class, id or
// itemprop, or by repeating the page's description outside top.
func isLeadElem(e, top *elem, description string) bool {
	if e.n.DataAtom == atom.H1 {
		return false
	}
	if leadProps[strings.ToLower(attr(e.n, "itemprop"))] {
		return true
	}
	toks := classTokens(nil, e.n)
	if notLeadWords.matches(toks) {
		return false
	}
	if leadWords.matches(toks) || leadWords.matchesParts(joinedTokens(nil, e.n)) {
		return true
	}
	if description != "" && e.inline > 0 && !isAncestor(top, e) {
		return sameText(collapse(nodeText(e.n)), description)
	}
	return false
}

// inFurniture reports whether e sits in navigation, a sidebar, a related
// list or a teaser: the standfirst of another article.
func inFurniture(e *elem) bool {
	for a := e; a != nil; a = a.parent {
		switch a.n.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Li:
			return true
		}
		if a.furniture && a.n.DataAtom != atom.Header {
			return true
		}
	}
	return false
}

// isAncestor reports whether a is b or one of its ancestors.
func isAncestor(a, b *elem) bool {
	for ; b != nil; b = b.parent {
		if a == b {
			return true
		}
	}
	return false
}
