package parse

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzTag checks the tagger on any text and reference date: no panic,
// spans inside the text on character boundaries, in order and not
// overlapping, with the text they claim, and values that follow the
// TimeML grammar.
func FuzzTag(f *testing.F) {
	for _, cases := range tagFamilies {
		for _, c := range cases {
			f.Add(c.text, int64(9201))
		}
	}
	for _, s := range []string{"", "\x00", "\xff\xfe", "“", "``''", "1/2/3/4", "9999-99-99", "Feb. 30",
		"the the the", "12:60 p.m.", "'90s 1990s 90s", "a a a a a year", "nineteen nineteen nineteen",
		"last last last June", "Thursday, Thursday, March 13", "24:61", "$2,025"} {
		f.Add(s, int64(0))
		f.Add(s, int64(-700000))
		f.Add(s, int64(3000000))
	}
	f.Fuzz(func(t *testing.T, text string, days int64) {
		var ref time.Time
		if days != 0 {
			ref = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%4000000))
		}
		// Character boundaries: where each rune starts when decoding the
		// text, an invalid byte counting as one character.
		boundary := make([]bool, len(text)+1)
		for i := 0; i < len(text); {
			boundary[i] = true
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		boundary[len(text)] = true
		prevEnd := 0
		for _, x := range Tag(text, ref) {
			if x.Start < prevEnd || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("span %d:%d after %d in a text of %d bytes", x.Start, x.End, prevEnd, len(text))
			}
			if !boundary[x.Start] || !boundary[x.End] {
				t.Fatalf("span %d:%d splits a character", x.Start, x.End)
			}
			if text[x.Start:x.End] != x.Text {
				t.Fatalf("text %q, span gives %q", x.Text, text[x.Start:x.End])
			}
			if x.Value != "" && !ValidValue(x.Value) {
				t.Fatalf("%q: value %q is not TimeML", x.Text, x.Value)
			}
			if x.Point != "" && !ValidValue(x.Point) {
				t.Fatalf("%q: point %q is not TimeML", x.Text, x.Point)
			}
			if x.Explanation == "" {
				t.Fatalf("%q: no explanation", x.Text)
			}
			prevEnd = x.End
		}
	})
}
