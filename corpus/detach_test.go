package corpus

import (
	"testing"
	"unsafe"

	"dateline/seeds"
	"dateline/timeline"
)

// TestDetach checks that no string of a detached extraction shares
// memory with its article's text.
func TestDetach(t *testing.T) {
	arts, _ := seeds.Articles()
	for _, a := range arts {
		x := timeline.Extract(a)
		detach(x)
		lo := uintptr(unsafe.Pointer(unsafe.StringData(a.Text)))
		hi := lo + uintptr(len(a.Text))
		inText := func(what, s string) {
			if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); s != "" && p >= lo && p < hi {
				t.Errorf("%s: %s %q still points into the article's text", a.ID, what, s)
			}
		}
		inText("title", x.Article.Title)
		for _, e := range x.Events {
			inText("text", e.Text)
			for _, name := range e.Actors {
				inText("actor", name)
			}
			for _, s := range e.Sources {
				inText("sentence", s.Sentence)
				inText("expression", s.Expression)
				inText("explanation", s.Explanation)
				inText("date", e.Date)
			}
		}
	}
}
