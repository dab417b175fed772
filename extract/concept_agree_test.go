package extract_test

import (
	"testing"

	"diglot.dev/diglot/extract"
)

// minConceptAgreement is the floor for TestConceptAgreement: of the fact
// pairs a true translation matches where both versions name a concept, the
// share that name the same one.
const minConceptAgreement = 0.70

// TestConceptAgreement measures the concept field on true news
// translations: a number and its translation measure the same thing, so
// their concepts should agree. It reports how often both versions name the
// same concept, different ones, or only one names one, and holds the
// agreement where both name one to minConceptAgreement.
func TestConceptAgreement(t *testing.T) {
	var same, differ, oneSided, neither int
	for _, name := range parallelFiles {
		for _, p := range readParallel(t, name) {
			if !newsDomains[p.Domain] {
				continue
			}
			for _, r := range alignPair(t, p.EN, p.FR).Facts {
				if r.EN == nil || r.FR == nil || r.EN.Kind == extract.Date || r.Status != extract.Match && r.Status != extract.Rounded {
					continue
				}
				switch ce, cf := r.EN.Concept, r.FR.Concept; {
				case ce == "" && cf == "":
					neither++
				case ce == "" || cf == "":
					oneSided++
				case ce == cf:
					same++
				default:
					differ++
				}
			}
		}
	}
	both := same + differ
	if both == 0 {
		t.Fatal("no matched pair names a concept on both sides")
	}
	t.Logf("concepts of matched news facts: same %d, different %d, one side only %d, neither %d; agreement where both name one %.1f%%, over all with one %.1f%%",
		same, differ, oneSided, neither, percent(same, both), percent(same, both+oneSided))
	if float64(same) < minConceptAgreement*float64(both) {
		t.Errorf("concept agreement %.1f%%, want at least %.0f%%", percent(same, both), 100*minConceptAgreement)
	}
}
