package extract

import (
	"fmt"
	"io"
	"strings"
)

// SentenceTrace is what the extractor saw in one sentence and what it made
// of it, so an editor can see why a claim was or was not found.
type SentenceTrace struct {
	Field       string             `json:"field"`
	Start       int                `json:"start"`
	End         int                `json:"end"`
	Sentence    string             `json:"sentence"`
	Entities    []TraceEntity      `json:"entities,omitempty"`
	Triggers    []string           `json:"triggers,omitempty"` // lemma@surface
	Kept        []Claim            `json:"kept,omitempty"`
	Dropped     []DroppedCandidate `json:"dropped,omitempty"`
	Certainty   string             `json:"certainty,omitempty"` // "reported" when the sentence cites media or sources
	Attribution string             `json:"attribution,omitempty"`
}

// TraceEntity is one mention found in a sentence.
type TraceEntity struct {
	Text      string `json:"text"`
	Class     string `json:"class"` // authority, firm, sector, person, place, reference, name
	Name      string `json:"name"`
	Canonical string `json:"canonical"`
	Type      string `json:"type"`
	Source    string `json:"source"` // catalog, descriptor, form, sector, ref, name
}

// DroppedCandidate is a trigger that made no claim, and why.
type DroppedCandidate struct {
	Kind    string `json:"kind,omitempty"`
	Trigger string `json:"trigger,omitempty"`
	Reason  string `json:"reason"`
}

// WriteTrace prints traces in a human-readable form.
func WriteTrace(w io.Writer, traces []SentenceTrace) error {
	var b strings.Builder
	for i, t := range traces {
		fmt.Fprintf(&b, "[%d] %s %d-%d: %s\n", i+1, t.Field, t.Start, t.End, t.Sentence)
		for _, e := range t.Entities {
			fmt.Fprintf(&b, "    entity   %-9s %q -> %s (%s, via %s)\n", e.Class, e.Text, e.Canonical, e.Type, e.Source)
		}
		if len(t.Triggers) > 0 {
			fmt.Fprintf(&b, "    triggers %s\n", strings.Join(t.Triggers, ", "))
		}
		if t.Attribution != "" {
			fmt.Fprintf(&b, "    attributed to %q%s\n", t.Attribution, map[bool]string{true: " (reported)", false: ""}[t.Certainty == Reported])
		}
		for _, c := range t.Kept {
			var ts []string
			for _, x := range c.Targets {
				ts = append(ts, x.Name)
			}
			extra := ""
			if c.Negated {
				extra += " negated"
			}
			if c.Prohibition {
				extra += " prohibition"
			}
			if c.Stance != "" {
				extra += " stance=" + c.Stance
			}
			if c.Amount != nil {
				extra += fmt.Sprintf(" amount=%.0f %s", c.Amount.Value, c.Amount.Currency)
			}
			fmt.Fprintf(&b, "    KEPT     %s %s -> [%s] (%s, %s, rule %s, conf %.2f)%s\n", c.Kind, c.Actor.Name, strings.Join(ts, "; "), c.Action, c.Certainty, c.Rule, c.Confidence, extra)
		}
		for _, d := range t.Dropped {
			fmt.Fprintf(&b, "    dropped  %s %s: %s\n", d.Kind, d.Trigger, d.Reason)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
