// Package export writes a selection of timeline events in the formats other
// tools read: plain text, dateline's JSON and JSON Lines, a TimelineJS
// spreadsheet (CSV) or JSON file, an iCalendar file and Markdown.
//
// Every format keeps the real precision of each date: an event dated to a
// month is never given a day, one dated to a year is never given a month,
// and TimeML periods such as weeks, quarters, seasons and decades are
// written as the first and last day, month or year they cover. Output
// depends only on the timeline, never on the clock, so the same input
// always exports to the same bytes.
package export

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"dateline/timeline"
)

// Format is one export format.
type Format struct {
	Name        string // what --format takes: "csv", "ics", …
	Description string // one line for menus and help
	Extension   string // file name extension, without the leading dot
	write       func(w io.Writer, d *doc) error
}

// formats are the export formats, in the order menus show them.
var formats = []Format{
	{"text", "plain text, as dateline --print writes it", "txt", writeText},
	{"json", "dateline's JSON: articles, actors and events", "json", writeJSON},
	{"jsonl", "JSON Lines: one event a line, with the fields of the JSON events", "jsonl", writeJSONLines},
	{"csv", "TimelineJS spreadsheet columns, for Google Sheets or Excel", "csv", writeCSV},
	{"timelinejs", "TimelineJS JSON, to embed an interactive timeline", "timelinejs.json", writeTimelineJS},
	{"ics", "iCalendar: an all-day calendar entry per event", "ics", writeICS},
	{"markdown", "Markdown: headings per year and month, sources as footnotes", "md", writeMarkdown},
}

// Formats returns the export formats, in the order a menu should list
// them.
func Formats() []Format {
	return append([]Format(nil), formats...)
}

// Names returns the names of the export formats.
func Names() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return names
}

// Lookup returns the format with the given name. The error of an unknown
// name lists the valid ones.
func Lookup(name string) (Format, error) {
	for _, f := range formats {
		if f.Name == name {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("unknown format %q (valid formats: %s)", name, strings.Join(Names(), ", "))
}

// ForPath returns the format whose extension ends the file name path,
// preferring the longest extension: "story.timelinejs.json" is timelinejs,
// "story.json" is json.
func ForPath(path string) (Format, bool) {
	base := strings.ToLower(filepath.Base(path))
	var best Format
	for _, f := range formats {
		if strings.HasSuffix(base, "."+f.Extension) && len(f.Extension) > len(best.Extension) {
			best = f
		}
	}
	return best, best.Name != ""
}

// Meta is what an export says about itself besides the events.
type Meta struct {
	// Title names the timeline in formats that have a title (TimelineJS,
	// iCalendar, Markdown); "Timeline" when empty.
	Title string
	// Filter is the filter the events were selected with; formats with a
	// title describe it under the title.
	Filter timeline.Filter
}

// Write writes events, a selection of tl's events in timeline order, in
// the named format.
func Write(w io.Writer, format string, tl *timeline.Timeline, events []*timeline.Event, meta Meta) error {
	f, err := Lookup(format)
	if err != nil {
		return err
	}
	return f.write(w, newDoc(tl, events, meta))
}

// WriteFile writes events in the named format to the file path. Unless
// force is true it refuses to replace an existing file, with an error for
// which errors.Is(err, fs.ErrExist) holds. The export is made in full
// before the file is created, so a failed export leaves no file behind.
func WriteFile(path, format string, tl *timeline.Timeline, events []*timeline.Event, meta Meta, force bool) error {
	var buf bytes.Buffer
	if err := Write(&buf, format, tl, events, meta); err != nil {
		return err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(buf.Bytes())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}
