package main

import (
	"fmt"
	"io"

	"dateline/timeline"
	"dateline/tui"
)

// frameEnv names an environment variable that makes dateline render the
// browser's first frame for a terminal of the size it gives ("80x24") on
// standard output, and exit: it measures the time from process start to
// the first frame, and shows the frame without a terminal.
const frameEnv = "DATELINE_FRAME"

func renderFrame(size string, tl *timeline.Timeline, opts tui.Options, stdout, stderr io.Writer) int {
	var w, h int
	if _, err := fmt.Sscanf(size, "%dx%d", &w, &h); err != nil || w < 1 || h < 1 || w > 10000 || h > 10000 {
		fmt.Fprintf(stderr, "dateline: %s=%q: want WIDTHxHEIGHT, like 80x24\n", frameEnv, size)
		return exitUsage
	}
	m := tui.New(tl, opts)
	m.SetSize(w, h)
	if _, err := fmt.Fprintln(stdout, m.View()); err != nil {
		fmt.Fprintln(stderr, "dateline:", err)
		return exitNoInput
	}
	return exitOK
}
