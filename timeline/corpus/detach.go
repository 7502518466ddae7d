package corpus

import (
	"reflect"
	"strings"

	"dateline/timeline"
)

// detach gives every string of an extraction its own memory. Sentences,
// expressions, actor names and the title are slices of the article's
// text; copying them lets the text, the bulk of a corpus, be freed once
// the article is extracted, so that a timeline holds the sentences that
// report events rather than every article whole.
func detach(x *timeline.Extraction) {
	// Sized for the distinct strings of the events (a sentence, its
	// expression, date and explanation; their actors are those below), of
	// the actors (a name and about one other form) and of the undated
	// expressions, so that it is seldom grown as filled, nor much larger
	// than needed.
	copies := make(map[string]string, 4*len(x.Events)+2*len(x.Actors)+3*len(x.Article.Undated)+8)
	eachString(x, func(s string) string {
		c, ok := copies[s]
		if !ok {
			c = strings.Clone(s)
			copies[s] = c
		}
		return c
	})
}

// eachString replaces every non-empty string of an extraction s by f(s).
// It walks the extraction by reflection, so that fields added to it
// later are not forgotten.
func eachString(x *timeline.Extraction, f func(string) string) {
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			if s := v.String(); s != "" && v.CanSet() {
				v.SetString(f(s))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		}
	}
	walk(reflect.ValueOf(x).Elem())
}
