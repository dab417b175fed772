package site

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"strconv"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

//go:embed templates/*.html
var templateFiles embed.FS

// The page templates, parsed once. They are compiled in: a template that
// does not parse is a programming error that every test shows.
var (
	articleTmpl = parsePage("article.html")
	listTmpl    = parsePage("list.html")
	staticTmpl  = parsePage("static.html")
	landingTmpl = template.Must(template.ParseFS(templateFiles, "templates/landing.html"))
	brokenTmpl  = template.Must(template.ParseFS(templateFiles, "templates/broken.html"))
)

// parsePage parses the layout with one page's "content" template.
func parsePage(name string) *template.Template {
	return template.Must(template.ParseFS(templateFiles, "templates/layout.html", "templates/"+name))
}

// link is a named link of a menu, a switcher or a breadcrumb.
type link struct {
	Name, Href, Lang string
	Active           bool
}

// alternate is one <link rel="alternate" hreflang>.
type alternate struct{ Lang, Href string }

// teaser is an article as a listing shows it.
type teaser struct{ Title, Href, Section, SectionHref, Date, Lead string }

// commentData is one reader's comment.
type commentData struct{ Author, Date, Text string }

// blockData is a body paragraph or subheading.
type blockData struct {
	Heading bool
	Text    string
}

// articleData is what the article templates show of an article.
type articleData struct {
	ID                            int
	Wrapper, LeadClass, BodyClass string
	Title, Lead                   string
	Blocks                        []blockData
	Author, AuthorHref            string
	SectionName, SectionHref      string
	Meta                          string
	PublishedISO, ModifiedISO     string
	PublishedText, ModifiedText   string
	JSONLD                        template.JS
	Image, Caption, AbsURL        string
	Tags                          []link
	Related                       []teaser
	Comments                      []commentData
}

// pageData is what the layout shows of any page.
type pageData struct {
	Lang, Charset, BodyClass string
	L                        *labels
	Title, Description       string
	Canonical, OGURL         string
	NoIndex                  bool
	Alternates               []alternate
	Feed, FeedType           string
	Article                  *articleData
	Home, SearchAction       string
	Switcher, Nav            []link
	Breadcrumb, Footer       []link
	Year                     int

	// Listing pages.
	Heading, Query string
	Top            *teaser
	Items          []teaser
	Empty          bool
	Pages          []link
	Prev, Next     string

	// The about and contact pages.
	Paragraphs []string

	// The landing page.
	Editions []link
}

// editionNames names each edition in its own language.
var editionNames = map[string]string{"en": "English", "fr": "Français", "vi": "Tiếng Việt"}

// layoutVariants are the class names of the three article layouts, picked
// by the article's id: real sites differ, and so do templates over time.
var layoutVariants = [][3]string{
	{"article", "sapo", "article-body"},
	{"story", "lead", "story__body"},
	{"post", "chapo", "entry-content"},
}

var frMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// formatDate writes t as readers of lang expect, with the time of day when
// withTime is set.
func formatDate(lang string, t time.Time, withTime bool) string {
	switch lang {
	case "fr":
		day := strconv.Itoa(t.Day())
		if t.Day() == 1 {
			day = "1er"
		}
		s := fmt.Sprintf("%s %s %d", day, frMonths[t.Month()-1], t.Year())
		if withTime {
			s += fmt.Sprintf(" à %02dh%02d", t.Hour(), t.Minute())
		}
		return s
	case "vi":
		if withTime {
			return t.Format("15:04 02/01/2006")
		}
		return t.Format("02/01/2006")
	}
	if withTime {
		return t.Format("January 2, 2006, 15:04")
	}
	return t.Format("January 2, 2006")
}

// chrome fills the parts of the layout that every page of an edition
// shares.
func chrome(lang string, newest time.Time) pageData {
	l := labelsFor[lang]
	d := pageData{
		Lang: lang, Charset: "utf-8", L: l, Home: "/" + lang + "/", SearchAction: searchPath[lang],
		Year: newest.Year(),
	}
	for _, sec := range sections {
		d.Nav = append(d.Nav, link{Name: sec.name[lang], Href: "/" + lang + "/" + sec.slug[lang] + "/"})
	}
	for _, ed := range editions {
		if ed != lang {
			d.Switcher = append(d.Switcher, link{Name: editionNames[ed], Href: "/" + ed + "/", Lang: ed})
		}
	}
	switch lang {
	case "fr":
		d.Footer = []link{{Name: l.Contact, Href: "/fr/contact.html"}, {Name: l.About, Href: "/fr/contact.html#qui-sommes-nous"},
			{Name: "Atom", Href: "/fr/atom.xml"}, {Name: l.Privacy, Href: "/fr/contact.html#confidentialite"},
			{Name: "English", Href: "/en/"}}
		d.Feed, d.FeedType = "/fr/atom.xml", "atom"
	case "vi":
		d.Footer = []link{{Name: l.About, Href: "/en/about.html"}, {Name: l.Contact, Href: "/fr/contact.html"}}
	default:
		d.Footer = []link{{Name: l.About, Href: "/en/about.html"}, {Name: l.Contact, Href: "/en/about.html#contact"},
			{Name: "RSS", Href: "/en/rss.xml"}, {Name: l.Terms, Href: "/en/about.html#terms"},
			{Name: l.Advertise, Href: "/en/about.html#advertise"}, {Name: "Français", Href: "/fr/"}}
		d.Feed, d.FeedType = "/en/rss.xml", "rss"
	}
	return d
}

// encodePage returns the bytes of a rendered UTF-8 page in charset, with
// the characters it cannot encode written as HTML character references.
func encodePage(page []byte, charset string) ([]byte, error) {
	var enc *encoding.Encoder
	switch charset {
	case "":
		return page, nil
	case CharsetWindows1252:
		enc = charmap.Windows1252.NewEncoder()
	default:
		enc = charmap.ISO8859_1.NewEncoder()
	}
	out, err := encoding.HTMLEscapeUnsupported(enc).Bytes(page)
	if err != nil {
		return nil, fmt.Errorf("encode page in %s: %w", charset, err)
	}
	return out, nil
}

// contentType is the Content-Type header of a page in charset.
func contentType(charset string) string {
	switch charset {
	case "":
		return "text/html; charset=utf-8"
	case CharsetMetaLatin1:
		return "text/html"
	}
	return "text/html; charset=" + charset
}

// metaCharset is the charset a page's <meta charset> declares.
func metaCharset(charset string) string {
	switch charset {
	case "":
		return "utf-8"
	case CharsetMetaLatin1:
		return CharsetLatin1
	}
	return charset
}

// execute renders the template named name of t.
func execute(t *template.Template, name string, d any) ([]byte, error) {
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, d); err != nil {
		return nil, fmt.Errorf("render %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// newsArticle is the JSON-LD an article page declares.
type newsArticle struct {
	Context       string    `json:"@context"`
	Type          string    `json:"@type"`
	Headline      string    `json:"headline"`
	Description   string    `json:"description"`
	InLanguage    string    `json:"inLanguage"`
	DatePublished string    `json:"datePublished"`
	DateModified  string    `json:"dateModified"`
	Author        jsonThing `json:"author"`
	Publisher     jsonThing `json:"publisher"`
	Section       string    `json:"articleSection"`
	Keywords      []string  `json:"keywords,omitempty"`
	Image         string    `json:"image"`
	MainEntity    string    `json:"mainEntityOfPage"`
}

type jsonThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// jsonLD returns v as JSON safe inside a <script> element: json.Marshal
// escapes <, > and &.
func jsonLD(v any) (template.JS, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("marshal json-ld: %w", err)
	}
	return template.JS(b), nil
}
