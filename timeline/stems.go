package timeline

import "hash/maphash"

// stemNumbers numbers the stems of the words of reports, in the order
// they are first numbered. A corpus has millions of words and few
// stems: the stems are hashed on all cores beforehand, and numbered,
// in order, in an open-addressed table by those hashes.
type stemNumbers struct {
	seed  maphash.Seed
	slots []stemSlot // a power of two of them, at most half used
	count int32
}

// stemSlot is a stem with its hash and number plus one; 0 for a free
// slot.
type stemSlot struct {
	hash   uint64
	stem   string
	number int32
}

func newStemNumbers() *stemNumbers {
	return &stemNumbers{seed: maphash.MakeSeed(), slots: make([]stemSlot, 1<<10)}
}

// hashes returns the hashes of stems, for number. It may be called from
// several goroutines at once.
func (t *stemNumbers) hashes(stems []string) []uint64 {
	hs := make([]uint64, len(stems))
	for i, s := range stems {
		hs[i] = maphash.String(t.seed, s)
	}
	return hs
}

// number returns the number of stem, whose hash is h, numbering it if it
// has none yet.
func (t *stemNumbers) number(stem string, h uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for ; t.slots[i].number != 0; i = (i + 1) & mask {
		if t.slots[i].hash == h && t.slots[i].stem == stem {
			return t.slots[i].number - 1
		}
	}
	t.count++
	t.slots[i] = stemSlot{h, stem, t.count}
	if 2*int(t.count) > len(t.slots) {
		t.grow()
	}
	return t.count - 1
}

// grow doubles the slots.
func (t *stemNumbers) grow() {
	old := t.slots
	t.slots = make([]stemSlot, 2*len(old))
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.number != 0 {
			i := s.hash & mask
			for t.slots[i].number != 0 {
				i = (i + 1) & mask
			}
			t.slots[i] = s
		}
	}
}
