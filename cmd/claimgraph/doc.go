// Command claimgraph turns news articles into a graph of accusations and
// denials in Neo4j and serves it through GraphQL.
//
//	claimgraph serve   [--addr :8080]          GraphQL at /graphql, GraphiQL at /
//	claimgraph load    [flags] PATH...         extract and store articles
//	claimgraph extract PATH...                 print what the extractor finds (no database)
//	claimgraph eval    [--json] DIR...         score the extractor against gold files
//	claimgraph bench   load|api [flags]        benchmarks on generated data (see BENCHMARKS.md)
//
// Flags and environment are read here and nowhere else: NEO4J_URI,
// NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, CLAIMGRAPH_TOKEN,
// CLAIMGRAPH_CORS_ORIGINS, CLAIMGRAPH_INTROSPECTION, CLAIMGRAPH_LOG_LEVEL.
// main only wires signals to App, which end-to-end tests run in-process.
package main
