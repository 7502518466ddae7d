package timeline

import (
	"encoding/binary"
	"math"
	"strings"
)

// Merger merges extractions into a timeline as they come, so that a
// corpus is not held as extractions and as a timeline at once. Of each
// extraction it keeps the article and the events, with memory of their
// own: the title and sentences of an article in one block, and every
// other string once for the whole corpus (dates, expressions,
// explanations, names are repeated from article to article). Events are
// kept as reports made of numbers, which the garbage collector need not
// read through. The actors an extraction names go into a table of the
// corpus, where a mention written alike by many articles is one entry.
//
// The zero Merger is ready to use.
type Merger struct {
	articles  []Article
	reports   reportSet
	byArticle [][]report // the reports of each article, in the order of its events
	mentions  mentionTable
	numbers   map[string]int32 // by string kept, its number in reports.strs
}

// Add merges the extraction of the next article. The Merger takes x: it
// gives x's strings memory of their own, with the same contents, and
// keeps parts of x, so x must not be changed after.
func (m *Merger) Add(x *Extraction) {
	if m.numbers == nil {
		m.numbers = map[string]int32{"": 0}
		m.reports.strs = []string{""}
	}
	block, textAt := keepTexts(x)
	a := &x.Article
	a.ID, a.Source = strings.Clone(a.ID), strings.Clone(a.Source) // one article's own
	a.PublishedReason = m.intern(a.PublishedReason)
	for i := range a.Undated {
		u := &a.Undated[i]
		u.Text, u.Type, u.Value, u.Explanation = m.intern(u.Text), m.intern(u.Type), m.intern(u.Value), m.intern(u.Explanation)
	}
	// Lists grown while decoding have room to spare: kept for the whole
	// corpus, they are kept exactly.
	a.Undated = exactly(a.Undated)
	m.mentions.add(x.Actors, m.intern)
	reports := make([]report, len(x.Events))
	for i := range x.Events {
		reports[i] = m.report(&x.Events[i], a.ID, textAt[i])
	}
	m.articles = append(m.articles, x.Article)
	m.reports.blocks = append(m.reports.blocks, block)
	m.byArticle = append(m.byArticle, reports)
}

// exactly returns list in memory of its length, copied if it has more.
func exactly[T any](list []T) []T {
	if cap(list) == len(list) {
		return list
	}
	return append([]T(nil), list...)
}

// number returns the number of s among the strings kept, keeping it if
// it is new.
func (m *Merger) number(s string) int32 {
	if n, ok := m.numbers[s]; ok {
		return n
	}
	n := int32(len(m.reports.strs))
	c := strings.Clone(s)
	m.reports.strs = append(m.reports.strs, c)
	m.numbers[c] = n
	return n
}

// intern returns s in memory of the Merger's, the same memory for the
// same string.
func (m *Merger) intern(s string) string {
	return m.reports.strs[m.number(s)]
}

// report makes the report of an event of the article with the ID, whose
// text is at textAt in the article's block (-1 if it cannot be said so).
func (m *Merger) report(e *Event, article string, textAt int32) report {
	rs := &m.reports
	r := report{date: m.number(e.Date), isReport: e.Kind == KindReport}
	s := &e.Sources[0]
	start, ok1 := dayNumber(e.Start)
	end, ok2 := dayNumber(e.End)
	fits := func(n int) bool { return n >= math.MinInt32 && n <= math.MaxInt32 }
	if ok1 && ok2 && textAt >= 0 && len(e.Sources) == 1 && (e.Kind == KindEvent || e.Kind == KindReport) &&
		s.Article == article && s.Sentence == e.Text && s.Date == e.Date &&
		fits(s.ExprStart) && fits(s.ExprEnd) && fits(s.Offset) {
		r.textAt, r.textLen = textAt, int32(len(e.Text))
		r.expression, r.explanation = m.number(s.Expression), m.number(s.Explanation)
		r.actorsFrom = int32(len(rs.actors))
		for _, n := range e.Actors {
			rs.actors = append(rs.actors, m.number(n))
		}
		r.actorsTo = int32(len(rs.actors))
		r.start, r.end = start, end
		r.exprStart, r.exprEnd, r.offset = int32(s.ExprStart), int32(s.ExprEnd), int32(s.Offset)
		return r
	}
	e.Kind, e.Date = m.intern(e.Kind), m.intern(e.Date)
	for k, n := range e.Actors {
		e.Actors[k] = m.intern(n)
	}
	for k := range e.Sources {
		s := &e.Sources[k]
		if s.Article == article {
			s.Article = article
		} else {
			s.Article = m.intern(s.Article)
		}
		s.Expression, s.Date, s.Explanation = m.intern(s.Expression), m.intern(s.Date), m.intern(s.Explanation)
	}
	rs.full = append(rs.full, *e)
	r.full = int32(len(rs.full))
	return r
}

// keepTexts copies the title of an extraction and the sentences of its
// events into one block of memory, which it returns with where each
// event's text is in it (-1 for all in a block too long to be numbered
// so). A string equal to the title or to the one before it is copied
// once: the title is the text of the report, and an event's sentence is
// its text and its source's, or that of the event before when one
// sentence dates several.
func keepTexts(x *Extraction) (block string, textAt []int32) {
	fields := make([]*string, 0, 2*len(x.Events)+1)
	fields = append(fields, &x.Article.Title)
	textField := make([]int, len(x.Events)) // by event, the number of its text in fields
	for i := range x.Events {
		e := &x.Events[i]
		textField[i] = len(fields)
		fields = append(fields, &e.Text)
		for k := range e.Sources {
			fields = append(fields, &e.Sources[k].Sentence)
		}
	}
	repeated := func(k int) bool {
		return k > 0 && (*fields[k] == *fields[0] || *fields[k] == *fields[k-1])
	}
	n := 0
	for k, f := range fields {
		if !repeated(k) {
			n += len(*f)
		}
	}
	var b strings.Builder
	b.Grow(n)
	at := make([]int, len(fields))
	for k, f := range fields {
		switch {
		case !repeated(k):
			at[k] = b.Len()
			b.WriteString(*f)
			*f = b.String()[at[k]:]
		case *f == *fields[0]:
			*f, at[k] = *fields[0], at[0]
		default:
			*f, at[k] = *fields[k-1], at[k-1]
		}
	}
	textAt = make([]int32, len(x.Events))
	for i, k := range textField {
		textAt[i] = -1
		if n <= math.MaxInt32 {
			textAt[i] = int32(at[k])
		}
	}
	return b.String(), textAt
}

// mentionTable holds the actors the articles of a corpus name: each
// distinct mention once, in order of first appearance, with how many
// articles name it so, and the mentions of each article as numbers in
// that list.
type mentionTable struct {
	distinct  []Mention
	count     []int
	byArticle [][]int32
	numbers   map[string]int32 // by the key of a mention
	key       []byte
}

// add records the mentions of the next article, their strings interned.
func (mt *mentionTable) add(ms []Mention, intern func(string) string) {
	if mt.numbers == nil {
		mt.numbers = map[string]int32{}
	}
	ids := make([]int32, len(ms))
	for i := range ms {
		m := &ms[i]
		mt.key = mentionKey(mt.key[:0], m)
		n, ok := mt.numbers[string(mt.key)]
		if !ok {
			n = int32(len(mt.distinct))
			mt.numbers[string(mt.key)] = n
			k := Mention{Name: intern(m.Name), Kind: intern(m.Kind), Country: intern(m.Country), Title: intern(m.Title), Acts: m.Acts, Partial: m.Partial}
			k.Forms = internAll(m.Forms, intern)
			k.Titles = internAll(m.Titles, intern)
			mt.distinct = append(mt.distinct, k)
			mt.count = append(mt.count, 0)
		}
		mt.count[n]++
		ids[i] = n
	}
	mt.byArticle = append(mt.byArticle, ids)
}

// internAll returns a copy of list with its strings interned, nil for
// an empty list.
func internAll(list []string, intern func(string) string) []string {
	if len(list) == 0 {
		return nil
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = intern(s)
	}
	return out
}

// mentionKey appends to b what tells mentions apart: every field, each
// string after its length so that no two mentions share a key.
func mentionKey(b []byte, m *Mention) []byte {
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	list := func(l []string) {
		b = binary.AppendUvarint(b, uint64(len(l)))
		for _, s := range l {
			str(s)
		}
	}
	str(m.Name)
	str(m.Kind)
	list(m.Forms)
	str(m.Country)
	str(m.Title)
	list(m.Titles)
	flags := byte(0)
	if m.Acts {
		flags |= 1
	}
	if m.Partial {
		flags |= 2
	}
	return append(b, flags)
}
