package graph

import (
	"time"

	"github.com/claimgraph/claimgraph"
)

// Complexity weights list fields by how many items they can return, so
// the complexity limit bounds the rows a request can make the database
// produce: a connection costs its page size times what each item selects.

func pageCost(first *int) int {
	if first == nil {
		return claimgraph.DefaultPageSize
	}
	return max(1, min(*first, claimgraph.MaxPageSize))
}

func connCost(child int, first *int, _ *string) int { return 1 + child*pageCost(first) }

func evidenceCost(child int, first *int) int {
	n := claimgraph.DefaultPageSize
	if first != nil {
		n = max(1, min(*first, claimgraph.MaxEvidence))
	}
	return 1 + child*n
}

// listCost is for unbounded-looking lists whose size the store caps.
func listCost(n int) func(int) int { return func(child int) int { return 1 + child*n } }

// setComplexity fills the weights of every list field.
func setComplexity(c *ComplexityRoot) {
	for _, e := range []*struct {
		AccusationsMade     func(childComplexity int, first *int, after *string) int
		AccusationsReceived func(childComplexity int, first *int, after *string) int
		Aliases             func(childComplexity int) int
		Articles            func(childComplexity int, first *int, after *string) int
		DenialsMade         func(childComplexity int, first *int, after *string) int
		ID                  func(childComplexity int) int
		Name                func(childComplexity int) int
		Officials           func(childComplexity int, first *int, after *string) int
		Type                func(childComplexity int) int
	}{&c.Company, &c.Agency, &c.Document} {
		e.AccusationsMade, e.AccusationsReceived, e.Articles, e.DenialsMade, e.Officials = connCost, connCost, connCost, connCost, connCost
	}
	c.Publication.AccusationsMade, c.Publication.AccusationsReceived, c.Publication.Articles = connCost, connCost, connCost
	c.Publication.DenialsMade, c.Publication.Officials, c.Publication.Published = connCost, connCost, connCost
	c.Official.AccusationsMade, c.Official.AccusationsReceived, c.Official.Articles = connCost, connCost, connCost
	c.Official.DenialsMade, c.Official.Officials = connCost, connCost

	c.Article.Entities, c.Article.Accusations, c.Article.Denials = connCost, connCost, connCost
	c.Accusation.Evidence = evidenceCost
	c.Accusation.Via = listCost(5)
	c.Accusation.Denials = listCost(5)
	c.Denial.Evidence = evidenceCost
	c.Provenance.Reports = evidenceCost
	c.Provenance.Chain = listCost(5)
	c.Provenance.Denials = listCost(5)

	c.Query.Search = func(child int, _ string, _ []claimgraph.EntityType, first *int, after *string) int {
		return connCost(child, first, after)
	}
	c.Query.Entities = func(child int, _ *claimgraph.EntityType, first *int, after *string) int {
		return connCost(child, first, after)
	}
	c.Query.Articles = connCost
	c.Query.Accusations = func(child int, _, _ *string, _, _ *time.Time, _ *bool, first *int, after *string) int {
		return connCost(child, first, after)
	}
	c.Query.Denials = func(child int, _, _, _ *string, _, _ *time.Time, first *int, after *string) int {
		return connCost(child, first, after)
	}
	c.Query.Network = func(child int, _ string, _ *int, limit *int, _ []claimgraph.RelationType, _, _ *time.Time) int {
		n := 200
		if limit != nil {
			n = max(1, min(*limit, claimgraph.MaxNetworkLimit))
		}
		return 10 + child*n
	}
	c.Query.Paths = func(child int, _, _ string, maxLength *int, first *int) int {
		l, f := 4, 5
		if maxLength != nil {
			l = max(1, min(*maxLength, claimgraph.MaxPathLength))
		}
		if first != nil {
			f = max(1, min(*first, claimgraph.MaxPaths))
		}
		return 10 + child*l*f
	}
}
