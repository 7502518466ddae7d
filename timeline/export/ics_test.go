package export

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"

	"dateline/timeline"
)

// TestICSParses reads the iCalendar exports back with an independent
// parser and checks every event against the timeline, then has the
// parser's encoder check the structure RFC 5545 requires (one PRODID and
// VERSION, one UID and DTSTAMP per event, at most one DTSTART, DTEND…).
func TestICSParses(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{"seeds": seedTimeline(t), "granularity": granularityTimeline(t)} {
		t.Run(name, func(t *testing.T) {
			events := all(tl)
			var buf bytes.Buffer
			if err := Write(&buf, "ics", tl, events, Meta{Title: "Ceasefire, 2025; draft"}); err != nil {
				t.Fatal(err)
			}
			checkContentLines(t, buf.Bytes())
			cal, err := ical.NewDecoder(bytes.NewReader(buf.Bytes())).Decode()
			if err != nil {
				t.Fatal(err)
			}
			if err := ical.NewEncoder(io.Discard).Encode(cal); err != nil {
				t.Fatalf("structure: %v", err)
			}
			if got, _ := cal.Props.Text("X-WR-CALNAME"); got != "Ceasefire, 2025; draft" {
				t.Errorf("calendar name %q", got)
			}
			vevents := cal.Events()
			if len(vevents) != len(events) {
				t.Fatalf("%d VEVENTs for %d events", len(vevents), len(events))
			}
			uids := map[string]bool{}
			for i, ve := range vevents {
				checkVEvent(t, &ve, events[i], uids)
			}
		})
	}
}

func checkVEvent(t *testing.T, ve *ical.Event, e *timeline.Event, uids map[string]bool) {
	t.Helper()
	uid, err := ve.Props.Text(ical.PropUID)
	if err != nil || uid == "" || uids[uid] {
		t.Errorf("%s: UID %q (%v) missing or repeated", e.Date, uid, err)
	}
	uids[uid] = true
	if _, err := ve.Props.DateTime(ical.PropDateTimeStamp, time.UTC); err != nil {
		t.Errorf("%s: DTSTAMP: %v", e.Date, err)
	}
	for _, p := range []struct {
		name string
		want time.Time
	}{{ical.PropDateTimeStart, e.Start}, {ical.PropDateTimeEnd, e.End.AddDate(0, 0, 1)}} {
		prop := ve.Props.Get(p.name)
		if prop == nil || prop.ValueType() != ical.ValueDate {
			t.Errorf("%s: %s is not an all-day DATE: %+v", e.Date, p.name, prop)
			continue
		}
		got, err := prop.DateTime(time.UTC)
		if err != nil || !got.Equal(p.want) {
			t.Errorf("%s: %s = %v (%v), want %v", e.Date, p.name, got, err, p.want)
		}
	}
	summary, err := ve.Props.Text(ical.PropSummary)
	if err != nil || summary != headline(e.Text) {
		t.Errorf("%s: SUMMARY %q (%v), want %q", e.Date, summary, err, headline(e.Text))
	}
	desc, err := ve.Props.Text(ical.PropDescription)
	if err != nil || !strings.HasPrefix(desc, flatten(e.Text)+"\n") {
		t.Errorf("%s: DESCRIPTION %q (%v) does not start with the sentence", e.Date, desc, err)
	}
	for _, s := range e.Sources {
		if !strings.Contains(desc, s.Article) {
			t.Errorf("%s: DESCRIPTION does not cite %s", e.Date, s.Article)
		}
	}
	if len(e.Actors) > 0 {
		cats, err := ve.Props.Get(ical.PropCategories).TextList()
		if err != nil || strings.Join(cats, "|") != strings.Join(e.Actors, "|") {
			t.Errorf("%s: CATEGORIES %q (%v), want %q", e.Date, cats, err, e.Actors)
		}
	}
}

// checkContentLines checks the line structure of an iCalendar file:
// CRLF line ends only, at most 75 octets a line, and no UTF-8 sequence
// split by folding.
func checkContentLines(t *testing.T, data []byte) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Error("the file does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > icsLineLimit {
			t.Errorf("line %d has %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		}
	}
}

func TestICSFolding(t *testing.T) {
	for _, s := range []string{
		"SUMMARY:" + strings.Repeat("a", 67),  // exactly 75 octets
		"SUMMARY:" + strings.Repeat("a", 68),  // one too many
		"SUMMARY:" + strings.Repeat("é", 100), // two-octet characters
		"SUMMARY:" + strings.Repeat("—", 100), // three-octet characters
		"SUMMARY:x" + strings.Repeat("🕊", 50), // four-octet characters, off by one
	} {
		var buf bytes.Buffer
		c := icsWriter{w: bufio.NewWriter(&buf)}
		c.line(s)
		c.w.Flush()
		checkContentLines(t, buf.Bytes())
		unfolded := strings.ReplaceAll(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n ", "")
		if unfolded != s {
			t.Errorf("unfolding gives %q, want %q", unfolded, s)
		}
		if len(s) <= icsLineLimit && strings.Contains(buf.String(), "\r\n ") {
			t.Errorf("a line of %d octets was folded", len(s))
		}
	}
}

func TestEscapeICS(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain", "plain"},
		{`a,b;c\d`, `a\,b\;c\\d`},
		{"two\nlines", `two\nlines`},
		{"bell\a and tab\t", "bell  and tab\t"},
	}
	for _, c := range cases {
		if got := escapeICS(c.in); got != c.want {
			t.Errorf("escapeICS(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestICSDeterministicStamp(t *testing.T) {
	tl := granularityTimeline(t)
	var a, b bytes.Buffer
	Write(&a, "ics", tl, all(tl), Meta{})
	Write(&b, "ics", tl, all(tl), Meta{})
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two exports of the same timeline differ")
	}
	// The newest article is dated 2025-03-14; undated reports take it too.
	if n := strings.Count(a.String(), "DTSTAMP:20250314T000000Z\r\n"); n != len(tl.Events) {
		t.Errorf("%d of %d events stamped with the newest publish date", n, len(tl.Events))
	}
}

func TestICSNeedsAnEvent(t *testing.T) {
	tl := seedTimeline(t)
	err := Write(io.Discard, "ics", tl, nil, Meta{})
	if !errors.Is(err, errEmptyCalendar) {
		t.Fatalf("empty selection: %v", err)
	}
}
