package extract

import "strings"

// Responses: a firm answering an authority's act, found through the
// authority named in the object or the acts on the firm earlier in the article.

// words in a response's object that show it answers an authority's act.
var answerWords = toSet(`penalty penalties fine fines decision order orders requirements requirement terms ruling rulings
 charges charge rules rule demands demand lawsuit case allegations accusations regulators regulator findings
 law laws settlement measures directive directives guidance injunction verdict judgment sanctions ban probe
 investigation matter request wrongdoing regulation regulations instructions instruction deadline deadlines
 conditions condition suspension revocation closure notice penalties suit suits complaint inquiry proceedings audit
 responsibility failures failings shortcomings breaches lapses remedies remedy commitments undertakings recommendations
 claim claims judgment judgement verdicts sanction summons warning warnings directions decree decrees resolution edict
 moratorium freeze restrictions restriction prohibition conviction indictment assessment demands tax bill
 accusation allegation complaints finding direction refusal`)

// whyNoAuthYet: a response found no act to answer, so far.
const whyNoAuthYet = "no authority acted on this firm earlier in the article"

// buildResponse makes a firm's answer to an authority; its target is the
// authority named in the object, else the one whose act concerned the firm.
func (x *ClaimExtractor) buildResponse(toks []token, ms []mention, k int, tg trigger, actors, objs []Entity, neg bool, ctx *docContext, sofar []Claim, rule string) ([]Claim, string) {
	if timeToRespond(toks, k) {
		if tg.lemma == "comply" && !neg {
			// "Cdiscount, which has two months to comply with the CNIL's
			// injunction": the firm is bound by the act it must comply with
			if a := actAuthorAfter(toks, ms, k); a != nil {
				var out []Claim
				for _, f := range actors {
					out = append(out, Claim{Kind: KindMandate, Actor: *a, Targets: []Entity{f}, Action: "order", Confidence: 0.6, Rule: "mandate/time-to-comply"})
				}
				return out, ""
			}
		}
		return nil, "a time allowed to answer (\"has 30 days to appeal\"), no stance taken"
	}
	if speakerParticiple(toks, ms, k) {
		return nil, "a participle of the speaker who is no firm (\"the chairman told reporters, rejecting claims\")"
	}
	if clubSubject(toks, k) {
		return nil, "a sports club or team answering its league, no firm"
	}
	if opinionVerbs[tg.lemma] && personBefore(toks, k) {
		return nil, "a person's opinion (\"using his platform to criticise ...\"), not a firm's answer"
	}
	idx := objectMentions(toks, ms, k, false)
	var auths []Entity
	hasFirmObj := false
	for _, i := range idx {
		m := ms[i]
		if m.class == mAuth && !(m.j < len(toks) && (docNouns[toks[m.j].low] || toks[m.j].low == "review")) && !reviewerAt(toks, m.i) && !reliefFrom(toks, m) {
			// (not "a court filing showed": the court only names the document)
			auths = append(auths, m.ent)
		}
		if m.firmOrName() && !sameEntityAny(m.ent, actors) {
			hasFirmObj = true
		}
	}
	// the words after the verb, up to the clause end
	end := clauseEnd(toks, k+1)
	if tg.lemma == "appeal" && len(auths) > 0 {
		// "would appeal to the administrative court": the court is where the
		// appeal goes; the act answered is the authority's that acted on the firm
		venue := true
		for _, i := range idx {
			if m := ms[i]; m.class == mAuth && !venueBefore(toks, m.i) {
				venue = false
			}
		}
		if a := (&docContext{claims: sofar}).authsActingOn(actors); venue && len(a) == 0 {
			a = ctx.authsActingOn(actors)
			if kinds := answeredKinds(toks[k+1 : end]); kinds != nil {
				// "would appeal the fine to the administrative court" after a
				// fine and a later probe: the fine's authority is answered
				if b := ctx.authsActingOnKind(actors, kinds, answeredNoun(toks[k+1:end])); len(b) > 0 {
					a = b
				}
			}
			if len(a) > 0 {
				auths = a
			} else if c := ctx.lastCourtExcept(auths); c != nil {
				// "was upheld by the Court of Appeal ... would take the case to
				// the Council of State": a further appeal answers the court below
				auths = []Entity{*c}
			} else if l := loneAuthAnswered(toks, k, ctx, auths); l != nil {
				// "would appeal the decision to the Competition Tribunal" after an
				// act told in words no rule reads: the article's only other authority
				auths = []Entity{*l}
			} else {
				return nil, "an appeal to a court with no act on the firm to answer"
			}
		} else if venue && len(a) > 0 {
			auths = a
		}
	}
	if len(auths) == 0 {
		// "comply with the regulator's order", "appeal against the commission's ruling"
		for _, m := range ms {
			// ("lodged an appeal against the CAK's decision": the act's author after "against")
			if m.class == mAuth && m.i > k && m.i < end && (m.i <= k+4 || m.i <= k+7 && (toks[m.i-1].low == "against" || toks[m.i-1].low == "the" && toks[m.i-2].low == "against")) {
				auths = append(auths, m.ent)
			}
		}
	}
	if len(auths) == 0 {
		// "complied with a directive from the Central Bank of Kenya", "the
		// findings of the watchdog": an act named with its author further on
		for _, m := range ms {
			if m.class != mAuth || m.i <= k+1 || m.i >= end || m.i > k+10 || reviewerAt(toks, m.i) || reliefFrom(toks, m) {
				continue
			}
			p := m.i - 1
			if toks[p].low == "the" || toks[p].low == "a" {
				p--
			}
			if p > k && (toks[p].low == "from" || toks[p].low == "of" || toks[p].low == "by") && p-1 > k && answerWords[toks[p-1].low] {
				auths = append(auths, m.ent)
				break
			}
		}
	}
	if len(auths) == 0 && hasWord(toks[k+1:max(k+1, min(end, k+7))], answerWords) {
		// "agreed to the remedies that had been sought by the commission",
		// "accepted the conditions, which were demanded by X" (claims_answer_author_by.go)
		if a := actAuthorByLater(toks, ms, k); a != nil {
			auths = []Entity{*a}
		}
	}
	if len(auths) == 0 {
		// "Bowing to pressure from the regulator, X agreed to refund", "at the
		// request of the ministry": the authority whose pressure is answered
		if a := pressureFrom(toks, ms); a != nil {
			auths = []Entity{*a}
		}
	}
	var issued []Claim
	{
		// "complying with a corrective order issued by the KFTC", "rejected a
		// demand from the DPC to suspend ...": the act answered is named with
		// its author; it also binds the answering firm
		if a, kind, action := actIssuedBy(toks, ms, k, end); a != nil {
			if len(auths) == 0 {
				auths = []Entity{*a}
			}
			if !neg && kind != "" {
				for _, f := range actors {
					issued = append(issued, Claim{Kind: kind, Actor: *a, Targets: []Entity{f}, Action: action, Confidence: 0.6, Rule: kind + "/issued-by"})
				}
			}
		}
	}
	obj := toks[k+1 : end]
	if v := agreedToAt(toks, k); len(auths) == 0 && (tg.lemma == "agree" || tg.lemma == "pledge") && v > 0 && agreedRemedies[toks[v].low] {
		// "The FMA ... said the company had agreed to repay NZ$2.1 million":
		// the firm's undertaking told by the authority it was made to
		if a := authSpeakerBefore(toks, ms, k); a != nil {
			auths = []Entity{*a}
		}
	}
	answers := hasWord(obj, answerWords) || len(auths) > 0
	if answers && len(auths) == 0 && firmOwnedAct(toks, ms, k+1, end) {
		answers = false // "called Solaris's decision 'arbitrary'": a firm's act (claims_response_business.go)
	}
	if !answers && (tg.lemma == "agree" || tg.lemma == "pledge" || tg.lemma == "implement") {
		// "will pay $2 million to settle ... and has agreed to change its ads":
		// agreeing right after an authority's act on the firm answers it
		answers = len((&docContext{claims: sofar}).authsActingOn(actors)) > 0
		if !answers && tg.lemma == "agree" && agreedToTheChanges(toks, k) {
			// "has agreed to the changes" after the order that asked for them
			answers = len(ctx.authsActingOn(actors)) > 0
		}
	}
	if tg.lemma == "admit" {
		if !admittedConduct(toks, k) {
			return nil, "admitted something else than the conduct charged (claims_admitted.go)"
		}
		if neg || k > 0 && toks[k-1].low == "without" {
			return nil, "did not admit (settled without admitting): no stance"
		}
		answers = answers || len((&docContext{claims: sofar}).authsActingOn(actors)) > 0 || len(ctx.authsActingOn(actors)) > 0
	}
	if !answers && tg.lemma == "deny" && deniedConduct(toks, k) {
		// "denied colluding with rivals", "denied taking part in any cartel":
		// the conduct an authority's case on the firm charges
		answers = len((&docContext{claims: sofar}).authsActingOn(actors)) > 0 || len(ctx.authsActingOn(actors)) > 0
	}
	switch tg.lemma {
	case "call", "describe":
		// "called the FTC's attempt 'a political stunt'": only with a dismissive word
		if !hasWord(toks[k+1:min(len(toks), k+20)], dismissiveWords) {
			return nil, ""
		}
		if !answers {
			return nil, "no authority's act is answered"
		}
	case "accept", "support", "agree", "allow":
		if tg.lemma == "agree" && agreedToDealTerms(toks, k) {
			return nil, "agreed a deal's terms, not an answer to an authority"
		}
		if !hasFirmObj && (tg.lemma == "accept" || tg.lemma == "allow") {
			// "stopped accepting payments from Airtel Money wallets": the firm the payments come from
			if e := nameInPhraseAfter(toks, ms, k, 6, "from", "via", "through"); e != nil && !sameEntityAny(*e, actors) && !answersWordAt(toks, k) && (neg || ceasedAt(toks, k)) {
				var out []Claim
				for _, a := range actors {
					out = append(out, Claim{Kind: KindAction, Actor: a, Targets: []Entity{*e}, Action: tg.lemma, Negated: neg, Confidence: 0.65, Rule: "action/" + tg.lemma + "-from"})
				}
				return out, ""
			}
		}
		if hasFirmObj {
			if tg.lemma == "accept" || tg.lemma == "allow" {
				var ft []Entity
				for _, i := range idx {
					if ms[i].firmOrName() && !sameEntityAny(ms[i].ent, actors) {
						ft = append(ft, asFirm(ms[i]))
					}
				}
				var out []Claim
				for _, a := range actors {
					out = append(out, Claim{Kind: KindAction, Actor: a, Targets: ft, Action: tg.lemma, Negated: neg, Confidence: 0.7, Rule: "action/" + tg.lemma + rule})
				}
				return out, ""
			}
			return nil, "agreement with another firm, not an answer to an authority"
		}
		if tg.lemma == "accept" && ceasedAt(toks, k) && !hasWord(toks[k+1:min(end, k+4)], answerWords) {
			return nil, "stopped accepting business (deposits, orders), no answer to an authority"
		}
		if !answers {
			return nil, "no authority's act is answered"
		}
	case "deny", "refuse", "fight", "challenge", "dispute", "contest", "reject",
		"oppose", "protest", "criticise", "condemn", "slam", "dismiss", "rebut", "refute", "defy", "resist", "object", "decry", "denounce":
		if tg.lemma == "dismiss" && dismissedStaff(toks, k) {
			return nil, "dismissed its own staff, no answer to an authority (claims_dismissed_staff.go)"
		}
		if !answers && !(k+1 < len(toks) && (toks[k+1].low == "it" || toks[k+1].low == "them")) &&
			!(tg.lemma == "fight" && (k+1 >= len(toks) || toks[k+1].kind == tokPunct || toks[k+1].low == "back" || toks[k+1].low == "on")) {
			// ("Coinbase said it would fight.", "vowed to fight back")
			return nil, "no authority's act is answered"
		}
	case "bow":
		if !answers {
			return nil, "bowed to pressure from no authority (investors, customers)"
		}
	case "push":
		if k+1 >= len(toks) || toks[k+1].low != "back" || !answers && !pushedBackAlone(toks, k) {
			return nil, "push without \"back\" against an authority's act"
		}
	case "meet":
		if !hasWord(obj, answerWords) && !answerBeforeRelative(toks, k) || metPeople(obj) {
			return nil, "met someone, not a deadline or demand"
		}
	case "plead":
		// "pleaded guilty ... as part of a settlement with the Justice
		// Department": the plea answers the charges (claims_plea.go)
		plea, notGuilty := pleaAt(toks, k)
		if !plea {
			return nil, "pleaded with someone or for something, no plea to a charge"
		}
		if personPlea(toks) {
			return nil, "a person's plea (\"pleaded not guilty when she appeared\"), not a firm's"
		}
		if notGuilty {
			tg.stance = "resist"
		}
		if len((&docContext{claims: sofar}).authsActingOn(actors)) == 0 && len(ctx.authsActingOn(actors)) == 0 {
			if a := pleaAuthorities(ms); len(a) > 0 {
				auths = a
			}
		}
	case "implement", "pledge", "heed", "honour", "adhere", "fulfil", "admit":
		if !answers && !answerBeforeRelative(toks, k) {
			return nil, "no authority's act is answered"
		}
	}
	for _, a := range actors {
		if a.Type != TypeFirm {
			return nil, "the responder is not a firm"
		}
	}
	if len(auths) == 0 {
		// this sentence's own acts first ("Meta, which was fined by the DPC, said it would appeal")
		auths = (&docContext{claims: sofar}).authsActingOn(actors)
		if len(auths) == 0 {
			auths = ctx.authsActingOn(actors)
			if len(auths) == 0 {
				// "One97 Communications, Paytm's parent, said ...": the firm in
				// apposition to the speaker is the one acted on
				if f := appositionFirms(toks, ms, actors); len(f) > 0 {
					auths = ctx.authsActingOn(f)
				}
			}
			if kinds := answeredKinds(obj); kinds != nil {
				// "accepted the conditions" answers the approval, "would pay the
				// fine" the penalty, though a later act on the firm was another's
				if a := ctx.authsActingOnKind(actors, kinds, answeredNoun(obj)); len(a) > 0 {
					auths = a
				}
			}
		}
		if len(auths) == 0 && (hasWord(obj, answerWords) || tg.lemma == "comply" && bareAnswer(toks, k)) {
			// "pushed back against the rule" after a rule binding a class of firms
			// it belongs to: the authority of the latest act on a class (also
			// "said they would comply", the act left unnamed)
			auths = ctx.authOfLatestClassAct()
		}
		rule += "-context"
		if tg.lemma == "appeal" {
			// one appeals a ruling: prefer the courts among the candidates
			var courts []Entity
			for _, a := range auths {
				if a.Type == TypeCourt {
					courts = append(courts, a)
				}
			}
			if len(courts) == 0 {
				// the latest court ruling on the firm anywhere before ("A judge
				// ordered X ... The ruling came in a case brought by Anatel. X
				// said it would appeal": the judge's ruling is appealed)
				courts = ctx.courtActingOn(actors)
			}
			if len(courts) > 0 {
				auths = courts
			}
		}
	}
	if len(auths) == 0 && !subjectIsReference(toks, ms, k) && hasWord(obj, answerWords) && (tg.lemma == "welcome" || tg.lemma == "support" || tg.lemma == "criticise" || tg.lemma == "condemn" || tg.lemma == "slam" || tg.lemma == "oppose") {
		// "Partner said it welcomed the decision" after "ordered Bezeq to let
		// rivals, including Partner, ...": the firm the act named answers it
		auths = ctx.authNamingFirm(actors)
	}
	if len(auths) == 0 && subjectIsReference(toks, ms, k) {
		// "The carmaker said it welcomed the decision": a described firm
		// answering is the firm the last authority act fell on
		if f, a := ctx.lastActedOnFirm(); f != nil {
			actors, auths = []Entity{*f}, []Entity{*a}
			rule += "-target"
		}
	}
	if len(auths) == 0 && !subjectIsReference(toks, ms, k) {
		// "they said they would appeal the decision" after an act told in
		// words no rule reads: the article's only authority
		if a := loneAuthAnswered(toks, k, ctx, venueCourts(toks, ms, k)); a != nil {
			auths = []Entity{*a}
			rule += "-lone-authority"
		}
	}
	if len(auths) == 0 {
		return nil, whyNoAuthYet
	}
	if tg.stance == "resist" && defendsRivalSuit(ctx, sofar, actors) {
		return nil, "defends a case a rival firm brought, no authority's act (claims_rival_suit.go)"
	}
	auths = courtsIfJudged(obj, auths)
	var out []Claim
	for _, a := range actors {
		out = append(out, Claim{Kind: KindResponse, Actor: a, Targets: auths, Action: tg.lemma, Stance: tg.stance, Negated: neg, Confidence: 0.75, Rule: "response/" + tg.lemma + rule})
	}
	return append(out, issued...), ""
}

// words with which a firm dismisses an authority's act ("called the order
// a political stunt", "described the fine as unjustified").
var dismissiveWords = toSet(`stunt attack overreach baseless unfounded flawed meritless merit unjustified unfair absurd
 misguided unlawful illegal excessive disproportionate politically political harassment witch-hunt
 discriminatory arbitrary unprecedented wrong erroneous groundless misdirected misplaced misconceived inaccurate untrue
 incorrect unsubstantiated unwarranted`)

// timeToRespond: the answer is only a right with a deadline ("has 11 days
// to appeal", "have until March 3 to challenge", "was given two weeks in
// which to contest", "can appeal within 30 days"): the firm takes no stance.
func timeToRespond(toks []token, k int) bool {
	if k+2 < len(toks) && toks[k+1].low == "within" && (toks[k+2].kind == tokNum || numberWords[toks[k+2].low]) {
		for i := k - 1; i >= 0 && i >= k-2; i-- {
			if toks[i].low == "can" || toks[i].low == "may" || toks[i].low == "could" {
				return true
			}
		}
	}
	if k < 2 || toks[k-1].low != "to" {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-8; i-- {
		switch toks[i].low {
		case "days", "weeks", "months", "day", "week", "month", "hours", "hour", "until", "till", "deadline", "time", "chance", "right", "opportunity":
			for j := i - 1; j >= 0 && j >= i-6; j-- {
				switch toks[j].low {
				case "has", "have", "had", "given", "gave", "gives", "give", "gets", "get", "got", "granted", "allowed", "having", "a", "the":
					return true
				}
			}
		case "said", "plans", "plan", "intends", "decided", "will", "would":
			return false
		}
	}
	return false
}

// answersWordAt: the object right after k is an authority's act ("accepted
// the ruling from ..."), so a from-phrase names its author, not a firm.
func answersWordAt(toks []token, k int) bool {
	return hasWord(toks[k+1:min(len(toks), k+4)], answerWords)
}

// deniedConduct: "denied" is followed by a gerund of conduct ("denied
// colluding", "has denied misleading customers"), not by what the firm
// got ("denied receiving any order", "denied being fined": other rules).
func deniedConduct(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if deniedConductNoun(toks, k+1) {
		return true // "denied any collusion", "denies price-fixing"
	}
	if toks[k+1].low == "that" && !wordWithin(toks, k+2, 6, "received", "receiving", "got", "notice", "notified", "order", "letter") {
		// "denied that the fires started on its land": the facts the case
		// charges (not "denied that it had received any notice")
		return true
	}
	t := toks[k+1]
	if t.kind != tokWord || t.upper || len(t.low) < 6 || !strings.HasSuffix(t.low, "ing") {
		return false
	}
	switch t.low {
	case "receiving", "getting", "being", "obtaining", "owning", "selling", "buying", "knowing", "anything", "something", "nothing", "everything":
		return false
	}
	return true
}
