package main

import (
	"testing"

	"dateline/seeds"
	"dateline/timeline"
	"dateline/tui"
)

// BenchmarkFirstFrame is what the command does before the browser shows
// its first frame, within the process: reading the seed articles,
// building their timeline, and rendering an 80×24 screen.
func BenchmarkFirstFrame(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		arts, _ := seeds.Articles()
		tl := timeline.Build(arts)
		m := tui.New(tl, tui.Options{})
		m.SetSize(80, 24)
		if m.View() == "" {
			b.Fatal("empty frame")
		}
	}
}
