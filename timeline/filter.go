package timeline

import (
	"strings"
	"time"
)

// Filter says which events to show. The zero Filter keeps every event.
type Filter struct {
	// Actors keeps events involving any of these actors, matched without
	// regard to case against canonical names and aliases.
	Actors []string
	// Text keeps events whose text, actors or source articles contain it,
	// without regard to case.
	Text string
	// From and To keep events that overlap the days From … To; a zero
	// bound is open.
	From, To time.Time
}

// Select returns the events that pass f, in timeline order.
func (tl *Timeline) Select(f Filter) []*Event {
	wanted := tl.actorNames(f.Actors)
	text := strings.ToLower(f.Text)
	var out []*Event
	for i := range tl.Events {
		e := &tl.Events[i]
		if f.Actors != nil && !involvesAny(e, wanted) {
			continue
		}
		if !f.From.IsZero() && e.End.Before(f.From) || !f.To.IsZero() && e.Start.After(f.To) {
			continue
		}
		if text != "" && !e.Matches(text) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// Matches reports whether the event's text, actors or sources contain the
// lower-case string s, without regard to case.
func (e *Event) Matches(s string) bool {
	return !strings.ContainsRune(s, 0) && strings.Contains(e.SearchText(), s)
}

// SearchText returns what Matches looks in, lower-cased: the event's text,
// actors and sources (article and sentence), separated by NUL bytes so
// that no match runs from one into the next. A program that searches the
// same events again and again, as the browser does while the user types,
// keeps it and tests strings.Contains (for strings without NUL) instead of
// calling Matches.
func (e *Event) SearchText() string {
	var b strings.Builder
	b.WriteString(e.Text)
	for _, a := range e.Actors {
		b.WriteByte(0)
		b.WriteString(a)
	}
	for _, src := range e.Sources {
		b.WriteByte(0)
		b.WriteString(src.Article)
		if src.Sentence != e.Text {
			b.WriteByte(0)
			b.WriteString(src.Sentence)
		}
	}
	return strings.ToLower(b.String())
}

// actorNames maps the names a user gave to the canonical names of the
// actors they designate.
func (tl *Timeline) actorNames(names []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		n = strings.TrimSpace(n)
		for _, a := range tl.Actors {
			if strings.EqualFold(a.Name, n) {
				out[a.Name] = true
				continue
			}
			for _, al := range a.Aliases {
				if strings.EqualFold(al, n) {
					out[a.Name] = true
				}
			}
		}
	}
	return out
}

func involvesAny(e *Event, names map[string]bool) bool {
	for _, a := range e.Actors {
		if names[a] {
			return true
		}
	}
	return false
}
