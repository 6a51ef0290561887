package extract

import "testing"

// Round 13 (T13R): firm responses told the many ways reporters write them,
// and firm statements that answer no authority. Passages are our own.

// A firm pledging to deliver or carry out the very thing asked ("would
// submit the plan", "will meet the deadline"), saying it already complies
// ("was already complying", "already compliant") or offering "full
// cooperation" answers the authority that acted on it.
func TestFramesR13DeliveryResponses(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "submit the plan by deadline", text: "The Securities Commission ordered Lumbini Capital to file a recapitalisation plan within 30 days. Lumbini Capital said it would submit the plan well before the deadline.",
			want: []wantClaim{stance(KindResponse, "Lumbini Capital", "Securities Commission", "comply")}},
		{name: "meet the deadline", text: "Kenya's Energy and Petroleum Regulatory Authority has told Savanna Fuels to install tank gauges at its depots by March. Savanna Fuels said it would meet the deadline.",
			want: []wantClaim{stance(KindResponse, "Savanna Fuels", "Energy and Petroleum Regulatory Authority", "comply")}},
		{name: "carry out the measures", text: "The Korea Fair Trade Commission ordered Hanul Logistics on Monday to end its exclusive contracts with shippers. Hanul Logistics said it would carry out the measures within six months.",
			want: []wantClaim{want(KindResponse, "Hanul Logistics", "Korea Fair Trade Commission")}},
		{name: "apply the new caps", text: "Chile's Subtel ordered Andes Movil to cap roaming charges at 50 pesos a megabyte. Andes Movil said it would apply the new caps from July.",
			want: []wantClaim{stance(KindResponse, "Andes Movil", "Subtel", "comply")}},
		{name: "already complying gerund", text: "The Pakistan Telecommunication Authority directed Zong Telecom to block 40 gambling sites. Zong Telecom said it was already complying with the directive.",
			want: []wantClaim{stance(KindResponse, "Zong Telecom", "Pakistan Telecommunication Authority", "comply")}},
		{name: "already compliant adjective", text: "Brazil's Anatel ordered Vereda Telecom to publish its coverage maps. Vereda Telecom said its maps were already compliant.",
			want: []wantClaim{stance(KindResponse, "Vereda Telecom", "Anatel", "comply")}},
		{name: "extending full cooperation", text: "The Civil Aviation Authority of Nepal grounded two aircraft of Himal Air on Friday. A Himal Air spokesman said the airline was extending full cooperation to the authority.",
			want: []wantClaim{want(KindResponse, "Himal Air", "Civil Aviation Authority of Nepal")}},
		// near misses: the firm's own business with the same verbs
		{name: "submit a bid is no answer", text: "Tallinn Port Logistics said it would submit a bid for the terminal concession next month.",
			noKind: []string{KindResponse}},
		{name: "apply for a licence is no answer", text: "The Central Bank of Kenya fined Tumaini Lending 2 million shillings last year. Tumaini Lending said it would apply for a deposit-taking licence in 2027.",
			noKind: []string{KindResponse}},
		{name: "compliant products no act", text: "Nordic Dairy Group said its new packaging is fully compliant with EU recycling targets.",
			noKind: []string{KindResponse}},
	})
}
