package parse

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// writeFiles creates files (path → contents) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// problemsByPath maps the base name of each problem's path to its error.
func problemsByPath(probs []Problem) map[string]error {
	out := map[string]error{}
	for _, p := range probs {
		out[filepath.Base(p.Path)] = p.Err
	}
	return out
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a/report.txt":        "one",
		"b/report.txt":        "two",
		"b/deep/er/note.md":   "three",
		"b/photo.jpg":         "not walked",
		".hidden/secret.txt":  "hidden",
		"a/.draft.txt":        "hidden",
		"feed/shard.jsonl":    "{}",
		"c/x/report.markdown": "four",
		"c/y/report.text":     "five",
	})
	empty := t.TempDir()
	writeFiles(t, empty, map[string]string{"readme.nothing": ""})
	os.Symlink("..", filepath.Join(dir, "a", "loop"))                       // a loop back to dir
	os.Symlink("../b", filepath.Join(dir, "c", "b-again"))                  // a directory seen twice
	os.Symlink("nowhere.txt", filepath.Join(dir, "a", "dangling.txt"))      // a broken link
	os.Symlink("../a/report.txt", filepath.Join(dir, "c", "same-file.txt")) // a file seen twice
	if err := syscall.Mkfifo(filepath.Join(dir, "c", "pipe.txt"), 0o644); err != nil {
		t.Log("no named pipe:", err)
	}

	inputs, probs := Walk([]string{dir, filepath.Join(dir, "missing.txt"), empty, StdinPath, StdinPath})
	var got []string
	for _, in := range inputs {
		rel, _ := filepath.Rel(dir, in.Path)
		if in.Path == StdinPath {
			rel = in.Path
		}
		got = append(got, rel+"="+in.ID)
	}
	want := "a/report.txt=a/report b/deep/er/note.md=note b/report.txt=b/report c/x/report.markdown=x/report c/y/report.text=y/report feed/shard.jsonl=shard -=stdin"
	if strings.Join(got, " ") != want {
		t.Errorf("inputs\n got  %s\n want %s", strings.Join(got, " "), want)
	}
	byPath := problemsByPath(probs)
	for name, wantErr := range map[string]string{
		"loop":               "read already",
		"b-again":            "same file as",
		"dangling.txt":       "broken symbolic link",
		"same-file.txt":      "same file as",
		"missing.txt":        "no such file",
		filepath.Base(empty): "no .txt, .md or .jsonl files",
		"-":                  "given twice",
	} {
		if err := byPath[name]; err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("%s: problem %v, want one saying %q", name, err, wantErr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "c", "pipe.txt")); err == nil {
		if err := byPath["pipe.txt"]; err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("named pipe: problem %v", err)
		}
	}
}

func TestWalkSymlinkLoopAtTop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.Symlink(b, a)
	os.Symlink(a, b)
	_, probs := Walk([]string{a})
	if len(probs) != 1 || !strings.Contains(probs[0].Error(), "too many levels of symbolic links") {
		t.Fatalf("got %v", probs)
	}
}

func TestWalkThousandsOfFiles(t *testing.T) {
	dir := t.TempDir()
	const n = 3000
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%02d", i%30))
		os.MkdirAll(sub, 0o755)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%04d.txt", i)), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inputs, probs := Walk([]string{dir})
	if len(inputs) != n || len(probs) != 0 {
		t.Fatalf("%d inputs, problems %v", len(inputs), probs)
	}
	ids := map[string]bool{}
	for _, in := range inputs {
		ids[in.ID] = true
	}
	if len(ids) != n {
		t.Fatalf("%d distinct IDs for %d files", len(ids), n)
	}
}

func TestAssignIDs(t *testing.T) {
	cases := []struct{ paths, ids []string }{
		{[]string{"a/report.txt", "b/report.txt"}, []string{"a/report", "b/report"}},
		{[]string{"x/a/report.txt", "y/a/report.txt", "z/b/report.txt"}, []string{"x/a/report", "y/a/report", "b/report"}},
		{[]string{"report.txt", "report.md"}, []string{"report.txt", "report.md"}},
		{[]string{"report.txt", "sub/report.txt"}, []string{"report.txt", "sub/report"}},
		{[]string{"/abs/one.txt", "../rel/one.txt", "one/two.txt"}, []string{"abs/one", "rel/one", "two"}},
		{[]string{"a.txt", "a.txt"}, []string{"a.txt", "a.txt-2"}},
		{[]string{"-", "stdin.txt"}, []string{"stdin", "stdin.txt"}},
	}
	for _, c := range cases {
		inputs := make([]Input, len(c.paths))
		for i, p := range c.paths {
			inputs[i].Path = p
		}
		assignIDs(inputs)
		var got []string
		for _, in := range inputs {
			got = append(got, in.ID)
		}
		if strings.Join(got, " ") != strings.Join(c.ids, " ") {
			t.Errorf("%q: IDs %q, want %q", c.paths, got, c.ids)
		}
	}
}

func TestReadInputLimits(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"small.txt": "Talks began on Tuesday.", "empty.txt": "", "blank.txt": " \n\t\n"})
	big := filepath.Join(dir, "big.txt")
	f, _ := os.Create(big)
	f.Truncate(200 << 20) // sparse: 200 MB that take no room
	f.Close()
	cases := []struct {
		path string
		max  int64
		err  error
		says string
	}{
		{"small.txt", 10, ErrTooLarge, "23 B, more than the limit of 10 B"},
		{"small.txt", 0, nil, ""},
		{"big.txt", DefaultMaxSize, ErrTooLarge, "210 MB, more than the limit of 10.0 MB"},
		{"empty.txt", DefaultMaxSize, ErrEmpty, "empty"},
		{"missing.txt", DefaultMaxSize, fs.ErrNotExist, "no such file"},
		{".", DefaultMaxSize, nil, "is a directory"},
	}
	for _, c := range cases {
		_, err := ReadInput(Input{Path: filepath.Join(dir, c.path)}, nil, c.max)
		if c.says == "" && err != nil || c.says != "" && (err == nil || !strings.Contains(err.Error(), c.says)) || c.err != nil && !errors.Is(err, c.err) {
			t.Errorf("%s with limit %d: got %v, want %v saying %q", c.path, c.max, err, c.err, c.says)
		}
	}
	_, err := ReadInput(Input{Path: StdinPath}, strings.NewReader(strings.Repeat("x", 100)), 50)
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("standard input over the limit: got %v", err)
	}
	_, _, err = DecodeArticle(Input{Path: "blank.txt"}, []byte(" \n\t\n"))
	if !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), "white space") {
		t.Errorf("blank article: got %v", err)
	}
}

func TestDecodeArticleNotes(t *testing.T) {
	cases := []struct{ data, note string }{
		{"Date: 0000-01-01\n\nTalks began on Tuesday.", "publish date 0000-01-01 ignored"},
		{"Caf\xe9 on Tuesday.", "1 invalid bytes or control characters replaced"},
		{string(utf16Bytes("Talks began on Tuesday.", false, true)), "read as UTF-16LE"},
	}
	for _, c := range cases {
		a, notes, err := DecodeArticle(Input{Path: "x.txt", ID: "x"}, []byte(c.data))
		if err != nil || len(notes) != 1 || !strings.Contains(notes[0].Error(), c.note) || a.ID != "x" {
			t.Errorf("%q: notes %v, error %v; want a note %q", c.data, notes, err, c.note)
		}
	}
}

func TestLoadPaths(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a/report.txt": "Date: 2025-03-12\n\nTalks began on Tuesday.",
		"b/report.txt": "Caf\xe9 talks.",
		"c.txt":        "\x89PNG\r\n\x1a\n\x00",
		"d.jsonl":      "{}",
	})
	arts, probs := LoadPaths([]string{dir, StdinPath}, strings.NewReader("From standard input."))
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, " ") != "a/report b/report stdin" || arts[0].Published.IsZero() {
		t.Errorf("articles %q", ids)
	}
	byPath := problemsByPath(probs)
	if len(probs) != 3 || !errors.Is(byPath["c.txt"], ErrBinary) || byPath["d.jsonl"] == nil || byPath["report.txt"] == nil {
		t.Errorf("problems %v", probs)
	}
}

// TestHostileFileNames checks that file names cannot put control
// characters into IDs or messages.
func TestHostileFileNames(t *testing.T) {
	dir := t.TempDir()
	name := "evil\x1b[2J\n.txt"
	writeFiles(t, dir, map[string]string{name: "Talks began on Tuesday.", "empty\x07.txt": ""})
	arts, probs := LoadPaths([]string{dir}, nil)
	if len(arts) != 1 || arts[0].ID != "evil\uFFFD[2J\uFFFD" {
		t.Fatalf("articles %q", arts[0].ID)
	}
	if len(probs) != 1 || strings.ContainsAny(probs[0].Error(), "\x07\x1b") || !strings.Contains(probs[0].Error(), `\a.txt"`) {
		t.Fatalf("problems %q", probs)
	}
	if got := DisplayPath(""); got != `""` {
		t.Errorf("empty path shown as %s", got)
	}
}
