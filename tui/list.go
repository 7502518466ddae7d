package tui

import (
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"dateline/timeline"
)

// eventList is the scrolling list of events: a row for each event, with a
// separator row where a year begins, and where a month begins in a year
// whose events fall in several months. Rows are built once per selection;
// drawing renders only the rows in view, so a frame costs the same for
// ten events or a hundred thousand.
type eventList struct {
	events []*timeline.Event
	rows   []listRow
	rowOf  []int  // the row of each event
	cursor int    // the selected event
	top    int    // the first row in view
	gutter gutter // the date column
	chosen map[string]bool
	width  int
	height int
	keys   listKeys
}

// listRow is a row of the list: an event, or a separator before one.
type listRow struct {
	event int // index in events; for a separator, the event it comes before
	kind  rowKind
}

type rowKind uint8

const (
	eventRow rowKind = iota
	yearRow
	monthRow
)

// setEvents shows events, whose calendar is cal, keeping the cursor on
// the event it was on, or on the first one after it, when there is one.
func (l *eventList) setEvents(events []*timeline.Event, cal []calendarDate) {
	var current *timeline.Event
	if l.cursor < len(l.events) {
		current = l.events[l.cursor]
	}
	l.events = events
	l.rows, l.rowOf = buildRows(cal)
	l.cursor = 0
	if current != nil {
		l.cursor = indexOf(events, current)
	}
	l.top = 0
	l.scrollToCursor()
}

// indexOf returns the index of e in events, which are in timeline order,
// or of the first event that starts after it.
func indexOf(events []*timeline.Event, e *timeline.Event) int {
	i := sort.Search(len(events), func(i int) bool { return !events[i].Start.Before(e.Start) })
	for j := i; j < len(events) && events[j].Start.Equal(e.Start); j++ {
		if events[j] == e {
			return j
		}
	}
	return min(i, max(len(events)-1, 0))
}

// buildRows lays out in rows the events whose calendar is cal. The rows
// are new, not reused, so that copies of the model never share them.
func buildRows(cal []calendarDate) (rows []listRow, rowOf []int) {
	rows = make([]listRow, 0, len(cal)+len(cal)/4+16)
	rowOf = make([]int, 0, len(cal))
	for i := 0; i < len(cal); {
		year := cal[i].year
		end := i
		multiMonth := false
		var month time.Month
		for ; end < len(cal) && cal[end].year == year; end++ {
			if m := cal[end].ownMonth(); m != 0 {
				multiMonth = multiMonth || month != 0 && m != month
				month = m
			}
		}
		rows = append(rows, listRow{i, yearRow})
		month = 0
		for ; i < end; i++ {
			if m := cal[i].ownMonth(); multiMonth && m != 0 && m != month {
				month = m
				rows = append(rows, listRow{i, monthRow})
			}
			rowOf = append(rowOf, len(rows))
			rows = append(rows, listRow{i, eventRow})
		}
	}
	return rows, rowOf
}

// SetSize sets the list's size in cells.
func (l *eventList) SetSize(w, h int) {
	l.width, l.height = max(w, 0), max(h, 0)
	l.scrollToCursor()
}

// move moves the cursor by n events.
func (l *eventList) move(n int) {
	l.goTo(l.cursor + n)
}

// goTo puts the cursor on event i.
func (l *eventList) goTo(i int) {
	l.cursor = min(max(i, 0), max(len(l.events)-1, 0))
	l.scrollToCursor()
}

// page scrolls by a screen, less a row, in direction dir (1 or -1), and
// selects the event on the cursor's row of the new screen.
func (l *eventList) page(dir int) {
	if len(l.events) == 0 {
		return
	}
	step := max(l.height-1, 1) * dir
	r := min(max(l.rowOf[l.cursor]+step, 0), len(l.rows)-1)
	l.top += step
	l.cursor = l.rows[r].event
	l.scrollToCursor()
}

// moveKey moves the cursor for a key that moves it by a row or a page,
// given the bindings of the part that has the keyboard, and reports
// whether msg was one.
func (l *eventList) moveKey(msg tea.KeyMsg, up, down, pageUp, pageDown key.Binding) bool {
	switch {
	case key.Matches(msg, up):
		l.move(-1)
	case key.Matches(msg, down):
		l.move(1)
	case key.Matches(msg, pageUp):
		l.page(-1)
	case key.Matches(msg, pageDown):
		l.page(1)
	default:
		return false
	}
	return true
}

// nextYear selects the first event of the next year.
func (l *eventList) nextYear() {
	if len(l.events) == 0 {
		return
	}
	y := l.events[l.cursor].Start.Year()
	l.goTo(l.firstOfYear(y + 1))
}

// prevYear selects the first event of the cursor's year, or of the year
// before when the cursor is on it already.
func (l *eventList) prevYear() {
	if len(l.events) == 0 {
		return
	}
	i := l.firstOfYear(l.events[l.cursor].Start.Year())
	if i == l.cursor && i > 0 {
		i = l.firstOfYear(l.events[i-1].Start.Year())
	}
	l.goTo(i)
}

// firstOfYear returns the first event that starts in year y or later.
func (l *eventList) firstOfYear(y int) int {
	return sort.Search(len(l.events), func(i int) bool { return l.events[i].Start.Year() >= y })
}

// scrollToCursor scrolls as little as needed to show the cursor's row,
// with the separators just above it when the cursor came from below.
func (l *eventList) scrollToCursor() {
	if len(l.events) == 0 || l.height == 0 {
		l.top = 0
		return
	}
	r := l.rowOf[l.cursor]
	if r < l.top {
		l.top = r
		for l.top > 0 && l.rows[l.top-1].kind != eventRow && r-l.top+1 < l.height {
			l.top--
		}
	}
	if r >= l.top+l.height {
		l.top = r - l.height + 1
	}
	l.top = min(max(l.top, 0), max(len(l.rows)-l.height, 0))
}

// selected returns the event under the cursor, nil when there is none.
func (l *eventList) selected() *timeline.Event {
	if l.cursor < len(l.events) {
		return l.events[l.cursor]
	}
	return nil
}

// View renders the rows in view.
func (l *eventList) View(st styles) string {
	if l.height == 0 || l.width == 0 {
		return ""
	}
	var b strings.Builder
	end := min(l.top+l.height, len(l.rows))
	for r := l.top; r < end; r++ {
		if r > l.top {
			b.WriteByte('\n')
		}
		row := l.rows[r]
		switch row.kind {
		case eventRow:
			b.WriteString(l.renderEvent(l.events[row.event], row.event == l.cursor, st))
		default:
			b.WriteString(l.renderSeparator(row, st))
		}
	}
	return b.String()
}

// rowAt returns the event on line y of the list, and whether there is one.
func (l *eventList) rowAt(y int) (int, bool) {
	r := l.top + y
	if y < 0 || y >= l.height || r >= len(l.rows) {
		return 0, false
	}
	return l.rows[r].event, true
}
