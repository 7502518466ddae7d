package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/parse"
)

// Actor kinds.
const (
	KindPerson       = "person"
	KindCountry      = "country"
	KindOrganisation = "organisation"
	// KindRole is an actor named by title only ("the Russian president"):
	// Merge finds who holds it. KindUnknown is a name nothing in the text
	// says is a person's or an organisation's ("Rubio said", "Dow
	// Jones"): better unknown than a wrong guess.
	KindRole    = "role"
	KindUnknown = "unknown"
)

// Mention is an actor as one article names it, before the names of the
// whole corpus are folded together.
type Mention struct {
	// Name is the fullest name the article gives: "Vladimir Putin",
	// "Russia", "NATO"; for a role, "the president of Russia".
	Name string
	Kind string
	// Forms are the ways the article writes the actor: "Putin",
	// "President Vladimir Putin", "Moscow".
	Forms []string
	// Country and Title are a person's or role's office, when written:
	// "Russian President Vladimir Putin" → Russia, president.
	Country, Title string
	// Titles are every title the article gives the person, in the form
	// titles are compared by ("governor" for "Gov."): a surname with
	// another title ("King Hussein", "Saddam Hussein, the president") is
	// someone else.
	Titles []string
	// Acts is true when a lone word is seen acting ("Rubio said"): it
	// names someone even if no fuller name is found.
	Acts bool
	// Partial is true for a surname or first name, perhaps with a title
	// ("Putin", "President Trump"), the article gives no fuller name for:
	// Merge completes it when the corpus names one person that fits.
	Partial bool
}

// found is one mention in a sentence.
type found struct {
	Mention
	form string
	// place is true for a capital named as a place ("arrived in Moscow"):
	// a name of the country, but the country does not act.
	place bool
	// cues are what the words around the name say it names.
	cues cues
}

// sentenceMentions reads the actors a sentence names, in order, and the
// last person named by the end of it. last is the last person the article
// named before the sentence: "he" or "she" opening the sentence or an
// attribution refers to it. known holds the words that name people in
// the article ("Putin" once "Vladimir Putin" is seen): a lone known word
// is a person named. words tells which capitalised words the article
// also writes in lower case. A headline is read as one: in title case,
// its capitals mark no names.
// The mentions are appended to out, memory for them.
func sentenceMentions(toks []token, last string, known map[string]bool, words *articleWords, headline bool, out []found) reading {
	p := mentionParser{toks: toks, heading: isHeading(toks, headline), last: last, known: known, words: words, out: out}
	for p.firstWord < len(toks) && !toks[p.firstWord].word {
		p.firstWord++
	}
	p.run()
	return reading{found: p.out, before: last, after: p.last, lone: p.lone}
}

// reading is what sentenceMentions made of a sentence.
type reading struct {
	found []found
	// before and after are the last person named before the sentence and
	// by its end.
	before, after string
	// lone are the lone words read that were not seen acting: whether
	// they are known is all that the known words change in the reading.
	lone []string
}

// holds reports whether the reading stands for the sentence read after
// last with the words known: it was read after the same person, and
// none of its lone words is known.
func (r *reading) holds(last string, known map[string]bool) bool {
	if r.before != last {
		return false
	}
	for _, w := range r.lone {
		if known[w] {
			return false
		}
	}
	return true
}

type mentionParser struct {
	toks    []token
	heading bool // a title-case line: capitals tell nothing
	last    string
	known   map[string]bool
	words   *articleWords
	out     []found
	lone    []string
	// firstWord is the index of the first word of the sentence.
	firstWord int
	// modifier is the index in out of a country just named, which a title
	// right after it qualifies ("Russian President …", "Kremlin spokesman").
	modifier, modifierEnd int
}

// personLinks may join the words of a name: "Ursula von der Leyen".
var personLinks = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "del": true, "di": true, "bin": true, "ibn": true, "al": true, "la": true, "le": true, "du": true, "dos": true}

// locatives before a capital make it a place, not the state acting:
// "arrived in Moscow", "at the Kremlin".
var locatives = map[string]bool{"in": true, "at": true, "from": true, "near": true, "into": true, "outside": true, "inside": true, "across": true, "around": true, "toward": true, "towards": true, "via": true, "visit": true, "visited": true, "visiting": true, "visits": true, "reach": true, "reached": true}

// movements before "to" make it a word of place: "travel to Moscow".
var movements = map[string]bool{"travel": true, "travels": true, "travelled": true, "traveled": true, "go": true, "went": true, "come": true, "came": true, "fly": true, "flew": true, "return": true, "returned": true, "arrive": true, "arrived": true, "head": true, "headed": true, "trip": true, "journey": true, "moved": true, "move": true, "back": true, "way": true}

// actingVerbs after a lone capitalised word show it is someone: "Rubio
// said", "Lukashenko noted".
var actingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "stated": true, "states": true, "added": true,
	"adds": true, "noted": true, "notes": true, "emphasized": true, "emphasised": true, "stressed": true,
	"questioned": true, "announced": true, "warned": true, "insisted": true, "argued": true, "claimed": true,
	"wrote": true, "tweeted": true, "posted": true, "asked": true, "replied": true, "reiterated": true,
	"suggested": true, "declared": true, "explained": true, "urged": true, "acknowledged": true,
	"admitted": true, "confirmed": true, "denied": true, "vowed": true, "pledged": true, "met": true,
	"spoke": true, "speaks": true, "signed": true, "rejected": true, "accused": true, "thanked": true,
	"praised": true, "criticised": true, "criticized": true, "ordered": true, "appointed": true,
}

// speechVerbs before a name ("said Konstantin Kosachev") show the same.
var speechVerbs = map[string]bool{"said": true, "says": true, "added": true, "told": true, "asked": true, "wrote": true, "stated": true}

// titleQualifiers may stand between a country and a title: "US special
// envoy", "Russian deputy foreign minister".
var titleQualifiers = map[string]bool{"senior": true, "former": true, "deputy": true, "acting": true, "top": true, "chief": true, "first": true, "new": true, "then": true}

func (p *mentionParser) run() {
	p.modifier = -1
	for i := 0; i < len(p.toks); {
		t := p.toks[i]
		if !t.word {
			i++
			continue
		}
		if n := p.pronoun(i); n > 0 {
			i += n
			continue
		}
		if n := p.company(i); n > 0 {
			i += n
			continue
		}
		if n := p.place(i); n > 0 {
			i += n
			continue
		}
		if n := p.title(i); n > 0 {
			i += n
			continue
		}
		if t.upper {
			i += p.name(i)
			continue
		}
		i++
	}
}

// phraseAt returns the longest gazetteer phrase starting at token i and
// its length in tokens.
func (p *mentionParser) phraseAt(i int) (entry, int) {
	t := &p.toks[i]
	if t.phrase == nil {
		return entry{}, 0
	}
	return *t.phrase, int(t.phraseLen)
}

// titleAt returns the length in tokens of the longest title starting at
// token i, without regard to case.
func (p *mentionParser) titleAt(i int) int { return int(p.toks[i].titleLen) }

// place handles a gazetteer phrase at token i: a country, capital,
// demonym or organisation becomes a mention; a news outlet or a word that
// names nothing is passed over. It returns the tokens used, 0 if none.
func (p *mentionParser) place(i int) int {
	e, n := p.phraseAt(i)
	if n == 0 {
		return 0
	}
	switch e.class {
	case classMedia, classPlace, classNotName:
		return n
	case classCountry, classCapital:
		// A single word before an unknown name is its first part: "George
		// Washington" is read by name, "Jordan Bardella" too; not after a
		// preposition ("ambassador to Kenya Prudence Bushnell").
		if n == 1 && !p.toks[i].poss && p.startsName(i+1) && !p.afterPreposition(i) {
			return 0
		}
		if e.class == classCapital && (p.afterLocative(i) || p.datelineAt(i, n)) {
			p.out = append(p.out, found{Mention: Mention{Name: e.name, Kind: KindCountry}, form: p.text(i, n), place: true})
			return n
		}
	}
	kind := KindCountry
	if e.class == classOrganisation {
		kind = KindOrganisation
	}
	p.out = append(p.out, found{Mention: Mention{Name: e.name, Kind: kind}, form: p.text(i, n)})
	p.modifier, p.modifierEnd = len(p.out)-1, i+n
	return n
}

// startsName reports whether token i is a capitalised word unknown to
// the gazetteers and not a title: the start of a person's name.
func (p *mentionParser) startsName(i int) bool {
	if i >= len(p.toks) || !p.toks[i].word || !p.toks[i].upper || p.toks[i].joined || p.heading {
		return false
	}
	if _, n := p.phraseAt(i); n > 0 {
		return false
	}
	return p.titleAt(i) == 0 && isNameWord(p.toks[i].text)
}

// prepositions, before a capitalised word, make it the object of a
// phrase, not the first name of someone.
var prepositions = map[string]bool{"to": true, "in": true, "of": true, "from": true, "at": true, "for": true, "with": true, "by": true, "on": true, "near": true}

func (p *mentionParser) afterPreposition(i int) bool {
	return i > 0 && prepositions[p.toks[i-1].text]
}

// afterLocative reports whether the phrase at token i follows a word of
// place ("in", "to", "at the").
func (p *mentionParser) afterLocative(i int) bool {
	j := i - 1
	if j >= 0 && strings.EqualFold(p.toks[j].text, "the") {
		j--
	}
	if j < 0 {
		return false
	}
	w := p.toks[j].lower
	return locatives[w] || w == "to" && j > 0 && movements[p.toks[j-1].lower]
}

// datelineAt reports whether the phrase of n tokens at i is the place of
// a dateline: first in the sentence, before a dash or bracket ("MOSCOW —",
// "Kyiv (Reuters) -").
func (p *mentionParser) datelineAt(i, n int) bool {
	if !p.startsSentence(i) || i+n >= len(p.toks) {
		return false
	}
	next := p.toks[i+n]
	return isDash(next) || next.text == "-" || next.text == "(" || next.text == ","
}

// startsSentence reports whether token i is the first word of the
// sentence, after any opening quotation marks.
func (p *mentionParser) startsSentence(i int) bool { return i <= p.firstWord }

// title handles a title at token i: with a name after it, a person with
// that office; with "the" and a country before it and no name after, a
// role ("the Russian president"). A country right before the title is
// the person's, not an actor of its own.
func (p *mentionParser) title(i int) int {
	n := p.titleAt(i)
	if n == 0 {
		return 0
	}
	// A capitalised title word inside a name ("General Motors") is not one.
	country := ""
	if p.modifier >= 0 && p.qualifies(p.modifierEnd, i) {
		country = p.out[p.modifier].Name
	}
	written := p.text(i, n)
	title := p.lowerText(i, n)
	j := i + n
	appositive := j < len(p.toks) && p.toks[j].text == "," && j+1 < len(p.toks) && p.startsName(j+1)
	if appositive {
		j++ // "special envoy, Steve Witkoff"
	}
	if p.startsName(j) {
		if m := p.nameRun(j); m > 0 && m <= 4 && p.classify(j, m) == "" {
			p.dropModifier(country)
			c := p.context(j, m)
			c.person += titleCue
			prefix := ""
			if !appositive {
				prefix = written + " "
			}
			p.addPerson(j, m, prefix, country, title, c)
			return j - i + m
		}
	}
	if country != "" && p.out[p.modifier].Kind == KindCountry {
		if start, ok := p.roleStart(p.modifierEnd - 1); ok {
			p.dropModifier(country)
			role := Mention{Name: "the " + title + " of " + country, Kind: KindRole, Country: country, Title: title}
			p.out = append(p.out, found{Mention: role, form: p.text(start, i+n-start)})
			p.last = role.Name
		}
	}
	return n
}

// qualifies reports whether the tokens from..to-1, between a country and a
// title, are only qualifiers ("senior", "deputy"): the country is the
// title's.
func (p *mentionParser) qualifies(from, to int) bool {
	for k := from; k < to; k++ {
		if !titleQualifiers[p.toks[k].lower] {
			return false
		}
	}
	return from <= to
}

// roleStart reports whether the country phrase ending at token i opens
// a role, "the Russian …" or "Russia's …", and the token it starts at.
func (p *mentionParser) roleStart(i int) (int, bool) {
	start := i - len(strings.Fields(p.out[p.modifier].form)) + 1
	switch {
	case start > 0 && strings.EqualFold(p.toks[start-1].text, "the"):
		return start - 1, true
	case p.toks[i].poss:
		return start, true
	}
	return 0, false
}

// dropModifier removes the country mention that qualifies a title: it
// describes the person, who is the actor.
func (p *mentionParser) dropModifier(country string) {
	if country != "" && p.modifier == len(p.out)-1 {
		p.out[len(p.out)-1] = found{} // out may be memory kept for other articles
		p.out = p.out[:len(p.out)-1]
	}
	p.modifier = -1
}

// nameRun returns the length in tokens of the run of capitalised words at
// token i: linked by "von", "bin"… and absorbing a single country or
// capital word that is part of the name ("George Washington"). The run
// stops after a possessive.
func (p *mentionParser) nameRun(i int) int {
	j := i
	for j < len(p.toks) {
		t := p.toks[j]
		if !t.word || t.joined && j > i {
			break
		}
		switch {
		case t.upper && isNameWord(t.text) || t.upper && j > i && isInitial(t.text):
			if j > i {
				if e, n := p.phraseAt(j); n > 0 && (n > 1 || p.heading || e.class != classCountry && e.class != classCapital) {
					return j - i
				}
				if p.titleAt(j) > 0 {
					return j - i
				}
			}
		case personLinks[t.text] && j+1 < len(p.toks) && p.toks[j+1].upper && p.toks[j+1].word:
		default:
			return j - i
		}
		j++
		if t.poss {
			break
		}
	}
	return j - i
}

// name handles a capitalised word that no gazetteer knows: the run it
// starts is an organisation, a body of a state, a person, or nothing.
func (p *mentionParser) name(i int) int {
	n := p.nameRun(i)
	if n == 0 {
		return 1
	}
	if p.heading {
		// In a title-case line, each word stands alone; Merge keeps those
		// that are names known from elsewhere.
		for k := i; k < i+n; k++ {
			if w := p.toks[k].text; isNameWord(w) {
				p.addLone(w, k)
			}
		}
		return n
	}
	if p.ordinaryOpening(i) || p.startsSentence(i) && n > 1 && isSentenceWord(p.toks[i].text) {
		// "Making Juan Miguel Gonzalez his …", "Analysts said": the
		// opening word is no name.
		return 1
	}
	switch p.classify(i, n) {
	case wordOrganisation, wordCompany:
		// A suffix alone ("Corp", "the Group") names nothing.
		if n > 1 {
			form := p.text(i, n)
			p.out = append(p.out, found{Mention: Mention{Name: form, Kind: KindOrganisation}, form: form})
		}
	case "government":
		// "Russia's Defense Ministry" acts for Russia, named already; a
		// title after it is the country's: "Russian Foreign Ministry
		// spokeswoman Maria Zakharova".
		if p.modifier >= 0 && p.modifierEnd == i {
			p.modifierEnd = i + n
			return n
		}
	case "":
		switch {
		case n == 1:
			p.addLone(p.toks[i].text, i)
		case i > 0 && locatives[p.toks[i-1].text]:
			// "in Little Havana", "at Fort Worth": a place.
		case n <= 4:
			p.addPerson(i, n, "", "", "", p.context(i, n))
		}
	}
	p.modifier = -1
	return n
}

// classify says what the run of n capitalised words at token i names, by
// its last word: "company", "organisation", "government", "media",
// "event", "place", or "" for a person's name; or by an organisation,
// event or place word inside it ("Space Shuttle Columbia").
func (p *mentionParser) classify(i, n int) string {
	run := p.toks[i : i+n]
	if c := gazette.nameWords[run[n-1].text]; c != "" {
		return c
	}
	for _, t := range run[:n-1] {
		switch c := gazette.nameWords[t.text]; c {
		case wordOrganisation, "event", "place":
			return c
		}
	}
	return ""
}

// addPerson records the name of a person, the run of n capitalised words
// at token i, with the title written before it, if any. A lone titled
// surname ("President Trump") is partial: Merge finds the full name.
// Under an office ("King Hussein") it is named with it, apart from the
// same surname under another office.
func (p *mentionParser) addPerson(i, n int, titled, country, title string, c cues) {
	name := p.text(i, n)
	mn := Mention{Name: name, Kind: KindPerson, Country: country, Title: title, Acts: title != ""}
	t := normTitle(title)
	if t != "" {
		mn.Titles = []string{t}
	}
	if n == 1 {
		mn.Kind = KindUnknown
		mn.Name = titledName(titled, t, name)
	}
	p.out = append(p.out, found{Mention: mn, form: titled + name, cues: c})
	p.last = mn.Name
}

// addLone records a lone capitalised word at token i: a surname to
// resolve, or nothing.
func (p *mentionParser) addLone(w string, i int) {
	acts := i+1 < len(p.toks) && actingVerbs[p.toks[i+1].text] ||
		i > 0 && speechVerbs[p.toks[i-1].text]
	p.out = append(p.out, found{Mention: Mention{Name: w, Kind: KindUnknown, Acts: acts}, form: w, cues: p.context(i, 1)})
	if !acts {
		p.lone = append(p.lone, w)
	}
	if acts || p.known[w] {
		p.last = w
	}
}

// pronoun handles "he" or "she" where it is the subject of a sentence or
// of a speech attribution: first in the sentence or after an opening
// phrase ("In January, he …"), or after a closing quotation or a dash
// ("…,” he said"). It refers to the last person named.
func (p *mentionParser) pronoun(i int) int {
	w := p.toks[i].lower
	if w != "he" && w != "she" || p.last == "" {
		return 0
	}
	subject := p.startsSentence(i)
	if !subject && i > 0 {
		prev := p.toks[i-1]
		subject = isQuoteMark(prev) || isDash(prev) ||
			prev.text == "," && i > 1 && isQuoteMark(p.toks[i-2]) ||
			prev.text == "," && p.openingPhraseEnds(i-1)
	}
	if !subject {
		return 0
	}
	for _, f := range p.out {
		if f.Name == p.last {
			return 1
		}
	}
	// The pronoun says the name is a person's.
	p.out = append(p.out, found{Mention: Mention{Name: p.last, Kind: KindUnknown}, form: "", cues: cues{pronoun: 1}})
	return 1
}

// openingPhraseEnds reports whether the comma at token c ends a short
// opening phrase of the sentence with no actor in it: "In January, …".
func (p *mentionParser) openingPhraseEnds(c int) bool {
	if c > 5 || len(p.out) > 0 {
		return false
	}
	for j := 0; j < c; j++ {
		if p.toks[j].text == "," || isQuoteMark(p.toks[j]) {
			return false
		}
	}
	return true
}

func (p *mentionParser) text(i, n int) string {
	return p.join(i, n, func(t *token) string { return t.text })
}

// lowerText is strings.ToLower(p.text(i, n)), from the tokens' own lower
// case: a single word is not copied.
func (p *mentionParser) lowerText(i, n int) string {
	return p.join(i, n, func(t *token) string { return t.lower })
}

// join writes the n tokens at i, in the form form gives, as text writes
// them.
func (p *mentionParser) join(i, n int, form func(*token) string) string {
	end := min(i+n, len(p.toks))
	switch {
	case end <= i:
		return ""
	case end == i+1:
		return form(&p.toks[i])
	}
	size := 0
	for k := i; k < end; k++ {
		size += len(form(&p.toks[k])) + 1
	}
	var b strings.Builder
	b.Grow(size)
	for k := i; k < end; k++ {
		if k > i && p.toks[k].word && !p.toks[k].joined {
			b.WriteByte(' ')
		}
		b.WriteString(form(&p.toks[k]))
	}
	return b.String()
}

// isNameWord reports whether a word looks like part of a person's name:
// a capital then lower-case letters ("Putin", "O'Brien", "Al-Sharaa"),
// not an acronym, a number ("Seventy-five") or a compound whose last part
// is lower case ("New York-based").
func isNameWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) || isNumberWord(w) {
		return false
	}
	lower, hyphen := false, false
	for _, c := range w[n:] {
		switch {
		case hyphen && !unicode.IsUpper(c):
			return false
		case unicode.IsLower(c):
			lower = true
		case c == '-' || c == '\'' || c == '’' || unicode.IsUpper(c):
		default:
			return false
		}
		hyphen = c == '-'
	}
	return lower
}

// isSentenceWord reports whether a capitalised word opening a sentence is
// an ordinary word rather than a name: a function word, or a verb or
// adverb form ("Making", "Asked", "Clearly").
func isSentenceWord(w string) bool {
	l := strings.ToLower(w)
	return parse.IsStopword(l) || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ly")
}

// isInitial reports whether a word is an initial: "J.", "H.W.".
func isInitial(w string) bool {
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return len(w) >= 2 && w[len(w)-1] == '.'
}

// isHeading reports whether a sentence is written in title case, where
// capitals do not mark names: most of its longer words capitalised, and,
// unless it is a headline, some function word too ("Putin Does Not Fully
// Support …"), as a sentence may be all names.
func isHeading(toks []token, headline bool) bool {
	words, upper := 0, 0
	for i := range toks {
		if t := &toks[i]; t.word && longerThanThree(t.text) {
			words++
			if t.upper {
				upper++
			}
		}
	}
	if words < 2 || upper*4 < words*3 {
		return false
	}
	if headline {
		return true
	}
	for k := 1; k < len(toks); k++ {
		if t := &toks[k]; t.word && t.upper && parse.IsStopword(t.lower) {
			return true
		}
	}
	return false
}

// longerThanThree reports whether a word has more than three characters,
// counting them only when its bytes do not tell.
func longerThanThree(w string) bool {
	switch {
	case len(w) <= 3:
		return false
	case len(w) > 3*utf8.UTFMax, w[0]|w[1]|w[2]|w[3] < utf8.RuneSelf:
		return true
	}
	return utf8.RuneCountInString(w) > 3
}
