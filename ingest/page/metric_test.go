package page

import (
	"regexp"
	"strings"
)

// wordRE is Python's Unicode \w+ as the Scrapinghub evaluate.py uses it.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingles returns the multiset of token 4-grams of s; a text of fewer than
// four tokens is one shingle.
func shingles(s string) map[string]int {
	toks := wordRE.FindAllString(s, -1)
	out := map[string]int{}
	if len(toks) < 4 {
		out[strings.Join(toks, "\x00")]++
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], "\x00")]++
	}
	return out
}

// shingleCounts returns the true positive, false positive and false
// negative shingle counts of pred against truth.
func shingleCounts(truth, pred string) (tp, fp, fn int) {
	t, p := shingles(truth), shingles(pred)
	for k, n := range p {
		m := t[k]
		tp += min(n, m)
		fp += max(n-m, 0)
	}
	for k, n := range t {
		fn += max(n-p[k], 0)
	}
	return tp, fp, fn
}

// shingleScore accumulates metric 1 of the test set README over pages.
type shingleScore struct {
	precs, recs []float64
}

// add scores one page and returns its precision and recall.
func (s *shingleScore) add(truth, pred string) (p, r float64) {
	tp, fp, fn := shingleCounts(truth, pred)
	p, r = 1, 1
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
		s.precs = append(s.precs, p)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
		s.recs = append(s.recs, r)
	}
	return p, r
}

// result returns the mean precision, mean recall and their F1.
func (s *shingleScore) result() (p, r, f1 float64) {
	p, r = mean(s.precs), mean(s.recs)
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var sum float64
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

// pageF1 is the F1 of one page's precision and recall.
func pageF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// segmentScore accumulates metric 3 (trafilatura's segment scoring).
type segmentScore struct {
	tp, fn, fp, tn int
}

// add scores the with and without snippets of one page against text.
func (s *segmentScore) add(text string, with, without []string) (tp, fn, fp, tn int) {
	text = strings.Join(strings.Fields(text), " ")
	for _, w := range with {
		if strings.Contains(text, strings.Join(strings.Fields(w), " ")) {
			tp++
		} else {
			fn++
		}
	}
	for _, w := range without {
		if strings.Contains(text, strings.Join(strings.Fields(w), " ")) {
			fp++
		} else {
			tn++
		}
	}
	s.tp, s.fn, s.fp, s.tn = s.tp+tp, s.fn+fn, s.fp+fp, s.tn+tn
	return tp, fn, fp, tn
}

// result returns precision, recall, F1 and accuracy.
func (s *segmentScore) result() (p, r, f1, acc float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if all := s.tp + s.fn + s.fp + s.tn; all > 0 {
		acc = float64(s.tp+s.tn) / float64(all)
	}
	return p, r, pageF1(p, r), acc
}
