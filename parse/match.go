package parse

import (
	"fmt"
	"strings"
)

// A rule pattern is a space-separated sequence of elements:
//
//	MONTH          a token of a class (see classNames)
//	last|past      one of these words or punctuation marks, lower-case;
//	               class names may be among them: ORD|last
//	-              any dash or hyphen
//	X?             the element is optional
//	+X             the token must follow the previous one without white space
//	( A B | C )    a group: the sequence A B, or C; ( … )? is optional
//
// For example "( WEEKDAY ,? )? MONTH DAY ,? YEAR" matches "Thursday, March
// 13, 2025" and "March 13 2025".

// elem is one compiled token element.
type elem struct {
	cls   class
	words []*word
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

// node is an element or a group of alternative sequences.
type node struct {
	elem *elem
	alts [][]node
	opt  bool
}

// compilePattern parses a pattern, adding its literal words to the
// lexicon so the tokenizer recognises them.
func compilePattern(p string) ([]node, error) {
	fields := strings.Fields(p)
	pos := 0
	var seq func(depth int) ([][]node, error)
	seq = func(depth int) ([][]node, error) {
		alts := [][]node{nil}
		for pos < len(fields) {
			f := fields[pos]
			pos++
			switch {
			case f == "|":
				if depth == 0 {
					return nil, fmt.Errorf("pattern %q: | outside a group", p)
				}
				alts = append(alts, nil)
				continue
			case f == ")" || f == ")?":
				if depth == 0 {
					return nil, fmt.Errorf("pattern %q: unbalanced )", p)
				}
				pos--
				return alts, nil
			case f == "(":
				inner, err := seq(depth + 1)
				if err != nil {
					return nil, err
				}
				if pos >= len(fields) {
					return nil, fmt.Errorf("pattern %q: unclosed (", p)
				}
				n := node{alts: inner, opt: fields[pos] == ")?"}
				pos++
				alts[len(alts)-1] = append(alts[len(alts)-1], n)
				continue
			}
			e, opt, err := compileElem(f)
			if err != nil {
				return nil, fmt.Errorf("pattern %q: %v", p, err)
			}
			alts[len(alts)-1] = append(alts[len(alts)-1], node{elem: e, opt: opt})
		}
		if depth > 0 {
			return nil, fmt.Errorf("pattern %q: unclosed (", p)
		}
		return alts, nil
	}
	alts, err := seq(0)
	if err != nil {
		return nil, err
	}
	if len(alts) != 1 || len(alts[0]) == 0 {
		return nil, fmt.Errorf("pattern %q is empty", p)
	}
	return alts[0], nil
}

func compileElem(f string) (*elem, bool, error) {
	e := &elem{}
	opt := false
	if strings.HasPrefix(f, "+") && len(f) > 1 {
		e.glued, f = true, f[1:]
	}
	if strings.HasSuffix(f, "?") && len(f) > 1 {
		opt, f = true, f[:len(f)-1]
	}
	for _, alt := range strings.Split(f, "|") {
		c, isClass := classNames[alt]
		switch {
		case isClass:
			e.cls |= c
		case alt == "-":
			e.cls |= cDash
		case alt == "" || strings.ToLower(alt) != alt:
			return nil, false, fmt.Errorf("bad element %q", f)
		default:
			w := lexicon[alt]
			if w == nil {
				w = &word{text: alt}
				lexicon[alt] = w
			}
			e.words = append(e.words, w)
		}
	}
	return e, opt, nil
}

// firstElems returns the elements that can match the first token of a
// match of seq.
func firstElems(seq []node) []*elem {
	var out []*elem
	for _, n := range seq {
		if n.elem != nil {
			out = append(out, n.elem)
		} else {
			for _, a := range n.alts {
				out = append(out, firstElems(a)...)
			}
		}
		if !n.opt && (n.elem != nil || !canBeEmpty(n.alts)) {
			break
		}
	}
	return out
}

func canBeEmpty(alts [][]node) bool {
	for _, a := range alts {
		empty := true
		for _, n := range a {
			if !n.opt && (n.elem != nil || !canBeEmpty(n.alts)) {
				empty = false
				break
			}
		}
		if empty {
			return true
		}
	}
	return false
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
		nodes, err := compilePattern(r.pattern)
		if err != nil {
			panic(fmt.Sprintf("rule %s: %v", r.name, err)) // a bug in the rule table, caught by any test
		}
		r.nodes = nodes
		r.priority = i
		e.rules = append(e.rules, r)
		for _, el := range firstElems(nodes) {
			for b := 0; b < 32; b++ {
				if el.cls&(1<<b) != 0 && !contains(e.byClass[b], r) {
					e.byClass[b] = append(e.byClass[b], r)
				}
			}
			for _, w := range el.words {
				if !contains(e.byWord[w], r) {
					e.byWord[w] = append(e.byWord[w], r)
				}
			}
		}
	}
	return e
}

func contains(rs []*rule, r *rule) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// match is one rule matched over toks[first:last]; elems[i] is the element
// that matched toks[first+i].
type match struct {
	rule        *rule
	first, last int
	elems       []*elem
	// mod is the TimeML modifier of words before the rule's match that a
	// refiner added to it ("early", "nearly").
	mod string
}

// matcher holds the scratch space of one scan.
type matcher struct {
	toks  []token
	path  []*elem
	best  []*elem
	bestN int
}

// scan finds the leftmost-longest, non-overlapping rule matches in toks.
// On equal length the rule listed first wins.
func (e *engine) scan(toks []token, out []match) []match {
	m := &matcher{toks: toks}
	var cand []*rule
	for i := 0; i < len(toks); {
		t := &toks[i]
		cand = cand[:0]
		for c := t.cls; c != 0; c &= c - 1 {
			cand = append(cand, e.byClass[trailingZeros(c)]...)
		}
		if t.w != nil {
			cand = append(cand, e.byWord[t.w]...)
		}
		var best *rule
		bestEnd := i
		var bestElems []*elem
		for _, r := range cand {
			m.bestN = -1
			m.path = m.path[:0]
			m.seq(r.nodes, i, func(end int) {
				if end > i && end-i > m.bestN {
					m.bestN = end - i
					m.best = append(m.best[:0], m.path...)
				}
			})
			if m.bestN < 0 {
				continue
			}
			end := i + m.bestN
			if end > bestEnd || end == bestEnd && best != nil && r.priority < best.priority {
				best, bestEnd = r, end
				bestElems = append(bestElems[:0], m.best...)
			}
		}
		if best == nil {
			i++
			continue
		}
		out = append(out, match{rule: best, first: i, last: bestEnd, elems: append([]*elem(nil), bestElems...)})
		i = bestEnd
	}
	return out
}

// seq calls k with every end position at which nodes match from token i,
// with m.path holding the elements matched so far.
func (m *matcher) seq(nodes []node, i int, k func(end int)) {
	if len(nodes) == 0 {
		k(i)
		return
	}
	n, rest := &nodes[0], nodes[1:]
	if n.elem != nil {
		if i < len(m.toks) && n.elem.matches(&m.toks[i]) {
			m.path = append(m.path, n.elem)
			m.seq(rest, i+1, k)
			m.path = m.path[:len(m.path)-1]
		}
	} else {
		for _, alt := range n.alts {
			m.seq(alt, i, func(j int) { m.seq(rest, j, k) })
		}
	}
	if n.opt {
		m.seq(rest, i, k)
	}
}

func trailingZeros(c class) int {
	n := 0
	for c&1 == 0 {
		c >>= 1
		n++
	}
	return n
}
