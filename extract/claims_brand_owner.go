package extract

import "strings"

// A brand named with its owner ("G-Xchange, which runs GCash", "Ant
// Group, which operates Alipay"): when the brand answers, it answers the
// acts on its owner, as articles name the service customers know.

// brandOwnerVerbs tie an owner to the brand after ", which".
var brandOwnerVerbs = toSet(`runs operates owns controls`)

// noteBrands remembers "X, which runs Y" pairs of this sentence.
func (c *docContext) noteBrands(toks []token, ms []mention) {
	for n := 0; n+1 < len(ms); n++ {
		o, b := ms[n], ms[n+1]
		if !o.firmOrName() || !b.firmOrName() || o.poss {
			continue
		}
		j := o.j
		if j+4 > len(toks) || toks[j].text != "," || toks[j+1].low != "which" || !brandOwnerVerbs[toks[j+2].low] {
			continue
		}
		if at := j + 3; b.i != at && !(toks[at].low == "the" && b.i == at+1) {
			continue // ("which operates the Twiga Cash wallet")
		}
		if c.brands == nil {
			c.brands = map[string]Entity{}
		}
		c.brands[strings.ToLower(asFirm(b).Name)] = asFirm(o)
	}
}

// withOwners adds to firms the owner of any that is a remembered brand.
func (c *docContext) withOwners(firms []Entity) []Entity {
	if len(c.brands) == 0 {
		return firms
	}
	out := firms
	for _, f := range firms {
		if o, ok := c.brands[strings.ToLower(f.Name)]; ok && !sameEntityAny(o, out) {
			out = append(append([]Entity(nil), out...), o)
		}
	}
	return out
}
