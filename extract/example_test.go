package extract_test

import (
	"fmt"

	"golang.org/x/text/language"

	"diglot.dev/diglot/extract"
)

func ExampleExtract() {
	articles := []struct {
		lang language.Tag
		text string
	}{
		{language.English, "Port Lumen's harbour handled 7.8 million tonnes of cargo in 2024, up 4.5%, and the city will spend about $1.2bn on a new tram line."},
		{language.French, "Le port de Port-Lumen a traité 7,8 millions de tonnes de marchandises en 2024, soit une hausse de 4,5 %, et la ville consacrera environ 1,2 milliard de dollars à une nouvelle ligne de tramway."},
	}
	for _, a := range articles {
		facts, err := extract.Extract(a.text, a.lang, extract.Options{})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, f := range facts {
			hedge := "" // ~ marks a value stated with a hedge (about, environ…)
			if f.Approx {
				hedge = "~"
			}
			fmt.Printf("%-8s %1s%-10s %-5s %q\n", f.Kind, hedge, f.Value, f.Unit, f.Text)
		}
	}
	// Output:
	// quantity  7800000    tonne "7.8 million tonnes"
	// date      2024             "2024"
	// percent   4.5        %     "4.5%"
	// money    ~1200000000 USD   "$1.2bn"
	// quantity  7800000    tonne "7,8 millions de tonnes"
	// date      2024             "2024"
	// percent   4.5        %     "4,5 %"
	// money    ~1200000000 USD   "1,2 milliard de dollars"
}
