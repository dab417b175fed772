package index

import "time"

// ResultJSON is a Result in the documented JSON shape (DESIGN.md's search
// contract, extended), used by `diglot search --json` and /api/search:
//
//	{"total":N,"took_ms":n,"hits":[{"id","url","lang","title","published","score","source",
//	  "snippet","marks":[[start,end]…],"pair","pair_title","pair_url","facts":[fact…]}…],
//	 "facets":{"lang":[{"name","count"}…],"source":[…],"month":[…]}}
//
// snippet is plain text; marks are UTF-8 byte offsets into snippet, end
// exclusive; published is RFC 3339 or ""; every list is [] rather than null.
type ResultJSON struct {
	Total  uint64     `json:"total"`
	TookMS int64      `json:"took_ms"`
	Hits   []HitJSON  `json:"hits"`
	Facets FacetsJSON `json:"facets"`
}

// HitJSON is a Hit in the JSON shape of ResultJSON.
type HitJSON struct {
	ID        string     `json:"id"`
	URL       string     `json:"url"`
	Lang      string     `json:"lang"`
	Title     string     `json:"title"`
	Published string     `json:"published"`
	Score     float64    `json:"score"`
	Source    string     `json:"source"`
	Snippet   string     `json:"snippet"`
	Marks     [][2]int   `json:"marks"`
	Pair      string     `json:"pair"`
	PairTitle string     `json:"pair_title"`
	PairURL   string     `json:"pair_url"`
	Facts     []FactJSON `json:"facts"`
}

// FactJSON is a Fact in JSON: {"kind","value","unit","concept","status",
// "reason","text","start","end","other"}; start and end are UTF-8 byte
// offsets into the article's Text().
type FactJSON struct {
	Kind    string `json:"kind"`
	Value   string `json:"value"`
	Unit    string `json:"unit"`
	Concept string `json:"concept"`
	Status  string `json:"status"`
	Reason  string `json:"reason"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Other   string `json:"other"`
}

// FacetsJSON is Facets in JSON.
type FacetsJSON struct {
	Lang   []FacetCountJSON `json:"lang"`
	Source []FacetCountJSON `json:"source"`
	Month  []FacetCountJSON `json:"month"`
}

// FacetCountJSON is a FacetCount in JSON.
type FacetCountJSON struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// DocJSON is a Doc in JSON, for /api/articles/{id}:
// {"id","url","lang","title","lead","body","published","source","section",
// "pair","pair_title","pair_url","facts":[fact…]}.
type DocJSON struct {
	ID        string     `json:"id"`
	URL       string     `json:"url"`
	Lang      string     `json:"lang"`
	Title     string     `json:"title"`
	Lead      string     `json:"lead"`
	Body      string     `json:"body"`
	Published string     `json:"published"`
	Source    string     `json:"source"`
	Section   string     `json:"section"`
	Pair      string     `json:"pair"`
	PairTitle string     `json:"pair_title"`
	PairURL   string     `json:"pair_url"`
	Facts     []FactJSON `json:"facts"`
}

// JSON returns the result in the documented JSON shape.
func (r *Result) JSON() ResultJSON {
	out := ResultJSON{
		Total:  r.Total,
		TookMS: r.Took.Milliseconds(),
		Hits:   make([]HitJSON, 0, len(r.Hits)),
		Facets: FacetsJSON{
			Lang:   facetsJSON(r.Facets.Lang),
			Source: facetsJSON(r.Facets.Source),
			Month:  facetsJSON(r.Facets.Month),
		},
	}
	for _, h := range r.Hits {
		hj := HitJSON{
			ID: h.ID, URL: h.URL, Lang: h.Lang, Title: h.Title, Published: rfc3339(h.Published),
			Score: h.Score, Source: h.Source, Marks: [][2]int{},
			Pair: h.Pair, PairTitle: h.PairTitle, PairURL: h.PairURL, Facts: factsJSON(h.Facts),
		}
		var snip []byte
		for _, s := range h.Snippet {
			if s.Mark {
				hj.Marks = append(hj.Marks, [2]int{len(snip), len(snip) + len(s.Text)})
			}
			snip = append(snip, s.Text...)
		}
		hj.Snippet = string(snip)
		out.Hits = append(out.Hits, hj)
	}
	return out
}

// JSON returns the document in the documented JSON shape.
func (d *Doc) JSON() DocJSON {
	return DocJSON{
		ID: d.ID, URL: d.URL, Lang: d.Lang, Title: d.Title, Lead: d.Lead, Body: d.Body,
		Published: rfc3339(d.Published), Source: d.Source, Section: d.Section,
		Pair: d.Pair, PairTitle: d.PairTitle, PairURL: d.PairURL, Facts: factsJSON(d.Facts),
	}
}

// factsJSON converts facts, never to nil.
func factsJSON(facts []Fact) []FactJSON {
	out := make([]FactJSON, 0, len(facts))
	for _, f := range facts {
		out = append(out, FactJSON{
			Kind: f.Kind, Value: f.Value, Unit: f.Unit, Concept: f.Concept, Status: f.Status,
			Reason: f.Reason, Text: f.Text, Start: f.Start, End: f.End, Other: f.Other,
		})
	}
	return out
}

// facetsJSON converts facet counts, never to nil.
func facetsJSON(fc []FacetCount) []FacetCountJSON {
	out := make([]FacetCountJSON, 0, len(fc))
	for _, c := range fc {
		out = append(out, FacetCountJSON(c))
	}
	return out
}

// rfc3339 formats t, or "" when it is zero.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
