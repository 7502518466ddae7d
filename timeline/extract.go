package timeline

import (
	"strings"

	"dateline/parse"
)

// Extraction is what one article contributes to a timeline, before it is
// merged with the rest of the corpus. Extractions do not depend on each
// other, so a corpus can be extracted in parallel, or elsewhere, and
// merged afterwards; every field is plain data, ready for JSON.
type Extraction struct {
	Article Article
	// Events are the article's events in text order, then its report.
	// Their Actors are names of Actors below.
	Events []Event
	// Actors are the actors the article names, as far as the article
	// alone tells: Merge folds them across the corpus.
	Actors []Mention
}

// Extract finds the events one article reports: one for each date or time
// expression that resolves to a calendar period, dated by the tagger
// against the article's publish date and anchored in its sentence (a
// quotation spread over several sentences kept whole), with the actors of
// that sentence; and one report event on the publish date, the headline as
// text. Other time expressions are kept in Article.Undated.
func Extract(a *parse.Article) *Extraction {
	x := &Extraction{Article: Article{
		ID: a.ID, Title: a.Title, Source: a.Source,
		Published: a.Published, PublishedReason: a.PublishedReason, PublishedInferred: a.PublishedInferred,
	}}
	txs, sents := parse.TagSentences(a.Text, a.Published)
	passages := quotePassages(a.Text, sents)
	actors := newArticleActors(a.Text, passages)

	dated := make([]parse.Timex, 0, len(txs))
	for _, tx := range txs {
		if _, _, ok := parse.Interval(tx.Value); ok && (tx.Type == parse.Date || tx.Type == parse.Time) {
			dated = append(dated, tx)
			continue
		}
		x.Article.Undated = append(x.Article.Undated, Expression{
			Text: tx.Text, Type: string(tx.Type), Value: tx.Value, Explanation: tx.Explanation, Offset: tx.Start,
		})
	}
	x.Events = make([]Event, 0, len(dated)+1) // the report too: kept for the corpus, the slice is sized exactly
	pi := 0
	for _, tx := range dated {
		first, last, _ := parse.Interval(tx.Value)
		for pi < len(passages) && passages[pi].End <= tx.Start {
			pi++
		}
		s := parse.Span{Start: tx.Start, End: tx.End}
		if pi < len(passages) && passages[pi].Start <= tx.Start {
			s = passages[pi]
		}
		actorsAt := s.Start
		s = clip(a.Text, s, tx.Start, tx.End)
		sentence := a.Text[s.Start:s.End]
		x.Events = append(x.Events, Event{
			Kind: KindEvent, Date: tx.Value, Start: first, End: last,
			Text:   sentence,
			Actors: actors.at(actorsAt),
			Sources: []Source{{
				Article: a.ID, Sentence: sentence, Expression: tx.Text, Date: tx.Value,
				ExprStart: tx.Start - s.Start, ExprEnd: tx.End - s.Start, Offset: s.Start,
				Explanation: tx.Explanation,
			}},
		})
	}
	if e, ok := reportEvent(a, passages, actors); ok {
		x.Events = append(x.Events, e)
	}
	x.Actors = actors.mentions()
	return x
}

// maxPassage is the longest text, in bytes, an event keeps of its
// sentence. Real sentences, and quotations kept whole, are shorter; text
// without sentence ends (lists, tables, a run of dates) is not, and each of
// its dates would otherwise carry all of it.
const maxPassage = 2000

// clip narrows passage s of text to at most maxPassage bytes around the
// expression at [start, end), cutting at spaces.
func clip(text string, s parse.Span, start, end int) parse.Span {
	if s.End-s.Start <= maxPassage {
		return s
	}
	margin := max(0, maxPassage-(end-start)) / 2
	from, to := start-margin, end+margin
	if from < s.Start {
		from, to = s.Start, to+s.Start-from
	}
	if to > s.End {
		from, to = max(s.Start, from-(to-s.End)), s.End
	}
	if i := strings.IndexByte(text[from:start], ' '); from > s.Start && i >= 0 {
		from += i + 1
	}
	if i := strings.LastIndexByte(text[end:to], ' '); to < s.End && i >= 0 {
		to = end + i
	}
	return parse.Span{Start: from, End: to}
}

// reportEvent is the publication of the article, on its publish date,
// with its headline as text (or, without one, its first sentence that is
// not a photo caption).
func reportEvent(a *parse.Article, passages []parse.Span, actors *articleActors) (Event, bool) {
	if a.Published.IsZero() {
		return Event{}, false
	}
	text := a.Title
	var names []string
	if text != "" {
		names = actors.headline(text)
	} else {
		for _, p := range passages {
			if !inCaption(a.Captions, p.Start) && len(strings.Fields(a.Text[p.Start:p.End])) >= 5 {
				q := clip(a.Text, p, p.Start, p.Start)
				text, names = a.Text[q.Start:q.End], actors.at(p.Start)
				break
			}
		}
	}
	if text == "" {
		return Event{}, false
	}
	day := a.Published.Format(isoDay)
	return Event{
		Kind: KindReport, Date: day, Start: a.Published, End: a.Published, Text: text, Actors: names,
		Sources: []Source{{
			Article: a.ID, Sentence: text, Date: day, Offset: len(a.Text),
			Explanation: "published " + day + ": " + a.PublishedReason,
		}},
	}, true
}

func inCaption(caps []parse.Span, pos int) bool {
	for _, c := range caps {
		if c.Start <= pos && pos < c.End {
			return true
		}
	}
	return false
}

// quotePassages joins the sentences of a quotation that runs over several
// of them into one passage, so that an event dated in the attribution
// ("…,” he said in December.") keeps the words said. A quotation is
// joined only within a paragraph and when it closes within four
// sentences.
func quotePassages(text string, sents []parse.Span) []parse.Span {
	var out []parse.Span
	for i := 0; i < len(sents); i++ {
		s := sents[i]
		if quoteOpen(text[s.Start:s.End]) {
			for j := i + 1; j < len(sents) && j <= i+3; j++ {
				if strings.Contains(text[sents[j-1].End:sents[j].Start], "\n") {
					break
				}
				if !quoteOpen(text[s.Start:sents[j].End]) {
					s.End = sents[j].End
					i = j
					break
				}
			}
		}
		out = append(out, s)
	}
	return out
}

// quoteOpen reports whether a text leaves a quotation open: more “ than ”,
// or an odd number of straight double quotes.
func quoteOpen(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”") || strings.Count(s, "\"")%2 == 1
}
