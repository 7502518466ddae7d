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

// Articles reads the seed articles, in file name order.
func Articles() ([]*parse.Article, []parse.Problem) {
	return parse.LoadFS(FS, "seeds")
}
