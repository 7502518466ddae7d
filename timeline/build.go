package timeline

import (
	"sort"

	"dateline/parse"
)

// Build makes the timeline of a corpus: Merge of the Extract of each
// article. The articles should have been through parse.Complete, which
// dates what only the corpus can date.
func Build(arts []*parse.Article) *Timeline {
	xs := make([]*Extraction, len(arts))
	for i, a := range arts {
		xs[i] = Extract(a)
	}
	return Merge(xs)
}

// Merge combines the extractions of a corpus, in the given order, into one
// timeline: actors folded across articles (a person by the fullest name
// the corpus gives, a role by the person holding it), the same event
// reported by several articles made one event with every source, events
// in chronological order, and the list of actors with their event counts.
func Merge(xs []*Extraction) *Timeline {
	tl := &Timeline{}
	ca := newCorpusActors(xs)
	var evs []Event
	var order []appearance
	for i, x := range xs {
		tl.Articles = append(tl.Articles, x.Article)
		for _, e := range x.Events {
			e.Actors = ca.names(i, e.Actors)
			evs = append(evs, e)
			order = append(order, appearance{i, e.Sources[0].Offset})
		}
	}
	evs = mergeSameEvents(evs, order)
	Sort(evs)
	tl.Events = evs
	tl.Actors = actorList(evs, ca.actors)
	return tl
}

// appearance is where an event is first reported: the index of the
// article in the corpus and the offset in its text.
type appearance struct{ article, offset int }

func (a appearance) before(b appearance) bool {
	if a.article != b.article {
		return a.article < b.article
	}
	return a.offset < b.offset
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
