package extract

// A sale told by the seller: "Acme sold its stake in Gamma Dairy to Beta",
// "Acme has agreed to sell its dairy unit to Beta Holdings", "selling
// Hipcricket to Augme Technologies". The buyer acquires what is sold: the
// firm named as the thing sold, else the seller's business (the seller).

// buildSale handles the verb "sell" at k.
func (x *ClaimExtractor) buildSale(toks []token, ms []mention, k int, neg bool) ([]Claim, string) {
	// the buyer: a firm opening the "to" phrase after the object
	to := -1
	for q := k + 1; q < len(toks) && q <= k+14; q++ {
		if toks[q].low == "to" && q+1 < len(toks) && !(toks[q+1].kind == tokWord && !toks[q+1].upper && verbCue[toks[q+1].low]) {
			to = q
			break
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" && toks[q].text != "'s" && toks[q].text != "%" && currencySymbols[toks[q].text] == "" {
			break
		}
	}
	if to < 0 {
		return nil, "sold to no one named"
	}
	buyer := -1
	if d := describedName(toks, ms, to+1); d >= 0 {
		buyer = d
	} else if i := firmInPhraseAfter(toks, ms, to-1, 5, "to"); i >= 0 {
		buyer = i
	}
	if buyer < 0 {
		return nil, "sold to no firm"
	}
	b := asFirm(ms[buyer])
	// what is sold: a firm named in the object ("sold Hipcricket", "its stake in Gamma")
	var sold []Entity
	for i := range ms {
		m := ms[i]
		if m.i <= k || m.i >= to || !(m.firmOrName() || m.class == mOther && m.src == "name" && m.j == to && !m.poss) {
			continue // ("selling Hipcricket to Augme": an untyped name right before "to" is what is sold)
		}
		if m.poss && i+1 < len(ms) && ms[i+1].i == m.j {
			continue // "Alibaba's Taobao": the owned one
		}
		if m.class == mPlace || m.i >= 2 && toks[m.i-1].low == "in" && soldAssetNouns[toks[m.i-2].low] {
			continue // "two stations in Des Moines": where the assets are
		}
		sold = append(sold, asFirm(m))
	}
	if len(sold) == 0 && !businessSold(toks, k+1, to) {
		return nil, "sold goods, not a business" // "sells its snacks to Beta Mart stores"
	}
	if len(sold) == 0 {
		// "sold its dairy unit to Beta": the seller's business changes hands
		s := subjectBefore(toks, ms, k, func(m mention) bool { return m.firmOrName() }, 10)
		if len(s) == 0 {
			return nil, "sale by no firm"
		}
		m := ms[s[len(s)-1]]
		if m.class == mPron {
			if m.firmRef == nil || m.plural {
				return nil, "sale by no firm"
			}
			sold = []Entity{*m.firmRef}
		} else {
			sold = []Entity{asFirm(m)}
		}
	}
	sold = onlyTargets(sold, []Entity{b})
	if len(sold) == 0 {
		return nil, "sold to itself"
	}
	return []Claim{{Kind: KindAction, Actor: b, Targets: sold, Action: "acquire", Negated: neg, Confidence: 0.6, Rule: "action/sold-to"}}, ""
}

// businessSold: the object between from and to is a part of a business
// ("its dairy unit", "a 40% stake", "its African operations").
func businessSold(toks []token, from, to int) bool {
	for q := from; q < to; q++ {
		if ownedPartNouns[toks[q].low] || soldAssetNouns[toks[q].low] || stakeWords[toks[q].low] && toks[q].low != "in" && toks[q].low != "a" && toks[q].low != "an" || toks[q].low == "shares" || toks[q].low == "subsidiaries" {
			return true
		}
	}
	return false
}

// soldAssetNouns: a business's physical or licensed assets that change
// hands in a sale ("sell two stations to", "sold its towers to").
var soldAssetNouns = toSet(`stations station towers tower branches branch mills mill factories factory terminals terminal
 warehouses hotels hotel mines mine refineries refinery ports port channels licences licenses titles routes
 pharmacies clinics hospitals malls fleet farms vessels ships`)
