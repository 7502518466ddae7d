package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// helpSection is the keys of one part of the browser.
type helpSection struct {
	title string
	keys  help.KeyMap
}

// helpNotes say what the key bindings do not.
var helpNotes = []string{
	"The search line edits as a shell does: ←/→, ctrl+a/ctrl+e, ctrl+w, ctrl+u, ctrl+k.",
	"Typing in the actor picker narrows it; the letters need not be together: vput finds Vladimir Putin.",
	"With --mouse, the wheel scrolls and a click selects.",
}

// helpView is the full help: every key of every part of the browser,
// written from the key bindings themselves.
type helpView struct {
	pager
	sections []helpSection
	keys     helpKeys
	st       styles
}

func newHelpView(sections []helpSection, st styles) *helpView {
	return &helpView{sections: sections, keys: newHelpKeys(), st: st}
}

// SetSize implements panel.
func (h *helpView) SetSize(w, ht int) {
	h.width, h.height = max(w, 0), max(ht, 0)
	h.lines = h.render()
	h.scroll(0)
}

// render lays the help out: a heading per section and a line per key with
// its description, in as many columns as the width allows.
func (h *helpView) render() []string {
	if h.width == 0 {
		return nil
	}
	st := h.st
	keyW, descW := 0, 0
	for _, s := range h.sections {
		for _, group := range s.keys.FullHelp() {
			for _, b := range group {
				keyW = max(keyW, ansi.StringWidth(b.Help().Key))
				descW = max(descW, ansi.StringWidth(b.Help().Desc))
			}
		}
	}
	colW := len(indent) + keyW + 2 + descW
	for _, s := range h.sections {
		colW = max(colW, ansi.StringWidth(s.title))
	}
	var blocks [][]string
	for _, s := range h.sections {
		block := []string{st.heading.Render(s.title)}
		for _, group := range s.keys.FullHelp() {
			for _, b := range group {
				if b.Enabled() {
					block = append(block, indent+st.label.Render(padRight(b.Help().Key, keyW))+"  "+b.Help().Desc)
				}
			}
		}
		blocks = append(blocks, block)
	}
	var notes []string
	for _, n := range helpNotes {
		for _, l := range wrap([]segment{{n, paint{}}}, colW-len(indent)) {
			notes = append(notes, indent+l)
		}
	}
	blocks = append(blocks, append([]string{st.heading.Render("Also")}, notes...))
	lines := []string{st.title.Render("dateline") + st.faint.Render(" · keys"), ""}
	return append(lines, columns(blocks, colW, 4, h.width)...)
}

// columns lays blocks of lines out side by side in columns of colW cells
// with gap cells between them, as many as fit in w, each block whole in
// one column, and the columns about as long as each other.
func columns(blocks [][]string, colW, gap, w int) []string {
	n := max(min((w+gap)/(colW+gap), len(blocks)), 1)
	total := 0
	for _, b := range blocks {
		total += len(b) + 1
	}
	var cols [][]string
	var col []string
	for _, b := range blocks {
		if len(col) > 0 && len(cols) < n-1 && len(col)+len(b)/2 > total/n {
			cols = append(cols, col)
			col = nil
		}
		if len(col) > 0 {
			col = append(col, "")
		}
		col = append(col, b...)
	}
	cols = append(cols, col)
	var lines []string
	for i := 0; ; i++ {
		var line strings.Builder
		lineW := 0
		more := false
		for c, col := range cols {
			if i < len(col) {
				more = true
			}
			if i >= len(col) || col[i] == "" {
				continue
			}
			pad := max(c*(colW+gap)-lineW, 0)
			line.WriteString(strings.Repeat(" ", pad))
			line.WriteString(col[i])
			lineW += pad + ansi.StringWidth(col[i])
		}
		if !more {
			return lines
		}
		lines = append(lines, fit(line.String(), w))
	}
}

// Update implements panel.
func (h *helpView) Update(msg tea.Msg) tea.Msg {
	if h.pager.update(msg, h.keys.scrollKeys) {
		return nil
	}
	if msg, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(msg, h.keys.Back):
			return closePanel{}
		case key.Matches(msg, h.keys.Quit):
			return tea.QuitMsg{}
		}
	}
	return nil
}

// ShortHelp implements help.KeyMap.
func (h *helpView) ShortHelp() []key.Binding { return h.keys.ShortHelp() }

// FullHelp implements help.KeyMap.
func (h *helpView) FullHelp() [][]key.Binding { return h.keys.FullHelp() }
