package export

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"dateline/timeline"
)

// precision is how finely a date is known.
type precision int

const (
	yearPrecision precision = iota
	monthPrecision
	dayPrecision
)

// dateParts is a date known to some precision, as formats with separate
// year, month and day fields write it: Month and Day are 0 when unknown.
type dateParts struct {
	Year, Month, Day int
}

// span is an event's date as the formats with year, month and day fields
// need it.
type span struct {
	Precision precision
	Start     dateParts
	End       *dateParts // nil when the date is a single year, month or day
	// Clock is the time of day, "10:35", when the TimeML value gives one;
	// Hour and Minute are its parts.
	Clock        string
	Hour, Minute int
	// PartOfDay is "morning", "night"… when the value names one.
	PartOfDay string
}

// spanOf works out the precision of an event's date from the period it
// covers: a period from 1 January to 31 December is known to the year
// ("1962", "199X"), one from the first to the last day of a month to the
// month ("2024-06", "2024-Q3", "2024-SU"), anything else to the day
// ("2025-03-11", "2025-W11"). Reading the interval rather than the value
// keeps every TimeML form the tagger resolves, and any it may add, exact.
func spanOf(e *timeline.Event) span {
	p := dayPrecision
	switch first, last := e.Start, e.End; {
	case first.Month() == time.January && first.Day() == 1 && last.Month() == time.December && last.Day() == 31:
		p = yearPrecision
	case first.Day() == 1 && last.AddDate(0, 0, 1).Day() == 1:
		p = monthPrecision
	}
	s := span{Precision: p, Start: partsOf(e.Start, p)}
	if end := partsOf(e.End, p); end != s.Start {
		s.End = &end
	}
	if p == dayPrecision && s.End == nil {
		_, tod, _ := strings.Cut(e.Date, "T")
		if h, m, ok := clock(tod); ok {
			s.Clock, s.Hour, s.Minute = tod[:5], h, m
		} else {
			s.PartOfDay = partsOfDay[tod]
		}
	}
	return s
}

func partsOf(t time.Time, p precision) dateParts {
	d := dateParts{Year: t.Year()}
	if p >= monthPrecision {
		d.Month = int(t.Month())
	}
	if p >= dayPrecision {
		d.Day = t.Day()
	}
	return d
}

// partsOfDay names the TimeML parts of the day.
var partsOfDay = map[string]string{
	"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime",
}

// clock reads the "hh:mm" that starts the time part of a TimeML value.
func clock(tod string) (hour, minute int, ok bool) {
	if len(tod) < 5 || tod[2] != ':' {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(tod[:2])
	m, err2 := strconv.Atoi(tod[3:5])
	if err1 != nil || err2 != nil || h > 23 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

// needsLabel reports whether the date fields alone do not say the whole
// date, so formats with a display-date field should give the label.
func (s span) needsLabel() bool {
	return s.End != nil || s.PartOfDay != ""
}

// dateLabel says an event's date in words: "1962", "June 2024",
// "11 March 2025", "10–16 March 2025" for a week, "Q3 2024", "summer 2024",
// "1990s", "13 March 2025, night".
func dateLabel(e *timeline.Event) string {
	s := spanOf(e)
	label := s.Start.String()
	if s.End != nil {
		label = rangeLabel(e.Date, s.Start, *s.End)
	}
	switch {
	case s.Clock != "":
		label += ", " + s.Clock
	case s.PartOfDay != "":
		label += ", " + s.PartOfDay
	}
	return label
}

// seasons names the TimeML seasons.
var seasons = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// rangeLabel says a period from a to b (of the same precision) in words,
// by its name when value names a quarter, half-year, season or decade.
func rangeLabel(value string, a, b dateParts) string {
	_, period, _ := strings.Cut(value, "-")
	switch {
	case a.Month != 0 && len(period) == 2 && (period[0] == 'Q' || period[0] == 'H'):
		return fmt.Sprintf("%s %d", period, a.Year)
	case a.Month != 0 && seasons[period] != "":
		if a.Year != b.Year {
			return fmt.Sprintf("%s %d–%02d", seasons[period], a.Year, b.Year%100)
		}
		return fmt.Sprintf("%s %d", seasons[period], a.Year)
	case a.Month == 0 && a.Year%10 == 0 && b.Year == a.Year+9:
		return fmt.Sprintf("%ds", a.Year)
	case a.Month == 0:
		return fmt.Sprintf("%d–%d", a.Year, b.Year)
	}
	// Say the year (and month) once when both ends share it.
	start := a.String()
	switch {
	case a.Year != b.Year:
	case a.Day == 0 || a.Month != b.Month:
		start = strings.TrimSuffix(start, " "+strconv.Itoa(a.Year))
	default:
		start = strconv.Itoa(a.Day)
	}
	return start + "–" + b.String()
}

// String writes the known parts of a date: "1962", "June 2024",
// "11 March 2025".
func (d dateParts) String() string {
	switch {
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%s %d", time.Month(d.Month), d.Year)
	}
	return fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month), d.Year)
}
