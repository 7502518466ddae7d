package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"dateline/timeline"
	"dateline/timeline/export"
)

func TestExportMenu(t *testing.T) {
	m := screen(t, fixtureTimeline(t), Options{}, 80, 16, append(typed("ejjj"), tea.KeyMsg{Type: tea.KeyUp})...)
	if menu, ok := m.panel.(*exportMenu); !ok || menu.formats[menu.cursor].Name != "jsonl" {
		t.Fatalf("panel %T, want the export menu on jsonl", m.panel)
	}
}

// TestExportWritesFile exports the searched events as CSV twice from the
// browser: the files are named after the search, the second does not
// replace the first, and both hold what the export package writes.
func TestExportWritesFile(t *testing.T) {
	dir := t.TempDir()
	tl := fixtureTimeline(t)
	tm := teatest.NewTestModel(t, New(tl, Options{ExportDir: dir}), teatest.WithInitialTermSize(100, 24))
	for _, msg := range append(typed("/putin"), tea.KeyMsg{Type: tea.KeyEnter}) {
		tm.Send(msg)
	}
	for round := 1; round <= 2; round++ {
		for _, msg := range append(typed("ejjj"), tea.KeyMsg{Type: tea.KeyEnter}) {
			tm.Send(msg)
		}
		want := "timeline-putin.csv"
		if round == 2 {
			want = "timeline-putin-2.csv"
		}
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
			teatest.WithDuration(5*time.Second))
	}
	tm.Send(keyCtrlC)
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	events := tl.Select(timeline.Filter{Text: "putin"})
	var want bytes.Buffer
	if err := export.Write(&want, "csv", tl, events, export.Meta{Filter: timeline.Filter{Text: "putin"}}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"timeline-putin.csv", "timeline-putin-2.csv"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s differs from export.Write:\n%s", name, got)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files in the folder, want 2", len(entries))
	}
}

func TestExportFailureShown(t *testing.T) {
	tl := fixtureTimeline(t)
	m := New(tl, Options{ExportDir: filepath.Join(t.TempDir(), "missing", "folder")})
	m.SetSize(100, 24)
	next, cmd := m.Update(exportAs(export.Formats()[0]))
	if cmd == nil {
		t.Fatal("no export command")
	}
	next, _ = next.Update(cmd())
	if s := next.(Model).status; !strings.HasPrefix(s, "export failed:") {
		t.Fatalf("status %q", s)
	}
}
