package site

import (
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// editions are the languages the site publishes, in the order of its
// menus.
var editions = []string{"en", "fr", "vi"}

// tags maps an edition to its language tag.
var tags = map[string]language.Tag{"en": language.English, "fr": language.French, "vi": language.Vietnamese}

// section is one section of the site, with its slug and name in each
// edition.
type section struct {
	key   string
	slug  map[string]string
	name  map[string]string
	photo map[string]string // a caption for the section's stock photo
}

var sections = []section{
	{"economy", tr("economy", "economie", "kinh-te"), tr("Economy", "Économie", "Kinh tế"),
		tr("Shops along Tran Phu Street in the old quarter of Hai Lan.", "Des commerces de la rue Tran Phu, dans la vieille ville de Hai Lan.", "Các cửa hàng trên phố Trần Phú, khu phố cổ Hải Lan.")},
	{"port", tr("port", "port", "cang-bien"), tr("Port", "Port", "Cảng biển"),
		tr("Container cranes on the northern bank of the Song Lam estuary.", "Des portiques à conteneurs sur la rive nord de l'estuaire de la Song Lam.", "Cần cẩu container bên bờ bắc cửa sông Lam.")},
	{"tourism", tr("tourism", "tourisme", "du-lich"), tr("Tourism", "Tourisme", "Du lịch"),
		tr("Visitors on the promenade of An Bang beach at dusk.", "Des visiteurs sur la promenade de la plage d'An Bang au crépuscule.", "Du khách trên đường dạo biển An Bàng lúc hoàng hôn.")},
	{"infrastructure", tr("infrastructure", "infrastructures", "ha-tang"), tr("Infrastructure", "Infrastructures", "Hạ tầng"),
		tr("Work on the coastal road north of the city centre.", "Le chantier de la route côtière, au nord du centre-ville.", "Công trường đường ven biển phía bắc trung tâm thành phố.")},
	{"budget", tr("budget", "budget", "ngan-sach"), tr("Budget", "Budget", "Ngân sách"),
		tr("The People's Committee building on Quang Trung Square.", "Le siège du Comité populaire, place Quang Trung.", "Trụ sở Ủy ban Nhân dân trên quảng trường Quang Trung.")},
	{"health", tr("health", "sante", "y-te"), tr("Health", "Santé", "Y tế"),
		tr("The outpatient wing of Hai Lan General Hospital.", "L'aile des consultations de l'hôpital général de Hai Lan.", "Khu khám ngoại trú Bệnh viện Đa khoa Hải Lan.")},
	{"education", tr("education", "education", "giao-duc"), tr("Education", "Éducation", "Giáo dục"),
		tr("Pupils leaving a primary school in Son Tra ward.", "Des élèves à la sortie d'une école primaire du quartier de Son Tra.", "Học sinh tan trường tại một trường tiểu học phường Sơn Trà.")},
	{"environment", tr("environment", "environnement", "moi-truong"), tr("Environment", "Environnement", "Môi trường"),
		tr("Mangroves at the mouth of the Song Lam.", "La mangrove à l'embouchure de la Song Lam.", "Rừng ngập mặn ở cửa sông Lam.")},
	{"culture", tr("culture", "culture", "van-hoa"), tr("Culture", "Culture", "Văn hóa"),
		tr("Lanterns over the Thu Bon wharf during the autumn festival.", "Des lanternes au-dessus du quai Thu Bon pendant la fête d'automne.", "Đèn lồng trên bến Thu Bồn trong lễ hội mùa thu.")},
}

func tr(en, fr, vi string) map[string]string { return map[string]string{"en": en, "fr": fr, "vi": vi} }

// sectionBySlug returns the section whose slug in lang is slug.
func sectionBySlug(lang, slug string) (*section, bool) {
	for i := range sections {
		if sections[i].slug[lang] == slug {
			return &sections[i], true
		}
	}
	return nil, false
}

// labels are the words of the page templates in one edition.
type labels struct {
	SiteName, Tagline, Home, Sections, Search, SearchPlaceholder, SearchResults, NoResults string
	Related, Comments, Share, Newsletter, NewsletterText, Subscribe, EmailPlaceholder      string
	Tags, By, Published, Updated, Page, Next, Previous, Latest, ReadMore, Language         string
	About, Contact, Copyright, Privacy, OtherEdition, OtherEditionName, Photo, Reply       string
	Breadcrumb, Menu, TagTitle, CommentPrompt, Rights, Terms, Advertise, SkipToContent     string
	OGLocale                                                                               string
}

var labelsFor = map[string]*labels{
	"en": {
		SiteName: "Hai Lan City News", Tagline: "News from the port city of Hai Lan, Viet Nam",
		Home: "Home", Sections: "Sections", Search: "Search", SearchPlaceholder: "Search the news",
		SearchResults: "Search results", NoResults: "No article matches your search.",
		Related: "Related articles", Comments: "Comments", Share: "Share", Newsletter: "Newsletter",
		NewsletterText: "The day's news from Hai Lan in your inbox every morning.", Subscribe: "Subscribe",
		EmailPlaceholder: "Your email address", Tags: "Topics", By: "By", Published: "Published",
		Updated: "Updated", Page: "Page", Next: "Next page", Previous: "Previous page", Latest: "Latest news",
		ReadMore: "Read more", Language: "Language", About: "About us", Contact: "Contact",
		Copyright: "Hai Lan City News, a service of the Hai Lan People's Committee. All rights reserved.",
		Privacy:   "Privacy", OtherEdition: "/fr/", OtherEditionName: "Français", Photo: "Photo",
		Reply: "Reply", Breadcrumb: "Breadcrumb", Menu: "Menu", TagTitle: "Topic",
		CommentPrompt: "Log in to comment.", Rights: "Reproduction requires written permission.",
		Terms: "Terms of use", Advertise: "Advertise", SkipToContent: "Skip to content", OGLocale: "en_US",
	},
	"fr": {
		SiteName: "Hai Lan Info", Tagline: "L'actualité de la ville portuaire de Hai Lan, Viêt Nam",
		Home: "Accueil", Sections: "Rubriques", Search: "Rechercher", SearchPlaceholder: "Rechercher un article",
		SearchResults: "Résultats de la recherche", NoResults: "Aucun article ne correspond à votre recherche.",
		Related: "À lire aussi", Comments: "Commentaires", Share: "Partager", Newsletter: "Lettre d'information",
		NewsletterText: "L'actualité de Hai Lan chaque matin dans votre boîte aux lettres.", Subscribe: "S'abonner",
		EmailPlaceholder: "Votre adresse électronique", Tags: "Thèmes", By: "Par", Published: "Publié le",
		Updated: "Mis à jour le", Page: "Page", Next: "Page suivante", Previous: "Page précédente",
		Latest: "Dernières nouvelles", ReadMore: "Lire la suite", Language: "Langue", About: "Qui sommes-nous ?",
		Contact:   "Nous contacter",
		Copyright: "Hai Lan Info, un service du Comité populaire de Hai Lan. Tous droits réservés.",
		Privacy:   "Confidentialité", OtherEdition: "/en/", OtherEditionName: "English", Photo: "Photo",
		Reply: "Répondre", Breadcrumb: "Fil d'Ariane", Menu: "Menu", TagTitle: "Thème",
		CommentPrompt: "Connectez-vous pour commenter.", Rights: "Reproduction interdite sans autorisation écrite.",
		Terms: "Conditions d'utilisation", Advertise: "Publicité", SkipToContent: "Aller au contenu", OGLocale: "fr_FR",
	},
	"vi": {
		SiteName: "Tin tức Hải Lan", Tagline: "Tin tức thành phố cảng Hải Lan, Việt Nam",
		Home: "Trang chủ", Sections: "Chuyên mục", Search: "Tìm kiếm", SearchPlaceholder: "Tìm bài viết",
		SearchResults: "Kết quả tìm kiếm", NoResults: "Không có bài viết phù hợp.",
		Related: "Bài liên quan", Comments: "Bình luận", Share: "Chia sẻ", Newsletter: "Bản tin",
		NewsletterText: "Tin tức Hải Lan mỗi sáng trong hộp thư của bạn.", Subscribe: "Đăng ký",
		EmailPlaceholder: "Địa chỉ email", Tags: "Chủ đề", By: "Tác giả", Published: "Đăng lúc",
		Updated: "Cập nhật", Page: "Trang", Next: "Trang sau", Previous: "Trang trước", Latest: "Tin mới",
		ReadMore: "Xem thêm", Language: "Ngôn ngữ", About: "Giới thiệu", Contact: "Liên hệ",
		Copyright: "Tin tức Hải Lan, cơ quan của Ủy ban Nhân dân thành phố Hải Lan.",
		Privacy:   "Quyền riêng tư", OtherEdition: "/en/", OtherEditionName: "English", Photo: "Ảnh",
		Reply: "Trả lời", Breadcrumb: "Điều hướng", Menu: "Menu", TagTitle: "Chủ đề",
		CommentPrompt: "Đăng nhập để bình luận.", Rights: "Không sao chép khi chưa được phép.",
		Terms: "Điều khoản", Advertise: "Quảng cáo", SkipToContent: "Đến nội dung", OGLocale: "vi_VN",
	},
}

// searchPath is each edition's search page; robots.txt disallows the
// English and French ones.
var searchPath = map[string]string{"en": "/en/search", "fr": "/fr/recherche", "vi": "/vi/tim-kiem"}

// editSentence is the sentence Edit adds to an article's last paragraph.
var editSentence = map[string]string{
	"en": "Editor's note: this article has been updated with comments from the People's Committee.",
	"fr": "Note de la rédaction : cet article a été mis à jour avec les commentaires du Comité populaire.",
	"vi": "Ghi chú của tòa soạn: bài viết đã được cập nhật với ý kiến của Ủy ban Nhân dân.",
}

// commenters and comments are the invented readers' comments under each
// article, picked by the article's id.
var commenters = map[string][]string{
	"en": {"Nguyen Van Long", "Sarah Whitfield", "Pham Thu Ha", "David Okafor", "Le Minh Tuan", "Anna Kowalski"},
	"fr": {"Claire Dubois", "Nguyen Thi Lan", "Marc-Antoine Girard", "Hoang Van Duc", "Sophie Lemaire", "Tran Quoc Bao"},
	"vi": {"Nguyễn Văn Long", "Phạm Thu Hà", "Lê Minh Tuấn", "Trần Quốc Bảo"},
}

var comments = map[string][]string{
	"en": {
		"Good news for the city, as long as the work is finished on time.",
		"I hope the committee listens to the residents of the ward this time.",
		"Very clear article, thank you.",
		"What about the traffic on the coastal road while this is going on?",
		"My family has lived here for forty years and we have never seen the city change so fast.",
		"Finally! We have been waiting for this for a long time.",
	},
	"fr": {
		"Bonne nouvelle pour la ville, à condition que les travaux soient finis à temps.",
		"J'espère que le comité écoutera les habitants du quartier cette fois-ci.",
		"Article très clair, merci.",
		"Et la circulation sur la route côtière pendant ce temps-là ?",
		"Nous vivons ici depuis longtemps et nous n'avons jamais vu la ville changer aussi vite.",
		"Enfin ! On attendait cela depuis longtemps.",
	},
	"vi": {
		"Tin vui cho thành phố, miễn là công trình xong đúng hạn.",
		"Mong ủy ban lắng nghe ý kiến người dân lần này.",
		"Bài viết rất rõ ràng, cảm ơn.",
		"Cuối cùng cũng có! Chúng tôi đã chờ lâu rồi.",
	},
}

var slugReplacer = strings.NewReplacer("đ", "d", "'", "-", "’", "-")

// slugify turns a tag into a URL path segment: lower case, accents
// removed, spaces as hyphens.
func slugify(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, strings.ToLower(strings.TrimSpace(s)))
	if err != nil {
		out = strings.ToLower(s)
	}
	out = slugReplacer.Replace(out)
	return strings.Join(strings.FieldsFunc(out, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), "-")
}
