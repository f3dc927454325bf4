package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph"
)

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"Der US-Geheimdienst":        "us geheimdienst",
		"the „Süddeutsche Zeitung“":  "süddeutsche zeitung",
		"  Lindqvist & Morrow LLP. ": "lindqvist & morrow llp",
		"U.S. Department of Justice": "us department of justice",
		"Fenwright's":                "fenwrights",
		"ein Sprecher":               "sprecher",
		"X/B_C—D":                    "x b c d",
		"STRASSE (Nord)!":            "strasse nord",
		"ﬁnance":                     "finance", // NFKC ligature
		"The":                        "the",     // a lone article stays
		"Das Unternehmen":            "unternehmen",
		"«Spiegel»":                  "spiegel",
		"Mr. Smith?":                 "mr smith",
		"Weiß":                       "weiss", // case folding
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func ent(id string, t claimgraph.EntityType, name string, aliases ...string) claimgraph.FactEntity {
	return claimgraph.FactEntity{ID: id, Type: t, Name: name, Aliases: aliases}
}

func TestScoreEntities(t *testing.T) {
	gold := claimgraph.ArticleFacts{ID: "g", Entities: []claimgraph.FactEntity{
		ent("e1", claimgraph.Company, "Veltrano Logistics AG", "Veltrano", "das Unternehmen"),
		ent("e2", claimgraph.Agency, "Bundesnachrichtendienst", "BND"),
		ent("e3", claimgraph.Publication, "Süddeutsche Zeitung", "Süddeutschen Zeitung"),
		ent("e4", claimgraph.Document, "Lagebericht"),
	}}
	pred := claimgraph.ArticleFacts{ID: "g", Entities: []claimgraph.FactEntity{
		ent("p1", claimgraph.Company, "Veltrano"),                // alias: TP
		ent("p2", claimgraph.Company, "Veltrano Logistics AG"),   // exact name: TP (wins over the alias)
		ent("p3", claimgraph.Agency, "der BND"),                  // article dropped, alias: TP
		ent("p4", claimgraph.Company, "Bundesnachrichtendienst"), // wrong type: FP
		ent("p5", claimgraph.Publication, "„Süddeutschen Zeitung“"),
		ent("p6", claimgraph.Document, "Memorandum"), // FP, Document scored apart
	}}
	sc := Score(gold, pred)
	c := sc.Types[claimgraph.Company]
	if c.TP != 1 || c.FP != 2 || c.FN != 0 {
		t.Errorf("Company = %+v, want 1 tp (exact name), 2 fp (duplicate, wrong type)", c)
	}
	if a := sc.Types[claimgraph.Agency]; a.TP != 1 || a.FP != 0 || a.FN != 0 {
		t.Errorf("Agency = %+v", a)
	}
	if p := sc.Types[claimgraph.Publication]; p.TP != 1 {
		t.Errorf("Publication = %+v", p)
	}
	if sc.Entities.TP != 3 || sc.Entities.FP != 2 || sc.Entities.FN != 0 {
		t.Errorf("micro = %+v", sc.Entities)
	}
	if d := sc.Documents; d.TP != 0 || d.FP != 1 || d.FN != 1 {
		t.Errorf("Document = %+v", d)
	}
	if want := 3.0 / 5; sc.Entities.Precision != want {
		t.Errorf("precision %v, want %v", sc.Entities.Precision, want)
	}
}

func TestScoreClaims(t *testing.T) {
	gold := claimgraph.ArticleFacts{
		Entities: []claimgraph.FactEntity{
			ent("e1", claimgraph.Agency, "SEC"), ent("e2", claimgraph.Company, "Larkmoor"),
			ent("e3", claimgraph.Official, "Martin Lisle", "Lisle"), ent("e4", claimgraph.Document, "complaint"),
			ent("e5", claimgraph.Publication, "Reuters"),
		},
		Accusations: []claimgraph.FactAccusation{
			{ID: "a1", Accuser: "e1", Accused: "e2", Via: []string{"e4", "e5"}},
			{ID: "a2", Accuser: "e1", Accused: "e3", Via: []string{"e4"}},
		},
		Denials: []claimgraph.FactDenial{{ID: "d1", Denier: "e2", Denies: "a1"}, {ID: "d2", Denier: "e3", Denies: "a2"}},
	}
	pred := claimgraph.ArticleFacts{
		Entities: []claimgraph.FactEntity{
			ent("x1", claimgraph.Agency, "SEC"), ent("x2", claimgraph.Company, "Larkmoor"),
			ent("x3", claimgraph.Official, "Lisle"), ent("x4", claimgraph.Document, "the complaint"),
			ent("x5", claimgraph.Publication, "Reuters"),
		},
		Accusations: []claimgraph.FactAccusation{
			{ID: "b1", Accuser: "x1", Accused: "x2", Via: []string{"x5", "x4"}}, // order is not scored
			{ID: "b2", Accuser: "x1", Accused: "x2"},                            // repeat of the pair: FP
			{ID: "b3", Accuser: "x1", Accused: "x3", Via: []string{"x4", "x5"}}, // via wrong
			{ID: "b4", Accuser: "x2", Accused: "x1"},                            // reversed: FP
		},
		Denials: []claimgraph.FactDenial{
			{ID: "c1", Denier: "x2", Denies: "b1"},
			{ID: "c2", Denier: "x2", Denies: "b1"}, // repeat: FP
			{ID: "c3", Denier: "x1", Denies: "b3"}, // wrong denier: FP
		},
	}
	sc := Score(gold, pred)
	if a := sc.Accusations; a.TP != 2 || a.FP != 2 || a.FN != 0 {
		t.Errorf("accusations = %+v, want 2 tp 2 fp", a)
	}
	if d := sc.Denials; d.TP != 1 || d.FP != 2 || d.FN != 1 {
		t.Errorf("denials = %+v, want 1 tp 2 fp 1 fn", d)
	}
	if sc.ViaMatched != 2 || sc.ViaCorrect != 1 {
		t.Errorf("via %d/%d, want 1/2", sc.ViaCorrect, sc.ViaMatched)
	}
}

func TestScoreEmpty(t *testing.T) {
	sc := Score(claimgraph.ArticleFacts{}, claimgraph.ArticleFacts{})
	if sc.Entities.F1 != 1 || sc.Accusations.F1 != 1 || sc.Denials.F1 != 1 {
		t.Errorf("empty vs empty should be perfect: %+v", sc)
	}
	r := Sum([]ArticleScore{sc})
	if r.Via != 1 || r.Articles != 1 {
		t.Errorf("report %+v", r)
	}
}

func TestLoadGoldAndReport(t *testing.T) {
	dir := t.TempDir()
	g := map[string]any{
		"id": "x1", "lang": "en", "title": "T", "published": nil, "publisher": nil, "text": "The SEC sued Larkmoor.",
		"entities": []map[string]any{
			{"id": "e1", "type": "Agency", "name": "SEC", "aliases": []string{}},
			{"id": "e2", "type": "Official", "name": "someone", "aliases": []string{}, "anonymous": true, "affiliation": nil},
		},
		"accusations": []any{}, "denials": []any{},
	}
	data, _ := json.Marshal(g)
	if err := os.WriteFile(filepath.Join(dir, "x1.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "x1.golden.json"), []byte("not gold"), 0o644)
	golds, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 1 || golds[0].Article.Name != "x1" || golds[0].Facts.Entities[1].Affiliation != "" {
		t.Fatalf("LoadGold = %+v", golds)
	}
	r := Sum([]ArticleScore{Score(golds[0].Facts, golds[0].Facts)})
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "entities (micro)") || r.Entities.F1 != 1 {
		t.Errorf("report:\n%s", b.String())
	}
	if _, err := json.Marshal(r); err != nil {
		t.Error(err)
	}
	if _, err := LoadGold(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file: no error")
	}
	os.WriteFile(filepath.Join(dir, "bad.json"), []byte("{"), 0o644)
	if _, err := LoadGold(dir); err == nil {
		t.Error("malformed file: no error")
	}
}
