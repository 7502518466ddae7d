package parse

// sequenceIndex numbers the word sequences of the undated articles of a
// corpus, in the order they are added. Every word sequence of the corpus
// is looked up in it: an open-addressed table of the keys, which are
// hashes already, finds them much quicker than a map.
type sequenceIndex struct {
	slots []sequenceSlot // a power of two of them, at most half used
	shift uint           // a key's first slot is its top bits
	n     int32
}

// sequenceSlot holds a key and its number plus one; 0 for a free slot.
type sequenceSlot struct {
	key    uint64
	number int32
}

func newSequenceIndex() *sequenceIndex {
	const bits = 10
	return &sequenceIndex{slots: make([]sequenceSlot, 1<<bits), shift: 64 - bits}
}

func (x *sequenceIndex) len() int { return int(x.n) }

// lookup returns the number of key, and whether it is in the index.
func (x *sequenceIndex) lookup(key uint64) (int32, bool) {
	mask := uint64(len(x.slots) - 1)
	for i := key >> x.shift; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.number == 0 {
			return 0, false
		}
		if s.key == key {
			return s.number - 1, true
		}
	}
}

// add numbers key, if it is not in the index yet.
func (x *sequenceIndex) add(key uint64) {
	if _, ok := x.lookup(key); ok {
		return
	}
	if 2*int(x.n+1) > len(x.slots) {
		x.grow()
	}
	x.n++
	x.put(sequenceSlot{key, x.n})
}

func (x *sequenceIndex) put(s sequenceSlot) {
	mask := uint64(len(x.slots) - 1)
	i := s.key >> x.shift
	for x.slots[i].number != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = s
}

// grow doubles the slots.
func (x *sequenceIndex) grow() {
	old := x.slots
	x.slots, x.shift = make([]sequenceSlot, 2*len(old)), x.shift-1
	for _, s := range old {
		if s.number != 0 {
			x.put(s)
		}
	}
}

// keyFilter is a set of sequence keys that may answer "maybe" for a key
// not in it, but never "no" for one in it. Most word sequences of a
// corpus are in no undated article: the filter, small enough to stay in
// the processor's cache, turns them away before the index is searched.
type keyFilter struct {
	bits  []uint64
	shift uint // a key's bit is its top bits, once mixed
}

func newKeyFilter(index *sequenceIndex) keyFilter {
	// About sixteen bits per key: a key not in the set finds its bit set
	// one time in sixteen.
	size := uint(16)
	for 1<<size < 16*index.len() {
		size++
	}
	f := keyFilter{bits: make([]uint64, 1<<size/64), shift: 64 - size}
	for _, s := range index.slots {
		if s.number > 0 {
			b := f.bit(s.key)
			f.bits[b/64] |= 1 << (b % 64)
		}
	}
	return f
}

func (f keyFilter) bit(key uint64) uint64 {
	return key * 0x9e3779b97f4a7c15 >> f.shift
}

func (f keyFilter) mayHave(key uint64) bool {
	b := f.bit(key)
	return f.bits[b/64]&(1<<(b%64)) != 0
}
