package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// Slot-driven names. Most parties of a story announce themselves: a
// lexicon entry, a legal form, an agency head noun, a descriptor in
// apposition. Many do not: a small state ("Karsland has accused
// neighbouring Vellmark"), a club ("Dunmore Rovers have been charged by
// the league"), a union or NGO with a plain name ("Fair Shift",
// "noyb"), a magazine named by its title, a health insurer ("AOK
// Sachsen-Anhalt"). For those the argument slot of a cue word is the
// evidence: a capitalised span that stands where an accuser, an accused
// or a denier stands is a party. slotPass reads those slots and types
// the name from its descriptor ("the union", "rival club", "dem
// Nachbarland"), from words in the name ("Rovers", "BKK"), from the
// role (whoever charges or fines is a body), from its shape and from the
// descriptions that refer back to it later ("die Kasse", "the club").

// knownAlias: a body of the text was called so ("known as Säpo"), or an
// earlier sentence already named it.
func (d *doc) knownAlias(name string, s int) bool {
	f := fold(name)
	for _, e := range d.ents {
		for _, a := range e.aliases {
			if fold(a) == f {
				return true
			}
		}
	}
	for k := 0; k < s; k++ {
		for _, m := range d.ments[k] {
			if fold(m.name) == f {
				return true
			}
		}
		// ("The Swedish Security Service, known as Säpo,": a short
		// name given to a body named before it.)
		toks := d.sents[k].toks
		for j := 2; j < len(toks); j++ {
			if toks[j].fold == f && (toks[j-1].fold == "as" && toks[j-2].fold == "known" || toks[j-1].fold == "called" || toks[j-1].text == "(") {
				return true
			}
		}
	}
	return false
}

// partyAdjEN name parties as adjectives in English council politics.
var partyAdjEN = set("conservative", "labour", "liberal", "democrat", "democrats", "green", "reform", "independent", "independents", "snp", "plaid", "lib", "dem", "democratic", "republican", "unionist", "alliance")

// bodyOfficesEN are offices only an organisation has: "Paylio's finance
// chief", "Tamar Vale's chief executive" (not "Smith's lawyer").
var bodyOfficesEN = set("chief", "executive", "director", "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "chair", "founder",
	"owner", "manager", "officer", "treasurer", "auditor", "president", "boss", "head")

// authorParticiplesEN stand between a paper and its author: "a report
// published by", "an audit commissioned by".
var authorParticiplesEN = set("published", "commissioned", "written", "prepared", "compiled", "released", "issued", "filed", "lodged", "sent", "signed", "drafted", "produced")

// slotRole says which argument slots a cue word opens.
type slotRole uint8

const (
	slotSubj  slotRole = 1 << iota // who accuses, is charged (passive) or denies
	slotObj                        // who is accused
	slotAgent                      // "by X" after a passive cue
)

// citeEN: "cited X for …", a regulator's finding of a violation.
var citeEN = set("cited", "cites", "cite", "faulted", "faults", "faulting")

// slotSubjEN are verbs whose subject is a party although they name no
// one else: a filing, an allegation, a rejection.
var slotSubjEN = set("filed", "files", "lodged", "lodges", "brought", "alleged", "alleges", "alleging", "claimed", "claims",
	"said", "says", "told", "called", "described", "warned", "insisted", "argued", "maintained", "countered", "responded",
	"complained", "complains", "criticised", "criticized", "reported")

// slotSubjDE: German verbs of the same kind.
var slotSubjDE = set("sagte", "sagt", "erklärte", "erklaerte", "erklärt", "erklaert", "kritisierte", "kritisiert", "teilte", "betonte",
	"reichte", "reicht", "erhob", "erhebt", "erheben", "erhoben", "legte", "legt", "stellte", "stellt", "verhängte", "verhaengte",
	"verhängt", "verhaengt", "forderte", "fordert", "klagt", "klagte", "hält", "haelt", "hielt", "bezeichnete", "bezeichnet", "nannte", "nennt")

// slotCue returns the slots a cue at token c of sentence s opens.
func (d *doc) slotCue(s, c int) slotRole {
	toks := d.sents[s].toks
	t := toks[c]
	if !t.word {
		return 0
	}
	f := t.fold
	passive := !strings.HasSuffix(t.fold, "ing") && c > 0 && passiveAux[toks[c-1].fold] || c > 1 && passiveAux[toks[c-2].fold] && strings.HasSuffix(toks[c-1].fold, "ly") || d.lang == "en" && passiveAcrossTimeEN(toks, c)
	if d.lang == "en" {
		if t.cap && c > 0 {
			return 0
		}
		switch {
		case (accuseEN[f] || chargeEN[f] || citeEN[f] || condemnEN[f]) && passive:
			return slotSubj | slotAgent
		case f == "charges" || f == "charge" || f == "sanctions" || f == "claims" || f == "claim":
			if c > 0 && (articles[toks[c-1].fold] || possessives[toks[c-1].fold] || !toks[c-1].word) {
				return 0 // a noun
			}
			return slotSubj | slotObj
		case accuseEN[f] || chargeEN[f] || citeEN[f] || condemnEN[f]:
			return slotSubj | slotObj
		case denyEN[f] && !negatedCue(toks, c):
			return slotSubj
		case f == "reported":
			// "The Sentinel reported that …", "The Sentinel reported,
			// citing …, that …": a report of what happened, not "reported
			// record sales" (a company's own figures).
			// Only a report of misconduct makes its subject an outlet:
			// "Marlow reported that its profit rose" is a company's.
			if (thatAfter(toks, c) > 0 || citingPhraseEnd(toks, c+1) > 0) && (hasWrongdoing(toks, c+1, len(toks)) || coercedClause(toks, c+1, len(toks))) {
				return slotSubj
			}
			return 0
		case slotSubjEN[f]:
			return slotSubj
		}
		return 0
	}
	if t.cap && c > 0 {
		return 0 // "Der Beschuldigte", "die Klage": nouns
	}
	switch {
	case vorwerfenFinite[f] && (hasLater(toks, c, "vor")):
		return slotSubj | slotObj
	case vorwerfenWhole[f] || accuseDE[f]:
		if d.hasPassive(toks, c) {
			return slotObj
		}
		return slotSubj | slotObj
	case zurueckweisen[f] && (hasLater(toks, c, "zurück") || hasLater(toks, c, "zurueck")) || denyWholeDE[f]:
		return slotSubj
	case slotSubjDE[f]:
		return slotSubj
	// "Die Klinik am Maschsee soll … abgerechnet haben": the subject of
	// a reported allegation.
	case reportedModal[f] && hasLaterAny(toks, c, reportedInf) && reportedWrongdoing(toks, c, len(toks)):
		return slotSubj
	}
	return 0
}

// slotPass creates mentions for unknown names in the argument slots of
// the cue words of sentence s. It runs after the passes that know names
// (lexicon, patterns, persons), so it claims only what they left.
func (d *doc) slotPass(s int) {
	toks := d.sents[s].toks
	var roles slotRole
	cues := 0
	for c := range toks {
		if d.lang == "de" && d.stanceCue(toks, c) {
			d.slotStance(s, c)
		}
		r := d.slotCue(s, c)
		if r == 0 {
			continue
		}
		cues++
		roles |= r
		if r&slotAgent != 0 {
			// "have been charged by the Northern Premier League with".
			for k := c + 1; k < len(toks) && k <= c+3; k++ {
				if toks[k].fold == "by" {
					d.slotNP(s, k+1, slotAgent)
					break
				}
			}
		}
		if r&slotObj != 0 {
			d.slotObjects(s, c)
		}
		if r&slotSubj != 0 {
			d.slotRelative(s, c)
		}
	}
	d.slotThat(s)
	d.slotBlame(s)
	d.slotDescribedEN(s)
	d.slotClubs(s)
	d.slotClubsEN(s)
	d.slotEmployers(s)
	d.slotAnalysts(s)
	d.slotLists(s)
	if cues == 0 {
		d.slotAgainst(s)
		return
	}
	if roles&slotSubj != 0 {
		d.slotSubjects(s)
	}
	d.slotAgainst(s)
}

// slotStance reads the subject after a German stance phrase: "Nach
// Überzeugung der Behörde haben Kremser und Tallinger …", "Aus Sicht der
// Kartellwächter hat zudem der Logistikdienstleister Sörensen Spedition
// …": past the holder's genitive, the finite verb and adverbs stand the
// parties the holder says did wrong. They fill the slot as the accused
// of a cue do: in inverted order no verb follows them.
func (d *doc) slotStance(s, c int) {
	toks := d.sents[s].toks
	k := c + 1
	for k < len(toks) && k <= c+5 && toks[k].word && (articles[toks[k].fold] || toks[k].cap || isAdjDE(toks[k]) && k+1 < len(toks) && toks[k+1].cap) {
		k++
	}
	if k == c+1 || k >= len(toks) || !toks[k].word || toks[k].cap || !(auxiliaries[toks[k].fold] || reportedModal[toks[k].fold] || isVerbLike(toks[k].fold)) {
		return
	}
	k++
	for n := 0; n < 2 && k < len(toks) && toks[k].word && !toks[k].cap && !articles[toks[k].fold]; n++ {
		k++ // "zudem", "auch"
	}
	for n := 0; n < 4 && k < len(toks); n++ {
		end := d.slotNP(s, k, slotObj)
		if end <= k {
			break
		}
		if end < len(toks) && (toks[end].fold == "und" || toks[end].fold == "sowie") {
			k = end + 1
			continue
		}
		break
	}
}

// nameLinksEN join the words of an English campaign's or body's name.
var nameLinksEN = set("at", "for", "without", "against")

// slotNameList reads a list of three or more capitalised names that
// opens a clause at i ("A, B and C had …") and makes slot names of those
// no pass knew. Fewer names are no evidence: "Barrow and Partners".
func (d *doc) slotNameList(s, i int) {
	toks := d.sents[s].toks
	var starts []int
	k := i
	last := false
	for n := 0; n < 6 && k < len(toks); n++ {
		var e int
		if m := d.mentionAt(s, k); m != nil && m.t0 == k {
			e = m.t1
		} else {
			e = d.slotRun(s, k)
			if e <= k {
				return
			}
			starts = append(starts, k)
		}
		if last {
			k = e
			break
		}
		if e < len(toks) && toks[e].text == "," {
			k = e + 1
			if k < len(toks) && toks[k].fold == "and" {
				k++
				last = true
			}
			continue
		}
		if e < len(toks) && toks[e].fold == "and" {
			k = e + 1
			last = true
			continue
		}
		return
	}
	// Three names or more, then a lower-case verb.
	if !last || k >= len(toks) || !toks[k].word || toks[k].cap || k-i < 5 {
		return
	}
	for _, st := range starts {
		d.slotNP(s, st, slotObj)
	}
}

// appositionAfterDesc returns the start of the names in apposition to an
// unnamed English description that starts at from ("two sponsors, Barrow
// Sports and Lintel Apparel, of …", "its former chief executive, John
// Marden, of …"), or -1: lower-case words up to a comma, then at most
// eight words to a comma followed by the complement (of, with, for,
// over).
func (d *doc) appositionAfterDesc(s, from int) int {
	toks := d.sents[s].toks
	k := from
	for k < len(toks) && k-from < 6 && toks[k].word && (!toks[k].cap || d.possessorAt(s, k)) {
		k++
	}
	if k == from || k+1 >= len(toks) || toks[k].text != "," {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+9; j++ {
		if toks[j].text == "," && j+1 < len(toks) && (toks[j+1].fold == "of" || toks[j+1].fold == "with" || toks[j+1].fold == "for" || toks[j+1].fold == "over") {
			return k + 1
		}
	}
	return -1
}

// orgAppositionEN reports an apposition after a name that ends at t1 of
// English sentence s and says what kind of body it is: "Aerovista, its
// main rival, has sued", "Halberd, a Tallinn-based security firm,".
func (d *doc) orgAppositionEN(s, t1 int) bool {
	toks := d.sents[s].toks
	if t1+2 >= len(toks) || toks[t1].text != "," {
		return false
	}
	if f := toks[t1+1].fold; f != "a" && f != "an" && f != "the" && f != "its" && f != "their" {
		return false
	}
	for j := t1 + 2; j < len(toks) && j <= t1+6; j++ {
		if toks[j].text == "," {
			lf := strings.ToLower(trimPoss(toks[j-1].text))
			_, desc := slotDescEN[lf]
			return desc || companyDescriptorsEN[lf]
		}
		if !toks[j].word || toks[j].cap && !strings.HasSuffix(toks[j].fold, "-based") {
			return false
		}
	}
	return false
}

// appositionAfterSubjectDesc returns the start of a name in apposition
// to a description that opens English sentence s at i with a possessor
// ("Skyline's main rival, Aerovista, has sued …", "Its largest
// shareholder, Norvik Capital, accused …"), or -1: the possessor, up to
// three lower-case words ending in a descriptor, a comma, a capitalised
// run, a comma and a verb.
func (d *doc) appositionAfterSubjectDesc(s, i int) int {
	toks := d.sents[s].toks
	k := i
	// "The supplier, Brannock Castings, accused …": the definite
	// article opens the description as a possessor does.
	if k < len(toks) && (toks[k].fold == "its" || toks[k].fold == "their" || toks[k].fold == "the" && k == 0) {
		k++
	} else if k < len(toks) && toks[k].cap && d.possessorAt(s, k) {
		for k < len(toks) && toks[k].cap && trimPoss(toks[k].text) == toks[k].text {
			k++
		}
		k++
	} else {
		return -1
	}
	w := k
	for k < len(toks) && k-w < 3 && toks[k].word && !toks[k].cap && !functionWords[toks[k].fold] {
		k++
	}
	if k == w || k >= len(toks) || toks[k].text != "," {
		return -1
	}
	lf := toks[k-1].fold
	if _, ok := slotDescEN[lf]; !ok && !companyDescriptorsEN[lf] {
		return -1
	}
	n := k + 1
	if n >= len(toks) || !isCapWord(toks[n]) {
		return -1
	}
	e := d.slotRun(s, n)
	if m := d.mentionAt(s, n); m != nil && m.t0 == n {
		e = m.t1
	}
	if e <= n || e+1 >= len(toks) || toks[e].text != "," || !toks[e+1].word || toks[e+1].cap {
		return -1
	}
	return n
}

// possessorAt reports a capitalised possessor at token k ("Morland's",
// "Barrow Sports'").
func (d *doc) possessorAt(s, k int) bool {
	toks := d.sents[s].toks
	for j := k; j < len(toks) && j <= k+3 && toks[j].cap; j++ {
		if trimPoss(toks[j].text) != toks[j].text {
			return true
		}
	}
	return false
}

// slotThat reads the subject of an English clause of finding or report
// that states misconduct: "found that Pellworth Construction inflated
// invoices", "The newspaper reported that Pellworth had flagged workers
// …", "concludes that the federation's partner Vantero paid …". It
// also reads the outlet that saw a document: "according to documents
// seen by the Herald".
func (d *doc) slotThat(s int) {
	if d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	// "The group, Fair Parking Now, said …": a name in apposition to
	// the description that opens the sentence, then the verb.
	if len(toks) > 5 && toks[0].fold == "the" && toks[2].text == "," && isCapWord(toks[3]) && !d.covered[s][3] {
		typ, ok := slotDescEN[toks[1].fold]
		if !ok && indefiniteBodyHeadsEN[toks[1].fold] {
			// ("The group" after "A consumer group has accused …": a
			// civil body; a company's name would end in its legal form.)
			typ, ok = claimgraph.Agency, true
		}
		if e := d.slotRun(s, 3); ok && e > 3 && e+1 < len(toks) && toks[e].text == "," && toks[e+1].word && !toks[e+1].cap && (looksFiniteEN(toks[e+1]) || slotSubjEN[toks[e+1].fold]) &&
			d.slotAccept(s, 3, e, 3, true) && d.x.lx.lookupKey(d.spanText(s, 3, e)) == nil {
			d.addMention(&mention{sent: s, t0: 3, t1: e, kind: mName, typ: typ, name: trimPoss(d.spanText(s, 3, e)), slot: true, role: toks[1].fold})
		}
	}
	for c := 0; c+1 < len(toks); c++ {
		// "a job with Shenzhen-based Qinlan Microelectronics": a name
		// after its seat is an organisation's.
		if strings.HasSuffix(toks[c].fold, "-based") && isCapWord(toks[c+1]) && !d.covered[s][c+1] && !firstNames[toks[c+1].fold] {
			if t1 := d.slotRun(s, c+1); t1 > c+1 && t1-c-1 <= 4 && d.slotAccept(s, c+1, t1, c+1, true) && d.x.lx.lookupKey(d.spanText(s, c+1, t1)) == nil &&
				(t1 == len(toks) || !toks[t1].word || !toks[t1].cap) {
				typ := d.slotType(s, c+1, t1, claimgraph.Company, false, slotObj)
				d.addMention(&mention{sent: s, t0: c + 1, t1: t1, kind: mName, typ: typ, name: trimPoss(d.spanText(s, c+1, t1)), slot: true})
				c = t1 - 1
			}
			continue
		}
		// "Finland's Fernhill Games", "Rotterdam's Maasline": a name
		// after a place's possessive is an organisation's (a person's
		// name or office is not: "Britain's Prime Minister").
		if tf := toks[c].text; (strings.HasSuffix(tf, "'s") || strings.HasSuffix(tf, "’s")) && toks[c].cap && (d.isPlace(toks[c]) || cities[trimPoss(toks[c].fold)]) &&
			isCapWord(toks[c+1]) && !d.covered[s][c+1] && !firstNames[toks[c+1].fold] && isRoleToken(toks[c+1], d) == "" {
			// The name closes its phrase: "Ethiopia's Amhara region",
			// "Germany's DAX index" end in a noun.
			if t1 := d.slotRun(s, c+1); t1 > c+1 && t1-c-1 <= 4 && (t1 == len(toks) || !toks[t1].word || functionWords[toks[t1].fold] || toks[t1].fold == "said" || toks[t1].fold == "had" || toks[t1].fold == "has" || toks[t1].fold == "was") && d.slotAccept(s, c+1, t1, c+1, true) &&
				d.x.lx.lookupKey(d.spanText(s, c+1, t1)) == nil && !d.isPlace(toks[c+1]) && !geoHeads[trimPoss(toks[t1-1].fold)] {
				typ := d.slotType(s, c+1, t1, claimgraph.Company, false, slotObj)
				d.addMention(&mention{sent: s, t0: c + 1, t1: t1, kind: mName, typ: typ, name: trimPoss(d.spanText(s, c+1, t1)), slot: true})
				c = t1 - 1
			}
			continue
		}
		// "The ruling Conservative group", "Liberal Democrat group leader
		// Joanne Fairbairn": a party's group on a council is a body of its
		// own, named with the lower-case "group".
		if partyAdjEN[toks[c].fold] && toks[c].cap && !d.covered[s][c] && (c == 0 || !isCapWord(toks[c-1]) || partyAdjEN[toks[c-1].fold]) {
			e := c + 1
			for e < len(toks) && e <= c+2 && toks[e].cap && partyAdjEN[toks[e].fold] && !d.covered[s][e] {
				e++
			}
			if e < len(toks) && toks[e].fold == "group" && !d.covered[s][e] {
				d.addMention(&mention{sent: s, t0: c, t1: e + 1, kind: mName, typ: claimgraph.Agency, name: d.spanText(s, c, e+1)})
				c = e
				continue
			}
		}
		// "Paylio's finance chief, Oliver Strand": a name whose possessive
		// holds an office of a firm or body is that body's.
		if tf := toks[c].text; (strings.HasSuffix(tf, "'s") || strings.HasSuffix(tf, "’s")) && toks[c].cap && !toks[c].acro && !d.covered[s][c] && (c == 0 || !isCapWord(toks[c-1])) &&
			!d.isPlace(toks[c]) && !cities[trimPoss(toks[c].fold)] && !firstNames[trimPoss(toks[c].fold)] && d.x.lx.lookupKey(trimPoss(tf)) == nil && d.x.lx.countryOf[stemPhrase(trimPoss(tf))] == "" && c > 0 &&
			!d.knownShort(fold(trimPoss(tf))) && !d.knownAlias(trimPoss(tf), s) {
			for k := c + 1; k < len(toks) && k <= c+3; k++ {
				if r := isRoleToken(toks[k], d); r != "" && !toks[k].cap {
					if bodyOfficesEN[r] {
						typ := d.slotType(s, c, c+1, claimgraph.Company, false, slotObj)
						d.addMention(&mention{sent: s, t0: c, t1: c + 1, kind: mName, typ: typ, name: trimPoss(tf), slot: true})
					}
					break
				}
				if !toks[k].word || toks[k].cap {
					break
				}
			}
		}
		if c+2 >= len(toks) {
			break
		}
		// "citing an unpublished audit by the Fair Labour Action
		// Network": the author of a paper an outlet cites.
		if toks[c].fold == "citing" || toks[c].fold == "quoting" {
			for k := c + 2; k+1 < len(toks) && k <= c+6 && toks[k].text != ","; k++ {
				if toks[k].fold == "by" && d.docHead(toks[k-1]) != "" {
					d.slotNP(s, k+1, slotAgent)
					break
				}
			}
		}
		// "A complaint by Privacy Frontline alleges …", "according to a
		// report published by Open Ledger Initiative": the author of a
		// paper named after "by".
		// ("a report by the University of Toronto's Citizen Lab": a name
		// that goes on past "of" is left to the passes of long names.)
		if toks[c].fold == "by" && c > 0 && (d.docHead(toks[c-1]) != "" || c > 1 && authorParticiplesEN[toks[c-1].fold] && d.docHead(toks[c-2]) != "") {
			k := c + 1
			if k < len(toks) && articles[toks[k].fold] {
				k++
			}
			if t1 := d.slotRun(s, k); t1 > k && (t1 >= len(toks) || toks[t1].fold != "of") {
				d.slotNP(s, c+1, slotAgent)
			}
			continue
		}
		f := toks[c].fold
		// "The complaint, lodged with the Commission last week by
		// Sweden's Norrland Apps and Berlin-based Pixelhof, accuses …":
		// the filers of a paper, each a party (docFilers).
		if filerVerbsEN[f] && c > 0 && (d.docHead(toks[c-1]) != "" || toks[c-1].text == "," && c > 1 && d.docHead(toks[c-2]) != "") {
			for k := c + 1; k+1 < len(toks) && k <= c+8 && toks[k].word; k++ {
				if toks[k].fold != "by" {
					continue
				}
				i := k + 1
				for n := 0; n < 4 && i < len(toks); n++ {
					// "by Sweden's Norrland Apps": past a place possessive.
					if i+1 < len(toks) && trimPoss(toks[i].text) != toks[i].text && isCapWord(toks[i+1]) && d.isPlace(token{text: trimPoss(toks[i].text), stem: stem(fold(trimPoss(toks[i].text)))}) {
						i++
					}
					// (Read as an object: filing says nothing of being a
					// body, as charging does.)
					end := d.slotNP(s, i, slotObj)
					if end <= i || end >= len(toks) || toks[end].fold != "and" {
						break
					}
					i = end + 1
				}
				break
			}
		}
		if (f == "seen" || f == "obtained" || f == "reviewed") && toks[c+1].fold == "by" {
			i := c + 2
			if i < len(toks) && toks[i].fold == "the" {
				i++
			}
			// "seen by the Herald": a capitalised name closes the
			// sentence or its clause.
			if i < len(toks) && isCapWord(toks[i]) && !d.covered[s][i] {
				t1 := d.slotRun(s, i)
				if t1 > i && t1-i <= 3 && (t1 == len(toks) || !toks[t1].word) && d.slotAccept(s, i, t1, i, true) && d.x.lx.lookupKey(d.spanText(s, i, t1)) == nil {
					d.addMention(&mention{sent: s, t0: i, t1: t1, kind: mName, typ: claimgraph.Publication, name: trimPoss(d.spanText(s, i, t1)), slot: true})
				}
			}
			continue
		}
		// "According to the report by Carrow & Pike, Salvat approved …":
		// the subject after the source phrase.
		if f == "according" && toks[c+1].fold == "to" {
			for k := c + 2; k < len(toks) && k <= c+12; k++ {
				if toks[k].text == "," {
					if hasWrongdoing(toks, k+1, len(toks)) {
						d.slotNP(s, k+1, slotObj)
					}
					break
				}
			}
			continue
		}
		// "… alleges that Haller Homes overcharged tenants": an
		// allegation's subject too.
		if !foundCues[f] && !reportVerbsOutlet[f] && f != "said" && f != "says" && !allegeEN[f] || toks[c].cap {
			continue
		}
		// "reported, citing …, that …": past the source phrase.
		th := thatAfter(toks, c)
		if e := citingPhraseEnd(toks, c+1); th < 0 && e > 0 && toks[e].fold == "that" {
			th = e
		}
		// "reported that workers at Rahman Knit were forced to …": the
		// employer of the staff the clause opens with.
		if th > 0 && th+3 < len(toks) && staffNounsEN[toks[th+1].fold] && (toks[th+2].fold == "at" || toks[th+2].fold == "of") && coercedClause(toks, th+3, th+9) {
			d.slotNP(s, th+3, slotObj)
		}
		// "The Competition Bureau said Maple Grocers and Northern Foods
		// had colluded …": a clause without "that" opens with its
		// subject right after the verb; it is one only where a finite
		// verb or "and" follows the capitalised run.
		if th < 0 && (f == "said" || f == "says") && c > 0 && isCapWord(toks[c+1]) && !d.covered[s][c+1] && !firstNames[toks[c+1].fold] {
			// (Two words at least: a lone capitalised word may be a
			// person's surname, "said Hargreaves had …".)
			if e := d.slotRun(s, c+1); e > c+2 && e < len(toks) && (toks[e].fold == "and" || toks[e].fold == "had" || toks[e].fold == "has" || looksFiniteEN(toks[e]) && !speechVerbs[toks[e].fold]) {
				th = c
			}
		}
		// (A verb of alleging makes the clause a charge, in whatever
		// words: "alleges that Lumora Apps sold location data".)
		if th > 0 && (hasWrongdoing(toks, th+1, len(toks)) || allegingVerb(d.lang, f)) {
			// "… that A and B had …": each of two names before the verb.
			if end := d.slotNP(s, th+1, slotObj); end > th+1 && end+1 < len(toks) && toks[end].fold == "and" && isCapWord(toks[end+1]) {
				if e2 := d.slotRun(s, end+1); e2 > end+1 && e2 < len(toks) && (toks[e2].fold == "had" || toks[e2].fold == "have" || looksFiniteEN(toks[e2])) {
					d.slotNP(s, end+1, slotObj)
				}
			}
		} else if th > 0 {
			// "said on Friday that Barrowdale Homes, Kestrel Living and
			// Oakmere Group had exchanged …": a list of names is names,
			// whatever the clause says of them.
			d.slotNameList(s, th+1)
		}
	}
}

// geoHeads end the names of rivers, regions and other places ("Zambia's
// Kafue River", "Brazil's Minas Gerais Province").
var geoHeads = set("river", "lake", "mountain", "mountains", "valley", "sea", "bay", "delta", "basin", "coast", "island", "islands", "province",
	"region", "district", "park", "forest", "airport", "port", "harbour", "harbor", "street", "square", "bridge", "dam", "field", "fields",
	"desert", "plateau", "highway", "canal", "strait", "peninsula", "county", "state", "city", "town", "village", "reserve", "gulf")

// slotDescribedEN reads an unknown English name that an apposition
// describes: "according to Ofvolt, the UK energy regulator", "Dunmore, a
// Leeds-based insurer, said". The apposition's head noun says what the
// name is, so a single capitalised word qualifies too.
func (d *doc) slotDescribedEN(s int) {
	if d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	for i := 0; i+3 < len(toks); i++ {
		// The run starts the name: "Kick It Out, the anti-racism
		// organisation" is not "Out".
		// ("Tsingshan-backed Sulawesi Mineral Smelting, the country's
		// largest producer": an owner's compound qualifies the name.)
		if !isCapWord(toks[i]) || d.covered[s][i] || i > 0 && (toks[i-1].cap && !(i == 1 && articles[toks[0].fold]) && !tiedCompoundEN(toks[i-1]) || toks[i-1].acro) {
			continue
		}
		t1 := d.slotRun(s, i)
		if t1 == i || t1-i > 4 || t1+2 >= len(toks) || toks[t1].text != "," || !articles[toks[t1+1].fold] {
			continue
		}
		typ, ok := appositionHeadEN(toks, t1+2)
		if !ok || !d.slotAccept(s, i, t1, i, true) || d.x.lx.lookupKey(d.spanText(s, i, t1)) != nil || firstNames[toks[i].fold] {
			continue
		}
		d.addMention(&mention{sent: s, t0: i, t1: t1, kind: mName, typ: typ, name: trimPoss(d.spanText(s, i, t1)), slot: true})
		i = t1
	}
}

// vesselHeads describe ships, which news names like firms ("The Aegean
// Star, a product tanker,").
var vesselHeads = set("tanker", "ship", "vessel", "freighter", "carrier", "trawler", "ferry", "yacht", "barge", "aircraft", "jet", "plane")

// appositionHeadEN reads an English apposition's noun phrase from token i
// (after its article) to the comma, full stop or relative pronoun that
// closes it, and types its head noun: "the UK energy regulator." is an
// Agency, "a Leeds-based insurer," a Company.
func appositionHeadEN(toks []token, i int) (claimgraph.EntityType, bool) {
	k := i
	for k < len(toks) && k-i < 6 && toks[k].word && toks[k].fold != "that" && toks[k].fold != "which" && toks[k].fold != "who" && !prepositions[toks[k].fold] {
		k++
	}
	// ("the insurer behind the product", "a supplier of spare parts": a
	// prepositional phrase after the head.)
	if k == i || k < len(toks) && toks[k].word && toks[k].fold != "that" && toks[k].fold != "which" && toks[k].fold != "who" && !prepositions[toks[k].fold] {
		return "", false
	}
	head := trimPoss(toks[k-1].fold)
	// "the engineering group", "the community energy group": firms and
	// bodies alike.
	// ("a transparency group", "a pressure group": a cause's group is a
	// body.)
	if head == "group" && k-2 >= i && advocacyWords[toks[k-2].fold] {
		return claimgraph.Agency, true
	}
	if head == "group" || vesselHeads[head] {
		return "", false
	}
	if toks[k-1].cap && !(k-1 == i) {
		return "", false // "the Financial Times": a name, no description
	}
	// "the recruitment agency that supplied …": a trade's agency is a
	// business.
	if head == "agency" && k-2 >= i && tradeAgencyMods[toks[k-2].fold] {
		return claimgraph.Company, true
	}
	if t, ok := slotDescEN[head]; ok {
		return t, true
	}
	if agencyAppositionsEN[head] {
		return claimgraph.Agency, true
	}
	if companyDescriptorsEN[head] {
		return claimgraph.Company, true
	}
	return "", false
}

// pluralPersonNounsDE end German plurals of people by what they do
// ("Teamärzte", "Betreuer", "Aktivisten").
var pluralPersonNounsDE = []string{"ärzte", "aerzte", "ärztinnen", "aerztinnen", "profis", "athleten", "athletinnen", "aktivisten", "aktivistinnen",
	"journalisten", "journalistinnen", "ingenieure", "ingenieurinnen", "informanten", "betreuer", "pfleger", "pflegerinnen", "mitarbeiter", "mitarbeiterinnen"}

// pluralPersonNounDE reports a German plural noun for people by what
// they do.
func pluralPersonNounDE(f string) bool {
	for _, suf := range pluralPersonNounsDE {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// slotRelative reads the name a relative pronoun before the cue at c
// stands for: "filed by CISPE, a trade body representing cloud
// providers, which accused Nimbra of …".
func (d *doc) slotRelative(s, c int) {
	toks := d.sents[s].toks
	w := c - 1
	if w >= 1 && (toks[w].fold == "has" || toks[w].fold == "had" || toks[w].fold == "have") {
		w--
	}
	if w < 2 || toks[w].fold != "which" && toks[w].fold != "who" || toks[w-1].text != "," {
		return
	}
	end := w - 1
	// Past an apposition: ", a trade body representing …,".
	for k := end - 1; k > 0 && k >= end-10; k-- {
		if toks[k].text == "," {
			if k+1 < end && indefinite[toks[k+1].fold] {
				end = k
			}
			break
		}
	}
	start := end
	for start > 0 && end-start < 5 && (isCapWord(toks[start-1]) || toks[start-1].acro) && !d.covered[s][start-1] {
		start--
	}
	if start < end && (start == 0 || !isCapWord(toks[start-1])) {
		d.slotNP(s, start, slotSubj)
	}
}

// slotSubjects reads the subject at the start of sentence s ("Dunmore
// Rovers have been charged", "Tessarien wies … zurück", "Die
// Landtagsfraktion … und der Bund … werfen") and, in German, the subject
// after a finite verb that opens the sentence ("Darin werfen die
// Verbände …", "Nun wirft Tessarien …").
func (d *doc) slotSubjects(s int) {
	toks := d.sents[s].toks
	i := 0
	// A sentence that opens with a quotation names its speaker after it.
	if len(toks) == 0 || toks[0].quote {
		return
	}
	if i < len(toks) && (toks[i].fold == "auch" || toks[i].fold == "also" || toks[i].fold == "now" || toks[i].fold == "nun") {
		i++
	}
	// "Meanwhile Kordavia accused …", "Separately, the union …": an
	// adverb that opens the sentence is no part of the subject.
	if d.lang == "en" && i < len(toks) && openingAdverbsEN[toks[i].fold] {
		i++
		if i < len(toks) && toks[i].text == "," {
			i++
		}
	}
	// "Privacy campaigners at Digital Rights Nordica accused …",
	// "Prosecutors at the Velmar District Attorney's Office charged …":
	// the body whose people open the sentence.
	if d.lang == "en" {
		k := i
		for k < len(toks) && k-i < 2 && toks[k].word && !staffNouns[toks[k].fold] && !functionWords[toks[k].fold] {
			k++
		}
		if k+2 < len(toks) && staffNouns[toks[k].fold] && (toks[k+1].fold == "at" || toks[k+1].fold == "from") {
			d.slotNP(s, k+2, slotSubj)
			// "campaigners at X" … "the group": X is a campaign.
			if toks[k].fold == "campaigners" || toks[k].fold == "activists" {
				for _, m := range d.ments[s] {
					if (m.t0 == k+2 || m.t0 == k+3) && m.kind == mName && m.role == "" {
						m.role = descStem(toks[k])
					}
				}
			}
		}
	}
	// "Three Baltic shipping lines, including Nordwave Ferries and
	// Kastel Line, were accused …": the names an unnamed subject lists.
	if d.lang == "en" {
		for k := i; k+2 < len(toks) && k <= i+8; k++ {
			if !toks[k].word && toks[k].text != "," || accuseEN[toks[k].fold] || chargeEN[toks[k].fold] {
				break
			}
			if toks[k].text == "," && toks[k+1].fold == "including" {
				end := d.slotNP(s, k+2, slotObj)
				for n := 0; n < 4 && end > k+2 && end+1 < len(toks) && (toks[end].fold == "and" || toks[end].text == ",") && isCapWord(toks[end+1]); n++ {
					e2 := d.slotNP(s, end+1, slotObj)
					if e2 <= end+1 {
						break
					}
					end = e2
				}
				break
			}
		}
	}
	// "In a letter to the regulator seen by the Courier, the Clean
	// Plate Initiative alleges …": past a fronted phrase of place or
	// source, closed by its comma, to the subject.
	if d.lang == "en" && i < len(toks) && (toks[i].fold == "in" || toks[i].fold == "on" || toks[i].fold == "at") {
		for k := i + 1; k+1 < len(toks) && k <= i+16; k++ {
			if toks[k].quote || toks[k].text == ";" {
				break
			}
			if toks[k].text == "," {
				if toks[k+1].fold == "the" || isCapWord(toks[k+1]) {
					i = k + 1
				}
				break
			}
		}
	}
	// "Skyline's main rival, Aerovista, has sued …": a description
	// with a possessor, and the name in apposition to it.
	if d.lang == "en" {
		if k := d.appositionAfterSubjectDesc(s, i); k > 0 {
			d.slotNP(s, k, slotSubj)
			return
		}
	}
	// "Konkret wirft der Verband dem Bonner Konzern vor": where the
	// verb is followed by a definite party and then the dative one, the
	// party after the verb is the subject, and the word before the verb
	// is an adverb of the clause, no name.
	if d.lang == "de" && d.subjectAfterVerbDE(s, i) {
		return
	}
	for n := 0; n < 4 && i < len(toks); n++ {
		end := d.slotNP(s, i, slotSubj)
		if end <= i {
			break
		}
		// "X und der Y werfen": coordinated subjects.
		if end < len(toks) && (toks[end].fold == "und" || toks[end].fold == "and" || toks[end].fold == "sowie") {
			i = end + 1
			continue
		}
		break
	}
}

// slotObjects reads the accused after an active cue at c: "accused
// neighbouring Vellmark of", "cited Basketly for", "wirft dem
// Zweitligisten HSG Talheim vor", "hat dem Nachbarland Tessarien
// vorgeworfen".
func (d *doc) slotObjects(s, c int) {
	toks := d.sents[s].toks
	if d.lang == "en" {
		// "blamed last winter's blackouts on Corran Utilities": the
		// party after "on".
		if f := toks[c].fold; f == "blamed" || f == "blames" || f == "blame" || f == "blaming" {
			for k := c + 2; k < len(toks) && k <= c+10 && toks[k].text != "," && toks[k].text != "."; k++ {
				if toks[k].fold == "on" {
					d.slotNP(s, k+1, slotObj)
					break
				}
			}
		}
		end := d.slotNP(s, c+1, slotObj)
		// "accused two sponsors, Barrow Sports and Lintel Apparel, of
		// …": names in apposition to an unnamed description, closed by a
		// comma and the complement.
		// "accused Dalvenia's state-owned power company, DalEnergo, of
		// …": a known possessor opens the description.
		if end <= c+1 || end < len(toks) && end > 0 && (trimPoss(toks[end-1].text) != toks[end-1].text || toks[end].text == "'" || toks[end].text == "’") {
			if k := d.appositionAfterDesc(s, c+1); k > 0 {
				end = d.slotNP(s, k, slotObj)
			}
		}
		// "accused X and Y of".
		for n := 0; n < 3 && end > c+1 && end+1 < len(toks) && (toks[end].fold == "and" || toks[end].text == ","); n++ {
			e2 := d.slotNP(s, end+1, slotObj)
			// "accused Crestway Properties and its managing agent,
			// Halden Estates, of …": a member named in apposition.
			if e2 <= end+1 && toks[end].fold == "and" {
				if k := d.appositionAfterDesc(s, end+1); k > 0 {
					e2 = d.slotNP(s, k, slotObj)
				}
			}
			if e2 <= end+1 {
				break
			}
			end = e2
		}
		// "accused Tallis Power of rigging auctions and Selby Networks
		// of hiding outage data": a second object after the complement,
		// with a complement of its own.
		comp := ""
		for k := end; k < len(toks) && k <= end+2; k++ {
			if f := toks[k].fold; f == "of" || f == "with" || f == "for" {
				comp = f
				break
			}
		}
		if comp == "" {
			return
		}
		for k := end + 1; k+2 < len(toks); k++ {
			if toks[k].text == "." || toks[k].text == ";" || accuseEN[toks[k].fold] || chargeEN[toks[k].fold] {
				break
			}
			if toks[k].fold != "and" {
				continue
			}
			// "and rival club Portside United with …": past descriptors.
			j := k + 1
			for j < len(toks) && j <= k+3 && toks[j].word && !toks[j].cap && !functionWords[toks[j].fold] {
				j++
			}
			if j < len(toks) && isCapWord(toks[j]) {
				e := d.slotRun(s, j)
				if m := d.mentionAt(s, j); m != nil && m.t0 == j {
					e = m.t1
				}
				if e > j && e < len(toks) && toks[e].fold == comp {
					d.slotNP(s, k+1, slotObj)
				}
			}
		}
		return
	}
	// German: the objects stand between the finite verb and the
	// particle "vor" or the participle; with the participle cue, between
	// the auxiliary and the cue.
	from, to := c+1, clauseEnd(toks, c)
	if vorwerfenWhole[toks[c].fold] {
		from = 0
		for k := c - 1; k >= 0; k-- {
			if auxiliaries[toks[k].fold] || passiveAux[toks[k].fold] {
				from = k + 1
				break
			}
			if toks[k].text == "," {
				from = k + 1
				break
			}
		}
		to = c
	}
	for k := from; k < to; k++ {
		// "Untreue in einem besonders schweren Fall": a prepositional
		// phrase holds no object of the frame; skip to its noun.
		if prepositions[toks[k].fold] && !toks[k].cap {
			for k+1 < to && !isCapWord(toks[k+1]) && toks[k+1].word {
				k++
			}
			k++
			continue
		}
		// "… Lohndumping und Tarifflucht vor.": from the charge on, the
		// clause names offences, not parties.
		if toks[k].cap && k > from && chargeNounDE(toks, k) {
			break
		}
		if !articles[toks[k].fold] && !(isCapWord(toks[k]) || toks[k].acro) {
			continue
		}
		if end := d.slotNP(s, k, slotObj); end > k {
			k = end - 1
		}
	}
}

// slotAgainst reads "Beschwerde gegen die Mitteldeutsche BKK eingelegt",
// "filed a lawsuit against X", "sanctions on X": the party a case is
// brought against.
func (d *doc) slotAgainst(s int) {
	toks := d.sents[s].toks
	for c := 1; c < len(toks); c++ {
		f := toks[c].fold
		switch {
		case d.lang == "de" && f == "gegen":
			if !d.hasNominal(s) && !hasNominalDoc(toks) {
				continue
			}
		case d.lang == "en" && (f == "against" || f == "on"):
			if !againstEN[toks[c-1].fold] && toks[c-1].fold != "sanctions" && toks[c-1].fold != "petition" {
				continue
			}
		default:
			continue
		}
		d.slotNP(s, c+1, slotObj)
	}
}

// hasNominalDoc: a filing noun that brings a case ("Beschwerde",
// "Klage").
func hasNominalDoc(toks []token) bool {
	for _, t := range toks {
		if t.cap && hasSuffixInflected(t.fold, []string{"beschwerde", "klage", "anzeige"}) != "" {
			return true
		}
	}
	return false
}

// slotDescEN are English words before a name that say what it is; the
// last one before the name is its head.
var slotDescEN = map[string]claimgraph.EntityType{
	"neighbouring": claimgraph.Agency, "neighboring": claimgraph.Agency, "country": claimgraph.Agency, "state": claimgraph.Agency,
	"nation": claimgraph.Agency, "republic": claimgraph.Agency, "neighbour": claimgraph.Agency, "neighbor": claimgraph.Agency, "kingdom": claimgraph.Agency, "emirate": claimgraph.Agency,
	"club": claimgraph.Agency, "side": claimgraph.Agency, "team": claimgraph.Agency, "league": claimgraph.Agency,
	"union": claimgraph.Agency, "charity": claimgraph.Agency, "ngo": claimgraph.Agency, "campaign": claimgraph.Agency,
	"movement": claimgraph.Agency, "party": claimgraph.Agency, "federation": claimgraph.Agency, "association": claimgraph.Agency,
	"body": claimgraph.Agency, "watchdog": claimgraph.Agency, "regulator": claimgraph.Agency, "authority": claimgraph.Agency,
	"agency": claimgraph.Agency, "council": claimgraph.Agency, "alliance": claimgraph.Agency, "coalition": claimgraph.Agency,
	"organisation": claimgraph.Agency, "organization": claimgraph.Agency, "nonprofit": claimgraph.Agency, "non-profit": claimgraph.Agency,
	"institute": claimgraph.Agency, "foundation": claimgraph.Agency, "network": claimgraph.Agency, "collective": claimgraph.Agency,
	"insurer": claimgraph.Company, "militia": claimgraph.Agency, "government": claimgraph.Agency, "lab": claimgraph.Agency, "laboratory": claimgraph.Agency,
	"watchdog group": claimgraph.Agency, "think tank": claimgraph.Agency, "think-tank": claimgraph.Agency, "observatory": claimgraph.Agency,
	"magazine": claimgraph.Publication, "newspaper": claimgraph.Publication, "paper": claimgraph.Publication, "tabloid": claimgraph.Publication,
	"broadcaster": claimgraph.Publication, "outlet": claimgraph.Publication, "website": claimgraph.Publication, "site": claimgraph.Publication,
	"blog": claimgraph.Publication, "journal": claimgraph.Publication, "daily": claimgraph.Publication, "weekly": claimgraph.Publication,
	"newsletter": claimgraph.Publication, "podcast": claimgraph.Publication,
	// "Campaigners Clean Air Now", "activists Fossil Free Leeds": the
	// people of a campaign before its name.
	"campaigners": claimgraph.Agency, "activists": claimgraph.Agency, "environmentalists": claimgraph.Agency,
	// "think tank Bruegel": the last word of the two.
	"tank": claimgraph.Agency,
}

// slotDescDE are German descriptor nouns (also as compound ends) with
// the type they give: "dem Nachbarland Tessarien", "dem Zweitligisten
// HSG Talheim", "das Magazin Kapitalblick".
var slotDescDE = []struct {
	end string
	typ claimgraph.EntityType
}{
	{"nachbarland", claimgraph.Agency}, {"nachbarstaat", claimgraph.Agency}, {"land", claimgraph.Agency}, {"staat", claimgraph.Agency},
	{"republik", claimgraph.Agency}, {"koenigreich", claimgraph.Agency}, {"emirat", claimgraph.Agency},
	{"ligist", claimgraph.Agency}, {"verein", claimgraph.Agency}, {"klub", claimgraph.Agency}, {"club", claimgraph.Agency},
	{"mannschaft", claimgraph.Agency}, {"team", claimgraph.Agency}, {"tabellennachbar", claimgraph.Agency}, {"rivale", claimgraph.Agency},
	{"gewerkschaft", claimgraph.Agency}, {"verband", claimgraph.Agency}, {"organisation", claimgraph.Agency}, {"initiative", claimgraph.Agency},
	{"buendnis", claimgraph.Agency}, {"partei", claimgraph.Agency}, {"fraktion", claimgraph.Agency}, {"kasse", claimgraph.Agency},
	{"krankenkasse", claimgraph.Agency}, {"versicherung", claimgraph.Company}, {"stiftung", claimgraph.Agency}, {"netzwerk", claimgraph.Agency},
	{"kollektiv", claimgraph.Agency}, {"miliz", claimgraph.Agency}, {"bewegung", claimgraph.Agency},
	{"magazin", claimgraph.Publication}, {"zeitung", claimgraph.Publication}, {"blatt", claimgraph.Publication}, {"sender", claimgraph.Publication},
	{"portal", claimgraph.Publication}, {"nachrichtenagentur", claimgraph.Publication}, {"podcast", claimgraph.Publication},
}

// slotDescTypeDE types a German descriptor noun, or reports none.
func (d *doc) slotDescTypeDE(t token) (claimgraph.EntityType, bool) {
	f := t.fold
	for _, x := range slotDescDE {
		i := strings.LastIndex(f, x.end)
		if i >= 0 && inflectionEnds[f[i+len(x.end):]] {
			return x.typ, true
		}
	}
	if d.isCompanyDescriptor(t) {
		return claimgraph.Company, true
	}
	return "", false
}

// publicFieldsEN open the names of public services that are named by
// their field and territory ("Transport Scotland", "Revenue Scotland").
var publicFieldsEN = set("transport", "police", "health", "education", "revenue", "highways", "forestry", "environment",
	"statistics", "fisheries", "immigration", "justice", "housing", "sport", "skills")

// placeLike: endings of names of countries and regions ("Scotland",
// "Canada", "Wales"), for names no lexicon lists as places.
func placeLike(f string) bool {
	for _, e := range []string{"land", "ia", "ada", "ales", "ire"} {
		if strings.HasSuffix(f, e) && len(f) > len(e)+2 {
			return true
		}
	}
	return false
}

// nameWordsAgency are words inside names of clubs, health insurers and
// other bodies that no head-noun pattern reads ("Dunmore Rovers", "HSG
// Talheim", "AOK Sachsen-Anhalt", "Workers United").
var nameWordsAgency = set("rovers", "united", "city", "town", "athletic", "athletico", "wanderers", "rangers", "albion", "hotspur",
	"fc", "afc", "cf", "sc", "sv", "hsg", "tsv", "tus", "vfb", "vfl", "tsg", "ssv", "bsc", "spvgg", "fsv", "sg", "mtv", "ssc", "tsg",
	"aok", "bkk", "ikk", "dak", "vdek", "knappschaft", "workers", "watch", "voice", "action", "rights", "now", "justice", "coalition",
	"bündnis", "buendnis", "initiative", "liga", "league", "fraktion", "gewerkschaft", "kasse", "krankenkasse")

// slotNP reads a noun phrase at token i of sentence s that may hold an
// unknown name in slot role r: determiners, descriptors (lower-case in
// English, a noun before the name in German) and a capitalised run. It
// adds a mention for the run if no earlier pass claimed it, and returns
// the end of the phrase, or i when there is none.
// relationNounsDE name a party by its relation to another ("ihrem
// Mieter X", "seinem Kunden Y").
var relationNounsDE = set("mieter", "mietern", "vermieter", "kunden", "kundin", "partner", "partnern", "geschäftspartner", "geschaeftspartner", "pächter", "paechter",
	"verpächter", "verpaechter", "auftraggeber", "lieferanten", "gläubiger", "glaeubiger", "schuldner", "untermieter")

func (d *doc) slotNP(s, i int, r slotRole) int {
	toks := d.sents[s].toks
	if i < 0 || i >= len(toks) {
		return i
	}
	k := i
	var descTyp claimgraph.EntityType
	hasDesc := false
	if k < len(toks) && (toks[k].fold == "the" || definiteDE[toks[k].fold]) {
		k++
	}
	// "accused its upstream neighbour Kalmar of": a possessive
	// determiner before a descriptor opens the phrase like "the".
	if d.lang == "en" && k == i && k+2 < len(toks) && (toks[k].fold == "its" || toks[k].fold == "their") && !toks[k+1].cap {
		k++
	}
	// A known mention here: the slot is taken; report its end so that a
	// coordination can go on.
	if m := d.mentionAt(s, k); m != nil && m.t0 == k {
		return m.t1
	}
	if d.lang == "en" {
		// "the messaging app", "rival club", "neighbouring", "the
		// delivery workers' union": lower-case words before the name.
		for n := 0; n < 4 && k < len(toks); n++ {
			t := toks[k]
			lf := strings.ToLower(trimPoss(t.text))
			if !t.word || functionWords[lf] && lf != "union" || d.covered[s][k] {
				break
			}
			if t.cap && !(k == 0 || k == i && slotDescEN[lf] != "") {
				break
			}
			if strings.HasSuffix(lf, "-based") || strings.HasSuffix(lf, "-registered") || strings.HasSuffix(lf, "-listed") {
				k++
				continue
			}
			if typ, ok := slotDescEN[lf]; ok {
				descTyp, hasDesc = typ, true
			} else if lf == "agency" && k > i && tradeAgencyMods[toks[k-1].fold] {
				// "online travel agency TripNest": a business.
				descTyp, hasDesc = claimgraph.Company, true
			} else if companyDescriptorsEN[lf] {
				descTyp, hasDesc = claimgraph.Company, true
			} else if t.cap || strings.HasSuffix(lf, "ly") || isVerbLike(lf) || strings.HasSuffix(lf, "ed") && !hasDesc {
				break
			}
			k++
		}
	} else {
		// "wirft ihrem Mieter Berger Logistik vor", "seinem Kunden Nordbau
		// GmbH": after a possessive the noun of the relation opens the
		// phrase; the name is what follows.
		if k == i && k > 0 && possessives[toks[k-1].fold] && k+1 < len(toks) && toks[k].cap && !d.covered[s][k] && isCapWord(toks[k+1]) && !d.covered[s][k+1] &&
			relationNounsDE[toks[k].fold] {
			k++
		}
		// "dem bayerischen Umweltministerium", "dem Zweitligisten HSG
		// Talheim", "dem Nachbarland Tessarien".
		for k < len(toks) && toks[k].word && !toks[k].cap && isAdjDE(toks[k]) && !d.covered[s][k] {
			k++
		}
		// "die Klinik am Maschsee", "das Pflegeheim im Lindenpark": an
		// institution named by its head noun and its place is one name.
		if k+2 < len(toks) && k > i && articles[toks[i].fold] && institutionHeadsDE[toks[k].fold] && (toks[k+1].fold == "am" || toks[k+1].fold == "im") &&
			isCapWord(toks[k+2]) && !d.covered[s][k] && !d.covered[s][k+2] && (k+3 >= len(toks) || !isCapWord(toks[k+3])) && d.slotFollows(s, k+3, r) {
			d.addMention(&mention{sent: s, t0: k, t1: k + 3, kind: mName, typ: claimgraph.Company, name: d.spanText(s, k, k+3), slot: true})
			return k + 3
		}
		if k+1 < len(toks) && toks[k].cap && !toks[k].acro && !d.covered[s][k] && !d.covered[s][k+1] && (isCapWord(toks[k+1]) || toks[k+1].acro) {
			if typ, ok := d.slotDescTypeDE(toks[k]); ok && !isAdjDE(toks[k]) {
				if d.objectAfterDescriptorDE(s, k) {
					return i // "soll die Reederei Löhne einbehalten haben"
				}
				descTyp, hasDesc = typ, true
				k++
			} else if k > i && articles[toks[i].fold] && !isAdjDE(toks[k]) && (toks[k+1].acro || !germanNounLike(toks[k+1]) && !isNounLikeDE(toks[k+1])) && !d.slotNameLike(s, k) &&
				!d.runElsewhere(s, k, k+2, false) {
				// An unknown noun right before a name after an article
				// describes it ("dem Zweitligisten HSG Talheim"); a pair
				// the text repeats whole is one name ("der Elbtal
				// Schiffahrt" … "Die Elbtal Schiffahrt weist das zurück").
				k++
			}
		}
	}
	if k >= len(toks) {
		return i
	}
	if m := d.mentionAt(s, k); m != nil && m.t0 == k {
		if hasDesc && m.ent == nil && m.kind == mName && m.role == "" {
			m.role = descStem(toks[k-1])
		}
		// "accused its upstream neighbour Kalmar": a state known
		// already still makes its accuser one.
		if hasDesc && descTyp == claimgraph.Agency && (r == slotObj || r == slotAgent) && m.typ == claimgraph.Agency && d.stateDesc(s, k) {
			d.slotStateSent = s + 1
		}
		return m.t1
	}
	t0 := k
	t1 := d.slotRun(s, t0)
	if t1 <= t0 {
		return i
	}
	name := trimPoss(d.spanText(s, t0, t1))
	// "The AIU rejected": an acronym of a body named before is that body.
	if t1-t0 == 1 && toks[t0].acro {
		if e := d.initialsOf(trimPoss(toks[t0].text)); e != nil {
			m := &mention{sent: s, t0: t0, t1: t1, kind: mShort, typ: e.typ, name: name}
			d.addMention(m)
			m.ent = e
			return t1
		}
	}
	if !d.slotAccept(s, t0, t1, i, hasDesc) || !d.slotFollows(s, t1, r) {
		return i
	}
	// "Die Prüfer in Stuttgart", "die Datenschützer in Hamburg": the
	// people of a body, with its seat, are no name; the description pass
	// reads them.
	if d.lang == "de" && t1-t0 >= 1 && groupNounDE(toks[t0]) {
		return i
	}
	// A name the lexicon knows was judged by the lexicon pass: a seat or
	// a place that does not act here ("WASHINGTON —", "in Brussels").
	if d.x.lx.lookupKey(name) != nil {
		return i
	}
	// "Padel has grown rapidly" after "the Padel Integrity Agency" and
	// "the World Padel Council": a word the names of two parties share is
	// their field, no party of its own.
	if t1-t0 == 1 && !hasDesc && d.lang == "en" && d.wordOfNames(toks[t0].fold) >= 2 {
		return i
	}
	typ := d.slotType(s, t0, t1, descTyp, hasDesc, r)
	name = d.nominativeAdjNameDE(s, t0, t1, name)
	m := &mention{sent: s, t0: t0, t1: t1, kind: mName, typ: typ, name: name, slot: true}
	if hasDesc && t0 > 0 {
		m.role = descStem(toks[t0-1])
	}
	d.addMention(m)
	end := t1
	// "Handball-Bundesliga (HBL)": the acronym in brackets is read by
	// resolveNames.
	if end+2 < len(toks) && toks[end].text == "(" && toks[end+2].text == ")" {
		end += 3
	}
	return end
}

// slotRun returns the end of a capitalised run at token t0 that can be
// a name: capitalised words or acronyms no pass claimed, joined by "&"
// or inner hyphens; English names may be lower-case words the text uses
// capitalised elsewhere ("noyb"). It returns t0 when there is none.
func (d *doc) slotRun(s, t0 int) int {
	toks := d.sents[s].toks
	k := t0
	for k < len(toks) && k-t0 < 5 {
		t := toks[k]
		// "Harbour Town Supporters' Trust", "Road Hauliers' Association":
		// a plural possessive inside a name.
		if d.lang == "en" && k > t0 && (t.text == "'" || t.text == "’") && strings.HasSuffix(toks[k-1].fold, "s") && k+1 < len(toks) && isCapWord(toks[k+1]) && !d.covered[s][k] && !d.covered[s][k+1] {
			k++
			continue
		}
		if d.covered[s][k] || !t.word || t.num {
			break
		}
		lf := strings.ToLower(t.text)
		ok := (t.cap || t.acro) && !functionWords[lf] && !monthOrDay(lf)
		if !ok && k == t0 && !t.cap && d.lang == "en" && !functionWords[lf] && d.usedAgain(s, k) {
			ok = true // "noyb"
		}
		// "Hong Kong-based", "Almaty-registered": a place phrase.
		if strings.HasSuffix(lf, "-based") || strings.HasSuffix(lf, "-registered") || strings.HasSuffix(lf, "-listed") || strings.HasSuffix(lf, "-born") {
			break
		}
		if k > t0 && t.text == "&" {
			ok = k+1 < len(toks) && isCapWord(toks[k+1])
		}
		// "Communications Workers of America": a name may end in its
		// country.
		// A person's is not: "Marie-Claude Bélanger of Canada", "Ingrid
		// Halvorsen of Norway" say where the person comes from.
		if k > t0 && t.fold == "of" && d.personRunEN(s, t0, k) {
			break
		}
		if k > t0 && (t.fold == "of" || t.fold == "in") && k+1 < len(toks) && isCapWord(toks[k+1]) && (d.isPlace(toks[k+1]) || toks[k+1].fold == "america" || cities[toks[k+1].fold]) &&
			(k+2 >= len(toks) || !isCapWord(toks[k+2])) {
			k += 2
			break
		}
		if !ok {
			break
		}
		// A role word ends the name ("Club chairman"); a German head
		// noun, document or accusation noun is no part of it.
		if k > t0 && (isRoleToken(t, d) != "" && !(k > t0 && toks[k-1].text == "&")) {
			break
		}
		// ("die Deutsche Vermögensplanung": after an adjective the noun
		// is the head of the name.)
		if d.lang == "de" && k > t0 && (hasSuffixInflected(t.fold, documentHeadsDE) != "" || nominalDE[t.fold] || isNounLikeDE(t) && !t.acro && !(toks[k-1].cap && nameAdjDE(toks[k-1]))) {
			break
		}
		// "wirft dem Discounter Preisfuchs Etikettenschwindel vor": the
		// noun before the closing particle, or an offence noun, is the
		// charge after the name.
		if d.lang == "de" && k > t0 && d.commonNounAfterNameDE(s, t0, k) {
			break
		}
		k++
		if strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s") {
			break
		}
	}
	// Trailing punctuation words and possessives are not part of it.
	return k
}

// personRunEN reports whether the English capitalised run t0..k is a
// person's name: two or three words, the first a given name (each part of
// a hyphenated one: "Marie-Claude"), none the head of a body's name.
func (d *doc) personRunEN(s, t0, k int) bool {
	toks := d.sents[s].toks
	if d.lang != "en" || k-t0 < 2 || k-t0 > 3 {
		return false
	}
	given := firstNames[toks[t0].fold]
	if !given && strings.Contains(toks[t0].fold, "-") {
		given = true
		for _, p := range strings.Split(toks[t0].fold, "-") {
			given = given && firstNames[p]
		}
	}
	if !given {
		return false
	}
	for j := t0; j < k; j++ {
		f := trimPoss(toks[j].fold)
		if agencyHeadsEN[f] || legalSuffixes[toks[j].text] || legalForms[f] || publicationHeads[f] || toks[j].acro {
			return false
		}
	}
	return true
}

// institutionHeadsDE head German names of institutions that take their
// place as the rest of the name ("Klinik am Maschsee").
var institutionHeadsDE = set("klinik", "klinikum", "krankenhaus", "hospital", "hotel", "pflegeheim", "seniorenheim", "altenheim", "pflegezentrum", "sanatorium", "reha-klinik", "rehaklinik", "privatklinik")

// offenceSuffixesDE end German nouns for misconduct, which a charge
// names and a company's name never ends in.
var offenceSuffixesDE = []string{"schwindel", "betrug", "untreue", "missbrauch", "dumping", "diebstahl", "wucher", "greenwashing",
	"verstoss", "verstoß", "verstoesse", "verstöße", "bestechlichkeit", "geldwaesche", "geldwäsche", "spionage", "sabotage", "taeuschung", "täuschung"}

// offenceNounDE reports a German noun for misconduct ("Etikettenschwindel",
// "Lohndumping", "Subventionsbetrug").
func offenceNounDE(f string) bool {
	for _, suf := range offenceSuffixesDE {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// chargeNounDE reports whether the capitalised word at k, after the first
// word of a name, is the charge of a "vorwerfen" clause instead: an
// offence noun, or the noun right before the particle that closes the
// sentence ("… Preisfuchs Etikettenschwindel vor."). Before "vor," the
// charge is the clause that follows, so the word belongs to the name
// ("der Firma Kessler Bau vor, …").
func chargeNounDE(toks []token, k int) bool {
	if offenceNounDE(toks[k].fold) {
		return true
	}
	return k+1 < len(toks) && toks[k+1].fold == "vor" && (k+2 >= len(toks) || toks[k+2].text == "." || toks[k+2].text == "!")
}

// timeSpansDE are German spans of the calendar a lower-case modifier
// turns into a time ("vergangenen Monat", "kommendes Jahr"), beside the
// timeUnits.
var timeSpansDE = set("monat", "monats", "jahr", "jahres", "quartal", "quartals", "wochenende", "halbjahr", "frühjahr", "sommer", "herbst", "winter")

// monthOrDay reports month and weekday names, which are capitalised but
// name no party.
func monthOrDay(f string) bool {
	switch f {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"januar", "februar", "märz", "maerz", "mai", "juni", "juli", "oktober", "dezember",
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag":
		return true
	}
	return false
}

// slotAccept decides whether the run [t0, t1) of sentence s, found in a
// slot whose phrase starts at i, is a name: not a place, a person, a
// role, a description or a common noun.
func (d *doc) slotAccept(s, t0, t1, i int, hasDesc bool) bool {
	toks := d.sents[s].toks
	first := toks[t0]
	lf := strings.ToLower(trimPoss(first.text))
	if t1-t0 == 1 && (d.isPlace(first) || cities[first.fold]) {
		return false // "Russia", "Washington" are countryActorPass's to judge
	}
	// "den Drittligisten Viktoria Lindenau": after a descriptor of a
	// body a first name is part of its name.
	bodyDesc := hasDesc && t0 > 0 && d.bodyDescriptor(toks[t0-1])
	if firstNames[lf] && t1-t0 >= 2 && !bodyDesc || titles[lf] || lf == "i" || germanDeterminers[first.fold] || englishDeterminers[lf] {
		return false // a person, or "Alle Kunden", "Both sides"
	}
	// "Die Behörde in Halle wirft …": a body's bare head noun and where
	// it sits describe a body named before; no name.
	if d.lang == "de" && t1-t0 >= 3 && germanHead(first) == first.fold && (toks[t0+1].fold == "in" || toks[t0+1].fold == "im" || toks[t0+1].fold == "aus") {
		return false
	}
	// "Im oberbayerischen Bad Seelingen wächst …": "Bad" or "Sankt" and
	// a word name a town, a place.
	if d.lang == "de" && t1-t0 == 2 && townPrefixesDE[first.fold] {
		return false
	}
	// "Wenige Tage später reichte …", "Zwei Wochen später nahm …",
	// "Ähnliche Preise seien …", "rund eine Million Euro": a count, a
	// quantity or an amount opens no name.
	if d.lang == "de" && (numberWordsDE[first.fold] || quantityWordsDE[first.fold] || amountWordsDE[first.fold] || amountWordsDE[toks[t1-1].fold]) {
		return false
	}
	// "hatte der Firma Blank vergangene Woche vorgeworfen", "im
	// Sommer", "letzten Monat": a span of time after its lower-case
	// modifier says when, not who.
	if d.lang == "de" && t1-t0 == 1 && t0 > 0 && toks[t0-1].word && !toks[t0-1].cap && !articles[toks[t0-1].fold] && (timeUnits[first.fold] || timeSpansDE[first.fold]) {
		return false
	}
	// "The Austin, Texas-based company": a town and its state.
	if t1+1 < len(toks) && toks[t1].text == "," && (usStates[strings.TrimSuffix(toks[t1+1].fold, "-based")] || d.isPlace(toks[t1+1]) || strings.HasSuffix(toks[t1+1].fold, "-based")) {
		return false
	}
	// "Sidhanth Kumar, the advocate for ANI, said": a person in
	// apposition to a role.
	if t1 < len(toks) && toks[t1].text == "," {
		for k := t1 + 1; k < len(toks) && k <= t1+5 && toks[k].text != ","; k++ {
			// ("X, an activist group,": the role word qualifies a body.)
			if d.lang == "en" && roleBeforeBodyHeadEN(toks, k, d) {
				break
			}
			if f := trimPoss(toks[k].fold); isRoleToken(toks[k], d) != "" || lawyerWords[f] || privateNouns[f] || personNouns[f] {
				return false
			}
		}
	}
	// "sollen Teamärzte … behandelt haben": a plural of people by
	// what they do is no name.
	if d.lang == "de" && t1-t0 == 1 && pluralPersonNounDE(first.fold) {
		return false
	}
	// Words in a quotation are the speaker's; a name in quotation marks
	// of its own ("das Magazin »Kapitalblick«") is a name.
	if toks[t0].inq && !(t0 > 0 && toks[t0-1].quote && t1 < len(toks) && toks[t1].quote) {
		return false
	}
	// "WASHINGTON —": a dateline.
	if t0 == 0 && first.acro && t1 < len(toks) && !toks[t1].word && (toks[t1].text == "—" || toks[t1].text == "–" || toks[t1].text == "-") {
		return false
	}
	for k := t0; k < t1; k++ {
		tf := strings.ToLower(trimPoss(toks[k].text))
		if roleWordsEN[tf] && k == t0 || lawyerWords[tf] || (unnamedSubjects[tf] || pluralCompanyDescs[tf]) && t1-t0 == 1 {
			return false
		}
		if d.lang == "en" && (agencyDescriptors[tf] || publicationDescriptors[tf] || companyDescriptorsEN[tf] || agencyHeadsEN[tf]) && t1-t0 == 1 {
			return false // "The Club", "The company", "The Corps": a description
		}
	}
	if d.lang == "de" {
		// "Darin wirft der Verein …": a pronominal adverb opens the
		// clause; it names no one.
		if pronominalAdverbsDE[first.fold] {
			return false
		}
		// "Morland beschuldigt …" after "die morländische Regierung":
		// the state of a government the text named by its adjective.
		if t1-t0 == 1 && (d.stateOfAdjGovDE(first) || d.stateShaped(s, first)) {
			return true
		}
		// "Bonner Behörde", "Mainzer Biotech-Unternehmen": a place
		// adjective before a head or descriptor noun is a description.
		for k := t0; k < t1; k++ {
			tk := toks[k]
			if !tk.acro && (germanHead(tk) != "" || d.isCompanyDescriptor(tk) && !keepInName[tk.fold] || isRoleToken(tk, d) != "" || watchdogDE(tk.fold) != "") && (k > t0 || t1-t0 == 1) {
				return false
			}
		}
		// "sollen Lindenauer Fans … beleidigt haben": a town's
		// adjective before a plural of people names a crowd, no body.
		if t1-t0 == 2 && d.townPeopleDE(s, t0) {
			return false
		}
		if hasWrongdoing(toks, t0, t1) && !first.acro {
			return false // "Betrug vorgeworfen": the charge, not a party
		}
		if isRoleToken(first, d) != "" || germanHead(first) != "" && t1-t0 == 1 || hasSuffixInflected(first.fold, documentHeadsDE) != "" ||
			nominalDE[first.fold] || isNounLikeDE(first) && !first.acro || d.isCompanyDescriptor(first) && t1-t0 == 1 {
			return false
		}
		if _, ok := d.slotDescTypeDE(first); ok && t1-t0 == 1 {
			return false
		}
		if t1-t0 == 1 && !first.acro && !hasDesc && !d.slotNameLike(s, t0) && !d.namedAccuserOpensDE(s, t0, t1) {
			return false
		}
		if strings.HasSuffix(first.fold, "jaehrige") || strings.HasSuffix(first.fold, "jaehrigen") {
			return false
		}
		return true
	}
	// English: a sentence-initial word is capitalised anyway; it is a
	// name when the text capitalises it elsewhere too, or it is written
	// like one.
	if t0 == 0 || t0 > 0 && toks[t0-1].quote {
		if t1-t0 == 1 && !first.acro && !d.capitalisedElsewhere(s, t0) && !hasDesc && !d.stateOfRole(first.fold) && !d.namedAccuserOpens(s, t1) && !d.stateShaped(s, first) && !d.peopleAdjectiveEN(first) &&
			!d.orgAppositionEN(s, t1) && !d.openerNameEN(s) {
			return false
		}
		if sentenceOpeners[lf] || modalsEN[lf] {
			return false
		}
	}
	return true
}

// openerNameEN reports whether the single capitalised word that opens
// English sentence s is a name the text uses only at the start of its
// sentences: "Vantora filed a complaint … Vantora said the practice had
// cost it millions." It must open two sentences or more, each time as
// the subject of a finite verb, once at least of a verb only a party
// has (said, denied, filed, sued); it is no plural ("Critics said"), no
// collective ("Police said"), no first name and never written in lower
// case ("Inflation slowed … inflation").
func (d *doc) openerNameEN(s int) bool {
	toks := d.sents[s].toks
	if d.lang != "en" || len(toks) < 3 || toks[0].acro || !toks[0].cap || trimPoss(toks[0].text) != toks[0].text {
		return false
	}
	f := toks[0].fold
	if len(f) < 4 || strings.HasSuffix(f, "s") || collectiveSubjectsEN[f] || sentenceOpeners[f] || functionWords[f] || firstNames[f] || titles[f] ||
		roleWordsEN[f] || modalsEN[f] || strings.Contains(f, "-") {
		return false
	}
	// verbAt reads past "also", "has", "on Monday" to the verb.
	verbAt := func(vt []token) (finite, party bool) {
		k := 1
		for n := 0; n < 3 && k < len(vt); n++ {
			if tf := vt[k].fold; tf == "also" || tf == "has" || tf == "had" || tf == "later" || tf == "then" || tf == "on" || k > 1 && vt[k-1].fold == "on" && vt[k].cap && vt[k].word {
				k++
				continue
			}
			break
		}
		if k >= len(vt) || !looksFiniteEN(vt[k]) && !slotSubjEN[vt[k].fold] {
			return false, false
		}
		v := vt[k].fold
		return true, speechVerbs[v] || slotSubjEN[v] || denyEN[v] || accuseEN[v] || chargeEN[v]
	}
	opens, party := 0, false
	for os := range d.sents {
		ot := d.sents[os].toks
		for k, t := range ot {
			if t.fold != f && trimPoss(t.fold) != f {
				continue
			}
			if !t.cap {
				return false
			}
			if k != 0 {
				continue
			}
			fin, p := verbAt(ot)
			if !fin {
				return false
			}
			opens++
			party = party || p
		}
	}
	return opens >= 2 && party
}

// namedAccuserOpens reports whether the single capitalised word that opens
// English sentence s, ending at t1, is followed by an active accusing verb
// and its object ("Halberd accused Brightwater of …", "Vaporline on
// Monday sued Kestrel"): a singular common noun does not accuse on its
// own, plurals ("Critics accused") and collectives ("Police accused") are
// no names. This matters most after a dateline, which leaves the name at
// the start of the sentence.
func (d *doc) namedAccuserOpens(s, t1 int) bool {
	toks := d.sents[s].toks
	if d.lang != "en" || t1 != 1 || len(toks) < 3 {
		return false
	}
	f := trimPoss(toks[0].fold)
	if strings.HasSuffix(f, "s") || collectiveSubjectsEN[f] || trimPoss(toks[0].text) != toks[0].text {
		return false
	}
	k := t1
	// "on Monday", "also", "has", "on Tuesday also".
	for n := 0; n < 4 && k < len(toks); n++ {
		tf := toks[k].fold
		if tf == "also" || tf == "has" || tf == "had" || tf == "on" || tf == "late" || tf == "earlier" || tf == "formally" || k > t1 && toks[k-1].fold == "on" && toks[k].cap && toks[k].word {
			k++
			continue
		}
		break
	}
	if k >= len(toks) || !(accuseEN[toks[k].fold] || toks[k].fold == "sued" || toks[k].fold == "sues") {
		return false
	}
	// The object follows: a capitalised name or a description.
	return k+1 < len(toks) && toks[k+1].word && (toks[k+1].cap || articles[toks[k+1].fold] || toks[k+1].fold == "its" || toks[k+1].fold == "neighbouring" || toks[k+1].fold == "neighboring" || toks[k+1].fold == "rival")
}

// namedAccuserOpensDE reports whether the single capitalised word that
// opens German sentence s, ending at t1, accuses a named party: "Elbtrans
// wirft der Reederei Nordlicht Betrug vor", "Baltrans warf dem Konzern
// vor". A noun does not open a sentence bare; a name, after a dateline,
// does.
func (d *doc) namedAccuserOpensDE(s, t0, t1 int) bool {
	toks := d.sents[s].toks
	if d.lang != "de" || t0 != 0 || t1 != 1 || t1+2 >= len(toks) {
		return false
	}
	w := toks[0]
	if isNounLikeDE(w) || sentenceOpeners[w.fold] || germanDeterminers[w.fold] || cities[w.fold] || d.isPlace(w) || isRoleToken(w, d) != "" || germanHead(w) != "" {
		return false
	}
	v := toks[t1]
	if !vorwerfenFinite[v.fold] || v.fold == "werfen" {
		return false
	}
	// The particle closes the clause: "… Betrug vor.", "… vor, …".
	closed := false
	for k := t1 + 1; k < len(toks); k++ {
		if toks[k].fold == "vor" && (k+1 == len(toks) || !toks[k+1].word) {
			closed = true
			break
		}
		if toks[k].text == "," {
			break
		}
	}
	if !closed {
		return false
	}
	a := toks[t1+1].fold
	return a == "der" || a == "dem" || a == "den"
}

// collectiveSubjectsEN are singular English nouns that act as an
// unnamed body.
var collectiveSubjectsEN = set("police", "management", "staff", "government", "parliament", "congress", "labor", "opposition", "prosecution",
	"everyone", "nobody", "someone", "one", "he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who")

// stateOfRole reports whether the text gives the English name f (folded,
// possessive trimmed or not) an office only a state has: "Estavia's
// foreign minister", "Estavia's government", "Morland's interior
// ministry". A common noun that opens a sentence has none, so the word is
// a name, and a state's.
func (d *doc) stateOfRole(f string) bool {
	if d.lang != "en" {
		return false
	}
	f = trimPoss(f)
	for os, st := range d.sents {
		toks := st.toks
		for k, t := range toks {
			if !t.cap || trimPoss(t.fold) != f || t.fold == f {
				continue // the possessive form only
			}
			// "Azmaria's foreign ministry" named as a body: the possessor
			// is part of the name, and the body the party.
			m := d.mentionAt(os, k)
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if m != nil && m.t1 > j {
					break
				}
				if stateOffices[toks[j].fold] && !(j+1 < len(toks) && officeModifiers[toks[j+1].fold]) {
					return true
				}
				if !toks[j].word || toks[j].cap {
					break
				}
			}
		}
	}
	return false
}

// stateOffices are offices and bodies only a state has.
var stateOffices = set("minister", "ministry", "government", "embassy", "ambassador", "parliament", "cabinet", "envoy", "neighbour", "neighbor")

// officeModifiers make an office word a modifier of another noun:
// "Vaporline's government affairs director" names a company's officer.
var officeModifiers = set("affairs", "relations", "contracts", "contract", "business", "bonds", "liaison", "grants")

// capitalisedElsewhere reports whether the word at token i of sentence s
// stands capitalised somewhere else in the text, not at the start of a
// sentence: the mark of a name in English.
func (d *doc) capitalisedElsewhere(s, i int) bool {
	f := trimPoss(d.sents[s].toks[i].fold)
	for os := range d.sents {
		for k, t := range d.sents[os].toks {
			if os == s && k == i || k == 0 || !t.cap || trimPoss(t.fold) != f {
				continue
			}
			if d.sents[os].toks[k-1].quote && k == 1 {
				continue
			}
			return true
		}
	}
	return false
}

// slotNameLike reports whether a capitalised German word at token i of
// sentence s behaves like a name rather than a noun: somewhere in the
// text it stands without an article or adjective before it, not at the
// start of a sentence ("sollte Tessarien die Ableitungen …").
func (d *doc) slotNameLike(s, i int) bool {
	w := d.sents[s].toks[i]
	if w.acro {
		return true
	}
	f := trimPoss(w.fold)
	if isNounLikeDE(w) || strings.HasSuffix(f, "er") && !strings.HasSuffix(f, "land") || germanDeterminers[f] {
		return false
	}
	bare := false
	for os := range d.sents {
		toks := d.sents[os].toks
		for k, t := range toks {
			if t.fold != f && trimPoss(t.fold) != f || k == 0 {
				continue
			}
			p := toks[k-1]
			if p.quote && k == 1 {
				continue
			}
			// A noun takes an article, an adjective, a number or a
			// preposition somewhere; a name stands bare after a verb, a
			// conjunction or a comma ("sollte Tessarien die …").
			attributive := k >= 2 && p.word && !p.cap && (strings.HasSuffix(p.fold, "e") || strings.HasSuffix(p.fold, "en")) && !germanVerbish(p.fold) &&
				(articles[toks[k-2].fold] || germanDeterminers[toks[k-2].fold] || isAdjDE(toks[k-2]))
			if articles[p.fold] || definiteDE[p.fold] || possessives[p.fold] || indefinite[p.fold] || prepositions[p.fold] || placePreps[p.fold] ||
				p.num || germanDeterminers[p.fold] || numberWordsDE[p.fold] || p.word && !p.cap && isAdjDE(p) && !germanVerbish(p.fold) || attributive {
				return false
			}
			if !p.word && p.text == "," || p.word && !p.cap {
				bare = true
			}
		}
	}
	return bare
}

// germanDeterminers open a German noun phrase without naming anyone:
// "Unsere Kabel", "Alle Kunden", "Beide Seiten".
var germanDeterminers = set("unser", "unsere", "unseren", "unserem", "unserer", "alle", "allen", "beide", "beiden", "solche", "solchen",
	"eigene", "eigenen", "viele", "vielen", "einige", "einigen", "mehrere", "mehreren", "jede", "jeder", "jedes", "jeden", "manche",
	"keine", "keinen", "kein", "weitere", "weiteren", "andere", "anderen", "sämtliche", "saemtliche", "zahlreiche", "diverse")

// quantityWordsDE open German noun phrases of a count or a likeness,
// never a name ("Wenige Tage", "Ähnliche Preise", "Dutzende Mitarbeiter").
var quantityWordsDE = set("wenige", "wenigen", "ähnliche", "ähnlichen", "aehnliche", "aehnlichen", "etliche", "etlichen", "verschiedene", "verschiedenen",
	"dutzende", "hunderte", "tausende", "einzelne", "einzelnen")

// englishDeterminers open an English noun phrase without naming anyone.
var englishDeterminers = set("all", "both", "each", "every", "some", "many", "several", "other", "such", "any", "most", "no", "our", "your", "my")

// numberWordsDE are small German numbers written as words.
var numberWordsDE = set("zwei", "drei", "vier", "fünf", "fuenf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwoelf", "hundert", "tausend")

// slotType types a slot name [t0, t1) of sentence s: by an entity the
// text already has under that name, by words in the name, by its
// descriptor, by the role (whoever charges or fines is a body), by a
// description that refers back later, else as a company.
func (d *doc) slotType(s, t0, t1 int, descTyp claimgraph.EntityType, hasDesc bool, r slotRole) claimgraph.EntityType {
	toks := d.sents[s].toks
	name := trimPoss(d.spanText(s, t0, t1))
	k := slug(name)
	for _, o := range d.ents {
		if !o.dead && (o.key == k || slug(o.name) == k) && o.isOrg() {
			return o.typ
		}
	}
	// "Transport Scotland", "Police Scotland", "Health Canada",
	// "Transport for London": a public service named by its field and
	// the territory it serves is a government body.
	if t1-t0 >= 2 && d.lang == "en" && publicFieldsEN[toks[t0].fold] && (d.isPlace(toks[t1-1]) || placeLike(toks[t1-1].fold)) {
		return claimgraph.Agency
	}
	// "Natural Resources Wales, which regulates the quarry,": what a
	// regulator does.
	if d.lang == "en" && t1+2 < len(toks) && toks[t1].text == "," && (toks[t1+1].fold == "which" || toks[t1+1].fold == "that") && regulateVerbsEN[toks[t1+2].fold] {
		return claimgraph.Agency
	}
	// "Baltic Shipping Watch": the last word heads the name, whatever
	// trade a word before it names. ("Ridgemont University has opened
	// an investigation": a university or college, as "University of
	// Leeds" is.)
	if f := strings.ToLower(trimPoss(toks[t1-1].text)); nameWordsAgency[f] || d.lang == "en" && (f == "university" || f == "college") {
		return claimgraph.Agency
	}
	for j := t0; j < t1; j++ {
		f := strings.ToLower(trimPoss(toks[j].text))
		if nameWordsAgency[f] || agencyHeadsEN[f] && d.lang == "en" {
			return claimgraph.Agency
		}
		if weakSuffixes[f] || legalSuffixes[toks[j].text] {
			return claimgraph.Company
		}
		// "Velotec Pro Cycling": a professional team is a business
		// ("Cycling Ireland", named after its country, is a federation).
		if (f == "cycling" || f == "racing" || f == "motorsport") && j > t0 && !d.isPlace(toks[t1-1]) {
			return claimgraph.Company
		}
		if publicationHeads[f] && j == t1-1 && t1-t0 > 1 && (!ambiguousOutletHeads[f] || d.outletUse(s, t0, j)) {
			return claimgraph.Publication
		}
	}
	if hasDesc {
		if descTyp == claimgraph.Agency && (r == slotObj || r == slotAgent) && d.stateDesc(s, t0) {
			d.slotStateSent = s + 1
		}
		return descTyp
	}
	// "Sulawesi Mineral Smelting, the country's largest producer,": an
	// apposition after the name says what it is.
	if d.lang == "en" && t1+2 < len(toks) && toks[t1].text == "," && articles[toks[t1+1].fold] {
		if typ, ok := appositionHeadEN(toks, t1+2); ok {
			return typ
		}
	}
	// "Athletics Kenya", "Cycling Ireland": a body named after its
	// country.
	if t1-t0 >= 2 && d.isPlace(toks[t1-1]) {
		return claimgraph.Agency
	}
	// "Estavia's foreign minister": a name that has a minister or a
	// government is a state.
	if t1-t0 == 1 && d.lang == "en" && (d.stateOfRole(toks[t0].fold) || d.peopleAdjectiveEN(toks[t0])) {
		// "Lirania accused Estovia of …" and "Estovian officials": an
		// accused state makes its accuser one, as a neighbour does.
		if r == slotObj {
			d.slotStateSent = s + 1
		}
		return claimgraph.Agency
	}
	// "Karsland has accused neighbouring Vellmark": a state's accuser is
	// a state.
	if r == slotSubj && d.slotStateSent == s+1 {
		return claimgraph.Agency
	}
	// "Ostria accused Belmaria of …" in a story of states: a name
	// shaped like a state's is one; so is a name whose people the text
	// names by their adjective ("Tessaly" and "Tessalian fishermen").
	if t1-t0 == 1 && (d.stateShaped(s, toks[t0]) || d.peopleAdjectiveEN(toks[t0])) {
		return claimgraph.Agency
	}
	// "the sport's governing body … charged by X": whoever charges,
	// fines or cites is a body.
	if r == slotAgent {
		return claimgraph.Agency
	}
	if t1 < len(toks) && reportVerbsOutlet[toks[t1].fold] || d.lang == "en" && citingPhraseEnd(toks, t1) > 0 && reportVerbsOutlet[toks[citingPhraseEnd(toks, t1)].fold] {
		return claimgraph.Publication
	}
	// "Kalmar, Vestria's upstream neighbour, denied …": a state's
	// neighbour is a state.
	if d.lang == "en" && t1-t0 == 1 && d.neighbourApposed(toks[t0]) {
		return claimgraph.Agency
	}
	// A name in apposition to a description before it: "Dalvenia's
	// state-owned power company, DalEnergo,", "its main rival,
	// Aerovista,".
	if d.lang == "en" && t0 >= 2 && toks[t0-1].text == "," && toks[t0-2].word && !toks[t0-2].cap {
		lf := toks[t0-2].fold
		if typ, ok := slotDescEN[lf]; ok {
			return typ
		}
		if companyDescriptorsEN[lf] {
			return claimgraph.Company
		}
	}
	// An apposition after the name: "Halberd Labs, a Tallinn-based
	// security firm,".
	if t1+2 < len(toks) && toks[t1].text == "," && (toks[t1+1].fold == "a" || toks[t1+1].fold == "an" || toks[t1+1].fold == "the" || articles[toks[t1+1].fold]) {
		for j := t1 + 2; j < len(toks) && j <= t1+6 && toks[j].text != ","; j++ {
			lf := strings.ToLower(trimPoss(toks[j].text))
			if typ, ok := slotDescEN[lf]; ok && d.lang == "en" {
				return typ
			}
			if d.lang == "de" {
				if typ, ok := d.slotDescTypeDE(toks[j]); ok {
					return typ
				}
			}
			if companyDescriptorsEN[lf] {
				return claimgraph.Company
			}
		}
	}
	// Lower-case names are campaigners' ("noyb"); German names of
	// countries end in -ien, -land, -reich.
	if !toks[t0].cap && !toks[t0].acro {
		return claimgraph.Agency
	}
	if t1-t0 == 1 && d.lang == "de" {
		f := toks[t0].fold
		for _, e := range []string{"ien", "land", "reich", "stan"} {
			if strings.HasSuffix(f, e) && len(f) > len(e)+2 {
				return claimgraph.Agency
			}
		}
	}
	// "den Unternehmen Südzucker Nord, Rübenwerk Anklam und …": a name
	// listed after a company is one too, whatever a later sentence
	// describes.
	if toks := d.sents[s].toks; d.lang == "de" && t0 >= 2 && (toks[t0-1].text == "," || toks[t0-1].fold == "und" || toks[t0-1].fold == "sowie") {
		if m := d.mentionAt(s, t0-2); m != nil && m.t1 == t0-1 && m.typ == claimgraph.Company && m.kind == mName {
			return claimgraph.Company
		}
	}
	if typ, ok := d.laterDescription(s, t1, name); ok {
		return typ
	}
	return claimgraph.Company
}

// nameHoldsWord reports an organisation the text has named up to
// sentence s whose name holds the folded word w ("union" in "Harlan
// Tenants Union").
func (d *doc) nameHoldsWord(s int, w string) bool {
	holds := func(name string) bool {
		for _, x := range strings.Fields(fold(name)) {
			if x == w {
				return true
			}
		}
		return false
	}
	for _, o := range d.ents {
		if !o.dead && o.isOrg() && holds(o.name) {
			return true
		}
	}
	// Names of the sentence being read have no entity yet.
	for _, m := range d.ments[s] {
		if m.kind == mName && (m.typ == claimgraph.Agency || m.typ == claimgraph.Company) && holds(m.name) {
			return true
		}
	}
	return false
}

// tradeAgencyMods make an "agency" a business: "travel agency",
// "advertising agency".
var tradeAgencyMods = set("travel", "advertising", "ad", "recruitment", "employment", "talent", "estate", "marketing", "creative", "modelling", "modeling", "staffing", "booking", "dating",
	"pr", "relations", "lobbying", "communications", "branding", "design", "digital", "rating", "ratings", "credit", "collection", "collections", "debt")

// placePossessives are the possessives of words for places, which
// qualify a body ("the country's aviation regulator").
var placePossessives = set("country's", "country’s", "nation's", "nation’s", "state's", "state’s", "city's", "city’s", "town's", "town’s", "region's", "region’s")

// backDescs are the descriptions by which news refers back to a party it
// has named, with the type they imply.
var backDescs = map[string]claimgraph.EntityType{
	"club": claimgraph.Agency, "union": claimgraph.Agency, "league": claimgraph.Agency, "group": claimgraph.Agency, "charity": claimgraph.Agency,
	"country": claimgraph.Agency, "government": claimgraph.Agency, "organisation": claimgraph.Agency, "organization": claimgraph.Agency,
	"verein": claimgraph.Agency, "klub": claimgraph.Agency, "kasse": claimgraph.Agency, "krankenkasse": claimgraph.Agency, "liga": claimgraph.Agency,
	"gewerkschaft": claimgraph.Agency, "verband": claimgraph.Agency, "land": claimgraph.Agency, "regierung": claimgraph.Agency,
	"organisation ": claimgraph.Agency, "fraktion": claimgraph.Agency, "partei": claimgraph.Agency,
	"company": claimgraph.Company, "firm": claimgraph.Company, "unternehmen": claimgraph.Company, "konzern": claimgraph.Company, "firma": claimgraph.Company,
	"magazine": claimgraph.Publication, "newspaper": claimgraph.Publication, "magazin": claimgraph.Publication, "zeitung": claimgraph.Publication,
}

// laterDescription looks for the definite descriptions of the next three
// sentences ("the club", "die Kasse"): if they all imply one type, the
// name they follow has it.
func (d *doc) laterDescription(s, t1 int, name string) (claimgraph.EntityType, bool) {
	var found claimgraph.EntityType
	for os := s; os < len(d.sents) && os <= s+3; os++ {
		toks := d.sents[os].toks
		for k := 1; k < len(toks); k++ {
			// "The union accused Medora Clinics of …": a description
			// before the name in its own sentence is another party.
			if os == s && k < t1 {
				continue
			}
			p := toks[k-1].fold
			if p != "the" && p != "der" && p != "die" && p != "das" && p != "den" && p != "dem" && p != "des" {
				continue
			}
			// "The country's aviation regulator": a place's possessive
			// qualifies another body; it refers to no party.
			if placePossessives[toks[k].fold] {
				continue
			}
			typ, ok := backDescs[trimPoss(toks[k].fold)]
			if !ok {
				typ, ok = backDescs[strings.TrimSuffix(strings.TrimSuffix(toks[k].fold, "s"), "e")]
			}
			if !ok {
				continue
			}
			// "the company's", "der Kasse": the noun alone, not a name.
			if k+1 < len(toks) && isCapWord(toks[k+1]) && d.lang == "en" {
				continue
			}
			// "The newspaper reported that Pellworth had …": the outlet
			// that speaks, not the party it reports on.
			if typ == claimgraph.Publication && k+1 < len(toks) && (reportVerbsOutlet[toks[k+1].fold] || toks[k+1].fold == "said" || toks[k+1].fold == "found") {
				continue
			}
			// "confirmed the practice to the newspaper": an outlet the
			// text has named already is the one meant.
			if typ == claimgraph.Publication && d.outletBefore(s) {
				continue
			}
			// "the advocacy group Justice at Work … the group said": a
			// description takes up the name the text gave it.
			if d.describedBefore(s, stem(trimPoss(toks[k].fold))) {
				continue
			}
			// "Safe Cradle Alliance, a Washington-based advocacy group,
			// accused Brightmart … the group's director": the apposition
			// gave the description to another name before.
			if d.apposedBefore(s, name, stem(trimPoss(toks[k].fold))) {
				continue
			}
			// "the union" after "the Harlan Tenants Union": a body whose
			// name holds the word is what it takes up.
			if d.nameHoldsWord(s, trimPoss(toks[k].fold)) {
				continue
			}
			if found != "" && found != typ {
				return "", false
			}
			found = typ
		}
	}
	return found, found != ""
}

// describedBefore reports whether a name up to sentence s was introduced
// by the descriptor st ("the advocacy group Justice at Work" for "the
// group").
func (d *doc) describedBefore(s int, st string) bool {
	for o := 0; o <= s && o < len(d.ments); o++ {
		for _, m := range d.ments[o] {
			if m.kind == mName && m.role != "" && m.role == st {
				return true
			}
		}
	}
	return false
}

// apposedBefore reports whether a capitalised name other than name, up
// to sentence s, has an indefinite apposition whose head stems to st
// ("Safe Cradle Alliance, a Washington-based advocacy group,").
func (d *doc) apposedBefore(s int, name, st string) bool {
	last := ""
	if ws := strings.Fields(fold(name)); len(ws) > 0 {
		last = ws[len(ws)-1]
	}
	for o := 0; o <= s && o < len(d.sents); o++ {
		toks := d.sents[o].toks
		for j := 1; j+2 < len(toks); j++ {
			if toks[j].text != "," || toks[j+1].fold != "a" && toks[j+1].fold != "an" || !isCapWord(toks[j-1]) || trimPoss(toks[j-1].fold) == last {
				continue
			}
			for i := j + 2; i < len(toks) && i <= j+7; i++ {
				if toks[i].text == "," {
					if stem(trimPoss(toks[i-1].fold)) == st {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

// outletBefore reports whether a sentence up to s names an outlet.
func (d *doc) outletBefore(s int) bool {
	for o := 0; o <= s && o < len(d.ments); o++ {
		for _, m := range d.ments[o] {
			if m.typ == claimgraph.Publication && m.kind == mName {
				return true
			}
		}
	}
	return false
}

// slotFollows checks the word after a slot name at t1: a subject is
// followed by its verb (or a coordination, an apposition, an acronym in
// brackets), an object by its complement or the end of the clause. A
// capitalised word followed by a noun is a modifier ("The Congolese mines
// ministry", "The United Nations peacekeeping mission").
func (d *doc) slotFollows(s, t1 int, r slotRole) bool {
	toks := d.sents[s].toks
	if t1 >= len(toks) {
		return true
	}
	if t1+2 < len(toks) && toks[t1].text == "(" && toks[t1+2].text == ")" {
		t1 += 3
		if t1 >= len(toks) {
			return true
		}
	}
	n := toks[t1]
	if !n.word {
		return n.text != "-" || r != slotSubj
	}
	f := n.fold
	if f == "and" || f == "und" || f == "sowie" || f == "or" || f == "oder" {
		return true
	}
	if d.lang == "de" {
		// "wirft der Elbtal Schiffahrt Abwasser-Einleitungen vor": an
		// object may be followed by the charge, a noun.
		if n.cap {
			return r != slotSubj && (chargeNounDE(toks, t1) || nominalDE[f] || len(f) >= 8 && hasSuffixInflected(f, abstractSuffixesDE) != "")
		}
		// "Die Umweltorganisation Grünwacht aus Leipzig wirft …": the
		// seat between the name and the verb.
		if r == slotSubj && (f == "aus" || f == "in") && t1+2 < len(toks) && (d.isPlace(toks[t1+1]) || cities[toks[t1+1].fold]) && !toks[t1+2].cap {
			return d.slotFollows(s, t1+2, r)
		}
		if r == slotSubj {
			// The finite verb follows a German subject.
			return !articles[f] && !definiteDE[f] && !prepositions[f] && !isAdjDE(n) && !possessives[f]
		}
		return true
	}
	if n.cap {
		return false
	}
	switch r {
	case slotSubj:
		return looksFiniteEN(n) || modalsEN[f] || auxiliaries[f] || strings.HasSuffix(f, "ly") || f == "also" || f == "on" || f == "went" ||
			f == "took" || f == "says" || f == "denies" || f == "rejects" || f == "accuses" || f == "alleges" || f == "disputes" ||
			f == "dismisses" || f == "claims" || f == "calls" || f == "wants" || f == "is" || f == "are" || d.slotCue(s, t1) != 0
	default:
		switch f {
		case "of", "with", "for", "over", "in", "last", "on", "after", "to", "because", "before", "at", "from", "this", "earlier", "who", "which", "that", "as", "by":
			return true
		}
		// "fined Dunmore Rovers 20,000 pounds": the amount.
		if n.num {
			return true
		}
		return d.slotCue(s, t1) != 0 || looksFiniteEN(n)
	}
}

// initialsOf returns the one organisation whose name's capitalised
// words have the initials acr ("AIU" for "Athletics Integrity Unit").
func (d *doc) initialsOf(acr string) *entity {
	var found *entity
	for _, e := range d.ents {
		if e.dead || !e.isOrg() {
			continue
		}
		var b strings.Builder
		ws := strings.Fields(e.name)
		for _, w := range ws {
			if r := []rune(w); len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' && !functionWords[strings.ToLower(w)] {
				b.WriteRune(r[0])
			}
		}
		in := b.String()
		// "U.S. Consumer Product Safety Commission" is the CPSC: a
		// country prefix has no letter in the acronym.
		if len(ws) > 1 && len(in) > 2 && d.x.lx.countryOf[stemPhrase(ws[0])] != "" {
			if in[1:] == acr {
				in = acr
			}
		}
		if len(in) >= 2 && in == acr {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// stateShaped reports whether t, a single capitalised word no lexicon
// knows, is shaped like a state's name ("Ostrien", "Belmaria",
// "Karsland", "Tarvistan") in sentence s of a story whose parties
// include a state or its government, or whose sentence speaks of one
// ("Regierung", "government", "border", "Nachbar…").
func (d *doc) stateShaped(s int, t token) bool {
	f := trimPoss(t.fold)
	if !t.cap || t.acro || len(f) < 6 || d.isPlace(t) || cities[f] {
		return false
	}
	shaped := false
	for _, end := range []string{"ien", "ia", "land", "stan"} {
		if strings.HasSuffix(f, end) {
			shaped = true
		}
	}
	if !shaped || strings.HasPrefix(f, "nachbar") || d.lang == "de" && isNounLikeDE(t) && !strings.HasSuffix(f, "ien") {
		return false
	}
	// "Medien", "Studien", "Immobilien": German plurals end so too.
	for _, n := range commonPluralsIenDE {
		if strings.HasSuffix(f, n) {
			return false
		}
	}
	if _, ok := d.slotDescTypeDE(t); ok && d.lang == "de" {
		return false // "das Nachbarland", "das Bundesland"
	}
	// English companies end in "-ia" too ("Telvia"): the text must use
	// the name as a state's, by its people's adjective ("Ostrian
	// journalists") or an organ ("Belmaria's foreign ministry").
	// In a sentence about a border ("shelling border villages",
	// "neighbouring"), or facing another name of a state's shape
	// ("Ostria accused Belmaria of …"), it may stand for itself.
	if d.lang == "en" && !d.peopleAdjectiveEN(t) && !d.stateOfRole(f) && !d.borderSentenceEN(s, f) {
		return false
	}
	for _, o := range d.ents {
		if !o.dead && o.typ == claimgraph.Agency && o.stateLike() && fold(o.name) != f {
			return true
		}
	}
	for _, tk := range d.sents[s].toks {
		if stateContextWords[tk.fold] || strings.HasPrefix(tk.fold, "nachbar") {
			return true
		}
	}
	return false
}

// peopleAdjectiveEN reports whether the English text uses the adjective
// of the single name t for its people or institutions: "Liranian
// officials", "Tessalian fishermen", "Vestrian Water Minister Adrian
// Pohl", "Kordavian state television". A state has such an adjective,
// a company does not. The adjective must modify a noun or a title, so a
// surname that happens to extend a name ("Brennan said") is none.
func (d *doc) peopleAdjectiveEN(t token) bool {
	if d.lang != "en" || !t.cap || t.acro {
		return false
	}
	f := trimPoss(t.fold)
	if len(f) < 4 {
		return false
	}
	idx := d.capWords()
	var forms []string
	for _, suf := range []string{"n", "an", "ian", "ese", "ish", "i", "ean"} {
		forms = append(forms, f+suf)
	}
	if len(f) >= 5 && (f[len(f)-1] == 'y' || f[len(f)-1] == 'e') {
		forms = append(forms, f[:len(f)-1]+"ian")
	}
	for _, a := range forms {
		for _, at := range idx[a] {
			s, k := at[0], at[1]
			toks := d.sents[s].toks
			if k+1 >= len(toks) || k > 0 && toks[k-1].quote || toks[k].fold != a {
				continue
			}
			n := toks[k+1]
			if !n.word || functionWords[n.fold] || isVerbLike(n.fold) || strings.HasSuffix(n.fold, "ed") || actorVerbs[n.fold] {
				continue
			}
			// A person's name is no adjective: "Tessalian" must not
			// be a mention of a person.
			if m := d.mentionAt(s, k); m != nil && m.t0 == k && (m.kind == mPerson || m.typ == claimgraph.Official) {
				continue
			}
			if !n.cap || isRoleToken(n, d) != "" || n.cap && k+2 < len(toks) && isRoleToken(toks[k+2], d) != "" {
				return true
			}
		}
	}
	return false
}

// neighbourApposed reports whether the text gives the single name t an
// apposition that calls it a neighbour ("Kalmar, Vestria's upstream
// neighbour,").
func (d *doc) neighbourApposed(t token) bool {
	for _, at := range d.capWords()[trimPoss(t.fold)] {
		toks := d.sents[at[0]].toks
		k := at[1] + 1
		if k+2 >= len(toks) || toks[k].text != "," {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5 && toks[j].text != ","; j++ {
			if f := toks[j].fold; (f == "neighbour" || f == "neighbor") && j+1 < len(toks) && toks[j+1].text == "," {
				return true
			}
		}
	}
	return false
}

// capWords indexes the capitalised words of the text by their folded
// form (possessive dropped); built on first use.
func (d *doc) capWords() map[string][][2]int {
	if d.wordAt == nil {
		d.wordAt = map[string][][2]int{}
		for os := range d.sents {
			for k, t := range d.sents[os].toks {
				if t.word && t.cap {
					f := trimPoss(t.fold)
					d.wordAt[f] = append(d.wordAt[f], [2]int{os, k})
				}
			}
		}
	}
	return d.wordAt
}

// openingAdverbsEN open an English sentence before its subject.
var openingAdverbsEN = set("meanwhile", "separately", "however", "earlier", "later", "elsewhere", "instead", "still", "likewise", "similarly")

// pronominalAdverbsDE are German adverbs of "da-"/"wo-" and a
// preposition that open clauses ("Darin", "Dabei", "Demnach").
var pronominalAdverbsDE = set("darin", "darauf", "dabei", "damit", "dafuer", "darueber", "dazu", "daraus", "davon", "dagegen", "danach", "daher", "darum",
	"dadurch", "dahinter", "daneben", "darunter", "davor", "dazwischen", "demnach", "deshalb", "deswegen", "dennoch", "zudem", "ausserdem", "ferner", "worin",
	"wobei", "womit", "wonach", "worauf", "hierin", "hierbei", "hierzu", "hiernach", "insgesamt", "indes", "indessen", "allerdings", "jedoch", "zugleich")

// commonPluralsIenDE are German plural nouns in "-ien", also as the
// ends of compounds ("Nachrichtenmedien").
var commonPluralsIenDE = []string{"medien", "studien", "ferien", "familien", "linien", "materialien", "immobilien", "kriterien", "prinzipien", "gremien",
	"serien", "aktien", "arien", "indizien", "kolonien", "regalien", "folien", "lilien", "mumien", "bestien", "akazien", "utensilien", "fossilien",
	"mineralien", "insignien", "reptilien", "textilien", "chemikalien", "naturalien", "personalien", "spezialien", "strategien", "technologien", "energien",
	"kategorien", "theorien", "ideologien", "therapien", "garantien", "parteien", "kopien", "biografien", "fotografien", "geografien", "philosophien"}

// borderSentenceEN reports whether English sentence s speaks of a
// border or a neighbour, or names, besides f, another single capitalised
// word of a state's shape that no company mention holds.
func (d *doc) borderSentenceEN(s int, f string) bool {
	toks := d.sents[s].toks
	for k, tk := range toks {
		switch tk.fold {
		case "border", "borders", "neighbouring", "neighboring", "neighbour", "neighbor", "airspace", "territory", "territorial":
			return true
		}
		g := trimPoss(tk.fold)
		if k == 0 || g == f || !tk.cap || tk.acro || len(g) < 6 || k > 0 && isCapWord(toks[k-1]) || k+1 < len(toks) && isCapWord(toks[k+1]) {
			continue
		}
		if m := d.mentionAt(s, k); m != nil && m.typ == claimgraph.Company {
			continue
		}
		if strings.HasSuffix(g, "ia") || strings.HasSuffix(g, "stan") {
			return true
		}
	}
	// The sentence's first word: capitalised anyway, a state's shape
	// counts only with no name after it.
	if len(toks) > 1 && toks[0].fold != f && (strings.HasSuffix(trimPoss(toks[0].fold), "ia") || strings.HasSuffix(trimPoss(toks[0].fold), "stan")) && len(toks[0].fold) >= 6 && !isCapWord(toks[1]) {
		if m := d.mentionAt(s, 0); m == nil || m.typ != claimgraph.Company {
			return true
		}
	}
	return false
}

// stateContextWords speak of states.
var stateContextWords = set("regierung", "government", "border", "grenze", "neighbouring", "neighboring", "botschaft", "embassy", "aussenministerium", "außenministerium")

// nominativeAdjNameDE returns the base form of a German name that opens
// with an adjective inflected after a definite article ("der Grünen
// Küste" is "Grüne Küste", "dem Neuen Forum" "Neue Forum"); other names
// as they are. A noun that inflects too ("den Freien Wählern") is left.
func (d *doc) nominativeAdjNameDE(s, t0, t1 int, name string) string {
	toks := d.sents[s].toks
	if d.lang != "de" || t1-t0 < 2 || t0 == 0 || !nameAdjDE(toks[t0]) || !strings.HasSuffix(toks[t0].fold, "en") || strings.HasSuffix(toks[t1-1].fold, "n") {
		return name
	}
	switch toks[t0-1].fold {
	case "der", "den", "dem", "des":
	default:
		return name
	}
	w := toks[t0].text
	base := w[:len(w)-1] // "Grünen" → "Grüne"
	return base + strings.TrimPrefix(name, w)
}

// stateDesc reports a descriptor of a state before the name at t0
// ("neighbouring", "dem Nachbarland").
func (d *doc) stateDesc(s, t0 int) bool {
	toks := d.sents[s].toks
	if t0 == 0 {
		return false
	}
	f := toks[t0-1].fold
	return f == "neighbouring" || f == "neighboring" || f == "neighbour" || f == "neighbor" || strings.HasSuffix(f, "land") || strings.HasSuffix(f, "staat") || f == "country" || f == "state" || f == "nation"
}

// backfillSlotNames finds the mentions of a slot name before the
// sentence whose slot introduced it: "… due to Castleford Athletic" comes
// before "Castleford Athletic went further, accusing …". The frames run
// after all sentences, so they see these mentions too.
func (d *doc) backfillSlotNames() {
	for _, e := range d.ents {
		if !e.slot || e.dead || len(e.hits) == 0 {
			continue
		}
		forms := [][]string{strings.Fields(normName(e.name))}
		for _, sh := range e.shorts {
			forms = append(forms, strings.Fields(sh))
		}
		for s := 0; s < e.hits[0].sent; s++ {
			toks := d.sents[s].toks
			for i := 0; i < len(toks); i++ {
				if d.covered[s][i] || !toks[i].cap && !toks[i].acro {
					continue
				}
				n := 0
				for _, f := range forms {
					if len(f) > n && i+len(f) <= len(toks) && d.free(s, i, i+len(f)) && matchFolded(toks[i:i+len(f)], f) {
						n = len(f)
					}
				}
				// "Castleford Athletic" is not "Castleford Road".
				if n == 0 || i+n < len(toks) && isCapWord(toks[i+n]) {
					continue
				}
				m := &mention{sent: s, t0: i, t1: i + n, kind: mShort, typ: e.typ, name: trimPoss(d.spanText(s, i, i+n))}
				d.addMention(m)
				d.attach(m, e)
				i += n - 1
			}
		}
	}
	// Lists the backfilled names complete ("Fenmart, Harlow's and
	// Greenbasket" before "Fenmart said …").
	for s := range d.sents {
		d.slotLists(s)
		for _, m := range d.ments[s] {
			if m.ent != nil || !m.slot {
				continue
			}
			var e *entity
			for _, o := range d.ents {
				if o.typ == m.typ && !o.dead && slug(o.name) == slug(m.name) {
					e = o
				}
			}
			if e == nil {
				e = d.newEntity(m.typ, m.name, slug(m.name))
				e.slot = true
			}
			d.attach(m, e)
			d.registerShorts(e, m)
		}
	}
}

// matchFolded reports whether toks spell the folded words ws.
func matchFolded(toks []token, ws []string) bool {
	for k, w := range ws {
		if normName(trimPoss(toks[k].text)) != w {
			return false
		}
	}
	return true
}

// privateNouns are words for private persons whom a story introduces by
// description before it names them: "A California man has filed a
// lawsuit …", "Eine Rentnerin aus Köln hat … verklagt".
var privateNouns = set("man", "woman", "mother", "father", "parent", "parents", "resident", "homeowner", "customer", "consumer",
	"patient", "driver", "teenager", "student", "nurse", "teacher", "farmer", "passenger", "tenant", "widow", "widower",
	"retiree", "pensioner", "shopper", "user", "buyer", "borrower", "motorist", "cyclist", "mann", "frau", "mutter", "vater",
	"anwohner", "anwohnerin", "kunde", "kundin", "patientin", "rentner", "rentnerin", "mieter", "mieterin", "verbraucher",
	"verbraucherin", "autofahrer", "autofahrerin", "studentin", "landwirt", "landwirtin", "nutzer", "nutzerin", "käufer", "kaeufer", "käuferin", "kaeuferin")

// privateGroupNouns are the people a group of plaintiffs is made of.
var privateGroupNouns = set("workers", "employees", "drivers", "nurses", "customers", "residents", "parents", "tenants", "investors",
	"shareholders", "patients", "passengers", "users", "consumers", "students", "farmers", "homeowners", "mitarbeitern", "beschaeftigten",
	"kunden", "anwohnern", "eltern", "mietern", "anlegern", "aktionaeren", "fahrern")

// privatePass reads a private person introduced by description as the
// subject of a sentence that brings a case ("A Texas mother has filed a
// lawsuit accusing …"). The description becomes a placeholder that the
// person named in the next sentences takes over ("The complaint, filed
// … by Dana Whitfield"); a person the text never names accuses no one.
func (d *doc) privatePass(s int) {
	toks := d.sents[s].toks
	// "A Texas mother", "The mother of a 15-year-old boy".
	if len(toks) < 4 || !indefinite[toks[0].fold] && !definiteEN[toks[0].fold] && !definiteDE[toks[0].fold] {
		return
	}
	// "A Texas mother", "A 41-year-old California man", "Eine Rentnerin
	// aus Köln": modifiers, then the noun.
	k := 1
	nouns := privateNouns
	// "A group of former warehouse workers has filed a class-action
	// lawsuit": the lead plaintiff named next speaks for them.
	if indefinite[toks[0].fold] && (toks[1].fold == "group" || toks[1].fold == "gruppe") && len(toks) > 5 && (toks[2].fold == "of" || toks[2].fold == "von") {
		k, nouns = 3, privateGroupNouns
	}
	for k < len(toks) && k <= 6 && toks[k].word && !nouns[toks[k].fold] && !d.covered[s][k] && !isVerbLike(toks[k].fold) && (!functionWords[toks[k].fold] || formerWords[toks[k].fold]) {
		k++
	}
	if k >= len(toks) || !nouns[toks[k].fold] || d.covered[s][k] {
		return
	}
	// The noun heads its phrase: "The consumer magazine Which?" is no
	// consumer.
	if k+1 < len(toks) {
		if n := toks[k+1]; n.word && !n.cap && !privateFollow[n.fold] && !looksFiniteEN(n) {
			return
		}
	}
	cue := false
	for c := k + 1; c < len(toks); c++ {
		f := toks[c].fold
		if accuseEN[f] || f == "sued" || f == "sues" || allegeEN[f] || accuseDE[f] || vorwerfenFinite[f] || vorwerfenWhole[f] || f == "lawsuit" || f == "complaint" || f == "klage" || f == "strafanzeige" {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	p := d.newEntity(claimgraph.Official, d.spanText(s, 0, k+1), "@placeholder")
	p.anon, p.anonSelf, p.private = true, true, true
	p.role = ""
	m := &mention{sent: s, t0: 0, t1: k + 1, kind: mAnon, typ: claimgraph.Official, name: p.name}
	d.addMention(m)
	d.attach(m, p)
}

// germanVerbish reports German finite auxiliaries, modals and verbs of
// saying, which a bare name may follow ("sollte Tessarien …").
func germanVerbish(f string) bool {
	switch f {
	case "sollte", "sollten", "soll", "sollen", "könnte", "koennte", "könnten", "koennten", "wollte", "wollten", "will", "wollen", "müsste",
		"muesste", "muss", "musste", "kann", "konnte", "darf", "durfte", "hatte", "hatten", "hätte", "haette", "hat", "haben", "habe",
		"wurde", "wurden", "würde", "wuerde", "wird", "werden", "werde", "sei", "seien", "ist", "sind", "war", "waren", "wäre", "waere":
		return true
	}
	return isVerbLike(f) || reportVerbs[f] || speechVerbs[f] || vorwerfenFinite[f] || accuseDE[f]
}

// slotAnalysts reads "analysts at Berenberg", "an economist with
// Capital Economics", "rivals such as TixHub and Seatwise": names whose
// role the words before them give.
func (d *doc) slotAnalysts(s int) {
	if d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	for k := 0; k+2 < len(toks); k++ {
		f := toks[k].fold
		var start int
		switch {
		case (analystWords[f] || findersEN[f] || roleWordsEN[f] && !toks[k].cap) && (toks[k+1].fold == "at" || toks[k+1].fold == "with"):
			start = k + 2
		case (f == "rivals" || f == "competitors" || pluralCompanyDescs[f] || strings.HasSuffix(f, "s") && companyDescriptorsEN[strings.TrimSuffix(f, "s")]) &&
			(toks[k+1].fold == "such" && toks[k+2].fold == "as" || toks[k+1].fold == "including" || toks[k+1].fold == "like"):
			start = k + 2
			if toks[k+1].fold == "such" {
				start = k + 3
			}
		default:
			continue
		}
		for n := 0; n < 4 && start < len(toks); n++ {
			if m := d.mentionAt(s, start); m != nil {
				start = m.t1
			} else {
				t1 := d.slotRun(s, start)
				if t1 <= start || !d.slotAccept(s, start, t1, start, true) || d.x.lx.lookupKey(d.spanText(s, start, t1)) != nil || d.isPlace(toks[start]) {
					break
				}
				typ := d.slotType(s, start, t1, claimgraph.Company, true, slotObj)
				d.addMention(&mention{sent: s, t0: start, t1: t1, kind: mName, typ: typ, name: trimPoss(d.spanText(s, start, t1)), slot: true})
				start = t1
			}
			if start+1 < len(toks) && (toks[start].text == "," || toks[start].fold == "and" || toks[start].fold == "or") {
				start++
				if toks[start].fold == "and" {
					start++
				}
				continue
			}
			break
		}
	}
}

// analystWords are people quoted for their employer's view.
var analystWords = set("analysts", "analyst", "economists", "economist", "strategists", "strategist", "researchers", "experts")

// slotEmployers reads an unknown name before a role and a person:
// "Dundee City manager Paul Reid", "Halden Logistics chief executive
// Mark Lane". The person speaks for it, so it is a party of the story.
func (d *doc) slotEmployers(s int) {
	if d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	for r := 1; r < len(toks); r++ {
		// "Kessler Motors CEO Anna Berg": an acronym role too.
		if toks[r].cap && !toks[r].acro || isRoleToken(toks[r], d) == "" {
			continue
		}
		// The role words and the person after them.
		e := r
		for e < len(toks) && isRoleToken(toks[e], d) != "" && (!toks[e].cap || toks[e].acro) {
			e++
		}
		pm := d.mentionAt(s, e)
		if pm == nil || pm.t0 != e || pm.kind != mPerson {
			continue
		}
		// "Leicester MP Naveed Kassam", "Labour MP X": what stands before
		// an elected member is the seat or the party, no employer.
		if electedRolesEN[trimPoss(toks[e-1].fold)] {
			continue
		}
		t1 := r
		t0 := t1
		for t0 > 0 && t1-t0 < 3 && (isCapWord(toks[t0-1]) || toks[t0-1].acro && toks[t0-1].word) && !d.covered[s][t0-1] {
			t0--
		}
		if t0 == t1 || t0 > 0 && isCapWord(toks[t0-1]) {
			continue
		}
		if t0 == 0 && sentenceOpeners[toks[0].fold] {
			t0++
		}
		if t0 >= t1 || !d.slotAccept(s, t0, t1, t0, false) || d.x.lx.lookupKey(d.spanText(s, t0, t1)) != nil {
			continue
		}
		// "District spokesperson Lauren Kim said" after "the Millbrook
		// Area School District": the head word of a body named before
		// refers back to that body; it names no new one.
		if t1-t0 == 1 && d.endsBodyName(trimPoss(toks[t0].fold)) != nil {
			continue
		}
		typ := d.slotType(s, t0, t1, "", false, slotSubj)
		d.addMention(&mention{sent: s, t0: t0, t1: t1, kind: mName, typ: typ, name: trimPoss(d.spanText(s, t0, t1)), slot: true})
	}
}

// slotLists completes a list of names: "Fenmart, Harlow's and
// Greenbasket" where the names on both sides are known makes the one
// between them a name of their kind.
func (d *doc) slotLists(s int) {
	toks := d.sents[s].toks
	for i := 1; i+2 < len(toks); i++ {
		if toks[i-1].text != "," || d.covered[s][i] || !isCapWord(toks[i]) {
			continue
		}
		left := d.mentionAt(s, i-2)
		if left == nil || left.t1 != i-1 || left.kind == mDesc || left.kind == mPron || left.typ == claimgraph.Document || left.typ == claimgraph.Official {
			continue
		}
		j := i
		for j < len(toks) && j-i < 3 && isCapWord(toks[j]) && !d.covered[s][j] {
			j++
		}
		if j >= len(toks) || !(toks[j].text == "," || toks[j].fold == "and" || toks[j].fold == "und") {
			continue
		}
		// "A, B und die C GmbH": the next member may take an article.
		r0 := j + 1
		if r0+1 < len(toks) && articles[toks[r0].fold] {
			r0++
		}
		right := d.mentionAt(s, r0)
		if right == nil || right.t0 != r0 || right.typ != left.typ || right.kind == mDesc || right.kind == mPron {
			continue
		}
		if d.isPlace(toks[i]) || firstNames[toks[i].fold] && j-i >= 2 {
			continue
		}
		d.addMention(&mention{sent: s, t0: i, t1: j, kind: mName, typ: left.typ, name: trimPoss(d.spanText(s, i, j)), slot: true})
		i = j
	}
}

// privateFollow may follow the noun of a private person's description.
var privateFollow = set("of", "who", "from", "in", "whose", "aus", "von", "der", "die", "mit", "has", "have", "had", "is", "was", "hat", "hatte", "ist")

// personNouns describe persons in apposition ("the advocate for ANI").
var personNouns = set("advocate", "activist", "campaigner", "whistleblower", "plaintiff", "defendant", "professor", "expert", "spokesman",
	"spokeswoman", "lawmaker", "politician", "candidate", "son", "daughter", "husband", "wife", "brother", "sister", "founder")

// reportVerbsOutlet make their unknown subject an outlet ("Live Law
// reported", "meldete der Kurier").
var reportVerbsOutlet = set("reported", "reports", "berichtete", "berichtet", "meldete", "meldet")

// bodyDescriptor reports a descriptor of a body that is no company (a
// club, a state, a union, an outlet): no person follows it.
func (d *doc) bodyDescriptor(t token) bool {
	if d.lang == "de" {
		typ, ok := d.slotDescTypeDE(t)
		return ok && typ != claimgraph.Company
	}
	typ, ok := slotDescEN[strings.ToLower(trimPoss(t.text))]
	return ok && typ != claimgraph.Company
}

// clubNameWords mark the name of a sports club ("1. FC Wendburg", "SV
// Grünfeld 09", "Ashbourne Rovers", "Harlow Athletic").
var clubNameWords = set("fc", "afc", "cf", "sc", "sv", "tsv", "tus", "vfb", "vfl", "tsg", "ssv", "bsc", "spvgg", "spvg", "fsv", "sg", "mtv", "ssc", "hsg", "ksv", "esv", "vfr")

// clubLastWords end the English names of clubs ("Ashbourne Rovers"), not
// of fan groups ("Rovers Voice").
var clubLastWords = set("rovers", "athletic", "athletico", "wanderers", "rangers", "albion", "hotspur")

// clubDescs are the descriptions by which a text refers to a club.
var clubDescs = set("club", "klub", "ligist", "fussballclub", "fußballclub", "fussballverein", "fußballverein", "sportverein", "zweitligist", "erstligist", "drittligist", "bundesligist", "tabellenführer", "tabellenfuehrer")

// clubLike reports whether a body is a sports club: its name has a club
// word, or the text calls it a club; a league, federation or association
// is not one.
func clubLike(e *entity) bool {
	words := strings.FieldsFunc(fold(e.name), func(r rune) bool { return r == ' ' || r == '-' })
	for _, w := range words {
		switch w {
		case "league", "liga", "federation", "verband", "association", "bund", "union", "athletics", "council", "trust", "supporters":
			return false
		}
	}
	if strings.HasPrefix(e.name, "1. ") {
		return true
	}
	for _, w := range words {
		if clubNameWords[w] || sportClubDE(w) {
			return true
		}
	}
	if len(words) > 1 && clubLastWords[words[len(words)-1]] {
		return true
	}
	for _, x := range append(append([]string(nil), e.descs...), e.aliases...) {
		f := fold(x)
		f = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(f, "the "), "der "), "den ")
		if clubDescs[f] || strings.HasPrefix(f, "rival club") {
			return true
		}
	}
	return false
}

// clubPrefixes open the names of sports clubs and teams ("SC Wiesbach",
// "FC Energie Cottbus", "TSV 1860 München", "Team Velotec").
var clubPrefixes = map[string]bool{"FC": true, "SC": true, "SV": true, "TSV": true, "TuS": true, "VfB": true, "VfL": true, "HSG": true, "TSG": true,
	"SSV": true, "BSC": true, "SpVgg": true, "FSV": true, "SG": true, "MTV": true, "AFC": true, "CF": true, "AC": true, "AS": true, "RB": true,
	"SpVg": true, "SSC": true, "KSV": true, "ESV": true, "VfR": true, "1.": true, "Team": true}

// slotClubs reads a sports club's name by its prefix anywhere in the
// text: "beim Heimspiel gegen den SC Wiesbach".
func (d *doc) slotClubs(s int) {
	toks := d.sents[s].toks
	for i := 0; i+1 < len(toks); i++ {
		if !clubPrefixes[toks[i].text] || d.covered[s][i] {
			continue
		}
		j := i + 1
		// ("den TuS Hesselbach Feuerwerkskörper auf das Spielfeld": the
		// object after the club's name.)
		for j < len(toks) && j-i <= 3 && (isCapWord(toks[j]) || toks[j].num && len(toks[j].text) == 4) && !d.covered[s][j] && !isNounLikeDE(toks[j]) && !(j > i+1 && d.commonNounAfterNameDE(s, i, j)) {
			j++
		}
		// "SV Grünfeld 09": a two-digit founding year ends the name.
		if j > i+1 && j < len(toks) && toks[j].num && len(toks[j].text) == 2 && !d.covered[s][j] {
			j++
		}
		if j == i+1 || j < len(toks) && toks[j].word && toks[j].cap && !d.covered[s][j] && !d.commonNounAfterNameDE(s, i, j) {
			continue
		}
		// "1. FC Wendburg": the ordinal belongs to the name.
		if i >= 2 && toks[i-2].text == "1" && toks[i-1].text == "." && toks[i-1].s == toks[i-2].e && !d.covered[s][i-2] {
			i -= 2
		}
		name := trimPoss(d.spanText(s, i, j))
		if d.x.lx.lookupKey(name) != nil {
			continue
		}
		// A professional team is a business; a club is an association.
		typ := claimgraph.Agency
		if toks[i].text == "Team" {
			typ = claimgraph.Company
		}
		d.addMention(&mention{sent: s, t0: i, t1: j, kind: mName, typ: typ, name: name, slot: true})
		i = j - 1
	}
}

// clubHeadsEN end English club names: always ("Harlow Athletic",
// "Dunmore Rovers", "Larne Harbour FC"), or in a story about sport
// ("Kingsbridge City", "Millbrook Town", "Castlegate United").
var (
	clubHeadsEN      = set("athletic", "rovers", "wanderers", "rangers", "albion", "hotspur", "fc", "afc")
	clubHeadsSportEN = set("city", "town", "united", "county")
	sportWordsEN     = set("league", "match", "goal", "goals", "season", "club", "kick-off", "championship", "play-off", "play-offs", "points", "stadium", "pitch", "fixture", "striker", "footballer", "football", "supporters", "fans", "relegation", "promotion")
)

// sportStory reports whether the article speaks of sport (three sport
// words), computed once.
func (d *doc) sportStory() bool {
	if d.sport == 0 {
		d.sport = -1
		n := 0
		for _, st := range d.sents {
			for _, t := range st.toks {
				if sportWordsEN[t.fold] {
					n++
				}
			}
		}
		if n >= 3 {
			d.sport = 1
		}
	}
	return d.sport == 1
}

// slotClubsEN reads an English club's name by its last word anywhere in
// the text: "a 3-1 win over Harlow Athletic at the Foundry Ground".
func (d *doc) slotClubsEN(s int) {
	if d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	for j := 1; j < len(toks); j++ {
		f := toks[j].fold
		if !toks[j].cap || d.covered[s][j] || !(clubHeadsEN[f] || clubHeadsSportEN[f] && d.sportStory()) {
			continue
		}
		i := j
		for i-1 >= 0 && j-i < 2 && isCapWord(toks[i-1]) && !d.covered[s][i-1] && !sentenceOpeners[toks[i-1].fold] {
			i--
		}
		if i == j || j+1 < len(toks) && isCapWord(toks[j+1]) && !d.covered[s][j+1] {
			continue // a head alone, or a longer name ("Kingsbridge City Council")
		}
		// "Mexico City", "Cape Town": a place the lexicon knows.
		if d.isPlace(toks[i]) && i+1 == j && clubHeadsSportEN[f] {
			continue
		}
		name := trimPoss(d.spanText(s, i, j+1))
		if d.x.lx.lookupKey(name) != nil {
			continue
		}
		d.addMention(&mention{sent: s, t0: i, t1: j + 1, kind: mName, typ: claimgraph.Agency, name: name, slot: true, role: "club"})
	}
}

// peoplePluralsDE are German plurals for crowds of people, which a
// town's adjective may precede ("Lindenauer Fans", "Kieler Anwohner").
var peoplePluralsDE = set("fans", "anhaenger", "anhänger", "einwohner", "zuschauer", "ultras", "landwirte", "bauern", "aktivisten",
	"demonstranten", "anwohner", "buerger", "bürger", "eltern", "beschaeftigte", "beschäftigte", "mitarbeiter", "kunden", "haendler", "händler")

// townPeopleDE reports whether the two words at t0 of sentence s are a
// town's adjective in -er and a plural of people: the town is a place the
// text or the lexicon knows ("Lindenauer" after "Viktoria Lindenau").
func (d *doc) townPeopleDE(s, t0 int) bool {
	toks := d.sents[s].toks
	a, n := toks[t0], toks[t0+1]
	if !peoplePluralsDE[n.fold] || !strings.HasSuffix(a.fold, "er") || len(a.fold) < 6 {
		return false
	}
	town := strings.TrimSuffix(a.fold, "er")
	if cities[town] || d.x.lx.countryOf[town] != "" {
		return true
	}
	d.runElsewhere(s, t0, t0+1, false) // builds the index
	return len(d.wordAt[town]) > 0
}

// citingPhraseEnd returns the token after an English source phrase
// between commas that starts at the comma at k ("The Sentinel, citing an
// unpublished audit by X, reported"), or -1.
func citingPhraseEnd(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].text != "," || toks[k+1].fold != "citing" && toks[k+1].fold != "quoting" {
		return -1
	}
	for j := k + 2; j < len(toks) && j <= k+16; j++ {
		if toks[j].text == "," {
			if j+1 < len(toks) {
				return j + 1
			}
			return -1
		}
		// "by the Fair Labour Action Network (FLAN)": letters in brackets.
		if !toks[j].word && toks[j].text != "'" && toks[j].text != "’" && toks[j].text != "(" && toks[j].text != ")" && !toks[j].quote {
			return -1
		}
	}
	return -1
}

// coercedClause reports a passive of coercion from token i up to to:
// "… were forced to", "… had been threatened".
func coercedClause(toks []token, i, to int) bool {
	for j := i; j < len(toks) && j <= to; j++ {
		if coercedEN[toks[j].fold] && j > 0 && (passiveAux[toks[j-1].fold] || toks[j-1].fold == "been") {
			return true
		}
	}
	return false
}

// subjectAfterVerbDE reports a German main clause whose first field is a
// single uncovered word at i, followed by the finite verb and two noun
// phrases of parties: a definite one ("der Verband") and, right after
// it, a dative one ("dem Bonner Konzern", "der Firma Kolbe"). A subject
// and its object stand in the middle field, so the word at i is no
// party. The second phrase must name or describe a party: "beschuldigt
// die Firma der Untreue" has a charge there.
func (d *doc) subjectAfterVerbDE(s, i int) bool {
	toks := d.sents[s].toks
	if i+5 >= len(toks) || d.covered[s][i] || !toks[i].cap || toks[i].acro || !toks[i+1].word || toks[i+1].cap {
		return false
	}
	// np returns the end of an article's noun phrase at j and whether
	// its noun names or describes a party.
	np := func(j int) (int, bool) {
		k := j + 1
		for k < len(toks) && toks[k].word && (!toks[k].cap && isAdjDE(toks[k]) || toks[k].cap && d.townAdjDE(toks[k]) && k+1 < len(toks) && isCapWord(toks[k+1])) {
			k++
		}
		if k >= len(toks) || !isCapWord(toks[k]) {
			return j, false
		}
		party := d.covered[s][k] || d.isCompanyDescriptor(toks[k]) || agencyDescriptors[trimPoss(toks[k].fold)] || agencyDescriptors[stem(trimPoss(toks[k].fold))] || germanHead(toks[k]) != ""
		for k < len(toks) && isCapWord(toks[k]) {
			k++
		}
		return k, party
	}
	j := i + 2
	if toks[j].fold != "der" && toks[j].fold != "die" && toks[j].fold != "das" {
		return false
	}
	e, ok := np(j)
	if !ok || e >= len(toks) || toks[e].fold != "dem" && toks[e].fold != "der" {
		return false
	}
	_, ok = np(e)
	return ok
}

// wordOfNames counts the parties with a name of several words that holds
// the word f.
func (d *doc) wordOfNames(f string) int {
	n := 0
	for _, e := range d.ents {
		if e.dead || !e.isOrg() {
			continue
		}
		w := strings.Fields(fold(e.name))
		if len(w) < 2 {
			continue
		}
		for _, x := range w {
			if x == f {
				n++
				break
			}
		}
	}
	return n
}
