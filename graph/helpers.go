package graph

import (
	"context"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/graph/model"
)

// The helpers below keep the generated resolver methods one line long: the
// five entity types share their connections, and every lookup by id goes
// through a loader.

func page(first *int, after *string) (claimgraph.Page, error) {
	return claimgraph.NewPage(first, after)
}

func (r *Resolver) entity(ctx context.Context, id string) (model.Entity, error) {
	if id == "" {
		return nil, nil
	}
	e, err := r.loaders(ctx).Entity.Load(ctx, id)
	if err != nil || e == nil {
		return nil, err
	}
	return model.NewEntity(e), nil
}

// mustEntity is entity for non-null fields: a dangling reference is a bug
// in the stored graph, reported as such rather than as a null.
func (r *Resolver) mustEntity(ctx context.Context, id string) (model.Entity, error) {
	e, err := r.entity(ctx, id)
	if err == nil && e == nil {
		return nil, claimgraph.Errorf(claimgraph.EINTERNAL, "entity %q is referenced but missing", id)
	}
	return e, err
}

func (r *Resolver) entities(ctx context.Context, ids []string) ([]model.Entity, error) {
	es, err := r.loaders(ctx).Entity.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]model.Entity, 0, len(es))
	for _, e := range es {
		if e != nil {
			out = append(out, model.NewEntity(e))
		}
	}
	return out, nil
}

func (r *Resolver) accusation(ctx context.Context, id string) (*model.Accusation, error) {
	a, err := r.loaders(ctx).Accusation.Load(ctx, id)
	return model.NewAccusation(a), err
}

func (r *Resolver) evidence(ctx context.Context, claimID string, first *int) ([]*claimgraph.Evidence, error) {
	limit := claimgraph.DefaultPageSize
	if first != nil {
		if *first < 0 {
			return nil, claimgraph.Errorf(claimgraph.EINVALID, "first must not be negative, got %d", *first)
		}
		limit = min(*first, claimgraph.MaxEvidence)
	}
	es, err := r.loaders(ctx).Evidence.Load(ctx, claimID)
	if err != nil {
		return nil, err
	}
	out := make([]*claimgraph.Evidence, 0, min(limit, len(es)))
	for i := range es {
		if i == limit {
			break
		}
		out = append(out, &es[i])
	}
	return out, nil
}

func (r *Resolver) denialsOf(ctx context.Context, accusationID string) ([]*model.Denial, error) {
	ds, err := r.loaders(ctx).DenialsOf.Load(ctx, accusationID)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Denial, len(ds))
	for i, d := range ds {
		out[i] = model.NewDenial(d)
	}
	return out, nil
}

func (r *Resolver) entityList(ctx context.Context, f claimgraph.EntityFilter, first *int, after *string) (*model.EntityConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	l, err := r.Store.Entities(ctx, f, p)
	if err != nil {
		return nil, err
	}
	return model.Entities(l, func(ctx context.Context) (int, error) { return r.Store.CountEntities(ctx, f) }), nil
}

func (r *Resolver) articleList(ctx context.Context, f claimgraph.ArticleFilter, first *int, after *string) (*model.ArticleConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	l, err := r.Store.Articles(ctx, f, p)
	if err != nil {
		return nil, err
	}
	return model.Articles(l, func(ctx context.Context) (int, error) { return r.Store.CountArticles(ctx, f) }), nil
}

func (r *Resolver) accusationList(ctx context.Context, f claimgraph.AccusationFilter, first *int, after *string) (*model.AccusationConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	l, err := r.Store.Accusations(ctx, f, p)
	if err != nil {
		return nil, err
	}
	return model.Accusations(l, func(ctx context.Context) (int, error) { return r.Store.CountAccusations(ctx, f) }), nil
}

func (r *Resolver) denialList(ctx context.Context, f claimgraph.DenialFilter, first *int, after *string) (*model.DenialConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	l, err := r.Store.Denials(ctx, f, p)
	if err != nil {
		return nil, err
	}
	return model.Denials(l, func(ctx context.Context) (int, error) { return r.Store.CountDenials(ctx, f) }), nil
}

// dateRange turns inclusive calendar days into the store's half-open
// instants: until 2026-03-14 keeps everything first seen on that day.
func dateRange(since, until *time.Time) (from, to time.Time, err error) {
	if since != nil {
		from = *since
	}
	if until != nil {
		to = until.AddDate(0, 0, 1)
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		return from, to, claimgraph.Errorf(claimgraph.EINVALID, "since must not be after until")
	}
	return from, to, nil
}

// idKind tells what a global id names, from its prefix.
func idKind(id string) string {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return ""
	}
	return prefix
}

func orDefault(p *int, d int) int {
	if p == nil {
		return d
	}
	return *p
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func relations(rs []claimgraph.Relation) []*claimgraph.Relation {
	out := make([]*claimgraph.Relation, len(rs))
	for i := range rs {
		out[i] = &rs[i]
	}
	return out
}

// node resolves any global id by its prefix.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	switch idKind(id) {
	case "article":
		a, err := r.loaders(ctx).Article.Load(ctx, id)
		if a == nil || err != nil {
			return nil, err
		}
		return model.NewArticle(a), nil
	case "accusation":
		a, err := r.accusation(ctx, id)
		if a == nil || err != nil {
			return nil, err
		}
		return a, nil
	case "denial":
		d, err := r.loaders(ctx).Denial.Load(ctx, id)
		if d == nil || err != nil {
			return nil, err
		}
		return model.NewDenial(d), nil
	}
	if _, err := claimgraph.TypeOfID(id); err != nil {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "%q is not a claimgraph id", id)
	}
	e, err := r.entity(ctx, id)
	if e == nil || err != nil {
		return nil, err
	}
	return e, nil
}
