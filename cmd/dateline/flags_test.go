package main

import (
	"io"
	"strings"
	"testing"
)

func TestFlagValues(t *testing.T) {
	cases := []struct {
		args    []string
		maxSize int64
		jobs    int
		err     string
	}{
		{[]string{"--max-size", "50MB"}, 50_000_000, 0, ""},
		{[]string{"--max-size=1GiB", "--jobs", "3"}, 1 << 30, 3, ""},
		{[]string{"--max-size", "0"}, 0, 0, ""},
		{[]string{"--max-size", "lots"}, 0, 0, "not a size"},
		{[]string{"--max-size", "5 parsecs"}, 0, 0, "not a size"},
		{[]string{"--max-size", "5XB"}, 0, 0, "unknown unit"},
		{[]string{"--jobs", "0"}, 0, 0, "from 1 to 1024"},
		{[]string{"--jobs", "many"}, 0, 0, "from 1 to 1024"},
		{[]string{"extract"}, 0, 0, "needs --jsonl"},
		{[]string{"extract", "--jsonl", "--print"}, 0, 0, "do not apply"},
		{[]string{"--jsonl"}, 0, 0, "for dateline extract"},
	}
	for _, c := range cases {
		o, err := parseFlags(c.args, io.Discard)
		switch {
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("%q: error %v, want one with %q", c.args, err, c.err)
		case c.err == "" && (err != nil || o.maxSize != c.maxSize || o.jobs != c.jobs):
			t.Errorf("%q: max size %d, jobs %d, error %v; want %d, %d", c.args, o.maxSize, o.jobs, err, c.maxSize, c.jobs)
		}
	}
}

// FuzzFlags runs the command line parser on any arguments (separated by
// NUL in the fuzzed string), flag values included (--max-size, --jobs,
// --from, --to, --published): it must give options or an error, never
// panic, and never options the loader cannot use.
func FuzzFlags(f *testing.F) {
	for _, s := range []string{
		"--print\x00a.txt", "--json\x00--actor\x00Putin\x00-", "extract\x00--jsonl\x00dir\x00--max-size\x0050MB",
		"--max-size=1.5GiB\x00--jobs=2\x00--\x00--print", "--frobnicate", "--actor", "--actor=\x00x", "tag",
		"--from\x002024\x00--to\x002025-03", "--from=2025-02-30", "--to\x0010000", "--from\x002025\x00--to\x002024",
		"--published\x00a=2025-03-12", "--published\x00=2025-03-12", "--published\x00a/b=2025-13-01", "extract\x00--jsonl\x00--published\x00x=2025-01-01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := parseFlags(strings.Split(s, "\x00"), io.Discard)
		if err != nil {
			return
		}
		if o.maxSize < 0 || o.jobs < 0 || o.extract && o.format != "" {
			t.Fatalf("bad options %+v", o)
		}
		if !o.from.first.IsZero() && !o.to.last.IsZero() && o.from.first.After(o.to.last) {
			t.Fatalf("--from %s after --to %s accepted", o.from.value, o.to.value)
		}
		for id, d := range o.published {
			if id == "" || d.IsZero() {
				t.Fatalf("--published %q=%v accepted", id, d)
			}
		}
	})
}
