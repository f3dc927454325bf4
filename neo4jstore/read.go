package neo4jstore

import (
	"context"
	"strings"
	"time"
	"unicode"

	"github.com/claimgraph/claimgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// query assembles a read from constant fragments chosen by which filters
// are set; every value travels as a parameter.
type query struct {
	match  []string
	where  []string
	params map[string]any
}

func newQuery(match string) *query {
	return &query{match: []string{match}, params: map[string]any{}}
}

// and adds a WHERE condition and the parameters it names, as key, value pairs.
func (q *query) and(cond string, kv ...any) *query {
	q.where = append(q.where, cond)
	return q.set(kv)
}

// also adds a MATCH clause and the parameters it names, as key, value pairs.
func (q *query) also(match string, kv ...any) *query {
	q.match = append(q.match, match)
	return q.set(kv)
}

func (q *query) set(kv []any) *query {
	for i := 0; i+1 < len(kv); i += 2 {
		q.params[kv[i].(string)] = kv[i+1]
	}
	return q
}

// seen keeps claims seen at least once in [since, until): last seen on or
// after since, first seen before until. Zero times leave that side open.
func (q *query) seen(since, until time.Time) *query {
	if !since.IsZero() {
		q.and("k.lastSeen >= $since", "since", since.UTC())
	}
	if !until.IsZero() {
		q.and("k.firstSeen < $until", "until", until.UTC())
	}
	return q
}

func (q *query) body() string {
	b := strings.Join(q.match, "\n")
	if len(q.where) > 0 {
		b += "\nWHERE " + strings.Join(q.where, "\n  AND ")
	}
	return b
}

// page runs q as one keyset page: it asks for one row more than wanted to
// learn whether another page follows.
func page[T any](ctx context.Context, s *Store, op string, q *query, ret, order string, p claimgraph.Page,
	item func(*neo4j.Record) T, cur func(T) string) (claimgraph.List[T], error) {
	q.params["limit"] = p.First + 1
	cypher := q.body() + "\nRETURN " + ret + "\nORDER BY " + order + "\nLIMIT $limit"
	return read(ctx, s, op, func(tx neo4j.ManagedTransaction) (claimgraph.List[T], error) {
		var out claimgraph.List[T]
		recs, err := s.run(ctx, tx, cypher, q.params)
		if err != nil {
			return out, err
		}
		for i, r := range recs {
			if i == p.First {
				out.HasNextPage = true
				break
			}
			v := item(r)
			out.Items = append(out.Items, v)
			out.Cursors = append(out.Cursors, cur(v))
		}
		return out, nil
	})
}

func count(ctx context.Context, s *Store, op string, q *query, what string) (int, error) {
	cypher := q.body() + "\nRETURN count(DISTINCT " + what + ") AS n"
	return read(ctx, s, op, func(tx neo4j.ManagedTransaction) (int, error) {
		recs, err := s.run(ctx, tx, cypher, q.params)
		if err != nil || len(recs) == 0 {
			return 0, err
		}
		return intOf(recs[0], "n"), nil
	})
}

// EntitiesByID returns entities in the order of ids; a merged-away id
// resolves to the entity it was merged into.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) ([]*claimgraph.Entity, error) {
	return byIDs(ctx, s, "entities by id", `
		UNWIND range(0, size($ids) - 1) AS i
		MATCH (n:Entity {id: $ids[i]})
		OPTIONAL MATCH (n)-[:MERGED_INTO*1..10]->(k:Entity) WHERE k.mergedInto IS NULL
		WITH i, coalesce(k, n) AS n
		RETURN i, n `+entityProjection+` AS n`, ids, "n", toEntity)
}

func entityQuery(f claimgraph.EntityFilter) *query {
	q := newQuery("MATCH (n:Entity)").and("n.mergedInto IS NULL")
	if f.Type != "" {
		q.and("n.type = $type", "type", string(f.Type))
	}
	if f.ArticleID != "" {
		q.also("MATCH (:Article {id: $article})-[:MENTIONS]->(n)", "article", f.ArticleID)
	}
	if f.AffiliationID != "" {
		q.also("MATCH (n)-[:SPEAKS_FOR]->(:Entity {id: $affiliation})", "affiliation", f.AffiliationID)
	}
	return q
}

// Entities lists entities by name, then id.
func (s *Store) Entities(ctx context.Context, f claimgraph.EntityFilter, p claimgraph.Page) (claimgraph.List[*claimgraph.Entity], error) {
	q := entityQuery(f)
	if err := q.after(p.After, "n.name", false); err != nil {
		return claimgraph.List[*claimgraph.Entity]{}, err
	}
	return page(ctx, s, "list entities", q, "DISTINCT n "+entityProjection+" AS n", "n.name, n.id", p,
		func(r *neo4j.Record) *claimgraph.Entity { return toEntity(mapOf(r, "n")) },
		func(e *claimgraph.Entity) string { return nameCursor(e.Name, e.ID) })
}

// CountEntities counts what Entities lists.
func (s *Store) CountEntities(ctx context.Context, f claimgraph.EntityFilter) (int, error) {
	return count(ctx, s, "count entities", entityQuery(f), "n")
}

// maxSearchTerms bounds the Lucene query a search builds.
const maxSearchTerms = 8

// luceneQuery turns free text into a Lucene query over the name index:
// each word matches exactly (boosted), as a prefix (inflected and compound
// forms: "Alibabas", "Alibaba-Konzern") and fuzzily (typos). Words are
// reduced to letters and digits, so no Lucene syntax reaches the engine.
func luceneQuery(text string) (string, error) {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var parts []string
	for _, w := range words {
		w = strings.ToLower(w)
		if len([]rune(w)) > 40 {
			w = string([]rune(w)[:40])
		}
		clause := w + "^4 OR " + w + "*^2"
		switch n := len([]rune(w)); {
		case n >= 8:
			clause += " OR " + w + "~2"
		case n >= 4:
			clause += " OR " + w + "~1"
		}
		parts = append(parts, "("+clause+")")
		if len(parts) == maxSearchTerms {
			break
		}
	}
	if len(parts) == 0 {
		return "", claimgraph.Errorf(claimgraph.EINVALID, "search text %q has no letters or digits", text)
	}
	return strings.Join(parts, " OR "), nil
}

func searchQuery(q claimgraph.SearchQuery) (*query, error) {
	lq, err := luceneQuery(q.Text)
	if err != nil {
		return nil, err
	}
	sq := newQuery("CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node AS n, score")
	sq.params["lucene"] = lq
	sq.and("n.mergedInto IS NULL")
	if len(q.Types) > 0 {
		types := make([]string, len(q.Types))
		for i, t := range q.Types {
			types[i] = string(t)
		}
		sq.and("n.type IN $types", "types", types)
	}
	return sq, nil
}

// Search ranks entities by relevance; its cursors are offsets because a
// relevance order has no stable key.
func (s *Store) Search(ctx context.Context, sq claimgraph.SearchQuery, p claimgraph.Page) (claimgraph.List[*claimgraph.Entity], error) {
	c, err := decodeCursor(p.After)
	if err != nil {
		return claimgraph.List[*claimgraph.Entity]{}, err
	}
	q, err := searchQuery(sq)
	if err != nil {
		return claimgraph.List[*claimgraph.Entity]{}, err
	}
	skip := 0
	if c != nil {
		skip = c.O
	}
	q.params["skip"] = skip
	q.params["limit"] = p.First + 1
	cypher := q.body() + "\nRETURN n " + entityProjection + " AS n\nORDER BY score DESC, n.id\nSKIP $skip LIMIT $limit"
	return read(ctx, s, "search", func(tx neo4j.ManagedTransaction) (claimgraph.List[*claimgraph.Entity], error) {
		var out claimgraph.List[*claimgraph.Entity]
		recs, err := s.run(ctx, tx, cypher, q.params)
		if err != nil {
			return out, err
		}
		for i, r := range recs {
			if i == p.First {
				out.HasNextPage = true
				break
			}
			out.Items = append(out.Items, toEntity(mapOf(r, "n")))
			out.Cursors = append(out.Cursors, offsetCursor(skip+i+1))
		}
		return out, nil
	})
}

// CountSearch counts every match of a search.
func (s *Store) CountSearch(ctx context.Context, sq claimgraph.SearchQuery) (int, error) {
	q, err := searchQuery(sq)
	if err != nil {
		return 0, err
	}
	return count(ctx, s, "count search", q, "n")
}

// ArticlesByID returns articles in the order of ids, nil where missing.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]*claimgraph.Article, error) {
	return byIDs(ctx, s, "articles by id", `
		UNWIND range(0, size($ids) - 1) AS i
		MATCH (a:Article {id: $ids[i]})
		RETURN i, a `+articleProjection+` AS a`, ids, "a", toArticle)
}

// PublishersOf returns each article's publisher entity id, "" if none.
func (s *Store) PublishersOf(ctx context.Context, ids []string) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return read(ctx, s, "publishers of articles", func(tx neo4j.ManagedTransaction) ([]string, error) {
		recs, err := s.run(ctx, tx, `
			UNWIND range(0, size($ids) - 1) AS i
			MATCH (:Article {id: $ids[i]})-[:PUBLISHED_BY]->(p:Entity)
			RETURN i, head(collect(p.id)) AS p`, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		return byIndex(recs, len(ids), func(r *neo4j.Record) string {
			v, _ := r.Get("p")
			id, _ := v.(string)
			return id
		})
	})
}

func articleQuery(f claimgraph.ArticleFilter) *query {
	q := newQuery("MATCH (a:Article)")
	if f.EntityID != "" {
		q.also("MATCH (a)-[:MENTIONS]->(:Entity {id: $entity})", "entity", f.EntityID)
	}
	if f.PublisherID != "" {
		q.also("MATCH (a)-[:PUBLISHED_BY]->(:Entity {id: $publisher})", "publisher", f.PublisherID)
	}
	return q
}

// Articles lists articles newest first (publication date, else load time).
func (s *Store) Articles(ctx context.Context, f claimgraph.ArticleFilter, p claimgraph.Page) (claimgraph.List[*claimgraph.Article], error) {
	q := articleQuery(f)
	if err := q.after(p.After, "a.seenAt", true); err != nil {
		return claimgraph.List[*claimgraph.Article]{}, err
	}
	return page(ctx, s, "list articles", q, "DISTINCT a "+articleProjection+" AS a, a.seenAt AS seenAt", "seenAt DESC, a.id", p,
		func(r *neo4j.Record) *claimgraph.Article { return toArticle(mapOf(r, "a")) },
		func(a *claimgraph.Article) string { return timeCursor(claimgraph.SeenAt(*a), a.ID) })
}

// CountArticles counts what Articles lists.
func (s *Store) CountArticles(ctx context.Context, f claimgraph.ArticleFilter) (int, error) {
	return count(ctx, s, "count articles", articleQuery(f), "a")
}
