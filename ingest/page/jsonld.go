package page

import (
	"encoding/json"
	"strings"
)

// articleTypes are the schema.org types of a single article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "askpublicnewsarticle": true, "satiricalarticle": true,
	"scholarlyarticle": true, "techarticle": true, "report": true, "liveblogposting": true,
	"socialmediaposting": true, "advertisercontentarticle": true, "medicalscholarlyarticle": true,
}

// listingTypes are the schema.org types of pages that are not one article.
var listingTypes = map[string]bool{
	"collectionpage": true, "itemlist": true, "searchresultspage": true, "contactpage": true,
	"profilepage": true, "aboutpage": true, "faqpage": true, "checkoutpage": true,
}

// linkedData is what Parse takes from the page's JSON-LD scripts.
type linkedData struct {
	article    map[string]any // the first article object not inside a list
	listed     int            // article objects inside lists
	listing    bool           // a listing type was declared for the page
	breadcrumb []string
	siteNames  []string // names of the publisher and web site
}

// parseLinkedData reads the JSON-LD scripts; a script that is not valid
// JSON is skipped.
func parseLinkedData(scripts []string) *linkedData {
	ld := &linkedData{}
	for _, s := range scripts {
		s = cleanJSON(s)
		if s == "" {
			continue
		}
		dec := json.NewDecoder(strings.NewReader(s))
		for {
			var v any
			if err := dec.Decode(&v); err != nil {
				break
			}
			ld.visit(v, false, 0)
		}
	}
	return ld
}

// cleanJSON strips the HTML comment and CDATA wrappers some pages put
// around JSON-LD and turns raw control characters (invalid inside JSON
// strings) into spaces.
func cleanJSON(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range [...]string{"<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["} {
		s = strings.TrimPrefix(s, p)
	}
	for _, p := range [...]string{"-->", "//]]>", "/*]]>*/", "]]>"} {
		s = strings.TrimSuffix(strings.TrimSpace(s), p)
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
}

// visit walks one JSON-LD value; inList tells whether it sits in a list of
// items.
func (ld *linkedData) visit(v any, inList bool, depth int) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			ld.visit(x, inList, depth+1)
		}
	case map[string]any:
		article, listing := false, false
		for _, t := range ldTypes(v) {
			article = article || articleTypes[t]
			listing = listing || listingTypes[t]
			switch t {
			case "breadcrumblist":
				if ld.breadcrumb == nil {
					ld.breadcrumb = crumbs(v)
				}
			case "website", "organization", "newsmediaorganization":
				if depth <= 2 && !inList {
					if n := ldString(v["name"]); n != "" {
						ld.siteNames = append(ld.siteNames, n)
					}
				}
			}
		}
		switch {
		case article && inList:
			ld.listed++
		case article:
			if ld.article == nil {
				ld.article = v
				if p, ok := v["publisher"].(map[string]any); ok {
					if n := ldString(p["name"]); n != "" {
						ld.siteNames = append(ld.siteNames, n)
					}
				}
			}
		case listing && !inList:
			ld.listing = true
		}
		ld.visit(v["@graph"], inList, depth+1)
		ld.visit(v["mainEntity"], inList || listing, depth+1)
		ld.visit(v["breadcrumb"], inList, depth+1)
		if listing {
			ld.visit(v["itemListElement"], true, depth+1)
			ld.visit(v["hasPart"], true, depth+1)
		}
		if inList {
			ld.visit(v["item"], true, depth+1)
		}
	}
}

// ldTypes returns the lower-cased @type values of a JSON-LD object.
func ldTypes(o map[string]any) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "http://schema.org/"), "https://schema.org/")
		out = append(out, strings.ToLower(s))
	}
	switch t := o["@type"].(type) {
	case string:
		add(t)
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok {
				add(s)
			}
		}
	}
	return out
}

// crumbs returns the names of a BreadcrumbList's items in order.
func crumbs(o map[string]any) []string {
	items, _ := o["itemListElement"].([]any)
	out := []string{}
	for _, it := range items {
		m, ok := it.(map[string]any)
		if !ok {
			continue
		}
		name := ldString(m["name"])
		if name == "" {
			if item, ok := m["item"].(map[string]any); ok {
				name = ldString(item["name"])
			}
		}
		if name != "" {
			out = append(out, name)
		}
	}
	return out
}

// ldString returns a JSON-LD value as one string: a string itself, the
// first string of an array, or the name or @value of an object.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return collapse(v)
	case []any:
		for _, x := range v {
			if s := ldString(x); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(v["@value"]); s != "" {
			return s
		}
		return ldString(v["name"])
	case float64:
		return ""
	}
	return ""
}

// ldNames returns the names of a JSON-LD author value: strings, objects
// with a name, or arrays of those. URLs are not names.
func ldNames(v any) []string {
	switch v := v.(type) {
	case string:
		if s := collapse(v); s != "" && !isURL(s) {
			return []string{s}
		}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, ldNames(x)...)
		}
		return out
	case map[string]any:
		return ldNames(v["name"])
	}
	return nil
}

// isURL reports whether s looks like a URL rather than a name.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "/")
}
