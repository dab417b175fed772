package page

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// langNames are the texts of language-switcher links (lower-cased), with
// the language each names: language names in their own language and in
// English and French, and the codes switchers show. "VN" is the country
// code Vietnamese sites show for Vietnamese. "IT" is left out: in a menu
// it is more often the trade than Italian.
var langNames = map[string]string{
	"english": "en", "anglais": "en", "en": "en", "eng": "en",
	"français": "fr", "francais": "fr", "french": "fr", "fr": "fr", "fra": "fr",
	"tiếng việt": "vi", "tieng viet": "vi", "vietnamese": "vi", "vietnamien": "vi", "vi": "vi", "vn": "vi",
	"deutsch": "de", "german": "de", "allemand": "de", "de": "de",
	"español": "es", "espanol": "es", "spanish": "es", "espagnol": "es", "es": "es",
	"italiano": "it", "italian": "it", "italien": "it",
	"português": "pt", "portugues": "pt", "portuguese": "pt", "portugais": "pt", "pt": "pt",
	"nederlands": "nl", "dutch": "nl", "nl": "nl",
	"русский": "ru", "russian": "ru", "russe": "ru", "ru": "ru",
	"中文": "zh", "简体中文": "zh", "繁體中文": "zh", "chinese": "zh", "chinois": "zh", "zh": "zh",
	"日本語": "ja", "japanese": "ja", "japonais": "ja", "ja": "ja", "jp": "ja",
	"한국어": "ko", "korean": "ko", "coréen": "ko", "ko": "ko", "kr": "ko",
	"العربية": "ar", "arabic": "ar", "arabe": "ar", "ar": "ar",
	"polski": "pl", "türkçe": "tr", "ελληνικά": "el", "українська": "uk",
	"bahasa indonesia": "id", "ภาษาไทย": "th", "हिन्दी": "hi",
}

// baseLang returns the lower-case base subtag of a language tag or locale
// ("en-US", "fr_FR", "FR" → "en", "fr", "fr"), or "" when s is none.
func baseLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return strings.ToLower(s)
}

// declaredLang returns the language the page declares: <html lang>, then
// og:locale, then the content-language meta header.
func declaredLang(s *scan, m map[string]string) string {
	for _, v := range [...]string{s.htmlLang, m["og:locale"], m["content-language"]} {
		if l := baseLang(v); l != "" {
			return l
		}
	}
	return ""
}

// alternates returns the other-language versions of the page: hreflang
// links first, then language-switcher links, the first URL of each
// language winning. Links to the page itself and to its own language are
// left out.
func alternates(s *scan, lang string, base *url.URL, self ...string) map[string]string {
	var out map[string]string
	isSelf := func(u string) bool {
		for _, x := range self {
			if x != "" && strings.TrimSuffix(x, "/") == strings.TrimSuffix(u, "/") {
				return true
			}
		}
		return false
	}
	add := func(code, href string) {
		if code == "" || code == lang {
			return
		}
		if _, ok := out[code]; ok {
			return
		}
		u := resolveString(base, href)
		if u == "" || isSelf(u) {
			return
		}
		if out == nil {
			out = map[string]string{}
		}
		out[code] = u
	}
	for _, h := range s.hreflangs {
		if strings.EqualFold(strings.TrimSpace(h[0]), "x-default") {
			continue
		}
		add(baseLang(h[0]), h[1])
	}
	for _, a := range s.anchors {
		code := baseLang(a.hreflang)
		if code == "" {
			code = baseLang(a.lang)
		}
		if code == "" && a.switcher {
			code = switcherLang(a.n)
		}
		add(code, a.href)
	}
	return out
}

// switcherLang returns the language a link's text names, or "".
func switcherLang(n *html.Node) string {
	t := nodeText(n)
	if len(t) > 40 {
		return ""
	}
	return langNames[strings.ToLower(collapse(t))]
}
