package tui

import (
	"strings"
	"time"

	"dateline/timeline"
)

// selection is the events the browser shows: those that timeline.Select
// keeps for the chosen actors and the dates, narrowed to the ones that
// match the search text as (*timeline.Event).Matches defines it.
//
// Matching calls strings.Contains on each event's SearchText, lower-cased
// once for the whole timeline (the index, built in the background at
// start, all in one string so that a scan reads memory in order), so a
// keystroke costs one scan of the events and no lower-casing; a query
// that extends the previous one only looks among its matches.
// Until the index is there, the search goes through timeline.Select.
// Events are also known by their position in the timeline, which is how
// the index and the corpus's calendar find theirs.
type selection struct {
	tl       *timeline.Timeline
	actors   []string  // the actor filter, nil for none
	query    string    // the search text, as typed
	from, to time.Time // the dates, which the browser does not change

	index *searchIndex // nil until built

	base    []int32           // positions of tl.Select of the actor filter
	pos     []int32           // positions of the events shown
	events  []*timeline.Event // the events shown
	matched string            // the lower-cased query they match
}

// newSelection returns the events of tl that f keeps.
func newSelection(tl *timeline.Timeline, f timeline.Filter) selection {
	s := selection{tl: tl, query: f.Text, from: f.From, to: f.To}
	s.setActors(f.Actors)
	return s
}

// filter returns the filter the selection applies.
func (s *selection) filter() timeline.Filter {
	return timeline.Filter{Actors: s.actors, Text: s.query, From: s.from, To: s.to}
}

// setActors sets the actor filter and selects again.
func (s *selection) setActors(actors []string) {
	if len(actors) == 0 {
		actors = nil // an empty, non-nil filter would keep no event
	}
	s.actors = actors
	s.base = positions(s.tl, s.tl.Select(timeline.Filter{Actors: actors, From: s.from, To: s.to}))
	s.narrow(s.base)
}

// setQuery sets the search text and narrows the selection to it.
func (s *selection) setQuery(q string) {
	s.query = q
	if s.index != nil && strings.Contains(strings.ToLower(q), s.matched) {
		s.narrow(s.pos)
		return
	}
	s.narrow(s.base)
}

// setIndex gives the selection the search text of every event of the
// timeline, as buildIndex makes it.
func (s *selection) setIndex(index *searchIndex) {
	if len(index.ends) == len(s.tl.Events) {
		s.index = index
	}
}

// narrow shows the events at the positions from that match the query.
func (s *selection) narrow(from []int32) {
	lq := strings.ToLower(s.query)
	s.matched = lq
	switch {
	case lq == "":
		s.pos = from
	case s.index == nil:
		s.pos = positions(s.tl, s.tl.Select(s.filter()))
	case strings.ContainsRune(lq, 0):
		s.pos = nil
	default:
		pos := make([]int32, 0, len(from))
		for _, p := range from {
			if strings.Contains(s.index.of(p), lq) {
				pos = append(pos, p)
			}
		}
		s.pos = pos
	}
	s.events = make([]*timeline.Event, 0, len(s.pos))
	for _, p := range s.pos {
		s.events = append(s.events, &s.tl.Events[p])
	}
}

// matches reports whether event i of the selection matches the lower-cased
// string lq.
func (s *selection) matches(i int, lq string) bool {
	if s.index != nil {
		return !strings.ContainsRune(lq, 0) && strings.Contains(s.index.of(s.pos[i]), lq)
	}
	return s.events[i].Matches(lq)
}

// searchIndex is the SearchText of every event of a timeline, end to end.
type searchIndex struct {
	text string
	ends []int // where the text of each event ends
}

// buildIndex returns the search index of tl's events.
func buildIndex(tl *timeline.Timeline) *searchIndex {
	texts := make([]string, len(tl.Events))
	size := 0
	for i := range tl.Events {
		texts[i] = tl.Events[i].SearchText()
		size += len(texts[i])
	}
	var b strings.Builder
	b.Grow(size)
	ends := make([]int, len(texts))
	for i, t := range texts {
		b.WriteString(t)
		ends[i] = b.Len()
	}
	return &searchIndex{text: b.String(), ends: ends}
}

// of returns the search text of the event at position p.
func (x *searchIndex) of(p int32) string {
	start := 0
	if p > 0 {
		start = x.ends[p-1]
	}
	return x.text[start:x.ends[p]]
}

// positions returns the positions in tl.Events of sel, events of tl in
// timeline order, as timeline.Select returns them.
func positions(tl *timeline.Timeline, sel []*timeline.Event) []int32 {
	pos := make([]int32, 0, len(sel))
	j := 0
	for _, e := range sel {
		for j < len(tl.Events) && &tl.Events[j] != e {
			j++
		}
		if j == len(tl.Events) {
			break // not an event of tl, in order: cannot happen with Select
		}
		pos = append(pos, int32(j))
	}
	return pos
}
