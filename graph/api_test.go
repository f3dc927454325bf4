package graph_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loader/eval"
	"github.com/claimgraph/claimgraph/neo4jstore"
)

// corpusEnv is a server over the dev corpus and the seed, loaded with their
// gold annotations as they stand (load --annotated), so the expected graph
// is known from the gold files and not from the extractor's quality.
func corpusEnv(t *testing.T, cfg graph.ServerConfig) (*env, []eval.Gold) {
	t.Helper()
	needCorpus(t)
	e := newEnv(t, cfg)
	e.load(true, devDir, seedGold)
	golds, err := eval.LoadGold(devDir, seedGold)
	if err != nil {
		t.Fatal(err)
	}
	return e, golds
}

type page struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Cursor string `json:"cursor"`
		Node   named  `json:"node"`
	} `json:"edges"`
}

// walkPages pages through a connection field of Query and returns the ids.
func (e *env) walkPages(field, args string, size int) ([]string, int) {
	e.t.Helper()
	var ids []string
	seen := map[string]bool{}
	var after any
	total := -1
	for i := 0; i < 500; i++ {
		var data map[string]page
		q := fmt.Sprintf(`query($after: String) { %s(%s first: %d, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`, field, args, size)
		e.query(q, map[string]any{"after": after}, &data)
		p := data[field]
		if total >= 0 && p.TotalCount != total {
			e.t.Fatalf("totalCount changed between pages: %d then %d", total, p.TotalCount)
		}
		total = p.TotalCount
		if len(p.Edges) > size {
			e.t.Fatalf("page of %d items for first: %d", len(p.Edges), size)
		}
		for _, edge := range p.Edges {
			if seen[edge.Node.ID] {
				e.t.Fatalf("%s: %s repeated across pages", field, edge.Node.ID)
			}
			seen[edge.Node.ID] = true
			ids = append(ids, edge.Node.ID)
		}
		if !p.PageInfo.HasNextPage {
			return ids, total
		}
		if p.PageInfo.EndCursor == nil || *p.PageInfo.EndCursor != p.Edges[len(p.Edges)-1].Cursor {
			e.t.Fatalf("endCursor %v is not the last edge's cursor", p.PageInfo.EndCursor)
		}
		after = *p.PageInfo.EndCursor
	}
	e.t.Fatal("pagination does not end")
	return nil, 0
}

func TestQueries(t *testing.T) {
	e, golds := corpusEnv(t, graph.ServerConfig{})
	wantAccusations, wantDenials := 0, 0
	for _, g := range golds {
		wantAccusations += len(g.Facts.Accusations)
		wantDenials += len(g.Facts.Denials)
	}

	t.Run("Pagination", func(t *testing.T) {
		e := e.with(t)
		for _, tc := range []struct{ field, args string }{
			{"entities", "type: AGENCY,"},
			{"entities", ""},
			{"articles", ""},
			{"accusations", ""},
			{"denials", ""},
			{"search", `text: "Bundesamt",`},
		} {
			t.Run(tc.field+tc.args, func(t *testing.T) {
				ids, total := e.walkPages(tc.field, tc.args, 3)
				if len(ids) != total {
					t.Errorf("walked %d items, totalCount says %d", len(ids), total)
				}
				if len(ids) == 0 {
					t.Errorf("no items")
				}
			})
		}
		ids, _ := e.walkPages("articles", "", 5)
		if len(ids) != len(golds) {
			t.Errorf("articles = %d, want %d", len(ids), len(golds))
		}
		// Identity may fold two gold pairs into one claim across articles,
		// never add claims.
		if ids, _ := e.walkPages("accusations", "", 7); len(ids) > wantAccusations || len(ids) < wantAccusations-2 {
			t.Errorf("accusations = %d, want about %d", len(ids), wantAccusations)
		}
		if ids, _ := e.walkPages("denials", "", 7); len(ids) > wantDenials || len(ids) < wantDenials-2 {
			t.Errorf("denials = %d, want about %d", len(ids), wantDenials)
		}
	})

	t.Run("PageSizeCapped", func(t *testing.T) {
		e := e.with(t)
		var data struct {
			Entities page `json:"entities"`
		}
		e.query(`{ entities(first: 1000) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`, nil, &data)
		if n := len(data.Entities.Edges); n != 100 && !(n == data.Entities.TotalCount && n < 100) {
			t.Errorf("first: 1000 returned %d of %d, want the cap of 100", n, data.Entities.TotalCount)
		}
		e.wantError(request{query: `{ entities(first: -1) { totalCount } }`}, graph.CodeBadUserInput)
	})

	// The BND's accusation against Veltrano (dev-de-01) as a researcher
	// would trace it.
	var found struct {
		Search struct {
			Nodes []named `json:"nodes"`
		} `json:"search"`
	}
	e.query(`{ search(text: "Veltrano", types: [COMPANY], first: 1) { nodes { id name type } } }`, nil, &found)
	if len(found.Search.Nodes) != 1 || found.Search.Nodes[0].Name != "Veltrano Logistics AG" {
		t.Fatalf("search Veltrano = %+v", found.Search.Nodes)
	}
	veltrano := found.Search.Nodes[0].ID

	var recv struct {
		Accusations struct {
			Nodes []struct {
				ID      string `json:"id"`
				Accuser named  `json:"accuser"`
				Denied  bool   `json:"denied"`
			} `json:"nodes"`
		} `json:"accusations"`
	}
	e.query(`query($id: ID) { accusations(accused: $id) { nodes { id denied accuser { id name type } } } }`, map[string]any{"id": veltrano}, &recv)
	if len(recv.Accusations.Nodes) != 1 || recv.Accusations.Nodes[0].Accuser.Name != "Bundesnachrichtendienst" || !recv.Accusations.Nodes[0].Denied {
		t.Fatalf("accusations against Veltrano = %s", fmtJSON(recv.Accusations.Nodes))
	}
	accID := recv.Accusations.Nodes[0].ID
	bnd := recv.Accusations.Nodes[0].Accuser.ID

	t.Run("Provenance", func(t *testing.T) {
		e := e.with(t)
		var data struct {
			Provenance struct {
				Origin  named   `json:"origin"`
				Chain   []named `json:"chain"`
				Reports []struct {
					Sentence string `json:"sentence"`
					SeenAt   string `json:"seenAt"`
					Article  struct {
						Name      string `json:"name"`
						Publisher *named `json:"publisher"`
					} `json:"article"`
				} `json:"reports"`
				FirstSeen string `json:"firstSeen"`
				Denials   []struct {
					Denier   named `json:"denier"`
					Evidence []struct {
						Sentence string `json:"sentence"`
					} `json:"evidence"`
				} `json:"denials"`
			} `json:"provenance"`
		}
		e.query(`query($id: ID!) { provenance(accusation: $id) {
			origin { id name type }
			chain { id name type }
			reports { sentence seenAt article { name publisher { id name type } } }
			firstSeen
			denials { denier { id name type } evidence { sentence } }
		} }`, map[string]any{"id": accID}, &data)
		p := data.Provenance
		if p.Origin.ID != bnd {
			t.Errorf("origin = %+v, want the BND", p.Origin)
		}
		if got := names(p.Chain); len(got) != 2 || got[0] != "Lagebericht des Auslandsgeheimdienstes" || got[1] != "Süddeutsche Zeitung" {
			t.Errorf("chain = %v, want [Lagebericht des Auslandsgeheimdienstes, Süddeutsche Zeitung]", got)
		}
		if len(p.Reports) != 1 || p.Reports[0].Article.Name != "dev-de-01" || !strings.HasPrefix(p.Reports[0].Sentence, "Der Bundesnachrichtendienst (BND) wirft") {
			t.Errorf("reports = %s", fmtJSON(p.Reports))
		}
		if len(p.Reports) == 1 && (p.Reports[0].Article.Publisher == nil || p.Reports[0].Article.Publisher.Name != "Hanse Depesche") {
			t.Errorf("article publisher = %+v, want Hanse Depesche", p.Reports[0].Article.Publisher)
		}
		if len(p.Denials) != 1 || p.Denials[0].Denier.ID != veltrano || !strings.Contains(p.Denials[0].Evidence[0].Sentence, "zurück") {
			t.Errorf("denials = %s", fmtJSON(p.Denials))
		}
		e.wantError(request{query: `{ provenance(accusation: "accusation:nope") { firstSeen } }`}, graph.CodeNotFound)
	})

	t.Run("Node", func(t *testing.T) {
		e := e.with(t)
		var arts struct {
			Articles struct {
				Nodes []struct{ ID string } `json:"nodes"`
			} `json:"articles"`
		}
		e.query(`{ articles(first: 1) { nodes { id } } }`, nil, &arts)
		var dn struct {
			Denials struct {
				Nodes []struct{ ID string } `json:"nodes"`
			} `json:"denials"`
		}
		e.query(`{ denials(first: 1) { nodes { id } } }`, nil, &dn)
		for id, typename := range map[string]string{
			veltrano: "Company", bnd: "Agency", accID: "Accusation",
			arts.Articles.Nodes[0].ID: "Article", dn.Denials.Nodes[0].ID: "Denial",
		} {
			var data struct {
				Node *struct {
					Typename string `json:"__typename"`
					ID       string `json:"id"`
				} `json:"node"`
			}
			e.query(`query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": id}, &data)
			if data.Node == nil || data.Node.Typename != typename || data.Node.ID != id {
				t.Errorf("node(%s) = %+v, want %s", id, data.Node, typename)
			}
		}
		var missing struct {
			Node *struct{ ID string } `json:"node"`
		}
		e.query(`{ node(id: "company:does-not-exist") { id } }`, nil, &missing)
		if missing.Node != nil {
			t.Errorf("missing id resolved to %+v", missing.Node)
		}
		e.wantError(request{query: `{ node(id: "rubbish") { id } }`}, graph.CodeBadUserInput)
	})

	t.Run("EntityConnections", func(t *testing.T) {
		e := e.with(t)
		var data struct {
			Entity struct {
				Name            string `json:"name"`
				AccusationsMade struct {
					TotalCount int `json:"totalCount"`
				} `json:"accusationsMade"`
				Articles struct {
					Nodes []struct {
						Name string `json:"name"`
					} `json:"nodes"`
				} `json:"articles"`
				Officials struct {
					Nodes []named `json:"nodes"`
				} `json:"officials"`
				DenialsMade struct {
					TotalCount int `json:"totalCount"`
				} `json:"denialsMade"`
			} `json:"entity"`
		}
		e.query(`query($id: ID!) { entity(id: $id) { name accusationsMade { totalCount } articles { nodes { name } } officials { nodes { id name type } } denialsMade { totalCount } } }`,
			map[string]any{"id": veltrano}, &data)
		if data.Entity.AccusationsMade.TotalCount != 0 || data.Entity.DenialsMade.TotalCount != 1 {
			t.Errorf("Veltrano made %d accusations and %d denials, want 0 and 1", data.Entity.AccusationsMade.TotalCount, data.Entity.DenialsMade.TotalCount)
		}
		if len(data.Entity.Articles.Nodes) != 1 || data.Entity.Articles.Nodes[0].Name != "dev-de-01" {
			t.Errorf("articles = %+v", data.Entity.Articles.Nodes)
		}
		if got := names(data.Entity.Officials.Nodes); len(got) != 1 || got[0] != "Konzernsprecher" {
			t.Errorf("officials = %v, want [Konzernsprecher]", got)
		}
	})

	t.Run("Filters", func(t *testing.T) {
		e := e.with(t)
		var data struct {
			Denied   page `json:"denied"`
			Undenied page `json:"undenied"`
			All      page `json:"all"`
			Old      page `json:"old"`
		}
		e.query(`{
			denied: accusations(denied: true) { totalCount }
			undenied: accusations(denied: false) { totalCount }
			all: accusations { totalCount }
			old: accusations(until: "2000-01-01") { totalCount }
		}`, nil, &data)
		if data.Denied.TotalCount+data.Undenied.TotalCount != data.All.TotalCount || data.Denied.TotalCount == 0 || data.Undenied.TotalCount == 0 {
			t.Errorf("denied %d + undenied %d != all %d", data.Denied.TotalCount, data.Undenied.TotalCount, data.All.TotalCount)
		}
		if data.Old.TotalCount != 0 {
			t.Errorf("accusations seen before 2000: %d", data.Old.TotalCount)
		}
		e.wantError(request{query: `{ accusations(since: "2026-02-01", until: "2026-01-01") { totalCount } }`}, graph.CodeBadUserInput)
		e.wantError(request{query: `{ accusations(since: "last week") { totalCount } }`}, graph.CodeBadUserInput)
	})

	t.Run("NetworkAndPaths", func(t *testing.T) {
		e := e.with(t)
		var data struct {
			Network struct {
				Nodes     []named `json:"nodes"`
				Truncated bool    `json:"truncated"`
				Edges     []struct {
					Type       string               `json:"type"`
					Source     named                `json:"source"`
					Target     named                `json:"target"`
					Accusation *struct{ ID string } `json:"accusation"`
					Denial     *struct{ ID string } `json:"denial"`
				} `json:"edges"`
			} `json:"network"`
		}
		e.query(`query($id: ID!) { network(center: $id, depth: 1) { truncated nodes { id name type } edges { type source { id } target { id } accusation { id } denial { id } } } }`,
			map[string]any{"id": veltrano}, &data)
		kinds := map[string]bool{}
		for _, ed := range data.Network.Edges {
			kinds[ed.Type] = true
			if ed.Type == "ACCUSED" && (ed.Accusation == nil || ed.Source.ID != bnd) {
				t.Errorf("ACCUSED edge %+v lacks its accusation or accuser", ed)
			}
			if ed.Type == "DENIED" && (ed.Denial == nil || ed.Source.ID != veltrano || ed.Target.ID != bnd) {
				t.Errorf("DENIED edge %+v, want Veltrano → BND with its denial", ed)
			}
		}
		if !kinds["ACCUSED"] || !kinds["DENIED"] || !kinds["SPEAKS_FOR"] {
			t.Errorf("edge types = %v, want ACCUSED, DENIED and SPEAKS_FOR", kinds)
		}
		var filtered struct {
			Denials, Future struct {
				Edges []struct {
					Type string `json:"type"`
				} `json:"edges"`
			}
		}
		e.query(`query($id: ID!) {
			denials: network(center: $id, depth: 2, types: [DENIED]) { edges { type } }
			future: network(center: $id, depth: 1, since: "2100-01-01") { edges { type } }
		}`, map[string]any{"id": veltrano}, &filtered)
		if len(filtered.Denials.Edges) == 0 {
			t.Error("types: [DENIED] kept no edge")
		}
		for _, ed := range filtered.Denials.Edges {
			if ed.Type != "DENIED" {
				t.Errorf("types: [DENIED] kept a %s edge", ed.Type)
			}
		}
		for _, ed := range filtered.Future.Edges {
			if ed.Type != "SPEAKS_FOR" {
				t.Errorf("since 2100 kept a %s edge; only timeless SPEAKS_FOR may stay", ed.Type)
			}
		}
		e.wantError(request{query: `query($id: ID!) { network(center: $id, since: "2026-02-01", until: "2026-01-01") { truncated } }`, variables: map[string]any{"id": veltrano}}, graph.CodeBadUserInput)
		e.wantError(request{query: `query($id: ID!) { network(center: $id, depth: 4) { truncated } }`, variables: map[string]any{"id": veltrano}}, graph.CodeBadUserInput)
		e.wantError(request{query: `{ network(center: "company:nope") { truncated } }`}, graph.CodeNotFound)

		var paths struct {
			Paths []struct {
				Entities  []named `json:"entities"`
				Relations []struct {
					Type string `json:"type"`
				} `json:"relations"`
			} `json:"paths"`
		}
		e.query(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 3) { entities { id name } relations { type } } }`,
			map[string]any{"a": bnd, "b": veltrano}, &paths)
		if len(paths.Paths) == 0 || len(paths.Paths[0].Relations) != 1 {
			t.Errorf("paths BND→Veltrano = %s, want a direct one first", fmtJSON(paths.Paths))
		}
	})
}

// TestRoundTrips proves the dataloaders: a page of accusations with their
// parties, evidence, articles, via and denials costs the same number of
// Neo4j queries whether it holds 2 items or 20.
func TestRoundTrips(t *testing.T) {
	e, _ := corpusEnv(t, graph.ServerConfig{})
	q := `query($n: Int) { accusations(first: $n) { nodes {
		summary accuser { name } accused { name ... on Official { affiliation { name } } }
		evidence { sentence article { title publisher { name } } }
		via { name } denials { denier { name } }
	} } }`
	cost := func(n int) int64 {
		var data struct {
			Accusations struct {
				Nodes []any `json:"nodes"`
			} `json:"accusations"`
		}
		before := e.store.Queries()
		e.query(q, map[string]any{"n": n}, &data)
		if len(data.Accusations.Nodes) != n {
			t.Fatalf("asked for %d accusations, got %d", n, len(data.Accusations.Nodes))
		}
		return e.store.Queries() - before
	}
	small, large := cost(2), cost(20)
	t.Logf("queries for 2 accusations: %d, for 20: %d", small, large)
	// One list query plus one per loader level: entities, evidence,
	// articles, publishers, publisher entities, denials, deniers.
	if large > 10 {
		t.Errorf("20 accusations cost %d queries, want a constant ≤ 10", large)
	}
	if large > small+2 {
		t.Errorf("cost grows with the page: %d queries for 2, %d for 20", small, large)
	}
}

func TestMutations(t *testing.T) {
	e := newEnv(t, graph.ServerConfig{})
	ingest := `mutation($in: ArticleInput!) { ingestArticle(input: $in) {
		status article { id name title language publisher { name } publishedAt }
		entities { id name type } accusations { id accuser { name } accused { name } } denials { id denier { name } }
	} }`
	article := map[string]any{
		"title": "Regulator accuses Brantwood Energy of price manipulation",
		"text": "The Federal Energy Regulatory Commission on Monday accused Brantwood Energy Inc. of manipulating power prices in California during a heat wave in 2025.\n\n" +
			"Brantwood rejected the accusation. \"We have always followed the market rules,\" a company spokeswoman said.",
		"publisher":   "Pacific Ledger",
		"publishedAt": "2026-07-01",
	}
	t.Run("ErrUnauthenticated", func(t *testing.T) {
		e := e.with(t)
		e.wantError(request{query: ingest, variables: map[string]any{"in": article}}, graph.CodeUnauthenticated)
		e.wantError(request{query: ingest, variables: map[string]any{"in": article}, token: "wrong"}, graph.CodeUnauthenticated)
	})
	var first struct {
		IngestArticle struct {
			Status  string `json:"status"`
			Article struct {
				ID          string `json:"id"`
				Language    string `json:"language"`
				PublishedAt string `json:"publishedAt"`
				Publisher   *named `json:"publisher"`
			} `json:"article"`
			Entities    []named `json:"entities"`
			Accusations []struct {
				ID      string `json:"id"`
				Accuser named  `json:"accuser"`
				Accused named  `json:"accused"`
			} `json:"accusations"`
			Denials []struct {
				Denier named `json:"denier"`
			} `json:"denials"`
		} `json:"ingestArticle"`
	}
	res := e.do(request{query: ingest, variables: map[string]any{"in": article}, token: testToken})
	if len(res.Errors) > 0 {
		t.Fatalf("ingest: %+v", res.Errors)
	}
	decode(t, res, &first)
	got := first.IngestArticle
	if got.Status != "LOADED" || got.Article.Language != "en" || got.Article.PublishedAt != "2026-07-01" ||
		got.Article.Publisher == nil || got.Article.Publisher.Name != "Pacific Ledger" {
		t.Errorf("ingest result = %s", fmtJSON(got))
	}
	if len(got.Accusations) != 1 || !strings.Contains(got.Accusations[0].Accused.Name, "Brantwood") ||
		!strings.Contains(got.Accusations[0].Accuser.Name, "Energy Regulatory Commission") {
		t.Errorf("accusations = %s, want the commission accusing Brantwood", fmtJSON(got.Accusations))
	}
	if len(got.Denials) != 1 || !strings.Contains(got.Denials[0].Denier.Name, "Brantwood") {
		t.Errorf("denials = %s, want Brantwood's", fmtJSON(got.Denials))
	}
	again := e.do(request{query: ingest, variables: map[string]any{"in": article}, token: testToken})
	var second struct {
		IngestArticle struct {
			Status string `json:"status"`
		} `json:"ingestArticle"`
	}
	decode(t, again, &second)
	if second.IngestArticle.Status != "UNCHANGED" {
		t.Errorf("second ingest: %s, want UNCHANGED", second.IngestArticle.Status)
	}
	t.Run("ErrEmptyText", func(t *testing.T) {
		e := e.with(t)
		e.wantError(request{query: ingest, variables: map[string]any{"in": map[string]any{"title": "x", "text": "  "}}, token: testToken}, graph.CodeBadUserInput)
	})

	t.Run("MergeAndSplit", func(t *testing.T) {
		e := e.with(t)
		// A second article names the company by its short name only, which
		// curation then merges into the full one.
		short := map[string]any{
			"id": "short-name", "title": "Commission widens Brantwood probe",
			"text": "The Federal Energy Regulatory Commission accused Brantwood Group of withholding generation capacity. Brantwood Group denied the claim.",
		}
		var r struct {
			IngestArticle struct {
				Entities []named `json:"entities"`
			} `json:"ingestArticle"`
		}
		decode(t, e.do(request{query: ingest, variables: map[string]any{"in": short}, token: testToken}), &r)
		var keep, dup string
		for _, en := range got.Entities {
			if en.Type == "COMPANY" {
				keep = en.ID
			}
		}
		for _, en := range r.IngestArticle.Entities {
			if en.Type == "COMPANY" && en.ID != keep {
				dup = en.ID
			}
		}
		if keep == "" || dup == "" {
			t.Fatalf("need two company nodes to merge, got %s and %s", fmtJSON(got.Entities), fmtJSON(r.IngestArticle.Entities))
		}
		merge := `mutation($k: ID!, $m: [ID!]!) { mergeEntities(keep: $k, merge: $m) { id aliases accusationsReceived { totalCount } denialsMade { totalCount } } }`
		e.wantError(request{query: merge, variables: map[string]any{"k": keep, "m": []string{dup}}}, graph.CodeUnauthenticated)
		var m struct {
			MergeEntities struct {
				ID                  string   `json:"id"`
				Aliases             []string `json:"aliases"`
				AccusationsReceived page     `json:"accusationsReceived"`
				DenialsMade         page     `json:"denialsMade"`
			} `json:"mergeEntities"`
		}
		decode(t, e.do(request{query: merge, variables: map[string]any{"k": keep, "m": []string{dup}}, token: testToken}), &m)
		if m.MergeEntities.AccusationsReceived.TotalCount != 2 || m.MergeEntities.DenialsMade.TotalCount != 2 {
			t.Errorf("after merge: %s, want 2 accusations received and 2 denials", fmtJSON(m.MergeEntities))
		}
		var split struct {
			SplitEntity struct {
				ID                  string `json:"id"`
				AccusationsReceived page   `json:"accusationsReceived"`
			} `json:"splitEntity"`
		}
		decode(t, e.do(request{query: `mutation($id: ID!) { splitEntity(id: $id) { id accusationsReceived { totalCount } } }`, variables: map[string]any{"id": dup}, token: testToken}), &split)
		if split.SplitEntity.ID != dup || split.SplitEntity.AccusationsReceived.TotalCount != 1 {
			t.Errorf("after split: %s", fmtJSON(split.SplitEntity))
		}
		e.wantError(request{query: merge, variables: map[string]any{"k": keep, "m": []string{"company:none"}}, token: testToken}, graph.CodeNotFound)
	})
}

func decode(t *testing.T, res response, out any) {
	t.Helper()
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %+v", res.Errors)
	}
	if err := jsonUnmarshal(res.Data, out); err != nil {
		t.Fatal(err)
	}
}

func TestLimits(t *testing.T) {
	e := newEnv(t, graph.ServerConfig{ComplexityLimit: 2000, DepthLimit: 6, AliasLimit: 3, TokenLimit: 300, MaxBodyBytes: 4096})
	t.Run("Complexity", func(t *testing.T) {
		e := e.with(t)
		e.wantError(request{query: `{ accusations(first: 100) { nodes { evidence(first: 100) { sentence } } } }`}, "COMPLEXITY_LIMIT_EXCEEDED")
	})
	t.Run("Depth", func(t *testing.T) {
		e := e.with(t)
		e.wantError(request{query: `{ entities(first: 1) { nodes { articles(first: 1) { nodes { accusations(first: 1) { nodes { accuser { name } } } } } } } }`}, graph.CodeDepthLimit)
	})
	t.Run("Aliases", func(t *testing.T) {
		e := e.with(t)
		e.wantError(request{query: `{ a: articles { totalCount } b: articles { totalCount } c: articles { totalCount } d: articles { totalCount } }`}, graph.CodeAliasLimit)
	})
	t.Run("Tokens", func(t *testing.T) {
		e := e.with(t)
		e.wantError(request{query: "{ " + strings.Repeat("__typename ", 400) + "}"}, graph.CodeBadUserInput)
	})
	t.Run("BodySize", func(t *testing.T) {
		e := e.with(t)
		res := e.do(request{query: "{ __typename }", variables: map[string]any{"pad": strings.Repeat("x", 5000)}})
		if res.status != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", res.status)
		}
	})
	t.Run("Introspection", func(t *testing.T) {
		off := newEnvNoIntrospection(t)
		res := off.do(request{query: `{ __schema { types { name } } }`})
		if len(res.Errors) == 0 {
			t.Errorf("introspection answered while switched off")
		}
	})
	t.Run("PersistedQuery", func(t *testing.T) {
		e := e.with(t)
		q := `{ articles { totalCount } }`
		sum := sha256.Sum256([]byte(q))
		ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
		e.wantError(request{ext: ext}, "PERSISTED_QUERY_NOT_FOUND")
		if res := e.do(request{query: q, ext: ext}); len(res.Errors) > 0 {
			t.Fatalf("registering the query: %+v", res.Errors)
		}
		if res := e.do(request{ext: ext}); len(res.Errors) > 0 {
			t.Errorf("persisted query by hash: %+v", res.Errors)
		}
	})
	t.Run("Health", func(t *testing.T) {
		e := e.with(t)
		if code, _ := e.get("/healthz"); code != 200 {
			t.Errorf("/healthz %d", code)
		}
		if code, body := e.get("/readyz"); code != 200 {
			t.Errorf("/readyz %d: %s", code, body)
		}
		if code, body := e.get("/"); code != 200 || !strings.Contains(body, "graphiql") && !strings.Contains(body, "GraphiQL") {
			t.Errorf("GraphiQL page: %d", code)
		}
		if code, body := e.get("/metrics"); code != 200 || !strings.Contains(body, "claimgraph_http_requests_total") {
			t.Errorf("/metrics %d", code)
		}
	})
}

func newEnvNoIntrospection(t *testing.T) *env {
	t.Helper()
	e := newEnv(t, graph.ServerConfig{})
	e.srv = httptestServer(t, graph.NewServer(graph.ServerConfig{Store: e.store, Ingester: e.loader, Introspection: false}))
	return e
}

// TestOutage points the server at a port where nothing listens: queries
// must fail fast with UNAVAILABLE and /readyz must say 503.
func TestOutage(t *testing.T) {
	s, err := neo4jstore.Open(neo4jstore.Config{URI: "bolt://127.0.0.1:1", ConnectTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, store: s}
	// A long request deadline: the answer must come from the driver's
	// connection timeout, not from the deadline running out.
	const deadline = 2 * time.Minute
	e.srv = httptestServer(t, graph.NewServer(graph.ServerConfig{Store: s, RequestTimeout: deadline}))
	start := time.Now()
	for _, q := range []string{`{ entities { nodes { id } } }`, `{ entity(id: "company:x") { id } }`} {
		res := e.wantError(request{query: q}, graph.CodeUnavailable)
		if !strings.Contains(res.Errors[0].Message, "unavailable") {
			t.Errorf("message %q, want it to say the database is unavailable", res.Errors[0].Message)
		}
	}
	if time.Since(start) >= deadline {
		t.Errorf("the outage was only reported when the request deadline ran out")
	}
	if code, _ := e.get("/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz %d, want 503", code)
	}
	if code, _ := e.get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz %d, want 200: the process is alive", code)
	}
}

// TestByID reads one article, accusation and denial by id with all their
// fields and connections.
func TestByID(t *testing.T) {
	e, golds := corpusEnv(t, graph.ServerConfig{})
	var g = golds[0]
	for _, x := range golds {
		if x.Article.Name == "dev-de-03" { // mutual accusations, two denials
			g = x
		}
	}
	var data struct {
		Article struct {
			Name        string  `json:"name"`
			Title       string  `json:"title"`
			Language    string  `json:"language"`
			PublishedAt *string `json:"publishedAt"`
			LoadedAt    string  `json:"loadedAt"`
			Sha256      string  `json:"sha256"`
			Text        string  `json:"text"`
			Entities    page    `json:"entities"`
			Accusations struct {
				Nodes []struct {
					ID string `json:"id"`
				} `json:"nodes"`
			} `json:"accusations"`
			Denials struct {
				Nodes []struct {
					ID string `json:"id"`
				} `json:"nodes"`
			} `json:"denials"`
		} `json:"article"`
	}
	e.query(`query($id: ID!) { article(id: $id) { name title language publishedAt loadedAt sha256 text
		entities(first: 50) { totalCount } accusations { nodes { id } } denials { nodes { id } } } }`,
		map[string]any{"id": "article:" + g.Article.Name}, &data)
	a := data.Article
	if a.Name != g.Article.Name || a.Title != g.Article.Title || a.Language != g.Article.Lang || a.Text != g.Article.Text || len(a.Sha256) != 64 {
		t.Errorf("article = %+v", a)
	}
	if a.Entities.TotalCount != len(g.Facts.Entities) {
		t.Errorf("article entities = %d, want %d", a.Entities.TotalCount, len(g.Facts.Entities))
	}
	if len(a.Accusations.Nodes) != len(g.Facts.Accusations) || len(a.Denials.Nodes) != len(g.Facts.Denials) {
		t.Fatalf("article has %d accusations and %d denials, want %d and %d", len(a.Accusations.Nodes), len(a.Denials.Nodes), len(g.Facts.Accusations), len(g.Facts.Denials))
	}
	for _, d := range a.Denials.Nodes {
		var dd struct {
			Denial struct {
				Denier     named `json:"denier"`
				Accusation struct {
					ID            string `json:"id"`
					Accused       named  `json:"accused"`
					EvidenceCount int    `json:"evidenceCount"`
					Denied        bool   `json:"denied"`
				} `json:"accusation"`
				FirstSeen string `json:"firstSeen"`
			} `json:"denial"`
		}
		e.query(`query($id: ID!) { denial(id: $id) { denier { id name } firstSeen accusation { id denied evidenceCount accused { id name } } } }`, map[string]any{"id": d.ID}, &dd)
		if dd.Denial.Denier.ID != dd.Denial.Accusation.Accused.ID || !dd.Denial.Accusation.Denied || dd.Denial.Accusation.EvidenceCount != 1 {
			t.Errorf("denial %s = %+v: the accused should deny an accusation marked denied", d.ID, dd.Denial)
		}
		var filtered struct {
			Denials page `json:"denials"`
		}
		e.query(`query($acc: ID) { denials(accusation: $acc) { totalCount } }`, map[string]any{"acc": dd.Denial.Accusation.ID}, &filtered)
		if filtered.Denials.TotalCount != 1 {
			t.Errorf("denials(accusation:) = %d, want 1", filtered.Denials.TotalCount)
		}
	}
	var none struct {
		Article    *struct{ ID string } `json:"article"`
		Accusation *struct{ ID string } `json:"accusation"`
		Denial     *struct{ ID string } `json:"denial"`
		Entity     *struct{ ID string } `json:"entity"`
	}
	e.query(`{ article(id: "article:none") { id } accusation(id: "accusation:none") { id } denial(id: "denial:none") { id } entity(id: "company:none") { id } }`, nil, &none)
	if none.Article != nil || none.Accusation != nil || none.Denial != nil || none.Entity != nil {
		t.Errorf("missing ids resolved: %+v", none)
	}
}

func TestCORS(t *testing.T) {
	e := newEnv(t, graph.ServerConfig{CORSOrigins: []string{"https://app.example"}})
	req, _ := http.NewRequest(http.MethodOptions, e.srv.URL+"/graphql", nil)
	req.Header.Set("Origin", "https://app.example")
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "authorization,content-type") // as browsers send it: sorted, no spaces
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if got := res.Header.Get("Access-Control-Allow-Origin"); got != "https://app.example" {
		t.Errorf("allowed origin = %q", got)
	}
	req.Header.Set("Origin", "https://evil.example")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if got := res.Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("unknown origin allowed: %q", got)
	}
}
