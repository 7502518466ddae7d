package parse

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pattern is a regular expression with a quick test, maybe, that is false
// only for text the expression cannot match. Reading an article tries a
// dozen expressions on each of its lines, and running them was most of
// the cost of reading; as most lines are news, not boilerplate, the
// quick test leaves the expressions to the few lines that might match.
type pattern struct {
	re    *regexp.Regexp
	maybe func(string) bool
}

// linePattern compiles an expression anchored at the start of the text
// ("^…"). Its quick test is the first character of the text, which must
// be one a match can start with, and, when the expression is anchored at
// both ends ("^…$") and bounded, the length of the text, which must be
// one a match can have.
func linePattern(expr string) pattern {
	re := regexp.MustCompile(expr)
	tree, err := syntax.Parse(expr, syntax.Perl) // as regexp.Compile does
	if err != nil {
		panic(err)
	}
	prog, err := syntax.Compile(tree.Simplify())
	if err != nil {
		panic(err)
	}
	if prog.StartCond()&syntax.EmptyBeginText == 0 {
		panic("linePattern: " + expr + " is not anchored at the start")
	}
	runes, empty := leadingRunes(tree)
	if empty {
		return pattern{re, func(string) bool { return true }}
	}
	first := newRuneSet(runes)
	longest := maxRunes(tree)
	if longest < 0 || !endsAtEnd(tree) {
		return pattern{re, first.starts}
	}
	// A character is at most utf8.UTFMax bytes: a line of many more bytes
	// than the longest match is longer without counting its characters.
	return pattern{re, func(s string) bool {
		return first.starts(s) && (len(s) <= longest || len(s) <= utf8.UTFMax*longest && utf8.RuneCountInString(s) <= longest)
	}}
}

// match reports whether s matches the pattern.
func (p pattern) match(s string) bool {
	return p.maybe(s) && p.re.MatchString(s)
}

// index returns the byte offsets of the leftmost match in s and of its
// groups, as regexp.FindStringSubmatchIndex does; nil without a match.
func (p pattern) index(s string) []int {
	if !p.maybe(s) {
		return nil
	}
	return p.re.FindStringSubmatchIndex(s)
}

// replace replaces the matches in s with repl, as
// regexp.ReplaceAllString does.
func (p pattern) replace(s, repl string) string {
	if !p.maybe(s) {
		return s
	}
	return p.re.ReplaceAllString(s, repl)
}

// leadingRunes returns the characters a match of re can start with, as
// pairs of first and last rune of ranges, and whether re can match the
// empty string (then a match may start with anything).
func leadingRunes(re *syntax.Regexp) (runes []rune, empty bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return foldRanges(re.Rune[0]), false
		}
		return []rune{re.Rune[0], re.Rune[0]}, false
	case syntax.OpCharClass:
		return re.Rune, false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return []rune{0, unicode.MaxRune}, false
	case syntax.OpNoMatch:
		return nil, false
	case syntax.OpCapture, syntax.OpPlus:
		return leadingRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		runes, _ := leadingRunes(re.Sub[0])
		return runes, true
	case syntax.OpRepeat:
		runes, empty := leadingRunes(re.Sub[0])
		return runes, empty || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			r, e := leadingRunes(sub)
			runes = append(runes, r...)
			if !e {
				return runes, false
			}
		}
		return runes, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			r, e := leadingRunes(sub)
			runes = append(runes, r...)
			empty = empty || e
		}
		return runes, empty
	}
	return nil, true // ^, $, \b, \B and the empty expression match no character
}

// maxRunes returns the most characters a match of re can have, -1 when
// there is no bound.
func maxRunes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpQuest:
		return maxRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return -1
	case syntax.OpRepeat:
		n := maxRunes(re.Sub[0])
		if n < 0 || re.Max < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n := maxRunes(sub)
			if n < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	return 0 // ^, $, \b, \B, the empty expression and one that matches nothing
}

// endsAtEnd reports whether every match of re ends at the end of the
// text ("…$"). It may miss some that do.
func endsAtEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpCapture:
		return endsAtEnd(re.Sub[0])
	case syntax.OpConcat:
		return endsAtEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !endsAtEnd(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// foldRanges returns r and the characters that are r in another case,
// each as a range.
func foldRanges(r rune) []rune {
	runes := []rune{r, r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		runes = append(runes, f, f)
	}
	return runes
}

// runeSet is a set of characters, quick to test for ASCII ones.
type runeSet struct {
	ascii [utf8.RuneSelf]bool
	other []rune // ranges beyond ASCII, as pairs of first and last rune
}

func newRuneSet(ranges []rune) *runeSet {
	set := &runeSet{}
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			set.ascii[r] = true
		}
		if hi >= utf8.RuneSelf {
			set.other = append(set.other, max(lo, utf8.RuneSelf), hi)
		}
	}
	return set
}

// starts reports whether s starts with a character of the set (an
// invalid byte reads as U+FFFD, as it does for regexp).
func (set *runeSet) starts(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return set.ascii[s[0]]
	}
	r, _ := utf8.DecodeRuneInString(s)
	for i := 0; i+1 < len(set.other); i += 2 {
		if set.other[i] <= r && r <= set.other[i+1] {
			return true
		}
	}
	return false
}

// Quick tests of unanchored patterns, each for what every match holds.

// colonWithoutPeriodAfter reports whether s has a colon with no period
// after the last one, as a trailing "Picture: …" credit has.
func colonWithoutPeriodAfter(s string) bool {
	c := strings.LastIndexByte(s, ':')
	return c >= 0 && strings.IndexByte(s[c:], '.') < 0
}

// hasBrackets reports whether s has an opening bracket and a closing one
// after it.
func hasBrackets(s string) bool {
	i := strings.IndexByte(s, '(')
	return i >= 0 && strings.IndexByte(s[i:], ')') >= 0
}

func hasSlash(s string) bool { return strings.IndexByte(s, '/') >= 0 }

// containsFold reports whether s contains word, a lower-case ASCII word,
// written in any case, as a case-insensitive expression finds it.
func containsFold(s, word string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c|0x20 == word[0] || c >= utf8.RuneSelf {
			if len(word) > 1 && i+1 < len(s) && !mayFold(s[i+1], word[1]) {
				continue // most starts are ruled out by the next byte
			}
			if hasPrefixFold(s[i:], word) {
				return true
			}
		}
	}
	return false
}

// mayFold reports whether byte c of a text may start a case of the
// character w: an ASCII byte that is one equals it but for bit 0x20.
func mayFold(c, w byte) bool {
	return c >= utf8.RuneSelf || c|0x20 == w|0x20
}

// hasPrefixFold reports whether s starts with word, a lower-case ASCII
// word, written in any case.
func hasPrefixFold(s, word string) bool {
	for i := 0; i < len(word); i++ {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || asciiFold(r) != rune(word[i]) {
			return false
		}
		s = s[n:]
	}
	return true
}

// asciiFold returns the lower-case ASCII letter that r is a case of, as
// a case-insensitive expression matches it: 'A' and 'a' are 'a', the
// long s 'ſ' is 's' and the Kelvin sign 'K' is 'k'. Other characters
// are themselves.
func asciiFold(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case r == 'ſ':
		return 's'
	case r == '\u212a':
		return 'k'
	}
	return r
}
