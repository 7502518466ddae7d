package timeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"time"

	"dateline/internal/parallel"
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
	actors := []jsonActor{}
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
			actors = append(actors, jsonActor{Name: a.Name, Kind: a.Kind, Aliases: aliases, Events: n})
		}
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("{\n")
	writeJSONArray(bw, "articles", len(tl.Articles), func(i int) any { return newJSONArticle(&tl.Articles[i]) })
	bw.WriteString(",\n")
	writeJSONArray(bw, "actors", len(actors), func(i int) any { return actors[i] })
	bw.WriteString(",\n")
	writeJSONArray(bw, "events", len(events), func(i int) any { return newJSONEvent(events[i]) })
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// The document is written as encoding/json would indent it whole, but
// element by element: a large timeline is never in memory twice over as
// JSON, and its elements are encoded on all cores, a batch at a time.
const (
	jsonChunk = 256 // elements encoded by one call
	jsonBatch = 32  // chunks encoded before they are written
)

// writeJSONArray writes the member name of the top-level object with the
// array of n elements, each the value elem(i) gives, indented as the
// members of the top-level object are.
func writeJSONArray(bw *bufio.Writer, name string, n int, elem func(i int) any) {
	bw.WriteString("  \"" + name + "\": [")
	if n == 0 {
		bw.WriteString("]")
		return
	}
	bufs := make([]bytes.Buffer, jsonBatch)
	for lo := 0; lo < n; lo += jsonChunk * jsonBatch {
		hi := min(lo+jsonChunk*jsonBatch, n)
		parallel.Chunks(hi-lo, jsonChunk, func(a, b int) {
			buf := &bufs[a/jsonChunk]
			buf.Reset()
			enc := json.NewEncoder(buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("    ", "  ")
			for i := lo + a; i < lo+b; i++ {
				if i > 0 {
					buf.WriteByte(',')
				}
				buf.WriteString("\n    ")
				enc.Encode(elem(i))
				buf.Truncate(buf.Len() - 1) // the newline Encode ends with
			}
		})
		for c := 0; c*jsonChunk < hi-lo; c++ {
			bw.Write(bufs[c].Bytes())
		}
	}
	bw.WriteString("\n  ]")
}

func newJSONArticle(a *Article) jsonArticle {
	ja := jsonArticle{
		ID: a.ID, Title: a.Title, Published: dayPtr(a.Published),
		PublishedInferred: a.PublishedInferred, PublishedReason: a.PublishedReason,
		Undated: []jsonExpression{},
	}
	for _, x := range a.Undated {
		ja.Undated = append(ja.Undated, jsonExpression{x.Text, x.Type, x.Value, x.Explanation})
	}
	return ja
}

func newJSONEvent(e *Event) jsonEvent {
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
	return je
}

func dayPtr(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(isoDay)
	return &s
}
