package export

import (
	"fmt"
	"strings"
	"unicode"

	"dateline/timeline"
)

// maxSlug bounds the part of a file name made from a filter, so that a
// long search text still gives a usable name.
const maxSlug = 60

// FileName returns a file name for an export of the events that pass
// filter: "timeline.ics" for every event, "timeline-putin-ceasefire-from-
// 2025-03-01.csv" for the events involving Putin that mention a ceasefire
// from 1 March 2025 on.
func (f Format) FileName(filter timeline.Filter) string {
	var words []string
	words = append(words, filter.Actors...)
	words = append(words, filter.Text)
	if !filter.From.IsZero() {
		words = append(words, "from "+filter.From.Format(isoDay))
	}
	if !filter.To.IsZero() {
		words = append(words, "to "+filter.To.Format(isoDay))
	}
	name := "timeline"
	if s := slug(strings.Join(words, " ")); s != "" {
		name += "-" + s
	}
	return name + "." + f.Extension
}

// slug turns s into lower-case letters and digits separated by single
// hyphens, at most maxSlug bytes, cut between words when it is too long.
func slug(s string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if b.Len()+1+len(word) > maxSlug {
			if b.Len() == 0 {
				b.WriteString(truncateUTF8(word, maxSlug))
			}
			break
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(word)
	}
	return b.String()
}

// Describe says in words which events a filter keeps, for the title of an
// export: "all events", or "actor Putin · text “ceasefire” · from
// 2025-03-01".
func Describe(filter timeline.Filter) string {
	var parts []string
	switch len(filter.Actors) {
	case 0:
	case 1:
		parts = append(parts, "actor "+filter.Actors[0])
	default:
		parts = append(parts, "actors "+strings.Join(filter.Actors, " or "))
	}
	if filter.Text != "" {
		parts = append(parts, fmt.Sprintf("text “%s”", filter.Text))
	}
	if !filter.From.IsZero() {
		parts = append(parts, "from "+filter.From.Format(isoDay))
	}
	if !filter.To.IsZero() {
		parts = append(parts, "to "+filter.To.Format(isoDay))
	}
	if len(parts) == 0 {
		return "all events"
	}
	return strings.Join(parts, " · ")
}
