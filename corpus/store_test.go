package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	bolt "go.etcd.io/bbolt"
)

func TestArticleID(t *testing.T) {
	if got, want := ArticleID("https://en.example.org/news/1"), "240326aff27bda95"; got != want {
		t.Errorf("ArticleID = %q, want %q", got, want)
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name string
		a    Article
		want string
	}{
		{"empty", Article{}, ""},
		{"all", Article{Title: "T", Lead: "L", Body: []string{"p1", "p2"}}, "T\n\nL\n\np1\n\np2"},
		{"no lead", Article{Title: "T", Body: []string{"p1"}}, "T\n\np1"},
		{"empty paragraph", Article{Title: "T", Body: []string{"", "p2"}}, "T\n\np2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Text(); got != tt.want {
				t.Errorf("Text() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPutResultString(t *testing.T) {
	got := []string{Unchanged.String(), New.String(), Changed.String(), PutResult(7).String()}
	want := []string{"unchanged", "new", "changed", "PutResult(7)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("String mismatch (-want +got):\n%s", diff)
	}
}

// withURL returns a with another URL (and so another id).
func withURL(a Article, u string) Article {
	a.URL, a.ID = u, ""
	return a
}

// withLang returns a in another language.
func withLang(a Article, lang string) Article {
	a.Lang = lang
	return a
}

func TestPutArticle(t *testing.T) {
	s, _ := openTest(t)
	v1 := testArticle(1, 0)
	v2 := testArticle(1, 1) // same URL, other content
	metaOnly := v1
	metaOnly.Published = v1.Published.Add(time.Hour)
	metaOnly.Alternates = map[string]string{"fr": "https://fr.example.org/other"}
	idV1 := ArticleID(v1.URL)
	alias := "https://en.example.org/amp/1"
	idFR := ArticleID("https://fr.example.org/news/1")
	idLater := ArticleID("https://en.example.org/later/1")

	// Each step puts an article; want* describe what PutArticle returns.
	steps := []struct {
		name        string
		a           Article
		raw         string
		want        PutResult
		wantID      string
		wantVersion int
		wantSeq     uint64
	}{
		{"new", v1, "<p>v1</p>", New, idV1, 1, 1},
		{"same again", v1, "<p>v1 again</p>", Unchanged, idV1, 1, 1},
		{"metadata only", metaOnly, "<p>v1 meta</p>", Unchanged, idV1, 1, 1},
		{"changed", v2, "<p>v2</p>", Changed, idV1, 2, 2},
		{"changed back", v1, "<p>v1 back</p>", Changed, idV1, 3, 3},
		{"alias", withURL(v1, alias), "<p>amp</p>", Unchanged, idV1, 3, 3},
		{"same content other lang", withLang(withURL(v1, "https://fr.example.org/news/1"), "fr"), "<p>fr</p>", New, idFR, 1, 4},
		{"alias again", withURL(v1, alias), "<p>amp</p>", Unchanged, idV1, 3, 3},
		{"superseded content is not a duplicate", withURL(v2, "https://en.example.org/later/1"), "<p>later</p>", New, idLater, 1, 5},
		{"alias gets its own content", withURL(testArticle(2, 0), alias), "<p>own</p>", New, ArticleID(alias), 1, 6},
	}
	for _, st := range steps {
		res, got, err := s.PutArticle(st.a, []byte(st.raw))
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if res != st.want || got.ID != st.wantID || got.Version != st.wantVersion || got.Seq != st.wantSeq {
			t.Errorf("%s: PutArticle = %v, id %s version %d seq %d; want %v, id %s version %d seq %d",
				st.name, res, got.ID, got.Version, got.Seq, st.want, st.wantID, st.wantVersion, st.wantSeq)
		}
		if got.Hash != contentHash(&got) {
			t.Errorf("%s: hash %s is not the content's", st.name, got.Hash)
		}
		stored, ok, err := s.Article(got.ID)
		if err != nil || !ok {
			t.Fatalf("%s: Article(%s) = %v, %v", st.name, got.ID, ok, err)
		}
		if diff := cmp.Diff(got, stored); diff != "" {
			t.Errorf("%s: returned and stored article differ (-returned +stored):\n%s", st.name, diff)
		}
	}

	t.Run("versions", func(t *testing.T) {
		vs, err := s.Versions(idV1)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, v := range vs {
			got = append(got, fmt.Sprintf("v%d seq%d %s", v.Version, v.Seq, v.Title))
		}
		want := []string{"v1 seq1 " + v1.Title, "v2 seq2 " + v2.Title, "v3 seq3 " + v1.Title}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Versions mismatch (-want +got):\n%s", diff)
		}
		for i, raw := range []string{"<p>v1</p>", "<p>v2</p>", "<p>v1 back</p>"} {
			got, err := s.Raw(idV1, i+1)
			if err != nil || string(got) != raw {
				t.Errorf("Raw(%s, %d) = %q, %v; want %q", idV1, i+1, got, err, raw)
			}
		}
		if vs, err := s.Versions("0000000000000000"); err != nil || vs != nil {
			t.Errorf("Versions(unknown) = %v, %v; want none", vs, err)
		}
	})

	t.Run("by url", func(t *testing.T) {
		tests := []struct {
			url    string
			wantID string // "" when not found
		}{
			{v1.URL, idV1},
			{"https://en.example.org/later/1", idLater},
			{alias, ArticleID(alias)},
			{"https://en.example.org/unknown", ""},
		}
		for _, tt := range tests {
			a, ok, err := s.ArticleByURL(tt.url)
			if err != nil || ok != (tt.wantID != "") || a.ID != tt.wantID {
				t.Errorf("ArticleByURL(%s) = %s, %v, %v; want %q", tt.url, a.ID, ok, err, tt.wantID)
			}
		}
	})

	t.Run("alias while it was one", func(t *testing.T) {
		s, _ := openTest(t)
		mustPut(t, s, v1, New)
		mustPut(t, s, withURL(v1, alias), Unchanged)
		a, ok, err := s.ArticleByURL(alias)
		if err != nil || !ok || a.ID != idV1 {
			t.Errorf("ArticleByURL(alias) = %s, %v, %v; want %s", a.ID, ok, err, idV1)
		}
		if n, err := s.Count(); err != nil || n != 1 {
			t.Errorf("Count = %d, %v; want 1", n, err)
		}
	})

	if n, err := s.Count(); err != nil || n != 4 {
		t.Errorf("Count = %d, %v; want 4", n, err)
	}
	checkIndexes(t, s)
}

// mustPut puts a with a little raw HTML and checks the result.
func mustPut(tb testing.TB, s *Store, a Article, want PutResult) Article {
	tb.Helper()
	res, got, err := s.PutArticle(a, testRaw(a, 2000))
	if err != nil {
		tb.Fatal(err)
	}
	if res != want {
		tb.Fatalf("PutArticle(%s) = %v, want %v", a.URL, res, want)
	}
	return got
}

func TestPutArticleErrors(t *testing.T) {
	s, _ := openTest(t)
	a := testArticle(1, 0)
	tests := []struct {
		name string
		a    Article
		want string
	}{
		{"no url", withURL(a, ""), "empty url"},
		{"no lang", withLang(a, ""), "empty lang"},
		{"id not the url's", func() Article { b := a; b.ID = "0123456789abcdef"; return b }(), "is not the url's id"},
		{"url too long", withURL(a, "https://x/"+strings.Repeat("a", bolt.MaxKeySize)), "too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := s.PutArticle(tt.a, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("PutArticle error = %v, want one saying %q", err, tt.want)
			}
		})
	}
	if n, err := s.Count(); err != nil || n != 0 {
		t.Errorf("Count = %d, %v; want 0", n, err)
	}
}

func TestRaw(t *testing.T) {
	s, _ := openTest(t)
	tests := []struct {
		name string
		raw  []byte
	}{
		{"none", nil},
		{"page", testRaw(testArticle(2, 0), 60_000)},
		{"binary", []byte{0, 0xff, 0x1f, 0x8b, 0}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := testArticle(10+i, 0)
			_, stored, err := s.PutArticle(a, tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Raw(stored.ID, 1)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tt.raw) {
				t.Errorf("Raw = %d bytes, want the %d stored", len(got), len(tt.raw))
			}
		})
	}
	if _, err := s.Raw(ArticleID(testArticle(10, 0).URL), 2); !errors.Is(err, ErrNotFound) {
		t.Errorf("Raw(unknown version) error = %v, want ErrNotFound", err)
	}
}

func TestArticlesSince(t *testing.T) {
	s, _ := openTest(t)
	a := mustPut(t, s, testArticle(1, 0), New)
	b := mustPut(t, s, testArticle(2, 0), New)
	c := mustPut(t, s, testArticle(3, 0), New)
	a2 := mustPut(t, s, testArticle(1, 1), Changed)
	mustPut(t, s, testArticle(2, 0), Unchanged)

	since := func(seq uint64) []string {
		t.Helper()
		var got []string
		err := s.ArticlesSince(seq, func(a Article) error {
			got = append(got, fmt.Sprintf("%s@%d", a.ID, a.Seq))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	at := func(a Article) string { return fmt.Sprintf("%s@%d", a.ID, a.Seq) }
	tests := []struct {
		seq  uint64
		want []string
	}{
		{0, []string{at(b), at(c), at(a2)}},
		{a.Seq, []string{at(b), at(c), at(a2)}},
		{b.Seq, []string{at(c), at(a2)}},
		{c.Seq, []string{at(a2)}},
		{a2.Seq, nil},
		{math.MaxUint64, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, since(tt.seq)); diff != "" {
			t.Errorf("ArticlesSince(%d) mismatch (-want +got):\n%s", tt.seq, diff)
		}
	}

	var ids []string
	if err := s.Articles(func(a Article) error { ids = append(ids, a.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	want := []string{a.ID, b.ID, c.ID}
	slices.Sort(want)
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("Articles mismatch (-want +got):\n%s", diff)
	}
}

// TestIterationPages iterates over more articles than one page holds,
// using the store from the callback, and stops on the callback's error.
func TestIterationPages(t *testing.T) {
	s, _ := openTest(t)
	const pageSize = 4
	s.pageSize = pageSize
	const n = 2*pageSize + 3
	var wantIDs []string
	for i := range n {
		wantIDs = append(wantIDs, mustPut(t, s, testArticle(i, 0), New).ID)
	}
	slices.Sort(wantIDs)
	var ids []string
	err := s.Articles(func(a Article) error {
		ids = append(ids, a.ID)
		// Writing from the callback must not deadlock.
		return s.SetMeta("last", a.ID)
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("Articles mismatch (-want +got):\n%s", diff)
	}

	var seqs []uint64
	err = s.ArticlesSince(0, func(a Article) error {
		seqs = append(seqs, a.Seq)
		if a.Seq == 3 {
			// A change made meanwhile comes again later with its new Seq.
			mustPut(t, s, testArticle(0, 1), Changed)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seqs) != n+1 || !slices.IsSorted(seqs) || seqs[0] != 1 || seqs[n] != n+1 {
		t.Errorf("ArticlesSince(0) returned %d seqs %v…%v, want 1…%d in order", len(seqs), seqs[:2], seqs[len(seqs)-2:], n+1)
	}

	stop := errors.New("stop")
	calls := 0
	err = s.Articles(func(Article) error {
		calls++
		if calls == pageSize+1 {
			return stop
		}
		return nil
	})
	if err != stop || calls != pageSize+1 {
		t.Errorf("Articles stopped after %d calls with %v, want %d and the callback's error", calls, err, pageSize+1)
	}
	checkIndexes(t, s)
}

func TestFetch(t *testing.T) {
	s, _ := openTest(t)
	u := "https://en.example.org/"
	if _, ok, err := s.Fetch(u); ok || err != nil {
		t.Errorf("Fetch(unknown) = %v, %v; want none", ok, err)
	}
	f := Fetch{URL: u, Status: 304, ETag: `"x"`, LastModified: "Tue, 03 Nov 2026 01:00:00 GMT",
		BodyHash: "abc", Fetched: testStart, Checked: testStart.Add(time.Hour), Failures: 2, LastError: "timeout"}
	if err := s.PutFetch(f); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Fetch(u)
	if err != nil || !ok {
		t.Fatalf("Fetch = %v, %v", ok, err)
	}
	if diff := cmp.Diff(f, got); diff != "" {
		t.Errorf("Fetch mismatch (-want +got):\n%s", diff)
	}
	if err := s.PutFetch(Fetch{}); err == nil {
		t.Error("PutFetch without URL succeeded")
	}
}

func TestPutFetchAndArticle(t *testing.T) {
	s, _ := openTest(t)
	a := testArticle(1, 0)
	f := Fetch{URL: a.URL + "?utm=x", Status: 200, Fetched: testStart, Checked: testStart}
	res, stored, err := s.PutFetchAndArticle(f, a, []byte("<p>a</p>"))
	if err != nil || res != New {
		t.Fatalf("PutFetchAndArticle = %v, %v; want New", res, err)
	}
	got, _, err := s.Fetch(f.URL)
	if err != nil || got.ArticleID != stored.ID {
		t.Errorf("fetch state names article %q (%v), want %s", got.ArticleID, err, stored.ID)
	}

	// The duplicate's fetch state names the article it duplicates.
	dup := withURL(a, "https://en.example.org/amp/1")
	res, _, err = s.PutFetchAndArticle(Fetch{URL: dup.URL, Status: 200}, dup, nil)
	if err != nil || res != Unchanged {
		t.Fatalf("PutFetchAndArticle(duplicate) = %v, %v; want Unchanged", res, err)
	}
	if got, _, _ := s.Fetch(dup.URL); got.ArticleID != stored.ID {
		t.Errorf("duplicate's fetch state names article %q, want %s", got.ArticleID, stored.ID)
	}

	t.Run("fetch fails", func(t *testing.T) {
		b := testArticle(2, 0)
		bad := "https://en.example.org/bad"
		// A bucket where the fetch state goes makes bbolt refuse the put.
		err := s.db.Update(func(tx *bolt.Tx) error {
			_, err := tx.Bucket(bucketFetches).CreateBucket([]byte(bad))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.PutFetchAndArticle(Fetch{URL: bad}, b, nil); err == nil {
			t.Fatal("PutFetchAndArticle succeeded, want an error")
		}
		if _, ok, err := s.Article(ArticleID(b.URL)); ok || err != nil {
			t.Errorf("article stored (%v, %v) though its fetch state was not", ok, err)
		}
	})

	t.Run("article fails", func(t *testing.T) {
		c := testArticle(3, 0)
		err := s.db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketArticles).Put([]byte(ArticleID(c.URL)), []byte("{not json"))
		})
		if err != nil {
			t.Fatal(err)
		}
		u := "https://en.example.org/c"
		if _, _, err := s.PutFetchAndArticle(Fetch{URL: u}, c, nil); err == nil {
			t.Fatal("PutFetchAndArticle succeeded, want an error")
		}
		if _, ok, err := s.Fetch(u); ok || err != nil {
			t.Errorf("fetch state stored (%v, %v) though its article was not", ok, err)
		}
	})
}

func TestSetPairs(t *testing.T) {
	s, _ := openTest(t)
	var ids []string
	for i := range 5 {
		ids = append(ids, mustPut(t, s, testArticle(i, 0), New).ID)
	}
	en1, fr1, en2, fr2, other := ids[0], ids[1], ids[2], ids[3], ids[4]
	pair := func(en, fr, method string) Pair {
		return Pair{EN: en, FR: fr, Method: method, Confidence: 0.9, Made: testStart}
	}
	// pairs lists the stored pairs as "EN-FR method seq".
	pairs := func() []string {
		t.Helper()
		var out []string
		err := s.Pairs(func(p Pair) error {
			out = append(out, fmt.Sprintf("%s-%s %s %d", p.EN[:2], p.FR[:2], p.Method, p.Seq))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	line := func(en, fr, method string, seq int) string {
		return fmt.Sprintf("%s-%s %s %d", en[:2], fr[:2], method, seq)
	}
	sorted := func(lines ...string) []string { return slices.Sorted(slices.Values(lines)) }

	steps := []struct {
		name string
		set  []Pair
		want []string
	}{
		{"first", []Pair{pair(en1, fr1, "hreflang"), pair(en2, fr2, "sitemap")},
			sorted(line(en1, fr1, "hreflang", 6), line(en2, fr2, "sitemap", 7))},
		{"identical: not rewritten", []Pair{pair(en1, fr1, "hreflang"), pair(en2, fr2, "sitemap")},
			sorted(line(en1, fr1, "hreflang", 6), line(en2, fr2, "sitemap", 7))},
		{"other method: rewritten", []Pair{pair(en1, fr1, "content")},
			sorted(line(en1, fr1, "content", 8), line(en2, fr2, "sitemap", 7))},
		{"new partner removes both old pairs", []Pair{pair(en1, fr2, "switcher")},
			sorted(line(en1, fr2, "switcher", 9))},
		{"later pair in one call wins", []Pair{pair(en2, fr1, "content"), pair(other, fr1, "hreflang")},
			sorted(line(en1, fr2, "switcher", 9), line(other, fr1, "hreflang", 11))},
		{"none", nil,
			sorted(line(en1, fr2, "switcher", 9), line(other, fr1, "hreflang", 11))},
	}
	for _, st := range steps {
		if err := s.SetPairs(st.set); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if diff := cmp.Diff(st.want, pairs()); diff != "" {
			t.Errorf("%s: pairs mismatch (-want +got):\n%s", st.name, diff)
		}
	}

	for _, tt := range []struct{ id, wantEN string }{{en1, en1}, {fr2, en1}, {fr1, other}, {en2, ""}} {
		p, ok, err := s.PairOf(tt.id)
		if err != nil || ok != (tt.wantEN != "") || p.EN != tt.wantEN {
			t.Errorf("PairOf(%s) = %s, %v, %v; want %q", tt.id, p.EN, ok, err, tt.wantEN)
		}
	}
	if p, _, _ := s.PairOf(fr2); p.Made != testStart || p.Confidence != 0.9 {
		t.Errorf("PairOf(%s) = %+v, want Made and Confidence kept", fr2, p)
	}

	if err := s.Unpair(fr2); err != nil {
		t.Fatal(err)
	}
	if err := s.Unpair(en2); err != nil { // no pair: nothing to do
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{line(other, fr1, "hreflang", 11)}, pairs()); diff != "" {
		t.Errorf("after Unpair: pairs mismatch (-want +got):\n%s", diff)
	}

	errs := []struct {
		name string
		set  []Pair
		is   error
	}{
		{"unknown article", []Pair{pair(en1, "0000000000000000", "content")}, ErrNotFound},
		{"self", []Pair{pair(en1, en1, "content")}, nil},
		{"empty", []Pair{pair("", fr1, "content")}, nil},
	}
	for _, tt := range errs {
		err := s.SetPairs(append([]Pair{pair(en1, fr2, "content")}, tt.set...))
		if err == nil || (tt.is != nil && !errors.Is(err, tt.is)) {
			t.Errorf("%s: SetPairs error = %v, want one (wrapping %v)", tt.name, err, tt.is)
		}
	}
	// A failed SetPairs changes nothing.
	if diff := cmp.Diff([]string{line(other, fr1, "hreflang", 11)}, pairs()); diff != "" {
		t.Errorf("after failed SetPairs: pairs mismatch (-want +got):\n%s", diff)
	}
	checkIndexes(t, s)
}

func TestMeta(t *testing.T) {
	s, _ := openTest(t)
	if _, ok, err := s.Meta("last_run"); ok || err != nil {
		t.Errorf("Meta(unset) = %v, %v; want unset", ok, err)
	}
	for _, v := range []string{"2026-11-03T02:00:00Z", ""} {
		if err := s.SetMeta("last_run", v); err != nil {
			t.Fatal(err)
		}
		if got, ok, err := s.Meta("last_run"); got != v || !ok || err != nil {
			t.Errorf("Meta = %q, %v, %v; want %q", got, ok, err, v)
		}
	}
	if err := s.SetMeta("", "x"); err == nil {
		t.Error("SetMeta with an empty key succeeded")
	}
}

func TestReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := testArticle(1, 0)
	raw := testRaw(a, 10_000)
	_, a1, err := s.PutFetchAndArticle(Fetch{URL: a.URL, Status: 200}, a, raw)
	if err != nil {
		t.Fatal(err)
	}
	_, a2, err := s.PutArticle(testArticle(1, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	b := mustPut(t, s, withLang(testArticle(2, 0), "fr"), New)
	if err := s.SetPairs([]Pair{{EN: a1.ID, FR: b.ID, Method: "hreflang", Confidence: 1, Made: testStart}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMeta("indexed", "3"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	vs, err := s.Versions(a1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Article{a1, a2}, vs); diff != "" {
		t.Errorf("Versions after reopen mismatch (-want +got):\n%s", diff)
	}
	if got, err := s.Raw(a1.ID, 1); err != nil || !bytes.Equal(got, raw) {
		t.Errorf("Raw after reopen = %d bytes, %v; want the %d stored", len(got), err, len(raw))
	}
	if f, ok, err := s.Fetch(a.URL); err != nil || !ok || f.ArticleID != a1.ID {
		t.Errorf("Fetch after reopen = %+v, %v, %v", f, ok, err)
	}
	if p, ok, err := s.PairOf(b.ID); err != nil || !ok || p.EN != a1.ID || p.Seq != 4 {
		t.Errorf("PairOf after reopen = %+v, %v, %v", p, ok, err)
	}
	if v, ok, err := s.Meta("indexed"); err != nil || !ok || v != "3" {
		t.Errorf("Meta after reopen = %q, %v, %v", v, ok, err)
	}
	// The sequence goes on.
	if c := mustPut(t, s, testArticle(3, 0), New); c.Seq != 5 {
		t.Errorf("Seq after reopen = %d, want 5", c.Seq)
	}
	checkIndexes(t, s)
}

func TestOpenLocked(t *testing.T) {
	s, dir := openTest(t)
	start := time.Now()
	s2, err := Open(dir)
	if err == nil {
		s2.Close()
		t.Fatal("second Open of a held store succeeded")
	}
	if !errors.Is(err, ErrLocked) {
		t.Errorf("second Open error = %v, want ErrLocked", err)
	}
	// A loose bound: Open gives up after about a second, never blocks.
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("second Open took %v", d)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s3, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	// openTest's cleanup closes s again: bbolt allows it.
	if err := s3.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenOtherFormat(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketInfo).Put([]byte("format"), []byte("99"))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(dir); err == nil || !strings.Contains(err.Error(), `format "99"`) {
		if err == nil {
			s.Close()
		}
		t.Errorf("Open of a later format: error %v", err)
	}
}

// TestConcurrent writes and reads from several goroutines at once; run it
// with -race.
func TestConcurrent(t *testing.T) {
	s, _ := openTest(t)
	const workers, each = 8, 12
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				n := (w*each + i) % 40 // workers overlap: some puts are Unchanged
				a := testArticle(n, i%3)
				f := Fetch{URL: a.URL, Status: 200, Checked: testStart}
				if _, _, err := s.PutFetchAndArticle(f, a, testRaw(a, 3000)); err != nil {
					t.Error(err)
					return
				}
				if _, err := s.Count(); err != nil {
					t.Error(err)
				}
				if _, _, err := s.ArticleByURL(a.URL); err != nil {
					t.Error(err)
				}
				if i%4 == 0 {
					if err := s.ArticlesSince(uint64(i), func(Article) error { return nil }); err != nil {
						t.Error(err)
					}
					if err := s.SetMeta(fmt.Sprint("worker", w), fmt.Sprint(i)); err != nil {
						t.Error(err)
					}
				}
			}
		})
	}
	wg.Go(func() {
		for i := range 10 {
			en, fr := ArticleID(testArticle(i, 0).URL), ArticleID(testArticle(i+20, 0).URL)
			err := s.SetPairs([]Pair{{EN: en, FR: fr, Method: "content"}})
			if err != nil && !errors.Is(err, ErrNotFound) { // the articles may not be stored yet
				t.Error(err)
			}
		}
	})
	wg.Wait()
	if n, err := s.Count(); err != nil || n != 40 {
		t.Errorf("Count = %d, %v; want 40", n, err)
	}
	checkIndexes(t, s)
}

// TestCommitterFailure runs a group in which one function fails and one
// panics: the others are committed, each failure is its caller's only.
func TestCommitterFailure(t *testing.T) {
	s, _ := openTest(t)
	boom := errors.New("boom")
	put := func(k string) func(*bolt.Tx) error {
		return func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put([]byte(k), []byte("v")) }
	}
	fns := []func(*bolt.Tx) error{
		put("a"),
		func(tx *bolt.Tx) error { put("x")(tx); return boom },
		put("b"),
		func(*bolt.Tx) error { panic("bug") },
		put("c"),
	}
	var group []*write
	for _, fn := range fns {
		group = append(group, &write{fn: fn, done: make(chan error, 1)})
	}
	s.commit.commit(group)
	var got []string
	for _, w := range group {
		got = append(got, fmt.Sprint(<-w.done))
	}
	want := []string{"<nil>", "boom", "<nil>", "panic in store transaction: bug", "<nil>"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results mismatch (-want +got):\n%s", diff)
	}
	for k, want := range map[string]bool{"a": true, "b": true, "c": true, "x": false} {
		if _, ok, _ := s.Meta(k); ok != want {
			t.Errorf("key %s stored: %v, want %v", k, ok, want)
		}
	}
}

// checkIndexes checks that the buckets agree with each other: every
// article is found by its URL, Seq and content hash and has its raw HTML
// and earlier versions; every index entry names a stored article; pairs
// and fetch states name stored articles.
func checkIndexes(tb testing.TB, s *Store) {
	tb.Helper()
	err := s.db.View(func(tx *bolt.Tx) error {
		b := func(name []byte) *bolt.Bucket { return tx.Bucket(name) }
		arts := map[string]Article{}
		err := b(bucketArticles).ForEach(func(k, v []byte) error {
			a, err := decodeArticle(string(k), v)
			if err != nil {
				return err
			}
			arts[a.ID] = a
			switch {
			case string(k) != a.ID || a.ID != ArticleID(a.URL):
				tb.Errorf("article %s has id %s and url %s", k, a.ID, a.URL)
			case a.Hash != contentHash(&a):
				tb.Errorf("article %s: hash is not its content's", k)
			case string(b(bucketURLs).Get([]byte(a.URL))) != a.ID:
				tb.Errorf("article %s: url index names %q", k, b(bucketURLs).Get([]byte(a.URL)))
			case string(b(bucketSeqs).Get(seqKey(a.Seq))) != a.ID:
				tb.Errorf("article %s: seq %d index names %q", k, a.Seq, b(bucketSeqs).Get(seqKey(a.Seq)))
			case b(bucketHashes).Get(hashKey(a.Lang, a.Hash, a.ID)) == nil:
				tb.Errorf("article %s: not in the hash index", k)
			}
			for v := 1; v <= a.Version; v++ {
				if b(bucketRaw).Get(versionKey(a.ID, v)) == nil {
					tb.Errorf("article %s: no raw html for version %d", k, v)
				}
				if v < a.Version && b(bucketHistory).Get(versionKey(a.ID, v)) == nil {
					tb.Errorf("article %s: no version %d", k, v)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		if n := b(bucketSeqs).Stats().KeyN; n != len(arts) {
			tb.Errorf("seq index has %d entries for %d articles", n, len(arts))
		}
		if n := b(bucketHashes).Stats().KeyN; n != len(arts) {
			tb.Errorf("hash index has %d entries for %d articles", n, len(arts))
		}
		b(bucketURLs).ForEach(func(k, v []byte) error {
			if _, ok := arts[string(v)]; !ok {
				tb.Errorf("url %s names article %s, not stored", k, v)
			}
			return nil
		})
		b(bucketFetches).ForEach(func(k, v []byte) error {
			f := Fetch{}
			if v != nil { // nil: a nested bucket some test put there
				if err := json.Unmarshal(v, &f); err != nil {
					tb.Errorf("fetch state of %s: %v", k, err)
				}
			}
			if _, ok := arts[f.ArticleID]; f.ArticleID != "" && !ok {
				tb.Errorf("fetch state of %s names article %s, not stored", k, f.ArticleID)
			}
			return nil
		})
		pairOf := b(bucketPairOf)
		b(bucketPairs).ForEach(func(k, v []byte) error {
			p, err := decodePair(k, v)
			if err != nil {
				tb.Error(err)
				return nil
			}
			for _, id := range []string{p.EN, p.FR} {
				if _, ok := arts[id]; !ok {
					tb.Errorf("pair %s names article %s, not stored", k, id)
				}
				if string(pairOf.Get([]byte(id))) != p.EN {
					tb.Errorf("pair index of %s names %q, want %s", id, pairOf.Get([]byte(id)), p.EN)
				}
			}
			return nil
		})
		if n, m := pairOf.Stats().KeyN, b(bucketPairs).Stats().KeyN; n != 2*m {
			tb.Errorf("pair index has %d entries for %d pairs", n, m)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
}
