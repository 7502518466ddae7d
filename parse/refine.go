package parse

// A refiner looks at the candidate matches of a document and returns the
// ones to keep, possibly changed. Refiners run in order after the grammar.
type refiner func(d *document, ms []match) []match

var refiners = []refiner{
	dropUnlikelyYears,
	dropAmbiguousWords,
}

// yearPrefixes are punctuation marks after which a four-digit number is an
// amount or a label, not a year.
var yearPrefixes = map[string]bool{"$": true, "€": true, "£": true, "¥": true, "#": true, "no.": true}

// yearSuffixes are words after which a four-digit number is a quantity.
var yearSuffixes = map[string]bool{"%": true, "percent": true, "per": true, "km": true, "miles": true, "people": true, "troops": true}

// dropUnlikelyYears removes bare four-digit numbers that are amounts,
// quantities or out of the range news years fall in.
func dropUnlikelyYears(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		if m.rule.name != "year" {
			return true
		}
		t := &d.toks[m.first]
		if t.num < 1000 || t.num > 2199 {
			return false
		}
		if m.first > 0 {
			p := &d.toks[m.first-1]
			if p.w != nil && yearPrefixes[p.w.text] || yearPrefixes[d.text[p.start:p.end]] {
				return false
			}
		}
		if m.last < len(d.toks) {
			n := &d.toks[m.last]
			if n.w != nil && yearSuffixes[n.w.text] || yearSuffixes[d.text[n.start:n.end]] {
				return false
			}
		}
		return true
	})
}

// monthContext are the words before which a lone "May" or "March" is a
// month rather than a verb or a name.
var monthContext = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "during": true,
	"of": true, "early": true, "late": true, "mid": true, "from": true, "to": true,
	"through": true, "before": true, "after": true, "between": true, "and": true,
	"last": true, "next": true, "this": true, "end": true, "beginning": true,
}

// dropAmbiguousWords removes single-word matches that are more likely
// ordinary words: "May" or "March" without a date context, and weekday or
// month abbreviations without their period ("Sun" the newspaper).
func dropAmbiguousWords(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		if m.last-m.first != 1 {
			return true
		}
		t := &d.toks[m.first]
		if t.w == nil || t.cls&(cMonth|cWeekday) == 0 {
			return true
		}
		s := d.text[t.start:t.end]
		if t.w.abbrev && s[len(s)-1] != '.' {
			return false
		}
		if !t.w.ambiguous {
			return true
		}
		if m.first == 0 {
			return false
		}
		p := &d.toks[m.first-1]
		return p.w != nil && monthContext[p.w.text] || monthContext[lowerASCII(d.text[p.start:p.end])]
	})
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
