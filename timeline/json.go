package timeline

import (
	"encoding/json"
	"io"
	"time"
)

// The JSON form of a timeline. Field names are part of dateline's
// interface: new fields may be added, existing ones are never renamed.
type (
	jsonTimeline struct {
		Articles []jsonArticle `json:"articles"`
		Actors   []jsonActor   `json:"actors"`
		Events   []jsonEvent   `json:"events"`
	}
	jsonArticle struct {
		ID                string  `json:"id"`
		Title             string  `json:"title"`
		Published         *string `json:"published"`
		PublishedInferred bool    `json:"published_inferred"`
		PublishedReason   string  `json:"published_reason,omitempty"`
		// Undated lists the time expressions that date no event.
		Undated []jsonExpression `json:"undated"`
	}
	jsonExpression struct {
		Expression  string `json:"expression"`
		Type        string `json:"type"`
		Value       string `json:"value"`
		Explanation string `json:"explanation"`
	}
	jsonActor struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Aliases []string `json:"aliases"`
		Events  int      `json:"events"`
	}
	jsonEvent struct {
		Kind    string       `json:"kind"`
		Date    string       `json:"date"`
		Start   string       `json:"start"`
		End     string       `json:"end"`
		Text    string       `json:"text"`
		Actors  []string     `json:"actors"`
		Sources []jsonSource `json:"sources"`
	}
	jsonSource struct {
		Article     string `json:"article"`
		Date        string `json:"date"`
		Sentence    string `json:"sentence"`
		Expression  string `json:"expression"`
		Explanation string `json:"explanation"`
	}
)

const isoDay = "2006-01-02"

// WriteJSON writes the timeline as one JSON object with every article, the
// actors of the given events and the events themselves.
func WriteJSON(w io.Writer, tl *Timeline, events []*Event) error {
	out := jsonTimeline{Articles: []jsonArticle{}, Actors: []jsonActor{}, Events: []jsonEvent{}}
	for _, a := range tl.Articles {
		ja := jsonArticle{
			ID: a.ID, Title: a.Title, Published: dayPtr(a.Published),
			PublishedInferred: a.PublishedInferred, PublishedReason: a.PublishedReason,
			Undated: []jsonExpression{},
		}
		for _, x := range a.Undated {
			ja.Undated = append(ja.Undated, jsonExpression{x.Text, x.Type, x.Value, x.Explanation})
		}
		out.Articles = append(out.Articles, ja)
	}
	involved := map[string]int{}
	for _, e := range events {
		for _, a := range e.Actors {
			involved[a]++
		}
	}
	for _, a := range tl.Actors {
		if n := involved[a.Name]; n > 0 {
			aliases := a.Aliases
			if aliases == nil {
				aliases = []string{}
			}
			out.Actors = append(out.Actors, jsonActor{Name: a.Name, Kind: a.Kind, Aliases: aliases, Events: n})
		}
	}
	for _, e := range events {
		je := jsonEvent{
			Kind: e.Kind, Date: e.Date, Start: e.Start.Format(isoDay), End: e.End.Format(isoDay),
			Text: oneLine(e.Text), Actors: e.Actors,
		}
		if je.Actors == nil {
			je.Actors = []string{}
		}
		for _, s := range e.Sources {
			je.Sources = append(je.Sources, jsonSource{Article: s.Article, Date: s.Date, Sentence: s.Sentence, Expression: s.Expression, Explanation: s.Explanation})
		}
		out.Events = append(out.Events, je)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func dayPtr(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(isoDay)
	return &s
}
