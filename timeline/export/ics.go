package export

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"unicode"

	"dateline/timeline"
)

// icsLineLimit is the longest content line of an iCalendar file, in
// octets, without its CRLF (RFC 5545, section 3.1).
const icsLineLimit = 75

// errEmptyCalendar is returned for an iCalendar export of no events: the
// format requires at least one component in a calendar.
var errEmptyCalendar = errors.New("an iCalendar file needs at least one event, and no event was selected")

// writeICS writes an iCalendar file with an all-day VEVENT per event,
// spanning the days its date covers (a month-level event spans the month,
// a year-level one the year; DTEND is the day after, as RFC 5545 wants).
// DTSTAMP comes from the articles' publish dates, never from the clock,
// so the same articles give the same file.
func writeICS(w io.Writer, d *doc) error {
	if len(d.events) == 0 {
		return errEmptyCalendar
	}
	c := icsWriter{w: bufio.NewWriter(w)}
	c.line("BEGIN:VCALENDAR")
	c.line("VERSION:2.0")
	c.line("PRODID:-//dateline//timeline export//EN")
	c.line("CALSCALE:GREGORIAN")
	c.line("X-WR-CALNAME:" + escapeICS(d.title()))
	c.line("X-WR-CALDESC:" + escapeICS(d.subtitle()))
	ids := d.eventIDs()
	for i, e := range d.events {
		c.line("BEGIN:VEVENT")
		c.line("UID:" + ids[i] + "@dateline")
		c.line("DTSTAMP:" + d.stamp(e).UTC().Format("20060102T150405Z"))
		c.line("DTSTART;VALUE=DATE:" + e.Start.Format("20060102"))
		c.line("DTEND;VALUE=DATE:" + e.End.AddDate(0, 0, 1).Format("20060102"))
		c.line("SUMMARY:" + escapeICS(headline(e.Text)))
		c.line("DESCRIPTION:" + escapeICS(d.eventDescription(e)))
		if len(e.Actors) > 0 {
			cats := make([]string, len(e.Actors))
			for j, a := range e.Actors {
				cats[j] = escapeICS(a)
			}
			c.line("CATEGORIES:" + strings.Join(cats, ","))
		}
		c.line("END:VEVENT")
	}
	c.line("END:VCALENDAR")
	return c.w.Flush()
}

// eventDescription is the plain-text description of an event: its
// sentence, its date in words and as a TimeML value, and its sources with
// how each resolved the date.
func (d *doc) eventDescription(e *timeline.Event) string {
	lines := []string{flatten(e.Text), "", "Date: " + dateLabel(e) + " (" + e.Date + ")", "Sources:"}
	for _, s := range e.Sources {
		how := "“" + s.Expression + "”"
		if s.Explanation != "" {
			how = s.Explanation
		}
		lines = append(lines, "- "+d.articleRef(s.Article)+": "+how)
	}
	return strings.Join(lines, "\n")
}

// icsWriter writes content lines ended by CRLF and folded at
// icsLineLimit octets, never inside a UTF-8 sequence.
type icsWriter struct {
	w *bufio.Writer
}

func (c icsWriter) line(s string) {
	limit := icsLineLimit
	for len(s) > limit {
		part := truncateUTF8(s, limit)
		c.w.WriteString(part)
		// A continuation line starts with a space, which counts in its
		// length.
		c.w.WriteString("\r\n ")
		s = s[len(part):]
		limit = icsLineLimit - 1
	}
	c.w.WriteString(s)
	c.w.WriteString("\r\n")
}

// escapeICS writes text as an iCalendar TEXT value (RFC 5545, section
// 3.3.11): backslash, semicolon and comma escaped, line breaks as \n, and
// the other control characters, which TEXT cannot hold, as spaces.
func escapeICS(s string) string {
	s = strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return icsEscaper.Replace(s)
}

var icsEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)
