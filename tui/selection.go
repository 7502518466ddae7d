package tui

import (
	"strings"

	"dateline/timeline"
)

// selection is the events the browser shows: those that timeline.Select
// keeps for the chosen actors, narrowed to the ones that match the search
// text as (*timeline.Event).Matches defines it.
//
// Matching calls strings.Contains on each event's SearchText, lower-cased
// once for the whole timeline (the index, built in the background at
// start), so a keystroke costs one scan of the events and no lower-casing.
// Until the index is there, the search goes through timeline.Select.
type selection struct {
	tl     *timeline.Timeline
	actors []string // the actor filter, nil for none
	query  string   // the search text, as typed

	index []string // SearchText of each of tl.Events, nil until built

	base     []*timeline.Event // tl.Select of the actor filter
	baseText []string          // SearchText of base, when the index is built

	events  []*timeline.Event // base narrowed to the query
	text    []string          // SearchText of events, when the index is built
	matched string            // the lower-cased query events were narrowed to
}

func newSelection(tl *timeline.Timeline, actors []string, query string) selection {
	s := selection{tl: tl, query: query}
	s.setActors(actors)
	return s
}

// filter returns the filter the selection applies.
func (s *selection) filter() timeline.Filter {
	return timeline.Filter{Actors: s.actors, Text: s.query}
}

// setActors sets the actor filter and selects again.
func (s *selection) setActors(actors []string) {
	if len(actors) == 0 {
		actors = nil // an empty, non-nil filter would keep no event
	}
	s.actors = actors
	s.base = s.tl.Select(timeline.Filter{Actors: actors})
	s.baseText = nil
	if s.index != nil {
		s.baseText = alignText(s.tl.Events, s.index, s.base)
	}
	s.narrow(s.base, s.baseText)
}

// setQuery sets the search text and narrows the selection to it. A query
// that extends the previous one only looks among the previous matches.
func (s *selection) setQuery(q string) {
	s.query = q
	lq := strings.ToLower(q)
	if s.text != nil && strings.Contains(lq, s.matched) {
		s.narrow(s.events, s.text)
		return
	}
	s.narrow(s.base, s.baseText)
}

// setIndex gives the selection the search text of every event of the
// timeline, as buildIndex makes it.
func (s *selection) setIndex(index []string) {
	if len(index) != len(s.tl.Events) {
		return
	}
	s.index = index
	s.baseText = alignText(s.tl.Events, index, s.base)
	s.narrow(s.base, s.baseText)
}

// narrow sets events to those of from that match the query; text is the
// search text of from, or nil to let timeline.Select do the matching.
func (s *selection) narrow(from []*timeline.Event, text []string) {
	lq := strings.ToLower(s.query)
	s.matched = lq
	switch {
	case lq == "":
		s.events, s.text = from, text
	case text == nil:
		s.events, s.text = s.tl.Select(s.filter()), nil
	case strings.ContainsRune(lq, 0):
		s.events, s.text = nil, []string{}
	default:
		events := make([]*timeline.Event, 0, len(from))
		matched := make([]string, 0, len(from))
		for i, t := range text {
			if strings.Contains(t, lq) {
				events = append(events, from[i])
				matched = append(matched, t)
			}
		}
		s.events, s.text = events, matched
	}
}

// matches reports whether event i of the selection matches the lower-cased
// string lq.
func (s *selection) matches(i int, lq string) bool {
	if s.text != nil {
		return !strings.ContainsRune(lq, 0) && strings.Contains(s.text[i], lq)
	}
	return s.events[i].Matches(lq)
}

// buildIndex returns the search text of each event of tl.
func buildIndex(tl *timeline.Timeline) []string {
	index := make([]string, len(tl.Events))
	for i := range tl.Events {
		index[i] = tl.Events[i].SearchText()
	}
	return index
}

// alignText returns the entries of index, which follows all, for the
// events of sel, a selection of all in the same order; nil if sel is not
// one.
func alignText(all []timeline.Event, index []string, sel []*timeline.Event) []string {
	out := make([]string, len(sel))
	j := 0
	for i, e := range sel {
		for j < len(all) && &all[j] != e {
			j++
		}
		if j == len(all) {
			return nil
		}
		out[i] = index[j]
	}
	return out
}
