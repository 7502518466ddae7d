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
	"dateline/timeline/corpus"
	"dateline/tui"
)

// version is the program's version, printed by --version.
const version = "0.1.0"

// Exit codes, documented in the usage text and the README.
const (
	exitOK      = 0
	exitNoInput = 1 // no article could be read, or the output failed
	exitUsage   = 2 // bad flags or arguments
	exitSkipped = 3 // some inputs were skipped, the others were used
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

	if opts.extract {
		return runExtract(opts, stdin, stdout, stderr)
	}
	tl, code := load(opts, stdin, stderr)
	if tl == nil {
		return code
	}
	filter := timeline.Filter{Actors: opts.actors, Text: opts.search, From: opts.from.first, To: opts.to.last}
	events := tl.Select(filter)

	if size := os.Getenv(frameEnv); size != "" {
		return renderFrame(size, tl, tui.Options{Filter: filter}, stdout, stderr)
	}
	if opts.format != "" || !isTerminal(stdout) {
		if out := writeExport(opts, filter, tl, events, stdout, stderr); out != exitOK {
			return out
		}
		return code
	}
	if err := tui.Run(tl, tui.Options{Filter: filter, Mouse: opts.mouse}); err != nil {
		fmt.Fprintln(stderr, "dateline:", err)
		return exitNoInput
	}
	return code
}

// load builds the timeline of the articles named by opts.paths, or of the
// seed articles when there are none, reporting on stderr what was
// skipped. It returns a nil timeline when no article could be read, and
// the exit code to end with.
func load(opts options, stdin io.Reader, stderr io.Writer) (*timeline.Timeline, int) {
	r := startReport(opts, stderr)
	var tl *timeline.Timeline
	var rep corpus.Report
	if len(opts.paths) == 0 {
		arts, probs := seeds.Articles()
		if err := setPublished(arts, opts.published); err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			return nil, exitUsage
		}
		parse.Complete(arts)
		tl = timeline.Build(arts)
		rep = corpus.Report{Articles: len(arts), Events: len(tl.Events), Skipped: probs}
	} else {
		inputs, probs := parse.Walk(opts.paths)
		limitMemory(inputs)
		if err := checkPublished(inputs, opts.published); err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			return nil, exitUsage
		}
		tl, rep = corpus.LoadInputs(inputs, opts.corpusOptions(stdin, r.progress))
		rep.Skipped = append(probs, rep.Skipped...)
	}
	code := r.finish(rep)
	if code == exitNoInput {
		return nil, code
	}
	return tl, code
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
