package neo4jstore_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/neo4jstore"
	"github.com/claimgraph/claimgraph/neo4jstore/neo4jtest"
)

// Fixture ids, as the loader would derive them.
var (
	alibaba = claimgraph.Entity{ID: "company:alibaba", Type: claimgraph.Company, Name: "Alibaba Group", Aliases: []string{"Alibaba"}, Lang: "de"}
	intel   = claimgraph.Entity{ID: "agency:us-intelligence", Type: claimgraph.Agency, Name: "US-Geheimdienst", Aliases: []string{"US intelligence"}, Lang: "de"}
	memo    = claimgraph.Entity{ID: "document:memorandum-des-weissen-hauses", Type: claimgraph.Document, Name: "Memorandum des Weißen Hauses", Lang: "de"}
	ft      = claimgraph.Entity{ID: "publication:financial-times", Type: claimgraph.Publication, Name: "Financial Times", Aliases: []string{"FT"}, Lang: "de"}
	usgov   = claimgraph.Entity{ID: "agency:us-government", Type: claimgraph.Agency, Name: "US-Regierung", Lang: "de"}
)

func ctx(t *testing.T) context.Context {
	t.Helper()
	c, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return c
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// seedBatch is the seed story as a batch: an accusation with a two-step via
// chain, a denial with its quote, an anonymous official.
func seedBatch(articleID, published string) claimgraph.Batch {
	art := claimgraph.Article{
		ID: "article:" + articleID, Name: articleID, Title: "Alibaba-Unternehmen beschuldigt", Lang: "de",
		Text:   "Der US-Geheimdienst wirft Alibaba vor, Daten zu liefern. Alibaba nennt das völligen Unsinn.",
		Source: articleID + ".txt", LoadedAt: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC),
	}
	if published != "" {
		art.Published = day(published)
	}
	art.SHA256 = claimgraph.ContentHash(art.Title, art.Text)
	official := claimgraph.Entity{ID: claimgraph.AnonymousID(art.ID, "us-beamter"), Type: claimgraph.Official, Name: "namentlich nicht genannter US-Beamter", Anonymous: true, AffiliationID: usgov.ID, Lang: "de"}
	accID := claimgraph.AccusationID(intel.ID, alibaba.ID)
	seen := claimgraph.SeenAt(art)
	return claimgraph.Batch{
		Article:     art,
		PublisherID: "",
		Entities:    []claimgraph.Entity{alibaba, intel, memo, ft, usgov, official},
		Mentions: []claimgraph.Mention{
			{EntityID: alibaba.ID, Forms: []string{"Alibaba", "das Unternehmen"}, Count: 3},
			{EntityID: intel.ID, Forms: []string{"US-Geheimdienst"}, Count: 2},
		},
		Accusations: []claimgraph.AccusationReport{{
			Accusation: claimgraph.Accusation{ID: accID, AccuserID: intel.ID, AccusedID: alibaba.ID, Summary: "liefert Daten an das Militär", Via: []string{memo.ID, ft.ID}},
			Evidence:   claimgraph.Evidence{Sentence: "Der US-Geheimdienst wirft Alibaba vor, Daten zu liefern.", Start: 0, End: 56, Rule: "test", Confidence: 0.9, SeenAt: seen},
		}},
		Denials: []claimgraph.DenialReport{{
			Denial:   claimgraph.Denial{ID: claimgraph.DenialID(alibaba.ID, accID), DenierID: alibaba.ID, AccusationID: accID, Quote: "völligen Unsinn"},
			Evidence: claimgraph.Evidence{Sentence: "Alibaba nennt das völligen Unsinn.", Start: 57, End: 91, Rule: "test", Confidence: 0.8, SeenAt: seen},
		}},
	}
}

func mustWrite(t *testing.T, s *neo4jstore.Store, bs ...claimgraph.Batch) []claimgraph.WriteStatus {
	t.Helper()
	st, err := s.WriteBatches(ctx(t), bs)
	if err != nil {
		t.Fatalf("WriteBatches: %v", err)
	}
	return st
}

func mustCounts(t *testing.T, s *neo4jstore.Store) (int, int) {
	t.Helper()
	n, r, err := s.Counts(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	return n, r
}

func TestWriteBatches(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	t.Run("Idempotent", func(t *testing.T) {
		b := seedBatch("a1", "2026-03-01")
		if got := mustWrite(t, s, b); got[0] != claimgraph.Loaded {
			t.Fatalf("first write: got %v, want LOADED", got)
		}
		n1, r1 := mustCounts(t, s)
		if got := mustWrite(t, s, seedBatch("a1", "2026-03-01")); got[0] != claimgraph.Unchanged {
			t.Fatalf("second write: got %v, want UNCHANGED", got)
		}
		n2, r2 := mustCounts(t, s)
		if n1 != n2 || r1 != r2 {
			t.Fatalf("reloading changed the graph: nodes %d→%d, relationships %d→%d", n1, n2, r1, r2)
		}
	})
	t.Run("SameClaimTwoArticles", func(t *testing.T) {
		mustWrite(t, s, seedBatch("a2", "2026-03-05"), seedBatch("a0", "2026-02-20"))
		acc, err := s.AccusationsByID(ctx(t), []string{claimgraph.AccusationID(intel.ID, alibaba.ID)})
		if err != nil {
			t.Fatal(err)
		}
		if acc[0] == nil {
			t.Fatal("accusation missing")
		}
		if got, want := acc[0].FirstSeen, day("2026-02-20"); !got.Equal(want) {
			t.Errorf("firstSeen = %v, want %v", got, want)
		}
		if got, want := acc[0].LastSeen, day("2026-03-05"); !got.Equal(want) {
			t.Errorf("lastSeen = %v, want %v", got, want)
		}
		if !acc[0].Denied {
			t.Error("accusation not marked denied")
		}
		if got, want := fmt.Sprint(acc[0].Via), fmt.Sprint([]string{memo.ID, ft.ID}); got != want {
			t.Errorf("via = %s, want %s", got, want)
		}
		counts, err := s.EvidenceCounts(ctx(t), []string{acc[0].ID})
		if err != nil {
			t.Fatal(err)
		}
		if counts[0] != 3 {
			t.Errorf("evidence count = %d, want 3 (one per article)", counts[0])
		}
		ev, err := s.EvidenceOf(ctx(t), []string{acc[0].ID}, 10)
		if err != nil {
			t.Fatal(err)
		}
		var order []string
		for _, e := range ev[0] {
			order = append(order, e.ArticleID)
		}
		if got, want := fmt.Sprint(order), "[article:a0 article:a1 article:a2]"; got != want {
			t.Errorf("evidence order = %s, want oldest first %s", got, want)
		}
	})
	t.Run("ChangedArticleReplaces", func(t *testing.T) {
		b := seedBatch("a3", "2026-04-01")
		mustWrite(t, s, b)
		// The new version no longer reports a denial, and accuses someone else.
		b2 := seedBatch("a3", "2026-04-01")
		b2.Article.Text += " Neu."
		b2.Article.SHA256 = claimgraph.ContentHash(b2.Article.Title, b2.Article.Text)
		b2.Denials = nil
		newAcc := claimgraph.AccusationID(usgov.ID, alibaba.ID)
		b2.Accusations[0].Accusation.ID = newAcc
		b2.Accusations[0].Accusation.AccuserID = usgov.ID
		if got := mustWrite(t, s, b2); got[0] != claimgraph.Loaded {
			t.Fatalf("changed article: got %v, want LOADED", got)
		}
		l, err := s.Accusations(ctx(t), claimgraph.AccusationFilter{ArticleID: "article:a3"}, claimgraph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Items) != 1 || l.Items[0].ID != newAcc {
			t.Fatalf("article a3 accusations = %v, want only %s", l.Items, newAcc)
		}
		ds, err := s.Denials(ctx(t), claimgraph.DenialFilter{ArticleID: "article:a3"}, claimgraph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(ds.Items) != 0 {
			t.Fatalf("article a3 still has denials %v", ds.Items)
		}
	})
	t.Run("OrphanClaimPruned", func(t *testing.T) {
		s := neo4jtest.MustOpen(t)
		b := seedBatch("only", "2026-05-01")
		mustWrite(t, s, b)
		b2 := seedBatch("only", "2026-05-01")
		b2.Article.Text += " Geändert."
		b2.Article.SHA256 = claimgraph.ContentHash(b2.Article.Title, b2.Article.Text)
		b2.Accusations, b2.Denials = nil, nil
		mustWrite(t, s, b2)
		n, err := s.CountAccusations(ctx(t), claimgraph.AccusationFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("accusations after the only report vanished = %d, want 0", n)
		}
		nd, _ := s.CountDenials(ctx(t), claimgraph.DenialFilter{})
		if nd != 0 {
			t.Errorf("denials = %d, want 0", nd)
		}
		net, err := s.Network(ctx(t), claimgraph.NetworkQuery{Center: alibaba.ID, Depth: 1, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range net.Relations {
			if r.Type != claimgraph.SpeaksFor {
				t.Errorf("relation %v survived its claim", r)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		b := seedBatch("bad", "")
		b.Accusations[0].Accusation.AccuserID = "agency:nobody"
		_, err := s.WriteBatches(ctx(t), []claimgraph.Batch{b})
		if code := claimgraph.ErrorCode(err); code != claimgraph.EINVALID {
			t.Fatalf("got %v (%s), want invalid", err, code)
		}
	})
}

func TestUnavailable(t *testing.T) {
	// A port nothing listens on: every call must fail fast with a code.
	s, err := neo4jstore.Open(neo4jstore.Config{URI: "bolt://127.0.0.1:1", ConnectTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := s.Ping(c); claimgraph.ErrorCode(err) != claimgraph.EUNAVAILABLE {
		t.Errorf("Ping: got %v, want unavailable", err)
	}
	if _, err := s.EntitiesByID(c, []string{"company:x"}); claimgraph.ErrorCode(err) != claimgraph.EUNAVAILABLE {
		t.Errorf("EntitiesByID: got %v, want unavailable", err)
	}
	if _, err := s.WriteBatches(c, []claimgraph.Batch{seedBatch("x", "")}); claimgraph.ErrorCode(err) != claimgraph.EUNAVAILABLE {
		t.Errorf("WriteBatches: got %v, want unavailable", err)
	}
}

func TestOpen(t *testing.T) {
	t.Run("ErrInvalid", func(t *testing.T) {
		if _, err := neo4jstore.Open(neo4jstore.Config{URI: "ftp://nope"}); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Errorf("got %v, want invalid", err)
		}
		if _, err := neo4jstore.Open(neo4jstore.Config{}); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Errorf("got %v, want invalid", err)
		}
	})
	t.Run("MigrateTwice", func(t *testing.T) {
		s := neo4jtest.MustOpen(t)
		if err := s.Migrate(ctx(t)); err != nil {
			t.Fatalf("second migration: %v", err)
		}
	})
}

// TestSpeaksForInGroups: an official named in several articles of one
// write group keeps every affiliation any of them gives.
func TestSpeaksForInGroups(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	spokes := claimgraph.Entity{ID: "official:dana-whitfield", Type: claimgraph.Official, Name: "Dana Whitfield"}
	first, second := seedBatch("g1", "2026-01-01"), seedBatch("g2", "2026-01-02")
	first.Entities = append(first.Entities, spokes) // no affiliation yet
	spokes.AffiliationID = alibaba.ID
	second.Entities = append(second.Entities, spokes)
	mustWrite(t, s, first, second)
	net, err := s.Network(ctx(t), claimgraph.NetworkQuery{Center: spokes.ID, Depth: 1, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(net.Relations) != 1 || net.Relations[0].Type != claimgraph.SpeaksFor || net.Relations[0].TargetID != alibaba.ID {
		t.Errorf("relations of the official = %+v, want SPEAKS_FOR Alibaba", net.Relations)
	}
}
