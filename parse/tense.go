package parse

import (
	"sort"
	"strings"
)

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
	"will": tenseFuture, "shall": tenseFuture, "ll": tenseFuture, "wo": tenseFuture,
	"expected": tenseFuture, "scheduled": tenseFuture, "planning": tenseFuture,
	"slated": tenseFuture, "intends": tenseFuture, "upcoming": tenseFuture,
	"aims": tenseFuture, "prepares": tenseFuture, "should": tenseFuture, "must": tenseFuture,
	"can": tenseFuture, "may": tenseFuture, "payable": tenseFuture, "effective": tenseFuture,
	"soon": tenseFuture, "would": tenseFuture, "expect": tenseFuture, "expects": tenseFuture,
	"anticipate": tenseFuture, "anticipates": tenseFuture, "could": tenseFuture, "might": tenseFuture,

	"said": tensePast, "was": tensePast, "were": tensePast, "had": tensePast,
	"did": tensePast, "ago": tensePast, "has": tensePast, "have": tensePast, "been": tensePast,
	"agreed": tensePast, "freed": tensePast, "guaranteed": tensePast, "having": tensePast,
	"died": tensePast, "tied": tensePast, "owed": tensePast, "eyed": tensePast,

	"is": tensePresent, "are": tensePresent, "says": tensePresent, "say": tensePresent,
	"am": tensePresent,
	// Verbs of scheduled events in the present tense: "the trial begins
	// in April", "the law takes effect in July".
	"begins": tensePresent, "starts": tensePresent, "opens": tensePresent, "closes": tensePresent,
	"resumes": tensePresent, "expires": tensePresent, "takes": tensePresent, "meets": tensePresent,
	"convenes": tensePresent, "arrives": tensePresent, "travels": tensePresent, "hosts": tensePresent,
	"goes": tensePresent, "comes": tensePresent, "launches": tensePresent, "heads": tensePresent,
	"kicks": tensePresent, "faces": tensePresent, "unveils": tensePresent, "ends": tensePresent,
	"reopens": tensePresent, "returns": tensePresent, "lasts": tensePresent, "runs": tensePresent,
	"premieres": tensePresent, "debuts": tensePresent, "airs": tensePresent, "holds": tensePresent,
	"concludes": tensePresent, "plays": tensePresent, "visits": tensePresent, "departs": tensePresent,
	"follows": tensePresent, "finishes": tensePresent, "continues": tensePresent,
	"publishes": tensePresent, "testifies": tensePresent, "speaks": tensePresent,
	"delivers": tensePresent, "reconvenes": tensePresent, "adjourns": tensePresent,
	"sits": tensePresent, "falls": tensePresent, "votes": tensePresent, "decides": tensePresent,
	"leaves": tensePresent, "flies": tensePresent,
	"announces": tensePresent, "hears": tensePresent, "wraps": tensePresent, "culminates": tensePresent,
}

// irregularPast are the common irregular past-tense verbs of news prose.
var irregularPast = strings.Fields(`arose ate beat became began bent bet bit bled blew broke brought built
	burned burnt bought caught chose came cost crept cut dealt dug dove drew drank drove
	fed felt fought found fled flew forbade forgot forgave froze got gave went grew hung
	heard hid hit held hurt kept knelt knew laid led leapt left lent let lay lit lost made
	meant met paid put quit read rode rang rose ran saw sought sold sent set shook shot
	showed shut sang sank sat slept slid spoke spent spun split spread sprang stood stole
	stuck stung struck swore swept swam swung took taught tore told thought threw understood
	woke wore wove wept won wound withdrew wrote overtook undertook upheld withheld
	fell befell bore bred clung flung misled overcame overran overthrew rebuilt shone
	shrank sped strode strove underwent undid foresaw mistook oversaw withstood beheld
	forecast broadcast`)

// irregularPastSet holds the words of irregularPast.
var irregularPastSet = map[string]bool{}

func init() {
	for _, w := range irregularPast {
		irregularPastSet[w] = true
		if _, ok := tenseWords[w]; !ok {
			tenseWords[w] = tensePast
		}
	}
	for _, words := range []map[string]bool{futureBeforeTo, notPast, pluralPresent} {
		for w := range words {
			listedShapes.add(w)
		}
	}
	for w := range datedFor {
		listedShapes.add(w)
	}
	for w := range pluralPresentBefore {
		listedShapes.add(w)
	}
	for w := range purposeParticiples {
		listedShapes.add(w)
	}
	for w := range tenseWords {
		listedShapes.add(w)
	}
}

// listedShapes are the shapes of the words of the lists here: most words
// of a sentence are none of them, and are told so without a lookup.
var listedShapes shapeTable

// futureBeforeTo are words that announce a future when "to" follows:
// "plans to", "is set to resume", "was due to arrive".
var futureBeforeTo = map[string]bool{
	"plan": true, "plans": true, "planned": true, "set": true, "due": true, "going": true,
	"about": true, "intends": true, "intended": true, "hopes": true, "hoped": true,
	"hope": true, "intend": true, "aim": true, "want": true, "seek": true, "seeks": true,
	"aims": true, "aimed": true, "wants": true, "wanted": true, "agreed": true,
	"promised": true, "vowed": true, "pledged": true, "pledges": true, "vows": true, "promises": true,
	"voted": true, "decided": true, "opted": true, "chose": true, "resolved": true, "threatened": true, "prepared": true, "ready": true,
	"supposed": true, "is": true, "are": true, "likely": true, "unlikely": true,
	"scheduled": true, "expected": true, "slated": true, "forecast": true,
	"projected": true, "predicted": true, "poised": true, "bound": true,
}

// datedFor are words that fix a date ahead when one of the prepositions
// listed with them follows: "set for Sunday", "due in October", "due
// out on Tuesday".
// "Set" and "planned" only before "for": "a record set on Aug. 6" is past.
var datedFor = map[string]string{
	"due": "in on by for at out back", "set": "for", "scheduled": "for on in at",
	"slated": "for on in", "planned": "for", "predicted": "for", "forecast": "for",
}

// rescheduled are the verbs that move an event to a new date, which lies
// ahead even when told in the past: "the summit was postponed to
// September", "the hearing was moved to Friday".
var rescheduled = map[string]bool{
	"postponed": true, "delayed": true, "moved": true, "pushed": true, "deferred": true,
	"rescheduled": true, "adjourned": true, "brought": true, "put": true, "shifted": true,
	"extended": true, "slipped": true, "slips": true, "slip": true,
}

// pluralPresent are verbs of scheduled events in the present plural:
// "talks resume Monday", "voters go to the polls on Sunday".
var pluralPresent = map[string]bool{
	"begin": true, "resume": true, "meet": true, "go": true, "come": true,
	"arrive": true, "travel": true, "gather": true, "convene": true, "expire": true,
	"open": true, "start": true, "return": true, "reconvene": true, "vote": true, "face": true,
	"host": true, "play": true, "visit": true, "welcome": true, "close": true, "reopen": true,
	"launch": true, "continue": true, "follow": true, "finish": true, "speak": true,
	"testify": true, "depart": true, "remain": true, "stay": true,
	"perform": true, "compete": true, "clash": true,
}

// pluralPresentBefore are verbs that are also common nouns ("the head of
// the agency", "a hold on the bill"), counted as present plurals only
// before one of the words listed with them: "voters head to the polls".
var pluralPresentBefore = map[string]string{
	"head": "to for into home back", "kick": "off", "hold": "talks a their",
	"tee": "off", "square": "off", "tip": "off",
	// "the new rules take effect on Monday", "they take on Arsenal on
	// Saturday"
	"take": "effect place on",
	// "buses run every 30 minutes from 6 a.m. to 8 p.m. on Saturday";
	// not "a home run on Sunday".
	"run": "from until till through every daily hourly",
	"end": "on at today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday",
	// "unions plan a strike on Monday", "they gathered on Saturday and
	// plan another on Tuesday": an intention, present, of what is ahead.
	"plan": "a an another the more further new fresh", "plans": "a an another the more further new fresh",
	"want": "a an another the more further new fresh", "wants": "a an another the more further new fresh",
	// "the exchange remains shut on Friday": a state now and ahead
	// (not "the remains of the dead").
	"remains": "closed shut open suspended in on off", "stays": "closed shut open suspended in on off",
}

// imperatives are verbs that open a sentence as a request, which looks
// ahead ("Ask me on Monday", "Join us on Saturday") when a word that
// can only be their object or particle follows: "Book sales fell" is a
// noun.
var imperatives = map[string]bool{
	"ask": true, "call": true, "join": true, "visit": true, "register": true, "book": true,
	"bring": true, "email": true, "contact": true, "send": true, "watch": true, "tune": true,
	"remember": true, "check": true, "come": true, "meet": true, "look": true, "listen": true,
	"phone": true, "write": true, "sign": true, "pick": true, "drop": true, "see": true,
	"let": true, "catch": true, "grab": true,
}

// imperativeObjects are the words after which a sentence-opening verb of
// imperatives is a request.
var imperativeObjects = map[string]bool{
	"me": true, "us": true, "him": true, "her": true, "them": true, "it": true, "you": true,
	"your": true, "the": true, "a": true, "an": true, "our": true, "this": true, "back": true,
	"in": true, "up": true, "out": true, "by": true, "along": true, "early": true,
}

// imperativeAt reports whether the sentence toks[from:to] opens with a
// request ("Ask me on Monday", "Please call us on Friday"), returning the
// verb's token.
func imperativeAt(text string, toks []token, from, to int) (int, bool) {
	i := from
	for i < to && toks[i].kind == tPunct {
		i++ // an opening quote
	}
	if i+1 < to && toks[i].is(text, "please") {
		i++
	}
	var buf [16]byte // no copy of each sentence's first word
	if i+1 >= to || toks[i].kind != tWord || !imperatives[string(appendLower(buf[:0], text[toks[i].start:toks[i].end]))] {
		return 0, false
	}
	return i, imperativeObjects[string(appendLower(buf[:0], text[toks[i+1].start:toks[i+1].end]))]
}

// nounVerbAt reports whether w, the word at i, is a verb of
// pluralPresentBefore used as one.
func nounVerbAt(text string, toks []token, w string, i, to int) bool {
	next, ok := pluralPresentBefore[w]
	return ok && i+1 < to && hasWord(next, toks[i+1].lower(text))
}

// contractedTense returns the tense of the contracted auxiliary at token
// i, after its apostrophe: "'re" and "'m" are present, "'ve" a perfect,
// "'d" "had" before a participle ("I'd been", "she'd left") and "would"
// otherwise ("I'd be back in January").
func contractedTense(text string, toks []token, i, to int) tense {
	switch t := &toks[i]; {
	case t.is(text, "re"), t.is(text, "m"):
		return tensePresent
	case t.is(text, "ve"):
		return tensePast
	case t.is(text, "d"):
		if i+1 < to && (pastForm([]byte(toks[i+1].lower(text))) || toks[i+1].is(text, "been")) {
			return tensePast
		}
		return tenseFuture
	}
	return tenseUnknown
}

// prevWord returns the index of the token before i in the sentence that
// starts at from, past quotation marks ("would "have more to say""), or
// -1.
func prevWord(toks []token, from, i int) int {
	for k := i - 1; k >= from; k-- {
		if !isQuote(&toks[k]) {
			return k
		}
	}
	return -1
}

// perfectAux make the verb after them a participle: "prices have come
// down", "the bill has run into trouble".
var perfectAux = map[string]bool{"have": true, "has": true, "had": true, "'ve": true}

// presentPerfectAux are those of perfectAux that make a present perfect.
var presentPerfectAux = wordSet("has have 've")

// bareVerbBefore are the words after which a verb is bare, its tense
// given by them: "to meet", "did not meet", "will meet"; after "get" a
// verb spelt as its past is a participle ("getting beat up").
var bareVerbBefore = map[string]bool{
	"get": true, "gets": true, "getting": true, "got": true,
	"to": true, "not": true, "n't": true, "never": true, "did": true, "do": true,
	"does": true, "will": true, "would": true, "could": true, "should": true,
	"can": true, "may": true, "might": true, "must": true, "shall": true, "ll": true,
	"cannot": true, "let": true, "help": true, "and": true, "or": true,
}

// copulas are the verbs after which a participle says how something is:
// "markets will remain shut on Wednesday".
var copulas = map[string]bool{
	"remain": true, "remains": true, "stay": true, "stays": true, "seem": true, "seems": true,
	"become": true, "becomes": true, "keep": true, "keeps": true,
	"remained": true, "stayed": true, "seemed": true, "became": true, "kept": true,
}

// futureAux are the auxiliaries of the future, whose perfect looks ahead
// too: "will have finished by Friday".
var futureAux = map[string]bool{"will": true, "ll": true, "shall": true}

// modals are the auxiliaries of possibility and duty, which look ahead
// unless "have" follows ("could have", "should not have").
var modals = map[string]bool{
	"could": true, "might": true, "would": true, "may": true, "should": true, "must": true,
}

// modalPerfect reports what follows the modal at token i: 1 for "have"
// (maybe after "not"); -1 for "could" with "not", or with a passive
// ("could not say", "could be reached" are as often a past inability as
// a future one); 0 otherwise.
func modalPerfect(text string, toks []token, i, to int) int {
	j := i + 1
	negated := false
	if j < to {
		if w := toks[j].lower(text); w == "not" || w == "n't" {
			j++
			negated = true
		}
	}
	if j < to && toks[j].lower(text) == "have" {
		if possessionAt(text, toks, j, to) {
			return 0 // "could have a scan", "would have to wait": ahead or unknown
		}
		return 1
	}
	if toks[i].lower(text) != "could" {
		return 0
	}
	if negated || j+1 < to && toks[j].lower(text) == "be" && strings.HasSuffix(toks[j+1].lower(text), "ed") {
		return -1 // "could not say", "could be reached": as often past as ahead
	}
	return 0
}

// possessionAt reports whether "have" at token i is the verb of owning
// or of obligation, a determiner, "to" or "until" after it, not the
// auxiliary of a perfect.
func possessionAt(text string, toks []token, i, to int) bool {
	if i+1 >= to {
		return false
	}
	w := toks[i+1].lower(text)
	// "have until Friday to respond": time left before a deadline.
	return w == "to" || w == "until" || w == "till" || determiners[w]
}

// sameAsBase are the past-tense verbs spelt as their bare form: "cut"
// is past in "he cut jobs", bare in "he will cut jobs".
var sameAsBase = map[string]bool{
	"beat": true, "bet": true, "cost": true, "cut": true, "hit": true, "hurt": true, "let": true, "put": true,
	"quit": true, "read": true, "set": true, "shut": true, "split": true, "spread": true,
	"forecast": true, "broadcast": true,
}

// notPast are "-ed" words that are not past-tense verbs.
var notPast = map[string]bool{
	"red": true, "bed": true, "need": true, "speed": true, "seed": true, "feed": true,
	"united": true, "indeed": true, "proceed": true, "hundred": true, "armed": true,
	"based": true, "related": true, "alleged": true, "so-called": true, "limited": true,
	"detailed": true, "advanced": true, "senior": true, "concerned": true,
}

// purposeParticiples are "-ed" words that describe a noun, never tell
// of the past, before the word listed with them: "time slots designed to
// prevent a crush", "measures aimed at curbing prices".
var purposeParticiples = map[string]string{"designed": "to", "aimed": "at"}

// purposeParticiple reports whether the word at token i, lw lower-cased,
// is one of purposeParticiples after a noun, before its word.
func purposeParticiple(text string, toks []token, lw []byte, from, i, to int) bool {
	after, ok := purposeParticiples[string(lw)]
	return ok && i > from && i+1 < to && toks[i+1].is(text, after) && toks[i-1].kind == tWord && !toks[i-1].upper && !inSet(text, &toks[i-1], determiners)
}

// marker is a word that marks the tense of its sentence.
type marker struct {
	tok   int
	tense tense
}

// tenseMarkers returns the tense markers of the sentence toks[from:to],
// appending them to out.
func tenseMarkers(text string, toks []token, from, to int, out []marker) []marker {
	n := len(out)
	if i, ok := imperativeAt(text, toks, from, to); ok {
		out = append(out, marker{i, tenseFuture})
	}
	out = sentenceMarkers(text, toks, from, to, out)
	if len(out) == n {
		if i, ok := infinitiveOnly(text, toks, from, to); ok {
			// "Jury selection to begin Monday": a headline's plan.
			out = append(out, marker{i, tenseFuture})
		}
	}
	return out
}

// infinitiveOnly returns the token of "to" before a bare verb right
// after the subject of a sentence that has no tense marker, as headlines
// write a plan ("Jury selection to begin Monday", "PM to visit Paris next
// week"); further on, "to" may say what an unlisted past verb was for.
func infinitiveOnly(text string, toks []token, from, to int) (int, bool) {
	for i := from + 1; i+1 < to && i <= from+infinitiveReach; i++ {
		if toks[i].kind != tWord || toks[i].lower(text) != "to" {
			continue
		}
		v := &toks[i+1]
		titled := v.upper && toks[i-1].upper // "Senate to Vote Tuesday on Budget"
		if v.kind != tWord || v.upper && !titled || v.cls != 0 || determiners[v.lower(text)] {
			return 0, false
		}
		return i, true
	}
	return 0, false
}

// infinitiveReach is how many words a headline's subject may have
// before its "to".
const infinitiveReach = 6

// sentenceMarkers returns the tense markers its words give the sentence
// toks[from:to], appending them to out.
func sentenceMarkers(text string, toks []token, from, to int, out []marker) []marker {
	var buf [32]byte
	own := len(out) // the markers of this sentence start here
	for i := from; i < to; i++ {
		t := &toks[i]
		if t.kind != tWord || t.upper && t.cls&cMonth != 0 && i > from {
			continue // "in May" is the month, not the modal
		}
		s := text[t.start:t.end]
		var lw []byte
		if listedShapes.has(s) {
			lw = appendLower(buf[:0], s)
		}
		tn := wordTense(s, lw, t)
		if string(lw) == "won" && i+2 < to && toks[i+1].glued && toks[i+2].glued && toks[i+2].lower(text) == "t" {
			tn = tenseFuture // "won't": "will not", not the past of "win"
		}
		if tn == tensePresent && i > from && toks[i-1].kind == tNumber && string(lw) == "am" {
			continue // "at 5:00 am": the morning, not the verb
		}
		if tn != tenseUnknown && hyphenAdjective(text, toks, from, i) {
			continue // "a wetter-than-expected October", "the long-awaited report"
		}
		if tn == tensePast && t.upper && i > from && irregularPastSet[string(lw)] {
			continue // "the Fed", "Rose", "Led Zeppelin": names, not verbs
		}
		if tn == tensePast && t.upper && string(lw) == "fed" && (i+1 >= to || toks[i+1].lower(text) != "up") {
			continue // "Fed to cut rates in June": the central bank, even first
		}
		if tn == tensePast && i > from && sameAsBase[string(lw)] {
			// "will cut jobs", "to set a date": the bare verb, its tense
			// given before it; not after "and" or "or", which may join
			// two pasts ("he cut jobs and set a date").
			if prev := toks[i-1].lower(text); bareVerbBefore[prev] && prev != "and" && prev != "or" {
				continue
			}
			if prev := toks[i-1].lower(text); (prev == "and" || prev == "or") && i-2 >= from && !toks[i-2].is(text, ",") && len(out) > own && out[len(out)-1].tense == tenseFuture {
				// "would retire 30 jets and cut capacity": the modal's
				// verb too (not after a comma, which may close its
				// clause: "had ruled that he must be returned, and set
				// Friday as the deadline").
				continue
			}
		}
		if tn == tensePast && i >= from+2 && toks[i-1].is(text, "have") && futureAux[toks[i-2].lower(text)] {
			continue // "will have finished the work by Friday": a future perfect
		}
		if p := prevWord(toks, from, i); tn == tensePast && string(lw) == "have" && p >= 0 && (modals[toks[p].lower(text)] || tenseWords[toks[p].lower(text)] == tenseFuture) {
			// "we'll have it under contract by Monday", "will have
			// finished by Friday": the modal's tense holds (past when
			// it makes a perfect of what did not happen, see
			// modalPerfect).
			continue
		}
		if tn == tensePast && (string(lw) == "have" || string(lw) == "has") && possessionAt(text, toks, i, to) {
			// "will have a scan on Monday", "has a hearing on Friday",
			// "have to leave by Friday": "have" owns or must, it makes
			// no perfect; after a modal or "to" the modal's tense holds.
			if i > from && bareVerbBefore[toks[i-1].lower(text)] {
				continue
			}
			tn = tensePresent
		}
		if tn == tenseFuture && modals[string(lw)] {
			if k := modalPerfect(text, toks, i, to); k > 0 {
				// "could have collapsed on Monday", "would have
				// turned 80 on Tuesday": a past that did not happen.
				tn = tensePast
			} else if k < 0 {
				continue // "could not say": past ability or future, unknown
			}
		}
		if tn == tensePresent && i > from && pluralNoun(text, toks, i) {
			continue // "by three runs", "its returns": a plural noun, not a verb
		}
		if tn == tensePresent && i > from && string(lw) == "say" && bareVerbBefore[toks[i-1].lower(text)] {
			continue // "would not say on Tuesday", "declined to say": bare, not present
		}
		if tn == tensePast && t.w == nil && withParticiple(text, toks, from, i) {
			continue // "with results returned to families by July": no past
		}
		if tn == tensePast && i > from && copulas[toks[i-1].lower(text)] {
			continue // "will remain shut", "stay closed": a state, not a past
		}
		if tn == tensePast && i >= from+2 && objectAfterModal(text, toks, i) {
			continue // "will present updated figures": the verb is "present"
		}
		if tn == tensePast && lw != nil && purposeParticiple(text, toks, lw, from, i, to) {
			continue // "time slots designed to prevent a repeat"
		}
		if tn == tensePast && i > from && i+1 < to && toks[i-1].is(text, ",") && toks[i+1].is(text, "by") && inSet(text, &toks[i], sequenceParticiples) {
			// "begins on October 2, followed by a revival from November
			// 6": what comes next in the clause's own time.
			continue
		}
		if tn == tensePast && adjectiveAt(text, toks, from, i) {
			continue // "a still unspecified date", "its preferred shares"
		}
		if tn == tensePast && len(out) > own && i-3 >= from && objectOfPreposition(text, toks, i-1) && inPredicate(text, toks, out[len(out)-1].tok, i) {
			continue // "will hear an appeal against the sentence handed to a man"
		}
		if tn == tensePast && len(out) > own && joinedToModal(text, toks, out[len(out)-1], i) {
			continue // "may experience gusty winds and scattered rains": a noun's adjective
		}
		if i+1 < to && lw != nil && futureBeforeTo[string(lw)] && strings.EqualFold(text[toks[i+1].start:toks[i+1].end], "to") {
			// "is set to resume" looks ahead; "had been due to expire"
			// and "was scheduled to" speak of a past plan.
			tn = tenseFuture
			if pastAuxBefore(text, toks, from, i) {
				tn = tensePast
			} else if pastForm(lw) && (i == from || !beForms[toks[i-1].lower(text)]) {
				// "On Monday she promised to resign": the promise is
				// past, what follows "to" ahead.
				out = append(out, marker{i, tensePast}, marker{i + 1, tenseFuture})
				continue
			}
		}
		if preps := datedForWord(lw); preps != "" && i+1 < to && (hasWord(preps, toks[i+1].lower(text)) || string(lw) == "due" && toks[i+1].cls&(cWeekday|cMonth) != 0) && (i == from || !determiners[toks[i-1].lower(text)]) {
			// "a vote is set for Sunday", "elections are due in
			// October": a date fixed ahead, unless "was" or "had" put
			// the plan in the past.
			tn = tenseFuture
			if pastAuxBefore(text, toks, from, i) {
				tn = tensePast
			}
		}
		if tn == tenseFuture && (string(lw) == "expected" || string(lw) == "anticipated") && (i+1 >= to || !toks[i+1].is(text, "to")) && i > from && toks[i-1].is(text, "had") {
			// "Analysts had expected fourth-quarter earnings of 84
			// cents": what they expected of a period now reported.
			tn = tensePast
		}
		if n := len(out); tn == tenseFuture && n > 0 && out[n-1].tense == tensePresent && out[n-1].tok >= i-2 && beForms[toks[out[n-1].tok].lower(text)] {
			// "Sunday's final round is expected to end": the "is" of a
			// plan is the plan's, not a present nearer the date.
			out[n-1].tense = tenseFuture
		}
		if lw != nil && (pluralPresent[string(lw)] || nounVerbAt(text, toks, string(lw), i, to)) {
			// "talks resume Monday": a present plural, unless "to",
			// "not" or a modal before it make it a bare verb whose
			// tense is theirs, or a form of "be" an adjective ("was
			// open").
			tn = tensePresent
			if i > from {
				if prev := toks[i-1].lower(text); (prev == "and" || prev == "or") && len(out) > own && out[len(out)-1].tense == tensePast && !toks[out[len(out)-1].tok].is(text, "did") {
					// "gathered on Saturday and plan another on
					// Tuesday": after a past, which gives a bare verb
					// no tense, the plural is present.
				} else if bareVerbBefore[prev] || determiners[prev] || perfectAux[prev] || beForms[prev] || copulas[prev] && pastForm([]byte(prev)) || prev == "was" || prev == "were" {
					tn = tenseUnknown
				} else if participlePreps[prev] || prev == "after" || prev == "before" || prev == "since" || prev == "until" {
					continue // "56 hours after launch": a noun
				}
			}
		}
		if tn == tensePast && i > from && t.w == nil && conditionalBefore(text, &toks[i-1]) {
			continue // "if approved in May, the law would…": a condition, not a past event
		}
		if tn == tenseUnknown && i > from && toks[i].glued && toks[i-1].lower(text) == "'" {
			tn = contractedTense(text, toks, i, to) // "we're", "I'd be back"
		}
		if tn == tenseUnknown && i > from && presentAfterCue(text, toks, i) {
			tn = tensePresent // "the festival, which returns in June"
		}
		if tn == tenseUnknown && i > from && passiveInfinitive(text, toks, from, i, to) {
			tn = tenseFuture // "a dividend to be paid on 8 August"
		}
		if tn == tenseUnknown || tn == tensePast && i > from && (passiveAux(text, &toks[i-1]) ||
			i > from+1 && adverbAt(text, &toks[i-1]) && (passiveAux(text, &toks[i-2]) || toks[i-2].is(text, ","))) {
			// "must be returned", "is usually held", "the festival,
			// usually held in": the participle says nothing of the
			// time; the auxiliary before it, if any, does.
			continue
		}
		out = append(out, marker{i, tn})
	}
	return out
}

// tenseAt returns the tense that governs the token at index at, given the
// markers of its sentence: the marker nearest to it wins, with future
// markers breaking ties because they are the rarer signal in news prose.
func tenseAt(text string, toks []token, markers []marker, at int) tense {
	// Markers are in token order: the nearest are either side of at.
	k := sort.Search(len(markers), func(k int) bool { return markers[k].tok >= at })
	after := k
	if after < len(markers) && markers[after].tok == at {
		after++
	}
	var before, next *marker
	if k > 0 {
		before = &markers[k-1]
	}
	if k > 1 && relativeClosed(text, toks, before.tok, markers[k-2].tok, at) {
		// "scheduled to report results for the quarter that ended June
		// 30, including several banks on Tuesday": the relative clause
		// ended at its comma; the verb before it governs what follows.
		before = &markers[k-2]
	}
	if after < len(markers) {
		next = &markers[after]
	}
	switch {
	case before == nil && next == nil:
		return tenseUnknown
	case before == nil && complementizerBetween(text, toks, at, next.tok):
		return tenseUnknown // "could not say on Tuesday whether talks would resume"
	case before == nil:
		if c := parentheticalParticiple(text, toks, next.tok); c > 0 && after+1 < len(markers) && markers[after+1].tok > c {
			// "The summer season, announced last autumn, opens on
			// April 24": the participle between commas tells of the
			// noun; the verb after it is the sentence's.
			return markers[after+1].tense
		}
		if c := adverbialClause(text, toks, at, next.tok); c > 0 && after+1 < len(markers) && markers[after+1].tok > c {
			// "On Tuesday, exactly 50 years after the dam gave way, she
			// will stand at the memorial": the clause between commas
			// tells of another time; the main verb after it dates
			// the day.
			return markers[after+1].tense
		}
		return next.tense
	case next == nil:
		return before.tense
	}
	if attribution(text, toks, at, next.tok) {
		// "The city will reopen its parks and beaches on Monday, the
		// mayor said": the saying tells when it was said, not the news.
		return before.tense
	}
	if timeClauseBetween(text, toks, at, next.tok) {
		// "will update its outlook again in early August, when the
		// season typically begins to peak": the clause tells of the
		// time, not when it is.
		return before.tense
	}
	if before.tense == tenseFuture && at-before.tok == 2 && toks[before.tok+1].is(text, "for") {
		// "highs of 41 predicted for Tuesday prompted warnings": the
		// date is the plan's, whatever verb follows.
		return tenseFuture
	}
	bb := clauseBreaks(text, toks, before.tok, at, true)
	if bb == 0 && before.tense == tensePast && subjectModifier(text, toks, before.tok) {
		// "economists surveyed by the department in December expect",
		// "those who had their jab in March will be invited": the date
		// is the modifier's, the main verb after it another time's.
		return before.tense
	}
	if bb == 0 && conjoinedAfter(text, toks, at, next.tok) {
		// "practised on Court 14 for two hours on Friday and is
		// scheduled to open on Monday": the date ends the first of two
		// joined clauses, however far its verb.
		return before.tense
	}
	if (bb == 0 || sayingBetween(text, toks, before.tok, at)) && complementizerBetween(text, toks, at, next.tok) {
		// "told a press conference in Dublin on Monday that he would be
		// canvassing": the clause "that" opens is what was said, the
		// date when it was said, however far the verb of saying; so too
		// after a participle of saying ("threatened a veto, saying on
		// Monday that the bill would…").
		return before.tense
	}
	db, dn := at-before.tok+bb, next.tok-at+clauseBreaks(text, toks, at, next.tok, false)
	switch {
	case db < dn:
		return before.tense
	case dn < db:
		return next.tense
	case next.tense == tenseFuture && !governs(text, toks, before.tok, at):
		return tenseFuture
	}
	return before.tense
}

// relativeClosed reports whether the marker at token v is the verb of a
// short relative clause after a noun ("the quarter that ended June 30")
// that a comma closes before token at; prev is the marker before v,
// which must not be the verb whose object the clause is ("said that").
func relativeClosed(text string, toks []token, v, prev, at int) bool {
	if v < 2 || prev >= v-2 {
		return false
	}
	if w := toks[v-1].lower(text); w != "that" && w != "which" && w != "who" {
		return false
	}
	if n := &toks[v-2]; n.kind != tWord || n.is(text, "and") {
		return false
	}
	for i := v + 1; i < at && i <= v+relativeReach; i++ {
		if toks[i].is(text, ",") {
			return true
		}
	}
	return false
}

// parentheticalParticiple returns the index of the comma closing a
// participle set off by commas at token v ("the season, announced last
// autumn, opens"), or 0 if v is none.
func parentheticalParticiple(text string, toks []token, v int) int {
	var buf [24]byte
	if v < 2 || !toks[v-1].is(text, ",") || !pastForm(appendLower(buf[:0], text[toks[v].start:toks[v].end])) {
		return 0
	}
	return closingComma(text, toks, v)
}

// closingComma returns the comma within relativeReach tokens after the
// verb at token v that closes its clause, or 0 when other punctuation
// comes first or none comes.
func closingComma(text string, toks []token, v int) int {
	for i := v + 1; i < len(toks) && i <= v+relativeReach; i++ {
		if toks[i].is(text, ",") {
			return i
		}
		if toks[i].kind == tPunct {
			return 0
		}
	}
	return 0
}

// withParticiple reports whether the past form at token i follows "with"
// and a short noun phrase, a participle that says how things will be or
// were ("with results returned to families by the end of July", "with
// the proceeds used to cut debt"), not a verb with its subject ("with
// which he paid").
func withParticiple(text string, toks []token, from, i int) bool {
	for k := i - 1; k >= from && k >= i-withReach; k-- {
		t := &toks[k]
		switch {
		case t.is(text, "with"):
			return k < i-1
		case t.kind != tWord || inSet(text, t, pronouns):
			return false
		}
	}
	return false
}

// withReach is how many words before its participle "with" may stand.
const withReach = 4

// pronouns may be the subject of a verb after "with": "with which he
// paid".
var pronouns = wordSet("i you he she it we they which who whom whose that this these those")

// adverbialClause returns the comma that closes a clause opened by a
// conjunction of time or cause after the date at token at and a comma,
// whose verb is at token v ("On Tuesday, 50 years after the dam gave
// way, …"), or 0 when v is not in such a clause.
func adverbialClause(text string, toks []token, at, v int) int {
	open := -1
	for i := at + 1; i < v; i++ {
		switch {
		case toks[i].is(text, ","):
			open = 0
		case open == 0 && inSet(text, &toks[i], adverbialConjunctions):
			open = i
		case toks[i].kind == tPunct:
			return 0
		}
	}
	if open <= 0 {
		return 0
	}
	return closingComma(text, toks, v)
}

// adverbialConjunctions open a clause that sets an event beside
// another: "after the dam gave way", "when the war ended".
var adverbialConjunctions = wordSet("after before when since while because although though once as")

// sequenceParticiples, after a comma and before "by", add what comes
// before or after the clause's event, in its tense.
var sequenceParticiples = wordSet("followed preceded")

// relativeReach is how many tokens after its verb a relative clause
// closed by a comma may run: a short one ("that ended June 30,") is
// surely closed; after a longer one the comma may go on with it.
const relativeReach = 5

// subjectModifier reports whether the past verb at token v modifies a
// noun: a participle with its agent ("surveyed by the department") or
// the verb of a relative clause ("who had", "which was").
func subjectModifier(text string, toks []token, v int) bool {
	if v+1 < len(toks) && toks[v+1].lower(text) == "by" && strings.HasSuffix(toks[v].lower(text), "ed") {
		return true
	}
	if v == 0 {
		return false
	}
	switch toks[v-1].lower(text) {
	case "who", "which":
		return true
	}
	return false
}

// governs reports whether the verb at token v takes the expression at
// token at as its own date, nothing but a preposition between them: in
// "said on Tuesday she will visit" Tuesday is the saying's.
func governs(text string, toks []token, v, at int) bool {
	switch at - v {
	case 1:
		return true
	case 2:
		switch toks[v+1].lower(text) {
		case "on", "in", "at", "late", "early":
			return true
		}
	}
	return false
}

// conjoinedAfter reports whether "and" or "but" between the expression
// at token at and the marker at token next opens the marker's clause.
func conjoinedAfter(text string, toks []token, at, next int) bool {
	for i := at + 1; i < next; i++ {
		if w := toks[i].w; w != nil && (w.text == "and" || w.text == "but") {
			return true
		}
	}
	return false
}

// pluralNoun reports whether the "-s" word at token i, listed as a verb,
// is a plural noun: a number or a determiner comes right before it, or a
// comma before it and "and" or "or" after it ("Through the summer heat,
// flies and dysentery caused…").
func pluralNoun(text string, toks []token, i int) bool {
	s, p := text[toks[i].start:toks[i].end], &toks[i-1]
	if len(s) < 4 || s[len(s)-1] != 's' {
		return false
	}
	if p.kind == tPunct && text[p.start] == ',' && i+1 < len(toks) && (toks[i+1].is(text, "and") || toks[i+1].is(text, "or")) {
		return true
	}
	if p.kind == tNumber || p.kind == tWord && p.cls&cNum != 0 && p.lower(text) != "one" {
		return true // "by three runs"; not "the current one expires"
	}
	var buf [8]byte
	return determiners[string(appendLower(buf[:0], text[p.start:p.end]))]
}

// clauseWeight is how many words a comma or semicolon between a tense
// marker and an expression counts for: "Arsenal, who lost on Saturday,
// face Chelsea on Sunday" puts each weekday with the verb of its clause.
const clauseWeight = 4

// conjunctionWeight is what "and" or "but" between a tense marker and an
// expression counts for: "held a rally Sunday night and will debate on
// Dec. 3" joins two verbs, each with its own time.
const conjunctionWeight = clauseWeight

// attribution reports whether the marker at token v is a reporting verb
// after a comma that follows token at: ", the mayor said".
func attribution(text string, toks []token, at, v int) bool {
	if w := toks[v].lower(text); !reportingVerbs[w] && w != "says" && w != "say" {
		return false
	}
	for i := at + 1; i < v; i++ {
		if toks[i].kind == tPunct && text[toks[i].start] == ',' {
			return true
		}
	}
	return false
}

// sayingBetween reports whether a participle of saying lies between
// tokens from and to, after which the clause goes on in the tense of the
// verb before it: "threatened a veto, saying on Monday that…".
func sayingBetween(text string, toks []token, from, to int) bool {
	for i := from + 1; i < to; i++ {
		if inSet(text, &toks[i], sayingParticiples) {
			return true
		}
	}
	return false
}

// sayingParticiples are the participles of saying.
var sayingParticiples = wordSet("saying adding noting telling warning insisting arguing claiming stating declaring announcing explaining writing")

// complementizerBetween reports whether "that" or "whether" lies between
// tokens from and to.
func complementizerBetween(text string, toks []token, from, to int) bool {
	for i := from + 1; i < to; i++ {
		if isComplementizer(text, &toks[i]) {
			return true
		}
	}
	return false
}

// timeClauseBetween reports whether ", when" opens, between the date at
// token at and the verb at token v, a clause about the date.
func timeClauseBetween(text string, toks []token, at, v int) bool {
	for i := at + 1; i+1 < v; i++ {
		if toks[i].is(text, ",") {
			return toks[i+1].is(text, "when")
		}
		if toks[i].kind == tPunct {
			return false
		}
	}
	return false
}

// isComplementizer reports whether t is "that" or "whether", which open
// a clause of their own after a verb.
func isComplementizer(text string, t *token) bool {
	return t.kind == tWord && (t.is(text, "that") || t.is(text, "whether"))
}

// clauseBreaks returns the weight of the commas, semicolons and
// conjunctions between tokens from and to; verbFirst says the tense
// marker is at from and the expression at to.
func clauseBreaks(text string, toks []token, from, to int, verbFirst bool) int {
	n := 0
	for i := from + 1; i < to; i++ {
		t := &toks[i]
		switch {
		case verbFirst && t.kind == tPunct && text[t.start] == ',' && i+2 < to && inSet(text, &toks[i+1], sequenceParticiples) && toks[i+2].is(text, "by"):
			// "begins on October 2, followed by a revival from November
			// 6": the phrase goes on with the clause's schedule.
		case verbFirst && t.kind == tPunct && text[t.start] == ',' && i+1 < to && toks[i+1].is(text, "with"):
			// "was expected to reach 31 degrees, with a warm-up by
			// Tuesday": a phrase without a verb of its own, still the
			// clause's (but a participle in one, "with the date
			// expected", is not the tense of what comes before).
		case t.kind == tPunct && (text[t.start] == ',' || text[t.start] == ';'):
			n += clauseWeight
		case t.w != nil && t.w.text == "and" && i > from+1 && i+1 < to && toks[i-1].upper && toks[i+1].upper:
			// "toward New York and Canada": names joined, not clauses.
		case t.w != nil && (t.w.text == "and" || t.w.text == "but" || t.w.text == "while" || t.w.text == "whereas") || t.is(text, "though") || t.is(text, "although"):
			n += conjunctionWeight
		case isComplementizer(text, t), t.kind == tWord && (t.is(text, "where") || t.is(text, "what")):
			// "warned on Thursday that strikes could follow", "on
			// Thursday, where it has been since March": the clause that
			// opens is another's.
			n += clauseWeight
		case t.kind == tWord && (t.is(text, "after") || t.is(text, "before")) && i+1 < to && gerund(text, &toks[i+1]):
			// "strikes from Monday after rejecting an offer": a phrase
			// of its own time.
			n += conjunctionWeight
		}
	}
	return n
}

// gerund reports whether t is a verb in "-ing".
func gerund(text string, t *token) bool {
	w := text[t.start:t.end]
	return t.kind == tWord && len(w) > 4 && strings.HasSuffix(w, "ing")
}

// pastVerbBefore reports whether the match at token at follows a
// past-tense verb and "in", "on", "during", "from" or "at": "began in
// April", "was held on June 3". Such a verb governs the expression itself, so its tense is
// certain, where a "said" further away may report a plan, and "extended
// to" or "planned for" point ahead.
func pastVerbBefore(text string, toks []token, markers []marker, at int) bool {
	if at < 2 {
		return false
	}
	switch toks[at-1].lower(text) {
	case "in", "on", "during", "from", "at":
	default:
		return false
	}
	// The verb is the nearest marker before the preposition, within a
	// few words of the same clause: "signed a new contract in January".
	k := sort.Search(len(markers), func(k int) bool { return markers[k].tok >= at-1 }) - 1
	if k < 0 || markers[k].tense != tensePast || at-1-markers[k].tok > pastVerbReach {
		return false
	}
	v := markers[k].tok
	if clauseBreaks(text, toks, v, at, true) > 0 {
		return false
	}
	switch w := toks[v].lower(text); {
	case reportingVerbs[w] && v+2 < at, pastAux[w], rescheduled[w], fixesDate[w]:
		// A verb of saying governs the time of the saying only right
		// before it ("cases were confirmed in January"); further on
		// the time may be of what was said.
		return false
	}
	if v+1 < at-1 && !objectStart(text, &toks[v+1]) && !(v+2 == at-1 && toks[v+1].kind == tWord && (k == 0 || markers[k-1].tense != tenseFuture)) {
		// "will redeem Series H preferred shares on Oct. 31": an
		// adjective, not a verb; but "rose sharply in May", "contacted
		// police in May".
		return false
	}
	if v >= 1 {
		switch toks[v-1].lower(text) {
		case "is", "are", "be", "being": // "is heard in May": a present passive
			return false
		}
	}
	return true
}

// frontedPast reports whether the match from token first to end opens
// its sentence, alone or after "on", "in", "at" or "during" (or a time
// counted from the last, "Three days later, at …"), before a comma and
// the past-tense verb of the clause it dates: "On August 15, Emperor
// Hirohito announced Japan's surrender". The past is then certain, as
// for a past verb before the date; not so after "for", which names what
// a plan is for ("For the March quarter, the company forecast…").
func frontedPast(text string, toks []token, markers []marker, start, first, end int) bool {
	switch {
	case first == start:
	case first == start+1 && inSet(text, &toks[start], frontPreps):
	case first >= start+3 && inSet(text, &toks[first-1], frontPreps) && toks[first-2].is(text, ",") && (toks[first-3].is(text, "later") || toks[first-3].is(text, "earlier")):
	default:
		return false
	}
	k := sort.Search(len(markers), func(k int) bool { return markers[k].tok >= start })
	if k == len(markers) || markers[k].tok < end || markers[k].tense != tensePast {
		return false // a verb before the date, or a clause not told in the past
	}
	for i := end; i < markers[k].tok; i++ {
		if toks[i].is(text, ",") {
			return true
		}
	}
	return false
}

// frontPreps open a sentence's phrase of time: "On August 15, …",
// "Between August 5 and 7, …".
var frontPreps = wordSet("on in at during between from by after before until")

// willBefore reports whether the match at token at is governed by
// "will" or "shall", or a plan with "to", in its own clause: "she will
// take over in January", "he plans to retire in January" look ahead for
// certain, where "would" may report a plan now past.
func willBefore(text string, toks []token, markers []marker, at int) bool {
	v, ok := clauseVerb(text, toks, markers, at, tenseFuture)
	if !ok {
		return false
	}
	switch toks[v].lower(text) {
	case "will", "ll", "shall", "wo":
		return true
	case "to":
		// A headline's plan, "Fed to cut rates in June"; not "agreed to
		// retire in June", a plan told in the past.
		for _, mk := range markers {
			if mk.tok < v && mk.tense == tensePast {
				return false
			}
		}
		return true
	}
	// "plans to retire in January", "is poised to take over in January"
	return v+1 < at && toks[v+1].lower(text) == "to"
}

// scheduledBefore reports whether the match at token at is governed, in
// its clause, by a present-tense verb of a scheduled event ("lawmakers
// return in November", "the show airs in June") rather than by "is" or
// "says", whose present may describe a month just past.
func scheduledBefore(text string, toks []token, markers []marker, at int) bool {
	v, ok := clauseVerb(text, toks, markers, at, tensePresent)
	if !ok {
		return false
	}
	switch toks[v].lower(text) {
	case "is", "are", "am", "says", "say", "'s", "'re":
		return false
	}
	return true
}

// clauseVerb returns the token of the tense marker nearest before token
// at, when it marks tense tn and no comma or conjunction comes between.
func clauseVerb(text string, toks []token, markers []marker, at int, tn tense) (int, bool) {
	k := sort.Search(len(markers), func(k int) bool { return markers[k].tok >= at }) - 1
	if k < 0 || markers[k].tense != tn || clauseBreaks(text, toks, markers[k].tok, at, true) > 0 {
		return 0, false
	}
	return markers[k].tok, true
}

// fixesDate are past-tense verbs that fix the date of something still to
// come: "set a vote on Oct. 12", "called an election for May".
var fixesDate = map[string]bool{
	"set": true, "called": true, "fixed": true, "booked": true, "planned": true,
	"arranged": true, "announced": true, "slated": true, "scheduled": true,
	"declared": true, "imposed": true,
}

// objectStart reports whether t can open the object of a verb: a
// determiner, pronoun, preposition, number or name ("signed a contract",
// "beat them", "won 62 races", "beat Arsenal"), so that a word before a
// noun ("preferred shares") is not taken for a verb.
func objectStart(text string, t *token) bool {
	if t.kind != tWord || t.upper || t.cls&cNum != 0 {
		return true // a figure, a name, or a number word ("won two titles")
	}
	w := t.lower(text)
	return determiners[w] || objectWords[w]
}

// objectWords are the pronouns, quantifiers and prepositions that can
// follow a verb.
var objectWords = map[string]bool{
	"him": true, "her": true, "them": true, "it": true, "us": true, "me": true,
	"some": true, "all": true, "several": true, "many": true, "another": true,
	"nearly": true, "almost": true, "about": true, "roughly": true, "just": true, "only": true, "more": true,
	"from": true, "to": true, "for": true, "with": true, "into": true, "off": true,
	"up": true, "out": true, "down": true, "back": true, "over": true,
	"on": true, "in": true, "at": true,
}

// pastVerbReach is how many words may stand between a past-tense verb and
// the preposition of the date it governs: an object ("signed a new
// contract in January"), not a clause.
const pastVerbReach = 4

// pastAux are past-tense markers that are auxiliaries or "ago", not a
// verb of an event: "was" in "was to be held in May" governs nothing.
var pastAux = map[string]bool{
	"was": true, "were": true, "had": true, "has": true, "have": true, "been": true,
	"did": true, "ago": true,
}

// reportingVerbs report speech; the time they are near may be the time
// of what was said, not of the saying.
var reportingVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "confirmed": true,
	"added": true, "noted": true, "stated": true, "wrote": true, "explained": true,
	"insisted": true, "claimed": true, "stressed": true,
}

// adjectiveAt reports whether the past-tense word at token i is an
// adjective or a noun rather than a verb: an "-ed" word that begins with
// "un" ("unspecified", "unnamed"; not "unveiled", see unVerbs), or one
// right after a determiner ("the planned merger", "its preferred
// shares", "a cut"; for irregular verbs only after an article or a
// possessive).
func adjectiveAt(text string, toks []token, from, i int) bool {
	w := text[toks[i].start:toks[i].end]
	if strings.EqualFold(w, "left") && withBefore(text, toks, from, i) {
		return true // "with only four sitting weeks left": remaining
	}
	if !strings.HasSuffix(w, "ed") {
		// "a cut on 7 November", "the set for Sunday": a noun after an
		// article; "this hit sales" may be a pronoun and a verb.
		if i > from && irregularPastSet[toks[i].lower(text)] {
			if compoundNoun(text, toks, from, i) {
				return true // "a rate cut in September"
			}
			k := i - 1
			compound := k-1 > from && toks[k].glued && toks[k-1].cls&cDash != 0 && sameAsBase[toks[i].lower(text)]
			if compound {
				// "another half-point cut": past a compound before a
				// word that is a noun too ("the clean-up began" has
				// its verb).
				for k--; k > from && toks[k].glued; k-- {
				}
				k--
			}
			if k < from {
				return false // the compound opens the sentence
			}
			switch w := toks[k].lower(text); w {
			case "a", "an", "the", "its", "their", "his", "our", "my", "your", "every", "each", "another":
				return true
			default:
				if compound && (participlePreps[w] || w == "after" || w == "before") {
					return true // "to reunite after seven-year split"
				}
			}
		}
		return false
	}
	if len(w) > 2 && (w[0]|0x20) == 'u' && (w[1]|0x20) == 'n' {
		var buf [16]byte
		return !unVerbs[string(appendLower(buf[:0], w))]
	}
	var buf [8]byte
	if i > from && toks[i-1].w != nil && toks[i-1].w.text == "'s" {
		return true // "the White House's planned announcement"
	}
	if i > from && !toks[i-1].upper && participlePreps[toks[i-1].lower(text)] {
		return true // "will meet with retired officers": no verb follows a preposition
	}
	if i-2 >= from && toks[i-2].is(text, "to") && toks[i-1].kind == tWord && !toks[i-1].upper && !toks[i-1].is(text, "have") && !toks[i-1].is(text, "be") && !toks[i-1].is(text, "been") {
		return true // "expected to tour damaged areas": the object of an infinitive
	}
	k := i - 1
	if k > from && adverbAt(text, &toks[k]) {
		k-- // "a remotely operated submarine"
	}
	return i > from && determiners[string(appendLower(buf[:0], text[toks[k].start:toks[k].end]))]
}

// objectOfPreposition reports whether the word at token n is a noun
// after a preposition and a determiner ("against the sentence", "of the
// men"): what follows it in the past tense describes it, as no subject
// stands there. Words that also open a clause ("after the war ended")
// are not such prepositions.
func objectOfPreposition(text string, toks []token, n int) bool {
	t := &toks[n]
	if t.kind != tWord || t.upper || n < 2 || toks[n-1].kind != tWord || toks[n-2].kind != tWord {
		return false
	}
	if !inSet(text, &toks[n-1], determiners) || toks[n-2].upper {
		return false
	}
	return inSet(text, &toks[n-2], participlePreps) || toks[n-2].is(text, "against") || toks[n-2].is(text, "to")
}

// afterGerund reports whether the expression at token at lies in a
// phrase of "after" and a verb in "-ing" ("after failing to reach a
// verdict on Wednesday"), with no tense marker or comma between them,
// in the sentence that starts at token from.
func afterGerund(text string, toks []token, markers []marker, from, at int) bool {
	// No marker may stand between: look no further back than the last.
	if k := sort.Search(len(markers), func(k int) bool { return markers[k].tok >= at }); k > 0 {
		from = max(from, markers[k-1].tok)
	}
	for i := at - 1; i > from && i >= at-gerundReach; i-- {
		t := &toks[i]
		if t.kind == tPunct && text[t.start] == ',' {
			return false
		}
		if gerund(text, t) && toks[i-1].is(text, "after") {
			return true
		}
	}
	return false
}

// gerundReach is how many tokens before an expression the "-ing" verb
// of an "after" phrase may stand.
const gerundReach = 12

// inPredicate reports whether token i lies in the clause of the verb at
// token v, after it: no comma, conjunction or complementizer between,
// and v is not a verb of saying, whose object may be a clause with a
// subject of its own ("said sales for the quarter fell").
func inPredicate(text string, toks []token, v, i int) bool {
	return v < i && !reportingVerbs[toks[v].lower(text)] && clauseBreaks(text, toks, v, i, true) == 0 && !complementizerBetween(text, toks, v, i)
}

// adverbAt reports whether t is a word in "-ly", "still" or "also".
func adverbAt(text string, t *token) bool {
	a := text[t.start:t.end]
	return len(a) > 2 && a[len(a)-2]|0x20 == 'l' && a[len(a)-1]|0x20 == 'y' || t.is(text, "still") || t.is(text, "also")
}

// participlePreps are prepositions after which an "-ed" word describes a
// noun ("with retired officers", "of armed men"): a verb in the past
// tense never follows them directly.
var participlePreps = map[string]bool{
	"with": true, "without": true, "for": true, "of": true, "from": true, "among": true,
	"into": true, "on": true, "in": true, "at": true, "about": true,
}

// compoundNoun reports whether the past spelt as its bare form at i ends
// a noun after an article and a noun, before a preposition or the end of
// the clause: "predicted a rate cut in September", "the tax cut was
// passed"; not "the company cut 500 jobs", whose verb has an object.
func compoundNoun(text string, toks []token, from, i int) bool {
	if !sameAsBase[toks[i].lower(text)] || i-2 < from || i+1 >= len(toks) {
		return false
	}
	n := &toks[i-1]
	if n.kind != tWord || n.upper || !determiners[toks[i-2].lower(text)] {
		return false
	}
	next := &toks[i+1]
	return next.kind == tPunct || nounFollowers[next.lower(text)]
}

// nounFollowers are the words after which a word is a noun rather than a
// verb without an object: prepositions and the verbs of its clause.
var nounFollowers = map[string]bool{
	"in": true, "on": true, "at": true, "by": true, "of": true, "from": true, "to": true,
	"before": true, "after": true, "this": true, "next": true, "last": true,
	"is": true, "was": true, "would": true, "will": true, "could": true, "has": true, "had": true,
}

// hyphenAdjective reports whether the word at i begins a hyphenated
// compound ("sold-out"), or ends one after "than" or a determiner: an
// adjective or a noun, not a verb ("re-elected" stays one).
func hyphenAdjective(text string, toks []token, from, i int) bool {
	if i+2 < len(toks) && toks[i+1].cls&cDash != 0 && toks[i+1].glued && toks[i+2].glued && toks[i+2].kind == tWord {
		return true // "last year's sold-out run", "a built-in delay", "a start-up"
	}
	if i-2 < from || !toks[i].glued || toks[i-1].cls&cDash == 0 || !toks[i-1].glued {
		return false
	}
	if toks[i-2].lower(text) == "than" {
		return true
	}
	k := i - 2
	for k > from && toks[k].glued {
		k--
	}
	return k > from && determiners[toks[k-1].lower(text)]
}

// withBefore reports whether "with" comes at most five words before
// token i in its clause: "with two minutes left".
func withBefore(text string, toks []token, from, i int) bool {
	for k := i - 1; k >= from && k >= i-5; k-- {
		switch toks[k].lower(text) {
		case "with":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// objectAfterModal reports whether the past form at token i follows a
// modal or "will" and the bare verb after it, and so opens that verb's
// object: "will present updated figures", "would publish revised data".
// After "be", "have" or "get" it is a participle of the verb phrase.
func objectAfterModal(text string, toks []token, i int) bool {
	switch toks[i-2].lower(text) {
	case "will", "would", "shall", "can", "could", "may", "might", "must", "should":
	default:
		return false
	}
	v := &toks[i-1]
	if v.kind != tWord {
		return false
	}
	switch v.lower(text) {
	case "be", "have", "get", "not", "also", "then", "still":
		return false
	}
	return true
}

// unVerbs are the past tenses among the words in "un-" and "-ed", most
// of which are adjectives ("unspecified", "undisclosed", "underfunded").
var unVerbs = map[string]bool{
	"unveiled": true, "uncovered": true, "unleashed": true, "unlocked": true, "unfolded": true,
	"unearthed": true, "unsealed": true, "unloaded": true, "unraveled": true, "unravelled": true,
	"unfurled": true, "unplugged": true, "unblocked": true, "unwrapped": true, "unpacked": true,
	"unseated": true, "unnerved": true, "unified": true, "untangled": true, "undermined": true,
	"underlined": true, "underscored": true, "underestimated": true, "underperformed": true,
	"underpinned": true,
}

// determiners come before a noun and its adjectives, never before a verb.
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "my": true, "your": true, "this": true, "these": true,
	"those": true, "every": true, "each": true,
}

// pastAuxBefore reports whether "was", "were" or "had" comes within two
// words before token i.
func pastAuxBefore(text string, toks []token, from, i int) bool {
	for j := i - 1; j >= from && j >= i-2; j-- {
		switch toks[j].lower(text) {
		case "was", "were", "had":
			return true
		}
	}
	return false
}

// pastForm reports whether the lower-case word w is a past-tense form.
func pastForm(w []byte) bool {
	return len(w) > 3 && string(w[len(w)-2:]) == "ed" || irregularPastSet[string(w)]
}

// beForms are the forms of "be" before a participle: "is expected to".
var beForms = map[string]bool{"is": true, "are": true, "am": true, "be": true, "been": true, "being": true, "'s": true, "'re": true}

// passiveAux reports whether t is a form of "be" that makes the
// participle after it passive and leaves the tense to the auxiliary:
// "must be returned" says nothing of the time, "is reached" is present.
// "Was" and "were" are left out, as the participle after them is past
// as well.
func passiveAux(text string, t *token) bool {
	var buf [8]byte
	switch string(appendLower(buf[:0], text[t.start:t.end])) {
	case "be", "been", "being", "is", "are", "am":
		return true
	}
	return false
}

// conditionalBefore reports whether t is "if" or "unless", before which a
// participle states a condition: "if approved in May".
func conditionalBefore(text string, t *token) bool {
	s := text[t.start:t.end]
	return equalFold(s, "if") || equalFold(s, "unless")
}

// joinedToModal reports whether the "-ed" word at token i comes right
// after "and" or "or" in the clause of the modal marked by last: a past
// verb cannot be joined to the bare verb a modal governs, so the word
// describes a noun ("may experience gusty winds and scattered rains").
func joinedToModal(text string, toks []token, last marker, i int) bool {
	if last.tense != tenseFuture || !modals[toks[last.tok].lower(text)] || last.tok >= i-2 {
		return false
	}
	if w := toks[i-1].lower(text); w != "and" && w != "or" || !strings.HasSuffix(toks[i].lower(text), "ed") {
		return false
	}
	return clauseBreaks(text, toks, last.tok, i-1, false) == 0
}

// spanFromNow reports whether the match at token at ends a span that
// starts now: "between now and the end of April", "from now until
// March".
func spanFromNow(text string, toks []token, at int) bool {
	if at < 3 || !toks[at-2].is(text, "now") {
		return false
	}
	switch p, q := toks[at-3].lower(text), toks[at-1].lower(text); p {
	case "between":
		return q == "and"
	case "from":
		return q == "until" || q == "till" || q == "to" || q == "through"
	}
	return false
}

// passiveInfinitive reports whether the word at token i is the "to" of a
// passive infinitive after a noun, which looks ahead whatever the verb
// of its clause: "a final dividend, to be paid on 8 August", "a
// referendum to be held in September".
func passiveInfinitive(text string, toks []token, from, i, to int) bool {
	if !equalFold(text[toks[i].start:toks[i].end], "to") || i+2 >= to || !toks[i+1].is(text, "be") || !pastForm([]byte(toks[i+2].lower(text))) {
		return false
	}
	p := &toks[i-1]
	if p.kind == tPunct {
		return p.is(text, ",")
	}
	if p.kind != tWord || p.upper {
		return false
	}
	pw := p.lower(text)
	if _, ok := tenseWords[pw]; ok && pw != "is" && pw != "are" || strings.HasSuffix(pw, "ed") || irregularPastSet[pw] || adverbAt(text, p) {
		return false // "was to be held", "appeared to be staged": the verb's own time
	}
	for k := i - 1; k >= from && k >= i-3; k-- {
		if inSet(text, &toks[k], rankWords) {
			return false // "the first woman to be elected in 1990"
		}
	}
	return true
}

// rankWords put a noun first or last of a series, after which a passive
// infinitive says what happened to it, at whatever time: "the last
// soldier to be killed".
var rankWords = map[string]bool{
	"first": true, "last": true, "only": true, "second": true, "third": true, "latest": true,
	"next": true, "youngest": true, "oldest": true, "fastest": true, "largest": true, "biggest": true,
}

// presentAfterCue reports whether the word at i is a verb in the
// present third person after "which" or "who" ("which returns in June",
// "who turns 60 in May") or after a word of habit ("typically sees its
// first snowfall in late November"). Only the word before makes the "-s"
// a verb rather than a plural.
func presentAfterCue(text string, toks []token, i int) bool {
	s, p := text[toks[i].start:toks[i].end], text[toks[i-1].start:toks[i-1].end]
	if len(s) < 4 || s[len(s)-1] != 's' || s[len(s)-2] == 's' || s[len(s)-2] == 'u' {
		return false
	}
	return equalFold(p, "which") || equalFold(p, "who") || inSet(text, &toks[i-1], habitualWords)
}

// datedForWord returns the prepositions that give the date of a plan
// after lw (see datedFor), or "".
func datedForWord(lw []byte) string {
	if lw == nil {
		return ""
	}
	return datedFor[string(lw)]
}

// wordTense returns the tense the word s marks; lw is s lower-cased, or
// nil when s is in no word list.
func wordTense(s string, lw []byte, t *token) tense {
	if lw != nil {
		if tn, ok := tenseWords[string(lw)]; ok {
			return tn // "agreed", "freed"
		}
	}
	if len(s) < 5 || !strings.HasSuffix(s, "ed") || t.upper {
		return tenseUnknown
	}
	if lw != nil && notPast[string(lw)] || strings.HasSuffix(s, "eed") {
		return tenseUnknown // "succeed", "exceed"
	}
	return tensePast
}

// appendLower appends s, lower-cased, to dst, which need not grow: s is
// a word, and a word longer than dst's capacity is in no word list, so
// it gives an empty result.
func appendLower(dst []byte, s string) []byte {
	if len(s) > cap(dst) {
		return dst
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// hasWord reports whether the space-separated list holds w.
func hasWord(list, w string) bool {
	for list != "" {
		var f string
		f, list, _ = strings.Cut(list, " ")
		if f == w {
			return true
		}
	}
	return false
}
