package bench

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph"
)

// GraphOptions size a synthetic graph for the API benchmark.
type GraphOptions struct {
	// Entities is how many entities the graph gets; every one of them takes
	// part in at least one article.
	Entities int
	Seed     uint64
}

// Graph plans a synthetic graph that is written as ordinary batches, without
// text extraction, so a graph of a hundred thousand entities is built in
// minutes. Its shape follows the corpus: about 1% agencies (a few of them
// hubs that accuse thousands of companies), 2% publications, 10% documents,
// 20% officials speaking for companies, the rest companies; each article
// carries two or three accusations, often through a via chain, and about
// half of them are denied. The same options give the same graph.
type Graph struct {
	opts         GraphOptions
	agencies     []claimgraph.Entity
	publications []claimgraph.Entity
	documents    []claimgraph.Entity
	officials    []claimgraph.Entity
	companies    []claimgraph.Entity
	stems        []string
	articles     int
}

// NewGraph lays out the entities of a graph; Batches makes its articles.
func NewGraph(opts GraphOptions) *Graph {
	opts.Entities = max(opts.Entities, 100)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6772617068))
	n := opts.Entities
	g := &Graph{opts: opts}
	nAg, nPub, nDoc, nOff := n/100, n/50, n/10, n/5
	nCo := n - nAg - nPub - nDoc - nOff

	for i, name := range agencyNamesEN(rng, nAg-nAg*3/10) {
		g.agencies = append(g.agencies, entity(claimgraph.Agency, fmt.Sprintf("en-%d-%s", i, slug(name)), name, "en"))
	}
	for i, name := range agencyNamesDE(rng, nAg*3/10) {
		g.agencies = append(g.agencies, entity(claimgraph.Agency, fmt.Sprintf("de-%d-%s", i, slug(name)), name, "de"))
	}
	rng.Shuffle(len(g.agencies), func(i, j int) { g.agencies[i], g.agencies[j] = g.agencies[j], g.agencies[i] })
	for _, p := range pick(rng, nPub, []string{"", "Evening ", "Morning ", "Weekly ", "Daily ", "Sunday "},
		append(append([]string{}, places...), outletStemsDE...), append(append([]string{}, outletHeadsEN...), outletHeadsDE...)) {
		name := p[0] + p[1] + " " + p[2]
		g.publications = append(g.publications, entity(claimgraph.Publication, slug(name), name, "en"))
	}
	for i := range nDoc {
		name := fmt.Sprintf("%s %s %d/%04d", strings.ToUpper(docsEN[i%len(docsEN)][:1])+docsEN[i%len(docsEN)][1:],
			places[rng.IntN(len(places))], 2019+rng.IntN(7), i+1)
		g.documents = append(g.documents, entity(claimgraph.Document, slug(name), name, "en"))
	}
	initials := strings.Split("A B C D E F G H J K L M N P R S T W", " ")
	for i, p := range pick(rng, nOff, firstNames, initials, lastNames) {
		name := p[0] + " " + p[1] + ". " + p[2]
		g.officials = append(g.officials, entity(claimgraph.Official, fmt.Sprintf("%s-%d", slug(name), i), name, "en"))
	}
	for _, c := range companies(rng, nCo) {
		e := entity(claimgraph.Company, c.key(), c.name(), "de")
		e.Aliases = []string{c.short()}
		g.companies = append(g.companies, e)
		g.stems = append(g.stems, c.short())
	}
	// Two new companies per article, so every company is in the graph.
	g.articles = (len(g.companies) + 1) / 2
	return g
}

func entity(t claimgraph.EntityType, key, name, lang string) claimgraph.Entity {
	return claimgraph.Entity{ID: claimgraph.EntityID(t, key), Type: t, Name: name, Lang: lang}
}

// Articles returns how many articles (batches) the graph has.
func (g *Graph) Articles() int { return g.articles }

// Entities returns how many entities the graph has.
func (g *Graph) Entities() int {
	return len(g.agencies) + len(g.publications) + len(g.documents) + len(g.officials) + len(g.companies)
}

// CompanyIDs, AgencyIDs and the other id lists are what benchmark requests
// draw from.
func (g *Graph) CompanyIDs() []string { return ids(g.companies) }

// AgencyIDs lists the agency ids.
func (g *Graph) AgencyIDs() []string { return ids(g.agencies) }

func ids(es []claimgraph.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

// SearchTerms returns words a user would search for: company short names
// (a handful of hits each), place names and sector words (hundreds or
// thousands of hits), in the proportion 3:1:1 when drawn uniformly.
func (g *Graph) SearchTerms() []string {
	var out []string
	stems := g.stems
	if len(stems) > 3000 {
		stems = stems[:3000]
	}
	out = append(out, stems...)
	for len(out) < len(stems)*4/3 {
		out = append(out, places...)
	}
	for len(out) < len(stems)*5/3 {
		out = append(out, sectors...)
	}
	return out
}

// AccusationIDs runs the batches (without writing them) and returns the id
// of every accusation, in first-seen order.
func (g *Graph) AccusationIDs() []string {
	seen := map[string]bool{}
	var out []string
	for b := range g.Batches() {
		for _, r := range b.Accusations {
			if !seen[r.Accusation.ID] {
				seen[r.Accusation.ID] = true
				out = append(out, r.Accusation.ID)
			}
		}
	}
	return out
}

// MarkerID is the id of the article written after the last batch; its title
// is Signature, so a benchmark can tell that a complete graph of these
// options is stored already and reuse it.
const MarkerID = "article:bench-graph-marker"

// Signature names the options in the marker article.
func (g *Graph) Signature() string {
	return fmt.Sprintf("synthetic graph v1: entities=%d seed=%d", g.opts.Entities, g.opts.Seed)
}

// Marker returns the batch that marks the graph complete.
func (g *Graph) Marker() claimgraph.Batch {
	sig := g.Signature()
	return claimgraph.Batch{Article: claimgraph.Article{
		ID: MarkerID, Name: "bench-graph-marker", Title: sig, Lang: "en", Text: sig,
		SHA256: claimgraph.ContentHash(sig, sig), LoadedAt: time.Unix(0, 0).UTC(), Source: "bench",
	}}
}

// Batches yields the articles of the graph in order. Each call starts over
// and yields the same batches.
func (g *Graph) Batches() iter.Seq[claimgraph.Batch] {
	return func(yield func(claimgraph.Batch) bool) {
		rng := rand.New(rand.NewPCG(g.opts.Seed, 0x626174636865))
		agencyZipf := newZipf(rng, 1.1, 2, len(g.agencies))
		pubZipf := newZipf(rng, 1.1, 2, len(g.publications))
		start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := range g.articles {
			b := g.batch(i, rng, agencyZipf, pubZipf, start.AddDate(0, 0, rng.IntN(900)))
			if !yield(b) {
				return
			}
		}
	}
}

// batchBuilder collects one article's entities and facts.
type batchBuilder struct {
	b        claimgraph.Batch
	mentions map[string]int
	text     []string
	seen     time.Time
}

func (bb *batchBuilder) mention(e claimgraph.Entity, count int) {
	if i, ok := bb.mentions[e.ID]; ok {
		bb.b.Mentions[i].Count += count
		return
	}
	bb.mentions[e.ID] = len(bb.b.Entities)
	bb.b.Entities = append(bb.b.Entities, e)
	bb.b.Mentions = append(bb.b.Mentions, claimgraph.Mention{EntityID: e.ID, Forms: []string{e.Name}, Count: count})
}

func (bb *batchBuilder) sentence(s string) (start, end int) {
	start = 0
	for _, t := range bb.text {
		start += len([]rune(t)) + 2
	}
	bb.text = append(bb.text, s)
	return start, start + len([]rune(s))
}

func (bb *batchBuilder) accuse(accuser, accused claimgraph.Entity, crime int, via []claimgraph.Entity) string {
	bb.mention(accuser, 1)
	bb.mention(accused, 2)
	var vias []string
	for _, v := range via {
		bb.mention(v, 1)
		vias = append(vias, v.ID)
	}
	s := fmt.Sprintf("The %s accused %s of %s.", accuser.Name, accused.Name, crimesEN[crime])
	start, end := bb.sentence(s)
	id := claimgraph.AccusationID(accuser.ID, accused.ID)
	bb.b.Accusations = append(bb.b.Accusations, claimgraph.AccusationReport{
		Accusation: claimgraph.Accusation{ID: id, AccuserID: accuser.ID, AccusedID: accused.ID, Summary: crimesEN[crime], Via: vias},
		Evidence:   claimgraph.Evidence{ArticleID: bb.b.Article.ID, Sentence: s, Start: start, End: end, Rule: "bench.synthetic", Confidence: 0.9, SeenAt: bb.seen},
	})
	return id
}

func (bb *batchBuilder) deny(denier claimgraph.Entity, accusation string, quote int) {
	bb.mention(denier, 1)
	s := fmt.Sprintf("%s denied the allegations, calling them \"%s\".", denier.Name, quotesEN[quote])
	start, end := bb.sentence(s)
	bb.b.Denials = append(bb.b.Denials, claimgraph.DenialReport{
		Denial:   claimgraph.Denial{ID: claimgraph.DenialID(denier.ID, accusation), DenierID: denier.ID, AccusationID: accusation, Quote: quotesEN[quote]},
		Evidence: claimgraph.Evidence{ArticleID: bb.b.Article.ID, Sentence: s, Start: start, End: end, Rule: "bench.synthetic", Confidence: 0.85, SeenAt: bb.seen},
	})
}

func (g *Graph) batch(i int, rng *rand.Rand, agencyZipf, pubZipf zipf, day time.Time) claimgraph.Batch {
	name := fmt.Sprintf("bench-graph-%06d", i+1)
	bb := &batchBuilder{mentions: map[string]int{}, seen: day}
	bb.b.Article = claimgraph.Article{ID: claimgraph.ArticleID(name), Name: name, Lang: "en", Published: day, Source: "bench", LoadedAt: day}

	// The first pass over each pool makes sure every entity appears once;
	// after that, hubs are drawn from a Zipf law.
	publisher := g.publications[pubZipf.next()]
	bb.mention(publisher, 1)
	bb.b.PublisherID = publisher.ID
	bb.b.Article.Publisher = publisher.Name

	c1 := g.companies[(2*i)%len(g.companies)]
	c2 := g.companies[(2*i+1)%len(g.companies)]
	accuser := g.agencies[agencyZipf.next()]
	if i < len(g.agencies) && rng.IntN(2) == 0 {
		accuser = g.agencies[i]
	}
	var via []claimgraph.Entity
	if i < len(g.documents) || rng.IntN(10) < 6 {
		doc := g.documents[i%len(g.documents)]
		if i >= len(g.documents) {
			doc = g.documents[rng.IntN(len(g.documents))]
		}
		via = append(via, doc)
		if rng.IntN(10) < 7 {
			out := g.publications[rng.IntN(len(g.publications))]
			if i < len(g.publications) {
				out = g.publications[i]
			}
			if out.ID != publisher.ID {
				via = append(via, out)
			}
		}
	}
	var official *claimgraph.Entity
	if i < len(g.officials) {
		o := g.officials[i]
		o.AffiliationID = c1.ID
		official = &o
		bb.mention(o, 1)
	}
	type claim struct {
		id      string
		accused claimgraph.Entity
	}
	var claims []claim
	claims = append(claims, claim{bb.accuse(accuser, c1, rng.IntN(len(crimesEN)), via), c1})
	if rng.IntN(2) == 0 {
		// A rival company hits back.
		claims = append(claims, claim{bb.accuse(c1, c2, rng.IntN(len(crimesEN)), nil), c2})
	} else {
		a2 := g.agencies[rng.IntN(len(g.agencies))]
		if i < len(g.agencies) {
			a2 = g.agencies[len(g.agencies)-1-i]
		}
		claims = append(claims, claim{bb.accuse(a2, c2, rng.IntN(len(crimesEN)), nil), c2})
	}
	if i > 0 && rng.IntN(10) < 3 {
		// A follow-up on an earlier story: the same pair again, so some
		// claims collect evidence from several articles.
		old := g.companies[rng.IntN(min(2*i, len(g.companies)))]
		claims = append(claims, claim{bb.accuse(g.agencies[agencyZipf.next()], old, rng.IntN(len(crimesEN)), nil), old})
	}
	for k, c := range claims {
		if rng.IntN(2) == 0 {
			continue
		}
		denier := c.accused
		if k == 0 && official != nil && rng.IntN(3) == 0 {
			denier = *official
		}
		bb.deny(denier, c.id, rng.IntN(len(quotesEN)))
	}
	bb.b.Article.Title = fmt.Sprintf("%s faces accusations", c1.Name)
	bb.b.Article.Text = strings.Join(bb.text, "\n\n")
	bb.b.Article.SHA256 = claimgraph.ContentHash(bb.b.Article.Title, bb.b.Article.Text)
	return bb.b
}
