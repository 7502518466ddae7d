package corpus

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"dateline/seeds"
	"dateline/timeline"
)

// seedExtractions are the extractions of the built-in articles.
func seedExtractions(t testing.TB) []*timeline.Extraction {
	arts, probs := seeds.Articles()
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	xs := make([]*timeline.Extraction, len(arts))
	for i, a := range arts {
		xs[i] = timeline.Extract(a)
	}
	return xs
}

// TestLinesRoundTrip checks that JSON Lines carry everything an
// extraction holds: merging what was read back gives the same timeline.
// It fails when Extraction gains a field the format does not carry.
func TestLinesRoundTrip(t *testing.T) {
	xs := seedExtractions(t)
	var buf bytes.Buffer
	lw := NewLinesWriter(&buf)
	for _, x := range xs {
		if err := lw.Write(x); err != nil {
			t.Fatal(err)
		}
	}
	if n := strings.Count(buf.String(), "\n"); n != len(xs) {
		t.Fatalf("%d lines for %d articles", n, len(xs))
	}
	var back []*timeline.Extraction
	if errs := ReadLines(&buf, 0, func(x *timeline.Extraction) { back = append(back, x) }); errs != nil {
		t.Fatal(errs)
	}
	normalise(reflect.ValueOf(back))
	normalise(reflect.ValueOf(xs))
	if !reflect.DeepEqual(back, xs) {
		for i := range xs {
			if !reflect.DeepEqual(back[i], xs[i]) {
				t.Fatalf("article %d differs after a round trip:\n got  %+v\n want %+v", i, back[i], xs[i])
			}
		}
		t.Fatalf("%d extractions read back, want %d", len(back), len(xs))
	}
	if !reflect.DeepEqual(timeline.Merge(back), timeline.Merge(xs)) {
		t.Fatal("merged timelines differ")
	}
}

// normalise makes every empty slice reachable from v nil: JSON does not
// tell them apart, nor does the timeline.
func normalise(v reflect.Value) {
	switch v.Kind() {
	case reflect.Slice:
		if v.Len() == 0 && v.CanSet() {
			v.Set(reflect.Zero(v.Type()))
		}
		for i := range v.Len() {
			normalise(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			normalise(v.Field(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			normalise(v.Elem())
		}
	}
}

func TestReadLinesBadLines(t *testing.T) {
	var good bytes.Buffer
	NewLinesWriter(&good).Write(seedExtractions(t)[0])
	cases := []struct{ name, line, err string }{
		{"not JSON", "{oops", "not an extraction record"},
		{"no id", `{"article":{"id":""},"events":[]}`, "without an id"},
		{"bad publish date", `{"article":{"id":"a","published":"2025-02-30"},"events":[]}`, "published"},
		{"end before start", `{"article":{"id":"a"},"events":[{"kind":"event","date":"2025","start":"2025-12-31","end":"2025-01-01","sources":[{}]}]}`, "start <= end"},
		{"offsets outside", `{"article":{"id":"a"},"events":[{"kind":"event","date":"2025","start":"2025-01-01","end":"2025-12-31","sources":[{"sentence":"ab","expr_start":1,"expr_end":9}]}]}`, "offsets"},
		{"no source", `{"article":{"id":"a"},"events":[{"kind":"event","date":"2025","start":"2025-01-01","end":"2025-12-31"}]}`, "no source"},
		{"unknown kind", `{"article":{"id":"a"},"events":[{"kind":"rumour","date":"2025","start":"2025-01-01","end":"2025-12-31","sources":[{}]}]}`, "kind"},
		{"not an extraction", `{"date":"2025","text":"an event line of --format jsonl"}`, `no "article"`},
		{"too long", `{"article":{"id":"` + strings.Repeat("x", good.Len()) + `"},"events":[]}`, "longer than the limit"},
	}
	for _, c := range cases {
		in := good.String() + c.line + "\n" + good.String()
		n := 0
		errs := ReadLines(strings.NewReader(in), int64(good.Len()), func(*timeline.Extraction) { n++ })
		if n != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "line 2: ") || !strings.Contains(errs[0].Error(), c.err) {
			t.Errorf("%s: read %d records, errors %v; want 2 records and one error on line 2 with %q", c.name, n, errs, c.err)
		}
	}
}

func FuzzReadLines(f *testing.F) {
	var buf bytes.Buffer
	lw := NewLinesWriter(&buf)
	for _, x := range seedExtractions(f)[:2] {
		lw.Write(x)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"article":{"id":"a","published":"0001-01-01","undated":[{"expression":"now"}]},"events":[{"kind":"event","date":"X","start":"9999-12-31","end":"9999-12-31","text":"\u001b[2J","sources":[{"sentence":"é","expr_start":1,"expr_end":2}]}],"actors":[{"name":"\r","forms":[]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var xs []*timeline.Extraction
		ReadLines(bytes.NewReader(data), 1<<16, func(x *timeline.Extraction) { xs = append(xs, x) })
		for _, x := range xs {
			if x.Article.ID == "" {
				t.Fatal("extraction without an ID")
			}
			for _, e := range x.Events {
				if e.End.Before(e.Start) || len(e.Sources) == 0 || strings.ContainsRune(e.Text, '\x1b') {
					t.Fatalf("bad event %+v", e)
				}
				for _, s := range e.Sources {
					_ = s.Sentence[s.ExprStart:s.ExprEnd] // must not panic
				}
			}
		}
		var out bytes.Buffer
		lw := NewLinesWriter(&out)
		for _, x := range xs {
			if err := lw.Write(x); err != nil {
				t.Fatal(err)
			}
		}
		var back []*timeline.Extraction
		if errs := ReadLines(&out, 0, func(x *timeline.Extraction) { back = append(back, x) }); errs != nil || len(back) != len(xs) {
			t.Fatalf("what was read does not read back: %v", errs)
		}
		timeline.Merge(xs)
	})
}
