package parse

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// composeShifts joins a count of units and the day or month it is counted
// from into one date: "a week from Friday", "two weeks from today", "a
// year ago today", "a week ago Tuesday", "80 years ago this month". The
// grammar finds the two parts apart ("a week" and "Friday"); each is
// resolved on its own, and here the day is moved by the count. British
// "a week on Monday" is a week after Monday.
func (d *document) composeShifts(ms []match, out []Timex, keep []bool) {
	for i := 0; i+1 < len(ms); i++ {
		j := i + 1
		if !keep[i] || !keep[j] || !shiftBases[ms[j].rule.name] {
			continue
		}
		a, b := &out[i], &out[j]
		dir := 0
		switch gap := strings.TrimSpace(d.text[a.End:b.Start]); {
		case ms[i].rule.name == "units-ago" && (gap == "" || gap == "on"):
			dir = -1 // "a week ago Tuesday", "a week ago on Tuesday"
		case gap == "on" && a.Type == Duration && ms[i].rule.name == "units" && ms[j].rule.name == "weekday" && extract(d, ms[i]).unit == uWeek && !d.lastingBefore(ms[i].first):
			dir = 1 // "again a week on Monday", as British English says
		case (gap == "from" || gap == "after") && a.Type == Duration && ms[i].rule.name == "units" && !d.lastingBefore(ms[i].first):
			dir = 1
		}
		if dir == 0 {
			continue
		}
		v, f, ok := d.shift(ms[i], *b, dir)
		if !ok {
			continue
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

// shift returns the value of the day or month b moved by dir times the
// count of units of match a ("80 years ago" "this month"), and a's
// fields; false when b is no day, week or month or a's units cannot
// move it.
func (d *document) shift(a match, b Timex, dir int) (string, fields, bool) {
	f := extract(d, a)
	if b.Type != Date && b.Type != Time {
		return "", f, false
	}
	u := granularity(b.Value)
	base, _, ok := Interval(b.Value)
	if !ok || u != uDay && u != uMonth && u != uWeek {
		return "", f, false
	}
	if f.unit < uDay || f.unit > uDecade || f.unit == uWeekend || f.half || f.vague || (u == uMonth || u == uWeek) && f.unit < uYear {
		return "", f, false
	}
	if u == uWeek && !b.Anchor.IsZero() {
		// "Thirty years ago this week": the week of the same weekday as
		// the day counted from, not of the week's Monday, whose week may
		// be another year's.
		base = base.AddDate(0, 0, (int(b.Anchor.Weekday())+6)%7)
	}
	t := moveBy(base, f.unit, dir*f.count())
	v := formatUnit(t, u)
	if b.Type == Time {
		_, clock, _ := cutT(b.Value)
		v = t.Format("2006-01-02") + "T" + clock
	}
	return v, f, ValidValue(v) // not counted past the years 0001 to 9999
}

// anniversary returns the day or month counted back to by the count of
// years before m, the day or month t it resolved to, and where the count
// starts: "Fifty years ago today" is the day the account that follows
// tells of.
func (d *document) anniversary(m match, t Timex) (Timex, int, bool) {
	if !shiftBases[m.rule.name] || m.first == 0 || !d.toks[m.first-1].is(d.text, "ago") && !d.toks[m.first-1].is(d.text, "on") {
		return t, 0, false
	}
	k := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].first >= m.first })
	if k == 0 {
		return t, 0, false
	}
	p := d.matches[k-1]
	if p.rule.name != "units-ago" || p.last != m.first && (p.last+1 != m.first || !d.toks[p.last].is(d.text, "on")) {
		return t, 0, false
	}
	v, f, ok := d.shift(p, t, -1)
	if !ok || f.unit < uYear {
		return t, 0, false
	}
	t.Value = v
	return t, p.first, true
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

// composeLengths joins lengths of time written one unit after another
// into one: "2 hours 24 minutes 11 seconds" is PT2H24M11S, "two years
// and six months" P2Y6M. Each part is found and resolved on its own; the
// units must run from larger to smaller.
func (d *document) composeLengths(ms []match, out []Timex, keep []bool) {
	acc := -1
	for i := range ms {
		if !keep[i] {
			continue
		}
		if ms[i].rule.name != "units" || out[i].Type != Duration {
			acc = -1
			continue
		}
		if acc >= 0 {
			a, b := &out[acc], &out[i]
			switch strings.TrimSpace(d.text[a.End:b.Start]) {
			case "", ",", "and":
				if v, ok := joinLengths(a.Value, b.Value); ok {
					parts := a.Text + " + " + b.Text
					a.End, a.Text, a.Value = b.End, d.text[a.Start:b.End], v
					a.Explanation = explain(*a, "lengths written one after another: "+parts)
					keep[i] = false
					continue
				}
			}
		}
		acc = i
	}
}

// lengthUnits are the units of a TimeML duration in the order they are
// written, the date part before the time part.
const lengthUnits = "YMWDhms"

// joinLengths writes durations a and b, b in smaller units than a, as one
// ("PT2H" and "PT24M" → "PT2H24M").
func joinLengths(a, b string) (string, bool) {
	ua, ok := lengthOrder(a)
	if !ok {
		return "", false
	}
	ub, ok := lengthOrder(b)
	if !ok || ua[1] >= ub[0] {
		return "", false
	}
	ad, at, _ := strings.Cut(a[1:], "T")
	bd, bt, _ := strings.Cut(b[1:], "T")
	v := "P" + ad + bd
	if at+bt != "" {
		v += "T" + at + bt
	}
	return v, ValidValue(v)
}

// lengthOrder returns the positions in lengthUnits of the first and last
// units of duration v, which must count in whole numbers.
func lengthOrder(v string) ([2]int, bool) {
	var r [2]int
	if len(v) < 3 || v[0] != 'P' {
		return r, false
	}
	first, inTime := -1, false
	for i := 1; i < len(v); i++ {
		c := v[i]
		switch {
		case c == 'T':
			inTime = true
		case c >= '0' && c <= '9':
		case strings.IndexByte("YMWDHS", c) >= 0:
			if inTime {
				c |= 0x20 // time units are lower case in lengthUnits
			}
			k := strings.IndexByte(lengthUnits, c)
			if k < 0 {
				return r, false
			}
			if first < 0 {
				first = k
			}
			r[1] = k
		default:
			return r, false // "PXY", "P1.5H": no exact count
		}
	}
	r[0] = first
	return r, first >= 0
}
