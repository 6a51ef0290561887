package extract

import "sort"

// Topics come from a fixed lexicon of words: a claim's sentence gets every
// topic one of its words belongs to. The lexicon is documented in
// docs/catalog.md; words are matched lower-cased, whole tokens.
var topicLexicon = map[string][]string{
	"interoperability":    {"interoperability", "interoperable", "interoperate", "links", "blocking", "block", "unblock", "walled", "sideloading", "third-party"},
	"antitrust":           {"antitrust", "anti-monopoly", "monopoly", "monopolistic", "competition", "anticompetitive", "anti-competitive", "merger", "acquisition", "takeover", "dominant", "exclusive", "exclusively", "cartel", "collusion", "pricing", "below-cost"},
	"data protection":     {"data", "privacy", "personal", "gdpr", "biometric", "consent", "surveillance", "cybersecurity", "information"},
	"fintech":             {"fintech", "payment", "payments", "lending", "loan", "loans", "crypto", "cryptocurrency", "bitcoin", "stablecoin", "wallet", "alipay", "margin", "staking", "credit", "brokerage", "mortgages", "mortgage"},
	"content moderation":  {"content", "misinformation", "disinformation", "videos", "censorship", "moderation", "deepfake", "ai-generated", "harmful", "hate", "posts"},
	"labour":              {"labour", "labor", "workers", "drivers", "contractors", "employees", "wages", "zero-hours", "employment", "union", "unions"},
	"tax":                 {"tax", "taxes", "taxation", "vat", "levy", "duties"},
	"trade":               {"tariffs", "tariff", "export", "exports", "import", "imports", "sanctions", "trade"},
	"security":            {"security", "espionage", "national", "equipment", "spy"},
	"consumer protection": {"consumers", "consumer", "misleading", "refunds", "cancel", "subscription", "shoppers", "fees"},
	"ai":                  {"ai", "artificial", "chatbot", "models", "generative"},
	"listing":             {"listing", "ipo", "shares", "listed"},
}

var topicIndex = func() map[string][]string {
	m := map[string][]string{}
	for topic, words := range topicLexicon {
		for _, w := range words {
			m[w] = append(m[w], topic)
		}
	}
	return m
}()

// topicsOutside returns the sorted topics of a sentence's words outside the
// names of authorities and firms; it reads tokens in place (once per sentence).
func topicsOutside(toks []token, ms []mention) []string {
	var seen map[string]bool
	for k, t := range toks {
		if t.lex&lxTopic == 0 {
			continue
		}
		tps := topicIndex[t.low]
		if len(tps) == 0 || inMentionOf(ms, k, mAuth, mFirm) {
			continue
		}
		for _, tp := range tps {
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[tp] = true
		}
	}
	if len(seen) == 0 {
		return nil
	}
	out := make([]string, 0, len(seen))
	for tp := range seen {
		out = append(out, tp)
	}
	sort.Strings(out)
	return out
}
