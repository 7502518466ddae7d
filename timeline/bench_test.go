package timeline_test

import (
	"fmt"
	"strings"
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

// BenchmarkMergeCopies merges 200 articles that repeat one sentence with
// a date 400 times each: 80,000 reports of one sentence, more than can
// be compared pairwise.
func BenchmarkMergeCopies(b *testing.B) {
	var xs []*timeline.Extraction
	for i := range 200 {
		var text strings.Builder
		text.WriteString("Published: 2025-03-12\n\n")
		for j := range 400 {
			fmt.Fprintf(&text, "On March %d, officials said talks began. ", 1+j%28)
		}
		a, err := parse.ReadArticle(fmt.Sprint(i), "", []byte(text.String()))
		if err != nil {
			b.Fatal(err)
		}
		xs = append(xs, timeline.Extract(a))
	}
	b.ReportAllocs()
	b.ResetTimer()
	var events int
	for range b.N {
		events = len(timeline.Merge(xs).Events)
	}
	b.ReportMetric(float64(b.N*80000)/b.Elapsed().Seconds(), "reports/s")
	if events != 600 {
		b.Fatalf("%d events, want 600", events)
	}
}
