package parse

import "time"

// Words inside a quotation are relative to when they were spoken: "today"
// in a quote from a speech given on Tuesday is that Tuesday, whatever the
// publish date. This file finds quotations and the day they were spoken.

// markQuotes sets d.quoted for the tokens inside quotation marks: “…”,
// "…" and “…”. A paragraph break ends any quotation.
func (d *document) markQuotes() {
	d.quoted = d.quoted[:0]
	in := false
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
		}
		d.quoted = append(d.quoted, in && !mark)
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

// quotationBack is how many sentences before a quotation's own sentence
// may date its speaking ("Speaking on Tuesday, Rubio said …" followed by
// the quotation in the next paragraph).
const quotationBack = 2

// spokenOn returns the day the quotation holding token i was spoken, when
// a day-precise date outside quotation marks, in a sentence that
// attributes speech, dates it: in the quotation's sentence or the
// sentences just before it.
func (d *document) spokenOn(i int) (time.Time, bool) {
	s := d.sentenceOf(i)
	k := d.sentenceIndex(s.Start)
	from := d.sents[max(k-quotationBack, 0)].Start
	var best time.Time
	bestDist := 1 << 30
	for _, da := range d.days {
		if da.tok < from || da.tok >= s.End || d.quoted[da.tok] || !d.attributesSpeech(d.sentenceOf(da.tok)) {
			continue
		}
		dist := da.tok - i
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = da.t, dist
		}
	}
	return best, !best.IsZero()
}

// attributesSpeech reports whether a sentence has a word of speaking
// outside quotation marks.
func (d *document) attributesSpeech(s Span) bool {
	for i := s.Start; i < s.End; i++ {
		t := &d.toks[i]
		if t.kind == tWord && !d.quoted[i] && speechWords[lowerASCII(d.text[t.start:t.end])] {
			return true
		}
	}
	return false
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
