package timeline

import (
	"sort"

	"dateline/parse"
)

// Build makes the timeline of a corpus: one event for each date or time
// expression that resolves to a calendar period, anchored in its sentence,
// sorted chronologically. It is Merge of the Extract of each article.
func Build(arts []*parse.Article) *Timeline {
	xs := make([]*Extraction, len(arts))
	for i, a := range arts {
		xs[i] = Extract(a)
	}
	return Merge(xs)
}

// Extraction is what one article contributes to a timeline, before it is
// merged with the rest of the corpus. Extractions do not depend on each
// other, so a corpus can be extracted in parallel, or elsewhere, and
// merged afterwards.
type Extraction struct {
	Article Article
	Events  []Event // in text order
}

// Extract finds the events one article reports.
func Extract(a *parse.Article) *Extraction {
	x := &Extraction{Article: Article{
		ID: a.ID, Title: a.Title, Source: a.Source,
		Published: a.Published, PublishedReason: a.PublishedReason, PublishedInferred: a.PublishedInferred,
	}}
	sents := parse.Sentences(a.Text)
	si := 0
	for _, tx := range parse.Tag(a.Text, a.Published) {
		if tx.Type != parse.Date && tx.Type != parse.Time {
			continue
		}
		first, last, ok := parse.Interval(tx.Value)
		if !ok {
			continue
		}
		for si < len(sents) && sents[si].End <= tx.Start {
			si++
		}
		s := parse.Span{Start: tx.Start, End: tx.End}
		if si < len(sents) && sents[si].Start <= tx.Start {
			s = sents[si]
		}
		sentence := a.Text[s.Start:s.End]
		x.Events = append(x.Events, Event{
			Date: tx.Value, Start: first, End: last,
			Text:   sentence,
			Actors: findActors(sentence),
			Sources: []Source{{
				Article: a.ID, Sentence: sentence, Expression: tx.Text,
				ExprStart: tx.Start - s.Start, ExprEnd: tx.End - s.Start,
				Explanation: tx.Explanation,
			}},
		})
	}
	return x
}

// Merge combines the extractions of a corpus, in the given order, into one
// timeline.
func Merge(xs []*Extraction) *Timeline {
	tl := &Timeline{}
	for _, x := range xs {
		tl.Articles = append(tl.Articles, x.Article)
		tl.Events = append(tl.Events, x.Events...)
	}
	Sort(tl.Events)
	tl.Actors = actorList(tl.Events)
	return tl
}

// Sort orders events chronologically: by the first day they cover, a
// longer period before the shorter ones that start with it (so a year
// comes before its first month), and otherwise in their given order.
func Sort(evs []Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := &evs[i], &evs[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return a.End.After(b.End)
	})
}
