package tui

import (
	"strconv"
	"strings"
	"time"

	"dateline/timeline"
)

// corpus is what the browser knows of the timeline that does not change
// while it runs.
type corpus struct {
	tl       *timeline.Timeline
	articles map[string]*timeline.Article
	actors   map[string]*timeline.Actor
	cal      []calendarDate // of each of tl.Events
	// fullW and compactW are the widths of the widest date labels.
	fullW, compactW int
}

func newCorpus(tl *timeline.Timeline) *corpus {
	c := &corpus{
		tl:       tl,
		articles: make(map[string]*timeline.Article, len(tl.Articles)),
		actors:   make(map[string]*timeline.Actor, len(tl.Actors)),
	}
	for i := range tl.Articles {
		c.articles[tl.Articles[i].ID] = &tl.Articles[i]
	}
	for i := range tl.Actors {
		c.actors[tl.Actors[i].Name] = &tl.Actors[i]
	}
	c.fullW, c.compactW = labelWidths(tl.Events)
	c.cal = calendarOf(tl.Events)
	return c
}

// datesText says which dates a filter keeps: "from 1 Jun 2024 to 31 Dec
// 2024", "from 1 Jun 2024", "to 31 Dec 2024"; empty when it keeps all.
func datesText(from, to time.Time) string {
	var parts []string
	if !from.IsZero() {
		parts = append(parts, "from "+from.Format("2 Jan 2006"))
	}
	if !to.IsZero() {
		parts = append(parts, "to "+to.Format("2 Jan 2006"))
	}
	return strings.Join(parts, " ")
}

// header is the top of the screen: what the timeline holds and how much
// of it is shown, then the filters in force.
type header struct {
	width  int
	height int // 0, 1 (the summary) or 2 (and the filters)
}

// SetSize sets the header's size.
func (h *header) SetSize(w, ht int) {
	h.width, h.height = max(w, 0), min(max(ht, 0), 2)
}

// View draws the header.
func (h *header) View(c *corpus, sel *selection, st styles) string {
	if h.height == 0 || h.width == 0 {
		return ""
	}
	total := len(c.tl.Events)
	events := plural(total, "event")
	if len(sel.events) != total {
		events = strconv.Itoa(len(sel.events)) + " of " + events
	}
	summary := events + " · " + plural(len(c.tl.Articles), "article")
	if n := len(sel.events); n > 0 {
		compact := h.width < 80
		first, last := dateLabel(sel.events[0], compact), dateLabel(sel.events[n-1], compact)
		summary += " · " + first
		if last != first {
			summary += " – " + last
		}
	}
	line := fit(render(segment{"dateline", st.title}, segment{"  " + summary, st.header}), h.width)
	if h.height < 2 {
		return line
	}
	var filters []segment
	if sel.query != "" {
		filters = append(filters, segment{"search ", st.faint}, segment{"“" + collapseSpace(sel.query) + "”", st.filters})
	}
	if len(sel.actors) > 0 {
		if filters != nil {
			filters = append(filters, segment{"  ", st.row.base})
		}
		filters = append(filters, segment{"actors", st.faint})
		for _, a := range sel.actors {
			filters = append(filters, segment{" ", st.row.base}, segment{st.chipText(a), st.row.chipOn})
		}
	}
	if dates := datesText(sel.from, sel.to); dates != "" {
		if filters != nil {
			filters = append(filters, segment{"  ", st.row.base})
		}
		filters = append(filters, segment{"dates ", st.faint}, segment{dates, st.filters})
	}
	if filters == nil {
		filters = []segment{{"all events · / to search · a to choose actors · ? for help", st.faint}}
	}
	return line + "\n" + fit(render(filters...), h.width)
}
