package parse

import "strings"

// Span is a byte range of a text, end exclusive.
type Span struct{ Start, End int }

// Sentences splits text into sentences. A sentence ends at ".", "!" or "?"
// followed by a capitalised word, a digit or a quotation mark, at a blank
// line, and at a line break before a capitalised word or a bullet
// (headlines, captions and lists have no final period). Abbreviations ("U.S.", "Sept.", "Mr.")
// and initials do not end a sentence.
func Sentences(text string) []Span {
	d := scratch.Get().(*document) // only for its token and sentence buffers
	d.toks = tokenize(text, d.toks[:0])
	d.sents = sentenceBounds(text, d.toks, d.sents[:0])
	out := d.sentenceSpans()
	d.release()
	return out
}

// sentenceSpans returns the byte ranges of the document's sentences.
func (d *document) sentenceSpans() []Span {
	out := make([]Span, len(d.sents))
	for i, s := range d.sents {
		out[i] = Span{d.toks[s.Start].start, d.toks[s.End-1].end}
	}
	return out
}

// sentenceBounds returns the token ranges of the sentences of toks.
func sentenceBounds(text string, toks []token, out []Span) []Span {
	start := 0
	for i := 1; i < len(toks); i++ {
		if sentenceBreakBefore(text, toks, i) {
			out = append(out, Span{start, i})
			start = i
		}
	}
	if start < len(toks) {
		out = append(out, Span{start, len(toks)})
	}
	return out
}

func sentenceBreakBefore(text string, toks []token, i int) bool {
	t := &toks[i]
	if t.breaks >= 2 {
		return true
	}
	opener := t.upper || t.kind == tNumber || isQuote(t) || isBullet(text, t)
	if t.breaks == 1 && opener {
		return true
	}
	if t.glued || !opener && !t.upper {
		return t.breaks == 1 && endsSentence(toks, i-1)
	}
	return endsSentence(toks, i-1) || t.upper && endsWithClock(toks, i-1) && t.cls&(cWeekday|cMonth|cZone) == 0 && (t.w == nil || !zoneNames[t.w.text])
}

// zoneNames open the names of time zones written out: "5 p.m. Eastern
// Time", "9 a.m. Pacific".
var zoneNames = map[string]bool{
	"eastern": true, "pacific": true, "central": true, "mountain": true, "atlantic": true,
	"greenwich": true, "british": true, "moscow": true, "local": true,
}

// endsWithClock reports whether toks[i] is "a.m." or "p.m." with its
// period, which also ends the sentence when a capitalised word other
// than a day, a month or a time zone follows: "at 6 a.m. The law".
func endsWithClock(toks []token, i int) bool {
	w := toks[i].w
	return w != nil && w.cls&cAmPm != 0 && strings.HasSuffix(w.text, ".")
}

// endsSentence reports whether toks[i] closes a sentence: a final
// punctuation mark, possibly followed by closing quotes or brackets.
func endsSentence(toks []token, i int) bool {
	for i >= 0 && toks[i].kind == tPunct && (isQuote(&toks[i]) || toks[i].w != nil && toks[i].w.text == ")") {
		if !toks[i].glued {
			return false
		}
		i--
	}
	if i < 0 || toks[i].kind != tPunct || toks[i].w == nil {
		return false
	}
	switch toks[i].w.text {
	case ".", "!", "?":
		return true
	}
	return false
}

// isBullet reports whether t is a mark that opens an item of a list:
// "- Schools closed", "• Roads flooded".
func isBullet(text string, t *token) bool {
	if t.kind != tPunct {
		return false
	}
	switch text[t.start:t.end] {
	case "-", "–", "—", "•", "*", "·":
		return true
	}
	return false
}

func isQuote(t *token) bool {
	if t.kind != tPunct || t.w == nil {
		return false
	}
	switch t.w.text {
	case "\"", "“", "”", "'":
		return true
	}
	return false
}
