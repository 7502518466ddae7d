package tui

import (
	"fmt"
	"sort"
	"testing"
)

func TestFuzzyMatch(t *testing.T) {
	cases := []struct {
		query, s string
		ok       bool
		at       []int
	}{
		{"put", "Vladimir Putin", true, []int{9, 10, 11}},
		{"vp", "Vladimir Putin", true, []int{0, 9}},
		{"V P", "Vladimir Putin", true, []int{0, 9}},
		{"zel", "Vladimir Putin", false, nil},
		{"", "Putin", true, nil},
		{"kyïv", "Kyïv", true, []int{0, 1, 2, 4}},
		{"東京", "東京都", true, []int{0, 3}},
	}
	for _, c := range cases {
		_, at, ok := fuzzyMatch(fuzzyPattern(c.query), c.s)
		if ok != c.ok || fmt.Sprint(at) != fmt.Sprint(c.at) {
			t.Errorf("fuzzyMatch(%q, %q) = %v %v, want %v %v", c.query, c.s, at, ok, c.at, c.ok)
		}
	}
}

// TestFuzzyOrder: the letters at the start of a name come first, then in
// a row inside it, then scattered over its words.
func TestFuzzyOrder(t *testing.T) {
	names := []string{"Kyiv", "Rugby Union Sydney", "Russian-backed", "Belarusian", "Russia"}
	score := map[string]int{}
	for _, n := range names {
		s, _, ok := fuzzyMatch(fuzzyPattern("rus"), n)
		if !ok {
			s = -1
		}
		score[n] = s
	}
	sort.SliceStable(names, func(i, j int) bool { return score[names[i]] > score[names[j]] })
	if got := fmt.Sprint(names); got != "[Russian-backed Russia Belarusian Rugby Union Sydney Kyiv]" {
		t.Errorf("order for rus: %s", got)
	}
}
