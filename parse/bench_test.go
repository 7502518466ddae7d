package parse

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"
)

// devDocs reads the development set of annotated news, when it is next to
// the repository; benchmarks and evaluations skip without it.
func devDocs(tb testing.TB) []evalDoc {
	tb.Helper()
	var docs []evalDoc
	for _, name := range []string{"aquaint", "timebank"} {
		f, err := os.Open("../../shared/eval/dev/" + name + ".jsonl")
		if err != nil {
			tb.Skip("development set not found (../shared/eval): ", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var d evalDoc
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, d)
		}
		f.Close()
	}
	return docs
}

type evalDoc struct {
	ID, DCT, Text string
}

// BenchmarkTag tags the development set of real news text, one document
// after another on one goroutine, and reports the throughput in MB/s.
func BenchmarkTag(b *testing.B) {
	docs := devDocs(b)
	refs := make([]time.Time, len(docs))
	size := 0
	for i, d := range docs {
		refs[i], _ = time.Parse("2006-01-02", d.DCT)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			n += len(Tag(d.Text, refs[j]))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "timexes/s")
}
