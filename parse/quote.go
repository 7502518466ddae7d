package parse

import (
	"sort"
	"time"
)

// Words inside a quotation are relative to when they were spoken: "today"
// in a quote from a speech given on Tuesday is that Tuesday, whatever the
// publish date. This file finds quotations and the day they were spoken.

// markQuotes sets d.quoted for the tokens inside quotation marks: “…”,
// "…" and “…”; and d.quoteOpen to the token where their quotation
// opens. A paragraph break ends any quotation.
func (d *document) markQuotes() {
	d.quoted, d.quoteOpen = d.quoted[:0], d.quoteOpen[:0]
	in, open := false, 0
	for i := range d.toks {
		t := &d.toks[i]
		if t.breaks >= 2 {
			in = false
		}
		mark := false
		if t.kind == tPunct && t.w != nil {
			switch t.w.text {
			case "“":
				in, mark = true, true
			case "”":
				in, mark = false, true
			case "\"":
				in, mark = !in, true
			case "`", "'":
				// `` opens and '' closes, as in wire copy.
				if i+1 < len(d.toks) && d.toks[i+1].glued && d.toks[i+1].w == t.w {
					in, mark = t.w.text == "`", true
				}
			}
			if mark && in {
				open = i + 1
			}
		}
		d.quoted = append(d.quoted, in && !mark)
		d.quoteOpen = append(d.quoteOpen, int32(open))
	}
}

// speechWords are the words that attribute a quotation to a speaker.
var speechWords = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"adds": true, "stated": true, "speaking": true, "spoke": true, "declared": true,
	"announced": true, "wrote": true, "insisted": true, "warned": true, "argued": true,
	"explained": true, "noted": true, "commented": true, "asked": true, "replied": true,
	"remarked": true, "emphasized": true, "emphasised": true, "stressed": true,
	"expressed": true, "interview": true, "speech": true, "statement": true,
}

// quotationBack is how many sentences before the one where a quotation
// opens may date its speaking ("Speaking on Tuesday, Rubio said …" followed by
// the quotation in the next paragraph).
const quotationBack = 2

// spokenOn returns the day the quotation holding token i was spoken, when
// a day-precise date outside quotation marks, in a sentence that
// attributes speech, dates it: from the sentences just before the
// quotation opens to the end of the sentence holding token i.
func (d *document) spokenOn(i int) (time.Time, bool) {
	s := d.sentenceOf(i)
	from := d.sents[max(d.sentenceIndex(int(d.quoteOpen[i]))-quotationBack, 0)].Start
	// The nearest acceptable date on each side of i.
	days := d.daysIn(from, s.End)
	k := sort.Search(len(days), func(k int) bool { return days[k].tok >= i })
	ok := func(da dayAt) bool {
		if d.quoted[da.tok] || !d.attributesSpeech(d.sentenceIndex(da.tok)) {
			return false
		}
		// Before the quotation's own sentence, only a day told with
		// the speaking ("Speaking on Tuesday, Rubio said"), not what
		// was said ("forecasters warned of winds through Tuesday").
		return da.tok >= s.Start || d.toldWithSpeech(da.tok)
	}
	var best time.Time
	bestDist := 1 << 30
	for j := k - 1; j >= 0; j-- {
		if ok(days[j]) {
			best, bestDist = days[j].t, i-days[j].tok
			break
		}
	}
	for j := k; j < len(days) && days[j].tok-i < bestDist; j++ {
		if ok(days[j]) {
			best = days[j].t
			break
		}
	}
	return best, !best.IsZero()
}

// attributesSpeech reports whether sentence k has a word of speaking
// outside quotation marks. Answers are kept, since every expression in a
// long quotation asks about the same sentences.
func (d *document) attributesSpeech(k int) bool {
	for len(d.speech) <= k {
		d.speech = append(d.speech, 0)
	}
	if d.speech[k] == 0 {
		d.speech[k] = 2
		s := d.sents[k]
		for i := s.Start; i < s.End; i++ {
			t := &d.toks[i]
			if t.kind == tWord && !d.quoted[i] && speechWords[t.lower(d.text)] {
				d.speech[k] = 1
				break
			}
		}
	}
	return d.speech[k] == 1
}

// toldWithSpeech reports whether the date at token i tells when the
// speaking of its sentence was: no verb stands between the word of
// speaking before it and the date ("told 400 supporters in Dubuque on
// Tuesday night"), as one does when the date is what was said
// ("warned that winds were expected through Tuesday", "said she lost
// $3,000 on Saturday"); a date before the word of speaking ("Speaking
// on Tuesday, Rubio said") tells it too.
func (d *document) toldWithSpeech(i int) bool {
	s := d.sentenceOf(i)
	sp := -1
	for j := i - 1; j >= s.Start; j-- {
		if t := &d.toks[j]; t.kind == tWord && !d.quoted[j] && speechWords[t.lower(d.text)] {
			sp = j
			break
		}
	}
	if sp < 0 {
		return true
	}
	for _, mk := range d.markersOf(s) {
		if mk.tok > sp && mk.tok < i {
			return false
		}
	}
	return true
}

// sentenceIndex returns the index of the sentence that starts at or
// contains token i.
func (d *document) sentenceIndex(i int) int {
	lo, hi := 0, len(d.sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.sents[mid].End <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return min(lo, len(d.sents)-1)
}
