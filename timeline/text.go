package timeline

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
)

// dateWidth is the width of the date column of the text output: the
// longest common value, "2025-03-13TNI", plus a space.
const dateWidth = 14

// WriteText writes events as plain text: a summary line, then the events
// under year and month headings, each with its date and sentence (a
// report's headline, marked), and a line with its actors and its
// sources. The output has no colour or escape codes.
func WriteText(w io.Writer, tl *Timeline, events []*Event) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, Summary(tl, events))
	published := map[string]Article{}
	for _, a := range tl.Articles {
		published[a.ID] = a
	}
	pad := strings.Repeat(" ", dateWidth)
	var year, month string
	for _, e := range events {
		if y := YearHeading(e); y != year {
			year, month = y, ""
			fmt.Fprintf(bw, "\n# %s\n", y)
		}
		if m := MonthHeading(e); m != month {
			month = m
			if m != "" {
				fmt.Fprintf(bw, "\n## %s\n", m)
			}
		}
		text := oneLine(e.Text)
		if e.Kind == KindReport {
			text = "[report] " + text
		}
		fmt.Fprintf(bw, "\n%-*s%s\n", dateWidth, e.Date, text)
		var detail []string
		if len(e.Actors) > 0 {
			detail = append(detail, "actors: "+strings.Join(e.Actors, ", "))
		}
		detail = append(detail, sourcesLine(e, published))
		fmt.Fprintf(bw, "%s%s\n", pad, strings.Join(detail, " · "))
	}
	return bw.Flush()
}

// sourcesLine says how many articles report an event, and which, with
// the expression that dates it in each (for a report, how its publish
// date is known).
func sourcesLine(e *Event, arts map[string]Article) string {
	var srcs []string
	for _, s := range e.Sources {
		switch {
		case e.Kind != KindReport:
			srcs = append(srcs, fmt.Sprintf("%s %q", s.Article, s.Expression))
		case arts[s.Article].PublishedInferred:
			srcs = append(srcs, s.Article+" (publish date inferred)")
		default:
			srcs = append(srcs, s.Article)
		}
	}
	noun := "sources"
	if len(srcs) == 1 {
		noun = "source"
	}
	return fmt.Sprintf("%d %s: %s", len(srcs), noun, strings.Join(srcs, "; "))
}

// YearHeading names the year an event is listed under: the year it
// starts in, or the span of years of a longer period ("1990–1999").
func YearHeading(e *Event) string {
	if e.End.Year() != e.Start.Year() {
		return fmt.Sprintf("%d–%d", e.Start.Year(), e.End.Year())
	}
	return fmt.Sprint(e.Start.Year())
}

// MonthHeading names the month an event is listed under within its year:
// the month it falls in (a week, the month it starts in), the span of
// months of a season or quarter ("July–September 2024"), or "" for a
// whole year or more.
func MonthHeading(e *Event) string {
	s, t := e.Start, e.End
	switch {
	case s.Year() != t.Year() && t.Sub(s) > 7*24*time.Hour,
		s.Month() == time.January && s.Day() == 1 && t.Month() == time.December && t.Day() == 31:
		return ""
	case s.Month() == t.Month() || t.Sub(s) <= 7*24*time.Hour:
		return fmt.Sprintf("%s %d", s.Month(), s.Year())
	}
	return fmt.Sprintf("%s–%s %d", s.Month(), t.Month(), s.Year())
}

// Summary describes a selection of events in one line: how many articles
// and events, and the span of dates.
func Summary(tl *Timeline, events []*Event) string {
	s := fmt.Sprintf("%d articles, %d events", len(tl.Articles), len(events))
	if len(events) > 0 {
		s += fmt.Sprintf(", %s to %s", events[0].Date, events[len(events)-1].Date)
	}
	return s
}

// oneLine folds the white space of s, line breaks included, to single
// spaces.
func oneLine(s string) string {
	if isOneLine(s) { // most sentences: no copy
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isOneLine reports whether oneLine would leave s as it is: no white
// space but single spaces between words.
func isOneLine(s string) bool {
	afterSpace := true // a space first is one to fold
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (afterSpace || r != ' ') {
			return false
		}
		afterSpace = space
	}
	return !afterSpace || s == ""
}
