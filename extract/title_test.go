package extract

import "testing"

func TestTitleStrip(t *testing.T) {
	sites := titleSiteNames("Golem.de", "", "www.golem.de")
	tests := []struct{ name, in, want string }{
		{"suffix site", "Akkutechnik: Hat Quantumscape genug Akkus gebaut? - Golem.de", "Akkutechnik: Hat Quantumscape genug Akkus gebaut?"},
		{"prefix site", "Golem.de | Neue Akkus", "Neue Akkus"},
		{"short tail that is not the site stays", "Fikk overraskelse på fødestua – Helt absurd", "Fikk overraskelse på fødestua – Helt absurd"},
		{"ideographic space kept", "南海トラフ、一時調査　巨大地震", "南海トラフ、一時調査　巨大地震"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := titleStrip(tc.in, sites...); got != tc.want {
				t.Errorf("titleStrip(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTitleChoose(t *testing.T) {
	tests := []struct {
		name    string
		cands   []titleCand
		want    string
		wantSrc string
	}{
		{"agreement beats a lone stronger source", []titleCand{{"jsonld", "SEO headline", 1}, {"opengraph", "Visible", 0.9}, {"h1", "Visible", 0.8}}, "Visible", "opengraph"},
		{"order breaks ties", []titleCand{{"jsonld", "A", 1}, {"opengraph", "B", 1}}, "A", "jsonld"},
		{"empty sources ignored", []titleCand{{"jsonld", "", 1}, {"h1", "", 0.8}, {"title", "Only", 0.05}}, "Only", "title"},
		{"nothing", []titleCand{{"jsonld", "", 1}}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, src := titleChoose(tc.cands)
			if got != tc.want || src != tc.wantSrc {
				t.Errorf("titleChoose = %q (%s), want %q (%s)", got, src, tc.want, tc.wantSrc)
			}
		})
	}
}

func TestTitleWithoutKicker(t *testing.T) {
	tests := []struct {
		name, og, full string
		want           bool
	}{
		{"colon kicker", "Judy Lybke, ganz und gar nicht eigenartig", "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig", true},
		{"hyphenated kicker word", `Interimstrainer Schubert: "Nicht mehr viel zu verlieren"`, `MSV-Interimstrainer Schubert: "Nicht mehr viel zu verlieren"`, true},
		{"same title", "Judy Lybke, ganz und gar nicht eigenartig", "Judy Lybke, ganz und gar nicht eigenartig", false},
		{"tail of a sentence, not a kicker", "sprint to Election Day", "The campaigns brace for a sprint to Election Day", false},
		{"fragment too short", "Fortschritt", "Gesetz: Fortschritt", false},
		{"og longer", "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig", "Judy Lybke, ganz und gar nicht eigenartig", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := titleWithoutKicker(tc.og, tc.full); got != tc.want {
				t.Errorf("titleWithoutKicker(%q, %q) = %v, want %v", tc.og, tc.full, got, tc.want)
			}
		})
	}
}

func TestTitleUnifyVariants(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"no-break space before a french colon", []string{"Guerre en Ukraine\u00a0: la Russie", "Guerre en Ukraine : la Russie", "Guerre en Ukraine\u00a0: la Russie"},
			[]string{"Guerre en Ukraine : la Russie", "Guerre en Ukraine : la Russie", "Guerre en Ukraine : la Russie"}},
		{"quoted phrase", []string{`"Pink hair" sparks ridicule`, "Pink hair sparks ridicule", ""},
			[]string{"Pink hair sparks ridicule", "Pink hair sparks ridicule", ""}},
		{"different headlines untouched", []string{"Judy Lybke, ganz und gar nicht eigenartig", "Neue Leipziger Schule", "Ein bisschen Fortschritt"},
			[]string{"Judy Lybke, ganz und gar nicht eigenartig", "Neue Leipziger Schule", "Ein bisschen Fortschritt"}},
		{"guillemets are kept", []string{"«Die Zurückhaltung»", "Die Zurückhaltung", ""},
			[]string{"«Die Zurückhaltung»", "Die Zurückhaltung", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var cands []titleCand
			for _, v := range tc.in {
				cands = append(cands, titleCand{value: v})
			}
			titleUnifyVariants(cands)
			for i, c := range cands {
				if c.value != tc.want[i] {
					t.Errorf("candidate %d = %q, want %q", i, c.value, tc.want[i])
				}
			}
		})
	}
}

func TestTitleSharedTail(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"different kickers", "Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»", "Eskalation im Nahen Osten - «Die Zurückhaltung hat viel mit den USA zu tun»", "«Die Zurückhaltung hat viel mit den USA zu tun»"},
		{"shared words, no kickers", "Chelsea send clear message of intent on proud day at Cobham", "Arsenal send clear message of intent on proud day at Cobham", ""},
		{"one is the tail itself", "Kühltürme von AKW Gundremmingen gesprengt", "Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt", ""},
		{"same", "Ein bisschen Fortschritt", "Ein bisschen Fortschritt", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := titleSharedTail(tc.a, tc.b); got != tc.want {
				t.Errorf("titleSharedTail = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTitleNotSEO(t *testing.T) {
	tests := []struct {
		name, ld, og, title, want, src string
	}{
		{"og departs from the search title", "Neue Leipziger Schule: Lybke", "Judy Lybke, eigenartig", "Neue Leipziger Schule: Lybke", "Judy Lybke, eigenartig", "opengraph"},
		{"json-ld departs from the search title", "Ampeln tot, S-Bahnen stoppen", "Stromausfall Berlin: Ampeln", "Stromausfall Berlin: Ampeln", "Ampeln tot, S-Bahnen stoppen", "jsonld"},
		{"agreeing fields", "Same headline", "Same headline", "Same headline", "", ""},
		{"one extends the other", "Kicker: Headline here", "Headline here", "Kicker: Headline here", "", ""},
		{"title repeats neither", "One headline", "Another headline", "A third one", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, src, _ := titleNotSEO(tc.ld, tc.og, tc.title)
			if got != tc.want || src != tc.src {
				t.Errorf("titleNotSEO = %q (%s), want %q (%s)", got, src, tc.want, tc.src)
			}
		})
	}
}

func TestTitleCore(t *testing.T) {
	tests := []struct{ name, ld, og, want, wantSrc string }{
		{"og drops the kicker", "Bei Protesten 2022: Bericht: Aktivistin getötet", "Bericht: Aktivistin getötet", "Bericht: Aktivistin getötet", "opengraph"},
		{"og shortens the tail", "Your $1 bill could be worth THOUSANDS - here's how to check if you have it", "Your $1 bill could be worth THOUSANDS - here's how to check", "Your $1 bill could be worth THOUSANDS - here's how to check", "opengraph"},
		{"og adds the site name", "Strava taps AI to weed out cheats", "Strava taps AI to weed out cheats | TechCrunch", "Strava taps AI to weed out cheats", "jsonld"},
		{"unrelated headlines are not settled here", "Pendler sparen 60 Prozent bei Bus und Bahn", "Pendler zahlen 60 Prozent weniger", "", ""},
		{"a short fragment is no headline", "Krieg in Nahost: Israel schickt Panzer", "Nahost", "", ""},
		{"equal", "Same headline for both", "Same headline for both", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, src, ok := titleCore(tc.ld, tc.og)
			if got != tc.want || src != tc.wantSrc || ok != (tc.want != "") {
				t.Errorf("titleCore = %q (%s, %v), want %q (%s)", got, src, ok, tc.want, tc.wantSrc)
			}
		})
	}
}

func TestTitleStripSiteInMiddle(t *testing.T) {
	sites := titleSiteNames("The Gateway Pundit", "", "www.thegatewaypundit.com")
	tests := []struct{ name, in, want string }{
		{"pipes", "New Plot Twist in Idaho Case | The Gateway Pundit | by Cristina Laila", "New Plot Twist in Idaho Case"},
		{"stars", "Zelensky Is Now Considering Firing Top General * The Gateway Pundit * by Paul Serran", "Zelensky Is Now Considering Firing Top General"},
		{"no site in the middle", "One | Two | Three", "One | Two | Three"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := titleStrip(tc.in, sites...); got != tc.want {
				t.Errorf("titleStrip(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
