package main

import (
	"bufio"
	"fmt"
	"io"

	"dateline/parse"
	"dateline/seeds"
	"dateline/timeline"
	"dateline/timeline/corpus"
)

// runExtract is "dateline extract --jsonl": the events of each article as
// one JSON line, in input order. Like dateline, it reads every article
// first, for parse.Complete to date what only the articles it is given
// can date.
func runExtract(opts options, stdin io.Reader, stdout, stderr io.Writer) int {
	bw := bufio.NewWriterSize(stdout, 64<<10)
	lw := corpus.NewLinesWriter(bw)
	var werr error
	write := func(x *timeline.Extraction, _ string) {
		if werr == nil {
			werr = lw.Write(x)
		}
	}
	r := startReport(opts, stderr)
	var rep corpus.Report
	if len(opts.paths) == 0 {
		arts, probs := seeds.Articles()
		if err := setPublished(arts, opts.published); err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			return exitUsage
		}
		parse.Complete(arts)
		for _, a := range arts {
			write(timeline.Extract(a), "")
		}
		rep = corpus.Report{Articles: len(arts), Skipped: probs}
	} else {
		inputs, probs := parse.Walk(opts.paths)
		limitMemory(inputs)
		if err := checkPublished(inputs, opts.published); err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			return exitUsage
		}
		events := 0
		rep = corpus.Extract(inputs, opts.corpusOptions(stdin, r.progress), func(x *timeline.Extraction, origin string) {
			events += len(x.Events)
			write(x, origin)
		})
		rep.Events = events
		rep.Skipped = append(probs, rep.Skipped...)
	}
	if werr == nil {
		werr = bw.Flush()
	}
	code := r.finish(rep)
	if werr != nil {
		fmt.Fprintln(stderr, "dateline:", werr)
		return exitNoInput
	}
	return code
}
