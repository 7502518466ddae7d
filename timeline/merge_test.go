package timeline

import (
	"fmt"
	"strings"
	"testing"

	"dateline/parse"
)

func TestMergeSameEventAcrossArticles(t *testing.T) {
	tl := build(t,
		"Date: 2025-03-12\n\n“We don’t need a truce, we need a lasting peace with guarantees for our citizens,” Putin said in December. Wheat prices rose in December.",
		"Date: 2025-03-12\n\n\"We do not need a truce; we need lasting peace with guarantees for our citizens,\" he stated in December, said Vladimir Putin's office.",
		"Date: 2025-03-12\n\nOil exports to Asia fell sharply in December, traders said.")
	var dec []Event
	for _, e := range tl.Events {
		if e.Date == "2024-12" {
			dec = append(dec, e)
		}
	}
	// The quotation is one event with two sources; wheat and oil stay apart.
	if len(dec) != 3 {
		t.Fatalf("December events %s", dates(dec))
	}
	if got := dates(dec); got != "2024-12@a+b 2024-12@a 2024-12@c" {
		t.Fatalf("December events %s", got)
	}
	if !contains(dec[0].Actors, "Vladimir Putin") {
		t.Fatalf("actors %v", dec[0].Actors)
	}
}

func TestMergeNeedsTheSameContent(t *testing.T) {
	tl := build(t,
		"Date: 2025-03-12\n\nUS and Ukrainian delegations agreed on a ceasefire proposal in Jeddah on Tuesday.",
		"Date: 2025-03-12\n\nA Russian missile strike hit a power plant in Kharkiv region on Tuesday.")
	if got := dates(tl.Events); !strings.HasPrefix(got, "2025-03-11@a 2025-03-11@b ") {
		t.Fatalf("events %s", got)
	}
}

func TestMergeNeverWithinOneArticle(t *testing.T) {
	tl := build(t, "Date: 2025-03-12\n\nTroops crossed the river on Tuesday. Troops crossed the river again on Tuesday.")
	if got := dates(tl.Events); got != "2025-03-11@a 2025-03-11@a report:2025-03-12@a" {
		t.Fatalf("events %s", got)
	}
}

func TestMergeCompatibleDatesTakesTheFinest(t *testing.T) {
	tl := build(t,
		"Date: 2025-03-12\n\nThe envoy Steve Witkoff is expected to travel to Moscow later this week to meet Putin.",
		"Date: 2025-03-13\n\nOn Thursday, the envoy Steve Witkoff arrived in Moscow to meet Putin.",
		"Date: 2025-03-13\n\nThe envoy Steve Witkoff met Putin in Moscow on March 5, 2025.")
	// Another day of the envoy, in another week, stays apart.
	if got := dates(tl.Events); got != "2025-03-05@c report:2025-03-12@a 2025-03-13@a+b report:2025-03-13@b report:2025-03-13@c" {
		t.Fatalf("events %s", got)
	}
	var merged Event
	for _, e := range tl.Events {
		if len(e.Sources) == 2 {
			merged = e
		}
	}
	if merged.Sources[0].Date != "2025-W11" || merged.Sources[1].Date != "2025-03-13" {
		t.Fatalf("sources %+v", merged.Sources)
	}
}

func TestReportsAreNotMerged(t *testing.T) {
	tl := build(t,
		"Date: 2025-03-12\n\nPutin Rejects Truce\n\nPutin rejected the truce.",
		"Date: 2025-03-12\n\nPutin Rejects Truce\n\nPutin rejected the truce.")
	if got := dates(tl.Events); got != "report:2025-03-12@a report:2025-03-12@b" {
		t.Fatalf("events %s", got)
	}
}

// TestMergeManyCopiesOfOneSentence has more copies of one sentence than
// are compared pairwise: they still join, one copy of each article in
// each event.
func TestMergeManyCopiesOfOneSentence(t *testing.T) {
	const articles = 120
	var arts []*parse.Article
	for i := range articles {
		text := "Date: 2025-03-12\n\n" + strings.Repeat("Officials said talks began on March 3. Officials said talks began on March 4. ", 2)
		arts = append(arts, article(t, fmt.Sprintf("a%03d", i), text))
	}
	parse.Complete(arts)
	tl := Build(arts)
	var events int
	for _, e := range tl.Events {
		if e.Kind == KindReport {
			continue
		}
		events++
		seen := map[string]bool{}
		for _, s := range e.Sources {
			if seen[s.Article] {
				t.Fatalf("event %s has two sources from %s", e.Date, s.Article)
			}
			seen[s.Article] = true
		}
		if len(e.Sources) != articles {
			t.Errorf("event %s has %d sources, want %d", e.Date, len(e.Sources), articles)
		}
	}
	if events != 4 {
		t.Fatalf("%d events, want 4 (two copies of each date in every article)", events)
	}
}
