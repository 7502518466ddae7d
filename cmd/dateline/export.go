package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"dateline/timeline"
	"dateline/timeline/export"
)

// chooseFormat settles the output format from --format, its aliases
// --print (text) and --json (json), and the extension of the --output
// file: "story.ics" is written as iCalendar unless --format says
// otherwise, a file with no known extension as text. It returns "" when
// nothing asks for a format, which leaves run to choose: the browser on a
// terminal, text otherwise.
func chooseFormat(name string, print, asJSON bool, output string) (string, error) {
	type request struct{ flag, format string }
	var asked []request
	if name != "" {
		if _, err := export.Lookup(name); err != nil {
			return "", fmt.Errorf("--format: %v", err)
		}
		asked = append(asked, request{"--format " + name, name})
	}
	if print {
		asked = append(asked, request{"--print", "text"})
	}
	if asJSON {
		asked = append(asked, request{"--json", "json"})
	}
	for _, r := range asked {
		if r.format != asked[0].format {
			return "", fmt.Errorf("%s and %s cannot be used together", asked[0].flag, r.flag)
		}
	}
	switch {
	case len(asked) > 0:
		return asked[0].format, nil
	case output == "":
		return "", nil
	}
	if f, ok := export.ForPath(output); ok {
		return f.Name, nil
	}
	return "text", nil
}

// writeExport writes the selected events in the chosen format to the
// --output file, or to standard output.
func writeExport(opts options, filter timeline.Filter, tl *timeline.Timeline, events []*timeline.Event, stdout, stderr io.Writer) int {
	format := opts.format
	if format == "" {
		format = "text"
	}
	meta := export.Meta{Filter: filter}
	var err error
	if opts.output == "" || opts.output == "-" {
		err = export.Write(stdout, format, tl, events, meta)
	} else {
		err = export.WriteFile(opts.output, format, tl, events, meta, opts.force)
	}
	switch {
	case errors.Is(err, fs.ErrExist):
		fmt.Fprintf(stderr, "dateline: %s already exists; add --force to replace it\n", opts.output)
		return exitUsage
	case err != nil:
		fmt.Fprintln(stderr, "dateline:", err)
		return exitNoInput
	}
	return exitOK
}
