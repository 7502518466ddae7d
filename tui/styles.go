package tui

import "github.com/charmbracelet/lipgloss"

// styles holds every style of the program, so that the look is defined in
// one place.
type styles struct {
	header, date, selected, actors, footer, empty lipgloss.Style
}

func defaultStyles() styles {
	return styles{
		header:   lipgloss.NewStyle().Bold(true),
		date:     lipgloss.NewStyle().Foreground(lipgloss.Color("6")),
		selected: lipgloss.NewStyle().Reverse(true),
		actors:   lipgloss.NewStyle().Foreground(lipgloss.Color("3")),
		footer:   lipgloss.NewStyle().Faint(true),
		empty:    lipgloss.NewStyle().Italic(true),
	}
}
