package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

// gutter is the date column of the list.
type gutter struct {
	width   int  // 0 when the terminal is too narrow for dates
	compact bool // compact labels, for narrow terminals
}

// labelWidths returns the widths of the widest full and compact date
// labels events can have, so that the gutter is as wide as the corpus
// needs and does not change while the user filters.
func labelWidths(events []timeline.Event) (full, compact int) {
	for i := range events {
		e := &events[i]
		if i > 0 && e.Date == events[i-1].Date {
			continue // runs of one date are common
		}
		if f := formOf(e.Date); f != otherForm && !e.Start.IsZero() {
			full, compact = max(full, labelWidth(e.Date, f, false)), max(compact, labelWidth(e.Date, f, true))
		} else {
			w := ansi.StringWidth(e.Date)
			full, compact = max(full, w), max(compact, w)
		}
	}
	return min(full, maxGutter), min(compact, maxGutter)
}

// maxGutter bounds the date column; a longer label is cut.
const maxGutter = 21

// chooseGutter picks the date column for rows of w cells: full labels when
// they leave four fifths of the row to the rest, compact ones when the row
// has room for a date and some text, none below.
func chooseGutter(w, full, compact int) gutter {
	avail := w - 2
	switch {
	case full*5 <= avail:
		return gutter{width: full}
	case avail >= 22:
		return gutter{width: compact, compact: true}
	}
	return gutter{}
}

// renderEvent draws an event's row: the cursor marker, the date, the
// sentence with its time expression marked, and, when there is room, the
// actors' chips and the number of sources.
func (l *eventList) renderEvent(e *timeline.Event, selected bool, st styles) string {
	rs := st.rows(selected)
	segs := make([]segment, 0, 16)
	segs = append(segs, segment{st.cursor(selected), rs.base})
	avail := l.width - 2
	if g := l.gutter; g.width > 0 {
		segs = append(segs, segment{padRight(fit(dateLabel(e, g.compact), g.width), g.width) + " ", rs.date})
		avail -= g.width + 1
	}
	right, rightW := l.rightPart(e, avail, rs, st)
	textW := avail
	if rightW > 0 {
		textW -= rightW + 2
	}
	var text []segment
	if e.Kind == timeline.KindReport {
		text = append(text, segment{reportTag, rs.count})
	}
	text = append(text, eventSegments(e, rs, st)...)
	text, tw := fitSegments(text, textW)
	segs = append(segs, text...)
	if rightW > 0 || selected {
		segs = append(segs, segment{strings.Repeat(" ", max(textW-tw, 0)), rs.base})
	}
	if rightW > 0 {
		segs = append(segs, segment{"  ", rs.base})
		segs = append(segs, right...)
	}
	return render(segs...)
}

// rightPart returns the end of an event's row, of a row with avail cells
// after the date: the actors' chips and the number of sources, as far as
// they fit in a third of it, and its width.
func (l *eventList) rightPart(e *timeline.Event, avail int, rs rowStyles, st styles) ([]segment, int) {
	if avail < 40 {
		return nil, 0
	}
	// The count is right-aligned in a column of its own too.
	count := strconv.Itoa(len(e.Sources)) + " src"
	count = strings.Repeat(" ", max(len("99 src")-len(count), 0)) + count
	countW := len(count)
	if avail < 66 {
		return []segment{{count, rs.count}}, countW
	}
	// The chips have a column of their own, so that the text column
	// is the same on every row.
	budget := min(avail/3, maxChips) - countW - 1
	segs, w := chips(e.Actors, budget, l.chosen, rs, st)
	segs = append(segs, segment{strings.Repeat(" ", budget-w+1), rs.base}, segment{count, rs.count})
	return segs, budget + 1 + countW
}

// maxChips bounds the width of the chips' column.
const maxChips = 48

// maxChip bounds the width of an actor's chip.
const maxChip = 18

// chips draws actors' names as chips, as many as fit in budget cells, and
// how many more there are; chosen ones (the actor filter) stand out.
func chips(names []string, budget int, chosen map[string]bool, rs rowStyles, st styles) ([]segment, int) {
	type chip struct {
		text, name string
		width      int
	}
	var fitted []chip
	used := 0
	for _, name := range chosenFirst(names, chosen) {
		text := st.chipText(fit(name, maxChip-ansi.StringWidth(st.chipText(""))))
		c := chip{text, name, ansi.StringWidth(text)}
		if used+gapBefore(len(fitted))+c.width > budget {
			break
		}
		used += gapBefore(len(fitted)) + c.width
		fitted = append(fitted, c)
	}
	more := ""
	for len(fitted) < len(names) {
		more = "+" + strconv.Itoa(len(names)-len(fitted))
		if used+gapBefore(len(fitted))+len(more) <= budget || len(fitted) == 0 {
			break
		}
		last := fitted[len(fitted)-1]
		fitted = fitted[:len(fitted)-1]
		used -= gapBefore(len(fitted)) + last.width
	}
	// Rather than no chip at all, the first one cut short.
	if len(fitted) == 0 && len(names) > 0 {
		room := budget - ansi.StringWidth(st.chipText(""))
		if more != "" {
			room -= 1 + len(more)
		}
		if room >= 4 {
			name := chosenFirst(names, chosen)[0]
			text := st.chipText(fit(name, room))
			fitted = []chip{{text, name, ansi.StringWidth(text)}}
			used = fitted[0].width
		}
	}
	var segs []segment
	for i, c := range fitted {
		if i > 0 {
			segs = append(segs, segment{" ", rs.base})
		}
		style := rs.chip
		if chosen[c.name] {
			style = rs.chipOn
		}
		segs = append(segs, segment{c.text, style})
	}
	if more != "" && used+gapBefore(len(fitted))+len(more) <= budget {
		segs = append(segs, segment{strings.Repeat(" ", gapBefore(len(fitted))) + more, rs.count})
		used += gapBefore(len(fitted)) + len(more)
	}
	return segs, used
}

// chosenFirst returns names with the chosen ones first, so that a row
// shows why the actor filter kept it.
func chosenFirst(names []string, chosen map[string]bool) []string {
	if len(chosen) == 0 {
		return names
	}
	out := make([]string, 0, len(names))
	for _, n := range names {
		if chosen[n] {
			out = append(out, n)
		}
	}
	for _, n := range names {
		if !chosen[n] {
			out = append(out, n)
		}
	}
	return out
}

// gapBefore is the space before the chip that follows n others.
func gapBefore(n int) int { return min(n, 1) }

// reportTag starts the text of a report event, as in the plain text
// output.
const reportTag = "[report] "

// eventSegments returns an event's text with its time expression marked,
// from the source whose sentence the text is.
func eventSegments(e *timeline.Event, rs rowStyles, st styles) []segment {
	for _, src := range e.Sources {
		if src.Sentence == e.Text {
			return sentenceSegments(src, rs, st, "", "")
		}
	}
	return []segment{{collapseSpace(strings.TrimSpace(e.Text)), rs.base}}
}

// sentenceSegments returns a source's sentence, between open and close,
// with its time expression marked.
func sentenceSegments(src timeline.Source, rs rowStyles, st styles, open, close string) []segment {
	before, expr, after := splitExpression(src.Sentence, src.ExprStart, src.ExprEnd)
	if expr == "" {
		return []segment{{open + before + close, rs.base}}
	}
	return []segment{{open + before, rs.base}, {st.exprOpen + expr + st.exprClose, rs.expr}, {after + close, rs.base}}
}

// fitSegments cuts segments to at most w cells, ending them with an
// ellipsis when something was cut, and returns their width.
func fitSegments(segs []segment, w int) ([]segment, int) {
	total := 0
	for _, s := range segs {
		total += ansi.StringWidth(s.text)
	}
	if total <= w {
		return segs, total
	}
	if w <= 0 {
		return nil, 0
	}
	out := make([]segment, 0, len(segs))
	used := 0
	for _, s := range segs {
		sw := ansi.StringWidth(s.text)
		if used+sw <= w-1 {
			out = append(out, s)
			used += sw
			continue
		}
		head := ansi.Truncate(s.text, w-1-used, "")
		out = append(out, segment{head + "…", s.style})
		used += ansi.StringWidth(head) + 1
		break
	}
	return out, used
}

// renderSeparator draws the row that starts a year or a month.
func (l *eventList) renderSeparator(row listRow, st styles) string {
	start := l.events[row.event].Start
	if row.kind == monthRow {
		return fit(render(segment{st.blank, st.row.base}, segment{"· " + monthLabel(start), st.faint}), l.width)
	}
	label := strconv.Itoa(start.Year())
	rule := max(l.width-ansi.StringWidth(st.blank+label)-1, 0)
	return fit(render(segment{st.blank, st.row.base}, segment{label, st.separator}, segment{" " + strings.Repeat("─", rule), st.faint}), l.width)
}
