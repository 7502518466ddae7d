package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Problem is an input that could not be read as an article, or a remark
// about one that was. Loading goes on past it.
type Problem struct {
	Path string
	Err  error
}

func (p Problem) Error() string { return DisplayPath(p.Path) + ": " + p.Err.Error() }

// Unwrap returns the reason, for errors.Is.
func (p Problem) Unwrap() error { return p.Err }

// Reasons inputs are skipped for, besides ErrBinary, ErrEncoding and the
// file system's errors.
var (
	ErrTooLarge = errors.New("too large")
	ErrEmpty    = errors.New("empty")
	ErrRepeated = errors.New("already read")
)

// reasonError is a reason in words that is of the kind of a sentinel
// error, for errors.Is.
type reasonError struct {
	text string
	kind error
}

func (e reasonError) Error() string { return e.text }
func (e reasonError) Unwrap() error { return e.kind }

// DefaultMaxSize is the default limit on the size of one input file.
// News articles are a few kilobytes; a file of many megabytes is rarely
// one article, and the whole of it is held in memory while it is read.
const DefaultMaxSize = 10_000_000

// articleExts are the file name extensions read when walking a directory.
var articleExts = map[string]bool{".txt": true, ".md": true, ".text": true, ".markdown": true}

// IsArticleFile reports whether a file name has an article extension.
func IsArticleFile(name string) bool {
	return articleExts[strings.ToLower(path.Ext(name))]
}

// IsLinesFile reports whether a file name has a JSON Lines extension
// (.jsonl, .ndjson), the files that dateline extract writes.
func IsLinesFile(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".jsonl", ".ndjson":
		return true
	}
	return false
}

// StdinPath is the path that names standard input.
const StdinPath = "-"

// DisplayPath is a path as messages show it: "standard input" for "-",
// and quoted if it is empty or holds control characters, which file
// names may, so that a name cannot drive the terminal.
func DisplayPath(p string) string {
	if p == StdinPath {
		return "standard input"
	}
	if p == "" || cleanName(p) != p {
		return strconv.Quote(p)
	}
	return p
}

// Input is a file (or standard input) to read articles from.
type Input struct {
	// Path is the file as given or found in a directory, or "-".
	Path string
	// ID is the ID of the file's article, unique among the inputs of
	// one Walk: the file name without extension, with as many parent
	// folders as it takes to tell apart files of the same name.
	ID string
	// Size is the size of the file when it was listed, 0 for standard
	// input and other streams.
	Size int64
}

// Walk lists the inputs named by paths, in order: files (whatever their
// extension), directories (walked recursively in lexical order for
// article and JSON Lines files, hidden entries skipped, symbolic links
// followed but never twice to the same place) and "-" for standard
// input. A file reached twice is listed once. Paths that do not exist or
// cannot be listed are returned as problems.
func Walk(paths []string) ([]Input, []Problem) {
	w := walker{seen: map[string]string{}}
	for _, p := range paths {
		w.top(p)
	}
	assignIDs(w.inputs)
	return w.inputs, w.probs
}

type walker struct {
	inputs []Input
	probs  []Problem
	// seen maps the real path of every file and directory listed to the
	// path it was found under.
	seen map[string]string
}

func (w *walker) problem(p string, err error) {
	w.probs = append(w.probs, Problem{p, cleanPathError(err)})
}

// once records that real was reached as p, and reports whether it is the
// first time; otherwise it records a problem.
func (w *walker) once(p, real string) bool {
	if first, ok := w.seen[real]; ok {
		if first == p {
			w.problem(p, reasonError{"given twice", ErrRepeated})
		} else {
			w.problem(p, reasonError{"same file as " + DisplayPath(first) + ", read already", ErrRepeated})
		}
		return false
	}
	w.seen[real] = p
	return true
}

func (w *walker) top(p string) {
	if p == StdinPath {
		if w.once(p, p) {
			w.inputs = append(w.inputs, Input{Path: p})
		}
		return
	}
	info, err := os.Stat(p)
	if err != nil {
		w.problem(p, err)
		return
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		w.problem(p, err)
		return
	}
	if real, err = filepath.Abs(real); err != nil {
		w.problem(p, err)
		return
	}
	if !w.once(p, real) {
		return
	}
	if !info.IsDir() {
		w.inputs = append(w.inputs, Input{Path: p, Size: regularSize(info)})
		return
	}
	n := len(w.inputs)
	w.dir(p, real)
	if len(w.inputs) == n {
		w.problem(p, errors.New("no .txt, .md or .jsonl files in this directory"))
	}
}

// dir lists the articles under directory p, whose real path is real.
func (w *walker) dir(p, real string) {
	entries, err := os.ReadDir(p)
	if err != nil {
		w.problem(p, err)
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		fp, freal := filepath.Join(p, name), filepath.Join(real, name)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(fp)
			if err != nil {
				w.problem(fp, fmt.Errorf("broken symbolic link: %w", err))
				continue
			}
			info, err := os.Stat(target)
			if err != nil {
				w.problem(fp, err)
				continue
			}
			freal, mode = target, info.Mode().Type()
			if !filepath.IsAbs(freal) {
				freal = filepath.Join(real, freal)
			}
		}
		switch {
		case mode.IsDir():
			if w.once(fp, freal) {
				w.dir(fp, freal)
			}
		case !IsArticleFile(name) && !IsLinesFile(name):
			// Not an article: images, HTML, notes... are left alone.
		case !mode.IsRegular():
			w.problem(fp, errors.New("not a regular file"))
		case w.once(fp, freal):
			var size int64
			if info, err := os.Stat(fp); err == nil {
				size = regularSize(info)
			}
			w.inputs = append(w.inputs, Input{Path: fp, Size: size})
		}
	}
}

func regularSize(info fs.FileInfo) int64 {
	if info.Mode().IsRegular() {
		return info.Size()
	}
	return 0
}

// ReadInput reads the contents of an input, at most maxSize bytes (no
// limit when maxSize <= 0). Standard input is read from stdin.
func ReadInput(in Input, stdin io.Reader, maxSize int64) ([]byte, error) {
	var r io.Reader = stdin
	size := int64(0) // of a regular file, to read it into a buffer of the right size at once
	if in.Path != StdinPath {
		f, err := os.Open(in.Path)
		if err != nil {
			return nil, cleanPathError(err)
		}
		defer f.Close()
		if info, err := f.Stat(); err != nil {
			return nil, cleanPathError(err)
		} else if info.IsDir() {
			return nil, errors.New("is a directory")
		} else if maxSize > 0 && info.Mode().IsRegular() && info.Size() > maxSize {
			return nil, tooLarge(info.Size(), maxSize)
		} else if info.Mode().IsRegular() {
			size = info.Size()
		}
		r = f
	}
	if maxSize > 0 {
		r = io.LimitReader(r, maxSize+1)
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, cleanPathError(err)
	}
	data := buf.Bytes()
	if maxSize > 0 && int64(len(data)) > maxSize {
		return nil, tooLarge(-1, maxSize)
	}
	if len(data) == 0 {
		return nil, ErrEmpty
	}
	return data, nil
}

func tooLarge(size, limit int64) error {
	what := "more"
	if size >= 0 {
		what = FormatSize(size) + ", more"
	}
	return reasonError{what + " than the limit of " + FormatSize(limit) + " for one file", ErrTooLarge}
}

// DecodeArticle makes the article of an input of its contents: Decode,
// then ReadArticle under the input's ID. The notes returned are remarks on
// an article that was read but not quite as written: another encoding,
// invalid bytes replaced, an impossible publish date dropped.
func DecodeArticle(in Input, data []byte) (*Article, []Problem, error) {
	text, dec, err := Decode(data)
	if err != nil {
		return nil, nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, nil, reasonError{"only white space", ErrEmpty}
	}
	id := in.ID
	if id == "" {
		id = FileID(in.Path)
	}
	a := readDecoded(id, in.Path, text)
	var notes []Problem
	note := func(format string, args ...any) {
		notes = append(notes, Problem{in.Path, fmt.Errorf(format, args...)})
	}
	if y := a.Published.Year(); !a.Published.IsZero() && (y < 1 || y > 9999) {
		note("publish date %s ignored: not in years 1 to 9999", a.Published.Format("2006-01-02"))
		a.Published, a.PublishedReason = time.Time{}, ""
	}
	if dec.Encoding != "UTF-8" {
		note("read as %s", dec.Encoding)
	}
	if dec.Replaced > 0 {
		note("%d invalid bytes or control characters replaced with U+FFFD", dec.Replaced)
	}
	return a, notes, nil
}

// LoadPaths reads the articles named by paths, one after the other: the
// inputs of Walk, each read with ReadInput within DefaultMaxSize and
// DecodeArticle.
// Inputs that cannot be read are returned as problems; the others still
// load. JSON Lines files are not articles and are skipped here.
func LoadPaths(paths []string, stdin io.Reader) ([]*Article, []Problem) {
	inputs, probs := Walk(paths)
	var arts []*Article
	for _, in := range inputs {
		if IsLinesFile(in.Path) {
			probs = append(probs, Problem{in.Path, errors.New("JSON Lines, not an article")})
			continue
		}
		data, err := ReadInput(in, stdin, DefaultMaxSize)
		if err != nil {
			probs = append(probs, Problem{in.Path, err})
			continue
		}
		a, notes, err := DecodeArticle(in, data)
		if err != nil {
			probs = append(probs, Problem{in.Path, err})
			continue
		}
		probs = append(probs, notes...)
		arts = append(arts, a)
	}
	return arts, probs
}

// LoadFS reads every article file of fsys, in lexical order, as the
// corpus of built-in articles. source prefixes each article's Source.
func LoadFS(fsys fs.FS, source string) ([]*Article, []Problem) {
	var arts []*Article
	var probs []Problem
	var inputs []Input
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			probs = append(probs, Problem{p, err})
			return nil
		}
		if !d.IsDir() && IsArticleFile(p) {
			inputs = append(inputs, Input{Path: p})
		}
		return nil
	})
	if err != nil {
		probs = append(probs, Problem{source, err})
	}
	assignIDs(inputs)
	for _, in := range inputs {
		data, err := fs.ReadFile(fsys, in.Path)
		if err != nil {
			probs = append(probs, Problem{in.Path, err})
			continue
		}
		a, err := ReadArticle(in.ID, path.Join(source, in.Path), data)
		if err != nil {
			probs = append(probs, Problem{in.Path, err})
			continue
		}
		arts = append(arts, a)
	}
	return arts, probs
}

// cleanPathError drops the operation and path from os errors, since the
// path is reported next to them anyway.
func cleanPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
