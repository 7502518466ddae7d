package timeline

import (
	"strings"
	"testing"
)

// actorsOf returns the actors of the first event whose text contains s.
func actorsOf(t *testing.T, tl *Timeline, s string) string {
	t.Helper()
	for _, e := range tl.Events {
		if e.Kind == KindEvent && strings.Contains(e.Text, s) {
			return strings.Join(e.Actors, ", ")
		}
	}
	t.Fatalf("no event with %q", s)
	return ""
}

func TestActorsOfEvents(t *testing.T) {
	cases := []struct {
		name, text, sentence, want string
	}{
		{"title and country before a name", "Russian President Vladimir Putin spoke on Tuesday.", "spoke", "Vladimir Putin"},
		{"lower-case title", "Russian foreign minister Sergei Lavrov spoke on Tuesday.", "spoke", "Sergei Lavrov"},
		{"appositive", "Trump's special envoy, Steve Witkoff, landed on Tuesday.", "landed", "Steve Witkoff"},
		{"countries and capitals acting", "Washington and Kyiv agreed on Tuesday, and the Kremlin said nothing.", "agreed", "United States, Ukraine, Russia"},
		{"abbreviations and hyphens", "The U.S.-backed plan reached Kiev on Tuesday.", "plan", "United States"},
		{"demonyms", "Ukrainian forces and American officials met on Tuesday.", "forces", "Ukraine, United States"},
		{"a capital as a place is no actor", "Envoys arrived in Moscow on Tuesday.", "arrived", ""},
		{"dateline city is no actor", "MOSCOW — Envoys arrived on Tuesday.", "arrived", ""},
		{"organisations", "Nato and the EU met on Tuesday with the RAND Corporation.", "met", "NATO, European Union, RAND Corporation"},
		{"organisation by its last word", "The Federation Council voted on Tuesday.", "voted", "Federation Council"},
		{"a ministry acts for its country", "Russia's Defense Ministry announced the capture on Tuesday.", "announced", "Russia"},
		{"news agencies are sources", "A source told Reuters on Tuesday, as the Washington Post and Bloomberg reported.", "source", ""},
		{"events and places are no actors", "The Cold War ended in the Black Sea Region on Tuesday.", "ended", ""},
		{"a lone word acting is a person", "Rubio said on Tuesday that talks would go on.", "Rubio", "Rubio"},
		{"a lone word not acting is nothing", "Sudzha fell on Tuesday.", "fell", ""},
		{"places are no actors", "Crowds gathered in Little Havana and in Fort Worth on Tuesday, and Texas voted.", "gathered", ""},
		{"an opening verb is no name", "Making John Smith his heir, the king left on Tuesday.", "heir", "John Smith"},
		{"a country after a preposition is no first name", "The U.S. ambassador to Kenya Prudence Bushnell spoke on Tuesday.", "spoke", "Kenya, Prudence Bushnell"},
		{"a country before a name is its first name", "Jordan Bardella spoke on Tuesday.", "spoke", "Jordan Bardella"},
	}
	for _, c := range cases {
		tl := build(t, "Date: 2025-03-12\n\n"+c.text)
		if got := actorsOf(t, tl, c.sentence); got != c.want {
			t.Errorf("%s: actors %q, want %q", c.name, got, c.want)
		}
	}
}

func TestPronounRefersToLastPersonNamed(t *testing.T) {
	tl := build(t, "Date: 2025-03-12\n\n"+
		"Putin has ruled out a pause. Zelensky Smith met Trump.\n"+
		"Vladimir Putin spoke twice.\n"+
		"“We need peace,” he said in December.\n"+
		"In January, he repeated it.\n"+
		"He left on Tuesday.\n"+
		"Officials said he left again on Wednesday.")
	for _, c := range []struct{ sentence, want string }{
		{"December", "Vladimir Putin"},
		{"January", "Vladimir Putin"},
		{"Tuesday", "Vladimir Putin"},
		{"Wednesday", ""}, // not the subject of the sentence
	} {
		if got := actorsOf(t, tl, c.sentence); got != c.want {
			t.Errorf("%s: actors %q, want %q", c.sentence, got, c.want)
		}
	}
}

func TestActorsFoldAcrossTheCorpus(t *testing.T) {
	tl := build(t,
		"Date: 2025-03-12\n\nUS President Donald Trump and Russian President Vladimir Putin spoke. Kremlin spokesman Dmitry Peskov agreed.",
		"Date: 2025-03-12\n\nPutin said on Tuesday that the U.S. was wrong.",
		"Date: 2025-03-12\n\nThe Russian president rejected the plan on Monday. Peskov was silent on Sunday.",
		"Date: 2025-03-12\n\nReporters saw Trump arrive on Saturday, photographed by the AFP.")
	for _, c := range []struct{ sentence, want string }{
		{"wrong", "Vladimir Putin, United States"},
		{"rejected", "Vladimir Putin"},
		{"silent", "Dmitry Peskov"},
		{"arrive", "Donald Trump"},
	} {
		if got := actorsOf(t, tl, c.sentence); got != c.want {
			t.Errorf("%s: actors %q, want %q", c.sentence, got, c.want)
		}
	}
	putin := findActor(tl, "Vladimir Putin")
	if putin == nil || putin.Kind != KindPerson || !contains(putin.Aliases, "Putin") || !contains(putin.Aliases, "the Russian president") {
		t.Fatalf("Putin: %+v", putin)
	}
	if us := findActor(tl, "United States"); us == nil || us.Kind != KindCountry || !contains(us.Aliases, "U.S.") {
		t.Fatalf("United States: %+v", us)
	}
	for _, a := range tl.Actors {
		if a.Name == "AFP" || a.Name == "Reporters" {
			t.Errorf("actor %q", a.Name)
		}
	}
}

func TestPersonNames(t *testing.T) {
	cases := []struct {
		name     string
		articles []string
		sentence string
		want     string
	}{
		{"an initial stands for a name", []string{"James Charles Kopp was charged. James C. Kopp fled on Monday."}, "fled", "James Charles Kopp"},
		{"a lone first name", []string{"Elian Gonzalez arrived.", "Elian smiled on Tuesday."}, "smiled", "Elian Gonzalez"},
		{"a lone surname of several people stays as written", []string{"Donald Trump spoke. Donald Trump spoke again. Melania Trump listened on Monday.", "Trump said on Tuesday that he was pleased."}, "pleased", "Trump"},
		{"people of one surname stay apart", []string{"Donald Trump spoke. Donald Trump spoke again. Melania Trump listened on Monday."}, "listened", "Melania Trump"},
	}
	for _, c := range cases {
		var texts []string
		for _, a := range c.articles {
			texts = append(texts, "Date: 2025-03-12\n\n"+a)
		}
		if got := actorsOf(t, build(t, texts...), c.sentence); got != c.want {
			t.Errorf("%s: actors %q, want %q", c.name, got, c.want)
		}
	}
}

func TestHeadlineInTitleCase(t *testing.T) {
	tl := build(t, "Date: 2025-03-12\n\nPutin Does Not Fully Support U.S. Ceasefire Proposal\n\nVladimir Putin spoke at length about the proposal.")
	r := tl.Events[len(tl.Events)-1]
	if r.Kind != KindReport || strings.Join(r.Actors, ", ") != "Vladimir Putin, United States" {
		t.Fatalf("report %+v", r)
	}
}

func findActor(tl *Timeline, name string) *Actor {
	for i := range tl.Actors {
		if tl.Actors[i].Name == name {
			return &tl.Actors[i]
		}
	}
	return nil
}

func TestGazetteerLoads(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for phrase, want := range map[string]entry{
		"Kyiv": {classCapital, "Ukraine"}, "Kiev": {classCapital, "Ukraine"}, "U.S.": {classCountry, "United States"},
		"Ukrainian": {classDemonym, "Ukraine"}, "Nato": {classOrganisation, "NATO"}, "Reuters": {classMedia, "Reuters"},
	} {
		if e := g.phrases[phrase]; e == nil || *e != want {
			t.Errorf("%s: %+v", phrase, e)
		}
	}
	if !g.titles["secretary of state"] || g.nameWords["Ministry"] != "government" {
		t.Error("titles or name words missing")
	}
}
