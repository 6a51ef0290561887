package extract

// A passive's agent may be a group named by the firm that leads it ("was
// taken over by a consortium led by Maple Infrastructure", "bought by a
// group of investors led by Zambezi Capital", "acquired by a fund managed
// by Andes Partners"): the leader is the party that acted, the group has
// no name of its own.

// agentGroups are the nameless groups a leader stands for.
var agentGroups = toSet(`consortium group coalition syndicate fund funds vehicle alliance partnership club team`)

// groupLedBy: when the words at s are "a/an/the <group> [of ...] led/
// managed/controlled/backed/run by", the index right after that second
// "by"; else s.
func groupLedBy(toks []token, s int) int {
	q := s
	if q < len(toks) && (toks[q].low == "a" || toks[q].low == "an" || toks[q].low == "the") {
		q++
	}
	g := -1
	for r := q; r < len(toks) && r <= q+2; r++ {
		if agentGroups[toks[r].low] {
			g = r
			break
		}
	}
	if g < 0 {
		return s
	}
	for r := g + 1; r+1 < len(toks) && r <= g+5; r++ {
		if toks[r].kind == tokPunct {
			return s
		}
		switch toks[r].low {
		case "led", "managed", "controlled", "backed", "run", "headed", "owned", "advised":
			if toks[r+1].low == "by" {
				return r + 2
			}
			return s
		}
	}
	return s
}
