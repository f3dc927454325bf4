package extract

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph"
)

// Blame laid by a predicate. A party under fire often answers by laying
// the blame on another (a supplier, a subcontractor, the authority, a
// former officer) without a verb of accusing: "Verantwortlich für die
// Brände sei vielmehr der Zulieferer X", "Schuld an den Ausfällen sei
// allein Y", "Y trage die Verantwortung für die Risse", "the
// cancellations were largely the fault of X", "the blame lies with Y",
// "the failings stem from decisions taken by Y". FORMAT.md counts such
// blame as an accusation by the party that speaks, so the speaker must
// be known: the clause's own verb of saying, or (for German reported
// speech) the party that spoke or rejected the charge in the sentence
// before. Responsibility alone is no blame ("Verantwortlich für den
// Betrieb ist die Stadtwerke GmbH", "X was responsible for the new
// bridge"): the predicate must name a harm or set the party against
// another ("vielmehr", "sondern", "allein"); fault and "Schuld" are blame
// by themselves. A negated predicate ("sei nicht schuld", "was not the
// fault of") clears a party, and a party that blames itself accuses no
// one.

// blameCopulaDE are the finite verbs a German blame predicate stands
// with, in the first subjunctive of reported speech (konj) or in the
// indicative, which needs a verb of saying in the sentence.
var (
	blameKonjDE  = set("sei", "seien", "wäre", "wären", "waere", "waeren", "trage", "trügen", "truegen", "liege", "lägen", "laegen", "treffe")
	blameIndicDE = set("ist", "sind", "war", "waren", "trägt", "traegt", "tragen", "trug", "trugen", "liegt", "liegen", "lag", "lagen", "trifft", "traf")
	// blameContrastDE set the party blamed against the one that speaks.
	blameContrastDE = set("vielmehr", "sondern", "allein", "alleine", "einzig", "ausschließlich", "ausschliesslich", "stattdessen", "eigentlich")
	// blameNegDE clear the party the predicate names.
	blameNegDE = set("nicht", "kein", "keine", "keinen", "keinerlei", "nie", "niemals", "weder", "ob", "wer", "wen", "inwieweit", "inwiefern")
	// blameHarmNounsDE name harm a party can be blamed for, umlauts
	// spelt out; a compound ends in one ("Zugausfälle", "Baumängel").
	blameHarmNounsDE = []string{"ausfall", "ausfaelle", "verspaetung", "verzoegerung", "brand", "braende", "schaden", "schaeden", "unfall", "unfaelle", "unglueck",
		"panne", "mangel", "maengel", "fehler", "stoerung", "problem", "misere", "desaster", "chaos", "debakel", "einsturz", "explosion", "havarie", "leck", "verlust",
		"mehrkosten", "engpass", "engpaesse", "versaeumnis", "missstand", "missstaende", "verschmutzung", "kontamination", "riss", "risse", "entgleisung",
		"ueberschwemmung", "luecke", "puenktlichkeit", "unpuenktlichkeit", "insolvenz", "pleite", "rueckstand", "rueckstaende", "stillstand", "tod", "tote",
		"todesfall", "verletzung", "vergiftung", "rueckruf", "ueberlastung", "zwischenfall", "zwischenfaelle", "chaos"}
	// blameHarmStemsEN name harm a party can be blamed for.
	blameHarmStemsEN = []string{"delay", "failure", "failing", "fire", "loss", "breach", "outage", "leak", "error", "mistake", "shortfall", "overcharg", "collapse", "crash",
		"accident", "damage", "death", "injur", "contamin", "pollut", "spill", "disruption", "problem", "defect", "blackout", "cancellation", "flood", "overrun", "shortage",
		"crisis", "debacle", "fiasco", "explosion", "derail", "late", "lapse", "backlog", "closure", "recall", "poison", "burst", "crack"}
	// faultNounsEN are what a party did that a harm may stem from.
	faultNounsEN = set("decision", "decisions", "failure", "failures", "failings", "error", "errors", "mistake", "mistakes", "negligence", "actions", "conduct",
		"mismanagement", "misconduct", "choices", "instructions", "policies", "practices", "omissions")
	// stemVerbsEN lead from a harm to its cause.
	stemVerbsEN = set("stem", "stems", "stemmed", "stemming", "resulted", "result", "results", "resulting", "caused", "arose", "arise", "arises", "flowed")
	// blameNounsEN lie with the party blamed: "the blame lies with X".
	blameNounsEN = set("blame", "responsibility", "fault")
	lieVerbsEN   = set("lies", "lay", "lie", "rests", "rested", "rest", "sits", "sat")
	// deceivedEN: a speaker's party cast as the victim of another's deceit.
	deceivedEN = set("deceived", "misled", "duped", "defrauded", "tricked", "cheated", "conned", "hoodwinked", "swindled")
)

// blameSentence runs the blame predicates over sentence s.
func (d *doc) blameSentence(s int) {
	if d.lang != "de" && d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	parts := d.withQuotedNames(s, d.participants(s, false))
	if len(parts) == 0 {
		return
	}
	for c := range toks {
		if !toks[c].word {
			continue
		}
		var accused *part
		var rule string
		var konj bool
		if d.lang == "de" {
			accused, rule, konj = d.blamedDE(s, parts, c)
		} else {
			accused, rule = d.blamedEN(s, parts, c)
		}
		if accused == nil {
			continue
		}
		speaker := d.blameSpeaker(s, parts, c, konj)
		if speaker == nil || speaker == accused.e {
			continue
		}
		for _, a := range ents(d.coordinated(s, parts, []part{*accused})) {
			// A party that blames itself accuses no one; its own former
			// chief, blamed by name, is accused (FORMAT.md: a person is
			// the party when the accusation is against them).
			if a == speaker || party(a) == party(speaker) && a.typ != claimgraph.Official {
				continue
			}
			d.addAccusation(party(speaker), a, s, rule, 0.7, d.summary(s, accused.m.t1))
		}
		return
	}
}

// clauseAround returns the clause of sentence s that holds token c:
// from the comma, colon or semicolon before it to the one after it.
func clauseAround(toks []token, c int) (int, int) {
	b, e := c, c+1
	for b > 0 && toks[b-1].text != "," && toks[b-1].text != ":" && toks[b-1].text != ";" {
		b--
	}
	for e < len(toks) && toks[e].text != "," && toks[e].text != ":" && toks[e].text != ";" {
		e++
	}
	return b, e
}

// blamedDE reads a German blame predicate at c: "verantwortlich",
// "zuständig", "schuld", or the nouns "Schuld" and "Verantwortung" with
// "tragen" or "liegen bei". It returns the party blamed, the rule and
// whether the clause is in the subjunctive of reported speech.
func (d *doc) blamedDE(s int, parts []part, c int) (*part, string, bool) {
	toks := d.sents[s].toks
	t := toks[c]
	f := t.fold
	noun := false
	switch f {
	case "zurueck", "zurück", "zurueckzufuehren", "zurückzuführen":
		return d.tracedToDE(s, parts, c)
	case "verantwortlich", "zuständig", "zustaendig", "schuld":
		// ("„Verantwortlich ist …": a quotation opens the sentence.)
		opens := c == 0 || toks[c-1].quote || toks[c-1].text == ":"
		if t.cap && !opens && f != "schuld" {
			return nil, "", false
		}
		noun = t.cap && !opens
	case "verantwortung", "hauptverantwortung", "hauptschuld", "alleinschuld", "mitschuld":
		noun = true
	default:
		return nil, "", false
	}
	// "macht X für Y verantwortlich", "hält X für verantwortlich": the
	// verb frames read these.
	if d.sentenceHas(s, machenForms) || heldForDE(toks, c) || d.sentenceHas(s, gebenForms) {
		return nil, "", false
	}
	b, e := clauseAround(toks, c)
	konj, indic, contrast, harm, bei := false, false, false, false, false
	for k := b; k < e; k++ {
		g := toks[k].fold
		switch {
		case blameNegDE[g]:
			return nil, "", false
		case blameKonjDE[g] && !toks[k].cap:
			konj = true
		case blameIndicDE[g] && !toks[k].cap:
			indic = true
		case blameContrastDE[g]:
			contrast = true
		case g == "bei" || g == "beim":
			bei = true
		}
		if k != c && toks[k].word && d.mentionAt(s, k) == nil && harmNounDE(g) {
			harm = true
		}
		// "Schlechte Pünktlichkeit", "schlechte Wartung": a bad state.
		if strings.HasPrefix(g, "schlecht") || strings.HasPrefix(g, "mangelhaft") || strings.HasPrefix(g, "fehlerhaft") || strings.HasPrefix(g, "marode") {
			harm = true
		}
	}
	if !konj && !indic {
		return nil, "", false
	}
	// "Verantwortung" and "Schuld" as nouns are carried ("trage die
	// Schuld") or lie with someone ("liege beim Zulieferer"); "Schuld
	// sei X" needs neither.
	if noun && f != "schuld" {
		carried := false
		for k := b; k < e; k++ {
			g := toks[k].fold
			carried = carried || strings.HasPrefix(g, "trag") || strings.HasPrefix(g, "trüg") || strings.HasPrefix(g, "trueg") || strings.HasPrefix(g, "trug") || g == "trägt" || g == "traegt" ||
				strings.HasPrefix(g, "lieg") || strings.HasPrefix(g, "läg") || strings.HasPrefix(g, "laeg") || g == "lag"
		}
		if !carried {
			return nil, "", false
		}
	}
	blame := f == "schuld" || strings.HasSuffix(f, "schuld")
	switch {
	case blame:
	case f == "zuständig" || f == "zustaendig":
		if !contrast {
			return nil, "", false
		}
	default:
		if !contrast && !harm {
			return nil, "", false
		}
	}
	var accused *part
	for k := range parts {
		p := parts[k]
		if p.m.t0 < b || p.m.t1 > e || p.e.typ == claimgraph.Document {
			continue
		}
		if p.m.kind == mPron {
			continue
		}
		ok := p.prep == "" && (!p.obj || p.art == "der")
		// "Die Schuld liege beim Zulieferer X".
		ok = ok || bei && (p.prep == "bei" || p.prep == "beim")
		if ok {
			accused = &parts[k]
			break
		}
	}
	if accused == nil {
		return nil, "", false
	}
	if !accused.e.isOrg() && (accused.e.typ != claimgraph.Official || accused.e.anon) {
		return nil, "", false
	}
	rule := "de.blame.predicate"
	if blame {
		rule = "de.schuld.predicate"
	}
	return accused, rule, konj
}

// faultHeadsDE end the German nouns of what a party did wrong that a
// harm may go back to ("Planungsfehler", "Versäumnisse",
// "Fehlentscheidungen"), umlauts spelt out.
var faultHeadsDE = []string{"fehler", "versaeumnis", "versaeumnisse", "pfusch", "schlamperei", "nachlaessigkeit", "nachlaessigkeiten", "fehlentscheidung",
	"fehlentscheidungen", "fehlplanung", "fehlplanungen", "pflichtverletzung", "pflichtverletzungen", "verschulden", "fehlverhalten", "missmanagement",
	"misswirtschaft", "fahrlaessigkeit", "versagen", "manipulation", "manipulationen", "baumaengel", "planungsmaengel"}

// tracedToDE reads German blame by cause at c: "Die Schäden gingen auf
// Planungsfehler des Architekturbüros X zurück", "Die Ausfälle seien
// auf Versäumnisse der Firma Y zurückzuführen": a harm traced to what a
// party did wrong. It returns the party whose fault the "auf" phrase
// names in the genitive or with "von", and whether the clause is
// reported speech: "gehe", "gingen" (the subjunctive standing in for
// "gehen") or "sei … zurückzuführen"; the indicative needs a verb of
// saying in the sentence (blameSpeaker). A negation in the clause ("gehe
// nicht auf … zurück") clears the party.
func (d *doc) tracedToDE(s int, parts []part, c int) (*part, string, bool) {
	toks := d.sents[s].toks
	b, _ := clauseAround(toks, c)
	konj, verb := false, false
	participle := toks[c].fold != "zurueck" && toks[c].fold != "zurück"
	auf := -1
	for k := b; k < c; k++ {
		g := toks[k].fold
		switch {
		case blameNegDE[g]:
			return nil, "", false
		case participle && (g == "sei" || g == "seien"), !participle && (g == "gehe" || g == "gingen"):
			konj, verb = true, true
		case participle && blameIndicDE[g], !participle && gehenForms[g]:
			verb = true
		case g == "auf" && auf < 0:
			auf = k
		}
	}
	if !verb || auf < 0 {
		return nil, "", false
	}
	for k := auf + 1; k < c && k <= auf+4; k++ {
		t := toks[k]
		if !t.word || !t.cap || d.mentionAt(s, k) != nil {
			continue
		}
		g := umlautSpelling.Replace(t.fold)
		if !hasSuffixAny(g, faultHeadsDE...) {
			continue
		}
		if k+1 >= c || toks[k+1].fold != "des" && toks[k+1].fold != "der" && toks[k+1].fold != "von" && toks[k+1].fold != "vom" {
			return nil, "", false
		}
		for i := range parts {
			p := parts[i]
			if p.m.t0 > k+1 && p.m.t0 <= k+4 && p.m.t1 <= c && p.m.kind != mPron && p.e.typ != claimgraph.Document {
				if !p.e.isOrg() && (p.e.typ != claimgraph.Official || p.e.anon) {
					return nil, "", false
				}
				return &parts[i], "de.traced.to", konj
			}
		}
		return nil, "", false
	}
	return nil, "", false
}

// blamedEN reads an English blame predicate at c: "the fault of X", "X's
// fault", "the blame lies with X", "X was responsible for <harm>", "stem
// from decisions taken by X", "had been deceived by X".
func (d *doc) blamedEN(s int, parts []part, c int) (*part, string) {
	toks := d.sents[s].toks
	f := toks[c].fold
	b, e := clauseAround(toks, c)
	// at returns the head of the phrase of the preposition at k, or
	// of a short quotation's preposition ("the bank said the failings
	// 'stem from decisions taken by Mr Foyle'": quoted words of the
	// speaker's clause still name the party).
	at := func(k int) *part {
		if p := d.phraseHeadEN(s, parts, k); p != nil {
			return p
		}
		for j := k + 1; j <= k+2 && j < len(toks); j++ {
			if m := d.mentionAt(s, j); m != nil && m.t0 == j && toks[j].inq && m.ent != nil && !m.ent.dead && m.kind != mPron && m.kind != mDesc &&
				m.ent.typ != claimgraph.Document && (j == k+1 || titles[toks[k+1].fold]) && !possessedEN(toks, m) {
				return &part{m: m, e: m.ent, prep: toks[k].fold}
			}
		}
		return nil
	}
	// "was not the fault of", "is never to blame", "whether X was to
	// blame": a party cleared or a question asked. Only the words of the
	// predicate's own verb group count ("had never knowingly supplied …
	// and had been deceived by X" is blame).
	negated := func() bool {
		for k := b; k < c; k++ {
			if f := toks[k].fold; f == "whether" || f == "who" {
				return true
			}
		}
		for k := c - 1; k >= b && k >= c-5; k-- {
			f := toks[k].fold
			if f == "and" || f == "but" {
				break
			}
			if f == "not" || f == "never" || f == "no" || f == "n't" {
				return true
			}
		}
		return false
	}
	var accused *part
	rule := ""
	switch {
	// "were largely the fault of X", "entirely the fault of X".
	case f == "fault" && c+1 < len(toks) && toks[c+1].fold == "of" && c > 0 && toks[c-1].fold == "the":
		accused, rule = at(c+1), "en.fault.of"
	// "it was X's fault".
	case f == "fault" && c > 0:
		for k := range parts {
			if p := parts[k]; p.prep == "poss" && (p.m.t1 == c || p.m.t1 == c-1) {
				accused, rule = &parts[k], "en.fault.poss"
			}
		}
		if accused == nil || c+1 < len(toks) && toks[c+1].fold == "of" {
			return nil, ""
		}
	// "the blame lies with X", "responsibility rests with X".
	case blameNounsEN[f] && !toks[c].cap || blameNounsEN[f] && c == 0:
		for k := c + 1; k < len(toks) && k <= c+8; k++ {
			// "lies squarely with X".
			w := k + 1
			for w < len(toks) && w <= k+2 && strings.HasSuffix(toks[w].fold, "ly") {
				w++
			}
			if lieVerbsEN[toks[k].fold] && w < len(toks) && toks[w].fold == "with" {
				accused, rule = at(w), "en.blame.lies"
				break
			}
			if !toks[k].word {
				break
			}
		}
	// "X was responsible for the delays": the harm names the blame.
	case f == "responsible" && c+1 < len(toks) && toks[c+1].fold == "for":
		harm := false
		for k := c + 2; k < e; k++ {
			harm = harm || toks[k].word && hasPrefixAny(toks[k].fold, blameHarmStemsEN)
		}
		if !harm {
			return nil, ""
		}
		v := c - 1
		for v > b && (strings.HasSuffix(toks[v].fold, "ly") || toks[v].fold == "also") {
			v--
		}
		if v <= b || !passiveAux[toks[v].fold] && toks[v].fold != "is" && toks[v].fold != "are" {
			return nil, ""
		}
		for k := range parts {
			if p := parts[k]; p.m.t1 == v && p.prep == "" {
				accused, rule = &parts[k], "en.responsible.harm"
			}
		}
	// "the failings stem largely from decisions taken by X", "were
	// caused by mistakes made by X", "resulted from X's negligence".
	case stemVerbsEN[f]:
		fault := false
		for k := c + 1; k < len(toks) && k <= c+8; k++ {
			g := toks[k].fold
			if faultNounsEN[g] {
				fault = true
				for j := range parts {
					if p := parts[j]; p.prep == "poss" && p.m.t1 >= k-1 && p.m.t1 <= k {
						accused, rule = &parts[j], "en.stem.from"
					}
				}
				continue
			}
			if fault && g == "by" {
				accused, rule = at(k), "en.stem.from"
				break
			}
			if !toks[k].word && !toks[k].quote {
				break
			}
		}
	// "had been deliberately deceived by X": the speaker's side as the
	// victim of another's deceit.
	case deceivedEN[f] && c+1 < len(toks):
		aux := false
		for k := c - 1; k >= b && k >= c-3; k-- {
			aux = aux || passiveAux[toks[k].fold]
		}
		k := c + 1
		if k < len(toks) && toks[k].quote {
			k++
		}
		if !aux || k >= len(toks) || toks[k].fold != "by" {
			return nil, ""
		}
		accused, rule = at(k), "en.deceived.by"
		// "said it was deceived by Nexora's management": deceit is
		// laid on a party the speaker names, not on a body's organ.
		if accused != nil && accused.m.kind == mDesc {
			return nil, ""
		}
	default:
		return nil, ""
	}
	if accused == nil || negated() {
		return nil, ""
	}
	if !accused.e.isOrg() && (accused.e.typ != claimgraph.Official || accused.e.anon) {
		return nil, ""
	}
	return accused, rule
}

// blameSpeaker returns who lays the blame at c of sentence s: the
// subject of a verb of saying before the clause ("Kaine said the filings
// were the fault of X", "Oehler sagte, …"), the speaker after it ("…,
// sagte Regionalbahn-Sprecherin Petra Voigt", "…, the company said"),
// or, for German reported speech, the speaker whose subjunctive the
// sentence goes on with: the one a sentence before names, across
// sentences that only go on reporting ("„…“, sagte Voltaris-Chefin X.
// Die Beschwerden hätten … Verantwortlich sei vielmehr …"), or the party
// that rejected the charge right before ("X wies die Vorwürfe zurück.
// Verantwortlich sei vielmehr …").
func (d *doc) blameSpeaker(s int, parts []part, c int, konj bool) *entity {
	if sp := d.speakerIn(s, parts, c); sp != nil {
		return sp
	}
	if d.lang != "de" || !konj {
		return nil
	}
	for o := s - 1; o >= 0 && o >= s-3 && d.sents[o].para == d.sents[s].para; o-- {
		ot := d.sents[o].toks
		ps := d.participants(o, false)
		if len(ps) > 0 {
			if sp := d.speakerIn(o, ps, -1); sp != nil {
				return sp
			}
			if sp := d.speakerIn(o, ps, len(ot)); sp != nil {
				return sp
			}
		}
		// "X wies die Vorwürfe zurück. Verantwortlich sei vielmehr …":
		// the party that rejected the charge goes on speaking.
		rejects, konjO := false, false
		for k, t := range ot {
			rejects = rejects || denyWholeDE[t.fold] || zurueckweisen[t.fold] && (hasLater(ot, k, "zurück") || hasLater(ot, k, "zurueck"))
			konjO = konjO || konjFiniteDE[t.fold] && !t.inq
		}
		if rejects && o == s-1 && len(ps) > 0 && ps[0].prep == "" && !ps[0].obj && ps[0].e.typ != claimgraph.Document && ps[0].e.typ != claimgraph.Publication {
			return ps[0].e
		}
		// Only a sentence that goes on reporting in the subjunctive
		// carries the speaker on.
		if !konjO || len(ot) > 0 && ot[0].quote {
			return nil
		}
	}
	return nil
}

// speakerIn returns the party that speaks in sentence s with respect to
// token c: the subject of a verb of saying before c, or the party right
// at a verb of saying after c that a comma or a quotation mark opens
// ("…, sagte X", "…,“ sagte X", "…, Kaine said", "said the company").
// c = -1 asks for a closing speaker only, c = len(toks) for an opening one.
func (d *doc) speakerIn(s int, parts []part, c int) *entity {
	toks := d.sents[s].toks
	sayAt := func(k int) bool {
		g := toks[k].fold
		if toks[k].cap && k > 0 {
			return false
		}
		if d.lang == "en" {
			return reportVerbs[g] || g == "wrote" || g == "writes" || g == "claimed" || g == "claims"
		}
		return speakVerbsDE[g] || sayFiniteDE[g] || g == "sagt" || g == "erklärt" || g == "erklaert" || g == "betont" || g == "so"
	}
	for v := 0; v < len(toks); v++ {
		if toks[v].inq || !toks[v].word || !sayAt(v) {
			continue
		}
		if v < c {
			// "so" opens no clause before the predicate.
			if toks[v].fold == "so" {
				continue
			}
			var sp *part
			if d.lang == "en" {
				sp = d.subjectEN(parts, v)
			} else {
				for k := range parts {
					if p := parts[k]; p.m.t1 <= v && p.prep == "" && !p.obj {
						sp = &parts[k]
						break
					}
				}
			}
			if sp != nil && sp.e.typ != claimgraph.Document {
				return sp.e
			}
			// A verb of saying inside the reported clause ("which he
			// said had …") does not stand for the speaker; look on.
			continue
		}
		// "…, sagte Sprecherin X", "said the company", "…,\" Brightpath
		// Energy said", "…, the company said": the speaker right after a
		// verb that a comma or quotation mark opens, or right before one,
		// set off so itself.
		opened := func(k int) bool { return k > 0 && (toks[k-1].text == "," || toks[k-1].quote) }
		for k := range parts {
			p := parts[k]
			if p.e.typ == claimgraph.Document || p.prep != "" && p.prep != "poss" {
				continue
			}
			if p.m.t1 == v && p.m.t0 > c && (opened(p.m.t0) || p.m.t0 > 1 && articles[toks[p.m.t0-1].fold] && opened(p.m.t0-1)) {
				return p.e
			}
			if p.m.t0 > v && p.m.t0 <= v+4 && opened(v) {
				return p.e
			}
		}
		if opened(v) {
			return nil
		}
	}
	return nil
}

// slotBlame opens the slot of the party an English blame predicate names
// ("the fault of Northline Infrastructure", "the blame lies with X",
// "decisions taken by X", "deceived by X"), so that a name the text uses
// nowhere else is found; blamedEN decides whether it is blame.
func (d *doc) slotBlame(s int) {
	if d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	// The name right after the preposition at k, or in apposition to a
	// description there ("the company's former logistics subcontractor,
	// Tasman Parts Supply").
	slot := func(k int) {
		if end := d.slotNP(s, k, slotObj); end > k {
			return
		}
		j := k
		for j < len(toks) && j < k+6 && toks[j].word && (!toks[j].cap || titles[toks[j].fold]) && !prepositions[toks[j].fold] {
			j++
		}
		if j > k && j+1 < len(toks) && toks[j].text == "," && isCapWord(toks[j+1]) {
			d.slotNP(s, j+1, slotObj)
		}
	}
	for c := 1; c+2 < len(toks); c++ {
		f := toks[c].fold
		switch {
		case f == "fault" && toks[c+1].fold == "of" && toks[c-1].fold == "the":
			slot(c + 2)
		case lieVerbsEN[f] && toks[c+1].fold == "with" && blameNounsEN[toks[c-1].fold]:
			slot(c + 2)
		case lieVerbsEN[f] && strings.HasSuffix(toks[c+1].fold, "ly") && toks[c+2].fold == "with" && blameNounsEN[toks[c-1].fold] && c+3 < len(toks):
			slot(c + 3)
		case f == "by" && (deceivedEN[toks[c-1].fold] || toks[c-1].quote && c >= 2 && deceivedEN[toks[c-2].fold]):
			slot(c + 1)
		case f == "by" && c >= 2 && faultNounsEN[toks[c-2].fold] && (toks[c-1].fold == "taken" || toks[c-1].fold == "made"):
			slot(c + 1)
		// "blamed the excess charges on its former subcontractor, X".
		case f == "on" && hasBefore(toks, c, "blamed") || f == "on" && hasBefore(toks, c, "blames") || f == "on" && hasBefore(toks, c, "blaming"):
			slot(c + 1)
		}
	}
}

// possessedEN reports an English mention written as a possessor
// ("Nexora's management", "Barrow Sports' director").
func possessedEN(toks []token, m *mention) bool {
	if m.t1 < 1 || m.t1 > len(toks) {
		return false
	}
	last := toks[m.t1-1].text
	if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return true
	}
	return m.t1 < len(toks) && (toks[m.t1].text == "'s" || toks[m.t1].text == "’s" || (toks[m.t1].text == "'" || toks[m.t1].text == "’") && !toks[m.t1].quote)
}

// toBlameSubjectEN reports that the name ending at t1 is the subject of
// "was to blame" at c: only the copula and adverbs stand between them
// ("Delmore was largely to blame", not "said the storm was to blame").
func toBlameSubjectEN(toks []token, t1, c int) bool {
	for k := t1; k < c-1; k++ {
		f := toks[k].fold
		if !passiveAux[f] && f != "is" && f != "are" && !strings.HasSuffix(f, "ly") && f != "also" && f != "not" {
			return false
		}
	}
	return true
}

// blamedOnEN returns the party a deed is blamed on after the verb at c
// ("blamed last winter's blackouts on Tallis Power", "blamed the charges
// on its former subcontractor, Tasman Parts Supply").
func (d *doc) blamedOnEN(s int, parts []part, c int) *part {
	toks := d.sents[s].toks
	for k := c + 2; k < len(toks) && k <= c+10; k++ {
		if toks[k].text == "." || toks[k].text == ";" {
			return nil
		}
		if toks[k].fold == "on" {
			return d.phraseHeadEN(s, parts, k)
		}
	}
	return nil
}

// phraseHeadEN returns the party that heads the phrase of the English
// preposition at k: the name right after it or after a description
// ("by its former chief executive Julian Foyle"), or the name in
// apposition to a description ("on the company's former logistics
// subcontractor, Tasman Parts Supply"). A possessor is not the head
// ("by Nexora's management" names no party), nor is a document or an
// outlet.
func (d *doc) phraseHeadEN(s int, parts []part, k int) *part {
	toks := d.sents[s].toks
	g := k + 1
	for j := range parts {
		p := parts[j]
		if p.m.t0 <= k {
			continue
		}
		for ; g < p.m.t0; g++ {
			t := toks[g]
			if g == p.m.t0-1 && g > k+1 && t.text == "," {
				continue
			}
			if t.text == "'s" || t.text == "’s" || t.word && (!t.cap || titles[t.fold]) && !prepositions[t.fold] {
				continue
			}
			return nil
		}
		if g > k+8 || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication {
			return nil
		}
		// A possessor, or a description with a name in apposition:
		// the head comes later.
		if possessedEN(toks, p.m) || p.m.kind == mDesc && p.m.t1 < len(toks) && toks[p.m.t1].text == "," {
			g = p.m.t1
			continue
		}
		return &parts[j]
	}
	return nil
}

// umlautSpelling spells umlauts out as the lists above do.
var umlautSpelling = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// harmNounDE reports a German noun of harm (blameHarmNounsDE), alone or
// as the head of a compound, with at most an inflectional ending:
// "Brände", "Zugausfällen", "Baumängel", not "Brandenburg".
func harmNounDE(f string) bool {
	f = umlautSpelling.Replace(f)
	for _, n := range blameHarmNounsDE {
		if i := strings.LastIndex(f, n); i >= 0 && len(f)-(i+len(n)) <= 3 {
			return true
		}
	}
	return false
}

// kinHeadDE reports a German company word for a daughter or parent
// ("Infrastrukturtochter", "Konzernmutter", "Tochtergesellschaft").
func kinHeadDE(f string) bool {
	for _, h := range []string{"tochter", "töchter", "toechter", "tochtergesellschaft", "mutter", "muttergesellschaft", "muttergesellschaften", "tochtergesellschaften", "tochterfirma", "tochterunternehmen"} {
		if strings.HasSuffix(f, h) {
			return true
		}
	}
	return false
}

// Mutual blame. "X and Y have traded accusations, each blaming the
// other", "Die Reederei und die Werft geben sich gegenseitig die
// Schuld", "Beide Seiten werfen einander Vertragsbruch
// vor" after "Zwischen X und Y ist Streit entbrannt": each of two
// parties accuses the other. The verb frames read "X and Y accuse each
// other"; these are the reciprocal idioms they do not, and a pair the
// sentence names only as "both sides" ("beide Seiten", "die beiden
// Unternehmen", "the two companies"), which the sentence before named.
var (
	mutualCueEN    = set("accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming")
	reciprocalDEw  = set("gegenseitig", "einander", "wechselseitig")
	mutualNounDE   = set("vorwürfe", "vorwuerfe", "vorwürfen", "vorwuerfen", "schuld", "schuldzuweisungen", "anschuldigungen", "verantwortung")
	bothSidesWords = set("beide", "beiden", "both", "two")
)

// mutualSentence reads the reciprocal idioms of sentence s. It runs after
// the frames, so that a charge stated on its own keeps its sentence.
func (d *doc) mutualSentence(s int) {
	if d.lang != "de" && d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	cue := -1
	for c := 0; c < len(toks) && cue < 0; c++ {
		t := toks[c]
		if !t.word || t.inq {
			continue
		}
		f := t.fold
		if d.lang == "en" {
			switch {
			// "each blaming the other", "each accusing the other of"
			// ("have traded accusations" alone says of no one what they
			// did).
			case mutualCueEN[f] && c > 0 && toks[c-1].fold == "each" && c+2 < len(toks) && toks[c+1].fold == "the" && toks[c+2].fold == "other":
				cue = c
			// "both sides blamed each other": the pair named before.
			case mutualCueEN[f] && c+2 < len(toks) && (toks[c+1].fold == "each" && toks[c+2].fold == "other" || toks[c+1].fold == "one" && toks[c+2].fold == "another"):
				cue = c
			}
			continue
		}
		// "werfen sich gegenseitig … vor", "geben sich gegenseitig die
		// Schuld", "überziehen sich gegenseitig mit Vorwürfen".
		if reciprocalDEw[f] {
			for k := c + 1; k < len(toks) && k <= c+8 && !clauseStop(toks[k]) && toks[k].text != ","; k++ {
				g := toks[k].fold
				if mutualNounDE[g] || vorwerfenWhole[g] || accuseDE[g] || g == "vor" || g == "verantwortlich" {
					cue = c
					break
				}
			}
			for k := c - 1; cue < 0 && k >= 0 && k >= c-3; k-- {
				if g := toks[k].fold; vorwerfenFinite[g] || accuseDE[g] {
					cue = c
				}
			}
		}
	}
	if cue < 0 {
		return
	}
	for k := 0; k < len(toks); k++ {
		if f := toks[k].fold; f == "not" || f == "nicht" || f == "never" || f == "nie" || f == "whether" || f == "ob" {
			return
		}
	}
	pair := d.mutualPair(s, cue)
	if pair == nil {
		// "Beide Seiten werfen einander …", "Both sides blamed each
		// other": the two the sentence before named.
		both := false
		for k := 0; k < cue && k < len(toks); k++ {
			both = both || bothSidesWords[toks[k].fold] && k+1 < len(toks) && toks[k+1].word && (toks[k+1].cap || d.lang == "en")
		}
		if !both || s == 0 || d.sents[s-1].para != d.sents[s].para {
			return
		}
		pair = d.mutualPair(s-1, len(d.sents[s-1].toks))
	}
	if pair == nil {
		return
	}
	rule := d.lang + ".reciprocal.mutual"
	for _, ab := range [][2]*entity{{pair[0], pair[1]}, {pair[1], pair[0]}} {
		// A charge the frames found stands on its own sentence; the
		// summary of both sides supports it.
		found := false
		for _, a := range d.accs {
			if a.accuser == ab[0] && a.accused == ab[1] {
				a.support = appendUniq(a.support, s)
				found = true
			}
		}
		if !found {
			d.addAccusation(ab[0], ab[1], s, rule, 0.75, d.summary(s, cue+1))
		}
	}
}

// mutualPair returns the two parties sentence s names before token end
// as a pair ("X and Y", "between X and Y", "zwischen X und Y"): exactly
// two, joined by "and" or "und", neither a document.
func (d *doc) mutualPair(s, end int) []*entity {
	toks := d.sents[s].toks
	var ps []*entity
	joined := false
	last := -1
	for _, p := range d.participants(s, false) {
		if p.m.t0 >= end {
			break
		}
		if p.e.typ == claimgraph.Document || p.m.kind == mPron {
			continue
		}
		// "Kestrel Air and the union representing its crew": a party
		// the text never names is no party to a claim (FORMAT.md
		// guideline 5).
		if p.e.fromDesc || p.e.key == "@placeholder" {
			return nil
		}
		switch p.prep {
		case "", "between", "zwischen":
		default:
			continue
		}
		e := party(p.e)
		dup := false
		for _, q := range ps {
			dup = dup || q == e
		}
		if dup {
			continue
		}
		if len(ps) == 1 && last >= 0 {
			for k := last; k < p.m.t0; k++ {
				if f := toks[k].fold; f == "and" || f == "und" {
					joined = true
				}
				if toks[k].text == "." || toks[k].text == ";" {
					joined = false
				}
			}
		}
		ps = append(ps, e)
		last = p.m.t1
	}
	if len(ps) != 2 || !joined {
		return nil
	}
	return ps
}

// withQuotedNames adds to the participants of sentence s the names said
// inside a quotation ("„Die Schuld liegt allein bei der Hollerbeck Bau
// GmbH“, sagte …", "\"This was Quillon's fault,\" … said"): a blame
// predicate the speaker is quoted with names its party there. Only
// names count, with the preposition that governs them.
func (d *doc) withQuotedNames(s int, parts []part) []part {
	toks := d.sents[s].toks
	var add []part
	for _, m := range d.ments[s] {
		if m.ent == nil || m.ent.dead || m.t0 >= len(toks) || !toks[m.t0].inq || m.kind != mName && m.kind != mShort || m.ent.typ == claimgraph.Document {
			continue
		}
		dup := false
		for _, p := range parts {
			dup = dup || p.m.t0 <= m.t0 && m.t0 < p.m.t1
		}
		for _, p := range add {
			dup = dup || p.m.t0 <= m.t0 && m.t0 < p.m.t1
		}
		if dup {
			continue
		}
		p := part{m: m, e: m.ent}
		for k := m.t0 - 1; k >= 0 && k >= m.t0-4 && toks[k].inq; k-- {
			f := toks[k].fold
			if prepositions[f] && !toks[k].cap {
				p.prep = f
				break
			}
			// "bei der Baufirma X": an article, an adjective or a
			// descriptor between the preposition and the name.
			if articles[f] && p.art == "" {
				p.art = f
				continue
			}
			if toks[k].word && (!toks[k].cap || k == m.t0-1 && d.lang == "de") {
				continue
			}
			break
		}
		if d.lang == "de" && (p.art == "dem" || p.art == "den") {
			p.obj = true
		}
		if d.lang == "en" && possessedEN(toks, m) && p.prep == "" {
			p.prep = "poss"
		}
		add = append(add, p)
	}
	if len(add) == 0 {
		return parts
	}
	out := append(append([]part{}, parts...), add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].m.t0 < out[j].m.t0 })
	return out
}

// Blame handed on by an idiom of the verb: "schiebt die Schuld auf den
// Zulieferer X", "sieht die Schuld beim Zulieferer X", "wälzt die
// Verantwortung auf X ab", "schob die Schuld der X GmbH zu", "shifted
// the blame to X", "laid the blame at the door of X". The clause's
// subject lays the blame; as for the predicates, responsibility needs a
// harm or a contrast to be blame.
var (
	shiftVerbsDE = []string{"schieb", "schob", "geschoben", "zuschieb", "zugeschoben", "wälz", "waelz", "abgewälzt", "abgewaelzt"}
	seeVerbsDE   = set("sieht", "sah", "sehen", "sahen", "sehe", "gesehen", "verortet", "verortete", "verorten")
	shiftVerbsEN = set("shifted", "shifts", "shift", "shifting", "laid", "lays", "lay", "laying", "passed", "passes", "pushed", "pushes", "put", "puts", "placed", "places", "pinned", "pins")
)

// shiftSentence reads the blame idioms of sentence s.
func (d *doc) shiftSentence(s int) {
	if d.lang != "de" && d.lang != "en" {
		return
	}
	toks := d.sents[s].toks
	parts := d.participants(s, false)
	if len(parts) < 2 {
		return
	}
	for c, t := range toks {
		if !t.word || t.inq {
			continue
		}
		f := t.fold
		var accused, subj *part
		if d.lang == "de" {
			if f != "schuld" && f != "verantwortung" && f != "hauptschuld" && f != "hauptverantwortung" || !t.cap {
				continue
			}
			b, e := clauseAround(toks, c)
			verb, see := -1, false
			for k := b; k < e; k++ {
				g := toks[k].fold
				if !toks[k].cap && (hasPrefixAny(g, shiftVerbsDE) || seeVerbsDE[g]) {
					verb, see = k, seeVerbsDE[g]
				}
				if blameNegDE[g] {
					verb = -1
					break
				}
			}
			if verb < 0 {
				continue
			}
			harm, contrast := false, false
			for k := b; k < e; k++ {
				harm = harm || k != c && toks[k].word && d.mentionAt(s, k) == nil && harmNounDE(toks[k].fold)
				contrast = contrast || blameContrastDE[toks[k].fold]
			}
			if !strings.HasSuffix(f, "schuld") && !harm && !contrast {
				continue
			}
			for k := range parts {
				p := parts[k]
				if p.m.t0 < b || p.m.t1 > e || p.e.typ == claimgraph.Document || p.m.kind == mPron {
					continue
				}
				if subj == nil && p.prep == "" && !p.obj && p.m.t0 < c {
					subj = &parts[k]
					continue
				}
				if p.m.t0 <= c {
					continue
				}
				// "auf den Zulieferer", "bei der Stadt", "beim Betreiber";
				// "der X GmbH zu": the dative of "zuschieben".
				if !see && (p.prep == "auf" || p.obj || p.art == "der" && subj != nil) || see && (p.prep == "bei" || p.prep == "beim") {
					accused = &parts[k]
					break
				}
			}
		} else {
			if f != "blame" && f != "responsibility" || c < 2 || toks[c-1].fold != "the" || !shiftVerbsEN[toks[c-2].fold] || negatedCue(toks, c-2) {
				continue
			}
			k := c + 1
			for k < len(toks) && strings.HasSuffix(toks[k].fold, "ly") {
				k++
			}
			switch {
			case k < len(toks) && (toks[k].fold == "to" || toks[k].fold == "onto" || toks[k].fold == "on"):
				accused = d.phraseHeadEN(s, parts, k)
			// "at the door of X", "at X's door".
			case k+3 < len(toks) && toks[k].fold == "at" && toks[k+1].fold == "the" && toks[k+2].fold == "door" && toks[k+3].fold == "of":
				accused = d.phraseHeadEN(s, parts, k+3)
			}
			if accused != nil {
				subj = d.subjectEN(parts, c-2)
			}
		}
		if accused == nil || subj == nil || subj.e.typ == claimgraph.Document {
			continue
		}
		accuser := party(subj.e)
		if accuser == party(accused.e) && accused.e.typ != claimgraph.Official || accuser == accused.e {
			continue
		}
		d.addAccusation(accuser, accused.e, s, d.lang+".blame.shifted", 0.75, d.summary(s, accused.m.t1))
		return
	}
}
