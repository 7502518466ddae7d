package parse

import "time"

// hebrewKind says how a Jewish holiday falls in the Hebrew calendar,
// whose year begins at Rosh Hashanah (1 Tishrei) in a Gregorian autumn.
type hebrewKind uint8

const (
	notHebrew hebrewKind = iota
	// fromTishrei: a number of days (holiday.tishrei) after 1 Tishrei,
	// in the autumn of the Gregorian year: Rosh Hashanah, Yom Kippur,
	// Sukkot.
	fromTishrei
	// fromNisan: a number of days (holiday.tishrei) after 15 Nisan,
	// Passover, in the spring of the Gregorian year (Purim 30 days
	// before, Shavuot 50 after).
	fromNisan
	// kislev25: Hanukkah, 25 Kislev, in December of the Gregorian year.
	kislev25
)

// hebrewEpochYear is the Hebrew year whose Rosh Hashanah is
// hebrewEpochDay; other years are counted from it.
const hebrewEpochYear = 5785

var hebrewEpochDay = day(2024, time.October, 3)

// hebrewLeap reports whether Hebrew year y has thirteen months.
func hebrewLeap(y int) bool { return (7*y+1)%19 < 7 }

// hebrewElapsed returns the days from the calendar's epoch to 1 Tishrei
// of Hebrew year y: the months elapsed since the first new moon, in
// hours and parts (1080 to the hour), and the rules that move the new
// year off a Sunday, Wednesday or Friday or past a late new moon.
func hebrewElapsed(y int) int {
	months := 235*((y-1)/19) + 12*((y-1)%19) + (7*((y-1)%19)+1)/19
	parts := 204 + 793*(months%1080)
	hours := 5 + 12*months + 793*(months/1080) + parts/1080
	d := 1 + 29*months + hours/24
	p := 1080*(hours%24) + parts%1080
	if p >= 19440 || d%7 == 2 && p >= 9924 && !hebrewLeap(y) || d%7 == 1 && p >= 16789 && hebrewLeap(y-1) {
		d++
	}
	if w := d % 7; w == 0 || w == 3 || w == 5 {
		d++
	}
	return d
}

// roshHashanah returns 1 Tishrei in the autumn of Gregorian year y.
func roshHashanah(y int) time.Time {
	h := y + 3761
	return hebrewEpochDay.AddDate(0, 0, hebrewElapsed(h)-hebrewElapsed(hebrewEpochYear))
}

// hebrewDay returns the date of a Jewish holiday in Gregorian year y.
func hebrewDay(kind hebrewKind, offset, y int) time.Time {
	rh := roshHashanah(y)
	switch kind {
	case fromNisan:
		// Passover is always 163 days before the next Rosh Hashanah.
		return rh.AddDate(0, 0, -163+offset)
	case kislev25:
		// Tishrei has 30 days; Cheshvan 30 in a year of 355 or 385
		// days, else 29.
		h := y + 3761
		cheshvan := 29
		if (hebrewElapsed(h+1)-hebrewElapsed(h))%10 == 5 {
			cheshvan = 30
		}
		return rh.AddDate(0, 0, 30+cheshvan+24)
	}
	return rh.AddDate(0, 0, offset)
}
