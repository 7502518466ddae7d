package timeline

import (
	"math"
	"time"
)

// report is an event as its article reports it, as a Merger keeps it
// until the timeline is made. Most events have one source, whose
// sentence is the event's text and whose date is the event's, and cover
// whole days: such a report is kept in less than half the memory of an
// Event and its Source. Any other event is kept whole in full, the
// fields above it then saying what merging reads of it: its kind and
// date, and its first source's sentence and expression.
type report struct {
	sentence, date, expression, explanation string
	actors                                  []string // as the article names them
	start, end                              int32    // days since 1970-01-01
	exprStart, exprEnd, offset              int32
	isReport                                bool // of kind KindReport rather than KindEvent
	full                                    *Event
}

// newReport makes the report of an event of the article with the ID.
func newReport(e *Event, article string) report {
	r := report{date: e.Date, actors: e.Actors, isReport: e.Kind == KindReport}
	s := &e.Sources[0]
	r.sentence, r.expression, r.explanation = s.Sentence, s.Expression, s.Explanation
	start, ok1 := dayNumber(e.Start)
	end, ok2 := dayNumber(e.End)
	fits := func(n int) bool { return n >= math.MinInt32 && n <= math.MaxInt32 }
	if ok1 && ok2 && len(e.Sources) == 1 && (e.Kind == KindEvent || e.Kind == KindReport) &&
		s.Article == article && s.Sentence == e.Text && s.Date == e.Date &&
		fits(s.ExprStart) && fits(s.ExprEnd) && fits(s.Offset) {
		r.start, r.end = start, end
		r.exprStart, r.exprEnd, r.offset = int32(s.ExprStart), int32(s.ExprEnd), int32(s.Offset)
		return r
	}
	full := *e
	r.full = &full
	return r
}

// event returns the event reported, of the article with the ID and with
// the actors given.
func (r *report) event(article string, actors []string) Event {
	if r.full != nil {
		e := *r.full
		e.Actors = actors
		return e
	}
	kind := KindEvent
	if r.isReport {
		kind = KindReport
	}
	return Event{
		Kind: kind, Date: r.date, Start: dayTime(r.start), End: dayTime(r.end), Text: r.sentence, Actors: actors,
		Sources: []Source{{
			Article: article, Sentence: r.sentence, Expression: r.expression, Date: r.date,
			ExprStart: int(r.exprStart), ExprEnd: int(r.exprEnd), Offset: int(r.offset), Explanation: r.explanation,
		}},
	}
}

// sourceOffset is the offset of the report's sentence in its article.
func (r *report) sourceOffset() int {
	if r.full != nil {
		return r.full.Sources[0].Offset
	}
	return int(r.offset)
}

// compatibleDates reports whether two reports may be of one event: the
// same period, or one period within the other ("in December" and "on
// December 19").
func compatibleDates(a, b *report) bool {
	if a.full == nil && b.full == nil {
		within := func(x, y *report) bool { return x.start >= y.start && x.end <= y.end }
		return within(a, b) || within(b, a)
	}
	as, ae := a.interval()
	bs, be := b.interval()
	within := func(xs, xe, ys, ye time.Time) bool { return !xs.Before(ys) && !xe.After(ye) }
	return within(as, ae, bs, be) || within(bs, be, as, ae)
}

func (r *report) interval() (start, end time.Time) {
	if r.full != nil {
		return r.full.Start, r.full.End
	}
	return dayTime(r.start), dayTime(r.end)
}

const secondsPerDay = 24 * 60 * 60

// dayNumber returns the number of the day t is the start of, in UTC,
// counted from 1 January 1970; ok is false when t is not the start of a
// day, in UTC, or is too far for the number to fit.
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
