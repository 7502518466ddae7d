package timeline

import (
	"strings"
	"testing"
	"time"

	"dateline/parse"
)

func article(t *testing.T, id, text string) *parse.Article {
	t.Helper()
	a, err := parse.ReadArticle(id, id+".txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestBuildOrdersEventsChronologically(t *testing.T) {
	a := article(t, "a", "Date: 2025-03-12\n\nThe US agreed on Tuesday to resume aid. The war began in 2022. Sales rose in 2022 and in March 2022.")
	b := article(t, "b", "The 1962 crisis was the worst. Officials met on Thursday.")
	tl := Build([]*parse.Article{a, b})
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Date+"@"+e.Sources[0].Article)
	}
	// "2022" twice keeps text order; the year 2022 comes before March 2022;
	// "Thursday" in the undated article has no value and makes no event.
	want := "1962@b 2022@a 2022@a 2022-03@a 2025-03-11@a"
	if strings.Join(got, " ") != want {
		t.Fatalf("events %v\nwant %s", got, want)
	}
	if len(tl.Articles) != 2 || tl.Articles[1].Published != (time.Time{}) {
		t.Fatalf("articles %+v", tl.Articles)
	}
}

func TestEventKeepsSentenceAndExpression(t *testing.T) {
	a := article(t, "a", "Date: 2025-03-12\n\nFirst sentence. Putin spoke in Moscow on Tuesday. Last one.")
	tl := Build([]*parse.Article{a})
	if len(tl.Events) != 1 {
		t.Fatalf("%d events, want 1", len(tl.Events))
	}
	e := tl.Events[0]
	s := e.Sources[0]
	if e.Text != "Putin spoke in Moscow on Tuesday." || s.Expression != "Tuesday" || s.Sentence[s.ExprStart:s.ExprEnd] != "Tuesday" {
		t.Fatalf("event %+v", e)
	}
	if strings.Join(e.Actors, ",") != "Putin,Moscow" {
		t.Fatalf("actors %v", e.Actors)
	}
	if e.Start.Format("2006-01-02") != "2025-03-11" || e.End != e.Start {
		t.Fatalf("interval %v … %v", e.Start, e.End)
	}
}

func TestSelect(t *testing.T) {
	a := article(t, "a", "Date: 2025-03-12\n\nPutin spoke on Tuesday. Zelensky spoke in 2024. Nobody spoke in 1990.")
	tl := Build([]*parse.Article{a})
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	cases := []struct {
		name string
		f    Filter
		want string
	}{
		{"all", Filter{}, "1990 2024 2025-03-11"},
		{"actor, any case", Filter{Actors: []string{"putin"}}, "2025-03-11"},
		{"any of two actors", Filter{Actors: []string{"Putin", "ZELENSKY"}}, "2024 2025-03-11"},
		{"unknown actor", Filter{Actors: []string{"Nobody Here"}}, ""},
		{"text", Filter{Text: "nobody"}, "1990"},
		{"from", Filter{From: day("2024-06-01")}, "2024 2025-03-11"},
		{"to", Filter{To: day("2024-01-01")}, "1990 2024"},
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
