package parse

import "time"

// Type is the TimeML TIMEX3 type of a time expression.
type Type string

// The four TIMEX3 types.
const (
	Date     Type = "DATE"     // a calendar date or period: 2025-03-11, 2024-06, 2025-W11
	Time     Type = "TIME"     // a time of day: 2025-03-13T10:35, 2025-03-13TNI
	Duration Type = "DURATION" // a length of time: P30D, PT5H
	Set      Type = "SET"      // a recurrence: P1W ("every week")
)

// Timex is one time expression found in a text, with its TimeML
// normalisation and the reasoning that produced it.
type Timex struct {
	Start, End int    // byte offsets into the text, end exclusive
	Text       string // the expression as written
	Type       Type
	// Value is the TimeML value: "2025-03-11", "2024-06", "1962", "P30D",
	// "PRESENT_REF"... Empty when the expression could not be resolved,
	// for example a weekday in an article whose publish date is unknown.
	Value string
	// Mod is the TimeML modifier: START, MID, END, APPROX, BEFORE, AFTER...
	Mod string
	// Rule names the pattern that found the expression.
	Rule string
	// Anchor is the date the value was computed from: the reference (publish)
	// date, or a date mentioned earlier in the text. Zero for absolute dates.
	Anchor time.Time
	// Explanation says in words how the value was obtained.
	Explanation string
	// Point is, for a duration that places an event ("two days later"),
	// the date it points to; empty otherwise.
	Point string
}

// Resolved reports whether the expression has a value.
func (t Timex) Resolved() bool { return t.Value != "" }
