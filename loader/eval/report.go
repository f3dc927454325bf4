package eval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/loader/extract"
)

// Report sums the scores of a corpus.
type Report struct {
	Articles    int                              `json:"articles"`
	Types       map[claimgraph.EntityType]Counts `json:"types"`
	Entities    Counts                           `json:"entities"` // micro over Company, Agency, Publication, Official
	Documents   Counts                           `json:"documents"`
	Accusations Counts                           `json:"accusations"`
	Denials     Counts                           `json:"denials"`
	ViaMatched  int                              `json:"via_matched"`
	ViaCorrect  int                              `json:"via_correct"`
	// Failed counts articles the extractor failed on (see
	// extract.ExtractChecked); a report with failures is not a clean run.
	Failed int `json:"failed"`
	// Via is ViaCorrect/ViaMatched: the share of matched accusations
	// whose chain names the gold set (1 when none matched).
	Via        float64        `json:"via"`
	PerArticle []ArticleScore `json:"per_article"`
}

// Evaluate runs x over every gold article and scores the results.
func Evaluate(x *extract.Extractor, golds []Gold) Report {
	var scores []ArticleScore
	for _, g := range golds {
		pred, err := x.ExtractChecked(g.Article)
		sc := Score(g.Facts, pred)
		if err != nil {
			sc.Error = err.Error()
			sc.Notes = append([]string{"FAILED: " + sc.Error}, sc.Notes...)
		}
		scores = append(scores, sc)
	}
	return Sum(scores)
}

// Sum adds article scores into a report.
func Sum(scores []ArticleScore) Report {
	r := Report{Types: map[claimgraph.EntityType]Counts{}, PerArticle: scores, Articles: len(scores)}
	for _, t := range claimgraph.EntityTypes {
		c := Counts{}
		c.finish()
		r.Types[t] = c
	}
	r.Entities.finish()
	r.Accusations.finish()
	r.Denials.finish()
	for _, sc := range scores {
		for _, t := range claimgraph.EntityTypes {
			c := r.Types[t]
			c.add(sc.Types[t])
			r.Types[t] = c
		}
		r.Entities.add(sc.Entities)
		r.Accusations.add(sc.Accusations)
		r.Denials.add(sc.Denials)
		r.ViaMatched += sc.ViaMatched
		r.ViaCorrect += sc.ViaCorrect
		if sc.Error != "" {
			r.Failed++
		}
	}
	r.Documents = r.Types[claimgraph.Document]
	r.Via = 1
	if r.ViaMatched > 0 {
		r.Via = float64(r.ViaCorrect) / float64(r.ViaMatched)
	}
	return r
}

// WriteText prints the report as tables: totals, then one line per
// article, then what each article missed or invented.
func (r Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\ttp\tfp\tfn\tP\tR\tF1\t\n", "")
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", name, c.TP, c.FP, c.FN, c.Precision, c.Recall, c.F1)
	}
	for _, t := range CoreTypes {
		row(string(t), r.Types[t])
	}
	row("entities (micro)", r.Entities)
	row("Document", r.Documents)
	row("accusations", r.Accusations)
	row("denials", r.Denials)
	fmt.Fprintf(tw, "via correct\t%d/%d\t\t\t\t\t%.3f\t\n", r.ViaCorrect, r.ViaMatched, r.Via)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d articles\n", r.Articles)
	if r.Failed > 0 {
		fmt.Fprintf(w, "%d articles FAILED in the extractor (see FAILED below); they score as misses\n", r.Failed)
	}
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "article\tent F1\tdoc F1\tacc F1\tden F1\tvia\t\n")
	for _, sc := range r.PerArticle {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%d/%d\t\n", sc.ID, sc.Entities.F1, sc.Documents.F1, sc.Accusations.F1, sc.Denials.F1, sc.ViaCorrect, sc.ViaMatched)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, sc := range r.PerArticle {
		if len(sc.Missed)+len(sc.Spurious)+len(sc.Notes) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s\n", sc.ID)
		if len(sc.Missed) > 0 {
			fmt.Fprintf(w, "  missed:   %s\n", strings.Join(sc.Missed, "; "))
		}
		if len(sc.Spurious) > 0 {
			fmt.Fprintf(w, "  spurious: %s\n", strings.Join(sc.Spurious, "; "))
		}
		for _, n := range sc.Notes {
			fmt.Fprintf(w, "  %s\n", n)
		}
	}
	return nil
}
