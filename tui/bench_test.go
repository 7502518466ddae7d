package tui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"dateline/timeline"
)

// The benchmarks measure what a user waits for on a timeline of 100,000
// events: from a key press to the frame drawn (Update and View), and from
// start to the first frame. They draw in true colour, as most terminals
// do, in a terminal of 120×40.
//
//	go test ./tui -run '^$' -bench . -cpu 1

const benchEvents = 100_000

var benchTimeline *timeline.Timeline

func benchModel(b *testing.B) Model {
	b.Helper()
	lipgloss.SetColorProfile(termenv.TrueColor)
	b.Cleanup(func() { lipgloss.SetColorProfile(termenv.Ascii) })
	if benchTimeline == nil {
		benchTimeline = syntheticTimeline(benchEvents)
	}
	return sized(b, benchTimeline, Options{}, 120, 40)
}

// frame sends msg and draws the next frame.
func frame(b *testing.B, m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	m = next.(Model)
	if m.View() == "" {
		b.Fatal("empty frame")
	}
	return m
}

// reportFrame adds the time a frame takes in milliseconds, to read
// against the 16 ms of a frame at 60 Hz.
func reportFrame(b *testing.B) {
	b.ReportMetric(float64(b.Elapsed())/float64(b.N)/float64(time.Millisecond), "ms/frame")
}

func BenchmarkStartup(b *testing.B) {
	m := benchModel(b)
	for b.Loop() {
		m = New(benchTimeline, Options{})
		m = frame(b, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	}
	reportFrame(b)
}

// BenchmarkSearchIndex is the work done in the background at start, so
// that searches do not lower-case the timeline at each key.
func BenchmarkSearchIndex(b *testing.B) {
	benchModel(b)
	for b.Loop() {
		buildIndex(benchTimeline)
	}
	b.ReportMetric(float64(b.Elapsed())/float64(b.N)/float64(time.Millisecond), "ms/index")
}

// benchKeys measures frames for keys pressed in turn, after the setup
// keys.
func benchKeys(b *testing.B, setup tea.Msg, keys ...tea.Msg) {
	m := frame(b, benchModel(b), setup)
	i := 0
	for b.Loop() {
		m = frame(b, m, keys[i%len(keys)])
		i++
	}
	reportFrame(b)
}

func BenchmarkMove(b *testing.B) { benchKeys(b, typed("]")[0], keyDown, keyUp) }

func BenchmarkPage(b *testing.B) { benchKeys(b, typed("]")[0], keyPgDn, keyPgUp) }

func BenchmarkYear(b *testing.B) { benchKeys(b, typed("G")[0], typed("[")[0], typed("]")[0]) }

// BenchmarkActorToggle toggles an actor in the picker.
func BenchmarkActorToggle(b *testing.B) { benchKeys(b, typed("a")[0], keySpace) }

// BenchmarkSearchKeystroke types the first letter of a search: every
// event is looked at, and nearly all match.
func BenchmarkSearchKeystroke(b *testing.B) {
	m := benchModel(b)
	m = frame(b, m, typed("/")[0])
	for b.Loop() {
		m = frame(b, m, typed("e")[0])
		b.StopTimer()
		if len(m.list.events) != benchEvents {
			b.Fatalf("e matches %d events", len(m.list.events))
		}
		m = frame(b, m, keyBack)
		b.StartTimer()
	}
	reportFrame(b)
}

// BenchmarkSearchNarrowing types the next letter of a search that
// already narrowed the list.
func BenchmarkSearchNarrowing(b *testing.B) {
	m := benchModel(b)
	m = frame(b, m, typed("/")[0])
	for _, k := range typed("kremlin met zelensky on januar") {
		m = frame(b, m, k)
	}
	for b.Loop() {
		m = frame(b, m, typed("y")[0])
		b.StopTimer()
		if len(m.list.events) == 0 {
			b.Fatalf("nothing matches %q", m.sel.query)
		}
		m = frame(b, m, keyBack)
		b.StartTimer()
	}
	reportFrame(b)
}

// BenchmarkActorApply chooses an actor in the picker and applies it:
// the timeline is selected again and the list, the density strip and the
// header follow.
func BenchmarkActorApply(b *testing.B) {
	m := benchModel(b)
	for b.Loop() {
		b.StopTimer()
		m = frame(b, m, typed("a")[0])
		b.StartTimer()
		m = frame(b, m, keySpace)
		m = frame(b, m, keyEnter)
	}
	reportFrame(b)
}

func BenchmarkDetails(b *testing.B) {
	m := benchModel(b)
	for b.Loop() {
		m = frame(b, m, keyEnter)
		m = frame(b, m, keyEsc)
	}
	reportFrame(b)
}
