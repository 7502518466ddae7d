package corpus

import "sync"

// inOrder calls f(i) for i from 0 to n-1 on workers goroutines, and
// emit(i, f(i)) from the calling goroutine in the order of i. It keeps at
// most a few results per worker waiting for emit, so memory does not
// grow with n beyond what emit keeps.
func inOrder[T any](n, workers int, f func(i int) T, emit func(i int, r T)) {
	type job struct {
		i   int
		out chan<- T
	}
	jobs := make(chan job)
	pending := make(chan chan T, 4*workers)
	go func() {
		for i := range n {
			out := make(chan T, 1)
			pending <- out
			jobs <- job{i, out}
		}
		close(jobs)
		close(pending)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- f(j.i)
			}
		}()
	}
	i := 0
	for out := range pending {
		emit(i, <-out)
		i++
	}
	wg.Wait()
}
