package tui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"dateline/parse"
	"dateline/seeds"
	"dateline/timeline"
)

func init() {
	lipgloss.SetColorProfile(termenv.Ascii)
}

func seedModel(t *testing.T) Model {
	t.Helper()
	arts, probs := seeds.Articles()
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	tl := timeline.Build(arts)
	return New(tl, tl.Select(timeline.Filter{}))
}

func keys(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// TestScrollSeeds drives the program as a user would and compares the
// final screen with a golden file.
func TestScrollSeeds(t *testing.T) {
	tm := teatest.NewTestModel(t, seedModel(t), teatest.WithInitialTermSize(80, 12))
	for _, k := range []string{"j", "j", "j"} {
		tm.Send(keys(k))
	}
	tm.Send(tea.KeyMsg{Type: tea.KeyDown})
	tm.Send(keys("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if final.list.cursor != 4 {
		t.Errorf("cursor at %d after four moves down, want 4", final.list.cursor)
	}
	golden.RequireEqual(t, []byte(final.View()))
}

func TestEmptyTimeline(t *testing.T) {
	tl := timeline.Build([]*parse.Article{})
	tm := teatest.NewTestModel(t, New(tl, nil), teatest.WithInitialTermSize(60, 6))
	tm.Send(keys("j"))
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	golden.RequireEqual(t, []byte(final.View()))
}

func TestKeys(t *testing.T) {
	m := seedModel(t)
	n := len(m.list.events)
	step := func(msg tea.Msg) {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	step(tea.WindowSizeMsg{Width: 80, Height: 10})
	cases := []struct {
		msg  tea.Msg
		want int
	}{
		{keys("k"), 0},
		{keys("j"), 1},
		{tea.KeyMsg{Type: tea.KeyDown}, 2},
		{tea.KeyMsg{Type: tea.KeyUp}, 1},
		{keys("G"), n - 1},
		{keys("j"), n - 1},
		{keys("g"), 0},
		{tea.KeyMsg{Type: tea.KeyPgDown}, 7},
		{tea.KeyMsg{Type: tea.KeyPgUp}, 0},
		{tea.KeyMsg{Type: tea.KeyEnd}, n - 1},
		{tea.KeyMsg{Type: tea.KeyHome}, 0},
	}
	for i, c := range cases {
		step(c.msg)
		if m.list.cursor != c.want {
			t.Fatalf("step %d (%v): cursor %d, want %d", i, c.msg, m.list.cursor, c.want)
		}
		if m.list.cursor < m.list.top || m.list.cursor >= m.list.top+m.list.height {
			t.Fatalf("step %d: cursor %d out of view [%d, %d)", i, m.list.cursor, m.list.top, m.list.top+m.list.height)
		}
	}
	_, cmd := m.Update(keys("q"))
	if cmd == nil {
		t.Fatal("q does not quit")
	}
}

func TestTinyAndResizedTerminals(t *testing.T) {
	m := seedModel(t)
	for _, size := range [][2]int{{1, 1}, {0, 0}, {10, 2}, {40, 10}, {500, 200}, {80, 24}} {
		next, _ := m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		m = next.(Model)
		view := m.View()
		for _, line := range splitLines(view) {
			if w := lipgloss.Width(line); w > size[0] {
				t.Errorf("%dx%d: line of width %d: %q", size[0], size[1], w, line)
			}
		}
		if n := len(splitLines(view)); view != "" && n > size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], n)
		}
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
