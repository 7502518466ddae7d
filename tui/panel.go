package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// panel is a screen that takes over from the list while it is open: the
// actor picker, the details of an event, the help. Each has its own keys,
// which the footer and the help show. What a panel asks of the browser
// (close it, apply actors, show another event) it returns from Update as
// a request, which the browser handles at once, before the next key: a
// key typed right after enter cannot reach a panel that has closed.
//
// Another screen, such as a menu of export formats, is one more type
// that implements panel, a key that opens it, and a request for what it
// chose.
type panel interface {
	help.KeyMap
	// SetSize gives the panel the screen less the footer.
	SetSize(w, h int)
	// Update handles a key or mouse message and returns a request for the
	// browser, or nil.
	Update(msg tea.Msg) tea.Msg
	View() string
}

// Requests of panels to the browser.
type (
	// closePanel closes the panel.
	closePanel struct{}
	// chooseActors closes the actor picker and filters by these actors,
	// none for all events.
	chooseActors []string
	// stepEvent moves the list's cursor by this many events and shows
	// the details of the event it lands on.
	stepEvent int
)
