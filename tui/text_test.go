package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestFit(t *testing.T) {
	cases := []struct {
		s    string
		w    int
		want string
	}{
		{"timeline", 8, "timeline"},
		{"timeline", 5, "time…"},
		{"timeline", 1, "…"},
		{"timeline", 0, ""},
		{"東京で会談", 6, "東京…"},           // two cells a character
		{"東京で会談", 5, "東京…"},           // no half character
		{"a👩‍👩‍👧‍👦b", 4, "a👩‍👩‍👧‍👦b"}, // one family emoji: two cells
		{"a👩‍👩‍👧‍👦b", 3, "a…"},
		{"café", 4, "café"},
		{"cafe\u0301!", 5, "cafe\u0301!"}, // a combining accent takes no cell
	}
	for _, c := range cases {
		got := fit(c.s, c.w)
		if got != c.want {
			t.Errorf("fit(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
		if ansi.StringWidth(got) > max(c.w, 0) {
			t.Errorf("fit(%q, %d) is %d cells wide", c.s, c.w, ansi.StringWidth(got))
		}
	}
}

func TestSpread(t *testing.T) {
	cases := []struct {
		left, right string
		w           int
		want        string
	}{
		{"keys", "3 of 14", 20, "keys         3 of 14"},
		{"a long list of keys", "3 of 14", 20, "a long list… 3 of 14"},
		{"keys", "3 of 14", 8, "keys"},
		{"keys", "", 10, "keys"},
	}
	for _, c := range cases {
		if got := spread(c.left, c.right, c.w); got != c.want {
			t.Errorf("spread(%q, %q, %d) = %q, want %q", c.left, c.right, c.w, got, c.want)
		}
	}
}

func TestSplitExpression(t *testing.T) {
	sentence := "The US agreed  on\nTuesday to resume aid."
	at := strings.Index(sentence, "Tuesday")
	cases := []struct {
		start, end          int
		before, expr, after string
	}{
		{at, at + len("Tuesday"), "The US agreed on ", "Tuesday", " to resume aid."},
		{0, 3, "", "The", " US agreed on Tuesday to resume aid."},
		{-1, -1, "The US agreed on Tuesday to resume aid.", "", ""},
		{at, len(sentence) + 5, "The US agreed on Tuesday to resume aid.", "", ""},
		{5, 4, "The US agreed on Tuesday to resume aid.", "", ""},
	}
	for _, c := range cases {
		b, e, a := splitExpression(sentence, c.start, c.end)
		if b != c.before || e != c.expr || a != c.after {
			t.Errorf("splitExpression(%d, %d) = %q %q %q, want %q %q %q", c.start, c.end, b, e, a, c.before, c.expr, c.after)
		}
	}
	// Offsets inside a character are not trusted.
	if b, e, _ := splitExpression("東京で", 1, 3); e != "" || b != "東京で" {
		t.Errorf("offsets inside a character: %q %q", b, e)
	}
}

func TestWrap(t *testing.T) {
	plain := paint{}
	cases := []struct {
		text string
		w    int
		want []string
	}{
		{"the quick brown fox", 10, []string{"the quick", "brown fox"}},
		{"the  quick\n\tbrown", 20, []string{"the quick brown"}},
		{"Supercalifragilistic", 8, []string{"Supercal", "ifragili", "stic"}},
		{"東京で会談が行われた", 7, []string{"東京で", "会談が", "行われ", "た"}},
		{"a 東", 1, []string{"a", "…"}},
		{"", 5, []string{""}},
	}
	for _, c := range cases {
		got := wrap([]segment{{c.text, plain}}, c.w)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", c.text, c.w, got, c.want)
		}
		for _, l := range got {
			if ansi.StringWidth(l) > c.w {
				t.Errorf("wrap(%q, %d): line %q too wide", c.text, c.w, l)
			}
		}
	}
	// Segments join inside a word, and their spaces are kept between
	// words.
	got := wrap([]segment{{"on ", plain}, {"«Tuesday»", plain}, {", he said", plain}}, 13)
	if strings.Join(got, "|") != "on «Tuesday»,|he said" {
		t.Errorf("wrap of segments = %q", got)
	}
}
