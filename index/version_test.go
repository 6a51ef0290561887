package index

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/mapping.golden")

// TestMappingVersionBumped keeps MappingVersion honest: the golden file
// holds the mapping under the version it was recorded with, so a mapping
// change fails here until the version is bumped and the golden rewritten
// (go test ./index -run MappingVersion -update).
func TestMappingVersionBumped(t *testing.T) {
	m, err := json.MarshalIndent(newMapping(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got := append([]byte("version "+strconv.Itoa(MappingVersion)+"\n"), m...)
	golden := filepath.Join("testdata", "mapping.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to record it)", err)
	}
	wantVersion, wantMapping, _ := bytes.Cut(want, []byte("\n"))
	if !bytes.Equal(wantMapping, m) {
		if string(wantVersion) == "version "+strconv.Itoa(MappingVersion) {
			t.Fatalf("the index mapping changed but MappingVersion is still %d: bump it (existing indexes then ask for 'claimwatch reindex') and rerun with -update", MappingVersion)
		}
		t.Fatalf("the mapping and MappingVersion changed: rerun with -update to record them")
	}
	if string(wantVersion) != "version "+strconv.Itoa(MappingVersion) {
		t.Errorf("golden records %q, MappingVersion is %d: rerun with -update", wantVersion, MappingVersion)
	}
}
