package timeline

import (
	"sort"

	"dateline/parse"
)

// Build makes the timeline of a corpus: one event for each date or time
// expression that resolves to a calendar period, anchored in its sentence,
// sorted chronologically.
func Build(arts []*parse.Article) *Timeline {
	tl := &Timeline{}
	actors := newActorIndex()
	for _, a := range arts {
		tl.Articles = append(tl.Articles, Article{
			ID: a.ID, Title: a.Title, Source: a.Source,
			Published: a.Published, PublishedReason: a.PublishedReason, PublishedInferred: a.PublishedInferred,
		})
		tl.Events = append(tl.Events, articleEvents(a, actors)...)
	}
	Sort(tl.Events)
	tl.Actors = actors.list(tl.Events)
	return tl
}

// articleEvents returns the events one article reports, in text order.
func articleEvents(a *parse.Article, actors *actorIndex) []Event {
	var evs []Event
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
		evs = append(evs, Event{
			Date: tx.Value, Start: first, End: last,
			Text:   sentence,
			Actors: actors.find(sentence),
			Sources: []Source{{
				Article: a.ID, Sentence: sentence, Expression: tx.Text,
				ExprStart: tx.Start - s.Start, ExprEnd: tx.End - s.Start,
				Explanation: tx.Explanation,
			}},
		})
	}
	return evs
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
