package bench_test

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/bench"
)

func TestGraph(t *testing.T) {
	g := bench.NewGraph(bench.GraphOptions{Entities: 2000, Seed: 5})
	var batches []claimgraph.Batch
	for b := range g.Batches() {
		batches = append(batches, b)
	}
	t.Run("Count", func(t *testing.T) {
		if got, want := g.Entities(), 2000; got != want {
			t.Fatalf("planned %d entities, want %d", got, want)
		}
		if got, want := len(batches), g.Articles(); got != want {
			t.Fatalf("got %d batches, want %d", got, want)
		}
	})
	t.Run("Deterministic", func(t *testing.T) {
		var again []claimgraph.Batch
		for b := range bench.NewGraph(bench.GraphOptions{Entities: 2000, Seed: 5}).Batches() {
			again = append(again, b)
		}
		if !reflect.DeepEqual(batches, again) {
			t.Fatal("the same options gave two different graphs")
		}
	})
	t.Run("EveryEntityAppears", func(t *testing.T) {
		seen := map[string]bool{}
		for _, b := range batches {
			for _, e := range b.Entities {
				seen[e.ID] = true
			}
		}
		if got, want := len(seen), g.Entities(); got != want {
			t.Fatalf("%d distinct entities appear in the batches, want %d", got, want)
		}
	})
	t.Run("Consistent", func(t *testing.T) {
		for _, b := range batches {
			if err := b.Article.Validate(); err != nil {
				t.Fatal(err)
			}
			known := map[string]bool{}
			for _, e := range b.Entities {
				if err := e.Validate(); err != nil {
					t.Fatal(err)
				}
				known[e.ID] = true
			}
			accusations := map[string]bool{}
			for _, r := range b.Accusations {
				a := r.Accusation
				if !known[a.AccuserID] || !known[a.AccusedID] || a.AccuserID == a.AccusedID {
					t.Fatalf("article %s: accusation %+v has unknown or equal parties", b.Article.ID, a)
				}
				for _, v := range a.Via {
					if !known[v] {
						t.Fatalf("article %s: via %s unknown", b.Article.ID, v)
					}
				}
				accusations[a.ID] = true
			}
			for _, r := range b.Denials {
				if !known[r.Denial.DenierID] || !accusations[r.Denial.AccusationID] {
					t.Fatalf("article %s: denial %+v refers to something the article lacks", b.Article.ID, r.Denial)
				}
			}
		}
	})
	t.Run("Samples", func(t *testing.T) {
		ids := g.AccusationIDs()
		if len(ids) < g.Articles() {
			t.Fatalf("got %d accusation ids for %d articles, want at least one per article", len(ids), g.Articles())
		}
		if len(g.SearchTerms()) == 0 || len(g.CompanyIDs()) == 0 || len(g.AgencyIDs()) == 0 {
			t.Fatal("no search terms, companies or agencies to draw requests from")
		}
		if qs := bench.Queries(g, ids); len(qs) != 4 {
			t.Fatalf("got %d queries, want 4", len(qs))
		}
	})
	t.Run("Marker", func(t *testing.T) {
		m := g.Marker()
		if m.Article.ID != bench.MarkerID || m.Article.Title != g.Signature() {
			t.Fatalf("marker %+v does not carry the signature %q", m.Article, g.Signature())
		}
		if other := bench.NewGraph(bench.GraphOptions{Entities: 2001, Seed: 5}); other.Signature() == g.Signature() {
			t.Fatal("two sizes share a signature")
		}
	})
}

func TestFacts(t *testing.T) {
	b := claimgraph.Batch{
		PublisherID: "publication:p",
		Entities: []claimgraph.Entity{
			{ID: "publication:p"}, {ID: "official:o", Type: claimgraph.Official, AffiliationID: "company:c"}, {ID: "company:c"},
		},
		Mentions:    make([]claimgraph.Mention, 3),
		Accusations: []claimgraph.AccusationReport{{Accusation: claimgraph.Accusation{Via: []string{"document:d", "publication:p"}}}},
		Denials:     make([]claimgraph.DenialReport, 1),
	}
	// article + 3 entities + 3 mentions + publisher + affiliation + accusation + 2 via + denial
	if got, want := bench.Facts(b), 13; got != want {
		t.Fatalf("got %d facts, want %d", got, want)
	}
}

func TestPercentile(t *testing.T) {
	var l []time.Duration
	for i := 100; i >= 1; i-- {
		l = append(l, time.Duration(i)*time.Millisecond)
	}
	slices.Sort(l)
	for _, c := range []struct {
		p    float64
		want time.Duration
	}{{50, 50 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {0, time.Millisecond}} {
		if got := bench.Percentile(l, c.p); got != c.want {
			t.Errorf("p%v: got %v, want %v", c.p, got, c.want)
		}
	}
	if got := bench.Percentile(nil, 50); got != 0 {
		t.Errorf("empty: got %v, want 0", got)
	}
}
