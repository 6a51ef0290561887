package extract

import "strings"

// Planned deals told by an intent before the deal verb: "X is in advanced
// talks to acquire a stake in Y", "X plans to start a code-share with Y".
// The verb frames need a subject the typing rules call a firm; a one-word
// name opening such a clause often is not ("Marico", "Flybondi"), yet only
// a firm negotiates a takeover. The intent words themselves hedge the
// claim (certainty.go).

// dealIntentWords before "to" + deal verb make the deal planned.
var dealIntentWords = toSet(`talks plans plan planning intends intend aims seeks wants hopes negotiating preparing`)

// subjectGap: words that may stand between a subject and its intent
// ("is in advanced talks", "also plans", "has been in talks").
var subjectGap = toSet(`is are was were has have had been also in advanced early exclusive preliminary final now
 reportedly still said already`)

// dealIntentActs returns the planned deals of a sentence that no claim in
// found already ties, each with its deal verb's position.
func dealIntentActs(toks []token, ms []mention, found []Claim) []fallbackClaim {
	var out []fallbackClaim
	for k := 3; k < len(toks); k++ {
		if toks[k-1].low != "to" {
			continue
		}
		cue := -1
		for q := k - 2; q >= 0 && q >= k-3; q-- {
			if dealIntentWords[toks[q].low] {
				cue = q
				break
			}
		}
		if cue < 0 {
			continue
		}
		var target *Entity
		action := "acquire"
		switch toks[k].low {
		case "acquire", "buy", "purchase":
			target = boughtAfter(toks, ms, k+1)
		case "take":
			if k+1 < len(toks) && toks[k+1].low == "over" {
				target = boughtAfter(toks, ms, k+2)
			}
		case "start", "launch", "form", "sign", "set":
			if wordWithin(toks, k+1, 4, "code-share", "codeshare", "partnership", "alliance", "venture", "tie-up") {
				action = "partner"
				if i := firmInPhraseAfter(toks, ms, k, 10, "with"); i >= 0 && !ms[i].ref {
					e := asFirm(ms[i])
					target = &e
				}
			}
		case "merge":
			action = "merge"
			if i := firmInPhraseAfter(toks, ms, k, 4, "with"); i >= 0 && !ms[i].ref {
				e := asFirm(ms[i])
				target = &e
			}
		}
		if target == nil {
			continue
		}
		actor := intentSubject(toks, ms, cue)
		if actor == nil || sameEntity(*actor, *target) || actionTies(found, *actor, *target) || actionTiesOut(out, *actor, *target) {
			continue
		}
		out = append(out, fallbackClaim{c: Claim{Kind: KindAction, Actor: *actor, Targets: []Entity{*target}, Action: action, Confidence: 0.5, Rule: "action/" + action + "-intent"}, k: k})
	}
	return out
}

// intentSubject: the firm whose intent starts at cue ("Marico is in talks",
// "Sony's Crunchyroll is in talks", "it plans"); a one-word name counts,
// but not a plural common word opening the sentence ("Investors").
func intentSubject(toks []token, ms []mention, cue int) *Entity {
	s := cue
	for s > 0 && subjectGap[toks[s-1].low] {
		s--
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.j > s {
			continue
		}
		if m.j != s || m.poss {
			return nil
		}
		switch {
		case m.class == mPron && m.firmRef != nil && !m.plural:
			e := *m.firmRef
			return &e
		case m.firmOrName():
			e := asFirm(m)
			return &e
		case m.class == mOther && m.src == "name" && nameLen(&m) == 1 && !nonFirmWords[toks[m.i].low]:
			if w := toks[m.i].low; m.i == 0 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				return nil // "Investors are in talks": people
			}
			e := asFirm(mention{ent: m.ent, class: mName})
			return &e
		}
		return nil
	}
	return nil
}

// boughtAfter: the firm bought, from the token after the deal verb: past a
// stake ("a minority stake in"), descriptors and the places or names that
// only describe ("Tokyo animation studio X").
func boughtAfter(toks []token, ms []mention, from int) *Entity {
	for i := range ms {
		m := ms[i]
		if m.i < from {
			continue
		}
		if m.i > from+10 {
			return nil
		}
		if !m.firmOrName() || m.ref {
			if m.class == mPlace || m.class == mOther {
				continue
			}
			return nil
		}
		if i+1 < len(ms) && !m.poss && describesNext(toks, m.j, ms[i+1].i) && ms[i+1].firmOrName() {
			continue
		}
		if !onlyDescriptorsBetween(toks, ms, from, m.i) || ownBefore(toks, m.i) {
			return nil
		}
		e := asFirm(m)
		return &e
	}
	return nil
}
