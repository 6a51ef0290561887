package extract

import "strings"

// Triggers are the words that make a claim: verbs (in every form), a few
// nouns ("investigation into", "acquisition of") and modals ("must"). One map
// from surface form to trigger, built once, so matching is a map lookup per
// token.

type verbForm uint8

const (
	formBase  verbForm = iota // order, orders: needs a subject or auxiliary before it
	formPast                  // ordered, told: past tense or participle
	formIng                   // ordering
	formNoun                  // investigation, acquisition
	formModal                 // must, have to
)

type trigger struct {
	lemma       string
	authKind    string // kind when an authority acts ("" when authorities do not)
	firmKind    string // kind when a firm acts ("" when firms do not)
	stance      string // for responses
	prohibition bool
	form        verbForm
}

// lexicon lines: lemma | kind when an authority acts | kind when a firm acts | stance | forms
// forms: base forms first, then "/" and past forms, "/" ing forms; nouns are listed with "noun:".
const triggerLexicon = `
order|mandate|||order orders/ordered/ordering
instruct|mandate|||instruct instructs/instructed/instructing
tell|mandate|||tell tells/told/telling
require|mandate|||require requires/required/requiring
demand|mandate|||demand demands/demanded/demanding
direct|mandate|||direct directs/directed/directing
ban|mandate|action||ban bans/banned/banning
prohibit|mandate|||prohibit prohibits/prohibited/prohibiting
bar|mandate|||bar bars/barred/barring
forbid|mandate|||forbid forbids/forbade forbidden/forbidding
summon|mandate|||summon summons/summoned/summoning
rule|mandate|||rules/ruled/
find|mandate|||finds/found/
compel|mandate|||compel compels force forces/compelled forced/compelling forcing
restrain|mandate|||restrain restrains/restrained/restraining
suspend|mandate|||suspend suspends/suspended/suspending
designate|mandate|||designate designates/designated/designating
place|mandate|||place places/placed/placing
enlist|penalty|||add adds put puts/added/adding putting
review|probe|||review reviews/reviewed/reviewing
search|probe|||/searched/searching
respect||response|comply|respect respects/respected/
heed||response|comply|heed heeds/heeded/heeding
honour||response|comply|honour honor honours honors/honoured honored/honouring honoring
adhere||response|comply|adhere adheres/adhered/adhering
fulfil||response|comply|fulfil fulfill fulfils fulfills/fulfilled/fulfilling
oppose||response|resist|oppose opposes/opposed/opposing
protest||response|resist|protested/protesting
criticise||response|resist|criticise criticize criticises criticizes/criticised criticized/criticising criticizing
condemn||response|resist|condemn condemns/condemned/condemning
slam||response|resist|slam slams/slammed/slamming
dismiss||response|resist|dismisses/dismissed/dismissing
rebut||response|resist|rebut rebuts/rebutted/rebutting
refute||response|resist|refute refutes/refuted/refuting
defy||response|resist|defy defies/defied/defying
resist||response|resist|resist resists/resisted/resisting
object||response|resist|object objects/objected/objecting
objection|approval|||noun:objection objections
decry||response|resist|decry decries/decried/decrying
denounce||response|resist|denounce denounces/denounced/denouncing
disagree||response|resist|disagree disagrees/disagreed/
welcome||response|comply|welcome welcomes hail hails applaud applauds/welcomed hailed applauded/welcoming hailing applauding
call||response|resist|calls/called termed branded labelled labeled/
describe||response|resist|describes/described/
enjoin|mandate|||enjoin enjoins/enjoined/enjoining
ask|mandate|||ask asks/asked/asking
mandate|mandate|||mandate mandates/mandated/
oblige|mandate|response|comply|oblige obliges obligate obligates/obliged obligated/
urge|||||
fine|penalty|||fine fines/fined/fining
penalize|penalty|||penalize penalizes penalise penalises/penalized penalised/penalizing penalising
sanction|penalty|||sanction/sanctioned/sanctioning
punish|penalty|||punish punishes/punished/punishing
revoke|penalty|||revoke revokes/revoked/revoking
strip|penalty|||strip strips/stripped/stripping
refer|probe|||refer refers/referred/referring
abide||response|comply|abide abides/abided/abiding
team||action||/teamed/teaming
join||action||join joins/joined/joining
wave|approval|||waves/waved/waving
set|mandate|response|resist|set sets/set/setting
cap|mandate|||cap caps/capped/capping
seek||response|resist|seek seeks pursue pursues/sought pursued/seeking pursuing
move||response|resist|move moves/moved/moving
fight||response|resist|fight fights/fought/fighting
go||response|resist|go goes/went/going
defend||response|resist|defend defends/defended/defending
decree|mandate|||decree decrees/decreed/decreeing
shut|mandate|||shut shuts/shut/shutting
intervene|mandate|||intervene intervenes/intervened/intervening
file||response|resist|file files//filing
lodge||response|resist|lodge lodges/lodged/lodging
sign|approval|||/signed/
snap||action||snaps/snapped/snapping
scoop||action||scoops/scooped/scooping
swoop||action||swoops/swooped/swooping
pick||action||picks/picked/picking
increase||action||increases raises boosts/increased raised boosted/increasing raising boosting
tie||action||/tied/tying
supply||action||supply supplies/supplied/supplying
switch||action||switches/switched/switching
rubber-stamp|approval|||rubber-stamps/rubber-stamped/rubber-stamping
endorse|approval|||endorses/endorsed/
cut||action||/cut/cutting
cancel|penalty|||cancel cancels/cancelled canceled/cancelling canceling
meet||response|comply|meet meets/met/meeting
push||response|resist|push pushes/pushed/pushing
seize|penalty|||seize seizes/seized/seizing
freeze|mandate|||freezes/froze frozen/freezing
confiscate|penalty|||confiscate confiscates/confiscated/confiscating
investigate|probe|||investigate investigates/investigated/investigating
look|probe|||look looks/looked/looking
probe|probe|||probe probes/probed/probing
examine|probe|||examine examines/examined/examining
audit|probe|||audit audits/audited/auditing
raid|probe|||raid raids/raided/raiding
inspect|probe|||inspect inspects/inspected/inspecting
scrutinize|probe|||scrutinize scrutinizes scrutinise/scrutinized scrutinised/scrutinizing scrutinising
study|probe|||study studies/studied/studying
sue|probe|action||sue sues/sued/suing
bring|probe|action||/brought filed opened launched instituted initiated commenced/
charge|probe|||charge charges/charged/
indict|probe|||indict indicts/indicted/indicting
accuse|probe|||accuse accuses/accused/accusing
detain|probe|||detain detains/detained/detaining
approve|approval|||approve approves/approved/approving
clear|approval|||clear clears/cleared/clearing
authorize|approval|||authorize authorizes authorise/authorized authorised/authorizing
license|approval|||licenses licences/licensed licenced/licensing licencing
permit|approval|||permit/permitted/permitting
grant|approval|||grant grants/granted/granting
select|approval|||/selected/
award|approval|||awards/awarded/
greenlight|approval|||greenlight greenlights green-light green-lights/greenlit greenlighted green-lit green-lighted/green-lighting greenlighting
okay|approval|||okays/okayed okay'd/okaying
bless|approval|||/blessed/
renew|approval|||renew renews/renewed/renewing
drag|probe|action||drag drags/dragged/dragging
consent||response|comply|consent consents/consented/consenting
turndown||response|resist|turns/turned/turning
reinstate|approval|||reinstate reinstates/reinstated/reinstating
restore|approval|||restore restores/restored/restoring
withdraw|penalty|||withdraw withdraws/withdrew withdrawn/withdrawing
dock|penalty|||docks/docked/docking
okay|approval|||okay okays/okayed/okaying
haul|probe|action||haul hauls/hauled/hauling
extend|approval|||extends/extended/
register|approval|||register registers/registered/registering
certify|approval|||certify certifies/certified/certifying
censure|penalty|||censure censures/censured/censuring
reprimand|penalty|||reprimand reprimands/reprimanded/reprimanding
hit||response|resist|hits/hit/hitting
fall||response|comply|falls/fell fallen/falling
back||response|comply|backs/backed/backing
toe||response|comply|toes/toed/toeing
seal|mandate|||seal seals/sealed/sealing
padlock|mandate|||padlock padlocks/padlocked/padlocking
apologise||response|comply|apologise apologize apologises apologizes/apologised apologized/apologising apologizing
halt|mandate|||halt halts/halted/halting
ground|mandate|||/grounded/grounding
debar|mandate|||debar debars/debarred/debarring
blacklist|mandate|||blacklist blacklists/blacklisted/blacklisting
deregister|penalty|||deregister deregisters/deregistered/deregistering
subpoena|probe|||subpoenas/subpoenaed/subpoenaing
prosecute|probe|||prosecute prosecutes/prosecuted/prosecuting
question|probe|||/questioned interrogated/questioning interrogating
lift|approval|||lift lifts/lifted/lifting
close|approval|||close closes/closed/closing
give|approval|||give gives/gave given/giving
bow||response|comply|bow bows cave caves succumb succumbs buckle buckles/bowed caved succumbed buckled/bowing caving succumbing buckling
receive|approval|||receive receives/received won secured obtained got/receiving winning securing obtaining
face|probe|||face faces/faced/facing
pay|penalty|||pay pays forfeit forfeits/paid forfeited/paying forfeiting
comply||response|comply|comply complies/complied/complying
support||response|comply|support supports/supported/
accept|approval|response|comply|accept accepts/accepted/accepting
agree||response|comply|agree agrees/agreed/
pledge||response|comply|pledge pledges/pledged/pledging
implement||response|comply|implement/implemented/implementing
rectify||response|comply|rectify/rectified/rectifying
cooperate||response|comply|cooperate co-operate co-operates/cooperated co-operated/cooperating co-operating
obey||response|comply|obey/obeyed/obeying
admit||response|comply|admit admits/admitted/admitting
plead||response|comply|plead pleads/pleaded pled/pleading
resolve||response|comply|resolve resolves/resolved/resolving
settle||action||settle settles end ends/settled ended/settling ending
consider||response|resist|consider considers/considered/considering
explore||response|resist|explore explores/explored/exploring
evaluate||response|resist|evaluate evaluates/evaluated/evaluating
quash||response|resist|quash quashes/quashed/quashing
send|probe|||send sends/sent/sending
hand|penalty|||hand hands serve serves issue issues/handed served issued/handing serving issuing
swap||action||swap swaps/swapped/swapping
overturn||response|resist|overturn overturns/overturned/overturning
annul||response|resist|annul annuls/annulled/annulling
take||response|resist|take takes/took taken/taking
target|probe|||/targeted/
appeal||response|resist|appeal appeals/appealed/appealing
challenge||response|resist|challenge challenges/challenged/challenging
reject||response|resist|reject rejects/rejected/rejecting
deny||response|resist|deny denies/denied/denying
refuse||response|resist|refuse refuses/refused/refusing
stop||action||stops ceases/stopped ceased/stopping
contest||response|resist|contest contests/contested/contesting
fight||response|resist|fight/fought/fighting
dispute||response|resist|dispute disputes/disputed/disputing
allow|approval|action||allow allows/allowed/allowing
let||action||let lets/letting/
open||action||open opens/opened/opening
block|mandate|action||block blocks/blocked/blocking
veto|mandate|||veto vetoes scupper scuppers torpedo torpedoes thwart thwarts nix nixes/vetoed scuppered torpedoed thwarted nixed/vetoing scuppering torpedoing thwarting nixing
unblock|approval|action||unblock unblocks/unblocked/unblocking
restrict|mandate|action||restrict restricts/restricted/restricting
integrate||action||integrate integrates/integrated/integrating
combine||action||combine combines/combined/combining
pool||action||pool share/pooled shared/pooling sharing
acquire||action||acquire acquires absorb absorbs/acquired absorbed/acquiring absorbing
sell||action||sell sells/sold/selling
invest||action||invest invests/invested/investing
interconnect||action||interconnect interconnects/interconnected/interconnecting
disconnect||action||disconnect disconnects/disconnected/disconnecting
buy||action||buy buys/bought/buying
purchase||action||purchase purchases/purchased/purchasing
partner||action||partner partners/partnered/partnering
pull||action||pull pulls/pulled/pulling
remove|mandate|action||removes/removed/removing
drop||action||drops/dropped/dropping
delist||action||delist delists/delisted/delisting
merge||action||merge merges/merged/merging
investigation|probe|||noun:investigation investigations inquiry probe probes review reviews audits inspections inspection raid raids audit proceedings procedure proceeding check checks inspectors investigators examiners examination process scrutiny
fine|penalty|||noun:fine fines penalty penalties sanctions sanction levy
impose|mandate|||noun:restrictions curbs limits conditions obligations requirements restriction curb ban bans moratorium cap caps
issue|mandate|||noun:ultimatum directive directives guidance instructions notice order orders warning injunction injunctions summons
condition|mandate|||noun:condition provided providing subject requirement requires required obliges obliged compels binds
authcase|probe|||noun:case lawsuit suit complaint
approvalnoun|approval|||noun:approval clearance go-ahead authorisation authorization
until|mandate|||noun:until days weeks months hours
rescue||action||noun:lifeline rescue bailout
deal||action||noun:agreement deal partnership pact alliance venture together tie-up link-up codeshare jointly contract contracts memorandum mou treaty
acquisition||action||noun:acquisition takeover purchase merger buyout sale bid offer concentration disposal divestment divestiture
`

type lexicon struct {
	forms map[string][]trigger
}

func buildLexicon() *lexicon {
	lx := &lexicon{forms: map[string][]trigger{}}
	for _, line := range strings.Split(triggerLexicon, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		f := strings.Split(line, "|")
		base := trigger{lemma: f[0], authKind: f[1], firmKind: f[2], stance: f[3]}
		switch base.lemma {
		case "ban", "prohibit", "bar", "forbid", "restrain", "enjoin", "suspend", "restrict", "halt", "debar", "blacklist", "ground", "seal", "padlock":
			base.prohibition = true
		}
		forms := f[4]
		if strings.HasPrefix(forms, "noun:") {
			for _, w := range strings.Fields(strings.TrimPrefix(forms, "noun:")) {
				t := base
				t.form = formNoun
				lx.forms[w] = append(lx.forms[w], t)
			}
			continue
		}
		parts := strings.Split(forms, "/")
		for pi, p := range parts {
			for _, w := range strings.Fields(p) {
				t := base
				switch pi {
				case 0:
					t.form = formBase
				case 1:
					t.form = formPast
				default:
					t.form = formIng
				}
				lx.forms[w] = append(lx.forms[w], t)
			}
		}
	}
	for _, w := range []string{"must", "have", "has", "may"} {
		// ("will have to publish", "has to refund": a requirement like "must")
		lx.forms[w] = append(lx.forms[w], trigger{lemma: "must", authKind: KindMandate, form: formModal})
	}
	return lx
}

var defaultLexicon = buildLexicon()

// tokens before a base-form verb that show it is a verb ("will comply", "to appeal").
var verbCue = toSet(`will would to must may might can could did does do not n't also shall should then and or
 has have had cannot won't wouldn't didn't doesn't don't never which who`)

// triggerAt returns the triggers that token k of a sentence can be, given
// the mentions around it (mentionEnd[k] is true when a mention ends just before k).
func (lx *lexicon) triggerAt(toks []token, k int, afterMention bool) []trigger {
	t := toks[k]
	if t.kind != tokWord || (t.upper && k > 0 && !isTitleCase(toks) && !(k > 1 && datelineDash(toks[k-1]) && toks[k-2].kind != tokWord)) {
		return nil
	}
	if lx == defaultLexicon && t.lex&lxTriggerForm == 0 {
		return nil // most words: no map lookup
	}
	cands := lx.forms[t.low]
	if len(cands) == 0 {
		return nil
	}
	var out []trigger
	for _, c := range cands {
		switch c.form {
		case formBase:
			prev := ""
			if k > 0 {
				prev = toks[k-1].low
				if (prev == "\"" || prev == "'") && k > 1 {
					prev = toks[k-2].low
				}
			}
			if !(afterMention || verbCue[prev] || strings.HasSuffix(prev, "ly") || strings.HasSuffix(prev, "n't") || k == 2 && orderDocNouns[prev] || prev == "," && cueBeforeAside(toks, k-1)) {
				continue // (after "The decision", "The ruling": the document orders)
			}
			if prev == "of" || prev == "the" || prev == "a" || prev == "an" {
				continue
			}
		case formIng:
			if k > 0 && !ingCue(toks[k-1]) && !(k > 1 && toks[k-1].low == "against" && forgoLeads[toks[k-2].low]) && !pronounTo(toks, k) {
				continue // "iPhone buying guide": an adjective
			}
		case formPast:
			if k > 0 && (toks[k-1].low == "the" || toks[k-1].low == "a" || toks[k-1].low == "an" || toks[k-1].low == "newly" || toks[k-1].low == "its" || toks[k-1].low == "their") {
				continue
			}
		case formNoun:
			if c.lemma == "investigation" && t.low == "probe" {
				// "a probe", "the probe"; "their probe", "the agency's probe" (a
				// possessive is never followed by the verb)
				if k == 0 || !(toks[k-1].low == "a" || toks[k-1].low == "the" || toks[k-1].low == "its" || toks[k-1].low == "their" || toks[k-1].text == "'s" || strings.HasSuffix(toks[k-1].low, "-month") || probeAdjectives[toks[k-1].low]) {
					continue
				}
			}
			if (t.low == "probes" || t.low == "reviews" || t.low == "audits") && !pluralInquiryNoun(toks, k, afterMention) {
				continue // "the agency audits banks": the verb
			}
			if (t.low == "provided" || t.low == "providing") && (k == 0 || !(toks[k-1].text == "," || k+1 < len(toks) && toks[k+1].low == "that")) {
				continue // only a proviso (", provided X sells", "provided that") is a condition
			}
			if c.lemma == "until" && t.low != "until" && !hasSpanTo(toks, k) {
				continue // only "has 30 days to pay" sets a deadline
			}
			if t.low == "process" && (k == 0 || !sanctionProcess[toks[k-1].low]) {
				continue // only "a sanctioning/disciplinary process" is an inquiry
			}
			if (t.low == "inspectors" || t.low == "investigators" || t.low == "examiners") && !peopleFound(toks, k) && !inspectorsFromFound(toks, k) {
				continue // only "inspectors (from the agency) found ..." tells an inquiry
			}
			if !inquiryNounShape(toks, k) {
				continue // (trigger_scrutiny.go) "faces public scrutiny"
			}
			if (t.low == "check" || t.low == "checks") && (k == 0 || !surpriseChecks[toks[k-1].low]) {
				continue // "a check on prices", "background checks": only a spot check is an inspection
			}
			if (t.low == "review" || t.low == "reviews") && (k == 0 || !(strings.Contains(toks[k-1].low, "security") || toks[k-1].low == "antitrust" || toks[k-1].low == "regulatory" || ownInquiryVerb(toks, k) || reviewOfNamed(toks, k) || inquiryFound(toks, k) > 0 && (toks[k-1].low == "its" || toks[k-1].low == "their") || inquiryFound(toks, k) == k+1 && (toks[k-1].upper || toks[k-1].text == "'s"))) {
				// ("an Ofwat review found ...": a named body's review, told by its finding)
				continue
			}
		}
		if c.lemma == "must" && t.low == "may" {
			if !licenceMayNot(toks, k) {
				continue // only "Under the licence, X may not ..." binds
			}
		} else if c.lemma == "must" && t.low != "must" && !haveToVerb(toks, k) {
			continue // "has" and "have" are a modal only in "have to <verb>"
		}
		if c.lemma == "let" && !nameSoon(toks, k+1, 3) {
			continue // "let members convert points": only letting a named firm is a tie
		}
		if (c.lemma == "let" || c.lemma == "allow") && refusedTo(toks, k) {
			// "refused to let rival X use its tanks": a block
			c = trigger{lemma: "block", firmKind: KindAction, form: c.form}
		}
		if c.lemma == "study" && !studiesFirmsThing(toks, k) {
			continue // only "studying the company's algorithm", "studying X's contracts"
		}
		if !idiomAnswerAt(toks, k, c.lemma) || !registeredOrCertified(toks, k, c.lemma) || t.low == "levy" && !wordWithin(toks, k+1, 16, "sanction", "penalty", "punishment") ||
			t.low == "concentration" && !(k > 0 && toks[k-1].low == "economic" || wordWithin(toks, k+1, 1, "between")) {
			continue // (claims_vocab.go) "hit back", not "hit a record"; "levy ... as a sanction"
		}
		if c.lemma == "look" && (k+1 >= len(toks) || toks[k+1].low != "into") {
			continue // only "looking into X" examines
		}
		if c.lemma == "allow" && !allowsNamedFirm(toks, k) {
			c.authKind = "" // "would start allowing links", "was allowed to operate": no authority's approval
		}
		if c.lemma == "pool" && (k+1 >= len(toks) || !sharedAssets[toks[k+1].low]) {
			continue // "failed to share information": no tie between firms
		}
		out = append(out, c)
	}
	return out
}

// sharedAssets after share/pool make a tie between the firms that share:
// "agreed to share their networks", "will share towers".
var sharedAssets = toSet(`their towers network networks infrastructure fleets sites stations routes platforms terminals warehouses pipelines spectrum capacity`)

// surpriseChecks make "check" an authority's inspection ("a spot check of").
var surpriseChecks = toSet(`spot random surprise unannounced on-site snap`)

// isTitleCase: a headline written with every word capitalized.
func isTitleCase(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.kind == tokWord && len(t.low) > 3 {
			words++
			if t.upper {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// ingCue: the word before an -ing trigger shows it is a verb ("is
// investigating", "started blocking", ", accusing", "considering fining").
func ingCue(prev token) bool {
	w := prev.low
	switch w {
	case "is", "are", "was", "were", "been", "be", "being", "started", "starts", "start", "began", "begin", "begun",
		"begins", "continue", "continues", "continued", "considering", "consider", "after", "before", "by", "for",
		"of", "while", "without", "also", "not", "stop", "stopped", "resume", "resumed", "keep", "kept", "and",
		"or", "from", "plans", "mulling", "weighing", "then", "still", "now", "again", "in", "on", "into", "already",
		"law", "laws", "rule", "rules", "regulation", "regulations", "bill", "directive", "decree", "order",
		"notice", "notices", "directives", "decrees", "orders", "directions":
		// "a law requiring platforms to ...": the law acts
		return true
	}
	return prev.kind == tokPunct || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "n't")
}

// ownInquiryVerb: "closed its review", "opened an in-depth review": a review
// an authority opens or closes is its inquiry.
func ownInquiryVerb(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		switch toks[i].low {
		case "closed", "closing", "completed", "concluded":
			// "closed its review ... without objections" is a clearance, not an inquiry claim
			return !clearedWithout(toks, i)
		case "opened", "opening", "launched", "began", "started", "extended", "open", "opens", "launch", "launches", "begin", "begins", "start", "starts":
			return true
		}
	}
	return false
}

// allowsNamedFirm: "allowed Jollibee Foods to complete ...", active, with a
// name right after and "to" + verb soon: the form in which an authority's
// allowing is an approval.
func allowsNamedFirm(toks []token, k int) bool {
	if k > 0 && beForms[toks[k-1].low] && toks[k-1].low != "has" && toks[k-1].low != "have" && toks[k-1].low != "had" {
		return false
	}
	if k+1 >= len(toks) || !toks[k+1].upper {
		return false
	}
	for q := k + 2; q < len(toks) && q <= k+8; q++ {
		if toks[q].low == "to" {
			return true
		}
		if toks[q].kind == tokPunct && toks[q].text != "," && toks[q].text != "-" && toks[q].text != "&" {
			return false
		}
	}
	return false
}

// nameSoon: a capitalized word opens within n words of i, after only
// lower-case modifiers ("rival importer Savanna Petroleum").
func nameSoon(toks []token, i, n int) bool {
	for q := i; q < len(toks) && q < i+n; q++ {
		if toks[q].upper && toks[q].kind == tokWord {
			return true
		}
		if toks[q].kind != tokWord {
			return false
		}
	}
	return false
}

// refusedTo: "refused to" / "declined to" right before k.
func refusedTo(toks []token, k int) bool {
	if k < 2 || toks[k-1].low != "to" {
		return false
	}
	switch toks[k-2].low {
	case "refused", "refuses", "refusing", "declined", "declines":
		return true
	}
	return false
}

// reviewOfNamed: "the review of Nestlé's chocolate pricing": a review of
// something a name owns, told as going on or found ("was still ongoing").
func reviewOfNamed(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].low != "of" && toks[k+1].low != "into" || !nameSoon(toks, k+2, 2) {
		return false
	}
	return wordWithin(toks, k+3, 8, "ongoing", "continuing", "continues", "underway", "under", "found", "showed", "concluded", "pending")
}

// haveToVerb: "have/has to" + a verb at k ("will have to publish"), not
// "has to do with" or "has to be seen".
func haveToVerb(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].low != "to" {
		return false
	}
	w := toks[k+2]
	return w.kind == tokWord && !w.upper && w.low != "do" && w.low != "be" && w.low != "say" && w.low != "wait" && w.low != "compete"
}

// sanctionProcess: modifiers that make a "process" an authority's case.
var sanctionProcess = toSet(`sanctioning sanction sanctions disciplinary enforcement infringement administrative punitive penalty`)

// probeAdjectives make "probe" after them the noun: "a formal probe", "an
// in-depth probe", "a fresh antitrust probe".
var probeAdjectives = toSet(`antitrust formal in-depth full full-scale preliminary criminal fresh new separate regulatory
 competition official wide-ranging further broader broad sweeping two-year one-year year-long months-long
 detailed thorough comprehensive deeper wider full-fledged independent special joint thorough-going exhaustive`)

// cueBeforeAside: the comma at c closes a short aside opened after a verb
// cue ("did, however, order", "will, in turn, require").
func cueBeforeAside(toks []token, c int) bool {
	for q := c - 1; q >= 1 && q >= c-4; q-- {
		if toks[q].text == "," {
			return verbCue[toks[q-1].low] && toks[q-1].low != "and" && toks[q-1].low != "or" && toks[q-1].low != "which" && toks[q-1].low != "who"
		}
	}
	return false
}

// pronounTo: "-ing it/them to ..." is always a verb ("undertakings from X
// requiring it to sell 11 practices"), never an adjective.
func pronounTo(toks []token, k int) bool {
	return k+2 < len(toks) && (toks[k+1].low == "it" || toks[k+1].low == "them") && toks[k+2].low == "to"
}
