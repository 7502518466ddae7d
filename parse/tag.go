package parse

import (
	"time"
)

// Tag finds the time expressions in text and resolves them against ref,
// the date the text was written (an article's publish date). With a zero
// ref, absolute dates still resolve and relative ones ("on Tuesday", "last
// June") are returned without a value. The result is ordered by position
// and spans never overlap.
//
// Tag is a pipeline: the tokenizer, the rule grammar (rules.go) finding
// candidate expressions, refiners dropping candidates the context rules
// out, and the resolver computing values in document order so that
// anaphoric expressions ("a day earlier") can use the last date mentioned.
func Tag(text string, ref time.Time) []Timex {
	d := newDocument(text, ref)
	ms := grammar.scan(d.toks, nil)
	for _, refine := range refiners {
		ms = refine(d, ms)
	}
	return d.resolveAll(ms)
}

// document is the shared state of one tagging run.
type document struct {
	text  string
	ref   time.Time
	toks  []token
	sents []Span // token ranges
	// last is the most recent day-precise date the text mentioned, the
	// anchor of anaphoric expressions.
	last time.Time
}

func newDocument(text string, ref time.Time) *document {
	if !ref.IsZero() {
		ref = day(ref.Year(), ref.Month(), ref.Day())
	}
	d := &document{text: text, ref: ref}
	d.toks = tokenize(text, make([]token, 0, len(text)/5+1))
	d.sents = sentenceBounds(d.toks, nil)
	return d
}

// sentenceOf returns the token range of the sentence holding token i.
func (d *document) sentenceOf(i int) Span {
	lo, hi := 0, len(d.sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.sents[mid].End <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.sents) {
		return d.sents[lo]
	}
	return Span{i, i + 1}
}

func (d *document) resolveAll(ms []match) []Timex {
	out := make([]Timex, 0, len(ms))
	for _, m := range ms {
		f := extract(d.text, d.toks, m)
		anchor, anchorName := d.ref, "publish date"
		if m.rule.anaphoric && !d.last.IsZero() {
			anchor, anchorName = d.last, "date last mentioned"
		}
		s := d.sentenceOf(m.first)
		tn := tenseAt(d.text, d.toks, s.Start, s.End, m.first)
		res := resolve(m.rule, f, anchor, anchorName, tn)
		start, end := d.toks[m.first].start, d.toks[m.last-1].end
		t := Timex{
			Start: start, End: end, Text: d.text[start:end],
			Type: m.rule.typ, Value: res.value, Mod: res.mod,
			Rule: m.rule.name, Anchor: res.anchor,
		}
		t.Explanation = explain(t, res.why)
		if first, last, ok := Interval(t.Value); ok && first.Equal(last) && t.Type != Duration {
			d.last = first
		}
		out = append(out, t)
	}
	return out
}

func explain(t Timex, why string) string {
	v := t.Value
	if v == "" {
		v = "unresolved"
	}
	return "'" + t.Text + "' → " + v + ": " + why
}
