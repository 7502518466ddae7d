package parse

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
// trimmed line, without regard to case. Most lines of an article are
// news, not boilerplate: each pattern has a quick test that rules them
// out before the expression runs (see pattern).
var (
	// readingTime: "2 mins read", "Reading time: 3 minutes".
	readingTime = linePattern(`(?i)^(reading time:?\s*)?\d+\s*-?\s*(min|mins|minutes?)(\.)?(\s+(read|reading|to read))?$`)
	// creditLine: a line that is only a photo credit or image source.
	creditLine = linePattern(`(?i)^(images?|photos?|photograph|pictures?|pic|credit|photo credit|image credit|images? source|source of (the )?images?|illustration)\s*:\s*`)
	// copyrightLine: "© 2025 Latin Times. All rights reserved."; a line
	// that says rightsReserved anywhere is one too.
	copyrightLine  = linePattern(`(?i)^(©|\(c\)\s|copyright\b)`)
	rightsReserved = "all rights reserved"
	// bylineLine: "By Jane Doe", "Reporting by …; Editing by …".
	bylineLine  = linePattern(`(?i)^((written|words|reported|story) by|by)\s+(\p{Lu}.*)$`)
	creditsLine = linePattern(`(?i)^\(?(additional )?(reporting|editing|writing|compiled|translated|translation|research|graphics)( and [a-z]+)? by\b`)
	// clutterLine: ads and sharing prompts.
	clutterLine = linePattern(`(?i)^(advertisement|advertising|sponsored( content)?|story continues below( advertisement)?|scroll to continue( with content)?|continue reading|share( this( article| story)?)?|share on \w+|follow us on .{0,40}|sign up (for|to) .{0,80}|subscribe( now)?( to .{0,60})?|click here .{0,80}|listen to this article.{0,30}|print|comments?|view comments)$`)
	// sectionLabel: a lone section name above a headline.
	sectionLabel = linePattern(`(?i)^(news|world|world news|europe|politics|business|opinion|analysis|exclusive|breaking|breaking news|live|video|update|updated|international|latest)$`)
	// gluedLabel: a section name run into the headline: "NewsPutin …".
	gluedLabel = linePattern(`^(News|World|Europe|Politics|Business|Opinion|Analysis|Exclusive|Breaking|Live|Video|Latest|International)(\p{Lu}\p{Ll})`)
	// endOfArticle: a heading after which a page lists other stories.
	endOfArticle = linePattern(`(?i)^(related( content| articles?| stories| news| coverage| posts| reading| topics)?|don'?t miss|do not miss|you (may|might) also (like|be interested in)|recommended( stories| for you| articles)?|most (read|popular|viewed)|more stories|more (from|on) .{0,40}|read next|trending( now| stories)?|popular now|latest (news|stories)|see also|further reading|also read|what to read next)$`)
	// Inline credits, removed from the end of a caption.
	trailingCredit  = pattern{regexp.MustCompile(`(^|[.!?”"]\s*|\s)(Pictures?|Photos?|Photograph|Image|Credit|Photo credit|PICTURE|PHOTO|IMAGE|CREDIT)\s*:\s*[^.]*$`), colonWithoutPeriodAfter}
	agencySlashName = pattern{regexp.MustCompile(`\s+\p{Lu}{2,}(\s\p{Lu}{2,})?/[\p{L}.'-]+ [\p{L}.' -]+(/[\p{L}.' -]+)*$`), hasSlash}
	filePhoto       = pattern{regexp.MustCompile(`(?i)\bfile (photo|picture|image)\b`), func(s string) bool { return containsFold(s, "file ") }}
	// Credits in brackets, matched against what the brackets hold:
	// "(Photo by Jane Doe / AFP)", "(REUTERS/Jane Doe)", and reporting
	// credits "(Reporting by Jane Doe)".
	photoCredit     = regexp.MustCompile(`(?i:\b(photo|photograph|picture|image|credit|getty images)\b)|\s/\s|\p{Lu}{2,}/`)
	reportingCredit = regexp.MustCompile(`(?i)^(additional )?(reporting|editing|writing) by`)
)

// cleanLines splits an article body into lines and removes what is not
// news: photo credits (the captions they follow are kept and marked),
// bylines, reading times, image sources, copyright lines, ads, section
// labels, lines repeated from earlier, and everything from a "Related
// content" or "Don't Miss" heading on.
func cleanLines(text string) []line {
	out := make([]line, 0, strings.Count(text, "\n")+1)
	seen := map[string]bool{}
	var key []byte
	// creditBefore is set after a removed credit or byline: a lone name
	// next to one is its author or photographer.
	creditBefore := false
	first := true
	for rest, more := text, true; more; {
		var ln string
		ln, rest, more = strings.Cut(rest, "\n")
		t := strings.TrimSpace(ln)
		if t == "" {
			out = append(out, line{})
			continue
		}
		if first {
			first = false
			t = gluedLabel.replace(t, "$2")
			ln = t
		}
		if endOfArticle.match(strings.TrimRight(t, ":.!…")) {
			break
		}
		switch {
		case isCreditLine(t):
			markPreviousCaption(out, t)
			creditBefore = true
			continue
		case readingTime.match(t), isCopyright(t), isByline(t), clutterLine.match(t), sectionLabel.match(t):
			creditBefore = true
			continue
		case creditBefore && isLoneName(t):
			continue
		}
		creditBefore = false
		key = appendLineKey(key[:0], t)
		if seen[string(key)] && bytes.IndexByte(key, ' ') >= 0 {
			continue
		}
		seen[string(key)] = true
		out = append(out, stripCredits(strings.TrimRight(ln, " \t")))
	}
	return out
}

// appendLineKey appends to key what makes two lines the same: their
// words (as strings.Fields splits them) in lower case, one space apart.
func appendLineKey(key []byte, t string) []byte {
	inWord := false
	for i := 0; i < len(t); {
		if c := t[i]; asciiNonSpace[c] { // most of a line
			if !inWord && len(key) > 0 {
				key = append(key, ' ')
			}
			inWord = true
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
			i++
			continue
		}
		r, n := rune(t[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(t[i:])
		}
		i += n
		if isSpace(r) {
			inWord = false
			continue
		}
		if !inWord && len(key) > 0 {
			key = append(key, ' ')
		}
		inWord = true
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r < utf8.RuneSelf {
			key = append(key, byte(r))
		} else {
			key = utf8.AppendRune(key, unicode.ToLower(r))
		}
	}
	return key
}

// asciiNonSpace marks the ASCII bytes that are no space, as isSpace
// reports them.
var asciiNonSpace = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !isSpace(rune(c))
	}
	return t
}()

// isSpace is unicode.IsSpace, quick for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isCopyright reports whether a line is a copyright notice, not a long
// paragraph that mentions one.
func isCopyright(t string) bool {
	return (copyrightLine.match(t) || containsFold(t, rightsReserved)) && len(strings.Fields(t)) <= 30
}

// isCreditLine reports whether a whole trimmed line is a photo credit or
// image source: "Images source: © TG", "Picture: REUTERS/KACPER PEMPEL",
// "(Photo by … / AFP)", "REUTERS/Evelyn Hockstein". A "Photo:" line long
// enough to describe a scene is a caption, not a credit.
func isCreditLine(t string) bool {
	if creditLine.match(t) {
		return len(strings.Fields(t)) <= 9
	}
	// An agency credit that is the whole line starts with capitals and
	// has a slash.
	if open, end, ok := nextBracketed(t, 0); ok && open == 0 && end == len(t) && photoCredit.MatchString(t[1:end-1]) {
		return true
	}
	if startsWithCapitals(t) && agencySlashName.maybe(t) {
		if m := agencySlashName.index(" " + t); m != nil && m[0] == 0 {
			return true
		}
	}
	return false
}

// startsWithCapitals reports whether s starts with two capital letters.
func startsWithCapitals(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsUpper(r) && unicode.IsUpper(r2)
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
			if filePhoto.match(credit) || filePhoto.match(out[i].text) {
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
	l := line{text: removeBracketed(s, reportingCredit)}
	for {
		before := l.text
		if i := trailingCreditStart(l.text); i >= 0 {
			l.text = l.text[:i]
		}
		l.text = removeBracketed(l.text, photoCredit)
		if m := agencySlashName.index(l.text); m != nil {
			l.text = l.text[:m[0]]
		}
		l.text = strings.TrimRight(l.text, " \t")
		if l.text == before {
			break
		}
		l.caption = caption
		if filePhoto.match(s) {
			l.caption = fileCaption
		}
	}
	return l
}

// trailingCreditStart returns where a trailing credit ("… 2025. Picture:
// REUTERS/JANE DOE") starts in s, after the end of the caption; -1
// without one. As there is no period from a credit's label to the end,
// the credit and the punctuation before it lie at or after the last
// period of s: the expression reads only from there.
func trailingCreditStart(s string) int {
	from := max(strings.LastIndexByte(s, '.'), 0)
	m := trailingCredit.index(s[from:])
	if m == nil {
		return -1
	}
	return from + m[3]
}

// removeBracketed removes from s the passages in brackets (without
// brackets inside) whose content matches credit, with the spaces before
// them: "Putin spoke. (Photo by Jane Doe / AFP)" → "Putin spoke.".
func removeBracketed(s string, credit *regexp.Regexp) string {
	var b strings.Builder
	kept := 0 // s[:kept] is written to b, or removed
	for at := 0; ; {
		open, end, ok := nextBracketed(s, at)
		if !ok {
			break
		}
		at = end
		if !credit.MatchString(s[open+1 : end-1]) {
			continue
		}
		start := open
		for start > kept && isRegexpSpace(s[start-1]) {
			start--
		}
		b.WriteString(s[kept:start])
		kept = end
	}
	if kept == 0 {
		return s
	}
	b.WriteString(s[kept:])
	return b.String()
}

// nextBracketed returns the first passage in brackets, without brackets
// inside, from at on in s: s[open] is its "(" and s[end-1] its ")".
func nextBracketed(s string, at int) (open, end int, ok bool) {
	i := strings.IndexByte(s[at:], '(')
	if i < 0 {
		return 0, 0, false
	}
	open = at + i
	for {
		j := strings.IndexAny(s[open+1:], "()")
		if j < 0 {
			return 0, 0, false
		}
		if s[open+1+j] == ')' {
			return open, open + 2 + j, true
		}
		open += 1 + j // a bracket opens inside: the passage starts there
	}
}

// isRegexpSpace reports whether c is a space as \s matches it.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isByline reports whether a line names the article's authors: "By Jane
// Doe", "By Jane Doe and John Roe, Reuters", "Reporting by …; Editing by
// …". "By Tuesday, the talks had failed." is not one.
func isByline(t string) bool {
	if creditsLine.match(t) {
		return true
	}
	m := bylineLine.index(t)
	if m == nil || strings.HasSuffix(t, ".") {
		return false
	}
	words := strings.Fields(bylineSeparators.Replace(t[m[6]:m[7]]))
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

// bylineSeparators are the marks between the names of a byline.
var bylineSeparators = strings.NewReplacer(",", " ", ";", " ", "|", " ")

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
	size := 0 // at most: every line with two line breaks
	for _, l := range lines {
		size += len(l.text) + 2
	}
	b.Grow(size)
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
