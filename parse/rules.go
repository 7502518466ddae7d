package parse

// kind says how the fields of a matched rule become a TimeML value; each
// kind has a resolver (resolve.go).
type kind uint8

const (
	// kDate: calendar fields (year, month, day). A missing year comes
	// from a neighbouring year expression, a direction word ("last June")
	// or the tense of the sentence.
	kDate kind = iota
	// kWeekday: a named weekday, placed by a direction word or the tense;
	// with a part of the day or a clock time it is a TIME.
	kWeekday
	// kShift: n units before or after the anchor ("two days ago", "last
	// week", "yesterday"), at the granularity of the unit; zero units is
	// the unit containing the anchor ("this week", "today").
	kShift
	// kClock: a clock time or part of a day, on the day of a date in the
	// same sentence, or else of the anchor.
	kClock
	// kSeason: a season, with a year or placed like a month.
	kSeason
	// kQuarter: a numbered quarter or half of a (fiscal) year.
	kQuarter
	// kMonthQuarter: a quarter named by its last month ("the September
	// quarter"), placed like that month.
	kMonthQuarter
	// kPeriod: "the quarter", "the year-ago period": the reporting period
	// the text is about, or that period a year before.
	kPeriod
	// kSameUnit: "the same month last year": the day, week or month of
	// the date just mentioned, a year before or in the year written.
	kSameUnit
	// kDecade and kCentury: "the 1990s", "the 20th century".
	kDecade
	kCentury
	// kEraYear: a year with its era, "44 BC", "AD 79".
	kEraYear
	// kSpelledYear: "nineteen ninety-six".
	kSpelledYear
	// kThousandYear: "the year two thousand and one".
	kThousandYear
	// kYearRange: "1998-99", dated by its first year.
	kYearRange
	// kHoliday: a named day of the year ("Thanksgiving").
	kHoliday
	// kNewYear: "the new year", the year about to begin or just begun.
	kNewYear
	// kWeekOf: "the week of March 6".
	kWeekOf
	// kNthWeekday: a weekday counted within a month ("the second
	// Tuesday of November", "the last Friday in March").
	kNthWeekday
	// kDayOfMonth: "on the 13th", a day of the anchor's month or of the
	// month before or after it, as the tense says.
	kDayOfMonth
	// kSecondDay: the day number after a date and "and" or "to" ("April
	// 24 and 25"), in the month of that date; added by a refiner.
	kSecondDay
	// kFirstDay: the day number before "to" or "and" and a date ("from 1
	// to 3 December"), in the month of that date.
	kFirstDay
	// kDuration: a length of time ("30-day", "five hours", "several
	// weeks").
	kDuration
	// kSet: a recurrence ("daily", "every week").
	kSet
	// kFixed: the value of the rule or of its word ("now" is
	// PRESENT_REF, "recently" PAST_REF).
	kFixed
	// kReject: a match that is not a time expression ("a 6-year-old",
	// "$2025"); it is dropped, and keeps the rules it overlaps from
	// matching its words.
	kReject
)

// rule is one pattern of the tagger with what its matches mean.
type rule struct {
	name    string
	typ     Type
	pattern string
	kind    kind
	// value is the result of a kFixed or kSet rule, when its words do
	// not give one.
	value string
	// dir, when not zero, is the direction a rule's own words give
	// ("ago", "earlier").
	dir int
	// unit is the unit a rule's own words give ("daily": a day).
	unit unit
	// n, when not zero, is the count a rule's own words give ("the week
	// before last": two).
	n int
	// anaphoric rules are anchored on the last date the text mentioned
	// ("a day earlier", "the next day") instead of the reference date.
	anaphoric bool
	// later marks durations that place an event after the date last
	// mentioned ("two days later"): the timex stays a DURATION and
	// points to that date.
	later bool
	// recent rules ("the month", "by the end of the week") are anchored
	// on the date last mentioned when the sentence or the one before
	// named it, at least as precisely, outside the reference date's
	// unit, and the sentence is in the past tense: "On 3 September ...
	// By the end of the month, Warsaw had fallen" is September.
	// Otherwise they count from the reference date.
	recent bool
	// openContext rules leave the context after their words free to
	// start another expression, as rejected matches do: "the year <to
	// <MONTH" lets the month be dated.
	openContext bool

	priority int
}

// rules is the tagger's grammar, gathered from the rule families. Order
// matters only between rules that match the same span: the earlier wins.
var rules = concatRules(dashRangeRules, rejectRules, calendarRules, weekdayRules, timeRules,
	relativeRules, periodRules, durationRules, setRules, referenceRules)

func concatRules(families ...[]rule) []rule {
	var out []rule
	for _, f := range families {
		out = append(out, f...)
	}
	return out
}

// grammar is the compiled rule set, built once.
var grammar = newEngine(rules)

// Pattern fragments shared by several rules.
const (
	// count is a number of units: "two", "twenty-four", "2 1/2", "a
	// few", "several", "a couple of".
	count = "( NUM hundred and NUM ( -? NUM )? | NUM ( -? NUM )? ( and a half | FRAC )? | a? FEW of? | a couple of | FRAC )"
	// clockAfter is a clock time that may follow a full date: ", 14:05",
	// " at 9:15 AM ET", " 10:00:00 GMT".
	clockAfter = "( ,? at? CLOCK ( AMPM | ZONE )? ZONE? )?"
	// clock is a time of day: "10:35 a.m.", "10 p.m.", "noon".
	clock = "( CLOCK AMPM? | CLOCK hours|hrs | HOUR AMPM | HOUR? noon|midnight|midday ) ZONE? " + zoneTime
	// zoneTime is a time zone written out after a clock time: "Eastern
	// time", "London time", "local time".
	zoneTime = "( eastern|central|mountain|pacific|atlantic|local|greenwich|london|paris|berlin|moscow|tokyo|beijing|washington ( standard|daylight|mean )? time )?"
	// frequencyAdverbs are the adverbs of a recurrence: "daily".
	frequencyAdverbs = "daily|weekly|monthly|annually|yearly|hourly|nightly"
	// unitWords are plural units standing alone: "for years".
	pluralUnits = "years|months|weeks|days|decades|hours|minutes|centuries|quarters"
	// eraPattern is an era written after a year or century: "BC",
	// "B.C.E.", "AD", "CE".
	eraPattern = "bc|bce|b.c.|b.c.e.|ad|a.d.|ce|c.e."
)
