package timeline

import (
	"strings"
	"testing"
)

// actorCase is a small corpus, the event to look at (by a word of its
// sentence) and the actors it should have, each as name/kind.
type actorCase struct {
	name     string
	articles []string
	sentence string
	want     string
}

func (c actorCase) check(t *testing.T) {
	t.Helper()
	var texts []string
	for _, a := range c.articles {
		texts = append(texts, "Date: 2025-03-12\n\n"+a)
	}
	tl := build(t, texts...)
	var got []string
	for _, n := range strings.Split(actorsOf(t, tl, c.sentence), ", ") {
		if a := findActor(tl, n); a != nil {
			got = append(got, a.Name+"/"+a.Kind)
		}
	}
	if g := strings.Join(got, ", "); g != c.want {
		t.Errorf("%s: actors %q, want %q", c.name, g, c.want)
	}
}

func TestFirmNames(t *testing.T) {
	for _, c := range []actorCase{
		{"a legal suffix takes the words before it", []string{"Texas Eastern Corp. sold the unit on Tuesday."}, "sold", "Texas Eastern Corp/organisation"},
		{"in capitals", []string{"AEP INDUSTRIES Inc. directors met on Tuesday."}, "met", "AEP INDUSTRIES Inc/organisation"},
		{"a demonym in the name", []string{"American Express Co. raised its dividend on Tuesday."}, "raised", "American Express Co/organisation"},
		{"a possessive before the suffix", []string{"Shoney's Inc. took a charge on Tuesday."}, "charge", "Shoney's Inc/organisation"},
		{"of after an organisation word", []string{"Bank of America Corp. cut rates on Tuesday."}, "rates", "Bank of America Corp/organisation"},
		{"an organisation word ends the name", []string{"The Paris Stock Exchange suspended trading on Tuesday."}, "suspended", "Paris Stock Exchange/organisation"},
		{"and after an organisation word", []string{"The Securities and Exchange Commission sued on Tuesday."}, "sued", "Securities and Exchange Commission/organisation"},
		{"a suffix alone is no actor", []string{"Shares of the Group rose on Tuesday, the Corp. said."}, "rose", ""},
		{"a short name is the firm's", []string{"Unisys Corp. posted a loss. Unisys said on Tuesday that it would cut jobs."}, "cut", "Unisys Corp/organisation"},
		{"a short name is the corpus's firm", []string{"Unisys Corp. posted a loss.", "Unisys said on Tuesday that sales fell."}, "sales", "Unisys Corp/organisation"},
		{"a name starting the firm's", []string{"Crane Co. holds a stake in Milton Roy Corp., it said.\n\nMilton Roy rejected the offer on Tuesday."}, "rejected", "Milton Roy Corp/organisation"},
		{"shares say firm", []string{"Intel shares fell on Tuesday."}, "fell", "Intel/organisation"},
		{"said it says firm", []string{"Dow Jones said on Tuesday it would buy the rest."}, "buy", "Dow Jones/organisation"},
		{"an appositive says firm", []string{"On Tuesday, Nashua, a maker of office supplies, cut prices."}, "cut", "Nashua/organisation"},
		{"an adverb opening the sentence is no firm", []string{"Thereafter, the company cut prices on Tuesday."}, "cut", ""},
		{"two firms joined by and", []string{"Kingsbridge Capital Group and Cara Operations Ltd. bid on Tuesday."}, "bid", "Kingsbridge Capital Group/organisation, Cara Operations Ltd/organisation"},
		{"a vehicle is no person", []string{"The Space Shuttle Columbia landed on Tuesday."}, "landed", ""},
	} {
		c.check(t)
	}
}

func TestKindsNeedEvidence(t *testing.T) {
	for _, c := range []actorCase{
		{"a lone word acting, nothing more", []string{"Provigo said on Tuesday that sales rose."}, "sales", "Provigo/unknown"},
		{"said he", []string{"Provost said on Tuesday he would resign."}, "resign", "Provost/person"},
		{"a pronoun referring back", []string{"Smithers said talks were over. He left on Tuesday."}, "left", "Smithers/person"},
		{"an age", []string{"Ruttle, 52, resigned on Tuesday."}, "resigned", "Ruttle/person"},
		{"a title", []string{"Gov. Hickel spoke on Tuesday."}, "spoke", "Gov. Hickel/person"},
		{"a given name", []string{"Milton Ruttle arrived on Tuesday."}, "arrived", "Milton Ruttle/person"},
		{"a middle initial", []string{"Zog K. Ruttle arrived on Tuesday."}, "arrived", "Zog K. Ruttle/person"},
		{"two unknown words", []string{"Acme Widget gained ground on Tuesday."}, "gained", "Acme Widget/unknown"},
		{"the firm's words outweigh a given name", []string{"Milton Widget said on Tuesday it would cut jobs, and Milton Widget shares fell."}, "jobs", "Milton Widget/organisation"},
		{"one article's evidence decides for the corpus", []string{"Provigo said on Tuesday that sales rose.", "Provigo shares fell on Monday."}, "sales", "Provigo/organisation"},
	} {
		c.check(t)
	}
}

func TestSurnamesFold(t *testing.T) {
	for _, c := range []actorCase{
		{"the one full name of the article", []string{"Gov. Jeb Bush spoke. Bush left on Tuesday."}, "left", "Jeb Bush/person"},
		{"another office is someone else", []string{"Gov. Jeb Bush spoke. President Bush left on Tuesday."}, "left", "President Bush/person"},
		{"a king is no president", []string{"President Saddam Hussein spoke. King Hussein left on Tuesday."}, "left", "King Hussein/person"},
		{"a surname goes to the one whose office fits", []string{"President Saddam Hussein spoke. King Hussein wrote. Hussein left on Tuesday."}, "left", "Saddam Hussein/person"},
		{"a king's name is his given name", []string{"King Hussein bin Talal spoke. King Hussein left on Tuesday."}, "left", "Hussein bin Talal/person"},
		{"people of one surname", []string{"Jeb Bush spoke. George Bush spoke too. Bush left on Tuesday."}, "left", "Bush/person"},
		{"the corpus when the article has no full name", []string{"President Bill Clinton spoke on Monday.", "President Clinton left on Tuesday."}, "left", "Bill Clinton/person"},
		{"the corpus holds several", []string{"Jeb Bush spoke on Monday. George Bush spoke too.", "Bush said on Tuesday he was pleased."}, "pleased", "Bush/person"},
		{"the one who holds the office", []string{"Gov. Jeb Bush and President George Bush spoke on Monday.", "President Bush left on Tuesday."}, "left", "George Bush/person"},
		{"a fuller form across articles", []string{"James Charles Kopp was charged on Monday.", "James Kopp fled on Tuesday."}, "fled", "James Charles Kopp/person"},
		{"different first names never fold", []string{"Jeb Bush spoke on Monday.", "George Bush said on Tuesday he would run."}, "run", "George Bush/person"},
	} {
		c.check(t)
	}
	tl := build(t, "Date: 2025-03-12\n\nJeb Bush spoke on Monday.", "Date: 2025-03-12\n\nGeorge Bush said on Tuesday he would run.")
	if a := findActor(tl, "Jeb Bush"); a == nil || len(a.Aliases) != 0 {
		t.Errorf("Jeb Bush: %+v", a)
	}
}

func TestNoFalseActors(t *testing.T) {
	for _, c := range []actorCase{
		{"a number word", []string{"Seventy-five people were hurt on Tuesday."}, "hurt", ""},
		{"a sentence adverb", []string{"Actually, the talks ended on Tuesday."}, "talks", ""},
		{"month abbreviations and openers", []string{"Since Oct. 1, prices have risen, and on Nov. 30 they fell."}, "prices", ""},
		{"a plural noun opening the sentence", []string{"Analysts said on Tuesday that prices would rise. Most analysts agree."}, "prices", ""},
		{"a compound adjective", []string{"The New York-based Acme Widget said on Tuesday it would cut jobs."}, "jobs", "Acme Widget/organisation"},
	} {
		c.check(t)
	}
	// Nor among the article's mentions, dated or not.
	x := Extract(article(t, "a", "Date: 2025-03-12\n\nSeventy-five people were hurt. Actually, Nov. 3 is far. Since Oct. 1, prices rose. Analysts worry. Most analysts agree. Corp. and Inc. filed."))
	for _, m := range x.Actors {
		t.Errorf("mention %+v", m)
	}
}
