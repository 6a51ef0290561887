package extract

import (
	"strings"
)

// Resolving "it", "they", "the regulator", "the company" against the article's memory.

// descriptions that refer back to an authority.
var authRefHeads = toSet(`regulator watchdog agency bureau commission ministry department cabinet authority court judge
 government administration council regulators authorities`)

// heads too loose to point at a name only guessed to be a firm.
var looseFirmHeads = toSet(`owner parent unit app service network business outlet broadcaster publisher studio engine utility exchange`)

// reference resolves "it", "they", "them", "the regulator", "the company",
// "the e-commerce giant", "the bank" against the article so far.
func (x *ClaimExtractor) reference(toks []token, k int, ctx *docContext) (mention, bool) {
	t := toks[k]
	switch t.low {
	case "it":
		if t.text == "IT" && k > 0 {
			return mention{}, false // information technology ("Ministry of Electronics and IT")
		}
		m := mention{i: k, j: k + 1, class: mPron, src: "ref", ref: true}
		if a := ctx.lastAuth(""); a != nil {
			e := *a
			m.authRef = &e
		}
		if f := ctx.lastFirm(); f != nil {
			e := *f
			m.firmRef = &e
		}
		return m, true
	case "they", "them":
		if t.low == "them" && k > 0 && toks[k-1].low == "among" {
			return mention{}, false // "providers, among them A and B": the list follows
		}
		m := mention{i: k, j: k + 1, class: mPron, src: "ref", ref: true, plural: true}
		m.group = ctx.firmGroup()
		return m, true
	case "a":
		// "a company spokesperson": the article's firm speaking
		if k+2 < len(toks) && toks[k+1].low == "company" && personNouns[toks[k+2].low] || k+2 < len(toks) && toks[k+1].low == "company" && (toks[k+2].low == "spokesperson" || toks[k+2].low == "spokesman" || toks[k+2].low == "spokeswoman") {
			if f := ctx.lastFirm(); f != nil {
				return mention{i: k, j: k + 2, class: mFirm, ent: *f, ref: true, src: "ref"}, true
			}
		}
		return mention{}, false
	case "both":
		// "both firms must ...", "both companies said": the last firms named together
		if k+1 < len(toks) && (pluralFirmHead(toks[k+1].low)) {
			g := ctx.firmGroup()
			if len(g) < 2 {
				// "both operators" says there were two: the last two firms,
				// even names only guessed to be firms
				g = ctx.lastTwoFirms()
			}
			if len(g) > 1 {
				return mention{i: k, j: k + 2, class: mPron, src: "ref", ref: true, plural: true, group: g}, true
			}
		}
		return mention{}, false
	case "the", "its", "their":
		if m, ok := countedGroupRef(toks, k, ctx); ok {
			return m, true
		}
		if t.low == "the" && k == 0 && k+2 < len(toks) && sentencePluralHead(toks[k+1].low) && toks[k+2].kind == tokWord && !toks[k+2].upper && (speechVerbs[toks[k+2].low] || strings.HasSuffix(toks[k+2].low, "ed") || clearanceDutyRef(toks, k+2, ctx)) {
			// "The platforms pledged to comply": a sentence opened by the
			// plural of a firm noun and a past or speech verb means the firms
			// the article just named together ("The lenders must now win
			// customers" is a general remark, not theirs)
			if g := ctx.firmGroup(); len(g) > 1 {
				return mention{i: k, j: k + 2, class: mPron, src: "ref", ref: true, plural: true, group: g}, true
			}
		}
		if t.low == "the" && k+1 < len(toks) && (toks[k+1].low == "two" || toks[k+1].low == "pair") && (k+2 >= len(toks) || !firmHeads[toks[k+2].low] && toks[k+2].kind != tokWord || !sectorHeads[toks[k+2].low]) {
			if g := ctx.firmGroup(); len(g) > 0 {
				return mention{i: k, j: k + 2, class: mPron, src: "ref", ref: true, plural: true, group: g}, true
			}
		}
	default:
		return mention{}, false
	}
	// the [modifiers] head
	i := k + 1
	demonym := "" // the country a modifier names ("the Emirati fund")
	for i < len(toks) && i-k <= 5 {
		low := toks[i].low
		if toks[i].kind == tokPunct && low != "-" {
			return mention{}, false
		}
		if low == "central" && i+1 < len(toks) && toks[i+1].low == "bank" {
			// the last authority the catalogue knows as its country's central bank
			for n := len(ctx.auths) - 1; n >= 0; n-- {
				a := ctx.auths[n]
				if e := x.cat.descriptor(a.Country, "central bank"); e != nil && e.Canonical == a.Canonical {
					return mention{i: k, j: i + 2, class: mAuth, ent: a, ref: true, src: "ref", head: "central bank"}, true
				}
			}
			if a := ctx.lastAuthHead("central bank"); a != nil {
				return mention{i: k, j: i + 2, class: mAuth, ent: *a, ref: true, src: "ref", head: "central bank"}, true
			}
			return mention{}, false
		}
		if (low == "bureau" || low == "agency") && i == k+2 && t.low == "the" && firmCompoundMods[toks[k+1].low] && (i+1 >= len(toks) || toks[i+1].low != "of" && !toks[i+1].upper) {
			// "the credit bureau", "the rating agency": a kind of firm, the
			// one the article's authority acted on
			if f := ctx.salientFirm(); f != nil {
				return mention{i: k, j: i + 1, class: mFirm, ent: *f, ref: true, src: "ref"}, true
			}
			return mention{}, false
		}
		if ownHeadRefs[low] && i == k+1 && t.low == "the" && (i+1 >= len(toks) || toks[i+1].low != "of" && !toks[i+1].upper) {
			// "the commissioner" after "the Office of the Data Protection
			// Commissioner": an authority the article named with this word
			if a := ctx.authNamedWith(low); a != nil {
				return mention{i: k, j: i + 1, class: mAuth, ent: *a, ref: true, src: "ref", head: low}, true
			}
		}
		if authRefHeads[low] && !toks[i].upper || (authRefHeads[low] && i == k+1) {
			if i+1 < len(toks) && toks[i+1].upper && isAcronym(toks[i+1].text) && t.low == "the" {
				// "the telecoms regulator CITRA": a described authority its acronym names
				if e := unnamedAuthority(toks, k+1, i); e != nil {
					return mention{i: k, j: i + 1, class: mAuth, ent: *e, src: "descriptor", head: low}, true
				}
			}
			if i+1 < len(toks) && (toks[i+1].low == "of" || toks[i+1].upper) {
				return mention{}, false
			}
			if t.low != "the" {
				return mention{}, false
			}
			if a := ctx.lastAuthHead(low); a != nil {
				if want := authHeads[low]; i > k+1 && want != "" && a.Type != want && !strings.Contains(strings.ToLower(a.Name+" "+a.Canonical), low) {
					// "the finance ministry" after only a central bank: a body of its own
					if e := unnamedAuthority(toks, k+1, i); e != nil {
						return mention{i: k, j: i + 1, class: mAuth, ent: *e, src: "descriptor", head: low}, true
					}
				}
				return mention{i: k, j: i + 1, class: mAuth, ent: *a, ref: true, src: "ref", head: low}, true
			}
			if e := unnamedAuthority(toks, k+1, i); e != nil {
				// "the telecoms ministry", "the antitrust regulator" with nothing
				// named before: a described authority of its own
				return mention{i: k, j: i + 1, class: mAuth, ent: *e, src: "descriptor", head: low}, true
			}
			return mention{}, false
		}
		if industryHeads[low] && !firmHeads[low] && !toks[i].upper && t.low == "the" && (i+1 >= len(toks) || toks[i+1].kind != tokWord || toks[i+1].low != "of" && !toks[i+1].upper && !firmHeads[toks[i+1].low] && !industryHeads[toks[i+1].low]) {
			// "the college" after "Thameside Business College Ltd": a trade
			// noun the firm's own name carries ("the clinic chain" goes on)
			if f := ctx.firmNamedWith(low); f != nil {
				return mention{i: k, j: i + 1, class: mFirm, ent: *f, ref: true, src: "ref"}, true
			}
		}
		if firmHeads[low] && !toks[i].upper && i+1 < len(toks) && (toks[i+1].low == "maker" || toks[i+1].low == "makers") {
			i++ // "the engine maker": the first head only says what it makes
			continue
		}
		if firmHeads[low] && !toks[i].upper {
			if t.low == "the" && namedModifier(toks, k+1, i) {
				return mention{}, false // "the 12-store Kiwi Grocer Co chain": a firm named, not one referred back to
			}
			if i+1 < len(toks) && compoundTails[toks[i+1].low] {
				return mention{}, false // "its exchange rates", "its network outage": a compound noun
			}
			if t.low == "the" && i > k+1 && (low == "app" || low == "wallet" || low == "service") && toks[i-1].upper && toks[i-1].kind == tokWord && !capStop[toks[i-1].low] {
				// "removed the Zaraki Cash app": a named firm's product, not a
				// reference back to the firm before
				return mention{}, false
			}
			if t.low == "the" && i > k+1 && i+1 < len(toks) && toks[i+1].upper && toks[i+1].kind == tokWord && !capStop[toks[i+1].low] && !isAcronym(toks[i+1].text) {
				// "the Budapest grocery chain Tulipán Market": a description in
				// apposition to the name after it, not a reference back
				return mention{}, false
			}
			if i+1 < len(toks) && toks[i+1].low == "of" && !(k > 0 && accuseVerbs[toks[k-1].low]) || low == "group" || low == "consortium" || low == "cooperative" {
				// "the group" as often means militants, activists or a party as a firm
				return mention{}, false
			}
			if t.low == "the" && (toks[k+1].low == "combined" || toks[k+1].low == "merged" || toks[k+1].low == "enlarged") {
				// "the combined group must sell ...": the buyer of the deal just named
				if f := ctx.dealBuyer(toks, k); f != nil {
					return mention{i: k, j: i + 1, class: mFirm, ent: *f, ref: true, src: "ref"}, true
				}
			}
			if strings.HasSuffix(low, "s") && low != "business" && low != "express" && (low == "companies" || low == "firms" || low == "giants" || low == "makers") {
				if t.low != "the" || i > k+2 {
					return mention{}, false // "its largest tech firms": a class
				}
				m := mention{i: k, j: i + 1, class: mPron, plural: true, ref: true, src: "ref", group: ctx.firmGroup()}
				return m, len(m.group) > 0
			}
			var f *Entity
			if c := ctx.firmOfCountry(demonym); c != nil && t.low == "the" {
				f = c // "the Emirati fund" after Petrobras and Mubadala: the firm from there
			} else if b := ctx.dealBuyer(toks, k); b != nil && t.low == "the" && (low == "buyer" || low == "acquirer" || low == "purchaser") {
				f = b // "the buyer must keep ...": who bought in the deal just told
			} else if a := ctx.apposedAs(toks, k, low); a != nil && t.low == "the" {
				f = a // "Ukrzaliznytsia, the state railway, ... which sued the railway"
			} else if d := ctx.describedAs(low); d != nil && t.low == "the" {
				f = d // "private bank Lémanique ... the bank": what the article called it
			} else if hinted := ctx.firmNamedLike(low); hinted != nil && t.low == "the" {
				// "the lender" after "Dniprovskyi Kredytnyi Bank" and its owner
				// "Helix Capital Holdings": the firm whose name says what it is
				f = hinted
			} else if named := ctx.firmNamedByModifier(toks, k+1, i); named != nil && t.low == "the" {
				// "the cement maker" after Raghav Cement and Deccan Grey: the
				// firm whose name says what the description says it makes
				f = named
			} else if low == "rival" && t.low == "its" && ctx.hasFirst {
				// "Bitsori first sued its rival": not the sentence's own firm
				f = ctx.lastFirmUnlike(ctx.sentFirst)
			} else if low == "rival" {
				f = ctx.lastFirmExcept(1)
			} else if o := ctx.otherThanSubject(); looseFirmHeads[low] && o != nil && t.low == "the" {
				f = o // "Sony ... a stake in Kadokawa ... the Japanese publisher"
			} else if looseFirmHeads[low] {
				f = ctx.lastKnownFirm()
				if f == nil && t.low == "the" {
					// "fined Brzoza Energija ... also ordered the utility to": a
					// name an authority already acted on is firm enough
					f = ctx.lastActedOn()
				}
			} else if b := ctx.sentenceDealBuyer(toks, k); b != nil && t.low == "the" {
				// "approval to Synopsys' acquisition of Ansys, requiring the chip
				// design software company to ...": the buyer is the one bound
				f = b
			} else if ctx.curSubject != nil && t.low == "the" && i == k+1 && (low == "company" || low == "firm") && afterSpeechVerb(toks, k) {
				// "Kuat Rubber managing director Lim Chee Keong said the company
				// would cooperate": the speaker's firm, the sentence's subject
				f = ctx.curSubject
			} else if n := ctx.sentNameRef(); n != nil && (ctx.curSubject == nil || ctx.curSubject.Name == n.Name) && t.low == "the" && (i+1 >= len(toks) || !toks[i+1].upper && toks[i+1].low != "'s") {
				f = n // "fined Godavari Stockbroking ... and barred the brokerage": the name just acted on
			} else if ctx.curSubject != nil && t.low == "the" {
				// the sentence named its subject already: a description later in
				// it means another firm ("Sony ... bought a stake in the Japanese
				// publisher"), the one the sentence named after its subject first
				f = ctx.lastFirmNot(*ctx.curSubject)
				if o := ctx.otherThanSubject(); o != nil {
					f = o
				}
			} else if sf := ctx.subjectFirm(); sf != nil && t.low == "the" {
				f = sf
			} else {
				f = ctx.salientFirm()
			}
			if f == nil {
				return mention{}, false
			}
			if low == "bank" && f.Type != TypeFirm {
				return mention{}, false
			}
			return mention{i: k, j: i + 1, class: mFirm, ent: *f, ref: true, src: "ref"}, true
		}
		if toks[i].upper && toks[i].kind == tokWord {
			// "the U.S. chipmaker": allow a capitalized modifier only before a head
			if n, _ := x.cat.lookup(toks, i); n != nil && n.entry.isPlace() && demonym == "" {
				demonym = n.entry.Country
			}
			i++
			continue
		}
		if toks[i].kind == tokNum {
			i++
			continue
		}
		if toks[i].low == "and" && i > k+1 && !toks[i-1].upper && i+1 < len(toks) && !toks[i+1].upper && toks[i+1].kind == tokWord {
			i++ // "the goods and services tax department"
			continue
		}
		if toks[i].lex&(lxCapStop|lxAttribVerb) != 0 {
			return mention{}, false // "the fintech said the firm ...": a clause, not one description
		}
		i++
	}
	return mention{}, false
}

// unnamedAuthority: the words from..h ("telecoms ministry", "antitrust
// regulator") describe an authority by its field when at least one plain
// lower-case field word stands before the head.
func unnamedAuthority(toks []token, from, h int) *Entity {
	if h-from < 1 || h-from > 4 {
		return nil
	}
	for q := from; q < h; q++ {
		if toks[q].low == "and" && q > from && q+1 < h {
			continue // "goods and services tax department"
		}
		if toks[q].kind != tokWord || toks[q].upper || capStop[toks[q].low] || toks[q].kind == tokNum {
			return nil
		}
	}
	if toks[h].low == "agency" && hasWordIn(toks[from:h], "travel", "advertising", "news", "employment", "talent", "marketing", "recruitment", "rating", "ratings", "media", "creative", "estate", "booking") {
		return nil // a travel or advertising agency is a firm
	}
	typ := TypeRegulator
	switch toks[h].low {
	case "ministry", "department", "cabinet", "government":
		typ = TypeGovernment
	case "court", "judge", "tribunal":
		typ = TypeCourt
	}
	name := span(toks, from, h+1)
	return &Entity{Name: name, Canonical: name, Type: typ}
}

// verbs whose "the firm of ..." is the firm and its alleged act ("accuses
// the fuel marketer of subsidy fraud"), not a part of something.
var accuseVerbs = toSet(`accuse accuses accused accusing suspect suspects suspected suspecting convict convicts convicted convicting`)

// afterSpeechVerb: the word before k is a speech verb, or "that" after one
// ("said the company", "said that the firm").
func afterSpeechVerb(toks []token, k int) bool {
	if k >= 1 && toks[k-1].lex&lxAttribVerb != 0 {
		return true
	}
	if k < 2 || toks[k-1].low != "that" {
		return false
	}
	for q := k - 2; q >= 0 && q >= k-5; q-- {
		// "told this newspaper that the firm", "said on Tuesday that the company"
		if toks[q].lex&lxAttribVerb != 0 {
			return true
		}
		if toks[q].kind != tokWord || toks[q].upper && !isMonthOrDay(toks[q].low) {
			return false
		}
	}
	return false
}

// sentencePluralHead: the plural of a firm noun that the generic plural
// rules do not already read ("platforms", "operators", "lenders").
func sentencePluralHead(w string) bool {
	switch w {
	case "companies", "firms", "giants", "makers", "two", "pair":
		return false
	}
	return len(w) > 3 && w[len(w)-1] == 's' && firmHeads[w[:len(w)-1]]
}
