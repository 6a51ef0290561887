package extract

import "strings"

// Conduct acts: the practice an authority fines, probes or orders ended
// often names the rival it shut out ("fined Google for stopping rival app
// stores such as Aptoide from ...", "ordered X to stop restricting merchants
// from selling on rival marketplaces such as Y"). The spec counts blocking
// or restricting a rival as the firm's action on it; an accusation or a
// suspicion tells it hedged.

// exclusionVerbs tell a firm keeping a rival out.
var exclusionVerbs = toSet(`stopping preventing blocking restricting excluding barring shutting locking denying
 pressuring pressured obstructing hindering`)

// rivalMarks right before a name make it the rival shut out.
var rivalMarks = toSet(`rival rivals competitor competitors competing`)

// conductActs returns the firm-on-rival acts named in the conduct an
// authority acts on in this sentence (found), or that a firm is accused of.
func conductActs(toks []token, ms []mention, found []Claim) []fallbackClaim {
	var out []fallbackClaim
	for k, t := range toks {
		if t.lex&lxExclusionVerb == 0 {
			continue
		}
		actor := accessActor(toks, ms, k)
		var actors []Entity
		if actor == nil {
			// "against A and B, which it suspects of blocking rival C": every
			// firm the authority acted on shares the conduct
			actors = actedOnFirms(found)
		} else {
			actors = []Entity{*actor}
		}
		if len(actors) == 0 || !authorityBefore(ms, k) {
			continue
		}
		for _, a := range actors {
			ts := rivalsNamed(toks, ms, k+1, accessClauseEnd(toks, k, 16), a)
			var keep []Entity
			for _, e := range ts {
				if !actionTies(found, a, e) && !sameEntityAny(e, actors) {
					keep = append(keep, e)
				}
			}
			if len(keep) == 0 {
				continue
			}
			out = append(out, fallbackClaim{c: Claim{Kind: KindAction, Actor: a, Targets: keep, Action: "restrict", Confidence: 0.5, Rule: "action/restrict-conduct"}, k: k})
		}
	}
	return out
}

// actedOnFirms: every firm the sentence's last authority act binds.
func actedOnFirms(found []Claim) []Entity {
	f := actedOnFirm(found)
	if f == nil {
		return nil
	}
	for i := len(found) - 1; i >= 0; i-- {
		if k := found[i].Kind; k != KindPenalty && k != KindProbe && k != KindMandate {
			continue
		}
		for _, e := range found[i].Targets {
			if sameEntity(e, *f) {
				var out []Entity
				for _, t := range found[i].Targets {
					if t.Type == TypeFirm {
						out = append(out, t)
					}
				}
				return out
			}
		}
	}
	return []Entity{*f}
}

// actedOnFirm: the firm the sentence's last authority act binds.
func actedOnFirm(found []Claim) *Entity {
	for i := len(found) - 1; i >= 0; i-- {
		c := found[i]
		if c.Kind != KindPenalty && c.Kind != KindProbe && c.Kind != KindMandate {
			continue
		}
		for _, e := range c.Targets {
			if e.Type == TypeFirm {
				return &e
			}
		}
	}
	return nil
}

// authorityBefore: an authority is named before k, so the conduct is what
// it acts on, not an analyst's view.
func authorityBefore(ms []mention, k int) bool {
	for _, m := range ms {
		if m.i < k && (m.class == mAuth || m.class == mPron && m.authRef != nil && m.firmRef == nil) {
			return true
		}
	}
	return false
}

// rivalsNamed: the firms in from..to introduced as examples ("such as X",
// "like X", "including X") or marked as rivals ("rival agency X").
func rivalsNamed(toks []token, ms []mention, from, to int, actor Entity) []Entity {
	var out []Entity
	for i := range ms {
		m := ms[i]
		if m.i < from || m.i >= to || !accessParty(toks, m) || ownBefore(toks, m.i) {
			continue
		}
		p := m.i - 1
		example := p >= 1 && (toks[p].low == "as" && toks[p-1].low == "such" || toks[p].low == "like" || toks[p].low == "including")
		marked := false
		for q := p; q >= from && q >= m.i-3; q-- {
			if rivalMarks[toks[q].low] {
				marked = true
			}
			if toks[q].kind == tokPunct {
				break
			}
		}
		if !example && !marked {
			continue
		}
		for _, j := range listFrom(toks, ms, i) {
			if !accessParty(toks, ms[j]) {
				continue
			}
			e := dealEntity(ms[j])
			if !sameEntity(e, actor) && !sameEntityAny(e, out) {
				out = append(out, e)
			}
		}
	}
	return out
}

// allegedBefore: the conduct is an accusation or suspicion ("accusing it
// of", "on suspicion that"), so the act is hedged.
func allegedBefore(toks []token, k int) bool {
	for p := k - 1; p >= 0 && p >= k-12; p-- {
		w := toks[p].low
		if strings.HasPrefix(w, "accus") || strings.HasPrefix(w, "alleg") || strings.HasPrefix(w, "suspici") || strings.HasPrefix(w, "suspect") {
			return true
		}
	}
	return false
}
