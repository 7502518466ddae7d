package timeline

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// dateWidth is the width of the date column of the text output: the
// longest common value, "2025-03-13TNI", plus a space.
const dateWidth = 14

// WriteText writes events as plain text: a summary line, then for each
// event its date and sentence, and a second line with its actors and
// sources. The output has no colour or escape codes.
func WriteText(w io.Writer, tl *Timeline, events []*Event) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, Summary(tl, events))
	pad := strings.Repeat(" ", dateWidth)
	for _, e := range events {
		fmt.Fprintf(bw, "\n%-*s%s\n", dateWidth, e.Date, oneLine(e.Text))
		var detail []string
		if len(e.Actors) > 0 {
			detail = append(detail, "actors: "+strings.Join(e.Actors, ", "))
		}
		var srcs []string
		for _, s := range e.Sources {
			srcs = append(srcs, fmt.Sprintf("%s %q", s.Article, s.Expression))
		}
		detail = append(detail, "source: "+strings.Join(srcs, "; "))
		fmt.Fprintf(bw, "%s%s\n", pad, strings.Join(detail, " · "))
	}
	return bw.Flush()
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
	return strings.Join(strings.Fields(s), " ")
}
