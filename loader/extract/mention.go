package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph"
)

// findMentions runs the mention passes over sentence s, in order of
// reliability: lexicon, publisher, name patterns, persons, documents,
// short forms, descriptions, pronouns and unnamed officials. A pass only
// claims tokens no earlier pass claimed.
func (d *doc) findMentions(s int) {
	d.publisherPass(s)
	d.addresseeOutletPass(s)
	d.broadcasterPass(s)
	d.acronymPass(s)
	// Institution patterns run before the lexicon so that a long name
	// ("Office of the UN High Commissioner for Human Rights") is not cut
	// by a lexicon name inside it; the lexicon still gives its key.
	d.lawNamePassEN(s)
	d.knownAfterDescriptorDE(s)
	d.agencyPassDE(s)
	d.utilityPassDE(s)
	d.agencyPassEN(s)
	d.statePossessorPassDE(s)
	d.lexiconPass(s)
	d.stateAuthoritiesPass(s)
	d.countryActorPass(s)
	d.legalFormPass(s)
	d.publicationPass(s)
	d.compassFirmPassDE(s)
	d.selfNamedPass(s)
	d.appositionPass(s)
	d.shortPass(s)
	d.rolePremodPass(s)
	d.compoundPass(s)
	d.personPass(s)
	d.shortPass(s) // surnames of persons found just now
	d.slotPass(s)
	d.definedAcronymPass(s)
	d.nameToVerbDE(s)
	d.privatePass(s)
	d.markSubject(s)
	d.resolveNames(s)
	d.counselSpeaksFor(s)
	d.repeatShorts(s)
	d.personAffiliations(s, false)
	d.descriptionPass(s)
	d.pronounPass(s)
	d.personNounPass(s)
	d.anonPass(s)
	d.documentPass(s)
	d.pronounDocPass(s)
}

// lawHeadsEN end the names of laws and treaties.
var lawHeadsEN = set("act", "directive", "regulation", "treaty", "convention", "bill", "code", "statute", "ordinance")

// lawNamePassEN keeps the names of laws ("the Digital Services Act",
// "the General Data Protection Regulation") from the passes that would
// read their words as parties: a law is no entity.
func (d *doc) lawNamePassEN(s int) {
	if d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	for j := 1; j < len(toks); j++ {
		t := toks[j]
		if !t.cap || !t.word || t.acro || !lawHeadsEN[trimPoss(t.fold)] || !isCapWord(toks[j-1]) || d.covered[s][j] {
			continue
		}
		k := j - 1
		for k > 0 && j-k < 7 && (isCapWord(toks[k-1]) && !d.covered[s][k-1] && !strings.HasSuffix(toks[k-1].text, "'s") && !strings.HasSuffix(toks[k-1].text, "’s") ||
			(toks[k-1].fold == "and" || toks[k-1].fold == "of" || toks[k-1].text == "&") && k > 1 && isCapWord(toks[k-2])) {
			k--
		}
		if k == 0 && (sentenceOpeners[toks[0].fold] || functionWords[toks[0].fold]) {
			k++
		}
		// Only after an article or a possessive: "the Digital Services
		// Act", "Britain's Online Safety Act"; a company may be named
		// "Code" or "Act" too.
		if k == 0 || !(definiteEN[toks[k-1].fold] || strings.HasSuffix(toks[k-1].text, "'s") || strings.HasSuffix(toks[k-1].text, "’s") || possessives[toks[k-1].fold]) || k >= j {
			continue
		}
		d.cover(s, k, j+1)
	}
}

// knownAfterDescriptorDE splits a definite description from a name the
// text already gave another party: "In der Klageschrift wirft der
// Verband Vitara vor" after "den Verpackungskonzern Vitara" is the
// association and the company, not a body named "Verband Vitara". The
// description's kind must differ from the party's ("der Verband" is no
// company, "die Gewerkschaft" no person); "der Konzern Vitara" stays one
// company. The name becomes a short mention of the party before the
// institution patterns can take it into the description's name.
func (d *doc) knownAfterDescriptorDE(s int) {
	if d.lang != "de" || s == 0 {
		return
	}
	toks := d.sents[s].toks
	for i := 1; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.cap || !t.word || t.acro || !definiteDE[toks[i-1].fold] || d.covered[s][i] || d.covered[s][i+1] || !isCapWord(toks[i+1]) {
			continue
		}
		typ, _, ok := d.descClass(s, i)
		if !ok || typ == claimgraph.Publication {
			continue
		}
		// Only a form the text has used for the party before: what an
		// earlier mention of its name said, or a person's surname
		// ("Chemie" of "Altmann Chemie" is no form of it); the last 30
		// sentences bound the search.
		var found *entity
		n := 0
		for s2 := max(0, s-30); s2 < s; s2++ {
			toks2 := d.sents[s2].toks
			for _, m := range d.ments[s2] {
				e := m.ent
				if e == nil || e.dead || e.typ == typ || !e.isOrg() && e.typ != claimgraph.Official || m.kind != mName && m.kind != mShort && m.kind != mPerson {
					continue
				}
				// "die Firma Müller" may be named after its owner; "die
				// Stadt Hagen" is a town whoever else is called so.
				if e.typ == claimgraph.Official && (typ != claimgraph.Agency || d.isPlace(toks[i+1]) || cities[toks[i+1].fold]) {
					continue
				}
				t0 := m.t0
				if e.typ == claimgraph.Official && m.t1-m.t0 > 1 && e.last == trimPoss(toks2[m.t1-1].fold) {
					t0 = m.t1 - 1 // "Bernd Kessler" … "Kessler"
				}
				l := m.t1 - t0
				if l <= n || i+1+l > len(toks) {
					continue
				}
				ok := true
				for k := 0; k < l; k++ {
					if trimPoss(toks[i+1+k].fold) != trimPoss(toks2[t0+k].fold) || d.covered[s][i+1+k] {
						ok = false
						break
					}
				}
				if ok {
					found, n = e, l
				}
			}
		}
		// The name must end there: "der Verband Vitara Logistik" may be
		// another body's name.
		if found == nil || i+1+n < len(toks) && (isCapWord(toks[i+1+n]) || toks[i+1+n].fold == "und" || toks[i+1+n].text == "(" || toks[i+1+n].text == "&") {
			continue
		}
		m := &mention{sent: s, t0: i + 1, t1: i + 1 + n, kind: mShort, typ: found.typ, name: trimPoss(d.spanText(s, i+1, i+1+n)), apart: true}
		d.addMention(m)
		m.ent = found
		i += n
	}
}

// pluralVerbAhead: the first lower-case word after token j that is no
// small word of a name is a plural finite verb ("werfen", "beschuldigen").
func pluralVerbAhead(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		if toks[k].cap || nameInnerWordsDE[toks[k].fold] {
			continue
		}
		return pluralFiniteDE(toks, k)
	}
	return false
}

// personNounPass resolves a German definite description by the noun the
// text put before a person's name: "dem Sprinter" after "den Sprinter
// Tobias Reinke", "der Trainerin" after "die Trainerin Katja Lorenz",
// "dem Unternehmer" after "den Bauunternehmer Hans Krämer". The text
// itself introduced the person so; a noun two persons were introduced
// with names neither.
func (d *doc) personNounPass(s int) {
	if d.lang != "de" {
		return
	}
	toks := d.sents[s].toks
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if !t.cap || !t.word || t.acro || d.covered[s][i] || !definiteDE[toks[i-1].fold] || d.covered[s][i-1] || i+1 < len(toks) && isCapWord(toks[i+1]) {
			continue
		}
		base := t.fold
		for _, suf := range []string{"en", "n", "s"} {
			if strings.HasSuffix(base, suf) && len(base)-len(suf) >= 5 {
				base = strings.TrimSuffix(base, suf)
				break
			}
		}
		if len(base) < 5 {
			continue
		}
		var found *entity
		ambiguous := false
		for s2 := max(0, s-4); s2 <= s; s2++ {
			toks2 := d.sents[s2].toks
			for _, m := range d.ments[s2] {
				if s2 == s && m.t0 >= i || m.ent == nil || m.ent.dead || m.ent.typ != claimgraph.Official || m.ent.anon || m.t0 < 1 || m.kind != mPerson && m.kind != mName {
					continue
				}
				p := toks2[m.t0-1]
				if !p.cap || p.fold != base && p.fold != t.fold && !(strings.HasSuffix(p.fold, base) && len(p.fold) > len(base)+2) {
					continue
				}
				if found != nil && found != m.ent {
					ambiguous = true
				}
				found = m.ent
			}
		}
		if found == nil || ambiguous {
			continue
		}
		m := &mention{sent: s, t0: i - 1, t1: i + 1, kind: mDesc, typ: claimgraph.Official, name: d.spanText(s, i-1, i+1)}
		d.addMention(m)
		d.attach(m, found)
	}
}

// nameInnerWordsDE are the small words a German campaign name may hold
// ("Rettet den Fluss", "Kein Bahnhof für Profit"); place prepositions
// ("aus", "in", "bei") open a phrase of their own instead.
var nameInnerWordsDE = set("der", "die", "das", "den", "dem", "des", "für", "gegen", "ohne", "statt", "und", "mit")

// nameToVerbDE completes the name of an organisation that opens a German
// sentence and is followed, up to the finite cue verb, by more words of
// a name: "Die Umweltorganisation Rettet den Fluss wirft …", "Der
// Verbraucherverein Fairer Handel Jetzt beschuldigt …", "Die
// Menschenrechtsorganisation Initiative Faire Lieferketten wirft …". The
// field before the finite verb holds one phrase, so capitalised words
// and the small words between them that run right up to the verb are
// still the subject's name. A lower-case content word, a place phrase
// or punctuation leaves the name as found.
func (d *doc) nameToVerbDE(s int) {
	if d.lang != "de" {
		return
	}
	toks := d.sents[s].toks
	// The subject opens the sentence: an article, perhaps a descriptor.
	k := 0
	if k < len(toks) && (toks[k].fold == "auch" || toks[k].fold == "zudem") {
		k++
	}
	if k >= len(toks) || !definiteDE[toks[k].fold] {
		return
	}
	a := k
	k++
	if k < len(toks) && toks[k].cap && !d.covered[s][k] {
		k++ // "Die Umweltorganisation Rettet …": the descriptor
	}
	var m *mention
	for _, x := range d.ments[s] {
		if (x.t0 == a+1 || x.t0 == k) && x.kind == mName && x.ent == nil && x.key == "" && (x.typ == claimgraph.Agency || x.typ == claimgraph.Company) {
			m = x
			break
		}
	}
	if m == nil && k == a+2 {
		// "Die Menschenrechtsorganisation Initiative Faire Lieferketten
		// wirft …": no pass took the name after the descriptor; it is
		// the one the descriptor gives the kind of.
		typ, ok := d.slotDescTypeDE(toks[a+1])
		if !ok || k >= len(toks) || !isCapWord(toks[k]) || d.covered[s][k] {
			return
		}
		m = &mention{sent: s, t0: k, t1: k + 1, kind: mName, typ: typ, slot: true, role: descStem(toks[a+1])}
		defer func() {
			if m.t1 > k+1 {
				d.addMention(m)
			}
		}()
	}
	if m == nil || m.t1 >= len(toks) {
		return
	}
	j := m.t1
	for ; j < len(toks) && j-m.t1 < 5; j++ {
		t := toks[j]
		if !t.word || d.covered[s][j] || t.num {
			return
		}
		if !t.cap {
			// "Die Stadt Köln und der Kreis Mettmann werfen …": two
			// parties, not one name.
			if t.fold == "und" && (j+1 < len(toks) && articles[toks[j+1].fold] || pluralVerbAhead(toks, j)) {
				return
			}
			if nameInnerWordsDE[t.fold] {
				continue
			}
			break
		}
		if isRoleToken(t, d) != "" || hasSuffixInflected(t.fold, documentHeadsDE) != "" {
			return
		}
	}
	if j == m.t1 || j >= len(toks) || !toks[j-1].cap || d.slotCue(s, j)&slotSubj == 0 {
		return
	}
	m.t1 = j
	m.name = trimPoss(d.spanText(s, m.t0, j))
	d.cover(s, m.t0, j)
}

func trimPoss(s string) string {
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, p) && len(s) > len(p)+1 {
			return s[:len(s)-len(p)]
		}
	}
	return s
}

// inPlaceRole reports whether the span starting at token i is the object of
// a place preposition ("in den USA", "außerhalb der EU").
func (d *doc) inPlaceRole(s, i int) bool {
	toks := d.sents[s].toks
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		f := toks[k].fold
		if articles[f] || f == "u.s." || !toks[k].word {
			continue
		}
		// "in Munich and Berlin": the second of two places.
		// "in Seville, Doha and Milan": or of a list of them.
		if (f == "and" || f == "und" || f == "or" || f == "oder") && k > 1 && toks[k-1].cap && toks[k-1].word {
			return placePreps[toks[k-2].fold] || d.placeListBefore(toks, k-1)
		}
		if toks[k].cap && k+1 < i && toks[k+1].text == "," && i+1 < len(toks) && (toks[i+1].text == "," || toks[i+1].fold == "and" || toks[i+1].fold == "or") {
			return d.placeListBefore(toks, k)
		}
		return placePreps[f]
	}
	return false
}

// unitHeadsEN are the lower-case words for the units of a town's or a
// state's administration ("Toronto's Municipal Licensing and Standards
// division").
var unitHeadsEN = set("division", "department", "unit", "branch", "bureau", "directorate", "office", "service", "agency")

// placeUnitRun returns where the name of a unit starts that stands
// between a place's possessive and the unit word at i: "Toronto's
// Municipal Licensing and Standards division", "the city's Building and
// Safety department". It returns -1 where there is none.
func (d *doc) placeUnitRun(s, i int) int {
	toks := d.sents[s].toks
	k := i
	for k > 0 && i-k < 7 {
		p := toks[k-1]
		if isCapWord(p) && !d.covered[s][k-1] && !strings.HasSuffix(p.text, "'s") && !strings.HasSuffix(p.text, "’s") ||
			(p.fold == "and" || p.text == "&") && k < i && k > 1 && isCapWord(toks[k-2]) {
			k--
			continue
		}
		break
	}
	if k == i || i-k < 2 || k == 0 || toks[k].fold == "and" || toks[k].text == "&" {
		return -1
	}
	field := false
	for x := k; x < i; x++ {
		if d.isPlace(toks[x]) {
			return -1
		}
		field = field || publicFieldWordsEN[toks[x].fold]
	}
	p := toks[k-1]
	if !field || !(strings.HasSuffix(p.text, "'s") || strings.HasSuffix(p.text, "’s")) || d.x.lx.lookupKey(toks[k].text) != nil {
		return -1
	}
	// The owner is a town or state: one the text names by a capitalised
	// word no lexicon lists as a party, or "the city's".
	pf := trimPoss(p.fold)
	if p.cap && !p.acro && (k-1 == 0 || !isCapWord(toks[k-2]) || functionWords[toks[k-2].fold]) && d.x.lx.lookupKey(trimPoss(p.text)) == nil && !d.knownShort(pf) && !firstNames[pf] ||
		p.cap && (d.isPlace(p) || cities[pf] || townNames[pf]) || !p.cap && (townWords[pf] || pf == "county" || pf == "state" || pf == "province") {
		return k
	}
	return -1
}

// publicFieldWordsEN name the work of a public administration's units.
var publicFieldWordsEN = set("licensing", "standards", "building", "buildings", "safety", "planning", "housing", "health", "transportation", "transport",
	"parks", "works", "environmental", "environment", "enforcement", "inspections", "inspection", "revenue", "sanitation", "permits", "permitting",
	"zoning", "consumer", "protection", "welfare", "services", "affairs", "control", "regulation", "regulatory", "compliance", "investigations")

// ordinalNumeral reports whether w is an ordinal written in digits
// ("19th", "2nd").
func ordinalNumeral(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// placeListBefore reports whether the capitalised word at k is an item
// of a list of places after a place preposition ("in Seville, Doha and
// Milan"): items of one or two words, separated by commas.
func (d *doc) placeListBefore(toks []token, k int) bool {
	for n := 0; k >= 1 && n < 12; n++ {
		p := toks[k-1]
		switch {
		case placePreps[p.fold] && toks[k].cap && !monthOrDay(toks[k].fold):
			return true
		// "in the United States, Canada, Australia and New Zealand",
		// "in den USA, Kanada und Australien": the first place may
		// take its article.
		case articles[p.fold] && k >= 2 && placePreps[toks[k-2].fold] && toks[k].cap && !monthOrDay(toks[k].fold):
			return true
		case p.text == "," || p.word && p.cap && !p.inq && !monthOrDay(p.fold):
			k--
		default:
			return false
		}
	}
	return false
}

var outletCues = set("berichtet", "berichtete", "berichteten", "schreibt", "schrieb", "meldet", "meldete", "zufolge",
	"vorliegt", "vorliegen", "vorlag", "reported", "reports", "reporting", "told", "according", "citing", "wrote",
	"writes", "gezeigt", "berufung", "interview", "sagte", "said", "found", "investigation", "analysis", "recherchen", "seen",
	"reviewed", "obtained", "commissioned", "newspaper", "enthüllte", "enthuellte", "revealed")

func (d *doc) sentenceHas(s int, words map[string]bool) bool {
	for _, t := range d.sents[s].toks {
		if words[t.fold] {
			return true
		}
	}
	return false
}

// fieldPartyWordsEN are parties' names that are also the words of a field
// of policy.
var fieldPartyWordsEN = set("labour", "labor", "green")

// fieldNounsEN follow a field word to name what belongs to the field, no
// party's people: "labour inspectors", "labour law", "green energy".
var fieldNounsEN = set("inspector", "inspectors", "inspectorate", "inspection", "inspections", "law", "laws", "rights", "market", "markets",
	"costs", "shortage", "shortages", "standards", "exploitation", "abuse", "abuses", "violations", "court", "courts", "tribunal", "tribunals",
	"dispute", "disputes", "contracts", "conditions", "practices", "regulations", "rules", "agency", "office", "authority", "authorities",
	"energy", "power", "bonds", "hydrogen", "investment", "investments", "claims", "credentials", "technology", "steel", "transition")

// branchRegions name the region of an organisation's branch after its
// name ("Verdi Nord", "Greenpeace Nordic").
var branchRegions = set("nord", "süd", "sued", "ost", "west", "nordost", "nordwest", "südost", "suedost", "südwest", "suedwest", "mitte", "nordic")

// outletDescribedAs reports an outlet the text has introduced with the
// descriptor f ("der Tageszeitung „Oderland Echo“" … "wie die
// Tageszeitung berichtete").
func (d *doc) outletDescribedAs(f string) bool {
	for _, e := range d.ents {
		if e.typ != claimgraph.Publication || e.dead {
			continue
		}
		for _, x := range e.descs {
			if x == f {
				return true
			}
		}
	}
	return false
}

// lexiconPass finds the longest lexicon forms.
func (d *doc) lexiconPass(s int) {
	toks := d.sents[s].toks
	for i := 0; i < len(toks); i++ {
		if !toks[i].word || d.covered[s][i] {
			continue
		}
		var best *lexForm
		for _, f := range d.x.lx.byFirst[toks[i].stem] {
			if d.formMatches(s, i, f) {
				best = f
				break // sorted longest first
			}
		}
		if best == nil {
			continue
		}
		n := len(best.toks)
		// "Oberbürgermeister Klaus Berner … Berner wies das zurück": a
		// word the text gave a person as surname is that person again,
		// not the place or body the lexicon reads in it ("Berner" of
		// Bern).
		// ("Oberbürgermeister Klaus Berner", "Aufsichtsrätin Anna
		// Bayer": after a given name the word is a surname.)
		if n == 1 && (d.personSurname(trimPoss(toks[i].fold)) ||
			i > 0 && toks[i].cap && !toks[i].acro && isCapWord(toks[i-1]) && !d.covered[s][i-1] && (firstNames[toks[i-1].fold] || hyphenGivenName(toks[i-1].fold)) && d.x.lx.lookupKey(toks[i-1].text) == nil) {
			continue
		}
		// "Labour inspectors", "labour law", "Green energy": a party named
		// by a common word, before a lower-case noun of that field, is
		// the field ("Labour MPs" stay the party's).
		if n == 1 && d.lang == "en" && fieldPartyWordsEN[toks[i].fold] && i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap && fieldNounsEN[toks[i+1].fold] {
			continue
		}
		// "the Belfast Telegraph": a place or name before a one-word
		// outlet of the lexicon makes another outlet.
		if best.entry.typ == claimgraph.Publication && n == 1 && i > 0 && d.lang == "en" && toks[i].cap && isCapWord(toks[i-1]) && !d.covered[s][i-1] && !toks[i-1].inq &&
			!publicationDescriptors[toks[i-1].fold] && !outletAppositions[toks[i-1].fold] &&
			!sentenceOpeners[toks[i-1].fold] && !(i-1 == 0 && functionWords[toks[i-1].fold]) && d.x.lx.lookupKey(toks[i-1].text) == nil {
			d.addMention(&mention{sent: s, t0: i - 1, t1: i + 1, kind: mName, typ: claimgraph.Publication, name: trimPoss(d.spanText(s, i-1, i+1))})
			continue
		}
		// "der Tageszeitung „Sächsischer Bote“": an outlet of the lexicon
		// whose name is itself a word for an outlet ("die tageszeitung")
		// describes the name that follows; it is no second outlet.
		if best.entry.typ == claimgraph.Publication && n == 1 && publicationDescriptors[toks[i].fold] && i+1 < len(toks) &&
			(isCapWord(toks[i+1]) || !toks[i+1].word && strings.ContainsAny(toks[i+1].text, "„\"«»“") || d.outletDescribedAs(toks[i].fold)) {
			continue
		}
		// "Premier Doug Ford", "Representative Tom Vale": a one-word
		// company name after a first name and before no more capitals
		// is the person's surname.
		if best.entry.typ == claimgraph.Company && n == 1 && i > 0 && d.lang == "en" && toks[i-1].cap && firstNames[toks[i-1].fold] && !d.covered[s][i-1] &&
			(i+1 >= len(toks) || !isCapWord(toks[i+1])) && !(i > 1 && toks[i-2].cap && toks[i-2].word && !sentenceOpeners[toks[i-2].fold] && isRoleToken(toks[i-2], d) == "" && !politicalTitlesEN[strings.TrimSuffix(toks[i-2].fold, ".")]) {
			continue
		}
		// "Tamar Vale Water Services … Tamar Vale said": a one-word name
		// of the lexicon ("Vale") that ends a short form of a name the
		// text gave before is a word of that short form.
		if n == 1 && i > 0 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && d.knownShort(fold(toks[i-1].text)+" "+trimPoss(toks[i].fold)) {
			continue
		}
		// "Severn Vale Water", "Northern Rio Tinto Haulage": a one-word
		// name of the lexicon inside a longer capitalised name that ends
		// like a company's is a word of that name.
		if (best.entry.typ == claimgraph.Company || best.entry.typ == claimgraph.Agency) && n == 1 && i > 0 && i+1 < len(toks) && isCapWord(toks[i-1]) && !d.covered[s][i-1] &&
			!functionWords[toks[i-1].fold] && !(i-1 == 0 && sentenceOpeners[toks[i-1].fold]) && d.lang == "en" && !d.isPlace(toks[i-1]) &&
			isCapWord(toks[i+1]) && !d.covered[s][i+1] && (weakSuffixes[trimPoss(toks[i+1].fold)] || legalSuffixes[toks[i+1].text]) {
			continue
		}
		// "Atlantic Deicing Co.", "Guardian Alarm Systems Ltd": a
		// one-word name of the lexicon that opens a longer capitalised
		// name ending in a legal form is the first word of that name (the
		// legal-form pass reads it whole).
		if n == 1 && d.lang == "en" && i+2 < len(toks) {
			e := i + 1
			for e < len(toks) && e-i <= 3 && isCapWord(toks[e]) && !d.covered[s][e] && !functionWords[toks[e].fold] && !legalSuffixes[toks[e].text] {
				e++
			}
			if e > i+1 && e < len(toks) && legalSuffixes[toks[e].text] {
				continue
			}
			// "Atlantic Deicing said …" after "Atlantic Deicing Co.": the
			// same name without its legal form.
			if e > i+1 && d.namedCompanyPrefix(d.spanText(s, i, e)) {
				continue
			}
		}
		// "Amazon Web Services", "Tesco Bank": a known company's name
		// followed by words that end like a company's names another
		// company, its subsidiary.
		if best.entry.typ == claimgraph.Company && n == 1 && d.lang == "en" && i+1 < len(toks) {
			e := i + 1
			for e < len(toks) && e-i <= 2 && isCapWord(toks[e]) && !d.covered[s][e] && !functionWords[toks[e].fold] {
				e++
			}
			if l := trimPoss(toks[e-1].fold); e > i+1 && (weakSuffixes[l] || l == "services") && (e >= len(toks) || !isCapWord(toks[e])) && d.x.lx.lookupKey(d.spanText(s, i, e)) == nil {
				d.addMention(&mention{sent: s, t0: i, t1: e, kind: mName, typ: claimgraph.Company, name: trimPoss(d.spanText(s, i, e))})
				i = e - 1
				continue
			}
		}
		// "so der Naturschutzbund" after "Der Naturschutzbund
		// Weserbergland": the same for a compound the lexicon knows.
		if n == 1 && d.lang == "de" && best.entry.typ == claimgraph.Agency && germanHead(toks[i]) != "" && germanHead(toks[i]) != toks[i].fold && (i+1 >= len(toks) || !isCapWord(toks[i+1])) && d.knownShort(trimPoss(toks[i].fold)) {
			continue
		}
		// "Vale said …" after "Representative Tom Vale": the person's
		// surname again.
		if best.entry.typ == claimgraph.Company && n == 1 && d.lang == "en" && d.surnameBefore(s, toks[i].fold) {
			continue
		}
		m := &mention{sent: s, t0: i, t1: i + n, kind: mName, typ: best.entry.typ, key: best.entry.key, name: best.form}
		// "consumer group Which?", "die Verbraucherorganisation X": an
		// outlet of the lexicon that the text introduces as a body is
		// that body; the descriptor says what it is in this story.
		if best.entry.typ == claimgraph.Publication && (d.bodyDescBefore(s, i) || d.byKey[string(claimgraph.Agency)+"|"+best.entry.key] != nil) {
			m.typ = claimgraph.Agency
		}
		// "Greenpeace Brazil": a national branch is its own body; so is
		// a regional one ("Nabu Brandenburg", "Verdi Nord", "Greenpeace
		// Nordic").
		if best.entry.typ == claimgraph.Agency && best.toks[0].cap && i+n < len(toks) && toks[i+n].cap && !d.covered[s][i+n] &&
			(d.x.lx.countryOf[stemPhrase(toks[i+n].text)] != "" && countryKeyPrefix(best.entry.key) == "" || !toks[i+n].acro && (branchRegions[toks[i+n].fold] || d.lang == "de" && (d.isPlace(toks[i+n]) || cities[toks[i+n].fold]))) &&
			(i+n+1 >= len(toks) || !isCapWord(toks[i+n+1])) {
			m.t1 = i + n + 1
			m.name = d.spanText(s, i, i+n+1)
			m.key, m.branchOf = "", m.key
			n++
		}
		// "Volkswagen do Brasil", "Siemens of America": a national
		// subsidiary is its own company.
		if best.entry.typ == claimgraph.Company && i+n+1 < len(toks) && subsidiaryLinks[toks[i+n].fold] && toks[i+n+1].cap && !d.covered[s][i+n+1] &&
			(d.isPlace(toks[i+n+1]) || subsidiaryPlaces[toks[i+n+1].fold]) {
			m.t1 = i + n + 2
			m.name = d.spanText(s, i, i+n+2)
			m.key = ""
			n += 2
		}
		// "die Infrastrukturgesellschaft DB InfraGO", "Google DeepMind": a
		// known company's name before a brand word written with a capital
		// inside names its subsidiary, a company of its own.
		if best.entry.typ == claimgraph.Company && i+n < len(toks) && !d.covered[s][i+n] && toks[i+n].word && toks[i+n].cap && !toks[i+n].acro && innerCapital(toks[i+n].text) &&
			(i+n+1 >= len(toks) || !isCapWord(toks[i+n+1]) || legalSuffixes[toks[i+n+1].text]) {
			n++
			if i+n < len(toks) && legalSuffixes[toks[i+n].text] {
				n = legalTail(toks, i+n) + 1 - i
			}
			m.t1 = i + n
			m.name = trimPoss(d.spanText(s, i, i+n))
			m.key = ""
		}
		// "Ford Motor Company", "Halden Group plc": a known company's name
		// with its legal form written out is its fullest name.
		if best.entry.typ == claimgraph.Company && d.lang == "en" && i+n < len(toks) && !d.covered[s][i+n] && !strings.HasSuffix(toks[i+n-1].text, "'s") &&
			(toks[i+n].text == "Company" || legalSuffixes[trimPoss(toks[i+n].text)]) {
			n = legalTail(toks, i+n) + 1 - i
			m.t1 = i + n
			m.name = trimPoss(d.spanText(s, i, i+n))
		}
		if articles[fold(strings.Fields(best.form)[0])] && len(strings.Fields(best.form)) > 1 {
			m.name = d.spanText(s, i, i+n) // "Der Spiegel" is listed, "Spiegel" was written
		}
		// "Die Grünen im Kreistag des Landkreises Ostholstein": a
		// party's group in a parliament is its own body.
		if partyKeys[best.entry.key] && d.lang == "de" {
			if e, nameEnd := d.partyGroupEnd(s, i+n); e > i+n {
				t0 := i
				if articles[toks[t0].fold] {
					t0++
				}
				m.t0, m.t1, m.name, m.key = i, e, d.spanText(s, t0, nameEnd), ""
				n = e - i
			}
		}
		// "The United Nations human rights office", "The European
		// Union's delegation in Velsk", "The United Nations peacekeeping
		// mission in Lebanon, UNIFIL,": a body's unit named by what it
		// does is a party of its own.
		// ("the European Parliament's civil liberties committee": a
		// state's body too, where its possessive names the unit.)
		if best.entry.typ == claimgraph.Agency && d.lang == "en" && (!countryBodyKey(best.entry.key) || possEnd(toks, m.t1)) {
			d.subBody(m, i)
			n = m.t1 - i
		}
		// "Belgian authorities", "die belgischen Behörden": no named body.
		if l := fold(lastWord(best.form)); l == "authorities" || strings.HasSuffix(l, "behoerden") {
			m.generic = true
		}
		// "the European Union's eastern border": a body's territory is a
		// place; the body is a party only where it acts elsewhere.
		if best.entry.typ == claimgraph.Agency && d.lang == "en" && possTerritoryEN(toks, i+n) {
			m.generic = true
		}
		d.addMention(m)
		i += n - 1
	}
}

func (d *doc) formMatches(s, i int, f *lexForm) bool {
	toks := d.sents[s].toks
	n := len(f.toks)
	if i+n > len(toks) {
		return false
	}
	for k := 0; k < n; k++ {
		tt, ft := toks[i+k], f.toks[k]
		// "des Auswärtigen Amts": a German genitive s the stemmer keeps
		// on a short word.
		if tt.stem != ft.stem && !(d.lang == "de" && k > 0 && tt.fold == ft.fold+"s" && ft.cap) || d.covered[s][i+k] {
			return false
		}
		// Stems bridge German inflection ("Weißen Hauses"); elsewhere,
		// and for names that are also words, the spelling must agree.
		if (d.lang != "de" || f.cue) && trimPoss(tt.fold) != trimPoss(ft.fold) && !(d.lang == "de" && tt.fold == ft.fold+"s") {
			return false
		}
		if ft.acro && trimPoss(tt.text) != ft.text && !(ft.text == strings.ToUpper(ft.text) && trimPoss(tt.text) == ft.text+"s" && d.lang == "de") {
			return false
		}
		if ft.cap && !tt.cap {
			return false
		}
		if !ft.cap && ft.word && tt.acro && !ft.acro && n == 1 {
			return false
		}
	}
	if f.lower && toks[i].fold != f.toks[0].fold {
		return false
	}
	// "Die Partei Grüne Küste", "der Grünen Küste": a party the lexicon
	// names by an adjective, written before a capitalised noun, is the
	// adjective of another name.
	if n == 1 && d.lang == "de" && partyKeys[f.entry.key] && nameAdjDE(toks[i]) && i+1 < len(toks) && isCapWord(toks[i+1]) && !toks[i+1].acro && !d.covered[s][i+1] &&
		isRoleToken(toks[i+1], d) == "" && !d.personNoun(toks[i+1]) && !d.isPlace(toks[i+1]) && !cities[toks[i+1].fold] && !monthOrDay(toks[i+1].fold) &&
		germanHead(toks[i+1]) == "" && !strings.Contains(toks[i].text, "-") {
		return false
	}
	// "Amazon rainforest", "in the Amazon": a company name used for a
	// place; companies take no article in English.
	if n == 1 && f.entry.typ == claimgraph.Company && (i+1 < len(toks) && geoNouns[toks[i+1].fold] || d.lang == "en" && i > 0 && toks[i-1].fold == "the" && (i+1 >= len(toks) || !toks[i+1].cap)) {
		return false
	}
	// "Oracle Veil", "Apple Valley Farms": a one-word company of the
	// lexicon followed by another capitalised word is part of another
	// name.
	if n == 1 && f.entry.typ == claimgraph.Company && i+1 < len(toks) && isCapWord(toks[i+1]) && !d.covered[s][i+1] && isRoleToken(toks[i+1], d) == "" &&
		!(i+2 < len(toks) && isCapWord(toks[i+2])) && d.lang == "en" && !strings.HasSuffix(toks[i].text, "'s") && !legalSuffixes[toks[i+1].text] &&
		!weakSuffixes[toks[i+1].fold] && d.x.lx.lookupKey(toks[i+1].text) == nil {
		return false
	}
	// "the Fair Labour Action Network": a one-word body of the lexicon
	// inside a run of capitalised words is a word of another name.
	if n == 1 && f.entry.typ == claimgraph.Agency && d.lang == "en" && i > 0 && i+1 < len(toks) && isCapWord(toks[i-1]) && !d.covered[s][i-1] &&
		!sentenceOpeners[toks[i-1].fold] && !(i-1 == 0) && isCapWord(toks[i+1]) && !d.covered[s][i+1] && d.x.lx.lookupKey(toks[i+1].text) == nil && d.x.lx.lookupKey(toks[i-1].text) == nil {
		return false
	}
	// "Bayer" is no stem of "Bayern": single company names match as
	// written, give or take a genitive s.
	if n == 1 && f.entry.typ == claimgraph.Company && trimPoss(toks[i].fold) != f.toks[0].fold && toks[i].fold != f.toks[0].fold+"s" {
		return false
	}
	// "Thomas Reuter" is no form of "Reuters": inflection adds endings
	// to a one-word name and never takes letters off, so a word that is
	// the name cut short is another word, mostly a surname.
	if n == 1 && !f.exact {
		if w, fw := trimPoss(toks[i].fold), f.toks[0].fold; len(w) < len(fw) && strings.HasPrefix(fw, w) {
			return false
		}
	}
	// "der ukrainische Geheimdienst SBU": a country body before a name
	// is that name's descriptor.
	if !f.toks[0].cap && i+n < len(toks) && toks[i+n].acro && toks[i+n].word && len(toks[i+n].text) >= 2 {
		return false
	}
	// "a request from Chinese authorities": generic bodies inside a
	// quotation are the speaker's words, no participants.
	if toks[i].inq && countryKeyPrefix(f.entry.key) != "" && !f.exact {
		return false
	}
	// "eines russischen Geheimdienstes", "a Chinese state company": an
	// indefinite body is no participant.
	if !f.toks[0].cap && i > 0 && indefinite[toks[i-1].fold] {
		return false
	}
	// A party named by an ordinary word ("Die Linke", "die Grünen")
	// counts where the sentence has it act: it accuses, denies or says.
	if f.cue && !toks[i].inq && !d.sentenceHas(s, outletCues) && !(f.entry.typ == claimgraph.Agency && d.sentenceHas(s, partyActsDE)) {
		return false
	}
	// "hätten ausreichend Zeit gehabt, sagte ein Sprecher": a one-word
	// name that is also an ordinary word needs its article ("die Zeit").
	if f.cue && !toks[i].inq && n == 1 && !(i > 0 && (definiteDE[toks[i-1].fold] || definiteEN[toks[i-1].fold] || toks[i-1].quote)) {
		return false
	}
	// "an die Presse durchgestochen", "in der Welt": a one-word name
	// that is also an ordinary word, after a preposition and its article
	// and out of quotes, is the ordinary word ("berichtete die „Presse“",
	// "sagte der Welt", "ein Interview mit der Zeit" name the outlet).
	if f.cue && !toks[i].inq && n == 1 && i > 1 && definiteDE[toks[i-1].fold] && !toks[i-1].quote && plainWordPrepsDE[toks[i-2].fold] {
		return false
	}
	// „nach anerkannten Standards zertifiziert“, „den berufsständischen
	// Standards“: a one-word name that is also an ordinary word, with an
	// s after a lower-case adjective, is that word's plural.
	if f.cue && n == 1 && d.lang == "de" && i > 0 && toks[i].fold == f.toks[0].fold+"s" && toks[i-1].word && !toks[i-1].cap && !toks[i-1].quote &&
		!articles[toks[i-1].fold] && !prepositions[toks[i-1].fold] && strings.HasSuffix(toks[i-1].fold, "en") {
		return false
	}
	// „Wir haben zu keiner Zeit …“, "zur Zeit": a determiner that no
	// outlet takes makes it the ordinary word, in quotes too.
	if f.cue && n == 1 && i > 0 && commonWordDeterminers[toks[i-1].fold] {
		return false
	}
	if f.actor && d.inPlaceRole(s, i) {
		return false
	}
	// "an EU investigation": an attributive use names no actor.
	// "Brazil's military dictatorship", "Chinese government officials":
	// a country's body before a noun describes that noun.
	if countryKeyPrefix(f.entry.key) != "" && !f.meto && n > 1 && d.lang == "en" && i+n < len(toks) && toks[i+n].word && !toks[i+n].cap &&
		!strings.HasSuffix(toks[i+n].fold, "ed") && !strings.HasSuffix(toks[i+n].fold, "s") && !functionWords[toks[i+n].fold] && !modalsEN[toks[i+n].fold] &&
		!isVerbLike(toks[i+n].fold) {
		return false
	}
	// "the Bishkek company", "a London shipbroker": a capital standing
	// for its government is a place when a common noun follows it
	// ("Moscow denies", "Beijing has rejected" keep the actor).
	if d.lang == "en" && f.meto && i+n < len(toks) && toks[i+n].word && !toks[i+n].cap && !strings.HasSuffix(toks[i+n].fold, "ed") &&
		!strings.HasSuffix(toks[i+n].fold, "s") && !functionWords[toks[i+n].fold] && !modalsEN[toks[i+n].fold] && !isVerbLike(toks[i+n].fold) &&
		!clauseAdverbsEN[toks[i+n].fold] && !strings.HasSuffix(toks[i+n].fold, "ly") {
		return false
	}
	// German nouns are capitalised: "Die EU berät" is an actor.
	// ("The European Union's delegation in Velsk" is a unit of it.)
	if d.lang == "en" && f.actor && !f.meto && i+n < len(toks) && toks[i+n].word && !toks[i+n].cap && !strings.HasSuffix(toks[i+n].fold, "ed") &&
		!strings.HasSuffix(toks[i+n].fold, "s") && !functionWords[toks[i+n].fold] && !modalsEN[toks[i+n].fold] {
		if e, _ := d.subBodyEnd(s, i+n); e == i+n {
			return false
		}
	}
	// "the EU's General Data Protection Regulation", "Washington's
	// mutual defense treaty": the owner of a law does not act.
	if (f.meto || f.actor) && n == 1 && (strings.HasSuffix(toks[i].text, "'s") || strings.HasSuffix(toks[i].text, "’s")) {
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			if lawWords[toks[k].fold] {
				return false
			}
			if !toks[k].word {
				break
			}
		}
	}
	if f.meto {
		t := toks[i]
		genitive := strings.HasSuffix(t.fold, "s") && t.fold != f.toks[0].fold || strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s")
		if !genitive {
			if i+1 >= len(toks) || !toks[i+1].word || toks[i+1].cap || d.inPlaceRole(s, i) {
				return false
			}
		}
		if d.lang == "en" && i > 0 && toks[i-1].cap && toks[i-1].word && !functionWords[toks[i-1].fold] {
			return false // part of another name ("Washington Post")
		}
		// "Transport for London", "University of London": the end of
		// another name.
		if d.lang == "en" && i > 1 && (toks[i-1].fold == "for" || toks[i-1].fold == "of") && isCapWord(toks[i-2]) && !functionWords[toks[i-2].fold] {
			return false
		}
		// "London law firm Abbot Crane", "a Paris consultancy": a seat
		// before the descriptor of a name is where that name is based.
		if d.lang == "en" && !genitive {
			for k := i + 1; k < len(toks) && k <= i+3 && toks[k].word && !toks[k].cap; k++ {
				f := toks[k].fold
				if functionWords[f] || actorVerbs[f] || slotSubjEN[f] || auxiliaries[f] || modalsEN[f] || strings.HasSuffix(f, "ed") {
					break
				}
				if (d.isCompanyDescriptor(toks[k]) || agencyAppositionsEN[f]) && k+1 < len(toks) && isCapWord(toks[k+1]) {
					return false
				}
			}
		}
	}
	return true
}

// publisherPass finds the article's own outlet, which may be a name no
// lexicon knows ("Hanse Depesche").
func (d *doc) publisherPass(s int) {
	pt := d.pubToks
	if len(pt) == 0 {
		return
	}
	toks := d.sents[s].toks
	for i := 0; i+len(pt) <= len(toks); i++ {
		ok := true
		for k := range pt {
			if toks[i+k].stem != pt[k].stem || d.covered[s][i+k] {
				ok = false
				break
			}
		}
		if ok {
			d.addMention(&mention{sent: s, t0: i, t1: i + len(pt), kind: mName, typ: claimgraph.Publication, name: strings.TrimSpace(joinTokens(pt)), key: "@publisher"})
			i += len(pt) - 1
		}
	}
	// "the Gazette" for "The Saltmarsh Gazette": the article's outlet by
	// the head of its name.
	// "dem Tageblatt" for "Wellinger Tageblatt": so in German, where the
	// head may be a compound ("Tageblatt", "Kreisanzeiger").
	if last := pt[len(pt)-1]; len(pt) > 1 && (publicationHeads[last.fold] || d.lang == "de" && outletCompoundDE(last.fold)) {
		for i := 1; i < len(toks); i++ {
			if toks[i].stem == last.stem && toks[i].cap && !d.covered[s][i] && (definiteEN[toks[i-1].fold] || d.lang == "de" && definiteDE[toks[i-1].fold]) && (i+1 >= len(toks) || !isCapWord(toks[i+1])) {
				d.addMention(&mention{sent: s, t0: i, t1: i + 1, kind: mName, typ: claimgraph.Publication, name: strings.TrimSpace(joinTokens(pt)), key: "@publisher"})
			}
		}
	}
	// "ein Vermerk, der unserer Redaktion vorliegt", "documents obtained
	// by this newspaper": the article's outlet refers to itself.
	for i := 0; i+1 < len(toks); i++ {
		if d.covered[s][i] || d.covered[s][i+1] || !selfOutletDet[toks[i].fold] || !selfOutletNoun[toks[i+1].fold] {
			continue
		}
		if d.lang == "en" && toks[i].fold != "this" || d.lang == "de" && toks[i].fold == "this" {
			continue
		}
		// "das Schreiben, das der Redaktion vorliegt": a newsroom with
		// no name is the article's own, "der Zeitung" may be another.
		if toks[i].fold == "der" && (toks[i+1].fold != "redaktion" || i+2 >= len(toks) || !ownCopyVerbsDE[toks[i+2].fold]) {
			continue
		}
		d.addMention(&mention{sent: s, t0: i, t1: i + 2, kind: mName, typ: claimgraph.Publication, name: strings.TrimSpace(joinTokens(pt)), key: "@publisher"})
		i++
	}
}

// outletCompoundDE reports a German compound that ends in an outlet's
// head ("tageblatt", "kreisanzeiger").
func outletCompoundDE(f string) bool {
	for h := range publicationHeads {
		if len(h) >= 4 && strings.HasSuffix(f, h) && len(f) > len(h)+3 {
			return true
		}
	}
	return false
}

// selfOutletDet and selfOutletNoun make the phrases by which an article's
// outlet names itself ("unserer Redaktion", "dieser Zeitung", "this
// newspaper").
var selfOutletDet = set("unserer", "unserem", "dieser", "diesem", "this", "der")

// ownCopyVerbsDE say that a newsroom holds a document.
var ownCopyVerbsDE = set("vorliegt", "vorliegen", "vorlag", "vorlagen", "zugespielt", "zuging", "zugegangen")
var selfOutletNoun = set("redaktion", "zeitung", "blatt", "newspaper", "publication", "paper")

// acronymPass finds acronyms that an earlier "Name (ACR)" defined.
func (d *doc) acronymPass(s int) {
	toks := d.sents[s].toks
	for i, t := range toks {
		if !t.acro || d.covered[s][i] {
			continue
		}
		e := d.acro[trimPoss(t.text)]
		// "the ATO" after "the Australian Taxation Office": an acronym of
		// a body named before, even where no brackets defined it.
		if e == nil && len(trimPoss(t.text)) >= 3 && d.x.lx.lookupKey(trimPoss(t.text)) == nil {
			e = d.initialsOf(trimPoss(t.text))
		}
		if e != nil {
			m := &mention{sent: s, t0: i, t1: i + 1, kind: mShort, typ: e.typ, name: trimPoss(t.text)}
			d.addMention(m)
			m.ent = e
		}
	}
}

// definedAcronymPass reads a name its acronym in brackets spells out:
// "Rundfunk Elbe-Saale (RES)", "the Baltic Shipping Watch (BSW)", "the
// Medicines and Healthcare products Regulatory Agency (MHRA)". When the
// acronym's letters are the initials of the capitalised words right
// before the bracket (linking words and one lower-case word may stand
// between them), those words are one name, whatever their heads: the
// writer has just said so. A name the lexicon knows is left to it.
func (d *doc) definedAcronymPass(s int) {
	toks := d.sents[s].toks
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].text != "(" || toks[i+2].text != ")" || !toks[i+1].acro || !toks[i+1].word {
			continue
		}
		t0 := acronymSpan(toks, i, toks[i+1].text)
		if t0 < 0 || i-t0 < 2 {
			continue
		}
		name := trimPoss(d.spanText(s, t0, i))
		if d.x.lx.lookupKey(name) != nil {
			continue
		}
		// "des Rundfunks Elbe-Saale (RES)": the name in the nominative.
		if d.lang == "de" && t0 > 0 && (toks[t0-1].fold == "des" || toks[t0-1].fold == "eines") {
			words := strings.Fields(name)
			for n, w := range words {
				for _, suf := range []string{"es", "s"} {
					if base := strings.TrimSuffix(w, suf); base != w && outletWordsSet[fold(base)] {
						words[n] = base
						break
					}
				}
			}
			name = strings.Join(words, " ")
		}
		// An English name an earlier pass cut short at its head ("Watch",
		// "Regulatory Agency") grows to the whole span; other claimed
		// words are left as the earlier passes read them.
		var cut *mention
		for _, m := range d.ments[s] {
			if m.t1 == i && m.t0 > t0 && m.kind == mName && m.key == "" && d.lang == "en" {
				cut = m
			}
		}
		// ("Medicines and Healthcare products Regulatory Agency": a
		// first word read as a name of its own goes into it too.)
		inner := map[*mention]bool{}
		for _, m := range d.ments[s] {
			if cut != nil && m != cut && m.t0 >= t0 && m.t1 <= cut.t0 && m.kind == mName && m.key == "" && m.ent == nil {
				inner[m] = true
				for k := m.t0; k < m.t1; k++ {
					d.covered[s][k] = false
				}
			}
		}
		covered := false
		for k := t0; k < i; k++ {
			covered = covered || d.covered[s][k] && (cut == nil || k < cut.t0)
		}
		if covered {
			for m := range inner {
				d.cover(s, m.t0, m.t1)
			}
			continue
		}
		typ := d.acronymNameType(s, t0, i)
		if cut != nil {
			kept := d.ments[s][:0]
			for _, m := range d.ments[s] {
				if !inner[m] {
					kept = append(kept, m)
				}
			}
			d.ments[s] = kept
			cut.t0, cut.name, cut.typ = t0, name, typ
			d.cover(s, t0, i)
			continue
		}
		d.addMention(&mention{sent: s, t0: t0, t1: i, kind: mName, typ: typ, name: name})
	}
}

// acronymNameType types a name its acronym spelled out. The head decides
// before the words in front of it: "Healthcare products Regulatory
// Agency" is a body, "Baltic Shipping Watch" a group; "Rundfunk
// Elbe-Saale" is an outlet.
func (d *doc) acronymNameType(s, t0, t1 int) claimgraph.EntityType {
	toks := d.sents[s].toks
	for _, t := range toks[t0:t1] {
		if outletWordsSet[t.fold] || outletWordsSet[strings.TrimSuffix(t.fold, "s")] {
			return claimgraph.Publication
		}
	}
	if head := strings.ToLower(trimPoss(toks[t1-1].text)); agencyHeadsEN[head] || nameWordsAgency[head] || acronymGroupHeads[head] {
		return claimgraph.Agency
	}
	return d.slotType(s, t0, t1, "", false, slotSubj)
}

// acronymSpan returns the first token of the words before token end
// whose initials spell acr ("Elbe-Saale" gives two), or -1. Linking words
// ("and", "of", "für", "der") are passed over, and so is one other
// lower-case word ("Healthcare products Regulatory").
func acronymSpan(toks []token, end int, acr string) int {
	var letters []rune
	for _, r := range acr {
		if unicode.IsUpper(r) || r == '&' {
			letters = append(letters, r)
		}
	}
	if len(letters) < 2 {
		return -1
	}
	n := len(letters)
	lower := 0
	for k := end - 1; k >= 0 && k >= end-2*len(letters)-2; k-- {
		t := toks[k]
		if t.text == "&" {
			if letters[n-1] == '&' {
				n--
			}
		} else if !t.word || t.acro {
			return -1
		} else if !t.cap {
			if !acronymLinks[t.fold] {
				lower++
				if lower > 1 {
					return -1
				}
			}
		} else {
			var ini []rune
			for _, part := range strings.Split(t.text, "-") {
				if r, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r) {
					ini = append(ini, r)
				}
			}
			switch {
			case len(ini) > 1 && len(ini) <= n && string(letters[n-len(ini):n]) == string(ini):
				n -= len(ini)
			case len(ini) > 0 && ini[0] == letters[n-1]:
				n--
			default:
				return -1
			}
		}
		if n == 0 {
			if !t.cap {
				return -1
			}
			return k
		}
	}
	return -1
}

// acronymGroupHeads end the names of civic groups, which are typed as
// bodies: "Conflict Trade Monitor (CTM)", "Fair Rail Alliance (FRA)".
var acronymGroupHeads = set("monitor", "alliance", "forum", "foundation", "association", "confederation", "conference")

// acronymLinks are the words a body's name holds that its acronym skips.
var acronymLinks = set("and", "of", "for", "the", "on", "in", "und", "für", "fuer", "der", "des", "die", "den", "zur", "zum", "de", "du", "la", "et")

// outletWordsSet in a name make it an outlet's: "Rundfunk Elbe-Saale",
// "Harbourline Television".
var outletWordsSet = set("rundfunk", "radio", "television", "tv", "fernsehen", "zeitung", "news", "broadcasting", "sender", "funk")

// shortInBrackets reports a short form written as a word in brackets
// after a body's name: "Nationale Anti-Doping-Agentur (Nada)",
// "Naturschutzbund (Nabu)". It has three to six letters, the name's
// first letter, and is no place or person.
func (d *doc) shortInBrackets(t token, e *entity) bool {
	r := []rune(t.text)
	if !t.word || !t.cap || t.num || len(r) < 3 || len(r) > 6 || e.name == "" || !e.isOrg() || d.isPlace(t) || cities[t.fold] || firstNames[t.fold] {
		return false
	}
	return strings.HasPrefix(fold(e.name), strings.ToLower(string(r[0])))
}

// seatHeadsEN are offices named with their seat ("Office in Manhattan",
// "Embassy in London").
var seatHeadsEN = set("office", "embassy", "consulate", "mission", "delegation")

// onlyBranchOf returns the one regional branch of the lexicon body key
// that the text has named so far, if there is exactly one.
func (d *doc) onlyBranchOf(key string, typ claimgraph.EntityType) *entity {
	var only *entity
	for _, o := range d.ents {
		if o.branchOf == key && o.typ == typ && !o.dead {
			if only != nil {
				return nil
			}
			only = o
		}
	}
	return only
}

// partyActsDE are verbs by which a party acts in a German sentence.
var partyActsDE = set("wirft", "warf", "werfen", "warfen", "vorgeworfen", "beschuldigt", "beschuldigte", "kritisiert", "kritisierte", "fordert", "forderte",
	"sagte", "erklärte", "erklaerte", "teilte", "wies", "weist", "bestreitet", "bestritt", "verlangt", "verlangte", "beantragte", "klagt", "klagte")

// notAdjDE end like German adjectives but are none.
var notAdjDE = set("zwischen", "inzwischen", "dazwischen", "zuzeiten", "wegen", "seitens", "angesichts")

// isCapWord: a capitalised word that can be part of a name.
func isCapWord(t token) bool {
	return t.word && t.cap && !functionWords[t.fold] && !t.num
}

// inflectionEnds are the endings a German noun may add to a suffix word
// ("Konkurrent" → "Konkurrenten", "Sprecher" → "Sprecherin").
var inflectionEnds = map[string]bool{"": true, "s": true, "n": true, "en": true, "es": true, "e": true, "in": true, "innen": true}

// inflectionEndList is inflectionEnds as a slice, for endsInflected.
var inflectionEndList = func() []string {
	var l []string
	for e := range inflectionEnds {
		l = append(l, e)
	}
	return l
}()

// suffixIndex answers hasSuffixInflected for one long, fixed list of
// suffixes by map lookups of the word's own endings instead of a scan of
// the list: the German company descriptors are checked for nearly every
// token, and the list has hundreds of entries.
type suffixIndex struct {
	rank map[string]int // suffix → position in the list
	list []string
}

func newSuffixIndex(list []string) *suffixIndex {
	ix := &suffixIndex{rank: make(map[string]int, len(list)), list: list}
	for i, s := range list {
		if _, dup := ix.rank[s]; !dup {
			ix.rank[s] = i
		}
	}
	return ix
}

// match returns what hasSuffixInflected(f, list) returns: of the suffixes
// f ends in before an inflection ending, the one listed first.
func (ix *suffixIndex) match(f string) string {
	best := -1
	for _, e := range inflectionEndList {
		if !strings.HasSuffix(f, e) {
			continue
		}
		base := f[:len(f)-len(e)]
		for i := 0; i < len(base); i++ {
			if r, ok := ix.rank[base[i:]]; ok && (best < 0 || r < best) && inflectionEnds[f[strings.LastIndex(f, ix.list[r])+len(ix.list[r]):]] {
				best = r
			}
		}
	}
	if best < 0 {
		return ""
	}
	return ix.list[best]
}

// endsInflected reports whether f is some text, then suf, then one of the
// inflection endings.
func endsInflected(f, suf string) bool {
	for _, e := range inflectionEndList {
		if n := len(f) - len(e); n >= len(suf) && f[n:] == e && f[n-len(suf):n] == suf {
			return true
		}
	}
	return false
}

// hasSuffixInflected returns the first of suffixes that f ends in, give or
// take an inflection ending. It allocates nothing: it runs for every
// token in several passes.
func hasSuffixInflected(f string, suffixes []string) string {
	for _, suf := range suffixes {
		// A match needs f to end in suf plus one of the endings; checking
		// that first skips the scan for the many suffixes that cannot match.
		if !endsInflected(f, suf) {
			continue
		}
		i := strings.LastIndex(f, suf)
		if i >= 0 && inflectionEnds[f[i+len(suf):]] {
			return suf
		}
	}
	return ""
}

var agencyHeadListDE = func() []string {
	seen := map[string]bool{}
	var l []string
	for k := range agencyHeadsDE {
		if f := fold(k); !seen[f] {
			seen[f] = true
			l = append(l, f)
		}
	}
	// Longest first, so "landgericht" wins over "gericht"; ties by name
	// for a stable order.
	sort.Slice(l, func(i, j int) bool {
		if len(l[i]) != len(l[j]) {
			return len(l[i]) > len(l[j])
		}
		return l[i] < l[j]
	})
	return l
}()

var headEnds = map[string]bool{"": true, "s": true, "es": true, "en": true, "n": true}

// germanHead returns the agency head a German token ends in.
func germanHead(t token) string {
	// An acronym is no compound: "BUND" is a name, not the head "Bund".
	if !t.cap || t.acro || agencyOrgansDE[t.fold] {
		return ""
	}
	// The answer depends on the folded word alone and is asked for the
	// same word by many rules: it is kept (up to a bound, so that an
	// endless stream of new words cannot grow the cache without end).
	if v, ok := headCache.Load(t.fold); ok {
		return v.(string)
	}
	h := germanHeadOf(t.fold)
	if headCacheLen.Load() < headCacheMax {
		headCache.Store(t.fold, h)
		headCacheLen.Add(1)
	}
	return h
}

// headCache holds germanHead's answers by folded word, for every
// extractor of the process (the answer uses only fixed word lists).
var (
	headCache    sync.Map
	headCacheLen atomic.Int64
)

const headCacheMax = 1 << 18

// germanHeadOf is germanHead's search over the head list for the folded
// word f.
func germanHeadOf(f string) string {
	if strings.HasSuffix(f, "dienstleistung") || strings.HasSuffix(f, "dienstleistungen") {
		return ""
	}
	for _, h := range agencyHeadListDE {
		i := strings.LastIndex(f, h)
		if (h == "allianz" || h == "union") && i <= 0 {
			continue
		}
		if i >= 0 && headEnds[f[i+len(h):]] {
			// "GPG-Landesleiter Murat Aydın": a known first name that
			// happens to end in a head ("Mu-rat") is a person's name,
			// not a compound naming a council.
			if i > 0 && firstNames[f] {
				return ""
			}
			// "Rheinische Hausrat Versicherung AG", "Vorrat", "Apparat":
			// words that end in "rat" and name no council.
			if h == "rat" && notCouncilRatDE(f[:i+len(h)]) {
				return ""
			}
			// "Insgesamt beanstandet die Behörde …", "Allesamt": an
			// adverb in "-samt" that opens a sentence with a capital names
			// no office ("Amt").
			// "Verkehrsverbund", "Klinikverbund": a network of firms, no
			// association ("Bund").
			if h == "bund" && strings.HasSuffix(f[:i+len(h)], "verbund") {
				return ""
			}
			if h == "amt" && (strings.HasSuffix(f, "gesamt") || strings.HasSuffix(f, "allesamt") || f == "samt") {
				return ""
			}
			return h
		}
	}
	return ""
}

// notCouncilRatsDE are words in "-rat" that name things, not councils.
var notCouncilRatsDE = []string{"hausrat", "vorrat", "apparat", "heirat", "unrat", "zierrat", "inserat", "karat", "quadrat", "substrat", "destillat"}

// notCouncilRatDE reports a word ending in "rat" (genitive ending
// stripped) that is one of notCouncilRatsDE or a compound of one
// ("Energievorrat", "Messapparat").
func notCouncilRatDE(f string) bool {
	for _, w := range notCouncilRatsDE {
		if strings.HasSuffix(f, w) {
			return true
		}
	}
	return false
}

// nameAdjStemsDE are common German adjectives that open the names of
// parties, initiatives and associations ("Grüne Küste", "Freie Heide",
// "Neue Mitte", "Sichere Straße"), as folded stems.
var nameAdjStemsDE = set("gruen", "rot", "blau", "schwarz", "weiss", "gelb", "bunt", "frei", "neu", "alt", "jung", "sicher", "sauber", "klar",
	"gerecht", "fair", "offen", "stark", "gemeinsam", "link", "recht", "mittler", "unabhaengig", "lebendig", "nachhaltig", "gesund", "still",
	"lebenswert", "gut", "gross", "klein", "erst", "letzt", "ehrlich", "echt", "wach", "mutig", "solidarisch", "vereinigt", "vereint", "besser")

// nameAdjDE reports a capitalised German adjective, inflected, that can
// open a name before a noun: one of isAdjDE's endings or a common
// adjective of names ("Grüne", "Freien", "Neue").
func nameAdjDE(t token) bool {
	if !t.cap || t.acro || !t.word {
		return false
	}
	f := t.fold
	for _, e := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(f, e) && nameAdjStemsDE[f[:len(f)-len(e)]] {
			return true
		}
	}
	return isAdjDE(t)
}

func isAdjDE(t token) bool {
	f := t.fold
	// "der Streit zwischen Gewerkschaft und Management": prepositions
	// and adverbs that end like adjectives.
	if notAdjDE[f] {
		return false
	}
	for _, e := range []string{"isch", "ische", "ischen", "ischer", "isches", "ischem", "ale", "alen", "ales", "aler", "liche", "lichen", "licher", "liches", "sche", "schen", "scher", "sches"} {
		if strings.HasSuffix(f, e) && len(f) > len(e)+2 {
			return true
		}
	}
	return false
}

// reinflect puts a German adjective into the strong nominative of gender g.
func reinflect(w string, g byte) string {
	base := w
	for _, e := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(base, e) {
			base = base[:len(base)-len(e)]
			break
		}
	}
	switch g {
	case 'm':
		return base + "er"
	case 'f':
		return base + "e"
	default:
		return base + "es"
	}
}

// nominativeHead strips a genitive ending from a German head word.
func nominativeHead(w, head string) string {
	f := fold(w)
	hf := fold(head)
	i := strings.LastIndex(f, hf)
	if i < 0 {
		return w
	}
	extra := len(f) - (i + len(hf))
	if extra == 1 && strings.HasSuffix(f, "s") || extra == 2 && strings.HasSuffix(f, "es") {
		rs := []rune(w)
		return string(rs[:len(rs)-extra])
	}
	return w
}

var romanNumerals = set("I", "II", "III", "IV", "V")

// agencyPassDE finds German names of public bodies: "Bundesamt für
// Wirtschaft und Ausfuhrkontrolle", "Landgericht Hamburg", "sächsische
// Landesregierung", "Staatsanwaltschaft München I".
func (d *doc) agencyPassDE(s int) {
	toks := d.sents[s].toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word || d.covered[s][i] {
			continue
		}
		if strings.Contains(t.text, "-") {
			// "US-Regierung", "OLAF-Ermittler" belong to the lexicon and
			// the compound pass; "Welt-Anti-Doping-Agentur" is a name.
			pre := t.text[:strings.Index(t.text, "-")]
			// "CDU-Fraktion": a party's parliamentary group is a body of
			// its own.
			if (strings.ToUpper(pre) == pre || d.isPlace(newToken([]rune(pre), 0, len([]rune(pre)))) || d.knownShort(fold(pre)) || d.x.lx.lookupKey(pre) != nil) &&
				!(strings.HasSuffix(t.fold, "fraktion") && strings.Contains(t.fold[strings.Index(t.fold, "-"):], "fraktion")) {
				continue
			}
		}
		head := germanHead(t)
		// "die Gesellschaft für Freiheitsrechte (GFF)": a society named by
		// its field is a body, though a bare "Gesellschaft" refers back
		// to a company.
		if head == "" && t.fold == "gesellschaft" && i+2 < len(toks) && toks[i+1].fold == "fuer" && (isCapWord(toks[i+2]) || isAdjDE(toks[i+2])) && !t.inq {
			head = "gesellschaft"
		}
		// "Die Unabhängige Liste Wiesenau (ULW)", "der Freien Liste
		// Tannau": a list with a capitalised adjective and a place is a
		// voters' association in a council, as a "Bürgerliste" is; a bare
		// "Liste" is a list of things.
		if head == "" && t.fold == "liste" && i > 0 && toks[i-1].cap && (isAdjDE(toks[i-1]) || nameAdjDE(toks[i-1])) && !d.covered[s][i-1] && !d.isPlace(toks[i-1]) && !t.inq {
			head = "liste"
		}
		if head == "" || regionCompoundDE(t) && d.companyStarting(t.fold) {
			continue
		}
		// "vom Freundeskreis Stadtmuseum Tannbach e.V.": a circle of
		// supporters is no district ("Kreis"); the legal-form pass names
		// it.
		if (head == "kreis" || head == "gesellschaft") && supportersBodyDE(t.fold) {
			continue
		}
		// Of the communities only those of interest and voters are
		// bodies ("Interessengemeinschaft", "Wählergemeinschaft"), not
		// heirs or states ("Erbengemeinschaft", "Staatengemeinschaft").
		if head == "gemeinschaft" && t.fold != head && !associationCommunityDE(t.fold) {
			continue
		}
		// "aus dem Programm „Digitale Hochschule“": a school in quotes
		// names a programme, no school.
		if (head == "hochschule" || head == "universitaet") && t.inq {
			continue
		}
		g := agencyHeadsDE[head]
		if head == "liste" {
			g = 'f'
		}
		// "Die Technische Universität Ostfalen": a head the table gives
		// no gender takes the one its ending shows, so that its
		// adjective is not put into the neuter ("Technisches").
		if g == 0 {
			g = nounGenderDE(head)
		}
		start, end := i, i+1
		named := false
		stateKey := ""
		// Adjectives before the head.
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			// Capitalised adjectives belong to a German name ("Deutscher
			// Städtetag"); lower-case country adjectives are left to the
			// lexicon ("chinesische Regierung").
			// ("die Grüne Liga", "der Freien Wählergemeinschaft": a
			// capitalised adjective of names inside a sentence.)
			// ("Die Gemeinsame Glücksspielbehörde der Länder", "Die
			// Mitteldeutsche Journalistenunion": inside a sentence a
			// capitalised adjective before a compound head is written so
			// only in a name.)
			nameAdj := k > 0 && toks[k].cap && nameAdjDE(toks[k]) && !isAdjDE(toks[k]) && (head == "liga" || head == "liste" || associationHeadsDE[head] || namedByWordHeadsDE[head] || t.fold == "jugend" ||
				k == i-1 && t.fold != head && len(t.fold) >= len(head)+4)
			if d.covered[s][k] || !isAdjDE(toks[k]) && !nameAdj || d.isPlace(toks[k]) && !toks[k].cap || k == 0 && toks[k].cap && d.isPlace(toks[k]) ||
				!toks[k].cap && genericAdjDE[stem(toks[k].fold)] {
				break
			}
			start = k
			named = true
		}
		// "Industrie- und Handelskammer X": an elided compound joined to
		// the head is part of the name.
		if start >= 2 && toks[start-1].fold == "und" && toks[start-2].cap && strings.HasSuffix(toks[start-2].text, "-") && len(toks[start-2].text) > 3 && !d.covered[s][start-2] {
			start -= 2
			// "Die Vereinte Dienstleistungs- und Logistikgewerkschaft":
			// a capitalised adjective of names before the elided part.
			if k := start - 1; k > 0 && toks[k].cap && !d.covered[s][k] && !d.isPlace(toks[k]) && (isAdjDE(toks[k]) || nameAdjDE(toks[k]) && (associationHeadsDE[head] || namedByWordHeadsDE[head])) {
				start = k
				named = true
			}
		}
		// "Schutzgemeinschaft der Kapitalanleger", "Bundesverband der
		// Deutschen Industrie": associations take a genitive.
		genTaken := false
		if genitiveHeadsDE[head] && end+1 < len(toks) && (toks[end].fold == "der" || toks[end].fold == "des") {
			j := end + 1
			for j < len(toks) && isAdjDE(toks[j]) && toks[j].cap {
				j++
			}
			// "Gewerkschaft der Polizei", "Verband der Automobilindustrie":
			// a union's or association's genitive may be any noun.
			// "wirft der Verband der Firma vor" is no name: a word that
			// only refers back to a party ("Firma", "Konzern",
			// "Behörde") is the frame's dative, not an association's
			// members.
			if j < len(toks) && isCapWord(toks[j]) && !d.covered[s][j] && (germanHead(toks[j]) == "" || head == "gewerkschaft" || head == "verband" || head == "fraktion" && voterBodyDE(toks[j].fold)) &&
				!(j == end+1 && toks[end].fold == "der" && dativeBodyDE(d, toks[j])) &&
				// "wirft die Verbraucherzentrale der Prüfstelle Nordcert
				// Audit GmbH vor": a noun before a firm's registered name
				// describes the firm, the frame's dative.
				!(j == end+1 && toks[end].fold == "der" && legalNameAt(toks, j+1)) {
				end = j + 1
				named, genTaken = true, true
				// "Landtagsfraktion der Freien Liste", "der Grünen
				// Jugend": an adjective in its weak form before the noun
				// of a name.
				if n := j + 1; j == end-1 && strings.HasSuffix(toks[j].fold, "en") && n < len(toks) && isCapWord(toks[n]) && !d.covered[s][n] &&
					isRoleToken(toks[n], d) == "" && !firstNames[toks[n].fold] && !d.isPlace(toks[n]) && (n+1 >= len(toks) || !isCapWord(toks[n+1])) {
					end = n + 1
				}
				// "Arbeitgeberverband der Backwarenindustrie Westfalen
				// (ABW)", "Landesverband der Spediteure Südbaden": a
				// regional association's region follows its members'
				// genitive. Only a word that is a place, shaped like a
				// town or region, or that an acronym in brackets closes
				// is taken; any other word may be the frame's object.
				if k := end; k < len(toks) && end == j+1 && d.bodyNameWordsDE(s, k, false) == k+1 &&
					(d.isPlace(toks[k]) || cities[toks[k].fold] || townLikeDE(toks[k]) || compassRegionDE(toks[k]) ||
						k+3 < len(toks) && toks[k+1].text == "(" && toks[k+2].acro && toks[k+3].text == ")") {
					end = k + 1
				}
			}
		}
		// "die Gemeinsame Glücksspielbehörde der Länder": a named body of
		// the federal states or of the federation says so in the
		// genitive.
		if named && !genTaken && end+1 < len(toks) && (toks[end].fold == "der" && (toks[end+1].fold == "länder" || toks[end+1].fold == "laender") || toks[end].fold == "des" && toks[end+1].fold == "bundes") {
			end += 2
			genTaken = true
		}
		// "Bund Deutscher Radfahrer", "Verband Deutscher Ingenieure": an
		// association of the people a genitive plural names.
		// ("der Dachverband Deutscher Olympischer Sportbund": a second
		// adjective goes on to a body's own name, which the compound
		// before it only describes.)
		if !named && (associationHeadsDE[t.fold] || head == "verband") && end+1 < len(toks) && toks[end].cap && strings.HasSuffix(toks[end].fold, "er") && isAdjDE(toks[end]) &&
			isCapWord(toks[end+1]) && !d.covered[s][end] && !d.covered[s][end+1] && germanHead(toks[end+1]) == "" && !isAdjDE(toks[end+1]) {
			end += 2
			named = true
		}
		// "Verband kommunaler Kliniken (VKK)", "Verband forschender
		// Arzneimittelhersteller", "Bund freier Waldorfschulen": the
		// same genitive plural with a lower-case adjective, before a
		// plural noun.
		// ("die Arbeitsgemeinschaft süddeutscher Wohnungsunternehmen
		// (ASW)", "Bundesverband unabhängiger Energiehändler (BUE)": with
		// an acronym in brackets after it the plural may be a trade or
		// a body's word, and an association community takes it too.)
		acroAfter := end+4 < len(toks) && toks[end+2].text == "(" && toks[end+3].acro && toks[end+4].text == ")"
		if !named && (associationHeadsDE[t.fold] || strings.HasSuffix(head, "verband") || t.fold == "vereinigung" || acroAfter && head == "gemeinschaft") && end+1 < len(toks) &&
			(lowerGenitivePluralAdjDE(toks[end]) || acroAfter && !toks[end].cap && isAdjDE(toks[end])) &&
			isCapWord(toks[end+1]) && !d.covered[s][end+1] && (germanHead(toks[end+1]) == "" || acroAfter) && pluralNounShapeDE(toks[end+1]) &&
			(end+2 >= len(toks) || !isCapWord(toks[end+2])) {
			end += 2
			named = true
		}
		// "Gewerkschaft Chemie und Energie (GCE)", "Verband Handel und
		// Logistik (VHL)": capitalised words joined by "und" up to an
		// acronym in brackets are all the body's name.
		if !named && (associationHeadsDE[t.fold] || t.fold == "gewerkschaft" || t.fold == "initiative" || t.fold == "vereinigung" || namedByWordHeadsDE[head]) && end < len(toks) && isCapWord(toks[end]) && !d.covered[s][end] {
			j := end
			for j < len(toks) && j-end < 6 && !d.covered[s][j] && (isCapWord(toks[j]) || j > end && (toks[j].fold == "und" || toks[j].text == ",") && j+1 < len(toks) && isCapWord(toks[j+1])) {
				j++
			}
			// ("Der Dachverband Deutscher Olympischer Sportbund (DOSB)":
			// an acronym of the words after the compound, not of the
			// compound with them, leaves the compound a description.)
			if j > end && j+2 < len(toks) && toks[j].text == "(" && toks[j+1].acro && toks[j+2].text == ")" && isCapWord(toks[j-1]) {
				// (A bare head opens a name of its own: "Gewerkschaft
				// Nahrung-Genuss-Gaststätten (NGG)".)
				if t.fold != head && j-end >= 2 && initialsOpen(toks[end:j], toks[j+1].text) && !initialsOpen(toks[i:j], toks[j+1].text) && start == i {
					d.addMention(&mention{sent: s, t0: end, t1: j, kind: mName, typ: claimgraph.Agency, name: d.spanText(s, end, j)})
					i = j - 1
					continue
				}
				end = j
				named = true
			}
		}
		// "der Mittelstandsverband Digitale Wirtschaft", "Der
		// Patientenverband Arzneimittelsicherheit e.V.", "Der
		// Branchenverband Diätetik & Supplemente", "Die Mieterinitiative
		// Bärenkamp": an association compound followed by the field it
		// works in or the quarter it speaks for is the body's whole name;
		// a name of its own after it ("der Branchenverband Bitkom") or a
		// noun of the clause leaves the compound a description.
		if !named && end == i+1 && t.fold != head && (head == "verband" || head == "initiative") && !t.inq {
			if j := d.fieldNameEndDE(s, end, head == "initiative"); j > end {
				end = j
				named = true
			}
		}
		// "Gewerkschaft Technik und Verkehr", "Gewerkschaft Erziehung und
		// Wissenschaft": a union is named by the two fields it organises,
		// brackets or not.
		// ("Gewerkschaft Bau und Ausbau Franken": a regional union's
		// region follows its fields.)
		regionAfter := func(k int) bool {
			return k < len(toks) && isCapWord(toks[k]) && !d.covered[s][k] && (d.isPlace(toks[k]) || cities[toks[k].fold] || townLikeDE(toks[k]) || compassRegionDE(toks[k]) ||
				!isNounLikeDE(toks[k]) && germanHead(toks[k]) == "" && !nominalDE[toks[k].fold] && !hasWrongdoing(toks, k, k+1) && isRoleToken(toks[k], d) == "" && !firstNames[toks[k].fold]) &&
				(k+1 >= len(toks) || !isCapWord(toks[k+1]))
		}
		if !named && end == i+1 && t.fold == "gewerkschaft" && end+2 < len(toks) && toks[end+1].fold == "und" && (end+3 >= len(toks) || !isCapWord(toks[end+3]) || regionAfter(end+3)) {
			field := func(k int) bool {
				return isCapWord(toks[k]) && !toks[k].acro && !d.covered[s][k] && germanHead(toks[k]) == "" && !d.isPlace(toks[k]) && isRoleToken(toks[k], d) == "" &&
					!d.personNoun(toks[k]) && !firstNames[toks[k].fold] && !hasWrongdoing(toks, k, k+1)
			}
			if field(end) && field(end+2) {
				end += 3
				named = true
				if regionAfter(end) {
					end++
				}
			}
		}
		// "Bund Naturschutz", "Verein Deutsche Sprache": an association
		// word followed by the words of its name.
		// ("Deutscher Verband Bergsport": an adjective before the head
		// leaves the name words to come.)
		// ("habe der Verband Nominierungen … abhängig gemacht": a plural
		// noun is the clause's object.)
		if end == i+1 && associationHeadsDE[t.fold] && end < len(toks) && isCapWord(toks[end]) && !pluralNounDE(toks[end]) && !d.covered[s][end] && germanHead(toks[end]) == "" &&
			hasSuffixInflected(toks[end].fold, documentHeadsDE) == "" && !d.isPlace(toks[end]) && !cities[toks[end].fold] && (end+1 >= len(toks) || !isCapWord(toks[end+1])) {
			end++
			named = true
		}
		// "Ruderclub Möwe Hamburg", "dem Segelclub Nordwind": a sport's
		// club compound opens the club's name.
		if end == i+1 && !named && (head == "club" || head == "klub") && sportClubDE(t.fold) && !t.inq {
			if j := d.bodyNameWordsDE(s, end, true); j > end {
				end = j
				named = true
			}
		}
		// "CDU-Fraktion im Stadtrat", "SPD-Fraktion im Landtag".
		if named && head == "fraktion" && end+1 < len(toks) && toks[end].fold == "im" {
			if parliamentsDE[toks[end+1].fold] {
				end += 2
			} else if end+2 < len(toks) && isAdjDE(toks[end+1]) && toks[end+1].cap && parliamentsDE[toks[end+2].fold] {
				end += 3 // "im Bayerischen Landtag"
			}
		}
		// "Landtagsfraktion der Linken in Thüringen", "Bund Naturschutz
		// in Bayern", "Mieterverein zu Hamburg": a regional association
		// or group takes its region.
		if (named || hasSuffixInflected(t.fold, []string{"verein", "verband"}) != "" && len(t.fold) > 8) && (genitiveHeadsDE[head] || associationHeadsDE[head]) && end+1 < len(toks) &&
			(toks[end].fold == "in" || toks[end].fold == "zu") && (cities[toks[end+1].fold] || d.isPlace(toks[end+1])) && !d.covered[s][end+1] {
			end += 2
			named = true
		}
		// "für X und Y", "für Sicherheit in der Informationstechnik".
		if end < len(toks) && toks[end].fold == "fuer" && end+1 < len(toks) && (isCapWord(toks[end+1]) || isAdjDE(toks[end+1]) && end+2 < len(toks) && isCapWord(toks[end+2]) ||
			(toks[end+1].fold == "den" || toks[end+1].fold == "die" || toks[end+1].fold == "das") && end+2 < len(toks) && isCapWord(toks[end+2])) {
			j := end + 1
			for j < len(toks) {
				tj := toks[j]
				switch {
				// "beim Bundesamt für Soziale Sicherung Beschwerde
				// eingelegt": a document or charge noun ends the name.
				case isCapWord(tj) && !d.covered[s][j] && j > end+1 && (hasSuffixInflected(tj.fold, documentHeadsDE) != "" || nominalDE[tj.fold]):
				case isCapWord(tj) && !d.covered[s][j]:
					j++
					continue
				case isAdjDE(tj) && j+1 < len(toks) && isCapWord(toks[j+1]):
					j++
					continue
				// "Das Bundesamt für Sicherheit in der Informationstechnik
				// und Partnerbehörden in …": bodies after "und" are
				// parties of their own, no field ("für Sport und
				// Ehrenamt" is one).
				case (tj.fold == "und" || tj.fold == ",") && j+1 < len(toks) && isCapWord(toks[j+1]) && !pluralBodyDE(toks[j+1]):
					j++
					continue
				// "Landesbeauftragte für den Datenschutz und die
				// Informationsfreiheit": a second field with its own
				// article, parallel to a first that had one; a body
				// after "und" is a party of its own ("und die Polizei").
				case tj.fold == "und" && end+1 < j && articles[toks[end+1].fold] && j+2 < len(toks) && (toks[j+1].fold == "den" || toks[j+1].fold == "die" || toks[j+1].fold == "das") &&
					isCapWord(toks[j+2]) && !d.covered[s][j+2] && germanHead(toks[j+2]) == "" && isRoleToken(toks[j+2], d) == "":
					j += 2
					continue
				case tj.fold == "in" && j+2 < len(toks) && articles[toks[j+1].fold] && isCapWord(toks[j+2]):
					j += 2
					continue
				// "für die Sicherheit …": an article only right after
				// "für"; later it opens the clause's object ("für Soziale
				// Sicherung die Werbepraxis … beanstandet").
				case j == end+1 && (tj.fold == "den" || tj.fold == "die" || tj.fold == "das") && j+1 < len(toks) && (isCapWord(toks[j+1]) || isAdjDE(toks[j+1])):
					j++
					continue
				}
				break
			}
			if toks[j-1].cap {
				end = j
				named = true
			}
		} else if end < len(toks) && isCapWord(toks[end]) && !d.covered[s][end] && !t.inq &&
			// ("Die Stadtwerke Wendelstadt GmbH": a town's name before a
			// legal form is a word of the firm's name, no "Stadt" with
			// its place.)
			!legalSuffixes[toks[end].text] &&
			(head == "landgericht" || head == "amtsgericht" || head == "oberlandesgericht" || head == "verwaltungsgericht" ||
				head == "staatsanwaltschaft" || head == "generalstaatsanwaltschaft" || head == "polizei" || head == "gericht" ||
				head == "landeskriminalamt" || head == "finanzamt" || head == "bezirksregierung" || head == "stadtverwaltung" || head == "landratsamt" || head == "senat" ||
				head == "hochschule" || head == "universitaet" ||
				// "Kreistag Ostermoor", "Landtag Brandenburg": a
				// district's or Land's assembly is named by its place.
				(head == "kreistag" || head == "landtag") && t.fold == head ||
				hasSuffixInflected(t.fold, localOfficesDE) != "" || localOfficeCompoundDE(t.fold, head) || policeOfficeDE(t.fold, head) ||
				localBodiesDE[head] && !d.inPlaceRole(s, i)) {
			// A place: "Landgericht Hamburg", "Staatsanwaltschaft München I",
			// "Landgericht Frankfurt am Main".
			j := end + 1
			// "Stadt Bad Wellingen", "Gemeinde Sankt Peter": a town's
			// name may open with a word of its own.
			if townPrefixesDE[toks[end].fold] && j < len(toks) && isCapWord(toks[j]) && !d.covered[s][j] {
				j++
			}
			if j+1 < len(toks) && (toks[j].fold == "am" || toks[j].fold == "an") && isCapWord(toks[j+1]) {
				j += 2
			} else if j+2 < len(toks) && toks[j].fold == "an" && toks[j+1].fold == "der" && isCapWord(toks[j+2]) {
				j += 3
			}
			if j < len(toks) && romanNumerals[toks[j].fold] && toks[j].cap {
				j++
			}
			nt := toks[end]
			// "Gemeinde Gerstungen": after a town's body any capitalised
			// word is its place, even one that looks like a noun.
			// "wirft dem Landkreis Betrug vor": a wrongdoing after the
			// body is the charge, not its place.
			// ("Regierungspräsidium Darmstadt": a known town whose name
			// ends like a body's head; "Polizei Rheinstadt",
			// "Staatsanwaltschaft Eschenstadt": "-stadt" ends the names
			// of towns no list knows, and no body follows another's
			// name so.)
			if (germanHead(nt) == "" || germanHead(nt) == "stadt" && len(nt.fold) > len("stadt")+2 || cities[nt.fold]) && hasSuffixInflected(nt.fold, documentHeadsDE) == "" && (!isNounLikeDE(nt) || localBodiesDE[head] || cities[nt.fold]) && !hasWrongdoing(toks, end, end+1) {
				end = j
				named = true
			}
		} else if end+1 < len(toks) && toks[end].fold == "in" && (head == "polizei" || head == "staatsanwaltschaft") && isCapWord(toks[end+1]) && !d.covered[s][end+1] &&
			cities[toks[end+1].fold] && !d.inPlaceRole(s, start) {
			// "die Polizei in Bremen", "die Staatsanwaltschaft in Köln".
			end += 2
			named = true
		} else if end+1 < len(toks) && toks[end].fold == "von" && isCapWord(toks[end+1]) && !d.covered[s][end+1] && (cities[toks[end+1].fold] || d.isPlace(toks[end+1]) ||
			(head == "regierung" || parliamentsDE[head] && head != "rat") && isRoleToken(toks[end+1], d) == "" && !isNounLikeDE(toks[end+1]) && germanHead(toks[end+1]) == "" && (end+2 >= len(toks) || !isCapWord(toks[end+2]))) &&
			(head == "landesregierung" || head == "regierung" || head == "staatsregierung" || head == "polizei" || head == "stadtverwaltung" || head == "verwaltung" || parliamentsDE[head] && head != "rat" ||
				beauftragtHeads[head] && len(t.fold) > len(head)+3) {
			// "die Landesregierung von Brandenburg", "die Regierung von
			// Morvanien": a government and its country, known or not.
			// "die Landesdatenschutzbeauftragte von Baden-Württemberg":
			// a Land's commissioner.
			end += 2
			named = true
		} else if (head == "regierung" && t.fold == "regierung" || stateOrganHeadsDE[head] && len(t.fold) > len(head)+3) && end < len(toks) && d.stateGenitiveDE(s, end, head != "regierung") {
			// "die Regierung Tessaliens", "der Regierung Morlands": a
			// government and the genitive of a state no lexicon knows;
			// it is the state that acts under its bare name.
			// "das Gesundheitsministerium Caldoras": a state's organ.
			if head == "regierung" {
				stateKey = slug(strings.TrimSuffix(toks[end].text, "s"))
			}
			end++
			named = true
		} else if end < len(toks) && isCapWord(toks[end]) && !d.covered[s][end] && (cities[toks[end].fold] || d.isPlace(toks[end]) || townLikeDE(toks[end]) && namedByWordHeadsDE[head]) &&
			(end+1 >= len(toks) || !isCapWord(toks[end+1])) {
			// "Verbraucherzentrale Hamburg", "Polizei Berlin".
			end++
			named = true
		} else if end+1 < len(toks) && townPrefixesDE[toks[end].fold] && toks[end].cap && (namedByWordHeadsDE[head] || localBodiesDE[head]) && isCapWord(toks[end+1]) &&
			!d.covered[s][end+1] && germanHead(toks[end+1]) == "" && (end+2 >= len(toks) || !isCapWord(toks[end+2])) {
			// "Die Bürgerliste Bad Seelingen", "der Gemeinde Sankt
			// Wendelin": a town's name that opens with "Bad" or "Sankt".
			end += 2
			named = true
		}
		// "die Bürgerinitiative „Rettet den Stadtwald“", "der Verein
		// „Mehr Demokratie“": a title in quotation marks right after an
		// association's word is its name.
		if !named && end == i+1 && !t.inq && (namedByWordHeadsDE[head] || associationHeadsDE[head]) && end+2 < len(toks) && toks[end].quote && toks[end+1].inq && isCapWord(toks[end+1]) && !d.covered[s][end+1] {
			e := end + 1
			for e < len(toks) && e <= end+6 && toks[e].inq && toks[e].word && !toks[e].quote {
				e++
			}
			if e < len(toks) && toks[e].quote && e > end+1 && d.free(s, end, e+1) {
				end = e + 1
				named = true
			}
		}
		// "Bäckerinnungsverband Westfalen", "Umweltinitiative Heideland",
		// "Bundesverband Bäckerhandwerk", "Landesbetrieb Bau und
		// Liegenschaften": an association's or office's compound followed
		// by a capitalised word that is neither a noun of a common kind
		// nor another body, and then no further capital, is one name.
		// Name words the text uses on their own ("Der Wirteverband Dehoga
		// Hessen" … "Dehoga-Präsidentin", "Naturschutzverband Meeresschutz
		// Nord" … "Chef von Meeresschutz Nord") are the body's name, and
		// the compound only says what it is.
		// After "dem" a single word may be the accusative object of
		// "vorwerfen" ("wirft dem Landesverband Versagen vor"), so only a
		// place or a pair joined by "und" is taken there.
		// ("Bürgerliste Wendelsheim": the voters' list word is itself
		// such a compound.)
		if (!named || start < i) && end == i+1 && (len(t.fold) > len(head)+3 || strings.HasPrefix(head, "bundes") || strings.HasPrefix(head, "landes") || head == "buergerliste" || head == "liste") && (namedByWordHeadsDE[head] || head == "liste") && !t.inq {
			// ("wirft dem Landesverband Segeln vor" where the text names
			// the "Landesverband Segeln" elsewhere too is the body.)
			if j := d.bodyNameWordsDE(s, end, start == 0 || start == 1 && articles[toks[0].fold]); j > end && (head == "liste" || !d.nameWordAlone(s, i, end)) && // (a list's words are all its name)
				!(start > 0 && toks[start-1].fold == "dem" && !d.isPlace(toks[end]) && j == end+1 && !d.runElsewhere(s, i, j, true)) {
				end = j
				named = true
			}
		}
		// "Haushaltsausschuss des Bundestages", "Militärischer
		// Nachrichtendienst der Republik Korvanien": a body's organ with
		// the genitive of the state or body it belongs to is one name.
		// An organ where something happens ("Aufklärung im
		// Verteidigungsausschuss des Bundestags") is no party; an office
		// no one names alone ("Leiter des Bauamts der Stadt X") is its
		// town's.
		// "wirft der Bund der Energieverbraucher der Bundesnetzagentur
		// vor": after the association's own genitive, a "der" is the
		// frame's dative, no owner.
		if end+1 < len(toks) && (toks[end].fold == "des" || toks[end].fold == "der" && !genTaken) && !pluralHead(t.fold, head) && !t.inq && !d.inPlaceRole(s, start) &&
			(named || len(t.fold) > len(head)+3 && !municipalOffice(fold(nominativeHead(t.text, head)))) {
			if n := d.genitiveOwnerDE(s, end+1); n > 0 {
				end += 1 + n
				named = true
			}
		}
		// "Das Rechnungsprüfungsamt des Rhein-Lahn-Kreises", "das
		// Gesundheitsamt des Landkreises Harburg", "Die Prüfungsstelle
		// des Landratsamts Rosenheim": a district's or town's office with
		// the genitive of its owner is one body, as "Gesundheitsamt
		// Köln" is. (Where a role owns it, "Leiter des Bauamts der Stadt
		// X", the office is where the person works.)
		if !named && end == i+1 && end+1 < len(toks) && (toks[end].fold == "des" || toks[end].fold == "der") && (len(t.fold) > len(head)+3 || strings.HasSuffix(head, "stelle")) && !pluralHead(t.fold, head) &&
			!t.inq && !d.inPlaceRole(s, start) && !roleBeforeDE(d, toks, i+1) {
			if n := d.localOwnerDE(s, end+1); n > 0 {
				end += 1 + n
				named = true
			}
		}
		// "Die Kommunalaufsicht beim Landratsamt Talheim", "die
		// Vergabestelle beim Landkreis Harburg": a supervising or
		// awarding unit that sits at a district's office goes by it.
		if !named && end == i+1 && end+1 < len(toks) && toks[end].fold == "beim" && (head == "aufsicht" || strings.HasSuffix(head, "stelle")) && len(t.fold) > len(head)+3 &&
			!t.inq && !d.inPlaceRole(s, start) && !roleBeforeDE(d, toks, i+1) {
			if n := d.localOwnerDE(s, end+1); n > 0 {
				end += 1 + n
				named = true
			}
		}
		// "der Elternbeirat der Grundschule Lindenhof", "der Förderverein
		// des Gymnasiums Am Wall": a school in the genitive goes by its
		// own name after the school's word.
		if named && end > i+1 && end < len(toks) && schoolWordDE(toks[end-1].fold) && toks[end-1].cap {
			if n := end; toks[n].text == "Am" && n+1 < len(toks) && isCapWord(toks[n+1]) && !d.covered[s][n+1] && (n+2 >= len(toks) || !isCapWord(toks[n+2])) {
				end += 2
			} else if isCapWord(toks[n]) && !d.covered[s][n] && !toks[n].acro && isRoleToken(toks[n], d) == "" && !firstNames[toks[n].fold] && !functionWords[toks[n].fold] &&
				germanHead(toks[n]) == "" && !isNounLikeDE(toks[n]) && (n+1 >= len(toks) || !isCapWord(toks[n+1])) {
				end++
			}
		}
		// A list needs its adjective and its place.
		if head == "liste" && (start == i || end == i+1) {
			continue
		}
		// "die Fraktion Bürgerliste Wendelstadt", "der Fraktion Freie
		// Liste Tannau": a council group goes by its list's name after a
		// bare "Fraktion"; the group is the party the text names.
		if (voterBodyDE(t.fold) || head == "liste") && end > i+1 && start > 0 && toks[start-1].fold == "fraktion" && toks[start-1].cap && !d.covered[s][start-1] {
			start--
		}
		// A plural ("zwei norddeutschen Instituten", "belarische
		// Sicherheitsbehörden") or an indefinite body ("eines Hamburger
		// Kreditinstituts") names no one body.
		if (!named || end == i+1) && pluralHead(t.fold, head) || !named && d.indefiniteBefore(s, start) {
			continue
		}
		nf := fold(nominativeHead(t.text, head))
		// "Wettbewerbszentrale", "Bundesnetzagentur": a compound of an
		// association-like head names one body; of the many offices
		// ("Bauamt", "Gesundheitsamt") only federal and state ones do.
		// ("Das städtische Rechnungsprüfungsamt": a town's office the
		// adjective ties to its town is one body.)
		// ("des städtischen Tiefbauamts" after a role is where a person
		// works, not a party.)
		// ("aus einem Bericht des städtischen Rechnungsprüfungsamts":
		// the genitive names the office as well, unless a role owns it.)
		townOwned := i > 1 && (strings.HasPrefix(toks[i-1].fold, "staedtisch") || strings.HasPrefix(toks[i-1].fold, "städtisch")) && !toks[i-1].cap &&
			(toks[i-2].fold == "das" || toks[i-2].fold == "dem" || toks[i-2].fold == "des" && !roleBeforeDE(d, toks, i-2))
		if !named && namedCompoundHeads[head] && len(nf) >= len(head)+4 && !genericCompounds[nf] &&
			(head != "amt" || !municipalOffice(nf) || townOwned) &&
			// ("warf die CSU-Fraktion Oberbürgermeister X vor": a role
			// after the compound opens the next noun phrase.)
			(i+1 >= len(toks) || !toks[i+1].cap || functionWords[toks[i+1].fold] || isRoleToken(toks[i+1], d) != "" && !strings.Contains(toks[i+1].text, "-")) && !(beauftragtHeads[head] && i+1 < len(toks) && genitiveArticle[toks[i+1].fold]) {
			named = true
			// "die Grünen-Fraktion im Stadtrat", "die SPD-Fraktion im
			// Kreistag von Altdorf": a party's group takes its assembly,
			// as "die Linke im Landtag" does.
			if head == "fraktion" && end == i+1 {
				if e, nameEnd := d.partyGroupEnd(s, end); e > end && e == nameEnd {
					end = e
				}
			}
		}
		// "Der Landesrechnungshof", "die Landesschulbehörde", "der
		// Landeselternrat", "die Landesregierung": a Land's body goes by its compound alone, since a Land has one
		// of each; a bare level ("die Landesbehörde", "das Landesamt")
		// only refers back.
		// ("Das Regierungspräsidium als Kommunalaufsicht": so does a
		// Land's regional authority, the one over the region reported
		// on, where the text gives it no seat.)
		if !named && end == i+1 && start == i && !t.inq && (landBodyDE(nf, head) || nf == "regierungspraesidium" || nf == "bezirksregierung") && !d.landBodyQualified(nf) {
			named = true
		}
		// "Bundestagsverwaltung": the compound of a named body and a
		// head.
		if !named && len(nf) > len(head)+3 {
			pre := strings.TrimSuffix(nf[:len(nf)-len(head)], "s")
			if namedBodiesDE[pre] {
				named = true
			}
		}
		// "Außenministerium", "Innenministerium": a ministry compound
		// names one ministry; a bare "Ministerium" only refers back.
		if !named && (head == "ministerium" || head == "kartellamt") && len(t.fold) > len(head)+3 && !strings.HasPrefix(t.fold, "bundes") {
			named = true
		}
		if !named && (head == "ministerium") && strings.HasPrefix(t.fold, "bundes") && len(t.fold) > len("bundesministerium")+2 {
			named = true
		}
		// "die Frankfurter Staatsanwaltschaft", "die Düsseldorfer
		// Verbraucherzentrale": a body that every town has is named by
		// its town's adjective.
		if !named && start == i && i > 0 && (cityBodiesDE[head] && t.fold == head || townOfficeDE(t.fold, head)) && d.townAdjDE(toks[i-1]) && !d.covered[s][i-1] {
			start = i - 1
			named = true
		}
		// "Sachsens Wirtschaftsministerium", "Bayerns Innenministerium":
		// a Land's or state's genitive before its organ belongs to the
		// name.
		if named && start == i && i > 0 && stateOrganHeadsDE[head] && d.placeGenitiveDE(toks[i-1]) && !d.covered[s][i-1] {
			start = i - 1
		}
		// "Thüringer Arbeitsministerium": a regional adjective in -er
		// belongs to a name that is one already.
		if named && start == i && i > 0 && toks[i-1].cap && strings.HasSuffix(toks[i-1].fold, "er") && !functionWords[toks[i-1].fold] && !d.covered[s][i-1] && (i-1 > 0 || !articles[toks[i-1].fold]) {
			start = i - 1
		}
		// "Die Volleyball Bundesliga", "der Handball Bundesliga": the
		// sport written apart before a league is its name's first word.
		if named && start == i && i > 0 && (head == "liga" || head == "bund") && toks[i-1].cap && !d.covered[s][i-1] && sportWordDE(toks[i-1].fold) {
			start = i - 1
		}
		// "Heidekreis Recycling GmbH": a legal form after the name makes
		// it a company's, whatever head its first word ends in.
		if !named || end < len(toks) && legalSuffixes[toks[end].text] {
			continue
		}
		// "die Frankfurter Vermögensverwaltung Solvaro Invest GmbH": so
		// does one a few capitalised words later; the compound before
		// the firm's name describes it.
		if k := end; k < len(toks) && isCapWord(toks[k]) && !d.covered[s][k] {
			for k < len(toks) && k < end+3 && isCapWord(toks[k]) && !legalSuffixes[toks[k].text] && !d.covered[s][k] {
				k++
			}
			if k < len(toks) && legalSuffixes[toks[k].text] {
				continue
			}
		}
		// "ein Werk in der valmerischen Hauptstadt", "in der Gemeinde
		// Eltersheim": a town after a place preposition is where
		// something is, not a party.
		if (localBodiesDE[head] || parliamentsDE[head]) && d.inPlaceRole(s, start) {
			i = end - 1
			continue
		}
		// "das russische Verteidigungsministerium": a country's body is
		// in the lexicon with its adjective; "die irische
		// Datenschutzkommission" is named by it.
		if start == i && i > 0 && !toks[i-1].cap && isAdjDE(toks[i-1]) && d.isPlace(toks[i-1]) && !d.covered[s][i-1] {
			if e, form := d.x.lx.lookupForm(d.spanText(s, i-1, end)); e != nil {
				d.addMention(&mention{sent: s, t0: i - 1, t1: end, kind: mName, typ: e.typ, name: form, key: e.key})
				i = end - 1
				continue
			}
			if len(nf) > len(head)+3 && !(i > 1 && indefinite[toks[i-2].fold]) {
				start = i - 1
			}
		}
		// Build the nominative display form.
		var parts []string
		for k := start; k < i; k++ {
			// "Der Hamburgische Beauftragte": an adjectival noun keeps
			// the adjective as written.
			if (isAdjDE(toks[k]) || nameAdjDE(toks[k])) && !beauftragtHeads[head] {
				parts = append(parts, reinflect(toks[k].text, g))
			} else {
				parts = append(parts, toks[k].text)
			}
		}
		parts = append(parts, nominativeHead(t.text, head))
		if end > i+1 {
			parts = append(parts, d.spanText(s, i+1, end))
		}
		name := strings.Join(parts, " ")
		// "so der Naturschutzbund" after "Der Naturschutzbund
		// Weserbergland": a compound alone that the text used to open a
		// fuller name of its own is that body again (the short pass
		// takes it), not the lexicon's body of the same word.
		if start == i && end == i+1 && t.fold != head && d.knownShort(trimPoss(t.fold)) {
			continue
		}
		m := &mention{sent: s, t0: start, t1: end, kind: mName, typ: claimgraph.Agency, name: name, key: stateKey}
		// "der privaten Hochschule für Wirtschaft und Technik": a private
		// school is a business.
		if (head == "hochschule" || head == "universitaet") && start > 0 && strings.HasPrefix(toks[start-1].fold, "privat") {
			m.typ = claimgraph.Company
		}
		if e, form := d.x.lx.lookupForm(name); e != nil {
			m.key, m.name = e.key, form
		} else if e, form := d.x.lx.lookupForm(d.spanText(s, start, end)); e != nil {
			m.key, m.name = e.key, form
		}
		d.addMention(m)
		i = end - 1
	}
}

// pluralBodyDE reports a German compound naming public bodies in the
// plural ("Partnerbehörden", "Aufsichtsbehörden", "Ministerien").
func pluralBodyDE(t token) bool {
	h := germanHead(t)
	return h != "" && pluralHead(t.fold, h)
}

// landBodyDE reports whether the nominative compound nf with agency
// head head names a Land's own body ("Landesregierung",
// "Landesrechnungshof", "Landesschulbehörde", "Landesmedienanstalt"):
// "Landes" and a field before the head, or a head a Land has one of. Bare levels ("Landesbehörde", "Landesamt"), regional
// branches of associations ("Landesverband"), offices held by one
// person ("Landesbeauftragte") and places ("Landeshauptstadt") are
// none.
func landBodyDE(nf, head string) bool {
	if !strings.HasPrefix(nf, "landes") || localBodiesDE[head] || beauftragtHeads[head] || landBranchHeadsDE[head] || commonPlaceNounsDE[nf] {
		return false
	}
	rest := nf[len("landes"):]
	if _, bare := agencyHeadsDE[rest]; bare {
		return landOwnHeadsDE[rest]
	}
	return true
}

// landBodyQualified reports whether the text names the Land body nf
// somewhere with its Land ("Landesrechnungshof Thüringen", "die
// Landesregierung von Sachsen", "die sächsische Landesregierung"):
// the bare compound then refers back to that body and names none of
// its own.
func (d *doc) landBodyQualified(nf string) bool {
	d.capWords()
	for _, f := range [...]string{nf, nf + "s", nf + "es"} {
		for _, at := range d.wordAt[f] {
			ot := d.sents[at[0]].toks
			k := at[1]
			if k+1 < len(ot) && (isCapWord(ot[k+1]) || ot[k+1].fold == "von" || ot[k+1].fold == "fuer" || ot[k+1].fold == "des") {
				return true
			}
			if k > 0 && isAdjDE(ot[k-1]) && !ot[k-1].cap {
				return true
			}
		}
	}
	return false
}

// landOwnHeadsDE are heads a Land has one of, so that "Landes" and the
// head alone name it ("die Landesregierung", "der Landesrechnungshof",
// "das Landeskriminalamt"); "die Landesbehörde", "das Landesamt" are
// any of many.
var landOwnHeadsDE = set("regierung", "rechnungshof", "kriminalamt")

// landBranchHeadsDE are heads whose "Landes-" compound is the regional
// branch or organ of an organisation named elsewhere ("der
// Landesverband", "der Landesvorstand"), no body of the Land.
var landBranchHeadsDE = set("verband", "verein", "betrieb", "bund", "gemeinschaft", "vereinigung", "fraktion", "partei", "initiative", "liga", "club", "klub", "stadt", "kreis", "bündnis", "buendnis", "allianz", "union")

// sportsDE open the compounds of sports clubs ("Ruderclub", "Segelklub").
var sportsDE = []string{"ruder", "segel", "tennis", "golf", "schach", "fussball", "fußball", "hockey", "handball", "basketball", "volleyball",
	"reit", "schwimm", "kanu", "tauch", "ski", "turn", "sport", "kegel", "box", "rugby", "yacht", "tischtennis", "radsport", "rad", "lauf", "leichtathletik",
	"kletter", "alpen", "berg", "eishockey", "judo", "karate", "fecht", "schuetzen", "schützen", "bob", "ringer", "wassersport", "triathlon"}

// sportClubDE reports a sports club's compound ("Ruderclub",
// "Tennisklub"), not a club of another kind ("Verkehrsclub").
func sportClubDE(f string) bool {
	for _, h := range []string{"club", "klub"} {
		if pre, ok := strings.CutSuffix(f, h); ok {
			for _, sp := range sportsDE {
				if pre == sp {
					return true
				}
			}
		}
	}
	return false
}

// associationCommunityDE reports a community compound that names an
// association ("Interessengemeinschaft", "Wählergemeinschaft",
// "Arbeitsgemeinschaft", "Aktionsgemeinschaft").
func associationCommunityDE(f string) bool {
	for _, p := range []string{"interessen", "waehler", "wähler", "arbeits", "aktions", "buerger", "bürger", "notgemeinschaft"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// voterBodyDE reports a local voters' association that sits in a council
// as a group ("Fraktion der Bürgerliste Hohenbrück", "Fraktion der Freien
// Wählergemeinschaft"): the group is the body the text names.
func voterBodyDE(f string) bool {
	return strings.HasPrefix(f, "buergerliste") || strings.HasPrefix(f, "waehlergemeinschaft") || strings.HasPrefix(f, "waehlervereinigung")
}

// townEndsDE end the names of German towns ("Paderborn", "Wolfsburg",
// "Gütersloh" not, "Sindelfingen", "Lüdinghausen").
var townEndsDE = []string{"born", "burg", "dorf", "hausen", "bach", "brück", "brueck", "furt", "ingen", "stedt", "rode", "hagen", "kirchen", "hofen", "weiler", "leben", "büttel", "buettel"}

// townLikeDE reports a capitalised word shaped like a German town's name,
// for towns no list knows ("Caritasverband Paderborn").
func townLikeDE(t token) bool {
	if !t.cap || t.acro || len(t.fold) < 6 || strings.Contains(t.text, "-") || nominalDE[t.fold] || germanHead(t) != "" {
		return false
	}
	for _, e := range townEndsDE {
		if strings.HasSuffix(t.fold, e) && len(t.fold) > len(e)+2 {
			return true
		}
	}
	return false
}

// townPrefixesDE open German names of towns ("Bad Wellingen", "Sankt
// Peter", "St. Ingbert").
var townPrefixesDE = set("bad", "sankt", "st.", "st")

// stateWordsDE name a state or a German Land in a genitive owner
// ("der Republik Korvanien", "des Landes Brandenburg", "des Freistaats
// Sachsen"); a town's offices are the town's.
var stateWordsDE = set("republik", "volksrepublik", "bundesrepublik", "königreich", "koenigreich", "königreichs", "koenigreichs",
	"landes", "freistaats", "freistaates", "fürstentums", "fuerstentums", "emirats", "föderation", "foederation")

// genitiveOwnerDE returns the length of the owner's name in a genitive
// at token j of sentence s (after "des"/"der"): a state word and its
// name ("Republik Korvanien", "Landes Brandenburg"), or a body the
// lexicon lists ("Bundestages", "Europäischen Kommission"); 0 for none.
func (d *doc) genitiveOwnerDE(s, j int) int {
	toks := d.sents[s].toks
	if j >= len(toks) || d.covered[s][j] {
		return 0
	}
	if stateWordsDE[toks[j].fold] && toks[j].cap && j+1 < len(toks) && isCapWord(toks[j+1]) && !d.covered[s][j+1] && germanHead(toks[j+1]) == "" &&
		hasSuffixInflected(toks[j+1].fold, documentHeadsDE) == "" && !nominalDE[toks[j+1].fold] {
		return 2
	}
	// "Untersuchungsausschuss des Landtags", "Ältestenrat des
	// Kreistages": a parliament's committees are named by it.
	if f := toks[j].fold; toks[j].cap && (parliamentsDE[strings.TrimSuffix(f, "s")] || parliamentsDE[strings.TrimSuffix(f, "es")]) && f != "rats" && f != "rates" &&
		(j+1 >= len(toks) || !isCapWord(toks[j+1])) {
		return 1
	}
	for n := 4; n >= 1; n-- {
		if j+n > len(toks) || !d.free(s, j, j+n) {
			continue
		}
		ok := true
		for k := j; k < j+n; k++ {
			if !(isCapWord(toks[k]) || toks[k].acro && toks[k].word) {
				ok = false
				break
			}
		}
		if !ok || j+n < len(toks) && isCapWord(toks[j+n]) {
			continue
		}
		// A country's bodies ("der russischen Regierung") are parties
		// of their own.
		// Only a state's bodies own organs that are parties of their
		// own ("des Bundestages"); an association's committee speaks for
		// the association ("Kontrollausschuss des Deutschen
		// Fußball-Bundes").
		if e := d.x.lx.lookupKey(d.spanText(s, j, j+n)); e != nil && e.typ == claimgraph.Agency && countryKeyPrefix(e.key) != "" && !countryBodyKey(e.key) && !e.actor && !e.meto {
			return n
		}
	}
	return 0
}

// schoolWordDE reports a German word for a school, in any case
// ("Grundschule", "Gymnasiums", "Kita"), which a school's own name
// follows ("Grundschule Lindenhof").
func schoolWordDE(f string) bool {
	f = strings.TrimSuffix(f, "s")
	return strings.HasSuffix(f, "schule") || strings.HasSuffix(f, "gymnasium") || f == "kita" || strings.HasSuffix(f, "kindergarten")
}

// localOwnerHeadsDE are the local bodies that own offices named with
// their genitive ("des Rhein-Lahn-Kreises", "des Landratsamts Rosenheim",
// "der Stadt Kellbach", "der Ingenieurkammer Weserland").
var localOwnerHeadsDE = set("kreis", "landkreis", "bezirk", "landratsamt", "stadt", "gemeinde", "kammer", "hansestadt", "marktgemeinde")

// localOwnerDE returns the length of a local body's name in a genitive at
// token j of sentence s: a compound or hyphenated name of its own
// ("Rhein-Lahn-Kreises", "Heidekreises"), or the body's word and one name
// word ("Landratsamts Rosenheim", "Stadt Kellbach"); 0 for none.
func (d *doc) localOwnerDE(s, j int) int {
	toks := d.sents[s].toks
	if j >= len(toks) || !isCapWord(toks[j]) {
		return 0
	}
	h := germanHead(toks[j])
	if !localOwnerHeadsDE[h] {
		return 0
	}
	// "des Landkreises Barnim": a lexicon or an earlier pass may have
	// found the owner already; it becomes part of its office's name.
	if d.covered[s][j] {
		m := d.mentionAt(s, j)
		if m == nil || m.t0 != j || m.ent != nil || m.kind != mName || m.typ != claimgraph.Agency || m.t1-m.t0 > 3 || m.t1 < len(toks) && isCapWord(toks[m.t1]) {
			return 0
		}
		ms := d.ments[s][:0]
		for _, o := range d.ments[s] {
			if o != m {
				ms = append(ms, o)
			}
		}
		d.ments[s] = ms
		return m.t1 - j
	}
	f := toks[j].fold
	i := strings.LastIndex(f, h)
	if i < 0 || !headEnds[f[i+len(h):]] {
		return 0
	}
	// "des Landkreises Barnim", "des Landratsamts Rosenheim": after a
	// local body's word any capitalised word that is no noun of its own
	// is its place.
	if k := j + 1; k < len(toks) && isCapWord(toks[k]) && (!d.covered[s][k] || d.mentionAt(s, k) == nil) && !isNounLikeDE(toks[k]) && germanHead(toks[k]) == "" &&
		isRoleToken(toks[k], d) == "" && !firstNames[toks[k].fold] && hasSuffixInflected(toks[k].fold, documentHeadsDE) == "" && !hasWrongdoing(toks, k, k+1) &&
		(k+1 >= len(toks) || !isCapWord(toks[k+1])) {
		return 2
	}
	// "des Rhein-Lahn-Kreises": the name is in the compound itself.
	if (h == "kreis" || h == "bezirk") && i >= 4 && (j+1 >= len(toks) || !isCapWord(toks[j+1])) {
		return 1
	}
	return 0
}

// roleBeforeDE reports a role word among the three tokens before start
// ("Leiter des Bauamts", "die Chefin des Gesundheitsamts"); called with
// the token after the head, the head itself counts ("Landrat des
// Landkreises Kassel" is a person's office).
func roleBeforeDE(d *doc, toks []token, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if isRoleToken(toks[k], d) != "" {
			return true
		}
	}
	return false
}

// stateOrganHeadsDE are a state's organs that take its name in the
// genitive ("Gesundheitsministerium Caldoras", "Botschaft Estravas").
var stateOrganHeadsDE = set("ministerium", "botschaft", "armee", "polizei", "geheimdienst", "nachrichtendienst", "parlament", "militär", "militaer")

// stateGenitiveDE reports whether token j of sentence s is the genitive
// of a state's name no lexicon knows ("Tessaliens", "Morlands"): a
// capitalised word in -s, no noun, place or person, whose base is a
// state's name by its ending or stands bare elsewhere in the text.
func (d *doc) stateGenitiveDE(s, j int, loose bool) bool {
	toks := d.sents[s].toks
	t := toks[j]
	if !isCapWord(t) || d.covered[s][j] || !strings.HasSuffix(t.text, "s") || len(t.fold) < 5 || d.isPlace(t) || germanHead(t) != "" ||
		isRoleToken(t, d) != "" || firstNames[t.fold] || nominalDE[t.fold] || hasSuffixInflected(t.fold, documentHeadsDE) != "" ||
		j+1 < len(toks) && isCapWord(toks[j+1]) {
		return false
	}
	// After a named organ ("Gesundheitsministerium Caldoras") a name
	// in the genitive can only be its state's.
	return loose && !isNounLikeDE(t) || d.stateBaseDE(strings.TrimSuffix(t.fold, "s"))
}

// statePossessorPassDE finds a state no lexicon knows in the genitive
// before one of its office holders: "Korvaniens Außenministerin Mira
// Olsen", "Tessaliens Präsident". The state is the party she speaks for.
func (d *doc) statePossessorPassDE(s int) {
	if d.lang != "de" {
		return
	}
	toks := d.sents[s].toks
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		// "Kenias Präsident hat … vorgeworfen": a known country in the
		// genitive before a state office is the state that acts.
		if isCapWord(t) && !d.covered[s][i] && strings.HasSuffix(t.text, "s") && d.isPlace(t) && toks[i+1].cap && !d.covered[s][i+1] && stateRoleDE(toks[i+1].fold) {
			if base := strings.TrimSuffix(t.text, "s"); d.x.lx.countryNames[fold(base)] && !d.x.lx.countryNames[t.fold] {
				if code, ok := d.x.lx.countryOf[stemPhrase(base)]; ok {
					d.addMention(&mention{sent: s, t0: i, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: base, key: code + "-government"})
					continue
				}
			}
		}
		// "Nordhavns Vorstandschef warf … vor": an unknown name in the
		// genitive opening the sentence before a corporate role is the
		// company the role belongs to.
		if i == 0 && isCapWord(t) && !d.covered[s][0] && strings.HasSuffix(t.text, "s") && len(t.fold) >= 6 && !d.isPlace(t) && germanHead(t) == "" &&
			isRoleToken(t, d) == "" && !sentenceOpeners[t.fold] && !germanDeterminers[t.fold] && !nominalDE[t.fold] && !isNounLikeDE(t) && d.x.lx.lookupKey(t.text) == nil &&
			toks[1].cap && !d.covered[s][1] && corporateRoles[toks[1].fold] && !stateRoleDE(toks[1].fold) {
			name := strings.TrimSuffix(t.text, "s")
			d.addMention(&mention{sent: s, t0: 0, t1: 1, kind: mName, typ: claimgraph.Company, name: name, key: slug(name)})
			continue
		}
		if !isCapWord(t) || d.covered[s][i] || !strings.HasSuffix(t.text, "s") || len(t.fold) < 5 || d.isPlace(t) || germanHead(t) != "" ||
			isRoleToken(t, d) != "" || firstNames[t.fold] || nominalDE[t.fold] || d.x.lx.lookupKey(t.text) != nil {
			continue
		}
		r := toks[i+1]
		if !r.cap || d.covered[s][i+1] || !stateRoleDE(r.fold) {
			continue
		}
		base := strings.TrimSuffix(t.fold, "s")
		if !d.stateBaseDE(base) {
			continue
		}
		name := strings.TrimSuffix(t.text, "s")
		d.addMention(&mention{sent: s, t0: i, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: name, key: slug(name)})
	}
}

// stateRoleDE: offices of a state ("Außenministerin", "Präsident",
// "Regierungschef", "Botschafter").
func stateRoleDE(f string) bool {
	for _, r := range []string{"minister", "ministerin", "präsident", "praesident", "präsidentin", "praesidentin", "regierungschef", "regierungschefin",
		"botschafter", "botschafterin", "kanzler", "kanzlerin", "regierungssprecher", "regierungssprecherin"} {
		if strings.HasSuffix(f, r) {
			return true
		}
	}
	return false
}

// stateBaseDE reports whether a folded word is a state's name no
// lexicon knows: by its ending ("Tessalien", "Morland") or because the
// text has it bare elsewhere.
func (d *doc) stateBaseDE(base string) bool {
	for _, e := range []string{"ien", "land", "reich", "stan", "ia"} {
		if strings.HasSuffix(base, e) && len(base) > len(e)+2 {
			return true
		}
	}
	for os := range d.sents {
		for k, o := range d.sents[os].toks {
			if o.fold == base && o.cap && k > 0 {
				return true
			}
		}
	}
	return false
}

// stateTwin returns the party that is the same state as name under its
// other English form: "Kessaria" for "Kessarian government" and the
// reverse, for states no lexicon knows.
func (d *doc) stateTwin(name string) *entity {
	w := strings.Fields(name)
	for _, o := range d.ents {
		if o.dead || o.typ != claimgraph.Agency || o.key != "" && d.x.lx.byKey[o.key] != nil {
			continue
		}
		ow := strings.Fields(o.name)
		if d.lang == "de" {
			// "die liranische Regierung" … "Liranien".
			switch {
			case len(w) == 2 && stateWholeHeads[fold(w[1])] && len(ow) == 1 && adjTwinDE(w[0], ow[0]):
				return o
			case len(w) == 1 && len(ow) == 2 && stateWholeHeads[fold(ow[1])] && adjTwinDE(ow[0], w[0]):
				return o
			}
			continue
		}
		switch {
		case len(w) == 2 && stateWholeHeads[fold(w[1])] && len(ow) == 1 && adjTwinEN(w[0], ow[0]):
			return o
		case len(w) == 1 && len(ow) == 2 && stateWholeHeads[fold(ow[1])] && adjTwinEN(ow[0], w[0]):
			return o
		}
	}
	return nil
}

// stateAdjective reports whether t is the English adjective of a state
// the text made a party ("Fessian" after "Fessia's government").
func (d *doc) stateAdjective(t token) bool {
	if d.lang != "en" {
		return false
	}
	for _, o := range d.ents {
		if o.dead || o.typ != claimgraph.Agency {
			continue
		}
		w := strings.Fields(o.name)
		if len(w) == 1 && adjTwinEN(t.text, w[0]) || len(w) == 2 && fold(w[1]) == "government" && adjTwinEN(t.text, trimPoss(w[0])) {
			return true
		}
	}
	return false
}

// adjTwinEN reports whether adj is the English adjective of the state
// name n: "Valdorian" of "Valdoria", "Estmarkian" of "Estmark",
// "Ostravan" of "Ostrava" — n is all of adj but a short ending.
func adjTwinEN(adj, n string) bool {
	a, b := fold(trimPoss(adj)), fold(trimPoss(n))
	if len(b) < 4 || a == b || !strings.HasPrefix(a, b) {
		return false
	}
	switch a[len(b):] {
	case "n", "an", "ian", "ese", "ish", "i", "ean":
		return true
	}
	return false
}

// stateAdjShapeEN reports a capitalised English word shaped like the
// adjective of a state ("Liranian", "Kestavian", "Vorlanese").
func stateAdjShapeEN(t token) bool {
	if !t.cap || t.acro || !t.word {
		return false
	}
	f := t.fold
	for _, e := range []string{"ian", "ese", "ean"} {
		if strings.HasSuffix(f, e) && len(f) > len(e)+3 {
			return true
		}
	}
	return false
}

// adjTwinDE reports whether adj is the German adjective of the state
// name n: "liranische" of "Liranien", "dorvisch" of "Dorvia",
// "morländische" of "Morland", "tarsovische" of "Tarsova" — the
// adjective's stem before "isch" is the name without its ending.
func adjTwinDE(adj, n string) bool {
	a, b := fold(adj), fold(n)
	i := strings.LastIndex(a, "isch")
	if i < 3 || !headEnds[a[i+4:]] && a[i+4:] != "e" && a[i+4:] != "er" && a[i+4:] != "em" {
		return false
	}
	a = a[:i]
	if len(b) < 4 {
		return false
	}
	switch {
	case a == b:
		return true // "Italien" … "italienisch"
	case strings.HasSuffix(b, "ien") && a == b[:len(b)-3], strings.HasSuffix(b, "ia") && a == b[:len(b)-2], strings.HasSuffix(b, "a") && a == b[:len(b)-1]:
		return true
	case strings.HasSuffix(b, "land") && a == b[:len(b)-4]+"laend":
		return true
	}
	return false
}

// stateWholeHeads stand after a state's adjective for the state acting
// as a whole ("die liranische Regierung", "Liranian authorities").
var stateWholeHeads = set("regierung", "government", "behoerden", "authorities")

// stateAuthoritiesPass finds the authorities of a state no lexicon
// knows, named by its adjective: "Liranian authorities accused …",
// "Die liranischen Behörden werfen … vor". In German the adjective is
// written small like any other ("die örtlichen Behörden"), so it must
// be the adjective of a state the text names ("Liranien").
func (d *doc) stateAuthoritiesPass(s int) {
	toks := d.sents[s].toks
	for i := 1; i < len(toks); i++ {
		if d.covered[s][i] || d.covered[s][i-1] {
			continue
		}
		a, h := toks[i-1], toks[i]
		switch {
		case d.lang == "en" && h.fold == "authorities" && stateAdjShapeEN(a) && !d.isPlace(a) && !a.inq && d.x.lx.lookupKey(a.text) == nil && (i-1 == 0 || !isCapWord(toks[i-2]) || sentenceOpeners[toks[i-2].fold]):
			d.addMention(&mention{sent: s, t0: i - 1, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: a.text + " " + h.text})
		case d.lang == "de" && (h.fold == "behoerden" || h.fold == "behörden") && h.cap && !a.cap && !a.inq && isAdjDE(a) && !d.isPlace(a) && d.stateOfAdjDE(a):
			d.addMention(&mention{sent: s, t0: i - 1, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: reinflectPlural(a.text) + " " + h.text})
		}
	}
}

// stateOfAdjDE reports whether the German adjective t belongs to a
// state the text names by a capitalised word ("liranischen" …
// "Liranien").
func (d *doc) stateOfAdjDE(t token) bool {
	for os := range d.sents {
		for _, o := range d.sents[os].toks {
			if o.cap && o.word && len(o.fold) >= 4 && adjTwinDE(t.text, o.text) {
				return true
			}
		}
	}
	return false
}

// reinflectPlural puts a German adjective before a plural into its
// strong nominative, as the lexicon names a country's authorities
// ("liranischen" → "liranische").
func reinflectPlural(w string) string {
	for _, e := range []string{"en", "er", "em"} {
		if strings.HasSuffix(w, e) {
			return w[:len(w)-1-len(e)+1] + "e"
		}
	}
	return w
}

// stateOfAdjGovDE reports whether t names the state of a government the
// text named by its adjective ("Liranien" after "die liranische
// Regierung").
func (d *doc) stateOfAdjGovDE(t token) bool {
	if d.lang != "de" || !t.cap {
		return false
	}
	for _, o := range d.ents {
		if o.dead || o.typ != claimgraph.Agency {
			continue
		}
		if ow := strings.Fields(o.name); len(ow) == 2 && stateWholeHeads[fold(ow[1])] && adjTwinDE(ow[0], t.text) {
			return true
		}
	}
	return false
}

// subBodyHeads end the description of a unit of a named body ("human
// rights office", "peacekeeping mission", "delegation").
var subBodyHeads = set("office", "delegation", "mission", "agency", "commission", "council", "body", "committee", "panel", "tribunal",
	"secretariat", "envoy", "observers",
	// "the Justice Department's antitrust division", "the Senate's
	// ethics subcommittee".
	"division", "subcommittee", "unit", "bureau", "directorate")

// subBodyEnd reads, after a body's name ending at token j of sentence s,
// a unit of it: up to three lower-case words ending in a unit head,
// optionally "in" a place and an acronym in commas. It returns the end
// of the unit (j if none) and the acronym's token (-1 if none).
func (d *doc) subBodyEnd(s, j int) (int, int) {
	toks := d.sents[s].toks
	if j > 0 && (strings.HasSuffix(toks[j-1].text, "'s") || strings.HasSuffix(toks[j-1].text, "’s")) {
		// "the European Union's delegation"
	} else if j > 0 && !isCapWord(toks[j-1]) && !toks[j-1].acro {
		return j, -1
	}
	k := j
	head := -1
	for k < len(toks) && k-j < 3 && toks[k].word && !toks[k].cap && !functionWords[toks[k].fold] && !d.covered[s][k] {
		// "the Defense Department's inspector general": the office of
		// a body's watchdog.
		if subBodyHeads[toks[k].fold] || toks[k].fold == "general" && k > j && toks[k-1].fold == "inspector" {
			head = k
		}
		k++
		if head >= 0 {
			break
		}
	}
	if head < 0 {
		return j, -1
	}
	end := head + 1
	if end+1 < len(toks) && toks[end].fold == "in" && isCapWord(toks[end+1]) && !d.covered[s][end+1] {
		end += 2
	}
	if end+2 < len(toks) && toks[end].text == "," && toks[end+1].acro && toks[end+1].word && (toks[end+2].text == "," || !toks[end+2].word) {
		return end + 2, end + 1
	}
	return end, -1
}

// possEnd reports whether the span ending at token t1 ends in an English
// possessive ("the European Parliament's").
func possEnd(toks []token, t1 int) bool {
	return t1 > 0 && t1 <= len(toks) && (strings.HasSuffix(toks[t1-1].text, "'s") || strings.HasSuffix(toks[t1-1].text, "’s"))
}

// surnameParticles stand between a given name and a surname ("van",
// "de la", "bin").
var surnameParticles = set("van", "von", "de", "da", "das", "dos", "do", "del", "della", "di", "du", "der", "den", "ter", "ten", "la", "le", "bin", "ibn", "al", "el")

// particleSurname reports particles and a surname from token k ("van
// Oorschot", "de la Cruz").
func particleSurname(toks []token, k int) bool {
	j := k
	for j < len(toks) && j-k < 2 && !toks[j].cap && surnameParticles[toks[j].fold] {
		j++
	}
	return j > k && j < len(toks) && isCapWord(toks[j])
}

// clubNounsEN describe a club by its league ("Premier League club
// Ashford United", "League Two side Harrow Town").
var clubNounsEN = set("club", "side", "outfit", "team")

// institutionAdjsEN are role words that also open the names of bodies
// as adjectives ("General Medical Council", "Premier Rugby League").
var institutionAdjsEN = set("general", "premier")

// memberOfWordsEN open the names of bodies of people who stand for
// something ("Friends of Yarrabee Bushland", "Friends of the Earth",
// "Citizens for …" are read by nameLinksEN).
var memberOfWordsEN = set("friends", "supporters", "neighbours", "neighbors", "guardians", "defenders", "residents", "parents", "citizens", "sisters", "sons", "daughters")

// rankWordsEN rank the things of a place ("the county's leading
// contractors", "the city's top employers").
var rankWordsEN = set("leading", "top", "main", "major", "principal", "foremost")

// holderOffice returns the office holder an office is named by ("Dunmore
// County Sheriff" of "Dunmore County Sheriff's Office"), else name: "A
// Dunmore County sheriff's deputy" and "the Dunmore County Sheriff's
// Office" name one body.
func holderOffice(name string) string {
	f := strings.Fields(name)
	if len(f) < 3 || !strings.EqualFold(f[len(f)-1], "office") {
		return name
	}
	h := fold(f[len(f)-2])
	if r := trimPoss(h); r != h && (countyOfficesEN[r] || roleWordsEN[r] || r == "ombudsman") {
		return strings.Join(f[:len(f)-2], " ") + " " + r
	}
	return name
}

// ofForm writes an English body's name "A's B" as "B of A", so that
// "Caldora's Ministry of Health" and "Ministry of Health of Caldora" are
// one name.
func ofForm(name string) string {
	for _, p := range []string{"'s ", "’s "} {
		if a, b, ok := strings.Cut(name, p); ok && a != "" && b != "" {
			return b + " of " + a
		}
	}
	return name
}

// countryBodyKey reports a key the lexicon derived from a country
// ("ru-government", "cn-foreign-ministry").
func countryBodyKey(k string) bool {
	if countryKeyPrefix(k) == "" {
		return false
	}
	for _, h := range countryHeads {
		if strings.HasSuffix(k, "-"+h.kind) {
			return true
		}
	}
	return false
}

var auxiliaries = set("hat", "haben", "hatte", "hatten", "has", "have", "had")

// germanNounLike: a German common noun by its spelling ("Zertifizierer",
// "Prüfstelle"), unlike the words of an English name.
func germanNounLike(t token) bool {
	if strings.ContainsAny(t.text, "äöüßÄÖÜ") {
		return true
	}
	for _, e := range []string{"ierer", "er", "ung", "heit", "keit", "schaft", "stelle", "verband", "verein"} {
		if strings.HasSuffix(t.fold, e) && len(t.fold) > len(e)+3 {
			return true
		}
	}
	return false
}

// cityBodies are lower-case heads a city names: "the Munich regional
// court", "the Paris prosecutor's office".
var cityBodies = set("court", "office", "tribunal", "prosecutors")

// courtWords reports modifiers of a city's court or prosecutor:
// "regional", "district", "public prosecutor's".
func courtWords(ts []token) bool {
	ok := false
	for _, t := range ts {
		switch trimPoss(t.fold) {
		case "regional", "district", "criminal", "civil", "administrative", "public", "prosecutor", "prosecutors", "state", "appeals", "appeal",
			"labour", "labor", "commercial", "magistrates", "juvenile", "family", "high", "federal", "supreme", "constitutional", "city", "county":
			ok = true
		default:
			return false
		}
	}
	return ok
}

// subsidiaryLinks join a parent's name and a country in a subsidiary's
// name ("Volkswagen do Brasil", "Walmart de México").
var subsidiaryLinks = set("do", "de", "da", "del", "of", "du")

// subsidiaryPlaces are country names as subsidiaries spell them.
var subsidiaryPlaces = set("brasil", "mexico", "méxico", "espana", "españa", "america", "argentina", "chile", "colombia", "peru", "portugal", "france")

// modalsEN follow a subject: "the EU will", "the EU should".
var modalsEN = set("will", "would", "could", "should", "must", "can", "may", "might", "did", "does", "do", "plans", "wants")

// commonNounsDE are frequent plural nouns that may follow a body's name
// without naming it ("nach Angaben der Behörde Angaben zum …").
var commonNounsDE = set("angaben", "informationen", "unterlagen", "dokumente", "daten", "hinweise", "berichte", "mitarbeiter",
	"beschaeftigte", "kunden", "nutzer", "verbraucher", "experten", "ermittler", "zahlen", "details", "fragen", "antworten", "massnahmen",
	"forderungen", "vorwuerfe", "vertreter", "mitglieder", "anwohner", "eltern", "buerger", "patienten", "schueler")

// municipalOffice reports a town's office named by its task ("Bauamt",
// "Ordnungsamt", "Gesundheitsamt"): every town has one, so it names no
// body unless a place follows.
func municipalOffice(f string) bool {
	for _, p := range []string{"bau", "ordnung", "gesundheit", "jugend", "sozial", "standes", "einwohnermelde", "buerger", "strassenverkehr",
		"auslaender", "gruenflaechen", "stadtplanung", "vermessung", "liegenschaft", "kataster", "fund", "post", "pfarr", "ehren", "arbeit",
		"schul", "sport", "kultur", "umwelt", "haupt", "rechnungspruefung", "veterinaer", "tiefbau", "hochbau"} {
		if strings.HasPrefix(f, p) && !strings.Contains(f, "bundes") && !strings.Contains(f, "landes") {
			return true
		}
	}
	return false
}

// localBodiesDE are local governments named by their place: "die Stadt
// Eltersheim", "des Landkreises Oberhavelland"; after a place
// preposition ("in der Stadt Köln") they are places.
var localBodiesDE = map[string]bool{"stadt": true, "gemeinde": true, "landkreis": true, "kreis": true, "bezirk": true, "hansestadt": true, "marktgemeinde": true}

// pluralHead reports a German institution word in the plural
// ("Instituten", "Behörden", "Kammern").
func pluralHead(f, head string) bool {
	i := strings.LastIndex(f, head)
	if i < 0 {
		return false
	}
	rest := f[i+len(head):]
	return rest == "en" || rest == "n" && strings.HasSuffix(head, "e") || rest == "e" && !strings.HasSuffix(head, "e")
}

// beauftragtHeads are offices named after their holder ("der
// Landesdatenschutzbeauftragte", "der Hamburgische Beauftragte für
// Datenschutz"): a body unless a name follows.
var beauftragtHeads = map[string]bool{"beauftragte": true, "beauftragter": true}

// dativeBodyDE: a feminine singular noun for a party, which "der" before
// it can make a dative ("der Firma", "der Behörde"); a plural ("der
// Speditionen") is an association's members.
func dativeBodyDE(d *doc, t token) bool {
	f := t.fold
	if referBackBodiesDE[f] {
		return true
	}
	// "wirft die Fraktion der Ministerin vor": a woman's role.
	if strings.HasSuffix(f, "in") && isRoleToken(t, d) != "" {
		return true
	}
	return d.isCompanyDescriptor(t) && nounGenderDE(f) == 'f' && !strings.HasSuffix(f, "en")
}

// referBackBodiesDE are singular nouns for a public body that a text uses
// to refer back to one it named ("die Behörde").
var referBackBodiesDE = set("behörde", "behoerde", "agentur", "regierung", "verwaltung")

var genitiveArticle = set("des", "der", "eines", "einer")

// namedBodiesDE form named compounds with a head: "Bundestagsverwaltung",
// "Landtagspräsidium".
var namedBodiesDE = set("bundestag", "bundesrat", "landtag", "europaparlament", "bundespraesidial", "kanzler")

// isNounLikeDE guesses that a capitalised German word is a common noun
// rather than a place or name, by its ending.
func isNounLikeDE(t token) bool {
	for _, e := range []string{"ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität", "nis", "tum", "ismus", "daten", "recht", "geld", "vertrag", "verträge"} {
		if strings.HasSuffix(t.fold, fold(e)) {
			return true
		}
	}
	return false
}

// pluralNounDE: a capitalised German word with a plural noun ending
// ("Nominierungen", "Subventionen", "Freiheiten").
func pluralNounDE(t token) bool {
	if !t.cap || !t.word {
		return false
	}
	for _, e := range []string{"ungen", "tionen", "heiten", "keiten", "schaften"} {
		if strings.HasSuffix(t.fold, e) {
			return true
		}
	}
	return false
}

// localOfficesDE are German local offices named with their town
// ("Hauptzollamt Kassel", "Gesundheitsamt Köln").
// cityBodiesDE are bodies every town or region has, named by the town:
// "Frankfurter Staatsanwaltschaft", "Kölner Polizei".
var cityBodiesDE = set("landtag", "kreistag", "staatsanwaltschaft", "polizei", "landgericht", "amtsgericht", "verwaltungsgericht", "oberlandesgericht",
	"verbraucherzentrale", "stadtverwaltung", "generalstaatsanwaltschaft", "finanzamt", "arbeitsgericht", "sozialgericht", "rechnungshof")

// townOfficeDE reports a city state's or town's office by its field
// ("Wohnungsaufsicht", "Umweltbehörde", "Schulbehörde"): fields with no
// federal body of the same name, which "die Bonner Finanzaufsicht" has.
func townOfficeDE(f, head string) bool {
	if head != "aufsicht" && head != "behörde" && head != "behoerde" {
		return false
	}
	for _, p := range []string{"wohnung", "bau", "heim", "schul", "gewerbe", "umwelt", "ausländer", "auslaender", "sozial", "gesundheit", "innen", "verkehr", "kultur", "justiz", "wirtschaft"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// townAdjDE reports a town's adjective in -er ("Frankfurter", "Kölner",
// "Münchner", "Bremer"): capitalised, no first name, country, role,
// body head, descriptor or function word.
func (d *doc) townAdjDE(t token) bool {
	f := t.fold
	if !isCapWord(t) || !strings.HasSuffix(f, "er") || len(f) < 5 || firstNames[f] || functionWords[f] || d.isPlace(t) || isRoleToken(t, d) != "" ||
		germanHead(t) != "" || d.isCompanyDescriptor(t) {
		return false
	}
	// Towns no list knows ("Lindtaler Polizei") count too: before these
	// heads a capitalised word in -er is an adjective of place.
	return true
}

// localOfficeCompoundDE reports an office or administration named by
// its field ("Bergamt", "Hafenverwaltung", "Wasserstraßenamt"), which,
// like the listed local offices, takes its town's name after it
// ("Bergamt Stralsund", "Hafenverwaltung Emden"). Federal and state
// offices are named by their field instead ("Landesamt für Umwelt").
func localOfficeCompoundDE(f, head string) bool {
	return head == "feuerwehr" || (head == "amt" || head == "verwaltung") && len(f) >= len(head)+3 && !strings.HasPrefix(f, "bundes") && !strings.HasPrefix(f, "landes")
}

// policeOfficeDE reports a police office's compound ("Kreispolizeibehörde",
// "Polizeipräsidium", "Polizeidirektion"), which, like the police
// itself, is named by the town or district it serves ("Kreispolizeibehörde
// Gütersloh", "Polizeipräsidium Oberhausen").
func policeOfficeDE(f, head string) bool {
	switch head {
	case "behörde", "behoerde", "präsidium", "praesidium", "direktion":
		return strings.Contains(f, "polizei") && len(f) > len(head)+3
	case "polizeiinspektion":
		return true
	}
	return false
}

var localOfficesDE = []string{"zollamt", "gesundheitsamt", "jugendamt", "ordnungsamt", "bauamt", "umweltamt", "bezirksamt", "veterinaeramt", "sozialamt", "gewerbeaufsichtsamt",
	"kreisverwaltung", "bezirksverwaltung", "gemeindeverwaltung",
	// "Regierungspräsidium Tübingen": a Land's regional authority,
	// named by its seat.
	"regierungspraesidium"}

// agencyPassEN finds English names of public bodies: a capitalised run
// with a head noun ("Panama Maritime Authority", "U.S. District Court for
// the Southern District of New York"), and "Flemish government".
func (d *doc) agencyPassEN(s int) {
	toks := d.sents[s].toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word || d.covered[s][i] {
			continue
		}
		hf := trimPoss(t.fold)
		// "commissioned by the city of Marlow": a town's government,
		// where it is no place ("in the city of Marlow").
		// "The City of Dunmore accused …", "the state of Ohio sued …": a
		// town or state named so acts as its government, written with a
		// capital too, and also where the place is known, once a verb of
		// acting follows.
		townCap := t.cap && (i == 0 || definiteEN[toks[i-1].fold]) && townWords[hf]
		stateOf := (hf == "state" || hf == "commonwealth") && (i == 0 || definiteEN[toks[i-1].fold])
		if (townWords[hf] && !t.cap || townCap || stateOf) && d.lang == "en" && i+2 < len(toks) && toks[i+1].fold == "of" && isCapWord(toks[i+2]) && !d.covered[s][i+2] && !d.inPlaceRole(s, i) {
			j := i + 3
			// "the City of Wrenfield's own rules": a possessive ends the
			// name.
			for j < len(toks) && j <= i+4 && isCapWord(toks[j]) && !d.covered[s][j] && trimPoss(toks[j-1].fold) == toks[j-1].fold {
				j++
			}
			acts := j < len(toks) && (actorVerbs[toks[j].fold] || slotSubjEN[toks[j].fold] || toks[j].fold == "has" || toks[j].fold == "also" && j+1 < len(toks) && actorVerbs[toks[j+1].fold]) ||
				i > 0 && toks[i-1].fold == "the" && i > 1 && toks[i-2].fold == "by"
			if !d.isPlace(toks[i+2]) && !stateOf || acts {
				d.addMention(&mention{sent: s, t0: i, t1: j, kind: mName, typ: claimgraph.Agency, name: trimPoss(d.spanText(s, i, j))})
				i = j - 1
				continue
			}
		}
		// "UK Sport", "NSW Health": a territory and the public field it
		// serves name its body, as "Transport Scotland" does the other
		// way round (slotType).
		if d.lang == "en" && i+1 < len(toks) && (t.cap || t.acro) && publicFieldsEN[toks[i+1].fold] && toks[i+1].cap && !d.covered[s][i+1] &&
			(d.isPlace(t) || d.stateName(t)) && (i+2 >= len(toks) || !isCapWord(toks[i+2]) && !toks[i+2].acro) && (i == 0 || !isCapWord(toks[i-1]) || sentenceOpeners[toks[i-1].fold]) {
			d.addMention(&mention{sent: s, t0: i, t1: i + 2, kind: mName, typ: claimgraph.Agency, name: trimPoss(d.spanText(s, i, i+2))})
			i++
			continue
		}
		// "Transport for London", "Transport for Greater Manchester": a
		// public service for a territory.
		if d.lang == "en" && t.cap && publicFieldsEN[hf] && i+2 < len(toks) && toks[i+1].fold == "for" && isCapWord(toks[i+2]) && !d.covered[s][i+2] {
			j := i + 3
			for j < len(toks) && j <= i+4 && isCapWord(toks[j]) && !d.covered[s][j] {
				j++
			}
			d.addMention(&mention{sent: s, t0: i, t1: j, kind: mName, typ: claimgraph.Agency, name: trimPoss(d.spanText(s, i, j))})
			i = j - 1
			continue
		}
		// "the University of Ashcombe", "the Bank of Kessland", "the
		// Church of Scotland": an institution named by "of" and a place
		// or name.
		// ("the Central Bank of the UAE", "the University of the
		// Highlands": the article may stand before the place.)
		ofThe := d.lang == "en" && i+3 < len(toks) && toks[i+1].fold == "of" && toks[i+2].fold == "the" && (isCapWord(toks[i+3]) || toks[i+3].acro && toks[i+3].word) && !d.covered[s][i+3]
		if d.lang == "en" && t.cap && ofInstitutionsEN[hf] != "" && t.fold == hf && i+2 < len(toks) && toks[i+1].fold == "of" && (isCapWord(toks[i+2]) && !d.covered[s][i+2] || ofThe) && !d.covered[s][i+1] &&
			// ("Friends of John Hale said …": a person's friends.)
			!(hf == "friends" && (firstNames[toks[i+2].fold] || titles[toks[i+2].fold])) {
			j := i + 3
			if ofThe && !isCapWord(toks[i+2]) {
				j = i + 4
			}
			for j < len(toks) && j <= i+4 && isCapWord(toks[j]) && !d.covered[s][j] && !strings.HasSuffix(toks[j-1].text, "'s") {
				j++
			}
			// "the University of Toronto's Citizen Lab": the parent of the
			// body that acts.
			if l := toks[j-1].text; (strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s")) && j < len(toks) && isCapWord(toks[j]) {
				i = j - 1
				continue
			}
			start := i
			// "Central Bank of Varnia", "National University of X".
			if i > 0 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && ofInstitutionModsEN[toks[i-1].fold] {
				start = i - 1
			}
			typ := ofInstitutionsEN[hf]
			if hf == "bank" && start < i {
				typ = claimgraph.Agency // a central or national bank
			}
			name := trimPoss(d.spanText(s, start, j))
			m := &mention{sent: s, t0: start, t1: j, kind: mName, typ: typ, name: name}
			if e := d.x.lx.lookupKey(name); e != nil {
				m.key, m.typ = e.key, e.typ
			}
			d.addMention(m)
			i = j - 1
			continue
		}
		// "the Crane River Water District", "Bexley School District": a
		// district that serves a public field is a public body; a
		// district alone is a place ("the Lake District").
		fieldDistrict := hf == "district" && t.cap && i > 0 && isCapWord(toks[i-1]) && districtFieldsEN[toks[i-1].fold]
		// "the Open Ledger Project, a London-based group," "The Clean Air
		// Project accused …": a project that acts or is described as a
		// body is an organisation; a project alone is a work, no party.
		actingProject := hf == "project" && t.cap && i > 0 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && i+1 < len(toks) &&
			(actorVerbs[toks[i+1].fold] || slotSubjEN[toks[i+1].fold] || accuseEN[toks[i+1].fold] || toks[i+1].fold == "has" ||
				toks[i+1].text == "," && i+2 < len(toks) && (toks[i+2].fold == "a" || toks[i+2].fold == "an"))
		if d.lang == "en" && t.cap && memberPlurals[hf] && !d.covered[s][i] {
			if k := d.membersUnionStart(s, i); k >= 0 {
				d.addMention(&mention{sent: s, t0: k, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: trimPoss(d.spanText(s, k, i+1))})
				continue
			}
		}
		if !agencyHeadsEN[hf] && !fieldDistrict && !actingProject {
			continue
		}
		// "the Riverside Court estate", "Kingsley Court flats": a court
		// that people live in is a building.
		if hf == "court" && i+1 < len(toks) && !toks[i+1].cap && buildingNounsEN[toks[i+1].fold] {
			continue
		}
		// "the Treasury Department's Office of …": the parent is read
		// with the body it owns.
		if parentHeads[hf] && (strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s")) && i+1 < len(toks) && isCapWord(toks[i+1]) && t.cap {
			continue
		}
		// "Chief Executive Todd Brennan": a title before a name.
		if roleWordsEN[hf] && i+1 < len(toks) && isCapWord(toks[i+1]) && !agencyHeadsEN[toks[i+1].fold] && toks[i+1].fold != "of" {
			continue
		}
		// "the Secretary of State's office", "the Attorney General's
		// office": an office holder's office is a body.
		if !t.cap && hf == "office" && i > 1 && (strings.HasSuffix(toks[i-1].text, "'s") || strings.HasSuffix(toks[i-1].text, "’s")) && isCapWord(toks[i-1]) && !d.covered[s][i-1] {
			k := i - 1
			role := false
			for k > 0 && (isCapWord(toks[k-1]) || toks[k-1].fold == "of" && k > 1 && isCapWord(toks[k-2])) && !d.covered[s][k-1] {
				k--
			}
			for x := k; x < i; x++ {
				if roleWordsEN[trimPoss(toks[x].fold)] || roleWordsEN[toks[x].fold] {
					role = true
				}
			}
			if role && toks[k].fold != "of" {
				d.addMention(&mention{sent: s, t0: k, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: d.spanText(s, k, i+1)})
				continue
			}
		}
		// "accused police in Morland of …", "security forces in
		// Estavia denied …": a state's force named by its place is a
		// party when it accuses, is accused or denies.
		if !t.cap && d.lang == "en" && forceHeads[hf] && i+2 < len(toks) && toks[i+1].fold == "in" && isCapWord(toks[i+2]) && !d.covered[s][i+2] && (d.isPlace(toks[i+2]) || d.stateName(toks[i+2])) &&
			(i+3 >= len(toks) || !isCapWord(toks[i+3])) {
			k := i
			// ("Security forces in Kenya denied": a sentence's first word
			// is capitalised anyway.)
			for k > 0 && i-k < 2 && toks[k-1].word && (!toks[k-1].cap || k-1 == 0) && !functionWords[toks[k-1].fold] && !d.covered[s][k-1] && !isVerbLike(toks[k-1].fold) &&
				!accuseEN[toks[k-1].fold] && !chargeEN[toks[k-1].fold] && !condemnEN[toks[k-1].fold] {
				k--
			}
			cue := false
			for x := k - 1; x >= 0 && x >= k-3; x-- {
				if accuseEN[toks[x].fold] || chargeEN[toks[x].fold] || condemnEN[toks[x].fold] {
					cue = true
				}
			}
			if i+3 < len(toks) && (denyEN[toks[i+3].fold] || accuseEN[toks[i+3].fold] || toks[i+3].fold == "said") {
				cue = true
			}
			if cue {
				d.addMention(&mention{sent: s, t0: k, t1: i + 3, kind: mName, typ: claimgraph.Agency, name: d.spanText(s, k, i+3)})
				i += 2
				continue
			}
		}
		if !t.cap && stateOrgans[hf] && d.lang == "en" {
			// "the foreign ministry of Norvania", "the government of
			// Kessaria": a state's organ named with the state.
			if i+2 < len(toks) && toks[i+1].fold == "of" && isCapWord(toks[i+2]) && !d.covered[s][i+2] && d.mentionAt(s, i+2) == nil &&
				!firstNames[toks[i+2].fold] && (i+3 >= len(toks) || !isCapWord(toks[i+3])) {
				k := i
				for k > 0 && i-k < 2 && toks[k-1].word && !toks[k-1].cap && !functionWords[toks[k-1].fold] && !d.covered[s][k-1] && !isVerbLike(toks[k-1].fold) {
					k--
				}
				d.addMention(&mention{sent: s, t0: k, t1: i + 3, kind: mName, typ: claimgraph.Agency, name: d.spanText(s, k, i+3)})
				i += 2
				continue
			}
			// "the Kessarian navy": the adjective of a state no lexicon
			// knows.
			if i > 0 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && isAdjEN(toks[i-1].fold) && len(toks[i-1].fold) > 5 && !d.isPlace(toks[i-1]) &&
				d.x.lx.lookupKey(toks[i-1].text) == nil && (i-1 == 0 || !isCapWord(toks[i-2]) || sentenceOpeners[toks[i-2].fold]) &&
				(strings.HasSuffix(toks[i-1].fold, "ian") || strings.HasSuffix(toks[i-1].fold, "ese") || strings.HasSuffix(toks[i-1].fold, "ish") || strings.HasSuffix(toks[i-1].fold, "ean")) {
				d.addMention(&mention{sent: s, t0: i - 1, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: d.spanText(s, i-1, i+1)})
				continue
			}
		}
		if !t.cap && unitHeadsEN[hf] && d.lang == "en" {
			if k := d.placeUnitRun(s, i); k >= 0 {
				d.addMention(&mention{sent: s, t0: k, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: trimPoss(d.spanText(s, k, i+1))})
				continue
			}
		}
		if !t.cap {
			// "Flemish government": a capitalised adjective before a
			// lower-case head.
			if (hf == "government" || hf == "parliament" || hf == "police") && i > 0 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && isAdjEN(toks[i-1].fold) {
				name := toks[i-1].text + " " + trimPoss(t.text)
				m := &mention{sent: s, t0: i - 1, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: name}
				if e := d.x.lx.lookupKey(name); e != nil {
					m.key = e.key // "Dutch government" is nl-government
				}
				d.addMention(m)
				continue
			}
			// "the state government of Pará": a level of government with
			// its place.
			if (hf == "government" || hf == "police" || hf == "council" || hf == "prosecutor") && i > 0 && govLevels[toks[i-1].fold] &&
				i+2 < len(toks) && toks[i+1].fold == "of" && isCapWord(toks[i+2]) && !d.covered[s][i-1] {
				j := i + 3
				for j < len(toks) && isCapWord(toks[j]) && !d.covered[s][j] {
					j++
				}
				d.addMention(&mention{sent: s, t0: i - 1, t1: j, kind: mName, typ: claimgraph.Agency, name: d.spanText(s, i-1, j)})
				i = j - 1
				continue
			}
			// "The Congolese mines ministry": a country adjective, a few
			// lower-case words, a body.
			if k0 := i - 1; k0 >= 1 {
				k := k0
				for k >= 1 && i-k <= 2 && toks[k].word && !toks[k].cap && !functionWords[toks[k].fold] && !d.covered[s][k] {
					k--
				}
				// "the Dutch consumer association Consumentenbond" is a
				// description before a name, not the name.
				apposed := agencyAppositionsEN[hf] && i+1 < len(toks) && isCapWord(toks[i+1]) && !d.covered[s][i+1]
				// "The Liranian foreign ministry": an adjective shaped
				// like a state's before a state's organ.
				shaped := stateOrgans[hf] && stateAdjShapeEN(toks[k]) && d.x.lx.lookupKey(toks[k].text) == nil && (k == 0 || !isCapWord(toks[k-1]) || sentenceOpeners[toks[k-1].fold])
				if k < i-1 && isCapWord(toks[k]) && !d.covered[s][k] && (d.isPlace(toks[k]) && isAdjEN(toks[k].fold) || d.stateName(toks[k]) || d.stateAdjective(toks[k]) || shaped) && !strings.HasSuffix(toks[k].text, "'s") && !apposed {
					name := d.spanText(s, k, i+1)
					m := &mention{sent: s, t0: k, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: name}
					if e := d.x.lx.lookupKey(name); e != nil {
						m.key = e.key
					}
					d.addMention(m)
					continue
				}
			}
			// "Kenya's environment agency": a country's body, named by
			// what it does.
			k := i - 1
			for k >= 0 && i-k <= 3 && toks[k].word && !toks[k].cap && !functionWords[toks[k].fold] && !d.covered[s][k] {
				k--
			}
			// "Azmaria's foreign ministry": a state no lexicon knows,
			// named by one of its organs.
			unknownState := k >= 0 && (stateOrgans[hf] || hf == "service" && i > 0 && stateServiceMods[toks[i-1].fold]) && d.lang == "en" && toks[k].cap && !toks[k].acro && d.x.lx.lookupKey(trimPoss(toks[k].text)) == nil &&
				!firstNames[trimPoss(toks[k].fold)] && (!d.knownShort(trimPoss(toks[k].fold)) || d.stateName(toks[k])) && (k == 0 || !isCapWord(toks[k-1]) || sentenceOpeners[toks[k-1].fold])
			// "Harbor City's police department": a town's body.
			townBody := false
			if k > 0 && k < i && d.lang == "en" && (hf == "department" || hf == "police" || hf == "council") && toks[k].cap && isCapWord(toks[k-1]) && !d.covered[s][k-1] &&
				(strings.HasSuffix(toks[k].text, "'s") || strings.HasSuffix(toks[k].text, "’s")) && townNames[trimPoss(toks[k].fold)] {
				k--
				townBody = true
			}
			// "the Netherlands' military intelligence service", "the
			// Philippines' coast guard": a name in -s takes the
			// apostrophe alone as its possessive.
			if k >= 1 && k < i && d.lang == "en" && (toks[k].text == "'" || toks[k].text == "’") && isCapWord(toks[k-1]) && strings.HasSuffix(toks[k-1].fold, "s") && !d.covered[s][k-1] && d.isPlace(toks[k-1]) {
				k--
				townBody = true
			}
			if k >= 0 && k < i && toks[k].cap && !d.covered[s][k] && (townBody || (strings.HasSuffix(toks[k].text, "'s") || strings.HasSuffix(toks[k].text, "’s")) && (d.isPlace(toks[k]) || unknownState)) {
				// "police department", "foreign ministry": two body words.
				if i+1 < len(toks) && !toks[i+1].cap && agencyHeadsEN[toks[i+1].fold] && !d.covered[s][i+1] {
					i++
				}
				name := d.spanText(s, k, i+1)
				m := &mention{sent: s, t0: k, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: trimPoss(name), descr: true}
				if e := d.x.lx.lookupKey(name); e != nil {
					m.key = e.key
				} else if unknownState && hf == "government" && k == i-1 {
					// "Drusan's government" is the state Drusan acting.
					m.key, m.descr = slug(trimPoss(toks[k].text)), false
				}
				// "Italy's competition authority AGCM": the name in
				// apposition is the body's name.
				if i+1 < len(toks) && toks[i+1].acro && toks[i+1].word && !d.covered[s][i+1] {
					m.t1, m.name, m.descr = i+2, trimPoss(toks[i+1].text), false
					if e := d.x.lx.lookupKey(m.name); e != nil {
						m.key = e.key
					}
				} else if n := d.commaApposedName(s, i+1); n > 0 {
					// "Ireland's media regulator, Coimisiún na Meán, which
					// oversees …": the name between commas is the body's.
					m.t1, m.name, m.descr = i+2+n, trimPoss(d.spanText(s, i+2, i+2+n)), false
					m.key = ""
					if e := d.x.lx.lookupKey(m.name); e != nil {
						m.key = e.key
					}
				} else if n := d.apposedAgencyName(s, i+1); n > 0 {
					// "Germany's financial regulator BaFin": a body the
					// lexicon knows, or one capitalised name.
					m.t1, m.name, m.descr = i+1+n, trimPoss(d.spanText(s, i+1, i+1+n)), false
					m.key = ""
					if e := d.x.lx.lookupKey(m.name); e != nil {
						m.key = e.key
					}
				} else if seatHeadsEN[hf] && i+2 < len(toks) && toks[i+1].fold == "in" && isCapWord(toks[i+2]) && !d.covered[s][i+2] && (i+3 >= len(toks) || !isCapWord(toks[i+3])) {
					// "China's embassy in London": a state's office abroad
					// is named with its seat, as "the Chinese Embassy in
					// London" is.
					m.t1, m.name, m.descr = i+3, trimPoss(d.spanText(s, k, i+3)), false
					if m.key != "" {
						m.key += "-" + slug(toks[i+2].text)
					}
				}
				d.addMention(m)
				continue
			}
			// "the Munich regional court", "the Paris public prosecutor's
			// office": a city's court or prosecutor, named by its place.
			if cityBodies[hf] && k >= 0 && k < i-0 && isCapWord(toks[k]) && !d.covered[s][k] && !strings.HasSuffix(toks[k].text, "'s") &&
				(k > 0 || d.isPlace(toks[k])) && !sentenceOpeners[toks[k].fold] && d.mentionAt(s, k) == nil && i-k >= 2 && courtWords(toks[k+1:i]) &&
				(hf != "office" || strings.HasPrefix(toks[i-1].fold, "prosecutor") || strings.HasPrefix(toks[i-1].fold, "attorney")) {
				// "New York district court": the whole place name.
				if k > 0 && isCapWord(toks[k-1]) && !d.covered[s][k-1] && !sentenceOpeners[toks[k-1].fold] {
					k--
				}
				// "filed in a Manhattan federal court": an indefinite
				// court is where, not who.
				if k > 0 && indefinite[toks[k-1].fold] {
					continue
				}
				d.addMention(&mention{sent: s, t0: k, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: d.spanText(s, k, i+1)})
			}
			continue
		}
		// "Harlan County Prosecutor's Office", "Dade County Sheriff's
		// Office": a head before an office holder's possessive and another
		// head opens the longer name, which the later head takes.
		if t.cap && i+2 < len(toks) && isCapWord(toks[i+1]) && !d.covered[s][i+1] && (strings.HasSuffix(toks[i+1].text, "'s") || strings.HasSuffix(toks[i+1].text, "’s")) &&
			(roleWordsEN[trimPoss(toks[i+1].fold)] || countyOfficesEN[trimPoss(toks[i+1].fold)]) && toks[i+2].cap && agencyHeadsEN[trimPoss(toks[i+2].fold)] {
			continue
		}
		// The capitalised run around the head: "U.S. Securities and
		// Exchange Commission", "U.S. Attorney's Office for the Southern
		// District of New York", "HM Revenue and Customs".
		nameTok := func(k int) bool {
			tk := toks[k]
			return !d.covered[s][k] && (isCapWord(tk) || tk.acro && tk.word) && tk.inq == t.inq && !roleWordsEN[trimPoss(tk.fold)]
		}
		// "Northern Premier League": a role word between two words of a
		// name belongs to it.
		innerRole := func(k int) bool {
			return k > 0 && k < i && roleWordsEN[toks[k].fold] && isCapWord(toks[k]) && !d.covered[s][k] && isCapWord(toks[k-1]) && !d.covered[s][k-1] &&
				!roleWordsEN[toks[k-1].fold] && !functionWords[toks[k-1].fold] && !(k-1 == 0 && sentenceOpeners[toks[k-1].fold])
		}
		start := i
		parentStart := -1
		ofOpened := false
		for k := i - 1; k >= 0 && i-k <= 8; k-- {
			poss := strings.HasSuffix(toks[k].text, "'s") || strings.HasSuffix(toks[k].text, "’s")
			// "the Treasury Department's Office of Foreign Assets
			// Control": a body's possessive names its parent, not a
			// part of the name.
			if poss && agencyHeadsEN[trimPoss(toks[k].fold)] {
				// The parent's name is covered with the mention but not
				// named: it is no party of the sentence.
				parentStart = k
				for parentStart > 0 && (isCapWord(toks[parentStart-1]) || toks[parentStart-1].acro && toks[parentStart-1].word) && !d.covered[s][parentStart-1] {
					parentStart--
				}
				break
			}
			// "St. Brendan's Regional Medical Center", "Saint Mary's
			// Hospital": a saint's possessive opens the name.
			if poss && k > 0 && k == start-1 && !d.covered[s][k] && !d.covered[s][k-1] && isCapWord(toks[k]) && saintWord(toks[k-1]) {
				start = k - 1
				break
			}
			if nameTok(k) && !poss || innerRole(k) || poss && k == i-1 && !d.covered[s][k] && isCapWord(toks[k]) && !d.isPlace(toks[k]) {
				if k == 0 && !toks[k].acro && (functionWords[toks[k].fold] || sentenceOpeners[toks[k].fold]) {
					break
				}
				start = k
				continue
			}
			if (toks[k].fold == "and" || toks[k].text == "&") && k > 0 && nameTok(k-1) && !strings.HasSuffix(toks[k-1].text, "'s") {
				start = k
				continue
			}
			// "the General Medical Council", "the Premier Rugby League": a
			// role word that is also an adjective opens the name after
			// the article.
			if k == start-1 && k < i && toks[k].cap && !d.covered[s][k] && institutionAdjsEN[toks[k].fold] && (k == 0 || articles[toks[k-1].fold] || !toks[k-1].word) {
				start = k
				break
			}
			// "the Foreign, Commonwealth and Development Office", "the
			// Environment, Food and Rural Affairs Committee": the fields a
			// body is named by, listed with commas before the "and" (each
			// one word, after the article).
			if toks[k].text == "," && k == start-1 && k > 0 && nameTok(k-1) && !d.isPlace(toks[k-1]) && (k == 1 || !toks[k-2].word || articles[toks[k-2].fold]) && d.lang == "en" {
				listed := false
				for x := k + 1; x < i; x++ {
					listed = listed || toks[x].fold == "and"
				}
				if listed {
					start = k - 1
					k--
					continue
				}
			}
			// "Port of Selvik Authority": one capitalised word and "of"
			// open the name, after an article or at the start.
			// ("Two of Okanee County's largest contractors": a number
			// opens no name.)
			if toks[k].fold == "of" && !ofOpened && k == start-1 && k > 0 && nameTok(k-1) && !strings.HasSuffix(toks[k-1].text, "'s") && !d.isPlace(toks[k-1]) && !numberWordsEN[toks[k-1].fold] &&
				(k-1 == 0 && !sentenceOpeners[toks[0].fold] && !functionWords[toks[0].fold] || k > 1 && (toks[k-2].fold == "the" || !toks[k-2].word)) {
				ofOpened = true
				start = k - 1
				k--
				continue
			}
			// "Westminster Magistrates' Court": a plural possessive.
			// "World Athletics' Integrity Unit": the apostrophe may
			// stand before any word of the run, not before a place's
			// ("the Bahamas' Securities Commission").
			if (toks[k].text == "'" || toks[k].text == "’") && k == start-1 && k > 0 && nameTok(k-1) && strings.HasSuffix(toks[k-1].fold, "s") && !d.isPlace(toks[k-1]) {
				start = k
				continue
			}
			break
		}
		if start < i && (toks[start].fold == "and" || toks[start].text == "&") {
			start++
		}
		// "the 19th Judicial District Court", "the 5th Circuit": an
		// ordinal opens the name.
		if start > 0 && start < i && ordinalNumeral(toks[start-1].text) && !d.covered[s][start-1] {
			start--
		}
		// "Deputy Treasury Secretary Helen Marsh": the title of a person,
		// whose modifier is no part of the body's name.
		if i+1 < len(toks) && roleWordsEN[toks[i+1].fold] {
			for start < i && titleModifiers[toks[start].fold] {
				start++
			}
		}
		// "Der Zertifizierer Aqua Standard Council": in a German text a
		// German noun after the article describes the English name.
		if d.lang == "de" && start+1 < i && start > 0 && articles[toks[start-1].fold] && germanNounLike(toks[start]) {
			start++
		}
		end := i + 1
		inComplement := false
		for end < len(toks) {
			prev := toks[end-1]
			// "the Manitoba Court of King's Bench": inside the complement a
			// possessive before one last capitalised word that is no body
			// and no role is a word of the name.
			if d.lang == "en" && inComplement && strings.HasSuffix(prev.text, "'s") && isCapWord(toks[end]) && !d.covered[s][end] && toks[end].inq == t.inq &&
				!agencyHeadsEN[toks[end].fold] && !roleWordsEN[toks[end].fold] && isRoleToken(toks[end], d) == "" && !d.isPlace(toks[end]) && (end+1 >= len(toks) || !isCapWord(toks[end+1])) {
				end++
				break
			}
			if strings.HasSuffix(prev.text, "'s") && (!agencyHeadsEN[trimPoss(prev.fold)] || parentHeads[trimPoss(prev.fold)]) {
				break // "the Treasury Department's Office of …": its parent
			}
			// "the Army's Black Hawk helicopters": after a body's
			// possessive only a unit of it ("the Army's Criminal
			// Investigation Command") goes on with its name.
			if (strings.HasSuffix(prev.text, "'s") || strings.HasSuffix(prev.text, "’s")) && d.lang == "en" {
				q := end
				for q < len(toks) && q-end < 5 && isCapWord(toks[q]) && !d.covered[s][q] {
					q++
				}
				if q == end || !agencyHeadsEN[trimPoss(toks[q-1].fold)] {
					break
				}
			}
			// Inside "of …"/"for …", roles are part of the name: "Office
			// of the UN High Commissioner for Human Rights".
			if nameTok(end) || inComplement && isCapWord(toks[end]) && !d.covered[s][end] && toks[end].inq == t.inq {
				end++
				continue
			}
			// "Seoul Central District Prosecutors' Office".
			if (toks[end].text == "'" || toks[end].text == "’") && strings.HasSuffix(toks[end-1].fold, "s") && end+1 < len(toks) && nameTok(end+1) && agencyHeadsEN[toks[end+1].fold] {
				end += 2
				continue
			}
			// "The Fenwick County Deputy Sheriffs' Association": a role
			// word that goes on with capitalised words to a later head
			// is a word of that longer name ("Fenwick County Sheriff Dale
			// Prentiss": a title before a person's name is not).
			if tk := toks[end]; d.lang == "en" && !inComplement && roleWordsEN[tk.fold] && isCapWord(tk) && !d.covered[s][end] && tk.inq == t.inq {
				q := end + 1
				for q < len(toks) && q-end < 5 && (nameTok(q) && !firstNames[toks[q].fold] ||
					(toks[q].text == "'" || toks[q].text == "’") && strings.HasSuffix(toks[q-1].fold, "s") && q+1 < len(toks) && nameTok(q+1)) {
					q++
				}
				if h := toks[q-1]; q > end+1 && agencyHeadsEN[h.fold] && h.fold != "county" && h.fold != "city" {
					end = q
					continue
				}
			}
			f := toks[end].fold
			// "Organization for Security and Co-operation in Europe": a
			// lexicon name may go on with a place.
			if f == "in" && end+1 < len(toks) && isCapWord(toks[end+1]) && d.x.lx.lookupKey(d.spanText(s, start, end+2)) != nil {
				end += 2
				continue
			}
			// "The Justice Department and the Securities and Exchange
			// Commission": two bodies, not one name. "U.S. Customs and
			// Border Protection": a head that also names a field of
			// administration, joined to another field, is one name.
			if (f == "and" || f == "&") && (end+1 < len(toks) && toks[end+1].fold == "the" || agencyHeadsEN[trimPoss(toks[end-1].fold)] && !inComplement) {
				if j := d.fieldConjunctEN(s, start, end, nameTok); j > end {
					end = j
					continue
				}
				break
			}
			// "Bureau of Alcohol, Tobacco, Firearms and Explosives",
			// "Department for Environment, Food and Rural Affairs": a list
			// of fields inside the complement is the name's.
			if f == "," && inComplement {
				if j := d.fieldListEN(s, end, nameTok); j > end {
					end = j
					continue
				}
			}
			if f == "of" || f == "for" || f == "on" || f == "and" || f == "&" || f == "to" && (hf == "mission" || hf == "embassy" || hf == "delegation") {
				j := end + 1
				if j < len(toks) && toks[j].fold == "the" {
					j++
				}
				if j < len(toks) && (nameTok(j) || isCapWord(toks[j]) && !d.covered[s][j]) {
					end = j
					if f != "and" && f != "&" {
						inComplement = true
					}
					continue
				}
			}
			break
		}
		// "the U.S. Treasury Department's Office of …": a run that ends in
		// a parent's possessive is read with the body it owns.
		if last := toks[end-1]; end < len(toks) && parentHeads[trimPoss(last.fold)] && (strings.HasSuffix(last.text, "'s") || strings.HasSuffix(last.text, "’s")) && isCapWord(toks[end]) {
			continue
		}
		// Trim a trailing word that only follows the name ("Commerce
		// Department Friday" does not occur; "Monday" is a function word).
		for end > i+1 && !nameTok(end-1) && !(inComplement && isCapWord(toks[end-1])) {
			end--
		}
		if start == i && end == i+1 {
			continue // a bare "Department": a description
		}
		// "die Organisation Foodwatch": in German text the shared word
		// opening the run is the descriptor of the name after it.
		if d.lang == "de" && start == i && (hf == "organisation" || hf == "union") && i > 0 && articles[toks[i-1].fold] {
			continue
		}
		// "Es handle sich um „Union Busting“": in German text an English
		// body word that opens a run of capitalised words without "of"
		// or "for" heads no English name (those end in their head), and
		// German names do not open with an English head.
		if d.lang == "de" && start == i && end > i+1 && toks[i+1].fold != "of" && toks[i+1].fold != "for" && toks[i+1].fold != "on" && !agencyHeadsEN[trimPoss(toks[end-1].fold)] {
			continue
		}
		// "Textil Union Bangladesh Ltd.": a company's name that holds a
		// body word; and a short form of a company named before.
		legal := false
		for k := i; k < end+2 && k < len(toks); k++ {
			legal = legal || legalSuffixes[toks[k].text]
		}
		if legal || d.knownShort(fold(d.spanText(s, start, end))) {
			i = end - 1
			continue
		}
		// "Baltic Service Partners", "Union Logistics Holdings": a body
		// word inside a name that ends like a firm's; the firm pattern
		// takes it.
		if d.lang == "en" && end-1 > i && corporateEndsEN[trimPoss(toks[end-1].fold)] {
			i = end - 1
			continue
		}
		// "Sichuan Hongyu Network Technology": a network is a body's
		// name only where it ends it ("Water Defenders Network"); inside
		// a name it is a trade.
		if hf == "network" && end-1 > i {
			continue // a later head ("Federal Network Agency") takes the run
		}
		// "the state Long-Term Care Ombudsman's office": an office
		// holder's office is the body, named with it.
		if l := toks[end-1]; d.lang == "en" && end < len(toks) && toks[end].fold == "office" && !toks[end].cap && trimPoss(l.fold) != l.fold &&
			(trimPoss(l.fold) == "ombudsman" || countyOfficesEN[trimPoss(l.fold)] || roleWordsEN[trimPoss(l.fold)]) {
			end++
		}
		// "the state Department of Environmental Quality": a state's
		// body is named with the word that tells it from the federal
		// one (FORMAT.md: the fullest form the text uses).
		if d.lang == "en" && start >= 2 && toks[start-1].fold == "state" && !toks[start-1].cap && !d.covered[s][start-1] && definiteEN[toks[start-2].fold] {
			start--
		}
		name := d.spanText(s, start, end)
		name = trimPoss(name)
		if strings.EqualFold(strings.Fields(name)[0], "the") {
			name = strings.TrimSpace(name[3:])
		}
		typ := claimgraph.Agency
		for k := start; k < end; k++ {
			if f := toks[k].fold; f == "press" || f == "news" || f == "wire" {
				typ = claimgraph.Publication // "Saudi Press Agency"
			}
		}
		// "Kessland Press Union", "Foreign Press Association": the
		// people of the press, a members' body.
		// "Independent Press Standards Organisation", "Press Complaints
		// Commission": a body that oversees the press.
		if h := trimPoss(toks[end-1].fold); typ == claimgraph.Publication && (h == "union" || h == "association" || h == "federation" || h == "guild" || h == "club" || h == "council" || h == "institute" ||
			h == "organisation" || h == "organization" || h == "commission" || h == "authority" || h == "board" || h == "ombudsman" || h == "regulator" || h == "tribunal") {
			typ = claimgraph.Agency
		}
		// "the Hampton County district attorney", "the Marlow County
		// health department": a county's office named by what it does
		// in lower case is a party of its own, not the county.
		if d.lang == "en" && (trimPoss(toks[end-1].fold) == "county" || trimPoss(toks[end-1].fold) == "city") {
			j := end
			for j < len(toks) && j-end < 3 && toks[j].word && !toks[j].cap && !functionWords[toks[j].fold] && !d.covered[s][j] {
				j++
			}
			for j > end && !(agencyHeadsEN[trimPoss(toks[j-1].fold)] && toks[j-1].fold != "county" || countyOfficesEN[trimPoss(toks[j-1].fold)]) {
				j--
			}
			// "former Harlow County treasurer Gail Morrow": an office
			// held by one person, said right before that person's name,
			// is the person's title; the body is the county.
			if j > end && j < len(toks) && countyOfficesEN[toks[j-1].fold] && isCapWord(toks[j]) && !toks[j].acro && !d.covered[s][j] {
				j = end
			}
			if j > end {
				end = j
				name = trimPoss(d.spanText(s, start, end))
				if strings.EqualFold(strings.Fields(name)[0], "the") {
					name = strings.TrimSpace(name[3:])
				}
			} else if start > 0 && indefinite[toks[start-1].fold] && end < len(toks) && toks[end].word && !toks[end].cap && trimPoss(toks[end-1].fold) == toks[end-1].fold {
				// "A Fenwick County man has filed a lawsuit", "a Marlow
				// County family": after an indefinite article the county
				// says where someone is from.
				d.cover(s, start, end)
				i = end - 1
				continue
			} else if l := toks[end-1]; trimPoss(l.fold) != l.fold && end < len(toks) && !toks[end].cap && (strings.HasSuffix(toks[end].fold, "est") || rankWordsEN[toks[end].fold]) {
				// "Two of Okanee County's largest paving contractors": the
				// county whose biggest firms are meant is a place.
				d.cover(s, start, end)
				i = end - 1
				continue
			}
		}
		// "the U.S. Attorney's Office in Manhattan", "the Chinese Embassy
		// in London": an office of a district or abroad is named with
		// its seat (a court's seat is no part of its name).
		seat := ""
		if d.lang == "en" && end+1 < len(toks) && toks[end].fold == "in" && seatHeadsEN[trimPoss(toks[end-1].fold)] && isCapWord(toks[end+1]) && !d.covered[s][end+1] &&
			(end+2 >= len(toks) || !isCapWord(toks[end+2])) {
			seat = toks[end+1].text
			end += 2
			name = trimPoss(d.spanText(s, start, end))
			if strings.EqualFold(strings.Fields(name)[0], "the") {
				name = strings.TrimSpace(name[3:])
			}
		}
		// "der Bischkeker Handelsfirma Altyn Trade Service": in German
		// text an English name that a German word for a firm introduces,
		// or that opens with one ("die Firma Altyn Trade Service"), is a
		// firm's; the company passes name it.
		if d.lang == "de" && typ == claimgraph.Agency && d.x.lx.lookupKey(name) == nil &&
			(start > 0 && toks[start-1].cap && d.isCompanyDescriptor(toks[start-1]) || d.isCompanyDescriptor(toks[start])) {
			i = end - 1
			continue
		}
		// "Premier League club Ashford United": a league before "club"
		// and a club's name describes the club; it is no party.
		if d.lang == "en" && end+1 < len(toks) && clubNounsEN[toks[end].fold] && isCapWord(toks[end+1]) && !d.covered[s][end+1] {
			d.cover(s, start, end)
			i = end - 1
			continue
		}
		m := &mention{sent: s, t0: start, t1: end, kind: mName, typ: typ, name: name}
		m.generic = possTerritoryEN(toks, end) // "the European Union's eastern border"
		if parentStart >= 0 && parentStart < start {
			m.t0 = parentStart
		}
		if e := d.x.lx.lookupKey(strings.TrimSuffix(name, " in "+seat)); seat != "" && e != nil {
			m.key = e.key + "-" + slug(seat)
		} else if e := d.x.lx.lookupKey(name); e != nil {
			// "batches sold in the European Union": a body the lexicon
			// knows to be often a place is a place after a place
			// preposition, as the lexicon pass reads it.
			if e.actor && d.inPlaceRole(s, m.t0) && !m.generic {
				d.cover(s, m.t0, m.t1)
				i = m.t1 - 1
				continue
			}
			m.key = e.key
			if typ == claimgraph.Agency && (!countryBodyKey(e.key) || possEnd(toks, m.t1)) {
				d.subBody(m, m.t0)
			}
		}
		d.addMention(m)
		i = m.t1 - 1
	}
}

// unionAdjsEN open the names of unions named by their members ("United
// Auto Workers", "Amalgamated Transit Workers").
var unionAdjsEN = set("united", "amalgamated", "associated", "allied", "national", "international", "general", "federated", "independent")

// membersUnionStart returns where the name of a union starts that ends
// in the members' plural at token i ("the United Parcel and Warehouse
// Workers", "the Amalgamated Bakery and Confectionery Workers", "the
// United Auto Workers"), or -1. The name is a run of capitalised words
// after "the", joined by "and" or opened by a union's adjective; a
// trade written small ("warehouse workers") or a run with a place, a
// person or a known party in it is none.
func (d *doc) membersUnionStart(s, i int) int {
	toks := d.sents[s].toks
	// "the National Garment Workers' Alliance", "the Allied Nurses
	// Union": the members' plural inside a longer name.
	if t := toks[i]; strings.HasSuffix(t.text, "'") || strings.HasSuffix(t.text, "’") || i+1 < len(toks) && (isCapWord(toks[i+1]) || toks[i+1].text == "'" || toks[i+1].text == "’") {
		return -1
	}
	k, and := i, false
	for k > 0 && i-k < 6 {
		p := toks[k-1]
		if isCapWord(p) && !d.covered[s][k-1] && !p.acro && !d.isPlace(p) && !firstNames[p.fold] && d.x.lx.lookupKey(p.text) == nil && trimPoss(p.fold) == p.fold {
			k--
			continue
		}
		if p.fold == "and" && !and && k < i && k > 1 && isCapWord(toks[k-2]) {
			and = true
			k--
			continue
		}
		break
	}
	if k == i || toks[k].fold == "and" || k == 0 || toks[k-1].fold != "the" || !and && !unionAdjsEN[toks[k].fold] {
		return -1
	}
	return k
}

// districtFieldsEN are the public fields a district body serves ("Water
// District", "Unified School District", "Municipal Utility District").
var districtFieldsEN = set("water", "school", "schools", "irrigation", "sanitation", "sanitary", "fire", "hospital", "health", "park", "parks",
	"transit", "utility", "utilities", "drainage", "conservation", "library", "sewer", "flood", "levee", "reclamation", "management", "port")

// fieldHeadsEN are body words that also name a field of administration,
// so that another field may be joined to them in one name ("Customs and
// Border Protection", "Police and Crime Service"); fieldEndsEN end such
// fields ("Border Protection", "Excise", "Climate Change").
var fieldHeadsEN = set("customs", "police", "immigration", "revenue")

// pluralVerbsEN are finite verbs that agree with a plural subject only.
var pluralVerbsEN = set("are", "were", "have")

var fieldEndsEN = set("protection", "enforcement", "excise", "customs", "immigration", "security", "affairs", "services", "development",
	"change", "revenue", "safety", "standards", "crime", "welfare", "citizenship", "naturalisation", "naturalization", "trade", "tariffs")

// fieldConjunctEN returns the end of a name that goes on after "and" at
// token end of sentence s, where the run start…end ends in a body word:
// a name the lexicon lists ("U.S. Customs and Border Protection"), or a
// field word joined to another field ("Kessland Customs and Excise");
// else end. "The Justice Department and Treasury officials" stays two.
func (d *doc) fieldConjunctEN(s, start, end int, nameTok func(int) bool) int {
	toks := d.sents[s].toks
	j := end + 1
	for j < len(toks) && j-end <= 4 && nameTok(j) {
		j++
	}
	if j == end+1 || j-end > 4 {
		return end
	}
	if d.x.lx.lookupKey(d.spanText(s, start, j)) != nil {
		return j
	}
	// "The Local Government and Social Care Ombudsman": local
	// government is a field of administration, not a body, where the
	// name goes on to one. A plural verb after the run ("The Local
	// Government and Health Service are …") makes it two.
	localGov := toks[end-1].fold == "government" && end-2 >= start && toks[end-2].fold == "local" && (j >= len(toks) || !pluralVerbsEN[toks[j].fold])
	if !fieldHeadsEN[trimPoss(toks[end-1].fold)] && !localGov || toks[j-1].acro || legalSuffixes[toks[j-1].text] || j < len(toks) && legalSuffixes[toks[j].text] {
		return end
	}
	last := trimPoss(toks[j-1].fold)
	if !fieldEndsEN[last] && !agencyHeadsEN[last] {
		return end
	}
	// Another party of the sentence ("Customs and Harlow Freight") is
	// no field.
	for k := end + 1; k < j; k++ {
		if firstNames[toks[k].fold] || d.x.lx.lookupKey(toks[k].text) != nil && !fieldEndsEN[toks[k].fold] {
			return end
		}
	}
	return j
}

// fieldListEN returns the end of a list of fields after the comma at
// token c of a body's complement ("of Alcohol, Tobacco, Firearms and
// Explosives", "for Environment, Food and Rural Affairs"), else c. The
// items before the last are single capitalised words the lexicon does
// not know as parties; the last follows "and" and ends the run.
func (d *doc) fieldListEN(s, c int, nameTok func(int) bool) int {
	toks := d.sents[s].toks
	j := c
	for n := 0; n < 5 && j < len(toks) && toks[j].text == ","; n++ {
		k := j + 1
		if k < len(toks) && toks[k].fold == "and" {
			break // an Oxford comma before the last item
		}
		if k >= len(toks) || !nameTok(k) || firstNames[toks[k].fold] || d.x.lx.lookupKey(toks[k].text) != nil || k+1 >= len(toks) {
			return c
		}
		j = k + 1
	}
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j+1 >= len(toks) || toks[j].fold != "and" {
		return c
	}
	k := j + 1
	e := k
	for e < len(toks) && e-k < 3 && nameTok(e) && !firstNames[toks[e].fold] && d.x.lx.lookupKey(toks[e].text) == nil {
		e++
	}
	if e == k || e < len(toks) && (isCapWord(toks[e]) || legalSuffixes[toks[e].text]) {
		return c
	}
	return e
}

// ofInstitutionsEN are English institutions named "X of Y", with their
// type ("University of Leeds" is a public body, "Bank of Ireland" a
// firm); ofInstitutionModsEN may stand before them ("Central Bank of").
var ofInstitutionsEN = map[string]claimgraph.EntityType{"university": claimgraph.Agency, "college": claimgraph.Agency, "church": claimgraph.Agency,
	"museum": claimgraph.Agency, "bank": claimgraph.Company, "port": claimgraph.Agency,
	// "the local conservation group Friends of Yarrabee Bushland": a
	// supporters' group is named for what it supports, as German
	// "Förderverein X" is.
	"friends": claimgraph.Agency}

var ofInstitutionModsEN = set("central", "national", "reserve", "state", "royal", "imperial")

// objectAfterDescriptorDE reports whether the German descriptor at i
// ("die Reederei") takes up a company the text introduced with it, so
// that the noun after it, which the text uses nowhere else, followed by
// the rest of the clause in lower case, is the clause's object ("soll
// die Reederei Löhne einbehalten haben").
func (d *doc) objectAfterDescriptorDE(s, i int) bool {
	toks := d.sents[s].toks
	if !(d.lang == "de" && i > 0 && definiteDE[toks[i-1].fold] && i+2 < len(toks) && isCapWord(toks[i+1]) && !toks[i+1].acro && !d.covered[s][i+1] &&
		(germanNounLike(toks[i+1]) || isNounLikeDE(toks[i+1])) && toks[i+2].word && !toks[i+2].cap && !functionWords[toks[i+2].fold] && !prepositions[toks[i+2].fold] &&
		!firstNames[toks[i+1].fold] && d.describedBefore(s, descStem(toks[i])) && !d.runElsewhere(s, i+1, i+2, false)) {
		return false
	}
	// Only in the middle field, after the finite verb: "Die
	// Umweltorganisation Grünwacht aus Leipzig wirft …" opens with its
	// subject's name.
	for j := i - 2; j >= 0 && toks[j].text != ","; j-- {
		if toks[j].word && !toks[j].cap && germanVerbish(toks[j].fold) {
			return true
		}
	}
	return false
}

// countyOfficesEN are the offices of an American county held by one
// person ("district attorney", "sheriff").
var countyOfficesEN = set("attorney", "prosecutor", "sheriff", "coroner", "clerk", "assessor", "treasurer", "solicitor")

// subBody widens the mention m of a known body, whose name starts at
// token i, to a unit of it said right after ("The United Nations human
// rights office", "The European Union's delegation in Velsk", "The
// United Nations peacekeeping mission in Lebanon, UNIFIL,"): the unit is
// a party of its own.
func (d *doc) subBody(m *mention, i int) {
	toks := d.sents[m.sent].toks
	e, acro := d.subBodyEnd(m.sent, m.t1)
	if e == m.t1 {
		return
	}
	if m.t0 > 0 && toks[m.t0-1].fold == "the" {
		m.t0--
	}
	m.t1, m.key = e, ""
	m.name = d.spanText(m.sent, i, e)
	if acro >= 0 {
		m.name = toks[acro].text
		if le := d.x.lx.lookupKey(m.name); le != nil {
			m.key = le.key
		}
	}
}

// apposedAgencyName returns the length of a body's name at token i of
// sentence s that stands in apposition after its description: a name the
// lexicon lists as an agency ("BaFin", "Competition and Markets
// Authority"), or a single capitalised word that is no place, person or
// function word, followed by no other capitalised word ("Ofcom").
func (d *doc) apposedAgencyName(s, i int) int {
	toks := d.sents[s].toks
	if i < 0 || i >= len(toks) {
		return 0 // a descriptor that ends the sentence names nothing after it
	}
	for n := 5; n >= 1; n-- {
		if i+n > len(toks) || !d.free(s, i, i+n) {
			continue
		}
		ok := true
		for k := i; k < i+n; k++ {
			if !(isCapWord(toks[k]) || toks[k].acro && toks[k].word || k > i && k < i+n-1 && (toks[k].fold == "and" || toks[k].fold == "for" || toks[k].fold == "of")) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if e := d.x.lx.lookupKey(trimPoss(d.spanText(s, i, i+n))); e != nil && e.typ == claimgraph.Agency && (i+n >= len(toks) || !isCapWord(toks[i+n])) {
			return n
		}
	}
	t := toks[i]
	if isCapWord(t) && !functionWords[t.fold] && !firstNames[t.fold] && !d.isPlace(t) && !sentenceOpeners[t.fold] && d.free(s, i, i+1) &&
		d.x.lx.lookupKey(trimPoss(t.text)) == nil && (i+1 >= len(toks) || !isCapWord(toks[i+1]) && toks[i+1].text != "(") {
		return 1
	}
	return 0
}

// nameParticles join the capitalised words of a name in many languages
// ("Coimisiún na Meán", "Banco de España", "Autoriteit van …").
var nameParticles = set("na", "an", "de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "del", "della", "y", "i", "of", "for", "and")

// commaApposedName returns the length of a name that stands between
// commas after the comma at i ("…, Coimisiún na Meán, which …"), or 0.
func (d *doc) commaApposedName(s, i int) int {
	toks := d.sents[s].toks
	if i >= len(toks) || toks[i].text != "," {
		return 0
	}
	j := i + 1
	for j < len(toks) && j-i <= 6 && !d.covered[s][j] && (isCapWord(toks[j]) || toks[j].acro && toks[j].word || j > i+1 && nameParticles[toks[j].fold] && !toks[j].cap && j+1 < len(toks) && isCapWord(toks[j+1])) {
		j++
	}
	n := j - (i + 1)
	if n == 0 || j >= len(toks) || toks[j].text != "," && toks[j].text != "." && toks[j].text != "(" {
		return 0
	}
	// A person ("…'s media regulator, Anna Berg, said"): a first name.
	if firstNames[toks[i+1].fold] || d.isPlace(toks[i+1]) && n == 1 {
		return 0
	}
	// Two plain capitalised words may be a person's name the text gives
	// no first name for; a body's name has a body's word.
	if n == 2 && !toks[i+1].acro && !toks[i+2].acro && !agencyHeadsEN[toks[i+2].fold] && !weakSuffixes[toks[i+2].fold] && !publicFieldWordsEN[toks[i+1].fold] {
		return 0
	}
	return n
}

func isAdjEN(f string) bool {
	for _, e := range []string{"ish", "ese", "ian", "an", "ic", "ch"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// legalForms as written: a name ending in one is a company.
var legalSuffixes = map[string]bool{
	"AG": true, "GmbH": true, "SE": true, "KG": true, "KGaA": true, "AöR": true, "AB": true, "plc": true, "PLC": true, "Plc": true,
	"Inc.": true, "Inc": true, "Corp.": true, "Corp": true, "Ltd": true, "Ltd.": true, "LLP": true, "LLC": true,
	"FZE": true, "FZCO": true, "S.A.": true, "SA": true, "N.V.": true, "NV": true, "B.V.": true, "BV": true,
	"S.p.A.": true, "SpA": true, "ASA": true, "Oyj": true, "Pte": true, "Pty": true, "LP": true, "UG": true, "OHG": true,
	"mbH": true, "Co.": true, "A/S": true, "S.à": true, "Limited": true, "Corporation": true, "Incorporated": true,
	"GmbH & Co. KG": true, "e.V.": true, "LLP.": true, "LLC.": true, "Plc.": true, "PLC.": true, "AG.": true,
	"SE.": true, "AB.": true, "FZE.": true, "KG.": true, "NV.": true, "BV.": true, "GmbH.": true, "Limited.": true,
	"Bhd": true, "Bhd.": true, "Cie.": true, "KGaA.": true, "OHG.": true, "eG": true, "S.L.": true, "S.R.L.": true, "Srl": true,
	"S.r.l.": true, "SAS": true, "S.A.S.": true, "AS": true, "Oy": true, "K.K.": true, "Ltda.": true, "Ltda": true,
	"a.s.": true, "s.r.o.": true, "A.S.": true, "S.R.O.": true, "Sp.": true, "SARL": true, "S.à.r.l.": true, "PJSC": true, "JSC": true, "OJSC": true,
	"Pvt": true, "Tbk": true,
	// Baltic, Danish, Hungarian and Balkan forms: "Baltrex Trading SIA".
	"SIA": true, "UAB": true, "OÜ": true, "ApS": true, "Kft.": true, "Kft": true, "Zrt.": true, "d.o.o.": true,
	// Bulgarian, Hungarian, Croatian, Turkish, Peruvian and Icelandic
	// forms: "Sofiiski Avtobusen Transport EAD", "Rába Nyrt.".
	// "Herbergswerk Nordheide gGmbH": a German non-profit company.
	"gGmbH": true, "gUG": true,
	"EAD": true, "EOOD": true, "OOD": true, "Nyrt.": true, "Nyrt": true, "Zrt": true, "d.d.": true, "A.Ş.": true, "S.A.C.": true, "ehf.": true, "hf.": true,
}

// weakSuffixes end company names too, but only after another name word.
// weakCompoundDE: a German compound on "-gruppe" after a capitalised
// word that is no adjective, place or noun of another kind ("die
// Brenntal Handelsgruppe", "der Lindqvist Mediengruppe"): German joins
// two nouns into one word, so a bare word before the compound is a name.
func (d *doc) weakCompoundDE(s, j int) bool {
	toks := d.sents[s].toks
	f := toks[j].fold
	if d.lang != "de" || j == 0 || !strings.HasSuffix(f, "gruppe") || len(f) <= len("gruppe")+3 {
		return false
	}
	p := toks[j-1]
	return isCapWord(p) && !p.acro && !isAdjDE(p) && !nameAdjDE(p) && !d.isPlace(p) && !d.covered[s][j-1] && germanHead(p) == "" && !d.isCompanyDescriptor(p) && isRoleToken(p, d) == "" &&
		!(j > 1 && (prepositions[toks[j-2].fold] && !articles[toks[j-2].fold]))
}

// tradeSurnamesEN are trade words of weakSuffixes that are common
// English surnames too.
var tradeSurnamesEN = set("mills", "power", "steel", "banks")

var weakSuffixes = set("group", "holding", "holdings", "partners", "capital", "ventures", "securities", "kapital",
	"technologies", "technology", "systems", "motors", "pharma", "logistics", "energy", "industries", "airlines",
	"shipping", "works", "werke", "stahlwerke", "solutions", "labs", "media", "robotics", "automation",
	"semiconductor", "semiconductors", "biotech", "foods", "brands", "networks", "software", "electronics",
	"resources", "mining", "chemicals", "investments", "advisors", "advisers", "associates", "insurance", "health",
	"therapeutics", "aerospace", "telecom", "communications", "entertainment", "studios", "automotive",
	"baustoffe", "medizintechnik", "hydrogen", "energie", "energiehandel", "immobilien", "gruppe", "freight",
	"kabelwerke", "biotech", "versicherung", "bank", "financial", "finance", "pharmaceuticals", "dynamics",
	"manufacturing", "transport", "trading", "vision", "platforms", "enterprises", "laboratories", "research",
	"analytics", "consulting", "advisory", "partnership", "markets", "airways", "exchange", "plan", "fund", "funds", "trust",
	"defence", "defense", "security", "aviation", "water", "power", "gas", "electric", "rail", "oil", "steel", "textiles", "marine",
	// trades that end the names of mills, shops and builders ("Norbeck
	// Mills", "Kessling Retail", "Arlow Construction")
	"mills", "retail", "farms", "apparel", "brewing", "brewery", "construction", "engineering", "properties", "realty", "leasing", "outfitters", "stores",
	// advisers' and insolvency firms ("Marlow Begg Restructuring")
	"restructuring", "recovery", "consultants", "accountants", "solicitors",
	// builders, landlords, makers and utilities ("Pennine Homes",
	// "Vale Packaging", "Northwind Renewables")
	"homes", "estates", "developments", "hotels", "resorts", "supplies", "products", "materials", "packaging",
	"plastics", "metals", "beverages", "dairies", "healthcare", "renewables", "utilities", "broadband", "cruises",
	// service firms and sports brands ("Keystone Property Services",
	// "Volta Sports")
	"services", "sports",
	// makers of instruments and parts ("Clearpath Optics", "Veldhoven
	// Photonics", "Kestrel Diagnostics")
	"optics", "photonics", "instruments", "devices", "components", "sensors", "imaging", "diagnostics", "biosciences", "lifesciences",
	// venues that employ and contract ("the Lantern Playhouse", "Kellmoor
	// Theatre")
	"playhouse", "theatre", "theater", "cinemas")

// legalTail extends a legal form at j over the words that continue it:
// "GmbH & Co. KG", "& Cie. KGaA", "Co., Ltd.", "Sdn Bhd". It returns the
// index of the form's last token.
func legalTail(toks []token, j int) int {
	for {
		switch {
		case j+2 < len(toks) && toks[j+1].text == "&" && coWords[toks[j+2].fold]:
			j += 2
		case j+2 < len(toks) && toks[j+1].text == "," && coWords[toks[j].fold] && legalSuffixes[toks[j+2].text]:
			j += 2
		case j+1 < len(toks) && legalSuffixes[toks[j+1].text] && (coWords[toks[j].fold] || legalPrefixes[toks[j].text]):
			j++
		default:
			return j
		}
	}
}

// coWords stand in legal forms after "&" ("& Co. KG", "& Cie. KGaA").
var coWords = set("co.", "co", "cie.", "cie")

// legalPrefixes are legal forms that another one may follow ("GmbH & Co.
// KG" aside): "Sdn Bhd", "Pty Ltd", "AG & Co. KGaA".
var legalPrefixes = map[string]bool{"Sdn": true, "Sdn.": true, "Pty": true, "Pte": true, "Pty.": true, "Pte.": true}

// notAdjErDE are lower-case words in -er that are no adjectives.
var notAdjErDE = set("wieder", "weiter", "immer", "später", "spaeter", "aber", "oder", "außer", "ausser", "lieber", "eher", "bisher", "daher",
	"vorher", "nachher", "seither", "hier", "mehr", "sehr", "ihr", "unter", "über", "ueber", "hinter", "nie", "jeder", "aller", "dieser", "jener",
	"mancher", "solcher", "welcher", "einer", "keiner", "meiner", "seiner", "ihrer", "unserer", "euer", "sicher", "sowieso", "derer", "deren", "erneuter")

// lowerGenitivePluralAdjDE reports a lower-case adjective in the strong
// genitive plural ("kommunaler", "privater", "forschender").
func lowerGenitivePluralAdjDE(t token) bool {
	return t.word && !t.cap && len(t.fold) >= 6 && strings.HasSuffix(t.fold, "er") && !functionWords[t.fold] && !prepositions[t.fold] && !notAdjErDE[t.fold]
}

// pluralNounShapeDE reports a capitalised noun that can be a plural
// ("Kliniken", "Unternehmen", "Hersteller", "Schulen").
func pluralNounShapeDE(t token) bool {
	f := t.fold
	return !t.acro && (strings.HasSuffix(f, "en") || strings.HasSuffix(f, "er") || strings.HasSuffix(f, "e") || strings.HasSuffix(f, "eln"))
}

// placeGenitiveDE reports the genitive in -s of a German Land or town
// the lists know ("Sachsens", "Bayerns", "Hamburgs"). Countries are left
// to the lexicon, which knows their organs.
func (d *doc) placeGenitiveDE(t token) bool {
	if !t.cap || t.acro || !strings.HasSuffix(t.text, "s") || len(t.text) < 4 {
		return false
	}
	r := []rune(strings.TrimSuffix(t.text, "s"))
	return cities[newToken(r, 0, len(r)).fold]
}

// initialsOpen reports whether the initials of the capitalised words ts
// open the acronym acr ("Deutscher Olympischer Sportbund" and "DOSB").
func initialsOpen(ts []token, acr string) bool {
	a := []rune(strings.ToUpper(acr))
	n := 0
	for _, t := range ts {
		if !t.cap {
			continue
		}
		r := []rune(strings.ToUpper(t.text))
		if n >= len(a) || r[0] != a[n] {
			return false
		}
		n++
	}
	return n > 0
}

// legalNameAt reports a firm's name at token k that ends in a legal form
// within five capitalised words ("Nordcert Audit GmbH", "Hochmoor
// Milchwerke eG").
func legalNameAt(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		if j > k && (legalSuffixes[toks[j].text] || legalSuffixes[trimPoss(toks[j].text)]) {
			return true
		}
		if !isCapWord(toks[j]) && toks[j].text != "&" {
			return false
		}
	}
	return false
}

// typeNamedBefore reports whether a sentence before s names a body of type
// typ: "die Behörde" after "das Hauptzollamt Gießen" takes it up ("legt
// die Behörde Beihilfe zur Steuerhinterziehung zur Last"), "habe das
// Unternehmen Gülle in einen Graben geleitet" after "die Hanfried Eier
// GmbH".
func (d *doc) typeNamedBefore(s int, typ claimgraph.EntityType) bool {
	for os := 0; os < s; os++ {
		for _, m := range d.ments[os] {
			if m.kind == mName && m.typ == typ {
				return true
			}
		}
	}
	return false
}

// referBackFirmsDE are the general words for a business that take up one
// named before ("das Unternehmen", "die Firma").
var referBackFirmsDE = set("unternehmen", "firma", "konzern")

// evCompoundDE reports a compound of an association word that opens a
// registered association's name ("Bürgerverein", "Förderverein",
// "Heimatbund"); the bare "Verein" describes it ("der Verein Tierhilfe
// Nord e.V.").
func evCompoundDE(t token) bool {
	h := germanHead(t)
	return associationHeadsDE[h] && len(t.fold) > len(h)+2 || t.cap && supportersBodyDE(t.fold)
}

// houseWordsDE end German words for a firm's house that open its name
// ("Drogeriekette Brenner", "Prüfinstitut Kessling", "Reederei Falkensund");
// houseWordsBareDE may stand uncompounded there ("Spedition Kastner"),
// the rest only in a compound ("Privatbank", not "Bank").
var houseWordsDE = []string{"erei", "kette", "institut", "labor", "bank", "klinik", "kanzlei", "spedition", "werft", "verlag", "bankhaus", "autohaus", "modehaus", "kaufhaus", "apotheke"}

var houseWordsBareDE = set("spedition", "werft", "kanzlei", "verlag", "institut", "klinik", "apotheke")

// houseWordDE returns the nominative of a German word for a firm's house
// (see houseWordsDE), "" for another word: "des Prüfinstituts" gives
// "Prüfinstitut".
func houseWordDE(t token) string {
	if !t.cap || t.acro || strings.Contains(t.text, "-") || !t.word {
		return ""
	}
	f, text := t.fold, t.text
	for _, cut := range []int{0, 1, 2} {
		if cut > 0 && (len(f) <= cut || !strings.HasSuffix(f, "es"[2-cut:])) {
			continue
		}
		g := f[:len(f)-cut]
		for _, h := range houseWordsDE {
			if strings.HasSuffix(g, h) && (len(g) > len(h)+2 || g == h && houseWordsBareDE[h]) && len(g) <= 22 {
				// Feminine house words take no genitive "-s".
				if cut > 0 && (h == "erei" || h == "kette" || h == "bank" || h == "klinik" || h == "kanzlei" || h == "spedition" || h == "werft" || h == "apotheke") {
					return ""
				}
				r := []rune(text)
				return string(r[:len(r)-cut])
			}
		}
	}
	return ""
}

// tradeShopDE reports the uncompounded word of a trade's shop in -erei
// ("Bäckerei", "Wäscherei", "Brauerei", "Reederei"), which German firm
// names open with.
func tradeShopDE(t token) bool {
	f := t.fold
	return t.cap && !t.acro && strings.HasSuffix(f, "erei") && len(f) <= 10 && companyDescriptorSetDE[f]
}

// commonNounHeadsDE end German compounds that say what kind of body or
// firm something is ("Zertifizierungsstelle", "Molkereigenossenschaft",
// "Entsorgungsbetrieb"), no name words.
var commonNounHeadsDE = []string{"stelle", "genossenschaft", "gesellschaft", "betrieb", "unternehmen", "konzern", "firma", "hersteller", "anbieter", "dienstleister", "betreiber"}

// commonCompoundDE reports a capitalised German compound of a common noun
// head (see commonNounHeadsDE), written as one lower-case word after its
// capital: no acronym, camel-case brand or hyphenated name.
func commonCompoundDE(t token) bool {
	if !t.cap || t.acro || strings.Contains(t.text, "-") || len(t.fold) < 9 {
		return false
	}
	for _, r := range []rune(t.text)[1:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	for _, h := range commonNounHeadsDE {
		if strings.HasSuffix(t.fold, h) && len(t.fold) >= len(h)+4 {
			return true
		}
	}
	return false
}

// keepInName are descriptor words that may be part of a name before a
// legal form ("Deutsche Bank AG", "Sound Shipping FZE").
var keepInName = set("bank", "gruppe", "group", "holding", "holdings", "partner", "partners", "dienst", "plattform", "fonds",
	"kette", "mutter", "tochter", "kunde", "sender", "shipping", "tanker", "capital", "fund", "trust", "services", "service")

func (d *doc) isCompanyDescriptor(t token) bool {
	if companyDescriptorsEN[trimPoss(t.fold)] {
		return true
	}
	// "shipbuilder", "steelmaker", "homebuilder": an English compound of
	// a trade and a descriptor.
	if d.lang == "en" && !t.cap {
		f := trimPoss(t.fold)
		for _, suf := range []string{"builder", "maker", "producer", "operator", "manufacturer", "supplier", "retailer", "provider", "developer", "exporter", "trader", "company", "firm",
			"broker", "insurer", "lender", "shipowner"} { // "shipbroker", "stockbroker", "reinsurer", "moneylender"
			if strings.HasSuffix(f, suf) && len(f) > len(suf)+2 {
				return true
			}
		}
	}
	if d.lang == "de" || t.cap {
		desc := d.x.descIx.match(t.fold)
		// "die Nordbank", "der Südfrachter": a compass point opens a
		// firm's name, never a description of its trade.
		if desc != "" && d.lang == "de" && len(t.fold) > len(desc)+2 {
			for _, p := range compassPrefixesDE {
				if strings.HasPrefix(t.fold, p) && len(t.fold)-len(desc) == len(p) {
					return false
				}
			}
		}
		if desc != "" {
			return true
		}
	}
	// "dem Dax-Aspiranten", "der MDax-Wert": a compound on a stock index
	// means a listed company.
	if d.lang == "de" && t.cap {
		if i := strings.Index(t.fold, "-"); i > 0 && stockIndexesDE[t.fold[:i]] && len(t.fold) > i+3 {
			return true
		}
	}
	return false
}

// compassFirmPassDE names the firms of a compass point and a trade
// ("die Nordbank", "der Westfrachter"), which isCompanyDescriptor takes
// for no description.
func (d *doc) compassFirmPassDE(s int) {
	if d.lang != "de" {
		return
	}
	toks := d.sents[s].toks
	for i, t := range toks {
		if !t.cap || !t.word || t.acro || t.inq || d.covered[s][i] || d.isCompanyDescriptor(t) {
			continue
		}
		desc := d.x.descIx.match(t.fold)
		if desc == "" || i+1 < len(toks) && isCapWord(toks[i+1]) {
			continue
		}
		name := trimPoss(t.text)
		// "der Nordbank", "des Westfrachters": the base form.
		if i > 0 && (toks[i-1].fold == "des" || toks[i-1].fold == "eines") && strings.HasSuffix(name, "s") && !strings.HasSuffix(desc, "s") {
			name = strings.TrimSuffix(name, "s")
		}
		d.addMention(&mention{sent: s, t0: i, t1: i + 1, kind: mName, typ: claimgraph.Company, name: name})
	}
}

// compassPrefixesDE open German compounds that name a firm by its region
// ("Nordbank", "Westfracht").
var compassPrefixesDE = []string{"nord", "sued", "süd", "ost", "west", "nordost", "nordwest", "suedost", "südost", "suedwest", "südwest"}

// compassRegionDE reports a region named by a compass point and a
// capitalised name ("Südbaden", "Ostwestfalen", "Nordhessen").
func compassRegionDE(t token) bool {
	if !t.cap || t.acro || strings.Contains(t.text, "-") || germanHead(t) != "" || isNounLikeDE(t) {
		return false
	}
	for _, p := range compassPrefixesDE {
		if strings.HasPrefix(t.fold, p) && len(t.fold) >= len(p)+4 {
			return true
		}
	}
	return false
}

// stockIndexesDE are the indexes a German compound names a listed
// company by.
var stockIndexesDE = set("dax", "mdax", "sdax", "tecdax", "nasdaq", "stoxx", "euro-stoxx")

// namedCompanyPrefix reports a company named before whose name opens
// with the words p and goes on ("Atlantic Deicing" of "Atlantic Deicing
// Co.").
func (d *doc) namedCompanyPrefix(p string) bool {
	p = fold(p) + " "
	for _, e := range d.ents {
		if e.typ == claimgraph.Company && !e.dead && strings.HasPrefix(fold(e.name), p) {
			return true
		}
	}
	return false
}

// legalFormPass finds company names that end in a legal form or a typical
// last word ("Veltrano Logistics AG", "Larkmoor Capital Partners").
func (d *doc) legalFormPass(s int) {
	toks := d.sents[s].toks
	for j := 0; j < len(toks); j++ {
		t := toks[j]
		strong := legalSuffixes[t.text] || legalSuffixes[trimPoss(t.text)]
		// "Skylark Air", "Norse Air": an airline ("Clean Air", "Fresh
		// Air" are campaigns).
		airline := d.lang == "en" && trimPoss(t.fold) == "air" && j > 0 && isCapWord(toks[j-1]) && !airAdjectives[toks[j-1].fold]
		// "Ashgrove Private Bank's Mayfair branch": a possessive ends the
		// name whatever capitalised word follows.
		poss := d.lang == "en" && j > 0 && (strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s"))
		// "Tasman Parts Supply": a supply firm's last word (within a name,
		// "Conflict Supply Watch", it is no trade).
		supplyFirm := d.lang == "en" && trimPoss(t.fold) == "supply"
		weak := !strong && t.cap && (weakSuffixes[trimPoss(t.fold)] || airline || supplyFirm || d.weakCompoundDE(s, j)) && (j+1 >= len(toks) || !isCapWord(toks[j+1]) || legalSuffixes[toks[j+1].text] || poss)
		// "Sierra Vista Power & Light", "Pacific Gas & Electric": a trade
		// before "&" and another capitalised word ends no name; the name
		// goes on after the ampersand.
		if weak && j+2 < len(toks) && toks[j+1].text == "&" && isCapWord(toks[j+2]) && !d.covered[s][j+2] && !strings.HasSuffix(t.text, "'s") {
			weak = false
		}
		if !strong && !weak || d.covered[s][j] {
			continue
		}
		if weak && j+1 < len(toks) && legalSuffixes[toks[j+1].text] {
			continue // the strong suffix that follows will take it
		}
		// "said Karen Mills", "Samantha Power": a known first name and a
		// trade word that is also a common surname is a person.
		if weak && d.lang == "en" && j > 0 && tradeSurnamesEN[trimPoss(t.fold)] && firstNames[toks[j-1].fold] && !d.covered[s][j-1] && (j < 2 || !isCapWord(toks[j-2]) || sentenceOpeners[toks[j-2].fold]) {
			continue
		}
		j0 := j
		if strong {
			j = legalTail(toks, j)
		}
		k := j0 - 1
		extended := false
		for k >= 0 && j-k <= 8 {
			tk := toks[k]
			if d.covered[s][k] {
				// "KPMG Accountants N.V.", "Ernst & Young ShinNihon LLC":
				// a known brand's national firm; the mention grows.
				// ("der Volksbank Westerwald eG": a name another pass
				// found grows by its legal form.)
				if m := d.mentionAt(s, k); m != nil && m.t1 == k+1 && m.typ == claimgraph.Company && m.kind == mName && (k+1 < j0 || k+1 == j0 && strong && m.t1-m.t0 >= 2) && d.free(s, k+1, j+1) {
					m.t1 = j + 1
					m.name = trimPoss(d.spanText(s, m.t0, j+1))
					m.key = ""
					d.cover(s, k+1, j+1)
					extended = true
				}
				break
			}
			if tk.text == "&" && k > 0 && isCapWord(toks[k-1]) {
				k--
				continue
			}
			// "Harbour Town Supporters' Trust": a plural possessive
			// inside the name.
			// "Ontario Teachers' Pension Plan": also before an inner word
			// (the run is contiguous: k is its first word's neighbour), not
			// after a place ("the Bahamas' Development Bank").
			if (tk.text == "'" || tk.text == "’") && k > 0 && isCapWord(toks[k-1]) && strings.HasSuffix(toks[k-1].fold, "s") && !d.covered[s][k-1] && (k == j0-1 || !d.isPlace(toks[k-1])) {
				k--
				continue
			}
			// "Stolzer Hoch- und Tiefbau GmbH": an elliptic compound.
			if (tk.fold == "und" || tk.fold == "and") && k > 0 && strings.HasSuffix(toks[k-1].text, "-") && isCapWord(toks[k-1]) {
				k--
				continue
			}
			// "Harrowfield and Wyre Valley NHS Trust": the health
			// service's trusts are named by the places they serve, joined
			// by "and".
			if d.lang == "en" && weak && tk.fold == "and" && k > 0 && isCapWord(toks[k-1]) && !d.covered[s][k-1] && !d.covered[s][k] && containsText(toks[k+1:j0], "NHS") {
				k--
				continue
			}
			// "Dialogwerk Mitte GmbH": a capitalised word that is mostly a
			// function word ("Mitte März") is a name word between names.
			// "der Bürgerverein Maartal e.V.", "des Fördervereins Alte
			// Mühle e.V.": a registered association's name opens with its
			// association word.
			if ev := toks[j].text; d.lang == "de" && (ev == "e.V." || ev == "e. V." || ev == "e.V") && k < j0-1 && evCompoundDE(tk) && !d.covered[s][k] {
				k--
				break
			}
			inner := tk.word && tk.cap && !tk.num && k > 0 && isCapWord(toks[k-1]) && !d.covered[s][k-1]
			if !(isCapWord(tk) || tk.acro || inner) || tk.inq != t.inq {
				break
			}
			// "Nordbank AG", "Commerzbank AG": the word right before the
			// legal form is the name itself, whatever it ends in.
			// "Heidekreis Recycling GmbH": a region's compound ("-kreis",
			// "-bezirk") is a place word of the name, not a body.
			// ("der Elbwerft Linien AG" … "Elbwerft bestreitet das": a
			// descriptor-like word the text uses without an article is a
			// name word.)
			// "die Wäscherei Quandtner GmbH & Co. KG", "der Brauerei Kolbe
			// KG": a trade's shop word before a single name word opens
			// the firm's registered name, as German family firms are
			// named; a compound ("Großwäscherei") or a name of several
			// words after it ("Reederei Hallig Fracht AG") is a
			// description.
			shopName := d.lang == "de" && strong && k == j0-2 && tradeShopDE(tk) && isCapWord(toks[k+1]) && !toks[k+1].acro
			// ("die Wasserwerke Elbtal AöR": a utility's word opens its
			// name.)
			if k < j0-1 && !shopName && !(d.lang == "de" && utilityWordDE(tk)) && (d.isCompanyDescriptor(tk) && !keepInName[trimPoss(tk.fold)] && !d.bareElsewhere(s, k) || isRoleToken(tk, d) != "" || germanHead(tk) != "" && d.lang == "de" && !regionCompoundDE(tk)) {
				break
			}
			// "Hong Kong-based Tianheng …": a place phrase, no name word.
			if strings.HasSuffix(tk.fold, "-based") || strings.HasSuffix(tk.fold, "-listed") {
				break
			}
			if d.isPlace(tk) && k+1 < j && !tk.cap {
				break
			}
			k--
		}
		if extended {
			continue
		}
		first := k + 1
		// "Germany's Kastler Glaswerke AG", "Ohio's Crandall Freight
		// Lines Inc.": a possessive before further name words says where
		// the company sits; the name starts after it when the possessor
		// is a country or the next word stands alone elsewhere
		// ("Kastler"). ("McDonald's Corp", "Moody's Investors Service":
		// the possessive right before the legal form, or a name the text
		// never shortens, keeps it.)
		if d.placePossessor(s, first, j0) {
			first++
		}
		// "dem Babyausstatter Lullavo GmbH": a first word the text never
		// uses again, before a word it uses alone, describes the company.
		// ("der Bürgerverein Maartal e.V.": a registered association's
		// name opens with its association word.)
		evName := d.lang == "de" && (toks[j].text == "e.V." || toks[j].text == "e. V." || toks[j].text == "e.V") && first < j0 && evCompoundDE(toks[first])
		if d.lang == "de" && first+1 < j0 && !evName && d.descriptorByArticle(s, first) {
			first++
		}
		// "Die Verbraucherorganisation Tellerwächter e.V." … "Tellerwächter
		// hält an seiner Darstellung fest": a compound of what kind of
		// body it is, before a name the text uses alone as a party, says
		// what the body is; the registered name starts after it. A
		// body's place after its word ("der Bürgerverein Maarbach e.V.",
		// "in Maarbach") keeps the word in the name.
		// ("der Förderverein Kreisklinik Altmühlried e.V.": a supporters'
		// association is named for what it supports, so its word stays
		// in the name; the house it supports is another party.)
		if d.lang == "de" && first+1 < j0 && bodyKindCompoundDE(toks[first]) && isCapWord(toks[first+1]) && !toks[first+1].acro &&
			!d.isPlace(toks[first+1]) && !placeShapedDE(toks[first+1].fold) && !supportersBodyDE(toks[first].fold) &&
			d.partyElsewhereDE(s, first+1, toks[first].fold) {
			first++
		}
		// "die Molkereigenossenschaft Hochmoor Milchwerke eG", "der
		// Zertifizierungsstelle AgroCert Prüfgesellschaft mbH": a
		// compound common noun before a name of two words or more that
		// the text uses without it ("Hochmoor weist … zurück") says what
		// the company is.
		if d.lang == "de" && first+2 < j0 && !evName && commonCompoundDE(toks[first]) && !d.bareElsewhere(s, first) && d.aloneElsewhere(s, first+1, toks[first].fold) {
			first++
		}
		// "die Stuttgarter Vellmar AG", "der Hamburger Nordhafen Bank
		// AG": a known town's adjective before the name says where the
		// company sits; the name starts after it (names the lexicon
		// knows, "Münchener Rück", keep theirs).
		if d.lang == "de" && first+1 < j0 && knownTownAdjDE(toks[first]) && d.x.lx.lookupKey(d.spanText(s, first, j+1)) == nil && d.aloneElsewhere(s, first+1, toks[first].fold) {
			first++
		}
		// Keep "S.A." and the like off the start; need a core word.
		if first >= j0 {
			continue
		}
		if weak {
			// A lone sentence-initial word plus a weak suffix is too
			// little ("Shares Group"?); demand a non-function first word.
			if functionWords[toks[first].fold] || sentenceOpeners[toks[first].fold] && first == 0 {
				first++
				if first >= j0 {
					continue
				}
			}
		}
		for first < j && (functionWords[toks[first].fold] || first == 0 && sentenceOpeners[toks[first].fold]) {
			first++
		}
		if first >= j0 {
			continue
		}
		// "Tasman Parts Supply": a supply firm has a name of its own
		// before its trade; "Water Supply was cut" is the service.
		if weak && trimPoss(toks[j].fold) == "supply" && j-first < 2 {
			continue
		}
		name := trimPoss(d.spanText(s, first, j+1))
		if strings.HasSuffix(toks[j].text, "'s") || strings.HasSuffix(toks[j].text, "’s") {
			name = trimPoss(name)
		}
		m := &mention{sent: s, t0: first, t1: j + 1, kind: mName, typ: claimgraph.Company, name: name}
		// "Tierhilfe Nord e.V.": a registered association is no business.
		// "Wasserwerke Elbtal AöR": an institution under public law is
		// a public body.
		if t := toks[j].text; t == "e.V." || t == "e. V." || t == "e.V" || t == "AöR" {
			m.typ = claimgraph.Agency
		}
		// "anglers' group Clearwater Trust", "campaign group Riverside
		// Trust": a trust the text calls a group of people is a body.
		if weak && d.lang == "en" && first > 1 && toks[first-1].fold == "group" && !toks[first-1].cap &&
			(advocacyWords[toks[first-2].fold] || strings.HasSuffix(toks[first-2].text, "s'") || strings.HasSuffix(toks[first-2].text, "s’") ||
				(toks[first-2].text == "'" || toks[first-2].text == "’") && first > 2 && strings.HasSuffix(toks[first-3].fold, "s")) {
			m.typ = claimgraph.Agency
		}
		// "Child Protective Services", "Kenya Wildlife Services": services
		// of a public field are a public body's.
		if weak && toks[j].fold == "services" && j-1 >= first && publicServiceFieldsEN[trimPoss(toks[j-1].fold)] {
			m.typ = claimgraph.Agency
		}
		// "Southgate Hospitals NHS Trust": a trust of the public health
		// service is a public body.
		if weak && toks[j].fold == "trust" && containsText(toks[first:j], "NHS") {
			m.typ = claimgraph.Agency
		}
		// "Kilbrack Education Trust", "Northfield Academies Trust": a trust
		// that runs schools is a public body, no investment trust.
		if weak && toks[j].fold == "trust" && j-1 >= first && schoolTrustWordsEN[toks[j-1].fold] {
			m.typ = claimgraph.Agency
		}
		// "Harbour Town Supporters' Trust", "Kelso Fans Trust": a trust of
		// the people it speaks for is a body, no investment trust.
		if weak && toks[j].fold == "trust" && j-1 >= first {
			p := j - 1
			if toks[p].text == "'" || toks[p].text == "’" {
				p--
			}
			if p >= first && trustMembersEN[toks[p].fold] {
				m.typ = claimgraph.Agency
			}
		}
		// "Mill Lane Action Group", "Harbour Residents Group", "Brue Valley
		// River Trust": a group or trust named for the cause it campaigns
		// for or the people it speaks for is a body, no business group.
		if weak && d.lang == "en" && (toks[j].fold == "group" || toks[j].fold == "trust") && j-1 >= first {
			p := j - 1
			if toks[p].text == "'" || toks[p].text == "’" {
				p--
			}
			if p >= first && causeGroupWordsEN[trimPoss(toks[p].fold)] {
				m.typ = claimgraph.Agency
			}
		}
		// "the business newspaper Dagens Kapital", "das Wirtschaftsmagazin
		// Nordkapital Invest": an outlet's descriptor right before the
		// name says what it is; a business word at its end only names
		// its field.
		if weak && first > 0 {
			if p := toks[first-1]; d.lang == "en" && !p.cap && outletAppositions[p.fold] || d.lang == "de" && p.cap && outletDescriptorDE(p.fold) {
				m.typ = claimgraph.Publication
			}
		}
		// … "accuses Dagens Kapital of ignoring documents": the outlet
		// introduced so, named again.
		if weak && m.typ == claimgraph.Company {
			for _, e := range d.ents {
				if e.typ == claimgraph.Publication && !e.dead && fold(e.name) == fold(name) {
					m.typ = claimgraph.Publication
					break
				}
			}
		}
		if e := d.x.lx.lookupKey(name); e != nil {
			m.key = e.key
		}
		d.addMention(m)
	}
	d.ampersandNames(s)
}

// corporateEndsEN end only the names of firms: a body word before them
// ("Baltic Service Partners") is a word of a firm's name.
var corporateEndsEN = set("partners", "holdings", "holding", "solutions", "technologies", "ventures", "capital", "logistics", "associates",
	"consulting", "consultants", "enterprises", "industries", "systems", "labs", "networks", "brokers", "securities", "investments")

// airAdjectives make "Air" the air, no airline's last word.
var airAdjectives = set("clean", "fresh", "open", "hot", "thin", "free", "pure", "better", "healthy", "safe", "cleaner")

// publicServiceFieldsEN are the fields of public services ("Child
// Protective Services", "Emergency Medical Services").
var publicServiceFieldsEN = set("protective", "social", "health", "human", "public", "emergency", "medical", "wildlife", "family", "children", "child",
	"veterans", "correctional", "corrections", "revenue", "immigration", "citizenship", "prison", "probation", "fire", "ambulance", "security",
	"intelligence", "forest", "park", "parks", "rescue", "welfare", "customs", "border", "court", "courts", "prosecution", "youth", "disability", "community")

// fieldShortsEN are the fields whose departments go by the field alone
// ("Defence said", "a Health spokesperson").
var fieldShortsEN = set("defence", "defense", "health", "education", "justice")

// schoolTrustWordsEN end the names of trusts that run schools.
var schoolTrustWordsEN = set("education", "educational", "academy", "academies", "schools", "learning", "multi-academy")

// causeGroupWordsEN end the cause or the people a campaigning group or
// trust is named for ("Action Group", "Residents Group", "River Trust").
var causeGroupWordsEN = set("action", "campaign", "pressure", "protest", "support", "residents", "tenants", "patients", "victims", "families", "parents", "citizens",
	"campaigners", "justice", "river", "rivers", "canal", "woodland")

// trustMembersEN are the people a members' trust speaks for.
var trustMembersEN = set("supporters", "fans", "members", "shareholders", "residents", "tenants", "parents", "wildlife", "heritage")

// ampersandNames finds firm names joined by "&" without a legal form:
// "Haldorf & Partner", "Harwell & Lowe". News writes an ampersand between
// capitalised words almost only in the names of firms.
func (d *doc) ampersandNames(s int) {
	toks := d.sents[s].toks
	nameWord := func(k int) bool {
		t := toks[k]
		// "& Partner" is a name word, not a role.
		return isCapWord(t) && !d.covered[s][k] && (isRoleToken(t, d) == "" || k > 0 && toks[k-1].text == "&") && !(d.lang == "de" && germanHead(t) != "") &&
			!(d.isCompanyDescriptor(t) && !keepInName[trimPoss(t.fold)]) && !d.isPlace(t)
	}
	for a := 1; a+1 < len(toks); a++ {
		if toks[a].text != "&" || d.covered[s][a] || !nameWord(a-1) || !nameWord(a+1) {
			continue
		}
		first := a - 1
		for first > 0 && a-first < 3 && nameWord(first-1) && !functionWords[toks[first-1].fold] && !(first-1 == 0 && sentenceOpeners[toks[0].fold]) {
			first--
		}
		end := a + 2
		// "von der Bauunternehmung Kreymborg & Söhne Zuwendungen
		// angenommen": a German common noun after the word that follows
		// "&" opens the clause's object.
		// "die Lindner & Söhne Bauunternehmung aus Unna": a German trade
		// compound after the ampersand's partner ends the firm's name.
		tradeEnd := func(k int) bool {
			return d.lang == "de" && k == a+2 && isCapWord(toks[k]) && !d.covered[s][k] && d.isCompanyDescriptor(toks[k]) && len(toks[k].fold) >= 10
		}
		for end < len(toks) && end-a <= 2 && (nameWord(end) || tradeEnd(end)) && !strings.HasSuffix(toks[end-1].text, "'s") && !(end > a+1 && d.commonNounAfterNameDE(s, first, end)) {
			end++
		}
		name := trimPoss(d.spanText(s, first, end))
		typ := claimgraph.Company
		// "Environmental group Transport & Environment": what the
		// descriptor says, not a firm.
		if first > 0 && (d.bodyDescriptor(toks[first-1]) || toks[first-1].fold == "group" && first > 1 && advocacyWords[toks[first-2].fold]) {
			typ = claimgraph.Agency
		}
		m := &mention{sent: s, t0: first, t1: end, kind: mName, typ: typ, name: name}
		if e := d.x.lx.lookupKey(name); e != nil {
			m.key = e.key
		}
		d.addMention(m)
		a = end
	}
}

// publicationPass finds outlet names by their last word ("The Clarion
// Post") and quoted names after an outlet cue.
func (d *doc) publicationPass(s int) {
	toks := d.sents[s].toks
	for j := 0; j < len(toks); j++ {
		t := toks[j]
		// "in einem Interview mit dem Portal volleyszene.de", "the news
		// site Dunmore24.com": a web address after an outlet's kind is
		// the outlet, written in lower case as addresses are.
		if j > 0 && !d.covered[s][j] && webAddress(t.text) && outletKindWord(toks[j-1].fold) {
			d.addMention(&mention{sent: s, t0: j, t1: j + 1, kind: mName, typ: claimgraph.Publication, name: t.text, role: descStem(toks[j-1])})
			continue
		}
		if !isCapWord(t) || d.covered[s][j] {
			continue
		}
		// "auf dem Lokalblog „Wiesenau aktuell“", "im Newsletter „Kreis
		// kompakt“": a title in quotation marks right after a word for a
		// blog, portal or paper is the outlet, its lower-case words too.
		if d.lang == "de" && !t.inq && outletTitleKindDE(t.fold) {
			if e := quotedTitleEnd(toks, j+1); e > 0 && d.free(s, j+2, e) {
				d.addMention(&mention{sent: s, t0: j + 2, t1: e, kind: mName, typ: claimgraph.Publication, name: d.spanText(s, j+2, e), role: descStem(t)})
				j = e
				continue
			}
		}
		f := trimPoss(t.fold)
		// "the Daily Courant", "the Weekly Standard": a title that opens
		// with its rhythm of publication.
		if d.lang == "en" && (f == "daily" || f == "weekly") && t.fold == f && j+1 < len(toks) && isCapWord(toks[j+1]) && !d.covered[s][j+1] && !toks[j+1].inq {
			e := j + 2
			for e < len(toks) && e <= j+3 && isCapWord(toks[e]) && !d.covered[s][e] && !d.isPlace(toks[e]) {
				e++
			}
			d.addMention(&mention{sent: s, t0: j, t1: e, kind: mName, typ: claimgraph.Publication, name: trimPoss(d.spanText(s, j, e))})
			j = e - 1
			continue
		}
		isHead := publicationHeads[f]
		// German inflection: "der Thüringer Allgemeinen", "des Kuriers".
		if !isHead && d.lang == "de" && len(f) > 5 && (strings.HasSuffix(f, "n") || strings.HasSuffix(f, "s")) && j > 0 && isCapWord(toks[j-1]) {
			isHead = publicationHeads[f[:len(f)-1]]
		}
		if !isHead && d.lang == "de" {
			for h := range publicationHeads {
				if len(h) >= 4 && strings.HasSuffix(f, h) && len(f) > len(h)+3 {
					isHead = true
					break
				}
			}
		}
		if !isHead && t.inq && d.lang == "de" && d.quotedOutlet(s, j) {
			isHead = true
		}
		if !isHead || j+1 < len(toks) && isCapWord(toks[j+1]) && !d.covered[s][j+1] {
			continue
		}
		// "Baltic Wire", "Human Rights Monitor", "Metro Express": a head
		// that also ends other names makes an outlet only where the text
		// treats it as one, in a sentence that reports.
		k := j
		for k-1 >= 0 && isCapWord(toks[k-1]) && !d.covered[s][k-1] && toks[k-1].inq == t.inq && j-k < 3 {
			// "die Nachrichtenagentur Baltic Wire": the descriptor is no
			// part of the name.
			// ("…, Tanker Intelligence Weekly reported": inside an English
			// sentence a descriptor written with a capital is a word of
			// the title.)
			if d.isCompanyDescriptor(toks[k-1]) && (d.lang != "en" || k-1 == 0) || agencyHeadsEN[toks[k-1].fold] || d.lang == "de" && (outletAppositions[toks[k-1].fold] || outletDescriptorDE(toks[k-1].fold)) {
				break
			}
			k--
		}
		// "the Sunday Ledger", "The Saturday Review": a weekday after
		// "the" opens the title of a weekend or weekday edition.
		if d.lang == "en" && k >= 2 && j-k < 3 && weekdays[toks[k-1].fold] && toks[k-1].cap && !d.covered[s][k-1] && toks[k-2].fold == "the" {
			k--
		}
		// „Spiegel“ in its own quotation marks is a title; a word of a
		// longer quotation („Wir haben unsere Angebote …“) is none.
		titleQuoted := t.inq && d.lang == "de" && j+1 < len(toks) && toks[j+1].quote &&
			(k > 0 && toks[k-1].quote || k > 1 && toks[k-2].quote && articles[toks[k-1].fold]) // »Der Kurier«
		if k == j && !titleQuoted && !d.hyphenOutletDE(s, j) {
			continue
		}
		// "Baltic Wire", "Human Rights Monitor", "Dunmore Copper Wire": a
		// head that also ends other names makes an outlet only where the
		// text treats it as one.
		if ambiguousOutletHeads[f] && !d.outletUse(s, k, j) {
			continue
		}
		// "the digital rights group Open Wire": a body's descriptor
		// before the name makes it no outlet.
		if k > 0 && d.lang == "en" && !toks[k-1].cap && (slotDescEN[toks[k-1].fold] == claimgraph.Agency || d.isCompanyDescriptor(toks[k-1])) {
			continue
		}
		name := trimPoss(d.spanText(s, k, j+1))
		if d.lang == "de" {
			name = d.outletNominativeDE(s, k, j, name)
		}
		// "bus operator Metroline Express" … "Metroline Express denied":
		// a name the text gave a company or body is not an outlet.
		if d.knownShort(fold(name)) {
			continue
		}
		// "dem Hamburger Wochenmagazin „Lupe“": a title in quotation
		// marks right after the outlet's kind is its name; the kind
		// describes it.
		if d.lang == "de" && !t.inq && j+3 < len(toks) && toks[j+1].quote && toks[j+2].inq && isCapWord(toks[j+2]) && !d.covered[s][j+2] {
			e := j + 2
			for e < len(toks) && e <= j+5 && toks[e].inq && toks[e].word && !toks[e].quote {
				e++
			}
			if e < len(toks) && toks[e].quote && d.free(s, j+2, e) {
				m := &mention{sent: s, t0: j + 2, t1: e, kind: mName, typ: claimgraph.Publication, name: d.spanText(s, j+2, e), role: descStem(t)}
				d.addMention(m)
				j = e
				continue
			}
		}
		d.addMention(&mention{sent: s, t0: k, t1: j + 1, kind: mName, typ: claimgraph.Publication, name: name})
	}
}

// neuterOutletHeadsDE are the neuter heads of German outlets' names;
// the others that take a genitive -s are masculine.
var neuterOutletHeadsDE = []string{"blatt", "magazin", "echo", "journal", "tageblatt"}

// femaleOutletHeadsDE are the feminine heads of German outlets' names.
var femaleOutletHeadsDE = set("zeitung", "rundschau", "allgemeine", "presse", "post", "stimme", "depesche", "welt", "morgenpost", "tageszeitung")

// outletNominativeDE returns the nominative of the German outlet name
// k…j (name as written): "des Lausitzer Abendblatts" is the "Lausitzer
// Abendblatt", "der Märkischen Rundschau" the "Märkische Rundschau".
// Heads that end in s anyway ("Nachrichten", "Express") keep it.
func (d *doc) outletNominativeDE(s, k, j int, name string) string {
	toks := d.sents[s].toks
	if k == 0 || toks[j].inq {
		return name
	}
	art := toks[k-1].fold
	f := toks[j].fold
	words := strings.Fields(name)
	if len(words) != j-k+1 {
		return name
	}
	outletEnd := func(w string) bool {
		if publicationHeads[w] {
			return true
		}
		for h := range publicationHeads {
			if len(h) >= 5 && strings.HasSuffix(w, h) && len(w) > len(h)+3 {
				return true
			}
		}
		return false
	}
	switch {
	case (art == "des" || art == "eines") && !outletEnd(f):
		// "des Abendblatts", "des Tagblattes", "des Kuriers".
		for _, suf := range []string{"es", "s"} {
			if base := strings.TrimSuffix(f, suf); base != f && outletEnd(base) {
				last := words[len(words)-1]
				words[len(words)-1] = last[:len(last)-len(suf)]
				// "des Westfälischen Anzeigers": the adjective's strong
				// ending by the head's gender ("Westfälischer Anzeiger",
				// "Neues Tagblatt").
				end := "er"
				for _, h := range neuterOutletHeadsDE {
					if strings.HasSuffix(base, h) {
						end = "es"
					}
				}
				for n := 0; n < len(words)-1; n++ {
					if w := words[n]; strings.HasSuffix(w, "en") && isAdjDE(toks[k+n]) && !cities[fold(w)] {
						words[n] = strings.TrimSuffix(w, "en") + end
					}
				}
				return strings.Join(words, " ")
			}
		}
	case (art == "der" || art == "einer") && (germanTail(f) != "" || germanTail(strings.TrimSuffix(f, "n")) != ""):
		// "der Märkischen Allgemeinen", "der Sächsischen Zeitung": the
		// weak adjectives of a feminine title in the dative or genitive.
		for n, w := range words {
			wt := toks[k+n]
			if strings.HasSuffix(w, "en") && (isAdjDE(wt) || n == len(words)-1) {
				words[n] = strings.TrimSuffix(w, "n")
			}
		}
		return strings.Join(words, " ")
	}
	return name
}

// germanTail returns the publication head a German compound ends in
// ("tageszeitung" → "zeitung"), or "".
func germanTail(f string) string {
	for h := range femaleOutletHeadsDE {
		if strings.HasSuffix(f, h) {
			return h
		}
	}
	return ""
}

// territoryNounsEN are a state's or union's places ("the EU's external
// border", "Russia's airspace").
var territoryNounsEN = set("border", "borders", "frontier", "frontiers", "territory", "territories", "soil", "airspace", "waters", "coast", "coastline",
	"flank", "periphery", "capital", "outskirts", "mainland")

// possTerritoryEN reports a possessive name ending before token j that
// owns a place: "the European Union's eastern border".
func possTerritoryEN(toks []token, j int) bool {
	if j == 0 || j >= len(toks) || !(strings.HasSuffix(toks[j-1].text, "'s") || strings.HasSuffix(toks[j-1].text, "’s")) {
		return false
	}
	for k := j; k < len(toks) && k <= j+2; k++ {
		if territoryNounsEN[toks[k].fold] {
			return true
		}
		if !toks[k].word || toks[k].cap || functionWords[toks[k].fold] {
			return false
		}
	}
	return false
}

// hyphenOutletDE reports a German outlet named by one hyphenated compound
// ("die Nordwest-Zeitung berichtet", "der Rhein-Zeitung zufolge"): a
// region or name before the hyphen, an outlet head after it, in a
// sentence that reports. Generic compounds ("Online-Zeitung") describe.
func (d *doc) hyphenOutletDE(s, j int) bool {
	t := d.sents[s].toks[j]
	i := strings.LastIndex(t.text, "-")
	if d.lang != "de" || i <= 0 || i+1 >= len(t.text) {
		return false
	}
	pre := t.text[:i]
	if strings.Contains(pre, "-") || len(pre) < 3 || !strings.ContainsAny(pre[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ") || genericOutletPrefixes[strings.ToLower(pre)] {
		return false
	}
	return d.sentenceHas(s, outletCues)
}

// genericOutletPrefixes make an outlet compound a description.
var genericOutletPrefixes = set("online", "lokal", "regional", "tages", "wochen", "sonntags", "wirtschafts", "fach", "boulevard", "partner", "schwester", "konkurrenz", "mitarbeiter", "kunden", "gratis")

// selfGroupsEN and selfGroupsDE are words for organised groups that
// name themselves ("a group calling itself Red Dawn", "eine
// Hackergruppe, die sich „Grey Owl“ nennt"); German compounds end in
// them.
var selfGroupsEN = set("group", "collective", "movement", "network", "cell", "faction", "militia", "gang", "outfit", "coalition", "alliance", "organisation", "organization")

var selfGroupsDE = []string{"gruppe", "gruppierung", "kollektiv", "bewegung", "netzwerk", "zelle", "miliz", "bande", "organisation", "bündnis", "buendnis", "initiative"}

// selfNamedPass finds the names organised groups give themselves in a
// clause after the group word: "a group calling itself Red Dawn", "an
// activist collective that calls itself Blue Lantern", "eine
// Hackergruppe, die sich „Grey Owl“ nennt". Such a group is an organised
// non-state actor (FORMAT.md: Agency); its describing words name no
// person.
func (d *doc) selfNamedPass(s int) {
	toks := d.sents[s].toks
	for i := 0; i+3 < len(toks); i++ {
		t := toks[i]
		if !t.word || d.covered[s][i] {
			continue
		}
		j := 0 // first token of the name
		switch {
		case d.lang == "en" && selfGroupsEN[t.fold]:
			k := i + 1
			if toks[k].fold == "that" || toks[k].fold == "which" || toks[k].fold == "who" {
				k++
			}
			if k+1 < len(toks) && (toks[k].fold == "calling" || toks[k].fold == "calls" || toks[k].fold == "call") && (toks[k+1].fold == "itself" || toks[k+1].fold == "themselves") {
				j = k + 2
			}
		case d.lang == "de" && t.cap && hasSuffixInflected(t.fold, selfGroupsDE) != "":
			if toks[i+1].text == "," && (toks[i+2].fold == "die" || toks[i+2].fold == "das" || toks[i+2].fold == "der") && i+3 < len(toks) && toks[i+3].fold == "sich" {
				j = i + 4
			}
		}
		if j == 0 || j >= len(toks) {
			continue
		}
		q := toks[j].quote && toks[j].open
		if q {
			j++
		}
		e := j
		for e < len(toks) && e-j < 5 && (isCapWord(toks[e]) || toks[e].acro || q && toks[e].word && !toks[e].quote) && !d.covered[s][e] {
			e++
		}
		if e == j || q && (e >= len(toks) || !toks[e].quote) {
			continue
		}
		// The German clause ends in its verb: "…, die sich X nennt". The
		// mention spans the group word and the clause, so that the
		// clause's verb that follows has its subject right before it.
		end := e
		if d.lang == "de" {
			v := e
			if q {
				v++
			}
			if v < len(toks) && toks[v].fold == "selbst" {
				v++
			}
			if v >= len(toks) || !(strings.HasPrefix(toks[v].fold, "nennt") || strings.HasPrefix(toks[v].fold, "nennen") || strings.HasPrefix(toks[v].fold, "bezeichnet")) {
				continue
			}
			end = v + 1
			if end < len(toks) && toks[end].text == "," {
				end++
			}
		}
		name := trimPoss(d.spanText(s, j, e))
		m := &mention{sent: s, t0: j, t1: e, kind: mName, typ: claimgraph.Agency, name: name, role: descStem(t)}
		if lx := d.x.lx.lookupKey(name); lx != nil {
			m.key = lx.key
		}
		// "An activist collective": the words before the group word
		// describe it.
		k := i
		for k > 0 && toks[k-1].word && !toks[k-1].cap && !functionWords[toks[k-1].fold] && !indefinite[toks[k-1].fold] && !definiteEN[toks[k-1].fold] && i-k < 2 {
			k--
		}
		d.cover(s, k, i+1)
		if d.lang == "de" {
			m.t0, m.t1 = i, end
		}
		d.addMention(m)
		i = end - 1
	}
}

// appositionPass finds names that follow a company descriptor: "der
// Kamerahersteller Lanxu Vision Technology", "accountancy firm Whitcombe
// Barr", "Broker Castellan Securities".
func (d *doc) appositionPass(s int) {
	toks := d.sents[s].toks
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.word || d.covered[s][i] || t.fold != trimPoss(t.fold) {
			continue
		}
		// "Elbland TV wirft …" after "dem Regionalsender Elbland TV": a
		// name said before, word for word, is no descriptor ("-land")
		// and a name after it; the short forms find it.
		if t.cap && isCapWord(toks[i+1]) && !d.covered[s][i+1] && d.knownShort(fold(trimPoss(d.spanText(s, i, i+2)))) {
			i++
			continue
		}
		// "Die Verbraucherschützer von Marktcheck Nord", "die
		// Datenschützer vom Netzwerk Datenwache": the people of a body,
		// named after "von".
		if d.lang == "de" && t.cap && watchdogDE(t.fold) != "" && i+2 < len(toks) && toks[i+1].fold == "von" && isCapWord(toks[i+2]) && !d.covered[s][i+2] {
			j := i + 2
			for j < len(toks) && j-i <= 5 && (isCapWord(toks[j]) || toks[j].acro) && !d.covered[s][j] && !isNounLikeDE(toks[j]) {
				j++
			}
			if j > i+2 && !(j == i+3 && (d.isPlace(toks[i+2]) || cities[toks[i+2].fold])) {
				name := trimPoss(d.spanText(s, i+2, j))
				m := &mention{sent: s, t0: i + 2, t1: j, kind: mName, typ: claimgraph.Agency, name: name, role: descStem(t), slot: true}
				if e := d.x.lx.lookupKey(name); e != nil {
					m.key = e.key
				}
				d.addMention(m)
				i = j - 1
				continue
			}
		}
		// "the bulk carrier Nordkap Star", "the tanker Aegean Dawn": a ship
		// named after its kind is a thing, no party; its name is kept
		// from the passes that would take it for a firm or a person.
		if d.lang == "en" && !t.cap && (shipWordsEN[t.fold] || t.fold == "carrier" && i > 0 && shipCarrierMods[toks[i-1].fold]) && isCapWord(toks[i+1]) && !d.covered[s][i+1] {
			j := i + 1
			for j < len(toks) && j-i <= 4 && isCapWord(toks[j]) && !d.covered[s][j] && !legalSuffixes[toks[j].text] {
				j++
			}
			if j == len(toks) || !isCapWord(toks[j]) {
				// The kind's words go too ("the bulk carrier" is no
				// description of a firm).
				k := i
				for k > 0 && i-k < 2 && toks[k-1].word && !toks[k-1].cap && !functionWords[toks[k-1].fold] && !articles[toks[k-1].fold] {
					k--
				}
				d.cover(s, k, j)
				i = j - 1
				continue
			}
		}
		// "Qadir Exchange House": an English descriptor is written small;
		// a capitalised trade word after a word of the name is the
		// name's own.
		if d.lang == "en" && t.cap && i > 0 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && !(i == 1 && sentenceOpeners[toks[0].fold]) && !articles[toks[i-1].fold] {
			continue
		}
		typ := claimgraph.Company
		// "die Nachrichtenagentur KCNA", "the newspaper Le Monde".
		// "the daily Le Monde" describes; "the Daily Courant" is a name.
		outletWord := outletAppositions[t.fold] && !(d.lang == "en" && t.cap && i > 0) || d.lang == "de" && t.cap && outletDescriptorDE(t.fold) ||
			(t.fold == "agency" || t.fold == "service") && i > 0 && (toks[i-1].fold == "news" || toks[i-1].fold == "press" || toks[i-1].fold == "wire") // "the news agency Baltic Wire"
		// "das Wirtschaftsmagazin »Kapitalblick«", "the magazine
		// \"Harbour Lights\"": a quoted title after an outlet word.
		if outletWord && i+2 < len(toks) && toks[i+1].quote && toks[i+1].open {
			q := i + 2
			// "das Nachrichtenmagazin „Der Blickpunkt“": a title may open
			// with its article.
			if q+1 < len(toks) && d.lang == "de" && toks[q].cap && articles[toks[q].fold] && isCapWord(toks[q+1]) && !d.covered[s][q] {
				q++
			}
			for q < len(toks) && q <= i+6 && (isCapWord(toks[q]) || toks[q].acro) && !d.covered[s][q] {
				q++
			}
			if q > i+2 && q < len(toks) && toks[q].quote && !toks[q].open {
				d.addMention(&mention{sent: s, t0: i + 2, t1: q, kind: mName, typ: claimgraph.Publication, name: d.spanText(s, i+2, q), role: descStem(t)})
				i = q
				continue
			}
		}
		// "die Nachrichtenagentur npa", "the news agency kna": agencies
		// write their short names in lower case.
		if outletWord && (strings.HasSuffix(t.fold, "agentur") || t.fold == "agency" || t.fold == "service") && i+1 < len(toks) && lowerShortName(toks[i+1]) && !d.covered[s][i+1] {
			d.addMention(&mention{sent: s, t0: i + 1, t1: i + 2, kind: mName, typ: claimgraph.Publication, name: toks[i+1].text})
			if t.fold == "agency" || t.fold == "service" {
				d.covered[s][i] = true
			}
			i++
			continue
		}
		if outletWord && i+1 < len(toks) && (isCapWord(toks[i+1]) || toks[i+1].acro) && !d.covered[s][i+1] {
			j := i + 1
			for j < len(toks) && j-i <= 3 && (isCapWord(toks[j]) || toks[j].acro) && !d.covered[s][j] && isRoleToken(toks[j], d) == "" && !firstNames[toks[j].fold] &&
				!d.commonNounAfterNameDE(s, i+1, j) { // "die Zeitung Nordkurier Abwasser …"
				j++
			}
			if j > i+1 && (j >= len(toks) || !toks[j].word || !toks[j].cap || d.commonNounAfterNameDE(s, i+1, j)) {
				d.addMention(&mention{sent: s, t0: i + 1, t1: j, kind: mName, typ: claimgraph.Publication, name: trimPoss(d.spanText(s, i+1, j))})
				// "the news agency Baltic Wire": "agency" here describes the
				// outlet; it is no description of a government agency.
				if t.fold == "agency" || t.fold == "service" {
					d.covered[s][i] = true
				}
				i = j - 1
				continue
			}
		}
		// "a report by the Sentinel newspaper", "the Kelmouth Courier
		// daily": a name between "the" and an outlet word after it; a
		// place or a people's adjective ("the Singapore newspaper", "the
		// French daily") only says where it appears.
		if d.lang == "en" && outletAppositions[t.fold] && !t.cap && i >= 2 && isCapWord(toks[i-1]) && !d.covered[s][i-1] {
			j := i - 1
			for j > 0 && i-j < 3 && isCapWord(toks[j-1]) && !d.covered[s][j-1] {
				j--
			}
			// The name must end like an outlet's ("the Sentinel
			// newspaper"): "the New York daily", "the Scottish weekly",
			// "the Murdoch tabloid" name a place, a people or an owner.
			if j > 0 && definiteEN[toks[j-1].fold] && publicationHeads[toks[i-1].fold] && !(i-j == 1 && (d.isPlace(toks[j]) || d.peopleAdjectiveEN(toks[j]) || cities[toks[j].fold])) {
				d.addMention(&mention{sent: s, t0: j, t1: i, kind: mName, typ: claimgraph.Publication, name: trimPoss(d.spanText(s, j, i))})
				continue
			}
		}
		// "residents' group", "workers' union": a group of people.
		plPoss := i > 0 && (strings.HasSuffix(toks[i-1].text, "s'") || strings.HasSuffix(toks[i-1].text, "s’")) ||
			i > 1 && (toks[i-1].text == "'" || toks[i-1].text == "’") && strings.HasSuffix(toks[i-2].fold, "s")
		if t.fold == "group" && i > 0 && (advocacyWords[toks[i-1].fold] || actorGroupWords[toks[i-1].fold] || actorGroupHyphen(toks[i-1].fold) || plPoss) || d.lang == "de" && t.cap && actorGroupDE(t.fold) {
			typ = claimgraph.Agency // "consumer group Choice", "rights group Amnesty", "Hackergruppe"
		} else if d.lang == "de" && t.cap && (strings.Contains(t.fold, "geheimdienst") || strings.Contains(t.fold, "nachrichtendienst")) {
			typ = claimgraph.Agency // "der Militärgeheimdienst GRD"
		} else if !d.isCompanyDescriptor(t) && !(d.lang == "en" && strings.HasSuffix(t.fold, "s") && d.isCompanyDescriptor(token{fold: strings.TrimSuffix(t.fold, "s")}) && i+1 < len(toks) && isCapWord(toks[i+1])) {
			// ("the cement makers Rift Cement and …": a plural descriptor
			// before names.)
			// "der Fußball-Regionalligist TSV Eintracht Celle", "rival club
			// Hollins Town": descriptors of clubs, states, unions and
			// outlets that slot.go reads too.
			slotTyp, slotDesc := claimgraph.EntityType(""), false
			if d.lang == "de" && t.cap {
				slotTyp, slotDesc = d.slotDescTypeDE(t)
				// A name, not a noun or a place: "dem Nachbarland
				// Tessarien", not "die Krankenkasse Anträge", "des Landes
				// Brandenburg".
				if slotDesc && i+1 < len(toks) && !toks[i+1].acro && (i+2 >= len(toks) || !isCapWord(toks[i+2])) &&
					(isNounLikeDE(toks[i+1]) || cities[toks[i+1].fold] || d.isPlace(toks[i+1]) || !d.slotNameLike(s, i+1)) {
					slotDesc = false
				}
			} else if d.lang == "en" && !t.cap && !stateWordsEN[t.fold] {
				slotTyp, slotDesc = slotDescEN[t.fold]
			}
			if d.lang == "en" && t.fold == "agency" && i > 0 && tradeAgencyMods[toks[i-1].fold] {
				typ = claimgraph.Company // "online travel agency TripNest"
			} else if slotDesc && slotTyp != claimgraph.Company && i+1 < len(toks) && (isCapWord(toks[i+1]) || toks[i+1].acro) && !d.covered[s][i+1] {
				typ = slotTyp
			} else if !(agencyAppositionsEN[t.fold] && !t.cap && d.lang == "en" || d.lang == "de" && t.cap && hasSuffixInflected(t.fold, agencyAppositionsDE) != "") {
				continue
			} else if d.lang == "de" && i+1 < len(toks) && pluralNounDE(toks[i+1]) {
				// "habe der Verband Nominierungen … abhängig gemacht":
				// a plural noun after the descriptor is its object, not
				// its name.
				continue
			} else {
				typ = claimgraph.Agency
			}
		}
		if d.lang == "de" && !d.appositionHead(s, i) {
			continue
		}
		// "the club's owner Dario Menck" … "Menck denied": a descriptor
		// that is also a person's role ("owner", "manager", "partner")
		// before a name whose last word stands alone later is the
		// person's role; personPass takes the name.
		if d.lang == "en" && typ == claimgraph.Company && roleWordsEN[t.fold] {
			n := 0
			for i+1+n < len(toks) && n < 3 && isCapWord(toks[i+1+n]) && !d.covered[s][i+1+n] {
				n++
			}
			if n >= 2 && (firstNames[toks[i+1].fold] || d.repeatedSurname(s, i+1, n)) {
				continue
			}
			// "United manager Luis Ortega", "Barclays chairman Nigel
			// Hale": a role whose organisation's name stands before it
			// names a person ("fund manager Castlegate Capital" has a
			// trade before it).
			if n >= 2 && i > 0 && toks[i-1].word && (toks[i-1].cap && !articles[toks[i-1].fold] || d.mentionAt(s, i-1) != nil) {
				continue
			}
		}
		// "a hacking group it calls Silent Harbor", "a company known as
		// X", "eine Gruppe namens X": the name the text gives it.
		if j := namingPhrase(toks, i+1); j > i+1 && j < len(toks) && (isCapWord(toks[j]) || toks[j].acro) && !d.covered[s][j] {
			q := j
			for q < len(toks) && q-j < 4 && (isCapWord(toks[q]) || toks[q].acro) && !d.covered[s][q] {
				q++
			}
			name := trimPoss(d.spanText(s, j, q))
			m := &mention{sent: s, t0: j, t1: q, kind: mName, typ: typ, name: name, role: descStem(t)}
			if e := d.x.lx.lookupKey(name); e != nil {
				m.key = e.key
			}
			d.addMention(m)
			i = q - 1
			continue
		}
		// "eine Hackergruppe, die sich „Night Owl“ nennt": a relative
		// clause gives the name.
		if q0, q1 := namingRelativeDE(toks, i+1); q1 > q0 && d.lang == "de" && !d.covered[s][q0] {
			name := d.spanText(s, q0, q1)
			m := &mention{sent: s, t0: q0, t1: q1, kind: mName, typ: typ, name: name, role: descStem(t)}
			if e := d.x.lx.lookupKey(name); e != nil {
				m.key = e.key
			}
			d.addMention(m)
			i = q1
			continue
		}
		// "eines russischen Geheimdienstes Anschläge": an indefinite
		// descriptor introduces no name.
		// A secret service is named only by an acronym after it
		// ("der Militärgeheimdienst GRD").
		if d.indefiniteBefore(s, i) || (strings.HasSuffix(t.fold, "geheimdienst") || strings.HasSuffix(t.fold, "geheimdienstes")) && !(i+1 < len(toks) && toks[i+1].acro && !d.covered[s][i+1]) {
			continue
		}
		// "mit ihrer App „Vitalo“", "its app 'Trackly'": a product its
		// owner's possessive introduces is no party; "die App" later is
		// the company that runs it.
		if i > 0 && productWords[trimPoss(t.fold)] && ownerPossessives[toks[i-1].fold] {
			continue
		}
		// "Hackergruppe „Frostlauf“", "Bürgerinitiative „Lebenswertes
		// Hönnetal“": a quoted name after the descriptor.
		if i+2 < len(toks) && toks[i+1].quote && toks[i+1].open {
			q := i + 2
			for q < len(toks) && q <= i+6 && isCapWord(toks[q]) && !d.covered[s][q] {
				q++
			}
			if q > i+2 && q < len(toks) && toks[q].quote && !toks[q].open {
				name := d.spanText(s, i+2, q)
				m := &mention{sent: s, t0: i + 2, t1: q, kind: mName, typ: typ, name: name, role: descStem(t)}
				if e := d.x.lx.lookupKey(name); e != nil {
					m.key = e.key
				}
				d.addMention(m)
				i = q
				continue
			}
		}
		// "privacy group noyb": a name in lower case that the text uses
		// again.
		if typ == claimgraph.Agency && d.lang == "en" && i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap && !functionWords[toks[i+1].fold] &&
			!d.covered[s][i+1] && d.usedAgain(s, i+1) && (i+2 >= len(toks) || !toks[i+2].word) && (t.fold == "group" || t.fold == "organisation" || t.fold == "organization") {
			d.addMention(&mention{sent: s, t0: i + 1, t1: i + 2, kind: mName, typ: typ, name: toks[i+1].text, role: descStem(t)})
			i++
			continue
		}
		// "soll die Reederei Löhne einbehalten haben" after "die Reederei
		// Halmstad": a descriptor that takes up a company named before,
		// then a noun the text uses nowhere else and the rest of the
		// clause in lower case, is that company and its object.
		if d.objectAfterDescriptorDE(s, i) {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 4 && !d.covered[s][j] && (isCapWord(toks[j]) || toks[j].acro) && toks[j].inq == toks[i+1].inq {
			tj := toks[j]
			// "Partner Brightline Solutions Betrug vorgeworfen": a
			// company's last word ends its name.
			if j > i+1 && weakSuffixes[toks[j-1].fold] && d.lang == "de" && !(typ == claimgraph.Agency && (d.isPlace(tj) || cities[tj.fold] || tj.fold == "europe" || tj.fold == "europa")) {
				break // ("Branchenverband Hydrogen Europe" is one name)
			}
			// A first name followed by another name starts a person ("the
			// firm Lexa Anna Berg"); alone it ends a name ("Van Wijk
			// Marine").
			// A trade word is no first name ("Harwick Marine Brokers"), nor
			// is one before a trade ("Halden Marine Services").
			// ("the insurance group Halvard Verzekeringen": a noun of a
			// collective business describes no person, whatever the first
			// word of the name.)
			personStart := firstNames[tj.fold] && j+1 < len(toks) && (isCapWord(toks[j+1]) || particleSurname(toks, j+1)) && (typ == claimgraph.Company || !d.bodyDescriptor(t)) && !(j == i+1 && collectiveFirm(t)) &&
				!weakSuffixes[tj.fold] && !weakSuffixes[trimPoss(toks[j+1].fold)] && !d.isCompanyDescriptor(toks[j+1])
			// ("die Umweltgruppe Wattenrat": a body's descriptor, then one
			// word alone, which may end like a body's head.)
			loneAfterBody := j == i+1 && typ == claimgraph.Agency && (j+1 >= len(toks) || !isCapWord(toks[j+1])) && germanHead(tj) != trimPoss(tj.fold)
			// "shipbroker Harwick Marine Brokers", "lender Fenwick Home
			// Lenders": an English trade written with a capital at the
			// end of the run is the last word of the name.
			tradeEnd := d.lang == "en" && typ == claimgraph.Company && j > i+1 && tj.cap && (j+1 >= len(toks) || !isCapWord(toks[j+1]) || d.covered[s][j+1])
			if d.isCompanyDescriptor(tj) && !keepInName[tj.fold] && !tradeEnd || isRoleToken(tj, d) != "" || personStart || germanHead(tj) != "" && d.lang == "de" && !loneAfterBody || hasSuffixInflected(tj.fold, documentHeadsDE) != "" && d.lang == "de" ||
				d.lang == "de" && j > i+1 && d.commonNounAfterNameDE(s, i+1, j) || // "dem Discounter Preisfuchs Etikettenschwindel vor", "der Reederei Hanseblick Sanktionen …"
				d.lang == "de" && offenceNounDE(tj.fold) { // "wirft die Anklagebehörde Untreue vor": a charge is never a name

				break
			}
			j++
			// "the advocacy group Justice at Work", "the campaign group
			// Lawyers for Justice": a body's name may link its words
			// with a preposition.
			if typ == claimgraph.Agency && d.lang == "en" && j+1 < len(toks) && nameLinksEN[toks[j].fold] && isCapWord(toks[j+1]) && !d.covered[s][j+1] &&
				!monthOrDay(toks[j+1].fold) && !d.isPlace(toks[j+1]) && !cities[toks[j+1].fold] {
				j++
			}
			// "the conservation group Friends of Yarrabee Bushland",
			// "Friends of the Earth": a body's plural of its members with
			// "of" and what they stand for (a place included).
			if typ == claimgraph.Agency && d.lang == "en" && j == i+2 && j+1 < len(toks) && toks[j].fold == "of" && memberOfWordsEN[toks[j-1].fold] {
				k := j + 1
				if toks[k].fold == "the" && k+1 < len(toks) {
					k++
				}
				if isCapWord(toks[k]) && !d.covered[s][k] {
					j = k
				}
			}
		}
		if j == i+1 {
			// The descriptor may stand before a name found by another
			// pass: remember it as that entity's descriptor.
			if j < len(toks) {
				if m := d.mentionAt(s, j); m != nil && m.t0 == j && m.typ == claimgraph.Company {
					m.role = descStem(t)
				}
			}
			continue
		}
		if j < len(toks) && (toks[j].text == "(" || toks[j].word && !toks[j].cap) || j >= len(toks) || !toks[j].word || weakSuffixes[toks[j-1].fold] ||
			d.lang == "de" && (hasSuffixInflected(toks[j].fold, documentHeadsDE) != "" || nominalDE[toks[j].fold] || j > i+1 && d.commonNounAfterNameDE(s, i+1, j)) {
			// ok: the run ends at punctuation, a lower-case word or a
			// German document or charge noun ("Viktoria Lindenau Anklage")
		} else {
			continue
		}
		run := toks[i+1 : j]
		// "dem Autobauer Leonis" … "Leonis weist das zurück": a word
		// that looks like a noun is a name where the text never gives it
		// an article.
		if d.lang == "de" && len(run) == 1 && (isNounLikeDE(run[0]) && !d.bareName(run[0].fold) || commonNounsDE[run[0].fold]) {
			continue
		}
		// "nach Darstellung der Gewerkschaft Fahrern den Mindestlohn
		// vorenthalten": a dative plural before the next article is an
		// object of the clause, not the body's name.
		if d.lang == "de" && len(run) == 1 && strings.HasSuffix(run[0].fold, "ern") && j < len(toks) && articles[toks[j].fold] && !d.bareName(run[0].fold) {
			continue
		}
		if len(run) == 1 && d.isPlace(run[0]) {
			continue
		}
		// "hat gegen den Branchenverband Bußgelder verhängt", "der
		// Verband Strafen": a sanction or a charge after the descriptor is
		// the clause's object, never a name.
		if d.lang == "de" && len(run) == 1 && (nominalDE[run[0].fold] || offenceNounDE(run[0].fold)) {
			continue
		}
		// "ob bei dem Fonds Meldepflichten verletzt wurden": rules or
		// duties in the plural after the descriptor are the clause's
		// object, never a name.
		if d.lang == "de" && len(run) == 1 && dutyPluralDE(run[0].fold) {
			continue
		}
		// "listet der Verein Dutzende Positionen auf", "nennt die Behörde
		// mehrere Fälle": a count or a determiner after the descriptor
		// opens the clause's object, never a name.
		if d.lang == "de" && (quantityWordsDE[run[0].fold] || germanDeterminers[run[0].fold]) {
			continue
		}
		// "Insgesamt beanstandet die Behörde Ausgaben des Landes",
		// "kritisiert der Verband Pläne des Ministeriums": one word that
		// governs a genitive after it, used nowhere else in the text, is
		// the clause's object; a body's name takes no genitive after it.
		if d.lang == "de" && len(run) == 1 && j < len(toks) && (toks[j].fold == "des" || toks[j].fold == "eines") && !d.runElsewhere(s, i+1, j, false) && !d.bareName(run[0].fold) {
			continue
		}
		// "einen der traditionsreichsten Werkzeugmaschinenbauer
		// Süddeutschlands", "den größten Versorger Bayerns": a place in
		// the genitive after the descriptor says where, it names no one.
		if len(run) == 1 && d.lang == "de" && d.regionGenitiveDE(run[0]) {
			continue
		}
		// "der Reederei Hanseblick …" then "soll die Reederei Abwasser ins
		// Meer geleitet haben": a definite descriptor that introduced
		// another name before refers back to it; a single word after it
		// that the text never uses again is the clause's object.
		if d.lang == "de" && len(run) == 1 && i > 0 && definiteDE[toks[i-1].fold] && j < len(toks) && (prepositions[toks[j].fold] || toks[j].fold == "ins" || toks[j].fold == "ans") &&
			!d.runElsewhere(s, i+1, i+2, false) && (d.descIntroduced(s, descStem(t)) || referBackBodiesDE[t.fold] && d.typeNamedBefore(s, claimgraph.Agency) || referBackFirmsDE[t.fold] && d.typeNamedBefore(s, claimgraph.Company)) {
			continue
		}
		// "einer der größten Kunden Cardonas": the genitive of a name
		// known already is that name, not a new one.
		if len(run) == 1 && d.lang == "de" && strings.HasSuffix(run[0].fold, "s") && d.knownShort(strings.TrimSuffix(run[0].fold, "s")) {
			continue
		}
		name := trimPoss(d.spanText(s, i+1, j))
		t0 := i + 1
		// "die Drogeriekette Brenner", "des Prüfinstituts Kessling", "die
		// Reederei Falkensund": a firm named by one word after the word
		// for its house (a shop, chain, institute, bank, practice) goes
		// by both, as German firms are called ("Brauerei Lindtal"); the
		// name is its fullest form, the word alone stays a short of it.
		// An agent noun ("der Autobauer Leonis", "der Discounter
		// Preisfuchs") only describes, and a name with a legal form is
		// complete without the word.
		if typ == claimgraph.Company && d.lang == "de" && j == i+2 && !toks[i+1].acro && !strings.Contains(toks[i+1].text, "-") {
			if base := houseWordDE(t); base != "" {
				full := base + " " + trimPoss(toks[i+1].text)
				// ("Die Spedition Kastner" after "Spedition Kastner GmbH":
				// a firm named before, which the shorts find.)
				if d.knownShort(fold(full)) || d.knownShort(trimPoss(toks[i+1].fold)) {
					continue
				}
				name, t0 = full, i
			}
		}
		// ("die Organisation Foodwatch" is Foodwatch: the generic word
		// is no part of a name.)
		if typ == claimgraph.Agency && d.lang == "de" && hasSuffixInflected(t.fold, agencyAppositionsDE) == t.fold && t.fold != "organisation" {
			// "die Gewerkschaft Nahrung-Genuss-Gaststätten": the type
			// word is part of the body's name.
			name, t0 = trimPoss(d.spanText(s, i, j)), i
		}
		// "die Mannschaft Velotec Pro Cycling": a professional team is a
		// business whatever the descriptor says.
		if j-t0 >= 2 && (toks[j-1].fold == "cycling" || toks[j-1].fold == "racing") && !d.isPlace(toks[t0]) {
			typ = claimgraph.Company
		}
		// A name a body's descriptor introduced is shortened and found
		// again like a slot name ("dem Zweitligisten HSG Talheim" … "die
		// HSG").
		m := &mention{sent: s, t0: t0, t1: j, kind: mName, typ: typ, name: name, role: descStem(t), slot: typ == claimgraph.Agency && d.bodyDescriptor(t)}
		if e := d.x.lx.lookupKey(name); e != nil {
			m.key = e.key
		}
		d.addMention(m)
		i = j - 1
		// "the cement makers Rift Cement and Savannah Bamburi": a plural
		// descriptor introduces every name of the list.
		// "den Baufirmen Holtkamp und Wersing": a German plural
		// descriptor too.
		if (d.lang == "en" && strings.HasSuffix(t.fold, "s") || d.lang == "de" && d.pluralDescriptorDE(t)) && typ == claimgraph.Company {
			for j < len(toks) && (toks[j].fold == "and" || toks[j].fold == "und" && d.lang == "de" || toks[j].text == ",") && j+1 < len(toks) {
				q := j + 1
				for q < len(toks) && q-j <= 4 && (isCapWord(toks[q]) || toks[q].acro) && !d.covered[s][q] && isRoleToken(toks[q], d) == "" && !d.commonNounAfterNameDE(s, j+1, q) {
					q++
				}
				if q == j+1 || q < len(toks) && toks[q].word && toks[q].cap && !d.commonNounAfterNameDE(s, j+1, q) {
					break
				}
				d.addMention(&mention{sent: s, t0: j + 1, t1: q, kind: mName, typ: typ, name: trimPoss(d.spanText(s, j+1, q)), role: descStem(t)})
				// "die Firmen A und B, Preise abgesprochen zu haben": the
				// name after "und" closes the list; a comma after it opens
				// the charge.
				last := toks[j].fold == "und" || toks[j].fold == "and"
				i, j = q-1, q
				if last {
					break
				}
			}
		}
	}
	// Descriptors directly before known names keep their descriptor.
	for _, m := range d.ments[s] {
		if m.typ == claimgraph.Company && m.t0 > 0 && m.role == "" {
			if p := toks[m.t0-1]; p.word && d.isCompanyDescriptor(p) {
				m.role = descStem(p)
			}
		}
	}
}

// shipWordsEN name a ship's kind before its name ("the tanker Aegean
// Dawn", "the container ship Maren Star").
var shipWordsEN = set("vessel", "ship", "tanker", "freighter", "trawler", "ferry", "yacht", "bulker", "barge", "tug", "supertanker", "warship", "frigate", "destroyer")

// shipCarrierMods make a "carrier" a ship ("the bulk carrier X", "the
// LNG carrier Y"), not an airline.
var shipCarrierMods = set("bulk", "ore", "lng", "gas", "car", "container", "crude", "oil", "aircraft", "livestock", "cement")

func descStem(t token) string { return stem(trimPoss(t.fold)) }

// lowerShortName reports a short lower-case word that is no word of the
// language: "npa", "epd", "kna" as the name of a news agency.
func lowerShortName(t token) bool {
	if !t.word || t.cap || len(t.text) < 2 || len(t.text) > 4 || functionWords[t.fold] || articles[t.fold] || prepositions[t.fold] {
		return false
	}
	vowels := 0
	for _, r := range t.text {
		if r < 'a' || r > 'z' {
			return false
		}
		if strings.ContainsRune("aeiou", r) {
			vowels++
		}
	}
	// An acronym has few vowels ("dpa", "npa", "epd"); "und", "the" are
	// caught above.
	return vowels <= 1
}

// plainWordPrepsDE put a one-word outlet name that is also an ordinary
// word into an ordinary phrase ("an die Presse", "in der Welt").
var plainWordPrepsDE = set("an", "in", "auf", "aus", "vor", "unter", "durch")

// outletAppositions stand before an outlet's name.
var outletAppositions = set("nachrichtenagentur", "newspaper", "broadcaster", "sender", "zeitung", "tageszeitung", "magazin", "magazine",
	"wochenzeitung", "boulevardzeitung", "nachrichtenmagazin", "wire", "tabloid", "daily", "weekly")

// actorGroupWords make an English "group" an organised actor: "hacker
// group Frostlauf".
var actorGroupWords = set("hacker", "hacking", "hackers", "terrorist", "terror", "extremist", "rebel", "militant", "paramilitary", "criminal", "ransomware")

// actorGroupDE: German compounds for organised non-state actors
// ("Hackergruppe", "Terrororganisation", "Rebellenmiliz").
func actorGroupDE(f string) bool {
	for _, p := range []string{"hacker", "terror", "rebellen", "extremisten", "milizen", "miliz"} {
		if strings.HasPrefix(f, p) && len(f) > len(p)+3 {
			return true
		}
	}
	// "die Wählergemeinschaft Neue Mitte": voters organised for an
	// election.
	if strings.HasPrefix(f, "waehlergemeinschaft") || strings.HasPrefix(f, "waehlerinitiative") {
		return true
	}
	// "die Umweltgruppe Wattenrat", "der Bürgergruppe Hafenblick": a
	// group of campaigners (not "Unternehmensgruppe", "Mediengruppe").
	if g := strings.TrimSuffix(f, "n"); strings.HasSuffix(g, "gruppe") {
		for _, p := range []string{"umwelt", "natur", "tierschutz", "tierrechts", "menschenrechts", "buerger", "aktivisten", "verbraucher", "klima", "protest", "kampagnen", "anwohner", "eltern", "patienten", "opfer", "waehler", "mieter"} {
			if strings.HasPrefix(g, p) {
				return true
			}
		}
	}
	return false
}

// actorGroupHyphen: "the Russian-speaking group", "an Iran-backed group":
// a group defined by allegiance is an organised actor, not a company.
func actorGroupHyphen(f string) bool {
	for _, e := range []string{"-speaking", "-backed", "-linked", "-sponsored", "-affiliated", "-aligned", "-based militant"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// usedAgain reports whether the lower-case word at token i of sentence s
// occurs elsewhere in the text as a subject with a capital ("noyb" …
// "Noyb said"): a name, not a common noun.
func (d *doc) usedAgain(s, i int) bool {
	f := d.sents[s].toks[i].fold
	for os := range d.sents {
		for k, t := range d.sents[os].toks {
			// Capitalised, or opening a sentence in lower case ("noyb
			// said"): a name.
			if (os != s || k != i) && trimPoss(t.fold) == f && (t.cap || k == 0) {
				return true
			}
		}
	}
	return false
}

// descriptorByArticle reports whether the first word of a German company
// name at token i of sentence s is a descriptor the lexicon does not know
// ("dem Babyausstatter Lullavo GmbH"): a legal form is feminine ("die
// GmbH", "der AG"), so a masculine or neuter article before the name
// agrees with the first word, which is then a noun describing the
// company. A feminine article belongs to the name ("die Kalkwerk
// Tannried AG").
func (d *doc) descriptorByArticle(s, i int) bool {
	toks := d.sents[s].toks
	w1 := toks[i]
	if len(w1.fold) < 5 || !isCapWord(toks[i+1]) || w1.acro || d.isPlace(w1) || firstNames[w1.fold] {
		return false
	}
	// "das Bankhaus Aldinger & Co. KGaA", "das Autohaus Kessler GmbH":
	// a trade's "-haus" opens the registered names of German family
	// firms; it is the name's first word, whatever the article.
	if strings.HasSuffix(w1.fold, "haus") && len(w1.fold) > len("haus")+2 && !strings.Contains(w1.text, "-") {
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].word && !toks[k].cap && isAdjDE(toks[k]) {
		k-- // "dem chinesischen Hersteller"
	}
	for k >= 0 && toks[k].word && !toks[k].cap && !functionWords[toks[k].fold] && strings.HasSuffix(toks[k].fold, "en") {
		k-- // "dem privaten Betreiber"
	}
	if k < 0 {
		return false
	}
	switch toks[k].fold {
	case "dem", "den", "des", "einem", "einen", "eines", "das", "ein", "seinem", "seinen", "ihrem", "ihren":
		return true
	case "der":
		// Nominative masculine only at the start of a clause. ("Der
		// Emsland Agrarlogistik GmbH wirft es vor": a word shaped like a
		// place, neuter or feminine, cannot be the masculine descriptor;
		// "der" is the dative of the feminine firm.)
		// ("Der Brunnhuber Agrar GmbH werfen sie vor" after "den
		// Futtermittelhändler Brunnhuber Agrar GmbH": a word the text
		// uses elsewhere without the article is the name's own.)
		return (k == 0 || toks[k-1].quote) && !placeShapedDE(w1.fold) && !d.aloneElsewhere(s, i, "der")
	}
	return false
}

// placeShapeEndsDE end the names of German towns and regions, which are
// neuter or feminine ("das Emsland", "die Elbstadt", "das Mühltal").
var placeShapeEndsDE = []string{"land", "stadt", "dorf", "burg", "heim", "hausen", "tal", "feld", "felde", "stedt", "ingen", "rode", "leben"}

// commonPlaceNounsDE are common nouns with a place's ending ("die
// Hauptstadt", "das Ausland"), no town's name.
var commonPlaceNounsDE = set("hauptstadt", "landeshauptstadt", "kreisstadt", "hansestadt", "großstadt", "grossstadt", "kleinstadt", "heimatstadt",
	"partnerstadt", "nachbarstadt", "innenstadt", "altstadt", "vorstadt", "universitätsstadt", "bundesland", "ausland", "inland", "umland",
	"heimatland", "nachbarland", "mutterland", "festland", "hinterland", "ackerland", "bauland", "weideland", "wohnheim", "pflegeheim", "altenheim",
	"kinderheim", "tierheim", "feld", "umfeld", "vorfeld", "spielfeld", "geschäftsfeld", "arbeitsfeld", "handlungsfeld", "tätigkeitsfeld")

// placeShapedDE reports a German word ending like the name of a town or
// region ("Emsland", "Elbstadt", "Mühltal", "Birkendorf") that is no
// common noun of that shape.
func placeShapedDE(f string) bool {
	if commonPlaceNounsDE[f] {
		return false
	}
	for _, e := range placeShapeEndsDE {
		if strings.HasSuffix(f, e) && len(f) >= len(e)+3 {
			return true
		}
	}
	return false
}

// markSubject flags the first entity mention of each clause as its likely
// subject; salience counts subjects double.
func (d *doc) markSubject(s int) {
	toks := d.sents[s].toks
	first := -1
	inPP := false
	for k, m := range d.ments[s] {
		m.subj = false
		// "Nach Audi und Volkswagen gerät nun auch Daimler ins Visier":
		// names in a prepositional phrase are no subject.
		if first < 0 && m.t0 > 0 {
			// ("In a letter to Mayor Jane Holt, the union accused …":
			// past the title before the name.)
			pk := m.t0 - 1
			for pk > 0 && m.kind == mPerson && toks[pk].cap && isRoleToken(toks[pk], d) != "" {
				pk--
			}
			p := toks[pk].fold
			// "Prosecutors at X", "Campaigners at X": the body whose
			// people open the sentence is its subject.
			staffSubj := d.lang == "en" && (p == "at" || p == "from") && m.t0 >= 2 && staffNouns[toks[m.t0-2].fold] && m.t0 <= 4
			if !staffSubj && (prepositions[p] && p != "by" || inPP && (p == "und" || p == "and" || p == "oder" || p == "or" || p == ",")) {
				inPP = true
				continue
			}
		}
		if first < 0 {
			first = k
		}
		inPP = false
	}
	if first < 0 && len(d.ments[s]) > 0 {
		first = 0
	}
	if first >= 0 {
		d.ments[s][first].subj = true
	}
}

// resolveNames links name mentions to entities: by lexicon key, by
// normalised name, or a new entity.
func (d *doc) resolveNames(s int) {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.ent != nil {
			if m.kind == mShort {
				d.attach(m, m.ent)
			}
			continue
		}
		if m.kind != mName && m.kind != mPerson {
			continue
		}
		// "Two China Coast Guard vessels rammed …": a number word that
		// opens the sentence is capitalised, not part of the name.
		if m.kind == mName && m.key == "" && m.t0 == 0 && m.t1-m.t0 >= 3 && d.lang == "en" && (numberWordsEN[toks[0].fold] || toks[0].fold == "several" || toks[0].fold == "both") {
			m.t0++
			m.name = trimPoss(d.spanText(s, m.t0, m.t1))
		}
		// "Tsingshan-backed Sulawesi Mineral Smelting", "Kremlin-linked
		// Baltic Freight Ltd": a compound of a name and a participle of
		// ownership or ties qualifies the name; it is none of its words.
		if m.kind == mName && m.t1-m.t0 >= 2 && d.lang == "en" && tiedCompoundEN(toks[m.t0]) {
			m.t0++
			m.name = trimPoss(d.spanText(s, m.t0, m.t1))
		}
		var e *entity
		if m.key != "" {
			e = d.byKey[string(m.typ)+"|"+m.key]
			// "Die AOK Niedersachsen hat Strafanzeige erstattet … Die AOK
			// teilte mit": after the one branch the text named, the
			// body's bare name is that branch.
			if e == nil {
				e = d.onlyBranchOf(m.key, m.typ)
			}
			if e == nil {
				// "russische Botschaft" and "russische Botschaft in
				// Berlin" (ru-embassy, ru-embassy-de) are one body here.
				for _, o := range d.ents {
					if o.typ == m.typ && o.key != "" && !o.dead && strings.Contains(m.key, "-") && strings.Contains(o.key, "-") &&
						(strings.HasPrefix(o.key, m.key+"-") || strings.HasPrefix(m.key, o.key+"-")) && countryKeyPrefix(o.key) != "" {
						e = o
						break
					}
				}
			}
		}
		if e == nil {
			k := slug(m.name)
			if m.kind == mPerson {
				k = "person:" + k
			}
			for _, o := range d.ents {
				if o.typ == m.typ && (o.key == k || slug(o.name) == slug(m.name) || m.typ == claimgraph.Company && (isPrefixName(m.name, o.name) || legalTailName(m.name, o.name)) ||
					m.typ == claimgraph.Agency && slug(ofForm(o.name)) == slug(ofForm(m.name)) ||
					m.typ == claimgraph.Agency && slug(holderOffice(o.name)) == slug(holderOffice(m.name)) ||
					m.typ == claimgraph.Agency && d.lang == "de" && !o.dead && (slug(townAdjTrimDE(o.name)) == slug(m.name) || slug(townAdjTrimDE(m.name)) == slug(o.name))) {
					e = o
					break
				}
			}
			// "Mieterbund Kellburg" … "Petra Lindenberger vom Mieterbund":
			// a German body's one-word name that is the compound a body
			// named before goes by is that body.
			if e == nil && m.kind == mName && m.key == "" && m.t1 == m.t0+1 && d.lang == "de" && m.typ == claimgraph.Agency {
				f := fold(trimPoss(m.name))
				for _, o := range d.ents {
					if o.typ == m.typ && !o.dead && len(strings.Fields(o.name)) >= 2 && slices.Contains(o.shorts, f) {
						e = o
						break
					}
				}
			}
			if e == nil && m.kind == mPerson && m.t1 == m.t0+1 && m.t0 > 0 && knightTitles[toks[m.t0-1].fold] {
				e = d.knightNamed(fold(trimPoss(m.name)))
			}
			// "St Ronan's University Hospital" … "St Ronan's rejected the
			// claim": a name that opens with a possessive goes by it.
			if l := toks[m.t1-1]; e == nil && m.kind == mName && m.key == "" && d.lang == "en" && trimPoss(l.fold) != l.fold && m.t1-m.t0 >= 2 {
				p := fold(d.spanText(s, m.t0, m.t1)) + " "
				for _, o := range d.ents {
					if !o.dead && o.isOrg() && strings.HasPrefix(fold(o.name), p) {
						e = o
						break
					}
				}
			}
			if e == nil && m.typ == claimgraph.Agency && !m.descr {
				e = d.descriptiveAntecedent(s, m.name, m.t0 <= 1)
			}
			// "the Kessarian government" … "Kessaria": a state and its
			// government by its adjective are one party.
			if e == nil && m.typ == claimgraph.Agency && m.key == "" {
				e = d.stateTwin(m.name)
			}
			// "Netzagentur" is short for the "Bundesnetzagentur" named
			// before.
			// "aus dem Handelsministerium" is the "chinesische
			// Handelsministerium" named before.
			// "die Kreissparkasse Ostholm" … "Die Sparkasse bestreitet
			// das": after a definite article a bare word that heads the
			// compound opening a name said before is that party, even a
			// word the lexicon knows as a name of its own.
			if e == nil && d.lang == "de" && !strings.Contains(m.name, " ") && m.t0 > 0 && definiteDE[toks[m.t0-1].fold] {
				nf := fold(m.name)
				for _, o := range d.ents {
					w := strings.Fields(fold(o.name))
					if o.typ == m.typ && !o.dead && len(w) >= 2 && strings.HasSuffix(w[0], nf) && len(w[0]) >= len(nf)+3 {
						e = o
						break
					}
					// "das Koblenzer Beschaffungsamt der Bundeswehr" …
					// "an dem Beschaffungsamt": the compound after a
					// town's adjective.
					if o.typ == m.typ && !o.dead && len(w) >= 2 && w[1] == nf && strings.HasSuffix(w[0], "er") && len(nf) >= 8 && !strings.HasPrefix(nf, "bundes") && !strings.HasPrefix(nf, "landes") {
						e = o
						break
					}
				}
			}
			if e == nil && m.typ == claimgraph.Agency && d.lang == "de" && !strings.Contains(m.name, " ") {
				e = d.fieldCompoundOf(fold(m.name))
				// "Das Bundesamt für Ausrüstung, Informationstechnik und
				// Nutzung der Bundeswehr" … "eines Berichts des
				// Beschaffungsamts": after a definite article, a compound
				// of the same office head that names no level, town or
				// office of its own describes the one federal or state
				// office named in full before.
				if e == nil && m.t0 > 0 && definiteDE[toks[m.t0-1].fold] && m.t1 == m.t0+1 {
					e = d.officeDescribedDE(toks[m.t0])
				}
			}
			if e == nil && m.typ == claimgraph.Agency && !strings.Contains(m.name, " ") {
				nf := fold(m.name)
				for _, o := range d.ents {
					on := fold(o.name)
					if o.typ == claimgraph.Agency && !o.dead && len(on) > len(nf) && (strings.HasSuffix(on, nf) && !strings.Contains(o.name, " ") || strings.HasSuffix(on, " "+nf)) {
						e = o
						break
					}
				}
			}
			if e == nil {
				key := m.key
				if key == "" {
					key = k
				}
				e = d.newEntity(m.typ, m.name, key)
				e.descr = m.descr
				e.slot = m.slot
				e.branchOf = m.branchOf
			}
		}
		d.attach(m, e)
		if m.role != "" && (e.typ == claimgraph.Company || e.typ == claimgraph.Agency) {
			e.descs = append(e.descs, m.role)
		}
		if m.kind == mPerson && m.female {
			e.female = true
		}
		if m.kind == mPerson && m.femaleGuess {
			e.femaleGuess = true
		}
		// "Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA)"
		if m.t1+2 < len(toks) && toks[m.t1].text == "(" && (toks[m.t1+1].acro || d.shortInBrackets(toks[m.t1+1], e)) && toks[m.t1+2].text == ")" {
			a := toks[m.t1+1].text
			// A lexicon acronym lends its key: "United States Department
			// of Justice (DOJ)" is the DOJ of other articles.
			if am := d.mentionAt(s, m.t1+1); am != nil && am.kind == mName && am.key != "" && am.typ == e.typ {
				if e.key == "" || d.x.lx.byKey[e.key] == nil {
					delete(d.byKey, string(e.typ)+"|"+e.key)
					e.key = am.key
					d.byKey[string(e.typ)+"|"+e.key] = e
				}
				am.kind = mShort
				am.ent = e
			} else if am != nil && am.kind == mName && (am.key != "" && am.typ != e.typ || am.key == "" && am.ent == nil && am.t0 == m.t1+1 && am.t1 == m.t1+2) && e.isOrg() && d.acro[a] == nil {
				// ("dem Bundesverband Kanusport (BVK) vor": letters a
				// pass took for a name of their own are the body's.)
				// "die Moskauer Social Design Agency (SDA)": the text
				// defines the letters for its own body; the lexicon's
				// other SDA (a news agency) is not meant here or later.
				am.kind, am.typ, am.key = mShort, e.typ, ""
				am.ent = e
				d.acro[a] = e
				e.addAlias(a)
				e.shorts = append(e.shorts, fold(a))
			}
			if d.acro[a] == nil && d.mentionAt(s, m.t1+1) == nil && e.isOrg() {
				d.acro[a] = e
				e.addAlias(a)
				e.shorts = append(e.shorts, fold(a))
				am := &mention{sent: s, t0: m.t1 + 1, t1: m.t1 + 2, kind: mShort, typ: e.typ, name: a}
				d.cover(s, am.t0, am.t1)
				defer func(am *mention) { d.addMention(am); d.attach(am, e) }(am)
			}
		}
		d.registerShorts(e, m)
	}
}

// knightTitles go before a knight's or dame's given name alone once the
// full name is known: "Sir Anthony Pellow" … "Sir Anthony said".
var knightTitles = set("sir", "dame")

// knightNamed is the one person named in full before whose given name is
// f ("Sir Anthony" after "Sir Anthony Pellow" or "Anthony Pellow").
func (d *doc) knightNamed(f string) *entity {
	var found *entity
	for _, o := range d.ents {
		if o.typ != claimgraph.Official || o.dead {
			continue
		}
		w := strings.Fields(fold(o.name))
		if len(w) > 0 && knightTitles[w[0]] {
			w = w[1:]
		}
		if len(w) >= 2 && w[0] == f {
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	return found
}

// townAdjTrimDE strips a town's adjective in -er from a body's name that
// goes on with its own head and field: "Hamburger Amt für Arbeitsschutz"
// is the "Amt für Arbeitsschutz" said later. Other names are returned as
// they are.
func townAdjTrimDE(name string) string {
	w := strings.Fields(name)
	if len(w) < 3 || !strings.HasSuffix(w[0], "er") || len(w[0]) < 5 || strings.ToLower(w[0][:1]) == w[0][:1] || functionWords[fold(w[0])] {
		return name
	}
	if w[1] == strings.ToLower(w[1]) {
		return name
	}
	return strings.Join(w[1:], " ")
}

// townShort reports a short form f that is the last word of a body's or
// firm's name after a compound of a kind that every town has
// ("Kreissparkasse Lahnau", "Stadtwerke Ostholm"): the town's name.
func (d *doc) townShort(f string) bool {
	for _, e := range d.ents {
		w := strings.Fields(fold(e.name))
		for len(w) > 1 && (legalForms[w[len(w)-1]] || legalSuffixes[w[len(w)-1]]) {
			w = w[:len(w)-1]
		}
		if len(w) == 2 && w[1] == f && len(w[0]) >= 8 && !isAdjDE(token{fold: w[0]}) {
			return true
		}
	}
	return false
}

// tiedParticiplesEN end English compounds that tie a party to another
// ("Kremlin-linked", "state-owned", "London-listed", "Tsingshan-backed").
var tiedParticiplesEN = []string{"-backed", "-linked", "-owned", "-controlled", "-funded", "-listed", "-based", "-run", "-registered", "-affiliated", "-allied", "-aligned", "-led", "-financed"}

// tiedCompoundEN reports a capitalised compound of a name and one of
// tiedParticiplesEN.
func tiedCompoundEN(t token) bool {
	if !t.cap || !strings.Contains(t.fold, "-") {
		return false
	}
	for _, p := range tiedParticiplesEN {
		if strings.HasSuffix(t.fold, p) {
			return true
		}
	}
	return false
}

// isPrefixName reports whether a is a shorter form of b by whole words
// ("Calder Sound" of "Calder Sound Shipping FZE").
func isPrefixName(a, b string) bool {
	na, nb := normName(a), normName(b)
	return na != nb && (strings.HasPrefix(nb, na+" ") || strings.HasPrefix(na, nb+" "))
}

// genericFirst are first words too general to stand for a company alone.
var genericFirst = set("deutsche", "european", "europäische", "national", "federal", "first", "new", "united", "american",
	"international", "global", "general", "royal", "british", "china", "chinese", "bank", "the", "der", "die", "das",
	"us", "u.s.", "north", "south", "east", "west", "central", "city", "port", "swedish", "norwegian", "german")

// associationKindsDE open the names of German associations whose rest
// is a name of its own.
var associationKindsDE = set("verein", "initiative", "bürgerinitiative", "buergerinitiative", "bündnis", "buendnis", "aktionsbündnis", "aktionsbuendnis", "netzwerk")

// registerShorts remembers the forms by which a later sentence may name e
// briefly: a company's first word(s), a person's last name.
func (d *doc) registerShorts(e *entity, m *mention) {
	words := strings.Fields(m.name)
	switch e.typ {
	case claimgraph.Company, claimgraph.Publication:
		if len(words) == 1 && m.kind == mName {
			e.shorts = append(e.shorts, fold(trimPoss(words[0])))
		}
		// "Klinik am Maschsee": the head alone is a common noun ("ein
		// Hotel in der Innenstadt"), only the whole name refers.
		if len(words) == 3 && (words[1] == "am" || words[1] == "im") && institutionHeadsDE[fold(words[0])] {
			e.shorts = append(e.shorts, fold(m.name))
			return
		}
		if len(words) >= 2 {
			// The whole name again: "Cascadia Fibre" found by its
			// descriptor once, said bare later.
			if m.kind == mName && len(words) <= 4 {
				e.shorts = append(e.shorts, fold(trimPoss(strings.Join(words, " "))))
			}
			w := fold(strings.Trim(words[0], ",."))
			// ("Wäscherei Quandtner GmbH": the shop word alone is a
			// description, which the descriptions find.)
			// ("Hochschule für Logistik": nor is a bare body word.)
			w0 := newToken([]rune(words[0]), 0, len([]rune(words[0])))
			if !genericFirst[w] && !legalForms[w] && !(d.lang == "de" && (tradeShopDE(w0) || germanHead(w0) == w0.fold && len(words) > 2 && !legalSuffixes[words[len(words)-1]])) {
				e.shorts = append(e.shorts, w)
			}
			// The distinctive last word of "Kalkwerk Tannried AG" or
			// "Windkraft Larsfeld GmbH" is how German texts shorten it.
			core := words
			// ("Bäckerei Sommerfeld GmbH & Co. KG": the "& Co." of the
			// legal form goes too.)
			for len(core) > 1 && (legalForms[normName(core[len(core)-1])] || legalSuffixes[core[len(core)-1]] || coWords[fold(core[len(core)-1])] || core[len(core)-1] == "&") {
				core = core[:len(core)-1]
			}
			if l := fold(core[len(core)-1]); len(core) == 2 && !weakSuffixes[l] && !genericFirst[l] && d.lang == "de" {
				e.shorts = append(e.shorts, l)
			}
			// "Estuary Pilotage Services" for "Estuary Pilotage Services
			// Ltd": the name without its legal form.
			if len(core) >= 2 && len(core) < len(words) {
				e.shorts = append(e.shorts, fold(strings.Join(core, " ")))
			}
			// Outlets go by their last word: "the Ledger", "the Post".
			if l := fold(trimPoss(words[len(words)-1])); e.typ == claimgraph.Publication && publicationHeads[l] {
				e.shorts = append(e.shorts, l)
			}
			if len(words) >= 3 {
				e.shorts = append(e.shorts, fold(words[0]+" "+words[1]))
				if words[1] == "&" && len(words) >= 4 {
					e.shorts = append(e.shorts, fold(words[0]+" & "+words[2]))
				}
			}
		}
	case claimgraph.Agency:
		// "Tellerwächter e.V." … "Tellerwächter hält an seiner
		// Darstellung fest": a registered association goes by its name
		// without the legal form.
		if m.kind == mName && len(words) >= 2 && len(words) <= 4 && (words[len(words)-1] == "e.V." || words[len(words)-1] == "e.V") {
			e.shorts = append(e.shorts, fold(trimPoss(strings.Join(words[:len(words)-1], " "))))
		}
		// "der Verein Digitalcourage Nord" … "Digitalcourage Nord wirft
		// … vor": a name that opens with its kind of association goes by
		// the rest, unless that is an adjective and its noun ("Verein
		// Deutscher Ingenieure").
		if m.kind == mName && d.lang == "de" && len(words) >= 2 && len(words) <= 4 && associationKindsDE[fold(words[0])] {
			if r := words[1]; r != strings.ToLower(r) && !(len(words) > 2 && strings.HasSuffix(r, "er")) {
				e.shorts = append(e.shorts, fold(trimPoss(strings.Join(words[1:], " "))))
			}
		}
		// "noyb", "digitalwatch": a body whose name is written in lower
		// case is found by that name again.
		if len(words) == 1 && m.kind == mName && strings.ToLower(words[0]) == words[0] {
			e.shorts = append(e.shorts, words[0])
		}
		// "the hacking group Red Lantern" … "Red Lantern had also
		// breached": a name found by its descriptor is said bare later.
		if m.kind == mName && m.role != "" && !m.slot && len(words) <= 4 && words[0] != strings.ToLower(words[0]) {
			e.shorts = append(e.shorts, fold(trimPoss(strings.Join(words, " "))))
		}
		// "Dunmore Rovers" … "Dunmore", "HSG Talheim" … "die HSG": a
		// name found by its slot is shortened like a company's.
		if m.slot && len(words) == 1 {
			e.shorts = append(e.shorts, fold(trimPoss(words[0])))
		}
		// "the pressure group Tallis Housing Coalition" … "Tallis said":
		// an English body's name that its descriptor introduced goes by
		// its first word like a slot name's, unless that word is general
		// ("National", "Royal") or a place ("Leeds Tenants Union").
		if !m.slot && m.role != "" && d.lang == "en" && m.kind == mName && len(words) >= 2 && len(words) <= 5 && words[0] != strings.ToLower(words[0]) {
			w0 := []rune(words[0])
			if t0 := newToken(w0, 0, len(w0)); !genericFirst[t0.fold] && !legalForms[t0.fold] && len(t0.fold) > 3 && !d.isPlace(t0) && !cities[t0.fold] && !agencyHeadsEN[t0.fold] && !functionWords[t0.fold] && !t0.acro {
				e.shorts = append(e.shorts, t0.fold)
			}
		}
		if m.slot && len(words) >= 2 {
			e.shorts = append(e.shorts, fold(strings.Join(words, " ")))
			if w := fold(strings.Trim(words[0], ",.")); !genericFirst[w] && !legalForms[w] && len(w) > 2 {
				e.shorts = append(e.shorts, w)
			}
			// "Larne Harbour FC" … "Larne Harbour said".
			if len(words) >= 3 {
				e.shorts = append(e.shorts, fold(words[0]+" "+words[1]))
			}
		}
		// "die Regierung Tessaliens", "die Regierung von Belaria", "the
		// government of Valdoria": the state's bare name is the
		// government acting ("Tessalien wirft … vor").
		if m.kind == mName && len(words) >= 2 && len(words) <= 3 && (fold(words[0]) == "regierung" || fold(words[0]) == "government") {
			st := fold(words[len(words)-1])
			if len(words) == 2 && fold(words[0]) == "regierung" {
				st = strings.TrimSuffix(st, "s")
			}
			if len(words) == 2 || words[1] == "von" || words[1] == "of" {
				e.shorts = append(e.shorts, st, st+"s")
			}
		}
		// "Landesrechnungshof Niedersachsen" … "der Landesrechnungshof",
		// "Bäckerinnungsverband Westfalen" … "der Bäckerinnungsverband":
		// a German body named by a compound and its place or name words
		// goes by the compound alone.
		if d.lang == "de" && m.kind == mName && len(words) >= 2 && len(words) <= 4 {
			w0 := []rune(words[0])
			t0 := newToken(w0, 0, len(w0))
			if h := germanHead(t0); h != "" && (len(t0.fold) > len(h)+3 || strings.HasPrefix(h, "bundes") || strings.HasPrefix(h, "landes")) && !genericCompounds[t0.fold] && !municipalOffice(t0.fold) {
				e.shorts = append(e.shorts, t0.fold)
			}

		}
		// "the Department of Defence" … "the company had informed
		// Defence", "a Defence spokesperson": a state's department goes
		// by its field alone.
		if d.lang == "en" && m.kind == mName && len(words) == 3 && (fold(words[0]) == "department" || fold(words[0]) == "ministry") && fold(words[1]) == "of" && fieldShortsEN[fold(trimPoss(words[2]))] {
			e.shorts = append(e.shorts, fold(trimPoss(words[2])))
		}
		// "the Conservative Party" … "a Conservative spokesperson".
		if l := fold(words[len(words)-1]); len(words) == 2 && (l == "party" || l == "partei") {
			e.shorts = append(e.shorts, fold(words[0]))
		}
	case claimgraph.Official:
		// "Mrs Okafor" … "Okafor's lawyer": a name after a title may be
		// the surname alone.
		if m.kind == mPerson && (len(words) >= 2 || len(words) == 1 && m.t0 > 0 && titleBefore(d.sents[m.sent].toks, m.t0)) {
			e.last = fold(trimPoss(words[len(words)-1]))
			// "Meera Shah KC" … "Ms Shah": the rank of silk follows the
			// surname.
			if len(words) >= 3 && postNominals[e.last] {
				e.last = fold(trimPoss(words[len(words)-2]))
			}
			// "Park Ji-hoon" … "Park": Korean and Chinese names put the
			// family name first.
			// ("Sabine Krüger-Lenz" … "Krüger-Lenz": a double surname
			// has a capital after its hyphen, a given name like
			// "Ji-hoon" none.)
			if l := words[len(words)-1]; strings.Contains(l, "-") && !strings.Contains(words[0], "-") && !capAfterHyphen(l) {
				e.last = fold(words[0])
			}
		}
	}
}

// innerCapital reports a capital letter after a lower-case one inside w,
// as brands are written ("InfraGO", "DeepMind").
func innerCapital(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsLower(r) {
			lower = true
		} else if unicode.IsUpper(r) && lower {
			return true
		}
	}
	return false
}

// capAfterHyphen reports a capital letter right after a hyphen in w
// ("Krüger-Lenz", not "Ji-hoon").
func capAfterHyphen(w string) bool {
	i := strings.Index(w, "-")
	if i < 0 || i+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsUpper(r)
}

// shortPass finds short forms of names seen before: "Veltrano", "Calder
// Sound", "Fengler", "Korvin's".
func (d *doc) shortPass(s int) {
	toks := d.sents[s].toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word || !t.cap && !d.lowerName(t.text) || d.covered[s][i] {
			continue
		}
		// "Markus Schreiber" is a person even where "Schreiber" is
		// short for "Landhaus Schreiber GmbH".
		if i > 0 && firstNames[toks[i-1].fold] && toks[i-1].cap && !d.covered[s][i-1] {
			continue
		}
		// "Dr. Cornelius Harlinger": a title or an unknown first name
		// before it.
		if i > 1 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && titles[toks[i-2].fold] {
			continue
		}
		// "The company's owner, Stelios Aristeidou,", "its founder
		// Dimitra Kallis": an unknown first name after a role word, with
		// or without the comma, names the person who holds it, whatever
		// firm bears the surname.
		if d.lang == "en" && i > 1 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && !toks[i-1].acro && i+1 < len(toks) && !isCapWord(toks[i+1]) {
			r := i - 2
			if toks[r].text == "," && r > 0 {
				r--
			}
			if !toks[r].cap && isRoleToken(toks[r], d) != "" && !lawyerWords[toks[r].fold] {
				continue
			}
		}
		// "die Stadtbibliothek Lahnau" after "Kreissparkasse Lahnau": a
		// town's word after a noun that no pass took is the name of
		// another body of that town, not short for the one named.
		if d.lang == "de" && i > 1 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && len(toks[i-1].fold) >= 8 && !toks[i-1].acro && !functionWords[toks[i-1].fold] &&
			!d.isCompanyDescriptor(toks[i-1]) && isRoleToken(toks[i-1], d) == "" && !firstNames[toks[i-1].fold] && !agencyDescriptors[toks[i-1].fold] && !nameAdjDE(toks[i-1]) &&
			d.townShort(trimPoss(t.fold)) {
			continue
		}
		f := trimPoss(t.fold)
		var found *entity
		n := 1
		for _, e := range d.ents {
			for _, sh := range e.shorts {
				ws := strings.Fields(sh)
				// "den Stadtwerken": a German dative plural adds "n" (an
				// adjective so inflected opens a longer name: "der
				// Hanseatischen Wohnbau").
				if len(ws) == 1 && (ws[0] == f || d.lang == "de" && (ws[0]+"s" == f || strings.HasSuffix(ws[0], "e") && ws[0]+"n" == f && (i+1 >= len(toks) || !isCapWord(toks[i+1])))) && ws[0] != "" {
					if found == nil || len(ws) > n {
						found, n = e, 1
					}
				} else if len(ws) > 1 && i+len(ws) <= len(toks) {
					ok := true
					for k, w := range ws {
						tf := trimPoss(toks[i+k].fold)
						if tf != w || d.covered[s][i+k] {
							ok = false
							break
						}
					}
					if ok && len(ws) > n {
						found, n = e, len(ws)
					}
				}
			}
			if e.typ == claimgraph.Official && e.last != "" && (e.last == f || d.lang == "de" && e.last+"s" == f) && (found == nil || found.isOrg() && n == 1 && d.personContext(s, i)) {
				found = e
			}
		}
		if found == nil {
			continue
		}
		// A longer capitalised run is another name ("Korvin Street").
		if i+n < len(toks) && isCapWord(toks[i+n]) && !d.covered[s][i+n] && found.typ != claimgraph.Official && !functionWords[toks[i+n].fold] && d.lang == "en" {
			continue
		}
		m := &mention{sent: s, t0: i, t1: i + n, kind: mShort, typ: found.typ, name: trimPoss(d.spanText(s, i, i+n))}
		d.addMention(m)
		m.ent = found
		i += n - 1
	}
}

// repeatShorts finds a name said again in the sentence that introduced it
// ("…, while Kessling Retail accused the union", "…, and Delmont accused
// it"): its short forms are known only once the names are resolved.
func (d *doc) repeatShorts(s int) {
	toks := d.sents[s].toks
	// Short forms of the entities first named here, by their first word.
	var byFirst map[string][][]string
	var owner map[string]*entity
	first := len(toks)
	for _, m := range d.ments[s] {
		e := m.ent
		if e == nil || m.kind != mName || len(e.hits) == 0 || e.hits[0].sent != s {
			continue
		}
		for _, sh := range e.shorts {
			ws := strings.Fields(sh)
			key := strings.Join(ws, " ")
			if len(ws) == 0 || owner[key] != nil {
				continue
			}
			if byFirst == nil {
				byFirst, owner = map[string][][]string{}, map[string]*entity{}
			}
			byFirst[ws[0]] = append(byFirst[ws[0]], ws)
			owner[key] = e
			first = min(first, m.t1)
		}
	}
	for i := first; byFirst != nil && i < len(toks); i++ {
		t := toks[i]
		if !t.word || !t.cap || d.covered[s][i] {
			continue
		}
		var found *entity
		n := 0
		for _, ws := range byFirst[trimPoss(t.fold)] {
			if len(ws) <= n || i+len(ws) > len(toks) {
				continue
			}
			ok := true
			for k, w := range ws {
				if trimPoss(toks[i+k].fold) != w || d.covered[s][i+k] {
					ok = false
					break
				}
			}
			if ok {
				found, n = owner[strings.Join(ws, " ")], len(ws)
			}
		}
		// A longer capitalised run is another name ("Delmont Rail").
		if found == nil || i+n < len(toks) && isCapWord(toks[i+n]) && !d.covered[s][i+n] && !functionWords[toks[i+n].fold] {
			continue
		}
		m := &mention{sent: s, t0: i, t1: i + n, kind: mShort, typ: found.typ, name: trimPoss(d.spanText(s, i, i+n))}
		d.addMention(m)
		d.attach(m, found)
		i += n - 1
	}
}

// personContext reports words around token i of sentence s that make a
// name shared by a company and a person the person: a masculine or
// personal relative pronoun ("Harlinger, der das Institut 2016 verlassen
// hat"), or a lawyer speaking for him ("ließ über seinen Anwalt
// erklären").
func (d *doc) personContext(s, i int) bool {
	toks := d.sents[s].toks
	if i+2 < len(toks) && toks[i+1].text == "," && (toks[i+2].fold == "der" || toks[i+2].fold == "who") {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		if lawyerWords[toks[k].fold] && (possessives[toks[k-1].fold] || toks[k-1].fold == "seinen" || toks[k-1].fold == "ihren") {
			return true
		}
	}
	return false
}

var roleEnds = map[string]bool{"": true, "s": true, "n": true, "en": true, "in": true, "innen": true}

// isRoleToken returns the role a token names ("sprecher", "chief"), or "".
func isRoleToken(t token, d *doc) string {
	if !t.word {
		return ""
	}
	f := trimPoss(t.fold)
	if roleWordsEN[f] {
		return f
	}
	// "vzbv-Vorständin Ramona Pielke", "taz-Chefredakteurin": a
	// lower-case acronym may open a compound whose capitalised last part
	// is the role.
	if t.cap || d.lang == "de" && capAfterHyphen(t.text) {
		base := f
		if i := strings.LastIndex(base, "-"); i >= 0 {
			base = base[i+1:]
		}
		// (Asked for the same word by many rules: the document keeps
		// the answer.)
		if r, ok := d.roleCache[base]; ok {
			return r
		}
		if d.roleCache == nil {
			d.roleCache = map[string]string{}
		}
		for _, r := range d.x.roleDE {
			i := strings.LastIndex(base, r)
			if i >= 0 && roleEnds[base[i+len(r):]] {
				d.roleCache[base] = r
				return r
			}
		}
		d.roleCache[base] = ""
	}
	return ""
}

// compoundPass reads hyphenated compounds whose first part names a known
// entity: "Alibaba-Unternehmen", "OLAF-Ermittler", "Castorin-Chef".
func (d *doc) compoundPass(s int) {
	toks := d.sents[s].toks
	for i, t := range toks {
		if !t.word || d.covered[s][i] || !strings.Contains(t.text, "-") {
			continue
		}
		p := strings.Index(t.text, "-")
		pre, rest := t.text[:p], t.text[p+1:]
		if pre == "" || rest == "" {
			continue
		}
		pf := fold(pre)
		var e *entity
		var lexNew *lexForm
		for _, o := range d.ents {
			if o.typ == claimgraph.Official {
				continue
			}
			for _, sh := range o.shorts {
				if sh == pf {
					e = o
				}
			}
			if fold(o.name) == pf {
				e = o
			}
		}
		if e == nil {
			if f := d.x.lx.byFirst[stem(pf)]; len(f) > 0 {
				for _, lf := range f {
					if len(lf.toks) == 1 && (lf.toks[0].text == pre || !lf.toks[0].acro && (lf.toks[0].fold == pf || d.lang == "de" && lf.toks[0].stem == stem(pf))) && !lf.meto {
						e = d.byKey[string(lf.entry.typ)+"|"+lf.entry.key]
						if e == nil && lf.entry.typ != claimgraph.Publication {
							lexNew = lf
						}
						break
					}
				}
			}
		}
		rt := newToken([]rune(rest), 0, len([]rune(rest)))
		// "der Telefonica-Tochter Funkwerk Mobil GmbH": a compound of a
		// parent and a descriptor before a name describes the named
		// party; the phrase means it, not the parent.
		if nm := d.mentionAt(s, i+1); d.lang == "de" && nm != nil && nm.t0 == i+1 && nm.typ != claimgraph.Official && (nm.kind == mName || nm.kind == mShort) && (nm.ent == nil || nm.ent != e) &&
			d.isCompanyDescriptor(rt) {
			continue
		}
		if e == nil && lexNew != nil && (d.isCompanyDescriptor(rt) || agencyDescriptors[rt.stem] || agencyDescriptors[rt.fold]) {
			e = d.newEntity(lexNew.entry.typ, lexNew.form, lexNew.entry.key)
		}
		if e == nil {
			continue
		}
		switch {
		case isRoleToken(rt, d) != "":
			// handled by personPass/anonPass, which read the prefix
		case d.isCompanyDescriptor(rt) || agencyDescriptors[rt.stem] || agencyDescriptors[rt.fold] || hasSuffixInflected(rt.fold, []string{"ermittler"}) != "":
			m := &mention{sent: s, t0: i, t1: i + 1, kind: mShort, typ: e.typ, name: t.text}
			d.addMention(m)
			m.ent = e
		}
	}
}

func countryKeyPrefix(k string) string {
	if i := strings.Index(k, "-"); i == 2 {
		return k[:2]
	}
	return ""
}

// corporateRoles make an unknown capitalised word before them a
// company: "Nissan chairman Carlos Ghosn", "Tesla CEO", "Siemens-Chef".
var corporateRoles = set("chairman", "chairwoman", "ceo", "cfo", "coo", "founder", "co-founder", "executive", "spokesperson",
	"spokesman", "spokeswoman", "president", "director", "chef", "chefin", "sprecher", "sprecherin", "vorstand", "vorstandschef",
	"vorstandschefin", "gründer", "gruender", "konzernchef", "finanzchef", "aufsichtsratschef")

// rolePremodPass creates a company from an unknown name that stands
// before a corporate role: "Nissan chairman", "Siemens-Chef".
func (d *doc) rolePremodPass(s int) {
	toks := d.sents[s].toks
	for i, t := range toks {
		if !t.word || d.covered[s][i] {
			continue
		}
		// German compound: "Siemens-Chef".
		if d.lang == "de" && t.cap && strings.Count(t.text, "-") == 1 {
			p := strings.Index(t.text, "-")
			pre, rest := t.text[:p], strings.ToLower(t.text[p+1:])
			if corporateRoles[fold(rest)] && len([]rune(pre)) >= 3 && unicode.IsUpper([]rune(pre)[0]) && !d.isPlace(newToken([]rune(pre), 0, len([]rune(pre)))) &&
				d.x.lx.lookupKey(pre) == nil && !d.knownShort(fold(pre)) && strings.ToUpper(pre) != pre &&
				// "Reederei-Chefin": the chief of the company described so,
				// no company named "Reederei".
				!d.isCompanyDescriptor(token{text: pre, fold: fold(pre), word: true, cap: true}) {
				e := d.newEntity(claimgraph.Company, pre, slug(pre))
				e.shorts = append(e.shorts, fold(pre))
			}
			continue
		}
		// English: "Nissan chairman", "Former Nissan chairman".
		if d.lang == "en" && isCapWord(t) && !t.acro && i+1 < len(toks) && corporateRoles[toks[i+1].fold] && !toks[i+1].cap &&
			!roleWordsEN[t.fold] && !roleModifiers[t.fold] && !companyDescriptorsEN[t.fold] && !agencyDescriptors[t.fold] && !publicationDescriptors[t.fold] &&
			!d.isPlace(t) && !firstNames[t.fold] && !agencyHeadsEN[t.fold] && (i == 0 || !isCapWord(toks[i-1]) || functionWords[toks[i-1].fold]) {
			name := trimPoss(t.text)
			if d.x.lx.lookupKey(name) != nil || d.knownShort(fold(name)) {
				continue
			}
			// "District spokesperson Lauren Kim said" after "the Millbrook
			// Area School District": the head word of a body's name the
			// text gave before refers back to that body.
			if d.endsBodyName(trimPoss(t.fold)) != nil {
				continue
			}
			// "Valdoria's president" after "the Valdorian government": a
			// state's head of state, not a firm's.
			if d.stateTwin(name) != nil || d.stateOfRole(t.fold) {
				d.addMention(&mention{sent: s, t0: i, t1: i + 1, kind: mName, typ: claimgraph.Agency, name: name})
				continue
			}
			d.addMention(&mention{sent: s, t0: i, t1: i + 1, kind: mName, typ: claimgraph.Company, name: name})
			continue
		}
		// English possessive: "Fair Money's chief executive, Ruth Anand",
		// "Brightline Capital's founder": a capitalised run in the
		// possessive before a corporate role (after role modifiers) is
		// the organisation the role belongs to.
		if d.lang == "en" && isCapWord(t) && !t.acro && (i == 0 || !isCapWord(toks[i-1]) || functionWords[toks[i-1].fold]) && !functionWords[t.fold] && !firstNames[t.fold] {
			j := i
			for j < len(toks) && j-i < 3 && isCapWord(toks[j]) && !d.covered[s][j] && !strings.HasSuffix(toks[j].text, "'s") && !strings.HasSuffix(toks[j].text, "’s") {
				j++
			}
			// "Nordwind's chief executive accused …": a single word
			// opening the clause in the possessive before a corporate
			// role (no head of state's "president") names a company too.
			single := j == i && (i == 0 || !toks[i-1].word) && !d.covered[s][i] && !monthOrDay(trimPoss(t.fold)) && !companyDescriptorsEN[trimPoss(t.fold)]
			if (j == i && !single) || j >= len(toks) || j-i >= 3 || d.covered[s][j] || !isCapWord(toks[j]) || !(strings.HasSuffix(toks[j].text, "'s") || strings.HasSuffix(toks[j].text, "’s")) {
				continue
			}
			k := j + 1
			for k+1 < len(toks) && roleModifiers[toks[k].fold] && !toks[k].cap && !(corporateRoles[toks[k].fold] && !corporateRoles[toks[k+1].fold]) {
				k++
			}
			if k >= len(toks) || !corporateRoles[toks[k].fold] || toks[k].cap || (k > j+1 || single) && toks[k].fold == "president" {
				continue
			}
			ok := true
			for q := i; q <= j; q++ {
				if d.isPlace(toks[q]) || roleWordsEN[toks[q].fold] || agencyHeadsEN[trimPoss(toks[q].fold)] || agencyDescriptors[trimPoss(toks[q].fold)] || publicationHeads[trimPoss(toks[q].fold)] {
					ok = false
				}
			}
			name := trimPoss(d.spanText(s, i, j+1))
			if !ok || d.x.lx.lookupKey(name) != nil || d.knownShort(fold(name)) || d.stateTwin(name) != nil {
				continue
			}
			d.addMention(&mention{sent: s, t0: i, t1: j + 1, kind: mName, typ: claimgraph.Company, name: name})
		}
	}
}

// parentHeads end the names of bodies that own other bodies: after their
// possessive a new name starts ("the Treasury Department's Office of
// Foreign Assets Control"), unlike after an office holder's ("the
// Prosecutor's Office").
var parentHeads = set("department", "ministry", "commission", "agency", "authority", "treasury", "council", "government", "administration", "bureau", "service", "union")

// stateOrgans are the bodies of a state that news names by the state's
// possessive ("Azmaria's foreign ministry").
// forceHeads are a state's forces, named by the place they serve in
// ("police in Morland", "security forces in Estavia").
var forceHeads = set("police", "army", "military", "forces", "navy", "coastguard")

var stateOrgans = set("ministry", "government", "military", "army", "navy", "parliament", "embassy", "cabinet", "presidency", "junta", "coastguard", "police")

// stateServiceMods make a "service" a state's organ: "Orvania's security
// service".
var stateServiceMods = set("security", "intelligence", "secret", "border", "customs", "foreign", "diplomatic")

// townWords name a local government by its place ("the city of
// Marlow").
var townWords = set("city", "town", "village", "borough", "municipality")

// titleModifiers open a person's title before a body's name ("Deputy
// Treasury Secretary").
var titleModifiers = set("deputy", "acting", "interim", "former", "vice", "assistant", "associate")

// roleModifiers stand before a role without naming an organisation.
var roleModifiers = set("managing", "senior", "deputy", "vice", "acting", "interim", "former", "executive", "general",
	"group", "global", "chief", "joint", "co", "assistant", "associate", "regional", "national", "company", "corporate", "new")

// amountWordsDE are German nouns of sums and units, never part of a
// person's name ("26 Millionen Euro, erklärte Geschäftsführer X").
var amountWordsDE = set("millionen", "milliarden", "million", "milliarde", "euro", "dollar", "franken", "pfund", "prozent", "tausend")

// knownShort reports whether a folded word already names an entity.
func (d *doc) knownShort(f string) bool {
	for _, e := range d.ents {
		for _, sh := range e.shorts {
			if sh == f {
				return true
			}
		}
	}
	return false
}

// endsBodyName reports whether f is the last word of the name of a body
// (not a company) of more than one word the text named before ("the
// Millbrook Area School District" … "the district" … "District
// spokesperson"), and that body; nil where none or more than one does.
func (d *doc) endsBodyName(f string) *entity {
	// Only a common noun the text also writes small for the body ("the
	// district said"); "United manager Luis Ortega" after "Ashford
	// United" is the club's short name, which coreference finds.
	lower := false
	for _, st := range d.sents {
		for k, t := range st.toks {
			lower = lower || k > 0 && t.word && !t.cap && t.fold == f && definiteEN[st.toks[k-1].fold]
		}
	}
	if !lower {
		return nil
	}
	var found *entity
	for _, e := range d.ents {
		if e.typ != claimgraph.Agency || e.dead {
			continue
		}
		if w := strings.Fields(e.name); len(w) > 1 && fold(w[len(w)-1]) == f {
			if found != nil && found != e {
				return nil // two bodies end so: the word tells none
			}
			found = e
		}
	}
	return found
}

// personPass finds persons: a role noun with a name ("Vorstandssprecherin
// Birte Lohmann", "chief executive Ingrid Marklund"), a name with a role in
// apposition ("Rachel Ordway, a senior enforcement official at the SEC",
// "its founder, Martin Lisle"), a known first name with a surname, and an
// age before a name ("dem 54-jährigen Holger Brandstätter").
func (d *doc) personPass(s int) {
	toks := d.sents[s].toks
	nameRun := func(i int) int { // length of a person name starting at i
		n, parts := 0, 0
		for j := i; j < len(toks) && n-parts < 3; j++ {
			t := toks[j]
			// "Philippa Rowe KC": the rank of silk ends a barrister's
			// name (counsel's note drops it again).
			if n >= 2 && t.acro && postNominals[strings.ToLower(t.text)] && !d.covered[s][j] && d.lang == "en" {
				n++
				break
			}
			// "Karen Mills": a trade word that is a surname, after a
			// known first name.
			surname := d.lang == "en" && n == 1 && tradeSurnamesEN[trimPoss(t.fold)] && firstNames[toks[i].fold] && !d.covered[s][j]
			// ("Der Angeschuldigte Steffen Gorzel": a German noun for a
			// person before a given name is no part of the name.)
			personWord := d.lang == "de" && n == 0 && d.personNoun(t) && j+1 < len(toks) && firstNames[toks[j+1].fold]
			// ("names Deputies Kyle Brandt and Aaron Whitlock": a role in
			// the plural before a list of names is no part of the first.)
			personWord = personWord || d.lang == "en" && n == 0 && pluralRoleEN(t)
			if !surname && (!isCapWord(t) || d.covered[s][j] || isRoleToken(t, d) != "" || personWord || d.isCompanyDescriptor(t) || agencyHeadsEN[t.fold] || weakSuffixes[t.fold] || legalSuffixes[t.text] || lawWords[t.fold] ||
				germanHead(t) != "" || strings.Contains(t.text, "-") && !firstNames[fold(strings.Split(t.text, "-")[0])] && n == 0 || t.acro || amountWordsDE[t.fold] ||
				// "gegen … Olaf Riedel Anklage erhoben": a noun of
				// accusation follows the name, it never ends one.
				d.lang == "de" && n > 0 && d.commonNounAfterNameDE(s, i, j)) {
				// "Pieter van Oorschot", "Ana de la Cruz", "Luis da
				// Silva": particles before the surname are the name's.
				k := j
				// (German text: "von", "van", "de" only; "der", "den",
				// "das" are its articles.)
				for k < len(toks) && k-j < 2 && !toks[k].cap && surnameParticles[toks[k].fold] && !d.covered[s][k] &&
					(d.lang == "en" || toks[k].fold == "von" || toks[k].fold == "van" || toks[k].fold == "de") {
					k++
				}
				if n > 0 && k > j && k < len(toks) && isCapWord(toks[k]) && !d.covered[s][k] {
					n += k - j
					parts += k - j
					j = k - 1
					continue
				}
				break
			}
			n++
			if strings.HasSuffix(t.text, ",") || strings.HasSuffix(t.text, "'s") {
				break
			}
		}
		return n
	}
	add := func(t0, t1 int, roleIdx int) {
		// "His attorney, Maria Delgado": counsel is no party.
		// ("Über seinen Verteidiger ließ Enrico Vassallo …": a verb
		// between makes the name the subject who speaks through him.)
		for k := t0 - 1; k >= 0 && k >= t0-2; k-- {
			if k < t0-1 && toks[t0-1].word && !toks[t0-1].cap {
				break
			}
			// "Through his lawyer, Kevin Doyle rejected the charges":
			// the one who speaks through counsel is named after the
			// phrase that opens the sentence ("said through its lawyer,
			// Gordon Shiu, that …" names the counsel).
			if k == 2 && possessives[toks[1].fold] && throughWords[toks[0].fold] && t1 < len(toks) && toks[t1].word {
				break
			}
			if lawyerWords[toks[k].fold] && !(k+1 < len(toks) && toks[k+1].fold == "general") && !(k > 0 && toks[k-1].fold == "general") && !(publicAttorneyEN(toks, k) && !d.publicBodyNamed(toks[k-1].fold)) {
				d.noteCounsel(s, t0, t1)
				return
			}
		}
		// "Der Anwalt von Oehlke, Ulrich Mertens,", "A lawyer for
		// Pryce, Jo Hart,": the client between the role and the name.
		if t0 >= 4 && toks[t0-1].text == "," {
			for k := t0 - 3; k >= 0 && k >= t0-8; k-- { // ("Counsel for the Ministry of Defence, Edward Lang KC,")
				if f := toks[k+1].fold; lawyerWords[toks[k].fold] && (f == "von" || f == "des" || f == "der" || f == "for" || f == "of") {
					d.noteCounsel(s, t0, t1)
					return
				}
			}
		}
		// "Opening the case for the Crown Prosecution Service, Meera
		// Shah KC told the jury …", "Edward Lamb, prosecuting for the
		// Health and Safety Executive, said …": counsel pleading a
		// body's case in court.
		pleads := d.pleadsCaseFor(s, t0, t1)
		// "Lucy Fenn, representing Marsh, said her client …": counsel
		// for a person is no party; the client speaks through her.
		if pleads >= 0 {
			if cm := d.mentionAt(s, pleads); cm != nil && cm.t0 == pleads && cm.ent != nil && cm.ent.typ == claimgraph.Official {
				d.noteCounsel(s, t0, t1)
				return
			}
		}
		for k := t1; k < len(toks) && k <= t1+4; k++ {
			// "Paul Renner, through his lawyers, denied": he speaks
			// through counsel; he is no counsel.
			// "Heather Ruddock, Maplecrest's general counsel,": a firm's
			// own lawyer is one of its officers, as before the name.
			if lawyerWords[toks[k].fold] && toks[t1].text == "," && !(k+1 < len(toks) && toks[k+1].fold == "general") && !(k >= 2 && possessives[toks[k-1].fold] && throughWords[toks[k-2].fold]) &&
				!(toks[k].fold == "counsel" && toks[k-1].fold == "general") {
				d.noteCounsel(s, t0, t1)
				return
			}
		}
		// "(Reporting by Sarah Jones; Editing by Mark Potter)", "By Anna
		// Smith": the article's own staff are no party.
		if t0 > 0 && (toks[t0-1].fold == "by" || toks[t0-1].fold == "von") && (t0 == 1 || creditWords[toks[t0-2].fold]) {
			return
		}
		// "Supporters of Calderbridge Town": a name that ends like a
		// club's or a body's and opens with no given name is no person.
		if d.lang == "en" && t1-t0 >= 2 && nameWordsAgency[trimPoss(toks[t1-1].fold)] && !firstNames[toks[t0].fold] {
			return
		}
		name := trimPoss(d.spanText(s, t0, t1))
		m := &mention{sent: s, t0: t0, t1: t1, kind: mPerson, typ: claimgraph.Official, name: name}
		if roleIdx >= 0 {
			m.role = isRoleToken(toks[roleIdx], d)
			m.female = isFemaleRole(toks[roleIdx])
		}
		if !m.female && t1-t0 >= 2 {
			m.female = t0 > 0 && isFemaleNoun(toks[t0-1])
			m.femaleGuess = femaleFirstName(toks[t0].fold)
		}
		d.addMention(m)
		d.personRoles = append(d.personRoles, personRole{m: m, role: roleIdx, client: pleads})
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word || d.covered[s][i] && !(isRoleToken(t, d) != "") {
			continue
		}
		// "The liquidators, Marlow Begg,": a plural role of firms before
		// one name in apposition.
		if d.lang == "en" && firmRolesEN[t.fold] && isRoleToken(t, d) == "" && i+2 < len(toks) && toks[i+1].text == "," {
			if n := nameRun(i + 2); n >= 2 && (i+2+n >= len(toks) || toks[i+2+n].text == "," || !toks[i+2+n].word) && d.firmApposedEN(s, i, i+2, i+2+n) {
				d.addMention(&mention{sent: s, t0: i + 2, t1: i + 2 + n, kind: mName, typ: claimgraph.Company, name: trimPoss(d.spanText(s, i+2, i+2+n))})
				i += 1 + n
				continue
			}
		}
		// "dem langjährigen Teamarzt des Radsportrennstalls Rheinkraft Pro
		// Cycling, Elias Brunnhuber,": a noun of a person's trade with a
		// genitive attribute, then the name in apposition, as after a
		// role.
		personHead := d.lang == "de" && !d.covered[s][i] && i+2 < len(toks) && (toks[i+1].fold == "des" || toks[i+1].fold == "der") && isRoleToken(t, d) == "" && d.personNoun(t)
		if r := isRoleToken(t, d); r != "" || personHead {
			if lawyerWords[t.fold] && !(i+1 < len(toks) && toks[i+1].fold == "general") && !(t.fold == "counsel" && i > 0 && toks[i-1].fold == "general") {
				continue // counsel is no party; an attorney general or a general counsel is
			}
			j := i + 1
			// "chief executive", "managing director": the role ends at
			// its last role word.
			for j < len(toks) && isRoleToken(toks[j], d) != "" && !toks[j].cap == !t.cap {
				j++
			}
			roleEnd := j
			// "the chairman of Hanseong Group, Park Ji-hoon,": the
			// organisation the role belongs to stands between.
			// "Der Grünen-Obmann im Wirtschaftsausschuss, Till Ahrendt,":
			// a contracted preposition with its noun stands there too.
			inPrep := d.lang == "de" && j < len(toks) && (toks[j].fold == "im" || toks[j].fold == "beim")
			bodyNamed := false
			if j+1 < len(toks) && (toks[j].fold == "of" && d.lang == "en" || (toks[j].fold == "der" || toks[j].fold == "des" || toks[j].fold == "von" || inPrep) && d.lang == "de") {
				k := j + 1
				if articles[toks[k].fold] && k+1 < len(toks) {
					k++
				}
				// Names are not yet linked to entities here: the mention's
				// type tells.
				if m := d.mentionAt(s, k); m != nil && m.t0 == k && (m.typ == claimgraph.Company || m.typ == claimgraph.Agency || m.typ == claimgraph.Publication) && m.t1 < len(toks) && toks[m.t1].text == "," {
					j = m.t1
				} else if m == nil && toks[j].fold == "von" && isCapWord(toks[k]) && k+1 < len(toks) && toks[k+1].text == "," {
					j = k + 1 // "Bürgermeister von Kleinried, Anton Huber"
				} else if m == nil && d.lang == "de" && toks[j].fold != "von" && isCapWord(toks[k]) {
					// "der früheren Leiterin der Einkaufsabteilung, Marta
					// Seidel,", "dem Leiter der Rechtsabteilung des
					// Konzerns, Olek Prziwara,": genitive attributes of the
					// role, then the person in apposition, whatever the
					// first name.
					e := k + 1
					if e+2 < len(toks) && (toks[e].fold == "des" || toks[e].fold == "der") && isCapWord(toks[e+1]) {
						e += 2
					}
					// "des Radsportrennstalls Rheinkraft Pro Cycling, Elias
					// Brunnhuber,": the name of the body after its
					// descriptor.
					// (The person is then linked to the role as a name
					// without a role word is, by apposition.)
					if bm := d.mentionAt(s, e); bm != nil && bm.t0 == e && bm.kind == mName && bm.typ != claimgraph.Official && bm.t1 < len(toks) && toks[bm.t1].text == "," {
						e, bodyNamed = bm.t1, true
					}
					for q := e; !bodyNamed && q < len(toks) && q < e+3 && isCapWord(toks[q]) && !d.covered[s][q]; q++ {
						if q+3 < len(toks) && toks[q+1].text == "," && isCapWord(toks[q+2]) && isCapWord(toks[q+3]) {
							e, bodyNamed = q+1, true
							break
						}
					}
					if e+2 < len(toks) && toks[e].text == "," && isCapWord(toks[e+1]) && isCapWord(toks[e+2]) {
						j = e
					}
				}
			}
			if j < len(toks) && toks[j].text == "," && j+1 < len(toks) {
				j++ // "its founder, Martin Lisle"
			}
			// "dem früheren Chefarzt der Orthopädie, Dr. Jens Kreuzer,":
			// the title is no part of the name.
			if (personHead || bodyNamed) && j+2 < len(toks) && titles[toks[j].fold] {
				j++
				if toks[j].text == "." {
					j++
				}
			}
			if n := nameRun(j); n >= 2 && (j == roleEnd || j+n >= len(toks) || !toks[j+n].word || toks[j+n].text == ",") && !(personHead && j == roleEnd) {
				// "its former auditor, Caldwell Rae,": the role of a firm
				// before a name that opens with no first name is the
				// firm's.
				if d.firmApposedEN(s, roleEnd-1, j, j+n) {
					d.addMention(&mention{sent: s, t0: j, t1: j + n, kind: mName, typ: claimgraph.Company, name: trimPoss(d.spanText(s, j, j+n))})
					// The role words describe the firm, no unnamed person.
					d.cover(s, i, roleEnd)
					i = j + n - 1
					continue
				}
				if personHead || bodyNamed {
					add(j, j+n, -1)
				} else {
					add(j, j+n, roleEnd-1)
				}
				i = j + n - 1
				continue
			}
		}
		// "Leicester MP Naveed Kassam said": the abbreviation of a
		// member of parliament before two capitalised words is a title
		// before a person's name, whatever the first name. (Alone, "a
		// Conservative MP" is left to the name the text gives later.)
		if d.lang == "en" && t.acro && electedRolesEN[t.fold] && !d.covered[s][i] {
			if n := nameRun(i + 1); n >= 2 && (i+1+n >= len(toks) || !isCapWord(toks[i+1+n])) {
				add(i+1, i+1+n, -1)
				i += n
				continue
			}
		}
		// "Mrs Okafor", "Dr. Lena Varga", "Herr Brandl": a title before
		// one or two capitalised words names a person, whatever the
		// name. ("Frau" and "Herr" are nouns too, so in German the name
		// must be no noun: "Herr der Lage".)
		if titles[t.fold] && !d.covered[s][i] && (t.cap || i > 0) {
			j := i + 1
			if j < len(toks) && toks[j].text == "." {
				j++
			}
			n := 0
			for j+n < len(toks) && n < 2 && isCapWord(toks[j+n]) && !d.covered[s][j+n] && !toks[j+n].acro && isRoleToken(toks[j+n], d) == "" &&
				!d.isCompanyDescriptor(toks[j+n]) && germanHead(toks[j+n]) == "" && !(d.lang == "de" && (isNounLikeDE(toks[j+n]) || nominalDE[toks[j+n].fold])) {
				n++
				if strings.HasSuffix(toks[j+n-1].text, "'s") || strings.HasSuffix(toks[j+n-1].text, "’s") {
					break
				}
			}
			if n >= 1 && (j+n >= len(toks) || !isCapWord(toks[j+n]) || d.covered[s][j+n]) {
				// "Dr Fiona Pike, chief executive of Bramley Hospitals
				// Trust,": the role in apposition is hers, as after a
				// name without a title.
				role := -1
				if j+n+1 < len(toks) && toks[j+n].text == "," {
					for k := j + n + 1; k < len(toks) && k <= j+n+6; k++ {
						if d.lang == "en" && roleBeforeBodyHeadEN(toks, k, d) || toks[k].text == "," || toks[k].text == "." || toks[k].quote {
							break
						}
						if apposedObjectEN(toks, k) {
							d.coverApposedRoles(s, k)
							break
						}
						if isRoleToken(toks[k], d) != "" {
							if !lawyerWords[toks[k].fold] || k+1 < len(toks) && toks[k+1].fold == "general" {
								role = k
							}
							break
						}
					}
				}
				add(j, j+n, role)
				for r := role; r >= 0 && r < len(toks) && isRoleToken(toks[r], d) != ""; r++ {
					d.covered[s][r] = true
				}
				i = j + n - 1
				continue
			}
		}
		// Name, a ... role
		if isCapWord(t) && !d.covered[s][i] {
			n := nameRun(i)
			if n >= 2 && i+n < len(toks) && toks[i+n].text == "," {
				k0 := i + n + 1
				if d.ageApposition(s, i+n) {
					k0 += 2 // "Rodrigo Salvat, 61, the club's former president,"
				}
				for k := k0; k < len(toks) && k <= k0+5; k++ {
					// "Clearwater Now, an activist group,": the role word
					// says what the body is; the name is no person's.
					if d.lang == "en" && roleBeforeBodyHeadEN(toks, k, d) {
						break
					}
					if isRoleToken(toks[k], d) != "" {
						// "Keith Ellison, Minnesota's attorney general,":
						// an attorney general is an office, not counsel.
						if !lawyerWords[toks[k].fold] || k+1 < len(toks) && toks[k+1].fold == "general" {
							add(i, i+n, k)
							// The role words belong to the person, not
							// to an unnamed official.
							for r := k; r < len(toks) && isRoleToken(toks[r], d) != ""; r++ {
								d.covered[s][r] = true
							}
						}
						break
					}
					if toks[k].text == "," || toks[k].text == "." {
						break
					}
					if apposedObjectEN(toks, k) {
						d.coverApposedRoles(s, k)
						break
					}
				}
				// "Lorna Baines, a nurse from Widnes,", "Lorna Baines,
				// whose son died in the explosion,": a private person
				// described as one, whatever her first name.
				// "…," said Sue Hardcastle, who lives opposite": a name
				// after an inverted verb of saying that a "who" clause
				// goes on to describe is a person's; a body said "…,"
				// said Grayson Cement takes "which".
				// "Meg Callister, who chairs the committee, said …": a
				// new two-word name that opens the sentence and is
				// taken up by "who" and a verb is a person's.
				whoOpens := n == 2 && i == 0 && i+n+2 < len(toks) && toks[i+n+1].fold == "who" && toks[i+n+2].word && !toks[i+n+2].cap &&
					!d.knownShort(fold(toks[i].text)) && !d.knownShort(fold(d.spanText(s, i, i+n))) && d.x.lx.lookupKey(d.spanText(s, i, i+n)) == nil && !d.isPlace(toks[i])
				if !d.covered[s][i] && d.lang == "en" && (d.privateApposition(s, i+n+1) || i+n+1 < len(toks) && toks[i+n+1].fold == "who" && i > 0 && invertedSpeechEN[toks[i-1].fold] || whoOpens) {
					add(i, i+n, -1)
					i += n - 1
					continue
				}
				if d.covered[s][i] {
					i += n - 1
					continue
				}
			}
			// "The Brian Roffe Profit Sharing Plan": a longer capitalised
			// run is an organisation's name, not a person's.
			longer := i+n < len(toks) && isCapWord(toks[i+n]) && !d.covered[s][i+n] && !d.commonNounAfterNameDE(s, i, i+n)
			// "Second Thomas Shoal", "Anna River": a place.
			// "the River Teifi", "Lake Tana", "Mount Kenya": a place word
			// before the name, whatever first name it may be.
			geo := n >= 1 && placeNouns[toks[i+n-1].fold] || i > 0 && ordinalWords[toks[i-1].fold] || n >= 2 && geoFirstEN[t.fold] && d.lang == "en"
			// "the insurance group Halvard Verzekeringen": a name after a
			// noun of a collective business is the business's.
			afterFirm := i > 0 && collectiveFirm(toks[i-1])
			if n >= 2 && !longer && !geo && ((firstNames[t.fold] || hyphenGivenName(t.fold)) && !afterFirm || d.ageApposition(s, i+n) || i > 0 && strings.Contains(toks[i-1].fold, "jaehrig") || d.repeatedSurname(s, i, n) || i > 0 && d.personNoun(toks[i-1]) ||
				// "Another neighbour, Priyesh Kallander,": the person noun
				// in apposition before the name.
				i > 1 && toks[i-1].text == "," && d.lang == "en" && d.personNoun(toks[i-2]) && i+n < len(toks) && toks[i+n].text == "," ||
				d.namedAfterRole(s, i, n)) {
				add(i, i+n, -1)
				i += n - 1
			}
		}
	}
}

// namedAfterRole reports a name of two words that opens sentence s and
// speaks ("Fenella Grierson said …", "Marten Okonkwo sagte …") right
// after a sentence whose subject is an unnamed holder of a role under a
// definite article ("The artistic director of the Lantern Playhouse has
// accused …", "Der Intendant des Stadttheaters wirft … vor"): news names
// the role holder of its lead in the next sentence, so the name is that
// person's, whatever the first name. The holder must be the only person
// of the sentence before and not one who asked for anonymity (that one
// is not named later).
func (d *doc) namedAfterRole(s, i, n int) bool {
	toks := d.sents[s].toks
	if i != 0 || n != 2 || s == 0 || i+n >= len(toks) || !speechVerbs[toks[i+n].fold] || d.sents[s-1].para+1 < d.sents[s].para {
		return false
	}
	var role *mention
	for _, m := range d.ments[s-1] {
		if m.kind == mPerson {
			return false
		}
		if m.kind == mAnon && m.ent != nil && m.ent.key == "@placeholder" && !m.ent.anonSelf && m.role != "" && role == nil {
			role = m
		}
	}
	if role == nil {
		return false
	}
	// The role is the sentence's subject: only a definite article and
	// adjectives stand before it.
	pt := d.sents[s-1].toks
	if role.t0 > 3 || !(pt[0].fold == "the" || pt[0].fold == "der" || pt[0].fold == "die") {
		return false
	}
	for k := 1; k < role.t0; k++ {
		if pt[k].cap && d.lang == "en" || !pt[k].word {
			return false
		}
	}
	return true
}

// apposedObjectEN: at k a preposition follows a noun of the apposition
// that is no role ("Rita Delgado, a frequent critic of the mayor,", "an
// opponent of the chairman"): the role after it is another person's,
// whom the apposition only mentions. ("one of the founders of", "a
// member of" go on to the person's own role.)
func apposedObjectEN(toks []token, k int) bool {
	if k < 1 || !(toks[k].fold == "of" || toks[k].fold == "to") {
		return false
	}
	p := toks[k-1]
	return p.word && !p.cap && !quantityWords[p.fold]
}

// coverApposedRoles covers the role words after the preposition at k of
// an apposition that only mentions another person ("a frequent critic of
// the mayor"): that unnamed role holder is no party the sentence names.
// A role before a name ("a critic of Mayor Tom Okafor") stays the name's.
func (d *doc) coverApposedRoles(s, k int) {
	toks := d.sents[s].toks
	for r := k + 1; r < len(toks) && r <= k+4 && toks[r].text != ","; r++ {
		if isRoleToken(toks[r], d) != "" && (r+1 >= len(toks) || !isCapWord(toks[r+1])) {
			d.covered[s][r] = true
		}
	}
}

// quantityWords pick members of a group: "one of the founders".
var quantityWords = set("one", "two", "three", "some", "several", "each", "many", "most", "member", "members", "part", "head", "chair", "leader")

// firmRolesEN are roles that firms, rarely persons, hold for a company:
// its auditor, its liquidators, its insurer, its lender.
var firmRolesEN = set("auditor", "auditors", "liquidator", "liquidators", "administrators", "receivers", "insurer", "insurers", "reinsurer",
	"lender", "lenders", "broker", "brokers", "underwriter", "underwriters", "consultancy", "accountants")

// partnerKindsEN make "partner" a firm's business partner.
var partnerKindsEN = set("local", "joint-venture", "business", "distribution", "trading", "technology", "manufacturing", "logistics", "supply", "commercial", "industrial", "chinese", "german", "american", "british", "japanese", "french")

// firmApposedEN reports whether the English name t0…t1 after the role
// word at r ("its former auditor, Caldwell Rae,", "the liquidators,
// Marlow Begg,") is a firm's: the role is one firms hold and the name
// opens with no first name or title, or the name ends in a word of a
// firm ("Kestrel Partners").
func (d *doc) firmApposedEN(s, r, t0, t1 int) bool {
	if d.lang != "en" {
		return false
	}
	toks := d.sents[s].toks
	// "Its chief executive, David Steel,": a surname that is a trade
	// word, after a known first name, is a person's.
	if weakSuffixes[trimPoss(toks[t1-1].fold)] && !(t1-t0 == 2 && firstNames[toks[t0].fold] && tradeSurnamesEN[trimPoss(toks[t1-1].fold)]) {
		return true
	}
	// "The owner, Dalton Yarns, … Dalton Yarns denied": a role firms
	// and persons both hold, before a name with no first name that the
	// text repeats whole and never shortens to its last word as news
	// does a person's ("Menck denied").
	if companyDescriptorsEN[toks[r].fold] && t1-t0 >= 2 && !firstNames[toks[t0].fold] && !titles[toks[t0].fold] && !(t0 > 0 && titles[toks[t0-1].fold]) && d.repeatedWholeNotShort(s, t0, t1) {
		return true
	}
	// "the firm's local partner, Geotec Asunción,": a business partner,
	// not a partner of a law firm.
	bizPartner := (toks[r].fold == "partner" || toks[r].fold == "partners") && r > 0 && partnerKindsEN[toks[r-1].fold]
	if !firmRolesEN[toks[r].fold] && !bizPartner || firstNames[toks[t0].fold] || titles[toks[t0].fold] || t0 > 0 && titles[toks[t0-1].fold] {
		return false
	}
	// "the bank's auditor, Deloitte's Anna Ruiz": a person of a firm.
	for k := t0; k < t1; k++ {
		if strings.HasSuffix(toks[k].text, "'s") || strings.HasSuffix(toks[k].text, "’s") {
			return k == t1-1
		}
	}
	return true
}

// repeatedWholeNotShort reports whether the name t0…t1 of sentence s
// stands whole in a later sentence and its last word never stands alone.
func (d *doc) repeatedWholeNotShort(s, t0, t1 int) bool {
	toks := d.sents[s].toks
	n := t1 - t0
	last := trimPoss(toks[t1-1].fold)
	whole := false
	for os := range d.sents {
		ot := d.sents[os].toks
		for k := range ot {
			if os == s && k >= t0 && k < t1 || trimPoss(ot[k].fold) != last || !ot[k].cap {
				continue
			}
			match := k-n+1 >= 0
			for q := 0; match && q < n; q++ {
				match = trimPoss(ot[k-n+1+q].fold) == trimPoss(toks[t0+q].fold)
			}
			if !match {
				return false // the last word alone: a surname
			}
			whole = whole || os > s
		}
	}
	return whole
}

// noteCounsel remembers the lawyer named at t0…t1 of sentence s, and
// his surname, so that no later pass makes him a party.
func (d *doc) noteCounsel(s, t0, t1 int) {
	if t1-t0 < 2 {
		return
	}
	if d.counsel == nil {
		d.counsel = map[string]bool{}
	}
	toks := d.sents[s].toks
	d.counsel[fold(trimPoss(d.spanText(s, t0, t1)))] = true
	// "Philippa Rowe KC", "Edward Lang QC": the surname is before the
	// rank of silk.
	e := t1
	for e-t0 > 2 && postNominals[trimPoss(toks[e-1].fold)] {
		e--
	}
	d.counsel[fold(trimPoss(d.spanText(s, t0, e)))] = true
	sur := trimPoss(toks[e-1].fold)
	d.counsel[sur] = true
	d.cover(s, t0, t1)
	// The client the lawyer speaks for: "Harrowfield's barrister, …",
	// "Counsel for the Ministry of Defence, …".
	if t0 >= 3 && toks[t0-1].text == "," && lawyerWords[toks[t0-2].fold] {
		k := t0 - 2
		if k >= 2 && (toks[k-1].text == "'s" || toks[k-1].text == "’s") {
			d.counselFor = append(d.counselFor, counselClient{surname: sur, sent: s, tok: k - 2})
		} else if strings.HasSuffix(toks[k-1].text, "'s") || strings.HasSuffix(toks[k-1].text, "’s") {
			d.counselFor = append(d.counselFor, counselClient{surname: sur, sent: s, tok: k - 1})
		}
		return
	}
	for k := t0 - 3; k >= 0 && k >= t0-8; k-- {
		if lawyerWords[toks[k].fold] && toks[k+1].fold == "for" {
			c := k + 2
			if c < t0 && articles[toks[c].fold] {
				c++
			}
			d.counselFor = append(d.counselFor, counselClient{surname: sur, sent: s, tok: c})
			return
		}
	}
}

// publicAttorneyModsEN name the public a government's lawyer serves
// ("City Attorney", "the district attorney", "U.S. Attorney").
var publicAttorneyModsEN = set("city", "district", "county", "state", "federal", "u.s.", "us", "town", "borough", "municipal", "village", "states")

// publicAttorneyEN reports that the lawyer word at token k is the office
// of a government's lawyer ("City Attorney Dana Whitfield", "District
// Attorney Mark Dillard"), an official who speaks for it, not counsel a
// party speaks through.
func publicAttorneyEN(toks []token, k int) bool {
	f := toks[k].fold
	return (f == "attorney" || f == "solicitor") && k > 0 && publicAttorneyModsEN[toks[k-1].fold]
}

// publicBodyNamed reports a body named so far whose name holds the word
// of the public a government's lawyer serves ("the city of Port Alden"
// for "City Attorney …"): the lawyer's words are then that body's, as
// counsel's are their client's, and the lawyer is no party of its own.
func (d *doc) publicBodyNamed(mod string) bool {
	for _, e := range d.ents {
		if e.typ == claimgraph.Agency && !e.dead && nameHas(e, []string{mod}) {
			return true
		}
	}
	return false
}

// pleadCaseVerbs open a fronted phrase of counsel presenting a party's
// case in court: "Opening the case for the CPS, …".
var pleadCaseVerbs = set("opening", "outlining", "presenting", "closing", "summarising", "summarizing")

// pleadsCaseFor returns where the client is named when the person named
// at [t0, t1) of sentence s is counsel pleading a body's case: a fronted
// "Opening the case for (the) X, NAME …", or in apposition "NAME,
// prosecuting for (the) X," / "NAME, representing X,". It returns -1
// otherwise. Counsel pleading a body's case speaks for it like one of
// its officers (personAffiliations); the client must be a named body.
func (d *doc) pleadsCaseFor(s, t0, t1 int) int {
	toks := d.sents[s].toks
	if d.lang != "en" {
		return -1
	}
	after := func(k int) int { // the client after "for", past its article
		if k < len(toks) && articles[toks[k].fold] {
			k++
		}
		if k < len(toks) && toks[k].cap {
			return k
		}
		return -1
	}
	if t0 >= 5 && toks[t0-1].text == "," && pleadCaseVerbs[toks[0].fold] && toks[1].fold == "the" {
		for k := 2; k < t0-2 && k <= 4; k++ {
			if toks[k].fold == "case" && toks[k+1].fold == "for" {
				return after(k + 2)
			}
		}
	}
	if t1+2 < len(toks) && toks[t1].text == "," {
		k := t1 + 1
		switch toks[k].fold {
		case "prosecuting", "appearing", "acting":
			if toks[k+1].fold == "for" || toks[k+1].fold == "on" {
				k++
				if toks[k].fold == "on" && k+2 < len(toks) && toks[k+1].fold == "behalf" && toks[k+2].fold == "of" {
					k += 2
				}
				return after(k + 1)
			}
		case "representing":
			return after(k + 1)
		}
	}
	return -1
}

// postNominals follow a lawyer's name: silk ("KC", "QC", "SC") and the
// like.
var postNominals = set("kc", "qc", "sc", "san", "esq", "esq.")

// counselClient is a lawyer's surname and where his client is named.
type counselClient struct {
	surname   string
	sent, tok int
}

// counselSpeaksFor lets a lawyer's surname said later name the client he
// speaks for once the client named in sentence s is resolved: "Rowe said
// Stenmark had used the information" is Harrowfield's case.
func (d *doc) counselSpeaksFor(s int) {
	for _, c := range d.counselFor {
		if c.sent != s {
			continue
		}
		m := d.mentionAt(s, c.tok)
		if m == nil || m.ent == nil || m.ent.dead || !m.ent.isOrg() || m.ent.typ == claimgraph.Document {
			continue
		}
		// A surname another party of the text bears stays counsel's.
		if d.surnameBefore(s, c.surname) {
			continue
		}
		delete(d.counsel, c.surname)
		m.ent.shorts = append(m.ent.shorts, c.surname)
	}
}

// surnameBefore reports whether a person named before sentence s (or
// earlier in it) has the surname f.
func (d *doc) surnameBefore(s int, f string) bool {
	f = trimPoss(f)
	for o := 0; o <= s && o < len(d.ments); o++ {
		for _, m := range d.ments[o] {
			if m.kind == mPerson && m.t1-m.t0 >= 2 && trimPoss(d.sents[o].toks[m.t1-1].fold) == f {
				return true
			}
		}
	}
	return false
}

// privateApposition reports whether the English apposition that starts at
// token k of sentence s describes a private person: "a nurse from
// Widnes", "a retired teacher", "whose son died …", "who says she was
// dismissed".
func (d *doc) privateApposition(s, k int) bool {
	toks := d.sents[s].toks
	if k >= len(toks) {
		return false
	}
	switch toks[k].fold {
	case "a", "an":
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if strongPersonNouns[toks[j].fold] {
				return true
			}
			if !toks[j].word || toks[j].cap {
				break
			}
		}
	case "whose":
		return k+1 < len(toks) && strongPersonNouns[toks[k+1].fold]
	case "who":
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if toks[j].fold == "he" || toks[j].fold == "she" {
				return true
			}
		}
	}
	return false
}

// geoFirstEN open the English names of waters and mountains.
var geoFirstEN = set("river", "lake", "mount", "loch", "lough", "cape")

// strongPersonNouns describe a private person and never an organisation.
var strongPersonNouns = set("man", "woman", "mother", "father", "widow", "widower", "nurse", "teacher", "farmer", "pensioner", "retiree",
	"teenager", "student", "grandmother", "grandfather", "whistleblower", "son", "daughter", "husband", "wife", "brother", "sister",
	"mum", "mom", "dad", "worker", "driver", "picker", "courier")

// creditWords introduce the article's own staff.
var creditWords = set("reporting", "editing", "writing", "compiled", "additional", "mitarbeit", "(")

type personRole struct {
	m    *mention
	role int
	// client: where the body is named whose case the person pleads as
	// counsel (pleadsCaseFor), or -1.
	client int
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isFemaleRole(t token) bool {
	f := t.fold
	return strings.HasSuffix(f, "in") && !strings.HasSuffix(f, "main") && len(f) > 4 && !roleWordsEN[f] ||
		strings.HasSuffix(f, "innen") || f == "spokeswoman" || f == "chairwoman"
}

// appositionHead reports whether a German descriptor at i opens an
// apposition: it follows an article or an adjective and is singular
// ("dem chinesischen Kamerahersteller Lanxu", not "mit Wettbewerbern
// Preise").
func (d *doc) appositionHead(s, i int) bool {
	toks := d.sents[s].toks
	f := toks[i].fold
	// A dative plural ("mit Wettbewerbern") is no apposition; a singular
	// that ends alike ("Energiekonzern") is.
	// ("den Drittligisten Viktoria Lindenau": a weak noun after a
	// singular article is singular.)
	weakSingular := i > 0 && (toks[i-1].fold == "den" || toks[i-1].fold == "dem" || toks[i-1].fold == "des") && d.bodyDescriptor(toks[i])
	if desc := d.x.descIx.match(f); !(desc != "" && strings.HasSuffix(f, desc)) && !weakSingular && (strings.HasSuffix(f, "ern") || strings.HasSuffix(f, "ten") && !strings.HasSuffix(f, "enten")) {
		return false
	}
	if i == 0 {
		return true
	}
	p := toks[i-1]
	// ("die in Kiew ansässige Rechercheorganisation Open Supply Watch",
	// "die 2019 gegründete Initiative X": an attributive participle or
	// adjective in "-e" after its own phrase.)
	return articles[p.fold] || possessives[p.fold] || isAdjDE(p) || p.word && !p.cap && strings.HasSuffix(p.fold, "en") ||
		p.word && !p.cap && strings.HasSuffix(p.fold, "e") && len(p.fold) >= 5 && !functionWords[p.fold] && !quantifiersDE[p.fold] ||
		p.cap && strings.HasSuffix(p.fold, "er") && !functionWords[p.fold] || i == 0
}

// isPlace reports whether a token names a country or its adjective.
func (d *doc) isPlace(t token) bool {
	return d.x.lx.places[stemPhrase(t.text)] || d.x.lx.places[t.stem]
}

// descriptiveAntecedent finds an agency first named by what it does
// ("Kenya's environment agency") that the proper name said now ("The
// National Environment Management Authority") stands for: said at most two
// sentences before and sharing a content word.
func (d *doc) descriptiveAntecedent(s int, name string, first bool) *entity {
	newKey := ""
	if le := d.x.lx.lookupKey(name); le != nil {
		newKey = le.key
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(normName(name)) {
		if len(w) > 3 && !agencyHeadsEN[w] && !functionWords[w] {
			words[stem(w)] = true
		}
	}
	for _, e := range d.ents {
		if !e.descr || e.dead || e.typ != claimgraph.Agency || len(e.hits) == 0 || e.hits[len(e.hits)-1].sent < s-2 {
			continue
		}
		shares := false
		for _, w := range strings.Fields(e.name) {
			// "Kessaria's defence ministry" and "the Kessarian
			// government" share only their country: two bodies.
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				continue
			}
			if nw := normName(w); nw != "" && words[stem(nw)] {
				shares = true
			}
		}
		// "Indonesia's anti-graft agency … The Corruption Eradication
		// Commission (KPK) said": the named body right after a
		// descriptive one, with no other body between, is the same.
		if !shares && !e.fromDesc && e.hits[len(e.hits)-1].sent == s-1 && first && !d.otherAgencySince(e, s) && sameBodyKind(e.name, name) {
			shares = true
		}
		if ek, nk := d.bodyCountry(e.key, e.name), d.bodyCountry(newKey, name); shares && ek != "" && nk != "" && ek != nk {
			shares = false // two countries' bodies
		}
		if shares {
			// The proper name's key replaces the descriptive one, and
			// the name the description ("Britain's trade sanctions
			// enforcement unit"), however long.
			e.descr = false
			e.nameRank = -1
			delete(d.byKey, string(e.typ)+"|"+e.key)
			e.key = slug(name)
			if le := d.x.lx.lookupKey(name); le != nil {
				e.key = le.key
			}
			d.byKey[string(e.typ)+"|"+e.key] = e
			return e
		}
	}
	return nil
}

// bodyCountry returns the country code of a body: from its lexicon key
// ("us-doj") or from the country its name starts with ("Japan's
// securities regulator", "U.S. authorities").
func (d *doc) bodyCountry(key, name string) string {
	if c := countryKeyPrefix(key); c != "" {
		return c
	}
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return d.x.lx.countryOf[stemPhrase(trimPoss(f[0]))]
}

// actorVerbs follow a country that acts as a party: "Sri Lanka rejected",
// "Russland bestreitet".
var actorVerbs = set("rejected", "rejects", "denied", "denies", "accused", "accuses", "said", "says", "dismissed", "protested",
	"insisted", "warned", "condemned", "blamed", "demanded", "responded", "wies", "weist", "bestritt", "bestreitet", "warf", "wirft",
	"erklärte", "erklaerte", "dementierte", "protestierte", "verurteilte", "forderte", "beschuldigte", "beschuldigt", "reagierte",
	"vorgeworfen", "verklagt", "kritisiert", "verurteilt", "zurückgewiesen", "zurueckgewiesen", "bestritten", "dementiert", "charged",
	"sued", "criticised", "criticized", "alleged", "claimed", "announced", "imposed", "verhängt", "verhaengt")

// countryActorPass finds a country that acts as a party (FORMAT.md:
// "Sri Lanka rejected the charge"): its name as the subject of a speech
// or claim verb, not after a place preposition. It stands for the
// country's government.
func (d *doc) countryActorPass(s int) {
	toks := d.sents[s].toks
	for i := 0; i < len(toks); i++ {
		if d.covered[s][i] || !toks[i].cap || !toks[i].word {
			continue
		}
		// One- or two-word country names.
		n := 0
		code := ""
		for k := 2; k >= 1; k-- {
			if i+k <= len(toks) {
				if c, ok := d.x.lx.countryOf[stemPhrase(d.spanText(s, i, i+k))]; ok && d.free(s, i, i+k) && toks[i+k-1].cap {
					n, code = k, c
					break
				}
				// "Texas sued …", "Texas's lawsuit accuses …": a US state
				// acts as a party too.
				if d.lang == "en" && usStates[trimPoss(fold(d.spanText(s, i, i+k)))] && d.free(s, i, i+k) && toks[i+k-1].cap {
					n, code = k, "us-state-"+slug(trimPoss(d.spanText(s, i, i+k)))
					break
				}
			}
		}
		// "Ghana's foreign minister": the possessive form of the name.
		if n == 0 && d.lang == "en" {
			for k := 2; k >= 1; k-- {
				if i+k <= len(toks) && toks[i+k-1].cap && d.free(s, i, i+k) {
					if c, ok := d.x.lx.countryOf[stemPhrase(trimPoss(d.spanText(s, i, i+k)))]; ok && stateOfficeAround(toks, i, k) {
						n, code = k, c
						break
					}
				}
			}
		}
		if n == 0 || d.inPlaceRole(s, i) || isAdjEN(toks[i].fold) && d.lang == "en" && !strings.HasSuffix(toks[i].fold, "an") {
			continue
		}
		// "Ghana's foreign minister, Ana Petek", "Finance Minister Karl
		// Osei of Kenya": the state a minister speaks for is a party.
		if d.lang == "en" && !strings.HasPrefix(code, "us-state-") && stateOfficeAround(toks, i, n) {
			d.addMention(&mention{sent: s, t0: i, t1: i + n, kind: mName, typ: claimgraph.Agency, name: trimPoss(d.spanText(s, i, i+n)), key: code + "-government"})
			i += n - 1
			continue
		}
		// "Minnesota Attorney General Keith Ellison sued", "Texas Gov.
		// Greg Abbott accused": the place qualifies the title of the
		// person who acts; it is not a party.
		// "U.S. Commerce Secretary Howard Lutnick": the office may name
		// its department first.
		title := func(k int) bool {
			return k < len(toks) && toks[k].cap && (isRoleToken(toks[k], d) != "" || politicalTitlesEN[strings.TrimSuffix(toks[k].fold, ".")])
		}
		if d.lang == "en" && i+n < len(toks) && (title(i+n) || toks[i+n].cap && toks[i+n].word && !d.covered[s][i+n] && title(i+n+1) && i+n+2 < len(toks) && isCapWord(toks[i+n+2])) &&
			!strings.HasSuffix(toks[i+n-1].text, "'s") && !strings.HasSuffix(toks[i+n-1].text, "’s") {
			i += n - 1
			continue
		}
		// "The Philippines on Sunday accused": an article opens the name.
		art := i > 0 && (toks[i-1].fold == "the" || toks[i-1].fold == "die") && (i == 1 || !toks[i-2].word)
		if i > 0 && toks[i-1].word && !(toks[i-1].fold == "and" || toks[i-1].fold == "und") && !art {
			// "wirft Belarus vor", "accused Russia of", "sanctions
			// against Iran": a country as the accused.
			// "blamed Greek tanker operator Mistral": a country adjective
			// before a noun is no party.
			// German adjectives are written small, so only English
			// names stand for their adjective.
			nextVerb := i+n < len(toks) && actorVerbs[toks[i+n].fold]
			if d.lang == "en" && i+n < len(toks) && toks[i+n].word && !toks[i+n].cap && !functionWords[toks[i+n].fold] && !nextVerb {
				continue
			}
			pf := toks[i-1].fold
			// "accused the Netherlands of": the country's own article.
			if pf == "the" && i > 1 {
				pf = toks[i-2].fold
			}
			// "drones used against Ukraine" is no accusation against it;
			// "sanctions against Iran" is.
			if (pf == "against" || pf == "gegen") && !(i > 1 && (againstEN[toks[i-2].fold] || nominalDE[toks[i-2].fold])) {
				continue
			}
			// "Nordkorea hat Südkorea vorgeworfen": the object between
			// an auxiliary and the participle.
			if accuseCueObj[pf] || auxiliaries[pf] && nextVerb {
				key := code + "-government"
				d.addMention(&mention{sent: s, t0: i, t1: i + n, kind: mName, typ: claimgraph.Agency, name: d.countryNominative(d.spanText(s, i, i+n)), key: key})
				i += n - 1
			}
			continue
		}
		// "Lithuanian officials said": a people's adjective before a
		// noun qualifies it; it names no party of its own.
		if d.lang == "en" && !d.x.lx.countryNames[fold(trimPoss(d.spanText(s, i, i+n)))] && i+n < len(toks) && toks[i+n].word && !toks[i+n].cap &&
			!functionWords[toks[i+n].fold] && !actorVerbs[toks[i+n].fold] {
			i += n - 1
			continue
		}
		// A verb within four words, skipping "on Tuesday", "also".
		ok := false
		for k := i + n; k < len(toks) && k <= i+n+4; k++ {
			if actorVerbs[toks[k].fold] {
				ok = true
				break
			}
			if toks[k].text == "," || toks[k].text == "." || d.mentionAt(s, k) != nil {
				break
			}
		}
		if !ok {
			continue
		}
		key := code + "-government"
		if strings.HasPrefix(code, "us-state-") {
			key = code
		}
		d.addMention(&mention{sent: s, t0: i, t1: i + n, kind: mName, typ: claimgraph.Agency, name: d.countryNominative(trimPoss(d.spanText(s, i, i+n))), key: key})
		i += n - 1
	}
}

// politicalTitlesEN are abbreviated titles of office holders ("Texas Gov.
// Greg Abbott", "Sen. Maria Cantrell").
var politicalTitlesEN = set("gov", "sen", "rep", "lt", "atty", "ag", "supt", "comptroller", "treasurer", "lieutenant")

// usStates are the states of the United States, which sue and are sued
// as parties.
var usStates = set("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
	"hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
	"minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
	"north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
	"tennessee", "texas", "utah", "vermont", "virginia", "washington state", "west virginia", "wisconsin", "wyoming")

// associationHeadsDE are words that may open the name of an association
// followed by its own words ("Bund Naturschutz").
var associationHeadsDE = set("bund", "verband", "verein", "bündnis", "buendnis")

// genitiveHeadsDE are association heads that take a genitive complement
// in their names.
var genitiveHeadsDE = map[string]bool{"verband": true, "bundesverband": true, "vereinigung": true, "schutzgemeinschaft": true,
	"rat": true, "kammer": true, "gewerkschaft": true, "bund": true, "arbeitgeberverband": true, "verbraucherzentrale": true,
	"fraktion": true, "landtagsfraktion": true, "bundestagsfraktion": true}

// indefiniteBefore reports an indefinite article before token i, across
// adjectives.
func (d *doc) indefiniteBefore(s, i int) bool {
	toks := d.sents[s].toks
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		f := toks[k].fold
		if indefinite[f] {
			return true
		}
		if articles[f] || !toks[k].word || toks[k].cap && !isAdjDE(toks[k]) {
			return false
		}
	}
	return false
}

// bodyDescBefore reports whether the word before token i of sentence s
// describes what follows as an organised body, not an outlet or a
// business: "consumer group", "the charity", "die Verbraucherorganisation".
func (d *doc) bodyDescBefore(s, i int) bool {
	toks := d.sents[s].toks
	if i == 0 || !toks[i-1].word {
		return false
	}
	p := toks[i-1]
	if d.lang == "en" {
		if p.cap && i-1 > 0 {
			return false
		}
		if p.fold == "group" {
			return i > 1 && advocacyWords[toks[i-2].fold]
		}
		typ, ok := slotDescEN[p.fold]
		return ok && typ == claimgraph.Agency && !stateWordsEN[p.fold] && p.fold != "network" && p.fold != "agency"
	}
	return p.cap && hasSuffixInflected(p.fold, agencyAppositionsDE) != ""
}

// advocacyWords make a "group" an organised non-state actor.
var advocacyWords = set("consumer", "rights", "advocacy", "campaign", "pressure", "environmental", "lobby", "industry", "trade", "welfare",
	"privacy", "climate", "transparency", "anti-corruption", "conservation", "patients", "tenants", "farmers", "veterans", "civil-liberties",
	"activist", "militant", "rebel", "armed", "opposition", "civil", "watchdog", "business", "employers", "interest",
	// Groups of the people they speak for: "the passenger group X",
	// "a residents' group".
	"passenger", "passengers", "residents", "community", "citizens", "victims", "parents", "motorists", "commuters",
	"taxpayers", "shareholder", "investor-rights", "human-rights", "animal-rights", "health", "safety", "campaigners",
	"patient", "fan", "fans", "supporters", "pensioners", "customers", "users", "freedom",
	// Groups that research, monitor or investigate in the public
	// interest: "a Kyiv-based research group that tracks …".
	"research", "monitoring", "investigative", "humanitarian")

// cities are places that complete a German body's name ("Landgericht
// Hamburg", "Verbraucherzentrale Bayern"): major cities and German states.
// aloneElsewhere reports whether the word at token k of sentence s stands
// elsewhere in the text without the word before it ("Vellmar" after "die
// Stuttgarter Vellmar AG"): then that word starts the name.
func (d *doc) aloneElsewhere(s, k int, before string) bool {
	d.capWords()
	for _, at := range d.wordAt[trimPoss(d.sents[s].toks[k].fold)] {
		if at == [2]int{s, k} {
			continue
		}
		if ot := d.sents[at[0]].toks; at[1] == 0 || ot[at[1]-1].fold != before {
			return true
		}
	}
	return false
}

// bodyKindCompoundDE reports a compound that says what kind of body
// follows: "Verbraucherorganisation", "Umweltverband", "Tierschutzverein".
func bodyKindCompoundDE(t token) bool {
	if !t.cap || t.acro || strings.Contains(t.text, "-") {
		return false
	}
	for _, h := range []string{"organisation", "verein", "verband", "bündnis", "buendnis", "initiative"} {
		if strings.HasSuffix(t.fold, h) && len(t.fold) >= len(h)+4 {
			return true
		}
	}
	return false
}

// supportersBodyDE reports the word of a supporters' association
// ("Förderverein", "Förderkreis", "Freundeskreis", "Fördergesellschaft"),
// whose name is that of the house, school or cause it supports:
// "Förderverein Kreisklinik Altmühlried e.V.", "Freundeskreis Stadtmuseum
// Tannbach".
func supportersBodyDE(f string) bool {
	if !strings.HasPrefix(f, "foerder") && !strings.HasPrefix(f, "förder") && !strings.HasPrefix(f, "freundes") {
		return false
	}
	for _, h := range []string{"verein", "vereins", "kreis", "kreises", "gesellschaft"} {
		if strings.HasSuffix(f, h) {
			return true
		}
	}
	return false
}

// partyElsewhereDE reports whether the word at token k of sentence s
// stands elsewhere in the text without the word before it and not after
// a preposition ("Tellerwächter hält …", not "in Maarbach"): a name used
// for a party on its own.
func (d *doc) partyElsewhereDE(s, k int, before string) bool {
	d.capWords()
	for _, at := range d.wordAt[trimPoss(d.sents[s].toks[k].fold)] {
		if at == [2]int{s, k} {
			continue
		}
		ot := d.sents[at[0]].toks
		if at[1] == 0 {
			return true
		}
		if p := ot[at[1]-1].fold; p != before && !prepositions[p] && p != "im" && p != "am" && p != "vom" && p != "zum" && p != "beim" {
			return true
		}
	}
	return false
}

// knownTownAdjDE reports the adjective in -er of a town the lists know
// ("Stuttgarter", "Münchner", "Kölner", "Bremer").
func knownTownAdjDE(t token) bool {
	f := t.fold
	if !t.cap || !strings.HasSuffix(f, "er") || len(f) < 6 {
		return false
	}
	base := strings.TrimSuffix(f, "er")
	switch f {
	case "muenchner", "münchner", "muenchener", "münchener":
		return true
	}
	return cities[base] || cities[base+"en"] || cities[base+"e"]
}

var cities = set("berlin", "hamburg", "münchen", "muenchen", "köln", "koeln", "frankfurt", "stuttgart", "düsseldorf", "duesseldorf",
	"dortmund", "essen", "leipzig", "bremen", "dresden", "hannover", "nürnberg", "nuernberg", "duisburg", "bochum", "wuppertal",
	"bielefeld", "bonn", "münster", "muenster", "karlsruhe", "mannheim", "augsburg", "wiesbaden", "mainz", "kiel", "lübeck", "luebeck",
	"rostock", "kassel", "potsdam", "saarbrücken", "saarbruecken", "magdeburg", "erfurt", "schwerin", "freiburg", "heidelberg",
	"regensburg", "würzburg", "wuerzburg", "ingolstadt", "ulm", "osnabrück", "osnabrueck", "oldenburg", "darmstadt", "chemnitz",
	"halle", "braunschweig", "aachen", "koblenz", "trier", "göttingen", "goettingen", "wien", "graz", "linz", "salzburg", "innsbruck",
	"zürich", "zuerich", "basel", "genf", "bern", "lausanne", "luzern", "bayern", "hessen", "sachsen", "thüringen", "thueringen",
	"brandenburg", "niedersachsen", "nordrhein-westfalen", "rheinland-pfalz", "saarland", "schleswig-holstein",
	"mecklenburg-vorpommern", "sachsen-anhalt", "baden-württemberg", "baden-wuerttemberg", "nrw", "mitte", "nord", "süd", "sued",
	"ost", "west", "tiergarten", "moabit")

// namedCompoundHeads: a compound ending in one of these is a proper name
// ("Wettbewerbszentrale", "Bundesnetzagentur", "Handwerkskammer").
var namedCompoundHeads = map[string]bool{"liga": true, "bund": true, "club": true, "klub": true, "fraktion": true, "zentrale": true, "agentur": true, "institut": true, "kammer": true, "vereinigung": true, "beauftragte": true, "beauftragter": true,
	"gewerkschaft": true, "stiftung": true, "bundesagentur": true, "bundesinstitut": true, "amt": true, "komitee": true}

// genericCompounds are such compounds that stay generic.
// ("die größte Oppositionsfraktion im Stadtrat", "eine
// Kommunikationsagentur": a group's role in the council or a firm's trade,
// no name.)
var genericCompounds = set("landtagsfraktion", "bundestagsfraktion", "stadtratsfraktion", "oppositionsfraktion", "regierungsfraktion", "ratsfraktion", "kreistagsfraktion",
	"mehrheitsfraktion", "koalitionsfraktion", "kommunikationsagentur", "marketingagentur", "eventagentur", "modelagentur", "reiseagentur", "digitalagentur", "designagentur", "nachrichtenagentur", "werbeagentur", "ratingagentur", "presseagentur", "forschungsinstitut", "handelskammer", "bundeszentrale",
	"finanzamt", "landesamt", "bundesamt", "zollamt", "ehrenamt", "pfarramt", "postamt", "kartellamt", "fundamt")

// commonWordDeterminers precede an ordinary word, never an outlet's name.
var commonWordDeterminers = set("kein", "keine", "keiner", "keinen", "jeder", "jede", "jeden", "einer", "eine", "dieser", "diese", "zur", "aller", "ganzer", "ganze", "no", "any", "every", "some")

// quotedOutlet: "sagte er der „Neuen Westfälischen“", "wie die „Rhein-
// Zeitung“ berichtet": a quoted name ending at j, opened right after an
// article, in a sentence with an outlet cue.
func (d *doc) quotedOutlet(s, j int) bool {
	toks := d.sents[s].toks
	if j+1 >= len(toks) || !toks[j+1].quote {
		return false
	}
	k := j
	for k > 0 && !toks[k-1].quote {
		if !isCapWord(toks[k-1]) && !isAdjDE(toks[k-1]) {
			return false
		}
		k--
	}
	if k == 0 || j-k > 3 || k < 2 || !articles[toks[k-2].fold] {
		return false
	}
	return d.sentenceHas(s, outletCues)
}

// accuseCueObj are words after which a country is an accused party.
var accuseCueObj = set("wirft", "warf", "werfen", "beschuldigt", "beschuldigte", "accused", "accuses", "accusing", "blamed", "blames",
	"sanctioned", "against", "gegen", "charged", "condemned", "condemns", "denounced", "sued", "sues", "verklagt", "verklagte")

var geoNouns = set("rainforest", "river", "basin", "region", "valley", "delta", "forest", "jungle", "sea", "coast", "mountains", "regenwald", "fluss", "gebiet")

var govLevels = set("state", "federal", "regional", "provincial", "city", "local", "national", "municipal", "county", "military")

// otherAgencySince reports another agency mentioned after e's last hit.
func (d *doc) otherAgencySince(e *entity, s int) bool {
	last := e.hits[len(e.hits)-1].sent
	for _, o := range d.ents {
		if o == e || o.typ != claimgraph.Agency || o.dead {
			continue
		}
		for _, h := range o.hits {
			if h.sent >= last && h.sent <= s {
				return true
			}
		}
	}
	return false
}

// repeatedSurname: an English two- or three-word name whose last word
// also stands alone elsewhere in the text ("Hendra Wijaya" … "Wijaya's
// lawyer") is a person; places and organisations are rarely shortened
// to their last word.
func (d *doc) repeatedSurname(s, i, n int) bool {
	if n > 3 {
		return false
	}
	toks := d.sents[s].toks
	// "Ingenieur Tobias Dennhardt": a German noun before the name is no
	// part of it.
	if d.lang == "de" && (d.personNoun(toks[i]) || isNounLikeDE(toks[i]) || n > 2 && firstNames[toks[i+1].fold]) {
		return false
	}
	if i+n < len(toks) && (agencyHeadsEN[toks[i+n].fold] || isCapWord(toks[i+n])) {
		return false
	}
	for k := i; k < i+n; k++ {
		if d.isPlace(toks[k]) || functionWords[toks[k].fold] || publicationHeads[toks[k].fold] || weakSuffixes[toks[k].fold] || d.x.lx.byFirst[toks[k].stem] != nil {
			return false
		}
	}
	last := trimPoss(toks[i+n-1].fold)
	first := toks[i].fold
	for os := range d.sents {
		ot := d.sents[os].toks
		for k := range ot {
			// A word capitalised only because it opens a sentence ("Water
			// companies in England …") is no surname.
			if trimPoss(ot[k].fold) != last && !(d.lang == "de" && ot[k].fold == last+"s" && personCueAt(ot, k)) || !ot[k].cap || os == s && k >= i && k < i+n ||
				k == 0 && k+1 < len(ot) && (pluralCompanyDescs[ot[k+1].fold] || companyDescriptorsEN[ot[k+1].fold]) {
				continue
			}
			if k > 0 && ot[k-1].fold == first {
				continue // the full name again
			}
			// "Prairie Gold Eggs" … "Prairie Gold Eggs said": a name of
			// three words again in full, no surname alone.
			if n == 3 && k >= 2 && ot[k-2].fold == first && ot[k-1].fold == toks[i+1].fold {
				continue
			}
			if k+1 < len(ot) && isCapWord(ot[k+1]) && !strings.HasSuffix(ot[k].text, "'s") && !personCueAt(ot, k) {
				continue
			}
			// A name that opens its sentence may be a capitalised common
			// word and a name ("Shares Group"); its surname must be taken
			// up by "he" or "she" ("Salvat said he had evidence").
			// German capitalises every noun ("Deutsche Bahn" … "die
			// Bahn"), so there the pronoun is always needed: "Salvat
			// sagte, er habe Belege".
			if (i == 0 || d.lang == "de") && !personalPronounNear(ot, k+1) && !personCueAt(ot, k) {
				continue
			}
			return true
		}
	}
	return false
}

// personalPronounNear reports "he", "she", "his", "her" or "er" within
// the three tokens from k, before a sentence boundary: "Salvat said he",
// "Salvat told reporters she", "Salvat sagte, er". (German "sie" may be a
// company or many.)
func personalPronounNear(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		switch toks[j].fold {
		case "he", "she", "his", "her", "er":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// ageApposition reports an age in apposition at token k of sentence s:
// "Rodrigo Salvat, 61, a former player", "Rodrigo Salvat (61)". Only
// people are given an age so.
func (d *doc) ageApposition(s, k int) bool {
	toks := d.sents[s].toks
	if k+2 >= len(toks) || !(toks[k].text == "," && (toks[k+2].text == "," || toks[k+2].text == ".") || toks[k].text == "(" && toks[k+2].text == ")") {
		return false
	}
	a, err := strconv.Atoi(toks[k+1].text)
	return err == nil && a >= 14 && a <= 110
}

// genericAdjDE are adjectives that describe a body without naming it
// ("dem nationalen Verband", "die zuständige Behörde").
var genericAdjDE = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"national", "international", "zuständig", "örtlich", "staatlich", "städtisch", "kommunal", "regional",
		"lokal", "neu", "alt", "ehemalig", "früher", "oberst", "höchst", "offiziell", "unabhängig", "jeweilig", "betroffen", "offiziell"} {
		m[stem(fold(w))] = true
	}
	return m
}()

// stateName reports a word that names a state the text made a party,
// though no lexicon knows it ("the Karsland foreign ministry").
func (d *doc) stateName(t token) bool {
	for _, e := range d.ents {
		if e.slot && e.typ == claimgraph.Agency && !e.dead && fold(e.name) == trimPoss(t.fold) && !strings.Contains(e.name, " ") {
			return true
		}
		// "the government of Valdoria" … "Valdoria's transport ministry".
		if w := strings.Fields(fold(e.name)); e.typ == claimgraph.Agency && !e.dead && len(w) >= 2 && (w[0] == "government" || w[0] == "regierung") {
			for _, x := range e.shorts {
				if x == trimPoss(t.fold) {
					return true
				}
			}
		}
	}
	return false
}

// lowerName reports a name written in lower case that the text already
// gave to a body ("noyb").
func (d *doc) lowerName(w string) bool {
	for _, e := range d.ents {
		if e.isOrg() && !e.dead && e.name == w && strings.ToLower(w) == w {
			return true
		}
	}
	return false
}

// namingPhrase returns the end of a phrase at token i that gives a name
// ("it calls", "known as", "dubbed", "namens", "mit dem Namen"), or i.
// namingVerbsDE give a name in a German relative clause: "die sich
// „Night Owl“ nennt", "der sich „Rote Hand“ nannte".
var namingVerbsDE = set("nennt", "nennen", "nannte", "nannten", "bezeichnet", "bezeichnete")

// namingRelativeDE reads a German relative clause at i that names what
// stands before it (", die sich „Night Owl“ nennt,"): it returns the
// span of the quoted name, or 0, 0.
func namingRelativeDE(toks []token, i int) (int, int) {
	if i+5 >= len(toks) || toks[i].text != "," || !relPronounsDE[toks[i+1].fold] || toks[i+2].fold != "sich" || !toks[i+3].quote || !toks[i+3].open {
		return 0, 0
	}
	q := i + 4
	for q < len(toks) && q <= i+8 && (isCapWord(toks[q]) || toks[q].acro) {
		q++
	}
	if q == i+4 || q+1 >= len(toks) || !toks[q].quote || toks[q].open || !namingVerbsDE[toks[q+1].fold] {
		return 0, 0
	}
	return i + 4, q
}

func namingPhrase(toks []token, i int) int {
	if i >= len(toks) {
		return i
	}
	f := toks[i].fold
	switch {
	case f == "dubbed" || f == "namens" || f == "called" || f == "named":
		return i + 1
	case f == "known" && i+1 < len(toks) && toks[i+1].fold == "as":
		return i + 2
	case (f == "it" || f == "they" || f == "researchers" || f == "which") && i+1 < len(toks) && (toks[i+1].fold == "calls" || toks[i+1].fold == "call" || toks[i+1].fold == "dubbed" || toks[i+1].fold == "named"):
		return i + 2
	case f == "which" && i+2 < len(toks) && (toks[i+1].fold == "it" || toks[i+1].fold == "they") && (toks[i+2].fold == "calls" || toks[i+2].fold == "call"):
		return i + 3
	}
	return i
}

// placeNouns end names of places, not of persons ("Second Thomas Shoal").
var placeNouns = set("shoal", "reef", "island", "islands", "river", "bay", "strait", "sea", "mountain", "mountains", "lake", "valley", "street",
	"road", "avenue", "square", "park", "bridge", "airport", "station", "harbour", "harbor", "county", "beach", "hill", "hills", "canal",
	"straße", "strasse", "platz", "insel", "see", "berg", "hafen", "bahnhof")

// ordinalWords open names of places and things ("Second Thomas Shoal").
var ordinalWords = set("first", "second", "third", "fourth", "new", "old", "upper", "lower")

// parliamentsDE are the assemblies a parliamentary group sits in.
var parliamentsDE = set("landtag", "bundestag", "stadtrat", "gemeinderat", "kreistag", "abgeordnetenhaus", "europaparlament", "bezirksparlament", "rat")

// lawWords end names of laws and treaties, which are neither persons nor
// parties ("General Data Protection Regulation", "Washington's mutual
// defense treaty").
var lawWords = set("regulation", "regulations", "act", "directive", "law", "treaty", "convention", "agreement", "protocol", "code", "constitution",
	"verordnung", "gesetz", "richtlinie", "vertrag", "abkommen", "protection")

// stateWordsEN describe states; slot.go reads them, since a state's
// accuser is typed by them too.
var stateWordsEN = set("neighbouring", "neighboring", "country", "state", "nation", "republic", "kingdom", "emirate", "government")

// partyKeys are the lexicon keys of German parties.
var partyKeys = set("de-cdu", "de-csu", "de-spd", "de-greens", "de-fdp", "de-afd", "de-linke", "de-bsw")

// partyGroupEnd returns the end of "im Kreistag", "im Bayerischen
// Landtag" after a party name ending at token i (or i), and the end of
// the group's name, which takes the body's place ("des Landkreises
// Ostholstein") even where that place is a mention of its own.
func (d *doc) partyGroupEnd(s, i int) (int, int) {
	toks := d.sents[s].toks
	if i+1 >= len(toks) || toks[i].fold != "im" {
		return i, i
	}
	j := i + 1
	if j+1 < len(toks) && toks[j].cap && isAdjDE(toks[j]) {
		j++ // "im Bayerischen Landtag"
	}
	if !parliamentsDE[toks[j].fold] || d.covered[s][j] {
		return i, i
	}
	j++
	nameEnd := j
	// "des Landkreises Ostholstein", "der Stadt Lüneburg".
	if j+2 < len(toks) && (toks[j].fold == "des" || toks[j].fold == "der") && toks[j+1].cap && isCapWord(toks[j+2]) {
		nameEnd = j + 3
	} else if j+1 < len(toks) && (toks[j].fold == "von" || toks[j].fold == "in") && isCapWord(toks[j+1]) {
		nameEnd = j + 2
	}
	if !d.free(s, j, nameEnd) {
		return j, nameEnd
	}
	return nameEnd, nameEnd
}

// internationalWords open the names of international bodies.
var internationalWords = set("international", "world", "global", "united", "european", "interpol", "organisation", "organization")

// pluralRoleEN reports an English role word in the plural ("Deputies",
// "Officers", "Councillors").
func pluralRoleEN(t token) bool {
	f := t.fold
	switch {
	case strings.HasSuffix(f, "ies"):
		return roleWordsEN[f[:len(f)-3]+"y"]
	case strings.HasSuffix(f, "s"):
		return roleWordsEN[f[:len(f)-1]]
	}
	return false
}

// buildingNounsEN follow a name that is a place people live or work in.
var buildingNounsEN = set("estate", "flats", "apartments", "apartment", "tower", "towers", "block", "blocks", "development", "residents", "tenants",
	"care", "nursing", "retirement", "hotel", "shopping", "car", "site")

// townNames end the names of towns ("Harbor City", "Sioux Falls").
var townNames = set("city", "town", "falls", "springs", "heights", "village", "county", "beach", "park", "valley")

// sameBodyKind reports whether two names of bodies may name one body:
// not two different organs of a state ("defence ministry",
// "government"); a watchdog may well be a commission.
// memberHeadsEN end the names of bodies of members, never a state's.
var memberHeadsEN = set("union", "association", "federation", "guild", "club", "party", "alliance", "coalition", "league", "society", "foundation", "campaign")

func sameBodyKind(a, b string) bool {
	// "Ostrava's foreign ministry" … "The International Civil Aviation
	// Organization": one state's organ is no international body.
	if fw := strings.Fields(fold(b)); len(fw) > 0 && internationalWords[fw[0]] && (strings.Contains(a, "'s") || strings.Contains(a, "’s")) {
		return false
	}
	ha, hb := fold(trimPoss(lastWord(a))), fold(trimPoss(lastWord(b)))
	// "Orvania's interior ministry" … "The Kessland Press Union": a
	// members' body is no organ of a state.
	if stateOrgans[ha] && memberHeadsEN[hb] || stateOrgans[hb] && memberHeadsEN[ha] {
		return false
	}
	if !agencyHeadsEN[ha] || !agencyHeadsEN[hb] {
		return true
	}
	return ha == hb || !stateOrgans[ha] || !stateOrgans[hb]
}

// bareName reports a capitalised German word that stands at least twice
// in the text and never after an article, a determiner or a preposition:
// a name, whatever its ending ("Leonis").
func (d *doc) bareName(f string) bool {
	n := 0
	for os := range d.sents {
		toks := d.sents[os].toks
		for k, t := range toks {
			if trimPoss(t.fold) != f || !t.cap {
				continue
			}
			n++
			if k > 0 {
				p := toks[k-1].fold
				if articles[p] || definiteDE[p] || prepositions[p] || germanDeterminers[p] || possessives[p] || indefinite[p] || toks[k-1].word && !toks[k-1].cap && isAdjDE(toks[k-1]) {
					return false
				}
			}
		}
	}
	return n >= 2
}

// personNounsDE end German nouns for a private or public person by what
// he does ("Nationalspieler", "Ex-Profi", "Weltmeisterin", "Teamarzt");
// personNounsEN are English ones ("former world champion Lena Varga",
// "team doctor Aurelio Menck").
var (
	personNounsDE = []string{"spieler", "spielerin", "profi", "meister", "meisterin", "trainer", "trainerin", "arzt", "ärztin", "aerztin",
		"unternehmer", "unternehmerin", "sportler", "sportlerin", "athlet", "athletin", "fahrer", "fahrerin", "politiker", "politikerin",
		"aktivist", "aktivistin", "journalist", "journalistin", "whistleblower", "whistleblowerin", "zeuge", "zeugin", "lehrer", "lehrerin", "ingenieur", "ingenieurin", "informant", "informantin",
		// private persons of local news ("Anwohner Koray Pfeilschifter",
		// "Mieterin Jasmin Keskin"; a "Mieter" or "Vermieter" may be a
		// firm)
		"mieterin", "anwohner", "anwohnerin", "bewohner", "bewohnerin", "nachbar", "nachbarin", "patient", "patientin", "rentner", "rentnerin",
		// a person's standing in a criminal case ("Der Angeschuldigte
		// Steffen Gorzel", "die Angeklagte Petra Vassallo")
		"angeklagte", "angeklagter", "angeschuldigte", "angeschuldigter", "beschuldigte", "beschuldigter", "tatverdächtige", "tatverdaechtige", "tatverdächtiger", "tatverdaechtiger"}
	personNounsEN = set("champion", "doctor", "player", "athlete", "businessman", "businesswoman", "entrepreneur", "coach", "whistleblower",
		"activist", "rider", "cyclist", "footballer", "driver", "engineer", "nurse", "teacher", "journalist", "witness", "tycoon",
		// private persons of local news ("neighbour Priyesh Kallander")
		"neighbour", "neighbor", "resident", "tenant", "pensioner", "widow", "widower", "patient", "parent")
)

// personNoun reports whether t names a person by what he does, so that
// the capitalised words after it are his name whatever his first name.
func (d *doc) personNoun(t token) bool {
	if !t.word {
		return false
	}
	if d.lang == "en" {
		return !t.cap && personNounsEN[t.fold]
	}
	if !t.cap {
		return false
	}
	f := t.fold
	if i := strings.LastIndex(f, "-"); i >= 0 {
		f = f[i+1:]
	}
	if strings.HasSuffix(f, "vermieterin") {
		return false
	}
	for _, suf := range personNounsDE {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// namedByWordHeadsDE are heads of associations and offices whose
// compounds take a name word after them ("Bäckerinnungsverband
// Westfalen", "Landesbetrieb Bau und Liegenschaften").
var namedByWordHeadsDE = set("bund", "verband", "bundesverband", "landesbetrieb", "verein", "initiative", "vereinigung", "gewerkschaft", "betrieb", "rechnungshof", "kammer", "stiftung", "bündnis", "buendnis", "gemeinschaft", "buergerliste")

// bodyNameWordsDE returns the end of the name words of a body at token j
// of sentence s: one capitalised word, or two joined by "und" ("Bau und
// Liegenschaften"), that are no noun of an abstract kind, no body, role,
// document or first name, and are followed by no further capital word;
// j for none.
//
// A body that opens a main clause stands in the field before the finite
// verb, so no other noun phrase follows it there: up to three name words
// are its own ("Die Bürgerinitiative Datenschutz Aurich beschuldigt").
// Elsewhere a second word is taken only if it is a place.
func (d *doc) bodyNameWordsDE(s, j int, opens bool) int {
	toks := d.sents[s].toks
	ok := func(k int) bool {
		if k >= len(toks) || d.covered[s][k] || !isCapWord(toks[k]) || toks[k].inq {
			return false
		}
		t := toks[k]
		// ("Bürgerliste Wendelstadt": a town's name in "-stadt" is a
		// place, no body.)
		return !isNounLikeDE(t) && (germanHead(t) == "" || regionCompoundDE(t)) && hasSuffixInflected(t.fold, documentHeadsDE) == "" && isRoleToken(t, d) == "" &&
			!firstNames[t.fold] && !functionWords[t.fold] && !nominalDE[t.fold] && !d.isCompanyDescriptor(t) && !d.personNoun(t)
	}
	if !ok(j) {
		return j
	}
	end := j + 1
	if end+1 < len(toks) && toks[end].fold == "und" && ok(end+1) {
		end += 2
	}
	for end < len(toks) && end-j < 3 && ok(end) && (opens || d.isPlace(toks[end]) || cities[toks[end].fold]) {
		end++
	}
	if end < len(toks) && (isCapWord(toks[end]) || toks[end].text == "-") {
		return j
	}
	return end
}

// regionCompoundDE reports a region's name compounded with "-kreis" or
// "-bezirk" ("Heidekreis", "Rheinkreis"), which company names take as
// their place word.
func regionCompoundDE(t token) bool {
	h := germanHead(t)
	// "Elbstadt Immobilien AG", "Seestadt Terminal AG": a town's name in
	// "-stadt" is a place word of the name too, unlike "Hauptstadt".
	if h == "stadt" {
		return placeShapedDE(t.fold) && !strings.HasPrefix(t.fold, "land") && !strings.HasPrefix(t.fold, "stadt")
	}
	return (h == "kreis" || h == "bezirk") && len(t.fold) > len(h)+3 && !strings.HasPrefix(t.fold, "land") && !strings.HasPrefix(t.fold, "stadt")
}

// companyStarting reports a company the text named before whose name
// begins with the word f: "die Heidekreis Recycling" after "Heidekreis
// Recycling GmbH" is the company again, not the district.
func (d *doc) companyStarting(f string) bool {
	for _, e := range d.ents {
		if e.typ == claimgraph.Company && !e.dead && strings.HasPrefix(fold(e.name), f+" ") {
			return true
		}
	}
	return false
}

// stateSpeakers are offices whose holder speaks for a state.
var stateSpeakers = set("minister", "president", "premier", "chancellor", "ambassador")

// stateOfficeAround reports an English country name at [i, i+n) that owns
// a state office: "Ghana's foreign minister", "Ghana's president", or
// "Finance Minister Karl Osei of Kenya".
func stateOfficeAround(toks []token, i, n int) bool {
	last := toks[i+n-1].text
	from := i + n
	if from < len(toks) && (toks[from].text == "'s" || toks[from].text == "’s") {
		last, from = last+"'s", from+1
	}
	if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		for k := from; k < len(toks) && k <= from+2; k++ {
			if stateSpeakers[toks[k].fold] {
				return true
			}
			if !toks[k].word || toks[k].cap && k > from {
				break
			}
		}
		return false
	}
	if i < 3 || toks[i-1].fold != "of" {
		return false
	}
	// Back over the person's name to the capitalised title.
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if !toks[k].word || !toks[k].cap {
			return false
		}
		if stateSpeakers[toks[k].fold] && k < i-2 {
			return true
		}
	}
	return false
}

// legalTailName reports a company name said without its first word and
// with its legal form: "Lindenhof GmbH" for "Seniorenresidenz Lindenhof
// GmbH".
func legalTailName(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	return len(wa) >= 2 && len(wb) == len(wa)+1 && legalForms[normName(wa[len(wa)-1])] && fold(strings.Join(wb[1:], " ")) == fold(a)
}

// nameWordAlone reports whether the word at token j of sentence s, after
// the body compound at token i, stands elsewhere in the text without that
// compound: alone or as the first part of a hyphenated word
// ("Dehoga-Präsidentin"). Places are left out: "Westfalen" may stand
// alone as a place.
func (d *doc) nameWordAlone(s, i, j int) bool {
	toks := d.sents[s].toks
	// ("die Fraktion Bürgerliste Mühlstadt" … "im benachbarten
	// Mühlstadt": a town's name stands alone as the town.)
	if d.isPlace(toks[j]) || cities[toks[j].fold] || placeShapedDE(toks[j].fold) {
		return false
	}
	f, comp := toks[j].fold, toks[i].fold
	for os := range d.sents {
		ot := d.sents[os].toks
		for k, t := range ot {
			if os == s && k == j || !t.cap {
				continue
			}
			w := trimPoss(t.fold)
			if h := strings.Index(w, "-"); h > 0 {
				w = w[:h]
			}
			// ("die Angehörigen-Initiative Lindenhof" of the home „Haus
			// Lindenhof“, "die Mieterinitiative Rosenhof" of the estate
			// „Rosenhof“: after another capitalised word inside a
			// sentence, or as a title in quotation marks, the word is
			// part of a second name, not alone.)
			if k > 1 && ot[k-1].word && ot[k-1].cap && !sentenceOpeners[ot[k-1].fold] && !articles[ot[k-1].fold] && !sameInflectedDE(ot[k-1].fold, comp) || t.inq && k > 0 && ot[k-1].quote {
				continue
			}
			if w == f && !(k > 0 && sameInflectedDE(ot[k-1].fold, comp)) {
				return true
			}
		}
	}
	return false
}

// sameInflectedDE reports two forms of one German noun that differ only
// by a case ending ("Mieterbund", "Mieterbunds", "Mieterbundes"): "des
// Mieterbunds Elbaue" uses the name word with its compound as "der
// Mieterbund Elbaue" does.
func sameInflectedDE(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return a == b || headEnds[a[len(b):]] && strings.HasPrefix(a, b) && len(b) >= 4
}

// throughWords introduce the lawyer a person speaks through.
var throughWords = set("through", "via", "über", "ueber", "durch")

// titleBefore reports a title ("Mrs", "Dr.", "Herr") right before token i.
func titleBefore(toks []token, i int) bool {
	if i > 0 && toks[i-1].text == "." {
		i--
	}
	return i > 0 && titles[toks[i-1].fold]
}

// utilityHeadsDE end the names of German public utilities, savings banks
// and hospitals, which are named by their town or region: "Stadtwerke
// Lindau", "Kreissparkasse Heinsberg", "Verkehrsbetriebe Kassel",
// "Klinikum Nordheide".
// utilityWordDE reports a utility's or local institution's word
// ("Stadtwerke", "Wasserwerke", "Kreissparkasse"), which opens its name.
func utilityWordDE(t token) bool {
	if !t.cap || strings.Contains(t.text, "-") {
		return false
	}
	for _, h := range []string{"stadtwerke", "kreiswerke", "wasserwerke", "gemeindewerke", "verkehrsbetriebe", "sparkasse", "volksbank", "raiffeisenbank"} {
		if t.fold == h || strings.HasSuffix(t.fold, h) && len(t.fold) > len(h)+2 {
			return true
		}
	}
	return false
}

var utilityHeadsDE = []string{"stadtwerke", "kreiswerke", "wasserwerke", "gemeindewerke", "verkehrsbetriebe", "sparkasse", "volksbank", "raiffeisenbank", "landesbank", "klinikum", "kliniken",
	// Firms of the professions and industrial works, named by their
	// owner or place in the same way: "Architekturbüro Lenz",
	// "Ingenieurbüro Falk", "Chemiewerk Oberweiler", "Kieswerk Nordkies".
	// A Büro of the professions is a firm, no public office.
	"architekturbüro", "architekturbuero", "ingenieurbüro", "ingenieurbuero", "planungsbüro", "planungsbuero", "anwaltsbüro", "anwaltsbuero",
	"gutachterbüro", "gutachterbuero", "vermessungsbüro", "vermessungsbuero", "steuerbüro", "steuerbuero",
	"chemiewerk", "stahlwerk", "zementwerk", "kieswerk", "kalkwerk", "betonwerk", "sägewerk", "saegewerk", "walzwerk", "papierwerk", "ziegelwerk", "schotterwerk", "glaswerk"}

// utilityPassDE finds such names: the head word right after an article
// or at the start of the sentence, and its name words (a place or a name
// no noun, as bodyNameWordsDE reads them). They are companies.
func (d *doc) utilityPassDE(s int) {
	if d.lang != "de" {
		return
	}
	toks := d.sents[s].toks
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.word || !t.cap || d.covered[s][i] || t.inq || strings.Contains(t.text, "-") {
			continue
		}
		head := ""
		for _, h := range utilityHeadsDE {
			if t.fold == h || t.fold == h+"n" || strings.HasSuffix(t.fold, h) && len(t.fold) > len(h)+2 && !strings.HasPrefix(t.fold, "netz") {
				head = h
				break
			}
		}
		// "Planungsfehler des Architekturbüros Raith Lenz Architekten",
		// "das Ingenieurbüro Falk Seidel Ingenieure": partners' surnames
		// and their trade in the plural are the firm's own name; the
		// office's word before it only says what the firm is.
		if strings.Contains(t.fold, "bu") && i+2 < len(toks) {
			office := false
			for _, h := range utilityHeadsDE {
				if (strings.HasSuffix(h, "büro") || strings.HasSuffix(h, "buero")) && (t.fold == h || t.fold == h+"s") {
					office = true
					break
				}
			}
			if e := partnersFirmEnd(d, s, i+1); office && e > 0 {
				d.addMention(&mention{sent: s, t0: i + 1, t1: e, kind: mName, typ: claimgraph.Company, name: d.spanText(s, i+1, e)})
				i = e - 1
				continue
			}
		}
		if head == "" || i > 0 && !articles[toks[i-1].fold] && !prepositions[toks[i-1].fold] {
			continue
		}
		j := d.bodyNameWordsDE(s, i+1, false)
		if j == i+1 {
			continue
		}
		name := strings.TrimSuffix(t.text, "n")
		if !strings.HasSuffix(fold(name), head) {
			name = t.text
		}
		name += " " + d.spanText(s, i+1, j)
		m := &mention{sent: s, t0: i, t1: j, kind: mName, typ: claimgraph.Company, name: name}
		if e, form := d.x.lx.lookupForm(name); e != nil {
			m.key, m.name, m.typ = e.key, form, e.typ
		}
		d.addMention(m)
		i = j - 1
	}
}

// partnersTradesDE end the names of German firms of the professions that
// are named by their partners ("Raith Lenz Architekten", "Falk Seidel
// Ingenieure", "Brück Hanke Rechtsanwälte").
var partnersTradesDE = set("architekten", "ingenieure", "rechtsanwälte", "rechtsanwaelte", "anwälte", "anwaelte", "steuerberater", "landschaftsarchitekten", "stadtplaner", "planer")

// partnersFirmEnd returns the end of a firm's name of one to three
// surnames and a trade in the plural from token j of sentence s
// ("Raith Lenz Architekten"), 0 for none.
func partnersFirmEnd(d *doc, s, j int) int {
	toks := d.sents[s].toks
	k := j
	for k < len(toks) && k-j < 3 && isCapWord(toks[k]) && !d.covered[s][k] && !toks[k].inq && !partnersTradesDE[toks[k].fold] &&
		germanHead(toks[k]) == "" && isRoleToken(toks[k], d) == "" && !d.isPlace(toks[k]) && !isNounLikeDE(toks[k]) {
		k++
	}
	if k == j || k >= len(toks) || !partnersTradesDE[toks[k].fold] || !toks[k].cap || d.covered[s][k] {
		return 0
	}
	return k + 1
}

// personSurname reports a folded word that is the surname of a named
// person the text introduced before.
func (d *doc) personSurname(f string) bool {
	for _, e := range d.ents {
		if e.typ != claimgraph.Official || e.anon || e.dead || !strings.Contains(e.name, " ") {
			continue
		}
		w := strings.Fields(e.name)
		if fold(w[len(w)-1]) == f {
			return true
		}
	}
	return false
}

// hyphenGivenName reports a double given name joined by a hyphen whose
// parts are both given names ("Eike-Malte", "Jan-Hendrik", "Lea-Sophie"),
// which the name list cannot hold pair by pair.
func hyphenGivenName(f string) bool {
	a, b, ok := strings.Cut(f, "-")
	return ok && len(a) >= 3 && len(b) >= 3 && firstNames[a] && firstNames[b] && !strings.Contains(b, "-")
}

// personCueAt reports words at a bare surname at token k that only a
// person takes: his lawyer ("Salvat's lawyer", "Salvats Anwalt") or
// telling reporters ("Salvat told reporters").
func personCueAt(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	f := toks[k].fold
	poss := strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") || strings.HasSuffix(f, "s") && toks[k].cap
	if poss && lawyerWords[toks[k+1].fold] && toks[k+1].fold != "client" && toks[k+1].fold != "mandant" && toks[k+1].fold != "mandantin" {
		return true
	}
	return k+2 < len(toks) && toks[k+1].fold == "told" && (toks[k+2].fold == "reporters" || toks[k+2].fold == "journalists")
}

// commonNounAfterNameDE reports whether the capitalised word at k, after
// the first word t0 of a German name, starts a new noun phrase instead of
// continuing the name. German capitalises every noun, so "der Reederei
// Hanseblick Sanktionen …" or "dem Bauunternehmer Ferdinand Brenninger
// Bestechung vor" put a common noun right after a name. The evidence is
// grammatical or textual: a noun of accusation, document, offence or
// abstraction (-ung, -heit, -keit, -schaft, -tion, -ität, -nis, -tum);
// the noun right before the particle that closes the clause (chargeNounDE);
// or the text naming [t0, k) again without the word while never
// repeating the longer run. A run the text repeats whole stays one name
// ("Carvia Leasing" … "Carvia Leasing wies zurück").
func (d *doc) commonNounAfterNameDE(s, t0, k int) bool {
	toks := d.sents[s].toks
	if d.lang != "de" || k <= t0 || k >= len(toks) || toks[k].acro {
		return false
	}
	t := toks[k]
	// ("der Tochterfirma Carvia Leasing Kunden …": plural nouns for
	// people and data end no name.)
	if nominalDE[t.fold] || commonNounsDE[t.fold] || hasSuffixInflected(t.fold, documentHeadsDE) != "" || chargeNounDE(toks, k) {
		return true
	}
	if d.runElsewhere(s, t0, k+1, false) {
		return false
	}
	// A name may end in a legal form after the noun ("Brenninger
	// Beratung GmbH"): legal forms are read by legalFormPass, which runs
	// first; here a legal form right after still keeps the word.
	if k+1 < len(toks) && (legalSuffixes[toks[k+1].text] || weakSuffixes[toks[k+1].fold]) {
		return false
	}
	// ("der Konzern Deutsche Vermögensberatung": after an adjective the
	// noun is the head of the name.)
	// ("Kreymborg & Söhne Zuwendungen": the word after "&" is a name's,
	// no adjective.)
	// ("Lindner & Söhne Bauunternehmung": a trade there ends the name.)
	if p := toks[k-1]; p.cap && !(k >= 2 && toks[k-2].text == "&" && !d.isCompanyDescriptor(t)) && (isAdjDE(p) || strings.HasSuffix(p.fold, "e") && !strings.HasSuffix(p.fold, "ee")) {
		return false
	}
	if len(t.fold) >= 8 && hasSuffixInflected(t.fold, abstractSuffixesDE) != "" && !strings.Contains(t.text, "&") {
		return true
	}
	// "der Verein Hilfswerk Süd Spendengelder für Dienstwagen
	// ausgegeben", "die Gruppe Grey Owl Kundendaten gestohlen": a
	// compound whose head is money, data or papers in the plural is the
	// clause's object.
	for _, h := range resourceHeadsDE {
		if strings.HasSuffix(t.fold, h) && len(t.fold) >= len(h)+3 && !strings.Contains(t.text, "&") {
			return true
		}
	}
	// "der Unternehmer Heiko Brandl Schmiergelder an Beamte gezahlt",
	// "Gerda Falkenried Betrügereien begangen": a noun after two name
	// words, then the rest of the clause in lower case, is its object;
	// names of three words end in a surname after a first name ("Anna
	// Maria Schneider sagte"). A long compound noun before a preposition
	// or article is one too ("die Firma Lotzen Bauabfälle in einem Wald").
	if germanNounLike(t) && k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap {
		if k-t0 >= 2 && firstNames[toks[t0].fold] && !firstNames[toks[k-1].fold] {
			return true
		}
		// ("Oberbürgermeister Frank Deusinger in einer Sitzung",
		// "Sabine Hollwanger in einem Brief": the one word after a known
		// first name is the surname, however long and whatever it ends
		// in. After a role alone it may be the object: "Landrat Kessler
		// Versäumnisse bei der Aufsicht vorgeworfen".)
		surname := k == t0+1 && firstNames[toks[t0].fold]
		if len(t.fold) >= 9 && !surname && (prepositions[toks[k+1].fold] || articles[toks[k+1].fold] || toks[k+1].fold == "ins") {
			return true
		}
	}
	// The text names [t0, k) on its own elsewhere, and here a plural of
	// people or a prepositional phrase follows the word, as it follows
	// an object ("Hanseblick Sanktionen gegen …", "Nordkurier Abwasser
	// ins Meer"); an article after it may follow a subject as well
	// ("Sörensen Logistik die Absprachen unterstützt").
	if commonNounsDE[t.fold] || k+1 < len(toks) && (prepositions[toks[k+1].fold] || toks[k+1].fold == "ins" || toks[k+1].fold == "ans") {
		return d.runElsewhere(s, t0, k, true)
	}
	// "soll die Wohnungsgesellschaft Haller Wohnen Nebenkosten doppelt
	// abgerechnet haben" … "Haller Wohnen äußerte sich nicht": after the
	// finite verb the clause's middle field holds its objects, so a noun
	// after a name the text uses alone, then lower-case words that are
	// no verb of their own, is the object.
	if t.cap && len(t.fold) >= 5 && !d.isPlace(t) && !cities[t.fold] && k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap && !germanVerbish(toks[k+1].fold) && !functionWords[toks[k+1].fold] {
		for j := t0 - 1; j >= 0 && toks[j].text != ","; j-- {
			if toks[j].word && !toks[j].cap && germanVerbish(toks[j].fold) {
				return d.runElsewhere(s, t0, k, true)
			}
		}
	}
	return false
}

// resourceHeadsDE end German compounds for money, data and papers in the
// plural ("Spendengelder", "Kundendaten", "Fördermittel"), which name no
// company or body.
var resourceHeadsDE = []string{"gelder", "daten", "mittel", "beitraege", "gebuehren", "loehne", "kosten", "abgaben", "summen", "betraege", "zahlungen",
	"dokumente", "unterlagen", "informationen"}

// abstractSuffixesDE end German abstract nouns, which end no name of a
// person or company unless a legal form follows.
var abstractSuffixesDE = []string{"ung", "heit", "keit", "schaft", "tion", "ität", "itaet", "nis", "nisse", "tum", "ismus"}

// runElsewhere reports whether the tokens [i, j) of sentence s occur again
// elsewhere in the text with the same spelling; alone also asks that the
// run is not followed there by another capitalised word, so it stands as
// a name of its own ("Hanseblick bestreitet das").
func (d *doc) runElsewhere(s, i, j int, alone bool) bool {
	d.capWords()
	toks := d.sents[s].toks
	n := j - i
	for _, at := range d.wordAt[trimPoss(toks[i].fold)] {
		os, k := at[0], at[1]
		ot := d.sents[os].toks
		if os == s && k == i || k+n > len(ot) {
			continue
		}
		same := true
		for q := 1; q < n; q++ {
			if trimPoss(ot[k+q].fold) != trimPoss(toks[i+q].fold) {
				same = false
				break
			}
		}
		if !same || alone && k+n < len(ot) && isCapWord(ot[k+n]) {
			continue
		}
		return true
	}
	return false
}

// pluralDescriptorDE reports a German company descriptor in the plural
// ("Baufirmen", "Reedereien", "Konzernen"), which may introduce a list of
// names. "Unternehmen" is singular and plural alike and stays out.
func (d *doc) pluralDescriptorDE(t token) bool {
	f := trimPoss(t.fold)
	desc := d.x.descIx.match(f)
	if desc == "" {
		return false
	}
	if desc == "firmen" {
		return true
	}
	rest := f[strings.LastIndex(f, desc)+len(desc):]
	return rest == "en" || rest == "n" && !strings.HasSuffix(desc, "e") || rest == "e" && strings.HasSuffix(desc, "n")
}

// bareElsewhere reports whether the German capitalised word at token k of
// sentence s stands somewhere else in the text with no determiner,
// preposition or adjective before it, as names do and common nouns in the
// singular do not ("Elbwerft bestreitet das").
func (d *doc) bareElsewhere(s, k int) bool {
	toks := d.sents[s].toks
	if d.lang != "de" || !toks[k].cap {
		return false
	}
	d.capWords()
	for _, at := range d.wordAt[trimPoss(toks[k].fold)] {
		os, q := at[0], at[1]
		if os == s && q == k {
			continue
		}
		ot := d.sents[os].toks
		if q+1 < len(ot) && isCapWord(ot[q+1]) {
			continue // part of a longer run there
		}
		if q == 0 || ot[q-1].quote && q == 1 {
			return true
		}
		p := ot[q-1]
		if !p.word || articles[p.fold] || definiteDE[p.fold] || prepositions[p.fold] || germanDeterminers[p.fold] || possessives[p.fold] || indefinite[p.fold] || p.cap || isAdjDE(p) || functionWords[p.fold] {
			continue
		}
		return true
	}
	return false
}

// descIntroduced reports whether a name mention before sentence s was
// introduced by the descriptor with stem role ("der Reederei Hanseblick").
func (d *doc) descIntroduced(s int, role string) bool {
	for os := 0; os < s; os++ {
		for _, m := range d.ments[os] {
			if m.role == role && m.kind == mName {
				return true
			}
			// "die Kessler Privatbank AG" … "ob die Bank Gelder …": a
			// name whose compound head is the descriptor introduced it.
			if m.kind == mName && m.typ == claimgraph.Company && len(role) >= 4 {
				for q := m.t0; q < m.t1; q++ {
					if strings.HasSuffix(d.sents[os].toks[q].fold, role) {
						return true
					}
				}
			}
		}
	}
	return false
}

// outletDescriptorDE reports German nouns that stand before an outlet's
// name ("Nachrichtenagentur", "Tageszeitung", "Wirtschaftsmagazin").
func outletDescriptorDE(f string) bool {
	return strings.HasSuffix(f, "nachrichtenagentur") || strings.HasSuffix(f, "zeitung") || strings.HasSuffix(f, "magazin") || strings.HasSuffix(f, "magazins") ||
		broadcasterDE(f) || newsPortalDE(f)
}

// outletTitleKindDE reports a German word for an outlet that a title in
// quotation marks may follow: "Lokalblog", "Nachrichtenportal",
// "Stadtmagazin", "Newsletter", "Wochenzeitung" (not a shop's "Portal"
// alone, nor a "Plattform" that sells).
func outletTitleKindDE(f string) bool {
	for _, k := range []string{"blog", "blogs", "nachrichtenportal", "nachrichtenportals", "newsportal", "newsportals", "onlineportal", "onlineportals", "newsletter", "newsletters", "magazin", "magazins", "zeitung", "podcast", "podcasts"} {
		if strings.HasSuffix(f, k) {
			return true
		}
	}
	return outletDescriptorDE(f)
}

// quotedTitleEnd returns the end of the words of a short title in
// quotation marks that opens at token q (the opening mark) and starts
// with a capital: „Wiesenau aktuell“ gives the index of the closing
// mark; 0 for none.
func quotedTitleEnd(toks []token, q int) int {
	if q+2 >= len(toks) || !toks[q].quote || !toks[q+1].inq || !isCapWord(toks[q+1]) {
		return 0
	}
	e := q + 1
	for e < len(toks) && e <= q+4 && toks[e].inq && toks[e].word && !toks[e].quote {
		e++
	}
	if e < len(toks) && toks[e].quote && e > q+1 {
		return e
	}
	return 0
}

// newsPortalDE reports a portal of news or investigation ("das
// Investigativportal Kompass"), not one of shopping or service.
func newsPortalDE(f string) bool {
	// ("dem Recherchenetzwerk „Lupe“ und dem Westfunk": a network of
	// reporters publishes too.)
	for _, k := range []string{"investigativportal", "nachrichtenportal", "rechercheportal", "enthuellungsportal", "enthüllungsportal", "recherchenetzwerk", "rechercheverbund"} {
		if f == k || f == k+"s" {
			return true
		}
	}
	return false
}

// broadcasterKindsDE open the compounds in "-sender" that name a
// broadcaster ("Radiosender", "Fernsehsender"), unlike a letter's
// "Absender" or a shipper ("Versender").
var broadcasterKindsDE = []string{"radio", "fernseh", "rundfunk", "hörfunk", "hoerfunk", "nachrichten", "lokal", "regional", "tv-", "musik", "kultur", "info", "jugend"}

// broadcasterDE reports a compound in "-sender" that names a broadcaster
// ("dem Radiosender Mitteldeutsche Welle").
func broadcasterDE(f string) bool {
	b, ok := strings.CutSuffix(strings.TrimSuffix(f, "s"), "sender")
	if !ok {
		return false
	}
	for _, k := range broadcasterKindsDE {
		if b == k {
			return true
		}
	}
	return false
}

// ambiguousOutletHeads end the names of outlets and of other bodies and
// firms alike ("Baltic Wire", "Human Rights Monitor", "Metro Express").
var ambiguousOutletHeads = set("wire", "express", "monitor", "standard", "review", "report", "insider", "digest", "bulletin", "online", "today")

// outletUse reports whether the name [t0, j] of sentence s, here or where
// the text names it again, stands after an outlet's descriptor or in a
// sentence with a verb of reporting.
func (d *doc) outletUse(s, t0, j int) bool {
	d.capWords()
	toks := d.sents[s].toks
	for _, at := range append([][2]int{{s, t0}}, d.wordAt[trimPoss(toks[t0].fold)]...) {
		ot := d.sents[at[0]].toks
		same := at[1]+j-t0 < len(ot)
		for q := 0; same && q <= j-t0; q++ {
			same = trimPoss(ot[at[1]+q].fold) == trimPoss(toks[t0+q].fold)
		}
		if !same {
			continue
		}
		if d.sentenceHas(at[0], reportingCues) {
			return true
		}
		for k := at[1] - 1; k >= 0 && k >= at[1]-2; k-- {
			if outletAppositions[ot[k].fold] || d.lang == "de" && outletDescriptorDE(ot[k].fold) || ot[k].fold == "agency" {
				return true
			}
		}
	}
	return false
}

// reportingCues are the verbs and phrases by which a text cites an outlet
// ("according to Baltic Wire", "berichtete", "zufolge").
var reportingCues = set("berichtet", "berichtete", "berichteten", "schreibt", "schrieb", "meldet", "meldete", "zufolge", "reported", "reports",
	"reporting", "according", "wrote", "writes", "revealed", "enthüllte", "enthuellte")

// countryNominative gives a German country name in the genitive its
// base form ("Kenias Präsident" names Kenia), keeping names that end in
// s of their own ("Belarus").
func (d *doc) countryNominative(name string) string {
	if d.lang != "de" || !strings.HasSuffix(name, "s") || d.x.lx.countryNames[fold(name)] {
		return name
	}
	if b := strings.TrimSuffix(name, "s"); d.x.lx.countryNames[fold(b)] {
		return b
	}
	return name
}

// companyDescriptorSetDE holds companyDescriptorsDE for lookups of a
// whole word.
var companyDescriptorSetDE = set(companyDescriptorsDE...)

// placePossessor reports whether the capitalised possessive at token k of
// sentence s, before further name words that end at the legal form at
// token end, names where the company sits rather than opening its name:
// the possessor is a country ("Germany's", "Sweden's"), or the word after
// it stands elsewhere in the text without it ("Ohio's Crandall Freight
// Lines Inc." … "Crandall denied").
func (d *doc) placePossessor(s, k, end int) bool {
	toks := d.sents[s].toks
	if d.lang != "en" || k+1 >= end || end > len(toks) {
		return false
	}
	t := toks[k]
	if !t.cap || !(strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s")) || !isCapWord(toks[k+1]) {
		return false
	}
	base := trimPoss(t.text)
	if d.x.lx.places[stemPhrase(base)] {
		return true
	}
	return !functionWords[toks[k+1].fold] && d.aloneElsewhere(s, k+1, t.fold)
}

// fieldCompoundOf returns the body named before with its field after
// "für" that the German compound nf (folded) names in one word:
// "Landesdatenschutzbeauftragte" for the "Landesbeauftragte für den
// Datenschutz und die Informationsfreiheit", "Bundesgesundheitsministerium"
// for the "Bundesministerium für Gesundheit", "Landesumweltamt" for the
// "Landesamt für Umwelt". The compound is the name's first word with the
// field's word set in before its head; one such body only.
func (d *doc) fieldCompoundOf(nf string) *entity {
	var found *entity
	for _, o := range d.ents {
		if o.typ != claimgraph.Agency || o.dead {
			continue
		}
		w := strings.Fields(fold(o.name))
		if len(w) < 3 || w[1] != "fuer" && w[1] != "für" {
			continue
		}
		field := w[2]
		if articles[field] && len(w) > 3 {
			field = w[3]
		}
		h := germanHead(token{text: w[0], fold: w[0], cap: true, word: true})
		if h == "" || !strings.HasSuffix(w[0], h) {
			continue
		}
		pre := strings.TrimSuffix(w[0], h)
		// "Landesamt" is a head of its own; its level opens it.
		for _, lv := range []string{"bundes", "landes"} {
			if pre == "" && strings.HasPrefix(w[0], lv) && len(w[0]) > len(lv)+2 {
				pre, h = lv, w[0][len(lv):]
			}
		}
		at := strings.LastIndex(nf, h)
		if at < 0 || !headEnds[nf[at+len(h):]] || !strings.HasPrefix(nf, pre) || at-len(pre) < 4 {
			continue
		}
		mid := nf[len(pre):at]
		if mid != field && strings.TrimSuffix(mid, "s") != field && !(len(mid) >= 5 && strings.HasPrefix(field, strings.TrimSuffix(mid, "s"))) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// productWords name what a company offers, not a company, when an owner's
// possessive stands before them ("ihre App", "its platform").
var productWords = set("app", "apps", "software", "plattform", "portal", "platform", "marke", "brand", "produkt", "product")

// ownerPossessives are the third-person possessive determiners.
var ownerPossessives = set("ihre", "ihrer", "ihren", "ihrem", "ihres", "seine", "seiner", "seinen", "seinem", "seines", "its", "their")

// officeDescribedDE returns the one federal or state office ("Bundesamt
// für …", "Landesamt für …") named before with its field after "für" that
// the compound t of the same head describes by its task
// ("Beschaffungsamt"); nil for a compound that names a level
// ("Umweltbundesamt"), a local office ("Bauamt") or a body the lexicon
// knows, and when two offices fit.
func (d *doc) officeDescribedDE(t token) *entity {
	nf := fold(nominativeHead(t.text, "amt"))
	if !strings.HasSuffix(nf, "amt") || len(nf) < 10 || strings.Contains(nf, "bundes") || strings.Contains(nf, "landes") || municipalOffice(nf) ||
		d.x.lx.lookupKey(t.text) != nil || strings.Contains(t.text, "-") {
		return nil
	}
	var found *entity
	for _, o := range d.ents {
		if o.typ != claimgraph.Agency || o.dead {
			continue
		}
		w := strings.Fields(fold(o.name))
		if len(w) < 3 || w[1] != "fuer" && w[1] != "für" || w[0] != "bundesamt" && w[0] != "landesamt" {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// compassPartsDE open the names of a country's or a continent's regions
// ("Süddeutschland", "Nordeuropa", "Ostbayern").
var compassPartsDE = []string{"südwest", "suedwest", "nordwest", "südost", "suedost", "nordost", "mittel", "süd", "sued", "nord", "ost", "west"}

// regionGenitiveDE reports a German genitive in "-s" of a country, a
// city, a Land, a continent or a compass region of one
// ("Süddeutschlands", "Europas", "Bayerns", "Norditaliens").
func (d *doc) regionGenitiveDE(t token) bool {
	if !t.cap || t.acro || !strings.HasSuffix(t.fold, "s") || len(t.fold) < 5 {
		return false
	}
	base := strings.TrimSuffix(t.fold, "s")
	if cities[base] || base == "europa" || base == "afrika" || base == "asien" || base == "amerika" {
		return true
	}
	if d.x.lx.places[stemPhrase(strings.TrimSuffix(t.text, "s"))] {
		return true
	}
	for _, p := range compassPartsDE {
		if rest, ok := strings.CutPrefix(base, p); ok && len(rest) >= 4 {
			r := []rune(rest)
			name := strings.ToUpper(string(r[0])) + string(r[1:])
			if cities[rest] || rest == "europa" || rest == "afrika" || rest == "asien" || rest == "amerika" || d.x.lx.places[stemPhrase(name)] {
				return true
			}
		}
	}
	return false
}

// sportWordDE reports a sport's name written as a word of its own
// ("Volleyball", "Handball", "Eishockey").
func sportWordDE(f string) bool {
	switch f {
	case "volleyball", "handball", "basketball", "fussball", "fußball", "eishockey", "hockey", "tischtennis", "wasserball", "rugby", "football", "futsal", "floorball", "unihockey", "badminton", "tennis":
		return true
	}
	return false
}

// quantifiersDE count the nouns after them ("mehrere Großbäckereien"):
// a plural, no apposition to one name.
var quantifiersDE = set("mehrere", "einige", "andere", "beide", "viele", "manche", "saemtliche", "sämtliche", "diverse", "zahlreiche", "etliche",
	"weitere", "verschiedene", "wenige", "folgende", "insgesamt", "solche", "welche", "jene", "diese", "keine", "alle")

// saintWord reports the title of a saint that opens the names of
// hospitals, schools and churches ("St.", "Saint", "Sankt").
func saintWord(t token) bool {
	switch t.text {
	case "St.", "St", "Saint", "Sankt", "Ste.", "San", "Santa":
		return true
	}
	return false
}

// webTLDs end the web addresses that outlets go by.
var webTLDs = []string{".de", ".com", ".org", ".net", ".at", ".ch", ".eu", ".info", ".io", ".co.uk", ".uk", ".fr", ".it", ".nl", ".news", ".online"}

// webAddress reports a token written like a web address: a name of
// letters, digits and hyphens, a dot and a known top-level domain
// ("volleyszene.de", "netzpolitik.org", "Dunmore24.com").
func webAddress(w string) bool {
	for _, tld := range webTLDs {
		if base, ok := strings.CutSuffix(strings.ToLower(w), tld); ok && len(base) >= 3 {
			for _, r := range base {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.' {
					return false
				}
			}
			return true
		}
	}
	return false
}

// outletKindWord reports a noun for the kind of an online outlet
// ("Portal", "Nachrichtenseite", "website", "blog").
func outletKindWord(f string) bool {
	for _, k := range []string{"portal", "seite", "website", "site", "blog", "magazin", "outlet", "newsletter", "plattform"} {
		if strings.HasSuffix(f, k) {
			return true
		}
	}
	return false
}

// addresseeOutletPass finds an outlet named by one word that a speaker
// talks to: "sagte Gewerkschaftschefin Petra Lohse dem Wirtschaftskurier",
// "im Gespräch mit der Hansepost", "gegenüber dem Spiegel", "told the
// Gazette". The word ends in an outlet's head ("Kurier", "Post",
// "Gazette", or a German compound of one) and follows an article that
// follows a verb of saying (within eight words: the speaker may stand
// between) or "mit"/"gegenüber"; the name of more words is left to the
// other passes.
func (d *doc) addresseeOutletPass(s int) {
	toks := d.sents[s].toks
	for i := 2; i < len(toks); i++ {
		t := toks[i]
		if !t.cap || !t.word || t.acro || d.covered[s][i] || i+1 < len(toks) && isCapWord(toks[i+1]) {
			continue
		}
		f := trimPoss(t.fold)
		if !publicationHeads[f] && !(d.lang == "de" && outletCompoundDE(f)) || publicationDescriptors[f] || genericOutletWords[f] ||
			strings.HasSuffix(f, "zeitung") || strings.HasSuffix(f, "magazin") {
			// ("der Lokalzeitung", "einem Fachmagazin": a kind of paper.)
			continue
		}
		a := toks[i-1].fold
		if d.lang == "de" && a != "dem" && a != "der" || d.lang == "en" && a != "the" {
			continue
		}
		// "told the Chronicle" after "the Essex Chronicle": the outlet's
		// short form, which the short-form pass resolves.
		if d.outletShort(f) {
			continue
		}
		addressed := false
		switch p := toks[i-2].fold; {
		case d.lang == "de" && (p == "gegenueber" || p == "mit" && i >= 4 && strings.HasPrefix(toks[i-3].fold, "gespr")):
			addressed = true
		case d.lang == "en" && (p == "told" || p == "tells" || p == "telling"):
			addressed = true
		case d.lang == "de":
			for j := i - 2; j >= 0 && j >= i-8 && toks[j].text != "," && toks[j].text != "."; j-- {
				if addressVerbsDE[toks[j].fold] {
					addressed = true
					break
				}
			}
		}
		if addressed {
			d.addMention(&mention{sent: s, t0: i, t1: i + 1, kind: mName, typ: claimgraph.Publication, name: trimPoss(t.text)})
		}
	}
}

// broadcasterPass finds stations named by "Radio" and their name:
// "Radio Mosel-Saar", "Radio Clyde", "BBC Radio Kent", "BBC Radio 4". A
// broadcaster of the lexicon right before it ("BBC") is part of the name:
// the station is its own outlet, as a paper's regional edition is.
func (d *doc) broadcasterPass(s int) {
	toks := d.sents[s].toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].text != "Radio" || d.covered[s][i] || toks[i].inq {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+2 && !d.covered[s][j] && (isCapWord(toks[j]) && !d.isPlace(toks[j]) || j > i+1 && isCapWord(toks[j]) || toks[j].num && j == i+1) {
			j++
		}
		// ("Radio Kent" and "Radio Bremen" are named after their region.)
		if j == i+1 && i+1 < len(toks) && !d.covered[s][i+1] && isCapWord(toks[i+1]) {
			j = i + 2
		}
		if j == i+1 {
			continue
		}
		t0 := i
		if i > 0 && toks[i-1].acro && !d.covered[s][i-1] {
			if e := d.x.lx.lookupKey(toks[i-1].text); e != nil && e.typ == claimgraph.Publication {
				t0 = i - 1
			}
		}
		d.addMention(&mention{sent: s, t0: t0, t1: j, kind: mName, typ: claimgraph.Publication, name: d.spanText(s, t0, j)})
		i = j - 1
	}
}

// outletShort reports whether f is the short form of an outlet named
// before ("Chronicle" of "Essex Chronicle").
func (d *doc) outletShort(f string) bool {
	for _, e := range d.ents {
		if e.typ != claimgraph.Publication || e.dead {
			continue
		}
		for _, sh := range e.shorts {
			if sh == f {
				return true
			}
		}
	}
	return false
}

// genericOutletWords are heads that alone name a kind of medium, not an
// outlet ("der Zeitung", "the radio").
var genericOutletWords = set("zeitung", "tageszeitung", "wochenzeitung", "blatt", "magazin", "magazine", "presse", "radio", "tv", "online", "today", "report", "review", "standard",
	"monitor", "welt", "sun", "stimme", "daily", "weekly", "news", "wire", "digest", "bulletin", "insider", "allgemeine", "nachrichten", "lokalzeitung", "regionalzeitung", "fachzeitung",
	"fachmagazin", "nachrichtenmagazin", "wochenblatt", "anzeiger")

// addressVerbsDE are German verbs of saying that take the one spoken to
// in the dative: "sagte … dem Kurier", "bestätigte der Hansepost".
var addressVerbsDE = set("sagte", "sagten", "sagt", "erklärte", "erklaerte", "erklärten", "erklaerten", "bestätigte", "bestaetigte", "bestätigten", "bestaetigten",
	"schilderte", "schilderten", "berichtete", "berichteten", "versicherte", "gesagt", "erklärt", "erklaert", "bestätigt", "bestaetigt")

// invertedSpeechEN are the English verbs of saying that stand before
// their speaker after a quote ("…," said Sue Hardcastle).
var invertedSpeechEN = set("said", "says", "added", "adds", "explained", "recalled", "insisted", "claimed", "alleged", "wrote", "complained")

// electedRolesEN are members of elected houses: they speak for
// themselves (or a party), not for the organisation their paragraph is
// about, and the word before them is their seat or party ("Leicester MP
// Naveed Kassam").
var electedRolesEN = set("mp", "mep", "msp", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "councillor", "councilor",
	"assemblyman", "assemblywoman", "assemblymember")

// collectiveFirmsEN are nouns of businesses that never describe one
// person (unlike "retailer" or "owner", which may).
var collectiveFirmsEN = set("company", "firm", "group", "bank", "lender", "insurer", "conglomerate", "corporation", "multinational",
	"subsidiary", "chain", "carmaker", "chipmaker", "automaker", "airline", "utility", "start-up", "startup", "consultancy", "brokerage")

// collectiveFirmsDE are the ends of German nouns of businesses that never
// describe one person ("Versicherungskonzern", "Handelsfirma").
var collectiveFirmsDE = []string{"konzern", "gruppe", "firma", "bank", "gesellschaft", "unternehmen", "reederei", "versicherung", "holding"}

// collectiveFirm reports a noun of a collective business before a name.
func collectiveFirm(t token) bool {
	if !t.word {
		return false
	}
	if !t.cap {
		return collectiveFirmsEN[t.fold]
	}
	for _, suf := range collectiveFirmsDE {
		if strings.HasSuffix(t.fold, suf) {
			return true
		}
	}
	return false
}

// fieldNameEndDE returns the end of the words after an association
// compound that name the field it works in, or k when there are none:
// a capitalised adjective and a noun ("Mittelstandsverband Digitale
// Wirtschaft"), two words joined by "&" ("Branchenverband Diätetik &
// Supplemente"), a long abstract noun ("Patientenverband
// Arzneimittelsicherheit"), any of them before "e.V." (a name of its own
// there, "der Umweltverband Bachpaten e.V.", leaves the compound a
// description). With quarter, a
// single word closed by a comma or the sentence names an initiative's
// quarter or street ("Die Mieterinitiative Bärenkamp, ein
// Zusammenschluss …"). Short nouns stay the clause's object ("hatte der
// Sozialverband Stellung genommen"), as does a firm after an accuser
// ("wirft die Mieterinitiative Kessler vor").
func (d *doc) fieldNameEndDE(s, k int, quarter bool) int {
	toks := d.sents[s].toks
	word := func(j int) bool {
		return j < len(toks) && isCapWord(toks[j]) && !toks[j].acro && !d.covered[s][j] && germanHead(toks[j]) == "" && isRoleToken(toks[j], d) == "" &&
			!firstNames[toks[j].fold] && !d.personNoun(toks[j]) && !nominalDE[toks[j].fold] && hasSuffixInflected(toks[j].fold, documentHeadsDE) == "" &&
			!hasWrongdoing(toks, j, j+1) && !pluralNounDE(toks[j]) && !legalSuffixes[toks[j].text]
	}
	registered := func(j int) bool { return j < len(toks) && (toks[j].text == "e.V." || toks[j].text == "eV") }
	closed := func(j int) bool { return j >= len(toks) || !toks[j].word }
	j := k
	switch {
	case word(k) && isAdjDE(toks[k]) && !d.isPlace(toks[k]) && word(k+1) && isNounLikeDE(toks[k+1]):
		j = k + 2
	case word(k) && k+2 < len(toks) && toks[k+1].text == "&" && word(k+2) && !d.isPlace(toks[k]):
		j = k + 3
	case word(k) && !d.isPlace(toks[k]) && isNounLikeDE(toks[k]) && (registered(k+1) || len([]rune(toks[k].fold)) >= 12 && closed(k+1)):
		j = k + 1
	case quarter && word(k) && !isNounLikeDE(toks[k]) && closed(k+1):
		return k + 1
	default:
		return k
	}
	if j < len(toks) && isCapWord(toks[j]) && !registered(j) {
		return k
	}
	if registered(j) {
		j++
	}
	return j
}
