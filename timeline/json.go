package timeline

import (
	"bufio"
	"io"
	"runtime"
	"strconv"
	"time"
	"unicode/utf8"

	"dateline/internal/parallel"
)

// The JSON form of a timeline is written by hand, member by member, as
// encoding/json would write it indented by two spaces with HTML
// characters left as they are: a large timeline is encoded several
// times faster so, on all cores, and never held whole in memory.
// Member names are part of dateline's interface: new members may be
// added, existing ones are never renamed. The test of WriteJSON checks
// the output against encoding/json.

const isoDay = "2006-01-02"

// WriteJSON writes the timeline as one JSON object with every article, the
// actors of the given events and the events themselves.
func WriteJSON(w io.Writer, tl *Timeline, events []*Event) error {
	actors := involvedActors(tl, events)
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("{\n")
	writeJSONArray(bw, "articles", len(tl.Articles), func(o *jsonOut, i int) { o.article(&tl.Articles[i]) })
	bw.WriteString(",\n")
	writeJSONArray(bw, "actors", len(actors), func(o *jsonOut, i int) { o.actor(&actors[i]) })
	bw.WriteString(",\n")
	writeJSONArray(bw, "events", len(events), func(o *jsonOut, i int) { o.event(events[i]) })
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// involvedActors returns the actors of the timeline that the events
// involve, in order, each with the number of those events.
func involvedActors(tl *Timeline, events []*Event) []Actor {
	var actors []Actor
	involved := map[string]int{}
	for _, e := range events {
		for _, a := range e.Actors {
			involved[a]++
		}
	}
	for _, a := range tl.Actors {
		if n := involved[a.Name]; n > 0 {
			a.Events = n
			actors = append(actors, a)
		}
	}
	return actors
}

// Elements are encoded a batch of chunks at a time, each chunk by one
// call on one core, then written in order. A batch's encoding is in
// memory until written: a few chunks per core keep the cores busy, more
// only hold more of the output at once.
const (
	jsonChunk        = 256 // elements encoded by one call
	jsonChunksPerCPU = 4   // chunks of a batch, for each core
)

// writeJSONArray writes the member name of the top-level object with the
// array of n elements, each appended by elem(o, i).
func writeJSONArray(bw *bufio.Writer, name string, n int, elem func(o *jsonOut, i int)) {
	bw.WriteString("  \"" + name + "\": [")
	if n == 0 {
		bw.WriteString("]")
		return
	}
	batch := jsonChunksPerCPU * runtime.GOMAXPROCS(0)
	bufs := make([][]byte, batch)
	for lo := 0; lo < n; lo += jsonChunk * batch {
		hi := min(lo+jsonChunk*batch, n)
		parallel.Chunks(hi-lo, jsonChunk, func(a, b int) {
			o := jsonOut{b: bufs[a/jsonChunk][:0], depth: 2}
			for i := lo + a; i < lo+b; i++ {
				if i > 0 {
					o.b = append(o.b, ',')
				}
				o.newline()
				elem(&o, i)
			}
			bufs[a/jsonChunk] = o.b
		})
		for c := 0; c*jsonChunk < hi-lo; c++ {
			bw.Write(bufs[c])
		}
	}
	bw.WriteString("\n  ]")
}

func (o *jsonOut) article(a *Article) {
	o.open('{')
	o.stringMember("id", a.ID)
	o.stringMember("title", a.Title)
	o.key("published")
	if a.Published.IsZero() {
		o.b = append(o.b, "null"...)
	} else {
		o.day(a.Published)
	}
	o.key("published_inferred")
	o.b = strconv.AppendBool(o.b, a.PublishedInferred)
	if a.PublishedReason != "" {
		o.stringMember("published_reason", a.PublishedReason)
	}
	// The time expressions that date no event.
	o.key("undated")
	o.objects(len(a.Undated), func(i int) {
		x := &a.Undated[i]
		o.stringMember("expression", x.Text)
		o.stringMember("type", x.Type)
		o.stringMember("value", x.Value)
		o.stringMember("explanation", x.Explanation)
	})
	o.close('}')
}

// actor appends an actor with the number of events given, a.Events.
func (o *jsonOut) actor(a *Actor) {
	o.open('{')
	o.stringMember("name", a.Name)
	o.stringMember("kind", a.Kind)
	o.key("aliases")
	o.strings(a.Aliases)
	o.key("events")
	o.b = strconv.AppendInt(o.b, int64(a.Events), 10)
	o.close('}')
}

func (o *jsonOut) event(e *Event) {
	o.open('{')
	o.stringMember("kind", e.Kind)
	o.stringMember("date", e.Date)
	o.key("start")
	o.day(e.Start)
	o.key("end")
	o.day(e.End)
	o.stringMember("text", oneLine(e.Text))
	o.key("actors")
	o.strings(e.Actors)
	o.key("sources")
	if e.Sources == nil {
		o.b = append(o.b, "null"...)
	} else {
		o.objects(len(e.Sources), func(i int) {
			s := &e.Sources[i]
			o.stringMember("article", s.Article)
			o.stringMember("date", s.Date)
			o.stringMember("sentence", s.Sentence)
			o.stringMember("expression", s.Expression)
			o.stringMember("explanation", s.Explanation)
		})
	}
	o.close('}')
}

// jsonOut appends indented JSON to b.
type jsonOut struct {
	b     []byte
	depth int  // of the object or array being written
	empty bool // whether it has no member or element yet
}

func (o *jsonOut) open(c byte) {
	o.b = append(o.b, c)
	o.depth++
	o.empty = true
}

// close ends the object or array being written: "[]" or "{}" when it is
// empty, else on a line of its own.
func (o *jsonOut) close(c byte) {
	o.depth--
	if !o.empty {
		o.newline()
	}
	o.b = append(o.b, c)
	o.empty = false
}

// next starts a member or an element, on a line of its own.
func (o *jsonOut) next() {
	if !o.empty {
		o.b = append(o.b, ',')
	}
	o.empty = false
	o.newline()
}

func (o *jsonOut) newline() {
	o.b = append(o.b, '\n')
	for range o.depth {
		o.b = append(o.b, "  "...)
	}
}

func (o *jsonOut) key(name string) {
	o.next()
	o.b = appendJSONString(o.b, name)
	o.b = append(o.b, ": "...)
}

func (o *jsonOut) stringMember(name, value string) {
	o.key(name)
	o.b = appendJSONString(o.b, value)
}

// day appends a date as a string, "2025-03-12".
func (o *jsonOut) day(t time.Time) {
	o.b = append(o.b, '"')
	o.b = t.AppendFormat(o.b, isoDay)
	o.b = append(o.b, '"')
}

// objects appends a list of n objects, [] when n is 0, members(i)
// appending the members of object i.
func (o *jsonOut) objects(n int, members func(i int)) {
	o.open('[')
	for i := range n {
		o.next()
		o.open('{')
		members(i)
		o.close('}')
	}
	o.close(']')
}

// strings appends a list of strings, [] when there is none.
func (o *jsonOut) strings(ss []string) {
	o.open('[')
	for _, s := range ss {
		o.next()
		o.b = appendJSONString(o.b, s)
	}
	o.close(']')
}

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes strings without HTML escaping: quotation marks, backslashes
// and control characters, and the line and paragraph separators, which
// JavaScript does not allow in strings; invalid UTF-8 becomes U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hexDigits = "0123456789abcdef"
	b = append(b, '"')
	done := 0 // s[:done] is in b
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[done:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			done = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[done:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[done:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		done = i
	}
	b = append(b, s[done:]...)
	return append(b, '"')
}
