package parse

import "testing"

func TestPublishedFromText(t *testing.T) {
	cases := []struct {
		name, data     string
		published, why string
		inferred       bool
		pastDate       string
	}{
		{"dateline", "KYIV, March 12, 2025 — Officials met on Tuesday.", "2025-03-12", "dateline 'March 12, 2025'", false, ""},
		{"dateline line", "Talks Stall\nPublished 12 March 2025, 10:35 GMT\n\nOfficials met on Tuesday.", "2025-03-12", "dateline '12 March 2025, 10:35 GMT'", false, ""},
		{"caption", "Talks Stall\n\nPutin speaks in Moscow on March 13, 2025. (Photo by Jane Doe / AFP)\n\nHe spoke on Thursday.", "2025-03-13", "photo caption 'March 13, 2025'", true, ""},
		{"caption raised by a later past date", "Putin speaks on March 13, 2025. Picture: REUTERS/JANE DOE\nTroops withdrew on March 14, 2025.", "2025-03-14", "photo caption 'March 13, 2025', moved to 'March 14, 2025', which the text reports as past", true, "2025-03-14"},
		{"header wins", "Date: 2025-03-20\n\nPutin speaks on March 13, 2025. Picture: REUTERS/JANE DOE", "2025-03-20", "'Date: 2025-03-20' header", false, ""},
		{"body dates wait for the corpus", "Talks Stall\n\nThe war began on February 24, 2022. Troops withdrew on March 14, 2025.", "", "", false, "2025-03-14"},
		{"future dates are no bound", "Talks Stall\n\nTroops withdrew on March 14, 2025. Leaders will meet on April 2, 2025.", "", "", false, "2025-03-14"},
		{"maturities are future", "Talks Stall\n\nThe bonds, due Oct. 15, 2030, were sold.", "", "", false, ""},
		{"relative dates are not stated", "Talks Stall\n\nOfficials met on Tuesday.", "", "", false, ""},
	}
	for _, c := range cases {
		a := readOne(t, c.data)
		past := ""
		if !a.pastDate.IsZero() {
			past = a.pastDate.Format("2006-01-02")
		}
		if published(a) != c.published || a.PublishedInferred != c.inferred || c.why != "" && a.PublishedReason != c.why || past != c.pastDate {
			t.Errorf("%s: published %q inferred %v reason %q past %q", c.name, published(a), a.PublishedInferred, a.PublishedReason, past)
		}
	}
}
