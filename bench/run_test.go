package bench_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/bench"
	"github.com/claimgraph/claimgraph/loader/extract"
	"github.com/claimgraph/claimgraph/neo4jstore/neo4jtest"
)

// The runners on tiny inputs, against a real Neo4j: a smoke test of the
// harness (every run succeeds, counts are taken, no request fails), not a
// measurement; speed is only ever reported, never asserted.

func TestRunLoad(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	corpus := bench.Corpus(bench.CorpusOptions{Articles: 8, Seed: 1})
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := bench.WriteJSONL(f, corpus); err != nil {
		t.Fatal(err)
	}
	f.Close()
	rs, err := bench.RunLoad(ctx, bench.LoadConfig{
		Store: s, Extractor: x, Paths: []string{path}, Articles: corpus,
		Settings:         []bench.LoadSetting{{Workers: 2, BatchSize: 4}},
		BaselineArticles: 2, BaselineWorkers: []int{1},
	})
	if err != nil {
		t.Fatal(err)
	}
	names := []string{bench.ExtractRun, bench.PipelineRun, bench.BatchedRun, bench.BaselineRun}
	if len(rs) != len(names) {
		t.Fatalf("got %d results, want %d: %+v", len(rs), len(names), rs)
	}
	for i, r := range rs {
		if r.Name != names[i] {
			t.Errorf("result %d is %q, want %q", i, r.Name, names[i])
		}
		if r.Rejected != 0 {
			t.Errorf("%s: %d rejected", r.Name, r.Rejected)
		}
		if !r.ExtractedOnly && (r.Rels == 0 || r.Transactions == 0) {
			t.Errorf("%s: %d relationships in %d transactions, want some", r.Name, r.Rels, r.Transactions)
		}
	}
	if got, want := rs[1].Articles, 8; got != want {
		t.Errorf("pipeline loaded %d articles, want %d", got, want)
	}
	if got, want := rs[3].Articles, 2; got != want {
		t.Errorf("baseline wrote %d articles, want %d", got, want)
	}
}

func TestRunAPI(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	g := bench.NewGraph(bench.GraphOptions{Entities: 200, Seed: 2})
	build, err := bench.BuildGraph(ctx, s, g, true, 2, 20, nil)
	if err != nil {
		t.Fatal(err)
	}
	if build.Reused || build.Entities != g.Entities() || build.Rels == 0 {
		t.Fatalf("got build %+v, want a new graph of %d entities", build, g.Entities())
	}
	again, err := bench.BuildGraph(ctx, s, g, true, 2, 20, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Reused || again.Rels != build.Rels {
		t.Fatalf("second build %+v, want the first (%d relationships) reused", again, build.Rels)
	}
	rs, err := bench.RunAPI(ctx, bench.APIConfig{
		Store: s, Queries: bench.Queries(g, g.AccusationIDs()), Clients: 2, Duration: 200 * time.Millisecond, Seed: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 4 {
		t.Fatalf("got %d results, want 4", len(rs))
	}
	for _, r := range rs {
		if r.Errors != 0 || r.Requests == 0 {
			t.Errorf("%s: %d requests, %d errors (first: %s)", r.Query, r.Requests, r.Errors, r.FirstError)
		}
		if r.P50 > r.P99 || r.P99 > r.Worst {
			t.Errorf("%s: p50 %v, p99 %v, max %v out of order", r.Query, r.P50, r.P99, r.Worst)
		}
	}
}
