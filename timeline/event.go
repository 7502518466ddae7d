// Package timeline turns articles into a timeline: dated events, the actors
// involved and the articles reporting them, in chronological order. The
// plain-text and JSON outputs and the interactive browser all present the
// same Timeline.
package timeline

import "time"

// Timeline is the events of a corpus in chronological order, with the
// articles and actors they refer to.
type Timeline struct {
	Articles []Article
	Actors   []Actor
	Events   []Event
}

// Article is what the timeline keeps of a source article.
type Article struct {
	ID                string
	Title             string
	Source            string    // where the article was read from
	Published         time.Time // zero when unknown
	PublishedReason   string
	PublishedInferred bool
	// Undated are the article's time expressions that date no event:
	// durations ("30-day"), sets ("every week"), references to the present
	// and expressions that could not be resolved.
	Undated []Expression
}

// Expression is a time expression kept for display.
type Expression struct {
	Text        string // as written
	Type        string // TimeML type: DATE, TIME, DURATION, SET
	Value       string // TimeML value, empty when unresolved
	Explanation string
	Offset      int // byte offset in the article's text
}

// Event kinds.
const (
	// KindEvent is something the articles say happened at a date.
	KindEvent = "event"
	// KindReport is the publication of an article: dated by its publish
	// date, its headline as text.
	KindReport = "report"
)

// Event is something that happened at a date, as reported by one or more
// sources.
type Event struct {
	// Kind is KindEvent or KindReport.
	Kind string
	// Date is the TimeML value of the event's date: "2025-03-11",
	// "2024-06", "2025-W11", "1962".
	Date string
	// Start and End are the first and last day the date covers.
	Start, End time.Time
	// Text is the sentence that reports the event (a quotation spread
	// over several sentences is kept whole), or a report's headline.
	Text string
	// Actors are the canonical names of the actors involved, in order of
	// appearance.
	Actors []string
	// Sources are the reports of the event, at least one.
	Sources []Source
}

// Source is one report of an event: the article, its sentence and the time
// expression in it that dates the event.
type Source struct {
	Article    string // article ID
	Sentence   string
	Expression string
	// Date is the TimeML value of Expression: it may be coarser than the
	// event's date when sources agree on the event but not the precision.
	Date string
	// ExprStart and ExprEnd are the byte offsets of Expression in Sentence.
	ExprStart, ExprEnd int
	// Offset is the byte offset of Sentence in the article's text; for a
	// report, the length of the text (it comes after the article's own
	// events of the same day).
	Offset int
	// Explanation says how the date was resolved.
	Explanation string
}

// Actor is a person, country or organisation that takes part in events.
type Actor struct {
	Name    string   // canonical name
	Kind    string   // KindPerson, KindCountry, KindOrganisation, or KindUnknown when the text does not say
	Aliases []string // other names seen in the corpus for the same actor
	Events  int      // number of events involving the actor
}
