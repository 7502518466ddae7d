package parse

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
)

// resolver holds what resolving one match needs.
type resolver struct {
	d *document
	m match
	f *fields
	r *rule
	// anchor is the date relative expressions count from, zero when
	// unknown; anchorName says what it is, for explanations.
	anchor     time.Time
	anchorName string
	// anchorUnit is the unit of an anchor taken from the date last
	// mentioned (a year for "in 2003"), zero for the publish date.
	anchorUnit unit
	tense      tense
	// pastVerb is set when a past-tense verb and a preposition right
	// before the match govern it ("began in April"): the past is certain.
	pastVerb bool
	// willVerb is set when "will" governs the match in its clause ("will
	// take over in January"): the future is certain.
	willVerb bool
	// beforeAhead is set when the match lies in a phrase of "after" and
	// a verb in "-ing" in a sentence that looks ahead: "will return to
	// deliberations today after failing to reach a verdict on
	// Wednesday". What comes before an event ahead may lie on either
	// side of now; a weekday is the nearer.
	beforeAhead bool
	// afterNow is set when the match ends a span that starts now
	// ("between now and the end of April"): it lies ahead, however near.
	afterNow bool
	// scheduled is set when a present-tense verb of a scheduled event
	// governs the match in its clause ("lawmakers return in November").
	scheduled bool
	// carried is set when the year was taken from a year written just
	// before (see narrative); from is then the date it came from, as it
	// is for a day of the month placed in the month of a date named just
	// before (see dayOfMonth).
	carried bool
	from    time.Time
	// inRange is set when the year carried is that of a range whose last
	// date was named just before, not that date's own; lookedBack when
	// it is the year before that date's, for a past perfect (see
	// narrative).
	inRange, lookedBack bool
	// coarse is set when an anaphoric expression's unit is finer than
	// the date last mentioned: it has no anchor.
	coarse bool
}

// resolution is what resolving one match produced.
type resolution struct {
	value, mod, why string
	typ             Type // when not empty, replaces the rule's type
	usedAnchor      bool // the value depends on the anchor
	reject          bool // the match is not a time expression after all
	// point is, for durations that place an event ("two days later"),
	// the date they point to.
	point string
}

// resolvers compute the value of each kind of rule.
var resolvers = [...]func(*resolver) resolution{
	kDate:         (*resolver).date,
	kWeekday:      (*resolver).weekday,
	kShift:        (*resolver).shift,
	kClock:        (*resolver).clockWithRange,
	kSeason:       (*resolver).season,
	kQuarter:      (*resolver).quarter,
	kMonthQuarter: (*resolver).monthQuarter,
	kPeriod:       (*resolver).period,
	kSameUnit:     (*resolver).sameUnit,
	kDecade:       (*resolver).decade,
	kCentury:      (*resolver).century,
	kEraYear:      (*resolver).eraYear,
	kSpelledYear:  (*resolver).spelledYear,
	kThousandYear: (*resolver).yearTwoThousand,
	kYearRange:    (*resolver).yearRange,
	kHoliday:      (*resolver).holiday,
	kNewYear:      (*resolver).newYear,
	kWeekOf:       (*resolver).weekOf,
	kNthWeekday:   (*resolver).nthWeekday,
	kDayOfMonth:   (*resolver).dayOfMonth,
	kSecondDay:    (*resolver).secondDay,
	kFirstDay:     (*resolver).firstDay,
	kDuration:     (*resolver).duration,
	kSet:          (*resolver).set,
	kFixed:        (*resolver).fixed,
	kReject:       func(*resolver) resolution { return resolution{reject: true} },
}

func (x *resolver) resolve() resolution {
	return resolvers[x.r.kind](x)
}

// yearOwners, before a year, make it name a thing: "its 2025 budget",
// "the 2024 election".
var yearOwners = wordSet("its their his her our your my the a this that")

// yearOfSentence returns the year written in the date named last, when
// that is earlier in the match's sentence, outside a clause set aside,
// and on the same side of the publish date as the tense of the match
// puts it: "reset in 2008 alone, many of them in the first half of the
// year", "sales rose in 2005 and fell later in the year".
func (x *resolver) yearOfSentence() (int, bool) {
	d, p := x.d, x.d.last
	if p.start.IsZero() || p.u < uMonth || p.u > uYear || d.lastKind != kDate || d.ref.IsZero() || d.lastTok >= x.m.first || d.lastTok < d.sentenceOf(x.m.first).Start || d.asideClause(match{first: d.lastTok, last: d.lastEnd}) {
		return 0, false
	}
	if d.sinceClause(d.lastTok) {
		return 0, false // "the steepest fall since records began in 1959": a mark of the past
	}
	if i := d.lastTok - 1; i >= 0 && (inSet(d.text, &d.toks[i], yearOwners) || d.toks[i].w != nil && d.toks[i].w.text == "'s") {
		return 0, false // "submit its 2025 budget before the end of the year": a year that names a thing
	}
	y := p.start.Year()
	switch {
	case y < d.ref.Year() && x.tense == tensePast, y > d.ref.Year() && x.tense != tensePast:
		return y, true
	}
	return 0, false
}

// ref names the anchor in explanations: "publish date 2025-03-12".
func (x *resolver) ref() string {
	return x.anchorName + " " + x.anchor.Format("2006-01-02")
}

// noAnchor is the resolution of a relative expression when no date to
// count from is known: no value rather than a guess.
func noAnchor() resolution {
	return resolution{why: "relative expression and no reference date is known"}
}

// direction returns the way to look for a month, weekday or season
// without a year: a direction word, else the tense; nearest is true when
// neither says.
func (x *resolver) direction() (dir int, nearest bool) {
	if x.f.hasDir {
		return x.f.dir, false
	}
	if x.tense != tensePast && x.earliest() {
		return 1, false // "a motion could be tabled as early as Friday"
	}
	switch x.tense {
	case tensePast:
		return -1, false
	case tenseFuture:
		return 1, false
	case tensePresent:
		if x.scheduled {
			return 1, false
		}
	}
	return 0, true
}

func (x *resolver) date() resolution {
	f := x.f
	if f.slash != "" {
		return x.slashDate()
	}
	if x.r.name == "september-eleventh" && f.month == 9 && f.day == 11 && !x.d.ref.IsZero() && x.d.ref.After(day(2001, 9, 11)) {
		return resolution{value: "2001-09-11", why: "the day of the attacks of 2001, which the word after it names"}
	}
	var res resolution
	if f.year != 0 && f.month == 0 && !f.fiscal && x.nameYear() {
		return resolution{reject: true}
	}
	if f.year != 0 {
		res.why = "date as written"
		if f.fiscal {
			res.why = "fiscal year as written"
		}
		if x.r.name == "this-day-in-year" && !x.d.ref.IsZero() {
			// "On this day in 1999": the publish date's day of that year.
			f.month, f.day = int(x.d.ref.Month()), x.d.ref.Day()
			res.why, res.usedAnchor = "the publish date's day of the year written", true
		}
	} else {
		if f.month == 0 {
			return resolution{why: "no calendar fields"}
		}
		if y, closing, ok := x.closingYear(); ok {
			// Settled here, not only when the timexes are done (see
			// shareYears), so that what counts from this date counts
			// from its year: "from February 20 to 24, 2024, … a matinee
			// on the Saturday".
			f.year, res.why = y, "the year of '"+closing+"', which closes the range or list it opens"
			return x.dateValue(res)
		}
		if f.day == 0 && !f.hasDir && x.habitual() {
			return resolution{value: fmt.Sprintf("XXXX-%02d", f.month), why: "month in a sentence of what happens as a rule, not in one year"}
		}
		if f.day != 0 && !f.hasDir && !f.hasWeekday && !f.hasClock && (x.yearlyOn() || x.habitual() && x.d.hasWord(x.d.sentenceOf(x.m.first).Start, x.m.first, ruleWords)) {
			// "The ceremony is held every year on 27 January", "the
			// monsoon usually reaches Kerala around 1 June".
			return resolution{value: fmt.Sprintf("XXXX-%02d-%02d", f.month, f.day), why: "day of the year in a sentence of what happens as a rule, not in one year"}
		}
		if x.anchor.IsZero() {
			return noAnchor()
		}
		res.usedAnchor = true
		order := x.numericOrder()
		f.year, res.why = x.yearOf(f.month, f.day)
		res.why = order + res.why
	}
	return x.dateValue(res)
}

// dateValue finishes the resolution of a calendar date whose fields are
// settled: its value, its modifier and its clock time.
func (x *resolver) dateValue(res resolution) resolution {
	f := x.f
	switch {
	case f.unit == uHalf && f.ord == 1:
		res.mod = "START" // "the first half of October"
	case f.unit == uHalf && f.ord == 2:
		res.mod = "END"
	}
	switch {
	case f.month == 0:
		res.value = fmt.Sprintf("%04d", f.year)
	case f.day == 0:
		res.value = fmt.Sprintf("%04d-%02d", f.year, f.month)
	case ValidDate(f.year, f.month, f.day):
		res.value = fmt.Sprintf("%04d-%02d-%02d", f.year, f.month, f.day)
		if f.hasClock {
			res.value += clockSuffix(f)
			res.typ = Time
		}
	default:
		return resolution{why: "no such day in the calendar"}
	}
	return res
}

// closingYear returns the year written on the date that closes the range
// or list the match opens, and that date's text: "from February 20 to
// 24, 2024", "between March 1 and March 5, 2024". A start later in the
// year than the end is in the year before ("from December 28 to January
// 3, 2025").
func (x *resolver) closingYear() (int, string, bool) {
	d, f := x.d, x.f
	if !calendarRule[x.r.name] || f.hasDir {
		return 0, "", false
	}
	k := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].first >= x.m.last })
	if k >= len(d.matches) {
		return 0, "", false
	}
	n := d.matches[k]
	if n.rule.kind != kDate && n.rule.kind != kSecondDay {
		return 0, "", false
	}
	first, last := n.span()
	// The closing date's own fields, read from its tokens as extract
	// would, without the cost of a full extraction.
	y, month, dd := 0, 0, 0
	for i := first; i < last; i++ {
		e, t := n.elems[i-n.first], &d.toks[i]
		if e == nil {
			continue
		}
		switch c := t.cls & e.cls; {
		case c&cYear != 0 && t.num >= 100:
			y = t.num
		case c&cMonth != 0:
			month = int(t.w.month)
		case c&(cDay|cDayTh) != 0 && t.w == nil:
			dd = t.num
		}
	}
	if y == 0 || month == 0 && n.rule.kind != kSecondDay || !joined(d.text[d.toks[x.m.last-1].end:d.toks[first].start]) {
		return 0, "", false // "in April and July, through the end of 1999": a year alone ends no range of months
	}
	if month == 0 {
		month = f.month // "24, 2024" after "February 20 to"
	}
	if f.month > month || f.month == month && f.day != 0 && dd != 0 && f.day > dd {
		y--
	}
	return y, d.text[d.toks[first].start:d.toks[last-1].end], true
}

// numericOrder settles which figure of a month and day written without a
// year ("on 3/12") is the month, and says how. Figures that read both
// ways follow the article's full dates (see writesDayFirst); otherwise
// the month comes first, as in American news.
func (x *resolver) numericOrder() string {
	switch x.f.numeric {
	case numericDayFirst:
		return fmt.Sprintf("figures day first since %d cannot be a month; ", x.f.day)
	case numericEither:
		if x.d.writesDayFirst() {
			x.f.month, x.f.day = x.f.day, x.f.month
			return "figures day first, as the article writes its full dates; "
		}
		return "figures month first, as in American news; "
	}
	return ""
}

// writesDayFirst reports whether the article writes a full numeric date
// day first, as slashDate reads it: with points ("12.03.2025"), or with
// a first number that cannot be a month ("31/03/2025", "13-03-2025").
func (d *document) writesDayFirst() bool {
	for i := range d.toks {
		t := &d.toks[i]
		if t.cls&cSlashDate == 0 {
			continue
		}
		s := d.text[t.start:t.end]
		a := digitsPrefix(s)
		if s[len(a)] == '.' || atoi(a) > 12 {
			return true
		}
	}
	return false
}

// yearOf finds the year of a month (and day) written without one: from a
// year expression right after it ("June last year"), a weekday that only
// fits one year, a direction word, or the tense.
func (x *resolver) yearOf(month, dd int) (int, string) {
	name := time.Month(month).String()
	if x.f.hasDir && x.f.unit == uYear {
		// "June last year", "October of this year".
		return x.anchor.Year() + x.f.dir, fmt.Sprintf("%s of the year %s the %s", name, relWord(x.f.dir), x.ref())
	}
	if x.f.hasWeekday && dd != 0 {
		y := yearForWeekday(x.anchor, month, dd, x.f.weekday)
		ahead := y != 0 && x.tense == tenseFuture && day(y, time.Month(month), dd).After(x.d.ref)
		if y == 0 || absDays(day(y, time.Month(month), dd), x.anchor) > flashbackDays || x.d.history() && x.d.lastFrame >= frameParagraph && !ahead {
			// (In a history's account the weekday is checked against the
			// account's year first, even on an anniversary whose
			// weekday is the same: "Monday, 5 June" in a history of
			// 1967 written on 5 June 2017.)
			// "On Tuesday, 23 October" in a history of 1956: the
			// weekday fits the year of its account, not the news's;
			// but in the future tense, nearest the publish date ahead,
			// it is the news's ("A memorial service will be held on
			// Saturday, Jan. 24" at the end of an obituary).
			if ny, ok := x.accountYear(month, dd); ok {
				return ny, fmt.Sprintf("the year of the account told before it, %d, in which %s %d is a %s", ny, name, dd, x.f.weekday)
			}
			if ty := x.d.topicYear; ty != 0 && x.d.history() && ValidDate(ty, month, dd) && day(ty, time.Month(month), dd).Weekday() == x.f.weekday {
				x.carried, x.from = true, day(ty, time.January, 1)
				return ty, fmt.Sprintf("the year the history is about, %d, in which %s %d is a %s", ty, name, dd, x.f.weekday)
			}
		}
		if y != 0 {
			return y, fmt.Sprintf("the year in which %s %d is a %s, nearest the %s", name, dd, x.f.weekday, x.ref())
		}
	}
	at := func(y int) time.Time {
		if dd == 0 {
			return day(y, time.Month(month), 1)
		}
		return day(y, time.Month(month), min(dd, daysIn(y, time.Month(month))))
	}
	if y, ok := x.whenYear(); ok {
		return y, fmt.Sprintf("%s in a 'when' clause that tells of the year %d before it: of that year", name, y)
	}
	if y, ok := x.sameSentenceDay(month, dd); ok && !x.f.hasDir {
		return y, fmt.Sprintf("%s %d in the sentence of %s, within a month after it: of its year", name, dd, x.d.last.value())
	}
	if y, ok := x.openingYear(); ok && !x.f.hasDir {
		return y, fmt.Sprintf("%s in a sentence that opens with the year %d, this year or later: the %s of that year", name, y, name)
	}
	if start, ok := x.rangeStart(); ok && !x.f.hasDir {
		y := start.Year()
		if at(y).Before(start) {
			y++
		}
		return y, fmt.Sprintf("end of a range from %s: the first %s not before it", x.d.last.value(), name)
	}
	if start, ok := x.datedLine(); ok && !x.f.hasDir {
		y := start.Year()
		if at(y).Before(start) {
			y++
		}
		return y, fmt.Sprintf("in a sentence without a verb that opens with %s: the first %s not before it", x.d.last.value(), name)
	}
	if start, ok := x.listedAfter(); ok && dd == 0 && !x.f.hasDir {
		y := start.Year()
		if !at(y).After(start) {
			y++
		}
		return y, fmt.Sprintf("listed after %s: the first %s after it", x.d.last.value(), name)
	}
	if dd == 0 && !x.f.hasDir && !x.d.ref.IsZero() && contractMonth(x.d, x.m) {
		// "the December contract ended at $4.72", written in April: a
		// contract still traded, which expires in its month.
		y := x.d.ref.Year()
		if time.Month(month) < x.d.ref.Month() {
			y++
		}
		return y, fmt.Sprintf("month of a futures contract: the first %s from the month of the publish date %s", name, x.d.ref.Format("2006-01-02"))
	}
	what := "month"
	if dd != 0 {
		what = "date"
	}
	dir, nearest := x.direction()
	if !x.f.hasDir && dir < 0 && x.deadline() && !x.pastPerfect() && !x.reachedBy() {
		// "said it would finish by August": a deadline in a report of
		// the past may lie ahead, unless it was met ("had fallen").
		dir, nearest = 0, true
	}
	if !x.f.hasDir && (x.rescheduled() || x.startsFrom() || x.perfectAhead(false) || nearest && x.tense != tensePast && x.deadline()) {
		// "postponed to September"; "the mandate lasts until
		// September": a limit ahead when no past tense puts it behind;
		// "has called an election for June".
		dir, nearest = 1, false
	}
	if !x.f.hasDir && x.arrangedFor() {
		dir, nearest = x.arrangedDir()
	}
	if !x.f.hasDir && (x.pastPlan() || x.forecast()) {
		dir, nearest = 0, true // "the plant was due to open in June", "analysts predicted a cut in September"
	}
	if !x.f.hasDir && x.retroactive() {
		dir, nearest = -1, false // "a raise retroactive to July 1"
	}
	a := x.anchor
	if dd == 0 {
		a = day(a.Year(), a.Month(), 1)
	}
	y := a.Year()
	// "In 2019, he agreed to retire in June": a plan told in the past
	// lies ahead of its own time, not of the publish date.
	plan := x.tense == tenseFuture && !x.willVerb && x.pastVerbEarlier()
	if !x.f.hasDir && (x.tense == tensePast || plan || x.tense == tenseUnknown && x.d.history()) {
		told := "in a past-tense"
		switch {
		case plan:
			told = "planned in a past-tense"
		case x.tense == tenseUnknown:
			told = "in a history's"
		}
		if sy, ok := x.sentenceYear(month); ok {
			return sy, fmt.Sprintf("%s without year %s sentence whose subject is dated %d: the %s of that year", what, told, sy, name)
		}
		// A history's account runs on across paragraphs even to a day
		// just before the publish date (an anniversary's).
		if (x.d.history() && x.d.lastFrame >= frameParagraph || x.d.lastFrame == frameAccount && !x.d.paragraphSince(x.d.lastTok, x.m.first) || x.longPastDay(at) || !recentlyBefore(at, a, dd)) && !x.presentPerfect() {
			if ny, ok := x.narrative(at); ok {
				return ny, fmt.Sprintf("%s without year %s account: the %s of %d, %s", what, told, name, ny, x.toldAfter())
			}
		}
		if y, ok := x.yearJustNamed(at, a, dd); ok {
			return y, fmt.Sprintf("%s without year %s sentence just after the year %d: the %s of that year, not of most of a year before the %s", what, told, y, name, x.ref())
		}
		if y := x.d.topicYear; y != 0 && x.tense != tenseFuture && x.tense != tensePresent && x.d.history() && x.d.lastFrame != frameSentence && (x.d.last.start.Year() <= x.d.ref.Year()-2 || x.d.lastKind != kShift) && !x.timelineEntry() && !x.presentPerfect() && !x.d.backInPresent(x.m.first) {
			// "made landfall on 8 September 1900 … Proposals had been
			// made after a hurricane in 1886 … The storm was first
			// noticed on 27 August": the year the history is about,
			// whose account this takes up again; so too when an
			// account's year no longer fits (but not after a year
			// counted from one, "the following year", which holds
			// only its sentence).
			if p := x.d.last; p.u == uYear && x.d.lastTok < x.m.first && x.d.lastTok >= x.d.sentenceOf(x.m.first).Start && !x.d.asideClause(match{first: x.d.lastTok, last: x.d.lastEnd}) {
				// "a destructive earthquake in 1868, when the fault
				// ruptured on 21 October": the year its sentence names.
				x.carried, x.from = true, p.start
				return p.start.Year(), fmt.Sprintf("%s without year %s history after the year %d in its sentence: the %s of that year", what, told, p.start.Year(), name)
			}
			x.carried, x.from = true, day(y, time.January, 1)
			return y, fmt.Sprintf("%s without year %s history after a date that sets no account: the %s of %d, the year of the history's first date", what, told, name, y)
		}
	}
	switch {
	case nearest:
		// Measured from the middle of the month to the anchor itself, so
		// that a month half a year off is placed by the day of the
		// anchor, not tied.
		mid, ref := at, x.anchor
		if dd == 0 {
			mid = func(y int) time.Time { return at(y).AddDate(0, 0, 14) }
		}
		best := y
		for _, c := range []int{y - 1, y + 1} {
			if absDays(mid(c), ref) < absDays(mid(best), ref) {
				best = c
			}
		}
		return best, fmt.Sprintf("%s without year, %s: the %s nearest the %s", what, x.tense, name, x.ref())
	case x.f.hasDir && dir < 0:
		if !at(y).Before(a) {
			y--
		}
		// "last February" written in March is not the month just over,
		// which would be "last month", but the February before it.
		if dd == 0 && !strings.HasPrefix(x.f.text, "this past") && at(y).AddDate(0, 1, 0).Equal(a) {
			y--
			return y, fmt.Sprintf("'last %s' written the month after one: the %s of the year before", name, name)
		}
		return y, fmt.Sprintf("'%s': the latest %s before the %s", x.f.text, name, x.ref())
	case x.f.hasDir && dir > 0:
		if x.anchorUnit == uYear {
			// "sold in 2003 … the following March": after that year.
			return y + 1, fmt.Sprintf("'%s %s': the %s of the year after %d, the year last mentioned", dirName(dir), name, name, y)
		}
		if !at(y).After(a) {
			y++
		}
		return y, fmt.Sprintf("'%s %s': the first %s after the %s", dirName(dir), name, name, x.ref())
	case x.f.hasDir:
		return y, fmt.Sprintf("'%s': %s of the year of the %s", x.f.text, name, x.ref())
	case dir < 0:
		if at(y).After(a) {
			y--
		}
		if far, near := plausible(dd); !x.pastVerb && absDays(at(y), a) > far && absDays(at(y+1), a) < near && !x.pastRangeFrom(at(y), near) && !x.pastPointer() {
			return y + 1, fmt.Sprintf("%s without year: the %s within %d days after the %s rather than most of a year before it", what, name, near, x.ref())
		}
		return y, fmt.Sprintf("%s without year, %s: the latest %s not after the %s", what, x.tense, name, x.ref())
	default:
		if at(y).Before(a) {
			y++
		}
		if far, near := plausible(dd); absDays(at(y), a) > far && absDays(at(y-1), a) < near && !x.afterNow && (!x.willVerb || absDays(at(y-1), a) <= willSlack) {
			return y - 1, fmt.Sprintf("%s without year: the %s within %d days before the %s rather than most of a year after it", what, name, near, x.ref())
		}
		return y, fmt.Sprintf("%s without year, %s: the first %s not before the %s", what, x.tense, name, x.ref())
	}
}

// yearJustNamed returns the year of the date last named when that is a
// year long past, named in the sentence before (in its own sentence, a
// year dates its own clause: "was founded in 1998 and sold in
// December"), and the month or day starting at(y), told in the past, is
// still to come in the anchor a's year and so would lie most of a year
// before it: "An estimated 140,000 people had died by the end of 1945.
// At 11:02 a.m. on August 9, a second bomb destroyed Nagasaki", written
// on 6 August 2020, is 1945's August 9, not 2019's. A month a few
// months back is still the news's: "droughts in 2014 and 2015. Demand
// picked up from October", written in May.
func (x *resolver) yearJustNamed(at func(int) time.Time, a time.Time, dd int) (int, bool) {
	d := x.d
	p := d.last
	if !x.pastVerb || p.u != uYear || p.start.IsZero() || p.start.Year() > d.ref.Year()-2 || d.lastTok >= x.m.first {
		return 0, false
	}
	if far, _ := plausible(dd); d.sentenceIndex(d.lastTok) != d.sentenceIndex(x.m.first)-1 || !at(a.Year()).After(a) || absDays(at(a.Year()-1), a) <= far {
		return 0, false
	}
	x.carried, x.from = true, p.start
	return p.start.Year(), true
}

// backInPresent reports whether the paragraph of token i opens with a
// sentence in the present tense that names no date, after the date last
// named: "Fifty years on, relations remain tense. Foreign secretaries
// met in June", after a history of 1947, is back in the news's own
// year.
func (d *document) backInPresent(i int) bool {
	k := d.sentenceIndex(i)
	for k > 0 && !d.paragraphSince(d.sents[k-1].Start, d.sents[k].Start) {
		k--
	}
	s := d.sents[k]
	if d.lastTok >= s.Start || d.headingLine(s) {
		return false
	}
	ms := d.markersOf(s)
	for _, mk := range ms {
		if mk.tense != tensePresent && !d.presentPerfectAt(mk.tok) {
			return false // "Two decades on, the differences have narrowed" is present
		}
	}
	if len(ms) > 0 {
		return true
	}
	// Most present verbs of a plural subject are no marker (they are
	// nouns too); those of a state that lasts until now are taken as
	// present ("remain" and "stay" are markers already).
	for i := s.Start; i < s.End; i++ {
		if inSet(d.text, &d.toks[i], lastingVerbs) {
			return true
		}
	}
	return false
}

// lastingVerbs are present plurals of a state that lasts until now:
// "tensions persist".
var lastingVerbs = wordSet("persist linger endure")

// timelineEntry reports whether the match opens a line of a timeline,
// before a colon: "March 11: Ukraine accepts a ceasefire proposal."
func (x *resolver) timelineEntry() bool {
	t := &x.d.toks[x.m.first]
	return (t.breaks > 0 || x.m.first == 0) && x.m.last < len(x.d.toks) && x.d.toks[x.m.last].is(x.d.text, ":")
}

// accountYear returns the year of the past account a weekday and date
// without a year belong to: that of the date last named, at least two
// years before the publish date, or the next, when the date is that
// weekday in it.
func (x *resolver) accountYear(month, dd int) (int, bool) {
	p := x.d.last
	if p.start.IsZero() || x.d.ref.IsZero() || p.u > uYear || p.start.Year() > x.d.ref.Year()-2 {
		return 0, false
	}
	for y := p.start.Year(); y <= p.start.Year()+1; y++ {
		if ValidDate(y, month, dd) && day(y, time.Month(month), dd).Weekday() == x.f.weekday {
			x.carried, x.from = true, p.start
			return y, true
		}
	}
	return 0, false
}

// fiscalWords name a year that is not the calendar's.
var fiscalWords = regexp.MustCompile(`(?i)fiscal|financial|\bFY`)

// sameSentenceDay returns the year of a day or month written with its
// year earlier in the sentence, when the day without a year follows it
// within a month (two after a month): "the notice served on 4 March 2020
// was not received until 13 March".
func (x *resolver) sameSentenceDay(month, dd int) (int, bool) {
	d := x.d
	p := d.last
	// A month counted from the publish date sets no account, but a day
	// of that very month is in it: "Last January, 33,537 people filed on
	// January 1". A month past holds only a day told in the past ("took
	// office in February, is to be replaced on Feb. 2" is the coming one).
	ofMonth := p.u == uMonth && p.start.Month() == time.Month(month) && !d.ref.IsZero() &&
		(p.start.Before(d.ref) && x.tense == tensePast || p.start.After(d.ref) && x.tense != tensePast)
	if dd == 0 || p.u > uMonth || p.start.IsZero() || d.lastFrame < frameParagraph && !ofMonth || d.lastTok >= x.m.first || d.lastTok < d.sentenceOf(x.m.first).Start {
		return 0, false
	}
	reach := 31
	switch {
	case p.u == uMonth:
		reach = 62 // "When Japan surrendered in August 1945, Mao flew to Chongqing on 28 August"
	case p.start.Year() <= d.ref.Year()-longPastYears:
		reach = 92 // "left Kathmandu on 10 March 1953 and established base camp on 12 April"
	}
	for y := p.start.Year(); y <= p.start.Year()+1; y++ {
		if t := day(y, time.Month(month), min(dd, daysIn(y, time.Month(month)))); (t.After(p.start) || p.u == uMonth && t.Equal(p.start)) && absDays(t, p.start) <= reach {
			x.carried, x.from = true, p.start
			return y, true
		}
	}
	return 0, false
}

// openingYear returns the year that opens the sentence of the match, when
// it is the publish date's or a later one: "Next year, Hanukkah begins on
// 18 December", "In 2027, the company will open a plant in June". Past
// years are an account's (see narrative).
func (x *resolver) openingYear() (int, bool) {
	d := x.d
	s := d.sentenceOf(x.m.first)
	o := d.opening
	if o.year == 0 || d.ref.IsZero() || o.tok >= x.m.first || o.tok < s.Start || o.tok-s.Start > 1 || o.year < d.ref.Year() {
		return 0, false
	}
	// Not "This year's rainfall is below normal since October 1", a
	// start before; nor "For fiscal 1999, which begins Nov. 1", a year
	// that is not the calendar's.
	if x.prevWord() == "since" || fiscalWords.MatchString(d.text[d.toks[o.tok].start:d.toks[o.end-1].end]) {
		return 0, false
	}
	return o.year, true
}

// narrativeSentences is how many sentences back a date that opened its
// sentence with a written year still sets the year of a past-tense
// account.
const narrativeSentences = 3

// historySentences is how many sentences back the date last named still
// sets the year in a history (see document.history).
const historySentences = 8

// flashbackDays is how far before the date last named a month or day of
// its year may lie and still be in that year ("reached the Yalu by late
// November. Chinese forces had intervened in late October"); storyDays is
// how far after it the same month or day of the next year may lie when
// the account has moved on ("In November 1950, … In March, …"), twice
// as far in a past-tense history (see document.history).
const (
	flashbackDays = 62
	storyDays     = 183
)

// narrative returns the year of the past-tense account a month, day or
// season without a year belongs to, whose start in year y is at(y): the
// year of the date last named (d.last), or the next one when the account
// has moved past that date within storyDays. It sets carried when it
// does. It does when that date sets such a year (see frames) and was
// named at most narrativeSentences before (within the sentence for a
// counted year) and its year lies at least two years before the publish
// date: "In May 1940, Germany invaded France. On 22 June, an armistice
// was signed." Otherwise a month or day is placed by the publish date, as
// news places it.
func (x *resolver) narrative(at func(int) time.Time) (int, bool) {
	d := x.d
	p := d.last
	if d.lastFrame == frameNone || p.start.IsZero() || d.ref.IsZero() || p.start.Year() > d.ref.Year()-2 || p.u > uYear {
		return 0, false
	}
	back := narrativeSentences
	switch {
	case d.lastFrame == frameSentence:
		back = 0
	case d.history(), x.longPastDay(at), d.opensWithHistory():
		// A history, or an account of a day long past, may tell of a
		// day in several sentences: "The fire broke out on 23 March
		// 1992. … By dawn on 24 March only the facade remained."
		back = historySentences
	}
	if d.lastTok >= x.m.first || d.sentenceIndex(d.lastTok) < d.sentenceIndex(x.m.first)-back {
		return 0, false
	}
	if !d.history() && !d.opensWithHistory() && d.lastFrame < frameAccount && d.paragraphSince(d.lastTok, x.m.first) && !x.longPastDay(at) || d.backInPresent(x.m.first) {
		// "…was set on 7 February 2009.\n\nThe outlook for February to
		// April, released on Thursday…": a date inside its sentence
		// frames only its paragraph (see frames).
		return 0, false
	}
	y := p.start.Year()
	if x.prevWord() == "since" && at(y).After(p.start) && absDays(at(y-1), p.start) <= 2*storyDays {
		// "Adrianople, invested since November", told after 6 March
		// 1913: a start before the account's day.
		x.carried, x.from = true, p.start
		return y - 1, true
	}
	if x.f.season != "" && p.u <= uMonth && !at(y-1).After(p.start) && p.start.Before(at(y-1).AddDate(0, 3, 0)) {
		// "The winter campaign", told after 3 February 1913: the
		// winter that date is in, begun the December before.
		x.carried, x.from = true, p.start
		return y - 1, true
	}
	if at(y).Before(p.start) && formatUnit(at(y), p.u) != p.value() && absDays(at(y), p.start) > flashbackDays && !(x.pastPerfect() && d.history() && x.prevWord() != "by" || x.pluperfectBefore()) {
		// In a history, a past perfect looks back within the year:
		// "by the end of June … On 16 March Iraqi aircraft had dropped";
		// not a deadline ("by January 700,000 troops had arrived"). So
		// does one whose verb governs the date in any account: "Fifty
		// years ago today … Hitler had planned the attack since
		// September".
		switch {
		case p.u != uYear && (absDays(at(y+1), p.start) <= storyDays || p.u != uSeason && x.tense == tensePast && d.history() && absDays(at(y+1), p.start) <= 2*storyDays):
			y++
		case p.u != uSeason:
			return 0, false
		}
		// A season's year holds when the next is too far: "the long
		// polar winter" of 1911 may be the south's, in the north's
		// summer.
	}
	if at(y).After(p.start) && !at(y-1).After(p.start) && absDays(at(y-1), p.start) <= storyDays && x.pluperfectBefore() {
		// "The treaty was signed on 12 February 1990. It had been
		// negotiated in October": a past perfect tells of a time before
		// the account's day, so the October before it.
		x.carried, x.from, x.inRange, x.lookedBack = true, p.start, false, true
		return y - 1, true
	}
	if s, ok := d.rangeStart(dayAt{tok: d.lastTok, t: p.start}); ok && at(y).After(p.start) && !at(y-1).Before(day(s.Year(), s.Month(), 1)) {
		// "ran from 28 November 2022 to 10 January 2023. In December,
		// talks collapsed": the December inside the range just named,
		// not the one after its end.
		x.carried, x.from, x.inRange, x.lookedBack = true, s, true, false
		return y - 1, true
	}
	x.carried, x.from, x.inRange, x.lookedBack = true, p.start, false, false
	return y, true
}

// toldAfter says which date named before gave the year of an account.
func (x *resolver) toldAfter() string {
	switch {
	case x.inRange:
		return fmt.Sprintf("inside the range from %s to %s named just before", x.from.Format("2006-01-02"), x.d.last.value())
	case x.lookedBack:
		return fmt.Sprintf("before %s named just before, as the past perfect tells", x.d.last.value())
	}
	return fmt.Sprintf("told after %s named just before", x.d.last.value())
}

// presentPerfectAt reports whether the tense marker at token i is the
// "has" or "have" of a present perfect or one of its participles: "the
// differences have narrowed but not disappeared".
func (d *document) presentPerfectAt(i int) bool {
	for j := i; j >= 0 && j >= i-presentPerfectReach; j-- {
		t := &d.toks[j]
		w := t.lower(d.text)
		switch {
		case presentPerfectAux[w]:
			return true
		case j == i:
		case t.kind != tWord || !perfectAdverbs[w] && !joinsList(w) && w != "but" && !adverbAt(d.text, t) && !pastForm([]byte(w)):
			return false
		}
	}
	return false
}

// presentPerfectReach is how many words may stand between "have" and a
// participle of its perfect.
const presentPerfectReach = 4

// pastVerbEarlier reports whether a past-tense verb comes before the
// match in its sentence. A present perfect is not one: "has promised to
// dissolve parliament, which would mean an election by late November"
// tells a plan that holds now.
func (x *resolver) pastVerbEarlier() bool {
	for _, mk := range x.d.markersOf(x.d.sentenceOf(x.m.first)) {
		if mk.tok < x.m.first && mk.tense == tensePast && !x.d.presentPerfectAt(mk.tok) {
			return true
		}
	}
	return false
}

// sentenceYear returns the year that dates the subject of a past-tense
// sentence, for a month or day without a year after its verb: "Last
// year's monsoon ended in late September", "A flood in 2008 killed 500
// people in September", "For three months in 2020, from March to June,
// she sold…". The year must be over by the publish date and come before
// the sentence's first verb: in "was founded in 1998 and sold in
// December" the year belongs to one event, not the sentence.
func (x *resolver) sentenceYear(month int) (int, bool) {
	d := x.d
	p := d.last
	s := d.sentenceOf(x.m.first)
	y := p.start.Year()
	if d.lastKind == kYearRange {
		// "The 1998-99 season began in October", "the 2023-24 campaign
		// ended on 19 May": a season or school year runs from late
		// summer to the next summer.
		switch {
		case !d.consecutiveYears():
			return 0, false
		case month <= 7:
			y++
		}
	}
	if p.u != uYear || p.start.IsZero() || d.ref.IsZero() || p.start.Year() >= d.ref.Year() || d.lastTok >= x.m.first || d.lastTok < s.Start {
		return 0, false
	}
	if d.specifies(x.m.first) {
		// "cut rates three times in 2025, in February, May and
		// August": the months say when in that year.
		x.carried, x.from = true, p.start
		return y, true
	}
	verb := false
	for _, mk := range d.markersOf(s) {
		switch {
		case mk.tok < d.lastTok && clauseBreaks(d.text, d.toks, mk.tok, d.lastTok, true) == 0:
			return 0, false // "said in 2006 that…": the verb's date
		case mk.tok < d.lastTok:
			// "typically sees its first snowfall in late November,
			// though in 2006 it did not arrive until Dec. 1": another
			// clause.
		case mk.tense == tensePast:
			verb = true
		}
	}
	if !verb || d.lastTok > 0 && d.toks[d.lastTok-1].lower(d.text) == "since" || d.apposition(s) {
		return 0, false
	}
	x.carried, x.from = true, p.start
	return y, true
}

// whenReach is how many tokens after its "when" a clause still tells of
// the year before it.
const whenReach = 25

// whenYear returns the year a "when" clause right after it dates: "in
// 1998, when the Arlen burst its banks on Christmas Eve", "since 1987,
// when it began in late July": the clause tells what happened in that
// year, so a day, month, season or holiday in it without a year is of
// that year.
func (x *resolver) whenYear() (int, bool) {
	d := x.d
	p := d.last
	if x.f.hasDir || p.u != uYear || p.start.IsZero() || d.lastTok >= x.m.first || d.lastTok < d.sentenceOf(x.m.first).Start {
		return 0, false
	}
	i := d.lastEnd
	if i < x.m.first && d.toks[i].is(d.text, ",") {
		i++
	}
	if i >= x.m.first || !d.toks[i].is(d.text, "when") || x.m.first-i > whenReach {
		return 0, false
	}
	x.carried, x.from = true, p.start
	return p.start.Year(), true
}

// apposition reports whether the date last mentioned ends a phrase set
// off by commas in sentence s: "Kovac, the champion in 2017, arrived on
// a streak stretching back to early May" dates the champion, not the
// sentence.
func (d *document) apposition(s Span) bool {
	if d.lastEnd >= s.End || d.toks[d.lastEnd].lower(d.text) != "," {
		return false
	}
	for i := d.lastTok - 1; i > s.Start; i-- {
		if d.toks[i].lower(d.text) == "," {
			return true
		}
	}
	return false
}

// specifies reports whether the match at token i follows the date last
// mentioned with nothing but a comma and "in" between: an apposition
// that narrows it.
func (d *document) specifies(i int) bool {
	gap := d.toks[d.lastEnd:i]
	if len(gap) == 0 || gap[0].kind == tWord {
		return false
	}
	for k := range gap {
		if w := gap[k].lower(d.text); w != "," && w != "in" {
			return false
		}
	}
	return true
}

// consecutiveYears reports whether the date last mentioned is a range of
// two years in a row: "2023-24", "1998-1999".
func (d *document) consecutiveYears() bool {
	s := d.text[d.toks[d.lastTok].start:d.toks[d.lastEnd-1].end] // "2023-24", "1998–1999"
	i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	j := len(s)
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	if i < 0 || i+4 > j {
		return false
	}
	return (atoi(s[i:i+4])+1)%100 == atoi(s[j:])%100
}

// rangeStart returns the start of the range whose end is the match: the
// date last mentioned, a month or a day of one or a weekday, joined to it
// by "to", "through", "until" or a dash, or by "and" after "between"
// ("from Dec. 28 to Jan. 2", "between November and February", "from
// Monday until Wednesday").
func (x *resolver) rangeStart() (time.Time, bool) {
	d := x.d
	if d.last.start.IsZero() || d.last.u > uMonth || d.lastKind != kDate && d.lastKind != kWeekday || d.lastEnd >= x.m.first || x.m.first-d.lastEnd > 1 || x.possessive() {
		return time.Time{}, false
	}
	switch w := d.toks[d.lastEnd].lower(d.text); {
	case rangeEnders[w]:
		return d.last.start, true
	case w == "and" && d.lastTok > 0 && d.toks[d.lastTok-1].lower(d.text) == "between":
		return d.last.start, true
	}
	return time.Time{}, false
}

// datedLine returns the start of the date that opens the match's
// sentence when that sentence has no verb, as the lines of a calendar
// have none: "Second-quarter 2024 results: early August" is August 2024.
func (x *resolver) datedLine() (time.Time, bool) {
	d := x.d
	p := d.last
	if x.tense != tenseUnknown || p.start.IsZero() || d.lastFrame != frameAccount || p.u < uMonth || p.u > uYear ||
		d.lastTok >= x.m.first || d.sentenceIndex(d.lastTok) != d.sentenceIndex(x.m.first) {
		return time.Time{}, false
	}
	return p.start, true
}

// listedAfter returns the month the match follows in a list of months
// ("conferences in March, September and December"): lists run in the
// order of the calendar.
func (x *resolver) listedAfter() (time.Time, bool) {
	d := x.d
	if d.last.start.IsZero() || d.last.u != uMonth || d.lastKind != kDate || !d.listedAfterLast(x.m.first) {
		return time.Time{}, false
	}
	return d.last.start, true
}

// listedAfterDir returns the weekday the match follows in a list when
// that one has a direction word ("next Thursday and Friday", "last
// Monday or Tuesday") or lies ahead ("said more rain was likely on
// Monday and Tuesday", written on a Sunday).
func (x *resolver) listedAfterDir() (time.Time, bool) {
	d := x.d
	if d.last.start.IsZero() || d.last.u != uDay || d.lastKind != kWeekday || d.toks[d.lastTok].cls&cDir == 0 && !d.last.start.After(x.anchor) || !d.listedAfterLast(x.m.first) {
		return time.Time{}, false
	}
	return d.last.start, true
}

// purposeAfterDay returns the day last mentioned when an infinitive
// follows it right away in the sentence of the match, with no other verb
// before the match: "decided on Monday night to continue walking out on
// Wednesday", "voted on Monday to walk out again on Thursday".
func (x *resolver) purposeAfterDay() (time.Time, bool) {
	d := x.d
	k := d.lastEnd
	if d.last.start.IsZero() || d.last.u != uDay || d.lastTok < d.sentenceOf(x.m.first).Start || k+1 >= x.m.first || d.toks[k].lower(d.text) != "to" {
		return time.Time{}, false
	}
	if v := &d.toks[k+1]; v.kind != tWord || v.upper || v.cls != 0 || determiners[v.lower(d.text)] || objectWords[v.lower(d.text)] {
		return time.Time{}, false
	}
	for _, mk := range d.markersOf(d.sentenceOf(x.m.first)) {
		if mk.tok > k+1 && mk.tok < x.m.first && mk.tense == tensePast {
			return time.Time{}, false // "urged Yeltsin to extend a ceasefire that expired at midnight on Monday"
		}
	}
	return d.last.start, true
}

// listedAfterLast reports whether token i follows the date last
// mentioned in a list: nothing but ",", "and" or "or" between them.
func (d *document) listedAfterLast(i int) bool {
	if d.lastEnd >= i || i-d.lastEnd > 2 {
		return false
	}
	for k := d.lastEnd; k < i; k++ {
		switch d.toks[k].lower(d.text) {
		case ",", "and", "or":
		default:
			return false
		}
	}
	return true
}

// paragraphSince reports whether a paragraph ends between tokens i and j:
// a blank line.
func (d *document) paragraphSince(i, j int) bool {
	if i >= j {
		return false // a date resolved out of text order, in a quotation
	}
	gap := d.text[d.toks[i].start:d.toks[j].start]
	return strings.Contains(gap, "\n\n") || strings.Contains(gap, "\n\r\n")
}

// opensWithHistory reports whether every date so far told of the past
// and the last one lies at least historyYears before the publish date:
// a text that opens "The invasion began on June 24, 1812" and goes on
// "By the end of July the army had reached Vitebsk" in its next
// paragraph tells that history, not the news's July.
func (d *document) opensWithHistory() bool {
	return !d.reported && !d.last.start.IsZero() && d.last.start.Year() <= d.ref.Year()-historyYears
}

// longPastYears is how far back a day named with its year must lie for
// the days just after it in its paragraph to be of its year even near the
// publish date: news does not retell a decade-old week day by day and
// then report this month's days in the same paragraph.
const longPastYears = 10

// longPastDay reports whether the date last named is a day with a written
// year at least longPastYears before the publish date, in the paragraph
// of the match (or in an account carried on from such a day, in any
// paragraph), and the month or day starting at(y) is it or follows it
// within a month: "The war began on 4 October 1853. On 5 October,
// Russian troops crossed the river." A day before it ("first held on 5
// March 1999. Tickets went on sale Mar 3") is more likely the news's.
// A paragraph does not end the account for a day told in the past that
// in the publish date's year is still to come: "launched on August 1,
// 1944 …\n\nBetween August 5 and 7, SS units massacred civilians",
// written on 31 July, tells of 1944, not of a year before.
func (x *resolver) longPastDay(at func(int) time.Time) bool {
	d := x.d
	p := d.last
	if p.u != uDay || d.lastFrame < frameParagraph || p.start.Year() > d.ref.Year()-longPastYears {
		return false
	}
	if d.lastFrame < frameAccount && d.paragraphSince(d.lastTok, x.m.first) && !(x.pastVerb && at(d.ref.Year()).After(d.ref)) {
		return false
	}
	for y := p.start.Year(); y <= p.start.Year()+1; y++ {
		if t := at(y); !t.Before(p.start) && absDays(t, p.start) <= 31 {
			return true
		}
	}
	return false
}

// recentlyBefore reports whether the month or day without a year whose
// start in year y is at(y) came within the plausible few weeks before a
// (see plausible): news then means that one.
func recentlyBefore(at func(int) time.Time, a time.Time, dd int) bool {
	_, near := plausible(dd)
	for y := a.Year() - 1; y <= a.Year(); y++ {
		if t := at(y); !t.After(a) && absDays(t, a) < near {
			return true
		}
	}
	return false
}

// seasonNear reports whether some such season, from at(y) to end(y),
// comes within two months of the anchor: news then means that one.
func (x *resolver) seasonNear(at, end func(int) time.Time) bool {
	a := x.anchor
	for y := a.Year() - 1; y <= a.Year()+1; y++ {
		if !a.Before(at(y).AddDate(0, -2, 0)) && !a.After(end(y).AddDate(0, 2, 0)) {
			return true
		}
	}
	return false
}

// pastRangeFrom reports whether the match, a month without a day,
// starts a range to another month ("rose 7.1 per cent in
// January–October") that would end, starting at t, in the near months
// not after the anchor: the range is of months just gone by, however
// long ago it began.
func (x *resolver) pastRangeFrom(t time.Time, near int) bool {
	toks, i := x.d.toks, x.m.last
	if x.f.day != 0 || i+1 >= len(toks) || !x.d.hasWord(i, i+1, dayRangeWords) {
		return false
	}
	w := toks[i+1].w
	if w == nil || toks[i+1].cls&cMonth == 0 || w.month == 0 {
		return false
	}
	end := day(t.Year(), w.month, 1)
	if end.Before(t) {
		end = end.AddDate(1, 0, 0)
	}
	return !end.After(x.anchor) && absDays(end, x.anchor) <= near
}

// pastPointer reports whether the match's sentence points into the past
// with words of its own before the match: "ago", or "last" before a
// unit, season, month or weekday ("Last winter was mild, although the
// city endured 11 days below -30 C in late January"). A month there is
// of the past the sentence tells, not one just ahead.
func (x *resolver) pastPointer() bool {
	toks, text := x.d.toks, x.d.text
	start := x.d.sentenceOf(x.m.first).Start
	for i := x.m.first - 1; i >= start; i-- {
		switch t := &toks[i]; {
		case t.is(text, "ago"):
			return true
		case t.is(text, "last"):
			if i+1 < x.m.first && toks[i+1].cls&(cUnit|cSeason|cMonth|cWeekday) != 0 && (i == start || !toks[i-1].is(text, "the")) {
				return true // not "the last week of May"
			}
		}
		if isComplementizer(text, &toks[i]) {
			return false // "announced last week that …": what was said may lie ahead
		}
	}
	return false
}

// plausible returns how far (in days) the tense may place a date without
// a year, before a reading within near days the other way wins: news
// rarely mentions a day or a month most of a year off without giving the
// year.
// willSlack is how many days before the publish date a date told with
// "will" may still lie: "the Oscars will be handed out on March 2" with
// a publish date of 12 March is a story written before it went out, or
// dated late. Further back "will" means the next one ("she will take
// over in January", written in March).
const willSlack = 31

func plausible(dd int) (far, near int) {
	if dd == 0 {
		return 300, 62
	}
	return 200, 75
}

// deadline reports whether the match follows "by" or "until": a date
// that may lie ahead even in a report of the past.
func (x *resolver) deadline() bool {
	switch x.prevWord() {
	case "by", "until", "till", "before", "through":
		return true
	}
	return false
}

// reachedBy reports whether the match after "by" follows the past-tense
// verb of an event in its own clause, within deadlineReach words, in a
// sentence told in the past up to it: "EU
// stocks fell to about 26 percent by the end of March" tells when a
// level was reached, not a limit that may lie ahead, as a report ("said
// it would finish by August") or a plan ("agreed to leave by Friday")
// may give.
func (x *resolver) reachedBy() bool {
	d, by := x.d, x.m.first-1
	if by < 1 || !d.toks[by].is(d.text, "by") {
		return false
	}
	markers := d.markersOf(d.sentenceOf(x.m.first))
	k := sort.Search(len(markers), func(k int) bool { return markers[k].tok >= by }) - 1
	if k < 0 || markers[k].tense != tensePast || by-markers[k].tok > deadlineReach {
		return false
	}
	for _, mk := range markers[:k] {
		if mk.tense != tensePast {
			return false // "says it will send offers to admitted students by mid-April"
		}
	}
	v := markers[k].tok
	if inSet(d.text, &d.toks[v], reportingVerbs) || inSet(d.text, &d.toks[v], futureBeforeTo) || inSet(d.text, &d.toks[v], pastAux) {
		return false
	}
	return clauseBreaks(d.text, d.toks, v, x.m.first, true) == 0
}

// deadlineReach is how many words may stand between a past-tense verb
// and the "by" of the date it was reached by: "fell to about 26 percent
// by".
const deadlineReach = 6

// earliest reports whether the match follows "as early as" or "as soon
// as", which name the first time something may still happen.
func (x *resolver) earliest() bool {
	i := x.prevIndex()
	if i < 2 || x.d.toks[i].lower(x.d.text) != "as" || x.d.toks[i-2].lower(x.d.text) != "as" {
		return false
	}
	w := x.d.toks[i-1].lower(x.d.text)
	return w == "early" || w == "soon"
}

// prevWord returns the lower-cased word before the match, "" at the start
// of the text, passing over a hedge: "until at least Thursday" is read as
// "until Thursday".
func (x *resolver) prevWord() string {
	i := x.prevIndex()
	if i < 0 {
		return ""
	}
	return x.d.toks[i].lower(x.d.text)
}

// prevIndex returns the token of prevWord, -1 at the start of the text.
func (x *resolver) prevIndex() int {
	i := x.m.first - 1
	if i >= 2 && x.d.toks[i-1].lower(x.d.text) == "at" {
		if w := x.d.toks[i].lower(x.d.text); w == "least" || w == "most" {
			i -= 2
		}
	}
	return i
}

// directives are the verbs that tell someone to do something, which
// is still to be done: "ordered the bank to pay".
var directives = map[string]bool{
	"ordered": true, "told": true, "asked": true, "urged": true, "instructed": true,
	"directed": true, "required": true, "requested": true, "advised": true, "warned": true,
}

// directiveReach is how many words the clause of an order may have
// between "to" and the match, and between the verb and "to".
const directiveReach = 8

// directed reports whether the match ends the infinitive clause of an
// order: "ordered the government to identify its exhibits by Friday".
func (x *resolver) directed() bool {
	toks, text := x.d.toks, x.d.text
	for i := x.m.first - 2; i > 0 && i >= x.m.first-1-directiveReach; i-- {
		t := &toks[i]
		if t.kind != tWord || t.breaks > 0 {
			return false
		}
		if t.lower(text) != "to" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-directiveReach/2; j-- {
			if toks[j].kind != tWord {
				return false
			}
			if directives[toks[j].lower(text)] {
				return !x.pastPerfect()
			}
		}
		return false
	}
	return false
}

// pastPlan reports whether the verb of the match's clause is a plan told
// in the past with "was" or "were" ("was due to return", "were expected
// to meet"), or a likelihood so told ("said more rain was likely on
// Monday"), which may have been for a day since gone or still ahead.
func (x *resolver) pastPlan() bool {
	toks, text := x.d.toks, x.d.text
	v, ok := clauseVerb(text, toks, x.d.markersOf(x.d.sentenceOf(x.m.first)), x.m.first, tensePast)
	if ok && v+1 < x.m.first && (toks[v].is(text, "was") || toks[v].is(text, "were")) && inSet(text, &toks[v+1], likelihoods) {
		return true
	}
	if !ok || v+1 >= x.m.first || !futureBeforeTo[toks[v].lower(text)] || toks[v+1].lower(text) != "to" {
		return false
	}
	for i := v - 1; i >= 0 && i >= v-2; i-- {
		switch toks[i].lower(text) {
		case "was", "were":
			return true
		case "had":
			return false
		}
	}
	return false
}

// likelihoods, after "was" or "were", tell what was thought likely
// to happen.
var likelihoods = wordSet("likely unlikely possible probable expected forecast predicted")

// retroactive reports whether the match follows "retroactive to",
// "backdated to": a start already past, whatever the tense.
func (x *resolver) retroactive() bool {
	i := x.m.first - 2
	if i < 0 || x.prevWord() != "to" {
		return false
	}
	switch x.d.toks[i].lower(x.d.text) {
	case "retroactive", "retroactively", "backdated", "retrospective", "retrospectively":
		return true
	}
	return false
}

// weekdayBeside returns the day of the date just before the match when
// the match, set beside it after a comma, is that day's weekday: "by Jan.
// 1, a Saturday", "on March 3, which is a Monday".
func (x *resolver) weekdayBeside() (time.Time, bool) {
	d, p := x.d, x.d.last
	if x.f.hasDir || p.u != uDay || p.start.IsZero() || p.start.Weekday() != x.f.weekday || d.lastTok >= x.m.first || d.lastEnd >= x.m.first {
		return time.Time{}, false
	}
	if i := x.m.first - 1; i >= 1 && d.lastTok >= d.sentenceOf(x.m.first).Start && (d.toks[i].is(d.text, "a") || d.toks[i].kind == tWord && !inSet(d.text, &d.toks[i], kindAdjectives) && d.toks[i-1].is(d.text, "a")) {
		// "Fifty years ago today, at 5:30 a.m. on a foggy Saturday": the
		// day just named, told as a weekday of its kind; an account that
		// day opened goes on.
		x.carried, x.from = d.lastFrame != frameNone, p.start
		return p.start, true
	}
	if !d.toks[d.lastEnd].is(d.text, ",") {
		return time.Time{}, false
	}
	for i := d.lastEnd + 1; i < x.m.first; i++ {
		if !inSet(d.text, &d.toks[i], besideWords) {
			return time.Time{}, false
		}
	}
	return p.start, true
}

// kindAdjectives make "a Friday" any of its kind: "118 flights on a
// typical Friday night".
var kindAdjectives = wordSet("typical normal usual average ordinary regular given certain single")

// thatWeekday resolves "on that Thursday evening" to a day of that
// weekday named in its sentence or the several before, the latest such: "The
// events of Nov. 9, 1989 … had been forced out on Oct. 18. On that
// Thursday evening" is 9 November, not the Thursday after 18 October.
func (x *resolver) thatWeekday() (time.Time, bool) {
	d := x.d
	if x.r.name != "that-weekday" {
		return time.Time{}, false
	}
	s := d.sentenceIndex(x.m.first)
	k := sort.Search(len(d.days), func(k int) bool { return d.days[k].tok >= x.m.first })
	for ; k > 0 && d.sentenceIndex(d.days[k-1].tok) >= s-historySentences; k-- {
		if t := d.days[k-1].t; t.Weekday() == x.f.weekday {
			x.carried, x.from = d.lastFrame != frameNone, t
			return t, true
		}
	}
	return time.Time{}, false
}

// besideWords may come between a date and its weekday set beside it.
var besideWords = wordSet("a an which is was will be")

// theWeekday resolves "on the Friday", "the Friday and Saturday": a
// weekday with "the" is one of the days of an event just named, the one
// nearest the day last mentioned in its sentence or the one before ("The
// festival runs from July 14 to 16 … until 11 p.m. on the Friday" is July
// 14). Without such a day it is read as any weekday is.
func (x *resolver) theWeekday() (time.Time, bool) {
	toks, text := x.d.toks, x.d.text
	i := x.m.first - 1
	if x.f.hasDir || x.r.anaphoric || i < 0 {
		return time.Time{}, false
	}
	if w := toks[i].lower(text); (w == "and" || w == "or") && i >= 2 && toks[i-1].cls&cWeekday != 0 {
		i -= 2 // "the Friday and Saturday"
	}
	if toks[i].lower(text) != "the" {
		return time.Time{}, false
	}
	at, ok := x.d.dayAtBefore(x.m.first, nil)
	t := at.t
	if !ok || t.Equal(x.d.ref) {
		return time.Time{}, false
	}
	back := (int(t.Weekday()) - int(x.f.weekday) + 7) % 7
	after := x.m.last < len(toks) && toks[x.m.last].lower(text) == "after"
	switch {
	case after: // "again on the Monday after"
		return t.AddDate(0, 0, 7-back), true
	case back == 0:
		return t, true
	}
	if start, ok := x.d.rangeStart(at); ok {
		// "from December 28 to January 3, 2025 … on the Monday": the
		// day of that range.
		if u := start.AddDate(0, 0, (int(x.f.weekday)-int(start.Weekday())+7)%7); !u.After(t) {
			return u, true
		}
	}
	switch {
	case at.tok > 0 && (toks[at.tok-1].is(text, "from") || toks[at.tok-1].is(text, "between")):
		// "from February 20 to 24, 2024, … on the Saturday": a day of
		// the range that day opens, on or after it.
		return t.AddDate(0, 0, 7-back), true
	case back <= 3:
		return t.AddDate(0, 0, -back), true
	}
	return t.AddDate(0, 0, 7-back), true
}

// rangeStart returns the day that opens the range the day at closes: the
// day written just before it, with a word of rangeEnders between ("from
// December 28 to January 3, 2025").
func (d *document) rangeStart(at dayAt) (time.Time, bool) {
	k := sort.Search(len(d.days), func(k int) bool { return d.days[k].tok >= at.tok })
	if k == 0 || at.tok == 0 || !rangeEnders[d.toks[at.tok-1].lower(d.text)] {
		return time.Time{}, false
	}
	p := d.days[k-1]
	if at.tok-p.tok > rangeStartReach || p.t.After(at.t) {
		return time.Time{}, false
	}
	return p.t, true
}

// rangeStartReach is how many tokens the first day of a range may take
// with the word that leads to its end: "December 28, 2024, to".
const rangeStartReach = 7

// capitalised reports whether the word w of the match is written with a
// capital.
func (x *resolver) capitalised(w string) bool {
	for i := x.m.first; i < x.m.last; i++ {
		if t := &x.d.toks[i]; t.lower(x.d.text) == w {
			return t.upper
		}
	}
	return false
}

// forecastVerbs are the plans told in the past that news reports while
// they still stand: "was forecast to", "were expected to".
var forecastVerbs = map[string]bool{
	"forecast": true, "forecasted": true, "expected": true, "predicted": true, "projected": true,
	"anticipated": true, "guided": true, "warned": true,
}

// forecast reports whether the match's clause is a forecast told in the
// past, of which the match is the object, not the time of the telling
// (see pastPlan and forecastVerbs); "had forecast" is not.
func (x *resolver) forecast() bool {
	v, ok := clauseVerb(x.d.text, x.d.toks, x.d.markersOf(x.d.sentenceOf(x.m.first)), x.m.first, tensePast)
	if !ok || !forecastVerbs[x.d.toks[v].lower(x.d.text)] || x.pastPerfect() {
		return false
	}
	// "warned in the autumn that…", "predicted Friday that…", "the $25
	// billion forecast in the fall": a date right after the verb is when
	// it was said, unless it describes the object ("forecast
	// fourth-quarter revenue").
	toks, text := x.d.toks, x.d.text
	switch x.m.first - v {
	case 1:
		_, last := x.m.span()
		return last < len(toks) && toks[last].kind == tWord && !toks[last].upper && !determiners[toks[last].lower(text)] && !objectWords[toks[last].lower(text)] && toks[last].lower(text) != "that"
	case 2:
		return !periodPrepositions[toks[v+1].lower(text)] && toks[v+1].lower(text) != "on"
	}
	return true
}

// until reports whether the match follows "until" or "till" in a
// sentence without "had": "extended its deadline until Tuesday" looks
// ahead, "until Thursday, they had not called him a suspect" back.
func (x *resolver) until() bool {
	w := x.prevWord()
	return (w == "until" || w == "till") && !x.pastPerfect()
}

// nameYear reports whether the match, a year alone, is a number in a
// name: decades past the publish date and right after a capitalised word
// within the sentence ("code-named Project 2040", "the Vista 2100
// headset"), where a year meant as a date follows a preposition ("by
// 2050").
func (x *resolver) nameYear() bool {
	i := x.m.first - 1
	if x.d.ref.IsZero() || x.f.year <= x.d.ref.Year()+nameYearGap || i < 0 || x.m.last-x.m.first != 1 {
		return false
	}
	t := &x.d.toks[i]
	return t.kind == tWord && t.upper && t.cls == 0 && i > x.d.sentenceOf(x.m.first).Start
}

// nameYearGap is how many years past the publish date a year after a
// capitalised word must be to be read as part of a name.
const nameYearGap = 10

// habitualWords say that a sentence tells what happens as a rule:
// "temperatures regularly top 40C in July".
var habitualWords = map[string]bool{
	"usually": true, "typically": true, "regularly": true, "normally": true,
	"traditionally": true, "generally": true, "often": true, "always": true,
	"routinely": true, "customarily": true, "annually": true, "historically": true,
}

// tendTo reports whether sentence s says what tends to happen: "tend to"
// or "tends to".
func (d *document) tendTo(s Span) bool {
	for i := s.Start; i+1 < s.End; i++ {
		if (d.toks[i].is(d.text, "tend") || d.toks[i].is(d.text, "tends")) && d.toks[i+1].is(d.text, "to") {
			return true
		}
	}
	return false
}

// habitual reports whether the match is in a sentence of the present
// tense, or none, that tells what happens as a rule ("usually", "every
// year"): a month or season there is of no one year.
func (x *resolver) habitual() bool {
	s := x.d.sentenceOf(x.m.first)
	if x.tense != tensePast && x.d.tendTo(s) {
		return true // "levels tend to peak in late October", its infinitive looking ahead
	}
	if x.tense == tensePast || x.tense == tenseFuture {
		return false
	}
	if x.d.hasWord(s.Start, s.End, habitualWords) {
		return true
	}
	toks, text := x.d.toks, x.d.text
	for i := s.Start + 1; i < s.End; i++ {
		if equalFold(text[toks[i].start:toks[i].end], "year") && x.d.hasWord(i-1, i, everyWords) {
			return true // "every year", "each year"
		}
	}
	for _, m := range x.d.matchesIn(s) {
		if t := &toks[m.last-1]; m.rule.kind == kSet && m.rule.typ == Set && t.w != nil && (t.w.cls&cUnit != 0 && t.w.unit == uYear || t.w.cls&cSeason != 0) {
			return true // "meets twice a year, in the spring", "every summer"
		}
	}
	return false
}

// ruleWords, before a day of the year, say that something keeps it as a
// rule, where "often" and "always" may tell of one year's day: "the
// fourth round, often the busiest day, is on 8 July".
var ruleWords = wordSet(habitualAdverbList + " traditionally generally historically")

// habitualAdverbs say that something happens as a rule in any tense:
// "the shop will usually open at 9 a.m.", "he typically left at 6".
var habitualAdverbs = wordSet(habitualAdverbList)

const habitualAdverbList = "usually typically normally routinely customarily regularly"

// habitDays name the days a habit keeps, or its present: "open weekdays
// from 8 a.m.", "every weekday at 5:30 a.m.", "the nightly curfew",
// "nowadays".
var habitDays = wordSet("weekday weekdays weeknights nightly nowadays")

// openingWords tell the hours a place keeps: "the helpline is open
// Monday to Friday".
var openingWords = wordSet("open opens closed closes staffed operates operating hours")

// dayRangeWords join the ends of a range of weekdays or months.
var dayRangeWords = wordSet(spanWords)

// weekdayRangeAt reports whether token i, a weekday, is an end of a range
// of weekdays: "Monday to Friday", "Monday-Saturday".
func (d *document) weekdayRangeAt(i int) bool {
	toks := d.toks
	if i+2 < len(toks) && d.hasWord(i+1, i+2, dayRangeWords) && toks[i+2].cls&cWeekday != 0 {
		return true
	}
	return i >= 2 && d.hasWord(i-1, i, dayRangeWords) && toks[i-2].cls&cWeekday != 0
}

// timetable reports whether the sentence s, not told in the past, gives
// the days kept as a rule: a range of weekdays with a word
// of opening hours ("the helpline is open from 9am to 5pm, Monday to
// Friday", "the museum is closed Monday to Wednesday") or of habit
// ("trains run every 10 minutes, Monday to Saturday"), or hours written
// just before it ("phone between 9am and 4.30pm, Monday to Friday").
// Without any of these it is as often one week's ("the conference runs
// Monday to Friday"), and so is a range after "from" without a clock
// time ("the road is closed from Monday to Friday for resurfacing"). Only
// the hours just before the range hold in the future tense.
func (d *document) timetable(s Span, tn tense) bool {
	if tn == tensePast {
		return false
	}
	days := -1
	for i := s.Start; i < s.End; i++ {
		if d.toks[i].cls&cWeekday != 0 && d.weekdayRangeAt(i) {
			days = i
			break
		}
	}
	if days < 0 {
		return false
	}
	clock := false
	for _, m := range d.matchesIn(s) {
		if m.rule.name == "clock-before-days" {
			return true // "can phone between 9am and 4.30pm, Monday to Friday"
		}
		clock = clock || m.rule.kind == kClock
	}
	if tn == tenseFuture {
		return false
	}
	if !clock && days > 0 && d.toks[days-1].is(d.text, "from") {
		return false
	}
	return d.hasWord(s.Start, s.End, openingWords) || d.hasWord(s.Start, s.End, habitualWords) || d.hasWord(s.Start, s.End, habitDays) || d.recurrenceIn(s, true)
}

// habitualClock reports whether the sentence of the match, a clock time,
// tells the hours something keeps as a rule: it has a word of habit
// ("usually", or "often" or "these days" in the present tense) or names
// the days of a habit ("weekdays").
func (x *resolver) habitualClock() bool {
	if x.habitual() {
		return true
	}
	s := x.d.sentenceOf(x.m.first)
	if x.d.hasWord(s.Start, s.End, habitualAdverbs) || x.d.hasWord(s.Start, s.End, habitDays) || x.d.timetable(s, x.tense) {
		return true
	}
	if x.tense == tensePast || x.tense == tenseFuture {
		return false
	}
	for _, m := range x.d.matchesIn(s) {
		if m.rule.name == "these-days" {
			return true // "These days the ovens run from 3 a.m."
		}
	}
	return false
}

// yearlyOn reports whether the match is a day of every year: after
// "every year on", "each year on", "annually on" or "is commemorated
// on", or before "each year" or "is celebrated".
func (x *resolver) yearlyOn() bool {
	toks, text := x.d.toks, x.d.text
	i, j := x.m.span()
	if j+1 < len(toks) && (toks[j].is(text, "each") || toks[j].is(text, "every")) && toks[j+1].is(text, "year") {
		return true // "on 14 December each year"
	}
	if j+1 < len(toks) && (toks[j].is(text, "is") || toks[j].is(text, "are")) && commemorated[toks[j+1].lower(text)] {
		return true // "16 December is celebrated as Victory Day"
	}
	if j+2 < len(toks) && (toks[j].is(text, "was") || toks[j].is(text, "were")) && commemorated[toks[j+1].lower(text)] && toks[j+2].is(text, "as") {
		return true // "2 September was celebrated as Sedan Day"; not "was marked with a vigil"
	}
	if j+2 < len(toks) && toks[j].is(text, "is") && (toks[j+1].is(text, "a") || toks[j+1].is(text, "an")) {
		for k := j + 2; k < len(toks) && k <= j+4; k++ {
			if toks[k].is(text, "holiday") || toks[k].is(text, "day") && k+1 < len(toks) && toks[k+1].is(text, "of") {
				return true // "13 September is a national day of remembrance", "is a public holiday"
			}
		}
	}
	if i < 2 || !toks[i-1].is(text, "on") {
		return false
	}
	if i >= 3 && commemorated[toks[i-2].lower(text)] && (toks[i-3].is(text, "is") || toks[i-3].is(text, "are")) {
		return true // "the battle is commemorated on 18 March"
	}
	return toks[i-2].is(text, "annually") || i >= 3 && toks[i-2].is(text, "year") && (toks[i-3].is(text, "every") || toks[i-3].is(text, "each"))
}

// commemorated are the participles of a day kept every year: "is
// celebrated", "is marked".
var commemorated = map[string]bool{
	"celebrated": true, "commemorated": true, "marked": true, "observed": true,
	"remembered": true, "honoured": true, "honored": true,
}

// everyWords make a unit after them a recurrence.
var everyWords = map[string]bool{"every": true, "each": true}

// startsFrom reports whether the match is when something announced
// starts: after "starting", "beginning" or "effective" (maybe with "on",
// "at" or "from" between), in a sentence not told in the past or told by
// a verb that announces ("called a 48-hour strike starting at 00:01 on
// Monday"). "Stores were closed starting Monday" is past.
func (x *resolver) startsFrom() bool {
	toks, text := x.d.toks, x.d.text
	i := x.m.first - 1
	if i > 0 {
		switch toks[i].lower(text) {
		case "on", "at", "from", "in":
			i--
		}
	}
	if i < 0 {
		return false
	}
	switch toks[i].lower(text) {
	case "starting", "beginning", "effective":
	default:
		return false
	}
	if x.tense != tensePast {
		return true
	}
	v, ok := clauseVerb(text, toks, x.d.markersOf(x.d.sentenceOf(x.m.first)), i, tensePast)
	if !ok {
		return false
	}
	w := toks[v].lower(text)
	return reportingVerbs[w] || fixesDate[w]
}

// rescheduled reports whether the match follows "to", "until", "for" or
// "into" after a verb that moves an event, maybe with a particle or a
// short object between: "postponed to September", "pushed back to
// Friday", "moved the final to Sunday", "extended the warning into
// Thursday".
func (x *resolver) rescheduled() bool {
	toks, text := x.d.toks, x.d.text
	prep := x.prevIndex()
	if w := x.prevWord(); (w == "after" || w == "before") && prep > 0 {
		prep-- // "postponed until after Labor Day"
	}
	if prep < 0 {
		return false
	}
	switch toks[prep].lower(text) {
	case "to", "until", "for", "into":
	default:
		return false
	}
	if x.possessive() {
		return false // "shares slipped to Wednesday's low"
	}
	return x.verbBeforeObject(prep, rescheduled, true)
}

// perfectAhead reports whether the match follows "for", or, when from
// is set, "from", in a clause in the present perfect: "has issued a
// warning for Thursday", "has forecast heavy rain from Thursday" announce
// a time ahead, where "has apologised for Friday's remarks" does not.
// Months take no "from": "prices have risen from June" starts behind.
func (x *resolver) perfectAhead(from bool) bool {
	switch x.prevWord() {
	case "from":
		if !from {
			return false
		}
	case "for":
	default:
		return false
	}
	return !x.possessive() && x.presentPerfect()
}

// arrangedFor reports whether the match is a date fixed for something:
// after "for" following a verb that fixes a date and its object ("called
// a strike for Friday", "set the vote for June"), or after "a deadline
// of" in a clause not in the simple past ("has set a new deadline of
// September").
func (x *resolver) arrangedFor() bool {
	switch x.prevWord() {
	case "for":
		return x.verbBeforeObject(x.prevIndex(), fixesDate, false)
	case "of":
		// "missed a deadline of Friday" is past: told in the simple
		// past, a deadline keeps the tense.
		i := x.m.first - 2
		return i >= 0 && x.d.toks[i].lower(x.d.text) == "deadline" && (x.tense != tensePast || x.presentPerfect())
	}
	return false
}

// arrangedDir returns the direction of a date fixed for something (see
// arrangedFor): ahead, unless told in the simple past, when it is the
// one nearer the anchor, either side ("called a strike for Friday",
// "missed a deadline of Friday").
func (x *resolver) arrangedDir() (dir int, nearest bool) {
	if x.tense == tensePast && !x.presentPerfect() {
		return 0, true
	}
	return 1, false
}

// objectReach is how many words the object of a verb that moves or fixes
// an event may have, "'s" counted as one: "moved the men's final to
// Sunday".
const objectReach = 4

// verbBeforeObject reports whether one of verbs comes before the
// preposition at token prep, followed by an object that opens with a
// determiner, or, when particles is set, by nothing but particles
// ("pushed back to Friday").
func (x *resolver) verbBeforeObject(prep int, verbs map[string]bool, particles bool) bool {
	toks, text := x.d.toks, x.d.text
	onlyParticles := true
	for i := prep - 1; i >= 0 && i >= prep-1-objectReach; i-- {
		t := &toks[i]
		if t.w != nil && t.w.text == "'s" {
			continue
		}
		if t.kind != tWord {
			return false
		}
		w := t.lower(text)
		if verbs[w] {
			return i == prep-1 || particles && onlyParticles || determiners[toks[i+1].lower(text)]
		}
		switch w {
		case "back", "up", "off", "forward":
		default:
			onlyParticles = false
		}
	}
	return false
}

// pastPerfect reports whether the sentence of the match has "had": a
// deadline told in the past perfect ("by June, Paris had fallen") was
// met before the time of the report.
func (x *resolver) pastPerfect() bool {
	s := x.d.sentenceOf(x.m.first)
	for i := s.Start; i < s.End; i++ {
		t := &x.d.toks[i]
		if t.kind == tWord && t.lower(x.d.text) == "had" {
			return true
		}
	}
	return false
}

// pluperfectBefore reports whether a past perfect ("had been
// negotiated", not "had a loss") comes before the match in its sentence,
// and the match tells no deadline it was reached by ("By October, the
// parliament had ratified it").
func (x *resolver) pluperfectBefore() bool {
	d := x.d
	s := d.sentenceOf(x.m.first)
	if x.prevWord() == "by" || d.toks[s.Start].lower(d.text) == "by" {
		return false
	}
	ms := d.markersOf(s)
	k := sort.Search(len(ms), func(k int) bool { return ms[k].tok >= x.m.first }) - 1
	if k < 0 || clauseBreaks(d.text, d.toks, ms[k].tok, x.m.first, true) > 0 {
		return false
	}
	for i := ms[k].tok; i >= s.Start; i-- {
		switch w := d.toks[i].lower(d.text); {
		case w == "had":
			return !possessionAt(d.text, d.toks, i, s.End)
		case i < ms[k].tok && !perfectAdverbs[w] && !adverbAt(d.text, &d.toks[i]):
			return false // "officials who had fled returned in October"
		}
	}
	return false
}

// perfectAdverbs may stand between "had" and its participle.
var perfectAdverbs = wordSet("been not n't already first just also never long since only once still")

// slashDate reads "3/12/2025": month first, as in American news, unless
// the first number cannot be a month.
func (x *resolver) slashDate() resolution {
	var a, b, y int
	if strings.Contains(x.f.slash, ".") {
		if _, err := fmt.Sscanf(x.f.slash, "%d.%d.%d", &a, &b, &y); err != nil || !ValidDate(y, b, a) {
			return resolution{reject: true}
		}
		return resolution{value: fmt.Sprintf("%04d-%02d-%02d", y, b, a), why: "numeric date with points, day first"}
	}
	if _, err := fmt.Sscanf(strings.ReplaceAll(x.f.slash, "-", "/"), "%d/%d/%d", &a, &b, &y); err != nil {
		return resolution{why: "not a date"}
	}
	why := "numeric date, month first"
	m, dd := a, b
	if a > 12 && b <= 12 {
		m, dd = b, a
		why = "numeric date, day first since " + fmt.Sprint(a) + " cannot be a month"
	} else if a <= 12 && b <= 12 && a != b {
		why += " (day first would read it differently)"
	}
	if y < 100 {
		y += 1900
		if !x.d.ref.IsZero() && y+100 <= x.d.ref.Year()+1 {
			y += 100
		}
		why += ", two-digit year"
	}
	if !ValidDate(y, m, dd) {
		return resolution{reject: true}
	}
	if ref := x.d.ref; a <= 12 && b <= 12 && a != b && !ref.IsZero() && ValidDate(y, dd, m) {
		// "11/03/2025" in a paper of 12 March 2025 is British: the
		// reading near the publish date wins over one months away.
		if near, far := absDays(day(y, time.Month(dd), m), ref), absDays(day(y, time.Month(m), dd), ref); near <= 31 && far > 31 {
			m, dd = dd, m
			why = fmt.Sprintf("numeric date, day first: that reading is %d days from the publish date, month first would be %d", near, far)
		}
	}
	return resolution{value: fmt.Sprintf("%04d-%02d-%02d", y, m, dd), why: why}
}

func (x *resolver) weekday() resolution {
	f := x.f
	if first, _ := x.m.span(); !f.hasDir && !f.hasClock && x.d.weekdayRangeAt(first) && x.d.timetable(x.d.sentenceOf(first), x.tense) {
		// "open from 9am to 5pm, Monday to Friday": every such week.
		return resolution{typ: Set, value: fmt.Sprintf("XXXX-WXX-%d", (int(f.weekday)+6)%7+1), why: "weekday ending a range of the days of a timetable: every " + f.weekday.String()}
	}
	if x.anchor.IsZero() {
		return noAnchor()
	}
	if t, ok := x.theWeekday(); ok {
		return x.weekdayAt(t, fmt.Sprintf("'the %s': the %s nearest the day mentioned last in the sentence or the one before", f.weekday, f.weekday))
	}
	if t, ok := x.thatWeekday(); ok {
		return x.weekdayAt(t, fmt.Sprintf("'that %s': the %s named shortly before, %s", f.weekday, f.weekday, t.Format("2006-01-02")))
	}
	if t, ok := x.weekdayBeside(); ok {
		return x.weekdayAt(t, fmt.Sprintf("the weekday of %s, the date set just before it", t.Format("2006-01-02")))
	}
	if t, ok := x.storyWeekday(); ok {
		return x.weekdayAt(t, fmt.Sprintf("weekday in a history's account: the first %s on or after %s, named just before", f.weekday, x.from.Format("2006-01-02")))
	}
	if t, ok := x.weekAheadWeekday(); ok {
		return x.weekdayAt(t, fmt.Sprintf("weekday after a week ahead named earlier in the sentence, %s: its %s", x.d.week.value(), f.weekday))
	}
	a := x.anchor
	diff := int(f.weekday) - int(a.Weekday())
	dir, _ := x.direction()
	nearestDay := false
	nearWhy := "weekday a date was fixed for" // why the nearer is taken
	switch {
	case !f.hasDir && x.tense != tenseFuture && x.comparedWith():
		dir = -1 // "the toll is 42, up from 31 on Friday": an earlier count
	case !f.hasDir && x.possessive() && x.startsAfter():
		dir = 1 // "Saturday's game tips off at 8 p.m.": a start announced
	case !f.hasDir && x.possessive() && x.awaited():
		dir = 1 // "ahead of Friday's jobs report", "days before Friday's deadline"
	case !f.hasDir && x.possessive() && x.tense != tenseFuture:
		dir = -1 // "Wednesday's ruling": an event reported as done
	case !f.hasDir && x.deadline() && (x.tense != tensePast || x.directed()):
		// "until 9 a.m. Tuesday": a deadline ahead, or one set in an
		// order ("told residents to leave by Thursday"); "shortly
		// before 9 a.m. Friday he left" is past.
		dir = 1
	case !f.hasDir && x.rescheduled():
		dir = 1 // "the hearing was moved to Friday"
	case !f.hasDir && x.pastPlan() && x.forecast():
		dir = 1 // "was forecast to make landfall late Wednesday": still ahead
	case !f.hasDir && (x.until() || x.pastPlan() || x.forecast()):
		// "the road was closed until 7pm on Saturday", "she was due to
		// return to school on Monday": told in the past, either side
		// of the anchor; the nearer.
		dir, nearestDay = 0, true
		nearWhy = "weekday of a limit or plan told in the past"
	case !f.hasDir && x.beforeAhead:
		dir, nearestDay = 0, true
		nearWhy = "weekday in an 'after …ing' phrase of a sentence that looks ahead"
	case !f.hasDir && x.perfectAhead(true):
		dir = 1 // "the agency has issued a warning for Thursday"
	case !f.hasDir && x.arrangedFor():
		dir, nearestDay = x.arrangedDir()
	case !f.hasDir && x.startsFrom():
		dir = 1 // "called a strike starting on Monday"
	case !f.hasDir && x.tense == tensePresent:
		dir = 1 // "the vote is on Friday": news in the present tense announces
	case !f.hasDir && x.tense == tenseUnknown && x.prevWord() == "from":
		dir = 1 // "new rules apply from Monday": a start ahead
	}
	var t time.Time
	var why string
	switch {
	case f.hasDir && f.unit == uWeek:
		// "Friday next week": that weekday in the week before or after
		// the anchor's, weeks starting on Monday.
		monday := a.AddDate(0, 0, -((int(a.Weekday()) + 6) % 7))
		t = monday.AddDate(0, 0, 7*f.dir+(int(f.weekday)+6)%7)
		week := map[int]string{-1: "the week before that of", 0: "the week of", 1: "the week after that of"}[f.dir]
		why = fmt.Sprintf("'%s': the %s of %s the %s", f.text, f.weekday, week, x.ref())
	case x.r.n > 0:
		t = a.AddDate(0, 0, (diff+7)%7+7*x.r.n)
		why = fmt.Sprintf("'%s': a week after the first %s on or after the %s", f.text, f.weekday, x.ref())
	case f.hasDir && f.dir < 0:
		back := (7 - diff) % 7
		if back == 0 {
			back = 7
		}
		t = a.AddDate(0, 0, -back)
		why = fmt.Sprintf("'%s': the %s before the %s", f.text, f.weekday, x.ref())
	case f.hasDir && f.dir > 0:
		fwd := (diff + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		t = a.AddDate(0, 0, fwd)
		why = fmt.Sprintf("'%s': the %s after the %s", f.text, f.weekday, x.ref())
	case dir > 0 || f.hasDir:
		t = a.AddDate(0, 0, (diff+7)%7)
		why = fmt.Sprintf("weekday, %s: the first %s on or after the %s", x.tense, f.weekday, x.ref())
	case nearestDay && (diff+7)%7 < (7-diff)%7:
		t = a.AddDate(0, 0, (diff+7)%7)
		why = fmt.Sprintf("%s, %s: the %s nearest the %s, after it", nearWhy, x.tense, f.weekday, x.ref())
	default:
		t = a.AddDate(0, 0, -((7 - diff) % 7))
		why = fmt.Sprintf("weekday, %s: the latest %s on or before the %s", x.tense, f.weekday, x.ref())
		if nearestDay {
			why = fmt.Sprintf("%s, %s: the %s nearest the %s, on or before it", nearWhy, x.tense, f.weekday, x.ref())
		}
	}
	if prev, ok := x.purposeAfterDay(); ok && !f.hasDir && x.tense == tensePast && t.Before(prev) {
		// "Unions voted on Monday to walk out again on Thursday": what
		// was decided on a day comes after it.
		t = prev.AddDate(0, 0, (int(f.weekday)-int(prev.Weekday())+6)%7+1)
		why = fmt.Sprintf("in an infinitive after %s: the first %s after it", prev.Format("2006-01-02"), f.weekday)
	}
	if prev, ok := x.listedAfterDir(); ok && !f.hasDir {
		// "next Thursday and Friday": the Friday after that Thursday.
		t = prev.AddDate(0, 0, (int(f.weekday)-int(prev.Weekday())+6)%7+1)
		why = fmt.Sprintf("listed after %s, which has a direction word: the first %s after it", prev.Format("2006-01-02"), f.weekday)
	}
	if start, ok := x.rangeStart(); ok && !f.hasDir && x.d.last.u == uDay && !t.After(start) {
		// "from Monday until Wednesday": the end comes after the start.
		t = start.AddDate(0, 0, (int(f.weekday)-int(start.Weekday())+6)%7+1)
		why = fmt.Sprintf("end of a range from %s: the first %s after it", x.d.last.value(), f.weekday)
	}
	return x.weekdayAt(t, why)
}

// weekAheadWeekday returns the day in the week named last of a weekday
// without a direction word, when that week, after the publish date's,
// was named before it in its sentence: "more hot weather next week, with
// 41 degrees predicted for Tuesday and Wednesday". A week already over
// is not taken: in "shares fell last week and rose on Tuesday" Tuesday
// may well be this week's; nor is a day told in the past tense ("will
// travel next week, the ministry said on Tuesday").
func (x *resolver) weekAheadWeekday() (time.Time, bool) {
	d := x.d
	if x.f.hasDir || x.tense == tensePast || d.saidOn(x.m.first) || d.ref.IsZero() || d.weekTok < 0 || d.weekTok >= x.m.first || d.sentenceOf(d.weekTok) != d.sentenceOf(x.m.first) {
		return time.Time{}, false
	}
	if !d.week.start.After(d.ref) {
		return time.Time{}, false
	}
	return d.week.start.AddDate(0, 0, (int(x.f.weekday)+6)%7), true
}

// weekdayAt returns the resolution of a weekday found to be day t, with
// its time of day if it has one: "Thursday night" is 2025-03-13TNI.
func (x *resolver) weekdayAt(t time.Time, why string) resolution {
	res := resolution{value: t.Format("2006-01-02"), why: why, usedAnchor: true}
	if x.f.hasClock || x.f.part != "" {
		res.value += clockSuffix(x.f)
		res.typ = Time
	}
	return res
}

// storyWeekday returns the day a weekday without a direction word names
// in a history's account (see document.history): the first such day on
// or after the day the account reached, named at most
// narrativeSentences before ("was arrested two days later. He was held
// from Monday afternoon").
func (x *resolver) storyWeekday() (time.Time, bool) {
	d, p := x.d, x.d.last
	if x.f.hasDir || x.tense == tenseFuture || !d.history() || p.u > uDay || p.start.IsZero() ||
		p.start.Year() > d.ref.Year()-2 || d.lastTok >= x.m.first ||
		d.sentenceIndex(d.lastTok) < d.sentenceIndex(x.m.first)-narrativeSentences ||
		len(d.sents) > 0 && d.attributesSpeech(d.sentenceIndex(x.m.first)) {
		return time.Time{}, false // "police said the man was arrested on Saturday": news
	}
	x.carried, x.from = true, p.start
	return p.start.AddDate(0, 0, (int(x.f.weekday)-int(p.start.Weekday())+7)%7), true
}

// comparedWith reports whether the match dates a figure a change is
// measured from: "up from 31 on Friday", "down from $4.50 on Monday",
// "compared with 12 on Tuesday", "rose to $1.6870 from $1.6795 late on
// Friday".
func (x *resolver) comparedWith() bool { return x.d.comparedAt(x.m.first) }

// comparedAt reports whether the date at token i dates a figure a change
// is measured from (see resolver.comparedWith).
func (d *document) comparedAt(i int) bool {
	toks, text := d.toks, d.text
	if i >= 1 && i+2 < len(toks) && comparedPreps[toks[i-1].lower(text)] && toks[i+1].lower(text) == "'s" && comparedLevels[toks[i+2].lower(text)] {
		return true // "retreating from Wednesday's record", "below Monday's close"
	}
	for j := i - 1; j >= 1 && j >= i-comparedReach; j-- {
		if toks[j].kind == tWord && toks[j].breaks > 0 {
			return false
		}
		t, prev := &toks[j], &toks[j-1]
		switch {
		case t.is(text, "from") && (prev.is(text, "up") || prev.is(text, "down")),
			t.is(text, "with") && prev.is(text, "compared"),
			t.is(text, "from") && j+1 < i && currencySigns[text[toks[j+1].start:toks[j+1].end]],
			t.is(text, "from") && j+2 < i && toks[j+1].kind == tNumber && (toks[j+2].is(text, "%") || toks[j+2].is(text, "percent")):
			return true
		case t.is(text, ",") || t.is(text, ";") || t.is(text, "."):
			return false
		}
	}
	return false
}

// comparedPreps introduce what a figure is compared with ("from the
// previous year"); before a day's level of comparedLevels they make it
// one: "retreating from Wednesday's record", "below Monday's close".
var (
	comparedPreps  = wordSet("from below above off than over with versus vs vs.")
	comparedLevels = wordSet("record high low close closing level peak finish")
)

// currencySigns open a sum of money.
var currencySigns = map[string]bool{"$": true, "£": true, "€": true, "¥": true}

// comparedReach is how many tokens the figure of comparedWith and its
// preposition may take before the match.
const comparedReach = 6

// possessive reports whether the match is followed by "'s".
func (x *resolver) possessive() bool {
	return possessiveAfter(x.d, &x.m)
}

// awaited reports whether the match, a weekday with "'s", names what
// is still awaited: after "ahead of", or a deadline after "before"
// ("voted late Tuesday, days before Friday's deadline").
func (x *resolver) awaited() bool {
	toks, text := x.d.toks, x.d.text
	i := x.m.first
	if i >= 2 && toks[i-1].lower(text) == "of" && toks[i-2].lower(text) == "ahead" {
		return true
	}
	if i >= 1 && awaitWords[toks[i-1].lower(text)] {
		return true // "traders awaited Friday's jobs report"
	}
	if i >= 2 && joinsPhrase(text, &toks[i-1]) {
		// The two words before the weekday's name: "heads into",
		// "turning to".
		pair := toks[i-2].lower(text) + " " + toks[i-1].lower(text)
		if leadUpPhrases[pair] {
			return true // "as the country heads into Tuesday's election"
		}
		if awaitPhrases[pair] {
			// "attention was turning to Friday's figures", "investors
			// are focused on Thursday's retail sales data": what comes
			// next, when it is a release or a meeting.
			return x.d.hasWord(x.m.last+1, min(len(toks), x.m.last+releaseReach), releaseWords)
		}
	}
	return i >= 1 && toks[i-1].lower(text) == "before" && x.m.last+1 < len(toks) && toks[x.m.last+1].lower(text) == "deadline"
}

// awaitWords come before what is awaited: "awaiting Friday's report".
var awaitWords = wordSet("awaiting await awaits awaited eyeing")

// joinsPhrase reports whether t is the preposition that ends a phrase of
// leadUpPhrases or awaitPhrases.
func joinsPhrase(text string, t *token) bool {
	return t.is(text, "to") || t.is(text, "on") || t.is(text, "for") || t.is(text, "into")
}

// leadUpPhrases come before an event still ahead, whatever it is, in
// the present tense: "heads into Tuesday's election", "preparing for
// Saturday's final".
var leadUpPhrases = map[string]bool{
	"heads into": true, "head into": true, "heading into": true,
	"prepares for": true, "prepare for": true, "preparing for": true, "countdown to": true,
}

// awaitPhrases come before what is awaited when it is a release or a
// meeting (releaseWords): "focused on Thursday's figures", but not
// "focused on Monday's sell-off".
var awaitPhrases = map[string]bool{
	"turning to": true, "turned to": true, "turns to": true, "turn to": true,
	"focused on": true, "focus on": true, "focusing on": true, "focuses on": true,
	"waiting for": true, "wait for": true, "waits for": true, "ahead to": true,
	"looking to": true, "look to": true, "looks to": true,
}

// releaseWords name scheduled releases and meetings, which a weekday
// with "'s" dates ahead after a word of awaiting.
var releaseWords = wordSet(`figures data report reports release numbers payrolls minutes meeting
decision vote auction talks summit statement budget testimony speech hearing earnings results`)

// releaseReach is how many tokens after the weekday its release may be
// named: "Thursday's retail sales figures".
const releaseReach = 5

// startVerbs are the present-tense verbs that announce when an event
// named before them begins, with the particle some of them need: "the
// race starts at noon", "the final kicks off at 8 p.m.".
var startVerbs = map[string]string{
	"begins": "", "starts": "", "kicks": "off", "tips": "off", "gets": "underway under",
}

// startsAfter reports whether the match is the subject of a start verb
// in the present tense within a few words of the same clause: "Sunday's
// race starts at noon". Verbs that also speak of what is done ("Friday's
// ruling comes after", "opens the door") are not counted.
func (x *resolver) startsAfter() bool {
	toks, text := x.d.toks, x.d.text
	for i := x.m.last + 1; i < len(toks) && i <= x.m.last+6; i++ {
		t := &toks[i]
		if t.kind == tPunct || t.breaks > 0 {
			return false
		}
		particle, ok := startVerbs[t.lower(text)]
		if !ok {
			continue
		}
		if particle == "" {
			return true
		}
		return i+1 < len(toks) && strings.Contains(" "+particle+" ", " "+toks[i+1].lower(text)+" ")
	}
	return false
}

// relativeClauseAfter reports whether a clause without "that" follows the
// match: a subject pronoun or a determiner, then a verb ("the year the
// line opened", "the week they met").
func (x *resolver) relativeClauseAfter() bool {
	toks, text := x.d.toks, x.d.text
	i := x.m.last
	if i+1 >= len(toks) || toks[i].breaks > 0 {
		return false
	}
	switch toks[i].lower(text) {
	case "he", "she", "they", "we", "i", "you":
		return true
	case "the", "his", "her", "their", "its", "our", "my":
		// "the year the line opened": a verb within the next two words.
		for k := i + 2; k < len(toks) && k <= i+3; k++ {
			if w := toks[k].lower(text); tenseWords[w] == tensePast || strings.HasSuffix(w, "ed") && toks[k].kind == tWord {
				return true
			}
		}
	}
	return false
}

// overnightSentences is how many sentences back the evening time of an
// account may be for a small hour after it to be of the next day.
const overnightSentences = 3

// overnight returns the day after t for a clock time in the small hours
// told after one in the evening of t: "the lookout saw the iceberg at
// 11:40 p.m. … The first lifeboat was lowered at 12:45 a.m."
func (x *resolver) overnight(t time.Time) (time.Time, bool) {
	d := x.d
	n, ok := d.nightBefore(x.m.first)
	if h := clockHour(x.f); !ok || h < 0 || h >= 6 || !n.t.Equal(t) || d.sentenceIndex(n.tok) < d.sentenceIndex(x.m.first)-overnightSentences {
		return time.Time{}, false
	}
	return t.AddDate(0, 0, 1), true
}

// nightAfter returns the part of day of "tonight", "last night", "this
// afternoon" and the like right after the match ("4 o'clock this
// afternoon") or right before its "at" ("tonight at 7:30"), which tells
// whether a clock time without "a.m." or "p.m." is in the evening.
func (x *resolver) nightAfter() string {
	toks, text := x.d.toks, x.d.text
	if part, _ := partPhrase(text, toks, x.m.last); part != "" {
		return part
	}
	i := x.m.first
	if i >= 1 && !toks[i].is(text, "at") && toks[i-1].is(text, "at") {
		i-- // "tonight at 7 o'clock": the rule's match starts after "at"
	}
	if i >= 1 && toks[i].is(text, "at") {
		for back := 1; back <= 2 && i-back >= 0; back++ {
			if part, n := partPhrase(text, toks, i-back); n == back {
				return part
			}
		}
		// "Thursday evening at 7:30", "each morning at 7": the part of
		// the day just before says which half of it the hour is in.
		if part, ok := partCodes[toks[i-1].lower(text)]; ok {
			return part
		}
	}
	return ""
}

// partPhrase returns the TimeML part of the day that "tonight", or "this",
// "last", "tomorrow", "yesterday" or "that" with a part of the day, names
// at token i, and how many tokens it takes; "" and 0 for none.
func partPhrase(text string, toks []token, i int) (string, int) {
	if i >= len(toks) {
		return "", 0
	}
	switch toks[i].lower(text) {
	case "tonight", "tonite":
		return "NI", 1
	case "last", "this", "tomorrow", "yesterday", "that":
		if i+1 < len(toks) {
			if part, ok := partCodes[toks[i+1].lower(text)]; ok {
				return part, 2
			}
		}
	}
	return "", 0
}

// partCodes are the TimeML codes of the parts of the day that say
// whether a clock time is before or after noon.
var partCodes = map[string]string{"night": "NI", "evening": "EV", "afternoon": "AF", "morning": "MO"}

// monthAhead returns the date last mentioned when it is written with its
// month, earlier in the sentence, after the publish date and in another
// month: "The vote is set for Jan. 15; results are due by the end of the
// month", written in December, speaks of January. A holiday or weekday
// ahead does not say which month the sentence means.
func (x *resolver) monthAhead() (period, bool) {
	d := x.d
	p := d.last
	ok := d.lastKind == kDate && (p.u == uDay || p.u == uMonth) && !p.start.IsZero() && p.start.After(d.ref) &&
		formatUnit(p.start, uMonth) != formatUnit(d.ref, uMonth) &&
		d.lastTok < x.m.first && d.sentenceIndex(d.lastTok) == d.sentenceIndex(x.m.first)
	return p, ok
}

// restOf reports whether "the rest of" comes before the match.
func (x *resolver) restOf() bool {
	i := x.m.first
	return i >= 2 && x.d.toks[i-1].is(x.d.text, "of") && x.d.toks[i-2].is(x.d.text, "rest")
}

// wordedMinutes sets the minutes of "half past four" (30), "a quarter
// past" (15) and "a quarter to nine" (8:45).
func (x *resolver) wordedMinutes() {
	f := x.f
	f.minute = 15
	if f.half {
		f.minute = 30
	}
	if strings.Contains(f.text, " to ") {
		f.minute = 60 - f.minute
		f.hour--
		if f.hour == 0 {
			f.hour = 12
		}
	} else if f.hour == 24 {
		f.hour = 0 // "half past midnight": the start of the day
	}
}

// clockSuffix writes the time of day of f as the T part of a TimeML value.
func clockSuffix(f *fields) string {
	if !f.hasClock {
		return "T" + f.part
	}
	return fmt.Sprintf("T%02d:%02d", clockHour(f), f.minute)
}

// clockHour is the hour of the day of f's clock time, 0 to 24, or -1
// when f has only a part of the day.
func clockHour(f *fields) int {
	if !f.hasClock {
		return -1
	}
	h := f.hour
	switch {
	case f.pm == 12 && h < 12:
		h += 12
	case f.pm == 0 && h == 12:
		h = 0
	case f.pm < 0 && h < 12 && (f.part == "AF" || f.part == "EV" || f.part == "NI" && h >= 6):
		h += 12 // "nine o'clock in the evening"
	}
	return h
}

func (x *resolver) shift() resolution {
	f := x.f
	if x.coarse {
		return resolution{why: fmt.Sprintf("counted from the date last mentioned, %s, which holds many a %s", x.d.last.value(), unitNames[f.unit])}
	}
	if x.anchor.IsZero() {
		return noAnchor()
	}
	if x.r.name == "overnight" {
		return x.overnightWord()
	}
	if x.r.name == "day-word" && x.tense != tensePast && x.tense != tenseFuture && equalFold(f.text, "today") {
		if x.d.history() {
			// "His tactics are still taught at military academies today",
			// after an account of 216 BC: the present, not one day of it.
			return resolution{value: "PRESENT_REF", why: "'today' in the present tense after an account of long ago: the present"}
		}
		if p := x.d.last; !p.start.IsZero() && p.start.Year() <= x.d.ref.Year()-historyYears && x.d.lastTok < x.m.first && x.d.lastTok >= x.d.sentenceOf(x.m.first).Start {
			// "In 1900 a man could expect to live to 45; today he can
			// expect to reach 75": the present set against a time long
			// past.
			return resolution{value: "PRESENT_REF", why: fmt.Sprintf("'today' in the present tense set against %s, long past, in its sentence: the present", p.value())}
		}
	}
	if p, ok := x.d.reportingPeriod(x.m.first); ok && x.r.name == "previous-quarter" && p.u == uQuarter {
		return resolution{value: formatUnit(shift(p.start, uQuarter, -1), uQuarter), why: "the quarter before the reporting period last mentioned, " + p.value(), usedAnchor: true}
	}
	if !f.hasDir && x.m.last-x.m.first == 2 && strings.HasPrefix(f.text, "the ") && x.relativeClauseAfter() && !(x.m.first > 0 && x.d.lastEnd == x.m.first-1 && x.prevWord() == ",") {
		// "misstated the year the line opened", "the week they met": a
		// period the clause after it names, which the text does not date
		// (but "born in 1950, the year the war began" is 1950).
		return resolution{why: "the " + unitNames[f.unit] + " a clause after it describes, which the text does not date"}
	}
	u := f.unit
	if u == uNone {
		u = uDay
	}
	n := f.count()
	if !f.hasDir || f.dir == 0 {
		n = 0
	}
	if f.vague {
		return resolution{value: vagueRef(f.dir), why: "an unspecified number of " + unitNames[u] + "s"}
	}
	// "A year earlier" in a report about a quarter is that quarter a
	// year before.
	if p, ok := x.d.reportingPeriod(x.m.first); ok && u == uYear && n == 1 && !f.half && f.dir < 0 && x.r.name != "dir-unit" {
		if l, ok := x.comparedDate(); ok {
			return yearBeforeCompared(l)
		}
		q := period{p.start.AddDate(-1, 0, 0), p.u}
		return resolution{value: q.value(), why: fmt.Sprintf("a year before the reporting period %s mentioned before", p.value()), usedAnchor: true}
	}
	if u == uWeekend {
		return x.weekend(n * f.dir)
	}
	if p, ok := x.monthAhead(); ok && x.r.name == "the-week" && u == uMonth {
		return resolution{value: formatUnit(p.start, uMonth), why: fmt.Sprintf("the month of %s, a date ahead named before it in the sentence", p.value()), usedAnchor: true}
	}
	if u == uCentury && !f.hasDir && x.tense == tensePast {
		// "The middle of the century saw two wars": told in the past,
		// of a century the text does not name.
		return resolution{why: "a part of the century in a past-tense sentence: which century is not said"}
	}
	if sy, ok := x.yearOfSentence(); ok && u == uYear && !f.hasDir && strings.HasSuffix(f.text, "the year") {
		return resolution{value: fmt.Sprintf("%04d", sy), why: fmt.Sprintf("the year %d, named before it in its sentence", sy), usedAnchor: true}
	}
	if x.tense == tensePast && (strings.HasSuffix(f.text, "the year") || strings.HasSuffix(f.text, "the full year") || strings.HasSuffix(f.text, "the decade")) {
		// "By the end of the year, UN forces had retreated": the year
		// (or decade) of the account, which its last day does not come
		// before.
		if y, ok := x.narrative(func(y int) time.Time { return day(y, time.December, 31) }); ok {
			return resolution{value: formatUnit(day(y, time.January, 1), u), why: fmt.Sprintf("the %s of a past-tense account: that of %d, %s", unitNames[u], y, x.toldAfter()), usedAnchor: true}
		}
		if p, ok := x.d.recentDate(x.m.first); ok && u == uDecade && p.start.Year()/10 < x.d.ref.Year()/10 {
			// "She published her first novel in 1902. By the end of the
			// decade she had published five": a decade already over.
			return resolution{value: formatUnit(p.start, u), why: fmt.Sprintf("the decade of a past-tense sentence: that of %s, named just before", p.value()), usedAnchor: true}
		}
	}
	if f.half && !f.hasN {
		n = 0 // "half a century ago"
	}
	if sm, ok := halves[u]; ok && f.half {
		// "two and a half years ago" is thirty months before, a month;
		// "half a century ago" fifty years, a year.
		k := n*sm.n + sm.n/2
		t := shift(x.anchor, sm.u, f.dir*k)
		return resolution{value: formatUnit(t, sm.at), usedAnchor: true,
			why: fmt.Sprintf("%d %s(s) %s the %s", k, unitNames[sm.u], beforeAfter(f.dir), x.ref())}
	}
	if n > 0 && (u == uDecade || u == uCentury) && f.hasN {
		// "a decade ago", "two centuries earlier" are years; "the
		// previous century", counted by no number, is a century.
		n, u = n*durationUnits[u].times, uYear
	}
	if u == uWeek && n == 0 && x.anchor.Weekday() == time.Sunday && (f.hasDir && !x.r.anaphoric && (x.tense == tenseFuture || x.tense == tensePresent || strings.HasPrefix(f.text, "later ")) || x.r.name == "the-week" && x.restOf()) {
		// "The Senate will vote this week", "talks resume this week",
		// "rain for the rest of the week", written on a Sunday: the
		// week that begins the next day, as the calendar week of a
		// Sunday is all but over.
		t := x.anchor.AddDate(0, 0, 1)
		return resolution{value: formatUnit(t, u), usedAnchor: true, why: fmt.Sprintf("the week ahead of the %s, a Sunday, in a sentence about what is to come", x.ref())}
	}
	if x.r.name == "mid-year" && x.tense == tenseFuture && x.anchor.Month() > time.June {
		// "expects to hire 200 people by mid-year", written in October:
		// this year's middle is past.
		t := shift(x.anchor, uYear, 1)
		return resolution{value: formatUnit(t, u), usedAnchor: true, why: fmt.Sprintf("the middle of the year after the %s, in a sentence about what is to come, as this year's is past", x.ref())}
	}
	t := shift(x.anchor, u, f.dir*n)
	res := resolution{value: formatUnit(t, u), usedAnchor: true}
	switch {
	case n == 0:
		res.why = fmt.Sprintf("the %s of the %s", unitNames[u], x.ref())
	default:
		res.why = fmt.Sprintf("%d %s(s) %s the %s", n, unitNames[u], beforeAfter(f.dir), x.ref())
	}
	if f.hasClock || f.part != "" && !x.r.anaphoric {
		res.value = t.Format("2006-01-02") + clockSuffix(f)
		res.typ = Time
	}
	return res
}

// overnightWord resolves "overnight" said of when something happened: the
// night before the anchor in a report of the past ("Iraq fired two more
// Scud missiles overnight"), the anchor's own otherwise ("temperatures
// will fall overnight"). Before a noun or after a determiner it names a
// kind of thing ("an overnight stay", "overnight rates"), no time.
func (x *resolver) overnightWord() resolution {
	toks, text := x.d.toks, x.d.text
	if i := x.m.first - 1; i >= 0 && inSet(text, &toks[i], determiners) {
		return resolution{reject: true}
	}
	if j := x.m.last; j < len(toks) && toks[j].kind == tWord && toks[j].breaks == 0 && !overnightFollowers[toks[j].lower(text)] {
		return resolution{reject: true}
	}
	if x.habitualClock() {
		return resolution{value: "XXXX-XX-XXTNI", why: "in a sentence of what happens as a rule: the night of no one day"}
	}
	t, why := x.anchor, "the night of the "+x.ref()
	if x.tense == tensePast {
		t, why = t.AddDate(0, 0, -1), "told in the past: the night before the "+x.ref()
	}
	return resolution{value: t.Format("2006-01-02") + "TNI", why: why, usedAnchor: true}
}

// overnightFollowers are the words after which "overnight" ends its
// clause's verb phrase, an adverb of time: "struck overnight with",
// "fell overnight and".
var overnightFollowers = wordSet(`on in at and but or as to from into with after before when while
amid despite near along across by for against off up down out than then`)

// halves says, for a unit counted with a half, the unit to count in, how
// many of them make the whole, and the unit of the date reached.
var halves = map[unit]struct {
	u, at unit
	n     int
}{
	uYear: {uMonth, uMonth, 12}, uDecade: {uYear, uYear, 10}, uCentury: {uYear, uYear, 100},
	uMonth: {uDay, uDay, 30}, uWeek: {uDay, uDay, 7}, uDay: {uHour, uDay, 24},
}

// weekend resolves "the weekend", "last weekend": dir < 0 the latest
// weekend before the anchor, dir > 0 the next one, 0 the weekend of the
// anchor's week, or with no direction word, by tense.
func (x *resolver) weekend(dir int) resolution {
	a := x.anchor
	sat := a.AddDate(0, 0, (int(time.Saturday)-int(a.Weekday())+7)%7) // next Saturday, or today
	if a.Weekday() == time.Sunday {
		sat = a.AddDate(0, 0, -1)
	}
	why := "the weekend of the week of the " + x.ref()
	if !x.f.hasDir {
		d, _ := x.direction()
		switch {
		case d > 0, !sat.After(a):
			dir = 0
		case (x.tense == tensePresent || x.pastPlan() || x.until() || x.forecast()) && absDays(sat, a) <= absDays(sat.AddDate(0, 0, -6), a):
			// "was due to visit over the weekend", written on a
			// Friday, "the weekend schedule is the traditional one",
			// on a Wednesday: a plan told in the past or the present,
			// the nearer weekend.
			dir = 0
		default:
			dir = -1
		}
		why = fmt.Sprintf("weekend, %s, nearest the %s", x.tense, x.ref())
	}
	if x.f.hasDir && dir == 0 && x.tense == tensePast && !x.r.anaphoric && (a.Weekday() == time.Monday || a.Weekday() == time.Tuesday) {
		// "opened at No. 1 this weekend", written on a Monday: the
		// weekend just gone; later in the week, "forced shows to go
		// dark this weekend" is still the coming one.
		return resolution{value: formatUnit(sat.AddDate(0, 0, -7), uWeekend), why: "'this weekend' in a past-tense sentence: the weekend before the " + x.ref(), usedAnchor: true}
	}
	switch {
	case dir < 0:
		if !sat.Before(a) || a.Weekday() == time.Sunday {
			// A Sunday is in its weekend: the one before is a week back.
			sat = sat.AddDate(0, 0, -7)
		}
		why = "the weekend before the " + x.ref()
	case dir > 0 && x.f.hasDir && x.r.anaphoric && sat.After(a):
		// "the anniversary on Thursday … the following weekend": the
		// first weekend after that day, in its own week.
		why = "the first weekend after the " + x.ref()
	case dir > 0 && x.f.hasDir && sat.After(a) && strings.Contains(x.f.text, "coming"):
		// "the coming weekend" is the first one ahead, where "next
		// weekend" said on a Monday is the one after.
		why = "the first weekend after the " + x.ref()
	case dir > 0 && x.f.hasDir:
		sat = sat.AddDate(0, 0, 7)
		why = "the weekend after the " + x.ref()
	}
	return resolution{value: formatUnit(sat, uWeekend), why: why, usedAnchor: true}
}

// clockWithRange is clock for a time that may take its a.m. or p.m. from
// the end of its range (see rangeMeridiem), saying so.
func (x *resolver) clockWithRange() resolution {
	var note string
	if x.f.pm < 0 && x.f.part == "" {
		note = x.rangeMeridiem()
	}
	res := x.clock()
	if res.value != "" {
		res.why += note
	}
	return res
}

// clock resolves a time of day to the day it is on: a recurrence's
// (none), a heading's, the day named in its sentence or last before it,
// or the anchor.
func (x *resolver) clock() resolution {
	f := x.f
	if !f.hasClock && f.hasN {
		// "ten o'clock", "eight in the evening": the number is the hour.
		if f.n < 1 || f.n > 12 {
			return resolution{reject: true}
		}
		f.hour, f.hasClock = f.n, true
	}
	if x.r.name == "past-the-hour" {
		x.wordedMinutes()
	}
	night := x.nightAfter()
	if f.pm < 0 && f.part == "" {
		f.part = night // "at 7:30 ET tonight", "10:47 last night"
	}
	if x.d.recurrenceBeside(x.m) {
		// "every Tuesday at 9 a.m.": the time of each of its days.
		return resolution{value: "XXXX-XX-XX" + clockSuffix(f), why: "time of day of the recurrence next to it"}
	}
	if (x.d.lineOf(x.m) || x.d.postHead(x.m)) && !x.d.ref.IsZero() {
		// "14:55 GMT" on a line of its own, or "16:40 -" opening one,
		// heads a post of a live report: the time it was written, on
		// the day of the heading over it, or the publish date.
		if h, ok := x.d.headingOver(x.m.first); ok {
			return resolution{value: h.Format("2006-01-02") + clockSuffix(f), why: "time of day heading a post, on the day of the heading over it, " + h.Format("2006-01-02"), usedAnchor: true}
		}
		return resolution{value: x.d.ref.Format("2006-01-02") + clockSuffix(f), why: "time of day on a line of its own, on the publish date " + x.d.ref.Format("2006-01-02"), usedAnchor: true}
	}
	a, name, dayTok := x.d.dayInSentence(x.m, x.tense)
	if f.hour == 24 && f.minute == 0 && !a.IsZero() && x.prevWord() == "after" && !x.d.nightAt(dayTok) {
		// "began on Jan. 28, when a clerk was threatened shortly after
		// midnight": the midnight that starts the day of its sentence,
		// not the one that ends it (after a night, or a day told
		// before, it is the one that ends that day).
		f.hour = 0
	}
	if !a.IsZero() && dayTok >= x.m.last {
		if t, ok := x.zoneTwinDay(dayTok, a); ok {
			a, name = t, fmt.Sprintf("day of the time given beside it in another zone on %s, %s", a.Format("2006-01-02"), t.Format("2006-01-02"))
		}
	}
	if !a.IsZero() && dayTok >= x.m.last && x.overnightStart(dayTok) {
		// "from 8 p.m. until 3 a.m. on Jan. 1": the range starts the
		// evening before the day its end is on.
		a, name = a.AddDate(0, 0, -1), "day before the "+name+", where a range through the night ends"
	} else if !a.IsZero() && dayTok < x.m.first && x.overnightEnd(dayTok) {
		// "from 10 p.m. Sunday to 5 a.m.": the range ends the morning
		// after the day it starts on.
		a, name = a.AddDate(0, 0, 1), "day after the "+name+", where a range through the night starts"
	}
	if x.hoursOfDays(a, dayTok) {
		// "open from 8 am to 4 pm, six days a week, until March 31":
		// the hours of every day up to that one.
		return resolution{value: "XXXX-XX-XX" + clockSuffix(f), why: "time of day of hours kept each day of a span of days, which dates no one day"}
	}
	if !a.IsZero() && x.m.first > 0 && x.d.toks[x.m.first-1].lower(x.d.text) == "since" && !x.d.ref.IsZero() && a.After(x.d.ref) {
		// "Crews have been there since 13:30 but the line will not
		// reopen before tomorrow morning": a time since which something
		// is so is not on a day still ahead.
		a = time.Time{}
	}
	if s := x.d.sentenceOf(x.m.first); !a.IsZero() && x.tense != tensePast && x.d.hasWord(s.Start, s.End, habitDays) {
		// "closed from Monday, with crews working from 9 p.m. to 6 a.m.
		// on weeknights": the hours of each such night, not of the day.
		return resolution{value: "XXXX-XX-XX" + clockSuffix(f), why: "time of day in a sentence of the days or nights a habit keeps, which dates no day"}
	}
	if a.IsZero() && x.d.recurrenceIn(x.d.sentenceOf(x.m.first), x.tense != tensePast && x.tense != tenseFuture) {
		// "On Mondays she starts at 4 a.m.": a habit, on no one day.
		return resolution{value: "XXXX-XX-XX" + clockSuffix(f), why: "time of day in a sentence of a recurrence, which dates no day"}
	}
	if a.IsZero() && x.habitualClock() {
		// "The museum is usually open until 6 p.m.", "open weekdays
		// from 8 a.m.": the hours of every such day.
		return resolution{value: "XXXX-XX-XX" + clockSuffix(f), why: "time of day in a sentence of what happens as a rule, which dates no day"}
	}
	if h, ok := x.d.headingOver(x.m.first); ok && a.IsZero() {
		// "SUNDAY, JUNE 10 … Harvest Moon (State Theatre, 8.30pm)": an
		// entry under a day's heading.
		a, name = h, "day of the heading over it, "+h.Format("2006-01-02")
	}
	if a.IsZero() {
		// Clock times are resolved last: the day mentioned last before
		// this one, not the last of the text.
		// A sentence in the present or future tense does not go on with
		// a day already over: "The Senate voted on Thursday. Polls close
		// at 8 p.m."; nor one in the past tense with a day still ahead:
		// "Results are due on April 24. Shares fell in afternoon trading."
		fits := func(t time.Time) bool {
			return !((x.tense == tensePresent || x.tense == tenseFuture) && !x.d.ref.IsZero() && t.Before(x.d.ref)) && !(x.tense == tensePast && !x.d.ref.IsZero() && t.After(x.d.ref))
		}
		background := func(t time.Time) bool { return !fits(t) && absDays(t, x.d.ref) > backgroundDays }
		if t, ok := x.d.dayBeforeSkipping(x.m.first, background); ok && fits(t) {
			a, name = t, "day last mentioned, "+t.Format("2006-01-02")
			if next, ok := x.overnight(t); ok {
				a, name = next, fmt.Sprintf("day after %s, past midnight after a time of its night", t.Format("2006-01-02"))
			}
		} else if t, ok := x.d.storyDay(x.m.first); ok && x.tense == tensePast {
			// "A wildfire raced through the foothills on Friday. …
			// Sheriff Corbin issued an evacuation order at 8:15 a.m.":
			// the day the story reports, further back.
			a, name = t, "day of the story last mentioned, "+t.Format("2006-01-02")
		}
	}

	if a.IsZero() {
		if x.anchor.IsZero() {
			return noAnchor()
		}
		if da, ok := x.d.monthlyBefore(x.m.first); ok && x.tense == tensePast && da.history && da.t.Year() <= x.d.ref.Year()-2 {
			t, ok := x.d.dayAfter(da.tok)
			if !ok || strings.Count(x.d.text[x.d.toks[da.tok].start:x.d.toks[x.m.first].start], "\n\n") > 1 {
				// "Apollo 13 lifted off at 13:13 CST", in a history of
				// 1970 that names no day near it: not the publish day.
				return resolution{why: "time of day in a history's account, on a day the text does not name near it"}
			}
			// "On that Thursday evening … At 6:53 p.m. …\n\nWest German
			// television broadcast the news at 8 p.m.": the account's
			// day goes on into the next paragraph.
			a, name = t, "day of the history's account last named, "+t.Format("2006-01-02")
		}
	}
	if a.IsZero() {
		a, name = x.anchor, x.ref()
	}
	if h := clockHour(f); night == "NI" && h >= 0 && h < 6 {
		// "2 a.m. tonight": the small hours after this day's night.
		a, name = a.AddDate(0, 0, 1), "day after the "+name+", in the small hours of its night"
	}
	return resolution{value: a.Format("2006-01-02") + clockSuffix(f), why: "time of day on the " + name, usedAnchor: true}
}

// rangeMeridiem gives a clock time without a.m. or p.m. that starts a
// range of hours those of the range's end: "from 2 to 4 p.m." is 14:00,
// "from 4:30 to 7:30 p.m." 16:30; a start later in the half-day than its
// end is in the other half, as the range crosses noon: "from 11 to 1
// p.m." is 11:00.
func (x *resolver) rangeMeridiem() string {
	f := x.f
	n, ok := x.d.rangeEnd(x.m)
	if !ok || f.hour < 1 || f.hour > 12 {
		return ""
	}
	end := extract(x.d, n)
	if end.pm < 0 {
		return ""
	}
	first, last := n.span()
	text := x.d.text[x.d.toks[first].start:x.d.toks[last-1].end]
	if f.hour%12 > end.hour%12 {
		f.pm = 12 - end.pm
		return fmt.Sprintf("; the other half of the day from the range's end '%s', a range across noon", text)
	}
	f.pm = end.pm
	return fmt.Sprintf("; the half of the day of the range's end '%s'", text)
}

// backgroundDays is how far from the publish date a day of the wrong
// tense must lie to be background a clock time after it passes over.
const backgroundDays = 366

// zoneTwinDay returns the day of the clock time matched when the same
// moment follows it in another zone, in brackets, with the day at token
// dayTok, which resolved to t: "7:42 p.m. local time (0042 UTC Friday)"
// is Thursday evening. The two times differ by the zones' offset, taken
// as under 12 hours either way.
func (x *resolver) zoneTwinDay(dayTok int, t time.Time) (time.Time, bool) {
	d, i := x.d, x.m.last
	for i < len(d.toks) && i < x.m.last+zoneTwinGap && d.toks[i].kind == tWord && inSet(d.text, &d.toks[i], twinWords) {
		i++ // "local time"
	}
	if i >= len(d.toks) || !d.toks[i].is(d.text, "(") {
		return time.Time{}, false
	}
	p, ok := d.matchAt(i + 1)
	if !ok || p.rule.typ != Time || dayTok < p.first || dayTok >= p.last {
		return time.Time{}, false
	}
	pf := extract(d, p)
	here, there := clockHour(x.f), clockHour(&pf)
	if here < 0 || there < 0 {
		return time.Time{}, false
	}
	off := (here*60 + x.f.minute) - (there*60 + pf.minute)
	for off > 12*60 {
		off -= 24 * 60
	}
	for off <= -12*60 {
		off += 24 * 60
	}
	at := t.Add(time.Duration(there*60+pf.minute+off) * time.Minute)
	return day(at.Year(), at.Month(), at.Day()), true
}

// zoneTwinGap is how many words may stand between a clock time and the
// bracket of the same moment in another zone ("local time").
const zoneTwinGap = 2

// twinWords are the words between a clock time and the bracket that
// gives it in another zone.
var twinWords = wordSet("local time")

// overnightStart reports whether the clock time matched starts a range of
// hours through a night whose other end is written with a date at token
// dayTok: "from 8 p.m. until 3 a.m. on Jan. 1" starts the evening before.
// A weekday names the night, not the morning after it: "open from 10
// p.m. to 2 a.m. on Saturday" is Saturday night.
func (x *resolver) overnightStart(dayTok int) bool {
	n, ok := x.d.rangeEnd(x.m)
	if !ok || dayTok < n.first || dayTok > n.last+1 || !overnight(x.f, x.d, n) {
		return false
	}
	for i := n.first; i < max(n.last, dayTok+1) && i < len(x.d.toks); i++ {
		if x.d.toks[i].cls&cWeekday != 0 {
			return false
		}
	}
	// "between 11 p.m. and 1 a.m. on New Year's Eve": an eve names the
	// night that starts on it.
	if m, ok := x.d.matchAt(dayTok); ok && x.d.toks[m.last-1].is(x.d.text, "eve") {
		return false
	}
	return true
}

// overnightEnd reports whether the clock time matched ends a range of
// hours through a night whose start is on the day at token dayTok: "from
// 10 p.m. Sunday to 5 a.m." ends on Monday, as "from 9 p.m. to 2 a.m. on
// New Year's Day" does on the day written after it, not the evening's.
// A start without a day of its own ("the curfew runs from 8 p.m. to 6
// a.m.") is of no one night.
func (x *resolver) overnightEnd(dayTok int) bool {
	d, m := x.d, x.m
	k := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].first >= m.first })
	if k == 0 {
		return false
	}
	p := d.matches[k-1]
	_, last := p.span()
	if last+1 != m.first || !rangeWords[d.toks[last].lower(d.text)] || p.rule.typ != Time || dayTok < p.first || dayTok >= last {
		return false
	}
	if p.rule.kind == kClock && !d.dayWrittenAfter(m) && !d.dayWrittenBefore(p) {
		return false
	}
	start := extract(d, p)
	return overnightHours(&start, x.f) // the end's a.m. or p.m. may be its range's (see rangeMeridiem)
}

// hourRange reports whether the match and the clock time next to it are
// the two ends of a range of hours, neither with a day of its own: "from
// 8 a.m. to 4 p.m.", "between 5 p.m. and 11 p.m.".
func (x *resolver) hourRange() bool {
	d, m := x.d, x.m
	if n, ok := d.rangeEnd(m); ok && n.rule.kind == kClock {
		return true
	}
	k := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].first >= m.first })
	if k == 0 {
		return false
	}
	p := &d.matches[k-1]
	_, last := p.span()
	return last+1 == m.first && rangeWords[d.toks[last].lower(d.text)] && p.rule.kind == kClock
}

// hoursOfDays reports whether the match, an end of a range of hours,
// gives the hours kept on every day of a span, not on one day: the day
// nearest it in its sentence (at token dayTok) starts or ends a span of
// days ("lit up each evening from 6 p.m. to 10 p.m. until April 6",
// "From May 20 through Sept. 30, shuttles run from 7 a.m. to 10 p.m."),
// or no day is named and the sentence, not told in the past, has a
// recurrence of days ("will be closed from 9 p.m. to 6 a.m. on
// weeknights"; "Masses every hour from 6 a.m. to 8 p.m." may be of one
// day) or tells, in the present, the hours a place keeps ("the garden is
// open from 9:30 a.m. until 7 p.m.").
func (x *resolver) hoursOfDays(a time.Time, dayTok int) bool {
	if !x.hourRange() {
		return false
	}
	if !a.IsZero() {
		return x.d.spanOfDaysAt(dayTok)
	}
	s := x.d.sentenceOf(x.m.first)
	return x.tense != tensePast && x.d.recurrenceIn(s, false) || x.tense == tensePresent && x.d.hasWord(s.Start, s.End, openingWords)
}

// spanOfDaysAt reports whether the date written at token i starts or
// ends a span of days: after "until", "through" or "till", or after
// "from" with the end of the span next ("from March 17 until April 11").
func (d *document) spanOfDaysAt(i int) bool {
	m, ok := d.matchAt(i)
	if i < 1 || ok && m.rule.kind == kClock {
		return false // "from 1pm to 5pm": a range of hours, of one day
	}
	switch d.toks[i-1].lower(d.text) {
	case "until", "till", "through", "thru":
		return true
	case "from":
		return ok && m.last < len(d.toks) && inSet(d.text, &d.toks[m.last], dayRangeWords)
	}
	return false
}

// dayWrittenBefore reports whether a day-precise date comes before match
// m in its sentence: "On Monday, trains run from 6 a.m. until 1 a.m.".
func (d *document) dayWrittenBefore(m match) bool {
	k := sort.Search(len(d.days), func(k int) bool { return d.days[k].tok >= m.first })
	return k > 0 && d.days[k-1].tok >= d.sentenceOf(m.first).Start
}

// dayWrittenAfter reports whether a day-precise date follows match m,
// maybe after "on": "2 a.m. on New Year's Day".
func (d *document) dayWrittenAfter(m match) bool {
	i := m.last
	if i < len(d.toks) && d.toks[i].is(d.text, "on") {
		i++
	}
	_, ok := writtenAt(d.days, i)
	return ok
}

// rangeEnd returns the time expression joined to m as the end of its
// range: "8 p.m." "until" "3 a.m. on Jan. 1".
func (d *document) rangeEnd(m match) (match, bool) {
	_, last := m.span() // "from 2 <to <4 <p.m.": the end is the context
	if last >= len(d.toks) || !rangeWords[d.toks[last].lower(d.text)] {
		return match{}, false
	}
	n, ok := d.matchAt(last + 1)
	return n, ok && n.rule.typ == Time
}

// matchAt returns the match that starts at token i.
func (d *document) matchAt(i int) (match, bool) {
	k := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].first >= i })
	if k == len(d.matches) || d.matches[k].first != i {
		return match{}, false
	}
	return d.matches[k], true
}

// overnight reports whether a range from the clock time of the fields
// start to that of match end runs past midnight: an evening hour to an
// earlier one, or any hour to one of the small hours ("from 6 a.m. until
// 1 a.m.").
func overnight(start *fields, d *document, end match) bool {
	e := extract(d, end)
	return overnightHours(start, &e)
}

// overnightHours is overnight for the fields of both ends.
func overnightHours(start, end *fields) bool {
	from, to := clockHour(start), clockHour(end)
	return (from >= 12 || to < 6) && to >= 0 && to < from && to < 12
}

// seasonsAgo resolves "two winters ago": counted back from the latest
// such season over by the anchor, as "last winter" is.
func (x *resolver) seasonsAgo() resolution {
	if x.anchor.IsZero() || !x.f.hasN || x.f.n < 1 {
		return noAnchor()
	}
	words := strings.Fields(strings.ToLower(x.f.text))
	code := seasonWords[strings.TrimSuffix(words[len(words)-2], "s")]
	start := seasonStart[code]
	y := x.anchor.Year()
	for !day(y, start, 1).AddDate(0, 3, -1).Before(x.anchor) {
		y--
	}
	y -= x.f.n - 1
	return resolution{value: fmt.Sprintf("%04d-%s", y, code), why: fmt.Sprintf("%d such seasons back, the latest over before the %s counted as the first", x.f.n, x.ref()), usedAnchor: true}
}

// presentPerfect reports whether the verb of the match's clause is a
// present perfect ("has been strong since Christmas"): it speaks of a
// time reaching to the present, not of an account of another year.
func (x *resolver) presentPerfect() bool {
	toks, text := x.d.toks, x.d.text
	v, ok := clauseVerb(text, toks, x.d.markersOf(x.d.sentenceOf(x.m.first)), x.m.first, tensePast)
	if !ok {
		return false
	}
	for i := v; i >= 0 && i >= v-2; i-- {
		switch toks[i].lower(text) {
		case "has", "have", "'ve":
			return true
		}
	}
	return false
}

// postHead reports whether the match m opens its line and a dash, a bar
// or a colon follows it ("16:40 - Police said…"), or a sentence does
// after "a.m." or "p.m." ("5:30 p.m. The state civil defence agency
// says…").
func (d *document) postHead(m match) bool {
	first, last := m.span()
	if first > 0 && d.toks[first].breaks == 0 || last == 0 {
		return false
	}
	if postHeadAt(d.text, d.toks[last-1].end) {
		return true
	}
	end := d.text[d.toks[last-1].start:d.toks[last-1].end]
	return last < len(d.toks) && d.toks[last].breaks == 0 && d.toks[last].upper && d.toks[last].kind == tWord &&
		(equalFold(end, "a.m.") || equalFold(end, "p.m."))
}

// lineOf reports whether the match m is all its line holds.
func (d *document) lineOf(m match) bool {
	first, last := m.span()
	return (first == 0 || d.toks[first].breaks > 0) && (last == len(d.toks) || d.toks[last].breaks > 0)
}

func (x *resolver) season() resolution {
	f := x.f
	if x.r.name == "seasons-ago" {
		return x.seasonsAgo()
	}
	start := seasonStart[f.season]
	at := func(y int) time.Time { return day(y, start, 1) }
	end := func(y int) time.Time { return at(y).AddDate(0, 3, -1) }
	if f.year != 0 {
		return resolution{value: fmt.Sprintf("%04d-%s", f.year, f.season), why: "season and year as written"}
	}
	if !f.hasDir && x.habitual() {
		return resolution{value: "XXXX-" + f.season, why: "season in a sentence of what happens as a rule, not in one year"}
	}
	if x.anchor.IsZero() {
		return noAnchor()
	}
	a := x.anchor
	y := a.Year()
	if f.season == "WI" && a.Month() <= time.March {
		// January 2025 is in the winter of 2024, and so, until the
		// equinox, is March.
		y--
	}
	dir, nearest := x.direction()
	if !x.f.hasDir && (x.startsFrom() || x.rescheduled()) {
		// "a hiring freeze beginning in the fall", "pushed back to the
		// spring": a start ahead.
		dir, nearest = 1, false
	}
	if !x.f.hasDir && dir < 0 && (x.pastPlan() || x.until() || x.forecast()) {
		// "said it was unlikely to be lifted before the autumn": a
		// plan or limit told in the past, either side; the nearer.
		dir, nearest = 0, true
	}
	if y, ok := x.whenYear(); ok {
		return resolution{value: fmt.Sprintf("%04d-%s", y, f.season), why: fmt.Sprintf("season in a 'when' clause that tells of the year %d before it: of that year", y), usedAnchor: true}
	}
	counted := x.countedSeason()
	ny, narrated := 0, false
	account := x.d.lastFrame == frameAccount && !x.d.paragraphSince(x.d.lastTok, x.m.first)
	if !x.f.hasDir && x.tense == tensePast && !counted {
		// "Four years ago, Dukakis held a lead in the summer": the year
		// that dates the sentence's subject.
		ny, narrated = x.sentenceYear(int(start))
	}
	if !narrated && !x.f.hasDir && (dir < 0 || counted) && (counted || account || x.d.history() && x.d.lastFrame >= frameParagraph || !x.seasonNear(at, end)) {
		ny, narrated = x.narrative(at)
	}
	if !narrated && (!x.f.hasDir || x.f.dir == 0 && strings.HasPrefix(x.d.toks[x.m.first].lower(x.d.text), "the")) && x.tense == tenseUnknown && x.d.history() && x.d.headingLine(x.d.sentenceOf(x.m.first)) {
		// "Depot laying and winter", heading a section of a history:
		// the account's winter.
		ny, narrated = x.narrative(at)
	}
	if !narrated && x.f.hasDir && x.f.dir == 0 && x.tense == tensePast && (account || x.d.history()) && strings.HasPrefix(x.d.toks[x.m.first].lower(x.d.text), "the") {
		// "Through the summer heat, dysentery spread", in a history:
		// the summer of the account, not of the publish date.
		ny, narrated = x.narrative(at)
	}
	if counted && !narrated {
		return resolution{value: "XXXX-" + f.season, why: fmt.Sprintf("'%s %s' counts from a start the text does not date: year unknown", x.prevWord(), f.text)}
	}
	var why string
	switch {
	case x.f.hasDir && x.f.unit == uYear:
		// "the spring of last year": the season of the year named.
		y = a.Year() + x.f.dir
		why = "the season of the year " + relWord(x.f.dir) + " the " + x.ref()
	case narrated:
		y = ny
		why = fmt.Sprintf("season in a past-tense account: that of %d, %s", y, x.toldAfter())
	case x.f.hasDir && dir < 0 && x.anchorUnit == uYear && x.anchorName == "date last mentioned":
		// "In 1959 he married Anna, whom he had met the previous
		// winter": the latest begun before that year did.
		for !at(y).Before(a) {
			y--
		}
		why = "the latest such season begun before the year " + x.d.last.value() + ", the date last mentioned"
	case x.f.hasDir && dir < 0:
		for !end(y).Before(a) {
			y--
		}
		why = "the latest such season over before the " + x.ref()
	case x.f.hasDir && dir > 0 && x.anchorUnit == uYear:
		// "sold in 2003 … the following spring": after that year; the
		// winter that begins in its December already follows it.
		y = a.Year() + 1
		why = fmt.Sprintf("the season of the year after %d, the year last mentioned", a.Year())
		if f.season == "WI" {
			y, why = a.Year(), fmt.Sprintf("the winter that begins at the end of %d, the year last mentioned", a.Year())
		}
	case x.f.hasDir && dir > 0:
		for !at(y).After(a) {
			y++
		}
		why = "the first such season to begin after the " + x.ref()
	case x.f.hasDir || nearest:
		why = "the season of the year of the " + x.ref()
	case dir < 0:
		// A season only weeks old is "this spring", not one told of in
		// the past tense.
		for at(y).After(a.AddDate(0, 0, -seasonTold)) {
			y--
		}
		why = fmt.Sprintf("season, %s: the latest begun at least a month before the %s", x.tense, x.ref())
	default:
		for end(y).Before(a) {
			y++
		}
		why = fmt.Sprintf("season, %s: the first not over by the %s", x.tense, x.ref())
	}
	return resolution{value: fmt.Sprintf("%04d-%s", y, f.season), why: why, usedAnchor: true}
}

// seasonTold is how many days a season must have run for a past-tense
// sentence without a direction word to mean it rather than the one a
// year before.
const seasonTold = 30

// countedSeason reports whether the season follows an ordinal ("the
// first winter" of a siege, "its second summer"): it is counted from the
// start of something else, not from the publish date.
func (x *resolver) countedSeason() bool {
	if x.m.first == 0 || x.f.hasDir {
		return false
	}
	prev := x.d.toks[x.m.first-1]
	return prev.cls&cOrd != 0 || prev.lower(x.d.text) == "final"
}

func (x *resolver) quarter() resolution {
	f := x.f
	u, per := uQuarter, 4
	if f.unit == uHalf {
		u, per = uHalf, 2
	}
	if f.ord == 0 && f.hasN {
		f.ord = f.n // "Q3", "H1 2024"
	}
	// "the last half of 1989"; a direction word after it is the year's.
	last := f.ord == 0 && (strings.HasPrefix(f.text, "last ") || strings.HasPrefix(f.text, "the last "))
	if last {
		f.ord = per
	}
	if f.ord < 1 || f.ord > per {
		return resolution{reject: true}
	}
	res := resolution{}
	y := f.year
	ended, endedOK := period{}, false
	if y == 0 {
		ended, endedOK = x.endedPeriod()
	}
	switch {
	case y != 0:
		res.why = "quarter or half of the year as written"
	case endedOK:
		// "the third quarter ended September 30, 2023"
		y = ended.start.Year()
		res.why = "in the year of the date it ended"
	case x.anchor.IsZero():
		return noAnchor()
	case f.yearDir:
		y = x.anchor.Year() + f.yearShift
		res.why = "of the year " + relWord(f.yearShift) + " the " + x.ref()
		res.usedAnchor = true
		if sy, ok := x.yearOfSentence(); ok && f.yearShift == 0 && strings.HasSuffix(strings.ToLower(f.text), "the year") {
			y, res.why = sy, fmt.Sprintf("of the year %d, named before it in its sentence", sy)
		} else if x.tense == tensePast && strings.HasSuffix(strings.ToLower(f.text), "the year") {
			// "began in July 1847 … during the second half of the
			// year": the year of a past-tense account.
			if ny, ok := x.narrative(func(y int) time.Time { return day(y, time.December, 31) }); ok {
				y, res.why = ny, fmt.Sprintf("of the year of a past-tense account, %d, %s", ny, x.toldAfter())
			}
		}
	case last:
		// "the last quarter" without a year is the one before this one.
		p := period{shift(x.anchor, u, -1), u}
		return resolution{value: p.value(), why: "the " + unitNames[u] + " before the one of the " + x.ref(), usedAnchor: true}
	case !x.d.reportingNear(x.m.first) || x.d.gameNear(x.m.first):
		return resolution{reject: true}
	default:
		// Business news reports quarters that have begun: the latest one
		// with that number.
		res.usedAnchor = true
		y = x.anchor.Year()
		if current := (int(x.anchor.Month())-1)/(12/per) + 1; f.ord > current {
			y--
		}
		res.why = "the latest such period begun by the " + x.ref()
		// "expects to report third-quarter results" looks back at a
		// quarter just over; "will decide by the end of Q2", written in
		// March, at the next one.
		end := day(y, time.Month(f.ord*(12/per)+1), 1)
		if (x.tense == tenseFuture || x.forecast()) && end.Before(x.anchor) && (absDays(end, x.anchor) > reportingDays || periodPrepositions[x.prevWord()]) {
			// "expects growth to pick up in the second half", written in
			// February, "forecast fourth-quarter revenue of $2 billion",
			// written in July: the period ahead, not the one reported.
			y++
			res.why = fmt.Sprintf("future tense: the first such period not over by the %s (the last one ended more than %d days before)", x.ref(), reportingDays)
		}
	}
	p := period{day(y, time.Month((f.ord-1)*(12/per)+1), 1), u}
	res.value = p.value()
	return res
}

// periodPrepositions put a quarter or half in the sentence's own time:
// "in the second half", where "second-half results" may be reported
// after the half is over.
var periodPrepositions = map[string]bool{"in": true, "during": true, "over": true, "through": true, "throughout": true}

// monthQuarter resolves "the September quarter", "the June 2024
// quarter": the calendar quarter that ends with that month, in the year
// the month is placed in. Another month ends no calendar quarter (a
// retailer's "October quarter"); the month alone is then the value.
func (x *resolver) monthQuarter() resolution {
	if first := &x.d.toks[x.m.first+1]; first.cls&cMonth != 0 && int(first.w.month) != x.f.month && int(first.w.month) != x.f.month-2 {
		return resolution{why: "the months named are not a quarter"} // "the April-September period"
	}
	res := x.date()
	if res.value == "" || x.f.month%3 != 0 {
		return res
	}
	q := (x.f.month-1)/3 + 1
	res.value = fmt.Sprintf("%s-Q%d", res.value[:4], q)
	res.why = fmt.Sprintf("the quarter ending in %s: %s", time.Month(x.f.month), res.why)
	return res
}

// comparedDate returns the date named last when it comes before the
// match in its sentence, the reporting period last named lies in an
// earlier sentence, and neither the date nor the match is a quarter or
// half: what a figure "a year ago" is compared
// with. "$4.09 a gallon on Saturday, compared with $2.95 a year ago"
// compares days, whatever quarter the text reported before.
func (x *resolver) comparedDate() (period, bool) {
	d := x.d
	l := d.last
	s := d.sentenceOf(x.m.first)
	if l.start.IsZero() || d.reportingTok >= s.Start || d.lastTok >= x.m.first || d.lastTok < s.Start || l.u == uQuarter || l.u == uHalf || strings.Contains(x.f.text, "quarter") || strings.Contains(x.f.text, "half") {
		return period{}, false
	}
	return l, true
}

// yearBeforeCompared resolves "a year ago" or "the same period a year
// earlier" to the date l of its sentence a year before.
func yearBeforeCompared(l period) resolution {
	q := period{l.start.AddDate(-1, 0, 0), l.u}
	return resolution{value: q.value(), why: fmt.Sprintf("a year before %s, named before it in its sentence", l.value()), usedAnchor: true}
}

// reportingDays is how long after a quarter or half ends its results are
// still awaited.
const reportingDays = 60

// period resolves "the quarter", "the latest period", "the current
// quarter", "the year-ago quarter": the period that ends on the date
// written after it ("the quarter ended Sept. 30"), or the reporting period
// the text last named, or else the last quarter over by the publish date;
// a year earlier with dir < 0.
func (x *resolver) period() resolution {
	f := x.f
	if x.d.ref.IsZero() {
		return noAnchor()
	}
	ref := x.d.ref.Format("2006-01-02")
	p, ok := x.endedPeriod()
	why := "the quarter ending on the date written after it"
	switch {
	case ok:
	case strings.Contains(f.text, "current"):
		p, why = period{x.d.ref, uQuarter}, "the quarter of the publish date "+ref
	default:
		if l, ok := x.comparedDate(); ok && f.hasDir && f.dir < 0 && f.year == 0 && l.u > uDay {
			// "in the first eight months of 2022 from the same period a
			// year earlier": the date of its sentence, not the quarter
			// (but a period is longer than the day it is counted to).
			return yearBeforeCompared(l)
		}
		if p, ok = x.d.reportingPeriod(x.m.first); ok {
			why = "the reporting period last mentioned, " + p.value()
			break
		}
		if x.d.gameNear(x.m.first) {
			return resolution{reject: true} // "trailed by ten in the quarter"
		}
		if f.text == "the period" {
			// "The period from 2000 to 2005": no report in view, so not
			// a reporting period.
			return resolution{reject: true}
		}
		if f.hasDir && f.dir < 0 && f.year == 0 {
			// "year-ago results" with no quarter in view: the year before.
			return resolution{value: formatUnit(shift(x.d.ref, uYear, -1), uYear), why: "the year before the publish date " + ref, usedAnchor: true}
		}
		p, why = period{shift(x.d.ref, uQuarter, -1), uQuarter}, "the last quarter over by the publish date "+ref
	}
	switch {
	case f.year != 0:
		p.start = day(f.year, p.start.Month(), 1)
		why += ", in the year written"
	case f.hasDir && f.dir < 0:
		p.start = p.start.AddDate(-1, 0, 0)
		why = "a year before " + why
	}
	return resolution{value: p.value(), why: why, usedAnchor: true}
}

// sameUnit resolves "the same month last year", "the same week a year
// earlier", "the same day in 2024": the unit of the date named in the
// sentence or the one before, a year before or in the year written. With
// no such date in view the unit meant is unknown, and so is the value.
func (x *resolver) sameUnit() resolution {
	f := x.f
	u := uNone // the unit after "the same"; "last year" comes later
	for i := x.m.first; i < x.m.last && u == uNone; i++ {
		if w := x.d.toks[i].w; w != nil && w.cls&cUnit != 0 {
			u = w.unit
		}
	}
	p, ok := x.d.recentDate(x.m.first)
	if !ok || p.u > u || p.u < uDay {
		// "Retail sales fell from the same month last year", written in
		// March, compares February's figures, not March's.
		return resolution{why: "no date named just before gives the " + unitNames[u]}
	}
	if u == uDay && x.d.lastKind != kDate {
		// "Black Friday ... the same day last year" is last year's
		// Black Friday, not the same date.
		return resolution{why: "the day named just before, a holiday or weekday, falls on another date each year"}
	}
	t := p.start.AddDate(-1, 0, 0)
	why := fmt.Sprintf("the %s of %s, named just before, a year earlier", unitNames[u], p.value())
	if f.year != 0 {
		t = p.start.AddDate(f.year-p.start.Year(), 0, 0)
		why = fmt.Sprintf("the %s of %s, named just before, in %d", unitNames[u], p.value(), f.year)
	}
	if y, w := t.ISOWeek(); u == uWeek && y == t.Year() {
		// "the same week last year" is the week of that number: a date
		// a year back may fall in the week before.
		_, want := p.start.ISOWeek()
		t = t.AddDate(0, 0, 7*(want-w))
	}
	x.from = p.start
	return resolution{value: formatUnit(t, u), why: why, usedAnchor: true}
}

// endedPeriod reads "ended Sept. 30" or "ending in June" after a
// reporting period: the quarter that contains that date.
func (x *resolver) endedPeriod() (period, bool) {
	toks, i := x.d.toks, x.m.last
	if i+3 < len(toks) && toks[i].is(x.d.text, ",") && (toks[i+1].is(x.d.text, "which") || toks[i+1].is(x.d.text, "that")) {
		i += 2 // "the fiscal first quarter, which ended Dec. 26"
	}
	if i+1 >= len(toks) {
		return period{}, false
	}
	switch toks[i].lower(x.d.text) {
	case "ended", "ending", "ends":
	default:
		return period{}, false
	}
	i++
	if toks[i].lower(x.d.text) == "in" && i+1 < len(toks) {
		i++
	}
	if toks[i].cls&cMonth == 0 || x.d.ref.IsZero() {
		return period{}, false
	}
	y := x.d.ref.Year()
	if toks[i].w.month > x.d.ref.Month() {
		y--
	}
	// "ended September 30, 2023": the year written.
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if t := &toks[j]; t.cls&cYear != 0 {
			y = t.num
			break
		} else if t.cls&cDay == 0 && x.d.text[t.start:t.end] != "," {
			break
		}
	}
	return period{day(y, toks[i].w.month, 1), uQuarter}, true
}

func (x *resolver) decade() resolution {
	d := x.f.decade
	if _, before := x.eraOf(); before && d < 100 {
		// "the late 40s BC", the years 49 to 40 before the era.
		return resolution{value: fmt.Sprintf("BC%03d", d), why: "decade before the common era, as written"}
	}
	if x.d.beforeEra != "" && d < 100 && !x.d.paragraphSince(x.d.beforeEraTok, x.m.first) {
		// "In 446 BC … by the 430s": a decade of the account's era.
		return resolution{value: fmt.Sprintf("BC%03d", d), why: "decade in the account of " + x.d.beforeEra + ", before the common era"}
	}
	if d >= 100 && d < 200 && d%10 == 0 {
		// "the 1800s", "the early 1900s": a century, as people use them.
		return x.halfOf(resolution{value: fmt.Sprintf("%02d", d/10), why: "a year ending in 00 with an s: the century it begins"})
	}
	why := "decade as written"
	if d < 10 {
		y := 1900 + 10*d
		if !x.d.ref.IsZero() && y+100 <= x.d.ref.Year() {
			y += 100
		}
		d = y / 10
		why = "two-digit decade, the latest one not after the publish date"
	}
	return x.halfOf(resolution{value: fmt.Sprintf("%03dX", d), why: why})
}

// halfOf gives a decade or century res the modifier of the half the
// match names, if any: "the first half of the 1990s" starts it; the
// second, last or latter half ends it.
func (x *resolver) halfOf(res resolution) resolution {
	switch {
	case x.f.unit != uHalf && !x.f.half: // "latter half" reads as a half of no unit
	case x.f.ord == 1:
		res.mod, res.why = "START", res.why+", its first half"
	case x.f.ord > 2:
		return resolution{reject: true}
	default:
		res.mod, res.why = "END", res.why+", its second half"
	}
	return res
}

func (x *resolver) century() resolution {
	if x.f.ord < 1 || x.f.ord > 30 {
		return resolution{reject: true}
	}
	if _, before := x.eraOf(); before {
		// "The 5th century BC", the years 500 to 401 before the era.
		return resolution{value: fmt.Sprintf("BC%02d", x.f.ord-1), why: "century before the common era, as written"}
	}
	return resolution{value: fmt.Sprintf("%02d", x.f.ord-1), why: "century as written"}
}

// spelledYear reads "nineteen ninety-six" as 1996; other number pairs
// are not years.
func (x *resolver) spelledYear() resolution {
	ns := x.f.nums
	if len(ns) < 2 || ns[0] < 10 || ns[0] > 20 || ns[1] < 10 || ns[1] > 90 || ns[1] >= 20 && ns[1]%10 != 0 {
		return resolution{reject: true}
	}
	y := ns[0]*100 + ns[1]
	if len(ns) == 3 {
		if ns[1] < 20 || ns[2] >= 10 {
			return resolution{reject: true}
		}
		y += ns[2]
	}
	if x.f.month != 0 {
		return resolution{value: fmt.Sprintf("%04d-%02d", y, x.f.month), why: "month and spelled-out year"}
	}
	if x.f.season != "" {
		return resolution{value: fmt.Sprintf("%04d-%s", y, x.f.season), why: "season and spelled-out year"}
	}
	return resolution{value: fmt.Sprintf("%04d", y), why: "spelled-out year"}
}

// yearTwoThousand resolves "the year two thousand", "the year two
// thousand and one": 2000 plus the number words after "thousand".
func (x *resolver) yearTwoThousand() resolution {
	y, after := 2000, false
	for i := x.m.first; i < x.m.last; i++ {
		switch w := x.d.toks[i].w; {
		case w == nil:
		case w.text == "thousand":
			after = true
		case after && w.cls&cNumWord != 0:
			y += w.n
		}
	}
	if y >= 2100 {
		return resolution{reject: true}
	}
	return resolution{value: fmt.Sprintf("%04d", y), why: "spelled-out year"}
}

func (x *resolver) yearRange() resolution {
	if len(x.f.nums) == 1 {
		// "2010–2015", "1998–99": the end must come after the start,
		// within a century.
		y, e := x.f.year, x.f.nums[0]
		if e < 100 {
			e += y / 100 * 100
		}
		if e <= y || e > y+100 {
			return resolution{reject: true}
		}
	}
	return resolution{value: fmt.Sprintf("%04d", x.f.year), why: "a range of years, dated by its first"}
}

// dayStep is -1 for "the day before" or "the Wednesday before" a
// holiday, 1 for "after".
func dayStep(text string) int {
	if strings.Contains(text, " before ") {
		return -1
	}
	return 1
}

// holidayNearDays is how close a holiday must fall to a date named
// before it in its sentence to be taken as that date's year's.
const holidayNearDays = 31

func (x *resolver) holiday() resolution {
	res := x.holidayDate()
	f := x.f
	dayNext, step := x.r.name == "day-holiday", dayStep(f.text)
	if dayNext && strings.HasPrefix(res.value, "XXXX-") {
		// "we come every year, the day after Christmas": the day after
		// it in any year (counted in a leap year, which has every day).
		if t, err := time.Parse("2006-01-02", "2000"+res.value[4:]); err == nil {
			res.value = "XXXX" + t.AddDate(0, 0, step).Format("2006-01-02")[4:]
			res.why += "; the day " + relWord(step) + " it"
		}
		return res
	}
	t, err := time.Parse("2006-01-02", res.value)
	if err != nil {
		return res
	}
	switch {
	case f.hasWeekday:
		// "the Wednesday before Thanksgiving", "the Monday after Easter".
		d := t.AddDate(0, 0, step)
		for d.Weekday() != f.weekday {
			d = d.AddDate(0, 0, step)
		}
		res.value = d.Format("2006-01-02")
		res.why += fmt.Sprintf("; the %s %s it", f.weekday, relWord(step))
	case dayNext:
		res.value = t.AddDate(0, 0, step).Format("2006-01-02")
		res.why += "; the day " + relWord(step) + " it"
	case f.unit == uWeekend:
		// A Monday holiday ends the weekend before it; any other day's
		// weekend is that of its week.
		if t.Weekday() == time.Monday {
			t = t.AddDate(0, 0, -1)
		}
		res.value = formatUnit(t, uWeekend)
		res.why += "; the weekend it makes long"
	}
	return res
}

// country returns the country a national holiday is named for (a value
// of countries): "India's Independence Day", "Mexican Independence
// Day", "Independence Day in Kenya". named is false when no country is
// written with it; a country is named too, though unknown, by any
// capitalised possessive ("Togo's") or adjective of nationality
// ("Togolese") before it.
func (x *resolver) country() (name string, named bool) {
	toks, text := x.d.toks, x.d.text
	i := x.m.first
	for i < x.m.last && !toks[i].upper {
		i++ // past "the"
	}
	possessive := i >= 2 && (toks[i-1].lower(text) == "'s" || toks[i-1].lower(text) == "'" && toks[i-1].glued)
	end := i
	if possessive {
		end--
	}
	start := x.d.sentenceOf(x.m.first).Start
	if k := end - 1; k >= start && toks[k].upper {
		if c, ok := x.d.countryAt(k - 1); ok && k > start {
			return c, true // "Sri Lanka's"
		}
		if c, ok := x.d.countryAt(k); ok {
			return c, true
		}
		if w := toks[k].lower(text); possessive || k > start && nationality(w) {
			return w, true // "Togo's", "Togolese": a country whose day is not known here
		}
	}
	if j := x.m.last; j+1 < len(toks) && toks[j].is(text, "in") && toks[j+1].upper {
		if c, ok := x.d.countryAt(j + 1); ok {
			return c, true
		}
	}
	return "", false
}

// countryName writes a country of countries as a name: "Sri Lanka".
func countryName(c string) string {
	b := []byte(c)
	for i := range b {
		if (i == 0 || b[i-1] == ' ') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// countryAt returns the country of countries named at token k, in one
// word or two ("Sri Lanka"), if any.
func (d *document) countryAt(k int) (string, bool) {
	if k < 0 || !d.toks[k].upper {
		return "", false
	}
	// Compared in place: homeCountry asks this of every capitalised word.
	var buf [32]byte
	t := &d.toks[k]
	w := appendLower(buf[:0], d.text[t.start:t.end])
	if n := k + 1; n < len(d.toks) && d.toks[n].upper && len(w)+1+d.toks[n].end-d.toks[n].start <= len(buf) {
		two := appendLower(append(w, ' '), d.text[d.toks[n].start:d.toks[n].end])
		if c, ok := countries[string(two)]; ok {
			return c, true // "Sri Lanka", "New Delhi"
		}
	}
	c, ok := countries[string(w)]
	return c, ok
}

// homeCountry returns the country of countries the text names most
// often, when it names it at least twice and more often than any other,
// unless it is the United States; named is false otherwise.
func (d *document) homeCountry() (name string, named bool) {
	if !d.homeKnown {
		d.homeKnown = true
		counts := map[string]int{}
		for k := range d.toks {
			if c, ok := d.countryAt(k); ok {
				counts[c]++
			}
		}
		best, runnerUp := "", 0
		for c, n := range counts {
			switch {
			case n > counts[best]:
				best, runnerUp = c, counts[best]
			case n > runnerUp:
				runnerUp = n
			}
		}
		if counts[best] >= 2 && counts[best] > runnerUp && best != "united states" {
			d.home = best
		}
	}
	return d.home, d.home != ""
}

// nationality reports whether the lower-case word looks like an
// adjective of nationality: "israeli", "croatian", "togolese".
func nationality(w string) bool {
	for _, end := range []string{"ian", "an", "ese", "i", "ish"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// holidayApposition is how many days from the date set beside it a
// holiday may fall in that year and still be named by it: Orthodox and
// Western Easter are at most five weeks apart, Canada's Thanksgiving and
// the United States' at most 51 days.
const holidayApposition = 52

// appositeDate returns the full date, year written, that follows the
// match after a comma: "Easter Monday, 24 April 1916".
func (x *resolver) appositeDate() (time.Time, string, bool) {
	d, m := x.d, x.m
	if m.last+1 >= len(d.toks) || !d.toks[m.last].is(d.text, ",") {
		return time.Time{}, "", false
	}
	n, ok := d.matchAt(m.last + 1)
	if !ok || n.rule.kind != kDate {
		return time.Time{}, "", false
	}
	f := extract(d, n)
	if f.year == 0 || f.month == 0 || f.day == 0 || !ValidDate(f.year, f.month, f.day) {
		return time.Time{}, "", false
	}
	first, last := n.span()
	return day(f.year, time.Month(f.month), f.day), d.text[d.toks[first].start:d.toks[last-1].end], true
}

// holidayDate resolves the holiday a match names to its day.
func (x *resolver) holidayDate() resolution {
	name := strings.TrimSuffix(x.f.text, " weekend")
	if x.f.yearDir {
		name = name[:strings.LastIndexByte(strings.TrimSuffix(name, " year"), ' ')] // "memorial day next year"
	}
	x.f.mod = "" // "the early May bank holiday" is the whole day
	if x.f.year != 0 {
		// "Christmas Day 2021", "Easter, 2020": the name before the year.
		if i := strings.LastIndexByte(name, ' '); i > 0 {
			name = strings.TrimSuffix(name[:i], " ,")
		}
	}
	h, ok := holidayNamed(name)
	if !ok {
		// "the Easter holiday weekend", "the Whitsun bank holiday weekend"
		h, ok = holidayNamed(strings.TrimSuffix(strings.TrimSuffix(name, " holiday"), " bank"))
	}
	if !ok || h.proper && !x.capitalised(h.words[:strings.IndexByte(h.words+" ", ' ')]) {
		return resolution{reject: true}
	}
	if h.national != "" {
		days := nationalDays[h.national]
		country, named := x.country()
		whose := "the country named with it"
		if !named {
			// "Gandhi spent Independence Day in Calcutta", in a text
			// about India: the country the text is about.
			country, named = x.d.homeCountry()
			whose = "the country the text names most"
			if _, listed := days[country]; !listed {
				named = false
			}
		}
		if named {
			nd, ok := days[country]
			if !ok || nd.month == 0 {
				return resolution{reject: true} // "Israel's Independence Day": a date we do not know
			}
			nd.words = h.words
			res := x.holidayOn(nd)
			if res.why != "" {
				res.why = fmt.Sprintf("the day of %s, %s, %s; %s", whose, countryName(country), nd.rule(), res.why)
			}
			return x.dayBeside(h, res)
		}
	}
	return x.dayBeside(h, x.holidayOn(h))
}

// dayBeside corrects the day res gives the holiday h by a day written
// beside it without a year. When the holiday falls on that very day in a
// year near the one res found or near the publish date, it is that year's:
// "on Easter Sunday, March 27th", in a centenary story of 2016, is 2016's
// Easter. A holiday kept on different days in different countries takes
// the day written within holidayApposition days of its day in the year
// res found (on its weekday, if one is written): "after the Labour Day
// public holiday on Monday, 23 October", in a New Zealand story, is that
// Monday, not the United States' Labor Day.
func (x *resolver) dayBeside(h holiday, res resolution) resolution {
	d := x.d
	if x.fromHoliday() {
		return res
	}
	t, err := time.Parse("2006-01-02", res.value)
	if err != nil {
		return res
	}
	i := x.m.last
	for _, w := range []string{",", "public", "bank", "holiday", "on"} {
		if i < len(d.toks) && d.toks[i].is(d.text, w) {
			i++
		}
	}
	n, ok := d.matchAt(i)
	if !ok || n.rule.kind != kDate || i == x.m.last {
		return res
	}
	f := extract(d, n)
	if f.year != 0 || f.month == 0 || f.day == 0 {
		return res
	}
	var c time.Time
	for _, y := range []int{t.Year(), t.Year() - 1, t.Year() + 1, d.ref.Year(), d.ref.Year() - 1, d.ref.Year() + 1} {
		if h.known(y) && ValidDate(y, f.month, f.day) && h.in(y).Equal(day(y, time.Month(f.month), f.day)) {
			c = h.in(y)
			break
		}
	}
	if c.IsZero() && h.national != "" && h.known(t.Year()) && ValidDate(t.Year(), f.month, f.day) {
		c = day(t.Year(), time.Month(f.month), f.day)
		if absDays(c, h.in(t.Year())) > holidayApposition || f.hasWeekday && c.Weekday() != f.weekday {
			return res
		}
	}
	if c.IsZero() || c.Equal(t) {
		return res
	}
	first, last := n.span()
	res.value = c.Format("2006-01-02")
	res.why = fmt.Sprintf("%s; the day written beside it, '%s', in that year", res.why, d.text[d.toks[first].start:d.toks[last-1].end])
	return res
}

// fromHoliday reports whether the match names a day counted from a
// holiday ("the day after Labor Day", "the Friday after Thanksgiving"):
// a date written beside it is that day, not the holiday's ("on Sept. 4,
// the day after Labor Day").
func (x *resolver) fromHoliday() bool {
	return x.r.name == "day-holiday" || x.r.name == "weekday-holiday"
}

// holidayOn resolves the match to a day of the holiday h.
func (x *resolver) holidayOn(h holiday) resolution {
	if x.f.year != 0 {
		if !h.known(x.f.year) {
			return resolution{why: "holiday of a year its table does not hold"}
		}
		return resolution{value: h.in(x.f.year).Format("2006-01-02"), why: "holiday in the year written"}
	}
	beside := !x.fromHoliday()
	if t, text, ok := x.appositeDate(); ok && beside && (!h.known(t.Year()) || absDays(h.in(t.Year()), t) <= holidayApposition) {
		// "on Easter Monday, 24 April 1916": the day written beside it.
		return resolution{value: t.Format("2006-01-02"), why: "the date set beside it, '" + text + "'"}
	}
	if p := x.d.last; beside && p.u == uDay && !p.start.IsZero() && x.d.lastKind == kDate && x.d.lastEnd == x.m.first-1 && x.d.toks[x.m.first-1].is(x.d.text, ",") && (h.day == 0 || h.nth != 0) && h.known(p.start.Year()) && absDays(h.in(p.start.Year()), p.start) <= holidayApposition {
		// "except on Monday, Oct. 14, Thanksgiving Day": Canada's, the
		// day set before it; a holiday on a fixed day gains nothing.
		return resolution{value: p.start.Format("2006-01-02"), why: "the day set before it, " + p.value(), usedAnchor: true}
	}
	if x.anchor.IsZero() {
		return noAnchor()
	}
	if h.day != 0 && h.nth == 0 && !x.f.hasDir && !x.f.yearDir && x.habitual() {
		// "Studios usually avoid opening films on Christmas Eve": the
		// day of every year.
		return resolution{value: fmt.Sprintf("XXXX-%02d-%02d", int(h.month), h.day), why: "holiday in a sentence of what happens as a rule, not in one year"}
	}
	a := x.anchor
	if !h.known(a.Year()-1) || !h.known(a.Year()+1) {
		return resolution{why: "holiday of a year its table does not hold"}
	}
	if x.f.yearDir {
		y := a.Year() + x.f.yearShift
		return resolution{value: h.in(y).Format("2006-01-02"), why: fmt.Sprintf("holiday in the year %s the %s, %d", relWord(x.f.yearShift), x.ref(), y), usedAnchor: true}
	}
	if y, ok := x.whenYear(); ok && h.known(y) {
		return resolution{value: h.in(y).Format("2006-01-02"), why: fmt.Sprintf("holiday in a 'when' clause that tells of the year %d before it", y), usedAnchor: true}
	}
	if y, ok := x.openingYear(); ok && !x.f.hasDir && h.known(y) {
		// "Next year, Hanukkah begins on the evening of 18 December".
		return resolution{value: h.in(y).Format("2006-01-02"), why: fmt.Sprintf("holiday in a sentence that opens with the year %d", y), usedAnchor: true}
	}
	dir, nearest := x.direction()
	if !x.f.hasDir && x.rescheduled() {
		dir, nearest = 1, false // "postponed until after Labor Day"
	}
	if p := x.d.last; !x.f.hasDir && x.tense != tenseFuture && p.u <= uMonth && !p.start.IsZero() && x.d.lastTok < x.m.first && x.d.sentenceIndex(x.d.lastTok) == x.d.sentenceIndex(x.m.first) &&
		(p.start.Year() <= a.Year()-2 || p.u == uMonth && x.tense == tensePast && h.known(p.start.Year()) && h.in(p.start.Year()).Month() == p.start.Month()) {
		// "a strike on December 31, 2019, when workers walked out on
		// New Year's Eve": the holiday within days of a date of the same
		// sentence, years before, is that date's; so is one in the month
		// just named ("Last January, 33,537 people filed on New Year's
		// Day").
		for _, y := range []int{p.start.Year() - 1, p.start.Year(), p.start.Year() + 1} {
			if c := h.in(y); h.known(y) && absDays(c, p.start) <= holidayNearDays {
				return resolution{value: c.Format("2006-01-02"), why: fmt.Sprintf("holiday within %d days of %s, named before it in the sentence", holidayNearDays, p.value()), usedAnchor: true}
			}
		}
	}
	if !x.f.hasDir && x.tense == tensePast && !x.presentPerfect() {
		// "In 1999, the company was sold. On Christmas Eve, staff were
		// told": the holiday of the account's year, as for a month or day.
		account := x.d.lastFrame == frameAccount && !x.d.paragraphSince(x.d.lastTok, x.m.first)
		near := x.d.lastFrame >= frameParagraph && x.d.lastTok < x.m.first && x.d.sentenceIndex(x.d.lastTok) >= x.d.sentenceIndex(x.m.first)-1
		if next := x.m.last; next+1 < len(x.d.toks) && (x.d.toks[next].is(x.d.text, "has") || x.d.toks[next].is(x.d.text, "have")) {
			near = false // "Anzac Day has been marked every 25 April": up to now
		}
		if account || near || !recentlyBefore(h.in, a, 1) {
			if ny, ok := x.narrative(h.in); ok && !h.known(ny) {
				return resolution{why: fmt.Sprintf("holiday in a past-tense account of %d, a year its table does not hold", ny)}
			} else if ok {
				return resolution{value: h.in(ny).Format("2006-01-02"), why: fmt.Sprintf("holiday in a past-tense account: that of %d, %s", ny, x.toldAfter()), usedAnchor: true}
			}
		}
	}
	best := h.in(a.Year())
	for _, y := range []int{a.Year() - 1, a.Year() + 1} {
		c := h.in(y)
		switch {
		case nearest && absDays(c, a) < absDays(best, a):
			best = c
		case !nearest && dir < 0 && !c.After(a) && (best.After(a) || c.After(best) || x.f.hasDir && !best.Before(a)):
			best = c
		case !nearest && dir > 0 && !c.Before(a) && (best.Before(a) || c.Before(best) || x.f.hasDir && !best.After(a)):
			best = c
		}
	}
	why := fmt.Sprintf("holiday, %s, the one %s the %s", x.tense, map[bool]string{true: "nearest", false: map[bool]string{true: "before", false: "after"}[dir < 0]}[nearest], x.ref())
	if far, near := plausible(1); !x.f.hasDir && !x.pastVerb && absDays(best, a) > far {
		// "had set a Thanksgiving deadline", written three days before
		// it: news means the one within weeks, as for a date.
		for _, y := range []int{a.Year() - 1, a.Year(), a.Year() + 1} {
			if c := h.in(y); absDays(c, a) < near {
				best, why = c, fmt.Sprintf("holiday: the one within %d days of the %s rather than most of a year away", near, x.ref())
			}
		}
	}
	return resolution{value: best.Format("2006-01-02"), why: why, usedAnchor: true}
}

// newYearMonths is how many months either side of New Year's Day "the
// new year" still names a year: the one about to begin from September,
// the one just begun until the end of February; between, it has no value.
const newYearMonths = 4

// newYear resolves "the new year": the year about to begin, or just
// begun, at the anchor.
func (x *resolver) newYear() resolution {
	a := x.anchor
	if a.IsZero() {
		return noAnchor()
	}
	if x.tense == tensePast && x.d.history() {
		// "confusion over the date of the new year", in a history of
		// 1968: not the year the history is written in.
		return resolution{why: "'the new year' in a history's account: which year is not said"}
	}
	switch m := int(a.Month()); {
	case m > 12-newYearMonths:
		return resolution{value: fmt.Sprintf("%04d", a.Year()+1), why: "'the new year' late in a year: the year after the " + x.ref(), usedAnchor: true}
	case m <= 2:
		return resolution{value: fmt.Sprintf("%04d", a.Year()), why: "'the new year' early in a year: the year of the " + x.ref(), usedAnchor: true}
	}
	return resolution{why: "'the new year' far from New Year's Day: year unknown"}
}

func (x *resolver) weekOf() resolution {
	var res resolution
	if x.r.name == "week-of-weekday" {
		res = x.weekday()
	} else {
		res = x.date()
	}
	first, _, ok := Interval(res.value)
	if !ok {
		return res
	}
	u := uWeek
	if x.f.unit == uWeekend {
		u = uWeekend
	}
	res.value, x.f.mod = formatUnit(first, u), "" // "beginning" starts the week, not a part of it
	res.why += "; the " + unitNames[u] + " containing " + first.Format("2006-01-02")
	return res
}

// ordinalNames name the weeks of a month in explanations.
var ordinalNames = [...]string{"last", "first", "second", "third", "fourth", "fifth"}

// nthWeekday resolves "the second Tuesday of November": the month as a
// date without a day, then the weekday counted within it.
func (x *resolver) nthWeekday() resolution {
	f := x.f
	// "last" counts back from the end of the month, not from the anchor.
	last := f.hasDir && f.dir < 0
	f.hasDir, f.dir = false, 0
	n := f.ord // index in ordinalNames
	if last {
		n = 0
	} else if n < 1 || n >= len(ordinalNames) {
		return resolution{reject: true}
	}
	written := f.year != 0
	res := x.date()
	first, end, ok := Interval(res.value)
	if !ok || res.typ != "" {
		return res
	}
	nth := func(first, end time.Time) time.Time {
		if last {
			return end.AddDate(0, 0, -((int(end.Weekday()) - int(f.weekday) + 7) % 7))
		}
		return first.AddDate(0, 0, (int(f.weekday)-int(first.Weekday())+7)%7+7*(f.ord-1))
	}
	d := nth(first, end)
	if shift := x.sideOfDay(d); !written && res.usedAnchor && shift != 0 && d.Month() == first.Month() {
		// "will take her to the fair on the first Saturday of July",
		// written on Sunday 7 July: that of next July.
		y := first.Year() + shift
		first, end = day(y, first.Month(), 1), day(y, first.Month(), daysIn(y, first.Month()))
		d = nth(first, end)
		res.why += fmt.Sprintf("; that year's is on the other side of the %s from the tense of its sentence, so %d's", x.ref(), y)
	}
	if d.Month() != first.Month() {
		return resolution{why: fmt.Sprintf("%s has no %s %s", res.value, ordinalNames[n], f.weekday)}
	}
	res.value = d.Format("2006-01-02")
	res.why = fmt.Sprintf("the %s %s of %s (%s)", ordinalNames[n], f.weekday, first.Format("2006-01"), res.why)
	return res
}

// sideOfDay returns 1 when day t, resolved in the anchor's year, lies
// before the anchor in a sentence told in the future, -1 when it lies
// after it in one told in the past, and 0 otherwise.
func (x *resolver) sideOfDay(t time.Time) int {
	switch {
	case x.tense == tenseFuture && t.Before(x.anchor):
		return 1
	case x.tense == tensePast && t.After(x.anchor):
		return -1
	}
	return 0
}

// dayOfMonth resolves a day of the month written alone ("on the 13th"):
// that day in the anchor's month, or in the month before (past tense) or
// after (future tense) when the day is not yet, or no longer, to come.
func (x *resolver) dayOfMonth() resolution {
	f := x.f
	if f.ord < 1 || !strings.ContainsAny(f.text, "0123456789") {
		return resolution{reject: true} // "on the first, …" is seldom a day
	}
	if x.anchor.IsZero() {
		return noAnchor()
	}
	a, dd := x.anchor, f.ord
	t, ok := x.d.dayBefore(x.m.first)
	if !ok && x.d.history() && x.d.last.u == uDay && x.d.sentenceIndex(x.d.lastTok) >= x.d.sentenceIndex(x.m.first)-narrativeSentences {
		t, ok = x.d.last.start, true // a history's account goes on from its last day
	}
	if ok && dd > t.Day() && dd <= daysIn(t.Year(), t.Month()) {
		// "The talks began on Feb. 3. On the 5th, they collapsed."
		x.from = t
		x.carried = !x.d.ref.IsZero() && t.Year() <= x.d.ref.Year()-2
		return resolution{value: day(t.Year(), t.Month(), dd).Format("2006-01-02"), why: fmt.Sprintf("day of the month without a month: day %d of the month of %s, named just before", dd, t.Format("2006-01-02")), usedAnchor: true}
	}
	first := day(a.Year(), a.Month(), 1)
	dir, _ := x.direction()
	why := fmt.Sprintf("day of the month without a month, %s: day %d of the month of the %s", x.tense, dd, x.ref())
	switch {
	case dir < 0 && dd > a.Day():
		first = first.AddDate(0, -1, 0)
		why = fmt.Sprintf("day of the month without a month, %s: the latest day %d before the %s", x.tense, dd, x.ref())
	case dir > 0 && dd < a.Day():
		first = first.AddDate(0, 1, 0)
		why = fmt.Sprintf("day of the month without a month, %s: the first day %d after the %s", x.tense, dd, x.ref())
	}
	for step := 0; dd > daysIn(first.Year(), first.Month()); step++ {
		if dir == 0 || step == 2 {
			return resolution{reject: true}
		}
		first = first.AddDate(0, dir, 0) // no 31st in February: January's
	}
	t = day(first.Year(), first.Month(), dd)
	return resolution{value: t.Format("2006-01-02"), why: why, usedAnchor: true}
}

// secondDay resolves the day number after a date ("April 24 and 25"):
// that day of the date's month.
func (x *resolver) secondDay() resolution {
	t, ok := x.d.dayBefore(x.m.first)
	if !ok || !ValidDate(t.Year(), int(t.Month()), x.f.day) || x.f.day <= t.Day() {
		return resolution{reject: true}
	}
	if x.f.year != 0 {
		if !ValidDate(x.f.year, int(t.Month()), x.f.day) {
			return resolution{reject: true}
		}
		v := day(x.f.year, t.Month(), x.f.day)
		return resolution{value: v.Format("2006-01-02"), why: "day of the month of the date just before it, in the year written"}
	}
	v := day(t.Year(), t.Month(), x.f.day)
	return resolution{value: v.Format("2006-01-02"), why: "day of the month of the date just before it, " + t.Format("2006-01-02")}
}

// firstDay resolves the day number before a date ("from 1 to 3
// December"): that day of the date's month.
func (x *resolver) firstDay() resolution {
	_, last := x.m.span()
	t, ok := x.d.dayAfter(last + 1) // after the joining word
	dd := x.f.day
	if dd == 0 {
		dd = x.f.ord // "the 10th"
	}
	if !ok || dd < 1 || dd >= t.Day() {
		return resolution{reject: true}
	}
	v := day(t.Year(), t.Month(), dd)
	return resolution{value: v.Format("2006-01-02"), why: "day of the month of the date just after it, " + t.Format("2006-01-02")}
}

func (x *resolver) fixed() resolution {
	v := x.r.value
	if v == "" {
		v = x.f.ref
	}
	if v == "" {
		return resolution{reject: true}
	}
	if x.r.typ == Duration {
		return resolution{value: v, why: "length of time"}
	}
	return resolution{value: v, why: "vague reference to the " + map[string]string{"PRESENT_REF": "present", "PAST_REF": "past", "FUTURE_REF": "future"}[v]}
}

// vagueRef is the value of "several years ago" or "in a few weeks".
func vagueRef(dir int) string {
	if dir > 0 {
		return "FUTURE_REF"
	}
	return "PAST_REF"
}

// yearForWeekday returns the year, within one of the anchor's, in which
// month/day falls on weekday, preferring the nearest; 0 if none.
func yearForWeekday(anchor time.Time, month, d int, wd time.Weekday) int {
	best, bestDist := 0, 1<<30
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		if !ValidDate(y, month, d) {
			continue
		}
		t := day(y, time.Month(month), d)
		if t.Weekday() != wd {
			continue
		}
		if dist := absDays(t, anchor); dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

func beforeAfter(dir int) string {
	if dir < 0 {
		return "before"
	}
	return "after"
}

func dirName(d int) string {
	switch {
	case d < 0:
		return "last"
	case d > 0:
		return "next"
	}
	return "this"
}

func relWord(d int) string {
	switch {
	case d < 0:
		return "before"
	case d > 0:
		return "after"
	}
	return "of"
}

// beforeEraWords are the eras counted back from year one.
var beforeEraWords = map[string]bool{"bc": true, "bce": true, "b.c.": true, "b.c.e.": true}

// eraOf returns the era word in the tokens of the match, as written,
// and whether it counts back from year one.
func (x *resolver) eraOf() (string, bool) {
	for i := x.m.first; i < x.m.last; i++ {
		t := &x.d.toks[i]
		if w := t.lower(x.d.text); t.kind == tWord && eraWords[strings.ReplaceAll(w, ".", "")] {
			return x.d.text[t.start:t.end], beforeEraWords[w]
		}
	}
	return "", false
}

// eraYear resolves "44 BC" to BC0044 and "AD 79" to 0079, as TimeML
// writes years of both eras. A modern year before "B.C." and a word is
// the Canadian province ("the 2017 B.C. election"), and only the year.
func (x *resolver) eraYear() resolution {
	y := -1
	for i := x.m.first; i < x.m.last; i++ {
		if t := &x.d.toks[i]; t.kind == tNumber && (y < 0 || x.r.name != "era-year-range") {
			y = t.num // the last number, or a range's first
		}
	}
	if y < 1 || y > 9999 {
		return resolution{reject: true}
	}
	word, before := x.eraOf()
	if strings.ToUpper(word) != word {
		return resolution{reject: true} // "ran the ad 30 times"
	}
	if before && y >= 1000 && y <= 2199 && x.m.last < len(x.d.toks) && x.d.toks[x.m.last].kind == tWord && (x.d.toks[x.m.last].upper || provinceNouns[x.d.toks[x.m.last].lower(x.d.text)]) {
		return resolution{value: fmt.Sprintf("%04d", y), why: "a year before '" + word + "' and a name: the province, not the era"}
	}
	v, why := fmt.Sprintf("%04d", y), "year of the common era, as written"
	if before {
		v, why = "BC"+v, "year before the common era, as written"
	} else {
		x.f.year = y // it sets the year of the account after it
	}
	switch f := x.f; {
	case f.season != "":
		v += "-" + f.season
	case f.month != 0 && f.day == 0:
		v += fmt.Sprintf("-%02d", f.month)
	case f.month != 0 && ValidDate(y, f.month, f.day):
		v += fmt.Sprintf("-%02d-%02d", f.month, f.day)
	case f.month != 0:
		return resolution{why: "no such day in the calendar"}
	}
	return resolution{value: v, why: why}
}

// provinceNouns are the words after which "2017 B.C." is a year and the
// province of British Columbia, as a capitalised name is ("2019 BC
// Hydro").
var provinceNouns = map[string]bool{
	"election": true, "elections": true, "government": true, "premier": true,
	"budget": true, "voters": true, "legislature": true, "campaign": true,
	"byelection": true, "wildfire": true, "wildfires": true, "floods": true,
}
