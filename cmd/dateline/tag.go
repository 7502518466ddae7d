package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"dateline/parse"
)

const tagUsage = `Usage:
  dateline tag [--dct YYYY-MM-DD] [--json] [FILE]
  dateline tag --jsonl < docs.jsonl > timexes.jsonl

Finds the time expressions of one text (FILE, or standard input) and
resolves them against the document creation date given by --dct (the
publish date; without it, relative expressions stay unresolved). Prints a
table, or JSON with --json.

With --jsonl, reads JSON Lines {"id","dct","text"} on standard input and
writes one line {"id","timexes":[{"start","end","text","type","value","mod"}]}
per document, offsets in bytes.
`

// tagTimex is the JSON form of one time expression.
type tagTimex struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Text        string `json:"text"`
	Type        string `json:"type"`
	Value       string `json:"value"`
	Mod         string `json:"mod,omitempty"`
	Rule        string `json:"rule,omitempty"`
	Explanation string `json:"explanation,omitempty"`
}

func toTagTimexes(txs []parse.Timex, verbose bool) []tagTimex {
	out := make([]tagTimex, 0, len(txs))
	for _, t := range txs {
		j := tagTimex{Start: t.Start, End: t.End, Text: t.Text, Type: string(t.Type), Value: t.Value, Mod: t.Mod}
		if verbose {
			j.Rule, j.Explanation = t.Rule, t.Explanation
		}
		out = append(out, j)
	}
	return out
}

// runTag is the "tag" subcommand.
func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dateline tag", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dct := fs.String("dct", "", "")
	asJSON := fs.Bool("json", false, "")
	jsonl := fs.Bool("jsonl", false, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, tagUsage)
			return exitOK
		}
		fmt.Fprintf(stderr, "dateline tag: %v\n%s", err, tagUsage)
		return exitUsage
	}
	if *jsonl {
		if fs.NArg() > 0 || *dct != "" || *asJSON {
			fmt.Fprintf(stderr, "dateline tag: --jsonl reads standard input and takes no FILE, --dct or --json\n")
			return exitUsage
		}
		return tagJSONL(stdin, stdout, stderr)
	}
	var ref time.Time
	if *dct != "" {
		var err error
		if ref, err = time.Parse("2006-01-02", *dct); err != nil {
			fmt.Fprintf(stderr, "dateline tag: --dct %q: want a date as YYYY-MM-DD\n", *dct)
			return exitUsage
		}
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "dateline tag: one FILE at most\n")
		return exitUsage
	}
	var data []byte
	var err error
	if fs.NArg() == 1 && fs.Arg(0) != parse.StdinPath {
		data, err = os.ReadFile(fs.Arg(0))
	} else {
		data, err = io.ReadAll(stdin)
	}
	if err != nil {
		fmt.Fprintf(stderr, "dateline tag: %v\n", err)
		return exitNoInput
	}
	text, err := parse.DecodeText(data)
	if err != nil {
		fmt.Fprintf(stderr, "dateline tag: %v\n", err)
		return exitNoInput
	}
	txs := parse.Tag(text, ref)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(toTagTimexes(txs, true)); err != nil {
			fmt.Fprintf(stderr, "dateline tag: %v\n", err)
			return exitNoInput
		}
		return exitOK
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "OFFSETS\tTYPE\tVALUE\tMOD\tTEXT\tRULE")
	for _, t := range txs {
		v := t.Value
		if v == "" {
			v = "-"
		}
		fmt.Fprintf(tw, "%d-%d\t%s\t%s\t%s\t%s\t%s\n", t.Start, t.End, t.Type, v, t.Mod, t.Text, t.Rule)
	}
	if err := tw.Flush(); err != nil {
		return exitNoInput
	}
	return exitOK
}

// tagJSONL tags a stream of JSON Lines documents.
func tagJSONL(stdin io.Reader, stdout, stderr io.Writer) int {
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var doc struct {
			ID   string `json:"id"`
			DCT  string `json:"dct"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			fmt.Fprintf(stderr, "dateline tag: line %d: %v\n", line, err)
			return exitNoInput
		}
		var ref time.Time
		if doc.DCT != "" {
			var err error
			if ref, err = time.Parse("2006-01-02", doc.DCT); err != nil {
				fmt.Fprintf(stderr, "dateline tag: line %d: dct %q: want YYYY-MM-DD\n", line, doc.DCT)
				return exitNoInput
			}
		}
		out := struct {
			ID      string     `json:"id"`
			Timexes []tagTimex `json:"timexes"`
		}{doc.ID, toTagTimexes(parse.Tag(doc.Text, ref), false)}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "dateline tag: %v\n", err)
			return exitNoInput
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(stderr, "dateline tag: %v\n", err)
		return exitNoInput
	}
	return exitOK
}
