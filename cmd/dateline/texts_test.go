package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// readJSON runs the command with --json on paths and decodes its output.
func readJSON(t *testing.T, paths ...string) (jsonOutput, string) {
	t.Helper()
	code, out, errs := runCmd(t, "", append([]string{"--json"}, paths...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc jsonOutput
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	return doc, errs
}

// checkEvents fails t unless every event has a real date range within
// years 1 to 9999, taken from an expression of its own sentence in a
// known article.
func checkEvents(t *testing.T, doc jsonOutput) {
	t.Helper()
	ids := map[string]bool{}
	for _, a := range doc.Articles {
		ids[a.ID] = true
	}
	for _, e := range doc.Events {
		start, err1 := time.Parse("2006-01-02", e.Start)
		end, err2 := time.Parse("2006-01-02", e.End)
		if err1 != nil || err2 != nil || end.Before(start) || start.Year() < 1 || end.Year() > 9999 {
			t.Errorf("event %q has an impossible date: %s to %s", e.Date, e.Start, e.End)
		}
		for _, s := range e.Sources {
			if e.Kind == "report" {
				continue // dated by the publish date, not by an expression
			}
			if !ids[s.Article] || s.Expression == "" || !strings.Contains(s.Sentence, s.Expression) {
				t.Errorf("event %q: source %+v does not come from the text", e.Date, s)
			}
		}
	}
}

// TestHostileTexts runs articles of dates that do not exist and numbers
// that only look like dates: nothing may crash, and the only events are
// the real dates.
func TestHostileTexts(t *testing.T) {
	cases := []struct {
		text   string
		events []string // "expression=date"
		tagger string   // a known tagger shortcoming that makes the case fail
	}{
		{"The deal was signed on February 30, 2025.", nil, ""},
		{"The deal was signed on 31 April 2025.", nil, ""},
		{"The file is dated 2025-13-01.", nil, ""},
		{"Talks ended on 2025-02-29.", nil, ""},
		{"It happened in the year 0.", nil, ""},
		{"The vault stays shut until 9999.", nil, ""},
		{"The sun will fade in 1 billion years.", nil, ""},
		{"Robots will rule in the 30th century.", []string{"the 30th century=29"}, ""},
		{"Call 555-2025 or 202-555-0143 for details.", nil, ""},
		{"Kyiv won the match 3-1 on Sunday.", []string{"Sunday=2025-03-09"}, ""},
		{"The fund paid $2,025 to each family.", nil, ""},
		{"The clock showed 24:61 when it stopped.", nil, ""},
		{"Nothing in this text has a date.", nil, ""},
		{"The probe will arrive on March 3, 2150.", []string{"March 3, 2150=2150-03-03"}, ""},
		{"The treaty of 9999-12-31 was a joke.", []string{"9999-12-31=9999-12-31"}, ""},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			p := filepath.Join(dir, "case.txt")
			if err := os.WriteFile(p, []byte("Date: 2025-03-12\n\n"+c.text+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			doc, _ := readJSON(t, p)
			checkEvents(t, doc)
			var got []string
			for _, e := range doc.Events {
				if e.Kind != "report" {
					got = append(got, e.Sources[0].Expression+"="+e.Date)
				}
			}
			if strings.Join(got, " ") != strings.Join(c.events, " ") {
				if c.tagger != "" {
					t.Skipf("needs tagger: %s (events %q)", c.tagger, got)
				}
				t.Errorf("events %q, want %q", got, c.events)
			}
		})
	}
}

// TestFarFutureOnly reads an article whose only date is centuries ahead.
func TestFarFutureOnly(t *testing.T) {
	p := filepath.Join(t.TempDir(), "future.txt")
	os.WriteFile(p, []byte("Date: 2025-03-12\n\nThe probe will arrive on March 3, 2150.\n"), 0o644)
	code, out, errs := runCmd(t, "", "--print", p)
	// The other event is the report of the article, on its publish date.
	if code != exitOK || !strings.HasPrefix(out, "1 articles, 2 events, 2025-03-12 to 2150-03-03") || !strings.Contains(out, "2150-03-03    The probe will arrive") {
		t.Fatalf("exit %d, stderr %q, output:\n%s", code, errs, out)
	}
}

// TestSameArticleTwice reads one article under two names: both are read,
// with their own IDs, and every event names an article that was read.
func TestSameArticleTwice(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a/copy.txt", "b/copy.txt"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(goodArticle), 0o644)
	}
	doc, _ := readJSON(t, dir)
	checkEvents(t, doc)
	if len(doc.Articles) != 2 || doc.Articles[0].ID != "a/copy" || doc.Articles[1].ID != "b/copy" || len(doc.Events) == 0 {
		t.Fatalf("articles %+v, %d events", doc.Articles, len(doc.Events))
	}
}
