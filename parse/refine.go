package parse

import (
	"slices"
	"strings"
)

// A refiner looks at the candidate matches of a document and returns the
// ones to keep, possibly changed. Refiners run in order after the grammar.
type refiner func(d *document, ms []match) []match

var refiners = []refiner{
	yearAppositions,
	dropRejected,
	trimNumbers,
	trimArticles,
	dropUnlikelyYears,
	dropAmbiguousWords,
	dropTitles,
	dropNames,
	dropSurnames,
	dropKinNames,
	dropRates,
	dropDegrees,
	dropSeasonKinds,
	dropPartCompounds,
	conjunctionThat,
	listCenturies,
	extendModifiers,
	markHedges,
	markBoundsAfter,
	addSecondDays,
	addFirstDays,
	addRangeStartHours,
	addElidedUnits,
	listWeekdaySets,
}

// conjunctionThat makes "that" after a verb a conjunction, not a
// pointer to a month: "cautioned that January sales slowed" names
// January, not the January of a year told before.
func conjunctionThat(d *document, ms []match) []match {
	for k := range ms {
		m := &ms[k]
		if m.rule.name != "that-month" || m.first == 0 || !d.toks[m.first].is(d.text, "that") {
			continue
		}
		v := m.first - 1
		for _, mk := range d.markersOf(d.sentenceOf(m.first)) {
			if mk.tok == v {
				m.first++
				m.elems = m.elems[1:]
				m.rule = monthRule
				break
			}
		}
	}
	return ms
}

// monthRule is the rule of a month alone, which a month after a
// conjunction "that" is.
var monthRule = func() *rule {
	for k := range rules {
		if rules[k].name == "month" {
			return &rules[k]
		}
	}
	panic("no month rule")
}()

// dropPartCompounds removes quarters and halves that begin a hyphenated
// word: "the quarter-finals", "the second half-hour", "a first
// quarter-finalist" name a round or a length, not a part of a year.
func dropPartCompounds(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		if m.last+1 >= len(d.toks) {
			return true
		}
		if k := m.rule.kind; k != kQuarter && k != kPeriod && k != kMonthQuarter && !(m.rule.typ == Duration && d.toks[m.last-1].is(d.text, "quarter")) {
			return true // "all four quarter-finals" is no length of time either
		}
		h, w := &d.toks[m.last], &d.toks[m.last+1]
		return !(h.glued && h.cls&cDash != 0 && w.glued && w.kind == tWord)
	})
}

// dropRejected removes the matches of reject rules: having matched, they
// kept other rules off their words.
func dropRejected(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool { return m.rule.kind != kReject })
}

// trimNumbers drops a leading number that does not combine with the next
// one: "seven a year ago" is "a year ago", "a 16-hour flight" is
// "16-hour".
func trimNumbers(d *document, ms []match) []match {
	for k := range ms {
		m := &ms[k]
		for m.last-m.first > 2 && m.elems[0] != nil && m.elems[0].cls&cNum != 0 && m.elems[1] != nil && m.elems[1].cls&cNum != 0 &&
			!compound(&d.toks[m.first], &d.toks[m.first+1]) {
			m.first++
			m.elems = m.elems[1:]
		}
	}
	return ms
}

// trimArticles drops "a" before a plural unit and the article of a unit
// made an adjective: "a decades-long battle" is "decades-long", "the
// year-long celebrations" "year-long".
func trimArticles(d *document, ms []match) []match {
	for k := range ms {
		m := &ms[k]
		if m.last-m.first < 2 {
			continue
		}
		a, u := &d.toks[m.first], &d.toks[m.first+1]
		w := a.lower(d.text)
		if (w == "a" || w == "an") && u.cls&cUnit != 0 && d.text[u.end-1] == 's' || m.rule.name == "unit-long" && a.cls&cUnit == 0 {
			m.first++
			m.elems = m.elems[1:]
		}
	}
	return ms
}

// compound reports whether two adjacent number tokens make one number:
// "twenty four", "a hundred", "nineteen ninety".
func compound(a, b *token) bool {
	av, bv := numValue(a), numValue(b)
	return a.w != nil && b.w != nil && a.kind == tWord && b.kind == tWord &&
		(av >= 20 && av%10 == 0 && bv < 10 || bv == 100 || av >= 10 && av <= 20 && bv >= 10)
}

func numValue(t *token) int {
	if t.w != nil {
		return t.w.n
	}
	return t.num
}

// yearPrefixes are words before which a four-digit number is a quantity:
// "about 2000", "at least 1500", "another 1000".
var yearPrefixes = map[string]bool{
	"about": true, "some": true, "nearly": true, "than": true, "approximately": true,
	"roughly": true, "almost": true, "least": true, "only": true, "just": true,
	"another": true, "extra": true, "additional": true, "over": true, "under": true,
	"estimated": true, "total": true, "totalling": true, "totaling": true,
	// Labels before which a number names a thing: "Room 1962", "Flight 1549".
	"room": true, "page": true, "flight": true, "section": true, "article": true,
	"chapter": true, "gate": true, "route": true, "highway": true, "interstate": true,
	"suite": true, "number": true, "resolution": true, "platform": true, "bus": true,
	"train": true, "apartment": true, "box": true, "code": true, "model": true,
	// Indexes and products named with a number: "the Russell 2000".
	"russell": true, "windows": true,
}

// streetWords end a street name: a number before one is an address
// ("1600 Pennsylvania Avenue").
var streetWords = map[string]bool{
	"street": true, "st.": true, "avenue": true, "ave.": true, "road": true, "rd.": true,
	"boulevard": true, "blvd.": true, "lane": true, "drive": true, "way": true, "place": true,
	"square": true, "highway": true,
}

// addressAt reports whether up to three capitalised words and a street
// word follow token i.
func addressAt(d *document, i int) bool {
	for k := i; k < len(d.toks) && k < i+4; k++ {
		t := &d.toks[k]
		if t.kind != tWord || !t.upper {
			return false
		}
		if k > i && streetWords[t.lower(d.text)] {
			return true
		}
	}
	return false
}

// yearSuffixes are words after which a four-digit number is a quantity.
var yearSuffixes = map[string]bool{
	"more": true, "others": true, "other": true, "of": true, "times": true, "or": true,
	"km": true, "miles": true, "people": true, "troops": true, "soldiers": true,
	"votes": true, "points": true, "metres": true, "meters": true, "feet": true,
	"tons": true, "tonnes": true, "barrels": true, "shares": true, "units": true,
	"jobs": true, "workers": true, "employees": true, "acres": true, "pounds": true,
	"degrees": true, "yards": true, "kilometres": true, "kilometers": true, "dollars": true,
	"euros": true, "words": true, "pages": true, "cases": true, "deaths": true, "homes": true,
	"cars": true, "students": true, "residents": true, "members": true, "seats": true,
	"rooms": true, "beds": true, "patients": true, "children": true, "men": true, "women": true,
}

// dropUnlikelyYears removes bare four-digit numbers outside the years news
// speaks of, or that a word around them makes a quantity: "about 2000",
// "and 1000 more", "2000 troops".
func dropUnlikelyYears(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		if m.rule.name != "year" {
			return true
		}
		t := &d.toks[m.first]
		if t.num >= 100 && t.num < 1000 || t.num > 2199 { // below 100: "'97"
			return false
		}
		if p := m.first - 1; p >= 0 && t.glued && d.toks[p].kind == tWord && d.toks[p].end-d.toks[p].start > 2 {
			return false // "#Vote2022", "Euro2024": a tag or a name; not "CY2024"
		}
		if p := m.first - 1; p >= 1 && t.glued && d.toks[p].cls&cDash != 0 && d.toks[p].glued && capitalsOnly(d.text[d.toks[p-1].start:d.toks[p-1].end]) {
			return false // "catalog number BL-1127", "the F-1500 engine": a code; not "mid-2024"
		}
		if digitGroups(d, m.first) {
			return false // "call 0300 636 1967", "on 1800 679 737": a phone number
		}
		if m.last < len(d.toks) {
			n := &d.toks[m.last]
			if n.glued && n.kind != tPunct || addressAt(d, m.last) {
				return false
			}
			if yearSuffixes[n.lower(d.text)] && !(m.first > 0 && t.num >= 1800 && yearPrepositions[d.toks[m.first-1].lower(d.text)]) && !yearAlternative(d, m.last) {
				return false // "2000 troops", but "in 2019 residents voted"
			}
		}
		if m.first > 0 {
			p := &d.toks[m.first-1]
			if yearPrefixes[p.lower(d.text)] && !hedgedYear(d, m.first) {
				return false
			}
		}
		if t.num < 1500 {
			// "The 1040 form", "Room 1205": a medieval year needs a
			// preposition before it ("in 1066") or an era after it.
			return m.first > 0 && oldYearBefore[d.toks[m.first-1].lower(d.text)] ||
				m.last < len(d.toks) && eraWords[d.toks[m.last].lower(d.text)]
		}
		return true
	})
}

// digitGroups reports whether the number at token i is one of three or
// more groups of digits set one space apart, or of two when the other
// starts with a zero, as phone numbers are written: "0300 636 1967",
// "1800 679 737", "0800 1967".
func digitGroups(d *document, i int) bool {
	spaced := func(a, b int) bool { // tokens a and b are numbers one space apart
		return a >= 0 && b < len(d.toks) && d.toks[a].kind == tNumber && d.toks[b].kind == tNumber &&
			d.toks[b].start == d.toks[a].end+1 && d.text[d.toks[a].end] == ' '
	}
	from, to := i, i
	for spaced(from-1, from) {
		from--
	}
	for spaced(to, to+1) {
		to++
	}
	switch to - from {
	case 0:
		return false
	case 1:
		other := d.toks[from]
		if from == i {
			other = d.toks[to]
		}
		return d.text[other.start] == '0'
	}
	return true
}

// capitalsOnly reports whether w is all capital ASCII letters: "BL", "F".
func capitalsOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}

// yearAlternative reports whether "or" at token i is followed by another
// year that no quantity word follows: "for 2012 or 2016", not "1000 or
// 2000 troops".
func yearAlternative(d *document, i int) bool {
	if d.toks[i].lower(d.text) != "or" || i+1 >= len(d.toks) {
		return false
	}
	y := &d.toks[i+1]
	if y.cls&cYear == 0 || y.num < 1800 || y.num > 2199 {
		return false
	}
	if i+2 >= len(d.toks) {
		return true
	}
	n := &d.toks[i+2]
	return !yearSuffixes[n.lower(d.text)] && !(n.glued && n.kind != tPunct)
}

// hedgedYear reports whether the number at i follows a preposition of
// time and "at least", or "earlier than": "since at least 2010", "no
// earlier than 2027" are years, where "at least 1500", "rose to at least
// 2000" and "more than 1500" are counts.
func hedgedYear(d *document, i int) bool {
	if i >= 2 && d.toks[i-1].lower(d.text) == "than" {
		switch d.toks[i-2].lower(d.text) {
		case "earlier", "later", "sooner":
			return true // "no earlier than 2027"
		}
	}
	if i < 3 || d.toks[i-1].lower(d.text) != "least" || d.toks[i-2].lower(d.text) != "at" {
		return false
	}
	return hedgePrepositions[d.toks[i-3].lower(d.text)]
}

// hedgePrepositions are the prepositions of time before "at least".
var hedgePrepositions = map[string]bool{
	"since": true, "from": true, "until": true, "till": true, "through": true,
	"before": true,
}

// yearPrepositions make a number of modern years before a count noun a
// year: "In 2019 residents voted".
var yearPrepositions = map[string]bool{"in": true, "since": true, "during": true, "until": true}

// oldYearBefore are the words before which a year before 1500 is one.
var oldYearBefore = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "from": true, "to": true,
	"of": true, "around": true, "circa": true, "c.": true, "year": true, "and": true,
	"between": true, "before": true, "after": true, "during": true, "ad": true, "-": true,
}

// eraWords follow a year to name its era: "1066 AD", "1200 BC".
var eraWords = map[string]bool{"ad": true, "bc": true, "bce": true, "ce": true}

// contextWords are the words before which an ambiguous word ("May",
// "fall", "spring") is a time expression: "in May", "last fall".
var contextWords = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "during": true,
	"of": true, "early": true, "late": true, "mid": true, "from": true, "to": true,
	"through": true, "before": true, "after": true, "between": true, "and": true,
	"last": true, "next": true, "this": true, "end": true, "beginning": true, "the": true,
	"that": true, "each": true, "every": true, "on": true, "or": true, "past": true,
	"into": true, "throughout": true,
}

// asEarlyAs are the words of "as early as", "as soon as", "as late as",
// which a date follows.
var asEarlyAs = wordSet("early soon late")

// ambiguousWords are time words that are more often ordinary words.
var ambiguousWords = map[string]bool{"may": true, "march": true, "fall": true, "spring": true, "sun": true, "sat": true, "wed": true, "jan": true, "mar": true}

// dropAmbiguousWords removes single-word matches that are more likely
// ordinary words: "May" or "fall" without a time context, and weekday or
// month abbreviations without their period ("Sun" the newspaper).
func dropAmbiguousWords(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		if fallOf(d, m) {
			return false
		}
		if m.last-m.first != 1 {
			return true
		}
		t := &d.toks[m.first]
		if t.w == nil || t.cls&(cMonth|cWeekday|cSeason) == 0 {
			return true
		}
		s := d.text[t.start:t.end]
		if t.w.abbrev && s[len(s)-1] != '.' {
			return false
		}
		if !ambiguousWords[t.w.text] {
			return true
		}
		next := ""
		if m.last < len(d.toks) {
			next = d.toks[m.last].lower(d.text)
		}
		if t.cls&cSeason != 0 && d.sentenceOf(m.first).Start == m.first {
			// "Spring had been drier than normal": the subject of a
			// sentence, not "Spring Street".
			return beForms[next] || next == "was" || next == "were" || next == "had" || next == "has"
		}
		if dayRangeWords[next] && m.last+1 < len(d.toks) && d.toks[m.last+1].cls&cMonth != 0 && d.toks[m.last+1].upper {
			return true // "May through October": a span of months
		}
		if m.first == 0 {
			return false
		}
		p := &d.toks[m.first-1]
		if p.cls&cDash != 0 && p.glued && t.glued && m.first >= 2 {
			p = &d.toks[m.first-2] // "mid-March"
		}
		prev := p.lower(d.text)
		if t.cls&cSeason != 0 {
			// "fall" and "spring" are verbs after "to" and "and", but
			// seasons before "and winter" ("their fall and winter
			// schedules").
			return seasonContext[prev] || determiners[prev] && joinsList(next) && m.last+1 < len(d.toks) && d.toks[m.last+1].cls&cSeason != 0
		}
		if (prev == "the" || prev == "a") && m.last < len(d.toks) && eventPreps[d.toks[m.last].lower(d.text)] {
			// "the March for Life", "the March on Washington": an event.
			return false
		}
		if prev == "," && m.first >= 2 && d.toks[m.first-2].cls&cMonth != 0 && (next == "," || next == "and" || next == "or") {
			return true // "in February, May and August": a list of months
		}
		if contractMonth(d, m) {
			return true // "the May wheat contract", "West Texas Intermediate for May"
		}
		if prev == "as" && m.first >= 3 && asEarlyAs[d.toks[m.first-2].lower(d.text)] && d.toks[m.first-3].is(d.text, "as") {
			return true // "as early as March", "as soon as May"
		}
		if prev == "for" && m.first >= 2 {
			// "planned for May", "set for March": a date fixed ahead.
			_, ok := datedFor[d.toks[m.first-2].lower(d.text)]
			return ok
		}
		return contextWords[prev]
	})
}

// contractMonth reports whether the month the match m names is that of
// a futures contract: before "contract", "futures" or "delivery" with at
// most a few words of the commodity between ("the May soft red winter
// wheat contract", "December corn futures"), or after a commodity and
// "for" ("West Texas Intermediate for May").
func contractMonth(d *document, m match) bool {
	if m.first >= 2 && d.toks[m.first-1].is(d.text, "for") && inSet(d.text, &d.toks[m.first-2], commodities) {
		return true
	}
	if m.first > 0 && inSet(d.text, &d.toks[m.first-1], timePreps) {
		return false // "prices fell in March as futures slid": the month of the fall
	}
	for k := m.last; k < len(d.toks) && k <= m.last+contractReach; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.w != nil && clauseWords[t.w.text] {
			break
		}
		if inSet(d.text, t, contractWords) {
			return true
		}
	}
	return false
}

// timePreps are the prepositions that make the month after them the
// time of what the clause tells.
var timePreps = map[string]bool{
	"in": true, "since": true, "during": true, "until": true, "till": true, "by": true,
	"before": true, "after": true, "from": true, "through": true, "to": true, "of": true,
}

// clauseWords end a noun phrase: after them, "futures" is not the noun
// a month describes.
var clauseWords = map[string]bool{
	"as": true, "and": true, "or": true, "but": true, "when": true, "while": true, "after": true,
	"before": true, "the": true, "a": true, "of": true, "to": true, "in": true, "on": true,
	"that": true, "which": true, "with": true, "for": true, "at": true,
}

// contractReach is how many words of a commodity's name may stand
// between a contract's month and "contract".
const contractReach = 5

// contractWords name a futures contract after its month.
var contractWords = map[string]bool{"contract": true, "contracts": true, "futures": true, "delivery": true, "options": true}

// commodities are the names of traded goods whose price news gives a
// contract's month after "for": "Brent for June".
var commodities = map[string]bool{
	"crude": true, "oil": true, "brent": true, "wti": true, "intermediate": true, "gold": true,
	"silver": true, "copper": true, "wheat": true, "corn": true, "soybeans": true, "gas": true,
	"gasoline": true, "cocoa": true, "coffee": true, "sugar": true, "cotton": true, "palladium": true,
	"platinum": true,
}

// eventPreps are the prepositions after which "the March" is a
// procession, not the month.
var eventPreps = map[string]bool{"for": true, "on": true, "against": true, "to": true, "of": true, "through": true, "from": true, "across": true, "into": true}

// fallOf reports whether a match ending in "fall" or "spring" is followed
// by "of" and something other than a year: "the fall of the Berlin Wall".
func fallOf(d *document, m match) bool {
	t := &d.toks[m.last-1]
	if t.w == nil || !ambiguousWords[t.w.text] || t.cls&cSeason == 0 || m.last+1 >= len(d.toks) {
		return false
	}
	of := &d.toks[m.last]
	return of.lower(d.text) == "of" && d.toks[m.last+1].cls&cYear == 0
}

// seasonContext are the words before which "fall" and "spring" are
// seasons.
var seasonContext = map[string]bool{
	"in": true, "this": true, "last": true, "next": true, "the": true, "early": true,
	"late": true, "of": true, "during": true, "since": true, "until": true, "by": true,
	"past": true, "that": true, "each": true, "every": true,
}

// dropTitles removes expressions whose units or direction words are
// capitalised inside a sentence of ordinary case: the names of shows and
// papers ("This Week", "60 Minutes", "Person of the Year"), and spelled
// years in capitals ("Nineteen Eighty-Four", a title). Holidays,
// such as "Thanksgiving Day", stay.
func dropTitles(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		s := d.sentenceOf(m.first)
		if m.first == s.Start || headline(d, s) || opensClause(d, m.first) && !quotedTitle(d, m) {
			return true
		}
		for k, e := range m.elems {
			if t := &d.toks[m.first+k]; t.upper && e != nil && titleWord(t, e, m.rule.kind) {
				return false
			}
		}
		return true
	})
}

// titleWord reports whether a capitalised token, matched by element e of
// a rule of kind k, marks a title: a unit or direction word other than a
// month, a weekday or a word of a holiday's name ("Thanksgiving Day") or
// of "the New Year", a number word of a spelled year, or "Past",
// "Present" and "Future".
func titleWord(t *token, e *elem, k kind) bool {
	switch k {
	case kSpelledYear:
		return t.cls&cNumWord != 0
	case kNewYear:
		return false // "after the New Year"
	case kFixed:
		// "Back to the Future"; not "Recently" after "Co."
		return t.w != nil && (t.w.text == "past" || t.w.text == "present" || t.w.text == "future")
	}
	return t.cls&(cUnit|cDir) != 0 && t.cls&(cMonth|cWeekday) == 0 && (k != kHoliday || e.cls&(cUnit|cDir) != 0)
}

// dropNames removes months, seasons and holidays that begin a name,
// told by the capitalised word after them: "June Carter", "the Summer
// Olympics", "the Good Friday Agreement". A preposition before keeps
// them ("in June Carter said"), and for months so does a determiner
// ("the June Fed meeting"). Weekdays stay, unless "the" comes before,
// the part of the day is capitalised too or a newspaper's name follows:
// "said Tuesday Trump would go" is how wire copy writes.
func dropNames(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		if m.last >= len(d.toks) || m.last-m.first > 3 {
			return true
		}
		if personNamed(d, m) {
			return false
		}
		next := &d.toks[m.last]
		if next.kind != tWord || !next.upper || next.glued || next.cls&(cMonth|cWeekday|cYear|cNum) != 0 || next.w != nil && next.w.cls&cUnit != 0 {
			return true
		}
		if w := d.text[next.start:next.end]; w == "I" || len(w) >= 2 && strings.ToUpper(w) == w && m.rule.kind == kDate {
			// "Last summer I went", where "I" is no name's; "February
			// CPI rose": the month of a figure named by its initials.
			return true
		}
		last := &d.toks[m.last-1]
		month := m.rule.kind == kDate && last.cls&cMonth != 0 && m.last-m.first == 1
		// "the Sunday Times", "Saturday Night Live": a weekday after "the"
		// or with a capitalised part of the day.
		weekday := m.rule.kind == kWeekday && !m.rule.anaphoric &&
			(m.first > 0 && d.toks[m.first-1].lower(d.text) == "the" || last.upper && last.cls&cPart != 0 ||
				last.cls&cWeekday != 0 && newspaperWords[next.lower(d.text)] && (m.first == 0 || d.toks[m.first-1].lower(d.text) != "on"))
		// "Midnight Harbor", "Noon Rider", "The Tonight Show": a title.
		clockWord := (m.rule.name == "noon" || m.rule.name == "tonight" && m.first > 0 && d.toks[m.first-1].kind == tWord) && d.toks[m.first].upper
		if !month && !weekday && !clockWord && m.rule.kind != kSeason && m.rule.kind != kHoliday {
			return true
		}
		if (month && m.last-m.first == 1 || m.rule.kind == kSeason || m.rule.kind == kHoliday) && eventNameHeads[next.lower(d.text)] {
			return false // "Winter War", "the October Revolution", "the Yom Kippur War", even in a title
		}
		if headline(d, d.sentenceOf(m.first)) {
			return true
		}
		if weekday || clockWord {
			return false
		}
		if m.rule.kind == kSeason && seasonDirected(d, m) && !seasonNameHeads[next.lower(d.text)] {
			return true // "The following spring Iran launched", "Last fall Congress passed"
		}
		if !month && d.toks[m.first].lower(d.text) == "the" {
			return false // "the Summer Olympics"
		}
		if m.first > 0 {
			prev := d.toks[m.first-1].lower(d.text)
			if namePrepositions[prev] || month && determiners[prev] && !eventNameHeads[next.lower(d.text)] {
				return true // "the September Fed meeting"; not "the July Monarchy"
			}
		}
		return false
	})
}

// eventNameHeads end the names of events and regimes called after a
// month: "the October Revolution", "the July Crisis", "the June Days".
var eventNameHeads = map[string]bool{
	"revolution": true, "revolutions": true, "monarchy": true, "days": true, "crisis": true,
	"uprising": true, "rising": true, "revolt": true, "coup": true, "putsch": true,
	"offensive": true, "massacre": true, "massacres": true, "manifesto": true,
	"theses": true, "ordinances": true, "war": true, "movement": true,
}

// seasonDirected reports whether the season matched has a word of
// direction or "that": a season counted so is no name's.
func seasonDirected(d *document, m match) bool {
	for i := m.first; i < m.last; i++ {
		if d.toks[i].cls&cDir != 0 || d.toks[i].is(d.text, "that") {
			return true
		}
	}
	return false
}

// seasonNameHeads end the names of events held in a season: "this
// Spring Festival", "last Summer Olympics".
var seasonNameHeads = wordSet("festival olympics games classic session term series league championship championships fair show")

// newspaperWords name papers after a weekday, with or without "the":
// "Sunday Times reporters", "a Sunday Telegraph poll".
var newspaperWords = map[string]bool{
	"times": true, "telegraph": true, "mirror": true, "express": true, "post": true,
	"herald": true, "tribune": true, "observer": true, "mail": true, "independent": true,
}

// namePrepositions are the words before a month, season or holiday that
// make it a time even when a capitalised word follows.
var namePrepositions = map[string]bool{
	"in": true, "on": true, "since": true, "by": true, "until": true, "till": true,
	"during": true, "before": true, "after": true, "over": true, "at": true,
	"through": true, "from": true, "to": true, "last": true, "next": true,
	"this": true, "every": true, "each": true, "early": true, "late": true, "mid": true,
	"of": true, "and": true, "or": true,
}

// ratePrepositions are the words before "a year" that make it a length
// of time ("for a year"), not the denominator of a rate.
var ratePrepositions = map[string]bool{
	"for": true, "in": true, "within": true, "over": true, "about": true, "nearly": true,
	"than": true, "of": true, "after": true, "least": true, "once": true, "twice": true,
	"only": true, "just": true, "almost": true, "around": true, "up": true, "to": true,
}

// dropRates removes "a year", "a week" that are the denominator of a
// rate, not a length of time: "$1.76 a year", "700 seats a week".
func dropRates(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		if m.rule.typ != Duration || m.last-m.first != 2 || m.first == 0 {
			return true
		}
		a := d.toks[m.first].lower(d.text)
		if a != "a" && a != "an" && a != "per" {
			return true
		}
		prev := &d.toks[m.first-1]
		if prev.kind == tPunct || ratePrepositions[prev.lower(d.text)] {
			return true
		}
		for i := m.first - 1; i >= 0 && i >= m.first-4; i-- {
			if d.toks[i].kind == tNumber || d.toks[i].cls&cNum != 0 && d.toks[i].kind == tWord && i < m.first-1 {
				return false
			}
		}
		return true
	})
}

// dropDegrees removes decades written with two digits and no apostrophe
// ("the 30s", "the forties") from sentences about the weather:
// "temperatures fell into the 30s" are degrees.
func dropDegrees(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		if m.rule.kind != kDecade {
			return true
		}
		t := &d.toks[m.last-1]
		if t.kind == tNumber && (t.num >= 10 || !isDigit(d.text[t.start])) {
			return true // "the 1930s", "the '30s"
		}
		s := d.sentenceOf(m.first)
		return !d.hasWord(s.Start, s.End, measureWords)
	})
}

// dropSeasonKinds removes a season without a direction word that names
// a kind of thing rather than a time: after "a" ("a summer job", "an
// autumn evening") or before a noun of seasonKinds ("the winter storm").
func dropSeasonKinds(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		if m.rule.name == "every-season" {
			// "through every winter storm": each storm, not each winter.
			return m.last >= len(d.toks) || !seasonKinds[d.toks[m.last].lower(d.text)]
		}
		if m.rule.name != "dir-season" || d.toks[m.last-1].cls&cSeason == 0 || d.toks[m.first].cls&cDir != 0 {
			return true
		}
		if m.first > 0 {
			if p := d.toks[m.first-1].lower(d.text); p == "a" || p == "an" {
				return false
			}
		}
		if d.toks[m.last-1].lower(d.text) == "fall" && fallNoun(d, m) {
			return false
		}
		return m.last >= len(d.toks) || !seasonKinds[d.toks[m.last].lower(d.text)]
	})
}

// fallNoun reports whether "fall" or "the fall" at m is a drop or a
// defeat, not the autumn: it is the season after a preposition of time
// ("in the fall", "since the fall"), unless "of", "in" or a number says
// what fell ("after the fall of Saigon", "the fall in prices").
func fallNoun(d *document, m match) bool {
	if m.last < len(d.toks) {
		switch d.toks[m.last].lower(d.text) {
		case "in", "from", "to":
			return true
		case "of": // "the fall of 1990" is the season
			return m.last+1 >= len(d.toks) || d.toks[m.last+1].cls&cYear == 0
		case "and", "or": // "their fall and winter schedules", not "may fall and spring back"
			if m.last+1 < len(d.toks) && d.toks[m.last+1].cls&cSeason != 0 && m.first > 0 && determiners[d.toks[m.first-1].lower(d.text)] {
				return false
			}
		}
	}
	return m.first == 0 || !fallPrepositions[d.toks[m.first-1].lower(d.text)]
}

// fallPrepositions come before "the fall" the season.
var fallPrepositions = map[string]bool{
	"in": true, "by": true, "during": true, "until": true, "till": true, "through": true, "since": true,
	"over": true, "before": true, "after": true, "for": true, "into": true, "from": true, "this": true,
	"that": true, "next": true, "last": true, "early": true, "late": true, "throughout": true,
}

// opensClause reports whether token i starts a quotation or follows a
// colon or bracket, where a capital letter is ordinary.
func opensClause(d *document, i int) bool {
	if i == 0 {
		return true
	}
	p := &d.toks[i-1]
	if isQuote(p) {
		return true
	}
	switch d.text[p.start:p.end] {
	case ":", "(", "[", "—", "–", "-", ";":
		return true
	}
	return false
}

// quotedTitle reports whether a match opens a quotation that it ends,
// maybe with a comma or full stop inside the marks, or that goes on in
// capitals: "This Week," and "This Week With David Brinkley", the names
// of shows.
func quotedTitle(d *document, m match) bool {
	if m.first == 0 || !isQuote(&d.toks[m.first-1]) || m.last >= len(d.toks) {
		return false
	}
	next := &d.toks[m.last]
	switch {
	case isQuote(next):
		return true
	case next.kind == tWord:
		return next.upper && d.text[next.start:next.end] != "I" // "Last year I won" is speech
	}
	p := d.text[next.start:next.end]
	return (p == "," || p == ".") && m.last+1 < len(d.toks) && isQuote(&d.toks[m.last+1])
}

// headline reports whether most words of the sentence are capitalised.
func headline(d *document, s Span) bool {
	if s == d.headlineSent {
		return d.headlineIs
	}
	words, upper := 0, 0
	for i := s.Start; i < s.End; i++ {
		if t := &d.toks[i]; t.kind == tWord {
			words++
			if t.upper {
				upper++
			}
		}
	}
	d.headlineSent, d.headlineIs = s, words > 0 && upper*3 > words*2
	return d.headlineIs
}

// modifier is a phrase before an expression that belongs to it.
type modifier struct {
	words []string // the phrase, lower case
	mod   string   // the TimeML modifier it gives
	// amount marks modifiers of quantities ("nearly two years"), which
	// go with durations and "ago" dates; the others go with dates.
	amount bool
	// counted marks the modifiers of amounts that widen only a date
	// counted back or ahead ("almost two years ago"): the annotated news
	// leaves "almost" out of a length more often than not ("for almost
	// five months"; see hedges).
	counted bool
	// approx marks the approximate words, which a date followed by "'s"
	// does not take: "ways to get around Wednesday's ruling".
	approx bool
}

// modifiers are the phrases that widen an expression to the left. The
// longest that fits wins.
var modifiers = []modifier{
	{words: []string{"the", "early"}, mod: "START"},
	{words: []string{"early"}, mod: "START"},
	{words: []string{"the", "late"}, mod: "END"},
	{words: []string{"late"}, mod: "END"},
	{words: []string{"early", "on"}, mod: "START"},
	{words: []string{"early", "in"}, mod: "START"},
	{words: []string{"late", "on"}, mod: "END"},
	{words: []string{"late", "in"}, mod: "END"},
	{words: []string{"the", "mid"}, mod: "MID"},
	{words: []string{"mid"}, mod: "MID"},
	{words: []string{"the", "end", "of"}, mod: "END"},
	{words: []string{"the", "beginning", "of"}, mod: "START"},
	{words: []string{"the", "start", "of"}, mod: "START"},
	{words: []string{"the", "middle", "of"}, mod: "MID"},
	{words: []string{"the", "first", "week", "of"}, mod: "START"},
	{words: []string{"the", "first", "days", "of"}, mod: "START"},
	{words: []string{"the", "first", "weeks", "of"}, mod: "START"},
	{words: []string{"the", "first", "months", "of"}, mod: "START"},
	{words: []string{"the", "last", "week", "of"}, mod: "END"},
	{words: []string{"the", "last", "days", "of"}, mod: "END"},
	{words: []string{"the", "last", "weeks", "of"}, mod: "END"},
	{words: []string{"the", "last", "months", "of"}, mod: "END"},
	{words: []string{"the", "final", "week", "of"}, mod: "END"},
	{words: []string{"the", "final", "days", "of"}, mod: "END"},
	{words: []string{"the", "final", "weeks", "of"}, mod: "END"},
	{words: []string{"the", "final", "months", "of"}, mod: "END"},
	{words: []string{"earlier"}},
	{words: []string{"later"}},
	{words: []string{"earlier", "in"}},
	{words: []string{"later", "in"}},
	{words: []string{"around"}, mod: "APPROX", approx: true},
	{words: []string{"roughly"}, mod: "APPROX", approx: true},
	{words: []string{"approximately"}, mod: "APPROX", approx: true},
	{words: []string{"nearly"}, mod: "LESS_THAN", amount: true},
	{words: []string{"almost"}, mod: "LESS_THAN", amount: true, counted: true},
	{words: []string{"more", "than"}, mod: "MORE_THAN", amount: true},
	{words: []string{"less", "than"}, mod: "LESS_THAN", amount: true},
	{words: []string{"at", "least"}, mod: "EQUAL_OR_MORE", amount: true},
	{words: []string{"up", "to"}, mod: "EQUAL_OR_LESS", amount: true},
	{words: []string{"no", "more", "than"}, mod: "EQUAL_OR_LESS", amount: true},
}

// extendModifiers widens matches over the modifier phrase before them:
// "early 1990", "the late 1970s", "mid-1996", "nearly two years ago",
// "earlier this year".
func extendModifiers(d *document, ms []match) []match {
	prevEnd, prevLength := 0, false
	for k := range ms {
		m := &ms[k]
		amount := m.rule.typ == Duration || m.rule.kind == kShift && m.rule.dir != 0 && !m.rule.anaphoric || m.rule.name == "units-earlier"
		date := (m.rule.typ == Date || m.rule.typ == Time) && m.rule.kind != kFixed
		if first, _ := m.span(); first != m.first || !date && !amount {
			prevEnd, prevLength = m.last, m.rule.typ == Duration
			continue // the words before are the rule's own context
		}
		bestLen, bestStart := 0, m.first
		for _, mo := range modifiers {
			if mo.amount && !amount || !mo.amount && !date || len(mo.words) <= bestLen || mo.counted && m.rule.typ == Duration || mo.approx && possessiveAfter(d, m) {
				continue
			}
			if start, ok := phraseBefore(d, m.first, mo.words, prevEnd); ok && !(prevLength && start == prevEnd && len(mo.words) == 1) && !(mo.words[0] == "up" && start > 0 && risingVerbs[d.toks[start-1].lower(d.text)]) {
				// ("play started 30 minutes late this morning": "late"
				// goes with the length before it.)
				bestLen, bestStart, m.mod = len(mo.words), start, mo.mod
			}
		}
		if bestStart < m.first {
			m.elems = append(make([]*elem, m.first-bestStart), m.elems...)
			m.first = bestStart
		}
		prevEnd, prevLength = m.last, m.rule.typ == Duration
	}
	return ms
}

// risingVerbs take "up" as their own: in "the workweek edged up to 33.1
// hours" the length is reached, not bounded.
var risingVerbs = wordSet("edge edges edged edging rise rises rose risen rising climb climbs climbed climbing jump jumps jumped jumping move moves moved moving go goes went gone going tick ticks ticked ticking inch inches inched inching creep creeps crept creeping shoot shoots shot bump bumps bumped push pushes pushed ramp ramps ramped revise revises revised step steps stepped")

// hedges are the words before an expression that make it approximate,
// or a bound, without being part of it: the annotated news leaves
// "about" out of "about two hours" more often than not. Before a date or
// a clock time, "around", "roughly" and "approximately" are part of it
// (see modifiers), as the annotated news has them; they hedge it from
// outside only where its rule reads the words before it.
var hedges = []struct {
	words []string
	mod   string
	// count: the words hedge only a number ("some six hours", not
	// "some days").
	count bool
	// kinds says which expressions the words hedge: dates, clock times
	// and parts of a day, lengths, recurrences.
	kinds hedgeKind
}{
	{words: []string{"around"}, mod: "APPROX", kinds: hedgeDate | hedgeTime | hedgeLength | hedgeSet},
	{words: []string{"roughly"}, mod: "APPROX", kinds: hedgeDate | hedgeTime | hedgeLength | hedgeSet},
	{words: []string{"approximately"}, mod: "APPROX", kinds: hedgeDate | hedgeTime | hedgeLength | hedgeSet},
	// "talks about Monday's vote": about a date is its subject.
	{words: []string{"about"}, mod: "APPROX", kinds: hedgeTime | hedgeLength | hedgeSet},
	{words: []string{"some"}, mod: "APPROX", count: true, kinds: hedgeLength},
	{words: []string{"almost"}, mod: "LESS_THAN", kinds: hedgeLength},
	{words: []string{"just", "under"}, mod: "LESS_THAN", kinds: hedgeLength},
	{words: []string{"just", "over"}, mod: "MORE_THAN", kinds: hedgeLength},
}

// hedgeKind is a set of kinds of expression a hedge applies to.
type hedgeKind uint8

const (
	hedgeDate hedgeKind = 1 << iota
	hedgeTime
	hedgeLength
	// hedgeSet: "almost every day" bounds no length; only the
	// approximate words hedge a recurrence ("roughly every 11 years").
	hedgeSet
)

// markHedges gives an expression the modifier of a hedge right before
// it ("for about four hours", "at around 9 p.m.", "roughly every 11
// years", "just under two hours").
func markHedges(d *document, ms []match) []match {
	prevEnd := 0
	for k := range ms {
		m := &ms[k]
		first, _ := m.span()
		kind := hedgeDate
		switch {
		case m.rule.kind == kFixed:
			prevEnd = m.last
			continue
		case m.rule.typ == Duration:
			kind = hedgeLength
		case m.rule.typ == Set:
			kind = hedgeSet
		case m.rule.typ == Time || m.rule.kind == kClock:
			kind = hedgeTime
		}
		if possessiveAfter(d, m) {
			prevEnd = m.last
			continue // "ways to get around Wednesday's ruling"
		}
		for _, h := range hedges {
			if h.kinds&kind == 0 {
				continue
			}
			if h.count && d.toks[first].cls&(cNum|cNumWord) == 0 {
				continue
			}
			if _, ok := phraseBefore(d, first, h.words, prevEnd); ok {
				m.hedge = h.mod
				break
			}
		}
		prevEnd = m.last
	}
	return ms
}

// boundsAfter are the words after a length that make it a bound or an
// estimate: "20 years or more", "60 days or less", "a week or so".
var boundsAfter = []struct {
	words []string
	mod   string
}{
	{words: []string{"or", "more"}, mod: "EQUAL_OR_MORE"},
	{words: []string{"or", "longer"}, mod: "EQUAL_OR_MORE"},
	{words: []string{"or", "less"}, mod: "EQUAL_OR_LESS"},
	{words: []string{"or", "fewer"}, mod: "EQUAL_OR_LESS"},
	{words: []string{"or", "so"}, mod: "APPROX"},
}

// markBoundsAfter widens a length over the bound written after it and
// gives it the bound's modifier, unless words before it gave one
// already ("at least two weeks or more" stays EQUAL_OR_MORE of "at
// least").
func markBoundsAfter(d *document, ms []match) []match {
	for k := range ms {
		m := &ms[k]
		if m.rule.typ != Duration || m.mod != "" || len(m.elems) == 0 || m.elems[len(m.elems)-1] == nil || m.elems[len(m.elems)-1].context {
			continue
		}
		next := len(d.toks)
		if k+1 < len(ms) {
			next = ms[k+1].first
		}
		for _, b := range boundsAfter {
			if wordsAt(d, m.last, b.words, next) {
				m.elems = append(m.elems, make([]*elem, len(b.words))...)
				m.last += len(b.words)
				m.mod = b.mod
				break
			}
		}
	}
	return ms
}

// wordsAt reports whether the words are the tokens from i on, in one
// sentence, ending before token limit.
func wordsAt(d *document, i int, words []string, limit int) bool {
	if i+len(words) > limit {
		return false
	}
	for k, w := range words {
		t := &d.toks[i+k]
		if t.kind != tWord || t.breaks > 0 || !equalFold(d.text[t.start:t.end], w) {
			return false
		}
	}
	return true
}

// possessiveAfter reports whether match m is followed by "'s".
func possessiveAfter(d *document, m *match) bool {
	return m.last < len(d.toks) && d.toks[m.last].w != nil && d.toks[m.last].w.text == "'s"
}

// phraseBefore reports whether the words end right before token i (a dash
// glued to the expression may separate them: "mid-1996"), not reaching
// back before token limit, and where the phrase starts.
func phraseBefore(d *document, i int, words []string, limit int) (int, bool) {
	j := i - 1
	if j >= limit && d.toks[j].cls&cDash != 0 && d.toks[j].glued && d.toks[i].glued {
		j--
	}
	for k := len(words) - 1; k >= 0; k-- {
		if j < limit {
			return 0, false
		}
		t := &d.toks[j]
		if t.kind != tWord || !equalFold(d.text[t.start:t.end], words[k]) {
			return 0, false
		}
		j--
	}
	return j + 1, true
}

func filterMatches(ms []match, keep func(match) bool) []match {
	out := ms[:0]
	for _, m := range ms {
		if keep(m) {
			out = append(out, m)
		}
	}
	return out
}

// equalFold reports whether s is w, a lower-case ASCII word, in any case.
func equalFold(s, w string) bool { return len(s) == len(w) && hasPrefixFold(s, w) }

// lowerASCII lower-cases the ASCII letters of s, allocating only when s
// has upper-case letters.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// secondDay and firstDay are the rules of the day numbers addSecondDays
// and addFirstDays find.
var (
	secondDay = rule{name: "second-day", typ: Date, kind: kSecondDay}
	firstDay  = rule{name: "first-day", typ: Date, kind: kFirstDay}
	// listedWeekday is a weekday listed with a recurring one.
	listedWeekday = rule{name: "listed-weekday", typ: Set, kind: kSet}
	// listedCentury is an ordinal listed with centuries.
	listedCentury = rule{name: "listed-century", typ: Date, kind: kCentury}
	// rangeStartHour is a bare hour that starts a range of hours.
	rangeStartHour = rule{name: "range-start-hour", typ: Time, kind: kClock}
	// appositiveYear is "the year" set beside a date.
	appositiveYear = rule{name: "year-apposition", typ: Date, kind: kShift, anaphoric: true}
)

// elidedUnit are the rules of "next" and "last" whose unit is written
// only before them (see addElidedUnits), by that unit.
var elidedUnit = map[unit]*rule{
	uWeek:    {name: "elided-unit", typ: Date, kind: kShift, unit: uWeek},
	uMonth:   {name: "elided-unit", typ: Date, kind: kShift, unit: uMonth},
	uQuarter: {name: "elided-unit", typ: Date, kind: kShift, unit: uQuarter},
	uYear:    {name: "elided-unit", typ: Date, kind: kShift, unit: uYear},
}

// dayElem matches the number of a day, yearElem a year, ordElem an
// ordinal, dirElem a word of direction, hourElem and clockElem an hour
// alone and a clock time.
var (
	dirElem   = &elem{cls: cDir}
	hourElem  = &elem{cls: cHour}
	clockElem = &elem{cls: cClock}
	dayElem   = &elem{cls: cDay}
	yearElem  = &elem{cls: cYear}
	ordElem   = &elem{cls: cOrd}
)

// addSecondDays adds the day number written after a date and "and", "or"
// or "to": "April 24 and 25", "from May 5 to 7". The number alone is not
// a date, so the grammar leaves it; next to the date it is one.
func addSecondDays(d *document, ms []match) []match {
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		i := m.last + 1 // the number, after the joining word
		if m.rule.kind != kDate || len(m.elems) == 0 || m.elems[len(m.elems)-1] == nil ||
			m.elems[len(m.elems)-1].cls&cDay == 0 || i >= len(d.toks) {
			continue
		}
		first, join, n := &d.toks[m.last-1], &d.toks[m.last], &d.toks[i]
		if first.kind != tNumber || n.kind != tNumber || n.cls&cDay == 0 || n.num <= first.num ||
			!joinsDates(join.lower(d.text)) ||
			k+1 < len(ms) && ms[k+1].first <= i {
			continue
		}
		if i+1 < len(d.toks) {
			after := &d.toks[i+1]
			w := after.lower(d.text)
			if after.cls&(cUnit|cMonth|cYear) != 0 || after.glued && after.kind != tPunct || yearSuffixes[w] || w == "percent" || w == "%" {
				continue // "May 5 and 25 days", "June 3 and 4 July", "May 5 and 7%"
			}
		}
		second := match{rule: &secondDay, first: i, last: i + 1, elems: []*elem{dayElem}}
		if k+1 < len(ms) && ms[k+1].rule.name == "year" && ms[k+1].first == i+2 && d.text[d.toks[i+1].start] == ',' {
			// "from May 1 to 5, 2021": the year is the range's.
			second.last, second.elems = i+3, []*elem{dayElem, nil, yearElem}
			ms[k+1] = second
			k++
			continue
		}
		ms = slices.Insert(ms, k+1, second)
		k++
	}
	return ms
}

// firstDayWords come before the first day of a range written day first.
var firstDayWords = map[string]bool{"from": true, "between": true, "on": true, "for": true}

// addFirstDays adds the day number written before "to", "and" or a dash
// and a date that starts with its day: "from 1 to 3 December", "between
// 10 and 12 March", "set for 19 and 20 May"; "the 10th" in "from the 10th to the 12th of June",
// found alone, becomes such a day too. A word of range or date before the
// number is needed, so that "rose from 3 to 5 December…" is rare enough
// to ignore.
func addFirstDays(d *document, ms []match) []match {
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.rule.name != "day-month-year" || m.first < 3 {
			continue
		}
		day := &d.toks[m.first]
		if day.lower(d.text) == "the" {
			day = &d.toks[m.first+1]
		}
		join := &d.toks[m.first-1]
		if day.kind != tNumber || day.cls&cDay == 0 || !joinsDates(join.lower(d.text)) {
			continue
		}
		if _, last := ms[max(k-1, 0)].span(); k > 0 && ms[k-1].rule.kind == kDayOfMonth && last == m.first-1 {
			ms[k-1].rule = &firstDay
			continue
		}
		i := m.first - 2 // the number, before the joining word
		n := &d.toks[i]
		if n.kind != tNumber || n.cls&cDay == 0 || n.num >= day.num || !firstDayWords[d.toks[i-1].lower(d.text)] || k > 0 && ms[k-1].last > i {
			continue
		}
		ms = slices.Insert(ms, k, match{rule: &firstDay, first: i, last: i + 1, elems: []*elem{dayElem}})
		k++
	}
	return ms
}

// addRangeStartHours adds the bare hour that starts a range of hours
// whose end has its a.m. or p.m.: "from 2 to 4 p.m.", "Sunday 7 to 11
// a.m.", "between 7 and 9pm" (see resolver.rangeMeridiem). "And" joins
// an hour only after "between"; a number alone is no time without such
// an end ("rose from 2 to 4 percent").
func addRangeStartHours(d *document, ms []match) []match {
	for k := 0; k < len(ms); k++ {
		n := ms[k]
		first, _ := n.span()
		i := first - 2 // the hour, before the joining word
		if n.rule.typ != Time || i < 0 || k > 0 && ms[k-1].last > i {
			continue
		}
		h, join := &d.toks[i], d.toks[i+1].lower(d.text)
		e := hourElem
		if hour, _, pm := readClock(d.text[h.start:h.end]); h.cls&cClock != 0 && pm < 0 && hour >= 1 && hour <= 12 {
			e = clockElem // "Friday 4:30 to 7:30 p.m."
		} else if h.kind != tNumber || h.cls&cHour == 0 || h.num > 12 {
			continue
		}
		if !explicitMeridiem(d, n) {
			continue
		}
		if !rangeEnders[join] && (join != "and" || i == 0 || !d.toks[i-1].is(d.text, "between")) || join == "into" {
			continue
		}
		ms = slices.Insert(ms, k, match{rule: &rangeStartHour, first: i, last: i + 1, elems: []*elem{e}})
		k++
	}
	return ms
}

// explicitMeridiem reports whether the clock time matched writes its
// a.m. or p.m.: "4 p.m.", "9pm", "7:30pm".
func explicitMeridiem(d *document, m match) bool {
	for i := m.first; i < m.last; i++ {
		t := &d.toks[i]
		if _, _, pm := readClock(d.text[t.start:t.end]); t.cls&cAmPm != 0 || t.cls&cClock != 0 && pm >= 0 {
			return true
		}
	}
	return false
}

// addElidedUnits adds "next" or "last" after "this year and", "this
// week or" and the like, whose unit is the one written before: "growth
// will slow this year and next" is 2026 too. A word after it that is not
// one of elisionEnds may be its noun ("this year and next season").
func addElidedUnits(d *document, ms []match) []match {
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		i := m.last + 1 // "next", after the joining word
		if m.rule.name != "dir-unit" || m.last-m.first != 2 || i >= len(d.toks) || k+1 < len(ms) && ms[k+1].first <= i {
			continue
		}
		u, w := d.toks[m.last-1].w, d.toks[i].w
		r := elidedUnit[unitOf(u)]
		if r == nil || !joinsList(d.toks[m.last].lower(d.text)) || w == nil || w.text != "next" && w.text != "last" {
			continue
		}
		if i+1 < len(d.toks) && d.toks[i+1].kind != tPunct && !elisionEnds[d.toks[i+1].lower(d.text)] {
			continue
		}
		ms = slices.Insert(ms, k+1, match{rule: r, first: i, last: i + 1, elems: []*elem{dirElem}})
		k++
	}
	return ms
}

// unitOf returns the unit a word names, uNone for any other word.
func unitOf(w *word) unit {
	if w == nil || w.cls&cUnit == 0 {
		return uNone
	}
	return w.unit
}

// elisionEnds are the words that may follow "next" standing for "next
// year": a conjunction or preposition, not a noun.
var elisionEnds = wordSet("and or but as to in on at by from for with than because when while if after before amid despite unless")

// listWeekdaySets makes a weekday listed with a recurring one recur too:
// "every Tuesday and Friday", "every Monday, Wednesday and Friday", "on
// Monday and Tuesday nights" (both nights, the part of the day written
// once, at the end), which would otherwise be the Friday and the Monday
// nearest the publish date.
func listWeekdaySets(d *document, ms []match) []match {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if b.first != a.last+1 {
			continue
		}
		if w := d.toks[a.last].lower(d.text); !joinsList(w) && (w != "," || !listGoesOn(d, b)) {
			continue // "every Monday, Wednesday and Friday" is joined by both
		}
		switch {
		case plainWeekday(a) && weekdaySet(d, b):
			a.rule = &listedWeekday
			a.part = partOf(d, b)
		case weekdaySet(d, a) && plainWeekday(b):
			b.rule = &listedWeekday
		}
	}
	return ms
}

func joinsList(w string) bool { return w == "and" || w == "or" }

// listGoesOn reports whether a comma or "and" or "or" follows the match
// m: it is not the last item of a list.
func listGoesOn(d *document, m *match) bool {
	if m.last >= len(d.toks) {
		return false
	}
	w := d.toks[m.last].lower(d.text)
	return w == "," || joinsList(w)
}

// plainWeekday reports whether m is a weekday without a direction word.
func plainWeekday(m *match) bool {
	return m.rule.kind == kWeekday && len(m.elems) > 0 && m.elems[0] != nil && m.elems[0].cls&cWeekday != 0
}

// weekdaySet reports whether m is a recurrence of a weekday.
func weekdaySet(d *document, m *match) bool {
	if m.rule.typ != Set {
		return false
	}
	for i := m.first; i < m.last; i++ {
		if d.toks[i].cls&(cWeekday|cWeekdays) != 0 {
			return true
		}
	}
	return false
}

// partOf returns the part of the day m names, "" if none.
func partOf(d *document, m *match) string {
	for i := m.first; i < m.last; i++ {
		if w := d.toks[i].w; w != nil && w.part != "" {
			return w.part
		}
	}
	return ""
}

// listCenturies makes the ordinal listed before centuries a century:
// "the 19th and early 20th centuries", "the late 18th or 19th
// centuries", where "the 19th" alone would be a day of the month or
// nothing.
func listCenturies(d *document, ms []match) []match {
	for k := 0; k < len(ms); k++ {
		c := &ms[k]
		if c.rule.kind != kCentury || d.toks[c.last-1].lower(d.text) != "centuries" {
			continue
		}
		i := c.first - 1
		for i > 0 && centuryListWords[d.toks[i].lower(d.text)] {
			i--
		}
		o := i - 1 // the ordinal
		if o < 0 || !joinsList(d.toks[i].lower(d.text)) || d.toks[o].cls&cOrd == 0 {
			continue
		}
		start := o
		if o > 0 && d.toks[o-1].lower(d.text) == "the" {
			start = o - 1
		}
		elems := make([]*elem, o+1-start)
		elems[len(elems)-1] = ordElem
		listed := match{rule: &listedCentury, first: start, last: o + 1, elems: elems}
		j := k // the matches over the listed words give way to it
		for j > 0 && ms[j-1].last > start {
			j--
		}
		ms = append(ms[:j], append([]match{listed}, ms[k:]...)...)
		k = j + 1
	}
	return ms
}

// centuryListWords may stand between "and" and a century: "the",
// "early".
var centuryListWords = map[string]bool{"the": true, "early": true, "late": true, "mid": true, "middle": true}

// yearAppositions makes "the year" set beside a date that date's year:
// "in 1968, the year of the Tet Offensive", "in 1950, the year the war
// began". It runs before the rejected matches are dropped, since "the
// year of …" alone is rejected.
func yearAppositions(d *document, ms []match) []match {
	for k := 1; k < len(ms); k++ {
		m, prev := &ms[k], &ms[k-1]
		i := m.first
		if prev.rule.typ != Date || prev.rule.kind == kReject || prev.last+1 != i || i+2 > len(d.toks) ||
			d.text[d.toks[i-1].start] != ',' || !equalFold(d.text[d.toks[i].start:d.toks[i].end], "the") ||
			!equalFold(d.text[d.toks[i+1].start:d.toks[i+1].end], "year") {
			continue
		}
		if f, l := m.span(); f != i || l != i+2 {
			continue
		}
		m.rule, m.last, m.elems = &appositiveYear, i+2, m.elems[:2]
	}
	return ms
}
