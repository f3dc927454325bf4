package neo4jstore_test

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/neo4jstore/neo4jtest"
)

// chainBatch is an article in which accuser accuses accused, and the
// accused (if deny) denies it.
func chainBatch(n int, accuser, accused claimgraph.Entity, deny bool) claimgraph.Batch {
	art := claimgraph.Article{
		ID: fmt.Sprintf("article:c%03d", n), Name: fmt.Sprintf("c%03d", n), Title: fmt.Sprintf("Artikel %d", n), Lang: "de",
		Text: fmt.Sprintf("%s wirft %s Betrug vor. Nummer %d.", accuser.Name, accused.Name, n), Source: "gen",
		Published: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n), LoadedAt: time.Now().UTC(),
	}
	art.SHA256 = claimgraph.ContentHash(art.Title, art.Text)
	acc := claimgraph.AccusationID(accuser.ID, accused.ID)
	seen := claimgraph.SeenAt(art)
	b := claimgraph.Batch{
		Article:  art,
		Entities: []claimgraph.Entity{accuser, accused},
		Mentions: []claimgraph.Mention{{EntityID: accuser.ID, Forms: []string{accuser.Name}, Count: 1}, {EntityID: accused.ID, Forms: []string{accused.Name}, Count: 1}},
		Accusations: []claimgraph.AccusationReport{{
			Accusation: claimgraph.Accusation{ID: acc, AccuserID: accuser.ID, AccusedID: accused.ID, Summary: "Betrug"},
			Evidence:   claimgraph.Evidence{Sentence: art.Text, End: len([]rune(art.Text)), Rule: "test", Confidence: 1, SeenAt: seen},
		}},
	}
	if deny {
		b.Denials = []claimgraph.DenialReport{{
			Denial:   claimgraph.Denial{ID: claimgraph.DenialID(accused.ID, acc), DenierID: accused.ID, AccusationID: acc},
			Evidence: claimgraph.Evidence{Sentence: art.Text, Rule: "test", Confidence: 1, SeenAt: seen},
		}}
	}
	return b
}

func company(name string) claimgraph.Entity {
	return claimgraph.Entity{ID: "company:" + name, Type: claimgraph.Company, Name: name}
}

func agency(name string) claimgraph.Entity {
	return claimgraph.Entity{ID: "agency:" + name, Type: claimgraph.Agency, Name: name}
}

// walk pages through a list and returns the ids in order, failing on a
// repeated id (a page boundary that repeats) .
func walk[T any](t *testing.T, size int, id func(T) string, list func(p claimgraph.Page) (claimgraph.List[T], error)) []string {
	t.Helper()
	var ids []string
	seen := map[string]bool{}
	p := claimgraph.Page{First: size}
	for pages := 0; ; pages++ {
		if pages > 1000 {
			t.Fatal("pagination does not end")
		}
		l, err := list(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range l.Items {
			if seen[id(it)] {
				t.Fatalf("id %s returned twice across pages", id(it))
			}
			seen[id(it)] = true
			ids = append(ids, id(it))
		}
		if !l.HasNextPage {
			return ids
		}
		p.After = l.EndCursor()
	}
}

func TestLists(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	regulator := agency("kartellamt")
	var batches []claimgraph.Batch
	for i := 0; i < 25; i++ {
		batches = append(batches, chainBatch(i, regulator, company(fmt.Sprintf("firma-%02d", i)), i%2 == 0))
	}
	mustWrite(t, s, batches...)

	t.Run("EntitiesPagination", func(t *testing.T) {
		ids := walk(t, 7, func(e *claimgraph.Entity) string { return e.ID }, func(p claimgraph.Page) (claimgraph.List[*claimgraph.Entity], error) {
			return s.Entities(ctx(t), claimgraph.EntityFilter{Type: claimgraph.Company}, p)
		})
		if len(ids) != 25 {
			t.Fatalf("got %d companies over all pages, want 25", len(ids))
		}
		if !sort.StringsAreSorted(ids) {
			t.Errorf("companies not in name order: %v", ids)
		}
		n, err := s.CountEntities(ctx(t), claimgraph.EntityFilter{Type: claimgraph.Company})
		if err != nil || n != 25 {
			t.Errorf("CountEntities = %d, %v; want 25", n, err)
		}
	})
	t.Run("AccusationsPagination", func(t *testing.T) {
		var firstSeen []time.Time
		ids := walk(t, 4, func(a *claimgraph.Accusation) string { firstSeen = append(firstSeen, a.FirstSeen); return a.ID },
			func(p claimgraph.Page) (claimgraph.List[*claimgraph.Accusation], error) {
				return s.Accusations(ctx(t), claimgraph.AccusationFilter{AccuserID: regulator.ID}, p)
			})
		if len(ids) != 25 {
			t.Fatalf("got %d accusations, want 25", len(ids))
		}
		for i := 1; i < len(firstSeen); i++ {
			if firstSeen[i].After(firstSeen[i-1]) {
				t.Fatalf("accusations not newest first at %d: %v after %v", i, firstSeen[i], firstSeen[i-1])
			}
		}
	})
	t.Run("CursorStableUnderInserts", func(t *testing.T) {
		first, err := s.Articles(ctx(t), claimgraph.ArticleFilter{}, claimgraph.Page{First: 5})
		if err != nil {
			t.Fatal(err)
		}
		// An article newer than everything lands before the cursor, one
		// older after the end: the next page must neither repeat nor skip.
		mustWrite(t, s, chainBatch(100, regulator, company("spaet"), false), chainBatch(-30, regulator, company("frueh"), false))
		rest := walk(t, 5, func(a *claimgraph.Article) string { return a.ID }, func(p claimgraph.Page) (claimgraph.List[*claimgraph.Article], error) {
			if p.After == "" {
				p.After = first.EndCursor()
			}
			return s.Articles(ctx(t), claimgraph.ArticleFilter{}, p)
		})
		all := map[string]bool{}
		for _, a := range first.Items {
			all[a.ID] = true
		}
		for _, id := range rest {
			if all[id] {
				t.Fatalf("article %s repeated after inserts", id)
			}
			all[id] = true
		}
		if len(all) != 26 { // 25 + the older one; the newer one sorts before page one
			t.Errorf("saw %d articles, want 26", len(all))
		}
	})
	t.Run("Filters", func(t *testing.T) {
		yes, no := true, false
		for _, tc := range []struct {
			name string
			f    claimgraph.AccusationFilter
			want int
		}{
			{"Denied", claimgraph.AccusationFilter{Denied: &yes}, 13},
			{"Undenied", claimgraph.AccusationFilter{Denied: &no}, 14},
			{"Accused", claimgraph.AccusationFilter{AccusedID: "company:firma-03"}, 1},
			{"Since", claimgraph.AccusationFilter{Since: time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)}, 6}, // Jan 21–25 and the late insert
			{"Until", claimgraph.AccusationFilter{Until: time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC)}, 3},
			{"Article", claimgraph.AccusationFilter{ArticleID: "article:c007"}, 1},
		} {
			t.Run(tc.name, func(t *testing.T) {
				n, err := s.CountAccusations(ctx(t), tc.f)
				if err != nil {
					t.Fatal(err)
				}
				if n != tc.want {
					t.Errorf("count = %d, want %d", n, tc.want)
				}
				l, err := s.Accusations(ctx(t), tc.f, claimgraph.Page{First: 100})
				if err != nil {
					t.Fatal(err)
				}
				if len(l.Items) != tc.want {
					t.Errorf("listed %d, want %d", len(l.Items), tc.want)
				}
			})
		}
	})
	t.Run("ErrMalformedCursor", func(t *testing.T) {
		_, err := s.Entities(ctx(t), claimgraph.EntityFilter{}, claimgraph.Page{First: 5, After: "not-a-cursor"})
		if claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Fatalf("got %v, want invalid", err)
		}
	})
	t.Run("ByIDKeepsOrder", func(t *testing.T) {
		es, err := s.EntitiesByID(ctx(t), []string{"company:firma-05", "company:missing", regulator.ID})
		if err != nil {
			t.Fatal(err)
		}
		if es[0] == nil || es[0].ID != "company:firma-05" || es[1] != nil || es[2] == nil || es[2].ID != regulator.ID {
			t.Fatalf("got %v, want [firma-05 nil kartellamt]", es)
		}
	})
}

func TestSearch(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	mustWrite(t, s, seedBatch("s1", "2026-03-01"))
	for _, tc := range []struct{ query, want string }{
		{"Alibaba", alibaba.ID},
		{"alibaba group", alibaba.ID},
		{"Alibabas", alibaba.ID},      // inflection
		{"Alibbaba", alibaba.ID},      // typo
		{"Geheimdienst", intel.ID},    // part of a compound name
		{"US intelligence", intel.ID}, // alias in the other language
		{"FT", ft.ID},
		{"Weissen Hauses", memo.ID}, // ß folded
	} {
		t.Run(tc.query, func(t *testing.T) {
			l, err := s.Search(ctx(t), claimgraph.SearchQuery{Text: tc.query}, claimgraph.Page{First: 3})
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Items) == 0 || l.Items[0].ID != tc.want {
				var got []string
				for _, e := range l.Items {
					got = append(got, e.ID)
				}
				t.Fatalf("search %q = %v, want %s first", tc.query, got, tc.want)
			}
		})
	}
	t.Run("Types", func(t *testing.T) {
		l, err := s.Search(ctx(t), claimgraph.SearchQuery{Text: "Alibaba", Types: []claimgraph.EntityType{claimgraph.Agency}}, claimgraph.Page{First: 5})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range l.Items {
			if e.Type != claimgraph.Agency {
				t.Errorf("type filter let %s through", e.ID)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		_, err := s.Search(ctx(t), claimgraph.SearchQuery{Text: "  ~*?  "}, claimgraph.Page{First: 5})
		if claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Fatalf("got %v, want invalid", err)
		}
	})
	t.Run("LuceneSyntaxIsText", func(t *testing.T) {
		// Operators in user text must not reach Lucene as syntax.
		if _, err := s.Search(ctx(t), claimgraph.SearchQuery{Text: `Alibaba AND (id:* OR "x`}, claimgraph.Page{First: 5}); err != nil {
			t.Fatalf("query with Lucene syntax failed: %v", err)
		}
	})
}

// star builds a hub accused by n agencies, and a chain a→b→c→d.
func TestNetworkAndPaths(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	hub := company("hub")
	var batches []claimgraph.Batch
	for i := 0; i < 12; i++ {
		batches = append(batches, chainBatch(i, agency(fmt.Sprintf("amt-%02d", i)), hub, false))
	}
	a, b, c, d := agency("a"), company("b"), company("c"), company("d")
	batches = append(batches, chainBatch(50, a, b, true), chainBatch(51, b, c, false), chainBatch(52, c, d, false))
	mustWrite(t, s, batches...)

	t.Run("Depth", func(t *testing.T) {
		for depth, want := range map[int]int{1: 2, 2: 3, 3: 4} {
			net, err := s.Network(ctx(t), claimgraph.NetworkQuery{Center: a.ID, Depth: depth, Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			if len(net.Entities) != want || net.Truncated {
				t.Errorf("depth %d: %d entities (truncated %v), want %d", depth, len(net.Entities), net.Truncated, want)
			}
		}
	})
	t.Run("DeniedEdge", func(t *testing.T) {
		net, err := s.Network(ctx(t), claimgraph.NetworkQuery{Center: b.ID, Depth: 1, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		var types []string
		for _, r := range net.Relations {
			types = append(types, fmt.Sprintf("%s %s→%s", r.Type, r.SourceID, r.TargetID))
		}
		sort.Strings(types)
		want := "[ACCUSED agency:a→company:b ACCUSED company:b→company:c DENIED company:b→agency:a]"
		if fmt.Sprint(types) != want {
			t.Errorf("relations = %v, want %s", types, want)
		}
	})
	// a→b is seen on day 50 (and denied that day), b→c on day 51.
	day := func(n int) time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n) }
	relations := func(t *testing.T, q claimgraph.NetworkQuery) string {
		t.Helper()
		net, err := s.Network(ctx(t), q)
		if err != nil {
			t.Fatal(err)
		}
		var rels []string
		for _, r := range net.Relations {
			rels = append(rels, fmt.Sprintf("%s %s→%s", r.Type, r.SourceID, r.TargetID))
		}
		sort.Strings(rels)
		return fmt.Sprint(len(net.Entities), rels)
	}
	t.Run("Window", func(t *testing.T) {
		for _, c := range []struct {
			since, until time.Time
			want         string
		}{
			{day(51), time.Time{}, "2 [ACCUSED company:b→company:c]"},
			{time.Time{}, day(51), "2 [ACCUSED agency:a→company:b DENIED company:b→agency:a]"},
			{day(50), day(52), "3 [ACCUSED agency:a→company:b ACCUSED company:b→company:c DENIED company:b→agency:a]"},
			{day(60), time.Time{}, "1 []"},
		} {
			if got := relations(t, claimgraph.NetworkQuery{Center: b.ID, Depth: 1, Limit: 100, Since: c.since, Until: c.until}); got != c.want {
				t.Errorf("since %v until %v: %s, want %s", c.since, c.until, got, c.want)
			}
		}
		if _, err := s.Network(ctx(t), claimgraph.NetworkQuery{Center: b.ID, Depth: 1, Limit: 10, Since: day(52), Until: day(51)}); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Errorf("since after until: got %v, want invalid", err)
		}
	})
	t.Run("Types", func(t *testing.T) {
		if got, want := relations(t, claimgraph.NetworkQuery{Center: b.ID, Depth: 2, Limit: 100, Types: []claimgraph.RelationType{claimgraph.Denied}}), "2 [DENIED company:b→agency:a]"; got != want {
			t.Errorf("denials only: %s, want %s", got, want)
		}
		if _, err := s.Network(ctx(t), claimgraph.NetworkQuery{Center: b.ID, Depth: 1, Limit: 10, Types: []claimgraph.RelationType{"MENTIONS"}}); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Errorf("unknown type: got %v, want invalid", err)
		}
	})
	t.Run("LimitTruncates", func(t *testing.T) {
		net, err := s.Network(ctx(t), claimgraph.NetworkQuery{Center: hub.ID, Depth: 2, Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(net.Entities) != 5 || !net.Truncated {
			t.Errorf("got %d entities, truncated %v; want 5, true", len(net.Entities), net.Truncated)
		}
	})
	t.Run("Bounds", func(t *testing.T) {
		for _, q := range []claimgraph.NetworkQuery{{Center: a.ID, Depth: 4, Limit: 10}, {Center: a.ID, Depth: 0, Limit: 10}, {Center: a.ID, Depth: 1, Limit: 501}} {
			if _, err := s.Network(ctx(t), q); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
				t.Errorf("%+v: got %v, want invalid", q, err)
			}
		}
		if _, err := s.Network(ctx(t), claimgraph.NetworkQuery{Center: "company:nope", Depth: 1, Limit: 10}); claimgraph.ErrorCode(err) != claimgraph.ENOTFOUND {
			t.Errorf("missing center: got %v, want not found", err)
		}
	})
	t.Run("Paths", func(t *testing.T) {
		paths, err := s.Paths(ctx(t), claimgraph.PathQuery{From: a.ID, To: d.ID, MaxLength: 4, First: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(paths) == 0 {
			t.Fatal("no path a→d")
		}
		if got, want := fmt.Sprint(paths[0].EntityIDs), "[agency:a company:b company:c company:d]"; got != want {
			t.Errorf("shortest path = %s, want %s", got, want)
		}
		for i := 1; i < len(paths); i++ {
			if len(paths[i].Relations) < len(paths[i-1].Relations) {
				t.Errorf("paths not shortest first")
			}
		}
		short, err := s.Paths(ctx(t), claimgraph.PathQuery{From: a.ID, To: d.ID, MaxLength: 2, First: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(short) != 0 {
			t.Errorf("maxLength 2 found %v", short)
		}
		if _, err := s.Paths(ctx(t), claimgraph.PathQuery{From: a.ID, To: a.ID, MaxLength: 2, First: 5}); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Errorf("same endpoints: got %v, want invalid", err)
		}
	})
}

func TestMergeAndSplit(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	keep, dup, accuser := company("alibaba-group"), company("alibaba"), agency("geheimdienst")
	dup.Name = "Alibaba"
	mustWrite(t, s, chainBatch(1, accuser, keep, false), chainBatch(2, accuser, dup, true))

	merged, err := s.MergeEntities(ctx(t), keep.ID, []string{dup.ID})
	if err != nil {
		t.Fatal(err)
	}
	if !contains(merged.Aliases, "Alibaba") || !contains(merged.Aliases, dup.ID) {
		t.Errorf("aliases after merge = %v, want the merged name and id", merged.Aliases)
	}
	received, err := s.CountAccusations(ctx(t), claimgraph.AccusationFilter{AccusedID: keep.ID})
	if err != nil || received != 2 {
		t.Errorf("accusations against kept entity = %d, %v; want 2", received, err)
	}
	denials, err := s.CountDenials(ctx(t), claimgraph.DenialFilter{DenierID: keep.ID})
	if err != nil || denials != 1 {
		t.Errorf("denials by kept entity = %d, %v; want 1", denials, err)
	}
	es, err := s.EntitiesByID(ctx(t), []string{dup.ID})
	if err != nil || es[0] == nil || es[0].ID != keep.ID {
		t.Errorf("merged id resolves to %v, %v; want %s", es, err, keep.ID)
	}
	if n, _ := s.CountEntities(ctx(t), claimgraph.EntityFilter{Type: claimgraph.Company}); n != 1 {
		t.Errorf("companies listed after merge = %d, want 1", n)
	}
	// A new article naming the merged id lands on the kept entity.
	mustWrite(t, s, chainBatch(3, agency("andere"), dup, false))
	if n, _ := s.CountAccusations(ctx(t), claimgraph.AccusationFilter{AccusedID: keep.ID}); n != 3 {
		t.Errorf("accusations against kept entity after a new article = %d, want 3", n)
	}

	for _, tc := range []struct {
		name  string
		keep  string
		merge []string
		code  string
	}{
		{"ErrNotFound", keep.ID, []string{"company:none"}, claimgraph.ENOTFOUND},
		{"ErrSelf", keep.ID, []string{keep.ID}, claimgraph.EINVALID},
		{"ErrTypes", keep.ID, []string{accuser.ID}, claimgraph.EINVALID},
		{"ErrTombstone", dup.ID, []string{accuser.ID}, claimgraph.ECONFLICT},
		{"ErrEmpty", keep.ID, nil, claimgraph.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.MergeEntities(ctx(t), tc.keep, tc.merge)
			if claimgraph.ErrorCode(err) != tc.code {
				t.Errorf("got %v, want %s", err, tc.code)
			}
		})
	}

	t.Run("Split", func(t *testing.T) {
		if _, err := s.SplitEntity(ctx(t), dup.ID); err != nil {
			t.Fatal(err)
		}
		if n, _ := s.CountAccusations(ctx(t), claimgraph.AccusationFilter{AccusedID: dup.ID}); n != 1 {
			t.Errorf("accusations against split entity = %d, want 1 (the one it had)", n)
		}
		if n, _ := s.CountDenials(ctx(t), claimgraph.DenialFilter{DenierID: dup.ID}); n != 1 {
			t.Errorf("denials by split entity = %d, want 1", n)
		}
		es, _ := s.EntitiesByID(ctx(t), []string{keep.ID})
		if contains(es[0].Aliases, dup.ID) {
			t.Errorf("kept entity still lists the split id as alias: %v", es[0].Aliases)
		}
		if _, err := s.SplitEntity(ctx(t), dup.ID); claimgraph.ErrorCode(err) != claimgraph.ECONFLICT {
			t.Errorf("second split: got %v, want conflict", err)
		}
		if _, err := s.SplitEntity(ctx(t), "company:none"); claimgraph.ErrorCode(err) != claimgraph.ENOTFOUND {
			t.Errorf("split of missing id: got %v, want not found", err)
		}
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
