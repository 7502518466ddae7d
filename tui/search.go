package tui

import (
	"strconv"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// searchBar is the search line at the bottom of the screen while the user
// types a search: a text input, and how many events match.
type searchBar struct {
	input textinput.Model
	keys  searchKeys
	width int
	noteW int // room kept for the count of matches
}

// newSearchBar returns the search line of a timeline of total events.
func newSearchBar(total int, st styles) searchBar {
	in := textinput.New()
	in.Prompt = "/"
	in.PromptStyle = st.bubbles.prompt
	in.Placeholder = "search text, actors, sources"
	in.PlaceholderStyle = st.bubbles.faint
	// A steady cursor: no timer, and the same frame for the same input.
	in.Cursor.SetMode(cursor.CursorStatic)
	// The terminal pastes with bracketed paste; ctrl+v would run a
	// clipboard program instead.
	in.KeyMap.Paste.SetEnabled(false)
	return searchBar{input: in, keys: newSearchKeys(), noteW: len(matchNote(total, total))}
}

// SetSize sets the width of the search line.
func (s *searchBar) SetSize(w, _ int) {
	s.width = max(w, 0)
	// The input takes what the count of matches leaves, so that long text
	// scrolls inside it.
	s.input.Width = max(s.width-ansi.StringWidth(s.input.Prompt)-s.noteW-3, 1)
}

// matchNote says how many of total events match.
func matchNote(n, total int) string {
	return strconv.Itoa(n) + " of " + strconv.Itoa(total)
}

// start focuses the input, holding the given text.
func (s *searchBar) start(text string) {
	s.input.SetValue(text)
	s.input.CursorEnd()
	s.input.Focus()
}

// stop unfocuses the input.
func (s *searchBar) stop() { s.input.Blur() }

// value returns the search text.
func (s *searchBar) value() string { return s.input.Value() }

// Update passes an editing key to the input and reports whether the text
// changed.
func (s *searchBar) Update(msg tea.Msg) (tea.Cmd, bool) {
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return cmd, s.input.Value() != before
}

// View draws the line, with note (how many events match) on the right.
func (s *searchBar) View(note string, st styles) string {
	return spread(s.input.View(), st.faint.Render(note), s.width)
}
