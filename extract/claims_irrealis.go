package extract

import "strings"

// Acts a sentence names without anyone doing them: what an order makes a
// firm stop or start ("requiring the fund manager to stop accepting new
// investors"), and what a firm only waits for another to do ("waiting for
// Alibaba to buy it").

// vetoUnperformed returns why the candidate c built from the trigger at k
// tells no act done, or "".
func vetoUnperformed(toks []token, k int, c Claim) string {
	switch {
	case c.Kind == KindAction && orderedToCease(toks, k):
		return "what an order makes a firm stop or start ('requiring X to stop accepting') is the order's content, not a firm's act"
	case c.Kind == KindAction && awaitedAct(toks, k):
		return "an act a firm only waits or hopes for ('waiting for X to buy it') is not done"
	}
	return ""
}

// phaseVerbs sit between "to" and the ordered practice: "to stop
// accepting", "to cease offering", "to start allowing".
var phaseVerbs = toSet(`stop cease halt end discontinue suspend start begin resume keep continue quit`)

// orderedToCease: the trigger at k is the practice an order names after
// "to stop/cease/start" ("directed it to stop accepting deposits",
// "requiring the fund manager to stop accepting new investors").
func orderedToCease(toks []token, k int) bool {
	if k < 3 || !phaseVerbs[toks[k-1].low] || toks[k-2].low != "to" {
		return false
	}
	for q := k - 3; q >= 0 && q >= k-11; q-- {
		w := toks[q].low
		if orderVerbs[w] || w == "requiring" || w == "directing" || w == "ordering" || w == "instructing" || w == "forcing" || w == "forced" || w == "compelled" || w == "compelling" || w == "asked" || w == "asking" || w == "urged" || w == "urging" {
			return true
		}
		if toks[q].text == ";" || toks[q].text == "." {
			return false
		}
	}
	return false
}

// awaitVerbs: waiting or hoping for another to act.
var awaitVerbs = toSet(`wait waits waiting waited hope hopes hoping hoped`)

// awaitedAct: "waiting for Alibaba to buy it", "hoping for a rival to
// take it over": "<await> for <party> to <trigger>".
func awaitedAct(toks []token, k int) bool {
	if k < 3 || toks[k-1].low != "to" {
		return false
	}
	for q := k - 2; q >= 1 && q >= k-7; q-- {
		if toks[q].low == "for" && awaitVerbs[toks[q-1].low] {
			return true
		}
		if toks[q].kind == tokPunct && toks[q].text != "." {
			return false
		}
	}
	return false
}

// demonymModifier: a nationality adjective qualifying a plain noun
// ("Vietnamese mobile phone numbers", "Chinese consumers") names no
// government that could have acted, so a later agentless passive ("are
// also required to ...") must not take it as its authority. "Chinese
// regulators" still stands for an authority.
func demonymModifier(toks []token, m mention) bool {
	if m.class != mPlace || m.poss || m.j-m.i != 1 || m.j >= len(toks) {
		return false
	}
	name := toks[m.i].low
	if name == strings.ToLower(m.ent.Canonical) || !hasDemonymEnding(name) {
		return false
	}
	next := toks[m.j]
	return next.kind == tokWord && !next.upper && authHeads[next.low] == ""
}

func hasDemonymEnding(w string) bool {
	for _, suf := range []string{"ese", "ian", "ish", "ean", "an", "ic", "i", "ch", "ss"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
