package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/text/language"

	"diglot.dev/diglot/corpus"
	"diglot.dev/diglot/extract"
	"diglot.dev/diglot/index"
)

// metaStoreSeq is the index meta key holding the store sequence number up
// to which the index is complete.
const metaStoreSeq = "store_seq"

// changedSince returns the ids of the articles whose index documents are
// out of date after store sequence seq: articles stored since, the
// articles paired with them, and both articles of every pair made since.
// It also returns the store's latest sequence number seen.
func changedSince(store *corpus.Store, seq uint64) (ids []string, latest uint64, err error) {
	latest = seq
	set := map[string]bool{}
	add := func(id string) {
		if id != "" && !set[id] {
			set[id] = true
			ids = append(ids, id)
		}
	}
	err = store.ArticlesSince(seq, func(a corpus.Article) error {
		add(a.ID)
		latest = max(latest, a.Seq)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	err = store.Pairs(func(p corpus.Pair) error {
		if p.Seq > seq || set[p.EN] || set[p.FR] {
			add(p.EN)
			add(p.FR)
		}
		latest = max(latest, p.Seq)
		return nil
	})
	return ids, latest, err
}

// docBuilder turns stored articles into index documents: their facts, and
// each fact's consistency status against the paired version.
type docBuilder struct {
	store *corpus.Store
	// versions caches the facts of articles met as the other side of a
	// pair.
	facts map[string][]extract.Fact
}

func newDocBuilder(store *corpus.Store) *docBuilder {
	return &docBuilder{store: store, facts: map[string][]extract.Fact{}}
}

// factsOf extracts (once) the facts of a stored article; a language
// extract does not read gives none.
func (b *docBuilder) factsOf(a corpus.Article) []extract.Fact {
	if fs, ok := b.facts[a.ID]; ok {
		return fs
	}
	tag := language.Make(a.Lang)
	var fs []extract.Fact
	if extract.Supported(tag) {
		fs, _ = extract.Extract(a.Text(), tag, extract.Options{Published: a.Published})
	}
	b.facts[a.ID] = fs
	return fs
}

// doc builds the index document of article id; ok is false when the
// store no longer has it.
func (b *docBuilder) doc(id string) (doc index.Doc, ok bool, err error) {
	a, ok, err := b.store.Article(id)
	if err != nil || !ok {
		return index.Doc{}, false, err
	}
	doc = index.Doc{
		ID: a.ID, Lang: a.Lang, Source: a.Source, URL: a.URL, Title: a.Title, Lead: a.Lead,
		Body: strings.Join(a.Body, "\n\n"), Section: a.Section, Published: a.Published,
	}
	facts := b.factsOf(a)
	status := map[int]extract.Aligned{} // by the fact's start offset
	if p, paired, err := b.store.PairOf(id); err != nil {
		return index.Doc{}, false, err
	} else if paired {
		otherID := p.FR
		if otherID == id {
			otherID = p.EN
		}
		other, ok, err := b.store.Article(otherID)
		if err != nil {
			return index.Doc{}, false, err
		}
		if ok {
			doc.Pair, doc.PairTitle, doc.PairURL = other.ID, other.Title, other.URL
			en, fr := a, other
			if a.Lang == "fr" {
				en, fr = other, a
			}
			al := extract.Align(
				extract.Version{Text: en.Text(), Facts: b.factsOf(en)},
				extract.Version{Text: fr.Text(), Facts: b.factsOf(fr)})
			for _, r := range al.Facts {
				mine := r.EN
				if a.Lang == "fr" {
					mine = r.FR
				}
				if mine != nil {
					status[mine.Start] = r
				}
			}
		}
	}
	for _, f := range facts {
		doc.Facts = append(doc.Facts, indexFact(f, status, a.Lang, doc.Pair != ""))
	}
	return doc, true, nil
}

// indexFact converts a fact, with its alignment record when paired.
func indexFact(f extract.Fact, status map[int]extract.Aligned, lang string, paired bool) index.Fact {
	out := index.Fact{
		Kind: f.Kind.String(), Value: f.Value, Unit: f.Unit, Concept: f.Concept,
		Text: f.Text, Start: f.Start, End: f.End,
	}
	if f.Kind == extract.Date {
		out.From, out.To, _ = datePeriod(f.Value)
	} else if n, err := strconv.ParseFloat(f.Value, 64); err == nil {
		out.Number = n
	}
	if r, ok := status[f.Start]; ok && paired {
		out.Status = r.Status.String()
		if r.Status == extract.Mismatch {
			out.Reason = string(r.Reason)
		}
		other := r.FR
		if lang == "fr" {
			other = r.EN
		}
		if other != nil {
			out.Other = other.Text
		}
	}
	return out
}

// datePeriod returns the first and last day of a date fact's value:
// YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, or a range A/B of those. A
// value with an unknown year (XXXX) has no period.
func datePeriod(v string) (from, to time.Time, ok bool) {
	if a, b, isRange := strings.Cut(v, "/"); isRange {
		from, _, ok1 := datePeriod(a)
		_, to, ok2 := datePeriod(b)
		return from, to, ok1 && ok2
	}
	parts := strings.Split(v, "-")
	year, err := strconv.Atoi(parts[0])
	if err != nil || len(parts[0]) != 4 {
		return time.Time{}, time.Time{}, false
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	switch len(parts) {
	case 1:
		return day(year, 1, 1), day(year, 12, 31), true
	case 2:
		p := parts[1]
		n, err := strconv.Atoi(strings.TrimLeft(p, "QH"))
		if err != nil {
			return time.Time{}, time.Time{}, false
		}
		switch {
		case strings.HasPrefix(p, "Q") && n >= 1 && n <= 4:
			from = day(year, time.Month(3*n-2), 1)
			return from, from.AddDate(0, 3, -1), true
		case strings.HasPrefix(p, "H") && n >= 1 && n <= 2:
			from = day(year, time.Month(6*n-5), 1)
			return from, from.AddDate(0, 6, -1), true
		case n >= 1 && n <= 12:
			from = day(year, time.Month(n), 1)
			return from, from.AddDate(0, 1, -1), true
		}
	case 3:
		t, err := time.Parse("2006-01-02", v)
		if err == nil {
			return t, t, true
		}
	}
	return time.Time{}, time.Time{}, false
}

// indexBatch is how many documents go to the index at once: one Bleve
// batch, built while the next batch's documents are made. (Batches of
// 1,000, which index.Put builds on two cores, were 10-20% faster and took
// 200 MB more at 5,000 articles: BenchmarkIndexStore.)
const indexBatch = 500

// indexStore brings the index up to date with the store: every article
// changed since the index's recorded sequence lastSeq (all of them when
// rebuild), sent through put in batches; the last batch carries the new
// sequence. progress, if not nil, is told how many documents are done.
// The next batch's documents are built (read from the store, facts
// extracted and aligned) while put indexes the last one.
func indexStore(ctx context.Context, store *corpus.Store, lastSeq uint64, rebuild bool,
	put func(docs []index.Doc, seq uint64) error, progress func(done, total int)) (indexed int, err error) {
	if rebuild {
		lastSeq = 0
	}
	ids, latest, err := changedSince(store, lastSeq)
	if err != nil {
		return 0, fmt.Errorf("read store: %w", err)
	}
	// A batch of documents; the last one (perhaps empty) records the
	// sequence: a run cut short starts over from the previous one.
	type batch struct {
		docs []index.Doc
		last bool
	}
	batches := make(chan batch, 1)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer close(batches)
		b := newDocBuilder(store)
		var docs []index.Doc
		send := func(last bool) error {
			select {
			case batches <- batch{docs, last}:
				docs = nil
				return nil
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		for _, id := range ids {
			if err := gctx.Err(); err != nil {
				return err
			}
			doc, ok, err := b.doc(id)
			if err != nil {
				return fmt.Errorf("read store: %w", err)
			}
			if ok {
				docs = append(docs, doc)
			}
			if len(docs) == indexBatch {
				if err := send(false); err != nil {
					return err
				}
			}
			if len(b.facts) > 4*indexBatch {
				b.facts = map[string][]extract.Fact{}
			}
		}
		return send(true)
	})
	g.Go(func() error {
		for bt := range batches {
			if err := gctx.Err(); err != nil {
				return err
			}
			seq := lastSeq
			if bt.last {
				seq = latest
			}
			if err := put(bt.docs, seq); err != nil {
				return fmt.Errorf("index: %w", err)
			}
			indexed += len(bt.docs)
			if progress != nil {
				progress(indexed, len(ids))
			}
		}
		return nil
	})
	err = g.Wait()
	return indexed, err
}
