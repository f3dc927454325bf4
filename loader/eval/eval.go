package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph"
)

// Gold is one annotated article of the corpus: the article's fields and
// its hand-made facts, as FORMAT.md describes.
type Gold struct {
	// Path is the file the gold came from.
	Path    string
	Article claimgraph.Article
	Facts   claimgraph.ArticleFacts
}

// goldFile is the JSON shape of a gold file. Null publishers, dates and
// affiliations are allowed.
type goldFile struct {
	ID        string  `json:"id"`
	Lang      string  `json:"lang"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Publisher *string `json:"publisher"`
	Source    string  `json:"source"`
	Text      string  `json:"text"`
	Entities  []struct {
		ID          string   `json:"id"`
		Type        string   `json:"type"`
		Name        string   `json:"name"`
		Aliases     []string `json:"aliases"`
		Anonymous   bool     `json:"anonymous"`
		Affiliation *string  `json:"affiliation"`
	} `json:"entities"`
	Accusations []claimgraph.FactAccusation `json:"accusations"`
	Denials     []claimgraph.FactDenial     `json:"denials"`
}

// LoadGold reads gold files; a directory contributes its *.json files in
// name order. It fails on the first unreadable or malformed file.
func LoadGold(paths ...string) ([]Gold, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("load gold: %w", err)
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		m, err := filepath.Glob(filepath.Join(p, "*.json"))
		if err != nil {
			return nil, fmt.Errorf("load gold %s: %w", p, err)
		}
		sort.Strings(m)
		for _, f := range m {
			if strings.HasSuffix(f, ".golden.json") {
				continue
			}
			files = append(files, f)
		}
	}
	var out []Gold
	for _, f := range files {
		g, err := readGold(f)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

func readGold(path string) (Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("load gold: %w", err)
	}
	var gf goldFile
	if err := json.Unmarshal(data, &gf); err != nil {
		return Gold{}, fmt.Errorf("load gold %s: %w", path, err)
	}
	if strings.TrimSpace(gf.Text) == "" {
		return Gold{}, fmt.Errorf("load gold %s: empty text", path)
	}
	id := gf.ID
	if id == "" {
		id = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	a := claimgraph.Article{ID: id, Name: id, Title: gf.Title, Lang: gf.Lang, Text: gf.Text, Source: path}
	if gf.Publisher != nil {
		a.Publisher = *gf.Publisher
	}
	if gf.Published != nil {
		if t, err := time.Parse("2006-01-02", *gf.Published); err == nil {
			a.Published = t
		}
	}
	facts := claimgraph.ArticleFacts{ID: id, Lang: gf.Lang, Title: gf.Title, Accusations: gf.Accusations, Denials: gf.Denials}
	for _, e := range gf.Entities {
		t, err := claimgraph.ParseEntityType(e.Type)
		if err != nil {
			return Gold{}, fmt.Errorf("load gold %s: entity %s: %w", path, e.ID, err)
		}
		fe := claimgraph.FactEntity{ID: e.ID, Type: t, Name: e.Name, Aliases: e.Aliases, Anonymous: e.Anonymous}
		if e.Affiliation != nil {
			fe.Affiliation = *e.Affiliation
		}
		facts.Entities = append(facts.Entities, fe)
	}
	if facts.Accusations == nil {
		facts.Accusations = []claimgraph.FactAccusation{}
	}
	if facts.Denials == nil {
		facts.Denials = []claimgraph.FactDenial{}
	}
	return Gold{Path: path, Article: a, Facts: facts}, nil
}

var caser = cases.Fold()

var leadingArticles = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true, "ein": true, "eine": true,
	"einer": true, "eines": true, "einem": true, "einen": true, "the": true, "a": true, "an": true,
}

// NormalizeName is the comparison form of FORMAT.md "Scoring": NFKC and
// case folding; hyphens, dashes, underscores and slashes as spaces;
// quotes, brackets and .,;:!? removed; white space folded; a leading
// article dropped.
func NormalizeName(s string) string {
	s = caser.String(norm.NFKC.String(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '-' || r == '_' || r == '/' || unicode.Is(unicode.Pd, r):
			b.WriteRune(' ')
		case strings.ContainsRune(".,;:!?", r):
		case unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Pf, r) || r == '"' || r == '\'' || r == '„' || r == '‚' || r == '«' || r == '»' || r == '‹' || r == '›' || r == '`' || r == '´':
		case unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pe, r):
		case unicode.IsSpace(r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	words := strings.Fields(b.String())
	if len(words) > 1 && leadingArticles[words[0]] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// Counts are true positives, false positives and false negatives with the
// scores they give.
type Counts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.finish()
}

func (c *Counts) finish() {
	c.Precision, c.Recall, c.F1 = 0, 0, 0
	if c.TP+c.FP > 0 {
		c.Precision = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		c.Recall = float64(c.TP) / float64(c.TP+c.FN)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
	if c.TP+c.FP+c.FN == 0 {
		// Nothing to find and nothing found is perfect.
		c.Precision, c.Recall, c.F1 = 1, 1, 1
	}
}

// CoreTypes are the entity types of the micro average.
var CoreTypes = []claimgraph.EntityType{claimgraph.Company, claimgraph.Agency, claimgraph.Publication, claimgraph.Official}

// ArticleScore is the comparison of one article's prediction with its gold.
type ArticleScore struct {
	ID          string                           `json:"id"`
	Types       map[claimgraph.EntityType]Counts `json:"types"`
	Entities    Counts                           `json:"entities"` // micro over the core types
	Documents   Counts                           `json:"documents"`
	Accusations Counts                           `json:"accusations"`
	Denials     Counts                           `json:"denials"`
	// ViaMatched counts matched accusations; ViaCorrect those whose via
	// names the gold set.
	ViaMatched int `json:"via_matched"`
	ViaCorrect int `json:"via_correct"`
	// Missed and Spurious list names for reading a report.
	Missed   []string `json:"missed,omitempty"`
	Spurious []string `json:"spurious,omitempty"`
	Notes    []string `json:"notes,omitempty"`
	// Error says the extractor failed on the article (its facts are then
	// empty and score as misses).
	Error string `json:"error,omitempty"`
}

// Score compares predicted facts with gold facts as FORMAT.md says. A
// predicted entity matches an unmatched gold entity of its type whose
// name or alias equals its name; a second prediction for the same gold
// entity is a false positive. For relations, such a duplicate still
// stands for the gold entity it names, so its claims can match.
func Score(gold, pred claimgraph.ArticleFacts) ArticleScore {
	sc := ArticleScore{ID: gold.ID, Types: map[claimgraph.EntityType]Counts{}}
	type gent struct {
		e     claimgraph.FactEntity
		names map[string]bool
	}
	gs := make([]gent, len(gold.Entities))
	for i, e := range gold.Entities {
		gs[i] = gent{e: e, names: map[string]bool{NormalizeName(e.Name): true}}
		for _, a := range e.Aliases {
			gs[i].names[NormalizeName(a)] = true
		}
	}
	matched := make([]bool, len(gs))
	predTo := map[string]string{} // predicted id → gold id
	counts := map[claimgraph.EntityType]*Counts{}
	for _, t := range claimgraph.EntityTypes {
		counts[t] = &Counts{}
	}
	// Exact names first, then aliases, so an alias never steals the
	// entity another prediction names exactly.
	done := make([]bool, len(pred.Entities))
	for pass := 0; pass < 2; pass++ {
		for pi, p := range pred.Entities {
			if done[pi] {
				continue
			}
			n := NormalizeName(p.Name)
			for gi, g := range gs {
				if g.e.Type != p.Type || matched[gi] {
					continue
				}
				if pass == 0 && NormalizeName(g.e.Name) == n || pass == 1 && g.names[n] {
					matched[gi] = true
					done[pi] = true
					predTo[p.ID] = g.e.ID
					counts[p.Type].TP++
					break
				}
			}
		}
	}
	for pi, p := range pred.Entities {
		if done[pi] {
			continue
		}
		if c := counts[p.Type]; c != nil {
			c.FP++
		}
		n := NormalizeName(p.Name)
		dup := false
		for _, g := range gs {
			if g.e.Type == p.Type && g.names[n] {
				predTo[p.ID] = g.e.ID
				dup = true
				break
			}
		}
		if dup {
			sc.Spurious = append(sc.Spurious, fmt.Sprintf("%s %q (duplicate)", p.Type, p.Name))
		} else {
			sc.Spurious = append(sc.Spurious, fmt.Sprintf("%s %q", p.Type, p.Name))
		}
	}
	for gi, g := range gs {
		if !matched[gi] {
			if c := counts[g.e.Type]; c != nil {
				c.FN++
			}
			sc.Missed = append(sc.Missed, fmt.Sprintf("%s %q", g.e.Type, g.e.Name))
		}
	}
	for _, t := range claimgraph.EntityTypes {
		c := *counts[t]
		c.finish()
		sc.Types[t] = c
	}
	for _, t := range CoreTypes {
		sc.Entities.add(sc.Types[t])
	}
	sc.Entities.finish()
	sc.Documents = sc.Types[claimgraph.Document]

	// Accusations: by matched parties, each gold pair once.
	goldAcc := map[string]claimgraph.FactAccusation{}
	accTo := map[string]string{} // predicted accusation id → gold id
	usedAcc := map[string]bool{}
	for _, p := range pred.Accusations {
		ar, ad := predTo[p.Accuser], predTo[p.Accused]
		hit := ""
		for _, g := range gold.Accusations {
			if g.Accuser == ar && g.Accused == ad && ar != "" && ad != "" {
				hit = g.ID
				break
			}
		}
		if hit != "" && !usedAcc[hit] {
			usedAcc[hit] = true
			accTo[p.ID] = hit
			sc.Accusations.TP++
			for _, g := range gold.Accusations {
				if g.ID == hit {
					goldAcc[p.ID] = g
				}
			}
			continue
		}
		if hit != "" {
			accTo[p.ID] = hit // a repeat still names that claim for denials
		}
		sc.Accusations.FP++
		sc.Notes = append(sc.Notes, fmt.Sprintf("spurious accusation %s→%s: %s", nameOf(pred, p.Accuser), nameOf(pred, p.Accused), short(p.Evidence)))
	}
	for _, g := range gold.Accusations {
		if !usedAcc[g.ID] {
			sc.Accusations.FN++
			sc.Notes = append(sc.Notes, fmt.Sprintf("missed accusation %s→%s: %s", nameOf(gold, g.Accuser), nameOf(gold, g.Accused), short(g.Evidence)))
		}
	}
	sc.Accusations.finish()
	// Via: among matched accusations, the same set of entities.
	for _, p := range pred.Accusations {
		g, ok := goldAcc[p.ID]
		if !ok {
			continue
		}
		sc.ViaMatched++
		want := map[string]bool{}
		for _, v := range g.Via {
			want[v] = true
		}
		got := map[string]bool{}
		for _, v := range p.Via {
			if gid, ok := predTo[v]; ok {
				got[gid] = true
			} else {
				got["?"+v] = true
			}
		}
		if sameSet(want, got) {
			sc.ViaCorrect++
		} else {
			sc.Notes = append(sc.Notes, fmt.Sprintf("via of %s→%s: got %v, want %v", nameOf(pred, p.Accuser), nameOf(pred, p.Accused), names(pred, p.Via), names(gold, g.Via)))
		}
	}
	// Denials: matched denier and matched denied accusation.
	usedDen := map[string]bool{}
	for _, p := range pred.Denials {
		dr := predTo[p.Denier]
		ga := accTo[p.Denies]
		hit := ""
		for _, g := range gold.Denials {
			if dr != "" && ga != "" && g.Denier == dr && g.Denies == ga && !usedDen[g.ID] {
				hit = g.ID
				break
			}
		}
		if hit != "" {
			usedDen[hit] = true
			sc.Denials.TP++
			continue
		}
		sc.Denials.FP++
		sc.Notes = append(sc.Notes, fmt.Sprintf("spurious denial by %s: %s", nameOf(pred, p.Denier), short(p.Evidence)))
	}
	for _, g := range gold.Denials {
		if !usedDen[g.ID] {
			sc.Denials.FN++
			sc.Notes = append(sc.Notes, fmt.Sprintf("missed denial by %s: %s", nameOf(gold, g.Denier), short(g.Evidence)))
		}
	}
	sc.Denials.finish()
	return sc
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func nameOf(f claimgraph.ArticleFacts, id string) string {
	for _, e := range f.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return id
}

func names(f claimgraph.ArticleFacts, ids []string) []string {
	out := []string{}
	for _, id := range ids {
		out = append(out, nameOf(f, id))
	}
	return out
}

func short(s string) string {
	r := []rune(s)
	if len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}
