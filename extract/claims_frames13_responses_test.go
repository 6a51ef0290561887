package extract

import "testing"

// Round-8 (TR) frames: a firm's answers to an authority's act, collected by
// phenomenon over every gold set and rewritten in other words, countries and
// firm kinds; each group has near-miss negatives with the same words.

// Answers told with words the response verbs missed: the British spelling
// of co-operate, a suit or appeal filed against the decision, a higher
// court asked to review it, and a denial of the conduct charged.
func TestFrames13AnswerWording(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "co-operated, British spelling",
			text: "Ofwat fined Severn Mere Water £4 million for missing leakage targets. Severn Mere said it had co-operated fully with the regulator throughout.",
			want: []wantClaim{stance(KindResponse, "Severn Mere", "Ofwat", "comply")}},
		{name: "co-operating with the commission",
			text: "The Competition Commission of Singapore raided the offices of Lumora Logistics in March. Lumora said it was co-operating with the commission.",
			want: []wantClaim{stance(KindResponse, "Lumora", "Competition Commission of Singapore", "comply")}},
		{name: "file a lawsuit against the decision",
			text: "Brazil's Cade fined drugmaker Vitalis Farma 30 million reais for delaying generic rivals. Vitalis Farma said it would file a lawsuit against the decision.",
			want: []wantClaim{stance(KindResponse, "Vitalis Farma", "Cade", "resist")}},
		{name: "filed an administrative suit against the ruling, past",
			text: "Taiwan's Fair Trade Commission fined Jinmao Retail NT$12 million. Jinmao Retail has filed an administrative suit against the ruling, a spokesperson said.",
			want: []wantClaim{stance(KindResponse, "Jinmao Retail", "Fair Trade Commission", "resist")}},
		{name: "ask a higher court to review",
			text: "A federal appeals court upheld an order requiring Corvane Health to divest its clinics in Ohio. Corvane said it would ask the Supreme Court to review the decision.",
			want: []wantClaim{stance(KindResponse, "Corvane", "appeals court", "resist")}},
		{name: "petition the high court to reconsider",
			text: "Kenya's Competition Tribunal ordered Mvuli Bottlers to pay 80 million shillings. Mvuli Bottlers will petition the High Court to reconsider the ruling, its lawyers said.",
			want: []wantClaim{stance(KindResponse, "Mvuli Bottlers", "Competition Tribunal", "resist")}},
		{name: "denied colluding",
			text: "Spain's CNMC opened proceedings against Frutas Levante over price fixing in citrus exports. Frutas Levante denied colluding with rivals.",
			want: []wantClaim{stance(KindResponse, "Frutas Levante", "CNMC", "resist")}},
		{name: "both denied taking part",
			text: "Chile's FNE sued egg producers Granja Austral and Avicola Sureña before the competition court. Both companies denied taking part in any cartel.",
			want: []wantClaim{
				stance(KindResponse, "Granja Austral", "FNE", "resist"),
				stance(KindResponse, "Avicola Sureña", "FNE", "resist")}},
		{name: "has denied misleading customers",
			text: "Australia's ACCC has sued Pellow Energy, alleging it overcharged households. Pellow Energy has denied misleading customers.",
			want: []wantClaim{stance(KindResponse, "Pellow Energy", "ACCC", "resist")}},
		// near misses
		{name: "denied receiving an order is no answer",
			text: "Nigeria's NCC fined Zuma Telecom 2 billion naira. Zuma Telecom denied receiving any order from the commission.",
			noKind: []string{KindResponse}},
		{name: "denied a rival's bid, no authority",
			text: "Koru Gida denied selling its dairy unit to Anatolia Foods.",
			none: true},
		{name: "filed a lawsuit against a rival is no answer",
			text: "Ukraine's Antimonopoly Committee fined Nova Poshta 5 million hryvnias. Separately, Nova Poshta filed a lawsuit against Meest Express over trademark use.",
			noKind: []string{KindResponse}},
		{name: "asked a court to review a rival's patent",
			text: "Samvik Labs asked a federal court to review the patents held by Orlen Bio.",
			noKind: []string{KindResponse}},
	})
}
