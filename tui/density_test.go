package tui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/muesli/termenv"

	"dateline/parse"
	"dateline/timeline"
)

// eventsAt makes an event for each TimeML value.
func eventsAt(t *testing.T, values ...string) []*timeline.Event {
	t.Helper()
	var events []*timeline.Event
	for _, v := range values {
		first, last, ok := parse.Interval(v)
		if !ok {
			t.Fatalf("bad value %q", v)
		}
		events = append(events, &timeline.Event{Date: v, Start: first, End: last})
	}
	return events
}

// calendarOfPointers is calendarOf for events given by pointer.
func calendarOfPointers(events []*timeline.Event) []calendarDate {
	values := make([]timeline.Event, len(events))
	for i, e := range events {
		values[i] = *e
	}
	return calendarOf(values)
}

// everyYear returns a value for each year from first to last.
func everyYear(first, last int) []string {
	var values []string
	for y := first; y <= last; y++ {
		values = append(values, strconv.Itoa(y))
	}
	return values
}

func TestDensity(t *testing.T) {
	st := newStyles(termenv.Ascii)
	cases := []struct {
		name   string
		values []string
		w      int
		cursor int
		want   string
	}{
		{
			"a year in three columns, the highest bar full",
			[]string{"2020", "2022-03-01", "2022-05", "2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"},
			40, 1,
			"2020 ▂▂▂   ▄▄▄███ 2023\n" +
				"           ^ 2022",
		},
		{
			"months when the span is short",
			[]string{"2025-01-10", "2025-03-11", "2025-03-12"},
			40, 2,
			"Jan 2025 ▄▄▄   ███ Mar 2025\n" +
				"               ^ Mar 2025",
		},
		{
			"long empty stretches shrink to gaps when years outnumber the columns",
			[]string{"1900", "1950", "2025", "2025-03-01"},
			30, 1,
			"1900 ▄▄▄┊▄▄▄┊███ 2025\n" +
				"         ^ 1950",
		},
		{
			"several years a column when even then they outnumber the columns",
			everyYear(1900, 1999),
			20, 50,
			"1900 ██████████ 1999\n" +
				"          ^ 1950",
		},
		{
			"no room for labels: the mark says the year",
			[]string{"2020", "2023"},
			10, 0,
			"██    ██\n" +
				"^ 2020",
		},
		{
			"the mark's label to the left at the right end",
			[]string{"2020", "2023"},
			10, 1,
			"██    ██\n" +
				" 2023 ^",
		},
	}
	for _, c := range cases {
		var d density
		events := eventsAt(t, c.values...)
		d.setEvents(calendarOfPointers(events))
		d.SetSize(c.w, 2)
		lines := strings.Split(d.View(events[c.cursor], st), "\n")
		for i := range lines {
			lines[i] = strings.TrimRight(lines[i], " ")
		}
		if got := strings.Join(lines, "\n"); got != c.want {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}
