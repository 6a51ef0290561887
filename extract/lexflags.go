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
)

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
	} {
		for w, in := range set {
			if in {
				m[w] |= flag
			}
		}
	}
	return m
}()
