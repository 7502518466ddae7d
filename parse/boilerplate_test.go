package parse

import (
	"strings"
	"testing"
)

func TestBoilerplateRemoved(t *testing.T) {
	cases := []struct {
		name, data, text string
	}{
		{"reading time", "Talks Stall\n\n2 mins read\nThe talks stalled.", "The talks stalled.\n"},
		{"reading time, other form", "Reading time: 4 minutes\nThe talks stalled.", "The talks stalled.\n"},
		{"byline", "By Jane Doe and John Roe, Reuters\nThe talks stalled.", "The talks stalled.\n"},
		{"a sentence starting with By is kept", "By Tuesday, the talks had stalled.", "By Tuesday, the talks had stalled.\n"},
		{"reporting credits", "The talks stalled.\n(Reporting by Jane Doe; Editing by John Roe)", "The talks stalled.\n"},
		{"reporting credits at the end of a line", "The talks stalled. (Reporting by Jane Doe)", "The talks stalled.\n"},
		{"image source and photographer", "The talks stalled.\nImages source: © TG\nMateusz Kowal\nOfficials left.", "The talks stalled.\nOfficials left.\n"},
		{"copyright", "The talks stalled.\n© 2025 Example Times. All rights reserved.", "The talks stalled.\n"},
		{"copyright word", "The talks stalled.\nCopyright 2025 Example Media", "The talks stalled.\n"},
		{"related content and what follows", "The talks stalled.\n\nRelated content\nTroops left on March 1, 2025.", "The talks stalled.\n"},
		{"don't miss and what follows", "The talks stalled.\n\nDon't Miss\n\nOther story on May 2, 2024.", "The talks stalled.\n"},
		{"ads", "The talks stalled.\nAdvertisement\nOfficials left.", "The talks stalled.\nOfficials left.\n"},
		{"credit after a caption", "Putin speaks in Moscow on March 13, 2025. (Photo by Jane Doe / POOL / AFP)\nBody.", "Putin speaks in Moscow on March 13, 2025.\nBody.\n"},
		{"picture credit after a caption", "Ministers attend a briefing in Warsaw on March 12 2025. Picture: REUTERS/JANE DOE\nBody.", "Ministers attend a briefing in Warsaw on March 12 2025.\nBody.\n"},
		{"agency credit after a caption", "Ministers attend a briefing on March 12, 2025. REUTERS/Jane Doe\nBody.", "Ministers attend a briefing on March 12, 2025.\nBody.\n"},
		{"credit line under a caption", "Ministers attend a briefing on March 12, 2025.\nREUTERS/Jane Doe\nBody.", "Ministers attend a briefing on March 12, 2025.\nBody.\n"},
		{"brackets that are no credit stay", "Speed rose to 50 (km/h) and the talks (in Jeddah) went on.", "Speed rose to 50 (km/h) and the talks (in Jeddah) went on.\n"},
		{"a colon in a sentence stays", "Officials saw the image: a burning tank.", "Officials saw the image: a burning tank.\n"},
	}
	for _, c := range cases {
		a := readOne(t, c.data)
		if a.Text != c.text {
			t.Errorf("%s: text %q, want %q", c.name, a.Text, c.text)
		}
	}
}

func TestCaptionsKeptAndMarked(t *testing.T) {
	a := readOne(t, "Headline Of The Day\n\nPutin speaks in Moscow on March 13, 2025. (Photo by Jane Doe / AFP)\n\nBody text here.\n")
	if len(a.Captions) != 1 {
		t.Fatalf("captions %v", a.Captions)
	}
	c := a.Text[a.Captions[0].Start:a.Captions[0].End]
	if c != "Putin speaks in Moscow on March 13, 2025." {
		t.Fatalf("caption %q", c)
	}
	if strings.Contains(a.Text, "Photo by") {
		t.Fatalf("credit kept: %q", a.Text)
	}
}

func TestFilePhotoIsNoCaption(t *testing.T) {
	a := readOne(t, "FILE PHOTO: Putin speaks in Moscow on June 5, 2019. REUTERS/Jane Doe/File Photo\nBody.")
	if len(a.Captions) != 0 || !a.Published.IsZero() {
		t.Fatalf("captions %v, published %v", a.Captions, a.Published)
	}
}
