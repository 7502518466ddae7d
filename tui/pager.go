package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// wheelStep is how many rows a turn of the mouse wheel scrolls.
const wheelStep = 3

// pager shows lines of text a screen at a time: the body of the details
// and of the help.
type pager struct {
	lines  []string
	top    int
	width  int
	height int
}

// scroll moves the view by n lines.
func (p *pager) scroll(n int) {
	p.top = min(max(p.top+n, 0), max(len(p.lines)-p.height, 0))
}

// update scrolls for a scrolling key or the mouse wheel and reports
// whether msg was one.
func (p *pager) update(msg tea.Msg, k scrollKeys) bool {
	page := max(p.height-1, 1)
	switch msg := msg.(type) {
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			p.scroll(-wheelStep)
		case tea.MouseButtonWheelDown:
			p.scroll(wheelStep)
		default:
			return false
		}
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			p.scroll(-1)
		case key.Matches(msg, k.Down):
			p.scroll(1)
		case key.Matches(msg, k.PageUp):
			p.scroll(-page)
		case key.Matches(msg, k.PageDown):
			p.scroll(page)
		case key.Matches(msg, k.Top):
			p.top = 0
		case key.Matches(msg, k.Bottom):
			p.scroll(len(p.lines))
		default:
			return false
		}
	default:
		return false
	}
	return true
}

// View draws the lines in view.
func (p *pager) View() string {
	end := min(p.top+p.height, len(p.lines))
	if p.top >= end {
		return ""
	}
	return strings.Join(p.lines[p.top:end], "\n")
}
