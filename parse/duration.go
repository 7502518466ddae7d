package parse

import (
	"fmt"
	"strings"
	"time"
)

func (x *resolver) duration() resolution {
	f := x.f
	u := f.unit
	n := f.count()
	if x.r.name == "unit-range" && len(f.nums) > 0 {
		n = f.nums[0]
	}
	if !f.hasN && !f.half && strings.Contains(" "+f.text+" ", " "+pluralOf(u)+" ") {
		f.vague = true // "for years", "recent weeks"
	}
	if x.r.name == "the-last-half-a-unit" {
		f.half, f.hasN = true, false // "the last half an hour": "last" counts no units
	}
	if !f.hasN && f.half && !f.vague {
		n = 0 // "half an hour"
	}
	v := durationValue(n, u, f.half, f.vague)
	if f.decimal != "" {
		v = decimalDuration(f.decimal, u)
	}
	if v == "" {
		return resolution{reject: true}
	}
	res := resolution{value: v, why: "length of time"}
	if x.r.later && !f.vague && !x.anchor.IsZero() {
		pu, pn := u, n
		if u == uDecade || u == uCentury {
			// "a decade later" is a year, not a decade, as "a decade
			// ago" is.
			pu, pn = uYear, n*durationUnits[u].times
		}
		t := shift(x.anchor, pu, pn)
		if u < uDay {
			t = x.anchor
		}
		if x.tense == tensePast && !x.d.ref.IsZero() && t.After(x.d.ref) {
			// "Three days later, a second bomb destroyed Nagasaki"
			// cannot be after the publish date: counted from a date
			// that is not its account's, it places nothing.
			return res
		}
		res.point = formatUnit(t, max(pu, uDay))
		res.usedAnchor = true
		res.why = fmt.Sprintf("length of time; the event it places is %d %s(s) after the %s: %s", n, unitNames[u], x.ref(), res.point)
	}
	return res
}

// decimalDuration returns the value of a length of time counted with a
// fraction in figures ("7.2 years" is P7.2Y), or "" for a unit that is
// a multiple of another (decades, centuries, weekends).
func decimalDuration(n string, u unit) string {
	if u == uNone || int(u) >= len(durationUnits) || durationUnits[u].letter == "" || durationUnits[u].times != 1 {
		return ""
	}
	p := "P"
	if durationUnits[u].time {
		p = "PT"
	}
	return p + n + durationUnits[u].letter
}

// pluralOf returns the plural of a unit's name: "years".
func pluralOf(u unit) string {
	switch u {
	case uCentury:
		return "centuries"
	case uNone:
		return ""
	}
	return unitNames[u] + "s"
}

// frequencyWords give the value of "daily", "annually" and the like.
var frequencyWords = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q",
}

func (x *resolver) set() resolution {
	f := x.f
	switch {
	case x.r.name == "half-hourly":
		return resolution{value: "PT30M", why: "recurrence every half hour"}
	case x.r.name == "frequency-word":
		return resolution{value: frequencyWords[f.text], why: "recurrence"}
	case x.r.name == "times-frequency-word":
		// "three times weekly": the frequency word's period.
		return resolution{value: frequencyWords[strings.ToLower(f.text[strings.LastIndexByte(f.text, ' ')+1:])], why: "recurrence"}
	case x.r.name == "parts-a-unit":
		// "five nights a week": the week recurs, as in "five days a
		// week".
		return resolution{value: durationValue(1, f.unit, false, false), why: "recurrence"}
	case f.unit == uWeekend:
		return resolution{value: "XXXX-WXX-WE", why: "every weekend"}
	case f.hasWeekday:
		if f.part == "" {
			f.part = x.m.part
		}
		v := fmt.Sprintf("XXXX-WXX-%d", (int(f.weekday)+6)%7+1)
		res := resolution{value: v, why: "every " + f.weekday.String()}
		if strings.Contains(f.text, "other") || strings.Contains(f.text, "second") || strings.Contains(f.text, "alternate") {
			res.why = "every other " + f.weekday.String() // the value has no place for the interval
		}
		if x.r.typ != Set {
			res.why = "some " + f.weekday.String() + ", which the text does not date"
		}
		if f.part != "" {
			res.value += "T" + f.part
			if x.r.typ != Set {
				res.typ = Time // "on a Friday night"
			}
		}
		return res
	case f.month != 0 && f.day != 0:
		return resolution{value: fmt.Sprintf("XXXX-%02d-%02d", f.month, f.day), why: fmt.Sprintf("every %s %d", time.Month(f.month), f.day)}
	case f.month != 0 && x.r.typ != Set:
		return resolution{value: fmt.Sprintf("XXXX-%02d", f.month), why: "any " + time.Month(f.month).String() + ", of no one year"}
	case f.month != 0:
		return resolution{value: fmt.Sprintf("XXXX-%02d", f.month), why: "every " + time.Month(f.month).String()}
	case f.part != "":
		return resolution{value: "XXXX-XX-XXT" + f.part, why: "every day at that time"}
	case f.season != "" && x.r.typ != Set:
		return resolution{value: "XXXX-" + f.season, why: "any such season, of no one year"}
	case f.season != "":
		return resolution{value: "XXXX-" + f.season, why: "every such season"}
	}
	n := f.count()
	if f.half && !f.hasN {
		n = 0 // "every half hour"
	}
	v := durationValue(n, f.unit, f.half, f.vague) // "every few years": an unknown number of them
	if v == "" {
		return resolution{reject: true}
	}
	return resolution{value: v, why: "recurrence"}
}
