package parse_test

import (
	"fmt"
	"time"

	"dateline/parse"
)

// Relative expressions are resolved against the date the text was
// written, here Wednesday 12 March 2025, and the tense of their sentence.
func ExampleTag() {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	text := "The US agreed on Tuesday to resume aid. Putin said last June that " +
		"a 30-day truce would not do. Witkoff will travel to Moscow later this week."
	for _, t := range parse.Tag(text, published) {
		fmt.Printf("%-16s %-8s %s\n", t.Text, t.Type, t.Value)
	}
	// Output:
	// Tuesday          DATE     2025-03-11
	// last June        DATE     2024-06
	// 30-day           DURATION P30D
	// later this week  DATE     2025-W11
}

// Every value comes with the reasoning that produced it.
func ExampleTag_explanation() {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, t := range parse.Tag("He said in December that peace was far.", published) {
		fmt.Println(t.Explanation)
	}
	// Output:
	// 'December' → 2024-12: month without year, past tense: the latest December not after the publish date 2025-03-12
}

// Without a publish date, absolute dates still resolve; relative ones are
// left without a value rather than guessed.
func ExampleTag_noReferenceDate() {
	for _, t := range parse.Tag("Talks resumed on Tuesday, March 11, 2025, a day after the vote on Monday.", time.Time{}) {
		fmt.Printf("%q %q\n", t.Text, t.Value)
	}
	// Output:
	// "Tuesday, March 11, 2025" "2025-03-11"
	// "a day" "P1D"
	// "Monday" ""
}

func ExampleInterval() {
	for _, v := range []string{"2025-W11", "2024-Q3", "199X", "P30D"} {
		first, last, ok := parse.Interval(v)
		fmt.Println(v, first.Format("2006-01-02"), last.Format("2006-01-02"), ok)
	}
	// Output:
	// 2025-W11 2025-03-10 2025-03-16 true
	// 2024-Q3 2024-07-01 2024-09-30 true
	// 199X 1990-01-01 1999-12-31 true
	// P30D 0001-01-01 0001-01-01 false
}

func ExampleSentences() {
	text := "Officials met in the U.S. on Sept. 30. They left.\nWar and peace"
	for _, s := range parse.Sentences(text) {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// "Officials met in the U.S. on Sept. 30."
	// "They left."
	// "War and peace"
}
