package extract

import (
	"strings"
	"unicode"
)

// A class of firms bound by an act, with its members named: the members
// are the targets. The spec keeps a sector target only when no firm is
// named; a class with named members left as a sector adds a claim on no
// one.

// memberCues introduce named members of a class after it: "including A
// and B", "such as A", "a rule aimed at A and B", "among them A".
var memberCues = toSet(`including includes include such aimed targeting notably namely`)

// namedMembers gives a claim whose every target is a class the firms the
// sentence names as its members after a cue ("fined four cement makers
// ..., including Yamama Cement and Southern Province Cement").
func namedMembers(toks []token, ms []mention, out []Claim) []Claim {
	for i := range out {
		c := &out[i]
		if c.Kind == KindResponse || c.Kind == KindAction || !onlySectors(c.Targets) {
			continue
		}
		sec := -1
		for n, m := range ms {
			if m.class == mSector && strings.EqualFold(m.ent.Name, c.Targets[0].Name) {
				sec = n
				break
			}
		}
		if sec < 0 {
			continue
		}
		if firms := membersSetOff(toks, ms, sec); len(firms) > 0 {
			c.Targets = firms
		} else if firms := membersAfter(toks, ms, ms[sec].j); len(firms) > 0 {
			c.Targets = firms
		} else if firms := countedMembersLater(toks, ms, sec, out); len(firms) > 0 {
			c.Targets = firms
		}
	}
	return out
}

// membersAfter: the firms listed right after a member cue past from.
func membersAfter(toks []token, ms []mention, from int) []Entity {
	for q := from; q < len(toks); q++ {
		w := toks[q].low
		if !memberCues[w] {
			continue
		}
		if w == "such" && !(q+1 < len(toks) && toks[q+1].low == "as") {
			continue
		}
		if w == "aimed" && !(q+1 < len(toks) && toks[q+1].low == "at") {
			continue
		}
		lim := q + 3
		if r := makersAfterCue(toks, q+1); r > 0 {
			lim = r // "including new models from A and B": the makers of the members
		}
		for n, m := range ms {
			if m.i <= q || m.i > lim {
				continue
			}
			if m.class != mFirm && m.class != mName {
				break
			}
			var out []Entity
			for _, j := range listFrom(toks, ms, n) {
				if ms[j].firmOrName() {
					out = append(out, asFirm(ms[j]))
				}
			}
			return out
		}
	}
	return nil
}

// membersSetOff: the firms listed right after the class ms[sec], set off
// by a dash or colon ("three streaming services – A, B and C –") or, for a
// counted class, a comma ("two lenders, A and B"). After a comma one name
// alone may open a new clause ("fined two banks, Acme said"), so a comma
// needs two members.
func membersSetOff(toks []token, ms []mention, sec int) []Entity {
	e := ofPhraseEnd(toks, ms[sec].j)
	first := sec + 1
	for first < len(ms) && ms[first].i <= e {
		first++ // (past the mentions an "of" phrase may hold)
	}
	if e+1 >= len(toks) || first >= len(ms) || ms[first].i != e+1 || !ms[first].firmOrName() || ms[first].poss {
		return nil
	}
	p := toks[e].text
	if !classOpener(p) || p == "-" && toks[e].bstart == toks[e-1].bend {
		return nil
	}
	var out []Entity
	for _, j := range listFrom(toks, ms, first) {
		if ms[j].firmOrName() {
			out = append(out, asFirm(ms[j]))
		}
	}
	if p == "," && (len(out) < 2 || !counted(ms[sec].ent.Name)) {
		return nil
	}
	return out
}

// membersBetweenCommas: the firms named in a members' appositive that
// closes with the comma right before the verb at k ("lenders, including A
// and B, must", "every operator, among them A, B and C, must"); nil when
// the words before k are no such appositive.
func membersBetweenCommas(toks []token, ms []mention, k int) []int {
	e := k
	for e > 0 && (toks[e-1].low == "also" || toks[e-1].low == "now" || toks[e-1].low == "all") {
		e--
	}
	if e < 4 || toks[e-1].text != "," {
		return nil
	}
	// the last mention ends at the comma; walk its list back to the cue
	last := -1
	for n := len(ms) - 1; n >= 0; n-- {
		if ms[n].j == e-1 {
			last = n
			break
		}
		if ms[n].j < e-1 {
			break
		}
	}
	if last < 0 || !ms[last].firmOrName() {
		return nil
	}
	idx := listLeft(toks, ms, last)
	// (the list may run on through the cue to the class itself)
	for c := len(idx) - 1; c >= 0; c-- {
		if !memberCueBefore(toks, ms[idx[c]].i) {
			continue
		}
		var out []int
		for _, n := range idx[c:] {
			if ms[n].firmOrName() {
				out = append(out, n)
			}
		}
		return out
	}
	return nil
}

// membersBeforeInfinitive: the firms named after a member cue in the
// object of the verb at k when the list ends where its "to" + verb begins
// ("requiring retail chains with sales above X, including A, B and C, to
// pay"); nil otherwise.
func membersBeforeInfinitive(toks []token, ms []mention, k int) []Entity {
	for i := range ms {
		m := ms[i]
		if m.i <= k {
			continue
		}
		if m.i > k+25 {
			break
		}
		if !m.firmOrName() || !memberCueBefore(toks, m.i) {
			continue
		}
		for q := k + 1; q < m.i; q++ {
			if toks[q].text == ";" || toks[q].text == "." || toks[q].low == "that" || toks[q].low == "to" {
				return nil // another clause, or the verb's own infinitive, comes first
			}
		}
		idx := listFrom(toks, ms, i)
		if !toThrough(toks, ms[idx[len(idx)-1]].j) {
			return nil
		}
		var out []Entity
		for _, j := range idx {
			if ms[j].firmOrName() {
				out = append(out, asFirm(ms[j]))
			}
		}
		return out
	}
	return nil
}

// memberCueBefore: the name at i follows ", including", ", such as",
// ", among them", ", notably" or ", namely".
func memberCueBefore(toks []token, i int) bool {
	q := i - 1
	if q < 1 {
		return false
	}
	switch w := toks[q].low; {
	case w == "as" && toks[q-1].low == "such", w == "them" && toks[q-1].low == "among":
		q--
	case w == "including" || w == "notably" || w == "namely":
	default:
		return false
	}
	return q >= 1 && toks[q-1].text == ","
}

// countedMembersLater: the firms a later clause of the sentence names as
// subjects, exactly as many as the class counts ("Three carriers were told
// to stop ... by the FCC, which said that A, B and C had failed"). The
// count and the clause slot (after "that", "saying" or a comma, before a
// verb) keep other names out ("analysts at Barclays and Citi said").
func countedMembersLater(toks []token, ms []mention, sec int, out []Claim) []Entity {
	n := classCount(ms[sec].ent)
	if n < 2 {
		return nil
	}
	for i := sec + 1; i < len(ms); i++ {
		m := ms[i]
		if !m.firmOrName() || m.poss || m.i == 0 {
			continue
		}
		if p := toks[m.i-1].low; p != "that" && p != "saying" && p != "said" && p != "," && p != "namely" {
			continue
		}
		idx := listFrom(toks, ms, i)
		var firms []Entity
		for _, j := range idx {
			if ms[j].firmOrName() {
				firms = append(firms, asFirm(ms[j]))
			}
		}
		end := ms[idx[len(idx)-1]].j
		if len(firms) != n || end >= len(toks) {
			return nil
		}
		if v := toks[end]; v.lex&lxBeForm == 0 && !(v.kind == tokWord && !v.upper && strings.HasSuffix(v.low, "ed")) {
			return nil
		}
		for _, c := range out {
			if anySame(c.Targets, firms) {
				return nil // another act of the sentence is on them
			}
		}
		return firms
	}
	return nil
}

// makersAfterCue: the class's members told by what they make ("new
// models from", "apps made by", "services of"): lower-case words up to
// "from", "by" or "of" within five words of q; the index of the word after
// it, or 0.
func makersAfterCue(toks []token, q int) int {
	for p := q; p < len(toks) && p < q+6; p++ {
		t := toks[p]
		if t.kind != tokWord || t.upper {
			return 0
		}
		if p > q && (t.low == "from" || t.low == "by" || t.low == "of") {
			return p + 1
		}
	}
	return 0
}

// countedClassCovered: a claim on a counted class only ("four cement
// makers", "Five small banks") when the article also names firms the same
// authority acted on in the same way: the members stand for the class.
func countedClassCovered(c Claim, all []Claim) bool {
	if !onlySectors(c.Targets) || !counted(c.Targets[0].Name) {
		return false
	}
	for _, o := range all {
		if o.Kind == c.Kind && sameEntity(o.Actor, c.Actor) && len(o.Targets) > 0 && !onlySectors(o.Targets) {
			return true
		}
	}
	return false
}

func counted(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	return countWords[f[0]] || unicode.IsDigit(rune(f[0][0]))
}
