package extract

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph"
	"golang.org/x/text/transform"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// lexEntry is one real-world organisation of the lexicon.
type lexEntry struct {
	key   string
	typ   claimgraph.EntityType
	names []string
	// cue marks names that are also ordinary words ("Zeit", "Welt"):
	// they count only in quotes or next to an outlet cue.
	cue bool
	// cueNames are single names of the line that need an outlet cue
	// (marked "?" in the file: "?BR").
	cueNames map[string]bool
	// actor marks names that are often places ("EU"): they count only
	// where they are not the object of a place preposition.
	actor bool
	// meto marks the names of one line as seats that stand for the body
	// when it acts ("Brüssel bestreitet"), like a country's capital.
	meto bool
}

// lexForm is one surface form of an entry, tokenised once at load time.
type lexForm struct {
	entry *lexEntry
	form  string   // as written in the lexicon: the display name
	toks  []token  // its tokens
	exact bool     // a lone acronym: compare case-sensitively
	meto  bool     // a capital standing for a government ("Peking")
	cue   bool     // needs an outlet cue (see lexEntry.cue)
	actor bool     // needs a non-place role (see lexEntry.actor)
	lower bool     // written in lower case ("dpa"): the text must match exactly
	stems []string // token stems
}

// country is one line of countries.tsv.
type country struct {
	code     string
	names    []string // English and German names
	adjEN    []string
	adjDE    []string // stems: "chinesisch"
	metonyms []string
}

// lexicon is the loaded data: forms indexed by the stem of their first
// token, entries by key and by the stemmed phrase of every name.
type lexicon struct {
	byFirst map[string][]*lexForm
	byKey   map[string]*lexEntry
	byNorm  map[string]*lexEntry
	// places holds stems of country names and adjectives: a place is not
	// an entity, and a name pattern must not swallow it.
	places map[string]bool
	// countryOf maps the stem of a country name, code or adjective to
	// the country code ("chinesisch" → "cn").
	countryOf map[string]string
	// countryNames holds the folded names of countries as written
	// ("kenia", "belarus"), to tell a German genitive s from a name's own.
	countryNames map[string]bool
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		byFirst: map[string][]*lexForm{},
		byKey:   map[string]*lexEntry{},
		byNorm:  map[string]*lexEntry{},
		places:  map[string]bool{},

		countryOf:    map[string]string{},
		countryNames: map[string]bool{},
	}
	for _, f := range []string{"institutions.tsv", "outlets.tsv", "companies.tsv"} {
		entries, err := readEntries("lexicon/" + f)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if err := lx.add(e); err != nil {
				return nil, fmt.Errorf("lexicon/%s: %w", f, err)
			}
		}
	}
	cs, err := readCountries("lexicon/countries.tsv")
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		lx.addCountry(c)
	}
	for k := range lx.byFirst {
		fs := lx.byFirst[k]
		sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].toks) > len(fs[j].toks) })
	}
	return lx, nil
}

// readEntries parses key, type, flags, names.
func readEntries(path string) ([]*lexEntry, error) {
	data, err := lexiconFS.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out []*lexEntry
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated columns, got %d", path, line, len(cols))
		}
		t, err := claimgraph.ParseEntityType(cols[1])
		if err != nil || t == claimgraph.Official || t == claimgraph.Document {
			return nil, fmt.Errorf("%s:%d: type %q is not Company, Agency or Publication", path, line, cols[1])
		}
		e := &lexEntry{key: cols[0], typ: t}
		for _, fl := range strings.Split(cols[2], ",") {
			switch strings.TrimSpace(fl) {
			case "":
			case "cue":
				e.cue = true
			case "actor":
				e.actor = true
			case "meto":
				e.meto = true
			default:
				return nil, fmt.Errorf("%s:%d: unknown flag %q", path, line, fl)
			}
		}
		for _, n := range strings.Split(cols[3], "|") {
			if n = strings.TrimSpace(n); n != "" {
				// "?BR": one name of a line that is also an ordinary
				// abbreviation (Betriebsrat) needs an outlet cue.
				if c, ok := strings.CutPrefix(n, "?"); ok {
					n = c
					if e.cueNames == nil {
						e.cueNames = map[string]bool{}
					}
					e.cueNames[n] = true
				}
				e.names = append(e.names, n)
			}
		}
		if !validKey(e.key) || len(e.names) == 0 {
			return nil, fmt.Errorf("%s:%d: bad key %q or no names", path, line, e.key)
		}
		out = append(out, e)
	}
	return out, sc.Err()
}

func readCountries(path string) ([]*country, error) {
	data, err := lexiconFS.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out []*country
	line := 0
	for _, text := range strings.Split(string(data), "\n") {
		line++
		text = strings.TrimRight(text, "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 6 {
			return nil, fmt.Errorf("%s:%d: want 6 tab-separated columns, got %d", path, line, len(cols))
		}
		split := func(s string) []string {
			var r []string
			for _, x := range strings.Split(s, "|") {
				if x = strings.TrimSpace(x); x != "" {
					r = append(r, x)
				}
			}
			return r
		}
		c := &country{code: cols[0], adjEN: split(cols[2]), adjDE: split(cols[4]), metonyms: split(cols[5])}
		c.names = append(split(cols[1]), split(cols[3])...)
		out = append(out, c)
	}
	return out, nil
}

func (lx *lexicon) add(e *lexEntry) error {
	if old, ok := lx.byKey[e.key]; ok {
		if old.typ != e.typ {
			return fmt.Errorf("key %s used with types %s and %s", e.key, old.typ, e.typ)
		}
		old.names = append(old.names, e.names...)
		for _, n := range e.names {
			lx.addForm(old, n, e.meto)
		}
		return nil
	}
	lx.byKey[e.key] = e
	for _, n := range e.names {
		lx.addForm(e, n, e.meto)
	}
	return nil
}

// addForm registers one surface form; a form already taken by another
// entry keeps its first owner, so hand-written entries win over generated
// ones.
func (lx *lexicon) addForm(e *lexEntry, name string, meto bool) {
	rs := []rune(name)
	toks := tokenize(rs, 0, len(rs))
	// A leading article is not part of the name as matched ("Der Spiegel"
	// is found in "der Spiegel berichtete" as "Spiegel").
	for len(toks) > 1 && articles[toks[0].fold] {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return
	}
	np := normKey(name)
	if _, ok := lx.byNorm[np]; !ok {
		lx.byNorm[np] = e
	}
	if np2 := normKey(joinTokens(toks)); np2 != np {
		if _, ok := lx.byNorm[np2]; !ok {
			lx.byNorm[np2] = e
		}
	}
	f := &lexForm{entry: e, form: name, toks: toks, meto: meto, cue: e.cue || e.cueNames[name], actor: e.actor || meto}
	if len(toks) == 1 && toks[0].acro {
		f.exact = true
	}
	if len(toks) == 1 && !toks[0].cap && !toks[0].num {
		f.lower = true
	}
	for _, t := range toks {
		f.stems = append(f.stems, t.stem)
	}
	for _, g := range lx.byFirst[f.stems[0]] {
		if strings.Join(g.stems, " ") == strings.Join(f.stems, " ") && g.exact == f.exact {
			return // the same form twice
		}
	}
	lx.byFirst[f.stems[0]] = append(lx.byFirst[f.stems[0]], f)
}

func joinTokens(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// countryHeads derive institutions from a country: per kind, the English
// heads (after the adjective), the German head with the strong nominative
// ending its adjective takes, and the German compound head ("US-Regierung").
var countryHeads = []struct {
	kind     string
	en       []string
	de       []string // "e Regierung": adjective ending + head
	compound []string
}{
	{"government", []string{"government", "authorities"}, []string{"e Regierung", "e Staatsführung", "e Führung", "e Behörden"}, []string{"Regierung", "Behörden"}},
	{"military", []string{"military", "army", "armed forces"}, []string{"es Militär", "e Armee", "e Streitkräfte"}, []string{"Militär", "Armee", "Streitkräfte"}},
	{"intelligence", []string{"intelligence", "intelligence services", "intelligence agencies", "spy agency"}, []string{"er Geheimdienst", "e Geheimdienste", "er Nachrichtendienst"}, []string{"Geheimdienst", "Geheimdienste"}},
	{"embassy", []string{"embassy"}, []string{"e Botschaft"}, []string{"Botschaft"}},
	{"foreign-ministry", []string{"foreign ministry", "Foreign Ministry"}, []string{"es Außenministerium"}, []string{"Außenministerium"}},
	{"defence-ministry", []string{"defence ministry", "defense ministry", "Defence Ministry", "Defense Ministry"}, []string{"es Verteidigungsministerium"}, []string{"Verteidigungsministerium"}},
	{"justice-ministry", []string{"justice ministry", "Justice Ministry"}, []string{"es Justizministerium"}, []string{"Justizministerium"}},
	{"interior-ministry", []string{"interior ministry", "Interior Ministry"}, []string{"es Innenministerium"}, []string{"Innenministerium"}},
	{"finance-ministry", []string{"finance ministry", "Finance Ministry"}, []string{"es Finanzministerium"}, []string{"Finanzministerium"}},
	{"economy-ministry", []string{"economy ministry", "Economy Ministry", "commerce ministry", "Commerce Ministry"}, []string{"es Wirtschaftsministerium", "es Handelsministerium"}, []string{"Wirtschaftsministerium", "Handelsministerium"}},
	{"police", []string{"police"}, []string{"e Polizei"}, []string{"Polizei"}},
	{"customs", []string{"customs authorities"}, []string{"e Zollbehörden", "er Zoll"}, []string{"Zoll"}},
	{"regulator", []string{"regulator", "regulators"}, []string{"e Aufsichtsbehörde", "e Aufsicht"}, []string{"Aufsicht", "Aufsichtsbehörde"}},
	{"prosecutors", []string{"prosecutors"}, []string{"e Staatsanwaltschaft", "e Justiz"}, []string{"Staatsanwaltschaft", "Justiz"}},
	{"coast-guard", []string{"coast guard", "Coast Guard"}, []string{"e Küstenwache"}, []string{"Küstenwache"}},
	{"navy", []string{"navy", "Navy"}, []string{"e Marine", "e Kriegsmarine"}, []string{"Marine"}},
	{"air-force", []string{"air force", "Air Force"}, []string{"e Luftwaffe"}, []string{"Luftwaffe"}},
	{"security-forces", []string{"security forces"}, []string{"e Sicherheitskräfte"}, []string{"Sicherheitskräfte"}},
	{"parliament", []string{"parliament"}, []string{"es Parlament"}, []string{"Parlament"}},
}

// inPlaceHeads are the heads of a country's bodies that news also names
// by the place they act in ("prosecutors in Brazil", "Behörden in
// Kenia").
var inPlaceHeads = set("prosecutors", "police", "Polizei", "Staatsanwaltschaft")

func (lx *lexicon) addCountry(c *country) {
	for _, n := range c.names {
		lx.countryNames[fold(n)] = true
		lx.places[stemPhrase(n)] = true
		lx.countryOf[stemPhrase(n)] = c.code
	}
	for _, a := range c.adjEN {
		lx.places[stemPhrase(a)] = true
		lx.countryOf[stemPhrase(a)] = c.code
	}
	for _, a := range c.adjDE {
		lx.places[stem(fold(a))] = true
		lx.countryOf[stem(fold(a))] = c.code
	}
	for _, h := range countryHeads {
		key := c.code + "-" + h.kind
		e := lx.byKey[key]
		if e == nil {
			e = &lexEntry{key: key, typ: claimgraph.Agency}
			lx.byKey[key] = e
		}
		var forms []string
		for _, a := range c.adjEN {
			for _, hd := range h.en {
				forms = append(forms, a+" "+hd)
			}
		}
		// "China's foreign ministry", "Britain's government".
		for _, n := range c.names {
			if strings.Contains(n, ".") || strings.ToUpper(n) == n {
				continue
			}
			for _, hd := range h.en {
				forms = append(forms, n+"'s "+hd)
			}
		}
		// "prosecutors in Brazil", "die Polizei in Kenia": a country's
		// bodies named by the place they act in.
		for _, n := range c.names {
			if strings.Contains(n, ".") || strings.ToUpper(n) == n {
				continue
			}
			for _, hd := range h.en {
				if inPlaceHeads[hd] {
					forms = append(forms, hd+" in "+n, "federal "+hd+" in "+n, "state "+hd+" in "+n)
				}
			}
			for _, hd := range h.compound {
				if inPlaceHeads[hd] {
					forms = append(forms, hd+" in "+n)
				}
			}
		}
		for _, a := range c.adjDE {
			if strings.ToUpper(a) == a { // "US": a compound prefix
				for _, hd := range h.compound {
					forms = append(forms, a+"-"+hd)
				}
				continue
			}
			for _, hd := range h.de {
				end, head, _ := strings.Cut(hd, " ")
				forms = append(forms, a+end+" "+head)
			}
		}
		for _, f := range forms {
			e.names = append(e.names, f)
			lx.addForm(e, f, false)
		}
		if h.kind == "government" {
			for _, m := range c.metonyms {
				e.names = append(e.names, m)
				lx.addForm(e, m, true)
			}
		}
	}
}

// lookupKey returns the entry whose name has the stemmed phrase of name.
func (lx *lexicon) lookupKey(name string) *lexEntry {
	return lx.byNorm[normKey(name)]
}

// normKey is the look-up form of a name: an acronym as written ("GRU"
// must not meet "Grüne"), anything else as its stemmed phrase.
func normKey(name string) string {
	t := strings.TrimSpace(name)
	letters, upper := 0, 0
	for _, r := range t {
		if r >= 'A' && r <= 'Z' {
			upper++
			letters++
		} else if r >= 'a' && r <= 'z' || r > 127 {
			letters++
		} else if r == ' ' || r == '-' {
			return stemPhrase(t)
		}
	}
	if letters >= 2 && upper == letters {
		return "=" + strings.ReplaceAll(t, ".", "")
	}
	return stemPhrase(t)
}

// validKey: lower-case ASCII letters, digits and inner hyphens.
func validKey(k string) bool {
	if k == "" || k[0] == '-' || k[len(k)-1] == '-' {
		return false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// lookupForm returns the entry and its listed form for a name, so a
// pattern's guess at the base form ("Verbraucherzentraler Bundesverband")
// gives way to the listed one ("Verbraucherzentrale Bundesverband").
func (lx *lexicon) lookupForm(name string) (*lexEntry, string) {
	np := normKey(name)
	e := lx.byNorm[np]
	if e == nil {
		return nil, ""
	}
	for _, n := range e.names {
		if normKey(n) == np {
			return e, n
		}
	}
	return e, name
}

// mustGivenNames reads the list of given names: one a line, lower case,
// '#' starts a comment. Each name counts in its folded spelling ("jürgen" →
// "juergen", as the text's tokens are folded) and in its spelling without
// accents ("jurgen", "tomas", "jorgen"), the way English-language news often
// writes foreign names. The file is embedded, so an error is a build error.
func mustGivenNames(path string) map[string]bool {
	names, err := readGivenNames(path)
	if err != nil {
		panic(err)
	}
	return names
}

func readGivenNames(path string) (map[string]bool, error) {
	data, err := lexiconFS.ReadFile(path)
	if err != nil {
		return nil, err
	}
	names := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.ContainsAny(line, " \t") || line != strings.ToLower(line) {
			return nil, fmt.Errorf("%s:%d: %q: one lower-case name a line", path, n, line)
		}
		names[fold(line)] = true
		names[plainSpelling(line)] = true
	}
	// "Marie-Claude", "Jean-Marc", "Anne-Sophie", "Karl-Heinz": a given
	// name that opens several hyphenated ones in the list opens them with
	// any given name, which the list cannot hold one by one.
	opens := map[string]int{}
	for n := range names {
		if a, _, ok := strings.Cut(n, "-"); ok && names[a] {
			opens[a]++
		}
	}
	var second []string
	for n := range names {
		if !strings.Contains(n, "-") && len(n) >= 3 {
			second = append(second, n)
		}
	}
	for a, c := range opens {
		if c < 4 {
			continue
		}
		for _, b := range second {
			names[a+"-"+b] = true
		}
	}
	return names, sc.Err()
}

// plainSpelling writes a name without its accents and special letters
// ("jürgen" → "jurgen", "jørgen" → "jorgen", "yıldız" → "yildiz").
func plainSpelling(s string) string {
	s = strings.NewReplacer("ß", "ss", "ø", "o", "ł", "l", "đ", "d", "ı", "i", "æ", "ae", "œ", "oe", "ð", "d", "þ", "th").Replace(s)
	if t, _, err := transform.String(stripMarks, s); err == nil {
		s = t
	}
	return fold(s)
}
