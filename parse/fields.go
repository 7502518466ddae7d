package parse

import (
	"strings"
	"time"
)

// fields are the facts a matched rule states, read from its tokens; zero
// means absent.
type fields struct {
	year, month, day int
	weekday          time.Weekday
	hasWeekday       bool
	// nums are the numbers of the match in order; n combines adjacent
	// ones ("twenty four" is 24).
	nums  []int
	n     int
	hasN  bool
	vague bool // "several", "a few": an unspecified number
	half  bool // "and a half", "1/2"
	unit  unit
	// perUnit is how many units the unit word stands for: 2 weeks for
	// "fortnight".
	perUnit int
	dir     int
	// hasDir is set by direction words: "last", "next", "this", "past".
	hasDir   bool
	season   string
	part     string // TimeML part of day: MO, AF, EV, NI, MI
	ord      int
	hour     int
	minute   int
	hasClock bool
	pm       int // 12 for p.m., 0 for a.m., -1 when not given
	decade   int
	ref      string // value of a vague word ("recently": PAST_REF)
	// mod is the TimeML modifier a word of the rule's own gives ("the
	// end of the decade").
	mod    string
	fiscal bool
	// yearDir is set when the direction word is about the year: "next
	// year's first quarter".
	yearDir bool
	// yearShift is the year of the period relative to the anchor's
	// when yearDir is set.
	yearShift int
	text      string // the lower-cased words of the match, space-separated
	slash     string // the text of a "3/12/2025" date
	decimal   string // the number of "7.2 years"
	numeric   numericOrder
}

// numericOrder is how a month and day written in figures without a year
// were read.
type numericOrder int

const (
	numericOne      numericOrder = iota // words, or figures read one way only ("11/26")
	numericDayFirst                     // "28/3": only day first reads
	numericEither                       // "3/12": both read; month first was taken
)

// extract reads the fields of a match from its tokens.
func extract(d *document, m match) fields {
	f := fields{pm: -1}
	var words []string
	lastNum := -2
	for k, e := range m.elems {
		i := m.first + k
		t := &d.toks[i]
		s := d.text[t.start:t.end]
		if t.kind == tPunct && t.w != nil {
			s = t.w.text // "’s" as "'s", the spelling of the lists
		}
		words = append(words, strings.ToLower(s))
		if e == nil {
			continue // a modifier added by a refiner
		}
		c := t.cls & e.cls
		switch {
		case c == 0 && t.w != nil && t.w.text == "hundred" && lastNum == i-1:
			f.n *= 100 // "one hundred and ten", where the pattern names the word
			lastNum = i
		case c&cISODate != 0:
			f.year, f.month = atoi(s[:4]), atoi(s[5:7])
			if len(s) >= 10 {
				f.day = atoi(s[8:10])
			}
			if len(s) >= 16 && s[10] == 'T' {
				f.hour, f.minute, f.hasClock = atoi(s[11:13]), atoi(s[14:16]), true
			}
		case c&cPartHour != 0:
			f.hour, f.hasClock = t.num, true
			if t.w != nil {
				f.hour = t.w.n
			}
		case c&cSlashDate != 0:
			f.slash = s
		case c&cMonthDay != 0:
			a, b, _ := strings.Cut(s, "/")
			f.month, f.day = atoi(a), atoi(b)
			switch {
			case f.month > 12:
				f.month, f.day = f.day, f.month
				f.numeric = numericDayFirst
			case f.day <= 12 && f.day != f.month:
				f.numeric = numericEither
			}
		case c&cYearRange != 0:
			f.year = atoi(s[:4])
		case c&(cClock|cAmClock) != 0:
			var pm int
			f.hasClock = true
			f.hour, f.minute, pm = readClock(s)
			if pm >= 0 {
				f.pm = pm
			}
		case c&cAmPm != 0:
			f.pm = t.w.n
		case c&cHour != 0:
			f.hour, f.hasClock = t.num, true
		case c&cMonth != 0:
			f.month = int(t.w.month)
		case c&(cWeekday|cWeekdays) != 0:
			f.weekday, f.hasWeekday = t.w.weekday, true
		case c&cYear != 0:
			f.year = t.num
			if t.num < 100 {
				f.year = fullYear(t.num, d.ref)
			}
		case c&(cDay|cDayTh) != 0:
			f.day = t.num
			if t.w != nil {
				f.day = t.w.n
			}
		case c&cOrd != 0:
			f.ord = t.num
			if t.w != nil {
				f.ord = t.w.n
			}
		case c&(cNum|cNumWord) != 0:
			v := t.num
			if t.w != nil {
				v = t.w.n
			}
			f.nums = append(f.nums, v)
			switch {
			case !f.hasN:
				f.n, f.hasN = v, true
			case lastNum >= i-2 && f.n >= 20 && f.n%10 == 0 && v < 10:
				f.n += v // "twenty four", "twenty-four"
			case lastNum == i-1 && v == 100:
				f.n *= 100 // "a hundred"
			case lastNum == i-2 && f.n >= 100 && f.n%100 == 0 && v < 100:
				f.n += v // "one hundred and ten"
			}
			lastNum = i
		case c&cDecimal != 0:
			f.decimal = s
		case c&cFew != 0:
			if t.w.text == "couple" {
				f.n, f.hasN = 2, true
			} else {
				f.vague = true
			}
		case c&cFrac != 0:
			f.half = true
			if f.hasN && f.n == 1 && lastNum == i-1 && (d.toks[i-1].is(d.text, "a") || d.toks[i-1].is(d.text, "an")) && !(i >= 2 && d.toks[i-2].is(d.text, "and")) {
				f.n, f.hasN = 0, false // "a half-hour" is half of one, where "one and a half hours" is more
			}
		case c&cUnit != 0:
			f.unit = t.w.unit
			f.perUnit = max(1, unitMultiples[t.w.text])
		case c&cDir != 0:
			f.dir, f.hasDir = t.w.dir, true
		case c&cSeason != 0:
			f.season = t.w.season
		case c&(cPart|cParts) != 0:
			f.part = t.w.part
		case c&cDecade != 0:
			f.decade = t.num
			if t.w != nil {
				f.decade = t.w.n
			}
		case c == 0 && t.w != nil && t.w.cls&cUnit != 0 && t.w.unit == uYear && (f.unit == uQuarter || f.unit == uHalf) && (f.ord != 0 || f.hasDir):
			// "the second half of the year", "the last quarter of last
			// year": the year of the period, the anchor's unless a
			// direction word right before says otherwise.
			f.yearDir, f.yearShift = true, 0
			if p := &d.toks[i-1]; p.cls&cDir != 0 && p.w != nil {
				f.yearShift = p.w.dir
			}
		case c == 0 && t.w != nil && t.w.text == "half" && len(words) >= 3 && words[len(words)-3] == "and":
			f.half = true // "two and a half years": the unit comes after
		case c == 0 && t.w != nil && t.w.text == "half" && !f.hasN && f.unit == uNone && f.ord == 0 && !f.hasDir:
			f.half = true // "half an hour", "more than half a century": no whole unit
		case c == 0 && t.w != nil:
			f.literal(t.w)
		}
	}
	if f.perUnit > 1 {
		f.n, f.hasN = f.count()*f.perUnit, true // "a fortnight" is two weeks
	}
	f.text = strings.Join(words, " ")
	if m.rule.dir != 0 {
		f.dir, f.hasDir = m.rule.dir, true
	}
	if m.rule.unit != uNone {
		f.unit = m.rule.unit
	}
	if m.rule.n != 0 {
		f.n, f.hasN = m.rule.n, true
	}
	return f
}

// readClock reads a clock time written in figures: "10:30", "10.30am",
// "1800" (of "1800 GMT"), "7pm". pm is 12 for p.m., 0 for a.m. and -1
// when the figures do not say.
func readClock(s string) (hour, minute, pm int) {
	h, rest, ok := strings.Cut(s, ":")
	if !ok {
		h, rest, ok = strings.Cut(s, ".") // "10.30am"
	}
	hour = atoi(digitsPrefix(h))
	if ok {
		minute = atoi(digitsPrefix(rest))
	} else if len(digitsPrefix(h)) == 4 {
		hour, minute = hour/100, hour%100 // "1800 GMT"
	}
	pm = -1
	switch strings.ToLower(s[len(s)-min(2, len(s)):]) {
	case "am":
		pm = 0
	case "pm":
		pm = 12
	}
	return hour, minute, pm
}

// literal reads what a word matched literally by a pattern says.
func (f *fields) literal(w *word) {
	switch {
	case w.dayWord:
		n := 1
		if f.unit == uDay {
			n = 2 // "the day before yesterday": the word "day" came first
		}
		f.unit, f.dir, f.hasDir, f.n, f.hasN = uDay, w.dir, true, n, true
	case w.cls&cDir != 0:
		f.dir, f.hasDir = w.dir, true
	case w.cls&cUnit != 0:
		f.unit = w.unit
		f.perUnit = max(1, unitMultiples[w.text])
		if w.unit == uYear && f.hasDir {
			f.yearDir, f.yearShift = true, f.dir
		}
	case w.cls&cPart != 0:
		f.part = w.part
		if w.text == "tonight" {
			f.unit, f.hasDir = uDay, true
		}
	case w.cls&cFrac != 0 && f.unit == uNone:
		f.unit = uHalf // "the first half"
	case w.cls&cFrac != 0:
		f.half = true // "a minute and a half"
	case w.mod != "" && f.mod == "":
		f.mod = w.mod // "the end of the decade"
	case w.text == "that" && !f.hasDir:
		f.hasDir = true // "that December": of the year of the date last mentioned
	case w.text == "h":
		f.unit = uHalf // "H1 2024"
	case w.text == "fiscal":
		f.fiscal = true
	case w.text == "noon" || w.text == "midday":
		f.hour, f.hasClock = 12, true
	case w.text == "midnight":
		f.hour, f.hasClock = 24, true
	}
	if w.ref != "" && f.ref == "" {
		f.ref = w.ref
	}
}

// fullYear returns the year a two-digit year ("'97") stands for: the
// latest one not more than ten years after the reference date, or of the
// twentieth century without a reference date.
func fullYear(yy int, ref time.Time) int {
	if ref.IsZero() {
		return 1900 + yy
	}
	y := ref.Year() + 10
	return y - (y-yy)%100
}

func digitsPrefix(s string) string {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return s[:i]
}

// count returns the number of units, 1 when none is written.
func (f *fields) count() int {
	if f.hasN {
		return f.n
	}
	return 1
}
