package extract

import "golang.org/x/text/language"

type locale struct{ tag language.Tag }

var (
	english = &locale{tag: language.English}
	french  = &locale{tag: language.French}
)

func localeFor(tag language.Tag) (*locale, bool) {
	base, _ := tag.Base()
	switch base.String() {
	case "en":
		return english, true
	case "fr":
		return french, true
	}
	return nil, false
}
