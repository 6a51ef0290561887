package web

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch/index"
)

// Export formats.
const (
	FormatCSV   = "csv"
	FormatJSONL = "jsonl"
)

// ErrUnknownFormat is returned by NewClaimWriter for a format other than csv
// or jsonl.
var ErrUnknownFormat = errors.New("web: unknown export format")

// CSVColumns is the CSV export's header, in order. docs/api.md describes each
// column; changing it breaks users' spreadsheets, so append only.
var CSVColumns = []string{
	"id", "kind", "actor", "actor_canonical", "actor_type", "actor_country",
	"targets", "action", "prohibition", "stance", "negated", "certainty",
	"attribution", "amount_value", "amount_currency", "topics", "sentence",
	"url", "title", "outlet", "country", "language", "published", "rule",
	"confidence",
}

// ClaimWriter writes claims one by one as CSV (with a header row) or JSON
// lines. It buffers; call Flush at the end and whenever a reader should see
// what was written so far.
type ClaimWriter struct {
	format string
	buf    *bufio.Writer
	csv    *csv.Writer
	json   *json.Encoder
	row    []string
	wrote  bool
}

// NewClaimWriter returns a writer of format (FormatCSV or FormatJSONL) to w.
func NewClaimWriter(w io.Writer, format string) (*ClaimWriter, error) {
	cw := &ClaimWriter{format: format, buf: bufio.NewWriterSize(w, 32<<10)}
	switch format {
	case FormatCSV:
		cw.csv = csv.NewWriter(cw.buf)
		cw.row = make([]string, len(CSVColumns))
	case FormatJSONL:
		cw.json = json.NewEncoder(cw.buf)
		// Sentences are data, not markup: keep < and & readable in the file.
		cw.json.SetEscapeHTML(false)
	default:
		return nil, fmt.Errorf("%w %q (want csv or jsonl)", ErrUnknownFormat, format)
	}
	return cw, nil
}

// ContentType is the MIME type of the format.
func (cw *ClaimWriter) ContentType() string {
	if cw.format == FormatCSV {
		return "text/csv; charset=utf-8"
	}
	return "application/x-ndjson; charset=utf-8"
}

// Header writes the CSV header row (once; WriteClaim does it too), so an
// export with no matches is still a valid CSV file with its columns.
func (cw *ClaimWriter) Header() error {
	if cw.wrote || cw.csv == nil {
		return nil
	}
	cw.wrote = true
	if err := cw.csv.Write(CSVColumns); err != nil {
		return fmt.Errorf("web: write csv header: %w", err)
	}
	return nil
}

// WriteClaim writes one claim.
func (cw *ClaimWriter) WriteClaim(c index.ClaimDoc) error {
	if cw.json != nil {
		if err := cw.json.Encode(c); err != nil {
			return fmt.Errorf("web: write claim %s: %w", c.ID, err)
		}
		return nil
	}
	if err := cw.Header(); err != nil {
		return err
	}
	fillRow(cw.row, c)
	if err := cw.csv.Write(cw.row); err != nil {
		return fmt.Errorf("web: write claim %s: %w", c.ID, err)
	}
	return nil
}

// Flush writes out everything buffered.
func (cw *ClaimWriter) Flush() error {
	if cw.csv != nil {
		cw.csv.Flush()
		if err := cw.csv.Error(); err != nil {
			return fmt.Errorf("web: flush csv: %w", err)
		}
	}
	if err := cw.buf.Flush(); err != nil {
		return fmt.Errorf("web: flush export: %w", err)
	}
	return nil
}

func fillRow(row []string, c index.ClaimDoc) {
	targets := make([]string, 0, len(c.Targets))
	for _, t := range c.Targets {
		targets = append(targets, entityName(t.Canonical, t.Name))
	}
	amountValue, amountCurrency := "", ""
	if c.Amount != nil {
		amountValue = strconv.FormatFloat(c.Amount.Value, 'f', -1, 64)
		amountCurrency = c.Amount.Currency
	}
	published := ""
	if !c.Published.IsZero() {
		published = c.Published.Format(time.RFC3339)
	}
	row[0] = c.ID
	row[1] = c.Kind
	row[2] = cell(c.Actor.Name)
	row[3] = cell(c.Actor.Canonical)
	row[4] = c.Actor.Type
	row[5] = c.Actor.Country
	row[6] = cell(strings.Join(targets, ";"))
	row[7] = cell(c.Action)
	row[8] = strconv.FormatBool(c.Prohibition)
	row[9] = c.Stance
	row[10] = strconv.FormatBool(c.Negated)
	row[11] = c.Certainty
	row[12] = cell(c.Attribution)
	row[13] = amountValue
	row[14] = amountCurrency
	row[15] = cell(strings.Join(c.Topics, ";"))
	row[16] = cell(c.Sentence)
	row[17] = cell(c.URL)
	row[18] = cell(c.Title)
	row[19] = cell(c.Outlet)
	row[20] = c.Country
	row[21] = c.Language
	row[22] = published
	row[23] = c.Rule
	row[24] = strconv.FormatFloat(c.Confidence, 'f', -1, 64)
}

// cell defuses text that a spreadsheet would run as a formula: crawled
// sentences are outside input, and "=HYPERLINK(...)" in a headline must stay
// text when an analyst opens the export.
func cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

func entityName(canonical, name string) string {
	if canonical != "" {
		return canonical
	}
	return name
}
