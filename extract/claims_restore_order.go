package extract

// An order to restore, reinstate or reconnect another firm's access,
// channel or slots ("ordered Cuyo Energía to restore rival Patagonia Gas's
// access to its pipeline", "directed Apapa Gateway to restore the berthing
// windows it had withdrawn from Ikorodu Shipping") presupposes that the
// bound firm cut that firm off: the bound firm's act on it, a block. Power
// restored to customers, or a link between two firms the order binds
// alike, names no third firm and gives nothing.

// restoreVerbs are the infinitives of undoing a cut-off.
var restoreVerbs = toSet(`restore reinstate reconnect unblock relist re-list readmit re-admit reopen`)

// restoredFirmActs: for each mandate claim of out on one firm, the block
// of the firm named in the restoring infinitive's object that follows it.
func restoredFirmActs(toks []token, ms []mention, out []Claim) []Claim {
	var acts []Claim
	for _, c := range out {
		if c.Kind != KindMandate || c.Negated || len(c.Targets) == 0 {
			continue
		}
		for k := 1; k < len(toks); k++ {
			if toks[k-1].low != "to" || !restoreVerbs[toks[k].low] {
				continue
			}
			y := restoredFirm(toks, ms, k, c.Targets)
			if y == nil {
				continue
			}
			for _, b := range c.Targets {
				if b.Type != TypeFirm {
					continue
				}
				acts = append(acts, Claim{Kind: KindAction, Actor: b, Targets: []Entity{*y}, Action: "block", Confidence: 0.55, Rule: "action/ordered-to-restore"})
			}
			break
		}
	}
	return acts
}

// restoredFirm: the first firm or unknown name within fourteen words after
// the restoring verb at k, inside its clause, that is none of the bound
// firms and no agent after "by"; nil if there is none.
func restoredFirm(toks []token, ms []mention, k int, bound []Entity) *Entity {
	end := k + 14
	for q := k + 1; q < len(toks) && q <= end; q++ {
		if toks[q].text == ";" || toks[q].low == "between" || toks[q].low == "and" && q+1 < len(toks) && toks[q+1].low == "to" {
			end = q // "interconnection between their networks"; "and to pay ..."
			break
		}
	}
	for i := range ms {
		m := ms[i]
		if m.i <= k || m.i >= end || !m.firmOrName() {
			continue
		}
		if toks[m.i-1].low == "by" || sameEntityAny(m.ent, bound) || innerNameOf(m.ent, bound) || shortFormOf(m.ent, bound) {
			continue
		}
		e := asFirm(m)
		return &e
	}
	return nil
}
