package extract

import "strings"

// An authority the article named in full is later called by its initials
// ("Uganda's Electricity Regulatory Authority ... an ERA spokesperson"),
// which the catalogue need not know; read as an unknown name it would
// become a firm that "the firm" could then mean.

// authByInitials: the latest authority of three or more words whose
// initials are the acronym w, or nil.
func authByInitials(auths []Entity, w string) *Entity {
	if len(w) < 3 || !isAcronym(w) {
		return nil
	}
	for i := len(auths) - 1; i >= 0; i-- {
		if strings.Count(auths[i].Name, " ") >= 2 && initialsAre(auths[i].Name, w) {
			return &auths[i]
		}
	}
	return nil
}
