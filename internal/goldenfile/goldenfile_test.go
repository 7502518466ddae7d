package goldenfile

import "testing"

func TestFirstDiff(t *testing.T) {
	cases := []struct{ got, want, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nb\n", "a\nc\n", "line 2:\n got  \"b\"\n want \"c\""},
		{"a\r\n", "a\n", "line 1:\n got  \"a\\r\"\n want \"a\""},
		{"a\n", "a\nmore\n", "line 2:\n got  \"\"\n want \"more\""},
	}
	for _, c := range cases {
		if got := firstDiff(c.got, c.want); got != c.diff {
			t.Errorf("firstDiff(%q, %q) = %q, want %q", c.got, c.want, got, c.diff)
		}
	}
}
