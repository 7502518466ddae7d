package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"dateline/internal/goldenfile"
	"dateline/parse"
	"dateline/seeds"
	"dateline/timeline"
)

// seedTimeline is the timeline of the built-in articles.
func seedTimeline(t testing.TB) *timeline.Timeline {
	t.Helper()
	arts, probs := seeds.Articles()
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	return timeline.Build(arts)
}

// granularityTimeline has one event for each kind of TimeML value, from
// decades to parts of a day, reported by one dated and one undated
// article.
func granularityTimeline(t testing.TB) *timeline.Timeline {
	t.Helper()
	published := time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
	tl := &timeline.Timeline{Articles: []timeline.Article{
		{ID: "wire", Title: "Talks & <truce>, day 3", Published: published},
		{ID: "notes"},
	}}
	for _, c := range []struct{ value, expr, text, article string }{
		{"199X", "the 1990s", "In the 1990s, the first accords were signed; none held.", "notes"},
		{"19XX", "the 20th century", "Borders were drawn and redrawn in the 20th century.", "notes"},
		{"1962", "1962", "The 1962 Cuban Missile Crisis, a \"standoff\", ended in talks.", "wire"},
		{"2024-Q3", "the third quarter of 2024", "In the third quarter of 2024, fighting intensified.", "wire"},
		{"2024-SU", "the summer of 2024", "Over the summer of 2024, envoys met three times.", "wire"},
		{"2024-WI", "winter 2024", "In winter 2024 the front barely moved.", "wire"},
		{"2025-H1", "the first half of 2025", "=SUM(A1) is what a spreadsheet would read here in the first half of 2025.", "wire"},
		{"2025-02", "February", "In February, negotiators drafted a text.", "wire"},
		{"2025-W11", "This week", "This week, delegations arrived in Jeddah.", "wire"},
		{"2025-W11-WE", "this weekend", "The deal could be signed this weekend, officials said.", "wire"},
		{"2025-03-11", "Tuesday", "On Tuesday, Kyiv said it was ready to support a ceasefire; Washington agreed.", "wire"},
		{"2025-03-13TNI", "Thursday night", "Strikes continued on Thursday night across the east.", "wire"},
		{"2025-03-13T10:35", "10:35 on Thursday", "At 10:35 on Thursday, the Kremlin released a statement about the proposal, a long one that runs well past any headline limit.", "wire"},
	} {
		first, last, ok := parse.Interval(c.value)
		if !ok {
			t.Fatalf("value %s has no interval", c.value)
		}
		at := strings.Index(c.text, c.expr)
		if at < 0 {
			t.Fatalf("%q is not in %q", c.expr, c.text)
		}
		tl.Events = append(tl.Events, timeline.Event{
			Date: c.value, Start: first, End: last, Text: c.text,
			Actors: actorsIn(c.text),
			Sources: []timeline.Source{{
				Article: c.article, Sentence: c.text, Expression: c.expr, ExprStart: at, ExprEnd: at + len(c.expr),
				Explanation: "'" + c.expr + "' → " + c.value,
			}},
		})
	}
	timeline.Sort(tl.Events)
	tl.Actors = []timeline.Actor{{Name: "Kyiv", Kind: "city", Events: 1}, {Name: "Washington", Kind: "city", Events: 1}, {Name: "Kremlin", Kind: "organisation", Events: 1}}
	return tl
}

func actorsIn(text string) []string {
	var out []string
	for _, name := range []string{"Kyiv", "Washington", "Kremlin"} {
		if strings.Contains(text, name) {
			out = append(out, name)
		}
	}
	return out
}

func all(tl *timeline.Timeline) []*timeline.Event {
	return tl.Select(timeline.Filter{})
}

func TestGolden(t *testing.T) {
	corpora := []struct {
		name string
		tl   *timeline.Timeline
	}{
		{"seeds", seedTimeline(t)},
		{"granularity", granularityTimeline(t)},
	}
	for _, c := range corpora {
		for _, f := range Formats() {
			t.Run(c.name+"/"+f.Name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := Write(&buf, f.Name, c.tl, all(c.tl), Meta{}); err != nil {
					t.Fatal(err)
				}
				goldenfile.Check(t, c.name+"."+f.Extension, buf.Bytes())
			})
		}
	}
}

// BenchmarkWrite exports the seeds' timeline in each format.
func BenchmarkWrite(b *testing.B) {
	tl := seedTimeline(b)
	events := all(tl)
	for _, f := range Formats() {
		b.Run(f.Name, func(b *testing.B) {
			var buf bytes.Buffer
			for i := 0; i < b.N; i++ {
				buf.Reset()
				if err := Write(&buf, f.Name, tl, events, Meta{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(events)*b.N)/b.Elapsed().Seconds(), "events/s")
			b.SetBytes(int64(buf.Len()))
		})
	}
}
