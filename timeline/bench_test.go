package timeline_test

import (
	"testing"

	"dateline/parse"
	"dateline/synth"
	"dateline/timeline"
)

func benchArticles(b *testing.B, n int) ([]*parse.Article, int) {
	b.Helper()
	arts, size, err := synth.Parsed(1, n)
	if err != nil {
		b.Fatal(err)
	}
	return arts, size
}

// BenchmarkExtract finds the events of generated articles of about 4 KB:
// from article to events, tagging included.
func BenchmarkExtract(b *testing.B) {
	arts, size := benchArticles(b, 200)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			timeline.Extract(a)
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N*size)/1e6/b.Elapsed().Seconds(), "MB/s")
}

// BenchmarkMerge merges the extractions of 10,000 generated articles into
// one timeline.
func BenchmarkMerge(b *testing.B) {
	arts, size := benchArticles(b, 10000)
	xs := make([]*timeline.Extraction, len(arts))
	for i, a := range arts {
		xs[i] = timeline.Extract(a)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		timeline.Merge(xs)
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N*size)/1e6/b.Elapsed().Seconds(), "MB/s")
}
