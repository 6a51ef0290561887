package index

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/claimwatch/claimwatch/extract"
)

// olderMapping is this build's mapping without the topics_text field, as an
// index built before that field existed has it.
func olderMapping() mapping.IndexMapping {
	im := newMapping().(*mapping.IndexMappingImpl)
	delete(im.TypeMapping[typeClaim].Properties, fieldTopicsText)
	return im
}

// buildOld writes entries into a new index at path with im, unversioned,
// as an older claimwatch would have.
func buildOld(t *testing.T, path string, im mapping.IndexMapping, entries []Entry) {
	t.Helper()
	bi, err := bleve.New(path, im)
	if err != nil {
		t.Fatal(err)
	}
	old := &Index{path: path, bi: bi}
	if err := old.Upsert(context.Background(), entries...); err != nil {
		t.Fatal(err)
	}
	if err := bi.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenDetectsOlderMapping(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	buildOld(t, path, olderMapping(), fixture())
	for name, open := range map[string]func(string) (*Index, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		t.Run(name, func(t *testing.T) {
			ix, err := open(path)
			if err == nil {
				ix.Close()
				t.Fatal("opened an index built with an older mapping")
			}
			var me *MappingError
			if !errors.Is(err, ErrOldMapping) || !errors.As(err, &me) || !me.Changed {
				t.Fatalf("err %v, want a *MappingError wrapping ErrOldMapping", err)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the index directory", err)
			}
		})
	}
}

func TestOpenAcceptsCurrentUnversionedAndStampsIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	buildOld(t, path, newMapping(), fixture()[:1])
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("index with this build's mapping but no version: %v", err)
	}
	raw, err := ix.bi.GetInternal(versionKey)
	ix.Close()
	if err != nil || string(raw) != "1" {
		t.Errorf("version after a writable open %q (%v), want it recorded", raw, err)
	}
}

func TestOpenRejectsOtherVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	ix := openTempAt(t, path)
	if err := ix.bi.SetInternal(versionKey, []byte("99")); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	_, err := Open(path)
	var me *MappingError
	if !errors.As(err, &me) || me.Version != 99 || !strings.Contains(err.Error(), "mapping version 99") {
		t.Fatalf("err %v, want a MappingError naming version 99", err)
	}
}

func openTempAt(t *testing.T, path string) *Index {
	t.Helper()
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestReindex rebuilds an index built with an older mapping from its stored
// documents: every article and claim comes back, in order, and the field
// the old mapping lacked is in the mapping again.
func TestReindex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index.bleve")
	want := fixture()
	buildOld(t, path, olderMapping(), want)

	var progress []int
	st, err := Reindex(ctx, path, ReindexOptions{Progress: func(n int) { progress = append(progress, n) }})
	if err != nil {
		t.Fatal(err)
	}
	nClaims := 0
	for _, e := range want {
		nClaims += len(e.Claims)
	}
	if st.Articles != len(want) || st.Claims != nClaims || len(progress) == 0 {
		t.Errorf("stats %+v progress %v, want %d articles %d claims", st, progress, len(want), nClaims)
	}
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("open after reindex: %v", err)
	}
	for _, e := range want {
		a, claims, err := ix.Article(ctx, ArticleID(e.Article.URL))
		if err != nil {
			t.Fatalf("%s: %v", e.Article.URL, err)
		}
		if a.Text != e.Article.Text || a.Title != e.Article.Title || !a.Published.Equal(e.Article.Published) {
			t.Errorf("%s: article %+v differs from what was stored", e.Article.URL, a)
		}
		var got []extract.Claim
		for _, c := range claims {
			got = append(got, c.Claim)
		}
		if len(got) != len(e.Claims) || (len(got) > 0 && !reflect.DeepEqual(got, e.Claims)) {
			t.Errorf("%s: claims after reindex\n%+v\nwant\n%+v", e.Article.URL, got, e.Claims)
		}
	}
	ix.Close()

	// With Claims set, claims are recomputed from the stored articles.
	st, err = Reindex(ctx, path, ReindexOptions{Claims: func(a ArticleDoc) []extract.Claim {
		return []extract.Claim{claim("penalty", samr, "reported", a.Title, alibaba)}
	}})
	if err != nil || st.Claims != len(want) {
		t.Fatalf("reindex with recomputed claims: %+v, %v; want one claim per article", st, err)
	}
	ix = openTempAt(t, path)
	defer ix.Close()
	if s := mustStats(t, ix); s.Claims != uint64(len(want)) || s.Articles != uint64(len(want)) {
		t.Errorf("after recomputing: %+v", s)
	}
}
