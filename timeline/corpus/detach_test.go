package corpus

import (
	"reflect"
	"testing"
	"unsafe"

	"dateline/seeds"
	"dateline/timeline"
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

// TestDetach checks that no string of a detached extraction shares
// memory with its article's text or title.
func TestDetach(t *testing.T) {
	arts, _ := seeds.Articles()
	for _, a := range arts {
		x := timeline.Extract(a)
		detach(x)
		lo := uintptr(unsafe.Pointer(unsafe.StringData(a.Text)))
		hi := lo + uintptr(len(a.Text))
		title := unsafe.StringData(a.Title)
		for _, s := range stringsOf(reflect.ValueOf(x).Elem()) {
			if s == "" {
				continue
			}
			if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= lo && p < hi || unsafe.StringData(s) == title {
				t.Errorf("%s: %q still points into the article", a.ID, s)
			}
		}
	}
}
