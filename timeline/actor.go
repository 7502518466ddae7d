package timeline

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// notNames are capitalised words that do not name actors on their own:
// sentence openers, pronouns, calendar words and titles.
var notNames = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "But": true,
	"And": true, "Or": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "You": true, "This": true, "That": true, "These": true, "Those": true,
	"After": true, "Before": true, "While": true, "As": true, "According": true, "If": true,
	"When": true, "Meanwhile": true, "However": true, "Thus": true, "Among": true,
	"Despite": true, "Furthermore": true, "Additionally": true, "Speaking": true,
	"Citing": true, "Another": true, "One": true, "Any": true, "Some": true, "With": true,
	"Without": true, "What": true, "Which": true, "Who": true, "Why": true, "How": true,
	"Our": true, "Their": true, "His": true, "Her": true, "Its": true, "There": true,
	"Images": true, "Picture": true, "Photo": true, "Related": true, "Later": true,
	"Experts": true, "Sources": true, "Senior": true, "Official": true,
	"January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true, "October": true,
	"November": true, "December": true, "Monday": true, "Tuesday": true,
	"Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"President": true, "Secretary": true, "Minister": true, "Foreign": true, "State": true,
	"Prime": true, "Chancellor": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"Don't": true, "Miss": true,
}

// findActors returns the actor names in a sentence: runs of capitalised
// words (titles and sentence openers left out), in order of first
// appearance.
func findActors(sentence string) []string {
	var names []string
	seen := map[string]bool{}
	var run []string
	flush := func() {
		for len(run) > 0 && notNames[run[0]] {
			run = run[1:]
		}
		if len(run) > 0 {
			name := strings.Join(run, " ")
			if !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
		run = run[:0]
	}
	// Punctuation between words ends a name: "Moscow — President Putin"
	// and "Ukraine, Russia" are two names each.
	for _, segment := range strings.FieldsFunc(sentence, func(r rune) bool {
		return strings.ContainsRune(",;:()[]“”\"!?—–", r)
	}) {
		for _, w := range strings.Fields(segment) {
			w = trimWord(w)
			r, _ := utf8.DecodeRuneInString(w)
			if w == "" || !unicode.IsUpper(r) || notNames[w] && len(run) == 0 {
				flush()
				continue
			}
			run = append(run, w)
			if strings.HasSuffix(w, ".") && !strings.Contains(w[:len(w)-1], ".") {
				flush()
			}
		}
		flush()
	}
	flush()
	return names
}

// trimWord removes possessives and surrounding punctuation from a word.
func trimWord(w string) string {
	for _, s := range []string{"’s", "'s", "’", "'"} {
		w = strings.TrimSuffix(w, s)
	}
	w = strings.Trim(w, "‘'\"")
	if strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 {
		w = strings.TrimSuffix(w, ".")
	}
	return w
}

// actorList returns the actors of the events, most involved first.
func actorList(evs []Event) []Actor {
	count := map[string]int{}
	for _, e := range evs {
		for _, a := range e.Actors {
			count[a]++
		}
	}
	var out []Actor
	for name, n := range count {
		out = append(out, Actor{Name: name, Kind: "unknown", Events: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Name < out[j].Name
	})
	return out
}
