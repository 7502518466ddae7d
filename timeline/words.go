package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/parse"
)

// token is a word or punctuation mark of a sentence, as the actor finder
// sees it.
type token struct {
	text  string // as written; a possessive "’s" removed
	lower string // text in lower case
	word  bool   // letters or digits, not punctuation
	upper bool   // starts with a capital letter
	poss  bool   // was followed by a possessive: "Russia’s", "the U.S.'"
	// joined is true when the token was split from the one before it
	// without a space ("U.S.-Ukraine").
	joined bool
	// phrase is the longest gazetteer phrase starting at the token, of
	// phraseLen tokens, and titleLen the length of the longest title:
	// they are looked up once, when the sentence is tokenized, however
	// often the actor finder asks.
	phrase              *entry
	phraseLen, titleLen uint8
}

// abbreviations keep their final period: "U.S.", "Sen.", "Jr.".
var abbreviations = map[string]bool{
	"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Sen.": true, "Rep.": true, "Gen.": true,
	"Gov.": true, "Lt.": true, "Col.": true, "Maj.": true, "Adm.": true, "St.": true, "Jr.": true, "Sr.": true,
}

// tokenize splits a sentence into tokens. Periods inside a word ("U.S.")
// and after an abbreviation or initial belong to it; hyphenated words
// whose first part names a country ("U.S.-backed", "Russia-friendly",
// "U.S.-Ukraine") are split so the country is seen, and a lower-case
// rest ("backed") is dropped.
func tokenize(s string) []token {
	toks := appendTokens(make([]token, 0, len(s)/4+1), s)
	lowerTokens(toks)
	matchGazetteers(toks)
	return toks
}

// tokenizePassages tokenizes each passage of text as tokenize does, into
// one array for the whole article.
func tokenizePassages(text string, passages []parse.Span) [][]token {
	all := make([]token, 0, len(text)/4+1)
	ends := make([]int, len(passages))
	for i, p := range passages {
		all = appendTokens(all, text[p.Start:p.End])
		ends[i] = len(all)
	}
	lowerTokens(all)
	out := make([][]token, len(passages))
	start := 0
	for i, end := range ends {
		out[i] = all[start:end:end]
		matchGazetteers(out[i])
		start = end
	}
	return out
}

// appendTokens appends the tokens of sentence s to out, their lower-case
// forms and gazetteer matches not yet set.
func appendTokens(out []token, s string) []token {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, token{text: s[i : i+n]})
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if (r == '.' || r == '\'' || r == '’' || r == '-') && j+n < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[j+n:]); isWordRune(next) {
					j += n
					continue
				}
			}
			break
		}
		w := s[i:j]
		// A final period belongs to "U.S." and to abbreviations and initials.
		if j < len(s) && s[j] == '.' && (strings.Contains(w, ".") || abbreviations[s[i:j+1]] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r)) {
			j++
			w = s[i:j]
		}
		out = appendWord(out, w)
		i = j
	}
	return out
}

// appendWord appends the tokens of one word to out: the possessive
// removed, and hyphenated compounds on a country split.
func appendWord(out []token, w string) []token {
	poss := false
	for _, suf := range [...]string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w, poss = w[:len(w)-len(suf)], true
			break
		}
	}
	if head, tail, ok := strings.Cut(w, "-"); ok && head != "" {
		if _, known := gazette.phrases[w]; !known {
			if e, known := gazette.phrases[head]; known && e.class != classNotName && e.class != classMedia {
				out = append(out, newToken(head, false))
				if _, known := gazette.phrases[tail]; known {
					t := newToken(tail, poss)
					t.joined = true
					out = append(out, t)
				}
				return out
			}
		}
	}
	return append(out, newToken(w, poss))
}

func newToken(w string, poss bool) token {
	r, _ := utf8.DecodeRuneInString(w)
	return token{text: w, word: true, upper: unicode.IsUpper(r), poss: poss}
}

// lowerTokens sets the lower-case form of each token, as strings.ToLower
// makes it. Those of ASCII words with capitals share one string, made at
// once.
func lowerTokens(toks []token) {
	size := 0
	for i := range toks {
		if needsLowerASCII(toks[i].text) {
			size += len(toks[i].text)
		}
	}
	buf := make([]byte, 0, size)
	for i := range toks {
		if needsLowerASCII(toks[i].text) {
			buf = appendLowerASCII(buf, toks[i].text)
		}
	}
	lowered := string(buf)
	for i := range toks {
		t := &toks[i]
		switch {
		case needsLowerASCII(t.text):
			t.lower, lowered = lowered[:len(t.text)], lowered[len(t.text):]
		case isASCII(t.text):
			t.lower = t.text
		default:
			t.lower = strings.ToLower(t.text)
		}
	}
}

// needsLowerASCII reports whether s is ASCII with a capital letter.
func needsLowerASCII(s string) bool {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	return upper
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLowerASCII appends the ASCII string s to b in lower case.
func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// matchGazetteers sets, for each word of a sentence, the longest
// gazetteer phrase and the longest title that start at it.
func matchGazetteers(toks []token) {
	var buf []byte
	for i := range toks {
		t := &toks[i]
		if !t.word {
			continue
		}
		st := gazette.starts[t.text]
		if st.phrase > 0 {
			t.phrase, t.phraseLen, buf = longestPhrase(toks[i:], st.phrase, buf)
		}
		if t.lower != t.text {
			st = gazette.starts[t.lower]
		}
		if st.title > 0 {
			t.titleLen, buf = longestTitle(toks[i:], st.title, buf)
		}
	}
}

// longestPhrase returns the longest gazetteer phrase of at most most
// words at the start of toks, and its length in tokens: words as
// written, none joined to the one before it, none but the last followed
// by a possessive. buf is room for the phrase, returned for reuse.
func longestPhrase(toks []token, most int, buf []byte) (*entry, uint8, []byte) {
	var best *entry
	n := uint8(0)
	buf = buf[:0]
	for j := 0; j < len(toks) && j < most; j++ {
		t := &toks[j]
		if !t.word || j > 0 && t.joined {
			break
		}
		if j > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, t.text...)
		if e, ok := gazette.phrases[string(buf)]; ok {
			best, n = e, uint8(j+1)
		}
		if t.poss {
			break
		}
	}
	return best, n, buf
}

// longestTitle returns the length in tokens of the longest title of at
// most most words at the start of toks, without regard to case.
func longestTitle(toks []token, most int, buf []byte) (uint8, []byte) {
	n := uint8(0)
	buf = buf[:0]
	for j := 0; j < len(toks) && j < most; j++ {
		t := &toks[j]
		if !t.word {
			break
		}
		if j > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, t.lower...)
		if gazette.titles[string(buf)] {
			n = uint8(j + 1)
		}
		if t.poss {
			break
		}
	}
	return n, buf
}
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isQuoteMark reports whether a punctuation token is a quotation mark.
func isQuoteMark(t token) bool {
	switch t.text {
	case "\"", "“", "”", "‘", "'":
		return true
	}
	return false
}

// isDash reports whether a punctuation token is a dash, which opens or
// closes reported speech in some styles: "… the war – he added."
func isDash(t token) bool {
	return t.text == "–" || t.text == "—"
}
