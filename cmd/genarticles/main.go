// Command genarticles writes a synthetic corpus of news-like articles for
// benchmarks and load tests: about 4 KB each, with varied publish dates
// and a realistic density of time expressions, the same for the same
// seed.
//
// Usage:
//
//	genarticles [-n 10000] [-seed 1] [-size 4096] DIR
package main

import (
	"flag"
	"fmt"
	"os"

	"dateline/internal/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	seed := flag.Uint64("seed", 1, "seed of the generator")
	size := flag.Int("size", 4096, "approximate size of an article in bytes")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "Usage: genarticles [-n N] [-seed S] [-size BYTES] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || *n < 0 || *size < 1 {
		flag.Usage()
		os.Exit(2)
	}
	total, err := synth.WriteDir(flag.Arg(0), *seed, *n, *size)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genarticles:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "genarticles: %d articles, %d bytes in %s\n", *n, total, flag.Arg(0))
}
