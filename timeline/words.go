package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark of a sentence, as the actor finder
// sees it.
type token struct {
	text  string // as written; a possessive "’s" removed
	word  bool   // letters or digits, not punctuation
	upper bool   // starts with a capital letter
	poss  bool   // was followed by a possessive: "Russia’s", "the U.S.'"
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
	out := make([]token, 0, len(s)/4+1)
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
		if j < len(s) && s[j] == '.' && (strings.Contains(w, ".") || abbreviations[w+"."] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r)) {
			w += "."
			j++
		}
		out = append(out, splitWord(w)...)
		i = j
	}
	return out
}

// splitWord makes tokens of one word: the possessive removed, and
// hyphenated compounds on a country split.
func splitWord(w string) []token {
	poss := false
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w, poss = strings.TrimSuffix(w, suf), true
			break
		}
	}
	if head, tail, ok := strings.Cut(w, "-"); ok && head != "" {
		if _, known := gazette.phrases[w]; !known {
			if e, known := gazette.phrases[head]; known && e.class != classNotName && e.class != classMedia {
				out := []token{newToken(head, false)}
				if _, known := gazette.phrases[tail]; known {
					t := newToken(tail, poss)
					t.joined = true
					out = append(out, t)
				}
				return out
			}
		}
	}
	return []token{newToken(w, poss)}
}

func newToken(w string, poss bool) token {
	r, _ := utf8.DecodeRuneInString(w)
	return token{text: w, word: true, upper: unicode.IsUpper(r), poss: poss}
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
