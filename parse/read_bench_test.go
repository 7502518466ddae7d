package parse_test

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"dateline/parse"
	"dateline/seeds"
)

// seedTexts returns the raw seed articles, in file name order.
func seedTexts(tb testing.TB) [][]byte {
	tb.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var out [][]byte
	for _, n := range names {
		data, err := fs.ReadFile(seeds.FS, n)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// textMaker writes sentences from the seeds, deterministically: some
// taken whole, as reports of the same news share quotations and
// background, the others new, each word following one that it follows in
// the seeds, so that words and phrases are as frequent as in news but
// most four-word sequences are the article's own.
type textMaker struct {
	sentences []string            // the seeds' sentences
	starts    []string            // words that start a seed sentence
	follow    map[string][]string // the words that follow each word
	state     uint32
}

func newTextMaker(texts [][]byte) *textMaker {
	m := &textMaker{follow: map[string][]string{}, state: 7}
	for _, t := range texts {
		for _, ln := range strings.Split(string(t), "\n") {
			for _, s := range strings.SplitAfter(strings.TrimSpace(ln), ". ") {
				words := strings.Fields(s)
				if len(words) < 6 {
					continue
				}
				m.sentences = append(m.sentences, strings.Join(words, " "))
				m.starts = append(m.starts, words[0])
				for i := 0; i+1 < len(words); i++ {
					m.follow[words[i]] = append(m.follow[words[i]], words[i+1])
				}
			}
		}
	}
	return m
}

// next returns a number in [0, k) (a linear congruential generator).
func (m *textMaker) next(k int) int {
	m.state = m.state*1664525 + 1013904223
	return int(m.state>>8) % k
}

// sentence returns a seed sentence or a new one.
func (m *textMaker) sentence() string {
	if m.next(10) < 3 {
		return m.sentences[m.next(len(m.sentences))]
	}
	w := m.starts[m.next(len(m.starts))]
	words := []string{w}
	for len(words) < 40 && !strings.HasSuffix(w, ".") {
		f := m.follow[w]
		if len(f) == 0 {
			break
		}
		w = f[m.next(len(f))]
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// generatedArticles makes n articles of about 4 KB from the seeds, in the
// forms a user loads: a "Date:" or "Published:" header, a leading "date"
// token, front matter, a dateline, or (one in twelve) no date at all; a
// headline (one in fifty copies lost its first letter); paragraphs;
// and the boilerplate of web copies (reading times, bylines, captions
// with credits, ads, copyright, a "Related content" tail).
func generatedArticles(tb testing.TB, n int) [][]byte {
	m := newTextMaker(seedTexts(tb))
	var out [][]byte
	for i := 0; i < n; i++ {
		var b strings.Builder
		day := 1 + i%28
		undated := i%12 == 11
		switch i % 6 {
		case 0:
			fmt.Fprintf(&b, "Date: 2025-03-%02d\n\n", day)
		case 1:
			fmt.Fprintf(&b, "Published: March %d, 2025\nAuthor: Jane Doe\n\n", day)
		case 2:
			fmt.Fprintf(&b, " date 2025-03-%02d ", day)
		case 3:
			fmt.Fprintf(&b, "---\ntitle: \"Report %d\"\ndate: 2025-03-%02d\n---\n", i, day)
		}
		if i%50 == 20 { // a copy that lost its first letter
			s := m.sentence()
			for s[0] < 'A' || s[0] > 'Z' || s[1] < 'a' || s[1] > 'z' {
				s = m.sentence()
			}
			fmt.Fprintf(&b, "%s\n\n", s[1:])
		} else {
			fmt.Fprintf(&b, "NewsTruce Talks in Report %d Stall | World News\n\n", i)
		}
		if i%6 == 4 {
			fmt.Fprintf(&b, "KYIV, March %d, 2025 — ", day)
		}
		b.WriteString("2 mins read\nBy Jane Doe and John Roe, Reuters\n\n")
		for b.Len() < 3800 {
			switch m.next(12) {
			case 0:
				if !undated { // a dated caption would date the article
					fmt.Fprintf(&b, "Officials attend a briefing in Warsaw on March %d, 2025. Picture: REUTERS/JANE DOE\n\n", day)
				}
			case 1:
				b.WriteString("Advertisement\n\n")
			case 2:
				b.WriteString("Putin speaks in Moscow. (Photo by Maxim Shemetov / POOL / AFP)\n\n")
			}
			for k := 1 + m.next(4); k > 0; k-- {
				b.WriteString(m.sentence())
				b.WriteByte(' ')
			}
			b.WriteString("\n\n")
		}
		b.WriteString("(Reporting by Jane Doe; Editing by John Roe)\n© 2025 Example Times. All rights reserved.\n\nRelated content\nOther story on May 2, 2024.\n")
		out = append(out, []byte(b.String()))
	}
	return out
}

// BenchmarkReadArticle reads the seeds and generated articles like them,
// one after another on one goroutine, and reports the throughput in MB/s.
func BenchmarkReadArticle(b *testing.B) {
	texts := append(seedTexts(b), generatedArticles(b, 60)...)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, t := range texts {
			if _, err := parse.ReadArticle(fmt.Sprint(j), "bench", t); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/article")
}

// BenchmarkComplete runs the corpus-level steps on 1,000 articles made
// from the seeds, one in twelve without any date, and reports the time
// per article.
func BenchmarkComplete(b *testing.B) {
	var arts []*parse.Article
	for i, t := range generatedArticles(b, 1000) {
		a, err := parse.ReadArticle(fmt.Sprint(i), "bench", t)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		parse.Complete(arts)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
}
