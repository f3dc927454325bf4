package graph

import (
	"context"
	"net/http"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/vikstrous/dataloadgen"
)

// Loaders batch the lookups one request makes, so resolving the accuser,
// accused and evidence of a page of 100 accusations costs a few queries,
// not 300. They live for one request: their caches never serve another
// client stale data.
type Loaders struct {
	Entity        *dataloadgen.Loader[string, *claimgraph.Entity]
	Article       *dataloadgen.Loader[string, *claimgraph.Article]
	Accusation    *dataloadgen.Loader[string, *claimgraph.Accusation]
	Denial        *dataloadgen.Loader[string, *claimgraph.Denial]
	Evidence      *dataloadgen.Loader[string, []claimgraph.Evidence]
	EvidenceCount *dataloadgen.Loader[string, int]
	DenialsOf     *dataloadgen.Loader[string, []*claimgraph.Denial]
	PublisherOf   *dataloadgen.Loader[string, string]
}

// loaderWait is how long a loader collects keys before it queries: long
// enough for the sibling resolvers of one list to join the batch, short
// enough not to matter next to a database round trip.
const loaderWait = 2 * time.Millisecond

// NewLoaders makes the loaders of one request.
func NewLoaders(s claimgraph.Store) *Loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(loaderWait), dataloadgen.WithBatchCapacity(1000)}
	return &Loaders{
		Entity:     dataloadgen.NewLoader(fetch(s.EntitiesByID), opts...),
		Article:    dataloadgen.NewLoader(fetch(s.ArticlesByID), opts...),
		Accusation: dataloadgen.NewLoader(fetch(s.AccusationsByID), opts...),
		Denial:     dataloadgen.NewLoader(fetch(s.DenialsByID), opts...),
		Evidence: dataloadgen.NewLoader(fetch(func(ctx context.Context, ids []string) ([][]claimgraph.Evidence, error) {
			return s.EvidenceOf(ctx, ids, claimgraph.MaxEvidence)
		}), opts...),
		EvidenceCount: dataloadgen.NewLoader(fetch(s.EvidenceCounts), opts...),
		DenialsOf:     dataloadgen.NewLoader(fetch(s.DenialsOf), opts...),
		PublisherOf:   dataloadgen.NewLoader(fetch(s.PublishersOf), opts...),
	}
}

// fetch adapts a store batch read (results in key order) to a loader's
// fetch function; one error fails the whole batch.
func fetch[V any](f func(context.Context, []string) ([]V, error)) func(context.Context, []string) ([]V, []error) {
	return func(ctx context.Context, keys []string) ([]V, []error) {
		vs, err := f(ctx, keys)
		if err != nil {
			return nil, []error{err}
		}
		return vs, nil
	}
}

type loadersKey struct{}

// WithLoaders is middleware that gives each request fresh loaders.
func WithLoaders(s claimgraph.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, NewLoaders(s))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// For returns the loaders of the request in ctx. Outside a request (a
// test calling a resolver directly) it returns fresh ones.
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return NewLoaders(r.Store)
}
