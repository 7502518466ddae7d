package corpus

import (
	"strings"

	"dateline/timeline"
)

// detach copies the strings an extraction keeps out of its article's
// text (sentences, expressions, actor names, the title are slices of it),
// so that once an article is extracted its text, the bulk of a corpus,
// can be freed: the timeline then holds the sentences that report events
// rather than every article whole.
func detach(x *timeline.Extraction) {
	copies := map[string]string{}
	clone := func(s string) string {
		c, ok := copies[s]
		if !ok {
			c = strings.Clone(s)
			copies[s] = c
		}
		return c
	}
	x.Article.Title = clone(x.Article.Title)
	for i := range x.Events {
		e := &x.Events[i]
		e.Text = clone(e.Text)
		for j, a := range e.Actors {
			e.Actors[j] = clone(a)
		}
		for j := range e.Sources {
			s := &e.Sources[j]
			s.Sentence = clone(s.Sentence)
			if s.ExprStart >= 0 && s.ExprEnd <= len(s.Sentence) && s.ExprStart <= s.ExprEnd && s.Sentence[s.ExprStart:s.ExprEnd] == s.Expression {
				s.Expression = s.Sentence[s.ExprStart:s.ExprEnd]
			} else {
				s.Expression = clone(s.Expression)
			}
		}
	}
}
