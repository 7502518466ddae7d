package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"dateline/parse"
	"dateline/timeline"
)

// screen runs the browser over tl in a terminal of w×h as a user would,
// sends msgs, quits with ctrl+c, and returns the last screen, which is
// compared with the test's golden file (go test -update rewrites it).
func screen(t *testing.T, tl *timeline.Timeline, opts Options, w, h int, msgs ...tea.Msg) Model {
	t.Helper()
	tm := teatest.NewTestModel(t, New(tl, opts), teatest.WithInitialTermSize(w, h))
	for _, msg := range msgs {
		tm.Send(msg)
	}
	tm.Send(keyCtrlC)
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	view := final.View()
	golden.RequireEqual(t, []byte(view))
	checkView(t, view, w, h)
	return final
}

// checkView fails when a screen is wider or taller than the terminal.
func checkView(t testing.TB, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if view != "" && len(lines) > h {
		t.Errorf("%d×%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := visibleWidth(l); lw > w {
			t.Errorf("%d×%d: line %d is %d cells wide: %q", w, h, i+1, lw, l)
		}
	}
}

func TestMainScreen(t *testing.T) {
	m := screen(t, seedTimeline(t), Options{}, 100, 30, append(typed("jjjjjjjj"), keyUp)...)
	if m.list.cursor != 7 {
		t.Errorf("cursor on event %d after 8 down and 1 up, want 7", m.list.cursor)
	}
}

func TestSearchScreen(t *testing.T) {
	m := screen(t, seedTimeline(t), Options{}, 100, 24, append([]tea.Msg{typed("/")[0]}, typed("LAVROV")...)...)
	if !m.searching || len(m.list.events) != 2 {
		t.Errorf("searching %v with %d events, want the search line open on 2", m.searching, len(m.list.events))
	}
}

func TestSearchKept(t *testing.T) {
	msgs := append(typed("/putin"), keyEnter, typed("j")[0])
	m := screen(t, seedTimeline(t), Options{}, 80, 20, msgs...)
	if m.searching || m.sel.query != "putin" || m.list.cursor != 1 {
		t.Errorf("searching %v, query %q, cursor %d; want the filter kept and j moving in it", m.searching, m.sel.query, m.list.cursor)
	}
}

func TestActorPicker(t *testing.T) {
	msgs := append(typed("a"), typed("rus")...)
	msgs = append(msgs, keySpace, keyDown)
	screen(t, seedTimeline(t), Options{Filter: timeline.Filter{Actors: []string{"ukraine"}}}, 80, 20, msgs...)
}

func TestActorsApplied(t *testing.T) {
	msgs := append(typed("a"), typed("lavrov")...)
	msgs = append(msgs, keySpace, keyEnter)
	m := screen(t, seedTimeline(t), Options{}, 100, 20, msgs...)
	if got := strings.Join(m.sel.actors, ","); got != "Sergei Lavrov" || len(m.list.events) != 2 {
		t.Errorf("actors %q with %d events, want Sergei Lavrov with 2", got, len(m.list.events))
	}
}

// TestDetails shows an event reported by two articles, one of them with
// an inferred publish date.
func TestDetails(t *testing.T) {
	m := screen(t, fixtureTimeline(t), Options{}, 90, 30, append(typed("jjjjjjjjj"), keyEnter)...)
	if d, ok := m.panel.(*detailView); !ok || len(d.event.Sources) != 2 {
		t.Error("not the details of the event with two sources")
	}
}

// TestSeedDetails shows the last event of the built-in articles.
func TestSeedDetails(t *testing.T) {
	screen(t, seedTimeline(t), Options{}, 90, 30, append(typed("G"), keyEnter)...)
}

func TestHelp(t *testing.T) {
	screen(t, seedTimeline(t), Options{}, 100, 30, typed("?")...)
}

func TestNarrowTerminal(t *testing.T) {
	screen(t, seedTimeline(t), Options{}, 40, 10, typed("jjj")...)
}

func TestWideCharacters(t *testing.T) {
	screen(t, hostileTimeline(t), Options{}, 60, 16, typed("j")...)
}

func TestEmptyCorpus(t *testing.T) {
	arts := []*parse.Article{{ID: "no-dates", Text: "Nothing here says when."}}
	screen(t, timeline.Build(arts), Options{}, 60, 12, typed("jG[]/x")...)
}

func TestNoMatch(t *testing.T) {
	from, to, _ := parse.Interval("2024")
	f := timeline.Filter{Actors: []string{"Nobody"}, Text: "ceasefire", From: from, To: to}
	screen(t, seedTimeline(t), Options{Filter: f}, 60, 16)
}
