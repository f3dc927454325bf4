package input

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph"
)

// annotatedDoc builds a small annotated article; mutate edits the
// decoded object before it is encoded again.
func annotatedDoc(t *testing.T, mutate func(m map[string]any)) []byte {
	t.Helper()
	const doc = `{
  "id": "ann-1", "lang": "de", "title": "Vorwurf und Dementi",
  "text": "Die Behörde wirft der Firma Betrug vor. Die Firma weist das zurück.",
  "entities": [
    {"id": "e1", "type": "Agency", "name": "Behörde", "aliases": []},
    {"id": "e2", "type": "company", "name": "Firma", "aliases": ["die Firma"]},
    {"id": "e3", "type": "Official", "name": "Sprecherin", "affiliation": "e2"}
  ],
  "accusations": [
    {"id": "a1", "accuser": "e1", "accused": "e2", "summary": "fraud",
     "evidence": "Die Behörde wirft der Firma Betrug vor.", "via": []}
  ],
  "denials": [
    {"id": "d1", "denier": "e2", "denies": "a1", "evidence": "Die Firma weist das zurück."}
  ]
}`
	var m map[string]any
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		t.Fatal(err)
	}
	if mutate != nil {
		mutate(m)
	}
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func list(m map[string]any, key string, i int) map[string]any {
	return m[key].([]any)[i].(map[string]any)
}

func TestAnnotations(t *testing.T) {
	opts := testOptions()
	opts.Annotated = true

	t.Run("Valid", func(t *testing.T) {
		items := ParseBytes("ann.json", annotatedDoc(t, nil), opts)
		it := items[0]
		checkItem(t, it)
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		f := it.Facts
		if f.ID != "ann-1" || f.Lang != "de" || f.Title != "Vorwurf und Dementi" {
			t.Errorf("facts header %q %q %q", f.ID, f.Lang, f.Title)
		}
		if f.Entities[1].Type != claimgraph.Company {
			t.Errorf("type %q not normalised to Company", f.Entities[1].Type)
		}
		if f.Entities[2].Aliases == nil || f.Accusations[0].Via == nil {
			t.Errorf("nil lists would print as null")
		}
		// Without Annotated, the same input has no facts.
		if plain := ParseBytes("ann.json", annotatedDoc(t, nil), testOptions()); plain[0].Facts != nil {
			t.Errorf("facts without Annotated")
		}
	})

	t.Run("Offsets", func(t *testing.T) {
		data := annotatedDoc(t, func(m map[string]any) {
			a := list(m, "accusations", 0)
			a["start"], a["end"] = 0, 39
			d := list(m, "denials", 0)
			d["start"], d["end"] = 40, 67
		})
		if it := ParseBytes("ann.json", data, opts)[0]; it.Err != nil {
			t.Errorf("valid offsets rejected: %v", it.Err)
		}
	})

	t.Run("NoAnnotations", func(t *testing.T) {
		data := annotatedDoc(t, func(m map[string]any) {
			delete(m, "entities")
			delete(m, "accusations")
			m["denials"] = nil
		})
		if it := ParseBytes("plain.json", data, opts)[0]; it.Err != nil || it.Facts != nil {
			t.Errorf("err %v facts %v; want an article without facts", it.Err, it.Facts)
		}
	})

	tests := []struct {
		name   string
		mutate func(m map[string]any)
		want   string
	}{
		{"DuplicateEntity", func(m map[string]any) { list(m, "entities", 1)["id"] = "e1" },
			`entity id "e1" is used twice; entity "e3" names affiliation "e2", which is not an entity of this article; accusation "a1" names accused "e2", which is not an entity of this article; 1 more`},
		{"MissingEntityID", func(m map[string]any) { delete(list(m, "entities", 0), "id") },
			`entity #1 has no id; accusation "a1" names accuser "e1", which is not an entity of this article`},
		{"UnknownType", func(m map[string]any) { list(m, "entities", 0)["type"] = "Person" },
			`entity "e1" has unknown type "Person" (want Company, Agency, Publication, Official or Document)`},
		{"EmptyName", func(m map[string]any) { list(m, "entities", 0)["name"] = " " },
			`entity "e1" has no name`},
		{"SelfAffiliation", func(m map[string]any) { list(m, "entities", 2)["affiliation"] = "e3" },
			`entity "e3" is affiliated with itself`},
		{"UnknownAccuser", func(m map[string]any) { list(m, "accusations", 0)["accuser"] = "e9" },
			`accusation "a1" names accuser "e9", which is not an entity of this article`},
		{"MissingAccused", func(m map[string]any) { delete(list(m, "accusations", 0), "accused") },
			`accusation "a1" has no accused`},
		{"UnknownVia", func(m map[string]any) { list(m, "accusations", 0)["via"] = []any{"e1", "e7"} },
			`accusation "a1" names via "e7", which is not an entity of this article`},
		{"EvidenceNotInText", func(m map[string]any) { list(m, "accusations", 0)["evidence"] = "Ein Satz, der fehlt." },
			`accusation "a1" has evidence "Ein Satz, der fehlt." that does not occur in the text`},
		{"NoEvidence", func(m map[string]any) { list(m, "denials", 0)["evidence"] = "" },
			`denial "d1" has no evidence sentence`},
		{"BadOffsets", func(m map[string]any) { a := list(m, "accusations", 0); a["start"], a["end"] = 1, 39 },
			`accusation "a1" has evidence offsets 1–39 that point at "ie Behörde wirft der Firma Betrug vor.", not at the evidence "Die Behörde wirft der Firma Betrug vor."`},
		{"OffsetsOutside", func(m map[string]any) { a := list(m, "accusations", 0); a["start"], a["end"] = 10, 500 },
			`accusation "a1" has evidence offsets 10–500 outside the text of 67 characters`},
		{"DuplicateAccusation", func(m map[string]any) {
			m["accusations"] = append(m["accusations"].([]any), m["accusations"].([]any)[0])
		}, `accusation id "a1" is used twice`},
		{"UnknownDenied", func(m map[string]any) { list(m, "denials", 0)["denies"] = "a2" },
			`denial "d1" denies "a2", which is not an accusation of this article`},
		{"DeniesNothing", func(m map[string]any) { delete(list(m, "denials", 0), "denies") },
			`denial "d1" does not say which accusation it denies`},
		{"UnknownDenier", func(m map[string]any) { list(m, "denials", 0)["denier"] = "e5" },
			`denial "d1" names denier "e5", which is not an entity of this article`},
		{"ManyProblems", func(m map[string]any) {
			for _, e := range m["entities"].([]any) {
				e.(map[string]any)["type"] = "Thing"
			}
			list(m, "denials", 0)["denier"] = "e5"
		}, `entity "e1" has unknown type "Thing" (want Company, Agency, Publication, Official or Document); entity "e2" has unknown type "Thing" (want Company, Agency, Publication, Official or Document); entity "e3" has unknown type "Thing" (want Company, Agency, Publication, Official or Document); 1 more`},
		{"EntitiesNotArray", func(m map[string]any) { m["entities"] = "e1, e2" },
			`annotation field "entities" has a string where an array is wanted`},
		{"EntityNameNotString", func(m map[string]any) { list(m, "entities", 0)["name"] = 7 },
			`annotation field "entities.name" has a number where a string is wanted`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := ParseBytes("ann.json", annotatedDoc(t, tt.mutate), opts)
			it := items[0]
			checkItem(t, it)
			want := "ann.json: broken annotations: " + tt.want
			if strings.HasPrefix(tt.want, "annotation field") {
				want = "ann.json: " + tt.want
			}
			if got := errString(it.Err); got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
			if it.Article.ID != "ann-1" {
				t.Errorf("partial article lost its id: %q", it.Article.ID)
			}
			// Broken annotations do not matter when they are not read.
			if plain := ParseBytes("ann.json", annotatedDoc(t, tt.mutate), testOptions()); plain[0].Err != nil {
				t.Errorf("rejected without Annotated: %v", plain[0].Err)
			}
		})
	}
}
