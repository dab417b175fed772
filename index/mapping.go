package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
)

// mappingVersion names the shape of the index: the fields, their analysis
// and the stored record. Change it with any change that needs the index
// rebuilt; Open refuses an index of another version.
const mappingVersion = "diglot-index-4"

// Analyzer names, defined in the mapping (custom analyzers are saved with
// the index).
const (
	analyzerEN      = "diglot_en"
	analyzerFR      = "diglot_fr"
	analyzerPlain   = "diglot_plain"
	analyzerKeyword = keyword.Name
	analyzerLower   = "diglot_keyword_lower"
	analyzerTerms   = "diglot_terms"
)

// Field names of an article (the root document).
const (
	fieldDoc       = "doc" // "article" on every root: the match-all of root documents
	fieldLang      = "lang"
	fieldSource    = "source"
	fieldSection   = "section"
	fieldURL       = "url"
	fieldPublished = "published"
	fieldMonth     = "month"
	fieldFacet     = "facet" // the terms of the facets, with doc values
	fieldPair      = "pair"
	fieldStored    = "src" // the whole Doc, stored only
	fieldFacts     = "facts"
)

// fieldFactTerms is the one field of a fact, a nested document under
// fieldFacts: its terms (see factTerms).
const fieldFactTerms = fieldFacts + ".t"

// Prefixes of the terms of fieldFacet.
const (
	facetLang   = "l:"
	facetSource = "s:"
	facetMonth  = "m:"
)

// docMarker is the value of fieldDoc.
const docMarker = "article"

// textLangs are the language suffixes of the text fields: one analyzer
// each. A language other than en and fr goes to "other".
var textLangs = []struct{ suffix, analyzer string }{
	{"en", analyzerEN},
	{"fr", analyzerFR},
	{"other", analyzerPlain},
}

// textParts are the analysed parts of an article; each has one field per
// language ("title_en", "body_fr", …).
var textParts = []string{"title", "lead", "body"}

// langSuffix returns the text-field suffix of language lang.
func langSuffix(lang string) string {
	switch lang {
	case "en", "fr":
		return lang
	}
	return "other"
}

// newMapping returns the index mapping: static (nothing unmapped is
// indexed), no _all field, one text field per part and language, keyword
// fields for the filters and facets, and facts as nested documents.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.DefaultAnalyzer = analyzerPlain

	// Folding comes after lower-casing and elision and before stemming,
	// so that the query and the text meet on one folded stem; stop words
	// are removed before folding, since the lists are written with accents.
	analyzers := []struct {
		name    string
		filters []string
	}{
		{analyzerEN, []string{en.PossessiveName, lowercase.Name, en.StopName, foldName, en.SnowballStemmerName}},
		{analyzerFR, []string{lowercase.Name, fr.ElisionName, fr.StopName, foldName, fr.LightStemmerName}},
		{analyzerPlain, []string{lowercase.Name, foldName}},
	}
	for _, a := range analyzers {
		if err := im.AddCustomAnalyzer(a.name, map[string]any{
			"type":          custom.Name,
			"tokenizer":     unicode.Name,
			"token_filters": a.filters,
		}); err != nil {
			return nil, err
		}
	}
	if err := im.AddCustomAnalyzer(analyzerLower, map[string]any{
		"type":          custom.Name,
		"tokenizer":     single.Name,
		"token_filters": []string{lowercase.Name, foldName},
	}); err != nil {
		return nil, err
	}

	if err := im.AddCustomAnalyzer(analyzerTerms, map[string]any{
		"type":          custom.Name,
		"tokenizer":     termsName,
		"token_filters": []string{},
	}); err != nil {
		return nil, err
	}

	root := mapping.NewDocumentStaticMapping()
	for _, l := range textLangs {
		for _, part := range textParts {
			f := mapping.NewTextFieldMapping()
			f.Analyzer = l.analyzer
			f.Store = false
			f.IncludeInAll = false
			f.IncludeTermVectors = true // phrases and highlight offsets
			f.DocValues = false
			root.AddFieldMappingsAt(part+"_"+l.suffix, f)
		}
	}
	keywordField := func(analyzer string, docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues
		return f
	}
	root.AddFieldMappingsAt(fieldDoc, keywordField(analyzerKeyword, false))
	root.AddFieldMappingsAt(fieldLang, keywordField(analyzerLower, false))
	root.AddFieldMappingsAt(fieldSource, keywordField(analyzerKeyword, false))
	root.AddFieldMappingsAt(fieldMonth, keywordField(analyzerKeyword, false))
	// The three facets are one field: a hit's doc values are read once, not
	// three times (see doc.go).
	root.AddFieldMappingsAt(fieldFacet, keywordField(analyzerTerms, true))
	root.AddFieldMappingsAt(fieldSection, keywordField(analyzerLower, false))
	root.AddFieldMappingsAt(fieldURL, keywordField(analyzerKeyword, false))
	root.AddFieldMappingsAt(fieldPair, keywordField(analyzerKeyword, false))

	published := mapping.NewDateTimeFieldMapping()
	published.Store = false
	published.IncludeInAll = false
	published.DocValues = true // sorting by date
	root.AddFieldMappingsAt(fieldPublished, published)

	stored := mapping.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false
	root.AddFieldMappingsAt(fieldStored, stored)

	facts := mapping.NewNestedDocumentStaticMapping()
	facts.AddFieldMappingsAt("t", keywordField(analyzerTerms, false))
	root.AddSubDocumentMapping(fieldFacts, facts)
	// No _all field: a query term goes to the fields of each language.
	root.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())

	im.DefaultMapping = root
	if err := im.Validate(); err != nil {
		return nil, err
	}
	return im, nil
}
