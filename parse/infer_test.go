package parse

import (
	"fmt"
	"strings"
	"testing"
)

func corpus(t *testing.T, texts ...string) []*Article {
	t.Helper()
	var arts []*Article
	for i, s := range texts {
		a, err := ReadArticle(string(rune('a'+i)), "src", []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

const (
	quoteA = `"We will not accept a pause that only helps the enemy regroup and rearm," the minister said.`
	quoteB = `Farmers in the northern valley reported the best harvest of apricots since records began.`
)

func TestInferPublishedFromSharedContent(t *testing.T) {
	arts := corpus(t,
		"Date: 2025-03-12\n\nMinister Rejects Pause\n\n"+quoteA+" Talks went on.",
		"Date: 2025-03-20\n\nHarvest Record\n\n"+quoteB,
		"Pause Rejected\n\nThe minister spoke. "+quoteA+" Nothing else.",
		"Unrelated Story\n\nA cat climbed a tree and would not come down for hours.",
	)
	InferPublished(arts)
	c, d := arts[2], arts[3]
	if published(c) != "2025-03-12" || !c.PublishedInferred || !strings.Contains(c.PublishedReason, "with a, published 2025-03-12") {
		t.Errorf("shared quotation: published %q inferred %v reason %q", published(c), c.PublishedInferred, c.PublishedReason)
	}
	if !d.Published.IsZero() || d.PublishedReason != "" {
		t.Errorf("nothing shared: published %q reason %q", published(d), d.PublishedReason)
	}
	if arts[0].PublishedInferred || published(arts[0]) != "2025-03-12" {
		t.Errorf("a stated date changed: %q", published(arts[0]))
	}
}

func TestInferPublishedPrefersTheMostDistinctive(t *testing.T) {
	// c shares one common phrase with a and a long passage with b.
	arts := corpus(t,
		"Date: 2025-03-10\n\nThe war in the east went on as the war in the east does.",
		"Date: 2025-03-12\n\n"+quoteA+" "+quoteB,
		"The war in the east went on. "+quoteA+" "+quoteB,
	)
	InferPublished(arts)
	if published(arts[2]) != "2025-03-12" {
		t.Fatalf("published %q: %s", published(arts[2]), arts[2].PublishedReason)
	}
}

func TestInferPublishedNotBeforeWhatTheTextReportsAsPast(t *testing.T) {
	arts := corpus(t,
		"Date: 2025-03-12\n\n"+quoteA,
		quoteA+" Troops withdrew on March 14, 2025.",
	)
	InferPublished(arts)
	if published(arts[1]) != "2025-03-14" || !strings.Contains(arts[1].PublishedReason, "moved to 'March 14, 2025'") {
		t.Fatalf("published %q: %s", published(arts[1]), arts[1].PublishedReason)
	}
}

func TestInferPublishedYearlessDateline(t *testing.T) {
	arts := corpus(t,
		"Date: 2025-03-12\n\n"+quoteA,
		"KYIV, March 13 (Reuters) - "+quoteA,
		"KYIV, June 1 (Reuters) - "+quoteA,
	)
	InferPublished(arts)
	if published(arts[1]) != "2025-03-13" || !strings.HasPrefix(arts[1].PublishedReason, "dateline 'March 13', the year from a") {
		t.Errorf("near: %q (%s)", published(arts[1]), arts[1].PublishedReason)
	}
	// A dateline far from the shared article's date does not say its year.
	if published(arts[2]) != "2025-03-12" {
		t.Errorf("far: %q (%s)", published(arts[2]), arts[2].PublishedReason)
	}
}

func TestInferPublishedChainsAndFallsBack(t *testing.T) {
	arts := corpus(t,
		"Date: 2025-03-12\n\n"+quoteA,
		quoteA+" "+quoteB,
		"Apricot News\n\n"+quoteB+" The valley was flooded on May 3, 2024.",
		"Old Story\n\nThe bridge opened on June 1, 1999, to great applause.",
		"Background\n\nTalks went on. Nothing changed. The war began on February 24, 2022.",
	)
	InferPublished(arts)
	if published(arts[1]) != "2025-03-12" || published(arts[2]) != "2025-03-12" {
		t.Errorf("chain: %q (%s), %q (%s)", published(arts[1]), arts[1].PublishedReason, published(arts[2]), arts[2].PublishedReason)
	}
	if published(arts[3]) != "1999-06-01" || !arts[3].PublishedInferred || !strings.Contains(arts[3].PublishedReason, "reports as past") {
		t.Errorf("fallback: %q (%s)", published(arts[3]), arts[3].PublishedReason)
	}
	// A full date below the lead is background, no publish date.
	if !arts[4].Published.IsZero() {
		t.Errorf("background date taken: %q (%s)", published(arts[4]), arts[4].PublishedReason)
	}
}

func TestInferPublishedAgainAfterADateSetByHand(t *testing.T) {
	arts := corpus(t,
		"Date: 2025-03-12\n\n"+quoteA,
		quoteA+" More.",
	)
	Complete(arts)
	arts[0].SetPublished(arts[0].Published.AddDate(0, 0, 2), "set by hand", false)
	Complete(arts)
	if published(arts[1]) != "2025-03-14" {
		t.Fatalf("published %q: %s", published(arts[1]), arts[1].PublishedReason)
	}
	arts[1].SetPublished(arts[0].Published.AddDate(0, 0, -5), "set by hand", false)
	Complete(arts)
	if published(arts[1]) != "2025-03-09" || arts[1].PublishedReason != "set by hand" {
		t.Fatalf("a date set by hand was inferred again: %q", published(arts[1]))
	}
}

func TestRestoreFirstLetters(t *testing.T) {
	arts := corpus(t,
		"fforts to agree a truce stalled.",
		"Diplomatic efforts went on.",
		"according to officials, nothing changed.",
	)
	RestoreFirstLetters(arts)
	if arts[0].Text != "Efforts to agree a truce stalled.\n" {
		t.Errorf("text %q", arts[0].Text)
	}
	if arts[2].Text != "according to officials, nothing changed.\n" {
		t.Errorf("a known word was changed: %q", arts[2].Text)
	}
}

func TestWords(t *testing.T) {
	ws := Words(`He said: “Don’t stop.” The 30-day truce`)
	var got []string
	for _, w := range ws {
		s := w.Text
		if w.Quoted {
			s = "[" + s + "]"
		}
		got = append(got, s)
	}
	if strings.Join(got, " ") != "he said [don't] [stop] the 30-day truce" {
		t.Fatalf("words %v", got)
	}
}

func TestAppendWordsKeepsWhatItExtends(t *testing.T) {
	ws := AppendWords(nil, "Talks began")
	ws = AppendWords(ws, "“In Riyadh”")
	var got []string
	for _, w := range ws {
		got = append(got, fmt.Sprint(w.Text, w.Start, w.Quoted))
	}
	if want := "talks0 false began6 false in3 true riyadh6 true"; strings.Join(got, " ") != want {
		t.Fatalf("words %q, want %q", strings.Join(got, " "), want)
	}
}
