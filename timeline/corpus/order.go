package corpus

import "sync"

// inOrder calls f(i) for i from 0 to n-1 on workers goroutines, and
// emit(i, f(i)) from the calling goroutine in the order of i.
func inOrder[T any](n, workers int, f func(i int) T, emit func(i int, r T)) {
	i := 0
	next := func() (int, bool) {
		i++
		return i - 1, i <= n
	}
	j := 0
	streamInOrder(workers, next, f, func(r T) {
		emit(j, r)
		j++
	})
}

// streamInOrder calls f on each item next gives, until it gives false,
// on workers goroutines, and emit with the results from the calling
// goroutine in the order of the items. next is called from one goroutine
// at a time. At most a few results per worker wait for emit, so memory
// does not grow with the number of items beyond what emit keeps.
func streamInOrder[In, Out any](workers int, next func() (In, bool), f func(In) Out, emit func(Out)) {
	type job struct {
		in  In
		out chan<- Out
	}
	jobs := make(chan job)
	pending := make(chan chan Out, 4*workers)
	go func() {
		for {
			in, ok := next()
			if !ok {
				break
			}
			out := make(chan Out, 1)
			pending <- out
			jobs <- job{in, out}
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
				j.out <- f(j.in)
			}
		}()
	}
	for out := range pending {
		emit(<-out)
	}
	wg.Wait()
}
