package extract

import "strings"

// Authorities named in their own language: the head may lead the name
// ("Superintendencia de Industria y Comercio", "Otoritas Jasa Keuangan",
// "Urząd Ochrony Konkurencji") or end it as one word ("Datatilsynet",
// "Konkurrensverket", "Rekabet Kurumu").

// foreignHeads are authority heads of other languages and the type they give.
var foreignHeads = map[string]string{
	"superintendencia": TypeRegulator, "superintendência": TypeRegulator, "autoridade": TypeRegulator,
	"autoridad": TypeRegulator, "autorité": TypeRegulator, "autorità": TypeRegulator, "comisión": TypeRegulator,
	"comision": TypeRegulator, "comissão": TypeRegulator, "commissione": TypeRegulator, "agencia": TypeRegulator,
	"agência": TypeRegulator, "agence": TypeRegulator, "agenzia": TypeRegulator, "instituto": TypeRegulator,
	"ministerio": TypeGovernment, "ministério": TypeGovernment, "ministère": TypeGovernment, "ministero": TypeGovernment,
	"procuraduría": TypeGovernment, "procuraduria": TypeGovernment, "fiscalía": TypeGovernment, "fiscalia": TypeGovernment,
	"contraloría": TypeGovernment, "otoritas": TypeRegulator, "komisi": TypeRegulator, "kementerian": TypeGovernment,
	"badan": TypeRegulator, "urząd": TypeRegulator, "úřad": TypeRegulator, "komisja": TypeRegulator,
	"tribunale": TypeCourt, "juzgado": TypeCourt, "corte": TypeCourt, "cour": TypeCourt, "conseil": TypeRegulator,
	"consejo": TypeRegulator, "conselho": TypeRegulator, "bundesamt": TypeRegulator, "bundesanstalt": TypeRegulator,
	"kurumu": TypeRegulator, "kurulu": TypeRegulator, "hivatal": TypeRegulator, "behörde": TypeRegulator,
}

// foreignLeads are the heads that open the name rather than end it.
var foreignLeads = toSet(`superintendencia superintendência autoridade autoridad autorité autorità comisión comision
 comissão commissione agencia agência agence agenzia instituto ministerio ministério ministère ministero procuraduría
 procuraduria fiscalía fiscalia contraloría otoritas komisi kementerian badan urząd úřad komisja tribunale juzgado
 corte cour conseil consejo conselho bundesamt bundesanstalt`)

// foreignOf are the words for "of"/"the" inside such names.
var foreignOf = toSet(`de del da do dos das di des du la le los las el der den van von es`)

// foreignJoin are the words for "and"/"for" that go on inside an authority
// name led by a foreign head: "Autoridade de Supervisão de Seguros e Fundos
// de Pensões", "Autorità di Regolazione per Energia Reti e Ambiente".
var foreignJoin = toSet(`y e et per und`)

// oneWordAuthorityEnds end a one-word Nordic or German authority name.
var oneWordAuthorityEnds = []string{"tilsynet", "tilsyn", "myndigheten", "inspektionen", "verket", "styrelsen",
	"virasto", "kartellamt", "aufsicht", "behörde", "toezicht", "kurumu", "hivatal", "urząd"}

// oneWordAuthority reports whether a single capitalized word is an
// authority by its ending ("Datatilsynet", "Finansinspektionen").
func oneWordAuthority(w string) bool {
	for _, e := range oneWordAuthorityEnds {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// foreignLed reports whether the run toks[k..lastCap] opens with a foreign
// head that leads its name ("Otoritas Jasa Keuangan").
func foreignLed(toks []token, k, lastCap int) bool {
	return foreignLeads[toks[k].low] && lastCap > k && lastCap-k <= 10 // (names of bodies run long: "... de Seguros e Fundos de Pensões")
}

// romanceFirmHeads open firm names that go on past "de"/"do" ("Banco do
// Nordeste", "Grupo de Inversiones Suramericana").
var romanceFirmHeads = toSet(`banco grupo companhia compañía compania caixa corporación corporacion empresa empresas
 sociedad sociedade distribuidora cervecería cerveceria aerolíneas aerolineas transportes minera petróleos petroleos`)
