package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// (The English counterpart, plainDeedEN, is in plaindeed.go.)
//
// German reports tell many misdeeds in plain words of what was done, with
// no word that names an offence: "soll eine Detektei beauftragt haben,
// Betriebsräte zu observieren", "habe Verbandsgelder für private Zwecke
// verwendet", "habe ihr Zitate in den Mund gelegt", "habe sich als
// Großhändler ausgegeben", "nehme die Ausfälle bewusst in Kauf". What
// makes such a deed wrong is its object (staff watched, a superior's
// questions punished), its purpose (private use of entrusted money), its
// manner (intent on a harmful act, done without the consent it needs) or
// the deed being a deception in itself. plainDeedDE reads these from the
// word at k and its neighbours; hasWrongdoing and strictWrongdoing ask
// it for German words only (its stems are German).

// watchVerbsDE are verbs of watching people in secret; what is watched
// must be people (peopleStemsDE) for the deed to be wrong ("die Baustelle
// überwacht" is a duty).
var watchVerbsDE = []string{"observier", "beschatt", "bespitzel", "ausgespitzelt", "abgehoert", "abzuhoeren", "belauscht", "ausgeforscht"}

// peopleStemsDE are people a body may not watch: its staff, their
// representatives, critics, reporters, those concerned.
var peopleStemsDE = []string{"betriebsr", "personalr", "mitarbeit", "beschaeftigt", "angestellt", "belegschaft", "gewerkschaft", "arbeitnehmer", "journalist", "reporter",
	"kritiker", "aktivist", "betroffen", "beschwerdef", "hinweisgeber", "whistleblower", "fahrer", "pfleg", "mitglied", "spieler", "athlet", "mieter", "kunden", "kundinnen"}

// trackerWordsDE are devices for tracking people; fitted to a car or
// hidden they are surveillance ("GPS-Sender angebracht").
var trackerWordsDE = []string{"peilsender", "gps-sender", "gps-tracker", "ortungsgeraet", "ortungssender", "abhoergeraet", "wanzen"}

// privatePurposeDE are what entrusted money must not be spent on:
// "für private Zwecke", "private Reisen", "Privatflüge".
var privatePurposeDE = []string{"zweck", "reise", "urlaub", "anschaff", "einkauf", "einkaeuf", "ausgab", "feier", "fest", "vergnueg", "flug", "fluege", "bewirtung", "essen", "konsum", "luxus", "fahrt"}

// spendVerbsDE are verbs of spending or billing money.
var spendVerbsDE = []string{"verwend", "genutzt", "nutzte", "benutzt", "abgerechnet", "abrechne", "bezahlt", "finanziert", "beglichen", "ausgegeben", "abgebucht", "eingesetzt",
	"erstatten", "erstattet", "geltend gemacht", "bestritten"}

// intentWordsDE say a deed was done on purpose.
var intentWordsDE = set("bewusst", "gezielt", "absichtlich", "vorsaetzlich", "wissentlich", "willentlich", "systematisch", "mutwillig", "billigend", "planmaessig")

// harmVerbsDE are deeds that harm or obstruct; done on purpose (an
// intentWordsDE word near them) they are misconduct, done without it they
// may be bad luck or policy ("habe die Produktion gedrosselt").
var harmVerbsDE = []string{"verzoeger", "verschlepp", "blockier", "behinder", "unterlauf", "ausgehebel", "ignorier", "uebergang", "benachteilig", "geschaedigt", "schaedig",
	"ausgenutzt", "gedrosselt", "zurueckgehalten", "kleingerechnet", "kleingeredet", "heruntergespielt", "verharmlos", "unterdrueck", "ausgegrenzt", "vernachlaessig",
	"ausgebremst", "abgewimmelt", "verdraengt", "gedraengt", "hingehalten", "getaeuscht", "verzerrt", "verschwieg", "vorenthalt", "gefaehrdet", "ueberlastet", "unterschritt",
	"umgangen", "verfaelscht", "falsch"}

// saleVerbsDE put goods on the market.
var saleVerbsDE = []string{"verkauf", "vertrieb", "vertrieben", "angeboten", "ausgeliefert", "geliefert", "vermarktet"}

// punishVerbsDE are acts against a person; done because the person asked
// questions, complained or spoke out (whistleWordsDE), they are reprisals.
var punishVerbsDE = []string{"gedraengt", "hinausgedraengt", "entlassen", "gekuendigt", "kuendigte", "abgemahnt", "versetzt", "suspendiert", "ausgeschlossen", "degradiert",
	"gemobbt", "kaltgestellt", "rausgeworfen", "hinausgeworfen", "geschasst", "freigestellt", "gesperrt", "ausgebootet", "abgesetzt", "aussortiert", "abgestraft", "eingeschuechtert", "gestrichen"}

// whistleWordsDE are what a person did to draw a reprisal: asked
// questions, criticised, reported, complained.
var whistleWordsDE = []string{"frage", "nachgefragt", "kritik", "kritisiert", "gemeldet", "hingewiesen", "beschwert", "angezeigt", "missstaend",
	"aufmerksam", "ausgesagt", "aufgedeckt", "widersprochen", "whistleblow"}

// consentNounsDE are the consent or consultation a deed needs; "ohne"
// before one of them makes the deed unauthorised ("ohne Rücksprache mit
// dem Vorstand", "ohne Wissen der Betroffenen").
var consentNounsDE = []string{"ruecksprache", "absprache", "abstimmung", "wissen", "kenntnis", "beschluss", "auftrag", "vollmacht", "mandat", "rechtsgrundlage",
	"beteiligung", "anhoerung", "zustimmung", "einwilligung", "genehmigung", "erlaubnis", "einverstaendnis", "befugnis", "berechtigung", "freigabe", "legitimation"}

// requiredStepsDE are steps of procurement the rules require: done
// "ohne Ausschreibung", a contract is handed out unlawfully.
var requiredStepsDE = []string{"ausschreibung", "vergabeverfahren", "wettbewerbsverfahren", "preisvergleich", "vergleichsangebot"}

// requiredAdjDE call what follows them a duty: "ohne die
// vorgeschriebene Prüfung", "ohne die gesetzlich verlangte Meldung".
var requiredAdjDE = []string{"vorgeschrieben", "gesetzlich", "verpflichtend", "erforderlich"}

// bypassedBodiesDE end the nouns of bodies and checks that a deed must
// pass and may be done "an … vorbei" (plaindeed "vorbei").
var bypassedBodiesDE = []string{"finanzamt", "finanzaemter", "fiskus", "steuerbehoerde", "aufsichtsrat", "aufsichtsrats", "gemeinderat", "stadtrat", "kreistag", "vorstand",
	"gremien", "gremium", "parlament", "betriebsrat", "ausschuss", "gesellschafter", "mitgliederversammlung", "kontrollmechanismen", "kontrollen", "kontrollgremien",
	"behoerden", "behoerde", "verband", "aufsicht", "vergaberecht", "vergabestelle", "buchhaltung", "bilanz", "bilanzen", "sozialversicherung"}

// sufficientAdjDE and checkNounsDE: "ohne ausreichende
// Wirtschaftlichkeitsprüfung vergeben", "ohne hinreichende Kontrolle":
// a check done too little is a check left out ("ohne ausreichende
// Finanzierung" is no duty).
var (
	sufficientAdjDE = []string{"ausreichend", "hinreichend", "angemessen"}
	checkNounsDE    = []string{"pruefung", "prüfung", "kontrolle", "aufsicht", "sicherung", "dokumentation", "genehmigung", "begruendung", "begründung", "ausschreibung"}
)

// ownedConsentDE are consent nouns that count only with whose it is
// after them (ownerAfterDE).
var ownedConsentDE = []string{"wissen", "kenntnis", "beteiligung", "auftrag", "beschluss", "mandat"}

var ownerAfterDE = set("des", "der", "von", "vom", "seiner", "ihrer", "seines", "ihres", "ihrer", "eines", "einer")

// pressWordsDE are the press, to whom what is confidential must not be
// passed.
var pressWordsDE = []string{"presse", "medien", "journalist", "zeitung", "redaktion", "reporter", "magazin", "sender", "oeffentlichkeit", "boulevard"}

func plainDeedDE(toks []token, k int) bool {
	t := toks[k]
	if !t.word {
		return false
	}
	f := t.fold
	switch {
	// "eine Detektei beauftragt, mehrere Betriebsräte zu observieren",
	// "Mitarbeiter bespitzelt": people watched in secret.
	case hasPrefixAny(f, watchVerbsDE):
		return nearStem(toks, k, 10, peopleStemsDE)
	// "an zwei Fahrzeugen GPS-Sender angebracht": a tracker fitted.
	case hasPrefixAny(f, trackerWordsDE):
		return nearStem(toks, k, 6, []string{"angebracht", "installiert", "versteckt", "montiert", "heimlich", "befestigt", "anbringen", "einbauen", "eingebaut"})
	// "Verbandsgelder für private Zwecke verwendet", "private Reisen
	// über den Verband abgerechnet", "Privatflüge bezahlt": entrusted
	// money spent on oneself.
	case strings.HasPrefix(f, "privat"):
		return privateSpendDE(toks, k)
	// "in die eigene Tasche gewirtschaftet": money kept for oneself.
	case f == "tasche" && k >= 2 && strings.HasPrefix(toks[k-1].fold, "eigen") && (toks[k-2].fold == "die" || toks[k-2].fold == "der"):
		return true
	// "habe sich als Onlinehändler ausgegeben": posing as someone else
	// ("Geld ausgegeben" is spending).
	case f == "ausgegeben" || f == "ausgab" || f == "ausgaben" && !t.cap || f == "ausgibt" || f == "auszugeben":
		return reflexiveAsDE(toks, k)
	// "habe ihr Zitate in den Mund gelegt": words she never said put
	// in her mouth.
	case f == "mund" && k >= 1 && toks[k-1].fold == "den" && k+1 < len(toks) && (strings.HasPrefix(toks[k+1].fold, "geleg") || strings.HasPrefix(toks[k+1].fold, "leg")):
		return true
	// "habe die Nutzerinnen belogen", "Anleger angelogen", "frisierte
	// Bilanzen", "Steuerdaten an die Presse durchgestochen": lies,
	// doctored books, leaks.
	case strings.HasPrefix(f, "belog") || strings.HasPrefix(f, "angelog") || strings.HasPrefix(f, "beluegt") || strings.HasPrefix(f, "belueg") && !t.cap ||
		strings.HasPrefix(f, "frisiert") || strings.HasPrefix(f, "durchgestoch") || strings.HasPrefix(f, "durchzustech") || strings.HasPrefix(f, "streikbrech"):
		return true
	// "erfundene Zitate", "erfundene Patienten": invented evidence.
	case (f == "erfundene" || f == "erfundenen" || f == "erfundener") && k+1 < len(toks) && toks[k+1].cap &&
		hasPrefixAny(toks[k+1].fold, []string{"zitat", "aussag", "quell", "interview", "beleg", "rechnung", "patient", "gespraech", "daten", "zahl", "angab", "mitarbeit", "kund", "buchung"}):
		return true
	// "habe Zitate frei erfunden", "Aussagen erfunden": words or
	// evidence made up.
	case f == "erfunden" && !t.cap:
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if toks[j].cap && hasPrefixAny(toks[j].fold, []string{"zitat", "aussag", "quell", "interview", "beleg", "rechnung", "gespraech", "daten", "zahl", "angab", "vorwu", "geschicht"}) {
				return true
			}
		}
	// "Unterlagen der Presse zugespielt": confidential papers passed to
	// the press.
	case strings.HasPrefix(f, "zugespielt") || strings.HasPrefix(f, "zugesteckt"):
		return nearStem(toks, k, 6, pressWordsDE)
	// "ohne Rücksprache mit dem Vorstand", "ohne Wissen der Betroffenen":
	// done without the consent or consultation it needs.
	//
	// "ohne die vorgeschriebene öffentliche Ausschreibung vergeben",
	// "ohne die gesetzlich vorgeschriebene Prüfung": a step the rules
	// require, left out.
	case f == "ohne":
		required := false
		for j := k + 1; j <= k+4 && j < len(toks); j++ {
			g := toks[j].fold
			if !toks[j].cap && hasPrefixAny(g, requiredAdjDE) {
				required = true
			}
			if !toks[j].cap && hasPrefixAny(g, sufficientAdjDE) && j+1 < len(toks) && toks[j+1].cap && hasSuffixAny(toks[j+1].fold, checkNounsDE...) {
				return true
			}
			if toks[j].cap && (required || hasPrefixAny(g, requiredStepsDE)) {
				return true
			}
			if toks[j].cap && hasPrefixAny(g, consentNounsDE) && !strings.HasPrefix(g, "wissenschaft") && !strings.HasPrefix(g, "auftragsein") {
				// Knowledge, a mandate or a part in it must be someone's:
				// "ohne Wissen der Betroffenen", "ohne Beteiligung des
				// Betriebsrats" ("ohne staatliche Beteiligung gebaut" is
				// funding).
				if hasPrefixAny(g, ownedConsentDE) {
					return j+1 < len(toks) && ownerAfterDE[toks[j+1].fold]
				}
				return true
			}
			if !toks[j].word || toks[j].cap {
				break
			}
		}
	case strings.HasPrefix(f, "eigenmaechtig"):
		return true
	// "Handgeldzahlungen am Finanzamt vorbei organisiert", "die Verträge
	// an allen Kontrollmechanismen vorbei durchgedrückt", "am
	// Aufsichtsrat vorbei": a body that must see or decide, bypassed
	// ("an der Realität vorbei" misses, it bypasses no one).
	case f == "vorbei":
		for j := k - 1; j >= 1 && j >= k-8; j-- {
			if !toks[j].word {
				break
			}
			if toks[j].cap && hasSuffixAny(umlautSpelling.Replace(toks[j].fold), bypassedBodiesDE...) {
				for i := j - 1; i >= 0 && i >= j-3; i-- {
					if g := toks[i].fold; g == "am" || g == "an" {
						return true
					}
				}
			}
		}
	case f == "haette" || f == "haetten" || f == "hätte" || f == "hätten":
		return dutyUnmetDE(toks, k)
	// "den Aufsichtsrat über die Verbindung im Unklaren gelassen", "die
	// Kunden im Dunkeln gelassen": kept from knowing what they should
	// have known.
	case (f == "unklaren" || f == "dunkeln") && k >= 1 && toks[k-1].fold == "im" && k+1 < len(toks) && hasPrefixAny(toks[k+1].fold, []string{"gelass", "lass", "liess", "lies"}):
		return true
	// "sich Flüge für seine Ehefrau aus der Verbandskasse erstatten
	// lassen", "Reisen seiner Frau über den Verein abgerechnet":
	// entrusted money spent on one's family.
	case hasPrefixAny(f, spendVerbsDE) && !t.cap:
		return familySpendDE(toks, k)
	// "nehme die Ausfälle bewusst in Kauf", "Schäden billigend in Kauf
	// genommen": harm accepted on purpose.
	case f == "kauf" && k >= 1 && toks[k-1].fold == "in":
		for j := max(k-7, 0); j < k; j++ {
			if intentWordsDE[toks[j].fold] {
				return true
			}
		}
	// "die Einleitungen gezielt gedrosselt", "Beschwerden bewusst ins
	// Leere laufen lassen", "systematisch benachteiligt": a harmful act
	// done on purpose.
	case intentWordsDE[f] && !t.cap:
		for j := k + 1; j <= k+6 && j < len(toks); j++ {
			g := toks[j].fold
			if !toks[j].word {
				break
			}
			if hasPrefixAny(g, harmVerbsDE) || g == "leere" && toks[j-1].fold == "ins" {
				return true
			}
		}
	// "die zurückgerufenen Akkus noch neun Tage nach dem Rückruf
	// verkauft", "trotz des Rückrufs weiter ausgeliefert": goods sold on
	// after their recall.
	case hasPrefixAny(f, saleVerbsDE) && !t.cap:
		recall, still := false, false
		for j := max(k-12, 0); j < k; j++ {
			g := toks[j].fold
			recall = recall || strings.HasPrefix(g, "zurueckgerufen") || strings.HasPrefix(g, "rueckruf")
			still = still || g == "noch" || g == "weiter" || g == "weiterhin" || g == "trotz"
		}
		return recall && still
	// "aus dem Nationalkader gedrängt, nachdem sie intern Fragen zu den
	// Reisen gestellt habe": a reprisal for speaking up.
	case hasPrefixAny(f, punishVerbsDE) && !t.cap:
		return reprisalDE(toks, k)
	}
	return false
}

// nearStem: a word within n tokens of k (not k) starts with one of stems.
func nearStem(toks []token, k, n int, stems []string) bool {
	for j := max(k-n, 0); j <= k+n && j < len(toks); j++ {
		if j != k && toks[j].word && hasPrefixAny(toks[j].fold, stems) {
			return true
		}
	}
	return false
}

// privateSpendDE: the word at k is "privat…" naming a purpose
// (privatePurposeDE, in the word or the next two) and a verb of spending
// or billing stands within the next twelve words or the eight before:
// "für private Zwecke verwendet", "private Reisen … abgerechnet",
// "Privatflüge … bezahlt".
func privateSpendDE(toks []token, k int) bool {
	f := toks[k].fold
	purpose := hasPrefixAny(strings.TrimPrefix(f, "privat"), privatePurposeDE)
	for j := k + 1; !purpose && j <= k+2 && j < len(toks); j++ {
		purpose = toks[j].cap && hasPrefixAny(toks[j].fold, privatePurposeDE)
	}
	if !purpose {
		return false
	}
	for j := max(k-8, 0); j <= k+12 && j < len(toks); j++ {
		if toks[j].text == ";" || toks[j].text == "." {
			if j > k {
				break
			}
			continue
		}
		if j != k && !toks[j].cap && hasPrefixAny(toks[j].fold, spendVerbsDE) {
			return true
		}
	}
	return false
}

// reflexiveAsDE: "sich" and "als" stand within the eight words before k
// in that order: "habe sich bei der Anmeldung als Onlinehändler
// ausgegeben".
func reflexiveAsDE(toks []token, k int) bool {
	as := false
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		g := toks[j].fold
		if g == "als" {
			as = true
		}
		if g == "sich" {
			return as
		}
		if toks[j].text == "," || toks[j].text == ";" {
			return false
		}
	}
	return false
}

// reprisalDE: after the punishing verb at k, within four words, a
// clause of cause ("nachdem", "weil", "da") whose subject is the person
// ("sie", "er") says within twelve words that the person had spoken up
// (whistleWordsDE); or "wegen"/"als Reaktion auf" with the person's own
// act ("wegen ihrer Kritik") stands within eight words before or four
// after: "aus dem Kader gedrängt, nachdem sie Fragen gestellt habe",
// "entlassen, weil er Missstände gemeldet hatte". "entlassen, nachdem er
// Fehler gemacht habe" and "gekündigt, nachdem Kritik an ihm laut wurde"
// are none.
func reprisalDE(toks []token, k int) bool {
	spoke := func(from int) bool {
		for i := from; i < len(toks) && i <= from+12; i++ {
			if toks[i].text == ";" || toks[i].text == "." {
				return false
			}
			if hasPrefixAny(toks[i].fold, whistleWordsDE) {
				return true
			}
		}
		return false
	}
	for j := max(k-8, 0); j < len(toks) && j <= k+4; j++ {
		g := toks[j].fold
		if j > k && (g == "nachdem" || g == "weil" || g == "da") && j+1 < len(toks) && (toks[j+1].fold == "sie" || toks[j+1].fold == "er") {
			return spoke(j + 2)
		}
		if g == "auf" && j > 0 && toks[j-1].fold == "reaktion" {
			g = "wegen"
		}
		if g == "wegen" && j+1 < len(toks) && possessive[toks[j+1].fold] && hasPrefixAny(toks[min(j+2, len(toks)-1)].fold, whistleWordsDE) {
			return true
		}
	}
	return false
}

// followReportVerbsDE are verbs of a sentence that names, after the
// fact, where the one before it came from: "Das geht aus einem
// Prüfbericht hervor", "Das berichtet der Spiegel", "Dies teilte die
// Staatsanwaltschaft mit".
var followReportVerbsDE = set("geht", "ging", "ergibt", "ergab", "berichtet", "berichtete", "berichten", "berichteten", "schreibt", "schrieb", "meldet", "meldete",
	"teilte", "teilt", "sagte", "sagt", "erklaerte", "erklaert", "bestaetigte", "belegt", "belegen", "zeigt", "zeigen", "steht", "stand")

// followingSourceDE: "X soll Verbandsgelder für private Zwecke verwendet
// haben. Das geht aus einem Prüfbericht der Kessler & Partner hervor":
// the sentence after s, in the same paragraph, opens with "Das" or "Dies"
// and one of followReportVerbsDE and so names the source of s. The
// source is the author of the document it cites, or the outlet or body
// it names as the one that reports; nil where it names none the text
// knows.
func (d *doc) followingSourceDE(s int) *entity {
	n := s + 1
	if n >= len(d.sents) || d.sents[n].para != d.sents[s].para {
		return nil
	}
	toks := d.sents[n].toks
	if len(toks) < 3 || (toks[0].fold != "das" && toks[0].fold != "dies") || !followReportVerbsDE[toks[1].fold] {
		return nil
	}
	for _, at := range d.attributions {
		if at.sent == n && at.doc != nil {
			if a := d.docClaimant(at.doc); a != nil {
				return party(a)
			}
		}
	}
	// "Das berichtet der Spiegel", "Das teilte die Staatsanwaltschaft
	// mit": the first party after the verb; a document whose author the
	// text does not know leaves the source unknown.
	for _, m := range d.ments[n] {
		if m.t0 < 2 || m.ent == nil || m.ent.dead || m.kind == mPron {
			continue
		}
		if m.ent.typ == claimgraph.Document {
			if m.ent.author != nil {
				return party(m.ent.author)
			}
			return nil
		}
		return party(m.ent)
	}
	return nil
}

// citesSource: sentence s names its own source: a document or an outlet,
// "laut …", "… zufolge", "Wie … berichtet".
func (d *doc) citesSource(s int) bool {
	for _, at := range d.attributions {
		if at.sent == s {
			return true
		}
	}
	toks := d.sents[s].toks
	// "Der Intendant des Westdeutschen Rundfunks (WDR)", "auf Kosten des
	// Senders": an outlet in the genitive of a noun that is no report is
	// the party's house, not the source, also in its short form.
	house := map[*entity]bool{}
	for _, m := range d.ments[s] {
		if m.ent != nil && m.ent.typ == claimgraph.Publication && m.t0 >= 2 && (toks[m.t0-1].fold == "des" || toks[m.t0-1].fold == "der") && toks[m.t0-2].cap &&
			!sourceNounsDE[toks[m.t0-2].fold] && !reportNounsDE[toks[m.t0-2].fold] {
			house[m.ent] = true
		}
	}
	for _, m := range d.ments[s] {
		if m.ent != nil && !m.ent.dead && (m.ent.typ == claimgraph.Document || m.ent.typ == claimgraph.Publication && !house[m.ent]) {
			return true
		}
	}
	for k := range toks {
		if f := toks[k].fold; f == "laut" || f == "zufolge" || f == "demnach" || k == 0 && f == "wie" {
			return true
		}
	}
	return false
}

// zuClauseEndDE: the reported clause that ends at the comma at end may go
// on in a zu-infinitive that says what the deed was for ("soll eine
// Detektei beauftragt haben, mehrere Betriebsräte zu observieren", "habe
// Sachbearbeiter angewiesen, Schäden grundsätzlich abzulehnen"); its end
// is returned, or end where none follows.
func zuClauseEndDE(toks []token, end int) int {
	if end >= len(toks) || toks[end].text != "," {
		return end
	}
	for k := end + 1; k < len(toks) && k <= end+14; k++ {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.text == "." || t.quote {
			if k > end+1 && zuInfinitiveAt(toks, k-1) {
				return k
			}
			return end
		}
	}
	return end
}

// zuInfinitiveAt: the word at k is a zu-infinitive: "zu observieren",
// "abzulehnen", "einzuschüchtern".
func zuInfinitiveAt(toks []token, k int) bool {
	t := toks[k]
	if !t.word || t.cap || !strings.HasSuffix(t.fold, "en") && !strings.HasSuffix(t.fold, "ern") && !strings.HasSuffix(t.fold, "eln") {
		return false
	}
	if k > 0 && toks[k-1].fold == "zu" {
		return true
	}
	i := strings.Index(t.fold, "zu")
	return i >= 2 && i+2 < len(t.fold)-2
}

// possessiveDetDE: the word at k is "ihr" or "sein" (any ending) before
// a noun or an adjective: a possessive, not a pronoun subject ("Ihr
// früherer Geschäftsführer").
func possessiveDetDE(toks []token, k int) bool {
	f := toks[k].fold
	if !strings.HasPrefix(f, "ihr") && !strings.HasPrefix(f, "sein") || len(f) > 6 {
		return false
	}
	if k+1 >= len(toks) || !toks[k+1].word {
		return false
	}
	n := toks[k+1].fold
	return toks[k+1].cap || isAdjDE(toks[k+1]) || hasSuffixAny(n, "e", "en", "er", "es", "em") && !finiteAuxDE[n] && !konjFiniteDE[n]
}

func hasSuffixAny(f string, ends ...string) bool {
	for _, e := range ends {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// quotedClosingSpeakerDE: sentence o is a quotation and its speaker only
// („…“, sagte Geschäftsführer X [von der Y].): the quotation opens the
// sentence and closes right before the comma and the verb of speaking,
// after which comes the speaker (a name, a described official, or
// "er"/"sie") and nothing quoted. German reports go on with that
// speaker's words in the subjunctive of the next sentence.
func (d *doc) quotedClosingSpeakerDE(o int, ps []part) *entity {
	toks := d.sents[o].toks
	if len(toks) < 6 || !toks[0].quote {
		return nil
	}
	v := -1
	for k := 3; k < len(toks); k++ {
		if speakVerbsDE[toks[k].fold] && toks[k-1].text == "," && toks[k-2].quote {
			v = k
			break
		}
	}
	if v < 0 {
		return nil
	}
	for k := v; k < len(toks); k++ {
		if toks[k].quote || toks[k].inq {
			return nil
		}
	}
	for _, p := range ps {
		if p.m.t0 <= v {
			continue
		}
		if p.m.t0 > v+4 || p.prep != "" || p.obj || p.e.typ == claimgraph.Publication || p.e.typ == claimgraph.Document || p.m.kind == mPron && toks[p.m.t0].fold != "er" && toks[p.m.t0].fold != "sie" && !roleReferenceDE(toks, p.m, d) {
			return nil
		}
		for g := v + 1; g < p.m.t0; g++ {
			if !(articles[toks[g].fold] || inflectedAdjDE(toks[g]) || lowerAdjDE(toks[g]) || isRoleToken(toks[g], d) != "") {
				return nil
			}
		}
		return party(p.e)
	}
	return nil
}

// roleReferenceDE reports a mention the text resolved like a pronoun
// that is a role noun ("der Rathauschef", "die Ministerin"): it names the
// person the text gave that role, as a name does, where "man", "wir" or
// "es" name no one.
func roleReferenceDE(toks []token, m *mention, d *doc) bool {
	h := m.t1 - 1
	return m.kind == mPron && h > 0 && h < len(toks) && toks[h].cap && isRoleToken(toks[h], d) != ""
}

// notOnlyDE: "nicht" at k opens "nicht nur … sondern (auch)": the deed
// is not taken back but added to ("habe Beschwerden nicht nur ignoriert,
// sondern die Briefe weitergeleitet").
func notOnlyDE(toks []token, k int) bool {
	if toks[k].fold != "nicht" || k+1 >= len(toks) {
		return false
	}
	if f := toks[k+1].fold; f != "nur" && f != "allein" && f != "bloss" && f != "lediglich" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+16; j++ {
		if toks[j].fold == "sondern" {
			return true
		}
	}
	return false
}

// organAfterModalDE: the subject of the reported modal at c is a company
// organ, after the modal ("soll die Geschäftsführung der X AG …") or
// before it ("Der Vorstand der Y GmbH soll …"): an article, the organ
// word and "des"/"der" right before a name. The organisation named
// stands for its organ (FORMAT.md: organs are no entities). A lawyer is
// no organ of the firm.
func (d *doc) organAfterModalDE(s int, parts []part, c int) *part {
	toks := d.sents[s].toks
	organAt := func(a int) bool {
		if a < 0 || a+3 >= len(toks) || !articles[toks[a].fold] || !toks[a+1].cap {
			return false
		}
		o := toks[a+1].fold
		if !organWordDE(o) && !supervisoryOrgansDE[o] || lawyerOrganDE(o) {
			return false
		}
		g := toks[a+2].fold
		return g == "des" || g == "der"
	}
	for i := range parts {
		p := parts[i]
		if !p.e.isOrg() || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication {
			continue
		}
		// ("der Klinikgruppe X AG": a descriptor before the name.)
		at := p.m.t0 - 3
		if at > 0 && at < len(toks) && (d.isCompanyDescriptor(toks[p.m.t0-1]) || d.bodyDescriptor(toks[p.m.t0-1])) {
			at--
		}
		if at == c+1 && organAt(at) || p.m.t1 == c && at == 0 && organAt(0) {
			return &parts[i]
		}
	}
	return nil
}

// writtenPapersDE are papers a party writes and sends; paperVerbsDE the
// verbs of writing, sending or filing them.
var (
	writtenPapersDE = []string{"brief", "schreiben", "stellungnahme", "erklaerung", "mitteilung", "positionspapier", "papier", "gutachten", "bericht", "studie",
		"beschwerde", "klage", "anzeige", "rundschreiben", "mail", "memo", "vermerk", "eingabe", "antrag", "petition"}
	paperVerbsDE = set("geschrieben", "geschickt", "verschickt", "eingereicht", "veroeffentlicht", "vorgelegt", "verfasst", "gerichtet", "uebergeben", "uebermittelt",
		"schrieb", "schrieben", "schickte", "schickten", "veroeffentlichte", "veroeffentlichten", "legte", "legten", "reichte", "reichten", "richtete", "richteten")
)

// paperWriterBeforeDE: the sentence before s, in its paragraph, says a
// party wrote, sent or filed a paper ("Der Verein X hat einen offenen
// Brief an das Ministerium geschrieben"); the party that opens it as
// subject is the paper's writer, never the one it went to ("an das
// Ministerium").
func (d *doc) paperWriterBeforeDE(s int) *entity {
	o := s - 1
	if o < 0 || d.sents[o].para != d.sents[s].para {
		return nil
	}
	toks := d.sents[o].toks
	paper, verb := false, false
	for _, t := range toks {
		if t.word && t.cap {
			for _, w := range writtenPapersDE {
				if strings.HasSuffix(t.fold, w) {
					paper = true
				}
			}
		}
		verb = verb || paperVerbsDE[t.fold]
	}
	if !paper || !verb {
		return nil
	}
	return d.subjectBeforeDE(s)
}

// subjectBeforeDE returns the party that opens the sentence before s in
// its paragraph as its subject ("Der Landesrechnungshof hat …"), or nil.
func (d *doc) subjectBeforeDE(s int) *entity {
	o := s - 1
	if o < 0 || d.sents[o].para != d.sents[s].para {
		return nil
	}
	ps := d.participants(o, false)
	if len(ps) == 0 {
		return nil
	}
	p := ps[0]
	if p.prep != "" || p.obj || p.m.t0 > 2 || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || p.m.kind == mPron {
		return nil
	}
	return party(p.e)
}

// kinWordsDE are one's family, on whom money entrusted to one must not
// be spent.
var kinWordsDE = set("ehefrau", "ehemann", "frau", "mann", "familie", "sohn", "tochter", "soehne", "toechter", "kinder", "freundin", "freund", "lebensgefaehrtin",
	"lebensgefaehrte", "partnerin", "partner", "schwager", "schwaegerin", "bruder", "schwester", "neffe", "nichte", "verwandte", "verwandten", "angehoerige", "angehoerigen")

// familySpendDE: the spending or billing verb at k has the speaker's own
// family as the ones it paid for, "für seine Ehefrau", "seiner
// Lebensgefährtin", within the clause before it.
func familySpendDE(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-12; j-- {
		if toks[j].text == "," || toks[j].text == ";" {
			return false
		}
		if toks[j].cap && kinWordsDE[toks[j].fold] {
			switch toks[j-1].fold {
			case "seine", "ihre", "seiner", "ihrer", "seinen", "ihren", "seines", "ihres":
				return true
			}
		}
	}
	return false
}

// followedFindingDE: "Der Landkreis Wettenau hat zwischen 2021 und 2024
// Bauaufträge … ohne die vorgeschriebene öffentliche Ausschreibung
// vergeben. Das geht aus dem Jahresbericht des Landesrechnungshofs
// hervor": a deed told as plain fact in the indicative perfect, whose
// source the next sentence names after the fact (followingSourceDE). The
// finder (an audit office, an inspectorate, the author of the report)
// accuses the subject. The subject opens the sentence right before its
// auxiliary at c (articles, descriptors and adjectives only before it);
// the deed must be misconduct in itself (strictWrongdoing), active and
// unnegated, since reports state plain facts and cleared parties too. A
// sentence that names its own source, or carries a word of accusation,
// is left to its own frames.
func (d *doc) followedFindingDE(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	if c < 1 || c > 6 || reportedSentence(toks) || d.citesSource(s) {
		return
	}
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.m.t1 != c {
			continue
		}
		if p.prep != "" || p.obj || p.m.kind == mPron || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication {
			return
		}
		for j := 0; j < p.m.t0; j++ {
			// ("Der frühere Kassenwart Holger Brinkmann hat …": the noun
			// right before a person's name is the role it holds.)
			role := j == p.m.t0-1 && p.e.typ == claimgraph.Official && toks[j].cap
			if tj := toks[j]; !(articles[tj.fold] || role || d.isCompanyDescriptor(tj) || d.bodyDescriptor(tj) || isRoleToken(tj, d) != "" || tj.word && !tj.cap && (isAdjDE(tj) || inflectedAdjDE(tj))) {
				return
			}
		}
		subj = &parts[i]
		break
	}
	if subj == nil {
		return
	}
	for _, t := range toks {
		if t.inq {
			return // a quotation is someone's words, not the report's
		}
		if f := t.fold; vorwerfenFinite[f] || vorwerfenWhole[f] || accuseDE[f] || anlastenDE[f] || strings.HasPrefix(f, "vorwurf") || strings.HasPrefix(f, "vorwuerf") {
			return
		}
	}
	end := len(toks)
	for j := c + 1; j < end; j++ {
		if j > c+2 && relativeStart(toks, j) {
			break
		}
		switch toks[j].fold {
		case "nicht", "nie", "kein", "keine", "keinen", "niemals":
			if attributiveNegDE(toks, j) {
				continue
			}
			return
		case "wurde", "wurden", "worden", "werden", "wird":
			return
		}
	}
	if !hasWrongdoing(toks, c+1, end) || !strictWrongdoing(toks, c+1, end) {
		return
	}
	src := d.followingSourceDE(s)
	if src == nil || src == party(subj.e) || !(src.isOrg() || src.typ == claimgraph.Official) {
		return
	}
	emit(src, ents(d.coordinated(s, parts, []part{*subj})), "de.finding.followed", 0.65, c+1)
}

// dutyUnmetDE: "hätte die Aufträge europaweit ausschreiben müssen",
// "hätten die Kunden früher informieren müssen": the auxiliary at k and,
// closing its clause, an infinitive and "müssen" or "sollen": a duty the
// party left undone, in a sentence that tells a source's finding
// (findingContextDE). "hätte nicht … müssen" needed nothing; the same
// words from a critic without a source's report ("hätte früher handeln
// müssen, sagte er") are an opinion the frames of speech read.
func dutyUnmetDE(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+14; j++ {
		g := toks[j].fold
		if toks[j].text == "," || toks[j].text == "." || toks[j].text == ";" || g == "nicht" || g == "kein" || g == "keine" || g == "nie" {
			return false
		}
		if (g == "muessen" || g == "müssen" || g == "sollen") && j > k+1 && !toks[j-1].cap && toks[j-1].word && strings.HasSuffix(toks[j-1].fold, "n") {
			for _, t := range toks {
				if findingContextDE[t.fold] || strings.HasPrefix(t.fold, "bericht") || strings.HasPrefix(t.fold, "pruefbericht") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// findingContextDE name a source's finding or report in the sentence.
var findingContextDE = set("laut", "zufolge", "demnach", "demzufolge", "heisst", "heißt", "festgestellt", "stellte", "stellten", "pruefer", "prüfer", "schluss", "befund", "angaben")

// reportNounsDE take the source of a report in the genitive: "nach
// Informationen des »Spiegels«", "nach Recherchen der Zeitung".
var reportNounsDE = set("informationen", "recherchen", "bericht", "berichten", "berichts", "auskunft", "meldung", "meldungen", "unterlagen")
