package parse

// fiscalYear is a year, maybe named as a company's fiscal year ("fiscal
// 2027", "FY27", "fiscal year 2027"): a quarter or half of it takes its
// number, as the company counts.
const fiscalYear = "( fiscal | fy )? year? YEAR"

// periodRules find the quarters, halves and reporting periods of business
// news.
var periodRules = []rule{
	{name: "ordinal-quarter", typ: Date, kind: kQuarter, pattern: "the? ( fiscal +-? )? ORD|last +-? quarter|half ( of " + fiscalYear + " | ,? YEAR | of the current? year | of this|DIR year )?"},
	{name: "year-ordinal-quarter", typ: Date, kind: kQuarter, pattern: "the? " + fiscalYear + " ORD +-? quarter|half"},
	{name: "dir-year-ordinal-quarter", typ: Date, kind: kQuarter, pattern: "DIR year 's ORD +-? quarter|half"},
	{name: "month-quarter", typ: Date, kind: kMonthQuarter, pattern: "the? MONTH ( YEAR )? quarter"},
	// "the July-September quarter", "the January-March period": a
	// quarter named by its months, as Indian and Japanese results are.
	{name: "months-quarter", typ: Date, kind: kMonthQuarter, pattern: "the MONTH +- +MONTH ( YEAR )? quarter|period"},
	{name: "q-number", typ: Date, kind: kQuarter, pattern: "q +NUM ( ,? " + fiscalYear + " | of " + fiscalYear + " )?"},
	{name: "year-q-number", typ: Date, kind: kQuarter, pattern: "fiscal|fy year? YEAR ,? q +NUM"},
	{name: "h-number-year", typ: Date, kind: kQuarter, pattern: "h +NUM ,? " + fiscalYear},
	// "in H2", "H1 revenue": a half without its year only where it can
	// be nothing else ("green H2 production" is hydrogen).
	{name: "h-number", typ: Date, kind: kQuarter, pattern: "<in|for|during|over|into|through|from h +NUM ( ,? " + fiscalYear + " | of " + fiscalYear + " )?"},
	{name: "h-number", typ: Date, kind: kQuarter, pattern: "h +NUM <revenue|revenues|sales|profit|profits|results|earnings|loss|losses|guidance"},
	// "2H 2027", "1H26": the half, number first, as analysts write it.
	{name: "number-h-year", typ: Date, kind: kQuarter, pattern: "NUM +h ,? YEAR"},
	// "3Q24", "4Q 2024": the quarter, number first.
	{name: "number-q-year", typ: Date, kind: kQuarter, pattern: "NUM +q ,? YEAR"},
	{name: "the-quarter", typ: Date, kind: kPeriod, pattern: "the ( latest | current | recent | same | most recent )? quarter|period"},
	{name: "the-year-period", typ: Date, kind: kPeriod, dir: -1, pattern: "the YEAR quarter|period"},
	{name: "year-ago-period", typ: Date, kind: kPeriod, dir: -1, pattern: "the? year +-? ago|earlier ( quarter | period | ORD +-? quarter )?"},
	{name: "quarter-year-ago", typ: Date, kind: kPeriod, dir: -1, pattern: "the same? quarter|period ( a year ago|earlier | of? last year | of? the previous|prior year | in|of YEAR )"},
	{name: "same-unit-year-ago", typ: Date, kind: kSameUnit, dir: -1, pattern: "the same day|week|month ( a year ago|earlier | of? last year | of? the previous|prior year | in|of YEAR )"},
	{name: "the-year", typ: Date, kind: kShift, unit: uYear, pattern: "the ( current | full )? year"},
	// "By the end of the decade": the decade alone is too often a span
	// of ten years ("over the decade") to be dated without such a phrase.
	{name: "part-of-the-decade", typ: Date, kind: kShift, unit: uDecade, pattern: "the end|beginning|start|middle of the decade"},
	{name: "part-of-the-century", typ: Date, kind: kShift, unit: uCentury, pattern: "the end|beginning|start|middle of the century"},
	{name: "mid-decade", typ: Date, kind: kShift, unit: uDecade, pattern: "mid +-? decade"},
	{name: "mid-century", typ: Date, kind: kShift, unit: uCentury, pattern: "mid +-? century"},
	{name: "the-year-number", typ: Date, kind: kDate, pattern: "the year YEAR"},
	{name: "the-year-other-number", kind: kReject, pattern: "the year NUM"},
	{name: "the-fiscal-year", typ: Duration, kind: kDuration, pattern: "the fiscal year"},
	{name: "the-year-ended", typ: Duration, kind: kDuration, unit: uYear, pattern: "the fiscal? year <ended|ending"},
	// "the year to January", "the year to March 31": twelve months to a
	// date, as British statistics are reported.
	{name: "the-year-to", typ: Duration, kind: kDuration, unit: uYear, openContext: true, pattern: "the year <to|through <MONTH"},
	{name: "the-year-to", typ: Duration, kind: kDuration, unit: uYear, openContext: true, pattern: "the year <to|through <the <MONTH <quarter"},
	{name: "a-year-earlier-adjective", typ: Date, kind: kPeriod, dir: -1, pattern: "<a year +- +ago|earlier"},
	{name: "the-current-fiscal-year", typ: Date, kind: kShift, unit: uYear, pattern: "the current|latest fiscal year"},
}
