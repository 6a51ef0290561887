package extract

import "testing"

// Round 8, tuner TA: firm-to-firm actions. Each frame is written in several
// wordings of our own (other regions, tenses and orders), with near misses
// that share the trigger words and must stay silent.

// TestFramesLetUsersUseFirm: a firm that lets its users (shoppers, riders,
// merchants ...) do something with another firm's service opens its own
// service to that firm; the people in between are no party.
func TestFramesLetUsersUseFirm(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "let shoppers pay with two wallets", text: "Chilean marketplace Tiendazo will let shoppers pay with Mach and Tenpo from March, the company said.",
			want: []wantClaim{want(KindAction, "Tiendazo", "Mach"), want(KindAction, "Tiendazo", "Tenpo")}},
		{name: "lets riders book through", text: "Ghanaian bus operator Volta Coaches now lets riders book seats through the ride-hailing app Yango.",
			want: []wantClaim{want(KindAction, "Volta Coaches", "Yango")}},
		{name: "pronoun actor, such as list", text: "Samsung said it would let European users install rival app stores such as Aptoide and F-Droid on its phones.",
			want: []wantClaim{want(KindAction, "Samsung", "Aptoide"), want(KindAction, "Samsung", "F-Droid")}},
		{name: "allow customers to send money to", text: "Tanzanian wallet HaloPesa will allow customers to send money to Tigo Pesa accounts starting next week.",
			want: []wantClaim{want(KindAction, "HaloPesa", "Tigo Pesa")}},
		{name: "convert points into", text: "Thai airline Siam Sky will also let members convert their miles into Central Points, the carrier said.",
			want: []wantClaim{want(KindAction, "Siam Sky", "Central Points")}},
		{name: "enable merchants to accept", text: "Adyen will enable merchants in Brazil to accept payments via Mercado Pago's QR codes.",
			want: []wantClaim{want(KindAction, "Adyen", "Mercado Pago")}},
		{name: "no firm named: no claim", text: "Tiendazo will let shoppers pay in six instalments without interest from March.",
			none: true},
		{name: "own wallet is no other firm", text: "Tiendazo will let shoppers pay with its own wallet, TiendaPay, from March.",
			noKind: []string{KindAction}},
		{name: "an authority letting users is no firm act", text: "The Central Bank of Kenya will let customers move money to Airtel Money wallets without fees.",
			noKind: []string{KindAction}},
	})
}

// TestFramesStopAccepting: a firm that stops taking, carrying or supplying
// another firm's service shuts that firm out (a restriction), whether the
// firm is the service's owner (X's), its issuer ("issued by X") or the
// channel it comes through.
func TestFramesStopAccepting(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "stopped accepting vouchers issued by", text: "Lima cinema chain CineSol has stopped accepting gift cards issued by retailer Tiendas Paz, citing unpaid settlements.",
			want: []wantClaim{want(KindAction, "CineSol", "Tiendas Paz")}},
		{name: "no longer accept tickets sold through", text: "Hungarian ferry firm DunaLine said it would no longer accept tickets sold through travel site Utazz on its Danube Express routes.",
			notParty: []string{"Danube Express"},
			want: []wantClaim{want(KindAction, "DunaLine", "Utazz")}},
		{name: "would not carry a rival's service", text: "Telstra said it would not carry Optus's new emergency messaging service on its network.",
			want: []wantClaim{want(KindAction, "Telstra", "Optus")}},
		{name: "will stop offering a firm's plans", text: "Jumia will stop offering Easybuy's instalment plans at checkout from July, two people familiar with the matter said.",
			want: []wantClaim{certain(KindAction, "Jumia", "Easybuy", Reported)}},
		{name: "stop supplying to a firm's network", text: "Ericsson will stop supplying radio equipment to Orange Belgium's network next year.",
			want: []wantClaim{want(KindAction, "Ericsson", "Orange Belgium")}},
		{name: "ceased processing payments for", text: "Payments processor Paystack ceased processing card payments for betting site Bet9ja last month.",
			want: []wantClaim{want(KindAction, "Paystack", "Bet9ja")}},
		{name: "no firm in the object", text: "Kenyan grocer Naivas stopped accepting cash at two Nairobi stores last month.",
			noKind: []string{KindAction}},
		{name: "ordered to stop is the order's content", text: "The regulator ordered Jumia to stop offering Easybuy's instalment plans at checkout.",
			noKind: []string{KindAction}},
		{name: "did not stop", text: "Jumia did not stop offering Easybuy's instalment plans, the company said.",
			noKind: []string{KindAction}},
	})
}

// TestFramesCutLink: cutting a link, connection or supply with a named firm
// blocks it; lifting one's own block on a firm unblocks it.
func TestFramesCutLink(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "cut the interconnection link with", text: "Malawian operator Airtel Malawi has cut the interconnection link with smaller rival Access Telecom over unpaid fees.",
			want: []wantClaim{want(KindAction, "Airtel Malawi", "Access Telecom")}},
		{name: "severed its connection to", text: "Frankfurt-based Eurex Clearing severed its connection to broker Kestrel Markets on Friday, Reuters reported.",
			want: []wantClaim{certain(KindAction, "Eurex", "Kestrel Markets", Reported)}},
		{name: "suspended access for", text: "Bank Muscat suspended API access for fintech Thawani Pay after a data leak.",
			want: []wantClaim{want(KindAction, "Bank Muscat", "Thawani Pay")}},
		{name: "lifted its block on transfers to", text: "Peruvian lender Banco Andino has lifted its block on transfers to digital wallet Yape, ending a two-week dispute.",
			want: []wantClaim{want(KindAction, "Banco Andino", "Yape")}},
		{name: "cut prices is no block", text: "Airtel Malawi has cut the price of data bundles for customers of Access Telecom who switch.",
			noKind: []string{KindAction}},
		{name: "an authority lifting its ban is no firm act", text: "The Central Bank of Peru lifted its ban on transfers to Yape on Friday.",
			noKind: []string{KindAction}},
	})
}
