package parse

import (
	"errors"
	"strings"
	"testing"
)

func readOne(t *testing.T, data string) *Article {
	t.Helper()
	a, err := ReadArticle("id", "src", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func published(a *Article) string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02")
}

func TestReadArticleHeader(t *testing.T) {
	cases := []struct {
		name, data       string
		title, published string
		text             string
	}{
		{"leading date token", " date 2025-03-12 Ministers attend a briefing.\nMore text.", "", "2025-03-12", "Ministers attend a briefing.\nMore text.\n"},
		{"Date header", "Date: March 13, 2025\n\nPutin Does Not Support the Proposal\n\nBody text.", "Putin Does Not Support the Proposal", "2025-03-13", "Body text.\n"},
		{"Published header with time", "Published: 2025-03-12T23:10:00-05:00\nHeadline Here\nBody.", "Headline Here", "2025-03-12", "Body.\n"},
		{"published wins over updated", "Updated: 2025-03-14\nPublished: 12 March 2025\nAuthor: Jane Doe\n\nBody.", "", "2025-03-12", "Body.\n"},
		{"updated alone", "Last updated: 2025-03-14\n\nBody.", "", "2025-03-14", "Body.\n"},
		{"front matter", "---\ntitle: \"Truce Talks Stall\"\ndate: 2025-03-12\ntags: [war]\n---\nBody text.", "Truce Talks Stall", "2025-03-12", "Body text.\n"},
		{"front matter published", "---\npublished: March 11, 2025\n---\n\n# Markdown Headline\n\nBody.", "Markdown Headline", "2025-03-11", "Body.\n"},
		{"a colon in text is no header", "Sources in the Kremlin: Putin will not agree\nBody.", "Sources in the Kremlin: Putin will not agree", "", "Body.\n"},
		{"no date", "Headline Without Date\nBody text.", "Headline Without Date", "", "Body text.\n"},
		{"sentence first line is not a title", "This is a sentence.\nAnother.", "", "", "This is a sentence.\nAnother.\n"},
		{"BOM and CRLF", "\xef\xbb\xbfTitle Line\r\nBody.\r\n", "Title Line", "", "Body.\n"},
		{"site name after a bar", "Truce talks stall | World News\nBody.", "Truce talks stall", "", "Body.\n"},
	}
	for _, c := range cases {
		a := readOne(t, c.data)
		if a.Title != c.title || published(a) != c.published || a.Text != c.text {
			t.Errorf("%s: got title %q published %q text %q", c.name, a.Title, published(a), a.Text)
		}
		if c.published != "" && (a.PublishedReason == "" || a.PublishedInferred) {
			t.Errorf("%s: stated publish date with reason %q, inferred %v", c.name, a.PublishedReason, a.PublishedInferred)
		}
	}
}

func TestReadArticleMessyText(t *testing.T) {
	// A section label glued to the headline, the headline repeated with a
	// non-breaking space and hyphen, a repeated caption line.
	a := readOne(t, "NewsTruce plan for 30-day pause stalls\n\nTruce plan for\u00a030\u2011day pause stalls\n\nThe plan stalled on Tuesday.\nThe plan stalled on Tuesday.\n")
	if a.Title != "Truce plan for 30-day pause stalls" {
		t.Errorf("title %q", a.Title)
	}
	if a.Text != "The plan stalled on Tuesday.\n" {
		t.Errorf("text %q", a.Text)
	}
}

func TestReadArticleRejectsBinary(t *testing.T) {
	_, err := ReadArticle("img", "img.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	if !errors.Is(err, ErrBinary) {
		t.Fatalf("got %v, want ErrBinary", err)
	}
}

func TestReadArticleInvalidUTF8(t *testing.T) {
	a := readOne(t, "Caf\xe9 opened on March 3, 2025.\n")
	if a.Text != "Caf\uFFFD opened on March 3, 2025.\n" {
		t.Fatalf("text %q", a.Text)
	}
}

func TestReadArticleNeverPanics(t *testing.T) {
	for _, s := range []string{"", "\n\n", "---\n", "---\ndate: x\n", " date ", "Date:", "(Photo by", "©", "“", "\"", "Related content", "a\u00a0\u2011"} {
		a := readOne(t, s)
		if strings.Contains(a.Text, "Related content") {
			t.Errorf("%q: text %q", s, a.Text)
		}
	}
}
