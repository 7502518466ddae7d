package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"dateline/timeline"
)

// year returns the year of the event under the cursor.
func year(m Model) int { return m.list.selected().Start.Year() }

func TestListKeys(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 80, 12)
	n := len(m.list.events)
	cases := []struct {
		msg  tea.Msg
		want int
	}{
		{typed("k")[0], 0},
		{typed("j")[0], 1},
		{keyDown, 2},
		{keyUp, 1},
		{typed("G")[0], n - 1},
		{typed("j")[0], n - 1},
		{typed("g")[0], 0},
		{keyEnd, n - 1},
		{keyHome, 0},
		// A page is 6 rows here: the list is 7 high. From event 0 on row
		// 1, row 7 is the separator of June 2024, before event 3; from
		// its row 8, row 14 is January 2025's, before event 6 (row 15);
		// row 9 is August 2024's, before event 4 (row 10); row 4 is the
		// year 2022, before event 2.
		{keyPgDn, 3},
		{keyCtrlD, 6},
		{keyCtrlU, 4},
		{keyPgUp, 2},
		{keyPgUp, 0},
		{keyPgUp, 0},
	}
	for i, c := range cases {
		m, _ = press(t, m, c.msg)
		if m.list.cursor != c.want {
			t.Fatalf("step %d (%v): cursor %d, want %d", i, c.msg, m.list.cursor, c.want)
		}
		if r := m.list.rowOf[m.list.cursor]; r < m.list.top || r >= m.list.top+m.list.height {
			t.Fatalf("step %d: cursor's row %d out of view [%d, %d)", i, r, m.list.top, m.list.top+m.list.height)
		}
	}
	if m.list.top != 0 {
		t.Errorf("on the first event, the list starts at row %d, want its year's separator, row 0", m.list.top)
	}
}

func TestYearKeys(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 80, 24)
	var years []int
	for i := 0; i < 6; i++ {
		m, _ = press(t, m, typed("]")[0])
		years = append(years, year(m))
	}
	if got := fmt.Sprint(years); got != "[2014 2022 2024 2025 2025 2025]" {
		t.Errorf("] goes through the years %s", got)
	}
	m, _ = press(t, m, keyEnd, typed("[")[0])
	if m.list.cursor != m.list.firstOfYear(2025) {
		t.Errorf("[ from the last event: event %d, want the first of 2025", m.list.cursor)
	}
	m, _ = press(t, m, typed("[")[0])
	if year(m) != 2024 || m.list.cursor != m.list.firstOfYear(2024) {
		t.Errorf("[ from the first event of 2025 goes to event %d in %d, want the first of 2024", m.list.cursor, year(m))
	}
	m, _ = press(t, m, keyHome, typed("[")[0])
	if m.list.cursor != 0 {
		t.Errorf("[ on the first event moves to %d", m.list.cursor)
	}
}

func TestSearchKeys(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 80, 24)
	all := len(m.list.events)
	m, _ = press(t, m, typed("/")...)
	if !m.searching {
		t.Fatal("/ does not open the search line")
	}
	m, _ = press(t, m, typed("PUTIN")...)
	if len(m.list.events) != 6 {
		t.Fatalf("%d events contain putin, want 6", len(m.list.events))
	}
	m, _ = press(t, m, keyDown, keyDown, keyUp)
	if m.list.cursor != 1 || m.sel.query != "PUTIN" {
		t.Errorf("arrows while searching: cursor %d, query %q", m.list.cursor, m.sel.query)
	}
	m, quit := press(t, m, typed("q")...)
	if quit || m.sel.query != "PUTINq" || len(m.list.events) != 0 {
		t.Errorf("q while searching quits %v or is not typed (%q, %d events)", quit, m.sel.query, len(m.list.events))
	}
	m, _ = press(t, m, keyBack, keyEnter)
	if m.searching || m.sel.query != "PUTIN" || len(m.list.events) != 6 {
		t.Errorf("enter: searching %v, query %q, %d events; want the filter kept", m.searching, m.sel.query, len(m.list.events))
	}
	m, _ = press(t, m, typed("/")...)
	if m.search.value() != "PUTIN" {
		t.Errorf("/ again starts from %q, want the kept search", m.search.value())
	}
	m, _ = press(t, m, keyEsc)
	if m.searching || m.sel.query != "" || len(m.list.events) != all {
		t.Errorf("esc in the search line: searching %v, query %q, %d events", m.searching, m.sel.query, len(m.list.events))
	}
	m, _ = press(t, m, append(typed("/ukraine"), keyEnter, keyEsc)...)
	if m.sel.query != "" || len(m.list.events) != all {
		t.Errorf("esc on the list leaves query %q and %d events", m.sel.query, len(m.list.events))
	}
}

// TestSearchKeepsPlace: the cursor stays on its event when the search
// keeps it, and comes back to it when the search is cleared.
func TestSearchKeepsPlace(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 80, 24)
	m, _ = press(t, m, keyEnd)
	last := m.list.selected()
	m, _ = press(t, m, typed("/putin")...)
	if m.list.selected() != last {
		t.Errorf("the search moved the cursor off an event it keeps")
	}
	m, _ = press(t, m, keyUp, keyEsc)
	if got := m.list.selected(); got == last || !strings.Contains(strings.ToLower(got.Text), "putin") {
		t.Errorf("after clearing the search the cursor is on %q, want the match it was on", got.Text)
	}
}

func TestNextMatch(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 80, 24)
	m, _ = press(t, m, typed("n")...)
	if m.list.cursor != 0 || m.status == "" {
		t.Errorf("n before any search: cursor %d, status %q", m.list.cursor, m.status)
	}
	// The search leaves the cursor on the first Lavrov event, 8; the
	// other is 11. Esc clears the filter but not what n looks for.
	m, _ = press(t, m, append(typed("/lavrov"), keyEsc)...)
	if m.list.cursor != 8 || len(m.list.events) != len(m.corpus.tl.Events) {
		t.Fatalf("after /lavrov and esc: cursor %d of %d events", m.list.cursor, len(m.list.events))
	}
	steps := []struct {
		key    string
		want   int
		status bool
	}{{"n", 11, false}, {"n", 8, true}, {"N", 11, true}, {"N", 8, false}}
	for _, s := range steps {
		m, _ = press(t, m, typed(s.key)...)
		if m.list.cursor != s.want || (m.status != "") != s.status {
			t.Errorf("%s goes to %d with status %q, want %d (a status: %v)", s.key, m.list.cursor, m.status, s.want, s.status)
		}
	}
	m, _ = press(t, m, typed("j")...)
	if m.status != "" {
		t.Errorf("status %q stays after the next key", m.status)
	}
}

func TestActorKeys(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{Filter: timeline.Filter{Actors: []string{"KYIV"}}}, 80, 24)
	if len(m.list.events) != 5 || m.sel.actors[0] != "KYIV" {
		t.Fatalf("--actor KYIV keeps %d events (%v)", len(m.list.events), m.sel.actors)
	}
	m, _ = press(t, m, typed("a")...)
	p, ok := m.panel.(*actorPicker)
	if !ok || !p.chosen["Ukraine"] || p.actors[0].Name != "Ukraine" {
		t.Fatalf("the picker does not start with Ukraine (Kyiv) chosen, first")
	}
	m, _ = press(t, m, typed("wrsw")...) // fuzzy: Warsaw
	if len(p.shown) != 1 || p.actors[p.shown[0].actor].Name != "Warsaw" {
		t.Fatalf("wrsw narrows to %d actors", len(p.shown))
	}
	m, _ = press(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x"), Alt: true})
	if p.query != "wrsw" {
		t.Errorf("alt+x typed into the picker: %q", p.query)
	}
	m, _ = press(t, m, keySpace, keyBack, keyBack, keyBack, keyBack)
	if len(p.shown) != len(p.actors) {
		t.Errorf("erasing the query shows %d of %d actors", len(p.shown), len(p.actors))
	}
	m, _ = press(t, m, keyEsc)
	if m.panel != nil || len(m.list.events) != 5 {
		t.Fatalf("esc in the picker: panel %v, %d events; want the filter as it was", m.panel, len(m.list.events))
	}
	m, _ = press(t, m, typed("a")...)
	m, _ = press(t, m, append(typed("warsaw"), keySpace, keyEnter)...)
	if got := fmt.Sprint(m.sel.actors); got != "[Ukraine Warsaw]" || len(m.list.events) != 6 {
		t.Errorf("after choosing Warsaw: actors %s, %d events; want Ukraine or Warsaw, 6 events", got, len(m.list.events))
	}
	m, _ = press(t, m, typed("A")...)
	if m.sel.actors != nil || len(m.list.events) != len(m.corpus.tl.Events) {
		t.Errorf("A leaves actors %v and %d events", m.sel.actors, len(m.list.events))
	}
	m, _ = press(t, m, append(typed("a"), keyEnter)...)
	if m.sel.actors != nil || len(m.list.events) != len(m.corpus.tl.Events) {
		t.Errorf("applying no actor leaves actors %v and %d events", m.sel.actors, len(m.list.events))
	}
}

func TestDetailKeys(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 60, 8)
	m, _ = press(t, m, keyEnter)
	d, ok := m.panel.(*detailView)
	if !ok || d.event != m.list.events[0] {
		t.Fatal("enter does not open the details of the selected event")
	}
	m, _ = press(t, m, typed("jj")...)
	if d.top != 2 {
		t.Errorf("j j scrolls the details to line %d, want 2", d.top)
	}
	m, _ = press(t, m, typed("l")...)
	if d.event != m.list.events[1] || m.list.cursor != 1 || d.top != 0 {
		t.Errorf("l shows event %d at line %d, want the next event from the top", m.list.cursor, d.top)
	}
	m, _ = press(t, m, tea.KeyMsg{Type: tea.KeyLeft})
	if d.event != m.list.events[0] {
		t.Error("← does not go back to the previous event")
	}
	m, _ = press(t, m, keyBack)
	if m.panel != nil {
		t.Error("backspace does not close the details")
	}
	m, _ = press(t, m, keyEnter, keyEsc)
	if m.panel != nil {
		t.Error("esc does not close the details")
	}
	if _, quit := press(t, m, keyEnter, typed("q")[0]); !quit {
		t.Error("q in the details does not quit")
	}
}

func TestHelpKeys(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 80, 10)
	m, _ = press(t, m, typed("?")...)
	h, ok := m.panel.(*helpView)
	if !ok {
		t.Fatal("? does not open the help")
	}
	m, _ = press(t, m, typed("G")...)
	if h.top == 0 {
		t.Error("G does not scroll the help")
	}
	for _, line := range h.lines {
		if strings.Contains(line, "choose actors") {
			goto found
		}
	}
	t.Error("the help does not list the keys of the list")
found:
	m, _ = press(t, m, typed("?")...)
	if m.panel != nil {
		t.Error("? does not close the help")
	}
}

func TestQuitKeys(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 80, 24)
	for _, keys := range [][]tea.Msg{
		typed("q"),
		{keyCtrlC},
		{typed("/")[0], keyCtrlC},
		{typed("a")[0], keyCtrlC},
		{typed("?")[0], typed("q")[0]},
	} {
		if _, quit := press(t, m, keys...); !quit {
			t.Errorf("%v does not quit", keys)
		}
	}
	if _, quit := press(t, m, typed("a")[0], typed("q")[0]); quit {
		t.Error("q typed in the actor picker quits")
	}
}

// TestKeysTogether: keys that come in one read of the terminal, as when
// a key is held down, count one by one, and the rest of them go to the
// search line when one of them opens it.
func TestKeysTogether(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 80, 24)
	m, _ = press(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jjj")})
	if m.list.cursor != 3 {
		t.Errorf("jjj moves to %d, want 3", m.list.cursor)
	}
	m, _ = press(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/putin")})
	if !m.searching || m.sel.query != "putin" {
		t.Errorf("/putin: searching %v with %q", m.searching, m.sel.query)
	}
	if _, quit := press(t, m, keyEsc, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jq")}); !quit {
		t.Error("jq does not quit")
	}
}

func TestMouse(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{Mouse: true}, 80, 30)
	wheel := func(b tea.MouseButton) tea.MouseMsg {
		return tea.MouseMsg{Button: b, Action: tea.MouseActionPress}
	}
	m, _ = press(t, m, wheel(tea.MouseButtonWheelDown))
	if m.list.cursor != wheelStep {
		t.Errorf("the wheel moves to %d, want %d", m.list.cursor, wheelStep)
	}
	m, _ = press(t, m, wheel(tea.MouseButtonWheelUp), wheel(tea.MouseButtonWheelUp))
	if m.list.cursor != 0 {
		t.Errorf("the wheel back up moves to %d", m.list.cursor)
	}
	// Rows: 0 the year 1962, 1 its event, 2 the year 2014, 3 its event.
	m, _ = press(t, m, tea.MouseMsg{Button: tea.MouseButtonLeft, Action: tea.MouseActionRelease, Y: m.listY + 3})
	if m.list.cursor != 1 {
		t.Errorf("a click on the second event selects %d", m.list.cursor)
	}
	m, _ = press(t, m, keyEnter, wheel(tea.MouseButtonWheelDown))
	if d := m.panel.(*detailView); d.top != min(wheelStep, max(len(d.lines)-d.height, 0)) {
		t.Errorf("the wheel scrolls the details to %d", d.top)
	}
}
