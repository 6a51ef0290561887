package extract

import "strings"

// The fallback: frames miss the long tail of phrasings. When no frame made a
// claim of a sentence that plainly holds the ingredients of one (a strong
// trigger, an authority or firm acting before it, a firm it falls on just
// after it, in the same clause), the fallback emits that claim with a lower
// confidence and a rule of its own ("fallback/..."), so editors can tell a
// guess from a frame. It refuses anything a frame would refuse for meaning
// rather than for form: negation, questions, conditions, powers, requests
// by third parties, possibilities ("could face").

// strong triggers the fallback trusts, per role. Weak verbs (set, take,
// give, face, receive, file, close, open ...) are left to their frames.
var fallbackAuthVerbs = toSet(`order instruct require direct ban prohibit bar forbid summon compel restrain enjoin
 mandate fine penalize sanction punish revoke investigate probe examine audit raid inspect scrutinize charge
 indict approve clear authorize license permit grant greenlight endorse block restrict suspend search censure reprimand`)

var fallbackActionVerbs = toSet(`acquire buy purchase partner merge integrate sue block unblock restrict swap combine delist`)

var fallbackResponseVerbs = toSet(`comply appeal challenge reject deny contest dispute oppose welcome agree pledge
 implement rectify cooperate obey refute rebut criticise condemn resist defy disagree abide heed respect`)

// words that make the whole sentence a possibility, a power, a condition or
// someone else's wish rather than an act.
var fallbackVetoWords = toSet(`if unless whether could might can cannot should ought power powers right
 urged urges urge asked asks called calls pressed wants wanted lobbied petitioned seeking sought seeks
 analyst analysts expect expects expected would-be hypothetical`)

// words that end the clause a trigger's arguments must share with it.
var fallbackClauseBreaks = toSet(`; said says say according which who whom while when after before because but although though since whereas
 following amid despite ahead pending`)

// fallbackSkipBefore: a firm after one of these is not what the act falls on
// ("fined by", "bought from", "unlike X").
var fallbackSkipBefore = toSet(`by from than like unlike including versus vs rival rivals competitor competitors`)

// verbs the lexicon lacks, for the fallback only: its guards keep them to
// an authority acting on a firm named right after ("has censured insurer X").
var fallbackExtraVerbs = map[string]trigger{
	"censured":    {lemma: "censure", authKind: KindPenalty, form: formPast},
	"censures":    {lemma: "censure", authKind: KindPenalty, form: formBase},
	"reprimanded": {lemma: "reprimand", authKind: KindPenalty, form: formPast},
	"reprimands":  {lemma: "reprimand", authKind: KindPenalty, form: formBase},
	"sanctions":   {lemma: "sanction", authKind: KindPenalty, form: formBase},
	"countersue":  {lemma: "sue", firmKind: KindAction, form: formBase},
	"countersued": {lemma: "sue", firmKind: KindAction, form: formPast},
	"countersues": {lemma: "sue", firmKind: KindAction, form: formBase},
}

type fallbackClaim struct {
	c Claim
	k int
}

// fallbackClaims returns at most one claim per trigger of a sentence, of a
// kind no frame found there (found), between parties no frame tied.
func (x *ClaimExtractor) fallbackClaims(s sentence, ms []mention, ctx *docContext, found []Claim) []fallbackClaim {
	toks := s.toks
	if len(toks) < 5 || len(ms) < 2 || toks[len(toks)-1].text == "?" {
		return nil
	}
	for _, t := range toks {
		if fallbackVetoWords[t.low] {
			return nil
		}
	}
	covered, endsAt := mentionSpans(len(toks), ms)
	var out []fallbackClaim
	for k := range toks {
		if covered[k] {
			continue
		}
		tgs := x.lx.triggerAt(toks, k, endsAt[k])
		if tg, ok := fallbackExtraVerbs[toks[k].low]; ok && endsAt[k] || ok && k > 0 && fallbackAdverb(toks[k-1].low) {
			tgs = append([]trigger{tg}, tgs...)
		}
		for _, tg := range tgs {
			if tg.form == formModal || tg.form == formNoun && tg.authKind == "" {
				continue
			}
			if negatedAt(toks, k) || requestedOnly(toks, k) || inConditional(toks, k) || inWhetherClause(toks, k) || notTheActorsAct(toks, ms, k, tg) != "" {
				continue
			}
			if c, ok := x.fallbackOne(toks, ms, k, tg, ctx); ok {
				if vetoClaim(toks, k, c) != "" || foundAlready(c, found) || c.Kind == KindApproval && grantsRequestedOrder(toks, ms, k) {
					continue
				}
				out = append(out, fallbackClaim{c, k})
				break
			}
		}
	}
	return out
}

func (x *ClaimExtractor) fallbackOne(toks []token, ms []mention, k int, tg trigger, ctx *docContext) (Claim, bool) {
	if tg.form == formNoun {
		return fallbackImposed(toks, ms, k, tg)
	}
	passive := passiveAux(toks, k, tg) >= 0
	subj := fallbackSubject(toks, ms, k)
	if subj < 0 && !passive {
		subj = x.coordinatedSubject(toks, ms, k)
	}
	switch {
	case tg.authKind != "" && fallbackAuthVerbs[tg.lemma] && !passive && subj >= 0 && isAuthMention(ms[subj]):
		if tg.authKind == KindMandate && objectIsInquiry(toks, k) {
			return Claim{}, false // "ordered its investigation arm to probe X": the frames' probe, no mandate
		}
		targets := fallbackObjects(toks, ms, k)
		if len(targets) == 0 {
			return Claim{}, false
		}
		return Claim{Kind: tg.authKind, Actor: authOf(ms[subj]), Targets: targets, Action: tg.lemma, Prohibition: tg.prohibition,
			Confidence: 0.5, Rule: "fallback/" + tg.authKind}, true
	case tg.authKind != "" && fallbackAuthVerbs[tg.lemma] && passive:
		// "X was fined ... by the regulator"
		if subj < 0 || !isFirmMention(ms[subj]) {
			return Claim{}, false
		}
		agent := agentAfter(toks, ms, k)
		if len(agent) == 0 || !isAuthMention(ms[agent[0]]) {
			return Claim{}, false
		}
		return Claim{Kind: tg.authKind, Actor: authOf(ms[agent[0]]), Targets: firmsOfList(toks, ms, subj), Action: tg.lemma, Prohibition: tg.prohibition,
			Confidence: 0.5, Rule: "fallback/" + tg.authKind + "-passive"}, true
	case tg.firmKind == KindAction && fallbackActionVerbs[tg.lemma] && !passive && subj >= 0 && isFirmMention(ms[subj]):
		actor := firmOf(ms[subj])
		var targets []Entity
		for _, t := range fallbackObjects(toks, ms, k) {
			if !sameEntity(t, actor) {
				targets = append(targets, t)
			}
		}
		if len(targets) == 0 {
			return Claim{}, false
		}
		return Claim{Kind: KindAction, Actor: actor, Targets: targets, Action: tg.lemma, Confidence: 0.45, Rule: "fallback/action"}, true
	case tg.firmKind == KindResponse && fallbackResponseVerbs[tg.lemma] && !passive && subj >= 0 && isFirmMention(ms[subj]):
		actor := firmOf(ms[subj])
		if agreedToDeal(toks, k) {
			return Claim{}, false // "agreed in July to buy 75% of Pearl": a deal, not an answer
		}
		if deniesReportedAct(toks, k) {
			return Claim{}, false // (claims_response_business.go) "denied media reports that it had been ordered to"
		}
		var auths []Entity
		if a := fallbackAuthAfter(toks, ms, k); a != nil && !(a.Type == TypeCourt && namedAsVenue(toks, k, *a)) {
			auths = []Entity{*a}
		} else {
			auths = ctx.authsActingOn([]Entity{actor})
		}
		if len(auths) == 0 {
			return Claim{}, false
		}
		return Claim{Kind: KindResponse, Actor: actor, Targets: auths, Action: tg.lemma, Stance: tg.stance, Confidence: 0.45, Rule: "fallback/response"}, true
	}
	return Claim{}, false
}

// fallbackSubject: the mention that is the subject of the verb at k: right
// before it, past auxiliaries, adverbs and a day ("X on Tuesday fined"), a
// bracketed acronym ("the Authority (FMA) has"), or one apposition between
// commas ("X, the country's largest operator, has"); -1 when there is none
// ("ARM CPU with integrated Bluetooth" is no act).
func fallbackSubject(toks []token, ms []mention, k int) int {
	q := k - 1
	appos := false
	for q >= 0 {
		switch {
		case fallbackGapWords[toks[q].low]:
			q--
		case toks[q].text == ")" && q >= 2 && toks[q-2].text == "(" && isAcronym(toks[q-1].text):
			q -= 3
		case toks[q].text == "," && !appos:
			p := q - 1
			for p >= 0 && q-p <= 10 && toks[p].text != "," {
				if fallbackClauseBreaks[toks[p].low] || toks[p].low == "that" || toks[p].low == "and" || toks[p].low == "which" || toks[p].text == ";" {
					return -1
				}
				p--
			}
			if p < 1 || toks[p].text != "," || q-p < 2 {
				return -1
			}
			appos = true
			q = p - 1
		default:
			for n := range ms {
				if ms[n].j == q+1 && !ms[n].poss {
					return n
				}
			}
			return -1
		}
	}
	return -1
}

// coordinatedSubject: "X rejected a request by Y ... and instructed the
// utility to": the subject of the verb before "and", when no clause
// boundary stands between.
func (x *ClaimExtractor) coordinatedSubject(toks []token, ms []mention, k int) int {
	q := k - 1
	for q >= 0 && fallbackGapWords[toks[q].low] {
		q--
	}
	if q < 1 || toks[q].low != "and" {
		return -1
	}
	for v := q - 1; v >= 0 && v >= q-20; v-- {
		if fallbackClauseBreaks[toks[v].low] || toks[v].text == ";" || toks[v].low == "that" {
			return -1
		}
		for _, t := range x.lx.forms[toks[v].low] {
			if t.form == formPast || t.form == formBase && strings.HasSuffix(toks[v].low, "s") {
				return fallbackSubject(toks, ms, v)
			}
		}
	}
	return -1
}

// fallbackObjects: the firms (and the list they head) first named after k
// in its clause, within a dozen tokens.
func fallbackObjects(toks []token, ms []mention, k int) []Entity {
	for n := range ms {
		if ms[n].i <= k {
			continue
		}
		if ms[n].i > k+12 {
			return nil
		}
		for q := k + 1; q < ms[n].i; q++ {
			if fallbackClauseBreaks[toks[q].low] || toks[q].text == ";" || toks[q].text == "." {
				return nil
			}
		}
		if ms[n].i > 0 && fallbackSkipBefore[toks[ms[n].i-1].low] || tieFarEnd(toks, ms[n].i) {
			return nil // ("the lender's dealings with X": X is the far end of a tie, claims_counterparty.go)
		}
		if isAuthMention(ms[n]) || ms[n].class == mPerson || ms[n].class == mPlace {
			return nil
		}
		if personsBetween(toks, k+1, ms[n].i) || ms[n].poss && personsBetween(toks, ms[n].j, min(ms[n].j+3, len(toks))) {
			// "banned two former traders of X", "fined the chairman of X":
			// persons are acted on, not the firm
			return nil
		}
		if isLooseObject(toks, ms[n], k) && !isTargetMention(ms[n]) {
			var out []Entity
			for _, i := range listFrom(toks, ms, n) {
				if isTargetMention(ms[i]) || isLooseObject(toks, ms[i], k) || ms[i].class == mOther && ms[i].src == "name" && !modifiesNext(toks, ms[i].j) {
					out = append(out, asFirm(ms[i]))
				}
			}
			return onlyTargets(out, nil)
		}
		if !isTargetMention(ms[n]) {
			continue
		}
		return firmsOfList(toks, ms, n)
	}
	return nil
}

// fallbackAuthAfter: an authority named after a response trigger in its
// clause ("would challenge in court a decision by the aviation authority").
func fallbackAuthAfter(toks []token, ms []mention, k int) *Entity {
	for n := range ms {
		if ms[n].i <= k {
			continue
		}
		if ms[n].i > k+14 {
			return nil
		}
		for q := k + 1; q < ms[n].i; q++ {
			if fallbackClauseBreaks[toks[q].low] || toks[q].text == ";" {
				return nil
			}
		}
		if isAuthMention(ms[n]) {
			e := authOf(ms[n])
			return &e
		}
	}
	return nil
}

func firmsOfList(toks []token, ms []mention, n int) []Entity {
	var out []Entity
	for _, i := range listFrom(toks, ms, n) {
		if isTargetMention(ms[i]) {
			out = append(out, firmOf(ms[i]))
		}
	}
	return onlyTargets(out, nil)
}

var fallbackGapWords = toSet(`has have had is are was were will would also separately formally publicly jointly
 on last this week month year monday tuesday wednesday thursday friday saturday sunday yesterday today now`)

// fallbackAdverb: words allowed between a subject and its verb.
func fallbackAdverb(w string) bool {
	switch w {
	case "has", "have", "had", "also", "separately", "formally", "publicly", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today":
		return true
	}
	return false
}

// isTargetMention: a firm, or a name the catalogue lacks that is long enough
// not to be a stray capitalized word ("Abay Digital Finance").
func isTargetMention(m mention) bool {
	return isFirmMention(m) || m.class == mName && nameLen(&m) >= 2 && !isModelCode(m)
}

// isLooseObject: an unknown name right after the verb of an authority's act
// ("has licensed stc and Mobily to offer"), which the name typer took for
// a modifier.
func isLooseObject(toks []token, m mention, k int) bool {
	if !((m.class == mName || m.class == mOther && m.src == "name" && !modifiesNext(toks, m.j)) && !m.poss && m.i <= k+3 && !isModelCode(m) && !isAcronym(span(toks, m.i, m.j))) {
		return false
	}
	for q := k + 1; q < m.i; q++ {
		if toks[q].kind == tokWord && (fallbackPreps[toks[q].low] || toks[q].upper) {
			return false // "investigating claims against Yoon": not the object
		}
	}
	return true
}

var fallbackPreps = toSet(`against of about into on to with for from by over at in under`)

// personsBetween: a title or staff noun between a verb and a firm, which
// then only says whose staff they are.
func personsBetween(toks []token, a, b int) bool {
	for q := a; q < b; q++ {
		w := toks[q].low
		if roleHeads[w] || formerTitles[w] || personTitles[w] || staffNouns[w] {
			return true
		}
	}
	return false
}

var staffNouns = toSet(`former ex executives directors officers officials managers employees staff traders workers members
 founders shareholders individuals people persons brokers agents lawyers auditors chairmen owners`)

// modifiesNext: a lower-case content word follows the name, which then only
// describes it ("fines Dnipro lender").
func modifiesNext(toks []token, j int) bool {
	if j >= len(toks) || toks[j].kind != tokWord || toks[j].upper {
		return false
	}
	switch toks[j].low {
	case "to", "and", "or", "for", "over", "on", "in", "with", "after", "from", "at", "as":
		return false
	}
	return true
}

func isAuthMention(m mention) bool {
	return m.class == mAuth || m.class == mPron && !m.plural && m.authRef != nil && m.firmRef == nil
}

func isFirmMention(m mention) bool {
	return m.class == mFirm || m.class == mPron && !m.plural && m.firmRef != nil && m.authRef == nil
}

func authOf(m mention) Entity {
	if m.class == mPron {
		return *m.authRef
	}
	return m.ent
}

func firmOf(m mention) Entity {
	if m.class == mPron {
		return *m.firmRef
	}
	return asFirm(m)
}

var imposeVerbs = toSet(`imposed imposes impose levied levies slapped slaps handed hands issued issues`)

// fallbackImposed: an authority that "imposed a penalty of ₹2.5 crore on X"
// or "issued a directive to X": the noun's kind, on the firm after "on",
// "against" or "to".
func fallbackImposed(toks []token, ms []mention, k int, tg trigger) (Claim, bool) {
	v := -1
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if imposeVerbs[toks[q].low] {
			v = q
			break
		}
		if toks[q].kind == tokPunct {
			break
		}
	}
	if v < 0 || negatedAt(toks, v) {
		return Claim{}, false
	}
	subj := fallbackSubject(toks, ms, v)
	if subj < 0 || !isAuthMention(ms[subj]) {
		return Claim{}, false
	}
	for n := range ms {
		if ms[n].i <= k || !isTargetMention(ms[n]) {
			continue
		}
		if ms[n].i > k+12 {
			break
		}
		p := toks[ms[n].i-1].low
		if p == "the" && ms[n].i >= 2 {
			p = toks[ms[n].i-2].low
		}
		if p != "on" && p != "against" && p != "to" {
			break
		}
		for q := k + 1; q < ms[n].i; q++ {
			if fallbackClauseBreaks[toks[q].low] || toks[q].text == ";" {
				return Claim{}, false
			}
		}
		if personsBetween(toks, k+1, ms[n].i) {
			return Claim{}, false
		}
		targets := firmsOfList(toks, ms, n)
		if len(targets) == 0 {
			return Claim{}, false
		}
		return Claim{Kind: tg.authKind, Actor: authOf(ms[subj]), Targets: targets, Action: tg.lemma, Prohibition: tg.prohibition,
			Confidence: 0.5, Rule: "fallback/" + tg.authKind + "-noun"}, true
	}
	return Claim{}, false
}

// foundAlready: a frame found a claim of c's kind in the sentence, or tied
// c's actor to one of its targets: the frame's reading stands.
func foundAlready(c Claim, found []Claim) bool {
	for _, f := range found {
		if f.Kind == c.Kind || sameEntity(f.Actor, c.Actor) && anySame(f.Targets, c.Targets) {
			return true
		}
	}
	return false
}

// mentionSpans marks the tokens inside a mention (covered) and the token
// positions a mention ends at (endsAt, one longer than the sentence): what
// the fallback and the learned candidates skip and stop at.
func mentionSpans(n int, ms []mention) (covered, endsAt []bool) {
	covered = make([]bool, n)
	endsAt = make([]bool, n+1)
	for _, m := range ms {
		for q := m.i; q < m.j; q++ {
			covered[q] = true
		}
		endsAt[m.j] = true
	}
	return covered, endsAt
}
