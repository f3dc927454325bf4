// Package neo4jstore implements claimgraph.Store on Neo4j 5.x over Bolt. It
// is the only package that imports the Neo4j driver, and all Cypher lives
// here, always with parameters.
//
// The graph it keeps:
//
//	(:Entity:Company|Agency|Publication|Official|Document {id, type, name, aliases, aliasText, lang, anonymous, affiliationId, mergedInto})
//	(:Article {id, name, title, url, publisher, published, lang, sha256, loadedAt, seenAt, source, text})
//	(:Article)-[:MENTIONS {forms, count}]->(:Entity)
//	(:Article)-[:PUBLISHED_BY]->(:Entity:Publication)
//	(:Official)-[:SPEAKS_FOR]->(:Entity)
//	(accuser)-[:ACCUSED {claimId}]->(accused)
//	(denier)-[:DENIED {claimId, accusationId}]->(accuser)
//	(:Claim:Accusation {id, summary, accuserId, accusedId, firstSeen, lastSeen, denied})
//	    -[:BY]->(accuser), -[:AGAINST]->(accused),
//	    -[:EVIDENCED_BY {sentence, start, end, rule, confidence, seenAt}]->(:Article),
//	    -[:VIA {article, step}]->(:Document|:Publication)
//	(:Claim:Denial {id, quote, denierId, accusationId, firstSeen, lastSeen})
//	    -[:BY]->(denier), -[:RESPONDS_TO]->(:Accusation), -[:EVIDENCED_BY]->(:Article)
//
// Accusations and denials are relationships between entities so that plain
// Cypher and path queries work, and claim nodes as well so that provenance
// (evidence per article, via chains, denials of one accusation) has a home.
//
// Every public method opens one session and one managed transaction, which
// the driver retries on transient errors; the work inside is therefore
// idempotent (MERGE, not CREATE, for loader writes). Driver errors are
// translated into claimgraph error codes at this edge: an unreachable
// database is claimgraph.EUNAVAILABLE, never a hang, because every call has
// a deadline and the driver has short connection timeouts.
//
// Entity merges (curation) never delete: relationships move to the kept
// entity carrying a mergedFrom property (and a mergeTrail for merges of
// merges), the merged node stays as a tombstone with mergedInto, and
// SplitEntity moves back what carries its id.
package neo4jstore
