package parse

import (
	"regexp"
	"strings"
	"unicode"
)

// line is one line of an article body while it is being cleaned.
type line struct {
	text    string
	caption captionKind
}

// captionKind says whether a line is a photo caption.
type captionKind int

const (
	notCaption  captionKind = iota
	caption                 // a news photo: it dates the article
	fileCaption             // a file photo: taken earlier, dates nothing
)

// Boilerplate, line by line. Each pattern is matched against a whole
// trimmed line, without regard to case.
var (
	// readingTime: "2 mins read", "Reading time: 3 minutes".
	readingTime = regexp.MustCompile(`(?i)^(reading time:?\s*)?\d+\s*-?\s*(min|mins|minutes?)(\.)?(\s+(read|reading|to read))?$`)
	// creditLine: a line that is only a photo credit or image source.
	creditLine = regexp.MustCompile(`(?i)^(images?|photos?|photograph|pictures?|pic|credit|photo credit|image credit|images? source|source of (the )?images?|illustration)\s*:\s*`)
	// copyrightLine: "© 2025 Latin Times. All rights reserved."
	copyrightLine = regexp.MustCompile(`(?i)^(©|\(c\)\s|copyright\b)|all rights reserved`)
	// bylineLine: "By Jane Doe", "Reporting by …; Editing by …".
	bylineLine  = regexp.MustCompile(`(?i)^((written|words|reported|story) by|by)\s+(\p{Lu}.*)$`)
	creditsLine = regexp.MustCompile(`(?i)^\(?(additional )?(reporting|editing|writing|compiled|translated|translation|research|graphics)( and [a-z]+)? by\b`)
	// clutterLine: ads and sharing prompts.
	clutterLine = regexp.MustCompile(`(?i)^(advertisement|advertising|sponsored( content)?|story continues below( advertisement)?|scroll to continue( with content)?|continue reading|share( this( article| story)?)?|share on \w+|follow us on .{0,40}|sign up (for|to) .{0,80}|subscribe( now)?( to .{0,60})?|click here .{0,80}|listen to this article.{0,30}|print|comments?|view comments)$`)
	// sectionLabel: a lone section name above a headline.
	sectionLabel = regexp.MustCompile(`(?i)^(news|world|world news|europe|politics|business|opinion|analysis|exclusive|breaking|breaking news|live|video|update|updated|international|latest)$`)
	// gluedLabel: a section name run into the headline: "NewsPutin …".
	gluedLabel = regexp.MustCompile(`^(News|World|Europe|Politics|Business|Opinion|Analysis|Exclusive|Breaking|Live|Video|Latest|International)(\p{Lu}\p{Ll})`)
	// endOfArticle: a heading after which a page lists other stories.
	endOfArticle = regexp.MustCompile(`(?i)^(related( content| articles?| stories| news| coverage| posts| reading| topics)?|don'?t miss|do not miss|you (may|might) also (like|be interested in)|recommended( stories| for you| articles)?|most (read|popular|viewed)|more stories|more (from|on) .{0,40}|read next|trending( now| stories)?|popular now|latest (news|stories)|see also|further reading|also read|what to read next)$`)
	// Inline credits, removed from the end of a caption.
	trailingCredit  = regexp.MustCompile(`(^|[.!?”"]\s*|\s)(Pictures?|Photos?|Photograph|Image|Credit|Photo credit|PICTURE|PHOTO|IMAGE|CREDIT)\s*:\s*[^.]*$`)
	creditInParens  = regexp.MustCompile(`\s*\((?i:[^()]*\b(photo|photograph|picture|image|credit|getty images)\b[^()]*)\)|\s*\([^()]*(\s/\s|\p{Lu}{2,}/)[^()]*\)`)
	agencySlashName = regexp.MustCompile(`\s+\p{Lu}{2,}(\s\p{Lu}{2,})?/[\p{L}.'-]+ [\p{L}.' -]+(/[\p{L}.' -]+)*$`)
	filePhoto       = regexp.MustCompile(`(?i)\bfile (photo|picture|image)\b`)
	creditInTail    = regexp.MustCompile(`\s*\((?i:(additional )?(reporting|editing|writing) by)[^()]*\)`)
)

// cleanLines splits an article body into lines and removes what is not
// news: photo credits (the captions they follow are kept and marked),
// bylines, reading times, image sources, copyright lines, ads, section
// labels, lines repeated from earlier, and everything from a "Related
// content" or "Don't Miss" heading on.
func cleanLines(text string) []line {
	raw := strings.Split(text, "\n")
	out := make([]line, 0, len(raw))
	seen := map[string]bool{}
	// creditBefore is set after a removed credit or byline: a lone name
	// next to one is its author or photographer.
	creditBefore := false
	first := true
	for _, ln := range raw {
		t := strings.TrimSpace(ln)
		if t == "" {
			out = append(out, line{})
			continue
		}
		if first {
			first = false
			t = gluedLabel.ReplaceAllString(t, "$2")
			ln = t
		}
		if endOfArticle.MatchString(strings.TrimRight(t, ":.!…")) {
			break
		}
		switch {
		case isCreditLine(t):
			markPreviousCaption(out, t)
			creditBefore = true
			continue
		case readingTime.MatchString(t), copyrightLine.MatchString(t) && len(strings.Fields(t)) <= 30,
			isByline(t),
			clutterLine.MatchString(t), sectionLabel.MatchString(t):
			creditBefore = true
			continue
		case creditBefore && isLoneName(t):
			continue
		}
		creditBefore = false
		key := strings.ToLower(strings.Join(strings.Fields(t), " "))
		if seen[key] && strings.Contains(key, " ") {
			continue
		}
		seen[key] = true
		l := stripCredits(strings.TrimRight(ln, " \t"))
		out = append(out, l)
	}
	return out
}

// isCreditLine reports whether a whole line is a photo credit or image
// source: "Images source: © TG", "Picture: REUTERS/KACPER PEMPEL",
// "(Photo by … / AFP)", "REUTERS/Evelyn Hockstein". A "Photo:" line long
// enough to describe a scene is a caption, not a credit.
func isCreditLine(t string) bool {
	if creditLine.MatchString(t) {
		return len(strings.Fields(t)) <= 9
	}
	if m := creditInParens.FindStringIndex(t); m != nil && m[0] == 0 && m[1] == len(t) {
		return true
	}
	if m := agencySlashName.FindStringIndex(" " + t); m != nil && m[0] == 0 {
		return true
	}
	return false
}

// markPreviousCaption marks the last kept line as the caption a credit
// line belongs to.
func markPreviousCaption(out []line, credit string) {
	for i := len(out) - 1; i >= 0; i-- {
		if strings.TrimSpace(out[i].text) == "" {
			continue
		}
		if out[i].caption == notCaption {
			out[i].caption = caption
			if filePhoto.MatchString(credit) || filePhoto.MatchString(out[i].text) {
				out[i].caption = fileCaption
			}
		}
		return
	}
}

// stripCredits removes the credits at the end of a line and marks the
// line as a caption when there were any: "… on March 12 2025. Picture:
// REUTERS/KACPER PEMPEL", "… 2025. (Photo by Maxim Shemetov / AFP)".
// Reporting credits ("(Reporting by …)") are removed too, without making
// a caption.
func stripCredits(s string) line {
	l := line{text: creditInTail.ReplaceAllString(s, "")}
	for {
		before := l.text
		if m := trailingCredit.FindStringSubmatchIndex(l.text); m != nil {
			l.text = l.text[:m[3]]
		}
		l.text = creditInParens.ReplaceAllString(l.text, "")
		if m := agencySlashName.FindStringIndex(l.text); m != nil {
			l.text = l.text[:m[0]]
		}
		l.text = strings.TrimRight(l.text, " \t")
		if l.text == before {
			break
		}
		l.caption = caption
		if filePhoto.MatchString(s) {
			l.caption = fileCaption
		}
	}
	return l
}

// isByline reports whether a line names the article's authors: "By Jane
// Doe", "By Jane Doe and John Roe, Reuters", "Reporting by …; Editing by
// …". "By Tuesday, the talks had failed." is not one.
func isByline(t string) bool {
	if creditsLine.MatchString(t) {
		return true
	}
	m := bylineLine.FindStringSubmatch(t)
	if m == nil || strings.HasSuffix(t, ".") {
		return false
	}
	words := strings.Fields(strings.NewReplacer(",", " ", ";", " ", "|", " ").Replace(m[3]))
	if len(words) > 10 {
		return false
	}
	for _, w := range words {
		if w != "and" && !isUpperRune([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// isLoneName reports whether a line is only a person's name: two to four
// capitalised words and nothing else.
func isLoneName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !isUpperRune(r[0]) {
			return false
		}
		for _, c := range r[1:] {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}

// joinLines makes the article text of its cleaned lines, with the byte
// ranges of the captions. Blank lines at either end are dropped and runs
// of blank lines kept as one paragraph break.
func joinLines(lines []line) (string, []Span) {
	var b strings.Builder
	var caps []Span
	blank := false
	for _, l := range lines {
		if strings.TrimSpace(l.text) == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		start := b.Len()
		b.WriteString(l.text)
		if l.caption == caption {
			caps = append(caps, Span{start, b.Len()})
		}
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String(), caps
}

func isUpperRune(r rune) bool { return unicode.IsUpper(r) }

func isOpeningQuote(r rune) bool { return r == '"' || r == '“' || r == '‘' || r == '\'' }
