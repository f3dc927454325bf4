package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph"
)

// recoverPanics turns a panic inside Extract into empty facts.
var recoverPanics = true

// Extractor finds entities, accusations and denials in articles. It holds
// only read-only tables after New, so one Extractor may serve many
// goroutines.
type Extractor struct {
	lx     *lexicon
	descIx *suffixIndex // German company descriptors, folded, longest first
	roleDE []string     // German role stems, folded, longest first
}

// New loads the embedded lexicon. It fails only if the shipped data is
// malformed, which the package tests rule out.
func New() (*Extractor, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	x := &Extractor{lx: lx}
	x.descIx = newSuffixIndex(foldSorted(companyDescriptorsDE))
	x.roleDE = foldSorted(roleStemsDE)
	return x, nil
}

func foldSorted(ws []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range ws {
		f := fold(w)
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// countryCodes returns the codes of the countries a word names ("US",
// "chinesisch", "Chinese").
func (x *Extractor) countryCodes(w string) []string {
	st := stemPhrase(w)
	var out []string
	if c, ok := x.lx.countryOf[st]; ok {
		out = append(out, c)
	}
	return out
}

// Key returns the canonical identity key of an entity: the lexicon key
// when the name or an alias is in the lexicon ("US-Geheimdienst" and "US
// intelligence" share one), else a slug of the name without legal form
// ("Veltrano Logistics AG" → "veltrano-logistics"). It is never empty for
// a non-empty name.
func (x *Extractor) Key(t claimgraph.EntityType, name string, aliases []string) string {
	if t != claimgraph.Official && t != claimgraph.Document {
		if e := x.lx.lookupKey(name); e != nil {
			return e.key
		}
		for _, a := range aliases {
			if e := x.lx.lookupKey(a); e != nil && len(strings.Fields(normName(a))) > 0 {
				return e.key
			}
		}
	}
	k := slug(name)
	if k == "x0" {
		for _, a := range aliases {
			if ak := slug(a); ak != "x0" {
				return ak
			}
		}
	}
	return k
}

// detectLang guesses German or English from function words.
func detectLang(text string) string {
	de, en := 0, 0
	n := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(w) {
		case "der", "die", "das", "und", "nicht", "ist", "mit", "den", "dem", "sich", "auf", "für", "wird", "ein", "eine", "von", "zu", "im":
			de++
		case "the", "and", "of", "to", "is", "with", "that", "for", "was", "on", "by", "has", "its", "a", "an", "said":
			en++
		}
		n++
		if n > 600 {
			break
		}
	}
	if de > en {
		return "de"
	}
	return "en"
}

// Extract reads one article. It never panics and never fails: text it
// cannot read yields fewer facts, and an article that trips a bug yields
// none (ExtractChecked says so).
func (x *Extractor) Extract(a claimgraph.Article) claimgraph.ArticleFacts {
	facts, _ := x.ExtractChecked(a)
	return facts
}

// ExtractChecked is Extract that reports an article the extractor failed
// on: the heuristics are code run on untrusted text, and a bug must cost
// one article's facts, neither the process nor silence. The error does not
// name the article; the caller does.
func (x *Extractor) ExtractChecked(a claimgraph.Article) (facts claimgraph.ArticleFacts, err error) {
	facts = claimgraph.ArticleFacts{ID: a.Name, Lang: a.Lang, Title: a.Title, Entities: []claimgraph.FactEntity{}, Accusations: []claimgraph.FactAccusation{}, Denials: []claimgraph.FactDenial{}}
	if facts.ID == "" {
		facts.ID = a.ID
	}
	defer func() {
		// The fuzz test turns this off to see the panic.
		if !recoverPanics {
			return
		}
		if r := recover(); r != nil {
			facts.Entities = []claimgraph.FactEntity{}
			facts.Accusations = []claimgraph.FactAccusation{}
			facts.Denials = []claimgraph.FactDenial{}
			err = fmt.Errorf("extraction failed (a bug in the extractor, please report it with the article): %v", r)
		}
	}()
	d := x.run(a)
	facts.Lang = d.lang
	d.output(&facts)
	return facts, nil
}

// fixSubject marks the hit of the sentence's subject mention (see
// markSubject) as a subject, for salience.
func (d *doc) fixSubject(s int) {
	var sm *mention
	for _, m := range d.ments[s] {
		if m.subj {
			sm = m
			break
		}
	}
	if sm == nil && len(d.ments[s]) > 0 {
		sm = d.ments[s][0]
	}
	if sm == nil || sm.ent == nil {
		return
	}
	e := sm.ent
	for k := range e.hits {
		if e.hits[k].sent == s && e.hits[k].tok == sm.t0 {
			e.hits[k].subj = true
			return
		}
	}
}

// output renders the document state as FORMAT.md facts with local ids.
func (d *doc) output(f *claimgraph.ArticleFacts) {
	ids := map[*entity]string{}
	viaEnts := map[*entity]bool{}
	for _, a := range d.accs {
		for _, v := range a.via {
			viaEnts[v] = true
		}
	}
	keep := func(e *entity) bool {
		if e.dead || e.name == "" {
			return false
		}
		if e.genericOnly && !e.used {
			return false
		}
		if e.key == "@placeholder" && e.private {
			return false // never named: an unnamed party makes no claim
		}
		// ("… an die Staatsanwaltschaft weitergeleitet. Die
		// Staatsanwaltschaft Hildesheim bestätigte …": a body first
		// described, then named, is a named body.)
		// ("the state attorney general's office, which confirmed it had
		// received the referral": an office its holder names is as
		// definite as a name.)
		if e.key == "@placeholder" || e.fromDesc && !d.properlyNamed(e) && (e.typ != claimgraph.Agency || holderOffice(e.name) == e.name) {
			return e.used
		}
		if e.typ == claimgraph.Document {
			return viaEnts[e] || d.attributedDoc(e)
		}
		return !d.bystander(e)
	}
	n := 0
	for _, e := range d.ents {
		if keep(e) {
			n++
			ids[e] = fmt.Sprintf("e%d", n)
		}
	}
	for _, e := range d.ents {
		id, ok := ids[e]
		if !ok {
			continue
		}
		fe := claimgraph.FactEntity{ID: id, Type: e.typ, Name: e.name, Aliases: []string{}, Anonymous: e.anon, Mentions: e.mentions}
		if e.typ == claimgraph.Agency && clubLike(e) {
			// A sports club is a business that plays (FORMAT.md: a
			// Company); inside the extractor it stays with the bodies
			// so that "der Verein", "the club" find it.
			fe.Type = claimgraph.Company
		}
		for _, al := range e.aliases {
			// "executive, Philip Duffy": a role and the name in
			// apposition are two forms the text used, not one.
			if i := strings.LastIndex(al, ", "); i > 0 && strings.HasSuffix(al, e.name) && i+2 == len(al)-len(e.name) {
				continue
			}
			if al != e.name && normName(al) != "" {
				fe.Aliases = append(fe.Aliases, al)
			}
		}
		if e.affil != nil {
			fe.Affiliation = ids[e.affil]
		}
		switch {
		case e.anon:
			fe.Key = slug(e.name)
		case e.typ == claimgraph.Official || e.typ == claimgraph.Document:
			fe.Key = slug(e.name)
		case e.key != "" && e.key != "@publisher" && !strings.Contains(e.key, ":") && d.x.lx.byKey[e.key] != nil:
			fe.Key = e.key
		default:
			fe.Key = d.x.Key(e.typ, e.name, e.aliases)
		}
		if fe.Mentions == 0 {
			fe.Mentions = 1
		}
		f.Entities = append(f.Entities, fe)
	}
	for _, a := range d.accs {
		ar, ad := ids[a.accuser], ids[a.accused]
		if ar == "" || ad == "" {
			continue
		}
		a.id = fmt.Sprintf("a%d", len(f.Accusations)+1)
		st := d.sents[a.sent]
		fa := claimgraph.FactAccusation{ID: a.id, Accuser: ar, Accused: ad, Summary: a.summary, Evidence: string(d.rs[st.start:st.end]),
			Start: st.start, End: st.end, Via: []string{}, Rule: a.rule, Confidence: a.conf}
		for _, v := range a.via {
			if id := ids[v]; id != "" && id != ad {
				fa.Via = append(fa.Via, id)
			}
		}
		if fa.Summary == "" {
			fa.Summary = fa.Evidence
		}
		f.Accusations = append(f.Accusations, fa)
	}
	for _, x := range d.dens {
		dr := ids[x.denier]
		if dr == "" || x.acc.id == "" {
			continue
		}
		x.id = fmt.Sprintf("d%d", len(f.Denials)+1)
		st := d.sents[x.sent]
		f.Denials = append(f.Denials, claimgraph.FactDenial{ID: x.id, Denier: dr, Denies: x.acc.id, Evidence: string(d.rs[st.start:st.end]),
			Quote: x.quote, Start: st.start, End: st.end, Rule: x.rule, Confidence: x.conf})
	}
}

func (d *doc) attributedDoc(e *entity) bool {
	for _, at := range d.attributions {
		// A body's own periodic report cited for a plain fact
		// ("according to its annual report, it employs 4,000 people") is
		// no source of a claim (FORMAT.md: Documents are cited as sources
		// of claims).
		// Nor is a paper that found nothing ("found no breach").
		if at.doc == e && !d.selfReportOnly(at.sent) && !d.clearingFinding(at.sent) {
			return true
		}
	}
	return false
}

// run is the pipeline up to the output: segmentation, tokenisation,
// mentions, entities and coreference per sentence, then frames and via.
func (x *Extractor) run(a claimgraph.Article) *doc {
	lang := strings.ToLower(strings.TrimSpace(a.Lang))
	if lang != "de" && lang != "en" {
		lang = detectLang(a.Text)
	}
	d := &doc{x: x, a: a, lang: lang, rs: []rune(a.Text), byKey: map[string]*entity{}, acro: map[string]*entity{}}
	d.sents = segment(d.rs)
	d.ments = make([][]*mention, len(d.sents))
	d.covered = make([][]bool, len(d.sents))
	for i := range d.sents {
		d.sents[i].toks = tokenize(d.rs, d.sents[i].start, d.sents[i].end)
		d.covered[i] = make([]bool, len(d.sents[i].toks))
		if lang == "en" {
			senseBilling(d.sents[i].toks)
		}
	}
	if p := strings.TrimSpace(a.Publisher); p != "" {
		pr := []rune(p)
		d.pubToks = tokenize(pr, 0, len(pr))
		for len(d.pubToks) > 1 && articles[d.pubToks[0].fold] {
			d.pubToks = d.pubToks[1:]
		}
		if len(d.pubToks) > 8 {
			d.pubToks = nil
		}
	}
	for s := range d.sents {
		d.findMentions(s)
		d.personAffiliations(s, true)
		d.fixSubject(s)
	}
	d.backfillSlotNames()
	d.resolveCataphora()
	d.lateAffiliations()
	d.mergeGenericBodies()
	d.mergeDescriptiveAppositions()
	d.mergeHospitalsIntoTrust()
	d.mergeHoldersIntoOffice()
	d.retypeDescribedBodies()
	d.genitiveNamesEN()
	d.findAccusations()
	for s := range d.sents {
		d.relativeAccusations(s)
	}
	d.computeVia()
	d.findDenials()
	for s := range d.sents {
		d.appendedDenials(s)
	}
	d.licenseDenied()
	return d
}

// bystander reports whether e is a private person the text only tells
// of: named, with no role, no organisation and no word of his own, and
// in no claim ("Bridget Fahy, a retired schoolteacher, died on December
// 12th", "Stroud struck Jermaine Wallace at least four times"). FORMAT.md
// lists a private person only where she accuses, is accused or denies.
func (d *doc) bystander(e *entity) bool {
	if e.typ != claimgraph.Official || e.anon || e.affil != nil || e.used || !strings.HasPrefix(e.key, "person:") {
		return false
	}
	named := false
	for s, ms := range d.ments {
		for _, m := range ms {
			if m.ent != e {
				continue
			}
			if m.role != "" {
				return false
			}
			if m.kind != mName && m.kind != mShort && m.kind != mPerson {
				continue
			}
			named = true
			// "The MP for North East Fenland, Richard Howell, …", "Der
			// Betreiber des Blogs, Klaus Dietl, …": a name set after its
			// description in apposition holds a role.
			if m.t0 > 1 && d.sents[s].toks[m.t0-1].text == "," {
				return false
			}
			// "player Sam Petrie", "der Bauunternehmer Walter Grimm": a
			// person named by trade or role acts in it.
			if m.t0 > 0 {
				if p := d.sents[s].toks[m.t0-1]; d.personNoun(p) || isRoleToken(p, d) != "" {
					return false
				}
			}
			// "three candidates: Paul Okonjo, Dmitri Salo and Henrik
			// Aas": the last of a list of persons is one of them.
			if m.t0 > 1 && (d.sents[s].toks[m.t0-1].fold == "and" || d.sents[s].toks[m.t0-1].fold == "und") {
				if o := d.mentionAt(s, m.t0-2); o != nil && o.ent != nil && o.ent != e && o.ent.typ == claimgraph.Official && o.t1 == m.t0-1 {
					return false
				}
			}
			// Any word of speech, charge or rebuttal in the sentence, or a
			// quotation, may be the person's own; not where the name only
			// qualifies a noun ("her report on the Wallace arrest").
			toks := d.sents[s].toks
			if m.t1 < len(toks) && toks[m.t1].word && !toks[m.t1].cap && m.t0 > 0 && definiteEN[toks[m.t0-1].fold] && d.lang == "en" {
				continue
			}
			for _, t := range toks {
				if reportVerbs[t.fold] || speechVerbs[t.fold] || allegeEN[t.fold] || accuseEN[t.fold] || chargeEN[t.fold] || condemnEN[t.fold] || denyEN[t.fold] ||
					accuseDE[t.fold] || vorwerfenFinite[t.fold] || vorwerfenWhole[t.fold] || accNounsDE[t.fold] || t.inq {
					return false
				}
			}
		}
	}
	return named
}

// genitiveNamesEN gives a shop named with its founder's genitive the
// "'s" the mentions cut off as a possessive ("sold by the supermarket
// chain Thornbury's." … "A spokesperson for Thornbury's said"), and the
// unnamed spokesperson for it too, before the frames read "accused
// Thornbury's of" as a possessive.
func (d *doc) genitiveNamesEN() {
	if d.lang != "en" {
		return
	}
	renamed := map[*entity]string{}
	for _, e := range d.ents {
		if e.typ == claimgraph.Company && !e.anon && !e.dead {
			if n := d.ownGenitiveNameEN(e.name); n != e.name {
				renamed[e] = e.name
				e.name = n
			}
		}
	}
	for _, e := range d.ents {
		if old, ok := renamed[e.affil]; ok && e.anon && strings.HasSuffix(e.name, " "+old) {
			e.name += strings.TrimPrefix(e.affil.name, old)
		}
	}
}

// ownGenitiveNameEN returns name with the genitive "'s" the text always
// writes it with ("Thornbury's", "Harrod's"), or name unchanged. Every
// mention of the name must carry the "'s", and at least one must stand
// where no possessed noun follows: before punctuation (not a quote: "the
// China Coast Guard's \"dangerous manoeuvres\"") or a word of the
// clause ("sold by the chain Thornbury's.", "both Greenvale and
// Thornbury's at the High Court", "A spokesperson for Thornbury's
// said"). A possessive before its noun ("Norvik's chief executive") or a
// name also written bare ("Norvik said") stays as it is.
func (d *doc) ownGenitiveNameEN(name string) string {
	if d.lang != "en" || name == "" || strings.HasSuffix(name, "s") {
		return name
	}
	rs, nr := d.rs, []rune(name)
	form, standing := "", false
	for i := 0; i+len(nr) <= len(rs); i++ {
		if string(rs[i:i+len(nr)]) != name || i > 0 && isWordRune(rs[i-1]) {
			continue
		}
		j := i + len(nr)
		if j >= len(rs) || !isWordRune(rs[j]) && rs[j] != '\'' && rs[j] != '’' {
			return name // a bare mention
		}
		if j+1 >= len(rs) || rs[j] != '\'' && rs[j] != '’' || rs[j+1] != 's' || j+2 < len(rs) && isWordRune(rs[j+2]) {
			if isWordRune(rs[j]) {
				continue // a longer word
			}
			return name
		}
		form = string(rs[j : j+2])
		k := j + 2
		for k < len(rs) && rs[k] == ' ' {
			k++
		}
		w := k
		for w < len(rs) && isWordRune(rs[w]) {
			w++
		}
		if k == len(rs) || strings.ContainsRune(".,;:!?)", rs[k]) || clauseWordsAfterNameEN[string(rs[k:w])] {
			standing = true
		}
	}
	if form == "" || !standing {
		return name
	}
	return name + form
}

// clauseWordsAfterNameEN are words that continue a clause after a name
// and cannot be a noun it possesses ("Thornbury's said", "Thornbury's
// at the High Court").
var clauseWordsAfterNameEN = set("said", "says", "at", "and", "or", "in", "on", "to", "for", "has", "had", "have", "is", "was", "were", "which", "who", "that",
	"with", "from", "by", "after", "before", "declined", "denied", "rejected", "would", "will", "did", "does", "of", "over")
