package parse

import (
	"fmt"
	"strconv"
	"time"
)

// fields are the calendar facts a matched rule states; zero means absent.
type fields struct {
	year, month, day int
	weekday          time.Weekday
	hasWeekday       bool
	n                int
	hasN             bool
	unit             unit
	dir              int
	hasDir           bool
}

// extract reads the fields of a match from its tokens.
func extract(text string, toks []token, m match) fields {
	var f fields
	assign(m.rule.elems, toks, m.first, m.last, func(e *elem, t *token) {
		c := t.cls & e.cls
		switch {
		case c&cMonth != 0:
			f.month = int(t.w.month)
		case c&cWeekday != 0:
			f.weekday, f.hasWeekday = t.w.weekday, true
		case c&cYear != 0:
			f.year = t.num
		case c&cDay != 0:
			f.day = t.num
		case c&cNum != 0:
			f.n, f.hasN = t.num, true
			if t.w != nil {
				f.n = t.w.n
			}
		case c&cUnit != 0:
			f.unit = t.w.unit
		case c&cDir != 0:
			f.dir, f.hasDir = t.w.dir, true
		case c&cISODate != 0:
			s := text[t.start:t.end]
			f.year, f.month, f.day = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10])
		case c == 0 && t.w != nil && t.w.unit != uNone:
			// A literal unit word ("year" in "June last year") or a day
			// word ("yesterday": one day back).
			f.unit = t.w.unit
			if t.w.cls&cUnit == 0 {
				f.dir, f.hasDir, f.n, f.hasN = t.w.dir, true, 1, true
			}
		}
	})
	if m.rule.dir != 0 {
		f.dir, f.hasDir = m.rule.dir, true
	}
	return f
}

// resolution is what resolving one match produced.
type resolution struct {
	value, mod, why string
	anchor          time.Time
}

// resolve computes the value of a match. anchor is the date relative
// expressions count from (zero when unknown); anchorName says what it is
// for the explanation; tn is the tense of the sentence.
func resolve(r *rule, f fields, anchor time.Time, anchorName string, tn tense) resolution {
	switch r.kind {
	case kFixed:
		return resolution{value: r.value, why: "fixed value of " + r.name}
	case kDuration:
		return resolution{value: durationValue(f.n, f.unit), why: fmt.Sprintf("duration of %d %s", f.n, unitNames[f.unit])}
	}
	needsAnchor := r.kind != kDate || f.year == 0
	if needsAnchor && anchor.IsZero() {
		return resolution{why: "relative expression and no reference date is known"}
	}
	res := resolution{anchor: anchor}
	if !needsAnchor {
		res.anchor = time.Time{}
	}
	ref := anchorName + " " + anchor.Format("2006-01-02")
	switch r.kind {
	case kDate:
		res.value, res.why = resolveDate(f, anchor, ref, tn)
	case kWeekday:
		res.value, res.why = resolveWeekday(f, anchor, ref, tn)
	case kShift:
		n := 1
		if f.hasN {
			n = f.n
		}
		if f.dir == 0 {
			n = 0
		}
		t := shift(anchor, f.unit, f.dir*n)
		res.value = formatUnit(t, f.unit)
		switch {
		case n == 0:
			res.why = fmt.Sprintf("the %s containing the %s", unitNames[f.unit], ref)
		default:
			res.why = fmt.Sprintf("%d %s(s) %s the %s", n, unitNames[f.unit], beforeAfter(f.dir), ref)
		}
	}
	if res.value == "" {
		res.anchor = time.Time{}
	}
	return res
}

func beforeAfter(dir int) string {
	if dir < 0 {
		return "before"
	}
	return "after"
}

func resolveDate(f fields, anchor time.Time, ref string, tn tense) (string, string) {
	if f.year != 0 {
		switch {
		case f.month == 0:
			return fmt.Sprintf("%04d", f.year), "year as written"
		case f.day == 0:
			return fmt.Sprintf("%04d-%02d", f.year, f.month), "month and year as written"
		case ValidDate(f.year, f.month, f.day):
			return fmt.Sprintf("%04d-%02d-%02d", f.year, f.month, f.day), "full date as written"
		default:
			return "", "no such day in the calendar"
		}
	}
	if f.month == 0 {
		return "", "no calendar fields"
	}
	name := time.Month(f.month).String()
	var y int
	var why string
	switch {
	case f.hasDir && f.unit == uYear:
		y = anchor.Year() + f.dir
		why = fmt.Sprintf("%s of the year %s the %s", name, relWord(f.dir), ref)
	case f.hasDir && f.dir != 0:
		y = nearestMonthYear(anchor, f.month, f.day, f.dir, false)
		why = fmt.Sprintf("month with '%s': the %s %s %s the %s", dirName(f.dir), latestEarliest(f.dir), name, beforeAfter(f.dir), ref)
	case f.hasDir:
		y = anchor.Year()
		why = fmt.Sprintf("%s of the year of the %s", name, ref)
	case f.hasWeekday && f.day != 0:
		y = yearForWeekday(anchor, f.month, f.day, f.weekday)
		if y != 0 {
			why = fmt.Sprintf("year where %s %d falls on a %s, nearest the %s", name, f.day, f.weekday, ref)
			break
		}
		fallthrough
	default:
		d := -1
		if tn == tenseFuture {
			d = 1
		}
		y = nearestMonthYear(anchor, f.month, f.day, d, true)
		what := "month"
		if f.day != 0 {
			what = "date"
		}
		why = fmt.Sprintf("%s without year, %s: the %s %s %s the %s", what, tn, latestEarliest(d), name, notAfterBefore(d), ref)
	}
	if f.day == 0 {
		return fmt.Sprintf("%04d-%02d", y, f.month), why
	}
	if !ValidDate(y, f.month, f.day) {
		return "", "no such day in the calendar"
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, f.month, f.day), why
}

// nearestMonthYear returns the year of the month (and day, if not zero)
// nearest the anchor in direction dir; inclusive allows the anchor's own
// month (or day) to count.
func nearestMonthYear(anchor time.Time, month, d, dir int, inclusive bool) int {
	y := anchor.Year()
	am, ad := int(anchor.Month()), anchor.Day()
	cmp := month - am // <0: earlier in the year than the anchor
	if cmp == 0 && d != 0 {
		cmp = d - ad
	}
	switch {
	case dir < 0 && (cmp > 0 || cmp == 0 && !inclusive):
		y--
	case dir > 0 && (cmp < 0 || cmp == 0 && !inclusive):
		y++
	}
	return y
}

// yearForWeekday returns the year, within one of the anchor's, in which
// month/day falls on weekday, preferring the nearest; 0 if none.
func yearForWeekday(anchor time.Time, month, d int, wd time.Weekday) int {
	best, bestDist := 0, time.Duration(1<<62)
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		if !ValidDate(y, month, d) {
			continue
		}
		t := day(y, time.Month(month), d)
		if t.Weekday() != wd {
			continue
		}
		dist := t.Sub(anchor)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

func resolveWeekday(f fields, anchor time.Time, ref string, tn tense) (string, string) {
	diff := int(f.weekday) - int(anchor.Weekday()) // days from anchor to the weekday in the same week
	var t time.Time
	var why string
	switch {
	case f.hasDir && f.dir < 0:
		back := (7 - diff) % 7
		if back == 0 {
			back = 7
		}
		t = anchor.AddDate(0, 0, -back)
		why = fmt.Sprintf("'last %s': the %s before the %s", f.weekday, f.weekday, ref)
	case f.hasDir && f.dir > 0:
		fwd := (diff + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		t = anchor.AddDate(0, 0, fwd)
		why = fmt.Sprintf("'next %s': the %s after the %s", f.weekday, f.weekday, ref)
	case tn == tenseFuture:
		t = anchor.AddDate(0, 0, (diff+7)%7)
		why = fmt.Sprintf("weekday, future tense: the first %s on or after the %s", f.weekday, ref)
	default:
		t = anchor.AddDate(0, 0, -((7 - diff) % 7))
		why = fmt.Sprintf("weekday, %s: the latest %s on or before the %s", tn, f.weekday, ref)
	}
	return t.Format("2006-01-02"), why
}

// shift moves t by n units, first truncating it to the unit so that month
// arithmetic never overflows ("a month before March 31").
func shift(t time.Time, u unit, n int) time.Time {
	y, m, d := t.Date()
	switch u {
	case uMinute, uHour, uDay:
		return day(y, m, d+n)
	case uWeek:
		return day(y, m, d+7*n)
	case uMonth:
		return day(y, m+time.Month(n), 1)
	case uQuarter:
		return day(y, (m-1)/3*3+1+time.Month(3*n), 1)
	case uYear:
		return day(y+n, 1, 1)
	case uDecade:
		return day(y+10*n, 1, 1)
	case uCentury:
		return day(y+100*n, 1, 1)
	}
	return t
}

// formatUnit writes t as a TimeML value at the granularity of u.
func formatUnit(t time.Time, u unit) string {
	switch u {
	case uWeek:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case uMonth:
		return t.Format("2006-01")
	case uQuarter:
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	case uYear:
		return fmt.Sprintf("%04d", t.Year())
	case uDecade:
		return fmt.Sprintf("%03dX", t.Year()/10)
	case uCentury:
		return fmt.Sprintf("%02dXX", t.Year()/100)
	}
	return t.Format("2006-01-02")
}

func durationValue(n int, u unit) string {
	switch u {
	case uMinute:
		return "PT" + strconv.Itoa(n) + "M"
	case uHour:
		return "PT" + strconv.Itoa(n) + "H"
	case uDay:
		return "P" + strconv.Itoa(n) + "D"
	case uWeek:
		return "P" + strconv.Itoa(n) + "W"
	case uMonth:
		return "P" + strconv.Itoa(n) + "M"
	case uQuarter:
		return "P" + strconv.Itoa(n) + "Q"
	case uYear:
		return "P" + strconv.Itoa(n) + "Y"
	case uDecade:
		return "P" + strconv.Itoa(10*n) + "Y"
	case uCentury:
		return "P" + strconv.Itoa(100*n) + "Y"
	}
	return ""
}

var unitNames = [...]string{uNone: "", uMinute: "minute", uHour: "hour", uDay: "day", uWeek: "week",
	uMonth: "month", uQuarter: "quarter", uYear: "year", uDecade: "decade", uCentury: "century"}

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

func latestEarliest(d int) string {
	if d < 0 {
		return "latest"
	}
	return "earliest"
}

func notAfterBefore(d int) string {
	if d < 0 {
		return "not after"
	}
	return "not before"
}
