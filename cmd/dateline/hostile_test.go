package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// buildCommand builds the dateline command, once for all the tests that
// run it as a separate process.
func buildCommand(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "dateline-test")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "dateline")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			buildErr = &buildError{err, out}
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return "build: " + e.err.Error() + "\n" + string(e.out) }

// exitCode runs cmd and returns its exit code, stdout and stderr.
func exitCode(t *testing.T, cmd *exec.Cmd) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), out.String(), errb.String()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, out.String(), errb.String()
}

func utf16LE(s string, bom bool) string {
	var b strings.Builder
	if bom {
		b.WriteString("\xff\xfe")
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.String()
}

const goodArticle = "Date: 2025-03-12\n\nCeasefire Talks Resume\n\nThe US agreed on Tuesday to resume aid. Talks began in 2014.\n"

// hostileFiles are generated inputs that dateline must refuse, each with
// what stderr must say about it; goodFiles must load, however odd.
var (
	hostileFiles = map[string]struct{ data, reason string }{
		"empty.txt":         {"", "empty"},
		"blank.txt":         {"  \n\n\t \r\n", "only white space"},
		"photo.txt":         {"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG image"},
		"scan.md":           {"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF document"},
		"program.txt":       {"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00", "ELF executable"},
		"setup.txt":         {"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", "Windows executable"},
		"archive.txt":       {"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP archive"},
		"noise.txt":         {strings.Repeat("\x01\x02\x03\x04\x05\x06abc", 100), "control characters"},
		"utf32.txt":         {"\xff\xfe\x00\x00D\x00\x00\x00", "UTF-32"},
		"greek-8859-7.txt":  {strings.Repeat("\xc1\xe8\xde\xed\xe1 ", 50), "not UTF-8"},
		"bad-lines.jsonl":   {"{oops\n", "line 1: not an extraction record"},
		"deep/a/b/c/d.json": {"", ""}, // not an article extension: not read, not named
	}
	goodFiles = map[string]string{
		"good.txt":        goodArticle,
		"crlf.txt":        strings.ReplaceAll(goodArticle, "\n", "\r\n"),
		"old-mac.txt":     strings.ReplaceAll(goodArticle, "\n", "\r"),
		"bom.txt":         "\xef\xbb\xbf" + goodArticle,
		"latin1.txt":      "Date: 2025-03-12\n\nThe caf\xe9 reopened on Tuesday.\n",
		"utf16-bom.txt":   utf16LE(goodArticle, true),
		"utf16-nobom.txt": utf16LE(goodArticle, false),
		"escapes.txt":     "Date: 2025-03-12\n\nThe \x1b[2J\x1b]0;pwned\x07screen cleared on Tuesday.\n",
		"long-line.txt":   "Date: 2025-03-12\n\n" + strings.Repeat("word ", 200_000) + "on Tuesday.\n",
		"no-dates.txt":    "Nothing here has a date at all, only words.\n",
		"nested/x/y.md":   goodArticle,
		"a/report.txt":    goodArticle,
		"b/report.txt":    goodArticle,
	}
)

// writeCorpus writes the hostile and good files under a new directory.
func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, f := range hostileFiles {
		write(name, f.data)
	}
	for name, data := range goodFiles {
		write(name, data)
	}
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(200 << 20) // sparse: takes no room on disk
	f.Close()
	os.Symlink(".", filepath.Join(dir, "loop"))
	os.Symlink("missing.txt", filepath.Join(dir, "dangling.txt"))
	return dir
}

// TestHostileCorpus runs the command over a directory of hostile files:
// each bad file is named on stderr with its reason, every good one is
// read, and the exit code says some were skipped.
func TestHostileCorpus(t *testing.T) {
	bin := buildCommand(t)
	dir := writeCorpus(t)
	code, stdout, stderr := exitCode(t, exec.Command(bin, "--json", dir, filepath.Join(dir, "not-there.txt")))
	if code != exitSkipped {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitSkipped, stderr)
	}
	reasons := map[string]string{
		"huge.txt":      "210 MB, more than the limit of 10.0 MB for one file (raise the limit with --max-size)",
		"loop":          "read already",
		"dangling.txt":  "broken symbolic link",
		"not-there.txt": "no such file or directory",
	}
	for name, f := range hostileFiles {
		if f.reason != "" {
			reasons[name] = f.reason
		}
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for name, reason := range reasons {
		found := false
		for _, l := range lines {
			if strings.Contains(l, filepath.Join(dir, name)+": ") && strings.Contains(l, reason) {
				found = true
			}
		}
		if !found {
			t.Errorf("stderr does not name %s with %q", name, reason)
		}
	}
	if strings.Contains(stderr, "d.json") {
		t.Error("a file without an article extension was named")
	}
	var doc jsonOutput
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, a := range doc.Articles {
		ids[a.ID] = true
	}
	if len(doc.Articles) != len(goodFiles) || !ids["a/report"] || !ids["b/report"] {
		t.Errorf("read %d articles %v, want the %d good files, a/report and b/report among them", len(doc.Articles), ids, len(goodFiles))
	}
	if strings.ContainsRune(stdout, '\x1b') {
		t.Error("escape codes from an article reached the output")
	}
	for _, e := range doc.Events {
		if e.Date == "" || e.End < e.Start {
			t.Errorf("bad event %+v", e)
		}
	}
	for _, name := range []string{"latin1.txt", "utf16-bom.txt", "escapes.txt"} {
		if !strings.Contains(stderr, "note: "+filepath.Join(dir, name)) {
			t.Errorf("no note on %s", name)
		}
	}
	_, _, quiet := exitCode(t, exec.Command(bin, "--json", "--quiet", dir))
	if strings.Contains(quiet, "note:") || !strings.Contains(quiet, "skipped") {
		t.Errorf("--quiet stderr:\n%s", quiet)
	}
}

// TestHostileEncodingsRead checks that the odd but readable files give
// the same events as the plain one.
func TestHostileEncodingsRead(t *testing.T) {
	dir := t.TempDir()
	var want string
	for _, name := range []string{"good.txt", "crlf.txt", "old-mac.txt", "bom.txt", "utf16-bom.txt", "utf16-nobom.txt"} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(goodFiles[name]), 0o644)
		code, out, errs := runCmd(t, "", "--print", p)
		if code != exitOK {
			t.Fatalf("%s: exit %d, %s", name, code, errs)
		}
		out = strings.ReplaceAll(out, strings.TrimSuffix(name, ".txt"), "ID")
		if want == "" {
			want = out
		} else if out != want {
			t.Errorf("%s reads differently from good.txt: %d bytes against %d", name, len(out), len(want))
		}
	}
	if !strings.Contains(want, "2025-03-11") {
		t.Fatalf("Tuesday not found:\n%s", want)
	}
}

func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte(goodArticle), 0o644)
	unreadable, reason := filepath.Join(dir, "secret.txt"), "permission denied"
	os.WriteFile(unreadable, []byte(goodArticle), 0o000)
	if os.Geteuid() == 0 {
		// Root reads any file; reading the start of a process's memory
		// fails instead.
		unreadable, reason = "/proc/self/mem", "input/output error"
		if _, err := os.Stat(unreadable); err != nil {
			t.Skip("root reads every file, and there is no /proc/self/mem")
		}
	}
	code, _, errs := runCmd(t, "", "--print", unreadable, good)
	if code != exitSkipped || !strings.Contains(errs, unreadable+": "+reason) {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

// TestStdinClosed runs the command with standard input closed.
func TestStdinClosed(t *testing.T) {
	bin := buildCommand(t)
	cmd := exec.Command(bin, "--print", "-")
	cmd.Stdin = nil // /dev/null: empty
	code, _, errs := exitCode(t, cmd)
	if code != exitNoInput || !strings.Contains(errs, "standard input: empty") {
		t.Errorf("empty stdin: exit %d, stderr %q", code, errs)
	}
	cmd = exec.Command("sh", "-c", `exec "$0" --print - <&-`, bin)
	code, _, errs = exitCode(t, cmd)
	if code != exitNoInput || !strings.Contains(errs, "standard input: ") {
		t.Errorf("closed stdin: exit %d, stderr %q", code, errs)
	}
}

// TestLongSentenceOfDates is a single sentence of many dates: the whole
// pipeline must take time that grows with its length, not its square, and
// each event keeps only a bounded part of the sentence.
func TestLongSentenceOfDates(t *testing.T) {
	const n = 20_000
	text := "Date: 2025-03-12\n\n" + strings.Repeat("on Tuesday ", n)
	code, out, errs := runCmd(t, text, "--json", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var tl struct {
		Events []struct{ Text string }
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != n+1 {
		t.Errorf("%d events, want %d", len(tl.Events), n+1)
	}
	for _, e := range tl.Events {
		if len(e.Text) > 2000 {
			t.Fatalf("an event keeps %d bytes of its sentence", len(e.Text))
		}
	}
}
