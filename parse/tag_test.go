package parse

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// tagCase is a text, the date it was written on (empty: 2025-03-12, "-":
// unknown) and the expected time expressions.
type tagCase struct {
	text, ref string
	want      []string
}

func TestTag(t *testing.T) {
	total := 0
	for family, cases := range tagFamilies {
		t.Run(family, func(t *testing.T) {
			for _, c := range cases {
				var ref time.Time
				switch c.ref {
				case "":
					ref = time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
				case "-":
				default:
					var err error
					if ref, err = time.Parse("2006-01-02", c.ref); err != nil {
						t.Fatalf("case %q: bad reference date: %v", c.text, err)
					}
				}
				var got []string
				for _, x := range Tag(c.text, ref) {
					s := x.Text + " " + string(x.Type) + " " + x.Value
					if x.Mod != "" {
						s += " +" + x.Mod
					}
					if x.Point != "" {
						s += " @" + x.Point
					}
					got = append(got, s)
				}
				if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
					t.Errorf("Tag(%q, %s)\n got  %q\n want %q", c.text, c.ref, got, c.want)
				}
			}
		})
		total += len(cases)
	}
	if total < 300 {
		t.Errorf("only %d hand-written cases", total)
	}
}

func TestTagOffsetsAndExplanations(t *testing.T) {
	text := "Speaking on Tuesday, Rubio said last June was different."
	ref := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, x := range Tag(text, ref) {
		if text[x.Start:x.End] != x.Text {
			t.Errorf("offsets %d:%d give %q, want %q", x.Start, x.End, text[x.Start:x.End], x.Text)
		}
		if !strings.Contains(x.Explanation, x.Value) || !strings.Contains(x.Explanation, "2025-03-12") {
			t.Errorf("explanation %q does not give the value and the reference date", x.Explanation)
		}
		if x.Rule == "" || x.Anchor != ref {
			t.Errorf("%q: rule %q, anchor %v; want a rule and anchor %v", x.Text, x.Rule, x.Anchor, ref)
		}
	}
}

// TestTagAnchorNamedDate checks that a value taken from a date the text
// named gives that date as its anchor, not the publish date.
func TestTagAnchorNamedDate(t *testing.T) {
	ref := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, expr string
		anchor     time.Time
	}{
		{"In May 1940, Germany invaded France. By June, Paris had fallen.", "June", time.Date(1940, 5, 1, 0, 0, 0, 0, time.UTC)},
		{"The talks began on Feb. 3. On the 5th, they collapsed.", "the 5th", time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)},
		{"The talks began on Feb. 3. A day earlier, troops moved.", "A day earlier", time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)},
	} {
		found := false
		for _, x := range Tag(c.text, ref) {
			if x.Text != c.expr {
				continue
			}
			found = true
			if !x.Anchor.Equal(c.anchor) {
				t.Errorf("%q in %q: anchor %v, want %v", x.Text, c.text, x.Anchor, c.anchor)
			}
		}
		if !found {
			t.Errorf("%q: %q not found", c.text, c.expr)
		}
	}
}

func TestTagSentencesAgrees(t *testing.T) {
	ref := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	texts := []string{"", "He said: “It is over on Friday.” Then he left!\n\nOn March 3, 2025, talks began."}
	for _, cases := range tagFamilies {
		for _, c := range cases {
			texts = append(texts, c.text)
		}
	}
	for _, text := range texts {
		txs, sents := TagSentences(text, ref)
		if want := Tag(text, ref); !reflect.DeepEqual(txs, want) {
			t.Errorf("TagSentences(%q) expressions\n got  %v\n want %v", text, txs, want)
		}
		if want := Sentences(text); !reflect.DeepEqual(sents, want) && len(sents)+len(want) > 0 {
			t.Errorf("TagSentences(%q) sentences\n got  %v\n want %v", text, sents, want)
		}
	}
}
