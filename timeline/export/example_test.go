package export_test

import (
	"fmt"
	"os"
	"time"

	"dateline/timeline"
	"dateline/timeline/export"
)

func ExampleFormats() {
	for _, f := range export.Formats() {
		fmt.Printf("%-10s .%-15s %s\n", f.Name, f.Extension, f.Description)
	}
	// Output:
	// text       .txt             plain text, as dateline --print writes it
	// json       .json            dateline's JSON: articles, actors and events
	// jsonl      .jsonl           JSON Lines: one event a line, with the fields of the JSON events
	// csv        .csv             TimelineJS spreadsheet columns, for Google Sheets or Excel
	// timelinejs .timelinejs.json TimelineJS JSON, to embed an interactive timeline
	// ics        .ics             iCalendar: an all-day calendar entry per event
	// markdown   .md              Markdown: headings per year and month, sources as footnotes
}

func ExampleWrite() {
	june := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	tl := &timeline.Timeline{
		Articles: []timeline.Article{{ID: "wire", Published: time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)}},
		Actors:   []timeline.Actor{{Name: "Putin", Kind: "person", Events: 1}},
		Events: []timeline.Event{{
			Date: "2024-06", Start: june, End: june.AddDate(0, 1, -1),
			Text:    "In June last year, Putin set out his terms.",
			Actors:  []string{"Putin"},
			Sources: []timeline.Source{{Article: "wire", Expression: "June last year"}},
		}},
	}
	filter := timeline.Filter{Actors: []string{"Putin"}}
	export.Write(os.Stdout, "markdown", tl, tl.Select(filter), export.Meta{Title: "Terms", Filter: filter})
	// Output:
	// # Terms
	//
	// 1 articles, 1 events, 2024-06 to 2024-06; actor Putin
	//
	// ## 2024
	//
	// ### June
	//
	// - **June 2024** — In June last year, Putin set out his terms.[^1]
	//
	// [^1]: wire, published 2025-03-12: “June last year”
}
