package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dateline/internal/synth"
	"dateline/parse"
	"dateline/seeds"
	"dateline/timeline"
)

// outputs renders a timeline as JSON and as text.
func outputs(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	var b bytes.Buffer
	events := tl.Select(timeline.Filter{})
	if err := timeline.WriteJSON(&b, tl, events); err != nil {
		t.Fatal(err)
	}
	if err := timeline.WriteText(&b, tl, events); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestLoadDeterministic loads the same corpus with different numbers of
// workers: the outputs must be byte for byte the same.
func TestLoadDeterministic(t *testing.T) {
	dir := t.TempDir()
	if _, err := synth.WriteDir(dir, 7, 300, 2048); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("\x00\x01binary"), 0o644)
	var want []byte
	for _, workers := range []int{1, 2, 3, 8, 32} {
		tl, rep := Load([]string{dir}, Options{Workers: workers, MaxSize: parse.DefaultMaxSize})
		if rep.Articles != 300 || len(rep.Skipped) != 1 || rep.Events != len(tl.Events) {
			t.Fatalf("%d workers: %d articles, skipped %v, %d events", workers, rep.Articles, rep.Skipped, rep.Events)
		}
		got := outputs(t, tl)
		if want == nil {
			want = got
		} else if !bytes.Equal(got, want) {
			t.Fatalf("output with %d workers differs from output with 1", workers)
		}
	}
}

// TestLoadSameAsBuild checks that loading files gives the timeline that
// Build gives for the same articles.
func TestLoadSameAsBuild(t *testing.T) {
	dir := writeSeeds(t)
	tl, rep := Load([]string{dir}, Options{Prepare: parse.Complete})
	if len(rep.Skipped) > 0 || len(rep.Notes) > 0 {
		t.Fatal(rep)
	}
	arts, _ := seeds.Articles()
	want := timeline.Build(arts)
	for i := range want.Articles {
		want.Articles[i].Source = tl.Articles[i].Source
	}
	if !bytes.Equal(outputs(t, tl), outputs(t, want)) {
		t.Fatal("loading the seed files differs from building the seeds")
	}
}

// writeSeeds writes the seed articles to a directory.
func writeSeeds(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	entries, _ := seeds.FS.ReadDir(".")
	for _, e := range entries {
		data, _ := seeds.FS.ReadFile(e.Name())
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// extractTo writes the extractions of the articles under paths as JSON
// Lines to file, after parse.Complete over them.
func extractTo(t *testing.T, file string, paths ...string) {
	t.Helper()
	var b bytes.Buffer
	lw := NewLinesWriter(&b)
	inputs, _ := parse.Walk(paths)
	Extract(inputs, Options{Prepare: parse.Complete}, func(x *timeline.Extraction, _ string) {
		if err := lw.Write(x); err != nil {
			t.Fatal(err)
		}
	})
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMapThenMerge extracts a corpus to JSON Lines, whole and in two
// halves as a batch job would, and merges the extractions: read back
// whole, the timeline is the one of the corpus read at once; in halves,
// every article is there.
func TestMapThenMerge(t *testing.T) {
	dir := writeSeeds(t)
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	out := t.TempDir()
	all := filepath.Join(out, "all.jsonl")
	extractTo(t, all, dir)
	merged, rep := Load([]string{all}, Options{})
	whole, _ := Load([]string{dir}, Options{Prepare: parse.Complete})
	if rep.Articles != len(names) || len(rep.Skipped) > 0 || !bytes.Equal(outputs(t, merged), outputs(t, whole)) {
		t.Fatalf("merging the extractions differs from loading the articles (%+v)", rep)
	}
	first, second := filepath.Join(out, "part1.jsonl"), filepath.Join(out, "part2.jsonl")
	extractTo(t, first, names[:2]...)
	extractTo(t, second, names[2:]...)
	if tl, rep := Load([]string{first, second}, Options{}); rep.Articles != len(names) || len(tl.Articles) != len(names) || len(rep.Skipped) > 0 {
		t.Fatalf("%+v", rep)
	}
	// The output of extract is recognised by its contents too.
	renamed := filepath.Join(out, "part1.txt")
	os.Rename(first, renamed)
	if _, rep := Load([]string{renamed}, Options{}); rep.Articles != 2 || len(rep.Skipped) > 0 {
		t.Fatalf("JSON Lines under another name: %+v", rep)
	}
}

// TestLinesIDClash reads the same extractions twice: the second copy's
// articles are renamed after their file, sources included.
func TestLinesIDClash(t *testing.T) {
	dir := writeSeeds(t)
	out := t.TempDir()
	a, b := filepath.Join(out, "a.jsonl"), filepath.Join(out, "b.jsonl")
	extractTo(t, a, dir)
	extractTo(t, b, dir)
	tl, _ := Load([]string{a, b}, Options{})
	ids := map[string]bool{}
	for _, art := range tl.Articles {
		if ids[art.ID] {
			t.Fatalf("ID %s twice", art.ID)
		}
		ids[art.ID] = true
	}
	if !ids["b/000_9cbffbaa04cb8ddb"] {
		t.Fatalf("IDs %v", ids)
	}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if !ids[s.Article] {
				t.Fatalf("source of unknown article %s", s.Article)
			}
		}
	}
}

func TestLoadStdin(t *testing.T) {
	tl, rep := Load([]string{"-"}, Options{Stdin: strings.NewReader("Date: 2025-03-12\n\nTalks began on Tuesday.")})
	if rep.Articles != 1 || len(tl.Events) != 1 || tl.Articles[0].ID != "stdin" {
		t.Fatalf("%+v %+v", rep, tl)
	}
}

// TestPrepare runs a step over the whole corpus between reading and
// extracting: it sees every article in order, and what it changes is
// what gets extracted. The output is the same whatever the workers.
func TestPrepare(t *testing.T) {
	dir := t.TempDir()
	if _, err := synth.WriteDir(dir, 9, 120, 1500); err != nil {
		t.Fatal(err)
	}
	lines := filepath.Join(t.TempDir(), "seeds.jsonl")
	extractTo(t, lines, writeSeeds(t))
	var want []byte
	for _, workers := range []int{1, 3} {
		var seen []string
		redate := func(arts []*parse.Article) {
			for _, a := range arts {
				seen = append(seen, a.ID)
				a.Published = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
				a.PublishedReason = "set by the test"
			}
		}
		tl, rep := Load([]string{dir, lines}, Options{Workers: workers, Prepare: redate})
		if len(seen) != 120 || rep.Articles != 125 || len(tl.Articles) != 125 {
			t.Fatalf("Prepare saw %d articles; %d read", len(seen), rep.Articles)
		}
		inputs, _ := parse.Walk([]string{dir})
		for i, in := range inputs {
			if seen[i] != in.ID {
				t.Fatalf("Prepare got article %d as %s, want %s: out of order", i, seen[i], in.ID)
			}
		}
		if a := tl.Articles[0]; a.Published.Year() != 2030 || a.PublishedReason != "set by the test" {
			t.Fatalf("the change made by Prepare was not extracted: %+v", a)
		}
		got := outputs(t, tl)
		if want == nil {
			want = got
		} else if !bytes.Equal(got, want) {
			t.Fatalf("output with %d workers differs", workers)
		}
	}
}
