package timeline

import (
	"cmp"
	"slices"

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
// timeline, as a Merger given them one by one does. The extractions keep
// their contents, but not their memory: Merge gives their strings memory
// of its own.
func Merge(xs []*Extraction) *Timeline {
	var m Merger
	for _, x := range xs {
		m.Add(x)
	}
	return m.Timeline()
}

// Timeline returns the timeline of the extractions added, in the order
// they were added: actors folded across articles (a person by the
// fullest name the corpus gives, a role by the person holding it), the
// same event reported by several articles made one event with every
// source, events in chronological order, and the list of actors with
// their event counts. The Merger is then empty, ready for another
// corpus.
func (m *Merger) Timeline() *Timeline {
	tl := &Timeline{Articles: m.articles}
	if tl.Articles == nil {
		tl.Articles = []Article{}
	}
	mentions, rs, byArticle := m.mentions, m.reports, m.byArticle
	*m = Merger{}
	ca := newCorpusActors(&mentions)
	n := 0
	for _, list := range byArticle {
		n += len(list)
	}
	reps := make([]*report, 0, n)
	order := make([]appearance, 0, n)
	for i, list := range byArticle {
		for k := range list {
			reps = append(reps, &list[k])
			order = append(order, appearance{i, rs.offset(&list[k])})
		}
	}
	events := sameEvents(&rs, reps, order, tl.Articles)
	event := func(i int) Event {
		a := order[i].article
		return rs.event(reps[i], a, tl.Articles[a].ID, ca.names)
	}
	tl.Events = make([]Event, len(events))
	done := 0 // the articles before it have all their reports in events made
	for k, ms := range events {
		tl.Events[k] = combine(ms, event)
		// Events come in order of their first report, so the reports
		// of the articles before that one are all in events made: their
		// memory can go as the timeline's grows.
		for ; done < order[ms[0]].article; done++ {
			byArticle[done] = nil
		}
		for _, i := range ms {
			reps[i] = nil
		}
	}
	Sort(tl.Events)
	tl.Actors = actorList(tl.Events, ca.actors)
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
	// Sorting positions, then moving each event once, is much faster than
	// swapping events about; sorting them by instants as numbers, with the
	// position last for the given order, faster than a stable sort by
	// times.
	type key struct {
		start, end   int64 // seconds: the end negated, for the longer first
		startN, endN int32 // nanoseconds, the end's negated
		at           int
	}
	keys := make([]key, len(evs))
	for i := range evs {
		e := &evs[i]
		keys[i] = key{e.Start.Unix(), -e.End.Unix(), int32(e.Start.Nanosecond()), -int32(e.End.Nanosecond()), i}
	}
	slices.SortFunc(keys, func(a, b key) int {
		switch {
		case a.start != b.start:
			return cmp.Compare(a.start, b.start)
		case a.startN != b.startN:
			return cmp.Compare(a.startN, b.startN)
		case a.end != b.end:
			return cmp.Compare(a.end, b.end)
		case a.endN != b.endN:
			return cmp.Compare(a.endN, b.endN)
		}
		return cmp.Compare(a.at, b.at)
	})
	order := make([]int, len(evs))
	for i, k := range keys {
		order[i] = k.at
	}
	// The events move in place, a cycle of the permutation at a time,
	// rather than through a sorted copy: a corpus's events are much
	// memory.
	for k := range order {
		if order[k] < 0 {
			continue
		}
		held := evs[k]
		j := k
		for order[j] != k {
			evs[j] = evs[order[j]]
			j, order[j] = order[j], -1
		}
		evs[j], order[j] = held, -1
	}
}
