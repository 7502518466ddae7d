package parse

import "testing"

func TestInterval(t *testing.T) {
	cases := []struct{ value, first, last string }{
		{"1962", "1962-01-01", "1962-12-31"},
		{"2024-06", "2024-06-01", "2024-06-30"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2025-03-11", "2025-03-11", "2025-03-11"},
		{"2025-03-13TNI", "2025-03-13", "2025-03-13"},
		{"2025-03-13T10:35", "2025-03-13", "2025-03-13"},
		{"2025-W11", "2025-03-10", "2025-03-16"},
		{"2020-W53", "2020-12-28", "2021-01-03"},
		{"2025-W11-WE", "2025-03-15", "2025-03-16"},
		{"2024-Q3", "2024-07-01", "2024-09-30"},
		{"2024-H2", "2024-07-01", "2024-12-31"},
		{"2024-SU", "2024-06-01", "2024-08-31"},
		{"2024-WI", "2024-12-01", "2025-02-28"},
		{"199X", "1990-01-01", "1999-12-31"},
		{"199", "1990-01-01", "1999-12-31"},
		{"19XX", "1900-01-01", "1999-12-31"},
		{"19", "1900-01-01", "1999-12-31"},
		{"PRESENT_REF", "", ""},
		{"BC0044", "", ""},
		{"0079-08-24", "0079-08-24", "0079-08-24"},
		{"P30D", "", ""},
		{"PT5H", "", ""},
		{"2025-13", "", ""},
		{"2025-02-30", "", ""},
		{"2021-W53", "", ""},
		{"2024-Q5", "", ""},
		{"", "", ""},
	}
	for _, c := range cases {
		first, last, ok := Interval(c.value)
		if !ok {
			if c.first != "" {
				t.Errorf("Interval(%q) not ok, want %s … %s", c.value, c.first, c.last)
			}
			continue
		}
		if c.first == "" {
			t.Errorf("Interval(%q) = %v … %v, want not ok", c.value, first, last)
			continue
		}
		if got := first.Format("2006-01-02") + " " + last.Format("2006-01-02"); got != c.first+" "+c.last {
			t.Errorf("Interval(%q) = %s, want %s %s", c.value, got, c.first, c.last)
		}
	}
}

func TestValidValue(t *testing.T) {
	good := []string{"2025", "199X", "19XX", "199", "19", "2025-03", "2025-03-11", "2025-W11",
		"2025-W11-WE", "XXXX-WXX-4", "2024-Q3", "2024-H1", "2024-SU", "2025-03-13TNI",
		"2025-03-13T10:35", "2025-03-13T24:00", "PRESENT_REF", "PAST_REF", "FUTURE_REF",
		"P30D", "PT5H", "PT5H30M", "P2Y6M", "PXY", "PXDE", "P1Q", "P2.5W", "XXXX-07",
		"XXXX-XX-XXTMO", "BC0044", "BC0216-08-02", "BC04"}
	bad := []string{"", "P", "PT", "2025-3-11", "2025-13", "20250311", "T10:35", "2025-03-11T",
		"P30", "now", "2025-W1X1", "PRESENT", "2025-Q5", "2025--03", "BC", "BCE0044"}
	for _, v := range good {
		if !ValidValue(v) {
			t.Errorf("ValidValue(%q) = false, want true", v)
		}
	}
	for _, v := range bad {
		if ValidValue(v) {
			t.Errorf("ValidValue(%q) = true, want false", v)
		}
	}
}

func TestHebrewHolidays(t *testing.T) {
	tests := []struct {
		kind   hebrewKind
		offset int
		year   int
		want   string
	}{
		{fromTishrei, 0, 2023, "2023-09-16"}, // Rosh Hashanah 5784
		{fromTishrei, 9, 1973, "1973-10-06"}, // Yom Kippur, the war's first day
		{fromTishrei, 9, 2000, "2000-10-09"}, // Yom Kippur 5761
		{fromNisan, 0, 2025, "2025-04-13"},   // Passover
		{fromNisan, 0, 1967, "1967-04-25"},   // Passover
		{kislev25, 0, 2000, "2000-12-22"},    // Hanukkah
		{kislev25, 0, 2024, "2024-12-26"},    // Hanukkah
		{fromTishrei, 0, 2026, "2026-09-12"}, // Rosh Hashanah 5787
		{fromNisan, -30, 2024, "2024-03-24"}, // Purim
		{fromNisan, 50, 2024, "2024-06-12"},  // Shavuot
	}
	for _, tt := range tests {
		if got := hebrewDay(tt.kind, tt.offset, tt.year).Format("2006-01-02"); got != tt.want {
			t.Errorf("hebrewDay(%d, %d, %d) = %s, want %s", tt.kind, tt.offset, tt.year, got, tt.want)
		}
	}
}
