package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Widths are display cells, measured by charmbracelet/x/ansi as the
// terminal draws them: a CJK character or an emoji takes two cells, a
// combining accent none, and escape sequences none.

// fit cuts s, which may hold escape sequences, to at most w cells, ending
// it with an ellipsis when something was cut.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// padRight fills s with spaces to w cells.
func padRight(s string, w int) string {
	if n := w - ansi.StringWidth(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// spread writes left and right on one line of w cells, right aligned to
// the end; left is cut when both do not fit, and right is dropped when it
// alone does not.
func spread(left, right string, w int) string {
	rw := ansi.StringWidth(right)
	if rw == 0 || rw+2 > w {
		return fit(left, w)
	}
	left = fit(left, w-rw-1)
	return padRight(left, w-rw) + right
}

// segment is a run of text drawn in one style.
type segment struct {
	text  string
	style paint
}

// render draws segments on one line.
func render(segs ...segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.text != "" {
			b.WriteString(s.style.Render(s.text))
		}
	}
	return b.String()
}

// collapseSpace replaces every run of white space in s, line breaks
// included, by one space.
func collapseSpace(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) && !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// splitExpression cuts a sentence around the time expression at byte
// offsets start…end, with white space folded to single spaces and trimmed
// at both ends. Offsets that do not fit the sentence leave it whole, in
// before.
func splitExpression(sentence string, start, end int) (before, expr, after string) {
	if start < 0 || end <= start || end > len(sentence) ||
		!utf8.RuneStart(sentence[start]) || end < len(sentence) && !utf8.RuneStart(sentence[end]) {
		return strings.TrimSpace(collapseSpace(sentence)), "", ""
	}
	before = strings.TrimLeft(collapseSpace(sentence[:start]), " ")
	expr = collapseSpace(sentence[start:end])
	after = strings.TrimRight(collapseSpace(sentence[end:]), " ")
	return before, expr, after
}

// wrap lays segments out in lines of at most w cells. Lines break at
// spaces, and inside a word only when it is longer than a line; runs of
// white space become one space. Each line is styled on its own, so that
// no style runs over a line break.
func wrap(segs []segment, w int) []string {
	if w <= 0 {
		return nil
	}
	var lines []string
	var line []segment // the current line, a run of text per style
	var runStyle int   // the segment whose style the last run has
	lineW := 0
	flush := func() {
		lines = append(lines, render(line...))
		line, lineW = line[:0], 0
	}
	// put adds text, which fits the line, in the style of segment i.
	put := func(text string, i int) {
		if len(line) > 0 && runStyle == i {
			line[len(line)-1].text += text
		} else {
			line = append(line, segment{text, segs[i].style})
			runStyle = i
		}
		lineW += ansi.StringWidth(text)
	}
	for _, word := range words(segs) {
		ww := 0
		for _, p := range word.pieces {
			ww += ansi.StringWidth(p.text)
		}
		if lineW > 0 && lineW+1+ww > w {
			flush()
		}
		if lineW > 0 {
			put(" ", word.space)
		}
		for _, p := range word.pieces {
			text := p.text
			for text != "" {
				if lineW+ansi.StringWidth(text) <= w {
					put(text, p.seg)
					break
				}
				head := ansi.Truncate(text, w-lineW, "")
				switch {
				case head != "":
					text = text[len(head):]
				case lineW > 0:
					flush()
					continue
				default: // a character wider than the whole line
					_, size := utf8.DecodeRuneInString(text)
					head, text = "…", text[size:]
				}
				put(head, p.seg)
				flush()
			}
		}
	}
	if lineW > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// word is a run of text without spaces, in one or more styles, and the
// style of the space before it.
type word struct {
	pieces []piece
	space  int // the segment of the space before the word
}

// piece is text of a word from segment seg.
type piece struct {
	text string
	seg  int
}

// words splits segments at white space.
func words(segs []segment) []word {
	var out []word
	var cur word
	for i, s := range segs {
		text := s.text
		for text != "" {
			j := strings.IndexFunc(text, unicode.IsSpace)
			if j < 0 {
				cur.pieces = append(cur.pieces, piece{text, i})
				break
			}
			if j > 0 {
				cur.pieces = append(cur.pieces, piece{text[:j], i})
			}
			if len(cur.pieces) > 0 {
				out = append(out, cur)
			}
			cur = word{space: i}
			_, size := utf8.DecodeRuneInString(text[j:])
			text = text[j+size:]
		}
	}
	if len(cur.pieces) > 0 {
		out = append(out, cur)
	}
	return out
}
