package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestLinePatternQuickTest(t *testing.T) {
	cases := []struct {
		expr  string
		text  string
		maybe bool
	}{
		{`(?i)^(news|world news)$`, "World News", true},
		{`(?i)^(news|world news)$`, "Russia", false},                        // no match starts with R
		{`(?i)^(news|world news)$`, "News of the talks spread fast", false}, // longer than any match
		{`(?i)^(news|world news)$`, "nEWS", true},
		{`(?i)^sign up`, "ſign up", true}, // the long s is an s in any case
		{`(?i)^kyiv`, "\u212ayiv", true},  // and the Kelvin sign a k
		{`(?i)^sign up`, "Sources said", true},
		{`(?i)^sign up`, "Talks", false},
		{`^\s*date`, "  date", true},
		{`^\s*date`, "Date", false}, // case counts
		{`^a*`, "anything", true},   // matches the empty text
		{`^(\d+ min|by)`, "12 min", true},
		{`^(\d+ min|by)`, "", false},
		{`^x{2,3}$`, "xxxx", false},
		{`^x+$`, "xxxxxxxx", true}, // unbounded
		{`^(x|y$)`, "xzzzzz", true},
	}
	for _, c := range cases {
		p := linePattern(c.expr)
		if got := p.maybe(c.text); got != c.maybe {
			t.Errorf("%s on %q: quick test %v, want %v", c.expr, c.text, got, c.maybe)
		}
		if p.re.MatchString(c.text) && !p.maybe(c.text) {
			t.Errorf("%s on %q: the quick test rules out a match", c.expr, c.text)
		}
	}
}

func TestLinePatternMustBeAnchored(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("an expression not anchored at the start was accepted")
		}
	}()
	linePattern(`(?i)news$`)
}

func TestRemoveBracketed(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Putin spoke. (Photo by Jane Doe / AFP)", "Putin spoke."},
		{"Putin spoke. \t (REUTERS/Jane Doe) Later.", "Putin spoke. Later."},
		{"Putin (Reuters) spoke (photo) and (AFP)", "Putin (Reuters) spoke and (AFP)"},
		{"a ((photo) b)", "a ( b)"},
		{"(photo)(image)", ""},
		{"(photographs)", "(photographs)"}, // a word, not a part of one
		{"(photo", "(photo"},
	}
	for _, c := range cases {
		if got := removeBracketed(c.text, photoCredit); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// Expressions that the scanning code replaced, kept as what it must do.
var (
	creditInParensSpec = regexp.MustCompile(`\s*\((?i:[^()]*\b(photo|photograph|picture|image|credit|getty images)\b[^()]*)\)|\s*\([^()]*(\s/\s|\p{Lu}{2,}/)[^()]*\)`)
	creditInTailSpec   = regexp.MustCompile(`\s*\((?i:(additional )?(reporting|editing|writing) by)[^()]*\)`)
	rightsReservedSpec = regexp.MustCompile(`(?i)` + rightsReserved)
)

// isCreditLineSpec is isCreditLine as written with expressions only.
func isCreditLineSpec(t string) bool {
	if creditLine.re.MatchString(t) {
		return len(strings.Fields(t)) <= 9
	}
	if m := creditInParensSpec.FindStringIndex(t); m != nil && m[0] == 0 && m[1] == len(t) {
		return true
	}
	m := agencySlashName.re.FindStringIndex(" " + t)
	return m != nil && m[0] == 0
}

// FuzzBoilerplateScanning checks that the quick tests of the boilerplate
// patterns never rule out a match, and that the code that scans for
// credits and builds line keys does what the expressions and library
// calls it replaced do.
func FuzzBoilerplateScanning(f *testing.F) {
	for _, s := range []string{
		"Putin speaks in Moscow on March 13, 2025. (Photo by Jane Doe / POOL / AFP)",
		"Ministers attend a briefing on March 12 2025. Picture: REUTERS/JANE DOE",
		"Ministers attend a briefing on March 12, 2025. REUTERS/Jane Doe",
		"REUTERS/Evelyn Hockstein", "(REUTERS/Jane Doe)", "Images source: © TG", "Picture: REUTERS/KACPER PEMPEL",
		"The talks stalled. (Reporting by Jane Doe; Editing by John Roe)", "(Additional reporting by Jane Doe)",
		"© 2025 Example Times. All rights reserved.", "ALL RIGHTS REÅERVED all rightſ reserved", "Copyright 2025",
		"2 mins read", "Reading time: 4 minutes", "By Jane Doe and John Roe, Reuters", "By Tuesday, the talks had stalled.",
		"Advertisement", "Share this article", "Related content", "Don't Miss", "More from Europe:", "World News",
		"NewsPutin Rejects Truce", "FILE PHOTO: Putin speaks", "Speed rose to 50 (km/h) and the talks (in Jeddah) went on.",
		"Officials saw the image: a burning tank.", " date 2025-03-12 Ministers", "“We will see,” he said: “soon”",
		"\u212aYIV \u2028 Sign up", "a\u00a0b\u2003c\u0085d \v e", "\xff(photo\xfe)", "x.(credit) :Photo: y",
	} {
		f.Add(s)
	}
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, ln := range strings.Split(string(data), "\n") {
			f.Add(ln)
		}
	}
	patterns := map[string]pattern{
		"readingTime": readingTime, "creditLine": creditLine, "copyrightLine": copyrightLine,
		"bylineLine": bylineLine, "creditsLine": creditsLine, "clutterLine": clutterLine,
		"sectionLabel": sectionLabel, "gluedLabel": gluedLabel, "endOfArticle": endOfArticle,
		"trailingCredit": trailingCredit, "agencySlashName": agencySlashName, "filePhoto": filePhoto,
		"leadingDate": leadingDate,
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, p := range patterns {
			if p.re.MatchString(s) && !p.maybe(s) {
				t.Errorf("%s: the quick test rules out a match in %q", name, s)
			}
		}
		if got, want := removeBracketed(s, photoCredit), creditInParensSpec.ReplaceAllString(s, ""); got != want {
			t.Errorf("photo credits removed from %q: got %q, want %q", s, got, want)
		}
		if got, want := removeBracketed(s, reportingCredit), creditInTailSpec.ReplaceAllString(s, ""); got != want {
			t.Errorf("reporting credits removed from %q: got %q, want %q", s, got, want)
		}
		want := -1
		if m := trailingCredit.re.FindStringSubmatchIndex(s); m != nil {
			want = m[3]
		}
		if got := trailingCreditStart(s); got != want {
			t.Errorf("trailing credit in %q: got %d, want %d", s, got, want)
		}
		if got, want := containsFold(s, rightsReserved), rightsReservedSpec.MatchString(s); got != want {
			t.Errorf("%q: rights reserved %v, want %v", s, got, want)
		}
		if got, want := string(appendLineKey(nil, s)), strings.ToLower(strings.Join(strings.Fields(s), " ")); got != want {
			t.Errorf("key of %q: got %q, want %q", s, got, want)
		}
		if tr := strings.TrimSpace(s); tr != "" && isCreditLine(tr) != isCreditLineSpec(tr) {
			t.Errorf("%q: credit line %v, want %v", tr, isCreditLine(tr), isCreditLineSpec(tr))
		}
	})
}
