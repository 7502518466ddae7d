package timeline

import (
	"math"
	"time"
)

// report is an event as its article reports it, as a Merger keeps it
// until the timeline is made. Most events have one source, whose
// sentence is the event's text and whose date is the event's, and cover
// whole days: such a report is numbers only, its text a part of its
// article's block and its other strings numbers of strings kept once, in
// less than a quarter of the memory of an Event and its Source, and
// without pointers for the garbage collector to follow. Any other event
// is kept whole, in full.
type report struct {
	textAt, textLen               int32 // of the text in the article's block
	date, expression, explanation int32 // numbers of strings
	actorsFrom, actorsTo          int32 // the actors are actors[actorsFrom:actorsTo]
	start, end                    int32 // days since 1970-01-01
	exprStart, exprEnd, offset    int32
	full                          int32 // 1 + the number of the event kept in full, 0 for none
	isReport                      bool  // of kind KindReport rather than KindEvent
}

// reportSet holds what the reports of a corpus refer to.
type reportSet struct {
	blocks []string // by article, its title and sentences
	strs   []string // the strings kept, by number
	actors []int32  // the actors of the reports, as numbers of strings
	full   []Event  // the events kept in full
}

// fullEvent returns the event r keeps in full, nil if it is a report of
// numbers.
func (rs *reportSet) fullEvent(r *report) *Event {
	if r.full == 0 {
		return nil
	}
	return &rs.full[r.full-1]
}

// event returns the event r reports, of the article with the number and
// ID, with actors named as names gives them.
func (rs *reportSet) event(r *report, article int, id string, names func(article int, names []string) []string) Event {
	if e := rs.fullEvent(r); e != nil {
		out := *e
		out.Actors = names(article, e.Actors)
		return out
	}
	var actors []string
	if r.actorsTo > r.actorsFrom {
		actors = make([]string, 0, r.actorsTo-r.actorsFrom)
		for _, n := range rs.actors[r.actorsFrom:r.actorsTo] {
			actors = append(actors, rs.strs[n])
		}
	}
	kind := KindEvent
	if r.isReport {
		kind = KindReport
	}
	text := rs.text(r, article)
	date := rs.strs[r.date]
	return Event{
		Kind: kind, Date: date, Start: dayTime(r.start), End: dayTime(r.end), Text: text, Actors: names(article, actors),
		Sources: []Source{{
			Article: id, Sentence: text, Expression: rs.strs[r.expression], Date: date,
			ExprStart: int(r.exprStart), ExprEnd: int(r.exprEnd), Offset: int(r.offset), Explanation: rs.strs[r.explanation],
		}},
	}
}

// text returns the sentence of r's first source, r being a report of the
// article with the number.
func (rs *reportSet) text(r *report, article int) string {
	if e := rs.fullEvent(r); e != nil {
		return e.Sources[0].Sentence
	}
	return rs.blocks[article][r.textAt : r.textAt+r.textLen]
}

// expression returns the time expression of r's first source.
func (rs *reportSet) expression(r *report) string {
	if e := rs.fullEvent(r); e != nil {
		return e.Sources[0].Expression
	}
	return rs.strs[r.expression]
}

// offset returns where the sentence of r's first source is in its
// article.
func (rs *reportSet) offset(r *report) int {
	if e := rs.fullEvent(r); e != nil {
		return e.Sources[0].Offset
	}
	return int(r.offset)
}

// compatibleDates reports whether two reports may be of one event: the
// same period, or one period within the other ("in December" and "on
// December 19").
func (rs *reportSet) compatibleDates(a, b *report) bool {
	if a.full == 0 && b.full == 0 {
		within := func(x, y *report) bool { return x.start >= y.start && x.end <= y.end }
		return within(a, b) || within(b, a)
	}
	as, ae := rs.interval(a)
	bs, be := rs.interval(b)
	within := func(xs, xe, ys, ye time.Time) bool { return !xs.Before(ys) && !xe.After(ye) }
	return within(as, ae, bs, be) || within(bs, be, as, ae)
}

func (rs *reportSet) interval(r *report) (start, end time.Time) {
	if e := rs.fullEvent(r); e != nil {
		return e.Start, e.End
	}
	return dayTime(r.start), dayTime(r.end)
}

const secondsPerDay = 24 * 60 * 60

// dayNumber returns the number of the day t is the start of, in UTC,
// counted from 1 January 1970; ok is false when t is not the start of a
// day in UTC, or is too far for the number to fit.
func dayNumber(t time.Time) (d int32, ok bool) {
	n := t.Unix() / secondsPerDay
	if n < math.MinInt32 || n > math.MaxInt32 || dayTime(int32(n)) != t {
		return 0, false
	}
	return int32(n), true
}

// dayTime is the start of day d, in UTC.
func dayTime(d int32) time.Time {
	return time.Unix(int64(d)*secondsPerDay, 0).UTC()
}
