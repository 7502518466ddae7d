// Package tui is dateline's interactive timeline browser, a Bubble Tea
// program over the timeline model.
//
// The screen has a header (the corpus and the filters in force), a
// density strip (events per year or month along the time axis, the
// cursor's place marked), the list of events and a footer of keys. The
// actor picker, the details of an event and the help open over the list
// as panels. Each part has its own keys and SetSize; styles are in
// styles.go.
package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
	"dateline/timeline/export"
)

// Options set up the browser.
type Options struct {
	// Filter is the filter to start with, as --actor, --search, --from and
	// --to make it. The search (/) changes its Text and the actor picker
	// (a) its Actors, which it starts with chosen; its dates stay.
	Filter timeline.Filter
	// Mouse lets the mouse wheel scroll (and a click select). It takes the
	// mouse from the terminal, so selecting text then needs shift.
	Mouse bool
	// ExportDir is the folder the export key (e) writes files to; empty
	// for the current folder.
	ExportDir string
}

// Model is the state of the browser.
type Model struct {
	corpus  *corpus
	sel     selection
	cal     []calendarDate // of the selection's events
	header  header
	density density
	list    eventList
	search  searchBar
	panel   panel // the open panel, nil for the list
	help    help.Model
	st      styles

	exportDir string

	searching bool   // the search line has the keyboard
	lastQuery string // what n and N look for
	status    string // a note in the footer, until the next key
	width     int
	height    int
	listY     int // the first line of the list on the screen
}

// New returns a browser over the timeline.
func New(tl *timeline.Timeline, opts Options) Model {
	st := newStyles(lipgloss.ColorProfile())
	m := Model{
		corpus:    newCorpus(tl),
		sel:       newSelection(tl, opts.Filter),
		search:    newSearchBar(len(tl.Events), st),
		help:      newHelp(st),
		st:        st,
		lastQuery: strings.ToLower(opts.Filter.Text),
		exportDir: opts.ExportDir,
	}
	m.list.keys = newListKeys()
	m.list.chosen = chosenActors(tl, opts.Filter.Actors)
	m.refresh()
	return m
}

// newHelp returns the footer's key help, in the program's styles.
func newHelp(st styles) help.Model {
	h := help.New()
	faint, label := st.bubbles.faint, st.bubbles.label
	h.Styles = help.Styles{
		Ellipsis: faint, ShortKey: label, ShortDesc: faint, ShortSeparator: faint,
		FullKey: label, FullDesc: faint, FullSeparator: faint,
	}
	h.ShortSeparator = " · "
	return h
}

// Run starts the browser in the terminal's alternate screen and returns
// when the user quits.
func Run(tl *timeline.Timeline, opts Options) error {
	popts := []tea.ProgramOption{tea.WithAltScreen()}
	if opts.Mouse {
		popts = append(popts, tea.WithMouseCellMotion())
	}
	_, err := tea.NewProgram(New(tl, opts), popts...).Run()
	return err
}

// indexMsg brings the search index, built in the background at start.
type indexMsg struct{ index *searchIndex }

// Init implements tea.Model: it builds the search index in the background.
func (m Model) Init() tea.Cmd {
	tl := m.corpus.tl
	if len(tl.Events) == 0 {
		return nil
	}
	return func() tea.Msg { return indexMsg{buildIndex(tl)} }
}

// setActors filters the timeline by the actors named.
func (m *Model) setActors(names []string) {
	m.sel.setActors(names)
	m.list.chosen = chosenActors(m.corpus.tl, names)
	m.refresh()
}

// chosenActors returns the canonical names of the actors that names
// designate, whose chips stand out in the list.
func chosenActors(tl *timeline.Timeline, names []string) map[string]bool {
	chosen := map[string]bool{}
	for _, a := range tl.Actors {
		if designates(a, names) {
			chosen[a.Name] = true
		}
	}
	return chosen
}

// refresh shows the selection's events after a change of filter.
func (m *Model) refresh() {
	m.cal = gather(m.corpus.cal, m.sel.pos)
	m.list.setEvents(m.sel.events, m.cal)
	m.density.setEvents(m.cal)
}

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		return m, nil
	case tea.QuitMsg:
		return m, tea.Quit
	case indexMsg:
		m.sel.setIndex(msg.index)
		return m, nil
	case closePanel:
		m.panel = nil
		return m, nil
	case chooseActors:
		m.panel = nil
		m.setActors(msg)
		return m, nil
	case exportAs:
		m.panel = nil
		m.status = "exporting…"
		return m, exportCmd(m.exportDir, export.Format(msg), m.corpus.tl, m.sel.events, m.sel.filter())
	case exported:
		switch {
		case msg.err != nil:
			m.status = "export failed: " + msg.err.Error()
		default:
			m.status = fmt.Sprintf("exported %d events to %s", msg.events, msg.path)
		}
		return m, nil
	case stepEvent:
		m.list.move(int(msg))
		if d, ok := m.panel.(*detailView); ok {
			d.show(m.list.selected(), m.list.cursor, len(m.list.events))
		}
		return m, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.typing() {
			return m.splitKeys(msg)
		}
		return m.updateInput(msg)
	case tea.MouseMsg:
		return m.updateInput(msg)
	}
	return m, nil
}

// typing reports whether keys go to a text: the search line or the query
// of the actor picker.
func (m *Model) typing() bool {
	_, picking := m.panel.(*actorPicker)
	return m.searching || picking
}

// splitKeys handles keys that came in one read of the terminal, as when a
// key is held down ("jjj"), one at a time; what is left when a text takes
// the keyboard ("/put") goes to it at once.
func (m Model) splitKeys(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	var next tea.Model = m
	for i, r := range msg.Runes {
		var cmd tea.Cmd
		one := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
		if mm := next.(Model); mm.typing() {
			one.Runes = msg.Runes[i:]
			next, cmd = mm.updateInput(one)
			return next, tea.Batch(append(cmds, cmd)...)
		}
		next, cmd = next.(Model).updateInput(one)
		cmds = append(cmds, cmd)
	}
	return next, tea.Batch(cmds...)
}

// updateInput handles a key or a mouse message.
func (m Model) updateInput(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.status = ""
	if m.panel != nil {
		if req := m.panel.Update(msg); req != nil {
			return m.Update(req)
		}
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.MouseMsg:
		m.updateMouse(msg)
	case tea.KeyMsg:
		if m.searching {
			return m.updateSearch(msg)
		}
		return m.updateList(msg)
	}
	return m, nil
}

// updateList handles a key on the list.
func (m Model) updateList(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.list.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case m.list.moveKey(msg, k.Up, k.Down, k.PageUp, k.PageDown):
	case key.Matches(msg, k.Top):
		m.list.goTo(0)
	case key.Matches(msg, k.Bottom):
		m.list.goTo(len(m.list.events) - 1)
	case key.Matches(msg, k.PrevYear):
		m.list.prevYear()
	case key.Matches(msg, k.NextYear):
		m.list.nextYear()
	case key.Matches(msg, k.Search):
		m.searching = true
		m.search.start(m.sel.query)
	case key.Matches(msg, k.ClearSearch):
		if m.sel.query != "" {
			m.sel.setQuery("")
			m.refresh()
		}
	case key.Matches(msg, k.NextMatch):
		m.findMatch(1)
	case key.Matches(msg, k.PrevMatch):
		m.findMatch(-1)
	case key.Matches(msg, k.Actors):
		m.openPanel(newActorPicker(m.corpus.tl, m.sel.actors, m.st))
	case key.Matches(msg, k.ClearActors):
		if m.sel.actors != nil {
			m.setActors(nil)
		}
	case key.Matches(msg, k.Details):
		if e := m.list.selected(); e != nil {
			d := newDetailView(m.corpus, m.st)
			m.openPanel(d)
			d.show(e, m.list.cursor, len(m.list.events))
		}
	case key.Matches(msg, k.Export):
		m.openPanel(newExportMenu(m.st))
	case key.Matches(msg, k.Help):
		m.openPanel(newHelpView(m.helpSections(), m.st))
	}
	return m, nil
}

// helpSections are the keys of every part of the browser, for the help.
func (m *Model) helpSections() []helpSection {
	return []helpSection{
		{"Timeline", m.list.keys},
		{"Search line", m.search.keys},
		{"Actor picker (a)", newPickerKeys()},
		{"Event details (enter)", newDetailKeys()},
		{"Export (e)", newExportKeys()},
		{"This help (?)", newHelpKeys()},
	}
}

// openPanel opens p over the list.
func (m *Model) openPanel(p panel) {
	m.panel = p
	p.SetSize(m.width, m.panelHeight())
}

// updateSearch handles a key while the search line has the keyboard: the
// list narrows as the text changes.
func (m Model) updateSearch(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.search.keys
	switch {
	case key.Matches(msg, quitKey):
		return m, tea.Quit
	case key.Matches(msg, k.Keep):
		m.endSearch()
	case key.Matches(msg, k.Clear):
		m.endSearch()
		if m.sel.query != "" {
			m.sel.setQuery("")
			m.refresh()
		}
	case m.list.moveKey(msg, k.Up, k.Down, k.PageUp, k.PageDown):
	default:
		cmd, changed := m.search.Update(msg)
		if changed {
			m.sel.setQuery(m.search.value())
			m.refresh()
		}
		return m, cmd
	}
	return m, nil
}

// endSearch gives the keyboard back to the list. The search text stays
// what n and N look for, even once esc has cleared the filter: the cursor
// stays on the match it was on, among all the events, and n goes on to
// the next.
func (m *Model) endSearch() {
	m.searching = false
	m.search.stop()
	if m.sel.query != "" {
		m.lastQuery = strings.ToLower(m.sel.query)
	}
}

// findMatch moves the cursor to the next (dir 1) or previous (dir -1)
// event that matches the last search, going round the list.
func (m *Model) findMatch(dir int) {
	n := len(m.list.events)
	if m.lastQuery == "" {
		m.status = "no search yet: / to search"
		return
	}
	from := m.list.cursor
	for step := 1; step <= n; step++ {
		i := ((from+dir*step)%n + n) % n
		if m.sel.matches(i, m.lastQuery) {
			m.list.goTo(i)
			switch {
			case dir > 0 && i <= from:
				m.status = "search went on from the top"
			case dir < 0 && i >= from:
				m.status = "search went on from the bottom"
			}
			return
		}
	}
	m.status = "no event matches “" + m.lastQuery + "”"
}

// updateMouse scrolls the list with the wheel and selects the event
// clicked.
func (m *Model) updateMouse(msg tea.MouseMsg) {
	switch {
	case msg.Button == tea.MouseButtonWheelUp:
		m.list.move(-wheelStep)
	case msg.Button == tea.MouseButtonWheelDown:
		m.list.move(wheelStep)
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionRelease:
		if i, ok := m.list.rowAt(msg.Y - m.listY); ok {
			m.list.goTo(i)
		}
	}
}

// SetSize lays the screen out for a terminal of w×h cells. The list gets
// the room left by the header, the filters, the density strip and the
// footer, which give way in that order as the terminal gets smaller, down
// to the list alone.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	headerH, densityH, footerH := 0, 0, 0
	switch {
	case h >= 10:
		headerH, densityH, footerH = 2, 2, 1
	case h >= 7:
		headerH, densityH, footerH = 2, 1, 1
	case h >= 5:
		headerH, footerH = 2, 1
	case h >= 3:
		headerH, footerH = 1, 1
	case h == 2:
		headerH = 1
	}
	m.header.SetSize(w, headerH)
	m.density.SetSize(w, densityH)
	m.list.gutter = chooseGutter(w, m.corpus.fullW, m.corpus.compactW)
	m.list.SetSize(w, h-headerH-densityH-footerH)
	m.listY = headerH + densityH
	m.search.SetSize(w, 1)
	m.help.Width = w
	if m.panel != nil {
		m.panel.SetSize(w, m.panelHeight())
	}
}

// panelHeight is the height of a panel: the screen less the footer.
func (m *Model) panelHeight() int {
	if m.height >= 3 {
		return m.height - 1
	}
	return m.height
}

// View implements tea.Model. Every line is cut to the terminal's width and
// there are never more lines than its height, whatever the parts drew.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var parts []string
	if m.panel != nil {
		parts = append(parts, padLines(m.panel.View(), m.panelHeight()))
		if m.height >= 3 {
			parts = append(parts, m.footer(m.panel))
		}
	} else {
		if m.header.height > 0 {
			parts = append(parts, m.header.View(m.corpus, &m.sel, m.st))
		}
		if m.density.height > 0 {
			parts = append(parts, m.density.View(m.list.selected(), m.st))
		}
		parts = append(parts, padLines(m.body(), m.list.height))
		if m.height >= 3 {
			parts = append(parts, m.footer(m.list.keys))
		}
	}
	lines := strings.Split(strings.Join(parts, "\n"), "\n")
	lines = lines[:min(len(lines), m.height)]
	for i, l := range lines {
		if ansi.StringWidth(l) > m.width {
			lines[i] = fit(l, m.width)
		}
	}
	return strings.Join(lines, "\n")
}

// body is the list, or what to do when it is empty.
func (m *Model) body() string {
	if len(m.list.events) > 0 {
		return m.list.View(m.st)
	}
	st, w := m.st, max(m.width-2, 1)
	var segs [][]segment
	if len(m.corpus.tl.Events) == 0 {
		segs = [][]segment{
			{{"No dated events.", st.header}},
			{{"dateline found no date it could place in " + plural(len(m.corpus.tl.Articles), "article") + ". It dates events by expressions such as “on Tuesday”, “in June 2024” or “1962”, read against each article's publish date.", st.empty}},
			{{"Give it news articles: dateline FILE or FOLDER …", st.empty}},
		}
	} else {
		segs = [][]segment{{{"No event matches the filters.", st.header}}}
		if m.sel.query != "" {
			segs = append(segs, []segment{{"Nothing contains “" + collapseSpace(m.sel.query) + "”: esc clears the search, / edits it.", st.empty}})
		}
		if len(m.sel.actors) > 0 {
			segs = append(segs, []segment{{"Events involving " + strings.Join(m.sel.actors, " or ") + " are left out: A clears the actors, a chooses others.", st.empty}})
		}
		if dates := datesText(m.sel.from, m.sel.to); dates != "" {
			segs = append(segs, []segment{{"Only events " + dates + " are shown, as --from and --to asked.", st.empty}})
		}
	}
	var lines []string
	for _, s := range segs {
		for _, l := range wrap(s, w) {
			lines = append(lines, m.st.blank+l)
		}
		lines = append(lines, "")
	}
	return strings.Join(lines[:len(lines)-1], "\n")
}

// footer is the bottom line: the search line while searching, otherwise
// the short help of keys, with the status or the cursor's place on the
// right.
func (m *Model) footer(keys help.KeyMap) string {
	total := len(m.sel.base)
	if m.searching {
		return m.search.View(matchNote(len(m.sel.events), total), m.st)
	}
	right := m.st.status.Render(m.status)
	if m.status == "" && m.panel == nil && len(m.list.events) > 0 {
		right = m.st.faint.Render(matchNote(m.list.cursor+1, len(m.list.events)))
	}
	rw := ansi.StringWidth(right)
	m.help.Width = max(m.width-rw-2, 0)
	return spread(m.help.ShortHelpView(keys.ShortHelp()), right, m.width)
}

// padLines makes s exactly n lines, cutting or adding empty ones.
func padLines(s string, n int) string {
	if n <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	for len(lines) < n {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
