package parallel

import (
	"runtime"
	"testing"
)

func TestFor(t *testing.T) {
	for _, procs := range []int{1, 4} {
		old := runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 1, 7, 1000} {
			calls := make([]int, n)
			For(n, func(i int) { calls[i]++ })
			for i, c := range calls {
				if c != 1 {
					t.Errorf("GOMAXPROCS %d, n %d: f(%d) called %d times, want once", procs, n, i, c)
				}
			}
		}
		runtime.GOMAXPROCS(old)
	}
}

func TestChunks(t *testing.T) {
	for _, tc := range []struct{ n, size int }{{0, 3}, {1, 3}, {9, 3}, {10, 3}, {1000, 64}} {
		covered := make([]int, tc.n)
		Chunks(tc.n, tc.size, func(lo, hi int) {
			if hi-lo > tc.size || hi <= lo {
				t.Errorf("n %d, size %d: chunk [%d, %d)", tc.n, tc.size, lo, hi)
			}
			for i := lo; i < hi; i++ {
				covered[i]++
			}
		})
		for i, c := range covered {
			if c != 1 {
				t.Errorf("n %d, size %d: item %d covered %d times, want once", tc.n, tc.size, i, c)
			}
		}
	}
}
