package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

func visibleWidth(s string) int { return ansi.StringWidth(s) }

// screens are the states of the browser a size must work for, each
// reached from the list by some keys.
var screens = []struct {
	name string
	keys []tea.Msg
}{
	{"list", typed("jj")},
	{"search", typed("/ca")},
	{"kept search", append(typed("/the"), keyEnter)},
	{"no match", append(typed("/zzzz"), keyEnter)},
	{"picker", typed("au")},
	{"details", append(typed("j"), keyEnter)},
	{"help", typed("?")},
}

// TestAllSizes draws every screen at sizes from 1×1 to 500×200 (every
// combination of widths and heights that double from 1 to 500 and 200,
// with the small sizes where layouts change in between) and checks that
// nothing panics and nothing is drawn outside the terminal.
func TestAllSizes(t *testing.T) {
	widths := []int{1, 2, 3, 4, 5, 7, 9, 12, 16, 20, 25, 32, 39, 40, 41, 50, 64, 80, 100, 128, 160, 200, 256, 320, 400, 500}
	heights := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16, 24, 32, 50, 64, 100, 128, 160, 200}
	for _, corpus := range []struct {
		name string
		tl   *timeline.Timeline
		opts Options
	}{
		{"seeds", seedTimeline(t), Options{}},
		{"hostile", hostileTimeline(t), Options{}},
		{"seeds with an actor", seedTimeline(t), Options{Filter: timeline.Filter{Actors: []string{"Russia"}}}},
	} {
		for _, s := range screens {
			m, _ := press(t, sized(t, corpus.tl, corpus.opts, 80, 24), s.keys...)
			for _, w := range widths {
				for _, h := range heights {
					m, _ = press(t, m, tea.WindowSizeMsg{Width: w, Height: h})
					checkView(t, m.View(), w, h)
				}
			}
			if t.Failed() {
				t.Fatalf("%s, %s screen", corpus.name, s.name)
			}
		}
	}
}

// TestEverySmallSize checks every size up to 60×24, where layouts change
// the most, on each screen, with the corpus of wide characters.
func TestEverySmallSize(t *testing.T) {
	tl := hostileTimeline(t)
	for _, s := range screens {
		m, _ := press(t, sized(t, tl, Options{}, 80, 24), s.keys...)
		for w := 0; w <= 60; w++ {
			for h := 0; h <= 24; h++ {
				m, _ = press(t, m, tea.WindowSizeMsg{Width: w, Height: h})
				checkView(t, m.View(), w, h)
			}
		}
		if t.Failed() {
			t.Fatalf("%s screen", s.name)
		}
	}
}

// TestRapidResizes interleaves resizes with keys, drawing after each, as a
// window being dragged while the user types.
func TestRapidResizes(t *testing.T) {
	tl := hostileTimeline(t)
	m := sized(t, tl, Options{}, 80, 24)
	keys := []tea.Msg{keyDown, keyPgDn, typed("/")[0], typed("e")[0], keyEnter, typed("a")[0], keySpace, keyEnter,
		keyEnter, keyDown, keyEsc, typed("?")[0], keyPgDn, keyEsc, keyEnd, typed("[")[0], keyHome, typed("]")[0]}
	for i := 0; i < 2000; i++ {
		w, h := 1+(i*37)%300, 1+(i*53)%120
		m, _ = press(t, m, tea.WindowSizeMsg{Width: w, Height: h}, keys[i%len(keys)])
		checkView(t, m.View(), w, h)
		if t.Failed() {
			t.Fatalf("after resize %d to %d×%d and key %v", i, w, h, keys[i%len(keys)])
		}
	}
}

// TestPasteIntoSearch pastes a long string, with line breaks and wide
// characters, into the search line.
func TestPasteIntoSearch(t *testing.T) {
	paste := strings.Repeat("ceasefire 停戦 🕊️\n", 400)
	for _, w := range []int{1, 10, 40, 80, 200} {
		m := sized(t, fixtureTimeline(t), Options{}, w, 12)
		m, _ = press(t, m, typed("/")[0], tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(paste), Paste: true})
		if !strings.HasPrefix(m.sel.query, "ceasefire 停戦") || strings.Contains(m.sel.query, "\n") {
			t.Fatalf("width %d: query %.40q…, want the paste on one line", w, m.sel.query)
		}
		if len(m.list.events) != 0 {
			t.Errorf("width %d: %d events match the paste, want none", w, len(m.list.events))
		}
		checkView(t, m.View(), w, 12)
		m, _ = press(t, m, keyEsc)
		if m.sel.query != "" || len(m.list.events) != len(m.corpus.tl.Events) {
			t.Errorf("width %d: esc leaves query %.20q and %d events", w, m.sel.query, len(m.list.events))
		}
	}
}

// TestMonochrome checks that the cursor's row is marked with characters,
// as reverse video is lost without colour.
func TestMonochrome(t *testing.T) {
	m := sized(t, fixtureTimeline(t), Options{}, 80, 24)
	m, _ = press(t, m, keyDown, keyDown)
	var marked []string
	for _, line := range strings.Split(m.View(), "\n") {
		if strings.HasPrefix(line, m.st.marker) {
			marked = append(marked, line)
		}
	}
	if len(marked) != 1 || !strings.Contains(marked[0], "2022") {
		t.Errorf("marked rows %q, want the one of 2022", marked)
	}
	if !strings.Contains(m.View(), "«2022»") {
		t.Errorf("time expression not marked without colour:\n%s", m.View())
	}
}
