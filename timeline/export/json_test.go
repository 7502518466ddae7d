package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"dateline/timeline"
)

// TestJSONLinesMatchJSON checks that each line of the JSON Lines export
// is the matching event of the JSON export, field for field.
func TestJSONLinesMatchJSON(t *testing.T) {
	tl := seedTimeline(t)
	events := tl.Select(timeline.Filter{Actors: []string{"Putin"}})
	var full, lines bytes.Buffer
	if err := Write(&full, "json", tl, events, Meta{}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&lines, "jsonl", tl, events, Meta{}); err != nil {
		t.Fatal(err)
	}
	var doc struct{ Events []map[string]any }
	if err := json.Unmarshal(full.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(lines.String(), "\n"), "\n")
	if len(events) == 0 || len(got) != len(events) || len(doc.Events) != len(events) {
		t.Fatalf("%d lines and %d JSON events for %d events", len(got), len(doc.Events), len(events))
	}
	for i, l := range got {
		var ev map[string]any
		if err := json.Unmarshal([]byte(l), &ev); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		a, _ := json.Marshal(ev)
		b, _ := json.Marshal(doc.Events[i])
		if !bytes.Equal(a, b) {
			t.Errorf("line %d differs from the JSON event:\n%s\n%s", i+1, a, b)
		}
	}
}

func TestJSONLinesEmpty(t *testing.T) {
	tl := seedTimeline(t)
	var buf bytes.Buffer
	if err := Write(&buf, "jsonl", tl, nil, Meta{}); err != nil || buf.Len() != 0 {
		t.Fatalf("no events gave %q, %v", buf.String(), err)
	}
}
