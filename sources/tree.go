package sources

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	toml "github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// The file is read in two steps. go-toml's decoder first checks the whole
// document against the TOML spec (syntax, duplicate keys, redefined tables)
// and gives a line for the first violation. Only then is the document walked
// with go-toml's unstable AST parser into a small tree that remembers the
// line of every key and value, because the decoder's output does not, and
// editors need a line for every semantic problem, not just the first.

type kind int

const (
	kindString kind = iota
	kindInteger
	kindFloat
	kindBool
	kindDatetime
	kindArray
	kindTable
)

// value is one TOML value with the line it starts on.
type value struct {
	kind    kind
	line    int
	str     string // string value, or the raw text of a date/time
	integer int64
	float   float64
	boolean bool
	items   []*value // arrays, including arrays of tables
	tables  bool     // an array built from [[header]] tables
	table   *table
}

// describe names a value's type for "want X, got Y" messages.
func (v *value) describe() string {
	switch v.kind {
	case kindString:
		return fmt.Sprintf("string %q", v.str)
	case kindInteger:
		return fmt.Sprintf("integer %d", v.integer)
	case kindFloat:
		return fmt.Sprintf("float %g", v.float)
	case kindBool:
		return fmt.Sprintf("boolean %t", v.boolean)
	case kindDatetime:
		return "date/time " + v.str
	case kindArray:
		if v.tables {
			return "array of tables"
		}
		return "array"
	}
	return "table"
}

type entry struct {
	key  string
	line int // line of the key
	val  *value
}

// table keeps keys in file order so problems come out in reading order.
type table struct {
	line    int // header line; 0 for the root table
	order   []string
	entries map[string]*entry
}

func newTable(line int) *table {
	return &table{line: line, entries: map[string]*entry{}}
}

func (t *table) get(key string) *entry { return t.entries[key] }

func (t *table) set(key string, line int, v *value) {
	if _, ok := t.entries[key]; !ok {
		t.order = append(t.order, key)
	}
	t.entries[key] = &entry{key: key, line: line, val: v}
}

// child returns the sub-table at key, creating it when absent. A key holding
// an array of tables yields its last table, as TOML's [a.b] after [[a]] does.
func (t *table) child(key string, line int) *table {
	if e := t.entries[key]; e != nil {
		switch {
		case e.val.kind == kindTable:
			return e.val.table
		case e.val.kind == kindArray && e.val.tables && len(e.val.items) > 0:
			return e.val.items[len(e.val.items)-1].table
		}
	}
	sub := newTable(line)
	t.set(key, line, &value{kind: kindTable, line: line, table: sub})
	return sub
}

// syntaxProblem is a TOML-level error at a line.
type syntaxProblem struct {
	line    int
	message string
}

// readTree checks data against the TOML spec and returns the positioned tree,
// or the first TOML error.
func readTree(data []byte) (*table, *syntaxProblem) {
	var probe map[string]any
	if err := toml.Unmarshal(data, &probe); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			msg := strings.TrimPrefix(de.Error(), "toml: ")
			return nil, &syntaxProblem{line: row, message: fmt.Sprintf("TOML syntax: %s (column %d)", msg, col)}
		}
		return nil, &syntaxProblem{line: 0, message: "TOML syntax: " + strings.TrimPrefix(err.Error(), "toml: ")}
	}

	w := walker{newlines: newlineOffsets(data)}
	w.p.Reset(data)
	root := newTable(0)
	cur := root
	for w.p.NextExpression() {
		expr := w.p.Expression()
		switch expr.Kind {
		case unstable.KeyValue:
			keys, line := w.key(expr)
			if len(keys) == 0 {
				continue
			}
			v := w.convert(expr.Value(), line)
			w.setDotted(cur, keys, line, v)
		case unstable.Table:
			keys, line := w.key(expr)
			t := root
			for _, k := range keys {
				t = t.child(k, line)
			}
			t.line = line
			cur = t
		case unstable.ArrayTable:
			keys, line := w.key(expr)
			if len(keys) == 0 {
				continue
			}
			t := root
			for _, k := range keys[:len(keys)-1] {
				t = t.child(k, line)
			}
			last := keys[len(keys)-1]
			e := t.get(last)
			if e == nil || e.val.kind != kindArray || !e.val.tables {
				t.set(last, line, &value{kind: kindArray, line: line, tables: true})
				e = t.get(last)
			}
			sub := newTable(line)
			e.val.items = append(e.val.items, &value{kind: kindTable, line: line, table: sub})
			cur = sub
		}
	}
	if err := w.p.Error(); err != nil {
		// The decoder accepted the document, so this should not happen; report
		// it rather than trust a partial tree.
		return nil, &syntaxProblem{line: w.errorLine(err), message: "TOML syntax: " + err.Error()}
	}
	return root, nil
}

type walker struct {
	p        unstable.Parser
	newlines []int // offsets of '\n' in the input
}

// newlineOffsets indexes line ends once; the parser's own Shape rescans the
// input from the start for every node, quadratic on long files.
func newlineOffsets(data []byte) []int {
	var out []int
	for i, c := range data {
		if c == '\n' {
			out = append(out, i)
		}
	}
	return out
}

func (w *walker) lineAt(offset int) int {
	return sort.SearchInts(w.newlines, offset) + 1
}

func (w *walker) line(n *unstable.Node, fallback int) int {
	if n == nil || n.Raw.Length == 0 {
		return fallback
	}
	return w.lineAt(int(n.Raw.Offset))
}

func (w *walker) errorLine(err error) int {
	var pe *unstable.ParserError
	if errors.As(err, &pe) && len(pe.Highlight) > 0 {
		defer func() { _ = recover() }() // highlight outside the input: no line
		return w.lineAt(int(w.p.Range(pe.Highlight).Offset))
	}
	return 0
}

// key returns the parts of a (possibly dotted) key and the line of its first part.
func (w *walker) key(n *unstable.Node) ([]string, int) {
	var parts []string
	line := 0
	it := n.Key()
	for it.Next() {
		k := it.Node()
		if line == 0 {
			line = w.line(k, 0)
		}
		parts = append(parts, string(k.Data))
	}
	return parts, line
}

func (w *walker) setDotted(t *table, keys []string, line int, v *value) {
	for _, k := range keys[:len(keys)-1] {
		t = t.child(k, line)
	}
	t.set(keys[len(keys)-1], line, v)
}

func (w *walker) convert(n *unstable.Node, fallback int) *value {
	v := &value{line: w.line(n, fallback)}
	switch n.Kind {
	case unstable.String:
		v.kind = kindString
		v.str = string(n.Data)
	case unstable.Bool:
		v.kind = kindBool
		v.boolean = string(n.Data) == "true"
	case unstable.Integer:
		v.kind = kindInteger
		v.integer = parseTOMLInt(string(n.Data))
	case unstable.Float:
		v.kind = kindFloat
		v.float, _ = strconv.ParseFloat(strings.ReplaceAll(string(n.Data), "_", ""), 64)
	case unstable.LocalDate, unstable.LocalTime, unstable.LocalDateTime, unstable.DateTime:
		v.kind = kindDatetime
		v.str = string(n.Data)
	case unstable.Array:
		v.kind = kindArray
		it := n.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind == unstable.Comment {
				continue
			}
			v.items = append(v.items, w.convert(c, v.line))
		}
	case unstable.InlineTable:
		v.kind = kindTable
		v.table = newTable(v.line)
		it := n.Children()
		for it.Next() {
			kv := it.Node()
			if kv.Kind != unstable.KeyValue {
				continue
			}
			keys, line := w.key(kv)
			if len(keys) == 0 {
				continue
			}
			w.setDotted(v.table, keys, line, w.convert(kv.Value(), line))
		}
	default:
		v.kind = kindDatetime
		v.str = string(n.Data)
	}
	return v
}

// parseTOMLInt reads a TOML integer the decoder already accepted: decimal with
// underscores, or 0x/0o/0b prefixed.
func parseTOMLInt(s string) int64 {
	s = strings.ReplaceAll(s, "_", "")
	n, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		// A leading zero makes base 0 read octal; TOML forbids leading zeros
		// in decimals, so only "0" and prefixed forms reach here.
		n, _ = strconv.ParseInt(s, 10, 64)
	}
	return n
}
