package parse

import (
	"strings"
	"testing"
	"time"
)

// tagCases are hand-written expressions with the date they were written on
// and what the tagger must make of them: each expected timex as
// "text TYPE VALUE", with "@DATE" for durations that place an event, or
// nothing at all.
var tagCases = []struct {
	text, ref string
	want      []string
}{
	// Absolute dates.
	{"The talks ended on March 13, 2025.", "2025-03-14", []string{"March 13, 2025 DATE 2025-03-13"}},
	{"They met on March 12 2025 in Warsaw.", "2025-03-14", []string{"March 12 2025 DATE 2025-03-12"}},
	{"Filed 2025-03-12 by the court.", "2025-03-14", []string{"2025-03-12 DATE 2025-03-12"}},
	{"It was signed on 13 March 2025.", "2025-03-14", []string{"13 March 2025 DATE 2025-03-13"}},
	{"The deadline will be Sept. 30.", "2025-03-14", []string{"Sept. 30 DATE 2025-09-30"}},
	{"The vote took place Sept. 30.", "2025-03-14", []string{"Sept. 30 DATE 2024-09-30"}},
	{"He was born Oct. 23, 1998, in Ohio.", "2025-03-14", []string{"Oct. 23, 1998 DATE 1998-10-23"}},
	{"On Thursday, March 13, 2025, he spoke.", "2025-03-14", []string{"Thursday, March 13, 2025 DATE 2025-03-13"}},
	{"Sales fell in March 2024.", "2025-03-14", []string{"March 2024 DATE 2024-03"}},
	// Years.
	{"The conflict began in 2014 after the revolution.", "2025-03-12", []string{"2014 DATE 2014"}},
	{"the biggest crisis since the 1962 Cuban Missile Crisis", "2025-03-12", []string{"1962 DATE 1962"}},
	{"Russia’s 2022 invasion of Ukraine", "2025-03-12", []string{"2022 DATE 2022"}},
	// Weekdays, past tense by default.
	{"The US agreed on Tuesday to resume aid.", "2025-03-12", []string{"Tuesday DATE 2025-03-11"}},
	{"Russian sources said on Wednesday.", "2025-03-12", []string{"Wednesday DATE 2025-03-12"}},
	{"He said on Thursday that talks failed.", "2025-03-12", []string{"Thursday DATE 2025-03-06"}},
	{"The envoy will meet Putin on Friday.", "2025-03-12", []string{"Friday DATE 2025-03-14"}},
	{"He resigned last Friday.", "2025-03-12", []string{"last Friday DATE 2025-03-07"}},
	{"They meet again next Monday.", "2025-03-12", []string{"next Monday DATE 2025-03-17"}},
	// Months.
	{"he said in December.", "2025-03-12", []string{"December DATE 2024-12"}},
	{"The Russian president said last June that peace required concessions.", "2025-03-12", []string{"last June DATE 2024-06"}},
	{"In June last year, Putin set out his terms.", "2025-03-12", []string{"June DATE 2024-06"}},
	{"Ratification began in February this year.", "2025-03-12", []string{"February DATE 2025-02"}},
	{"Ukraine seized a sliver of Russia in August.", "2025-03-12", []string{"August DATE 2024-08"}},
	{"He told the council on January 20 that there should be peace.", "2025-03-12", []string{"January 20 DATE 2025-01-20"}},
	{"The summit will take place in June.", "2025-03-12", []string{"June DATE 2025-06"}},
	// Relative days, weeks, months and years.
	{"Prices rose yesterday.", "2025-03-12", []string{"yesterday DATE 2025-03-11"}},
	{"I think today Ukraine has taken a step.", "2025-03-12", []string{"today DATE 2025-03-12"}},
	{"Bloomberg reported this week that officials doubt it.", "2025-03-12", []string{"this week DATE 2025-W11"}},
	{"Sales fell last week.", "2025-03-12", []string{"last week DATE 2025-W10"}},
	{"Profits fell last year.", "2025-03-12", []string{"last year DATE 2024"}},
	{"It opens next month.", "2025-03-12", []string{"next month DATE 2025-04"}},
	{"It happened two days ago.", "2025-03-12", []string{"two days ago DATE 2025-03-10"}},
	{"The law passed two years ago.", "2025-03-12", []string{"two years ago DATE 2023"}},
	{"The talks began on March 3. Two days later they ended.", "2025-03-12", []string{"March 3 DATE 2025-03-03", "Two days DURATION P2D @2025-03-05"}},
	{"Russia is advancing now.", "2025-03-12", []string{"now DATE PRESENT_REF"}},
	// Durations are found but are not dates.
	{"a proposal for a 30-day ceasefire", "2025-03-12", []string{"30-day DURATION P30D"}},
	{"a proposal for a 30‑day ceasefire", "2025-03-12", []string{"30‑day DURATION P30D"}},
	{"If we stop fighting for 30 days, what then?", "2025-03-12", []string{"30 days DURATION P30D"}},
	// No reference date: relative expressions stay unresolved.
	{"The US agreed on Tuesday to resume aid.", "", []string{"Tuesday DATE "}},
	{"Talks resumed on March 13, 2025.", "", []string{"March 13, 2025 DATE 2025-03-13"}},
	// Things that are not dates.
	{"You may leave now that it is over.", "2025-03-12", []string{"now DATE PRESENT_REF"}},
	{"Protesters march on the capital.", "2025-03-12", nil},
	{"The company earned $2,025 and 2025 people attended.", "2025-03-12", nil},
	{"Turnout was 1999%.", "2025-03-12", nil},
	{"The Sun reported the story.", "2025-03-12", nil},
	{"February 30, 2024 never happened.", "2025-03-12", []string{"February 30, 2024 DATE "}},
	{"Russia controls about 113,000km2 of land.", "2025-03-12", nil},
	{"No dates here at all.", "2025-03-12", nil},
}

func TestTag(t *testing.T) {
	for _, c := range tagCases {
		var ref time.Time
		if c.ref != "" {
			ref, _ = time.Parse("2006-01-02", c.ref)
		}
		var got []string
		for _, x := range Tag(c.text, ref) {
			s := x.Text + " " + string(x.Type) + " " + x.Value
			if x.Point != "" {
				s += " @" + x.Point
			}
			got = append(got, s)
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("Tag(%q, %s)\n got  %q\n want %q", c.text, c.ref, got, c.want)
		}
	}
}

func TestTagOffsetsAndExplanations(t *testing.T) {
	text := "Speaking on Tuesday, Rubio said last June was different."
	ref := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, x := range Tag(text, ref) {
		if text[x.Start:x.End] != x.Text {
			t.Errorf("offsets %d:%d give %q, want %q", x.Start, x.End, text[x.Start:x.End], x.Text)
		}
		if !strings.Contains(x.Explanation, x.Value) || !strings.Contains(x.Explanation, "2025-03-12") {
			t.Errorf("explanation %q does not give the value and the reference date", x.Explanation)
		}
		if x.Rule == "" || x.Anchor != ref {
			t.Errorf("%q: rule %q, anchor %v; want a rule and anchor %v", x.Text, x.Rule, x.Anchor, ref)
		}
	}
}
