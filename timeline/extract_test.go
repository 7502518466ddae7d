package timeline

import (
	"strings"
	"testing"

	"dateline/parse"
)

func TestExtractTwoDatesInOneSentence(t *testing.T) {
	x := Extract(article(t, "a", "Date: 2025-03-12\n\nThe 2022 invasion was the worst crisis since the 1962 standoff."))
	if got := dates(x.Events); got != "2022@a 1962@a report:2025-03-12@a" {
		t.Fatalf("events %s", got)
	}
	if x.Events[0].Text != x.Events[1].Text {
		t.Fatalf("texts differ: %q, %q", x.Events[0].Text, x.Events[1].Text)
	}
}

func TestExtractKeepsUndatedExpressions(t *testing.T) {
	x := Extract(article(t, "a", "Date: 2025-03-12\n\nThey proposed a 30-day truce. Talks happen every week. He met them on Friday."))
	var undated []string
	for _, u := range x.Article.Undated {
		undated = append(undated, u.Type+":"+u.Text)
	}
	got := strings.Join(undated, " ")
	if !strings.Contains(got, "DURATION:30-day") || !strings.Contains(got, "SET:every week") {
		t.Fatalf("undated %s", got)
	}
	if dates(x.Events) != "2025-03-07@a report:2025-03-12@a" {
		t.Fatalf("events %s", dates(x.Events))
	}
}

func TestExtractUnknownPublishDate(t *testing.T) {
	x := Extract(article(t, "a", "Officials Meet\n\nThey met on Friday and again on March 3, 2025."))
	if got := dates(x.Events); got != "2025-03-03@a" {
		t.Fatalf("events %s", got)
	}
	if len(x.Article.Undated) != 1 || x.Article.Undated[0].Text != "Friday" || x.Article.Undated[0].Value != "" {
		t.Fatalf("undated %+v", x.Article.Undated)
	}
}

func TestExtractOneEventPerExpression(t *testing.T) {
	x := Extract(article(t, "a", "Date: 2025-03-12\n\nIn June last year, the leader set out his terms. They met on Tuesday, March 11."))
	if got := dates(x.Events); got != "2024-06@a 2025-03-11@a report:2025-03-12@a" {
		t.Fatalf("events %s", got)
	}
	s := x.Events[1].Sources[0]
	if s.Expression != "Tuesday, March 11" || s.Sentence[s.ExprStart:s.ExprEnd] != s.Expression {
		t.Fatalf("source %+v", s)
	}
}

func TestExtractKeepsQuotationWhole(t *testing.T) {
	x := Extract(article(t, "a", "Date: 2025-03-12\n\nPutin spoke.\n“We need peace. It is hard,” he said in December. Then he left."))
	e := x.Events[0]
	if e.Date != "2024-12" || e.Text != "“We need peace. It is hard,” he said in December." {
		t.Fatalf("event %q %q", e.Date, e.Text)
	}
	s := e.Sources[0]
	if s.Sentence[s.ExprStart:s.ExprEnd] != "December" {
		t.Fatalf("source %+v", s)
	}
}

func TestReportEvent(t *testing.T) {
	cases := []struct{ name, data, text string }{
		{"headline", "Date: 2025-03-12\n\nPutin Rejects Truce\n\nPutin spoke at length today about it.", "Putin Rejects Truce"},
		{"first sentence, captions skipped", "Date: 2025-03-12\n\nPutin speaks in Moscow. (Photo by Jane Doe / AFP)\nPutin rejected the truce on Wednesday evening.", "Putin rejected the truce on Wednesday evening."},
	}
	for _, c := range cases {
		x := Extract(article(t, "a", c.data))
		r := x.Events[len(x.Events)-1]
		if r.Kind != KindReport || r.Text != c.text || r.Date != "2025-03-12" || !strings.HasPrefix(r.Sources[0].Explanation, "published 2025-03-12: ") {
			t.Errorf("%s: report %+v", c.name, r)
		}
		if !contains(r.Actors, "Putin") {
			t.Errorf("%s: actors %v", c.name, r.Actors)
		}
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("word ", 1000) // 5,000 bytes
	tests := []struct {
		name       string
		text       string
		start, end int
	}{
		{"short sentence kept whole", "On Tuesday the talks ended.", 3, 10},
		{"expression at the start", long, 0, 4},
		{"expression in the middle", long, 2500, 2504},
		{"expression at the end", long, 4995, 4999},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parse.Span{Start: 0, End: len(tt.text)}
			got := clip(tt.text, s, tt.start, tt.end)
			if got.Start > tt.start || got.End < tt.end {
				t.Fatalf("clip = %v, loses the expression at [%d,%d)", got, tt.start, tt.end)
			}
			if len(tt.text) <= maxPassage {
				if got != s {
					t.Fatalf("clip = %v, want the whole sentence %v", got, s)
				}
				return
			}
			if n := got.End - got.Start; n > maxPassage || n < maxPassage-10 {
				t.Errorf("clip keeps %d bytes, want nearly %d", n, maxPassage)
			}
			if got.Start > 0 && tt.text[got.Start-1] != ' ' || got.End < len(tt.text) && tt.text[got.End] != ' ' {
				t.Errorf("clip = %v cuts a word: %q", got, tt.text[got.Start:got.End])
			}
		})
	}
}
