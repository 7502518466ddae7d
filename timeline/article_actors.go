package timeline

import (
	"slices"
	"sort"
	"strings"

	"dateline/parse"
)

// articleActors are the actors of one article: what each passage names,
// with the names folded as far as the article alone allows ("Putin" is
// the "Vladimir Putin" named elsewhere in it).
type articleActors struct {
	// The names of each passage, by the passages' starts, in order.
	starts []int
	names  [][]string
	known  map[string]bool
	words  *articleWords
	table  map[string]*articleName
	order  []*articleName // in order of first mention
	// version counts the changes to the names: each makes what they
	// resolved to before out of date. ambiguous holds the partial names
	// that fit several people of the article.
	version   int
	ambiguous map[string]bool
}

// articleName is a name of the article, before resolution: the mention
// as the article makes it, what the text says of it, and its words.
type articleName struct {
	Mention
	cues  cues
	words []string
	// resolved is what resolve found the name stands for, when the
	// names of the article were at version resolvedAt-1.
	resolved   string
	resolvedAt int
}

func newArticleActors(text string, passages []parse.Span) *articleActors {
	aa := &articleActors{starts: make([]int, len(passages)), names: make([][]string, len(passages)), known: map[string]bool{}, table: map[string]*articleName{},
		ambiguous: map[string]bool{}}
	at := tokenizePassages(text, passages)
	defer at.release()
	toks := at.passages
	aa.words = newArticleWords(toks)
	// A first reading learns who the people are, so that a lone surname
	// before the full name is known as a person too. The second reads
	// again only the sentences that knowing them changes.
	readings := at.readings(len(passages))
	last := ""
	for i := range passages {
		readings[i] = sentenceMentions(toks[i], last, nil, aa.words, false, at.mentions.next())
		readings[i].found = at.mentions.keep(readings[i].found)
		for _, f := range readings[i].found {
			if f.Kind == KindPerson || f.Kind == KindUnknown && f.Acts {
				aa.known[lastWord(f.Name)] = true
			}
		}
		last = readings[i].after
	}
	last = ""
	for i := range passages {
		if !readings[i].holds(last, aa.known) {
			readings[i] = sentenceMentions(toks[i], last, aa.known, aa.words, false, at.mentions.next())
			readings[i].found = at.mentions.keep(readings[i].found)
		}
		for _, f := range readings[i].found {
			aa.record(f)
		}
		last = readings[i].after
	}
	for i, p := range passages {
		aa.starts[i], aa.names[i] = p.Start, aa.resolveAll(readings[i].found)
	}
	return aa
}

// record adds a mention to the article's table, before resolution.
func (aa *articleActors) record(f found) {
	m, ok := aa.table[f.Name]
	if !ok {
		m = &articleName{Mention: Mention{Name: f.Name, Kind: f.Kind}, words: strings.Fields(f.Name)}
		aa.table[f.Name] = m
		aa.order = append(aa.order, m)
		aa.version++
	}
	m.cues.add(f.cues)
	for _, t := range f.Titles {
		if !contains(m.Titles, t) {
			m.Titles = append(m.Titles, t)
			aa.version++
		}
	}
	if f.Kind != KindUnknown && m.Kind != f.Kind {
		m.Kind = f.Kind
		aa.version++
	}
	if m.Country == "" && f.Country != "" {
		m.Country, m.Title = f.Country, f.Title
	}
	if m.Title == "" {
		m.Title = f.Title
	}
	m.Acts = m.Acts || f.Acts
	form := f.form
	if rest, ok := strings.CutPrefix(form, "The "); ok {
		form = "the " + rest // "The Russian president" opening a sentence
	}
	if form != "" && form != f.Name && !containsFold(m.Forms, form) {
		m.Forms = append(m.Forms, form)
	}
}

// resolve returns the article-level name a mention stands for: a surname
// or first name the one person of the article it fits, a shorter form of
// a name the one fuller name ("James C. Kopp", "James Charles Kopp"), a
// role the person holding it. A name that fits several people stays as
// it is.
func (aa *articleActors) resolve(name string) string {
	m := aa.table[name]
	if m == nil {
		return name
	}
	if m.resolvedAt == aa.version+1 {
		return m.resolved
	}
	r := name
	switch m.Kind {
	case KindRole:
		for _, p := range aa.order {
			if p.Kind == KindPerson && p.Country == m.Country && p.Title == m.Title {
				r = aa.resolve(p.Name)
				break
			}
		}
	case KindUnknown:
		r = aa.person(name, m.Titles, partialFits(&m.Mention))
		if r == "" && len(m.Titles) == 0 {
			// A first name: "Elian" for "Elian Gonzalez".
			r = aa.person(name, nil, func(words []string) bool { return words[0] == name })
		}
		if r == "" && len(m.Titles) == 0 && !aa.ambiguous[name] {
			r = aa.firm(name)
		}
	case KindPerson:
		short := m.words
		r = aa.person(name, nil, func(words []string) bool { return isSubname(short, words) })
		if r == "" && len(m.Titles) == 0 && !aa.ambiguous[name] {
			r = aa.firm(name) // "Milton Roy" for "Milton Roy Corp"
		}
	}
	if r == "" {
		r = name
	}
	m.resolved, m.resolvedAt = r, aa.version+1
	return r
}

// person returns the fullest name of the one person of the article, other
// than name, whose full name fits and whose titles agree with titles; ""
// when none does, and when several do, name is marked ambiguous.
func (aa *articleActors) person(name string, titles []string, fits func(words []string) bool) string {
	var cands []candidate
	for _, p := range aa.order {
		if p.Kind != KindPerson || len(p.words) < 2 || p.Name == name {
			continue
		}
		if fits(p.words) {
			cands = append(cands, candidate{p.words, p.Titles})
		}
	}
	full, ambiguous := onePerson(cands, titles)
	if ambiguous {
		aa.ambiguous[name] = true
	}
	return full
}

// candidate is a full name a partial name may stand for, with the titles
// given to it.
type candidate struct {
	words, titles []string
}

// onePerson returns the full name of the one person among cands that a
// partial name given titles stands for: the one known to hold one of
// those titles, or else the one whose titles agree. Names that are forms
// of one another ("Donald Trump", "Donald J. Trump") are one person,
// named by the longest. ambiguous is true when several people fit.
func onePerson(cands []candidate, titles []string) (name string, ambiguous bool) {
	var holding, agreeing [][]string
	for _, c := range cands {
		if allAgree(titles, c.titles) {
			agreeing = append(agreeing, c.words)
		}
		for _, t := range titles {
			if !honorifics[t] && contains(c.titles, t) {
				holding = append(holding, c.words)
				break
			}
		}
	}
	people := maximalNames(holding)
	if len(people) == 0 {
		people = maximalNames(agreeing)
	}
	if len(people) != 1 {
		return "", len(people) > 1
	}
	return strings.Join(people[0], " "), false
}

// firm returns the one organisation of the article whose name starts
// with the words of name ("Unisys" for "Unisys Corp"), "" if none or
// several do.
func (aa *articleActors) firm(name string) string {
	return onlyFirm(name, func(yield func(string) bool) {
		for _, n := range aa.order {
			if n.Kind == KindOrganisation && !yield(n.Name) {
				return
			}
		}
	})
}

// allAgree reports whether each of the titles given with a partial name
// fits a person with the titles ts.
func allAgree(titles, ts []string) bool {
	for _, t := range titles {
		if !titlesAgree(t, ts) {
			return false
		}
	}
	return true
}

// maximalNames returns the names (as words) that are no subname of
// another: "James C. Kopp" goes with "James Charles Kopp".
func maximalNames(names [][]string) [][]string {
	var out [][]string
	for i, n := range names {
		maximal := true
		for j, o := range names {
			same := slices.Equal(o, n)
			if !same && isSubname(n, o) && !isSubname(o, n) || same && j < i {
				maximal = false
				break
			}
		}
		if maximal {
			out = append(out, n)
		}
	}
	return out
}

func (aa *articleActors) resolveAll(fs []found) []string {
	var names []string
	for _, f := range fs {
		n := aa.resolve(f.Name)
		if !f.place && !contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// at returns the names of the actors of the passage starting at pos.
func (aa *articleActors) at(pos int) []string {
	// The last passage starting at pos, as passages may be empty.
	k := sort.SearchInts(aa.starts, pos+1)
	if k > 0 && aa.starts[k-1] == pos {
		return aa.names[k-1]
	}
	return nil
}

// headline returns the actors a headline names.
func (aa *articleActors) headline(text string) []string {
	fs := sentenceMentions(tokenize(text), "", aa.known, aa.words, true, nil).found
	for _, f := range fs {
		aa.record(f)
	}
	return aa.resolveAll(fs)
}

// mentions returns the article's actors, folded: a surname or role
// resolved to a person is one of the person's forms. What the text says
// of a name, under any of its forms, decides its kind when the name alone
// does not: a run of capitalised words or a lone word is a person's, an
// organisation's or unknown.
func (aa *articleActors) mentions() []Mention {
	// The actors, numbered in order of first mention, are counted first:
	// out is made to their number, extractions being kept until the
	// corpus is merged.
	index := make(map[string]int, len(aa.order))
	for _, src := range aa.order {
		target := aa.resolve(src.Name)
		if _, ok := index[target]; !ok {
			index[target] = len(index)
		}
	}
	out := make([]Mention, len(index))
	evidence := make([]cues, len(index))
	next := 0 // the number of the next actor first mentioned
	for _, src := range aa.order {
		n := src.Name
		target := aa.resolve(n)
		i := index[target]
		if i == next {
			next++
			t := aa.table[target]
			out[i] = Mention{Name: target, Kind: t.Kind, Country: t.Country, Title: t.Title,
				Titles: append([]string(nil), t.Titles...)}
		}
		merged := &out[i]
		addForm := func(f string) {
			if !contains(merged.Forms, f) && f != merged.Name {
				merged.Forms = append(merged.Forms, f)
			}
		}
		if target != n && src.Kind != KindRole {
			addForm(n) // first: "the president of Russia" is not written
		}
		for _, f := range src.Forms {
			addForm(f)
		}
		merged.Acts = merged.Acts || src.Acts
		evidence[i].add(src.cues)
	}
	for i := range out {
		m := &out[i]
		switch m.Kind {
		case KindPerson:
			evidence[i].add(nameCues(aa.table[m.Name].words))
			m.Kind = evidence[i].kind()
		case KindUnknown:
			switch k := evidence[i].kind(); {
			case aa.ambiguous[m.Name]:
				m.Kind = KindPerson // a surname several people of the article share
			case k == KindOrganisation:
				m.Kind = k
			default:
				m.Kind, m.Partial = k, true
			}
		}
	}
	return out
}

func lastWord(name string) string {
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// containsFold reports whether list holds s, without regard to case.
func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
