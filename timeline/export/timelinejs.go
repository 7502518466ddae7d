package export

import (
	"encoding/json"
	"io"
	"strings"

	"dateline/timeline"
)

// The TimelineJS JSON format: a title slide and a slide per event.
type (
	tjsTimeline struct {
		Title  tjsSlide   `json:"title"`
		Events []tjsSlide `json:"events"`
	}
	tjsSlide struct {
		StartDate   *tjsDate `json:"start_date,omitempty"`
		EndDate     *tjsDate `json:"end_date,omitempty"`
		DisplayDate string   `json:"display_date,omitempty"`
		Text        tjsText  `json:"text"`
		Group       string   `json:"group,omitempty"`
		UniqueID    string   `json:"unique_id,omitempty"`
	}
	// tjsDate has only the parts of a date that are known: TimelineJS
	// shows "June 2024" for a date without a day.
	tjsDate struct {
		Year   int  `json:"year"`
		Month  int  `json:"month,omitempty"`
		Day    int  `json:"day,omitempty"`
		Hour   *int `json:"hour,omitempty"`
		Minute *int `json:"minute,omitempty"`
	}
	tjsText struct {
		Headline string `json:"headline"`
		Text     string `json:"text"`
	}
)

// writeTimelineJS writes the TimelineJS JSON of the events: dates with
// their known parts only, the main actor as group, the sentence as
// headline and the sentence with its sources as text.
func writeTimelineJS(w io.Writer, d *doc) error {
	out := tjsTimeline{
		Title:  tjsSlide{Text: tjsText{Headline: escapeHTML(d.title()), Text: escapeHTML(d.subtitle())}},
		Events: []tjsSlide{},
	}
	ids := d.eventIDs()
	for i, e := range d.events {
		s := spanOf(e)
		slide := tjsSlide{
			StartDate: newTJSDate(s.Start),
			Text:      tjsText{Headline: escapeHTML(headline(e.Text)), Text: d.eventHTML(e)},
			Group:     d.mainActor(e),
			UniqueID:  ids[i],
		}
		if s.End != nil {
			slide.EndDate = newTJSDate(*s.End)
		}
		if s.Clock != "" {
			slide.StartDate.Hour, slide.StartDate.Minute = &s.Hour, &s.Minute
		}
		if s.needsLabel() {
			slide.DisplayDate = dateLabel(e)
		}
		out.Events = append(out.Events, slide)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func newTJSDate(p dateParts) *tjsDate {
	return &tjsDate{Year: p.Year, Month: p.Month, Day: p.Day}
}

// eventHTML is the text of an event for TimelineJS, which reads it as
// HTML: the sentence, then a paragraph citing its sources.
func (d *doc) eventHTML(e *timeline.Event) string {
	var cites []string
	for _, s := range e.Sources {
		cites = append(cites, d.articleRef(s.Article)+": “"+s.Expression+"”")
	}
	text := "<p>" + escapeHTML(flatten(e.Text)) + "</p>"
	if len(cites) > 0 {
		text += "<p>Sources: " + escapeHTML(strings.Join(cites, "; ")) + "</p>"
	}
	return text
}

// escapeHTML escapes the characters that would start markup in text.
// Quotes are left alone: the text is never put in an attribute.
var escapeHTML = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace
