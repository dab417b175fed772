package ingest

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"diglot.dev/diglot/corpus"
)

func TestPairByContent(t *testing.T) {
	day := time.Date(2026, 10, 14, 8, 0, 0, 0, time.UTC)
	art := func(id, lang string, published time.Time, title string, body ...string) *corpus.Article {
		return &corpus.Article{ID: id, Lang: lang, Published: published, Title: title, Body: body}
	}
	arts := []*corpus.Article{
		art("en-port", "en", day, "Hai Lan approves 12.5 trillion VND harbour plan",
			"The People's Committee approved a plan worth 12.5 trillion VND (510 million USD) to expand the harbour at No.3 Port, on the Song Lam estuary.",
			"Cargo rose 7.3% to 4.2 million tonnes, port director Tran Thi Mai said."),
		art("fr-port", "fr", day.Add(5*time.Hour), "Hai Lan approuve un plan portuaire de 12 500 milliards de dongs",
			"Le Comité populaire a approuvé un plan de 12 500 milliards de dongs (510 millions de dollars) pour agrandir le port n° 3, sur l’estuaire du Sông Lam.",
			"Le fret a progressé de 7,3 % à 4,2 millions de tonnes, selon la directrice Trần Thị Mai."),
		art("en-dengue", "en", day, "Dengue cases fall by a third",
			"Hai Lan recorded 2,874 cases of dengue fever, 34% fewer than in 2025, the Centre for Disease Control said."),
		// The French of the dengue story, but three weeks later: out of the window.
		art("fr-dengue-late", "fr", day.Add(21*24*time.Hour), "La dengue recule d'un tiers",
			"Hai Lan a enregistré 2 874 cas de dengue, 34 % de moins qu'en 2025, selon le Centre de contrôle des maladies."),
		art("fr-festival", "fr", day, "La fête des lanternes attire 80 000 visiteurs",
			"La vieille ville de Hoi Phu a accueilli 80 000 visiteurs pour la fête des lanternes, organisée par Nguyen Van Hoa."),
	}
	got := pairByContent(arts)
	for i := range got {
		if got[i].Confidence < minContentConfidence || got[i].Method != MethodContent {
			t.Errorf("pair %+v: confidence or method wrong", got[i])
		}
		got[i].Confidence = 0
	}
	want := []corpus.Pair{{EN: "en-port", FR: "fr-port", Method: MethodContent}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pairs mismatch (-want +got):\n%s", diff)
	}
}

func TestNames(t *testing.T) {
	got := names("HAI LAN CITY NEWS – The People's Committee met on Tuesday in Đà Nẵng. Port director Trần Thị Mai said UNESCO agreed.")
	for _, w := range []string{"people's", "committee", "da", "nang", "tran", "thi", "mai", "unesco", "hai", "lan"} {
		if !slices.Contains(got, w) {
			t.Errorf("names lacks %q: %v", w, got)
		}
	}
	for _, w := range []string{"tuesday", "the", "port"} {
		if slices.Contains(got, w) {
			t.Errorf("names has %q, which is no name here: %v", w, got)
		}
	}
}
