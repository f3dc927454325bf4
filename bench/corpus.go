package bench

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph"
)

// CorpusOptions size a generated corpus. Zero pool sizes are derived from
// Articles.
type CorpusOptions struct {
	Articles int
	Seed     uint64
	// Companies, Agencies and Outlets are the sizes of the name pools the
	// stories draw from. Fewer companies than articles means companies come
	// back in several articles, so claims gather evidence from several
	// reports, as real coverage does.
	Companies, Agencies, Outlets int
}

func (o *CorpusOptions) setDefaults() {
	if o.Companies <= 0 {
		o.Companies = max(20, o.Articles*3/10)
	}
	if o.Agencies <= 0 {
		o.Agencies = max(10, min(400, o.Articles/25))
	}
	if o.Outlets <= 0 {
		o.Outlets = max(6, min(120, o.Articles/80))
	}
}

// Corpus generates opts.Articles synthetic news articles, alternating
// German and English, each telling one story: an agency (or a rival
// company) accuses a company, often through a document and an outlet that
// saw it, and the company often denies, sometimes with a quote from a named
// executive. The same seed gives the same corpus. The articles carry ids
// "article:bench-000001"…, a title, publisher, publication date, language
// and text, as the input reader would produce them; SHA256 and LoadedAt are
// left for the reader (or the caller) to set.
func Corpus(opts CorpusOptions) []claimgraph.Article {
	opts.setDefaults()
	rng := rand.New(rand.NewPCG(opts.Seed, 0x636c61696d677261))
	g := &corpusGen{
		rng:       rng,
		companies: companies(rng, opts.Companies),
		agencyDE:  agencyNamesDE(rng, opts.Agencies),
		agencyEN:  agencyNamesEN(rng, opts.Agencies),
		outletDE:  outletNamesDE(rng, opts.Outlets),
		outletEN:  outletNamesEN(rng, opts.Outlets),
		people:    people(rng, max(10, opts.Companies/2)),
	}
	// Hub agencies and outlets: a heavy head, as in real coverage where a
	// few regulators and papers appear in most stories.
	g.agencyZipf = newZipf(rng, 1.1, 2, opts.Agencies)
	g.outletZipf = newZipf(rng, 1.1, 2, opts.Outlets)
	// Companies: a flatter head, so that no single company is in the news
	// every day, but some are in it often.
	g.companyZipf = newZipf(rng, 1.1, 30, opts.Companies)

	out := make([]claimgraph.Article, opts.Articles)
	for i := range out {
		lang := "de"
		if i%2 == 1 {
			lang = "en"
		}
		out[i] = g.article(i, lang)
	}
	return out
}

type corpusGen struct {
	rng                                 *rand.Rand
	companies                           []company
	agencyDE, agencyEN                  []string
	outletDE, outletEN                  []string
	people                              []person
	agencyZipf, outletZipf, companyZipf zipf
}

// story is what one article tells, before it is put into words.
type story struct {
	agency, agency2     string
	accused, rival      company
	crime, crime2       int
	outlet, viaOutlet   string
	doc                 int
	via, viaOutletToo   bool
	denial, quote       bool
	rivalAccuses        bool
	official            person
	quoteText, reaction int
}

func (g *corpusGen) article(i int, lang string) claimgraph.Article {
	r := g.rng
	s := story{
		crime:        r.IntN(len(crimesDE)),
		crime2:       r.IntN(len(crimesDE)),
		doc:          r.IntN(len(docsDE)),
		via:          r.IntN(10) < 6,
		viaOutletToo: r.IntN(10) < 7,
		denial:       r.IntN(10) < 6,
		quote:        r.IntN(10) < 5,
		rivalAccuses: r.IntN(10) < 3,
		official:     g.people[r.IntN(len(g.people))],
		quoteText:    r.IntN(len(quotesDE)),
		reaction:     r.IntN(4),
	}
	s.accused = g.companies[g.companyZipf.next()]
	// A rival with another stem, so that short forms stay unambiguous.
	for s.rival = g.companies[r.IntN(len(g.companies))]; s.rival.stem == s.accused.stem; {
		s.rival = g.companies[r.IntN(len(g.companies))]
	}
	agencies, outlets := g.agencyDE, g.outletDE
	if lang == "en" {
		agencies, outlets = g.agencyEN, g.outletEN
	}
	s.agency = agencies[g.agencyZipf.next()]
	s.agency2 = agencies[r.IntN(len(agencies))]
	for s.agency2 == s.agency && len(agencies) > 1 {
		s.agency2 = agencies[r.IntN(len(agencies))]
	}
	s.outlet = outlets[g.outletZipf.next()]
	s.viaOutlet = outlets[r.IntN(len(outlets))]

	var title, text string
	if lang == "de" {
		title, text = storyDE(r, s)
	} else {
		title, text = storyEN(r, s)
	}
	name := fmt.Sprintf("bench-%06d", i+1)
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(540))
	return claimgraph.Article{
		ID:        claimgraph.ArticleID(name),
		Name:      name,
		Title:     title,
		Publisher: s.outlet,
		Published: day,
		Lang:      lang,
		Text:      text,
		Source:    "bench:" + name,
	}
}

// Parallel lists: the same wrongdoing in German (zu-infinitive) and English
// (gerund after "of").
var (
	crimesDE = []string{
		"Kundendaten an einen ausländischen Geheimdienst weitergegeben zu haben",
		"über Jahre hinweg Preise mit Wettbewerbern abgesprochen zu haben",
		"Exportkontrollen für Bauteile mit doppeltem Verwendungszweck umgangen zu haben",
		"Umweltauflagen an mehreren Standorten verletzt zu haben",
		"Subventionen in Millionenhöhe erschlichen zu haben",
		"Anleger über die finanzielle Lage des Konzerns getäuscht zu haben",
		"Sicherheitsmängel an seinen Anlagen verschwiegen zu haben",
		"Leiharbeiter systematisch unter dem Mindestlohn bezahlt zu haben",
		"Abfälle aus der Produktion illegal entsorgt zu haben",
		"Zollpapiere für Lieferungen nach Übersee gefälscht zu haben",
	}
	crimesEN = []string{
		"passing customer data to a foreign intelligence service",
		"fixing prices with competitors for years",
		"evading export controls on dual-use components",
		"breaching environmental rules at several sites",
		"obtaining millions in subsidies by fraud",
		"misleading investors about its finances",
		"concealing safety defects at its plants",
		"systematically paying agency workers below the minimum wage",
		"illegally dumping production waste",
		"falsifying customs documents for overseas shipments",
	}
	docsDE = []string{"Prüfbericht", "Lagebericht", "Gutachten", "Vermerk"}
	// docRelative is the relative pronoun that agrees with each of docsDE.
	docRelative = map[string]string{"Prüfbericht": "der", "Lagebericht": "der", "Gutachten": "das", "Vermerk": "der"}
	docsEN      = []string{"audit report", "memorandum", "inspection report", "briefing paper"}
	quotesDE    = []string{"völliger Unsinn", "vollkommen haltlos", "frei erfunden", "nachweislich falsch"}
	quotesEN    = []string{"completely baseless", "simply untrue", "without any merit", "false and defamatory"}
	// outletDative gives the dative article of a German outlet by its head.
	outletDative = map[string]string{
		"Kurier": "dem", "Anzeiger": "dem", "Bote": "dem", "Tagblatt": "dem",
		"Rundschau": "der", "Morgenpost": "der", "Depesche": "der", "Nachrichten": "den",
	}
	weekdaysEN = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	weekdaysDE = []string{"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"}
)

func dativeOutlet(name string) string {
	head := name[strings.LastIndexByte(name, ' ')+1:]
	return outletDative[head] + " „" + name + "“"
}

func storyDE(r *rand.Rand, s story) (title, text string) {
	c := s.accused
	var p []string
	switch r.IntN(3) {
	case 0:
		title = "Vorwürfe gegen " + c.short()
	case 1:
		title = "Ärger für " + c.short()
	default:
		title = "Behörde nimmt " + c.short() + " ins Visier"
	}
	switch r.IntN(3) {
	case 0:
		p = append(p, fmt.Sprintf("Das %s wirft der %s vor, %s.", s.agency, c.name(), crimesDE[s.crime]))
	case 1:
		p = append(p, fmt.Sprintf("Das %s beschuldigt die %s, %s.", s.agency, c.name(), crimesDE[s.crime]))
	default:
		p = append(p, fmt.Sprintf("Am %s hat das %s der %s vorgeworfen, %s.", weekdaysDE[r.IntN(5)], s.agency, c.name(), crimesDE[s.crime]))
	}
	if s.via {
		doc := docsDE[s.doc]
		if s.viaOutletToo {
			p[0] += fmt.Sprintf(" Die Vorwürfe stehen in einem vertraulichen %s der Behörde, %s %s vorliegt.", doc, docRelative[doc], dativeOutlet(s.viaOutlet))
		} else {
			p[0] += fmt.Sprintf(" Die Vorwürfe stehen in einem internen %s der Behörde.", doc)
		}
	}
	p = append(p, fmt.Sprintf("Nach Angaben der Behörde geht es um Vorgänge aus den Jahren %d bis %d. Das Unternehmen mit Sitz in %s beschäftigt rund %d Mitarbeiter.",
		2018+r.IntN(4), 2022+r.IntN(4), deTowns[r.IntN(len(deTowns))], 200+r.IntN(9000)))
	if s.denial {
		var d string
		switch s.reaction {
		case 0:
			d = c.short() + " bestreitet die Darstellung."
		case 1:
			d = c.short() + " weist die Vorwürfe zurück."
		case 2:
			d = c.short() + " hat die Anschuldigungen zurückgewiesen."
		default:
			d = c.short() + " bestreitet die Vorwürfe entschieden."
		}
		if s.quote {
			role := "Geschäftsführer"
			if s.official.female {
				role = "Geschäftsführerin"
			}
			d += fmt.Sprintf(" %s %s sagte, die Vorwürfe seien „%s“.", role, s.official.name(), quotesDE[s.quoteText])
		}
		p = append(p, d)
	} else {
		p = append(p, c.short()+" war für eine Stellungnahme zunächst nicht zu erreichen.")
	}
	if s.rivalAccuses {
		p = append(p, fmt.Sprintf("Die %s wirft ihrerseits der %s vor, %s.", c.name(), s.rival.name(), crimesDE[s.crime2]))
	}
	p = append(p, fmt.Sprintf("Das %s wollte sich zu dem Fall nicht äußern.", s.agency2))
	if r.IntN(2) == 0 {
		p = append(p, fmt.Sprintf("Die Aktie von %s gab im Frankfurter Handel um %d Prozent nach.", c.short(), 1+r.IntN(9)))
	}
	return title, strings.Join(p, "\n\n")
}

func storyEN(r *rand.Rand, s story) (title, text string) {
	c := s.accused
	var p []string
	switch r.IntN(3) {
	case 0:
		title = c.short() + " faces accusations from regulator"
	case 1:
		title = "Trouble for " + c.short()
	default:
		title = "Regulator targets " + c.short()
	}
	doc := docsEN[s.doc]
	switch {
	case s.via && s.viaOutletToo && r.IntN(2) == 0:
		// The via chain inside the accusing sentence, as wire copy often
		// has it.
		p = append(p, fmt.Sprintf("The %s has accused %s of %s, according to a confidential %s seen by the %s.", s.agency, c.name(), crimesEN[s.crime], doc, s.viaOutlet))
	default:
		switch r.IntN(3) {
		case 0:
			p = append(p, fmt.Sprintf("The %s on %s accused %s of %s.", s.agency, weekdaysEN[r.IntN(5)], c.name(), crimesEN[s.crime]))
		case 1:
			p = append(p, fmt.Sprintf("The %s has accused %s of %s.", s.agency, c.name(), crimesEN[s.crime]))
		default:
			p = append(p, fmt.Sprintf("%s has been accused by the %s of %s.", c.name(), s.agency, crimesEN[s.crime]))
		}
		if s.via {
			if s.viaOutletToo {
				p[0] += fmt.Sprintf(" The accusations are contained in an internal %s that was shown to the %s.", doc, s.viaOutlet)
			} else {
				p[0] += fmt.Sprintf(" The accusations are contained in an internal %s.", doc)
			}
		}
	}
	p = append(p, fmt.Sprintf("According to the regulator, the case concerns events between %d and %d. The company, based in %s, employs about %d people.",
		2018+r.IntN(4), 2022+r.IntN(4), places[r.IntN(len(places))], 200+r.IntN(9000)))
	if s.denial {
		var d string
		switch s.reaction {
		case 0:
			d = c.short() + " denied the allegations."
		case 1:
			d = c.short() + " rejected the accusations."
		case 2:
			d = c.short() + " has denied any wrongdoing."
		default:
			d = c.short() + " firmly denied the accusations."
		}
		if s.quote {
			d += fmt.Sprintf(" Chief executive %s called them \"%s\".", s.official.name(), quotesEN[s.quoteText])
		}
		p = append(p, d)
	} else {
		p = append(p, c.short()+" did not respond to a request for comment.")
	}
	if s.rivalAccuses {
		p = append(p, fmt.Sprintf("%s in turn accused its rival %s of %s.", c.name(), s.rival.name(), crimesEN[s.crime2]))
	}
	p = append(p, fmt.Sprintf("The %s declined to comment.", s.agency2))
	if r.IntN(2) == 0 {
		p = append(p, fmt.Sprintf("Shares in %s fell %d percent in early trading.", c.short(), 1+r.IntN(9)))
	}
	return title, strings.Join(p, "\n\n")
}
