package parse

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Interval returns the first and last calendar day covered by a TimeML DATE
// or TIME value: "1962" covers 1962-01-01 … 1962-12-31, "2025-W11" covers
// 2025-03-10 … 2025-03-16, "2025-03-13TNI" covers 2025-03-13. Values that do
// not name a calendar period (durations, sets, PRESENT_REF and the like)
// report ok == false, as do years before the common era ("BC0044"), which
// the calendar of time.Time counts differently.
func Interval(value string) (first, last time.Time, ok bool) {
	date, _, _ := strings.Cut(value, "T")
	if len(date) < 2 {
		return
	}
	// Decades and centuries: 199X or 199, 19XX or 19.
	switch {
	case len(date) == 4 && date[2:] == "XX" && allDigits(date[:2]), len(date) == 2 && allDigits(date):
		c, _ := strconv.Atoi(date[:2])
		return day(c*100, 1, 1), day(c*100+99, 12, 31), true
	case len(date) == 4 && date[3] == 'X' && allDigits(date[:3]), len(date) == 3 && allDigits(date):
		d, _ := strconv.Atoi(date[:3])
		return day(d*10, 1, 1), day(d*10+9, 12, 31), true
	}
	if len(date) < 4 || !allDigits(date[:4]) {
		return
	}
	y, _ := strconv.Atoi(date[:4])
	rest := date[4:]
	switch {
	case rest == "":
		return day(y, 1, 1), day(y, 12, 31), true
	case rest[0] != '-':
		return
	}
	rest = rest[1:]
	switch {
	case len(rest) == 2 && allDigits(rest):
		m, _ := strconv.Atoi(rest)
		if m < 1 || m > 12 {
			return
		}
		first = day(y, time.Month(m), 1)
		return first, first.AddDate(0, 1, -1), true
	case len(rest) == 5 && allDigits(rest[:2]) && rest[2] == '-' && allDigits(rest[3:]):
		m, _ := strconv.Atoi(rest[:2])
		d, _ := strconv.Atoi(rest[3:])
		if !ValidDate(y, m, d) {
			return
		}
		first = day(y, time.Month(m), d)
		return first, first, true
	case len(rest) >= 3 && rest[0] == 'W' && allDigits(rest[1:3]):
		w, _ := strconv.Atoi(rest[1:3])
		if w < 1 || w > weeksInYear(y) {
			return
		}
		first = isoWeekStart(y, w)
		last = first.AddDate(0, 0, 6)
		switch rest[3:] {
		case "":
		case "-WE":
			first = first.AddDate(0, 0, 5)
		default:
			return time.Time{}, time.Time{}, false
		}
		return first, last, true
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H') && rest[1] >= '1':
		n := int(rest[1] - '0')
		months := 3
		if rest[0] == 'H' {
			months = 6
		}
		if n*months > 12 {
			return
		}
		first = day(y, time.Month((n-1)*months+1), 1)
		return first, first.AddDate(0, months, -1), true
	}
	if start, ok := seasonStart[rest]; ok {
		first = day(y, start, 1)
		return first, first.AddDate(0, 3, -1), true
	}
	return
}

// seasonStart gives the first month of each TimeML season (northern
// hemisphere, meteorological seasons; winter runs into the next year).
var seasonStart = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// ValidDate reports whether year-month-day exists in the proleptic
// Gregorian calendar ("February 30" and "31 April" do not).
func ValidDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || y < 0 || y > 9999 {
		return false
	}
	return d <= daysIn(y, time.Month(m))
}

func daysIn(y int, m time.Month) int {
	return day(y, m+1, 0).Day()
}

func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := day(y, 1, 4)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1))
}

func weeksInYear(y int) int {
	_, w := day(y, 12, 28).ISOWeek()
	return w
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// timexValue is the grammar of TimeML TIMEX3 values: calendar values with
// optional unspecified digits (X) and time of day, durations, and the
// vague references.
var timexValue = regexp.MustCompile(`^(?:` +
	`PRESENT_REF|PAST_REF|FUTURE_REF` +
	`|[0-9X]{2,4}(?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?` +
	`|W(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?` +
	`(?:T(?:(?:[01][0-9]|2[0-4])(?::[0-5][0-9](?::[0-5][0-9])?)?|MO|AF|EV|NI|MI|DT))?` +
	`|P(?:(?:[0-9]+(?:\.[0-9]+)?|X)(?:DE|CE|[YMWDQL]))*(?:T(?:(?:[0-9]+(?:\.[0-9]+)?|X)[HMS])+)?` +
	`)$`)

// ValidValue reports whether v is a well-formed TimeML TIMEX3 value:
// "2025-03-11", "2024-W11-WE", "199X", "2025-03-13TNI", "P30D", "PT5H30M",
// "XXXX-WXX-1", "PRESENT_REF".
func ValidValue(v string) bool {
	if rest, ok := strings.CutPrefix(v, "BC"); ok {
		// A year before the common era: "BC0044", "BC0216-08-02", "BC04".
		return rest != "" && rest[0] >= '0' && rest[0] <= '9' && ValidValue(rest)
	}
	return v != "P" && v != "PT" && !strings.HasSuffix(v, "T") && timexValue.MatchString(v)
}
