package timeline

import (
	"strings"
	"testing"
	"time"

	"dateline/parse"
	"dateline/seeds"
)

// The acceptance checks on the five built-in articles, as a reader of
// them would make.
func seedTimeline(t *testing.T) *Timeline {
	t.Helper()
	arts, probs := seeds.Articles()
	if len(probs) > 0 || len(arts) != 5 {
		t.Fatalf("seeds: %d articles, problems %v", len(arts), probs)
	}
	parse.Complete(arts)
	return Build(arts)
}

func TestSeedsPublishDates(t *testing.T) {
	tl := seedTimeline(t)
	want := map[string]string{
		"000_9cbffbaa04cb8ddb": "2025-03-12", // header
		"001_858abdff396ef4c8": "2025-03-12",
		"002_98c20dc6ec598998": "2025-03-12",
		"003_f9c39cc6b21bc300": "2025-03-13", // caption "on March 13, 2025"
		"004_eb7b886a3bf00e2d": "2025-03-12",
	}
	for _, a := range tl.Articles {
		if got := a.Published.Format(isoDay); got != want[a.ID] || a.PublishedReason == "" {
			t.Errorf("%s: published %s (%s), want %s", a.ID, got, a.PublishedReason, want[a.ID])
		}
		if a.PublishedInferred != (a.ID != "000_9cbffbaa04cb8ddb") {
			t.Errorf("%s: inferred %v", a.ID, a.PublishedInferred)
		}
	}
}

func TestSeedsEvents(t *testing.T) {
	tl := seedTimeline(t)
	byDate := map[string][]Event{}
	for _, e := range tl.Events {
		if e.Kind == KindEvent {
			byDate[e.Date] = append(byDate[e.Date], e)
		}
	}
	dec := byDate["2024-12"]
	if len(dec) != 1 || len(dec[0].Sources) != 3 || !contains(dec[0].Actors, "Vladimir Putin") {
		t.Errorf("in December: %s, actors %v", dates(dec), dec[0].Actors)
	}
	june := byDate["2024-06"]
	if len(june) != 1 || len(june[0].Sources) != 2 || !contains(june[0].Actors, "Vladimir Putin") {
		t.Errorf("June last year / last June: %s", dates(june))
	}
	var tuesdays, laterThisWeek int
	first, last := time.Date(1962, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC)
	for _, e := range tl.Events {
		if e.Start.Before(first) || e.End.After(last) {
			t.Errorf("event outside 1962 … March 2025: %s %q", e.Date, e.Text)
		}
		for _, s := range e.Sources {
			if strings.Contains(s.Expression, "Tuesday") && !strings.HasPrefix(s.Article, "003") {
				tuesdays++
				if s.Date != "2025-03-11" {
					t.Errorf("%s %q: %s", s.Article, s.Expression, s.Date)
				}
			}
			if s.Expression == "later this week" {
				laterThisWeek++
				if s.Date != "2025-W11" {
					t.Errorf("later this week: %s", s.Date)
				}
			}
		}
	}
	if tuesdays != 4 || laterThisWeek != 1 {
		t.Errorf("%d Tuesdays, %d 'later this week'", tuesdays, laterThisWeek)
	}
}

func TestSeedsActors(t *testing.T) {
	tl := seedTimeline(t)
	for _, a := range tl.Actors {
		switch a.Name {
		case "Kacper Pempel", "KACPER PEMPEL", "Maxim Shemetov", "Mateusz Czmiel", "Reuters", "AFP", "Bloomberg", "POOL", "Latin Times", "Digi24", "Washington Post":
			t.Errorf("not an actor: %s", a.Name)
		}
		if a.Kind != KindPerson && a.Kind != KindCountry && a.Kind != KindOrganisation {
			t.Errorf("%s: kind %q", a.Name, a.Kind)
		}
	}
	for name, aliases := range map[string][]string{
		"Vladimir Putin": {"Putin", "President Vladimir Putin", "the Russian president"},
		"United States":  {"U.S.", "US", "Washington", "American"},
		"Ukraine":        {"Kyiv", "Ukrainian"},
		"Russia":         {"Moscow", "Kremlin", "Russian"},
		"NATO":           {"Nato"},
	} {
		a := findActor(tl, name)
		if a == nil {
			t.Errorf("no actor %s", name)
			continue
		}
		for _, al := range aliases {
			if !contains(a.Aliases, al) {
				t.Errorf("%s: aliases %v, missing %q", name, a.Aliases, al)
			}
		}
	}
}
