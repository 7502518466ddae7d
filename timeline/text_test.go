package timeline

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestWriteTextGroupsByYearAndMonth(t *testing.T) {
	tl := build(t,
		"Date: 2025-03-12\n\nTruce Talks Stall\n\nThe war began in 2022. Putin said on Tuesday that talks would go on. Prices rose in the third quarter of 2024.",
		"Putin said on Tuesday that talks would go on, with the war now in its fourth year.")
	var b bytes.Buffer
	if err := WriteText(&b, tl, tl.Select(Filter{})); err != nil {
		t.Fatal(err)
	}
	want := `2 articles, 5 events, 2022 to 2025-03-12

# 2022

2022          The war began in 2022.
              1 source: a "2022"

# 2024

## July–September 2024

2024-Q3       Prices rose in the third quarter of 2024.
              1 source: a "the third quarter of 2024"

# 2025

## March 2025

2025-03-11    Putin said on Tuesday that talks would go on.
              actors: Putin · 2 sources: a "Tuesday"; b "Tuesday"

2025-03-12    [report] Truce Talks Stall
              1 source: a

2025-03-12    [report] Putin said on Tuesday that talks would go on, with the war now in its fourth year.
              actors: Putin · 1 source: b (publish date inferred)
`
	if got := b.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestWriteJSONFields(t *testing.T) {
	tl := build(t,
		"Date: 2025-03-12\n\nTruce Talks Stall\n\nPutin said on Tuesday that a 30-day truce was too short.",
		"Putin said on Tuesday that a 30-day truce was too short, as he told aides.")
	var b bytes.Buffer
	if err := WriteJSON(&b, tl, tl.Select(Filter{})); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Articles []map[string]any `json:"articles"`
		Actors   []map[string]any `json:"actors"`
		Events   []struct {
			Kind    string           `json:"kind"`
			Date    string           `json:"date"`
			Actors  []string         `json:"actors"`
			Sources []map[string]any `json:"sources"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	b1 := out.Articles[1]
	if b1["published"] != "2025-03-12" || b1["published_inferred"] != true || !strings.HasPrefix(b1["published_reason"].(string), "shares ") {
		t.Errorf("article %v", b1)
	}
	if u := b1["undated"].([]any); len(u) != 1 || u[0].(map[string]any)["value"] != "P30D" {
		t.Errorf("undated %v", b1["undated"])
	}
	if len(out.Actors) != 1 || out.Actors[0]["name"] != "Putin" || out.Actors[0]["kind"] != "unknown" || out.Actors[0]["events"] != 2.0 {
		t.Errorf("actors %v", out.Actors)
	}
	e := out.Events[0]
	if e.Kind != "event" || e.Date != "2025-03-11" || len(e.Sources) != 2 {
		t.Fatalf("event %+v", e)
	}
	for _, s := range e.Sources {
		for _, f := range []string{"article", "date", "sentence", "expression", "explanation"} {
			if s[f] == "" || s[f] == nil {
				t.Errorf("source without %s: %v", f, s)
			}
		}
	}
	if r := out.Events[len(out.Events)-1]; r.Kind != "report" {
		t.Errorf("last event %+v", r)
	}
}

func TestOneLine(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", "a  b", " a", "a ", "a\nb", "a\tb", "a\u00a0b", "a\u2003b",
		"\xff b", "“Quoted,” he said.", "line one\n\nline two", "\u0085a",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := oneLine(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}
