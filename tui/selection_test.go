package tui

import (
	"slices"
	"testing"

	"dateline/timeline"
)

// TestSelectionIsSelect: whatever the browser does to be fast (the
// index, narrowing from the previous matches), it shows exactly the
// events timeline.Select keeps for the same filter, typed a key at a time
// or backspaced.
func TestSelectionIsSelect(t *testing.T) {
	tl := seedTimeline(t)
	queries := []string{"", "p", "pu", "put", "puti", "putin", "put", "", "RUSS", "russia’s", "\x00", "moscow — ", "ü", "Tuesday"}
	for _, actors := range [][]string{nil, {"Russia"}, {"ukraine", "US"}, {"Nobody"}} {
		for _, indexed := range []bool{false, true} {
			s := newSelection(tl, actors, "")
			if indexed {
				s.setIndex(buildIndex(tl))
			}
			for _, q := range queries {
				s.setQuery(q)
				want := tl.Select(timeline.Filter{Actors: actors, Text: q})
				if !slices.Equal(s.events, want) {
					t.Errorf("actors %v, index %v, query %q: %d events, Select keeps %d", actors, indexed, q, len(s.events), len(want))
				}
				for i := range s.events {
					if !s.matches(i, q) && q == "" {
						t.Errorf("event %d does not match the empty query", i)
					}
				}
			}
		}
	}
}

// TestSelectionIndexLate: the index arriving in the middle of a search
// changes nothing the user sees.
func TestSelectionIndexLate(t *testing.T) {
	tl := seedTimeline(t)
	s := newSelection(tl, []string{"Russia"}, "putin")
	before := slices.Clone(s.events)
	s.setIndex(buildIndex(tl))
	if !slices.Equal(s.events, before) {
		t.Errorf("the index changed the selection from %d to %d events", len(before), len(s.events))
	}
	s.setIndex(&searchIndex{text: "too short", ends: []int{9}})
	if len(s.index.ends) != len(tl.Events) {
		t.Error("an index of the wrong length replaced the right one")
	}
}
