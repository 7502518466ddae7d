package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"time"

	"dateline/parse"
	"dateline/timeline"
)

// The JSON Lines form of an extraction: one object per line, one line per
// article. Field names are part of dateline's interface, shared with its
// --json output: new fields may be added, existing ones are never renamed.
// The structs have the fields of the timeline's, in the same order, so
// that a field added there fails to compile here until the format
// carries it.
type (
	lineRecord struct {
		Article *lineArticle  `json:"article"`
		Events  []lineEvent   `json:"events"`
		Actors  []lineMention `json:"actors"`
	}
	lineArticle struct {
		ID                string           `json:"id"`
		Title             string           `json:"title"`
		Source            string           `json:"source"`
		Published         *string          `json:"published"`
		PublishedInferred bool             `json:"published_inferred"`
		PublishedReason   string           `json:"published_reason,omitempty"`
		Undated           []lineExpression `json:"undated"`
	}
	lineExpression struct {
		Text        string `json:"expression"`
		Type        string `json:"type"`
		Value       string `json:"value"`
		Explanation string `json:"explanation"`
		Offset      int    `json:"offset"`
	}
	lineEvent struct {
		Kind    string       `json:"kind"`
		Date    string       `json:"date"`
		Start   string       `json:"start"`
		End     string       `json:"end"`
		Text    string       `json:"text"`
		Actors  []string     `json:"actors"`
		Sources []lineSource `json:"sources"`
	}
	lineSource struct {
		Article     string `json:"article"`
		Sentence    string `json:"sentence"`
		Expression  string `json:"expression"`
		Date        string `json:"date"`
		ExprStart   int    `json:"expr_start"`
		ExprEnd     int    `json:"expr_end"`
		Offset      int    `json:"offset"`
		Explanation string `json:"explanation"`
	}
	// lineMention is an actor as the article names it, before the names
	// of the corpus are folded together.
	lineMention struct {
		Name    string   `json:"name"`
		Kind    string   `json:"kind"`
		Forms   []string `json:"forms"`
		Country string   `json:"country,omitempty"`
		Title   string   `json:"title,omitempty"`
		Titles  []string `json:"titles,omitempty"`
		Acts    bool     `json:"acts,omitempty"`
		Partial bool     `json:"partial,omitempty"`
	}
)

// linePrefix is how every line of an extraction file begins.
const linePrefix = `{"article":`

const isoDay = "2006-01-02"

// LinesWriter writes extractions as JSON Lines.
type LinesWriter struct {
	enc *json.Encoder
}

// NewLinesWriter returns a LinesWriter writing to w.
func NewLinesWriter(w io.Writer) *LinesWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &LinesWriter{enc}
}

// Write writes one extraction as one line.
func (lw *LinesWriter) Write(x *timeline.Extraction) error {
	a := x.Article
	rec := lineRecord{
		Article: &lineArticle{
			ID: a.ID, Title: a.Title, Source: a.Source,
			PublishedInferred: a.PublishedInferred, PublishedReason: a.PublishedReason,
			Undated: make([]lineExpression, 0, len(a.Undated)),
		},
		Events: make([]lineEvent, 0, len(x.Events)),
		Actors: make([]lineMention, 0, len(x.Actors)),
	}
	if !a.Published.IsZero() {
		p := a.Published.Format(isoDay)
		rec.Article.Published = &p
	}
	for _, u := range a.Undated {
		rec.Article.Undated = append(rec.Article.Undated, lineExpression(u))
	}
	for _, e := range x.Events {
		le := lineEvent{
			Kind: e.Kind, Date: e.Date, Start: e.Start.Format(isoDay), End: e.End.Format(isoDay),
			Text: e.Text, Actors: nonNil(e.Actors), Sources: make([]lineSource, 0, len(e.Sources)),
		}
		for _, s := range e.Sources {
			le.Sources = append(le.Sources, lineSource(s))
		}
		rec.Events = append(rec.Events, le)
	}
	for _, m := range x.Actors {
		lm := lineMention(m)
		lm.Forms = nonNil(m.Forms)
		rec.Actors = append(rec.Actors, lm)
	}
	return lw.enc.Encode(rec)
}

// nonNil is list, or an empty list for nil, which JSON writes as [].
func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}

// LooksLikeLines reports whether data begins like a file of extractions
// as LinesWriter writes them, whatever the file is called.
func LooksLikeLines(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n\ufeff"), []byte(linePrefix))
}

// ReadLines reads extractions written by LinesWriter from r, calling emit
// with each in order. Lines longer than maxLine bytes (0: no limit) and
// lines that are not valid extractions are returned as errors naming the
// line; the other lines are still read. Lines are decoded in parallel,
// one batch per CPU at a time.
func ReadLines(r io.Reader, maxLine int64, emit func(*timeline.Extraction)) []error {
	if maxLine <= 0 || maxLine > 1<<40 {
		maxLine = 1 << 40
	}
	const batchLines = 256
	type line struct {
		n    int
		data []byte
		err  error
	}
	br := bufio.NewReaderSize(r, 64<<10)
	n, done := 0, false
	next := func() ([]line, bool) {
		var batch []line
		for !done && len(batch) < batchLines {
			n++
			data, err := readLine(br, maxLine)
			switch {
			case err == io.EOF:
				done = true
				err = nil
			case err != nil && !errors.Is(err, parse.ErrTooLarge):
				done = true
			}
			if err != nil || len(bytes.TrimSpace(data)) > 0 {
				batch = append(batch, line{n, data, err})
			}
		}
		return batch, len(batch) > 0
	}
	type decoded struct {
		x   *timeline.Extraction
		err error
	}
	decode := func(batch []line) []decoded {
		out := make([]decoded, len(batch))
		for i, l := range batch {
			switch {
			case errors.Is(l.err, parse.ErrTooLarge):
				out[i].err = fmt.Errorf("line %d: longer than the limit of %s (%w)", l.n, parse.FormatSize(maxLine), l.err)
			case l.err != nil:
				out[i].err = fmt.Errorf("line %d: %w", l.n, l.err)
			default:
				x, err := decodeLine(l.data)
				if err != nil {
					err = fmt.Errorf("line %d: %w", l.n, err)
				}
				out[i] = decoded{x, err}
			}
		}
		return out
	}
	var errs []error
	streamInOrder(runtime.GOMAXPROCS(0), next, decode, func(ds []decoded) {
		for _, d := range ds {
			if d.err != nil {
				errs = append(errs, d.err)
			} else {
				emit(d.x)
			}
		}
	})
	return errs
}

// readLine reads one line without its "\n", or io.EOF with the last line.
// A line longer than max is skipped to its end and reported with
// ErrTooLarge.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong && int64(len(line)+len(chunk)) <= max+1 {
			line = append(line, chunk...)
		} else {
			line, tooLong = nil, true
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil && err != io.EOF:
			return nil, err
		case tooLong:
			return nil, parse.ErrTooLarge
		}
		return bytes.TrimSuffix(line, []byte("\n")), err
	}
}

// decodeLine makes an extraction of one line, checking what the rest of
// dateline relies on: an ID, event kinds, valid dates in order,
// expression offsets within their sentence. Text is cleaned as article
// text is, so a line cannot carry terminal escape codes into the output.
func decodeLine(line []byte) (*timeline.Extraction, error) {
	var rec lineRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("not an extraction record: %v", err)
	}
	ra := rec.Article
	if ra == nil {
		return nil, errors.New(`not an extraction record (as dateline extract --jsonl writes): no "article"`)
	}
	if ra.ID == "" {
		return nil, errors.New("article without an id")
	}
	x := &timeline.Extraction{Article: timeline.Article{
		ID: ra.ID, Title: ra.Title, Source: ra.Source,
		PublishedInferred: ra.PublishedInferred, PublishedReason: ra.PublishedReason,
	}}
	if ra.Published != nil {
		t, err := time.Parse(isoDay, *ra.Published)
		if err != nil {
			return nil, fmt.Errorf("article published %q: want YYYY-MM-DD", *ra.Published)
		}
		x.Article.Published = t
	}
	for _, u := range ra.Undated {
		x.Article.Undated = append(x.Article.Undated, timeline.Expression(u))
	}
	for i, le := range rec.Events {
		start, err1 := time.Parse(isoDay, le.Start)
		end, err2 := time.Parse(isoDay, le.End)
		switch {
		case le.Kind != timeline.KindEvent && le.Kind != timeline.KindReport:
			return nil, fmt.Errorf("event %d: kind %q, want %q or %q", i+1, le.Kind, timeline.KindEvent, timeline.KindReport)
		case le.Date == "" || err1 != nil || err2 != nil || end.Before(start):
			return nil, fmt.Errorf("event %d: want a date and start <= end as YYYY-MM-DD, got %q, %q, %q", i+1, le.Date, le.Start, le.End)
		case len(le.Sources) == 0:
			return nil, fmt.Errorf("event %d has no source", i+1)
		}
		e := timeline.Event{Kind: le.Kind, Date: le.Date, Start: start, End: end, Text: le.Text}
		if len(le.Actors) > 0 {
			e.Actors = le.Actors
		}
		for _, ls := range le.Sources {
			src := timeline.Source(ls)
			src.Article = ra.ID
			e.Sources = append(e.Sources, src)
		}
		x.Events = append(x.Events, e)
	}
	for _, lm := range rec.Actors {
		m := timeline.Mention(lm)
		if len(m.Forms) == 0 {
			m.Forms = nil
		}
		if len(m.Titles) == 0 {
			m.Titles = nil
		}
		x.Actors = append(x.Actors, m)
	}
	eachString(x, parse.CleanText)
	for i := range x.Events {
		e := &x.Events[i]
		for j := range e.Sources {
			s := &e.Sources[j]
			if s.ExprStart < 0 || s.ExprStart > s.ExprEnd || s.ExprEnd > len(s.Sentence) {
				return nil, fmt.Errorf("event %d: expression offsets %d-%d outside its sentence", i+1, s.ExprStart, s.ExprEnd)
			}
			if s.Sentence == e.Text {
				s.Sentence = e.Text // one copy of the sentence, as extraction makes
			}
		}
	}
	return x, nil
}

// linesInput is a JSON Lines input: a file to open, so that its size is
// not limited by the size limit of articles, only its lines are; or the
// contents of one read as an article.
type linesInput struct {
	path string
	open bool
	data []byte
}

// read reads the extractions of a JSON Lines input, calling emit with
// each in order. It returns how many were read, and the lines skipped
// with their reasons; the other lines are still read.
func (in *linesInput) read(maxLine int64, emit func(*timeline.Extraction)) (int, []parse.Problem) {
	var r io.Reader = bytes.NewReader(in.data)
	if in.open {
		f, err := os.Open(in.path)
		if err != nil {
			return 0, []parse.Problem{{Path: in.path, Err: err}}
		}
		defer f.Close()
		r = f
	}
	n := 0
	errs := ReadLines(r, maxLine, func(x *timeline.Extraction) { n++; emit(x) })
	var skipped []parse.Problem
	for _, err := range errs {
		skipped = append(skipped, parse.Problem{Path: in.path, Err: err})
	}
	if n == 0 && len(errs) == 0 {
		skipped = append(skipped, parse.Problem{Path: in.path, Err: fmt.Errorf("no extraction records (%w)", parse.ErrEmpty)})
	}
	return n, skipped
}

// renameArticle gives an extraction's article a new ID, in its sources
// too.
func renameArticle(x *timeline.Extraction, id string) {
	old := x.Article.ID
	x.Article.ID = id
	for i := range x.Events {
		for j := range x.Events[i].Sources {
			if s := &x.Events[i].Sources[j]; s.Article == old {
				s.Article = id
			}
		}
	}
}

// eachString replaces every non-empty string of an extraction s by f(s).
// It walks the extraction by reflection, so that fields added to it
// later are not forgotten.
func eachString(x *timeline.Extraction, f func(string) string) {
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			if s := v.String(); s != "" && v.CanSet() {
				v.SetString(f(s))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		}
	}
	walk(reflect.ValueOf(x).Elem())
}
