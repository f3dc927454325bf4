package neo4jstore

import (
	"context"
	"fmt"

	"github.com/claimgraph/claimgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// networkRels are the relationship types the network and path queries walk.
const networkRels = `ACCUSED|DENIED|SPEAKS_FOR`

// inWindow keeps a relation r whose claim was seen in [$since, $until);
// null bounds are open. The claim is found through the same indexed
// id lookups the claim readers use, one per relation the hop touches, so
// it is added to the hop only when a window is asked for.
const inWindow = `(type(r) = 'SPEAKS_FOR'
	OR (type(r) = 'ACCUSED' AND EXISTS {
		MATCH (k:Accusation {id: r.claimId})
		WHERE ($since IS NULL OR k.lastSeen >= $since) AND ($until IS NULL OR k.firstSeen < $until) })
	OR (type(r) = 'DENIED' AND EXISTS {
		MATCH (k:Denial {id: r.claimId})
		WHERE ($since IS NULL OR k.lastSeen >= $since) AND ($until IS NULL OR k.firstSeen < $until) }))`

// relationTypes checks the types a caller asked for; none means all.
func relationTypes(ts []claimgraph.RelationType) ([]string, error) {
	if len(ts) == 0 {
		ts = []claimgraph.RelationType{claimgraph.Accused, claimgraph.Denied, claimgraph.SpeaksFor}
	}
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		switch t {
		case claimgraph.Accused, claimgraph.Denied, claimgraph.SpeaksFor:
			out = append(out, string(t))
		default:
			return nil, claimgraph.Errorf(claimgraph.EINVALID, "unknown relation type %q", t)
		}
	}
	return out, nil
}

// Network expands the neighbourhood of q.Center breadth first, one query
// per hop, so the cost grows with the answer and not with the graph: each
// node expands at most HubCap relations and the answer holds at most
// q.Limit entities. Both caps set Truncated when they cut something.
func (s *Store) Network(ctx context.Context, q claimgraph.NetworkQuery) (*claimgraph.Network, error) {
	if q.Depth < 1 || q.Depth > claimgraph.MaxNetworkDepth {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "depth must be between 1 and %d, got %d", claimgraph.MaxNetworkDepth, q.Depth)
	}
	if q.Limit < 1 || q.Limit > claimgraph.MaxNetworkLimit {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "limit must be between 1 and %d, got %d", claimgraph.MaxNetworkLimit, q.Limit)
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "since must be before until")
	}
	types, err := relationTypes(q.Types)
	if err != nil {
		return nil, err
	}
	return read(ctx, s, "network", func(tx neo4j.ManagedTransaction) (*claimgraph.Network, error) {
		center, err := s.resolveEntity(ctx, tx, q.Center)
		if err != nil {
			return nil, err
		}
		params := map[string]any{"cap": claimgraph.HubCap + 1, "types": types, "since": nil, "until": nil}
		window := "true"
		if !q.Since.IsZero() || !q.Until.IsZero() {
			window = inWindow
		}
		if !q.Since.IsZero() {
			params["since"] = q.Since.UTC()
		}
		if !q.Until.IsZero() {
			params["until"] = q.Until.UTC()
		}
		net := &claimgraph.Network{Entities: []*claimgraph.Entity{center}}
		visited := map[string]bool{center.ID: true}
		seenRel := map[claimgraph.Relation]bool{}
		frontier := []string{center.ID}
		for depth := 1; depth <= q.Depth && len(frontier) > 0; depth++ {
			params["ids"] = frontier
			recs, err := s.run(ctx, tx, `
				UNWIND $ids AS id
				MATCH (n:Entity {id: id})
				CALL (n) {
					MATCH (n)-[r:`+networkRels+`]-(m:Entity)
					WHERE type(r) IN $types AND `+window+`
					RETURN r, m LIMIT $cap
				}
				RETURN n.id AS n, type(r) AS type, startNode(r).id AS s, endNode(r).id AS t,
				       coalesce(r.claimId, '') AS claim, m `+entityProjection+` AS m`,
				params)
			if err != nil {
				return nil, err
			}
			perNode := map[string]int{}
			var next []string
			for _, r := range recs {
				n, _ := r.Get("n")
				if perNode[n.(string)]++; perNode[n.(string)] > claimgraph.HubCap {
					net.Truncated = true
					continue
				}
				m := toEntity(mapOf(r, "m"))
				if !visited[m.ID] {
					if len(net.Entities) >= q.Limit {
						net.Truncated = true
						continue
					}
					visited[m.ID] = true
					net.Entities = append(net.Entities, m)
					next = append(next, m.ID)
				}
				rel := relationOf(r)
				if !seenRel[rel] {
					seenRel[rel] = true
					net.Relations = append(net.Relations, rel)
				}
			}
			frontier = next
		}
		return net, nil
	})
}

func relationOf(r *neo4j.Record) claimgraph.Relation {
	get := func(k string) string {
		v, _ := r.Get(k)
		s, _ := v.(string)
		return s
	}
	return claimgraph.Relation{Type: claimgraph.RelationType(get("type")), SourceID: get("s"), TargetID: get("t"), ClaimID: get("claim")}
}

// resolveEntity finds an entity by id inside a transaction, following a
// merge to the entity that absorbed it; NotFound if there is none.
func (s *Store) resolveEntity(ctx context.Context, tx neo4j.ManagedTransaction, id string) (*claimgraph.Entity, error) {
	recs, err := s.run(ctx, tx, `
		MATCH (n:Entity {id: $id})
		OPTIONAL MATCH (n)-[:MERGED_INTO*1..10]->(k:Entity) WHERE k.mergedInto IS NULL
		WITH coalesce(k, n) AS n
		RETURN n `+entityProjection+` AS n`, map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, claimgraph.Errorf(claimgraph.ENOTFOUND, "no entity with id %q", id)
	}
	return toEntity(mapOf(recs[0], "n")), nil
}

// pathQueries holds one statement per maximum length: a quantifier bound
// cannot be a parameter in Neo4j 5.26, so the bound is chosen from this
// fixed table, never spliced from input. SHORTEST 10 asks for the ten
// shortest paths; $first trims them.
var pathQueries = func() map[int]string {
	m := map[int]string{}
	for n := 1; n <= claimgraph.MaxPathLength; n++ {
		m[n] = fmt.Sprintf(`
			MATCH (a:Entity {id: $from})
			MATCH (b:Entity {id: $to})
			MATCH p = SHORTEST %d (a)-[:%s]-{1,%d}(b)
			RETURN [x IN nodes(p) | x.id] AS ids,
			       [r IN relationships(p) | {type: type(r), s: startNode(r).id, t: endNode(r).id, claim: coalesce(r.claimId, '')}] AS rels
			ORDER BY length(p)
			LIMIT $first`, claimgraph.MaxPaths, networkRels, n)
	}
	return m
}()

// Paths returns the shortest undirected connections from q.From to q.To.
func (s *Store) Paths(ctx context.Context, q claimgraph.PathQuery) ([]claimgraph.Path, error) {
	if q.MaxLength < 1 || q.MaxLength > claimgraph.MaxPathLength {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "maxLength must be between 1 and %d, got %d", claimgraph.MaxPathLength, q.MaxLength)
	}
	if q.First < 1 || q.First > claimgraph.MaxPaths {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "first must be between 1 and %d, got %d", claimgraph.MaxPaths, q.First)
	}
	return read(ctx, s, "paths", func(tx neo4j.ManagedTransaction) ([]claimgraph.Path, error) {
		from, err := s.resolveEntity(ctx, tx, q.From)
		if err != nil {
			return nil, err
		}
		to, err := s.resolveEntity(ctx, tx, q.To)
		if err != nil {
			return nil, err
		}
		if from.ID == to.ID {
			return nil, claimgraph.Errorf(claimgraph.EINVALID, "from and to are the same entity %q", from.ID)
		}
		recs, err := s.run(ctx, tx, pathQueries[q.MaxLength], map[string]any{"from": from.ID, "to": to.ID, "first": q.First})
		if err != nil {
			return nil, err
		}
		paths := make([]claimgraph.Path, 0, len(recs))
		for _, r := range recs {
			ids, _ := r.Get("ids")
			rels, _ := r.Get("rels")
			var p claimgraph.Path
			for _, id := range ids.([]any) {
				p.EntityIDs = append(p.EntityIDs, id.(string))
			}
			for _, x := range rels.([]any) {
				m := x.(map[string]any)
				p.Relations = append(p.Relations, claimgraph.Relation{
					Type: claimgraph.RelationType(str(m, "type")), SourceID: str(m, "s"), TargetID: str(m, "t"), ClaimID: str(m, "claim"),
				})
			}
			paths = append(paths, p)
		}
		return paths, nil
	})
}
