// Package corpus loads a corpus of articles into a timeline: it walks the
// paths given, reads, parses and extracts the articles in parallel on all
// cores, and merges the extractions in input order, so the timeline is
// the same whatever the scheduling. It also reads and writes extractions
// as JSON Lines, so that extraction can run as a separate map step.
package corpus

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sync/atomic"

	"dateline/parse"
	"dateline/timeline"
)

// Options control loading.
type Options struct {
	// MaxSize is the largest input file read, in bytes; 0 means no limit.
	MaxSize int64
	// Workers is the number of inputs read and extracted at once; 0 means
	// one per CPU (GOMAXPROCS) and one more.
	Workers int
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Progress, if not nil, is updated as inputs are read, for a progress
	// display to poll.
	Progress *Progress
	// Prepare, if not nil, is a step over the whole corpus between reading
	// the articles and extracting them, such as dating articles by others
	// (parse.Complete): it gets every article read from files, in input
	// order, and the articles are all in memory at once. Without it, each
	// article is extracted as soon as it is read and dropped but for the
	// sentences of its events, so that the corpus is never in memory
	// whole.
	Prepare func(arts []*parse.Article)
}

// Progress counts inputs as they are loaded. Its fields may be read while
// loading goes on.
type Progress struct {
	Total    atomic.Int64 // inputs to read, known once the paths are walked
	Read     atomic.Int64 // inputs read or skipped
	Done     atomic.Int64 // inputs extracted or skipped
	Articles atomic.Int64 // articles extracted, JSON Lines records included
}

// Report says what loading did: how many articles were read and which
// inputs were skipped, or read with a remark, and why.
type Report struct {
	Articles int
	Events   int
	Skipped  []parse.Problem
	Notes    []parse.Problem
}

func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	// One more worker than CPUs: a worker waiting for a file, or for the
	// caller to take its result in order, leaves its CPU to the spare
	// one. On 2 CPUs, 10,000 articles load about a tenth faster.
	return runtime.GOMAXPROCS(0) + 1
}

// result is what reading one input gave: its article (until it is
// extracted) and then its extraction, or a JSON Lines file of
// extractions, or why it was skipped.
type result struct {
	article *parse.Article
	xs      []*timeline.Extraction
	// lines is a JSON Lines file, read as its extractions are emitted
	// rather than held whole.
	lines   *linesInput
	origin  string // the JSON Lines file the extractions come from, "" for an article
	skipped []parse.Problem
	notes   []parse.Problem
}

// Load reads the articles named by paths (see parse.Walk) and builds their
// timeline. Inputs that cannot be read are listed in the report; the
// others still load.
func Load(paths []string, opt Options) (*timeline.Timeline, Report) {
	inputs, probs := parse.Walk(paths)
	tl, rep := LoadInputs(inputs, opt)
	rep.Skipped = append(probs, rep.Skipped...)
	return tl, rep
}

// LoadInputs builds the timeline of inputs listed by parse.Walk: Extract,
// each extraction merged by a timeline.Merger as it comes.
func LoadInputs(inputs []parse.Input, opt Options) (*timeline.Timeline, Report) {
	var m timeline.Merger
	ids := recordIDs{}
	rep := Extract(inputs, opt, func(x *timeline.Extraction, origin string) {
		ids.unique(x, origin)
		m.Add(x)
	})
	// Merging reads the corpus's reports, numbers without pointers, and
	// makes the timeline: collecting more often keeps the heap from
	// reaching twice the timeline's size, at little cost as what is live
	// is mostly that memory.
	restore := collectMoreOften(4)
	tl := m.Timeline()
	restore()
	rep.Events = len(tl.Events)
	return tl, rep
}

// collectMoreOften divides the garbage collector's percentage by n,
// until restore sets it back. Collection that is off stays off.
func collectMoreOften(n int) (restore func()) {
	percent := debug.SetGCPercent(-1)
	if percent < 0 {
		debug.SetGCPercent(percent)
		return func() {}
	}
	debug.SetGCPercent(max(percent/n, 1))
	return func() { debug.SetGCPercent(percent) }
}

// readThenExtract reads every input, runs opt.Prepare over the articles,
// then extracts them, calling emit in input order.
func readThenExtract(inputs []parse.Input, opt Options, emit func(x *timeline.Extraction, origin string)) Report {
	opt.Progress.start(len(inputs))
	results := make([]result, len(inputs))
	var arts []*parse.Article
	inOrder(len(inputs), opt.workers(), func(i int) result {
		r := readInput(inputs[i], opt)
		opt.Progress.read()
		if r.article == nil && r.lines == nil {
			opt.Progress.finished(r)
		}
		return r
	}, func(i int, r result) {
		results[i] = r
		if r.article != nil {
			arts = append(arts, r.article)
		}
	})
	// Prepare's indexes of the whole corpus are memory without pointers,
	// as are the texts, and made in few large allocations: collecting
	// more often while it runs costs little and keeps its indexes from
	// doubling the heap's growth. Once they are gone, their memory goes
	// back to the system before extraction, the texts then being most of
	// what is live.
	restore := collectMoreOften(10)
	opt.Prepare(arts)
	arts = nil
	restore()
	debug.FreeOSMemory()
	var rep Report
	inOrder(len(results), opt.workers(), func(i int) result {
		r := results[i]
		results[i].article = nil // its text can go once extracted
		if r.article != nil {
			r = r.extracted()
			opt.Progress.finished(r)
		}
		return r
	}, rep.emitting(opt, emit))
	return rep
}

// Extract reads and extracts inputs in parallel and calls emit with each
// extraction, in input order, from the calling goroutine. origin is the
// JSON Lines file an extraction was read from, "" for an article. With
// opt.Prepare, every input is read before any is extracted; without it,
// at most a few inputs per worker are held at once beyond what emit
// keeps. The strings of an extraction are parts of its article's text:
// one kept whole keeps the text, where a timeline.Merger keeps copies of
// the parts.
func Extract(inputs []parse.Input, opt Options, emit func(x *timeline.Extraction, origin string)) Report {
	if opt.Prepare != nil {
		return readThenExtract(inputs, opt, emit)
	}
	opt.Progress.start(len(inputs))
	var rep Report
	inOrder(len(inputs), opt.workers(), func(i int) result {
		r := readInput(inputs[i], opt)
		opt.Progress.read()
		if r.lines == nil {
			r = r.extracted()
			opt.Progress.finished(r)
		}
		return r
	}, rep.emitting(opt, emit))
	return rep
}

// extracted is r with its article, if any, extracted by timeline.Extract
// and dropped: the extraction keeps of its text the parts it needs.
func (r result) extracted() result {
	if r.article != nil {
		x := timeline.Extract(r.article)
		r.xs, r.article = []*timeline.Extraction{x}, nil
	}
	return r
}

// emitting returns the function that passes the extractions of each
// result to emit, reading those of a JSON Lines file as it goes, and adds
// the result to rep.
func (rep *Report) emitting(opt Options, emit func(x *timeline.Extraction, origin string)) func(int, result) {
	return func(_ int, r result) {
		for _, x := range r.xs {
			emit(x, r.origin)
		}
		if r.lines != nil {
			n, skipped := r.lines.read(opt.MaxSize, func(x *timeline.Extraction) { emit(x, r.origin) })
			r.skipped = append(r.skipped, skipped...)
			rep.Articles += n
			opt.Progress.finishedLines(n)
		}
		rep.add(r)
	}
}

func (rep *Report) add(r result) {
	rep.Articles += len(r.xs)
	rep.Skipped = append(rep.Skipped, r.skipped...)
	rep.Notes = append(rep.Notes, r.notes...)
}

func (p *Progress) start(total int) {
	if p != nil {
		p.Total.Store(int64(total))
	}
}

func (p *Progress) read() {
	if p != nil {
		p.Read.Add(1)
	}
}

// finished counts an input done, with its articles.
func (p *Progress) finished(r result) {
	p.finishedLines(len(r.xs))
}

// finishedLines counts an input done with n articles.
func (p *Progress) finishedLines(n int) {
	if p != nil {
		p.Articles.Add(int64(n))
		p.Done.Add(1)
	}
}

// readInput reads one input: an article file, or a JSON Lines file of
// extractions.
func readInput(in parse.Input, opt Options) result {
	if parse.IsLinesFile(in.Path) && in.Path != parse.StdinPath {
		return result{origin: in.Path, lines: &linesInput{path: in.Path, open: true}}
	}
	data, err := parse.ReadInput(in, opt.Stdin, opt.MaxSize)
	if err != nil {
		return result{skipped: []parse.Problem{{Path: in.Path, Err: err}}}
	}
	if LooksLikeLines(data) {
		return result{origin: in.Path, lines: &linesInput{path: in.Path, data: data}}
	}
	a, notes, err := parse.DecodeArticle(in, data)
	if err != nil {
		return result{skipped: []parse.Problem{{Path: in.Path, Err: err}}}
	}
	return result{article: a, notes: notes}
}

// recordIDs are the article IDs of a corpus so far, for making those of
// JSON Lines records unique.
type recordIDs map[string]bool

// unique renames the article of x, read from the JSON Lines file origin,
// when an earlier article already has its ID: "ID" read from
// "shard2.jsonl" becomes "shard2/ID", or "shard2/ID-2" if that is taken
// too. Article files already have unique IDs.
func (seen recordIDs) unique(x *timeline.Extraction, origin string) {
	id := x.Article.ID
	if seen[id] && origin != "" {
		base := parse.FileID(origin) + "/" + id
		id = base
		for n := 2; seen[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		renameArticle(x, id)
	}
	seen[id] = true
}
