package tui

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"dateline/parse"
	"dateline/timeline"
)

func TestDateLabel(t *testing.T) {
	cases := []struct {
		value, full, compact string
	}{
		{"1962", "1962", "1962"},
		{"2024-06", "Jun 2024", "Jun 2024"},
		{"2025-03-11", "Tue 11 Mar 2025", "11 Mar 2025"},
		{"2025-W11", "week of 10 Mar 2025", "W11 2025"},
		{"2025-W11-WE", "weekend 15 Mar 2025", "W11-WE 2025"},
		{"2024-Q3", "Q3 2024", "Q3 2024"},
		{"2024-H1", "H1 2024", "H1 2024"},
		{"2024-SU", "summer 2024", "summer 2024"},
		{"2024-WI", "winter 2024–25", "winter 2024"},
		{"199X", "1990s", "1990s"},
		{"199", "1990s", "1990s"},
		{"19XX", "20th century", "20th c."},
		{"20", "21st century", "21st c."},
		{"2025-03-13TNI", "13 Mar 2025 night", "13 Mar 2025"},
		{"2025-03-13TMO", "13 Mar 2025 morning", "13 Mar 2025"},
		{"2025-03-13T10:35", "13 Mar 2025 10:35", "13 Mar 2025"},
		{"0000", "0000", "0000"},
		{"9999-12-31", "Fri 31 Dec 9999", "31 Dec 9999"},
	}
	for _, c := range cases {
		first, last, ok := parse.Interval(c.value)
		if !ok {
			t.Fatalf("parse.Interval(%q) fails", c.value)
		}
		e := &timeline.Event{Date: c.value, Start: first, End: last}
		if got := dateLabel(e, false); got != c.full {
			t.Errorf("dateLabel(%q) = %q, want %q", c.value, got, c.full)
		}
		if got := dateLabel(e, true); got != c.compact {
			t.Errorf("compact dateLabel(%q) = %q, want %q", c.value, got, c.compact)
		}
	}
}

// TestDateLabelUnknownForms shows values of forms it does not know as
// they are, rather than guessing.
func TestDateLabelUnknownForms(t *testing.T) {
	first, last, _ := parse.Interval("2025")
	for _, value := range []string{"PRESENT_REF", "2025-XX", "FY2025", "", "2025-W1"} {
		e := &timeline.Event{Date: value, Start: first, End: last}
		if got := dateLabel(e, false); got != value {
			t.Errorf("dateLabel(%q) = %q, want the value itself", value, got)
		}
	}
	if got := dateLabel(&timeline.Event{Date: "2025-03-11"}, false); got != "2025-03-11" {
		t.Errorf("an event without a period: %q, want the value itself", got)
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 101: "101st", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestFormWidths: no label is wider than its form's width, which sizes
// the date column.
func TestFormWidths(t *testing.T) {
	var values []string
	for d := 0; d < 366; d++ {
		day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d)
		values = append(values, day.Format("2006-01-02"), day.Format("2006-01"))
		for _, part := range []string{"MO", "MI", "AF", "EV", "NI", "DT", "23:59"} {
			values = append(values, day.Format("2006-01-02T")+part)
		}
	}
	for w := 1; w <= 53; w++ {
		values = append(values, fmt.Sprintf("2020-W%02d", w), fmt.Sprintf("2020-W%02d-WE", w))
	}
	values = append(values, "2024-Q1", "2024-H2", "2024-SP", "2024-SU", "2024-FA", "2024-WI", "199X", "19XX", "0000", "9999")
	for _, v := range values {
		first, last, ok := parse.Interval(v)
		if !ok {
			t.Fatalf("parse.Interval(%q) fails", v)
		}
		e := &timeline.Event{Date: v, Start: first, End: last}
		f := formOf(v)
		if f == otherForm {
			t.Fatalf("form of %q not known", v)
		}
		for _, compact := range []bool{false, true} {
			if w := ansi.StringWidth(dateLabel(e, compact)); w > labelWidth(v, f, compact) {
				t.Errorf("label %q of %q is %d wide, its form %d at most %d", dateLabel(e, compact), v, w, f, labelWidth(v, f, compact))
			}
		}
	}
}
