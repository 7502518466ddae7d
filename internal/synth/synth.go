// Package synth generates synthetic news articles for benchmarks and load
// tests: wire-copy-like reports of about 4 KB with a publish date, a
// headline, quotes and a realistic density of time expressions of every
// kind dateline resolves. The same seed always gives the same articles.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"dateline/parse"
)

// Article is one generated article file.
type Article struct {
	Name string // file name, like "2024/07/000123.txt"
	Data []byte
}

// Generator makes articles from a seed.
type Generator struct {
	rng  *rand.Rand
	size int
	n    int
}

// New returns a generator of articles of about size bytes each.
func New(seed uint64, size int) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), size: size}
}

// Articles returns the first n articles of seed, of about 4 KB each.
func Articles(seed uint64, n int) []Article {
	g := New(seed, 4096)
	out := make([]Article, n)
	for i := range out {
		out[i] = g.Next()
	}
	return out
}

// WriteDir writes the first n articles of seed, of about size bytes each,
// under dir (in one folder per publish month), and returns their total
// size in bytes.
func WriteDir(dir string, seed uint64, n, size int) (int64, error) {
	g := New(seed, size)
	var total int64
	for range n {
		a := g.Next()
		p := filepath.Join(dir, filepath.FromSlash(a.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return total, err
		}
		if err := os.WriteFile(p, a.Data, 0o644); err != nil {
			return total, err
		}
		total += int64(len(a.Data))
	}
	return total, nil
}

var (
	people    = []string{"President Vladimir Putin", "President Volodymyr Zelensky", "Secretary of State Marco Rubio", "Chancellor Olaf Scholz", "Prime Minister Keir Starmer", "President Emmanuel Macron", "NATO Secretary-General Mark Rutte", "Foreign Minister Andrii Sybiha", "Kremlin spokesman Dmitry Peskov", "envoy Steve Witkoff"}
	places    = []string{"Kyiv", "Moscow", "Washington", "Brussels", "Jeddah", "Warsaw", "Paris", "London", "Berlin", "Geneva", "Istanbul", "Kharkiv", "Odesa"}
	groups    = []string{"the European Union", "NATO", "the United Nations", "the International Monetary Fund", "the World Bank", "the G7", "the Red Cross", "Ukraine's parliament", "the Russian defence ministry", "the US Senate"}
	topics    = []string{"a ceasefire proposal", "the grain corridor", "a prisoner exchange", "new sanctions", "military aid", "energy infrastructure", "reconstruction funding", "peace talks", "the frontline", "air defence systems", "a minerals deal", "border security"}
	saidVerbs = []string{"said", "told reporters", "announced", "confirmed", "warned", "insisted", "argued", "wrote in a statement"}
	actions   = []string{"agreed to resume talks on", "rejected", "called for progress on", "met officials to discuss", "signed an agreement on", "raised concerns about", "pledged support for", "criticised the plan for", "held a briefing on", "proposed changes to"}
	weekdays  = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	numbers   = []string{"two", "three", "four", "five", "six", "ten"}
	vague     = []string{"recently", "soon", "after lengthy talks", "behind closed doors", "at the summit", "under pressure"}
)

func (g *Generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// pastTime is a time expression for a past event, relative to published,
// or for two in five sentences, a vaguer phrase that is not one.
func (g *Generator) pastTime(published time.Time) string {
	if g.rng.IntN(5) < 2 {
		return g.pick(vague)
	}
	switch g.rng.IntN(12) {
	case 0:
		return "on " + g.pick(weekdays)
	case 1:
		return "yesterday"
	case 2:
		return "last week"
	case 3:
		return "in " + published.AddDate(0, -1-g.rng.IntN(8), 0).Format("January")
	case 4:
		d := published.AddDate(0, 0, -1-g.rng.IntN(60))
		return "on " + d.Format("January 2")
	case 5:
		d := published.AddDate(0, 0, -g.rng.IntN(400))
		return "on " + d.Format("2 January 2006")
	case 6:
		return g.pick(numbers) + " days ago"
	case 7:
		return "in " + fmt.Sprint(1990+g.rng.IntN(published.Year()-1990))
	case 8:
		return "last " + published.AddDate(0, -2-g.rng.IntN(9), 0).Format("January")
	case 9:
		return "earlier this month"
	case 10:
		return "last year"
	}
	return "on " + published.AddDate(0, 0, -g.rng.IntN(30)).Format("2006-01-02")
}

// futureTime is a time expression for a planned event, or for two in
// five sentences a vaguer phrase.
func (g *Generator) futureTime(published time.Time) string {
	if g.rng.IntN(5) < 2 {
		return g.pick(vague)
	}
	switch g.rng.IntN(5) {
	case 0:
		return "on " + g.pick(weekdays)
	case 1:
		return "next month"
	case 2:
		return "next week"
	case 3:
		return "in " + published.AddDate(0, 1+g.rng.IntN(5), 0).Format("January")
	}
	return "on " + published.AddDate(0, 0, 1+g.rng.IntN(90)).Format("January 2, 2006")
}

// sentence is one sentence of news copy; about one in four carries a
// time expression: six or seven in an article of 4 KB, as in wire copy.
func (g *Generator) sentence(published time.Time) string {
	switch g.rng.IntN(8) {
	case 0:
		return fmt.Sprintf("%s %s %s that %s %s %s.", capitalise(g.pick(people)), g.pick(saidVerbs), g.pastTime(published), g.pick(groups), g.pick(actions), g.pick(topics))
	case 1:
		return fmt.Sprintf("Officials in %s %s %s %s.", g.pick(places), g.pick(actions), g.pick(topics), g.pastTime(published))
	case 2:
		return fmt.Sprintf("%s will meet %s in %s %s to discuss %s.", capitalise(g.pick(people)), g.pick(people), g.pick(places), g.futureTime(published), g.pick(topics))
	case 3:
		return fmt.Sprintf("“We cannot accept %s without guarantees,” %s %s, adding that %s had %s.", g.pick(topics), g.pick(people), g.pick(saidVerbs), g.pick(groups), g.pick(actions)+" "+g.pick(topics))
	case 4:
		return fmt.Sprintf("The talks in %s followed weeks of pressure from %s over %s, and analysts expect little change before the end of the year.", g.pick(places), g.pick(groups), g.pick(topics))
	case 5:
		return fmt.Sprintf("According to %s, about %d people were affected, and %d more could be displaced if fighting around %s continues.", g.pick(groups), 1000+g.rng.IntN(90000), 100+g.rng.IntN(9000), g.pick(places))
	case 6:
		return fmt.Sprintf("%s has %s %s, a move %s described as a step toward a lasting settlement.", capitalise(g.pick(groups)), g.pick(actions), g.pick(topics), g.pick(people))
	}
	return fmt.Sprintf("Reporters in %s saw convoys heading east, while residents said the sirens sounded for %d hours.", g.pick(places), 1+g.rng.IntN(9))
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Next returns the next article: published on a day of 2024 or 2025, with
// its date in one of the header forms dateline reads (or, for one in
// fifty, none), a headline and paragraphs of a few sentences.
func (g *Generator) Next() Article {
	g.n++
	published := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.rng.IntN(730))
	var b strings.Builder
	switch g.rng.IntN(50) {
	case 0:
	case 1, 2, 3, 4, 5, 6, 7, 8, 9, 10:
		fmt.Fprintf(&b, " date %s ", published.Format("2006-01-02"))
	case 11, 12, 13, 14, 15:
		fmt.Fprintf(&b, "Published: %s\n\n", published.Format("January 2, 2006"))
	default:
		fmt.Fprintf(&b, "Date: %s\n\n", published.Format("2006-01-02"))
	}
	fmt.Fprintf(&b, "%s and %s Discuss %s\n\n", firstWords(g.pick(places)), firstWords(g.pick(groups)), titleCase(g.pick(topics)))
	for b.Len() < g.size {
		for k := 2 + g.rng.IntN(3); k > 0; k-- {
			b.WriteString(g.sentence(published))
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return Article{
		Name: fmt.Sprintf("%s/%06d.txt", published.Format("2006/01"), g.n),
		Data: []byte(b.String()),
	}
}

func firstWords(s string) string { return capitalise(strings.TrimPrefix(s, "the ")) }

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "a" && w != "the" && w != "on" {
			words[i] = capitalise(w)
		}
	}
	return strings.Join(words, " ")
}

// Parsed returns the first n articles of seed, of about 4 KB each, read
// as dateline reads article files, and their total size in bytes.
func Parsed(seed uint64, n int) ([]*parse.Article, int, error) {
	arts := make([]*parse.Article, 0, n)
	size := 0
	for _, g := range Articles(seed, n) {
		a, err := parse.ReadArticle(g.Name, g.Name, g.Data)
		if err != nil {
			return nil, 0, err
		}
		arts = append(arts, a)
		size += len(g.Data)
	}
	return arts, size, nil
}
