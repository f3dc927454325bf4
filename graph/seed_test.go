package graph_test

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// accusationView is an accusation as the tests below select it.
type accusationView struct {
	ID      string `json:"id"`
	Summary string `json:"summary"`
	Accuser struct {
		named
		Aliases []string `json:"aliases"`
	} `json:"accuser"`
	Evidence []struct {
		Sentence string `json:"sentence"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Rule     string `json:"rule"`
		Article  struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		} `json:"article"`
	} `json:"evidence"`
	Via     []named `json:"via"`
	Denials []struct {
		Quote    string `json:"quote"`
		Denier   named  `json:"denier"`
		Evidence []struct {
			Sentence string `json:"sentence"`
		} `json:"evidence"`
	} `json:"denials"`
}

// TestSeedEndToEnd loads the seed article through the extractor into a
// real Neo4j and reads the story back over HTTP: the accusation by the US
// intelligence service with its sentence and its via chain, Alibaba's
// denial with its quote, and the anonymous official.
func TestSeedEndToEnd(t *testing.T) {
	needCorpus(t)
	e := newEnv(t, graph.ServerConfig{})
	e.load(false, seedText)

	var data struct {
		Search struct {
			Nodes []struct {
				named
				AccusationsReceived struct {
					TotalCount int              `json:"totalCount"`
					Nodes      []accusationView `json:"nodes"`
				} `json:"accusationsReceived"`
			} `json:"nodes"`
		} `json:"search"`
	}
	e.query(`query($q: String!) {
	  search(text: $q, types: [COMPANY], first: 1) {
	    nodes {
	      id name type
	      accusationsReceived {
	        totalCount
	        nodes {
	          id summary
	          accuser { id name type aliases }
	          evidence { sentence start end rule article { title text } }
	          via { id name type }
	          denials { quote denier { id name type } evidence { sentence } }
	        }
	      }
	    }
	  }
	}`, map[string]any{"q": "Alibaba Group"}, &data)

	if len(data.Search.Nodes) != 1 {
		t.Fatalf("search for Alibaba Group found %d companies", len(data.Search.Nodes))
	}
	company := data.Search.Nodes[0]
	if !strings.Contains(company.Name, "Alibaba") || company.Type != "COMPANY" {
		t.Fatalf("found %+v, want the company Alibaba Group", company.named)
	}
	var acc *accusationView
	for i := range company.AccusationsReceived.Nodes {
		a := &company.AccusationsReceived.Nodes[i]
		if a.Accuser.Type == "AGENCY" && strings.Contains(a.Accuser.Name+strings.Join(a.Accuser.Aliases, " "), "Geheimdienst") {
			acc = a
		}
	}
	if acc == nil {
		t.Fatalf("no accusation by the US intelligence service among %s", fmtJSON(company.AccusationsReceived.Nodes))
	}

	const sentence = "Der US-Geheimdienst wirft der chinesischen Technologiefirma Alibaba Group vor, dem chinesischen Militär Technologien und Nutzerdaten für Operationen gegen Ziele in den USA zu liefern."
	if len(acc.Evidence) != 1 || acc.Evidence[0].Sentence != sentence {
		t.Errorf("evidence = %s, want the sentence %q", fmtJSON(acc.Evidence), sentence)
	} else {
		ev := acc.Evidence[0]
		if got := string([]rune(ev.Article.Text)[ev.Start:ev.End]); got != ev.Sentence {
			t.Errorf("offsets %d..%d point at %q, not at the evidence sentence", ev.Start, ev.End, got)
		}
		if ev.Article.Title != "Alibaba-Unternehmen beschuldigt" || ev.Rule == "" {
			t.Errorf("evidence article title %q, rule %q", ev.Article.Title, ev.Rule)
		}
	}
	if got := names(acc.Via); len(got) != 2 || !strings.Contains(got[0], "Memorandum") || got[1] != "Financial Times" ||
		acc.Via[0].Type != "DOCUMENT" || acc.Via[1].Type != "PUBLICATION" {
		t.Errorf("via = %s, want [Memorandum des Weißen Hauses (DOCUMENT), Financial Times (PUBLICATION)]", fmtJSON(acc.Via))
	}
	if len(acc.Denials) != 1 {
		t.Fatalf("denials = %s, want one by Alibaba", fmtJSON(acc.Denials))
	}
	d := acc.Denials[0]
	if d.Denier.ID != company.ID || !strings.Contains(d.Quote, "völligen Unsinn") {
		t.Errorf("denial by %s with quote %q, want Alibaba with „völligen Unsinn“", d.Denier.Name, d.Quote)
	}
	if len(d.Evidence) != 1 || !strings.Contains(d.Evidence[0].Sentence, "völligen Unsinn") {
		t.Errorf("denial evidence = %s", fmtJSON(d.Evidence))
	}

	// The unnamed US official: anonymous, speaking for the US government.
	var officials struct {
		Entities struct {
			Nodes []struct {
				named
				Anonymous   bool   `json:"anonymous"`
				Affiliation *named `json:"affiliation"`
			} `json:"nodes"`
		} `json:"entities"`
	}
	e.query(`{ entities(type: OFFICIAL) { nodes { id name type ... on Official { anonymous affiliation { id name type } } } } }`, nil, &officials)
	found := false
	for _, o := range officials.Entities.Nodes {
		if o.Anonymous && strings.Contains(o.Name, "Beamte") && o.Affiliation != nil &&
			o.Affiliation.Type == "AGENCY" && strings.Contains(o.Affiliation.Name, "US-Regierung") {
			found = true
		}
	}
	if !found {
		t.Errorf("no anonymous official affiliated with the US government among %s", fmtJSON(officials.Entities.Nodes))
	}
}
