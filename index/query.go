package index

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
)

// titleBoost weighs a match in a title against one in the lead or body.
const titleBoost = 2

// maxFuzziness is the most edits Bleve allows in a fuzzy term (word~2).
const maxFuzziness = 2

// textFields returns the per-language fields of the text parts named.
func textFields(parts ...string) []string {
	var out []string
	for _, l := range textLangs {
		for _, p := range parts {
			out = append(out, p+"_"+l.suffix)
		}
	}
	return out
}

// queryFields maps a field name as users write it in a query string to the
// index fields it searches. "" is a term without a field: the text of both
// languages.
var queryFields = func() map[string][]string {
	m := map[string][]string{
		"":             textFields(textParts...),
		"title":        textFields("title"),
		"lead":         textFields("lead"),
		"body":         textFields("body"),
		fieldLang:      {fieldLang},
		fieldSource:    {fieldSource},
		fieldSection:   {fieldSection},
		fieldMonth:     {fieldMonth},
		fieldURL:       {fieldURL},
		fieldPair:      {fieldPair},
		fieldPublished: {fieldPublished},
	}
	for _, f := range textFields(textParts...) {
		m[f] = []string{f}
	}
	return m
}()

// userFields lists the field names a query string may use, for errors.
const userFields = "title, lead, body, lang, source, section, month, url, pair, published"

// filterFields are the fields whose clauses restrict a search rather than
// score it: without + or -, `lang:fr` keeps French articles (Bleve alone
// would make it one more optional clause).
var filterFields = []string{fieldLang, fieldSource, fieldSection, fieldMonth, fieldURL, fieldPair, fieldPublished}

// parseQuery parses a query string and points its terms at the index
// fields: a term without a field searches title, lead and body in every
// language, each with its language's analyzer (one field per language, so
// that a query term is analysed as the text it is compared to); `title:`,
// `lead:` and `body:` do the same for one part. It returns the text part
// (nil when there is none) and the clauses on filterFields that had no
// + or -, which the caller requires.
func (ix *Index) parseQuery(s string) (text query.Query, filters []query.Query, err error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil, nil
	}
	q, err := query.NewQueryStringQuery(s).Parse()
	if err != nil {
		return nil, nil, &BadQueryError{Query: s, Err: explainParseError(s, err)}
	}
	q, err = ix.rewrite(q)
	if err != nil {
		return nil, nil, &BadQueryError{Query: s, Err: err}
	}
	b, ok := q.(*query.BooleanQuery)
	if !ok {
		return q, nil, nil
	}
	if should, ok := b.Should.(*query.DisjunctionQuery); ok {
		var keep []query.Query
		for _, d := range should.Disjuncts {
			if f, ok := d.(query.FieldableQuery); ok && slices.Contains(filterFields, f.Field()) {
				filters = append(filters, d)
			} else {
				keep = append(keep, d)
			}
		}
		should.Disjuncts = keep
		if len(keep) == 0 {
			b.Should = nil
		}
	}
	switch {
	case b.Must == nil && b.Should == nil && b.MustNot == nil:
		return nil, filters, nil
	case b.Must == nil && b.Should == nil:
		// Only exclusions: Bleve would start from every document, facts
		// (nested documents) included.
		b.Must = termQuery(fieldDoc, docMarker)
	}
	return b, filters, nil
}

// explainParseError says which part of query Bleve cannot parse, and why
// when the reason is a common one: Bleve's parser only says "syntax error".
func explainParseError(s string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "parse error: ")
	part := s
	for _, tok := range queryTokens(s) {
		if _, err := query.NewQueryStringQuery(tok).Parse(); err != nil {
			part, msg = tok, strings.TrimPrefix(err.Error(), "parse error: ")
			break
		}
	}
	switch {
	case msg != "syntax error":
	case part == "+" || part == "-":
		msg = "+ and - go right before a word: +port -harbour"
	case strings.HasPrefix(part, "~") || strings.HasPrefix(part, "^"):
		msg = "~ and ^ go right after a word: port~1 port^2"
	case strings.HasPrefix(part, ":"):
		msg = "a colon needs a field name before it (title:port), or escape it as \\:"
	case strings.HasSuffix(part, ":"):
		msg = "a field name needs a value after the colon (title:port), or escape the colon as \\:"
	case strings.Count(part, ":") > 1:
		msg = "one colon per word (title:port), or escape the others as \\:"
	case strings.ContainsAny(part[:1], "<>="):
		msg = "a comparison needs a field: published:>=2025-01-01"
	case strings.HasSuffix(part, "\\"):
		msg = "a backslash escapes the character after it"
	}
	return fmt.Errorf("%q: %s", part, msg)
}

// queryTokens splits a query string at spaces outside quotes.
func queryTokens(s string) []string {
	var toks []string
	var b strings.Builder
	quoted, escaped := false, false
	for _, r := range s {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ' ' || r == '\t' || r == '\n'):
			if b.Len() > 0 {
				toks = append(toks, b.String())
				b.Reset()
			}
			continue
		}
		b.WriteRune(r)
	}
	if b.Len() > 0 {
		toks = append(toks, b.String())
	}
	return toks
}

// rewrite replaces, in place where it can, each leaf of a parsed query by
// its form over the index fields.
func (ix *Index) rewrite(q query.Query) (query.Query, error) {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, sub := range []*query.Query{&q.Must, &q.Should, &q.MustNot} {
			if *sub == nil {
				continue
			}
			r, err := ix.rewrite(*sub)
			if err != nil {
				return nil, err
			}
			*sub = r
		}
		return q, nil
	case *query.ConjunctionQuery:
		for i, sub := range q.Conjuncts {
			r, err := ix.rewrite(sub)
			if err != nil {
				return nil, err
			}
			q.Conjuncts[i] = r
		}
		return q, nil
	case *query.DisjunctionQuery:
		for i, sub := range q.Disjuncts {
			r, err := ix.rewrite(sub)
			if err != nil {
				return nil, err
			}
			q.Disjuncts[i] = r
		}
		return q, nil
	case *query.MatchQuery:
		if q.Fuzziness > maxFuzziness {
			return nil, fmt.Errorf("%q: at most %d edits (word~%d)", fmt.Sprintf("%s~%d", q.Match, q.Fuzziness), maxFuzziness, maxFuzziness)
		}
		return ix.spread(q.FieldVal, q.Match, q.Boost(), func(field string, boost float64) query.Query {
			c := *q
			c.SetField(field)
			c.SetBoost(boost)
			// One word of the query that the analyzer splits (États-Unis,
			// l'État) needs all its parts.
			c.SetOperator(query.MatchQueryOperatorAnd)
			return &c
		})
	case *query.MatchPhraseQuery:
		return ix.spread(q.FieldVal, q.MatchPhrase, q.Boost(), func(field string, boost float64) query.Query {
			c := *q
			c.SetField(field)
			c.SetBoost(boost)
			return &c
		})
	case *query.WildcardQuery:
		return ix.spreadTerm(q.FieldVal, q.Boost(), func(field string, folded bool, boost float64) query.Query {
			c := *q
			if folded {
				c.Wildcard = foldString(strings.ToLower(c.Wildcard))
			}
			c.SetField(field)
			c.SetBoost(boost)
			return &c
		})
	case *query.RegexpQuery:
		if _, err := regexp.Compile(q.Regexp); err != nil {
			return nil, fmt.Errorf("%q: %w", "/"+q.Regexp+"/", err)
		}
		return ix.spreadTerm(q.FieldVal, q.Boost(), func(field string, folded bool, boost float64) query.Query {
			c := *q
			if folded {
				c.Regexp = foldString(strings.ToLower(c.Regexp))
			}
			c.SetField(field)
			c.SetBoost(boost)
			return &c
		})
	case *query.NumericRangeQuery:
		if q.FieldVal == "" {
			// The numeric half of a bare number (Bleve reads "2024" as the
			// word or the number); no field holds bare numbers.
			return query.NewMatchNoneQuery(), nil
		}
		if _, err := ix.fieldsOf(q.FieldVal); err != nil {
			return nil, err
		}
		return q, nil
	case *query.DateRangeQuery:
		if q.FieldVal != fieldPublished {
			return nil, fmt.Errorf("%s: a date range applies to published only", fieldOrDefault(q.FieldVal))
		}
		return q, nil
	}
	return q, nil
}

// fieldOrDefault names a field in an error.
func fieldOrDefault(f string) string {
	if f == "" {
		return "a term without a field"
	}
	return f
}

// fieldsOf returns the index fields a query field name stands for.
func (ix *Index) fieldsOf(name string) ([]string, error) {
	fields, ok := queryFields[name]
	if !ok {
		return nil, fmt.Errorf("%q: unknown field: want %s (or escape the colon as \\:)", name+":", userFields)
	}
	return fields, nil
}

// spread returns leaf over the fields that name stands for: the leaf
// itself for one field, a disjunction for several. A text that is a stop
// word in one of the languages (the, le, des) matches nothing: it would
// otherwise be required in one language only, and a required stop word
// would keep out every article of the other. Bleve's query-string clauses
// skip a clause that matches nothing.
func (ix *Index) spread(name, text string, boost float64, leaf func(field string, boost float64) query.Query) (query.Query, error) {
	fields, err := ix.fieldsOf(name)
	if err != nil {
		return nil, err
	}
	m := ix.b.Mapping()
	var out []query.Query
	for _, f := range fields {
		if a := m.AnalyzerNamed(m.AnalyzerNameForPath(f)); a != nil && len(a.Analyze([]byte(text))) == 0 {
			return query.NewMatchNoneQuery(), nil
		}
		b := boost
		if strings.HasPrefix(f, "title_") {
			b *= titleBoost
		}
		out = append(out, leaf(f, b))
	}
	return oneOf(out), nil
}

// spreadTerm is spread for leaves that Bleve does not analyse (wildcards,
// regular expressions): in text fields their text is lower-cased and folded
// as the text was.
func (ix *Index) spreadTerm(name string, boost float64, leaf func(field string, folded bool, boost float64) query.Query) (query.Query, error) {
	fields, err := ix.fieldsOf(name)
	if err != nil {
		return nil, err
	}
	text := textFields(textParts...)
	var out []query.Query
	for _, f := range fields {
		b := boost
		if strings.HasPrefix(f, "title_") {
			b *= titleBoost
		}
		out = append(out, leaf(f, slices.Contains(text, f) || f == fieldSection, b))
	}
	return oneOf(out), nil
}

// oneOf returns the disjunction of qs, simplified.
func oneOf(qs []query.Query) query.Query {
	switch len(qs) {
	case 0:
		return query.NewMatchNoneQuery()
	case 1:
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}
