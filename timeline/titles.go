package timeline

import (
	"strings"
	"unicode/utf8"
)

// titleForms maps the abbreviations and variants of a title to one form,
// so that "Gov." and "governor", "premier" and "prime minister" compare
// equal.
var titleForms = map[string]string{
	"gov": "governor", "sen": "senator", "gen": "general", "rep": "representative", "adm": "admiral",
	"col": "colonel", "lt": "lieutenant", "capt": "captain", "sgt": "sergeant", "prof": "professor",
	"rev": "reverend", "reverend": "reverend", "premier": "prime minister", "chairwoman": "chairman", "chair": "chairman",
	"spokeswoman": "spokesman", "spokesperson": "spokesman", "congresswoman": "congressman",
	"mrs": "ms", "miss": "ms", "doctor": "dr", "lt gen": "lieutenant general", "maj gen": "major general",
	"vice-president": "vice president", "advisor": "adviser", "ceo": "chief executive",
	"chief executive officer": "chief executive", "president and chief executive": "chief executive",
}

// honorifics say nothing of a person's office: "Mr. Bush" may be any
// Bush, but not a Mrs. Bush.
var honorifics = map[string]bool{"mr": true, "ms": true, "dr": true, "sir": true, "lady": true, "lord": true}

// regnalTitles come before a given name, not a surname: "King Hussein"
// is not a Hussein by family name, and "Prince Charles" no Charles.
var regnalTitles = map[string]bool{"king": true, "queen": true, "prince": true, "princess": true, "crown prince": true,
	"emir": true, "sultan": true, "sheikh": true, "pope": true, "emperor": true, "empress": true}

// partialFits returns how a partial name fits a full one, as words: by
// its surname, or by its given name under a regnal title.
func partialFits(m *Mention) func(words []string) bool {
	word := lastWord(m.Name)
	for _, t := range m.Titles {
		if regnalTitles[t] {
			return func(words []string) bool { return words[0] == word }
		}
	}
	return func(words []string) bool { return words[len(words)-1] == word }
}

// normTitle returns the form of a title that titles are compared by:
// lower case, without periods or "former".
func normTitle(t string) string {
	if !isNormTitle(t) {
		t = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(t)), "former ")
		t = strings.TrimSpace(strings.ReplaceAll(t, ".", " "))
		t = strings.Join(strings.Fields(t), " ")
	}
	if f, ok := titleForms[t]; ok {
		return f
	}
	return t
}

// isNormTitle reports whether a title is written as normTitle writes it,
// before its variants are folded: lower-case ASCII words without periods,
// single spaces between them, not "former".
func isNormTitle(t string) bool {
	if t == "" || t[0] == ' ' || t[len(t)-1] == ' ' || strings.HasPrefix(t, "former ") {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '.', c == ' ' && t[i-1] == ' ', c != ' ' && isSpace(rune(c)):
			return false
		}
	}
	return true
}

// titlesAgree reports whether a title given with a surname fits a person
// given the titles ts: no title, an honorific that is not of the other
// sex, or one of the person's titles. "King Hussein" is not "President
// Saddam Hussein", nor "President Bush" "Gov. Jeb Bush".
func titlesAgree(title string, ts []string) bool {
	if title == "" || len(ts) == 0 {
		return true
	}
	for _, t := range ts {
		if t == title {
			return true
		}
	}
	if honorifics[title] {
		for _, t := range ts {
			if title == "mr" && t == "ms" || title == "ms" && t == "mr" {
				return false
			}
		}
		return true
	}
	for _, t := range ts {
		if !honorifics[t] {
			return false
		}
	}
	return true
}

// titledName names a person by the title written before a surname the
// text gives no fuller name for ("King Hussein", "Gov. Hickel"): title
// is its compared form. Under an honorific, the surname alone names them.
func titledName(written, title, surname string) string {
	written = strings.TrimSpace(written)
	if written == "" || title == "" || honorifics[title] {
		return surname
	}
	return strings.ToUpper(written[:1]) + written[1:] + " " + surname
}
