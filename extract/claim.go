package extract

// Claim kinds, as defined in shared/docs/claims.md.
const (
	KindMandate  = "mandate"
	KindPenalty  = "penalty"
	KindProbe    = "probe"
	KindApproval = "approval"
	KindResponse = "response"
	KindAction   = "action"
)

// Certainty levels.
const (
	Asserted = "asserted"
	Reported = "reported"
	Hedged   = "hedged"
)

// Entity types.
const (
	TypeGovernment  = "government"
	TypeRegulator   = "regulator"
	TypeCourt       = "court"
	TypeLegislature = "legislature"
	TypeFirm        = "firm"
	TypeSector      = "sector"
	TypePerson      = "person"
	TypeOther       = "other"
)

// Entity is an actor or target of a claim.
type Entity struct {
	Name      string `json:"name"`
	Canonical string `json:"canonical,omitempty"`
	Type      string `json:"type"`
	Country   string `json:"country,omitempty"`
}

// Amount is a stated sum of money, in units (not thousands or millions).
type Amount struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"` // ISO 4217
}

// Claim is one statement in a report, tied to one sentence. Start and End are
// offsets in Unicode code points (not bytes) into the text named by Field.
type Claim struct {
	Kind        string   `json:"kind"`
	Actor       Entity   `json:"actor"`
	Targets     []Entity `json:"targets"`
	Action      string   `json:"action"`
	Prohibition bool     `json:"prohibition"`
	Stance      string   `json:"stance,omitempty"` // response only: comply | resist
	Negated     bool     `json:"negated"`
	Certainty   string   `json:"certainty"`
	Attribution string   `json:"attribution,omitempty"`
	Amount      *Amount  `json:"amount,omitempty"`
	Topics      []string `json:"topics,omitempty"`
	Sentence    string   `json:"sentence"`
	// Field is "text" (the default) or "title" for claims read from the headline.
	Field      string  `json:"field,omitempty"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
	Rule       string  `json:"rule"`
}
