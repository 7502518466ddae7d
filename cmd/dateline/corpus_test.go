package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dateline/internal/synth"
)

// TestOutputSameWhateverScheduling runs the command over a generated
// corpus with different numbers of CPUs and workers: --json and --print
// must be byte for byte the same.
func TestOutputSameWhateverScheduling(t *testing.T) {
	bin := buildCommand(t)
	dir := t.TempDir()
	if _, err := synth.WriteDir(dir, 3, 150, 3000); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"--json", "--print"} {
		var want string
		for _, run := range []struct{ procs, jobs string }{{"1", ""}, {"2", ""}, {"4", "7"}, {"2", "1"}} {
			args := []string{format, dir}
			if run.jobs != "" {
				args = append(args, "--jobs", run.jobs)
			}
			cmd := exec.Command(bin, args...)
			cmd.Env = append(os.Environ(), "GOMAXPROCS="+run.procs)
			code, out, errs := exitCode(t, cmd)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if want == "" {
				want = out
			} else if out != want {
				t.Fatalf("%s with GOMAXPROCS=%s --jobs %q differs: %d bytes against %d", format, run.procs, run.jobs, len(out), len(want))
			}
		}
	}
}

// TestExtractThenMerge runs extract --jsonl on a corpus, and on two parts
// of it, and reads the files back: the whole gives the timeline of the
// corpus read at once, the parts every article.
func TestExtractThenMerge(t *testing.T) {
	bin := buildCommand(t)
	dir := t.TempDir()
	if _, err := synth.WriteDir(dir, 5, 60, 2000); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	extract := func(name string, paths ...string) string {
		code, lines, errs := exitCode(t, exec.Command(bin, append([]string{"extract", "--jsonl"}, paths...)...))
		if code != exitOK {
			t.Fatalf("extract: exit %d: %s", code, errs)
		}
		p := filepath.Join(out, name)
		os.WriteFile(p, []byte(lines), 0o644)
		return p
	}
	all := extract("all.jsonl", dir)
	_, merged, errs := exitCode(t, exec.Command(bin, "--json", all))
	_, whole, _ := exitCode(t, exec.Command(bin, "--json", dir))
	if merged != whole {
		t.Fatalf("merged extractions differ from the whole corpus (%s): %d bytes against %d", errs, len(merged), len(whole))
	}
	if n := strings.Count(whole, `"published_inferred"`); n != 60 {
		t.Fatalf("%d articles, want 60", n)
	}
	months, _ := filepath.Glob(filepath.Join(dir, "*", "*"))
	half := len(months) / 2
	parts := []string{extract("part1.jsonl", months[:half]...), extract("part2.jsonl", months[half:]...)}
	code, fromParts, errs := exitCode(t, exec.Command(bin, append([]string{"--json"}, parts...)...))
	if n := strings.Count(fromParts, `"published_inferred"`); code != exitOK || n != 60 {
		t.Fatalf("from the parts: exit %d, %d articles (%s)", code, n, errs)
	}
	// A line cut short, as by a failed job, is named and skipped.
	data, _ := os.ReadFile(parts[0])
	cut := data[:bytes.LastIndexByte(data[:len(data)-1], '\n')+20]
	os.WriteFile(parts[0], cut, 0o644)
	code, _, errs = exitCode(t, exec.Command(bin, "--json", parts[0]))
	if code != exitSkipped || !strings.Contains(errs, "part1.jsonl: line ") {
		t.Fatalf("cut line: exit %d, stderr %q", code, errs)
	}
}
