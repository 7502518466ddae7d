package tui

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

// density is a strip that shows the shape of the story: how many of the
// shown events start in each year, or in each month when they span less
// than three years, as a bar chart along the time axis, with the cursor's
// place marked under it.
type density struct {
	monthly bool
	first   calendarDate // the first bin's year, and month when monthly
	counts  []int        // events in each bin
	width   int
	height  int // 0, 1 (the bars) or 2 (and the cursor's mark)
}

// maxBinWidth is the widest a year or a month is drawn.
const maxBinWidth = 3

// bars are the heights of a bar, from low to full.
var bars = []rune("▁▂▃▄▅▆▇█")

// setEvents counts in bins the events whose calendar is cal.
func (d *density) setEvents(cal []calendarDate) {
	d.counts = nil
	if len(cal) == 0 {
		return
	}
	// Events are in timeline order, first to last; the bounds are taken
	// from all of them anyway, so that no order can put one out of range.
	first, last := cal[0], cal[len(cal)-1]
	for _, c := range cal {
		if c.year < first.year || c.year == first.year && c.month < first.month {
			first = c
		}
		if c.year > last.year || c.year == last.year && c.month > last.month {
			last = c
		}
	}
	d.monthly = last.year-first.year < 3
	d.first = calendarDate{year: first.year, month: time.January}
	if d.monthly {
		d.first.month = first.month
	}
	d.counts = make([]int, d.binOf(last.year, last.month)+1)
	for _, c := range cal {
		d.counts[d.binOf(c.year, c.month)]++
	}
}

// bin returns the bin of a date.
func (d *density) bin(t time.Time) int {
	y, m, _ := t.Date()
	return d.binOf(y, m)
}

// binOf returns the bin of a month.
func (d *density) binOf(y int, m time.Month) int {
	if d.monthly {
		return (y-d.first.year)*12 + int(m) - int(d.first.month)
	}
	return y - d.first.year
}

// binLabel names bin b: "2024", or "Mar 2025" by month.
func (d *density) binLabel(b int) string {
	if d.monthly {
		return monthLabel(time.Date(d.first.year, d.first.month+time.Month(b), 1, 0, 0, 0, 0, time.UTC))
	}
	return strconv.Itoa(d.first.year + b)
}

// SetSize sets the strip's size: its width, and 2 lines for the bars and
// the cursor's mark, 1 for the bars alone.
func (d *density) SetSize(w, h int) {
	d.width, d.height = max(w, 0), min(max(h, 0), 2)
}

// View draws the strip, with cursor the selected event (nil for none).
func (d *density) View(cursor *timeline.Event, st styles) string {
	n := len(d.counts)
	if d.height == 0 || d.width == 0 || n == 0 {
		return strings.Repeat("\n", max(d.height-1, 0))
	}
	left, right := d.binLabel(0), d.binLabel(n-1)
	if n == 1 {
		right = ""
	}
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	cols, offset := d.width-lw-rw-2, lw+1
	if cols < 8 {
		left, right, cols, offset = "", "", d.width, 0
	}
	columns := d.columns(cols)
	peak := 0
	sums := make([]int, len(columns))
	for c, col := range columns {
		for b := col.lo; b < col.hi; b++ {
			sums[c] += d.counts[b]
		}
		peak = max(peak, sums[c])
	}
	strip := make([]rune, len(columns))
	for c, s := range sums {
		switch {
		case columns[c].gap:
			strip[c] = '┊'
		case s > 0:
			strip[c] = bars[(s*len(bars)-1)/peak]
		default:
			strip[c] = ' '
		}
	}
	line := render(segment{string(strip), st.bars})
	if offset > 0 {
		if right != "" {
			right = " " + right
		}
		line = render(segment{left + " ", st.faint}, segment{string(strip), st.bars}, segment{right, st.faint})
	}
	if d.height < 2 {
		return fit(line, d.width)
	}
	return fit(line, d.width) + "\n" + d.mark(cursor, columns, offset, st)
}

// column is a column of the strip: the bins lo … hi-1, or a gap, a
// stretch of empty bins drawn in one column.
type column struct {
	lo, hi int
	gap    bool
}

// minGap is the shortest stretch of empty bins drawn as a gap when bins
// outnumber columns.
const minGap = 3

// columns lays the bins out in at most cols columns. When there is room,
// each bin has the same number of columns, at most maxBinWidth, so that
// time runs evenly. When there is not (a story reaching back centuries),
// long stretches without events shrink to a gap column each, and if that
// is not enough, neighbouring bins share columns.
func (d *density) columns(cols int) []column {
	n := len(d.counts)
	var out []column
	if n <= cols {
		for b := 0; b < n; b++ {
			out = append(out, column{lo: b, hi: b + 1})
		}
		return widen(out, cols)
	}
	for b := 0; b < n; {
		e := b
		for e < n && d.counts[e] == 0 {
			e++
		}
		if e-b >= minGap {
			out = append(out, column{lo: b, hi: e, gap: true})
			b = e
			continue
		}
		out = append(out, column{lo: b, hi: b + 1})
		b++
	}
	if len(out) <= cols {
		return widen(out, cols)
	}
	merged := make([]column, cols)
	for c := range merged {
		first, last := out[c*len(out)/cols], out[max((c+1)*len(out)/cols, c*len(out)/cols+1)-1]
		merged[c] = column{lo: first.lo, hi: last.hi}
	}
	return merged
}

// widen gives each column of bins the same number of columns, as many as
// fit in cols, at most maxBinWidth; gaps keep one.
func widen(in []column, cols int) []column {
	bins, gaps := 0, 0
	for _, c := range in {
		if c.gap {
			gaps++
		} else {
			bins++
		}
	}
	w := min((cols-gaps)/max(bins, 1), maxBinWidth)
	if w <= 1 {
		return in
	}
	out := make([]column, 0, bins*w+gaps)
	for _, c := range in {
		out = append(out, c)
		for i := 1; i < w && !c.gap; i++ {
			out = append(out, c)
		}
	}
	return out
}

// mark draws the line under the bars: a caret under the cursor's column
// and the name of its year or month beside it.
func (d *density) mark(cursor *timeline.Event, columns []column, offset int, st styles) string {
	if cursor == nil {
		return ""
	}
	b := min(max(d.bin(cursor.Start), 0), len(d.counts)-1)
	c := 0
	for c < len(columns)-1 && columns[c].hi <= b {
		c++
	}
	x := offset + c
	label := d.binLabel(b)
	var line string
	if x+2+ansi.StringWidth(label) <= d.width {
		line = render(segment{strings.Repeat(" ", x), st.row.base}, segment{"^ " + label, st.cursorMark})
	} else {
		pad := max(x-ansi.StringWidth(label)-1, 0)
		line = render(segment{strings.Repeat(" ", pad), st.row.base}, segment{label + " ^", st.cursorMark})
	}
	return fit(line, d.width)
}
