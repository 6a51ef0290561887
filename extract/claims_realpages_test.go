package extract

import "testing"

// Real pages carry prose the claim rules were not written for: changelogs,
// software write-ups, fiction, history. These passages (our own wording) keep
// the rules' words from firing there while the news wordings still do.
func TestClaimsRealPages(t *testing.T) {
	expectFrames(t, []frameCase{
		// changelog lines: "Added X" is an item, never a firm
		{name: "changelog bullets", text: "+ Added Copper Blocks and Lightning Rods + Added the Deep Dark + Added Goats + Added Axolotls + Added Glow Squid", none: true},
		{name: "changelog fixes", text: "Fixed Elytra blocking Removed Herobrine. Fixed Villagers trading with Added Wandering Trader.", none: true},
		{name: "changelog stone blocks", text: "+ Added Basalt and Blackstone stone blocks + Added Crying Obsidian and Shroomlight blocks + Added the Bastion Remnant + Added Piglins + Added Hoglins", none: true},
		{name: "changelog long list", text: "+ Added Tuff, Calcite, and Dripstone blocks, with polished versions + Added Moss Block + Added Copper Door + Added Amethyst and Glow Lichen blocks + Added the Ancient City + Added Deepslate Tiles + Added Candles + Added Spyglasses + Added Rooted Dirt + Added Warden mobs", none: true},
		{name: "changelog item blocks", text: "+ Added Mud and Mangrove blocks + Added Frogs + Added Allay + Added Sculk Sensor", none: true},
		{name: "a firm that blocked a rival still stands", text: "Vantor Telecom blocked Brightline Mobile from its towers last week.",
			want: []wantClaim{want(KindAction, "Vantor Telecom", "Brightline Mobile")}},

		// a thing bought, told in a reduced relative, is no buyer
		{name: "drug bought online", text: "The student swallowed two pills of ketamine and some MDMA, reportedly purchased from the Hydra Market.", notParty: []string{"MDMA"}},
		{name: "parts bought from a supplier", text: "The team fitted a Kestrel Turbo engine, bought from Orlan Motors in 2019.", notParty: []string{"Kestrel Turbo"}},
		{name: "coins acquired from an exchange", text: "Investigators traced the Solcoin tokens, allegedly acquired from Binvex, to a wallet in Riga.", notParty: []string{"Solcoin"}},
		{name: "a firm that bought another still buys", text: "Halvard Foods purchased Nordsee Dairy from its founders for $40 million.",
			want: []wantClaim{want(KindAction, "Halvard Foods", "Nordsee Dairy")}},

		// accepting something from someone is an act only when it stops
		{name: "accepted a mission", text: "Over the years, Captain Vela accepted further assignments from the Star Alliance.", none: true},
		{name: "accepted delivery", text: "Zalando accepted possession of the parcel from Brenna Logistics and stored it in its warehouse.", none: true},
		{name: "accepted a grant", text: "Orbis Health accepted a grant from the Gates Foundation last year.", none: true},
		{name: "stopped accepting from a wallet", text: "MTN has stopped accepting transfers from Zamtel wallets at its agents.",
			want: []wantClaim{want(KindAction, "MTN", "Zamtel")}},
		{name: "no longer accepting", text: "Carrefour is no longer accepting vouchers from Edenred in its French stores.",
			want: []wantClaim{want(KindAction, "Carrefour", "Edenred")}},

		// a how-clause names what is examined by its subject, not its last noun
		{name: "space agency studies a mission", text: "The European Space Agency examined how hibernation would change the design of a crewed flight to Jupiter.", none: true},
		{name: "institute studies a plan", text: "The Fraunhofer Institute is examining how warmer winters could affect shipping on the Rhine.", none: true},
		{name: "how-clause with a firm subject", text: "The European Commission is examining how Glencore and Trafigura move profits through Swiss hubs.",
			want: []wantClaim{want(KindProbe, "European Commission", "Glencore")}},

		// software prose: tasks and messages pulled from a queue
		{name: "worker pulls tasks", text: "When a job is due, Queue Runner pulls the task from Redis and pushes it to a worker.", none: true},
		{name: "service pulls messages", text: "The Dispatcher service, which pulls messages from Kafka, then calls the Billing API.", none: true},
		{name: "pulled ads is still an act", text: "Unilever pulled its advertising from Twitter after the takeover.",
			want: []wantClaim{want(KindAction, "Unilever", "Twitter")}},

		// one public body whose name joins two words by "and"
		{name: "customs agency offer", text: "Veritone offered the scanners to Customs and Border Protection for free. Customs and Border Protection, part of Homeland Security, did not accept the offer.", none: true},
		{name: "enforcement agency offer", text: "Palantir pitched its software to Immigration and Customs Enforcement last year. Immigration and Customs Enforcement, part of DHS, did not accept the offer.", none: true},
		{name: "wildlife agency deal", text: "Enbridge proposed a land swap to the Fish and Wildlife Service. Fish and Wildlife Service officials did not accept the deal.", notParty: []string{"Fish"}},
		{name: "two firms opening a deal sentence", text: "MTN Group and Vodacom said they would share towers under a network-sharing agreement.",
			want: []wantClaim{want(KindAction, "MTN Group", "Vodacom")}},

		// a person's kin reached after a probe verb is no firm
		{name: "prosecutor and a president's wife", text: "The opposition backed a bill naming a special counsel to investigate bribery claims involving Duterte's son.", notParty: []string{"Duterte"}},
		{name: "inquiry into a minister's family", text: "The anti-graft agency will look into loans involving Okafor's brother.", notParty: []string{"Okafor"}},
		{name: "a firm's thing is still reached", text: "The Competition Commission is looking into complaints about call drops on Jio's network.",
			want: []wantClaim{want(KindProbe, "Competition Commission", "Jio")}},

		// science studies a place's or creature's nature, not a firm's thing
		{name: "mission to study a moon's chemistry", text: "The map was made years before the US space agency is set to launch its Dragonfly mission to send a drone to study Ganymede's chemistry and suitability for life.", none: true},
		{name: "mission to study a moon's surface", text: "The European Space Agency is set to launch its Juice mission to send a probe to study Callisto's surface.", none: true},
		{name: "probe to study a moon", text: "NASA plans to launch a lander in 2031 to study Europa's chemistry and its ice shell.", none: true},
		{name: "orbiter studies an atmosphere", text: "The Indian Space Research Organisation sent an orbiter to study Venus's atmosphere.", none: true},
		{name: "researchers study a whale", text: "The Norwegian Polar Institute is studying Greenland's ice and the bowhead's migration.", none: true},
		{name: "studying a firm's contracts still examines", text: "The FNE is studying Cencosud's supply contracts with its dairy suppliers.",
			want: []wantClaim{want(KindProbe, "FNE", "Cencosud")}},

		// spec sheets: a participle before a noun is no act
		{name: "board with integrated radio", text: "The second revision features a 1.8GHz octa-core ARM CPU with integrated Bluetooth 5.0 and dual-band Wi-Fi chipsets.", none: true},
		{name: "phone with an integrated modem", text: "The handset pairs a Qualcomm chip with an integrated Snapdragon X65 modem.", none: true},
		{name: "a firm that integrated another's service", text: "Shopify integrated Stripe into its checkout last year.",
			want: []wantClaim{want(KindAction, "Shopify", "Stripe")}},

		// treaties and laws are not firms
		{name: "a firm named with a document word", text: "The FCC fined Charter Communications $15 million for outages.",
			want: []wantClaim{want(KindPenalty, "FCC", "Charter Communications")}},
		{name: "a convention is no party", text: "The ministry is investigating breaches of the Basel Convention by shipbreakers.", notParty: []string{"Basel Convention"}},
		{name: "tribunal and a treaty", text: "In 1975 a tribunal was set up to investigate breaches of the Treaty of Waitangi.", notParty: []string{"Treaty of Waitangi"}},
	})
}
