package loader

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/loader/input"
)

// Options tune a Loader. The zero value is usable.
type Options struct {
	// Workers is the number of extraction workers and of concurrent write
	// transactions; 0 means the number of CPUs.
	Workers int
	// BatchSize is the number of articles written per transaction; 0 means
	// 50. Larger batches mean fewer round trips; each article still lands
	// completely or not at all.
	BatchSize int
	// Annotated loads the facts a JSON input carries (FORMAT.md
	// annotations) as they stand instead of extracting them. Inputs without
	// annotations are extracted as usual.
	Annotated bool
	// Input controls reading (size limits, stdin, clock).
	Input input.Options
	// Progress, if set, hears about every article finished.
	Progress Progress
	// Retries is how many times a write that failed because the database
	// was unavailable is tried again, with backoff; 0 means 3.
	Retries int
	Logger  *slog.Logger
}

// Progress is told how many articles to expect and when each is done, so
// the command can draw a bar on a terminal or log lines elsewhere.
type Progress interface {
	// Start announces the expected number of articles, or -1 if unknown.
	Start(total int)
	Add(n int)
	Finish()
}

// Loader runs articles through extraction and identity resolution into a
// Writer. It is safe for concurrent use.
type Loader struct {
	x    Extractor
	w    claimgraph.Writer
	opts Options
}

// New returns a Loader writing through w.
func New(x Extractor, w claimgraph.Writer, opts Options) *Loader {
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 50
	}
	if opts.Retries <= 0 {
		opts.Retries = 3
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	opts.Input.Annotated = opts.Annotated
	return &Loader{x: x, w: w, opts: opts}
}

// Stage names where an input was stopped.
const (
	StageRead    = "read"
	StageExtract = "extract"
	StageWrite   = "write"
)

// Reject is one input that was not loaded, and why.
type Reject struct {
	Source string `json:"source"`
	Stage  string `json:"stage"`
	Reason string `json:"reason"`
}

// Report says what a Load did with every input: each article is loaded,
// unchanged or rejected (Failed counts write failures among the rejects).
type Report struct {
	Loaded    int `json:"loaded"`
	Unchanged int `json:"unchanged"`
	Rejected  int `json:"rejected"`
	// Failed counts articles that were read and extracted but could not be
	// written; they are among Rejects with stage "write".
	Failed int `json:"failed"`
	// Skipped counts paths passed over without reading (hidden files,
	// unknown extensions); they are not articles.
	Skipped     int           `json:"skipped"`
	Entities    int           `json:"entities"`
	Accusations int           `json:"accusations"`
	Denials     int           `json:"denials"`
	Rejects     []Reject      `json:"rejects"`
	Elapsed     time.Duration `json:"elapsedNs"`
}

// OK reports whether every input was loaded or unchanged.
func (r *Report) OK() bool { return r.Rejected == 0 && r.Failed == 0 }

// Summary is the one-line account the command prints.
func (r *Report) Summary() string {
	return fmt.Sprintf("%d loaded, %d unchanged, %d rejected (%d failed to write), %d skipped; %d entities, %d accusations, %d denials in loaded articles; %s",
		r.Loaded, r.Unchanged, r.Rejected, r.Failed, r.Skipped, r.Entities, r.Accusations, r.Denials, r.Elapsed.Round(time.Millisecond))
}

// report is a Report under construction by many goroutines.
type report struct {
	mu sync.Mutex
	Report
}

func (r *report) reject(source, stage string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Rejected++
	if stage == StageWrite {
		r.Failed++
	}
	r.Rejects = append(r.Rejects, Reject{Source: source, Stage: stage, Reason: errorText(err)})
}

func errorText(err error) string {
	var re *input.RejectError
	if errors.As(err, &re) {
		// The item's source already names the file and line.
		if re.Column > 0 {
			return fmt.Sprintf("column %d: %s", re.Column, re.Reason)
		}
		return re.Reason
	}
	return err.Error()
}

// Load reads paths (files, directories, "-"), extracts, resolves and
// writes every article. Bad inputs are rejected into the report and never
// stop the others. It returns an error only when the whole run cannot go
// on: ctx is cancelled, or the database stays unavailable after retries;
// the report then covers what was done before.
func (l *Loader) Load(ctx context.Context, paths []string) (*Report, error) {
	start := time.Now()
	rep := &report{}
	if l.opts.Progress != nil {
		l.opts.Progress.Start(Estimate(paths))
		defer l.opts.Progress.Finish()
	}

	items := make(chan input.Item, 4*l.opts.Workers)
	batches := make(chan claimgraph.Batch, 4*l.opts.BatchSize)

	var readErr error
	var stats input.Stats
	go func() {
		defer close(items)
		stats, readErr = input.ReadStats(ctx, paths, l.opts.Input, func(it input.Item) error {
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var extractors sync.WaitGroup
	for range l.opts.Workers {
		extractors.Add(1)
		go func() {
			defer extractors.Done()
			for it := range items {
				b, err := l.prepare(it)
				if err != nil {
					rep.reject(it.Source, stageOf(it), err)
					l.progress(1)
					continue
				}
				batches <- b
			}
		}()
	}
	go func() {
		extractors.Wait()
		close(batches)
	}()

	// Once the database has stayed unavailable through the retries, the
	// remaining groups are not attempted but still reported, one reject
	// per article, so the report accounts for every input.
	var fatalMu sync.Mutex
	var fatal error
	var writers sync.WaitGroup
	grouped := groups(batches, l.opts.BatchSize)
	for range l.opts.Workers {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for group := range grouped {
				fatalMu.Lock()
				stop := fatal
				fatalMu.Unlock()
				if stop == nil && ctx.Err() != nil {
					stop = ctx.Err()
				}
				if stop != nil {
					for _, b := range group {
						rep.reject(b.Article.Source, StageWrite, fmt.Errorf("not written: %w", stop))
					}
					l.progress(len(group))
					continue
				}
				if err := l.writeGroup(ctx, group, rep); err != nil {
					fatalMu.Lock()
					if fatal == nil {
						fatal = err
					}
					fatalMu.Unlock()
				}
			}
		}()
	}
	writers.Wait()

	rep.Skipped = stats.Skipped
	rep.Elapsed = time.Since(start)
	sort.SliceStable(rep.Rejects, func(i, j int) bool { return rep.Rejects[i].Source < rep.Rejects[j].Source })
	out := rep.Report
	switch {
	case fatal != nil:
		return &out, fatal
	case ctx.Err() != nil:
		return &out, ctx.Err()
	case readErr != nil:
		return &out, readErr
	}
	return &out, nil
}

func stageOf(it input.Item) string {
	if it.Err != nil {
		return StageRead
	}
	return StageExtract
}

func (l *Loader) progress(n int) {
	if l.opts.Progress != nil {
		l.opts.Progress.Add(n)
	}
}

// prepare turns one read item into a batch: the rejection of the reader,
// or the facts (annotated or extracted) resolved to global ids.
func (l *Loader) prepare(it input.Item) (b claimgraph.Batch, err error) {
	if it.Err != nil {
		return b, it.Err
	}
	// The extractor is fuzzed never to panic and reports a bug it recovers
	// from; this guard keeps any other from taking the whole load down
	// with one article.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extraction failed: %v", r)
		}
	}()
	it.Article.ID = claimgraph.ArticleID(it.Article.ID)
	if it.Article.Lang == "" {
		it.Article.Lang = input.DetectLang(it.Article.Text)
	}
	if err := it.Article.Validate(); err != nil {
		return b, err
	}
	var facts claimgraph.ArticleFacts
	if l.opts.Annotated && it.Facts != nil {
		facts = *it.Facts
	} else {
		if facts, err = l.x.ExtractChecked(it.Article); err != nil {
			return b, err
		}
	}
	return Build(l.x, it.Article, facts)
}

// groups collects batches into slices of up to size, flushing early when
// the channel runs dry so a slow reader does not hold finished work back.
func groups(in <-chan claimgraph.Batch, size int) <-chan []claimgraph.Batch {
	out := make(chan []claimgraph.Batch)
	go func() {
		defer close(out)
		for b := range in {
			group := []claimgraph.Batch{b}
		fill:
			for len(group) < size {
				select {
				case next, ok := <-in:
					if !ok {
						break fill
					}
					group = append(group, next)
				default:
					break fill
				}
			}
			out <- group
		}
	}()
	return out
}

// writeGroup writes one group, retrying while the database is unavailable.
// A write error that is not unavailability rejects the articles concerned
// and returns nil; only lasting unavailability is returned.
func (l *Loader) writeGroup(ctx context.Context, group []claimgraph.Batch, rep *report) error {
	var statuses []claimgraph.WriteStatus
	var err error
	for attempt := 0; ; attempt++ {
		statuses, err = l.w.WriteBatches(ctx, group)
		if err == nil || claimgraph.ErrorCode(err) != claimgraph.EUNAVAILABLE || attempt == l.opts.Retries || ctx.Err() != nil {
			break
		}
		wait := time.Duration(1<<attempt) * time.Second
		l.opts.Logger.Warn("database unavailable, retrying", "articles", len(group), "in", wait, "err", err)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
		}
	}
	rep.mu.Lock()
	for i, st := range statuses {
		b := &group[i]
		switch st {
		case claimgraph.Loaded:
			rep.Loaded++
			rep.Entities += len(b.Entities)
			rep.Accusations += len(b.Accusations)
			rep.Denials += len(b.Denials)
		case claimgraph.Unchanged:
			rep.Unchanged++
		}
	}
	rep.mu.Unlock()
	l.progress(len(statuses))
	if err == nil {
		return nil
	}
	failed := group[len(statuses):]
	if claimgraph.ErrorCode(err) == claimgraph.EUNAVAILABLE {
		for _, b := range failed {
			rep.reject(b.Article.Source, StageWrite, err)
		}
		l.progress(len(failed))
		return err
	}
	// The store names the failing article; the ones after it in the group
	// were not attempted, so they are written one by one.
	rep.reject(failed[0].Article.Source, StageWrite, err)
	l.progress(1)
	for i := 1; i < len(failed); i++ {
		if err := l.writeGroup(ctx, failed[i:i+1], rep); err != nil {
			return err
		}
	}
	return nil
}

// Ingest loads one article given in memory, through the same extraction,
// resolution and write as Load. See claimgraph.Ingester.
func (l *Loader) Ingest(ctx context.Context, a claimgraph.Article) (*claimgraph.IngestResult, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	b, err := l.prepare(input.Item{Article: a, Source: a.Source})
	if err != nil {
		return nil, err
	}
	statuses, err := l.w.WriteBatches(ctx, []claimgraph.Batch{b})
	if err != nil {
		return nil, err
	}
	return &claimgraph.IngestResult{Status: statuses[0], Batch: b}, nil
}
