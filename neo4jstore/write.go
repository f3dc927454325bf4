package neo4jstore

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// maxAliases bounds the alias list of one entity node.
const maxAliases = 200

// WriteBatches writes all batches in one transaction with a constant number
// of UNWIND statements, so a loader that groups articles gets throughput
// from batching while each article still lands completely or not at all.
// If the group fails for a reason other than unavailability, each batch is
// retried alone, so one bad article cannot poison the others; the first
// single failure is returned with the statuses of the batches before it.
func (s *Store) WriteBatches(ctx context.Context, batches []claimgraph.Batch) ([]claimgraph.WriteStatus, error) {
	if len(batches) == 0 {
		return nil, nil
	}
	for i := range batches {
		if err := validateBatch(&batches[i]); err != nil {
			return nil, err
		}
	}
	statuses, err := s.writeGroup(ctx, batches)
	if err == nil || len(batches) == 1 || claimgraph.ErrorCode(err) == claimgraph.EUNAVAILABLE {
		return statuses, err
	}
	out := make([]claimgraph.WriteStatus, 0, len(batches))
	for i := range batches {
		st, err := s.writeGroup(ctx, batches[i:i+1])
		if err != nil {
			return out, fmt.Errorf("article %s: %w", batches[i].Article.ID, err)
		}
		out = append(out, st...)
	}
	return out, nil
}

func validateBatch(b *claimgraph.Batch) error {
	if err := b.Article.Validate(); err != nil {
		return err
	}
	known := make(map[string]bool, len(b.Entities))
	for i := range b.Entities {
		if err := b.Entities[i].Validate(); err != nil {
			return fmt.Errorf("article %s: %w", b.Article.ID, err)
		}
		known[b.Entities[i].ID] = true
	}
	ref := func(id, what string) error {
		if !known[id] {
			return claimgraph.Errorf(claimgraph.EINVALID, "article %s: %s refers to unknown entity %q", b.Article.ID, what, id)
		}
		return nil
	}
	accusations := map[string]bool{}
	for _, r := range b.Accusations {
		if err := ref(r.Accusation.AccuserID, "accusation "+r.Accusation.ID); err != nil {
			return err
		}
		if err := ref(r.Accusation.AccusedID, "accusation "+r.Accusation.ID); err != nil {
			return err
		}
		for _, v := range r.Accusation.Via {
			if err := ref(v, "via of "+r.Accusation.ID); err != nil {
				return err
			}
		}
		accusations[r.Accusation.ID] = true
	}
	for _, r := range b.Denials {
		if err := ref(r.Denial.DenierID, "denial "+r.Denial.ID); err != nil {
			return err
		}
		if !accusations[r.Denial.AccusationID] {
			return claimgraph.Errorf(claimgraph.EINVALID, "article %s: denial %s answers an accusation the article does not report", b.Article.ID, r.Denial.ID)
		}
	}
	return nil
}

// writeGroup writes batches in one managed transaction.
func (s *Store) writeGroup(ctx context.Context, batches []claimgraph.Batch) ([]claimgraph.WriteStatus, error) {
	op := "write article " + batches[0].Article.ID
	if len(batches) > 1 {
		op = fmt.Sprintf("write %d articles", len(batches))
	}
	return write(ctx, s, op, func(tx neo4j.ManagedTransaction) ([]claimgraph.WriteStatus, error) {
		return s.writeTx(ctx, tx, batches)
	})
}

func (s *Store) writeTx(ctx context.Context, tx neo4j.ManagedTransaction, batches []claimgraph.Batch) ([]claimgraph.WriteStatus, error) {
	ids := make([]string, len(batches))
	for i, b := range batches {
		ids[i] = b.Article.ID
	}
	recs, err := s.run(ctx, tx, `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.sha256 AS sha`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	stored := make(map[string]string, len(recs))
	for _, r := range recs {
		id, _ := r.Get("id")
		sha, _ := r.Get("sha")
		stored[fmt.Sprint(id)] = fmt.Sprint(sha)
	}

	statuses := make([]claimgraph.WriteStatus, len(batches))
	var todo []*claimgraph.Batch
	var changed []string
	seen := map[string]bool{}
	for i := range batches {
		b := &batches[i]
		sha, ok := stored[b.Article.ID]
		switch {
		case seen[b.Article.ID] || (ok && sha == b.Article.SHA256):
			// A repeat inside one group counts as unchanged too: the first
			// copy is the one written.
			statuses[i] = claimgraph.Unchanged
			continue
		case ok:
			changed = append(changed, b.Article.ID)
		}
		seen[b.Article.ID] = true
		statuses[i] = claimgraph.Loaded
		todo = append(todo, b)
	}
	if len(todo) == 0 {
		return statuses, nil
	}
	if len(changed) > 0 {
		if err := s.detachArticles(ctx, tx, changed); err != nil {
			return nil, err
		}
	}
	if err := s.redirectMerged(ctx, tx, todo); err != nil {
		return nil, err
	}
	rows := buildRows(todo)
	if err := s.exec(ctx, tx, cypherUpsertArticles, map[string]any{"rows": rows.articles}); err != nil {
		return nil, err
	}
	for _, t := range claimgraph.EntityTypes {
		if len(rows.entities[t]) == 0 {
			continue
		}
		if err := s.exec(ctx, tx, cypherUpsertEntities[t], map[string]any{"rows": rows.entities[t]}); err != nil {
			return nil, err
		}
	}
	steps := []struct {
		cypher string
		rows   []map[string]any
	}{
		{cypherMentions, rows.mentions},
		{cypherPublishedBy, rows.publishers},
		{cypherSpeaksFor, rows.speaksFor},
		{cypherAccusations, rows.accusations},
		{cypherVia, rows.via},
		{cypherDenials, rows.denials},
	}
	for _, st := range steps {
		if len(st.rows) == 0 {
			continue
		}
		if err := s.exec(ctx, tx, st.cypher, map[string]any{"rows": st.rows}); err != nil {
			return nil, err
		}
	}
	return statuses, nil
}

// redirectMerged rewrites ids of entities a curator merged away to the
// entity they were merged into, so that new articles extend the curated
// node instead of reviving the tombstone.
func (s *Store) redirectMerged(ctx context.Context, tx neo4j.ManagedTransaction, batches []*claimgraph.Batch) error {
	var ids []string
	for _, b := range batches {
		for _, e := range b.Entities {
			ids = append(ids, e.ID)
		}
	}
	recs, err := s.run(ctx, tx, `UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE n.mergedInto IS NOT NULL RETURN n.id AS id, n.mergedInto AS into`, map[string]any{"ids": ids})
	if err != nil || len(recs) == 0 {
		return err
	}
	into := make(map[string]string, len(recs))
	for _, r := range recs {
		id, _ := r.Get("id")
		to, _ := r.Get("into")
		into[fmt.Sprint(id)] = fmt.Sprint(to)
	}
	for _, b := range batches {
		redirectBatch(b, into)
	}
	return nil
}

// redirectBatch applies an id mapping to every reference in b. Claim ids are
// derived from party ids, so they are derived again.
func redirectBatch(b *claimgraph.Batch, into map[string]string) {
	m := func(id string) string {
		if to, ok := into[id]; ok {
			return to
		}
		return id
	}
	b.PublisherID = m(b.PublisherID)
	for i := range b.Entities {
		b.Entities[i].ID = m(b.Entities[i].ID)
		b.Entities[i].AffiliationID = m(b.Entities[i].AffiliationID)
	}
	for i := range b.Mentions {
		b.Mentions[i].EntityID = m(b.Mentions[i].EntityID)
	}
	accIDs := map[string]string{}
	for i := range b.Accusations {
		a := &b.Accusations[i].Accusation
		a.AccuserID, a.AccusedID = m(a.AccuserID), m(a.AccusedID)
		for j := range a.Via {
			a.Via[j] = m(a.Via[j])
		}
		old := a.ID
		a.ID = claimgraph.AccusationID(a.AccuserID, a.AccusedID)
		accIDs[old] = a.ID
	}
	for i := range b.Denials {
		d := &b.Denials[i].Denial
		d.DenierID = m(d.DenierID)
		if to, ok := accIDs[d.AccusationID]; ok {
			d.AccusationID = to
		}
		d.ID = claimgraph.DenialID(d.DenierID, d.AccusationID)
	}
}

// detachArticles removes what changed articles contributed (mentions,
// publisher, evidence, via steps) and prunes claims left without evidence,
// so the new version can be written as if the article were new.
func (s *Store) detachArticles(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	p := map[string]any{"ids": ids}
	if err := s.exec(ctx, tx, `
		UNWIND $ids AS aid
		MATCH (:Article {id: aid})-[m:MENTIONS|PUBLISHED_BY]->()
		DELETE m`, p); err != nil {
		return err
	}
	if err := s.exec(ctx, tx, `
		UNWIND $ids AS aid
		MATCH (:Article {id: aid})<-[:EVIDENCED_BY]-(:Claim)-[v:VIA {article: aid}]->()
		DELETE v`, p); err != nil {
		return err
	}
	recs, err := s.run(ctx, tx, `
		UNWIND $ids AS aid
		MATCH (:Article {id: aid})<-[e:EVIDENCED_BY]-(k:Claim)
		DELETE e
		WITH DISTINCT k
		OPTIONAL MATCH (k)-[:RESPONDS_TO]->(answered:Accusation)
		RETURN collect(DISTINCT k.id) AS claims, collect(DISTINCT answered.id) AS answered`, p)
	if err != nil || len(recs) == 0 {
		return err
	}
	claims, _ := recs[0].Get("claims")
	answered, _ := recs[0].Get("answered")
	return s.pruneClaims(ctx, tx, claims, answered)
}

// pruneClaims deletes claims (and their entity edges) that no longer have
// evidence, with the denials of deleted accusations, and recomputes first
// and last seen and the denied flag of the rest.
func (s *Store) pruneClaims(ctx context.Context, tx neo4j.ManagedTransaction, claims, answered any) error {
	p := map[string]any{"claims": claims, "answered": answered}
	if err := s.exec(ctx, tx, `
		UNWIND $claims AS cid
		MATCH (k:Claim {id: cid})
		WHERE NOT (k)-[:EVIDENCED_BY]->()
		OPTIONAL MATCH (d:Denial)-[:RESPONDS_TO]->(k)
		WITH collect(DISTINCT k) + collect(DISTINCT d) AS doomed
		UNWIND doomed AS k
		OPTIONAL MATCH ()-[r:ACCUSED|DENIED {claimId: k.id}]->()
		DELETE r
		WITH DISTINCT k
		DETACH DELETE k`, p); err != nil {
		return err
	}
	if err := s.exec(ctx, tx, `
		UNWIND $claims AS cid
		MATCH (k:Claim {id: cid})-[e:EVIDENCED_BY]->()
		WITH k, min(e.seenAt) AS first, max(e.seenAt) AS last
		SET k.firstSeen = first, k.lastSeen = last`, p); err != nil {
		return err
	}
	return s.exec(ctx, tx, `
		UNWIND $claims + $answered AS cid
		MATCH (k:Claim:Accusation {id: cid})
		SET k.denied = EXISTS { (:Denial)-[:RESPONDS_TO]->(k) }`, p)
}

// rows are the UNWIND parameters of one group of batches.
type rows struct {
	articles    []map[string]any
	entities    map[claimgraph.EntityType][]map[string]any
	mentions    []map[string]any
	publishers  []map[string]any
	speaksFor   []map[string]any
	accusations []map[string]any
	via         []map[string]any
	denials     []map[string]any
}

func buildRows(batches []*claimgraph.Batch) rows {
	r := rows{entities: map[claimgraph.EntityType][]map[string]any{}}
	// One row per entity even when several articles of the group name it:
	// their aliases are combined here rather than by repeated MERGEs.
	entityRow := map[string]map[string]any{}
	speaks := map[[2]string]bool{}
	for _, b := range batches {
		a := &b.Article
		seen := claimgraph.SeenAt(*a)
		r.articles = append(r.articles, map[string]any{
			"id": a.ID,
			"props": map[string]any{
				"name": a.Name, "title": a.Title, "url": nullable(a.URL), "publisher": nullable(a.Publisher),
				"published": dateOrNil(a.Published), "lang": a.Lang, "sha256": a.SHA256,
				"loadedAt": a.LoadedAt.UTC(), "seenAt": seen, "source": a.Source, "text": a.Text,
			},
		})
		for _, e := range b.Entities {
			// Every affiliation an official is given gets its edge, also
			// when an earlier article of the group named the official.
			if pair := [2]string{e.ID, e.AffiliationID}; e.Type == claimgraph.Official && e.AffiliationID != "" && !speaks[pair] {
				speaks[pair] = true
				r.speaksFor = append(r.speaksFor, map[string]any{"official": e.ID, "org": e.AffiliationID})
			}
			if row, ok := entityRow[e.ID]; ok {
				row["aliases"] = appendNew(row["aliases"].([]string), append([]string{e.Name}, e.Aliases...)...)
				if e.AffiliationID != "" {
					row["affiliation"] = e.AffiliationID
				}
				continue
			}
			row := map[string]any{
				"id": e.ID, "type": string(e.Type), "name": e.Name, "aliases": appendNew(nil, e.Aliases...),
				"lang": e.Lang, "anonymous": e.Anonymous, "affiliation": nullable(e.AffiliationID),
			}
			entityRow[e.ID] = row
			r.entities[e.Type] = append(r.entities[e.Type], row)
		}
		if b.PublisherID != "" {
			r.publishers = append(r.publishers, map[string]any{"article": a.ID, "publisher": b.PublisherID})
		}
		for _, m := range b.Mentions {
			r.mentions = append(r.mentions, map[string]any{"article": a.ID, "entity": m.EntityID, "forms": m.Forms, "count": m.Count})
		}
		for _, rep := range b.Accusations {
			c := &rep.Accusation
			r.accusations = append(r.accusations, map[string]any{
				"id": c.ID, "accuser": c.AccuserID, "accused": c.AccusedID, "summary": c.Summary,
				"article": a.ID, "seenAt": seen,
				"sentence": rep.Evidence.Sentence, "start": rep.Evidence.Start, "end": rep.Evidence.End,
				"rule": rep.Evidence.Rule, "confidence": rep.Evidence.Confidence,
			})
			for step, v := range c.Via {
				r.via = append(r.via, map[string]any{"claim": c.ID, "entity": v, "article": a.ID, "step": step})
			}
		}
		for _, rep := range b.Denials {
			d := &rep.Denial
			r.denials = append(r.denials, map[string]any{
				"id": d.ID, "denier": d.DenierID, "accusation": d.AccusationID, "quote": nullable(d.Quote),
				"article": a.ID, "seenAt": seen,
				"sentence": rep.Evidence.Sentence, "start": rep.Evidence.Start, "end": rep.Evidence.End,
				"rule": rep.Evidence.Rule, "confidence": rep.Evidence.Confidence,
			})
		}
	}
	r.sortByKey()
	return r
}

// sortByKey orders every statement's rows by the node they lock first, so
// concurrent writers take locks in the same order and rarely deadlock on
// shared nodes (a hub agency, a wire service).
func (r *rows) sortByKey() {
	by := func(rows []map[string]any, keys ...string) {
		sort.SliceStable(rows, func(i, j int) bool {
			for _, k := range keys {
				a, b := fmt.Sprint(rows[i][k]), fmt.Sprint(rows[j][k])
				if a != b {
					return a < b
				}
			}
			return false
		})
	}
	by(r.articles, "id")
	for _, es := range r.entities {
		by(es, "id")
	}
	by(r.mentions, "entity", "article")
	by(r.publishers, "publisher", "article")
	by(r.speaksFor, "org", "official")
	by(r.accusations, "id", "article")
	by(r.via, "claim", "entity", "article")
	by(r.denials, "id", "article")
}

func appendNew(list []string, xs ...string) []string {
	for _, x := range xs {
		if x == "" {
			continue
		}
		dup := false
		for _, y := range list {
			if y == x {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, x)
		}
	}
	return list
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func dateOrNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return neo4j.DateOf(t)
}

const cypherUpsertArticles = `
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a += r.props`

// cypherUpsertEntities has one statement per type because labels cannot be
// parameters; the label comes from this fixed table, never from input.
var cypherUpsertEntities = func() map[claimgraph.EntityType]string {
	m := map[claimgraph.EntityType]string{}
	for _, t := range claimgraph.EntityTypes {
		m[t] = `
UNWIND $rows AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n:` + string(t) + `, n.type = e.type, n.name = e.name, n.lang = e.lang,
              n.anonymous = e.anonymous, n.aliases = [], n.createdAt = datetime()
WITH n, e,
     CASE WHEN size(e.name) > size(n.name) AND toLower(e.name) CONTAINS toLower(n.name)
          THEN e.name ELSE n.name END AS name
WITH n, e, name,
     reduce(acc = [], x IN [n.name] + n.aliases + [e.name] + e.aliases |
            CASE WHEN x = name OR x IN acc THEN acc ELSE acc + x END) AS aliases
SET n.name = name,
    n.aliases = aliases[..` + fmt.Sprint(maxAliases) + `],
    n.aliasText = reduce(s = '', x IN aliases[..` + fmt.Sprint(maxAliases) + `] | s + x + '\n'),
    n.affiliationId = coalesce(e.affiliation, n.affiliationId)`
	}
	return m
}()

const cypherMentions = `
UNWIND $rows AS m
MATCH (a:Article {id: m.article})
MATCH (n:Entity {id: m.entity})
MERGE (a)-[r:MENTIONS]->(n)
SET r.forms = m.forms, r.count = m.count`

const cypherPublishedBy = `
UNWIND $rows AS r
MATCH (a:Article {id: r.article})
MATCH (p:Entity {id: r.publisher})
MERGE (a)-[:PUBLISHED_BY]->(p)`

const cypherSpeaksFor = `
UNWIND $rows AS r
MATCH (o:Entity {id: r.official})
MATCH (g:Entity {id: r.org})
MERGE (o)-[:SPEAKS_FOR]->(g)`

const cypherAccusations = `
UNWIND $rows AS c
MATCH (s:Entity {id: c.accuser})
MATCH (t:Entity {id: c.accused})
MATCH (a:Article {id: c.article})
MERGE (k:Claim:Accusation {id: c.id})
ON CREATE SET k.accuserId = c.accuser, k.accusedId = c.accused, k.summary = c.summary,
              k.firstSeen = c.seenAt, k.lastSeen = c.seenAt, k.denied = false, k.createdAt = datetime()
ON MATCH SET k.firstSeen = CASE WHEN c.seenAt < k.firstSeen THEN c.seenAt ELSE k.firstSeen END,
             k.lastSeen = CASE WHEN c.seenAt > k.lastSeen THEN c.seenAt ELSE k.lastSeen END,
             k.summary = CASE WHEN coalesce(k.summary, '') = '' THEN c.summary ELSE k.summary END
MERGE (k)-[:BY]->(s)
MERGE (k)-[:AGAINST]->(t)
MERGE (s)-[:ACCUSED {claimId: c.id}]->(t)
MERGE (k)-[e:EVIDENCED_BY]->(a)
SET e.sentence = c.sentence, e.start = c.start, e.end = c.end, e.rule = c.rule,
    e.confidence = c.confidence, e.seenAt = c.seenAt`

const cypherVia = `
UNWIND $rows AS v
MATCH (k:Claim {id: v.claim})
MATCH (n:Entity {id: v.entity})
MERGE (k)-[:VIA {article: v.article, step: v.step}]->(n)`

const cypherDenials = `
UNWIND $rows AS d
MATCH (s:Entity {id: d.denier})
MATCH (acc:Claim:Accusation {id: d.accusation})
MATCH (x:Entity {id: acc.accuserId})
MATCH (a:Article {id: d.article})
MERGE (k:Claim:Denial {id: d.id})
ON CREATE SET k.denierId = d.denier, k.accusationId = d.accusation, k.quote = d.quote,
              k.firstSeen = d.seenAt, k.lastSeen = d.seenAt, k.createdAt = datetime()
ON MATCH SET k.firstSeen = CASE WHEN d.seenAt < k.firstSeen THEN d.seenAt ELSE k.firstSeen END,
             k.lastSeen = CASE WHEN d.seenAt > k.lastSeen THEN d.seenAt ELSE k.lastSeen END,
             k.quote = coalesce(k.quote, d.quote)
MERGE (k)-[:BY]->(s)
MERGE (k)-[:RESPONDS_TO]->(acc)
MERGE (s)-[:DENIED {claimId: d.id, accusationId: d.accusation}]->(x)
MERGE (k)-[e:EVIDENCED_BY]->(a)
SET e.sentence = d.sentence, e.start = d.start, e.end = d.end, e.rule = d.rule,
    e.confidence = d.confidence, e.seenAt = d.seenAt,
    acc.denied = true`
