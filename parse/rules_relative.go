package parse

// relativeRules find dates counted from the publish date or from the last
// date the text mentioned.
var relativeRules = []rule{
	{name: "day-word", typ: Date, kind: kShift, pattern: "yesterday|today|tomorrow|tmrw"},
	{name: "dir-unit", typ: Date, kind: kShift, pattern: "( DIR | this past | this coming ) week|month|quarter|year|decade|century|weekend"},
	{name: "the-week", typ: Date, kind: kShift, recent: true, pattern: "the week|month"},
	{name: "the-weekend", typ: Date, kind: kShift, pattern: "the ( holiday | long | bank holiday )? weekend"},
	{name: "dir-season", typ: Date, kind: kSeason, pattern: "( DIR | this past | this coming | the )? SEASON"},
	{name: "dir-month", typ: Date, kind: kDate, pattern: "( DIR | this past | this coming ) MONTH"},
	{name: "units-ago", typ: Date, kind: kShift, dir: -1, pattern: "( " + count + " | half a|an ) UNIT ( and a half | or so )? ago"},
	// "Two nights ago I had a home": the night of that day.
	{name: "parts-ago", typ: Time, kind: kShift, dir: -1, unit: uDay, pattern: count + " PARTS ago"},
	// "two winters ago": the second latest winter over.
	{name: "seasons-ago", typ: Date, kind: kSeason, pattern: "NUM winters|summers|springs|autumns ago"},
	{name: "units-from-now", typ: Date, kind: kShift, dir: 1, pattern: "( " + count + " | half a|an ) UNIT ( and a half | or so )? from now|hence"},
	{name: "units-earlier", typ: Date, kind: kShift, dir: -1, anaphoric: true, pattern: count + " UNIT ( or so )? earlier"},
	{name: "units-later", typ: Duration, kind: kDuration, dir: 1, later: true, pattern: count + " UNIT <later"},
	// "Two years before, it had employed 2,000", "three days after that":
	// counted from the date last mentioned, as "earlier" and "later"
	// are; before an event ("two days before the vote") they are not.
	{name: "units-before", typ: Date, kind: kShift, dir: -1, anaphoric: true, pattern: count + " UNIT before <,|.|;|:|and|but|when|that|then"},
	{name: "units-after", typ: Duration, kind: kDuration, dir: 1, later: true, pattern: count + " UNIT <after <,|.|;|:|and|but|when|that|then"},
	// "arrived 24 hours earlier than forecast": a difference between
	// two times, not a date.
	{name: "units-earlier-than", typ: Duration, kind: kDuration, pattern: count + " UNIT <earlier|later|sooner <than"},
	// "the calendar moves about 11 days earlier each year": a shift
	// that recurs, not a date.
	{name: "units-earlier-each", typ: Duration, kind: kDuration, openContext: true, pattern: count + " UNIT <earlier|later <each|every|per"},
	{name: "day-before-yesterday", typ: Date, kind: kShift, dir: -1, unit: uDay, pattern: "the day before yesterday"},
	{name: "day-after-tomorrow", typ: Date, kind: kShift, dir: 1, unit: uDay, pattern: "the day after tomorrow"},
	{name: "unit-before-last", typ: Date, kind: kShift, dir: -1, n: 2, pattern: "the week|month|year before last"},
	{name: "unit-after-next", typ: Date, kind: kShift, dir: 1, n: 2, pattern: "the week|month|year after next"},
	// "He was hired the year before.": the year before the date last
	// mentioned; only at the end of a phrase, since in "the year before
	// the war" it counts from an event.
	{name: "the-unit-before", typ: Date, kind: kShift, dir: -1, anaphoric: true, pattern: "the day|week|month|year before|earlier <,|.|;|:|and|but|when"},
	{name: "the-unit-after", typ: Date, kind: kShift, dir: 1, anaphoric: true, pattern: "the day|week|month|year after|later <,|.|;|:|and|but|when"},
	{name: "the-next-unit", typ: Date, kind: kShift, dir: 1, anaphoric: true, pattern: "the next|following day|week|weekend|month|year"},
	{name: "the-next-unit", typ: Date, kind: kShift, dir: 1, anaphoric: true, pattern: "the following decade"},
	// "up from the previous quarter": the quarter before the one the
	// text reports on, or else before the publish date's.
	{name: "previous-quarter", typ: Date, kind: kShift, dir: -1, pattern: "the previous|preceding|prior quarter"},
	{name: "the-previous-unit", typ: Date, kind: kShift, dir: -1, anaphoric: true, pattern: "the previous|preceding|prior day|week|weekend|month|year|decade|century"},
	{name: "that-month", typ: Date, kind: kDate, anaphoric: true, pattern: "( that | the following | the next | the previous | the preceding ) MONTH"},
	{name: "that-season", typ: Date, kind: kSeason, anaphoric: true, pattern: "( that | the following | the next | the previous | the preceding ) SEASON"},
	{name: "that-unit", typ: Date, kind: kShift, anaphoric: true, pattern: "( that | the same | that same ) day|week|month|quarter|year"},
	// "the year of the pandemic", "the year when the wall fell" is a year
	// only the reader knows, not this one; set beside a date it is that
	// date's year (appositions).
	{name: "the-year-of-event", kind: kReject, pattern: "the year <of <the|a|an|his|her|its|their|our|my|your"},
	{name: "the-year-when", kind: kReject, pattern: "the year <when"},
	{name: "the-new-year", typ: Date, kind: kNewYear, pattern: "the new year"},
	// "the New Year's Eve party": the holiday, not "the New Year".
	{name: "holiday", typ: Date, kind: kHoliday, pattern: "<the " + holidayPattern + " ( ,? YEAR )?"},
	{name: "year-end", typ: Date, kind: kShift, unit: uYear, pattern: "year ( +- +end | 's end | end )"},
	// "by midyear", "until mid-year": the middle of the year; only
	// after a preposition, as "the mid-year update" names a kind of
	// report, often of a fiscal year.
	{name: "mid-year", typ: Date, kind: kShift, unit: uYear, pattern: "<by|at|in|until|till|before|after|around|since|from|through|toward|towards|about ( mid +- +year | midyear )"},
	{name: "holiday", typ: Date, kind: kHoliday, pattern: "( DIR | this past | this coming )? " + holidayPattern + " ( ,? YEAR | DIR year )?"},
	// "the Memorial Day weekend": the weekend a holiday makes long.
	{name: "holiday-weekend", typ: Date, kind: kHoliday, unit: uWeekend, pattern: "( DIR | this past | this coming | the )? " + holidayPattern + " ( ,? YEAR )? ( bank holiday | holiday )? weekend"},
	// "the Wednesday before Thanksgiving", "the Monday after Easter".
	{name: "weekday-holiday", typ: Date, kind: kHoliday, pattern: "the WEEKDAY before|after " + holidayPattern + " ( ,? YEAR | DIR year )?"},
	// "the day after Thanksgiving", "the day before Christmas Eve".
	{name: "day-holiday", typ: Date, kind: kHoliday, pattern: "the day before|after " + holidayPattern + " ( ,? YEAR | DIR year )?"},
}
