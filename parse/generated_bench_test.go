package parse_test

import (
	"testing"

	"dateline/parse"
	"dateline/synth"
)

// BenchmarkTagGenerated tags generated articles of about 4 KB: the tagger
// alone.
func BenchmarkTagGenerated(b *testing.B) {
	synth.Bench(b, 200, func(a *parse.Article) { parse.Tag(a.Text, a.Published) })
}

// BenchmarkReadArticle decodes and reads generated articles: header,
// publish date, title.
func BenchmarkReadArticle(b *testing.B) {
	gen := synth.Articles(1, 200)
	size := 0
	for _, g := range gen {
		size += len(g.Data)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, g := range gen {
			if _, err := parse.ReadArticle(g.Name, g.Name, g.Data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(gen))/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N*size)/1e6/b.Elapsed().Seconds(), "MB/s")
}
