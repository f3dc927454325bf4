// Package neo4jtest gives tests a real Neo4j: MustOpen connects to the
// database named by NEO4J_URI (make test starts a throw-away one), applies
// the schema and wipes the graph, so each test starts empty.
//
// Community Neo4j has a single database, so tests that use it must not run
// in parallel with each other, in one package or across packages: make test
// runs `go test -p 1`. Without NEO4J_URI the tests are skipped, unless
// CLAIMGRAPH_REQUIRE_DB is set (as make test does), when they fail.
package neo4jtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/neo4jstore"
)

// Config returns the store configuration from the environment.
func Config(tb testing.TB) neo4jstore.Config {
	tb.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CLAIMGRAPH_REQUIRE_DB") != "" {
			tb.Fatal("NEO4J_URI is not set but CLAIMGRAPH_REQUIRE_DB is: run the tests with make test")
		}
		tb.Skip("NEO4J_URI is not set; run make test to start a throw-away Neo4j")
	}
	return neo4jstore.Config{
		URI:          uri,
		Username:     os.Getenv("NEO4J_USERNAME"),
		Password:     os.Getenv("NEO4J_PASSWORD"),
		Database:     os.Getenv("NEO4J_DATABASE"),
		QueryTimeout: time.Minute,
	}
}

// MustOpen returns a migrated, empty store, closed when the test ends.
func MustOpen(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	s, err := neo4jstore.Open(Config(tb))
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { s.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := s.WaitReady(ctx); err != nil {
		tb.Fatalf("neo4j not ready: %v", err)
	}
	if err := s.Migrate(ctx); err != nil {
		tb.Fatalf("migrate: %v", err)
	}
	if err := s.Wipe(ctx); err != nil {
		tb.Fatalf("wipe: %v", err)
	}
	return s
}
