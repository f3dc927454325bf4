package main

import (
	"context"
	"encoding/json"

	"github.com/claimgraph/claimgraph/loader/eval"
	"github.com/claimgraph/claimgraph/loader/extract"
)

// eval scores the extractor against gold files (FORMAT.md) and prints
// precision, recall and F1 per entity type, for accusations and denials,
// and the share of correct via chains.
func (a *App) eval(ctx context.Context, args []string) error {
	fs := a.flags("eval", "[--json] PATH...")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"eval needs at least one gold file or directory"}
	}
	golds, err := eval.LoadGold(fs.Args()...)
	if err != nil {
		return usageError{err.Error()}
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	rep := eval.Evaluate(x, golds)
	if *asJSON {
		enc := json.NewEncoder(a.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return rep.WriteText(a.Stdout)
}
