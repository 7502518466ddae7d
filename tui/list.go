package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

// dateGutter is the width of the date column.
const dateGutter = 14

// eventList is a scrolling list of events that renders only the rows in
// view, so its cost does not grow with the size of the timeline.
type eventList struct {
	events        []*timeline.Event
	cursor, top   int
	width, height int
}

// SetSize sets the list's size in cells.
func (l *eventList) SetSize(w, h int) {
	l.width, l.height = max(w, 0), max(h, 0)
	l.clamp()
}

// Move moves the cursor by n rows, keeping it in view.
func (l *eventList) Move(n int) {
	l.cursor += n
	l.clamp()
}

// GoTo puts the cursor on row i.
func (l *eventList) GoTo(i int) {
	l.cursor = i
	l.clamp()
}

func (l *eventList) clamp() {
	l.cursor = min(max(l.cursor, 0), max(len(l.events)-1, 0))
	if l.cursor < l.top {
		l.top = l.cursor
	}
	if l.height > 0 && l.cursor >= l.top+l.height {
		l.top = l.cursor - l.height + 1
	}
	l.top = max(min(l.top, len(l.events)-l.height), 0)
}

// View renders the visible rows.
func (l *eventList) View(st styles) string {
	if l.height <= 0 {
		return ""
	}
	var b strings.Builder
	end := min(l.top+l.height, len(l.events))
	for i := l.top; i < end; i++ {
		if i > l.top {
			b.WriteByte('\n')
		}
		row := l.row(l.events[i], st, i == l.cursor)
		b.WriteString(row)
	}
	return b.String()
}

// row renders one event on one line: date, text, actors, cut to width.
func (l *eventList) row(e *timeline.Event, st styles, selected bool) string {
	date := ansi.Truncate(e.Date, dateGutter-1, "…")
	date += strings.Repeat(" ", dateGutter-ansi.StringWidth(date))
	text := strings.Join(strings.Fields(e.Text), " ")
	actors := ""
	if len(e.Actors) > 0 {
		actors = "  [" + strings.Join(e.Actors, ", ") + "]"
	}
	line := ansi.Truncate(date+text+actors, l.width, "…")
	if selected {
		line += strings.Repeat(" ", max(l.width-ansi.StringWidth(line), 0))
		return st.selected.Render(line)
	}
	if len(line) <= len(date) {
		return st.date.Render(line)
	}
	return st.date.Render(date) + line[len(date):]
}
