package corpus

import (
	"bytes"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"dateline/internal/synth"
	"dateline/parse"
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

func reportRate(b *testing.B, articles int, bytes int64) {
	b.ReportMetric(float64(b.N*articles)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(b.N)*float64(bytes)/1e6/b.Elapsed().Seconds(), "MB/s")
}

// benchmarkExtract is the parallel part of loading: walking a directory
// of generated articles, reading, decoding, tagging and extracting them
// on all cores, in order; without the steps over the whole corpus.
func benchmarkExtract(b *testing.B, n int) {
	dir, size := benchCorpus(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		inputs, _ := parse.Walk([]string{dir})
		got := 0
		Extract(inputs, Options{MaxSize: parse.DefaultMaxSize}, func(*timeline.Extraction, string) { got++ })
		if got != n {
			b.Fatalf("%d articles", got)
		}
	}
	reportRate(b, n, size)
}

func BenchmarkExtract1000(b *testing.B)  { benchmarkExtract(b, 1000) }
func BenchmarkExtract10000(b *testing.B) { benchmarkExtract(b, 10000) }

// BenchmarkLoad1000 is the whole load of 1,000 generated articles as the
// command does it: reading in parallel, parse.Complete over the corpus,
// extracting in parallel, merging.
func BenchmarkLoad1000(b *testing.B) {
	dir, size := benchCorpus(b, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		tl, rep := Load([]string{dir}, Options{MaxSize: parse.DefaultMaxSize, Prepare: parse.Complete})
		if rep.Articles != 1000 || len(tl.Events) == 0 {
			b.Fatalf("%d articles, %d events", rep.Articles, len(tl.Events))
		}
	}
	reportRate(b, 1000, size)
}

// BenchmarkLoadMemory loads 2,000 generated articles as the command does
// and reports memory against the size of the corpus: "peak-x" is the
// most heap in use seen while loading (sampled every millisecond), and
// "kept-x" what the finished timeline keeps, both over the corpus size.
func BenchmarkLoadMemory(b *testing.B) {
	dir, size := benchCorpus(b, 2000)
	b.ReportAllocs()
	b.ResetTimer()
	var peak, kept uint64
	for range b.N {
		runtime.GC()
		stop := sampleHeap(&peak)
		tl, _ := Load([]string{dir}, Options{MaxSize: parse.DefaultMaxSize, Prepare: parse.Complete})
		stop()
		runtime.GC()
		kept = max(kept, heapInUse())
		runtime.KeepAlive(tl)
	}
	b.ReportMetric(float64(peak)/float64(size), "peak-x")
	b.ReportMetric(float64(kept)/float64(size), "kept-x")
}

// heapInUse returns the bytes of heap objects, live or not yet swept.
func heapInUse() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sampleHeap records in peak the most heap in use seen until stop is
// called.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			*peak = max(*peak, heapInUse())
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}

// BenchmarkReadLines10000 reads back the extractions of 10,000 articles
// from JSON Lines.
func BenchmarkReadLines10000(b *testing.B) {
	dir, _ := benchCorpus(b, 10000)
	var lines bytes.Buffer
	lw := NewLinesWriter(&lines)
	inputs, _ := parse.Walk([]string{dir})
	Extract(inputs, Options{}, func(x *timeline.Extraction, _ string) { lw.Write(x) })
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		n := 0
		if errs := ReadLines(bytes.NewReader(lines.Bytes()), 0, func(*timeline.Extraction) { n++ }); errs != nil || n != 10000 {
			b.Fatalf("%d records, %v", n, errs)
		}
	}
	reportRate(b, 10000, int64(lines.Len()))
}
