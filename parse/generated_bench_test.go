package parse_test

import (
	"testing"

	"dateline/parse"
	"dateline/synth"
)

func benchArticles(b *testing.B, n int) ([]*parse.Article, int) {
	b.Helper()
	arts, size, err := synth.Parsed(1, n)
	if err != nil {
		b.Fatal(err)
	}
	return arts, size
}

// BenchmarkTagGenerated tags generated articles of about 4 KB: the tagger
// alone.
func BenchmarkTagGenerated(b *testing.B) {
	arts, size := benchArticles(b, 200)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			parse.Tag(a.Text, a.Published)
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N*size)/1e6/b.Elapsed().Seconds(), "MB/s")
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
