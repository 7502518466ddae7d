package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"dateline/parse"
	"dateline/synth"
	"dateline/timeline"
)

// benchCorpus writes n generated articles of about 4 KB to a directory
// kept for the run of the benchmark.
func benchCorpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	dir := b.TempDir()
	size, err := synth.WriteDir(dir, 1, n, 4096)
	if err != nil {
		b.Fatal(err)
	}
	return dir, size
}

func benchmarkLoad(b *testing.B, n int) {
	dir, size := benchCorpus(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		tl, rep := Load([]string{dir}, Options{MaxSize: parse.DefaultMaxSize})
		if rep.Articles != n || len(tl.Events) == 0 {
			b.Fatalf("%d articles, %d events", rep.Articles, len(tl.Events))
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N)*float64(size)/1e6/b.Elapsed().Seconds(), "MB/s")
}

// BenchmarkLoad1000 and BenchmarkLoad10000 are the whole load of a
// directory of generated articles: walking, reading, extracting on all
// cores, merging.
func BenchmarkLoad1000(b *testing.B)  { benchmarkLoad(b, 1000) }
func BenchmarkLoad10000(b *testing.B) { benchmarkLoad(b, 10000) }

// BenchmarkLoadLines reads back the extractions of 10,000 articles from
// one JSON Lines file and merges them.
func BenchmarkLoadLines(b *testing.B) {
	dir, _ := benchCorpus(b, 10000)
	file := filepath.Join(b.TempDir(), "all.jsonl")
	f, err := os.Create(file)
	if err != nil {
		b.Fatal(err)
	}
	lw := NewLinesWriter(f)
	inputs, _ := parse.Walk([]string{dir})
	Extract(inputs, Options{}, func(x *timeline.Extraction, _ string) { lw.Write(x) })
	f.Close()
	info, _ := os.Stat(file)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, rep := Load([]string{file}, Options{}); rep.Articles != 10000 {
			b.Fatalf("%d articles", rep.Articles)
		}
	}
	b.ReportMetric(float64(b.N*10000)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N)*float64(info.Size())/1e6/b.Elapsed().Seconds(), "MB/s")
}
