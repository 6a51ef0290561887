package extract

import "testing"

// Round 13 (T13A): firm-to-firm acts told the way unseen writers told them.
// Own wordings; each group pairs positives with near misses that share the
// trigger words.

// A deal noun whose verb is separated from it by modifiers ("signed a
// five-year exclusive agreement with Y") or whose "with" comes after a
// time phrase ("signed a partnership last year with Y").
func TestFrames17DealWithModifiers(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "long modifiers", text: "Lagos courier app Gokada has signed a three-year exclusive delivery agreement with Chicken Republic, the restaurant chain said.",
			want: []wantClaim{want(KindAction, "Gokada", "Chicken Republic")}},
		{name: "time phrase before with", text: "Andes Cobre signed a partnership last year with state miner Enami to process tailings in Atacama.",
			want: []wantClaim{want(KindAction, "Andes Cobre", "Enami")}},
		{name: "month before with", text: "Malabar Jet inked a codeshare agreement in March with Oryx Air covering flights to Doha.",
			want: []wantClaim{want(KindAction, "Malabar Jet", "Oryx Air")}},
		{name: "year before with", text: "Kivu Brewing struck a 10-year offtake agreement in 2023 with Bralima Holdings for sorghum.",
			want: []wantClaim{want(KindAction, "Kivu Brewing", "Bralima Holdings")}},
		{name: "multiword adjectives", text: "Telenor Pakistan reached a long-term tower-sharing agreement with Jazz on Monday.",
			want: []wantClaim{want(KindAction, "Telenor Pakistan", "Jazz")}},
		{name: "near miss: agreement with regulator", text: "Kivu Brewing signed a five-year settlement agreement last week with the Competition Commission.",
			noKind: []string{KindAction}},
		{name: "near miss: partnership with a city", text: "Andes Cobre signed a partnership last year with Santiago to plant trees.",
			noKind: []string{KindAction}},
	})
}

// A joint deal told with a time phrase and "with" capital stays a joint deal.
func TestFrames17DealJointTime(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "joint venture in year with capital", text: "Kestrel Holdings and Nuvem formed the venture in 2021 with starting capital of 50 million rand.",
			want: []wantClaim{want(KindAction, "Kestrel Holdings", "Nuvem")}},
	})
}

// A firm withholding a service from another, whatever the service's verb.
func TestFrames17WithheldService(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "refused to carry for", text: "Pipeline operator TransAndina refused to carry crude for Petrolera del Sur for three months, the regulator said.",
			want: []wantClaim{want(KindAction, "TransAndina", "Petrolera del Sur")}},
		{name: "refuses to stock made by", text: "Supermarket group Kiwi Mart refuses to stock juices made by Orchard Pressers Ltd, the supplier complained.",
			want: []wantClaim{want(KindAction, "Kiwi Mart", "Orchard Pressers")}},
		{name: "stopped leasing to", text: "Zain Jordan has stopped leasing tower space to rival Umniah Mobile after a billing dispute.",
			want: []wantClaim{want(KindAction, "Zain Jordan", "Umniah Mobile")}},
		{name: "ceased supplying", text: "Bosch Rexroth ceased supplying hydraulic pumps to Tata Hitachi in June, two people said.",
			want: []wantClaim{want(KindAction, "Bosch Rexroth", "Tata Hitachi")}},
		{name: "accused of refusing possessive", text: "Kibo Freight has sued Tanzania Rail Holdings, accusing the operator of refusing to haul Kibo Freight's containers to Dodoma.",
			want: []wantClaim{want(KindAction, "Tanzania Rail Holdings", "Kibo Freight")}},
		{name: "pronoun subject", text: "Andes Gas said on Friday that it had stopped shipping LNG to Enel Chile because of unpaid bills.",
			want: []wantClaim{want(KindAction, "Andes Gas", "Enel Chile")}},
		{name: "near miss: refused to comment", text: "Kiwi Mart refused to comment on Orchard Pressers Ltd's complaint.",
			noKind: []string{KindAction}},
		{name: "near miss: stopped selling in a country", text: "Nokia stopped selling phones in Russia in 2022.",
			noKind: []string{KindAction}},
		{name: "near miss: stopped a plan", text: "Andes Gas stopped its expansion after Enel Chile cut orders.",
			noKind: []string{KindAction}},
	})
}

// A removed thing that belongs to or points at another firm names it.
func TestFrames17RemovedOwned(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "links to rival", text: "Delivery app Talabat has begun removing links to rival Careem Food from restaurant pages, the owners said.",
			want: []wantClaim{want(KindAction, "Talabat", "Careem Food")}},
		{name: "catalogue of", text: "Streaming service Boomplay Music has pulled the catalogue of Mavin Records from its app after talks broke down.",
			want: []wantClaim{want(KindAction, "Boomplay Music", "Mavin Records")}},
		{name: "run by rival", text: "The messaging app WeLink removed dozens of mini-programs run by rival Kuaibo Tech on Tuesday.",
			want: []wantClaim{want(KindAction, "WeLink", "Kuaibo Tech")}},
		{name: "made by", text: "Grocer Pick n Pay removed yoghurts made by Clover Industries from its shelves in Gauteng.",
			want: []wantClaim{want(KindAction, "Pick n Pay", "Clover Industries")}},
		{name: "near miss: pulled out of", text: "Boomplay Music pulled out of talks with Mavin Records on Friday.",
			notWant: []wantClaim{want(KindAction, "Boomplay Music", "Mavin Records")}},
		{name: "near miss: removed from a place", text: "Talabat Holdings removed 300 listings of restaurants in Dubai Marina last week.",
			noKind: []string{KindAction}},
	})
}

// "the railway" later in the sentence is the firm set in apposition with
// "the state railway", not the firm named last.
func TestFrames17ApposedDescription(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "which sued the railway", text: "A Lagos court ordered Nigerian Railway Corp, the state railway, to pay damages to cement maker Obu Cement, which sued the railway over missed deliveries.",
			want: []wantClaim{want(KindAction, "Obu Cement", "Nigerian Railway Corp")}},
		{name: "the carrier in apposition", text: "Regulators fined Kenya Airways, the national carrier, after travel agent Bonfire Tours accused the carrier of withholding refunds.",
			notWant: []wantClaim{want(KindAction, "Bonfire Tours", "Bonfire Tours")}},
		{name: "a described start-up", text: "Juno Pay, a payments start-up, said Zenith Bank had ended its contract with the start-up in May.",
			notWant: []wantClaim{want(KindAction, "Zenith Bank", "Zenith Bank")}},
		{name: "near miss: no apposition, the nearest firm", text: "Obu Cement sued Dangote Cement on Monday, and the company said it would appeal.",
			want: []wantClaim{want(KindAction, "Obu Cement", "Dangote Cement")}},
	})
}

// "its" before a takeover noun is the firm named last before it, even when
// that firm is no subject.
func TestFrames17ItsTakeoverOwner(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "objections to X over its purchase", text: "The European Commission will send objections to Volturna Logistics over its 2023 purchase of rail operator Baltix Rail.",
			want: []wantClaim{want(KindAction, "Volturna Logistics", "Baltix Rail")}},
		{name: "questions for X about its takeover", text: "Lawmakers sent questions to Kestrel Holdings about its takeover of Marula Grain Plc last year.",
			want: []wantClaim{want(KindAction, "Kestrel Holdings", "Marula Grain")}},
		{name: "a probe into X over its acquisition", text: "Brazil's CADE opened a probe into Vale Verde Logistica over its acquisition of Transnordeste.",
			want: []wantClaim{want(KindAction, "Vale Verde Logistica", "Transnordeste")}},
		{name: "near miss: the authority's own review", text: "The regulator said its review of Baltix Rail would take months.",
			noKind: []string{KindAction}},
	})
}

// A percentage as the object is a price moving, not a firm's act.
func TestFrames17MarketMove(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "shares dropped and another lost", text: "Shares of Naspers dropped 6% and MTN Group lost 3% on Monday.",
			noKind: []string{KindAction}},
		{name: "dropped per cent", text: "Vodacom dropped 2 per cent while Airtel Africa gained.",
			noKind: []string{KindAction}},
		{name: "still a stake bought", text: "Vodacom bought 55% of Safaricom from Telkom Kenya.",
			want: []wantClaim{want(KindAction, "Vodacom", "Safaricom")}},
		{name: "still a stake raised", text: "Kestrel Holdings raised its stake in Marula Grain Plc to 51%.",
			want: []wantClaim{want(KindAction, "Kestrel Holdings", "Marula Grain")}},
	})
}

// A reinsurance or supply treaty between firms is a deal with the other firm.
func TestFrames17Treaty(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "terminated its treaty with", text: "Reinsurer Kenya Re said it had terminated its treaty with Madison General Insurance from July 1.",
			want: []wantClaim{want(KindAction, "Kenya Re", "Madison General Insurance")}},
		{name: "signed a quota-share treaty with", text: "Swiss Re signed a quota-share treaty with Sanlam Emerging Markets in January.",
			want: []wantClaim{want(KindAction, "Swiss Re", "Sanlam Emerging Markets")}},
		{name: "near miss: a tax treaty with a country", text: "Mauritius Commercial Bank said the tax treaty with India had been amended.",
			noKind: []string{KindAction}},
	})
}

// Conduct an authority suspects a list of firms of: each firm acts, hedged.
func TestFrames17SuspectedConductList(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "suspects of blocking", text: "Kenya's Competition Authority opened an inquiry on Monday into fuel distributors Rubis Energy and Vivo Energy Kenya, which its investigators suspect of blocking rival Galana Oil from their depots.",
			want: []wantClaim{certain(KindAction, "Rubis Energy", "Galana Oil", Hedged), certain(KindAction, "Vivo Energy Kenya", "Galana Oil", Hedged)}},
		{name: "accused of excluding", text: "The regulator fined card issuers Sodexo Pass and Edenred Brasil, which it accused of excluding rival Ticket Alelo from restaurant terminals.",
			want: []wantClaim{want(KindAction, "Sodexo Pass", "Ticket Alelo"), want(KindAction, "Edenred Brasil", "Ticket Alelo")}},
		{name: "near miss: the listed firms are not each other's rivals", text: "The regulator fined Sodexo Pass and Edenred Brasil for blocking rival Ticket Alelo.",
			notWant: []wantClaim{want(KindAction, "Sodexo Pass", "Edenred Brasil")}},
	})
}

// A firm's name with its legal form inside a description is that firm.
func TestFrames17NamedChainInDescription(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "which bought the X Co chain", text: "Kauri Fresh Foods, which bought the 12-store Kiwi Grocer Co chain in 2022, said it would defend the claim.",
			want: []wantClaim{want(KindAction, "Kauri Fresh Foods", "Kiwi Grocer Co")}},
		{name: "acquired the X Ltd brand", text: "Tiger Brands acquired the Langeberg Foods Ltd brand from Ashton Canning Holdings last year.",
			want: []wantClaim{want(KindAction, "Tiger Brands", "Langeberg Foods")}},
		{name: "near miss: the chain refers back", text: "Kauri Fresh Foods was fined on Monday. The chain said it would appeal.",
			notParty: []string{"The chain"}},
	})
}
