package export

import (
	"strings"
	"testing"

	"dateline/parse"
	"dateline/timeline"
)

func TestSpanKeepsPrecision(t *testing.T) {
	cases := []struct {
		value      string
		start, end dateParts // end is zero when there is none
		clock      string
		label      string
	}{
		{"1962", dateParts{1962, 0, 0}, dateParts{}, "", "1962"},
		{"199X", dateParts{1990, 0, 0}, dateParts{1999, 0, 0}, "", "1990s"},
		{"19XX", dateParts{1900, 0, 0}, dateParts{1999, 0, 0}, "", "1900–1999"},
		{"2024-06", dateParts{2024, 6, 0}, dateParts{}, "", "June 2024"},
		{"2025-02", dateParts{2025, 2, 0}, dateParts{}, "", "February 2025"},
		{"2024-Q3", dateParts{2024, 7, 0}, dateParts{2024, 9, 0}, "", "Q3 2024"},
		{"2025-H1", dateParts{2025, 1, 0}, dateParts{2025, 6, 0}, "", "H1 2025"},
		{"2024-SU", dateParts{2024, 6, 0}, dateParts{2024, 8, 0}, "", "summer 2024"},
		{"2024-WI", dateParts{2024, 12, 0}, dateParts{2025, 2, 0}, "", "winter 2024–25"},
		{"2025-03-11", dateParts{2025, 3, 11}, dateParts{}, "", "11 March 2025"},
		{"2025-03-01", dateParts{2025, 3, 1}, dateParts{}, "", "1 March 2025"},
		{"2024-12-31", dateParts{2024, 12, 31}, dateParts{}, "", "31 December 2024"},
		{"2025-W11", dateParts{2025, 3, 10}, dateParts{2025, 3, 16}, "", "10–16 March 2025"},
		{"2025-W09", dateParts{2025, 2, 24}, dateParts{2025, 3, 2}, "", "24 February–2 March 2025"},
		{"2025-W01", dateParts{2024, 12, 30}, dateParts{2025, 1, 5}, "", "30 December 2024–5 January 2025"},
		{"2025-W11-WE", dateParts{2025, 3, 15}, dateParts{2025, 3, 16}, "", "15–16 March 2025"},
		{"2025-03-13TNI", dateParts{2025, 3, 13}, dateParts{}, "", "13 March 2025, night"},
		{"2025-03-13T10:35", dateParts{2025, 3, 13}, dateParts{}, "10:35", "13 March 2025, 10:35"},
	}
	for _, c := range cases {
		e := eventAt(t, c.value)
		s := spanOf(e)
		var end dateParts
		if s.End != nil {
			end = *s.End
		}
		if s.Start != c.start || end != c.end || s.Clock != c.clock {
			t.Errorf("%s: start %+v end %+v clock %q; want %+v %+v %q", c.value, s.Start, end, s.Clock, c.start, c.end, c.clock)
		}
		if got := dateLabel(e); got != c.label {
			t.Errorf("%s: label %q, want %q", c.value, got, c.label)
		}
		// A day is known only with its month, a month only with its year.
		for _, p := range []dateParts{s.Start, end} {
			if p.Day != 0 && p.Month == 0 {
				t.Errorf("%s: %+v has a day without a month", c.value, p)
			}
		}
	}
}

// eventAt is an event dated with a TimeML value.
func eventAt(t *testing.T, value string) *timeline.Event {
	t.Helper()
	first, last, ok := parse.Interval(value)
	if !ok {
		t.Fatalf("%s has no interval", value)
	}
	return &timeline.Event{Date: value, Start: first, End: last, Text: "Something happened."}
}

func TestHeadline(t *testing.T) {
	long := "At 10:35 on Thursday, the Kremlin released a statement about the proposal, a long one that runs well past any limit."
	cases := []struct{ in, want string }{
		{"Short.", "Short."},
		{"  Folded\n  lines. ", "Folded lines."},
		{long, "At 10:35 on Thursday, the Kremlin released a statement about the proposal, a…"},
		{"Ü" + strings.Repeat("ü", 100), "Ü" + strings.Repeat("ü", maxHeadline-1) + "…"},
	}
	for _, c := range cases {
		if got := headline(c.in); got != c.want {
			t.Errorf("headline(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
