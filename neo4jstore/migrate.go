package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schemaStatements are applied in order on every start. Each one is
// idempotent (IF NOT EXISTS), so running them again is a no-op and a newer
// binary only adds what is missing. Uniqueness constraints come first: MERGE
// on an id uses their index, and they stop concurrent loaders from creating
// duplicates.
var schemaStatements = []string{
	`CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE`,
	// Claims are looked up by id through this index, so every such lookup
	// must name the :Claim label (MATCH (k:Claim:Accusation {id: …})): with
	// :Accusation alone Neo4j cannot use it and scans every accusation.
	`CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE`,
	// Listing entities by name, articles and claims newest first, and
	// filtering claims by party, all read these indexes in order.
	`CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)`,
	`CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)`,
	`CREATE INDEX entity_merged IF NOT EXISTS FOR (n:Entity) ON (n.mergedInto)`,
	`CREATE INDEX article_seen IF NOT EXISTS FOR (n:Article) ON (n.seenAt)`,
	`CREATE INDEX accusation_first_seen IF NOT EXISTS FOR (n:Accusation) ON (n.firstSeen)`,
	`CREATE INDEX accusation_accuser IF NOT EXISTS FOR (n:Accusation) ON (n.accuserId)`,
	`CREATE INDEX accusation_accused IF NOT EXISTS FOR (n:Accusation) ON (n.accusedId)`,
	`CREATE INDEX denial_first_seen IF NOT EXISTS FOR (n:Denial) ON (n.firstSeen)`,
	`CREATE INDEX denial_denier IF NOT EXISTS FOR (n:Denial) ON (n.denierId)`,
	`CREATE INDEX denial_accusation IF NOT EXISTS FOR (n:Denial) ON (n.accusationId)`,
	// Pruning a claim finds its entity-to-entity edge by claim id.
	`CREATE INDEX accused_claim IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.claimId)`,
	`CREATE INDEX denied_claim IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.claimId)`,
	// Names and aliases for search; the folding analyzer makes "Weiss"
	// find "Weiß" and ignores case and accents.
	`CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
	 OPTIONS {indexConfig: {` + "`fulltext.analyzer`" + `: 'standard-folding', ` + "`fulltext.eventually_consistent`" + `: false}}`,
}

// Migrate creates the constraints and indexes the store relies on and waits
// until they are online. It is safe to run on every start and from several
// processes at once.
func (s *Store) Migrate(ctx context.Context) error {
	// Schema commands cannot share a transaction with each other, so each
	// runs in its own auto-commit statement.
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(context.WithoutCancel(ctx))
	for _, stmt := range schemaStatements {
		s.queries.Add(1)
		res, err := session.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return translate(fmt.Sprintf("migrate %.60s", stmt), err)
		}
	}
	s.queries.Add(1)
	res, err := session.Run(ctx, `CALL db.awaitIndexes($seconds)`, map[string]any{"seconds": 300})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return translate("await indexes", err)
	}
	return nil
}

// Wipe deletes every node in batches, for tests and benchmarks that need an
// empty graph (Community has a single user database). It keeps the schema.
func (s *Store) Wipe(ctx context.Context) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(context.WithoutCancel(ctx))
	s.queries.Add(1)
	// CALL … IN TRANSACTIONS only runs in an auto-commit statement; batches
	// keep the transaction state small on big graphs.
	res, err := session.Run(ctx, `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return translate("wipe", err)
	}
	return nil
}

// Counts returns how many nodes and relationships the graph holds, for
// tests and benchmarks that check a write changed nothing or measure it.
func (s *Store) Counts(ctx context.Context) (nodes, rels int, err error) {
	type pair struct{ n, r int }
	p, err := read(ctx, s, "count graph", func(tx neo4j.ManagedTransaction) (pair, error) {
		recs, err := s.run(ctx, tx, `CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r`, nil)
		if err != nil || len(recs) == 0 {
			return pair{}, err
		}
		return pair{intOf(recs[0], "n"), intOf(recs[0], "r")}, nil
	})
	return p.n, p.r, err
}
