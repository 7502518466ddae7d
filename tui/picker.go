package tui

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

// actorPicker lists every actor of the timeline with its kind and number
// of events, the chosen ones first, then the most involved. Typing narrows the list (fuzzy, over
// names and aliases), space toggles an actor, enter filters the timeline
// by the chosen ones (events involving any of them), esc leaves the filter
// as it was.
type actorPicker struct {
	actors []timeline.Actor
	chosen map[string]bool
	query  string
	shown  []pickRow
	cursor int
	top    int
	nameW  int // width of the widest name, with its aliases
	kindW  int // width of the kind column
	countW int // width of the count column
	width  int
	height int
	keys   pickerKeys
	st     styles
}

// pickRow is an actor the query matches, and where.
type pickRow struct {
	actor int   // index in actors
	at    []int // byte offsets of the matched letters in the name
	score int
}

// newActorPicker returns a picker over tl's actors, with the actors that
// the names (canonical names or aliases, any case) designate chosen.
func newActorPicker(tl *timeline.Timeline, names []string, st styles) *actorPicker {
	p := &actorPicker{chosen: map[string]bool{}, keys: newPickerKeys(), st: st}
	p.actors = append(p.actors, tl.Actors...)
	for _, a := range p.actors {
		if designates(a, names) {
			p.chosen[a.Name] = true
		}
	}
	// The chosen actors first, to be seen at once, then the most involved.
	sort.SliceStable(p.actors, func(i, j int) bool {
		a, b := p.actors[i], p.actors[j]
		if p.chosen[a.Name] != p.chosen[b.Name] {
			return p.chosen[a.Name]
		}
		return a.Events > b.Events
	})
	for _, a := range p.actors {
		p.nameW = max(p.nameW, min(ansi.StringWidth(a.Name+akaText(a)), 48))
		p.kindW = max(p.kindW, min(ansi.StringWidth(a.Kind), 12))
		p.countW = max(p.countW, len(strconv.Itoa(a.Events)))
	}
	p.countW = max(p.countW, len("events"))
	p.narrow()
	return p
}

// designates reports whether one of names is the actor's name or one of
// its aliases, without regard to case, as timeline.Select matches them.
func designates(a timeline.Actor, names []string) bool {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if strings.EqualFold(n, a.Name) {
			return true
		}
		for _, al := range a.Aliases {
			if strings.EqualFold(n, al) {
				return true
			}
		}
	}
	return false
}

// narrow lists the actors the query matches, best matches first, and
// among equals the most involved.
func (p *actorPicker) narrow() {
	pattern := fuzzyPattern(p.query)
	p.shown = p.shown[:0]
	for i, a := range p.actors {
		score, at, ok := fuzzyMatch(pattern, a.Name)
		for _, al := range a.Aliases {
			if s, _, aok := fuzzyMatch(pattern, al); aok && (!ok || s > score) {
				score, at, ok = s, nil, true
			}
		}
		if ok {
			p.shown = append(p.shown, pickRow{actor: i, at: at, score: score})
		}
	}
	sort.SliceStable(p.shown, func(i, j int) bool { return p.shown[i].score > p.shown[j].score })
	p.cursor, p.top = 0, 0
}

// SetSize implements panel.
func (p *actorPicker) SetSize(w, h int) {
	p.width, p.height = max(w, 0), max(h, 0)
	p.scroll()
}

// listHeight is the number of actor rows in view, below the title and the
// query.
func (p *actorPicker) listHeight() int { return max(p.height-2, 1) }

func (p *actorPicker) move(n int) {
	p.cursor = min(max(p.cursor+n, 0), max(len(p.shown)-1, 0))
	p.scroll()
}

func (p *actorPicker) scroll() {
	h := p.listHeight()
	if p.cursor < p.top {
		p.top = p.cursor
	}
	if p.cursor >= p.top+h {
		p.top = p.cursor - h + 1
	}
	p.top = min(max(p.top, 0), max(len(p.shown)-h, 0))
}

// Update implements panel.
func (p *actorPicker) Update(msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			p.move(-wheelStep)
		case tea.MouseButtonWheelDown:
			p.move(wheelStep)
		}
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, quitKey):
			return tea.QuitMsg{}
		case key.Matches(msg, p.keys.Cancel):
			return closePanel{}
		case key.Matches(msg, p.keys.Apply):
			return p.choice()
		case key.Matches(msg, p.keys.Toggle) && !msg.Paste:
			if p.cursor < len(p.shown) {
				name := p.actors[p.shown[p.cursor].actor].Name
				p.chosen[name] = !p.chosen[name]
				if !p.chosen[name] {
					delete(p.chosen, name)
				}
			}
		case key.Matches(msg, p.keys.Up):
			p.move(-1)
		case key.Matches(msg, p.keys.Down):
			p.move(1)
		case key.Matches(msg, p.keys.PageUp):
			p.move(-max(p.listHeight()-1, 1))
		case key.Matches(msg, p.keys.PageDown):
			p.move(max(p.listHeight()-1, 1))
		case key.Matches(msg, p.keys.Erase):
			if r := []rune(p.query); len(r) > 0 {
				p.query = string(r[:len(r)-1])
				p.narrow()
			}
		case msg.Type == tea.KeyRunes && !msg.Alt:
			p.query += string(msg.Runes)
			p.narrow()
		}
	}
	return nil
}

// choice is the request to filter by the chosen actors, in the picker's
// order.
func (p *actorPicker) choice() chooseActors {
	var names chooseActors
	for _, a := range p.actors {
		if p.chosen[a.Name] {
			names = append(names, a.Name)
		}
	}
	return names
}

// View implements panel.
func (p *actorPicker) View() string {
	st := p.st
	title := render(segment{"Actors", st.title}, segment{" · " + strconv.Itoa(len(p.chosen)) + " chosen of " + strconv.Itoa(len(p.actors)), st.faint})
	query := render(segment{"› ", st.pickerPrompt}, segment{p.query, st.row.base}, segment{"█", st.faint})
	if p.query == "" {
		query = render(segment{"› ", st.pickerPrompt}, segment{"type to narrow, space to choose, enter to apply", st.faint})
	}
	columns := ""
	if p.width >= 36 {
		columns = padRight("kind", p.kindW) + " " + strings.Repeat(" ", p.countW-len("events")) + "events"
	}
	nameEnd := 2 + 4 + min(max(p.width-2-4-p.kindW-1-p.countW-2, 0), p.nameW) + 2
	title = padRight(title, nameEnd) + st.faint.Render(columns)
	lines := []string{fit(title, p.width), fit(query, p.width)}
	h := p.listHeight()
	switch {
	case len(p.actors) == 0:
		lines = append(lines, fit(st.empty.Render("This timeline has no actors."), p.width))
	case len(p.shown) == 0:
		lines = append(lines, fit(st.empty.Render("No actor matches “"+p.query+"”. Backspace to erase."), p.width))
	}
	for i := p.top; i < min(p.top+h, len(p.shown)); i++ {
		lines = append(lines, p.renderRow(p.shown[i], i == p.cursor))
	}
	return strings.Join(lines[:min(len(lines), max(p.height, 0))], "\n")
}

// renderRow draws an actor: cursor marker, check box, name with the
// matched letters marked, aliases, kind and number of events.
func (p *actorPicker) renderRow(row pickRow, selected bool) string {
	st := p.st
	rs := st.rows(selected)
	a := p.actors[row.actor]
	box := "[ ] "
	if p.chosen[a.Name] {
		box = "[x] "
	}
	right := ""
	if p.width >= 36 {
		right = padRight(fit(a.Kind, p.kindW), p.kindW) + " "
	}
	count := strconv.Itoa(a.Events)
	right += strings.Repeat(" ", p.countW-len(count)) + count
	nameW := min(max(p.width-2-len(box)-ansi.StringWidth(right)-2, 0), p.nameW)

	var name []segment
	start := 0
	for _, at := range row.at {
		_, size := utf8.DecodeRuneInString(a.Name[at:])
		name = append(name, segment{a.Name[start:at], rs.base}, segment{a.Name[at : at+size], rs.match})
		start = at + size
	}
	name = append(name, segment{a.Name[start:], rs.base})
	name = append(name, segment{akaText(a), rs.count})
	name, w := fitSegments(name, nameW)
	segs := append([]segment{{st.cursor(selected) + box, rs.base}}, name...)
	segs = append(segs, segment{strings.Repeat(" ", max(nameW-w, 0)+2), rs.base}, segment{right, rs.count})
	return fit(render(segs...), p.width)
}

// akaText lists an actor's aliases, after its name.
func akaText(a timeline.Actor) string {
	if len(a.Aliases) == 0 {
		return ""
	}
	return "  aka " + strings.Join(a.Aliases, ", ")
}

// ShortHelp implements help.KeyMap.
func (p *actorPicker) ShortHelp() []key.Binding { return p.keys.ShortHelp() }

// FullHelp implements help.KeyMap.
func (p *actorPicker) FullHelp() [][]key.Binding { return p.keys.FullHelp() }
