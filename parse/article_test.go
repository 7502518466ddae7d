package parse

import (
	"errors"
	"testing"
)

func TestReadArticle(t *testing.T) {
	cases := []struct {
		name, data       string
		title, published string
		textStartsWith   string
	}{
		{"leading date token", " date 2025-03-12 Ministers attend a briefing.\nMore text.", "", "2025-03-12", "Ministers attend"},
		{"Date header", "Date: March 13, 2025\n\nPutin Does Not Support the Proposal\n\nBody text.", "Putin Does Not Support the Proposal", "2025-03-13", "\nBody text."},
		{"Published header", "Published: 2025-03-12T10:00:00Z\nHeadline Here\nBody.", "Headline Here", "2025-03-12", "Body."},
		{"no date", "Headline Without Date\nBody text.", "Headline Without Date", "", "Body text."},
		{"sentence first line is not a title", "This is a sentence.\nAnother.", "", "", "This is a sentence."},
		{"BOM and CRLF", "\xef\xbb\xbfTitle Line\r\nBody.\r\n", "Title Line", "", "Body.\n"},
	}
	for _, c := range cases {
		a, err := ReadArticle("id", "src", []byte(c.data))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		pub := ""
		if !a.Published.IsZero() {
			pub = a.Published.Format("2006-01-02")
		}
		if a.Title != c.title || pub != c.published || len(a.Text) < len(c.textStartsWith) || a.Text[:len(c.textStartsWith)] != c.textStartsWith {
			t.Errorf("%s: got title %q published %q text %q", c.name, a.Title, pub, a.Text)
		}
		if pub != "" && a.PublishedReason == "" {
			t.Errorf("%s: publish date without a reason", c.name)
		}
	}
}

func TestReadArticleRejectsBinary(t *testing.T) {
	_, err := ReadArticle("img", "img.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	if !errors.Is(err, ErrBinary) {
		t.Fatalf("got %v, want ErrBinary", err)
	}
}

func TestReadArticleInvalidUTF8(t *testing.T) {
	a, err := ReadArticle("x", "x", []byte("Caf\xe9 opened on March 3, 2025.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Caf\uFFFD opened on March 3, 2025.\n" {
		t.Fatalf("text %q", a.Text)
	}
}
