package timeline

import (
	"math"
	"slices"
	"sort"
	"strings"

	"dateline/internal/parallel"
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

// sameEvents finds the reports of the same event in different articles:
// compatible dates (the same period, or one within the other) and clearly
// the same content (shared distinctive words, shared quotations). Reports
// of one article are never one event, nor are publication reports. It
// returns the events as lists of reports (numbers in evs) in order of
// appearance, the events in order of their first report.
func sameEvents(evs []*Event, order []appearance) [][]int {
	idx := make([]int, len(evs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case order[a].before(order[b]):
			return -1
		case order[b].before(order[a]):
			return 1
		}
		return 0
	})
	pos := make([]int, len(evs)) // position in idx of each event
	for x, i := range idx {
		pos[i] = x
	}

	prints := newContentPrints(evs)
	type pair struct {
		a, b  int
		score float64
	}
	// Candidates are found and scored on all cores, for a chunk of
	// reports at a time, without listing them all first.
	post := prints.postings()
	const chunk = 4096
	found := make([][]pair, (len(evs)+chunk-1)/chunk)
	parallel.Chunks(len(evs), chunk, func(lo, hi int) {
		var ps []pair
		seen := make([]int32, len(evs))
		var cands []int32
		for i := lo; i < hi; i++ {
			cands = post.candidates(prints, i, seen, cands[:0])
			for _, j32 := range cands {
				j := int(j32)
				if evs[i].Kind == KindReport || evs[j].Kind == KindReport || order[i].article == order[j].article || !compatibleDates(evs[i], evs[j]) {
					continue
				}
				need := sameEventScore
				if evs[i].Date != evs[j].Date {
					need = sameEventScoreCoarser
				}
				if s := prints.similarity(i, j); s >= need {
					x, y := pos[i], pos[j]
					if y < x {
						x, y = y, x
					}
					ps = append(ps, pair{x, y, s})
				}
			}
		}
		found[lo/chunk] = ps
	})
	pairs := slices.Concat(found...)
	// The best-matching pairs join first; equal scores in order of
	// appearance, so the result does not depend on how pairs were found.
	slices.SortFunc(pairs, func(p, q pair) int {
		switch {
		case p.score != q.score:
			if p.score > q.score {
				return -1
			}
			return 1
		case p.a != q.a:
			return p.a - q.a
		}
		return p.b - q.b
	})

	// Clusters, by position in idx; a cluster has one report per article.
	cluster := make([]int, len(idx))
	members := make([][]int, len(idx))
	alone := make([]int, len(idx)) // backs the clusters of one; a cluster that grows gets its own
	for x := range idx {
		alone[x] = x
		cluster[x], members[x] = x, alone[x:x+1:x+1]
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
	n := 0
	for _, ms := range members {
		if len(ms) > 0 {
			n++
		}
	}
	out := make([][]int, 0, n)
	for x := range idx {
		ms := members[x]
		if len(ms) == 0 {
			continue
		}
		sort.Ints(ms)
		for k, m := range ms {
			ms[k] = idx[m]
		}
		out = append(out, ms)
	}
	return out
}

// combine makes one event of the reports ms (numbers in evs, in order of
// appearance), actors named as names gives them. A report alone is the
// event as it is, its sources shared with the extraction rather than
// copied: most events have one. Every source is kept; the event takes
// the finest date and the text of its first report.
func combine(evs []*Event, ms []int, names func(i int) []string) Event {
	e := *evs[ms[0]]
	e.Actors = names(ms[0])
	if len(ms) == 1 {
		return e
	}
	e.Sources = append([]Source(nil), e.Sources...)
	e.Actors = append([]string(nil), e.Actors...)
	for _, m := range ms[1:] {
		o := evs[m]
		e.Sources = append(e.Sources, o.Sources...)
		for _, a := range names(m) {
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

func allCompatible(a, b []int, idx []int, evs []*Event) bool {
	for _, x := range a {
		for _, y := range b {
			if !compatibleDates(evs[idx[x]], evs[idx[y]]) {
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

// contentPrints say what each report says, for comparing reports: the
// stems of their content words (not function words, not the time
// expression, which compatible dates already match), as sorted word
// numbers, and their quoted word sequences. Passages are read once, however
// many events they date.
type contentPrints struct {
	words  [][]int32 // by event
	total  []float64 // by event: the summed weights of its words
	quotes []map[string]bool
	idf    []float64 // by word number: rarer words weigh more
	df     []int     // by word number: how many reports have it
	// sentence is, by event, a hash of its report's words (the time
	// expression left out): reports copied from one wire story match on it
	// however common their words.
	sentence []uint64
}

// maxPostings is the most reports a word may be in and still propose
// pairs of reports to compare: rarer words are what reports of one event
// share, and limiting them keeps the comparison linear in the corpus
// rather than quadratic. Reports made only of common words still meet
// through their whole sentence.
const maxPostings = 100

// postings are the reports of each word found in at most maxPostings
// reports, and of each sentence, for finding the reports worth comparing.
type postings struct {
	// The reports of word w, in order, are byWord[from[w]:from[w+1]].
	from, byWord []int32
	bySentence   map[uint64][]int32
}

func (cp *contentPrints) postings() *postings {
	ps := &postings{from: make([]int32, len(cp.df)+1), bySentence: map[uint64][]int32{}}
	for w, n := range cp.df {
		ps.from[w+1] = ps.from[w]
		if n <= maxPostings {
			ps.from[w+1] += int32(n)
		}
	}
	ps.byWord = make([]int32, ps.from[len(cp.df)])
	next := slices.Clone(ps.from[:len(cp.df)])
	for i, ws := range cp.words {
		for _, w := range ws {
			if cp.df[w] <= maxPostings {
				ps.byWord[next[w]] = int32(i)
				next[w]++
			}
		}
		if len(ws) > 0 {
			key := cp.sentence[i] | 1<<63 // as reports have always been grouped
			ps.bySentence[key] = append(ps.bySentence[key], int32(i))
		}
	}
	return ps
}

// candidates appends to out the reports j > i worth comparing with
// report i: those sharing a word with it found in at most maxPostings
// reports, or its sentence. Pairs that share no such word cannot reach
// the similarity needed, unless they repeat each other word for word.
// seen, one for each report, marks those already proposed: seen[j] is
// i+1 once j is.
func (ps *postings) candidates(cp *contentPrints, i int, seen, out []int32) []int32 {
	propose := func(list []int32) {
		for _, j := range list {
			if int(j) > i && seen[j] != int32(i+1) {
				seen[j] = int32(i + 1)
				out = append(out, j)
			}
		}
	}
	ws := cp.words[i]
	for _, w := range ws {
		if cp.df[w] <= maxPostings {
			propose(ps.byWord[ps.from[w]:ps.from[w+1]])
		}
	}
	if len(ws) > 0 {
		propose(ps.bySentence[cp.sentence[i]|1<<63])
	}
	return out
}

func newContentPrints(evs []*Event) *contentPrints {
	cp := &contentPrints{words: make([][]int32, len(evs)), total: make([]float64, len(evs)), quotes: make([]map[string]bool, len(evs)), sentence: make([]uint64, len(evs))}
	// The passages reports come from, each once, numbered in order of
	// first report.
	type passage struct {
		article string
		offset  int
	}
	numbers := map[passage]int{}
	var sentences []string
	from := make([]int, len(evs)) // by event, its passage's number; -1 for a publication report
	for i, e := range evs {
		if e.Kind == KindReport {
			from[i] = -1
			continue
		}
		s := e.Sources[0]
		key := passage{s.Article, s.Offset}
		n, ok := numbers[key]
		if !ok {
			n = len(sentences)
			numbers[key] = n
			sentences = append(sentences, s.Sentence)
		}
		from[i] = n
	}
	// Words are read and stemmed on all cores; they are numbered after,
	// in order, so that the numbers do not depend on the scheduling.
	type read struct {
		stems  []string // of the content words, in order
		quotes map[string]bool
	}
	reads := make([]read, len(sentences))
	parallel.Chunks(len(sentences), 256, func(lo, hi int) {
		var ws []parse.Word
		for n := lo; n < hi; n++ {
			var r read // quotes stays nil, reading as empty, for the many reports without
			ws = parse.AppendWords(ws[:0], sentences[n])
			r.stems = make([]string, 0, len(ws)) // one allocation rather than a slice grown
			for k, w := range ws {
				if !parse.IsStopword(w.Text) {
					r.stems = append(r.stems, stem(w.Text))
				}
				if k+3 <= len(ws) && w.Quoted && ws[k+1].Quoted && ws[k+2].Quoted {
					if r.quotes == nil {
						r.quotes = map[string]bool{}
					}
					r.quotes[w.Text+" "+ws[k+1].Text+" "+ws[k+2].Text] = true
				}
			}
			reads[n] = r
		}
	})
	exprStems := make([][]string, len(evs))
	parallel.Chunks(len(evs), 1024, func(lo, hi int) {
		var ws []parse.Word
		for i := lo; i < hi; i++ {
			if from[i] >= 0 {
				ws = parse.AppendWords(ws[:0], evs[i].Sources[0].Expression)
				exprStems[i] = make([]string, 0, len(ws))
				for _, w := range ws {
					exprStems[i] = append(exprStems[i], stem(w.Text))
				}
			}
		}
	})

	ids := map[string]int32{}
	var df []int
	id := func(st string) int32 {
		n, ok := ids[st]
		if !ok {
			n = int32(len(df))
			ids[st] = n
			df = append(df, 0)
		}
		return n
	}
	words := make([][]int32, len(sentences)) // by passage: sorted, unique
	numbered := make([]bool, len(sentences))
	var expr []int32
	for i, n := range from {
		if n < 0 {
			continue
		}
		if !numbered[n] {
			for _, st := range reads[n].stems {
				words[n] = append(words[n], id(st))
			}
			words[n] = uniqueSorted(words[n])
			numbered[n] = true
		}
		cp.quotes[i] = reads[n].quotes
		// The words of the time expression are left out.
		expr = expr[:0]
		for _, st := range exprStems[i] {
			expr = append(expr, id(st))
		}
		h := uint64(14695981039346656037)
		for _, w := range words[n] {
			if !slices.Contains(expr, w) {
				cp.words[i] = append(cp.words[i], w)
				df[w]++
				h = (h ^ uint64(w)) * 1099511628211
			}
		}
		cp.sentence[i] = h
	}
	cp.df = df
	cp.idf = make([]float64, len(df))
	for id, n := range df {
		cp.idf[id] = math.Log(1 + float64(len(evs))/float64(max(n, 1)))
	}
	for i, ws := range cp.words {
		for _, id := range ws {
			cp.total[i] += cp.idf[id]
		}
	}
	return cp
}

func uniqueSorted(ws []int32) []int32 {
	sort.Slice(ws, func(a, b int) bool { return ws[a] < ws[b] })
	out := ws[:0]
	for i, w := range ws {
		if i == 0 || w != ws[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// similarity scores how much reports i and j say the same: the distinctive
// words they share (each weighted by its rarity among all reports) over
// those of the shorter one, raised when they quote the same words.
func (cp *contentPrints) similarity(i, j int) float64 {
	a, b := cp.words[i], cp.words[j]
	shared, n := 0.0, 0
	for x, y := 0, 0; x < len(a) && y < len(b); {
		switch {
		case a[x] < b[y]:
			x++
		case a[x] > b[y]:
			y++
		default:
			shared += cp.idf[a[x]]
			n++
			x++
			y++
		}
	}
	if n < minSharedWords {
		return 0
	}
	score := shared / math.Min(cp.total[i], cp.total[j])
	quoted := 0
	for q := range cp.quotes[i] {
		if cp.quotes[j][q] {
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
