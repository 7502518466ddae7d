package tui

import (
	"strconv"
	"strings"
	"time"

	"dateline/timeline"
)

// dateForm is the form of a TimeML value: what it names and how finely.
type dateForm uint8

const (
	otherForm   dateForm = iota // a value of a form not known here
	yearForm                    // 1962
	decadeForm                  // 199X
	centuryForm                 // 19XX
	monthForm                   // 2024-06
	dayForm                     // 2025-03-11
	timeForm                    // 2025-03-13T10:35, 2025-03-13TNI
	weekForm                    // 2025-W11
	weekendForm                 // 2025-W11-WE
	partForm                    // 2024-Q3, 2024-H1
	seasonForm                  // 2024-SU
)

// formWidths are the widths of the widest full and compact labels of
// each form, so that the date column can be sized without writing the
// label of every event.
var formWidths = [...][2]int{
	yearForm:    {4, 4},   // 1962
	decadeForm:  {5, 5},   // 1990s
	centuryForm: {12, 7},  // 21st century, 21st c.
	monthForm:   {8, 8},   // Jun 2024
	dayForm:     {15, 11}, // Tue 11 Mar 2025, 11 Mar 2025
	timeForm:    {11, 11}, // 13 Mar 2025, and the time of day: see labelWidth
	weekForm:    {19, 8},  // week of 10 Mar 2025, W11 2025
	weekendForm: {19, 11}, // weekend 15 Mar 2025, W11-WE 2025
	partForm:    {7, 7},   // Q3 2024
	seasonForm:  {14, 11}, // winter 2024–25, autumn 2024
}

// labelWidth returns the width of the widest label a value of form f can
// have, full or compact.
func labelWidth(value string, f dateForm, compact bool) int {
	if compact {
		return formWidths[f][1]
	}
	w := formWidths[f][0]
	if f == timeForm {
		_, clock, _ := strings.Cut(value, "T")
		switch {
		case partOfDay[clock] != "":
			w += 1 + len(partOfDay[clock])
		case len(clock) >= 5 && clock[2] == ':':
			w += 1 + 5
		}
	}
	return w
}

// formOf returns the form of a TimeML value.
func formOf(value string) dateForm {
	date, _, timed := strings.Cut(value, "T")
	year, rest, dashed := strings.Cut(date, "-")
	if !dashed {
		switch {
		case len(year) == 4 && isDigits(year):
			return yearForm
		case len(year) == 4 && isDigits(year[:3]) && year[3] == 'X', len(year) == 3 && isDigits(year):
			return decadeForm
		case len(year) == 4 && isDigits(year[:2]) && year[2:] == "XX", len(year) == 2 && isDigits(year):
			return centuryForm
		}
		return otherForm
	}
	switch {
	case len(year) != 4 || !isDigits(year):
	case len(rest) == 2 && isDigits(rest):
		return monthForm
	case len(rest) == 5 && isDigits(rest[:2]) && rest[2] == '-' && isDigits(rest[3:]):
		if timed {
			return timeForm
		}
		return dayForm
	case len(rest) == 3 && rest[0] == 'W' && isDigits(rest[1:]):
		return weekForm
	case len(rest) == 6 && rest[0] == 'W' && isDigits(rest[1:3]) && rest[3:] == "-WE":
		return weekendForm
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H') && isDigits(rest[1:]):
		return partForm
	case season[rest] != "":
		return seasonForm
	}
	return otherForm
}

// dateLabel writes an event's date as people read it, at exactly the
// precision its TimeML value gives: "1962", "Jun 2024", "Tue 11 Mar 2025",
// "week of 10 Mar 2025", "Q3 2024", "summer 2024", "1990s". The compact
// form, for narrow terminals, drops the weekday and the time of day and
// names weeks by number ("11 Mar 2025", "W11 2025"). A value of a form it
// does not know is shown as it is.
func dateLabel(e *timeline.Event, compact bool) string {
	start, end := e.Start, e.End
	form := formOf(e.Date)
	if start.IsZero() || form == otherForm {
		return e.Date
	}
	date, clock, _ := strings.Cut(e.Date, "T")
	year, rest, _ := strings.Cut(date, "-")
	switch form {
	case yearForm:
		return year
	case decadeForm:
		return strconv.Itoa(start.Year()) + "s"
	case centuryForm:
		if compact {
			return ordinal(start.Year()/100+1) + " c."
		}
		return ordinal(start.Year()/100+1) + " century"
	case monthForm:
		return start.Format("Jan 2006")
	case dayForm:
		if compact {
			return start.Format("2 Jan 2006")
		}
		return start.Format("Mon 2 Jan 2006")
	case timeForm:
		day := start.Format("2 Jan 2006")
		switch {
		case compact:
		case partOfDay[clock] != "":
			day += " " + partOfDay[clock]
		case len(clock) >= 5 && clock[2] == ':':
			day += " " + clock[:5]
		}
		return day
	case weekForm:
		if compact {
			return rest + " " + year
		}
		return start.Format("week of 2 Jan 2006")
	case weekendForm:
		if compact {
			return rest[:3] + "-WE " + year
		}
		return start.Format("weekend 2 Jan 2006")
	case partForm:
		return rest + " " + year
	}
	// seasonForm
	if !compact && end.Year() != start.Year() {
		return season[rest] + " " + year + "–" + end.Format("06")
	}
	return season[rest] + " " + year
}

// monthLabel names the month of t, "Mar 2025", for separators.
func monthLabel(t time.Time) string { return t.Format("Jan 2006") }

// season names the TimeML seasons.
var season = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// partOfDay names the TimeML parts of the day.
var partOfDay = map[string]string{
	"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime",
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// ordinal writes n as an English ordinal: 1st, 2nd, 3rd, 11th, 21st.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
