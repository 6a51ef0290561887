package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2"
)

// MappingVersion numbers what this build indexes: the mapping and what goes
// into each field. Bump it whenever either changes in a way an existing
// index would not match (a new field, another analyzer, a *_key computed
// differently); the mapping itself is also compared on open, so a bump
// forgotten for a mapping change is still caught.
const MappingVersion = 1

// versionKey holds MappingVersion in bleve's internal store.
var versionKey = []byte("claimwatch_mapping_version")

// ErrOldMapping is returned by Open and OpenReadOnly for an index built with
// another mapping; Reindex rebuilds it from what it stores.
var ErrOldMapping = errors.New("index: built with another mapping")

// MappingError says how an index's mapping differs from this build's.
type MappingError struct {
	Path    string
	Version int // the index's MappingVersion; 0 when it has none
	Changed bool
}

func (e *MappingError) Error() string {
	var got string
	switch {
	case e.Version == 0:
		got = "an unversioned mapping that differs from this build's"
	case e.Version != MappingVersion:
		got = fmt.Sprintf("mapping version %d", e.Version)
	default:
		got = fmt.Sprintf("mapping version %d but a different mapping", e.Version)
	}
	return fmt.Sprintf("index: %s was built with %s; this build needs mapping version %d and cannot search or update it until it is rebuilt",
		e.Path, got, MappingVersion)
}

func (e *MappingError) Unwrap() error { return ErrOldMapping }

// checkMapping compares bi's stored version and mapping with this build's.
// ok with stamp means the index matches but carries no version yet (built
// before versions were recorded): a writer should record it.
func checkMapping(path string, bi bleve.Index) (stamp bool, err error) {
	raw, err := bi.GetInternal(versionKey)
	if err != nil {
		return false, fmt.Errorf("index: open %s: read mapping version: %w", path, err)
	}
	version := 0
	if len(raw) > 0 {
		if version, err = strconv.Atoi(string(raw)); err != nil {
			return false, fmt.Errorf("index: open %s: bad mapping version %q", path, raw)
		}
	}
	have, err := json.Marshal(bi.Mapping())
	if err != nil {
		return false, fmt.Errorf("index: open %s: %w", path, err)
	}
	want, err := json.Marshal(newMapping())
	if err != nil {
		return false, fmt.Errorf("index: open %s: %w", path, err)
	}
	changed := string(have) != string(want)
	if changed || (version != 0 && version != MappingVersion) {
		return false, &MappingError{Path: path, Version: version, Changed: changed}
	}
	return version == 0, nil
}

func stampVersion(bi bleve.Index) error {
	return bi.SetInternal(versionKey, []byte(strconv.Itoa(MappingVersion)))
}
