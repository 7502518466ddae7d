package parse

// calendarRules find dates written with calendar words and numbers.
var calendarRules = []rule{
	// "the Sept. 11 attacks", "the September 11th hijackers": the attacks of 2001,
	// named by their day, in any year written after them; another day
	// before "attacks" is dated as any other.
	{name: "september-eleventh", typ: Date, kind: kDate, pattern: "MONTH DAY|DAYTH <attacks|attack|hijackers|hijackings|terrorist|terror|commission"},
	// After a full date a 24-hour clock needs no "a.m." or "at": "Last
	// updated 24 November 2025, 14:05" is one time.
	{name: "month-day-year", typ: Date, kind: kDate, pattern: "( WEEKDAY ,? )? MONTH ( DAY | the DAYTH ) ( ,? YEAR " + clockAfter + " )?"},
	{name: "day-month-year", typ: Date, kind: kDate, pattern: "( WEEKDAY ,? )? the? DAY of? MONTH ( ,? YEAR " + clockAfter + " )?"},
	{name: "iso-date", typ: Date, kind: kDate, pattern: "ISODATE"},
	{name: "day-mon-year", typ: Date, kind: kDate, pattern: "DAY +- +MONTH +- +YEAR"},
	{name: "slash-date", typ: Date, kind: kDate, pattern: "SLASHDATE"},
	// "Thurs 11/26": a month and day in figures need the weekday to be
	// told from a fraction or a score ("9/11", "24/7" stay numbers).
	{name: "weekday-month-day", typ: Date, kind: kDate, pattern: "WEEKDAY ,? MONTHDAY"},
	// "after 5pm on 28/3", "closes on 4/15": a preposition of dates tells
	// them from numbers too; not "by", which comes before the fractions
	// of stock prices ("fell by 11/16").
	{name: "on-month-day", typ: Date, kind: kDate, pattern: "<on|until|till|before|after|from|since MONTHDAY"},
	{name: "month-year", typ: Date, kind: kDate, pattern: "MONTH ,? of|in? YEAR"},
	{name: "month", typ: Date, kind: kDate, pattern: "MONTH"},
	// "The first half of October" is October, at its start; not the
	// first half of the year and then a month.
	{name: "half-of-month", typ: Date, kind: kDate, pattern: "the ORD half of MONTH ( ,? YEAR )?"},
	// "On 2 September of that year": the year of the date last
	// mentioned, or the one after or before it.
	{name: "date-of-that-year", typ: Date, kind: kDate, anaphoric: true, pattern: "( WEEKDAY ,? )? ( MONTH DAY? | the? DAY of? MONTH ) ,? of|in ( that | the same | that same | the following | the next | the previous | the preceding ) year"},
	{name: "month-dir-year", typ: Date, kind: kDate, pattern: "MONTH <of? <DIR <year"},
	// "on March 16 last year", "on 3 May next year".
	{name: "day-dir-year", typ: Date, kind: kDate, pattern: "( WEEKDAY ,? )? ( MONTH DAY | the? DAY of? MONTH ) <,? <DIR <year"},
	{name: "dir-month-day", typ: Date, kind: kDate, pattern: "<DIR MONTH DAY"},
	{name: "this-day-in-year", typ: Date, kind: kDate, pattern: "this day|date in|of YEAR"},
	{name: "year", typ: Date, kind: kDate, pattern: "YEAR"},
	{name: "fiscal-year", typ: Date, kind: kDate, pattern: "fiscal|fy year? YEAR"},
	{name: "year-range", typ: Date, kind: kYearRange, pattern: "YEARRANGE"},
	{name: "decade", typ: Date, kind: kDecade, pattern: "the? DECADE ( " + eraPattern + " )?"},
	// "the first half of the 1990s", "the last half of the '80s": the
	// decade, its start or end.
	{name: "half-of-decade", typ: Date, kind: kDecade, pattern: "the ORD|last|latter half of the DECADE"},
	{name: "century", typ: Date, kind: kCentury, pattern: "the? ORD +-? century|centuries ( " + eraPattern + " )?"},
	// "44 BC", "753 B.C.", "AD 79", "79 CE": a year of its era, however
	// few its digits.
	{name: "era-year", typ: Date, kind: kEraYear, pattern: "( the? DAY of? MONTH | MONTH DAY ,? | MONTH | the? SEASON of? | the year )? ( NUM " + eraPattern + " | ad|a.d. NUM )"},
	// "(431–404 BC)": the first year of a range before the era.
	{name: "era-year-range", typ: Date, kind: kEraYear, pattern: "NUM +- +NUM " + eraPattern},
	{name: "season-year", typ: Date, kind: kSeason, pattern: "the? SEASON months? of? ( YEARRANGE | YEAR +- +NUM | YEAR )"},
	{name: "season-dir-year", typ: Date, kind: kSeason, pattern: "the? SEASON <of? <DIR <year"},
	// "the autumn of that year", "the spring of the following year".
	{name: "season-of-that-year", typ: Date, kind: kSeason, anaphoric: true, pattern: "the? SEASON of|in ( that | the same | that same | the following | the next | the previous | the preceding ) year"},
	{name: "spelled-year", typ: Date, kind: kSpelledYear, pattern: "NUMWORD NUMWORD ( -? NUMWORD )?"},
	{name: "the-year-two-thousand", typ: Date, kind: kThousandYear, pattern: "the year two thousand ( and? NUMWORD ( -? NUMWORD )? )?"},
	{name: "a-spelled-year", typ: Date, kind: kSpelledYear, pattern: "<a|an NUMWORD NUMWORD ( -? NUMWORD )?"},
	{name: "month-spelled-year", typ: Date, kind: kSpelledYear, pattern: "MONTH NUMWORD NUMWORD ( -? NUMWORD )?"},
	{name: "season-spelled-year", typ: Date, kind: kSpelledYear, pattern: "the? SEASON of? NUMWORD NUMWORD ( -? NUMWORD )?"},
	// "On the 13th, talks resumed": an ordinal day alone, between a
	// preposition and the end of its phrase, so that "on the 13th floor"
	// is not a date.
	{name: "the-day-of-month", typ: Date, kind: kDayOfMonth, pattern: "<on|by|until|since|from|through|before|after the ORD <,|.|;|:|and|or|to|at|when|will|would|was|were|is|are|the|a|but"},
	// "the week to December 22", "the weekend of June 13-14".
	{name: "week-of", typ: Date, kind: kWeekOf, pattern: "the week|weekend of|beginning|starting|commencing|ending|ended|to ( MONTH DAY | the? DAY of? MONTH ) ( ,? YEAR )?"},
	// "calls in the week ending Friday": the week of that day.
	{name: "week-of-weekday", typ: Date, kind: kWeekOf, pattern: "the week beginning|starting|commencing|ending|ended|to WEEKDAY"},
	{name: "nth-weekday-of-month", typ: Date, kind: kNthWeekday, pattern: "the ORD|last WEEKDAY of|in MONTH ( ,? YEAR )?"},
}

// dashRangeRules come before the reject rules, so that "2010–2015" and
// "1998–99", written with a dash other than the hyphen, are ranges of
// years and not scores ("3–1"); the resolver drops a range ending before
// it starts.
var dashRangeRules = []rule{
	{name: "year-range-dash", typ: Date, kind: kYearRange, pattern: "YEAR +- +NUM"},
}

// weekdayRules find weekdays, with their direction, part of the day or
// clock time.
var weekdayRules = []rule{
	{name: "weekday", typ: Date, kind: kWeekday, pattern: "( DIR | this past | this coming )? WEEKDAY PART?"},
	// "Down from the previous Friday": counted from the day last
	// mentioned, as "the previous day" is.
	{name: "the-previous-weekday", typ: Date, kind: kWeekday, anaphoric: true, pattern: "the previous|preceding|following WEEKDAY PART?"},
	// "on that Tuesday", "by that Friday": the first one on or after
	// the day last mentioned ("said that Tuesday's vote…" is another
	// "that").
	{name: "that-weekday", typ: Date, kind: kWeekday, anaphoric: true, pattern: "<on|by|until|till|from|since|before|after|during|through that WEEKDAY PART?"},
	{name: "weekday-of-week", typ: Date, kind: kWeekday, pattern: "WEEKDAY PART? of? DIR week"},
	// "attacks launched overnight on Monday": that night.
	{name: "overnight-weekday", typ: Time, kind: kWeekday, pattern: "overnight on? WEEKDAY"},
	// "Parliament resumes on Tuesday week": a week after the coming
	// Tuesday, as British English says.
	{name: "weekday-week", typ: Date, kind: kWeekday, n: 1, pattern: "<on|from|by|until|till|before|after WEEKDAY week"},
	// "from 9am to 5pm, Monday to Friday": the weekday starts a range of
	// days, not the day of the time.
	{name: "clock-before-days", typ: Time, kind: kClock, openContext: true, pattern: "<at? " + clock + " <,? <WEEKDAY <to|through|thru|until|till|- <WEEKDAY"},
	{name: "clock-weekday", typ: Time, kind: kWeekday, pattern: "<at? " + clock + " ,? on? WEEKDAY PART?"},
	{name: "clock-date", typ: Time, kind: kDate, pattern: "<at? " + clock + " ,? on? ( WEEKDAY ,? )? ( MONTH DAY | the? DAY of? MONTH ) ( ,? YEAR )?"},
}

// timeRules find times of day.
var timeRules = []rule{
	{name: "clock", typ: Time, kind: kClock, pattern: "( CLOCK AMPM | CLOCK ZONE | CLOCK hours|hrs | HOUR AMPM | AMCLOCK ) ZONE? " + zoneTime},
	{name: "at-clock", typ: Time, kind: kClock, pattern: "<at " + clock},
	// "It's 7:06.", "it was 11:40 when": the time told.
	{name: "it-is-clock", typ: Time, kind: kClock, pattern: "<it <'s|is|was CLOCK AMPM? ZONE?"},
	{name: "noon", typ: Time, kind: kClock, pattern: "HOUR? noon|midnight|midday"},
	{name: "hour-in-the-part", typ: Time, kind: kClock, pattern: "<at? HOUR|NUMWORD|CLOCK ( in the PART | at night )"},
	// "every morning at 6", "Friday evening at eight" (see partHourAt).
	{name: "part-at-hour", typ: Time, kind: kClock, pattern: "<at PARTHOUR"},
	// "at half past four", "by a quarter to nine", "at a quarter to
	// midnight": a clock time said in words, only after a preposition
	// of time ("a quarter to three percent" is none).
	{name: "past-the-hour", typ: Time, kind: kClock, pattern: "<at|by|until|till|from|before|after|around|about|to ( half | a? quarter ) past|to HOUR|NUMWORD|noon|midnight|midday ( in the PART | at night | AMPM )?"},
	// "at half seven", British for half past seven.
	{name: "past-the-hour", typ: Time, kind: kClock, pattern: "<at|until|till|from|around|about half HOUR|NUMWORD ( in the PART | at night | AMPM )?"},
	{name: "half-a-count", kind: kReject, pattern: "at|until|till|from|around|about half NUM|NUMWORD UNIT|PARTS|percent|%"},
	{name: "o-clock", typ: Time, kind: kClock, pattern: "HOUR|NUMWORD o ' clock ( in the PART )?"},
	{name: "this-part", typ: Time, kind: kShift, pattern: "this PART"},
	{name: "tonight", typ: Time, kind: kShift, pattern: "tonight"},
	{name: "day-word-part", typ: Time, kind: kShift, pattern: "yesterday|today|tomorrow|tmrw PART"},
	// "until 6pm tomorrow", "at 10 a.m. yesterday": one time, on that day.
	{name: "clock-day-word", typ: Time, kind: kShift, pattern: "<at? " + clock + " yesterday|today|tomorrow|tmrw"},
	{name: "last-night", typ: Time, kind: kShift, dir: -1, unit: uDay, pattern: "last night"},
	// "Iraq fired two more Scud missiles overnight" (see overnightWord).
	{name: "overnight", typ: Time, kind: kShift, unit: uDay, pattern: "overnight"},
	{name: "that-part", typ: Date, kind: kShift, anaphoric: true, pattern: "( that | the same | the next | the following | the previous | the preceding ) PART"},
	// "Dealers placed buy orders in the morning", "by mid-afternoon": a
	// part of the day last mentioned, or of the publish date.
	{name: "in-the-part", typ: Time, kind: kClock, pattern: "<in|during|by the early|late? PART"},
	// "during the morning and evening peak hours", "the morning rush":
	// a kind of hour, on no one day.
	// ("held a rally in the morning and was due in Molo" is one day's.)
	{name: "part-of-a-kind", kind: kReject, pattern: "<in|during|by the early|late? PART <and|or <PART"},
	{name: "part-of-a-kind", kind: kReject, pattern: "<in|during|by the early|late? PART <rush|peak|commute|shift|edition|show|news|hours|traffic|papers|prayers"},
	{name: "part-trading", typ: Time, kind: kClock, pattern: "<in|during early|late? PART <trading|session|dealings"},
	{name: "mid-part", typ: Time, kind: kClock, pattern: "<in|during|by|at|until|from early|late|mid +-? PART"},
}
