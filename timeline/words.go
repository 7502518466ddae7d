package timeline

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dateline/parse"
)

// token is a word or punctuation mark of a sentence, as the actor finder
// sees it.
type token struct {
	text  string // as written; a possessive "’s" removed
	lower string // text in lower case
	// phrase is the longest gazetteer phrase starting at the token, of
	// phraseLen tokens, and titleLen the length of the longest title:
	// they are looked up once, when the sentence is tokenized, however
	// often the actor finder asks.
	phrase              *entry
	phraseLen, titleLen uint8
	word                bool // letters or digits, not punctuation
	upper               bool // starts with a capital letter
	poss                bool // was followed by a possessive: "Russia’s", "the U.S.'"
	// joined is true when the token was split from the one before it
	// without a space ("U.S.-Ukraine").
	joined bool
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
	tz := tokenizer{toks: make([]token, 0, len(s)/4+1)}
	lower, _ := lowerASCII(s, nil)
	tz.read(s, lower)
	matchGazetteers(tz.toks)
	return tz.toks
}

// articleTokens are the tokens of the passages of an article, in one
// array. They are needed only while the article's actors are found, and
// kept for the next article: an article's tokens take more memory than
// its text.
type articleTokens struct {
	all      []token
	passages [][]token
	ends     []int
	lowered  []byte // memory for the text in lower case
	mentions mentionMemory
	read     []reading // memory for the readings of the passages
}

// readings returns memory for the readings of n passages.
func (at *articleTokens) readings(n int) []reading {
	if cap(at.read) < n {
		at.read = make([]reading, n)
	}
	at.read = at.read[:n]
	return at.read
}

// mentionMemory is memory for the mentions of the sentences of an
// article, read one after the other: a block for them all rather than a
// slice grown for each sentence.
type mentionMemory struct {
	block []found
	used  int  // block[:used] is taken
	short bool // the block was too short for an article
}

// next returns memory for the mentions of a sentence, to append to.
func (m *mentionMemory) next() []found {
	if m.block == nil {
		m.block = make([]found, 64)
	}
	return m.block[m.used:m.used]
}

// keep takes the memory of mentions appended to what next returned, and
// returns them without room to grow into the memory of the next.
func (m *mentionMemory) keep(out []found) []found {
	n := len(out)
	if n > 0 && m.used+n <= len(m.block) && &out[0] == &m.block[m.used] {
		m.used += n
	} else if n > 0 {
		m.short = true // out outgrew the block
	}
	return out[:n:n]
}

// release clears the mentions, which refer to the article's text. A
// block outgrown is replaced, with whatever was written past used.
func (m *mentionMemory) release() {
	if m.short {
		m.block, m.short = make([]found, 2*len(m.block)), false
	} else {
		clear(m.block[:m.used])
	}
	m.used = 0
}

var articleTokensPool = sync.Pool{New: func() any { return new(articleTokens) }}

// tokenizePassages tokenizes each passage of text as tokenize does. The
// tokens should be released when done with.
func tokenizePassages(text string, passages []parse.Span) *articleTokens {
	at := articleTokensPool.Get().(*articleTokens)
	var lower string
	lower, at.lowered = lowerASCII(text, at.lowered)
	if cap(at.all) < len(text)/4 {
		at.all = make([]token, 0, len(text)/4) // about one token in five bytes of news
	}
	tz := tokenizer{toks: at.all[:0]}
	ends := at.ends[:0]
	for _, p := range passages {
		tz.read(text[p.Start:p.End], lower[p.Start:p.End])
		ends = append(ends, len(tz.toks))
	}
	at.all, at.ends, at.passages = tz.toks, ends, at.passages[:0]
	start := 0
	for _, end := range ends {
		toks := at.all[start:end:end]
		matchGazetteers(toks)
		at.passages = append(at.passages, toks)
		start = end
	}
	return at
}

// release clears the tokens, which refer to the article's text, and
// keeps them for the next article.
func (at *articleTokens) release() {
	clear(at.all)
	clear(at.passages)
	clear(at.read)
	at.mentions.release()
	articleTokensPool.Put(at)
}

// A tokenizer appends the tokens of sentences to toks, without their
// gazetteer matches.
type tokenizer struct {
	toks []token
	// s is the sentence read, and lower the same with its ASCII capitals
	// in lower case: the lower-case forms of ASCII tokens are cut from it.
	s, lower string
}

// read appends the tokens of sentence s, lower its lower-case form.
func (tz *tokenizer) read(s, lower string) {
	tz.s, tz.lower = s, lower
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case asciiWord[c]:
			i = tz.word(i, rune(c), 1)
		case c == ' ' || '\t' <= c && c <= '\r':
			i++
		case c < utf8.RuneSelf:
			tz.punctuation(i, i+1, true)
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case isWordRune(r):
				i = tz.word(i, r, n)
			case isSpace(r):
				i += n
			default:
				tz.punctuation(i, i+n, false)
				i += n
			}
		}
	}
}

// punctuation appends a token of the punctuation mark s[i:j].
func (tz *tokenizer) punctuation(i, j int, ascii bool) {
	t := tz.add(i, j, ascii)
	t.word, t.upper = false, false
}

// word reads the word starting at byte i, with the rune r of n bytes,
// and returns where it ends.
func (tz *tokenizer) word(i int, r rune, n int) int {
	s := tz.s
	j, hyphen, ascii := wordEnd(s, i)
	// A final period belongs to "U.S." and to abbreviations and initials.
	if j < len(s) && s[j] == '.' && (strings.IndexByte(s[i:j], '.') >= 0 || abbreviations[s[i:j+1]] || j == i+n && unicode.IsUpper(r)) {
		j++
	}
	end := j
	poss := false
	if k := possessiveAt(s[i:j]); k > 0 {
		j, poss = i+k, true
	}
	if h := hyphen; h > 0 && tz.splitCompound(i, i+h, j, poss, ascii) {
		return end
	}
	tz.add(i, j, ascii).poss = poss
	return end
}

// splitCompound splits the hyphenated word s[i:j] at h if its first part
// names a country, and reports whether it did.
func (tz *tokenizer) splitCompound(i, h, j int, poss, ascii bool) bool {
	if _, known := gazette.phrases[tz.s[i:j]]; known {
		return false
	}
	if e, known := gazette.phrases[tz.s[i:h]]; !known || e.class == classNotName || e.class == classMedia {
		return false
	}
	tz.add(i, h, ascii)
	if _, known := gazette.phrases[tz.s[h+1:j]]; known {
		t := tz.add(h+1, j, ascii)
		t.poss, t.joined = poss, true
	}
	return true
}

// add appends a word token of s[i:j] and returns it. ascii tells that the
// word is ASCII: its lower-case form is cut from lower.
func (tz *tokenizer) add(i, j int, ascii bool) *token {
	tz.toks = append(tz.toks, token{})
	t := &tz.toks[len(tz.toks)-1]
	w := tz.s[i:j]
	t.text, t.word = w, true
	if ascii {
		t.lower = tz.lower[i:j]
		t.upper = 'A' <= w[0] && w[0] <= 'Z'
	} else {
		t.lower = strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		t.upper = unicode.IsUpper(r)
	}
	return t
}

// wordEnd returns where the word starting at s[i] ends: letters and
// digits, and periods, apostrophes and hyphens between them; where its
// first hyphen is, from i, -1 if it has none; and whether the word is
// ASCII.
func wordEnd(s string, i int) (end, hyphen int, ascii bool) {
	j := i
	hyphen, ascii = -1, true
	for j < len(s) {
		if asciiWord[s[j]] {
			j++
			continue
		}
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if isWordRune(r) || (r == '.' || r == '\'' || r == '’' || r == '-') && j+n < len(s) && startsWord(s[j+n:]) {
			if r == '-' && hyphen < 0 {
				hyphen = j - i
			}
			j += n
			ascii = ascii && n == 1
			continue
		}
		break
	}
	return j, hyphen, ascii
}

// possessiveAt returns where the possessive ending of a word starts, 0 if
// it has none: "’s", "'s", "’" or "'" after the word.
func possessiveAt(w string) int {
	n := len(w)
	switch w[n-1] {
	case 's':
		if n > 2 && w[n-2] == '\'' {
			return n - 2
		}
		if n > 4 && w[n-4:n-1] == "’" {
			return n - 4
		}
	case '\'':
		if n > 1 {
			return n - 1
		}
	case "’"[2]:
		if n > 3 && w[n-3:] == "’" {
			return n - 3
		}
	}
	return 0
}

// lowerASCII returns s with its ASCII capitals in lower case, and every
// other byte as it is, so that offsets in s are offsets in the result.
// buf is memory for the copy, returned for reuse.
func lowerASCII(s string, buf []byte) (string, []byte) {
	k := 0
	for k < len(s) && !('A' <= s[k] && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s, buf
	}
	// A table lookup for every byte is quicker than looking for runs of
	// bytes that need no change.
	buf = append(buf[:0], s...)
	for ; k < len(buf); k++ {
		buf[k] = asciiLower[buf[k]]
	}
	return string(buf), buf
}

// asciiLower maps each byte to itself, ASCII capitals to lower case.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// appendLower appends s to b in lower case, as strings.ToLower writes
// it.
func appendLower(b []byte, s string) []byte {
	if !isASCII(s) {
		return append(b, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// startsWord reports whether s starts with a letter or digit.
func startsWord(s string) bool {
	r := rune(s[0])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(s)
	}
	return isWordRune(r)
}

// matchGazetteers sets, for each word of a sentence, the longest
// gazetteer phrase and the longest title that start at it.
func matchGazetteers(toks []token) {
	for i := range toks {
		t := &toks[i]
		if !t.word {
			continue
		}
		if gazette.phraseFirst.mayHold(t.text) {
			if st := gazette.starts[t.text]; st != nil && len(st.phrases) > 0 {
				t.phrase, t.phraseLen = st.longestPhrase(toks[i:])
			}
		}
		if gazette.titleFirst.mayHold(t.lower) {
			if st := gazette.starts[t.lower]; st != nil && len(st.titles) > 0 {
				t.titleLen = st.longestTitle(toks[i:])
			}
		}
	}
}

// longestPhrase returns the longest gazetteer phrase starting with the
// word at the start of toks, and its length in tokens: words as written,
// none joined to the one before it, none but the last followed by a
// possessive.
func (st *phraseStarts) longestPhrase(toks []token) (*entry, uint8) {
	for _, p := range st.phrases { // the longest first
		if p.fits(toks, func(t *token) string { return t.text }, true) {
			return p.entry, uint8(len(p.words))
		}
	}
	return nil, 0
}

// longestTitle returns the length in tokens of the longest title starting
// with the word at the start of toks, without regard to case.
func (st *phraseStarts) longestTitle(toks []token) uint8 {
	for _, p := range st.titles { // the longest first
		if p.fits(toks, func(t *token) string { return t.lower }, false) {
			return uint8(len(p.words))
		}
	}
	return 0
}

// fits reports whether the phrase's words are at the start of toks, as
// form writes them: words, none but the last followed by a possessive,
// and, if unjoined, none joined to the one before it.
func (p *startingPhrase) fits(toks []token, form func(*token) string, unjoined bool) bool {
	if len(p.words) > len(toks) {
		return false
	}
	for j, w := range p.words {
		t := &toks[j]
		if !t.word || unjoined && j > 0 && t.joined || t.poss && j < len(p.words)-1 || form(t) != w {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isLetterOrDigit(r)
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// asciiWord tells the ASCII letters and digits, by byte.
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return t
}()

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

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
