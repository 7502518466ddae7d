package timeline

import "testing"

func TestMatchesAndSearchText(t *testing.T) {
	e := &Event{
		Text:   "Putin met Trump in Geneva.",
		Actors: []string{"Putin", "Donald Trump"},
		Sources: []Source{
			{Article: "Reuters-0312", Sentence: "Putin met Trump in Geneva."},
			{Article: "ap-0313", Sentence: "The Kremlin confirmed the meeting."},
		},
	}
	cases := []struct {
		s    string
		want bool
	}{
		{"geneva", true},       // text
		{"donald trump", true}, // actor
		{"reuters-0312", true}, // article
		{"kremlin", true},      // another source's sentence
		{"", true},
		{"Geneva", false},           // the search string must be lower-cased
		{"geneva.\x00putin", false}, // no match across fields
		{"moscow", false},
	}
	for _, c := range cases {
		if got := e.Matches(c.s); got != c.want {
			t.Errorf("Matches(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if got, want := e.SearchText(), "putin met trump in geneva.\x00putin\x00donald trump\x00reuters-0312\x00ap-0313\x00the kremlin confirmed the meeting."; got != want {
		t.Errorf("SearchText() = %q, want %q", got, want)
	}
}
