package parse

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"time"
)

// Tag finds the time expressions in text and resolves them against ref,
// the date the text was written (an article's publish date). With a zero
// ref, absolute dates still resolve and relative ones ("on Tuesday", "last
// June") are returned without a value. The result is ordered by position
// and spans never overlap.
//
// Tag is a pipeline: the tokenizer, the rule grammar (rules_*.go) finding
// candidate expressions, refiners (refine.go) dropping or widening
// candidates by their context, and the resolvers (resolve.go) computing
// values in document order, so that anaphoric expressions ("a day
// earlier") can use the last date mentioned.
func Tag(text string, ref time.Time) []Timex {
	d := newDocument(text, ref)
	defer d.release()
	return d.tag()
}

// TagSentences returns what Tag and Sentences return for text, from one
// reading of it: a caller needing both saves tokenizing the text twice.
func TagSentences(text string, ref time.Time) ([]Timex, []Span) {
	d := newDocument(text, ref)
	defer d.release()
	return d.tag(), d.sentenceSpans()
}

// tag finds and resolves the time expressions of the document.
func (d *document) tag() []Timex {
	d.matches = grammar.scan(d.toks, d.matches)
	for _, refine := range refiners {
		d.matches = refine(d, d.matches)
	}
	return d.resolveAll(d.matches)
}

// scratch is the reusable memory of tagging runs: a text's tokens,
// sentences and matches, kept for the next run instead of being
// allocated again.
var scratch = sync.Pool{New: func() any { return new(document) }}

// document is the shared state of one tagging run.
type document struct {
	text    string
	ref     time.Time
	toks    []token
	sents   []Span // token ranges
	matches []match
	// last is the date the text mentioned last, the anchor of anaphoric
	// expressions; lastDay is the last one precise to the day.
	last, lastDay period
	// lastMonth is the last date precise to the month or finer, and
	// lastMonthTok where it was: "the previous month" after "since 2021"
	// counts from it.
	lastMonth    period
	lastMonthTok int
	// lastTok is the first token of the last date mentioned; lastFrame
	// is set when that date sets the year of a past-tense account that
	// follows (see frames).
	lastTok   int
	lastEnd   int  // the token after the last date mentioned
	lastKind  kind // the kind of rule that found it
	lastFrame frame
	// beforeEra is the value of the last date mentioned when it is a
	// year before the common era ("44 BC" BC0044), at token
	// beforeEraTok: the calendar dates count no such years, so a day or
	// month of its account has no value.
	beforeEra    string
	beforeEraTok int
	// home is the country the text names most (see homeCountry), once
	// homeKnown; asked for only by national holidays.
	home      string
	homeKnown bool
	// opening is the last year that opened its sentence ("Next year,
	// Hanukkah begins on 18 December"): its tokens and year.
	opening struct{ tok, end, year int }
	// historic has a bit for each of the last dates that told of the
	// past or reported news, newest lowest, set for one with a written
	// year at least two years before the publish date and a month or day,
	// or with a year carried from such a date (see resolver.narrative),
	// clear for one counted from the publish date. A text whose recent
	// dates are mostly of the first kind is telling a history, whose
	// account runs on across paragraphs (see history).
	historic uint8
	// reported is set once a date has been counted from the publish
	// date: until then, a year at least historyYears before it with no
	// month ("an attempt in 1915") counts as a date of history too, as a
	// text that opens with such years tells one; news opens with its
	// background of recent years ("vanished in 2014") as well.
	reported bool
	// topicYear is the year of the text's first date with a month and
	// a year two or more years before the publish date: in a history,
	// the year of the events it is about ("made landfall near Galveston
	// on 8 September 1900").
	topicYear int
	// nights are the evening and night times resolved (6 p.m. to
	// midnight, "Friday night"), in token order, each with its day (see
	// resolver.overnight).
	nights []dayAt
	// headings are the days written as a line of their own, in token
	// order: "Sunday, January 12" over a live report's posts, "SUNDAY,
	// JUNE 10" over a listing's; the clock times under them are theirs.
	headings []dayAt
	// joinTense is the tense the last weekday or date resolved was read
	// in, and joinEnd the token after it: a weekday or date joined to it
	// by "and", "or" or a comma ("on Tuesday and Wednesday") shares it.
	joinTense tense
	joinEnd   int
	// reporting is the last quarter or half the text named, and the token
	// where it was named: "the quarter" and "a year earlier" refer to it.
	reporting    period
	reportingTok int
	// week is the last week the text named, at token weekTok: "next
	// week, with games on Tuesday and Thursday" dates the days in it.
	week    period
	weekTok int
	// days are the day-precise dates resolved so far, by token, for
	// clock times in the same sentence; monthly are the first days of
	// the dates precise to the month or finer.
	days, monthly []dayAt
	// quoted marks the tokens inside quotation marks; speech caches, by
	// sentence, whether it attributes speech (0 not known, 1 yes, 2 no).
	quoted    []bool
	quoteOpen []int32
	speech    []int8
	// asides caches, by sentence, whether it has a relative clause set
	// off by a comma (0 not known, 1 yes, 2 no).
	asides []int8
	// markers holds the tense markers of every sentence found so far,
	// sentence k's at markers[markerSpans[k].Start:markerSpans[k].End]
	// (Start -1 not yet found): rules look back at earlier sentences
	// between expressions of one sentence, so one slot would be refilled
	// again and again.
	markers     []marker
	markerSpans []Span
	// headlineSent is the last sentence headline() looked at, and
	// headlineIs its answer.
	headlineSent Span
	headlineIs   bool
}

// markersOf returns the tense markers of sentence s.
func (d *document) markersOf(s Span) []marker {
	k := -1
	if len(d.sents) > 0 {
		k = d.sentenceIndex(s.Start)
	}
	if k < 0 || d.sents[k] != s {
		return tenseMarkers(d.text, d.toks, s.Start, s.End, nil)
	}
	for len(d.markerSpans) < len(d.sents) {
		d.markerSpans = append(d.markerSpans, Span{-1, -1})
	}
	if d.markerSpans[k].Start < 0 {
		at := len(d.markers)
		d.markers = tenseMarkers(d.text, d.toks, s.Start, s.End, d.markers)
		d.markerSpans[k] = Span{at, len(d.markers)}
	}
	m := d.markerSpans[k]
	return d.markers[m.Start:m.End:m.End]
}

type dayAt struct {
	tok int
	t   time.Time
	// history is whether the text was telling a history when the date
	// was resolved (see document.history), kept for clock times, which
	// are resolved after all other dates.
	history bool
}

func newDocument(text string, ref time.Time) *document {
	if !ref.IsZero() {
		ref = day(ref.Year(), ref.Month(), ref.Day())
	}
	if ref.Year() < minYear || ref.Year() > maxYear {
		ref = time.Time{} // no calendar date to count from
	}
	d := scratch.Get().(*document)
	*d = document{text: text, ref: ref, reportingTok: -1, weekTok: -1,
		toks: d.toks[:0], sents: d.sents[:0], matches: d.matches[:0], days: d.days[:0], nights: d.nights[:0], headings: d.headings[:0], monthly: d.monthly[:0], markers: d.markers[:0], markerSpans: d.markerSpans[:0],
		quoted: d.quoted[:0], quoteOpen: d.quoteOpen[:0], speech: d.speech[:0], asides: d.asides[:0]}
	d.toks = tokenize(text, d.toks)
	d.sents = sentenceBounds(text, d.toks, d.sents)
	d.markQuotes()
	return d
}

// release returns the document's memory for reuse; d must not be used
// after.
func (d *document) release() {
	d.text = ""
	scratch.Put(d)
}

// sentenceOf returns the token range of the sentence holding token i.
func (d *document) sentenceOf(i int) Span {
	if len(d.sents) == 0 {
		return Span{i, i + 1}
	}
	return d.sents[d.sentenceIndex(i)]
}

// minYear and maxYear bound the reference dates the tagger counts from:
// TimeML writes years with four digits.
const (
	minYear = 1
	maxYear = 9999
)

// reportingPeriodWindow is how many tokens back a named quarter stays the
// subject of "the quarter" and "a year earlier".
const reportingPeriodWindow = 200

// reportingPeriod returns the quarter or half the text is reporting on at
// token i, if one was named recently before it (a quotation is resolved
// after the text that follows it).
func (d *document) reportingPeriod(i int) (period, bool) {
	if d.reportingTok < 0 || d.reportingTok >= i || i-d.reportingTok > reportingPeriodWindow {
		return period{}, false
	}
	return d.reporting, true
}

// reportingSentences is how many sentences before an expression count
// as its context in reportingNear.
const reportingSentences = 2

// reportingNear reports whether a quarter or half without a year at
// token i is a part of the calendar: the text reports on a quarter
// already, or a word of business reports (see reportingWords) comes in
// its sentence or the few before it.
func (d *document) reportingNear(i int) bool {
	return d.reportingTok >= 0 || d.wordNear(i, reportingSentences, reportingWords)
}

// gameNear reports whether a word of a sports report (see gameWords)
// comes in the sentence of token i or the one before it.
func (d *document) gameNear(i int) bool { return d.wordNear(i, 1, gameWords) }

// wordNear reports whether a word of words comes in the sentence of token
// i or the back sentences before it.
func (d *document) wordNear(i, back int, words map[string]bool) bool {
	s := d.sentenceOf(i)
	from := s.Start
	if len(d.sents) > 0 {
		from = d.sents[max(0, d.sentenceIndex(i)-back)].Start
	}
	return d.hasWord(from, s.End, words)
}

// hasWord reports whether a token from token i up to j is, lower-cased,
// a word of words.
func (d *document) hasWord(i, j int, words map[string]bool) bool {
	for ; i < j; i++ {
		if inSet(d.text, &d.toks[i], words) {
			return true
		}
	}
	return false
}

// inSet reports whether the token t of text, lower-cased, is in words,
// without making a lower-case copy.
func inSet(text string, t *token, words map[string]bool) bool {
	var buf [16]byte
	return t.end-t.start <= len(buf) && words[string(appendLower(buf[:0], text[t.start:t.end]))]
}

// dayInSentence returns the day-precise date nearest to match m in its
// sentence, for a clock time such as "10:35 a.m." next to "Friday", and
// the token where that date is written.
func (d *document) dayInSentence(m match, tn tense) (time.Time, string, int) {
	s := d.sentenceOf(m.first)
	var best time.Time
	bestDist, bestTok := 1<<30, -1
	for _, da := range d.daysIn(s.Start, s.End) {
		if da.tok > m.first && d.toks[da.tok-1].lower(d.text) == "since" {
			// "by 10:35 a.m., its highest since July 20": the day
			// starts another period, it is not the time's; a day after
			// "until" may well be the time's ("restored by 2:30 p.m.,
			// though some reported delays until late Wednesday").
			continue
		}
		if d.comparedAt(da.tok) {
			continue // "rose to $1.6870 at 1100 GMT from $1.6795 late on Friday"
		}
		if tn == tenseFuture && !d.ref.IsZero() && da.t.Before(d.ref) {
			// "the Queen will address the nation at 9 p.m., the hour at
			// which her father spoke on 8 May 1945": a day already
			// over is not the day of what is to come.
			continue
		}
		if da.tok > m.first && d.saidOn(da.tok) && !d.quoted[m.first] {
			// "The shooting happened around 11:40 p.m., police said
			// early Saturday": the day of the saying, not of what was
			// said (but a diary's time, quoted, is of the day it was
			// written).
			continue
		}
		dist := da.tok - m.first
		if dist < 0 {
			dist = -dist
		}
		if d.saidOn(da.tok) {
			dist += 1 << 20 // the day of the saying only when no other
		}
		if dist < bestDist {
			best, bestDist, bestTok = da.t, dist, da.tok
		}
	}
	if best.IsZero() {
		return best, "", -1
	}
	return best, "date " + best.Format("2006-01-02") + " in the same sentence", bestTok
}

// recurrenceBeside reports whether m is next to a recurrence, maybe with
// "at" or "on" between: "every day at noon", "on Tuesdays at 9 a.m.",
// "until 9 p.m. on Thursdays".
func (d *document) recurrenceBeside(m match) bool {
	if d.setBeside(m) {
		return true
	}
	// "from 9 a.m. to 11:30 a.m. every day": the other end of a range
	// of hours next to a recurrence.
	k := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].first >= m.first })
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(d.matches) || d.matches[j].rule.kind != kClock {
			continue
		}
		a, b := &m, &d.matches[j]
		if j < k {
			a, b = b, a
		}
		if b.first == a.last+1 && rangeWords[d.toks[a.last].lower(d.text)] && d.setBeside(d.matches[j]) {
			return true
		}
	}
	return false
}

// rangeWords join the two ends of a range: "from 9 a.m. to 5 p.m.",
// "between 9 a.m. and 5 p.m.".
var rangeWords = wordSet(spanWords + " and")

// spanWords join the ends of a range of days or months, where "and" would
// list them: "Monday to Friday", "May through October".
const spanWords = "to through thru until till - –"

// hourlySet reports whether the recurrence matched recurs within a day:
// "Masses every hour from 6 a.m. to 8 p.m." on Ash Wednesday are of that
// day.
func hourlySet(d *document, m *match) bool {
	f := extract(d, *m)
	return f.unit != uNone && f.unit < uDay
}

// setTimeWords lead from a recurrence to its time of day: "every Tuesday
// at 9 a.m.", "Mondays from 4 to 8 p.m.", "weeknights between 10 p.m.
// and 5 a.m.".
var setTimeWords = wordSet("at from between")

// setBeside reports whether a recurrence is right next to m, maybe with
// "on" after it, or a word of setTimeWords before it.
func (d *document) setBeside(m match) bool {
	first, last := m.span()
	k := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].first >= m.first })
	if k > 0 {
		p := &d.matches[k-1]
		if p.rule.typ == Set && (p.last == first || p.last+1 == first && setTimeWords[d.toks[p.last].lower(d.text)] && !hourlySet(d, p)) {
			return true
		}
	}
	if k+1 < len(d.matches) {
		n := &d.matches[k+1]
		nf, _ := n.span()
		return n.rule.typ == Set && d.sentenceOf(nf) == d.sentenceOf(first) && (nf == last || nf == last+1 && d.toks[last].lower(d.text) == "on")
	}
	return false
}

// recurrenceIn reports whether the grammar found a recurrence in sentence
// s ("every day", "on Mondays") or a weekday it does not date ("on a
// recent Tuesday"); one of hours or minutes ("every 20 minutes") counts
// only when hourly is set, as in the present tense of a timetable.
func (d *document) recurrenceIn(s Span, hourly bool) bool {
	ms := d.matchesIn(s)
	for k := range ms {
		if m := &ms[k]; m.rule.kind == kSet {
			if t := &d.toks[m.last-1]; !hourly && t.w != nil && t.w.cls&cUnit != 0 && t.w.unit < uDay {
				continue // "will be issued at 11 a.m., then every three hours": one day
			}
			if d.frequencyAttribute(m) {
				continue // "at 6 p.m., the centre said in its daily bulletin": one day
			}
			return true // "every day", or "on a Friday", no one day either
		}
	}
	return false
}

// matchesIn returns the matches that start in span s.
func (d *document) matchesIn(s Span) []match {
	lo := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].first >= s.Start })
	hi := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].first >= s.End })
	return d.matches[lo:hi]
}

// frequencyAttribute reports whether m is a frequency word describing a
// noun after a preposition and a determiner ("in its daily bulletin",
// "at the weekly meeting"): the occasion of one event, not a recurring
// one.
func (d *document) frequencyAttribute(m *match) bool {
	if m.last-m.first != 1 || m.first < 2 || m.last >= len(d.toks) || d.toks[m.last].kind != tWord {
		return false
	}
	return determiners[d.toks[m.first-1].lower(d.text)] && attributePreps[d.toks[m.first-2].lower(d.text)]
}

// attributePreps are the prepositions before the occasion of an event:
// "in its daily bulletin", "at the weekly meeting".
var attributePreps = map[string]bool{"in": true, "at": true, "on": true, "during": true, "from": true}

// daysIn returns the day-precise dates resolved so far between tokens
// from and to.
func (d *document) daysIn(from, to int) []dayAt {
	lo := sort.Search(len(d.days), func(k int) bool { return d.days[k].tok >= from })
	hi := sort.Search(len(d.days), func(k int) bool { return d.days[k].tok >= to })
	return d.days[lo:hi]
}

// dayHeading reports whether match m is a line of its own, maybe with a
// note in brackets after it ("MONDAY, JUNE 11 (PUBLIC HOLIDAY)"), or the
// label of the entry its line holds ("Tuesday: The Queen lands at
// noon.").
func (d *document) dayHeading(m match) bool {
	first, last := m.span()
	if first > 0 && d.toks[first].breaks == 0 {
		return false
	}
	return last == len(d.toks) || d.toks[last].breaks > 0 || d.toks[last].is(d.text, "(") || d.toks[last].is(d.text, ":")
}

// headingOver returns the day of the last heading before token i, the
// day of a post or an entry under it, unless a day-precise date comes
// before i on its line ("…at about 3 a.m. on Sunday. At 6 a.m." is of
// the day told). Only a text with two headings or more is a listing or
// a report by days: one date on a line of its own is as often the date
// an article was filed, which a clock time further on need not be of.
func (d *document) headingOver(i int) (time.Time, bool) {
	k := sort.Search(len(d.headings), func(k int) bool { return d.headings[k].tok >= i })
	if k == 0 || len(d.headings) < 2 {
		return time.Time{}, false
	}
	h := d.headings[k-1]
	// The nearest day before i is the only one that can be on its line.
	if j := sort.Search(len(d.days), func(j int) bool { return d.days[j].tok >= i }) - 1; j >= 0 && d.days[j].tok > h.tok &&
		!strings.Contains(d.text[d.toks[d.days[j].tok].start:d.toks[i].start], "\n") {
		return time.Time{}, false
	}
	return h.t, true
}

// dayBeforeSentences is how many sentences before a clock time a day
// may be named and still be its day: the one before, and in the same
// paragraph the one before that ("The plane crashed on Sunday. It
// carried 153 people. It took off at 1:58 p.m.").
const dayBeforeSentences = 2

// dayBefore returns the last day-precise date resolved before token i
// in its sentence or the dayBeforeSentences before: "On March 3 police
// were called. At 2 p.m. they arrived." A date further back is no longer
// the day the text speaks of.
func (d *document) dayBefore(i int) (time.Time, bool) { return d.dayBeforeSkipping(i, nil) }

// dayBeforeSkipping is dayBefore that passes over the days skip is true of,
// to an earlier one of the same sentences: "Wednesday: The Queen visits
// Croke Park, where 14 people were killed on November 21, 1920. In the
// afternoon she will tour…" is of Wednesday.
func (d *document) dayBeforeSkipping(i int, skip func(time.Time) bool) (time.Time, bool) {
	at, ok := d.dayAtBefore(i, skip)
	return at.t, ok
}

// dayAtBefore is dayBeforeSkipping that also tells where the day was
// written.
func (d *document) dayAtBefore(i int, skip func(time.Time) bool) (dayAt, bool) {
	from := d.sentenceOf(i).Start
	for back := 0; back < dayBeforeSentences && from > 0 && (back == 0 || !d.paragraphSince(from-1, i)); back++ {
		from = d.sentenceOf(from - 1).Start
	}
	k := sort.Search(len(d.days), func(k int) bool { return d.days[k].tok >= i })
	for ; k > 0 && d.days[k-1].tok >= from; k-- {
		if t := d.days[k-1].tok; !d.saidOn(t) && (t == 0 || d.toks[t-1].lower(d.text) != "since") && !d.comparedAt(t) && (skip == nil || !skip(d.days[k-1].t)) {
			return d.days[k-1], true // not "its highest since July 20", nor "below Monday's close"
		}
	}
	return dayAt{}, false
}

// setAside reports whether the match is a date given up for another,
// after "rather than" or "instead of", maybe with "on" between.
func (d *document) setAside(m match) bool {
	i := m.first - 1
	if i >= 0 && (d.toks[i].is(d.text, "on") || d.toks[i].is(d.text, "from")) {
		i--
	}
	if i < 1 {
		return false
	}
	t, p := &d.toks[i], &d.toks[i-1]
	return t.is(d.text, "than") && p.is(d.text, "rather") || t.is(d.text, "of") && p.is(d.text, "instead")
}

// sinceClause reports whether token i lies in a clause opened by "since"
// ("Since the first cases were confirmed in late January, Peru has
// recorded…"): told in the past, what it tells is behind.
func (d *document) sinceClause(i int) bool {
	start := d.sentenceOf(i).Start
	for k := i - 1; k >= start && k >= i-sinceClauseReach; k-- {
		switch t := &d.toks[k]; {
		case t.is(d.text, "since"):
			return true
		case t.kind == tPunct && !t.is(d.text, "'s"):
			return false
		}
	}
	return false
}

// sinceClauseReach is how many words before a date "since" may open its
// clause.
const sinceClauseReach = 20

// storyDayReach is how many days before the publish date the day a story
// reports may lie.
const storyDayReach = 7

// storyDay returns the day of the news the text reports, which clock
// times told in the past without a day of their own are on: the first
// day-precise date of the text, before token i, that lies in the week
// up to the publish date (not a day something was said on, one after
// "since" or one in a quotation). There is none when the last date
// precise to the month before i lies before that week: the text has
// gone on to tell of another time (a year alone, "the slowest since
// 1985", is background).
func (d *document) storyDay(i int) (time.Time, bool) {
	week := d.ref.AddDate(0, 0, -storyDayReach)
	if d.ref.IsZero() {
		return time.Time{}, false
	}
	if da, ok := d.monthlyBefore(i); !ok || da.t.Before(week) {
		return time.Time{}, false
	}
	for _, da := range d.days {
		if da.tok >= i {
			break
		}
		if d.saidOn(da.tok) || d.quoted[da.tok] || da.tok > 0 && d.toks[da.tok-1].lower(d.text) == "since" || da.t.After(d.ref) || da.t.Before(week) {
			continue
		}
		return da.t, true
	}
	return time.Time{}, false
}

// monthlyBefore returns the last date precise to the month or finer
// before token i (clock times are resolved after all other dates, so
// the date last resolved may come after them).
func (d *document) monthlyBefore(i int) (dayAt, bool) {
	k := sort.Search(len(d.monthly), func(k int) bool { return d.monthly[k].tok >= i })
	if k == 0 {
		return dayAt{}, false
	}
	return d.monthly[k-1], true
}

// dayAfter returns the day-precise date that begins at token i, as
// resolved so far.
func (d *document) dayAfter(i int) (time.Time, bool) {
	da, ok := writtenAt(d.days, i)
	return da.t, ok
}

// saidOn reports whether the date at token i is the day something was
// said ("police said Monday", "told reporters on Friday"), not the day of
// what the text reports.
func (d *document) saidOn(i int) bool {
	start := d.sentenceOf(i).Start
	if i > start && d.toks[i-1].lower(d.text) == "on" {
		i--
	}
	// The verb of saying stands right before the day ("police said
	// Monday") or before words of where or to whom it was said ("said in
	// a statement released Friday", "told a news conference on Monday",
	// "told reporters late Tuesday"); not across the sentence's start: a
	// headline ending "no injuries reported" does not report the "On
	// Tuesday" opening the text.
	for j := i - 1; j >= start && i-j <= statementReach; j-- {
		if inSet(d.text, &d.toks[j], reportingVerbs) {
			return true
		}
		if !inSet(d.text, &d.toks[j], statementWords) {
			return false
		}
	}
	return false
}

// statementReach is how many words before a day its verb of saying may
// stand.
const statementReach = 6

// statementWords name, with their articles, prepositions and
// participles, where or to whom a day's saying was said: "in a
// statement issued late", "at a news conference", "told reporters".
var statementWords = wordSet(`a an the its his her their in at during to statement release interview
briefing conference news press letter email post reporters journalists released issued published
posted sent late early`)

// addDay records a day-precise date at token i, keeping d.days in token
// order (expressions in quotations are resolved after the others).
func (d *document) addDay(i int, t time.Time) { d.days = insertDay(d.days, dayAt{tok: i, t: t}) }

// addNight records a time of the evening or night of day t at token i,
// keeping d.nights in token order.
func (d *document) addNight(i int, t time.Time) { d.nights = insertDay(d.nights, dayAt{tok: i, t: t}) }

// nightAt reports whether an evening or night is written at token i.
func (d *document) nightAt(i int) bool {
	_, ok := writtenAt(d.nights, i)
	return ok
}

// writtenAt returns the entry of list, kept in token order, written at
// token i.
func writtenAt(list []dayAt, i int) (dayAt, bool) {
	k := sort.Search(len(list), func(k int) bool { return list[k].tok >= i })
	if k < len(list) && list[k].tok == i {
		return list[k], true
	}
	return dayAt{}, false
}

// insertDay inserts da into list, kept in token order.
func insertDay(list []dayAt, da dayAt) []dayAt {
	k := sort.Search(len(list), func(k int) bool { return list[k].tok > da.tok })
	list = append(list, dayAt{})
	copy(list[k+1:], list[k:])
	list[k] = da
	return list
}

// nightBefore returns the last evening or night time before token i:
// its day and its token.
func (d *document) nightBefore(i int) (dayAt, bool) {
	k := sort.Search(len(d.nights), func(k int) bool { return d.nights[k].tok >= i })
	if k == 0 {
		return dayAt{}, false
	}
	return d.nights[k-1], true
}

// Matches are resolved in three passes: first in text order, so that
// anaphoric expressions can use the last date mentioned; then relative
// expressions inside quotations, which take their anchor from the day the
// words were spoken, possibly written after them; last clock times, which
// take their day from dates anywhere in their sentence.
const (
	passText = iota
	passQuoted
	passClock
)

func (d *document) passOf(m match) int {
	switch {
	case m.rule.kind == kClock || m.rule.kind == kSecondDay || m.rule.kind == kFirstDay:
		return passClock
	case d.quoted[m.first] && !m.rule.anaphoric && m.rule.kind != kReject && relativeKinds[m.rule.kind] && !d.writesYear(m):
		return passQuoted
	}
	return passText
}

// writesYear reports whether m's own words hold a year ("the spring of
// 2017"), so that it needs no reference date and, even in a quotation,
// is a date the text goes on from in order.
func (d *document) writesYear(m match) bool {
	for k, e := range m.elems {
		if e != nil && e.cls&cYear != 0 && d.toks[m.first+k].cls&cYear != 0 {
			return true
		}
	}
	return false
}

// relativeKinds are the kinds whose value depends on the reference date.
var relativeKinds = map[kind]bool{kDate: true, kWeekday: true, kShift: true, kSeason: true, kHoliday: true}

// resolveAll resolves the matches in three passes (see passOf).
func (d *document) resolveAll(ms []match) []Timex {
	out := make([]Timex, len(ms))
	keep := make([]bool, len(ms))
	for pass := passText; pass <= passClock; pass++ {
		for i, m := range ms {
			if d.passOf(m) != pass {
				continue
			}
			out[i], keep[i] = d.resolveOne(m, pass)
		}
	}
	d.composeShifts(ms, out, keep)
	d.composeLengths(ms, out, keep)
	n := 0
	for i := range out {
		if keep[i] {
			out[n] = out[i]
			n++
		}
	}
	d.shareYears(out[:n])
	return out[:n]
}

func (d *document) resolveOne(m match, pass int) (Timex, bool) {
	f := extract(d, m)
	x := resolver{d: d, m: m, f: &f, r: m.rule, anchor: d.ref, anchorName: "publish date"}
	if pass == passQuoted {
		if t, ok := d.spokenOn(m.first); ok {
			x.anchor, x.anchorName = t, "quoted words, spoken on"
		}
	}
	if m.rule.anaphoric || m.rule.later {
		// "that day", "the next day" need the last day mentioned; "later
		// that year" only the last date.
		last := d.lastDay
		if (f.unit > uDay || m.rule.kind == kDate || m.rule.kind == kSeason) && f.part == "" {
			last = d.last
		}
		if a := last.start; !a.IsZero() {
			x.anchor, x.anchorName, x.anchorUnit = a, "date last mentioned", last.u
			if m.rule.kind == kShift && f.unit > uDay && last.u > f.unit && !d.ref.IsZero() && formatUnit(d.ref, last.u) == last.value() {
				// "Profits rose this year. The previous week, …": the
				// year of the publish date says no more than it.
				x.anchor, x.anchorName, x.anchorUnit = d.ref, "publish date", uDay
			} else if m.rule.kind == kShift && f.unit > uDay && last.u > f.unit {
				// "In 2024 ... that week": a year holds many weeks,
				// and none is meant more than another.
				x.anchor, x.coarse = time.Time{}, true
				if f.unit == uMonth && d.nearBefore(d.lastMonthTok, m.first) && !d.lastMonth.start.IsZero() {
					// "dropped to 4.9% in September, the lowest since
					// 2021, from 5.6% the previous month": the month
					// mentioned just before the year.
					x.anchor, x.coarse, x.anchorUnit = d.lastMonth.start, false, d.lastMonth.u
				}
			}
		}
	}
	markers := d.markersOf(d.sentenceOf(m.first))
	x.tense = tenseAt(d.text, d.toks, markers, m.first)
	if tn, ok := d.asideTense(m, markers); ok {
		// "Netanyahu, who meets Obama on Monday, has warned…": the
		// verb of the clause set off by commas, not the main one.
		x.tense = tn
	}
	if x.tense == tenseUnknown && (m.rule.kind == kWeekday || m.rule.kind == kDate) {
		if tn, ok := d.labelTense(m); ok {
			x.tense = tn
		}
	}
	x.beforeAhead = x.tense == tenseFuture && afterGerund(d.text, d.toks, markers, d.sentenceOf(m.first).Start, m.first)
	if m.rule.anaphoric && (m.rule.dir < 0 || f.dir < 0) && x.tense == tensePast && x.anchorName == "date last mentioned" && !d.ref.IsZero() && x.anchor.After(d.ref) {
		// "winds had increased to 140 mph, up from 115 mph a day
		// earlier", after a forecast for next week: a past told with
		// "earlier" is not counted back from a day still ahead.
		x.anchor, x.anchorName, x.anchorUnit = d.ref, "publish date", uDay
	}
	if m.rule.recent && x.tense == tensePast && x.prevWord() != "until" && x.prevWord() != "till" {
		// Not "have suspended flights until the end of the month": a
		// limit reaching from now, not a time of the story told before.
		if a, ok := d.recentAnchor(m.first, f.unit); ok {
			x.anchor, x.anchorName = a, "date last mentioned"
		}
	}
	if k := m.rule.kind; k == kWeekday || k == kDate {
		first, last := m.span()
		if first >= 2 && d.joinEnd == first-1 {
			switch d.toks[first-1].lower(d.text) {
			case "and", "or", ",":
				x.tense = d.joinTense // "called off its shows on Tuesday and Wednesday but plans…"
			}
		}
		d.joinTense, d.joinEnd = x.tense, last
	}
	spanFirst, _ := m.span() // after any word the match only looks at: "at" in "at 11:02 a.m. on August 9"
	x.pastVerb = x.tense == tensePast && (pastVerbBefore(d.text, d.toks, markers, spanFirst) || frontedPast(d.text, d.toks, markers, d.sentenceOf(m.first).Start, spanFirst, m.last) || d.sinceClause(m.first))
	x.willVerb = x.tense == tenseFuture && willBefore(d.text, d.toks, markers, m.first)
	x.scheduled = x.tense == tensePresent && scheduledBefore(d.text, d.toks, markers, m.first)
	since := m.first > 0 && d.toks[m.first-1].lower(d.text) == "since"
	if since {
		// "since June", "since the summer": a start that lies behind,
		// whatever the verb.
		x.tense, x.pastVerb = tensePast, true
	}
	if spanFromNow(d.text, d.toks, m.first) {
		x.tense, x.afterNow = tenseFuture, true
	}
	if f.hasClock && f.hour == 24 && f.minute == 0 && m.rule.kind != kClock && x.prevWord() == "after" {
		f.hour = 0 // "just after midnight on Saturday": as Saturday begins
	}
	ownYear := f.year
	res := x.resolve()
	if (res.usedAnchor || m.rule.anaphoric || m.rule.later) && d.beforeEra != "" && (m.rule.anaphoric || m.rule.later || m.rule.kind != kShift) && !d.paragraphSince(d.beforeEraTok, m.first) && pass == passText {
		// "In 44 BC … On 15 March", "the next year": a date of that
		// account (but "today" is still the publish date's).
		why := "a date of the account of " + d.beforeEra + ", a year before the common era, which the calendar values do not count"
		v, counted := d.beforeEraYears(m, &f)
		if !counted && ownYear == 0 {
			v, counted = d.beforeEraMonth(m, &f)
		}
		counting := fmt.Sprintf("the year of %s, named before", d.beforeEra)
		if m.rule.kind == kSeason {
			counting = fmt.Sprintf("the season in the year of %s, named before", d.beforeEra)
		}
		if dir := eraDir(m, &f); dir != 0 {
			counting = fmt.Sprintf("%d year(s) %s %s, named before", f.count(), beforeAfter(dir), d.beforeEra)
		}
		switch {
		case m.rule.typ == Duration && counted:
			res.point, res.why = v, fmt.Sprintf("length of time; the event it places is %s: %s", counting, v)
		case m.rule.typ == Duration:
			res.point, res.why = "", res.why+"; "+why
		case counted:
			res = resolution{value: v, why: counting}
		default:
			res = resolution{why: why}
		}
	}
	if since && res.usedAnchor {
		res.why += " ('since' looks back)"
	}
	if res.reject {
		return Timex{}, false
	}
	if res.value != "" && !ValidValue(res.value) {
		// Counting from a date near the ends of the calendar can leave it.
		res = resolution{why: "the date falls outside the years 0001 to 9999"}
	}
	if res.point != "" && !ValidValue(res.point) {
		res.point = ""
		res.why += "; the date it points to falls outside the years 0001 to 9999"
	}
	first, last := m.span()
	start, end := d.toks[first].start, d.toks[last-1].end
	t := Timex{
		Start: start, End: end, Text: d.text[start:end],
		Type: m.rule.typ, Value: res.value, Mod: res.mod,
		Rule: m.rule.name, Point: res.point,
	}
	if res.typ != "" {
		t.Type = res.typ
	}
	switch {
	case m.mod != "":
		t.Mod = m.mod
	case t.Mod == "" && f.mod != "":
		t.Mod = f.mod
	case t.Mod == "" && m.hedge != "":
		t.Mod = m.hedge
	}
	if b, ok := pointBounds[t.Mod]; ok && t.Type != Duration && m.rule.kind == kShift && m.rule.dir != 0 {
		// "more than two years ago" is a date before the one counted
		// back to, where "more than two years" is a length of more.
		t.Mod = b[(m.rule.dir+1)/2]
	}
	if res.usedAnchor {
		t.Anchor = x.anchor
		if !x.from.IsZero() {
			t.Anchor = x.from
		}
	}
	t.Explanation = explain(t, res.why)
	d.tally(t, m, &f, &x, res)
	if a, from, ok := d.anniversary(m, t); ok {
		fr := frameParagraph
		if from-d.sentenceOf(m.first).Start <= 1 {
			fr = frameAccount // "Fifty years ago today, at 5:30 a.m., …" opens an account
		}
		d.remember(a, m, pass == passText, fr)
	} else {
		d.remember(t, m, pass == passText, d.frames(m, &f, &x, res))
	}
	return t, true
}

// pointBounds turn the bound of an amount into the bound of a date
// counted back from (first) or ahead to (second) by that amount: "less
// than a week ago" is after the day a week back.
var pointBounds = map[string][2]string{
	"MORE_THAN":     {"BEFORE", "AFTER"},
	"LESS_THAN":     {"AFTER", "BEFORE"},
	"EQUAL_OR_MORE": {"ON_OR_BEFORE", "ON_OR_AFTER"},
	"EQUAL_OR_LESS": {"ON_OR_AFTER", "ON_OR_BEFORE"},
}

// tally counts t as a date of the history the text tells, or of the
// news it reports (see document.historic).
func (d *document) tally(t Timex, m match, f *fields, x *resolver, res resolution) {
	if t.Type != Date && t.Type != Time || d.ref.IsZero() || m.first > 0 && d.toks[m.first-1].is(d.text, "ago") {
		// "Forty-seven years ago today": the day the count is from was
		// tallied with the count.
		return
	}
	switch {
	case m.rule.name == "units-ago" && f.unit >= uYear && x.anchorName == "publish date" && m.last < len(d.toks) && inSet(d.text, &d.toks[m.last], anniversaryDays) && moveBy(x.anchor, f.unit, -f.count()).Year() <= d.ref.Year()-historyYears:
		// "Forty-seven years ago today, Allied troops came ashore": an
		// anniversary tells the history of its day (but "more than four
		// decades ago" is background).
		d.historic = d.historic<<1 | 1
	case res.usedAnchor && x.anchorName == "date last mentioned" && f.month != 0 && x.anchor.Year() <= d.ref.Year()-2:
		// "began in earnest in 1943. At the Tehran Conference that
		// November": a month of a year long past.
		d.historic = d.historic<<1 | 1
		if d.topicYear == 0 {
			d.topicYear = x.anchor.Year()
		}
	case res.usedAnchor && x.anchorName == "publish date" && !x.carried:
		d.historic <<= 1
		d.reported = true
	case !res.usedAnchor && f.year != 0 && (f.month != 0 || f.season != "") && f.year <= d.ref.Year()-2:
		d.historic = d.historic<<1 | 1
		if d.topicYear == 0 {
			d.topicYear = f.year
		}
	case !res.usedAnchor && !d.reported && len(t.Value) == 4 && f.year <= d.ref.Year()-historyYears,
		x.carried && x.from.Year() <= d.ref.Year()-2, !d.reported && strings.HasPrefix(t.Value, "BC"):
		d.historic = d.historic<<1 | 1
	}
}

// anniversaryDays are the words after "years ago" that make it an
// anniversary: "fifty years ago today", "ten years ago this week".
var anniversaryDays = wordSet("today this yesterday tonight")

// historyYears is how long before the publish date a year must lie to
// count as history in the opening of a text.
const historyYears = 25

// history reports whether three of the text's last four dates told of
// the past rather than reported news: an anniversary piece, an
// obituary, a war's history.
func (d *document) history() bool {
	return bits.OnesCount8(d.historic&0xf) >= 3
}

// frame says how far a date sets the year of the past-tense account that
// follows it (see resolver.narrative).
type frame uint8

const (
	frameNone      frame = iota
	frameSentence        // to the end of its sentence
	frameParagraph       // for a few sentences of its paragraph
	// frameAccount is frameParagraph for a date that opened its sentence
	// or continued an account: its year holds even against a month just
	// before the publish date.
	frameAccount
)

// frames returns how far a resolved date sets the year of what follows: a
// date with its year written out that opens its sentence ("In 1944, ...")
// or is precise to the month ("began in August 1942"), or one whose year
// came from such a date ("On 17 September"), for a few sentences; a year
// counted from such a date ("ended the following year, on 8 May") to the
// end of its sentence; a month counted from it ("that November") and the
// day a duration points to ("two days later") keep the account going. A year alone inside a sentence ("arrested several
// times since 1990") is background and sets nothing.
func (d *document) frames(m match, f *fields, x *resolver, res resolution) frame {
	switch {
	case x.carried:
		return frameAccount
	case m.rule.later && res.point != "" || m.rule.anaphoric && res.usedAnchor && (f.month != 0 || f.season != "") && d.lastFrame >= frameParagraph:
		// "Two days later, Britain declared war": the account goes on
		// from the day it points to.
		return d.lastFrame
	case (m.rule.anaphoric || m.rule.later || m.rule.recent) && res.usedAnchor && x.anchorName == "date last mentioned":
		if (d.history() || x.anchor.Year() <= d.ref.Year()-longPastYears) && granularity(res.value) <= uDay || (d.history() || m.rule.recent && x.anchor.Year() <= d.ref.Year()-longPastYears) && granularity(res.value) <= uSeason {
			// "The next morning British forces pushed on": a history,
			// or an account of a day long past, goes on day by day, and
			// a history by months and seasons too ("the following
			// spring"); "the following year" leaves it.
			return d.lastFrame
		}
		return min(d.lastFrame, frameSentence)
	case f.year == 0 || res.usedAnchor || m.rule.kind == kYearRange:
		// "The 2023-24 season ended on 19 May": a span of two years
		// does not say which the month is in.
		return frameNone
	case m.first-d.sentenceOf(m.first).Start <= 1:
		return frameAccount
	case f.year != 0 && !res.usedAnchor && d.headingLine(d.sentenceOf(m.first)):
		// "The Compromise of 1877", heading a section: its account.
		return frameAccount
	case d.asideClause(m):
		// "Whitcomb, who resigned in June 2020, pleaded guilty in
		// November": the clause dates its subject, not the sentence.
		return frameNone
	case d.promisedBy(m):
		return frameNone
	case (f.mod != "" || m.mod != "") && f.month == 0 && f.year <= d.ref.Year()-historyYears && d.yearAfterIn(m) && !x.pastPerfect():
		// A part of a year long past sets the scene of an account even
		// outside a history, as the opening of a sentence does: "a plan
		// championed early in 1915 … The naval attack of March 18 ended
		// in failure", written on 24 April 2015.
		return frameAccount
	case f.month != 0 || f.season != "" || d.subjectYear(m) || d.history() && d.yearAfterIn(m) && !x.pastPerfect():
		// In a history, "in the autumn of 1952" and "early in 1915" set
		// the scene as a month with its year does; not a flashback
		// ("proposals had been made after a hurricane in 1886").
		return frameParagraph
	}
	return frameNone
}

// promisedBy reports whether m is a deadline after "by" in a sentence
// that tells of a promise or plan: "promised Stalin a landing in France
// by May 1944" names a target, not the time the account has reached.
func (d *document) promisedBy(m match) bool {
	return m.first > 0 && d.toks[m.first-1].is(d.text, "by") && d.hasWord(d.sentenceOf(m.first).Start, m.first-1, promiseWords)
}

// promiseWords tell of a promise, plan or target whose deadline follows.
var promiseWords = wordSet("promised promises pledged pledges vowed vows planned plans aimed aims hoped hopes intended intends targeted targets deadline goal target")

// headingLine reports whether sentence s is a heading: a line of its
// own of at most headingWords words, with no verb and no closing
// punctuation ("The Compromise of 1877", "Meteorological history").
func (d *document) headingLine(s Span) bool {
	if s.End <= s.Start || s.End-s.Start > headingWords+2 || d.toks[s.Start].breaks == 0 && s.Start > 0 || s.End < len(d.toks) && d.toks[s.End].breaks == 0 {
		return false
	}
	if last := &d.toks[s.End-1]; last.kind == tPunct {
		return false
	}
	for _, mk := range d.markersOf(s) {
		if mk.tok >= s.Start && mk.tok < s.End {
			return false
		}
	}
	return true
}

// headingWords is the most words a heading has.
const headingWords = 8

// asideClause reports whether m lies in a relative clause set off by
// commas: ", who held the post until June 2020,".
func (d *document) asideClause(m match) bool {
	s := d.sentenceOf(m.first)
	k := d.sentenceIndex(m.first)
	for len(d.asides) <= k {
		d.asides = append(d.asides, 0)
	}
	if d.asides[k] == 0 {
		d.asides[k] = 2
		for i := s.Start + 1; i < s.End; i++ {
			if d.relativeOpener(i) {
				d.asides[k] = 1
				break
			}
		}
	}
	if d.asides[k] == 2 {
		return false
	}
	open := false
	for i := m.first - 1; i > s.Start; i-- {
		t := &d.toks[i]
		if t.is(d.text, ",") {
			return false
		}
		if d.relativeOpener(i) {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for i := m.last; i < s.End; i++ {
		if d.toks[i].is(d.text, ",") {
			return true
		}
	}
	return false
}

// relativeOpener reports whether token i is "who", "which" or "whose"
// after a comma, opening a relative clause set off by commas.
func (d *document) relativeOpener(i int) bool {
	t := &d.toks[i]
	return i > 0 && t.kind == tWord && d.text[t.start]|0x20 == 'w' &&
		(t.is(d.text, "who") || t.is(d.text, "which") || t.is(d.text, "whose")) && d.toks[i-1].is(d.text, ",")
}

// beforeEraYears counts a number of years from the year before the
// common era last named ("431 BC … the following year" → BC0430):
// the value, and whether m counts years.
func (d *document) beforeEraYears(m match, f *fields) (string, bool) {
	if len(d.beforeEra) < 6 || !allDigits(d.beforeEra[2:6]) {
		return "", false // not after a decade or century ("BC004", "BC04")
	}
	if m.rule.kind == kSeason && f.season != "" && f.year == 0 && !f.hasDir {
		return d.beforeEra[:6] + "-" + f.season, true // "through the winter", after 405 BC
	}
	if f.unit != uYear || !(m.rule.anaphoric || m.rule.later) || f.half {
		return "", false
	}
	y := 1 - atoi(d.beforeEra[2:6]) + eraDir(m, f)*f.count() // astronomical: 1 BC is 0
	v := fmt.Sprintf("%04d", y)
	if y <= 0 {
		v = fmt.Sprintf("BC%04d", 1-y)
	}
	switch {
	case f.month != 0 && f.day != 0:
		v += fmt.Sprintf("-%02d-%02d", f.month, f.day) // "on 7 December of that year"
	case f.month != 0:
		v += fmt.Sprintf("-%02d", f.month)
	case f.season != "":
		v += "-" + f.season // "the spring of the following year"
	}
	return v, true
}

// beforeEraMonth dates a month or day written without a year ("reached
// the Alps in late October", after 218 BC) in the year of the account.
func (d *document) beforeEraMonth(m match, f *fields) (string, bool) {
	if len(d.beforeEra) < 6 || !allDigits(d.beforeEra[2:6]) || m.rule.kind != kDate || f.month == 0 || f.hasDir {
		return "", false
	}
	if f.day != 0 {
		return fmt.Sprintf("%s-%02d-%02d", d.beforeEra[:6], f.month, f.day), true
	}
	return fmt.Sprintf("%s-%02d", d.beforeEra[:6], f.month), true
}

// eraDir is the direction m counts in: +1 for "the following year" or
// "two years later", -1 for "the previous year", 0 for "that year".
func eraDir(m match, f *fields) int {
	if m.rule.dir != 0 {
		return m.rule.dir
	}
	return f.dir
}

// asideTense returns the tense of the verb before m in the relative
// clause set off by commas that holds m, if there is one.
func (d *document) asideTense(m match, markers []marker) (tense, bool) {
	if !d.asideClause(m) {
		return tenseUnknown, false
	}
	for k := len(markers) - 1; k >= 0; k-- {
		mk := markers[k]
		if mk.tok >= m.first {
			continue
		}
		if clauseBreaks(d.text, d.toks, mk.tok, m.first, true) > 0 {
			break
		}
		if mk.tense != tenseUnknown {
			return mk.tense, true
		}
	}
	return tenseUnknown, false
}

// labelTense returns, for a day written as the label of an entry at the
// start of a line ("Tuesday: The Queen and the Duke land at noon."), the
// tense of the first sentence of its paragraph that has one: an entry of
// a schedule told without a verb of tense ("At 12:30 p.m. they will be
// welcomed") is of its days ahead, one of a diary of days past.
func (d *document) labelTense(m match) (tense, bool) {
	first, last := m.span()
	if first > 0 && d.toks[first].breaks == 0 || last >= len(d.toks) || !d.toks[last].is(d.text, ":") {
		return tenseUnknown, false
	}
	for k := d.sentenceIndex(first); k < len(d.sents); k++ {
		s := d.sents[k]
		if d.paragraphSince(first, s.Start) {
			break // the next paragraph
		}
		for _, mk := range d.markersOf(s) {
			if mk.tense != tenseUnknown {
				return mk.tense, true
			}
		}
	}
	return tenseUnknown, false
}

// yearAfterIn reports whether m is a year after "in", or "early in",
// "late in" inside its own words.
func (d *document) yearAfterIn(m match) bool {
	if m.first > 0 && d.toks[m.first-1].is(d.text, "in") {
		return true
	}
	return m.last-m.first == 3 && d.toks[m.last-2].is(d.text, "in")
}

// subjectYear reports whether m is a year after "in" that dates the
// subject of its sentence, before any verb: "Chicago in 1871 was a city
// of wood. The summer had been dry" tells of 1871's summer.
func (d *document) subjectYear(m match) bool {
	if m.first == 0 || d.toks[m.first-1].lower(d.text) != "in" {
		return false
	}
	for _, mk := range d.markersOf(d.sentenceOf(m.first)) {
		if mk.tok < m.first {
			return false
		}
	}
	return true
}

// recentAnchor returns the date last mentioned, for an expression of
// unit u at token i that may refer to it (see rule.recent).
func (d *document) recentAnchor(i int, u unit) (time.Time, bool) {
	p, ok := d.recentDate(i)
	if !ok || p.u > u || d.ref.IsZero() || formatUnit(p.start, u) == formatUnit(d.ref, u) {
		return time.Time{}, false
	}
	return p.start, true
}

// recentDate returns the date last mentioned when the sentence of token i
// or the one before named it, before i.
func (d *document) recentDate(i int) (period, bool) {
	p := d.last
	if p.start.IsZero() {
		return period{}, false
	}
	s := d.sentenceOf(i)
	if s.Start > 0 {
		s = d.sentenceOf(s.Start - 1)
	}
	if d.lastTok < s.Start || d.lastTok >= i {
		return period{}, false
	}
	return p, true
}

// recordSince reports whether the date at token i is what a record is
// measured from: "the lowest since April 2021", "its biggest fall since
// 2008", "the first time since 1990" compare, and are no time of the
// story.
func (d *document) recordSince(i int) bool {
	if i < 2 || d.toks[i-1].lower(d.text) != "since" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-1-recordReach; j-- {
		t := &d.toks[j]
		if t.kind != tWord {
			return false
		}
		w := t.lower(d.text)
		if (len(w) > 4 && w[len(w)-3:] == "est" || w == "most" || w == "least" || w == "first" || w == "best" || w == "worst") && j > 0 &&
			(determiners[d.toks[j-1].lower(d.text)] || d.toks[j-1].w != nil && d.toks[j-1].w.text == "'s") {
			return true
		}
	}
	return false
}

// recordReach is how many words may come between a superlative and the
// "since" of its record: "the lowest annual rate since".
const recordReach = 4

// nearBefore reports whether token i is in the same paragraph as token
// j and at most one sentence before it.
func (d *document) nearBefore(i, j int) bool {
	return i < j && !d.paragraphSince(i, j) && d.sentenceIndex(i) >= d.sentenceIndex(j)-1
}

// comparisonBase reports whether m is a period before the one in focus
// that a figure is compared with: "up 5% from the previous quarter",
// "higher than the previous year". The next comparison in the story is
// with the same period, not with the one before it.
func (d *document) comparisonBase(m match) bool {
	return (m.rule.name == "the-previous-unit" || m.rule.name == "previous-quarter") && m.first > 0 && comparedPreps[d.toks[m.first-1].lower(d.text)]
}

// remember notes what later expressions may refer back to; only
// expressions resolved in text order become the last date mentioned.
func (d *document) remember(t Timex, m match, inOrder bool, fr frame) {
	v := t.Value
	if t.Type == Duration && t.Point != "" && granularity(t.Point) >= uYear && m.first > d.sentenceOf(m.first).Start+1 {
		// "escaped to England, where he died two years later": a look
		// ahead in passing; the account stays where it was.
		return
	}
	if t.Type == Duration && t.Point != "" {
		v = t.Point // "Five days later, he was shot; he died the next morning"
	} else if t.Type == Duration || t.Type == Set {
		return
	}
	first, last, ok := Interval(v)
	if !ok {
		if strings.HasPrefix(v, "BC") && inOrder {
			d.beforeEra, d.beforeEraTok = v, m.first
		}
		return
	}
	if inOrder {
		d.beforeEra = ""
	}
	p := period{first, granularity(v)}
	if d.setAside(m) {
		// "on Thursday, August 18, rather than Wednesday, August 17":
		// the day given up is no day the text goes on with.
		return
	}
	if first.Equal(last) && m.rule.name != "overnight" {
		// Not "strengthened overnight": the times of day that follow are
		// of the day after that night, or of the publish date.
		d.addDay(m.first, first)
		if t.Type == Date && d.dayHeading(m) {
			d.headings = insertDay(d.headings, dayAt{tok: m.first, t: first})
		}
	}
	if p.u <= uMonth && m.rule.kind != kClock {
		d.monthly = insertDay(d.monthly, dayAt{tok: m.first, t: first, history: d.history()})
	}
	if t.Type == Time && len(v) >= 13 && v[10] == 'T' && (isDigit(v[11]) && atoi(v[11:13]) >= 18 || v[11:13] == "EV" || v[11:13] == "NI") {
		d.addNight(m.first, first)
	}
	if !inOrder || m.rule.kind == kSameUnit || d.recordSince(m.first) || d.comparisonBase(m) {
		return // "the same month last year" is a comparison, not the story
	}
	if d.lastFrame >= frameParagraph && p.u == uYear && d.asideClause(m) {
		// "Early in 1919 a third wave struck. In Australia, which had
		// kept the virus out for most of 1918, the disease arrived in
		// January": an aside; the account stays where it was.
		return
	}
	d.last, d.lastTok, d.lastEnd, d.lastKind = p, m.first, m.last, m.rule.kind
	if p.u == uYear && m.first-d.sentenceOf(m.first).Start <= 1 {
		d.opening.tok, d.opening.end, d.opening.year = m.first, m.last, first.Year()
	}
	d.lastFrame = fr
	if first.Equal(last) {
		d.lastDay = p
	}
	if p.u <= uMonth {
		d.lastMonth, d.lastMonthTok = p, m.first
	}
	if p.u == uWeek {
		d.week, d.weekTok = p, m.first
	}
	// A named quarter, or "the quarter" referring to it, is what the
	// text reports on; "a year earlier" refers back to it without
	// replacing it.
	if (p.u == uQuarter || p.u == uHalf) && (m.rule.kind == kQuarter || m.rule.kind == kMonthQuarter || m.rule.kind == kPeriod && m.rule.dir == 0) {
		d.reporting, d.reportingTok = p, m.first
	}
	if p.u <= uMonth && d.threeMonthsEndedBy(m.first) {
		// The quarter is the one holding most of the three months:
		// "ended Oct. 1" closes the third.
		end := shift(p.start, p.u, 1).AddDate(0, 0, -1)
		d.reporting, d.reportingTok = period{end.AddDate(0, 0, -45), uQuarter}, m.first
	}
}

// threeMonthsEndedBy reports whether "the three months ended" or "three
// months to" comes before token i: the date at i ends a quarter. Six
// months are left alone, as fiscal halves rarely match the calendar's.
func (d *document) threeMonthsEndedBy(i int) bool {
	if i < 3 {
		return false
	}
	if t := &d.toks[i-2]; !equalFold(d.text[t.start:t.end], "months") {
		return false // checked first, as it is rare: every date comes here
	}
	switch d.toks[i-1].lower(d.text) {
	case "ended", "ending", "to", "through":
	default:
		return false
	}
	n := &d.toks[i-3]
	return n.w != nil && n.w.n == 3 || n.w == nil && n.num == 3
}

// granularity returns the unit of a TimeML date value.
func granularity(v string) unit {
	date, _, _ := cutT(v)
	switch {
	case len(date) == 10:
		return uDay
	case len(date) >= 8 && date[5] == 'W':
		if len(date) > 8 {
			return uWeekend
		}
		return uWeek
	case len(date) == 7 && date[5] == 'Q':
		return uQuarter
	case len(date) == 7 && date[5] == 'H':
		return uHalf
	case len(date) == 7 && date[5] >= 'A':
		return uSeason
	case len(date) == 7:
		return uMonth
	case len(date) == 4 && date[2] == 'X', len(date) == 2:
		return uCentury
	case len(date) == 4 && date[3] == 'X', len(date) == 3:
		return uDecade
	}
	return uYear
}

func cutT(v string) (string, string, bool) {
	for i := 0; i < len(v); i++ {
		if v[i] == 'T' {
			return v[:i], v[i+1:], true
		}
	}
	return v, "", false
}

func explain(t Timex, why string) string {
	v := t.Value
	if v == "" {
		v = "unresolved"
	}
	s := "'" + t.Text + "' → " + v
	if why != "" {
		s += ": " + why
	}
	return s
}
