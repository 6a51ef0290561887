package extract

// An approval often names what was approved, not who: "gave the nod to
// initial public offerings by X, Y and Z", "approved a lithium project
// proposed by X", "cleared the application from X". The owner of the
// approved thing is the party approved, as "approved X's listing" is.

// approvedThings are what an authority approves on a party's behalf.
var approvedThings = toSet(`offering offerings ipo ipos listing listings project projects application applications plan
 plans proposal proposals request requests product products drug drugs vaccine vaccines tariff tariffs merger
 mergers bid bids sale issue issuance prospectus scheme schemes launch expansion rates increase`)

// ownedThingVerbs may stand between the thing and its owner's "by".
var ownedThingVerbs = toSet(`proposed filed submitted developed made planned sought lodged`)

// approvedThingOwner: the first firm owning the approved thing after the
// approval trigger at k, or -1.
func approvedThingOwner(toks []token, ms []mention, k int) int {
	for q := k + 1; q+1 < len(toks) && q <= k+12; q++ {
		t := toks[q]
		if t.kind == tokPunct && t.text != "-" && t.text != "'s" && t.text != "$" && t.text != "%" {
			return -1
		}
		if !approvedThings[t.low] {
			continue
		}
		p := q + 1
		if ownedThingVerbs[toks[p].low] {
			p++
		}
		if p >= len(toks) || toks[p].low != "by" && toks[p].low != "of" && toks[p].low != "from" {
			return -1
		}
		if i := firmInPhraseAfter(toks, ms, p-1, 5, toks[p].low); i >= 0 {
			return i
		}
		return -1
	}
	return -1
}
