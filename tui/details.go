package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"dateline/timeline"
)

// detailView shows everything about one event: its date, its actors, and
// every source article that reports it, with the title, the publish date
// (marked when inferred), the whole sentence with the time expression
// marked, and how the date was resolved.
type detailView struct {
	pager
	corpus *corpus
	event  *timeline.Event
	pos    int // the event's place in the list
	total  int // the number of events in the list
	keys   detailKeys
	st     styles
}

func newDetailView(c *corpus, st styles) *detailView {
	return &detailView{corpus: c, keys: newDetailKeys(), st: st}
}

// show shows event e, the pos-th of total.
func (d *detailView) show(e *timeline.Event, pos, total int) {
	d.event, d.pos, d.total = e, pos, total
	d.top = 0
	d.layout()
}

// SetSize implements panel.
func (d *detailView) SetSize(w, h int) {
	d.width, d.height = max(w, 0), max(h, 0)
	d.layout()
}

// layout wraps the details to the width.
func (d *detailView) layout() {
	d.lines = nil
	if d.event != nil && d.width > 0 {
		d.lines = d.render(d.event)
	}
	d.scroll(0)
}

// indent is the margin of the text under a heading.
const indent = "  "

func (d *detailView) render(e *timeline.Event) []string {
	st, w := d.st, d.width
	var lines []string
	add := func(segs ...segment) { lines = append(lines, wrap(segs, w)...) }
	addIndented := func(segs ...segment) {
		for _, l := range wrap(segs, max(w-len(indent), 1)) {
			lines = append(lines, indent+l)
		}
	}
	blank := func() { lines = append(lines, "") }

	title := dateLabel(e, false)
	if e.Kind == timeline.KindReport {
		title += " · report"
	}
	lines = append(lines, spread(st.title.Render(title), st.faint.Render("event "+strconv.Itoa(d.pos+1)+" of "+strconv.Itoa(d.total)), w))
	add(segment{"TimeML " + e.Date + " · " + periodText(e), st.faint})

	blank()
	add(segment{"Actors", st.heading})
	if len(e.Actors) == 0 {
		addIndented(segment{"none found", st.faint})
	}
	for _, name := range e.Actors {
		segs := []segment{{st.chipText(name), st.row.chip}}
		if a := d.corpus.actors[name]; a != nil {
			if a.Kind != "" && a.Kind != "unknown" {
				segs = append(segs, segment{" " + a.Kind, st.kind})
			}
			if len(a.Aliases) > 0 {
				segs = append(segs, segment{" · also " + strings.Join(a.Aliases, ", "), st.faint})
			}
			segs = append(segs, segment{" · " + plural(a.Events, "event"), st.faint})
		}
		addIndented(segs...)
	}

	for i, src := range e.Sources {
		blank()
		heading := "Source"
		if e.Kind == timeline.KindReport {
			heading = "Report"
		}
		if len(e.Sources) > 1 {
			heading += " " + strconv.Itoa(i+1) + " of " + strconv.Itoa(len(e.Sources))
		}
		add(segment{heading, st.heading})
		art := d.corpus.articles[src.Article]
		if art != nil && art.Title != "" {
			addIndented(segment{art.Title, st.label})
		}
		addIndented(append([]segment{{src.Article + " · ", st.faint}}, publishedText(art, st)...)...)
		addIndented(sentenceSegments(src, st.row, st, "“", "”")...)
		if src.Date != "" && src.Date != e.Date {
			addIndented(segment{"dates it " + src.Date + ", less precisely", st.status})
		}
		if src.Explanation != "" {
			addIndented(segment{src.Explanation, st.faint})
		}
	}
	return lines
}

// publishedText says when an article was published and how that is known.
func publishedText(a *timeline.Article, st styles) []segment {
	switch {
	case a == nil:
		return []segment{{"article not in the corpus", st.faint}}
	case a.Published.IsZero():
		return []segment{{"publish date unknown", st.faint}}
	}
	segs := []segment{{"published " + a.Published.Format("Mon 2 Jan 2006"), st.row.base}}
	if a.PublishedInferred {
		segs = append(segs, segment{" (inferred)", st.status})
	}
	if a.PublishedReason != "" {
		segs = append(segs, segment{" · " + a.PublishedReason, st.faint})
	}
	return segs
}

// periodText says which days a date covers.
func periodText(e *timeline.Event) string {
	if e.Start.Equal(e.End) {
		return "the day " + e.Start.Format("2 Jan 2006")
	}
	return "from " + e.Start.Format("2 Jan 2006") + " to " + e.End.Format("2 Jan 2006")
}

// plural writes n and a noun, in the plural when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// Update implements panel.
func (d *detailView) Update(msg tea.Msg) tea.Msg {
	if d.pager.update(msg, d.keys.scrollKeys) {
		return nil
	}
	if msg, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(msg, d.keys.Back):
			return closePanel{}
		case key.Matches(msg, d.keys.Quit):
			return tea.QuitMsg{}
		case key.Matches(msg, d.keys.Prev):
			return stepEvent(-1)
		case key.Matches(msg, d.keys.Next):
			return stepEvent(1)
		}
	}
	return nil
}

// ShortHelp implements help.KeyMap.
func (d *detailView) ShortHelp() []key.Binding { return d.keys.ShortHelp() }

// FullHelp implements help.KeyMap.
func (d *detailView) FullHelp() [][]key.Binding { return d.keys.FullHelp() }
