// Package loader turns article files into graph writes:
//
//	files ──input──▶ Articles ──extract──▶ ArticleFacts ──Build──▶ Batches ──Store──▶ Neo4j
//
// Subpackages do the pure steps: input reads files of every supported
// format into claimgraph.Article values (and rejects what cannot be read),
// extract finds entities, accusations and denials, and eval scores the
// extractor against gold annotations. This package resolves identities
// (Build: article-local ids → stable global ids, one node per entity across
// articles, anonymous officials scoped to their article), runs the pipeline
// with a bounded number of workers, batches articles into transactions, and
// keeps the report of what was loaded, unchanged or rejected and why.
//
// The loader never talks to Neo4j directly: it writes through the
// claimgraph.Writer interface, so it is tested above the storage line with
// the real store and the extraction steps are tested without a database.
package loader
