package timeline

import (
	"reflect"
	"testing"
	"time"
	"unsafe"

	"dateline/seeds"
)

// stringsOf returns every string reachable from v.
func stringsOf(v reflect.Value) []string {
	switch v.Kind() {
	case reflect.String:
		return []string{v.String()}
	case reflect.Struct:
		var out []string
		for i := range v.NumField() {
			out = append(out, stringsOf(v.Field(i))...)
		}
		return out
	case reflect.Slice, reflect.Array:
		var out []string
		for i := range v.Len() {
			out = append(out, stringsOf(v.Index(i))...)
		}
		return out
	case reflect.Pointer:
		if !v.IsNil() {
			return stringsOf(v.Elem())
		}
	}
	return nil
}

// TestMergerDetaches checks that no string of a timeline a Merger made
// shares memory with the text or title of an article, so that the
// articles can be freed once added.
func TestMergerDetaches(t *testing.T) {
	arts, _ := seeds.Articles()
	var m Merger
	type span struct{ lo, hi uintptr }
	var texts []span
	for _, a := range arts {
		for _, s := range []string{a.Text, a.Title} {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			texts = append(texts, span{p, p + uintptr(len(s))})
		}
		m.Add(Extract(a))
	}
	tl := m.Timeline()
	for _, s := range stringsOf(reflect.ValueOf(tl).Elem()) {
		if s == "" {
			continue
		}
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		for _, sp := range texts {
			if p >= sp.lo && p < sp.hi {
				t.Errorf("%q still points into an article", s)
			}
		}
	}
	if len(tl.Events) == 0 || len(tl.Actors) == 0 {
		t.Fatalf("%d events, %d actors", len(tl.Events), len(tl.Actors))
	}
}

// TestMentionKey checks that mentions differing in any field have
// different keys, and that lists do not run into the fields after them.
func TestMentionKey(t *testing.T) {
	base := Mention{Name: "Vladimir Putin", Kind: KindPerson, Forms: []string{"Putin"}, Country: "Russia", Title: "president", Titles: []string{"president"}}
	variants := []func(m *Mention){
		func(m *Mention) {},
		func(m *Mention) { m.Name = "Vladimir Putin " },
		func(m *Mention) { m.Kind = KindUnknown },
		func(m *Mention) { m.Forms = nil },
		func(m *Mention) { m.Forms = []string{"Putin", "Russia"}; m.Country = "" },
		func(m *Mention) { m.Country = "" },
		func(m *Mention) { m.Title = "" },
		func(m *Mention) { m.Titles = nil },
		func(m *Mention) { m.Acts = true },
		func(m *Mention) { m.Partial = true },
	}
	seen := map[string]int{}
	for i, change := range variants {
		m := base
		change(&m)
		k := string(mentionKey(nil, &m))
		if j, ok := seen[k]; ok {
			t.Errorf("variants %d and %d have the same key", j, i)
		}
		seen[k] = i
		if again := string(mentionKey(nil, &m)); again != k {
			t.Errorf("variant %d: key not stable", i)
		}
	}
}

// TestMergerKeepsEvents checks that events come out of a Merger as they
// went in, whether kept as reports of numbers or in full: several
// sources, times within a day, a source dated otherwise than its event.
func TestMergerKeepsEvents(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 3, d, 0, 0, 0, 0, time.UTC) }
	src := func(sentence, expr string, start int) Source {
		return Source{Article: "a", Sentence: sentence, Expression: expr, Date: "2025-03-11",
			ExprStart: start, ExprEnd: start + len(expr), Offset: 10 * start, Explanation: "'" + expr + "' → 2025-03-11"}
	}
	plain := Event{Kind: KindEvent, Date: "2025-03-11", Start: day(11), End: day(11), Text: "Talks began on Tuesday.",
		Actors: []string{"Marco Rubio"}, Sources: []Source{src("Talks began on Tuesday.", "Tuesday", 15)}}
	two := Event{Kind: KindEvent, Date: "2025-03-11", Start: day(11), End: day(11), Text: "Both met on Tuesday.",
		Sources: []Source{src("Both met on Tuesday.", "Tuesday", 12), src("They met on Tuesday.", "Tuesday", 12)}}
	hour := Event{Kind: KindEvent, Date: "2025-03-12T10", Start: day(12).Add(10 * time.Hour), End: day(12).Add(11 * time.Hour),
		Text: "At 10 a.m. it ended.", Sources: []Source{src("At 10 a.m. it ended.", "10 a.m.", 3)}}
	coarser := Event{Kind: KindEvent, Date: "2025-03-13", Start: day(13), End: day(13), Text: "It was March.",
		Sources: []Source{src("It was March.", "March", 7)}}
	coarser.Sources[0].Date = "2025-03"
	report := Event{Kind: KindReport, Date: "2025-03-14", Start: day(14), End: day(14), Text: "Headline",
		Sources: []Source{{Article: "a", Sentence: "Headline", Date: "2025-03-14", Offset: 400, Explanation: "published"}}}
	want := []Event{two, plain, hour, coarser, report} // in the order of the timeline: by date, then by place in the article
	x := &Extraction{Article: Article{ID: "a", Title: "Headline"}}
	for _, e := range want {
		e.Sources = append([]Source(nil), e.Sources...)
		e.Actors = append([]string(nil), e.Actors...)
		if len(e.Actors) == 0 {
			e.Actors = nil
		}
		x.Events = append(x.Events, e)
	}
	tl := Merge([]*Extraction{x})
	if !reflect.DeepEqual(tl.Events, want) {
		t.Errorf("got\n%+v\nwant\n%+v", tl.Events, want)
	}
}
