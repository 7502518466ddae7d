package parse

import (
	"fmt"
	"strings"
	"time"
)

// holiday is a named day of the year and how to find it in a given year.
type holiday struct {
	words      string // as written, lower case, space-separated tokens
	month      time.Month
	day        int          // a fixed day of the month, or
	weekday    time.Weekday // the nth weekday of the month (nth < 0 counts from the end),
	nth        int          // on or after day when day is set with nth
	easter     int          // or days after Easter Sunday (with easterBased)
	fromEaster bool
	julian     bool       // Easter by the Julian reckoning of the Orthodox churches
	lunar      bool       // or the first day of the Chinese lunar year (lunarNewYear)
	hebrew     hebrewKind // or a day of the Hebrew calendar, tishrei days from its start
	tishrei    int
	// proper holidays are that day only when their name is capitalised:
	// "election day" in lower case is any country's polling day.
	proper bool
	// national names the holidays kept on another day in each country
	// that keeps them (a key of nationalDays); the date given is the
	// United States'.
	national string
}

// holidays are the holidays English news names most, as data.
var holidays = []holiday{
	{words: "new year 's day", month: time.January, day: 1},
	{words: "new year 's eve", month: time.December, day: 31},
	{words: "new year 's", month: time.January, day: 1}, // "over New Year's", "the New Year's weekend"
	{words: "lunar new year", lunar: true},
	{words: "chinese new year", lunar: true},
	{words: "christmas", month: time.December, day: 25},
	{words: "christmas day", month: time.December, day: 25},
	{words: "xmas", month: time.December, day: 25},
	{words: "christmas eve", month: time.December, day: 24},
	{words: "boxing day", month: time.December, day: 26},
	{words: "valentine 's day", month: time.February, day: 14},
	{words: "halloween", month: time.October, day: 31},
	{words: "independence day", month: time.July, day: 4, national: "independence day"},
	{words: "veterans day", month: time.November, day: 11},
	{words: "armistice day", month: time.November, day: 11},
	{words: "may day", month: time.May, day: 1},
	{words: "bastille day", month: time.July, day: 14},
	{words: "thanksgiving", month: time.November, weekday: time.Thursday, nth: 4, national: "thanksgiving", proper: true}, // not "a service of thanksgiving"
	{words: "thanksgiving day", month: time.November, weekday: time.Thursday, nth: 4, national: "thanksgiving", proper: true},
	{words: "labor day", month: time.September, weekday: time.Monday, nth: 1, national: "labour day"},
	{words: "labour day", month: time.September, weekday: time.Monday, nth: 1, national: "labour day"},
	{words: "memorial day", month: time.May, weekday: time.Monday, nth: -1},
	{words: "mother 's day", month: time.May, weekday: time.Sunday, nth: 2},
	{words: "father 's day", month: time.June, weekday: time.Sunday, nth: 3},
	{words: "martin luther king day", month: time.January, weekday: time.Monday, nth: 3},
	{words: "presidents day", month: time.February, weekday: time.Monday, nth: 3},
	{words: "presidents ' day", month: time.February, weekday: time.Monday, nth: 3},
	{words: "president 's day", month: time.February, weekday: time.Monday, nth: 3},
	{words: "veterans ' day", month: time.November, day: 11},
	{words: "remembrance day", month: time.November, day: 11},
	{words: "juneteenth", month: time.June, day: 19},
	{words: "st. patrick 's day", month: time.March, day: 17},
	{words: "st patrick 's day", month: time.March, day: 17},
	{words: "saint patrick 's day", month: time.March, day: 17},
	// Canada: the Monday before May 25.
	{words: "victoria day", month: time.May, day: 18, weekday: time.Monday, nth: 1},
	// England's bank holidays of May and August.
	{words: "early may bank holiday", month: time.May, weekday: time.Monday, nth: 1},
	{words: "spring bank holiday", month: time.May, weekday: time.Monday, nth: -1},
	{words: "august bank holiday", month: time.August, weekday: time.Monday, nth: -1},
	{words: "earth day", month: time.April, day: 22},
	{words: "canada day", month: time.July, day: 1},
	{words: "australia day", month: time.January, day: 26},
	{words: "anzac day", month: time.April, day: 25},
	{words: "mlk day", month: time.January, weekday: time.Monday, nth: 3},
	{words: "martin luther king jr. day", month: time.January, weekday: time.Monday, nth: 3},
	{words: "columbus day", month: time.October, weekday: time.Monday, nth: 2},
	// US federal elections: the Tuesday after the first Monday of November.
	{words: "election day", month: time.November, day: 2, weekday: time.Tuesday, nth: 1, proper: true},
	{words: "easter", fromEaster: true},
	{words: "easter sunday", fromEaster: true},
	{words: "easter monday", fromEaster: true, easter: 1},
	{words: "good friday", fromEaster: true, easter: -2},
	{words: "palm sunday", fromEaster: true, easter: -7},
	{words: "ash wednesday", fromEaster: true, easter: -46},
	{words: "shrove tuesday", fromEaster: true, easter: -47},
	{words: "pentecost", fromEaster: true, easter: 49},
	{words: "fourth of july", month: time.July, day: 4},
	{words: "maundy thursday", fromEaster: true, easter: -3},
	{words: "holy saturday", fromEaster: true, easter: -1},
	{words: "fat tuesday", fromEaster: true, easter: -47},
	{words: "whit monday", fromEaster: true, easter: 50},
	// The Orthodox churches keep Easter by the Julian calendar, and
	// Christmas on 25 December of it, 7 January of ours until 2100.
	{words: "orthodox easter", fromEaster: true, julian: true},
	{words: "orthodox easter sunday", fromEaster: true, julian: true},
	{words: "orthodox good friday", fromEaster: true, julian: true, easter: -2},
	{words: "orthodox christmas", month: time.January, day: 7},
	{words: "orthodox christmas day", month: time.January, day: 7},
	{words: "orthodox christmas eve", month: time.January, day: 6},
	{words: "epiphany", month: time.January, day: 6, proper: true},
	{words: "martin luther king jr. holiday", month: time.January, weekday: time.Monday, nth: 3},
	{words: "martin luther king holiday", month: time.January, weekday: time.Monday, nth: 3},
	// The Jewish holidays, by their first day.
	{words: "rosh hashanah", hebrew: fromTishrei},
	{words: "rosh hashana", hebrew: fromTishrei},
	{words: "yom kippur", hebrew: fromTishrei, tishrei: 9},
	{words: "sukkot", hebrew: fromTishrei, tishrei: 14},
	{words: "hanukkah", hebrew: kislev25},
	{words: "chanukah", hebrew: kislev25},
	{words: "passover", hebrew: fromNisan, proper: true},
	{words: "purim", hebrew: fromNisan, tishrei: -30},
	{words: "shavuot", hebrew: fromNisan, tishrei: 50},
	// The day after Thanksgiving, and the Monday and Tuesday after.
	{words: "black friday", month: time.November, day: 23, weekday: time.Friday, nth: 1},
	{words: "cyber monday", month: time.November, day: 26, weekday: time.Monday, nth: 1},
	{words: "giving tuesday", month: time.November, day: 27, weekday: time.Tuesday, nth: 1},
}

// countries names the countries a text may be about, by name, adjective
// or city, lower case: a key of the tables of nationalDays, or a country
// whose national day is not known here (Israel's follows the Hebrew calendar
// and moves to spare the Sabbath).
var countries = map[string]string{
	"india": "india", "indian": "india", "pakistan": "pakistan", "pakistani": "pakistan",
	"bangladesh": "bangladesh", "bangladeshi": "bangladesh", "sri lanka": "sri lanka",
	"sri lankan": "sri lanka", "myanmar": "myanmar", "burma": "myanmar",
	"indonesia": "indonesia", "indonesian": "indonesia", "malaysia": "malaysia",
	"malaysian": "malaysia", "philippines": "philippines", "philippine": "philippines",
	"ukraine": "ukraine", "ukrainian": "ukraine", "belarus": "belarus", "moldova": "moldova",
	"estonia": "estonia", "estonian": "estonia", "latvia": "latvia", "finland": "finland",
	"finnish": "finland", "poland": "poland", "polish": "poland", "greece": "greece",
	"greek": "greece", "cyprus": "cyprus", "malta": "malta", "iceland": "iceland",
	"kosovo": "kosovo", "armenia": "armenia", "armenian": "armenia", "georgia": "georgia",
	"kazakhstan": "kazakhstan", "uzbekistan": "uzbekistan", "mexico": "mexico",
	"mexican": "mexico", "brazil": "brazil", "brazilian": "brazil", "argentina": "argentina",
	"argentine": "argentina", "argentinian": "argentina", "chile": "chile",
	"chilean": "chile", "colombia": "colombia", "colombian": "colombia", "peru": "peru",
	"peruvian": "peru", "venezuela": "venezuela", "venezuelan": "venezuela",
	"jamaica": "jamaica", "jamaican": "jamaica", "haiti": "haiti", "nigeria": "nigeria",
	"nigerian": "nigeria", "ghana": "ghana", "ghanaian": "ghana", "kenya": "kenya",
	"kenyan": "kenya", "uganda": "uganda", "tanzania": "tanzania", "zambia": "zambia",
	"zimbabwe": "zimbabwe", "namibia": "namibia", "mozambique": "mozambique",
	"south sudan": "south sudan", "somalia": "somalia", "eritrea": "eritrea",
	"senegal": "senegal", "algeria": "algeria", "algerian": "algeria", "morocco": "morocco",
	"tunisia": "tunisia", "lebanon": "lebanon", "jordan": "jordan", "iraq": "iraq",
	"texas": "texas", "america": "united states", "american": "united states",
	"u.s.": "united states", "us": "united states", "united states": "united states",
	"israel": "israel", "israeli": "israel", "canada": "canada", "canadian": "canada",
	// Capitals and great cities, which tell where a text is set as well.
	"delhi": "india", "new delhi": "india", "mumbai": "india", "kolkata": "india",
	"calcutta": "india", "chennai": "india", "bangalore": "india", "bollywood": "india",
	"karachi": "pakistan", "lahore": "pakistan", "islamabad": "pakistan", "dhaka": "bangladesh",
	"colombo": "sri lanka", "jakarta": "indonesia", "kuala lumpur": "malaysia",
	"manila": "philippines", "kyiv": "ukraine", "kiev": "ukraine", "warsaw": "poland",
	"athens": "greece", "lagos": "nigeria", "abuja": "nigeria", "accra": "ghana",
	"nairobi": "kenya", "kampala": "uganda", "harare": "zimbabwe", "algiers": "algeria",
	"beirut": "lebanon", "baghdad": "iraq", "mexico city": "mexico", "sao paulo": "brazil",
	"brasilia": "brazil", "buenos aires": "argentina",
	"bogota": "colombia", "bogotá": "colombia", "caracas": "venezuela", "kingston": "jamaica",
	"jerusalem": "israel", "tel aviv": "israel", "washington": "united states",
	"ottawa": "canada", "toronto": "canada", "montreal": "canada", "vancouver": "canada", "calgary": "canada", "edmonton": "canada",
	"winnipeg": "canada", "ontario": "canada", "quebec": "canada", "alberta": "canada",
	"saskatchewan": "canada", "manitoba": "canada", "nova scotia": "canada", "british columbia": "canada",
	"australia": "australia", "australian": "australia", "canberra": "australia",
	"new zealand": "new zealand", "auckland": "new zealand", "wellington": "new zealand",
}

// independenceDays are the days countries keep their independence, for
// "India's Independence Day", "Mexican Independence Day" or
// "Independence Day in Kenya"; "Independence Day" alone is the United
// States' unless the text is about another country (homeCountry).
var independenceDays = map[string]struct {
	month time.Month
	day   int
}{
	"india": {time.August, 15}, "pakistan": {time.August, 14},
	"bangladesh": {time.March, 26}, "sri lanka": {time.February, 4},
	"myanmar": {time.January, 4}, "indonesia": {time.August, 17},
	"malaysia": {time.August, 31}, "philippines": {time.June, 12},
	"ukraine": {time.August, 24}, "belarus": {time.July, 3}, "moldova": {time.August, 27},
	"estonia": {time.February, 24}, "latvia": {time.November, 18},
	"finland": {time.December, 6}, "poland": {time.November, 11}, "greece": {time.March, 25},
	"cyprus": {time.October, 1}, "malta": {time.September, 21}, "iceland": {time.June, 17},
	"kosovo": {time.February, 17}, "armenia": {time.September, 21},
	"georgia": {time.May, 26}, "kazakhstan": {time.December, 16},
	"uzbekistan": {time.September, 1}, "mexico": {time.September, 16},
	"brazil": {time.September, 7}, "argentina": {time.July, 9},
	"chile": {time.September, 18}, "colombia": {time.July, 20}, "peru": {time.July, 28},
	"venezuela": {time.July, 5}, "jamaica": {time.August, 6}, "haiti": {time.January, 1},
	"nigeria": {time.October, 1}, "ghana": {time.March, 6}, "kenya": {time.December, 12},
	"uganda": {time.October, 9}, "tanzania": {time.December, 9},
	"zambia": {time.October, 24}, "zimbabwe": {time.April, 18}, "namibia": {time.March, 21},
	"mozambique": {time.June, 25}, "south sudan": {time.July, 9}, "somalia": {time.July, 1},
	"eritrea": {time.May, 24}, "senegal": {time.April, 4}, "algeria": {time.July, 5},
	"morocco": {time.November, 18}, "tunisia": {time.March, 20},
	"lebanon": {time.November, 22}, "jordan": {time.May, 25}, "iraq": {time.October, 3},
	"texas": {time.March, 2}, "united states": {time.July, 4},
}

// nationalDays are, for each holiday of national, its day in the
// countries that keep it on a day of their own; a zero holiday is a day
// not known here ("Israel's Independence Day" follows the Hebrew
// calendar). A country named with the holiday and not listed gives no
// date; the country a text is about (homeCountry), when not listed,
// keeps the United States' day: a Canadian story's "Independence Day" is
// the Fourth of July.
var nationalDays = map[string]map[string]holiday{
	"independence day": func() map[string]holiday {
		days := map[string]holiday{"israel": {}}
		for c, d := range independenceDays {
			days[c] = holiday{month: d.month, day: d.day}
		}
		return days
	}(),
	"thanksgiving": {
		"united states": {month: time.November, weekday: time.Thursday, nth: 4},
		"canada":        {month: time.October, weekday: time.Monday, nth: 2},
	},
	"labour day": func() map[string]holiday {
		days := map[string]holiday{
			"united states": {month: time.September, weekday: time.Monday, nth: 1},
			"canada":        {month: time.September, weekday: time.Monday, nth: 1},
			"new zealand":   {month: time.October, weekday: time.Monday, nth: 4},
			"jamaica":       {month: time.May, day: 23},
			"australia":     {}, // a Monday that differs from state to state
		}
		for _, c := range strings.Fields(mayDayCountries) {
			days[strings.ReplaceAll(c, "_", " ")] = holiday{month: time.May, day: 1}
		}
		return days
	}(),
}

// mayDayCountries keep Labour Day, or Workers' Day, on 1 May (a
// country's name of two words is joined by "_").
const mayDayCountries = `philippines kenya nigeria ghana uganda tanzania zambia zimbabwe
	namibia mozambique senegal algeria morocco tunisia lebanon jordan iraq mexico brazil
	argentina chile colombia peru venezuela haiti poland greece cyprus malta finland iceland
	indonesia malaysia sri_lanka bangladesh pakistan myanmar india`

// holidayPattern matches any holiday name, for the rule grammar.
var holidayPattern = func() string {
	alts := make([]string, len(holidays))
	for i, h := range holidays {
		alts[i] = h.words
	}
	return "( " + strings.Join(alts, " | ") + " )"
}()

// holidayNamed returns the holiday whose words end the given lower-case
// token text, preferring the longest name.
func holidayNamed(words string) (holiday, bool) {
	var best holiday
	found := false
	for _, h := range holidays {
		if (words == h.words || strings.HasSuffix(words, " "+h.words)) && len(h.words) > len(best.words) {
			best, found = h, true
		}
	}
	return best, found
}

// lunarNewYear is the day the Chinese lunar year begins, by Gregorian
// year from lunarFirstYear: the second new moon after the winter
// solstice, as Beijing time places it, which no short rule computes.
var lunarNewYear = [...]struct{ month, day int }{
	{1, 27}, {2, 15}, {2, 4}, {1, 23}, {2, 10}, {1, 31}, {2, 19}, {2, 7}, {1, 28}, {2, 16}, // 1990-1999
	{2, 5}, {1, 24}, {2, 12}, {2, 1}, {1, 22}, {2, 9}, {1, 29}, {2, 18}, {2, 7}, {1, 26}, // 2000-2009
	{2, 14}, {2, 3}, {1, 23}, {2, 10}, {1, 31}, {2, 19}, {2, 8}, {1, 28}, {2, 16}, {2, 5}, // 2010-2019
	{1, 25}, {2, 12}, {2, 1}, {1, 22}, {2, 10}, {1, 29}, {2, 17}, {2, 6}, {1, 26}, {2, 13}, // 2020-2029
	{2, 3}, {1, 23}, {2, 11}, {1, 31}, {2, 19}, {2, 8}, {1, 28}, {2, 15}, {2, 4}, {1, 24}, // 2030-2039
	{2, 12}, // 2040
}

// lunarFirstYear is the year of lunarNewYear's first entry.
const lunarFirstYear = 1990

// known reports whether the holiday's date in year y is known: the lunar
// table covers only some years.
func (h holiday) known(y int) bool {
	return !h.lunar || y >= lunarFirstYear && y < lunarFirstYear+len(lunarNewYear)
}

// in returns the date of the holiday in year y, approximate when not
// known.
func (h holiday) in(y int) time.Time {
	switch {
	case h.lunar:
		if !h.known(y) {
			// Between January 21 and February 20: near enough to place
			// an account's year, never given as a value (see known).
			return day(y, time.February, 1)
		}
		d := lunarNewYear[y-lunarFirstYear]
		return day(y, time.Month(d.month), d.day)
	case h.fromEaster && h.julian:
		return julianEasterSunday(y).AddDate(0, 0, h.easter)
	case h.fromEaster:
		return easterSunday(y).AddDate(0, 0, h.easter)
	case h.hebrew != notHebrew:
		return hebrewDay(h.hebrew, h.tishrei, y)
	case h.nth > 0:
		from := max(h.day, 1)
		first := day(y, h.month, from)
		return first.AddDate(0, 0, (int(h.weekday)-int(first.Weekday())+7)%7+7*(h.nth-1))
	case h.nth < 0:
		last := day(y, h.month+1, 0)
		return last.AddDate(0, 0, -((int(last.Weekday())-int(h.weekday)+7)%7)+7*(h.nth+1))
	}
	return day(y, h.month, h.day)
}

// rule says in words which day of the year a holiday on a fixed day or
// an nth weekday of a month falls on: "15 August", "the second Monday of
// October".
func (h holiday) rule() string {
	if h.nth > 0 && h.nth < len(ordinalNames) {
		return fmt.Sprintf("the %s %s of %s", ordinalNames[h.nth], h.weekday, h.month)
	}
	return fmt.Sprintf("%d %s", h.day, h.month)
}

// julianEasterSunday computes the date of Easter as the Orthodox churches
// keep it, by the Julian computus (Meeus), and returns it in the
// Gregorian calendar: the Julian calendar falls a day further behind in
// each century year not divisible by 400.
func julianEasterSunday(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	dd := (d+e+114)%31 + 1
	behind := y/100 - y/400 - 2
	return day(y, time.Month(month), dd).AddDate(0, 0, behind)
}

// easterSunday computes the date of Easter in the Gregorian calendar with
// the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
func easterSunday(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, time.Month(month), dd)
}
