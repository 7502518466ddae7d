package parse

// kind says how the fields of a matched rule become a TimeML value.
type kind uint8

const (
	// kDate: calendar fields (year, month, day, season...). A missing year
	// comes from the anchor, a direction word ("last June") or the tense.
	kDate kind = iota
	// kWeekday: a named weekday, placed by a direction word or the tense.
	kWeekday
	// kShift: n units before or after the anchor ("two days ago", "last
	// week", "yesterday"), at the granularity of the unit; zero units is
	// the unit containing the anchor ("this week", "today").
	kShift
	// kDuration: a length of time ("30-day", "five hours").
	kDuration
	// kFixed: the rule's value as given ("now" is PRESENT_REF).
	kFixed
)

// rule is one pattern of the tagger with what its matches mean.
type rule struct {
	name    string
	typ     Type
	pattern string
	kind    kind
	// value is the result of a kFixed rule.
	value string
	// dir, when not zero, is the direction of a kShift rule whose
	// direction word is part of the pattern itself ("ago", "later").
	dir int
	// anaphoric rules are anchored on the last date the text mentioned
	// ("a day earlier", "the next day") instead of the reference date.
	anaphoric bool

	elems    []elem
	priority int
}

// rules is the tagger's grammar. Order matters only between rules that
// match the same span: the earlier wins.
var rules = []rule{
	// Absolute dates.
	{name: "weekday-month-day-year", typ: Date, kind: kDate, pattern: "WEEKDAY? ,? MONTH DAY ,? YEAR"},
	{name: "weekday-day-month-year", typ: Date, kind: kDate, pattern: "WEEKDAY? ,? DAY MONTH ,? YEAR"},
	{name: "weekday-month-day", typ: Date, kind: kDate, pattern: "WEEKDAY? ,? MONTH DAY"},
	{name: "weekday-day-month", typ: Date, kind: kDate, pattern: "WEEKDAY? ,? DAY MONTH"},
	{name: "day-of-month", typ: Date, kind: kDate, pattern: "the? DAY of MONTH"},
	{name: "iso-date", typ: Date, kind: kDate, pattern: "ISODATE"},
	{name: "month-year", typ: Date, kind: kDate, pattern: "MONTH ,? YEAR"},
	{name: "month-of-year", typ: Date, kind: kDate, pattern: "MONTH of YEAR"},
	{name: "month-dir-year", typ: Date, kind: kDate, pattern: "MONTH of? DIR year"},
	{name: "dir-month", typ: Date, kind: kDate, pattern: "DIR MONTH"},
	{name: "month", typ: Date, kind: kDate, pattern: "MONTH"},
	{name: "year", typ: Date, kind: kDate, pattern: "YEAR"},

	// Weekdays.
	{name: "dir-weekday", typ: Date, kind: kWeekday, pattern: "DIR WEEKDAY"},
	{name: "weekday", typ: Date, kind: kWeekday, pattern: "WEEKDAY"},

	// Relative to the reference date.
	{name: "day-word", typ: Date, kind: kShift, pattern: "yesterday|today|tomorrow"},
	{name: "dir-unit", typ: Date, kind: kShift, pattern: "DIR UNIT"},
	{name: "units-ago", typ: Date, kind: kShift, dir: -1, pattern: "NUM UNIT ago"},
	{name: "units-from-now", typ: Date, kind: kShift, dir: 1, pattern: "NUM UNIT from now"},
	{name: "now", typ: Date, kind: kFixed, value: "PRESENT_REF", pattern: "now"},

	// Relative to the last date the text mentioned.
	{name: "units-earlier", typ: Date, kind: kShift, dir: -1, anaphoric: true, pattern: "NUM UNIT earlier"},
	{name: "units-later", typ: Date, kind: kShift, dir: 1, anaphoric: true, pattern: "NUM UNIT later|after"},
	{name: "the-next-unit", typ: Date, kind: kShift, dir: 1, anaphoric: true, pattern: "the next|following UNIT"},
	{name: "the-previous-unit", typ: Date, kind: kShift, dir: -1, anaphoric: true, pattern: "the previous|preceding UNIT"},

	// Durations.
	{name: "n-unit-adjective", typ: Duration, kind: kDuration, pattern: "NUM +- +UNIT"},
	{name: "n-units", typ: Duration, kind: kDuration, pattern: "NUM UNIT"},
}

// grammar is the compiled rule set, built once.
var grammar = newEngine(rules)
