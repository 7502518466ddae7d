package parse

import (
	"fmt"
	"strings"
	"time"
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
			for j, s := range ev.shared(i) {
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
			why := fmt.Sprintf("shares %s with %s, published %s", sharedExample(a, ev.prints[c.donor]), d.ID, d.Published.Format("2006-01-02"))
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
// articles contain, which alone can date them: for each, how many
// articles have it (its document frequency) and which articles, with
// what weight. The work is linear in the corpus, however many articles
// are dated.
type evidence struct {
	prints   []map[uint64]float64 // the sequences of each article, kept for the undated ones and donors chosen
	df       map[uint64]int
	postings map[uint64][]posting
}

type posting struct {
	article int
	weight  float64
}

func newEvidence(arts []*Article) *evidence {
	ev := &evidence{prints: make([]map[uint64]float64, len(arts)), df: map[uint64]int{}, postings: map[uint64][]posting{}}
	for i, a := range arts {
		if a.Published.IsZero() {
			ev.prints[i] = shingles(a.Title + "\n\n" + a.Text)
			for s := range ev.prints[i] {
				ev.df[s] = 0
			}
		}
	}
	if len(ev.df) == 0 {
		return ev // every article is dated: nothing to infer
	}
	for i, a := range arts {
		p := ev.prints[i]
		if p == nil {
			p = shingles(a.Title + "\n\n" + a.Text)
		}
		keep := false
		for s, w := range p {
			if _, ok := ev.df[s]; ok {
				ev.df[s]++
				ev.postings[s] = append(ev.postings[s], posting{i, w})
				keep = true
			}
		}
		if keep {
			ev.prints[i] = p // a possible donor: its sequences explain its choice
		}
	}
	return ev
}

// shared scores, for every article that shares a word sequence with
// article i, the sequences they share: each counts its weight divided by
// the number of other articles that have it too, so that what the whole
// corpus repeats ("the war in Ukraine") tells little and what only these
// two share tells most.
func (ev *evidence) shared(i int) map[int]float64 {
	scores := map[int]float64{}
	for s, wa := range ev.prints[i] {
		for _, p := range ev.postings[s] {
			if p.article != i {
				scores[p.article] += min(wa, p.weight) / float64(ev.df[s]-1)
			}
		}
	}
	return scores
}

// shingles returns the word sequences of a text that carry content (not
// only function words), hashed, each weighted 2 inside a quotation and 1
// outside.
func shingles(text string) map[uint64]float64 {
	words := Words(text)
	out := map[uint64]float64{}
	for i := 0; i+shingleSize <= len(words); i++ {
		seq := words[i : i+shingleSize]
		content, quoted := false, true
		for _, w := range seq {
			content = content || !IsStopword(w.Text)
			quoted = quoted && w.Quoted
		}
		if !content {
			continue
		}
		key := shingleKey(seq)
		weight := 1.0
		if quoted {
			weight = 2
		}
		if weight > out[key] {
			out[key] = weight
		}
	}
	return out
}

// shingleKey hashes a word sequence (FNV-1a over the words and a
// separator).
func shingleKey(seq []Word) uint64 {
	h := uint64(14695981039346656037)
	for _, w := range seq {
		for k := 0; k < len(w.Text); k++ {
			h ^= uint64(w.Text[k])
			h *= 1099511628211
		}
		h ^= ' '
		h *= 1099511628211
	}
	return h
}

// sharedExample describes the longest run of words of a that the donor's
// sequences cover, for the reason of an inferred date: "'guarantees for
// the Russian Federation and its citizens' and 12 other word sequences".
func sharedExample(a *Article, donor map[uint64]float64) string {
	words := Words(a.Title + "\n\n" + a.Text)
	text := a.Title + "\n\n" + a.Text
	bestStart, bestEnd, n := 0, 0, 0
	for i := 0; i+shingleSize <= len(words); {
		if _, ok := donor[shingleKey(words[i:i+shingleSize])]; !ok {
			i++
			continue
		}
		j := i
		for j+shingleSize <= len(words) {
			if _, ok := donor[shingleKey(words[j:j+shingleSize])]; !ok {
				break
			}
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
	vocab := map[string]int{}
	for _, a := range arts {
		for _, w := range Words(a.Title + "\n" + a.Text) {
			vocab[w.Text]++
		}
	}
	for _, a := range arts {
		target := &a.Text
		if a.Title != "" {
			target = &a.Title
		}
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

func restoreFirstLetter(s string, vocab map[string]int) (string, bool) {
	ws := Words(s)
	if len(ws) == 0 || ws[0].Start != 0 {
		return s, false
	}
	first := ws[0].Text
	if r := s[0]; r < 'a' || r > 'z' || vocab[first] > 1 {
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
