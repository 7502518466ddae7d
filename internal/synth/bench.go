package synth

import (
	"testing"

	"dateline/parse"
)

// Bench runs each on n generated articles of about 4 KB, read as dateline
// reads article files, b.N times, and reports articles per second, MB per
// second and allocations.
func Bench(b *testing.B, n int, each func(*parse.Article)) {
	b.Helper()
	arts, size, err := Parsed(1, n)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			each(a)
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N*size)/1e6/b.Elapsed().Seconds(), "MB/s")
}
