package timeline

import (
	"bytes"
	"encoding/json"
	"runtime"
	"testing"
	"time"
)

// The JSON form of a timeline as encoding/json writes it: what WriteJSON
// must write, byte for byte.
type (
	refTimeline struct {
		Articles []refArticle `json:"articles"`
		Actors   []refActor   `json:"actors"`
		Events   []refEvent   `json:"events"`
	}
	refArticle struct {
		ID                string          `json:"id"`
		Title             string          `json:"title"`
		Published         *string         `json:"published"`
		PublishedInferred bool            `json:"published_inferred"`
		PublishedReason   string          `json:"published_reason,omitempty"`
		Undated           []refExpression `json:"undated"`
	}
	refExpression struct {
		Expression  string `json:"expression"`
		Type        string `json:"type"`
		Value       string `json:"value"`
		Explanation string `json:"explanation"`
	}
	refActor struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Aliases []string `json:"aliases"`
		Events  int      `json:"events"`
	}
	refEvent struct {
		Kind    string      `json:"kind"`
		Date    string      `json:"date"`
		Start   string      `json:"start"`
		End     string      `json:"end"`
		Text    string      `json:"text"`
		Actors  []string    `json:"actors"`
		Sources []refSource `json:"sources"`
	}
	refSource struct {
		Article     string `json:"article"`
		Date        string `json:"date"`
		Sentence    string `json:"sentence"`
		Expression  string `json:"expression"`
		Explanation string `json:"explanation"`
	}
)

func refJSON(t *testing.T, tl *Timeline, events []*Event) []byte {
	t.Helper()
	out := refTimeline{Articles: []refArticle{}, Actors: []refActor{}, Events: []refEvent{}}
	for _, a := range tl.Articles {
		ra := refArticle{ID: a.ID, Title: a.Title, PublishedInferred: a.PublishedInferred, PublishedReason: a.PublishedReason, Undated: []refExpression{}}
		if !a.Published.IsZero() {
			day := a.Published.Format(isoDay)
			ra.Published = &day
		}
		for _, x := range a.Undated {
			ra.Undated = append(ra.Undated, refExpression{x.Text, x.Type, x.Value, x.Explanation})
		}
		out.Articles = append(out.Articles, ra)
	}
	for _, a := range involvedActors(tl, events) {
		aliases := a.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		out.Actors = append(out.Actors, refActor{a.Name, a.Kind, aliases, a.Events})
	}
	for _, e := range events {
		re := refEvent{Kind: e.Kind, Date: e.Date, Start: e.Start.Format(isoDay), End: e.End.Format(isoDay), Text: oneLine(e.Text), Actors: e.Actors}
		if re.Actors == nil {
			re.Actors = []string{}
		}
		for _, s := range e.Sources {
			re.Sources = append(re.Sources, refSource{s.Article, s.Date, s.Sentence, s.Expression, s.Explanation})
		}
		out.Events = append(out.Events, re)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWriteJSONAsEncodingJSON(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 3, d, 0, 0, 0, 0, time.UTC) }
	tricky := "quote \" backslash \\ <b>&</b> tab\t cr\r lf\n bell\a esc\x1b del\x7f bad\xff\xfe sep\u2028\u2029 é “x” 🙂"
	cases := map[string]*Timeline{
		"seeds": seedTimeline(t),
		"empty": {},
		"tricky": {
			Articles: []Article{
				{ID: "a", Title: tricky, Published: day(12), PublishedReason: tricky, PublishedInferred: true,
					Undated: []Expression{{Text: "30-day", Type: "DURATION", Value: "P30D", Explanation: tricky}}},
				{ID: "b\x00"},
			},
			Actors: []Actor{{Name: "Putin", Kind: KindPerson, Aliases: []string{"Vladimir\u2028Putin", ""}}, {Name: tricky}, {Name: "Nobody"}},
			Events: []Event{
				{Kind: KindEvent, Date: "2025-03", Start: day(1), End: day(31), Text: "  " + tricky + "\n\n", Actors: []string{"Putin", tricky},
					Sources: []Source{{Article: "a", Sentence: tricky, Expression: "March", Date: "2025-03"}, {Article: "b\x00"}}},
				{Kind: KindReport, Date: "2025-03-12", Start: day(12), End: day(12)},
			},
		},
	}
	// Enough events for several batches of chunks.
	many := &Timeline{}
	for i := range 2*jsonChunk*jsonChunksPerCPU*runtime.GOMAXPROCS(0) + 3 {
		many.Events = append(many.Events, Event{Kind: KindEvent, Date: "2025-03-12", Start: day(12), End: day(12), Text: string(rune('a' + i%26)),
			Sources: []Source{{Article: "a"}}})
	}
	cases["many"] = many
	for name, tl := range cases {
		for _, events := range [][]*Event{tl.Select(Filter{}), nil} {
			var got bytes.Buffer
			if err := WriteJSON(&got, tl, events); err != nil {
				t.Fatal(err)
			}
			if want := refJSON(t, tl, events); !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s, %d events: WriteJSON wrote\n%s\nencoding/json writes\n%s", name, len(events), got.Bytes(), want)
			}
		}
	}
}
