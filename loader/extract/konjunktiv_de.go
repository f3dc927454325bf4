package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// German reports often bring in the accuser in a sentence that names no
// accused and no wrong, only that it spoke up or wrote: "Die Gewerkschaft
// erhebt schwere Vorwürfe.", "Die Mieterinitiative hat sich in einem
// offenen Brief an den Stadtrat gewandt.", "Der Abgeordnete X hat eine
// Kleine Anfrage an die Landesregierung gerichtet." What follows in the
// subjunctive of reported speech is that party's words (subjunctiveFrame
// still asks the reported clause for a wrong of its subject).

// raiseVerbsDE are finite and perfect forms of "erheben" (Vorwürfe, Kritik
// erheben), "üben" (Kritik üben) and "schlagen" (Alarm schlagen).
var raiseVerbsDE = set("erhebt", "erheben", "erhob", "erhoben", "uebt", "ueben", "uebte", "uebten", "geuebt", "schlaegt", "schlagen", "schlug", "schlugen", "geschlagen")

// raisedNounsDE are what is raised: charges, criticism, alarm.
var raisedNounsDE = set("vorwuerfe", "vorwurf", "anschuldigungen", "kritik", "alarm", "beschwerde", "beschwerden")

// turnToVerbsDE are finite and perfect forms of turning to someone in
// words or in writing: "wandte sich an", "schrieb an", "richtete an",
// "schickte an", "reichte ein".
var turnToVerbsDE = set("wandte", "wandten", "wendet", "wenden", "gewandt", "gewendet", "schrieb", "schrieben", "schreibt", "geschrieben", "richtete", "richteten", "richtet",
	"gerichtet", "schickte", "schickten", "schickt", "geschickt", "verfasste", "verfassten", "verfasst", "reichte", "reichten", "reicht", "eingereicht", "stellte", "stellten", "gestellt")

// letterNounsDE end the nouns of a letter, a question or a complaint sent
// to a body: "offener Brief", "Schreiben", "Kleine Anfrage", "Eingabe".
var letterNounsDE = []string{"brief", "schreiben", "anfrage", "beschwerde", "petition", "eingabe", "mail", "appell", "stellungnahme"}

// perfectAuxDE are the finite auxiliaries of the German perfect.
var perfectAuxDE = set("hat", "haben", "hatte", "hatten")

// addresserBeforeDE returns the party that opens the sentence before s
// (same paragraph) as the subject of raising charges or criticism or of
// turning to someone in words or writing, with no negation and no
// quotation: the speaker of a subjunctive sentence after it.
func (d *doc) addresserBeforeDE(s int) *entity {
	o := s - 1
	if o < 0 || d.sents[o].para != d.sents[s].para {
		return nil
	}
	toks := d.sents[o].toks
	for _, t := range toks {
		if t.quote || t.inq {
			return nil
		}
		switch t.fold {
		case "nicht", "nie", "kein", "keine", "keinen", "niemals":
			return nil
		}
	}
	ps := d.participants(o, false)
	if len(ps) == 0 {
		return nil
	}
	p := ps[0]
	if p.prep != "" || p.obj || p.m.kind == mPron || p.e.typ == claimgraph.Publication || p.e.typ == claimgraph.Document || !(p.m.t0 == 0 || leadInDE(toks, p.m.t0, d)) {
		return nil
	}
	// "Der Abgeordnete X (Grüne) hat …": a bracket after the name.
	v := p.m.t1
	if v < len(toks) && toks[v].text == "(" {
		for v < len(toks) && toks[v].text != ")" {
			v++
		}
		v++
	}
	if v >= len(toks) || !toks[v].word || toks[v].cap {
		return nil
	}
	// The verb: finite right after the subject, or the participle that
	// closes the clause of a perfect ("hat … gerichtet").
	verb := toks[v].fold
	if perfectAuxDE[verb] {
		end := len(toks) - 1
		for end > v && !toks[end].word {
			end--
		}
		for k := v + 1; k < end; k++ {
			if toks[k].text == "," {
				return nil // the participle must close the main clause
			}
		}
		verb = toks[end].fold
	}
	raise, address := raiseVerbsDE[verb], turnToVerbsDE[verb]
	if !raise && !address {
		return nil
	}
	for k := v + 1; k < len(toks); k++ {
		f := toks[k].fold
		if toks[k].text == "," {
			break
		}
		if raise && raisedNounsDE[f] {
			return party(p.e)
		}
		// "hat sich … an den Stadtrat gewandt": turning to a body is
		// speaking to it; "schrieb einen Brief", "eine Anfrage
		// gestellt": a letter or question sent.
		if address && (f == "sich" && (strings.HasPrefix(verb, "wand") || strings.HasPrefix(verb, "wend") || strings.HasPrefix(verb, "gewand") || strings.HasPrefix(verb, "gewend")) ||
			toks[k].cap && hasSuffixAny(f, letterNounsDE...)) {
			return party(p.e)
		}
	}
	return nil
}

// purposeLeadDE returns the token after the comma that closes an
// infinitive of purpose opening the sentence ("Um die Unterbesetzung
// gegenüber den Kontrollbehörden zu verschleiern, habe die
// Geschäftsführung …"), where the finite verb of the main clause stands,
// or -1.
func purposeLeadDE(toks []token) int {
	if len(toks) < 5 || toks[0].fold != "um" {
		return -1
	}
	zu := false
	for k := 1; k < len(toks) && k <= 16; k++ {
		if toks[k].fold == "zu" {
			zu = true
		}
		if toks[k].text == "," {
			if zu && k+1 < len(toks) {
				return k + 1
			}
			return -1
		}
		if !toks[k].word && toks[k].text != "-" {
			return -1
		}
	}
	return -1
}

// organSubjectAtDE reads a company organ as the subject of the reported
// clause whose finite verb is at c: before it at the start ("Die
// Klinikleitung habe …") or right after it ("…, habe die
// Geschäftsführung die Dienstpläne geändert"). It stands for the
// organisation whose name its compound shares or, for a generic organ,
// the company the story is about (organOwnerDE).
func (d *doc) organSubjectAtDE(s, c int) *part {
	toks := d.sents[s].toks
	k := -1
	switch {
	case c == 2 && articles[toks[0].fold]:
		k = 1
	case c+2 < len(toks) && (toks[c+1].fold == "die" || toks[c+1].fold == "der"):
		k = c + 2
	}
	if k < 0 || !toks[k].cap || !(organWordsDE[toks[k].fold] || organWordDE(toks[k].fold)) || lawyerOrganDE(toks[k].fold) || supervisoryOrgansDE[toks[k].fold] {
		return nil
	}
	// "Die Klinikleitung des Kreises …": a genitive names another
	// owner; leave it.
	if k+1 < len(toks) && (toks[k+1].fold == "des" || toks[k+1].fold == "der") {
		return nil
	}
	owner := d.organOwnerDE(s, k)
	if owner == nil {
		return nil
	}
	return &part{m: &mention{sent: s, t0: k, t1: k + 1, kind: mDesc, ent: owner}, e: owner, art: toks[k-1].fold}
}

// organReportedDE reports a company organ as the subject of a clause in
// the subjunctive: "Die Klinikleitung habe …", "Um …  zu verschleiern,
// habe die Geschäftsführung …".
func organReportedDE(toks []token) bool {
	organ := func(t token) bool {
		return t.cap && (organWordsDE[t.fold] || organWordDE(t.fold)) && !lawyerOrganDE(t.fold)
	}
	if len(toks) > 3 && articles[toks[0].fold] && organ(toks[1]) && konjunktivDE[toks[2].fold] {
		return true
	}
	c := purposeLeadDE(toks)
	return c > 0 && c+2 < len(toks) && konjunktivDE[toks[c].fold] && articles[toks[c+1].fold] && organ(toks[c+2])
}

// ownSourceDE reports a German sentence that names the source of its
// reported words itself: ", heißt es darin", ", so der Verband".
func ownSourceDE(toks []token) bool {
	for k, t := range toks {
		switch t.fold {
		case "heisst", "hiess":
			return true
		case "so":
			if k > 0 && toks[k-1].text == "," {
				return true
			}
		}
	}
	return false
}

// rejectVerbsDE are finite forms of rejecting what was said: "bestritt",
// "nannte das …", "bezeichnete das als …", "wies … zurück".
var rejectVerbsDE = set("bestreitet", "bestritt", "bestritten", "bestreiten", "dementierte", "dementiert", "dementierten", "nannte", "nennt", "nannten", "bezeichnete",
	"bezeichnet", "bezeichneten", "zurueckgewiesen", "widersprach", "widerspricht")

// rejectsBeforeDE reports a sentence that rejects what was said before:
// a verb of rejecting or "weist/wies … zurück".
func rejectsBeforeDE(toks []token) bool {
	back := false
	for k, t := range toks {
		if rejectVerbsDE[t.fold] {
			return true
		}
		if t.fold == "weist" || t.fold == "wies" || t.fold == "weisen" || t.fold == "wiesen" {
			back = true
		}
		if back && t.fold == "zurueck" && (k+1 >= len(toks) || !toks[k+1].word) {
			return true
		}
	}
	return false
}

// pendingForGroupDE returns the accuser of a charge against unnamed
// parties, made a few sentences before s, whose parties the group g
// stands for: every member of the group is named first after that charge
// ("Die Kommission hat drei Hersteller beschuldigt. … Betroffen sind A, B
// und C. … Die drei Firmen sollen sich abgesprochen haben").
func (d *doc) pendingForGroupDE(s int, g []*entity) *entity {
	for k := len(d.pending) - 1; k >= 0; k-- {
		p := d.pending[k]
		if p.sent >= s || p.sent < s-5 {
			continue
		}
		ok := true
		for _, e := range g {
			if len(e.hits) == 0 || e.hits[0].sent < p.sent || e == p.accuser {
				ok = false
			}
		}
		if ok {
			return p.accuser
		}
	}
	return nil
}

// memberNounsDE are people who act for a body they belong to: its
// pickets, members, activists, stewards.
var memberNounsDE = set("streikposten", "mitglieder", "aktivisten", "aktivistinnen", "ordner", "funktionaere", "anhaenger", "vertreter", "vertreterinnen")

// membersSubjectDE reads "Streikposten der GNL hätten …": a plural noun
// of people that opens the sentence, the body they belong to in the
// genitive right after it, and the finite verb at c right after the
// body's name. The body is the subject.
func membersSubjectDE(toks []token, parts []part, c int) *part {
	return membersFromDE(toks, parts, 0, c)
}

// membersFromDE is membersSubjectDE for a clause that opens at token
// from (after a colon); c < 0 leaves the verb's place open.
func membersFromDE(toks []token, parts []part, from, c int) *part {
	if len(toks) < from+4 || !toks[from].cap || !memberNounsDE[toks[from].fold] || toks[from+1].fold != "der" && toks[from+1].fold != "des" {
		return nil
	}
	for i := range parts {
		p := parts[i]
		if (p.m.t1 == c || c < 0) && p.m.t0 >= from+1 && p.m.t0 <= from+3 && p.e.isOrg() && p.e.typ != claimgraph.Publication {
			return &parts[i]
		}
	}
	return nil
}

// paperSpeakerBeforeDE returns the author of the paper the sentence
// before s (same paragraph) quotes in reported speech (", heißt es in
// dem Schreiben"): the body a letter noun names in the genitive in that
// sentence or the two before it in the paragraph ("Ein offener Brief der
// Gewerkschaft X an den Kreistag …"), else the paper's known claimant.
func (d *doc) paperSpeakerBeforeDE(s int) *entity {
	o := s - 1
	if o < 0 || d.sents[o].para != d.sents[s].para || !ownSourceDE(d.sents[o].toks) {
		return nil
	}
	for _, at := range d.attributions {
		if at.sent != o {
			continue
		}
		for q := o; q >= 0 && q >= o-2 && d.sents[q].para == d.sents[o].para; q-- {
			if w := d.letterWriterDE(q); w != nil {
				return w
			}
		}
		if a := d.docClaimant(at.doc); a != nil {
			return a
		}
	}
	return nil
}

// letterWriterDE returns the organisation a letter noun of sentence s
// names as its writer in the genitive right after it: "Ein offener Brief
// der Gewerkschaft X", "das Schreiben des Elternrats".
func (d *doc) letterWriterDE(s int) *entity {
	toks := d.sents[s].toks
	for _, p := range d.participants(s, false) {
		k := p.m.t0 - 1
		if k < 1 || p.m.kind == mPron || !p.e.isOrg() || p.e.typ == claimgraph.Publication || toks[k].fold != "der" && toks[k].fold != "des" {
			continue
		}
		if t := toks[k-1]; t.cap && hasSuffixAny(t.fold, letterNounsDE...) {
			return party(p.e)
		}
	}
	return nil
}

// mediaWrongStemsDE are the wrongs of an outlet's own reporting: false
// or invented information, forged quotes, defamation, a smear.
var mediaWrongStemsDE = []string{"falschinform", "falschbehaupt", "falschmeld", "erfund", "gefaelscht", "faelscht", "verleumd", "gelogen", "luege", "desinform", "diffamier",
	"rufmord", "hetzkampagne", "schmutzkampagne", "verdreht", "verzerrt"}

// mediaWrongDE reports a German clause after an outlet's name at t that
// charges the outlet with a wrong of its own reporting ("der Sender
// verbreite bewusst Falschinformationen und habe Zitate frei erfunden"),
// not one it reports of others (no "dass" or "wie" clause in between).
func mediaWrongDE(toks []token, t int) bool {
	for k := t; k < len(toks) && k <= t+14; k++ {
		f := toks[k].fold
		if f == "dass" || f == "wie" || f == "ob" || toks[k].text == ";" {
			return false
		}
		if toks[k].word && hasPrefixAny(f, mediaWrongStemsDE) {
			return true
		}
	}
	return false
}

// lawfulThreatStemsDE are what one may lawfully threaten: legal steps, a
// complaint, a strike, one's own resignation.
var lawfulThreatStemsDE = []string{"klage", "rechtlich", "juristisch", "anzeige", "strafanzeige", "gericht", "anwalt", "streik", "ruecktritt", "austritt", "beschwerde", "schadenersatz"}

// lawfulThreatDE: tokens [from, to) name a lawful threat.
func lawfulThreatDE(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].word && hasPrefixAny(toks[k].fold, lawfulThreatStemsDE) {
			return true
		}
	}
	return false
}

// zuInfinitiveDE: a zu-infinitive clause opens at k and closes within a
// dozen words ("sie zu versetzen", "die Firma nicht mehr zu
// berücksichtigen", "auszuschließen").
func zuInfinitiveDE(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+12; j++ {
		t := toks[j]
		if t.text == "," || t.text == "." || t.text == ";" {
			return false
		}
		if t.fold == "zu" && j+1 < len(toks) && toks[j+1].word && !toks[j+1].cap || !t.cap && t.word && len(t.fold) > 6 && strings.Contains(t.fold[2:], "zu") && strings.HasSuffix(t.fold, "en") && j > k {
			return true
		}
	}
	return false
}
