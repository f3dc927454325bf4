package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph"
)

var (
	zurueckweisen = set("weist", "wies", "weisen", "wiesen", "weise")
	denyWholeDE   = set("zurückgewiesen", "zurueckgewiesen", "zurückweisen", "zurueckweisen", "zurückweist", "zurueckweist", "zurückwies", "zurueckwies", "bestreitet", "bestritt", "bestreiten", "bestritten", "bestreite", "bestritten", "dementiert", "dementierte", "dementieren", "dementierten", "widerspricht", "widersprach", "widersprechen", "zurückzuweisen", "zurueckzuweisen")
	callDE        = set("bezeichnet", "bezeichnete", "bezeichneten", "bezeichnen", "nennt", "nannte", "nannten", "wertet", "wertete")
	accNounsDE    = set("vorwürfe", "vorwuerfe", "vorwurf", "beschuldigungen", "anschuldigungen", "behauptungen", "darstellung", "vorwürfen", "vorwuerfen", "anschuldigung", "behauptung", "berichte", "bericht", "angaben", "anklage", "klage", "vorhaltungen", "unterstellungen", "das", "dies", "diese",
		"berichterstattung", "artikel", "darstellungen", "kritik", "beschwerde", "bescheid", "anzeige", "strafanzeige", "feststellungen", "ergebnisse",
		"schilderung", "schilderungen",
		// „nannte den Prüfbericht „ein Machwerk““: the auditor's report.
		"pruefbericht", "prüfbericht",
		// "hatte die Schuldzuweisung als „völlig absurd“ bezeichnet".
		"schuldzuweisung", "schuldzuweisungen", "anwuerfe", "verdaechtigungen", "unterstellung")
	denyEN = set("deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "dispute", "disputes", "disputed", "disputing", "refute", "refutes", "refuted", "rebut", "rebuts", "rebutted", "contest", "contests", "contested", "contesting", "repudiated",
		"disagree", "disagrees", "disagreed", "refuted", "rebuffed", "denounced")
	callEN     = set("called", "calls", "call", "described", "describes", "labelled", "labeled", "branded", "termed")
	accNounsEN = set("allegations", "allegation", "claims", "claim", "charges", "charge", "accusations", "accusation", "report", "findings", "lawsuit", "suit", "complaint", "it", "them", "this", "that", "counterclaim", "assertions", "story", "reports", "accounts", "account", "statement", "assertion", "version", "criticism", "suggestion", "conclusions", "accusations",
		// "dismissed noyb's characterisation of the app as …": how the
		// accuser described the conduct.
		"characterisation", "characterization", "portrayal", "depiction", "narrative")
	notAccusationEN = set("request", "application", "permit", "permission", "approval", "licence", "license", "bail", "election", "elections", "race", "seat", "match", "final", "title", "primary", "championship", "offer", "bid", "speculation", "spekulationen", "antrag", "angebot", "rumours", "rumors", "merger", "talks", "entry", "access", "visa", "appeal", "motion", "spekulation")
	quoteDenyWords  = []string{"haltlos", "unsinn", "erfunden", "falsch", "unwahr", "verleumd", "entbehr", "unbegruend", "unzutreffend", "nicht zutreffend", "baseless", "false", "untrue", "without merit", "nonsense", "defamatory", "unfounded", "groundless", "categorically", "never", "nie ", "keinerlei", "zu keinem zeitpunkt", "we reject", "wir weisen", "contests", "meritless", "frivolous", "no merit", "absurd", "laecherlich", "ridiculous",
		// Fabrication and motive: "frei erfunden", "politically motivated".
		// The accusation cast as an attack on the accused: „eine gezielte
		// Attacke“, „Schmutzkampagne“, "a hit job", "a witch hunt".
		"gezielte attacke", "gezielten attacke", "gezielter angriff", "gezielten angriff", "kampagne", "hit job", "hit piece", "witch hunt", "witch-hunt", "hexenjagd", "vendetta", "rachefeldzug",
		"fabricat", "politically motivated", "politisch motiviert", "smear", " lies", "luegen", "no basis", "without foundation",
		"jeder grundlage", "aus der luft gegriffen", "unterstellung", "diffamier", "hetzkampagne", "rufmord", "inaccurate", "misrepresent",
		// A ploy with a motive (see discreditWords).
		"durchsichtig", "ablenkungsmanoever", "racheakt", "retourkutsche", "rufschaed", "transparent attempt", "desperate attempt", "cynical attempt", "thinly veiled attempt", "shoot the messenger", "sour grapes",
		// The charge as a pretext, the accused as a scapegoat: „hält das
		// für vorgeschoben“, „Wir werden zum Sündenbock gemacht“, "a mere
		// pretext", "we are being made the scapegoat".
		"vorgeschoben", "vorwand", "pretext", "suendenbock", "scapegoat", "machwerk",
		"inaccura", "riddled with", "full of errors", "voller fehler", "factual errors", "sachliche fehler", "fully licensed", "fully licenced", "desinformation", "disinformation", "mischaracteri", "distort", "verzerr", "einseitig", "one-sided", "propaganda", "hysterie", "hysteria", "irrefuehrend", "we strongly disagree", "wir widersprechen",
		// The accused's own word for its conduct: "unsere Werbung ist
		// korrekt", "the figures are accurate".
		"fehlerhaft", "factually wrong", "simply wrong", "plainly wrong", "flat wrong", "completely wrong", "entirely wrong", "rechtswidrig", "unrechtmaessig", "unverhaeltnismaessig", "unlawful decision", "flawed",
		"industry practice", "industry standard", "marktueblich", "branchenueblich",
		// Truth denied: "None of this is true", „Das stimmt nicht“.
		"not true", "none of this is true", "none of it is true", "none of that is true", "no truth", "further from the truth", "kein wort wahr", "stimmt nicht", "stimmt so nicht", "stimmen nicht", "stimmen so nicht", "stimmt einfach nicht",
		"nicht den tatsachen", "nicht der wahrheit", "nicht der realitaet",
		"korrekt", "rechtmaessig", "rechtskonform", "gesetzeskonform", "lawful", "accurate", "complied", "compliant", "in full compliance",
		// The accusation judged as invention or as unsound: "a work of
		// fiction", "a fairy tale", „ein Märchen“, „an den Haaren
		// herbeigezogen“, "cherry-picked", "junk science".
		"fiction", "fairy tale", "fairytale", "maerchen", "raeuberpistole", "hirngespinst", "fantasy", "fantasie", "phantasie",
		"pure invention", "complete invention", "total invention", "reine erfindung", "freie erfindung", "glatte erfindung", "pure erfindung",
		"haaren herbeigezogen", "cherry-pick", "cherrypick", "junk science", "hatchet job", "off the mark", "wide of the mark", "out of context",
		"aus dem zusammenhang", "willkuerlich ausgew", "selektiv ausgew", "hogwash", "baloney", "poppycock", "balderdash", "preposterous",
		"utter rubbish", "complete rubbish", "total rubbish", "absolute rubbish", "trumped-up", "trumped up", "unsubstantiated", "substanzlos",
		"gegenstandslos", "quatsch", "bloedsinn", "humbug", "lachhaft", "conspiracy theor", "verschwoerungstheorie", "fake news",
		// „in der Sache unhaltbar“, „üble Nachrede“, „eine dreiste
		// Lüge“, "a political stunt".
		"unhaltbar", "nicht haltbar", "untenable", "nachrede", "luege", "a lie", "outright lie", "blatant lie", "political stunt", "publicity stunt", "without substance"}
	blanketWords = set("sämtliche", "saemtliche", "alle", "allen", "all", "any", "jegliche", "jeglichen", "sämtlichen", "saemtlichen", "every", "each", "both", "beide", "beiden")
	retractWords = set("zurückgezogen", "zurueckgezogen", "withdrew", "withdrawn", "withdraws", "retracted", "zieht", "zog", "entschuldigt", "apologised", "apologized")
)

// findDenials runs the DENY frames: a party rejects an accusation made
// against it (or against a party it defends). Declining to comment,
// withdrawing one's own claim and rebutting a report that alleges no
// wrongdoing are not denials: the first has no cue, the last two have no
// accusation against the speaker to answer.
func (d *doc) findDenials() {
	d.ownership()
	d.backing()
	for s := range d.sents {
		d.deniedAccusation(s)
	}
	for s := range d.sents {
		d.denySentence(s)
	}
}

func (d *doc) denySentence(s int) {
	toks := d.sents[s].toks
	parts := d.participants(s, false)
	cue, rule, quoteDenial, ok := d.denyCue(s)
	if !ok {
		d.restatedDenial(s, parts)
		return
	}
	d.secondClauseDenial(s, max(cue, 0), parts)
	// "Der Betriebsrat wirft dem Konzern vor, …, was der Konzern
	// zurückgewiesen hat": a denial appended to an accusation denies that
	// one; if it was not understood, the denial belongs to no other.
	if cue > 0 && d.appendedTo(s, cue) {
		for _, a := range d.accs {
			if a.sent == s {
				goto own
			}
		}
		return
	}
own:
	// The object must be an accusation, not a request or speculation.
	if cue >= 0 {
		for k := cue + 1; k < len(toks) && k <= cue+5; k++ {
			// "denied the claims about its permit": the accusation
			// comes first and is the object.
			if f := toks[k].fold; (accNounsEN[f] || accNounsDE[f]) && !functionWords[f] && f != "them" && f != "dies" || strongGenericWords[f] {
				break
			}
			// "denies wrongdoing and will appeal": a new verb phrase
			// ends the object.
			if f := toks[k].fold; (f == "and" || f == "und") && k+1 < len(toks) && (modalsEN[toks[k+1].fold] || toks[k+1].fold == "will" || toks[k+1].fold == "would") {
				break
			}
			// „bestreitet die offenen Forderungen“: what one disputes
			// owing is a claim against one, not a demand.
			// („wies die Forderung zurück“ after „verlangt von der Firma
			// Schadenersatz“: the demand for damages is the charge.)
			if notAccusationEN[toks[k].fold] || requestNoun(toks[k].fold) && !(d.lang == "de" && strings.HasPrefix(toks[cue].fold, "bestr") && strings.HasSuffix(toks[k].fold, "forderungen")) && !d.damagesClaimed(s, toks[k].fold) {
				return
			}
			// „bestritt sein letztes Heimspiel“, „bestreitet seinen
			// Lebensunterhalt“: playing a match, paying one's way.
			if f := toks[k].fold; d.lang == "de" && strings.HasPrefix(toks[cue].fold, "bestr") && (strings.HasSuffix(f, "spiel") || strings.HasSuffix(f, "spiele") ||
				contestedNotDenied[f]) {
				return
			}
		}
	}
	// The denier: the subject before the cue, else after it (inverted or
	// quote-attribution order).
	var denier *entity
	limit := len(toks)
	if cue >= 0 {
		limit = cue
	}
	// "Man habe keine Absprachen getroffen, sagte ein Sprecher": "man",
	// "wir", "we" are the speaker, whom a closing attribution names; they
	// stand for a party only where nothing else does.
	// "The claims were rejected by Mr Marsh", „Die Vorwürfe wurden von
	// Nordbau zurückgewiesen“: a passive's agent denies.
	denier = d.passiveAgent(s, cue, parts)
	// "A lawyer for Rourke, who left the firm in 2025, said his client
	// …", „Ein Anwalt von Brandl erklärte …“: the unnamed lawyer is no
	// entity; the client he speaks for denies, not a body named in a
	// clause about the client.
	if denier == nil {
		denier = d.lawyerSubject(s, limit, parts)
	}
	for pass := 0; pass < 2 && denier == nil; pass++ {
		for _, p := range parts {
			if p.m.t0 >= limit {
				break
			}
			if p.prep == "" && !p.obj && (pass == 1 || !speakerPron(toks, p.m)) && !toldAddressee(toks, p) {
				denier = p.e
				// „Der Anwalt des Managers nannte …“: the lawyer's
				// client.
				if p.m.t0 >= 2 && lawyerWords[toks[p.m.t0-2].fold] && (toks[p.m.t0-1].fold == "des" || toks[p.m.t0-1].fold == "der") {
					denier = d.unnamedClient(s, p.e)
				}
				// "sagte Helmut Grabowski, der Anwalt von Lübbers":
				// the lawyer speaks for his client.
				if c := d.lawyerApposition(s, p, parts); c != nil {
					denier = c
				}
				// "Der Anwalt von Pryce, Ulrich Mertens, sagte …", "A
				// representative for Pryce said …": the person spoken
				// for.
				if c := d.spokenFor(s, p, parts); c != nil {
					denier = c
				}
				// "The company rejected that claim as well", where
				// coreference took "the company" for a party nobody
				// accused: one denies what one is accused of.
				// (Not a description of its own kind: „Über ihren Anwalt
				// ließ die Genossenschaft erklären …“ is the cooperative
				// coreference found, whatever else was accused.)
				// Nor where the sentence names it too: "Lawyers for
				// Ashcombe told the FT that the company …".
				if p.m.kind == mDesc && denier.isOrg() && len(d.accsAgainst(denier, s)) == 0 && (denier.typ != claimgraph.Company || genericCompanyDescs[trimPoss(toks[p.m.t1-1].fold)]) && !d.namedElsewhere(s, p.m, denier) {
					if alt := d.lastAccusedOfType(s, denier.typ); alt != nil {
						denier = alt
					}
				}
				break
			}
		}
		// "Sørvald's campaign denied leaking the letter, saying it had
		// been sent only to …": an organ before the cue is its subject;
		// a name after the cue stands in a clause of its own.
		if denier == nil && cue > 0 && pass == 0 {
			denier = d.organDenier(s, cue, parts)
		}
		if denier == nil {
			for _, p := range parts {
				if p.m.t0 > limit || cue < 0 {
					if p.prep == "" && !p.obj && (pass == 1 || !speakerPron(toks, p.m)) && !toldAddressee(toks, p) {
						denier = p.e
						break
					}
				}
			}
		}
	}
	// „Vossberg habe nie Einfluss genommen, sagte eine Sprecherin des
	// Senders“: a person's conduct defended in reported speech is denied
	// by the one who speaks, a body's spokesperson, not by the person.
	if cue < 0 && denier != nil && denier.typ == claimgraph.Official && !denier.anon {
		if sp := d.closingBodySpeaker(s, parts); sp != nil && sp != denier {
			denier = sp
		}
	}
	// „Ein Konzernsprecher erklärte, … Auch die Darstellung, der
	// Vorstandschef habe davon gewusst, sei „frei erfunden“, sagte der
	// Sprecher“: "the spokesman" closing the sentence is the one who spoke
	// just before, and the person his reported words defend denies nothing.
	if cue < 0 && denier != nil && denier.typ == claimgraph.Official && !denier.anon {
		if sp := d.spokesmanGoesOn(s); sp != nil && sp != denier {
			denier = sp
		}
	}
	// „…, die Regierung habe damit nichts zu tun, sagte ein
	// Ministeriumssprecher“: the state named in reported speech is
	// defended by the body of its own that speaks.
	if cue < 0 && denier != nil && denier.isOrg() {
		if sp := d.closingBodySpeaker(s, parts); sp != nil && party(sp) != nil && party(sp) != denier && sameCountry(party(sp), denier) && isDefender(party(sp)) {
			denier = sp
		}
	}
	if denier == nil {
		// "Die Klinikleitung wies die Anschuldigungen zurück",
		// "Morland's lawyers rejected …": an organ speaks for its body.
		at := cue
		if at < 0 {
			at = len(toks)
		}
		denier = d.organDenier(s, at, parts)
	}
	if denier == nil {
		// "hieß es aus dem Unternehmen", "Laut Kalkwerk sind die
		// Vorwürfe falsch", "according to the company": the source of
		// the words denies.
		denier = d.sourceDenier(s, parts)
	}
	if denier == nil {
		// "Der Autobauer schulde …, erklärte Geschäftsführer Tobias
		// Wernsdörfer. „Von Erpressung kann keine Rede sein.“": a
		// quotation that stands alone goes on with the speaker before.
		denier = d.quoteGoesOn(s)
	}
	if denier == nil {
		// "Der Konzern äußerte sich am Abend. Die Darstellung sei
		// falsch.": reported speech without a speaker of its own goes on
		// with the subject of the sentence before.
		denier = d.reportedSpeaker(s)
	}
	if denier == nil && rule == "de.phrase.reject" {
		// „…, teilte Generalsekretär Volker Haas mit. Die Prämien seien
		// dagegen fristgerecht ausgezahlt worden.“: the accused speaker
		// a few sentences of reported speech back.
		denier = d.carriedSpeaker(s)
	}
	if denier == nil {
		if group := d.pluralDeniers(s, limit, nil); len(group) > 1 {
			for _, e := range group {
				d.denyAs(e, s, cue, limit, rule, quoteDenial, parts)
			}
			return
		}
		// "Beide Seiten wiesen die Vorwürfe zurück", "Both companies
		// denied the allegations": each party of a mutual dispute
		// rejects what the other said.
		if d.bothSides(s, cue) {
			for _, a := range d.accs {
				if a.sent <= s {
					d.addDenial(a.accused, a, s, rule, 0.6, d.denialQuote(s, cue))
				}
			}
		}
		return
	}
	// "Die Unternehmen bestreiten das", "Both companies deny
	// wrongdoing", "The two men have denied the charges": a plural
	// subject denies for each party accused together.
	if group := d.pluralDeniers(s, limit, denier); len(group) > 1 {
		for _, e := range group {
			d.denyAs(e, s, cue, limit, rule, quoteDenial, parts)
		}
		return
	}
	// "Rentora und Motrex wiesen die Vorwürfe zurück": coordinated
	// subjects deny each for itself.
	for _, e := range d.coordinatedDeniers(s, limit, denier, parts) {
		d.denyAs(e, s, cue, limit, rule, quoteDenial, parts)
	}
}

// denyAs records the denials that denier makes in sentence s, whose cue
// (or -1) is at cue and whose subject ends before limit.
func (d *doc) denyAs(denier *entity, s, cue, limit int, rule string, quoteDenial bool, parts []part) {
	named := d.namedAccusers(s, limit, denier, parts) // "denied Quarrington's claims"
	// The party: a person accused personally denies for himself; a
	// spokesperson or executive for the organisation.
	targets := d.accsAgainst(denier, s)
	who := denier
	if len(targets) == 0 && denier.typ == claimgraph.Official && denier.affil != nil {
		// "Mr Feld said he rejects these allegations": a person who
		// speaks of himself answers what was said against him, not
		// against his employer.
		if d.speaksOfSelf(s, denier) {
			return
		}
		// "Ebeling, der das Unternehmen im vergangenen Jahr verlassen
		// hat, ließ die Vorwürfe … zurückweisen": one who has left a
		// body no longer speaks for it.
		if d.leftBody(s, denier) {
			return
		}
		// "A lawyer for Maddox said his client never instructed anyone
		// …": a lawyer answers for a person, not for his employer; with
		// nothing said against the person there is nothing to deny.
		if d.clientSpeaks(s) {
			return
		}
		who = denier.affil
		// „GPG-Landesleiter Murat Aydın hält dagegen“ where coreference
		// tied him to the firm the paragraph is about: the role word
		// names the body he speaks for.
		if alt := d.headedBody(s, denier); alt != nil && alt != who {
			who = alt
		}
		targets = d.accsAgainst(who, s)
		// "Orth ließ die Darstellung über seinen Anwalt zurückweisen",
		// "Lindqvist, through her lawyers, denied …": a person who
		// answers through a lawyer speaks for himself (FORMAT.md
		// guideline 1), about what was said against his body.
		if !denier.anon && d.throughLawyer(s) {
			who = denier
		}
	}
	// „Chefredakteurin Anja Roloff wies den Vorwurf der Verleumdung
	// zurück“: an executive or editor whom nothing tied to a body speaks
	// for the body of her kind accused just before, or for the only one
	// of that kind the article accuses.
	if len(targets) == 0 && denier.typ == claimgraph.Official && denier.affil == nil && !denier.anon {
		if typ, ok := d.headRoleBefore(s, denier); ok {
			alt := d.lastAccusedOfType(s, typ)
			if alt == nil {
				alt = d.onlyAccusedOfType(s, typ)
			}
			if alt != nil {
				who = alt
				targets = d.accsAgainst(who, s)
			}
		}
	}
	// „Hochschulpräsident Uwe Kappel wies die Darstellung zurück“,
	// „Verbandsvorsteher Rolf Metzger bestreitet das“: a head whose role
	// word names the kind of body he heads speaks for the accused body
	// whose name has that word.
	if len(targets) == 0 && denier.typ == claimgraph.Official && denier.affil == nil && !denier.anon {
		if alt := d.headedBody(s, denier); alt != nil {
			who = alt
			targets = d.accsAgainst(who, s)
		}
	}
	defending := false
	// "Chattr's parent company, Lumaro Inc., dismissed the report": an
	// owner answers for what it owns.
	if len(targets) == 0 && who.owns != nil {
		targets = d.accsAgainst(who.owns, s)
		defending = len(targets) > 0
	}
	// "Tallyra rejected the charges against its chief executive": an
	// organisation defends its sitting officers (not former ones), when
	// nothing is said against itself or when the denial names them.
	officers := false
	if who.isOrg() && (len(targets) == 0 || d.againstOfficerOf(s, who) || cue < 0 && d.officerDefendedIn(s, who)) {
		officers = len(targets) > 0
		// „die Vorwürfe gegen das Unternehmen und seinen
		// Geschäftsführer“: both its own and its officer's.
		var own []*acc
		if officers && d.againstNames(s, who) {
			own = targets
		}
		targets = own
		for _, a := range d.accs {
			// (Not a charge the body itself made: "Bristow Paving
			// president Hank Bristow called the audit \"a hatchet job\" and
			// accused County Auditor Dennis Marsh …" defends no officer
			// against Bristow's own words, whatever tied Marsh to it.)
			if a.sent <= s && a.accused.typ == claimgraph.Official && a.accused.affil == who && !a.accused.former && a.accuser != who {
				targets = append(targets, a)
			}
		}
		defending = len(targets) > len(own)
		// "Eine frühere Pflegerin, die anonym bleiben wollte, sagte, die
		// Heimleiterin habe die Einträge angeordnet. … Der Träger weist
		// die Vorwürfe zurück": a body that rejects the charges where
		// only an insider's against its officer was read answers the
		// charges against itself too; its sentences are read again as
		// for a denial nobody was found to be accused for.
		if defending && !officers && cue >= 0 {
			insiders := true
			for _, a := range targets {
				insiders = insiders && a.accuser.insider
			}
			if insiders {
				d.dangling = append(d.dangling, dangling{who: who, sent: s})
			}
		}
	}
	// „Rückendeckung erhielt der Bürgermeister von der CSU-Fraktion.
	// Deren Vorsitzender nannte die Anschuldigungen „haltlos““: a party
	// that stands behind the accused answers for it when it rejects the
	// charge (its backing alone denies nothing).
	if len(targets) == 0 && who.defends != nil {
		targets = d.accsAgainst(who.defends, s)
		defending = len(targets) > 0
	}
	// „wies die Vorwürfe gegen seine Mitgliedsunternehmen zurück“,
	// "rejected the allegations against its member companies": an
	// association answers for its members, the firms accused in the
	// paragraph last to accuse firms.
	if len(targets) == 0 && who.isOrg() && d.forMembers(s) {
		targets = d.membersAccused(who, s)
		defending = len(targets) > 0
	}
	if len(targets) == 0 {
		// A party defending the accused: an embassy, a government.
		if !isDefender(who) {
			if cue >= 0 {
				d.dangling = append(d.dangling, dangling{who: who, sent: s})
			}
			return
		}
		defending = true
		// "Moskau wies die Vorwürfe zurück": a plural answers all that
		// was said against its side.
		targets = d.defendedAccs(who, s, d.blanket(s) || d.genericDenial(s, cue))
		// "Vietnam's trade ministry rejected the agency's accusation
		// against Hai Duong Steel": the party its denial names, whatever
		// else was said of public bodies.
		var all []*acc
		for _, a := range d.accs {
			if a.sent <= s && a.accuser != who {
				all = append(all, a)
			}
		}
		if in := d.againstNamed(s, all); len(in) > 0 {
			targets = in
		}
		if len(targets) == 0 {
			return
		}
	}
	// "Harlow & Pryce said it accepted the findings" … "The bank at the
	// time called the report \"inaccurate\"": what the party has
	// accepted, a later rejection that names no accuser does not answer.
	if len(named) == 0 {
		var open []*acc
		for _, a := range targets {
			if !d.conceded(who, a, s) {
				open = append(open, a)
			}
		}
		if len(open) == 0 {
			return
		}
		targets = open
	}
	// "He rejected the audit office's finding that Harcourt had withheld
	// test results": a denial that names an accuser whose charge the
	// frames did not read licenses that accuser's sentences.
	if cue >= 0 && len(named) > 0 && !defending && !d.accusedBy(targets, named) {
		d.dangling = append(d.dangling, dangling{who: who, sent: s, by: named})
	}
	// "„Man hat mich gekauft“, sagte Korte. Das bestreitet die
	// Molkerei.": a demonstrative right after a third party spoke points
	// at what that party said; its sentences about the denier are read
	// again as that accuser's.
	if cue >= 0 && len(named) == 0 && !defending && d.pointsBack(s, cue) && !d.statedAt(s-1, targets) {
		if sp := d.thirdSpeaker(s, targets); sp != nil && sp != who {
			d.dangling = append(d.dangling, dangling{who: who, sent: s, by: []*entity{sp}})
		}
	}
	chosen := d.chooseTargets(s, cue, named, targets, defending)
	// "Die Darstellung, die Bank habe Warnsignale übergangen, wies … zurück":
	// the claim the denial spells out picks its accusation.
	if ct := d.claimTargets(s, cue, targets); len(ct) > 0 {
		chosen = ct
	}
	// "denied rigging any auction and said it would challenge the
	// charge": the act the denial verb takes for object names its
	// accusation too.
	for _, a := range d.gerundTargets(s, cue, targets) {
		chosen = appendAcc(chosen, a)
	}
	if officers {
		for _, a := range targets {
			if a.accused.typ == claimgraph.Official && a.accused.affil == who {
				chosen = appendAcc(chosen, a)
			}
		}
	}
	// "Mondo Direct rejected the allegations against the company and its
	// subsidiary", "wies die Vorwürfe gegen das Unternehmen und die
	// Tochter zurück": a party answers too for those accused together
	// with it whom its denial names.
	for _, a := range d.coAccusedNamed(s, who, chosen) {
		chosen = appendAcc(chosen, a)
	}
	// Parties that accused together in one sentence made one claim: a
	// denial of it answers each of them ("Die DUH und der BUND werfen …
	// vor" … "wies die Darstellung zurück").
	// (Where the denial names one accuser, not the other of two clauses:
	// "the Verbraucherzentrale accused Skyhansa of hiding fees, while the
	// Bundeskartellamt accused it of colluding" … "rejected the cartel
	// office's allegations".)
	for _, a := range targets {
		for _, c := range chosen {
			if a != c && a.sent == c.sent && a.accused == c.accused && a.rule == c.rule && (len(named) == 0 || d.coordinatedIn(a.sent, a.accuser, c.accuser)) {
				chosen = appendAcc(chosen, a)
			}
		}
	}
	// A government defending its country's firms answers a charge made
	// against several of them at once for each ("accusing Huarui, Mingda
	// and Kaiyuan of dumping" … "China's Ministry of Commerce said the
	// findings were groundless").
	if defending && isDefender(who) {
		for _, a := range targets {
			for _, c := range chosen {
				if a != c && a.sent == c.sent && a.accuser == c.accuser && a.rule == c.rule {
					chosen = appendAcc(chosen, a)
				}
			}
		}
	}
	// One side's bodies make one accusation: "Karvenia has accused
	// Drusan …", "Karvenia's foreign ministry said …" … "Drusan's
	// government rejected the accusation".
	for _, a := range targets {
		for _, c := range chosen {
			if a != c && a.accused == c.accused && sameSide(a.accuser, c.accuser) {
				chosen = appendAcc(chosen, a)
			}
		}
	}
	// "Korvin rejected the criminal charges. »We have never …«, the
	// spokeswoman said": a quotation that goes on with a denial answers
	// what that denial answered.
	if cue < 0 && s > 0 && d.sents[s-1].para == d.sents[s].para {
		var prev []*acc
		for _, x := range d.dens {
			if x.sent == s-1 && x.denier == who {
				prev = append(prev, x.acc)
			}
		}
		if len(prev) > 0 {
			chosen = prev
		}
	}
	// "disputed the findings but declined to comment on the union's
	// allegations": what the speaker would not comment on it does not
	// deny.
	if skip := d.noCommentOn(s); len(skip) > 0 {
		var kept []*acc
		for _, a := range chosen {
			left := true
			for _, e := range skip {
				if a.accuser == e || party(a.accuser) == e || e.typ == claimgraph.Document && d.accCites(a, e) {
					left = false
				}
			}
			if left {
				kept = append(kept, a)
			}
		}
		chosen = kept
	}
	conf := 0.85
	if quoteDenial {
		conf = 0.6
	}
	quote := d.denialQuote(s, cue)
	// "ein hochrangiger Beamter des Ministeriums, der nicht namentlich
	// genannt werden wollte … Er wies die Kritik zurück": one who speaks
	// unnamed defends on his own account (FORMAT.md guideline 1), though
	// what he answers was said of the body he stands by.
	if denier.typ == claimgraph.Official && denier.anon && denier.anonSelf && who == denier.affil {
		who = denier
	}
	// "She accused Brightwater of setting targets that made proper checks
	// impossible": a sentence with no verb of denial that states a
	// charge against the party denies none of it, whatever words of
	// rejection the charge holds. (A quotation of the party's own still
	// may: "\"We will fight this,\" the chairman said after the league
	// charged the club".)
	// ("Grossa, which FoodFair has accused of inflating prices, said it
	// would fight the lawsuit": the party speaks in the main clause.)
	if cue < 0 && len(d.quotes(s)) == 0 && d.chargedAt(s, who) {
		if !d.asideOn(s, who) {
			return
		}
	}
	// „Zugleich wirft die Bäckerei der Behörde vor, die Befunde
	// rechtswidrig veröffentlicht zu haben. … Die Veröffentlichung sei
	// „unverhältnismäßig“, heißt es in dem Antrag“: rejecting words about
	// the deed the speaker itself charges restate its counter-charge; they
	// answer no charge against it whose words they do not take up.
	if cue < 0 && len(named) == 0 && d.restatesOwnCharge(s, who, chosen) {
		return
	}
	for _, a := range chosen {
		d.addDenial(who, a, s, rule, conf, quote)
	}
	// "The complaint says … It also alleges that plant manager Curtis
	// Lindqvist told supervisors … Prairie Gold denied the allegations":
	// a body that rejects the charges in the plural answers, with its
	// own, what the same accuser said of its serving officers in the
	// same paper (charges told of them apart are theirs to answer).
	if who.isOrg() && cue >= 0 && pluralChargesAfter(d.sents[s].toks, cue) {
		for _, c := range chosen {
			for _, a := range d.accs {
				o := a.accused
				if a.sent <= s && a.accuser == c.accuser && c.accused == who && o.typ == claimgraph.Official && o.affil == who && !o.former && !o.anon && !founderRole(o.role) && !d.deniedBy(o, a) && sharedPaper(a, c) {
					d.addDenial(who, a, s, rule, conf, quote)
				}
			}
		}
	}
	// "The group alleges that Coastal Crest and Halloran personally
	// scheduled the work … Halloran called that suggestion \"defamatory
	// rubbish\"": an officer accused together with his body in one claim
	// answers it for the body too. (Not where his role stands between
	// them: "accused the ministry and Education Minister Rosa Ferrand of
	// …" … "Ferrand rejected the accusation" left the ministry to answer
	// for itself.)
	if who.typ == claimgraph.Official && !who.anon && !who.former && who.affil != nil && who.affil.isOrg() {
		for _, c := range chosen {
			for _, a := range d.accs {
				if a != c && a.sent == c.sent && a.accuser == c.accuser && a.accused == who.affil && a.rule == c.rule && d.coordinatedIn(a.sent, a.accused, who) {
					d.addDenial(who.affil, a, s, rule, conf, quote)
				}
			}
		}
	}
}

// restatesOwnCharge reports a sentence s whose subject, the noun that
// opens it after an article, takes up the deed of an accusation who made
// before it, while the sentence takes up no word of chosen, the
// accusations against who it would answer.
func (d *doc) restatesOwnCharge(s int, who *entity, chosen []*acc) bool {
	toks := d.sents[s].toks
	head := 0
	if head < len(toks) && articles[toks[head].fold] {
		head++
	}
	if head+1 >= len(toks) || !toks[head].cap || accNounsDE[toks[head].fold] || accNounsEN[toks[head].fold] || evidenceNouns[toks[head].fold] || d.mentionAt(s, head) != nil {
		return false
	}
	own := false
	for _, a := range d.accs {
		if a.sent < s && a.accuser == who {
			if k, _ := d.overlap(s, head, head+1, -1, a); k > 0 {
				own = true
			}
		}
	}
	if !own {
		return false
	}
	for _, a := range chosen {
		if k, _ := d.overlap(s, 0, len(toks), -1, a); k > 0 {
			return false
		}
	}
	return true
}

// relPronounsEN open an English relative clause after a comma.
var relPronounsEN = set("which", "who", "whom", "whose")

// asideOn reports a mention of e in sentence s that a relative clause
// follows (", which …", ", die …"): the charge it tells is an aside on the
// party, whose main clause may answer it.
func (d *doc) asideOn(s int, e *entity) bool {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.ent == e && m.t1+1 < len(toks) && toks[m.t1].text == "," && (relPronounsDE[toks[m.t1+1].fold] || relPronounsEN[toks[m.t1+1].fold]) {
			return true
		}
	}
	return false
}

// chargedAt reports an accusation against e that sentence s states or
// restates.
func (d *doc) chargedAt(s int, e *entity) bool {
	for _, a := range d.accs {
		if a.accused == e && a.statedIn(s) {
			return true
		}
	}
	return false
}

// accuserAt reports an accusation by e (or by the body e speaks for)
// that sentence s states.
func (d *doc) accuserAt(s int, e *entity) bool {
	for _, a := range d.accs {
		if a.sent == s && (a.accuser == e || party(a.accuser) == e) {
			return true
		}
	}
	return false
}

func denyRule(f string) string {
	switch {
	case strings.HasPrefix(f, "bestr"):
		return "bestreiten"
	case strings.HasPrefix(f, "dement"):
		return "dementieren"
	case strings.HasPrefix(f, "widersp"):
		return "widersprechen"
	case strings.HasPrefix(f, "zur"):
		return "zurueckweisen"
	case strings.HasPrefix(f, "den"):
		return "deny"
	case strings.HasPrefix(f, "rej"):
		return "reject"
	case strings.HasPrefix(f, "dism"):
		return "dismiss"
	case strings.HasPrefix(f, "disp"):
		return "dispute"
	}
	return f
}

func isDefender(e *entity) bool {
	if e.typ != claimgraph.Agency {
		return false
	}
	if nameHas(e, []string{"botschaft", "embassy", "regierung", "government", "ministry", "ministerium", "department for", "department of", "consulate", "konsulat", "vertretung", "staatskanzlei", "senatskanzlei"}) {
		return true
	}
	// "the Chinese Mission to the EU" (not the "Commission").
	for _, w := range strings.Fields(normName(e.name)) {
		if w == "mission" || w == "delegation" {
			return true
		}
	}
	return false
}

// accsAgainst lists the accusations whose accused is e, those stated by
// sentence s first: a denial answers what was said before it ("Minsk
// dismissed the accusations" does not answer a condemnation reported
// later). Only where nothing was said before does it answer what its
// own paragraph goes on to report („»Das ist absurd«, sagte ein Sprecher.
// Zuvor hatte Greenpeace dem Unternehmen vorgeworfen …“), or, for a
// denial in the lead, the paragraph after it; a counter-charge
// paragraphs later is another quarrel.
func (d *doc) accsAgainst(e *entity, s int) []*acc {
	var before, later []*acc
	plea := -1 // d.plea(s), read once it matters
	for _, a := range d.accs {
		if a.accused == e {
			if a.sent <= s {
				before = append(before, a)
			} else if p, q := d.sents[s].para, d.sents[a.sent].para; p == q || p == 0 && q == 1 {
				later = append(later, a)
			} else if plea != 0 && q-p <= 3 {
				// "Poole and his company each deny two counts of …" at
				// the top of a court story answers the prosecution's
				// case told in the paragraphs after it.
				if plea < 0 {
					plea = 0
					if d.plea(s) {
						plea = 1
					}
				}
				if plea == 1 {
					later = append(later, a)
				}
			}
		}
	}
	// "But the trust has pushed back against separate claims from
	// nursing staff. In a letter …, the Royal College of Nursing said
	// …": claims called separate are not the ones told so far but those
	// the text goes on to tell.
	if len(later) > 0 && len(before) > 0 && d.separateClaims(s) && later[0].sent <= s+2 {
		return later
	}
	if len(before) > 0 {
		return before
	}
	return later
}

// plea reports that sentence s pleads to the charges of a trial: "each
// deny two counts of …", "pleaded not guilty", "has denied the charges".
func (d *doc) plea(s int) bool {
	toks := d.sents[s].toks
	for k, t := range toks {
		switch t.fold {
		case "counts", "count":
			if k > 0 && (toks[k-1].num || numberWords[toks[k-1].fold] || countWordsEN[toks[k-1].fold]) {
				return true
			}
		case "guilty":
			if k > 0 && toks[k-1].fold == "not" {
				return true
			}
		// "Fenbridge Foods and Colin Marsh both deny breaching health
		// and safety law", in a story of their trial.
		case "deny", "denies":
			if k+1 < len(toks) && (strings.HasSuffix(toks[k+1].fold, "ing") || toks[k+1].fold == "the" && k+2 < len(toks) && strings.HasPrefix(toks[k+2].fold, "charge")) {
				for o := 0; o <= s; o++ {
					if d.sentenceHas(o, trialNounsEN) {
						return true
					}
				}
			}
		}
	}
	return false
}

// trialNounsEN tell that a story is of a criminal trial.
var trialNounsEN = set("trial", "jury", "jurors", "prosecuting", "prosecution")

// countWordsEN count the charges one pleads to.
var countWordsEN = set("one", "three", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "multiple", "all", "both")

// separateClaims reports "separate claims", „gesonderte Vorwürfe“ in
// sentence s: a word setting the claims apart right before a noun of
// accusation.
func (d *doc) separateClaims(s int) bool {
	toks := d.sents[s].toks
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].fold {
		case "separate", "gesonderte", "gesonderten", "separaten":
			if f := toks[k+1].fold; accNounsEN[f] || accNounsDE[f] {
				return true
			}
		}
	}
	return false
}

// defendedAccs lists the accusations a defending body (an embassy, a
// government) may answer: those against a body of its own country if
// there are any ("die chinesische Botschaft" defends the Chinese
// ministry, not the German engineer it recruited), else every earlier
// accusation it did not make.
func (d *doc) defendedAccs(who *entity, s int, all bool) []*acc {
	var own, other, ownPub, otherPub []*acc
	for _, a := range d.accs {
		// A government does not defend against its own country's
		// authorities; it does against its campaigners (de-duh, de-bund).
		if a.accuser == who || a.sent > s || sameCountry(a.accuser, who) && publicBody(a.accuser) {
			continue
		}
		// A state's body defends the state and its bodies first: where
		// the story also accuses a firm of its country, the embassy that
		// "wies die Vorwürfe zurück" answers what was said against its
		// government, not the charge against the firm. Only a firm
		// accused with nothing against the state is its to defend.
		pub := !privateParty(a.accused)
		if sameCountry(a.accused, who) {
			own = append(own, a)
			if pub {
				ownPub = append(ownPub, a)
			}
		}
		other = append(other, a)
		if pub {
			otherPub = append(otherPub, a)
		}
	}
	if len(otherPub) > 0 {
		own, other = ownPub, otherPub
	}
	if len(own) > 0 && !all {
		return own
	}
	return other
}

// chooseTargets picks the accusations a denial at sentence s answers
// among targets: those of an accuser the sentence names ("rejected the
// authority's account"), those against a party it names ("die Vorwürfe
// gegen das Ministerium"), those whose document or cue it echoes ("the
// criminal charges", "den Bescheid"); all of them for a blanket or
// generic denial ("sämtliche Vorwürfe", "denied wrongdoing", "his client
// was innocent", plural "die Vorwürfe"); else the earliest, the story's
// main claim (for a defender, the latest before it).
func (d *doc) chooseTargets(s, cue int, named []*entity, targets []*acc, defending bool) []*acc {
	toks := d.sents[s].toks
	pick := func(ok func(*acc) bool) []*acc {
		var out []*acc
		for _, a := range targets {
			if ok(a) {
				out = append(out, a)
			}
		}
		return out
	}
	if len(named) > 0 {
		isNamed := func(e *entity) bool {
			for _, n := range named {
				if e == n || party(e) == n {
					return true
				}
			}
			return false
		}
		if out := pick(func(a *acc) bool { return isNamed(a.accuser) }); len(out) > 0 {
			// "rejected the agency's accusation against Thanh Long":
			// of the accuser's claims, the one against whom it names.
			if in := d.againstNamed(s, out); len(in) > 0 {
				return in
			}
			return out
		}
		// "rejected the outlet's report", whose claim came through it.
		if out := pick(func(a *acc) bool {
			for _, v := range a.via {
				if isNamed(v) {
					return true
				}
			}
			return false
		}); len(out) > 0 {
			return out
		}
	}
	// "bezeichnete die Berichterstattung als falsch", "dismissed the
	// story": the reporting answers what an outlet alleged.
	for _, t := range toks {
		if mediaNouns[t.fold] {
			if out := pick(func(a *acc) bool { return a.accuser.typ == claimgraph.Publication }); len(out) > 0 {
				return out
			}
		}
	}
	// "gegen X", "against X": the accused the sentence names.
	for k, t := range toks {
		if t.fold != "gegen" && t.fold != "against" {
			continue
		}
		for _, m := range d.ments[s] {
			if m.t0 > k && m.t0 <= k+3 && m.ent != nil {
				e := m.ent
				// "groundless accusations against China": a state named
				// stands for its bodies (the ministry accused), not for
				// a company based there.
				state := strings.HasSuffix(e.key, "-government") && countryKeyPrefix(e.key) != ""
				if out := pick(func(a *acc) bool {
					return a.accused == e || party(a.accused) == e || state && sameCountry(a.accused, e)
				}); len(out) > 0 {
					return out
				}
			}
		}
	}
	// A document the sentence names: "den Bescheid", "the lawsuit". An
	// organisation rejecting a pleading also answers what it says of its
	// officers ("Mr. Whitlock's lawsuit is a transparent attempt …", the
	// company said).
	for _, m := range d.ments[s] {
		if m.ent == nil || m.ent.typ != claimgraph.Document {
			continue
		}
		e := m.ent
		// "rejected the report's conclusions" about a rating agency's
		// report that accused it of nothing: the denial answers no
		// accusation.
		if cue >= 0 && m.t0 > cue && m.t0 <= cue+3 && d.claimlessDoc(e, s) {
			return nil
		}
		if out := pick(func(a *acc) bool { return d.accCites(a, e) }); len(out) > 0 {
			who := out[0].accused
			for _, a := range d.accs {
				// (Not a founder: "sued Brightloop and its co-founder"
				// names a person in his own right, whom the company's
				// "would fight the lawsuit" does not speak for.)
				if a.sent <= s && who.isOrg() && a.accused.typ == claimgraph.Official && a.accused.affil == who && !a.accused.former && !founderRole(a.accused.role) && d.accCites(a, e) {
					out = append(out, a)
				}
			}
			return out
		}
	}
	// „Zugleich fordert die Gewerkschaft acht Prozent mehr Lohn.
	// Schnellpost wies das zurück.“: "das" is the demand just made.
	if d.anaphorObject(s, cue) && d.demandBefore(s) {
		return nil
	}
	// "Heathervale rejected the council's findings", „wies die
	// Darstellung des Bieters zurück“: the object names its author; where
	// no accusation of that author was read, the denial answers one that
	// was missed, not another party's.
	if len(named) > 0 && d.possessiveNamed(s, cue, named[0]) && d.introducedBefore(s, named[0]) {
		mine := false
		for _, a := range targets {
			mine = mine || a.accused == named[0] || party(a.accused) == named[0]
		}
		if !mine {
			return nil
		}
	}
	// "Seacrest disputed that", "Lakeshore rejected that
	// characterisation": a demonstrative points at what was said just
	// before. Where a third party spoke in the sentence before and no
	// accusation against the denier was read there, "that" is what the
	// third party said, an accusation that was missed, not an older
	// claim.
	if d.pointsBack(s, cue) && !d.statedAt(s-1, targets) && d.thirdSpeakerBefore(s, targets) {
		return nil
	}
	// "Calloway called the lawsuit \"without merit\"" where what the
	// company is accused of came through the regulator's warning letter:
	// the lawsuit's claim is another, and the letter's is not denied.
	// It answers the claims of the lawsuit among the others, where the
	// text left the suit unnamed as a document.
	if d.suitObject(s, cue) {
		var rest []*acc
		for _, a := range targets {
			if !otherDocs([]*acc{a}) {
				rest = append(rest, a)
			}
		}
		if len(rest) == 0 {
			return nil
		}
		targets = rest
	}
	if len(targets) == 1 {
		return targets
	}
	// „wies beide Vorwürfe zurück“, "rejected both accusations": the
	// two said last, not a third told before them.
	if out := d.bothTargets(s, targets); len(out) > 0 {
		return out
	}
	// "his client was innocent", "denied wrongdoing": all of it.
	if d.strongGeneric(s) {
		return targets
	}
	// "Meridian rejected that", „Die Stadtwerke wiesen das zurück“,
	// „Dem widersprach Brandes“: a bare demonstrative points at what was
	// said last against the denier.
	if d.anaphorObject(s, cue) {
		if out := latestTargets(d, s, targets); len(out) > 0 {
			return out
		}
	}
	if out := d.echoTargets(s, targets); len(out) > 0 {
		return out
	}
	// "wies diese Vorwürfe zurück", "rejected these claims": a
	// demonstrative points back at what was said last.
	if out := d.demonstrativeTargets(s, targets); len(out) > 0 {
		return out
	}
	if d.blanket(s) || d.genericDenial(s, cue) {
		return targets
	}
	// "We have never traded on inside information": the accusation
	// whose words the denial restates.
	if out := d.overlapTargets(s, targets); len(out) > 0 {
		return out
	}
	// A denial right after an accusation answers it ("Rival club X
	// went further, accusing Y of … Y's manager called the claim
	// nonsense"); otherwise it answers the story's main claim.
	var recent *acc
	// "Fair Pixel accused Brightreel of hiding fees. \"Parents were never
	// told …,\" said its chair. Brightreel rejected the claim.": the
	// accuser's own voice in between goes on with its claim.
	// (Only where the denial names the claim as such, not "would contest
	// the penalty" that was another's.)
	var between *entity
	if s >= 2 && d.namesClaim(s, cue) {
		between, _, _ = d.speakerOf(s-1, d.participants(s-1, false))
	}
	// ("Helvion sued Vetrona in January. In the writ, Helvion accuses
	// Vetrona of … A Vetrona spokesman said the damages claim was …":
	// the sentence before may restate it.)
	for _, a := range targets {
		last := a.sent
		for _, x := range a.support {
			if x < s {
				last = max(last, x)
			}
		}
		if last == s-2 && between != nil && (between == a.accuser || party(between) == a.accuser) {
			last = s - 1
		}
		if last == s-1 && a.sent > targets[0].sent && (recent == nil || a.sent > recent.sent) {
			recent = a
		}
	}
	if recent != nil && !defending {
		return []*acc{recent}
	}
	return targets[:1]
}

// forMembers reports a denial whose object is the charge against the
// denier's members: „gegen seine Mitgliedsunternehmen“, „gegen die
// Mitglieder“, "against its members", "against member companies".
func (d *doc) forMembers(s int) bool {
	toks := d.sents[s].toks
	for k, t := range toks {
		if t.fold != "gegen" && t.fold != "against" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			f := toks[j].fold
			// (Not member states: „gegen die Mitgliedstaaten“, "against
			// member states" are no firms an association speaks for.)
			if strings.HasPrefix(f, "mitglied") && !strings.Contains(f, "staat") && !strings.Contains(f, "laender") ||
				(f == "members" || f == "member") && !(j+1 < len(toks) && (toks[j+1].fold == "states" || toks[j+1].fold == "countries")) {
				return true
			}
		}
	}
	return false
}

// membersAccused lists the accusations against firms in the latest
// paragraph before sentence s that accused a firm, those made by others
// than who.
func (d *doc) membersAccused(who *entity, s int) []*acc {
	last := -1
	for _, a := range d.accs {
		if a.sent < s && a.accuser != who && party(a.accuser) != who && privateParty(a.accused) {
			last = max(last, d.sents[a.sent].para)
		}
	}
	var out []*acc
	for _, a := range d.accs {
		if a.sent < s && a.accuser != who && party(a.accuser) != who && privateParty(a.accused) && d.sents[a.sent].para == last {
			out = append(out, a)
		}
	}
	return out
}

// possessiveNamed reports that named, a party the object of the denial
// at cue in sentence s names, stands as the author of that object: "the
// council's findings", "the findings of the council", „die Darstellung
// des Bieters“, „die Vorwürfe der Behörde“.
func (d *doc) possessiveNamed(s, cue int, named *entity) bool {
	if cue < 0 {
		return false
	}
	toks := d.sents[s].toks
	noun := func(k int) bool {
		if k < 0 || k >= len(toks) || toks[k].inq {
			return false
		}
		f := toks[k].fold
		return (accNounsEN[f] || accNounsDE[f]) && !functionWords[f] && f != "it" && f != "them" && f != "this" && f != "that" && f != "das" && f != "dies" && f != "diese"
	}
	for _, m := range d.ments[s] {
		if m.ent == nil || m.t0 <= cue || m.t0 > cue+6 || party(m.ent) != named && m.ent != named {
			continue
		}
		last := toks[m.t1-1].text
		if d.lang == "en" && (strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s")) && (noun(m.t1) || noun(m.t1+1)) {
			return true
		}
		if d.lang == "en" && m.t0 >= 2 && toks[m.t0-1].fold == "the" && toks[m.t0-2].fold == "of" && noun(m.t0-3) {
			return true
		}
		if d.lang == "de" && m.t0 >= 2 && (toks[m.t0-1].fold == "des" || toks[m.t0-1].fold == "der") && noun(m.t0-2) {
			return true
		}
	}
	return false
}

// introducedBefore reports that e was named (not only described) in a
// sentence before s: a party the story introduced, not a phantom of a
// description or an abbreviation coreference did not tie to its body.
func (d *doc) introducedBefore(s int, e *entity) bool {
	for x := 0; x < s; x++ {
		for _, m := range d.ments[x] {
			if m.ent == e && (m.kind == mName || m.kind == mShort || m.kind == mPerson) {
				return true
			}
		}
	}
	return false
}

// pointsBack reports a denial whose object points back at what was just
// said: a bare demonstrative ("rejected that") or a demonstrative before
// a singular accusation noun ("that characterisation", „diese
// Darstellung“).
func (d *doc) pointsBack(s, cue int) bool {
	if d.anaphorObject(s, cue) {
		return true
	}
	if cue < 0 {
		return false
	}
	toks := d.sents[s].toks
	for k := cue + 1; k+1 < len(toks) && k <= cue+2; k++ {
		switch toks[k].fold {
		case "this", "that", "diese", "dieser", "diesen":
			if n := toks[k+1].fold; (accNounsEN[n] || accNounsDE[n]) && !functionWords[n] && !strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "en") {
				return true
			}
		}
	}
	return false
}

// statedAt reports that sentence x states or restates one of targets.
func (d *doc) statedAt(x int, targets []*acc) bool {
	for _, a := range targets {
		if a.statedIn(x) {
			return true
		}
	}
	return false
}

// thirdSpeakerBefore reports that the sentence before s is spoken by a
// party that made none of targets and is not their accused: "Marlowe
// said it had … Seacrest disputed that."
func (d *doc) thirdSpeakerBefore(s int, targets []*acc) bool {
	return d.thirdSpeaker(s, targets) != nil
}

// thirdSpeaker returns the party that speaks in the sentence before s
// when it made none of targets and is not their accused, else nil.
func (d *doc) thirdSpeaker(s int, targets []*acc) *entity {
	if s == 0 {
		return nil
	}
	sp, _, _ := d.speakerOf(s-1, d.participants(s-1, false))
	if sp == nil {
		return nil
	}
	sp = party(sp)
	for _, a := range targets {
		if party(a.accuser) == sp || a.accuser == sp || party(a.accused) == sp || a.accused == sp {
			return nil
		}
		for _, v := range a.via {
			if v == sp {
				return nil
			}
		}
	}
	return sp
}

// coordinatedIn reports two parties named side by side in sentence s,
// joined by "and", „und“, "sowie" or a comma ("Die DUH und der BUND").
func (d *doc) coordinatedIn(s int, a, b *entity) bool {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.ent != a && m.ent != b {
			continue
		}
		for _, n := range d.ments[s] {
			if n.t0 < m.t1 || n.ent == m.ent || n.ent != a && n.ent != b || n.t0 > m.t1+4 {
				continue
			}
			joined := true
			for k := m.t1; k < n.t0; k++ {
				if f := toks[k].fold; !(f == "and" || f == "und" || f == "sowie" || f == "," || f == "as" || f == "well" || articles[f]) {
					joined = false
				}
			}
			if joined {
				return true
			}
		}
	}
	return false
}

// namedElsewhere reports a mention of e in sentence s other than m by a
// name, not a description.
func (d *doc) namedElsewhere(s int, m *mention, e *entity) bool {
	for _, o := range d.ments[s] {
		if o != m && o.ent == e && o.kind != mDesc && o.kind != mPron {
			return true
		}
	}
	return false
}

// acceptPhrases accept a charge or the finding that carries it.
var acceptPhraseSet = newPhraseSet([]string{"accepted the findings", "accepts the findings", "accept the findings", "accepted the fine", "accepts the fine",
	"accepted the penalty", "accepts the penalty", "accepted the regulator's findings", "accepts the regulator's findings",
	"akzeptiert den bescheid", "akzeptierte den bescheid", "akzeptiert das bussgeld", "akzeptierte das bussgeld", "akzeptiert die feststellungen", "akzeptierte die feststellungen"})

// conceded reports an accusation a, stated before sentence s, that party
// who accepted in a sentence between them whose subject it (or its
// speaker) is: "Harlow & Pryce said it accepted the findings".
func (d *doc) conceded(who *entity, a *acc, s int) bool {
	if d.accepts == nil {
		d.accepts = make([]bool, len(d.sents))
		for o := range d.sents {
			d.accepts[o] = acceptPhraseSet.in(fold(string(d.rs[d.sents[o].start:d.sents[o].end])))
		}
	}
	for o := a.sent; o < s; o++ {
		if !d.accepts[o] {
			continue
		}
		for _, p := range d.participants(o, false) {
			if p.prep == "" && !p.obj {
				if p.e == who || party(p.e) == who {
					return true
				}
				break
			}
		}
	}
	return false
}

// againstNamed keeps of targets those against a party that sentence s
// names right after "against" or „gegen“.
func (d *doc) againstNamed(s int, targets []*acc) []*acc {
	toks := d.sents[s].toks
	var out []*acc
	for k, t := range toks {
		if t.fold != "gegen" && t.fold != "against" {
			continue
		}
		for _, m := range d.ments[s] {
			if m.t0 <= k || m.t0 > k+3 || m.ent == nil {
				continue
			}
			for _, a := range targets {
				if a.accused == m.ent || party(a.accused) == m.ent {
					out = appendAcc(out, a)
				}
			}
		}
	}
	return out
}

// noCommentOn returns the parties and documents that a clause of sentence
// s after a contrast says the speaker would not comment on: "… but
// declined to comment on the union's allegations", „…, wollte sich aber
// zu der Klage der Gewerkschaft nicht äußern“.
func (d *doc) noCommentOn(s int) []*entity {
	toks := d.sents[s].toks
	from := -1
	for k, t := range toks {
		if !t.inq && contrastWords[t.fold] && t.fold != "while" {
			from = k
			break
		}
	}
	if from < 0 {
		return nil
	}
	lo, hi := -1, -1
	for k := from + 1; k < len(toks); k++ {
		f := toks[k].fold
		// "did not comment on", "declined to comment on", "would not
		// discuss": the object follows.
		if d.lang == "en" && (f == "comment" || f == "discuss") && nearAny(toks, k-3, k-1, set("not", "declined", "refused", "no", "never")) {
			lo, hi = k+1, len(toks)
			break
		}
		// „wollte sich zu … nicht äußern“: the object stands between
		// the contrast and the verb.
		if d.lang == "de" && (strings.HasPrefix(f, "aeusser") || strings.HasPrefix(f, "kommentier")) && nearAny(toks, from, k, set("nicht", "keine", "nichts")) {
			lo, hi = from+1, k
			break
		}
	}
	if lo < 0 {
		return nil
	}
	var out []*entity
	for _, m := range d.ments[s] {
		if m.ent != nil && m.t0 >= lo && m.t0 < hi {
			out = append(out, m.ent)
		}
	}
	return out
}

// suitWords name a lawsuit.
var suitWords = set("lawsuit", "lawsuits", "suit", "countersuit", "klage", "klagen", "widerklage", "klageschrift")

// suitObject reports a denial cue at c whose object is a lawsuit: "called
// the lawsuit …", "dismissed the suit as …", „wies die Klage zurück“.
func (d *doc) suitObject(s, c int) bool {
	if c < 0 {
		return false
	}
	toks := d.sents[s].toks
	for k := c + 1; k < len(toks) && k <= c+3; k++ {
		if suitWords[toks[k].fold] {
			return true
		}
		if !articles[toks[k].fold] && !possessives[toks[k].fold] {
			return false
		}
	}
	return false
}

// otherDocs reports accusations that all came through documents, none of
// them a lawsuit.
func otherDocs(targets []*acc) bool {
	for _, a := range targets {
		if len(a.via) == 0 {
			return false
		}
		for _, v := range a.via {
			if v.typ != claimgraph.Document {
				return false
			}
			for _, w := range strings.Fields(fold(v.name)) {
				if suitWords[w] || w == "complaint" || strings.HasSuffix(w, "klage") {
					return false
				}
			}
		}
	}
	return len(targets) > 0
}

// accCites reports whether accusation a came through document e or was
// stated in the sentence that cites it.
func (d *doc) accCites(a *acc, e *entity) bool {
	for _, at := range d.attributions {
		if at.doc != e {
			continue
		}
		for _, s := range a.support {
			if s == at.sent {
				return true
			}
		}
	}
	return e.author != nil && e.author == a.accuser
}

// strongGenericWords deny any wrongdoing: "denies wrongdoing".
var strongGenericWords = set("wrongdoing", "innocent", "unschuldig", "fehlverhalten")

// strongGeneric: the denial rejects any wrongdoing, whatever the claim.
func (d *doc) strongGeneric(s int) bool {
	for _, t := range d.sents[s].toks {
		switch t.fold {
		case "wrongdoing", "innocent", "unschuldig", "fehlverhalten", "schuld":
			return true
		}
	}
	return false
}

// genericDenial: the denial rejects wrongdoing as such or all of what was
// said: "denied wrongdoing", "said his client was innocent", "wies die
// Vorwürfe zurück" (plural).
func (d *doc) genericDenial(s, cue int) bool {
	toks := d.sents[s].toks
	from := max(cue, 0)
	// „ließ die Vorwürfe über seinen Anwalt zurückweisen“, „hat die
	// Vorwürfe bestritten“: a German cue that closes the clause has its
	// object before it.
	if d.lang == "de" && cue > 0 && !zurueckweisen[toks[cue].fold] {
		from = max(cue-8, 0)
	}
	for k := from; k < len(toks) && k <= max(cue, 0)+6; k++ {
		switch toks[k].fold {
		case "wrongdoing", "innocent", "unschuldig", "vorwuerfe", "anschuldigungen", "beschuldigungen", "allegations", "accusations", "charges", "claims":
			return true
		}
	}
	return false
}

// echoTargets returns the accusations whose cue the denial echoes:
// "rejected the criminal charges" answers "charged", "the lawsuit"
// answers "sued".
func (d *doc) echoTargets(s int, targets []*acc) []*acc {
	var out []*acc
	for _, t := range d.sents[s].toks {
		for _, a := range targets {
			v := a.rule
			if strings.Contains(v, "charge") && (t.fold == "charges" || t.fold == "charge") ||
				strings.Contains(v, "sue") && (t.fold == "lawsuit" || t.fold == "suit") ||
				(strings.Contains(v, "cite") || strings.Contains(v, "fine") || strings.Contains(v, "sanction")) && (t.fold == "penalty" || t.fold == "fine" || t.fold == "citation") ||
				strings.Contains(v, "found") && (t.fold == "findings" || t.fold == "finding" || t.fold == "audit" || t.fold == "conclusions" || t.fold == "determination") {
				out = append(out, a)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// bothTargets returns the two accusations among targets (more than two)
// stated or restated last before sentence s, where the denial answers
// "both" of them: „beide Vorwürfe“, „beides“, "both accusations",
// "both claims"; nil otherwise.
func (d *doc) bothTargets(s int, targets []*acc) []*acc {
	if len(targets) <= 2 {
		return nil
	}
	toks := d.sents[s].toks
	both := false
	for k, t := range toks {
		switch t.fold {
		case "beides":
			both = true
		case "beide", "beiden", "both":
			both = both || k+1 < len(toks) && (accNounsDE[toks[k+1].fold] || accNounsEN[toks[k+1].fold]) && !functionWords[toks[k+1].fold]
		}
	}
	if !both {
		return nil
	}
	last := func(a *acc) int { return a.lastStatedBefore(s) }
	out := append([]*acc(nil), targets...)
	sort.SliceStable(out, func(i, j int) bool { return last(out[i]) > last(out[j]) })
	// (A tie at the second place leaves the number unclear.)
	if last(out[1]) == last(out[2]) {
		return nil
	}
	return out[:2]
}

func (d *doc) blanket(s int) bool {
	toks := d.sents[s].toks
	for k, t := range toks {
		if blanketWords[t.fold] && k+1 < len(toks) && (accNounsDE[toks[k+1].fold] || accNounsEN[toks[k+1].fold]) {
			return true
		}
	}
	return false
}

func (d *doc) addDenial(denier *entity, a *acc, s int, rule string, conf float64, quote string) {
	if denier == a.accuser {
		return // withdrawing one's own claim is no denial
	}
	for _, x := range d.dens {
		if x.denier == denier && x.acc == a {
			return
		}
	}
	d.dens = append(d.dens, &den{denier: denier, acc: a, sent: s, rule: rule, conf: conf, quote: quote})
	denier.used = true
}

// sameCountry: two bodies of one country ("ph-government" defends
// "ph-coast-guard").
func sameCountry(a, b *entity) bool {
	ca, cb := countryKeyPrefix(a.key), countryKeyPrefix(b.key)
	return ca != "" && ca == cb
}

// denialPhrases reject an accusation without a denial verb.
// denialPhraseSet finds any of denialPhrases in one pass over a sentence.
var denialPhraseSet = newPhraseSet(denialPhrases)

var denialPhrases = []string{"did nothing wrong", "done nothing wrong", "acted lawfully", "acted legally",
	// "the broadcaster said it stands by its reporting": an outlet
	// accused over its story rejects the charge by standing by it.
	"stands by its reporting", "stands by the central findings", "stands by its story", "stands by our reporting", "stand by our reporting",
	"stood by its reporting", "stand by our story", "stands by its journalism", "stand by our journalism",
	// "said the company stands behind its pricing": the accused stands
	// by the conduct charged.
	"stands behind its pricing", "stands behind its prices", "stands behind its products", "stands by its pricing", "stands by its products",
	"stands behind its figures", "stands by its figures", "stands behind its accounts", "stands by its accounts", "stands behind its decision",
	"steht zu ihrer berichterstattung", "steht zu seiner berichterstattung", "stehen zu unserer berichterstattung", "steht zu dem bericht",
	"maintained its innocence", "maintained his innocence", "maintained her innocence", "maintains its innocence",
	"maintains his innocence", "maintains her innocence", "pushed back against the", "wehrt sich gegen die vorw",
	"wehrte sich gegen die vorw", "wehren sich gegen die vorw", "wies jede schuld", "weist jede schuld",
	"acted in accordance with", "nichts falsch gemacht", "nichts vorzuwerfen", "rechtmäßig gehandelt", "rechtmaessig gehandelt",
	// „korrekt gehandelt“, „sei sich keiner Schuld bewusst“, „trat den
	// Vorwürfen entgegen“: German idioms of one who holds itself in the
	// right.
	// (Acting rightly: see actedRightDE.)
	"keiner schuld bewusst", "den vorwuerfen entgegen", "den anschuldigungen entgegen", "der darstellung entgegen",
	"keine verstöße", "keine verstoesse", "not guilty", "nicht schuldig",
	// The defence pleads for acquittal: „Sein Verteidiger plädierte auf
	// Freispruch“, "urged the jury to acquit" (a court's acquittal is no
	// plea and names none of these).
	"auf freispruch", "freispruch beantragt", "freispruch gefordert", "forderte einen freispruch", "fordert einen freispruch",
	"forderten einen freispruch", "beantragte einen freispruch", "beantragte freispruch", "jury to acquit", "jurors to acquit",
	// Rejections without a denial verb: "said it did not accept the
	// BBC's findings", "stellt die Vorwürfe in Abrede".
	"did not accept the", "does not accept the", "do not accept the", "strongly disagree", "respectfully disagree", "in abrede",
	"is innocent", "was innocent", "are innocent", "were innocent", "ist unschuldig", "sei unschuldig", "seien unschuldig",
	"haelt die vorwuerfe fuer", "hielt die vorwuerfe fuer", "haelt die anschuldigungen fuer", "zu unrecht beschuldigt",
	"denies any wrongdoing", "denied any wrongdoing", "rejects any suggestion", "rejected any suggestion",
	// Compliance asserted: "habe sich stets an die gesetzlichen Vorgaben
	// gehalten", "complied with all applicable".
	"einspruch einlegen", "einspruch eingelegt", "legte einspruch", "legt einspruch", "legen einspruch",
	"it had never", "it has never", "it have never", "he had never", "she had never", "they had never", "had not engaged in",
	"keine rede sein", "habe nie ", "habe niemals", "haetten nie", "habe zu keinem zeitpunkt", "habe keine ",
	"vorgaben gehalten", "gesetze gehalten", "recht gehalten", "regeln gehalten", "im einklang mit dem", "im einklang mit den",
	"complied with all", "complies with all", "fully complied", "in full compliance", "in compliance with all",
	// Obligations met: "confident it met all of its obligations".
	"met all of its obligations", "met all its obligations", "met its obligations", "meets all of its obligations", "fulfilled all of its obligations",
	"fulfilled its obligations", "seine pflichten erfuellt", "ihre pflichten erfuellt", "allen pflichten nachgekommen",
	// The accused's wish to be cleared: "looks forward to clearing his
	// name".
	// Propriety asserted in the idiom of rebuttal: "said the company had
	// won the contract \"fair and square\"", "everything was above
	// board", "did everything by the book".
	"fair and square", "above board", "above-board", "by the book", "fairly and transparently", "fairly and lawfully",
	"followed the law", "follows the law", "complied with the law", "acted within the law", "im rahmen der gesetze",

	// Not recognising the figures; the harm laid at another's door:
	// "does not recognise the CMA's figures", "had been caused by a
	// former owner", "the losses were the result of market turmoil".
	// Its object follows: not "a decision Beijing does not recognise".
	"does not recognise the", "does not recognise these", "does not recognise those", "does not recognise this", "does not recognise that",
	"does not recognise any", "does not recognise its", "does not recognise their", "does not recognise such", "do not recognise the",
	"do not recognise these", "do not recognise those", "do not recognise this", "do not recognise that", "do not recognise any",
	"do not recognise its", "do not recognise their", "do not recognise such", "did not recognise the", "did not recognise these",
	"did not recognise those", "did not recognise this", "did not recognise that", "did not recognise any", "did not recognise its",
	"did not recognise their", "did not recognise such", "does not recognize the", "does not recognize these", "does not recognize those",
	"does not recognize this", "does not recognize that", "does not recognize any", "does not recognize its", "does not recognize their",
	"does not recognize such", "do not recognize the", "do not recognize these", "do not recognize those", "do not recognize this",
	"do not recognize that", "do not recognize any", "do not recognize its", "do not recognize their", "do not recognize such", "did not recognize the",
	"did not recognize these", "did not recognize those", "did not recognize this", "did not recognize that", "did not recognize any",
	"did not recognize its", "did not recognize their", "did not recognize such",
	"had been caused by", "was caused by a", "were caused by a", "were the result of", "was the result of", "zurueckzufuehren auf",
	// "The exceedances are not attributable to our operations": the harm
	// is not the speaker's doing.
	"not attributable to our", "not attributable to its", "not attributable to the company", "not attributable to any of our",
	"auf einen frueheren", "auf den frueheren",
	// Propriety asserted of the conduct in question: "its drivers were
	// properly classified", "alle Zahlungen seien ordnungsgemäß".
	"were properly", "was properly", "been properly", "are properly", "is properly", "ordnungsgemaess verbucht", "ordnungsgemaess abgerechnet",
	"meet all regulatory requirements", "meets all regulatory requirements", "meet all legal requirements", "meets all legal requirements",
	"alle gesetzlichen vorgaben", "alle regulatorischen vorgaben", "alle gesetzlichen anforderungen",
	"clearing his name", "clear his name", "clearing her name", "clear her name", "clear its name", "clearing its name",
	"seinen namen reinzuwaschen", "seine unschuld beweisen", "prove his innocence", "prove her innocence",
	// Responsibility pushed away: "wies die Verantwortung von sich".
	"verantwortung von sich", "schuld von sich",
	// „wollte die Vorwürfe nicht gelten lassen“, „will das nicht auf
	// sich sitzen lassen“: the charge refused.
	"vorwuerfe nicht gelten lassen", "vorwurf nicht gelten lassen", "anschuldigungen nicht gelten lassen", "kritik nicht gelten lassen",
	"nicht auf sich sitzen lassen", "nicht auf sich sitzenlassen",
	// Seeing it otherwise: "Lichtwerk Energie sieht das anders".
	"sieht das anders", "sehen das anders", "sah das anders", "sahen das anders", "sieht das voellig anders", "sieht die sache anders",
	// "acted in line with all regulations", "im Einklang mit".
	// "has no case to answer", „sieht keine Versäumnisse“, a victim of
	// a campaign or a witch hunt.
	"no case to answer", "nothing to hide", "nichts zu verbergen", "nothing to apologise for", "nothing to apologize for", "keine versaeumnisse", "keinerlei versaeumnisse", "keine verfehlungen", "keine pflichtverletzung", "kein fehlverhalten",
	"opfer einer kampagne", "opfer einer schmutzkampagne", "opfer einer hetzkampagne", "opfer einer verleumdungskampagne", "victim of a smear",
	"victim of a campaign", "smear campaign", "witch hunt", "witch-hunt", "hexenjagd",
	"within the law", "innerhalb der gesetze", "im rahmen des gesetzes", "im rahmen des geltenden rechts",
	"in line with all", "in line with the law", "in line with applicable", "in line with regulations", "in line with the rules", "in line with its obligations",
	"sees it differently", "sees things differently", "see it differently", "saw it differently", "takes a different view",
	// The accuser's facts: "the FCA had got its facts wrong".
	"got its facts wrong", "got the facts wrong", "got their facts wrong", "facts are wrong", "facts were wrong",
	// No rule broken: "\"I have broken no rule,\" she said", "had
	// done nothing illegal", „habe gegen keine Regel verstoßen“.
	"broken no rule", "broken no law", "broke no rule", "broke no law", "breached no rule", "breached no law", "violated no rule", "violated no law",
	"no rules were broken", "no laws were broken", "no rule was broken", "no law was broken", "nothing illegal", "nothing unlawful", "nothing improper",
	"gegen keine regel", "gegen keine vorschrift", "gegen kein gesetz", "gegen keinerlei", "nichts illegales", "nichts unrechtes", "nichts verbotenes", "nichts unrechtmaessiges",
	// No part in the conduct charged: "said he had \"no financial
	// interest\" in either company", "had no involvement whatsoever",
	// „habe damit nichts zu tun“.
	// (Not ignorance: „man habe von den Vorgängen nichts gewusst“ keeps
	// a distance without saying the charge is wrong.)
	"no financial interest", "no involvement", "not involved in", "nothing to do with", "no part in", "no role in",
	"kein finanzielles interesse", "keinerlei finanzielles interesse", "nichts zu tun", "nicht beteiligt",
	// „sei an der Auswahl in keiner Weise beteiligt gewesen“.
	"in keiner weise beteiligt", "keineswegs beteiligt", "nie beteiligt", "zu keinem zeitpunkt beteiligt", "nicht involviert", "in keiner weise involviert",
	// Counsel for the accused: "the complaints had been examined and
	// found to be without substance".
	"found to be without substance", "found to be without merit", "found to be unfounded", "found to be baseless", "found to be groundless",
	// „An den Vorwürfen ist nichts dran“, "there is nothing to the
	// allegations".
	// „Die Vergabe sei nach Recht und Gesetz erfolgt“: lawfulness
	// asserted.
	"nach recht und gesetz",
	"nichts dran", "nothing to the allegations", "nothing to these allegations", "nothing to the claims", "nothing to these claims", "nothing in the allegations"}

// denyCue finds what makes sentence s a denial: a cue word at cue (cue
// -1 for a phrase or a rejecting quotation), the rule it names, and
// whether it is the weaker quotation or phrase kind. ok is false when the
// sentence denies nothing.
func (d *doc) denyCue(s int) (cue int, rule string, quoteDenial, ok bool) {
	toks := d.sents[s].toks
	cue = -1
	for c, t := range toks {
		if !t.word {
			continue
		}
		f := t.fold
		if t.inq && !(d.lang == "en" && denyEN[f] || d.lang == "de" && (denyWholeDE[f] || zurueckweisen[f])) {
			continue
		}
		// "did not contest the decision", "without admitting or denying",
		// "bestreitet nicht": a negated cue rejects nothing; nor does a
		// passive one ("the claims had been dismissed").
		// ("The claims were rejected by Mr Marsh" names its denier.)
		if negatedCue(toks, c) || c > 0 && (toks[c-1].fold == "been" || toks[c-1].fold == "were" || toks[c-1].fold == "was" && d.lang == "en") && !(c+1 < len(toks) && toks[c+1].fold == "by") {
			continue
		}
		// "The dispute between Tellmark and the alliance", "a contract
		// dispute over fees", "their long contest": the noun names a
		// quarrel, it rejects nothing.
		if d.lang == "en" && (f == "dispute" || f == "disputes" || f == "contest" || f == "contests") && (c > 0 && (articles[toks[c-1].fold] || possessives[toks[c-1].fold] || toks[c-1].fold == "this" || toks[c-1].fold == "that" || toks[c-1].word && !toks[c-1].cap && (strings.HasSuffix(toks[c-1].fold, "al") || strings.HasSuffix(toks[c-1].fold, "ing") || quarrelModifiers[toks[c-1].fold])) ||
			// "a £1.3 billion contest to supply armoured vehicles".
			c > 0 && (toks[c-1].num || toks[c-1].fold == "million" || toks[c-1].fold == "billion") ||
			c+1 < len(toks) && (toks[c+1].fold == "between" || toks[c+1].fold == "over" || toks[c+1].fold == "to" || toks[c+1].fold == "for")) {
			continue
		}
		switch {
		// "wies die Vorwürfe zurück", "weist die Vorwürfe von sich".
		case d.lang == "de" && zurueckweisen[f] && (hasLater(toks, c, "zurück") || hasLater(toks, c, "zurueck") || vonSich(toks, c)):
			cue, rule = c, "de.zurueckweisen"
		case d.lang == "de" && denyWholeDE[f]:
			cue, rule = c, "de."+denyRule(f)
		case d.lang == "de" && callDE[f] && callObjectDE(toks, c) && (hasLater(toks, c, "als") || strings.HasPrefix(f, "nann") || strings.HasPrefix(f, "nenn")):
			cue, rule = c, "de.bezeichnen.als"
		case d.lang == "de" && callDE[f] && d.callBackDE(s, c):
			cue, rule = c, "de.bezeichnen.als"
		// "nannte die Messungen „unseriös“", "called the study deeply
		// flawed": the evidence behind the charge discredited.
		case (d.lang == "de" && callDE[f] || d.lang == "en" && callEN[f]) && nearAny(toks, c+1, c+4, evidenceNouns) && discredits(d.spanText(s, c+1, min(c+10, len(toks)))):
			cue, rule = c, d.lang+".call.evidence"
		// "had dismissed two supervisors": dismissing people is firing
		// them; a dismissal denies only an accusation ("dismissed the
		// claims", "dismissed them as", "dismissed it").
		case d.lang == "en" && strings.HasPrefix(f, "dismiss") && !(nearAny(toks, c+1, c+5, accNounsEN) || nearAny(toks, c+1, c+5, set("as", "allegations", "accusations", "suggestions"))):
			continue
		case d.lang == "en" && denyEN[f]:
			cue, rule = c, "en."+denyRule(f)
		case d.lang == "en" && callEN[f] && c+2 < len(toks) && (accNounsEN[toks[c+1].fold] || accNounsEN[toks[c+2].fold] || c+3 < len(toks) && accNounsEN[toks[c+3].fold]):
			cue, rule = c, "en.call"
		// "called the fine disproportionate", „nannte das Bußgeld
		// unverhältnismäßig“: a sanction judged with a rejecting word.
		case (d.lang == "en" && (callEN[f] || f == "calling") || d.lang == "de" && callDE[f]) && nearAny(toks, c+1, c+3, sanctionNouns) && excessive(d.spanText(s, c+1, min(c+8, len(toks)))):
			cue, rule = c, d.lang+".call"
		// "hit back at the report, calling it a smear": the participle
		// names the accusation with a word that rejects it.
		case d.lang == "en" && f == "calling" && nearAny(toks, c+1, c+3, accNounsEN) && discredits(d.spanText(s, c+1, min(c+9, len(toks)))):
			cue, rule = c, "en.call"
		// "The Farm Bureau defended the company and its growers", „Der
		// Verband nahm die Molkerei gegen die Vorwürfe in Schutz“: a
		// party that takes up the defence of one accused answers the
		// charge for it (backing() records whom it defends).
		case d.lang == "en" && (f == "defended" || f == "defends") && c > 0 && !copulas[toks[c-1].fold] && d.defendsAccused(s, c, c+1, c+3):
			cue, rule = c, "en.defend"
		case d.lang == "de" && (f == "nahm" || f == "nimmt" || f == "nahmen" || f == "nehmen") && hasLater(toks, c, "schutz") && d.defendsAccused(s, c, c+1, c+4):
			cue, rule = c, "de.inschutz"
		// "„Wir stehen zu jeder Zeile“, entgegnete die Chefredakteurin",
		// "\"We have always paid on time,\" the firm's owner retorted":
		// a quotation given as the retort of its speaker answers the
		// charge (a retort in reported speech, "konterte, Nordhavn habe
		// selbst Daten manipuliert", is often a counter-charge instead).
		case counterSaidVerbs[f] && retortsQuote(toks, c):
			cue, rule = c, d.lang+".retort.quote"
		}
		if cue >= 0 {
			break
		}
	}
	quoteDenial, phrase := false, false
	if cue < 0 {
		// "said it had done nothing wrong", "habe rechtmäßig gehandelt".
		lt := fold(string(d.rs[d.sents[s].start:d.sents[s].end]))
		// "were \"properly classified\"": quotation marks inside a
		// phrase do not break it.
		lt = strings.Map(func(r rune) rune {
			if isQuoteRune(r) {
				return -1
			}
			return r
		}, lt)
		// "opened a review of whether the procedures had been properly
		// followed": conduct put in question asserts nothing.
		if i := strings.Index(lt, " whether "); i >= 0 {
			lt = lt[:i]
		} else if i := strings.Index(lt, ", ob "); i >= 0 {
			lt = lt[:i]
		}
		if d.lang == "de" {
			lt = cutInsertedSpeakerDE(lt)
		}
		if denialPhraseSet.in(lt) || d.lang == "de" && (unnegatedPhrase(lt, actedRightDE, negationsBeforeDE) || negatedWrongDE(d.sents[s].toks)) || d.lang == "en" && (negatedWrongEN(d.sents[s].toks) || unnegatedPhrase(lt, procedureKeptEN, negationsBeforeEN)) {
			quoteDenial, phrase = true, true
		}
	}
	if cue < 0 && !quoteDenial && d.contestCue(s) {
		quoteDenial, phrase = true, true
	}
	if cue < 0 && !quoteDenial && d.conductAsserted(s) {
		quoteDenial, phrase = true, true
	}
	if cue < 0 && !quoteDenial && d.factualRebuttal(s) {
		quoteDenial, phrase = true, true
	}
	if cue < 0 && !quoteDenial {
		// A quoted rejection with a speaker: "„…, die Vorwürfe sind
		// haltlos“, sagte Vorstandssprecherin Birte Lohmann."
		toks := d.sents[s].toks
		for _, q := range d.quotes(s) {
			// "accuses the Sentinel of publishing \"false and malicious\"
			// claims": words the accuser quotes about the accused's deed
			// (a gerund right before them) reject nothing; "accused the
			// commission of \"a politically motivated campaign\"" is the
			// counter-charge of one who rejects.
			accusedDeed := false
			gerund := q.t0 >= 2 && strings.HasSuffix(toks[q.t0-2].fold, "ing") && toks[q.t0-2].word && !toks[q.t0-2].cap
			for k := q.t0 - 1; k >= 0 && gerund; k-- {
				if f := toks[k].fold; accuseEN[f] || allegeEN[f] || f == "wirft" || f == "warf" || f == "vorgeworfen" {
					accusedDeed = true
				}
			}
			if rejecting(q.text) && !accusedDeed {
				quoteDenial = true
			}
		}
		if !quoteDenial {
			return -1, "", false, false
		}
	}
	if cue < 0 {
		rule = d.lang + ".quote.reject"
		if phrase {
			rule = d.lang + ".phrase.reject"
		}
	}
	if d.sentenceHas(s, retractWords) {
		return -1, "", false, false
	}
	// "Die Angaben seien falsch gewesen, räumte das Unternehmen ein":
	// an admission is no denial, whatever words it shares with one.
	// ("acknowledged delays but said the claims were baseless" still
	// denies).
	if cue < 0 && d.sentenceHas(s, admitWords) && !d.sentenceHas(s, contrastWords) {
		return -1, "", false, false
	}
	return cue, rule, quoteDenial, true
}

// defendsAccused reports that the verb at c of sentence s takes up the
// defence of a party accused before it: a mention of it in [lo, hi]
// that is not the subject's own (a company that "defended its record"
// speaks for itself, not for another).
func (d *doc) defendsAccused(s, c, lo, hi int) bool {
	var subj *entity
	for _, m := range d.ments[s] {
		if m.ent != nil && m.t1 <= c && m.ent.typ != claimgraph.Document {
			subj = m.ent
			break
		}
	}
	for _, m := range d.ments[s] {
		if m.ent == nil || m.t0 < lo || m.t0 > hi || m.ent == subj || subj != nil && party(subj) == m.ent {
			continue
		}
		for _, a := range d.accs {
			if a.accused == m.ent && a.sent < s && a.accuser != subj {
				return true
			}
		}
	}
	return false
}

// actedRightDE say one acted rightly: „korrekt gehandelt“, „man habe
// ordnungsgemäß gehandelt“; read only where no negation stands right
// before („X habe nicht korrekt gehandelt“ is the charge).
var actedRightDE = []string{"korrekt gehandelt", "ordnungsgemaess gehandelt", "rechtskonform gehandelt", "gesetzeskonform gehandelt", "richtig gehandelt"}

// unnegatedPhrase reports one of phrases in the folded text lt with no
// negation of negations right before it („X habe nicht korrekt
// gehandelt“, "the board had not followed proper procedure" are the
// charge).
func unnegatedPhrase(lt string, phrases, negations []string) bool {
	for _, p := range phrases {
		for from := 0; ; {
			i := strings.Index(lt[from:], p)
			if i < 0 {
				break
			}
			i += from
			before := strings.TrimRight(lt[:i], " ")
			negated := false
			for _, n := range negations {
				negated = negated || strings.HasSuffix(before, n)
			}
			if !negated {
				return true
			}
			from = i + len(p)
		}
	}
	return false
}

// negationsBeforeDE/EN end the text before a phrase that negates it.
var (
	negationsBeforeDE = []string{" nicht", " nie", " niemals", " kein", "nicht immer"}
	negationsBeforeEN = []string{" not", " never", "n't", " to"}
)

// procedureKeptEN: procedure and standards kept, as the accused's side
// puts it: "said staff had followed every procedure", "all of its trains
// met every safety standard" ("said it had acted properly" asserts
// propriety and is no rebuttal: see en-deny-conduct-asserted).
var procedureKeptEN = []string{"followed every procedure", "followed all procedures", "followed all the procedures", "followed all relevant procedures", "followed proper procedure",
	"followed correct procedure", "followed the correct procedure", "followed all the rules", "followed all rules", "followed all guidelines",
	"followed all relevant guidance", "follows all procedures", "follows all rules", "met every safety standard", "met all safety standards", "meets all safety standards",
	"meet all safety standards", "met all regulatory requirements", "meets all regulatory requirements", "complied with every"}

// negatedWrongEN: "never" or "had not"/"did not" right before a word of
// misconduct, as the accused's side puts it: "Harwick had never breached
// any rules, its lawyer said", "the lender did not mislead investors".
// A duty left undone ("had never disclosed the payments") is the charge
// itself, and "whether" puts the deed in question.
func negatedWrongEN(toks []token) bool {
	for k, t := range toks {
		if t.inq {
			continue
		}
		f := t.fold
		if f == "whether" {
			return false
		}
		neg := f == "never" || f == "not" && k > 0 && (toks[k-1].fold == "had" || toks[k-1].fold == "did" || toks[k-1].fold == "has" || toks[k-1].fold == "have")
		if !neg || omittedDuty(toks, k) {
			continue
		}
		for j := k + 1; j <= k+2 && j < len(toks) && toks[j].word; j++ {
			if g := toks[j].fold; g == "been" || g == "be" {
				break
			}
			if wrongWord(&toks[j]) && !neutralDeed(toks[j].fold) {
				return true
			}
		}
	}
	return false
}

// negatedWrongDE is the German form of negatedWrongEN, in reported
// speech: a first-subjunctive "habe"/"sei" (or "hätte"), then in the same
// clause a negation and, last in the clause, a participle of misconduct,
// as the accused's side puts it: „ihr Mandant habe „keinen Cent“ für sich
// abgezweigt“, „die Firma habe zu keinem Zeitpunkt Preise abgesprochen“.
// „nicht nur“ adds to the charge; „ob“ puts the deed in question; a duty
// left undone („habe die Mängel nie gemeldet“) is the charge itself.
func negatedWrongDE(toks []token) bool {
	aux := -1
	for k, t := range toks {
		f := t.fold
		if f == "ob" {
			return false
		}
		if t.text == "," || f == "und" || f == "sondern" || f == "aber" {
			aux = -1
			continue
		}
		if !t.inq && (f == "habe" || f == "hätte" || f == "haette" || f == "sei" || f == "seien") {
			aux = k
			continue
		}
		if aux < 0 || !negationWords[f] || k+1 < len(toks) && toks[k+1].fold == "nur" || omittedDuty(toks, k) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			g := toks[j]
			if g.text == "," || g.fold == "und" || g.fold == "sondern" {
				break
			}
			last := j+1 >= len(toks) || !toks[j+1].word && !toks[j+1].quote || toks[j+1].fold == "zu" || toks[j+1].fold == "worden"
			if g.word && !g.inq && last && wrongWord(&toks[j]) && !neutralDeed(g.fold) {
				return true
			}
		}
	}
	return false
}

// cutInsertedSpeakerDE drops a speaker set into the clause from the
// folded sentence lt: "die firma habe, so ihr anwalt, nie gegen auflagen
// verstossen" reads as "die firma habe nie gegen …", so the phrases of
// denial match across it. The speaker is a few words with no other
// punctuation between ", so " and the next comma.
func cutInsertedSpeakerDE(lt string) string {
	i := strings.Index(lt, ", so ")
	if i < 0 {
		return lt
	}
	rest := lt[i+5:]
	j := strings.IndexByte(rest, ',')
	if j < 0 || j > 70 || strings.ContainsAny(rest[:j], ".;:!?") || strings.Count(rest[:j], " ") > 6 {
		return lt
	}
	return lt[:i] + " " + strings.TrimLeft(rest[j+1:], " ")
}

// hasWordAfter reports a word token after k.
func hasWordAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks); j++ {
		if toks[j].word {
			return true
		}
	}
	return false
}

// quarrelModifiers make "dispute" a noun: "citing the ongoing dispute"
// (-ing words already do), "a bitter pay dispute", "in a separate
// dispute".
var quarrelModifiers = set("separate", "similar", "related", "fresh", "second", "long-running", "bitter", "lengthy", "protracted", "long", "pay", "wage", "trade", "labour", "labor", "border", "contract", "land", "custody", "fee", "billing", "ownership", "patent", "public", "new")

// vonSich reports "von sich" after c: „wies die Vorwürfe von sich“.
func vonSich(toks []token, c int) bool {
	for k := c + 1; k+1 < len(toks); k++ {
		if toks[k].fold == "von" && toks[k+1].fold == "sich" {
			return true
		}
	}
	return false
}

// callObjectDE reports that the naming verb at c has an accusation for
// object, near it ("nannte die Vorwürfe haltlos", "Die Vorwürfe bezeichnete
// er als falsch"), and is not negated: "Einzelheiten nannte eine Sprecherin
// mit Verweis auf das laufende Verfahren nicht" names nothing.
func callObjectDE(toks []token, c int) bool {
	for k := c + 1; k < len(toks); k++ {
		if toks[k].fold == "nicht" && (k+1 == len(toks) || !toks[k+1].word) {
			return false // "… nannte sie nicht." (not "als nicht zutreffend")
		}
	}
	for k := max(c-3, 0); k < len(toks) && k <= c+6; k++ {
		if k != c && accNounsDE[toks[k].fold] {
			return true
		}
	}
	// „Den Vorwurf der Nötigung am Werkstor nannte Arslan …“: an object
	// fronted further back, in the same clause.
	for k := c - 4; k >= 0 && k >= c-10; k-- {
		if clauseBreak(toks[k]) {
			break
		}
		if accNounsDE[toks[k].fold] && !functionWords[toks[k].fold] {
			return true
		}
	}
	// „Die Behauptung, man habe Nutzerinnen belogen, nennt Seidel
	// „ehrverletzend““: the verb right after a comma stands second in a
	// sentence whose fronted object (its noun opening the sentence)
	// carries a clause of its own.
	if c >= 3 && toks[c-1].text == "," {
		for k := 0; k < 3 && k < c; k++ {
			if accNounsDE[toks[k].fold] && !functionWords[toks[k].fold] {
				return true
			}
		}
	}
	return false
}

// clauseBreak reports a comma, semicolon or colon outside a quotation.
func clauseBreak(t token) bool {
	return !t.inq && (t.text == "," || t.text == ";" || t.text == ":")
}

// callBackDE reports a German naming verb at the end of its clause whose
// object and "als" stand before it: „Wenzke hatte die Vorwürfe des
// Trainers bereits zuvor als „üble Nachrede“ bezeichnet“, „Das
// Unternehmen hatte die Studie damals als „unseriös“ bezeichnet“. What
// stands between "als" and the verb must discredit the object: „hatte die
// Vorwürfe als gravierend bezeichnet“ is an accuser's word.
func (d *doc) callBackDE(s, c int) bool {
	toks := d.sents[s].toks
	a := -1
	for k := c - 1; k >= 0 && k >= c-15; k-- {
		if clauseBreak(toks[k]) {
			break
		}
		if toks[k].fold == "als" && !toks[k].inq {
			a = k
			break
		}
	}
	if a < 1 {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-8; k-- {
		if clauseBreak(toks[k]) {
			break
		}
		if f := toks[k].fold; accNounsDE[f] || evidenceNouns[f] {
			return discredits(d.spanText(s, a+1, c))
		}
	}
	return false
}

// admitWords concede the point.
var admitWords = set("admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes", "raeumte", "raeumt", "eingeraeumt", "gestand", "gesteht", "gestanden")

// contrastWords join an admission to a denial.
var contrastWords = set("but", "aber", "jedoch", "doch", "however", "while", "allerdings")

// toldAddressee reports the one told, not the one telling: "Voss's
// lawyer told the Camford Times that …".
func toldAddressee(toks []token, p part) bool {
	k := p.m.t0 - 1
	for k >= 0 && articles[toks[k].fold] {
		k--
	}
	return k >= 0 && (toks[k].fold == "told" || toks[k].fold == "tells" || toks[k].fold == "tell")
}

// bothSides reports a denial whose subject is "both sides" or "beide
// Seiten" before the cue.
func (d *doc) bothSides(s, cue int) bool {
	toks := d.sents[s].toks
	for k := 0; k+1 < len(toks) && (cue < 0 || k < cue); k++ {
		if f := toks[k].fold; (f == "beide" || f == "both") && bothNouns[toks[k+1].fold] {
			return true
		}
	}
	return false
}

var bothNouns = set("seiten", "sides", "parteien", "parties", "unternehmen", "companies", "firms", "konzerne", "lager", "staaten", "countries", "governments", "regierungen")

// negatedCue reports a denial cue at c that is negated or hedged: "did
// not contest", "without admitting or denying", "bestreitet nicht".
func negatedCue(toks []token, c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		switch toks[k].fold {
		case "not", "never", "nicht", "without", "ohne", "nor", "weder", "noch":
			return true
		}
		if !toks[k].word {
			break
		}
	}
	if c+1 < len(toks) && (toks[c+1].fold == "nicht" || toks[c+1].fold == "not") {
		return true
	}
	return false
}

// denialQuote returns the words in which a denial at sentence s rejects
// the accusation: the quotation after the cue, else one that holds a
// rejecting word, else the first; where the sentence quotes nothing, the
// quotation that opens the next sentence ("X denied wrongdoing. »…«, the
// company said") or the previous one.
func (d *doc) denialQuote(s, cue int) string {
	qs := d.quotes(s)
	if len(qs) > 0 {
		if cue >= 0 {
			for _, q := range qs {
				if q.t0 > cue {
					return q.text
				}
			}
		}
		for _, q := range qs {
			if rejecting(q.text) {
				return q.text
			}
		}
		return qs[0].text
	}
	for _, o := range []int{s + 1, s - 1} {
		if o < 0 || o >= len(d.sents) || d.sents[o].para != d.sents[s].para {
			continue
		}
		toks := d.sents[o].toks
		if len(toks) == 0 || !toks[0].quote {
			continue
		}
		if oq := d.quotes(o); len(oq) > 0 && oq[0].t0 == 1 {
			return oq[0].text
		}
	}
	return ""
}

// rejecting reports a quotation that holds a rejecting word ("haltlos",
// "without merit").
// decisionNounsDE are the decisions of a body that carry a charge.
var decisionNounsDE = set("entscheidung", "bescheid", "bussgeld", "bußgeld", "bussgeldbescheid", "strafe", "geldbusse", "geldbuße", "urteil", "beschluss", "verfuegung", "verfügung", "sanktion", "sanktionen", "vorwuerfe", "vorwürfe")

// endorsingWords judge a finding grave or regrettable, not wrong: a
// speaker who calls it "deeply troubling", "disappointing" or
// „besorgniserregend“ does not say it is untrue.
var endorsingWords = []string{"troubling", "disturbing", "concerning", "worrying", "alarming", "shocking", "damning", "serious", "grave", "appalling",
	"disappointing", "regrettable", "unfortunate",
	"besorgniserregend", "erschreckend", "alarmierend", "schockierend", "beunruhigend", "gravierend", "schwerwiegend", "enttaeuschend", "bedauerlich"}

// endorsing reports whether words judge a finding grave.
func endorsing(q string) bool {
	lq := fold(q)
	for _, w := range endorsingWords {
		if strings.Contains(lq, w) {
			return true
		}
	}
	return false
}

func rejecting(q string) bool {
	lq := fold(q)
	for _, w := range quoteDenyWords {
		if strings.Contains(lq, w) {
			return true
		}
	}
	return false
}

type quotation struct {
	t0   int // first token inside the marks
	text string
}

// quotes lists the quotations of sentence s, without their marks.
func (d *doc) quotes(s int) []quotation {
	toks := d.sents[s].toks
	var out []quotation
	start := -1
	for k, t := range toks {
		if t.quote && t.open && start < 0 {
			start = k
			continue
		}
		if t.quote && start >= 0 && !t.open {
			if k > start+1 {
				q := strings.TrimRight(string(d.rs[toks[start+1].s:toks[k-1].e]), ",;:. ")
				out = append(out, quotation{t0: start + 1, text: q})
			}
			start = -1
		}
	}
	return out
}

// contestCue reads denials that contest a decision or characterise the
// accusation without a denial verb: "hält den Bescheid für rechtswidrig",
// "hat Einspruch beim Schiedsgericht eingelegt", "would appeal the
// penalty", "said the allegations were \"activist rhetoric\"".
func (d *doc) contestCue(s int) bool {
	toks := d.sents[s].toks
	for k, t := range toks {
		// The speaker's quoted words may contest too ("»We will fight
		// this all the way«, the chairman said").
		if !t.word || t.inq && t.fold != "fight" && t.fold != "appeal" {
			continue
		}
		f := t.fold
		switch {
		// "hält die Vorwürfe für haltlos", "hält den Bescheid für
		// rechtswidrig": a rejecting judgement of the accusation.
		// „man halte die Kritik für unberechtigt“: reported speech, and a
		// judgement of the charge as unjustified.
		case d.lang == "de" && (f == "haelt" || f == "hielt" || f == "halten" || f == "hielten" || f == "halte") && !negatedCue(toks, k):
			// „Die Redaktion hält dagegen.“: the accused counters (not
			// „hielt dagegen, die Branche leide unter …“, an excuse that
			// follows).
			if k+1 < len(toks) && toks[k+1].fold == "dagegen" && !hasWordAfter(toks, k+1) {
				return true
			}
			for j := k + 1; j < len(toks) && j <= k+8; j++ {
				if toks[j].fold == "fuer" {
					x := d.spanText(s, j+1, min(j+6, len(toks)))
					if rejecting(x) || discredits(x) || strings.Contains(fold(x), "unberechtigt") || strings.Contains(fold(x), "ungerechtfertigt") || strings.HasPrefix(d.spanText(s, j+1, min(j+3, len(toks))), "nicht") {
						return true
					}
					break
				}
			}
		// "hat Einspruch eingelegt", "legte Widerspruch ein", "geht in
		// Berufung": a legal remedy against the decision.
		case d.lang == "de" && (f == "einspruch" || f == "widerspruch" || f == "berufung" || f == "rechtsmittel" || f == "beschwerde" && k > 0 && toks[k-1].fold != "die"):
			// „hat beim Amt Beschwerde gegen die Elbkai GmbH eingelegt“:
			// a complaint against a party accuses it; a remedy is
			// against a decision („Beschwerde gegen den Bescheid“).
			if d.againstParty(s, k+1) {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+8; j++ {
				g0 := toks[j].fold
				// "kündigte Beschwerde gegen den Bescheid an": the remedy
				// announced.
				announced := g0 == "an" && k > 0 && strings.HasPrefix(toks[k-1].fold, "kuendigt") || g0 == "angekuendigt"
				if g := g0; g == "eingelegt" || g == "einlegen" || g == "einlegt" || g == "einzulegen" || g == "ein" || g == "gehen" || g == "gehe" || g == "geht" || announced {
					return !d.sentenceHas(s, set("prüft", "prueft", "erwägt", "erwaegt", "kann", "könne", "koenne", "nicht", "kein", "keine", "keinen"))
				}
			}
		// "den Bescheid gerichtlich prüfen lassen", "juristisch gegen die
		// Entscheidung vorgehen", "den Bescheid anfechten".
		// "kündigte an, gegen die Entscheidung vorzugehen": acting
		// against the decision that carries the charge.
		case d.lang == "de" && (f == "vorgehen" || f == "vorzugehen") && k >= 3 && !negatedCue(toks, k):
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if toks[j].fold == "gegen" && j+2 < k && decisionNounsDE[toks[j+2].fold] {
					return true
				}
			}
		case d.lang == "de" && (f == "gerichtlich" || f == "juristisch" || f == "rechtlich"):
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if g := toks[j].fold; g == "pruefen" || g == "vorgehen" || g == "anfechten" || g == "wehren" {
					return true
				}
			}
		case d.lang == "de" && (strings.HasPrefix(f, "anfecht") || f == "angefochten" || f == "focht" || f == "ficht"):
			return true
		// "We will fight this all the way".
		case d.lang == "en" && f == "fight" && k > 0 && (toks[k-1].fold == "will" || toks[k-1].fold == "would" || toks[k-1].fold == "to") && k+1 < len(toks) &&
			(toks[k+1].fold == "this" || toks[k+1].fold == "it" || toks[k+1].fold == "these" || toks[k+1].fold == "them"):
			return true
		// "will fight the charges", "vowed to challenge the decision",
		// "would fight the case".
		case d.lang == "en" && (f == "fight" || f == "challenge") && k > 0 && (toks[k-1].fold == "will" || toks[k-1].fold == "would" || toks[k-1].fold == "to") &&
			k+2 < len(toks) && (articles[toks[k+1].fold] || possessives[toks[k+1].fold]) && (accNounsEN[toks[k+2].fold] || toks[k+2].fold == "decision" || toks[k+2].fold == "ruling" || toks[k+2].fold == "fine" || toks[k+2].fold == "penalty" ||
			toks[k+2].fold == "case" || toks[k+2].fold == "proceedings" || toks[k+2].fold == "action"):
			return true
		// "The company is fighting the lawsuit", "fights the charges",
		// "is challenging the fine in court": the accused contests the
		// pleading or sanction as it goes on.
		case d.lang == "en" && (f == "fighting" || f == "fights" || f == "challenging" || f == "challenges") && k > 0 && (f[len(f)-1] == 's' || copulas[toks[k-1].fold] || toks[k-1].fold == "been") &&
			k+2 < len(toks) && (articles[toks[k+1].fold] || possessives[toks[k+1].fold] || toks[k+1].fold == "this") && (accNounsEN[toks[k+2].fold] && toks[k+2].fold != "it" || suitWords[toks[k+2].fold] || sanctionNouns[toks[k+2].fold] || toks[k+2].fold == "case" || toks[k+2].fold == "proceedings"):
			return true
		// „Von den Vorwürfen will die Sparkasse nichts wissen“.
		case d.lang == "de" && f == "nichts" && k+1 < len(toks) && toks[k+1].fold == "wissen" && nearAny(toks, 0, k, accNounsDE) && toks[0].fold == "von":
			return true
		// "would appeal the penalty", "has appealed the ruling".
		case d.lang == "en" && (f == "appeal" && k > 0 && (toks[k-1].fold == "would" || toks[k-1].fold == "will" || toks[k-1].fold == "to") || f == "appealed" || f == "appealing") && !negatedCue(toks, k):
			if k+1 < len(toks) && (articles[toks[k+1].fold] || possessives[toks[k+1].fold]) {
				return true
			}
		// "Das Ministerium teilt die Einschätzung des Rechnungshofs
		// nicht", "does not share the regulator's assessment": the
		// accused does not accept the view that carries the charge.
		case d.lang == "de" && (f == "teilt" || f == "teilte" || f == "teile" || f == "teilen" || f == "teilten") && !hasLater(toks, k, "mit"):
			if nearAny(toks, k-4, k+5, assessNouns) && nearAny(toks, k-3, len(toks)-1, set("nicht")) {
				return true
			}
		case d.lang == "en" && (f == "share" || f == "shares") && negatedCue(toks, k):
			if nearAny(toks, k+1, k+5, assessNouns) {
				return true
			}
		// "will sich gegen die Vorwürfe wehren", "wehrt sich juristisch
		// gegen den Bescheid": fighting the charge disputes it, as "will
		// fight the charges" does.
		case d.lang == "de" && f == "gegen" && k+2 < len(toks) && (articles[toks[k+1].fold] || toks[k+1].fold == "diese" || toks[k+1].fold == "solche") && (accNounsDE[toks[k+2].fold] && toks[k+2].fold != "das" && toks[k+2].fold != "dies" && toks[k+2].fold != "diese" || toks[k+2].fold == "bescheid"):
			for j := max(k-6, 0); j < len(toks) && j <= k+10; j++ {
				if g := toks[j].fold; strings.HasPrefix(g, "wehr") || strings.HasPrefix(g, "verteidig") || strings.HasPrefix(g, "verwahr") || g == "vorgehen" || g == "vorzugehen" {
					return !negatedCue(toks, j)
				}
			}
		// "would vigorously defend itself against the claims", "intends
		// to defend the lawsuit", "would defend the proceedings": the
		// accused contests the charge, as with "will fight the charges".
		case d.lang == "en" && (f == "defend" || f == "defending") && !negatedCue(toks, k):
			for j := k + 1; j < len(toks) && j <= k+6; j++ {
				if g := toks[j].fold; accNounsEN[g] && g != "it" && g != "this" && g != "that" && g != "them" || g == "case" || g == "proceedings" || g == "action" ||
					j == k+1 && (g == "itself" || g == "himself" || g == "herself" || g == "themselves") && defendsAgainstCharge(toks, k, j) {
					return true
				}
			}
		// "said the accusations were false", "die Vorwürfe seien
		// haltlos", "the claims had no basis in fact": the accusation
		// discredited in reported speech; "said the allegations were
		// \"activist rhetoric\"", "die Vorwürfe seien »politisch
		// motiviert«": described in the speaker's quoted words.
		// "said the board's figures were cherry-picked", „die Messwerte
		// seien willkürlich ausgewählt“: the evidence behind the charge
		// discredited (not the speaker's own: "its figures were wrong").
		case evidenceNouns[f] && !t.inq && (k == 0 || !ownPossessive[toks[k-1].fold]):
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if g := toks[j].fold; speechVerbs[g] || reportVerbs[g] || g == "that" || g == "dass" {
					break
				}
				if copulas[toks[j].fold] {
					if j+1 < len(toks) && (toks[j+1].fold == "that" || toks[j+1].fold == "dass") {
						break
					}
					if discredits(d.spanText(s, j, min(j+6, len(toks)))) && !negatedCue(toks, j+1) {
						return true
					}
					break
				}
			}
		case (accNounsEN[f] && f != "it" && f != "this" && f != "that" && f != "them" || accNounsDE[f] && f != "das" && f != "dies" && f != "diese") && !t.inq:
			// „Die Vorwürfe gegen den Geschäftsführer seien haltlos“,
			// "the allegations against Mr Hale were false": the party
			// they are against belongs to the subject.
			k := d.pastAgainst(s, k)
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				// "the report said Veltrix was wrong …": a speech verb
				// between makes the noun a speaker, not the subject.
				if g := toks[j].fold; speechVerbs[g] || reportVerbs[g] || g == "that" || g == "dass" {
					break
				}
				if g := toks[j].fold; copulas[g] || g == "had" || g == "have" || g == "has" || g == "lacked" || g == "lack" || strings.HasPrefix(g, "entbehr") {
					if discredits(d.spanText(s, j, min(j+6, len(toks)))) && !negatedCue(toks, j+1) {
						return true
					}
					break
				}
			}
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				// "said in a statement it was "cooperating fully"": the
				// noun is the medium, the pronoun the copula's subject.
				if g := toks[j].fold; g == "it" || g == "he" || g == "she" || g == "they" || g == "we" || g == "er" || g == "sie" || g == "es" {
					break
				}
				if copulas[toks[j].fold] && j+1 < len(toks) && toks[j+1].quote && toks[j+1].open {
					// "said the findings were "deeply troubling"": words
					// that take the charge seriously accept it.
					return !endorsing(d.spanText(s, j+1, min(j+8, len(toks))))
				}
			}
		// "alle Angaben entsprächen den gesetzlichen Vorgaben", "its
		// products comply with all applicable regulations": compliance
		// asserted (not asked: "prüft, ob …").
		case (d.lang == "de" && strings.HasPrefix(f, "entspr") && !strings.HasPrefix(f, "entsprechend") || d.lang == "en" && (f == "comply" || f == "complies" || f == "complied" || f == "complying") ||
			// "had followed all the rules", "adhered to all regulations",
			// "habe sich an alle Vorschriften gehalten".
			d.lang == "en" && (f == "followed" || f == "follows" || f == "adhered" || f == "adheres" || f == "abided" || f == "abides") ||
			d.lang == "de" && (f == "gehalten" || f == "haelt" || f == "hielt" || f == "halte" || f == "hielten") && nearAny(toks, k-6, k+3, set("an"))) && !negatedCue(toks, k):
			if !d.sentenceHas(s, set("ob", "whether", "if", "nicht", "not")) {
				for j := max(k-5, 0); j < len(toks) && j <= k+5; j++ {
					if normNoun(toks[j].fold) {
						return true
					}
				}
			}
		// "sprach von haltlosen Vorwürfen", "sprach von einer
		// Hetzkampagne", "spoke of baseless allegations".
		case (f == "sprach" || f == "spricht" || f == "sprachen" || f == "sprechen" || f == "spoke") && k+2 < len(toks) && (toks[k+1].fold == "von" || toks[k+1].fold == "of"):
			if x := d.spanText(s, k+2, min(k+6, len(toks))); discredits(x) || smearCampaign(fold(d.spanText(s, k+2, min(k+8, len(toks))))) {
				return true
			}
		// „Das sieht Sonnenhof Care anders“, „Dies sah der Verband
		// völlig anders“: the accused sees what was said otherwise.
		case d.lang == "de" && (f == "sieht" || f == "sah" || f == "sehen" || f == "sahen") && hasLater(toks, k, "anders") &&
			(k > 0 && (toks[k-1].fold == "das" || toks[k-1].fold == "dies") || nearAny(toks, k+1, k+4, set("das", "dies"))) && !negatedCue(toks, k):
			return true
		// "said it stood by the paper's journalism", "stands behind its
		// findings", „steht hinter der Berichterstattung ihres Blattes“:
		// the accused keeps to the work the charge is about.
		// („steht nach eigenen Angaben zu der Berichterstattung“.)
		case (d.lang == "en" && (f == "stood" || f == "stands" || f == "stand" || f == "standing") && k+1 < len(toks) && (toks[k+1].fold == "by" || toks[k+1].fold == "behind") ||
			d.lang == "de" && (f == "steht" || f == "stand" || f == "stehen" || f == "standen" || f == "stehe") && (nearAny(toks, k+1, k+4, set("zu", "hinter")))) && !negatedCue(toks, k):
			for j := k + 2; j < len(toks) && j <= k+8; j++ {
				if g := toks[j].fold; mediaNouns[g] || standByNouns[g] {
					return true
				}
				if clauseBreak(toks[j]) {
					break
				}
			}
		// "X pushed back, saying the study was flawed".
		case d.lang == "en" && (f == "pushed" || f == "pushing" || f == "pushes") && k+2 < len(toks) && toks[k+1].fold == "back" &&
			(toks[k+2].text == "," || toks[k+2].fold == "saying" || toks[k+2].fold == "hard" || toks[k+2].fold == "strongly"):
			return true
		// "hit back at the report", "pushed back on the claims".
		case d.lang == "en" && (f == "hit" || f == "hits" || f == "pushed" || f == "pushes" || f == "pushing") && k+3 < len(toks) && toks[k+1].fold == "back" &&
			(toks[k+2].fold == "at" || toks[k+2].fold == "on" || toks[k+2].fold == "against") && nearAny(toks, k+3, k+5, accNounsEN) && !nearAny(toks, k+3, k+3, set("it", "this", "that", "them")):
			return true
		}
	}
	return false
}

// againstParty reports "gegen" or "against" at k followed by the name of
// a party (not of a document or decision): „Beschwerde gegen die Elbkai
// GmbH“, not „Beschwerde gegen den Bescheid der Behörde“.
func (d *doc) againstParty(s, k int) bool {
	toks := d.sents[s].toks
	if k >= len(toks) || toks[k].fold != "gegen" && toks[k].fold != "against" {
		return false
	}
	for _, m := range d.ments[s] {
		if m.t0 > k && m.t0 <= k+2 && m.ent != nil && m.ent.typ != claimgraph.Document && !decisionNounsDE[toks[m.t0].fold] {
			return true
		}
	}
	return false
}

// pastAgainst returns the last token of "gegen X"/"against X" right after
// the noun at k, else k.
func (d *doc) pastAgainst(s, k int) int {
	toks := d.sents[s].toks
	if k+2 >= len(toks) || toks[k+1].fold != "gegen" && toks[k+1].fold != "against" {
		return k
	}
	for _, m := range d.ments[s] {
		if m.t0 > k+1 && m.t0 <= k+3 && m.ent != nil {
			return m.t1 - 1
		}
	}
	return k
}

// discreditWords call an accusation untrue or unfounded (a subset of
// quoteDenyWords without the accused's words for its own conduct, which
// an accusation cannot be: "the claims were accurate").
var discreditWords = []string{"false", "untrue", "not true", "baseless", "unfounded", "groundless", "without merit", "meritless", "no merit", "no basis",
	"without foundation", "without any foundation", "nonsense", "absurd", "ridiculous", "fabricat", "defamatory", "inaccura", "misleading", "wrong",
	"politically motivated", "smear", "lies", "frivolous", "falsch", "unwahr", "nicht wahr", "haltlos", "unbegruend", "unzutreffend", "nicht zutreffend",
	"erfunden", "laecherlich", "verleumd", "jeder grundlage", "entbehr", "irrefuehrend", "politisch motiviert", "aus der luft gegriffen", "abwegig", "konstruiert", "unhaltbar",
	"unserioes", "flawed", "unreliable", "unzuverlaessig",
	// Invention and unsound method (see quoteDenyWords).
	"fiction", "fairy tale", "fairytale", "maerchen", "raeuberpistole", "hirngespinst", "fantasy", "fantasie", "phantasie",
	"pure invention", "complete invention", "total invention", "reine erfindung", "freie erfindung", "glatte erfindung", "pure erfindung",
	"haaren herbeigezogen", "cherry-pick", "cherrypick", "junk science", "hatchet job", "off the mark", "wide of the mark", "out of context",
	"aus dem zusammenhang", "willkuerlich ausgew", "selektiv ausgew", "hogwash", "baloney", "poppycock", "balderdash", "preposterous",
	"utter rubbish", "complete rubbish", "total rubbish", "absolute rubbish", "trumped-up", "trumped up", "unsubstantiated", "substanzlos",
	"gegenstandslos", "quatsch", "bloedsinn", "humbug", "lachhaft", "conspiracy theor", "verschwoerungstheorie", "fake news",
	// „unhaltbar“, „üble Nachrede“, „eine dreiste Lüge“, "a political
	// stunt".
	"nicht haltbar", "untenable", "nachrede", "luege", "a lie", "outright lie", "blatant lie", "political stunt", "publicity stunt", "without substance",
	// The accusation cast as a ploy with a motive: „ein durchsichtiger
	// Versuch, einen Hinweisgeber mundtot zu machen“, „eine durchsichtige
	// Ablenkung“, „gezielte Rufschädigung“, "a transparent attempt to …",
	// "a desperate attempt to change the subject".
	"durchsichtig", "ablenkungsmanoever", "racheakt", "retourkutsche", "rufschaed", "transparent attempt", "desperate attempt", "cynical attempt",
	"thinly veiled attempt", "shoot the messenger", "sour grapes",
	"vorgeschoben", "vorwand", "pretext", "suendenbock", "scapegoat", "machwerk"}

// evidenceNouns name what an accusation rests on: measurements, a study,
// figures. A party accused on their strength discredits them to deny it.
var evidenceNouns = set("messungen", "messwerte", "messergebnisse", "zahlen", "daten", "studie", "untersuchung", "analyse", "gutachten", "recherche", "recherchen",
	"befunde", "study", "figures", "data", "analysis", "research", "measurements", "numbers", "methodology", "methodik", "audit", "survey", "umfrage")

// ownPossessive words make a noun the speaker's own ("its figures",
// „seine Daten“).
var ownPossessive = set("its", "their", "our", "his", "her", "my", "sein", "seine", "seinen", "seiner", "seines", "ihr", "ihre", "ihren", "ihrer", "ihres", "unsere", "unser", "unseren", "unserer")

// discredits reports a span that holds a discrediting word.
func discredits(x string) bool {
	lx := fold(x)
	for _, w := range discreditWords {
		if strings.Contains(lx, w) {
			return true
		}
	}
	return false
}

// smearCampaign reports a campaign against the speaker: "einer gezielten
// Kampagne", "Schmutzkampagne", "an orchestrated campaign against us"
// (not "einer Werbekampagne").
func smearCampaign(x string) bool {
	for _, w := range []string{"gezielte kampagne", "gezielten kampagne", "schmutzkampagne", "hetzkampagne", "verleumdungskampagne", "rufmord", "kampagne gegen",
		"smear campaign", "orchestrated campaign", "campaign against", "witch hunt", "witch-hunt", "hexenjagd"} {
		if strings.Contains(x, w) {
			return true
		}
	}
	return false
}

// normNoun reports a word for legal rules and standards: "Vorgaben",
// "lebensmittelrechtlichen Vorschriften", "regulations".
func normNoun(f string) bool {
	switch f {
	case "law", "laws", "regulations", "rules", "requirements", "standards", "gesetz", "gesetzen", "recht", "normen", "gesetzeslage", "rechtslage":
		return true
	}
	for _, suf := range []string{"vorgaben", "vorschriften", "bestimmungen", "anforderungen", "regeln", "standards", "richtlinien", "regelungen"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// defendsAgainstCharge reads "defend itself" at k (reflexive at j) as
// contesting a charge: "would defend itself vigorously", "… in court",
// "… against the claims"; not a right to self-defence ("has the right to
// defend itself", "defend itself against attacks").
func defendsAgainstCharge(toks []token, k, j int) bool {
	if k >= 2 && toks[k-1].fold == "to" && toks[k-2].fold == "right" {
		return false
	}
	if j+1 >= len(toks) || !toks[j+1].word {
		return true
	}
	switch toks[j+1].fold {
	case "vigorously", "robustly", "strongly", "fully", "in":
		return true
	case "against":
		return nearAny(toks, j+2, j+5, accNounsEN) || nearAny(toks, j+2, j+5, set("case", "proceedings", "action"))
	}
	return false
}

// sanctionNouns name a decision against the accused.
var sanctionNouns = set("fine", "penalty", "decision", "ruling", "sanction", "sanctions", "bussgeld", "strafe", "entscheidung", "urteil", "sperre", "ban")

// excessive reports a span that rejects a sanction: a rejecting word, or
// one that calls it excessive or unjust.
func excessive(x string) bool {
	if rejecting(x) {
		return true
	}
	lx := fold(x)
	for _, w := range []string{"disproportionate", "excessive", "unjustified", "unfair", "unwarranted", "unverhaeltnismaessig", "ueberzogen", "ungerechtfertigt", "unangemessen"} {
		if strings.Contains(lx, w) {
			return true
		}
	}
	return false
}

// contestedNotDenied are what German "bestreiten" takes when it means
// to play, to pay for or to make up, not to deny („bestreitet 40 Prozent
// seines Umsatzes mit …“).
var contestedNotDenied = set("prozent", "umsatz", "umsatzes", "anteil", "haelfte", "grossteil", "einnahmen", "partie", "finale", "halbfinale", "lebensunterhalt", "wahlkampf", "kosten", "rennen", "saison", "turnier", "match", "duell", "einsatz", "auftakt", "endspiel")

// assessNouns name a view that carries an accusation.
var assessNouns = set("einschaetzung", "auffassung", "kritik", "sicht", "bewertung", "schlussfolgerung", "schlussfolgerungen", "feststellungen",
	"darstellung", "ansicht", "vorwuerfe", "befunde", "view", "views", "assessment", "conclusions", "conclusion", "findings", "characterisation",
	"characterization", "interpretation", "criticism")

// nearAny reports a token of ws among toks[from..to].
func nearAny(toks []token, from, to int, ws map[string]bool) bool {
	for k := max(from, 0); k < len(toks) && k <= to; k++ {
		if ws[toks[k].fold] {
			return true
		}
	}
	return false
}

// copulas link an accusation to the speaker's word for it.
var copulas = set("were", "was", "are", "is", "seien", "sei", "sind", "waren", "wären", "waeren")

// mediaNouns name an outlet's reporting.
var mediaNouns = set("berichterstattung", "artikel", "reportage", "story", "coverage", "reporting", "article")

// standByNouns are the work one stands by against a charge: "stood by its
// findings", "stands by the paper's journalism".
var standByNouns = set("journalism", "stories", "articles", "findings", "investigation", "reports", "report", "bericht", "berichte", "recherche", "recherchen", "artikeln", "ergebnisse", "darstellung")

func appendAcc(xs []*acc, a *acc) []*acc {
	for _, x := range xs {
		if x == a {
			return xs
		}
	}
	return append(xs, a)
}

// ownerWords name a company that owns another.
var ownerWords = set("parent", "owner", "owners", "muttergesellschaft", "mutterkonzern", "eigentümer", "eigentuemer", "konzernmutter", "holding")

// ownership reads "X's parent company, Y," and "Y, the parent company of
// X," (German "Y, die Muttergesellschaft von X"): Y owns X.
func (d *doc) ownership() {
	for s := range d.sents {
		toks := d.sents[s].toks
		for k, t := range toks {
			if !ownerWords[t.fold] {
				continue
			}
			var child, owner *entity
			// "Chattr's parent company, Lumaro Inc.,".
			if k > 0 {
				if m := d.mentionAt(s, k-1); m != nil && m.ent != nil && m.ent.isOrg() && (strings.HasSuffix(toks[k-1].text, "'s") || strings.HasSuffix(toks[k-1].text, "’s")) {
					child = m.ent
					for j := k + 1; j < len(toks) && j <= k+3; j++ {
						if toks[j].text == "," {
							if om := d.mentionAt(s, j+1); om != nil && om.ent != nil && om.ent.isOrg() {
								owner = om.ent
							}
							break
						}
					}
				}
			}
			// "Lumaro Inc., the parent company of Chattr,".
			if child == nil {
				for j := k + 1; j < len(toks) && j <= k+4; j++ {
					if f := toks[j].fold; f == "of" || f == "von" || f == "der" || f == "des" {
						if cm := d.mentionAt(s, j+1+boolInt(j+1 < len(toks) && articles[toks[j+1].fold])); cm != nil && cm.ent != nil && cm.ent.isOrg() {
							child = cm.ent
						}
						break
					}
				}
				for j := k - 1; j >= 1 && j >= k-4; j-- {
					if toks[j].text == "," {
						if om := d.mentionAt(s, j-1); om != nil && om.ent != nil && om.ent.isOrg() {
							owner = om.ent
						}
						break
					}
				}
			}
			if child != nil && owner != nil && child != owner && owner.owns == nil {
				owner.owns = child
			}
		}
		// "Grafton News Group, which owns the Courant,", „die Mediengruppe
		// Nordlicht, zu der die Zeitung gehört,“: a relative clause of
		// owning after the owner's name.
		for k := 2; k+1 < len(toks); k++ {
			var child *entity
			switch f := toks[k].fold; {
			case d.lang == "en" && (f == "owns" || f == "owned") && (toks[k-1].fold == "which" || toks[k-1].fold == "that") && toks[k-2].text == ",":
				j := k + 1
				if articles[toks[j].fold] {
					j++
				}
				if cm := d.mentionAt(s, j); cm != nil && cm.ent != nil && cm.ent.isOrg() {
					child = cm.ent
				}
			case d.lang == "de" && (f == "zu" && k+1 < len(toks) && (toks[k+1].fold == "dem" || toks[k+1].fold == "der")) && toks[k-1].text == ",":
				for j := k + 2; j < len(toks) && j <= k+6; j++ {
					if g := toks[j].fold; g == "gehoert" || g == "gehoeren" || g == "gehoerte" {
						if cm := d.mentionAt(s, j-1); cm != nil && cm.ent != nil && cm.ent.isOrg() {
							child = cm.ent
						}
						break
					}
					if clauseBreak(toks[j]) {
						break
					}
				}
			default:
				continue
			}
			at := k - 2
			if d.lang == "de" {
				at = k - 1
			}
			if child == nil || at < 1 {
				continue
			}
			if om := d.mentionAt(s, at-1); om != nil && om.ent != nil && om.ent.isOrg() && om.ent != child && om.ent.owns == nil {
				om.ent.owns = child
			}
		}
	}
}

// backing reads who stands behind whom: „Rückendeckung erhielt X von
// Y“, „Y stellte sich hinter X“, „Y nahm X in Schutz“, "Y came to X's
// defence", "Y came to the defence of X", "Y rallied behind X".
func (d *doc) backing() {
	for s := range d.sents {
		toks := d.sents[s].toks
		mentionFrom := func(lo, hi int) *entity {
			for _, m := range d.ments[s] {
				if m.ent != nil && m.t0 >= lo && m.t0 <= hi && m.ent.typ != claimgraph.Document {
					return m.ent
				}
			}
			return nil
		}
		firstBefore := func(k int) *entity {
			for _, m := range d.ments[s] {
				if m.ent != nil && m.t1 <= k && m.ent.typ != claimgraph.Document {
					return m.ent
				}
			}
			return nil
		}
		for k, t := range toks {
			if t.inq {
				continue
			}
			var backer, backed *entity
			switch f := t.fold; {
			case d.lang == "de" && f == "rueckendeckung":
				for j := k + 1; j < len(toks) && j <= k+8; j++ {
					if g := toks[j].fold; g == "von" || g == "vom" {
						backer = mentionFrom(j+1, j+2)
						for _, m := range d.ments[s] {
							if m.ent != nil && m.ent != backer && m.t1 <= j && m.ent.typ != claimgraph.Document {
								backed = m.ent
							}
						}
						break
					}
				}
			case d.lang == "de" && (f == "stellte" || f == "stellt" || f == "stellten" || f == "stellen") && k+2 < len(toks) && toks[k+1].fold == "sich":
				// „stellte sich am Dienstag hinter die Abgeordnete“: an
				// adverbial may stand before "hinter".
				for j := k + 2; j < len(toks) && j <= k+5; j++ {
					if toks[j].fold == "hinter" {
						backer, backed = firstBefore(k), mentionFrom(j+1, j+3)
						break
					}
					if clauseBreak(toks[j]) {
						break
					}
				}
			case d.lang == "de" && (f == "nahm" || f == "nimmt" || f == "nahmen" || f == "nehmen") && hasLater(toks, k, "schutz"):
				backer, backed = firstBefore(k), mentionFrom(k+1, k+4)
			case d.lang == "en" && (f == "defence" || f == "defense") && k >= 2 && toks[k-2].fold == "to" && k+2 < len(toks) && toks[k+1].fold == "of":
				backer, backed = firstBefore(k-2), mentionFrom(k+2, k+3)
			case d.lang == "en" && (f == "defence" || f == "defense") && k >= 2 && (toks[k-2].fold == "to" || k >= 3 && toks[k-3].fold == "to"):
				at := k - 2
				if toks[at].fold != "to" {
					at = k - 3
				}
				backer, backed = firstBefore(at), mentionFrom(at+1, k-1)
			case d.lang == "en" && f == "rallied" && k+1 < len(toks) && toks[k+1].fold == "behind":
				backer, backed = firstBefore(k), mentionFrom(k+2, k+4)
			// "The Farm Bureau defended the company", "stood behind the
			// mayor", "sided with the operator": a party that takes the
			// accused's side.
			case d.lang == "en" && (f == "defended" || f == "defends") && k > 0 && !copulas[toks[k-1].fold]:
				backer, backed = firstBefore(k), mentionFrom(k+1, k+3)
			case d.lang == "en" && (f == "stood" || f == "stands" || f == "sided" || f == "sides") && k+1 < len(toks) && (toks[k+1].fold == "behind" || toks[k+1].fold == "with"):
				backer, backed = firstBefore(k), mentionFrom(k+2, k+4)
			}
			if backer != nil && backed != nil && backer != backed && backer.defends == nil {
				backer.defends = backed
			}
		}
	}
}

// publicBody reports an authority by the words of its names (not its
// key, which a country's campaigners share: "de-bund").
// privateParty reports a business or one of its people.
func privateParty(e *entity) bool {
	return e.typ == claimgraph.Company || e.typ == claimgraph.Official && e.affil != nil && e.affil.typ == claimgraph.Company
}

func publicBody(e *entity) bool {
	n := fold(e.name + " " + strings.Join(e.aliases, " "))
	for _, w := range []string{"amt", "behoerde", "ministeri", "ministry", "regierung", "government", "kommission", "commission", "agentur", "agency",
		"authority", "polizei", "police", "staatsanwalt", "prosecut", "gericht", "court", "bundes", "aufsicht", "department", "office", "bundeswehr",
		"military", "militaer", "geheimdienst", "intelligence", "kanzler", "bnd", "bfv", "bsi", "bka"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// closingBodySpeaker returns the speaker who closes sentence s after a
// comma ("…, sagte eine Sprecherin des Senders", "…, a spokeswoman for the
// network said") where he speaks for a body: a body itself or a person
// the text ties to one.
func (d *doc) closingBodySpeaker(s int, parts []part) *entity {
	e := d.closingSpeakerOf(s, parts)
	if e != nil && (e.isOrg() || e.typ == claimgraph.Official && e.affil != nil && e.affil.isOrg()) {
		return e
	}
	return nil
}

// officerDefendedIn reports a sentence s without a denial verb whose
// words name a sitting officer of org accused before s: „Auch die Darstellung, der Vorstandschef habe davon gewusst,
// sei „frei erfunden“, sagte der Sprecher“ defends the chief executive.
func (d *doc) officerDefendedIn(s int, org *entity) bool {
	// Only in the reported words, not the attribution that closes them
	// („…, sagte die 49-Jährige“ is the speaker).
	toks := d.sents[s].toks
	cut := -1
	for v := len(toks) - 1; v > 0 && cut < 0; v-- {
		if toks[v].inq || !speechVerbs[toks[v].fold] {
			continue
		}
		for k := v - 1; k >= 0; k-- {
			if toks[k].text == "," || toks[k].quote && !toks[k].open {
				cut = k
				break
			}
		}
		break
	}
	for _, m := range d.ments[s] {
		e := m.ent
		if e == nil || m.t1 > cut || e.typ != claimgraph.Official || e.affil != org || e.former || e.anon {
			continue
		}
		for _, a := range d.accs {
			if a.sent < s && a.accused == e && a.accuser != org {
				return true
			}
		}
	}
	return false
}

// spokesmanGoesOn returns the body whose spokesperson spoke in the
// sentence before s in its paragraph, where s closes with a bare definite
// spokesperson that names no body: „…, sagte der Sprecher“, "…, the
// spokeswoman said".
func (d *doc) spokesmanGoesOn(s int) *entity {
	toks := d.sents[s].toks
	if s == 0 || d.sents[s-1].para != d.sents[s].para {
		return nil
	}
	n := len(toks)
	for n > 0 && !toks[n-1].word {
		n--
	}
	bare := false
	switch {
	case n >= 3 && speechVerbs[toks[n-3].fold] && articles[toks[n-2].fold] && spokesRoles[toks[n-1].fold]:
		bare = toks[n-2].fold == "der" || toks[n-2].fold == "die"
	case n >= 3 && toks[n-3].fold == "the" && spokesRoles[toks[n-2].fold] && speechVerbs[toks[n-1].fold]:
		bare = true
	}
	if !bare {
		return nil
	}
	e, _, _ := d.speakerOf(s-1, d.participants(s-1, false))
	if e != nil && e.typ == claimgraph.Official && e.affil != nil && e.affil.isOrg() {
		return e.affil
	}
	if e != nil && e.isOrg() {
		return e
	}
	return nil
}

// quoteGoesOn returns the speaker of a sentence that is one quotation
// with no attribution of its own: the speaker who closed the sentence
// before in its paragraph ("…, erklärte Geschäftsführer Tobias
// Wernsdörfer. „Von Erpressung kann keine Rede sein.“"), or who opened
// it ("Wernsdörfer sagte, … »…«").
func (d *doc) quoteGoesOn(s int) *entity {
	toks := d.sents[s].toks
	if s == 0 || d.sents[s-1].para != d.sents[s].para || len(toks) == 0 || !toks[0].quote || !toks[0].open {
		return nil
	}
	for _, t := range toks {
		if t.word && !t.inq {
			return nil // an attribution of its own
		}
	}
	// Only words that reject a charge ("kann keine Rede sein", "pure
	// fiction"), not a bare "nie" that an accuser's quotation may hold
	// too („Das darf nie wieder passieren.“).
	lt := strings.Map(func(r rune) rune {
		if isQuoteRune(r) {
			return -1
		}
		return r
	}, fold(string(d.rs[d.sents[s].start:d.sents[s].end])))
	if !discredits(lt) && !denialPhraseSet.in(lt) {
		return nil
	}
	parts := d.participants(s-1, false)
	if e := d.closingSpeakerOf(s-1, parts); e != nil {
		return e
	}
	prev := d.sents[s-1].toks
	for k, t := range prev {
		if t.inq || !speechVerbs[t.fold] {
			continue
		}
		for _, p := range parts {
			if p.m.t0 < k && p.prep == "" && !p.obj && !prev[p.m.t0].inq {
				return p.e
			}
		}
		return nil
	}
	return nil
}

// closingSpeakerOf returns the speaker who closes sentence s after its
// reported words: „…, sagte eine Sprecherin des Senders“, "…, a
// spokeswoman for the network said".
func (d *doc) closingSpeakerOf(s int, parts []part) *entity {
	toks := d.sents[s].toks
	closes := func(j int) bool { // the reported words end before j
		for j > 0 && articles[toks[j-1].fold] {
			j--
		}
		return j > 0 && (toks[j-1].text == "," || toks[j-1].quote && !toks[j-1].open)
	}
	for v := len(toks) - 1; v > 1; v-- {
		if toks[v].inq || !speechVerbs[toks[v].fold] {
			continue
		}
		for _, q := range parts {
			if q.prep != "" || q.obj || toks[q.m.t0].inq {
				continue
			}
			// „…, sagte eine Sprecherin des Senders“.
			if closes(v) && q.m.t0 > v && q.m.t0 <= v+2 {
				return q.e
			}
			// "…, a spokeswoman for the network said".
			if q.m.t1 <= v && q.m.t1 >= v-4 && closes(q.m.t0) {
				return q.e
			}
		}
		return nil
	}
	return nil
}

// lawyerSubject returns the client of an unnamed lawyer who is the
// subject of sentence s before limit: "A lawyer for Rourke said …",
// "Lawyers representing Mr Hale said …", „Ein Anwalt von Brandl erklärte
// …“. The lawyer word must open the subject: nothing else stands before
// it as a subject.
func (d *doc) lawyerSubject(s, limit int, parts []part) *entity {
	toks := d.sents[s].toks
	for k := 0; k < limit && k < len(toks); k++ {
		f := toks[k].fold
		if !lawyerWords[f] || f == "mandant" || f == "mandantin" || f == "client" {
			continue
		}
		for _, q := range parts {
			if q.m.t0 < k && q.prep == "" && !q.obj {
				return nil // a subject before the lawyer
			}
			// ("Lawyers for Ashcombe told the FT that the company …": a
			// body's lawyers speak for the body.)
			if q.m.t0 > k && q.m.t0 <= k+3 && q.m.t0 < limit && (q.prep == "von" || q.prep == "for" || q.prep == "gen" || toks[q.m.t0-1].fold == "representing") && (q.e.typ == claimgraph.Official || q.e.isOrg()) {
				return d.unnamedClient(s, q.e)
			}
		}
		return nil
	}
	return nil
}

// clientSpeaks reports a sentence in which a lawyer speaks of his client:
// „Sein Mandant habe zu keinem Zeitpunkt …, erklärte der Verteidiger“,
// "his client \"categorically denies\"". The client is a person who
// answers for himself, not for the body he works or worked for.
func (d *doc) clientSpeaks(s int) bool {
	toks := d.sents[s].toks
	for k, t := range toks {
		if (t.fold == "mandant" || t.fold == "mandantin" || t.fold == "client") && k > 0 && possessives[toks[k-1].fold] {
			return true
		}
	}
	return false
}

// leftWords say that a person left a body.
var leftWords = set("verlassen", "verließ", "verliess", "ausgeschieden", "ausschied", "left", "quit", "resigned", "departed")

// leftBody reports a person who no longer speaks for his body: a former
// holder of his role, or one whom a relative clause after his mention by
// sentence s says left it ("Ebeling, der das Unternehmen im vergangenen
// Jahr verlassen hat", "Rourke, who left the firm in 2025").
func (d *doc) leftBody(s int, e *entity) bool {
	if e.former {
		return true
	}
	for o := 0; o <= s; o++ {
		toks := d.sents[o].toks
		for _, m := range d.ments[o] {
			if m.ent != e || m.t1+1 >= len(toks) || toks[m.t1].text != "," || !relPronounsDE[toks[m.t1+1].fold] && toks[m.t1+1].fold != "who" {
				continue
			}
			for k := m.t1 + 2; k < len(toks) && toks[k].text != ","; k++ {
				if leftWords[toks[k].fold] {
					return true
				}
			}
		}
	}
	return false
}

// throughLawyer reports whether sentence s says its subject speaks
// through a lawyer of his own: "über seinen Anwalt", "durch ihre
// Verteidiger", "through his lawyer", "via her attorneys".
func (d *doc) throughLawyer(s int) bool {
	toks := d.sents[s].toks
	for i := 0; i+2 < len(toks); i++ {
		if !throughWords[toks[i].fold] {
			continue
		}
		if possessives[toks[i+1].fold] && lawyerWords[toks[i+2].fold] && toks[i+2].fold != "mandant" && toks[i+2].fold != "mandantin" && toks[i+2].fold != "client" {
			return true
		}
	}
	return false
}

// coAccusedNamed lists the accusations against parties that the object of
// denial s names after "against"/"gegen" and that were accused in the
// same sentence, by the same accuser, as one of chosen (against who).
func (d *doc) coAccusedNamed(s int, who *entity, chosen []*acc) []*acc {
	toks := d.sents[s].toks
	var out []*acc
	for k, t := range toks {
		reach := 8
		// "A lawyer for Vilks said his client \"categorically rejects\"
		// the allegations and that Rigan Metals had always complied …":
		// a second reported clause whose subject is a co-accused
		// defends it too.
		if (t.fold == "that" || t.fold == "dass") && k > 0 && (toks[k-1].fold == "and" || toks[k-1].fold == "und") {
			reach = 2
		} else if t.fold != "gegen" && t.fold != "against" {
			continue
		}
		for _, m := range d.ments[s] {
			if m.t0 <= k || m.t0 > k+reach || m.ent == nil || m.ent == who {
				continue
			}
			for _, a := range d.accs {
				if a.sent > s || a.accused != m.ent {
					continue
				}
				for _, c := range chosen {
					if c.accused == who && c.sent == a.sent && c.accuser == a.accuser {
						out = appendAcc(out, a)
					}
				}
			}
		}
	}
	return out
}

// subjunctiveDE are German finite verbs in the subjunctive of reported
// speech that a denial uses: „Die Darstellung sei falsch“, „Der Vorwurf
// entbehre jeder Grundlage“.
var subjunctiveDE = set("sei", "seien", "habe", "haetten", "hätten", "werde", "wuerden", "würden", "koenne", "könne", "entbehre", "entbehrten", "stimme", "treffe", "gebe")

// reportedSpeaker returns the party whose words a German denial in
// reported speech with no speaker of its own (sentence s) goes on with:
// the subject of the sentence before it in the paragraph, when that
// party is accused and that sentence states no accusation (whose
// subjunctive would carry on the accuser's words).
func (d *doc) reportedSpeaker(s int) *entity {
	if d.lang != "de" || s == 0 || d.sents[s-1].para != d.sents[s].para {
		return nil
	}
	subj := false
	for _, t := range d.sents[s].toks {
		if !t.inq && subjunctiveDE[t.fold] {
			subj = true
			break
		}
	}
	if !subj {
		return nil
	}
	for _, a := range d.accs {
		if a.sent == s-1 || a.sent == s {
			return nil
		}
		for _, o := range a.support {
			if o == s-1 || o == s {
				return nil
			}
		}
	}
	toks := d.sents[s-1].toks
	for _, p := range d.participants(s-1, false) {
		if p.prep != "" || p.obj || toks[p.m.t0].inq {
			continue
		}
		// The subject opens the sentence or follows its verb: „Der
		// Konzern äußerte sich …“, „Am Abend äußerte sich der Konzern“.
		if p.m.t0 > 4 {
			return nil
		}
		for _, a := range d.accs {
			if a.sent < s && (a.accused == p.e || a.accused == party(p.e)) {
				return p.e
			}
		}
		return nil
	}
	return nil
}

// anaphorObject reports a denial whose object is a bare demonstrative
// pronoun: "rejected that", "denied this", „wies das zurück“, „Das
// bestreitet X“, „Dem widersprach X“ (not the article of „Das
// Unternehmen“, nor "denied that it had …", whose "that" opens a clause).
func (d *doc) anaphorObject(s, cue int) bool {
	toks := d.sents[s].toks
	pron := func(k int) bool {
		if k < 0 || k >= len(toks) || toks[k].inq {
			return false
		}
		f := toks[k].fold
		next := k + 1
		if d.lang == "de" {
			if f != "das" && f != "dies" && f != "dem" && f != "dieses" {
				return false
			}
			// "das" before a noun is its article.
			return next >= len(toks) || !toks[next].word || !toks[next].cap || next == cue
		}
		if f != "that" && f != "this" && f != "it" {
			return false
		}
		// "rejected that.", "denied this, saying …", "dismissed it as …".
		return next >= len(toks) || !toks[next].word || toks[next].fold == "as" || toks[next].fold == "and" || toks[next].fold == "outright"
	}
	if cue < 0 {
		// A phrase: „Das sieht X anders“.
		return pron(0)
	}
	for k := cue + 1; k <= cue+2; k++ {
		if pron(k) {
			return true
		}
	}
	// „Das bestreitet X“, „Dem widersprach X“: the object before the cue.
	return d.lang == "de" && (pron(cue-1) && cue == 1)
}

// latestTargets returns the targets last stated (or restated) before
// sentence s, within its three sentences before: what a demonstrative
// points back at; nil when none is that close.
func latestTargets(d *doc, s int, targets []*acc) []*acc {
	last := func(a *acc) int {
		l := -1
		for _, x := range append([]int{a.sent}, a.support...) {
			if x < s && x > l {
				l = x
			}
		}
		return l
	}
	best := -1
	for _, a := range targets {
		if l := last(a); l > best {
			best = l
		}
	}
	if best < s-3 || best < 0 {
		return nil
	}
	var out []*acc
	top := -1
	for _, a := range targets {
		if last(a) == best {
			out = append(out, a)
			top = max(top, a.sent)
		}
	}
	// "The cooperative accused Halvorsen of … Patel told the Courier that
	// the company had paid him … Halvorsen disputed that": where an older
	// claim is only restated by the sentence that states a newer one,
	// the newer one is what was said last.
	if best == top {
		var own []*acc
		for _, a := range out {
			if a.sent == top {
				own = append(own, a)
			}
		}
		out = own
	}
	return out
}

// speaksOfSelf reports a denial in sentence s in which the named person
// denier speaks of himself ("said he rejects …", „er habe nie …“) and
// names no body of his ("the company", "we").
func (d *doc) speaksOfSelf(s int, denier *entity) bool {
	if denier.anon {
		return false
	}
	self := false
	for _, m := range d.ments[s] {
		if m.ent == nil {
			continue
		}
		if m.ent == denier.affil || m.ent.isOrg() && m.kind == mPron {
			return false
		}
		// The pronoun speaks in a clause of speech ("said he rejects");
		// as the sentence's own subject ("She called the allegations
		// …") it only takes up the speaker.
		if m.ent == denier && m.kind == mPron && speechBefore(d.sents[s].toks, m.t0) {
			switch d.sents[s].toks[m.t0].fold {
			case "he", "she", "er":
				self = true
			}
		}
	}
	if !self {
		return false
	}
	for _, t := range d.sents[s].toks {
		switch t.fold {
		case "we", "our", "us", "wir", "unser", "unsere", "unseren", "uns":
			return false
		}
	}
	return true
}

// speechBefore reports a verb of speech before token k.
func speechBefore(toks []token, k int) bool {
	for j := 0; j < k; j++ {
		if speechVerbs[toks[j].fold] || toks[j].fold == "sagt" {
			return true
		}
	}
	return false
}

// passiveAgent returns the agent of a passive denial in sentence s with
// its cue at cue: "were rejected by Mr Marsh", „wurden von Nordbau Kiel
// zurückgewiesen“; nil for an active one.
func (d *doc) passiveAgent(s, cue int, parts []part) *entity {
	toks := d.sents[s].toks
	if cue < 1 {
		return nil
	}
	if d.lang == "en" {
		if f := toks[cue-1].fold; f != "been" && f != "were" && f != "was" && f != "is" && f != "are" || cue+1 >= len(toks) || toks[cue+1].fold != "by" {
			return nil
		}
		for _, p := range parts {
			if p.m.t0 > cue+1 && p.m.t0 <= cue+3 && p.prep == "by" {
				return p.e
			}
		}
		return nil
	}
	// German: a participle cue with "wurde(n)"/"worden" and "von X"
	// or "durch X" before it.
	if f := toks[cue].fold; !strings.HasSuffix(f, "gewiesen") && f != "bestritten" && f != "dementiert" {
		return nil
	}
	aux := false
	for k := 0; k < cue; k++ {
		if f := toks[k].fold; f == "wurde" || f == "wurden" || f == "worden" {
			aux = true
		}
	}
	if !aux && !(cue+1 < len(toks) && toks[cue+1].fold == "worden") {
		return nil
	}
	for _, p := range parts {
		if p.m.t0 < cue && (p.prep == "von" || p.prep == "vom" || p.prep == "durch") {
			return p.e
		}
	}
	return nil
}

// lawyerApposition returns the client of a speaker described in
// apposition as his lawyer: "Helmut Grabowski, der Anwalt von Lübbers",
// "Susan Park, a lawyer for Mr Hale", "Jan Peters, Borchardts Anwalt".
func (d *doc) lawyerApposition(s int, p part, parts []part) *entity {
	toks := d.sents[s].toks
	k := p.m.t1
	if k >= len(toks) || toks[k].text != "," {
		return nil
	}
	end := min(k+6, len(toks))
	for j := k + 1; j < end; j++ {
		if !lawyerWords[toks[j].fold] || toks[j].fold == "mandant" || toks[j].fold == "mandantin" || toks[j].fold == "client" {
			continue
		}
		for _, q := range parts {
			// "der Anwalt von Lübbers", "a lawyer for Mr Hale".
			if q.m.t0 > j && q.m.t0 <= j+2 && (q.prep == "von" || q.prep == "for" || q.prep == "gen" || toks[q.m.t0-1].fold == "representing") {
				return d.unnamedClient(s, q.e)
			}
			// "Borchardts Anwalt", "Mr Hale's lawyer".
			if q.m.t1 == j && q.m.t0 > k {
				return d.unnamedClient(s, q.e)
			}
		}
		return nil
	}
	return nil
}

// requestNoun reports a demand, proposal or offer, which a party rejects
// without denying anything: "rejected the demand", "dismissed calls for
// an inquiry", „wies die Forderung der Gewerkschaft zurück“,
// „Rücktrittsforderungen“, „den Kompromissvorschlag“.
// damagesClaimed reports that the demand f a denial in sentence s
// rejects is a claim for damages made before it ("Forderung", "demand").
func (d *doc) damagesClaimed(s int, f string) bool {
	if !strings.HasSuffix(f, "forderung") && !strings.HasSuffix(f, "forderungen") && f != "demand" && f != "demands" && f != "claim" {
		return false
	}
	for _, a := range d.accs {
		if a.sent <= s && strings.HasSuffix(a.rule, ".damages") {
			return true
		}
	}
	return false
}

func requestNoun(f string) bool {
	switch f {
	case "demand", "demands", "proposal", "proposals", "plan", "plans", "calls", "invitation", "compromise", "ultimatum":
		return true
	}
	for _, suf := range []string{"forderung", "forderungen", "vorschlag", "vorschlaege", "angebot", "angebote", "antrag", "antraege", "kompromiss", "einladung", "plaene", "ultimatum"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// claimlessDoc reports a document that carries no accusation: no
// accusation came through it or through any other document, and no
// sentence before s that names it states or supports one.
func (d *doc) claimlessDoc(e *entity, s int) bool {
	// Where another document carries a charge, "the report" may be
	// that one, whatever coreference made of it.
	for _, o := range d.ents {
		if o == e || o.typ != claimgraph.Document {
			continue
		}
		for _, a := range d.accs {
			if d.accCites(a, o) {
				return false
			}
		}
	}
	seen := false
	for o := 0; o < s; o++ {
		named := false
		for _, m := range d.ments[o] {
			named = named || m.ent == e
		}
		if !named {
			continue
		}
		seen = true
		for _, a := range d.accs {
			if a.sent == o || d.accCites(a, e) {
				return false
			}
			for _, x := range a.support {
				if x == o {
					return false
				}
			}
		}
	}
	return seen
}

// secondClauseDenial reads a second denial with a subject of its own
// after the first one's cue at cue (0 for a phrase): "Statnor denied
// hiding any leaks, while the group rejected the trespassing claim",
// "Harlow said it would contest the charge, and Walsh denied any
// wrongdoing", „…, während die Gewerkschaft den Vorwurf bestritt“.
func (d *doc) secondClauseDenial(s, cue int, parts []part) {
	toks := d.sents[s].toks
	b := -1
	for k := cue + 1; k+1 < len(toks); k++ {
		if toks[k].inq {
			continue
		}
		// "…, and Walsh denied any wrongdoing": a comma and a
		// conjunction open a main clause.
		if f := toks[k].fold; f == "while" || f == "whereas" || f == "waehrend" || f == ";" || toks[k].text == "," && (toks[k+1].fold == "while" || toks[k+1].fold == "whereas" || toks[k+1].fold == "waehrend" ||
			toks[k+1].fold == "and" || toks[k+1].fold == "but" || toks[k+1].fold == "und" || toks[k+1].fold == "aber") {
			b = k
			break
		}
	}
	if b < 0 {
		return
	}
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 > b && p.m.t0 <= b+4 && p.prep == "" && !p.obj && !toks[p.m.t0].inq {
			subj = &parts[i]
			break
		}
	}
	if subj == nil {
		return
	}
	// English puts the verb after the subject; a German clause that
	// „während“ opens puts it last.
	end := subj.m.t1 + 3
	if d.lang == "de" {
		end = len(toks) - 1
	}
	for c := subj.m.t1; c < len(toks) && c <= end; c++ {
		f := toks[c].fold
		if c > subj.m.t1 && toks[c].text == "," {
			return
		}
		if toks[c].inq || negatedCue(toks, c) {
			return
		}
		if d.lang == "en" && denyEN[f] && !strings.HasPrefix(f, "dismiss") || d.lang == "de" && (denyWholeDE[f] || zurueckweisen[f] && (hasLater(toks, c, "zurück") || hasLater(toks, c, "zurueck"))) {
			rule := d.lang + "." + denyRule(f)
			if zurueckweisen[f] {
				rule = "de.zurueckweisen"
			}
			d.denyAs(subj.e, s, c, c, rule, false, parts)
			return
		}
	}
}

// gerundTargets returns the targets whose charged act is the object of
// an English denial verb at cue: "denied rigging any auction" answers
// the charge of "rigging capacity auctions".
func (d *doc) gerundTargets(s, cue int, targets []*acc) []*acc {
	toks := d.sents[s].toks
	if d.lang == "de" {
		return d.zuTargets(s, cue, targets)
	}
	if d.lang != "en" || cue < 0 || cue+1 >= len(toks) || !strings.HasPrefix(toks[cue].fold, "den") || !strings.HasSuffix(toks[cue+1].fold, "ing") {
		return nil
	}
	st := contentStem(toks[cue+1].fold)
	if st == "" {
		return nil
	}
	var out []*acc
	for _, a := range targets {
		for _, x := range summaryStems(a) {
			if stemsMatch(st, x) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// zuTargets is gerundTargets for German: „Sanovia bestreitet,
// Betriebsräte überwacht zu haben“ answers each accusation whose words
// hold the deed the zu-infinitive names (the word before „zu“), the
// works council's complaint and the nurse's account alike.
func (d *doc) zuTargets(s, cue int, targets []*acc) []*acc {
	toks := d.sents[s].toks
	if cue < 0 || cue+2 >= len(toks) || !strings.HasPrefix(toks[cue].fold, "bestr") || toks[cue+1].text != "," {
		return nil
	}
	st := ""
	for k := cue + 3; k+1 < len(toks) && k <= cue+12; k++ {
		if clauseBreak(toks[k]) {
			return nil
		}
		if toks[k].fold == "zu" && (toks[k+1].fold == "haben" || toks[k+1].fold == "sein") {
			st = contentStem(toks[k-1].fold)
			break
		}
	}
	if st == "" {
		return nil
	}
	var out []*acc
	for _, a := range targets {
		for _, x := range d.accStems(a) {
			if stemsMatch(st, x) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// lastAccusedOfType returns the party of type typ accused last before
// sentence s, in its two sentences before, or nil.
func (d *doc) lastAccusedOfType(s int, typ claimgraph.EntityType) *entity {
	var best *acc
	for _, a := range d.accs {
		if a.sent < s && a.sent >= s-2 && a.accused.typ == typ && (best == nil || a.sent > best.sent) {
			best = a
		}
	}
	if best == nil {
		return nil
	}
	return best.accused
}

// headRoleBefore returns the kind of body that the role word right
// before the person's mention in sentence s says he heads: an outlet for
// „Chefredakteurin“ or "editor", a company for „Geschäftsführer“ or
// "chief executive".
func (d *doc) headRoleBefore(s int, e *entity) (claimgraph.EntityType, bool) {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.ent != e || m.t0 == 0 {
			continue
		}
		f := toks[m.t0-1].fold
		switch {
		case strings.Contains(f, "chefredakt") || strings.Contains(f, "herausgeber") || f == "editor" || f == "editor-in-chief":
			return claimgraph.Publication, true
		case strings.Contains(f, "geschaeftsfuehr") || strings.HasSuffix(f, "firmenchef") || strings.HasSuffix(f, "konzernchef") || strings.Contains(f, "vorstandschef") ||
			strings.Contains(f, "vorstandsvorsitz") || f == "ceo" || f == "executive" && m.t0 >= 2 && toks[m.t0-2].fold == "chief":
			return claimgraph.Company, true
		}
		return "", false
	}
	return "", false
}

// headWords end a German compound role that heads a body:
// „Hochschulpräsident“, „Klinikdirektorin“, „Verbandsvorsteher“.
var headWords = []string{"praesidentin", "praesident", "direktorin", "direktor", "leiterin", "leiter", "vorsteherin", "vorsteher", "vorsitzende", "vorsitzender", "rektorin", "rektor", "chefin", "chef",
	// „Gewerkschaftssekretär“, „Verbandssprecherin“, „Vereinsgeschäftsführer“:
	// those who speak for a body of the kind the compound names.
	"sekretaerin", "sekretaer", "sprecherin", "sprecher", "geschaeftsfuehrerin", "geschaeftsfuehrer"}

// headedBody returns the one body accused before sentence s whose name
// holds the first part of the compound role right before e's mention
// there: „Hochschulpräsident“ heads the „Technische Hochschule
// Mittweida“, „Klinikdirektorin“ the „Klinikum Nordhorn“.
func (d *doc) headedBody(s int, e *entity) *entity {
	if d.lang != "de" {
		return nil
	}
	// The role stands before e's mention in s or, where s names him
	// bare („entgegnete Wehrle“), before an earlier mention („sagte
	// Gewerkschaftssekretär Jonas Wehrle“).
	var stem string
	for x := s; x >= 0 && stem == ""; x-- {
		toks := d.sents[x].toks
		for _, m := range d.ments[x] {
			if m.ent != e || m.t0 == 0 {
				continue
			}
			f := toks[m.t0-1].fold
			for _, h := range headWords {
				if strings.HasSuffix(f, h) {
					stem = strings.TrimSuffix(f, h)
					break
				}
			}
			break
		}
	}
	// „Gewerkschafts-Landesleiter“, „GPG-Landesleiter“: the first part
	// of a hyphenated compound names the body.
	short := 4
	if i := strings.Index(stem, "-"); i > 0 {
		stem = stem[:i]
		short = 3
	}
	// „Verbands-“, „Senders-“: the linking s is no part of the word.
	if len(stem) > 4 && strings.HasSuffix(stem, "s") {
		stem = stem[:len(stem)-1]
	}
	if len(stem) < short {
		return nil
	}
	var found *entity
	for _, a := range d.accs {
		x := a.accused
		if a.sent >= s || !x.isOrg() || x == found {
			continue
		}
		if !strings.Contains(fold(x.name), stem) && !(short == 3 && hasAlias(x, stem)) {
			continue
		}
		if found != nil {
			return nil // two such bodies: which one is unclear
		}
		found = x
	}
	return found
}

// hasAlias reports an alias of e that folds to f ("GPG").
func hasAlias(e *entity, f string) bool {
	for _, a := range e.aliases {
		if fold(a) == f {
			return true
		}
	}
	return false
}

// spokenFor returns the person a speaker speaks for where the sentence
// says so around his mention: "Der Anwalt von Pryce, Ulrich Mertens,"
// and "Pryces Anwalt, Ulrich Mertens," before it, "A representative for
// Pryce" (an unnamed speaker) right after it.
func (d *doc) spokenFor(s int, p part, parts []part) *entity {
	toks := d.sents[s].toks
	if p.m.t0 >= 3 && toks[p.m.t0-1].text == "," {
		for _, q := range parts {
			if q.m.t1 != p.m.t0-1 || q.e.typ != claimgraph.Official || q.e == p.e {
				continue
			}
			// "Der Anwalt von Pryce, Ulrich Mertens,".
			if q.m.t0 >= 2 && (q.prep == "von" || q.prep == "for" || q.prep == "gen") && lawyerWords[toks[q.m.t0-2].fold] {
				return q.e
			}
		}
		// "Pryces Anwalt, Ulrich Mertens,", "Mr Pryce's lawyer, …,".
		if lawyerWords[toks[p.m.t0-2].fold] {
			for _, q := range parts {
				if q.m.t1 == p.m.t0-2 && q.e.typ == claimgraph.Official && q.e != p.e {
					return q.e
				}
			}
		}
	}
	if p.e.typ == claimgraph.Official && p.e.anon {
		for _, q := range parts {
			if q.m.t0 == p.m.t1+1 && (q.prep == "for" || q.prep == "von") && q.e.typ == claimgraph.Official && !q.e.anon {
				return q.e
			}
		}
	}
	// "Kevin Liu, a spokesman for Reyes, called …", „Jan Ohm, Sprecher
	// von Bürgermeister Krell, nannte …“: a named speaker whose
	// apposition says whom he speaks for answers for that person.
	if p.e.typ == claimgraph.Official && p.m.t1 < len(toks) && toks[p.m.t1].text == "," {
		k := p.m.t1 + 1
		if k < len(toks) && articles[toks[k].fold] {
			k++
		}
		if k+1 < len(toks) && (spokesRoles[toks[k].fold] || lawyerWords[toks[k].fold] || toks[k].fold == "representative") && (toks[k+1].fold == "for" || toks[k+1].fold == "von") {
			for _, q := range parts {
				if q.m.t0 > k+1 && q.m.t0 <= k+3 && q.e.typ == claimgraph.Official && !q.e.anon && q.e != p.e {
					return q.e
				}
			}
		}
	}
	return nil
}

// onlyAccusedOfType returns the one party of type typ accused before
// sentence s, or nil when none or several are.
func (d *doc) onlyAccusedOfType(s int, typ claimgraph.EntityType) *entity {
	var only *entity
	for _, a := range d.accs {
		if a.sent >= s || a.accused.typ != typ {
			continue
		}
		if only != nil && only != a.accused {
			return nil
		}
		only = a.accused
	}
	return only
}

// chargeNounsEN/DE name an accusation whatever it says; deniedClaimNouns only
// with a wrongdoing in what follows.
var (
	chargeNounsEN    = set("accusations", "accusation", "allegations", "allegation", "charges")
	chargeNounsDE    = set("vorwuerfe", "vorwurf", "anschuldigungen", "anschuldigung", "beschuldigungen")
	deniedClaimNouns = set("claims", "claim", "suggestions", "suggestion", "reports", "behauptungen", "behauptung", "berichte", "darstellung")
)

// ownParty is the party a subject answers for: a named official for
// himself, anyone else (an anonymous speaker, a body) for his party.
func ownParty(e *entity) *entity {
	if e.typ == claimgraph.Official && !e.anon {
		return e
	}
	return party(e)
}

// deniedAccusation reads the accusation a denial reports in its object:
// "Storevia denied accusations by Pixelforge that it abused its market
// power", "rejected claims from the Commission that it had blocked …",
// „Die Sparkasse wies Vorwürfe der Verbraucherzentrale zurück, sie habe
// Kunden falsch beraten“, „bestreitet den Vorwurf der Verbraucherzentrale,
// Kunden falsch beraten zu haben“. The accuser is named after the noun,
// the denier is the accused; the denial itself is read later.
func (d *doc) deniedAccusation(s int) {
	toks := d.sents[s].toks
	cue := -1
	for c, t := range toks {
		if t.inq || negatedCue(toks, c) {
			continue
		}
		if d.lang == "en" && denyEN[t.fold] || d.lang == "de" && (denyWholeDE[t.fold] || zurueckweisen[t.fold]) {
			cue = c
			break
		}
	}
	if cue < 0 {
		return
	}
	parts := d.participants(s, false)
	var accused *entity
	for _, p := range parts {
		if p.m.t0 < cue && p.prep == "" && !p.obj {
			accused = ownParty(p.e)
			break
		}
	}
	// „Auch den Vorwurf des Bundes …, … zu haben, bestreitet das
	// Institut“: the German subject after the verb.
	if accused == nil && d.lang == "de" {
		for _, p := range parts {
			if p.m.t0 > cue && p.m.t0 <= cue+3 && p.prep == "" && !p.obj {
				accused = ownParty(p.e)
				break
			}
		}
	}
	if accused == nil || accused.typ == claimgraph.Document {
		return
	}
	// The noun right after the cue (German V2: after the cue too; a
	// closing participle or a fronted object: before it).
	noun := -1
	for k := cue + 1; k < len(toks) && k <= cue+8 && toks[k].text != "," && toks[k].fold != "that"; k++ {
		if f := toks[k].fold; chargeNounsEN[f] || chargeNounsDE[f] || deniedClaimNouns[f] {
			noun = k
			break
		}
	}
	if noun < 0 && d.lang == "de" {
		for k := cue - 1; k >= 0 && k >= cue-14; k-- {
			if f := toks[k].fold; chargeNounsDE[f] || deniedClaimNouns[f] {
				noun = k
				break
			}
		}
	}
	if noun < 0 {
		return
	}
	// The accuser: "by/from Y", „der Y“, „von Y“ right after the noun.
	var accuser *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 > noun && p.m.t0 <= noun+4 && (p.prep == "by" || p.prep == "from" || p.prep == "gen" || p.prep == "von" || p.prep == "of") ||
			// "denied Pixelforge's allegations that …".
			p.m.t0 > cue && p.m.t1 <= noun && p.prep == "poss" {
			accuser = &parts[i]
			break
		}
	}
	if accuser == nil || party(accuser.e) == accused || accuser.e.typ == claimgraph.Document {
		return
	}
	// What was alleged: "that it …", „, sie habe …“, „, wonach …“, „,
	// … zu haben“.
	from := -1
	for k := max(accuser.m.t1, noun+1); k < len(toks) && k <= max(accuser.m.t1, noun+1)+4; k++ {
		f := toks[k].fold
		if d.lang == "en" && f == "that" {
			from = k + 1
			break
		}
		if d.lang == "de" && toks[k].text == "," {
			from = k + 1
			break
		}
	}
	if from < 0 || from >= len(toks) {
		return
	}
	if d.lang == "de" {
		reported := false
		for k := from; k < len(toks); k++ {
			if f := toks[k].fold; subjunctiveDE[f] || f == "wonach" || f == "dass" || f == "zu" && k+1 < len(toks) && (toks[k+1].fold == "haben" || toks[k+1].fold == "sein") {
				reported = true
			}
		}
		if !reported {
			return
		}
	}
	if deniedClaimNouns[toks[noun].fold] && !hasWrongdoing(toks, from, len(toks)) {
		return
	}
	d.addAccusation(party(accuser.e), accused, s, d.lang+".denied.nominal", 0.7, strings.TrimRight(d.spanText(s, from, len(toks)), ". "))
}

// demandBefore reports that the sentence before s in its paragraph makes
// a demand, proposal or offer and states no accusation: what a bare
// demonstrative after it rejects.
func (d *doc) demandBefore(s int) bool {
	if s == 0 || d.sents[s-1].para != d.sents[s].para {
		return false
	}
	for _, a := range d.accs {
		if a.sent == s-1 {
			return false
		}
		for _, x := range a.support {
			if x == s-1 {
				return false
			}
		}
	}
	for _, t := range d.sents[s-1].toks {
		switch f := t.fold; {
		case requestNoun(f), strings.HasPrefix(f, "forder"), strings.HasPrefix(f, "verlang"), strings.HasPrefix(f, "demand"), f == "proposed", f == "offered", f == "urged", f == "schlug", f == "schlaegt", f == "bot", f == "bietet":
			return true
		}
	}
	return false
}

// conductVerbs name proper conduct the accused claims for itself, as
// participles after "had always" / „habe stets“: "had always complied
// with its permits", "had always published its data", „habe stets alle
// Löhne gezahlt“. Not wishes or views ("had always wanted", "had always
// believed") and not "acted" ("said it had acted properly" is too vague
// to answer a charge) nor cooperation ("cooperating fully" is no denial).
var conductVerbs = set("complied", "followed", "published", "disclosed", "declared", "reported", "paid", "met", "adhered", "abided", "respected",
	"honoured", "honored", "observed", "obeyed", "fulfilled", "treated",
	"gehalten", "veroeffentlicht", "veröffentlicht", "offengelegt", "gezahlt", "bezahlt", "eingehalten", "erfuellt", "erfüllt", "gemeldet",
	"angegeben", "beachtet", "befolgt", "ausgewiesen", "deklariert", "behandelt",
	// „sein Mandant habe den Aufsichtsrat stets umfassend unterrichtet“,
	// "had always informed the board": the duty to inform met.
	"unterrichtet", "informiert", "informed", "notified", "briefed")

// blanketDutiesDE are rules and duties a party says it met in full
// („alle Vorgaben eingehalten“, "all regulations").
var blanketDutiesDE = []string{"vorgabe", "vorschrift", "auflage", "regel", "gesetz", "bestimmung", "richtlinie", "pflicht", "hinweis", "standard", "norm", "anforderung",
	"rule", "regulation", "requirement", "law", "obligation", "standard", "guideline", "legal"}

// dutyPluralDE reports a German plural of one of the blanketDutiesDE,
// alone or closing a compound ("Meldepflichten", "Vorschriften",
// "Standards").
func dutyPluralDE(f string) bool {
	for _, d := range blanketDutiesDE {
		for _, pl := range []string{"en", "n", "e", "s"} {
			if strings.HasSuffix(f, d+pl) {
				return true
			}
		}
	}
	return false
}

// productOwner opens the speaker's own goods: "its products", „unsere
// Produkte“.
var productOwner = set("its", "our", "sein", "seine", "seinen", "unser", "unsere", "unseren")

// safeWords call the accused's products harmless.
var safeWords = set("safe", "sicher", "unbedenklich")

// conductAsserted reads an assertion of proper conduct that answers an
// accusation made in the sentence just before against a party this
// sentence names: "X accused Ardley of … . Ardley said it had always
// complied with its permits", "Pellor insisted its products were safe",
// „Man habe sich stets an alle Vorgaben gehalten“. Said of itself with no
// charge just before, the same words are a general statement, not a
// denial; who speaks is left to denyAs (an accuser's "Ardley had always
// published …" has no accusation against it to answer).
func (d *doc) conductAsserted(s int) bool {
	// „Tiedgens Anwalt erklärte, sein Mandant habe … stets …“: a lawyer
	// speaking of his client answers the charge against him a few
	// sentences back, after the body's own answer.
	if s == 0 || !d.answersJustBefore(s) && !(d.clientSpeaks(s) && d.answersRecently(s, 3)) {
		return false
	}
	toks := d.sents[s].toks
	for k, t := range toks {
		f := t.fold
		switch {
		// "had always complied", "has always paid", „habe stets …
		// gezahlt“, „hat sich immer an … gehalten“.
		case f == "always" && k > 0 && k+1 < len(toks) && (toks[k-1].fold == "had" || toks[k-1].fold == "has" || toks[k-1].fold == "have") &&
			conductVerbs[toks[k+1].fold]:
			return true
		case (f == "stets" || f == "immer" || f == "jederzeit") && nearAny(toks, k-4, k-1, set("habe", "hat", "haben", "hatte", "hatten", "haette", "haetten", "hätte", "hätten")) &&
			!nearAny(toks, k-2, k+1, set("nicht", "nie", "kein", "keine")):
			for j := k + 1; j < len(toks) && j <= k+8; j++ {
				if conductVerbs[toks[j].fold] {
					return true
				}
				if toks[j].text == "," || toks[j].fold == "und" || toks[j].fold == "aber" {
					break
				}
			}
		// „Man habe alle Vorgaben eingehalten“, „sie hätten sämtliche
		// Hinweise geprüft“, "it had complied with all regulations": every
		// rule or duty said to be met, with no negation before the verb.
		case blanketWords[f] && k+1 < len(toks) && hasPrefixAny(toks[k+1].fold, blanketDutiesDE) && !nearAny(toks, k-3, k-1, negationWords):
			for j := k + 2; j < len(toks) && j <= k+7; j++ {
				g := toks[j].fold
				if g == "nicht" || g == "nie" || g == "not" || g == "never" || toks[j].text == "," || g == "ob" || g == "whether" {
					break
				}
				if conductVerbs[g] || g == "geprueft" || g == "geprüft" || g == "checked" || g == "examined" {
					return true
				}
			}
		case (f == "complied" || f == "comply" || f == "complies") && k+3 < len(toks) && toks[k+1].fold == "with" && blanketWords[toks[k+2].fold] && hasPrefixAny(toks[k+3].fold, blanketDutiesDE):
			return !nearAny(toks, k-3, k-1, negationWords) && toks[k-1].fold != "n't"
		// "its products were safe", „seine Produkte seien unbedenklich“:
		// the speaker's own goods (a possessive opens the subject) called
		// harmless.
		// ("told customers their deposits were safe" is what the accused
		// said to others, so not "their", nor the ambiguous „ihre“.)
		case productOwner[f] && k+3 < len(toks):
			for j := k + 2; j < len(toks) && j <= k+3; j++ {
				if copulas[toks[j].fold] || toks[j].fold == "remain" || toks[j].fold == "remained" {
					if j+2 < len(toks) && (safeWords[toks[j+1].fold] || safeWords[toks[j+2].fold] && (toks[j+2].fold != "sicher" || j+3 >= len(toks) || toks[j+3].fold != "dass")) &&
						!negatedCue(toks, j+1) {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

// answersJustBefore reports an accusation in the sentence before s
// against a party s names.
func (d *doc) answersJustBefore(s int) bool {
	// A sentence that itself accuses ("The complaint says Hale told
	// customers their deposits were safe …") reports, it does not answer.
	for _, a := range d.accs {
		if a.sent == s {
			return false
		}
	}
	for _, a := range d.accs {
		if a.sent == s-1 && a.accused != nil && d.mentions(s, a.accused) {
			return true
		}
	}
	return false
}

// founderRole reports a founder's role: "co-founder", „Mitgründer“.
func founderRole(r string) bool {
	r = fold(r)
	return strings.Contains(r, "founder") || strings.Contains(r, "gruender") || strings.Contains(r, "gründer")
}

// rebuttalMarkers set a statement of fact against a charge: the accused
// says the deed was done, and done rightly ("the payments were made in
// full", „die Löhne seien vielmehr pünktlich überwiesen worden“, „man
// halte sich selbstverständlich an das Verbot“). Words of timeliness,
// completeness and propriety, and the adverbs of contradiction.
var rebuttalMarkers = set("dagegen", "vielmehr", "selbstverstaendlich", "ordnungsgemaess", "fristgerecht", "fristgemaess", "rechtzeitig",
	"puenktlich", "termingerecht", "vorschriftsmaessig", "sachgerecht", "korrekt", "vollstaendig", "lueckenlos",
	// „richte sich ausschließlich an Kunden im Ausland“, „hätten
	// ausschließlich Regale aufgefüllt“: the deed narrowed to what is
	// allowed.
	"ausschliesslich", "exclusively",
	"correctly", "promptly", "punctually", "lawfully", "appropriately", "transparent", "clearly")

// permitWords say a deed was authorised: "covered by a permit", "fully
// licensed", „genehmigt“, „mit Genehmigung des Amtes“.
var permitWords = set("permit", "licence", "license", "licensed", "licenced", "authorised", "authorized", "genehmigt", "genehmigung", "erlaubnis")

// permitDenied reports a negation or a lack in the clause before the
// permit word at k: "had never held a valid felling licence", „habe keine
// gültige Genehmigung vorgelegen“, "without a permit", "an expired
// licence".
func permitDenied(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		f := toks[j].fold
		if toks[j].text == "," || f == "that" || f == "dass" {
			return false
		}
		if isNegation(f) || f == "without" || f == "ohne" || f == "lacked" || f == "lacking" || strings.HasPrefix(f, "expired") || strings.HasPrefix(f, "abgelaufen") || strings.HasPrefix(f, "fehlend") || strings.HasPrefix(f, "ungueltig") || f == "invalid" {
			return true
		}
	}
	return false
}

// rebuttalPairsEN are the two-word markers: "in fact", "in full", "on
// time", "always" after an auxiliary is conductAsserted's.
var rebuttalPairsEN = [][2]string{{"in", "fact"}, {"in", "full"}, {"on", "time"}, {"were", "always"}, {"was", "always"}, {"had", "always"}, {"has", "always"}, {"have", "always"}}

// rebuttalExcluded words make the statement something else than a
// rebuttal: cooperation with the authorities, an outlook, a promise or a
// review ("was cooperating fully", „man kooperiere vollständig“, "would
// pay in full", „werde die Vorwürfe prüfen“).
var rebuttalExcluded = set("cooperating", "co-operating", "cooperate", "cooperates", "kooperiere", "kooperieren", "zusammenarbeiten", "zusammenarbeite",
	"would", "will", "werde", "werden", "wolle", "wollen", "plans", "plane", "planned", "review", "reviewing", "pruefe", "pruefen", "investigate",
	"investigating", "aufklaeren", "declined", "comment", "stellungnahme", "whether", "ob", "if", "falls",
	// "According to the SEC's complaint, Pryce told investors … when in
	// fact …": the accuser's account of what the accused said.
	"according", "laut", "zufolge", "alleged", "alleges", "allegedly", "complaint", "klage", "anklage")

// factualRebuttal reads the accused's answer told as a fact: a party
// accused in one of the three sentences before, named in this one, says
// (a verb of saying) that the deed was done rightly, marked by a word of
// timeliness, completeness, propriety or contradiction: "X accused
// Bellmoor of failing to report spills on time. Bellmoor said the spills
// were always reported within 24 hours", „Die DB InfraGO erklärte auf
// Anfrage, sämtliche Baumaßnahmen seien fristgerecht angemeldet
// worden“. The same words from a party nobody accused are a finding,
// not a denial (denyAs decides whose statement it is); an accused saying
// it "employs 2,400 people" states no such mark and answers nothing.
func (d *doc) factualRebuttal(s int) bool {
	if s == 0 {
		return false
	}
	toks := d.sents[s].toks
	said := -1
	for k, t := range toks {
		if t.inq {
			continue
		}
		// („ließ über eine Kanzlei mitteilen, …“: the verb of saying
		// under „lassen“.)
		if speechVerbs[t.fold] || t.fold == "teilten" || t.fold == "insisted" || t.fold == "maintained" || t.fold == "mitteilen" || t.fold == "erklaeren" || t.fold == "versicherte" {
			said = k
			break
		}
	}
	// „Zum Bericht wolle man sich später äußern, teilte Generalsekretär
	// Volker Haas mit. Die Prämien seien dagegen vollständig ausgezahlt
	// worden.“: reported speech with no speaker of its own goes on with
	// the accused who spoke before.
	if said >= 0 && !d.answersRecently(s, 3) || said < 0 && d.carriedSpeaker(s) == nil {
		return false
	}
	for _, t := range toks {
		if rebuttalExcluded[t.fold] {
			return false
		}
	}
	for k := range toks {
		f := toks[k].fold
		// "never properly reported", "when in fact no trials had taken
		// place": a negated mark or one set against another's claim is
		// the charge, not the answer.
		if k > 0 && (negationWords[toks[k-1].fold] || toks[k-1].fold == "when" || toks[k-1].fold == "whereas" || toks[k-1].fold == "obwohl" || toks[k-1].fold == "waehrend") {
			continue
		}
		// „…“, sagte dagegen ein Sprecher: "dagegen" by the verb of
		// saying sets one speaker against the other, the words quoted may
		// be a counter-charge.
		if rebuttalMarkers[f] && !(k > 0 && speechVerbs[toks[k-1].fold]) {
			return true
		}
		// "the work involved regrowth covered by a vegetation permit",
		// „die Rodung sei genehmigt gewesen“: the deed done with the
		// authority's leave (not "without a permit", „ohne Genehmigung“,
		// "had no licence", which charge).
		// ("charged licence fees", "a permit application": the word
		// modifies another noun.)
		modifier := k+1 < len(toks) && toks[k+1].word && !functionWords[toks[k+1].fold] && !strings.HasSuffix(toks[k+1].fold, "ed") && d.lang == "en"
		if permitWords[f] && !modifier && !permitDenied(toks, k) {
			return true
		}
		// "were blocked within 24 hours", „binnen 24 Stunden gesperrt“,
		// „innerhalb von 48 Stunden instand gesetzt“: a deed done within a
		// stated time.
		if (f == "within" || f == "binnen" || f == "innerhalb") && withinTime(toks, k) {
			return true
		}
		if d.lang == "en" && k+1 < len(toks) {
			for _, p := range rebuttalPairsEN {
				if f == p[0] && toks[k+1].fold == p[1] {
					return true
				}
			}
		}
	}
	return false
}

// answersRecently reports an accusation in one of the n sentences before
// s against a party s names, s itself accusing no one.
func (d *doc) answersRecently(s, n int) bool {
	for _, a := range d.accs {
		if a.sent == s {
			return false
		}
	}
	for _, a := range d.accs {
		if a.sent < s && a.sent >= s-n && a.accused != nil && d.mentions(s, a.accused) {
			return true
		}
	}
	return false
}

// carriedSpeaker returns the accused party whose reported speech a
// German sentence s with no speaker of its own goes on with: the speaker
// of the nearest sentence before in its paragraph that names one („…,
// teilte Generalsekretär Volker Haas mit“, „Eine Sprecherin sagte, …“),
// every sentence between being reported speech too. Only one accused
// before s is such a speaker: a neutral body's words carried on are a
// finding, an accuser's a charge.
func (d *doc) carriedSpeaker(s int) *entity {
	if d.lang != "de" || s == 0 || !d.reportedOnly(s) {
		return nil
	}
	for _, a := range d.accs {
		if a.sent == s {
			return nil
		}
	}
	for j := s - 1; j >= 0 && j >= s-3 && d.sents[j].para == d.sents[s].para; j-- {
		toks := d.sents[j].toks
		verb := -1
		for k, t := range toks {
			if !t.inq && speechVerbs[t.fold] {
				verb = k
				break
			}
		}
		if verb < 0 {
			if d.reportedOnly(j) {
				continue
			}
			return nil
		}
		parts := d.participants(j, false)
		e := d.closingSpeakerOf(j, parts)
		if e == nil {
			for _, p := range parts {
				if p.m.t0 < verb && p.prep == "" && !p.obj && !toks[p.m.t0].inq {
					e = p.e
					break
				}
			}
		}
		if e == nil {
			return nil
		}
		// A spokesperson speaks for an accused body named in view (the
		// sentence before the speaker's or since): "Rückendeckung
		// erhielten die Molkereien vom Verband. …, sagte Geschäftsführerin
		// Seelig." leaves doubt whom she speaks for.
		named := func(b *entity) bool {
			// (By its name, not by a description such as
			// „die Molkereien“.)
			for i := max(j-1, 0); i <= s; i++ {
				for _, m := range d.ments[i] {
					if m.ent == b && (m.kind == mName || m.kind == mShort) {
						return true
					}
				}
			}
			return false
		}
		for _, a := range d.accs {
			if a.sent < s && a.accused != nil && (a.accused == e || a.accused == party(e) && named(a.accused)) {
				return e
			}
		}
		return nil
	}
	return nil
}

// reportedOnly reports a sentence in reported speech (a subjunctive
// outside quotation marks) with no verb of saying of its own.
func (d *doc) reportedOnly(s int) bool {
	subj := false
	for _, t := range d.sents[s].toks {
		if t.inq {
			continue
		}
		if speechVerbs[t.fold] {
			return false
		}
		if subjunctiveDE[t.fold] {
			subj = true
		}
	}
	return subj
}

// timeUnits measure a delay: "within 24 hours", „binnen drei Tagen“.
var timeUnits = set("hours", "hour", "days", "day", "weeks", "week", "minutes", "stunden", "stunde", "tagen", "tage", "tag", "wochen", "woche", "minuten", "werktagen", "werktage")

// withinTime reports a number and a unit of time right after the word
// at k ("within 24 hours", „innerhalb von 48 Stunden“).
func withinTime(toks []token, k int) bool {
	j := k + 1
	if j < len(toks) && toks[j].fold == "von" {
		j++
	}
	if j+1 >= len(toks) || !(toks[j].num || numberWords[toks[j].fold] || numberWordsEN[toks[j].fold] || numberWordsDE[toks[j].fold]) {
		return false
	}
	if j+2 < len(toks) && toks[j+1].fold == "working" {
		j++
	}
	return timeUnits[toks[j+1].fold]
}

// claimNouns name what an accuser said, as the object of a denial that
// spells out its content: „Die Darstellung, die Bank habe Warnsignale
// übergangen, wies … zurück“, "rejected the claim that the trust had
// hidden the delay".
var claimNounsDE = set("darstellung", "vorwurf", "behauptung", "unterstellung", "verdacht", "anschuldigung", "aussage", "kritik")
var deniedClaimNounsEN = set("claim", "claims", "suggestion", "allegation", "allegations", "accusation", "accusations", "assertion", "charge", "charges", "notion")

// claimSpan returns the tokens of sentence s that spell out the claim a
// denial at cue answers: the clause after a claim noun and its comma
// („Den Vorwurf, … zu haben, wies X zurück“), its genitive („Den
// Vorwurf der Nötigung nannte X …“), a fronted „Dass …“ clause, or the
// English "that" clause after a claim noun or after the denial verb
// ("denied that it had …"). ok is false when the sentence spells out
// none.
func (d *doc) claimSpan(s, cue int) (t0, t1 int, ok bool) {
	toks := d.sents[s].toks
	if cue < 0 || cue >= len(toks) {
		return 0, 0, false
	}
	// The clause runs to the next comma, or to the cue when it stands
	// after it, never beyond twenty words.
	end := func(from int) int {
		k := from
		for ; k < len(toks) && k < from+20; k++ {
			if toks[k].text == "," || toks[k].text == ";" || toks[k].text == ":" || k == cue || toks[k].inq {
				break
			}
		}
		return k
	}
	if d.lang == "de" {
		// „Dass der Verband Beschwerden unterdrückt habe, wies Zöllner
		// zurück“.
		if toks[0].fold == "dass" && cue > 2 {
			return 1, end(1), true
		}
		for k := 0; k+2 < len(toks) && k < 20; k++ {
			if !claimNounsDE[strings.TrimSuffix(strings.TrimSuffix(toks[k].fold, "s"), "e")] || !toks[k].cap {
				continue
			}
			// Fronted before the cue, or the cue's own object right
			// after it („wies den Vorwurf, … zurück“).
			if k > cue && k > cue+3 {
				continue
			}
			nx := toks[k+1]
			if nx.text == "," || nx.fold == "der" || nx.fold == "des" {
				e := end(k + 2)
				if e-(k+2) >= 2 {
					return k + 2, e, true
				}
			}
		}
		return 0, 0, false
	}
	if d.lang != "en" {
		return 0, 0, false
	}
	for k := cue; k+2 < len(toks) && k <= cue+4; k++ {
		if toks[k].fold != "that" || k == cue {
			continue
		}
		if k == cue+1 || deniedClaimNounsEN[toks[k-1].fold] {
			e := end(k + 1)
			if e-(k+1) >= 2 {
				return k + 1, e, true
			}
		}
	}
	return 0, 0, false
}

// claimTargets narrows a denial's targets to the accusations whose words
// the claim it spells out restates ("Die Darstellung, die Bank habe
// Warnsignale bewusst übergangen" answers the auditors' "habe interne
// Warnungen übergangen", not the regulator's charge of poor checks), or
// returns nil when it spells out none or restates all alike.
func (d *doc) claimTargets(s, cue int, targets []*acc) []*acc {
	if len(targets) < 2 {
		return nil
	}
	t0, t1, ok := d.claimSpan(s, cue)
	if !ok {
		return nil
	}
	best := 0
	var out []*acc
	for _, a := range targets {
		n, _ := d.overlap(s, t0, t1, -1, a)
		switch {
		case n > best:
			best, out = n, []*acc{a}
		case n == best && n > 0:
			out = append(out, a)
		}
	}
	if best == 0 || len(out) == len(targets) {
		return nil
	}
	return out
}

// namesClaim reports a denial whose object after the cue at cue is a
// claim as such: "rejected the claim", "dismissed the allegation", „wies
// die Darstellung zurück“.
func (d *doc) namesClaim(s, cue int) bool {
	toks := d.sents[s].toks
	if cue < 0 {
		return false
	}
	for k := cue + 1; k < len(toks) && k <= cue+4; k++ {
		f := toks[k].fold
		if deniedClaimNounsEN[f] || claimNounsDE[strings.TrimSuffix(strings.TrimSuffix(f, "s"), "e")] && toks[k].cap {
			return true
		}
	}
	return false
}

// statedIn reports that sentence s states a (its evidence) or restates
// it.
func (a *acc) statedIn(s int) bool {
	return a.sent == s || slices.Contains(a.support, s)
}

// lastStatedBefore returns the last sentence before s that states a (its
// evidence or a restatement), or its evidence sentence.
func (a *acc) lastStatedBefore(s int) int {
	l := a.sent
	for _, x := range a.support {
		if x < s && x > l {
			l = x
		}
	}
	return l
}

// retortsQuote reports that the reply verb at c is the speech verb of a
// quotation closed just before it: "„…“, entgegnete Hollmann", "\"…,\"
// Ms Reyes retorted" (a name or title of up to three words may stand
// between the comma and the verb).
func retortsQuote(toks []token, c int) bool {
	for k := c - 1; k >= 0 && k >= c-5; k-- {
		t := toks[k]
		if t.quote && !t.open {
			return k+1 < len(toks) && (k+1 == c || toks[k+1].fold == "," || k > 0 && toks[k-1].fold == ",")
		}
		if t.inq || !t.word && t.fold != "," {
			return false
		}
	}
	return false
}

// pluralChargeNouns name charges in the plural.
var pluralChargeNouns = set("allegations", "accusations", "claims", "charges", "vorwürfe", "vorwuerfe", "anschuldigungen", "beschuldigungen")

// pluralChargesAfter reports charges in the plural as the object of the
// denial verb at cue: "denied the allegations", „wies die Vorwürfe
// zurück“, "rejected all the claims".
func pluralChargesAfter(toks []token, cue int) bool {
	for k := cue + 1; k < len(toks) && k <= cue+4; k++ {
		if pluralChargeNouns[toks[k].fold] {
			return true
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// deniedBy reports that e has already denied a.
func (d *doc) deniedBy(e *entity, a *acc) bool {
	for _, x := range d.dens {
		if x.denier == e && x.acc == a {
			return true
		}
	}
	return false
}

// sharedPaper reports a document in the via of both a and b.
func sharedPaper(a, b *acc) bool {
	for _, v := range a.via {
		if v.typ == claimgraph.Document && containsEnt(b.via, v) {
			return true
		}
	}
	return false
}
