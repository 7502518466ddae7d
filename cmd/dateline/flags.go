package main

import (
	"errors"
	"flag"
	"io"
	"strings"
)

const usage = `dateline turns news articles into a timeline of the events they report.

Usage:
  dateline [flags] [PATH ...]
  dateline tag [--dct YYYY-MM-DD] [--json | --jsonl] [FILE]

PATH is an article file, a directory of .txt and .md articles (read
recursively), or - for one article on standard input. Without PATH,
dateline shows the timeline of its five built-in seed articles.

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
  --mouse          let the mouse wheel scroll the browser
  --version        print the version
  --help           print this help

Exit codes: 0 success, 1 no article could be read or the output could not
be written, 2 bad flags or an output file that exists without --force.
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
	var o options
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
	o.actors = actors
	if err := checkRange(o.from, o.to); err != nil {
		return o, err
	}
	var err error
	o.format, err = chooseFormat(o.format, print, asJSON, o.output)
	return o, err
}
