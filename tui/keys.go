package tui

import "github.com/charmbracelet/bubbles/key"

// Each part of the screen that takes keys has its own key map. The footer
// shows a map's ShortHelp and the help screen (?) its FullHelp, so what a
// key does is written once, in its binding.

func binding(keys []string, help, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// quitKey quits from anywhere.
var quitKey = binding([]string{"ctrl+c"}, "ctrl+c", "quit")

// listKeys are the keys of the timeline list.
type listKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom, PrevYear, NextYear key.Binding
	Search, ClearSearch, NextMatch, PrevMatch                   key.Binding
	Actors, ClearActors, Details, Export, Help, Quit            key.Binding
}

func newListKeys() listKeys {
	return listKeys{
		Up:          binding([]string{"up", "k"}, "↑/k", "up"),
		Down:        binding([]string{"down", "j"}, "↓/j", "down"),
		PageUp:      binding([]string{"pgup", "ctrl+u"}, "pgup/ctrl+u", "page up"),
		PageDown:    binding([]string{"pgdown", "ctrl+d"}, "pgdn/ctrl+d", "page down"),
		Top:         binding([]string{"g", "home"}, "g/home", "first event"),
		Bottom:      binding([]string{"G", "end"}, "G/end", "last event"),
		PrevYear:    binding([]string{"["}, "[", "previous year"),
		NextYear:    binding([]string{"]"}, "]", "next year"),
		Search:      binding([]string{"/"}, "/", "search"),
		ClearSearch: binding([]string{"esc"}, "esc", "clear search"),
		NextMatch:   binding([]string{"n"}, "n", "next match"),
		PrevMatch:   binding([]string{"N"}, "N", "previous match"),
		Actors:      binding([]string{"a"}, "a", "choose actors"),
		ClearActors: binding([]string{"A"}, "A", "clear actors"),
		Details:     binding([]string{"enter"}, "enter", "event details"),
		Export:      binding([]string{"e"}, "e", "export the events in view"),
		Help:        binding([]string{"?"}, "?", "all keys"),
		Quit:        binding([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// ShortHelp implements help.KeyMap.
func (k listKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Search, k.Actors, k.Details, k.Quit}
}

// FullHelp implements help.KeyMap.
func (k listKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.PrevYear, k.NextYear},
		{k.Search, k.ClearSearch, k.NextMatch, k.PrevMatch, k.Actors, k.ClearActors},
		{k.Details, k.Export, k.Help, k.Quit},
	}
}

// searchKeys are the keys of the search line, besides the editing keys of
// the text input.
type searchKeys struct {
	typingMoves
	Keep, Clear key.Binding
}

// typingMoves move a list while letters go to a text: no j/k, no g/G.
type typingMoves struct {
	Up, Down, PageUp, PageDown key.Binding
}

func newTypingMoves() typingMoves {
	return typingMoves{
		Up:       binding([]string{"up", "ctrl+p"}, "↑/ctrl+p", "up"),
		Down:     binding([]string{"down", "ctrl+n"}, "↓/ctrl+n", "down"),
		PageUp:   binding([]string{"pgup"}, "pgup", "page up"),
		PageDown: binding([]string{"pgdown"}, "pgdn", "page down"),
	}
}

func newSearchKeys() searchKeys {
	return searchKeys{
		typingMoves: newTypingMoves(),
		Keep:        binding([]string{"enter"}, "enter", "keep filter"),
		Clear:       binding([]string{"esc"}, "esc", "clear"),
	}
}

// ShortHelp implements help.KeyMap.
func (k searchKeys) ShortHelp() []key.Binding { return []key.Binding{k.Keep, k.Clear, k.Up, k.Down} }

// FullHelp implements help.KeyMap.
func (k searchKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Keep, k.Clear, k.Up, k.Down, k.PageUp, k.PageDown}}
}

// pickerKeys are the keys of the actor picker. Other printable keys narrow
// the list.
type pickerKeys struct {
	typingMoves
	Toggle, Apply, Cancel, Erase key.Binding
}

func newPickerKeys() pickerKeys {
	return pickerKeys{
		typingMoves: newTypingMoves(),
		Toggle:      binding([]string{" ", "tab"}, "space", "toggle"),
		Apply:       binding([]string{"enter"}, "enter", "apply"),
		Cancel:      binding([]string{"esc"}, "esc", "cancel"),
		Erase:       binding([]string{"backspace"}, "backspace", "erase"),
	}
}

// ShortHelp implements help.KeyMap.
func (k pickerKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Toggle, k.Apply, k.Cancel, k.Up, k.Down}
}

// FullHelp implements help.KeyMap.
func (k pickerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Toggle, k.Apply, k.Cancel, k.Erase}}
}

// scrollKeys are the keys of a screen of text: the details of an event and
// the help.
type scrollKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Back, Quit key.Binding
}

func newScrollKeys() scrollKeys {
	return scrollKeys{
		Up:       binding([]string{"up", "k"}, "↑/k", "up"),
		Down:     binding([]string{"down", "j"}, "↓/j", "down"),
		PageUp:   binding([]string{"pgup", "ctrl+u"}, "pgup/ctrl+u", "page up"),
		PageDown: binding([]string{"pgdown", "ctrl+d", " "}, "pgdn/ctrl+d", "page down"),
		Top:      binding([]string{"g", "home"}, "g/home", "top"),
		Bottom:   binding([]string{"G", "end"}, "G/end", "bottom"),
		Back:     binding([]string{"esc", "backspace"}, "esc", "back"),
		Quit:     binding([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// detailKeys are the keys of the details of an event.
type detailKeys struct {
	scrollKeys
	Prev, Next key.Binding
}

func newDetailKeys() detailKeys {
	return detailKeys{
		scrollKeys: newScrollKeys(),
		Prev:       binding([]string{"left", "h"}, "←/h", "previous event"),
		Next:       binding([]string{"right", "l"}, "→/l", "next event"),
	}
}

// ShortHelp implements help.KeyMap.
func (k detailKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Back, k.Up, k.Down, k.Prev, k.Next, k.Quit}
}

// FullHelp implements help.KeyMap.
func (k detailKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Prev, k.Next, k.Back, k.Quit}}
}

// helpKeys are the keys of the help screen.
type helpKeys struct{ scrollKeys }

func newHelpKeys() helpKeys {
	k := helpKeys{newScrollKeys()}
	k.Back = binding([]string{"esc", "?", "backspace"}, "esc/?", "back")
	return k
}

// ShortHelp implements help.KeyMap.
func (k helpKeys) ShortHelp() []key.Binding { return []key.Binding{k.Back, k.Up, k.Down, k.Quit} }

// FullHelp implements help.KeyMap.
func (k helpKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Back, k.Quit}}
}
