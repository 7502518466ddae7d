package export

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dateline/timeline"
)

const isoDay = "2006-01-02"

// maxHeadline is the longest headline, in characters, made from an event's
// sentence for the formats that show one (TimelineJS, iCalendar).
const maxHeadline = 80

// doc is an export in the making: the selected events with what the
// writers look up about them, computed once.
type doc struct {
	tl       *timeline.Timeline
	events   []*timeline.Event
	meta     Meta
	articles map[string]*timeline.Article
	// involvement counts the events of the whole timeline each actor takes
	// part in, so an event's main actor does not depend on the filter.
	involvement map[string]int
	// newest is the latest publish date of the corpus, zero when no article
	// has one.
	newest time.Time
}

func newDoc(tl *timeline.Timeline, events []*timeline.Event, meta Meta) *doc {
	d := &doc{
		tl: tl, events: events, meta: meta,
		articles:    map[string]*timeline.Article{},
		involvement: map[string]int{},
	}
	for i := range tl.Articles {
		a := &tl.Articles[i]
		d.articles[a.ID] = a
		if a.Published.After(d.newest) {
			d.newest = a.Published
		}
	}
	for _, a := range tl.Actors {
		d.involvement[a.Name] = a.Events
	}
	return d
}

// eventIDs returns the events' unique ids, parallel to events. Only the
// formats that name events call it: for a large timeline the ids are
// much memory.
func (d *doc) eventIDs() []string {
	ids := make([]string, 0, len(d.events))
	seen := map[string]int{}
	for _, e := range d.events {
		id := eventID(e)
		if seen[id]++; seen[id] > 1 {
			id += "-" + strconv.Itoa(seen[id])
		}
		ids = append(ids, id)
	}
	return ids
}

// title is the export's title.
func (d *doc) title() string {
	if d.meta.Title != "" {
		return d.meta.Title
	}
	return "Timeline"
}

// subtitle says what the export holds: the counts and span of dates, and
// the filter when there is one.
func (d *doc) subtitle() string {
	s := timeline.Summary(d.tl, d.events)
	if desc := Describe(d.meta.Filter); desc != "all events" {
		s += "; " + desc
	}
	return s
}

// eventID identifies an event by its date and its first report, so that
// the same event gets the same id in every export of the same articles,
// whatever the filter (calendar programs update an entry with a known UID
// instead of adding a copy).
func eventID(e *timeline.Event) string {
	h := sha256.New()
	h.Write([]byte(e.Date))
	if len(e.Sources) > 0 {
		s := e.Sources[0]
		for _, part := range []string{s.Article, s.Sentence, strconv.Itoa(s.ExprStart)} {
			h.Write([]byte{0})
			h.Write([]byte(part))
		}
	} else {
		h.Write([]byte{0})
		h.Write([]byte(e.Text))
	}
	return "event-" + hex.EncodeToString(h.Sum(nil))[:16]
}

// mainActor is the actor an event is grouped under: of its actors, the one
// involved in the most events of the timeline, the first named on a tie;
// "" when it has none.
func (d *doc) mainActor(e *timeline.Event) string {
	best := ""
	for _, a := range e.Actors {
		if best == "" || d.involvement[a] > d.involvement[best] {
			best = a
		}
	}
	return best
}

// stamp is when the information about an event was published: the latest
// publish date of the articles reporting it, or of the whole corpus when
// none of those is dated, or the event's first day when no article is.
func (d *doc) stamp(e *timeline.Event) time.Time {
	var t time.Time
	for _, s := range e.Sources {
		if a := d.articles[s.Article]; a != nil && a.Published.After(t) {
			t = a.Published
		}
	}
	switch {
	case !t.IsZero():
		return t
	case !d.newest.IsZero():
		return d.newest
	}
	return e.Start
}

// articleRef names the article a source comes from: its title, id and
// publish date when known.
func (d *doc) articleRef(id string) string {
	a := d.articles[id]
	if a == nil {
		return id
	}
	ref := id
	if a.Title != "" {
		ref = "“" + a.Title + "” (" + id + ")"
	}
	if !a.Published.IsZero() {
		ref += ", published " + a.Published.Format(isoDay)
	}
	return ref
}

// flatten folds white space, line breaks included, to single spaces.
func flatten(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// headline shortens an event's sentence to at most maxHeadline characters,
// cut between words and marked with an ellipsis when it was longer.
func headline(text string) string {
	text = flatten(text)
	if utf8.RuneCountInString(text) <= maxHeadline {
		return text
	}
	// Cut at the last space among the first maxHeadline characters, or
	// inside the word when there is none.
	cut, n := 0, 0
	for i, r := range text {
		if n == maxHeadline {
			if cut == 0 {
				cut = i
			}
			break
		}
		if r == ' ' {
			cut = i
		}
		n++
	}
	return strings.TrimRight(text[:cut], " ,;:—–-") + "…"
}

// truncateUTF8 returns the longest prefix of s of at most n bytes that
// does not split a character.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
