package corpus_test

import (
	"fmt"

	"dateline/timeline/corpus"
)

// Load reads a directory of articles on all cores into one timeline.
func ExampleLoad() {
	tl, rep := corpus.Load([]string{"../../seeds", "../../seeds/missing.txt"}, corpus.Options{MaxSize: 1 << 20})
	fmt.Println(rep.Articles, "articles read,", len(tl.Articles), "in the timeline")
	for _, p := range rep.Skipped {
		fmt.Println("skipped", p)
	}
	// Output:
	// 5 articles read, 5 in the timeline
	// skipped ../../seeds/missing.txt: no such file or directory
}
