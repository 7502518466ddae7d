package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// csvHeader is the first row of a TimelineJS spreadsheet, column for
// column.
var csvHeader = []string{
	"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
	"Media Thumbnail", "Type", "Group", "Background",
}

// Columns of csvHeader that writeCSV fills.
const (
	colYear = iota
	colMonth
	colDay
	colTime
	colEndYear
	colEndMonth
	colEndDay
	colEndTime
	colDisplayDate
	colHeadline
	colText
	colType  = 15
	colGroup = 16
)

// writeCSV writes a TimelineJS spreadsheet: the header row, a title row,
// then a row per event with only the date fields its precision knows, the
// main actor as its group, and the sentence and sources as its text.
// Headline and Text are HTML, as TimelineJS reads them.
func writeCSV(w io.Writer, d *doc) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	title := make([]string, len(csvHeader))
	title[colHeadline], title[colText], title[colType] = escapeHTML(d.title()), escapeHTML(d.subtitle()), "title"
	cw.Write(spreadsheetSafe(title))
	for _, e := range d.events {
		row := make([]string, len(csvHeader))
		s := spanOf(e)
		putParts(row[colYear:colDay+1], s.Start)
		if s.End != nil {
			putParts(row[colEndYear:colEndDay+1], *s.End)
		}
		row[colTime] = s.Clock
		if s.needsLabel() {
			row[colDisplayDate] = dateLabel(e)
		}
		row[colHeadline] = escapeHTML(headline(e.Text))
		row[colText] = d.eventHTML(e)
		row[colGroup] = d.mainActor(e)
		cw.Write(spreadsheetSafe(row))
	}
	cw.Flush()
	return cw.Error()
}

// putParts fills year, month and day cells with the known parts of a date.
func putParts(cells []string, p dateParts) {
	for i, n := range []int{p.Year, p.Month, p.Day} {
		if n != 0 {
			cells[i] = strconv.Itoa(n)
		}
	}
}

// spreadsheetSafe keeps spreadsheets from reading a cell as a formula: a
// sentence that begins with "=", "+", "-" or "@" gets a leading apostrophe,
// which Google Sheets and Excel take as "this is text" and do not show.
func spreadsheetSafe(row []string) []string {
	for i, c := range row {
		if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			row[i] = "'" + c
		}
	}
	return row
}
