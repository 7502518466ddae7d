package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokenKind uint8

const (
	tWord   tokenKind = iota // letters, possibly dotted ("U.S.", "a.m.") or abbreviated ("Sept.")
	tNumber                  // digits, possibly with separators or a suffix ("2025-03-12", "10:35", "13th")
	tPunct                   // any other single character, or the possessive "'s"
)

// token is one word, number or punctuation mark of a text. Tokens are
// values in one slice per text, so tokenizing allocates almost nothing.
type token struct {
	start, end int
	kind       tokenKind
	glued      bool // no white space between this token and the previous one
	upper      bool // starts with an upper-case letter
	breaks     int8 // line breaks in the white space before the token (0, 1 or 2 for "two or more")
	cls        class
	w          *word // lexicon entry, nil for unknown words
	num        int   // value of a plain number, -1 otherwise
}

// lower returns the token's text in text, its ASCII letters lower-cased.
func (t *token) lower(text string) string {
	if t.w != nil && (len(t.w.text) == t.end-t.start || t.kind == tPunct) {
		// The lexicon's lower-case spelling, with no copy to make; for
		// "’s" and "’" the straight apostrophe, as the lists write it.
		return t.w.text
	}
	return lowerASCII(text[t.start:t.end])
}

// is reports whether the token is the word w, written in lower case,
// in any case, without making a lower-case copy.
func (t *token) is(text, w string) bool {
	return equalFold(text[t.start:t.end], w)
}

// tokenize splits text into tokens, appending them to toks.
func tokenize(text string, toks []token) []token {
	glued, breaks := false, int8(0)
	var buf [32]byte
	for i := 0; i < len(text); {
		c := text[i]
		size := 1
		r := rune(c)
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == '\n':
			if breaks < 2 {
				breaks++
			}
			glued = false
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || (c >= utf8.RuneSelf && unicode.IsSpace(r)):
			glued = false
			i += size
			continue
		}
		t := token{start: i, glued: glued && len(toks) > 0, breaks: breaks, num: -1}
		switch {
		case isLetter(c, r):
			t.kind = tWord
			t.end = scanWord(text, i)
			t.upper = c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
			t.w = lookup(text[t.start:t.end], buf[:0])
			if t.w != nil && t.w.abbrev && t.end < len(text) && text[t.end] == '.' && !strings.HasSuffix(text[t.start:t.end], ".") && !zoneCapitals(text[t.start:t.end], t.w) {
				t.end++
				t.w = lookup(text[t.start:t.end], buf[:0])
			}
			if t.w != nil {
				t.cls = t.w.cls
				if t.w.ambiguous && !t.upper {
					t.cls &^= cMonth | cWeekday
				}
				if t.cls&cNumWord != 0 && partHourAt(text, toks, t.w.n, t.end) {
					t.cls |= cPartHour
				}
			}
		case c >= '0' && c <= '9':
			t.kind = tNumber
			t.end = scanNumber(text, i, &t)
			if p := len(toks) - 1; t.glued && t.end-i == 2 && t.cls&cNum != 0 && shortYearLabel(text, toks, p) && (t.end == len(text) || !isASCIILetter(text[t.end])) {
				t.cls |= cYear // "FY25", "1H25": a year written with two digits
			}
			if t.end-i == 4 && t.cls&(cYear|cNum) != 0 && t.cls&cClock == 0 && t.num%100 < 60 && t.num/100 < 24 && hoursAt(text, t.end) && (c == '0' || len(toks) > 0 && clockPrepositions[toks[len(toks)-1].lower(text)]) {
				t.cls = cNum | cClock // "at 1800 hours", "0600 hrs": not "for 1800 hours"
			}
			if t.cls&cNum != 0 && t.end-i <= 2 && partHourAt(text, toks, t.num, t.end) {
				t.cls |= cPartHour
			}
			if h, m, ok := strings.Cut(text[i:t.end], "."); ok && t.cls&cDecimal != 0 && len(h) <= 2 && len(m) == 2 && atoi(m) < 60 && partHourAt(text, toks, atoi(h), t.end) {
				t.cls = t.cls&^cDecimal | cClock // "every morning at 10.30"
			}
			if t.cls&(cClock|cAmClock) == cClock && strings.IndexByte(text[i:t.end], ':') > 0 && clockPrepositionBefore(text, toks) {
				t.cls |= cAmClock // "since 13:30", "by 19:00", "at about 10:20": as certain a time as "7pm"
			}
			if t.cls&(cClock|cAmClock) == cClock && strings.IndexByte(text[i:t.end], ':') > 0 && (len(toks) == 0 || breaks > 0) && postHeadAt(text, t.end) {
				t.cls |= cAmClock // "16:40 - Police said…": the time of a live report's post
			}
		case (c == '\'' || r == '’') && shortDecadeAt(text, i+size):
			// "'90s": a decade of the twentieth century.
			t.kind = tNumber
			t.end = i + size + 3
			t.cls = cDecade
			t.num = atoi(text[i+size : i+size+1])
		case (c == '\'' || r == '’') && shortYearAt(text, i, i+size):
			// "'97": a year written with its last two digits.
			t.kind = tNumber
			t.end = i + size + 2
			t.cls = cYear
			t.num = atoi(text[i+size : i+size+2])
		case (c == '\'' || r == '’') && possessiveAt(text, i+size):
			t.kind = tPunct
			t.end = i + size + 1
			t.w = lexicon["'s"]
		default:
			t.kind = tPunct
			t.end = i + size
			if s := text[i:t.end]; s == "’" || s == "‘" {
				t.w = lexicon["'"]
			} else {
				t.w = lexicon[s]
			}
			if t.w != nil {
				t.cls = t.w.cls
			}
		}
		toks = append(toks, t)
		i = t.end
		glued, breaks = true, 0
	}
	return toks
}

// postHeadAt reports whether a dash, a bar or a colon and a space
// follow position i, as after the time that opens a post of a live
// report ("16:40 - Police said…", "08:05 | Fire crews…").
func postHeadAt(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " ")
	for _, sep := range []string{"- ", "– ", "— ", "| ", ": "} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

func isLetter(c byte, r rune) bool {
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// shortDecadeAt reports whether "90s" (two digits ending in 0, then "s")
// starts at i.
func shortDecadeAt(text string, i int) bool {
	return i+2 < len(text) && isDigit(text[i]) && text[i+1] == '0' && text[i+2] == 's' &&
		(i+3 >= len(text) || !isASCIILetter(text[i+3]))
}

// shortYearAt reports whether an apostrophe at i, ending at j, starts a
// year written with two digits ("in '97", "the summer of '69"): two
// digits after it and no letter, digit or decimal point after them, no
// letter or apostrophe before it (a closing quote, or the double quote
// written ” before "60 Minutes"), and no capitalised word right after,
// which would make the number part of a name.
func shortYearAt(text string, i, j int) bool {
	if j+1 >= len(text) || !isDigit(text[j]) || !isDigit(text[j+1]) {
		return false
	}
	if k := j + 2; k < len(text) && (isASCIILetter(text[k]) || isDigit(text[k]) || text[k] == '.' && k+1 < len(text) && isDigit(text[k+1])) {
		return false
	}
	if i > 0 {
		if p := text[i-1]; isASCIILetter(p) || isDigit(p) || p == '\'' || p >= utf8.RuneSelf && strings.HasSuffix(text[:i], "’") {
			return false
		}
	}
	k := j + 2
	for k < len(text) && text[k] == ' ' {
		k++
	}
	return k == j+2 || k >= len(text) || !(text[k] >= 'A' && text[k] <= 'Z')
}

// possessiveAt reports whether an apostrophe ending at i is the possessive
// "'s" (followed by "s" and no further letter).
func possessiveAt(text string, i int) bool {
	if i >= len(text) || text[i] != 's' && text[i] != 'S' {
		return false
	}
	return i+1 >= len(text) || !isASCIILetter(text[i+1])
}

// scanWord returns the end of the word starting at i. Dotted abbreviations
// made of one- or two-letter parts ("U.S.", "a.m.", "P.J.") are one word,
// final period included.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		j += size
	}
	if j-i > 2 || j >= len(text) || text[j] != '.' {
		return j
	}
	// A one- or two-letter word followed by a period: an initial or a
	// dotted abbreviation.
	k, parts := j, 1
	for k+1 < len(text) && text[k] == '.' && isASCIILetter(text[k+1]) {
		e := k + 1
		for e < len(text) && isASCIILetter(text[e]) {
			e++
		}
		if e-k-1 > 2 {
			break
		}
		k = e
		parts++
	}
	if parts > 1 && k < len(text) && text[k] == '.' {
		return k + 1
	}
	if parts > 1 {
		return k
	}
	if j-i == 1 && text[i] >= 'A' && text[i] <= 'Z' {
		return j + 1 // an initial: "W."
	}
	return j
}

// scanNumber returns the end of the number starting at i and sets t's
// classes and value from its shape: "2025", "13th", "1990s", "2025-03-12",
// "3/12/2025", "10:35", "5pm", "1998-99", "1/2", "113,000".
// maxCount is the largest number written with thousands separators
// read as a count.
const maxCount = 999_999_999

func scanNumber(text string, i int, t *token) int {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	digits := j - i
	var seps [3]byte
	var groups [4]int // lengths of the digit groups
	groups[0] = digits
	nsep := 0
	for j+1 < len(text) && nsep < 3 {
		c := text[j]
		if c != ',' && c != '.' && c != ':' && c != '/' && c != '-' || !isDigit(text[j+1]) {
			break
		}
		k := j + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if c == ',' && k-j-1 != 3 {
			break
		}
		seps[nsep] = c
		nsep++
		groups[nsep] = k - j - 1
		j = k
	}
	if nsep == 0 && digits <= 2 && strings.HasPrefix(text[j:], "–") {
		// "19–20 May": a range of days with an en dash, dated by its
		// first day, as "19-20" is.
		k := j + len("–")
		e := k
		for e < len(text) && e-k < 3 && isDigit(text[e]) {
			e++
		}
		if a, b := atoi(text[i:j]), atoi(text[k:e]); e > k && e-k <= 2 && (e == len(text) || !isDigit(text[e])) && a >= 1 && a < b && b <= 31 {
			t.cls |= cDay
			t.num = a
			return e
		}
	}
	s := text[i:j]
	switch {
	case nsep == 0:
		if digits > 9 {
			break
		}
		t.num = atoi(s)
		t.cls |= cNum
		if digits == 4 {
			if h, m := t.num/100, t.num%100; h < 24 && m < 60 && upperZoneAt(text, j) {
				t.cls = cNum | cClock // "1800 GMT": a clock time, not a year
			} else if s[0] != '0' { // "0000", "0930": not years
				t.cls |= cYear
			}
		}
		if digits <= 2 && t.num >= 1 && t.num <= 31 {
			t.cls |= cDay
		}
		if digits <= 2 && t.num <= 24 {
			t.cls |= cHour
		}
		switch suf := suffixAt(text, j); {
		case suf == "s" && digits >= 2 && s[digits-1] == '0':
			// "1990s", "90s": a decade.
			j++
			t.cls = cDecade
			t.num /= 10
		case (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && digits <= 3:
			j += 2
			t.cls = cOrd
			if t.num >= 1 && t.num <= 31 {
				t.cls |= cDay | cDayTh
			}
		case (suf == "am" || suf == "pm") && t.num >= 1 && t.num <= 12:
			j += 2
			t.cls = cClock | cAmClock
		}
	case nsep == 2 && seps[0] == '-' && seps[1] == '-' && groups[0] == 4 && groups[1] == 2 && groups[2] == 2:
		if ValidDate(atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10])) {
			t.cls |= cISODate
			j = isoTimeEnd(text, j) // "2025-03-12T10:00:00Z"
		}
	case nsep == 2 && seps[0] == '/' && seps[1] == '/' && groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 4 || groups[2] == 2):
		t.cls |= cSlashDate
	case nsep == 2 && seps[0] == '-' && seps[1] == '-' && groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4:
		t.cls |= cSlashDate // "13-03-2025", read as "13/03/2025"
	case nsep == 2 && seps[0] == '.' && seps[1] == '.' && groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4:
		t.cls |= cSlashDate // "12.03.2025", day first as written in Europe
	case nsep == 2 && seps[0] == seps[1] && (seps[0] == '/' || seps[0] == '.') && groups[0] == 4 && groups[1] == 2 && groups[2] == 2:
		// "2025/03/12", "2025.03.12": an ISO date with slashes or points.
		if ValidDate(atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10])) {
			t.cls |= cISODate
		}
	case nsep == 2 && seps[0] == ':' && seps[1] == ':' && groups[0] <= 2 && groups[1] == 2 && groups[2] == 2:
		// "10:00:00": a clock time with seconds.
		if h, m, sec := atoi(s[:groups[0]]), atoi(s[groups[0]+1:groups[0]+3]), atoi(s[groups[0]+4:]); h < 24 && m < 60 && sec < 60 {
			t.cls |= cClock
		}
	case nsep == 1 && seps[0] == '/' && groups[0] == 1 && groups[1] == 1 && s[0] < s[2] && s[0] != '0':
		t.cls |= cFrac
	case nsep == 1 && seps[0] == '/' && groups[0] <= 2 && groups[1] <= 2:
		// "11/26" month first, "28/3" day first; "24/7" is round the
		// clock, and "9/11" the attacks of 2001, not this year's day.
		a, b := atoi(s[:groups[0]]), atoi(s[groups[0]+1:])
		if a >= 1 && b >= 1 && (a <= 12 && b <= 31 || a <= 31 && b <= 12) && s != "24/7" && s != "9/11" {
			t.cls |= cMonthDay
		}
		if a >= 1 && b == a+1 && b <= 31 {
			// "the night of 13/14 July": two days in a row, dated
			// by the first, when a month comes after them.
			t.cls |= cDay
			t.num = a
		}
	case nsep == 1 && seps[0] == '-' && groups[0] <= 2 && groups[1] <= 2:
		// "18-19" after or before a month: a range of days, dated by its
		// first day.
		if a, b := atoi(s[:groups[0]]), atoi(s[groups[0]+1:]); a >= 1 && a < b && b <= 31 {
			t.cls |= cDay
			t.num = a
		}
	case seps[0] == ',' && groups[0] <= 3 && (nsep == 1 || seps[1] == ',' && (nsep == 2 || seps[2] == ',')):
		// "800,000 years", "1,500 days": a count with thousands
		// separators, never a year or a day.
		if n := atoi(strings.ReplaceAll(s, ",", "")); n <= maxCount {
			t.num = n
			t.cls |= cNum
		}
	case nsep == 1 && seps[0] == '.' && (groups[1] != 2 || groups[0] > 2):
		t.cls |= cDecimal // "7.2 years"
	case nsep == 1 && seps[0] == '.' && groups[0] <= 2 && groups[1] == 2:
		// "10.30am", "10.30 p.m.": a clock time written with a point,
		// which only the a.m. or p.m. after it tells from a decimal.
		if h, m := atoi(s[:groups[0]]), atoi(s[groups[0]+1:]); h >= 1 && h <= 12 && m < 60 {
			if suf := suffixAt(text, j); suf == "am" || suf == "pm" {
				t.cls |= cClock | cAmClock
				j += 2
			} else if ampmWordAt(text, j) {
				t.cls |= cClock
			}
		}
		if h, m := atoi(s[:groups[0]]), atoi(s[groups[0]+1:]); h < 24 && m < 60 && zoneWordAt(text, j) {
			t.cls |= cClock // "06.00 GMT"
		}
		if t.cls&cClock == 0 {
			t.cls |= cDecimal // "2.75 years"
		}
	case nsep == 1 && seps[0] == '-' && groups[0] == 4 && groups[1] == 2 && atoi(s[5:]) <= atoi(s[2:4]):
		// "2024-11": not a range ending before it starts, so a year and
		// month, as ISO writes them.
		if m := atoi(s[5:]); m >= 1 && m <= 12 {
			t.cls |= cISODate
		}
	case nsep == 1 && seps[0] == '-' && groups[0] == 4 && (groups[1] == 2 || groups[1] == 4):
		t.cls |= cYearRange
	case nsep == 1 && seps[0] == '/' && groups[0] == 4 && (groups[1] == 2 || groups[1] == 4):
		// "2023/24", "1998/1999": a financial or school year, written
		// with a slash only for two years in a row.
		if (atoi(s[:4])+1)%100 == atoi(s[5:])%100 {
			t.cls |= cYearRange
		}
	case nsep == 1 && seps[0] == ':' && groups[0] <= 2 && groups[1] == 2:
		if h, m := atoi(s[:groups[0]]), atoi(s[groups[0]+1:]); h < 24 && m < 60 {
			t.cls |= cClock
			if suf := suffixAt(text, j); suf == "am" || suf == "pm" {
				t.cls |= cAmClock
				j += 2
			}
		}
	}
	return j
}

// isoTimeEnd returns the end of an ISO 8601 time of day glued to a date
// that ends at i ("T10:00", "T10:00:00.5Z", "T10:00+01:00"), or i when
// none follows.
func isoTimeEnd(text string, i int) int {
	digitsAt := func(k, n int) bool {
		if k+n > len(text) {
			return false
		}
		for _, c := range []byte(text[k : k+n]) {
			if !isDigit(c) {
				return false
			}
		}
		return true
	}
	if i >= len(text) || text[i] != 'T' || !digitsAt(i+1, 2) || i+3 >= len(text) || text[i+3] != ':' || !digitsAt(i+4, 2) {
		return i
	}
	if atoi(text[i+1:i+3]) > 24 || atoi(text[i+4:i+6]) > 59 {
		return i
	}
	k := i + 6
	if k+2 < len(text) && text[k] == ':' && digitsAt(k+1, 2) {
		k += 3
		if k+1 < len(text) && text[k] == '.' && isDigit(text[k+1]) {
			for k++; k < len(text) && isDigit(text[k]); k++ {
			}
		}
	}
	switch {
	case k < len(text) && text[k] == 'Z':
		k++
	case k+5 < len(text) && (text[k] == '+' || text[k] == '-') && digitsAt(k+1, 2) && text[k+3] == ':' && digitsAt(k+4, 2):
		k += 6
	}
	return k
}

// ampmWordAt reports whether white space and then "a.m.", "p.m.", "am"
// or "pm" as a word follow i.
func ampmWordAt(text string, i int) bool {
	k := i
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k == i {
		return false
	}
	for _, w := range [...]string{"a.m", "p.m", "am", "pm"} {
		if hasPrefixFold(text[k:], w) {
			e := k + len(w)
			return e >= len(text) || !isASCIILetter(text[e]) && !isDigit(text[e])
		}
	}
	return false
}

// zoneWordAt reports whether white space and then a time zone ("GMT",
// "ET") as a word follow i.
func zoneWordAt(text string, i int) bool {
	k := i
	for k < len(text) && text[k] == ' ' {
		k++
	}
	e := k
	for e < len(text) && isASCIILetter(text[e]) {
		e++
	}
	if k == i || e == k || e-k > 4 {
		return false
	}
	w := strings.ToLower(text[k:e])
	for _, z := range zoneWords {
		if w == z {
			return true
		}
	}
	return false
}

// upperZoneAt reports whether a time zone written in capitals ("GMT",
// not the "et" of "et al.") follows at i.
func upperZoneAt(text string, i int) bool {
	k := i
	for k < len(text) && text[k] == ' ' {
		k++
	}
	return k > i && k < len(text) && text[k] >= 'A' && text[k] <= 'Z' && zoneWordAt(text, i)
}

// clockPrepositions come before a clock time written the military way.
var clockPrepositions = map[string]bool{"at": true, "by": true, "until": true, "till": true, "before": true, "after": true, "from": true,
	"since": true, "around": true, "between": true, "to": true}

// partHourAt reports whether the number n just scanned, ending at end,
// is an hour without a.m. or p.m. that the part of the day before its
// "at" places: "every morning at 7", "Friday evening at eight". The hour
// must end there, before a stop or a word that goes on to something else
// ("at 7 and each evening at 7:30"), not before a unit or a name ("at 10
// percent", "at 10 Downing Street").
func partHourAt(text string, toks []token, n, end int) bool {
	k := len(toks)
	if n < 1 || n > 12 || k < 2 || !toks[k-1].is(text, "at") {
		return false
	}
	if _, ok := partCodes[toks[k-2].lower(text)]; !ok {
		return false
	}
	for end < len(text) && (text[end] == ' ' || text[end] == '\t') {
		end++
	}
	if end == len(text) || strings.IndexByte(".,;:)!?\n\r", text[end]) >= 0 {
		return true
	}
	w := end
	for w < len(text) && isASCIILetter(text[w]) {
		w++
	}
	return w > end && hourFollowers[strings.ToLower(text[end:w])]
}

// hourFollowers are the words that may come after a bare hour: "each
// morning at 7 and each evening at 7:30", "every morning at 10 during the
// holidays".
var hourFollowers = wordSet("and or until till sharp on in at for with when during before after every each")

// clockPrepositionBefore reports whether the last tokens of toks are a
// preposition of clock times, maybe with "about" or "approximately"
// after it ("at 10:20", "at about 10:20"), or "and" after a clock time
// ("between 07:00 and 19:00").
func clockPrepositionBefore(text string, toks []token) bool {
	n := len(toks)
	if n > 0 && clockPrepositions[toks[n-1].lower(text)] {
		return true
	}
	if n > 1 && toks[n-1].is(text, "and") && toks[n-2].cls&cAmClock != 0 {
		return true // "between 07:00 and 19:00": the second end of a range of hours
	}
	return n > 1 && (toks[n-1].is(text, "about") || toks[n-1].is(text, "approximately") || toks[n-1].is(text, "roughly")) && clockPrepositions[toks[n-2].lower(text)]
}

// hoursAt reports whether "hours" or "hrs" follows i after a space: the
// military way of writing a four-digit clock time.
func hoursAt(text string, i int) bool {
	if i >= len(text) || text[i] != ' ' {
		return false
	}
	w := text[i+1:]
	for _, h := range []string{"hours", "hrs"} {
		if len(w) >= len(h) && strings.EqualFold(w[:len(h)], h) && (len(w) == len(h) || !isASCIILetter(w[len(h)])) {
			return true
		}
	}
	return false
}

// suffixAt returns the lower-cased run of one or two ASCII letters at i
// when it is not followed by another letter, so "13th" and "5pm" give
// their suffix and "113,000km2" gives none.
func suffixAt(text string, i int) string {
	k := i
	for k < len(text) && k-i < 3 && isASCIILetter(text[k]) {
		k++
	}
	if k == i || k-i > 2 || k < len(text) && (isASCIILetter(text[k]) || isDigit(text[k])) {
		return ""
	}
	return strings.ToLower(text[i:k])
}

// atoi converts a short run of ASCII digits; callers guarantee the shape.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// shapes records the length and first letter of every lexicon entry, so
// that most words, which are not in the lexicon, are turned away without
// a map lookup. It is built after the grammar has added its words.
var shapes = buildShapes(grammar)

// shapeTable holds, by length, first letter and last letter, whether a
// lexicon entry has that shape.
type shapeTable [maxShapeLen + 1][27][27]bool

const maxShapeLen = 24

func buildShapes(*engine) *shapeTable {
	var t shapeTable
	for s := range lexicon {
		t.add(s)
	}
	return &t
}

// add records the shape of the word s.
func (t *shapeTable) add(s string) {
	t[min(len(s), maxShapeLen)][letterIndex(s[0])][letterIndex(s[len(s)-1])] = true
}

// has reports whether a recorded word has the shape of s, in any case:
// false means s is none of them.
func (t *shapeTable) has(s string) bool {
	return s != "" && t[min(len(s), maxShapeLen)][letterIndex(s[0])][letterIndex(s[len(s)-1])]
}

func letterIndex(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c - 'a')
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	}
	return 26
}

// lookup finds the lexicon entry of a word, lower-casing it into buf so
// that the common case allocates nothing.
func lookup(s string, buf []byte) *word {
	if !shapes.has(s) {
		return nil
	}
	if len(s) > cap(buf) {
		return lexicon[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lexicon[strings.ToLower(s)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return lexicon[string(buf)]
}

// shortYearLabel reports whether token p labels a two-digit year glued
// to it: "FY" in "FY25", the "H" of a half in "1H25", the "Q" of a
// quarter in "3Q24".
func shortYearLabel(text string, toks []token, p int) bool {
	switch toks[p].lower(text) {
	case "fy":
		return true
	case "h":
		return p > 0 && toks[p].glued && toks[p-1].kind == tNumber && (toks[p-1].num == 1 || toks[p-1].num == 2)
	case "q":
		return p > 0 && toks[p].glued && toks[p-1].kind == tNumber && toks[p-1].num >= 1 && toks[p-1].num <= 4
	}
	return false
}

// zoneCapitals reports whether w, an abbreviation, is a time zone in
// capitals, whose period ends a sentence: "at 12:45 a.m. EST." (where
// "est." abbreviates "established").
func zoneCapitals(w string, lw *word) bool {
	if lw.cls&cZone == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
