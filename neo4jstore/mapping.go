package neo4jstore

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Map projections shared by every read, so each query returns the same
// shape and one function maps it.
const (
	entityProjection  = `{.id, .type, .name, .aliases, .lang, .anonymous, .affiliationId, .mergedInto}`
	articleProjection = `{.id, .name, .title, .url, .publisher, .published, .lang, .sha256, .loadedAt, .seenAt, .source, .text}`
	// Via steps ride along with every accusation read: they are few, and
	// this saves a round trip per page.
	accusationProjection = `{.id, .accuserId, .accusedId, .summary, .firstSeen, .lastSeen, .denied,
		via: [(k)-[v:VIA]->(n:Entity) | {id: coalesce(n.mergedInto, n.id), step: v.step, article: v.article}]}`
	denialProjection = `{.id, .denierId, .accusationId, .quote, .firstSeen, .lastSeen}`
)

func str(m map[string]any, k string) string {
	if v, ok := m[k].(string); ok {
		return v
	}
	return ""
}

func boolean(m map[string]any, k string) bool {
	v, _ := m[k].(bool)
	return v
}

func integer(m map[string]any, k string) int {
	v, _ := m[k].(int64)
	return int(v)
}

func float(m map[string]any, k string) float64 {
	switch v := m[k].(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}

func strs(m map[string]any, k string) []string {
	list, _ := m[k].([]any)
	out := make([]string, 0, len(list))
	for _, v := range list {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func timeOf(m map[string]any, k string) time.Time {
	switch v := m[k].(type) {
	case time.Time:
		return v.UTC()
	case dbtype.Date:
		return v.Time()
	case dbtype.LocalDateTime:
		return v.Time()
	}
	return time.Time{}
}

func mapOf(rec *neo4j.Record, key string) map[string]any {
	v, _ := rec.Get(key)
	m, _ := v.(map[string]any)
	return m
}

func intOf(rec *neo4j.Record, key string) int {
	v, _ := rec.Get(key)
	i, _ := v.(int64)
	return int(i)
}

func toEntity(m map[string]any) *claimgraph.Entity {
	if m == nil {
		return nil
	}
	return &claimgraph.Entity{
		ID:            str(m, "id"),
		Type:          claimgraph.EntityType(str(m, "type")),
		Name:          str(m, "name"),
		Aliases:       strs(m, "aliases"),
		Lang:          str(m, "lang"),
		Anonymous:     boolean(m, "anonymous"),
		AffiliationID: str(m, "affiliationId"),
		MergedInto:    str(m, "mergedInto"),
	}
}

func toArticle(m map[string]any) *claimgraph.Article {
	if m == nil {
		return nil
	}
	return &claimgraph.Article{
		ID:        str(m, "id"),
		Name:      str(m, "name"),
		Title:     str(m, "title"),
		URL:       str(m, "url"),
		Publisher: str(m, "publisher"),
		Published: timeOf(m, "published"),
		Lang:      str(m, "lang"),
		Text:      str(m, "text"),
		Source:    str(m, "source"),
		SHA256:    str(m, "sha256"),
		LoadedAt:  timeOf(m, "loadedAt"),
	}
}

func toAccusation(m map[string]any) *claimgraph.Accusation {
	if m == nil {
		return nil
	}
	return &claimgraph.Accusation{
		ID:        str(m, "id"),
		AccuserID: str(m, "accuserId"),
		AccusedID: str(m, "accusedId"),
		Summary:   str(m, "summary"),
		Via:       viaChain(m["via"]),
		Denied:    boolean(m, "denied"),
		FirstSeen: timeOf(m, "firstSeen"),
		LastSeen:  timeOf(m, "lastSeen"),
	}
}

// viaChain orders the via steps of all articles into one chain: each entity
// once, at the earliest step any article gives it, ties broken by article
// and id so the order is stable.
func viaChain(v any) []string {
	steps, _ := v.([]any)
	type step struct {
		id, article string
		n           int
	}
	best := map[string]step{}
	for _, s := range steps {
		m, _ := s.(map[string]any)
		st := step{id: str(m, "id"), article: str(m, "article"), n: integer(m, "step")}
		if st.id == "" {
			continue
		}
		if old, ok := best[st.id]; !ok || st.n < old.n || (st.n == old.n && st.article < old.article) {
			best[st.id] = st
		}
	}
	list := make([]step, 0, len(best))
	for _, s := range best {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n < list[j].n
		}
		if list[i].article != list[j].article {
			return list[i].article < list[j].article
		}
		return list[i].id < list[j].id
	})
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = s.id
	}
	return out
}

func toDenial(m map[string]any) *claimgraph.Denial {
	if m == nil {
		return nil
	}
	return &claimgraph.Denial{
		ID:           str(m, "id"),
		DenierID:     str(m, "denierId"),
		AccusationID: str(m, "accusationId"),
		Quote:        str(m, "quote"),
		FirstSeen:    timeOf(m, "firstSeen"),
		LastSeen:     timeOf(m, "lastSeen"),
	}
}

func toEvidence(m map[string]any) claimgraph.Evidence {
	return claimgraph.Evidence{
		ArticleID:  str(m, "article"),
		Sentence:   str(m, "sentence"),
		Start:      integer(m, "start"),
		End:        integer(m, "end"),
		Rule:       str(m, "rule"),
		Confidence: float(m, "confidence"),
		SeenAt:     timeOf(m, "seenAt"),
	}
}

// byIndex places records carrying an "i" index into a slice of n results,
// the shape every batch (dataloader) read returns.
func byIndex[T any](recs []*neo4j.Record, n int, f func(*neo4j.Record) T) ([]T, error) {
	out := make([]T, n)
	for _, r := range recs {
		i := intOf(r, "i")
		if i < 0 || i >= n {
			return nil, fmt.Errorf("result index %d out of range", i)
		}
		out[i] = f(r)
	}
	return out, nil
}

// byIDs runs a batch lookup whose rows carry an index "i" and a map column
// col, and returns one result per id in the order of ids (zero values where
// an id matched nothing): the shape every dataloader needs.
func byIDs[T any](ctx context.Context, s *Store, op, cypher string, ids []string, col string, f func(map[string]any) T) ([]T, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return read(ctx, s, op, func(tx neo4j.ManagedTransaction) ([]T, error) {
		recs, err := s.run(ctx, tx, cypher, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		return byIndex(recs, len(ids), func(r *neo4j.Record) T { return f(mapOf(r, col)) })
	})
}
