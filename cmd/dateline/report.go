package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"

	"dateline/parse"
	"dateline/timeline/corpus"
)

// progressDelay is how long loading runs before a progress line appears.
const progressDelay = 500 * time.Millisecond

// report tells the user on stderr how loading goes: a progress line while
// it takes long, then the inputs skipped and why, remarks on the others,
// and a summary line.
type report struct {
	w        io.Writer
	quiet    bool
	terminal bool // stderr is a terminal: progress and summary are shown
	start    time.Time
	progress *corpus.Progress
	stop     chan struct{}
	stopped  chan bool // receives whether progress was shown
}

// startReport starts reporting; the progress line runs until finish.
func startReport(opts options, stderr io.Writer) *report {
	r := &report{w: stderr, quiet: opts.quiet, terminal: isTerminal(stderr), start: time.Now()}
	if r.terminal && !r.quiet {
		r.progress = new(corpus.Progress)
		r.stop, r.stopped = make(chan struct{}), make(chan bool, 1)
		go r.showProgress()
	}
	return r
}

func (r *report) showProgress() {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	shown := false
	for {
		select {
		case <-r.stop:
			if shown {
				fmt.Fprint(r.w, "\r\x1b[K")
			}
			r.stopped <- shown
			return
		case <-tick.C:
			if elapsed := time.Since(r.start); elapsed >= progressDelay {
				fmt.Fprint(r.w, "\r\x1b[K"+progressLine(r.progress, elapsed))
				shown = true
			}
		}
	}
}

// progressLine is "[#####.....] read 10000/10000 · extracted 4210/10000 ·
// 3950 articles/s": the bar counts reading and extracting each input.
func progressLine(p *corpus.Progress, elapsed time.Duration) string {
	const width = 30
	read, done, total := p.Read.Load(), p.Done.Load(), p.Total.Load()
	filled := 0
	if total > 0 {
		filled = int((read + done) * width / (2 * total))
	}
	rate := float64(p.Articles.Load()) / elapsed.Seconds()
	return fmt.Sprintf("[%s%s] read %d/%d · extracted %d/%d · %.0f articles/s",
		strings.Repeat("#", filled), strings.Repeat(".", width-filled), read, total, done, total, rate)
}

// finish ends the progress line, names the skipped inputs (always) and
// the remarks (unless quiet), prints the summary when on a terminal and
// loading was long or skipped something, and returns the exit code.
func (r *report) finish(rep corpus.Report) int {
	shown := false
	if r.stop != nil {
		close(r.stop)
		shown = <-r.stopped
	}
	for _, p := range rep.Skipped {
		hint := ""
		if errors.Is(p.Err, parse.ErrTooLarge) {
			hint = " (raise the limit with --max-size)"
		}
		fmt.Fprintf(r.w, "dateline: skipped %v%s\n", p, hint)
	}
	if !r.quiet {
		for _, p := range rep.Notes {
			fmt.Fprintf(r.w, "dateline: note: %v\n", p)
		}
	}
	if r.terminal && !r.quiet && (shown || len(rep.Skipped) > 0) {
		fmt.Fprintln(r.w, "dateline: "+summary(rep, time.Since(r.start)))
	}
	switch {
	case rep.Articles == 0:
		fmt.Fprintln(r.w, "dateline: no article could be read")
		return exitNoInput
	case len(rep.Skipped) > 0:
		return exitSkipped
	}
	return exitOK
}

// summary is "read 9998 articles, skipped 3 (2 binary, 1 too large),
// 48113 events in 2.1s": the reasons most frequent first, then in the
// order met.
func summary(rep corpus.Report, elapsed time.Duration) string {
	s := fmt.Sprintf("read %d articles", rep.Articles)
	if len(rep.Skipped) > 0 {
		count := map[string]int{}
		var reasons []string
		for _, p := range rep.Skipped {
			r := reason(p.Err)
			if count[r] == 0 {
				reasons = append(reasons, r)
			}
			count[r]++
		}
		sort.SliceStable(reasons, func(i, j int) bool { return count[reasons[i]] > count[reasons[j]] })
		var parts []string
		for _, r := range reasons {
			parts = append(parts, fmt.Sprintf("%d %s", count[r], r))
		}
		s += fmt.Sprintf(", skipped %d (%s)", len(rep.Skipped), strings.Join(parts, ", "))
	}
	return s + fmt.Sprintf(", %d events in %.1fs", rep.Events, elapsed.Seconds())
}

// reason names the kind of a problem in a few words, for the summary.
func reason(err error) string {
	switch {
	case errors.Is(err, parse.ErrBinary):
		return "binary"
	case errors.Is(err, parse.ErrEncoding):
		return "not UTF-8 or UTF-16"
	case errors.Is(err, parse.ErrTooLarge):
		return "too large"
	case errors.Is(err, parse.ErrEmpty):
		return "empty"
	case errors.Is(err, parse.ErrRepeated):
		return "read already"
	case errors.Is(err, fs.ErrNotExist):
		return "missing"
	case errors.Is(err, fs.ErrPermission):
		return "unreadable"
	}
	return "other"
}
