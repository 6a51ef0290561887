package index

import (
	"strings"
	"unicode"

	"github.com/claimwatch/claimwatch/extract"
)

// corporateSuffixes are dropped from the end of a name when keying it, so a
// researcher's "Tencent" finds claims whose canonical name is "Tencent
// Holdings" (the same list the claim scorer ignores).
var corporateSuffixes = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "ltd": true,
	"limited": true, "plc": true, "llc": true, "group": true, "holdings": true,
	"ag": true, "sa": true, "gmbh": true,
}

// entityKey is the form actor and firm filters compare: lower case, no
// punctuation, no leading "the", no trailing possessive or corporate suffix.
func entityKey(name string) string {
	s := strings.ToLower(strings.ReplaceAll(name, "\u2019", "'"))
	s = strings.ReplaceAll(s, "'s ", " ")
	s = strings.TrimSuffix(s, "'s")
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '-')
	})
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 1 && corporateSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// entityKeys are the keys an entity is found by: its name as written and its
// canonical name, each keyed.
func entityKeys(e extract.Entity) []string {
	var out []string
	for _, n := range entityNames(e) {
		if k := entityKey(n); k != "" && !containsString(out, k) {
			out = append(out, k)
		}
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
