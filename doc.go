// Package claimgraph holds the domain of claimgraph: news articles, the
// entities they name (companies, agencies, publications, officials and
// documents), the accusations one entity makes against another, the denials
// that answer them, and the evidence that ties every claim to a sentence of
// an article.
//
// The package imports no database driver and no GraphQL library. It defines
// the nouns, their validation, the error codes the service speaks, and the
// Store interfaces that the technology packages implement:
//
//   - neo4jstore implements Store on Neo4j (the only importer of the driver);
//   - loader turns files into ArticleFacts and ArticleFacts into Batches;
//   - graph serves a Store through GraphQL.
//
// Data flows one way: files → loader (pure) → Store ← graph ← clients.
//
// Identity. Every entity has a stable id derived from its type and a
// canonical key ("company:alibaba-group"), so writing the same entity twice
// merges instead of duplicating. Anonymous officials get an article-scoped id
// and are never merged across articles. Claims have ids derived from their
// parties, so the same accusation reported by many articles is one claim
// with many pieces of evidence.
package claimgraph
