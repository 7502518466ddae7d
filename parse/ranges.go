package parse

import (
	"fmt"
	"strings"
	"time"
)

// rangeEnders are the words and dashes that lead from the start of a
// range to its end ("Tuesday night into Wednesday").
var rangeEnders = map[string]bool{"to": true, "through": true, "thru": true, "into": true, "until": true, "till": true, "-": true, "–": true, "—": true}

// joinsDates reports whether the lower-case word w joins two dates or
// days into a range or a list: "March 1 to March 5", "April 24 and 25".
func joinsDates(w string) bool { return rangeEnders[w] || w == "and" || w == "or" }

// shareYears gives a month or day whose year came from the reference date
// the year written on the date that closes its range or list: "between
// March 1 and March 5, 2024" is 2024-03-01 whenever it was written. A
// range runs forward, so a start later in the year than its end is in the
// year before: "from December to March 2024" starts in 2023-12.
func (d *document) shareYears(out []Timex) {
	// A date is written when no anchor gave its year; a date given its
	// year here counts as written for the one before it.
	for i := len(out) - 2; i >= 0; i-- {
		a, b := &out[i], &out[i+1]
		if a.Anchor.IsZero() || !b.Anchor.IsZero() || a.Type != Date || b.Type != Date || len(a.Value) < 7 || len(b.Value) < 7 ||
			!calendarRule[a.Rule] || !joined(d.text[a.End:b.Start]) {
			continue
		}
		as, _, ok1 := Interval(a.Value)
		bs, _, ok2 := Interval(b.Value)
		if !ok1 || !ok2 {
			continue
		}
		y := bs.Year()
		if as.Month() > bs.Month() || as.Month() == bs.Month() && len(a.Value) == 10 && len(b.Value) == 10 && as.Day() > bs.Day() {
			y--
		}
		v := as.Format("2006-01")
		if len(a.Value) == 10 {
			if !ValidDate(y, int(as.Month()), as.Day()) {
				continue
			}
			v = as.Format("2006-01-02")
		}
		a.Value, a.Anchor = fmt.Sprintf("%04d", y)+v[4:], time.Time{}
		a.Explanation = explain(*a, "the year of '"+b.Text+"', which closes the range or list it opens")
	}
}

// calendarRule marks the rules of a month or a day of the month that may
// take their year from the date after them.
var calendarRule = map[string]bool{"month-day-year": true, "day-month-year": true, "month": true}

// joined reports whether the text between two dates joins them into a
// range or list: only words of joinsDates, commas and white space.
func joined(gap string) bool {
	words := strings.Fields(strings.ReplaceAll(gap, ",", " , "))
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if w != "," && !joinsDates(strings.ToLower(w)) {
			return false
		}
	}
	return true
}
