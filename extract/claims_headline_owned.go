package extract

// A clipped headline tells the act on a firm with no authority, or with a
// bare "Regulator" standing for it ("Safaricom fined $2m over leaks",
// "Zorvex loses licence", "Regulator to probe Kestrel Freight", "X gets
// nod for Y buy"); the body's first sentence then opens with the authority
// and speaks of the same firm ("The Ministry of Transport said the company
// had ..."). Headline-ese is the same everywhere, so the act is read from a
// small lexicon and owned by the authority that opens the body.

// headAct is a headline's act waiting for the body's authority.
type headAct struct {
	kind, action string
	firm         Entity
}

// headActAfterFirm: words right after the firm and the kind they tell;
// a value ending in a space needs one of headActObjects next.
var headActAfterFirm = map[string]string{
	"fined": KindPenalty, "penalised": KindPenalty, "penalized": KindPenalty, "sanctioned": KindPenalty,
	"loses": KindPenalty + " ", "lost": KindPenalty + " ", "stripped": KindPenalty,
	"ordered": KindMandate, "told": KindMandate, "banned": KindMandate, "barred": KindMandate,
	"cleared": KindApproval, "gets": KindApproval + " ", "wins": KindApproval + " ", "secures": KindApproval + " ", "granted": KindApproval,
	"faces": KindProbe + " ", "probed": KindProbe, "raided": KindProbe, "investigated": KindProbe,
}

// headActObjects complete "loses", "gets", "wins", "faces".
var headActObjects = map[string]string{
	"licence": "", "license": "", "permit": "", "nod": KindApproval, "approval": KindApproval, "go-ahead": KindApproval,
	"probe": KindProbe, "investigation": KindProbe, "inquiry": KindProbe,
}

// headActBeforeFirm: "Regulator fines X", "Watchdog to probe X".
var headActBeforeFirm = map[string]string{
	"fines": KindPenalty, "fine": KindPenalty, "penalises": KindPenalty, "penalizes": KindPenalty,
	"orders": KindMandate, "bans": KindMandate, "probes": KindProbe, "probe": KindProbe, "investigate": KindProbe,
	"clears": KindApproval, "approves": KindApproval,
}

// headAuthorityWords may open a headline in place of the authority's name.
var headAuthorityWords = toSet(`regulator watchdog authority court ministry government commission agency regulators authorities`)

// noteHeadAct reads a headline's act on a firm when no claim came of it.
func noteHeadAct(toks []token, ms []mention, out []Claim) *headAct {
	if len(out) > 0 || len(ms) == 0 {
		return nil
	}
	for _, m := range ms {
		if m.class == mAuth && !(m.i == 0 && m.j == 1 && headAuthorityWords[toks[0].low]) {
			return nil // an authority named in the headline: the verb frames decide
		}
	}
	f := -1
	for i, m := range ms {
		if m.class == mFirm || m.class == mName || m.class == mOther && m.src == "name" && m.i == 0 && !headAuthorityWords[toks[0].low] {
			f = i
			break
		}
	}
	if f < 0 {
		return nil
	}
	m := ms[f]
	for _, t := range toks {
		switch t.low {
		case "not", "no", "escapes", "avoids", "dodges", "could", "may", "might":
			return nil
		}
	}
	if m.i == 0 && m.j < len(toks) {
		kind := headActAfterFirm[toks[m.j].low]
		if kind == "" {
			return nil
		}
		if kind[len(kind)-1] == ' ' {
			obj := ""
			for q := m.j + 1; q < len(toks) && q <= m.j+3; q++ {
				if o, ok := headActObjects[toks[q].low]; ok {
					obj, kind = toks[q].low, kind[:len(kind)-1]
					if o != "" && o != kind {
						return nil
					}
					break
				}
			}
			if obj == "" {
				return nil
			}
		}
		if (toks[m.j].low == "ordered" || toks[m.j].low == "told") && (m.j+1 >= len(toks) || toks[m.j+1].low != "to") ||
			(toks[m.j].low == "banned" || toks[m.j].low == "barred") && !wordWithin(toks, m.j+1, 2, "from") {
			return nil
		}
		return &headAct{kind: kind, action: toks[m.j].low, firm: asFirm(m)}
	}
	if m.i >= 2 && m.i <= 3 && headAuthorityWords[toks[0].low] {
		v := toks[m.i-1].low
		if kind := headActBeforeFirm[v]; kind != "" && (m.i == 2 || toks[1].low == "to") {
			return &headAct{kind: kind, action: v, firm: asFirm(m)}
		}
	}
	return nil
}

// headActOwned: the headline's act, now that the body's first sentence
// opens with an authority and names the same firm again.
func headActOwned(h *headAct, toks []token, ms []mention, ctx *docContext) []Claim {
	a := 0
	if len(ms) > 1 && ms[0].class == mPlace && ms[0].poss && ms[1].i == ms[0].j {
		a = 1 // "Poland's Civil Aviation Authority said": the place only says whose
	}
	if h == nil || len(ms) == 0 || ms[a].class != mAuth || ms[a].i > 3 {
		return nil
	}
	auth := ms[a].ent
	named := false
	for _, m := range ms[a+1:] {
		if (m.firmOrName() || m.class == mOther && m.src == "name") && sameEntity(asFirm(m), h.firm) || m.class == mPron && m.firmRef != nil && sameEntity(*m.firmRef, h.firm) {
			named = true
		}
	}
	if !named && h.kind != KindApproval {
		return nil
	}
	if hasActOn(ctx.claims, h.kind, auth, h.firm) {
		return nil
	}
	return []Claim{{Kind: h.kind, Actor: auth, Targets: []Entity{h.firm}, Action: h.action, Confidence: 0.5, Rule: h.kind + "/headline-owned"}}
}
