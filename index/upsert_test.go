package index

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/claimwatch/claimwatch/extract"
)

func TestUpsertReplaces(t *testing.T) {
	ctx := context.Background()
	ix := fixtureIndex(t)
	if st := mustStats(t, ix); st.Articles != 3 || st.Claims != 8 || st.SizeBytes <= 0 {
		t.Fatalf("after first upsert: %+v, want 3 articles, 8 claims, some bytes", st)
	}
	if err := ix.Upsert(ctx, fixture()...); err != nil {
		t.Fatal(err)
	}
	if st := mustStats(t, ix); st.Articles != 3 || st.Claims != 8 {
		t.Fatalf("after re-upsert: %+v, want 3 articles and 8 claims (no duplicates)", st)
	}

	// The Caixin article is re-crawled with one claim left.
	e := fixture()[1]
	e.Claims = e.Claims[1:2]
	if err := ix.Upsert(ctx, e); err != nil {
		t.Fatal(err)
	}
	if st := mustStats(t, ix); st.Articles != 3 || st.Claims != 6 {
		t.Fatalf("after shrinking re-upsert: %+v, want 3 articles and 6 claims", st)
	}
	id := ArticleID(e.Article.URL)
	a, claims, err := ix.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if a.ClaimCount != 1 || len(claims) != 1 || claims[0].Kind != extract.KindResponse {
		t.Fatalf("article has ClaimCount %d and claims %+v, want the one response", a.ClaimCount, claims)
	}
	if _, err := ix.Claim(ctx, ClaimID(id, 2)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Claim of removed position: err %v, want ErrNotFound", err)
	}
}

func TestUpsertDuplicateURLInOneCall(t *testing.T) {
	ix := openTemp(t)
	a, b := fixture()[0], fixture()[0]
	b.Claims = b.Claims[:1]
	if err := ix.Upsert(context.Background(), a, b); err != nil {
		t.Fatal(err)
	}
	if st := mustStats(t, ix); st.Articles != 1 || st.Claims != 1 {
		t.Fatalf("stats %+v, want the last entry's 1 article and 1 claim", st)
	}
}

func TestUpsertRejectsEntryWithoutURL(t *testing.T) {
	ix := openTemp(t)
	err := ix.Upsert(context.Background(), Entry{Article: ArticleDoc{Title: "x"}})
	if err == nil || !strings.Contains(err.Error(), "no URL") {
		t.Fatalf("err %v, want a no-URL error", err)
	}
}

func TestUpsertHonoursContext(t *testing.T) {
	ix := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ix.Upsert(ctx, fixture()...); !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
}

func TestConcurrentUpsertAndSearch(t *testing.T) {
	ix := fixtureIndex(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				if err := ix.Upsert(ctx, fixture()...); err != nil {
					errs <- err
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				if _, err := ix.Search(ctx, Query{Text: "alibaba"}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if st := mustStats(t, ix); st.Articles != 3 || st.Claims != 8 {
		t.Fatalf("after concurrent re-upserts: %+v, want 3 articles and 8 claims", st)
	}
}
