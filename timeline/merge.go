package timeline

import (
	"math"
	"sort"
	"strings"

	"dateline/parse"
)

// sameEventScore is the content similarity above which two reports of
// the same date are one event: about half of the distinctive words of the
// shorter report are in the other. Reports of dates of different
// precision ("last fall", "on Oct. 23") need more, as more events fit.
const (
	sameEventScore        = 0.45
	sameEventScoreCoarser = 0.6
)

// minSharedWords is how many content words two reports must share at the
// least: a short sentence ("The Times said on Monday:") matches anything.
const minSharedWords = 3

// mergeSameEvents makes one event of the reports of the same event in
// different articles: compatible dates (the same period, or one within
// the other) and clearly the same content (shared distinctive words,
// shared quotations). Every source is kept; the event takes the finest
// date and the text of its first report. Reports of one article are never
// merged with each other, nor are publication reports. The result is in
// order of first appearance.
func mergeSameEvents(evs []Event, order []appearance) []Event {
	idx := make([]int, len(evs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return order[idx[a]].before(order[idx[b]]) })

	prints := make([]contentPrint, len(evs))
	df := map[string]int{}
	for i, e := range evs {
		if e.Kind != KindReport {
			prints[i] = newContentPrint(e.Sources[0])
			for w := range prints[i].words {
				df[w]++
			}
		}
	}
	idf := func(w string) float64 { return math.Log(1 + float64(len(evs))/float64(df[w])) }

	type pair struct {
		a, b  int
		score float64
	}
	var pairs []pair
	for x := range idx {
		for y := x + 1; y < len(idx); y++ {
			i, j := idx[x], idx[y]
			if evs[i].Kind == KindReport || evs[j].Kind == KindReport || order[i].article == order[j].article || !compatibleDates(&evs[i], &evs[j]) {
				continue
			}
			need := sameEventScore
			if evs[i].Date != evs[j].Date {
				need = sameEventScoreCoarser
			}
			if s := similarity(prints[i], prints[j], idf); s >= need {
				pairs = append(pairs, pair{x, y, s})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].score > pairs[b].score })

	// Clusters, by position in idx; a cluster has one report per article.
	cluster := make([]int, len(idx))
	members := make([][]int, len(idx))
	for x := range idx {
		cluster[x], members[x] = x, []int{x}
	}
	for _, p := range pairs {
		ca, cb := cluster[p.a], cluster[p.b]
		if ca == cb || sharesArticle(members[ca], members[cb], idx, order) || !allCompatible(members[ca], members[cb], idx, evs) {
			continue
		}
		if cb < ca {
			ca, cb = cb, ca
		}
		for _, m := range members[cb] {
			cluster[m] = ca
		}
		members[ca] = append(members[ca], members[cb]...)
		members[cb] = nil
	}
	var out []Event
	for x := range idx {
		if len(members[x]) == 0 {
			continue
		}
		sort.Ints(members[x])
		out = append(out, combine(evs, idx, members[x]))
	}
	return out
}

// combine makes one event of the reports ms (positions in idx, in order
// of appearance).
func combine(evs []Event, idx []int, ms []int) Event {
	e := evs[idx[ms[0]]]
	e.Sources = append([]Source(nil), e.Sources...)
	e.Actors = append([]string(nil), e.Actors...)
	for _, m := range ms[1:] {
		o := evs[idx[m]]
		e.Sources = append(e.Sources, o.Sources...)
		for _, a := range o.Actors {
			if !contains(e.Actors, a) {
				e.Actors = append(e.Actors, a)
			}
		}
		if o.End.Sub(o.Start) < e.End.Sub(e.Start) {
			e.Date, e.Start, e.End = o.Date, o.Start, o.End
		}
	}
	return e
}

func sharesArticle(a, b []int, idx []int, order []appearance) bool {
	for _, x := range a {
		for _, y := range b {
			if order[idx[x]].article == order[idx[y]].article {
				return true
			}
		}
	}
	return false
}

func allCompatible(a, b []int, idx []int, evs []Event) bool {
	for _, x := range a {
		for _, y := range b {
			if !compatibleDates(&evs[idx[x]], &evs[idx[y]]) {
				return false
			}
		}
	}
	return true
}

// compatibleDates reports whether two events may be one: the same period,
// or one period within the other ("in December" and "on December 19").
func compatibleDates(a, b *Event) bool {
	within := func(x, y *Event) bool { return !x.Start.Before(y.Start) && !x.End.After(y.End) }
	return within(a, b) || within(b, a)
}

// contentPrint is what a report says, for comparing it with others: the
// stems of its content words (not function words, not the time
// expression, which compatible dates already match) and its quoted word
// sequences.
type contentPrint struct {
	words  map[string]bool
	quotes map[string]bool
}

func newContentPrint(s Source) contentPrint {
	p := contentPrint{words: map[string]bool{}, quotes: map[string]bool{}}
	ws := parse.Words(s.Sentence)
	for _, w := range ws {
		if w.Start >= s.ExprStart && w.End <= s.ExprEnd || parse.IsStopword(w.Text) {
			continue
		}
		p.words[stem(w.Text)] = true
	}
	for i := 0; i+3 <= len(ws); i++ {
		if ws[i].Quoted && ws[i+1].Quoted && ws[i+2].Quoted {
			p.quotes[ws[i].Text+" "+ws[i+1].Text+" "+ws[i+2].Text] = true
		}
	}
	return p
}

// similarity scores how much two reports say the same: the distinctive
// words they share (each weighted by its rarity among all reports) over
// those of the shorter one, raised when they quote the same words.
func similarity(a, b contentPrint, idf func(string) float64) float64 {
	var shared, wa, wb float64
	n := 0
	for w := range a.words {
		wa += idf(w)
		if b.words[w] {
			shared += idf(w)
			n++
		}
	}
	for w := range b.words {
		wb += idf(w)
	}
	if n < minSharedWords {
		return 0
	}
	score := shared / math.Min(wa, wb)
	quoted := 0
	for q := range a.quotes {
		if b.quotes[q] {
			quoted++
		}
	}
	if quoted >= 3 {
		score += 0.25
	}
	return score
}

// stem folds the endings of a word, so that "claims", "claimed" and
// "claiming" compare equal.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}
