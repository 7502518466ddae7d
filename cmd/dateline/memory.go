package main

import (
	"os"
	"runtime/debug"

	"dateline/parse"
)

// minMemoryLimit is the least memory limit set for a small corpus.
const minMemoryLimit = 64 << 20

// limitMemory sets the Go runtime's soft memory limit to two and a half
// times the size of the inputs (at least 64 MiB), unless GOMEMLIMIT is
// set. A timeline holds about as much as its articles; without a limit
// the garbage collector lets the heap grow to twice what is live, and
// the short-lived memory of tagging on every core comes on top. With it,
// the collector runs more often as the heap nears the limit, keeping the
// peak under three times the corpus for a little more CPU. The limit is
// soft: a corpus that needs more still loads.
func limitMemory(inputs []parse.Input) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var total int64
	for _, in := range inputs {
		total += in.Size
	}
	debug.SetMemoryLimit(max(total/2*5, minMemoryLimit))
}
