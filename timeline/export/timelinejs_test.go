package export

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestTimelineJSFields decodes the TimelineJS export without Go types and
// checks it against the format's field list: the required fields, their
// JSON types, and date objects with only the parts that are known.
func TestTimelineJSFields(t *testing.T) {
	tl := granularityTimeline(t)
	events := all(tl)
	var buf bytes.Buffer
	if err := Write(&buf, "timelinejs", tl, events, Meta{}); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	onlyKeys(t, "timeline", doc, "title", "events")
	title, _ := doc["title"].(map[string]any)
	if _, dated := title["start_date"]; dated {
		t.Error("the title slide has a date")
	}
	checkText(t, "title", title)
	slides, ok := doc["events"].([]any)
	if !ok || len(slides) != len(events) {
		t.Fatalf("events is %T of %d, want %d slides", doc["events"], len(slides), len(events))
	}
	ids := map[string]bool{}
	for i, v := range slides {
		slide, _ := v.(map[string]any)
		e := events[i]
		onlyKeys(t, e.Date, slide, "start_date", "end_date", "display_date", "text", "group", "unique_id")
		s := spanOf(e)
		checkDate(t, e.Date, slide["start_date"], s.Start)
		if s.End != nil {
			checkDate(t, e.Date+" end", slide["end_date"], *s.End)
		} else if _, has := slide["end_date"]; has {
			t.Errorf("%s: an end date for a single %v", e.Date, s.Precision)
		}
		checkText(t, e.Date, slide)
		id, _ := slide["unique_id"].(string)
		if id == "" || ids[id] {
			t.Errorf("%s: unique_id %q missing or repeated", e.Date, slide["unique_id"])
		}
		ids[id] = true
		for _, k := range []string{"group", "display_date"} {
			if v, has := slide[k]; has {
				if s, ok := v.(string); !ok || s == "" {
					t.Errorf("%s: %s is %#v, want a non-empty string", e.Date, k, v)
				}
			}
		}
	}
}

// checkDate checks a TimelineJS date object: a whole-number year, month
// and day present exactly when known, nothing else but a clock time.
func checkDate(t *testing.T, what string, v any, want dateParts) {
	t.Helper()
	date, ok := v.(map[string]any)
	if !ok {
		t.Errorf("%s: date is %#v", what, v)
		return
	}
	onlyKeys(t, what, date, "year", "month", "day", "hour", "minute")
	for _, f := range []struct {
		key  string
		want int
	}{{"year", want.Year}, {"month", want.Month}, {"day", want.Day}} {
		got, has := date[f.key]
		switch {
		case f.want == 0 && has:
			t.Errorf("%s: %s %v is not known", what, f.key, got)
		case f.want != 0 && got != float64(f.want):
			t.Errorf("%s: %s is %#v, want the number %d", what, f.key, got, f.want)
		}
	}
}

func checkText(t *testing.T, what string, slide map[string]any) {
	t.Helper()
	text, ok := slide["text"].(map[string]any)
	if !ok {
		t.Errorf("%s: no text object", what)
		return
	}
	onlyKeys(t, what+" text", text, "headline", "text")
	for _, k := range []string{"headline", "text"} {
		if s, ok := text[k].(string); !ok || s == "" {
			t.Errorf("%s: text.%s is %#v, want a non-empty string", what, k, text[k])
		}
	}
}

func onlyKeys(t *testing.T, what string, obj map[string]any, allowed ...string) {
	t.Helper()
	ok := map[string]bool{}
	for _, k := range allowed {
		ok[k] = true
	}
	for k := range obj {
		if !ok[k] {
			t.Errorf("%s: unexpected field %q", what, k)
		}
	}
}
