package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/bench"
	"github.com/claimgraph/claimgraph/loader/extract"
)

const benchUsage = `Usage:
  claimgraph bench load [flags]   load throughput: the pipeline against one transaction per fact
  claimgraph bench api  [flags]   GraphQL requests per second and latency on a large generated graph

Both need a Neo4j they may wipe (NEO4J_URI): they delete the whole graph.
Run 'claimgraph bench load -h' or 'claimgraph bench api -h' for the flags.
`

// bench runs the benchmarks of BENCHMARKS.md against the Neo4j of
// NEO4J_URI. It wipes that database, so scripts/bench.sh gives it a
// throw-away one.
func (a *App) bench(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(a.Stderr, benchUsage)
		return usageError{"bench needs a benchmark: load or api"}
	}
	switch args[0] {
	case "load":
		return a.benchLoad(ctx, args[1:])
	case "api":
		return a.benchAPI(ctx, args[1:])
	case "help", "-h", "--help":
		fmt.Fprint(a.Stdout, benchUsage)
		return nil
	}
	fmt.Fprint(a.Stderr, benchUsage)
	return usageError{fmt.Sprintf("unknown benchmark %q", args[0])}
}

func (a *App) benchLoad(ctx context.Context, args []string) error {
	fs := a.flags("bench load", "[flags]")
	articles := fs.Int("articles", 10000, "articles in the generated corpus")
	seed := fs.Uint64("seed", 1, "corpus seed; the same seed gives the same corpus")
	workers := fs.String("workers", "1,2,4", "comma-separated worker counts to run the pipeline with")
	batches := fs.String("batch", "50,200", "comma-separated batch sizes (articles per transaction); every worker count runs with every size")
	baseline := fs.Int("baseline", 1000, "articles the one-transaction-per-fact baseline writes (0: skip it)")
	repeat := fs.Int("repeat", 3, "runs of each measurement; the median is reported")
	baselineWorkers := fs.String("baseline-workers", "1,2", "comma-separated concurrent writer counts for the baseline and the batched writes it is compared with")
	dir := fs.String("dir", "", "directory for the generated corpus file (default: a temporary one, removed afterwards)")
	wait := fs.Duration("wait", 60*time.Second, "how long to wait for Neo4j to answer")
	if err := parse(fs, args); err != nil {
		return err
	}
	ws, err := intList(*workers)
	if err != nil {
		return usageError{"--workers: " + err.Error()}
	}
	bs, err := intList(*batches)
	if err != nil {
		return usageError{"--batch: " + err.Error()}
	}
	bws, err := intList(*baselineWorkers)
	if err != nil {
		return usageError{"--baseline-workers: " + err.Error()}
	}
	if *articles <= 0 {
		return usageError{"--articles must be positive"}
	}
	var settings []bench.LoadSetting
	for _, w := range ws {
		for _, b := range bs {
			settings = append(settings, bench.LoadSetting{Workers: w, BatchSize: b})
		}
	}

	corpus := bench.Corpus(bench.CorpusOptions{Articles: *articles, Seed: *seed})
	path, cleanup, err := writeCorpus(*dir, corpus)
	if err != nil {
		return err
	}
	defer cleanup()
	words := 0
	for _, art := range corpus {
		words += len(strings.FieldsFunc(art.Text, unicode.IsSpace))
	}
	fmt.Fprintf(a.Stdout, "corpus: %d articles (seed %d), %d words, %s\n", len(corpus), *seed, words, path)

	x, err := extract.New()
	if err != nil {
		return err
	}
	store, err := a.openStore(ctx, *wait)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))

	rs, err := bench.RunLoad(ctx, bench.LoadConfig{
		Store: store, Extractor: x, Paths: []string{path}, Articles: corpus, Settings: settings,
		BaselineArticles: *baseline, BaselineWorkers: bws, Repeat: *repeat, Logger: a.log,
	})
	fmt.Fprintf(a.Stdout, "\nload throughput (GOMAXPROCS %d; every database run on a freshly wiped graph, after one unmeasured warm-up run):\n", runtime.GOMAXPROCS(0))
	if werr := bench.WriteLoadTable(a.Stdout, rs); werr != nil {
		return werr
	}
	if err != nil {
		return err
	}
	// Emptied, so the API benchmark that usually follows does not find a
	// stale graph (it wipes too, but this frees the page cache sooner).
	return store.Wipe(ctx)
}

// writeCorpus writes the corpus as one JSON Lines file in dir, or in a new
// temporary directory that cleanup removes.
func writeCorpus(dir string, corpus []claimgraph.Article) (path string, cleanup func(), err error) {
	cleanup = func() {}
	if dir == "" {
		if dir, err = os.MkdirTemp("", "claimgraph-bench-"); err != nil {
			return "", cleanup, err
		}
		tmp := dir
		cleanup = func() { os.RemoveAll(tmp) }
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", cleanup, err
	}
	path = filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		return "", cleanup, err
	}
	if err := bench.WriteJSONL(f, corpus); err != nil {
		f.Close()
		return "", cleanup, fmt.Errorf("write corpus: %w", err)
	}
	if err := f.Close(); err != nil {
		return "", cleanup, fmt.Errorf("write corpus: %w", err)
	}
	return path, cleanup, nil
}

func (a *App) benchAPI(ctx context.Context, args []string) error {
	fs := a.flags("bench api", "[flags]")
	entities := fs.Int("entities", 100000, "entities in the generated graph (relationships follow, about eight per entity)")
	seed := fs.Uint64("seed", 1, "graph and request seed")
	duration := fs.Duration("duration", 20*time.Second, "measured time per query")
	warmup := fs.Duration("warmup", 5*time.Second, "unmeasured warm-up per query")
	clients := fs.Int("clients", 8, "concurrent clients")
	reuse := fs.Bool("reuse", true, "keep a graph of the same --entities and --seed if the database holds one")
	writeWorkers := fs.Int("write-workers", 2, "concurrent write transactions while building the graph")
	writeBatch := fs.Int("write-batch", 200, "articles per write transaction while building the graph")
	wait := fs.Duration("wait", 60*time.Second, "how long to wait for Neo4j to answer")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *entities < 100 || *clients < 1 || *duration <= 0 {
		return usageError{"--entities must be at least 100, --clients at least 1 and --duration positive"}
	}
	store, err := a.openStore(ctx, *wait)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))

	g := bench.NewGraph(bench.GraphOptions{Entities: *entities, Seed: *seed})
	build, err := bench.BuildGraph(ctx, store, g, *reuse, *writeWorkers, *writeBatch, a.log)
	if err != nil {
		return fmt.Errorf("build graph: %w", err)
	}
	how := fmt.Sprintf("written in %s (%.0f rel/s, %d workers, batch %d)", build.Elapsed.Round(time.Second),
		float64(build.Rels)/build.Elapsed.Seconds(), *writeWorkers, *writeBatch)
	if build.Reused {
		how = "reused from an earlier run"
	}
	fmt.Fprintf(a.Stdout, "graph: %d entities, %d nodes, %d relationships, %d articles; %s\n",
		build.Entities, build.Nodes, build.Rels, build.Articles, how)

	rs, err := bench.RunAPI(ctx, bench.APIConfig{
		Store: store, Queries: bench.Queries(g, g.AccusationIDs()), Clients: *clients,
		Warmup: *warmup, Duration: *duration, Seed: *seed, Logger: a.log,
	})
	fmt.Fprintf(a.Stdout, "\nGraphQL over HTTP (GOMAXPROCS %d, %d clients, %s per query after %s warm-up; client, server and Neo4j share the machine):\n",
		runtime.GOMAXPROCS(0), *clients, *duration, *warmup)
	if werr := bench.WriteAPITable(a.Stdout, rs); werr != nil {
		return werr
	}
	return err
}

// intList parses "1,2,4".
func intList(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("want positive numbers separated by commas, got %q", s)
		}
		out = append(out, n)
	}
	return out, nil
}
