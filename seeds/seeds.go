// Package seeds holds dateline's built-in corpus: five reports published on
// 12 and 13 March 2025 about the US proposal of a 30-day ceasefire in
// Ukraine, kept byte for byte as they were collected.
package seeds

import (
	"embed"

	"dateline/parse"
)

// FS holds the seed articles, one .txt file each.
//
//go:embed *.txt
var FS embed.FS

// Articles reads the seed articles, in file name order, as one corpus:
// parse.Complete has inferred the publish dates only the corpus gives.
func Articles() ([]*parse.Article, []parse.Problem) {
	arts, probs := parse.LoadFS(FS, "seeds")
	parse.Complete(arts)
	return arts, probs
}
