package timeline

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
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
	// starts holds, by first word, the phrases (as written) and the
	// titles (lower case) that start with it.
	starts map[string]*phraseStarts
	// phraseFirst and titleFirst sketch the first words of the phrases
	// (as written) and of the titles (lower case).
	phraseFirst, titleFirst wordSketch
	nameWords               map[string]string // last word of a name → company, organisation, government, media, event, place
	givenNames              map[string]bool
}

// phraseStarts are the phrases and the titles that start with a word,
// each list longest first: a text is matched against them word by word,
// rather than by looking up every run of its words.
type phraseStarts struct {
	phrases, titles []startingPhrase
}

// startingPhrase is a phrase or title as the words of a text must read
// (it is split at single spaces, as the words are joined to look it up
// whole), with what a phrase names.
type startingPhrase struct {
	words []string
	entry *entry // nil for a title
}

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
		starts: map[string]*phraseStarts{}, phraseFirst: newWordSketch(15), titleFirst: newWordSketch(15), nameWords: map[string]string{}, givenNames: map[string]bool{}}
	// Later tables do not override earlier ones.
	add := func(phrase string, e entry) {
		if _, ok := g.phrases[phrase]; ok {
			return
		}
		g.phrases[phrase] = &e
		g.index(phrase, &e)
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
			g.index(f[0], nil)
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
// the phrase or title under its first word; e is what a phrase names, nil
// for a title.
func (g *gazetteer) index(phrase string, e *entry) {
	words := strings.Fields(phrase)
	for n := 1; n < len(words); n++ {
		g.prefixes[strings.Join(words[:n], " ")] = true
	}
	if len(words) == 0 {
		return
	}
	st := g.starts[words[0]]
	if st == nil {
		st = &phraseStarts{}
		g.starts[words[0]] = st
	}
	sp := startingPhrase{strings.Split(phrase, " "), e}
	if e == nil {
		st.titles = insertLongestFirst(st.titles, sp)
		g.titleFirst.add(words[0])
	} else {
		st.phrases = insertLongestFirst(st.phrases, sp)
		g.phraseFirst.add(words[0])
	}
}

// insertLongestFirst inserts p in list, kept from the most words to the
// fewest.
func insertLongestFirst(list []startingPhrase, p startingPhrase) []startingPhrase {
	i := 0
	for i < len(list) && len(list[i].words) >= len(p.words) {
		i++
	}
	return slices.Insert(list, i, p)
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
