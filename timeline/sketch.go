package timeline

// wordSketch is a set of words in brief, a bit for each word's length and
// first, middle and last bytes: it may hold a word it was not given but
// never misses one it was. Asking it costs much less than a map lookup,
// so it passes over most words a map would not have.
type wordSketch struct {
	bits  []uint64
	shift uint32 // 32 less the number of bits of a word's position
}

// newWordSketch returns an empty sketch of 2^size bits, size at least 6.
func newWordSketch(size uint32) wordSketch {
	return wordSketch{bits: make([]uint64, 1<<(size-6)), shift: 32 - size}
}

func (s wordSketch) position(w string) uint32 {
	n := len(w)
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	return (h * 2654435761) >> s.shift
}

// add puts a word, not empty, in the sketch.
func (s wordSketch) add(w string) {
	b := s.position(w)
	s.bits[b/64] |= 1 << (b % 64)
}

// mayHold reports whether the word, not empty, may be in the sketch.
func (s wordSketch) mayHold(w string) bool {
	b := s.position(w)
	return s.bits[b/64]&(1<<(b%64)) != 0
}
