package parse

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Mr. Smith went to the U.S. on Sept. 30. He left.", []string{"Mr. Smith went to the U.S. on Sept. 30.", "He left."}},
		{"War and peace\nPutin has repeatedly ruled it out.", []string{"War and peace", "Putin has repeatedly ruled it out."}},
		{"He said: “It is over.” Then he left!", []string{"He said: “It is over.”", "Then he left!"}},
		{"P.J. Crowley said so. Is it? Yes.", []string{"P.J. Crowley said so.", "Is it?", "Yes."}},
		{"The figure rose 3.5 percent.\n\nA new paragraph", []string{"The figure rose 3.5 percent.", "A new paragraph"}},
		{"a line that wraps\nin the middle.", []string{"a line that wraps\nin the middle."}},
		{"", nil},
	}
	for _, c := range cases {
		var got []string
		for _, s := range Sentences(c.text) {
			got = append(got, c.text[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Sentences(%q)\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}
