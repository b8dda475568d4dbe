package timex

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"sitrep/internal/doc"
)

// A is the anchor of most cases: Friday 22 November 2024, in ISO week
// 2024-W47 (Monday 18 – Sunday 24 November).
const A = "2024-11-22"

// tc is one case: a text with the expected expression in [brackets] (the
// whole text when there are none), the publication day ("" for none), and
// what the expression must resolve to. An empty typ is not checked; empty
// lo and hi mean no range.
type tc struct {
	text, anchor, typ, value, lo, hi string
}

// cases are written by hand: the values were worked out on a calendar,
// not copied from the tagger's output.
var cases = []tc{
	// absolute dates in the usual news formats
	{"They met on [Nov 19].", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[Nov. 19, 2024]", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[November 22th, 2024]", A, "DATE", "2024-11-22", "2024-11-22", "2024-11-22"},
	{"[November 21st, 2024]", A, "DATE", "2024-11-21", "2024-11-21", "2024-11-21"},
	{"[19 November 2024]", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[22nd November 2024]", A, "DATE", "2024-11-22", "2024-11-22", "2024-11-22"},
	{"[2024-11-19]", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[19/11/2024]", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[11/19/2024]", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[19.11.2024]", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[2024/11/19]", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[05/06/2024]", A, "DATE", "2024", "2024-01-01", "2024-12-31"},
	{"[07/07/2024]", A, "DATE", "2024-07-07", "2024-07-07", "2024-07-07"},
	{"Talks began on 19/11/2024 after the truce of [05/06/2024].", A, "DATE", "2024-06-05", "2024-06-05", "2024-06-05"},
	{"Talks began on 11/19/2024 after the truce of [05/06/2024].", A, "DATE", "2024-05-06", "2024-05-06", "2024-05-06"},
	{"On 19/11/2024 and 11/20/2024 they met; on [05/06/2024] too.", A, "DATE", "2024", "2024-01-01", "2024-12-31"},
	{"[01/04/2011]: On Tuesday, gunmen attacked a bus.", A, "DATE", "2011-01-04", "2011-01-04", "2011-01-04"},
	{"[04/01/2011]: On Tuesday, gunmen attacked a bus.", A, "DATE", "2011-01-04", "2011-01-04", "2011-01-04"},
	{"On [Monday night around 2230], a bomb exploded.", A, "TIME", "2024-11-18T22:30", "2024-11-18", "2024-11-18"},
	{"The attack began at [0945].", A, "TIME", "2024-11-22T09:45", "2024-11-22", "2024-11-22"},
	{"On [Thursday evening at 1930], gunmen opened fire.", A, "TIME", "2024-11-21T19:30", "2024-11-21", "2024-11-21"},
	{"The fort was built around [1445].", A, "DATE", "1445", "1445-01-01", "1445-12-31"},
	{"at [1400 hours]", A, "TIME", "2024-11-22T14:00", "2024-11-22", "2024-11-22"},
	{"[Jan. 25, 2013]", A, "DATE", "2013-01-25", "2013-01-25", "2013-01-25"},
	{"[Sept 11, 2001]", A, "DATE", "2001-09-11", "2001-09-11", "2001-09-11"},
	{"[1 January 2025]", A, "DATE", "2025-01-01", "2025-01-01", "2025-01-01"},
	{"[29 February 2024]", A, "DATE", "2024-02-29", "2024-02-29", "2024-02-29"},
	{"the meeting on [the 19th of November]", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"He was arrested on [March 3rd].", A, "DATE", "2024-03-03", "2024-03-03", "2024-03-03"},
	{"The summit is set for [Dec 25].", A, "DATE", "2024-12-25", "2024-12-25", "2024-12-25"},
	{"The vote is scheduled for [Jan 3].", A, "DATE", "2025-01-03", "2025-01-03", "2025-01-03"},
	{"They met on [Nov 19].", "2025-01-10", "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[Thursday, Nov. 21, 2024]", A, "DATE", "2024-11-21", "2024-11-21", "2024-11-21"},
	{"[Thursday, 21 November]", A, "DATE", "2024-11-21", "2024-11-21", "2024-11-21"},
	{"The ceasefire began on [the 19th].", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"The envoys will return on [the 25th].", A, "DATE", "2024-11-25", "2024-11-25", "2024-11-25"},
	{"Troops withdrew on [the 25th].", A, "DATE", "2024-10-25", "2024-10-25", "2024-10-25"},
	{"[December 2023]", A, "DATE", "2023-12", "2023-12-01", "2023-12-31"},
	{"[February 2024]", A, "DATE", "2024-02", "2024-02-01", "2024-02-29"},
	{"[February 2023]", A, "DATE", "2023-02", "2023-02-01", "2023-02-28"},
	{"[November of 2019]", A, "DATE", "2019-11", "2019-11-01", "2019-11-30"},
	{"[June, 2020]", A, "DATE", "2020-06", "2020-06-01", "2020-06-30"},
	{"It rained in [2019].", A, "DATE", "2019", "2019-01-01", "2019-12-31"},
	{"the war that began in [1979]", A, "DATE", "1979", "1979-01-01", "1979-12-31"},
	{"the [2024] election", A, "DATE", "2024", "2024-01-01", "2024-12-31"},
	{"[fiscal 2024]", A, "DATE", "2024", "2024-01-01", "2024-12-31"},
	{"the [1995] bombing", A, "DATE", "1995", "1995-01-01", "1995-12-31"},
	{"Officials said [2020] had been the wettest year.", A, "DATE", "2020", "2020-01-01", "2020-12-31"},
	{"by [the year 2000]", A, "DATE", "2000", "2000-01-01", "2000-12-31"},
	{"by [the year two thousand]", A, "DATE", "2000", "2000-01-01", "2000-12-31"},
	{"in [nineteen ninety-six]", A, "DATE", "1996", "1996-01-01", "1996-12-31"},
	{"[the 1990s]", A, "DATE", "199", "1990-01-01", "1999-12-31"},
	{"[the '90s]", A, "DATE", "199", "1990-01-01", "1999-12-31"},
	{"[the 2000s]", A, "DATE", "200", "2000-01-01", "2009-12-31"},
	{"[the nineties]", A, "DATE", "199", "1990-01-01", "1999-12-31"},
	{"[the 20th century]", A, "DATE", "19", "1900-01-01", "1999-12-31"},
	{"[the twenty-first century]", A, "DATE", "20", "2000-01-01", "2099-12-31"},
	{"[the early 1980s]", A, "DATE", "198", "1980-01-01", "1983-05-01"},
	{"Rebels held the town until [mid-2019].", A, "DATE", "2019", "2019-05-02", "2019-09-01"},
	{"on [Christmas Day]", A, "DATE", "2024-12-25", "2024-12-25", "2024-12-25"},
	{"on [New Year's Eve]", A, "DATE", "2024-12-31", "2024-12-31", "2024-12-31"},
	{"on [Thanksgiving]", A, "DATE", "2024-11-28", "2024-11-28", "2024-11-28"},
	{"at [Easter]", "2024-03-20", "DATE", "2024-03-31", "2024-03-31", "2024-03-31"},
	{"on [Easter Sunday]", "2025-03-01", "DATE", "2025-04-20", "2025-04-20", "2025-04-20"},
	{"on [Good Friday]", "2019-05-01", "DATE", "2019-04-19", "2019-04-19", "2019-04-19"},
	{"since [Easter]", "2000-01-05", "DATE", "1999-04-04", "1999-04-04", "1999-04-04"},
	{"The pope will speak at [Easter].", "2000-01-05", "DATE", "2000-04-23", "2000-04-23", "2000-04-23"},

	// weekdays: past by default, future with a future cue
	{"Officials met on [Thursday].", A, "DATE", "2024-11-21", "2024-11-21", "2024-11-21"},
	{"The minister said on [Monday] that talks had failed.", A, "DATE", "2024-11-18", "2024-11-18", "2024-11-18"},
	{"The army said [Friday] that two soldiers died.", A, "DATE", "2024-11-22", "2024-11-22", "2024-11-22"},
	{"Police said [Saturday] the roads were closed.", A, "DATE", "2024-11-16", "2024-11-16", "2024-11-16"},
	{"The envoys will meet on [Thursday].", A, "DATE", "2024-11-28", "2024-11-28", "2024-11-28"},
	{"Talks will resume on [Monday].", A, "DATE", "2024-11-25", "2024-11-25", "2024-11-25"},
	{"The delegation is expected to arrive [Sunday].", A, "DATE", "2024-11-24", "2024-11-24", "2024-11-24"},
	{"He said he would travel on [Wednesday].", A, "DATE", "2024-11-27", "2024-11-27", "2024-11-27"},
	{"Voting could begin as soon as [Tuesday].", A, "DATE", "2024-11-26", "2024-11-26", "2024-11-26"},
	{"The court postponed the hearing until [Tuesday].", A, "DATE", "2024-11-26", "2024-11-26", "2024-11-26"},
	{"Until [Tuesday], the army had denied it.", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[Sunday]'s attack killed four.", A, "DATE", "2024-11-17", "2024-11-17", "2024-11-17"},
	{"Parties campaigned ahead of [Sunday]'s vote.", A, "DATE", "2024-11-24", "2024-11-24", "2024-11-24"},
	{"Talks are due to resume ahead of [Monday].", A, "DATE", "2024-11-25", "2024-11-25", "2024-11-25"},
	// a verb right after the day governs it, not a cue in an earlier clause
	{"The government, which will hold elections next year, on [Monday] banned two parties.", A, "DATE", "2024-11-18", "2024-11-18", "2024-11-18"},
	{"The minister, who resigned last month, on [Monday] will address parliament.", A, "DATE", "2024-11-25", "2024-11-25", "2024-11-25"},
	// an irregular past verb before the day governs it, not a plan named after it
	{"Police used tear gas on [Tuesday] to break up a rally against plans to raise fuel prices.", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"The ministers met in Doha on [Wednesday] to discuss plans for a ceasefire.", A, "DATE", "2024-11-20", "2024-11-20", "2024-11-20"},
	{"Thousands fled the town on [Monday] ahead of the planned offensive.", A, "DATE", "2024-11-18", "2024-11-18", "2024-11-18"},
	{"Gunmen attacked a convoy on [Thursday night].", A, "TIME", "2024-11-21TNI", "2024-11-21", "2024-11-21"},
	{"The blast hit the market [Friday morning].", A, "TIME", "2024-11-22TMO", "2024-11-22", "2024-11-22"},
	{"Shelling resumed on [Wednesday evening].", A, "TIME", "2024-11-20TEV", "2024-11-20", "2024-11-20"},
	{"Fighting broke out [Tuesday afternoon].", A, "TIME", "2024-11-19TAF", "2024-11-19", "2024-11-19"},
	{"The vote was held [last Monday].", A, "DATE", "2024-11-18", "2024-11-18", "2024-11-18"},
	{"It happened [last Friday].", A, "DATE", "2024-11-15", "2024-11-15", "2024-11-15"},
	{"They will vote [next Monday].", A, "DATE", "2024-11-25", "2024-11-25", "2024-11-25"},
	{"They will vote [next Friday].", A, "DATE", "2024-11-29", "2024-11-29", "2024-11-29"},
	{"The rally [this Monday] drew thousands.", A, "DATE", "2024-11-18", "2024-11-18", "2024-11-18"},
	{"The police said on [Sunday] that six were held.", "2024-11-25", "DATE", "2024-11-24", "2024-11-24", "2024-11-24"},
	{"Voters will go to the polls on [Sunday].", "2024-11-25", "DATE", "2024-12-01", "2024-12-01", "2024-12-01"},
	{"The ministry said on [Monday] that it was ready.", "2021-01-03", "DATE", "2020-12-28", "2020-12-28", "2020-12-28"},
	{"Protests began on [Wednesday].", "2024-03-01", "DATE", "2024-02-28", "2024-02-28", "2024-02-28"},
	{"Officials met on [Thursday].", "2025-01-01", "DATE", "2024-12-26", "2024-12-26", "2024-12-26"},

	// yesterday, today, tomorrow, parts of days
	{"[yesterday]", A, "DATE", "2024-11-21", "2024-11-21", "2024-11-21"},
	{"[today]", A, "DATE", "2024-11-22", "2024-11-22", "2024-11-22"},
	{"[tomorrow]", A, "DATE", "2024-11-23", "2024-11-23", "2024-11-23"},
	{"[Yesterday]", A, "DATE", "2024-11-21", "2024-11-21", "2024-11-21"},
	{"[tonight]", A, "TIME", "2024-11-22TNI", "2024-11-22", "2024-11-22"},
	{"[last night]", A, "TIME", "2024-11-21TNI", "2024-11-21", "2024-11-21"},
	{"[this morning]", A, "TIME", "2024-11-22TMO", "2024-11-22", "2024-11-22"},
	{"[yesterday afternoon]", A, "TIME", "2024-11-21TAF", "2024-11-21", "2024-11-21"},
	{"[tomorrow evening]", A, "TIME", "2024-11-23TEV", "2024-11-23", "2024-11-23"},
	{"[the day before yesterday]", A, "DATE", "2024-11-20", "2024-11-20", "2024-11-20"},
	{"[the day after tomorrow]", A, "DATE", "2024-11-24", "2024-11-24", "2024-11-24"},
	{"[tomorrow]", "2024-11-30", "DATE", "2024-12-01", "2024-12-01", "2024-12-01"},
	{"[yesterday]", "2024-03-01", "DATE", "2024-02-29", "2024-02-29", "2024-02-29"},
	{"[yesterday]", "2023-03-01", "DATE", "2023-02-28", "2023-02-28", "2023-02-28"},
	{"[yesterday]", "2025-01-01", "DATE", "2024-12-31", "2024-12-31", "2024-12-31"},
	{"[tomorrow]", "2024-12-31", "DATE", "2025-01-01", "2025-01-01", "2025-01-01"},
	{"Talks ended [late yesterday].", A, "DATE", "2024-11-21", "2024-11-21", "2024-11-21"},
	{"Gunmen struck [late on Wednesday].", A, "DATE", "2024-11-20", "2024-11-20", "2024-11-20"},
	{"[Earlier on Friday], the ministry said the border was shut.", A, "DATE", "2024-11-22", "2024-11-22", "2024-11-22"},
	{"[overnight]", A, "TIME", "2024-11-22TNI", "2024-11-22", "2024-11-22"},

	// N units ago
	{"[three days ago]", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	// N days earlier counts from the day the text named last
	{"Police arrested two men on Wednesday. [Earlier in the day], gunmen attacked a bus.", A, "DATE", "2024-11-20", "2024-11-20", "2024-11-20"},
	{"[Later in the day], gunmen attacked a bus.", A, "DATE", "2024-11-22", "2024-11-22", "2024-11-22"},
	{"Gunmen attacked a bus on Monday. [Two days earlier], police had raided a house.", A, "DATE", "2024-11-16", "2024-11-16", "2024-11-16"},
	{"Gunmen attacked a bus on Monday. [A day] later, police arrested two men.", A, "DURATION", "P1D", "", ""},
	{"Police raided a house [two days earlier].", A, "DATE", "2024-11-20", "2024-11-20", "2024-11-20"},
	{"Gunmen attacked a bus on Monday. The talks were held [three days ago].", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[10 days ago]", "2024-03-05", "DATE", "2024-02-24", "2024-02-24", "2024-02-24"},
	{"[two weeks ago]", A, "DATE", "2024-W45", "2024-11-04", "2024-11-10"},
	{"[a week ago]", "2021-01-05", "DATE", "2020-W53", "2020-12-28", "2021-01-03"},
	{"[a month ago]", A, "DATE", "2024-10", "2024-10-01", "2024-10-31"},
	{"[five months ago]", A, "DATE", "2024-06", "2024-06-01", "2024-06-30"},
	{"[a month ago]", "2024-01-15", "DATE", "2023-12", "2023-12-01", "2023-12-31"},
	{"[two years ago]", A, "DATE", "2022", "2022-01-01", "2022-12-31"},
	{"[a year earlier]", A, "DATE", "2023", "2023-01-01", "2023-12-31"},
	{"[a decade ago]", A, "DATE", "2014", "2014-01-01", "2014-12-31"},
	{"[two weeks from now]", A, "DATE", "2024-W49", "2024-12-02", "2024-12-08"},
	{"[nearly two years ago]", A, "DATE", "2022", "2022-01-01", "2022-12-31"},
	{"[a week or so ago]", A, "DATE", "2024-W46", "2024-11-11", "2024-11-17"},
	{"[several years ago]", A, "DATE", "PAST_REF", "", ""},
	{"[a few days ago]", A, "DATE", "PAST_REF", "", ""},
	{"The town was rebuilt [years ago].", A, "DATE", "PAST_REF", "", ""},
	{"Profit fell to $2 million in the quarter from $3 million [a year ago].", A, "DATE", "2023-Q3", "2023-07-01", "2023-09-30"},

	// ISO weeks, around month and year ends and week 53
	{"[last week]", A, "DATE", "2024-W46", "2024-11-11", "2024-11-17"},
	{"[this week]", A, "DATE", "2024-W47", "2024-11-18", "2024-11-24"},
	{"[next week]", A, "DATE", "2024-W48", "2024-11-25", "2024-12-01"},
	{"[Last week]", A, "DATE", "2024-W46", "2024-11-11", "2024-11-17"},
	{"[last week]", "2021-01-02", "DATE", "2020-W52", "2020-12-21", "2020-12-27"},
	{"[this week]", "2021-01-02", "DATE", "2020-W53", "2020-12-28", "2021-01-03"},
	{"[next week]", "2021-01-02", "DATE", "2021-W01", "2021-01-04", "2021-01-10"},
	{"[last week]", "2021-01-04", "DATE", "2020-W53", "2020-12-28", "2021-01-03"},
	{"[this week]", "2024-12-31", "DATE", "2025-W01", "2024-12-30", "2025-01-05"},
	{"[last week]", "2024-12-31", "DATE", "2024-W52", "2024-12-23", "2024-12-29"},
	{"[next week]", "2024-12-27", "DATE", "2025-W01", "2024-12-30", "2025-01-05"},
	{"[last week]", "2024-03-04", "DATE", "2024-W09", "2024-02-26", "2024-03-03"},
	{"[last week]", "2016-01-06", "DATE", "2015-W53", "2015-12-28", "2016-01-03"},
	{"[this week]", "2016-01-01", "DATE", "2015-W53", "2015-12-28", "2016-01-03"},
	{"[last week]", "2026-01-05", "DATE", "2026-W01", "2025-12-29", "2026-01-04"},
	{"[this week]", "2026-12-30", "DATE", "2026-W53", "2026-12-28", "2027-01-03"},
	{"[next week]", "2026-12-30", "DATE", "2027-W01", "2027-01-04", "2027-01-10"},
	{"[last week]", "2024-09-01", "DATE", "2024-W34", "2024-08-19", "2024-08-25"},
	{"[this week]", "2024-09-01", "DATE", "2024-W35", "2024-08-26", "2024-09-01"},
	{"[earlier this week]", A, "DATE", "2024-W47", "2024-11-18", "2024-11-22"},
	{"[Earlier this week]", A, "DATE", "2024-W47", "2024-11-18", "2024-11-22"},
	{"[later this week]", "2024-11-19", "DATE", "2024-W47", "2024-11-19", "2024-11-24"},
	{"[early next week]", A, "DATE", "2024-W48", "2024-11-25", "2024-11-26"},
	{"[late last week]", A, "DATE", "2024-W46", "2024-11-16", "2024-11-17"},
	{"[last weekend]", A, "DATE", "2024-W46-WE", "2024-11-16", "2024-11-17"},
	{"[this weekend]", A, "DATE", "2024-W47-WE", "2024-11-23", "2024-11-24"},
	{"[next weekend]", A, "DATE", "2024-W48-WE", "2024-11-30", "2024-12-01"},
	{"[last weekend]", "2021-01-04", "DATE", "2020-W53-WE", "2021-01-02", "2021-01-03"},
	{"Clashes erupted over [the weekend].", "2024-11-25", "DATE", "2024-W47-WE", "2024-11-23", "2024-11-24"},
	{"[the past week]", A, "DURATION", "P1W", "2024-11-16", "2024-11-22"},
	{"[This past weekend]", A, "DATE", "2024-W46-WE", "2024-11-16", "2024-11-17"},
	{"Protesters gathered over [the weekend].", A, "DATE", "2024-W46-WE", "2024-11-16", "2024-11-17"},
	{"Talks will continue over [the weekend].", A, "DATE", "2024-W47-WE", "2024-11-23", "2024-11-24"},

	// months
	{"[last month]", A, "DATE", "2024-10", "2024-10-01", "2024-10-31"},
	{"[this month]", A, "DATE", "2024-11", "2024-11-01", "2024-11-30"},
	{"[next month]", A, "DATE", "2024-12", "2024-12-01", "2024-12-31"},
	{"[last month]", "2024-01-15", "DATE", "2023-12", "2023-12-01", "2023-12-31"},
	{"[next month]", "2024-12-15", "DATE", "2025-01", "2025-01-01", "2025-01-31"},
	{"[last month]", "2024-03-31", "DATE", "2024-02", "2024-02-01", "2024-02-29"},
	{"[next month]", "2025-01-31", "DATE", "2025-02", "2025-02-01", "2025-02-28"},
	{"[earlier this month]", A, "DATE", "2024-11", "2024-11-01", "2024-11-22"},
	{"[later this month]", A, "DATE", "2024-11", "2024-11-22", "2024-11-30"},
	{"Fighting eased in [mid-November].", A, "DATE", "2024-11", "2024-11-11", "2024-11-20"},
	{"The rebels withdrew in [late October].", A, "DATE", "2024-10", "2024-10-22", "2024-10-31"},
	{"The offensive began in [early November].", A, "DATE", "2024-11", "2024-11-01", "2024-11-10"},
	{"The deal was signed in [March].", A, "DATE", "2024-03", "2024-03-01", "2024-03-31"},
	{"The deal was signed in [December].", A, "DATE", "2023-12", "2023-12-01", "2023-12-31"},
	{"The envoy will travel there in [March].", A, "DATE", "2025-03", "2025-03-01", "2025-03-31"},
	{"[last March]", A, "DATE", "2024-03", "2024-03-01", "2024-03-31"},
	{"[next March]", A, "DATE", "2025-03", "2025-03-01", "2025-03-31"},
	{"[last November]", A, "DATE", "2023-11", "2023-11-01", "2023-11-30"},
	{"[this March]", A, "DATE", "2024-03", "2024-03-01", "2024-03-31"},
	{"talks began in [February this year]", A, "DATE", "2024-02", "2024-02-01", "2024-02-29"},
	{"elected in [October last year]", A, "DATE", "2023-10", "2023-10-01", "2023-10-31"},
	{"at [the end of the month]", A, "DATE", "2024-11", "2024-11-21", "2024-11-30"},

	// years
	{"[last year]", A, "DATE", "2023", "2023-01-01", "2023-12-31"},
	{"[this year]", A, "DATE", "2024", "2024-01-01", "2024-12-31"},
	{"[next year]", A, "DATE", "2025", "2025-01-01", "2025-12-31"},
	{"[earlier this year]", A, "DATE", "2024", "2024-01-01", "2024-11-22"},
	{"[later this year]", A, "DATE", "2024", "2024-11-22", "2024-12-31"},
	{"[early next year]", A, "DATE", "2025", "2025-01-01", "2025-05-01"},
	{"[last year]", "2025-01-01", "DATE", "2024", "2024-01-01", "2024-12-31"},
	{"since [2001]", A, "DATE", "2001", "2001-01-01", "2001-12-31"},
	{"by [the end of the year]", A, "DATE", "2024", "2024-09-01", "2024-12-31"},
	{"[last decade]", A, "DATE", "201", "2010-01-01", "2019-12-31"},

	// quarters and halves
	{"[the third quarter]", A, "DATE", "2024-Q3", "2024-07-01", "2024-09-30"},
	{"[third-quarter] profit", A, "DATE", "2024-Q3", "2024-07-01", "2024-09-30"},
	{"[the fourth quarter]", A, "DATE", "2024-Q4", "2024-10-01", "2024-12-31"},
	{"[the first quarter of 2023]", A, "DATE", "2023-Q1", "2023-01-01", "2023-03-31"},
	{"[Q2 2024]", A, "DATE", "2024-Q2", "2024-04-01", "2024-06-30"},
	{"[last quarter]", A, "DATE", "2024-Q3", "2024-07-01", "2024-09-30"},
	{"[next quarter]", A, "DATE", "2025-Q1", "2025-01-01", "2025-03-31"},
	{"[this quarter]", "2024-02-10", "DATE", "2024-Q1", "2024-01-01", "2024-03-31"},
	{"[last quarter]", "2024-02-10", "DATE", "2023-Q4", "2023-10-01", "2023-12-31"},
	{"Sales fell in [the second quarter].", "2024-02-10", "DATE", "2023-Q2", "2023-04-01", "2023-06-30"},
	{"[the first half of 2024]", A, "DATE", "2024-H1", "2024-01-01", "2024-06-30"},
	{"[the second half of 2023]", A, "DATE", "2023-H2", "2023-07-01", "2023-12-31"},
	{"[the second half of this year]", A, "DATE", "2024-H2", "2024-07-01", "2024-12-31"},
	{"[the first quarter of next year]", A, "DATE", "2025-Q1", "2025-01-01", "2025-03-31"},
	{"Profit rose in [the quarter].", A, "DATE", "2024-Q3", "2024-07-01", "2024-09-30"},
	{"[the year-ago quarter]", A, "DATE", "2023-Q3", "2023-07-01", "2023-09-30"},

	// seasons (meteorological, northern hemisphere)
	{"[last summer]", A, "DATE", "2024-SU", "2024-06-01", "2024-08-31"},
	{"[this summer]", A, "DATE", "2024-SU", "2024-06-01", "2024-08-31"},
	{"[next summer]", A, "DATE", "2025-SU", "2025-06-01", "2025-08-31"},
	{"[last winter]", A, "DATE", "2023-WI", "2023-12-01", "2024-02-29"},
	{"[this winter]", A, "DATE", "2024-WI", "2024-12-01", "2025-02-28"},
	{"[last fall]", A, "DATE", "2023-FA", "2023-09-01", "2023-11-30"},
	{"The dam failed in [the spring].", A, "DATE", "2024-SP", "2024-03-01", "2024-05-31"},
	{"[summer 2023]", A, "DATE", "2023-SU", "2023-06-01", "2023-08-31"},
	{"[the summer of 2022]", A, "DATE", "2022-SU", "2022-06-01", "2022-08-31"},
	{"[the winter of 2022]", A, "DATE", "2022-WI", "2022-12-01", "2023-02-28"},
	{"in [the spring of next year]", A, "DATE", "2025-SP", "2025-03-01", "2025-05-31"},
	{"in [May of next year]", A, "DATE", "2025-05", "2025-05-01", "2025-05-31"},

	// vague references, with the documented ranges
	{"[recently]", A, "DATE", "PAST_REF", "2024-10-23", "2024-11-22"},
	{"in [recent weeks]", A, "DATE", "PAST_REF", "2024-10-11", "2024-11-22"},
	{"in [recent days]", A, "DATE", "PAST_REF", "2024-11-15", "2024-11-22"},
	{"in [recent months]", A, "DATE", "PAST_REF", "2024-05-23", "2024-11-22"},
	{"in [recent years]", A, "DATE", "PAST_REF", "2019-11-22", "2024-11-22"},
	{"[currently]", A, "DATE", "PRESENT_REF", "2024-11-22", "2024-11-22"},
	{"The town is [now] quiet.", A, "DATE", "PRESENT_REF", "2024-11-22", "2024-11-22"},
	{"at [present]", A, "DATE", "PRESENT_REF", "2024-11-22", "2024-11-22"},
	{"in [the coming days]", A, "DATE", "FUTURE_REF", "2024-11-23", "2024-12-06"},
	{"in [the coming weeks]", A, "DATE", "FUTURE_REF", "2024-11-23", "2025-01-03"},
	{"talks will resume [soon]", A, "DATE", "FUTURE_REF", "2024-11-23", "2024-12-22"},
	{"in [the near future]", A, "DATE", "FUTURE_REF", "2024-11-23", "2025-05-24"},
	{"mistakes of [the past]", A, "DATE", "PAST_REF", "", ""},
	{"in [the future]", A, "DATE", "FUTURE_REF", "", ""},

	// durations
	{"[three years]", A, "DURATION", "P3Y", "", ""},
	{"[14 days]", A, "DURATION", "P14D", "", ""},
	{"a [two-year] truce", A, "DURATION", "P2Y", "", ""},
	{"a [10-year] plan", A, "DURATION", "P10Y", "", ""},
	{"for [a week]", A, "DURATION", "P1W", "", ""},
	{"[48 hours]", A, "DURATION", "PT48H", "", ""},
	{"[90 minutes]", A, "DURATION", "PT90M", "", ""},
	{"[six-month] term", A, "DURATION", "P6M", "", ""},
	{"[twenty-five years]", A, "DURATION", "P25Y", "", ""},
	{"[several months]", A, "DURATION", "PXM", "", ""},
	{"for [years]", A, "DURATION", "PXY", "", ""},
	{"[a decade]", A, "DURATION", "P10Y", "", ""},
	{"[two decades]", A, "DURATION", "P20Y", "", ""},
	{"[about three weeks]", A, "DURATION", "P3W", "", ""},
	{"[the first nine months]", A, "DURATION", "P9M", "", ""},
	{"[the last twenty four hours]", A, "DURATION", "PT24H", "", ""},
	{"[the past three years]", A, "DURATION", "P3Y", "2021-11-23", "2024-11-22"},
	{"[the next two weeks]", A, "DURATION", "P2W", "2024-11-23", "2024-12-06"},
	{"[the last six months]", A, "DURATION", "P6M", "2024-05-23", "2024-11-22"},
	{"[the past two days]", "2024-03-01", "DURATION", "P2D", "2024-02-29", "2024-03-01"},
	{"[a fortnight]", A, "DURATION", "P2W", "", ""},
	{"[2 1/2 years]", A, "DURATION", "P2Y6M", "", ""},
	{"[5 1/2 hours]", A, "DURATION", "PT5H30M", "", ""},

	// sets
	{"[weekly]", A, "SET", "P1W", "", ""},
	{"[daily]", A, "SET", "P1D", "", ""},
	{"[annually]", A, "SET", "P1Y", "", ""},
	{"[every Friday]", A, "SET", "XXXX-WXX-5", "", ""},
	{"[every week]", A, "SET", "P1W", "", ""},
	{"[each month]", A, "SET", "P1M", "", ""},
	{"[every two weeks]", A, "SET", "P2W", "", ""},
	{"twice [a year]", A, "SET", "P1Y", "", ""},
	{"protests on [Fridays]", A, "SET", "XXXX-WXX-5", "", ""},
	{"[every Sunday night]", A, "SET", "XXXX-WXX-7TNI", "", ""},
	{"prayers on [Tuesday nights]", A, "SET", "XXXX-WXX-2TNI", "", ""},

	// narrative references: resolved against the date named before them
	{"Gunmen attacked the post on Monday. [The next day], troops arrived.", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"Gunmen attacked the post on Monday and troops arrived [the day before].", A, "DATE", "2024-11-17", "2024-11-17", "2024-11-17"},
	{"The vote was held on Nov. 3, 2020. [That night], crowds gathered.", A, "TIME", "2020-11-03TNI", "2020-11-03", "2020-11-03"},
	{"The group was founded in 1998. [The following year] it split.", A, "DATE", "1999", "1999-01-01", "1999-12-31"},
	{"Talks opened on Tuesday and collapsed [later that day].", A, "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"Rebels took the town in March 2019 and lost it [the following month].", A, "DATE", "2019-04", "2019-04-01", "2019-04-30"},
	{"They met on Monday. [The next day] they left.", "", "DATE", "XXXX-XX-XX", "", ""},

	// tense cues read in context
	{"The offer had been due to expire on [Friday evening].", "2024-11-25", "TIME", "2024-11-22TEV", "2024-11-22", "2024-11-22"},
	{"The offer had been scheduled to expire at [midnight Friday].", "2024-11-25", "TIME", "2024-11-22T24:00", "2024-11-22", "2024-11-22"},
	{"The bonds will be redeemed in [December].", "2024-03-04", "DATE", "2024-12", "2024-12-01", "2024-12-31"},
	{"The talks are supposed to conclude by [May].", "2024-03-22", "DATE", "2024-05", "2024-05-01", "2024-05-31"},
	{"They discussed the slated visit of the minister in [September].", "2024-08-26", "DATE", "2024-09", "2024-09-01", "2024-09-30"},
	{"The bank announced the plan [Aug. 21].", "2024-10-27", "DATE", "2024-08-21", "2024-08-21", "2024-08-21"},
	{"The dividend would be paid on a still unspecified date in [January].", "2024-10-26", "DATE", "2025-01", "2025-01-01", "2025-01-31"},
	{"Supporters were planning to march on [Monday].", A, "DATE", "2024-11-25", "2024-11-25", "2024-11-25"},
	{"Trading in the shares is to resume in Paris [Tuesday].", A, "DATE", "2024-11-26", "2024-11-26", "2024-11-26"},
	{"He added that final rules to be published in [early November] will decide it.", "2024-10-30", "DATE", "2024-11", "2024-11-01", "2024-11-10"},
	{"The bank created a new office, effective [Feb. 1].", "2024-10-26", "DATE", "2025-02-01", "2025-02-01", "2025-02-01"},
	{"The company said it expects to release results in [mid-November].", "2024-10-27", "DATE", "2024-11", "2024-11-11", "2024-11-20"},
	{"On [Tuesday], the national abortion rights league of New York State plans to run an advertisement.", "2024-11-25", "DATE", "2024-11-26", "2024-11-26", "2024-11-26"},
	{"The index hit a record set on [Aug. 6].", "2025-02-01", "DATE", "2024-08-06", "2024-08-06", "2024-08-06"},
	{"Relatives said they would look for ways to get around [Wednesday]'s ruling.", A, "DATE", "2024-11-20", "2024-11-20", "2024-11-20"},
	{"Delegates will attend [Wednesday]'s session.", A, "DATE", "2024-11-27", "2024-11-27", "2024-11-27"},

	// "current" qualifying a thing
	{"Officials blamed [current] market conditions.", A, "DATE", "PRESENT_REF", "", ""},
	{"Holders may buy shares at half the [then current] price.", A, "DATE", "PAST_REF", "", ""},
	{"Sales in [the current fiscal year] will rise.", A, "DATE", "2024", "2024-01-01", "2024-12-31"},

	// quarterly reports
	{"Profit rose from [the 2023 quarter].", A, "DATE", "2023-Q3", "2023-07-01", "2023-09-30"},
	{"Sales rose from [the 2023 period].", "2024-01-15", "DATE", "2023-Q4", "2023-10-01", "2023-12-31"},
	{"Earnings will be lower for [the last half of 2025].", A, "DATE", "2025-H2", "2025-07-01", "2025-12-31"},
	{"Demand should hold through [the first two quarters of 2025].", A, "DATE", "2025-H1", "2025-01-01", "2025-06-30"},
	{"It was the best result of [the '80s].", A, "DATE", "198", "1980-01-01", "1989-12-31"},
	{"Revenue for [the year] ended March 31 rose.", A, "DURATION", "P1Y", "", ""},
	{"Sales were flat for [the full year].", A, "DATE", "2024", "2024-01-01", "2024-12-31"},
	{"The deal should close by [year-end].", A, "DATE", "2024-12-31", "2024-12-31", "2024-12-31"},
	{"Shares are up 5% since [year-end].", A, "DATE", "2023-12-31", "2023-12-31", "2023-12-31"},
	{"New rules should be in place by [year's end].", A, "DATE", "2024-12-31", "2024-12-31", "2024-12-31"},
	{"The boy will stay for [two more weeks].", A, "DURATION", "P2W", "", ""},
	{"The loan may be extended for [an additional year].", A, "DURATION", "P1Y", "", ""},
	{"[Eight trading days] after the crash, prices recovered.", A, "DURATION", "P8D", "", ""},
	{"Lawyers left their third [day-long] meeting.", A, "DURATION", "P1D", "", ""},
	{"It is a [decades-long] feud.", A, "DURATION", "PXY", "", ""},
	{"She called herself a [20th century] democrat.", A, "DATE", "19", "1900-01-01", "1999-12-31"},
	{"We do not minimize the challenges of [the near term].", A, "DATE", "FUTURE_REF", "", ""},
	{"It may placate holders in [the short term].", A, "DATE", "FUTURE_REF", "", ""},
	{"The firm will sell the unit [as soon as possible].", A, "DATE", "FUTURE_REF", "2024-11-23", "2024-12-22"},
	{"It may raise money through a share offering at [a later date].", A, "DATE", "FUTURE_REF", "", ""},
	{"For [the quarter a year ago], it earned $16 million.", A, "DATE", "2023-Q3", "2023-07-01", "2023-09-30"},
	{"Orders recovered from the low levels of [the early summer].", A, "DATE", "2024-SU", "2024-06-01", "2024-06-30"},
	{"The summit will be held on April 24 and [25].", A, "DATE", "2025-04-25", "2025-04-25", "2025-04-25"},
	{"A court hearing is set for [the week of March 6].", "2024-02-24", "DATE", "2024-W10", "2024-03-04", "2024-03-10"},
	{"Prosecutors told him they may [soon] seek an indictment.", A, "DATE", "FUTURE_REF", "2024-11-23", "2024-12-22"},
	{"Hopes were dashed on Friday. Dealers placed buy orders in [the morning].", A, "TIME", "2024-11-22TMO", "2024-11-22", "2024-11-22"},
	{"In London at [mid-afternoon yesterday], shares were up.", A, "TIME", "2024-11-21TAF", "2024-11-21", "2024-11-21"},
	{"In his [Sunday] Mass the cardinal condemned it.", "2024-11-25", "DATE", "2024-11-24", "2024-11-24", "2024-11-24"},
	{"The blast came at about [10:35 a.m.] (0735 GMT) Friday.", "2024-11-23", "TIME", "2024-11-22T10:35", "2024-11-22", "2024-11-22"},
	{"Prices have doubled over [the years].", A, "DURATION", "PXY", "", ""},
	{"In [the years] that followed, the rebels waged war.", A, "DURATION", "PXY", "", ""},
	{"Thousands were taken prisoner in [the first hours] of the offensive.", A, "DURATION", "PTXH", "", ""},
	{"Police arrested him in the early hours of [Thursday morning].", A, "TIME", "2024-11-21TMO", "2024-11-21", "2024-11-21"},
	{"[A minute and a half] later, a pilot called.", A, "DURATION", "PT1M30S", "", ""},
	{"Two new flights will leave on [Monday] and Tuesday nights.", A, "SET", "XXXX-WXX-1TNI", "", ""},
	{"The [post-1959] politics split thousands of families.", A, "DATE", "1959", "1959-01-01", "1959-12-31"},

	// clock times
	{"[10am]", A, "TIME", "2024-11-22T10:00", "2024-11-22", "2024-11-22"},
	{"[10:30 a.m.]", A, "TIME", "2024-11-22T10:30", "2024-11-22", "2024-11-22"},
	{"[3 pm]", A, "TIME", "2024-11-22T15:00", "2024-11-22", "2024-11-22"},
	{"[9.30pm]", A, "TIME", "2024-11-22T21:30", "2024-11-22", "2024-11-22"},
	{"[12 am]", A, "TIME", "2024-11-22T00:00", "2024-11-22", "2024-11-22"},
	{"at [noon]", A, "TIME", "2024-11-22T12:00", "2024-11-22", "2024-11-22"},
	{"at [9 o'clock]", A, "TIME", "2024-11-22T09:00", "2024-11-22", "2024-11-22"},
	{"at [1400 GMT]", A, "TIME", "2024-11-22T14:00", "2024-11-22", "2024-11-22"},
	{"The blast came at [10am Thursday].", A, "TIME", "2024-11-21T10:00", "2024-11-21", "2024-11-21"},
	{"The bomb went off on Wednesday in the market. Police said it exploded at [10:35 a.m.]", A, "TIME", "2024-11-20T10:35", "2024-11-20", "2024-11-20"},
	{"The blast came on [Thursday at 10am].", A, "TIME", "2024-11-21T10:00", "2024-11-21", "2024-11-21"},

	// no publication date: unknown anchor, no range
	{"[last week]", "", "DATE", "XXXX-WXX", "", ""},
	{"Officials met on [Thursday].", "", "DATE", "XXXX-WXX-4", "", ""},
	{"[yesterday]", "", "DATE", "XXXX-XX-XX", "", ""},
	{"[recently]", "", "DATE", "PAST_REF", "", ""},
	{"[now]", "", "DATE", "PRESENT_REF", "", ""},
	{"They met on [Nov 19].", "", "DATE", "XXXX-11-19", "", ""},
	{"[Nov 19, 2024]", "", "DATE", "2024-11-19", "2024-11-19", "2024-11-19"},
	{"[the third quarter]", "", "DATE", "XXXX-Q3", "", ""},
	{"[last summer]", "", "DATE", "XXXX-SU", "", ""},
	{"[three days ago]", "", "DATE", "XXXX-XX-XX", "", ""},
	{"[10am]", "", "TIME", "XXXX-XX-XXT10:00", "", ""},
	{"The deal was signed in [March].", "", "DATE", "XXXX-03", "", ""},
	{"[last night]", "", "TIME", "XXXX-XX-XXTNI", "", ""},
	{"[last month]", "", "DATE", "XXXX-XX", "", ""},
	{"[next year]", "", "DATE", "XXXX", "", ""},
	{"[three years]", "", "DURATION", "P3Y", "", ""},
}

func TestCases(t *testing.T) {
	if len(cases) < 200 {
		t.Fatalf("only %d cases; the suite promises at least 200", len(cases))
	}
	for _, c := range cases {
		if c.value == "" {
			continue
		}
		expect(t, c)
	}
}

// expect checks one case.
func expect(t *testing.T, c tc) {
	t.Helper()
	text, start, end := unbracket(c.text)
	times := find(t, text, c.anchor)
	var got *doc.Time
	for i := range times {
		if times[i].Start == start && times[i].End == end {
			got = &times[i]
		}
	}
	if got == nil {
		t.Errorf("Find(%q, %s): no expression %q; got %s", text, c.anchor, text[start:end], render(times))
		return
	}
	rng := ""
	if got.Range != nil {
		rng = got.Range[0] + ".." + got.Range[1]
	}
	want := ""
	if c.lo != "" {
		want = c.lo + ".." + c.hi
	}
	if got.Value != c.value || rng != want || c.typ != "" && got.Type != c.typ {
		t.Errorf("Find(%q, %s) = %s %s [%s] (%s), want %s %s [%s]", text, c.anchor, got.Type, got.Value, rng, got.Rule, c.typ, c.value, want)
	}
}

// unbracket removes the [ ] marking the expected span.
func unbracket(s string) (string, int, int) {
	i := strings.IndexByte(s, '[')
	j := strings.IndexByte(s, ']')
	if i < 0 || j < i {
		return s, 0, len(s)
	}
	return s[:i] + s[i+1:j] + s[j+1:], i, j - 1
}

func find(t *testing.T, text, anchor string) []doc.Time {
	t.Helper()
	times, _ := findDiag(t, text, anchor)
	return times
}

func findDiag(t *testing.T, text, anchor string) ([]doc.Time, []doc.Diagnostic) {
	t.Helper()
	var a time.Time
	known := anchor != ""
	if known {
		var err error
		if a, err = time.Parse("2006-01-02", anchor); err != nil {
			t.Fatalf("bad anchor %q", anchor)
		}
	}
	return Find(text, a, known)
}

func render(times []doc.Time) string {
	var b strings.Builder
	for _, tm := range times {
		fmt.Fprintf(&b, "[%q %s %s] ", tm.Text, tm.Type, tm.Value)
	}
	if b.Len() == 0 {
		return "nothing"
	}
	return b.String()
}

func TestSpanExcludesPreposition(t *testing.T) {
	// TempEval-3 marks "last week", not "during last week".
	for _, c := range []struct{ text, span string }{
		{"It rained in 2019.", "2019"},
		{"They met during last week.", "last week"},
		{"Talks resumed on Thursday.", "Thursday"},
		{"Prices rose over the past three years.", "the past three years"},
		{"It is quiet now.", "now"},
	} {
		times := find(t, c.text, A)
		if len(times) != 1 || times[0].Text != c.span {
			t.Errorf("Find(%q) = %s, want one expression %q", c.text, render(times), c.span)
		}
	}
}

func TestNoFalsePositives(t *testing.T) {
	for _, text := range []string{
		"We will study the proposal.",
		"Protesters may march to the capital.",
		"They march in silence.",
		"March on, they said.",
		"The Sun newspaper reported the claim.",
		"Sat beside him was the minister.",
		"Jan Egeland, the aid chief, spoke.",
		"The second round of talks began.",
		"More than 2000 soldiers were deployed.",
		"The 2000 soldiers arrived.",
		"The current swept the boat away.",
		"Baker, speaking on ABC's \"This Week,\" said the request was legitimate.",
		"A trickle of cash soon became a flood.",
		"I run in the morning.",
		"He was soon released from hospital.",
		"Prices rose between 3 and 4 percent.",
		"Proceeds will reduce the short term debt.",
		"He was arrested at this march in the capital.",
		"For the people of Poland, high noon has come.",
		"Output fell the year before.",
		"He was named Person of the Year.",
		"The current account deficit widened.",
		"Some 2000 people fled.",
		"He scored 1999 points.",
		"Officials in Doha met the delegation.",
		"May God protect them, she said.",
		"The Good Friday Agreement holds.",
		"They sailed to Easter Island.",
		"The Sunday Times reported it.",
		"Room 1500 was sealed.",
		"The index closed at 2230 points.",
		"He was 45 years old.",
		"A 45-year-old man was detained.",
		"The decision marks a fall in prices.",
		"Spring water supplies ran out.",
		"They live on the 5th floor.",
		"They passed the 19th amendment.",
		"The vote was 89-52.",
		"Turnout was 3.5 percent.",
		"The deal was valued at 1.38 billion dollars.",
		"Buyers might want to buy at present levels.",
		"Options expire on the last day of the month of issue.",
		"The next day, troops arrived.",
		"They met the day after the vote.",
		"He wore a Mon Cheri badge.",
		"Nov 31 was printed.",
		"The Wed. edition.",
		"A quarter of the town was destroyed.",
		"The bank cut its rate by a quarter percentage point.",
		"They struck a second time.",
		"The agency (Sahel Today) said troops patrolled the roads.",
		"USA Today reported the figures.",
	} {
		if times := find(t, text, A); len(times) != 0 {
			t.Errorf("Find(%q) = %s, want nothing", text, render(times))
		}
	}
}

func TestDiagnostics(t *testing.T) {
	_, diags := findDiag(t, "The vote was on 05/06/2024.", A)
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "ambiguous") {
		t.Errorf("ambiguous numeric date: diagnostics %v, want one saying ambiguous", diags)
	}
	_, diags = findDiag(t, "They met last week and again on Thursday.", "")
	if len(diags) != 2 {
		t.Errorf("no anchor: %d diagnostics %v, want 2", len(diags), diags)
	}
	_, diags = findDiag(t, "They met on Nov. 19, 2024 for three years.", "")
	if len(diags) != 0 {
		t.Errorf("absolute date and duration without anchor: diagnostics %v, want none", diags)
	}
}

func TestAnnotate(t *testing.T) {
	tg := New(Options{})
	if tg.Name() != "timex" {
		t.Errorf("Name() = %q, want timex", tg.Name())
	}
	for _, c := range []struct {
		published string
		want      string
		diags     int
	}{
		{"2024-11-22", "2024-11-21", 0},
		{"2024-11-22T09:30:00+05:00", "2024-11-21", 0},
		{"2024-11-22T23:30:00Z", "2024-11-21", 0},
		{"", "XXXX-WXX-4", 1},
		{"last Tuesday", "XXXX-WXX-4", 2},
	} {
		a := doc.New(doc.Document{Text: "Officials met on Thursday.", Published: doc.Str(c.published)})
		if err := tg.Annotate(context.Background(), a); err != nil {
			t.Fatalf("Annotate: %v", err)
		}
		if len(a.Times) != 1 || a.Times[0].Value != c.want || a.Times[0].ID != "t1" {
			t.Errorf("Annotate(published %q): times %s, want one t1 %s", c.published, render(a.Times), c.want)
		}
		if len(a.Diagnostics) != c.diags {
			t.Errorf("Annotate(published %q): diagnostics %v, want %d", c.published, a.Diagnostics, c.diags)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := tg.Annotate(ctx, doc.New(doc.Document{Text: "today"})); err == nil {
		t.Error("Annotate with a cancelled context: no error")
	}
}

func TestIDsAndOrder(t *testing.T) {
	text := "On Monday, troops left; by Nov. 20 they had crossed, and three days later, on Friday, talks began."
	times := find(t, text, A)
	for i, tm := range times {
		if tm.ID != fmt.Sprintf("t%d", i+1) {
			t.Errorf("time %d has id %q", i, tm.ID)
		}
		if text[tm.Start:tm.End] != tm.Text {
			t.Errorf("time %s: text %q but span gives %q", tm.ID, tm.Text, text[tm.Start:tm.End])
		}
		if i > 0 && tm.Start < times[i-1].End {
			t.Errorf("time %s overlaps the one before", tm.ID)
		}
	}
	if len(times) < 4 {
		t.Errorf("Find(%q) = %s, want at least 4 expressions", text, render(times))
	}
}

func TestConcurrentUse(t *testing.T) {
	// One Tagger serves every worker of the pipeline at once.
	tg := New(Options{})
	text := "On Thursday night, last week and in recent weeks; 05/06/2024 and 19/11/2024 at 10am."
	want := render(find(t, text, A))
	done := make(chan string)
	for w := 0; w < 8; w++ {
		go func() {
			a := doc.New(doc.Document{Text: text, Published: A})
			_ = tg.Annotate(context.Background(), a)
			done <- render(a.Times)
		}()
	}
	for w := 0; w < 8; w++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Annotate = %s, want %s", got, want)
		}
	}
}
