package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dateline/timeline"
)

// mdYear is the events under one year heading of a Markdown export:
// first those known only to the year, then those of each month.
type mdYear struct {
	heading string // "2024", or "1990s" for a period of years
	whole   []*timeline.Event
	months  []mdMonth
}

type mdMonth struct {
	month  time.Month
	events []*timeline.Event
}

// writeMarkdown writes the events under a heading per year and per month
// (events known only to the year come before the months), a bullet each
// with its date in words and its sentence, and its sources as footnotes.
func writeMarkdown(w io.Writer, d *doc) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n\n%s\n", escapeMarkdown(d.title()), escapeMarkdown(d.subtitle()))
	var notes []string
	bullet := func(e *timeline.Event) {
		fmt.Fprintf(bw, "- **%s** — %s", escapeMarkdown(dateLabel(e)), escapeMarkdown(flatten(e.Text)))
		for _, s := range e.Sources {
			notes = append(notes, d.footnote(s))
			fmt.Fprintf(bw, "[^%d]", len(notes))
		}
		bw.WriteString("\n")
	}
	for _, y := range byYearAndMonth(d.events) {
		fmt.Fprintf(bw, "\n## %s\n", escapeMarkdown(y.heading))
		if len(y.whole) > 0 {
			bw.WriteString("\n")
			for _, e := range y.whole {
				bullet(e)
			}
		}
		for _, m := range y.months {
			fmt.Fprintf(bw, "\n### %s\n\n", m.month)
			for _, e := range m.events {
				bullet(e)
			}
		}
	}
	if len(notes) > 0 {
		bw.WriteString("\n")
	}
	for i, n := range notes {
		fmt.Fprintf(bw, "[^%d]: %s\n", i+1, n)
	}
	return bw.Flush()
}

// byYearAndMonth groups events under the year they start in and the
// month they start in, in order of first appearance, keeping their order
// within each group. Events known only to the year have no month, and
// those of a period of years ("1990s") a heading of their own. For events
// in timeline order this only inserts the headings.
func byYearAndMonth(events []*timeline.Event) []mdYear {
	var years []mdYear
	index := map[string]int{}
	for _, e := range events {
		s := spanOf(e)
		heading := strconv.Itoa(e.Start.Year())
		if s.Precision == yearPrecision && s.End != nil {
			heading = dateLabel(e)
		}
		yi, ok := index[heading]
		if !ok {
			yi = len(years)
			index[heading] = yi
			years = append(years, mdYear{heading: heading})
		}
		y := &years[yi]
		if s.Precision == yearPrecision {
			y.whole = append(y.whole, e)
			continue
		}
		mi := len(y.months)
		for i, m := range y.months {
			if m.month == e.Start.Month() {
				mi = i
			}
		}
		if mi == len(y.months) {
			y.months = append(y.months, mdMonth{month: e.Start.Month()})
		}
		y.months[mi].events = append(y.months[mi].events, e)
	}
	return years
}

// footnote cites one source of an event: the article and how the date was
// resolved from its expression.
func (d *doc) footnote(s timeline.Source) string {
	how := "“" + s.Expression + "”"
	if s.Explanation != "" {
		how = s.Explanation
	}
	return escapeMarkdown(d.articleRef(s.Article) + ": " + how)
}

// escapeMarkdown escapes what CommonMark, with GitHub's footnotes and
// strikethrough, would read as markup inside a line of text: emphasis,
// code, links, HTML. An underscore inside a word ("000_9cbf") cannot start
// emphasis and is left as it is, to keep ids readable.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '[', ']', '<', '~':
			b.WriteByte('\\')
		case '_':
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+1:])
			if !isWordRune(before) || !isWordRune(after) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
