package extract

import "strings"

// Hyphenated affiliation adjectives ("China-linked investors",
// "Kremlin-backed lender", "Dubai-based", "state-owned", "Temasek-controlled")
// describe who stands behind a party; they are never a party themselves,
// though capitalized like a name.

var affiliationSuffixes = []string{"-linked", "-backed", "-based", "-owned", "-controlled", "-listed",
	"-funded", "-headquartered", "-registered", "-born", "-made", "-affiliated", "-allied", "-connected",
	"-led", "-run", "-focused", "-domiciled", "-incorporated", "-related"}

// affiliationAdjective reports a one-token name that is such an adjective.
func affiliationAdjective(w string) bool {
	if strings.IndexByte(w, '-') <= 0 {
		return false
	}
	for _, s := range affiliationSuffixes {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return true
		}
	}
	return false
}
