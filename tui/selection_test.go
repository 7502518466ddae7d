package tui

import (
	"slices"
	"strings"
	"testing"

	"dateline/parse"
	"dateline/timeline"
)

// TestSelectionIsSelect: whatever the browser does to be fast (the
// index, narrowing from the previous matches), it shows exactly the
// events timeline.Select keeps for the same filter, typed a key at a time
// or backspaced.
func TestSelectionIsSelect(t *testing.T) {
	tl := seedTimeline(t)
	from, to, _ := parse.Interval("2025-03")
	queries := []string{"", "p", "pu", "put", "puti", "putin", "put", "", "RUSS", "russia’s", "\x00", "moscow — ", "ü", "Tuesday"}
	for _, base := range []timeline.Filter{
		{}, {Actors: []string{"Russia"}}, {Actors: []string{"ukraine", "US"}}, {Actors: []string{"Nobody"}},
		{From: from}, {To: to}, {Actors: []string{"kremlin"}, From: from, To: to},
	} {
		for _, indexed := range []bool{false, true} {
			s := newSelection(tl, base)
			if indexed {
				s.setIndex(buildIndex(tl))
			}
			for _, q := range queries {
				s.setQuery(q)
				f := base
				f.Text = q
				if want := tl.Select(f); !slices.Equal(s.events, want) {
					t.Errorf("filter %+v, index %v: %d events, Select keeps %d", f, indexed, len(s.events), len(want))
				}
				for i := range s.events {
					if !s.matches(i, strings.ToLower(q)) {
						t.Errorf("filter %+v, index %v: event %d does not match", f, indexed, i)
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
	s := newSelection(tl, timeline.Filter{Actors: []string{"Russia"}, Text: "putin"})
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
