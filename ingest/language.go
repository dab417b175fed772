package ingest

import (
	"github.com/pemistahl/lingua-go"
	"golang.org/x/text/language"
)

// DetectPrefix is how many characters (runes) of a text Detect reads: an
// article's first paragraphs tell its language as well as the whole.
const DetectPrefix = 2000

// detectLanguages are the languages a Detector chooses among: the two that
// diglot reads, and Vietnamese, the third edition of the news sites it
// watches, so that such a page is recognized rather than forced into
// English or French.
var detectLanguages = []struct {
	lingua lingua.Language
	tag    language.Tag
}{
	{lingua.English, language.English},
	{lingua.French, language.French},
	{lingua.Vietnamese, language.Vietnamese},
}

// Detector guesses the language of a text among English, French and
// Vietnamese. Build it once with NewDetector and reuse it; it is safe for
// concurrent use.
//
// It runs lingua-go in low-accuracy mode (trigram models only, about 3 MB of
// heap, about 15 MB of resident memory for the whole process) rather than
// high-accuracy mode (1- to 5-gram models, about 50 MB of heap and 100 MB
// resident): the two agree on texts of 120 characters or more, for which
// lingua uses trigrams alone either way, and Detect is meant for article
// text, not headlines.
type Detector struct {
	d lingua.LanguageDetector
}

// NewDetector loads the language models and returns a ready Detector. The
// first call in a process takes about 20 ms; lingua keeps the models in a
// process-wide cache, so later calls take about 1 ms.
func NewDetector() *Detector {
	langs := make([]lingua.Language, len(detectLanguages))
	for i, l := range detectLanguages {
		langs[i] = l.lingua
	}
	d := lingua.NewLanguageDetectorBuilder().
		FromLanguages(langs...).
		WithLowAccuracyMode().
		WithPreloadedLanguageModels().
		Build()
	return &Detector{d: d}
}

// Detect returns the most likely language of text, judged on its first
// DetectPrefix characters, and lingua's confidence in it, between 0 and 1.
// When the text gives no clue (no letters, or a tie) it returns
// language.Und and 0.
func (d *Detector) Detect(text string) (tag language.Tag, confidence float64) {
	values := d.d.ComputeLanguageConfidenceValues(prefix(text, DetectPrefix))
	if len(values) == 0 || values[0].Value() == 0 ||
		(len(values) > 1 && values[0].Value() == values[1].Value()) {
		return language.Und, 0
	}
	for _, l := range detectLanguages {
		if l.lingua == values[0].Language() {
			return l.tag, values[0].Value()
		}
	}
	return language.Und, 0
}

// prefix returns the first n runes of s.
func prefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
