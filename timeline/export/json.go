package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"dateline/timeline"
)

func writeText(w io.Writer, d *doc) error {
	return timeline.WriteText(w, d.tl, d.events)
}

func writeJSON(w io.Writer, d *doc) error {
	return timeline.WriteJSON(w, d.tl, d.events)
}

// writeJSONLines writes each event as one line of JSON. The lines are the
// events of timeline.WriteJSON, taken from its output rather than encoded
// again here, so that the two formats keep the same fields as the JSON
// schema grows.
func writeJSONLines(w io.Writer, d *doc) error {
	var full bytes.Buffer
	if err := timeline.WriteJSON(&full, d.tl, d.events); err != nil {
		return err
	}
	var parsed struct {
		Events []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal(full.Bytes(), &parsed); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	var line bytes.Buffer
	for _, ev := range parsed.Events {
		line.Reset()
		if err := json.Compact(&line, ev); err != nil {
			return err
		}
		line.WriteByte('\n')
		bw.Write(line.Bytes())
	}
	return bw.Flush()
}
