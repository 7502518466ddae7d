package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"dateline/timeline"
	"dateline/timeline/export"
)

// exportMenu lists the export formats; enter writes the events in view to
// a file named after the filters.
type exportMenu struct {
	formats       []export.Format
	cursor        int
	keys          exportKeys
	st            styles
	width, height int
}

func newExportMenu(st styles) *exportMenu {
	return &exportMenu{formats: export.Formats(), keys: newExportKeys(), st: st}
}

// exportKeys are the keys of the export menu.
type exportKeys struct {
	Up, Down, Export, Close key.Binding
}

func newExportKeys() exportKeys {
	return exportKeys{
		Up:     binding([]string{"up", "k"}, "↑/k", "previous format"),
		Down:   binding([]string{"down", "j"}, "↓/j", "next format"),
		Export: binding([]string{"enter"}, "enter", "export"),
		Close:  binding([]string{"esc", "backspace", "q"}, "esc", "back"),
	}
}

// ShortHelp implements help.KeyMap.
func (k exportKeys) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Export, k.Close} }

// FullHelp implements help.KeyMap.
func (k exportKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// ShortHelp implements help.KeyMap.
func (m *exportMenu) ShortHelp() []key.Binding { return m.keys.ShortHelp() }

// FullHelp implements help.KeyMap.
func (m *exportMenu) FullHelp() [][]key.Binding { return m.keys.FullHelp() }

// SetSize implements panel.
func (m *exportMenu) SetSize(w, h int) { m.width, m.height = max(w, 0), max(h, 0) }

// exportAs is the export menu's request: write the events in view in this
// format.
type exportAs export.Format

// Update implements panel.
func (m *exportMenu) Update(msg tea.Msg) tea.Msg {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, quitKey):
		return tea.QuitMsg{}
	case key.Matches(k, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(k, m.keys.Down):
		m.cursor = min(m.cursor+1, len(m.formats)-1)
	case key.Matches(k, m.keys.Export):
		return exportAs(m.formats[m.cursor])
	case key.Matches(k, m.keys.Close):
		return closePanel{}
	}
	return nil
}

// View implements panel.
func (m *exportMenu) View() string {
	lines := []string{m.st.heading.Render("Export the events in view")}
	nameW := 0
	for _, f := range m.formats {
		nameW = max(nameW, len(f.Name))
	}
	for i, f := range m.formats {
		marker, row := m.st.blank, m.st.row.base
		if i == m.cursor {
			marker, row = m.st.marker, m.st.selected.base
		}
		lines = append(lines, marker+row.Render(padRight(f.Name, nameW)+"  "+f.Description))
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.width, "…")
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	return strings.Join(lines, "\n")
}

// exported reports a finished export: the file written, or the error.
type exported struct {
	path   string
	events int
	err    error
}

// exportCmd writes events in format f to a new file in dir, named after
// the filter; a number is added to the name rather than replace a file.
func exportCmd(dir string, f export.Format, tl *timeline.Timeline, events []*timeline.Event, filter timeline.Filter) tea.Cmd {
	return func() tea.Msg {
		name := f.FileName(filter)
		ext := "." + f.Extension
		base := strings.TrimSuffix(name, ext)
		for n := 1; n < 1000; n++ {
			path := filepath.Join(dir, name)
			err := export.WriteFile(path, f.Name, tl, events, export.Meta{Filter: filter}, false)
			if !errors.Is(err, fs.ErrExist) {
				return exported{path: path, events: len(events), err: err}
			}
			name = base + "-" + strconv.Itoa(n+1) + ext
		}
		return exported{err: fmt.Errorf("too many files named %s in %s", f.FileName(filter), dir)}
	}
}
