package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"dateline/parse"
	"dateline/timeline/corpus"
)

const usage = `dateline turns news articles into a timeline of the events they report.

Usage:
  dateline [flags] [PATH ...]
  dateline extract --jsonl [flags] [PATH ...]
  dateline tag [--dct YYYY-MM-DD] [--json | --jsonl] [FILE]

PATH is an article file, a directory (read recursively for .txt, .md and
.jsonl files; hidden ones skipped), a .jsonl file written by dateline
extract, or - for standard input. Without PATH, dateline shows the
timeline of its five built-in seed articles.

dateline extract --jsonl writes the events of each article as one JSON
line, for merging later: dateline reads such files back.

Flags:
  --print          write the timeline as plain text (the default when
                   standard output is not a terminal)
  --json           write the timeline as JSON
  --format NAME    write the timeline as NAME: text, json, jsonl, csv,
                   timelinejs, ics or markdown
  -o, --output FILE
                   write to FILE instead of standard output, in the format
                   its extension names unless --format says otherwise
  --force          let --output replace an existing file
  --actor NAME     keep events involving NAME (repeatable: any of them)
  --from DATE      keep events that end on or after DATE (YYYY, YYYY-MM
                   or YYYY-MM-DD)
  --to DATE        keep events that start on or before DATE
  --published ID=YYYY-MM-DD
                   set the publish date of article ID (repeatable)
  --search TEXT    keep events whose text, actors or articles contain TEXT
  --max-size SIZE  skip files larger than SIZE (default 10MB; 0 for no
                   limit); in .jsonl files, the limit applies to each line
  --jobs N         read and extract N files at once (default: CPUs + 1)
  --quiet          no progress, summary or remarks on standard error;
                   skipped files are still named
  --mouse          let the mouse wheel scroll the browser
  --version        print the version
  --help           print this help

Exit codes:
  0  every input was read
  1  no article could be read, or the output could not be written
  2  bad flags or arguments, or an output file that exists without --force
  3  the timeline was written, but some inputs were skipped (named on
     standard error with the reason)
`

// options are the parsed command line.
type options struct {
	format  string // export format; "" for the browser on a terminal, text otherwise
	output  string // file to write; "" or "-" for standard output
	force   bool
	search  string
	mouse   bool
	actors  []string
	paths   []string
	version bool
	extract bool // the extract subcommand
	jsonl   bool
	quiet   bool
	maxSize int64
	jobs    int

	// from and to bound the dates of the events shown.
	from, to periodFlag
	// published are publish dates given on the command line.
	published publishedFlag
}

var errHelp = errors.New("help requested")

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("needs a non-empty value")
	}
	*l = append(*l, s)
	return nil
}

// parseFlags reads the command line. Flags may come before, between or
// after the paths; "--" ends the flags.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	o := options{maxSize: parse.DefaultMaxSize}
	if len(args) > 0 && args[0] == "extract" {
		o.extract, args = true, args[1:]
	}
	var print, asJSON, help bool
	var actors listFlag
	fs := flag.NewFlagSet("dateline", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&print, "print", false, "")
	fs.BoolVar(&asJSON, "json", false, "")
	fs.StringVar(&o.format, "format", "", "")
	fs.StringVar(&o.output, "o", "", "")
	fs.StringVar(&o.output, "output", "", "")
	fs.BoolVar(&o.force, "force", false, "")
	fs.StringVar(&o.search, "search", "", "")
	fs.BoolVar(&o.mouse, "mouse", false, "")
	fs.Var(&actors, "actor", "")
	fs.BoolVar(&o.jsonl, "jsonl", false, "")
	fs.BoolVar(&o.quiet, "quiet", false, "")
	fs.Var((*sizeFlag)(&o.maxSize), "max-size", "")
	fs.Var((*jobsFlag)(&o.jobs), "jobs", "")
	o.published = publishedFlag{}
	fs.Var(&o.from, "from", "")
	fs.Var(&o.to, "to", "")
	fs.Var(o.published, "published", "")
	fs.BoolVar(&o.version, "version", false, "")
	fs.BoolVar(&help, "help", false, "")
	fs.BoolVar(&help, "h", false, "")
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return o, errHelp
			}
			return o, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		// fs.Parse stops at the first path, or after "--".
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			o.paths = append(o.paths, rest...)
			break
		}
		o.paths = append(o.paths, rest[0])
		args = rest[1:]
	}
	if help {
		return o, errHelp
	}
	switch {
	case o.extract && !o.jsonl:
		return o, fmt.Errorf("extract needs --jsonl, the one format it writes")
	case o.extract && (print || asJSON || o.format != "" || o.output != "" || len(actors) > 0 || o.search != "" || o.from.value != "" || o.to.value != ""):
		return o, fmt.Errorf("extract writes every event of every article as JSON Lines on standard output: --print, --json, --format, --output, --actor, --search, --from and --to do not apply")
	case o.jsonl && !o.extract:
		return o, fmt.Errorf("--jsonl is for dateline extract (for a timeline as JSON Lines, use --format jsonl)")
	}
	o.actors = actors
	if err := checkRange(o.from, o.to); err != nil {
		return o, err
	}
	var err error
	o.format, err = chooseFormat(o.format, print, asJSON, o.output)
	return o, err
}

// sizeFlag is a number of bytes written like "50MB" (see parse.ParseSize).
type sizeFlag int64

func (f *sizeFlag) String() string { return parse.FormatSize(int64(*f)) }

func (f *sizeFlag) Set(s string) error {
	n, err := parse.ParseSize(s)
	if err != nil {
		return err
	}
	*f = sizeFlag(n)
	return nil
}

// jobsFlag is a number of parallel workers, at least 1.
type jobsFlag int

func (f *jobsFlag) String() string { return strconv.Itoa(int(*f)) }

func (f *jobsFlag) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 || n > 1024 {
		return fmt.Errorf("%q: want a number of workers from 1 to 1024", s)
	}
	*f = jobsFlag(n)
	return nil
}

// corpusOptions are the loading options the flags set. Between reading
// and extracting, the publish dates given with --published are set and
// parse.Complete dates what only the corpus can date.
func (o options) corpusOptions(stdin io.Reader, p *corpus.Progress) corpus.Options {
	return corpus.Options{
		MaxSize: o.maxSize, Workers: o.jobs, Stdin: stdin, Progress: p,
		Prepare: func(arts []*parse.Article) {
			applyPublished(arts, o.published)
			parse.Complete(arts)
		},
	}
}
