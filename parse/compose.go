package parse

import (
	"fmt"
	"strings"
	"time"
)

// composeShifts joins a count of units and the day or month it is counted
// from into one date: "a week from Friday", "two weeks from today", "a
// year ago today", "a week ago Tuesday", "80 years ago this month". The
// grammar finds the two parts apart ("a week" and "Friday"); each is
// resolved on its own, and here the day is moved by the count.
func (d *document) composeShifts(ms []match, out []Timex, keep []bool) {
	for i := 0; i+1 < len(ms); i++ {
		j := i + 1
		if !keep[i] || !keep[j] || !shiftBases[ms[j].rule.name] {
			continue
		}
		a, b := &out[i], &out[j]
		dir := 0
		switch gap := strings.TrimSpace(d.text[a.End:b.Start]); {
		case ms[i].rule.name == "units-ago" && gap == "":
			dir = -1
		case (gap == "from" || gap == "after") && a.Type == Duration && ms[i].rule.name == "units" && !d.lastingBefore(ms[i].first):
			dir = 1
		}
		if dir == 0 || b.Type != Date && b.Type != Time {
			continue
		}
		u := granularity(b.Value)
		base, _, ok := Interval(b.Value)
		if !ok || u != uDay && u != uMonth {
			continue
		}
		f := extract(d, ms[i])
		if f.unit < uDay || f.unit > uDecade || f.unit == uWeekend || f.half || f.vague || u == uMonth && f.unit < uYear {
			continue
		}
		t := moveBy(base, f.unit, dir*f.count())
		v := formatUnit(t, u)
		if b.Type == Time {
			_, clock, _ := cutT(b.Value)
			v = t.Format("2006-01-02") + "T" + clock
		}
		if !ValidValue(v) {
			continue // counted past the years 0001 to 9999
		}
		what := fmt.Sprintf("%d %s(s) %s %s, %s", f.count(), unitNames[f.unit], beforeAfter(dir), "'"+b.Text+"'", b.Value)
		*a = Timex{
			Start: a.Start, End: b.End, Text: d.text[a.Start:b.End], Type: b.Type, Value: v,
			Rule: ms[i].rule.name + "-" + ms[j].rule.name, Anchor: b.Anchor,
		}
		a.Explanation = explain(*a, what)
		keep[j] = false
	}
}

// shiftBases are the rules of the days and months a count of units may
// be counted from.
var shiftBases = map[string]bool{"weekday": true, "day-word": true, "dir-unit": true, "tonight": true, "day-word-part": true}

// lastingWords before a length of time make "30 days from Monday" a span
// that starts on Monday, not the day thirty days on.
var lastingWords = map[string]bool{
	"last": true, "lasts": true, "lasted": true, "lasting": true, "for": true,
	"within": true, "over": true, "run": true, "runs": true, "ran": true,
	"extend": true, "extended": true, "extends": true, "valid": true,
}

// lastingBefore reports whether a word of lastingWords comes just before
// token i.
func (d *document) lastingBefore(i int) bool {
	return i > 0 && lastingWords[d.toks[i-1].lower(d.text)]
}

// moveBy moves t by n units, keeping its day of the month where the
// target month has it ("a year ago today" on 29 February is 28 February).
func moveBy(t time.Time, u unit, n int) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	}
	months := n * map[unit]int{uMonth: 1, uQuarter: 3, uHalf: 6, uYear: 12, uDecade: 120, uSeason: 3}[u]
	first := day(t.Year(), t.Month(), 1).AddDate(0, months, 0)
	return day(first.Year(), first.Month(), min(t.Day(), daysIn(first.Year(), first.Month())))
}
