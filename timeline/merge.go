package timeline

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

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
	byAppearance := func(a, b int) int {
		switch {
		case order[a].before(order[b]):
			return -1
		case order[b].before(order[a]):
			return 1
		}
		return 0
	}
	// Merge lists the events article after article, mostly in order
	// already: checking costs much less than a stable sort.
	if !slices.IsSortedFunc(idx, byAppearance) {
		slices.SortStableFunc(idx, byAppearance)
	}
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
	post := prints.postings(evs)
	const chunk = 4096
	found := make([][]pair, (len(evs)+chunk-1)/chunk)
	// The marks of the reports proposed are by report, so one chunk's
	// may serve the next without being cleared.
	var marks sync.Pool
	parallel.Chunks(len(evs), chunk, func(lo, hi int) {
		var ps []pair
		mark, _ := marks.Get().(*[]int32)
		if mark == nil {
			seen := make([]int32, len(evs))
			mark = &seen
		}
		defer marks.Put(mark)
		seen := *mark
		var cands []int32
		for i := lo; i < hi; i++ {
			if evs[i].isReport {
				continue
			}
			cands = post.candidates(prints, evs, i, seen, cands[:0])
			for _, j32 := range cands {
				// The article first: it spares reading the other event,
				// often far off in memory.
				j := int(j32)
				if order[i].article == order[j].article || evs[j].isReport || !rs.compatibleDates(evs[i], evs[j]) {
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
	// bySentence are the reports with words, by the key of their
	// sentence, then date, then in order: those of one sentence are a
	// run, and within it those of one date.
	bySentence []sentencePosting
}

type sentencePosting struct {
	key    uint64
	date   int32 // the number of the report's date
	report int32
}

func (a sentencePosting) compare(b sentencePosting) int {
	if c := cmp.Compare(a.key, b.key); c != 0 {
		return c
	}
	if c := cmp.Compare(a.date, b.date); c != 0 {
		return c
	}
	return cmp.Compare(a.report, b.report)
}

// sentenceKey is what groups reports by sentence.
func (cp *contentPrints) sentenceKey(i int) uint64 {
	return cp.sentence[i] | 1<<63 // as reports have always been grouped
}

func (cp *contentPrints) postings(evs []*report) *postings {
	ps := &postings{from: make([]int32, len(cp.df)+1)}
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
			ps.bySentence = append(ps.bySentence, sentencePosting{cp.sentenceKey(i), evs[i].date, int32(i)})
		}
	}
	slices.SortFunc(ps.bySentence, sentencePosting.compare)
	return ps
}

// sameSentence returns the reports whose sentence has the key.
func (ps *postings) sameSentence(key uint64) []sentencePosting {
	lo, _ := slices.BinarySearchFunc(ps.bySentence, key, func(p sentencePosting, k uint64) int { return cmp.Compare(p.key, k) })
	n := sort.Search(len(ps.bySentence)-lo, func(k int) bool { return ps.bySentence[lo+k].key != key })
	return ps.bySentence[lo : lo+n]
}

// sameSentenceNeighbours is how many of the next copies of its sentence
// and date a report proposes when the copies are too many to compare
// all: enough to join them through one another past the copies of one
// article, which never join.
const sameSentenceNeighbours = 16

// nextSameDate returns, of the reports in same (one sentence's), the
// first few after p of p's date.
func nextSameDate(same []sentencePosting, p sentencePosting) []sentencePosting {
	k, _ := slices.BinarySearchFunc(same, p, sentencePosting.compare)
	end := k + 1
	for end < len(same) && end <= k+sameSentenceNeighbours && same[end].date == p.date {
		end++
	}
	return same[k:end]
}

// candidates appends to out the reports j > i worth comparing with
// report i: those sharing a word with it found in at most maxPostings
// reports, or its sentence. Pairs that share no such word cannot reach
// the similarity needed, unless they repeat each other word for word.
// seen, one for each report, marks those already proposed: seen[j] is
// i+1 once j is.
func (ps *postings) candidates(cp *contentPrints, evs []*report, i int, seen, out []int32) []int32 {
	propose := func(j int32) {
		if int(j) > i && seen[j] != int32(i+1) {
			seen[j] = int32(i + 1)
			out = append(out, j)
		}
	}
	ws := cp.words[i]
	for _, w := range ws {
		if cp.df[w] <= maxPostings {
			for _, j := range ps.byWord[ps.from[w]:ps.from[w+1]] {
				propose(j)
			}
		}
	}
	if len(ws) > 0 {
		same := ps.sameSentence(cp.sentenceKey(i))
		if len(same) > maxPostings {
			// Thousands of copies of one sentence (one wire story,
			// or one date line repeated): each proposes only the next
			// few of its date, and they join through one another, so
			// that the comparison stays linear. Copies of other dates
			// are left to their words.
			same = nextSameDate(same, sentencePosting{same[0].key, evs[i].date, int32(i)})
		}
		for _, p := range same {
			propose(p.report)
		}
	}
	return out
}

// readWindow is how many texts, or expressions, are read at a time:
// enough to keep all cores busy, few enough that what is read and not
// yet numbered stays small.
const readWindow = 4096

// textRead is a passage's text read: the stems of its content words, in
// order, their hashes, and its quotations.
type textRead struct {
	stems  []string
	hashes []uint64
	quotes map[string]bool
}

func newContentPrints(rs *reportSet, evs []*report, order []appearance, arts []Article) *contentPrints {
	cp := &contentPrints{words: make([][]int32, len(evs)), total: make([]float64, len(evs)), quotes: make([]map[string]bool, len(evs)), sentence: make([]uint64, len(evs))}
	// The texts of the passages reports come from, each once, numbered in
	// order of first report. Passages are found by article, then by
	// offset; articles by ID, as reports have always been. A passage is
	// read as its first report gives it. Passages of the same text, which
	// wire copy makes many, are read once.
	type passage struct{ article, offset int }
	articles := map[string]int{} // numbered, for passages to be keyed by numbers
	last, article := -1, -1      // the last report's article, and its number
	passages := make(map[passage]int, len(evs))
	texts := make(map[string]int, len(evs))
	var firsts []int              // by text, the report that first gives it
	from := make([]int, len(evs)) // by event, its passage's text's number; -1 for a publication report
	for i, r := range evs {
		if r.isReport {
			from[i] = -1
			continue
		}
		if order[i].article != last {
			last = order[i].article
			var ok bool
			if article, ok = articles[arts[last].ID]; !ok {
				article = len(articles)
				articles[arts[last].ID] = article
			}
		}
		key := passage{article, order[i].offset}
		n, ok := passages[key]
		if !ok {
			text := rs.text(r, last)
			if n, ok = texts[text]; !ok {
				n = len(firsts)
				texts[text] = n
				firsts = append(firsts, i)
			}
			passages[key] = n
		}
		from[i] = n
	}
	articles, passages, texts = nil, nil, nil
	// Words are read and stemmed on all cores, a window of texts at a
	// time; they are numbered after, in order, so that the numbers do not
	// depend on the scheduling.
	ids := newStemNumbers()
	var df []int
	id := func(st string, h uint64) int32 {
		n := ids.number(st, h)
		if int(n) == len(df) {
			df = append(df, 0)
		}
		return n
	}
	var reads []textRead // of the texts from readFrom on
	readFrom := 0
	var exprs []textRead // of the expressions of the events from exprFrom on
	exprFrom := 0
	words := make([][]int32, len(firsts)) // by text: sorted, unique
	quotes := make([]map[string]bool, len(firsts))
	numbered := make([]bool, len(firsts))
	var expr []int32
	for i, n := range from {
		if n < 0 {
			continue
		}
		if !numbered[n] {
			if n >= readFrom+len(reads) {
				// Texts are numbered in order of first report: n is the
				// first of those not read yet.
				readFrom = n
				text := func(k int) string { i := firsts[n+k]; return rs.text(evs[i], order[i].article) }
				reads = readTexts(text, min(readWindow, len(firsts)-n), ids, reads)
			}
			r := &reads[n-readFrom]
			words[n] = make([]int32, 0, len(r.stems))
			for k, st := range r.stems {
				words[n] = append(words[n], id(st, r.hashes[k]))
			}
			words[n] = uniqueSorted(words[n])
			quotes[n] = r.quotes
			numbered[n] = true
			*r = textRead{}
		}
		cp.quotes[i] = quotes[n]
		// The words of the time expression are left out.
		if i >= exprFrom+len(exprs) {
			exprFrom = i
			expression := func(k int) string {
				if from[i+k] < 0 {
					return ""
				}
				return rs.expression(evs[i+k])
			}
			exprs = readExpressions(expression, min(readWindow, len(evs)-i), ids, exprs)
		}
		x := &exprs[i-exprFrom]
		expr = expr[:0]
		for k, st := range x.stems {
			expr = append(expr, id(st, x.hashes[k]))
		}
		cp.words[i] = without(words[n], expr)
		h := uint64(14695981039346656037)
		for _, w := range cp.words[i] {
			df[w]++
			h = (h ^ uint64(w)) * 1099511628211
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

// readTexts reads, on all cores, n texts, text(k) giving the kth: the
// stems of their content words, hashed for ids, and their quotations.
// It returns them in out's memory.
func readTexts(text func(k int) string, n int, ids *stemNumbers, out []textRead) []textRead {
	out = slices.Grow(out[:0], n)[:n]
	parallel.Chunks(n, 256, func(lo, hi int) {
		var ws []parse.Word
		for k := lo; k < hi; k++ {
			var r textRead // quotes stays nil, reading as empty, for the many reports without
			ws = parse.AppendWords(ws[:0], text(k))
			r.stems = make([]string, 0, len(ws)) // one allocation rather than a slice grown
			for x, w := range ws {
				if !parse.IsStopword(w.Text) {
					r.stems = append(r.stems, stem(w.Text))
				}
				if x+3 <= len(ws) && w.Quoted && ws[x+1].Quoted && ws[x+2].Quoted {
					if r.quotes == nil {
						r.quotes = map[string]bool{}
					}
					r.quotes[w.Text+" "+ws[x+1].Text+" "+ws[x+2].Text] = true
				}
			}
			r.hashes = ids.hashes(r.stems)
			out[k] = r
		}
	})
	return out
}

// readExpressions stems, on all cores, the words of n time expressions,
// expr(k) giving the kth, hashed for ids. It returns them in out's
// memory.
func readExpressions(expr func(k int) string, n int, ids *stemNumbers, out []textRead) []textRead {
	out = slices.Grow(out[:0], n)[:n]
	parallel.Chunks(n, 1024, func(lo, hi int) {
		var ws []parse.Word
		for k := lo; k < hi; k++ {
			out[k] = textRead{}
			if e := expr(k); e != "" {
				ws = parse.AppendWords(ws[:0], e)
				stems := make([]string, 0, len(ws))
				for _, w := range ws {
					stems = append(stems, stem(w.Text))
				}
				out[k] = textRead{stems: stems, hashes: ids.hashes(stems)}
			}
		}
	})
	return out
}

// without returns the words of ws that are not in out, in order: ws
// itself, shared rather than copied, when none is, as for most reports.
func without(ws, out []int32) []int32 {
	isOut := func(w int32) bool { return slices.Contains(out, w) }
	if !slices.ContainsFunc(ws, isOut) {
		return ws
	}
	return slices.DeleteFunc(slices.Clone(ws), isOut)
}

func uniqueSorted(ws []int32) []int32 {
	slices.Sort(ws)
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
