package parse_test

import (
	"fmt"

	"dateline/parse"
)

func ExampleParseSize() {
	for _, s := range []string{"50MB", "1.5 GiB", "4096", "lots"} {
		n, err := parse.ParseSize(s)
		fmt.Println(n, parse.FormatSize(n), err)
	}
	// Output:
	// 50000000 50.0 MB <nil>
	// 1610612736 1.6 GB <nil>
	// 4096 4.1 KB <nil>
	// 0 0 B "lots" is not a size: want a number of bytes with an optional unit, like 50MB or 1GiB
}
