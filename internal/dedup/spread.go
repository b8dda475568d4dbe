package dedup

import "slices"

// Spread summarises the figures that several reports give for one event
// (people killed, wounded): low is the least, high the greatest and best
// the median, the lower of the two middle figures for an even number of
// reports, so that best is always a figure some report gave. ok is false
// when there are no figures.
func Spread(figures []int) (low, best, high int, ok bool) {
	if len(figures) == 0 {
		return 0, 0, 0, false
	}
	s := slices.Clone(figures)
	slices.Sort(s)
	return s[0], s[(len(s)-1)/2], s[len(s)-1], true
}
