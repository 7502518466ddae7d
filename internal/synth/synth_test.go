package synth

import (
	"bytes"
	"testing"
)

func TestArticlesDeterministic(t *testing.T) {
	a, b, other := Articles(42, 50), Articles(42, 50), Articles(43, 50)
	same := true
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("article %d differs between two runs of seed 42", i)
		}
		same = same && bytes.Equal(a[i].Data, other[i].Data)
	}
	if same {
		t.Fatal("seeds 42 and 43 give the same articles")
	}
}

// TestArticlesRealistic checks the size and density of time expressions
// the benchmarks rely on.
func TestArticlesRealistic(t *testing.T) {
	arts, size, err := Parsed(1, 200)
	if err != nil {
		t.Fatal(err)
	}
	if avg := size / len(arts); avg < 3800 || avg > 4800 {
		t.Errorf("average size %d bytes, want about 4 KB", avg)
	}
	dated, months := 0, map[string]bool{}
	for _, a := range arts {
		if !a.Published.IsZero() {
			dated++
			months[a.Published.Format("2006-01")] = true
		}
	}
	if dated < 180 || dated == len(arts) || len(months) < 20 {
		t.Errorf("%d of %d articles dated, over %d months; want most, not all, over two years", dated, len(arts), len(months))
	}
}
