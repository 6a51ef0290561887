package extract

// A plea is the firm's answer to the charges in court: "pleaded guilty"
// accepts them (stance comply), "pleaded not guilty" contests them. Reporters
// tell the plea together with the settlement and name the prosecutor in the
// same sentence ("will plead guilty ... as part of a settlement with the
// Justice Department", "pleaded guilty in a U.S. court and agreed to pay ...
// to authorities in the United States"), often with no act on the firm told
// before, so the sentence's own authority is what the plea answers. Other
// pleas ("pleaded with customers", "pleaded for more time") answer nothing.

// pleaAt: the verb at k pleads to a charge; notGuilty when the plea denies it.
// "no contest" and "nolo contendere" accept the penalty without admitting,
// which reporters and the spec read as not resisting.
func pleaAt(toks []token, k int) (ok, notGuilty bool) {
	q := k + 1
	if q < len(toks) && toks[q].low == "not" {
		notGuilty = true
		q++
	}
	if q >= len(toks) {
		return false, false
	}
	switch toks[q].low {
	case "guilty":
		return true, notGuilty
	case "no":
		return q+1 < len(toks) && toks[q+1].low == "contest" && !notGuilty, false
	case "nolo":
		return !notGuilty, false
	}
	return false, false
}

// pleaAuthorities: the authorities the plea's own sentence names, other than
// a court it is entered in when the prosecutor is named too (the case is
// the prosecutor's; the court is its venue). A court alone stands for the
// case ("pleaded guilty in a London court").
func pleaAuthorities(ms []mention) []Entity {
	var auths, courts []Entity
	for _, m := range ms {
		if m.class != mAuth || m.weak || sameEntityAny(m.ent, auths) || sameEntityAny(m.ent, courts) {
			continue
		}
		if m.ent.Type == TypeCourt {
			courts = append(courts, m.ent)
			continue
		}
		auths = append(auths, m.ent)
	}
	if len(auths) > 0 {
		return auths
	}
	return courts
}

// personPlea: the sentence calls the one who pleads "he" or "she" (persons
// plead far more often than firms; "Zuma-Sambudla pleaded not guilty when
// she appeared"). A firm is "it".
func personPlea(toks []token) bool {
	for _, t := range toks {
		switch t.low {
		case "he", "his", "him", "she", "her", "himself", "herself":
			return true
		}
	}
	return false
}
