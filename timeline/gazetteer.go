package timeline

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// The gazetteers are data, in data/: countries with their other names,
// capitals and seats of government, demonyms, organisations, news outlets,
// other places, titles, the last words that say what a name names,
// given names, and capitalised words that name nothing.
//
//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Classes of gazetteer phrases.
const (
	classCountry      = "country"      // a country or another name of it
	classCapital      = "capital"      // a capital or seat of government
	classDemonym      = "demonym"      // "Russian", "Ukrainians"
	classOrganisation = "organisation" // NATO, the European Union
	classMedia        = "media"        // a news outlet or platform
	classPlace        = "place"        // a region or city: where, not who
	classNotName      = "notname"      // capitalised, but no actor
)

// entry is what a gazetteer phrase names.
type entry struct {
	class string
	name  string // canonical name of the country or organisation
}

// gazetteer holds the tables, indexed for matching phrases of a text.
type gazetteer struct {
	phrases map[string]*entry // as written
	titles  map[string]bool   // lower case
	// prefixes holds the first words of every phrase and title longer
	// than one word ("Saudi", "secretary of"): matching stops as soon as
	// the words read are no prefix.
	prefixes map[string]bool
	// starts holds, by first word, the most words of the phrases (as
	// written) and of the titles (lower case) that start with it: a
	// longer run of words is no phrase.
	starts map[string]phraseStarts
	// phraseFirst and titleFirst sketch the first words of the phrases
	// (as written) and of the titles (lower case).
	phraseFirst, titleFirst wordSketch
	nameWords               map[string]string // last word of a name → company, organisation, government, media, event, place
	givenNames              map[string]bool
}

// phraseStarts are the most words of the phrases and of the titles that
// start with a word.
type phraseStarts struct{ phrase, title int }

// Layouts of the phrase tables.
const (
	named  = iota // a canonical name, then its other names
	mapped        // a phrase, then the name it stands for
	plain         // a phrase alone
)

// phraseTables are the tables of phrases, in order of precedence: a
// country's own name wins over the same word as an organisation's alias.
var phraseTables = []struct {
	file, class string
	layout      int
}{
	{"countries.tsv", classCountry, named},
	{"capitals.tsv", classCapital, mapped},
	{"demonyms.tsv", classDemonym, mapped},
	{"organisations.tsv", classOrganisation, named},
	{"media.txt", classMedia, plain},
	{"places.txt", classPlace, plain},
	{"notnames.txt", classNotName, plain},
}

// gazette is the gazetteer every extraction uses, read once.
var gazette = mustLoadGazetteer()

func mustLoadGazetteer() *gazetteer {
	g, err := loadGazetteer()
	if err != nil {
		panic("timeline: bad gazetteer data: " + err.Error())
	}
	return g
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{phrases: map[string]*entry{}, titles: map[string]bool{}, prefixes: map[string]bool{},
		starts: map[string]phraseStarts{}, phraseFirst: newWordSketch(15), titleFirst: newWordSketch(15), nameWords: map[string]string{}, givenNames: map[string]bool{}}
	// Later tables do not override earlier ones.
	add := func(phrase string, e entry) {
		if _, ok := g.phrases[phrase]; ok {
			return
		}
		g.phrases[phrase] = &e
		g.index(phrase, false)
	}
	var err error
	for _, t := range phraseTables {
		if err != nil {
			break
		}
		err = readTable(t.file, func(f []string) {
			switch t.layout {
			case named:
				add(f[0], entry{t.class, f[0]})
				for _, alias := range aliases(f) {
					add(alias, entry{t.class, f[0]})
				}
			case mapped:
				add(f[0], entry{t.class, f[1]})
			default:
				add(f[0], entry{t.class, f[0]})
			}
		})
	}
	if err == nil {
		err = readTable("titles.txt", func(f []string) {
			g.titles[f[0]] = true
			g.index(f[0], true)
		})
	}
	if err == nil {
		err = readTable("namewords.tsv", func(f []string) { g.nameWords[f[0]] = f[1] })
	}
	if err == nil {
		err = readTable("givennames.txt", func(f []string) { g.givenNames[f[0]] = true })
	}
	return g, err
}

// index notes the first words of a phrase or title of several words, and
// how many words the longest starting with its first word has.
func (g *gazetteer) index(phrase string, title bool) {
	words := strings.Fields(phrase)
	for n := 1; n < len(words); n++ {
		g.prefixes[strings.Join(words[:n], " ")] = true
	}
	if len(words) == 0 {
		return
	}
	st := g.starts[words[0]]
	if title {
		st.title = max(st.title, len(words))
		g.titleFirst.add(words[0])
	} else {
		st.phrase = max(st.phrase, len(words))
		g.phraseFirst.add(words[0])
	}
	g.starts[words[0]] = st
}

func aliases(fields []string) []string {
	if len(fields) < 2 || fields[1] == "" {
		return nil
	}
	var out []string
	for _, a := range strings.Split(fields[1], ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// readTable calls row with the tab-separated fields of each line of a data
// file, skipping comments and blank lines.
func readTable(name string, row func([]string)) error {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		ln := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		fields := strings.Split(ln, "\t")
		if strings.HasSuffix(name, ".tsv") && len(fields) < 2 {
			return fmt.Errorf("%s:%d: want tab-separated fields", name, n)
		}
		row(fields)
	}
	return sc.Err()
}
