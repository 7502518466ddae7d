package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one word of a text, folded for comparison: lower case, with
// typographic apostrophes made plain.
type Word struct {
	Text       string // folded: "don't", "russia"
	Start, End int    // byte offsets of the word as written
	// Quoted is true inside a quotation (“…” or "…").
	Quoted bool
}

// Words splits text into words (runs of letters and digits, with
// apostrophes and hyphens inside a word kept), folded for comparing texts
// written by different hands: "Don’t" and "don't" are the same word.
func Words(text string) []Word {
	var out []Word
	quoted := false
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.ToLower(strings.ReplaceAll(text[start:end], "’", "'"))
			out = append(out, Word{Text: strings.TrimRight(w, "'-"), Start: start, End: end, Quoted: quoted})
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’' || r == '-') && start >= 0 && nextIsLetter(text, i+utf8.RuneLen(r)):
			// inside a word: "don't", "30-day"
		default:
			flush(i)
			switch r {
			case '“':
				quoted = true
			case '”':
				quoted = false
			case '"':
				quoted = !quoted
			case '\n':
				if strings.HasPrefix(text[i+1:], "\n") {
					quoted = false // a quotation does not run past a paragraph
				}
			}
		}
	}
	flush(len(text))
	return out
}

func nextIsLetter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsStopword reports whether a folded word is one of the function words
// that carry no content ("the", "of", "said", "would").
func IsStopword(w string) bool { return stopwords[w] }

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are aren't as at
		be because been before being below between both but by can can't cannot could couldn't did didn't do does
		doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he
		he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is
		isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other
		ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such
		than that that's the their theirs them themselves then there there's these they they'd they'll they're
		they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't
		what what's when when's where where's which while who who's whom why why's with won't would wouldn't
		you you'd you'll you're you've your yours yourself yourselves said says say told according added will
		just now also its s t one two three than however may might must`) {
		m[w] = true
	}
	return m
}()
