package bench_test

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/bench"
	"github.com/claimgraph/claimgraph/loader/extract"
	"github.com/claimgraph/claimgraph/loader/input"
)

func TestCorpus(t *testing.T) {
	a := bench.Corpus(bench.CorpusOptions{Articles: 300, Seed: 7})
	t.Run("Count", func(t *testing.T) {
		if got, want := len(a), 300; got != want {
			t.Fatalf("got %d articles, want %d", got, want)
		}
	})
	t.Run("Deterministic", func(t *testing.T) {
		if b := bench.Corpus(bench.CorpusOptions{Articles: 300, Seed: 7}); !reflect.DeepEqual(a, b) {
			t.Fatal("the same seed gave two different corpora")
		}
		if c := bench.Corpus(bench.CorpusOptions{Articles: 300, Seed: 8}); reflect.DeepEqual(a, c) {
			t.Fatal("two seeds gave the same corpus")
		}
	})
	t.Run("Valid", func(t *testing.T) {
		ids := map[string]bool{}
		langs := map[string]int{}
		for _, art := range a {
			if err := art.Validate(); err != nil {
				t.Fatal(err)
			}
			if ids[art.ID] {
				t.Fatalf("id %s twice", art.ID)
			}
			ids[art.ID] = true
			langs[art.Lang]++
			if art.Title == "" || art.Publisher == "" || art.Published.IsZero() {
				t.Fatalf("article %s lacks title, publisher or date: %+v", art.ID, art)
			}
		}
		if langs["de"] != 150 || langs["en"] != 150 {
			t.Fatalf("got languages %v, want 150 de and 150 en", langs)
		}
	})
}

// TestCorpusExtracts checks that the generated text is text the real
// extractor reads: most articles must yield an accusation, and denials and
// via chains must occur. The bounds are loose on purpose, so that work on
// the extractor does not trip over this test; the benchmark prints the
// exact yield.
func TestCorpusExtracts(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	arts := bench.Corpus(bench.CorpusOptions{Articles: 200, Seed: 1})
	withAccusation, denials, via := 0, 0, 0
	for _, a := range arts {
		f := x.Extract(a)
		if len(f.Accusations) > 0 {
			withAccusation++
		}
		denials += len(f.Denials)
		for _, acc := range f.Accusations {
			via += len(acc.Via)
		}
	}
	t.Logf("%d of %d articles with an accusation, %d denials, %d via steps", withAccusation, len(arts), denials, via)
	if withAccusation < len(arts)/2 || denials == 0 || via == 0 {
		t.Fatalf("got %d of %d articles with an accusation, %d denials, %d via steps; want at least half, and some of each",
			withAccusation, len(arts), denials, via)
	}
}

func TestWriteJSONL(t *testing.T) {
	arts := bench.Corpus(bench.CorpusOptions{Articles: 20, Seed: 3})
	var buf bytes.Buffer
	if err := bench.WriteJSONL(&buf, arts); err != nil {
		t.Fatal(err)
	}
	items := input.ParseBytes("corpus.jsonl", buf.Bytes(), input.Options{})
	if got, want := len(items), len(arts); got != want {
		t.Fatalf("read %d articles back, want %d", got, want)
	}
	for i, it := range items {
		if it.Err != nil {
			t.Fatalf("line %d: %v", i+1, it.Err)
		}
		got, want := it.Article, arts[i]
		if claimgraph.ArticleID(got.ID) != want.ID || got.Title != want.Title || got.Text != want.Text ||
			got.Lang != want.Lang || got.Publisher != want.Publisher || !got.Published.Equal(want.Published) {
			t.Fatalf("line %d: got %+v, want %+v", i+1, got, want)
		}
	}
}
