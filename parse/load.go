package parse

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// Problem is an input that could not be read as an article. Loading goes on
// past it.
type Problem struct {
	Path string
	Err  error
}

func (p Problem) Error() string { return p.Path + ": " + p.Err.Error() }

// articleExts are the file name extensions read when walking a directory.
var articleExts = map[string]bool{".txt": true, ".md": true, ".text": true, ".markdown": true}

// IsArticleFile reports whether a file name has an article extension.
func IsArticleFile(name string) bool {
	return articleExts[strings.ToLower(path.Ext(name))]
}

// StdinPath is the path that names standard input.
const StdinPath = "-"

// LoadPaths reads the articles named by paths: files (read whatever their
// extension), directories (walked recursively for article files, hidden
// entries skipped) and "-" for one article from stdin. Inputs that cannot
// be read are returned as problems; the others still load. Article IDs
// are made unique.
func LoadPaths(paths []string, stdin io.Reader) ([]*Article, []Problem) {
	var arts []*Article
	var probs []Problem
	add := func(p string, data []byte, err error) {
		if err != nil {
			probs = append(probs, Problem{p, err})
			return
		}
		id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		if p == StdinPath {
			id = "stdin"
		}
		a, err := ReadArticle(id, p, data)
		if err != nil {
			probs = append(probs, Problem{p, err})
			return
		}
		arts = append(arts, a)
	}
	for _, p := range paths {
		if p == StdinPath {
			data, err := io.ReadAll(stdin)
			if err == nil && len(data) == 0 {
				err = fmt.Errorf("standard input is empty")
			}
			add(p, data, err)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			probs = append(probs, Problem{p, cleanPathError(err)})
			continue
		}
		if !info.IsDir() {
			data, err := os.ReadFile(p)
			add(p, data, cleanPathError(err))
			continue
		}
		n := len(arts)
		err = filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
			if err != nil {
				probs = append(probs, Problem{fp, cleanPathError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if fp != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !IsArticleFile(d.Name()) || !d.Type().IsRegular() {
				return nil
			}
			data, err := os.ReadFile(fp)
			add(fp, data, cleanPathError(err))
			return nil
		})
		if err != nil {
			probs = append(probs, Problem{p, err})
		}
		if len(arts) == n {
			probs = append(probs, Problem{p, fmt.Errorf("no .txt or .md articles in this directory")})
		}
	}
	uniqueIDs(arts)
	return arts, probs
}

// LoadFS reads every article file of fsys, in lexical order, as the
// corpus of built-in articles. source prefixes each article's Source.
func LoadFS(fsys fs.FS, source string) ([]*Article, []Problem) {
	var arts []*Article
	var probs []Problem
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			probs = append(probs, Problem{p, err})
			return nil
		}
		if d.IsDir() || !IsArticleFile(p) {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			probs = append(probs, Problem{p, err})
			return nil
		}
		base := path.Base(p)
		a, err := ReadArticle(strings.TrimSuffix(base, path.Ext(base)), path.Join(source, p), data)
		if err != nil {
			probs = append(probs, Problem{p, err})
			return nil
		}
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		probs = append(probs, Problem{source, err})
	}
	uniqueIDs(arts)
	return arts, probs
}

// uniqueIDs appends "-2", "-3"... to repeated article IDs, in order.
func uniqueIDs(arts []*Article) {
	seen := map[string]bool{}
	for _, a := range arts {
		id := a.ID
		for n := 2; seen[id]; n++ {
			id = a.ID + "-" + strconv.Itoa(n)
		}
		seen[id] = true
		a.ID = id
	}
}

// cleanPathError drops the operation and path from os errors, since the
// path is reported next to them anyway.
func cleanPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
