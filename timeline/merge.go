package timeline

import (
	"cmp"
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
// appearance, the events in order of their first report. arts are the
// articles of the reports, rs what they refer to.
func sameEvents(rs *reportSet, evs []*report, order []appearance, arts []Article) [][]int {
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

	prints := newContentPrints(rs, evs, order, arts)
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
				if evs[i].isReport || evs[j].isReport || order[i].article == order[j].article || !rs.compatibleDates(evs[i], evs[j]) {
					continue
				}
				need := sameEventScore
				if evs[i].date != evs[j].date {
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
		if ca == cb || sharesArticle(members[ca], members[cb], idx, order) || !allCompatible(rs, members[ca], members[cb], idx, evs) {
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

// combine makes one event of the reports ms (in order of appearance),
// event(i) being the event of report i alone. Every source is kept; the
// event takes the finest date and the text of its first report.
func combine(ms []int, event func(i int) Event) Event {
	e := event(ms[0])
	if len(ms) == 1 {
		return e
	}
	e.Sources = append([]Source(nil), e.Sources...)
	e.Actors = append([]string(nil), e.Actors...)
	for _, m := range ms[1:] {
		o := event(m)
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

func allCompatible(rs *reportSet, a, b []int, idx []int, evs []*report) bool {
	for _, x := range a {
		for _, y := range b {
			if !rs.compatibleDates(evs[idx[x]], evs[idx[y]]) {
				return false
			}
		}
	}
	return true
}

// contentPrints say what each report says, for comparing reports: the
// stems of their content words (not function words, not the time
// expression, which compatible dates already match), as sorted word
// numbers, and their quoted word sequences. Passages are read once, however
// many events they date.
type contentPrints struct {
	// The words of report i are words[from[i]:from[i+1]]: one list for
	// all, as reports are many and their words few.
	words  []int32
	from   []int
	total  []float64 // by event: the summed weights of its words
	quotes []map[string]bool
	idf    []float64 // by word number: rarer words weigh more
	df     []int     // by word number: how many reports have it
	// sentence is, by event, a hash of its report's words (the time
	// expression left out): reports copied from one wire story match on it
	// however common their words.
	sentence []uint64
}

// wordsOf returns the words of report i.
func (cp *contentPrints) wordsOf(i int) []int32 {
	return cp.words[cp.from[i]:cp.from[i+1]]
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
	// bySentence are the reports with words, by the key of their
	// sentence then in order: those of one sentence are a run.
	bySentence []sentencePosting
}

type sentencePosting struct {
	key    uint64
	report int32
}

// sentenceKey is what groups reports by sentence.
func (cp *contentPrints) sentenceKey(i int) uint64 {
	return cp.sentence[i] | 1<<63 // as reports have always been grouped
}

func (cp *contentPrints) postings() *postings {
	ps := &postings{from: make([]int32, len(cp.df)+1)}
	for w, n := range cp.df {
		ps.from[w+1] = ps.from[w]
		if n <= maxPostings {
			ps.from[w+1] += int32(n)
		}
	}
	ps.byWord = make([]int32, ps.from[len(cp.df)])
	next := slices.Clone(ps.from[:len(cp.df)])
	for i := range cp.sentence {
		ws := cp.wordsOf(i)
		for _, w := range ws {
			if cp.df[w] <= maxPostings {
				ps.byWord[next[w]] = int32(i)
				next[w]++
			}
		}
		if len(ws) > 0 {
			ps.bySentence = append(ps.bySentence, sentencePosting{cp.sentenceKey(i), int32(i)})
		}
	}
	slices.SortStableFunc(ps.bySentence, func(a, b sentencePosting) int { return cmp.Compare(a.key, b.key) })
	return ps
}

// sameSentence returns the reports whose sentence has the key.
func (ps *postings) sameSentence(key uint64) []sentencePosting {
	lo, _ := slices.BinarySearchFunc(ps.bySentence, key, func(p sentencePosting, k uint64) int { return cmp.Compare(p.key, k) })
	hi := lo
	for hi < len(ps.bySentence) && ps.bySentence[hi].key == key {
		hi++
	}
	return ps.bySentence[lo:hi]
}

// candidates appends to out the reports j > i worth comparing with
// report i: those sharing a word with it found in at most maxPostings
// reports, or its sentence. Pairs that share no such word cannot reach
// the similarity needed, unless they repeat each other word for word.
// seen, one for each report, marks those already proposed: seen[j] is
// i+1 once j is.
func (ps *postings) candidates(cp *contentPrints, i int, seen, out []int32) []int32 {
	propose := func(j int32) {
		if int(j) > i && seen[j] != int32(i+1) {
			seen[j] = int32(i + 1)
			out = append(out, j)
		}
	}
	ws := cp.wordsOf(i)
	for _, w := range ws {
		if cp.df[w] <= maxPostings {
			for _, j := range ps.byWord[ps.from[w]:ps.from[w+1]] {
				propose(j)
			}
		}
	}
	if len(ws) > 0 {
		for _, p := range ps.sameSentence(cp.sentenceKey(i)) {
			propose(p.report)
		}
	}
	return out
}

// readWindow is how many passages, or expressions, are read at a time:
// enough to keep all cores busy, few enough that what is read and not
// yet numbered stays small.
const readWindow = 4096

// passageRead is what a passage's reports need of it once read: its
// content words as sorted numbers, and its quotations.
type passageRead struct {
	words  []int32
	quotes map[string]bool
}

func newContentPrints(rs *reportSet, evs []*report, order []appearance, arts []Article) *contentPrints {
	cp := &contentPrints{from: make([]int, len(evs)+1), total: make([]float64, len(evs)), quotes: make([]map[string]bool, len(evs)), sentence: make([]uint64, len(evs))}
	// The passages reports come from, each once, numbered in order of
	// first report, with how many reports each has.
	type passage struct {
		article int32
		offset  int
	}
	articles := map[string]int32{}
	numbers := map[passage]int32{}
	var firstReport, reports []int32 // by passage
	of := make([]int32, len(evs))    // by event, its passage's number; -1 for a publication report
	for i, e := range evs {
		if e.isReport {
			of[i] = -1
			continue
		}
		id := arts[order[i].article].ID
		a, ok := articles[id]
		if !ok {
			a = int32(len(articles))
			articles[id] = a
		}
		key := passage{a, order[i].offset}
		n, ok := numbers[key]
		if !ok {
			n = int32(len(firstReport))
			numbers[key] = n
			firstReport = append(firstReport, int32(i))
			reports = append(reports, 0)
		}
		reports[n]++
		of[i] = n
	}
	articles, numbers = nil, nil

	// Words are read and stemmed on all cores, a window of passages at a
	// time; they are numbered after, in order, so that the numbers do not
	// depend on the scheduling. A passage's words are dropped once its
	// last report has them.
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
	var stems [][]string // of the passages from readFrom on, read and not yet numbered
	readFrom := 0
	var exprStems [][]string // of the expressions of the events from exprFrom on
	exprFrom := 0
	passages := make([]passageRead, len(firstReport))
	numbered := make([]bool, len(firstReport))
	var expr []int32
	for i, n := range of {
		cp.from[i+1] = cp.from[i]
		if n < 0 {
			continue
		}
		p := &passages[n]
		if !numbered[n] {
			if int(n) >= readFrom+len(stems) {
				// Passages are numbered in order of first report: n
				// is the first of the passages not read yet.
				readFrom = int(n)
				sentence := func(i int32) string { return rs.text(evs[i], order[i].article) }
				stems = readPassages(sentence, firstReport[n:min(int(n)+readWindow, len(firstReport))], stems, passages[n:])
			}
			for _, st := range stems[int(n)-readFrom] {
				p.words = append(p.words, id(st))
			}
			stems[int(n)-readFrom] = nil
			p.words = uniqueSorted(p.words)
			numbered[n] = true
		}
		cp.quotes[i] = p.quotes
		// The words of the time expression are left out.
		if i >= exprFrom+len(exprStems) {
			exprFrom = i
			exprStems = readExpressions(rs, evs[i:min(i+readWindow, len(evs))], of[i:], exprStems)
		}
		expr = expr[:0]
		for _, st := range exprStems[i-exprFrom] {
			expr = append(expr, id(st))
		}
		h := uint64(14695981039346656037)
		for _, w := range p.words {
			if !slices.Contains(expr, w) {
				cp.words = append(cp.words, w)
				df[w]++
				h = (h ^ uint64(w)) * 1099511628211
			}
		}
		cp.from[i+1] = len(cp.words)
		cp.sentence[i] = h
		if reports[n]--; reports[n] == 0 {
			*p = passageRead{}
		}
	}
	cp.df = df
	cp.idf = make([]float64, len(df))
	for id, n := range df {
		cp.idf[id] = math.Log(1 + float64(len(evs))/float64(max(n, 1)))
	}
	for i := range cp.total {
		for _, id := range cp.wordsOf(i) {
			cp.total[i] += cp.idf[id]
		}
	}
	return cp
}

// readPassages reads, on all cores, the passages whose first reports
// are firsts, sentence giving a report's passage: it returns the stems
// of their content words, in order, reusing stems, and sets the
// quotations of read[k] for firsts[k].
func readPassages(sentence func(i int32) string, firsts []int32, stems [][]string, read []passageRead) [][]string {
	stems = slices.Grow(stems[:0], len(firsts))[:len(firsts)]
	parallel.Chunks(len(firsts), 256, func(lo, hi int) {
		var ws []parse.Word
		for k := lo; k < hi; k++ {
			var quotes map[string]bool // stays nil, reading as empty, for the many reports without
			ws = parse.AppendWords(ws[:0], sentence(firsts[k]))
			st := make([]string, 0, len(ws)) // one allocation rather than a slice grown
			for x, w := range ws {
				if !parse.IsStopword(w.Text) {
					st = append(st, stem(w.Text))
				}
				if x+3 <= len(ws) && w.Quoted && ws[x+1].Quoted && ws[x+2].Quoted {
					if quotes == nil {
						quotes = map[string]bool{}
					}
					quotes[w.Text+" "+ws[x+1].Text+" "+ws[x+2].Text] = true
				}
			}
			stems[k], read[k].quotes = st, quotes
		}
	})
	return stems
}

// readExpressions stems, on all cores, the words of the time expressions
// of evs, those of publication reports (of[k] < 0) left empty, reusing
// out.
func readExpressions(rs *reportSet, evs []*report, of []int32, out [][]string) [][]string {
	out = slices.Grow(out[:0], len(evs))[:len(evs)]
	parallel.Chunks(len(evs), 1024, func(lo, hi int) {
		var ws []parse.Word
		for k := lo; k < hi; k++ {
			out[k] = nil
			if of[k] >= 0 {
				ws = parse.AppendWords(ws[:0], rs.expression(evs[k]))
				out[k] = make([]string, 0, len(ws))
				for _, w := range ws {
					out[k] = append(out[k], stem(w.Text))
				}
			}
		}
	})
	return out
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
	a, b := cp.wordsOf(i), cp.wordsOf(j)
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
