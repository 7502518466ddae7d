package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fuzzyMatch reports whether the letters of pattern, lower-cased and
// without spaces, appear in s in that order, without regard to case, as in
// "vput" for "Vladimir Putin". The score favours letters in a row, at the
// start of words and at the start of s, and a pattern found whole; the
// byte offsets of the matched letters in s are returned for highlighting.
func fuzzyMatch(pattern []rune, s string) (score int, at []int, ok bool) {
	if len(pattern) == 0 {
		return 0, nil, true
	}
	at = make([]int, 0, len(pattern))
	p := 0
	prev := ' '
	last := -2 // byte offset after the last match
	for i, r := range s {
		if p < len(pattern) && unicode.ToLower(r) == pattern[p] {
			score++
			if i == last {
				score += 5
			}
			if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
				score += 3
				if i == 0 {
					score += 2
				}
			}
			at = append(at, i)
			last = i + utf8.RuneLen(r)
			p++
		}
		prev = r
	}
	if p < len(pattern) {
		return 0, nil, false
	}
	if strings.Contains(strings.ToLower(s), string(pattern)) {
		score += 10
	}
	return score, at, true
}

// fuzzyPattern prepares what the user typed for fuzzyMatch.
func fuzzyPattern(query string) []rune {
	var p []rune
	for _, r := range query {
		if !unicode.IsSpace(r) {
			p = append(p, unicode.ToLower(r))
		}
	}
	return p
}
