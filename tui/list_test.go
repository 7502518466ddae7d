package tui

import (
	"strconv"
	"strings"
	"testing"
)

func TestSeparators(t *testing.T) {
	events := eventsAt(t, "2014", "2024-06", "2024-Q3", "2024-08-03", "2024-08-05", "2025", "2025-03-11", "2025-03-12")
	rows, rowOf := buildRows(calendarOfPointers(events))
	var got []string
	for _, r := range rows {
		e := events[r.event]
		switch r.kind {
		case yearRow:
			got = append(got, strconv.Itoa(e.Start.Year()))
		case monthRow:
			got = append(got, monthLabel(e.Start))
		default:
			got = append(got, e.Date)
		}
	}
	// A year whose events fall in one month, with or without events of
	// the whole year, has no month separators.
	want := "2014 | 2014 | 2024 | Jun 2024 | 2024-06 | Jul 2024 | 2024-Q3 | Aug 2024 | 2024-08-03 | 2024-08-05 | 2025 | 2025 | 2025-03-11 | 2025-03-12"
	if g := strings.Join(got, " | "); g != want {
		t.Errorf("rows\n got %s\nwant %s", g, want)
	}
	for i, r := range rowOf {
		if rows[r].kind != eventRow || rows[r].event != i {
			t.Errorf("rowOf[%d] = %d, a row of kind %d for event %d", i, r, rows[r].kind, rows[r].event)
		}
	}
}

// TestScrollShowsSeparators: moving up onto the first event of a year
// shows the year's separator too.
func TestScrollShowsSeparators(t *testing.T) {
	var l eventList
	events := eventsAt(t, "2014", "2015", "2016", "2017", "2018")
	l.setEvents(events, calendarOfPointers(events))
	l.SetSize(40, 3)
	l.goTo(4)
	l.goTo(2)
	if l.top != 4 { // the row of 2016's separator
		t.Errorf("top row %d, want 4, the separator of 2016", l.top)
	}
	l.SetSize(40, 1)
	l.goTo(1)
	if l.top != l.rowOf[1] {
		t.Errorf("in a list one row high, top row %d, want the event's row %d", l.top, l.rowOf[1])
	}
}
