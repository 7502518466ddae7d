package export

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// TestMarkdownStructure checks the headings and that every footnote
// reference has its definition, one per source.
func TestMarkdownStructure(t *testing.T) {
	tl := seedTimeline(t)
	events := all(tl)
	var buf bytes.Buffer
	if err := Write(&buf, "markdown", tl, events, Meta{}); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	var headings []string
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "#") {
			headings = append(headings, l)
		}
	}
	want := "# Timeline|## 1962|## 2014|## 2022|## 2024|### June|### August|### December|## 2025|### January|### March"
	if got := strings.Join(headings, "|"); got != want {
		t.Errorf("headings\n got  %s\n want %s", got, want)
	}
	sources := 0
	for _, e := range events {
		sources += len(e.Sources)
	}
	// References, not definitions ("[^3]: …"); an event with several
	// sources has them side by side ("[^3][^4]").
	refs := len(regexp.MustCompile(`\[\^\d+\]`).FindAllString(md, -1)) - len(regexp.MustCompile(`(?m)^\[\^\d+\]: `).FindAllString(md, -1))
	if refs != sources {
		t.Errorf("%d footnote references for %d sources", refs, sources)
	}
	for i := 1; i <= sources; i++ {
		if !strings.Contains(md, fmt.Sprintf("\n[^%d]: ", i)) {
			t.Errorf("footnote %d is not defined", i)
		}
	}
	if bullets := strings.Count(md, "\n- **"); bullets != len(events) {
		t.Errorf("%d bullets for %d events", bullets, len(events))
	}
}

func TestEscapeMarkdown(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"*bold* and `code`", `\*bold\* and \` + "`code\\`"},
		{"[link](x) <b>", `\[link\](x) \<b>`},
		{"000_9cbf and _word_", `000_9cbf and \_word\_`},
		{`back\slash ~strike~`, `back\\slash \~strike\~`},
	}
	for _, c := range cases {
		if got := escapeMarkdown(c.in); got != c.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
