package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestCSVRoundTrip reads the spreadsheet back with encoding/csv and checks
// the TimelineJS columns, the title row and each event's date fields.
func TestCSVRoundTrip(t *testing.T) {
	tl := granularityTimeline(t)
	events := all(tl)
	var buf bytes.Buffer
	if err := Write(&buf, "csv", tl, events, Meta{Title: "Talks, \"round\" 2"}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll() // also checks every row has as many fields as the header
	if err != nil {
		t.Fatal(err)
	}
	want := "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
	if got := strings.Join(rows[0], ","); got != want {
		t.Fatalf("header\n got  %s\n want %s", got, want)
	}
	col := func(row []string, name string) string { return row[slices.Index(rows[0], name)] }
	if title := rows[1]; col(title, "Type") != "title" || col(title, "Headline") != "Talks, \"round\" 2" || col(title, "Year") != "" {
		t.Errorf("title row %q", title)
	}
	if len(rows) != 2+len(events) {
		t.Fatalf("%d rows for %d events", len(rows), len(events))
	}
	for i, e := range events {
		row := rows[2+i]
		s := spanOf(e)
		fields := map[string]int{"Year": s.Start.Year, "Month": s.Start.Month, "Day": s.Start.Day}
		if s.End != nil {
			fields["End Year"], fields["End Month"], fields["End Day"] = s.End.Year, s.End.Month, s.End.Day
		}
		for _, name := range []string{"Year", "Month", "Day", "End Year", "End Month", "End Day"} {
			want := ""
			if n := fields[name]; n != 0 {
				want = strconv.Itoa(n)
			}
			if got := col(row, name); got != want {
				t.Errorf("%s: %s = %q, want %q", e.Date, name, got, want)
			}
		}
		if got := col(row, "Group"); got != "" && !slices.Contains(e.Actors, got) {
			t.Errorf("%s: group %q is not one of its actors %q", e.Date, got, e.Actors)
		}
		if col(row, "Headline") == "" || !strings.Contains(col(row, "Text"), e.Sources[0].Article) {
			t.Errorf("%s: headline or sources missing: %q", e.Date, row)
		}
	}
}

func TestCSVMonthHasNoDay(t *testing.T) {
	tl := seedTimeline(t)
	var buf bytes.Buffer
	Write(&buf, "csv", tl, all(tl), Meta{})
	rows, _ := csv.NewReader(&buf).ReadAll()
	found := false
	for _, r := range rows[2:] {
		if r[0] == "2024" && r[1] == "6" {
			found = true
			if r[2] != "" || r[4] != "" {
				t.Errorf("June 2024 was given a day or an end: %q", r[:8])
			}
		}
	}
	if !found {
		t.Fatal("the seeds' June 2024 event is missing")
	}
}

func TestSpreadsheetSafe(t *testing.T) {
	got := spreadsheetSafe([]string{"=SUM(A1)", "+1", "-2", "@x", "plain", "", "2025"})
	want := []string{"'=SUM(A1)", "'+1", "'-2", "'@x", "plain", "", "2025"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
