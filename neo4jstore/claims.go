package neo4jstore

import (
	"context"

	"github.com/claimgraph/claimgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// AccusationsByID returns accusations in the order of ids, nil where missing.
func (s *Store) AccusationsByID(ctx context.Context, ids []string) ([]*claimgraph.Accusation, error) {
	return byIDs(ctx, s, "accusations by id", `
		UNWIND range(0, size($ids) - 1) AS i
		MATCH (k:Claim:Accusation {id: $ids[i]})
		RETURN i, k `+accusationProjection+` AS k`, ids, "k", toAccusation)
}

func accusationQuery(f claimgraph.AccusationFilter) *query {
	q := newQuery("MATCH (k:Accusation)")
	if f.AccuserID != "" {
		q.and("k.accuserId = $accuser", "accuser", f.AccuserID)
	}
	if f.AccusedID != "" {
		q.and("k.accusedId = $accused", "accused", f.AccusedID)
	}
	if f.ArticleID != "" {
		q.also("MATCH (k)-[:EVIDENCED_BY]->(:Article {id: $article})", "article", f.ArticleID)
	}
	q.seen(f.Since, f.Until)
	if f.Denied != nil {
		q.and("k.denied = $denied", "denied", *f.Denied)
	}
	return q
}

// Accusations lists accusations newest (first seen) first. First seen
// rarely moves, so cursors stay stable while articles are added.
func (s *Store) Accusations(ctx context.Context, f claimgraph.AccusationFilter, p claimgraph.Page) (claimgraph.List[*claimgraph.Accusation], error) {
	q := accusationQuery(f)
	if err := q.after(p.After, "k.firstSeen", true); err != nil {
		return claimgraph.List[*claimgraph.Accusation]{}, err
	}
	return page(ctx, s, "list accusations", q, "DISTINCT k "+accusationProjection+" AS k, k.firstSeen AS firstSeen", "firstSeen DESC, k.id", p,
		func(r *neo4j.Record) *claimgraph.Accusation { return toAccusation(mapOf(r, "k")) },
		func(a *claimgraph.Accusation) string { return timeCursor(a.FirstSeen, a.ID) })
}

// CountAccusations counts what Accusations lists.
func (s *Store) CountAccusations(ctx context.Context, f claimgraph.AccusationFilter) (int, error) {
	return count(ctx, s, "count accusations", accusationQuery(f), "k")
}

// DenialsByID returns denials in the order of ids, nil where missing.
func (s *Store) DenialsByID(ctx context.Context, ids []string) ([]*claimgraph.Denial, error) {
	return byIDs(ctx, s, "denials by id", `
		UNWIND range(0, size($ids) - 1) AS i
		MATCH (k:Claim:Denial {id: $ids[i]})
		RETURN i, k `+denialProjection+` AS k`, ids, "k", toDenial)
}

func denialQuery(f claimgraph.DenialFilter) *query {
	q := newQuery("MATCH (k:Denial)")
	if f.DenierID != "" {
		q.and("k.denierId = $denier", "denier", f.DenierID)
	}
	if f.AccusationID != "" {
		q.and("k.accusationId = $accusation", "accusation", f.AccusationID)
	}
	if f.AccuserID != "" {
		q.also("MATCH (k)-[:RESPONDS_TO]->(:Accusation {accuserId: $accuser})", "accuser", f.AccuserID)
	}
	if f.ArticleID != "" {
		q.also("MATCH (k)-[:EVIDENCED_BY]->(:Article {id: $article})", "article", f.ArticleID)
	}
	q.seen(f.Since, f.Until)
	return q
}

// Denials lists denials newest (first seen) first.
func (s *Store) Denials(ctx context.Context, f claimgraph.DenialFilter, p claimgraph.Page) (claimgraph.List[*claimgraph.Denial], error) {
	q := denialQuery(f)
	if err := q.after(p.After, "k.firstSeen", true); err != nil {
		return claimgraph.List[*claimgraph.Denial]{}, err
	}
	return page(ctx, s, "list denials", q, "DISTINCT k "+denialProjection+" AS k, k.firstSeen AS firstSeen", "firstSeen DESC, k.id", p,
		func(r *neo4j.Record) *claimgraph.Denial { return toDenial(mapOf(r, "k")) },
		func(d *claimgraph.Denial) string { return timeCursor(d.FirstSeen, d.ID) })
}

// CountDenials counts what Denials lists.
func (s *Store) CountDenials(ctx context.Context, f claimgraph.DenialFilter) (int, error) {
	return count(ctx, s, "count denials", denialQuery(f), "k")
}

// DenialsOf returns, per accusation id, the denials answering it, oldest
// first (at most claimgraph.MaxEvidence each).
func (s *Store) DenialsOf(ctx context.Context, ids []string) ([][]*claimgraph.Denial, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return read(ctx, s, "denials of accusations", func(tx neo4j.ManagedTransaction) ([][]*claimgraph.Denial, error) {
		recs, err := s.run(ctx, tx, `
			UNWIND range(0, size($ids) - 1) AS i
			MATCH (k:Denial {accusationId: $ids[i]})
			WITH i, k ORDER BY k.firstSeen, k.id
			RETURN i, collect(k `+denialProjection+`)[..$cap] AS ks`, map[string]any{"ids": ids, "cap": claimgraph.MaxEvidence})
		if err != nil {
			return nil, err
		}
		return byIndex(recs, len(ids), func(r *neo4j.Record) []*claimgraph.Denial {
			v, _ := r.Get("ks")
			list, _ := v.([]any)
			out := make([]*claimgraph.Denial, 0, len(list))
			for _, m := range list {
				mm, _ := m.(map[string]any)
				out = append(out, toDenial(mm))
			}
			return out
		})
	})
}

// EvidenceOf returns, per claim id, at most limit pieces of evidence,
// oldest first.
func (s *Store) EvidenceOf(ctx context.Context, ids []string, limit int) ([][]claimgraph.Evidence, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if limit <= 0 || limit > claimgraph.MaxEvidence {
		limit = claimgraph.MaxEvidence
	}
	return read(ctx, s, "evidence of claims", func(tx neo4j.ManagedTransaction) ([][]claimgraph.Evidence, error) {
		recs, err := s.run(ctx, tx, `
			UNWIND range(0, size($ids) - 1) AS i
			MATCH (k:Claim {id: $ids[i]})
			CALL (k) {
				MATCH (k)-[e:EVIDENCED_BY]->(a:Article)
				RETURN e, a ORDER BY e.seenAt, a.id LIMIT $limit
			}
			RETURN i, collect(e {.sentence, .start, .end, .rule, .confidence, .seenAt, article: a.id}) AS es`,
			map[string]any{"ids": ids, "limit": limit})
		if err != nil {
			return nil, err
		}
		return byIndex(recs, len(ids), func(r *neo4j.Record) []claimgraph.Evidence {
			v, _ := r.Get("es")
			list, _ := v.([]any)
			out := make([]claimgraph.Evidence, 0, len(list))
			for _, m := range list {
				mm, _ := m.(map[string]any)
				out = append(out, toEvidence(mm))
			}
			return out
		})
	})
}

// EvidenceCounts returns, per claim id, how many articles carry it.
func (s *Store) EvidenceCounts(ctx context.Context, ids []string) ([]int, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return read(ctx, s, "evidence counts", func(tx neo4j.ManagedTransaction) ([]int, error) {
		recs, err := s.run(ctx, tx, `
			UNWIND range(0, size($ids) - 1) AS i
			MATCH (k:Claim {id: $ids[i]})
			RETURN i, COUNT { (k)-[:EVIDENCED_BY]->() } AS n`, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		return byIndex(recs, len(ids), func(r *neo4j.Record) int { return intOf(r, "n") })
	})
}
