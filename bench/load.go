package bench

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/loader"
)

// LoadStore is what the load benchmark needs: the writer under test, the
// fact-by-fact baseline, and a way to measure and empty the graph.
// *neo4jstore.Store implements it.
type LoadStore interface {
	claimgraph.Writer
	WriteFactByFact(ctx context.Context, b claimgraph.Batch) error
	// Counts returns how many nodes and relationships the graph holds.
	Counts(ctx context.Context) (nodes, rels int, err error)
	// Wipe empties the graph, keeping the schema.
	Wipe(ctx context.Context) error
}

// The names of the runs in a load result.
const (
	ExtractRun  = "extraction only (no database)"
	PipelineRun = "pipeline"
	BatchedRun  = "batched writes only"
	BaselineRun = "baseline: tx per fact"
)

// LoadSetting is one configuration of the pipeline.
type LoadSetting struct{ Workers, BatchSize int }

// LoadConfig says what the load benchmark runs.
type LoadConfig struct {
	Store     LoadStore
	Extractor loader.Extractor
	// Paths are the corpus files the pipeline reads, as `claimgraph load`
	// would be given them.
	Paths []string
	// Articles is the corpus in memory, for the extraction-only timing.
	Articles []claimgraph.Article
	// Settings are the pipeline runs, each on a freshly wiped graph.
	Settings []LoadSetting
	// BaselineArticles is how many of the articles the fact-by-fact
	// baseline writes (it is slow, so usually a subset). Batched writes and
	// the baseline run once for each of BaselineWorkers concurrent
	// writers (default one): one writer shows the cost of transactions
	// alone, more show what lock contention adds.
	BaselineArticles int
	BaselineWorkers  []int
	// Repeat is how many times each measurement runs; the median is
	// reported. 0 means once.
	Repeat int
	Logger *slog.Logger
}

// LoadResult is one measured run.
type LoadResult struct {
	Name               string
	Workers, BatchSize int
	Articles           int
	Rejected           int
	// Transactions is how many write transactions the run committed
	// (groups for batched writes, facts for the baseline); 0 if not known.
	Transactions  int
	Nodes, Rels   int
	Elapsed       time.Duration
	Accusations   int
	Denials       int
	ExtractedOnly bool
	// Runs is how many times the measurement ran; the fields above are
	// those of the median run, and MinRelsPerSec and MaxRelsPerSec the
	// range over all runs.
	Runs                         int
	MinRelsPerSec, MaxRelsPerSec float64
	// Load is the highest one-minute load average at the start of a run
	// (-1 if unknown).
	Load float64
}

// ArticlesPerSec is the article throughput.
func (r LoadResult) ArticlesPerSec() float64 { return perSec(r.Articles, r.Elapsed) }

// RelsPerSec is the relationship throughput: relationships written (the
// growth of the graph's relationship count) per second.
func (r LoadResult) RelsPerSec() float64 { return perSec(r.Rels, r.Elapsed) }

func perSec(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// recorder passes writes through and keeps the batches that were loaded, so
// the baseline writes exactly what the pipeline wrote.
type recorder struct {
	claimgraph.Writer
	keep    bool
	mu      sync.Mutex
	batches []claimgraph.Batch
	groups  int
}

func (r *recorder) WriteBatches(ctx context.Context, batches []claimgraph.Batch) ([]claimgraph.WriteStatus, error) {
	st, err := r.Writer.WriteBatches(ctx, batches)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.groups++
	for i, s := range st {
		if r.keep && s == claimgraph.Loaded {
			r.batches = append(r.batches, batches[i])
		}
	}
	return st, err
}

// RunLoad measures, in this order: extraction alone (no database); one
// unmeasured warm-up run of the pipeline (the JVM compiles, Neo4j plans the
// statements; the run also records the batches for the baseline); the real
// pipeline (read, extract, resolve, batched UNWIND writes) for each setting
// over the whole corpus; then, on the first BaselineArticles of the
// recorded batches, batched writes alone and the one-transaction-per-fact
// baseline, so the two write strategies are compared on identical input
// without extraction in either. Each measurement is repeated Repeat times
// and the median run (by elapsed time) reported, with the range of rel/s;
// every database run starts from a wiped graph.
func RunLoad(ctx context.Context, cfg LoadConfig) ([]LoadResult, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if len(cfg.Settings) == 0 {
		return nil, fmt.Errorf("no pipeline settings")
	}
	cfg.Repeat = max(cfg.Repeat, 1)
	var out []LoadResult

	if len(cfg.Articles) > 0 {
		cfg.Logger.Info("extraction only", "articles", len(cfg.Articles), "workers", cfg.Settings[0].Workers)
		res, _ := repeat(cfg.Repeat, func() (LoadResult, error) {
			return extractOnly(cfg.Extractor, cfg.Articles, cfg.Settings[0].Workers), nil
		})
		out = append(out, res)
	}

	pipeline := func(st LoadSetting, r *recorder) (LoadResult, error) {
		if err := cfg.Store.Wipe(ctx); err != nil {
			return LoadResult{}, fmt.Errorf("wipe: %w", err)
		}
		load := loadAvg()
		start := time.Now()
		rep, err := loader.New(cfg.Extractor, r, loader.Options{Workers: st.Workers, BatchSize: st.BatchSize, Logger: cfg.Logger}).Load(ctx, cfg.Paths)
		elapsed := time.Since(start)
		if err != nil {
			return LoadResult{}, fmt.Errorf("pipeline (%d workers, batch %d): %w", st.Workers, st.BatchSize, err)
		}
		nodes, rels, err := cfg.Store.Counts(ctx)
		if err != nil {
			return LoadResult{}, err
		}
		return LoadResult{
			Name: PipelineRun, Workers: st.Workers, BatchSize: st.BatchSize,
			Articles: rep.Loaded, Rejected: rep.Rejected, Transactions: r.groups,
			Nodes: nodes, Rels: rels, Elapsed: elapsed, Accusations: rep.Accusations, Denials: rep.Denials, Load: load,
		}, nil
	}

	cfg.Logger.Info("warm-up pipeline run (not measured)", "workers", cfg.Settings[0].Workers, "batch", cfg.Settings[0].BatchSize)
	rec := &recorder{Writer: cfg.Store, keep: true}
	if _, err := pipeline(cfg.Settings[0], rec); err != nil {
		return out, err
	}
	for _, st := range cfg.Settings {
		cfg.Logger.Info("pipeline", "workers", st.Workers, "batch", st.BatchSize, "runs", cfg.Repeat)
		// Measured runs record too (without keeping), so they pay the same
		// small overhead as the warm-up.
		res, err := repeat(cfg.Repeat, func() (LoadResult, error) { return pipeline(st, &recorder{Writer: cfg.Store}) })
		if err != nil {
			return out, err
		}
		out = append(out, res)
	}

	// The recorded order depends on scheduling; sorting by article id
	// makes the subset the same in every run.
	subset := rec.batches
	sort.Slice(subset, func(i, j int) bool { return subset[i].Article.ID < subset[j].Article.ID })
	if n := cfg.BaselineArticles; n > 0 && n < len(subset) {
		subset = subset[:n]
	}
	if len(subset) == 0 || cfg.BaselineArticles == 0 {
		return out, nil
	}
	if len(cfg.BaselineWorkers) == 0 {
		cfg.BaselineWorkers = []int{1}
	}
	first := cfg.Settings[0]
	for _, workers := range cfg.BaselineWorkers {
		workers = max(workers, 1)
		cfg.Logger.Info("batched writes on the baseline subset", "articles", len(subset), "workers", workers, "batch", first.BatchSize, "runs", cfg.Repeat)
		res, err := repeat(cfg.Repeat, func() (LoadResult, error) {
			return timeWrites(ctx, cfg.Store, subset, workers, func(ctx context.Context, group []claimgraph.Batch) (int, error) {
				_, err := cfg.Store.WriteBatches(ctx, group)
				return 1, err
			}, first.BatchSize)
		})
		if err != nil {
			return out, fmt.Errorf("batched writes: %w", err)
		}
		res.Name, res.BatchSize = BatchedRun, first.BatchSize
		out = append(out, res)

		cfg.Logger.Info("baseline: one transaction per fact", "articles", len(subset), "workers", workers, "runs", cfg.Repeat)
		res, err = repeat(cfg.Repeat, func() (LoadResult, error) {
			return timeWrites(ctx, cfg.Store, subset, workers, func(ctx context.Context, group []claimgraph.Batch) (int, error) {
				n := 0
				for _, b := range group {
					if err := cfg.Store.WriteFactByFact(ctx, b); err != nil {
						return n, err
					}
					n += Facts(b)
				}
				return n, nil
			}, 1)
		})
		if err != nil {
			return out, fmt.Errorf("baseline: %w", err)
		}
		res.Name, res.BatchSize = BaselineRun, 0
		out = append(out, res)
	}
	return out, nil
}

// repeat runs f n times and returns the median run by elapsed time, with
// the range of rel/s over all runs and the highest load average seen.
func repeat(n int, f func() (LoadResult, error)) (LoadResult, error) {
	var runs []LoadResult
	for range n {
		r, err := f()
		if err != nil {
			return r, err
		}
		runs = append(runs, r)
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].Elapsed < runs[j].Elapsed })
	med := runs[len(runs)/2]
	med.Runs = len(runs)
	med.MinRelsPerSec, med.MaxRelsPerSec = runs[len(runs)-1].RelsPerSec(), runs[0].RelsPerSec()
	for _, r := range runs {
		med.Load = max(med.Load, r.Load)
	}
	return med, nil
}

// loadAvg returns the one-minute load average of the machine, or -1 where
// /proc/loadavg does not exist. Other processes on the same cores skew a
// measurement; the table shows how busy the machine was.
func loadAvg() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return -1
	}
	var l float64
	if _, err := fmt.Sscan(string(b), &l); err != nil {
		return -1
	}
	return l
}

// Facts counts the transactions WriteFactByFact spends on b: one per
// article, entity, mention, publisher link, affiliation, accusation, via
// step and denial.
func Facts(b claimgraph.Batch) int {
	n := 1 + len(b.Entities) + len(b.Mentions) + len(b.Accusations) + len(b.Denials)
	if b.PublisherID != "" {
		n++
	}
	for _, e := range b.Entities {
		if e.Type == claimgraph.Official && e.AffiliationID != "" {
			n++
		}
	}
	for _, r := range b.Accusations {
		n += len(r.Accusation.Via)
	}
	return n
}

// timeWrites wipes the graph, then writes batches in groups of size from
// workers goroutines through write (which returns the transactions it
// committed), and measures the graph it leaves.
func timeWrites(ctx context.Context, s LoadStore, batches []claimgraph.Batch, workers int,
	write func(context.Context, []claimgraph.Batch) (int, error), size int) (LoadResult, error) {
	if err := s.Wipe(ctx); err != nil {
		return LoadResult{}, fmt.Errorf("wipe: %w", err)
	}
	groups := make(chan []claimgraph.Batch)
	go func() {
		defer close(groups)
		for i := 0; i < len(batches); i += size {
			select {
			case groups <- batches[i:min(i+size, len(batches))]:
			case <-ctx.Done():
				return
			}
		}
	}()
	var (
		mu       sync.Mutex
		firstErr error
		txs      int
		wg       sync.WaitGroup
	)
	load := loadAvg()
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for g := range groups {
				n, err := write(ctx, g)
				mu.Lock()
				txs += n
				if err != nil && firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if firstErr != nil {
		return LoadResult{}, firstErr
	}
	nodes, rels, err := s.Counts(ctx)
	if err != nil {
		return LoadResult{}, err
	}
	res := LoadResult{Workers: workers, Articles: len(batches), Transactions: txs, Nodes: nodes, Rels: rels, Elapsed: elapsed, Load: load}
	for _, b := range batches {
		res.Accusations += len(b.Accusations)
		res.Denials += len(b.Denials)
	}
	return res, nil
}

// extractOnly times the extractor and identity resolution alone over the
// corpus with the given number of goroutines: the CPU part of the pipeline.
func extractOnly(x loader.Extractor, articles []claimgraph.Article, workers int) LoadResult {
	workers = max(workers, 1)
	next := make(chan claimgraph.Article)
	go func() {
		defer close(next)
		for _, a := range articles {
			next <- a
		}
	}()
	var mu sync.Mutex
	res := LoadResult{Name: ExtractRun, Workers: workers, ExtractedOnly: true, Load: loadAvg()}
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range next {
				facts, err := x.ExtractChecked(a)
				var b claimgraph.Batch
				if err == nil {
					b, err = loader.Build(x, a, facts)
				}
				mu.Lock()
				if err != nil {
					res.Rejected++
				} else {
					res.Articles++
					res.Accusations += len(b.Accusations)
					res.Denials += len(b.Denials)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	return res
}
