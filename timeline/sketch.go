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
	return s.at(n, w[0], w[n/2], w[n-1])
}

// at is the position of a word of n bytes, with first, middle and last
// bytes as given.
func (s wordSketch) at(n int, first, middle, last byte) uint32 {
	h := uint32(n) | uint32(first)<<8 | uint32(middle)<<16 | uint32(last)<<24
	return (h * 2654435761) >> s.shift
}

// add puts a word, not empty, in the sketch.
func (s wordSketch) add(w string) {
	b := s.position(w)
	s.bits[b/64] |= 1 << (b % 64)
}

// mayHold reports whether the word, not empty, may be in the sketch.
func (s wordSketch) mayHold(w string) bool { return s.has(s.position(w)) }

func (s wordSketch) has(b uint32) bool { return s.bits[b/64]&(1<<(b%64)) != 0 }

// mayHoldLower reports whether an ASCII word, not empty, may be in the
// sketch once in lower case.
func (s wordSketch) mayHoldLower(w string) bool {
	n := len(w)
	return s.has(s.at(n, asciiLower[w[0]], asciiLower[w[n/2]], asciiLower[w[n-1]]))
}
