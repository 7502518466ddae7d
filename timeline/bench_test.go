package timeline

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"strings"
	"testing"

	"dateline/parse"
	"dateline/seeds"
)

// benchArticleSize is the size of a typical news article, in bytes.
const benchArticleSize = 4 << 10

// benchNames swap the people and places of the seeds, so that the
// articles made from them do not all name the same actors.
var benchNames = []*strings.Replacer{
	strings.NewReplacer(),
	strings.NewReplacer("Putin", "Lukashenko", "Moscow", "Minsk", "Zelensky", "Sybiha", "Rubio", "Kallas"),
	strings.NewReplacer("Vladimir", "Sergei", "Kremlin", "Elysee", "Russia", "France", "Trump", "Macron"),
	strings.NewReplacer("Ukraine", "Georgia", "Witkoff", "Kellogg", "Jeddah", "Riyadh", "Peskov", "Zakharova"),
}

// benchArticles makes n articles of about benchArticleSize bytes from the
// lines of the seeds, drawn in a fixed pseudo-random order, with names
// swapped and publish dates varied, so that the benchmarks need no data
// from outside the repository.
func benchArticles(b *testing.B, n int) []*parse.Article {
	b.Helper()
	var lines []string
	err := fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(seeds.FS, path)
		for _, ln := range strings.Split(string(data), "\n") {
			if len(strings.Fields(ln)) >= 8 {
				lines = append(lines, ln)
			}
		}
		return err
	})
	if err != nil || len(lines) == 0 {
		b.Fatalf("reading the seeds: %v (%d lines)", err, len(lines))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	arts := make([]*parse.Article, n)
	for i := range arts {
		var sb strings.Builder
		fmt.Fprintf(&sb, "Date: 2025-%02d-%02d\n\n", 1+i%12, 1+i%28)
		header := sb.Len()
		names := benchNames[i%len(benchNames)]
		for sb.Len()-header < benchArticleSize {
			sb.WriteString(names.Replace(lines[rng.IntN(len(lines))]))
			sb.WriteString("\n\n")
		}
		id := fmt.Sprintf("bench%04d", i)
		a, err := parse.ReadArticle(id, id+".txt", []byte(sb.String()))
		if err != nil {
			b.Fatal(err)
		}
		if len(Extract(a).Actors) == 0 {
			b.Fatalf("article %s names no actors", id)
		}
		arts[i] = a
	}
	return arts
}

func textBytes(arts []*parse.Article) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	return n
}

// BenchmarkExtract measures Extract alone, one article per operation.
func BenchmarkExtract(b *testing.B) {
	arts := benchArticles(b, 64)
	b.SetBytes(textBytes(arts) / int64(len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(arts[i%len(arts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkMerge measures Merge of the extractions of 500 articles.
func BenchmarkMerge(b *testing.B) {
	arts := benchArticles(b, 500)
	xs := make([]*Extraction, len(arts))
	for i, a := range arts {
		xs[i] = Extract(a)
	}
	b.SetBytes(textBytes(arts))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Merge(xs)
	}
	b.ReportMetric(float64(b.N*len(xs))/b.Elapsed().Seconds(), "articles/s")
}
