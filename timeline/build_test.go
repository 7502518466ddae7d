package timeline

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"dateline/parse"
	"dateline/seeds"
)

func article(t *testing.T, id, text string) *parse.Article {
	t.Helper()
	a, err := parse.ReadArticle(id, id+".txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// build reads the texts as a corpus, with ids a, b, c…, and makes its
// timeline.
func build(t *testing.T, texts ...string) *Timeline {
	t.Helper()
	var arts []*parse.Article
	for i, s := range texts {
		arts = append(arts, article(t, string(rune('a'+i)), s))
	}
	parse.Complete(arts)
	return Build(arts)
}

// dates lists the events as date@articles, reports marked with "report:".
func dates(evs []Event) string {
	var out []string
	for _, e := range evs {
		var ids []string
		for _, s := range e.Sources {
			ids = append(ids, s.Article)
		}
		s := e.Date + "@" + strings.Join(ids, "+")
		if e.Kind == KindReport {
			s = "report:" + s
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestBuildOrdersEventsChronologically(t *testing.T) {
	cases := []struct {
		name     string
		articles []string
		want     string
	}{
		// "2022" twice keeps text order; the year 2022 comes before March
		// 2022; "Thursday" in the undated article has no value and makes
		// no event, nor has the article a report.
		{"by start, coarser first", []string{
			"Date: 2025-03-12\n\nThe US agreed on Tuesday to resume aid. The war began in 2022. Sales rose in 2022 and in March 2022.",
			"The 1962 crisis was the worst. Officials met on Thursday.",
		}, "1962@b 2022@a 2022@a 2022-03@a 2025-03-11@a report:2025-03-12@a"},
		// Ties by article, then text; reports after the day's events.
		{"then by appearance", []string{
			"Date: 2025-03-12\n\nTroops moved on March 3, 2025. Prices rose in March 2025. Talks began in 2025.",
			"Date: 2025-03-12\n\nA storm hit on March 3, 2025, far away.",
		}, "2025@a 2025-03@a 2025-03-03@a 2025-03-03@b report:2025-03-12@a report:2025-03-12@b"},
	}
	for _, c := range cases {
		tl := build(t, c.articles...)
		if got := dates(tl.Events); got != c.want {
			t.Errorf("%s: events %s\nwant   %s", c.name, got, c.want)
		}
		if len(tl.Articles) != 2 {
			t.Errorf("%s: articles %+v", c.name, tl.Articles)
		}
	}
}

func TestEventKeepsSentenceAndExpression(t *testing.T) {
	tl := build(t, "Date: 2025-03-12\n\nFirst sentence. Putin spoke in Moscow on Tuesday. Last one.")
	if got := dates(tl.Events); got != "2025-03-11@a report:2025-03-12@a" {
		t.Fatalf("events %s", got)
	}
	e := tl.Events[0]
	s := e.Sources[0]
	if e.Kind != KindEvent || e.Text != "Putin spoke in Moscow on Tuesday." || s.Expression != "Tuesday" || s.Sentence[s.ExprStart:s.ExprEnd] != "Tuesday" || s.Date != "2025-03-11" {
		t.Fatalf("event %+v", e)
	}
	if !strings.Contains(s.Explanation, "2025-03-11") {
		t.Fatalf("explanation %q", s.Explanation)
	}
	if e.Start.Format("2006-01-02") != "2025-03-11" || e.End != e.Start {
		t.Fatalf("interval %v … %v", e.Start, e.End)
	}
}

func TestSelect(t *testing.T) {
	tl := build(t, "Date: 2025-03-12\n\nPutin spoke on Tuesday. Zelensky said in 2024 that he would stay. Nobody spoke in 1990.")
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	cases := []struct {
		name string
		f    Filter
		want string
	}{
		{"all", Filter{}, "1990 2024 2025-03-11 2025-03-12"},
		// The report's text, without a headline, is the first sentence of
		// five words or more.
		{"actor, any case", Filter{Actors: []string{"zelensky"}}, "2024 2025-03-12"},
		{"any of two actors", Filter{Actors: []string{"Putin", "ZELENSKY"}}, "2024 2025-03-11 2025-03-12"},
		{"unknown actor", Filter{Actors: []string{"Nobody Here"}}, ""},
		{"text", Filter{Text: "nobody"}, "1990"},
		{"from", Filter{From: day("2024-06-01")}, "2024 2025-03-11 2025-03-12"},
		{"to", Filter{To: day("2024-01-01")}, "1990 2024"},
		{"from and to", Filter{From: day("2025-03-11"), To: day("2025-03-11")}, "2025-03-11"},
	}
	for _, c := range cases {
		var got []string
		for _, e := range tl.Select(c.f) {
			got = append(got, e.Date)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: got %v, want %s", c.name, got, c.want)
		}
	}
}

// TestExtractionsTravelAsJSON checks that extractions keep everything
// Merge needs when they are written as JSON and read back, as
// "dateline extract" does between processes.
func TestExtractionsTravelAsJSON(t *testing.T) {
	arts, _ := seeds.Articles()
	var direct, travelled []*Extraction
	for _, a := range arts {
		x := Extract(a)
		direct = append(direct, x)
		data, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		var back Extraction
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		travelled = append(travelled, &back)
	}
	var a, b bytes.Buffer
	tl1, tl2 := Merge(direct), Merge(travelled)
	WriteJSON(&a, tl1, tl1.Select(Filter{}))
	WriteJSON(&b, tl2, tl2.Select(Filter{}))
	if a.String() != b.String() || len(tl1.Events) == 0 {
		t.Fatal("the timeline of extractions read back from JSON differs")
	}
}

func BenchmarkBuildSeeds(b *testing.B) {
	arts, _ := seeds.Articles()
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	for i := 0; i < b.N; i++ {
		Build(arts)
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}
