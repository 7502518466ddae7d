package parse

import (
	"fmt"
	"time"
)

// period is a calendar period: its first day and its granularity.
type period struct {
	start time.Time
	u     unit
}

// value is the TimeML value of the period.
func (p period) value() string { return formatUnit(p.start, p.u) }

// shift moves t by n units, first truncating it to the unit so that month
// arithmetic never overflows ("a month before March 31").
func shift(t time.Time, u unit, n int) time.Time {
	y, m, d := t.Date()
	switch u {
	case uSecond, uMinute, uHour:
		// The hour of the reference is not known: count from the middle
		// of its day, so "an hour ago" stays on that day.
		t = day(y, m, d).Add(12 * time.Hour).Add(time.Duration(n) * map[unit]time.Duration{uSecond: time.Second, uMinute: time.Minute, uHour: time.Hour}[u])
		return day(t.Year(), t.Month(), t.Day())
	case uPartOfDay, uDay:
		return day(y, m, d+n)
	case uWeek, uWeekend:
		return day(y, m, d+7*n)
	case uMonth:
		return day(y, m+time.Month(n), 1)
	case uSeason:
		return day(y, m+time.Month(3*n), 1)
	case uQuarter:
		return day(y, (m-1)/3*3+1+time.Month(3*n), 1)
	case uHalf:
		return day(y, (m-1)/6*6+1+time.Month(6*n), 1)
	case uYear:
		return day(y+n, 1, 1)
	case uDecade:
		return day(y+10*n, 1, 1)
	case uCentury:
		return day(y+100*n, 1, 1)
	}
	return t
}

// formatUnit writes the period of unit u containing t as a TimeML value.
func formatUnit(t time.Time, u unit) string {
	switch u {
	case uWeek:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case uWeekend:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", y, w)
	case uMonth:
		return t.Format("2006-01")
	case uSeason:
		y, m := t.Year(), t.Month()
		if m <= time.February {
			y--
		}
		return fmt.Sprintf("%04d-%s", y, [...]string{"WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"}[m-1])
	case uQuarter:
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	case uHalf:
		return fmt.Sprintf("%04d-H%d", t.Year(), (int(t.Month())-1)/6+1)
	case uYear:
		return fmt.Sprintf("%04d", t.Year())
	case uDecade:
		return fmt.Sprintf("%03dX", t.Year()/10)
	case uCentury:
		return fmt.Sprintf("%02d", t.Year()/100)
	}
	return t.Format("2006-01-02")
}

// unitNames name the units in explanations.
var unitNames = [...]string{uNone: "", uSecond: "second", uMinute: "minute", uHour: "hour",
	uPartOfDay: "part of the day", uDay: "day", uWeekend: "weekend", uWeek: "week", uMonth: "month",
	uSeason: "season", uQuarter: "quarter", uHalf: "half year", uYear: "year", uDecade: "decade",
	uCentury: "century"}

// durationUnits give the TimeML letters of each unit in a duration, and
// how many of that letter one unit is.
var durationUnits = [...]struct {
	letter string
	times  int
	time   bool // written after the T: hours, minutes, seconds
}{
	uSecond: {"S", 1, true}, uMinute: {"M", 1, true}, uHour: {"H", 1, true},
	uDay: {"D", 1, false}, uWeekend: {"D", 2, false}, uWeek: {"W", 1, false},
	uMonth: {"M", 1, false}, uSeason: {"M", 3, false}, uQuarter: {"Q", 1, false},
	uHalf: {"M", 6, false}, uYear: {"Y", 1, false}, uDecade: {"Y", 10, false},
	uCentury: {"Y", 100, false},
}

// smaller gives the unit a half of a unit is written in, and how many of
// them make the whole: "2 1/2 years" is P2Y6M.
var smaller = map[unit]struct {
	u unit
	n int
}{uYear: {uMonth, 12}, uHour: {uMinute, 60}, uMinute: {uSecond, 60}, uDay: {uHour, 24}, uWeek: {uDay, 7}}

// durationValue writes n units (and a half, with half) as a TimeML
// duration; vague gives "PXY" and the like.
func durationValue(n int, u unit, half, vague bool) string {
	if u == uNone || int(u) >= len(durationUnits) || durationUnits[u].letter == "" {
		return ""
	}
	du := durationUnits[u]
	p := "P"
	if du.time {
		p = "PT"
	}
	if vague {
		switch u {
		case uDecade:
			return "PXDE"
		case uCentury:
			return "PXCE"
		}
		return p + "X" + du.letter
	}
	whole := fmt.Sprintf("%s%d%s", p, n*du.times, du.letter)
	if !half {
		return whole
	}
	if du.times%2 == 0 {
		// "a decade and a half" is 15 years.
		return fmt.Sprintf("%s%d%s", p, n*du.times+du.times/2, du.letter)
	}
	sm, ok := smaller[u]
	if !ok || sm.n%2 != 0 {
		return fmt.Sprintf("%s%d.5%s", p, n*du.times, du.letter)
	}
	su := durationUnits[sm.u]
	s := whole
	if n == 0 {
		s = p // "half an hour" is PT30M
	}
	if su.time && !du.time {
		s += "T"
	}
	return s + fmt.Sprintf("%d%s", sm.n/2, su.letter)
}
