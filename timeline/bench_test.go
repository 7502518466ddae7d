package timeline_test

import (
	"testing"

	"dateline/internal/synth"
	"dateline/parse"
	"dateline/timeline"
)

// BenchmarkExtract finds the events of generated articles of about 4 KB:
// from article to events, tagging included.
func BenchmarkExtract(b *testing.B) {
	synth.Bench(b, 200, func(a *parse.Article) { timeline.Extract(a) })
}

// BenchmarkMerge merges the extractions of 1,000 generated articles into
// one timeline.
func BenchmarkMerge(b *testing.B) {
	arts, size, err := synth.Parsed(1, 1000)
	if err != nil {
		b.Fatal(err)
	}
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
