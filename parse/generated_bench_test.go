package parse_test

import (
	"testing"

	"dateline/internal/synth"
	"dateline/parse"
)

// BenchmarkTagGenerated tags generated articles of about 4 KB: the tagger
// alone.
func BenchmarkTagGenerated(b *testing.B) {
	synth.Bench(b, 200, func(a *parse.Article) { parse.Tag(a.Text, a.Published) })
}
