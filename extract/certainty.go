package extract

import (
	"slices"
	"strings"
)

// Certainty follows docs/claims.md: hedged when the text is unsure of the
// claim (a hedge before its trigger), reported when it rests on media or
// unnamed sources, else asserted. An authority's or a party's own statement
// or document is asserted.

var hedgeWords = toSet(`reportedly allegedly may might could considering consider considers mulling weighing
 plans planning plan planned proposed proposes propose draft drafted possible possibly likely expected poised
 accused accuses alleging alleged allegedly purportedly apparently seems seemed appears potential potentially
 intends intend intending would-be pending mooted contemplating exploring awaits awaiting await talks negotiating negotiations
 poised slated believed thought suspected suspects suspect accusing preparing prepares tried tries trying attempted attempting
 proposal proposals intention threatened threatens threatening nearing nears`)

// hedgeAt reports whether a hedge governs the trigger at k: a hedge word
// anywhere before it in the sentence.
func hedgeBefore(toks []token, k int) bool {
	if futureInquiry(toks, k) || interestIn(toks, k) {
		return true
	}
	if k >= 2 && toks[k-1].low == "to" && toks[k-2].low == "whether" {
		return true // "analysing whether to challenge it": only weighed
	}
	for i := 1; i+1 < k; i++ {
		// "Japan's FSA set to order ...", "is set to approve": a plan, not yet
		// an act (not "the deadline set by the regulator")
		if toks[i].low == "set" && toks[i+1].low == "to" && i+2 < len(toks) && toks[i+2].kind == tokWord && !toks[i+2].upper && toks[i-1].low != "deadline" && !hedgeCut(toks, i, k) {
			return true
		}
		if (toks[i].low == "said" || toks[i].low == "understood" || toks[i].low == "rumoured" || toks[i].low == "rumored") && toks[i+1].low == "to" && beForms[toks[i-1].low] {
			return true // "is said to be auditing", "was understood to have fined"
		}
	}
	// sentence adverbs scope over the whole sentence, wherever they stand
	for i := k; i < len(toks); i++ {
		switch toks[i].low {
		case "reportedly", "apparently":
			return true
		case "allegedly", "purportedly", "supposedly":
			if !groundsAdverb(toks, k, i) {
				return true
			}
		}
	}
	for i := 0; i < k; i++ {
		w := toks[i].low
		if !hedgeWords[w] || hedgeCut(toks, i, k) || planNouns[w] && planApprovedAfter(toks, i) {
			continue
		}
		switch w {
		case "may":
			if toks[i].upper {
				continue // the month
			}
		case "plan", "plans", "planned", "proposed", "draft", "expected", "likely":
			// "plans to", "expected to", "draft rules"; not "a plan"
			if w == "plan" && (i+1 >= len(toks) || toks[i+1].low != "to") {
				continue
			}
			if w == "plans" && (i+1 >= len(toks) || toks[i+1].low != "to" && toks[i+1].low != "a" && toks[i+1].low != "an") {
				// ("Kinabalu Air plans a codeshare tie-up": the verb)
				if i == 0 || toks[i-1].low != "'s" {
					continue
				}
			}
		case "threatened", "threatens", "threatening":
			if i+1 >= len(toks) || toks[i+1].low != "to" || wordWithin(toks, i+2, 14, "unless") {
				// ("threatened species"; "threatened to block X unless it
				// registers" is an ultimatum, a demand made)
				continue
			}
		case "pending":
			if k-i <= 3 && awaitedInquiryNouns[toks[k].low] {
				continue // "pending an audit of its books": the audit is under way
			}
		}
		if factNoun(toks, k) {
			return false // "a fine imposed by the authority": done, whatever is planned about it
		}
		return true
	}
	return false
}

// source words: a clause attributing the report to media or unnamed people.
var sourceWords = toSet(`sources source people person insiders familiar briefed knowledge employees reports report
 media newspaper newspapers outlet daily journal herald post times broadcaster agency's reported reporting
 unnamed anonymity anonymous tabloid magazine`)

// party words: the speaker is the authority or the firm itself.
var partyWords = toSet(`spokesperson spokesman spokeswoman spokespeople official officials statement notice filing filings
 indictment indictments order document documents ruling decision draft website release announcement complaint
 company companies regulator ministry court judge bureau agency commission government minister governor executive
 chief ceo lawyer lawyers data`)

var attributionVerbs = toSet(`said says say told reported reports added according citing cited explained explain wrote
 confirmed stated announced warned noted`)

// attribution finds who a sentence is attributed to and whether that is a
// media report or unnamed sources (reported) rather than a party.
func attribution(toks []token, ms []mention) (who string, reported bool) {
	var parts []string
	for k := 0; k < len(toks); k++ {
		w := toks[k].low
		if toks[k].lex&lxAttribVerb == 0 && w != "understands" && w != "learnt" && w != "learned" && w != "gathered" && w != "heard" {
			continue
		}
		var a, b int
		if learnedFromSources(toks, k) {
			// "Caixin learned from people close to the matter", "BusinessDay
			// gathered from two senior officials": whoever learns, the claim
			// rests on the unnamed people it was learned from
			reported = true
			a, b = k+2, clauseEnd(toks, k+2)
			if p := strings.TrimSpace(span(toks, a, b)); p != "" && !slices.Contains(parts, p) {
				parts = append(parts, p)
			}
			continue
		}
		switch w {
		case "gathered", "heard":
			continue
		case "understands", "learnt", "learned":
			// ", Stuff understands.", "the Times of Zambia has learnt", "The
			// Kyiv Post has learned that": an outlet's own sourcing
			if outletLearns(toks, ms, k) {
				reported = true
				a, b = clauseStart(toks, k), k
				if toks[k].low != "understands" && b > a && (toks[b-1].low == "has" || toks[b-1].low == "have") {
					b--
				}
				break
			}
			continue
		case "according":
			if k+1 >= len(toks) || toks[k+1].low != "to" {
				continue
			}
			a = k + 2
			b = clauseEnd(toks, a)
		case "citing", "cited":
			a = k + 1
			b = clauseEnd(toks, a)
			if !hasWord(toks[a:b], sourceWords) || citesFailure(toks, a, b) {
				continue // "citing national security risks", "citing failures to report"
			}
		case "reported", "reports":
			if w == "reports" && reportsIsNoun(toks, k) {
				continue // "correcting earlier reports", "contrary to weekend reports"
			}
			if k+1 < len(toks) && !(toks[k+1].kind == tokPunct || toks[k+1].low == "on" || toks[k+1].low == "that" || toks[k+1].low == "citing" || toks[k+1].low == "in" || toks[k+1].low == "by" || toks[k+1].low == "last" || toks[k+1].low == "earlier" ||
				toks[k+1].upper && wordWithin(toks, k+2, 4, "is", "was", "are", "were", "has", "had", "will", "would")) {
				// ("Bloomberg reported WeWork is ...": a clause follows)
				continue // "reported a 14% rise"
			}
			a = clauseStart(toks, k)
			b = k
			if k > 0 && (toks[k-1].low == "first" || toks[k-1].low == "was" || toks[k-1].low == "were") {
				a, b = k+1, clauseEnd(toks, k+1)
			}
			if w == "reports" && k > 0 && (toks[k-1].low == "to" || toks[k-1].low == "media") {
				a, b = k, k+1
			}
		default:
			// "..., X said" or "X said ...": the speaker is next to the verb
			a = clauseStart(toks, k)
			b = k
			a = speakerStart(toks, a, b)
			if a == b && k+1 < len(toks) {
				// "..., said a person familiar with the matter": the speaker follows
				if k > 0 && toks[k-1].text == "," || k > 0 && toks[k-1].low == "\"" {
					a, b = k+1, clauseEnd(toks, k+1)
				} else {
					continue
				}
			}
		}
		if a >= b || a < 0 || b > len(toks) {
			continue
		}
		seg := toks[a:b]
		unnamedSpeaker := hasWordOutside(toks, ms, a, b, map[string]bool{"people": true, "sources": true, "source": true, "person": true, "insiders": true, "insider": true})
		if w == "told" && anonymous(toks) {
			reported = true // "an official, who asked not to be named, told Dawn"
		}
		if w == "told" && !unnamedSpeaker && !unnamedCount(toks, ms, a, b) && !(k+1 < len(toks) && (hasMedia(toks[k+1:k+2]) || toks[k+1].low == "reporters" || toks[k+1].low == "journalists" || toks[k+1].low == "a" || toks[k+1].low == "the" && k+2 < len(toks) && (toks[k+2].low == "press" || toks[k+2].low == "media"))) {
			continue // "told X to ...": an order, not an attribution ("two people ... told the Financial Times" is one)
		}
		isSource := hasWordOutside(toks, ms, a, b, sourceWords) || w == "reported" || w == "reports" || w == "according" && hasMedia(seg) ||
			w == "told" && hasMedia(toks[k+1:k+2]) && !segHasParty(ms, a, b) && !hasWord(seg, partyWords) || hasMedia(seg) && hasWord(seg, map[string]bool{"seen": true, "reviewed": true, "obtained": true})
		isParty := hasWord(seg, partyWords) || segHasParty(ms, a, b)
		if !isSource && !isParty && b-a <= 5 && hasMedia(seg) && (w == "said" || w == "says" || w == "wrote" || w == "added") {
			isSource = true // ", Geo News said.", "Reuters wrote"
		}
		// "a document seen by Reuters" rests on the outlet; "a notice seen by
		// Reuters" is still the authority's own act
		seenBy := hasMedia(seg) && hasWord(seg, map[string]bool{"seen": true, "reviewed": true, "obtained": true, "quoted": true, "cited": true}) && !hasWord(seg, actNouns)
		if w == "according" && hasWord(seg, partyWords) && !seenBy && !hasWord(seg, map[string]bool{"reports": true, "report": true, "media": true, "sources": true, "people": true, "person": true, "source": true, "insider": true, "insiders": true, "familiar": true}) {
			isSource = false
		}
		if isSource && !(isParty && !hasWord(seg, map[string]bool{"sources": true, "source": true, "insider": true, "insiders": true, "familiar": true, "people": true, "person": true, "employees": true, "reported": true, "reports": true, "newspaper": true, "media": true, "broadcaster": true}) && !seenBy && !hasMedia(seg)) {
			reported = true
		}
		if unnamedCount(toks, ms, a, b) || unnamedGroup(seg) || hasWord(seg, map[string]bool{"industry": true, "market": true}) && hasWord(seg, map[string]bool{"executive": true, "executives": true, "source": true, "sources": true, "official": true, "insider": true, "banker": true, "bankers": true}) && !segHasParty(ms, a, b) {
			// ("an industry executive said": someone outside the parties)
			// "..., two officials at the agency said": people counted, not named
			reported = true
		}
		if w == "reported" && isParty && !hasWord(seg, sourceWords) && segHasParty(ms, a, b) && !hasMedia(seg) {
			reported = false
		}
		// trim clause words around the speaker ("while JD.com", "Now they have formally")
		for len(seg) > 0 && attribTrim[seg[0].low] {
			seg = seg[1:]
		}
		for len(seg) > 0 && (attribTrim[seg[len(seg)-1].low] || seg[len(seg)-1].kind == tokPunct && !(seg[len(seg)-1].text == ")" && hasWord(seg, map[string]bool{"(": true}))) {
			seg = seg[:len(seg)-1]
		}
		if len(seg) == 0 || len(seg) > 14 || !(segHasParty(ms, a, b) || hasWord(seg, sourceWords) || hasWord(seg, partyWords) || hasMedia(seg) || hasWord(seg, speakerWords)) {
			continue
		}
		p := strings.TrimSpace(span(seg, 0, len(seg)))
		if !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	if len(parts) > 0 && anonymous(toks) {
		reported = true
	}
	return strings.Join(parts, "; "), reported
}

func hasMedia(seg []token) bool {
	for i, t := range seg {
		if mediaWords[t.low] {
			return true
		}
		// "state news agency Anadolu", "the Interfax news agency", "a news website"
		if t.low == "news" && i+1 < len(seg) && mediaNouns[seg[i+1].low] {
			return true
		}
		// "Geo News", "Sky News", "Kyodo News": an outlet's name ends in News
		// (not "News Corp", a firm)
		if t.low == "news" && t.upper && i > 0 && seg[i-1].upper && (i+1 >= len(seg) || !seg[i+1].upper) {
			return true
		}
	}
	return false
}

// mediaWords name news outlets and wires, or a kind of outlet that only
// reports (never a party to what it reports).
var mediaWords = toSet(`reuters bloomberg xinhua cctv newspaper newspapers broadcaster herald post times journal nhk afp
 yonhap kyodo jiji caixin nikkei cnbc bbc tass interfax ap anadolu bernama antara pti ians dpa ansa efe ria
 yicai handelsblatt newswire tabloid televisión television tv radio daily dailies`)

// reportsIsNoun: "reports" at k is the noun ("correcting earlier reports",
// "contrary to weekend reports", "denied the reports"), not a verb of a
// media speaker.
func reportsIsNoun(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	switch toks[k-1].low {
	case "earlier", "previous", "prior", "recent", "weekend", "those", "these", "such", "the", "some", "denied", "denying",
		"after", "amid", "following", "despite", "over", "on", "by",
		"dismissed", "dismissing", "correcting", "corrected", "rejected", "rejecting", "refuted", "refuting", "contrary",
		"contradicting", "contradicted", "rebutting", "rebutted", "countering", "countered", "disputing", "disputed":
		return true
	}
	if p := toks[k-1]; p.kind == tokWord && !p.upper && !mediaWords[p.low] && !mediaNouns[p.low] && !reportSubjects[p.low] {
		return true // "submit monthly transaction reports", "annual reports"
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if reportDenials[toks[i].low] { // "rejecting local media reports that ..."
			return true
		}
	}
	return false
}

// reportDenials deny or correct the reports they govern, up to a few
// words before ("dismissing weekend newspaper reports"): the reports are
// no source of the claim, the denier is.
var reportDenials = toSet(`contrary correcting corrected denied denying denies deny dismissed dismissing dismisses
 rejected rejecting rejects refuted refuting refutes contradicting contradicted rebutting rebutted countering
 countered disputing disputed`)

// actNouns are an authority's own acts, which speak for it wherever seen.
var actNouns = toSet(`notice notices ruling rulings order orders decision decisions judgment judgement verdict filing filings statement indictment complaint`)

// speakerCounts open a group of unnamed speakers ("two officials", "several people").
var speakerCounts = toSet(`two three four five six seven eight nine ten several some multiple few dozen`)

// unnamedPlural are speakers that, counted and unnamed, are sources.
var unnamedPlural = toSet(`officials executives bankers lawyers insiders diplomats staff employees managers regulators sources people persons`)

// unnamedCount: the speaker segment toks[a:b] is a count of unnamed people
// ("two officials at the agency", "three people briefed on the matter").
func unnamedCount(toks []token, ms []mention, a, b int) bool {
	i := a
	if i+2 < b && toks[i].low == "one" && toks[i+1].low == "of" {
		// "one of the officials said": one of people counted before
		for n := i + 2; n < b && n <= i+4; n++ {
			if unnamedPlural[toks[n].low] {
				return true
			}
		}
		return false
	}
	if i < b && (toks[i].low == "a" || toks[i].low == "the") && i+1 < b && toks[i+1].low == "few" {
		i++
	}
	if i >= b || !(speakerCounts[toks[i].low] || toks[i].kind == tokNum) {
		return false
	}
	for n := i + 1; n < b && n <= i+3; n++ {
		if unnamedPlural[toks[n].low] {
			for _, m := range ms {
				if m.i >= a && m.i < n && (m.class == mFirm || m.class == mAuth || m.class == mPerson) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// anonymous: the sentence says its speaker is unnamed ("speaking on
// condition of anonymity", "who asked not to be named", "declined to be
// identified").
func anonymous(toks []token) bool {
	for i, t := range toks {
		switch t.low {
		case "anonymity", "anonymously":
			return true
		case "named", "identified":
			if i >= 3 && toks[i-1].low == "be" && toks[i-2].low == "to" && (toks[i-3].low == "not" || toks[i-3].low == "declined" || toks[i-3].low == "declining" || toks[i-3].low == "refused") {
				return true
			}
		}
	}
	return false
}

func segHasParty(ms []mention, a, b int) bool {
	for _, m := range ms {
		if m.i >= a && m.j <= b && (m.class == mAuth || m.class == mFirm) {
			return true
		}
	}
	return false
}

// clauseStart walks left from k to the previous comma, dash or sentence start.
func clauseStart(toks []token, k int) int {
	i := k
	for i > 0 {
		p := toks[i-1]
		if p.kind == tokPunct && (p.text == "," || p.low == "-" || p.text == ";" || p.text == ":" || p.low == "\"") {
			break
		}
		i--
	}
	return i
}

// clauseEnd walks right from k to the next comma, dash or sentence end.
func clauseEnd(toks []token, k int) int {
	i := k
	for i < len(toks) {
		p := toks[i]
		if p.kind == tokPunct && (p.text == "," || p.low == "-" || p.text == ";" || p.text == "." || p.text == ":") {
			break
		}
		i++
	}
	return i
}

// hasWordOutside: a word of set among toks[a:b] outside the names of
// authorities and firms ("People's Bank of China" is not "people").
func hasWordOutside(toks []token, ms []mention, a, b int, set map[string]bool) bool {
	for k := a; k < b; k++ {
		if set[toks[k].low] && !inMentionOf(ms, k, mAuth, mFirm) {
			return true
		}
	}
	return false
}

// words trimmed from the ends of an attribution.
var attribTrim = toSet(`now while and but as so then also have has had formally however meanwhile in statement on
 later earlier separately`)

// words that make a segment a speaker even without a known name.
var speakerWords = toSet(`they he she it companies company firm spokesperson spokesman spokeswoman official officials
 analysts lawyers lawyer executives executive ministry regulator agency bureau commission court judge police`)

// mediaSource: a name that only reports the story, placed as a speaker
// ("Bloomberg News reported", ", Caixin reports") or after "according to"
// with a media noun ("according to the newspaper El Comercio").
func mediaSource(toks []token, m mention) bool {
	if m.j < len(toks) && !m.poss {
		switch toks[m.j].low {
		case "reported", "reports", "reporting":
			return m.i > 0 && (toks[m.i-1].text == "," || toks[m.i-1].text == "\u201d" || toks[m.i-1].text == "\"") || m.i == 0 || outletNounBefore(toks, m.i)
		case "understands", "learnt", "learned", "has", "had":
			// ", the Times of Zambia has learnt", ", Stuff understands": an
			// outlet's own sourcing closing the sentence
			w := toks[m.j].low
			if (w == "has" || w == "had") && !(m.j+1 < len(toks) && (toks[m.j+1].low == "learnt" || toks[m.j+1].low == "learned")) {
				return false
			}
			c := m.i - 1
			if c > 0 && toks[c].low == "the" {
				c-- // ", the Times of Zambia has learnt"
			}
			return c >= 0 && toks[c].text == "," && (w != "understands" || m.j+1 < len(toks) && toks[m.j+1].kind == tokPunct)
		}
	}
	q := m.i - 1
	if q >= 0 && mediaNouns[toks[q].low] {
		q--
		if q >= 0 && (toks[q].low == "the" || toks[q].low == "a") {
			q--
		}
		for q >= 0 && toks[q].kind == tokWord && !toks[q].upper && q >= m.i-5 && toks[q].low != "to" {
			q-- // "according to the business daily", "according to local newspaper"
		}
		return q >= 1 && toks[q].low == "to" && toks[q-1].low == "according"
	}
	return false
}

var mediaNouns = toSet(`newspaper newspapers daily weekly paper magazine outlet broadcaster agency website site channel tabloid journal portal`)

// outletNounBefore: ", public broadcaster NHK reported", ", business
// newspaper Kursiv reported": an outlet's kind, after a comma, before its name.
func outletNounBefore(toks []token, i int) bool {
	media := false
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		t := toks[q]
		if t.text == "," || t.low == "-" || t.text == "\u2014" {
			return media
		}
		if t.kind != tokWord || t.upper {
			return false
		}
		if mediaNouns[t.low] || t.low == "news" {
			media = true
		}
	}
	return false
}

// learnedFromSources: "learned/learnt/gathered/heard/understands from"
// people unnamed or counted ("from people close to the matter", "from two
// senior officials at the authority", "from sources").
func learnedFromSources(toks []token, k int) bool {
	switch toks[k].low {
	case "learned", "learnt", "gathered", "heard", "understands":
	default:
		return false
	}
	if k+2 >= len(toks) || toks[k+1].low != "from" {
		return false
	}
	for n := k + 2; n < len(toks) && n <= k+6; n++ {
		w := toks[n].low
		if sourceWords[w] || unnamedPlural[w] || w == "official" || w == "insider" {
			return true
		}
		if toks[n].kind == tokPunct {
			return false
		}
	}
	return false
}
