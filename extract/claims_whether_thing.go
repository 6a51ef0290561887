package extract

// An inquiry into whether one firm did something to a thing named by
// another firm's name ("into whether Boeing failed to ensure the Alaska
// Airlines jet conformed to its design") examines the clause's subject;
// the other name only says whose jet, plane or app the act touched, as a
// customer or supplier named beside the firm is no party.

// namedThingNouns are things a firm's name may modify ("the Alaska Airlines jet").
var namedThingNouns = toSet(`jet jets plane planes aircraft airliner ship ships vessel vessels truck trucks car cars app apps store stores
 plant plants phone phones device devices platform network flight flights train trains bus buses`)

// whetherSubjectOnly drops, from an inquiry's targets read into a
// whether/how clause at k, the firms named after the clause's subject only
// as the modifier of a thing; the subject stays.
func whetherSubjectOnly(toks []token, ms []mention, k int, targets []Entity) []Entity {
	if len(targets) < 2 || k+3 >= len(toks) || toks[k+1].low != "into" || (toks[k+2].low != "whether" && toks[k+2].low != "how") {
		return targets
	}
	var out []Entity
	for n, t := range targets {
		drop := false
		for i := range ms {
			m := ms[i]
			if n == 0 || m.i <= k+3 || m.ent.Name != t.Name {
				continue
			}
			if toks[m.i-1].low == "the" && m.j < len(toks) && namedThingNouns[toks[m.j].low] && !toks[m.j].upper {
				drop = true
			}
			break
		}
		if !drop {
			out = append(out, t)
		}
	}
	return out
}
