package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/loader/extract"
	"github.com/claimgraph/claimgraph/loader/input"
)

func (a *App) load(ctx context.Context, args []string) error {
	fs := a.flags("load", "[flags] PATH...")
	workers := fs.Int("workers", 0, "extraction workers and concurrent write transactions (0: one per CPU)")
	batch := fs.Int("batch", 50, "articles per write transaction")
	annotated := fs.Bool("annotated", false, "load the annotations JSON inputs carry as they stand instead of extracting")
	reportPath := fs.String("report", "", "write the full report (with every reject) as JSON to this file")
	maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest input file (or JSON Lines line) read")
	wait := fs.Duration("wait", 60*time.Second, "how long to wait for Neo4j to answer")
	quiet := fs.Bool("quiet", false, "no progress output")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"load needs at least one PATH (a file, a directory or - for stdin)"}
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	store, err := a.openStore(ctx, *wait)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))

	opts := loader.Options{
		Workers:   *workers,
		BatchSize: *batch,
		Annotated: *annotated,
		Input:     input.Options{MaxBytes: *maxBytes, Stdin: a.Stdin},
		Logger:    a.log,
	}
	if !*quiet {
		opts.Progress = a.progress()
	}
	rep, loadErr := loader.New(x, store, opts).Load(ctx, fs.Args())
	if rep != nil {
		for _, r := range rep.Rejects {
			fmt.Fprintf(a.Stderr, "rejected %s (%s): %s\n", r.Source, r.Stage, r.Reason)
		}
		fmt.Fprintln(a.Stderr, rep.Summary())
		if *reportPath != "" {
			if err := writeReport(*reportPath, rep); err != nil {
				return err
			}
		}
	}
	if loadErr != nil {
		return loadErr
	}
	if !rep.OK() {
		return errRejected
	}
	return nil
}

func writeReport(path string, rep *loader.Report) error {
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
