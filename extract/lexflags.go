package extract

// Word classes asked of a token again and again while mentions are sought
// (every token is tried as the start of a sector, a descriptor and a name),
// read once per token by tokenize so that those hot checks test a bit
// instead of hashing the word into several maps. The bits mirror the
// tables they name, which stay the source of truth.

type lexFlag uint32

const (
	lxCapStop lexFlag = 1 << iota
	lxSectorQuant
	lxSectorHead
	lxClassCount
	lxAuthModifier
	lxAuthHead
	lxCountWord
	lxTopic
	lxTriggerForm // a form of a trigger of defaultLexicon
	lxRebuffVerb
	lxUpholdVerb
	lxAttribVerb
	lxFirmHead
	lxFirmyOnly
	lxBeForm
	lxCorpSuffix
	lxPersonTitle
	lxIssuedVerb
	lxAccessCue  // a word accessActs acts on
	lxTieCue     // a word firmTieActs acts on
	lxCounterCue // counterWords
	lxDealCue    // a noun namedDealActs acts on
	lxAppealNoun // appealNouns
	lxLawVerb    // lawSubjectVerbs
	lxActNoun    // a key of actNounKinds
	lxAuthObjVerb
	lxExclusionVerb // exclusionVerbs
	lxInquiryNoun   // ownedInquiryNouns
	lxSuitNoun      // suitNouns
)

// lxPassCues are the bits that only gate passes; a word with no other bit
// is still one the lexicons do not know (lowerBrandShape).
const lxPassCues = lxAccessCue | lxTieCue | lxCounterCue | lxDealCue | lxAppealNoun | lxLawVerb | lxActNoun | lxAuthObjVerb |
	lxExclusionVerb | lxInquiryNoun | lxSuitNoun

var lexFlags = func() map[string]lexFlag {
	m := map[string]lexFlag{}
	for w, n := range classCounts {
		if n > 0 {
			m[w] |= lxClassCount
		}
	}
	for w := range authHeads {
		m[w] |= lxAuthHead
	}
	for w, kind := range actNounKinds {
		if kind != "" {
			m[w] |= lxActNoun
		}
	}
	for w, tps := range topicIndex {
		if len(tps) > 0 {
			m[w] |= lxTopic
		}
	}
	for w, cands := range defaultLexicon.forms {
		if len(cands) > 0 {
			m[w] |= lxTriggerForm
		}
	}
	for flag, set := range map[lexFlag]map[string]bool{
		lxCapStop: capStop, lxSectorQuant: sectorQuantifiers, lxSectorHead: sectorHeads,
		lxAuthModifier: authModifiers, lxCountWord: countWords, lxRebuffVerb: rebuffVerbs, lxUpholdVerb: upholdVerbs,
		lxAttribVerb: attributionVerbs, lxFirmHead: firmHeads, lxFirmyOnly: firmyOnlyHeads,
		lxBeForm: beForms, lxCorpSuffix: corpSuffixes, lxPersonTitle: personTitles,
		lxIssuedVerb: issuedVerbs,
		lxAccessCue:  letVerbs, lxCounterCue: counterWords, lxAppealNoun: appealNouns, lxLawVerb: lawSubjectVerbs,
		lxAuthObjVerb: authObjectVerbs, lxExclusionVerb: exclusionVerbs, lxInquiryNoun: ownedInquiryNouns, lxSuitNoun: suitNouns,
	} {
		for w, in := range set {
			if in {
				m[w] |= flag
			}
		}
	}
	for w := range industryHeads {
		m[w] |= lxFirmyOnly // a trade noun shows the name after it is a firm
	}
	// the per-token passes over every sentence skip in one test the words
	// none of their cases looks at
	for _, set := range []map[string]bool{takenVerbs, cutVerbs, shutOutVerbs, toSet(`lifted lifts lift lifting`)} {
		for w, in := range set {
			if in {
				m[w] |= lxAccessCue
			}
		}
	}
	for _, set := range []map[string]bool{jointWords, builtInVerbs, boughtNouns, counterWords, toSet(`together deal agreement partnership venture pact alliance`)} {
		for w, in := range set {
			if in {
				m[w] |= lxTieCue
			}
		}
	}
	for _, set := range []map[string]bool{boughtNouns, jointNouns, toSet(`merger`)} {
		for w, in := range set {
			if in {
				m[w] |= lxDealCue
			}
		}
	}
	return m
}()
