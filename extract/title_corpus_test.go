package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/internal/sharedpath"
)

// titleGenericFloor sits a little under what the generic title rules alone
// score on the fundus pages (0.872 when set). The eval floor measures the
// title with the publisher profiles, which hide the generic rules on the
// outlets they cover; unseen outlets get the generic rules only.
const titleGenericFloor = 0.865

// TestTitleFundusGenericAndProfiles scores the fundus title gold twice:
// the generic rules alone must hold their floor, and no publisher profile
// may lose a page the generic rules get right (a profile that contradicts
// its outlet's own pages is wrong).
func TestTitleFundusGenericAndProfiles(t *testing.T) {
	shared := sharedpath.Require(t)
	dir := filepath.Join(shared, "corpus", "fundus")
	f, err := os.Open(filepath.Join(dir, "index.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	pages, generic, profiled := 0, 0, 0
	for sc.Scan() {
		var g struct{ File, URL, Title string }
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("fundus index line %d: %v", pages+1, err)
		}
		page, err := os.ReadFile(filepath.Join(dir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSpace(g.Title)
		gen, _ := article(page, g.URL, Hints{}, nil)
		pro, _ := article(page, g.URL, Hints{}, publisherProfiles)
		genOK := strings.TrimSpace(gen.Title) == want
		proOK := strings.TrimSpace(pro.Title) == want
		pages++
		if genOK {
			generic++
		}
		if proOK {
			profiled++
		}
		if genOK && !proOK {
			t.Errorf("%s: profile (%s) loses the title the generic rules found:\n got  %q\n want %q", g.File, pro.Sources["title"], pro.Title, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if pages < 250 {
		t.Fatalf("fundus index has %d pages, want about 258", pages)
	}
	g, p := float64(generic)/float64(pages), float64(profiled)/float64(pages)
	t.Logf("fundus title: generic rules %.3f (%d/%d), with profiles %.3f (%d/%d)", g, generic, pages, p, profiled, pages)
	if g < titleGenericFloor {
		t.Errorf("generic title rules score %.3f on fundus, under the floor %.3f", g, titleGenericFloor)
	}
}
