package parse

import (
	"regexp"
	"strings"
	"time"

	"github.com/araddon/dateparse"
)

// leadingDate matches the "date 2025-03-12" token some exports put before
// the text. Its quick test spares reading whole texts that start with
// anything else.
var leadingDate = linePattern(`^\s*date[: ]\s*(\d{4}-\d{2}-\d{2})\b[ \t]*`)

// headerField matches a "Key: value" line of a header.
var headerField = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z _-]{0,24}?)\s*:\s*(.*?)\s*$`)

// headerKeys are the header fields dateline understands, by what they
// give. Other known fields are read and dropped: an author is not news.
var headerKeys = map[string]string{
	"date": "published", "published": "published", "publication date": "published",
	"pubdate": "published", "published at": "published", "published on": "published",
	"publish date": "published", "date published": "published", "publishdate": "published",
	"created": "published", "posted": "published", "posted on": "published",
	"updated": "updated", "last updated": "updated", "modified": "updated",
	"date modified": "updated", "lastmod": "updated",
	"title": "title", "headline": "title",
	"author": "other", "authors": "other", "by": "other", "byline": "other",
	"source": "other", "url": "other", "link": "other", "tags": "other",
	"categories": "other", "category": "other", "section": "other",
	"description": "other", "summary": "other", "lang": "other", "language": "other",
	"id": "other", "slug": "other", "publisher": "other", "site": "other",
}

// readHeader takes the publish date (and a title, when the header gives
// one) from the start of text and returns the text without the header:
// a leading "date YYYY-MM-DD" token, YAML front matter between "---"
// lines, or "Key: value" lines before the first blank line or text. A
// publication date wins over an update date.
func (a *Article) readHeader(text string) string {
	if m := leadingDate.index(text); m != nil {
		if t, ok := parseISODate(text[m[2]:m[3]]); ok {
			a.SetPublished(t, "'date "+text[m[2]:m[3]]+"' at the start of the file", false)
		}
		return text[m[1]:]
	}
	var h header
	rest := text
	if fields, after, ok := frontMatter(text); ok {
		for _, f := range fields {
			h.add(f, "front matter")
		}
		rest = after
	} else {
		for rest != "" {
			ln, after, _ := strings.Cut(rest, "\n")
			if strings.TrimSpace(ln) == "" {
				if h.lines > 0 {
					rest = after
					break
				}
				rest = after
				continue
			}
			if !h.add(ln, "header") {
				break
			}
			rest = after
		}
		if h.lines == 0 {
			rest = text
		}
	}
	if h.title != "" {
		a.Title = h.title
	}
	switch {
	case !h.published.IsZero():
		a.SetPublished(h.published, h.publishedWhy, false)
	case !h.updated.IsZero():
		a.SetPublished(h.updated, h.updatedWhy, false)
	}
	return rest
}

// header collects the fields of an article's header.
type header struct {
	lines                    int
	title                    string
	published, updated       time.Time
	publishedWhy, updatedWhy string
}

// add reads one "Key: value" line, reporting whether it is a header field.
func (h *header) add(ln, where string) bool {
	m := headerField.FindStringSubmatch(ln)
	if m == nil {
		return false
	}
	key := strings.ToLower(strings.ReplaceAll(m[1], "_", " "))
	kind, known := headerKeys[key]
	if !known {
		return false
	}
	h.lines++
	value := strings.Trim(m[2], `"'`)
	why := "'" + strings.TrimSpace(ln) + "' " + where
	switch kind {
	case "title":
		h.title = value
	case "published", "updated":
		t, ok := parseDateString(value)
		if !ok {
			break
		}
		if kind == "published" && h.published.IsZero() {
			h.published, h.publishedWhy = t, why
		} else if kind == "updated" && h.updated.IsZero() {
			h.updated, h.updatedWhy = t, why
		}
	}
	return true
}

// frontMatter returns the lines of YAML front matter at the start of
// text, between "---" lines, and the text after it.
func frontMatter(text string) (fields []string, rest string, ok bool) {
	first, after, found := strings.Cut(text, "\n")
	if !found || strings.TrimSpace(first) != "---" {
		return nil, text, false
	}
	for after != "" {
		ln, next, _ := strings.Cut(after, "\n")
		if t := strings.TrimSpace(ln); t == "---" || t == "..." {
			return fields, next, true
		}
		fields = append(fields, ln)
		after = next
	}
	return nil, text, false
}

func parseISODate(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// parseDateString reads an absolute date written in any common form
// ("2025-03-12", "March 12, 2025", "12 Mar 2025 10:00 GMT"). The date is
// the one written, whatever the time zone.
func parseDateString(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, ok := parseISODate(s[:10]); ok {
			return t, true
		}
	}
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil || t.Year() < 1 {
		return time.Time{}, false
	}
	return t, true
}
