// Command dateline turns news articles into a timeline of the events they
// report, dated against each article's publish date.
//
// Usage:
//
//	dateline [flags] [PATH ...]
//
// PATH is an article file, a directory of .txt and .md articles, or "-" for
// one article on standard input. Without PATH, dateline shows the timeline
// of its built-in seed articles. Run "dateline --help" for the flags.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/mattn/go-isatty"

	"dateline/parse"
	"dateline/seeds"
	"dateline/timeline"
	"dateline/tui"
)

// version is the program's version, printed by --version.
const version = "0.1.0"

// Exit codes.
const (
	exitOK      = 0
	exitNoInput = 1 // no article could be read
	exitUsage   = 2 // bad flags or arguments
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, apart from the process around it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "tag" {
		return runTag(args[1:], stdin, stdout, stderr)
	}
	opts, err := parseFlags(args, stderr)
	if err == errHelp {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\nRun 'dateline --help' for usage.\n", err)
		return exitUsage
	}
	if opts.version {
		fmt.Fprintln(stdout, "dateline", version)
		return exitOK
	}

	arts, probs := load(opts.paths, stdin)
	for _, p := range probs {
		fmt.Fprintf(stderr, "dateline: skipped %v\n", p)
	}
	if len(arts) == 0 {
		fmt.Fprintln(stderr, "dateline: no article could be read")
		return exitNoInput
	}
	if err := setPublished(arts, opts.published); err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitUsage
	}
	parse.Complete(arts)
	tl := timeline.Build(arts)
	filter := timeline.Filter{Actors: opts.actors, Text: opts.search, From: opts.from.first, To: opts.to.last}
	events := tl.Select(filter)

	if opts.format != "" || !isTerminal(stdout) {
		return writeExport(opts, filter, tl, events, stdout, stderr)
	}
	if err := tui.Run(tl, tui.Options{Filter: filter, Mouse: opts.mouse}); err != nil {
		fmt.Fprintln(stderr, "dateline:", err)
		return exitNoInput
	}
	return exitOK
}

// load reads the articles named by paths, or the seed articles when there
// are none.
func load(paths []string, stdin io.Reader) ([]*parse.Article, []parse.Problem) {
	if len(paths) == 0 {
		return seeds.Articles()
	}
	return parse.LoadPaths(paths, stdin)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
