package extract

// Delivery cues: a firm that says it will hand over or carry out the very
// thing an authority asked for ("would submit the plan before the
// deadline", "will meet the deadline", "would carry out the measures within
// three months", "would apply the caps in all its stores"), says it already
// complies ("its tariffs were already compliant"), or offers its cooperation
// as a noun ("was extending full cooperation to the regulator") complies,
// though no verb of answering is used. Only a definite object ("the plan",
// "all the measures") echoes the demand; "would submit a bid" or "will apply
// for a licence" is the firm's own business.

// deliverVerbs carry out or hand over what was asked.
var deliverVerbs = toSet(`submit present provide file deliver complete meet implement apply carry execute fulfil fulfill
 honour honor follow observe hand send lodge`)

// demandedThings are what an authority asks a firm to deliver or carry out.
var demandedThings = toSet(`plan plans report reports deadline deadlines timetable timeline schedule measures measure
 requirement requirements caps cap limits limit conditions condition instructions directives directive rules changes
 information documents data remedies commitments undertakings recommendations corrections order orders decision
 registration re-registration`)

// deliveryCue: at q, "will/would/to" + a deliver verb + a definite object
// naming a demanded thing; or "compliant" after a copula or "already"/"fully";
// or "full cooperation" offered.
func deliveryCue(toks []token, q int) (stance, action string, ok bool) {
	w := toks[q].low
	switch {
	case (w == "will" || w == "would" || w == "to") && q+2 < len(toks) && (deliverVerbs[toks[q+1].low] || lyAdverb(toks[q+1].low) && deliverVerbs[toks[q+2].low]):
		if !deliverVerbs[toks[q+1].low] {
			q++ // "would fully implement the measures" ("apply" ends in -ly too)
		}
		r := q + 2
		if r >= len(toks) {
			return "", "", false
		}
		if toks[q+1].low == "carry" || toks[q+1].low == "hand" {
			if toks[r].low != "out" && toks[r].low != "over" {
				return "", "", false
			}
			r++
		}
		// the object: a determiner the demand is known by, then the thing
		// within three words ("the plan", "all the measures", "the new
		// price caps"); "a report" or "for a licence" is no echo
		if r >= len(toks) || !demandDeterminers[toks[r].low] {
			return "", "", false
		}
		for s := r + 1; s < len(toks) && s <= r+3; s++ {
			if demandedThings[toks[s].low] {
				return "comply", "comply", true
			}
			if toks[s].kind != tokWord {
				break
			}
		}
	case satisfiedWords[w] && !(q >= 1 && (toks[q-1].low == "not" || toks[q-1].low == "n't")) && wordWithin(toks, q+1, 6, "outcome", "resolution"):
		// "was pleased with the outcome", "pleased to have reached a
		// resolution with the bureau": the act's end, welcomed
		return "comply", "welcome", true
	case retestAsks[w] && setWithin(toks, q+1, 7, retestWords):
		// "would ask for the samples to be retested", "requested an
		// independent retest": the firm disputes the findings
		return "resist", "contest", true
	case w == "compliant" && q >= 1 && compliantLeads[toks[q-1].low]:
		// "its tariffs were already compliant", "is fully compliant"
		return "comply", "comply", true
	case (w == "cooperation" || w == "co-operation") && q >= 2 && (toks[q-1].low == "full" || toks[q-1].low == "complete") &&
		(toks[q-2].low == "extending" || toks[q-2].low == "extend" || toks[q-2].low == "extended" || toks[q-2].low == "offering" || toks[q-2].low == "offered" || toks[q-2].low == "pledged" || toks[q-2].low == "providing" || toks[q-2].low == "its"):
		// "was extending full cooperation to the regulator", "pledged its full cooperation"
		return "comply", "cooperate", true
	}
	return "", "", false
}

var demandDeterminers = toSet(`the all its their these those such every`)

var compliantLeads = toSet(`already fully now was were is are remain remains remained be been being`)

// lyAdverb: a manner adverb between a modal and its verb ("fully", "promptly").
func lyAdverb(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ly"
}

// retestAsks and retestWords: a firm asking for the authority's tests to be
// done again contests their findings.
var retestAsks = toSet(`ask asked asking asks request requested requesting requests seek sought seeking demand demanded demanding`)

var retestWords = toSet(`retest retests retested retesting re-test re-tested re-testing reanalysis re-analysis counter-analysis
 counter-test re-examination reexamination re-inspection reinspection`)
