// Package bench measures claimgraph end to end: how fast articles load into
// Neo4j, and how fast the GraphQL API answers on a large graph. The figures
// and how to reproduce them are in BENCHMARKS.md; `claimgraph bench` and
// scripts/bench.sh (make bench) run it.
//
// What lives here:
//
//   - generators, pure and deterministic for a seed, with no I/O: Corpus
//     writes German and English news stories about fictional companies,
//     agencies and outlets (accusations, denials, via chains) that the real
//     extractor reads; Graph plans a large synthetic graph as ordinary
//     claimgraph.Batch values, with hub agencies and a realistic mix of
//     entity types, written without extraction;
//   - runners: RunLoad (the real loader pipeline at several worker and batch
//     settings, then batched writes against the one-transaction-per-fact
//     baseline on identical batches), BuildGraph and RunAPI (the real HTTP
//     handler on a loopback listener, concurrent clients, p50/p99);
//   - the tables they print.
//
// What does not: Cypher (neo4jstore has all of it, including the baseline
// writer, neo4jstore.Store.WriteFactByFact), flags and environment
// (cmd/claimgraph), and speed targets: figures are reported, never asserted
// in tests. The runners take interfaces, so this package imports no driver.
//
// Every database run wipes the graph it is given: point it only at a
// throw-away Neo4j.
package bench
