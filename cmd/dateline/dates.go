package main

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"dateline/parse"
)

// periodFlag is a --from or --to bound: a year, a month or a day.
type periodFlag struct {
	value       string
	first, last time.Time
}

var periodPattern = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func (p *periodFlag) String() string { return p.value }

func (p *periodFlag) Set(s string) error {
	s = strings.TrimSpace(s)
	first, last, ok := parse.Interval(s)
	if !periodPattern.MatchString(s) || !ok {
		return errors.New("want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	p.value, p.first, p.last = s, first, last
	return nil
}

// checkRange reports a --from that comes after --to.
func checkRange(from, to periodFlag) error {
	if !from.first.IsZero() && !to.last.IsZero() && from.first.After(to.last) {
		return fmt.Errorf("--from %s is after --to %s", from.value, to.value)
	}
	return nil
}

// publishedFlag holds the publish dates given with --published ID=DATE.
type publishedFlag map[string]time.Time

func (p publishedFlag) String() string {
	var parts []string
	for id, d := range p {
		parts = append(parts, id+"="+d.Format("2006-01-02"))
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

func (p publishedFlag) Set(s string) error {
	id, date, ok := strings.Cut(s, "=")
	id = strings.TrimSpace(id)
	d, err := time.Parse("2006-01-02", strings.TrimSpace(date))
	if !ok || id == "" || err != nil {
		return errors.New("want ID=YYYY-MM-DD")
	}
	p[id] = d
	return nil
}

// setPublished gives articles the publish dates of --published, which
// override what the articles say. An ID that names no article is an
// error.
func setPublished(arts []*parse.Article, given publishedFlag) error {
	byID := map[string]*parse.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	ids := make([]string, 0, len(given))
	for id := range given {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a, ok := byID[id]
		if !ok {
			return fmt.Errorf("--published %s: no article has this id", id)
		}
		a.SetPublished(given[id], "given with --published", false)
	}
	return nil
}
