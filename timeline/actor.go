package timeline

import (
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"

	"dateline/internal/parallel"
)

// corpusActors folds the actors the articles name into the actors of the
// corpus. Across articles, people fold by identical full names only (each
// article has already folded "Putin" and "President Vladimir Putin" into
// its "Vladimir Putin"); a partial name an article could not complete
// ("Putin", "President Bush") goes to the one person of the corpus it
// fits, surname and title, and otherwise stays as written if something
// says it names someone; a role ("the Russian president") is the one
// person the corpus gives that office to. An actor's kind is the one the
// articles give it most, unknown only if none says.
type corpusActors struct {
	actors map[string]*Actor // canonical name → actor
	// mentions are the mentions of the corpus, and resolved, by mention,
	// its canonical name ("" for no actor) and kind.
	mentions *mentionTable
	resolved []resolvedMention
}

type resolvedMention struct{ name, kind string }

func newCorpusActors(mt *mentionTable) *corpusActors {
	ca := &corpusActors{actors: map[string]*Actor{}, mentions: mt, resolved: make([]resolvedMention, len(mt.distinct))}
	people := corpusPeople{}
	var firms []string
	offices := map[string]string{} // country|title → the one person holding it, "" for several
	// Mentions written alike add nothing the first did not: each is seen
	// once, in order of first appearance.
	for _, m := range mt.distinct {
		if m.Kind == KindOrganisation && !contains(firms, m.Name) {
			firms = append(firms, m.Name)
		}
		if m.Kind != KindPerson || m.Partial {
			continue
		}
		if strings.Contains(m.Name, " ") {
			ts := people[m.Name]
			for _, t := range m.Titles {
				if !contains(ts, t) {
					ts = append(ts, t)
				}
			}
			people[m.Name] = ts
		}
		if m.Country != "" && m.Title != "" {
			key := m.Country + "|" + m.Title
			if holder, ok := offices[key]; ok && holder != m.Name {
				offices[key] = ""
			} else {
				offices[key] = m.Name
			}
		}
	}
	known := people.index()
	// The fullest form of each full name, found once on all cores rather
	// than for each mention that gives the name.
	full := slices.Collect(maps.Keys(people))
	fuller := make([]string, len(full))
	parallel.For(len(full), func(i int) { fuller[i] = known.fullest(full[i]) })
	fullest := make(map[string]string, len(full))
	for i, n := range full {
		fullest[n] = fuller[i]
	}
	// Mentions are resolved on all cores; the actors are then gathered in
	// order, as the aliases an actor keeps depend on it.
	parallel.For(len(mt.distinct), func(k int) {
		m := mt.distinct[k]
		name, kind := m.Name, m.Kind
		switch {
		case m.Kind == KindRole:
			name, kind = offices[m.Country+"|"+m.Title], KindPerson
		case m.Partial:
			if n := known.complete(m); n != "" {
				name, kind = n, KindPerson
			} else if f := firmOf(m, firms); f != "" {
				name, kind = f, KindOrganisation
			} else if m.Kind != KindPerson && !m.Acts {
				name = ""
			}
		case m.Kind == KindPerson && strings.Contains(m.Name, " "):
			name = fullest[m.Name]
		}
		ca.resolved[k] = resolvedMention{name, kind}
	})
	votes := map[*Actor]*kindVotes{}
	for k, m := range mt.distinct {
		name, kind := ca.resolved[k].name, ca.resolved[k].kind
		if name == "" {
			continue
		}
		a := ca.actors[name]
		if a == nil {
			a = &Actor{Name: name}
			ca.actors[name] = a
			votes[a] = &kindVotes{}
		}
		votes[a].add(kind, mt.count[k])
		alias := func(f string) {
			if f != name && !containsFold(a.Aliases, f) {
				a.Aliases = append(a.Aliases, f)
			}
		}
		if m.Kind != KindRole {
			alias(m.Name) // as written, before its other forms
		}
		for _, f := range m.Forms {
			alias(f)
		}
	}
	for _, a := range ca.actors {
		sort.Strings(a.Aliases)
		a.Kind = KindUnknown
		v := votes[a]
		for _, k := range []string{KindPerson, KindOrganisation, KindCountry} {
			if n := v.count(k); n > 0 && n > v.count(a.Kind) || a.Kind == KindUnknown && n > 0 {
				a.Kind = k
			}
		}
	}
	return ca
}

// kindVotes count the kinds the articles give an actor: those an actor
// can take, and unknown, which it takes if none is given.
type kindVotes struct{ person, organisation, country, unknown int }

func (v *kindVotes) vote(kind string) *int {
	switch kind {
	case KindPerson:
		return &v.person
	case KindOrganisation:
		return &v.organisation
	case KindCountry:
		return &v.country
	case KindUnknown:
		return &v.unknown
	}
	return nil // a kind no actor takes in the end
}

// add counts n votes for kind.
func (v *kindVotes) add(kind string, n int) {
	if c := v.vote(kind); c != nil {
		*c += n
	}
}

func (v *kindVotes) count(kind string) int {
	if n := v.vote(kind); n != nil {
		return *n
	}
	return 0
}

// names maps the article-level actor names of article i to canonical
// names, dropping those that name no actor. Most names are canonical as
// they are: names is then returned as it is, rather than copied.
func (ca *corpusActors) names(i int, names []string) []string {
	var out []string
	for k, n := range names {
		c := ca.canonical(i, n)
		if out == nil && c != "" && c == n && !contains(names[:k], n) {
			continue // names[:k+1] is the result so far
		}
		if out == nil {
			out = make([]string, k, len(names))
			copy(out, names[:k])
		}
		if c != "" && !contains(out, c) {
			out = append(out, c)
		}
	}
	if out == nil {
		if len(names) == 0 {
			return nil
		}
		return names
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// canonical returns the canonical name of an actor named n by article i:
// that of the article's last mention of that name, or n itself when the
// article lists no such mention.
func (ca *corpusActors) canonical(i int, n string) string {
	ids := ca.mentions.byArticle[i]
	for k := len(ids) - 1; k >= 0; k-- {
		if ca.mentions.distinct[ids[k]].Name == n {
			return ca.resolved[ids[k]].name
		}
	}
	return n
}

// firmOf returns the one firm of the corpus whose name starts with a lone
// word nothing says is a person's, "" if none or several do.
func firmOf(m Mention, firms []string) string {
	if m.Kind != KindUnknown || strings.Contains(m.Name, " ") {
		return ""
	}
	return onlyFirm(m.Name, slices.Values(firms))
}

// onlyFirm returns the one of firms whose name starts with the words of
// name ("Unisys" for "Unisys Corp", "Anheuser" for "Anheuser-Busch
// Cos"), "" if none or several do. A word that starts longer names of
// places ("New") is no short name of a firm.
func onlyFirm(name string, firms iter.Seq[string]) string {
	if gazette.prefixes[name] {
		return ""
	}
	found := ""
	for f := range firms {
		if strings.HasPrefix(f, name+" ") || strings.HasPrefix(f, name+"-") {
			if found != "" {
				return ""
			}
			found = f
		}
	}
	return found
}

// corpusPeople are the full names of people in the corpus, with the
// titles the articles give them.
type corpusPeople map[string][]string

// peopleIndex lists the people of the corpus by the first and by the
// last word of their full names: the names a partial name can stand for
// share one of those with it, and looking at those few rather than at
// every person keeps folding linear in the corpus.
type peopleIndex struct {
	byFirst, byLast map[string][]candidate
}

func (cp corpusPeople) index() peopleIndex {
	pi := peopleIndex{byFirst: map[string][]candidate{}, byLast: map[string][]candidate{}}
	for n, ts := range cp {
		c := candidate{strings.Fields(n), ts}
		first, last := c.words[0], c.words[len(c.words)-1]
		pi.byFirst[first] = append(pi.byFirst[first], c)
		pi.byLast[last] = append(pi.byLast[last], c)
	}
	return pi
}

// complete returns the full name of the one person of the corpus a
// partial name fits: by surname with agreeing titles, or, untitled, by
// first name ("Elian"); "" when none or several do.
func (pi peopleIndex) complete(m Mention) string {
	word := lastWord(m.Name)
	if n := pi.only(word, partialFits(&m), m.Titles); n != "" || len(m.Titles) > 0 {
		return n
	}
	return pi.only(word, func(words []string) bool { return words[0] == word }, nil)
}

// fullest returns the fullest form the corpus gives a full name: the one
// longer name with the same first and last words that it is a form of
// ("James C. Kopp", "James Kopp" → "James Charles Kopp"); the name itself
// when there is none or more than one.
func (pi peopleIndex) fullest(name string) string {
	short := strings.Fields(name)
	if n := pi.only(short[0], func(words []string) bool { return words[0] == short[0] && isSubname(short, words) }, nil); n != "" {
		return n
	}
	return name
}

// only returns the fullest name of the one person of the corpus whose
// full name fits, as onePerson chooses; "" when none or several fit.
// fits must refuse every name whose first and last words both differ
// from word.
func (pi peopleIndex) only(word string, fits func(words []string) bool, titles []string) string {
	var cands []candidate
	for _, c := range pi.byLast[word] {
		if fits(c.words) {
			cands = append(cands, c)
		}
	}
	for _, c := range pi.byFirst[word] {
		if c.words[len(c.words)-1] != word && fits(c.words) { // not seen by last word
			cands = append(cands, c)
		}
	}
	name, _ := onePerson(cands, titles)
	return name
}

// isSubname reports whether the words of short are words of long, in
// order, ending with the same word, an initial standing for a word:
// "Putin" and "Vladimir Putin" are subnames of "Vladimir Vladimirovich
// Putin", "James C. Kopp" of "James Charles Kopp".
func isSubname(short, long []string) bool {
	if len(short) == 0 || len(short) > len(long) || short[len(short)-1] != long[len(long)-1] {
		return false
	}
	i := 0
	for _, w := range long {
		if i < len(short) && sameNameWord(short[i], w) {
			i++
		}
	}
	return i == len(short)
}

func sameNameWord(short, long string) bool {
	if isInitial(short) && len(short) == 2 {
		return strings.HasPrefix(long, short[:1])
	}
	return short == long
}

// actorList returns the actors involved in the events, each with the
// number of events involving it, most involved first.
func actorList(evs []Event, known map[string]*Actor) []Actor {
	count := map[string]int{}
	for i := range evs {
		for _, a := range evs[i].Actors {
			count[a]++
		}
	}
	var out []Actor
	for name, n := range count {
		a := Actor{Name: name, Events: n}
		if k, ok := known[name]; ok {
			a.Kind, a.Aliases = k.Kind, k.Aliases
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Name < out[j].Name
	})
	return out
}
