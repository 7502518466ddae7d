// Package parallel runs independent pieces of work on all cores. Each
// piece writes only its own results, so what a caller computes does not
// depend on the scheduling.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(i) for every i from 0 to n-1, on as many goroutines as
// there are CPUs (GOMAXPROCS), and returns when every call has returned.
// Calls are handed out one at a time, so pieces of uneven size still
// keep every core busy.
func For(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

// Chunks calls f(lo, hi) for consecutive ranges that together cover 0
// to n-1, each at most size long, as For does: for work made of many
// small items, where one call per item would cost more than the item.
func Chunks(n, size int, f func(lo, hi int)) {
	For((n+size-1)/size, func(c int) {
		f(c*size, min((c+1)*size, n))
	})
}
