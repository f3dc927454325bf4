package neo4jstore

import (
	"context"
	"fmt"

	"github.com/claimgraph/claimgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// WriteFactByFact is a benchmark baseline, not a way to load data: it
// writes one batch the naive way, one managed transaction per fact (the
// article, each entity, mention, publisher link, affiliation, accusation,
// via step and denial), so `claimgraph bench load` can show what batching
// with UNWIND buys. Each transaction runs the same MERGE statement as
// WriteBatches with a one-row list, so the graph it leaves is the same one
// and the difference measured is only transactions and round trips.
//
// Unlike WriteBatches it does not detect unchanged or changed articles and
// does not redirect merged-away entities: the benchmark writes new articles
// to an empty graph. It is not atomic: a failure leaves the facts written
// before it. It returns an Invalid error for an inconsistent batch and an
// Unavailable error when the database cannot be reached.
func (s *Store) WriteFactByFact(ctx context.Context, b claimgraph.Batch) error {
	if err := validateBatch(&b); err != nil {
		return err
	}
	r := buildRows([]*claimgraph.Batch{&b})
	// The order is the one writeTx uses: nodes before the edges that
	// MATCH them.
	type step struct {
		cypher string
		rows   []map[string]any
	}
	steps := []step{{cypherUpsertArticles, r.articles}}
	for _, t := range claimgraph.EntityTypes {
		steps = append(steps, step{cypherUpsertEntities[t], r.entities[t]})
	}
	steps = append(steps,
		step{cypherMentions, r.mentions},
		step{cypherPublishedBy, r.publishers},
		step{cypherSpeaksFor, r.speaksFor},
		step{cypherAccusations, r.accusations},
		step{cypherVia, r.via},
		step{cypherDenials, r.denials},
	)
	op := "write fact of article " + b.Article.ID
	for _, st := range steps {
		for _, row := range st.rows {
			params := map[string]any{"rows": []map[string]any{row}}
			if _, err := write(ctx, s, op, func(tx neo4j.ManagedTransaction) (struct{}, error) {
				return struct{}{}, s.exec(ctx, tx, st.cypher, params)
			}); err != nil {
				return fmt.Errorf("article %s: %w", b.Article.ID, err)
			}
		}
	}
	return nil
}
