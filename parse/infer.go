package parse

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"dateline/internal/parallel"
)

// Corpus-level reading: the steps that need every article of a corpus.
// They run after loading and before tagging, in the order of Complete.

// Complete runs the corpus-level steps of reading, after loading and
// before events are extracted: RestoreFirstLetters, then InferPublished.
// It may run again, after publish dates are set by hand: what it inferred
// before is inferred afresh.
func Complete(arts []*Article) {
	RestoreFirstLetters(arts)
	InferPublished(arts)
}

// shingleSize is the length of the word sequences compared between
// articles: four words are rarely shared by chance, yet short enough to
// survive a rewording around a quotation.
const shingleSize = 4

// minSharedEvidence is how much distinctive content an undated article
// must share with a dated one to take its date: about six word sequences
// found in no other article (a shared run of nine words), or three inside
// a shared quotation. Less is too often the background paragraph that
// every story of a long affair repeats.
const minSharedEvidence = 6.0

// InferPublished dates the articles that neither a header nor their own
// text dated. An undated article takes the publish date of the dated
// article it shares the most distinctive content with: word sequences
// found in few articles of the corpus, sequences inside quotations
// counting double (outlets quote the same words on the same news). The
// date is never before a full date the article reports as past. Without
// such an article, the latest full date the lead (its first two
// sentences) reports as past is taken; without one, the date stays
// unknown. Dates found this way are
// marked inferred, and the reason names the article or the expression
// they come from. Articles dated in one round can date others in the next.
// Dates a previous run inferred are inferred again, so that a date set by
// hand in between is taken into account.
func InferPublished(arts []*Article) {
	for _, a := range arts {
		if a.byCorpus {
			a.Published, a.PublishedReason, a.PublishedInferred, a.byCorpus = time.Time{}, "", false, false
		}
	}
	ev := newEvidence(arts)
	for {
		type choice struct {
			donor int
			score float64
		}
		chosen := map[int]choice{}
		for i, a := range arts {
			if !a.Published.IsZero() {
				continue
			}
			best := choice{donor: -1}
			for _, sc := range ev.scores[i] {
				j, s := sc.article, sc.score
				if arts[j].Published.IsZero() || s < minSharedEvidence {
					continue
				}
				if s > best.score || s == best.score && j < best.donor {
					best = choice{j, s}
				}
			}
			if best.donor >= 0 {
				chosen[i] = best
			}
		}
		if len(chosen) == 0 {
			break
		}
		for i, c := range chosen {
			a, d := arts[i], arts[c.donor]
			why := fmt.Sprintf("shares %s with %s, published %s", sharedExample(a, ev.donorPrint(c.donor)), d.ID, d.Published.Format("2006-01-02"))
			if t, expr, ok := a.datelineNear(d.Published); ok {
				a.SetPublished(latest(t, a.pastDate), "dateline '"+expr+"', the year from "+d.ID+", which it "+why+raisedBy(t, a), true)
			} else {
				a.SetPublished(latest(d.Published, a.pastDate), why+raisedBy(d.Published, a), true)
			}
			a.byCorpus = true
		}
	}
	for _, a := range arts {
		if a.Published.IsZero() && !a.leadDate.IsZero() {
			a.SetPublished(a.leadDate, "the latest full date its lead reports as past, '"+a.leadDateText+"'", true)
			a.byCorpus = true
		}
	}
}

// datelineNear returns the date of the article's dateline without a year
// ("MOSCOW, March 12 (Reuters) -") in the year that puts it nearest to
// ref, the publish date of an article it shares content with; ok is false
// without such a dateline, or when it is over a week from ref.
func (a *Article) datelineNear(ref time.Time) (time.Time, string, bool) {
	if a.yearless.End == 0 {
		return time.Time{}, "", false
	}
	expr := a.Text[a.yearless.Start:a.yearless.End]
	txs := Tag(expr, ref)
	if len(txs) != 1 {
		return time.Time{}, "", false
	}
	d, _, ok := Interval(txs[0].Value)
	if !ok || len(txs[0].Value) != len("2006-01-02") {
		return time.Time{}, "", false
	}
	best := d
	for _, y := range []int{-1, 1} {
		if alt := d.AddDate(y, 0, 0); alt.Sub(ref).Abs() < best.Sub(ref).Abs() {
			best = alt
		}
	}
	if best.Sub(ref).Abs() > 7*24*time.Hour {
		return time.Time{}, "", false
	}
	return best, expr, true
}

// evidence indexes the word sequences of a corpus that the undated
// articles contain, which alone can date them: for each, which articles
// have it (their number is its document frequency), with what weight.
// The work is linear in the corpus, however many articles are dated.
type evidence struct {
	arts   []*Article
	prints [][]shingle    // the sequences of each undated article, once each
	index  *sequenceIndex // by sequence, its number
	filter keyFilter      // the keys of index, for quick refusals
	// postings holds, sequence after sequence, the articles that have
	// it, in order: those of sequence k are postings[from[k]:from[k+1]].
	postings []posting
	from     []int32
	scores   [][]score               // by undated article, what shared found
	donors   map[int]map[uint64]bool // the sequences of the donors chosen
}

// posting is an article that has a word sequence, and the sequence's
// weight there: the article's number, shifted, and 1 for weight 2 (in a
// quotation) or 0 for weight 1. Corpora of news repeat many sequences,
// and each article with one has a posting: they are kept to four bytes.
type posting uint32

func (p posting) article() int    { return int(p >> 1) }
func (p posting) weight() float64 { return float64(1 + p&1) }

// score is how much content an article shares with another.
type score struct {
	article int
	score   float64
}

func newEvidence(arts []*Article) *evidence {
	ev := &evidence{arts: arts, prints: make([][]shingle, len(arts)),
		scores: make([][]score, len(arts)), donors: map[int]map[uint64]bool{}}
	var undated []int
	for i, a := range arts {
		if a.Published.IsZero() {
			undated = append(undated, i)
		}
	}
	parallel.Chunks(len(undated), 8, func(lo, hi int) {
		var sh shingler
		var buf []shingle
		for _, i := range undated[lo:hi] {
			buf = sh.appendShingles(buf[:0], arts[i])
			ev.prints[i] = distinctShingles(buf)
		}
	})
	ev.index = newSequenceIndex()
	for _, i := range undated {
		for _, s := range ev.prints[i] {
			ev.index.add(s.key)
		}
	}
	if ev.index.len() == 0 {
		return ev // every article is dated: nothing to infer
	}
	ev.filter = newKeyFilter(ev.index)
	// The postings of every article, found on all cores a chunk of
	// articles at a time, then grouped by sequence in article order.
	// Chunks are few, as each needs a table as long as the index; what
	// a chunk finds is kept as sequence numbers, shifted, with 1 for a
	// quotation, article after article, ends[i-lo] being where those of
	// article i end.
	type chunkPostings struct {
		seqs []uint32
		ends []int32
	}
	chunk := max(1, (len(arts)+15)/16)
	found := make([]chunkPostings, (len(arts)+chunk-1)/chunk)
	parallel.Chunks(len(arts), chunk, func(lo, hi int) {
		var sh shingler
		var buf []shingle
		var out chunkPostings
		last := make([]int32, ev.index.len()) // by sequence, 1 + where in out.seqs it last is
		for i := lo; i < hi; i++ {
			start := int32(len(out.seqs))
			seqs := ev.prints[i]
			if seqs == nil {
				buf = sh.appendShingles(buf[:0], arts[i])
				seqs = buf
			}
			for _, s := range seqs {
				if !ev.filter.mayHave(s.key) {
					continue
				}
				k, ok := ev.index.lookup(s.key)
				if !ok {
					continue
				}
				quoted := uint32(0)
				if s.weight > 1 {
					quoted = 1
				}
				// An article counts once for a sequence, with its greatest weight.
				if e := last[k] - 1; e >= start {
					out.seqs[e] |= quoted
					continue
				}
				out.seqs = append(out.seqs, uint32(k)<<1|quoted)
				last[k] = int32(len(out.seqs))
			}
			out.ends = append(out.ends, int32(len(out.seqs)))
		}
		found[lo/chunk] = out
	})
	ev.from = make([]int32, ev.index.len()+1)
	for _, c := range found {
		for _, q := range c.seqs {
			ev.from[q>>1+1]++
		}
	}
	for k := 1; k < len(ev.from); k++ {
		ev.from[k] += ev.from[k-1]
	}
	next := slices.Clone(ev.from)
	ev.postings = make([]posting, ev.from[len(ev.from)-1])
	for c, f := range found {
		e := 0
		for a, end := range f.ends {
			for ; e < int(end); e++ {
				k := f.seqs[e] >> 1
				ev.postings[next[k]] = posting((c*chunk+a)<<1) | posting(f.seqs[e]&1)
				next[k]++
			}
		}
		found[c] = chunkPostings{} // done with: the next chunks can go
	}
	// What each undated article shares, on all cores; each needs
	// running sums over the whole corpus, reused within a chunk.
	parallel.Chunks(len(undated), 4, func(lo, hi int) {
		sums := make([]float64, len(arts))
		for _, i := range undated[lo:hi] {
			ev.scores[i] = enough(ev.shared(i, sums))
		}
	})
	// The scores are all that dating needs: the index and postings, as
	// large as the corpus's text, can go before it starts.
	ev.prints, ev.index, ev.filter, ev.postings, ev.from = nil, nil, keyFilter{}, nil, nil
	return ev
}

// enough keeps the scores that can date an article, in a list of their
// own: an undated article shares some common sequence with most of a
// corpus, and holding every one of those scores for every undated
// article takes more memory than the corpus's text.
func enough(scores []score) []score {
	var out []score
	for _, sc := range scores {
		if sc.score >= minSharedEvidence {
			out = append(out, sc)
		}
	}
	return out
}

// shared scores, for every article that shares a word sequence with
// undated article i, the sequences they share: each counts its weight
// divided by the number of other articles that have it too, so that what
// the whole corpus repeats ("the war in Ukraine") tells little and what
// only these two share tells most. The scores are in the order of the
// articles. sums holds a running sum by article, all zero, and is left
// so.
func (ev *evidence) shared(i int, sums []float64) []score {
	for _, s := range ev.prints[i] {
		k, _ := ev.index.lookup(s.key)
		ps := ev.postings[ev.from[k]:ev.from[k+1]]
		// What the sequence adds, by the other article's weight: the
		// same division for every posting, done once.
		var adds [2]float64
		for q := range adds {
			adds[q] = min(s.weight, posting(q).weight()) / float64(len(ps)-1)
		}
		// Sequences the whole corpus repeats have postings by the
		// thousand: the loop over them does nothing else. Article i adds
		// to its own sum too, which is dropped below.
		for _, p := range ps {
			sums[p.article()] += adds[p&1]
		}
	}
	sums[i] = 0
	n := 0
	for _, s := range sums {
		if s != 0 { // every share adds more than zero
			n++
		}
	}
	scores := make([]score, 0, n)
	for j, s := range sums {
		if s != 0 {
			scores = append(scores, score{j, s})
			sums[j] = 0
		}
	}
	return scores
}

// donorPrint returns the set of the word sequences of article j.
func (ev *evidence) donorPrint(j int) map[uint64]bool {
	if p, ok := ev.donors[j]; ok {
		return p
	}
	p := map[uint64]bool{}
	var sh shingler
	for _, s := range sh.appendShingles(nil, ev.arts[j]) {
		p[s.key] = true
	}
	ev.donors[j] = p
	return p
}

// shingle is a word sequence of a text that carries content (not only
// function words), hashed, weighted 2 inside a quotation and 1 outside.
type shingle struct {
	key    uint64
	weight float64
}

// shingler finds the word sequences of articles, reusing its memory
// from one article to the next.
type shingler struct {
	folder wordFolder
	words  []shingleWord
}

// shingleWord is what the sequences need of a word.
type shingleWord struct {
	hash         uint64 // of the folded word
	stop, quoted bool
}

// appendShingles appends the word sequences of an article's title and
// text to seqs, in the order of the text.
func (sh *shingler) appendShingles(seqs []shingle, a *Article) []shingle {
	sh.words = sh.words[:0]
	sh.folder.each(func(w []byte, quoted bool) {
		h := wordHash(w)
		sh.words = append(sh.words, shingleWord{h, hashedStopwords.has(h, w), quoted})
	}, a.Title, a.Text)
	for i := 0; i+shingleSize <= len(sh.words); i++ {
		seq := sh.words[i : i+shingleSize]
		content, quoted := false, true
		for _, w := range seq {
			content = content || !w.stop
			quoted = quoted && w.quoted
		}
		if !content {
			continue
		}
		weight := 1.0
		if quoted {
			weight = 2
		}
		seqs = append(seqs, shingle{sequenceKey(seq), weight})
	}
	return seqs
}

// hashedWords is a set of words looked up by their wordHash, which the
// word sequences compute anyway: an open-addressed table, mostly free,
// that refuses most words at their first slot.
type hashedWords [1 << 10]hashedWord

type hashedWord struct {
	hash uint64
	word string // "" for a free slot
}

// hashedStopwords are the stopwords, for the word sequences.
var hashedStopwords = func() *hashedWords {
	set := new(hashedWords)
	for w := range stopwords {
		h := wordHash([]byte(w))
		i := set.first(h)
		for set[i].word != "" {
			i = set.next(i)
		}
		set[i] = hashedWord{h, w}
	}
	return set
}()

// first is the slot where looking for a word of hash h starts: its top
// bits, as the low bits of FNV-1a are poorly mixed.
func (set *hashedWords) first(h uint64) uint64 { return h >> 54 }

func (set *hashedWords) next(i uint64) uint64 { return (i + 1) % uint64(len(set)) }

// has reports whether the set holds w, whose wordHash is h.
func (set *hashedWords) has(h uint64, w []byte) bool {
	for i := set.first(h); set[i].word != ""; i = set.next(i) {
		if set[i].hash == h && set[i].word == string(w) {
			return true
		}
	}
	return false
}

// wordHash hashes a folded word (FNV-1a).
func wordHash(w []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range w {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// sequenceKey combines the hashes of the words of a sequence, in order,
// into one: a polynomial in an odd multiplier, its bits then mixed.
func sequenceKey(seq []shingleWord) uint64 {
	h := uint64(0)
	for _, w := range seq {
		h = h*0x9e3779b97f4a7c15 + w.hash
	}
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

// distinctShingles returns the sequences of seqs once each, with their
// greatest weight, in the order of their keys.
func distinctShingles(seqs []shingle) []shingle {
	out := slices.Clone(seqs)
	slices.SortFunc(out, func(a, b shingle) int { return cmp.Compare(a.key, b.key) })
	n := 0
	for _, s := range out {
		if n > 0 && out[n-1].key == s.key {
			out[n-1].weight = max(out[n-1].weight, s.weight)
			continue
		}
		out[n] = s
		n++
	}
	return out[:n]
}

// sharedExample describes the longest run of words of a that the donor's
// sequences cover, for the reason of an inferred date: "'guarantees for
// the Russian Federation and its citizens' and 12 other word sequences".
func sharedExample(a *Article, donor map[uint64]bool) string {
	text := a.Title + "\n\n" + a.Text
	words := Words(text)
	seq := make([]shingleWord, len(words))
	for i, w := range words {
		seq[i].hash = wordHash([]byte(w.Text))
	}
	shared := func(i int) bool { return donor[sequenceKey(seq[i:i+shingleSize])] }
	bestStart, bestEnd, n := 0, 0, 0
	for i := 0; i+shingleSize <= len(words); {
		if !shared(i) {
			i++
			continue
		}
		j := i
		for j+shingleSize <= len(words) && shared(j) {
			n++
			j++
		}
		if end := j + shingleSize - 1; words[end-1].End-words[i].Start > bestEnd-bestStart {
			bestStart, bestEnd = words[i].Start, words[end-1].End
		}
		i = j
	}
	return fmt.Sprintf("'%s' and %d other word sequences", strings.Join(strings.Fields(text[bestStart:bestEnd]), " "), n-1)
}

// RestoreFirstLetters puts back the first letter a copy lost at the start
// of an article ("fforts to negotiate …" → "Efforts to negotiate …"): when
// the text starts in lower case with a word found nowhere else in the
// corpus, and exactly one letter put before it makes a word the corpus
// uses, that letter is restored, capitalised. Offsets are unaffected, as
// this runs before tagging.
func RestoreFirstLetters(arts []*Article) {
	// Only the words a restoration looks up are counted: the first words
	// of the texts that start in lower case, and each of them with a
	// letter before it. Most corpora have none to count.
	vocab := map[string]int{}
	for _, a := range arts {
		if first, ok := lowerFirstWord(*restoreTarget(a)); ok {
			vocab[first] = 0
			for c := byte('a'); c <= 'z'; c++ {
				vocab[string(c)+first] = 0
			}
		}
	}
	if len(vocab) == 0 {
		return
	}
	var folder wordFolder
	count := func(w []byte, _ bool) {
		if n, ok := vocab[string(w)]; ok {
			vocab[string(w)] = n + 1
		}
	}
	for _, a := range arts {
		folder.each(count, a.Title, a.Text)
	}
	for _, a := range arts {
		target := restoreTarget(a)
		if fixed, ok := restoreFirstLetter(*target, vocab); ok {
			shift := len(fixed) - len(*target)
			*target = fixed
			if target == &a.Text {
				for i := range a.Captions {
					a.Captions[i].Start += shift
					a.Captions[i].End += shift
				}
			}
		}
	}
}

// restoreTarget returns where an article starts: its title, or its text
// when it has none.
func restoreTarget(a *Article) *string {
	if a.Title != "" {
		return &a.Title
	}
	return &a.Text
}

// lowerFirstWord returns the first word of s, folded, when s starts with
// a lower-case letter.
func lowerFirstWord(s string) (string, bool) {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return "", false
	}
	var first string
	eachWord(s, func(start, end int, _ bool) bool {
		first = string(appendFolded(nil, s[start:end]))
		return false
	})
	return first, true
}

func restoreFirstLetter(s string, vocab map[string]int) (string, bool) {
	first, ok := lowerFirstWord(s)
	if !ok || vocab[first] > 1 {
		return s, false
	}
	found := byte(0)
	for c := byte('a'); c <= 'z'; c++ {
		if vocab[string(c)+first] > 0 {
			if found != 0 {
				return s, false
			}
			found = c
		}
	}
	if found == 0 {
		return s, false
	}
	return string(found-'a'+'A') + s, true
}
