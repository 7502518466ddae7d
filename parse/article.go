package parse

import (
	"strings"
	"time"
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
	// Text is the body of the article: header lines, the headline and
	// boilerplate (credits, bylines, reading times, copyright lines,
	// "Related content" blocks) removed. Time expression offsets refer
	// to it.
	Text string
	// Captions are the byte ranges of Text that are photo captions. They
	// stay in the text: a caption often dates an event.
	Captions []Span
	// Published is the publish date (UTC midnight), zero when unknown.
	Published time.Time
	// PublishedReason says how the publish date was found.
	PublishedReason string
	// PublishedInferred is true when the publish date was not stated by
	// the article but inferred.
	PublishedInferred bool

	// pastDate is the latest full date the text reports as past, a lower
	// bound for an inferred publish date; pastDateText is the expression
	// that gave it. leadDate is the latest full date the lead (the first
	// two sentences) reports as past, the publish date of last resort.
	pastDate, leadDate         time.Time
	pastDateText, leadDateText string
	// yearless is a dateline date without a year ("MOSCOW, March 12
	// (Reuters) -"): once the corpus gives the year, it is the date.
	yearless Span
	// byCorpus is true when InferPublished gave the publish date: running
	// it again, after a date was set by hand, infers it afresh.
	byCorpus bool
}

// ReadArticle makes an Article of the raw contents of a text file, in
// this order: the text is decoded and its look-alike characters
// (non-breaking spaces and hyphens) made plain; the header gives the
// publish date (a leading "date YYYY-MM-DD" token, YAML front matter, or
// "Date:"/"Published:" lines); boilerplate is removed; the first line
// becomes the title when it reads as a headline. Without a header date,
// the publish date is taken from the text itself: a dateline, or the
// latest full date of a photo caption. Dates that need the rest of the
// corpus are left to InferPublished.
func ReadArticle(id, source string, data []byte) (*Article, error) {
	text, err := DecodeText(data)
	if err != nil {
		return nil, err
	}
	return readDecoded(id, source, text), nil
}

// readDecoded is ReadArticle of text already decoded.
func readDecoded(id, source, text string) *Article {
	a := &Article{ID: id, Source: source}
	text = a.readHeader(plainCharacters(text))
	lines := cleanLines(text)
	if a.Title == "" {
		a.Title, lines = splitTitle(lines)
	}
	a.Text, a.Captions = joinLines(lines)
	a.readTextDate()
	return a
}

// SetPublished records the publish date of the article (its day, at UTC
// midnight), why it is known, and whether it was inferred rather than
// stated.
func (a *Article) SetPublished(t time.Time, reason string, inferred bool) {
	a.Published = day(t.Year(), t.Month(), t.Day())
	a.PublishedReason = reason
	a.PublishedInferred = inferred
	a.byCorpus = false
}

// lookAlikes are the characters that stand for plain ones in copied web
// text, each followed by its plain form: non-breaking and narrow spaces,
// non-breaking hyphens, invisible breaks.
var lookAlikes = []string{
	"\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u2009", " ",
	"\u2010", "-", "\u2011", "-",
	"\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
}

var lookAlikeReplacer = strings.NewReplacer(lookAlikes...)

// lookAlikeStarts marks the bytes a look-alike's encoding starts with.
var lookAlikeStarts = func() (starts [256]bool) {
	for k := 0; k < len(lookAlikes); k += 2 {
		starts[lookAlikes[k][0]] = true
	}
	return starts
}()

// plainCharacters replaces look-alike characters with the plain ones, so
// that "30\u2011day" and "to\u00a0back" read as "30-day" and "to back".
// Quotation marks are left as written: both kinds are understood. Most
// texts have no look-alikes: they are returned as they are, uncopied.
func plainCharacters(text string) string {
	for i := 0; i < len(text); i++ {
		if !lookAlikeStarts[text[i]] {
			continue
		}
		for k := 0; k < len(lookAlikes); k += 2 {
			if strings.HasPrefix(text[i:], lookAlikes[k]) {
				return lookAlikeReplacer.Replace(text)
			}
		}
	}
	return text
}

// splitTitle returns the headline, when the first non-blank line reads as
// one, and the remaining lines.
func splitTitle(lines []line) (string, []line) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i].text) == "" {
		i++
	}
	if i == len(lines) || lines[i].caption != notCaption {
		return "", lines
	}
	title := strings.Join(strings.Fields(strings.TrimLeft(lines[i].text, "# ")), " ")
	title = dropSiteName(title)
	if !isHeadline(title) {
		return "", lines
	}
	return title, lines[i+1:]
}

// isHeadline reports whether a line reads as a headline: short, starting
// with a capital letter or digit, and without final punctuation.
func isHeadline(s string) bool {
	if s == "" || len([]rune(s)) > 150 || len(strings.Fields(s)) > 22 {
		return false
	}
	r := []rune(s)[0]
	if !isUpperRune(r) && !(r >= '0' && r <= '9') && !isOpeningQuote(r) {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':':
		return false
	}
	return true
}

// dropSiteName removes a site name after a bar ("Putin rejects truce |
// World News") from a headline.
func dropSiteName(title string) string {
	if i := strings.LastIndex(title, " | "); i > 0 {
		return strings.TrimSpace(title[:i])
	}
	return title
}
