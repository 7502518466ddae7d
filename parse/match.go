package parse

import (
	"fmt"
	"strings"
)

// A rule pattern is a space-separated sequence of elements:
//
//	MONTH        a token of a class (see classNames)
//	last|past    one of these words or punctuation marks, lower-case
//	-            any dash or hyphen
//	X?           the element is optional
//	+X           the token must follow the previous one without white space
//
// For example "WEEKDAY? ,? MONTH DAY ,? YEAR" matches "Thursday, March 13,
// 2025" and "March 13 2025".

// elem is one compiled pattern element.
type elem struct {
	cls   class
	words []*word
	opt   bool
	glued bool
}

func (e *elem) matches(t *token) bool {
	if e.glued && !t.glued {
		return false
	}
	if t.cls&e.cls != 0 {
		return true
	}
	for _, w := range e.words {
		if t.w == w {
			return true
		}
	}
	return false
}

// compilePattern turns a pattern into elements, adding its literal words to
// the lexicon so the tokenizer recognises them.
func compilePattern(p string) ([]elem, error) {
	var out []elem
	for _, f := range strings.Fields(p) {
		var e elem
		if strings.HasPrefix(f, "+") && len(f) > 1 {
			e.glued, f = true, f[1:]
		}
		if strings.HasSuffix(f, "?") && len(f) > 1 {
			e.opt, f = true, f[:len(f)-1]
		}
		if c, ok := classNames[f]; ok {
			e.cls = c
		} else {
			for _, alt := range strings.Split(f, "|") {
				switch {
				case alt == "-":
					e.cls |= cDash
				case alt == "" || strings.ToLower(alt) != alt:
					return nil, fmt.Errorf("pattern %q: bad element %q", p, f)
				default:
					w := lexicon[alt]
					if w == nil {
						w = &word{text: alt}
						lexicon[alt] = w
					}
					e.words = append(e.words, w)
				}
			}
		}
		out = append(out, e)
	}
	if len(out) == 0 || out[len(out)-1].opt {
		return nil, fmt.Errorf("pattern %q: empty or ends with an optional element", p)
	}
	return out, nil
}

// engine finds the rules that match a token sequence. Rules are indexed by
// the tokens that can begin them, so most tokens cost one map lookup.
type engine struct {
	rules   []*rule
	byClass [32][]*rule
	byWord  map[*word][]*rule
}

func newEngine(rules []rule) *engine {
	e := &engine{byWord: map[*word][]*rule{}}
	for i := range rules {
		r := &rules[i]
		elems, err := compilePattern(r.pattern)
		if err != nil {
			panic(fmt.Sprintf("rule %s: %v", r.name, err)) // a bug in the rule table, caught by any test
		}
		r.elems = elems
		r.priority = i
		e.rules = append(e.rules, r)
		for _, el := range elems {
			for b := 0; b < 32; b++ {
				if el.cls&(1<<b) != 0 {
					e.byClass[b] = append(e.byClass[b], r)
				}
			}
			for _, w := range el.words {
				e.byWord[w] = append(e.byWord[w], r)
			}
			if !el.opt {
				break
			}
		}
	}
	return e
}

// match is one rule matched over toks[first:last].
type match struct {
	rule        *rule
	first, last int
}

// scan finds the leftmost-longest, non-overlapping rule matches in toks.
// On equal length the rule listed first wins.
func (e *engine) scan(toks []token, out []match) []match {
	for i := 0; i < len(toks); {
		best := match{last: -1}
		try := func(r *rule) {
			end := matchElems(r.elems, toks, i)
			if end > best.last || end == best.last && end > i && r.priority < best.rule.priority {
				best = match{rule: r, first: i, last: end}
			}
		}
		t := &toks[i]
		for c := t.cls; c != 0; c &= c - 1 {
			for _, r := range e.byClass[trailingZeros(c)] {
				try(r)
			}
		}
		if t.w != nil {
			for _, r := range e.byWord[t.w] {
				try(r)
			}
		}
		if best.rule == nil || best.last <= i {
			i++
			continue
		}
		out = append(out, best)
		i = best.last
	}
	return out
}

func trailingZeros(c class) int {
	n := 0
	for c&1 == 0 {
		c >>= 1
		n++
	}
	return n
}

// matchElems returns the end of the longest match of elems at toks[i:], or
// -1 when there is none.
func matchElems(elems []elem, toks []token, i int) int {
	if len(elems) == 0 {
		return i
	}
	best := -1
	e := &elems[0]
	if i < len(toks) && e.matches(&toks[i]) {
		best = matchElems(elems[1:], toks, i+1)
	}
	if e.opt {
		if end := matchElems(elems[1:], toks, i); end > best {
			best = end
		}
	}
	return best
}

// assign calls fn for each token of a match with the element it matched,
// following the same path matchElems chose.
func assign(elems []elem, toks []token, i, end int, fn func(e *elem, t *token)) {
	for k := range elems {
		e := &elems[k]
		if i < end && e.matches(&toks[i]) && matchElems(elems[k+1:], toks, i+1) == end {
			fn(e, &toks[i])
			i++
		}
	}
}
