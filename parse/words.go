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
	out := AppendWords(make([]Word, 0, len(text)/6), text) // about one word in six bytes of news
	if len(out) == 0 {
		return nil
	}
	return out
}

// AppendWords appends the words of text, as Words splits them, to dst
// and returns the extended slice: a caller reading many texts can reuse
// one slice for all.
func AppendWords(dst []Word, text string) []Word {
	var room [64]byte
	buf := room[:0]
	eachWord(text, func(start, end int, quoted bool) bool {
		w := text[start:end]
		buf = appendFolded(buf[:0], w)
		if string(buf) != w { // most words are written folded: no copy
			w = string(buf)
		}
		dst = append(dst, Word{Text: w, Start: start, End: end, Quoted: quoted})
		return true
	})
	return dst
}

// wordFolder reads the words of texts folded, as Words does, into a
// buffer it reuses from one word and text to the next.
type wordFolder struct {
	buf []byte
}

// each calls fn with each word of the parts, folded (valid until fn
// returns), and whether it is inside a quotation. The parts read as one
// text with a blank line between each: no word or quotation runs from one
// into the next.
func (f *wordFolder) each(fn func(word []byte, quoted bool), parts ...string) {
	for _, text := range parts {
		eachWord(text, func(start, end int, quoted bool) bool {
			f.buf = appendFolded(f.buf[:0], text[start:end])
			fn(f.buf, quoted)
			return true
		})
	}
}

// eachWord calls yield with the byte offsets of each word of text, in
// order, and whether it is inside a quotation, until yield returns false.
func eachWord(text string, yield func(start, end int, quoted bool) bool) {
	quoted := false
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && asciiWordByte[c] { // most of a text
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c >= utf8.RuneSelf && isWordRune(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’' || r == '-') && start >= 0 && nextIsLetter(text, i+n):
			// inside a word: "don't", "30-day"
		default:
			if start >= 0 {
				if !yield(start, i, quoted) {
					return
				}
				start = -1
			}
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
		i += n
	}
	if start >= 0 {
		yield(start, len(text), quoted)
	}
}

// asciiWordByte marks the ASCII letters and digits.
var asciiWordByte = func() (set [utf8.RuneSelf]bool) {
	for c := range set {
		set[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return set
}()

// appendFolded appends the folded form of a word to buf: lower case, with
// typographic apostrophes made plain, and no apostrophe or hyphen at the
// end.
func appendFolded(buf []byte, word string) []byte {
	from := len(buf)
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		if r == '’' {
			buf = append(buf, '\'')
		} else {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		i += n
	}
	for len(buf) > from && (buf[len(buf)-1] == '\'' || buf[len(buf)-1] == '-') {
		buf = buf[:len(buf)-1]
	}
	return buf
}

// isWordRune reports whether r is a letter or a digit, quick for ASCII.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func nextIsLetter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// IsStopword reports whether a folded word is one of the function words
// that carry no content ("the", "of", "said", "would").
func IsStopword(w string) bool { return stopwords[w] }

// wordSet returns the space-separated words of list as a set.
func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

var stopwords = wordSet(`a about above after again against all also am an and any are aren't as at
		be because been before being below between both but by can can't cannot could couldn't did didn't do does
		doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he
		he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is
		isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other
		ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such
		than that that's the their theirs them themselves then there there's these they they'd they'll they're
		they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't
		what what's when when's where where's which while who who's whom why why's with won't would wouldn't
		you you'd you'll you're you've your yours yourself yourselves said says say told according added will
		just now also its s t one two three than however may might must`)
