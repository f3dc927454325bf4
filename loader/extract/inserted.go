package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// insertedAttributionDE reads a German attribution set into the middle of
// the reported clause: "Die Bank habe, so die Prüfer, Warnungen
// übergangen", "Er soll, so die Gewerkschaft, Betriebsräte bespitzelt
// haben", "Die Firma hat, so der Bericht, Fördergeld zweckentfremdet".
// The clause opens with its subject and finite verb before ", so"; the
// speaker stands alone between the two commas (with "weiter" or
// "zufolge" at most); the deed follows. The speaker is the accuser (a
// document's author for a report); the clause's subject is accused. c is
// the index of "so".
func (d *doc) insertedAttributionDE(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) bool {
	toks := d.sents[s].toks
	if c < 2 || toks[c-1].text != "," || toks[c].inq {
		return false
	}
	// The speaker phrase: articles, adjectives and nouns up to the
	// closing comma.
	close := -1
	for k := c + 1; k < len(toks) && k <= c+8; k++ {
		if toks[k].text == "," {
			close = k
			break
		}
		if !toks[k].word || toks[k].quote || clauseSubordinatorsDE[toks[k].fold] || relPronounsDE[toks[k].fold] && k > c+1 && !articles[toks[k].fold] {
			return false
		}
	}
	if close < 0 || close+2 >= len(toks) {
		return false
	}
	var speakers []*entity
	for i := range parts {
		p := parts[i]
		if p.m.t0 <= c || p.m.t1 > close {
			continue
		}
		if p.prep != "" && p.prep != "von" && p.prep != "gen" {
			return false
		}
		if p.prep != "" {
			continue // "so ein Sprecher des Verbands": the speaker's body
		}
		if p.e.typ == claimgraph.Publication {
			return false // an outlet reports; it accuses only by its own work
		}
		if p.e.typ == claimgraph.Document {
			a := d.docAuthorOr(p.e, s)
			if a == nil {
				return false
			}
			speakers = append(speakers, a)
			continue
		}
		speakers = append(speakers, party(p.e))
	}
	// Nothing but words of the speaker's phrase before the first name:
	// "so der Verband", "so die Wirtschaftsprüfer", "so das Gutachten
	// weiter".
	if len(speakers) == 0 {
		if a := d.unnamedPaperAuthorDE(s, c, close); a != nil {
			speakers = append(speakers, a)
		}
	}
	if len(speakers) == 0 {
		return false
	}
	// The clause before the attribution: its subject and finite verb,
	// with adverbs ("Der Konzern habe zudem, so …") or a fronted
	// adverb and the subject after the verb ("Zudem soll der Konzern,
	// so …"). No comma inside: a subordinate or earlier clause would
	// make the subject unsure.
	for k := 0; k < c-1; k++ {
		if !toks[k].word && toks[k].text != "&" && toks[k].text != "." && toks[k].text != "-" {
			return false
		}
	}
	finite := -1
	for k := 0; k < c-1; k++ {
		if f := toks[k].fold; !toks[k].cap || k == 0 {
			if finiteAuxDE[f] || konjFiniteDE[f] || reportedModal[f] || f == "soll" {
				finite = k
				break
			}
		}
	}
	if finite < 0 {
		return false
	}
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.m.t1 > c-1 {
			break
		}
		if p.prep != "" || p.obj || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication {
			continue
		}
		if p.m.kind == mPron && toks[p.m.t0].fold == "man" {
			return false // the speaker's own side
		}
		subj = &parts[i]
		break
	}
	if subj == nil {
		return false
	}
	// The subject fills the field before the verb ("Die Sparkasse
	// habe") or stands right after it ("Zudem habe die Sparkasse").
	if subj.m.t0 < finite {
		for k := 0; k < subj.m.t0; k++ {
			if tk := toks[k]; !(articles[tk.fold] || possessivesDE[tk.fold] || tk.cap || lowerAdjDE(tk)) {
				return false
			}
		}
		if subj.m.t1 != finite {
			return false
		}
	} else if subj.m.t0 > finite+2 {
		return false
	}
	// The deed after the attribution; a clause of propriety, a question
	// or a denial of misconduct reports none.
	if !hasWrongdoing(toks, close+1, len(toks)) {
		return false
	}
	for k := 0; k < len(toks); k++ {
		if k > c && k <= close {
			continue
		}
		f := toks[k].fold
		if proprietyWords[f] || f == "ob" {
			return false
		}
		switch f {
		case "nicht", "nie", "kein", "keine", "keinen", "niemals":
			if omittedDuty(toks, k) || attributiveNegDE(toks, k) {
				continue
			}
			return false
		}
	}
	var out []*entity
	for _, sp := range speakers {
		// A body may charge its own people ("Die Bank habe, so ein
		// Schreiben der Bank, ihr früherer Vorstand …"), never itself.
		if sp == subj.e || sp == party(subj.e) && subj.e.typ != claimgraph.Official {
			continue
		}
		out = append(out, sp)
	}
	if len(out) == 0 {
		return false
	}
	for _, sp := range out {
		emit(sp, []*entity{subj.e}, "de.so.inserted", 0.65, close+1)
	}
	return true
}

// unnamedPaperAuthorDE finds who wrote the paper an attribution names by
// its kind only ("so der Bericht", "so das Gutachten") in tokens
// (c, close) of sentence s: the body in the genitive of the same kind of
// paper named shortly before ("ein Bericht der Prüfgesellschaft X",
// "das Gutachten der Kanzlei Y"), or the author recorded on a document
// entity of that kind.
func (d *doc) unnamedPaperAuthorDE(s, c, close int) *entity {
	toks := d.sents[s].toks
	head := ""
	for k := c + 1; k < close; k++ {
		if toks[k].cap && docHeadDE(toks[k].fold) != "" {
			head = docHeadDE(toks[k].fold)
		}
	}
	if head == "" {
		return nil
	}
	for o := s; o >= 0 && o >= s-4; o-- {
		if o < s && d.sents[o].para != d.sents[s].para && o < s-1 {
			break
		}
		ts := d.sents[o].toks
		end := len(ts)
		if o == s {
			end = c
		}
		for k := end - 1; k >= 0; k-- {
			if !ts[k].cap || docHeadDE(ts[k].fold) != head {
				continue
			}
			// "Bericht der Wirtschaftsprüfungsgesellschaft X": the
			// genitive body right after the noun.
			if k+1 < len(ts) && (ts[k+1].fold == "der" || ts[k+1].fold == "des") {
				for _, m := range d.ments[o] {
					if m.t0 > k+1 && m.t0 <= k+4 && m.ent != nil && !m.ent.dead && m.ent.isOrg() && m.ent.typ != claimgraph.Publication && m.ent.typ != claimgraph.Document {
						return party(m.ent)
					}
				}
			}
			if m := d.mentionAt(o, k); m != nil && m.ent != nil && m.ent.typ == claimgraph.Document && m.ent.author != nil {
				return party(m.ent.author)
			}
			return nil
		}
	}
	return nil
}

// docHeadDE returns the document noun a German word is or ends with
// ("Prüfbericht" → "bericht"), or "".
func docHeadDE(f string) string {
	for _, h := range documentHeadsDE {
		if f == h || strings.HasSuffix(f, h) || strings.HasSuffix(f, h+"s") || f == h+"es" {
			return h
		}
	}
	return ""
}

// convictionCueDE reports a German phrase at c by which its subject
// holds a deed for certain, so that the "dass" clause after it is the
// subject's charge as a verb of saying would make it: "Die Fahnder sind
// überzeugt, dass …", "zeigte sich überzeugt, dass …", "Die Ermittler
// gehen davon aus, dass …", "hält es für erwiesen, dass …", "sieht es als
// erwiesen an, dass …", "ist sich sicher, dass …". c is the last word of
// the phrase before its verb particle: "überzeugt", "aus", "erwiesen",
// "sicher". The verb must be a finite one of the same main clause, so
// that the phrase has a subject before it ("wer überzeugt ist, …" does
// not).
func convictionCueDE(toks []token, c int) bool {
	f := toks[c].fold
	if c < 2 || toks[c].cap {
		return false
	}
	var verbs map[string]bool
	switch {
	case f == "ueberzeugt":
		verbs = convictionCopulaDE
	case f == "sicher" && toks[c-1].fold == "sich" || f == "sicher" && c > 2 && toks[c-2].fold == "sich" && toks[c-1].fold == "ganz":
		verbs = convictionCopulaDE
	case f == "aus" && toks[c-1].fold == "davon":
		verbs = gehenFiniteDE
	case f == "erwiesen" && (toks[c-1].fold == "fuer" || toks[c-1].fold == "als"):
		verbs = haltenFiniteDE
	default:
		return false
	}
	// The finite verb within the clause before the cue, the cue
	// followed (past a particle "an", "davon") by the comma and "dass".
	ok := false
	for k := c - 1; k >= 0 && k >= c-8; k-- {
		if t := toks[k]; t.text == "," || t.text == ":" || t.text == ";" || clauseSubordinatorsDE[t.fold] || t.fold == "nicht" || t.fold == "kaum" || t.fold == "wenig" || t.fold == "nie" {
			return false
		}
		if verbs[toks[k].fold] && !toks[k].cap {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	for k := c + 1; k < len(toks) && k <= c+3; k++ {
		switch toks[k].fold {
		case "an", "davon", "dessen":
			continue
		case ",":
			return k+1 < len(toks) && toks[k+1].fold == "dass"
		}
		return false
	}
	return false
}

var (
	convictionCopulaDE = set("ist", "sind", "war", "waren", "sei", "seien", "zeigt", "zeigen", "zeigte", "zeigten", "gibt", "geben", "gab", "gaben")
	gehenFiniteDE      = set("geht", "gehen", "ging", "gingen", "gehe")
	haltenFiniteDE     = set("hält", "haelt", "halten", "hielt", "hielten", "sieht", "sehen", "sah", "sahen", "halte", "sehe")
)

// attributiveNegDE reports a German "nicht" or "nie" at k that belongs to
// an adjective before a noun, not to the clause: "eines nicht
// akkreditierten Labors", "ein eigenes, nicht genormtes Prüfverfahren",
// "nicht genehmigte Anlagen". Such a phrase describes a thing; it does not
// deny the deed the clause reports. Nor does "nicht nur …, sondern"
// (notOnlyDE).
func attributiveNegDE(toks []token, k int) bool {
	if f := toks[k].fold; f != "nicht" && f != "nie" {
		return false
	}
	if notOnlyDE(toks, k) {
		return true
	}
	j := k + 1
	if j >= len(toks) || !inflectedAdjDE(toks[j]) {
		return false
	}
	j++
	if j < len(toks) && inflectedAdjDE(toks[j]) {
		j++ // "nicht genormtes technisches Verfahren"
	}
	return j < len(toks) && toks[j].word && toks[j].cap
}

// inflectedAdjDE: a small-written word with an adjective's ending, no
// determiner ("einen", "alle", "keine", "diese").
func inflectedAdjDE(t token) bool {
	f := t.fold
	if !t.word || t.cap || len(f) < 5 || determinersDE[f] || functionWords[f] {
		return false
	}
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

var determinersDE = set("einen", "einem", "einer", "eines", "keine", "keinen", "keinem", "keiner", "keines", "alle", "allen", "aller", "alles",
	"diese", "diesen", "diesem", "dieser", "dieses", "jede", "jeden", "jedem", "jeder", "jedes", "viele", "vielen", "mehrere", "mehreren",
	"sämtliche", "saemtliche", "saemtlichen", "einige", "einigen", "manche", "manchen", "wenige", "wenigen", "solche", "solchen", "ihren", "seinen", "unseren")

// presenterBeforeDE returns the body that the sentence before s (in the
// same paragraph) says presented findings of its own: "Das Aktionsbündnis
// X, ein Zusammenschluss von …, hat am Donnerstag die Ergebnisse eigener
// Wasserproben vorgestellt", "Die Verbraucherzentrale veröffentlichte am
// Montag eine Auswertung". Its subject that opens the sentence is the
// source a following "Demnach …" cites; an outlet or a document is none.
func (d *doc) presenterBeforeDE(s int) *entity {
	o := s - 1
	if o < 0 || d.sents[o].para != d.sents[s].para {
		return nil
	}
	toks := d.sents[o].toks
	presented := false
	for k, t := range toks {
		if t.inq || t.quote {
			return nil
		}
		f := t.fold
		if presentParticiplesDE[f] || presentFiniteDE[f] && (particleLater(toks, k, "vor") || !strings.HasPrefix(f, "stellt") && !strings.HasPrefix(f, "legt")) {
			presented = true
		}
		if f == "nicht" || f == "kein" || f == "keine" {
			return nil
		}
	}
	if !presented {
		return nil
	}
	ps := d.participants(o, false)
	if len(ps) == 0 {
		return nil
	}
	// "Auslöser ist ein Beitrag, den der Sender X ausgestrahlt hatte":
	// the subject of a relative clause on the piece presented; an outlet
	// presents its own piece.
	for _, q := range ps {
		k := q.m.t0 - 1
		for k > 0 && (articles[toks[k].fold] && toks[k-1].text != "," || d.outletDescriptor(toks[k]) || d.isCompanyDescriptor(toks[k]) || d.bodyDescriptor(toks[k])) {
			k--
		}
		if k >= 1 && toks[k-1].text == "," && (toks[k].fold == "den" || toks[k].fold == "die" || toks[k].fold == "das") && q.prep == "" && q.m.kind != mPron &&
			(q.e.isOrg() || q.e.typ == claimgraph.Official) {
			return party(q.e)
		}
	}
	p := ps[0]
	if p.prep != "" || p.obj || p.m.kind == mPron || p.m.t0 > 2 || p.e.typ == claimgraph.Publication || !(p.e.isOrg() || p.e.typ == claimgraph.Official) {
		return nil
	}
	return party(p.e)
}

var (
	presentParticiplesDE = set("vorgestellt", "veroeffentlicht", "vorgelegt", "praesentiert", "publiziert", "ausgestrahlt", "gesendet")
	presentFiniteDE      = set("stellte", "stellten", "stellt", "legte", "legten", "legt", "veroeffentlichte", "veroeffentlichten", "veroeffentlicht",
		"praesentierte", "praesentierten", "praesentiert", "publizierte")
)

// invertedAfterBackReportDE: the word at c, right after "Demnach" or
// "Demzufolge", is a finite full verb (small-written, no function word)
// and a subject phrase follows it at once: "Demnach leite das
// Unternehmen …", "Demzufolge zahlte die Firma …".
func (d *doc) invertedAfterBackReportDE(s int, parts []part, c int) bool {
	toks := d.sents[s].toks
	t := toks[c]
	if t.cap || !t.word || t.inq || len(t.fold) < 3 || functionWords[t.fold] || articles[t.fold] || focusAdverbsDE[t.fold] || isAdjDE(t) {
		return false
	}
	for _, p := range parts {
		if p.m.t0 > c && p.m.t0 <= c+3 && p.prep == "" && !p.obj && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
			// Only an article and a descriptor before the name: "die
			// Wohnungsgesellschaft X".
			for k := c + 1; k < p.m.t0; k++ {
				if tk := toks[k]; !(articles[tk.fold] || focusAdverbsDE[tk.fold] || tk.cap && (d.isCompanyDescriptor(tk) || d.bodyDescriptor(tk) || k == p.m.t0-1 && k > c+1 && articles[toks[k-1].fold])) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// richtetAnDE: "an" at c is the preposition of "richten an" (a charge
// directed at someone): a form of "richten" stands in the same clause
// before it ("richtete er auch an das Amt") or closes the clause after it
// ("hatte den Vorwurf an die Stadt gerichtet"). "an" as a verb particle
// closes its clause and has no addressee after it.
func richtetAnDE(toks []token, c int) bool {
	if c+1 >= len(toks) || !toks[c+1].word {
		return false
	}
	for k := c - 1; k >= 0 && k >= c-6; k-- {
		if t := toks[k]; !t.word {
			break
		}
		if richtenFiniteDE[toks[k].fold] {
			return true
		}
	}
	for k := c + 1; k < len(toks) && k <= c+8; k++ {
		if t := toks[k]; !t.word && t.text != "-" {
			break
		}
		if toks[k].fold == "gerichtet" {
			return true
		}
	}
	return false
}

var richtenFiniteDE = set("richtete", "richteten", "richtet", "richten")

// saidBeforeSpeakerDE returns who speaks in indirect speech in the
// sentence before s (same paragraph), so that a sentence in the
// subjunctive after it goes on with that speaker's words:
//
//	"Ein ehemaliger Entwickler, der nicht genannt werden will, sagte dem
//	Spiegel, er habe früh gewarnt. Kuravia habe die Warnungen ignoriert."
//	"Er habe schon 2023 gewarnt, sagte der Ingenieur. Die Geschäftsleitung
//	habe die Warnung abgetan."
//
// The speaker opens the sentence (a relative clause in commas may follow
// it) with a verb of speaking and a reported clause after the comma, or
// closes it after ", sagte"; the sentence holds a verb in the
// subjunctive, no quotation of its own words and no negated verb of
// speaking.
func (d *doc) saidBeforeSpeakerDE(s int) *entity {
	o := s - 1
	// "„Das ist Unsinn“, sagte ein Sprecher der Bank. Die Anpassung sei
	// angekündigt worden. Der Verband stelle die Sachlage verzerrt
	// dar": a sentence in the subjunctive that names no party and quotes
	// no one goes on with the same speaker's words.
	for k := 0; k < 3 && o > 0 && d.sents[o].para == d.sents[s].para && d.reportedLinkDE(o); k++ {
		o--
	}
	if o < 0 || d.sents[o].para != d.sents[s].para {
		return nil
	}
	toks := d.sents[o].toks
	ps := d.participants(o, false)
	if len(ps) == 0 || len(toks) < 4 {
		return nil
	}
	konj, quoted := false, toks[0].quote
	for k, t := range toks {
		if (t.quote || t.inq) && !shortQuoteDE(toks, k) {
			quoted = true
		}
		if konjFiniteDE[t.fold] {
			konj = true
		}
	}
	// „Wir sind selbst getäuscht worden“, sagte Geschäftsführer X. Die
	// Firma Y habe …": a quotation closed by its speaker is speech the
	// subjunctive after it goes on with (quotedClosingSpeakerDE).
	if quoted {
		return d.quotedClosingSpeakerDE(o, ps)
	}
	speakerOf := func(p part) *entity {
		if p.prep != "" || p.obj || p.e.typ == claimgraph.Publication || p.e.typ == claimgraph.Document || p.m.kind == mPron && toks[p.m.t0].fold != "er" && toks[p.m.t0].fold != "sie" && !roleReferenceDE(toks, p.m, d) {
			return nil
		}
		return party(p.e)
	}
	// "…, sagte der Ingenieur.": the speaker after a closing verb.
	last := len(toks) - 1
	if toks[last].text == "." {
		last--
	}
	for _, p := range ps {
		if p.m.t1 < last-3 {
			continue
		}
		// ", sagte [eine frühere] Schichtleiterin …": articles and
		// small-written adjectives between verb and name.
		v := p.m.t0 - 1
		for v > 0 && v >= p.m.t0-3 && !speakVerbsDE[toks[v].fold] && (articles[toks[v].fold] || inflectedAdjDE(toks[v]) || lowerAdjDE(toks[v]) || isRoleToken(toks[v], d) != "") {
			v--
		}
		// (A clause closed by ", sagte X" is X's speech in any mood:
		// "Die Vorwürfe entbehrten jeder Grundlage, erklärte ein
		// Sprecher.")
		if v >= 1 && speakVerbsDE[toks[v].fold] && toks[v-1].text == "," {
			return speakerOf(p)
		}
	}
	if !konj {
		return nil
	}
	// "In einem langen Beitrag schrieb er, …", "Am Montag sagte der
	// Landrat, …": a fronted phrase, the verb, then the speaker.
	if prepositions[toks[0].fold] {
		for v := 1; v < len(toks) && v <= 12; v++ {
			if toks[v].text == "," || toks[v].quote {
				break
			}
			if speakVerbsDE[toks[v].fold] && !toks[v].cap {
				if q := d.invertedSpeakerDE(o, ps, v); q != nil {
					return speakerOf(*q)
				}
				break
			}
		}
	}
	// "X[, der …,] sagte [dem Spiegel], …": the speaker opens it.
	p := ps[0]
	if p.m.t0 > 2 {
		return nil
	}
	v := p.m.t1
	if v+1 < len(toks) && toks[v].text == "," && relPronounsDE[toks[v+1].fold] {
		for v++; v < len(toks) && toks[v].text != ","; v++ {
		}
		v++
	}
	// "X kündigte an, die Gewerkschaft werde …": announcing is saying.
	announce := v+1 < len(toks) && announceVerbsDE[toks[v].fold] && toks[v+1].fold == "an"
	if v >= len(toks) || !speakVerbsDE[toks[v].fold] && !announce {
		return nil
	}
	for k := v + 1; k < len(toks) && k <= v+5; k++ {
		switch toks[k].fold {
		case "nicht", "nie", "kein", "keine":
			return nil
		}
		if toks[k].text == "," {
			return speakerOf(p)
		}
	}
	return nil
}

// shortQuoteDE reports that token k belongs to a quotation of at most six
// words that opens and closes inside the sentence: „als Panikmache
// abgetan“, „rechtswidrigen“.
func shortQuoteDE(toks []token, k int) bool {
	open := k
	for open >= 0 && !(toks[open].quote && (open+1 < len(toks) && toks[open+1].inq || open == k && toks[k].quote && k+1 < len(toks) && toks[k+1].inq)) {
		if !toks[open].inq && !toks[open].quote {
			return false
		}
		open--
	}
	if open < 0 {
		return false
	}
	n := 0
	for j := open + 1; j < len(toks); j++ {
		if toks[j].quote {
			return n > 0 && n <= 6
		}
		if !toks[j].inq {
			return false
		}
		if toks[j].word {
			n++
		}
	}
	return false
}

// verdictOwnerDE returns whose verdict the main clause before the colon
// at c names: "Das Fazit der Prüfer ist eindeutig:", "Sein Urteil fällt
// vernichtend aus:" (the body the sentence before opened with), "Der
// Befund des Rechnungshofs ist deutlich:". The verdict noun opens the
// clause; an outlet's verdict or a paper's without a known author is
// none.
func (d *doc) verdictOwnerDE(s int, parts []part, c int) *entity {
	toks := d.sents[s].toks
	j := -1
	for k := 0; k < c && k <= 2; k++ {
		if toks[k].cap && verdictNounsDE[toks[k].fold] {
			j = k
			break
		}
		if !(articles[toks[k].fold] || possessivesDE[toks[k].fold] || k == 0 && possessivesDE[strings.ToLower(toks[k].fold)]) {
			return nil
		}
	}
	if j < 0 {
		return nil
	}
	// No verb of the clause may be negated, and the clause holds no
	// other party.
	for k := j + 1; k < c; k++ {
		if f := toks[k].fold; f == "nicht" || f == "kein" || f == "keine" || f == "," {
			return nil
		}
	}
	// The first party of the clause is the verdict's owner in the
	// genitive, or there is none.
	if len(parts) > 0 && parts[0].m.t0 < c {
		p := parts[0]
		if p.m.t0 > j && p.m.t0 <= j+3 && (p.prep == "gen" || p.art == "der" || p.art == "des") {
			switch {
			case p.e.typ == claimgraph.Publication:
				return nil
			case p.e.typ == claimgraph.Document:
				return d.docAuthorOr(p.e, s)
			}
			return party(p.e)
		}
		return nil
	}
	if j == 1 && possessivesDE[toks[0].fold] && s > 0 && d.sents[s-1].para == d.sents[s].para {
		return d.subjectOrg(s - 1)
	}
	return nil
}

var verdictNounsDE = set("urteil", "fazit", "befund", "bilanz", "einschaetzung", "schlussfolgerung", "verdikt", "resuemee", "vorwurf", "vorwuerfe")

// compliedAfterDE reports a limit at k that the clause says was kept:
// "dabei seien die Grenzwerte der Einleitgenehmigung eingehalten worden",
// "die Grenzwerte würden eingehalten". Keeping a limit is no misconduct;
// "nicht eingehalten" stays one.
func compliedAfterDE(toks []token, k int) bool {
	if !strings.HasPrefix(toks[k].fold, "grenzwert") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		f := toks[j].fold
		switch {
		case f == "nicht" || f == "nie" || f == "kaum" || f == "," || f == ";":
			return false
		case strings.HasPrefix(f, "eingehalten") || f == "einhalten" || f == "einhielt" || f == "einhielten" || f == "unterschritten" || f == "unterschreiten":
			return true
		}
	}
	return false
}

// rebuttedClaimDE reports a word of falsehood at k said of a claim
// noun just before it: "die Vorwürfe seien „sachlich falsch“", "die
// Darstellung sei falsch". The speaker rejects a claim; no one is said
// to have done wrong.
func rebuttedClaimDE(toks []token, k int) bool {
	if f := toks[k].fold; !strings.HasPrefix(f, "falsch") && !strings.HasPrefix(f, "unwahr") && !strings.HasPrefix(f, "erfunden") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		f := toks[j].fold
		if f == "," || f == ";" || f == ":" {
			return false
		}
		if toks[j].cap && (strings.HasPrefix(f, "vorw") || strings.HasPrefix(f, "anschuldigung") || strings.HasPrefix(f, "darstellung") ||
			strings.HasPrefix(f, "behauptung") || strings.HasPrefix(f, "beschuldigung") || strings.HasPrefix(f, "aussage")) {
			return true
		}
	}
	return false
}

// announceVerbsDE are finite forms of "ankündigen", with its particle
// "an" after them.
var announceVerbsDE = set("kuendigte", "kuendigten", "kuendigt", "kündigte", "kündigten", "kündigt")
