package loader_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/loader/extract"
)

func mustExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func article(name, text string) claimgraph.Article {
	return claimgraph.Article{
		ID: claimgraph.ArticleID(name), Name: name, Title: "T", Lang: "de", Text: text,
		LoadedAt: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), SHA256: claimgraph.ContentHash("T", text),
	}
}

func TestBuild(t *testing.T) {
	x := mustExtractor(t)
	text := "Der BND wirft der Alibaba Group vor, Daten zu liefern. Alibaba weist das zurück."
	a := article("a1", text)
	facts := claimgraph.ArticleFacts{
		ID: "a1",
		Entities: []claimgraph.FactEntity{
			{ID: "e1", Type: claimgraph.Company, Name: "Alibaba Group", Aliases: []string{"Alibaba", "das Unternehmen"}},
			{ID: "e2", Type: claimgraph.Agency, Name: "Bundesnachrichtendienst", Aliases: []string{"BND"}},
			// The same company a second time under its short name: one node.
			{ID: "e3", Type: claimgraph.Company, Name: "Alibaba"},
			{ID: "e4", Type: claimgraph.Official, Name: "Sprecher", Anonymous: true, Affiliation: "e1"},
		},
		Accusations: []claimgraph.FactAccusation{
			{ID: "a1", Accuser: "e2", Accused: "e1", Summary: "liefert Daten", Evidence: "Der BND wirft der Alibaba Group vor, Daten zu liefern."},
			{ID: "a2", Accuser: "e2", Accused: "e3", Evidence: "Der BND wirft der Alibaba Group vor, Daten zu liefern."}, // same pair once resolved
			{ID: "a3", Accuser: "e1", Accused: "e3", Evidence: "x"},                                                      // self-accusation after resolution
		},
		Denials: []claimgraph.FactDenial{
			{ID: "d1", Denier: "e3", Denies: "a2", Evidence: "Alibaba weist das zurück."},
			{ID: "d2", Denier: "e1", Denies: "a3", Evidence: "x"}, // answers the dropped self-accusation
		},
	}
	b, err := loader.Build(x, a, facts)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]claimgraph.Entity{}
	for _, e := range b.Entities {
		ids[e.ID] = e
	}
	company := claimgraph.EntityID(claimgraph.Company, x.Key(claimgraph.Company, "Alibaba Group", nil))
	if len(b.Entities) != 3 {
		t.Fatalf("entities = %v, want company, agency and official", b.Entities)
	}
	if e, ok := ids[company]; !ok || e.Name != "Alibaba Group" {
		t.Fatalf("company %s missing or misnamed: %v", company, b.Entities)
	} else {
		for _, alias := range e.Aliases {
			if strings.EqualFold(alias, "das Unternehmen") {
				t.Errorf("the description %q became a node alias: %v", alias, e.Aliases)
			}
		}
	}
	var official claimgraph.Entity
	for _, e := range b.Entities {
		if e.Type == claimgraph.Official {
			official = e
		}
	}
	if !strings.HasPrefix(official.ID, "official:article:a1/") || !official.Anonymous || official.AffiliationID != company {
		t.Errorf("anonymous official = %+v, want an article-scoped id affiliated with %s", official, company)
	}
	if len(b.Accusations) != 1 {
		t.Fatalf("accusations = %+v, want one per resolved pair and none against oneself", b.Accusations)
	}
	ev := b.Accusations[0].Evidence
	if got := string([]rune(text)[ev.Start:ev.End]); got != "Der BND wirft der Alibaba Group vor, Daten zu liefern." || ev.Rule != loader.AnnotatedRule || ev.Confidence != 1 {
		t.Errorf("evidence located at %d..%d = %q, rule %q, confidence %v", ev.Start, ev.End, got, ev.Rule, ev.Confidence)
	}
	if len(b.Denials) != 1 || b.Denials[0].Denial.AccusationID != b.Accusations[0].Accusation.ID {
		t.Errorf("denials = %+v, want one answering %s", b.Denials, b.Accusations[0].Accusation.ID)
	}

	t.Run("AnonymousNotMergedAcrossArticles", func(t *testing.T) {
		b2, err := loader.Build(x, article("a2", text), facts)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range b2.Entities {
			if e.Type == claimgraph.Official && e.ID == official.ID {
				t.Errorf("anonymous official %s shared by two articles", e.ID)
			}
		}
	})
	t.Run("Publisher", func(t *testing.T) {
		a := article("a3", text)
		a.Publisher = "Hanse Kurier"
		b, err := loader.Build(x, a, facts)
		if err != nil {
			t.Fatal(err)
		}
		if b.PublisherID == "" {
			t.Fatal("no publisher entity for the article's publisher")
		}
		found := false
		for _, e := range b.Entities {
			found = found || (e.ID == b.PublisherID && e.Type == claimgraph.Publication && e.Name == "Hanse Kurier")
		}
		if !found {
			t.Errorf("publisher %s not among the entities", b.PublisherID)
		}
	})
	for _, tc := range []struct {
		name   string
		break_ func(f *claimgraph.ArticleFacts)
	}{
		{"ErrUnknownAccuser", func(f *claimgraph.ArticleFacts) { f.Accusations[0].Accuser = "e9" }},
		{"ErrUnknownVia", func(f *claimgraph.ArticleFacts) { f.Accusations[0].Via = []string{"e9"} }},
		{"ErrUnknownAccusation", func(f *claimgraph.ArticleFacts) { f.Denials[0].Denies = "a9" }},
		{"ErrDuplicateID", func(f *claimgraph.ArticleFacts) { f.Entities[1].ID = "e1" }},
		{"ErrBadType", func(f *claimgraph.ArticleFacts) { f.Entities[0].Type = "Person" }},
		{"ErrAffiliation", func(f *claimgraph.ArticleFacts) { f.Entities[3].Affiliation = "e9" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := facts
			f.Entities = append([]claimgraph.FactEntity(nil), facts.Entities...)
			f.Accusations = append([]claimgraph.FactAccusation(nil), facts.Accusations...)
			f.Denials = append([]claimgraph.FactDenial(nil), facts.Denials...)
			tc.break_(&f)
			_, err := loader.Build(x, a, f)
			if claimgraph.ErrorCode(err) != claimgraph.EINVALID || !strings.Contains(err.Error(), "a1") {
				t.Errorf("got %v, want an invalid error naming the article", err)
			}
		})
	}
}
