package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"dateline/internal/goldenfile"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestPrintSeedsGolden(t *testing.T) {
	code, out, errs := runCmd(t, "", "--print")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	goldenfile.Check(t, "seeds.print.golden", []byte(out))
}

func TestNotATerminalPrintsText(t *testing.T) {
	_, auto, _ := runCmd(t, "")
	_, printed, _ := runCmd(t, "", "--print")
	if auto != printed {
		t.Fatal("without flags and without a terminal, output differs from --print")
	}
	if strings.Contains(printed, "\x1b[") {
		t.Fatal("--print output has escape codes")
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Date: 2025-03-12\n\nTalks began on Tuesday."), 0o644)
	cases := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string
	}{
		{"version", "", []string{"--version"}, 0, ""},
		{"help", "", []string{"--help"}, 0, ""},
		{"unknown flag", "", []string{"--frobnicate"}, 2, "flag provided but not defined"},
		{"print and json", "", []string{"--print", "--json"}, 2, "cannot be used together"},
		{"empty actor", "", []string{"--actor", ""}, 2, "non-empty"},
		{"missing path", "", []string{filepath.Join(dir, "nope.txt")}, 1, "no such file"},
		{"one bad one good", "", []string{"--print", filepath.Join(dir, "nope.txt"), good}, 0, "nope.txt"},
		{"stdin", "Date: 2025-03-12\n\nIt happened on Monday.", []string{"--print", "-"}, 0, ""},
		{"empty stdin", "", []string{"--print", "-"}, 1, "standard input is empty"},
		{"flags after paths", "", []string{good, "--json"}, 0, ""},
		{"from a year", "", []string{"--print", "--from", "2024"}, 0, ""},
		{"from a month, to a day", "", []string{"--print", "--from", "2024-06", "--to", "2025-03-11"}, 0, ""},
		{"bad from", "", []string{"--from", "2025-13"}, 2, "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"bad to", "", []string{"--to", "March 2025"}, 2, "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"from after to", "", []string{"--from", "2025", "--to", "2024-12"}, 2, "--from 2025 is after --to 2024-12"},
		{"published", "", []string{"--print", "--published", "good=2025-03-14", good}, 0, ""},
		{"bad published", "", []string{"--published", "good=14.03.2025"}, 2, "want ID=YYYY-MM-DD"},
		{"published without id", "", []string{"--published", "=2025-03-14"}, 2, "want ID=YYYY-MM-DD"},
		{"published for no article", "", []string{"--print", "--published", "nope=2025-03-14", good}, 2, "no article has this id"},
	}
	for _, c := range cases {
		code, _, errs := runCmd(t, c.stdin, c.args...)
		if code != c.code || !strings.Contains(errs, c.stderr) {
			t.Errorf("%s: exit %d stderr %q; want exit %d and stderr containing %q", c.name, code, errs, c.code, c.stderr)
		}
	}
}

func TestActorFilter(t *testing.T) {
	_, all, _ := runCmd(t, "", "--print")
	_, putin, _ := runCmd(t, "", "--print", "--actor", "PUTIN")
	_, none, _ := runCmd(t, "", "--print", "--actor", "Nobody At All")
	if !(len(none) < len(putin) && len(putin) < len(all)) {
		t.Fatalf("filtering by actor does not narrow the output: %d, %d, %d bytes", len(all), len(putin), len(none))
	}
	if !strings.HasPrefix(none, "5 articles, 0 events") {
		t.Fatalf("no-match output starts %q", firstLine(none))
	}
}

func TestDateRange(t *testing.T) {
	_, out, _ := runCmd(t, "", "--print", "--from", "2024-06", "--to", "2024-12")
	if !strings.Contains(out, "\n2024-06 ") || !strings.Contains(out, "\n2024-12 ") || strings.Contains(out, "\n2025") || strings.Contains(out, "\n2022 ") {
		t.Fatalf("output:\n%s", out)
	}
}

func TestPublishedOverrides(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "talks.txt")
	os.WriteFile(path, []byte("Talks Stall\n\nTalks began on Tuesday."), 0o644)
	_, before, _ := runCmd(t, "", "--json", path)
	_, after, _ := runCmd(t, "", "--json", "--published", "talks=2025-03-14", path)
	if strings.Contains(before, `"date": "2025-03-11"`) || !strings.Contains(after, `"date": "2025-03-11"`) || !strings.Contains(after, "given with --published") {
		t.Fatalf("before:\n%s\nafter:\n%s", before, after)
	}
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

// jsonOutput mirrors the documented --json schema.
type jsonOutput struct {
	Articles []struct {
		ID                string  `json:"id"`
		Title             *string `json:"title"`
		Published         *string `json:"published"`
		PublishedInferred *bool   `json:"published_inferred"`
	} `json:"articles"`
	Actors []struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Aliases []string `json:"aliases"`
	} `json:"actors"`
	Events []struct {
		Date    string   `json:"date"`
		Start   string   `json:"start"`
		End     string   `json:"end"`
		Text    string   `json:"text"`
		Actors  []string `json:"actors"`
		Sources []struct {
			Article    string `json:"article"`
			Sentence   string `json:"sentence"`
			Expression string `json:"expression"`
		} `json:"sources"`
	} `json:"events"`
}

// TestEndToEndJSON builds the real command and checks its --json output
// on the seeds.
func TestEndToEndJSON(t *testing.T) {
	bin := buildCommand(t)
	out, err := exec.Command(bin, "--json").Output()
	if err != nil {
		t.Fatal(err)
	}
	var doc jsonOutput
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 5 {
		t.Fatalf("%d articles, want 5", len(doc.Articles))
	}
	ids := map[string]bool{}
	for _, a := range doc.Articles {
		if a.ID == "" || a.Title == nil || a.PublishedInferred == nil {
			t.Errorf("article %+v lacks a field", a)
		}
		ids[a.ID] = true
	}
	if !ids["000_9cbffbaa04cb8ddb"] || *doc.Articles[0].Published != "2025-03-12" {
		t.Errorf("first seed missing or its publish date wrong: %+v", doc.Articles[0])
	}
	if len(doc.Events) == 0 {
		t.Fatal("no events")
	}
	starts := make([]string, len(doc.Events))
	for i, e := range doc.Events {
		starts[i] = e.Start
		if e.Date == "" || e.Start == "" || e.End < e.Start || e.Text == "" || e.Actors == nil || len(e.Sources) == 0 {
			t.Errorf("event %d incomplete: %+v", i, e)
		}
		for _, s := range e.Sources {
			if !ids[s.Article] || !strings.Contains(s.Sentence, s.Expression) {
				t.Errorf("event %d: bad source %+v", i, s)
			}
		}
	}
	if !sort.StringsAreSorted(starts) {
		t.Error("events are not in chronological order")
	}
	if first, last := doc.Events[0].Date, doc.Events[len(doc.Events)-1].Start; first != "1962" || !strings.HasPrefix(last, "2025-03") {
		t.Errorf("timeline runs from %s to %s, want 1962 to March 2025", first, last)
	}
	for _, a := range doc.Actors {
		if a.Name == "" || a.Kind == "" || a.Aliases == nil {
			t.Errorf("actor %+v lacks a field", a)
		}
	}
}
