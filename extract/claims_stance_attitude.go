package extract

import "strings"

// Attitude cues: what a speaking firm says of an authority's act, or of
// the authority itself, with no verb of answering. Reporters in every
// region tell a firm's answer through its feelings about the ruling ("was
// pleased with the decision", "is unhappy with the fine"), its plea in a
// criminal case ("would plead not guilty"), its work alongside the
// authority ("would work constructively with the regulator") or its
// defence ("would present its defence", "will
// vigorously defend the transaction"). stanceCue asks attitudeCue at every
// word, so each case is a lookup on the word itself first.

// satisfiedWords: a firm's satisfaction with an act it was handed.
var satisfiedWords = toSet(`pleased happy satisfied delighted glad encouraged gratified heartened relieved`)

// unhappyWords: a firm's displeasure, a resisting stance.
var unhappyWords = toSet(`unhappy dissatisfied displeased frustrated saddened aggrieved`)

// workVerbs: working alongside someone; with an authority after "with", cooperation.
var workVerbs = toSet(`work works worked working liaise liaising collaborate collaborating`)

// defendedThings: what a firm defends against an authority's case ("defend
// itself", "defend the transaction"), not a market or a title it holds.
var defendedThings = toSet(`itself themselves position case transaction deal merger acquisition takeover purchase practices conduct
 record actions action terms fees pricing decision conduct interests rights`)

// defenceVerbs put a defence before an authority or a court.
var defenceVerbs = toSet(`present presented presenting mount mounted mounting prepare prepared preparing submit submitted
 submitting file filed put lodge lodged`)

func attitudeCue(toks []token, ms []mention, q int) (stance, action string, ok bool) {
	w := toks[q].low
	notBefore := q >= 1 && (toks[q-1].low == "not" || toks[q-1].low == "n't")
	switch {
	case satisfiedWords[w] && wordWithin(toks, q+1, 1, "with", "by", "about", "that") && answerNear(toks, q+1, 5):
		// "was pleased with the decision"; "was not happy with the ruling" resists
		if notBefore {
			return "resist", "disagree", true
		}
		return "comply", "welcome", true
	case unhappyWords[w] && wordWithin(toks, q+1, 1, "with", "by", "about", "that") && answerNear(toks, q+1, 5):
		return "resist", "disagree", true
	case (w == "plead" || w == "pleaded" || w == "pleads" || w == "pled" || w == "pleading") && q+1 < len(toks) && !personPlea(toks):
		// "would plead not guilty", "pleaded innocent"; "pleaded guilty" accepts the charge
		switch {
		case toks[q+1].low == "not" && wordWithin(toks, q+2, 1, "guilty"), toks[q+1].low == "innocent":
			return "resist", "deny", true
		case toks[q+1].low == "guilty":
			return "comply", "accept", true
		}
	case workVerbs[w] && !notBefore && authorityPartnerAfter(toks, ms, q+1):
		// "would work constructively with the authority", "was working with
		// the regulator", "is liaising with the FCA" (merely "engaging the
		// regulator" over a dispute takes no stance)
		return "comply", "cooperate", true
	case (w == "defence" || w == "defense") && q >= 1 && setWithin(toks, max(0, q-3), min(3, q), defenceVerbs):
		// "would present its defence", "mounted a robust defense"
		return "resist", "contest", true
	case (w == "begun" || w == "began" || w == "started" || w == "starts" || w == "start" || w == "begin") && q+1 < len(toks) && complyingGerunds[toks[q+1].low]:
		// "had begun blocking the sites", "started implementing the rules"
		return "comply", "comply", true
	case (w == "defend" || w == "defending" || w == "defended" || w == "defends") && !notBefore && defendsOwn(toks, q+1):
		// "would vigorously defend the transaction", "will defend itself in court"
		return "resist", "contest", true
	}
	return "", "", false
}

// authorityPartnerAfter: from i, an optional adverb ("closely",
// "constructively", "fully"), then "with", then within three words an authority named or referred to
// ("the regulator", "the authorities", "investigators").
func authorityPartnerAfter(toks []token, ms []mention, i int) bool {
	if i < len(toks) && len(toks[i].low) > 4 && toks[i].low[len(toks[i].low)-2:] == "ly" {
		i++
	}
	if i >= len(toks) || toks[i].low != "with" && toks[i].low != "alongside" {
		return false
	}
	i++
	if authWithin(toks, ms, i, 3) {
		return true
	}
	for q := i; q < len(toks) && q < i+3; q++ {
		if authRefHeads[toks[q].low] || toks[q].low == "investigators" || toks[q].low == "prosecutors" || toks[q].low == "inspectors" {
			return q == i || toks[q-1].low == "the" || toks[q-1].low == "its" || toks[q-1].low == "all" || toks[q-1].low == "relevant" || toks[q-1].low == "local"
		}
		if toks[q].kind != tokWord {
			return false
		}
	}
	return false
}

// defendsOwn: what follows "defend" (after an adverb) is the firm itself
// or its deal, case or conduct.
func defendsOwn(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+4; q++ {
		if defendedThings[toks[q].low] {
			return true
		}
		if toks[q].kind != tokWord && toks[q].text != "\"" && toks[q].text != "'" {
			return false
		}
	}
	return false
}

// appositiveBeforeSpeech: from the comma at c, a description of the firm
// opened by a determiner ("the fintech arm of MercadoLibre", "one of the
// smaller members of the exchange", "a unit of Vale") closed by a comma
// right before a speech verb; it returns the speech verb's index, or 0.
func appositiveBeforeSpeech(toks []token, c int) int {
	switch toks[c+1].low {
	case "the", "a", "an", "one", "its", "part", "owned", "formerly", "now", "itself":
	default:
		return 0
	}
	for r := c + 2; r < len(toks) && r <= c+16; r++ {
		if toks[r].text == "," {
			if r+1 < len(toks) && speechVerbs[toks[r+1].low] {
				return r + 1
			}
			return 0
		}
		if toks[r].kind == tokPunct && toks[r].text != "-" && toks[r].text != "'s" && toks[r].text != "&" && toks[r].text != "." {
			return 0
		}
	}
	return 0
}

// deniedConductNouns: the conduct an authority's case charges, which a firm
// denies by name ("denied any collusion", "denies price-fixing").
var deniedConductNouns = toSet(`collusion colluding cartel price-fixing bid-rigging misconduct impropriety improprieties irregularities
 irregularity fraud manipulation breach breaches violation violations infringement infringements abuse bribery corruption
 negligence wrongdoings involvement liability fault coordination`)

// deniedConductNoun: from i, an optional "any"/"all"/"the"/"having
// engaged in", then a conduct noun.
func deniedConductNoun(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+3; q++ {
		if deniedConductNouns[toks[q].low] {
			return true
		}
		switch toks[q].low {
		case "any", "all", "the", "allegations", "of", "engaging", "in", "wilful", "deliberate", "illegal", "unlawful":
		default:
			return false
		}
	}
	return false
}

// complyingGerunds after "begun"/"started": carrying out what was ordered.
var complyingGerunds = toSet(`blocking implementing applying enforcing complying restricting disconnecting deactivating
 barring delisting unlisting geoblocking filtering registering`)

// authNamingFirm: the authority of the latest act (no answer, no firm act)
// whose sentence names one of firms though the act binds others ("ordered
// Bezeq to let rivals, including Partner and Cellcom, ..."): the act a
// named beneficiary or rival answers when it welcomes or faults it.
func (c *docContext) authNamingFirm(firms []Entity) []Entity {
	for i := len(c.claims) - 1; i >= 0; i-- {
		cl := c.claims[i]
		if cl.Kind == KindResponse || cl.Kind == KindAction || cl.Negated {
			continue
		}
		for _, f := range firms {
			if len(f.Name) >= 3 && containsWord(cl.Sentence, f.Name) {
				return []Entity{cl.Actor}
			}
		}
	}
	return nil
}

// containsWord: name occurs in s with no letter on either side.
func containsWord(s, name string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], name)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(name)
		if (i == 0 || !isLetterByte(s[i-1])) && (j >= len(s) || !isLetterByte(s[j])) {
			return true
		}
		from = i + 1
	}
}

func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// judgedWords name a court's act: an answer to them answers the court.
var judgedWords = toSet(`judgment judgement verdict sentence sentencing`)

// courtsIfJudged: when the words answered name a court's act ("was
// disappointed with the judgment") and a court is among the candidate
// authorities, the court alone is answered, not the agency that brought
// the case.
func courtsIfJudged(words []token, auths []Entity) []Entity {
	if len(auths) < 2 || !hasWord(words[:min(len(words), 12)], judgedWords) {
		return auths
	}
	var courts []Entity
	for _, a := range auths {
		if a.Type == TypeCourt {
			courts = append(courts, a)
		}
	}
	if len(courts) == 0 {
		return auths
	}
	return courts
}
