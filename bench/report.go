package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/claimgraph/claimgraph"
)

// WriteJSONL writes articles as JSON Lines in the corpus FORMAT.md fields,
// the input `claimgraph load` reads, so the pipeline benchmark starts from
// files like a real load does.
func WriteJSONL(w io.Writer, articles []claimgraph.Article) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range articles {
		line := struct {
			ID        string `json:"id"`
			Lang      string `json:"lang"`
			Title     string `json:"title"`
			Published string `json:"published,omitempty"`
			Publisher string `json:"publisher,omitempty"`
			Text      string `json:"text"`
		}{a.Name, a.Lang, a.Title, "", a.Publisher, a.Text}
		if !a.Published.IsZero() {
			line.Published = a.Published.Format(time.DateOnly)
		}
		if err := enc.Encode(line); err != nil {
			return err
		}
	}
	return nil
}

// WriteLoadTable prints load results as an aligned table, with the
// speed-up of batched writes over the fact-by-fact baseline.
func WriteLoadTable(w io.Writer, rs []LoadResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "run\tworkers\tbatch\truns\tarticles\trejected\taccusations\tdenials\ttransactions\tnodes\trelationships\telapsed\tarticles/s\trel/s\trel/s range\tload\t")
	var bestPipeline, bestBaseline float64
	batched, baseline := map[int]float64{}, map[int]float64{}
	var workers []int
	for _, r := range rs {
		batch, txs, nodes, rels, relps, rng, load := "-", "-", "-", "-", "-", "-", "-"
		if r.BatchSize > 0 {
			batch = fmt.Sprint(r.BatchSize)
		}
		if !r.ExtractedOnly {
			txs, nodes, rels = fmt.Sprint(r.Transactions), fmt.Sprint(r.Nodes), fmt.Sprint(r.Rels)
			relps = fmt.Sprintf("%.0f", r.RelsPerSec())
			if r.Runs > 1 {
				rng = fmt.Sprintf("%.0f–%.0f", r.MinRelsPerSec, r.MaxRelsPerSec)
			}
		}
		if r.Load >= 0 {
			load = fmt.Sprintf("%.1f", r.Load)
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%.1f\t%s\t%s\t%s\t\n", r.Name, r.Workers, batch, max(r.Runs, 1),
			r.Articles, r.Rejected, r.Accusations, r.Denials, txs, nodes, rels, r.Elapsed.Round(10*time.Millisecond), r.ArticlesPerSec(), relps, rng, load)
		switch r.Name {
		case PipelineRun:
			bestPipeline = max(bestPipeline, r.RelsPerSec())
		case BatchedRun:
			batched[r.Workers] = r.RelsPerSec()
		case BaselineRun:
			baseline[r.Workers] = r.RelsPerSec()
			bestBaseline = max(bestBaseline, r.RelsPerSec())
			workers = append(workers, r.Workers)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nelapsed and rates are those of the median run; load is the highest 1-minute load average at the start of a run")
	if bestBaseline > 0 {
		fmt.Fprintln(w, "speed-up in rel/s over one transaction per fact:")
		fmt.Fprintf(w, "  best full pipeline (with extraction) over the best baseline: %.1fx\n", bestPipeline/bestBaseline)
		for _, n := range workers {
			if batched[n] > 0 && baseline[n] > 0 {
				fmt.Fprintf(w, "  batched writes alone over the baseline, same articles, %d writer(s): %.1fx\n", n, batched[n]/baseline[n])
			}
		}
	}
	return nil
}

// WriteAPITable prints API results as an aligned table.
func WriteAPITable(w io.Writer, rs []APIResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "query\tclients\trequests\terrors\treq/s\tp50\tp99\tmean\tmax\tbytes/resp\tload\t")
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
	for _, r := range rs {
		load := "-"
		if r.Load >= 0 {
			load = fmt.Sprintf("%.1f", r.Load)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.1f\t%s\t%s\t%s\t%s\t%d\t%s\t\n", r.Query, r.Clients, r.Requests, r.Errors,
			r.RequestsPerSec(), ms(r.P50), ms(r.P99), ms(r.Mean), ms(r.Worst), r.Bytes, load)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range rs {
		if r.FirstError != "" {
			fmt.Fprintf(w, "first error of %s: %s\n", r.Query, r.FirstError)
		}
	}
	return nil
}
