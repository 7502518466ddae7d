package parse

import (
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// FileID is the natural ID of an article file: its name without
// extension (control characters and invalid UTF-8 replaced, as in text),
// or "stdin" for "-".
func FileID(p string) string {
	if p == StdinPath {
		return "stdin"
	}
	base := filepath.Base(p)
	return cleanName(strings.TrimSuffix(base, filepath.Ext(base)))
}

// cleanName is a file name fit to show: invalid UTF-8 and every control
// character, line breaks and tabs included, replaced with U+FFFD.
func cleanName(s string) string {
	return nameBreaks.Replace(CleanText(s))
}

var nameBreaks = strings.NewReplacer("\n", "\uFFFD", "\t", "\uFFFD")

// idChoices lists the IDs an input may take, shortest first: its file
// name without extension, then with one, two... parent folders
// ("report", "reuters/report", "2025/reuters/report"), and last the whole
// path as given.
func idChoices(p string) []string {
	id := FileID(p)
	choices := []string{id}
	if p == StdinPath {
		return choices
	}
	slashed := filepath.ToSlash(filepath.Clean(p))
	dir := path.Dir(slashed)
	var parents []string
	for _, d := range strings.Split(dir, "/") {
		if d != "" && d != "." && d != ".." {
			parents = append(parents, d)
		}
	}
	for i, d := range parents {
		parents[i] = cleanName(d)
	}
	for k := 1; k <= len(parents); k++ {
		choices = append(choices, strings.Join(parents[len(parents)-k:], "/")+"/"+id)
	}
	if last := choices[len(choices)-1]; cleanName(slashed) != last {
		choices = append(choices, cleanName(slashed))
	}
	return choices
}

// assignIDs gives each input a unique ID, the shortest of its idChoices
// that no other input shares; inputs whose choices are all shared (the
// same path read twice) get "-2", "-3"... in order.
func assignIDs(inputs []Input) {
	choices := make([][]string, len(inputs))
	level := make([]int, len(inputs))
	for i, in := range inputs {
		choices[i] = idChoices(in.Path)
	}
	id := func(i int) string { return choices[i][level[i]] }
	for changed := true; changed; {
		changed = false
		holders := map[string][]int{}
		for i := range inputs {
			holders[id(i)] = append(holders[id(i)], i)
		}
		for _, hs := range holders {
			if len(hs) < 2 {
				continue
			}
			for _, i := range hs {
				if level[i]+1 < len(choices[i]) {
					level[i]++
					changed = true
				}
			}
		}
	}
	seen := map[string]bool{}
	for i := range inputs {
		base := id(i)
		unique := base
		for n := 2; seen[unique]; n++ {
			unique = base + "-" + strconv.Itoa(n)
		}
		seen[unique] = true
		inputs[i].ID = unique
	}
}
