package neo4jstore

import (
	"context"

	"github.com/claimgraph/claimgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Relationship types an entity can start or end. Merges move each of them;
// the names come from these fixed lists, never from input.
var (
	outgoingTypes = []string{"ACCUSED", "DENIED", "SPEAKS_FOR"}
	incomingTypes = []string{"ACCUSED", "DENIED", "SPEAKS_FOR", "MENTIONS", "PUBLISHED_BY", "BY", "AGAINST", "VIA"}
)

// A moved relationship is recreated (relationships cannot change an end)
// with its properties, mergedFrom set to the entity it came from, and any
// earlier mergedFrom pushed onto mergeTrail, so merges of merges can be
// undone one at a time.
const movedProps = `
SET r2 = properties(r),
    r2.mergeTrail = coalesce(r.mergeTrail, []) + CASE WHEN r.mergedFrom IS NULL THEN [] ELSE [r.mergedFrom] END,
    r2.mergedFrom = $from
DELETE r`

// Splitting recreates a relationship on the entity it came from and pops
// the trail.
const restoredProps = `
SET r2 = properties(r),
    r2.mergedFrom = CASE WHEN size(coalesce(r.mergeTrail, [])) = 0 THEN null ELSE last(r.mergeTrail) END,
    r2.mergeTrail = CASE WHEN size(coalesce(r.mergeTrail, [])) <= 1 THEN null ELSE r.mergeTrail[..-1] END
DELETE r`

func moveQueries() (merge, split []string) {
	for _, t := range outgoingTypes {
		merge = append(merge, `
MATCH (m:Entity {id: $from}) MATCH (k:Entity {id: $to})
MATCH (m)-[r:`+t+`]->(x)
WITH k, r, CASE WHEN x = m THEN k ELSE x END AS y
CREATE (k)-[r2:`+t+`]->(y)`+movedProps)
		split = append(split, `
MATCH (m:Entity {id: $from}) MATCH (k:Entity {id: $to})
MATCH (k)-[r:`+t+` {mergedFrom: $from}]->(x)
WITH m, r, CASE WHEN x = k THEN m ELSE x END AS y
CREATE (m)-[r2:`+t+`]->(y)`+restoredProps)
	}
	for _, t := range incomingTypes {
		merge = append(merge, `
MATCH (m:Entity {id: $from}) MATCH (k:Entity {id: $to})
MATCH (x)-[r:`+t+`]->(m) WHERE x <> m
CREATE (x)-[r2:`+t+`]->(k)`+movedProps)
		split = append(split, `
MATCH (m:Entity {id: $from}) MATCH (k:Entity {id: $to})
MATCH (x)-[r:`+t+` {mergedFrom: $from}]->(k) WHERE x <> k
CREATE (x)-[r2:`+t+`]->(m)`+restoredProps)
	}
	return merge, split
}

var mergeMoves, splitMoves = moveQueries()

// partyProps are the properties that copy an entity id for filtering, with
// the relationship that carries the same link; a fixed table, as above.
var partyProps = []struct{ label, prop, rel string }{
	{"Accusation", "accuserId", "BY"},
	{"Accusation", "accusedId", "AGAINST"},
	{"Denial", "denierId", "BY"},
	{"Official", "affiliationId", "SPEAKS_FOR"},
}

// MergeEntities merges entities into keep. See claimgraph.Curator.
func (s *Store) MergeEntities(ctx context.Context, keep string, merge []string) (*claimgraph.Entity, error) {
	if len(merge) == 0 {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "nothing to merge into %q", keep)
	}
	if len(merge) > claimgraph.MaxMergeAtOnce {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "at most %d entities can be merged at once, got %d", claimgraph.MaxMergeAtOnce, len(merge))
	}
	return write(ctx, s, "merge entities", func(tx neo4j.ManagedTransaction) (*claimgraph.Entity, error) {
		k, err := s.liveEntity(ctx, tx, keep)
		if err != nil {
			return nil, err
		}
		done := map[string]bool{}
		for _, id := range merge {
			if id == keep {
				return nil, claimgraph.Errorf(claimgraph.EINVALID, "cannot merge %q into itself", id)
			}
			if done[id] {
				continue
			}
			done[id] = true
			m, err := s.liveEntity(ctx, tx, id)
			if err != nil {
				return nil, err
			}
			if m.Type != k.Type {
				return nil, claimgraph.Errorf(claimgraph.EINVALID, "cannot merge %s %q into %s %q: types differ", m.Type, m.ID, k.Type, k.ID)
			}
			if err := s.mergeOne(ctx, tx, m.ID, k.ID); err != nil {
				return nil, err
			}
		}
		return s.liveEntity(ctx, tx, keep)
	})
}

func (s *Store) mergeOne(ctx context.Context, tx neo4j.ManagedTransaction, from, to string) error {
	p := map[string]any{"from": from, "to": to}
	for _, q := range mergeMoves {
		if err := s.exec(ctx, tx, q, p); err != nil {
			return err
		}
	}
	// Claims and officials keep party ids in properties for fast
	// filtering; the moved relationships remember where they came from.
	for _, q := range partyProps {
		if err := s.exec(ctx, tx, `MATCH (n:`+q.label+` {`+q.prop+`: $from}) SET n.`+q.prop+` = $to`, p); err != nil {
			return err
		}
	}
	return s.exec(ctx, tx, `
		MATCH (m:Entity {id: $from}) MATCH (k:Entity {id: $to})
		WITH m, k, [x IN [m.name, m.id] + coalesce(m.aliases, []) WHERE x <> k.name AND NOT x IN coalesce(k.aliases, [])] AS added
		WITH m, k, reduce(acc = [], x IN added | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS added
		SET k.aliases = coalesce(k.aliases, []) + added,
		    k.aliasText = reduce(s = '', x IN coalesce(k.aliases, []) + added | s + x + '\n'),
		    m.mergedInto = k.id
		MERGE (m)-[r:MERGED_INTO]->(k)
		SET r.added = added, r.at = datetime()`, p)
}

// SplitEntity undoes the merge of id. See claimgraph.Curator.
func (s *Store) SplitEntity(ctx context.Context, id string) (*claimgraph.Entity, error) {
	return write(ctx, s, "split entity", func(tx neo4j.ManagedTransaction) (*claimgraph.Entity, error) {
		recs, err := s.run(ctx, tx, `
			MATCH (m:Entity {id: $id})
			OPTIONAL MATCH (m)-[:MERGED_INTO]->(k:Entity)
			RETURN m.mergedInto AS into, k.mergedInto AS further`, map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, claimgraph.Errorf(claimgraph.ENOTFOUND, "no entity with id %q", id)
		}
		into, _ := recs[0].Get("into")
		further, _ := recs[0].Get("further")
		if into == nil {
			return nil, claimgraph.Errorf(claimgraph.ECONFLICT, "entity %q is not merged into another", id)
		}
		if further != nil {
			return nil, claimgraph.Errorf(claimgraph.ECONFLICT, "entity %q was merged into %q, which was merged into %q since: split %q first", id, into, further, into)
		}
		p := map[string]any{"from": id, "to": into}
		for _, q := range splitMoves {
			if err := s.exec(ctx, tx, q, p); err != nil {
				return nil, err
			}
		}
		// The restored relationships point at m again; the party ids of
		// the claims and officials at their other end follow them.
		for _, q := range partyProps {
			if err := s.exec(ctx, tx, `MATCH (n:`+q.label+` {`+q.prop+`: $to})-[:`+q.rel+`]->(:Entity {id: $from}) SET n.`+q.prop+` = $from`, p); err != nil {
				return nil, err
			}
		}
		if err := s.exec(ctx, tx, `
			MATCH (m:Entity {id: $from})-[r:MERGED_INTO]->(k:Entity {id: $to})
			WITH m, k, r, [x IN coalesce(k.aliases, []) WHERE NOT x IN coalesce(r.added, [])] AS kept
			SET k.aliases = kept,
			    k.aliasText = reduce(s = '', x IN kept | s + x + '\n')
			REMOVE m.mergedInto
			DELETE r`, p); err != nil {
			return nil, err
		}
		return s.liveEntity(ctx, tx, id)
	})
}

// liveEntity loads an entity that is not merged away: NotFound if it does
// not exist, Conflict if it is a tombstone.
func (s *Store) liveEntity(ctx context.Context, tx neo4j.ManagedTransaction, id string) (*claimgraph.Entity, error) {
	recs, err := s.run(ctx, tx, `MATCH (n:Entity {id: $id}) RETURN n `+entityProjection+` AS n`, map[string]any{"id": id})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, claimgraph.Errorf(claimgraph.ENOTFOUND, "no entity with id %q", id)
	}
	e := toEntity(mapOf(recs[0], "n"))
	if e.MergedInto != "" {
		return nil, claimgraph.Errorf(claimgraph.ECONFLICT, "entity %q was merged into %q", id, e.MergedInto)
	}
	return e, nil
}
