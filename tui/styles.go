package tui

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// styles holds every style and decoration of the program, so that the
// look is defined in one place. Colours are the terminal's own 16, so that
// they follow its theme without asking the terminal for its background.
//
// Without colour (NO_COLOR, a monochrome terminal, the tests' forced ASCII
// profile) lipgloss drops every attribute, reverse video included, so what
// must stay visible is also written with characters: the cursor marker,
// brackets around actor chips and guillemets around the time expression.
type styles struct {
	title, header, filters, faint, empty, separator, status paint
	pickerPrompt, kind, heading, label, bars, cursorMark    paint
	// row and selected paint the list rows and the picker rows; selected
	// is the cursor's row.
	row, selected rowStyles

	// marker starts the cursor's row, blank the others.
	marker, blank string
	// chipOpen and chipClose surround an actor's name in a chip.
	chipOpen, chipClose string
	// exprOpen and exprClose surround the time expression of a sentence.
	exprOpen, exprClose string

	// bubbles are the styles of the Bubbles components: the search
	// line's text input and the footer's key help.
	bubbles struct{ prompt, faint, label lipgloss.Style }
}

// rowStyles are the paints of the parts of a row.
type rowStyles struct {
	base, date, expr, chip, chipOn, count, match paint
}

// newStyles returns the styles for a terminal with the colour profile p.
func newStyles(p termenv.Profile) styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(p)
	plain := r.NewStyle()
	fg := func(c string) lipgloss.Style { return plain.Foreground(lipgloss.Color(c)) }
	chip := plain.Foreground(lipgloss.Color("15")).Background(lipgloss.Color("8"))
	row := map[string]lipgloss.Style{
		"base":   plain,
		"date":   fg("6"),
		"expr":   fg("3").Bold(true).Underline(true),
		"chip":   chip,
		"chipOn": chip.Background(lipgloss.Color("5")).Bold(true),
		"count":  plain.Faint(true),
		"match":  plain.Bold(true).Underline(true),
	}
	rows := func(over lipgloss.Style) rowStyles {
		on := func(name string) paint { return paintOf(row[name].Inherit(over)) }
		return rowStyles{on("base"), on("date"), on("expr"), on("chip"), on("chipOn"), on("count"), on("match")}
	}
	s := styles{
		title:        paintOf(fg("6").Bold(true)),
		header:       paintOf(plain.Bold(true)),
		filters:      paintOf(fg("3")),
		faint:        paintOf(plain.Faint(true)),
		empty:        paintOf(plain.Italic(true)),
		separator:    paintOf(fg("4").Bold(true)),
		status:       paintOf(fg("3")),
		pickerPrompt: paintOf(fg("5").Bold(true)),
		kind:         paintOf(plain.Faint(true)),
		heading:      paintOf(fg("4").Bold(true)),
		label:        paintOf(plain.Bold(true)),
		bars:         paintOf(fg("6")),
		cursorMark:   paintOf(fg("3").Bold(true)),
		row:          rows(plain),
		selected:     rows(plain.Reverse(true).Bold(true)),
		marker:       "▸ ",
		blank:        "  ",
		chipOpen:     " ",
		chipClose:    " ",
	}
	s.bubbles.prompt, s.bubbles.faint, s.bubbles.label = fg("3").Bold(true), plain.Faint(true), plain.Bold(true)
	if p == termenv.Ascii {
		s.chipOpen, s.chipClose = "[", "]"
		s.exprOpen, s.exprClose = "«", "»"
	}
	return s
}

// rows returns the row styles for a selected or an ordinary row.
func (s styles) rows(selected bool) rowStyles {
	if selected {
		return s.selected
	}
	return s.row
}

// cursor returns the marker column of a row.
func (s styles) cursor(selected bool) string {
	if selected {
		return s.marker
	}
	return s.blank
}

// chipText returns the text of an actor's chip, without its style.
func (s styles) chipText(name string) string {
	return s.chipOpen + name + s.chipClose
}

// paint draws text in a style. It holds the escape sequences lipgloss
// writes before and after a text in that style, worked out once, so that
// drawing a frame joins strings instead of styling each piece anew.
type paint struct{ open, close string }

// paintOf returns the paint of an inline style (colours and attributes,
// no size, padding or border).
func paintOf(s lipgloss.Style) paint {
	open, close, _ := strings.Cut(s.Render("\x00"), "\x00")
	return paint{open, close}
}

// Render draws text, which has no line break, in the paint's style.
func (p paint) Render(text string) string {
	if text == "" || p.open == "" && p.close == "" {
		return text
	}
	return p.open + text + p.close
}
