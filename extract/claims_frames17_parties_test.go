package extract

import "testing"

// Round 13 (T13X): parties told across sentences and inside long phrases.
// Passages are our own, with near misses.

// A long authority name in its own language, set in apposition to a
// descriptor and followed by its acronym, is the authority; the firm
// referred to later ("the insurer", "it") is then the firm, not the body.
func TestFrames17PartiesLongForeignAuthority(t *testing.T) {
	expectFrames(t, []frameCase{
		{name: "pt-insurance-supervisor-order", text: "LISBON — Portugal's insurance supervisor, the Autoridade de Supervisão de Seguros e Fundos de Pensões (ASF), has fined Companhia Estrela 1.2 million euros over late claim payments. The regulator said the insurer had delayed payouts for months and ordered it to settle every open claim within 30 days.",
			want:     []wantClaim{want(KindPenalty, "Autoridade de Supervisão de Seguros e Fundos de Pensões", "Companhia Estrela"), want(KindMandate, "Autoridade de Supervisão de Seguros e Fundos de Pensões", "Companhia Estrela")},
			notParty: []string{"Portugal"}},
		{name: "es-consumer-body-probe", text: "MADRID — Spain's consumer watchdog, the Dirección General de Consumo y Protección de los Derechos del Usuario (DGCPDU), opened an inquiry into Viajes Solmar. The authority said the agency had charged hidden booking fees and told it to refund affected customers.",
			want: []wantClaim{want(KindProbe, "Dirección General de Consumo", "Viajes Solmar")}},
		{name: "it-energy-regulator", text: "Italy's energy regulator, the Autorità di Regolazione per Energia Reti e Ambiente (ARERA), fined Luce Verde Spa 3 million euros. The regulator also ordered the supplier to publish its tariffs in plain language.",
			want: []wantClaim{want(KindPenalty, "Autorità di Regolazione per Energia Reti e Ambiente", "Luce Verde Spa"), want(KindMandate, "Autorità di Regolazione per Energia Reti e Ambiente", "Luce Verde Spa")}},
		{name: "fr-market-authority", text: "France's market regulator, the Autorité de Régulation des Communications Électroniques et des Postes (Arcep), ordered Telecom Azur to restore wholesale access for rivals.",
			want: []wantClaim{want(KindMandate, "Autorité de Régulation des Communications Électroniques et des Postes", "Telecom Azur")}},
		// near miss: a long firm name after a firm descriptor stays a firm
		{name: "neg-long-firm-name", text: "Brazil's largest lender, the Banco de Desenvolvimento de Minas Gerais e Espírito Santo (BDMGES), said on Monday it would open 40 branches.",
			none: true},
	})
}
