package main

import (
	"math"
	"runtime/debug"

	"dateline/parse"
)

// memoryPerInputByte is the soft limit on the heap asked of the Go
// runtime, per byte of input: loading keeps about one and a half times
// the corpus, and the collector, left to itself, lets the heap grow to
// twice what is live before it runs. Near the limit it runs sooner.
const memoryPerInputByte = 2.5

// minMemoryLimit keeps small corpora clear of the limit, where the
// runtime's own memory is most of the heap.
const minMemoryLimit = 64 << 20

// limitMemory sets a soft memory limit in proportion to the size of the
// inputs, unless GOMEMLIMIT already sets one. Streams of unknown size
// (standard input) leave the collector as it is.
func limitMemory(inputs []parse.Input) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return // GOMEMLIMIT: the user's choice
	}
	var size int64
	for _, in := range inputs {
		if in.Size == 0 {
			return
		}
		size += in.Size
	}
	debug.SetMemoryLimit(max(int64(float64(size)*memoryPerInputByte), minMemoryLimit))
}
