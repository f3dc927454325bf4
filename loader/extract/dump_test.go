package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph"
)

// TestDump prints the mentions the extractor found in one article, for
// debugging rules: DUMP=path/to/article.json go test -run TestDump -v.
func TestDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip("set DUMP to a gold or article JSON file")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		ID, Lang, Title, Text string
		Publisher             *string
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	a := claimgraph.Article{Name: g.ID, Lang: g.Lang, Title: g.Title, Text: g.Text}
	if g.Publisher != nil {
		a.Publisher = *g.Publisher
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	d := x.run(a)
	for s, st := range d.sents {
		fmt.Fprintf(&b, "[%d/p%d] %s\n", s, st.para, string(d.rs[st.start:st.end]))
		for _, m := range d.ments[s] {
			en := "<nil>"
			if m.ent != nil {
				en = fmt.Sprintf("%s:%s", m.ent.typ, m.ent.name)
				if m.ent.dead {
					en += "(dead)"
				}
			}
			fmt.Fprintf(&b, "    %d-%d kind=%d %q -> %s\n", m.t0, m.t1, m.kind, m.name, en)
		}
	}
	for _, e := range d.ents {
		af := ""
		if e.affil != nil {
			af = e.affil.name
		}
		au := ""
		if e.author != nil {
			au = " author=" + e.author.name
		}
		fmt.Fprintf(&b, "ENT %s %q key=%s anon=%v affil=%q dead=%v aliases=%q%s shorts=%q\n", e.typ, e.name, e.key, e.anon, af, e.dead, e.aliases, au, e.shorts)
	}
	for _, ac := range d.accs {
		var via []string
		for _, v := range ac.via {
			via = append(via, v.name)
		}
		fmt.Fprintf(&b, "ACC %s -> %s [%s] s%d support=%v via=%q sum=%q\n", ac.accuser.name, ac.accused.name, ac.rule, ac.sent, ac.support, via, ac.summary)
	}
	for _, dn := range d.dens {
		fmt.Fprintf(&b, "DEN %s -> %s->%s [%s] s%d quote=%q\n", dn.denier.name, dn.acc.accuser.name, dn.acc.accused.name, dn.rule, dn.sent, dn.quote)
	}
	t.Log("\n" + b.String())
}
