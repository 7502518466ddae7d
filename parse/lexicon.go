package parse

import "time"

// class is a bit set of the roles a token can play in a time expression.
type class uint32

const (
	cMonth     class = 1 << iota // January, Jan, Sept.
	cWeekday                     // Tuesday, Tue.
	cNum                         // a cardinal: 2, two, a
	cOrd                         // an ordinal: third, 3rd
	cDay                         // a day of the month: 13, 13th
	cYear                        // a four-digit year: 1962
	cUnit                        // day, weeks, month, year...
	cSeason                      // spring, summer...
	cPart                        // morning, night...
	cDir                         // last, next, this, past, coming...
	cDash                        // - – — and the non-breaking hyphen
	cISODate                     // 2025-03-12
	cClock                       // 10:35
	cSlashDate                   // 3/12/2025
	cDecade                      // 1990s, '90s, nineties
	cAmPm                        // a.m., pm
	cZone                        // EST, GMT
	cFew                         // few, several, some: an unspecified number
	cFrac                        // 1/2, half
	cYearRange                   // 1998-99
	cHour                        // 1 … 24, a number that can be an hour
	cNumWord                     // a number written as a word: two, twenty
	cAmClock                     // a clock time sure to be one: with its a.m. or p.m. (7am, 10:30pm) or after a preposition ("since 13:30")
	cMonthDay                    // 11/26: a month and day, no year
	cDayTh                       // a day of the month as an ordinal in figures: 5th
	cWeekdays                    // Sundays: a weekday that recurs
	cParts                       // nights, mornings: a part of the day that recurs
	cDecimal                     // 7.2: a number with a fraction in figures
	cPartHour                    // 7 in "every morning at 7": a bare hour after a part of the day
)

// classNames maps the upper-case names used in rule patterns to classes.
var classNames = map[string]class{
	"MONTH":     cMonth,
	"WEEKDAY":   cWeekday,
	"NUM":       cNum,
	"ORD":       cOrd,
	"DAY":       cDay,
	"YEAR":      cYear,
	"UNIT":      cUnit,
	"SEASON":    cSeason,
	"PART":      cPart,
	"DIR":       cDir,
	"ISODATE":   cISODate,
	"CLOCK":     cClock,
	"SLASHDATE": cSlashDate,
	"DECADE":    cDecade,
	"AMPM":      cAmPm,
	"ZONE":      cZone,
	"FEW":       cFew,
	"FRAC":      cFrac,
	"YEARRANGE": cYearRange,
	"HOUR":      cHour,
	"NUMWORD":   cNumWord,
	"AMCLOCK":   cAmClock,
	"MONTHDAY":  cMonthDay,
	"DAYTH":     cDayTh,
	"WEEKDAYS":  cWeekdays,
	"PARTS":     cParts,
	"DECIMAL":   cDecimal,
	"PARTHOUR":  cPartHour,
}

// unit is a calendar unit, ordered from finest to coarsest.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uPartOfDay
	uDay
	uWeekend
	uWeek
	uMonth
	uSeason
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
)

// word is a lexicon entry: what one lower-cased word (or punctuation mark)
// can mean inside a time expression.
type word struct {
	text    string
	id      int // the order the word was added to the lexicon in
	cls     class
	month   time.Month
	weekday time.Weekday
	n       int    // value of a number word or ordinal
	unit    unit   // for units and for day words such as "yesterday"
	dir     int    // -1 for last/past/ago, +1 for next/coming, 0 for this
	season  string // TimeML season code
	part    string // TimeML part-of-day code
	// mod is the TimeML modifier a word gives the expression whose rule
	// matched it ("end" END in "the end of the decade").
	mod string
	// ref is the fixed value of a word naming a vague time ("recently"
	// PAST_REF).
	ref string
	// dayWord marks "yesterday", "today" and "tomorrow"; dir is their
	// offset in days.
	dayWord bool
	// abbrev marks words that take a following period as part of
	// themselves ("Sept.", "Mr."), so the period neither ends a sentence
	// nor breaks a pattern.
	abbrev bool
	// ambiguous marks month names that are also common words ("may",
	// "march"): they count as months only where the context says so.
	ambiguous bool
}

// The tables below are the vocabulary of the tagger. Rules refer to their
// classes; adding a spelling means adding an entry here.

var monthWords = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdayWords = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday,
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

// unitMultiples are unit words that stand for several units.
var unitMultiples = map[string]int{"fortnight": 2, "fortnights": 2}

var unitWords = map[string]unit{
	"seconds": uSecond, "minute": uMinute, "minutes": uMinute,
	"hour": uHour, "hours": uHour, "day": uDay, "days": uDay,
	"week": uWeek, "weeks": uWeek, "fortnight": uWeek, "fortnights": uWeek,
	"month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter,
	"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury, "weekend": uWeekend, "weekends": uWeekend,
	// Abbreviations of sports reports, listings and posts: "90 mins",
	// "a 3-hr delay", "2 yrs ago".
	"min": uMinute, "mins": uMinute, "hr": uHour, "hrs": uHour, "wk": uWeek, "wks": uWeek,
	"yr": uYear, "yrs": uYear,
}

// fewWords stand for an unspecified number ("several weeks" is PXW).
var fewWords = []string{"few", "several", "some", "many", "couple", "numerous", "multiple"}

// decadeWords name the decades of the twentieth century.
var decadeWords = map[string]int{
	"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195,
	"sixties": 196, "seventies": 197, "eighties": 198, "nineties": 199,
}

// ampmWords mark a clock time as morning or afternoon.
var ampmWords = map[string]int{"a.m.": 0, "a.m": 0, "am": 0, "p.m.": 12, "p.m": 12, "pm": 12}

// zoneWords are time zones written after clock times; they belong to the
// expression but do not change its value.
var zoneWords = []string{"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "ct", "pt", "msk", "jst", "aest"}

// modWords, inside a rule's own words, give its date a TimeML modifier:
// "the end of the decade" is END. Modifiers before a match ("early",
// "nearly") are the refiner's (see modifiers).
var modWords = map[string]string{
	"early": "START", "late": "END", "mid": "MID", "middle": "MID",
	"beginning": "START", "start": "START", "end": "END", "midyear": "MID",
	"so": "APPROX", // "a week or so ago"
}

// refWords name vague times: the present, the past, the future.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
	"nowadays": "PRESENT_REF", "present": "PRESENT_REF",
	"recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF",
	"formerly": "PAST_REF", "lately": "PAST_REF", "past": "PAST_REF",
	"future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
}

// dirWords give the direction of "last June", "next week", "this year".
var dirWords = map[string]int{
	"last": -1, "past": -1, "previous": -1, "preceding": -1,
	"next": 1, "coming": 1, "following": 1, "this": 0, "current": 0,
}

// dayWords are single words naming a day relative to the reference date.
var dayWords = map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1, "tmrw": 1}

var seasonWords = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

var partWords = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"tonight": "NI", "overnight": "NI",
}

// abbreviations take a following period as part of the word. Month and
// weekday abbreviations are added from the tables above.
var abbreviations = []string{
	"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt",
	"sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "inc", "corp", "co",
	"ltd", "bros", "vs", "etc", "no", "nos", "vol", "fig", "mt", "ft", "approx",
	"dept", "est", "pres", "rev", "hon", "messrs", "gens", "sens", "reps",
}

// reportingWords are words of business and economic reports. A quarter or
// half without a year ("the fourth quarter", "the first half") is a part
// of the calendar only near one of them; elsewhere it is as likely a part
// of a game ("scored twice in the first half").
var reportingWords = map[string]bool{
	"profit": true, "profits": true, "loss": true, "losses": true, "sales": true,
	"revenue": true, "revenues": true, "earnings": true, "income": true, "results": true,
	"growth": true, "economy": true, "economic": true, "gdp": true, "output": true,
	"inflation": true, "dividend": true, "shares": true, "share": true, "percent": true,
	"%": true, "billion": true, "million": true, "exports": true, "imports": true,
	"production": true, "investment": true, "spending": true, "deficit": true,
	"surplus": true, "demand": true, "orders": true, "quarterly": true, "fiscal": true,
	"forecast": true, "outlook": true, "company": true, "firm": true, "bank": true,
	"market": true, "markets": true, "prices": true, "unemployment": true, "rate": true,
	"rates": true, "budget": true, "report": true, "reported": true, "reports": true,
	"charge": true, "charges": true, "cost": true, "costs": true, "jobs": true,
	"net": true, "pretax": true, "operating": true, "analysts": true, "investors": true,
}

// gameWords are words of sports reports, and of nothing else. A quarter
// or half without a year in a sentence with one of them, or just after
// one, is a part of a game even when a business word is near ("a £50
// million signing scored in the second half").
var gameWords = map[string]bool{
	"scored": true, "touchdown": true, "touchdowns": true, "inning": true, "innings": true,
	"rebounds": true, "assists": true, "yards": true, "equalised": true, "equalized": true,
	"equaliser": true, "equalizer": true, "halftime": true, "whistle": true, "striker": true,
	"quarterback": true, "trailed": true, "minute": true, "kickoff": true, "goalkeeper": true,
}

// measureWords are words of weather reports and readings. In a sentence
// with one of them, "the 30s" or "the low 50s" are degrees, not decades
// ("highs in the 40s").
var measureWords = map[string]bool{
	"temperature": true, "temperatures": true, "temps": true, "highs": true,
	"lows": true, "degrees": true, "degree": true, "fahrenheit": true,
	"celsius": true, "thermometer": true, "thermometers": true, "mercury": true,
	"chill": true, "°": true,
}

// seasonKinds are nouns a season names a kind of: "a winter storm
// warning", "summer camps", "the spring collection" are no time.
var seasonKinds = map[string]bool{
	"storm": true, "storms": true, "weather": true, "coat": true, "coats": true,
	"clothes": true, "clothing": true, "tires": true, "tyres": true, "wheat": true,
	"camp": true, "camps": true, "job": true, "jobs": true, "school": true,
	"solstice": true, "equinox": true, "collection": true, "collections": true,
	"sports": true, "squash": true, "wonderland": true, "resort": true, "resorts": true,
	"blockbuster": true, "blockbusters": true, "fashion": true, "home": true,
	"house": true, "residence": true, "palace": true, "crops": true, "crop": true,
}

// ambiguousMonths are month names that are also ordinary words.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "mar": true, "jan": true, "sun": true, "sat": true, "wed": true}

// lexicon maps lower-cased words and punctuation to their entries.
var lexicon = buildLexicon()

// addWord returns the word s of lex, adding it if it is new.
func addWord(lex map[string]*word, s string) *word {
	w := lex[s]
	if w == nil {
		w = &word{text: s, id: len(lex)}
		lex[s] = w
	}
	return w
}

func buildLexicon() map[string]*word {
	lex := map[string]*word{}
	get := func(s string) *word { return addWord(lex, s) }
	for s, m := range monthWords {
		w := get(s)
		w.cls |= cMonth
		w.month = m
		w.abbrev = len(s) <= 4 && s != "may" && s != "june" && s != "july"
		w.ambiguous = ambiguousMonths[s]
	}
	for s, d := range weekdayWords {
		w := get(s)
		w.cls |= cWeekday
		w.weekday = d
		w.abbrev = len(s) <= 5
		w.ambiguous = ambiguousMonths[s]
		if len(s) > 5 {
			w = get(s + "s")
			w.cls |= cWeekdays
			w.weekday = d
		}
	}
	for s, n := range numberWords {
		w := get(s)
		w.cls |= cNum | cNumWord
		if s == "a" || s == "an" {
			w.cls &^= cNumWord // a count, but never part of a spelled year
		}
		w.n = n
	}
	for s, n := range ordinalWords {
		w := get(s)
		w.cls |= cOrd
		w.n = n
	}
	for s, u := range unitWords {
		w := get(s)
		w.cls |= cUnit
		w.unit = u
	}
	for s, d := range dirWords {
		w := get(s)
		w.cls |= cDir
		w.dir = d
	}
	for s, d := range dayWords {
		w := get(s)
		w.dayWord = true
		w.dir = d
	}
	for s, c := range seasonWords {
		w := get(s)
		w.cls |= cSeason
		w.season = c
	}
	for s, c := range partWords {
		w := get(s)
		w.cls |= cPart
		w.part = c
		if s != "tonight" && s != "overnight" {
			w = get(s + "s")
			w.cls |= cParts
			w.part = c
		}
	}
	for _, s := range fewWords {
		get(s).cls |= cFew
	}
	for s, d := range decadeWords {
		w := get(s)
		w.cls |= cDecade
		w.n = d
	}
	for s, h := range ampmWords {
		w := get(s)
		w.cls |= cAmPm
		w.n = h
	}
	for _, s := range zoneWords {
		get(s).cls |= cZone
	}
	for s := range zoneNames {
		get(s)
	}
	for s, m := range modWords {
		get(s).mod = m
	}
	for s, r := range refWords {
		get(s).ref = r
	}
	get("half").cls |= cFrac
	for _, s := range abbreviations {
		get(s).abbrev = true
	}
	// An abbreviation with its period is the same word: "Sept." is "sept".
	var dotted []string
	for s, w := range lex {
		if w.abbrev {
			dotted = append(dotted, s)
		}
	}
	for _, s := range dotted {
		lex[s+"."] = lex[s]
	}
	for _, s := range []string{"-", "–", "—", "‐", "‑", "‒"} {
		get(s).cls |= cDash
	}
	for _, s := range []string{",", ".", "'s", "'", "/", ":", ";", "!", "?", "(", ")", "\"", "“", "”", "`", "$", "€", "£", "%"} {
		get(s)
	}
	return lex
}
