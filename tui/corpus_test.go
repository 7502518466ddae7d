package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"dateline/parse"
	"dateline/seeds"
	"dateline/timeline"
)

// The tests draw without colour, as on a monochrome terminal, so that
// golden files hold only text and what must show without colour is seen.
func init() {
	lipgloss.SetColorProfile(termenv.Ascii)
}

// seedTimeline is the timeline of the built-in articles.
func seedTimeline(t testing.TB) *timeline.Timeline {
	t.Helper()
	arts, probs := seeds.Articles()
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	return timeline.Build(arts)
}

// fixtureTimeline is a small timeline written out in full, so that tests
// of keys do not change when the tagger or the actors do. Its rows, with
// separators, are: 1962 (0), 2014 (1), 2022 (2), 2024: June (3), August
// (4), December (5); 2025: January (6), March (7 to 12).
func fixtureTimeline(t testing.TB) *timeline.Timeline {
	t.Helper()
	tl := &timeline.Timeline{
		Articles: []timeline.Article{
			{ID: "wire", Title: "Putin cool on ceasefire", Published: time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), PublishedReason: "'Date:' header"},
			{ID: "paper", Title: "Talks go on", Published: time.Date(2025, 3, 13, 0, 0, 0, 0, time.UTC), PublishedInferred: true, PublishedReason: "shares 12 word sequences with wire"},
		},
		Actors: []timeline.Actor{
			{Name: "Vladimir Putin", Kind: "person", Aliases: []string{"Putin", "President Putin"}},
			{Name: "Russia", Kind: "country", Aliases: []string{"Moscow", "Kremlin", "Russian"}},
			{Name: "Ukraine", Kind: "country", Aliases: []string{"Kyiv", "Ukrainian"}},
			{Name: "United States", Kind: "country", Aliases: []string{"US", "Washington"}},
			{Name: "Sergei Lavrov", Kind: "person", Aliases: []string{"Lavrov"}},
			{Name: "NATO", Kind: "organisation", Aliases: []string{"Nato"}},
			{Name: "Warsaw", Kind: "organisation"},
		},
	}
	event := func(value, text, expr string, actors ...string) timeline.Event {
		first, last, ok := parse.Interval(value)
		at := strings.Index(text, expr)
		if !ok || at < 0 {
			t.Fatalf("bad fixture event %q %q", value, expr)
		}
		return timeline.Event{
			Kind: timeline.KindEvent, Date: value, Start: first, End: last, Text: text, Actors: actors,
			Sources: []timeline.Source{{Article: "wire", Sentence: text, Expression: expr, Date: value, ExprStart: at, ExprEnd: at + len(expr),
				Explanation: "'" + expr + "' → " + value}},
		}
	}
	tl.Events = []timeline.Event{
		event("1962", "The worst confrontation since the 1962 Cuban Missile Crisis.", "1962", "Russia"),
		event("2014", "The conflict in eastern Ukraine began in 2014.", "2014", "Ukraine", "Russia"),
		event("2022", "Russia's 2022 invasion of Ukraine left hundreds of thousands dead.", "2022", "Russia", "Ukraine"),
		event("2024-06", "In June last year, Putin set out his terms for peace.", "June", "Vladimir Putin", "Ukraine", "NATO"),
		event("2024-08", "Ukraine seized a sliver of western Russia in August.", "August", "Ukraine", "Russia"),
		event("2024-12", "“It is a difficult question,” he said in December.", "December", "Vladimir Putin"),
		event("2025-01-20", "He told the security council on January 20 there should be no short truce.", "January 20", "Vladimir Putin"),
		event("2025-03-11", "The US agreed on Tuesday to resume military aid after Kyiv backed a ceasefire.", "Tuesday", "United States", "Ukraine"),
		event("2025-03-11", "Sergei Lavrov, in an interview given on Tuesday, rejected Nato troops.", "Tuesday", "Sergei Lavrov", "NATO"),
		event("2025-03-12", "Moscow — Putin is unlikely to embrace a US ceasefire, Russian sources said on Wednesday.", "Wednesday", "Russia", "Vladimir Putin", "United States"),
		{Kind: timeline.KindReport, Date: "2025-03-12", Text: "Putin cool on ceasefire", Sources: []timeline.Source{{Article: "wire", Sentence: "Putin cool on ceasefire", Date: "2025-03-12", Explanation: "'Date:' header"}}},
		event("2025-03-12", "Lavrov's interview was published on Wednesday in Warsaw.", "Wednesday", "Sergei Lavrov", "Warsaw"),
		event("2025-03-13", "Putin spoke at the Kremlin on March 13, 2025.", "March 13, 2025", "Vladimir Putin", "Russia"),
	}
	report := &tl.Events[10]
	report.Start, report.End, _ = parse.Interval(report.Date)
	second := tl.Events[9].Sources[0]
	second.Article, second.Sentence = "paper", "Putin is cool on the US plan, Russian sources said on Wednesday."
	second.ExprStart = strings.Index(second.Sentence, "Wednesday")
	second.ExprEnd = second.ExprStart + len("Wednesday")
	tl.Events[9].Sources = append(tl.Events[9].Sources, second)
	for i := range tl.Actors {
		for _, e := range tl.Events {
			if slices.Contains(e.Actors, tl.Actors[i].Name) {
				tl.Actors[i].Events++
			}
		}
	}
	return tl
}

// hostileTimeline is a timeline made to break layouts: wide characters,
// emoji, combining accents, a word longer than any terminal, line breaks
// and tabs in a sentence, long actor names, and dates of every form.
func hostileTimeline(t testing.TB) *timeline.Timeline {
	t.Helper()
	texts := []string{
		"Published: 2025-03-12\n\n東京で会談が火曜日に行われた。 On Tuesday the 👩‍👩‍👧‍👦 delegation met in Tōkyō 🇯🇵 and the café reopened.\n",
		"Published: 2025-03-12\n\nIn 2014 " + strings.Repeat("Supercalifragilistic", 20) + " happened, and in the 1990s\tthe\nline broke.\n",
		"Published: 2025-03-12\n\nThe Very Long Named International Organisation For The Coordination Of Everything met Ｆｕｌｌｗｉｄｔｈ Ｎａｍｅ last week, in the third quarter of 2024, last summer and on the night of March 13.\n",
	}
	var arts []*parse.Article
	for i, text := range texts {
		a, err := parse.ReadArticle(fmt.Sprintf("hostile-%d-記事", i), "test", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	tl := timeline.Build(arts)
	if len(tl.Events) < 4 {
		t.Fatalf("hostile corpus has only %d events", len(tl.Events))
	}
	return tl
}

// syntheticTimeline makes a timeline of n events, in timeline order, from
// 1900 to 2024 at even intervals, each with two of a set of actors and a sentence of the length
// of a news sentence; the last tenth of them crowd into 2025, as a story's
// latest news does.
func syntheticTimeline(n int) *timeline.Timeline {
	names := []string{"Putin", "Zelensky", "Trump", "Russia", "Ukraine", "Nato", "Kyiv", "Moscow", "Sergei Lavrov", "European Union", "Kremlin", "Geneva"}
	tl := &timeline.Timeline{}
	for i := 0; i < 500; i++ {
		tl.Articles = append(tl.Articles, timeline.Article{ID: fmt.Sprintf("article-%03d", i), Title: fmt.Sprintf("Report %d", i)})
	}
	start := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	recent := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	old, latest := max(n*9/10, 1), max(n-n*9/10, 1)
	for i := 0; i < n; i++ {
		day := start.AddDate(0, 0, i*int(recent.Sub(start).Hours()/24)/old)
		if i >= old {
			day = recent.AddDate(0, 0, (i-old)*365/latest)
		}
		a, b := names[i%len(names)], names[(i*7+3)%len(names)]
		expr := day.Format("January 2, 2006")
		sentence := fmt.Sprintf("Talks number %d: %s met %s on %s to discuss the ceasefire proposal, officials said, adding that more talks would follow.", i, a, b, expr)
		at := strings.Index(sentence, expr)
		tl.Events = append(tl.Events, timeline.Event{
			Date: day.Format("2006-01-02"), Start: day, End: day,
			Text: sentence, Actors: []string{a, b},
			Sources: []timeline.Source{{
				Article: tl.Articles[i%len(tl.Articles)].ID, Sentence: sentence, Expression: expr,
				ExprStart: at, ExprEnd: at + len(expr), Explanation: "stated in full",
			}},
		})
	}
	count := map[string]int{}
	for _, e := range tl.Events {
		for _, a := range e.Actors {
			count[a]++
		}
	}
	for _, name := range names {
		tl.Actors = append(tl.Actors, timeline.Actor{Name: name, Kind: "unknown", Events: count[name]})
	}
	return tl
}

// Messages a user sends.
var (
	keyUp    = tea.KeyMsg{Type: tea.KeyUp}
	keyDown  = tea.KeyMsg{Type: tea.KeyDown}
	keyPgUp  = tea.KeyMsg{Type: tea.KeyPgUp}
	keyPgDn  = tea.KeyMsg{Type: tea.KeyPgDown}
	keyHome  = tea.KeyMsg{Type: tea.KeyHome}
	keyEnd   = tea.KeyMsg{Type: tea.KeyEnd}
	keyEnter = tea.KeyMsg{Type: tea.KeyEnter}
	keyEsc   = tea.KeyMsg{Type: tea.KeyEsc}
	keyBack  = tea.KeyMsg{Type: tea.KeyBackspace}
	keySpace = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	keyCtrlC = tea.KeyMsg{Type: tea.KeyCtrlC}
	keyCtrlD = tea.KeyMsg{Type: tea.KeyCtrlD}
	keyCtrlU = tea.KeyMsg{Type: tea.KeyCtrlU}
)

// typed is the keys of s, typed one at a time.
func typed(s string) []tea.Msg {
	var msgs []tea.Msg
	for _, r := range s {
		if r == ' ' {
			msgs = append(msgs, keySpace)
			continue
		}
		msgs = append(msgs, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return msgs
}

// press sends messages to m as the program would, and returns the model
// and whether it asked to quit.
func press(t testing.TB, m Model, msgs ...tea.Msg) (Model, bool) {
	t.Helper()
	quit := false
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = next.(Model)
		quit = quit || quits(cmd)
	}
	return m, quit
}

// quits reports whether cmd quits the program, alone or in a batch.
func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if quits(c) {
				return true
			}
		}
	}
	return false
}

// sized returns a browser over tl at w×h with its search index built.
func sized(t testing.TB, tl *timeline.Timeline, opts Options, w, h int) Model {
	t.Helper()
	m, _ := press(t, New(tl, opts), tea.WindowSizeMsg{Width: w, Height: h}, indexMsg{buildIndex(tl)})
	return m
}
