package web

import (
	"strconv"

	"github.com/claimwatch/claimwatch/index"
)

// Histogram geometry in SVG user units; the SVG scales to its box.
const (
	histWidth  = 600
	histHeight = 80
	histGap    = 2
)

// histogram is the date facet drawn as SVG bars, each a link narrowing the
// search to its period.
type histogram struct {
	Width, Height int
	Bars          []bar
	First, Last   string
	Max           int
}

type bar struct {
	X, Y, W, H string // SVG attributes, precomputed so the template stays dumb
	Label      string
	Count      int
	Href       string
}

func newHistogram(dates []index.DateCount, st state) *histogram {
	if len(dates) == 0 {
		return nil
	}
	h := &histogram{Width: histWidth, Height: histHeight, First: dates[0].Name, Last: dates[len(dates)-1].Name}
	for _, d := range dates {
		h.Max = max(h.Max, d.Count)
	}
	slot := float64(histWidth) / float64(len(dates))
	for i, d := range dates {
		height := 0.0
		if h.Max > 0 {
			height = float64(d.Count) / float64(h.Max) * (histHeight - 2)
		}
		if d.Count > 0 && height < 2 {
			height = 2 // a bar with one claim must stay visible and clickable
		}
		until := d.End.AddDate(0, 0, -1) // End is exclusive, until is inclusive
		if !until.After(d.Start) {
			until = d.Start
		}
		h.Bars = append(h.Bars, bar{
			X:     fmtf(float64(i)*slot + histGap/2),
			Y:     fmtf(histHeight - height),
			W:     fmtf(max(slot-histGap, 1)),
			H:     fmtf(height),
			Label: d.Name,
			Count: d.Count,
			Href:  st.with("since", d.Start.Format(dayLayout), "until", until.Format(dayLayout)),
		})
	}
	return h
}

func fmtf(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
