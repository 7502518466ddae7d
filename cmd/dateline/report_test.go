package main

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"time"

	"dateline/parse"
	"dateline/timeline/corpus"
)

func TestSummary(t *testing.T) {
	rep := corpus.Report{Articles: 9998, Events: 48113, Skipped: []parse.Problem{
		{Path: "a.png", Err: parse.ErrBinary},
		{Path: "b.txt", Err: parse.ErrTooLarge},
		{Path: "c.txt", Err: fs.ErrNotExist},
		{Path: "d.pdf", Err: parse.ErrBinary},
	}}
	got := summary(rep, 2100*time.Millisecond)
	want := "read 9998 articles, skipped 4 (2 binary, 1 too large, 1 missing), 48113 events in 2.1s"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestProgressLine(t *testing.T) {
	var p corpus.Progress
	p.Total.Store(10000)
	p.Read.Store(10000)
	p.Done.Store(2500)
	p.Articles.Store(2400)
	got := progressLine(&p, 2*time.Second)
	want := "[##################............] read 10000/10000 · extracted 2500/10000 · 1200 articles/s"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestReportNotATerminal checks that without a terminal, stderr gets the
// skipped files and remarks, but no progress and no summary.
func TestReportNotATerminal(t *testing.T) {
	var stderr bytes.Buffer
	r := startReport(options{}, &stderr)
	code := r.finish(corpus.Report{Articles: 1, Skipped: []parse.Problem{{Path: "x.bin", Err: parse.ErrBinary}},
		Notes: []parse.Problem{{Path: "y.txt", Err: errors.New("read as UTF-16LE")}}})
	want := "dateline: skipped x.bin: binary data, not text\ndateline: note: y.txt: read as UTF-16LE\n"
	if code != exitSkipped || stderr.String() != want {
		t.Errorf("exit %d, stderr %q; want %d, %q", code, stderr.String(), exitSkipped, want)
	}
	stderr.Reset()
	r = startReport(options{quiet: true}, &stderr)
	if code := r.finish(corpus.Report{}); code != exitNoInput || !strings.Contains(stderr.String(), "no article could be read") {
		t.Errorf("nothing read: exit %d, stderr %q", code, stderr.String())
	}
}
