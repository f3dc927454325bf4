package bench

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// The parts that fictional names are composed of. They are invented (or
// generic place-like words), so the generated stories never accuse a real
// company; each list is long enough that a corpus of ten thousand articles
// still has thousands of distinct parties.
var (
	stemHeads = []string{
		"Nord", "Süd", "Ost", "West", "Rhein", "Elb", "Alp", "Hanse", "Tann", "Lind",
		"Stahl", "Kessel", "Brenn", "Falk", "Wolf", "Adler", "Mar", "Tal", "Berg", "Quell",
		"Sil", "Kron", "Aur", "Vel", "Tor", "Cal", "Bray", "Hal", "Pell", "Tarr",
		"Mer", "Ash", "Crest", "Dun", "Ever", "Fair", "Glen", "Hart", "Iver", "Kel",
	}
	stemMiddles = []string{"", "en", "er", "a", "o", "i", "el", "an", "is", "ur"}
	stemTails   = []string{
		"wolke", "kalk", "tek", "werk", "stein", "feld", "mark", "bau", "wind", "licht",
		"ion", "ara", "ex", "ora", "wick", "ant", "ton", "ridge", "field", "gate",
		"well", "more", "vale", "bright",
	}
	// Sectors are the second word of a company name; the extractor keys a
	// company by its name without the legal form ("Nordwolke Cloud GmbH" →
	// "nordwolke-cloud"), so stem and sector together are the identity.
	sectors = []string{
		"Cloud", "Logistik", "Chemie", "Energie", "Robotics", "Shipping", "Pharma",
		"Systems", "Foods", "Mining", "Textil", "Solar",
	}
	legalForms = []string{"GmbH", "AG", "SE", "Inc.", "Corp.", "Ltd"}

	places = []string{
		"Harlow", "Eastmoor", "Westfield", "Kingsbridge", "Ashford", "Redcliff", "Oakhaven",
		"Marlby", "Northam", "Brackwater", "Fennick", "Greywell", "Holloway", "Lyndon",
		"Millbrook", "Southgate", "Thornbury", "Wexley", "Carrow", "Dunmere",
	}
	agencyDomainsEN = []string{
		"Maritime", "Competition", "Financial Conduct", "Data Protection", "Food Safety",
		"Energy", "Aviation", "Trade", "Environmental", "Consumer",
	}
	agencyHeadsEN  = []string{"Authority", "Commission", "Agency", "Office", "Board", "Inspectorate"}
	agencyFieldsDE = []string{
		"Hafenaufsicht", "Lebensmittelsicherheit", "Verbraucherschutz", "Datenschutz",
		"Arbeitsschutz", "Umweltschutz", "Luftfahrt", "Außenhandel", "Energieaufsicht", "Bergbau",
	}
	agencyHeadsDE = []string{"Landesamt", "Bundesamt"}
	deTowns       = []string{
		"Altenbrück", "Birkenau", "Dornstadt", "Eichwalde", "Falkenried", "Grünhain", "Hohenwart",
		"Immenhof", "Kaltenbach", "Lindenfels", "Moosburg", "Neuweiler", "Rosental", "Steinhude",
		"Tannhausen", "Wildenau",
	}

	outletHeadsDE = []string{"Kurier", "Rundschau", "Anzeiger", "Tagblatt", "Nachrichten", "Bote", "Morgenpost", "Depesche"}
	outletHeadsEN = []string{"Gazette", "Herald", "Chronicle", "Ledger", "Tribune", "Dispatch", "Sentinel", "Observer", "Courier", "Post"}
	outletStemsDE = []string{"Hanse", "Elbtal", "Ostsee", "Rheintal", "Alpen", "Weser", "Heide", "Moorland", "Nordsee", "Main"}

	// First names: the first half female, the second male, so German
	// roles ("Geschäftsführerin") can agree.
	firstNames = []string{
		"Lena", "Anna", "Miriam", "Clara", "Sophie", "Helen", "Sarah", "Julia", "Laura", "Eva",
		"Nora", "Karin", "Ruth", "Greta", "Ines",
		"Jonas", "Felix", "Paul", "Tobias", "Lukas", "Daniel", "Martin", "Peter", "Thomas", "David",
		"Simon", "Oliver", "Adrian", "Henrik", "Marek",
	}
	lastNames = []string{
		"Albrecht", "Marsh", "Brenner", "Calloway", "Dietrich", "Ellison", "Fischer", "Garland",
		"Hoffmann", "Ingram", "Jansen", "Keller", "Lindqvist", "Morrow", "Neumann", "Oakley",
		"Pfeiffer", "Quinlan", "Richter", "Sutton", "Thalberg", "Vogt", "Whitfield", "Ziegler",
		"Bauer", "Crane", "Engel", "Forsyth", "Graf", "Hale",
	}
)

// company is a fictional company with the forms articles use for it.
type company struct {
	stem, sector, legal string
}

func (c company) name() string  { return c.stem + " " + c.sector + " " + c.legal }
func (c company) short() string { return c.stem }

// key is the identity key the extractor derives from the name: lower case,
// legal form dropped, words joined by hyphens.
func (c company) key() string { return slug(c.stem + " " + c.sector) }

// person is a named official.
type person struct {
	first, last string
	female      bool
}

func (p person) name() string { return p.first + " " + p.last }

// pick returns n distinct combinations of one element of each list, in a
// random order: the combination space is enumerated by index and shuffled,
// so names never repeat while there are combinations left. Past that, a
// number is appended, which keeps them distinct.
func pick(rng *rand.Rand, n int, lists ...[]string) [][]string {
	total := 1
	for _, l := range lists {
		total *= len(l)
	}
	order := rng.Perm(total)
	out := make([][]string, n)
	for i := range out {
		idx := order[i%total]
		parts := make([]string, len(lists))
		for j := len(lists) - 1; j >= 0; j-- {
			parts[j] = lists[j][idx%len(lists[j])]
			idx /= len(lists[j])
		}
		if i >= total {
			parts[len(parts)-1] += fmt.Sprintf(" %d", i/total+1)
		}
		out[i] = parts
	}
	return out
}

// companies returns n companies with distinct identity keys.
func companies(rng *rand.Rand, n int) []company {
	out := make([]company, n)
	for i, p := range pick(rng, n, stemHeads, stemMiddles, stemTails, sectors) {
		stem := p[0] + p[1] + p[2]
		// "Nord" + "" + "wolke" reads as "Nordwolke"; a vowel clash such as
		// "Aur" + "a" + "ara" is left alone: odd names are still names.
		out[i] = company{stem: stem, sector: p[3], legal: legalForms[rng.IntN(len(legalForms))]}
	}
	return out
}

// agencyNames returns n English agency names ("Harlow Maritime Authority").
func agencyNamesEN(rng *rand.Rand, n int) []string {
	out := make([]string, n)
	for i, p := range pick(rng, n, places, agencyDomainsEN, agencyHeadsEN) {
		out[i] = strings.Join(p, " ")
	}
	return out
}

// agencyNamesDE returns n German agency names ("Landesamt für Datenschutz
// Altenbrück").
func agencyNamesDE(rng *rand.Rand, n int) []string {
	out := make([]string, n)
	for i, p := range pick(rng, n, agencyHeadsDE, agencyFieldsDE, deTowns) {
		out[i] = p[0] + " für " + p[1] + " " + p[2]
	}
	return out
}

func outletNamesDE(rng *rand.Rand, n int) []string {
	out := make([]string, n)
	for i, p := range pick(rng, n, outletStemsDE, outletHeadsDE) {
		out[i] = p[0] + " " + p[1]
	}
	return out
}

func outletNamesEN(rng *rand.Rand, n int) []string {
	out := make([]string, n)
	for i, p := range pick(rng, n, places, outletHeadsEN) {
		out[i] = p[0] + " " + p[1]
	}
	return out
}

func people(rng *rand.Rand, n int) []person {
	out := make([]person, n)
	for i, p := range pick(rng, n, firstNames, lastNames) {
		out[i] = person{first: p[0], last: p[1], female: slices.Index(firstNames, p[0]) < len(firstNames)/2}
	}
	return out
}

// slug lower-cases s, folds German letters and joins words with hyphens,
// the shape of the keys the loader derives.
func slug(s string) string {
	s = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue").Replace(s)
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	return b.String()
}

// zipf draws indexes in [0, n) with a heavy head: a few hubs (the agencies
// that accuse hundreds of companies, the big outlets) and a long tail. The
// probability of k is proportional to (v+k)^-s: a larger v flattens the
// head.
type zipf struct{ z *rand.Zipf }

func newZipf(rng *rand.Rand, s, v float64, n int) zipf {
	return zipf{rand.NewZipf(rng, s, v, uint64(n-1))}
}

func (z zipf) next() int { return int(z.z.Uint64()) }
