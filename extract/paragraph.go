package extract

import (
	"math"
	"strings"
)

// paragraphs splits text into its paragraphs: its non-blank lines, trimmed.
func paragraphs(text string) []Span {
	var ps []Span
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		trimmed := strings.TrimSpace(line)
		if trimmed != "" {
			s := start + strings.Index(line, trimmed)
			ps = append(ps, Span{s, s + len(trimmed)})
		}
		start = end + 1
	}
	return ps
}

// bead is one step of a paragraph alignment: English paragraphs [e0, e1)
// translated by French paragraphs [f0, f1). One side is empty for a
// paragraph the other version does not translate.
type bead struct{ e0, e1, f0, f1 int }

func (b bead) paired() bool { return b.e1 > b.e0 && b.f1 > b.f0 }

// Paragraph alignment scores. A paragraph pair earns pairBonus, loses
// lengthWeight per unit of log length ratio away from frenchRatio (French
// runs about 15% longer than English), and earns anchorWeight per fact the
// two state alike and loses orphanCost per fact with no agreeing partner
// in the other group; a merge of two paragraphs into one earns less than
// two pairs, and a paragraph left untranslated costs skipCost.
const (
	pairBonus    = 1.0
	mergeBonus   = 0.5
	skipCost     = 1.0
	lengthWeight = 1.5
	lengthPad    = 30 // bytes added to each length, so short lines weigh little
	frenchRatio  = 1.15
	anchorWeight = 3.0
	orphanCost   = 0.5
)

// alignParagraphs finds the best monotone alignment of the English and
// French paragraphs (dynamic programming over one-to-one pairs, two-to-one
// and one-to-two merges, and untranslated paragraphs, in the manner of Gale
// and Church). anchor(e0, e1, f0, f1) scores the facts the groups share.
func alignParagraphs(en, fr []Span, anchor func(b bead) float64) []bead {
	n, m := len(en), len(fr)
	score := make([][]float64, n+1)
	back := make([][]bead, n+1)
	for i := range score {
		score[i] = make([]float64, m+1)
		back[i] = make([]bead, m+1)
		for j := range score[i] {
			score[i][j] = math.Inf(-1)
		}
	}
	score[0][0] = 0
	length := func(ps []Span, a, b int) float64 {
		if b <= a {
			return 0
		}
		return float64(ps[b-1].End - ps[a].Start)
	}
	moves := [...]struct{ de, df int }{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}}
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if math.IsInf(score[i][j], -1) {
				continue
			}
			for _, mv := range moves {
				ni, nj := i+mv.de, j+mv.df
				if ni > n || nj > m {
					continue
				}
				b := bead{i, ni, j, nj}
				var s float64
				if mv.de == 0 || mv.df == 0 {
					s = -skipCost
				} else {
					s = pairBonus
					if mv.de+mv.df == 3 {
						s = mergeBonus
					}
					le, lf := length(en, i, ni)+lengthPad, length(fr, j, nj)+lengthPad
					s -= lengthWeight * math.Abs(math.Log(lf/(frenchRatio*le)))
					s += anchor(b)
				}
				if t := score[i][j] + s; t > score[ni][nj] {
					score[ni][nj], back[ni][nj] = t, b
				}
			}
		}
	}
	var beads []bead
	for i, j := n, m; i > 0 || j > 0; {
		b := back[i][j]
		beads = append(beads, b)
		i, j = b.e0, b.f0
	}
	for l, r := 0, len(beads)-1; l < r; l, r = l+1, r-1 {
		beads[l], beads[r] = beads[r], beads[l]
	}
	return beads
}

// SentenceAt returns the span of the sentence of text that holds the bytes
// [start, end), for showing a fact in context: it runs back and forward to
// the nearest line break or sentence end (a full stop, question or
// exclamation mark, or semicolon, followed by a space), and is trimmed of
// spaces. Offsets out of range are clamped.
func SentenceAt(text string, start, end int) Span {
	start = min(max(0, start), len(text))
	end = min(max(start, end), len(text))
	s := start
	for s > 0 {
		c := text[s-1]
		if c == '\n' || (c == ' ' && s >= 2 && strings.IndexByte(".!?;", text[s-2]) >= 0) {
			break
		}
		s--
	}
	e := end
	for e < len(text) {
		c := text[e]
		if c == '\n' || (strings.IndexByte(".!?;", c) >= 0 && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n')) {
			if c != '\n' {
				e++
			}
			break
		}
		e++
	}
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	return Span{s, e}
}
