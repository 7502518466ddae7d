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
//	<X             context: the token must be there but is not part of the
//	               expression ("<for years" finds "years"); only at the
//	               start or the end of a pattern
//	( A B | C )    a group: the sequence A B, or C; ( … )? is optional
//
// For example "( WEEKDAY ,? )? MONTH DAY ,? YEAR" matches "Thursday, March
// 13, 2025" and "March 13 2025".

// elem is one compiled token element.
type elem struct {
	cls     class
	words   []*word
	glued   bool
	context bool
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
	if strings.HasPrefix(f, "<") && len(f) > 1 {
		e.context, f = true, f[1:]
	}
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
			e.words = append(e.words, addWord(lexicon, alt))
		}
	}
	return e, opt, nil
}

// engine finds the rules that match a token sequence. Every pattern is
// expanded into its plain element sequences (groups and optional elements
// unfolded) and all of them are stored in one trie, so matching is a walk
// down the trie that allocates nothing; the trie's first level, and every
// node with many children, is indexed by the tokens that can come next.
type engine struct {
	root  trieNode
	nodes int
}

// trieNode is one element of one or more pattern sequences.
type trieNode struct {
	elem     *elem
	parent   *trieNode
	children []*trieNode
	// next indexes the children when there are many of them (nil when
	// there are few, which are tried one by one).
	next *childIndex
	// rule is the highest-priority rule whose sequence ends here.
	rule *rule
}

// childIndex lists a node's children by the token classes and words
// their elements accept. A child accepting several classes is listed
// under each, so it may be tried twice for one token, which only repeats
// the same walk.
type childIndex struct {
	byClass [32][]*trieNode
	byWord  [][]*trieNode // by word id
}

// indexedChildren is how many children a trie node must have to be
// indexed: after a number, a hundred rules may go on.
const indexedChildren = 16

func newChildIndex(children []*trieNode) *childIndex {
	x := &childIndex{byWord: make([][]*trieNode, len(lexicon))}
	for _, c := range children {
		for b := 0; b < 32; b++ {
			if c.elem.cls&(1<<b) != 0 {
				x.byClass[b] = append(x.byClass[b], c)
			}
		}
		for _, w := range c.elem.words {
			x.byWord[w.id] = append(x.byWord[w.id], c)
		}
	}
	return x
}

// walkFrom walks every child the index lists that may match toks[i].
func (x *childIndex) walkFrom(toks []token, i int, b *best) {
	t := &toks[i]
	for c := t.cls; c != 0; c &= c - 1 {
		for _, n := range x.byClass[trailingZeros(c)] {
			walk(n, toks, i, b)
		}
	}
	if t.w != nil && t.w.id < len(x.byWord) {
		for _, n := range x.byWord[t.w.id] {
			walk(n, toks, i, b)
		}
	}
}

// index builds the child indexes of n and the nodes below it.
func (n *trieNode) index(always bool) {
	if always || len(n.children) >= indexedChildren {
		n.next = newChildIndex(n.children)
	}
	for _, c := range n.children {
		c.index(false)
	}
}

func newEngine(rules []rule) *engine {
	e := &engine{}
	for i := range rules {
		r := &rules[i]
		nodes, err := compilePattern(r.pattern)
		if err != nil {
			panic(fmt.Sprintf("rule %s: %v", r.name, err)) // a bug in the rule table, caught by any test
		}
		r.priority = i
		for _, seq := range expand(nodes) {
			e.add(seq, r)
		}
	}
	e.root.index(true)
	return e
}

// expand returns every plain element sequence a pattern matches.
func expand(nodes []node) [][]*elem {
	out := [][]*elem{nil}
	for _, n := range nodes {
		var alts [][]*elem
		if n.elem != nil {
			alts = [][]*elem{{n.elem}}
		} else {
			for _, a := range n.alts {
				alts = append(alts, expand(a)...)
			}
		}
		if n.opt {
			alts = append(alts, nil)
		}
		var next [][]*elem
		for _, prefix := range out {
			for _, a := range alts {
				seq := append(append(make([]*elem, 0, len(prefix)+len(a)), prefix...), a...)
				next = append(next, seq)
			}
		}
		out = next
	}
	return out
}

// add stores one sequence of rule r in the trie.
func (e *engine) add(seq []*elem, r *rule) {
	if len(seq) == 0 {
		return
	}
	n := &e.root
	for _, el := range seq {
		var child *trieNode
		for _, c := range n.children {
			if c.elem.equal(el) {
				child = c
				break
			}
		}
		if child == nil {
			child = &trieNode{elem: el, parent: n}
			n.children = append(n.children, child)
			e.nodes++
		}
		n = child
	}
	if n.rule == nil || r.priority < n.rule.priority {
		n.rule = r
	}
}

func (a *elem) equal(b *elem) bool {
	if a.cls != b.cls || a.glued != b.glued || a.context != b.context || len(a.words) != len(b.words) {
		return false
	}
	for i := range a.words {
		if a.words[i] != b.words[i] {
			return false
		}
	}
	return true
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
	// part is the part of the day a refiner gave it from a neighbour:
	// "Monday" in "Monday and Tuesday nights".
	part string
	// hedge is the TimeML modifier of a word before the expression that
	// is left out of it ("about two hours", "around 9 p.m."), when the
	// expression has none of its own.
	hedge string
}

// span returns the token range of the expression itself, without the
// context tokens at either end.
func (m *match) span() (first, last int) {
	first, last = m.first, m.last
	for k := 0; k < len(m.elems) && m.elems[k] != nil && m.elems[k].context; k++ {
		first++
	}
	for k := len(m.elems) - 1; k >= 0 && m.elems[k] != nil && m.elems[k].context && last > first+1; k-- {
		last--
	}
	return first, last
}

// best is the longest match found so far from one start token.
type best struct {
	node *trieNode
	end  int
}

// scan finds the leftmost-longest, non-overlapping rule matches in toks.
// On equal length the rule listed first wins.
func (e *engine) scan(toks []token, out []match) []match {
	var b best
	for i := 0; i < len(toks); {
		b = best{end: i}
		e.root.next.walkFrom(toks, i, &b)
		if b.node == nil {
			i++
			continue
		}
		m := match{rule: b.node.rule, first: i, last: b.end, elems: make([]*elem, b.end-i)}
		for n, k := b.node, b.end-i-1; k >= 0; n, k = n.parent, k-1 {
			m.elems[k] = n.elem
		}
		out = append(out, m)
		i = b.end
		if m.rule.kind == kReject || m.rule.openContext {
			// A rejected match keeps other rules off its own words, not
			// off its context: "would last <30" leaves "30 days".
			_, i = m.span()
		}
	}
	return out
}

// walk follows the trie from node n, which must match toks[i], keeping
// in b the longest match (and on equal length the rule listed first).
func walk(n *trieNode, toks []token, i int, b *best) {
	if !n.elem.matches(&toks[i]) {
		return
	}
	i++
	if r := n.rule; r != nil && (i > b.end || i == b.end && b.node != nil && r.priority < b.node.rule.priority) {
		b.node, b.end = n, i
	}
	if i >= len(toks) || toks[i].breaks > 1 || toks[i].breaks > 0 && endsWithClock(toks, i-1) {
		// "… end around 7 p.m.\nSunday's …": the clock's period
		// ended the line's sentence; no expression runs over a blank
		// line ("Thursday 14 July 2022\n\n16:40 - Police said…").
		return
	}
	if n.next != nil {
		n.next.walkFrom(toks, i, b)
		return
	}
	for _, c := range n.children {
		walk(c, toks, i, b)
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
