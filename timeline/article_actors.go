package timeline

import (
	"strings"

	"dateline/parse"
)

// articleActors are the actors of one article: what each passage names,
// with the names folded as far as the article alone allows ("Putin" is
// the "Vladimir Putin" named elsewhere in it).
type articleActors struct {
	byPassage map[int][]string // passage start → names
	known     map[string]bool
	table     map[string]*Mention
	order     []string
}

func newArticleActors(text string, passages []parse.Span) *articleActors {
	aa := &articleActors{byPassage: map[int][]string{}, known: map[string]bool{}, table: map[string]*Mention{}}
	toks := make([][]token, len(passages))
	for i, p := range passages {
		toks[i] = tokenize(text[p.Start:p.End])
	}
	// A first reading learns who the people are, so that a lone surname
	// before the full name is known as a person too.
	last := ""
	for i := range passages {
		var fs []found
		fs, last = sentenceMentions(toks[i], last, nil, false)
		for _, f := range fs {
			if f.Kind == KindPerson || f.Kind == KindUnknown && f.Acts {
				aa.known[lastWord(f.Name)] = true
			}
		}
	}
	last = ""
	var all [][]found
	for i := range passages {
		var fs []found
		fs, last = sentenceMentions(toks[i], last, aa.known, false)
		all = append(all, fs)
		for _, f := range fs {
			aa.record(f)
		}
	}
	for i, p := range passages {
		aa.byPassage[p.Start] = aa.resolveAll(all[i])
	}
	return aa
}

// record adds a mention to the article's table, before resolution.
func (aa *articleActors) record(f found) {
	m, ok := aa.table[f.Name]
	if !ok {
		m = &Mention{Name: f.Name, Kind: f.Kind}
		aa.table[f.Name] = m
		aa.order = append(aa.order, f.Name)
	}
	if f.Kind != KindUnknown {
		m.Kind = f.Kind
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

// resolve returns the article-level name a mention stands for: a lone
// surname the person of that surname, a role the person holding it.
func (aa *articleActors) resolve(name string) string {
	m := aa.table[name]
	if m == nil {
		return name
	}
	switch m.Kind {
	case KindRole:
		for _, n := range aa.order {
			if p := aa.table[n]; p.Kind == KindPerson && p.Country == m.Country && p.Title == m.Title {
				return n
			}
		}
	case KindUnknown:
		best := ""
		for _, n := range aa.order {
			p := aa.table[n]
			if p.Kind == KindPerson && n != name && lastWord(n) == name && len(n) > len(best) {
				best = n
			}
		}
		if best != "" {
			return best
		}
	}
	return name
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
func (aa *articleActors) at(pos int) []string { return aa.byPassage[pos] }

// headline returns the actors a headline names.
func (aa *articleActors) headline(text string) []string {
	fs, _ := sentenceMentions(tokenize(text), "", aa.known, true)
	for _, f := range fs {
		aa.record(f)
	}
	return aa.resolveAll(fs)
}

// mentions returns the article's actors, folded: a surname or role
// resolved to a person is one of the person's forms.
func (aa *articleActors) mentions() []Mention {
	var out []Mention
	index := map[string]int{}
	for _, n := range aa.order {
		m := *aa.table[n]
		target := aa.resolve(n)
		if target != n {
			m.Forms = append([]string{n}, m.Forms...)
			if m.Kind == KindRole {
				m.Forms = m.Forms[1:] // "the president of Russia" is not written
			}
			n = target
			m = Mention{Name: n, Kind: aa.table[n].Kind, Forms: m.Forms}
		}
		if i, ok := index[n]; ok {
			merged := &out[i]
			for _, f := range m.Forms {
				if !contains(merged.Forms, f) && f != merged.Name {
					merged.Forms = append(merged.Forms, f)
				}
			}
			continue
		}
		t := aa.table[n]
		m.Kind, m.Country, m.Title, m.Acts = t.Kind, t.Country, t.Title, t.Acts
		index[n] = len(out)
		out = append(out, m)
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
