package timeline

import (
	"sort"
	"strings"
)

// corpusActors folds the actors the articles name into the actors of the
// corpus. A person is named by the longest form the corpus gives ("Putin",
// "President Vladimir Putin" → Vladimir Putin); a role ("the Russian
// president") is the person the corpus gives that office to; a lone
// capitalised word is a person if some article names them in full or
// shows them acting ("Rubio said"), and otherwise no actor.
type corpusActors struct {
	actors map[string]*Actor // canonical name → actor
	// canon maps an extraction's index and article-level name to the
	// canonical name, "" for no actor.
	canon []map[string]string
}

func newCorpusActors(xs []*Extraction) *corpusActors {
	ca := &corpusActors{actors: map[string]*Actor{}, canon: make([]map[string]string, len(xs))}
	// Full names and how many articles use them.
	full := map[string]int{}
	for _, x := range xs {
		for _, m := range x.Actors {
			if m.Kind == KindPerson {
				full[m.Name]++
			}
		}
	}
	person := func(name string) string { return fullestName(name, full) }
	// Offices, from people named with one: (country, title) → person.
	offices := map[string]string{}
	for _, x := range xs {
		for _, m := range x.Actors {
			if m.Kind == KindPerson && m.Country != "" && m.Title != "" {
				if _, ok := offices[m.Country+"|"+m.Title]; !ok {
					offices[m.Country+"|"+m.Title] = person(m.Name)
				}
			}
		}
	}
	for i, x := range xs {
		ca.canon[i] = map[string]string{}
		for _, m := range x.Actors {
			name, kind := "", m.Kind
			switch m.Kind {
			case KindCountry, KindOrganisation:
				name = m.Name
			case KindPerson:
				name = person(m.Name)
			case KindRole:
				name, kind = offices[m.Country+"|"+m.Title], KindPerson
			case KindUnknown:
				if n := fullestName(m.Name, full); full[n] > 0 {
					name, kind = n, KindPerson
				} else if n := firstNameOf(m.Name, full); n != "" {
					name, kind = n, KindPerson
				} else if m.Acts {
					name, kind = m.Name, KindPerson
				}
			}
			ca.canon[i][m.Name] = name
			if name == "" {
				continue
			}
			a := ca.actors[name]
			if a == nil {
				a = &Actor{Name: name, Kind: kind}
				ca.actors[name] = a
			}
			forms := m.Forms
			if m.Kind != KindRole {
				forms = append([]string{m.Name}, forms...)
			}
			for _, f := range forms {
				if f != name && !containsFold(a.Aliases, f) {
					a.Aliases = append(a.Aliases, f)
				}
			}
		}
	}
	for _, a := range ca.actors {
		sort.Strings(a.Aliases)
	}
	return ca
}

// names maps the article-level actor names of extraction i to canonical
// names, dropping those that name no actor.
func (ca *corpusActors) names(i int, names []string) []string {
	var out []string
	for _, n := range names {
		c, ok := ca.canon[i][n]
		if !ok {
			c = n // a name the extraction does not list: taken as it is
		}
		if c != "" && !contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// fullestName returns the name the corpus gives in full for a person
// written name: the longest full name that has the same last word and the
// words of name in order ("Putin", "Vladimir Putin" → "Vladimir
// Vladimirovich Putin" when the corpus writes it). Between different
// people of one surname ("Donald Trump", "Melania Trump") a lone surname
// goes to the one named most. A name with no fuller form is returned as
// it is.
func fullestName(name string, full map[string]int) string {
	words := strings.Fields(name)
	var cands [][]string
	for cand := range full {
		if cw := strings.Fields(cand); isSubname(words, cw) {
			cands = append(cands, cw)
		}
	}
	best, bestCount := name, 0
	for _, cw := range cands {
		maximal := true
		for _, other := range cands {
			if len(other) > len(cw) && isSubname(cw, other) {
				maximal = false
			}
		}
		if !maximal {
			continue
		}
		// How often the person this name covers is named, in any form.
		count := 0
		for other, n := range full {
			if isSubname(strings.Fields(other), cw) {
				count += n
			}
		}
		cand := strings.Join(cw, " ")
		if count > bestCount || count == bestCount && cand < best {
			best, bestCount = cand, count
		}
	}
	return best
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

// firstNameOf returns the one person of the corpus whose first name is
// w ("Elian" → "Elian Gonzalez"), or "" when none or several are.
func firstNameOf(w string, full map[string]int) string {
	found := ""
	for name := range full {
		first, _, ok := strings.Cut(name, " ")
		if !ok || first != w {
			continue
		}
		if found != "" && fullestName(found, full) != fullestName(name, full) {
			return ""
		}
		found = fullestName(name, full)
	}
	return found
}

// actorList returns the actors involved in the events, each with the
// number of events involving it, most involved first.
func actorList(evs []Event, known map[string]*Actor) []Actor {
	count := map[string]int{}
	for _, e := range evs {
		for _, a := range e.Actors {
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
