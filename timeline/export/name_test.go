package export

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dateline/timeline"
)

func TestFileName(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 3, d, 0, 0, 0, 0, time.UTC) }
	csv, _ := Lookup("csv")
	tjs, _ := Lookup("timelinejs")
	cases := []struct {
		format Format
		filter timeline.Filter
		want   string
	}{
		{csv, timeline.Filter{}, "timeline.csv"},
		{csv, timeline.Filter{Actors: []string{"Putin"}}, "timeline-putin.csv"},
		{tjs, timeline.Filter{Actors: []string{"Vladimir Putin", "Kyiv"}, Text: "30-day ceasefire!"}, "timeline-vladimir-putin-kyiv-30-day-ceasefire.timelinejs.json"},
		{csv, timeline.Filter{From: day(1), To: day(13)}, "timeline-from-2025-03-01-to-2025-03-13.csv"},
		{csv, timeline.Filter{Text: "Zürich/../../etc"}, "timeline-zürich-etc.csv"},
		{csv, timeline.Filter{Text: strings.Repeat("word ", 40)}, "timeline-" + strings.TrimSuffix(strings.Repeat("word-", 12), "-") + ".csv"},
		{csv, timeline.Filter{Text: "..."}, "timeline.csv"},
	}
	for _, c := range cases {
		if got := c.format.FileName(c.filter); got != c.want {
			t.Errorf("FileName(%+v) = %q, want %q", c.filter, got, c.want)
		}
	}
}

func TestDescribe(t *testing.T) {
	f := timeline.Filter{Actors: []string{"Putin", "Kyiv"}, Text: "truce", From: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}
	if got, want := Describe(f), "actors Putin or Kyiv · text “truce” · from 2025-03-01"; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
	if got := Describe(timeline.Filter{}); got != "all events" {
		t.Errorf("Describe of no filter = %q", got)
	}
}

func TestLookupAndForPath(t *testing.T) {
	if _, err := Lookup("xml"); err == nil || !strings.Contains(err.Error(), "text, json, jsonl, csv, timelinejs, ics, markdown") {
		t.Errorf("unknown format error %v does not list the formats", err)
	}
	for path, want := range map[string]string{
		"out.ics": "ics", "a/b/Story.CSV": "csv", "x.json": "json", "x.timelinejs.json": "timelinejs",
		"notes.md": "markdown", "t.txt": "text", "t.jsonl": "jsonl",
	} {
		if f, ok := ForPath(path); !ok || f.Name != want {
			t.Errorf("ForPath(%q) = %q, %v; want %q", path, f.Name, ok, want)
		}
	}
	if f, ok := ForPath("timeline"); ok {
		t.Errorf("ForPath without extension gave %q", f.Name)
	}
	for _, f := range Formats() {
		if f.Description == "" || f.Extension == "" {
			t.Errorf("format %q lacks a description or extension", f.Name)
		}
		if g, ok := ForPath(f.FileName(timeline.Filter{})); !ok || g.Name != f.Name {
			t.Errorf("the file name of %s reads back as %q", f.Name, g.Name)
		}
	}
}

func TestWriteFile(t *testing.T) {
	tl := seedTimeline(t)
	events := all(tl)
	path := filepath.Join(t.TempDir(), "out.md")
	if err := WriteFile(path, "markdown", tl, events, Meta{}, false); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(first), "# Timeline") {
		t.Fatalf("file starts %q", first[:20])
	}
	err := WriteFile(path, "text", tl, events, Meta{}, false)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("writing over an existing file: %v, want an fs.ErrExist error", err)
	}
	if again, _ := os.ReadFile(path); string(again) != string(first) {
		t.Fatal("a refused export changed the file")
	}
	if err := WriteFile(path, "text", tl, events, Meta{}, true); err != nil {
		t.Fatal(err)
	}
	if forced, _ := os.ReadFile(path); !strings.HasPrefix(string(forced), "5 articles") {
		t.Fatalf("forced export did not replace the file: %q", forced[:20])
	}
	empty := filepath.Join(t.TempDir(), "empty.ics")
	if err := WriteFile(empty, "ics", tl, nil, Meta{}, false); err == nil {
		t.Fatal("an empty calendar was written")
	}
	if _, err := os.Stat(empty); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a failed export left a file: %v", err)
	}
	if err := WriteFile(filepath.Join(t.TempDir(), "x"), "xml", tl, events, Meta{}, false); err == nil || !strings.Contains(err.Error(), "unknown format") {
		t.Fatalf("unknown format: %v", err)
	}
}
