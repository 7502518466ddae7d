package parse

import (
	"regexp"
	"sort"
	"strings"
	"time"
)

// readTextDate dates an article without a header date from its own text.
// A dateline ("KYIV, March 12, 2025 —", "Updated 12 March 2025 10:35")
// states the publish date; a photo caption with a full date ("… in Moscow
// on March 13, 2025.") dates it closely, as news photos are of the day.
// The latest of those is taken, raised to the latest full date the text
// reports as past, since an article cannot report as past what had not
// yet happened. That latest past date is kept as a lower bound for
// InferPublished, and the latest the lead reports as past (news starts
// with the newest; a full date further down is mostly background, "the
// treaty signed on May 22, 1995") as the date of last resort.
func (a *Article) readTextDate() {
	if !a.Published.IsZero() {
		return
	}
	// The sentences are split when a date needs them: many articles have
	// no full date outside their dateline and captions.
	var sents []Span
	split, lead := false, 0
	future := map[int]bool{} // by sentence, computed once each
	var stated, pictured time.Time
	var statedText, picturedText string
	for _, tx := range Tag(a.Text, time.Time{}) {
		d, ok := fullDate(tx)
		if !ok {
			if tx.Type == Date && tx.Value == "" && a.yearless.End == 0 && inDateline(a.Text, tx.Start, tx.End) {
				a.yearless = Span{tx.Start, tx.End}
			}
			continue
		}
		switch {
		case inDateline(a.Text, tx.Start, tx.End):
			if d.After(stated) {
				stated, statedText = d, tx.Text
			}
		case inSpans(a.Captions, tx.Start):
			if d.After(pictured) {
				pictured, picturedText = d, tx.Text
			}
		default:
			if !split {
				sents, split = Sentences(a.Text), true
				lead = leadEnd(sents, a.Captions)
			}
			if future[sentenceFuture(a.Text, sents, tx.Start, future)] {
				continue
			}
			if d.After(a.pastDate) {
				a.pastDate, a.pastDateText = d, tx.Text
			}
			if tx.Start < lead && d.After(a.leadDate) {
				a.leadDate, a.leadDateText = d, tx.Text
			}
		}
	}
	switch {
	case !stated.IsZero():
		a.SetPublished(latest(stated, a.pastDate), "dateline '"+statedText+"'"+raisedBy(stated, a), false)
	case !pictured.IsZero():
		a.SetPublished(latest(pictured, a.pastDate), "photo caption '"+picturedText+"'"+raisedBy(pictured, a), true)
	}
}

// fullDate returns the day of an absolute expression naming one calendar
// day ("March 13, 2025", "2025-03-12"); relative expressions are not
// stated dates.
func fullDate(tx Timex) (time.Time, bool) {
	if tx.Type != Date && tx.Type != Time || !tx.Anchor.IsZero() || tx.Mod != "" {
		return time.Time{}, false
	}
	first, last, ok := Interval(tx.Value)
	if !ok || !first.Equal(last) {
		return time.Time{}, false
	}
	return first, true
}

// leadEnd returns where the lead of a text ends: after its first two
// sentences that are not photo captions.
func leadEnd(sents []Span, captions []Span) int {
	n := 0
	for _, s := range sents {
		if inSpans(captions, s.Start) {
			continue
		}
		if n++; n == 2 {
			return s.End
		}
	}
	if len(sents) > 0 {
		return sents[len(sents)-1].End
	}
	return 0
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// raisedBy says when the publish date was moved past a stated date by a
// later date the text reports as past.
func raisedBy(stated time.Time, a *Article) string {
	if a.pastDate.After(stated) {
		return ", moved to '" + a.pastDateText + "', which the text reports as past"
	}
	return ""
}

// datelineSeparator matches what follows the date of a dateline: a dash,
// a bar, an agency in brackets, or the end of the line.
var datelineSeparator = regexp.MustCompile(`^\s*(\d{1,2}[:.]\d{2}\s*(am|pm|AM|PM)?\s*([A-Z]{2,4})?\s*)?([—–|(/-]|$)`)

// inDateline reports whether the expression at start…end is the date of
// a dateline: in the first three lines of the text, at most four words
// into its line ("MOSCOW, March 12, 2025 —") or on a line of few other
// words ("Published 12 March 2025, 10:35 GMT").
func inDateline(text string, start, end int) bool {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	if linesUpTo(text[:lineStart], 3) >= 3 {
		return false
	}
	lineEnd := len(text)
	if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
		lineEnd = end + i
	}
	before, after := text[lineStart:start], text[end:lineEnd]
	nb := wordsUpTo(before, 6)
	if nb+wordsUpTo(after, 6) <= 5 && !strings.HasSuffix(strings.TrimSpace(after), ".") {
		return true
	}
	return nb <= 4 && datelineSeparator.MatchString(after)
}

// wordsUpTo counts the words of s, stopping at limit: a long line needs
// no full count to be too long.
func wordsUpTo(s string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(s) && n < limit; i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// linesUpTo counts the non-blank lines of s, stopping at limit.
func linesUpTo(s string, limit int) int {
	n := 0
	for s != "" && n < limit {
		ln, rest, _ := strings.Cut(s, "\n")
		if strings.TrimSpace(ln) != "" {
			n++
		}
		s = rest
	}
	return n
}

func inSpans(spans []Span, pos int) bool {
	for _, s := range spans {
		if s.Start <= pos && pos < s.End {
			return true
		}
	}
	return false
}

// sentenceFuture returns the index of the sentence of text holding pos,
// having recorded in future whether that sentence speaks of the future.
func sentenceFuture(text string, sents []Span, pos int, future map[int]bool) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > pos })
	if _, ok := future[i]; !ok && i < len(sents) {
		future[i] = reportsFuture(text[sents[i].Start:sents[i].End])
	}
	return i
}

// futureMarkers are words that put a sentence in the future: its dates
// are plans, not events the article reports as past.
var futureMarkers = regexp.MustCompile(`(?i)\b(will|shall|won['’]t|is (expected|scheduled|set|due|slated|planned|poised) to|are (expected|scheduled|set|due|slated|planned|poised) to|plans? to|planned for|to be held|upcoming|forthcoming|next|until|by the end of|due|matur\w+|expir\w+|deadline)\b|['’]ll\b`)

// reportsFuture reports whether a sentence speaks of the future.
func reportsFuture(sentence string) bool {
	return futureMarkers.MatchString(sentence)
}
