package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cues count what the text around a name says of what it names: a
// person (a title, a given name, an age, "said he"; or a "he" that
// refers back to it) or an organisation ("its shares", "said it", "a
// maker of").
type cues struct{ person, pronoun, org int }

func (c *cues) add(o cues) { c.person += o.person; c.pronoun += o.pronoun; c.org += o.org }

// kind is what the cues make of a name: an organisation when they say so
// more than they say person, a person when something says so, and
// otherwise unknown, rather than a guess. A pronoun referring back is the
// weakest cue, as "he" may be someone else the text did not name: it
// counts only when nothing says organisation.
func (c cues) kind() string {
	switch {
	case c.org > c.person:
		return KindOrganisation
	case c.person > 0 || c.pronoun > 0 && c.org == 0:
		return KindPerson
	}
	return KindUnknown
}

// titleCue is what a title before a name weighs: more than a given name
// or one remark about shares.
const titleCue = 2

// firmNouns after a name or its possessive are said of firms: "Unisys
// shares", "Anheuser's earnings".
var firmNouns = wordSet(`shares share stock stocks stake earnings profit profits revenue revenues sales
	shareholders stockholders holders board directors subsidiary subsidiaries unit units division divisions
	plant plants products executives employees management dividend dividends quarterly fiscal chairman
	operations businesses customers stores brand brands headquarters bonds debentures`)

// firmNounsBefore, followed by "of", "in" or "for", say the same of the
// name after them: "shares of Unisys", "a stake in Intel".
var firmNounsBefore = wordSet(`shares share stock stake unit subsidiary division acquisition takeover
	holders chairman parent owner`)

// firmHeads and personHeads, heading an appositive, say what a name is:
// "Sun, a maker of workstations, …", "Scott McNealy, Sun's chief
// executive, …".
var firmHeads = wordSet(`company maker firm concern producer manufacturer retailer bank carrier airline
	insurer utility subsidiary unit group chain developer publisher supplier operator provider distributor
	conglomerate lender thrift broker brokerage partnership fund network corporation agency`)

var personHeads = wordSet(`spokesman spokeswoman analyst economist lawyer attorney president chairman
	chairwoman executive officer director official minister secretary leader professor author founder
	candidate senator governor mayor widow wife husband son daughter father mother brother sister uncle
	aunt cousin boy girl man woman resident member manager partner student teacher doctor`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nameCues are what a name says of itself, once however often it is
// written: a given name or a middle initial ("John C. Marous") is a
// person's.
func nameCues(words []string) cues {
	var c cues
	if len(words) > 1 && gazette.givenNames[words[0]] {
		c.person++
	}
	for _, w := range words[1 : len(words)-1] {
		if isInitial(w) {
			c.person++
			break
		}
	}
	return c
}

// context returns the cues around the name of n tokens at i: what the
// words before and after it say.
func (p *mentionParser) context(i, n int) cues {
	var c cues
	if i >= 2 && (p.toks[i-1].text == "of" || p.toks[i-1].text == "in" || p.toks[i-1].text == "for") && firmNounsBefore[p.toks[i-2].lower] {
		c.org++
	}
	j := i + n
	if j >= len(p.toks) {
		return c
	}
	next := p.toks[j]
	switch {
	case firmNouns[next.text]:
		c.org++
	case speechVerbs[next.text]:
		c.add(p.speaker(j + 1))
	case next.text == ",":
		c.add(p.appositive(j+1, n == 1 && p.startsSentence(i)))
	}
	return c
}

// speaker reads the words after a speech verb that follows a name, up to
// a few words on ("said on Tuesday it would …"): "it" says the name is a
// firm's, "he" or "she" a person's.
func (p *mentionParser) speaker(j int) cues {
	for k := j; k < len(p.toks) && k < j+4; k++ {
		switch p.toks[k].text {
		case "it", "its":
			return cues{org: 1}
		case "he", "she", "his", "her":
			return cues{person: 1}
		}
		if !p.toks[k].word {
			break
		}
	}
	return cues{}
}

// appositive reads what follows a name and a comma: an age ("Smith, 52,")
// or a noun phrase whose head says person or firm ("a maker of …", "the
// company's chairman"); the first head word decides, a possessive being
// only its modifier. After a lone word opening the sentence, only an age
// counts: the word is most often an adverb ("Nonetheless, the company
// …").
func (p *mentionParser) appositive(j int, opening bool) cues {
	if j+1 < len(p.toks) && isNumber(p.toks[j].text) && p.toks[j+1].text == "," {
		return cues{person: 1}
	}
	if opening {
		return cues{}
	}
	for k := j; k < len(p.toks) && k < j+6; k++ {
		t := p.toks[k]
		if !t.word {
			break
		}
		w := t.lower
		switch {
		case t.poss:
		case personHeads[w]:
			return cues{person: 1}
		case firmHeads[w]:
			return cues{org: 1}
		}
	}
	return cues{}
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// numberWords are the words of spelled numbers: "Seventy-five",
// "Hundreds", "Dozens" open sentences but name nobody.
var numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve thirteen
	fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
	ninety hundred hundreds thousand thousands million millions billion billions dozen dozens score scores`)

// numberSketch sketches the numberWords.
var numberSketch = func() wordSketch {
	s := newWordSketch(10)
	for w := range numberWords {
		s.add(w)
	}
	return s
}()

// isNumberWord reports whether a word is a spelled number.
func isNumberWord(w string) bool {
	var buf [16]byte
	for {
		part, rest, more := strings.Cut(w, "-")
		if part != "" && isASCII(part) && !numberSketch.mayHoldLower(part) {
			return false // most words: no need to look them up
		}
		if !numberWords[string(appendLower(buf[:0], part))] {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

// articleWords is what the whole article tells of its capitalised words:
// which it also writes in lower case, and which it capitalises inside a
// sentence. A word capitalised only at the start of sentences and written
// in lower case elsewhere ("Analysts said …", "… analysts expect") is an
// ordinary word.
type articleWords struct {
	lower, inner map[string]bool
}

func newArticleWords(sentences [][]token) *articleWords {
	aw := &articleWords{lower: map[string]bool{}, inner: map[string]bool{}}
	// Only the words that open sentences matter: they are few, and a
	// sketch of them passes over most other words without a lookup.
	openers := map[string]bool{}
	sketch := newWordSketch(10)
	for _, toks := range sentences {
		for i := range toks {
			if t := &toks[i]; t.word {
				if t.upper {
					openers[t.text] = true
					openers[t.lower] = true
					sketch.add(t.text)
					sketch.add(t.lower)
				}
				break
			}
		}
	}
	for _, toks := range sentences {
		opening := true
		for i := range toks {
			t := &toks[i]
			if !t.word {
				continue
			}
			switch {
			case !sketch.mayHold(t.text) || !openers[t.text]:
			case !t.upper:
				aw.lower[t.text] = true
			case !opening:
				aw.inner[t.text] = true
			}
			opening = false
		}
	}
	return aw
}

// ordinaryOpening reports whether token i opens the sentence with an
// ordinary word rather than a name: one the article writes in lower case
// and never capitalises inside a sentence, an adverb ("Actually"), or a
// number ("Seventy-five"); a given name is never one.
func (p *mentionParser) ordinaryOpening(i int) bool {
	w := p.toks[i].text
	if !p.startsSentence(i) || gazette.givenNames[w] {
		return false
	}
	l := strings.ToLower(w)
	if p.words != nil && p.words.lower[l] && !p.words.inner[w] {
		return true
	}
	adverb := strings.HasSuffix(l, "ly") && utf8.RuneCountInString(l) > 4 && i+1 < len(p.toks) && p.toks[i+1].text == ","
	return adverb || isNumberWord(w)
}
