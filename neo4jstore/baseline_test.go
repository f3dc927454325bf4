package neo4jstore_test

import (
	"context"
	"iter"
	"strconv"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/bench"
	"github.com/claimgraph/claimgraph/neo4jstore"
	"github.com/claimgraph/claimgraph/neo4jstore/neo4jtest"
)

func TestWriteFactByFact(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	c := ctx(t)
	// Synthetic batches cover every fact kind: publisher, affiliation,
	// via chains of one and two steps, denials by companies and officials.
	var batches []claimgraph.Batch
	for b := range bench.NewGraph(bench.GraphOptions{Entities: 200, Seed: 1}).Batches() {
		batches = append(batches, b)
		if len(batches) == 15 {
			break
		}
	}
	counts := func() [2]int {
		t.Helper()
		n, r, err := s.Counts(c)
		if err != nil {
			t.Fatal(err)
		}
		return [2]int{n, r}
	}

	t.Run("SameGraphAsWriteBatches", func(t *testing.T) {
		// One batch per transaction on the batched side too: the baseline
		// is compared with what WriteBatches makes of each article.
		for _, b := range batches {
			if _, err := s.WriteBatches(c, []claimgraph.Batch{b}); err != nil {
				t.Fatal(err)
			}
		}
		want := counts()
		if err := s.Wipe(c); err != nil {
			t.Fatal(err)
		}
		for _, b := range batches {
			if err := s.WriteFactByFact(c, b); err != nil {
				t.Fatal(err)
			}
		}
		if got := counts(); got != want {
			t.Fatalf("fact by fact: got %v nodes and relationships, WriteBatches made %v", got, want)
		}
	})
	t.Run("Idempotent", func(t *testing.T) {
		before := counts()
		if err := s.WriteFactByFact(c, batches[0]); err != nil {
			t.Fatal(err)
		}
		if got := counts(); got != before {
			t.Fatalf("writing a batch again: got %v, want %v", got, before)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		b := batches[0]
		b.Entities = nil
		if err := s.WriteFactByFact(c, b); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Fatalf("got %v, want an Invalid error", err)
		}
	})
}

// The write benchmarks report relationships per second over fresh articles
// from the synthetic graph generator; `claimgraph bench load` runs the whole
// pipeline. Speed is reported, never asserted.

func BenchmarkWriteBatches(b *testing.B) {
	for _, size := range []int{1, 50, 200} {
		b.Run("batch="+strconv.Itoa(size), func(b *testing.B) {
			s := neo4jtest.MustOpen(b)
			next, stop := pull(b)
			defer stop()
			c := context.Background()
			warmUp(b, func() error {
				_, err := s.WriteBatches(c, []claimgraph.Batch{next()})
				return err
			})
			rels0 := rels(b, s)
			var elapsed time.Duration
			for b.Loop() {
				group := make([]claimgraph.Batch, size)
				for i := range group {
					group[i] = next()
				}
				t0 := time.Now()
				if _, err := s.WriteBatches(c, group); err != nil {
					b.Fatal(err)
				}
				elapsed += time.Since(t0)
			}
			report(b, rels(b, s)-rels0, elapsed, size)
		})
	}
}

func BenchmarkWriteFactByFact(b *testing.B) {
	s := neo4jtest.MustOpen(b)
	next, stop := pull(b)
	defer stop()
	c := context.Background()
	warmUp(b, func() error { return s.WriteFactByFact(c, next()) })
	rels0 := rels(b, s)
	var elapsed time.Duration
	for b.Loop() {
		batch := next()
		t0 := time.Now()
		if err := s.WriteFactByFact(c, batch); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(t0)
	}
	report(b, rels(b, s)-rels0, elapsed, 1)
}

// pull returns fresh synthetic articles one at a time; the plan is large
// enough for any sensible -benchtime.
func pull(b *testing.B) (func() claimgraph.Batch, func()) {
	b.Helper()
	next, stop := iter.Pull(bench.NewGraph(bench.GraphOptions{Entities: 300000, Seed: 1}).Batches())
	return func() claimgraph.Batch {
		batch, ok := next()
		if !ok {
			b.Fatal("the synthetic graph ran out of articles")
		}
		return batch
	}, stop
}

// warmUp writes articles unmeasured first: a fresh JVM runs Cypher slowly
// until the JIT has compiled the hot paths, which takes a few thousand
// statements.
func warmUp(b *testing.B, write func() error) {
	b.Helper()
	for range 200 {
		if err := write(); err != nil {
			b.Fatal(err)
		}
	}
}

// rels counts the relationships of the graph.
func rels(b *testing.B, s *neo4jstore.Store) int {
	b.Helper()
	_, r, err := s.Counts(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// report adds relationships and articles per second of write time.
func report(b *testing.B, rels int, elapsed time.Duration, perOp int) {
	if elapsed > 0 {
		b.ReportMetric(float64(rels)/elapsed.Seconds(), "rel/s")
		b.ReportMetric(float64(b.N*perOp)/elapsed.Seconds(), "articles/s")
	}
}
