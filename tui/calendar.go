package tui

import (
	"time"

	"dateline/timeline"
)

// calendarDate is where an event starts in the calendar: the year and
// month the list's separators and the density strip count it in.
type calendarDate struct {
	year  int
	month time.Month
	// wholeYears is true when the event's date covers one or more whole
	// years ("2025", "1990s"): such an event belongs to no month.
	wholeYears bool
}

// ownMonth returns the month an event belongs to, 0 for none.
func (d calendarDate) ownMonth() time.Month {
	if d.wholeYears {
		return 0
	}
	return d.month
}

// calendarOf returns the calendar date of each event.
func calendarOf(events []timeline.Event) []calendarDate {
	cal := make([]calendarDate, len(events))
	var c monthCursor
	for i := range events {
		e := &events[i]
		y, m := c.at(e.Start)
		cal[i] = calendarDate{y, m, m == time.January && c.first(e.Start) && wholeYears(e)}
	}
	return cal
}

// gather returns the calendar dates at the positions pos.
func gather(cal []calendarDate, pos []int32) []calendarDate {
	out := make([]calendarDate, len(pos))
	for i, p := range pos {
		out[i] = cal[p]
	}
	return out
}

// wholeYears reports whether an event's date covers one or more whole
// years.
func wholeYears(e *timeline.Event) bool {
	_, m, d := e.Start.Date()
	if m != time.January || d != 1 {
		return false
	}
	_, m, d = e.End.Date()
	return m == time.December && d == 31
}

// monthCursor tells the year and month of dates, quickly when they come
// in order, as a timeline's do: it works the calendar out only when a date
// is not in the month of the one before.
type monthCursor struct {
	from, to time.Time // the month of the last date
	year     int
	month    time.Month
}

// at returns the year and month of t.
func (c *monthCursor) at(t time.Time) (int, time.Month) {
	if t.Before(c.from) || !t.Before(c.to) || c.month == 0 {
		c.year, c.month, _ = t.Date()
		c.from = time.Date(c.year, c.month, 1, 0, 0, 0, 0, t.Location())
		c.to = c.from.AddDate(0, 1, 0)
	}
	return c.year, c.month
}

// first reports whether t, a date passed to at last, is the first
// instant of its month.
func (c *monthCursor) first(t time.Time) bool { return t.Equal(c.from) }
