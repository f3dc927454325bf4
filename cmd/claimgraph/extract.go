package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/loader/extract"
	"github.com/claimgraph/claimgraph/loader/input"
)

// extract prints one JSON object per article, in the FORMAT.md shape: the
// contract external evaluation reads. Rejected inputs go to stderr and make
// the exit status 1; the others are still printed.
func (a *App) extract(ctx context.Context, args []string) error {
	fs := a.flags("extract", "[flags] PATH...")
	maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest input file (or JSON Lines line) read")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"extract needs at least one PATH (a file, a directory or - for stdin)"}
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(a.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	rejected := 0
	err = input.Read(ctx, fs.Args(), input.Options{MaxBytes: *maxBytes, Stdin: a.Stdin}, func(it input.Item) error {
		if it.Err == nil {
			it.Err = it.Article.Validate()
		}
		if it.Err != nil {
			rejected++
			fmt.Fprintf(a.Stderr, "rejected %s\n", it.Err)
			return nil
		}
		facts, err := x.ExtractChecked(it.Article)
		if err != nil {
			rejected++
			fmt.Fprintf(a.Stderr, "rejected %s: %v\n", it.Article.Name, err)
			return nil
		}
		normalizeFacts(&facts)
		return enc.Encode(facts)
	})
	if err != nil {
		return err
	}
	if rejected > 0 {
		return errRejected
	}
	return nil
}

// normalizeFacts makes empty lists print as [] rather than null, so
// consumers can iterate without checks.
func normalizeFacts(f *claimgraph.ArticleFacts) {
	if f.Entities == nil {
		f.Entities = []claimgraph.FactEntity{}
	}
	if f.Accusations == nil {
		f.Accusations = []claimgraph.FactAccusation{}
	}
	if f.Denials == nil {
		f.Denials = []claimgraph.FactDenial{}
	}
	for i := range f.Entities {
		if f.Entities[i].Aliases == nil {
			f.Entities[i].Aliases = []string{}
		}
	}
	for i := range f.Accusations {
		if f.Accusations[i].Via == nil {
			f.Accusations[i].Via = []string{}
		}
	}
}
