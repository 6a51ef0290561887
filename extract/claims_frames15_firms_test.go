package extract

import "testing"

// Round 10, firm acts across every set. Each table is one linguistic
// cause of missed responses and actions, written in several name styles,
// voices, tenses and regions, with near-miss negatives that share its
// trigger words.

// A firm speaking through a platform or exchange: the medium named between
// the speech verb and "it" is not the one who answers.
func TestFramesFirmSpeaksThroughMedium(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "post on a platform", text: "China's market regulator ordered Meituan and Xiaomi to stop forcing merchants into exclusive deals. Xiaomi said in a post on Weibo that it fully accepted the regulator's decision.",
			want: []wantClaim{want(KindResponse, "Xiaomi", "market regulator")}, notParty: []string{"Weibo"}},
		{name: "statement to an exchange", text: "Brazil's Cade fined Frigorífico Serrano and Carnes Pampa 40 million reais for bid rigging. Frigorífico Serrano said in a statement to B3 on Tuesday that it would appeal the fine.",
			want: []wantClaim{want(KindResponse, "Frigorífico Serrano", "Cade")}, notParty: []string{"B3"}},
		{name: "exchange filing without that", text: "The Capital Markets Authority fined Nile Cement Co and Delta Steel over late disclosures. Nile Cement said in a filing to the Egyptian Exchange it would contest the decision.",
			want: []wantClaim{want(KindResponse, "Nile Cement", "Capital Markets Authority")}, notParty: []string{"Egyptian Exchange"}},
		{name: "described speaker, notice on a bourse", text: "Bank Negara Malaysia has fined Permata Insurance Bhd RM4 million for mis-selling. The insurer said in a notice on Bursa Malaysia that it was reviewing the decision and would comply with it.",
			want: []wantClaim{want(KindResponse, "Permata Insurance", "Bank Negara Malaysia")}, notParty: []string{"Bursa Malaysia"}},
		{name: "message via a messaging app", text: "Russia's communications watchdog Roskomnadzor has ordered Yandex and VK to remove the videos. VK said via a message on Telegram that it would comply with the order.",
			want: []wantClaim{want(KindResponse, "VK", "Roskomnadzor")}, notParty: []string{"Telegram"}},
		{name: "platform before the speaker", text: "India's Competition Commission fined Zestmart and Quikkart for predatory pricing. In a post on LinkedIn, Quikkart said it would challenge the ruling.",
			want: []wantClaim{want(KindResponse, "Quikkart", "Competition Commission")}, notParty: []string{"LinkedIn"}},

		// negatives: the platform is itself the firm answering, or no authority acted
		{name: "neg platform is the one ordered", text: "China's cyberspace regulator ordered Weibo to suspend its trending-topics list for a week. Weibo said in a statement that it would comply with the order.",
			want: []wantClaim{want(KindResponse, "Weibo", "cyberspace regulator")}},
		{name: "neg a deal told in a post", text: "Nio said in a post on Weibo that it would partner with CATL on battery swapping.",
			noKind: []string{KindResponse}, notWant: []wantClaim{want(KindAction, "Weibo", "")}},
		{name: "neg a person speaks", text: "The central bank fined Hanseatic Pay. A spokesman for the central bank said in a post on X that it would publish its reasons.",
			noKind: []string{KindResponse}},
	})
}
