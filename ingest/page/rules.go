package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hint is what an element's tag, role, class and id say about whether it
// holds article text.
type hint int8

const (
	hintNone    hint = iota
	hintContent      // article, content, story, body…: where the text usually is
	hintWeak         // nav, sidebar, header, menu…: page furniture unless it also says content
	hintBoiler       // related, newsletter, byline…: not article text unless it holds most of it
	hintJunk         // comments, share bars, advertising, consent: never article text
)

// classRule is one named rule on the class and id of an element. A rule
// matches when one of the element's tokens (class and id split on
// punctuation and camel case, lower-cased) equals one of tokens, or when a
// token or a class name with its separators removed ("read-more" →
// "readmore") contains one of parts.
type classRule struct {
	name   string
	hint   hint
	tokens []string
	parts  []string
}

// classRules are checked in order; a junk or boilerplate rule beats a
// content rule, a content rule beats a weak one. There are at most 32 (the
// scorer keeps a bit set of them).
var classRules = []classRule{
	{"comments", hintJunk, []string{"disqus", "respond", "replies"}, []string{"comment"}},
	{"share bar", hintJunk, []string{"share", "sharing", "shares", "addthis", "sociallinks"}, []string{"share", "social", "sharing"}},
	{"related", hintBoiler, []string{"also", "more", "next", "previous", "prev", "recirc", "outbrain", "taboola"}, []string{"related", "recommend", "readmore", "morestories", "mostread", "mostpopular", "popular", "trending", "recirculation", "suggest", "upnext"}},
	{"newsletter", hintBoiler, []string{"signup", "subscribe", "subscription", "optin", "donate", "membership", "login", "signin", "register", "restricted"}, []string{"newsletter", "subscri", "signup", "inscription", "abonn", "registration", "donation"}},
	{"advertising", hintJunk, []string{"ad", "ads", "adv", "advert", "dfp", "gpt", "pub", "sponsor", "sponsored", "adslot", "adunit", "adblock", "banner", "billboard", "mpu", "leaderboard", "teads"}, []string{"advert", "sponsor", "publicite", "promo", "adcontainer", "adwrapper", "adslot", "adunit", "googlead", "dfp"}},
	{"consent", hintJunk, []string{"cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "alert"}, []string{"cookie", "consent", "gdpr", "popup", "modal"}},
	{"navigation aids", hintBoiler, []string{"breadcrumb", "breadcrumbs", "pagination", "pager", "skip", "toc", "tags", "tag", "keywords", "topics", "print", "toolbar", "tools"}, []string{"breadcrumb", "pagination", "taglist", "tagcloud", "toolbar"}},
	{"byline and credits", hintBoiler, []string{"byline", "credit", "credits", "caption", "copyright", "disclaimer", "author", "authors", "bio", "avatar", "contributor"}, []string{"byline", "caption", "credit", "copyright", "authorbio", "aboutauthor", "authorinfo"}},
	{"media embeds", hintBoiler, []string{"instagram", "tiktok", "video", "player", "gallery", "slideshow", "carousel", "podcast", "audio", "photo", "image", "img", "picture", "figure", "pic", "thumbnail", "thumb", "media"}, []string{"embed", "instagram", "youtube", "player", "slideshow", "carousel"}},
	{"content", hintContent, []string{"article", "content", "body", "story", "entry", "post", "text", "main", "prose", "richtext", "paragraph", "paragraphs", "chapter", "blog", "page", "single", "hentry", "articlebody", "storybody"}, []string{"article", "content", "storybody", "articlebody", "entrycontent", "postcontent"}},
	{"page furniture", hintWeak, []string{"nav", "navbar", "menu", "sidebar", "aside", "rail", "header", "masthead", "footer", "widget", "widgets", "meta", "teaser", "card", "cards", "list", "links", "promo", "extra", "info", "sticky", "top"}, []string{"navigation", "sidebar", "widget", "masthead", "footer", "header", "teaser", "menu"}},
}

// hiddenClasses are whole class names that hide an element from readers.
var hiddenClasses = []string{
	"hidden", "hide", "is-hidden", "u-hidden", "d-none", "display-none", "sr-only",
	"visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
	"screenreader-only", "offscreen", "element-invisible", "a11y-hidden",
}

// tagHints are the hints given by an element's tag alone.
var tagHints = map[atom.Atom]hint{
	atom.Article: hintContent, atom.Main: hintContent,
	atom.Nav: hintBoiler, atom.Aside: hintBoiler, atom.Footer: hintBoiler,
	atom.Header: hintBoiler, atom.Form: hintWeak, atom.Menu: hintBoiler,
	atom.Dialog: hintBoiler, atom.Figcaption: hintBoiler, atom.Address: hintBoiler,
}

// roleHints are the hints given by an element's ARIA role.
var roleHints = map[string]hint{
	"main": hintContent, "article": hintContent,
	"navigation": hintBoiler, "banner": hintBoiler, "contentinfo": hintBoiler,
	"complementary": hintBoiler, "search": hintBoiler, "dialog": hintBoiler,
	"alertdialog": hintBoiler, "menu": hintBoiler, "menubar": hintBoiler,
	"toolbar": hintBoiler, "tablist": hintBoiler, "alert": hintBoiler,
}

// junkAtoms are elements whose content is never article text: they are
// cut out of the tree before scoring.
var junkAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Canvas: true,
	atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true,
	atom.Button: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Option: true, atom.Head: true, atom.Title: true, atom.Meta: true,
	atom.Link: true, atom.Map: true, atom.Picture: true, atom.Source: true,
	atom.Datalist: true, atom.Dialog: true,
}

// inlineAtoms are elements that flow inside a paragraph; every other
// element (custom elements included) starts a block.
var inlineAtoms = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Br: true, atom.Cite: true, atom.Code: true, atom.Data: true, atom.Del: true,
	atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true, atom.Img: true,
	atom.Ins: true, atom.Kbd: true, atom.Label: true, atom.Mark: true, atom.Q: true,
	atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strike: true,
	atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.Tt: true,
	atom.U: true, atom.Var: true, atom.Wbr: true, atom.Big: true, atom.Nobr: true,
}

// headingAtoms are the subheading elements kept as paragraphs of their own.
var headingAtoms = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// leadWords are class and id tokens (or parts of them) of a standfirst.
var leadWords = classRule{
	name:   "standfirst",
	tokens: []string{"lead", "lede", "intro", "dek", "deck", "summary", "subtitle", "subheadline", "subhead", "standfirst", "chapo", "chapeau", "sapo", "excerpt", "description", "desc", "abstract", "strapline", "underline", "subline"},
	parts:  []string{"standfirst", "chapo", "chapeau", "sapo", "subtitle", "subheadline", "excerpt", "summary", "description", "intro", "lede", "strapline"},
}

// notLeadWords are class and id tokens that make a standfirst-like name
// something else: the lead image, its caption, the byline or the date.
var notLeadWords = classRule{
	name:   "not standfirst",
	tokens: []string{"asset", "image", "img", "media", "photo", "video", "picture", "figure", "art", "visual", "credit", "caption", "meta", "date", "time", "byline", "author", "details"},
}

// bylineSet holds the class and id tokens of the element naming the author.
var bylineSet = map[string]bool{
	"byline": true, "author": true, "authors": true, "auteur": true, "auteurs": true,
	"signature": true, "writer": true, "contributor": true,
}

// switcherSet holds the class and id tokens of a page region whose links
// may switch the language.
var switcherSet = map[string]bool{
	"lang": true, "langs": true, "language": true, "languages": true, "locale": true,
	"locales": true, "i18n": true, "translations": true, "header": true, "nav": true,
	"navbar": true, "menu": true, "topbar": true, "masthead": true, "langswitch": true,
	"langswitcher": true, "edition": true, "editions": true,
}

// boilerPhrases are whole paragraphs (lower-cased, trimmed of punctuation)
// that are page furniture wherever they stand.
var boilerPhrases = map[string]bool{
	"advertisement": true, "advertising": true, "ad": true, "publicité": true, "publicite": true,
	"sponsored": true, "sponsored content": true, "story continues below advertisement": true,
	"story continues below": true, "article continues below": true, "continue reading": true,
	"continue reading below": true, "read more": true, "read more below": true, "lire aussi": true,
	"lire la suite": true, "à lire aussi": true, "a lire aussi": true, "voir aussi": true,
	"see also": true, "related": true, "related articles": true, "related stories": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"partager": true, "partager cet article": true, "print": true, "imprimer": true, "email": true,
	"comments": true, "commentaires": true, "skip advertisement": true, "supported by": true,
	"scroll to continue with content": true, "loading": true, "chargement": true,
}

// boilerFragments mark a short paragraph (lower-cased) as page furniture
// wherever it stands: copyright lines and similar notices.
var boilerFragments = []string{
	"all rights reserved", "tous droits réservés", "droits de reproduction réservés",
	"copyright ©", "© copyright", "this is a breaking news story", "this is a breaking new story",
	"cet article est en cours d'actualisation",
	// paywall and newsletter prompts
	"already have an account", "already a subscriber", "to read the rest of this", "subscribe to read",
	"subscribe to continue", "log in to continue", "sign in to continue", "unlock this article",
	"sign up for our newsletter", "sign up for the newsletter", "pour lire la suite",
	"réservé aux abonnés", "réservée aux abonnés", "article réservé", "il vous reste", "déjà abonné", "abonnez-vous pour", "inscrivez-vous à la newsletter",
	"inscrivez-vous à notre newsletter",
}

// tokenize appends the lower-case tokens of a class or id value to dst:
// it splits on anything that is not a letter or digit and on camel case.
func tokenize(dst []string, s string) []string {
	start := -1
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		alnum := c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
		upper := c >= 'A' && c <= 'Z'
		if start >= 0 && (!alnum || upper && i > start && s[i-1] >= 'a' && s[i-1] <= 'z') {
			dst = append(dst, strings.ToLower(s[start:i]))
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
	}
	return dst
}

// classTokens appends the tokens of n's class and id to dst.
func classTokens(dst []string, n *html.Node) []string {
	toks := dst
	for _, a := range n.Attr {
		if a.Namespace == "" && (a.Key == "class" || a.Key == "id") {
			toks = tokenize(toks, a.Val)
		}
	}
	return toks
}

// matches reports whether the rule matches one of toks.
func (r *classRule) matches(toks []string) bool {
	for _, t := range toks {
		for _, w := range r.tokens {
			if t == w {
				return true
			}
		}
		for _, p := range r.parts {
			if strings.Contains(t, p) {
				return true
			}
		}
	}
	return false
}

// joinTokens appends to dst the class names of value s that have
// separators, lower-cased and with the separators removed, for the parts
// of rules ("read-more" matches the part "readmore").
func joinTokens(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		if !strings.ContainsAny(f, "-_") {
			continue
		}
		b := make([]byte, 0, len(f))
		for i := 0; i < len(f); i++ {
			if c := f[i]; c != '-' && c != '_' {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
			}
		}
		dst = append(dst, string(b))
	}
	return dst
}

// joinedTokens appends the joined class names of n's class and id to dst.
func joinedTokens(dst []string, n *html.Node) []string {
	for _, a := range n.Attr {
		if a.Namespace == "" && (a.Key == "class" || a.Key == "id") {
			dst = joinTokens(dst, a.Val)
		}
	}
	return dst
}

// noRule is the rule number of a hint given by a tag or role.
const noRule = -1

// verdict is what the class rules say about one class or id value.
type verdict struct {
	boiler   int  // the first junk or boilerplate rule matched, or noRule
	content  bool // a content rule matched
	weak     int  // the first weak rule matched, or noRule
	switcher bool // a token from switcherSet
	crumb    bool // a breadcrumb token
	byline   bool // a token from bylineSet
}

// verdicts caches the verdict of each class and id value of a page: pages
// repeat the same class names thousands of times.
type verdicts map[string]verdict

// of returns the verdict on a class or id value.
func (vs verdicts) of(s string) verdict {
	if v, ok := vs[s]; ok {
		return v
	}
	v := judge(s)
	vs[s] = v
	return v
}

// judge applies the class rules to a class or id value.
func judge(s string) verdict {
	var buf [16]string
	toks := tokenize(buf[:0], s)
	joined := joinTokens(toks[len(toks):], s)
	mask := classIndex.match(toks) | classIndex.match(joined)
	v := verdict{boiler: noRule, weak: noRule}
	for i := range classRules {
		if mask&(1<<i) == 0 {
			continue
		}
		switch classRules[i].hint {
		case hintBoiler, hintJunk:
			if v.boiler == noRule {
				v.boiler = i
			}
		case hintContent:
			v.content = true
		case hintWeak:
			if v.weak == noRule {
				v.weak = i
			}
		}
	}
	for _, t := range toks {
		v.switcher = v.switcher || switcherSet[t]
		v.crumb = v.crumb || t == "breadcrumb" || t == "breadcrumbs"
		v.byline = v.byline || bylineSet[t]
	}
	return v
}

// ruleIndex finds the class rules a token matches in one pass over it:
// whole tokens in a map, parts by their first byte.
type ruleIndex struct {
	exact map[string]uint32
	parts [256][]rulePart
}

// rulePart is a part of some class rules.
type rulePart struct {
	s     string
	rules uint32
}

// classIndex indexes classRules.
var classIndex = newRuleIndex(classRules)

func newRuleIndex(rules []classRule) *ruleIndex {
	x := &ruleIndex{exact: map[string]uint32{}}
	for i, r := range rules {
		for _, t := range r.tokens {
			x.exact[t] |= 1 << i
		}
	next:
		for _, p := range r.parts {
			list := x.parts[p[0]]
			for k := range list {
				if list[k].s == p {
					list[k].rules |= 1 << i
					continue next
				}
			}
			x.parts[p[0]] = append(list, rulePart{p, 1 << i})
		}
	}
	return x
}

// match returns the set of rules one of toks matches, bit i for rule i.
func (x *ruleIndex) match(toks []string) uint32 {
	var m uint32
	for _, t := range toks {
		m |= x.exact[t]
		for i := 0; i < len(t); i++ {
			for _, p := range x.parts[t[i]] {
				if strings.HasPrefix(t[i:], p.s) {
					m |= p.rules
				}
			}
		}
	}
	return m
}

// classVerdict returns the verdict on n's class and id together.
func (vs verdicts) classVerdict(n *html.Node) verdict {
	v := verdict{boiler: noRule, weak: noRule}
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" || a.Val == "" {
			continue
		}
		w := vs.of(a.Val)
		v.boiler = firstRule(v.boiler, w.boiler)
		v.weak = firstRule(v.weak, w.weak)
		v.content = v.content || w.content
		v.switcher = v.switcher || w.switcher
		v.crumb = v.crumb || w.crumb
		v.byline = v.byline || w.byline
	}
	return v
}

// firstRule returns the rule of a and b that comes first in classRules.
func firstRule(a, b int) int {
	if a == noRule || b != noRule && b < a {
		return b
	}
	return a
}

// elementHint returns what n's tag, role, class and id say about it, and
// the number of the class rule that said it (noRule for a tag or role).
func (vs verdicts) elementHint(n *html.Node) (hint, int) {
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		return hintContent, noRule
	}
	h := tagHints[n.DataAtom]
	if r, ok := roleHints[strings.ToLower(attr(n, "role"))]; ok && r > h {
		h = r
	}
	if h >= hintBoiler {
		return h, noRule
	}
	v := vs.classVerdict(n)
	switch {
	case v.boiler != noRule:
		return classRules[v.boiler].hint, v.boiler
	case h == hintContent || v.content:
		return hintContent, noRule
	case v.weak != noRule:
		return hintWeak, v.weak
	}
	return h, noRule
}

// matchesParts reports whether one of the joined class names contains one
// of the rule's parts.
func (r *classRule) matchesParts(joined []string) bool {
	for _, j := range joined {
		for _, p := range r.parts {
			if strings.Contains(j, p) {
				return true
			}
		}
	}
	return false
}

// isHidden reports whether n is hidden from readers by an attribute, an
// inline style or a class from hiddenClasses.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			s := strings.ToLower(a.Val)
			if strings.Contains(s, "display") && strings.Contains(strings.ReplaceAll(s, " ", ""), "display:none") ||
				strings.Contains(s, "visibility") && strings.Contains(strings.ReplaceAll(s, " ", ""), "visibility:hidden") {
				return true
			}
		case "class":
			for c := range strings.FieldsSeq(a.Val) {
				for _, h := range hiddenClasses {
					if strings.EqualFold(c, h) {
						return true
					}
				}
			}
		}
	}
	return false
}
