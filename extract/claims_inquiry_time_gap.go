package extract

// An inquiry noun whose object is told after a time phrase: "opened an
// investigation on Wednesday into whether X overcharged", "an inquiry last
// week into X", "a probe in March into how X prices". Reporters put the
// day between the noun and its object as often as after it, so the object
// slot read right after the noun finds only the time.

// inquiryTimeWords open a time phrase; weekdays, months and "week" words
// end one.
var inquiryTimeOpeners = toSet(`on last this earlier in early late`)

var inquiryTimeHeads = toSet(`monday tuesday wednesday thursday friday saturday sunday week month year
 weekend january february march april may june july august september october november december morning afternoon`)

// inquiryObjectAfterTime: the firms examined by the inquiry noun at k when
// a time phrase of at most three words stands between it and "into"/"of".
func inquiryObjectAfterTime(toks []token, ms []mention, k int) []Entity {
	q := k + 1
	if q >= len(toks) || !inquiryTimeOpeners[toks[q].low] {
		return nil
	}
	end := -1
	for i := q; i < len(toks) && i <= q+3; i++ {
		if inquiryTimeHeads[toks[i].low] {
			end = i
		}
	}
	if end < 0 || end+2 >= len(toks) || toks[end+1].low != "into" {
		return nil
	}
	if ts := probeObjectReach(toks, ms, end+2); len(ts) > 0 {
		return ts
	}
	// read the object as if the noun stood where the time phrase ends
	// ("into whether X overcharged")
	return onlyTargets(entitiesOf(ms, objectMentions(toks, ms, end, true), isFirmish, "firm"), nil)
}
