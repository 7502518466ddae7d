package parse

// durationRules find lengths of time. Durations never date an event.
var durationRules = []rule{
	{name: "units", typ: Duration, kind: kDuration, pattern: count + " more|additional|further|extra|straight|consecutive|trading|business|working? UNIT ( and a half )?"},
	{name: "quarter-century", typ: Duration, kind: kFixed, value: "P25Y", pattern: "a quarter +-? century"},
	{name: "quarter-of-a-century", typ: Duration, kind: kFixed, value: "P25Y", pattern: "a quarter of a century"},
	{name: "quarter-of-an-hour", typ: Duration, kind: kFixed, value: "PT15M", pattern: "a|the|first|final|last? quarter of an hour"},
	{name: "quarter-hour", typ: Duration, kind: kFixed, value: "PT15M", pattern: "a|the|one quarter +- +hour"},
	{name: "three-quarters-of-an-hour", typ: Duration, kind: kFixed, value: "PT45M", pattern: "three +-? quarters of an hour"},
	{name: "half-a-unit", typ: Duration, kind: kDuration, pattern: "half a|an UNIT"},
	// "the last half an hour": half an hour, not the second half of a
	// year and an hour.
	{name: "the-last-half-a-unit", typ: Duration, kind: kDuration, pattern: "the first|last|final|past|next|opening|closing half a|an UNIT"},
	// "another week of disruption", "for the entire day": one unit.
	{name: "another-unit", typ: Duration, kind: kDuration, pattern: "( another | the|an|a entire|whole|full ) UNIT"},
	{name: "units-ago-vague", typ: Duration, kind: kDuration, pattern: pluralUnits + " ago|earlier|later"},
	{name: "and-a-half-adjective", typ: Duration, kind: kDuration, pattern: "NUM +- +and +- +a +- +FRAC +- +UNIT ( +- +long )?"},
	{name: "unit-adjective", typ: Duration, kind: kDuration, pattern: count + " +- +UNIT ( +- +long )?"},
	{name: "decimal-units", typ: Duration, kind: kDuration, pattern: "DECIMAL UNIT"},
	{name: "the-past-units", typ: Duration, kind: kDuration, pattern: "the? past|last|next|previous|coming|first|following " + count + " trading|business|working? UNIT"},
	{name: "the-units", typ: Duration, kind: kDuration, pattern: "the " + count + " UNIT"},
	{name: "the-past-unit", typ: Duration, kind: kDuration, pattern: "the past|last|next|coming week|fortnight|month|year|decade|century"},
	// "the last day", "the next day" are dates; "over the past day" is
	// the day up to now.
	{name: "the-past-day", typ: Duration, kind: kDuration, pattern: "the past|coming day|hour"},
	{name: "past-decade", typ: Duration, kind: kDuration, pattern: "past|last decade|century"},
	{name: "recent-years", typ: Date, kind: kFixed, value: "PAST_REF", pattern: "the? recent|past years|decades"},
	{name: "recent-units", typ: Duration, kind: kDuration, pattern: "the? recent|coming|ensuing|subsequent " + pluralUnits},
	// "In the following months, prices rose"; but "the following days
	// are holidays:" introduces a list.
	{name: "the-following-list", kind: kReject, pattern: "the following " + pluralUnits + " <are|:|include|apply"},
	{name: "the-following-units", typ: Duration, kind: kDuration, pattern: "the following " + pluralUnits},
	{name: "the-units-ahead", typ: Duration, kind: kDuration, pattern: "the " + pluralUnits + " ahead"},
	{name: "for-units", typ: Duration, kind: kDuration, pattern: "<for|within|over|in " + pluralUnits},
	// "it could take weeks to free the ship", "spent years in exile",
	// "waited hours": a length of some units, the object of the verb.
	{name: "take-units", typ: Duration, kind: kDuration, pattern: "<take|takes|took|taking|taken|spend|spends|spent|spending|wait|waits|waited|waiting " + pluralUnits},
	{name: "units-long", typ: Duration, kind: kDuration, pattern: "a|an? " + pluralUnits + " +- +long"},
	// "the year-long celebrations": one unit; the article goes (see
	// trimArticles) but must be matched, or "the year" would win.
	{name: "unit-long", typ: Duration, kind: kDuration, pattern: "the|a|an|this|that? UNIT +- +long"},
	{name: "unit-range", typ: Duration, kind: kDuration, pattern: "NUM to|or|- NUM UNIT"},
	{name: "unit-range", typ: Duration, kind: kDuration, pattern: "between NUM and NUM UNIT"},
}

// rejectRules match things that look like time expressions but are not.
var rejectRules = []rule{
	// "The month of August bears his name": the month is named after.
	{name: "the-month-of", kind: kReject, pattern: "the month <of <MONTH", openContext: true},
	{name: "age", kind: kReject, pattern: count + " +- +UNIT +- +old|olds"},
	{name: "age-words", kind: kReject, pattern: count + " UNIT ( old | of age )"},
	{name: "amount", kind: kReject, pattern: "$|€|£|¥|# NUM|DECADE"},
	// "in the low 50s", "the upper 80s": degrees or prices, as a decade
	// is early, mid or late.
	{name: "low-decade", kind: kReject, pattern: "the? low|lower|high|upper +-? DECADE"},
	{name: "percent", kind: kReject, pattern: "NUM %|percent"},
	{name: "fraction-quarters", kind: kReject, pattern: "NUM +-? quarters of"},
	// "imports about a quarter of its goods", "a quarter to a third of
	// voters", "grew by a quarter": a fraction; "a quarter of a
	// century" is a length, and "by a quarter to nine" a clock time.
	{name: "fraction-quarter", kind: kReject, pattern: "a|one quarter <of|to|or"},
	// "just over a quarter said they backed it": a share of people, the
	// subject of its verb.
	{name: "fraction-quarter", kind: kReject, pattern: "a|one quarter <said|say|says|were|are|was|is|had|have|thought|think|believed|believe|backed|supported|support|voted|opposed|wanted|want"},
	{name: "by-a-quarter", kind: kReject, pattern: "by|to a|one quarter"},
	// "player of the year", "the car of the decade": an award or title,
	// no time.
	{name: "award-of-the-year", kind: kReject, pattern: "<player|players|coach|manager|person|personality|car|album|song|record|book|word|team|athlete|sportsman|sportswoman|driver|rookie|artist|footballer|cricketer|entrepreneur|businessman|businesswoman|teacher|journalist|photographer|goal|newcomer|breakthrough|comeback|village|restaurant|building of the year|decade|century|season"},
	{name: "one-at-a-time", kind: kReject, pattern: "one day|week|step at a time"},
	// "cut by a quarter point", "a quarter-point rise": a fraction of a
	// percentage point.
	{name: "quarter-point", kind: kReject, pattern: count + " more|additional|further|another? quarter|quarters +-? point|points|percentage|cent"},
	// "on a quarter-on-quarter basis", "a year-over-year rise": a
	// comparison, not a length of time.
	{name: "unit-on-unit", kind: kReject, pattern: "a|an? UNIT +- +on|over +- +UNIT"},
	{name: "score", kind: kReject, pattern: "NUM +- +NUM"},
	{name: "age-decade", kind: kReject, pattern: "his|her|their|its ( early | late | mid +-? )? DECADE ( and|or|to ( early | late | mid +-? )? DECADE )?"},
	{name: "as-soon-as", kind: kReject, pattern: "as soon as"},
	// "will run a Sunday schedule on Monday", "the Sunday-only service":
	// the kind of a timetable, not a day.
	{name: "weekday-kind", kind: kReject, pattern: "a WEEKDAY <schedule|service|timetable|edition|rota|roster|menu"},
	{name: "weekday-kind", kind: kReject, pattern: "WEEKDAY +- +only"},
	// "as recently as Tuesday night": the date after it is the time.
	{name: "as-recently-as", kind: kReject, pattern: "as recently as"},
	// "a notebook line, code-named April": a name.
	{name: "code-name", kind: kReject, pattern: "code +- +named|name MONTH|SEASON|WEEKDAY"},
	{name: "code-name", kind: kReject, pattern: "codenamed|dubbed MONTH|SEASON|WEEKDAY"},
	// "The truce would last 30 days": "last" is the verb, and "30 days"
	// alone the duration.
	{name: "verb-last", kind: kReject, pattern: "will|would|could|can|may|might|should|must|to|not last <NUM|NUMWORD|a|an|several|FEW"},
	// "The last week of February" is the end of February, not a length
	// of time: a modifier of what follows "of" (refine.go).
	{name: "part-of-period", kind: kReject, pattern: "the first|last|final week|weeks|days|months <of"},
	// "The year before the war" counts from an event, not a date.
	{name: "unit-before-event", kind: kReject, pattern: "the day|week|month|year before|after"},
	{name: "shortly-after", kind: kReject, pattern: "shortly|soon <after|before"},
	// Days named for what happened on them, in no one year: "Bloody
	// Sunday", "Super Tuesday", "Black Monday" (1987, or 1929…), "the
	// Black Saturday fires" ("Black Friday" is a holiday).
	{name: "named-weekday", kind: kReject, pattern: "( bloody|super|blue WEEKDAY | black monday|tuesday|wednesday|thursday|saturday|sunday )"},
	// "The first Sunday of every month" is no one Sunday; "every month"
	// stays a recurrence.
	// "2 mins read", "5 min read": a reading time, on pages that lost
	// their layout.
	{name: "reading-time", kind: kReject, pattern: count + " ( +- +min|mins|minute|minutes | min|mins|minute|minutes ) read"},
	// "4.6 billion years ago", "66 million years old": geology and
	// astronomy, no calendar date.
	{name: "deep-time", kind: kReject, pattern: "million|billion|trillion UNIT ago|earlier|later|before|old"},
	{name: "weekday-of-every-month", kind: kReject, pattern: "<on? the ORD|last ( , ORD )? ( and|or ORD|last )? WEEKDAY <of <every|each <month"},
	// "on December 16, the last Friday before the holidays": the last
	// of some days, not the Friday before the publish date.
	{name: "the-last-weekday", kind: kReject, pattern: "the last WEEKDAY"},
	// "The last night of Hanukkah", "on the last morning of the
	// visit": the last of some nights, not the night before.
	{name: "the-last-part", kind: kReject, pattern: "the|its|their|his|her last PART"},
	// "in the nights after the quake", "the most days above 90": some
	// nights, a count of days; not a recurrence.
	{name: "the-parts-of", kind: kReject, pattern: "in|during the PARTS after|before|that|following|since|of|when|leading"},
	{name: "the-most-days", kind: kReject, pattern: "the most days|weekends|PARTS"},
}

// setRules find recurrences.
var setRules = []rule{
	{name: "every-unit", typ: Set, kind: kSet, pattern: "every|each single? ( " + count + " | half +- )? UNIT"},
	{name: "half-hourly", typ: Set, kind: kSet, pattern: "half +- +hourly"},
	{name: "every-weekday", typ: Set, kind: kSet, pattern: "every|each ( other | second )? WEEKDAY PART?"},
	// "on Sundays", "Tuesday nights", "alternate Fridays": a weekday in
	// the plural recurs.
	{name: "weekdays", typ: Set, kind: kSet, pattern: "alternate? ( WEEKDAYS PART|PARTS? | WEEKDAY PARTS )"},
	// "shut at weekends", "works weekends": every weekend; not "two
	// weekends", "the weekends", which count or name them.
	{name: "weekends", typ: Set, kind: kSet, pattern: "<at|on|over|during|works|work|working weekends"},
	// "on a Friday night", "the sound of a Saturday morning", "one
	// Tuesday in January": some Friday, not a dated one ("attended a
	// Sunday night vigil" is a dated one, the article the vigil's).
	{name: "a-weekday", typ: Date, kind: kSet, pattern: "( <on|of|like a | one ) recent? WEEKDAY PART?"},
	// "in a normal February", "a typical summer": any one of them.
	{name: "a-typical-month", typ: Date, kind: kSet, pattern: "<a|an <normal|typical|average|usual|ordinary MONTH|SEASON"},
	{name: "every-month", typ: Set, kind: kSet, pattern: "every|each ( MONTH DAY? | the? DAY of? MONTH )"},
	{name: "every-part", typ: Set, kind: kSet, pattern: "every|each single? PART"},
	// "in the evenings", "most mornings", "weekday mornings": a part of
	// the day in the plural recurs, where "the long nights" names some.
	{name: "in-the-parts", typ: Set, kind: kSet, pattern: "<in|during the PARTS"},
	{name: "most-parts", typ: Set, kind: kSet, pattern: "most|weekday|weeknight PARTS"},
	{name: "most-days", typ: Set, kind: kSet, pattern: "most days|weekends"},
	{name: "every-season", typ: Set, kind: kSet, pattern: "every|each single? SEASON"},
	{name: "every-other-unit", typ: Set, kind: kSet, n: 2, pattern: "every other|second UNIT"},
	// "Twice a week", "three times per day": the unit recurs; how often
	// within it is not part of a TimeML value.
	{name: "times-a-unit", typ: Set, kind: kSet, n: 1, pattern: "( once | twice | thrice | NUM|NUMWORD|several|many times ) a|an|per UNIT"},
	{name: "times-frequency-word", typ: Set, kind: kSet, pattern: "( once | twice | thrice | NUM|NUMWORD|several|many times ) " + frequencyAdverbs},
	// "five days a week", "24 hours a day": so much of each unit, which
	// recurs; not a length of time.
	{name: "units-a-unit", typ: Set, kind: kSet, n: 1, pattern: "NUM|NUMWORD UNIT a|an|per UNIT"},
	{name: "parts-a-unit", typ: Set, kind: kSet, n: 1, pattern: "NUM|NUMWORD PARTS a|an|per UNIT"},
	{name: "frequency-word", typ: Set, kind: kSet, pattern: frequencyAdverbs},
}

// referenceRules find vague references to the present, past and future.
var referenceRules = []rule{
	{name: "ref-word", typ: Date, kind: kFixed, pattern: "now|currently|nowadays|recently|lately"},
	{name: "ref-adjective", typ: Date, kind: kFixed, pattern: "current"},
	// "the current account", "alternating current": no time.
	{name: "current-noun", kind: kReject, pattern: "( current account|accounts | alternating|direct|electric|electrical current )"},
	// "near Swift Current.", "against the current,": an adjective comes
	// before its noun.
	{name: "current-noun", kind: kReject, pattern: "current <.|,|;|:|?|!|)"},
	{name: "the-past", typ: Date, kind: kFixed, pattern: "the past|present|future"},
	// "the past five sessions", "the past few games": a count of things
	// that are not units of time.
	{name: "the-past-count", kind: kReject, pattern: "the past NUM|NUMWORD|FEW"},
	{name: "these-days", typ: Date, kind: kFixed, value: "PRESENT_REF", pattern: "these days"},
	{name: "those-days", typ: Date, kind: kFixed, value: "PAST_REF", pattern: "<in those days"},
	{name: "at-present", typ: Date, kind: kFixed, value: "PRESENT_REF", pattern: "<at present"},
	{name: "at-the-time", typ: Date, kind: kFixed, value: "PAST_REF", pattern: "<at the time"},
	// "at the time of its founding": the time of an event named, as
	// "when" would say it, not a time of its own.
	{name: "at-the-time-of", kind: kReject, pattern: "at the time of"},
	{name: "the-near-term", typ: Date, kind: kFixed, value: "FUTURE_REF", pattern: "the near|short term|future"},
	{name: "a-later-date", typ: Date, kind: kFixed, value: "FUTURE_REF", pattern: "a later date"},
	{name: "one-day", typ: Date, kind: kFixed, value: "FUTURE_REF", pattern: "<will|could|may|might|would|can|he|she|they|we|i one day"},
	// "will soon", "may soon", "very soon": the near future. Alone, "soon"
	// also tells how one past event followed another ("was soon
	// released"), and "as soon as" or "soon after" ties it to an event.
	{name: "soon", typ: Date, kind: kFixed, value: "FUTURE_REF", pattern: "<will|would|could|may|might|should|must|can|shall|to soon"},
	{name: "soon", typ: Date, kind: kFixed, value: "FUTURE_REF", pattern: "very soon"},
	{name: "soon", typ: Date, kind: kFixed, value: "FUTURE_REF", pattern: "soon <will|would|could|may|might|can|shall"},
	{name: "soon-after", kind: kReject, pattern: "<will|would|could|may|might|should|must|can|shall|to|very? soon after|afterwards|afterward|thereafter|before|as|enough|than"},
	{name: "few-units-ago", typ: Date, kind: kFixed, value: "PAST_REF", pattern: "FEW UNIT ago"},
	{name: "moments-ago", typ: Date, kind: kFixed, value: "PAST_REF", pattern: "( a few | a | several )? moments|moment ago"},
	// "A generation ago, in the early 1960s": a time past of no set
	// length; "a generation from now" one ahead.
	{name: "generation-ago", typ: Date, kind: kFixed, value: "PAST_REF", pattern: "( a | one | a few | two | several )? generation|generations ago"},
	{name: "generation-hence", typ: Date, kind: kFixed, value: "FUTURE_REF", pattern: "a|one generation from now|hence"},
}
