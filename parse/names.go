package parse

// givenNames are common English first names. A month, season, weekday or
// holiday written right after one is a surname: "Rachel Winter", "Walter
// August", "Dave Christmas". Names that are also common words ("Will",
// "Bill", "Rose") are left out, as are names of days and months
// themselves.
var givenNames = wordSet(`
aaron adam adrian alan albert alex alexander alice alison amanda amy andrea andrew
angela ann anna anne anthony arthur barbara ben benjamin beth betty brian bruce
carl carol caroline catherine charles charlie charlotte chris christine christopher
claire clara craig daniel danny dave david deborah dennis diana diane donald donna
dorothy douglas ed eddie edward eileen elizabeth ellen emily emma eric ethel eugene
evelyn frank fred frederick gary george gerald gloria gordon grace greg gregory
hannah harold harry helen henry howard ian jack jacob james jane janet jason jean
jeff jeffrey jennifer jenny jeremy jerry jessica jim jimmy joan joe john johnny
jonathan joseph joyce judith judy julia julie karen kate katherine kathleen keith
kenneth kevin laura lawrence leonard linda lisa louis louise lucy margaret maria
marie mark martha martin mary matthew melissa michael michelle mike nancy natalie
nicholas nicole norman oliver pamela patricia patrick paul peter philip rachel
ralph raymond rebecca richard robert roger ronald ruth ryan sam samuel sandra sarah
scott sean sharon simon sophie stephen steve steven susan thomas timothy tom tony
victoria vincent walter wayne william
`)

// dropSurnames removes a month, season, weekday or holiday of one word,
// capitalised, that follows a first name: "Rachel Winter", "Walter
// August", "Frank Wednesday" name people. A date after the word keeps it
// ("Sam August 5" is not how names are written).
func dropSurnames(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		first, last := m.span()
		if last-first != 1 || first == 0 {
			return true
		}
		t, prev := &d.toks[first], &d.toks[first-1]
		if !t.upper || t.cls&(cMonth|cSeason|cWeekday) == 0 && m.rule.kind != kHoliday {
			return true
		}
		if prev.kind != tWord || !prev.upper || prev.glued || !givenNames[prev.lower(d.text)] {
			return true
		}
		return last < len(d.toks) && d.toks[last].kind == tNumber
	})
}

// kinWords name a relative, whose name may follow: "her daughter, June".
var kinWords = wordSet(`daughter daughters son sons wife husband sister sisters brother
brothers mother father granddaughter grandson niece nephew aunt uncle cousin widow
widower girlfriend boyfriend fiancee fiancée bride`)

// dropKinNames removes a month, season or weekday of one word,
// capitalised, that names a relative after the word for them: "a boat she
// named for her daughter, June", "his wife April and their son". A
// number after the word keeps it ("her son May 3 said" is not how dates
// are written).
func dropKinNames(d *document, ms []match) []match {
	return filterMatches(ms, func(m match) bool {
		first, last := m.span()
		if last-first != 1 || first == 0 {
			return true
		}
		if t := &d.toks[first]; !t.upper || t.cls&(cMonth|cSeason|cWeekday) == 0 {
			return true
		}
		if last < len(d.toks) && d.toks[last].kind == tNumber {
			return true
		}
		k := first - 1
		if d.toks[k].is(d.text, ",") && k > 0 {
			k--
		}
		return !kinWords[d.toks[k].lower(d.text)]
	})
}

// personNamed reports whether the month matched alone is a first name or
// a surname of a person set off by an apposition: "a win over April
// Donnelly, the American qualifier", "said Marcus April, a spokesman",
// "June Hartley, 54, …".
func personNamed(d *document, m match) bool {
	if m.rule.kind != kDate || m.last-m.first != 1 || d.toks[m.first].cls&cMonth == 0 || !d.toks[m.first].upper {
		return false
	}
	k := m.last // the token after the name
	name := func(t *token) bool {
		return t.kind == tWord && t.upper && !t.glued && t.cls&(cMonth|cWeekday|cYear|cNum) == 0
	}
	switch {
	case k < len(d.toks) && name(&d.toks[k]):
		k++ // "April Donnelly"
	case m.first-1 > d.sentenceOf(m.first).Start && name(&d.toks[m.first-1]):
		// "Marcus April"
	default:
		return false
	}
	if k+1 >= len(d.toks) || !d.toks[k].is(d.text, ",") {
		return false
	}
	next := &d.toks[k+1]
	return next.kind == tNumber && k+2 < len(d.toks) && d.toks[k+2].is(d.text, ",") || next.is(d.text, "a") || next.is(d.text, "an") || next.is(d.text, "the")
}
