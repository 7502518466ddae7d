package parse

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/araddon/dateparse"
)

// Article is one news article: its text and what is known of when it was
// published.
type Article struct {
	// ID names the article: its file name without extension, made unique
	// within a corpus.
	ID string
	// Source is where the article was read from: a file path, "seeds/NAME"
	// for a built-in article, or "-" for standard input.
	Source string
	// Title is the article's headline, empty when it has none.
	Title string
	// Text is the body of the article: header lines and the headline
	// removed. Time expression offsets refer to it.
	Text string
	// Published is the publish date (UTC midnight), zero when unknown.
	Published time.Time
	// PublishedReason says how the publish date was found.
	PublishedReason string
	// PublishedInferred is true when the publish date was not stated by
	// the article but inferred.
	PublishedInferred bool
}

// ReadArticle makes an Article of the raw contents of a text file. The
// publish date comes from a leading "date YYYY-MM-DD" token or from a
// "Date:" or "Published:" header line; the headline is the first line
// when it reads as one.
func ReadArticle(id, source string, data []byte) (*Article, error) {
	text, err := DecodeText(data)
	if err != nil {
		return nil, err
	}
	a := &Article{ID: id, Source: source}
	text = a.readHeader(text)
	a.Title, text = splitTitle(text)
	a.Text = text
	return a, nil
}

// leadingDate matches the "date 2025-03-12" token some exports put before
// the text.
var leadingDate = regexp.MustCompile(`^\s*date[: ]\s*(\d{4}-\d{2}-\d{2})\b[ \t]*`)

// headerLine matches a "Date: ..." or "Published: ..." line.
var headerLine = regexp.MustCompile(`(?i)^\s*(date|published|publication date|pubdate)\s*:\s*(.+?)\s*$`)

// readHeader takes the publish date from the start of text and returns the
// text without the header.
func (a *Article) readHeader(text string) string {
	if m := leadingDate.FindStringSubmatchIndex(text); m != nil {
		if t, ok := parseISODate(text[m[2]:m[3]]); ok {
			a.setPublished(t, "'date "+text[m[2]:m[3]]+"' at the start of the file")
		}
		return text[m[1]:]
	}
	// Header lines: only at the top, before the first blank line or text.
	rest := text
	for i := 0; i < 10 && rest != ""; i++ {
		line, after, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			rest = after
			continue
		}
		m := headerLine.FindStringSubmatch(line)
		if m == nil {
			break
		}
		if t, ok := parseDateString(m[2]); ok && a.Published.IsZero() {
			a.setPublished(t, "'"+strings.TrimSpace(line)+"' header")
		}
		rest = after
		text = rest
	}
	return text
}

func (a *Article) setPublished(t time.Time, reason string) {
	a.Published = day(t.Year(), t.Month(), t.Day())
	a.PublishedReason = reason
}

func parseISODate(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// parseDateString reads an absolute date written in any common form
// ("2025-03-12", "March 12, 2025", "12 Mar 2025 10:00 GMT").
func parseDateString(s string) (time.Time, bool) {
	if t, ok := parseISODate(s); ok {
		return t, true
	}
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil || t.Year() < 1 {
		return time.Time{}, false
	}
	return t, true
}

// splitTitle returns the headline of text, if its first line reads as one,
// and the rest of the text.
func splitTitle(text string) (title, rest string) {
	trimmed := strings.TrimLeft(text, " \t\n")
	line, after, _ := strings.Cut(trimmed, "\n")
	line = strings.TrimSpace(line)
	if !isHeadline(line) {
		return "", text
	}
	return line, after
}

// isHeadline reports whether a line reads as a headline: short, starting
// with a capital letter or digit, and without final punctuation.
func isHeadline(line string) bool {
	if line == "" || utf8.RuneCountInString(line) > 120 || len(strings.Fields(line)) > 20 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
		return false
	}
	switch line[len(line)-1] {
	case '.', ',', ';', ':':
		return false
	}
	return true
}
