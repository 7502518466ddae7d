package timeline

import (
	"strings"

	"dateline/parse"
)

// Classes of the words that end a name (data/namewords.tsv) that make it
// an organisation's.
const (
	wordCompany      = "company"      // a legal suffix: Inc, Corp, Ltd
	wordOrganisation = "organisation" // Bank, Exchange, Council
)

// maxCompanyTokens bounds the name of a firm, in tokens.
const maxCompanyTokens = 10

// isOrgWord reports whether a word ends the name of an organisation.
func isOrgWord(w string) bool {
	c := gazette.nameWords[w]
	return c == wordCompany || c == wordOrganisation
}

// company handles the name of a firm or body at token i: capitalised
// words in any case ("AEP INDUSTRIES"), whatever the gazetteers say of
// them ("Texas Eastern Corp", "American Express Co", "Paris Stock
// Exchange"), joined by "&", by "of" after an organisation word ("Bank of
// America Corp") or by "and" after one ("Savings and Loan Association"),
// up to the last word that names an organisation: a legal suffix (Inc,
// Corp, Co, Ltd…) or a word such as Bank, Exchange, Airlines. A
// possessive belongs to the name only before a suffix ("Shoney's Inc").
// A suffix alone names nothing. It returns the tokens used, 0 if none.
func (p *mentionParser) company(i int) int {
	if p.heading || !p.toks[i].upper {
		return 0
	}
	// endBeforeAnd is where the name ended before an "and": "Kingsbridge
	// Capital Group and Cara Operations Ltd" are two firms.
	end, endBeforeAnd, inOf := -1, -1, false
scan:
	for j := i; j < len(p.toks) && j < i+maxCompanyTokens; j++ {
		t := p.toks[j]
		next := j+1 < len(p.toks) && p.toks[j+1].word && p.toks[j+1].upper
		switch {
		case t.word && t.upper:
		case j > i && next && (t.text == "&" ||
			t.text == "of" && isOrgWord(p.toks[j-1].text) ||
			t.text == "and" && gazette.nameWords[p.toks[j-1].text] == wordOrganisation):
			inOf = inOf || t.text == "of"
			if t.text == "and" && endBeforeAnd < 0 {
				endBeforeAnd = max(end, 0)
			}
			continue
		default:
			break scan
		}
		if j > i && isOrgWord(t.text) || inOf {
			end = j
		}
		if t.poss && (j+1 >= len(p.toks) || gazette.nameWords[p.toks[j+1].text] != wordCompany) {
			break
		}
	}
	if endBeforeAnd > i && gazette.nameWords[p.toks[end].text] == wordCompany {
		end = endBeforeAnd
	}
	if end < 0 || !p.nameStart(i) {
		return 0
	}
	n := end - i + 1
	if _, g := p.phraseAt(i); g >= n {
		return 0 // a known organisation or country, under its own name
	}
	name := p.companyName(i, n)
	p.out = append(p.out, found{Mention: Mention{Name: name, Kind: KindOrganisation}, form: name})
	p.modifier = -1
	return n
}

// nameStart reports whether token i may open a name: a capitalised word
// that is no function word, title or ordinary word opening the sentence.
func (p *mentionParser) nameStart(i int) bool {
	t := p.toks[i]
	return t.word && t.upper && !t.joined && !parse.IsStopword(t.lower) &&
		p.titleAt(i) == 0 && !p.ordinaryOpening(i)
}

// companyName writes the n tokens at i as a firm's name: words spaced,
// "&" too, a possessive kept ("Shoney's Inc").
func (p *mentionParser) companyName(i, n int) string {
	var b strings.Builder
	for k := i; k < i+n; k++ {
		t := p.toks[k]
		switch {
		case k > i && t.joined:
			b.WriteByte('-')
		case k > i:
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		if t.poss && k < i+n-1 {
			b.WriteString("'s")
		}
	}
	return b.String()
}
