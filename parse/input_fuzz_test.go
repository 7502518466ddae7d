package parse

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fuzz targets check what the rest of dateline relies on for any
// input, and that nothing panics. Inputs that once failed are kept in
// testdata/fuzz and run with the other tests.

func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{
		"", "plain text\n", "\xef\xbb\xbfBOM\r\nCRLF\rCR", "Caf\xe9 \x1b[31mred\x1b[0m",
		"\xff\xfeU\x00T\x00F\x00-\x001\x006\x00", "\xfe\xff\x00U\x00T", "U\x00T\x00F\x00\n\x00",
		"\x89PNG\r\n\x1a\n\x00", "%PDF-1.7\n", "MZ\x90\x00\x03", "\x00\x00\xfe\xff", "\xd8\x00\xdc",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, dec, err := Decode(data)
		if err != nil {
			if s != "" {
				t.Fatalf("text %q with error %v", s, err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
		for _, r := range s {
			if r == '\r' || isControl(r) {
				t.Fatalf("control character %U left in %q", r, s)
			}
		}
		if dec.Encoding == "UTF-8" && dec.Replaced == 0 && !strings.ContainsAny(string(data), "\r\f\v") {
			if want := strings.TrimPrefix(string(data), "\ufeff"); s != want {
				t.Fatalf("clean text changed: %q became %q", want, s)
			}
		}
		if again := CleanText(s); again != s {
			t.Fatalf("cleaning decoded text changed it: %q became %q", s, again)
		}
	})
}

// checkArticle fails t unless a is a sound article of data.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || strings.ContainsAny(a.Title, "\n\r") {
		t.Fatalf("bad text or title: %q, %q", a.Title, a.Text)
	}
	if !a.Published.IsZero() {
		// Year 0 gets through ReadArticle ("Date: 0000-01-01");
		// DecodeArticle drops it.
		if y := a.Published.Year(); y < 0 || y > 9999 || a.PublishedReason == "" {
			t.Fatalf("publish date %v (%q)", a.Published, a.PublishedReason)
		}
	}
}

func FuzzReadArticleBytes(f *testing.F) {
	for _, s := range []string{
		" date 2025-03-12 Ministers attend a briefing.\nMore text.",
		"Date: March 13, 2025\n\nPutin Does Not Support the Proposal\n\nBody text.",
		"Published: 2025-03-12T10:00:00Z\nHeadline Here\nBody.",
		"\xef\xbb\xbfTitle Line\r\nBody on Tuesday.\r\n", "date 2025-02-30 x", "Date: 0000-01-01\n\nx",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadArticle("id", "src", data)
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}

// FuzzReadArticleHeader fuzzes the value of a header line, the part of an
// article read by a date parser.
func FuzzReadArticleHeader(f *testing.F) {
	for _, s := range [][2]string{
		{"Date", "March 13, 2025"}, {"Published", "2025-03-12T10:00:00Z"}, {"pubdate", "12 Mar 2025 10:00 GMT"},
		{"Date", "2025-13-01"}, {"Date", "February 30, 2025"}, {"Date", "9999-12-31"}, {"Publication date", "1/2/3"},
		{"date", "Mon, 02 Jan 2006 15:04:05 -0700"}, {"Date", "24:61"}, {"Date", "0"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, key, value string) {
		a, err := ReadArticle("id", "src", []byte(key+": "+value+"\n\nTalks resumed on Tuesday.\n"))
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}

func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"50MB", "1.5 GB", "512KiB", "4096", "0", "", "1e9", "-1", "99999999999999TB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseSize(s)
		if err != nil {
			return
		}
		if n < 0 {
			t.Fatalf("%q gives %d", s, n)
		}
		if back, err := ParseSize(strconv.FormatInt(n, 10)); err != nil || back != n {
			t.Fatalf("%d does not read back: %d, %v", n, back, err)
		}
		if FormatSize(n) == "" {
			t.Fatalf("no text for %d", n)
		}
	})
}
