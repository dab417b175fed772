package ingest

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestDetect(t *testing.T) {
	d := NewDetector()
	tests := []struct {
		name string
		text string
		want language.Tag
	}{
		{
			"english",
			"The harbour authority said on Monday that container traffic rose by a fifth in the first quarter, helped by three new cranes.",
			language.English,
		},
		{
			"french",
			"L'autorité portuaire a indiqué lundi que le trafic de conteneurs a progressé d'un cinquième au premier trimestre, grâce à trois nouvelles grues.",
			language.French,
		},
		{
			"french without accents",
			"Le port de la ville compte trois nouvelles grues depuis le mois de mars, selon le directeur du port qui parlait devant la presse locale.",
			language.French,
		},
		{
			"vietnamese",
			"Cảng thành phố đã xử lý ba triệu container trong quý đầu tiên, tăng bảy phần trăm so với cùng kỳ năm ngoái.",
			language.Vietnamese,
		},
		{"no letters", "2025 - 7.3 % - 12 500", language.Und},
		{"empty", "", language.Und},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := d.Detect(tt.text)
			if got != tt.want {
				t.Errorf("Detect(%q) = %v (%.2f), want %v", tt.text, got, conf, tt.want)
			}
			if tt.want != language.Und && (conf <= 0.5 || conf > 1) {
				t.Errorf("Detect(%q) confidence = %v, want in (0.5, 1]", tt.text, conf)
			}
		})
	}
}

func TestDetectReadsPrefix(t *testing.T) {
	d := NewDetector()
	// A French opening followed by a long English tail: only the first
	// DetectPrefix characters count.
	fr := strings.Repeat("Le port de la ville compte trois nouvelles grues depuis le mois de mars. ", 30)
	en := strings.Repeat("The harbour authority said container traffic rose again this year. ", 300)
	if got, _ := d.Detect(fr + en); got != language.French {
		t.Errorf("Detect(french prefix + english tail) = %v, want fr", got)
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 0, ""},
		{"abc", 3, "abc"},
		{"abc", 5, "abc"},
		{"éàü", 2, "éà"},
		{"39\u202f888", 3, "39\u202f"},
	}
	for _, tt := range tests {
		if got := prefix(tt.s, tt.n); got != tt.want {
			t.Errorf("prefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func BenchmarkNewDetector(b *testing.B) {
	for b.Loop() {
		NewDetector()
	}
}

func BenchmarkDetect(b *testing.B) {
	d := NewDetector()
	text := prefix(strings.Repeat("Le port de la ville a traité trois millions de conteneurs au premier trimestre, soit une hausse de 7,3 % sur un an. ", 20), DetectPrefix)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Detect(text)
	}
}

func ExampleDetector() {
	d := NewDetector()
	lang, _ := d.Detect("Le port a traité 4,2 millions de tonnes de fret au troisième trimestre.")
	fmt.Println(lang)
	// Output: fr
}
