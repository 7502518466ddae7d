package parse

import (
	"strings"
	"testing"
)

// FuzzReadArticle checks that reading any bytes as an article never
// panics, that captions lie within the text, and that the corpus steps
// run on what was read.
func FuzzReadArticle(f *testing.F) {
	for _, s := range []string{
		" date 2025-03-12 Ministers attend a briefing on March 12 2025. Picture: REUTERS/JANE DOE\nBody.",
		"---\ntitle: T\ndate: 2025-03-12\n---\nBody on Tuesday.",
		"NewsPutin Rejects Truce\n\nPutin Rejects\u00a0Truce\n\n2 mins read\nPutin speaks on March 13, 2025. (Photo by A / AFP)\nRelated content\nMore.",
		"fforts stalled. By Jane Doe\n© 2025 X. All rights reserved.",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadArticle("x", "x", data)
		if err != nil {
			return
		}
		for _, c := range a.Captions {
			if c.Start < 0 || c.End > len(a.Text) || c.Start > c.End {
				t.Fatalf("caption %v outside text of %d bytes", c, len(a.Text))
			}
		}
		if strings.ContainsRune(a.Title, '\n') {
			t.Fatalf("title %q", a.Title)
		}
		Complete([]*Article{a, a})
	})
}
