package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dateline/seeds"
	"dateline/timeline"
	"dateline/timeline/export"
)

// TestFormatFlag checks that --format writes what the export package
// writes, and that --print and --json are its text and json.
func TestFormatFlag(t *testing.T) {
	arts, _ := seeds.Articles()
	tl := timeline.Build(arts)
	for _, name := range export.Names() {
		var want bytes.Buffer
		if err := export.Write(&want, name, tl, tl.Select(timeline.Filter{}), export.Meta{}); err != nil {
			t.Fatal(err)
		}
		code, out, errs := runCmd(t, "", "--format", name)
		if code != 0 || errs != "" || out != want.String() {
			t.Errorf("--format %s: exit %d, stderr %q, output differs from export.Write: %v", name, code, errs, out != want.String())
		}
	}
	for alias, name := range map[string]string{"--print": "text", "--json": "json"} {
		_, a, _ := runCmd(t, "", alias)
		_, b, _ := runCmd(t, "", "--format", name)
		if a != b {
			t.Errorf("%s differs from --format %s", alias, name)
		}
	}
}

func TestFormatFlagErrors(t *testing.T) {
	cases := []struct {
		args   []string
		stderr string
	}{
		{[]string{"--format", "xml"}, "unknown format \"xml\" (valid formats: text, json, jsonl, csv, timelinejs, ics, markdown)"},
		{[]string{"--format", "csv", "--print"}, "--format csv and --print cannot be used together"},
		{[]string{"--json", "--format", "ics"}, "cannot be used together"},
		{[]string{"--format"}, "flag needs an argument"},
		{[]string{"-o"}, "flag needs an argument"},
	}
	for _, c := range cases {
		code, out, errs := runCmd(t, "", c.args...)
		if code != exitUsage || out != "" || !strings.Contains(errs, c.stderr) {
			t.Errorf("%q: exit %d, stdout %d bytes, stderr %q; want exit 2 and %q", c.args, code, len(out), errs, c.stderr)
		}
	}
	// Agreeing aliases are fine.
	if code, _, errs := runCmd(t, "", "--print", "--format", "text"); code != 0 {
		t.Errorf("--print --format text: exit %d, %s", code, errs)
	}
	// Every format is named in the help.
	for _, name := range export.Names() {
		if !strings.Contains(usage, name) {
			t.Errorf("the help does not mention the %s format", name)
		}
	}
}

func TestSearchFlag(t *testing.T) {
	_, all, _ := runCmd(t, "", "--format", "jsonl")
	code, found, errs := runCmd(t, "", "--format", "jsonl", "--search", "LAVROV")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(found), "\n")
	if len(lines) != 2 || len(found) >= len(all) {
		t.Fatalf("--search LAVROV kept %d events", len(lines))
	}
	for _, l := range lines {
		if !strings.Contains(l, "Lavrov") {
			t.Errorf("kept an event without Lavrov: %s", l)
		}
	}
	_, none, _ := runCmd(t, "", "--print", "--search", "no such words anywhere")
	if !strings.HasPrefix(none, "5 articles, 0 events") {
		t.Errorf("no match gives %q", firstLine(none))
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.csv")
	if code, out, errs := runCmd(t, "", "--actor", "Putin", "-o", path); code != 0 || out != "" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	data, _ := os.ReadFile(path)
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || rows[0][0] != "Year" || !strings.Contains(rows[1][10], "actor Putin") {
		t.Fatalf("the .csv file is not the filtered spreadsheet (%v): %q", err, data[:min(200, len(data))])
	}

	code, _, errs := runCmd(t, "", "--format", "ics", "--output", path)
	if code != exitUsage || !strings.Contains(errs, path+" already exists; add --force") {
		t.Fatalf("overwriting: exit %d, stderr %q", code, errs)
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, data) {
		t.Fatal("a refused export changed the file")
	}
	if code, _, errs := runCmd(t, "", "--format", "ics", "--output", path, "--force"); code != 0 {
		t.Fatalf("--force: exit %d, %s", code, errs)
	}
	if forced, _ := os.ReadFile(path); !bytes.HasPrefix(forced, []byte("BEGIN:VCALENDAR\r\n")) {
		t.Fatal("--force did not replace the file with the calendar")
	}

	code, _, errs = runCmd(t, "", "-o", filepath.Join(dir, "missing", "x.md"))
	if code != exitNoInput || !strings.Contains(errs, "no such file or directory") {
		t.Errorf("unwritable path: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCmd(t, "", "--format", "ics", "--search", "nothing matches this", "-o", filepath.Join(dir, "empty.ics"))
	if code != exitNoInput || !strings.Contains(errs, "needs at least one event") {
		t.Errorf("empty calendar: exit %d, stderr %q", code, errs)
	}
	if code, out, _ := runCmd(t, "", "-o", "-", "--actor", "Putin"); code != 0 || !strings.HasPrefix(out, "5 articles") {
		t.Errorf("-o - does not write text to standard output: %q", firstLine(out))
	}
}

// TestEndToEndExport runs the real command with --format X -o FILE for
// every format, then tries to write over one of the files.
func TestEndToEndExport(t *testing.T) {
	bin := buildCommand(t)
	dir := t.TempDir()
	for _, f := range export.Formats() {
		path := filepath.Join(dir, f.FileName(timeline.Filter{Actors: []string{"Putin"}}))
		cmd := exec.Command(bin, "--format", f.Name, "-o", path, "--actor", "Putin")
		if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
			t.Fatalf("%s: %v %s", f.Name, err, out)
		}
		data, err := os.ReadFile(path)
		if err != nil || len(data) == 0 {
			t.Fatalf("%s: %v, %d bytes", f.Name, err, len(data))
		}
	}
	path := filepath.Join(dir, "timeline-putin.ics")
	before, _ := os.ReadFile(path)
	cmd := exec.Command(bin, "--format", "ics", "-o", path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != exitUsage || !strings.Contains(stderr.String(), "already exists") {
		t.Fatalf("overwrite: %v, stderr %q", err, stderr.String())
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the refused export changed the file")
	}
}
