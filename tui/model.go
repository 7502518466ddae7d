// Package tui is dateline's interactive timeline browser, a Bubble Tea
// program over the timeline model.
package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
)

// Model is the state of the browser.
type Model struct {
	tl            *timeline.Timeline
	list          eventList
	keys          keyMap
	help          help.Model
	styles        styles
	width, height int
}

// New returns a browser over the given events of tl.
func New(tl *timeline.Timeline, events []*timeline.Event) Model {
	m := Model{tl: tl, keys: defaultKeys(), help: help.New(), styles: defaultStyles()}
	m.list.events = events
	return m
}

// Run starts the browser in the terminal's alternate screen and returns
// when the user quits.
func Run(tl *timeline.Timeline, events []*timeline.Event) error {
	_, err := tea.NewProgram(New(tl, events), tea.WithAltScreen()).Run()
	return err
}

// Init implements tea.Model.
func (m Model) Init() tea.Cmd { return nil }

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(msg, m.keys.Up):
			m.list.Move(-1)
		case key.Matches(msg, m.keys.Down):
			m.list.Move(1)
		case key.Matches(msg, m.keys.PageUp):
			m.list.Move(-max(m.list.height-1, 1))
		case key.Matches(msg, m.keys.PageDown):
			m.list.Move(max(m.list.height-1, 1))
		case key.Matches(msg, m.keys.Top):
			m.list.GoTo(0)
		case key.Matches(msg, m.keys.Bottom):
			m.list.GoTo(len(m.list.events) - 1)
		}
	}
	return m, nil
}

// SetSize lays the screen out for a terminal of w×h cells: a header line,
// the list, and a footer line.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.help.Width = w
	m.list.SetSize(w, h-2)
}

// View implements tea.Model.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	header := m.styles.header.Render(ansi.Truncate("dateline · "+timeline.Summary(m.tl, m.list.events), m.width, "…"))
	body := m.list.View(m.styles)
	if len(m.list.events) == 0 {
		body = m.styles.empty.Render(ansi.Truncate("No dated events. Give dateline article files or folders: dateline PATH...", m.width, "…"))
	}
	footer := m.styles.footer.Render(ansi.Truncate(m.help.View(m.keys), m.width, "…"))
	lines := m.height - 2
	if n := strings.Count(body, "\n") + 1; n < lines {
		body += strings.Repeat("\n", lines-n)
	}
	if m.height < 3 {
		return header
	}
	return header + "\n" + body + "\n" + footer
}
