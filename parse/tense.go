package parse

import "strings"

// tense is the time a sentence speaks of, relative to when it was written.
type tense int8

const (
	tenseUnknown tense = iota
	tensePast
	tensePresent
	tenseFuture
)

func (t tense) String() string {
	return [...]string{"unknown tense", "past tense", "present tense", "future tense"}[t]
}

// tenseWords are the verbs and auxiliaries that mark a sentence's tense.
// Past participles that announce a future ("expected", "scheduled") are
// listed as future so they win over the "-ed" rule below.
var tenseWords = map[string]tense{
	"will": tenseFuture, "shall": tenseFuture, "'ll": tenseFuture, "wo": tenseFuture,
	"expected": tenseFuture, "scheduled": tenseFuture, "planning": tenseFuture,
	"slated": tenseFuture, "intends": tenseFuture, "upcoming": tenseFuture,
	"aims": tenseFuture, "prepares": tenseFuture, "should": tenseFuture, "must": tenseFuture,
	"can": tenseFuture, "may": tenseFuture, "payable": tenseFuture, "effective": tenseFuture,
	"expires": tenseFuture, "expire": tenseFuture, "until": tenseFuture, "through": tenseFuture,

	"said": tensePast, "was": tensePast, "were": tensePast, "had": tensePast,
	"did": tensePast, "told": tensePast, "met": tensePast, "came": tensePast,
	"went": tensePast, "began": tensePast, "took": tensePast, "made": tensePast,
	"gave": tensePast, "held": tensePast, "left": tensePast, "spoke": tensePast,
	"wrote": tensePast, "sent": tensePast, "won": tensePast, "lost": tensePast,
	"fell": tensePast, "rose": tensePast, "saw": tensePast, "got": tensePast,
	"ago": tensePast, "has": tensePast, "have": tensePast, "been": tensePast,

	"is": tensePresent, "are": tensePresent, "says": tensePresent, "say": tensePresent,
	"am": tensePresent,
}

// notPast are "-ed" words that are not past-tense verbs.
var notPast = map[string]bool{
	"red": true, "bed": true, "need": true, "speed": true, "seed": true, "feed": true,
	"united": true, "indeed": true, "proceed": true, "hundred": true, "armed": true,
	"based": true, "related": true, "alleged": true, "so-called": true, "limited": true,
	"detailed": true, "advanced": true, "senior": true, "concerned": true,
}

// tenseAt returns the tense that governs the token at index at in toks
// within the sentence toks[from:to]: the tense marker nearest to it wins,
// with future markers breaking ties because they are the rarer signal in
// news prose.
func tenseAt(text string, toks []token, from, to, at int) tense {
	best, bestDist := tenseUnknown, 1<<30
	for i := from; i < to; i++ {
		t := &toks[i]
		if t.kind != tWord || i == at {
			continue
		}
		tn := wordTense(text[t.start:t.end], t)
		if tn == tenseUnknown || tn == tensePast && i > from && passiveAux(text, &toks[i-1]) {
			// "must be returned": the participle says nothing of the
			// time; the auxiliary before it does.
			continue
		}
		d := i - at
		if d < 0 {
			d = -d
		}
		if d < bestDist || d == bestDist && tn == tenseFuture {
			best, bestDist = tn, d
		}
	}
	return best
}

// passiveAux reports whether t is a form of "be" that makes the
// participle after it passive.
func passiveAux(text string, t *token) bool {
	switch lowerASCII(text[t.start:t.end]) {
	case "be", "been", "being":
		return true
	}
	return false
}

func wordTense(s string, t *token) tense {
	if t.w != nil {
		if tn, ok := tenseWords[t.w.text]; ok {
			return tn
		}
	}
	if len(s) < 5 || !strings.HasSuffix(s, "ed") || t.upper {
		if len(s) < 10 {
			if tn, ok := tenseWords[strings.ToLower(s)]; ok {
				return tn
			}
		}
		return tenseUnknown
	}
	if notPast[strings.ToLower(s)] {
		return tenseUnknown
	}
	if tn, ok := tenseWords[strings.ToLower(s)]; ok {
		return tn
	}
	return tensePast
}
