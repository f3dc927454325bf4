package graph

import (
	"github.com/claimgraph/claimgraph"
)

// Resolver is the dependency-injection root of the GraphQL layer: the store
// it reads, the ingester the ingest mutation runs, and nothing else.
// Resolver methods stay thin: validate arguments, call one store method
// (directly or through a per-request dataloader), wrap the result.
type Resolver struct {
	Store    claimgraph.Store
	Ingester claimgraph.Ingester
}
