package extract

// A firm speaking through a medium ("X said in a post on Weibo that it
// ...", "X said in a filing to Borsa Istanbul it would ...") names the
// platform or exchange between its speech verb and "it": the platform
// only carries the words, so the pronoun still means the speaker. Without
// this, "it" went to the nearest name, the platform, which then stood as
// the firm answering an authority.

// speechMedia are the nouns of a channel a firm speaks through.
var speechMedia = toSet(`post posts posting statement statements filing filings release notice message letter blog tweet
 announcement disclosure email e-mail interview update circular memo note video livestream submission
 account page website channel`)

// speakerThroughMedium: for a singular pronoun at p, the firm mention whose
// speech verb is followed by a medium phrase ("in a post on Weibo", "in a
// Tadawul filing", "in a statement to the exchange") and then, with at most
// "that" between, by p; nil otherwise.
func speakerThroughMedium(toks []token, ms []mention, p int) *mention {
	end := p
	if end > 0 && toks[end-1].low == "that" {
		end--
	}
	// the speech verb: the first token after a firm mention, within reach
	for n := len(ms) - 1; n >= 0; n-- {
		m := &ms[n]
		if m.j >= end || end-m.j > 14 {
			continue
		}
		if !m.firmOrName() || m.poss || m.j >= len(toks) || toks[m.j].lex&lxAttribVerb == 0 {
			continue
		}
		v := m.j
		if v+2 >= end || !(toks[v+1].low == "in" || toks[v+1].low == "on" || toks[v+1].low == "via" || toks[v+1].low == "through") {
			return nil
		}
		medium := false
		for q := v + 1; q < end; q++ {
			t := toks[q]
			if t.lex&lxAttribVerb != 0 || t.text == "\"" || t.text == ";" {
				return nil // another speaker, or a quote: not this frame
			}
			if speechMedia[t.low] {
				medium = true
			}
		}
		if !medium {
			return nil
		}
		return m
	}
	return nil
}
