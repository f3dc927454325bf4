// Package graph serves the claimgraph Store through GraphQL with gqlgen.
//
// What lives here: the resolvers (schema.resolvers.go, thin: validate
// arguments, call one store method directly or through a dataloader, wrap
// the result), per-request dataloaders (loaders.go) that turn N lookups of a
// page into one query, the HTTP handler with its limits (server.go:
// complexity, depth, aliases, tokens, body size, deadline, persisted
// queries, query cache, CORS), and the error presenter that maps domain
// error codes to extensions.code (errors.go). generated.go is gqlgen's.
//
// What does not: Cypher (neo4jstore), extraction (loader), flags (cmd).
package graph
