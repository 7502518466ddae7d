package timeline

import (
	"reflect"
	"testing"
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
