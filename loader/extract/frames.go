package extract

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph"
)

// acc is an accusation found in the text: one per accuser–accused pair,
// with every sentence that states or supports it.
type acc struct {
	accuser, accused *entity
	sent             int
	rule             string
	conf             float64
	summary          string
	support          []int // sentences that restate or source it
	via              []*entity
	id               string
}

// den is a denial of one accusation by one party.
type den struct {
	denier *entity
	acc    *acc
	sent   int
	rule   string
	conf   float64
	quote  string
	id     string
}

// part is a participant of a sentence: an entity mention with what the
// words before it say about its role in the clause.
type part struct {
	m    *mention
	e    *entity
	prep string // preposition before it ("laut", "gegen", "by"), or ""
	obj  bool   // German dative/accusative article before it
	art  string // the article before it
}

var prepositions = set(
	"in", "im", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur",
	"für", "gegen", "ohne", "um", "über", "unter", "hinter", "neben", "zwischen", "durch", "laut", "gegenüber",
	"wegen", "trotz", "on", "at", "by", "with", "from", "to", "for", "of", "into", "about", "over", "under", "between",
	"against", "including", "according", "via", "than", "like", "among", "citing", "after", "before",
)

// participants lists the entity mentions of sentence s that can fill a
// role: outermost mentions with a live entity, outside quotations.
func (d *doc) participants(s int, withDocs bool) []part {
	toks := d.sents[s].toks
	var out []part
	lastEnd := -1
	for _, m := range d.ments[s] {
		if m.ent == nil || m.ent.dead || m.t0 < lastEnd {
			continue // nested in the mention before
		}
		lastEnd = m.t1
		if m.ent.typ == claimgraph.Document && !withDocs {
			continue
		}
		if m.t0 < len(toks) && toks[m.t0].inq && m.kind != mName && m.kind != mShort {
			continue
		}
		// A quoted name ("Hackergruppe „Frostlauf“") is no speech.
		if m.t0 < len(toks) && toks[m.t0].inq && !(m.t0 > 0 && toks[m.t0-1].quote && m.t1 < len(toks) && toks[m.t1].quote) {
			continue
		}
		if d.premodifiesPerson(s, m) {
			continue
		}
		// "Oberbürgermeister Jens Pfadenhauer (Freie Wähler)": the party
		// in brackets after a person says whose member he is; it takes
		// no part in the clause.
		if d.bracketPartyOf(s, m) != nil {
			continue
		}
		p := part{m: m, e: m.ent}
		artAt := -1
		if m.t0 < len(toks) && articles[toks[m.t0].fold] {
			p.art, artAt = toks[m.t0].fold, m.t0 // "dem Unternehmen"
		}
		for k := m.t0 - 1; k >= 0 && k >= m.t0-4; k-- {
			f := toks[k].fold
			// "on suspicion that the company helped …": a new clause
			// opens; what follows is its subject.
			if clauseOpeners[f] {
				break
			}
			// German "an" is a preposition ("Geld an Wiesner gezahlt"),
			// never the English article.
			if (articles[f] && !(f == "an" && d.lang == "de")) || f == "its" || possessives[f] {
				if p.art == "" {
					p.art, artAt = f, k
				}
				continue
			}
			// "Nach Informationen des »Handelsblatts«": quotation marks
			// around an outlet's name hide no word.
			if toks[k].quote && k == m.t0-1 {
				continue
			}
			// "X in turn accused the association": the verb governs the
			// object; the words before it are another phrase. "… of fraud
			// but Teller Bank accused it": "but" opens a clause.
			if d.lang == "en" && (accuseEN[f] || chargeEN[f] || f == "but") && !toks[k].cap {
				break
			}
			// „Dem widersprach Brandes“: a denial verb between the
			// article and the name ends the phrase; "Dem" is its object.
			if d.lang == "de" && (denyWholeDE[f] || zurueckweisen[f] || callDE[f]) {
				break
			}
			if prepositions[f] {
				p.prep = f
				if f == "to" && k > 0 && toks[k-1].fold == "according" {
					p.prep = "according"
				}
				break
			}
			// "des Fußball-Zweitligisten SV Elbstadt": a descriptor
			// between the article and the name.
			descr := d.lang == "de" && toks[k].cap && k == m.t0-1 && (d.isCompanyDescriptor(toks[k]) || d.bodyDescriptor(toks[k]))
			// "Dem früheren Vertriebsleiter Malte Brückner": a role
			// noun right before a person's name is its descriptor, and
			// the article before it gives the person's case.
			// "In a letter to Mayor Jane Holt, the union accused …": so
			// an English title, after which the preposition still
			// governs the name.
			descr = descr || toks[k].cap && k == m.t0-1 && m.kind == mPerson && isRoleToken(toks[k], d) != "" && (d.lang == "de" || k > 0 && addresseePrepsEN[toks[k-1].fold])
			// "in London's High Court": a place's possessive determines the
			// name; the preposition before it still governs.
			placePoss := d.lang == "en" && k == m.t0-1 && toks[k].cap && (strings.HasSuffix(toks[k].text, "'s") || strings.HasSuffix(toks[k].text, "’s")) && d.mentionAt(s, k) == nil
			if toks[k].word && (!toks[k].cap || placePoss || isAdjDE(toks[k]) || descr || strings.HasSuffix(toks[k].fold, "er") && d.lang == "de" && isRoleToken(toks[k], d) == "") && !isVerbLike(f) {
				if d.mentionAt(s, k) != nil {
					break
				}
				continue
			}
			break
		}
		// "after short seller X published a report": the subject of a
		// clause that a conjunction opens is no prepositional object.
		// ("after Ingrid Halvorsen of Norway accused …": past the
		// person's country.)
		if e := d.originEnd(s, m.t1); subordinators[p.prep] && e < len(toks) && (e == m.t1 || m.typ == claimgraph.Official) && looksFiniteEN(toks[e]) {
			p.prep = ""
		}
		// "senior managers at the trust had …", "the management of
		// Harlow Foods ignored …": a body's organ that opens its clause
		// acts for the body, as "the trust's managers" does.
		if d.lang == "en" && (p.prep == "at" || p.prep == "of") && d.organOfBodyEN(s, m) {
			p.prep = ""
		}
		// A genitive attribute ("der Geschäftsführer des Bauunternehmens")
		// and an English possessive ("the authority's account") qualify
		// a noun: they are neither subject nor object of the clause.
		if p.prep == "" && d.lang == "de" && d.genitiveAt(s, artAt, p.art) {
			p.prep = "gen"
		}
		// "Barrow Sports' managing director": a plural possessive too.
		if p.prep == "" && d.lang == "en" && m.t1 <= len(toks) && m.t1 > m.t0 && (strings.HasSuffix(toks[m.t1-1].text, "'s") || strings.HasSuffix(toks[m.t1-1].text, "’s") ||
			strings.HasSuffix(toks[m.t1-1].text, "s'") || strings.HasSuffix(toks[m.t1-1].text, "s’") ||
			m.t1 < len(toks) && (toks[m.t1].text == "'s" || toks[m.t1].text == "’s") ||
			// "Brennick Logistics' former finance director": the apostrophe
			// of a plural possessive stands alone.
			m.t1 < len(toks) && (toks[m.t1].text == "'" || toks[m.t1].text == "’") && !toks[m.t1].quote && strings.HasSuffix(toks[m.t1-1].fold, "s") &&
				m.t1+1 < len(toks) && toks[m.t1+1].word && !toks[m.t1+1].cap) && m.kind != mPron && !d.ownApostropheS(s, m) {
			p.prep = "poss"
		}
		if d.lang == "de" {
			switch p.art {
			case "dem", "den", "einem", "einen", "seinem", "ihrem", "seinen", "ihren":
				p.obj = true
			}
			// "wirft ihm vor": a dative pronoun.
			if m.kind == mPron && (toks[m.t0].fold == "ihm" || toks[m.t0].fold == "ihn" || toks[m.t0].fold == "ihnen") {
				p.obj = true
			}
		}
		out = append(out, p)
	}
	// "Den Geschäftsführern A und B": a name coordinated with an object
	// right before it is an object too.
	if d.lang == "de" {
		for k := 1; k < len(out); k++ {
			prev, cur := out[k-1], out[k]
			if !prev.obj || cur.obj || cur.prep != "" || cur.art != "" || cur.m.t0-prev.m.t1 != 1 {
				continue
			}
			if f := toks[prev.m.t1].fold; f == "und" || f == "sowie" || f == "oder" {
				out[k].obj, out[k].art = true, prev.art
			}
		}
	}
	// German "der" is a subject first and a dative later.
	if d.lang == "de" {
		seenSubj := false
		for k := range out {
			if out[k].prep != "" {
				continue
			}
			if (out[k].art == "der" || out[k].art == "einer") && seenSubj {
				out[k].obj = true
			}
			if !out[k].obj {
				seenSubj = true
			}
		}
	}
	return out
}

// describedObject reports whether tokens [from, to) of sentence s are a
// description with an unnamed head: a determiner or a possessor ("the",
// "Morland's", "the board's"), lower-case modifiers and a noun, no name
// of its own ("the state-owned hydropower company", "the board's
// chairman").
// placeOfEnd is where the place after a named object ends: "accused
// Marie Berg of Canada of breaching rules", "Senator Jane Moss of Ohio",
// "his challenger, Anna Lind of Sweden, of cheating". News names a person
// (or a body) with the country or town it comes from; that "of" belongs
// to the name, and the charge's "of" follows it. Only a capitalised phrase
// counts, and only when a complement ("of", "with", "for") or a comma
// comes right after it; otherwise t1 itself is returned.
func placeOfEnd(toks []token, t1 int) int {
	if t1+1 >= len(toks) || toks[t1].fold != "of" {
		return t1
	}
	k := t1 + 1
	if k+1 < len(toks) && toks[k].fold == "the" && toks[k+1].cap {
		k++ // "of the Netherlands"
	}
	n := 0
	for k < len(toks) && n < 4 && toks[k].word && toks[k].cap && !toks[k].inq {
		k++
		n++
	}
	if n == 0 || k >= len(toks) {
		return t1
	}
	if f := toks[k].fold; f == "of" || f == "with" || f == "for" || toks[k].text == "," {
		return k
	}
	return t1
}

func (d *doc) describedObject(s, from, to int) bool {
	toks := d.sents[s].toks
	if to-from < 2 || to-from > 7 {
		return false
	}
	last := toks[to-1]
	if !last.word || last.cap || functionWords[last.fold] || isVerbLike(last.fold) {
		return false
	}
	for k := from; k < to; k++ {
		t := toks[k]
		if !t.word {
			return false
		}
		if t.cap {
			// Only a possessor may be capitalised: "Morland's",
			// "Statoria Energy's".
			m := d.mentionAt(s, k)
			// "Crestway's former auditor": a possessor the text has not
			// made a party is a possessor all the same.
			if m == nil && trimPoss(t.text) != t.text {
				continue
			}
			if m == nil || m.t1 > to {
				return false
			}
			k = m.t1 - 1
			// "Barrow Sports' managing director": a lone apostrophe.
			if trimPoss(toks[k].text) == toks[k].text {
				if k+1 >= to || toks[k+1].text != "'" && toks[k+1].text != "’" || !strings.HasSuffix(toks[k].fold, "s") {
					return false
				}
				k++
			}
		}
	}
	return true
}

// subordinators open a clause in English and look like prepositions.
var subordinators = set("after", "before", "since", "as", "while", "when", "once", "until")

// looksFiniteEN: a word that can be the finite verb of an English clause
// right after its subject ("published", "said", "has").
func looksFiniteEN(t token) bool {
	if !t.word || t.cap {
		return false
	}
	f := t.fold
	return strings.HasSuffix(f, "ed") || passiveAux[f] || f == "has" || f == "had" || f == "have" || speechVerbs[f] || chargeEN[f] || accuseEN[f] ||
		f == "sued" || f == "filed" || f == "made" || f == "took" || f == "found" || f == "brought" || f == "wrote" || f == "sent" || irregularPastEN[f]
}

// listVerbAfterEN returns the finite verb of a clause whose list of
// subjects ends at k, past an adverb ("A and Halloran personally
// scheduled the work") or a relative clause on the last name ("A and
// Gary Lindqvist, who was general manager until January, knew …"), or
// -1 where neither stands there.
func listVerbAfterEN(toks []token, k int) int {
	if k+2 < len(toks) && toks[k].text == "," && (toks[k+1].fold == "who" || toks[k+1].fold == "which") {
		for j := k + 2; j+1 < len(toks) && j <= k+16; j++ {
			if toks[j].quote || toks[j].text == ";" {
				return -1
			}
			if toks[j].text == "," {
				k = j + 1
				break
			}
		}
		if k >= len(toks) || toks[k-1].text != "," {
			return -1
		}
	} else if k < len(toks) && toks[k].word && !toks[k].cap && strings.HasSuffix(toks[k].fold, "ly") && toks[k].fold != "only" {
		k++
	} else {
		return -1
	}
	if k < len(toks) && (looksFiniteEN(toks[k]) || plainPastEN[toks[k].fold]) {
		return k
	}
	// ("…, who was general manager until January, knew …" and "…
	// personally scheduled …": one adverb more.)
	if k+1 < len(toks) && toks[k].word && !toks[k].cap && strings.HasSuffix(toks[k].fold, "ly") && (looksFiniteEN(toks[k+1]) || plainPastEN[toks[k+1].fold]) {
		return k + 1
	}
	return -1
}

// irregularPastEN are English past forms without "-ed" that are no
// other word class: "Greenleaf Dairies sold mislabelled cheese", "X hid
// the losses".
var irregularPastEN = set("sold", "paid", "hid", "stole", "kept", "gave", "bought", "built", "spent", "knew", "broke", "lied", "lost", "led", "sought",
	"caught", "fought", "drove", "misled", "overpaid", "underpaid", "withheld", "undertook", "overrode", "swore", "forgot")

// genitiveAt reports whether the German article at token k of sentence s
// opens a genitive attribute: "des" always does; "der" and "einer" do
// right after a noun ("Sprecherin der Behörde", "Geschäftsführer der
// Wendeler GmbH"), not after a verb ("wirft der Regierung vor").
func (d *doc) genitiveAt(s, k int, art string) bool {
	if k < 0 {
		return false
	}
	toks := d.sents[s].toks
	switch art {
	case "des", "eines":
		return k == 0 || !lawyerWords[toks[k-1].fold]
	case "der", "einer":
	default:
		return false
	}
	if k == 0 {
		return false
	}
	p := toks[k-1]
	if !p.word || !p.cap || functionWords[p.fold] || isVerbLike(p.fold) || k-1 == 0 && sentenceOpeners[p.fold] {
		return false
	}
	// "Der Verteidiger des Angeklagten": the lawyer is no party, his
	// client speaks through him.
	if lawyerWords[p.fold] {
		return false
	}
	// "Den beiden Geschäftsführern der X": a noun, or the end of a name.
	return !p.acro || d.mentionAt(s, k-1) != nil
}

// party maps an entity to the party it acts for: a spokesperson or an
// executive speaking on the record stands for the organisation.
func party(e *entity) *entity {
	if e == nil {
		return nil
	}
	if e.typ == claimgraph.Official && e.affil != nil && !e.anonSelf && !e.former && !e.member && !e.affil.dead && !electedMember(e) {
		return e.affil
	}
	return e
}

// electedMember reports an English-language official who holds a seat in
// an elected house: a councillor, MP or senator speaks in her own name,
// not for the council she sits on ("Independent councillor Janet Mossley
// went further, alleging that …" is Mossley's charge, not the council's).
// German annotators read "Der CDU-Abgeordnete X warf … vor" both ways, so
// German roles keep their party.
func electedMember(e *entity) bool {
	return electedRolesEN[e.role]
}

// cue words. Keys are folded.
var (
	vorwerfenFinite = set("wirft", "werfen", "warf", "warfen", "werfe")
	vorwerfenWhole  = set("vorgeworfen", "vorwirft", "vorwarf", "vorwerfen", "vorzuwerfen", "vorwarfen")
	accuseDE        = set("beschuldigt", "beschuldigte", "beschuldigen", "beschuldigten", "bezichtigt", "bezichtigte", "gesperrt", "sperrte", "sperrt",
		"rügt", "ruegt", "rügte", "ruegte", "gerügt", "geruegt", "abgemahnt", "mahnt", "mahnte",
		"bezichtigen", "verdächtigt", "verdaechtigt", "verdächtigte", "verklagt", "verklagte", "verklagen", "angeklagt", "anklagt")
	// "Die Fahnder verdächtigen demnach den früheren Exportleiter": the
	// plural, read only as the finite verb of the accusation frame; as
	// an adjective ("die verdächtigen Zahlungen") it stands before its
	// noun (suspectAttrDE), as a noun it is capitalised ("den
	// Verdächtigen").
	suspectPluralDE = set("verdächtigen", "verdaechtigen", "verdächtigten", "verdaechtigten", "bezichtigten")
	nominalDE       = set("vorwürfe", "vorwuerfe", "vorwurf", "anschuldigungen", "beschuldigungen", "anklage", "klage", "bußgeld", "bussgeld", "sanktionen", "strafanzeige", "anzeige", "geldstrafe", "geldbuße", "geldbusse", "strafe", "schadensersatzklage", "millionenbußgeld", "millionenbussgeld", "bußgelder")
	raiseDE         = set("erhebt", "erheben", "erhob", "erhoben", "erhebe", "verhängt", "verhaengt", "verhängte", "verhaengte", "eingereicht", "reicht", "reichte", "erstattet", "erstattete", "klagt", "klagte", "verhängen", "gestellt", "stellt", "richten", "richtet", "richteten", "richtete", "erlassen", "erließ", "erliess", "erlässt", "erlaesst", "beantragt", "beantragte")
	passiveAux      = set("wird", "werde", "wurde", "wurden", "werden", "worden", "is", "was", "were", "been", "being", "are")
	reportedModal   = set("soll", "sollen", "solle", "sollten", "sollte")
	reportedInf     = set("haben", "sein", "hatten", "habe")

	accuseEN = set("accuse", "accuses", "accused", "accusing")
	chargeEN = set("charge", "charged", "charges", "charging", "indicted", "indicts", "indict", "fined", "fines", "sanctioned", "sanctions", "sued", "sues", "sue", "suing", "blamed", "blames", "blame", "blaming",
		"prosecuted", "prosecutes", "prosecuting", "banned", "bans")
	allegeEN  = set("allege", "alleges", "alleged", "alleging", "claims", "claimed", "claim", "contends", "contended", "asserts", "asserted")
	flagEN    = set("flagged", "flags", "uncovered", "exposed")
	againstEN = set("allegations", "allegation", "accusations", "accusation", "charges", "lawsuit", "suit", "complaint", "sanctions", "case",
		"penalty", "penalties", "fine", "fines", "action", "proceedings")
	// ("has laid charges against X": how prosecutors and councils in
	// Britain and the Commonwealth bring a case.)
	raiseEN = set("filed", "files", "file", "brought", "brings", "levelled", "leveled", "made", "makes", "imposed", "imposes", "raised", "announced", "unveiled", "pressed", "lodged",
		"laid", "lays", "lay", "laying",
		"started", "starts", "began", "begun", "initiated", "initiates", "commenced",
		"proposed", "proposes", "seeks", "sought", "issued", "took", "taken", "launched", "unsealed", "unseals", "unseal")
	listEN     = set("list", "blacklist")
	investigEN = set("investigation", "analysis", "review", "probe", "audit", "inquiry", "examination", "report")
	// "macht X für Y verantwortlich", "gibt X die Schuld an Y".
	blameDE    = set("verantwortlich")
	anlastenDE = set("angelastet", "anlastet", "anlasten", "anzulasten", "anlastete", "anlasteten")
	// "lastet … an" is split like "wirft … vor"; the particle closes the
	// clause.
	lastenFinite = set("lastet", "lasten", "lastete", "lasteten")
	// "Die Staatsanwaltschaft klagt X wegen Betrugs an": the finite verb
	// of "anklagen" with its particle at the clause's end.
	klagenFinite = set("klagt", "klagte", "klagen", "klagten")
	machenForms  = set("macht", "machte", "machten", "machen", "gemacht", "mache")
	gebenForms   = set("gibt", "gab", "gaben", "geben", "gegeben", "gebe")
	holdForms    = set("held", "holds", "hold", "holding")
	gehenForms   = set("gehen", "geht", "ging", "gingen", "gehe", "gehen")
	condemnEN    = set("condemned", "condemns", "condemn", "denounced", "denounces")
)

// addresseePrepsEN govern a titled person's name ("a letter to Mayor
// Jane Holt"); "after", "before" and "since" may open a clause whose
// subject he is ("a week after Senator Tom Hadley said …").
var addresseePrepsEN = set("to", "for", "from", "against", "with")

// heldBefore: "held X responsible" — a form of "hold" within six words
// before the adjective at c.
func (d *doc) heldBefore(toks []token, c int) bool {
	for k := c - 1; k >= 0 && k >= c-6; k-- {
		if holdForms[toks[k].fold] {
			return true
		}
	}
	return false
}

// wrongdoing words confirm that a reported sentence ("soll ... haben",
// "according to the complaint, X ...") states misconduct; matched as
// prefixes of folded words.
var wrongdoing = []string{
	"illegal", "rechtswidrig", "unrechtm", "unerlaubt", "unzulaessig", "betrug", "betrueg", "betrog", "cheat", "scam", "fraud", "manipul", "falsch", "falsif",
	"fälsch", "faelsch", "doctored", "brib", "bestech", "bestoch", "zweckwidrig", "korrup", "corrupt", "kartell", "cartel", "abgesproch", "abspra", "price-fix", "launder",
	"geldwaesche", "zweckentfremd", "misappropr", "embezzl", "unterschlag", "veruntreu", "untreue", "underpaid", "underpay",
	"unterbezahl", "fake", "fictitious", "fiktiv", "schein", "sham", "stole", "stolen", "gestohlen", "theft", "diebstahl", "copied",
	"kopiert", "spionage", "spied", "spy", "ausspaeh", "ausgespaeh", "leaked", "weitergegeben", "weitergeleitet", "verletzt",
	"violat", "breach", "misled", "mislead", "irrefuehr", "overstat", "inflat", "conceal", "verschleier", "verschwieg",
	"verheimlich", "hidden", "versteckt", "backdoor", "hintertuer", "smuggl", "schmuggel", "evad", "evasion", "hinterzieh", "sanktion",
	"sanction", "dump", "predator", "collu", "rigg", "geschoent", "beschoenig", "vertuscht", "covered", "cover-up", "defraud", "kickback",
	"overbill", "overcharg", "billed", "abgerechnet", "verschwend", "squander", "wasted", "embargo", "export", "liefer", "downloaded", "lied", "gelogen", "threat", "bedroh", "abused",
	// "habe Mitarbeiterinnen bedrängt", "Monteure eingeschüchtert",
	// "verbreite bewusst Unwahrheiten": pressure put on people, lies
	// spread.
	"bedraeng", "bedräng", "einschuechter", "einschüchter", "eingeschuechtert", "eingeschüchtert", "unwahrheit",
	"missbrauch", "discriminat", "diskriminier", "harass", "belaestig", "pollut", "verschmutz", "dumped", "entsorgt", "poison",
	"vergift", "negligen", "fahrlaessig", "vorsaetzlich", "knowingly", "wissentlich", "instructed", "veranlasst", "orchestrat",
	"unlawful", "wrongful", "sabot", "hack", "cyberang", "attack", "angriff", "angegriff", "militaer", "military", "nutzerdaten",
	"gewaehrt", "geliefert", "supplied", "shipped", "diverted", "umgeleitet", "transferred", "funnel", "siphon", "abgezweigt",
	"gedopt", "doped", "undisclosed", "nicht offengelegt", "hide", "hid", "hiding", "verberg", "verbarg", "verbirgt", "disguis", "getarnt", "falsely", "bogus", "sewage", "abwasser", "discharg", "eingeleitet", "confiscat", "beschlagnahm", "withheld", "einbehalten", "vorenthalt", "vorenthielt", "under-report", "underreport", "under-declar", "underdeclar", "undeclared", "misdeclar", "undervalu", "under-valu", "unreported", "verschwiegen", "toxic", "giftig",
	"forced labo", "zwangsarbeit", "child labo", "kinderarbeit", "wage theft", "lohnraub", "unsafe", "gefährdet", "gefaehrdet",
	"tax", "steuer", "insider", "market abuse", "marktmissbrauch", "price gouging", "wucher", "deceiv", "deceptive", "täusch", "taeusch",
	"plagiar", "infring", "patent", "trade secret", "geschäftsgeheim", "geschaeftsgeheim", "espionage", "surveil", "überwach", "ueberwach",
	"censor", "zensur", "propaganda", "disinformation", "desinformation", "interfer", "einmisch", "war crime", "kriegsverbrech", "torture", "folter",
	"killed", "getötet", "getoetet", "murder", "mord", "spaeh", "spioni", "assault", "angegriffen", "kidnap", "entführ", "entfuehr", "rammed", "gerammt",
	// Less frequent misconduct: ineligible players, unlicensed trading,
	// retaliation, extortion, forgery, mis-selling, anticompetitive acts.
	"backdat", "rueckdatiert", "zurueckdatiert", "blacklist", "ineligible", "unlicensed", "unauthori", "improper", "misconduct", "retaliat", "intimidat", "coerc", "extort", "blackmail", "erpress",
	"defam", "libel", "verleumd", "forged", "forgery", "forging", "counterfeit", "hinterzog", "bestoch", "greenwash", "mis-sold", "missold", "mis-sell",
	"overpric", "ueberteuert", "ueberhoeht", "poach", "exploit", "mistreat", "misreport", "mislabel", "stifl", "anticompetitive",
	"anti-competitive", "monopoli", "wettbewerbswidrig", "kuenstlich hoch", "kuenstlich verknapp", "artificially high", "artificially low", "untereinander aufgeteilt", "angebote koordiniert", "angebote abgestimmt", "ausgebeutet", "ausbeut", "geschmiert", "schmiergeld", "vetternwirtschaft",
	"grenzwert", "verstoss", "verstiess", "zuwidergehandelt", "vorteilsan", "vorteilsgew", "vorteilsnahme", "noetigung", "koerperverletz",
	"insolvenzverschlepp", "mit drohungen", "unter drohungen",
	// People insulted or harassed: "arbeitswillige Fahrer beschimpft",
	// "Ordner angepöbelt".
	"beschimpf", "angepoebel", "bepoebel",
	// Abuses tolerated, data or goods sold on, misconduct hushed up,
	// black money: "Übergriffe geduldet", "Kundendaten
	// weiterverkauft", "resold customer data", "Verstöße vertuscht"
	// ("Schwarzarbeit" is left out: it names the customs unit
	// "Finanzkontrolle Schwarzarbeit").
	"geduldet", "duldete", "tolerated", "weiterverkauf", "resold", "reselling", "vertusch", "abzock", "abgezockt", "schwarzgeld",
	"unterschlug", "veruntreut", "hushed up", "turned a blind eye", "price fixing", "preisabsprach",
	// Acts that name no offence but whose object or manner is one:
	// waste buried, services billed that were never rendered, people
	// put under pressure ("Bauabfälle vergraben", "Leistungen, die nie
	// erbracht wurden", "never provided", "unter Druck gesetzt").
	"vergrab", "verbuddel", "nie erbracht", "nicht erbracht", "never provided", "never rendered", "never performed", "never delivered",
	// Work billed that was never done, or billed twice: "labour hours
	// that were never worked", "charged twice for spare parts".
	"never worked", "never carried out", "charged twice", "billed twice", "double-bill", "double bill", "double-charg",
	"unter druck gesetzt", "unter druck setzt", "unter druck setze", "unter druck setzte", "pressured", "pressuring",
	// Favours steered to one's own: "habe seinem Schwager die Aufträge
	// zugeschanzt", "schanzte Freunden Posten zu", "zugeschustert".
	"zugeschanzt", "zuschanz", "schanzte", "zugeschustert", "zuschuster", "schusterte",
	// Shelling: "beschieße Dörfer", "shelled villages".
	"beschiess", "beschoss", "beschuss", "bombardier", "shelled", "shelling",
	// Wages or overtime withheld: "Überstunden nicht bezahlt",
	// "unbezahlte Nachtschichten", "unpaid overtime".
	"nicht bezahlt", "nicht gezahlt", "nicht ausgezahlt", "unbezahlt", "unpaid overtime", "unpaid wages",
	// Fixed matches: "payments … linked to a match-fixing network".
	"match-fix", "matchfix", "spot-fix", "spielmanipul",
	// An interest kept quiet: "approved payments without declaring his
	// interest", "ohne den Interessenkonflikt offenzulegen".
	"without declaring", "without disclosing", "conflict of interest", "conflicts of interest", "interessenkonflikt",
	// Prices fixed between rivals and staff bullied: "had fixed the
	// price of bread", "bullied staff who reported …".
	"fixed the price", "fixed price", "fixing the price", "fixing price", "bullied", "bullying",
	// Faulty goods put on the market: "a defective valve supplied by X".
	"defective", "faulty",
	// Falsehoods put out as facts: "published false statements about its
	// finances", "filed false invoices".
	"false statement", "false claim", "false information", "false invoice", "false account", "false record", "false data", "false report",
	"false allegation", "false and defamatory", "defamatory",
	// Records tampered with: "ordered staff to alter test results",
	// "doctored invoices".
	"alter test", "alter data", "alter records", "alter the", "altered", "doctored", "tamper",
	// Contracts handed out without competition: "Aufträge ohne
	// Ausschreibung vergeben", "awarded contracts without a tender".
	"ohne ausschreibung", "freihaendig vergeben", "without a tender", "without tender", "without competitive", "no-bid",
	// Pay below the legal floor: "paid drivers less than the minimum
	// wage", "unter dem Mindestlohn bezahlt", "misclassified workers".
	"less than the minimum wage", "below the minimum wage", "under the minimum wage", "unter dem mindestlohn", "unter mindestlohn", "misclassif", "scheinselbst",
	// The public misled: "führe die Öffentlichkeit bewusst in die Irre",
	// "Anleger irregeführt".
	"in die irre", "irregefuehrt", "irregeleitet", "irrezufuehr", "irrezuleit",
	// Business booked with firms that exist only on paper: "über
	// Partnerfirmen verbucht, die nur auf dem Papier existierten",
	// "shell companies that existed only on paper".
	"nur auf dem papier", "only on paper", "briefkastenfirm", "shell compan",
	// Goods or acts the rules forbid, named by their adjective before
	// the noun: "verbotene Zusätze verkauft", "ungenehmigte Anbauten",
	// "illicit payments", "unapproved pesticides", "sold banned
	// additives" ("verboten" alone, "was banned from", say a ban).
	"verbotene", "ungenehmigt", "illicit", "unapproved", "unpermitted", "unregistered", "banned substance", "banned additive", "banned pesticide",
	"banned chemical", "banned drug", "banned ingredient", "banned product", "banned goods", "banned weapon", "prohibited substance", "prohibited item", "prohibited goods",
	// Public or entrusted money put to one's own use: "Fördermittel für
	// private Zwecke verwendet", "in die eigene Tasche gewirtschaftet",
	// "misused public funds", "lined his pockets", "sich persönlich
	// bereichert" (see hasWrongdoing for "sich").
	"misus", "private zweck", "privaten zweck", "persoenliche zweck", "persoenlichen zweck", "eigene zweck", "eigenen zweck", "private purpose", "personal purpose",
	"personal use", "personal expense", "eigene tasche", "eigenen tasche", "own pocket", "lined his", "lined her", "lined their", "enriched himself", "enriched herself",
	"enriched themselves", "self-enrich", "unjust enrichment",
	// Staff spied on, customers cheated, benefits obtained by deceit,
	// accounts dressed up, defects left to drag on, warnings
	// suppressed, animals or people maltreated: "Mitarbeiter
	// bespitzelt", "Kunden übervorteilt", "Subventionen erschlichen",
	// "die Bilanz frisiert", "Mängel verschleppt", "Warnhinweise
	// unterdrückt", "Tiere misshandelt".
	"bespitzel", "uebervorteil", "erschlich", "erschleich", "frisiert", "verschlepp", "unterdrueck", "suppressed", "suppressing", "misshandel", "misshandl",
	"gequaelt", "quaelerei", "mistreated", "maltreat",
	// Prices above what is owed: "charged excessive fees", "exorbitant
	// prices" (German "zu hohe Preise": see hasWrongdoing).
	"excessive pric", "excessive fee", "excessive charg", "exorbitant",
	// A campaign against staff organising: "spent millions on
	// union-busting consultants".
	"union-bust", "union bust",
	// Evidence or grounds made up: "dismissed the organizers on
	// fabricated attendance grounds", "fabricated test results".
	"fabricat",
}

// ignoredDuties are what one may not ignore: warnings, complaints, rules,
// orders, defects.
var ignoredDuties = []string{"warn", "hinweis", "report", "bericht", "meldung", "beschwerd", "complaint", "safety", "sicherheit", "rule", "regel", "vorschrift", "auflage", "order",
	"anordnung", "sanktion", "sanction", "court", "gericht", "bedenken", "concern", "risk", "risik", "maengel", "mängel", "defect", "alarm", "red flag", "gesetz", "law",
	// "ignored her calls for help", "ignored pleas from relatives".
	"plea", "calls for help", "cries for help", "symptom"}

// disregardWord: a verb of brushing aside what should have been heeded
// ("ignored the warnings", "habe Warnungen übergangen", "missachtete die
// Auflagen", "als Panikmache abgetan"); with a duty word near it (see
// ignoredDuties) it is misconduct.
func disregardWord(f string) bool {
	return strings.HasPrefix(f, "ignor") || strings.HasPrefix(f, "disregard") || f == "uebergangen" || f == "uebergeht" || f == "ueberging" || f == "uebergingen" ||
		strings.HasPrefix(f, "missacht") || f == "abgetan" || f == "abtat" || f == "abtaten" || strings.HasPrefix(f, "ueberhoer") || f == "ueberhoert"
}

// wrongWord reports whether a token's word names misconduct by one of the
// wrongdoing entries (a prefix, or a part of five letters or more). The
// answer is kept on the token: sentences are asked again and again.
func wrongWord(t *token) bool {
	if t.wrong == 0 {
		t.wrong = 2
		// "pflichtwidrig", "treuwidrig", "vertragswidrig", "sittenwidrig",
		// "vorschriftswidrig", "Ordnungswidrigkeit": a compound of
		// "-widrig" says a deed goes against a duty or rule ("widrige
		// Umstände" are only adverse).
		if strings.Index(t.fold, "widrig") > 0 {
			t.wrong = 1
			return true
		}
		for _, w := range wrongdoing {
			if strings.HasPrefix(t.fold, w) || len(w) >= 5 && strings.Contains(t.fold, w) {
				t.wrong = 1
				break
			}
		}
	}
	return t.wrong == 1
}

// dutyWords are duties whose neglect is misconduct: "failed to report",
// "failed to protect", "versäumt, zu melden".
var dutyWords = []string{"report", "disclose", "notify", "inform", "protect", "comply", "pay", "warn", "recall", "obtain", "secure", "prevent",
	"maintain", "inspect", "clear", "monitor", "supervise", "safeguard", "check", "verif", "investigat", "act",
	"meld", "informier", "zahl", "einzuholen", "einholen", "verhinder", "wart", "kontrollier", "ueberwach"}

// ohneClauseWrongDE: the clause that ends at end goes on with ", ohne
// … zu …" whose omission is the wrong ("soll Aktien verkauft haben, ohne
// die Geschäfte zu melden").
func ohneClauseWrongDE(toks []token, end int) bool {
	if end+1 >= len(toks) || toks[end].text != "," || toks[end+1].fold != "ohne" {
		return false
	}
	return hasWrongdoing(toks, end+1, stopAfter(toks, end+2))
}

// staffActivityDE: token j names works council or union activity of
// staff: "Betriebsratswahl", "Wahlvorstand", "Gewerkschaftsmitglieder",
// "gewerkschaftlich engagierte", or "Mitglieder des Betriebsrats".
func staffActivityDE(toks []token, j int) bool {
	g := toks[j].fold
	for _, p := range []string{"betriebsratswahl", "wahlvorstand", "betriebsratsmitglied", "gewerkschaftsmitglied", "gewerkschaftlich", "personalratsmitglied", "betriebsratsgruendung", "betriebsratsgründung"} {
		if strings.HasPrefix(g, p) {
			return true
		}
	}
	return (strings.HasPrefix(g, "betriebsrat") || strings.HasPrefix(g, "gewerkschaft") || strings.HasPrefix(g, "personalrat")) && j >= 2 && strings.HasPrefix(toks[j-2].fold, "mitglied")
}

// punishedStaffDE are German acts against employees that are wrong
// where the text ties them to their works council or union activity.
var punishedStaffDE = set("versetzt", "versetzte", "versetzten", "entlassen", "entließ", "entliess", "gekuendigt", "kuendigte", "kündigte", "gekündigt", "abgemahnt", "mahnte",
	"eingeschuechtert", "eingeschüchtert", "einzuschuechtern", "einzuschüchtern")

// zuDutiesDE are German infinitives of notice with "zu" inside:
// "ohne die Einkünfte anzuzeigen", "ohne sie offenzulegen".
var zuDutiesDE = set("anzuzeigen", "offenzulegen", "anzumelden", "mitzuteilen", "zu melden", "auszuweisen", "abzufuehren", "einzuholen")

// omittedDutyWords are duties whose omission, said with a negation, is
// misconduct: paying what is owed, disclosing, reporting, warning,
// keeping rules ("nicht eingehalten", "did not comply").
var omittedDutyWords = []string{"pay", "paid", "bezahlt", "gezahlt", "ausgezahlt", "entlohnt", "abgefuehrt", "abgeführt", "disclos", "offengelegt", "report", "gemeldet",
	"notif", "inform", "warn", "gewarnt", "compl", "eingehalten", "follow", "beachtet",
	// "Abschlagsrechnungen nicht beglichen", "Fördergelder nicht
	// überwiesen", "Kautionen nie erstattet", "den Rat nicht
	// unterrichtet", "Beschwerden nicht beantwortet".
	"beglichen", "ueberwiesen", "überwiesen", "erstattet", "unterrichtet", "benachrichtigt", "beantwortet"}

// omittedDuty reports a negation at k followed closely by a duty
// (omittedDutyWords): English puts the verb right after "not" (with
// "did not", "had never"), German the participle after "nicht" and the
// clause's objects ("Löhne nicht gezahlt", "nie über X informiert"). A duty done by a party in the passive ("had
// not been paid") names the victims, so only active forms count.
func omittedDuty(toks []token, k int) bool {
	f := toks[k].fold
	if f != "not" && f != "never" && f != "nicht" && f != "nie" && f != "niemals" && f != "n't" {
		return false
	}
	for j := k + 1; j <= k+2 && j < len(toks); j++ {
		g := toks[j].fold
		if g == "been" || g == "be" || g == "worden" || g == "werden" || !toks[j].word {
			return false
		}
		for _, duty := range omittedDutyWords {
			if strings.HasPrefix(g, duty) {
				return !passiveAfter(toks, j)
			}
		}
	}
	// German: the participle closes the clause after the negation's
	// adverbials and objects ("nie über die Preiserhöhung informiert").
	if f == "nicht" || f == "nie" || f == "niemals" {
		for j := k + 3; j <= k+6 && j < len(toks); j++ {
			g := toks[j].fold
			if !toks[j].word || g == "worden" || g == "werden" {
				return false
			}
			if toks[j].cap {
				continue
			}
			for _, duty := range omittedDutyWords {
				if strings.HasPrefix(g, duty) {
					return !passiveAfter(toks, j)
				}
			}
		}
	}
	return false
}

// passiveAfter reports a German passive auxiliary right after the
// participle at j ("nicht bezahlt worden"): the subject suffered the
// omission.
func passiveAfter(toks []token, j int) bool {
	return j+1 < len(toks) && (toks[j+1].fold == "worden" || toks[j+1].fold == "werden" || toks[j+1].fold == "wurden" || toks[j+1].fold == "wurde")
}

// askedOnly reports whether a sentence's wrongdoing stands only inside an
// "ob"/"whether" clause: "prüft, ob X gegen Auflagen verstoßen hat" asks,
// it does not charge (FORMAT.md: checking whether rules were broken is no
// accusation).
func askedOnly(toks []token) bool {
	for k := range toks {
		if f := toks[k].fold; f == "ob" || f == "whether" {
			return !hasWrongdoing(toks, 0, k) && hasWrongdoing(toks, k+1, len(toks))
		}
	}
	return false
}

// lateDutiesDE are duties whose lateness is misconduct: warning,
// reporting, informing, recalling ("zu spät gewarnt", "too late to warn").
var lateDutiesDE = []string{"gewarnt", "warnte", "gemeldet", "meldete", "informiert", "informierte", "unterrichtet", "unterrichtete", "zurueckgerufen",
	"warned", "warn", "reported", "report", "notified", "notify", "informed", "recalled", "disclosed"}

func hasWrongdoing(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].licensed {
			return true
		}
		f := toks[k].fold
		if !toks[k].word {
			continue
		}
		// English deeds told in plain words: "failed to tell Defence",
		// "without examining the test data", "agreed not to bid".
		if plainDeedEN(toks, k) {
			return true
		}
		// "had dismissed 23 workers days after they registered a
		// union", "fired drivers for organising": dismissal for union
		// activity.
		if f == "dismissed" || f == "fired" || f == "sacked" || f == "dismissing" || f == "firing" {
			for j := k + 1; j < to && j < len(toks) && j <= k+12; j++ {
				// ("dismissed the five organizers on fabricated attendance
				// grounds": the people who organise.)
				if g := toks[j].fold; g == "union" || g == "unionise" || g == "unionize" || g == "organising" || g == "organizing" || g == "strike" || g == "striking" ||
					(g == "organizers" || g == "organisers") && j > 0 && !toks[j-1].cap {
					return true
				}
			}
		}
		// "Beschäftigte, die sich an der Vorbereitung einer
		// Betriebsratswahl beteiligten, auf Nachttouren versetzt", "Mitglieder
		// des Betriebsrats abgemahnt", "die Wahl des Betriebsrats
		// behindert": staff punished, or an election obstructed, for
		// works council or union activity (as "fired … for organising").
		if punishedStaffDE[f] || strings.HasPrefix(f, "behinder") || strings.HasPrefix(f, "verzoeger") || strings.HasPrefix(f, "verzöger") || strings.HasPrefix(f, "benachteilig") || strings.HasPrefix(f, "schikan") {
			// The activity must be what marks the staff, not the body
			// that speaks ("Der Betriebsrat kritisierte, X habe 200
			// Beschäftigte entlassen" is a layoff).
			for j := max(k-15, 0); j < len(toks) && j <= k+8; j++ {
				if j != k && staffActivityDE(toks, j) {
					return true
				}
			}
		}
		// "tested positive for EPO", "positiv getestet".
		if (f == "tested" || f == "positiv") && k+1 < len(toks) && (toks[k+1].fold == "positive" || toks[k+1].fold == "getestet") {
			return true
		}
		// "had broken into the email systems", "in Netzwerke
		// eingedrungen": an intrusion.
		if (f == "broken" || f == "broke" || f == "breaking") && k+1 < len(toks) && toks[k+1].fold == "into" || strings.HasPrefix(f, "eingedrung") || f == "drangen" || f == "drang" {
			return true
		}
		// "had for years infiltrated the networks of Chinese
		// universities": an intrusion into computers ("officers
		// infiltrated the gang" is police work).
		if strings.HasPrefix(f, "infiltrat") {
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if hasPrefixAny(toks[j].fold, []string{"network", "system", "server", "computer", "email", "account", "database"}) {
					return true
				}
			}
		}
		// "zahle seinen Beschäftigten zu wenig", "paid its drivers too
		// little": pay short of what is owed.
		if (f == "wenig" || f == "little") && k > 0 && (toks[k-1].fold == "zu" || toks[k-1].fold == "too") {
			for j := max(k-6, 0); j <= k+3 && j < len(toks); j++ {
				if g := toks[j].fold; strings.HasPrefix(g, "zahl") || strings.HasPrefix(g, "bezahl") || strings.HasPrefix(g, "gezahlt") || strings.HasPrefix(g, "entlohn") ||
					g == "paid" || g == "pay" || g == "pays" || g == "paying" {
					return true
				}
			}
		}
		// "Beschäftigte gezwungen, …", "trotz früherer Warnungen weiter
		// bezogen": coercion, and a deed kept up against warnings ("sah
		// sich gezwungen" is no one's wrong).
		if (f == "gezwungen" || f == "zwang" || f == "zwangen") && !(k > 0 && toks[k-1].fold == "sich" || k > 1 && toks[k-2].fold == "sich") {
			return true
		}
		if f == "trotz" || f == "despite" || f == "ungeachtet" {
			for j := k + 1; j <= k+3 && j < len(toks); j++ {
				if g := toks[j].fold; strings.HasPrefix(g, "warnung") || strings.HasPrefix(g, "warning") || strings.HasPrefix(g, "verbot") || strings.HasPrefix(g, "hinweis") || strings.HasPrefix(g, "mahnung") {
					return true
				}
			}
		}
		// "die Umgehung der Gesellschafterversammlung", "Sanktionen
		// umgangen", "circumvented": a rule got around ("Umgehungsstraße"
		// is a road).
		if f == "umgehung" || f == "umgangen" || strings.HasPrefix(f, "circumvent") {
			return true
		}
		// "without their consent", "ohne Genehmigung": done without
		// the permission the law requires.
		if f == "without" || f == "ohne" {
			for j := k + 1; j <= k+3 && j < len(toks) && j < to; j++ {
				if permissionWords[toks[j].fold] {
					return true
				}
			}
		}
		// "had known about the weld problems since mid-2024 but had kept
		// delivering vehicles", "knew of the defects but continued to
		// sell": a known fault and the deed carried on regardless. ("knew
		// for at least eight months that welds on a new fleet of armoured
		// personnel carriers were cracking but continued to accept
		// deliveries": the fault may be told at length.)
		if f == "known" || f == "knew" || f == "aware" {
			fault, but := false, false
			for j := k + 1; j < len(toks) && j <= k+24 && toks[j].text != ";" && toks[j].text != "."; j++ {
				g := toks[j].fold
				if !but && hasPrefixAny(g, []string{"problem", "defect", "fault", "flaw", "risk", "danger", "irregular", "abuse", "crack", "leak", "corros", "corrod", "contamin", "concern", "warning", "complaint"}) {
					fault = true
				}
				if fault && (g == "but" || g == "yet") {
					but = true
				}
				if but && (g == "kept" || strings.HasPrefix(g, "continu") || g == "still" || g == "went") {
					return true
				}
			}
		}
		// "without the payments being disclosed", "without being
		// declared": a payment kept from the notice the rules require.
		if f == "without" {
			for j := k + 1; j <= k+4 && j < len(toks) && toks[j].word; j++ {
				if g := toks[j].fold; (strings.HasPrefix(g, "disclos") || strings.HasPrefix(g, "declar")) && toks[j-1].fold == "being" {
					return true
				}
			}
		}
		// "verkauft, ohne die Geschäfte ordnungsgemäß zu melden", "ohne
		// die Einkünfte anzuzeigen": a sale or income kept from the
		// notice the rules require ("ohne auf das Urteil zu warten" is
		// no duty).
		if f == "ohne" {
			for j := k + 1; j <= k+10 && j < len(toks) && j < to; j++ {
				g := toks[j].fold
				if !toks[j].word {
					break
				}
				if g == "zu" && j+1 < len(toks) && !strings.HasPrefix(toks[j+1].fold, "wart") && hasPrefixAny(toks[j+1].fold, dutyWords) || zuDutiesDE[g] {
					return true
				}
			}
		}
		// "had deleted records of bleeding events", "destroyed
		// evidence": records done away with.
		if (strings.HasPrefix(f, "delet") || strings.HasPrefix(f, "destroy") || strings.HasPrefix(f, "shredd") || strings.HasPrefix(f, "vernicht") || strings.HasPrefix(f, "geloescht")) && k+1 < len(toks) {
			for j := k + 1; j <= k+3 && j < len(toks); j++ {
				if recordWords[toks[j].fold] {
					return true
				}
			}
		}
		// "wider besseres Wissen belastet", "entgegen besseren Wissens":
		// done knowing it was wrong. The words stand together and are
		// read whole, like "zu spät".
		if (f == "besseres" || f == "besseren") && k > 0 && (toks[k-1].fold == "wider" || toks[k-1].fold == "entgegen") && k+1 < len(toks) && strings.HasPrefix(toks[k+1].fold, "wissen") {
			return true
		}
		// "habe zu spät gewarnt", "Störungen zu spät gemeldet", "warned
		// consumers too late": a duty met too late.
		// The words stand together, so the phrase is read whole wherever
		// the range asked about cuts it.
		if (f == "spaet" || f == "spät" || f == "late") && k > 0 && (toks[k-1].fold == "zu" || toks[k-1].fold == "too") {
			for j := max(k-4, 0); j <= k+3 && j < len(toks); j++ {
				for _, duty := range lateDutiesDE {
					if j != k && strings.HasPrefix(toks[j].fold, duty) {
						return true
					}
				}
			}
		}
		// "habe Aushilfskräfte geschickt, obwohl der Einsatz von
		// Leiharbeitern als Streikbrecher verboten ist", "even though the
		// practice is prohibited": a deed done although forbidden.
		if (f == "obwohl" || f == "obgleich" || f == "although" || f == "though" && k > 0 && toks[k-1].fold == "even") && forbiddenAfter(toks, k) {
			return true
		}
		// "habe Piloten mit dem Verlust ihrer Kapitänsernennung gedroht":
		// a threat made with something ("mit der Kündigung gedroht"); the
		// participle alone, as in "drohte die Insolvenz", is a risk.
		// Legal steps, a strike or a resignation are lawful threats ("mit
		// einer Klage gedroht", "mit Streik gedroht").
		if f == "gedroht" && hasBefore(toks[max(k-10, 0):], min(k, 10), "mit") && !lawfulThreatDE(toks, max(k-10, 0), k) {
			return true
		}
		// "und gedroht, die Firma sonst nicht mehr zu berücksichtigen",
		// "habe gedroht, sie zu versetzen": a threat of what the
		// infinitive after it does to someone.
		if f == "gedroht" && k+3 < len(toks) && toks[k+1].text == "," && zuInfinitiveDE(toks, k+2) && !lawfulThreatDE(toks, k+2, min(len(toks), k+14)) {
			return true
		}
		// "breche eine Vereinbarung von 2022", "den Vertrag gebrochen":
		// an agreement broken ("Rekord gebrochen" is none).
		if breakVerbsDE[f] {
			for j := max(k-6, 0); j <= k+6 && j < len(toks); j++ {
				if j != k && hasPrefixAny(toks[j].fold, []string{"vertrag", "vereinbarung", "zusage", "abmachung", "tarifvertrag", "regel", "gesetz", "vorschrift", "auflage", "embargo"}) {
					return true
				}
			}
		}
		// "Der Baukonzern schulde dem Fensterbauer seit Monaten 4,2
		// Millionen Euro": money owed and overdue is withheld ("schuldet
		// der Bank 3 Millionen Euro" states a debt, "schulde keine
		// Erklärung" owes no money).
		if owedOverdueDE(toks, k) {
			return true
		}
		// "habe vertraglich zugesicherte Abnahmemengen einseitig
		// gekürzt", "unilaterally terminated the contract": an agreement
		// broken by one side.
		if (f == "einseitig" || f == "unilaterally") && contractBrokenDE(toks, k) {
			return true
		}
		if ruleBreachDE(toks, k) || plainDeedDE(toks, k) {
			return true
		}
		// "did not pay its subcontractors", "Subunternehmer nicht
		// bezahlt", "never disclosed the payments": a duty the negation
		// says was not met is the wrong itself, no denial of one (the
		// words stand together and are read whole, like "zu spät").
		if omittedDuty(toks, k) {
			return true
		}
		// "failed to report", "versäumt, … zu melden": a duty not met.
		if (f == "failed" || f == "failing" || f == "fails" || strings.HasPrefix(f, "versaeum")) && k+3 < len(toks) {
			for j := k + 1; j <= k+3; j++ {
				for _, duty := range dutyWords {
					if strings.HasPrefix(toks[j].fold, duty) {
						return true
					}
				}
			}
		}
		// "ignored repeated warnings", "Hinweise ignoriert": what was
		// ignored makes it misconduct ("ignoriere die Realität des
		// Marktes" is a reproach of judgement, no charge).
		if disregardWord(f) {
			// (German puts the object well before the participle:
			// "Beschwerden über die Spedition jahrelang ignoriert".)
			back := 4
			if !toks[k].cap && (strings.HasPrefix(f, "ignoriert") || f == "uebergangen" || f == "abgetan" || strings.HasPrefix(f, "missachtet")) {
				back = 8
			}
			// (What was ignored is read after the verb wherever the range
			// asked about ends, like a phrase: "Brookvale ignored repeated
			// reports of leaks, said X" is asked one word at a time.)
			for j := max(k-back, from); (j < to || j > k) && j < len(toks) && j <= k+5; j++ {
				for _, o := range ignoredDuties {
					// Compounds end in the duty: "Tierschutzvorschriften
					// missachtet", "Sicherheitsauflagen ignoriert".
					if j != k && (strings.HasPrefix(toks[j].fold, o) || len(o) >= 7 && strings.Contains(toks[j].fold, o)) {
						return true
					}
				}
			}
		}
		// "Altgeräte ordnungsgemäß entsorgt", "properly disposed of",
		// "legally exported": an act done by the rules is none.
		if wrongWord(&toks[k]) && !lawfulBefore(toks, k, from) && !compliedAfterDE(toks, k) {
			return true
		}
		// "price gouging", "forced labour", "trade secrets": entries of
		// several words match consecutive tokens, the last as a prefix.
		// The words stand together, so the phrase is read whole from its
		// first word wherever the range asked about ends (callers ask one
		// word at a time), like "zu spät".
		for _, ws := range wrongdoingPhrases[f] {
			if k+len(ws) > len(toks) {
				continue
			}
			ok := true
			for j := 1; j < len(ws); j++ {
				if !strings.HasPrefix(toks[k+j].fold, ws[j]) || j < len(ws)-1 && toks[k+j].fold != ws[j] {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
		// "paid $6 million to intermediaries who passed part of the money
		// to officials", „Zahlungen an Beamte“: money that reaches public
		// officials is a bribe.
		if payWords[f] && !(k+1 < len(toks) && toks[k+1].fold == "tribute") {
			for j := k + 1; j < len(toks) && j <= k+14 && j < to; j++ {
				if officialsWords[toks[j].fold] {
					return true
				}
				if toks[j].text == ";" || toks[j].text == "." {
					break
				}
			}
		}
		// "payments to a consultancy owned by his wife", "conflict of
		// interest": self-dealing.
		if (f == "owned" || f == "controlled" || f == "gehoert" || f == "gehoerte") && k+3 < len(toks) {
			for j := k + 1; j <= k+3; j++ {
				if relativeNouns[toks[j].fold] {
					return true
				}
			}
		}
		// "Altöl in die Elbe geleitet", "Chemikalien in den Bach
		// abgelassen", "poured oil into the river": a pollutant let out
		// into the open.
		// English puts the verb close before its object, German the
		// participle after it; a place it went into must follow ("in die
		// Elbe", "into Mill Creek"), so "released a report on waste"
		// is none.
		if pollutantWords[f] || strings.HasPrefix(f, "abfaell") || strings.HasPrefix(f, "abfäll") {
			lo, hi := k+1, k+6
			if pt := toks[k]; pt.word && !pt.cap {
				lo, hi = k-3, k-1
			}
			for j := max(lo, from); j <= hi && j < len(toks) && j < to; j++ {
				if !releaseVerbs[toks[j].fold] || lawfulBefore(toks, j, from) {
					continue
				}
				for i := min(j, k) + 1; i <= max(j, k)+4 && i < len(toks); i++ {
					if g := toks[i].fold; g == "in" || g == "into" || g == "ins" || g == "im" || g == "onto" || g == "auf" {
						return true
					}
				}
			}
		}
		// "habe jahrelang verdeckt für einen ausländischen Geheimdienst
		// gearbeitet", "secretly worked for Chinese intelligence": work
		// for a foreign or hidden service is spying.
		if strings.Contains(f, "geheimdienst") || strings.Contains(f, "nachrichtendienst") || f == "intelligence" {
			covert, worked := false, false
			for j := max(k-6, from); j <= k+3 && j < len(toks) && j < to; j++ {
				g := toks[j].fold
				covert = covert || g == "verdeckt" || g == "heimlich" || g == "insgeheim" || g == "secretly" || g == "covertly" || strings.HasPrefix(g, "auslaendisch") || g == "foreign"
				worked = worked || strings.HasPrefix(g, "gearbeitet") || strings.HasPrefix(g, "gedient") || g == "worked" || g == "working" || strings.HasPrefix(g, "taetig")
			}
			if covert && worked {
				return true
			}
		}
		if f == "conflict" && k+2 < len(toks) && toks[k+1].fold == "of" && toks[k+2].fold == "interest" || strings.HasPrefix(f, "interessenkonflikt") || f == "self-dealing" {
			return true
		}
		// "exchanged information on planned price increases", "shared
		// sensitive information about bids", "tauschten vertrauliche
		// Informationen über Angebote aus": competitors swapping what the
		// market should not know.
		if strings.HasPrefix(f, "exchang") || f == "shared" || f == "sharing" || f == "swapped" || f == "tauschten" || strings.HasPrefix(f, "ausgetausch") {
			// German puts the object before the participle ("Informationen
			// über Preise ausgetauscht").
			lo := k + 1
			if strings.HasPrefix(f, "ausgetausch") {
				lo = max(k-8, from)
			}
			info := false
			for j := lo; j <= k+4 && j < len(toks) && j < to; j++ {
				if g := toks[j].fold; g == "information" || g == "informationen" || g == "data" || g == "daten" {
					info = true
				}
			}
			for j := lo; info && j <= k+10 && j < len(toks) && j < to; j++ {
				g := toks[j].fold
				if strings.HasPrefix(g, "price") || strings.HasPrefix(g, "preis") || strings.HasPrefix(g, "bid") || strings.HasPrefix(g, "tender") || strings.HasPrefix(g, "angebot") ||
					strings.HasPrefix(g, "ausschreib") || strings.HasPrefix(g, "sensitive") || strings.HasPrefix(g, "sensibl") || strings.HasPrefix(g, "vertraulich") || g == "confidential" {
					return true
				}
			}
		}
		// "coordinated price increases", "Preise abgestimmt": competitors
		// fixing prices or bids together.
		if strings.HasPrefix(f, "coordinat") || f == "abgestimmt" || f == "abstimmten" || f == "stimmten" {
			for j := k - 3; j <= k+3 && j < len(toks); j++ {
				if j >= 0 && j != k && (strings.HasPrefix(toks[j].fold, "price") || strings.HasPrefix(toks[j].fold, "preis") || strings.HasPrefix(toks[j].fold, "bid") || strings.HasPrefix(toks[j].fold, "angebot")) {
					return true
				}
			}
		}
	}
	return false
}

// ruleNouns name rules a deed may go against; payerWords those who pay
// for a favour; tenderWords the award a procedure may be bent to; fundsWords
// money entrusted for a purpose; priceWords what is charged.
var (
	ruleNouns = []string{"vorschrift", "regel", "gesetz", "auflage", "bestimmung", "vorgabe", "anweisung", "vereinbarung", "vertrag", "zusage", "richtlinie", "verordnung", "satzung",
		"verbot", "anordnung", "law", "rule", "regulation", "guideline", "agreement", "contract", "order", "instruction", "statute", "ban", "licen", "permit", "terms"}
	payerWords  = []string{"sponsor", "spende", "spender", "geldgeber", "goenner", "gegenleistung", "donor", "donation", "backer"}
	tenderWords = []string{"ausschreib", "vergabe", "leistungsbeschreib", "bieter", "auftragnehmer", "tender", "bidder", "procurement", "contract"}
	fundsWords  = []string{"foerdermittel", "foerdergeld", "spendengeld", "spenden", "steuergeld", "sponsorengeld", "vereinsgeld", "verbandsgeld", "zuschuss", "zuschuesse", "subvention",
		"mitgliedsbeitr", "funds", "donations", "grant", "taxpayer"}
	useVerbs   = set("verwendet", "verwendete", "verwendeten", "genutzt", "nutzte", "ausgegeben", "gab", "bezahlt", "finanziert", "eingesetzt", "used", "spent", "paid", "financed")
	priceWords = []string{"preis", "gebuehr", "rechnung", "honorar", "miete", "tarif", "price", "fee", "charge", "rate", "bill", "rent"}
	possessive = set("seiner", "seinen", "seine", "seines", "ihrer", "ihren", "ihre", "ihres", "his", "her", "their")
)

// ruleBreachDE reads misconduct that no single word names, from the word
// at k and its neighbours:
//   - a deed against a rule: "entgegen den Vorschriften gelagert",
//     "contrary to the regulations", "den Auflagen zuwider", "in
//     contravention of"; ("entgegen den Erwartungen" names no rule);
//   - "zu hohe Preise abgerechnet", "charged too high fees";
//   - "sich persönlich bereichert" ("bereichert das Programm" enriches);
//   - "nicht zugelassene Pestizide", "nicht genehmigte Anlagen": the
//     attributive adjective under negation ("wurde nicht genehmigt" is an
//     authority's refusal);
//   - decisions made to depend on payers: "Nominierungen von den Wünschen
//     der Sponsoren abhängig gemacht", "made selection dependent on
//     donations";
//   - a tender bent to one bidder: "die Ausschreibung auf einen Bieter
//     zugeschnitten", "tailored the tender";
//   - entrusted money spent on one's family: "Fördermittel … für Reisen
//     seiner Ehefrau verwendet", "used grant money for his wife's travel".
func ruleBreachDE(toks []token, k int) bool {
	f := toks[k].fold
	switch {
	case f == "entgegen" || f == "contrary" || f == "zuwider" || strings.HasPrefix(f, "contraven") || f == "defiance" || f == "zuwiderhandl":
		lo, hi := k+1, k+4
		if f == "zuwider" {
			lo, hi = k-4, k-1
		}
		for j := max(lo, 0); j <= hi && j < len(toks); j++ {
			if toks[j].word && hasPrefixAny(toks[j].fold, ruleNouns) || toks[j].word && len(toks[j].fold) > 10 && containsAny(toks[j].fold, []string{"vorschrift", "auflage", "richtlinie", "verordnung", "bestimmung"}) {
				return true
			}
		}
	case (f == "hohe" || f == "hohen" || f == "high") && k > 0 && (toks[k-1].fold == "zu" || toks[k-1].fold == "too"):
		for j := k + 1; j <= k+2 && j < len(toks); j++ {
			if hasPrefixAny(toks[j].fold, priceWords) || containsAny(toks[j].fold, []string{"preise", "gebuehr"}) {
				return true
			}
		}
	case strings.HasPrefix(f, "bereicher") && !toks[k].cap:
		for j := max(k-6, 0); j < k; j++ {
			if toks[j].fold == "sich" {
				return true
			}
		}
	case (f == "zugelassene" || f == "zugelassenen" || f == "zugelassener" || f == "zugelassenes" || f == "genehmigte" || f == "genehmigten" || f == "genehmigter" || f == "genehmigtes" ||
		f == "erlaubte" || f == "erlaubten" || f == "erlaubter" || f == "erlaubtes") && k > 0 && (toks[k-1].fold == "nicht" || toks[k-1].fold == "nie"):
		return k+1 < len(toks) && toks[k+1].word && toks[k+1].cap
	case strings.HasPrefix(f, "abhaengig") || f == "dependent" || f == "conditional":
		for j := max(k-10, 0); j <= k+6 && j < len(toks); j++ {
			if j != k && toks[j].word && containsAny(toks[j].fold, payerWords) {
				return true
			}
		}
	case strings.HasPrefix(f, "zugeschnitten") || f == "tailored" || strings.HasPrefix(f, "massgeschneidert"):
		for j := max(k-10, 0); j <= k+6 && j < len(toks); j++ {
			if j != k && toks[j].word && hasPrefixAny(toks[j].fold, tenderWords) {
				return true
			}
		}
	case toks[k].word && hasPrefixAny(f, fundsWords):
		rel, use := false, false
		for j := k + 1; j < len(toks) && j <= k+25 && toks[j].text != ";"; j++ {
			g := toks[j].fold
			rel = rel || relativeNouns[g] && j > 0 && possessive[toks[j-1].fold] || strings.HasSuffix(g, "'s") && relativeNouns[strings.TrimSuffix(g, "'s")]
			use = use || useVerbs[g] || strings.HasPrefix(g, "finanzierung")
		}
		return rel && use
	}
	return false
}

// containsAny reports whether f contains one of parts.
func containsAny(f string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(f, p) {
			return true
		}
	}
	return false
}

// forbiddenWords say a thing is forbidden; with "nicht" before them,
// allowedWords do.
var (
	forbiddenWords = set("verboten", "untersagt", "unzulässig", "unzulaessig", "rechtswidrig", "illegal", "prohibited", "banned", "forbidden", "unlawful")
	allowedWords   = set("erlaubt", "zulässig", "zulaessig", "gestattet", "genehmigt", "allowed", "permitted")
)

// forbiddenAfter: the concessive clause opened at k ("obwohl",
// "although") says, within fifteen words and before the clause ends,
// that something is forbidden ("gesetzlich verboten sei", "is
// prohibited", "nicht erlaubt"), not that it is not ("nicht verboten").
func forbiddenAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+15; j++ {
		g := toks[j].fold
		if !toks[j].word && toks[j].text != "-" {
			return false
		}
		neg := toks[j-1].fold == "nicht" || toks[j-1].fold == "not" || toks[j-1].fold == "nie" || toks[j-1].fold == "never"
		if forbiddenWords[g] {
			return !neg
		}
		if allowedWords[g] && neg {
			return true
		}
	}
	return false
}

// breakVerbsDE are forms of "brechen" (break).
var breakVerbsDE = set("breche", "brechen", "bricht", "brach", "brachen", "gebrochen")

// owedVerbsDE are forms of "schulden" (owe), lower case: "Schulden" is
// the debt itself.
var owedVerbsDE = set("schulde", "schuldet", "schuldete", "schuldeten", "schulden", "owes")

// moneyStemsDE name sums and payments; overdueDE say a sum is late.
var (
	moneyStemsDE = []string{"euro", "millionen", "milliarden", "zahlung", "abschlagszahlung", "geld", "loehne", "löhne", "lohn", "honorar", "rechnung", "miete", "betraeg", "beträg", "summe",
		"$", "£", "€", "million", "billion", "payment", "invoice", "fees", "wages", "money"}
	overdueDE = set("seit", "noch", "ausstehende", "ausstehenden", "offene", "offenen", "faellige", "fällige", "faelligen", "fälligen", "ueberfaellige", "überfällige", "längst", "laengst",
		"unpaid", "overdue", "outstanding")
)

// owedOverdueDE: the verb at k is one of owedVerbsDE followed within ten
// words by a sum (moneyStemsDE) and, from two words before it, a mark
// that the sum is late (overdueDE), with no "nichts"/"kein" between:
// "schulde ihr noch immer Abschlagszahlungen über 380.000 Euro", "owes
// the supplier $4m in unpaid invoices".
func owedOverdueDE(toks []token, k int) bool {
	if !owedVerbsDE[toks[k].fold] || toks[k].cap && k > 0 && toks[k-1].word {
		return false
	}
	money, late := false, false
	for j := max(k-2, 0); j < len(toks) && j <= k+10; j++ {
		g := toks[j].fold
		if j > k && (g == "nichts" || strings.HasPrefix(g, "kein") || g == "nothing" || g == "no") || toks[j].text == "," && j > k {
			break
		}
		if j > k && hasPrefixAny(g, moneyStemsDE) {
			money = true
		}
		late = late || overdueDE[g]
	}
	return money && late
}

// contractWordsDE name what was agreed; cutVerbsDE what one side may not
// change alone.
var (
	contractWordsDE = []string{"vertrag", "vertraglich", "vereinbar", "zugesichert", "contract", "agreed", "agreement"}
	cutVerbsDE      = set("gekuerzt", "gekürzt", "kuerzte", "kürzte", "gekuendigt", "gekündigt", "aufgekuendigt", "aufgekündigt", "kuendigte", "kündigte", "geaendert", "geändert", "aenderte", "änderte",
		"gestrichen", "strich", "reduziert", "reduzierte", "verkuerzt", "verkürzt",
		"cut", "terminated", "changed", "reduced", "scrapped", "cancelled", "canceled", "altered", "slashed")
)

// contractBrokenDE: "einseitig"/"unilaterally" at k stands right before
// (or, in English, after) a verb of cutting or ending (cutVerbsDE), and
// an agreement is named within eight words before it or four after:
// "die vertraglich zugesicherten Abnahmemengen einseitig gekürzt", "die
// Rahmenvereinbarung einseitig gekündigt".
func contractBrokenDE(toks []token, k int) bool {
	cut := false
	for j := max(k-1, 0); j <= k+2 && j < len(toks); j++ {
		cut = cut || j != k && cutVerbsDE[toks[j].fold]
	}
	if !cut {
		return false
	}
	for j := max(k-8, 0); j <= k+6 && j < len(toks); j++ {
		g := toks[j].fold
		for _, c := range contractWordsDE {
			if strings.HasPrefix(g, c) || len(c) >= 8 && strings.Contains(g, c) {
				return true
			}
		}
	}
	return false
}

// lawfulAdverbs say an act was done by the rules.
var lawfulAdverbs = set("ordnungsgemäß", "ordnungsgemaess", "fachgerecht", "vorschriftsmäßig", "vorschriftsmaessig", "sachgerecht", "rechtmäßig", "rechtmaessig",
	"properly", "lawfully", "legally", "correctly")

// lawfulBefore: one of lawfulAdverbs stands within four words before k
// (and not before from), itself not negated or the object of a duty
// ("nicht ordnungsgemäß entsorgt", "failed to properly dispose of toxic
// waste" stay misconduct).
func lawfulBefore(toks []token, k, from int) bool {
	for j := k - 1; j >= from && j >= k-4; j-- {
		if lawfulAdverbs[toks[j].fold] {
			if j > 0 {
				switch toks[j-1].fold {
				case "not", "never", "to", "nicht", "nie", "kein", "keine", "niemals", "zu":
					return false
				}
			}
			return true
		}
	}
	return false
}

// wrongdoingPhrases are the entries of wrongdoing that span several
// words, split into them and keyed by their first word.
// payWords and officialsWords: money paid to public officials.
var (
	payWords       = set("paid", "pay", "pays", "paying", "payment", "payments", "gezahlt", "zahlte", "zahlten", "zahlungen", "gezahlte", "flossen", "floss")
	officialsWords = set("officials", "politicians", "ministers", "judges", "customs", "inspectors", "beamte", "beamten", "amtsträger", "amtstraeger", "politiker", "politikern", "richter", "richtern", "zollbeamte", "zollbeamten", "kontrolleure", "kontrolleuren")
)

var wrongdoingPhrases = func() map[string][][]string {
	out := map[string][][]string{}
	for _, w := range wrongdoing {
		if ws := strings.Fields(w); len(ws) > 1 {
			out[ws[0]] = append(out[ws[0]], ws)
		}
	}
	return out
}()

// pollutantWords and releaseVerbs: a pollutant let out ("Altöl in die
// Elbe geleitet", "poured chemicals into the creek").
var (
	pollutantWords = set("altöl", "altoel", "abwaesser", "öl", "oel", "chemikalien", "gülle", "guelle", "schadstoffe", "schlamm", "klärschlamm", "klaerschlamm", "bauschutt", "müll", "muell",
		"oil", "chemicals", "waste", "slurry", "sludge", "manure", "pollutants", "debris", "garbage", "trash", "solvents")
	releaseVerbs = set("geleitet", "geleitete", "leitete", "leiteten", "gekippt", "kippte", "kippten", "abgelassen", "liess", "ließ", "abgeladen", "verklappt", "verklappte",
		"poured", "released", "discharged", "leaked", "spilled", "pumped", "flushed", "vergraben", "vergrub", "buried", "dumped")
)

// recordWords are records whose destruction is misconduct.
var recordWords = set("records", "record", "evidence", "documents", "files", "emails", "data", "logs", "minutes", "akten", "unterlagen", "beweise", "daten", "dokumente")

// relativeNouns are family members, whose firms an official must not
// pay.
var relativeNouns = set("wife", "husband", "son", "daughter", "brother", "sister", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "father-in-law", "cousin", "nephew", "niece", "schwager", "schwaegerin", "family", "relative", "relatives", "ehefrau", "ehemann",
	"frau", "mann", "sohn", "tochter", "bruder", "schwester", "familie", "verwandten")

// findAccusations runs the ACCUSE frames over every sentence.
func (d *doc) findAccusations() {
	// Two passes: a passive or reported sentence may name its accuser
	// only later ("X is accused of ..., according to an indictment" …
	// "Prosecutors said"). Restatements merge, so the second pass adds
	// only what the first could not attribute.
	for s := range d.sents {
		d.accuseSentence(s)
		d.blameSentence(s)
		d.shiftSentence(s)
	}
	d.secondPass = true
	for s := range d.sents {
		d.accuseSentence(s)
	}
	for s := range d.sents {
		d.mutualSentence(s)
	}
}

func (d *doc) accuseSentence(s int) {
	toks := d.sents[s].toks
	parts := d.participants(s, true)
	// ("Die Klinikleitung habe …": a company organ in reported speech
	// names no party but stands for its company; subjunctiveFrame reads
	// it.)
	if len(parts) == 0 && !(d.lang == "de" && organReportedDE(toks)) {
		return
	}
	emit := func(accuser *entity, accused []*entity, rule string, conf float64, sumFrom int) {
		for _, a := range accused {
			by := accuser
			if by == a {
				// A person accusing his own organisation speaks for
				// himself (for this accused only: the others of the
				// list are still accused by the organisation).
				for _, p := range parts {
					if p.e.typ == claimgraph.Official && party(p.e) == by && p.e != a {
						by = p.e
						break
					}
				}
			}
			d.addAccusation(by, a, s, rule, conf, d.summary(s, sumFrom))
		}
	}
	for c := 0; c < len(toks); c++ {
		t := toks[c]
		// "Vorstandschef X ging noch weiter: Die Umwelthilfe betreibe
		// …", "Der Verband kritisierte: Die Firma habe …": a colon opens
		// the speaker's words in the subjunctive.
		if d.lang == "de" && t.text == ":" && !t.inq {
			d.colonSpeechDE(s, parts, c, emit)
		}
		if !t.word || t.inq {
			continue
		}
		f := t.fold
		// A German verb is written small inside a sentence: "Der
		// Beschuldigte" is a noun.
		if d.lang == "de" && t.cap && c > 0 && accuseDE[f] {
			continue
		}
		// "X hat … ohne Ausschreibung vergeben. Das geht aus dem Bericht
		// des Rechnungshofs hervor": a finding whose source follows.
		if d.lang == "de" && perfectAuxDE[f] {
			d.followedFindingDE(s, parts, c, emit)
		}
		// "The league is pressing ahead with a separate charge that
		// Rovers fielded an unregistered player", "the union withdrew
		// its claim that X had …": a charge its maker keeps up or takes
		// back is its own (a withdrawn one was made, FORMAT.md 3). The
		// noun's other frames may read the sentence too.
		if d.lang == "en" && (claimNounsEN[f] || f == "charge") && ownClaimVerbEN(toks, c) >= 0 {
			d.ownClaimFrame(s, parts, c, emit)
		}
		switch {
		// German: "X wirft Y vor", "Y wird vorgeworfen", "X hat Y vorgeworfen".
		case d.lang == "de" && (vorwerfenFinite[f] && hasLater(toks, c, "vor") || vorwerfenWhole[f] || accuseDE[f] || suspectPluralDE[f] && !t.cap && !suspectAttrDE(toks, c) || f == "last" && c > 0 && toks[c-1].fold == "zur" || vorhaltenCueDE(toks, c) ||
			anlastenDE[f] || lastenFinite[f] && particleLater(toks, c, "an") || klagenFinite[f] && particleLater(toks, c, "an") ||
			blameDE[f] && (d.sentenceHas(s, machenForms) || heldForDE(toks, c)) || f == "schuld" && d.sentenceHas(s, gebenForms) || unterstellenCueDE(toks, c) || anzeigenCueDE(toks, c)):
			// "wird … zur Last gelegt": the participle after the cue.
			passive := d.hasPassive(toks, c) && (vorwerfenWhole[f] || accuseDE[f] || blameDE[f] || anlastenDE[f] || vorhaltenWhole[f] || unterstellenDE[f] || f == "angezeigt" ||
				f == "last" && c+1 < len(toks) && toks[c+1].fold == "gelegt")
			end := clauseEnd(toks, c)
			parts := outsideRelativesDE(toks, d.ownClauseDE(s, mainClauseDE(toks, parts, c), c), c, end)
			parts = prepositionFieldDE(toks, parts, c, end)
			if passive {
				// "Die Vestra AG selbst wird nicht beschuldigt": no one
				// is accused ("nicht nur" still accuses).
				if negatedDE(toks, c) {
					continue
				}
				accused := d.objectsDE(parts, -1, end, true)
				if len(accused) == 0 {
					accused = firstSubject(parts, end)
				}
				accused = d.appositionList(s, parts, accused)
				accuser := d.passiveAgentDE(toks, parts, c)
				if accuser == nil {
					accuser = d.implicitAccuser(s, parts, accused)
				}
				if accuser != nil {
					emit(accuser, ents(accused), "de."+ruleVerb(f)+".passive", 0.8, end)
				}
				continue
			}
			// "X, dem die Staatsanwaltschaft Betrug vorwirft": the
			// relative clause's own subject accuses its antecedent.
			if rs, ra := d.relativeDativeDE(s, parts, c); rs != nil {
				// "Die Fahrerin X, der die Anklage nichts vorwirft": a
				// charge the clause negates is none.
				if nearAny(toks, ra.m.t1, c-1, relNegationDE) {
					continue
				}
				emit(d.docAuthorOr(rs.e, s), ents(d.coSubjects(s, parts, ra, ra.m.t1)), "de."+ruleVerb(f)+".relative", 0.85, c+1)
				continue
			}
			subj := d.organClauseSubjectDE(s, parts, c)
			// A pronoun no name took up is still the subject: the organ
			// of the sentence before.
			if subj == nil {
				subj = d.organPronounDE(s, c)
			}
			if subj == nil {
				subj = d.subjectDE(parts, c, end)
			}

			if subj == nil {
				subj = d.organSubject(s, parts, c)
			}
			if subj == nil {
				continue
			}
			// German may put the object first: "Dem früheren
			// Vertriebsleiter X wirft die Anklagebehörde vor", "Albertz
			// wiederum werfen die Ermittler … vor", "Der Behörde wirft
			// Lumivo vor". The fronted participant is accused.
			// "Dem Geschäftsführer X legt die Anklagebehörde Untreue zur
			// Last", "Den Zulieferer macht die Stadt … verantwortlich":
			// where the cue closes the clause, its own finite verb divides
			// the field before it from the subject after it.
			v := finiteOfCueDE(toks, c)
			var fronted *part
			if q := d.invertedSubjectDE(s, parts, subj, v, end, dativeFrameDE(toks, c)); q != nil {
				fronted, subj = subj, q
			}
			subjects := []part{*subj}
			if pluralFiniteDE(toks, v) {
				subjects = d.coSubjects(s, parts, subj, v)
			}
			// "A und B werfen sich gegenseitig Vertragsbruch vor",
			// "beschuldigen einander": each accuses the others.
			if fronted == nil && reciprocalDE(toks, v, end) {
				// "werfen sich die Reederei X und die Werft Y gegenseitig
				// … vor": the subjects may follow the verb.
				if len(subjects) < 2 {
					subjects = d.coSubjects(s, parts, subj, end)
				}
			}
			if fronted == nil && reciprocalDE(toks, v, end) && len(subjects) > 1 {
				for _, a := range subjects {
					for _, b := range subjects {
						if party(a.e) != party(b.e) {
							emit(party(a.e), []*entity{b.e}, "de."+ruleVerb(f)+".mutual", 0.85, end)
						}
					}
				}
				continue
			}
			var accused []part
			for _, p := range d.objectsDE(withoutParts(parts, subjects), -1, end, false) {
				accused = withoutSelf([]part{p}, *subj)
			}
			if fronted != nil {
				// "Den Geschäftsführern A und B werfen die Ermittler
				// vor": the fronted object with those coordinated to it.
				accused = d.coSubjects(s, parts, fronted, v)
			}
			if len(accused) == 0 {
				// "beschuldigt den Projektentwickler", "werfen Aurelia
				// vor" where the article is plain: the next participant
				// after the verb, else after the subject.
				for _, after := range []int{c, subj.m.t0} {
					for _, p := range withoutParts(parts, subjects) {
						if p.e != subj.e && p.m.t0 > after && p.m.t0 < end && p.prep == "" && p.e.typ != claimgraph.Document {
							accused = []part{p}
							break
						}
					}
					if len(accused) > 0 {
						break
					}
				}
				// "werfen der Geschäftsführung vor": the management stands
				// for its company, the one the sentence names.
				if len(accused) == 0 {
					// "macht die Gewerkschaft die Geschäftsführung … für …
					// verantwortlich": a frame whose cue closes the clause
					// has its object after the subject, in the accusative.
					from, acc := c+1, !dativeFrameDE(toks, c)
					if blameDE[f] && subj.m.t1 < c {
						from = subj.m.t1
					}
					for k := from; k < end && k < len(toks); k++ {
						if (organWordsDE[toks[k].fold] || toks[k].cap && organWordDE(toks[k].fold) && !lawyerOrganDE(toks[k].fold)) && k > 0 && (toks[k-1].fold == "der" || toks[k-1].fold == "dem" || toks[k-1].fold == "den" || acc && toks[k-1].fold == "die") {
							// "dem Vorstand von Ferrando", "der Geschäftsführung
							// des Konzerns": the owner named right after it.
							for _, p := range parts {
								if (p.prep == "von" || p.prep == "vom" || p.prep == "gen") && p.m.t0 > k && p.m.t0 <= k+2 && p.e.isOrg() && party(p.e) != party(subj.e) {
									accused = []part{p}
									break
								}
							}
							for j := len(parts) - 1; j >= 0 && len(accused) == 0; j-- {
								if p := parts[j]; p.e.typ == claimgraph.Company && p.m.t0 < k && !(party(p.e) == party(subj.e)) {
									accused = []part{p}
									break
								}
							}
							// "Fessel wirft der Klinikleitung vor": with no
							// company in the sentence, the organ is that of
							// the organisation its compound or the story
							// names.
							if owner := d.organOwnerDE(s, k, subj.e); len(accused) == 0 && owner != nil && party(owner) != party(subj.e) {
								accused = []part{{m: &mention{sent: s, t0: k - 1, t1: k + 1, kind: mDesc, ent: owner}, e: owner, art: toks[k-1].fold, obj: true}}
							}
							break
						}
					}
				}
				// "werfen die Verbände der Bundesregierung vor": "der"
				// after a noun reads as a genitive, but "vorwerfen" wants
				// its dative.
				// "…, während die Reederei der Gewerkschaft vorwirft": so
				// too between the subject and a verb at the clause's end.
				// "lastet die Gewerkschaft der Reederei … an" too.
				if len(accused) == 0 && dativeFrameDE(toks, c) {
					for _, p := range withoutParts(parts, subjects) {
						between := (vorwerfenWhole[f] || anlastenDE[f]) && p.m.t0 >= subj.m.t1 && p.m.t1 <= c
						if (p.m.t0 > c || between) && p.m.t0 < end && p.prep == "gen" && p.art == "der" && p.e.typ != claimgraph.Document {
							accused = []part{p}
							break
						}
					}
				}
			}
			// "Die Kommission hat drei Hersteller förmlich beschuldigt, …":
			// the parties are named in the next sentences.
			if len(accused) == 0 && d.unnamedParties(s, subj.m.t1, end) {
				d.notePending(d.docAuthorOr(subj.e, s), s)
			}
			for _, sp := range subjects {
				accuser, accusedEnts := d.splitSelf(s, sp, d.coordinated(s, parts, withoutSelf(accused, sp)))
				emit(accuser, accusedEnts, "de."+ruleVerb(f)+".active", 0.9, end)
			}
		// German nominal: "erhebt Vorwürfe gegen X", "Anklage gegen X erhoben".
		// "Den Vorwurf, … zu haben, richtete er auch an das Landratsamt":
		// a charge directed at its addressee.
		case d.lang == "de" && (f == "gegen" || f == "an" && richtetAnDE(toks, c)) && d.hasNominal(s) && d.sentenceHas(s, raiseDE):
			var accused []part
			for _, p := range parts {
				if p.m.t0 > c && p.m.t0 <= c+6 && p.e.typ != claimgraph.Document {
					accused = []part{p}
					break
				}
			}
			// "Anklage gegen zwei frühere Manager der Spedition X": the
			// people charged are the body's, unnamed; the body in the
			// genitive is not accused.
			// ("gegen drei frühere Manager des Unternehmens": "des" after
			// "gegen" is a genitive whatever preposition was read.)
			if len(accused) == 1 && (accused[0].prep == "gen" || accused[0].art == "des" || accused[0].art == "eines") && accused[0].e.isOrg() {
				for k := c + 1; k < accused[0].m.t0; k++ {
					// "gegen zwei ehemalige Vorstände der X": counted
					// people too.
					if isRoleToken(toks[k], d) != "" || countedBefore(toks, k, k+1) {
						accused = nil
						break
					}
				}
			}
			if len(accused) == 0 {
				continue
			}
			var subj *part
			for k := range parts {
				p := parts[k]
				if p.e != accused[0].e && p.prep == "" && !p.obj && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
					subj = &parts[k]
					break
				}
			}
			// "erstattete die Mietervereinigung Dornfeld Strafanzeige":
			// a name read only in the tail of a longer one the text does
			// not know is no subject; the body that filed is unnamed.
			if subj != nil && d.tailOfUnknownNameDE(s, subj.m) {
				continue
			}
			if subj == nil {
				subj = d.organSubject(s, parts, c)
			}
			// "Ermittler haben Anklage gegen X erhoben": a body the text
			// does not name brought it; no other accuser is borrowed.
			if subj == nil && d.unnamedSubjectDE(s) {
				continue
			}
			if subj == nil {
				// "Die Vorwürfe richten sich gegen X": the accuser is the
				// one the text has named.
				if accuser := d.implicitAccuser(s, parts, accused); accuser != nil {
					emit(accuser, ents(d.coordinated(s, parts, accused)), "de.vorwuerfe.nominal", 0.7, accused[0].m.t1)
				}
				continue
			}
			// "Die DUH und der VCD haben Klage gegen die Stadt
			// eingereicht": each of them.
			for _, sp := range d.coSubjects(s, parts, subj, c) {
				emit(party(sp.e), ents(d.coordinated(s, parts, accused)), "de.vorwuerfe.nominal", 0.85, accused[0].m.t1)
			}
		// "X steht im Verdacht, …", "X is suspected of …": a suspicion
		// voiced by an implicit accuser.
		case d.lang == "de" && f == "verdacht" && c > 0 && (toks[c-1].fold == "im" || toks[c-1].fold == "dem" || toks[c-1].fold == "unter") ||
			d.lang == "de" && suspectAdjDE[f] && copulaBefore(toks, c) ||
			d.lang == "en" && f == "suspected" && c+1 < len(toks) && toks[c+1].fold == "of":
			var accused []part
			for _, p := range parts {
				if p.m.t1 <= c && p.prep == "" && p.e.typ != claimgraph.Document {
					accused = []part{p}
				}
			}
			if len(accused) == 0 {
				continue
			}
			// "Laut Staatsanwaltschaft steht Lang im Verdacht": the
			// source the sentence cites holds the suspicion.
			accuser := d.lautHolder(s)
			if accuser == nil {
				accuser = d.implicitAccuser(s, parts, accused)
			}
			// "The three companies are suspected of …": a plural
			// description is all of them.
			if g := groupParts(accused[0]); g != nil {
				accused = g
			}
			if accuser != nil {
				emit(accuser, ents(accused), d.lang+".suspicion.reported", 0.65, c+1)
			}
		// German reported speech: "X soll ... haben".
		case d.lang == "de" && reportedModal[f] && hasLaterAny(toks, c, reportedInf):
			end := d.pastAppositionDE(s, clauseEnd(toks, c))
			// "Laut Haftbefehl soll der 34-Jährige …": a pleading states
			// allegations by nature.
			// (The clause may go on in a zu-infinitive of its purpose:
			// "beauftragt haben, Betriebsräte zu observieren".)
			needSuspicion := !reportedWrongdoing(toks, c, zuClauseEndDE(toks, end)) && !ohneClauseWrongDE(toks, end) && !d.citesPleading(s) && d.outletSource(s) == nil
			var accused *part
			// "Wie die Nachrichtenagentur X meldet, soll der Vorstandschef
			// …": a masculine "der" after the modal opens the subject when
			// none stands before it, whatever another clause holds.
			subjBefore := false
			for _, p := range parts {
				if p.prep == "" && !p.obj && p.e.typ != claimgraph.Document && (p.m.t1 == c || p.m.t1 == c-1) {
					subjBefore = true
				}
			}
			for k := range parts {
				p := parts[k]
				if p.e.typ == claimgraph.Document || p.prep != "" || p.obj && !(p.art == "der" && !subjBefore && p.m.t0 > c && (d.caseDE(p) == 'n' || d.caseDE(p) == 0 && p.e.typ == claimgraph.Official)) {
					continue
				}
				// "sollen die Manager gefälschte Begleitscheine verwendet
				// haben": people of a body, read as the body, are unnamed
				// people, not the body.
				if p.m.kind == mDesc && p.e.typ != claimgraph.Official && pluralKind(toks[p.m.t1-1].fold) == claimgraph.Official {
					continue
				}
				// "soll ein Moskauer IT-Dienstleister namens X": a naming
				// word before the name widens the phrase.
				named := p.m.t0 > 0 && toks[p.m.t0-1].fold == "namens"
				gapOK := p.m.t0 > c && (p.m.t0 <= c+4 || named && p.m.t0 <= c+6)
				for g := c + 1; gapOK && g < p.m.t0; g++ {
					tg := toks[g]
					// "soll der Katastrophenschutzverein X": a body's
					// descriptor too.
					// "soll die Moskauer Medienfirma X": a place's
					// adjective before the descriptor.
					placeAdj := tg.cap && strings.HasSuffix(tg.fold, "er") && g+1 < p.m.t0 && (d.isCompanyDescriptor(toks[g+1]) || d.bodyDescriptor(toks[g+1]))
					if named && g == p.m.t0-1 {
						continue
					}
					if !(articles[tg.fold] || isRoleToken(tg, d) != "" || tg.word && !tg.cap && isAdjDE(tg) || strings.Contains(tg.fold, "jaehrig") || d.isCompanyDescriptor(tg) || g == p.m.t0-1 && d.bodyDescriptor(tg) || focusAdverbsDE[tg.fold] || attrAdjDE(toks, g) || placeAdj) {
						gapOK = false
					}
				}
				// "die Lindner & Söhne Bauunternehmung aus Unna sollen": a
				// place phrase between the subject and the modal.
				placeGap := p.m.t1 == c-2 && (toks[c-2].fold == "aus" || toks[c-2].fold == "in") && toks[c-1].cap && d.mentionAt(s, c-1) == nil
				if gapOK || p.m.t1 == c || p.m.t1 == c-1 || placeGap {
					accused = &parts[k]
					if gapOK {
						break
					}
				}
			}
			// "soll die Geschäftsführung der Sanovia Kliniken AG …": a
			// company organ stands for the company named after it.
			if accused == nil {
				accused = d.organAfterModalDE(s, parts, c)
			}
			accusedList := []*entity{}
			accusedParts := []part{}
			if accused == nil {
				// "sollen die Vorstände der Genossenschaft X, A und B,
				// …": the people the role names in apposition.
				list := d.roleAppositionDE(s, parts, c+1)
				if len(list) == 0 {
					continue
				}
				accused = &list[0]
				for _, p := range list {
					accusedList = append(accusedList, p.e)
				}
				accusedParts = list
			} else if g := accused.m.group; len(g) > 1 {
				// "sollen die drei Unternehmen die Preise abgestimmt
				// haben": a plural description is all of them.
				for _, e := range g {
					p := *accused
					p.e = e
					accusedList = append(accusedList, e)
					accusedParts = append(accusedParts, p)
				}
			} else {
				accusedList = append(accusedList, accused.e)
				accusedParts = append(accusedParts, *accused)
				// "Die A AG aus Dortmund, die B GmbH aus Hamm und die C
				// sollen …": the subjects listed before the one next to
				// the modal.
				if accused.m.t1 <= c {
					for _, q := range d.listBeforeDE(s, parts, accused) {
						accusedList = append([]*entity{q.e}, accusedList...)
						accusedParts = append(accusedParts, q)
					}
				}
			}
			// A deed in the reportative perfect needs no word of wrong
			// where a source or a claim frames it (reportedDeedDE).
			if needSuspicion && !d.suspicionOf(s, c, end, accused.e) && !(reportedDeedDE(toks, c, end) && d.claimContext(s)) {
				continue
			}
			// "X soll nach Erkenntnissen des Hauptzollamts …": the holder
			// of a stance phrase is the accuser; one the text does not
			// name leaves the accuser unknown.
			accuser, stance := d.stanceHolder(s)
			if stance && accuser == nil {
				continue
			}
			// "X soll … haben. Das geht aus einem Prüfbericht der Y
			// hervor": the next sentence names the source.
			if accuser == nil && !d.citesSource(s) {
				accuser = d.followingSourceDE(s)
			}
			// "Die Kommission hat drei Hersteller beschuldigt. Betroffen
			// sind A, B und C. … Die drei Firmen sollen …": the group
			// named after a charge against unnamed parties.
			if accuser == nil && len(accused.m.group) > 1 {
				accuser = d.pendingForGroupDE(s, accused.m.group)
			}
			if accuser == nil {
				accuser = d.implicitAccuser(s, parts, accusedParts)
			}
			if accuser != nil && accuser != accused.e {
				emit(accuser, accusedList, "de.sollen.reported", 0.7, c+1)
			}
		// German reported speech without a verb of saying: "Die Umwelthilfe
		// erhebt Vorwürfe gegen Rentora. Das Unternehmen habe Abgaswerte
		// manipuliert." The subjunctive carries on the accuser of the
		// accusation just before.
		// "Um die Unterbesetzung zu verschleiern, habe die
		// Geschäftsführung …": after an infinitive of purpose.
		case d.lang == "de" && konjunktivDE[f] && !t.cap && (c <= 6 || c == purposeLeadDE(toks)):
			d.subjunctiveFrame(s, parts, c, emit)
		// "Kaldonien schicke seit Wochen Drohnen über die Grenze": a
		// full verb in the subjunctive right after the subject.
		case d.lang == "de" && c <= 5 && d.konjunktivVerbDE(s, parts, c):
			d.subjunctiveFrame(s, parts, c, emit)
		// "Demnach leite das Unternehmen Chemikalien in den Fluss ein":
		// after the adverb that cites what was just presented the finite
		// verb comes first, its subject right after it.
		case d.lang == "de" && c == 1 && backReportDE(toks) && d.invertedAfterBackReportDE(s, parts, c):
			d.subjunctiveFrame(s, parts, c, emit)
		// "Demnach hat der Landrat seinen Dienstwagen für private
		// Fahrten genutzt": the source's finding, told in the
		// indicative perfect.
		case d.lang == "de" && c == 1 && toks[0].fold != "laut" && backReportDE(toks) && perfectAuxDE[f]:
			d.subjunctiveFrame(s, parts, c, emit)

		// English: "X accused Y of", "X charged Y with", "X sued Y".
		// "World Athletics has banned X …, the Athletics Integrity Unit
		// said": the ban reports the speaker's charge, not its own.
		case d.lang == "en" && (f == "banned" || f == "bans") && d.closingSpeaker(s, c):
			continue
		// ("X and Y blamed each other for …" is read as a mutual
		// accusation below.)
		case d.lang == "en" && (accuseEN[f] || chargeEN[f] || citeEN[f] && hasLater(toks, c, "for") ||
			(f == "blamed" || f == "blame" || f == "blaming") && c+2 < len(toks) && (toks[c+1].fold == "each" && toks[c+2].fold == "other" || toks[c+1].fold == "one" && toks[c+2].fold == "another")):
			if f == "charges" || f == "sanctions" || f == "charge" || f == "claim" {
				// nouns: handled as "charges against"
				if c+1 < len(toks) && toks[c+1].fold == "against" {
					d.againstFrame(s, parts, c+1, emit)
				}
				continue
			}
			// "was not accused of wrongdoing", "has never been charged".
			if negatedCue(toks, c) {
				continue
			}
			// "he had charged it interest of 11%", "charges customers a
			// fee": billing, not a charge of wrongdoing.
			if strings.HasPrefix(f, "charg") && billedAfter(toks, c) {
				continue
			}
			// "Crestway denied accusing the union of lying": the subject
			// rejects having accused anyone.
			if strings.HasSuffix(f, "ing") && c > 0 && (denyEN[toks[c-1].fold] || toks[c-1].fold == "rejected" || toks[c-1].fold == "rejects") {
				continue
			}
			// ("is suing", "are accusing": a progressive is active.)
			if !strings.HasSuffix(f, "ing") && (c > 0 && passiveAux[toks[c-1].fold] || c > 1 && passiveAux[toks[c-2].fold] && toks[c-1].word && !toks[c-1].cap || passiveAcrossTimeEN(toks, c)) {
				// "Neither Kappa Bank nor its auditor was accused of …".
				if hasBefore(toks, c, "neither") {
					continue
				}
				// "X was accused of", "X has been charged with"
				var accused []part
				for _, p := range parts {
					if p.m.t1 <= c && p.prep == "" && p.e.typ != claimgraph.Document {
						accused = []part{p}
					}
				}
				// "…, an awkward moment for Harcourt Lyle, which was fined
				// £9.2m by the FCA": the antecedent of a relative clause is
				// its subject whatever governs it in the main clause.
				if ante := d.relativeAntecedentEN(s, parts, c); ante != nil {
					accused = []part{*ante}
				}
				// "said the storm, not any supplier, was to blame": the
				// copula's own subject is the party blamed, not one the
				// sentence names before it.
				if f == "blame" && toks[c-1].fold == "to" && len(accused) == 1 && !toBlameSubjectEN(toks, accused[0].m.t1, c) {
					continue
				}
				// "Peter Lyle and Simon Okoro are accused of …".
				if len(accused) == 1 {
					accused = d.coSubjects(s, parts, &accused[0], c)
				}
				// "Three Baltic shipping lines, including Nordwave Ferries
				// and Kastel Line, were accused by …": the members the
				// unnamed subject names.
				for i, p := range parts {
					if p.m.t1 < c && p.prep == "including" && p.m.t0 >= 2 && toks[p.m.t0-2].text == "," && p.e.typ != claimgraph.Document {
						list := d.coordinated(s, parts[i:], []part{p})
						if len(accused) == 0 || len(accused) == 1 && accused[0].e == list[len(list)-1].e {
							accused = list
						}
						break
					}
				}
				if len(accused) == 0 {
					// "Two housebuilders have been accused by the CMA of …":
					// the parties are named in the next sentences.
					if by := d.byAgent(s, parts, c); by != nil && d.unnamedParties(s, 0, c) {
						d.notePending(by, s)
					}
					continue
				}
				accuser := d.byAgent(s, parts, c)
				if accuser == nil {
					// "accused by a group of independent film producers
					// of …": the body the next sentences name.
					accuser = d.unnamedAgent(s, c)
				}
				// "is being sued by investors who …": an agent the
				// sentence leaves unnamed is no one the text named before.
				if accuser == nil && c+2 < len(toks) && toks[c+1].fold == "by" && toks[c+2].word && !toks[c+2].cap && d.mentionAt(s, c+2) == nil && !articles[toks[c+2].fold] {
					continue
				}
				if accuser == nil {
					accuser = d.implicitAccuser(s, parts, accused)
				}
				if accuser != nil {
					emit(accuser, ents(accused), "en."+ruleVerb(f)+".passive", 0.8, c+1)
				}
				continue
			}
			// "Tallis Power, which Norvik Energy accused of rigging
			// auctions, denied …": the object of a relative clause is the
			// name before the comma.
			if c+1 < len(toks) && (toks[c+1].fold == "of" || toks[c+1].fold == "with" || toks[c+1].fold == "for") {
				if acc, accd := d.relativeObjectEN(s, parts, c); acc != nil {
					emit(d.docAuthorOr(acc.e, s), []*entity{accd.e}, "en."+ruleVerb(f)+".relative", 0.85, c+1)
					continue
				}
			}
			subj := d.subjectEN(parts, c)
			if strings.HasSuffix(f, "ing") {
				// "..., accusing them of", "with a counterclaim accusing":
				// the participle's subject is the clause's subject.
				subj = d.clauseSubject(parts, c)
				// "Brantley faces a challenge after the union filed a
				// lawsuit accusing it of …": the subject of the verb that
				// put out the paper the participle is on.
				if v := paperVerbBefore(toks, c); v > 0 {
					if ps := d.subjectEN(parts, v); ps != nil && ps.m.t1 <= v {
						subj = ps
					}
				}
			}
			if subj == nil {
				subj = d.organSubjectEN(s, parts, c)
			}
			// "A patients' group has accused the hospital trust of …":
			// the body the description names elsewhere.
			if subj == nil && !strings.HasSuffix(f, "ing") {
				subj = d.indefiniteSubjectEN(s, c)
			}
			// "Norvik Energy and Tallis Power accused each other of …":
			// each accuses the others.
			if subj != nil && c+2 < len(toks) && (toks[c+1].fold == "each" && toks[c+2].fold == "other" || toks[c+1].fold == "one" && toks[c+2].fold == "another") {
				if subs := d.coSubjects(s, parts, subj, c); len(subs) > 1 {
					for _, a := range subs {
						for _, b := range subs {
							if party(a.e) != party(b.e) {
								emit(party(a.e), []*entity{b.e}, "en."+ruleVerb(f)+".mutual", 0.85, c+3)
							}
						}
					}
				}
				continue
			}
			if subj != nil && subj.e.typ == claimgraph.Document && subj.m.t0 > 0 && (toks[subj.m.t0-1].fold == "whose" || subj.m.t0 > 1 && toks[subj.m.t0-2].fold == "whose") {
				subj = d.docWriter(s, parts, subj)
			}
			var accused []part
			// The object stands between the verb and its complement
			// ("charged four former managers of Nexora with fraud" has
			// no named object); a party after it is elsewhere in the
			// sentence.
			bound := len(toks)
			for k := c + 1; k < len(toks); k++ {
				// "accused Tom Ferris of Ireland of lying": the place is
				// part of the object's name.
				if toks[k].fold == "of" && k > c+1 {
					if m := d.mentionAt(s, k-1); m != nil && m.t1 == k && m.kind != mDoc {
						if e := placeOfEnd(toks, k); e > k {
							k = e - 1
							continue
						}
					}
				}
				if f := toks[k].fold; f == "with" || f == "of" || f == "for" || f == "over" || toks[k].text == "," && d.mentionAt(s, k) == nil {
					bound = k
					break
				}
				// "blamed the detentions on X and accused the government
				// of …": the next verb's object is not this one's.
				if d.lang == "en" && k > c+1 && (accuseEN[toks[k].fold] || chargeEN[toks[k].fold]) && toks[k-1].fold == "and" {
					bound = k
					break
				}
			}
			for _, p := range parts {
				// "cracked down on X" governs X; "banned 14 supporters
				// identified on CCTV" does not: the preposition must
				// follow the verb.
				onVerb := c+1 < len(toks) && (toks[c+1].fold == "on" || toks[c+1].fold == "against")
				if p.m.t0 > c && p.m.t0 < bound && p.e.typ != claimgraph.Document && (p.prep == "" || (p.prep == "on" || p.prep == "against") && onVerb) && !d.premodifiesStaff(p.m) {
					accused = []part{p}
					break
				}
			}
			// "accused its rival, Tom Ferris, of …": a description the
			// name in apposition spells out is that name, whatever the
			// description was resolved to.
			if len(accused) == 1 && accused[0].m.kind == mDesc && accused[0].m.t1+1 < len(toks) && toks[accused[0].m.t1].text == "," {
				for _, p := range parts {
					if p.m.t0 == accused[0].m.t1+1 && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication && p.m.kind != mDesc && p.m.kind != mPron &&
						p.m.t1 < len(toks) && toks[placeOfEnd(toks, p.m.t1)].text == "," {
						accused = []part{p}
						break
					}
				}
			}
			// "accusing his challenger, the Swedish former world champion
			// Ingrid Solvang, of …", "accused the minister for defence
			// procurement, Alistair Kenward, of …": a description whose
			// apposition, with descriptors of its own, names the party.
			if (len(accused) == 0 || accused[0].m.kind == mDesc) && bound < len(toks) && toks[bound].text == "," {
				if p := d.appositionNamed(s, parts, bound); p != nil {
					accused = []part{*p}
				}
			}
			// "accused the board of Halden Foods of …": the organ of a
			// body stands for the body.
			if len(accused) == 0 {
				for i, p := range parts {
					if p.m.t0 > c && p.m.t0 <= c+5 && p.prep == "of" && p.e.isOrg() && p.m.t0 >= 2 && organWords[toks[p.m.t0-2].fold] {
						// "sued two former executives of Kestrel Capital,
						// Anna Price and Tom Reyes,": the persons in
						// apposition are the accused, not the company.
						if i+1 < len(parts) && p.m.t1 < len(toks) && toks[p.m.t1].text == "," && parts[i+1].m.t0 == p.m.t1+1 && parts[i+1].e.typ == claimgraph.Official {
							accused = d.coordinated(s, parts, []part{parts[i+1]})
							break
						}
						accused = []part{p}
						break
					}
				}
			}
			// "blamed last winter's blackouts on Tallis Power": the party
			// a deed is blamed on.
			if len(accused) == 0 && (f == "blamed" || f == "blames" || f == "blame" || f == "blaming") {
				if p := d.blamedOnEN(s, parts, c); p != nil {
					accused = []part{*p}
				}
			}
			// "accusing management of …": the organ of the company the
			// sentence names.
			if len(accused) == 0 && c+1 < len(toks) && (organWords[toks[c+1].fold] || c+2 < len(toks) && articles[toks[c+1].fold] && organWords[toks[c+2].fold]) {
				for j := len(parts) - 1; j >= 0; j-- {
					if p := parts[j]; p.m.t0 < c && p.e.typ == claimgraph.Company {
						accused = []part{p}
						break
					}
				}
				// "The union representing lecturers at the University of
				// Westmarch has accused management of …", "accused the
				// management of cutting staff in homes run by Harwell Care":
				// else the one other body the sentence names around the
				// organ, a university or a trust as much as a firm, and
				// else the body the text is about; never the accuser's own.
				if len(accused) == 0 {
					if e := d.bareOrganBody(s, parts, c, subj); e != nil {
						accused = []part{*e}
					}
				}
			}
			// "accused city officials of …", "accused hospital managers
			// of …": staff premodified by the word the text names a body
			// with ("the city of Port Alden", "the hospital") are that
			// body's, if exactly one body in view fits.
			if len(accused) == 0 && bound == c+3 && premodStaffEN[toks[c+2].fold] && toks[c+1].word && !toks[c+1].cap && !functionWords[toks[c+1].fold] {
				var own *entity
				if subj != nil {
					own = party(subj.e)
				}
				if e := d.premodBody(s, toks[c+1].fold, own); e != nil {
					accused = []part{{e: e, m: &mention{sent: s, t0: c + 1, t1: c + 3, kind: mDesc}}}
				}
			}
			// "accuses both hospital management and the Regional Health
			// Authority West of …": such staff or organ coordinated
			// before a named party is accused with it.
			if len(accused) > 0 && d.lang == "en" {
				j := c + 1
				if j < len(toks) && toks[j].fold == "both" {
					j++
				}
				if a0 := accused[0].m.t0; j+2 < len(toks) && toks[j].word && !toks[j].cap && !functionWords[toks[j].fold] && premodStaffEN[toks[j+1].fold] && toks[j+2].fold == "and" &&
					(a0 == j+3 || a0 == j+4 && articles[toks[j+3].fold]) {
					var own *entity
					if subj != nil {
						own = party(subj.e)
					}
					if e := d.premodBody(s, toks[j].fold, own); e != nil && e != accused[0].e {
						accused = append([]part{{e: e, m: &mention{sent: s, t0: j, t1: j + 2, kind: mDesc}}}, accused...)
					}
				}
			}
			// "accusing the club's owners of …": a body's organs or
			// owners stand for the body.
			if len(accused) == 0 {
				for _, p := range parts {
					if p.m.t0 > c && p.m.t0 < bound && p.prep == "poss" && p.e.isOrg() && p.m.t1 < len(toks) {
						n := p.m.t1
						if n < len(toks) && (toks[n].text == "'s" || toks[n].text == "’s") {
							n++
						}
						if n < len(toks) && organWords[toks[n].fold] {
							accused = []part{p}
						}
						break
					}
				}
			}
			// "sued the publisher of the Daily Mail, Associated
			// Newspapers Ltd, alleging": the name in apposition to an
			// unnamed object.
			if len(accused) == 0 && bound < len(toks) && toks[bound].fold == "of" {
				for _, p := range parts {
					// "accused two of its rivals, Barrow Funds and Lintel
					// Partners, of …": a list in apposition.
					if p.m.t0 > bound && p.m.t0 <= c+12 && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication &&
						toks[p.m.t0-1].text == "," && (p.m.t1 >= len(toks) || toks[p.m.t1].text == "," || toks[p.m.t1].fold == "and") {
						accused = []part{p}
						break
					}
				}
			}
			// "accused Morland's state-owned hydropower company, MorHydro,
			// of …", "accused the board's chairman, Tomas Ribeira, of …":
			// a described object names itself in apposition.
			if len(accused) == 0 && bound < len(toks) && toks[bound].text == "," && d.describedObject(s, c+1, bound) {
				for _, p := range parts {
					// ("his challenger, Anna Lind of Sweden, of …").
					if p.m.t0 == bound+1 && p.prep == "" && p.e.typ != claimgraph.Document && p.m.t1 < len(toks) && (toks[placeOfEnd(toks, p.m.t1)].text == "," || toks[p.m.t1].fold == "and") {
						accused = []part{p}
						break
					}
				}
			}
			// "accused five of the country's largest housebuilders,
			// including Barrowdale Homes and Kestrel Living, of …": the
			// members an unnamed group names are the accused.
			if len(accused) == 0 {
				for i, p := range parts {
					if p.m.t0 <= c+2 || p.m.t0 > c+16 || p.prep != "including" || toks[p.m.t0-2].text != "," || p.e.typ == claimgraph.Document {
						continue
					}
					list := d.coordinated(s, parts[i:], []part{p})
					end := list[len(list)-1].m.t1
					if end+1 < len(toks) && toks[end].text == "," && (toks[end+1].fold == "of" || toks[end+1].fold == "with" || toks[end+1].fold == "for" || toks[end+1].fold == "over") {
						accused = list
					}
					break
				}
			}
			if f == "accusing" || f == "accused" && len(accused) > 0 && accused[0].m.t0 > c+2 {
				// "..., accusing them of": the objects of the main verb
				// (a participle on a paper, "filed a lawsuit accusing it
				// of", keeps the pronoun's own party).
				if c+1 < len(toks) && paperVerbBefore(toks, c) == 0 && (toks[c+1].fold == "them" || toks[c+1].fold == "it" || toks[c+1].fold == "him" || toks[c+1].fold == "her") {
					objs := d.mainObjects(s, parts, c)
					switch toks[c+1].fold {
					case "them":
						accused = objs
					case "him", "her":
						// "named the chief executive of X as a suspect,
						// accusing him": the person among the objects.
						for _, o := range objs {
							if o.e.typ == claimgraph.Official {
								accused = []part{o}
								break
							}
						}
					default:
						for _, o := range objs {
							if o.e.isOrg() {
								accused = []part{o}
								break
							}
						}
					}
				}
			}
			if subj != nil && len(accused) == 0 && d.unnamedParties(s, c+1, min(len(toks), c+10)) {
				// "Which? has accused three supermarkets of …".
				d.notePending(d.docAuthorOr(subj.e, s), s)
			}
			// "Management in turn accused the union of …", "The board
			// accused the association of …": an organ no name follows
			// speaks for the body the text is about, the side the
			// accused stands against.
			if subj == nil && len(accused) > 0 && bareOrganOpensEN(toks, c) {
				if e := d.organOwner(s, c, party(accused[0].e)); e != nil {
					emit(e, ents(d.coordinated(s, parts, accused)), "en."+ruleVerb(f)+".organ", 0.8, c+1)
				}
				continue
			}
			// "City officials accused the platform of …", "Hospital
			// managers in turn accused the union of …": the body the
			// premodifier names.
			if w := premodStaffOpensEN(toks, c); subj == nil && len(accused) > 0 && w != "" {
				if e := d.premodBody(s, w, party(accused[0].e)); e != nil {
					emit(e, ents(d.coordinated(s, parts, accused)), "en."+ruleVerb(f)+".staff", 0.75, c+1)
				}
				continue
			}
			if subj == nil || len(accused) == 0 {
				continue
			}
			// "short seller Grayfox published a report accusing the
			// company of …": a description that found the accuser means
			// the other company of the sentence.
			// So does a pronoun ("sued the Courant over an article that
			// accused it of …": the article's outlet does not accuse
			// itself), whatever its type.
			if (accused[0].m.kind == mDesc || accused[0].m.kind == mPron && c >= 2 && mediaPieces[toks[c-2].fold]) && party(accused[0].e) == party(subj.e) {
				pron := accused[0].m.kind == mPron && c >= 2 && mediaPieces[toks[c-2].fold]
				for _, p := range parts {
					if (p.e.typ == accused[0].e.typ || pron && p.e.isOrg()) && party(p.e) != party(subj.e) && p.m.t0 < c && p.m.kind != mDesc && p.m.kind != mPron {
						accused = []part{p}
						break
					}
				}
			}
			// "accused Nordwind Shipping and two rivals of …": the rivals
			// are named in the next sentences.
			if list := d.coordinated(s, parts, accused); bound < len(toks) && list[len(list)-1].m.t1 < bound && toks[list[len(list)-1].m.t1].fold == "and" &&
				d.unnamedParties(s, list[len(list)-1].m.t1, bound) {
				d.notePending(d.docAuthorOr(subj.e, s), s)
			}
			// "accused Tallis Power of rigging auctions and Selby Networks
			// of hiding outage data": a second object with a complement
			// of its own.
			if bound < len(toks) && (toks[bound].fold == "of" || toks[bound].fold == "with" || toks[bound].fold == "for") {
				for _, p := range parts {
					a := p.m.t0 - 1
					for a > bound+1 && p.m.t0-a <= 3 && toks[a].word && !toks[a].cap && !functionWords[toks[a].fold] {
						a-- // "and rival club Portside United with …"
					}
					if p.m.t0 > bound+1 && p.prep != "poss" && toks[a].fold == "and" && p.m.t1 < len(toks) && toks[p.m.t1].fold == toks[bound].fold &&
						p.e.typ != claimgraph.Document && p.e != subj.e {
						accused = append(d.coordinated(s, parts, accused), p)
					}
				}
			}
			subjects := d.coSubjects(s, parts, subj, c)
			// "The complaint, lodged … by A and B, accuses X of …": each
			// filer accuses.
			if filers := d.docFilers(s, parts, c); len(filers) > 0 {
				subjects = filers
			}
			for _, sp := range subjects {
				accuser, accusedEnts := d.splitSelf(s, sp, d.coordinated(s, parts, withoutSelf(accused, sp)))
				emit(accuser, accusedEnts, "en."+ruleVerb(f)+".active", 0.9, c+1)
			}
		// "The commission has referred the party's former treasurer,
		// John Doe, to the police", "X was referred to prosecutors by
		// the regulator": a referral to a criminal authority charges its
		// object with a possible crime, as a German "Strafanzeige" does.
		case d.lang == "en" && referEN[f]:
			d.referralFrame(s, parts, c, emit)
		// "held X responsible for", "condemned X('s) …": blame without
		// an accusing verb.
		case d.lang == "en" && (f == "responsible" || f == "accountable") && d.heldBefore(toks, c):
			h := c - 1
			for h > 0 && !holdForms[toks[h].fold] {
				h--
			}
			subj := d.subjectEN(parts, h)
			var accused []part
			for _, p := range parts {
				if p.m.t0 > h && p.m.t1 <= c && p.e.typ != claimgraph.Document && (p.prep == "" || p.prep == "poss") {
					accused = []part{p}
					break
				}
			}
			if subj != nil && len(accused) > 0 {
				accuser, accusedEnts := d.splitSelf(s, *subj, accused)
				emit(accuser, accusedEnts, "en.hold.responsible", 0.8, c+1)
			}
		// "The company also pointed the finger at Meridian, the staffing
		// agency …": the idiom blames the party after "at" (not when it
		// is negated or said of someone else's finger-pointing).
		case d.lang == "en" && f == "finger" && c >= 2 && c+1 < len(toks) && toks[c+1].fold == "at" && toks[c-1].fold == "the" && pointForms[toks[c-2].fold] &&
			!negatedCue(toks, c-2):
			subj := d.subjectEN(parts, c-2)
			if subj == nil {
				continue
			}
			for _, p := range parts {
				if p.m.t0 == c+2 || p.m.t0 == c+3 && articles[toks[c+2].fold] {
					if p.e != subj.e && party(p.e) != party(subj.e) && p.e.typ != claimgraph.Document {
						accuser, accused := d.splitSelf(s, *subj, []part{p})
						emit(accuser, accused, "en.blame.finger", 0.75, c+1)
					}
					break
				}
			}
		// "The FDA has warned VitaCore that it illegally marketed …": a
		// warning that states misconduct, not a mere concern.
		case d.lang == "en" && (f == "warned" || f == "warns") && hasLater(toks, c, "that") && !(c > 0 && passiveAux[toks[c-1].fold]):
			subj := d.subjectEN(parts, c)
			th := c + 1
			for th < len(toks) && toks[th].fold != "that" {
				th++
			}
			if subj == nil || !hasWrongdoing(toks, th, len(toks)) || negatedCue(toks, th+2) {
				continue
			}
			for _, p := range parts {
				if p.m.t0 > c && p.m.t0 < th && p.prep == "" && p.e.typ != claimgraph.Document && p.e != subj.e {
					emit(d.docAuthorOr(subj.e, s), []*entity{p.e}, "en.warn.that", 0.7, th+1)
					break
				}
			}
		case d.lang == "en" && condemnEN[f] && !(c > 0 && passiveAux[toks[c-1].fold]):
			subj := d.subjectEN(parts, c)
			if subj == nil {
				continue
			}
			var accused []part
			for _, p := range parts {
				if p.m.t0 > c && p.m.t0 <= c+12 && p.e != subj.e && party(p.e) != party(subj.e) && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication &&
					(p.prep == "" || p.prep == "poss" || p.prep == "by") {
					accused = []part{p}
					break
				}
			}
			if len(accused) > 0 {
				emit(d.docAuthorOr(subj.e, s), ents(accused), "en.condemn.active", 0.75, c+1)
			}
		// "imposed sanctions on X", "filed a lawsuit against X",
		// "allegations against X".
		case d.lang == "en" && (f == "on" || f == "against") && c > 0 && (againstEN[toks[c-1].fold] || toks[c-1].fold == "sanctions"):
			d.againstFrame(s, parts, c, emit)
		case d.lang == "en" && f == "added" && hasLaterAny(toks, c, listEN):
			subj := d.subjectEN(parts, c)
			var accused []part
			for _, p := range parts {
				if p.m.t0 > c && p.prep == "" && p.e.typ != claimgraph.Document {
					accused = []part{p}
					break
				}
			}
			if subj != nil && len(accused) > 0 {
				emit(party(subj.e), ents(accused), "en.entitylist.sanction", 0.75, c+1)
			}
		// "The case follows reports in the Sunday Ledger that X had …",
		// "rejected claims by Greenwatch that it had dumped waste": a
		// noun of claiming with its source and a clause of content.
		case d.lang == "en" && claimNounsEN[f] && c+3 < len(toks) && claimNounPreps[toks[c+1].fold]:
			d.claimNounFrame(s, parts, c, emit)
		// "X alleges that Y ...", "the letter alleges that Y ...".
		case d.lang == "en" && (allegeEN[f] || flagEN[f] || f == "saying" && d.pleadingBefore(s, c) && hasWrongdoing(toks, c, len(toks))):
			// "Pellow Ferries falsified its maintenance logs, the union
			// has claimed", "…, claims the union": a claim closed by its
			// speaker reads like "…, the union said" (the perfect's
			// auxiliary stands where the verb would).
			if allegeEN[f] && c >= 3 {
				v := c
				if (toks[c-1].fold == "has" || toks[c-1].fold == "have" || toks[c-1].fold == "had") && c >= 4 {
					v = c - 1
				}
				if (toks[v-1].text == "," || d.mentionAt(s, v-1) != nil) && d.closingAttribution(s, parts, v, emit) {
					continue
				}
			}
			if f == "alleged" && c+1 < len(toks) && toks[c+1].word && !toks[c+1].cap && toks[c+1].fold != "that" {
				// "the alleged fraud", "sued the company over alleged
				// poaching": an adjective
				if c > 0 && (articles[toks[c-1].fold] || prepositions[toks[c-1].fold] && !subordinators[toks[c-1].fold] || possessives[toks[c-1].fold] || toks[c-1].fold == "its" || toks[c-1].fold == "their") {
					continue
				}
			}
			// "Dr. X, 48, is alleged to have supplied …", "are alleged to
			// have": a passive; X is the accused, not the one alleging,
			// and the accuser is the one who brought the case before (a
			// closing "…, FISA said" is read by the said frame).
			if f == "alleged" && c > 0 && passiveAux[toks[c-1].fold] {
				if c+1 < len(toks) && toks[c+1].fold == "to" && !d.closingSpeaker(s, c) {
					if subj := d.subjectEN(parts, c); subj != nil && subj.m.t1 <= c && subj.e.typ != claimgraph.Document && subj.e.typ != claimgraph.Publication {
						accused := []part{*subj}
						if accuser := d.implicitAccuser(s, parts, accused); accuser != nil && party(accuser) != party(subj.e) {
							emit(accuser, ents(accused), "en.allege.passive", 0.7, c+1)
						}
					}
				}
				continue
			}
			subj := d.subjectEN(parts, c)
			// "the National Labor Relations Board's regional director in
			// Cincinnati alleged that …": a body's unnamed officer claims
			// for the body.
			if subj == nil {
				subj = d.possRoleSubjectEN(s, parts, c)
			}
			// "Kent County Council's trading standards service alleges
			// that …": a body's unit alleges for the body.
			if subj == nil {
				subj = d.organSubjectEN(s, parts, c)
			}
			switch {
			case c > 0 && (toks[c-1].fold == "that" || toks[c-1].fold == "which"):
				// "lodged a formal complaint with the regulator that
				// alleges …": the relative pronoun stands for the
				// document, whoever filed it accuses.
				for k := len(parts) - 1; k >= 0; k-- {
					if p := parts[k]; p.m.t1 <= c-1 && p.m.t1 >= c-10 && p.e.typ == claimgraph.Document {
						subj = &parts[k]
						break
					}
				}
			case strings.HasSuffix(f, "ing") && c > 0 && toks[c-1].text == ",",
				strings.HasSuffix(f, "ing") && subj != nil && subj.prep != "":
				// "…, alleging", "filed a petition with the NLRB
				// alleging": the participle's subject is the clause's.
				subj = d.clauseSubject(parts, c)
			}
			subj = d.docWriter(s, parts, subj)
			// "The Courant's reporting alleged that …": the party whose
			// piece is the subject alleges through it.
			if subj == nil && d.lang == "en" {
				subj = d.possessorPiece(s, parts, c)
			}
			if subj == nil {
				continue
			}
			// "She alleges she was fired after reporting …": a person who
			// says she was dismissed accuses her employer of retaliation,
			// not whoever the clause names next.
			if employer, ok := d.dismissedSelf(s, parts, subj, c); ok {
				if employer != nil {
					emit(subj.e, []*entity{employer}, "en."+ruleVerb(f)+".dismissed", 0.7, c+1)
				}
				continue
			}
			var accused []part
			for _, p := range parts {
				// "alleges that the Saltmarsh Gazette published false
				// statements": an outlet that opens the clause with its
				// verb is the accused, not a channel.
				outletSubject := p.e.typ == claimgraph.Publication && p.m.t1 < len(toks) && looksFiniteEN(toks[p.m.t1]) &&
					(p.m.t0 == c+2 && toks[c+1].fold == "that" || p.m.t0 == c+3 && toks[c+1].fold == "that" && articles[toks[c+2].fold])
				if p.m.t0 > c && p.e != subj.e && p.e.typ != claimgraph.Document && (p.e.typ != claimgraph.Publication || outletSubject) {
					accused = []part{p}
					break
				}
			}
			// "alleges that Harcourt Lyle's chief executive, Sir Anthony
			// Brereton, personally …", "that a senior broker at the firm,
			// Declan Rourke, advised …": the name in apposition to the
			// role the clause opens with is its subject.
			if len(accused) == 1 {
				accused = d.appositionSubjectEN(s, parts, accused[0], c)
			}
			// "allege that senior managers ordered staff to alter test
			// results": the unnamed managers act for the company the
			// story is about.
			var staffOf *entity
			if len(accused) == 0 && hasWrongdoing(toks, c, len(toks)) {
				if th := thatAfter(toks, c); th > 0 && managersAt(toks, th+1) {
					staffOf = d.salient(s, th, false, func(e *entity) bool { return e.typ == claimgraph.Company && e != subj.e && party(subj.e) != e })
				}
			}
			if len(accused) == 0 && staffOf == nil {
				// "sued X, alleging that ..." with the object before.
				continue
			}
			if staffOf != nil {
				for _, sp := range d.coSubjects(s, parts, subj, c) {
					emit(d.docAuthorOr(sp.e, s), []*entity{staffOf}, "en."+ruleVerb(f)+".staff", 0.7, c+1)
				}
				continue
			}
			if (f == "claims" || f == "claimed" || f == "claim") && !hasWrongdoing(toks, c, len(toks)) {
				continue
			}
			// "sued Westbury Logistics at the request of X, alleging that
			// it had broken …": "it" in the participle's clause is the
			// main verb's object, not the name said last.
			if accused[0].m.kind == mPron && strings.HasSuffix(f, "ing") && c > 0 && toks[c-1].text == "," && accused[0].m.t0 <= c+3 && accused[0].e.isOrg() {
				if objs := d.mainObjects(s, parts, c); len(objs) > 0 && objs[0].e.isOrg() && objs[0].e != subj.e && party(objs[0].e) != party(subj.e) {
					accused = []part{objs[0]}
				}
			}
			// "alleges that A, B and C coordinated milk prices": each of
			// a list that stands right before the clause's verb.
			if list := d.coordinated(s, parts, accused); len(list) > 1 {
				// ("Morrow and his finance chief, Priya Natarajan, had
				// misled": the comma that closes an apposition.)
				if last := list[len(list)-1].m; last.t1 < len(toks) && (looksFiniteEN(toks[last.t1]) ||
					toks[last.t1].text == "," && last.t1+1 < len(toks) && looksFiniteEN(toks[last.t1+1]) && last.t0 > 0 && toks[last.t0-1].text == "," ||
					listVerbAfterEN(toks, last.t1) > 0) {
					accused = list
				}
			}
			// "Two drivers, A and B, have filed a lawsuit alleging": each.
			subjects := d.coSubjects(s, parts, subj, c)
			// "The lawsuit, filed by A and B in a Delaware court, alleges
			// that …": each filer.
			if filers := d.docFilers(s, parts, c); len(filers) > 0 {
				subjects = filers
			}
			for _, sp := range subjects {
				emit(d.docAuthorOr(sp.e, s), ents(accused), "en."+ruleVerb(f)+".active", 0.8, c+1)
			}
		// "Die Firma habe Abwasser in die Elbe geleitet, so der BUND",
		// "…, so Foodwatch: …": the German closing attribution without a
		// verb of speech.
		case d.lang == "de" && f == "so" && c > 1 && toks[c-1].text == "," && !t.cap:
			if !d.closingAttribution(s, parts, c, emit) {
				// "Die Bank habe, so die Prüfer, Warnungen übergangen":
				// the attribution set into the clause.
				d.insertedAttributionDE(s, parts, c, emit)
			}
		// "The suit also names the operations director, Karl Voss, who
		// she says personally ordered …": a party a pleading names, with
		// the claimant's charge in the relative clause.
		case d.lang == "en" && (f == "names" || f == "named") && c > 0 && !passiveAux[toks[c-1].fold]:
			d.namedInPleading(s, parts, c, emit)
		// "designated Sahand Trading, which it described as a front for
		// …", "singles out the treasurer, X, who it says approved …",
		// "Colin Marchetti, who the CAA alleges falsified …": a relative
		// clause whose own speaker charges its antecedent.
		case d.lang == "en" && (f == "who" || f == "which" || f == "whom") && c > 1 && toks[c-1].text == ",":
			d.relativeSaysEN(s, parts, c, emit)
		// "The letter names the news director, Carla Maitland, as the
		// executive who approved the broadcast": the role a paper names
		// someone in carries the deed.
		case d.lang == "en" && f == "as" && c > 1:
			d.namedAsEN(s, parts, c, emit)
		// "A Ledger investigation has found that X ...", "Recherchen
		// des Spiegel ergaben, dass X ...".
		// "The ombudsman upheld the complaint, finding that X should
		// have …": the participle finds for the sentence's subject.
		// "The ombudsman ruled that the council should have …": a ruling
		// is a finding. ("The council has banned the adverts, ruling that
		// X misled consumers", "…, concluding that X had …": so are the
		// participles.)
		case foundCues[f] || d.lang == "en" && findingParticiplesEN[f] && c > 1 && toks[c-1].text == "," && c+1 < len(toks) && toks[c+1].fold == "that" ||
			d.lang == "en" && (f == "ruled" || f == "rules") && c+1 < len(toks) && toks[c+1].fold == "that":
			d.foundFrame(s, parts, c, emit)
		// "Y did X, according to an investigation by Z".
		case d.lang == "en" && f == "according" && c+1 < len(toks) && toks[c+1].fold == "to":
			d.accordingFrame(s, parts, c, emit)
		// "Laut der Staatsanwaltschaft hat die Firma Schmiergelder
		// gezahlt", "Nach Angaben des Amts habe X Mängel verschwiegen":
		// the German source phrase before a clause in the indicative or
		// the subjunctive ("soll … haben" is the sollen frame's); a document
		// as the source goes to lautFrame.
		case d.lang == "de" && (f == "laut" || f == "angaben" && c > 0 && toks[c-1].fold == "nach") && !reportedSentence(toks):
			d.lautFrameDE(s, parts, c, emit)
		// "Die Angriffe gingen auf das Konto der Hackergruppe X", "the
		// attacks were attributed to X", "X was behind the attack":
		// an act of wrongdoing laid at a party's door.
		case d.lang == "de" && f == "konto" && c > 1 && toks[c-1].fold == "das" && toks[c-2].fold == "auf" && d.sentenceHas(s, gehenForms) ||
			d.lang == "en" && (f == "attributed" || f == "blamed") && c+1 < len(toks) && (toks[c+1].fold == "to" || toks[c+1].fold == "on") ||
			d.lang == "en" && f == "behind" && c > 0 && (passiveAux[toks[c-1].fold] || toks[c-1].fold == "is" || toks[c-1].fold == "was") ||
			d.lang == "de" && f == "hinter" && standBehind(toks, c):
			if !hasWrongdoing(toks, 0, len(toks)) {
				continue
			}
			var accused *part
			if f == "hinter" {
				// "Hinter dem Angriff stehe der Militärgeheimdienst X":
				// the subject after the phrase that opens the clause;
				// "…, X stecke hinter dem Angriff": the one right before.
				opens := c == 0 || toks[c-1].text == ","
				for k := range parts {
					p := parts[k]
					if p.prep != "" || p.obj || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || p.m.kind == mPron {
						continue
					}
					if opens && p.m.t0 > c {
						accused = &parts[k]
						break
					}
					if !opens && p.m.t1 <= c {
						accused = &parts[k]
					}
				}
			} else if f == "behind" {
				for k := range parts {
					if parts[k].m.t1 <= c && parts[k].prep == "" && parts[k].e.typ != claimgraph.Document {
						accused = &parts[k]
					}
				}
			} else {
				for k := range parts {
					p := parts[k]
					if p.m.t0 > c && p.m.t0 <= c+5 && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
						accused = &parts[k]
						break
					}
				}
			}
			if accused == nil {
				continue
			}
			var accuser *entity
			if f == "attributed" && !(c > 0 && passiveAux[toks[c-1].fold]) {
				if subj := d.subjectEN(parts, c); subj != nil && subj.e != accused.e {
					accuser = d.docAuthorOr(subj.e, s)
				}
			}
			if accuser == nil {
				accuser = d.implicitAccuser(s, parts, []part{*accused})
			}
			if accuser != nil {
				emit(accuser, []*entity{accused.e}, d.lang+".attribution.blame", 0.7, accused.m.t1)
			}
		// "Belastet wurde X von einem früheren Koch", "Der Zeuge
		// belastete den Angeklagten schwer": a witness incriminates a
		// person.
		case d.lang == "de" && belastenDE[f] && !t.cap || d.lang == "de" && f == "belastet" && c == 0:
			d.belastenFrameDE(s, parts, c, emit)
		// "In einem Ermittlungsvermerk der Staatsanwaltschaft heißt es,
		// Harlinger habe die Geschäfte gesteuert": a document reports.
		case d.lang == "de" && (f == "heisst" || f == "hiess") && c+1 < len(toks) && toks[c+1].fold == "es":
			d.heisstEsFrame(s, parts, c, emit)
		// "X hat nach Recherchen des BR Personal abgerechnet, das …":
		// an outlet's own investigation accuses the subject.
		case d.lang == "de" && (f == "recherchen" || f == "recherche" || f == "informationen") && c > 0 && (toks[c-1].fold == "nach" || toks[c-1].fold == "laut" || hasLater(toks, c, "zufolge")):
			var owner *entity
			// "nach Recherchen des Magazins »Der Kurier«": the name may
			// stand in quotation marks with its article.
			for j := c + 1; j < len(toks) && j <= c+6; j++ {
				if m := d.mentionAt(s, j); m != nil && m.ent != nil && m.ent.isOrg() {
					owner = m.ent
					break
				}
			}
			// "nach Informationen des Magazins Seewelt": an outlet's own
			// reporting (a body's information is left to the other frames).
			if owner == nil || !hasWrongdoing(toks, 0, len(toks)) || f == "informationen" && owner.typ != claimgraph.Publication {
				continue
			}
			// "Die Behörde prüft nach Informationen dieser Zeitung, ob X
			// gegen Pflichten verstoßen hat": the outlet reports a
			// question being asked, not a charge.
			if askedOnly(toks) {
				continue
			}
			// "Nach Informationen des »Handelsblatts« wirft die Bafin der
			// Bank vor, …": a party accusing in the sentence makes the
			// outlet a channel, not the accuser.
			if d.sentenceHas(s, vorwerfenFinite) || d.sentenceHas(s, vorwerfenWhole) || d.sentenceHas(s, accuseDE) {
				continue
			}
			// "Nach Recherchen des „Weserkuriers“ sollen Mitarbeiter der
			// Reederei X …", "sollen Vertriebsmitarbeiter des Unternehmens
			// …": unnamed staff or an organ of a body the genitive names
			// act for it; the reported modal opens their phrase.
			staffed := false
			for k := c + 1; k < len(toks) && k <= c+8 && !staffed; k++ {
				if !reportedModal[toks[k].fold] {
					continue
				}
				for _, p := range parts {
					if p.m.t0 > k+1 && p.m.t0 <= k+6 && p.e.isOrg() && p.e != owner && party(p.e) != owner && p.e.typ != claimgraph.Publication && d.staffOfGenitiveDE(toks, k+1, p) {
						emit(party(owner), []*entity{p.e}, "de.recherchen.found", 0.7, p.m.t1)
						staffed = true
						break
					}
				}
				break
			}
			if staffed {
				continue
			}
			for _, p := range parts {
				// "sollen die Manager …": people of a body the text does
				// not name are not the body.
				if p.m.kind == mDesc && isRoleToken(toks[p.m.t1-1], d) != "" {
					continue
				}
				if p.e != owner && p.prep == "" && !p.obj && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication && party(p.e) != owner {
					emit(party(owner), []*entity{p.e}, "de.recherchen.found", 0.7, p.m.t1)
					break
				}
			}
		// "Darin kommt die Behörde zu dem Schluss, dass X …", "Die
		// Prüfer kamen zu dem Ergebnis, dass …": a body's conclusion.
		case d.lang == "de" && conclusionNounsDE[f] && c >= 2 && (toks[c-1].fold == "zum" || toks[c-1].fold == "dem" && toks[c-2].fold == "zu"):
			d.conclusionFrameDE(s, parts, c, emit)
		// "Nach Überzeugung der Behörde haben X und Y …", "Aus Sicht der
		// Kartellwächter hat X …", "In the regulator's view, X …": the
		// body whose conviction the clause states accuses its subject.
		// "Sie verlangt von der Riedle Tiefbau GmbH 300.000 Euro
		// Schadenersatz", "is seeking £2 million in damages from X": a
		// claim for damages holds the other party liable for a wrong.
		case !t.inq && damagesCue(d.lang, toks, c):
			d.damagesFrame(s, parts, c, emit)
		case d.stanceCue(toks, c):
			d.stanceFrame(s, parts, c, emit)
		// "The ministry is said to have paid £78 million too much": the
		// English reportative, as "allegedly" and German "soll … haben",
		// where a source or a claim frames it.
		case d.lang == "en" && saidToHaveEN(toks, c) && (hasWrongdoing(toks, c, len(toks)) || d.claimContext(s)):
			d.allegedlyFrame(s, parts, c, emit)
		// "Israel's military said that Hezbollah had fired rockets at
		// towns", "Die Behörde erklärte, das Unternehmen habe Daten
		// weitergegeben": a speaker reports another party's wrongdoing.
		// "Vantix hatte am Sonntag mitgeteilt, ein Techniker des
		// Dienstleisters X habe …", "Das Blatt hatte im Mai berichtet,
		// Müller habe …", "Die Initiative behauptet, das Werk habe …": a
		// German verb of communication whose clause reports in the
		// subjunctive.
		// "Die Firma habe Fahrer bedroht, wie die Gewerkschaft am
		// Montag mitteilte.": a clause of "wie" whose verb of saying
		// closes the sentence names the speaker of what stands before
		// it, as "…, sagte X" does.
		case d.lang == "de" && !t.inq && closingWieVerbsDE[f] && c+2 >= len(toks) && d.closingWieDE(s, parts, c, emit):
		case d.lang == "de" && !t.inq && d.sayCueDE(s, c):
			// "Der Spiegel hatte unter Berufung auf das BKA berichtet,
			// …": the source the outlet cites is the claim's origin.
			if origin := d.citedBeforeDE(s, c); origin != nil {
				d.saidFrame(s, parts, c, func(accuser *entity, accused []*entity, rule string, conf float64, from int) {
					if accuser.typ == claimgraph.Publication {
						accuser = origin
					}
					emit(accuser, accused, rule, conf, from)
				})
				continue
			}
			d.saidFrame(s, parts, c, emit)
		case (d.lang == "en" || d.lang == "de") && reportVerbs[f] && !t.inq:
			// "Bloomberg News, citing a report in the newspaper Marina
			// Daily, said …": an outlet that cites passes on the claim of
			// its source.
			subj := d.subjectEN(parts, c)
			if cm := citingPhraseBefore(toks, c); cm > 0 && d.lang == "en" {
				subj = d.subjectEN(parts, cm)
			}
			if d.lang == "en" && subj != nil && subj.e.typ == claimgraph.Publication && d.sentenceHas(s, citingWordsEN) {
				origin, ok := d.citedOrigin(s, parts, subj.e)
				if !ok {
					continue
				}
				if origin != nil {
					d.saidFrame(s, parts, c, func(accuser *entity, accused []*entity, rule string, conf float64, from int) {
						if accuser == party(subj.e) {
							accuser = origin
						}
						emit(accuser, d.notFinders(s, accused), rule, conf, from)
					})
					continue
				}
			}
			d.saidFrame(s, parts, c, emit)
		// "Die Firma konterte, Nordhavn habe selbst Daten manipuliert",
		// "X hielt dagegen, Y habe …", "X keilte zurück: Y habe …", "X
		// countered that Y had …", "X hit back, saying Y had …": a reply
		// that turns the charge on another reports that party's
		// wrongdoing like "said" does. It denies nothing by itself.
		// "hit back, accusing Y of …" is left to the accusation frame.
		case (d.lang == "en" || d.lang == "de") && counterCue(toks, c) > 0 && !t.inq && !accuseAfterCounter(toks, counterCue(toks, c)):
			d.saidFrame(s, parts, c, emit)
		// "Nettleford went further, saying that a subcontractor had
		// submitted inflated time sheets", "The firm blamed its supplier,
		// claiming Y had …": a participle of saying after a comma goes on
		// with the main clause's subject as speaker (a reply cue before it
		// has read the clause already).
		case d.lang == "en" && sayParticiplesEN[f] && c > 1 && toks[c-1].text == "," && !t.inq && !counterBefore(toks, c):
			d.saidFrame(s, parts, c, emit)
		// "The newspaper reported that Pellworth had blacklisted workers
		// …": an outlet that reports misconduct and cites no one, or only
		// people it does not name, makes the accusation through its own
		// reporting (FORMAT.md guideline 6), wherever in the story. A
		// clause that reports another's charge ("reported that the SEC
		// had accused X") is that party's; a cited paper, outlet or party
		// is the origin (citedOrigin).
		case d.lang == "en" && reportVerbsOutlet[f] && (thatAfter(toks, c) > 0 || citingPhraseEnd(toks, c+1) > 0 && toks[citingPhraseEnd(toks, c+1)].fold == "that") && !t.inq:
			subj := d.subjectEN(parts, c)
			// "The Sentinel, citing an audit by the group X, reported":
			// the subject stands before the source phrase.
			if cm := citingPhraseBefore(toks, c); cm > 0 {
				subj = d.subjectEN(parts, cm)
			}
			if subj == nil {
				subj = d.pieceOutlet(s, parts, c)
			}
			if subj == nil || subj.e.typ != claimgraph.Publication {
				continue
			}
			relayed := false
			for k := c + 2; k < len(toks); k++ {
				if tf := toks[k].fold; accuseEN[tf] || chargeEN[tf] && !sanctionsMatterEN(toks, k) || allegeEN[tf] || citeEN[tf] || tf == "according" || tf == "said" || tf == "says" || othersClaimEN[tf] {
					relayed = true
				}
			}
			if relayed {
				continue
			}
			// "The Sentinel, citing an unpublished audit by the Fair
			// Labour Action Network, reported that …": the cited paper's
			// author, or the outlet or party cited, is the origin; people
			// it does not name leave the claim the outlet's own.
			origin, ok := d.citedOrigin(s, parts, subj.e)
			if !ok {
				continue
			}
			if origin == nil {
				d.saidFrame(s, parts, c, emit)
				continue
			}
			d.saidFrame(s, parts, c, func(accuser *entity, accused []*entity, rule string, conf float64, from int) {
				if accuser == party(subj.e) {
					accuser = origin
				}
				emit(accuser, d.notFinders(s, accused), rule, conf, from)
			})
		// "Terminal operator X systematically under-declared the weight
		// of cargo, the Harbour Gazette reported": the outlet's own
		// reporting closes the sentence.
		case d.lang == "en" && reportVerbsOutlet[f] && thatAfter(toks, c) < 0 && !t.inq && c >= 3:
			// Any outlet that closes its report so speaks for it, as
			// "X reported that …" does.
			var outlet *entity
			for _, p := range parts {
				// "…, the Sentinel newspaper reported".
				if (p.m.t1 == c || p.m.t1 == c-1 && outletAppositions[toks[c-1].fold]) && p.e.typ == claimgraph.Publication {
					outlet = p.e
				}
			}
			// "X has filed a complaint accusing Y of …, the Globe
			// reported", "…, the Gazette reported, according to …":
			// relayed.
			for k := 0; k < len(toks); k++ {
				tf := toks[k].fold
				if k > c && (citeEN[tf] || tf == "according") || k < c && (accuseEN[tf] || chargeEN[tf] || allegeEN[tf] || flagEN[tf] || othersClaimEN[tf]) {
					outlet = nil
				}
			}
			if outlet == nil {
				continue
			}
			// "…, the Gazette reported, citing an audit by X": the cited
			// source is the origin; "citing prosecutors" is no one's.
			origin, ok := d.citedOrigin(s, parts, outlet)
			if !ok {
				continue
			}
			if origin != nil {
				d.closingAttribution(s, parts, c, func(accuser *entity, accused []*entity, rule string, conf float64, from int) {
					if accuser == outlet {
						accuser = origin
					}
					emit(accuser, accused, rule, conf, from)
				})
			} else {
				d.closingAttribution(s, parts, c, emit)
			}
		// "allegedly approved the payments personally, according to the
		// audit": what a cited source alleges is a charge, whatever the
		// act's words.
		case d.lang == "en" && f == "allegedly" && (hasWrongdoing(toks, c, len(toks)) || d.hasAttribution(s)):
			d.allegedlyFrame(s, parts, c, emit)
		}
	}
	if d.lang == "en" || d.lang == "de" {
		d.quoteFrame(s, parts, emit)
	}
	d.directedFrame(s, parts)
}

// directedFrame reads who ordered a deed the sentence charges: "the
// company carried out the attacks at the direction of the Ministry of
// State Security", "acted on the orders of X", "im Auftrag des X". The
// body that directed the misconduct is accused by whoever charges the
// deed, in the same claim.
func (d *doc) directedFrame(s int, parts []part) {
	toks := d.sents[s].toks
	for k := 0; k+2 < len(toks); k++ {
		end := directorPhrase(toks, k, d.lang)
		if end < 0 {
			continue
		}
		var dir *entity
		for _, p := range parts {
			if p.m.t0 >= end && p.m.t0 <= end+1 && p.e.isOrg() && p.e.typ != claimgraph.Publication {
				dir = p.e
				break
			}
		}
		if dir == nil {
			continue
		}
		for _, a := range append([]*acc(nil), d.accs...) {
			if a.sent != s && !containsInt(a.support, s) || a.accuser == dir || party(a.accused) == dir || party(a.accuser) == dir {
				continue
			}
			// The accused must be named before the phrase, as the doer of
			// a deed between them ("sued X at the request of Y" directs
			// the suit, not a deed of X).
			at := d.lastMentionEnd(s, a.accused, k)
			if at < 0 || !hasWrongdoing(toks, at, k) {
				continue
			}
			d.addAccusation(a.accuser, dir, s, d.lang+".directed.reported", 0.6, d.summary(s, k))
		}
	}
}

// directorPhrase returns the token after a phrase at k that names who
// ordered a deed ("at the direction of", "on the orders of", "at the
// behest of", "im Auftrag", "auf Anweisung"), or -1. ("on behalf of",
// "at the request of" name a client more often than a master.)
func directorPhrase(toks []token, k int, lang string) int {
	f := toks[k].fold
	if lang == "en" && k+3 < len(toks) && (f == "at" || f == "on" || f == "under") && toks[k+1].fold == "the" && toks[k+3].fold == "of" {
		switch toks[k+2].fold {
		case "direction", "orders", "order", "behest", "instruction", "instructions":
			return k + 4
		}
	}
	if lang == "en" && k+2 < len(toks) && f == "on" && toks[k+1].fold == "orders" && toks[k+2].fold == "from" {
		return k + 3
	}
	if lang == "de" && (f == "im" && toks[k+1].fold == "auftrag" || f == "auf" && (toks[k+1].fold == "anweisung" || toks[k+1].fold == "befehl" || toks[k+1].fold == "geheiß" || toks[k+1].fold == "geheiss")) {
		if k+2 < len(toks) && (toks[k+2].fold == "von" || toks[k+2].fold == "vom" || toks[k+2].fold == "des" || toks[k+2].fold == "der") {
			return k + 3
		}
		return k + 2
	}
	return -1
}

// lastMentionEnd returns the end of the last mention of e in sentence s
// before token k, or -1.
func (d *doc) lastMentionEnd(s int, e *entity, k int) int {
	end := -1
	for _, m := range d.ments[s] {
		if m.ent == e && m.t1 <= k && m.t1 > end {
			end = m.t1
		}
	}
	return end
}

// appositionBeforeVerbEN: the tokens from the end of a name at t1 to the
// verb at c are an apposition in commas (", a Labour MP,", ", the union's
// regional president,"): a short noun phrase with no verb, clause or
// quotation in it.
func appositionBeforeVerbEN(toks []token, t1, c int) bool {
	if t1 >= c-2 || toks[t1].text != "," || toks[c-1].text != "," || c-1-t1 > 10 {
		return false
	}
	for j := t1 + 1; j < c-1; j++ {
		t := toks[j]
		if t.quote || t.text == "," || t.fold == "that" || t.fold == "who" || t.fold == "which" || auxiliaries[t.fold] || passiveAux[t.fold] || !t.cap && isVerbLike(t.fold) {
			return false
		}
	}
	return true
}

// evidenceOpenerEN: the reported clause at k opens with the speaker's
// own evidence ("it has information that \"reasonably indicates\"", "it
// had evidence that", "they had gathered clear proof showing that",
// "there was evidence that"); it returns the start of the clause the
// evidence supports, or k.
func evidenceOpenerEN(toks []token, k int) int {
	j := k
	if j+1 >= len(toks) {
		return k
	}
	switch toks[j].fold {
	case "it", "they", "we", "there":
		j++
	default:
		return k
	}
	if j < len(toks) && (toks[j].fold == "has" || toks[j].fold == "had" || toks[j].fold == "have" || toks[j].fold == "is" || toks[j].fold == "was" || toks[j].fold == "were" || toks[j].fold == "holds" || toks[j].fold == "held") {
		j++
	} else {
		return k
	}
	if j < len(toks) && (toks[j].fold == "obtained" || toks[j].fold == "gathered" || toks[j].fold == "received" || toks[j].fold == "seen") {
		j++
	}
	for n := 0; j < len(toks) && n < 2 && toks[j].word && !evidenceNounsEN[toks[j].fold]; n++ {
		if g := toks[j].fold; g != "credible" && g != "clear" && g != "strong" && g != "sufficient" && g != "new" && g != "reliable" && g != "compelling" && g != "ample" {
			return k
		}
		j++
	}
	if j >= len(toks) || !evidenceNounsEN[toks[j].fold] {
		return k
	}
	j++
	// ("that \"reasonably indicates\"", "indicating that", "showing".)
	for n := 0; j < len(toks) && n < 5; n++ {
		t := toks[j]
		if t.quote || t.fold == "reasonably" || t.fold == "clearly" || t.fold == "strongly" || t.fold == "which" || t.fold == "that" && n == 0 {
			j++
			continue
		}
		if hasPrefixAny(t.fold, []string{"indicat", "show", "suggest", "prov", "confirm", "demonstrat"}) {
			j++
			if j < len(toks) && toks[j].quote {
				j++
			}
			if j < len(toks) && toks[j].fold == "that" {
				j++
			}
			return j
		}
		break
	}
	// "it had evidence that X …": the plain "that".
	if j > 0 && toks[j-1].fold == "that" && j-2 >= 0 && evidenceNounsEN[toks[j-2].fold] {
		return j
	}
	return k
}

// evidenceNounsEN are what a body holds to back a charge.
var evidenceNounsEN = set("evidence", "information", "proof", "indications", "intelligence", "grounds", "documents", "records")

// possRoleSubjectEN: the subject of the verb at c is a role of a body
// named in the possessive, with no name of its own: "the National Labor
// Relations Board's regional director (in Cincinnati) alleged", "the
// agency's chief inspector said". The body is the subject.
func (d *doc) possRoleSubjectEN(s int, parts []part, c int) *part {
	toks := d.sents[s].toks
	for i := range parts {
		p := parts[i]
		if p.m.t1 >= c || p.prep != "poss" || !p.e.isOrg() || p.e.typ == claimgraph.Publication || p.e.typ == claimgraph.Document {
			continue
		}
		j := p.m.t1
		if j < c && (toks[j].text == "'s" || toks[j].text == "’s" || toks[j].text == "'" || toks[j].text == "’") {
			j++
		}
		role := -1
		for x := j; x < c && x <= j+2; x++ {
			if !toks[x].word || toks[x].cap {
				break
			}
			if isRoleToken(toks[x], d) != "" {
				role = x
			}
		}
		if role < 0 {
			continue
		}
		x := role + 1
		// "in Cincinnati", "for Wales": a place after the role.
		if x < c && (toks[x].fold == "in" || toks[x].fold == "for") {
			x++
			for x < c && toks[x].cap && d.mentionAt(s, x) == nil {
				x++
			}
		}
		for x < c && (toks[x].fold == "has" || toks[x].fold == "had" || toks[x].fold == "have" || strings.HasSuffix(toks[x].fold, "ly") && toks[x].word) {
			x++
		}
		if x != c {
			continue
		}
		q := parts[i]
		q.prep = ""
		return &q
	}
	return nil
}

// progressiveAt: the word at j is a present participle of the
// progressive ("been paying", "been dumping"), not "being" of the passive.
func progressiveAt(toks []token, j, end int) bool {
	if j < end && strings.HasSuffix(toks[j].fold, "ly") {
		j++
	}
	return j < end && toks[j].word && !toks[j].cap && len(toks[j].fold) > 5 && strings.HasSuffix(toks[j].fold, "ing") && toks[j].fold != "being"
}

// quoteFrame reads a quotation that states a named party's misconduct
// and the speaker it is attributed to: "\"Loopr has knowingly profited
// from pushing harmful content to children,\" said Greens MEP Anna
// Varga", "Greenpeace's spokeswoman said: \"Loopr has concealed the
// risks.\"" The speaker (or the body she speaks for) accuses the party
// that is the subject of the quoted clause, in the active voice, before
// a word of misconduct, with no negation, modal or question.
func (d *doc) quoteFrame(s int, parts []part, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	for _, q := range d.quotes(s) {
		close := q.t0
		for close < len(toks) && !(toks[close].quote && !toks[close].open) {
			close++
		}
		if close >= len(toks) {
			continue
		}
		speaker := d.quoteSpeaker(s, parts, q.t0-1, close)
		if speaker == nil {
			continue
		}
		// "said Anna Varga, a member of the European Parliament",
		// "sagte vzbv-Rechtsexperte Jonas Keller": a person who may speak
		// for a body the sentence names, though no role ties her to it,
		// is no sure accuser.
		// An anonymous official whose body the text names ("a senior
		// Treasury official said") speaks for himself (FORMAT.md
		// guideline 1): the body in his own description is no other
		// candidate.
		if speaker.e.typ == claimgraph.Official && party(speaker.e) == speaker.e && !(speaker.e.anon && speaker.e.affil != nil) && (d.orgOutsideQuote(s, q.t0, close) || d.introducedForBody(speaker.e, s)) {
			continue
		}
		hedged := false
		for k := q.t0; k < close; k++ {
			if f := toks[k].fold; f == "if" || f == "whether" || f == "?" || f == "allegations" || f == "alleged" || f == "allegedly" ||
				f == "wenn" || f == "falls" || f == "ob" || f == "vorwürfe" || f == "vorwuerfe" || f == "angeblich" {
				hedged = true
			}
		}
		if hedged {
			continue
		}
		// Names inside a quotation are no participants of the sentence's
		// own frames (participants); they are read here.
		lastEnd := -1
		for _, m := range d.ments[s] {
			if m.t0 < lastEnd || m.ent == nil || m.ent.dead {
				continue
			}
			lastEnd = m.t1
			// "The company has knowingly mislabelled …": a description
			// the text resolved is the party too.
			if m.t0 < q.t0 || m.t1 > close || m.kind != mName && m.kind != mShort && m.kind != mDesc || m.ent.typ == claimgraph.Document || m.ent.typ == claimgraph.Publication ||
				m.t0 > q.t0 && prepositions[toks[m.t0-1].fold] {
				continue
			}
			// A description in a quotation refers by what the speaker
			// has in mind; only the story's main party of its type is a
			// safe reading.
			if m.kind == mDesc && !d.mainParty(m.ent) {
				continue
			}
			p := part{m: m, e: m.ent}
			v := p.m.t1
			// "Tarmac's managers falsified …": a body's organ stands for
			// the body.
			if d.lang == "en" && v < close && organWords[toks[v].fold] && (strings.HasSuffix(toks[v-1].text, "'s") || strings.HasSuffix(toks[v-1].text, "’s")) && m.ent.isOrg() {
				v++
			}
			for v < close && strings.HasSuffix(toks[v].fold, "ly") && toks[v].word {
				v++ // "has knowingly", "deliberately hid"
			}
			if d.lang == "de" {
				// „FitPuls hat … gegen geltendes Recht verstoßen“: the
				// perfect of the active voice; a passive ("wurde …
				// getäuscht", "ist … worden") names a victim.
				if v >= close || !(toks[v].fold == "hat" || toks[v].fold == "haben" || toks[v].fold == "hatte" || toks[v].fold == "hatten") || hasLater(toks[:close], v, "worden") {
					break
				}
			} else if v >= close || modalsEN[toks[v].fold] || !looksFiniteEN(toks[v]) && !(v+1 < close && strings.HasSuffix(toks[v+1].fold, "ly")) &&
				// "Halvard hid …", "X stole …": an irregular past that is
				// a wrongdoing word itself.
				!(toks[v].word && !toks[v].cap && hasWrongdoing(toks, v, v+1) && !strings.HasSuffix(toks[v].fold, "s")) {
				break // the quoted clause's subject is no party
			}
			// ("Borrow Foods has been paying drivers less than the minimum
			// wage": the progressive of the perfect is active.)
			if (passiveAux[toks[v].fold] || auxiliaries[toks[v].fold]) && v+1 < close && (strings.HasSuffix(toks[v+1].fold, "ed") && passiveAux[toks[v].fold] || toks[v+1].fold == "been" && !progressiveAt(toks, v+2, close)) {
				break // "X was misled": a victim
			}
			if clauseNegated(toks, p.m.t1) || !hasWrongdoing(toks, p.m.t1, close) {
				break
			}
			if party(p.e) == party(speaker.e) {
				break
			}
			emit(party(speaker.e), []*entity{p.e}, d.lang+".quote.said", 0.6, p.m.t0)
			break
		}
	}
}

// quoteSpeaker finds who a quotation between the marks at open and close
// is attributed to: "\"…,\" said X", "\"…,\" X said", "X said: \"…\"".
func (d *doc) quoteSpeaker(s int, parts []part, open, close int) *part {
	toks := d.sents[s].toks
	j := close + 1
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j < len(toks) && quoteVerb(toks[j].fold) {
		for k := range parts {
			if p := parts[k]; p.m.t0 > j && p.m.t0 <= j+6 && p.e.typ != claimgraph.Document && p.prep == "" {
				return &parts[k]
			}
		}
		return nil
	}
	// ("\"…,\" Holt, who has led the union since 2019, said".)
	for k := range parts {
		if p := parts[k]; p.m.t0 >= j && p.m.t0 <= j+1 && p.m.t1 < len(toks) && quoteVerb(toks[relativeBeforeVerb(toks, p.m.t1)].fold) && p.e.typ != claimgraph.Document {
			return &parts[k]
		}
	}
	// "\"…,\" the environmental group Clearwater Alliance said", "\"…,\"
	// a senior Treasury official said": the speaker's description before
	// the name or role, lower-case words and names only, then the verb.
	for k := range parts {
		p := parts[k]
		// "\"…,\" the agency's chief executive, Mark Tolley, told the
		// BBC": a name in apposition to the description, then the verb.
		v := p.m.t1
		appos := v+1 < len(toks) && toks[v].text == "," && p.m.t0 > 0 && toks[p.m.t0-1].text == "," && p.e.typ == claimgraph.Official
		if appos {
			v++
		}
		// "\"…,\" a union official, who asked not to be named, said": a
		// relative clause in commas between the speaker and the verb.
		if !appos {
			v = relativeBeforeVerb(toks, v)
		}
		if p.m.t0 <= j+1 || p.m.t0 > j+7 || v >= len(toks) || !quoteVerb(toks[v].fold) || p.e.typ == claimgraph.Document || p.prep != "" && !appos {
			continue
		}
		ok := articles[toks[j].fold] || indefinite[toks[j].fold]
		for g := j + 1; ok && g < p.m.t0; g++ {
			tg := toks[g]
			ok = tg.word && !prepositions[tg.fold] && !isVerbLike(tg.fold) && !quoteVerb(tg.fold) && tg.fold != "and" && tg.fold != "who" ||
				appos && g == p.m.t0-1 && tg.text == ","
		}
		if ok {
			return &parts[k]
		}
		break
	}
	// "X said: \"…\"", "X told reporters, \"…\"".
	if open >= 2 && (toks[open-1].text == ":" || toks[open-1].text == ",") {
		v := open - 2
		if v > 0 && (toks[v].fold == "reporters" || toks[v].fold == "journalists") {
			v--
		}
		if quoteVerb(toks[v].fold) && v > 0 {
			if p := d.subjectEN(parts, v); p != nil && p.e.typ != claimgraph.Document {
				return p
			}
		}
	}
	return nil
}

// relativeBeforeVerb returns the verb of attribution after a relative
// clause in commas that opens at v (", who asked not to be named,
// said"), or v where none stands there.
func relativeBeforeVerb(toks []token, v int) int {
	if v+2 >= len(toks) || toks[v].text != "," || toks[v+1].fold != "who" && toks[v+1].fold != "which" {
		return v
	}
	for g := v + 2; g < len(toks) && g <= v+14; g++ {
		if toks[g].quote {
			return v
		}
		if toks[g].text == "," {
			if g+1 < len(toks) && quoteVerb(toks[g+1].fold) {
				return g + 1
			}
			return v
		}
	}
	return v
}

// quoteVerbsEN attribute a quotation besides the plain verbs of
// speech: "\"…,\" Holt alleged", "\"…,\" she wrote on X", "\"…,\"
// the group claimed".
var quoteVerbsEN = set("alleged", "alleges", "claimed", "claims", "wrote", "writes", "insisted", "insists", "adds", "tells")

// quoteVerb: a verb that attributes a quotation to its speaker.
func quoteVerb(f string) bool {
	return speechVerbs[f] || quoteVerbsEN[f]
}

// listBeforeDE returns the parties listed before p in a German subject
// list, nearest last: only commas, "und", "sowie", articles and a place
// phrase ("aus Dortmund", "in Hamm") may stand between members.
func (d *doc) listBeforeDE(s int, parts []part, p *part) []part {
	toks := d.sents[s].toks
	idx := -1
	for i := range parts {
		if parts[i].m == p.m {
			idx = i
		}
	}
	var out []part
	next := p.m.t0
	for i := idx - 1; i >= 0 && len(out) < 6; i-- {
		q := parts[i]
		if q.prep != "" || q.obj || q.e.typ == claimgraph.Document || q.e == p.e {
			break
		}
		link := false
		for k := q.m.t1; k < next; k++ {
			f := toks[k].fold
			switch {
			case f == "," || f == "und" || f == "sowie":
				link = true
			case articles[f]:
			case (f == "aus" || f == "in" || f == "bei") && k+1 < next && toks[k+1].cap && d.mentionAt(s, k+1) == nil:
				k++ // the place
			default:
				return out
			}
		}
		if !link {
			break
		}
		out = append(out, q)
		next = q.m.t0
	}
	return out
}

// notFinders drops from accused the parties that sentence s reports as
// finding the wrong, not doing it: "reported that auditing firm L&M had
// flagged £85 million of fictitious revenue" accuses no auditor.
func (d *doc) notFinders(s int, accused []*entity) []*entity {
	toks := d.sents[s].toks
	var out []*entity
	for _, e := range accused {
		finder := false
		for _, m := range d.ments[s] {
			if m.ent != e {
				continue
			}
			k := m.t1
			for k < len(toks) && k <= m.t1+1 && (toks[k].fold == "had" || toks[k].fold == "has" || toks[k].fold == "have") {
				k++
			}
			if k < len(toks) && findVerbsEN[toks[k].fold] {
				finder = true
			}
		}
		if !finder {
			out = append(out, e)
		}
	}
	return out
}

var findVerbsEN = set("flagged", "flags", "found", "finds", "identified", "uncovered", "discovered", "detected", "warned", "noted", "raised", "spotted")

// billedAfter reports money billed after a form of "charge" at c: a
// price word within four words and no "with", "over" or "for" (the
// charge's complement) before it.
func billedAfter(toks []token, c int) bool {
	for k := c + 1; k < len(toks) && k <= c+4; k++ {
		switch f := toks[k].fold; {
		case f == "with" || f == "over" || f == "for" || f == "of":
			return false
		case billWords[f] || toks[k].text == "$" || toks[k].text == "£" || toks[k].text == "€" || toks[k].num:
			return true
		}
	}
	return false
}

var billWords = set("interest", "fee", "fees", "prices", "price", "rent", "rents", "rates", "premiums", "tariffs", "commission", "vat")

// victimVerbs say what befell someone.
var victimVerbs = set("suffered", "suffers", "sustained", "died", "dies", "lost", "loses", "received", "was", "were", "fell", "erlitt", "erlitten", "starb", "verlor")

// sanctionsMatterEN: the sanctions at k are the rules a deed broke
// ("had breached sanctions", "evaded Western sanctions") or mark its
// goods ("shipped sanctioned machinery to Altyn"): the deed's matter, not
// a penalty some other party imposed ("reported that the EU had
// sanctioned X", "the sanctions against X").
func sanctionsMatterEN(toks []token, k int) bool {
	f := toks[k].fold
	if !strings.HasPrefix(f, "sanction") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if breachVerbsEN[toks[j].fold] || strings.HasPrefix(toks[j].fold, "evad") {
			return true
		}
		if !toks[j].word || !(articles[toks[j].fold] || toks[j].cap || toks[j].fold == "international" || toks[j].fold == "western" || toks[j].fold == "economic" || toks[j].fold == "trade") {
			break
		}
	}
	// "sanctioned machinery", "a sanctioned Russian bank": the participle
	// as an adjective before its noun.
	if f == "sanctioned" && k+1 < len(toks) && toks[k+1].word && k > 0 {
		n := toks[k+1]
		if articles[toks[k-1].fold] || !n.cap && !functionWords[n.fold] && !prepositions[n.fold] && !isVerbLike(n.fold) {
			return true
		}
	}
	return false
}

// breachVerbsEN break a rule or a sanction.
var breachVerbsEN = set("breaking", "broke", "broken", "violating", "violated", "evading", "evaded", "circumventing", "circumvented",
	"flouting", "flouted", "busting", "skirting", "dodging", "breaching", "breached", "bypassing", "bypassed")

// againstFrame handles "<noun> against/on X" with a raising verb.
func (d *doc) againstFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	if !d.sentenceHas(s, raiseEN) && toks[c-1].fold != "sanctions" {
		return
	}
	// "accused X of breaking sanctions against Kestavia": sanctions
	// someone breaks are the charge's matter, no case against the state.
	if c >= 2 && breachVerbsEN[toks[c-2].fold] {
		return
	}
	// "called the accusation against the mayor \"a publicity stunt\"",
	// "rejected the charges against its chief executive": the charge
	// is the object of a denial, not one raised.
	for k := max(c-3, 0); k < c-1; k++ {
		if f := toks[k].fold; denyEN[f] || callEN[f] {
			return
		}
	}
	// "has not announced any action against X", "took no action
	// against X": a case nobody brought.
	for k := max(c-5, 0); k < c; k++ {
		if f := toks[k].fold; f == "not" || f == "no" || f == "never" || f == "n't" || f == "without" {
			return
		}
	}
	var accused []part
	for _, p := range parts {
		if p.m.t0 > c && p.m.t0 <= c+5 && p.e.typ != claimgraph.Document {
			accused = []part{p}
			break
		}
	}
	if len(accused) == 0 {
		return
	}
	// "launched Federal Court proceedings against X": a name right
	// before the noun modifies it; the clause's subject brings the case.
	var pre []part
	for _, p := range parts {
		if p.m.t1 != c-1 {
			pre = append(pre, p)
		}
	}
	if len(pre) == 0 {
		return
	}
	subj := d.subjectEN(pre, c-1)
	if subj == nil || subj.e == accused[0].e {
		return
	}
	emit(d.docAuthorOr(subj.e, s), ents(d.coordinated(s, parts, accused)), "en.against.nominal", 0.85, c+1)
}

// lautFrameDE reads a German source phrase at c ("laut X", "nach
// Angaben X") and the subject of its clause, which must be another
// party, next to the clause's finite verb ("Laut X hat Y …", "Y hat laut
// X …"), in the active voice, with a deed of wrongdoing and no negation.
// The source is the accuser, as with "according to" (FORMAT.md:
// reported accusations count). Sentences with a verb or noun of
// accusation are left to their own frames.
func (d *doc) lautFrameDE(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	// "Laut der Anklage …": a document's author accuses (lautFrame).
	if toks[c].fold == "laut" && d.attributeDocAfter(s, c) != nil {
		d.lautFrame(s, parts, c, emit)
		return
	}
	for k := c + 1; k < len(toks) && k <= c+4; k++ {
		if m := d.mentionAt(s, k); m != nil && m.ent != nil {
			if m.ent.typ == claimgraph.Document {
				if toks[c].fold == "laut" {
					d.lautFrame(s, parts, c, emit)
				}
				return
			}
			break
		}
	}
	// The source: a named party right after the cue (articles only
	// between).
	var src *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 > c && p.m.t0 <= c+3 {
			src = &parts[i]
			break
		}
	}
	if src == nil || src.e.typ == claimgraph.Document || src.e.typ == claimgraph.Publication {
		return
	}
	// ("laut der Verbraucherorganisation Essenswahr": a descriptor of the
	// source may stand before its name.)
	for j := c + 1; j < src.m.t0; j++ {
		if tj := toks[j]; !(articles[tj.fold] || tj.cap && j == src.m.t0-1 && (d.bodyDescriptor(tj) || d.isCompanyDescriptor(tj))) {
			return
		}
	}
	for _, t := range toks {
		if f := t.fold; vorwerfenFinite[f] || vorwerfenWhole[f] || accuseDE[f] || anlastenDE[f] || strings.HasPrefix(f, "vorwurf") || strings.HasPrefix(f, "vorwuerf") {
			return
		}
	}
	finite := func(t token) bool {
		return finiteAuxDE[t.fold] || t.fold == "hatte" || t.fold == "hatten"
	}
	accuser := party(src.e)
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.prep != "" || p.obj || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || party(p.e) == accuser || p.m.kind == mPron {
			continue
		}
		// "Laut X hat die Firma Y …": after the source and its finite
		// verb, articles and descriptors between.
		if p.m.t0 > src.m.t1 && src.m.t1 < len(toks) && finite(toks[src.m.t1]) {
			ok := true
			for j := src.m.t1 + 1; j < p.m.t0; j++ {
				if tj := toks[j]; !(articles[tj.fold] || d.isCompanyDescriptor(tj) || d.bodyDescriptor(tj) || tj.word && !tj.cap && isAdjDE(tj)) {
					ok = false
				}
			}
			if ok {
				subj = &parts[i]
			}
			break
		}
		// "Die Firma Y hat laut X …": the subject opens the sentence.
		if p.m.t1 < c && p.m.t1 < len(toks) && finite(toks[p.m.t1]) && (p.m.t1+1 == c || p.m.t1+2 == c && toks[c-1].fold == "nach" || p.m.t1+3 == c && toks[c-2].fold == "nach" && articles[toks[c-1].fold]) {
			subj = &parts[i]
			break
		}
		// "Zudem habe die Firma nach Angaben der X … abgerechnet", "2023
		// hat die Y laut X …": a phrase fronted, the finite verb, then the
		// subject right before the source.
		if p.m.t1 == c || p.m.t1 == c-1 && toks[c-1].fold == "nach" {
			v := p.m.t0 - 1
			for v > 0 && (articles[toks[v].fold] || d.isCompanyDescriptor(toks[v]) || d.bodyDescriptor(toks[v]) || toks[v].word && !toks[v].cap && isAdjDE(toks[v])) {
				v--
			}
			if v >= 1 && v < p.m.t0 && finite(toks[v]) && !toks[v].cap && toks[v-1].word && !relPronounsDE[toks[v-1].fold] && !clauseSubordinatorsDE[toks[v-1].fold] {
				subj = &parts[i]
				break
			}
		}
	}
	if subj == nil {
		return
	}
	from := max(subj.m.t1, src.m.t1)
	end := len(toks)
	// "laut" cites sources for plain facts too ("Laut der Behörde hat
	// X die Grenzwerte eingehalten", "… Geräte geliefert"): only a deed
	// that is misconduct in itself counts.
	if !hasWrongdoing(toks, from, end) || !strictWrongdoing(toks, from, end) {
		return
	}
	relative := false
	for j := from; j < end; j++ {
		// Neither negation nor passive inside a relative clause on the
		// object ("Leistungen, die nie erbracht wurden") bears on the
		// deed.
		if j > from+1 && relativeStart(toks, j) {
			relative = true
		}
		if relative {
			break
		}
		switch f := toks[j].fold; f {
		case "nicht", "nie", "kein", "keine", "keinen", "niemals":
			if attributiveNegDE(toks, j) {
				continue
			}
			return
		case "wurde", "wurden", "worden", "werden", "wird":
			return // "Laut Polizei wurde die Firma angegriffen": a victim
		}
	}
	emit(accuser, ents(d.coordinated(s, parts, []part{*subj})), "de.laut.reported", 0.7, from)
}

// strictWrongdoingDE are German stems that name misconduct by
// themselves, not acts that are wrong only in some setting ("geliefert",
// "Export", "Steuern", "Grenzwerte").
var strictWrongdoingDE = []string{"illegal", "rechtswidrig", "unrechtm", "unerlaubt", "unzulaessig", "unzulässig", "betrug", "betrueg", "betrog",
	"manipul", "gefälscht", "gefaelscht", "fälscht", "faelscht", "bestech", "bestoch", "schmiergeld", "geschmiert", "korrup", "kartell", "abgesproch", "geldwaesche",
	"unterschlag", "unterschlug", "veruntreu", "gestohlen", "diebstahl", "spionage", "ausgespaeh", "ausgespäh", "verschwieg", "verheimlich",
	"vertusch", "verschleier", "hinterzog", "hinterzieh", "schmuggel", "bedroh", "erpress", "missbraucht", "diskriminier", "belaestig",
	"belästig", "taeusch", "täusch", "irrefuehr", "irreführ", "verstoss", "verstiess", "ausgebeutet", "ueberhoeht", "überhöht", "wucher",
	"abgezockt", "gelogen", "bedraeng", "bedräng", "einschuechter", "einschüchter", "eingeschuechtert", "eingeschüchtert", "unwahrheit", "vergift", "vergrab", "zweckentfremd", "geduldet", "weiterverkauf", "schwarzgeld", "abgerechnet"}

// strictWrongdoing: a German clause names misconduct in itself (one of
// strictWrongdoingDE, people put under pressure, services never
// rendered, warnings ignored, a pollutant let out, done without
// consent). Used on German clauses only.
func strictWrongdoing(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].licensed {
			return true
		}
		f := toks[k].fold
		if plainDeedDE(toks, k) {
			return true
		}
		for _, w := range strictWrongdoingDE {
			if strings.HasPrefix(f, w) {
				return true
			}
		}
		switch {
		case f == "druck" && k > 0 && toks[k-1].fold == "unter",
			f == "erbracht" && k > 0 && (toks[k-1].fold == "nie" || toks[k-1].fold == "nicht"),
			strings.HasPrefix(f, "ignorier") && hasNear(toks, k, 4, "warnung", "hinweis", "auflage", "vorschrift", "anordnung", "mahnung", "bedenken"),
			(pollutantWords[f] || strings.HasPrefix(f, "abfäll") || strings.HasPrefix(f, "abfaell")) && hasWrongdoing(toks, k, min(k+8, to)),
			f == "ohne" && hasWrongdoing(toks, k, min(k+4, to)):
			return true
		}
	}
	return false
}

// hasNear: a word within n tokens of k starts with one of the stems.
func hasNear(toks []token, k, n int, stems ...string) bool {
	for j := max(k-n, 0); j <= k+n && j < len(toks); j++ {
		for _, st := range stems {
			if strings.HasPrefix(toks[j].fold, st) {
				return true
			}
		}
	}
	return false
}

// accordingFrame: "Brisklane underpaid couriers, according to an
// investigation by The Clarion Post" makes the outlet the accuser;
// "according to the complaint, Lisle instructed staff to ..." makes the
// complaint's author the accuser.
func (d *doc) accordingFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	// The source: "by X" after an investigation noun, or a document.
	var source *entity
	var investigator, pleading bool
	for k := c + 2; k < len(toks) && k <= c+8; k++ {
		if pleadingNouns[trimPoss(toks[k].fold)] {
			pleading = true
		}
		if investigEN[toks[k].fold] && k+1 < len(toks) && toks[k+1].fold == "by" {
			// "a report by the University of Toronto's Citizen Lab".
			for j := k + 2; j < len(toks) && j <= k+8 && toks[j].text != ","; j++ {
				if m := d.mentionAt(s, j); m != nil && m.ent != nil && m.ent.isOrg() {
					source, investigator = m.ent, true
					break
				}
			}
			break
		}
		if m := d.mentionAt(s, k); m != nil && m.ent != nil {
			source = m.ent
			if k+1 < len(toks) && pleadingNouns[trimPoss(toks[k+1].fold)] {
				pleading = true // "according to the SEC's complaint"
			}
			break
		}
	}
	if source == nil {
		return
	}
	// A pleading states allegations by nature: "According to the
	// complaint, Lisle instructed staff …" needs no word of misconduct.
	if !pleading && !hasWrongdoing(toks, 0, len(toks)) {
		return
	}
	// The accused: a participant outside the source phrase, before or
	// after it, not a document or outlet. The phrase ends at its comma
	// ("According to the indictment, Loh began …").
	srcEnd := c + 6
	for k := c + 2; k < len(toks) && k <= c+10; k++ {
		if toks[k].text == "," {
			srcEnd = k
			break
		}
	}
	var accused, byAgent *part
	for k := range parts {
		p := parts[k]
		if p.e == source || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication {
			continue
		}
		if p.m.t0 >= c && p.m.t0 < srcEnd {
			continue
		}
		// "A Pentagon audit found that X …": a name before a paper's
		// noun says whose paper it is.
		if p.m.t1 < len(toks) && d.docHead(toks[p.m.t1]) != "" {
			continue
		}
		// "Spyware made by Orvex was used to hack …": the agent of a
		// participle, where no subject is named.
		if p.prep == "by" && byAgent == nil && p.m.t0 > 1 && p.m.t0 < c && strings.HasSuffix(toks[p.m.t0-2].fold, "ed") || p.prep == "by" && p.m.t0 > 2 && toks[p.m.t0-1].fold != "by" && toks[p.m.t0-2].fold == "by" && strings.HasSuffix(toks[p.m.t0-3].fold, "ed") {
			if byAgent == nil {
				byAgent = &parts[k]
			}
			continue
		}
		// "According to the union, managers at Corral Meats forced …":
		// a body's organ opening the clause stands for the body.
		if (p.prep == "at" || p.prep == "of") && p.e.isOrg() && p.m.t0 > srcEnd+1 && p.m.t0 >= 2 && organWords[toks[p.m.t0-2].fold] && organOpensClause(toks, srcEnd, p.m.t0-2) {
			q := parts[k]
			q.prep = ""
			accused = &q
			break
		}
		if p.prep != "" {
			continue
		}
		accused = &parts[k]
		break
	}
	if accused == nil {
		accused = byAgent
	}
	if accused == nil {
		return
	}
	// "Carter suffered second-degree burns …, according to the
	// lawsuit": what befell a party is no act of it; only a word of
	// misconduct would make it a charge.
	if pleading && !hasWrongdoing(toks, 0, len(toks)) {
		at := accused.m.t1
		// "Maria Delgado, a nurse from Ohio, suffered …": past an
		// apposition.
		if at < len(toks) && toks[at].text == "," {
			for k := at + 1; k < len(toks) && k <= at+10; k++ {
				if toks[k].text == "," {
					at = k + 1
					break
				}
			}
		}
		for k := at; k < len(toks) && k <= at+2; k++ {
			if victimVerbs[toks[k].fold] {
				return
			}
		}
	}
	// "examined whether Brightline had overcharged customers, according
	// to its report": a question, no charge.
	for k := 0; k < len(toks); k++ {
		if (toks[k].fold == "whether" || toks[k].fold == "ob") && hasWrongdoing(toks, k+1, len(toks)) {
			return
		}
	}
	// "According to court filings, the Care Quality Regulator separately
	// accuses Silverbirch of …": the clause's subject makes the charge,
	// which its own verb's frame reads.
	for j := accused.m.t1; j < len(toks) && j <= accused.m.t1+3; j++ {
		if f := toks[j].fold; accuseEN[f] || allegeEN[f] || chargeEN[f] {
			return
		}
		if !toks[j].word || !(auxiliaries[toks[j].fold] || strings.HasSuffix(toks[j].fold, "ly") || findingAdverbs[toks[j].fold]) {
			break
		}
	}
	var accuser *entity
	switch {
	case investigator:
		accuser = source
	case source.typ == claimgraph.Document:
		accuser = source.author
		// "According to a complaint filed by the state's attorney
		// general": a filer the text does not name as a party is no
		// accuser found elsewhere in the article.
		if accuser == nil && !source.filedBy {
			accuser = d.implicitAccuser(s, parts, []part{*accused})
		}
	case source.typ == claimgraph.Publication:
		accuser = d.implicitAccuser(s, parts, []part{*accused})
	default:
		accuser = party(source)
	}
	if accuser == nil {
		return
	}
	emit(accuser, ents(d.coordinated(s, parts, []part{*accused})), "en.according.reported", 0.7, 0)
}

// suspectAttrDE reports the adjective "verdächtig" before its noun at c
// ("die verdächtigen Zahlungen", "der verdächtigten Firmen"), no verb of
// suspecting: a capitalised word follows that names no party.
func suspectAttrDE(toks []token, c int) bool {
	f := toks[c].fold
	if !strings.HasPrefix(f, "verdächtig") && !strings.HasPrefix(f, "verdaechtig") || !strings.HasSuffix(f, "en") {
		return false
	}
	return c+1 < len(toks) && toks[c+1].cap && toks[c+1].word && !articles[toks[c+1].fold] && c > 0 && articles[toks[c-1].fold]
}

func ruleVerb(f string) string {
	switch {
	case strings.HasPrefix(f, "vorw") || strings.HasPrefix(f, "wirf") || strings.HasPrefix(f, "werf") || strings.HasPrefix(f, "warf"):
		return "vorwerfen"
	case vorhaltenFinite[f] || vorhaltenWhole[f]:
		return "vorhalten"
	case unterstellenDE[f]:
		return "unterstellen"
	case f == "angezeigt" || zeigenFinite[f]:
		return "anzeigen"
	case strings.HasPrefix(f, "beschuldig"):
		return "beschuldigen"
	case strings.HasPrefix(f, "bezichtig"):
		return "bezichtigen"
	case strings.HasPrefix(f, "verdaecht") || strings.HasPrefix(f, "verdächt"):
		return "verdaechtigen"
	case strings.HasPrefix(f, "verklag"):
		return "verklagen"
	case strings.HasPrefix(f, "angeklag") || strings.HasPrefix(f, "anklag") || klagenFinite[f]:
		return "anklagen"
	case strings.Contains(f, "rueg") || strings.Contains(f, "rüg"):
		return "ruegen"
	case anlastenDE[f] || lastenFinite[f]:
		return "anlasten"
	case f == "last":
		return "zurlastlegen"
	case f == "verantwortlich":
		return "verantwortlichmachen"
	case f == "schuld":
		return "schuldgeben"
	case strings.HasPrefix(f, "accus"):
		return "accuse"
	case strings.HasPrefix(f, "charg"):
		return "charge"
	case strings.HasPrefix(f, "su"):
		return "sue"
	case strings.HasPrefix(f, "indict"):
		return "indict"
	case strings.HasPrefix(f, "fine"):
		return "fine"
	case strings.HasPrefix(f, "sanction"):
		return "sanction"
	case strings.HasPrefix(f, "blam"):
		return "blame"
	case strings.HasPrefix(f, "alleg"):
		return "allege"
	case strings.HasPrefix(f, "claim"):
		return "claim"
	case strings.HasPrefix(f, "flag"):
		return "flag"
	case strings.HasPrefix(f, "cite"):
		return "cite"
	case strings.HasPrefix(f, "prosecut"):
		return "prosecute"
	case strings.HasPrefix(f, "ban") || strings.Contains(f, "sperr"):
		return "ban"
	}
	return f
}

// particleLater reports a separable particle w later in the sentence that
// ends its clause ("lastet dem Konzern … an,"), not a preposition.
func particleLater(toks []token, c int, w string) bool {
	for k := c + 1; k < len(toks); k++ {
		if toks[k].fold == w && (k+1 >= len(toks) || !toks[k+1].word) {
			return true
		}
	}
	return false
}

func hasBefore(toks []token, c int, w string) bool {
	for k := 0; k < c && k < len(toks); k++ {
		if toks[k].fold == w {
			return true
		}
	}
	return false
}

func hasLater(toks []token, c int, w string) bool {
	for k := c + 1; k < len(toks); k++ {
		if toks[k].fold == w {
			return true
		}
	}
	return false
}

func hasLaterAny(toks []token, c int, ws map[string]bool) bool {
	for k := c + 1; k < len(toks); k++ {
		if ws[toks[k].fold] {
			return true
		}
	}
	return false
}

// hasPassive reports a passive auxiliary in the clause of the cue at c
// (between the commas around it), so "die ... eingereicht wurde" in a
// relative clause does not make "bezichtigt" passive.
func (d *doc) hasPassive(toks []token, c int) bool {
	from, to := c, c
	for from > 0 && toks[from-1].text != "," {
		from--
	}
	for to < len(toks) && toks[to].text != "," {
		to++
	}
	for k := from; k < to; k++ {
		if passiveAux[toks[k].fold] && k != c {
			return true
		}
	}
	// "Laut der Anklage, die am Montag zugelassen wurde, wird den
	// früheren Geschäftsführern von Alpenzement, Peter Huber und Markus
	// Lenz, Betrug vorgeworfen": appositions put commas between the
	// auxiliary and the participle. The auxiliary of a relative clause
	// ("zugelassen wurde") is not the cue's; a subordinate clause opens
	// another.
	if d.lang != "de" || !vorwerfenWhole[toks[c].fold] && !accuseDE[toks[c].fold] && !anlastenDE[toks[c].fold] {
		return false
	}
	spans := relativeSpansDE(toks, c, len(toks))
	for k := from - 1; k >= 0; k-- {
		if toks[k].text == ";" || toks[k].text == "," && k+1 < len(toks) && (subordinatorsDE[toks[k+1].fold] || clauseOpenersDE[toks[k+1].fold] || toks[k+1].fold == "dass") {
			return false
		}
		if passiveAux[toks[k].fold] && !inSpans(spans, k, k+1) {
			return true
		}
	}
	return false
}

// clauseEnd is where the frame's own clause ends: the particle "vor" or
// the comma that opens the content clause.
func clauseEnd(toks []token, c int) int {
	for k := c + 1; k < len(toks); k++ {
		if toks[k].fold == "vor" && (k+1 >= len(toks) || !toks[k+1].word) {
			return k
		}
	}
	for k := c + 1; k < len(toks); k++ {
		if toks[k].text == "," {
			return k
		}
	}
	return len(toks)
}

// organClauseSubjectDE reads a company organ that opens the clause
// before the cue at c as its subject: "Der Vorstand wirft Nettekoven vor",
// "Die Konzernführung wirft der Gewerkschaft vor". It stands for the
// organisation a genitive after it names ("Der Vorstand des Konzerns"),
// else the one its compound or the story names (organOwnerDE).
func (d *doc) organClauseSubjectDE(s int, parts []part, c int) *part {
	toks := d.sents[s].toks
	if c < 2 || !articles[toks[0].fold] || !toks[1].cap || !organWordDE(toks[1].fold) && !supervisoryOrgansDE[toks[1].fold] || lawyerOrganDE(toks[1].fold) {
		return nil
	}
	var owner *entity
	for _, p := range parts {
		if p.m.t0 < c && p.m.t0 > 2 && p.prep == "gen" && p.m.t0 <= 4 && p.e.isOrg() {
			owner = p.e // "Der Vorstand des Maschinenbauers"
			continue
		}
		if p.m.t0 < c {
			return nil // the clause has a named subject
		}
	}
	if owner == nil {
		owner = d.organOwnerDE(s, 1)
	}
	if owner == nil {
		return nil
	}
	return &part{m: &mention{sent: s, t0: 0, t1: 2, kind: mDesc, ent: owner}, e: owner, art: toks[0].fold}
}

// supervisoryOrgansDE are the boards that oversee a company and speak
// for it towards its former managers ("Der Aufsichtsrat hatte erklärt,
// der frühere Chef habe …").
var supervisoryOrgansDE = set("aufsichtsrat", "verwaltungsrat")

// focusAdverbsDE may stand between a finite verb and its subject: "soll
// auch der Zulieferer X …", "habe zudem die Firma Y …".
var focusAdverbsDE = set("auch", "zudem", "ebenfalls", "außerdem", "ausserdem", "selbst", "bereits", "angeblich", "offenbar", "mutmaßlich", "mutmasslich", "dabei", "darüber", "hinaus")

// konjunktivDE are German auxiliaries in the subjunctive of reported
// speech.
var konjunktivDE = set("habe", "sei", "seien", "hätten", "haetten")

// subjunctiveFrame reads a German sentence in the subjunctive of reported
// speech whose subject stands right before the auxiliary at c or right
// after it ("Zudem habe die Tochterfirma X …"), with wrongdoing and no
// verb of saying of its own: it continues the accusation of the sentence
// or two before, in the same paragraph, whose accuser it takes over.
func (d *doc) subjunctiveFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	// A deed done in order to conceal or deceive ("Um die
	// Unterbesetzung zu verschleiern, habe …") is wrong by its purpose.
	purpose := c == purposeLeadDE(toks) && hasWrongdoing(toks, 1, c-1)
	if !purpose && !hasWrongdoing(toks, c, len(toks)) && !insinuatedDeedDE(toks, c) || d.sentenceHas(s, reportVerbs) || d.sentenceHas(s, outletCues) {
		return
	}
	// A negation, a word of propriety, a victim or a passive ("sei
	// betrogen worden") reports no misconduct of the subject; in a
	// clause after the deed ("…, obwohl sie nie ausgeführt worden
	// seien", "…, die nie erbracht wurden") they qualify what it was
	// about.
	sub := false
	for k, t := range toks {
		// A short quotation of a few words after the verb ("habe seine
		// Warnung „als Panikmache abgetan“") quotes the speaker inside
		// the reported clause; a longer one, or one before the verb, is
		// direct speech of its own.
		if (t.quote || t.inq) && !(k > c && shortQuoteDE(toks, k)) || proprietyWords[t.fold] {
			return
		}
		if t.text == "," && k > c && k+1 < len(toks) && subClauseDE[toks[k+1].fold] {
			sub = true
		}
		if sub {
			continue
		}
		switch t.fold {
		case "nicht", "nie", "kein", "keine", "keinen", "keinerlei", "niemals", "worden", "opfer", "geschädigt", "geschaedigt", "betroffen":
			if attributiveNegDE(toks, k) {
				continue
			}
			return
		}
	}
	var accused *part
	for k := range parts {
		p := parts[k]
		if p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || p.prep != "" || p.obj || p.m.kind == mPron && toks[p.m.t0].fold == "man" {
			continue
		}
		if p.m.t1 == c && (p.m.t0 <= 2 || leadInDE(toks, p.m.t0, d)) {
			accused = &parts[k]
			break
		}
		if p.m.t0 > c && p.m.t0 <= c+4 {
			ok := true
			for g := c + 1; g < p.m.t0; g++ {
				tg := toks[g]
				// ("die Hausverwaltung X": a noun between the article
				// and the name describes it.)
				// ("hat Bürgermeister X": a role before the name.)
				if !(articles[tg.fold] || tg.word && !tg.cap && isAdjDE(tg) || d.isCompanyDescriptor(tg) || focusAdverbsDE[tg.fold] ||
					tg.word && tg.cap && g == p.m.t0-1 && (g > c+1 && articles[toks[g-1].fold] || isRoleToken(tg, d) != "")) {
					ok = false
				}
			}
			if ok {
				accused = &parts[k]
			}
			break
		}
	}
	// "Die Klinikleitung habe …", "…, habe die Geschäftsführung …": a
	// company organ stands for its company.
	if accused == nil {
		accused = d.organSubjectAtDE(s, c)
	}
	// "Streikposten der GNL hätten …", "Mitglieder des Vereins hätten
	// …": people of a body acting for it.
	if accused == nil {
		accused = membersSubjectDE(toks, parts, c)
	}
	if accused == nil {
		return
	}
	// The accusation stated or restated in one of the two sentences
	// before, in the paragraph ("Das Amt wirft X vor, … Demnach soll X …
	// Die Firma Y habe zudem …": a restatement in a later paragraph
	// carries its accuser on too), and where it was last stated.
	var prev *acc
	at := -1
	// "… sagte Vereinschef X. Die Heizungen seien defekt. Die Nebenkosten
	// seien gestiegen. Zudem habe die Hausverwaltung Y …": sentences in
	// the subjunctive that name no party and quote no one carry the
	// reported speech on, however many stand between.
	lo := s - 2
	for j := s - 1; j > s-6 && j > 0 && d.sents[j].para == d.sents[s].para && d.reportedLinkDE(j); j-- {
		lo = min(lo, j-1)
	}
	for _, a := range d.accs {
		for _, t := range a.support {
			if t < s && t >= lo && d.sents[t].para == d.sents[s].para && t > at {
				prev, at = a, t
			}
		}
	}
	accuser, paper := (*entity)(nil), false
	// "X wirft Y vor, … Die Vorwürfe seien falsch, erklärte Y. X habe
	// …": the speaker of the sentence right before goes on speaking,
	// not the accuser of an earlier claim.
	if sp := d.saidBeforeSpeakerDE(s); sp != nil && prev != nil && at < s-1 {
		accuser = sp
	} else if prev != nil && at < s-1 && rejectsBeforeDE(d.sents[s-1].toks) {
		// "X habe … Borchardts Anwalt bezeichnete das als „nachgeschoben“.
		// Seine Mandantin habe …": after a rejection the subjunctive goes
		// on with the one who rejects, not with the accuser.
		return
	} else if prev != nil {
		accuser = prev.accuser
	} else {
		// "Der Mieterverein äußerte sich am Mittwoch zu dem Fall. Die
		// Wohnbau X habe …": with no accusation before, the speaker the
		// sentence before names goes on speaking.
		accuser = d.speakerBeforeDE(s)
		// "Die Mieterinitiative hat sich in einem offenen Brief an den
		// Stadtrat gewandt. Die Wohnbau X habe …": who wrote or spoke up.
		// (A source the sentence names itself, ", heißt es darin", ",
		// so der Verband", is read by its own frame.)
		if accuser == nil && !ownSourceDE(toks) {
			accuser = d.addresserBeforeDE(s)
		}
		// "Das Bündnis hat die Ergebnisse eigener Proben vorgestellt.
		// Demnach leite das Unternehmen …": who presented it.
		if accuser == nil && backReportDE(toks) {
			accuser = d.presenterBeforeDE(s)
		}
		// "Ein früherer Entwickler sagte, er habe gewarnt. Kuravia habe
		// die Warnungen ignoriert": indirect speech goes on.
		if accuser == nil {
			accuser = d.saidBeforeSpeakerDE(s)
		}
		// "…, heißt es in dem Schreiben. Um … zu verschleiern, habe die
		// Geschäftsführung …": the paper goes on speaking.
		if accuser == nil {
			if accuser = d.paperSpeakerBeforeDE(s); accuser != nil {
				paper = true
			}
		}
	}
	if accuser == nil || accuser == accused.e || party(accused.e) == party(accuser) {
		return
	}
	emit(accuser, ents(d.coordinated(s, parts, []part{*accused})), "de.subjunctive.reported", 0.65, c+1)
	// The paper the sentence before cited is this claim's source too.
	if paper {
		for _, a := range d.accs {
			if a.accuser == accuser && slices.Contains(a.support, s) {
				a.support = appendUniq(a.support, s-1)
			}
		}
	}
}

// reportedLinkDE reports a German sentence that only goes on with reported
// speech: a finite verb in the subjunctive of reported speech, no
// quotation, no verb of saying (which would bring in a speaker) and no
// party named.
func (d *doc) reportedLinkDE(j int) bool {
	konj := false
	for _, t := range d.sents[j].toks {
		if t.quote || t.inq || reportVerbs[t.fold] || sayFiniteDE[t.fold] {
			return false
		}
		// ("Viele Familien könnten die Abschläge kaum bezahlen": the
		// second subjunctive stands in for the first.)
		konj = konj || konjFiniteDE[t.fold] || konjIIModalsDE[t.fold]
	}
	for _, m := range d.ments[j] {
		if m.ent != nil {
			return false
		}
	}
	return konj
}

// closingWieVerbsDE are the verbs of saying that close a German "wie"
// clause of attribution ("…, wie der Verband mitteilte").
var closingWieVerbsDE = set("mitteilte", "mitteilten", "mitteilt", "berichtete", "berichteten", "berichtet", "erklärte", "erklaerte", "erklärten", "erklaerten",
	"sagte", "sagten", "sagt", "schrieb", "schreibt", "betonte")

// closingWieDE reads "…, wie X (am Montag) mitteilte." at the verb c: the
// first party after "wie" that is in no prepositional phrase, with at
// most a few words of time between it and the verb, speaks the clause
// before the comma (closingAttribution reads it from the party's end).
func (d *doc) closingWieDE(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) bool {
	toks := d.sents[s].toks
	w := -1
	for k := c - 1; k >= 2 && k >= c-8; k-- {
		if toks[k].fold == "wie" && toks[k-1].text == "," {
			w = k
			break
		}
		if !toks[k].word && toks[k].text != "-" {
			return false
		}
	}
	if w < 0 {
		return false
	}
	// "Laut einem Gutachten soll X …, wie die Zeitung berichtet": a
	// clause with a source or a reporting "soll" of its own is read by
	// those frames; the "wie" clause only relays it.
	for k := 0; k < w; k++ {
		if f := toks[k].fold; f == "laut" || f == "zufolge" || f == "angaben" || f == "berufung" || reportedModal[f] {
			return false
		}
	}
	for i := range parts {
		p := parts[i]
		if p.m.t0 <= w || p.m.t1 > c {
			continue
		}
		if p.prep != "" || p.e.typ == claimgraph.Document || p.m.t0 > w+4 || c-p.m.t1 > 3 {
			return false
		}
		return d.closingAttribution(s, parts, p.m.t1, emit)
	}
	return false
}

// konjIIModalsDE are modal verbs in the second subjunctive that reported
// speech uses where the first looks like the indicative.
var konjIIModalsDE = set("könnten", "koennten", "müssten", "muessten", "dürften", "duerften")

// speakVerbsDE are verbs of speaking whose subject the subjunctive of
// the next sentence goes on quoting.
var speakVerbsDE = set("äußerte", "aeusserte", "äußerten", "aeusserten", "äußert", "aeussert", "sprach", "sprachen", "kritisierte", "kritisierten", "kritisiert",
	"warnte", "warnten", "sagte", "sagten", "erklärte", "erklaerte", "erklärten", "erklaerten", "teilte", "teilten", "berichtete", "berichteten",
	"beklagte", "beklagten", "bemängelte", "bemaengelte", "schrieb", "schrieben", "meldete", "betonte", "argumentierte", "behauptete", "behauptet")

// attackVerbsDE are "angreifen" (attack in words), with its particle
// "an" closing the sentence.
var attackVerbsDE = set("griff", "griffen", "greift", "greifen")

// speakerBeforeDE returns the party that speaks in the sentence before s
// of the same paragraph: the subject of a main clause whose finite verb
// is one of speaking ("Der Mieterverein äußerte sich am Mittwoch zu dem
// Fall."), when it is no quotation and reports nothing in the
// subjunctive itself.
func (d *doc) speakerBeforeDE(s int) *entity {
	o := s - 1
	if o < 0 || d.sents[o].para != d.sents[s].para {
		return nil
	}
	toks := d.sents[o].toks
	ps := d.participants(o, false)
	if len(ps) == 0 {
		return nil
	}
	p := ps[0]
	// "Auch den Arbeitgeberverband (ABW) griff Aydın an", "Den Verband
	// kritisierte sie scharf": an object fronted before the verb (with
	// its short name in brackets), the speaker right after it.
	q, v := 1, p.m.t1
	for q < len(ps) && ps[q].e == p.e {
		v = ps[q].m.t1
		q++
	}
	if v < len(toks) && toks[v].text == ")" {
		v++
	}
	// A role may stand before the speaker's name ("griff
	// Initiativensprecherin Helga Dornbusch an").
	at := v + 1
	for at < len(toks) && at <= v+2 && isRoleToken(toks[at], d) != "" && q < len(ps) && ps[q].m.t0 > at {
		at++
	}
	if p.obj && p.prep == "" && q < len(ps) && v+1 < len(toks) && ps[q].m.t0 == at && ps[q].prep == "" && !ps[q].obj &&
		(speakVerbsDE[toks[v].fold] || attackVerbsDE[toks[v].fold] && toks[len(toks)-2].fold == "an") {
		if ps[q].m.kind == mPron && ps[q].e.typ != claimgraph.Official {
			return nil
		}
		for _, t := range toks {
			if t.quote || t.text == "," || t.text == ":" || t.fold == "nicht" || t.fold == "nie" || t.fold == "kein" || t.fold == "keine" {
				return nil
			}
		}
		return party(ps[q].e)
	}
	if p.prep != "" || p.obj || p.m.kind == mPron || p.e.typ == claimgraph.Publication || p.m.t1 >= len(toks) {
		return nil
	}
	if !speakVerbsDE[toks[p.m.t1].fold] {
		return nil
	}
	// "äußerte sich nicht zu den Vorwürfen": declining says nothing.
	for _, t := range toks {
		if t.quote || t.text == "," || t.text == ":" || t.fold == "nicht" || t.fold == "nie" || t.fold == "kein" || t.fold == "keine" {
			return nil
		}
	}
	return party(p.e)
}

// konjunktivVerbDE reports a German full verb in the first subjunctive
// at token c, right after the subject that opens the sentence: a small
// word ending in -e where the indicative has -t ("Kaldonien schicke …",
// "Auch der Subunternehmer Glanzwerk zahle …"). A weak past ("schickte")
// and words that are no verbs are left out.
func (d *doc) konjunktivVerbDE(s int, parts []part, c int) bool {
	toks := d.sents[s].toks
	t := toks[c]
	f := t.fold
	if t.inq || !konjShapeDE(t) || konjunktivDE[f] || articles[f] || possessives[f] || c+1 >= len(toks) || !toks[c+1].word {
		return false
	}
	switch f {
	case "alle", "beide", "ohne", "gerne", "heute", "damalige", "frühere", "fruehere", "ehemalige", "habe", "wolle", "solle", "könne", "koenne", "müsse", "muesse", "werde", "dürfe", "duerfe":
		return false
	}
	for _, p := range parts {
		if p.m.t1 == c && p.prep == "" && !p.obj && p.e.typ != claimgraph.Document && (p.m.t0 == 0 || leadInDE(toks, p.m.t0, d)) {
			return true
		}
	}
	return false
}

// konjShapeDE reports a word shaped like a German full verb in the first
// subjunctive: a small word ending in -e where the indicative has -t
// ("schicke", "verbreite"); a weak past ("schickte") and small words that
// are no verbs are left out.
func konjShapeDE(t token) bool {
	f := t.fold
	return t.word && !t.cap && len(f) >= 4 && strings.HasSuffix(f, "e") && (!strings.HasSuffix(f, "te") || tStemKonjDE(f)) &&
		!functionWords[f] && !focusAdverbsDE[f] && !isAdjDE(t)
}

// leadInDE reports that only a focus adverb, an article and descriptors
// stand before the name at t0 that opens a German clause ("Auch der
// Subunternehmer Glanzwerk …", "Landrat Martin Kessler …").
func leadInDE(toks []token, t0 int, d *doc) bool {
	if t0 > 4 {
		return false
	}
	for g := 0; g < t0; g++ {
		tg := toks[g]
		// "Landrat Martin Kessler": a title or descriptor right before
		// the name.
		title := g == t0-1 && tg.cap && tg.word && !tg.inq
		if !(articles[tg.fold] || focusAdverbsDE[tg.fold] || tg.word && !tg.cap && isAdjDE(tg) || d.isCompanyDescriptor(tg) || isRoleToken(tg, d) != "" || attrAdjDE(toks, g) || title) {
			return false
		}
	}
	return true
}

// subClauseDE open a subordinate or relative clause after a comma.
var subClauseDE = set("obwohl", "obgleich", "kurz", "nachdem", "bevor", "die", "der", "das", "denen", "dessen", "deren", "weil", "wobei", "sodass")

// insinuatedDeedDE reports a reported deed after c that a clause of
// timing or concession sets against what it should not have preceded or
// ignored: "habe im Sommer Aktien verkauft, kurz bevor Lemtec eine
// Gewinnwarnung veröffentlichte", "habe Boni ausgezahlt, obwohl das
// Unternehmen Verluste schrieb". Said on the heels of an accusation, the
// deed is its substance though no word of it names a wrong.
func insinuatedDeedDE(toks []token, c int) bool {
	for k := c + 2; k+1 < len(toks); k++ {
		if toks[k].text != "," {
			continue
		}
		switch f, g := toks[k+1].fold, ""; {
		case f == "obwohl" || f == "obgleich":
			return true
		case f == "kurz" || f == "noch" || f == "unmittelbar" || f == "wenige":
			if k+2 < len(toks) {
				g = toks[k+2].fold
			}
			if g == "bevor" || g == "nachdem" || g == "vor" {
				return true
			}
		}
		return false
	}
	return false
}

// passiveAgentDE finds the agent of a German passive cue at c: "Dem
// Konzern wird von der Gewerkschaft Verdi vorgeworfen" — a party after
// "von" between the auxiliary and the participle. A document there
// speaks for its author elsewhere.
func (d *doc) passiveAgentDE(toks []token, parts []part, c int) *entity {
	aux := -1
	for k := c - 1; k >= 0; k-- {
		if passiveAux[toks[k].fold] {
			aux = k
			break
		}
	}
	if aux < 0 {
		return nil
	}
	for _, p := range parts {
		if p.prep == "von" && p.m.t0 > aux && p.m.t1 <= c && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
			// "den früheren Geschäftsführern von Alpenzement": after a
			// word for people, "von" names their employer, no agent.
			if v := p.m.t0 - 1; v > 0 && toks[v].fold == "von" && isRoleToken(toks[v-1], d) != "" {
				continue
			}
			return party(p.e)
		}
	}
	return nil
}

// relNegationDE negate a German relative clause of charging.
var relNegationDE = set("nichts", "nicht", "kein", "keine", "keinen", "keinerlei")

// relativeDativeDE reads a German relative clause that carries the cue at
// c: "Der Reederei X, der die Staatsanwaltschaft Bremen Umweltverstöße
// vorwirft", "dem Manager Y, dem die Firma Untreue vorwirft". The dative
// relative pronoun after the comma stands for the participant before it;
// the clause's subject follows the pronoun. "der" is dative only when a
// nominative subject follows it ("der die Behörde …").
func (d *doc) relativeDativeDE(s int, parts []part, c int) (subj, antecedent *part) {
	toks := d.sents[s].toks
	if !dativeFrameDE(toks, c) || !(vorwerfenWhole[toks[c].fold] || anlastenDE[toks[c].fold]) {
		return nil, nil
	}
	r := -1
	for k := c - 1; k > 0; k-- {
		if toks[k].text == "," {
			if f := toks[k+1].fold; f == "dem" || f == "denen" || f == "der" {
				r = k + 1
			}
			break
		}
	}
	if r < 0 {
		return nil, nil
	}
	for k := range parts {
		p := parts[k]
		if p.m.t1 <= r-1 && p.prep != "gen" {
			antecedent = &parts[k]
		}
		// ("…, dem die Anklage Bestechung vorwirft": the pleading
		// speaks for its filer, docAuthorOr finds it.)
		if subj == nil && p.m.t0 > r && p.m.t1 <= c && p.prep == "" && p.e.typ != claimgraph.Publication && (p.e.typ != claimgraph.Document || p.m.t0 == r+2 && d.docAuthorOr(p.e, s) != nil) {
			subj = &parts[k]
		}
	}
	if subj == nil || antecedent == nil || antecedent.e == subj.e || antecedent.m.t1 < r-3 {
		return nil, nil
	}
	if toks[r].fold == "der" && d.caseDE(*subj) != 'n' {
		return nil, nil
	}
	return subj, antecedent
}

// lawyerOrganDE: counsel speak for a client, but are no organ a charge
// can be laid against.
func lawyerOrganDE(f string) bool {
	return strings.Contains(f, "anwalt") || strings.Contains(f, "anwael") || strings.HasPrefix(f, "verteidig")
}

// organOwnerDE finds the organisation whose organ the German compound at
// token k of sentence s names: the organisation whose name or aliases
// hold the compound's first part („Klinikleitung“ → the hospital
// operator), or for a company's generic organ („Konzernführung“,
// „Geschäftsleitung“, „Vorstand“) the most salient company. A compound
// naming another kind of body („Parteiführung“) has no owner here.
func (d *doc) organOwnerDE(s, k int, not ...*entity) *entity {
	f := d.sents[s].toks[k].fold
	pre := f
	// ("dem Management", "dem Vorstand": an organ word of its own names
	// no owner in itself.)
	if organWordsDE[f] && !strings.Contains(f, "leitung") && !strings.Contains(f, "fuehrung") && !strings.Contains(f, "spitze") {
		pre = ""
	}
	for _, suf := range []string{"leitung", "fuehrung", "spitze", "vorstand"} {
		if strings.HasSuffix(f, suf) {
			pre = strings.TrimSuffix(f, suf)
			break
		}
	}
	switch pre {
	case "", "konzern", "unternehmens", "unternehmen", "geschaefts", "firmen", "werks", "gesamt", "aufsichtsrat", "verwaltungsrat":
		// "Das Kartellamt hat gegen die Molkerei X ein Verfahren
		// eröffnet. Die Wettbewerbshüter werfen der Geschäftsführung
		// vor": the company its paragraph is about.
		d.paraFirst = true
		defer func() { d.paraFirst = false }()
		// "Die Prüfer der Wirtschaftsprüfungsgesellschaft X werfen dem
		// Vorstand vor": the party that speaks of the organ is not its
		// owner; the company before it in the story is.
		return d.salient(s, k, false, func(o *entity) bool {
			for _, x := range not {
				if x != nil && party(o) == party(x) {
					return false
				}
			}
			// "Beim Traditionsverein SV X rumort es. Der Vorstand wirft
			// dem früheren Kassenwart vor": a club or association has a
			// board of its own too.
			return o.typ == claimgraph.Company || f == "vorstand" && associationDE(o)
		})
	}
	if len(pre) < 4 {
		return nil
	}
	var best *entity
	for _, e := range d.ents {
		if e.dead || !e.isOrg() || e.typ == claimgraph.Publication || len(e.hits) == 0 || e.hits[0].sent > s {
			continue
		}
		if strings.Contains(fold(e.name+" "+strings.Join(e.aliases, " ")), pre) {
			if best != nil && best != e {
				return nil // two candidates: no telling which
			}
			best = e
		}
	}
	return best
}

// subordinatorsDE open a German clause that precedes the main clause:
// "Wie der NDR berichtet, wirft …", "Nachdem die Firma …, wirft …".
var subordinatorsDE = set("wie", "nachdem", "als", "weil", "obwohl", "während", "waehrend", "wenn", "bevor", "seitdem", "seit")

// mainClauseDE drops the participants of a subordinate clause that opens
// the sentence before the cue at c: the outlet of "Wie der NDR berichtet,
// wirft die Kammer dem Betreiber vor" is a source, neither subject nor
// object of the frame.
func mainClauseDE(toks []token, parts []part, c int) []part {
	parts = colonClause(toks, parts, c)
	if len(toks) == 0 || !subordinatorsDE[toks[0].fold] {
		return parts
	}
	comma := -1
	for k := 1; k < c; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return parts
	}
	return partsAfter(parts, comma)
}

// partsAfter keeps the participants that start after token k.
func partsAfter(parts []part, k int) []part {
	out := make([]part, 0, len(parts))
	for _, p := range parts {
		if p.m.t0 > k {
			out = append(out, p)
		}
	}
	return out
}

// colonClause keeps the participants after the last colon before the cue
// at c when the clause there names a party of its own before the cue:
// "Die Reederei steht in der Kritik: Die Umweltorganisation beschuldigt
// das Unternehmen, …" is a new sentence after the colon, and the party
// that stands in the criticism is neither subject nor object of its cue.
func colonClause(toks []token, parts []part, c int) []part {
	k := -1
	for j := c - 1; j > 0; j-- {
		if toks[j].text == ":" && !toks[j].inq {
			k = j
			break
		}
	}
	if k < 0 {
		return parts
	}
	own := false
	for _, p := range parts {
		if p.m.t0 > k && p.m.t0 < c && p.prep == "" && p.e.typ != claimgraph.Document {
			own = true
			break
		}
	}
	if !own {
		return parts
	}
	return partsAfter(parts, k)
}

// clauseOpenersDE open a second clause after a comma: "…, während die
// Reederei der Gewerkschaft vorwirft", "…, und Brandes wirft … vor".
var clauseOpenersDE = set("während", "waehrend", "wohingegen", "und", "aber", "doch", "sondern", "weil", "nachdem", "zumal", "wobei")

// ownClauseDE keeps the participants of the clause that holds the cue at
// c when a comma and a conjunction open it and it names a party of its
// own before the cue: "Die Gewerkschaft beschuldigt die Reederei, …,
// während die Reederei der Gewerkschaft vorwirft, …" has two accusers.
func (d *doc) ownClauseDE(s int, parts []part, c int) []part {
	toks := d.sents[s].toks
	// "Das Blatt habe ihr Zitate in den Mund gelegt, wirft Krüger-Lenz
	// der Redaktion vor": a finite cue right after a comma closes the
	// charge it reports, and its own subject and object follow it; the
	// parties inside the charge are neither.
	// ("Der frühere Finanzvorstand, Markus Eilers, wirft ihm vor": a
	// comma that closes an apposition closes no clause; the charge
	// before the cue has a verb of its own.)
	if d.lang == "de" && c > 1 && toks[c-1].text == "," && (vorwerfenFinite[toks[c].fold] || accuseDE[toks[c].fold] && !strings.HasPrefix(toks[c].fold, "ge")) && reportedClauseBeforeDE(toks, c-1) {
		after := partsAfter(parts, c)
		subj, obj := false, false
		for k, p := range after {
			// "wirft Krüger-Lenz der Redaktion vor": "der" after the
			// subject's name is the dative "vorwerfen" wants, no
			// genitive of that name.
			if p.prep == "gen" && p.art == "der" && subj && vorwerfenFinite[toks[c].fold] {
				after[k].prep, after[k].obj, p.obj = "", true, true
			} else if p.prep != "" || p.e.typ == claimgraph.Document {
				continue
			}
			if p.obj || p.art == "der" && subj {
				obj = true
			} else {
				subj = true
			}
		}
		if subj && obj {
			return after
		}
	}
	k := c - 1
	for k > 0 && toks[k].text != "," {
		k--
	}
	if k <= 0 || k+1 >= c || !clauseOpenersDE[toks[k+1].fold] && !saidBeforeDE(toks, k) {
		return parts
	}
	var out []part
	own := false
	for _, p := range parts {
		if p.m.t0 > k {
			out = append(out, p)
			if p.m.t0 < c && p.prep == "" && p.e.typ != claimgraph.Document {
				own = true
			}
		}
	}
	if !own {
		return parts
	}
	return out
}

// reportedVerbsDE are the finite verbs, mostly subjunctive, of a charge
// told before the cue that reports it ("Das Blatt habe … gelegt, wirft
// X … vor").
var reportedVerbsDE = set("habe", "haben", "hätte", "hätten", "haette", "haetten", "sei", "seien", "wäre", "wären", "waere", "waeren", "werde", "werden", "würde", "würden",
	"wuerde", "wuerden", "solle", "soll", "sollen", "könne", "koenne", "müsse", "muesse", "hat", "hatte", "hatten", "ist", "war", "waren")

// reportedClauseBeforeDE reports whether the clause that ends at the
// comma at k (from the sentence start or a colon) has a finite verb of
// its own, so that the comma closes a reported charge.
func reportedClauseBeforeDE(toks []token, k int) bool {
	for j := k - 1; j >= 0 && toks[j].text != ":"; j-- {
		if reportedVerbsDE[toks[j].fold] && !toks[j].cap {
			return true
		}
	}
	return false
}

// saidBeforeDE reports a verb of speech or report that closes the clause
// before the comma at k ("Die Zeitung berichtete am Montag, die
// Staatsanwaltschaft werfe …", "teilte mit, …"): the clause after the
// comma is what was said, with a subject of its own.
func saidBeforeDE(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		f := toks[j].fold
		if !toks[j].word {
			return false
		}
		// "berichtete am Montag,": a time phrase may follow the verb.
		if toks[j].cap {
			continue
		}
		if reportVerbs[f] || sayFiniteDE[f] || sayParticiplesDE[f] || reportVerbsOutlet[f] || f == "mit" && j > 0 {
			return true
		}
	}
	return false
}

// relPronounsDE open a German relative clause after a comma.
var relPronounsDE = set("der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher", "welches", "welchem", "welchen")

// outsideRelativesDE drops the participants of relative clauses that lie
// within the frame's own clause but do not hold its cue at c: "In ihrem
// Abschlussbericht, der dem „Tagesspiegel“ vorliegt, wirft die Firma dem
// Geheimdienst vor", "Der Verband, der rund 40 Mitgliedsfirmen vertritt,
// wirft dem Konzern vor". Their parties belong to the clause's own verb
// (vorliegt, vertritt), never to the frame. A relative clause opens with
// a comma and a relative pronoun, possibly after a preposition ("…, bei
// der …"), and, verb-final, ends with a small word before the next
// comma; a list item ("Dem Vorstand A, der Leiterin B und …") ends with a
// noun and stays.
func outsideRelativesDE(toks []token, parts []part, c, end int) []part {
	spans := relativeSpansDE(toks, c, end)
	if len(spans) == 0 {
		return parts
	}
	out := make([]part, 0, len(parts))
	for _, p := range parts {
		if !inSpans(spans, p.m.t0, p.m.t1) {
			out = append(out, p)
		}
	}
	// A party of the dropped clause ("das unserer Redaktion vorliegt")
	// was no subject of this one.
	rereadDerDE(out)
	return out
}

// rereadDerDE reads "der" again as a dative only after the subject (see
// participants), once parties of another phrase are set apart.
func rereadDerDE(out []part) {
	seenSubj := false
	for k := range out {
		if out[k].prep != "" {
			continue
		}
		if out[k].art == "der" || out[k].art == "einer" {
			out[k].obj = seenSubj
		}
		if !out[k].obj {
			seenSubj = true
		}
	}
}

// inSpans: tokens [t0, t1) lie inside one of the comma-opened spans.
func inSpans(spans [][2]int, t0, t1 int) bool {
	for _, sp := range spans {
		if t0 > sp[0] && t1 <= sp[1] {
			return true
		}
	}
	return false
}

// relativeSpansDE lists the relative clauses before end that do not hold
// the cue at c, each from its opening comma to its closing one.
func relativeSpansDE(toks []token, c, end int) [][2]int {
	var spans [][2]int
	for k := 0; k+2 < len(toks) && k < end; k++ {
		if toks[k].text != "," {
			continue
		}
		r := k + 1
		if prepositions[toks[r].fold] && !toks[r].cap && r+1 < len(toks) {
			r++
		}
		if !relPronounsDE[toks[r].fold] || toks[r].cap {
			continue
		}
		// "eine Gruppe, die sich „Night Owl“ nennt,": the clause names
		// the group; its name is the group's mention, kept.
		if q0, _ := namingRelativeDE(toks, k); q0 > 0 {
			continue
		}
		e := r + 1
		for e < len(toks) && toks[e].text != "," && toks[e].text != "." && toks[e].text != ";" {
			e++
		}
		if e >= len(toks) || e > end || toks[e].text != "," || e-r < 2 || c > k && c < e {
			continue
		}
		if last := toks[e-1]; !last.word || last.cap {
			continue
		}
		spans = append(spans, [2]int{k, e})
		k = e - 1
	}
	return spans
}

// finiteAuxFieldDE are finite auxiliaries and modals: one before a German
// cue shows the cue is no finite verb in second place.
var finiteAuxFieldDE = set("hat", "hatte", "haben", "hatten", "hätte", "hätten", "haette", "haetten", "wird", "wurde", "werden", "wurden",
	"ist", "war", "sind", "waren", "habe", "soll", "sollen", "will", "wollen", "kann", "können", "koennen", "muss", "müssen", "muessen")

// prepositionFieldDE marks the participants standing before the finite
// verb in second place as a prepositional phrase's when the sentence
// opens with a preposition: the field before the finite verb holds one
// phrase only, so in "In dem 68 Seiten langen Bericht, der vor
// Börsenbeginn veröffentlicht wurde, wirft Marlow Point dem Unternehmen
// vor" the report is neither subject nor object, however many words
// stand between it and "In". The finite verb is the cue or the auxiliary
// before it ("In dem Bericht hat X dem Y vorgeworfen"). A comma outside a
// relative clause leaves the field unread.
func prepositionFieldDE(toks []token, parts []part, c, end int) []part {
	// "Am Montag ging der Verband weiter: Er beschuldigt …": a colon
	// before the cue opens a sentence of its own; its first field is the
	// one that counts.
	b := 0
	for j := c - 1; j > 0; j-- {
		if toks[j].text == ":" && !toks[j].inq {
			b = j + 1
			break
		}
	}
	if c < b+2 || !prepositions[toks[b].fold] || toks[b].fold == "laut" {
		return parts
	}
	spans := relativeSpansDE(toks, c, end)
	// The finite verb in second place: the cue itself, or the auxiliary
	// of a participle cue ("In dem Bericht hat X dem Y vorgeworfen").
	// A frame whose cue is no verb ("macht … verantwortlich", "legt …
	// zur Last") has its own finite verb; a participle cue needs its
	// auxiliary.
	v := -1
	for k := b + 1; k < c; k++ {
		inRel := false
		for _, sp := range spans {
			inRel = inRel || k >= sp[0] && k <= sp[1]
		}
		if inRel {
			continue
		}
		if f := toks[k].fold; finiteAuxFieldDE[f] || machenForms[f] || gebenForms[f] || f == "legt" || f == "legte" || f == "legen" || f == "legten" {
			v = k
			break
		}
		if toks[k].text == "," || toks[k].quote {
			return parts
		}
	}
	if f := toks[c].fold; v < 0 && (vorwerfenFinite[f] || lastenFinite[f] || klagenFinite[f] || accuseDE[f] && !strings.HasPrefix(f, "ge")) {
		v = c
	}
	if v < 0 {
		return parts
	}
	out := make([]part, len(parts))
	copy(out, parts)
	for k := range out {
		if out[k].m.t0 >= b && out[k].m.t1 <= v && out[k].prep == "" {
			out[k].prep, out[k].obj = toks[b].fold, false
		}
	}
	rereadDerDE(out)
	return out
}

// reciprocalDE: "sich gegenseitig" or "einander" right after the finite
// verb at v ("werfen sich gegenseitig … vor", "beschuldigen einander"),
// or "sich" there and "gegenseitig" later in the clause, past subjects
// that follow the verb ("werfen sich A und B gegenseitig … vor").
func reciprocalDE(toks []token, v, end int) bool {
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		if f := toks[k].fold; f == "gegenseitig" || f == "einander" || f == "wechselseitig" {
			return true
		}
	}
	if v+1 < len(toks) && toks[v+1].fold == "sich" {
		for k := v + 2; k < len(toks) && k < end; k++ {
			if f := toks[k].fold; f == "gegenseitig" || f == "einander" || f == "wechselseitig" {
				return true
			}
		}
	}
	return false
}

// legenForms are the finite forms of "legen" in "legt … zur Last".
var legenForms = set("legt", "legte", "legen", "legten", "lege")

// finiteOfCueDE returns the finite verb of a German frame whose cue at c
// closes the clause ("legt … zur Last", "macht … verantwortlich"): the
// nearest form of "legen" or "machen" before it in the clause; else c.
func finiteOfCueDE(toks []token, c int) int {
	f := toks[c].fold
	if f != "last" && !blameDE[f] {
		return c
	}
	for k := c - 1; k > 0; k-- {
		if toks[k].text == ";" || toks[k].quote {
			break
		}
		if g := toks[k].fold; !toks[k].cap && (f == "last" && legenForms[g] || blameDE[f] && (machenForms[g] && g != "gemacht" || vorhaltenFinite[g])) {
			return k
		}
	}
	return c
}

// dativeFrameDE reports whether the German cue at c takes its accused in
// the dative ("wirft dem Konzern … vor", "legt ihm … zur Last", "lastet
// der Firma … an"): its other object is the charge, never a party.
func dativeFrameDE(toks []token, c int) bool {
	f := toks[c].fold
	return vorwerfenFinite[f] || vorwerfenWhole[f] || f == "last" || anlastenDE[f] || lastenFinite[f] || vorhaltenFinite[f] || vorhaltenWhole[f] || unterstellenDE[f]
}

// unterstellenDE are the forms of "unterstellen", to impute ("Die Firma
// unterstellt dem Verband, Daten gefälscht zu haben"). The verb also
// means to place under ("das Amt ist dem Ministerium unterstellt"), so it
// counts only where a comma opens the charge: an infinitive with "zu" or
// a clause with "dass".
var unterstellenDE = set("unterstellt", "unterstellte", "unterstellen", "unterstellten")

func unterstellenCueDE(toks []token, c int) bool {
	if !unterstellenDE[toks[c].fold] || toks[c].cap {
		return false
	}
	for k := c + 1; k+1 < len(toks) && k <= c+10; k++ {
		if toks[k].text == "." || toks[k].text == ";" {
			return false
		}
		if toks[k].text != "," {
			continue
		}
		if toks[k+1].fold == "dass" {
			return true
		}
		for j := k + 1; j+1 < len(toks); j++ {
			if toks[j].text == "," || toks[j].text == "." {
				break
			}
			if toks[j].fold == "zu" && toks[j+1].word && !toks[j+1].cap && (j+2 >= len(toks) || !toks[j+2].word) {
				return true
			}
		}
		return false
	}
	return false
}

// zeigenFinite are the finite forms of "anzeigen" split from its
// particle ("zeigte den Mitarbeiter wegen Untreue an").
var zeigenFinite = set("zeigt", "zeigte", "zeigten", "zeigen")

// anzeigenCueDE reads "anzeigen", to report to the police, at c: "hat
// den Bauunternehmer wegen Betrugs angezeigt", "zeigte den Mitarbeiter
// wegen Untreue an". The verb also means to show or announce, so it
// counts only with the offence named after "wegen" in its clause.
func anzeigenCueDE(toks []token, c int) bool {
	f := toks[c].fold
	if toks[c].cap {
		return false
	}
	lo, hi := c, c
	switch {
	case f == "angezeigt":
		lo = c - 12
	case zeigenFinite[f]:
		if !particleLater(toks, c, "an") {
			return false
		}
		hi = c + 14
		// "Wegen Verleumdung zeigte Dittmer die Zeitung an": the
		// offence fronted before the verb, at the clause's start ("Wegen
		// Lieferengpässen zeigte X höhere Preise an" announces: the
		// fronted cause must be a wrong).
		if c >= 2 && c <= 6 && toks[0].fold == "wegen" && toks[1].cap && hasWrongdoing(toks, 1, c) {
			for k := 1; k < c; k++ {
				if !toks[k].word {
					return false
				}
			}
			return true
		}
	default:
		return false
	}
	for k := max(lo, 0); k < len(toks) && k <= hi; k++ {
		if toks[k].text == "," || toks[k].text == ";" {
			if k > c {
				break
			}
			lo = k
			continue
		}
		if toks[k].fold == "wegen" && k+1 < len(toks) && toks[k+1].cap && k >= lo {
			return true
		}
	}
	return false
}

// heldForDE reads "hält X für verantwortlich", "hielt die Gruppe für
// verantwortlich": "für" right before the cue at c and a form of "halten"
// before it in the clause.
func heldForDE(toks []token, c int) bool {
	if c < 3 || toks[c-1].fold != "für" && toks[c-1].fold != "fuer" {
		return false
	}
	for k := c - 2; k >= 0 && k >= c-12; k-- {
		if toks[k].text == "," || toks[k].text == ";" {
			return false
		}
		if vorhaltenFinite[toks[k].fold] && !toks[k].cap {
			return true
		}
	}
	return false
}

// vorhaltenFinite and vorhaltenWhole are the forms of "vorhalten", to
// reproach ("Die Aufsicht hält dem Anbieter vor, …", "Der Bank wird
// vorgehalten, …"). The verb also means to keep in reserve ("Betten
// vorhalten"), so it counts only where a comma opens the charge right
// after it.
var (
	vorhaltenFinite = set("hält", "haelt", "hielt", "halten", "hielten")
	vorhaltenWhole  = set("vorgehalten", "vorhält", "vorhaelt", "vorhielt", "vorhielten")
)

// vorhaltenCueDE: a form of "vorhalten" at c whose charge follows after
// a comma ("hält dem Anbieter vor, …", "wird vorgehalten, …").
func vorhaltenCueDE(toks []token, c int) bool {
	f := toks[c].fold
	if vorhaltenWhole[f] {
		return c+1 < len(toks) && toks[c+1].text == "," || chargeBeforeDE(toks, c, c)
	}
	if !vorhaltenFinite[f] || toks[c].cap {
		return false
	}
	for k := c + 1; k+1 < len(toks) && k <= c+12; k++ {
		if toks[k].text == "," || toks[k].text == "." {
			return false
		}
		if toks[k].fold == "vor" {
			return toks[k+1].text == "," || chargeBeforeDE(toks, c, k)
		}
	}
	return false
}

// chargeBeforeDE: "vorhalten" with the charge as its object, a noun of
// wrongdoing in the clause before the particle or participle at end
// that closes it ("hält der Firma eine rechtswidrige Vergabe vor", "in
// der er den Stadtwerken Untreue vorhält"). "Kapazitäten vorhalten" is
// keeping them ready.
func chargeBeforeDE(toks []token, c, end int) bool {
	if end+1 < len(toks) && toks[end+1].word {
		return false
	}
	from := c
	for from > 0 && toks[from-1].text != "," && toks[from-1].text != ";" && c-from < 12 {
		from--
	}
	if end == c {
		return hasWrongdoing(toks, from, c)
	}
	return hasWrongdoing(toks, c+1, end)
}

// caseDE reads the German case a participant's article or pronoun shows:
// 'n' where it can only be the subject of a frame whose other parties
// are dative ("die Behörde", "das Unternehmen", "der Verband"), 'd'
// where it cannot be the subject ("dem", "den", "der Behörde", "ihm"),
// 0 where a bare name leaves it open.
func (d *doc) caseDE(p part) byte {
	toks := d.sents[p.m.sent].toks
	if p.m.kind == mPron && p.m.t0 < len(toks) {
		switch toks[p.m.t0].fold {
		case "er", "wir":
			return 'n'
		case "ihm", "ihn", "ihr", "ihnen":
			return 'd'
		}
		return 0
	}
	switch p.art {
	case "dem", "einem", "den", "einen":
		return 'd'
	case "die", "das", "eine", "ein":
		return 'n'
	case "der", "einer":
		g := d.headGenderDE(p)
		if g == 0 {
			g = genderDE(d, p.m)
		}
		switch g {
		case 'f':
			return 'd'
		case 'm':
			if p.art == "der" {
				return 'n'
			}
		}
	}
	return 0
}

// headGenderDE reads the gender of the noun that heads a German
// participant: the first capitalised word after its article, which is
// the descriptor where one stands ("der Stadt Kelmbach", "dem Discounter
// Preisfuchs") and the name's own head otherwise ("der Bund der
// Steuerzahler"). 0 when the word tells nothing (a bare name).
func (d *doc) headGenderDE(p part) byte {
	toks := d.sents[p.m.sent].toks
	a := -1
	for k := p.m.t0; k >= 0 && k >= p.m.t0-4; k-- {
		if k < len(toks) && toks[k].fold == p.art {
			a = k
			break
		}
	}
	if a < 0 {
		return 0
	}
	for k := a + 1; k < p.m.t1 && k < len(toks); k++ {
		if toks[k].cap {
			if toks[k].acro {
				return 0
			}
			if h := germanHead(toks[k]); h != "" {
				return agencyHeadsDE[h]
			}
			return nounGenderDE(toks[k].fold)
		}
	}
	return 0
}

// genderSuffixesDE give the gender of German nouns for organisations by
// their endings, longest first where they overlap.
var genderSuffixesDE = []struct {
	suf string
	g   byte
}{
	{"klinikum", 'n'}, {"unternehmen", 'n'}, {"ministerium", 'n'}, {"krankenhaus", 'n'}, {"institut", 'n'}, {"gremium", 'n'},
	{"gericht", 'n'}, {"komitee", 'n'}, {"kollektiv", 'n'}, {"netzwerk", 'n'}, {"parlament", 'n'}, {"portal", 'n'},
	{"labor", 'n'}, {"buero", 'n'}, {"amt", 'n'}, {"haus", 'n'}, {"werk", 'n'}, {"team", 'n'},
	{"dienstleister", 'm'}, {"versicherer", 'm'}, {"zulieferer", 'm'}, {"discounter", 'm'}, {"hersteller", 'm'},
	{"haendler", 'm'}, {"betreiber", 'm'}, {"anbieter", 'm'}, {"versorger", 'm'}, {"lieferant", 'm'}, {"investor", 'm'},
	{"produzent", 'm'}, {"entwickler", 'm'}, {"spezialist", 'm'}, {"logistiker", 'm'}, {"importeur", 'm'}, {"exporteur", 'm'},
	{"berater", 'm'}, {"makler", 'm'}, {"traeger", 'm'}, {"sender", 'm'}, {"verlag", 'm'}, {"bauer", 'm'}, {"konzern", 'm'},
	{"verband", 'm'}, {"verein", 'm'}, {"betrieb", 'm'}, {"ausschuss", 'm'}, {"dienst", 'm'}, {"senat", 'm'}, {"markt", 'm'},
	{"kreis", 'm'}, {"staat", 'm'}, {"club", 'm'}, {"klub", 'm'}, {"fonds", 'm'}, {"riese", 'm'}, {"bund", 'm'}, {"rat", 'm'},
	{"hof", 'm'}, {"zoll", 'm'},
	{"gesellschaft", 'f'}, {"genossenschaft", 'f'}, {"organisation", 'f'}, {"versicherung", 'f'}, {"universitaet", 'f'},
	{"hochschule", 'f'}, {"initiative", 'f'}, {"plattform", 'f'}, {"gemeinde", 'f'}, {"zentrale", 'f'}, {"stiftung", 'f'},
	{"fraktion", 'f'}, {"holding", 'f'}, {"agentur", 'f'}, {"kammer", 'f'}, {"kasse", 'f'}, {"klinik", 'f'}, {"gruppe", 'f'},
	{"kette", 'f'}, {"firma", 'f'}, {"stadt", 'f'}, {"werft", 'f'}, {"hilfe", 'f'}, {"union", 'f'}, {"liga", 'f'}, {"bank", 'f'},
	{"schaft", 'f'}, {"ung", 'f'}, {"heit", 'f'}, {"keit", 'f'}, {"ion", 'f'}, {"taet", 'f'}, {"ei", 'f'},
}

// nounGenderDE guesses the gender of a German noun from its ending.
func nounGenderDE(f string) byte {
	for _, e := range genderSuffixesDE {
		if strings.HasSuffix(f, e.suf) {
			return e.g
		}
	}
	return 0
}

// pluralMentionDE: a participant that stands for several parties or is
// named by a plural group noun ("die Ermittler", "die Kläger").
func (d *doc) pluralMentionDE(p part) bool {
	if len(p.m.group) > 1 {
		return true
	}
	toks := d.sents[p.m.sent].toks
	if p.m.kind != mDesc || p.m.t1 < 1 || p.m.t1 > len(toks) {
		return false
	}
	f := toks[p.m.t1-1].fold
	_, g := groupNouns[f]
	_, pg := pluralGroups[f]
	return g || pg || plainPluralsDE[f]
}

// plainPluralsDE are plural nouns for the people of a prosecuting or
// suing body that the description pass resolves ("die Ermittler").
var plainPluralsDE = set("ermittler", "pruefer", "prüfer", "staatsanwaelte", "staatsanwälte", "klaeger", "kläger", "anklaeger", "ankläger", "behoerden", "behörden", "kartellwaechter", "wettbewerbshueter", "verbraucherschuetzer")

// invertedSubjectDE finds the real subject of a German frame whose first
// candidate subj stands before the verb at c but cannot be its subject:
// by case, in a frame whose parties are dative ("Der Behörde wirft Lumivo
// vor": feminine "der" is dative; "Lumivo wirft die Behörde … vor": "die"
// is no dative, so the bare name is), or by number ("Albertz werfen die
// Ermittler … vor": a plural verb and a single name). The participant
// after the verb that can be the subject is returned; nil keeps subj.
func (d *doc) invertedSubjectDE(s int, parts []part, subj *part, c, end int, dative bool) *part {
	if subj.m.t1 > c || subj.prep != "" || subj.e.typ == claimgraph.Document {
		return nil
	}
	// "Dem früheren Vorstand A und der Leiterin der Buchhaltung, B, legt
	// die Behörde … zur Last": a name coordinated with a fronted object
	// is an object too, whatever its own article says; the subject is
	// the next participant after the list.
	for k := range parts {
		if p := parts[k]; p.m.t1 <= subj.m.t0 && p.obj && p.prep == "" {
			for _, co := range d.coSubjects(s, parts, &p, c)[1:] {
				if co.e != subj.e {
					continue
				}
				for j := range parts {
					if n := parts[j]; n.m.t0 > co.m.t1 && n.m.t0 < end && n.prep == "" && n.e != subj.e && n.e != p.e && n.e.typ != claimgraph.Document {
						return &parts[j]
					}
				}
			}
		}
	}
	var q *part
	for k := range parts {
		p := parts[k]
		if p.m.t0 <= c || p.m.t0 >= end || p.e == subj.e {
			continue
		}
		if p.prep != "" || p.e.typ == claimgraph.Document {
			continue
		}
		q = &parts[k]
		break
	}
	if q == nil {
		return nil
	}
	cs, cq := d.caseDE(*subj), d.caseDE(*q)
	if cq == 'd' || cs == 'n' {
		return nil
	}
	if dative && (cq == 'n' || cs == 'd') {
		return q
	}
	// Number: a single name before a plural verb is its object when a
	// plural party follows the verb.
	if cs == 0 && pluralFiniteDE(d.sents[s].toks, c) && len(d.coSubjects(s, parts, subj, c)) == 1 && !d.pluralMentionDE(*subj) && d.pluralMentionDE(*q) {
		return q
	}
	return nil
}

// subjectDE picks the subject of a German clause: the first participant
// not in a prepositional phrase and not marked dative or accusative;
// before the verb, or after it in inverted order.
func (d *doc) subjectDE(parts []part, c, end int) *part {
	for k := range parts {
		p := parts[k]
		if p.m.t0 >= end {
			break
		}
		if p.prep != "" || p.obj || p.e.typ == claimgraph.Document && p.m.t0 > c {
			continue
		}
		return &parts[k]
	}
	return nil
}

// objectsDE returns the dative/accusative participants of a clause (or,
// for passives, the dative one: "Dem X wird vorgeworfen").
func (d *doc) objectsDE(parts []part, from, end int, passive bool) []part {
	var out []part
	for _, p := range parts {
		if p.m.t0 >= end || p.m.t0 <= from {
			continue
		}
		if p.obj && p.prep == "" && p.e.typ != claimgraph.Document {
			out = append(out, p)
			break
		}
	}
	return out
}

func firstSubject(parts []part, end int) []part {
	for _, p := range parts {
		if p.m.t0 < end && p.prep == "" && p.e.typ != claimgraph.Document {
			return []part{p}
		}
	}
	return nil
}

// mediaPieces are what an outlet publishes.
var mediaPieces = set("article", "story", "piece", "report", "column", "editorial", "broadcast", "documentary", "investigation", "episode", "segment", "podcast", "programme", "program", "exposé", "expose")

// subjectEN picks the subject of an English verb at c: the nearest
// participant before it that is not in a prepositional phrase.
func (d *doc) subjectEN(parts []part, c int) *part {
	// "regulators fined the company … and fined its former auditor": a
	// coordinated verb shares the subject of the first one.
	if toks := d.sents[parts[0].m.sent].toks; c > 1 && toks[c-1].fold == "and" {
		for c2 := c - 2; c2 > 0 && c2 >= c-30; c2-- {
			if f := toks[c2].fold; toks[c2].text == "." || toks[c2].text == ";" {
				break
			} else if f == toks[c].fold || chargeEN[f] && chargeEN[toks[c].fold] || accuseEN[f] && accuseEN[toks[c].fold] {
				return d.subjectEN(parts, c2)
			}
		}
	}
	// "The Northbridge Herald has retracted an article that accused
	// …", "sued the Ledger over a story that accused it of …": an
	// outlet's piece accuses through the outlet named before it.
	if toks := d.sents[parts[0].m.sent].toks; c >= 3 && (toks[c-1].fold == "that" || toks[c-1].fold == "which") && mediaPieces[toks[c-2].fold] {
		for k := len(parts) - 1; k >= 0; k-- {
			if p := parts[k]; p.m.t1 <= c-2 && p.e.typ == claimgraph.Publication {
				return &parts[k]
			}
		}
	}
	// "the U.S. Justice Department, which sued Google": the relative
	// pronoun stands for the name before the comma.
	// ("…, which last month accused", "who on Tuesday accused": past a
	// phrase of time between the pronoun and its verb.)
	if toks := d.sents[parts[0].m.sent].toks; c >= 2 {
		w := -1
		switch {
		case toks[c-1].fold == "which" || toks[c-1].fold == "who":
			w = c - 1
		case c >= 3 && (toks[c-2].fold == "which" || toks[c-2].fold == "who") && (passiveAux[toks[c-1].fold] || toks[c-1].fold == "has" || toks[c-1].fold == "had" || toks[c-1].fold == "have"):
			w = c - 2
		default:
			w = relPronounBeforeEN(toks, c)
		}
		if w >= 1 && toks[w-1].text == "," {
			for k := len(parts) - 1; k >= 0; k-- {
				if parts[k].m.t1 == w-1 && parts[k].e.typ != claimgraph.Document {
					return &parts[k]
				}
			}
			// "CISPE, a trade body representing cloud providers, which
			// accused …": past an apposition to the name.
			for k := len(parts) - 1; k >= 0; k-- {
				p := parts[k]
				if p.m.t1 >= w-1 || p.e.typ == claimgraph.Document {
					continue
				}
				if p.m.t1+1 < w-1 && toks[p.m.t1].text == "," && indefinite[toks[p.m.t1+1].fold] && w-1-p.m.t1 <= 10 && !containsText(toks[p.m.t1+1:w-1], ",") {
					return &parts[k]
				}
				break
			}
		}
	}
	// "sued by investors who accuse it of …": a relative clause on an
	// unnamed noun has that noun for subject, no party of the sentence.
	if toks := d.sents[parts[0].m.sent].toks; d.lang == "en" && c >= 2 && (toks[c-1].fold == "who" || toks[c-1].fold == "that") &&
		toks[c-2].word && !toks[c-2].cap && d.mentionAt(parts[0].m.sent, c-2) == nil {
		return nil
	}
	// "X accused Y of …, while Z accused X of …", "…, and Delmont accused
	// it of …": a second coordinated clause has a subject of its own.
	if k0 := d.clauseStartEN(parts, c); k0 > 0 {
		var rest []part
		for _, p := range parts {
			if p.m.t0 > k0 {
				rest = append(rest, p)
			}
		}
		parts = rest
	}
	// "Shareholders led by the hedge fund Greyfell Capital are suing
	// …", "A group of pension funds led by X sued …": an unnamed group
	// acts through the party that leads it.
	if lp := d.leaderSubjectEN(parts, c); lp != nil {
		return lp
	}
	var best *part
	for k := range parts {
		p := parts[k]
		if p.m.t0 >= c {
			break
		}
		if p.prep != "" && p.prep != "with" && !d.staffOf(p) && !d.possLawyer(p, c) || p.m.kind == mDesc && p.e.typ == claimgraph.Document {
			continue
		}
		if best == nil {
			best = &parts[k]
		} else if best.e.typ == claimgraph.Publication && p.e.typ != claimgraph.Publication {
			best = &parts[k]
		}
	}
	// The subject is usually the first participant of the clause: prefer
	// it unless a later one sits right before the verb ("auditing firm
	// L&M had flagged"). A relative clause closed right before the verb
	// is no subject: "The association, which nominated Tóth, accused …".
	rel := relativeBeforeEN(d.sents[parts[0].m.sent].toks, c)
	for k := range parts {
		p := parts[k]
		if p.m.t0 >= c || p.prep != "" && !d.staffOf(p) && !d.possLawyer(p, c) {
			continue
		}
		if rel >= 0 && p.m.t0 > rel {
			continue
		}
		if c-p.m.t1 <= 3 && p.e.typ != claimgraph.Publication {
			best = &parts[k]
		}
		// "In a letter to X's chief executive, the Hartmoor Trust, which
		// refers patients to X, said …": the name the relative clause
		// hangs on is the subject, past a fronted phrase.
		if rel >= 0 && p.m.t1 == rel && p.prep == "" && p.e.typ != claimgraph.Document && p.m.kind != mPron {
			best = &parts[k]
		}
	}
	// "…, where regulators fined the company": an unnamed subject right
	// before the verb is the subject; a name further back is not.
	if best != nil && d.lang == "en" && c > 0 {
		toks := d.sents[parts[0].m.sent].toks
		k := c - 1
		for k > 0 && (strings.HasSuffix(toks[k].fold, "ly") || toks[k].fold == "has" || toks[k].fold == "have" || toks[k].fold == "had" || toks[k].fold == "also") {
			k--
		}
		if k > best.m.t1-1 && k >= 0 && toks[k].word && !toks[k].cap && strings.HasSuffix(toks[k].fold, "s") && !functionWords[toks[k].fold] &&
			d.mentionAt(parts[0].m.sent, k) == nil && unnamedSubjects[toks[k].fold] {
			return nil
		}
	}
	return best
}

// relativeBeforeEN is the comma that opens a relative clause (or an
// indefinite apposition) set between a subject and its verb at c ("The firm, which disclosed that it holds a
// short position, also claimed …", "The association, which nominated
// Tóth, accused …"), or -1. The clause closes with a comma right before
// the verb (an adverb or auxiliary may follow it); the parties inside are
// the clause's own objects, not the verb's subject.
func relativeBeforeEN(toks []token, c int) int {
	k := c - 1
	for k > 0 && (toks[k].fold == "also" || toks[k].fold == "has" || toks[k].fold == "have" || toks[k].fold == "had" || toks[k].fold == "then" || toks[k].fold == "later" ||
		strings.HasSuffix(toks[k].fold, "ly") && toks[k].word && !toks[k].cap) {
		k--
	}
	if k < 3 || toks[k].text != "," {
		return -1
	}
	for j := k - 2; j > 0 && j >= k-40; j-- {
		t := toks[j]
		if t.text == "." || t.text == ";" || t.quote {
			return -1
		}
		if t.text == "," {
			if f := toks[j+1].fold; f == "which" || f == "who" || f == "whose" {
				return j
			}
			// "Rita Delgado, a frequent critic of Mayor Tom Okafor,
			// accused …": an indefinite apposition to a name.
			if f := toks[j+1].fold; (f == "a" || f == "an") && toks[j-1].cap && toks[j-1].word {
				return j
			}
		}
	}
	return -1
}

// workStaffEN are the people who work at a body, whose deeds at work a
// reported clause says of the body: "said producers at Northstar had
// bribed witnesses". They do not speak for it (see staffNouns).
var workStaffEN = set("producers", "employees", "staff", "staffers", "engineers", "traders", "salespeople", "bankers", "editors", "reporters",
	"journalists", "supervisors", "technicians", "doctors", "nurses", "guards", "teachers", "coaches",
	// "said officers of the Waterways Inspectorate had tipped off …".
	"officers", "agents", "clerks", "wardens")

// staffNouns act for the body they work at: "prosecutors at the district
// attorney's office charged …" is the office charging.
var staffNouns = set("prosecutors", "investigators", "officials", "regulators", "inspectors", "attorneys", "prosecutor", "investigator", "campaigners", "activists", "researchers")

// staffOf reports a party named as the employer of an unnamed staff
// subject: "prosecutors at X", "investigators from X", "officials at the X".
func (d *doc) staffOf(p part) bool {
	if d.lang != "en" || (p.prep != "at" && p.prep != "from") || !p.e.isOrg() {
		return false
	}
	toks := d.sents[p.m.sent].toks
	k := p.m.t0 - 1
	for k >= 0 && articles[toks[k].fold] {
		k--
	}
	if k < 1 || toks[k].fold != p.prep || !staffNouns[toks[k-1].fold] {
		return false
	}
	// The staff noun opens the clause: "Prosecutors at X charged …",
	// "In a separate case, prosecutors at X …", "Privacy campaigners at
	// X …", not "… told prosecutors at X".
	j := k - 2
	if j >= 0 && toks[j].word && !functionWords[toks[j].fold] && !isVerbLike(toks[j].fold) && !accuseEN[toks[j].fold] && !chargeEN[toks[j].fold] &&
		(!toks[j].cap || j == 0) && d.mentionAt(p.m.sent, j) == nil && !strings.HasSuffix(toks[j].fold, "ed") {
		j--
	}
	if j >= 0 && articles[toks[j].fold] {
		j--
	}
	return j < 0 || !toks[j].word
}

// premodifiesStaff: a body's name before a plural word for its people
// ("charged two former Lyster managers"): the people, whom the text does
// not name, are meant, not the body.
func (d *doc) premodifiesStaff(m *mention) bool {
	toks := d.sents[m.sent].toks
	if d.lang != "en" || m.t1 >= len(toks) {
		return false
	}
	t := toks[m.t1]
	f := t.fold
	return t.word && !t.cap && strings.HasSuffix(f, "s") && (staffPlurals[f] || isRoleToken(token{fold: strings.TrimSuffix(f, "s"), text: strings.TrimSuffix(t.text, "s"), word: true}, d) != "")
}

var staffPlurals = set("managers", "executives", "employees", "staff", "officials", "workers", "traders", "directors", "bankers", "engineers", "staffers")

// negatedDE reports "nicht", "nie" or "niemals" right before the German
// cue at c ("wird nicht beschuldigt", "wurde nie vorgeworfen"), not "nicht
// nur".
func negatedDE(toks []token, c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		switch toks[k].fold {
		case "nicht", "nie", "niemals", "keineswegs":
			return !(k+1 < len(toks) && toks[k+1].fold == "nur")
		}
		if !toks[k].word {
			break
		}
	}
	return false
}

// countedBefore reports a number or a counting word in tokens [from, to):
// "zwei ehemalige Vorstände", "mehrere Manager", "two former managers".
func countedBefore(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		f := toks[k].fold
		if toks[k].num || numberWordsDE[f] || numberWordsEN[f] || f == "mehrere" || f == "mehreren" || f == "einige" || f == "einigen" || f == "several" {
			return true
		}
	}
	return false
}

// clauseStartEN returns the token that opens a second main clause holding
// the verb at c ("…, while Kessling accused the union", "…; the union
// accused", "…, and Delmont accused it") when a finite verb stands before
// it and a party without a preposition stands between it and the verb; 0
// otherwise. A comma before "and" that closes a name ("A, B, and C
// accused") coordinates subjects and opens nothing.
func (d *doc) clauseStartEN(parts []part, c int) int {
	if d.lang != "en" || len(parts) == 0 {
		return 0
	}
	toks := d.sents[parts[0].m.sent].toks
	// "After Bernard Lusk left the firm, Halden accused him of …": a
	// fronted adverbial clause ends at its first comma, and the subject
	// of the verb follows it.
	for k := 1; k < c; k++ {
		if toks[k].text != "," {
			continue
		}
		if d.frontedClauseEN(toks, k-1, c) {
			for _, p := range parts {
				if p.m.t0 > k && p.m.t1 <= c && p.prep == "" && p.e.typ != claimgraph.Document {
					return k
				}
			}
		}
		break
	}
	for k := c - 1; k > 1; k-- {
		t := toks[k]
		open := t.text == ";" || (t.fold == "while" || t.fold == "whereas") && toks[k-1].text == "," ||
			(t.fold == "and" || t.fold == "but") && toks[k-1].text == "," && d.mentionAt(parts[0].m.sent, k-2) == nil
		if !open {
			continue
		}
		finite := false
		for j := 1; j < k-1; j++ {
			if looksFiniteEN(toks[j]) {
				finite = true
				break
			}
		}
		if !finite {
			return 0
		}
		for _, p := range parts {
			if p.m.t0 > k && p.m.t1 <= c && p.prep == "" && p.e.typ != claimgraph.Document {
				return k
			}
		}
		return 0
	}
	return 0
}

// belastenDE are the forms of "belasten", to incriminate.
var belastenDE = set("belastet", "belastete", "belasteten", "belasten", "belaste")

// belastenFrameDE reads "belasten" in its sense of incriminating a
// person: passive with the agent after "von" ("Belastet wurde X von
// einem Zeugen", "X wird von seinem früheren Partner schwer belastet")
// or active with a person as the object ("Der Zeuge belastete den
// Angeklagten schwer"). Only a named person is incriminated so; costs,
// debts and pollution burden bodies and places ("Die Kosten belasten
// die Stadt", "belastetes Grundwasser").
func (d *doc) belastenFrameDE(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	for _, t := range toks {
		if t.inq || t.fold == "nicht" || t.fold == "kein" || t.fold == "keine" || hasPrefixAny(t.fold, []string{"finanziell", "kosten", "haushalt", "bilanz", "schulden", "umwelt", "grundwasser", "psychisch"}) {
			return
		}
	}
	b, e := clauseAround(toks, c)
	passive := false
	for k := b; k < e; k++ {
		passive = passive || passiveAux[toks[k].fold] || toks[k].fold == "wird" || toks[k].fold == "wurde" || toks[k].fold == "werde"
	}
	// "von seinem früheren Prokuristen X": the agent phrase may hold
	// a possessive, adjectives and a role before the name.
	von := -1
	for k := b; k < e; k++ {
		if toks[k].fold == "von" || toks[k].fold == "vom" {
			von = k
			break
		}
	}
	var accuser, accused *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 < b || p.m.t1 > e || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication {
			continue
		}
		switch {
		case passive && (p.prep == "von" || p.prep == "vom" || von >= 0 && p.m.t0 > von && p.m.t0 <= von+5 && d.subjectGapDE(toks, von+1, p.m.t0, p.e.typ == claimgraph.Official)):
			if accuser == nil {
				accuser = &parts[i]
			}
		case passive && p.prep == "" && !p.obj:
			if accused == nil {
				accused = &parts[i]
			}
		case !passive && p.prep == "" && !p.obj && p.m.t1 <= c:
			if accuser == nil {
				accuser = &parts[i]
			}
		case !passive && p.prep == "" && p.m.t0 > c:
			if accused == nil {
				accused = &parts[i]
			}
		}
	}
	if accuser == nil || accused == nil || accused.e.typ != claimgraph.Official || accused.e.anon || accused.e == accuser.e || party(accused.e) == party(accuser.e) {
		return
	}
	emit(party(accuser.e), []*entity{accused.e}, "de.belasten", 0.7, accused.m.t1)
}

// pleadingNouns are filings that state allegations by nature.
var pleadingNouns = set("complaint", "lawsuit", "suit", "indictment", "charge", "charges", "filing", "petition", "counterclaim", "beschwerde", "abmahnung",
	"cross-complaint", "anklage", "anklageschrift", "klage", "klageschrift", "strafanzeige", "bescheid", "bussgeldbescheid", "haftbefehl",
	"vermerk", "ermittlungsvermerk", "ermittlungsakte", "anzeige")

// heisstEsFrame reads "In X heißt es, Y habe …": the author of the cited
// document accuses the subject of the reported clause; a pleading or an
// investigator's note needs no word of misconduct.
func (d *doc) heisstEsFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	var source *entity
	for _, at := range d.attributions {
		if at.sent == s {
			source = at.doc
		}
	}
	var author *entity
	if source != nil {
		author = d.docClaimant(source)
		// "Der Landesrechnungshof hat der Stadt ein schlechtes Zeugnis
		// ausgestellt. Die Stadt habe …, heißt es in dem Bericht": a
		// paper named as known ("dem Bericht") is that of the body the
		// sentence before opened with.
		if author == nil && c+4 < len(toks) && toks[c+2].fold == "in" && (toks[c+3].fold == "dem" || toks[c+3].fold == "der" || toks[c+3].fold == "diesem") {
			author = d.subjectBeforeDE(s)
		}
	} else if c+2 < len(toks) && (toks[c+2].fold == "darin" || toks[c+2].fold == "dort") && d.paperSent == s && s > 0 && d.sents[s-1].para == d.sents[s].para {
		// "X hat einen Bericht über Y veröffentlicht. Y habe …, heißt es
		// darin": the paper the sentence before said its body put out.
		author = d.paperOwner
	}
	// "X hat einen offenen Brief an Y geschrieben. Z habe …, heißt es
	// darin": the writer of the paper the sentence before names.
	if author == nil && source == nil && c+2 < len(toks) && (toks[c+2].fold == "darin" || toks[c+2].fold == "dort") {
		author = d.paperWriterBeforeDE(s)
	}
	// "Für Wirbel hatte ein Beitrag auf dem Blog „X“ gesorgt. Darin
	// hieß es, Y habe …", "Die Zeitung hatte berichtet, … In demselben
	// Artikel hieß es, Y habe …": an outlet's own piece speaks for it.
	if author == nil && source == nil && outletPieceRefDE(toks, c) {
		author = d.outletBeforeDE(s)
	}
	if author == nil {
		return
	}
	k := c + 2
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 >= k && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
			subj = &parts[i]
			break
		}
	}
	// "Das Ministerium habe Millionen verschwendet, heißt es in einem
	// Bericht": the reported clause comes first.
	if subj == nil && c > 0 && toks[c-1].text == "," {
		for i := range parts {
			p := parts[i]
			// "Ihr früherer Geschäftsführer X soll …": a possessive
			// before a noun is no subject.
			if p.m.kind == mPron && possessiveDetDE(toks, p.m.t0) {
				continue
			}
			if p.m.t0 < c && p.prep == "" && !p.obj && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
				subj = &parts[i]
				break
			}
		}
	}
	if subj == nil || subj.e == author || party(subj.e) == author {
		return
	}
	if (source == nil || !pleadingNouns[source.role] && !pleadingNouns[fold(lastWord(source.name))]) && !hasWrongdoing(toks, 0, len(toks)) {
		return
	}
	emit(author, []*entity{subj.e}, "de.heisstes.reported", 0.65, subj.m.t1)
}

// outletPiecesDE are an outlet's own published pieces.
var outletPiecesDE = set("beitrag", "artikel", "bericht", "meldung", "reportage", "blogbeitrag", "blogeintrag", "eintrag", "post", "text", "kommentar")

// outletPieceRefDE reports that the words that open the sentence before
// "heißt es" at c, or follow it, point back at a piece already named:
// "Darin hieß es", "In demselben Artikel hieß es", "heißt es dort".
func outletPieceRefDE(toks []token, c int) bool {
	if c+2 < len(toks) && (toks[c+2].fold == "darin" || toks[c+2].fold == "dort") {
		return true
	}
	switch {
	case c == 1:
		return toks[0].fold == "darin" || toks[0].fold == "dort"
	case c == 3 && toks[0].fold == "in":
		switch toks[1].fold {
		case "dem", "diesem", "demselben", "jenem":
			return outletPiecesDE[toks[2].fold]
		}
	}
	return false
}

// outletReportVerbsDE say that an outlet published a piece.
var outletReportVerbsDE = set("berichtet", "berichtete", "berichteten", "gemeldet", "meldete", "veroeffentlicht", "veröffentlicht", "veroeffentlichte", "veröffentlichte",
	"geschrieben", "schrieb", "erschienen", "erschien")

// outletBeforeDE returns the one outlet the sentence before s, in its
// paragraph, names as having put out a piece ("ein Beitrag auf dem Blog
// „X“", "Die Zeitung hatte berichtet, …"), or nil.
func (d *doc) outletBeforeDE(s int) *entity {
	o := s - 1
	if o < 0 || d.sents[o].para != d.sents[s].para || d.hasAttribution(o) {
		return nil
	}
	piece := false
	for _, t := range d.sents[o].toks {
		if outletPiecesDE[t.fold] || outletReportVerbsDE[t.fold] {
			piece = true
		}
	}
	if !piece {
		return nil
	}
	var outlet *entity
	for _, m := range d.ments[o] {
		if m.ent == nil || m.ent.dead || m.ent.typ != claimgraph.Publication {
			continue
		}
		if outlet != nil && outlet != m.ent {
			return nil
		}
		outlet = m.ent
	}
	return outlet
}

// reportVerbs introduce what a speaker says another party did.
var reportVerbs = set("said", "says", "say", "told", "tells", "stated", "states", "added", "announced", "argued", "argues", "insisted", "maintained", "concluded",
	"complained", "complains", "claimed", "behauptet", "behauptete", "behaupten", "behaupteten", "beklagte", "bemängelte", "bemaengelte",
	"sagte", "sagt", "erklärte", "erklaerte", "erklärt", "erklaert", "teilte", "betonte", "argumentierte", "kritisierte",
	// "…, schreiben die Tester in ihrem Bericht", "…, sagten die
	// Ermittler": plural speakers and the written word.
	"sagten", "erklärten", "erklaerten", "betonten", "schreiben", "schreibt", "schrieb", "schrieben",
	// "Mieterin X erzählt, ein Hausmeister habe …", "Der Vater schilderte,
	// die Schulleitung habe …", "Der Verband klagte, die Firma habe …":
	// telling of one's own experience, and complaint.
	"erzählt", "erzählte", "erzählten", "erzaehlt", "erzaehlte", "erzaehlten", "schildert", "schilderte", "schilderten", "klagte", "klagten",
	// "the chief executive … writes that X had concealed …", "wrote in a
	// letter that …".
	"writes", "wrote")

// possessivesDE may open a German subject phrase: "sein früherer
// Trainer X".
var possessivesDE = set("sein", "seine", "ihr", "ihre", "unser", "unsere", "dessen", "deren")

// subjectGapDE reports whether tokens [from, to) of a German clause can
// open the subject phrase of the name at to: articles of the nominative,
// possessives, lower-case adjectives and a role or descriptor noun ("der
// Hafenbetreiber", "sein früherer Trainer"), never a verb.
func (d *doc) subjectGapDE(toks []token, from, to int, personAt bool) bool {
	// "…, auch der Geschäftsführer X habe …", ": Selbst die Firma Y
	// habe …": a focus particle opens the subject phrase before its
	// article; it is no verb and no other party.
	for from < to && clauseFocusDE[toks[from].fold] {
		from++
	}
	for j := from; j < to; j++ {
		t := toks[j]
		switch {
		case t.fold == "der" || t.fold == "die" || t.fold == "das" || t.fold == "ein" || t.fold == "eine" || possessivesDE[t.fold]:
		case lowerAdjDE(t):
		case t.word && t.cap && j == to-1 && (isRoleToken(t, d) != "" || d.isCompanyDescriptor(t) || d.bodyDescriptor(t) || staffNounDE(t.fold)):
		// "sein früherer Trainer Max Bauer": any title before a person.
		case t.word && t.cap && j == to-1 && personAt:
		default:
			return false
		}
	}
	return true
}

// clauseFocusDE are the focus particles that may open a German subject
// phrase ahead of its article: "auch", "selbst", "sogar", "zudem",
// "ebenfalls".
var clauseFocusDE = set("auch", "selbst", "sogar", "zudem", "ebenfalls", "außerdem", "ausserdem")

// lowerAdjDE: a German attributive adjective inside a noun phrase
// ("früherer", "ehemalige", "beauftragten"), by its inflection; never a
// verb of the clause.
func lowerAdjDE(t token) bool {
	f := t.fold
	if !t.word || t.cap || len(f) < 4 || konjFiniteDE[f] || finiteAuxDE[f] || functionWords[f] || passiveAux[f] || isVerbLike(f) {
		return false
	}
	for _, e := range []string{"e", "er", "en", "es", "em"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// staffNounsDE are the people a body employs, whose deeds at work are
// said of it when the text leaves them unnamed.
var staffNounsDE = []string{"techniker", "mitarbeiter", "monteur", "angestellte", "beschaeftigte", "beschäftigte", "arbeiter", "fahrer", "handwerker", "elektriker", "pfleger", "wachmann", "wachleute",
	"prokurist", "manager", "buchhalter", "einkaeufer", "einkäufer", "vertriebler", "ingenieur",
	// ("ein Hausmeister der Wohnbau X", "eine Sachbearbeiterin der
	// Kasse", "ein Verkäufer der Kette".)
	"hausmeister", "sachbearbeiter", "verkaeufer", "verkäufer", "kassierer", "disponent", "lagerist", "betreuer"}

func staffNounDE(f string) bool {
	for _, w := range staffNounsDE {
		if strings.HasSuffix(f, w) || strings.HasSuffix(f, w+"in") || strings.HasSuffix(f, w+"r") {
			return true
		}
	}
	return false
}

// staffOfGenitiveDE reads a German subject phrase that opens at from
// with an indefinite or plural unnamed person of the body p names in the
// genitive, or with the body's organ: "ein Techniker des Dienstleisters
// X", "Mitarbeiter der Firma Y", "die Geschäftsführung der Klinikkette
// Z".
func (d *doc) staffOfGenitiveDE(toks []token, from int, p part) bool {
	j := from
	definite := j < len(toks) && (toks[j].fold == "die" || toks[j].fold == "der" || toks[j].fold == "das")
	if j < len(toks) && (toks[j].fold == "ein" || toks[j].fold == "eine" || toks[j].fold == "zwei" || toks[j].fold == "drei" || toks[j].fold == "mehrere" || definite) {
		j++
	}
	for j < len(toks) && lowerAdjDE(toks[j]) {
		j++
	}
	if j >= len(toks) || !toks[j].cap {
		return false
	}
	// "die Geschäftsführung der Klinikkette X": a company's organ acts
	// for it; a definite person ("der Geschäftsführer der X") is one the
	// text may name elsewhere, so only the organ counts after "die".
	organ := organWordsDE[toks[j].fold] || organWordDE(toks[j].fold) && !lawyerOrganDE(toks[j].fold)
	if definite && !organ || !definite && !staffNounDE(toks[j].fold) && isRoleToken(toks[j], d) == "" {
		return false
	}
	// The genitive article, and the body's descriptor, right after the
	// noun; "von" before a bare name serves as the genitive of an
	// unnamed person ("ein früherer Prokurist von Brandhorst").
	j++
	if j >= len(toks) || !(toks[j].fold == "des" || toks[j].fold == "der" || toks[j].fold == "von" && !definite) {
		return false
	}
	j++
	// "Mitarbeiter der Bremer Reederei X": a place adjective before the
	// descriptor.
	if j+1 < p.m.t0 && toks[j].cap && len(toks[j].fold) > 4 && strings.HasSuffix(toks[j].fold, "er") && (d.isCompanyDescriptor(toks[j+1]) || d.bodyDescriptor(toks[j+1])) {
		j++
	}
	if j < p.m.t0 && toks[j].cap && (d.isCompanyDescriptor(toks[j]) || d.bodyDescriptor(toks[j])) {
		j++
	}
	return j >= p.m.t0
}

// tStemKonjDE reports a first subjunctive in "-eite" of a verb whose
// stem ends in -eit ("verbreite", "leite", "begleite", "bereite",
// "arbeite"): its weak past is "-eitete", so unlike "schickte" it is no
// past tense.
func tStemKonjDE(f string) bool {
	return strings.HasSuffix(f, "eite") && len(f) >= 5
}

// colonSpeechDE reads German reported speech after a colon at c: the
// subject of the clause before the colon says that the subject of the
// clause after it, followed by a verb in the subjunctive, did wrong.
func (d *doc) colonSpeechDE(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	if c < 2 || c+3 >= len(toks) || toks[c+1].quote {
		return
	}
	// The speaker: the subject of the main clause before the colon.
	var speaker *part
	for i := range parts {
		p := parts[i]
		if p.m.t1 > c {
			break
		}
		// "Er ging seinerseits zum Gegenangriff über: …": a pronoun
		// that opens the sentence as its subject is the party the text
		// resolved it to, who goes on speaking.
		// ("Zugleich geht der 67-Jährige zum Gegenangriff über: …": an
		// age as a noun, with its article, is a description of the
		// person the text resolved it to.)
		if p.prep == "" && !p.obj && p.e.typ != claimgraph.Document && (p.m.kind != mPron || p.m.t0 == 0 && (toks[0].fold == "er" || toks[0].fold == "sie") || p.m.t1-p.m.t0 > 1 && articles[toks[p.m.t0].fold]) {
			speaker = &parts[i]
			break
		}
	}
	// "Sein Urteil fällt vernichtend aus: …", "Das Fazit der Prüfer ist
	// eindeutig: …": a verdict noun speaks for its owner.
	if speaker == nil {
		if e := d.verdictOwnerDE(s, parts, c); e != nil {
			speaker = &part{e: e}
		}
	}
	// "Die Geschäftsführung der Regiobus GmbH reagierte mit Kritik: …":
	// a company organ that opens the sentence speaks for the body it
	// names in the genitive.
	if speaker == nil && c > 4 && articles[toks[0].fold] && toks[1].cap && (organWordsDE[toks[1].fold] || organWordDE(toks[1].fold)) && !lawyerOrganDE(toks[1].fold) &&
		(toks[2].fold == "der" || toks[2].fold == "des") {
		if len(parts) > 0 {
			if p := parts[0]; p.m.t0 >= 3 && p.m.t0 <= 4 && p.m.t1 < c && p.e.isOrg() && p.e.typ != claimgraph.Publication && p.m.kind != mPron {
				speaker = &parts[0]
			}
		}
	}
	if speaker == nil || subordinatorsDE[toks[0].fold] {
		return
	}
	// The subject after the colon, and the subjunctive verb after it.
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 <= c {
			continue
		}
		if p.m.t0 <= c+4 && p.prep == "" && d.caseDE(p) != 'd' && d.subjectGapDE(toks, c+1, p.m.t0, p.m.kind == mPerson) && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
			subj = &parts[i]
		}
		break
	}
	// ": Streikposten der GNL hätten …": people of a body acting for it.
	if subj == nil {
		subj = membersFromDE(toks, parts, c+1, -1)
	}
	// "erhebt schwere Vorwürfe: Er habe …": a pronoun the text resolved;
	// "man", "wir" are the speaker's own side.
	if subj == nil || subj.m.t1 >= len(toks) || party(subj.e) == party(speaker.e) || subj.m.kind == mPron && !(toks[subj.m.t0].fold == "er" || toks[subj.m.t0].fold == "sie" || toks[subj.m.t0].fold == "es") {
		return
	}
	v := toks[subj.m.t1]
	end := stopAfter(toks, subj.m.t1)
	konj := konjFiniteDE[v.fold] || konjShapeDE(v)
	// "legte nach: Der Stadtbaurat soll die Unterlagen zurückgehalten
	// haben": the reportative "soll" with a perfect infinitive is the
	// indicative's way to tell another's claim, as the subjunctive is;
	// "soll bis Juni zahlen" (a duty, no perfect) is not.
	if !konj && (v.fold == "soll" || v.fold == "sollen") {
		konj = perfectInfinitiveDE(toks, subj.m.t1+1, end)
	}
	if !konj {
		return
	}
	// A few words quoted inside the clause ("habe Leistungen „doppelt
	// abgerechnet“ und …") do not end it.
	for end < len(toks) && toks[end].quote && shortQuoteDE(toks, end) {
		q := end + 1
		for q < len(toks) && !toks[q].quote {
			q++
		}
		end = stopAfter(toks, q+1)
	}
	charge := chargeLeadDE(toks, c)
	if !charge && !reportedWrongdoing(toks, subj.m.t1, end) {
		return
	}
	// ("Der Vorwurf der Gewerkschaft: Die Firma habe Überstunden nicht
	// bezahlt": after a lead that names a charge, a negation tells what
	// the accused failed to do.)
	for j := subj.m.t1; j < end && !charge; j++ {
		// "habe Handelspartner unter Druck gesetzt, Reklamationen nicht
		// öffentlich zu machen", "habe Fahrer eingeschüchtert, die nicht
		// streiken wollten": a negation in a zu-infinitive, a relative or
		// a subordinate clause after a comma is what the accused made
		// others (not) do, not a denial of the deed.
		if toks[j].text == "," && j+1 < end && (clauseSubordinatorsDE[toks[j+1].fold] || relPronounsDE[toks[j+1].fold] && j+2 < end && !toks[j+2].cap || toks[j+1].fold == "um" || toks[j+1].fold == "ohne" || toks[j+1].fold == "damit" || zuInfinitiveDE(toks, j+1)) {
			for j+1 < end && toks[j+1].text != "," {
				j++
			}
			continue
		}
		switch toks[j].fold {
		// ("Sie stellte klar: Die Gewerkschaft habe niemanden bedrängt.")
		case "nicht", "nie", "kein", "keine", "keinen", "keinerlei", "niemals", "niemanden", "niemand", "nichts", "worden":
			if attributiveNegDE(toks, j) {
				continue
			}
			return
		}
	}
	emit(d.docAuthorOr(party(speaker.e), s), []*entity{subj.e}, "de.colon.reported", 0.6, subj.m.t1)
}

// chargeLeadDE reports a clause before the colon at c that itself says a
// charge follows: "erhebt seinerseits Vorwürfe:", "erhob einen weiteren
// Vorwurf:", "ging zum Gegenangriff über:", "drehte den Spieß um:",
// "legte nach:". What the colon then reports in the subjunctive is that
// charge by the grammar of the sentence, so it need not name its wrong in
// words the misdeed lexicon knows ("Tiedemann habe Vereinsgelder für
// seine Feier verwendet"). A negation in the lead ("erhebt keine
// Vorwürfe") takes that away.
func chargeLeadDE(toks []token, c int) bool {
	raise, charge, spiess, um, nach, leg, hold := false, false, false, false, false, false, false
	// "Der Vorwurf der Gewerkschaft:", "Der zentrale Vorwurf:": a lead
	// that opens with the charge noun.
	opens := false
	for k := 0; k < c && k < len(toks) && k <= 3; k++ {
		if f := toks[k].fold; toks[k].cap && (f == "vorwurf" || f == "vorwuerfe") {
			opens = true
			break
		}
		if !articles[toks[k].fold] && !(toks[k].word && !toks[k].cap && isAdjDE(toks[k])) {
			break
		}
	}
	for k := 0; k < c && k < len(toks); k++ {
		f := toks[k].fold
		switch {
		case f == "nicht" || f == "kein" || f == "keine" || f == "keinen" || f == "nie" || f == "niemals" || toks[k].quote:
			return false
		case raiseVerbsDE[f]:
			raise = true
		// ("An seinem Hauptvorwurf hält der Elternbeirat fest:": a
		// compound of the charge noun.)
		case toks[k].cap && (strings.HasSuffix(f, "vorwurf") || strings.HasSuffix(f, "vorwuerfe") || f == "anschuldigungen" || f == "anschuldigung"):
			charge = true
		// "hält an seinem Vorwurf fest:", "hält den Vorwurf aufrecht:",
		// "bleibt bei seinem Vorwurf:": a charge held to is made again.
		case f == "fest" || f == "aufrecht" || f == "bleibt" || f == "blieb" || f == "bleiben" || f == "blieben":
			hold = true
		case toks[k].cap && (f == "gegenangriff" || f == "gegenvorwurf" || f == "gegenvorwuerfe"):
			return true
		case toks[k].cap && (f == "spiess" || f == "spieß"):
			spiess = true
		case f == "um":
			um = true
		case f == "legte" || f == "legten" || f == "legt" || f == "legen" || f == "nachgelegt":
			leg = true
			nach = nach || f == "nachgelegt"
		case f == "nach" && k == c-1 || f == "nach" && k+1 < c && toks[k+1].text == ",":
			nach = true
		}
	}
	return opens || (raise || hold) && charge || spiess && um || leg && nach
}

// inPrepPhraseDE reports a German name at t0 that a preposition other
// than one of agency governs, with at most an article and small-written
// adjectives between ("gegen die Bundesregierung", "bei der zuständigen
// Behörde").
func inPrepPhraseDE(toks []token, t0 int) bool {
	j := t0 - 1
	for j >= 0 && (articles[toks[j].fold] || toks[j].word && !toks[j].cap && isAdjDE(toks[j])) {
		j--
	}
	// ("Recherchen von Correctiv ergaben": "von" and "durch" name the
	// one who acts.)
	return j >= 0 && prepositions[toks[j].fold] && toks[j].fold != "von" && toks[j].fold != "vom" && toks[j].fold != "durch"
}

// perfectInfinitiveDE reports a perfect infinitive ("getroffen haben",
// "gewesen sein") in tokens [from, to): "haben" or "sein" after a
// lower-case word, before a comma or the end.
func perfectInfinitiveDE(toks []token, from, to int) bool {
	for k := from + 1; k < to && k < len(toks); k++ {
		if f := toks[k].fold; (f == "haben" || f == "sein") && toks[k-1].word && !toks[k-1].cap && (k+1 >= len(toks) || !toks[k+1].word) {
			return true
		}
	}
	return false
}

// sayVerbsDE are German verbs of communication beyond reportVerbs that
// open a clause of reported speech: the participles of "mitteilen",
// "sagen", "erklären" after an auxiliary ("hatte am Sonntag mitgeteilt,
// …"), "behaupten", "erklären lassen", and an outlet's "berichten",
// "melden", "schreiben" ("Das Blatt hatte im Mai berichtet, …").
var (
	sayParticiplesDE = set("mitgeteilt", "gesagt", "erklärt", "erklaert", "behauptet", "berichtet", "gemeldet", "geschrieben", "angegeben")
	sayFiniteDE      = set("behauptet", "behauptete", "behaupten", "behaupteten", "erklärten", "erklaerten", "berichtete", "berichteten", "berichtet",
		"meldete", "meldeten", "meldet", "schrieb", "schrieben", "schreibt",
		// "Der Betriebsrat kritisiert, die Geschäftsführung habe …".
		"kritisiert", "kritisieren", "kritisierten", "beklagt", "beklagen", "bemängelt", "bemaengelt", "moniert", "monierte", "monieren", "monierten",
		// "Die Prüfer bemängeln in ihrem Bericht, dass …".
		"bemängeln", "bemaengeln", "bemängelten", "bemaengelten", "beanstanden", "beanstandet", "beanstandeten", "rügen", "ruegen", "rügt", "ruegt", "rügten", "ruegten")
	sayMitDE     = set("teilt", "teilen", "teilten")
	lassenDE     = set("ließ", "liess", "ließen", "liessen", "lässt", "laesst", "lassen")
	sayAuxDE     = set("hat", "hatte", "haben", "hatten", "habe", "hätte", "haette")
	konjFiniteDE = set("habe", "hätte", "hätten", "haette", "haetten", "sei", "seien", "wäre", "wären", "waere", "waeren", "werde", "würde", "würden",
		"wuerde", "wuerden", "könne", "koenne", "müsse", "muesse", "solle", "dürfe", "duerfe", "wolle")
	// clauseSubordinatorsDE open a clause whose verb stands last: its
	// verb of saying is no main verb ("Wie der Spiegel berichtet, …").
	clauseSubordinatorsDE = set("wie", "nachdem", "als", "weil", "obwohl", "während", "waehrend", "wenn", "bevor", "seitdem", "seit", "dass", "ob", "da", "nachdem", "sobald", "indem")
)

// citedBeforeDE returns the source an outlet cites in the clause of the
// verb at c ("hatte unter Berufung auf einen Bericht des BKA
// berichtet"): a document's claimant, or the body or outlet named after
// "unter Berufung auf"; nil where there is none.
func (d *doc) citedBeforeDE(s, c int) *entity {
	toks := d.sents[s].toks
	for k := 0; k+2 < c; k++ {
		if toks[k].fold != "berufung" || toks[k+1].fold != "auf" {
			continue
		}
		for _, m := range d.ments[s] {
			if m.t0 <= k+1 || m.t1 > c || m.ent == nil || m.ent.dead {
				continue
			}
			if m.ent.typ == claimgraph.Document {
				if a := d.docClaimant(m.ent); a != nil {
					return a
				}
				continue
			}
			return party(m.ent)
		}
	}
	return nil
}

// sayCueDE reports a verb of communication at c that opens German
// reported speech: the verb stands in a main clause (not after "wie",
// "nachdem" or a relative pronoun), a comma follows it within a few
// words (its time phrase, a particle, "lassen"), and the clause after the
// comma is in the subjunctive or opens with "dass" ("…, ein Techniker
// habe die Leitung falsch angeschlossen"). The subjunctive is the
// grammar's own mark of speech reported, so "Die Zeitung berichtete,
// die Firma wächst" reports no one's claim.
func (d *doc) sayCueDE(s, c int) bool {
	toks := d.sents[s].toks
	f := toks[c].fold
	// "hatte in einer Beschwerde geltend gemacht, …", "machte geltend,
	// …": to assert a claim before a body.
	geltend := f == "gemacht" && c > 0 && toks[c-1].fold == "geltend" || f == "geltend" && c+1 < len(toks) && toks[c+1].text == ","
	conviction := convictionCueDE(toks, c)
	if !sayParticiplesDE[f] && !sayFiniteDE[f] && !sayMitDE[f] && f != "erklären" && f != "erklaeren" && !geltend && !conviction {
		return false
	}
	if toks[c].cap && c > 0 {
		return false // "die Behauptet…": a noun
	}
	// The clause that holds the verb, from the comma before it.
	b := c
	for b > 0 && toks[b-1].text != "," && toks[b-1].text != ":" && toks[b-1].text != ";" {
		b--
	}
	if b < len(toks) && (clauseSubordinatorsDE[toks[b].fold] || b > 0 && relPronounsDE[toks[b].fold]) {
		return false
	}
	switch {
	case conviction:
		// The copula or verb of the phrase stands in the same clause
		// (checked by convictionCueDE).
	case geltend && f == "geltend":
		ok := false
		for k := b; k < c; k++ {
			ok = ok || toks[k].fold == "macht" || toks[k].fold == "machte" || toks[k].fold == "machen" || toks[k].fold == "machten"
		}
		if !ok {
			return false
		}
	case sayParticiplesDE[f] || geltend:
		// "hatte … mitgeteilt": the auxiliary in the clause before it.
		aux := false
		for k := b; k < c; k++ {
			aux = aux || sayAuxDE[toks[k].fold]
		}
		if !aux && !sayFiniteDE[f] {
			return false
		}
	case sayFiniteDE[f]:
	case sayMitDE[f]:
		if !particleLater(toks, c, "mit") {
			return false
		}
	case f == "erklären" || f == "erklaeren":
		// "ließ über seinen Anwalt erklären", "hatte erklären lassen".
		ok := c+1 < len(toks) && lassenDE[toks[c+1].fold]
		for k := b; k < c && !ok; k++ {
			ok = lassenDE[toks[k].fold]
		}
		if !ok {
			return false
		}
	default:
		return false
	}
	// "Die Stadtwerke hätten Kunden betrogen, berichtet die „Lindauer
	// Rundschau“": an outlet's finite verb of reporting that closes a
	// clause in the subjunctive tells the outlet's own reporting, as
	// "schreibt das Magazin" does; closingAttribution reads it.
	if sayFiniteDE[f] && b == c && c >= 3 {
		konj := false
		for k := 0; k < c-1; k++ {
			konj = konj || konjFiniteDE[toks[k].fold]
		}
		for _, m := range d.ments[s] {
			if konj && m.ent != nil && m.ent.typ == claimgraph.Publication && m.kind != mPron && m.t0 > c && m.t0 <= c+3 {
				return true
			}
		}
	}
	// A subject before the verb: "Es wird behauptet, …" has none.
	subj := false
	for _, m := range d.ments[s] {
		subj = subj || m.ent != nil && m.t0 >= b && m.t1 <= c
	}
	// "Zur Begründung erklärte die Liga, …": after a fronted phrase the
	// subject follows a finite verb of saying.
	inverted := -1
	if !subj && sayFiniteDE[f] && b == 0 {
		for _, m := range d.ments[s] {
			if m.ent != nil && m.t0 > c && m.t0 <= c+3 && m.kind != mPron && m.ent.typ != claimgraph.Document {
				inverted = m.t1
				break
			}
		}
	}
	if !subj && inverted < 0 {
		return false
	}
	// The comma that opens the reported clause, past the verb's own
	// words ("mitgeteilt,", "teilte am Montag mit,", "erklären lassen,")
	// and an inverted subject.
	k := c + 1
	for k < len(toks) && k <= c+4 && toks[k].text != "," && (toks[k].word && !toks[k].cap || k < inverted) {
		k++
	}
	// "Die Prüfer kritisieren in dem 23-seitigen Papier zudem, dass …":
	// a phrase of place or medium after the verb, its noun capitalised,
	// before the comma.
	if inverted < 0 && k < len(toks) && toks[k].text != "," && prepositions[toks[c+1].fold] && toks[c+1].fold != "von" {
		for k < len(toks) && k <= c+8 && toks[k].text != "," && toks[k].word {
			k++
		}
	}
	if inverted > 0 && k < inverted {
		return false
	}
	if k >= len(toks) || toks[k].text != "," || k+1 >= len(toks) {
		return false
	}
	if toks[k+1].fold == "dass" {
		return true
	}
	for j := k + 1; j < len(toks) && !clauseStop(toks[j]); j++ {
		if konjFiniteDE[toks[j].fold] {
			return true
		}
	}
	return false
}

// descAppositionEN: tokens from k up to the name at t0..t1 are a
// description set off by commas before it, "a subcontractor, X," or "the
// bank's auditor, X,": an article or possessive, then up to four
// lower-case words that are no verbs, and a comma on both sides of the
// name.
func (d *doc) descAppositionEN(toks []token, k, t0, t1 int) bool {
	if t0-k < 3 || t1 >= len(toks) || toks[t1].text != "," {
		return false
	}
	// ("Paylio's finance chief, Oliver Strand,": a name's possessive
	// opens it too.)
	if f := toks[k].fold; !articles[f] && !possessives[f] && f != "its" && f != "their" && !(toks[k].cap && trimPoss(toks[k].text) != toks[k].text) {
		return false
	}
	// "the winning bidder, the courier firm Quickstep Couriers,", "a
	// subcontractor, Welsh electronics firm Dyfrig Microwave,": the
	// apposition may carry descriptors of its own, an article, plain
	// words and capitalised adjectives of origin, after a first comma.
	end := -1
	for j := k + 1; j < t0; j++ {
		if toks[j].text == "," {
			if j < t0-1 && !d.descriptorRunEN(toks, j+1, t0) {
				return false
			}
			end = j
			break
		}
	}
	if end < 0 {
		return false
	}
	// ("the insurer behind the product, X,", "the owner of the site, X,":
	// a short phrase of what the description is of, naming no one.)
	// ("a firm owned by the mayor's brother, X,", "the company that runs
	// the depot, X,": a modifier of the description, whoever it names,
	// closes it.)
	of := false
	for j := k + 1; j < end; j++ {
		if j > k+1 && descModifierEN(toks, j) > 0 {
			return end-(k+1) <= 12
		}
		tj := toks[j]
		if (tj.fold == "of" || tj.fold == "behind" || tj.fold == "for") && j > k+1 && !of || of && articles[tj.fold] && toks[j-1].fold == tj.fold {
			of = true
			continue
		}
		if of && articles[tj.fold] && j > k+1 && prepositions[toks[j-1].fold] {
			continue
		}
		if !tj.word || isVerbLike(tj.fold) || auxiliaries[tj.fold] || passiveAux[tj.fold] || functionWords[tj.fold] && !strings.HasSuffix(tj.text, "'s") {
			return false
		}
		// ("a second Emirati lender, X,": an adjective of origin is a
		// descriptor, as in the run before the name.)
		if tj.cap && !strings.HasSuffix(tj.text, "'s") && !strings.HasSuffix(tj.text, "’s") && !d.originAdjEN(tj) {
			return false
		}
	}
	return end-(k+1) <= 4 || of && end-(k+1) <= 6
}

// originAdjEN: a capitalised word that is an adjective of origin
// ("Welsh", "Norwegian", "Maltese", "Emirati"): a known place or a
// demonym's ending.
func (d *doc) originAdjEN(t token) bool {
	return d.x.lx.places[stem(t.fold)] || strings.HasSuffix(t.fold, "sh") || strings.HasSuffix(t.fold, "ian") || strings.HasSuffix(t.fold, "ese")
}

// descriptorRunEN: the tokens from a to b (exclusive) are the
// descriptors before a name in an apposition, "the courier firm",
// "Welsh electronics firm": an optional article, then at most four
// lower-case words that are no verbs or function words, or capitalised
// adjectives of origin ("Welsh", "Norwegian", "Maltese").
func (d *doc) descriptorRunEN(toks []token, a, b int) bool {
	if a < b && articles[toks[a].fold] {
		a++
	}
	if b-a > 4 {
		return false
	}
	for j := a; j < b; j++ {
		tj := toks[j]
		if !tj.word || isVerbLike(tj.fold) || auxiliaries[tj.fold] || passiveAux[tj.fold] || functionWords[tj.fold] {
			return false
		}
		if tj.cap && !d.originAdjEN(tj) {
			return false
		}
	}
	return true
}

// beliefVerbsEN state what the speaker holds true: "said it believed
// …", "said they suspected …".
var beliefVerbsEN = set("believed", "believes", "suspected", "suspects", "thought", "thinks")

// beliefAfterSayEN returns the token after a pronoun's belief that opens
// the object of a verb of saying at k ("it believed", "he was convinced
// that", "they were certain"), or k where none stands there. The
// reported clause follows it; "that" is left for the caller to skip.
func beliefAfterSayEN(toks []token, k int) int {
	if k+2 >= len(toks) {
		return k
	}
	switch toks[k].fold {
	case "it", "he", "she", "they", "we", "i":
	default:
		return k
	}
	if beliefVerbsEN[toks[k+1].fold] && !negatedBefore(toks, k+1) {
		return k + 2
	}
	if k+3 < len(toks) && (toks[k+1].fold == "was" || toks[k+1].fold == "were" || toks[k+1].fold == "is" || toks[k+1].fold == "are") {
		switch toks[k+2].fold {
		case "convinced", "certain", "confident", "sure":
			return k + 3
		}
	}
	return k
}

// sayParticiplesEN continue a clause with what its subject says:
// "…, saying that …", "…, claiming …", "…, adding that …", and the
// participles that name the audience or the medium first: "went
// further, telling the Financial Times that …", "writing on LinkedIn
// that …".
var sayParticiplesEN = set("saying", "claiming", "arguing", "adding", "insisting", "asserting", "contending", "stating", "telling", "writing")

// counterBefore: a reply cue ("hit back", "countered") stands in the
// three words before the participle at c.
func counterBefore(toks []token, c int) bool {
	for j := max(c-4, 0); j < c; j++ {
		if counterCue(toks, j) > 0 {
			return true
		}
	}
	return false
}

// counterSaidVerbs reply to a charge with a claim of one's own.
var counterSaidVerbs = set("countered", "counters", "retorted", "retorts", "konterte", "kontert", "konterten", "entgegnete", "entgegnet", "entgegneten")

// counterCue: the reply verb at c ("konterte", "countered") or its
// two-word form ("hielt dagegen", "keilte zurück", "hit back", "shot
// back"); it returns the index of the cue's last word, or 0.
func counterCue(toks []token, c int) int {
	f := toks[c].fold
	if counterSaidVerbs[f] {
		return c
	}
	if c+1 >= len(toks) {
		return 0
	}
	switch g := toks[c+1].fold; {
	case (f == "hielt" || f == "hält" || f == "haelt" || f == "hielten") && g == "dagegen",
		(f == "keilte" || f == "keilt" || f == "keilten") && (g == "zurück" || g == "zurueck"),
		(f == "hit" || f == "hits" || f == "shot" || f == "fired") && g == "back":
		return c + 1
	}
	// "drehte den Spieß um: …", "schlug zurück: …", "struck back,
	// saying …", "turned the tables: …": idioms of a reply that turns
	// the charge round, closed by the colon or comma that opens the
	// reply ("schlug zurück" alone may be a blow).
	opens := func(e int) int {
		if e+1 < len(toks) && (toks[e+1].text == ":" || toks[e+1].text == ",") {
			return e
		}
		return 0
	}
	switch g := toks[c+1].fold; {
	case (f == "schlug" || f == "schlugen" || f == "schlägt" || f == "schlaegt") && (g == "zurück" || g == "zurueck"),
		(f == "struck" || f == "strikes" || f == "pushed") && g == "back":
		return opens(c + 1)
	case c+3 < len(toks) && (f == "drehte" || f == "dreht" || f == "drehten") && g == "den" && toks[c+2].fold == "spieß" && toks[c+3].fold == "um",
		c+3 < len(toks) && (f == "ging" || f == "geht" || f == "gingen") && g == "zum" && toks[c+2].fold == "gegenangriff" && toks[c+3].fold == "über":
		return opens(c + 3)
	case c+2 < len(toks) && (f == "turned" || f == "turns") && g == "the" && toks[c+2].fold == "tables":
		return opens(c + 2)
	}
	return 0
}

// accuseAfterCounter: the reply cue ending at e goes on with a verb of
// accusing ("hit back, accusing …", "konterte mit dem Vorwurf").
func accuseAfterCounter(toks []token, e int) bool {
	for j := e + 1; j < len(toks) && j <= e+3; j++ {
		if f := toks[j].fold; accuseEN[f] || allegeEN[f] || chargeEN[f] || accuseDE[f] || vorwerfenWhole[f] || strings.HasPrefix(f, "vorwurf") {
			return true
		}
	}
	return false
}

// saidFrame reads "X said (that) Y had <wrongdoing>" and "X erklärte,
// Y habe <Fehlverhalten>": the speaker accuses the subject of the
// reported clause. The clause must state misconduct without negation,
// in the active voice (a party that "was attacked" is a victim), and its
// subject must be a party other than the speaker.
func (d *doc) saidFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	// A participle of saying ("…, saying it had …") continues its
	// clause; it closes no quotation and stands in no parenthesis.
	participle := d.lang == "en" && sayParticiplesEN[toks[c].fold]
	if !participle && d.closingAttribution(s, parts, c, emit) {
		return
	}
	if !participle && d.parentheticalSaid(s, parts, c, emit) {
		return
	}
	speaker := d.subjectEN(parts, c)
	// "X went further, saying …": the participle's subject is the main
	// clause's, not the object named last before the comma.
	if participle {
		speaker = d.clauseSubject(parts, c)
	}
	// "the inspectorate's chief inspector said …": a body's unnamed
	// officer speaks for the body.
	if speaker == nil && d.lang == "en" && !participle {
		speaker = d.possRoleSubjectEN(s, parts, c)
	}
	// "The council's trading standards team said that …": a body's
	// unit speaks for the body.
	if speaker == nil && d.lang == "en" && !participle {
		speaker = d.organSubjectEN(s, parts, c)
	}
	var docSpeaker *part
	if speaker != nil && speaker.e.typ == claimgraph.Document {
		docSpeaker = speaker
		// "AeroNova called the complaint baseless and said …": the
		// subject of the clause, not the document it names.
		speaker = d.clauseSubject(parts, c)
		// "The report also says X backdated invoices": a document whose
		// author the text named speaks for the author.
		if (speaker == nil || speaker.e.typ == claimgraph.Document) && d.docClaimant(docSpeaker.e) != nil && docSpeaker.m.t1 <= c && c-docSpeaker.m.t1 <= 2 {
			speaker = docSpeaker
		}
	}
	if d.lang == "de" {
		speaker = d.subjectDE(parts, c, c)
		// "Der Vorstand hatte im März erklärt, …": a company's organ
		// speaks for it.
		if speaker == nil {
			speaker = d.organClauseSubjectDE(s, parts, c)
		}
		// "Zur Begründung erklärte die Liga, der Verein habe …": after a
		// fronted phrase the subject follows the verb of saying, before
		// the comma that opens the reported clause.
		if speaker == nil {
			speaker = d.invertedSpeakerDE(s, parts, c)
		}
		if f := toks[c].fold; f == "teilte" && !hasLater(toks, c, "mit") {
			return
		}
	}
	// "Researchers at the digital rights lab X say …": the people of a
	// body speak for it.
	if speaker == nil && d.lang == "en" {
		for i := range parts {
			p := parts[i]
			if p.m.t1 <= c && (p.prep == "at" || p.prep == "from" || p.prep == "with") && p.e.isOrg() && p.m.t0 >= 2 {
				for j := p.m.t0 - 1; j >= 0 && j >= p.m.t0-6; j-- {
					if analystWords[toks[j].fold] || toks[j].fold == "scientists" || toks[j].fold == "investigators" || toks[j].fold == "officials" {
						q := parts[i]
						q.prep = ""
						speaker = &q
						break
					}
				}
			}
		}
	}
	// "The articles, the result of an investigation by this newspaper,
	// reported that …": an outlet's pieces report for it.
	// "The watchdog's report said that …": the party whose piece
	// opens the sentence speaks through it.
	if (speaker == nil || speaker.e.typ == claimgraph.Document) && d.lang == "en" {
		if pp := d.possessorPiece(s, parts, c); pp != nil {
			speaker, docSpeaker = pp, nil
		}
	}
	if speaker == nil && d.lang == "en" && reportVerbsOutlet[toks[c].fold] {
		speaker = d.pieceOutlet(s, parts, c)
	}
	// "A report by the Harbour Gazette said …": with a verb of saying
	// only the outlet the phrase names.
	if speaker == nil && d.lang == "en" && (toks[c].fold == "said" || toks[c].fold == "says") {
		if p := d.pieceOutlet(s, parts, c); p != nil && p.m.sent == s {
			speaker = p
		}
	}
	// Inverted order: "…, sagte Regierungssprecherin X", "…, the
	// ministry said" is left to the quotation and passive frames.
	if speaker == nil || speaker.e.typ == claimgraph.Document && (speaker != docSpeaker || d.lang != "en") {
		return
	}
	// The reported clause: after "that"/"dass", or right after the verb
	// and its time phrase; in German after the comma.
	k := c + 1
	limit := c + 5
	for k < len(toks) && k <= limit && toks[k].fold != "that" && toks[k].fold != "dass" && toks[k].text != "," {
		// "erklärte die Liga, …": the inverted speaker itself.
		if m := d.mentionAt(s, k); m != nil && m == speaker.m && m.t0 > c {
			k = m.t1
			continue
		}
		if m := d.mentionAt(s, k); m != nil {
			// "said in Federal Court filings that …": the body names
			// the document that follows it.
			t0 := m.t0
			if dm := d.mentionAt(s, m.t1); m.typ != claimgraph.Document && dm != nil && dm.t0 == m.t1 && dm.typ == claimgraph.Document && d.lang == "en" {
				m = dm
			}
			// "said in a report released on Monday that …": the
			// document the speaker said it in.
			if m.typ == claimgraph.Document && d.lang == "en" && (t0 <= c+3 || t0 <= c+5 && possessives[toks[c+2].fold]) && thatAfterDoc(toks, m.t1) {
				k, limit = m.t1, m.t1+4
				// Straight to the clause past "with the SEC".
				for j := m.t1; j < len(toks) && j <= m.t1+10; j++ {
					if toks[j].fold == "that" {
						k, limit = j, j
						break
					}
				}
				continue
			}
			// "told the BBC that Ferrovia had …": the one told is no
			// subject of the clause, nor is a phrase of when or how
			// after it ("told the Gazette on Monday that", "told The
			// Harbour Gazette in an interview that").
			// ("told the jury at Sheffield Crown Court that …": the
			// court where the audience sits.)
			if (toks[c].fold == "told" || toks[c].fold == "telling") && (m.t0 <= c+2 || m.t0 <= c+5 && (toks[m.t0-1].fold == "at" || toks[m.t0-1].fold == "in") && courtAudienceEN[toks[m.t0-2].fold]) {
				if j := d.thatAfterPhrase(s, m.t1, 6); j > 0 {
					k = j
					continue
				}
			}
			// "sagte der „Landeszeitung“, …", "sagte dem Magazin X am
			// Montag, …", "erklärte gegenüber dem Sender Y, …": the one
			// spoken to, in the dative right after the verb, is no
			// subject of the reported clause, which opens at the comma.
			if d.lang == "de" && m.t0 <= c+4 && m.t0 > 0 && dativeAudienceDE(toks, c, m.t0) {
				k, limit = m.t1, m.t1+4
				continue
			}
			break
		}
		k++
	}
	// "Die Prüfer kritisieren in dem 23-seitigen Papier zudem, dass …":
	// a phrase of place or medium, naming at most a document, before the
	// comma (as sayCueDE allows it).
	if d.lang == "de" && (k > limit || k < len(toks) && toks[k].text != ",") && c+1 < len(toks) && prepositions[toks[c+1].fold] && toks[c+1].fold != "von" {
		for j := c + 1; j < len(toks) && j <= c+8; j++ {
			if toks[j].text == "," {
				k = j
				break
			}
			if m := d.mentionAt(s, j); !toks[j].word || m != nil && m.typ != claimgraph.Document {
				break
			}
		}
	}
	// "wrote in a report published on Monday that …": a longer phrase of
	// where and when, naming no one, before "that".
	if d.lang == "en" && k > limit && k < len(toks) && toks[k].fold != "that" {
		for j := c + 1; j < len(toks) && j <= c+12; j++ {
			if toks[j].fold == "that" {
				k = j
				break
			}
			if !toks[j].word && !toks[j].num || d.mentionAt(s, j) != nil && d.mentionAt(s, j).typ != claimgraph.Document {
				break
			}
		}
	}
	// "said senior managers had discouraged staff …": an unnamed organ
	// opens the clause; no name stops the search for it.
	if d.lang == "en" && k > limit && (k >= len(toks) || toks[k].fold != "that") && managersAt(toks, c+1) {
		k = c + 1
	}
	// "L'Équipe reported, citing people familiar with the matter, that
	// Ferreyra had …": the source phrase stands before the clause.
	if e := citingPhraseEnd(toks, c+1); d.lang == "en" && k == c+1 && e > 0 && toks[e].fold == "that" {
		k = e
	}
	// "Loopline said, in turn, that the institute had …", "said, for its
	// part, that …": an interjection in commas, naming no one, stands
	// between the verb and its clause.
	if d.lang == "en" && k == c+1 && k < len(toks) && toks[k].text == "," {
		for j := c + 2; j < len(toks) && j <= c+6; j++ {
			if d.mentionAt(s, j) != nil || toks[j].quote || toks[j].cap {
				break
			}
			if toks[j].text == "," {
				if j+1 < len(toks) && toks[j+1].fold == "that" {
					k = j + 1
				}
				break
			}
		}
	}
	// "said it believed Y had …", "said he was convinced that Y had
	// …": the speaker's own belief, in a pronoun, stands between the
	// verb and the reported clause.
	if d.lang == "en" && k == c+1 {
		k = beliefAfterSayEN(toks, k)
	}
	// "keilte zurück: Y habe …", "hit back, saying Y had …": the reply
	// opens its clause with a colon or a participle of saying.
	if e := counterCue(toks, c); e > c && e+1 < len(toks) && toks[e+1].text == ":" {
		k = e + 1
	}
	if k < len(toks) && (toks[k].fold == "that" || toks[k].fold == "dass" || toks[k].text == "," || toks[k].text == ":" && counterCue(toks, c) > 0) {
		k++
	}
	// "…, dass der Geschäftsführer X …": the subject phrase begins after
	// the conjunction.
	if d.lang == "de" && k < len(toks) && k > 0 && toks[k-1].text == "," && toks[k].fold == "dass" {
		k++
	}
	if counterCue(toks, c) > 0 && k+1 < len(toks) && toks[k].fold == "saying" {
		k++
		if toks[k].fold == "that" {
			k++
		}
	}
	if k >= len(toks) {
		return
	}
	// "saying it has information that \"reasonably indicates\" the
	// company uses forced labour", "said it had evidence that X …": the
	// speaker's own evidence introduces the clause it vouches for.
	if d.lang == "en" {
		k = evidenceOpenerEN(toks, k)
	}
	d.saidClause(s, parts, c, k, speaker, emit)
	// "reported that scoring sheets had been altered and that a
	// Tri-County executive had improperly obtained …": each clause
	// coordinated with "and that" reports a deed of its own.
	if d.lang == "en" {
		for j := k + 2; j+2 < len(toks); j++ {
			if toks[j].fold == "and" && toks[j+1].fold == "that" && !toks[j].inq {
				d.saidClause(s, parts, c, j+2, speaker, emit)
			}
		}
	}
}

// claimVerbsEN and claimVerbsDE demand something of a party.
var claimVerbsEN = set("seeking", "seeks", "sought", "seek", "claiming", "claims", "claimed", "demanding", "demands", "demanded")
var claimVerbsDE = set("fordert", "fordern", "forderte", "forderten", "verlangt", "verlangen", "verlangte", "verlangten")

// damagesCue reports a verb of demanding at c whose object is damages
// ("seeking damages", „verlangt … Schadenersatz“), not compensation in
// general, which one may seek for a loss nobody caused.
func damagesCue(lang string, toks []token, c int) bool {
	f := toks[c].fold
	if lang == "en" && claimVerbsEN[f] {
		for k := c + 1; k < len(toks) && k <= c+8; k++ {
			if toks[k].fold == "damages" {
				return true
			}
			if clauseStop(toks[k]) {
				return false
			}
		}
	}
	if lang == "de" && claimVerbsDE[f] {
		for k := c + 1; k < len(toks) && k <= c+10; k++ {
			if g := toks[k].fold; strings.HasPrefix(g, "schadenersatz") || strings.HasPrefix(g, "schadensersatz") || strings.HasPrefix(g, "schmerzensgeld") {
				return true
			}
			if clauseStop(toks[k]) {
				return false
			}
		}
	}
	return false
}

// damagesFrame reads a claim for damages at c: its subject accuses the
// party it claims them from ("from X", „von X“) within the clause.
func (d *doc) damagesFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	// ("verlangt von ihren Kunden keinen Schadenersatz")
	if negatedCue(toks, c) || d.lang == "de" && (negatedDE(toks, c) || nearAny(toks, c+1, c+10, relNegationDE)) {
		return
	}
	// ("is seeking damages from X, which it accuses of …": the verb of
	// accusing reads the sentence.)
	for _, t := range toks {
		if f := t.fold; !t.inq && (accuseEN[f] || allegeEN[f] && f != "claims" && f != "claimed" && f != "claim" && f != "claiming" || accuseDE[f] || vorwerfenWhole[f] || vorwerfenFinite[f]) {
			return
		}
	}
	var subj *part
	if d.lang == "en" {
		subj = d.subjectEN(parts, c)
	} else {
		subj = d.subjectDE(parts, c, c)
		if subj == nil {
			subj = d.invertedSpeakerDE(s, parts, c)
		}
	}
	if subj == nil || subj.e.typ == claimgraph.Document || subj.e.typ == claimgraph.Publication {
		return
	}
	from := "from"
	if d.lang == "de" {
		from = "von"
	}
	for k := c + 1; k < len(toks) && k <= c+14 && !clauseStop(toks[k]); k++ {
		if toks[k].fold != from && !(d.lang == "de" && toks[k].fold == "vom") {
			continue
		}
		// The party after the preposition, past its article and a
		// description in apposition ("from its former supplier, Kelso
		// Packaging").
		for _, p := range parts {
			if p.m.t0 <= k || p.m.t0 > k+6 {
				continue
			}
			if p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || party(p.e) == party(subj.e) {
				return
			}
			emit(party(subj.e), []*entity{p.e}, d.lang+".damages", 0.7, c+1)
			return
		}
		return
	}
}

// courtCharge reports that the clause of the saying verb at c of
// sentence s is the prosecution's case put to a court: counsel pleading
// a body's case (pleadsCaseFor) says it, or a prosecuting body tells it
// to the jury or the court ("Prosecutors told the jury that …"). What
// the prosecution puts to the court about a party is its charge, in
// whatever plain words ("targeted widows living alone"). The subject
// must be a body, or a person the text has as a defendant.
func (d *doc) courtCharge(s, c int, speaker, subj *part) bool {
	if d.lang != "en" || speaker == nil || subj == nil {
		return false
	}
	toks := d.sents[s].toks
	// ("Tom Jones, representing the Unite union, said the company had
	// offered 3%": one who speaks for a body out of court is no counsel
	// putting a case.)
	counsel := speaker.e.pleads && party(speaker.e) != speaker.e && d.inCourt(s)
	prosecutor := speaker.e.typ == claimgraph.Agency && nameHas(speaker.e, prosecutorWords)
	if !counsel && !prosecutor {
		return false
	}
	// ("Prosecutors say the firm issued false certificates": out of
	// court, only of a party the text has on trial.)
	told := toks[c].fold == "told" && nearAny(toks, c+1, c+2, courtAudienceEN)
	if subj.e.typ != claimgraph.Official && (counsel || told) {
		return subj.e.isOrg() && subj.e.typ != claimgraph.Publication
	}
	return d.defendant(subj.e, s)
}

// inCourt reports that the story up to sentence s is told in court: a
// jury, a court, a tribunal or a trial.
func (d *doc) inCourt(s int) bool {
	for o := 0; o <= s && o < len(d.sents); o++ {
		if d.sentenceHas(o, courtAudienceEN) || d.sentenceHas(o, trialNounsEN) {
			return true
		}
	}
	return false
}

// defendant reports that person e stands trial in the text up to
// sentence s: a sentence that names e also denies counts, pleads, or
// tells of charges or a trial.
func (d *doc) defendant(e *entity, s int) bool {
	for o := 0; o <= s && o < len(d.ments); o++ {
		named := false
		for _, m := range d.ments[o] {
			if m.ent == e {
				named = true
			}
		}
		if named && d.sentenceHas(o, trialWordsEN) {
			return true
		}
	}
	return false
}

// trialWordsEN tell of a person's trial.
var trialWordsEN = set("deny", "denies", "denied", "pleaded", "pleads", "charged", "trial", "defendant", "defendants", "co-defendant", "counts", "indicted")

// courtAudienceEN are those counsel and witnesses address in court.
var courtAudienceEN = set("jury", "jurors", "court", "judge", "magistrates", "tribunal", "panel", "inquest", "inquiry", "hearing")

// dativeAudienceDE reports that the phrase at t0 after the German verb
// of saying at c is the one spoken to: "dem", "der" or "gegenüber" opens
// it, with only a descriptor noun ("dem Magazin", "der Zeitung") or a
// time word between, and it stands in the words right after the verb.
func dativeAudienceDE(toks []token, c, t0 int) bool {
	k := c + 1
	if k < t0 && (toks[k].fold == "gegenüber" || toks[k].fold == "gegenueber") {
		k++
	}
	// ("sagte dem Magazin, …": the mention may hold the article.)
	if k > t0 || toks[k].fold != "dem" && toks[k].fold != "der" {
		return false
	}
	// A dative only after a verb that takes one: "sagte der Zeitung",
	// "erklärte dem Sender"; "berichtete der Verband" is a subject.
	if f := toks[c].fold; f != "sagte" && f != "sagten" && f != "sagt" && f != "erklärte" && f != "erklaerte" && f != "erklärten" && f != "erklaerten" && f != "erzählte" && f != "erzaehlte" && f != "schilderte" && f != "bestätigte" && f != "bestaetigte" {
		return false
	}
	return t0-k <= 2
}

// invertedSpeakerDE returns the subject that follows the German verb of
// saying at c in second place ("Am Montag erklärte die Liga, …",
// "Zudem teilte das Ministerium mit, …"): the first participant in no
// prepositional phrase and no object, in the few words between the verb
// and the comma that opens the reported clause, with no other party
// before the verb.
func (d *doc) invertedSpeakerDE(s int, parts []part, c int) *part {
	toks := d.sents[s].toks
	if c == 0 || toks[0].quote {
		return nil
	}
	// "Dem MDR sagte Betriebsrat Uwe Kranz, …": a fronted dative is
	// the one spoken to, not the speaker.
	for _, p := range parts {
		if p.m.t0 < c && p.prep == "" && !(p.obj && p.art == "dem" && speechVerbs[toks[c].fold]) {
			return nil
		}
	}
	comma := -1
	for k := c + 1; k < len(toks) && k <= c+6; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
		if !toks[k].word {
			return nil
		}
	}
	if comma < 0 {
		return nil
	}
	for i := range parts {
		p := parts[i]
		if p.m.t0 <= c || p.m.t1 > comma {
			continue
		}
		if p.prep != "" || p.obj || p.e.typ == claimgraph.Document {
			return nil
		}
		// "sagte der Landeszeitung X, …", "erklärte dem Sender, …",
		// "sagte gegenüber dem Magazin, …": the one spoken to. "der"
		// before a feminine noun is no subject ("die Zeitung" would be).
		if a := c + 1; a < p.m.t0 {
			switch toks[a].fold {
			case "dem", "gegenüber", "gegenueber":
				return nil
			case "der":
				if toks[a+1].cap && nounGenderDE(toks[a+1].fold) == 'f' {
					return nil
				}
			}
		}
		return &parts[i]
	}
	return nil
}

// saidClause reads the reported clause that starts at token k of the
// saying verb at c: its subject, a party other than the speaker, did
// what it states, if that is misconduct (see saidFrame).
func (d *doc) saidClause(s int, parts []part, c, k int, speaker *part, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 < k || namingPhrase(toks, p.m.t0) > p.m.t0 {
			continue // "it calls": the namer, not the subject
		}
		// "said satellite images analysed by the agency Ibama showed
		// …": the agent of a participle inside the subject phrase is
		// not its subject.
		if d.lang == "en" && participleAgentEN(toks, c, p.m.t0) {
			continue
		}
		// "said that its rival, the courier firm Quickstep Couriers, had
		// …": a description the apposition after it names gives way to
		// the name.
		// ("the company that runs the depot, X,", "the firm hired by
		// the council, X,": past a modifier of the description.)
		if d.lang == "en" && (p.m.kind == mDesc || p.m.kind == mPron) && i+1 < len(parts) && p.m.t1 < len(toks) && (toks[p.m.t1].text == "," || toks[p.m.t1].fold == "of" || toks[p.m.t1].fold == "behind" || descModifierEN(toks, p.m.t1) > 0) {
			// ("the operator of the plant, X,": past the descriptions
			// inside the phrase.)
			n := i + 1
			for n+1 < len(parts) && (parts[n].m.kind == mDesc || parts[n].m.kind == mPron) && parts[n].m.t1 < len(toks) && toks[parts[n].m.t1].text == "," {
				n++
			}
			if q := parts[n]; q.prep == "" && q.m.kind != mDesc && q.m.kind != mPron && q.e.typ != claimgraph.Document && q.e.typ != claimgraph.Publication &&
				q.m.t0 <= k+12 && d.descAppositionEN(toks, k, q.m.t0, q.m.t1) {
				continue
			}
		}
		// "says the federation's former finance director, Tomasz
		// Wielgus, backdated …": the possessor qualifies the person the
		// apposition names.
		// "said Marlow's transport arm, Fenwick Haulage Ltd, had …": so
		// does a body's.
		if p.prep == "poss" && i+1 < len(parts) && (parts[i+1].e.typ == claimgraph.Official || parts[i+1].e.isOrg() && parts[i+1].e.typ != claimgraph.Publication) && parts[i+1].m.t0 <= p.m.t1+6 &&
			parts[i+1].m.t0 > 0 && toks[parts[i+1].m.t0-1].text == "," {
			if q := parts[i+1]; q.m.t1 < len(toks) && toks[q.m.t1].text == "," {
				subj = &parts[i+1]
				break
			}
		}
		// "that a hacking group it calls Silent Harbor had broken into":
		// the name closes the clause's subject phrase.
		np := p.m.t0 <= k+1
		if !np && p.m.t0 <= k+8 {
			np = true
			for j := k; j < p.m.t0; j++ {
				// ("that a Tri-County executive had …": a body's name
				// before a role it qualifies.)
				if pm := d.mentionAt(s, j); pm != nil && pm.ent != nil && pm.ent.isOrg() && p.e.typ == claimgraph.Official && pm.t1 <= p.m.t0 {
					continue
				}
				if tj := toks[j]; !(articles[tj.fold] || tj.word && !tj.cap && !isVerbLike(tj.fold) && !passiveAux[tj.fold] && !auxiliaries[tj.fold] && !strings.HasSuffix(tj.fold, "ed") || namingPhrase(toks, j) > j) {
					np = false
				}
			}
		}
		// "saying that a subcontractor, Marlow Precision, had submitted
		// …", "said the bank's auditor, Brandt & Voss, had signed off":
		// a description in commas before the name is the subject phrase.
		if !np && d.lang == "en" && p.m.t0 <= k+12 && d.descAppositionEN(toks, k, p.m.t0, p.m.t1) {
			np = true
		}
		// "sein früherer Trainer Max Bauer habe …", "die Reederei X
		// habe …": a German subject phrase holds a possessive, adjectives
		// and a role or descriptor noun before the name.
		if !np && d.lang == "de" && p.prep == "" && p.m.t0 <= k+6 && d.caseDE(p) != 'd' {
			np = d.subjectGapDE(toks, k, p.m.t0, p.m.kind == mPerson)
		}
		// ("der Sender verbreite Falschinformationen", "die Zeitung
		// habe Zitate erfunden": an outlet charged with its own
		// reporting.)
		if np && p.prep == "" && p.e.typ != claimgraph.Document && (p.e.typ != claimgraph.Publication || d.lang == "de" && mediaWrongDE(toks, p.m.t1)) {
			subj = &parts[i]
		}
		// "ein Techniker des Dienstleisters X habe …": an unnamed
		// person of a body did it; the body is the party it is said of.
		if !np && d.lang == "de" && p.prep == "gen" && p.e.isOrg() && p.e.typ != claimgraph.Publication && d.staffOfGenitiveDE(toks, k, p) {
			subj = &parts[i]
		}
		// "said management at Dolan Foods had bullied staff", "said the
		// bosses of X had …": a body's organ opens the clause and stands
		// for the body.
		// ("said officials at the transport ministry had failed to check
		// invoices": its staff too.)
		// ("… at the Transport Ministry": past the article.)
		og := p.m.t0 - 2
		if og >= 1 && articles[toks[p.m.t0-1].fold] {
			og--
		}
		// "said the Department of Defence's project office had been
		// warned …", "that Ormonde's relationship managers allegedly
		// helped …": a body's unit or staff in the possessive opens the
		// clause and stands for the body.
		if d.lang == "en" && subj == nil && (possUnitSubjectEN(toks, p, k) || possPaperSubjectEN(toks, p, k)) {
			q := parts[i]
			q.prep = ""
			subj = &q
		}
		// ("reported that producers at Northstar had bribed witnesses",
		// "employees of X had falsified records": the people who work
		// there did it at work.)
		if d.lang == "en" && (p.prep == "at" || p.prep == "of") && p.e.isOrg() && p.e.typ != claimgraph.Publication && og >= 0 && (organWords[toks[og].fold] || (staffNouns[toks[og].fold] || workStaffEN[toks[og].fold]) && strings.HasSuffix(toks[og].fold, "s")) &&
			(organOpensClause(toks, c, og) || og == k || og == k+1 && articles[toks[k].fold]) {
			q := parts[i]
			q.prep = ""
			subj = &q
		}
		break
	}
	// "say a spyware tool sold by Oracle Veil was used to hack …": the
	// maker or seller of the subject is the party it is said of.
	byMaker := false
	if subj == nil {
		// ("said the fire was most likely caused by a faulty line
		// recloser made by Trident": the maker may stand further on.)
		for j := c + 1; j < len(toks) && j <= c+20 && toks[j].text != ";"; j++ {
			if makerVerbs[toks[j].fold] && j+1 < len(toks) && toks[j+1].fold == "by" {
				byMaker = true
				for q := j + 2; q < len(toks) && q <= j+7; q++ {
					if m := d.mentionAt(s, q); m != nil && m.ent != nil && m.ent.isOrg() {
						for i := range parts {
							if parts[i].m == m {
								subj = &parts[i]
							}
						}
						break
					}
				}
				break
			}
		}
	}
	// "reported that workers at Rahman Knit were forced to work 16-hour
	// shifts without pay": what the staff of a body suffered at work is
	// said of their employer.
	if subj == nil && d.lang == "en" {
		if emp := d.employerOfVictims(s, parts, k); emp != nil && emp.e != speaker.e && party(emp.e) != party(speaker.e) {
			emit(d.docAuthorOr(speaker.e, s), []*entity{emp.e}, d.lang+".said.reported", 0.6, emp.m.t1)
			return
		}
	}
	// "said that she had been instructed by her superiors at Crestline to
	// 'fix the numbers'": the one who gave the order did the wrong.
	if d.lang == "en" && (subj == nil || subj.m.kind == mPron) {
		if ag := d.instructedByEN(s, parts, k); ag != nil && ag.e != speaker.e && party(ag.e) != party(speaker.e) {
			emit(d.docAuthorOr(speaker.e, s), []*entity{ag.e}, "en.said.instructed", 0.6, ag.m.t1)
			return
		}
	}
	// "said senior managers had discouraged staff from filing incident
	// reports": the unnamed managers act for the body the story is about.
	if d.lang == "en" && subj == nil && managersAt(toks, k) {
		if org, h := d.unnamedManagersEN(s, k, speaker.e); org != nil {
			emit(d.docAuthorOr(speaker.e, s), []*entity{org}, "en.said.managers", 0.6, h+1)
			return
		}
	}
	// "Ein ehemaliger Entwickler des Unternehmens, der anonym bleiben
	// wollte, sagte, die Geschäftsführung habe interne Warnungen
	// ignoriert": the organ that runs an insider's employer stands for
	// it.
	// (Only for a body the text accuses already: the one the insider's
	// "des Unternehmens" stands for is not always clear.)
	if d.lang == "de" && subj == nil && speaker.e.insider && speaker.e.affil != nil && !speaker.e.affil.dead && speaker.e.affil.typ != claimgraph.Publication && d.accusedBefore(speaker.e.affil, s) &&
		k+2 < len(toks) && definiteDE[toks[k].fold] && toks[k+1].cap && (organWordsDE[toks[k+1].fold] || organWordDE(toks[k+1].fold)) && !lawyerOrganDE(toks[k+1].fold) && finiteAuxDE[toks[k+2].fold] {
		end := stopAfter(toks, k+2)
		for j := k + 2; j < end; j++ {
			if negationWords[toks[j].fold] || toks[j].fold == "worden" {
				return
			}
		}
		if reportedWrongdoing(toks, k+2, end) || directiveDeed(toks, k+2, end) {
			emit(d.docAuthorOr(speaker.e, s), []*entity{speaker.e.affil}, "de.said.organ", 0.6, k+2)
		}
		return
	}
	// "Ein ehemaliger Schadenregulierer der Moselland, der anonym bleiben
	// wollte, sagte, Sachbearbeiter seien intern angewiesen worden,
	// Schäden grundsätzlich abzulehnen", "… belastetes Wasser sei nachts
	// über einen stillgelegten Kanal abgelassen worden": what an insider
	// says was done, in the passive, at the body the text accuses was
	// done by that body.
	if d.lang == "de" && subj == nil && speaker.e.insider && speaker.e.affil != nil && !speaker.e.affil.dead && speaker.e.affil.typ != claimgraph.Publication && d.accusedBefore(speaker.e.affil, s) && k < len(toks) {
		end := stopAfter(toks, k)
		passive := false
		for j := k; j < end; j++ {
			if negationWords[toks[j].fold] {
				return
			}
			passive = passive || toks[j].fold == "worden"
		}
		if passive && (reportedWrongdoing(toks, k, end) || directiveDeed(toks, k, end)) {
			emit(d.docAuthorOr(speaker.e, s), []*entity{speaker.e.affil}, "de.said.insider", 0.6, k)
			return
		}
	}
	// "Priya Ashworth and her husband say staff on the labour ward failed
	// to call a doctor": private people who tell of what a body's staff
	// did to them charge the body the story is about. (A body telling of
	// staff may mean its own.)
	if d.lang == "en" && subj == nil && speaker.e.typ == claimgraph.Official && !speaker.e.anon && speaker.e.affil == nil {
		at := k
		if j := c + 1; j < len(toks) && (toks[j].fold == "that" || careStaffEN[toks[j].fold] || articles[toks[j].fold]) {
			at = j + boolInt(toks[j].fold == "that")
		}
		if org, h := d.unnamedStaffEN(s, at, speaker.e); org != nil {
			for _, sp := range d.coSubjects(s, parts, speaker, c) {
				if sp.e.typ == claimgraph.Official && sp.e.affil == nil {
					emit(sp.e, []*entity{org}, "en.said.staff", 0.6, h+1)
				}
			}
			return
		}
	}
	// "singled out the presenter, X, saying she had …", "named the
	// producer, Y, alleging that he had …": a personal pronoun opening
	// the participle's clause stands for the main clause's object where
	// that alone agrees with it.
	if d.lang == "en" && subj != nil && subj.m.kind == mPron && subj.m.t0 == k && sayParticiplesEN[toks[c].fold] && c > 0 && toks[c-1].text == "," {
		if o := d.participleObjectEN(s, parts, c, toks[k].fold, speaker.e); o != nil {
			subj = o
		}
	}
	colleague := subj != nil && party(subj.e) == party(speaker.e) && d.colleagueChargeEN(s, speaker, subj)
	if subj == nil || subj.e == speaker.e || party(subj.e) == party(speaker.e) && !colleague || subj.m.kind == mPron {
		return
	}
	// "said on Monday after the league charged the club": a clause of
	// time is no reported speech.
	// (A clause coordinated by "and that" starts after the first one's
	// time phrases: "… changed after the deadline and that X had …".)
	lead := c + 1
	if k >= 2 && toks[k-1].fold == "that" && toks[k-2].fold == "and" {
		lead = k
	}
	for j := lead; j < subj.m.t0; j++ {
		if subordinators[toks[j].fold] || toks[j].fold == "following" || toks[j].fold == "because" || toks[j].fold == "nachdem" {
			return
		}
	}
	// The clause runs to the next comma that opens another clause, or to
	// the end.
	end := len(toks)
	for j := subj.m.t1; j < len(toks); j++ {
		// "wrote that Southmoor had “deliberately hidden” spill data": a
		// quoted phrase set into the clause after a word of it is part
		// of it.
		// So in German for a few words („bewusst Falschinformationen“).
		if (d.lang == "en" && toks[j].open || d.lang == "de" && shortQuoteDE(toks, j)) && toks[j].quote && j > subj.m.t1 && toks[j-1].word {
			if q := closingQuote(toks, j); q > 0 {
				j = q
				continue
			}
		}
		if clauseStop(toks[j]) || d.lang == "en" && toks[j].fold == "and" && j+1 < len(toks) && toks[j+1].fold == "that" {
			end = j
			break
		}
		// "said A had helped the inquiry, while B had rigged bids": the
		// second clause has its own subject and its own deed.
		if (toks[j].fold == "while" || toks[j].fold == "whereas") && toks[j-1].text == "," && d.lang == "en" {
			end = j
			defer d.saidWhileClause(s, parts, speaker.e, j, emit)
			break
		}
	}
	v := subj.m.t1
	if !byMaker && passiveAt(toks, v, end) && !warnedPassiveEN(toks, v) && !(d.lang == "en" && punishedForEN(toks, v, end)) {
		return // "had been attacked": a victim
	}
	// "Bloomberg News, citing the Marina Daily, said Keswick Bank had
	// accused Tallis Pay of …": the subject of the clause makes the
	// accusation; the speaker only passes it on.
	for j := v; j < end && j <= v+2; j++ {
		if f := toks[j].fold; accuseEN[f] || allegeEN[f] || chargeEN[f] || accuseDE[f] {
			return
		}
		if f := toks[j].fold; !auxiliaries[f] && f != "had" && f != "has" && f != "have" && f != "also" {
			break
		}
	}
	// The parties an accusation left unnamed, named now ("The CMA said
	// that A and B had exchanged the data"): the claim was made before.
	pending := d.pendingAccuser(s) != nil && d.pendingAccuser(s) == d.docAuthorOr(speaker.e, s)
	// ("said the fault stemmed from a defective valve supplied by X":
	// the deed of a maker stands before its name.)
	from := subj.m.t1
	if byMaker {
		from = c + 1
	}
	if !pending && !reportedWrongdoing(toks, from, end) && !d.courtCharge(s, c, speaker, subj) && !(speaker.e.insider && directiveDeed(toks, from, end)) {
		return
	}
	// A German reply often says the other side erred ("konterte, die
	// Organisation habe die Werte falsch gelesen"): it turns a charge
	// only with a deed that is misconduct in itself.
	if d.lang == "de" && counterCue(toks, c) > 0 && !strictWrongdoing(toks, subj.m.t1, end) {
		return
	}
	relative := false
	for j := subj.m.t1; j < end; j++ {
		// "billed for services that were never provided", "Leistungen
		// abgerechnet, die nie erbracht wurden": a negation inside a
		// relative clause on the object describes the object; it does
		// not deny the deed.
		if j > subj.m.t1+1 && relativeStart(toks, j) {
			relative = true
		}
		switch toks[j].fold {
		case "not", "never", "no", "nicht", "nie", "kein", "keine", "keinen", "niemals", "didn't", "hadn't", "wasn't":
			// "said X had not notified relatives": a duty not met is
			// the charge.
			if !relative && !omittedDuty(toks, j) && !attributiveNegDE(toks, j) && !negatedDeedEN(toks, j) {
				return
			}
		}
		// (A noun that holds the letters, "Beschwerden", is none.)
		if toks[j].word && !toks[j].cap && strings.Contains(toks[j].fold, "werden") || toks[j].fold == "worden" {
			return // German passive: "sei angegriffen worden"
		}
	}
	accused := []*entity{subj.e}
	// "said that A, B and C exchanged sensitive information": each of a
	// list that stands right before the clause's verb is its subject.
	// ("says A and B took turns submitting the lowest bid": a short
	// past form right after the list is its verb.)
	list := d.coordinated(s, parts, []part{*subj})
	if last := list[len(list)-1].m; pending || last.t1 < end && (d.lang == "en" && (looksFiniteEN(toks[last.t1]) || plainPastEN[toks[last.t1].fold] || listVerbAfterEN(toks, last.t1) > 0) || d.lang == "de" && finiteAuxDE[toks[last.t1].fold]) {
		accused = ents(list)
	}
	// "reported that a Tri-County executive had improperly obtained
	// …": an unnamed member of a body did it for the body.
	if d.lang == "en" && len(accused) == 1 && accused[0].typ == claimgraph.Official && accused[0].anon && accused[0].affil != nil && !accused[0].affil.dead && party(speaker.e) != accused[0].affil {
		accused = []*entity{accused[0].affil}
	}
	if colleague {
		d.addAccusation(speaker.e, subj.e, s, d.lang+".said.colleague", 0.6, d.summary(s, subj.m.t1))
		return
	}
	by := d.docAuthorOr(speaker.e, s)
	// "sagte Landrat X, der Sender verbreite Falschinformationen": one
	// an outlet reported on, charging it over that reporting, speaks for
	// himself where he is the one it accused; that is known once every
	// claim of the text is read.
	if subj.e.typ == claimgraph.Publication && speaker.e.typ == claimgraph.Official {
		if !d.secondPass {
			return
		}
		for _, a := range d.accs {
			if a.accused == speaker.e {
				by = speaker.e
				break
			}
		}
	}
	emit(by, accused, d.lang+".said.reported", 0.6, subj.m.t1)
}

// accusedBefore reports a charge against e read in a sentence before s.
func (d *doc) accusedBefore(e *entity, s int) bool {
	for _, a := range d.accs {
		if a.accused == e && a.sent < s {
			return true
		}
	}
	return false
}

// allegingVerb: a verb of speech that itself presents what it reports as
// a charge ("alleges", "claimed", "behauptet"), unlike "said".
func allegingVerb(lang, f string) bool {
	if lang == "de" {
		return strings.HasPrefix(f, "behaupt") || strings.HasPrefix(f, "unterstell")
	}
	// (Finite forms only: "…, alleging the company hid …" opens a
	// clause of its own.)
	return allegeEN[f] && f != "claim" && f != "allege" && !strings.HasSuffix(f, "ing")
}

// clauseVerbAfter returns the finite verb of a clause whose subject ends
// before token k, allowing an adverb or two between them ("then used",
// "had repeatedly allowed"), or -1.
func (d *doc) clauseVerbAfter(toks []token, k, end int) int {
	for j := k; j < end && j <= k+2; j++ {
		t := toks[j]
		if !t.word || t.cap {
			return -1
		}
		if d.lang == "de" {
			if finiteAuxDE[t.fold] || konjFiniteDE[t.fold] {
				return j
			}
			continue
		}
		if looksFiniteEN(t) || modalsEN[t.fold] || plainPastEN[t.fold] {
			return j
		}
		if !strings.HasSuffix(t.fold, "ly") && t.fold != "then" && t.fold != "also" && t.fold != "still" && t.fold != "even" {
			return -1
		}
	}
	return -1
}

// plainPastEN are short English past forms that look like other words
// and count as a clause's verb only right after its subject: "X cut the
// pay", "X put staff at risk".
var plainPastEN = set("cut", "put", "set", "let", "hit", "shut", "ran", "told", "went", "took", "left", "made", "held", "used", "sent")

// punishedForEN: the passive after the subject at v is a dismissal or
// ban for or after a deed that is misconduct ("says Haddad was dismissed
// for gross misconduct after he forwarded more than 3,000 confidential
// customer files to a personal email address"): the one who says so
// charges the subject with the deed ("was sacked after she raised
// concerns" names none).
func punishedForEN(toks []token, v, end int) bool {
	for j := v; j < end && j <= v+3; j++ {
		if !punishVerbsEN[toks[j].fold] {
			continue
		}
		for i := j + 1; i < end && i <= j+3; i++ {
			if g := toks[i].fold; g == "for" || g == "after" || g == "over" {
				return reportedWrongdoing(toks, i+1, end)
			}
		}
		return false
	}
	return false
}

// punishVerbsEN are the participles of a sanction on a person.
var punishVerbsEN = set("dismissed", "sacked", "fired", "suspended", "expelled", "disqualified", "banned", "struck", "removed", "demoted", "disciplined")

// colleagueChargeEN: a named member of a body tells of a deed of
// another named member ("councillor Denise Oduya said that Colin Bratt,
// then the council's head of environmental services, passed details of
// rival bids …", a compliance officer of his manager): one person
// against another, not the body speaking of itself (FORMAT.md guideline
// 1: the person is the party when the charge is against them
// personally).
// The speaker must hold a member's role ("councillor", "employee"), not
// one that speaks for the body (an executive or spokesperson naming a
// former manager speaks for it).
func (d *doc) colleagueChargeEN(s int, speaker, subj *part) bool {
	if d.lang != "en" || speaker.e == subj.e || speaker.e.typ != claimgraph.Official || subj.e.typ != claimgraph.Official || speaker.e.anon || subj.e.anon ||
		speaker.m.kind != mPerson || subj.m.kind != mPerson {
		return false
	}
	toks := d.sents[s].toks
	for j := max(speaker.m.t0-3, 0); j < speaker.m.t1; j++ {
		if memberRolesEN[toks[j].fold] {
			return true
		}
	}
	return false
}

// memberRolesEN are members and staff of a body who speak for
// themselves.
var memberRolesEN = set("councillor", "councilor", "councilman", "councilwoman", "alderman", "member", "employee", "worker", "staffer", "whistleblower", "nurse", "backbencher")

// closingQuote returns the quotation mark that closes the one opened at
// j within the next twelve tokens, or -1.
func closingQuote(toks []token, j int) int {
	for q := j + 1; q < len(toks) && q <= j+12; q++ {
		if toks[q].quote {
			if toks[q].open {
				return -1
			}
			return q
		}
	}
	return -1
}

// relativeStart: token j opens a relative clause on the noun before it,
// "services that/which …" or German ", die/der/das/welche …" after a
// noun.
func relativeStart(toks []token, j int) bool {
	f := toks[j].fold
	if (f == "that" || f == "which") && j > 0 && toks[j-1].word && !looksFiniteEN(toks[j-1]) {
		return true
	}
	// "billing for visits at masts where no engineer had been sent": a
	// clause of place on a noun.
	if f == "where" && j > 0 && toks[j-1].word && !toks[j-1].cap && !looksFiniteEN(toks[j-1]) && !functionWords[toks[j-1].fold] {
		return true
	}
	// German puts the relative clause after the participle too
	// ("Leistungen abgerechnet, die nie erbracht wurden"); there the
	// pronoun stands before a small word where an article would stand
	// before a noun.
	if (f == "die" || f == "der" || f == "das" || f == "welche" || f == "welcher" || f == "denen") && j > 1 && toks[j-1].text == "," &&
		(toks[j-2].cap || j+1 < len(toks) && toks[j+1].word && !toks[j+1].cap) {
		return true
	}
	return false
}

// finiteAuxDE are finite auxiliaries that follow the subject of a
// reported German clause: "…, A und B hätten Preise abgesprochen".
var finiteAuxDE = set("hätten", "haetten", "habe", "haben", "hat", "hatten", "seien", "sei", "sind", "wären", "waeren", "sollen", "sollten", "hätte", "haette")

// clauseStop reports a token that ends a reported clause: a semicolon or
// a quotation mark.
func clauseStop(t token) bool { return t.text == ";" || t.quote }

// stopAfter returns the first clause stop from token k on, or the end of
// the sentence.
func stopAfter(toks []token, k int) int {
	for j := k; j < len(toks); j++ {
		if clauseStop(toks[j]) {
			return j
		}
	}
	return len(toks)
}

// passiveAt reports a passive verb at token v of a clause ending at end
// ("was charged", "had been attacked"): its subject is a victim or the
// accused, not the one who acted.
func passiveAt(toks []token, v, end int) bool {
	if v >= end {
		return false
	}
	f := toks[v].fold
	passive := passiveAux[f] || v+1 < end && (f == "had" || f == "has" || f == "have" || f == "habe" || f == "hat") && toks[v+1].fold == "been"
	// "Greyfell was poisoning the river", "had been dumping waste": an
	// English progressive is active.
	if passive {
		j := v + 1
		if f == "had" || f == "has" || f == "have" {
			j++
		}
		if j < end && (strings.HasSuffix(toks[j].fold, "ly") || toks[j].fold == "still" || toks[j].fold == "also") {
			j++
		}
		if j+1 < len(toks) && toks[j].quote && toks[j].open {
			j++ // was "poisoning the river"
		}
		if j < len(toks) && toks[j].word && !toks[j].cap && len(toks[j].fold) > 5 && strings.HasSuffix(toks[j].fold, "ing") && toks[j].fold != "being" {
			return false
		}
	}
	return passive
}

// participleAgentEN: the name at t0 ends a "by" phrase (articles and
// lower-case words between) that follows a participle in -ed after the
// saying verb at k:
// "images analysed by the federal agency Ibama".
func participleAgentEN(toks []token, k, t0 int) bool {
	for j := t0 - 1; j > k && j >= t0-5; j-- {
		if toks[j].fold == "by" {
			return j-1 > k && strings.HasSuffix(toks[j-1].fold, "ed")
		}
		if !toks[j].word || toks[j].cap && !articles[toks[j].fold] {
			return false
		}
	}
	return false
}

// saidWhileClause reads the clause a reported "…, while B had rigged
// bids" opens at token w: the speaker says so of B when B is its subject,
// its verb active and its deed a wrongdoing.
func (d *doc) saidWhileClause(s int, parts []part, speaker *entity, w int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	var subj *part
	for i := range parts {
		if p := parts[i]; p.m.t0 > w && p.m.t0 <= w+2 && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
			subj = &parts[i]
			break
		}
	}
	if subj == nil || party(subj.e) == party(speaker) || subj.m.t1 >= len(toks) || !looksFiniteEN(toks[subj.m.t1]) {
		return
	}
	end := subj.m.t1
	for end < len(toks) && !clauseStop(toks[end]) {
		end++
	}
	v := subj.m.t1
	if passiveAt(toks, v, end) {
		return
	}
	for j := v; j < end; j++ {
		switch toks[j].fold {
		case "not", "never", "no", "didn't", "hadn't", "wasn't":
			return
		}
	}
	if reportedWrongdoing(toks, v, end) {
		emit(d.docAuthorOr(speaker, s), []*entity{subj.e}, "en.said.reported", 0.6, v)
	}
}

// thatAfterDoc reports a "that" within a short participle or time
// phrase after a document ending at k: "a report released on Monday
// that", "a statement that".
func thatAfterDoc(toks []token, k int) bool {
	limit := k + 4
	for j := k; j < len(toks) && j <= limit; j++ {
		if toks[j].fold == "that" {
			return true
		}
		if !toks[j].word {
			return false
		}
		// "said in a filing with the Securities and Exchange Commission
		// that …": the body the document went to.
		if j == k && (toks[j].fold == "with" || toks[j].fold == "to") {
			limit = k + 10
		}
	}
	return false
}

// thatAfter returns the index of the "that" that opens the clause of the
// verb at c, past a short time phrase ("reported on Monday that",
// "found last year that", "reported in November that"), or -1.
func thatAfter(toks []token, c int) int {
	for k := c + 1; k < len(toks) && k <= c+4; k++ {
		if toks[k].fold == "that" {
			return k
		}
		if !toks[k].word || toks[k].cap && !weekdays[toks[k].fold] && !datelineMonths[toks[k].fold] {
			return -1
		}
	}
	return -1
}

// parentheticalSaid reads a report whose speaker stands in commas inside
// it: "Sahel Crest, it says, used the arrangement to evade the cap",
// "Ardent Materials, the authority said, had colluded with …". The party
// right before the first comma is the subject of the report; the clause
// after the second comma must state its misconduct, active and without
// negation. A document speaker ("it" for a notice) speaks for its author.
func (d *doc) parentheticalSaid(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) bool {
	toks := d.sents[s].toks
	if d.lang != "en" || c < 3 || c+2 >= len(toks) || toks[c+1].text != "," || toks[c].inq || !parentheticalVerbsEN[toks[c].fold] {
		return false
	}
	var speaker *part
	for i := range parts {
		if parts[i].m.t1 == c && parts[i].prep == "" {
			speaker = &parts[i]
		}
	}
	if speaker == nil {
		return false
	}
	k := speaker.m.t0 - 1
	for k >= 0 && articles[toks[k].fold] {
		k--
	}
	if k < 1 || toks[k].text != "," {
		return false
	}
	var subj *part
	for i := range parts {
		if p := parts[i]; p.m.t1 == k && p.prep == "" && p.m.kind != mPron && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
			subj = &parts[i]
		}
	}
	// "Kovarik's export department, the investigator said, had been told
	// …": a body's unit in the possessive stands for the body.
	if subj == nil {
		for i := range parts {
			if p := parts[i]; p.m.t1 < k && p.prep == "poss" && possUnitEndEN(toks, p.m.t1) == k && p.e.isOrg() && p.e.typ != claimgraph.Publication {
				q := parts[i]
				q.prep = ""
				subj = &q
				break
			}
		}
	}
	// The subject opens its clause: nothing but an opening adverb and
	// its comma before it ("Separately, X, it says, …").
	if subj == nil || subj.e == speaker.e || party(subj.e) == party(speaker.e) {
		return false
	}
	for j := 0; j < subj.m.t0; j++ {
		if tk := toks[j]; !(articles[tk.fold] || tk.text == "," || j == 0 && tk.word && strings.HasSuffix(tk.fold, "ly")) {
			return false
		}
	}
	end := len(toks)
	for j := c + 2; j < len(toks); j++ {
		if clauseStop(toks[j]) {
			end = j
			break
		}
	}
	if passiveAt(toks, c+2, end) && !warnedPassiveEN(toks, c+2) || !reportedWrongdoing(toks, c+2, end) {
		return false
	}
	for j := c + 2; j < end; j++ {
		switch toks[j].fold {
		case "not", "never", "no", "didn't", "hadn't", "wasn't":
			return false
		}
	}
	by := speaker.e
	// "The notice also alleges that … Sahel Crest, it says, used …": "it"
	// is the document the sentence before opened with.
	if speaker.m.kind == mPron && toks[speaker.m.t0].fold == "it" && s > 0 {
		for _, p := range d.participants(s-1, true) {
			if p.prep == "" {
				if p.e.typ == claimgraph.Document && p.m.t0 <= 2 {
					by = p.e
				}
				break
			}
		}
	}
	emit(d.docAuthorOr(by, s), []*entity{subj.e}, "en.said.parenthetical", 0.6, c+2)
	return true
}

// appositionSubjectEN: p, the first party after the verb at c, only
// qualifies a role ("X's chief executive", "a senior broker at the
// firm") that a name in commas right after spells out, the subject of
// the clause when a verb follows it. It returns that name, or p.
func (d *doc) appositionSubjectEN(s int, parts []part, p part, c int) []part {
	toks := d.sents[s].toks
	th := thatAfter(toks, c)
	if th < 0 || p.m.t0 <= th {
		return []part{p}
	}
	for i := range parts {
		q := parts[i]
		if q.m.t0 <= p.m.t1 || q.m.t0 > p.m.t1+6 {
			continue
		}
		// "one of Lumora's partners, the data broker Geoport Analytics,":
		// the name in apposition may follow a description of its own.
		comma := q.m.t0 - 1
		if comma > p.m.t1 && q.prep == "" && q.e.typ == claimgraph.Company {
			k := comma
			for k > p.m.t1 && q.m.t0-k <= 3 && toks[k].word && !toks[k].cap && !functionWords[toks[k].fold] && !isVerbLike(toks[k].fold) {
				k--
			}
			if k > p.m.t1 && k < comma && articles[toks[k].fold] {
				k--
			}
			if k < comma && k > p.m.t1 && toks[k].text == "," && companyDescriptorsEN[toks[comma].fold] {
				comma = k
			}
		}
		// (A name in apposition right after p may carry p's preposition:
		// "a senior broker at the firm, Declan Rourke,".)
		if comma < 1 || toks[comma].text != "," || q.m.t1+1 >= len(toks) || toks[q.m.t1].text != "," || q.prep != "" && !(q.prep == p.prep && q.m.t0 == p.m.t1+1 && p.m.kind == mDesc) ||
			q.e.typ == claimgraph.Document || q.e.typ == claimgraph.Publication || q.m.kind == mPron || q.m.kind == mDesc {
			return []part{p}
		}
		// a role word after p ("X's chief executive, Y"), or before a
		// described p ("a senior broker at the firm, Y"); a list ("Ethan
		// Morrow and his finance chief, Y") coordinates two subjects.
		role := false
		from := p.m.t1
		if p.m.kind == mDesc {
			from = th + 1
		}
		for j := from; j < comma; j++ {
			if toks[j].fold == "and" || toks[j].fold == "or" {
				return []part{p}
			}
			if j >= p.m.t0 && j < p.m.t1 {
				continue
			}
			role = role || isRoleToken(toks[j], d) != ""
			// "one of Lumora's partners, the data broker Geoport
			// Analytics,", "its former logistics supplier, Tasman Parts":
			// a firm that stands in a business relation to p.
			role = role || q.e.typ == claimgraph.Company && j > p.m.t0 && (companyDescriptorsEN[toks[j].fold] || companyDescriptorsEN[strings.TrimSuffix(toks[j].fold, "s")])
		}
		// "a senior broker at the firm, Declan Rourke,": a person named
		// after the place he works at; whatever the noun, it describes him.
		if q.e.typ == claimgraph.Official && p.m.kind == mDesc && p.m.t0 >= th+3 {
			if f := toks[p.m.t0-1].fold; f == "at" || f == "of" || f == "from" || f == "with" {
				role = true
			}
		}
		// and the clause's verb after it
		v := q.m.t1 + 1
		for v < len(toks) && (clauseAdverbsEN[toks[v].fold] || strings.HasSuffix(toks[v].fold, "ly")) {
			v++
		}
		if role && v < len(toks) && (looksFiniteEN(toks[v]) || auxiliaries[toks[v].fold]) && party(q.e) != party(p.e) || role && q.e.typ == claimgraph.Official {
			return []part{q}
		}
		return []part{p}
	}
	return []part{p}
}

// originEnd is the end of "of" and a place the lexicon knows at k, or k.
func (d *doc) originEnd(s, k int) int {
	toks := d.sents[s].toks
	if d.lang != "en" || k+1 >= len(toks) || toks[k].fold != "of" {
		return k
	}
	j := k + 1
	if toks[j].fold == "the" && j+1 < len(toks) {
		j++
	}
	// The longest place the lexicon knows ("the Czech Republic").
	for n := min(len(toks), j+3); n > j; n-- {
		if isCapWord(toks[n-1]) && (d.x.lx.places[stemPhrase(d.spanText(s, j, n))] || n == j+1 && cities[toks[j].fold]) {
			return n
		}
	}
	return k
}

// paperVerbBefore: the participle at c modifies a paper a verb just put
// out ("published a report accusing", "filed a 40-page lawsuit
// alleging"); it returns that verb's index, or 0.
func paperVerbBefore(toks []token, c int) int {
	if c < 3 || !(ownedPieces[toks[c-1].fold] || pleadingNounsEN[toks[c-1].fold]) {
		return 0
	}
	for j := c - 2; j >= 1 && j >= c-5; j-- {
		if articles[toks[j].fold] {
			if v := toks[j-1]; v.word && !v.cap && (raiseEN[v.fold] || v.fold == "published" || v.fold == "released" || v.fold == "issued" || v.fold == "sent" || v.fold == "wrote") {
				return j - 1
			}
			return 0
		}
		if !toks[j].word && !toks[j].num && toks[j].text != "-" || toks[j].cap {
			return 0
		}
	}
	return 0
}

// claimNounsEN name a claim that a that-clause states ("allegations by
// the union that …"); claimNounPreps introduce its source.
var (
	claimNounsEN   = set("allegations", "allegation", "accusations", "accusation", "claims", "claim", "reports", "report", "assertions", "assertion", "charges")
	claimNounPreps = set("by", "from", "in")
)

// claimNounFrame reads "<claims> by|from|in X [time phrase] that Y had
// <wrongdoing>": X, the source the noun names, accuses Y, the subject of
// the clause, if Y is another party and the deed is misconduct in the
// active voice, not negated.
func (d *doc) claimNounFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	k := c + 2
	if k < len(toks) && articles[toks[k].fold] {
		k++
	}
	var src *part
	for i := range parts {
		if parts[i].m.t0 == k {
			src = &parts[i]
			break
		}
	}
	if src == nil || src.e.typ == claimgraph.Document || src.m.kind == mPron {
		return
	}
	// "in 2024", "last month": a short time phrase before "that".
	th := -1
	for j := src.m.t1; j < len(toks) && j <= src.m.t1+3; j++ {
		if toks[j].fold == "that" {
			th = j
			break
		}
		if d.mentionAt(s, j) != nil || !toks[j].word && !toks[j].num {
			return
		}
	}
	if th < 0 || th+2 >= len(toks) {
		return
	}
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 <= th {
			continue
		}
		if (p.m.t0 == th+1 || p.m.t0 == th+2 && articles[toks[th+1].fold]) && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
			subj = &parts[i]
		}
		break
	}
	if subj == nil || party(subj.e) == party(src.e) {
		return
	}
	end := len(toks)
	for j := subj.m.t1; j < len(toks); j++ {
		if clauseStop(toks[j]) || toks[j].text == "," && j+1 < len(toks) && (toks[j+1].fold == "which" || toks[j+1].fold == "but") {
			end = j
			break
		}
	}
	if passiveAt(toks, subj.m.t1, end) || !reportedWrongdoing(toks, subj.m.t1, end) {
		return
	}
	relative := false
	for j := subj.m.t1; j < end; j++ {
		if j > subj.m.t1+1 && relativeStart(toks, j) {
			relative = true
		}
		switch toks[j].fold {
		case "not", "never", "no", "didn't", "hadn't", "wasn't":
			if !relative && !omittedDuty(toks, j) {
				return
			}
		}
	}
	emit(d.docAuthorOr(src.e, s), []*entity{subj.e}, "en.claimnoun.that", 0.6, subj.m.t1)
}

// ownClaimVerbsEN keep up or take back one's own charge: "repeated its
// allegation that", "withdrew a claim that", "stands by its claim that".
// Verbs of answering one ("denied the claim that") are not among them.
var ownClaimVerbsEN = set("withdrew", "withdrawn", "withdraws", "retracted", "retracts", "dropped", "repeated", "repeats", "reiterated", "reiterates", "renewed", "renews", "levelled", "leveled")

// ownClaimVerbEN returns the verb that governs the claim noun at c as
// its object ("withdrew a separate claim", "pressing ahead with its
// charge", "stood by its allegation"), or -1. Only an article, a
// possessive and a word or two of description stand between.
func ownClaimVerbEN(toks []token, c int) int {
	v := c - 1
	for n := 0; v >= 0 && n < 3; n++ {
		f := toks[v].fold
		if !(articles[f] || f == "its" || f == "their" || f == "his" || f == "her" || f == "one" || f == "that" || f == "this" || descWordsEN[f]) {
			break
		}
		v--
	}
	if v < 1 || v == c-1 && !ownClaimVerbsEN[toks[v].fold] {
		return -1
	}
	f := toks[v].fold
	switch {
	case ownClaimVerbsEN[f]:
		return v
	// "stood by its claim", "pressing ahead with a charge", "went ahead
	// with", "pursuing".
	case f == "by" && (toks[v-1].fold == "stood" || toks[v-1].fold == "stands" || toks[v-1].fold == "standing" || toks[v-1].fold == "stand"):
		return v - 1
	case f == "with" && v >= 2 && toks[v-1].fold == "ahead" && (strings.HasPrefix(toks[v-2].fold, "press") || strings.HasPrefix(toks[v-2].fold, "go") || toks[v-2].fold == "went" || strings.HasPrefix(toks[v-2].fold, "push")):
		return v - 2
	}
	return -1
}

// descWordsEN describe a claim between its article and its noun.
var descWordsEN = set("separate", "second", "further", "earlier", "original", "main", "central", "key", "new", "fresh", "initial", "remaining", "other", "related", "additional")

// ownClaimFrame reads "<subject> <keeps up or takes back> a <claim>
// that Y <deed>" at the claim noun c: the subject of the governing verb
// accuses Y, the subject of the clause, of the deed. An allegation, an
// accusation or a charge states a wrong by its name; a mere claim must
// state misconduct. ("…, made to reporters last month, that …", "…
// from its report: that …": a phrase of where it was made may stand
// before the clause.)
func (d *doc) ownClaimFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	v := ownClaimVerbEN(toks, c)
	th := -1
	if c+1 < len(toks) && toks[c+1].fold == "that" {
		th = c + 1
	} else if c+2 < len(toks) && toks[c+1].text == ":" && toks[c+2].fold == "that" {
		th = c + 2
	} else if c+1 < len(toks) && (toks[c+1].text == "," || toks[c+1].fold == "from" || toks[c+1].fold == "in") {
		for j := c + 2; j+1 < len(toks) && j <= c+16; j++ {
			if toks[j].quote || toks[j].text == ";" || toks[j].fold == "that" {
				break
			}
			if m := d.mentionAt(s, j); m != nil && m.typ != claimgraph.Document {
				break
			}
			if (toks[j].text == "," || toks[j].text == ":") && toks[j+1].fold == "that" {
				th = j + 1
				break
			}
		}
	}
	if th < 0 || th+2 >= len(toks) {
		return
	}
	speaker := d.subjectEN(parts, v)
	if speaker == nil || speaker.m.t1 > v || speaker.e.typ == claimgraph.Document && d.docClaimant(speaker.e) == nil {
		return
	}
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 <= th {
			continue
		}
		// "that Paylio's finance chief, Oliver Strand, had used …": the
		// possessor qualifies the person the apposition names.
		if p.prep == "poss" && p.m.t0 <= th+2 && i+1 < len(parts) && parts[i+1].m.t0 > 0 && toks[parts[i+1].m.t0-1].text == "," && parts[i+1].m.t0 <= p.m.t1+6 &&
			parts[i+1].m.t1 < len(toks) && toks[parts[i+1].m.t1].text == "," {
			subj = &parts[i+1]
			break
		}
		if (p.m.t0 == th+1 || p.m.t0 == th+2 && articles[toks[th+1].fold]) && p.prep == "" && p.m.kind != mPron && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
			subj = &parts[i]
		}
		break
	}
	if subj == nil || party(subj.e) == party(speaker.e) {
		return
	}
	// The clause's verb: past an apposition in commas ("that X, an
	// external marking agency, had been grading …").
	from := subj.m.t1
	if from < len(toks) && toks[from].text == "," {
		for j := from + 1; j < len(toks) && j <= from+10; j++ {
			if toks[j].text == "," {
				from = j + 1
				break
			}
		}
	}
	end := len(toks)
	for j := from; j < len(toks); j++ {
		if clauseStop(toks[j]) || toks[j].text == "," && j+1 < len(toks) && (toks[j+1].fold == "which" || toks[j+1].fold == "but" || toks[j+1].fold == "after") {
			end = j
			break
		}
	}
	if from >= end || passiveAt(toks, from, end) && !strings.HasPrefix(toks[from].fold, "had") {
		return
	}
	named := toks[c].fold != "claim" && toks[c].fold != "claims" && toks[c].fold != "report" && toks[c].fold != "reports" && toks[c].fold != "assertion" && toks[c].fold != "assertions"
	if !named && !reportedWrongdoing(toks, from, end) {
		return
	}
	relative := false
	for j := from; j < end; j++ {
		if j > from+1 && relativeStart(toks, j) {
			relative = true
		}
		switch toks[j].fold {
		case "not", "never", "no", "didn't", "hadn't", "wasn't":
			if !relative && !omittedDuty(toks, j) {
				return
			}
		}
	}
	emit(d.docAuthorOr(speaker.e, s), []*entity{subj.e}, "en.ownclaim.that", 0.6, from)
}

// possOrgBefore: the mention of an organisation in the possessive
// before the noun at t0, with at most two small words between ("the
// Housing Ombudsman's report", "the Care Quality Commission's
// inspection report"), or nil.
func (d *doc) possOrgBefore(s, t0 int) *mention {
	toks := d.sents[s].toks
	for k := t0 - 1; k >= 0 && k >= t0-3; k-- {
		txt := toks[k].text
		if strings.HasSuffix(txt, "'s") || strings.HasSuffix(txt, "’s") || strings.HasSuffix(txt, "s'") {
			for _, m := range d.ments[s] {
				if m.t1 == k+1 && m.ent != nil && !m.ent.dead && m.ent.isOrg() {
					return m
				}
			}
			return nil
		}
		if !toks[k].word || toks[k].cap {
			return nil
		}
	}
	return nil
}

// parentheticalVerbsEN set a speaker in commas into the clause: "X, she
// added, had …", "X, the union argued, had …".
var parentheticalVerbsEN = set("said", "says", "added", "adds", "argued", "argues", "insisted", "insists", "claimed", "claims", "alleged", "alleges", "wrote", "writes")

// closingAttribution reads a report whose speaker closes the sentence:
// "The companies, A, B and C, used tankers … to hide the origin of the
// cargo, Treasury said"; "Die Bank habe Meldungen verspätet abgegeben,
// teilte die Behörde mit". The speaker stands right before or after the
// verb after the last comma; the clause before that comma must state
// misconduct of its subject (or of the names it lists) without negation.
func (d *doc) closingAttribution(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) bool {
	toks := d.sents[s].toks
	if c < 3 || toks[c].inq {
		return false
	}
	// The speaker: "…, Treasury said", "…, said Treasury", "…, sagte X",
	// "…, teilte die Behörde mit".
	var speaker *part
	var speakerOwner *entity
	cm := -1
	for i := range parts {
		p := parts[i]
		if p.prep != "" {
			continue
		}
		// "…, the ombudsman's decision says", "…, the Housing
		// Ombudsman's report says": a paper that closes the sentence
		// speaks for its author, the body in the possessive right before
		// it or else the author the text gave it.
		var owner *entity
		if p.e.typ == claimgraph.Document {
			if d.lang != "en" || p.m.t1 != c {
				continue
			}
			owner = p.e.author
			if pm := d.possOrgBefore(s, p.m.t0); pm != nil {
				owner = pm.ent
			}
			if owner == nil || !owner.isOrg() {
				continue
			}
		}
		// "…, the sport's Athletics Integrity Unit said": articles,
		// possessives and adjectives may stand between comma and name.
		comma := -1
		// "…, the Sentinel newspaper reported": an outlet word after it.
		if p.m.t1 == c || p.m.t1 == c-1 && p.e.typ == claimgraph.Publication && outletAppositions[toks[c-1].fold] && !toks[c-1].cap {
			t0 := p.m.t0
			// ("…, the Housing Ombudsman's report says": from the
			// possessor.)
			if pm := d.possOrgBefore(s, t0); owner != nil && pm != nil {
				t0 = pm.t0
			}
			for k := t0 - 1; k >= 0 && k >= t0-4; k-- {
				if toks[k].text == "," {
					comma = k
					break
				}
				// ("…, Ms Shah added": a title before the surname.)
				// ("…, wie die Gewerkschaft Verdi mitteilte", "wie der
				// Betriebsrat Uwe Kern berichtete": a German descriptor
				// or role before the name.)
				descDE := d.lang == "de" && k == p.m.t0-1 && toks[k].cap && (isRoleToken(toks[k], d) != "" || d.isCompanyDescriptor(toks[k]) || d.bodyDescriptor(toks[k]))
				if !(articles[toks[k].fold] || strings.HasSuffix(toks[k].text, "'s") || toks[k].word && !toks[k].cap || titles[toks[k].fold] && k == p.m.t0-1 || descDE) {
					break
				}
			}
		}
		// "…, Fiona Garvie, a Labour MP, said", "…, Dana Whitfield, the
		// union's regional president, said on Monday": an apposition in
		// commas between the name and the verb.
		if comma < 0 && d.lang == "en" && p.m.kind == mPerson && appositionBeforeVerbEN(toks, p.m.t1, c) {
			for k := p.m.t0 - 1; k >= 0 && k >= p.m.t0-4; k-- {
				if toks[k].text == "," {
					comma = k
					break
				}
				if !(articles[toks[k].fold] || toks[k].word && !toks[k].cap) {
					break
				}
			}
		}
		after := c >= 1 && toks[c-1].text == "," && p.m.t0 > c && p.m.t0 <= c+3
		if comma >= 0 {
			speaker, cm, speakerOwner = &parts[i], comma, owner
			break
		}
		if after {
			speaker, cm, speakerOwner = &parts[i], c-1, owner
			break
		}
	}
	if speaker == nil || cm < 2 {
		return false
	}
	// "…, behauptet das Unternehmen": a claim closed by a description
	// of its speaker is read only where the verb is one of plain
	// speaking; for "behaupten" the party must be named, since which
	// company "das Unternehmen" is after a run of parties is unsure.
	if strings.HasPrefix(toks[c].fold, "behaupt") && speaker.m.kind != mName && speaker.m.kind != mShort {
		return false
	}
	// Nothing but a time or manner phrase may follow. (The quotation
	// marks round an outlet's name, "berichtet die „Lindauer
	// Rundschau“", open no quotation.)
	for k := c + 1; k < len(toks); k++ {
		// "…, the union said, adding that it would go to a tribunal":
		// a participle of saying after a comma adds a statement of its
		// own; the clause before the speaker is closed.
		if d.lang == "en" && toks[k].text == "," && k+1 < len(toks) && sayParticiplesEN[toks[k+1].fold] {
			break
		}
		if toks[k].quote && (k == speaker.m.t0-1 || k == speaker.m.t1) && speaker.e.typ == claimgraph.Publication {
			continue
		}
		if f := toks[k].fold; f == "that" || f == "dass" || toks[k].quote {
			return false
		}
	}
	// The party the misconduct is said of: the nearest one before the
	// first word of misconduct ("… banned Kiprono after he tested
	// positive"), with the names listed together with it ("The
	// companies, A, B and C, used tankers … to hide …").
	w := -1
	for k := 0; k < cm && w < 0; k++ {
		// ("X billed households the standard rates, Ofwat said": a
		// neutral deed needs the clause to mark it wrong.)
		if hasWrongdoing(toks, k, k+1) && !rebuttedClaimDE(toks, k) && !(d.lang == "en" && neutralDeed(toks[k].fold) && !reportedWrongdoing(toks, 0, cm)) {
			w = k
			// "Die Hackergruppe Frostnebel sei für den Angriff
			// verantwortlich": a word of a party's name or of the
			// descriptor before it states no misconduct.
			for _, p := range parts {
				if k < p.m.t1 && (k >= p.m.t0 || k == p.m.t0-1 && toks[k].cap || descriptorRun(toks, k, p.m.t0)) {
					w = -1
				}
			}
		}
	}
	// "Whitlow Roofing billed customers for roofs it never fixed, Ms
	// Shah added": the prosecution's case put to the court (counsel
	// closing the sentence) charges the party that opens it, in
	// whatever plain words.
	if w < 0 && d.lang == "en" && len(parts) > 0 {
		if p := parts[0]; p.m.t0 <= 1 && p.prep == "" && p.m.t1 < cm && looksFiniteEN(toks[p.m.t1]) && !passiveAt(toks, p.m.t1, cm) && !nearAny(toks, p.m.t1, p.m.t1+2, negationWords) && d.courtCharge(s, c, speaker, &parts[0]) {
			w = p.m.t1
		}
	}
	// "Altyn Trade re-exported the machines within weeks, the group
	// alleges", "Die Firma habe Löhne einbehalten, behauptet der
	// Verband": a verb of alleging that closes the sentence makes the
	// clause before it a charge in whatever plain words, as "X alleges
	// that …" does; it is said of the clause's subject.
	if w < 0 && allegingVerb(d.lang, toks[c].fold) {
		for _, p := range parts {
			if p.prep != "" || p.m.t1 >= cm || p.e == speaker.e || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || toks[p.m.t0].inq {
				continue
			}
			if v := d.clauseVerbAfter(toks, p.m.t1, cm); v > 0 && !passiveAt(toks, v, cm) {
				w = v
			}
			break
		}
	}
	if w < 0 {
		return false
	}
	near := -1
	for i := range parts {
		p := parts[i]
		if p.m.t1 > w {
			break
		}
		// ("Norfield's export declarations falsely described the
		// machines as spare parts, the prosecutor said": the papers' owner.)
		if (p.prep == "" || d.lang == "en" && possPaperSubjectEN(toks, p, max(p.m.t0-1, 0)) && clauseOpensAt(toks, p.m.t0)) && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication && !toks[p.m.t0].inq && p.e != speaker.e {
			near = i
		}
	}
	// "Die Beteiligungsgesellschaft X habe der Brotfabrik Millionen
	// abgezweigt, sagte …", "Clarivo habe Quandtner belastet, …": a
	// German clause that opens with a party and its finite verb in the
	// subjunctive says the misconduct of that subject, not of the
	// object nearer the deed.
	if d.lang == "de" && near >= 0 {
		for i := range parts {
			p := parts[i]
			if p.m.t1 > w || p.m.t1 >= len(toks) {
				break
			}
			if p.prep != "" || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || p.e == speaker.e || p.m.kind == mPron {
				continue
			}
			opens := true
			for k := 0; k < p.m.t0; k++ {
				if tk := toks[k]; !(articles[tk.fold] || d.isCompanyDescriptor(tk) || d.bodyDescriptor(tk) || lowerAdjDE(tk)) {
					opens = false
				}
			}
			if opens && (finiteAuxDE[toks[p.m.t1].fold] || konjFiniteDE[toks[p.m.t1].fold]) {
				near = i
			}
			break
		}
	}
	// "The Ministry of Defence paid X £212 million … and ignored
	// repeated warnings, the NAO said": a verb of misconduct joined by
	// "and" to the predicate of the party that opens the clause is that
	// subject's deed, not the object's nearer it.
	if d.lang == "en" && near > 0 && w >= 2 {
		j := w - 1
		if strings.HasSuffix(toks[j].fold, "ly") && toks[j].word {
			j--
		}
		if j > 0 && (toks[j].fold == "and" || toks[j].fold == "but") && looksFiniteEN(toks[w]) {
			p := parts[0]
			if p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication && p.e != speaker.e && p.m.kind != mPron && clauseOpensAt(toks, p.m.t0) &&
				p.m.t1 < j && looksFiniteEN(toks[p.m.t1]) && !passiveAt(toks, p.m.t1, cm) {
				near = 0
			}
		}
	}
	// In reported speech "man habe" is the speaker's own side; and
	// words of propriety ("ordnungsgemäß", "lawfully") report no
	// misconduct.
	if near < 0 || parts[near].m.kind == mPron && toks[parts[near].m.t0].fold == "man" {
		return false
	}
	// "BaFin has accused Halden Bank of failing …, the lender said": the
	// party nearest the misconduct is the subject of an accusing verb
	// after it; the speaker reports that party's accusation, which the
	// verb's own frame reads.
	// (German verbs only in German: "eine fehlerhafte Charge" is a
	// batch, no charge.)
	for k := parts[near].m.t1; k < w && k < cm; k++ {
		if f := toks[k].fold; d.lang != "de" && (accuseEN[f] || chargeEN[f]) || d.lang == "de" && !toks[k].cap && (accuseDE[f] || vorwerfenWhole[f]) {
			return false
		}
	}
	for k := 0; k < cm; k++ {
		if proprietyWords[toks[k].fold] {
			return false
		}
		// "Man prüfe, ob Veltrix gegen Pflichten verstoßen habe", "it
		// was examining whether X broke the rules": a question asked,
		// no charge (FORMAT.md: checking whether rules were broken).
		if (toks[k].fold == "ob" || toks[k].fold == "whether") && k < parts[near].m.t0 {
			return false
		}
	}
	accused := []part{parts[near]}
	for i := near - 1; i >= 0; i-- {
		p, next := parts[i], accused[0]
		link := p.prep == "" && next.m.t0-p.m.t1 <= 2 && next.m.t0 > p.m.t1
		for k := p.m.t1; link && k < next.m.t0; k++ {
			if f := toks[k].fold; !(f == "," || f == "and" || f == "und") {
				link = false
			}
		}
		if !link {
			break
		}
		accused = append([]part{p}, accused...)
	}
	from := accused[len(accused)-1].m.t1
	for k := from; k < cm; k++ {
		switch toks[k].fold {
		case "not", "never", "no", "nicht", "nie", "kein", "keine", "keinen", "niemals", "worden", "been":
			// "X did not pay its suppliers, the union said": a duty
			// not met is the charge.
			if omittedDuty(toks, k) || attributiveNegDE(toks, k) || negatedDeedEN(toks, k) {
				continue
			}
			// "habe Beschäftigte … versetzt, auslaufende Verträge nicht
			// verlängert": a negation in a later conjunct, past the deed
			// already stated, takes none of it back unless it negates a
			// word of wrong ("das sei nicht rechtswidrig").
			if k > w && !hasWrongdoing(toks, k+1, min(k+4, cm)) {
				continue
			}
			return false
		}
	}
	by := d.docAuthorOr(speaker.e, s)
	if speakerOwner != nil {
		by = speakerOwner
	}
	var out, own []*entity
	for _, p := range accused {
		if p.e != speaker.e && party(p.e) != party(speaker.e) && party(p.e) != by {
			out = append(out, p.e)
		}
		// "Reisacher habe Zahlungen am Finanzamt vorbei organisiert,
		// sagte Hämmerle": a person the text accuses, who charges another
		// named person of the body they share, speaks for himself (a
		// counter-charge), not for the body.
		if p.e != speaker.e && party(p.e) == party(speaker.e) && p.e.typ == claimgraph.Official && !p.e.anon && speaker.e.typ == claimgraph.Official && !speaker.e.anon && d.isAccused(speaker.e) {
			own = append(own, p.e)
		}
	}
	if len(own) > 0 {
		emit(speaker.e, own, d.lang+".said.closing", 0.6, from)
	}
	if len(out) == 0 {
		return len(own) > 0
	}
	emit(by, out, d.lang+".said.closing", 0.6, from)
	return true
}

// isAccused reports whether an accusation found so far is against e.
func (d *doc) isAccused(e *entity) bool {
	for _, a := range d.accs {
		if a.accused == e {
			return true
		}
	}
	return false
}

// proprietyWords say that something was done properly.
var proprietyWords = set("ordnungsgemäß", "ordnungsgemaess", "korrekt", "rechtmäßig", "rechtmaessig", "properly", "correctly", "lawfully", "legally", "fully")

// docWriter maps a document that stands as the subject of a claim verb
// ("a report alleging", "a complaint accusing") to whoever the clause
// says produced it: "short seller X published a report alleging …". It
// records that author on the document.
func (d *doc) docWriter(s int, parts []part, subj *part) *part {
	if subj == nil || subj.e.typ != claimgraph.Document || subj.e.author != nil {
		return subj
	}
	w := d.subjectEN(parts, subj.m.t0)
	// "the Coalition, a group of seven producers, whose petition
	// accused …": the one "whose" refers back to wrote it.
	toks := d.sents[s].toks
	for k := subj.m.t0 - 1; k >= 0 && k >= subj.m.t0-3; k-- {
		if toks[k].fold != "whose" {
			continue
		}
		for j := len(parts) - 1; j >= 0; j-- {
			if p := parts[j]; p.m.t1 <= k && p.e.isOrg() && p.e.typ != claimgraph.Publication {
				w = &parts[j]
				break
			}
		}
		break
	}
	if w == nil || w.e.typ == claimgraph.Document || w.e.typ == claimgraph.Publication {
		return subj
	}
	subj.e.author = party(w.e)
	return w
}

// unnamedSubjects are plural nouns for unnamed actors: "regulators fined
// the company", "investors accuse it".
var unnamedSubjects = set("regulators", "authorities", "prosecutors", "investigators", "officials", "investors", "critics", "analysts",
	"activists", "lawmakers", "shareholders", "employees", "workers", "customers", "tenants", "residents", "researchers", "experts", "sources",
	"supporters", "fans", "members", "passengers", "patients", "parents", "farmers", "drivers", "pilots", "nurses", "teachers", "doctors", "users", "consumers", "protesters", "opponents")

// withoutSelf drops the subject from a list of accused, and its own
// organisation, which a spokesperson does not accuse; a person accused
// personally stays even where he works for the subject ("Quillfeather
// … accusing Whitlock", its co-founder).
func withoutSelf(ps []part, x part) []part {
	var out []part
	for _, p := range ps {
		if p.e == x.e || p.e.isOrg() && party(p.e) == party(x.e) && x.e.typ != claimgraph.Official {
			continue
		}
		out = append(out, p)
	}
	return out
}

// splitSelf returns the accuser of an active frame with subject subj and
// the entities it accuses: the party the subject speaks for, or the
// person himself where he accuses his own organisation ("Jonah
// Whitlock, a co-founder of Quillfeather, has sued the company").
func (d *doc) splitSelf(s int, subj part, accused []part) (*entity, []*entity) {
	accuser := d.docAuthorOr(subj.e, s)
	personal := false
	var out []*entity
	for _, p := range accused {
		if p.e == subj.e {
			continue
		}
		if subj.e.typ == claimgraph.Official && p.e.isOrg() && p.e == accuser {
			personal = true
		}
		out = append(out, p.e)
	}
	if personal {
		accuser = subj.e
	}
	return accuser, out
}

func ents(ps []part) []*entity {
	var out []*entity
	for _, p := range ps {
		out = append(out, p.e)
	}
	return out
}

// groupParts returns one part per party a plural description stands for
// ("die drei Unternehmen", "both companies"), or nil for any other part.
func groupParts(p part) []part {
	g := p.m.group
	if len(g) < 2 {
		return nil
	}
	out := make([]part, 0, len(g))
	for _, e := range g {
		q := p
		q.e = e
		out = append(out, q)
	}
	return out
}

// coordinated extends one accused to a list: "X and its founder Y", "X
// und dessen Chef Y", "der A, der B und der C", "two companies, A and B".
func (d *doc) coordinated(s int, parts []part, accused []part) []part {
	if len(accused) != 1 {
		return accused
	}
	// "wirft beiden Firmen vor": a plural description is all of them.
	if g := groupParts(accused[0]); g != nil {
		return g
	}
	toks := d.sents[s].toks
	out := accused
	last := accused[0]
	skip := 0
	for i, p := range parts {
		if i < skip || p.m.t0 < last.m.t1 || p.e.typ == claimgraph.Document {
			continue
		}
		// "den Geschäftsführer des Fleischverarbeiters X, Dieter
		// Hollmann, und den Prokuristen Sven Albers": the genitive
		// attribute and the name in apposition belong to the first.
		if p.e == last.e {
			last = p
			continue
		}
		if (p.prep == "gen" || last.m.t1 < len(toks) && (toks[last.m.t1].fold == "des" || toks[last.m.t1].fold == "der" && d.lang == "de")) && p.m.t0-last.m.t1 <= 3 {
			continue
		}
		if len(out) >= 5 || p.m.t0-last.m.t1 > 10 {
			break
		}
		// "accused Quillpay of overcharging refunds, the Guardian
		// reported": the subject of a closing attribution is its source.
		if p.m.t1 < len(toks) && (reportVerbs[toks[p.m.t1].fold] || outletCues[toks[p.m.t1].fold]) {
			break
		}
		// Between two members: a comma or "and"; appositions and
		// articles may stand between, a verb or a cue may not.
		link := false
		for k := last.m.t1; k < p.m.t0; k++ {
			f := toks[k].fold
			if f == "and" || f == "und" || f == "sowie" || f == "or" || f == "oder" || f == "," {
				link = true
			}
			// "A and B, who ran the Greyfield fund": a relative clause
			// describes the members; the party in it is none. "…, while
			// C was cleared" opens another clause.
			if f == "." || f == ";" || f == ":" || accuseEN[f] || allegeEN[f] || d.lang == "en" && (denyEN[f] || chargeEN[f]) || f == "vor" || f == "that" || f == "dass" || f == "wie" || isVerbLike(f) ||
				d.lang == "en" && (f == "who" || f == "which" || f == "whose") || f == "while" || f == "whereas" || f == "während" || f == "waehrend" ||
				// "accused Rivet Capital, but not its parent Harbor
				// Group,": the one set apart is no member.
				f == "not" || f == "nicht" ||
				// "accused Norland of harassing its fleet, days after
				// Kestrel delivered …": the charge and a clause of time
				// hold no member.
				f == "after" || f == "before" || f == "since" || f == "when" || f == "nachdem" || f == "bevor" ||
				f == "of" && d.lang == "en" && k+1 < len(toks) && strings.HasSuffix(toks[k+1].fold, "ing") ||
				// "found that Pellham, a subcontractor, billed the county":
				// a verb after the apposition's comma is the member's own;
				// what follows is its object.
				d.lang == "en" && k > last.m.t1 && toks[k-1].text == "," && looksFiniteEN(toks[k]) ||
				// "Die X GmbH habe Meldungen verschleppt, weshalb Voltana
				// …": a finite verb or a conjunction of cause between
				// them puts the next name in another clause.
				d.lang == "de" && (finiteAuxDE[f] || konjFiniteDE[f] || f == "weshalb" || f == "weswegen" || f == "weil" || f == "obwohl" || f == "sodass") ||
				// "accused Tallis Power of price fixing, and the Grid
				// Authority accused …": the complement right after a
				// member ends the list; what follows is another clause
				// ("head of procurement" is a role, no name).
				d.lang == "en" && k == last.m.t1 && (last.m.kind == mName || last.m.kind == mShort) && (f == "of" || f == "with" || f == "for" || f == "over") && k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap && !articles[toks[k+1].fold] {
				link = false
				break
			}
		}
		// "Karen Holt, a former director of Lyster plc, and …": the
		// employer in a member's apposition is no member.
		if p.prep == "of" && last.e.typ == claimgraph.Official && p.m.t0 > last.m.t1 && toks[last.m.t1].text == "," {
			role := false
			for k := last.m.t1 + 1; k < p.m.t0; k++ {
				if isRoleToken(toks[k], d) != "" {
					role = true
				}
			}
			// "Tomás Ferrante, a member of the Wrenfield City Council and
			// her likely challenger,": any noun phrase of the apposition
			// relates him to the body.
			if k := last.m.t1 + 1; k < p.m.t0 && (toks[k].fold == "a" || toks[k].fold == "an" || toks[k].fold == "the") && p.m.t0-last.m.t1 <= 8 {
				role = true
			}
			if role && link {
				last = p
				continue
			}
		}
		// "charged Dane and Lyster's former chairman, Ian Cole, with":
		// the person the apposition names, not his employer.
		// ("Morrow and the company's former chief financial officer,
		// Priya Natarajan,": past the unnamed role the words make.)
		nx := i + 1
		for p.prep == "poss" && nx+1 < len(parts) && parts[nx].m.kind == mAnon && parts[nx].m.t1 <= p.m.t1+6 {
			nx++
		}
		if p.prep == "poss" && nx < len(parts) && parts[nx].e.typ == claimgraph.Official && parts[nx].m.t0 <= p.m.t1+7 && toks[parts[nx].m.t0-1].text == "," {
			role := false
			for k := p.m.t1; k < parts[nx].m.t0; k++ {
				if isRoleToken(toks[k], d) != "" {
					role = true
				}
			}
			if role && link {
				last, skip = p, nx
				continue
			}
		}
		// "Harlow's and Greenbasket": a name written with 's is no
		// possessive where no noun follows.
		nameS := p.prep == "poss" && p.m.t1 < len(toks) && (toks[p.m.t1].text == "," || toks[p.m.t1].fold == "and" || toks[p.m.t1].fold == "und")
		// "beschuldigt die Kralo GmbH, der Stadt Bonn überhöhte
		// Rechnungen gestellt zu haben": after a comma a dative opens the
		// infinitive clause; a member of the list would share the first
		// member's accusative.
		if d.lang == "de" && link && (p.art == "dem" || p.art == "der") && (last.art == "den" || last.art == "die" || last.art == "das") && toks[p.m.t0-1].fold == p.art && last.m.t1 < len(toks) && toks[last.m.t1].text == "," {
			break
		}
		if !link || p.prep != "" && p.prep != "of" && !nameS {
			break
		}
		out = append(out, p)
		last = p
	}
	return out
}

// mainObjects: the objects before ", accusing them": "sanctions on X, a
// tanker operator, and its managing director".
func (d *doc) mainObjects(s int, parts []part, c int) []part {
	var out []part
	var subj *part
	for k := range parts {
		if parts[k].m.t0 < c {
			if subj == nil && parts[k].prep == "" {
				subj = &parts[k]
				continue
			}
			// "charged four former managers of Nexora AG …, accusing
			// them": an attribute ("of X") is not what was charged.
			if p := parts[k].prep; p != "" && p != "on" && p != "against" {
				continue
			}
			if parts[k].e.typ != claimgraph.Document && (subj == nil || parts[k].e != subj.e) {
				out = append(out, parts[k])
			}
		}
	}
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}

// appositionNamed returns the party named in the apposition that opens
// after the comma at k and closes before a complement ("…, the Swedish
// former world champion Ingrid Solvang, of …"): only articles, plain
// words and capitalised adjectives of origin may stand before the name.
func (d *doc) appositionNamed(s int, parts []part, k int) *part {
	toks := d.sents[s].toks
	for i := range parts {
		p := parts[i]
		if p.m.t0 <= k || p.m.t0 > k+8 {
			continue
		}
		if p.prep != "" || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || p.m.kind == mDesc || p.m.kind == mPron ||
			p.m.t1+1 >= len(toks) || toks[p.m.t1].text != "," {
			return nil
		}
		if f := toks[p.m.t1+1].fold; f != "of" && f != "with" && f != "for" && f != "over" {
			return nil
		}
		for j := k + 1; j < p.m.t0; j++ {
			t := toks[j]
			if !t.word || isVerbLike(t.fold) || t.cap && !d.peopleAdjectiveEN(t) && !strings.HasSuffix(t.fold, "ish") && !strings.HasSuffix(t.fold, "ian") && !strings.HasSuffix(t.fold, "an") {
				return nil
			}
		}
		return &parts[i]
	}
	return nil
}

// byAgent finds "by X" after a passive verb.
func (d *doc) byAgent(s int, parts []part, c int) *entity {
	for _, p := range parts {
		if p.m.t0 > c && (p.prep == "by" || p.prep == "von" || p.prep == "vom") && p.e.typ != claimgraph.Document {
			return party(p.e)
		}
	}
	return nil
}

// unnamedAgent reads "by a group of …", "by a coalition of …" after
// the passive cue at c and returns the body the next two sentences name
// first, or nil.
func (d *doc) unnamedAgent(s, c int) *entity {
	toks := d.sents[s].toks
	if c+3 >= len(toks) || toks[c+1].fold != "by" || !indefinite[toks[c+2].fold] {
		return nil
	}
	for k := c + 3; k < len(toks) && k <= c+6; k++ {
		switch toks[k].fold {
		case "group", "coalition", "alliance", "association", "union", "consortium", "federation", "campaign":
			return d.namedLater(s, claimgraph.Agency, nil, nil)
		}
		if !toks[k].word || toks[k].cap {
			break
		}
	}
	return nil
}

// implicitAccuser finds who accuses in a passive or reported sentence: an
// attribution in the sentence ("laut Anklageschrift", "nach Angaben des
// Amtes"), else the accuser of the latest accusation against the same
// party, else the latest accuser of the article.
func (d *doc) implicitAccuser(s int, parts []part, accused []part) *entity {
	// "Nach einem Bericht des Spiegel soll …": an outlet's own report
	// makes the outlet the accuser.
	toks0 := d.sents[s].toks
	for _, p := range parts {
		if p.e.typ != claimgraph.Publication || p.m.t0 < 2 {
			continue
		}
		// "die Zeitung »Le Monde«": the descriptor is the name's, even
		// where it was read as an outlet named before ("Frankfurter
		// Allgemeine Zeitung").
		if p.m.kind != mName && p.m.t1+1 < len(toks0) && toks0[p.m.t1].quote {
			if nm := d.mentionAt(s, p.m.t1+1); nm != nil && nm.ent != nil && nm.ent.typ == claimgraph.Publication && nm.ent != p.e {
				continue
			}
		}
		k := p.m.t0 - 1
		// "nach einem Bericht der Zeitung Nordkurier", "nach
		// Informationen des Magazins »Seewelt«": past the outlet's
		// descriptor too.
		for k > 0 && (toks0[k].quote || articles[toks0[k].fold] || toks0[k].fold == "by" || toks0[k].fold == "von" || toks0[k].fold == "in" || k == p.m.t0-1 && d.outletDescriptor(toks0[k]) ||
			k < p.m.t0-1 && toks0[k+1].quote && d.outletDescriptor(toks0[k])) {
			k--
		}
		// "Wie die Nachrichtenagentur X unter Berufung auf das Magazin
		// »Hafenblick« berichtet, soll …": the outlet cited for its own
		// reporting is the origin of the claim.
		if k > 1 && toks0[k].fold == "auf" && toks0[k-1].fold == "berufung" {
			return p.e
		}
		// "Wie das »Handelsblatt« berichtet, soll …": an outlet that
		// opens the sentence citing no one reports what it found itself
		// ("Laut einem Gutachten soll …, wie der Spiegel berichtet" has
		// its source).
		if d.lang == "de" && toks0[k].fold == "wie" && k == 0 {
			for j := p.m.t1; j < len(toks0) && toks0[j].text != ","; j++ {
				if toks0[j].fold == "berufung" || toks0[j].fold == "zufolge" {
					break
				}
				if reportAfter[toks0[j].fold] {
					return p.e
				}
			}
		}
		if k > 0 && (mediaReportNouns[toks0[k].fold] || investigNouns[toks0[k].fold] || outletInfoNouns[toks0[k].fold]) {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if f := toks0[j].fold; f == "nach" || f == "laut" || f == "according" || f == "to" && j > 0 && toks0[j-1].fold == "according" {
					// "Nach Informationen des Magazins X, das sich auf
					// ein internes Lagebild des Bundesamts beruft, …":
					// the outlet passes on the claim of what it cites.
					if o := d.citedInRelativeDE(s, p); o != nil {
						return o
					}
					return p.e
				}
			}
		}
	}
	// "nach Angaben des Verfassungsschutzes", "laut Erkenntnissen der
	// Ermittler": the body whose statement the sentence reports.
	for _, p := range parts {
		k := p.m.t0 - 1
		if k >= 0 && articles[toks0[k].fold] {
			k--
		}
		if k >= 1 && sourceNounsDE[toks0[k].fold] && (toks0[k-1].fold == "nach" || toks0[k-1].fold == "laut") && p.e.isOrg() && p.e.typ != claimgraph.Publication {
			return party(p.e)
		}
	}
	for _, p := range parts {
		if p.e.typ == claimgraph.Document {
			if is := d.paraIssuer(s, p); is != nil {
				return is
			}
		}
	}
	// "Das berichtet der »Spiegel«. Demnach soll …", "Die SZ berichtet
	// über interne Mails. Dem Bericht zufolge soll …": the outlet whose
	// report the sentence before gives, citing no one, found it.
	if d.lang == "de" && s > 0 && d.sents[s-1].para == d.sents[s].para && !d.hasAttribution(s) && backReportDE(toks0) {
		if o := d.reportingOutlet(s - 1); o != nil {
			return o
		}
	}
	// "Gegen X besteht der Verdacht der Untreue. Das teilte die
	// Staatsanwaltschaft mit. X soll …": the body whose statement a
	// sentence "Das teilte Y mit" refers back to speaks before it and
	// goes on after it.
	if d.lang == "de" {
		for _, o := range []int{s + 1, s - 1} {
			if o >= 0 && o < len(d.sents) && d.sents[o].para == d.sents[s].para {
				if sp := d.backStatementDE(o); sp != nil && (len(accused) == 0 || party(sp) != party(accused[0].e)) {
					return party(sp)
				}
			}
		}
	}
	// "Die Organisation X hat einen Bericht vorgelegt. Demnach soll …":
	// the document the sentence cites without naming it was issued by
	// the subject of the sentence that introduced it.
	if d.lang == "de" && len(toks0) > 0 && (toks0[0].fold == "demnach" || toks0[0].fold == "demzufolge") {
		for _, at := range d.attributions {
			if at.sent == s && at.tok == 0 {
				if at.doc.author != nil {
					return at.doc.author
				}
				if len(at.doc.hits) > 0 && at.doc.hits[0].sent < s {
					if is := d.subjectOrg(at.doc.hits[0].sent); is != nil {
						return is
					}
				}
			}
		}
	}
	for _, p := range parts {
		if p.prep == "laut" || p.prep == "according" || p.prep == "zufolge" || p.prep == "nach" && p.e.typ != claimgraph.Publication {
			if p.e.typ == claimgraph.Document && p.e.author != nil {
				return p.e.author
			}
			if p.e.typ == claimgraph.Agency || p.e.typ == claimgraph.Company {
				return party(p.e)
			}
		}
		if p.e.typ == claimgraph.Document && p.e.author != nil {
			return p.e.author
		}
	}
	// "Prosecutors said Kessler allegedly ...": the speaker of the
	// sentence accuses.
	toks := d.sents[s].toks
	isAccused := func(e *entity) bool {
		for _, a := range accused {
			if a.e == e {
				return true
			}
		}
		return false
	}
	for c, t := range toks {
		if speechVerbs[t.fold] && !t.inq {
			// "…, the SFO said": the speaker right before the verb.
			for k := len(parts) - 1; k >= 0; k-- {
				if p := parts[k]; p.m.t1 <= c && p.m.t1 >= c-2 && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication && !isAccused(p.e) {
					return party(p.e)
				}
			}
			for _, p := range parts {
				if p.m.t1 <= c && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication && !isAccused(p.e) {
					return party(p.e)
				}
			}
			// "…, sagte Regierungssprecherin Annika Schöller": the
			// speaker after the verb.
			if c > 0 && toks[c-1].text == "," {
				for _, p := range parts {
					if p.m.t0 > c && p.m.t0 <= c+3 && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication && (len(accused) == 0 || p.e != accused[0].e) {
						return party(p.e)
					}
				}
			}
		}
	}
	var target *entity
	if len(accused) > 0 {
		target = accused[0].e
	}
	// The charge against the same party stated last before the sentence
	// ("Die Anklagebehörde legt ihm Untreue zur Last. X soll …"); in the
	// second pass one stated later ("… Prosecutors said") when none was
	// before.
	for k := len(d.accs) - 1; k >= 0; k-- {
		if d.accs[k].accused == target && d.accs[k].sent <= s && (d.accs[k].sent >= s-6 || d.secondPass) {
			return d.accs[k].accuser
		}
	}
	for k := len(d.accs) - 1; k >= 0 && d.secondPass; k-- {
		if d.accs[k].accused == target {
			return d.accs[k].accuser
		}
	}
	if d.secondPass {
		return nil
	}
	// "Federal prosecutors in Hallam indicted Coriander Homes. The
	// company is accused of …": a case that the sentence before brought
	// by a body the text does not name lends no accuser of an earlier
	// story.
	if o := s - 1; o >= 0 && d.sents[o].para == d.sents[s].para && d.caseWord(o) >= 0 && !d.accusesIn(o) {
		var exclude *entity
		if len(accused) > 0 {
			exclude = accused[0].e
		}
		return d.caseBringer(s, exclude)
	}
	for k := len(d.accs) - 1; k >= 0; k-- {
		if d.accs[k].sent >= s-5 && d.accuserCarries(d.accs[k], s) {
			return d.accs[k].accuser
		}
	}
	var exclude *entity
	if len(accused) > 0 {
		exclude = accused[0].e
	}
	return d.caseBringer(s, exclude)
}

// citingVerbsDE are the verbs of a relative clause in which an outlet
// names its source: "das sich auf … beruft", "die sich auf … stützt".
var citingVerbsDE = set("beruft", "berief", "stützt", "stuetzt", "stützte", "stuetzte", "bezieht", "bezog")

// citedInRelativeDE reads a German relative clause right after outlet p
// that names the source the outlet cites ("…, das sich auf ein internes
// Lagebild des Bundesamts X beruft, …"): the document's author or claimant,
// else the body the clause names; nil if there is none.
func (d *doc) citedInRelativeDE(s int, p part) *entity {
	toks := d.sents[s].toks
	k := p.m.t1
	if k < len(toks) && toks[k].quote {
		k++
	}
	if k+3 >= len(toks) || toks[k].text != "," || !relPronounsDE[toks[k+1].fold] || toks[k+2].fold != "sich" || toks[k+3].fold != "auf" {
		return nil
	}
	end := k + 4
	for end < len(toks) && toks[end].text != "," && toks[end].text != "." && !citingVerbsDE[toks[end].fold] {
		end++
	}
	if end >= len(toks) || !citingVerbsDE[toks[end].fold] {
		return nil
	}
	var body *entity
	for _, m := range d.ments[s] {
		if m.t0 < k+4 || m.t1 > end || m.ent == nil || m.ent.dead {
			continue
		}
		if m.ent.typ == claimgraph.Document {
			if a := d.docClaimant(m.ent); a != nil {
				return a
			}
			continue
		}
		if body == nil && m.ent.isOrg() && m.ent.typ != claimgraph.Publication {
			body = party(m.ent)
		}
	}
	return body
}

// caseBringer returns the body that brought a case in sentence s or the
// two before it: "Die Staatsanwaltschaft hat Anklage gegen zwei Manager
// erhoben. Den beiden Geschäftsführern … wird vorgeworfen"; "German
// prosecutors have charged four former managers … The indictment
// alleges".
func (d *doc) caseBringer(s int, exclude *entity) *entity {
	for o := s; o >= 0 && o >= s-2; o-- {
		cw := d.caseWord(o)
		if d.sents[o].para < d.sents[s].para-1 || cw < 0 {
			continue
		}
		ps := d.participants(o, false)
		// "Das Amtsgericht hat auf Antrag der Staatsanwaltschaft
		// Haftbefehl erlassen": the prosecutors accuse, the court rules.
		for _, p := range ps {
			if p.e != exclude && p.e.typ == claimgraph.Agency && nameHas(p.e, prosecutorWords) && !nameHas(p.e, []string{"gericht", "court"}) {
				return party(p.e)
			}
		}
		for _, p := range ps {
			// English has no case: the subject stands before the verb.
			if d.lang == "en" && p.m.t0 > cw {
				break
			}
			if p.prep == "" && !p.obj && p.e.isOrg() && p.e != exclude {
				return party(p.e)
			}
			if p.prep == "" && !p.obj {
				break
			}
		}
		// "Im Zentrum der Ermittlungen steht der frühere Vertriebsdirektor
		// X": investigations the sentence names no one for are those of
		// the prosecutors the text named just before.
		if d.lang == "de" && (d.sents[o].toks[cw].fold == "ermittlungen" || d.sents[o].toks[cw].fold == "ermittlungsverfahren") {
			for q := o - 1; q >= 0 && q >= o-3; q-- {
				for _, m := range d.ments[q] {
					if m.ent != nil && !m.ent.dead && m.ent != exclude && m.ent.typ == claimgraph.Agency && nameHas(m.ent, prosecutorWords) && !nameHas(m.ent, []string{"gericht", "court"}) {
						return party(m.ent)
					}
				}
			}
		}
	}
	return nil
}

// pastAppositionDE moves the end of a German clause at a comma past an
// apposition set off by commas ("soll der Vorstandschef der Brenning
// Bank, Carsten Mühlau, Warnungen ignoriert haben", "soll Lothar Kemna,
// Geschäftsführer der Firma X, Fördermittel …"): the clause goes on
// after it.
func (d *doc) pastAppositionDE(s, end int) int {
	toks := d.sents[s].toks
	for end+1 < len(toks) && toks[end].text == "," {
		j := end + 1
		from := j + 1
		if m := d.mentionAt(s, j); m != nil && m.t0 == j && m.ent != nil && m.ent.typ == claimgraph.Official {
			from = m.t1
		} else if !toks[j].cap || isRoleToken(toks[j], d) == "" {
			break
		}
		next := -1
		for k := from; k < len(toks) && k <= from+5; k++ {
			if toks[k].text == "," {
				next = k
				break
			}
			if !toks[k].word && !toks[k].quote {
				break
			}
		}
		if next < 0 {
			break
		}
		end = len(toks)
		for k := next + 1; k < len(toks); k++ {
			if toks[k].text == "," {
				end = k
				break
			}
		}
	}
	return end
}

// attrAdjDE reports an inflected German attributive adjective or
// participle at token g, right after an article or another such word:
// "der geschäftsführende Gesellschafter", "die frühere Vorständin".
func attrAdjDE(toks []token, g int) bool {
	t := toks[g]
	if g == 0 || !t.word || t.cap || len(t.fold) < 5 || functionWords[t.fold] || !(articles[toks[g-1].fold] || g > 1 && attrAdjDE(toks, g-1)) {
		return false
	}
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(t.fold, e) {
			return true
		}
	}
	return false
}

// roleAppositionDE reads, from token k of sentence s, a role noun and the
// names set off after it by commas: "die Vorstände der Genossenschaft
// Agrarwerk Elbaue, Jens Rathmer und Ute Kallweit, …", "der frühere
// Geschäftsführer des Unternehmens, Lothar Kemna, …". The names are the
// people the role stands for; nothing is returned unless the list is
// closed by a comma or ends the clause.
func (d *doc) roleAppositionDE(s int, parts []part, k int) []part {
	toks := d.sents[s].toks
	j := k
	for j < len(toks) && j < k+3 && (articles[toks[j].fold] || possessives[toks[j].fold] || toks[j].word && !toks[j].cap && isAdjDE(toks[j])) {
		j++
	}
	if j >= len(toks) || !toks[j].cap || !toks[j].word || d.mentionAt(s, j) != nil {
		return nil
	}
	// The role's genitive complement runs to the comma.
	comma := -1
	for g := j + 1; g < len(toks) && g <= j+7; g++ {
		if toks[g].text == "," {
			comma = g
			break
		}
		if !toks[g].word && !toks[g].quote {
			return nil
		}
	}
	if comma < 0 || comma > j+1 && toks[j+1].fold != "der" && toks[j+1].fold != "des" {
		return nil
	}
	var list []part
	prev := comma
	for _, p := range parts {
		if p.m.t0 <= comma {
			continue
		}
		if p.e.typ != claimgraph.Official || p.prep != "" {
			break
		}
		for g := prev + 1; g < p.m.t0; g++ {
			if f := toks[g].fold; !(f == "und" || f == "," || articles[f] || strings.Contains(f, "jaehrig")) {
				return nil
			}
		}
		list = append(list, p)
		prev = p.m.t1 - 1
	}
	if len(list) == 0 || prev+1 >= len(toks) || toks[prev+1].text != "," {
		return nil
	}
	return list
}

// paraIssuer finds who issued a German document that sentence s cites by
// its bare noun ("Laut dem Beschluss soll …", "Laut der Anklage, die dem
// Spiegel vorliegt, sollen …"): the body that, in the sentences just
// before, filed, brought or issued a document of the same kind ("Die
// Staatsanwaltschaft Stendal hat Anklage erhoben", "Das Landratsamt hat
// einen Bußgeldbescheid erlassen", "Das Landgericht hat die Ausschüttung
// per einstweiliger Verfügung gestoppt"): the subject of that sentence.
// A document named with its owner ("der Anklageschrift der
// Staatsanwaltschaft") or one no sentence before introduces is left to
// the author the text gives; so is a sentence that denies the document.
// Two bodies that each brought an indictment are each the author of
// their own, which one document entity cannot tell apart.
func (d *doc) paraIssuer(s int, p part) *entity {
	toks := d.sents[s].toks
	if d.lang != "de" || p.m.t1 != p.m.t0+1 || p.m.t0 >= len(toks) {
		return nil
	}
	k := p.m.t0
	cited := p.prep == "laut" || p.prep == "nach" || p.prep == "gemäß" || p.prep == "gemaess" || k+1 < len(toks) && toks[k+1].fold == "zufolge"
	if !cited {
		return nil
	}
	fam := issuedFamily(toks[k].fold)
	if fam == "" {
		return nil
	}
	// "der Anklageschrift der Staatsanwaltschaft X": its owner follows.
	if k+1 < len(toks) && (toks[k+1].fold == "des" || toks[k+1].fold == "der") {
		return nil
	}
	para := d.sents[s].para
	for o := s - 1; o >= 0 && o >= s-4 && d.sents[o].para >= para-1; o-- {
		ot := d.sents[o].toks
		at := -1
		for j, t := range ot {
			if t.cap && issuedFamily(t.fold) == fam && !d.deniedObject(o, j) {
				at = j
				break
			}
		}
		if at < 0 {
			continue
		}
		// "… und vor dem Landgericht Magdeburg Anklage erhoben": the
		// subject, not the court it went to.
		return d.subjectOrg(o)
	}
	return nil
}

// backReportDE reports a German sentence that opens by citing the report
// of the sentence before: "Demnach …", "Demzufolge …", "Dem Bericht
// zufolge …", "Laut dem Bericht …".
func backReportDE(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	switch {
	case toks[0].fold == "demnach" || toks[0].fold == "demzufolge":
		return true
	case toks[0].fold == "dem" && mediaReportNouns[toks[1].fold] && toks[2].fold == "zufolge":
		return true
	case toks[0].fold == "laut" && toks[1].fold == "dem" && mediaReportNouns[toks[2].fold]:
		return true
	}
	return false
}

// backStatementDE returns the speaker of a German sentence that only
// says who made the statement before it ("Das teilte die
// Staatsanwaltschaft Duisburg am Donnerstag mit", "Dies bestätigte ein
// Sprecher des Ministeriums"), or nil.
func (d *doc) backStatementDE(o int) *entity {
	toks := d.sents[o].toks
	if len(toks) < 3 || toks[0].fold != "das" && toks[0].fold != "dies" || !speechVerbs[toks[1].fold] && toks[1].fold != "bestaetigte" && toks[1].fold != "bestätigte" {
		return nil
	}
	for _, m := range d.ments[o] {
		if m.t0 > 1 && m.ent != nil && !m.ent.dead && (m.ent.isOrg() || m.ent.typ == claimgraph.Official) && m.ent.typ != claimgraph.Document {
			return m.ent
		}
	}
	return nil
}

// reportingOutlet returns the outlet that sentence o presents as
// reporting on its own ("Das berichtet der »Spiegel«", "Die SZ berichtet
// über interne Mails des Konzerns"), or nil where the sentence names
// another source ("unter Berufung auf …", "nach Angaben der Polizei", a
// document) or no outlet.
func (d *doc) reportingOutlet(o int) *entity {
	if d.hasAttribution(o) {
		return nil
	}
	for _, t := range d.sents[o].toks {
		switch t.fold {
		case "berufung", "laut", "zufolge", "angaben", "zitiert", "zitierte", "quoting", "citing":
			return nil
		}
	}
	ch := d.channels(o)
	if len(ch) != 1 {
		return nil
	}
	return ch[0]
}

// subjectOrg returns the organisation that is the first subject of
// sentence o (no preposition, no object case), or nil where its first
// subject is a person or an outlet.
func (d *doc) subjectOrg(o int) *entity {
	for _, q := range d.participants(o, false) {
		// "In dem Schreiben, das die Zeitung einsehen konnte, erhebt sie
		// Vorwürfe": not a party of a relative clause.
		if d.lang == "de" && inRelativeDE(d.sents[o].toks, q.m.t0, len(d.sents[o].toks)) {
			continue
		}
		if q.prep == "" && !q.obj && q.e.isOrg() && q.e.typ != claimgraph.Publication {
			return party(q.e)
		}
		if q.prep == "" && !q.obj {
			break
		}
	}
	return nil
}

// issuedFamily names the kind of a German document a body issues or
// files, so that "Laut dem Bescheid" finds the "Bußgeldbescheid" issued
// before and "Laut der Klageschrift" the "Sammelklage" filed: decisions
// of courts and authorities, indictments, civil suits, criminal
// complaints, orders. "" for other words.
func issuedFamily(f string) string {
	switch {
	case strings.HasSuffix(f, "anklage") || strings.HasSuffix(f, "anklageschrift"):
		return "anklage"
	case strings.HasSuffix(f, "klage") || strings.HasSuffix(f, "klageschrift") || strings.HasSuffix(f, "klagen"):
		return "klage"
	case strings.HasSuffix(f, "anzeige"):
		return "anzeige"
	case strings.HasSuffix(f, "befehl"):
		return "befehl"
	}
	for _, suf := range []string{"beschluss", "beschlusses", "urteil", "urteils", "verfuegung", "entscheidung", "bescheid", "bescheids", "bescheides", "anordnung"} {
		if strings.HasSuffix(f, suf) {
			return "decision"
		}
	}
	// "hat einen Bericht vorgelegt … Dem Bericht zufolge": reports and
	// studies a body publishes.
	for _, suf := range []string{"bericht", "berichts", "berichtes", "studie", "gutachten", "gutachtens", "analyse", "dossier", "dossiers"} {
		if strings.HasSuffix(f, suf) {
			return "report"
		}
	}
	return ""
}

// suspicionOf reports a "soll … haben" clause [c, end) of sentence s that
// follows, in its paragraph, a case brought or an inquiry opened by a body
// the text names ("Die Staatsanwaltschaft Regensburg ermittelt gegen zwei
// Männer wegen Bestechung. Der Bauunternehmer X soll dem Amtsleiter
// 60.000 Euro gezahlt haben."): it states the suspicion behind the case
// even when no word of it names a wrong. A negated clause states none.
//
// Only the party the case is aimed at is its suspect: the one named after
// "gegen" in that sentence, or, where it names no one ("gegen zwei
// Männer"), the party the clause names. A victim ("einen Schaden
// erlitten") is none.
func (d *doc) suspicionOf(s, c, end int, accused *entity) bool {
	toks := d.sents[s].toks
	if negatedOrSufferedDE(toks, c, end) {
		return false
	}
	// ("… hat ein Verfahren gegen Medora eingeleitet. … ¶ Wie aus einem
	// Prüfbericht der Behörde hervorgeht, soll die App …": a paragraph
	// that opens on the case's paper goes on with the paragraph before.)
	for o := s - 1; o >= 0 && o >= s-3 && (d.sents[o].para == d.sents[s].para || d.sents[s].para-d.sents[o].para == 1 && d.paraOpensOnDoc(s)); o-- {
		if d.caseWord(o) < 0 || d.caseBringer(o, nil) == nil {
			continue
		}
		ot := d.sents[o].toks
		g := -1
		for k, t := range ot {
			if t.fold == "gegen" {
				g = k
				break
			}
		}
		if g < 0 {
			return true
		}
		// "ermittelt gegen den Baudezernenten der Stadt X, Wolfgang
		// Terhorst, wegen …": the person may stand in apposition after a
		// role and its genitive; the phrase runs to "wegen" or the end.
		named := false
		for _, m := range d.ments[o] {
			if m.t0 <= g || m.ent == nil || m.ent.dead || m.ent.typ == claimgraph.Document {
				continue
			}
			if m.t0 > g+6 && !(m.t0 <= g+14 && appositionRunDE(ot, g+1, m.t0)) {
				continue
			}
			if m.ent == accused || party(m.ent) == accused || party(accused) == m.ent {
				return true
			}
			named = true
		}
		return !named
	}
	return false
}

// appositionRunDE: the tokens from..to hold one noun phrase and an
// apposition's comma, no verb or clause word ("den Baudezernenten der
// Stadt Halvenstedt,").
func appositionRunDE(toks []token, from, to int) bool {
	comma := false
	for k := from; k < to; k++ {
		t := toks[k]
		switch {
		case t.text == ",":
			comma = true
		case !t.word, t.fold == "wegen", t.fold == "und", relPronounsDE[t.fold] && k > from && toks[k-1].text == ",":
			return false
		case t.word && !t.cap && !articles[t.fold] && !isAdjDE(t):
			return false
		}
	}
	return comma
}

// caseWord returns where sentence s speaks of a case brought against
// someone (an indictment, a fine, proceedings, charges, an inquiry into
// them), or -1. "Lemtec wies die Vorwürfe zurück" is no case brought: a
// word a denial rejects is skipped.
func (d *doc) caseWord(s int) int {
	toks := d.sents[s].toks
	for k, t := range toks {
		if caseNouns[t.fold] || t.cap && hasSuffixInflected(t.fold, nominalSuffixes) != "" || d.lang == "de" && (investigatesDE(toks, k) || t.cap && caseCompoundDE(t.fold)) {
			if d.deniedObject(s, k) {
				continue
			}
			return k
		}
	}
	return -1
}

// investigatesDE reports a German verb of inquiry aimed at someone at
// token k: "ermittelt gegen zwei Männer", "ermittelt wegen Bestechung",
// "hat die Geschäftsräume … durchsucht", or an audit noun the sentence
// says was done ("hat ihre Sonderprüfung bei der Bank abgeschlossen").
// What the next sentences say a party "soll" have done is the suspicion
// behind it.
func investigatesDE(toks []token, k int) bool {
	f := toks[k].fold
	switch {
	case ermittelnDE[f]:
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if toks[j].fold == "gegen" || toks[j].fold == "wegen" {
				return true
			}
		}
	case durchsuchenDE[f]:
		return !toks[k].cap
	case toks[k].cap && (strings.HasSuffix(f, "pruefung") || strings.HasSuffix(f, "untersuchung")):
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if finishedDE[toks[j].fold] {
				return true
			}
		}
	}
	return false
}

// caseCompoundDE: "ein Kartellverfahren eingeleitet", "das
// Bußgeldverfahren": proceedings a body brings against someone (not an
// insolvency or an approval procedure).
func caseCompoundDE(f string) bool {
	if !strings.HasSuffix(f, "verfahren") && !strings.HasSuffix(f, "verfahrens") {
		return false
	}
	for _, p := range []string{"kartell", "bussgeld", "ermittlungs", "straf", "vertragsverletzungs", "disziplinar", "missbrauchs", "sanktions", "aufsichts", "gerichts"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

var (
	ermittelnDE   = set("ermittelt", "ermittelte", "ermitteln", "ermittelten")
	durchsuchenDE = set("durchsucht", "durchsuchte", "durchsuchten")
	finishedDE    = set("abgeschlossen", "beendet", "schloss", "beendete", "vorgelegt", "legte")
)

var caseNouns = set("anklage", "verfahren", "bußgeld", "bussgeld", "geldbuße", "geldbusse", "ermittlungen", "ermittlungsverfahren", "strafbefehl",
	"charges", "indictment", "complaint", "lawsuit", "fine", "penalty", "proceedings", "case", "sanctions",
	"charged", "indicted", "sued", "fined", "angeklagt", "verklagt",
	// A warrant or an arrest: "X soll … haben" after it reports the
	// suspicion behind it.
	"haftbefehl", "festgenommen", "verhaftet", "warrant", "arrested", "detained")

// appositionList replaces an accused that a list of names follows in
// apposition with those names: "Den beiden Geschäftsführern der Wendeler
// GmbH, Jürgen Wendeler und Sergej Baranow, wird vorgeworfen".
func (d *doc) appositionList(s int, parts []part, accused []part) []part {
	if len(accused) != 1 {
		return accused
	}
	toks := d.sents[s].toks
	first := accused[0]
	idx := -1
	for k, p := range parts {
		if p.m == first.m {
			idx = k
		}
	}
	if idx < 0 {
		return accused
	}
	end := first.m.t1
	k := idx + 1
	// Skip a genitive attribute: "der Wendeler Präzisionsmaschinen GmbH",
	// "den früheren Geschäftsführern von Alpenzement".
	for k < len(parts) && (parts[k].prep == "gen" || parts[k].prep == "von" && toks[end].fold == "von") && parts[k].m.t0 <= end+2 {
		end = parts[k].m.t1
		k++
	}
	if end >= len(toks) || toks[end].text != "," {
		return accused
	}
	var list []part
	prev := end
	for ; k < len(parts); k++ {
		p := parts[k]
		if p.e.typ != claimgraph.Official {
			break
		}
		link := true
		for j := prev + 1; j < p.m.t0; j++ {
			f := toks[j].fold
			if !(f == "und" || f == "and" || f == "," || articles[f] || strings.Contains(f, "jaehrig") || strings.HasSuffix(f, "-year-old")) {
				link = false
			}
		}
		if !link {
			break
		}
		list = append(list, p)
		prev = p.m.t1 - 1
	}
	if len(list) == 0 || prev+1 < len(toks) && toks[prev+1].text != "," && toks[prev+1].word {
		return accused
	}
	return list
}

// docAuthorOr maps a document subject ("the letter alleges") to its
// author, and a person to the party they speak for.
// docClaimant is the author of document e, or, where the text does not
// say who wrote it, the accuser of the claim the document was cited for
// ("According to a draft decision seen by Reuters, the Commission accuses
// X …. The draft also says …"): the one it speaks for.
func (d *doc) docClaimant(e *entity) *entity {
	if e.author != nil {
		return e.author
	}
	// "a complaint filed by the state's attorney general": its filer,
	// when not a known party, is no accuser found elsewhere.
	if e.filedBy {
		return nil
	}
	for _, at := range d.attributions {
		if at.doc != e {
			continue
		}
		for _, a := range d.accs {
			if a.sent == at.sent && a.accuser.typ != claimgraph.Publication {
				e.author = a.accuser
				return e.author
			}
		}
		// "X wirft Y vor, … Das geht aus dem Jahresbericht der Prüfer
		// hervor": a document cited right after a claim, in a sentence
		// naming no other party, is that claim's.
		for _, a := range d.accs {
			if a.sent == at.sent-1 && a.accuser.typ != claimgraph.Publication && d.sents[a.sent].para == d.sents[at.sent].para && !d.namesActor(at.sent, a.accuser) {
				e.author = a.accuser
				return e.author
			}
		}
	}
	return nil
}

// namesActor reports a party other than but (not an outlet or a
// document) named in sentence s.
func (d *doc) namesActor(s int, but *entity) bool {
	for _, m := range d.ments[s] {
		if m.ent != nil && !m.ent.dead && m.ent.typ != claimgraph.Publication && m.ent.typ != claimgraph.Document && party(m.ent) != but {
			return true
		}
	}
	return false
}

func (d *doc) docAuthorOr(e *entity, s int) *entity {
	if e.typ == claimgraph.Document {
		// "Vorstandschef X machte in einem Schreiben an die Kunden …":
		// a paper an executive signs is his body's.
		if e.author != nil {
			return party(e.author)
		}
		// "The indictment, unsealed on Tuesday, accuses …": a
		// prosecution's paper is a prosecutor's; the latest accuser of
		// another kind (an NGO, a rival) did not write it.
		prosecution := nameHas(e, indictmentWords)
		for k := len(d.accs) - 1; k >= 0; k-- {
			if d.accs[k].sent >= s-5 {
				if a := d.accs[k].accuser; !prosecution || a.typ == claimgraph.Agency && nameHas(a, prosecutorWords) {
					return a
				}
				if prosecution {
					break
				}
			}
		}
		if b := d.caseBringer(s, nil); b != nil && (!prosecution || b.typ == claimgraph.Agency && nameHas(b, prosecutorWords)) {
			e.author = b
			return b
		}
		return nil
	}
	return party(e)
}

// addAccusation records one accusation, merging restatements of a pair.
func (d *doc) addAccusation(accuser, accused *entity, s int, rule string, conf float64, summary string) bool {
	if accuser == nil || accused == nil || accuser == accused || accuser.typ == claimgraph.Document || accused.typ == claimgraph.Document {
		return false
	}
	if d.recovering != nil && (accused != d.recovering || len(d.recoveringBy) > 0 && !d.accusedBy([]*acc{{accuser: accuser}}, d.recoveringBy)) {
		return false
	}
	if party(accused) == accuser && accused.typ != claimgraph.Official {
		return false
	}
	// "Anklage gegen den früheren Chef der Firma": a role holder the text
	// never names is an unnamed party, and claims against unnamed parties
	// are no accusations (FORMAT.md guideline 5). An unnamed accuser may
	// be an anonymous person who acts (guideline 1).
	if accused.key == "@placeholder" || accused.anon && accused.typ == claimgraph.Official {
		return false
	}
	// A document cited in this sentence was written by this accuser.
	for _, at := range d.attributions {
		if at.sent == s && at.doc.author == nil && accuser.typ != claimgraph.Publication {
			at.doc.author = accuser
		}
	}
	for _, a := range d.accs {
		if a.accuser == accuser && a.accused == accused {
			a.support = appendUniq(a.support, s)
			if s < a.sent {
				// The earliest statement is the evidence.
				a.sent, a.rule, a.conf, a.summary = s, rule, conf, summary
			}
			return true
		}
	}
	a := &acc{accuser: accuser, accused: accused, sent: s, rule: rule, conf: conf, summary: summary, support: []int{s}}
	d.accs = append(d.accs, a)
	accuser.used, accused.used = true, true
	return true
}

func appendUniq(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// summary is the clause that states the wrongdoing: the words after the
// cue and its object, trimmed.
func (d *doc) summary(s, from int) string {
	toks := d.sents[s].toks
	// "filed a lawsuit against Corvant, which accuses it of ignoring
	// warnings", "eine Klage gegen die Reederei, die ihr vorwirft, …": a
	// relative clause after the document states the charge; what is
	// alleged begins after its cue, not at the verb before it.
	for k := from; k+2 < len(toks); k++ {
		if toks[k].text != "," {
			continue
		}
		r := toks[k+1].fold
		if d.lang == "en" && (r == "which" || r == "that") && (strings.HasPrefix(toks[k+2].fold, "accus") || strings.HasPrefix(toks[k+2].fold, "alleg")) {
			from = k + 3
			break
		}
		if d.lang == "de" && (r == "die" || r == "der" || r == "das") {
			for j := k + 2; j < len(toks) && j <= k+5; j++ {
				if f := toks[j].fold; f == "vorwirft" || f == "vorwerfen" || f == "vorwarf" || f == "vorwarfen" {
					from = j + 1
					break
				}
			}
			if from > k {
				break
			}
		}
	}
	// "has sued Skyreach for $210 million, alleging that Skyreach knew
	// about a defect": the participle's clause states the charge.
	for k := from; d.lang == "en" && k+1 < len(toks) && k <= from+12; k++ {
		if f := toks[k].fold; (f == "alleging" || f == "claiming" || f == "saying" || f == "arguing" || f == "asserting") && toks[k+1].fold == "that" && k > 0 && toks[k-1].text == "," {
			from = k + 2
			break
		}
	}
	// Skip the object and leading glue words.
	for from < len(toks) {
		if m := d.mentionAt(s, from); m != nil && m.kind != mDoc {
			// ("Tom Ferris of Ireland of lying": the place goes with
			// the name.)
			from = placeOfEnd(toks, m.t1)
			continue
		}
		f := toks[from].fold
		if f == "vor" || f == "," || f == "of" || f == "with" || f == "that" || f == "dass" || f == "them" || f == "him" || f == "and" || f == "und" ||
			f == "her" || f == "it" || f == "alleging" || f == "accusing" || f == "for" || f == "zur" || articles[f] && from+1 < len(toks) && d.mentionAt(s, from+1) != nil {
			from++
			continue
		}
		break
	}
	if from >= len(toks) {
		from = 0
	}
	st := toks[from].s
	en := toks[len(toks)-1].e
	// "…, sagte ein Sprecher", "…, so der BUND", "…, the agency said",
	// "…, according to the filing": the closing attribution is who says
	// it, not what is charged.
	for k := len(toks) - 2; k > from+2; k-- {
		if toks[k].text != "," {
			continue
		}
		nx := toks[k+1].fold
		if speechVerbs[nx] || reportVerbs[nx] || d.lang == "de" && nx == "so" || nx == "according" || k+2 < len(toks) && (speechVerbs[toks[k+2].fold] || reportVerbs[toks[k+2].fold]) && (articles[nx] || toks[k+1].cap) && k+3 >= len(toks)-1 {
			en = toks[k-1].e
			break
		}
		break
	}
	out := strings.TrimSpace(string(d.rs[st:en]))
	out = strings.TrimRight(out, ".!?“”\"» ")
	out = strings.TrimSuffix(out, " vor")
	if r := []rune(out); len(r) > 240 {
		out = string(r[:240]) + "…"
	}
	return out
}

// clauseSubject is the subject of the main clause before c: its first
// participant outside a prepositional phrase.
func (d *doc) clauseSubject(parts []part, c int) *part {
	for k := range parts {
		p := parts[k]
		if p.m.t0 >= c {
			break
		}
		// "The lawsuit also names X as a defendant, alleging that …": a
		// paper that opens the sentence as the subject of its verb is
		// the participle's subject (its author alleges), not the object.
		if k == 0 && p.prep == "" && p.e.typ == claimgraph.Document && p.e.author != nil && p.m.t0 <= 1 && d.lang == "en" {
			toks := d.sents[p.m.sent].toks
			v := p.m.t1
			if v < len(toks) && clauseAdverbsEN[toks[v].fold] {
				v++
			}
			// ("names" reads as a plural noun to looksFiniteEN.)
			if v < len(toks) && (looksFiniteEN(toks[v]) || toks[v].word && !toks[v].cap && strings.HasSuffix(toks[v].fold, "s") && !functionWords[toks[v].fold]) {
				return &parts[k]
			}
		}
		if p.prep == "" && p.e.typ != claimgraph.Document {
			// "The league charged the club with …, alleging that …": a
			// party after the main verb is its object; the subject the
			// text left unnamed alleges.
			if d.lang == "en" && c < len(d.sents[p.m.sent].toks) && strings.HasSuffix(d.sents[p.m.sent].toks[c].fold, "ing") {
				toks := d.sents[p.m.sent].toks
				for j := 0; j < p.m.t0; j++ {
					if looksFiniteEN(toks[j]) && (chargeEN[toks[j].fold] || accuseEN[toks[j].fold] || toks[j].fold == "sued" || toks[j].fold == "fined") {
						return nil
					}
				}
			}
			return &parts[k]
		}
	}
	return d.subjectEN(parts, c)
}

// premodifiesPerson: an organisation named right before a role and a
// person ("former Calloway Energy plc finance director Simon Hart") is the
// person's employer, not a party of the clause.
func (d *doc) premodifiesPerson(s int, m *mention) bool {
	if m.ent == nil || !m.ent.isOrg() {
		return false
	}
	toks := d.sents[s].toks
	// ("wirft die SPD-Fraktion Oberbürgermeister Klaus Berner vor": a
	// German body under its own article is a noun phrase of its own; the
	// body a role belongs to is compounded with it, "SPD-Oberbürgermeister".)
	if d.lang == "de" && m.t0 > 0 && articles[toks[m.t0-1].fold] {
		return false
	}
	// "former Marlow County assessor Daniel Voss": a county's office
	// held by one person is a role too.
	role := func(k int) bool {
		return isRoleToken(toks[k], d) != "" || d.lang == "en" && countyOfficesEN[toks[k].fold]
	}
	k := m.t1
	roles := 0
	for k < len(toks) && role(k) {
		k++
		roles++
	}
	// ("Die Umweltorganisation Kalmar wirft Bürgermeister Jens Kessel
	// vor": a German word in lower case between them is the verb.)
	if roles == 0 && !(d.lang == "en" && k < len(toks) && toks[k].word && !toks[k].cap && k+1 < len(toks) && role(k+1)) {
		return false
	}
	// "the federation accused coach Ana Ruiz of …", "the trust sued owner
	// X": a verb between the name and the role makes the name the
	// clause's subject and the person its object.
	if roles == 0 && (accusationCue(toks[k].fold) || chargeEN[toks[k].fold] || citeEN[toks[k].fold] || condemnEN[toks[k].fold] || actorVerbs[toks[k].fold] || isVerbLike(toks[k].fold)) {
		return false
	}
	if roles == 0 {
		k += 2
		for k < len(toks) && role(k) {
			k++
		}
	}
	for _, o := range d.ments[s] {
		// "A former Halvorsen employee": the unnamed holder of the role
		// right after the name.
		if o.t0 == k && (o.kind == mPerson || o.kind == mAnon) || o.kind == mAnon && o.t0 <= m.t0 && o.t1 >= k || o.kind == mAnon && o.t0 == m.t1 && o.t1 == k {
			return true
		}
	}
	return false
}

var foundCues = set("found", "finds", "concluded", "concludes", "revealed", "reveals", "showed", "shows", "show", "uncovered",
	"ergab", "ergaben", "ergibt", "ergeben", "zeigt", "zeigte", "belegt", "belegen", "enthüllt", "enthuellt", "aufgedeckt")

// clauseNegated reports a negation right after the subject of a clause
// that ends at k: "X had not falsified", "X never paid", "X did not".
func clauseNegated(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		switch toks[j].fold {
		case "not", "never", "didn't", "hadn't", "wasn't", "hasn't", "nicht", "nie", "niemals":
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// findersEN are the people of a firm or body whose examination is its
// finding: "forensic accountants at Brannock found".
// findingAdverbs stand between a finding's subject and its verb ("It
// also finds", "The report further concludes", "kommt zudem").
var findingAdverbs = set("also", "further", "furthermore", "moreover", "additionally", "separately", "auch", "zudem", "außerdem", "ausserdem", "ferner")

var findersEN = set("accountants", "auditors", "investigators", "researchers", "analysts", "inspectors", "experts", "examiners", "scientists")

var investigNouns = set("investigation", "analysis", "review", "probe", "audit", "inquiry", "examination", "report",
	"recherche", "recherchen", "untersuchung", "analyse", "prüfung", "pruefung", "auswertung", "investigation's")

// foundManagersEN: a finding at c whose "that" clause (or one joined by
// "and that") opens with a body's unnamed managers or board (see
// unnamedManagersEN): the org the story is about, other than the finder.
func (d *doc) foundManagersEN(s, c int, finder *entity) (*entity, int) {
	toks := d.sents[s].toks
	if d.lang != "en" || c+1 >= len(toks) || toks[c+1].fold != "that" {
		return nil, -1
	}
	for j := c + 1; j+1 < len(toks); j++ {
		if toks[j].fold != "that" || j > c+1 && toks[j-1].fold != "and" {
			continue
		}
		k := j + 1
		if articles[toks[k].fold] && k+1 < len(toks) {
			k++
		}
		if !managersAt(toks, k) {
			continue
		}
		if org, h := d.unnamedManagersEN(s, k, finder); org != nil {
			return org, h
		}
	}
	return nil, -1
}

// foundFrame: an investigation of an outlet or body that "found" a
// wrongdoing makes its owner the accuser; the subject of the "that"
// clause is the accused.
// findingParticiplesEN find for the subject of the clause they close:
// "upheld the complaint, finding that …", "banned the adverts, ruling
// that …", "closed its inquiry, concluding that …".
var findingParticiplesEN = set("finding", "ruling", "concluding")

func (d *doc) foundFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	// "X discharged sewage …, an analysis by BBC News has found": the
	// finding closes the sentence and its content comes first.
	final := true
	for k := c + 1; k < len(toks); k++ {
		if toks[k].word {
			final = false
			break
		}
	}
	weak := final && !hasWrongdoing(toks, 0, c) || !final && !hasWrongdoing(toks, c, len(toks))
	pending := d.pendingAccuser(s)
	if weak && pending == nil {
		return
	}
	// A finding that names the parties an earlier accusation left
	// unnamed needs no word of misconduct, only the same accuser.
	if weak {
		inner := emit
		emit = func(accuser *entity, accused []*entity, rule string, conf float64, from int) {
			if accuser != pending {
				return
			}
			var all []*entity
			for _, e := range accused {
				for _, p := range d.coordinated(s, parts, partsOf(parts, e)) {
					all = appendEnt(all, p.e)
				}
			}
			inner(accuser, all, rule, conf, from)
		}
	}
	// "has found no evidence that …", "did not find": a finding that
	// clears is no accusation.
	if c+1 < len(toks) && (toks[c+1].fold == "no" || toks[c+1].fold == "nothing" || strings.HasPrefix(toks[c+1].fold, "kein")) || negatedCue(toks, c) {
		return
	}
	// The investigation noun before the verb.
	k := c - 1
	// ("The Financial Ombudsman Service has upheld a complaint …,
	// finding that …": the subject that opens the sentence, a body.)
	if findingParticiplesEN[toks[c].fold] {
		if len(parts) == 0 {
			return
		}
		p := parts[0]
		if !(p.m.t0 < c && p.m.t0 <= 3 && p.prep == "" && !p.obj && p.m.kind != mPron && p.e.typ == claimgraph.Agency) {
			return
		}
		k = p.m.t1 - 1
	}
	for k >= 0 && (passiveAux[toks[k].fold] || toks[k].fold == "has" || toks[k].fold == "have" || toks[k].fold == "had" || toks[k].fold == "hat" || toks[k].fold == "haben") {
		k--
	}
	for k >= 0 && (strings.HasSuffix(toks[k].fold, "ly") || findingAdverbs[toks[k].fold]) {
		k-- // "had provisionally found", "It also finds", "further concludes"
	}
	// "A Sentinel investigation published on Sunday found": past the
	// participle and its time phrase to the noun.
	if k >= 3 && d.lang == "en" && (weekdays[toks[k].fold] || monthOrDay(toks[k].fold) || toks[k].fold == "week" || toks[k].fold == "year" || toks[k].fold == "month") {
		j := k - 1
		for j > 0 && k-j <= 2 && (toks[j].fold == "on" || toks[j].fold == "in" || toks[j].fold == "last" || toks[j].fold == "this") {
			j--
		}
		if j >= 1 && j < k-1 && (authorVerbs[toks[j].fold] || toks[j].fold == "released" || toks[j].fold == "published") && investigNouns[trimPoss(toks[j-1].fold)] {
			k = j - 1
		}
	}
	// "Which? found": the question mark belongs to the name.
	if k > 0 && toks[k].text == "?" && d.mentionAt(s, k-1) != nil {
		k--
	}
	for k >= 0 && (passiveAux[toks[k].fold] || toks[k].fold == "has" || toks[k].fold == "had" || toks[k].fold == "have") {
		k--
	}
	// "Japan's securities regulator, which found that …": the relative
	// pronoun stands for the name before the comma.
	if k >= 2 && (toks[k].fold == "which" || toks[k].fold == "who" || toks[k].fold == "die" || toks[k].fold == "der") && toks[k-1].text == "," && d.mentionAt(s, k) == nil {
		k -= 2
	}
	// "The audit, carried out in March by X, found": the participle
	// phrase names the owner; the noun stands before it.
	var owner *entity
	if k > 0 && toks[k].text == "," {
		j := k - 1
		for j > 0 && toks[j].text != "," {
			j--
		}
		if j > 0 && toks[j].text == "," {
			byWriter := false
			for x := j + 1; x < k; x++ {
				if toks[x].fold == "by" || toks[x].fold == "von" {
					if m := d.mentionAt(s, x+1+boolInt(x+1 < k && articles[toks[x+1].fold] && d.mentionAt(s, x+1) == nil)); m != nil && m.ent != nil && m.ent.isOrg() {
						if !byWriter {
							owner = m.ent
						}
					} else if d.lang == "en" && x+3 < k && (toks[x+2].fold == "at" || toks[x+2].fold == "from") && writerStaffEN[toks[x+1].fold] {
						// "written by auditors at Grant Miller LLP": the
						// people of a firm wrote it for the firm.
						if m := d.mentionAt(s, x+3+boolInt(articles[toks[x+3].fold])); m != nil && m.ent != nil && m.ent.isOrg() {
							owner = m.ent
						}
					}
					// "commissioned by X and written by Y": the writer.
					if x > 0 && (toks[x-1].fold == "written" || toks[x-1].fold == "prepared" || toks[x-1].fold == "conducted" || toks[x-1].fold == "out") {
						byWriter = true
					}
				}
			}
			k = j - 1
		}
	}
	// "An internal audit commissioned by the city of X has found …":
	// whoever commissioned it did not find; the auditor the text names
	// ("The review was carried out by the accounting firm Y") did, else
	// the commissioner stands for it.
	if owner == nil && k >= 2 {
		// "commissioned by the board of Karoo Ridge Minerals plc": an
		// organ and a long name may stand between.
		for x := k; x >= 1 && x >= k-10 && toks[x].text != ","; x-- {
			if (toks[x].fold == "by" || toks[x].fold == "von") && commissionVerbs[toks[x-1].fold] {
				for j := x - 2; j >= 0 && j >= x-4; j-- {
					if investigNouns[trimPoss(toks[j].fold)] {
						owner = d.auditor(s)
						if owner == nil {
							if m := d.mentionAt(s, x+1+boolInt(x+1 < len(toks) && articles[toks[x+1].fold] && d.mentionAt(s, x+1) == nil)); m != nil && m.ent != nil && m.ent.isOrg() {
								owner = m.ent
							}
						}
						k = j
						break
					}
				}
				break
			}
		}
	}
	// accused: the first party after the verb, or for a closing finding
	// the subject of the sentence before the investigation's phrase.
	pickAccused := func(who *entity, npStart int) *part {
		for i := range parts {
			p := parts[i]
			if p.m.t0 > c && p.e != who && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
				// "the company's former finance chief approved …": the
				// officer the possessive determines.
				if i+1 < len(parts) && parts[i+1].e.typ == claimgraph.Official && parts[i+1].m.t0 <= p.m.t1+3 &&
					(strings.HasSuffix(toks[p.m.t1-1].text, "'s") || strings.HasSuffix(toks[p.m.t1-1].text, "’s") || p.m.t1 < len(toks) && (toks[p.m.t1].text == "'s" || toks[p.m.t1].text == "’s")) {
					return &parts[i+1]
				}
				return &parts[i]
			}
		}
		if !final {
			return nil
		}
		var byAgent *part
		for i := range parts {
			p := parts[i]
			if p.m.t1 > npStart || p.e == who || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication {
				continue
			}
			if p.prep == "" {
				return &parts[i]
			}
			if p.prep == "by" && byAgent == nil && p.m.t0 > 1 && strings.HasSuffix(toks[p.m.t0-2].fold, "ed") {
				byAgent = &parts[i] // "clothing sold … by the online retailer X"
			}
		}
		return byAgent
	}
	// "found that X had not falsified accounts" clears X.
	pickFirst := pickAccused
	pickAccused = func(who *entity, npStart int) *part {
		p := pickFirst(who, npStart)
		if p != nil && p.m.t0 > c && clauseNegated(toks, p.m.t1) {
			return nil
		}
		return p
	}
	// "The 88-page report by law firm Carrow & Pike concludes that …",
	// "forensic accountants at Brannock found that …": the name closes an
	// investigation's phrase or one of the people who examine for it, and
	// whatever its type it made the finding.
	// "an audit by the Defense Department's inspector general that
	// found …": a restrictive relative pronoun stands for the phrase
	// before it.
	if k >= 1 && d.lang == "en" && (toks[k].fold == "that" || toks[k].fold == "which") && toks[k-1].word {
		k--
	}
	if k >= 0 && owner == nil {
		// "by the Defense Department's inspector general": an office
		// holder finds for the body.
		if m := d.mentionAt(s, k); m != nil && m.ent != nil && (m.ent.isOrg() || m.ent.typ == claimgraph.Official && party(m.ent).isOrg()) && m.t1 == k+1 && m.kind != mPron {
			finder := party(m.ent)
			j := m.t0 - 1
			for j > 0 && m.t0-j <= 6 && toks[j].word && (!toks[j].cap || d.possessorAt(s, j)) && (!functionWords[toks[j].fold] || articles[toks[j].fold]) && !isVerbLike(toks[j].fold) {
				j-- // "law firm", "the auditing firm", "the Department's"
			}
			if j >= 1 && (toks[j].fold == "by" && investigNouns[trimPoss(toks[j-1].fold)] || (toks[j].fold == "at" || toks[j].fold == "from") && findersEN[toks[j-1].fold]) {
				npStart := j - 1
				for npStart > 0 && npStart > j-5 && (articles[toks[npStart-1].fold] || toks[npStart-1].word && !toks[npStart-1].cap && !functionWords[toks[npStart-1].fold] && !isVerbLike(toks[npStart-1].fold) || toks[npStart-1].num) {
					npStart--
				}
				if accused := pickAccused(finder, npStart); accused != nil && accused.e != m.ent {
					emit(finder, ents(d.coordinated(s, parts, []part{*accused})), d.lang+".investigation.found", 0.75, accused.m.t1)
				}
				return
			}
		}
	}
	if k >= 0 && owner == nil {
		// "the regulator (said it) had found that X …": a body as subject.
		// ("hat eine Kampagne gegen die Bundesregierung aufgedeckt": a
		// name in a prepositional phrase before a German participle is
		// no subject.)
		if m := d.mentionAt(s, k); m != nil && m.ent != nil && (m.ent.typ == claimgraph.Agency || m.ent.typ == claimgraph.Publication) && !(d.lang == "de" && inPrepPhraseDE(toks, m.t0)) {
			npStart := m.t0
			// "an analysis by BBC News": the noun phrase starts before.
			for npStart > 0 && npStart > m.t0-4 && (toks[npStart-1].fold == "by" || investigNouns[toks[npStart-1].fold] || articles[toks[npStart-1].fold]) {
				npStart--
			}
			if accused := pickAccused(m.ent, npStart); accused != nil {
				// "found that the cement makers A and B colluded".
				emit(party(m.ent), ents(d.coordinated(s, parts, []part{*accused})), d.lang+".found.finding", 0.7, accused.m.t1)
			} else if org, h := d.foundManagersEN(s, c, m.ent); org != nil {
				// "the regulator found that staff routinely misread
				// monitoring traces and that senior managers had known
				// about midwife shortages … without taking action": the
				// unnamed managers of the body inspected.
				emit(party(m.ent), []*entity{org}, d.lang+".found.managers", 0.65, h+1)
			}
			return
		}
	}
	// "The report says … It also finds that X …": a pronoun for a
	// document whose author the text named finds for the author.
	if m := d.mentionAt(s, k); k >= 0 && owner == nil && m != nil && m.kind == mPron && m.t1 == k+1 && m.ent != nil && m.ent.typ == claimgraph.Document && m.ent.author != nil {
		if accused := pickAccused(m.ent.author, k); accused != nil {
			emit(party(m.ent.author), ents(d.coordinated(s, parts, []part{*accused})), d.lang+".investigation.found", 0.75, accused.m.t1)
		}
		return
	}
	if k < 0 || !investigNouns[trimPoss(toks[k].fold)] {
		return
	}
	npStart := k
	for npStart > 0 && npStart > k-4 && (articles[toks[npStart-1].fold] || toks[npStart-1].word && !toks[npStart-1].cap && !functionWords[toks[npStart-1].fold] || d.mentionAt(s, npStart-1) != nil) {
		npStart--
	}
	// "A Meridian Ledger investigation", "the Ledger's investigation".
	if m := d.mentionAt(s, k-1); owner == nil && m != nil && m.ent != nil && m.ent.isOrg() {
		owner = m.ent
	}
	// "the investigation by X", "Recherchen des Spiegel".
	for j := k + 1; owner == nil && j < c; j++ {
		if m := d.mentionAt(s, j); m != nil && m.ent != nil && m.ent.isOrg() {
			owner = m.ent
		}
	}
	// "The Pelham Institute released a report on Monday. … The report
	// found that …": the paper whose author the text named before.
	if m := d.mentionAt(s, k); owner == nil && m != nil && m.ent != nil && m.ent.typ == claimgraph.Document && m.ent.author != nil {
		owner = m.ent.author
	}
	if owner == nil {
		return
	}
	accused := pickAccused(owner, npStart)
	if accused == nil {
		return
	}
	emit(party(owner), ents(d.coordinated(s, parts, []part{*accused})), d.lang+".investigation.found", 0.75, accused.m.t1)
}

var speechVerbs = set("said", "says", "told", "stated", "sagte", "sagt", "erklärte", "erklaerte", "erklärt", "teilte", "betonte", "argued", "contend", "contended",
	"mitteilte", "mitteilt", "mitteilten", "bekanntgab", "sagten", "erklärten", "erklaerten", "announced", "added")

// suspectAdjDE: "X ist dringend verdächtig, …", "gilt als tatverdächtig".
var suspectAdjDE = set("verdächtig", "tatverdächtig", "dringend-tatverdächtig")

// copulaBefore: a form of "sein" or "gelten" within three words before c.
func copulaBefore(toks []token, c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		switch toks[k].fold {
		case "ist", "sind", "war", "waren", "sei", "seien", "gilt", "gelten", "galt", "galten":
			return true
		}
	}
	return false
}

// reportedSentence: a "soll … haben" sentence has its own frame.
func reportedSentence(toks []token) bool {
	for k, t := range toks {
		if reportedModal[t.fold] && hasLaterAny(toks, k, reportedInf) {
			return true
		}
	}
	return false
}

// lautFrame: "Laut der Anklage der CPS beauftragte Marsalek die Gruppe,
// … auszuspähen": a document as the source of a wrongdoing whose subject
// is a participant; the document's author accuses.
func (d *doc) lautFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	if !hasWrongdoing(toks, c, len(toks)) {
		return
	}
	// "Laut Anklageschrift wirft die Staatsanwaltschaft X … vor": the
	// clause's own cue names the parties; "laut" only gives the source.
	for k := c + 1; k < len(toks); k++ {
		f := toks[k].fold
		if !toks[k].cap && (vorwerfenFinite[f] && hasLater(toks, k, "vor") || vorwerfenWhole[f] || accuseDE[f] || anlastenDE[f]) {
			return
		}
	}
	var source *entity
	srcEnd := c + 1
	for k := c + 1; k < len(toks) && k <= c+4; k++ {
		if m := d.mentionAt(s, k); m != nil && m.ent != nil {
			source, srcEnd = m.ent, m.t1
			break
		}
	}
	// "Laut einer von der Gewerkschaft X eingereichten Klage soll …":
	// the document after the attribute that names its filer.
	if m := d.attributeDocAfter(s, c); m != nil {
		source, srcEnd = m.ent, m.t1
	}
	if source == nil || source.typ != claimgraph.Document {
		return
	}
	var accused *part
	for k := range parts {
		p := parts[k]
		if p.m.t0 >= srcEnd && p.prep == "" && (!p.obj || d.subjectAfterSourceDE(s, srcEnd, p.m.t0)) && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication && p.e != source.author {
			accused = &parts[k]
			break
		}
	}
	// "Er habe den Aufsichtsrat laut dem Bericht „irreführend“
	// informiert": the source set into the clause, whose subject opens
	// the sentence before its finite verb.
	if accused == nil && d.lang == "de" {
		for k := range parts {
			p := parts[k]
			if p.m.t1 < c && p.m.t0 <= 1 && p.prep == "" && !p.obj && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication && p.e != source.author &&
				(konjFiniteDE[toks[p.m.t1].fold] || finiteAuxDE[toks[p.m.t1].fold]) {
				accused = &parts[k]
				break
			}
		}
	}
	if accused == nil {
		return
	}
	accuser := source.author
	if accuser == nil {
		accuser = d.implicitAccuser(s, nil, []part{*accused})
	}
	if accuser != nil {
		emit(accuser, []*entity{accused.e}, "de.laut.reported", 0.7, accused.m.t1)
	}
}

// subjectAfterSourceDE reports whether the party at t0 stands right after
// the finite verb that follows a German source phrase ending at from
// ("Laut der Klage hat der Stromanbieter X …"): the subject, whatever
// case its article could also mark; only articles and descriptors
// between.
func (d *doc) subjectAfterSourceDE(s, from, t0 int) bool {
	toks := d.sents[s].toks
	if d.lang != "de" || from >= len(toks) || !(finiteAuxDE[toks[from].fold] || toks[from].fold == "hatte" || toks[from].fold == "hatten") {
		return false
	}
	for j := from + 1; j < t0; j++ {
		if tj := toks[j]; !(articles[tj.fold] || d.isCompanyDescriptor(tj) || d.bodyDescriptor(tj)) {
			return false
		}
	}
	return true
}

// lautHolder returns the party a sentence cites as its source: "Laut
// Staatsanwaltschaft …", "laut der Behörde …", "according to the
// regulator …"; a bare German noun names the one body of the text whose
// name holds it. A document or an outlet gives no party; nil then.
func (d *doc) lautHolder(s int) *entity {
	toks := d.sents[s].toks
	for k, t := range toks {
		if !(t.fold == "laut" || t.fold == "to" && k > 0 && toks[k-1].fold == "according") {
			continue
		}
		for _, m := range d.ments[s] {
			if m.t0 > k && m.t0 <= k+3 && m.ent != nil && !m.ent.dead {
				// Only articles and adjectives before the name: in "Laut
				// Staatsanwaltschaft steht Lang …" Lang is no source.
				for j := k + 1; j < m.t0; j++ {
					if !articles[toks[j].fold] && (toks[j].cap || !toks[j].word) {
						m = nil
						break
					}
				}
				if m == nil {
					break
				}
				if m.ent.typ == claimgraph.Document || m.ent.typ == claimgraph.Publication {
					return nil
				}
				return party(m.ent)
			}
		}
		if d.lang != "de" || k+1 >= len(toks) || !toks[k+1].cap || len([]rune(toks[k+1].fold)) < 5 {
			return nil
		}
		var found *entity
		for _, e := range d.ents {
			if e.dead || !e.isOrg() || !strings.Contains(fold(e.name), toks[k+1].fold) {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
		return found
	}
	return nil
}

// stanceNounsDE and stanceNounsEN name a body's conviction or view.
var (
	stanceNounsDE = set("überzeugung", "ueberzeugung", "auffassung", "ansicht", "einschätzung", "einschaetzung", "meinung", "sicht", "darstellung", "lesart", "erkenntnissen", "feststellungen")
	stanceNounsEN = set("view", "assessment", "opinion", "estimation")
)

// stanceCue reports a stance phrase at c: "Nach Überzeugung", "Aus
// Sicht", "In the regulator's view", "in the view of".
func (d *doc) stanceCue(toks []token, c int) bool {
	f := toks[c].fold
	if d.lang == "de" {
		if !stanceNounsDE[f] || c == 0 {
			return false
		}
		// "Nach den Feststellungen der Behörde", "nach der Auffassung
		// des Amts": the article may stand between.
		b := c - 1
		if b > 0 && (toks[b].fold == "den" || toks[b].fold == "der") {
			b--
		}
		return toks[b].fold == "nach" || toks[b].fold == "aus" && f == "sicht" && b == c-1
	}
	if !stanceNounsEN[f] {
		return false
	}
	// "in the view of X" or "in X's view".
	for k := c - 1; k >= 0 && k >= c-6; k-- {
		if toks[k].fold == "in" {
			return true
		}
		if !toks[k].word || toks[k].fold == "that" {
			return false
		}
	}
	return false
}

// stanceHolder finds a German stance phrase in sentence s ("nach
// Erkenntnissen des Zolls", "nach Darstellung der Gewerkschaft") and the
// party that holds it: nil with true where the phrase names no entity
// (or only an outlet or a document, which hold no stance of their own).
func (d *doc) stanceHolder(s int) (*entity, bool) {
	toks := d.sents[s].toks
	for c := range toks {
		if !d.stanceCue(toks, c) {
			continue
		}
		for _, m := range d.ments[s] {
			if m.t0 > c && m.t0 <= c+3 && m.ent != nil && !m.ent.dead {
				if m.ent.typ == claimgraph.Document || m.ent.typ == claimgraph.Publication {
					return nil, true
				}
				return party(m.ent), true
			}
		}
		// A specific body the text does not resolve ("des Zolls", "der
		// Finanzkontrolle") leaves the accuser unknown; a generic plural
		// ("nach Erkenntnissen britischer Ermittler") is the body the
		// text names elsewhere.
		if c+2 < len(toks) && (toks[c+1].fold == "des" || toks[c+1].fold == "der" && nounGenderDE(toks[c+2].fold) == 'f') {
			return nil, true
		}
		return nil, false
	}
	return nil, false
}

// stanceFrame reads the holder of a stance phrase at c (the genitive or
// "of" phrase after it, or the possessive before an English "view") and
// the party its clause says did wrong. An outlet's or a document's view
// is no stance of a party; the holder's own people are not accused.
func (d *doc) stanceFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	if !hasWrongdoing(toks, 0, len(toks)) {
		return
	}
	var holder *mention
	for _, m := range d.ments[s] {
		if m.ent == nil || m.ent.dead {
			continue
		}
		// After the noun: "der Behörde", "des Kartellamts", "of the
		// regulator"; before an English view: "the regulator's".
		after := m.t0 > c && m.t0 <= c+4
		before := d.lang == "en" && m.t1 <= c && m.t1 >= c-1
		if after || before {
			holder = m
			if after {
				break
			}
		}
	}
	if holder == nil || holder.ent.typ == claimgraph.Document || holder.ent.typ == claimgraph.Publication {
		return
	}
	// Nothing but articles, "of" and adjectives between the noun and its
	// holder.
	if holder.t0 > c {
		for k := c + 1; k < holder.t0; k++ {
			if f := toks[k].fold; !(articles[f] || f == "of" || f == "von" || toks[k].word && !toks[k].cap && isAdjDE(toks[k])) {
				return
			}
		}
	}
	accuser := party(holder.ent)
	var accused []part
	for _, p := range parts {
		if p.m == holder || p.m.t0 >= c-3 && p.m.t1 <= holder.t1 || p.obj || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || party(p.e) == accuser {
			continue
		}
		// "Nach Erkenntnissen der Staatsanwaltschaft soll ein früherer
		// Prokurist von X …": an unnamed person of a body opens the
		// clause right after its finite verb; the body is the party.
		if (p.prep == "gen" || p.prep == "von") && p.e.isOrg() && d.lang == "de" && holder.t1 < len(toks) && (finiteAuxDE[toks[holder.t1].fold] || reportedModal[toks[holder.t1].fold]) &&
			d.staffOfGenitiveDE(toks, holder.t1+1, p) {
			accused = []part{p}
			break
		}
		if p.prep != "" {
			continue
		}
		accused = d.coordinated(s, parts, []part{p})
		break
	}
	if len(accused) == 0 {
		return
	}
	emit(accuser, ents(accused), d.lang+".stance.reported", 0.7, accused[len(accused)-1].m.t1)
}

// hasNominal: a noun of accusation, also in compounds ("Musterklage",
// "Millionenbußgeld").
func (d *doc) hasNominal(s int) bool {
	for _, t := range d.sents[s].toks {
		if nominalDE[t.fold] || t.cap && hasSuffixInflected(t.fold, nominalSuffixes) != "" {
			return true
		}
	}
	return false
}

var nominalSuffixes = []string{"klage", "vorwuerf", "vorwurf", "anschuldigung", "bussgeld", "strafanzeige", "sanktion", "beschwerde",
	// „hat gegen X einen Bußgeldbescheid erlassen“, „einen Strafbefehl
	// beantragt“: the penal orders of an authority and a prosecutor.
	"bussgeldbescheid", "strafbefehl"}

// coSubjects extends the subject of a frame at c to the parties
// coordinated with it before the cue: "Die DUH und der BUND werfen …
// vor", "Greenpeace und die Deutsche Umwelthilfe (DUH) werfen",
// "Amnesty International and Human Rights Watch accused". Only words of
// coordination, articles and an acronym in brackets may stand between
// two of them; each of them accuses (FORMAT.md guideline 2).
func (d *doc) coSubjects(s int, parts []part, subj *part, c int) []part {
	toks := d.sents[s].toks
	out := []part{*subj}
	// "Die Verbände werfen …": a plural description is all of them.
	if len(subj.m.group) > 1 {
		out = out[:0]
		for _, e := range subj.m.group {
			p := *subj
			p.e = e
			out = append(out, p)
		}
		return out
	}
	if subj.m.t0 > c {
		return out
	}
	idx := -1
	for k := range parts {
		if parts[k].m == subj.m {
			idx = k
		}
	}
	if idx < 0 {
		return out
	}
	linked := func(a, b int) bool {
		and := false
		for k := a; k < b; k++ {
			f := toks[k].fold
			switch {
			case f == "und" || f == "and" || f == "sowie" || f == ",":
				and = true
			case articles[f] || f == "(" || f == ")" || toks[k].acro:
			// "X and the pilots' union Y": a plural possessive's mark.
			case and && (toks[k].text == "'" || toks[k].text == "’"):
			// "X and the consumer advocacy group Y": a descriptor.
			case and && toks[k].word && !toks[k].cap && !functionWords[f] && !isVerbLike(f) && !strings.HasSuffix(f, "ed") && !passiveAux[f] && !auxiliaries[f]:
			// "A und der ehemaligen Buchhalterin B": a German role or
			// descriptor noun before the next name.
			case and && d.lang == "de" && toks[k].word && toks[k].cap && (isRoleToken(toks[k], d) != "" || d.isCompanyDescriptor(toks[k]) ||
				k == b-1 && k > a && (articles[toks[k-1].fold] || toks[k-1].word && !toks[k-1].cap) ||
				// "… und der Leiterin der Buchhaltung, B": the genitive
				// attribute of such a role noun.
				k >= a+2 && (toks[k-1].fold == "der" || toks[k-1].fold == "des") && isRoleToken(toks[k-2], d) != ""):
			default:
				return false
			}
		}
		return and
	}
	last := *subj
	for k := idx + 1; k < len(parts); k++ {
		p := parts[k]
		if p.m.t0 >= c {
			break
		}
		if p.e == last.e {
			last = p // "Deutsche Umwelthilfe (DUH)"
			continue
		}
		if p.prep != "" && p.prep != "gen" || p.e.typ == claimgraph.Document || !linked(last.m.t1, p.m.t0) {
			break
		}
		out = append(out, p)
		last = p
	}
	first := *subj
	for k := idx - 1; k >= 0; k-- {
		p := parts[k]
		// "After Lusk left the firm, Halden accused …": the fronted
		// clause's object is no co-subject.
		if p.prep != "" || p.e.typ == claimgraph.Document || !linked(p.m.t1, first.m.t0) || d.lang == "en" && d.frontedClauseEN(toks, p.m.t0, first.m.t0) {
			break
		}
		out = append([]part{p}, out...)
		first = p
	}
	return out
}

// withoutParts drops the participants of xs from ps.
func withoutParts(ps, xs []part) []part {
	var out []part
	for _, p := range ps {
		keep := true
		for _, x := range xs {
			if p.e == x.e {
				keep = false
			}
		}
		if keep {
			out = append(out, p)
		}
	}
	return out
}

// pluralFiniteDE reports whether the finite verb of a German frame at c
// is plural ("werfen", "haben … vorgeworfen"), as coordinated subjects
// need.
func pluralFiniteDE(toks []token, c int) bool {
	f := toks[c].fold
	if vorwerfenFinite[f] || !vorwerfenWhole[f] && !strings.HasPrefix(f, "ge") {
		return strings.HasSuffix(f, "en")
	}
	for k := c - 1; k >= 0; k-- {
		if auxiliaries[toks[k].fold] || passiveAux[toks[k].fold] {
			return strings.HasSuffix(toks[k].fold, "en")
		}
	}
	return false
}

// pleadingBefore reports a filing noun within eight words before c: "a
// petition … saying that X failed to …".
func (d *doc) pleadingBefore(s, c int) bool {
	toks := d.sents[s].toks
	for k := c - 1; k >= 0 && k >= c-8; k-- {
		if pleadingNouns[toks[k].fold] || toks[k].fold == "complaint" || toks[k].fold == "letter" {
			return true
		}
	}
	return false
}

// commissionVerbs say who ordered an investigation, not who made it.
var commissionVerbs = set("commissioned", "ordered", "requested", "beauftragt", "beauftragte", "angeordnet", "initiated")

// auditor returns the organisation that sentence s or one of the next
// two says carried out the investigation: "The review was carried out by
// the accounting firm Pellham & Rowe", "conducted by Marsh Tallow LLP".
func (d *doc) auditor(s int) *entity {
	for o := s; o < len(d.sents) && o <= s+2; o++ {
		toks := d.sents[o].toks
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].fold != "by" && toks[k].fold != "von" {
				continue
			}
			if f := toks[k-1].fold; f != "out" && f != "conducted" && f != "performed" && f != "prepared" && f != "undertaken" && f != "durchgeführt" && f != "durchgefuehrt" && f != "erstellt" {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+5; j++ {
				if m := d.mentionAt(o, j); m != nil && m.ent != nil && m.ent.isOrg() {
					return m.ent
				}
			}
		}
	}
	return nil
}

// organWords are the people who run or own a body; what they did, the
// body did ("accusing the club's owners of …").
// managersAt reports an unnamed plural of a company's people leading
// the clause at k: "senior managers", "top executives", "company
// officials", "the firm's managers".
func managersAt(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		f := toks[j].fold
		if organWords[f] || f == "officials" || f == "supervisors" {
			return true
		}
		if !toks[j].word || toks[j].cap {
			return false
		}
	}
	return false
}

// organOfBodyEN reports an English body mention m that is governed by
// "at" or "of" after an organ word ("managers", "the board") which opens
// its clause, with a finite verb right after the body: the organ's deed
// is the body's.
func (d *doc) organOfBodyEN(s int, m *mention) bool {
	toks := d.sents[s].toks
	k := m.t0 - 1 // the preposition
	if k < 1 || m.ent == nil || !m.ent.isOrg() || m.t1 >= len(toks) || !(looksFiniteEN(toks[m.t1]) || auxiliaries[toks[m.t1].fold]) || modalsEN[toks[m.t1].fold] {
		return false
	}
	if !organWords[toks[k-1].fold] {
		return false
	}
	// Only articles and adjectives before the organ word, back to the
	// clause's start: "Senior managers at", "The board of", "…, and the
	// managers at".
	for j := k - 2; j >= 0; j-- {
		f := toks[j].fold
		if toks[j].text == "," || f == "that" || f == "and" || f == "but" || reportVerbs[f] {
			return true
		}
		if !(articles[f] || f == "senior" || f == "top" || f == "local" || f == "regional" || toks[j].cap && j == 0 && !d.covered[s][j]) {
			return false
		}
	}
	return true
}

// bodyUnitsEN are a body's units that act for it when named with the
// body in the possessive ("the council's planning department").
var bodyUnitsEN = set("department", "service", "team", "unit", "office", "division", "directorate", "inspectorate", "inspectors", "panel", "committee")

var organWords = set("owners", "owner", "board", "management", "leadership", "executives", "bosses", "directors", "managers", "hierarchy")

// citesPleading reports a pleading cited as the source of sentence s
// ("laut Haftbefehl", "according to the complaint").
func (d *doc) citesPleading(s int) bool {
	for _, at := range d.attributions {
		if at.sent == s && (pleadingNouns[at.doc.role] || pleadingNouns[fold(lastWord(at.doc.name))] || pleadingNouns[fold(strings.Fields(at.doc.name + " x")[0])]) {
			return true
		}
	}
	return false
}

// permissionWords after "without"/"ohne" make an act misconduct.
// "ohne Ausschreibung vergeben", "without a tender": a public contract
// awarded past the procedure the law requires.
var permissionWords = set("consent", "permission", "authorisation", "authorization", "licence", "license", "approval", "a licence", "a license",
	"zustimmung", "einwilligung", "genehmigung", "erlaubnis", "lizenz", "zulassung", "einverständnis", "einverstaendnis",
	"ausschreibung", "tender", "bidding",
	// Plurals, permits and warrants, a legal basis, and the security a
	// lender must take: "ohne die erforderlichen Genehmigungen", "without
	// a permit", "ohne Rechtsgrundlage", "Kredite ohne ausreichende
	// Sicherheiten vergeben", "loans without adequate collateral".
	"genehmigungen", "lizenzen", "zulassungen", "permit", "permits", "licences", "licenses", "approvals", "warrant", "rechtsgrundlage",
	"sicherheiten", "collateral",
	// The sign-off a superior or a board must give: "approved $1.4
	// million in change orders without the required sign-off from the
	// county commission".
	"sign-off", "signoff", "sign-offs", "consents", "permissions", "authorisations", "authorizations")

// pendingAcc is an accusation whose accused the sentence left unnamed
// ("accused three supermarkets of …"): the text names them next.
type pendingAcc struct {
	accuser *entity
	sent    int
}

func (d *doc) notePending(accuser *entity, s int) {
	if accuser != nil {
		d.pending = append(d.pending, pendingAcc{accuser: accuser, sent: s})
	}
}

// pendingAccuser returns the accuser of an accusation with unnamed
// accused made in one of the two sentences before s, or nil.
func (d *doc) pendingAccuser(s int) *entity {
	for k := len(d.pending) - 1; k >= 0; k-- {
		if p := d.pending[k]; p.sent < s && p.sent >= s-2 {
			return p.accuser
		}
	}
	return nil
}

// unnamedParties reports a plural or counted group of companies or
// bodies in tokens [from, to) of sentence s that no name stands for:
// "three of Britain's biggest supermarkets", "two housebuilders",
// "mehrere Banken".
func (d *doc) unnamedParties(s, from, to int) bool {
	toks := d.sents[s].toks
	counted := false
	for k := from; k < to && k < len(toks); k++ {
		if m := d.mentionAt(s, k); m != nil && m.ent != nil && m.ent.typ != claimgraph.Document && !d.isPlaceMention(m) {
			return false
		}
		f := toks[k].fold
		// "A and other carriers", "A und weitere Reedereien": the rest
		// of a group the first member belongs to.
		if numberWordsEN[f] || numberWordsDE[f] || f == "several" || f == "mehrere" || f == "mehreren" || toks[k].num ||
			(f == "other" || f == "weitere" || f == "weiteren" || f == "andere" || f == "anderen") && k > 0 && (toks[k-1].fold == "and" || toks[k-1].fold == "und") {
			counted = true
		}
		if counted && (f == "rivals" || f == "competitors") {
			return true
		}
		if counted && toks[k].word && !toks[k].cap && strings.HasSuffix(f, "s") && (d.isCompanyDescriptor(token{fold: strings.TrimSuffix(f, "s"), text: strings.TrimSuffix(f, "s")}) || pluralCompanyDescs[f] || pluralGroups[f] != "") {
			return true
		}
		// ("drei Hersteller", "zwei Reedereien", "drei Unternehmen":
		// after a number a trade is plural, though many look the same
		// in the singular.)
		if counted && d.lang == "de" && toks[k].cap && (pluralCompanyDescs[f] || pluralGroups[f] != "" || strings.HasSuffix(f, "banken") || strings.HasSuffix(f, "konzerne") || strings.HasSuffix(f, "firmen") ||
			k > 0 && (numberWordsDE[toks[k-1].fold] || toks[k-1].num) && (f == "unternehmen" || d.isCompanyDescriptor(toks[k]) && pluralNounShapeDE(toks[k]))) {
			return true
		}
	}
	return false
}

// isPlaceMention: a country's mention used as a possessive place
// ("Britain's biggest supermarkets").
func (d *doc) isPlaceMention(m *mention) bool {
	return m.t1-m.t0 == 1 && d.isPlace(d.sents[m.sent].toks[m.t0])
}

// numberWordsEN are small English numbers written as words.
var numberWordsEN = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens")

// partsOf returns the participant of ps that is entity e.
func partsOf(ps []part, e *entity) []part {
	for _, p := range ps {
		if p.e == e {
			return []part{p}
		}
	}
	return nil
}

// prosecutorWords are in the names of the bodies that bring cases.
// indictmentWords name the papers only a prosecution brings: an
// indictment, a charge sheet, „Anklage(schrift)“.
var indictmentWords = []string{"indictment", "charge sheet", "charging document", "anklage"}

var prosecutorWords = []string{"staatsanwalt", "prosecut", "attorney", "polizei", "police", "ermittl", "fahnd", "kriminal", "sfo", "doj", "justice"}

// clauseOpeners open a subordinate clause whose first noun phrase is its
// subject.
var clauseOpeners = set("that", "dass", "weil", "because", "whether", "ob", "wenn", "if", "although", "obwohl", "while", "whereas")

// outletInfoNouns: "Nach Informationen des Senders soll …" — what an
// outlet learnt by its own reporting.
var outletInfoNouns = set("informationen")

// outletSource returns the outlet whose own reporting sentence s cites
// ("nach Recherchen des BR", "laut einem Bericht der Zeit", "according
// to an investigation by The Guardian"), or nil. What an outlet reports
// that a party "soll" have done is its allegation, whatever the words.
func (d *doc) outletSource(s int) *entity {
	toks := d.sents[s].toks
	for k, t := range toks {
		if !mediaReportNouns[t.fold] && !investigNouns[t.fold] && !outletInfoNouns[t.fold] {
			continue
		}
		cited := false
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if f := toks[j].fold; f == "nach" || f == "laut" || f == "zufolge" || f == "according" || f == "to" {
				cited = true
			}
		}
		if !cited {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if m := d.mentionAt(s, j); m != nil && m.ent != nil && m.ent.typ == claimgraph.Publication {
				return m.ent
			}
		}
	}
	return nil
}

// organWordsDE are a German company's organs, which stand for it as the
// accused ("werfen der Geschäftsführung vor").
var organWordsDE = set("geschaeftsfuehrung", "vorstand", "unternehmensleitung", "konzernleitung", "konzernfuehrung", "management", "firmenleitung", "werksleitung", "konzernspitze", "unternehmensfuehrung")

// associationWordsDE are in the names or descriptors of the clubs and
// associations that have a board ("Vorstand") as companies do.
var associationWordsDE = []string{"verein", "verband", "club", "klub", "gewerkschaft", "genossenschaft", "stiftung", "e.v", "e. v"}

// clubPrefixesDE open the names of German sports clubs ("SV Grün-Weiß
// Ostermoor", "TSV 1860").
var clubPrefixesDE = set("sv", "fc", "tsv", "vfb", "vfl", "tus", "sc", "fsv", "ssv", "bsc", "sg", "tsg", "spvgg")

// associationDE reports a club or association that has a board of its
// own.
func associationDE(o *entity) bool {
	if o.typ != claimgraph.Agency || o.politicalParty() {
		return false
	}
	if w := strings.Fields(fold(o.name)); len(w) > 1 && clubPrefixesDE[w[0]] {
		return true
	}
	return nameHas(o, associationWordsDE)
}

// organSuffixes end the names of a body's organs, which act for it.
var organSuffixes = []string{"ausschuss", "gericht", "kommission", "vorstand", "gremium", "kammer", "senat", "abteilung", "stelle", "committee", "panel", "board", "tribunal"}

// organSubject reads a subject that is an organ of a body named in the
// genitive: "Der Kontrollausschuss des DFB hat … Anklage erhoben", "the
// disciplinary panel of the league charged": the body acts.
func (d *doc) organSubject(s int, parts []part, c int) *part {
	toks := d.sents[s].toks
	for k := range parts {
		p := parts[k]
		if p.m.t0 >= c || p.m.t0 < 2 || p.m.t0 > 5 || p.e.typ != claimgraph.Agency {
			continue
		}
		if g := toks[p.m.t0-1].fold; g != "des" && g != "der" && g != "of" && !(g == "the" && p.m.t0 >= 3 && toks[p.m.t0-2].fold == "of") {
			continue
		}
		for j := p.m.t0 - 2; j >= 0 && j >= p.m.t0-3; j-- {
			if hasSuffixInflected(toks[j].fold, organSuffixes) != "" && (toks[j].cap || d.lang == "en") {
				q := parts[k]
				q.prep = ""
				return &q
			}
		}
	}
	return nil
}

// passiveAcrossTimeEN reports a passive auxiliary before the participle
// at c across a phrase of time: "was on Monday accused by …", "has
// last week been charged with …".
func passiveAcrossTimeEN(toks []token, c int) bool {
	k := c - 1
	n := 0
	for k > 0 && n < 4 && toks[k].word && (weekdays[toks[k].fold] || toks[k].fold == "on" || toks[k].fold == "last" || toks[k].fold == "week" || toks[k].fold == "month" ||
		toks[k].fold == "year" || toks[k].fold == "this" || toks[k].fold == "earlier" || toks[k].fold == "also" || toks[k].fold == "again" || toks[k].fold == "now" ||
		toks[k].fold == "been" || strings.HasSuffix(toks[k].fold, "ly") && !toks[k].cap) {
		k--
		n++
	}
	return n > 0 && k >= 0 && k < c-1 && passiveAux[toks[k].fold] && (weekdays[toks[c-1].fold] || toks[c-1].fold == "week" || toks[c-1].fold == "month" || toks[c-1].fold == "year" || toks[c-1].fold == "been" || n >= 2)
}

// relativeAntecedentEN reads the subject of a passive relative clause
// ("Halloway Freight, which was sanctioned by …", "Corbridge, which has
// been fined …"): the name right before ", which/who" when only
// auxiliaries and adverbs stand between the pronoun and the participle
// at c. It returns nil for any other shape.
func (d *doc) relativeAntecedentEN(s int, parts []part, c int) *part {
	toks := d.sents[s].toks
	k := c - 1
	aux := 0
	for k >= 0 && aux < 4 && toks[k].word && !toks[k].cap && (passiveAux[toks[k].fold] || toks[k].fold == "has" || toks[k].fold == "have" || toks[k].fold == "had" ||
		toks[k].fold == "also" || toks[k].fold == "previously" || toks[k].fold == "later" || toks[k].fold == "since" || toks[k].fold == "itself" || toks[k].fold == "already") {
		k--
		aux++
	}
	if aux == 0 || k < 2 || toks[k].fold != "which" && toks[k].fold != "who" || toks[k-1].text != "," || !passiveAux[toks[k+1].fold] && !passiveAux[toks[c-1].fold] {
		return nil
	}
	for i := range parts {
		if p := parts[i]; p.m.t1 == k-1 && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
			return &parts[i]
		}
	}
	return nil
}

// relativeObjectEN reads a relative clause whose object the verb at c
// leaves out: "Tallis Power, which Norvik Energy accused of rigging
// auctions, …", "Lind, whom the federation charged with …". It returns
// the clause's subject (the accuser) and the name before the comma (the
// accused), or nils.
func (d *doc) relativeObjectEN(s int, parts []part, c int) (*part, *part) {
	toks := d.sents[s].toks
	var subj *part
	for k := range parts {
		p := parts[k]
		if p.m.t1 == c || p.m.t1 == c-1 && (toks[c-1].fold == "has" || toks[c-1].fold == "had" || toks[c-1].fold == "have" || toks[c-1].fold == "also") {
			subj = &parts[k]
		}
	}
	if subj == nil || subj.prep != "" {
		return nil, nil
	}
	r := subj.m.t0 - 1
	if r >= 0 && articles[toks[r].fold] && !(subj.m.t0 < len(toks) && articles[toks[subj.m.t0].fold]) {
		r--
	}
	if r < 2 || toks[r].fold != "which" && toks[r].fold != "whom" && toks[r].fold != "who" || toks[r-1].text != "," {
		return nil, nil
	}
	for k := range parts {
		p := parts[k]
		if p.m.t1 == r-1 && p.e != subj.e && p.e.typ != claimgraph.Document {
			return subj, &parts[k]
		}
	}
	return nil, nil
}

// organSubjectEN reads a company organ that opens the English clause of
// the verb at c as its subject: "The board of Halvorsen Foods on Friday
// accused …", "Halvorsen Foods' board accused …". The organ is no party
// (FORMAT.md); it speaks for the body.
func (d *doc) organSubjectEN(s int, parts []part, c int) *part {
	if d.lang != "en" || len(parts) == 0 {
		return nil
	}
	toks := d.sents[s].toks
	p := parts[0]
	if p.m.t1 > c || !p.e.isOrg() {
		return nil
	}
	organ := -1
	switch p.prep {
	case "of", "at":
		// "the board of Halden Foods", "Management at Dovecote Foods",
		// "Bosses at the carmaker Velto".
		j := p.m.t0 - 1
		if j >= 0 && toks[j].fold == "the" {
			j--
		}
		if j >= 1 && toks[j].fold == p.prep && organWords[toks[j-1].fold] {
			organ = j - 1
		}
	case "poss":
		n := p.m.t1
		for n < c && (toks[n].text == "'s" || toks[n].text == "’s" || toks[n].text == "'" || toks[n].text == "’") {
			n++
		}
		// "Orbis Bank's supervisory board". ("Kent County Council's
		// trading standards service", "Harlow Council's planning
		// department": a unit of the body acts for it too.)
		for x := 0; x < 2 && n+1 < c && toks[n].word && !toks[n].cap && !organWords[toks[n].fold] && !bodyUnitsEN[toks[n].fold] && !functionWords[toks[n].fold] && !isVerbLike(toks[n].fold); x++ {
			n++
		}
		if n < c && (organWords[toks[n].fold] || bodyUnitsEN[toks[n].fold]) {
			organ = n
		}
	}
	if organ < 0 {
		return nil
	}
	// The organ phrase opens the sentence or its clause.
	start := min(organ, p.m.t0)
	for start > 0 && (articles[toks[start-1].fold] || toks[start-1].fold == "its" || organ < p.m.t0 && start == organ && toks[start-1].word && !toks[start-1].cap && !functionWords[toks[start-1].fold]) {
		start--
	}
	if start > 0 && toks[start-1].word && toks[start-1].fold != "and" && toks[start-1].fold != "but" && toks[start-1].fold != "while" {
		return nil
	}
	q := p
	q.prep = ""
	return &q
}

// closingSpeaker reports a sentence that a speaker closes after the cue at
// c: "…, the sport's Athletics Integrity Unit said on Friday".
func (d *doc) closingSpeaker(s, c int) bool {
	toks := d.sents[s].toks
	for k := len(toks) - 1; k > c+1; k-- {
		if speechVerbs[toks[k].fold] || reportVerbs[toks[k].fold] {
			for j := k - 1; j > c && j >= k-6; j-- {
				if toks[j].text == "," {
					return true
				}
			}
			return false
		}
	}
	return false
}

// makerVerbs tie a product to the party behind it: "a tool sold by X".
var makerVerbs = set("sold", "made", "developed", "produced", "supplied", "manufactured", "built", "marketed", "designed", "hergestellt", "entwickelt", "verkauft")

// containsText reports a token with text x among toks.
func containsText(toks []token, x string) bool {
	for _, t := range toks {
		if t.text == x {
			return true
		}
	}
	return false
}

// standBehind reports "hinter … stehen/stecken" around the preposition at
// c: "Hinter dem Angriff stehe X", "X stecke hinter der Kampagne".
func standBehind(toks []token, c int) bool {
	for k := c - 3; k < len(toks) && k <= c+8; k++ {
		if k < 0 || k == c {
			continue
		}
		switch toks[k].fold {
		case "steht", "stehe", "stehen", "stand", "standen", "stünden", "stuenden", "steckt", "stecke", "stecken", "steckte", "steckten":
			return true
		}
	}
	return false
}

// accusesIn reports whether an accusation was found in sentence s.
func (d *doc) accusesIn(s int) bool {
	for _, a := range d.accs {
		if a.sent == s {
			return true
		}
	}
	return false
}

// unnamedSubjectDE reports a German sentence that opens with a subject
// noun naming no entity before its verb ("Ermittler haben …", "Die
// Fahnder erhoben …"), other than a word for the accusation itself.
// tailOfUnknownNameDE reports a German mention that stands right after
// an article and a capitalised noun naming no entity, itself a single
// word ("die
// Mietervereinigung Dornfeld", where only "Dornfeld" was read as the
// short form of "Stadt Dornfeld"): the noun heads the phrase, the
// mention only ends it.
func (d *doc) tailOfUnknownNameDE(s int, m *mention) bool {
	toks := d.sents[s].toks
	if m.kind != mShort && m.kind != mName || m.t1-m.t0 != 1 || m.ent == nil || m.ent.typ == claimgraph.Official || m.t0 < 2 {
		return false
	}
	// Only a name cut short: "Dornfeld" for "Stadt Dornfeld", not
	// "BaFin" after "die Finanzaufsicht".
	if normName(m.ent.name) == normName(toks[m.t0].text) {
		return false
	}
	n, a := toks[m.t0-1], toks[m.t0-2]
	return n.word && n.cap && !n.acro && d.mentionAt(s, m.t0-1) == nil && articles[a.fold] && !d.isCompanyDescriptor(n) && !d.bodyDescriptor(n) &&
		!agencyDescriptors[n.fold] && isRoleToken(n, d) == "" && !nominalDE[n.fold]
}

func (d *doc) unnamedSubjectDE(s int) bool {
	toks := d.sents[s].toks
	k := 0
	if k < len(toks) && articles[toks[k].fold] {
		k++
	}
	if k+1 < len(toks) && toks[k].word && toks[k].cap && d.mentionAt(s, k) == nil && !nominalDE[toks[k].fold] && !accNounsDE[toks[k].fold] &&
		(auxiliaries[toks[k+1].fold] || raiseDE[toks[k+1].fold]) {
		return true
	}
	// "Zudem erstattete die Mietervereinigung X Strafanzeige": after a
	// fronted adverb the finite verb comes second and its subject right
	// after it; a noun phrase there that names no entity the text knows
	// is the unnamed accuser.
	for v := 1; v <= 2 && v+2 < len(toks); v++ {
		if !(auxiliaries[toks[v].fold] || raiseDE[toks[v].fold]) || toks[v].cap {
			continue
		}
		for j := 0; j < v; j++ {
			if !toks[j].word || d.mentionAt(s, j) != nil || toks[j].cap && j > 0 {
				return false
			}
		}
		a, n := toks[v+1], toks[v+2]
		return (a.fold == "die" || a.fold == "der" || a.fold == "das" || a.fold == "ein" || a.fold == "eine") && n.word && n.cap &&
			d.mentionAt(s, v+2) == nil && d.mentionAt(s, v+1) == nil && !nominalDE[n.fold] && !accNounsDE[n.fold]
	}
	return false
}

// outletDescriptor reports a word for an outlet before its name:
// "Zeitung", "Magazins", "Nachrichtenmagazin", "newspaper".
func (d *doc) outletDescriptor(t token) bool {
	if outletAppositions[t.fold] {
		return true
	}
	if d.lang != "de" || !t.cap {
		return false
	}
	f := strings.TrimSuffix(strings.TrimSuffix(t.fold, "s"), "e")
	return strings.HasSuffix(f, "zeitung") || strings.HasSuffix(f, "magazin") || strings.HasSuffix(f, "nachrichtenagentur") || strings.HasSuffix(f, "blatt") || strings.HasSuffix(f, "sender")
}

// sourceNounsDE are a body's statements a claim is reported after: "nach
// Angaben des Verfassungsschutzes".
var sourceNounsDE = set("angaben", "erkenntnissen", "erkenntnisse", "einschätzung", "einschaetzung", "darstellung", "auffassung")

// descriptorRun reports whether tokens [k, t0) are a short run of plain
// words before a name, its descriptor ("the hacking group Red Lantern").
func descriptorRun(toks []token, k, t0 int) bool {
	if k >= t0 || t0-k > 3 {
		return false
	}
	for j := k; j < t0; j++ {
		f := toks[j].fold
		// "schulde dem Unternehmen": the verb of owing is no descriptor.
		if !toks[j].word || functionWords[f] || auxiliaries[f] || passiveAux[f] || isVerbLike(f) || strings.HasSuffix(f, "ed") || owedVerbsDE[f] && !toks[j].cap {
			return false
		}
	}
	return true
}

// continuationWords mark a sentence that goes on with the act before:
// "Millbrook Town were also charged", "ebenfalls angeklagt".
var continuationWords = set("also", "too", "likewise", "similarly", "ebenfalls", "gleichfalls", "auch")

// accuserCarries reports whether the accuser of a, an accusation before
// sentence s, may stand for the unnamed accuser of s: within its
// paragraph; across paragraphs only where s goes on with the act
// ("were also charged") or the text named the accuser again in the
// paragraph before s or in its own ("The FA said the club had until
// Thursday …"). A new paragraph on another matter does not inherit it.
func (d *doc) accuserCarries(a *acc, s int) bool {
	para := d.sents[s].para
	if d.sents[a.sent].para == para {
		return true
	}
	for _, t := range d.sents[s].toks {
		if continuationWords[t.fold] && !t.inq {
			return true
		}
	}
	for o := a.sent + 1; o < s; o++ {
		if d.sents[o].para < para-1 {
			continue
		}
		for _, m := range d.ments[o] {
			if m.ent != nil && party(m.ent) == a.accuser {
				return true
			}
		}
	}
	return false
}

// possLawyer reports an organisation's possessive before its lawyers as
// the subject of the verb at c: "Valeron Mining's lawyers accused
// Crestbank of …" — the client speaks through counsel (FORMAT.md rule 1:
// the lawyer is no entity).
//
// A named person speaks the same way through the followers after the
// possessive: "Okoro's camp accused the commission of …", "Mwangi's
// campaign also accused …".
func (d *doc) possLawyer(p part, c int) bool {
	if p.prep != "poss" || d.lang != "en" {
		return false
	}
	toks := d.sents[p.m.sent].toks
	k := p.m.t1
	if k < len(toks) && (toks[k].text == "'s" || toks[k].text == "’s" || toks[k].text == "'" || toks[k].text == "’") {
		k++
	}
	if k >= len(toks) || toks[k].cap {
		return false
	}
	// "Okoro's camp also accused …": an adverb of sequence may stand
	// between the subject and the verb.
	if k+2 == c && possAdverbsEN[toks[k+1].fold] {
		c--
	}
	// "Calder's barrister, Joanna Mercer KC, told the court …": the
	// lawyer's name set off in commas between the lawyer and the verb.
	if k+1 < c && toks[k+1].text == "," && lawyerWords[toks[k].fold] && toks[c-1].text == "," && c-k <= 8 {
		named := true
		for q := k + 2; q < c-1; q++ {
			named = named && toks[q].word && (toks[q].cap || toks[q].acro)
		}
		if named && c-1 > k+2 {
			c = k + 1
		}
	}
	if k+1 != c {
		return false
	}
	if personOrgansEN[toks[k].fold] {
		return p.e.typ == claimgraph.Official && !p.e.anon
	}
	return p.e.isOrg() && lawyerWords[toks[k].fold] && toks[k].fold != "client" && !strings.HasPrefix(toks[k].fold, "mandant")
}

// possAdverbsEN may stand between a possessed subject and its verb.
var possAdverbsEN = set("also", "then", "later", "further", "again", "previously", "earlier", "have", "has", "had")

// unnamedSourcesEN are the people an outlet cites without naming them:
// its own reporting.
var unnamedSourcesEN = set("people", "sources", "persons", "insiders", "someone", "documents", "records", "emails", "messages", "data")

// citedOrigin reads the source phrase of an outlet's report in sentence
// s ("citing an unpublished audit by X", "citing a report in Marina
// Daily", "citing people familiar with the matter"). It returns the
// origin of the claim: the author of a cited paper, another outlet, a
// named party; nil with ok where the outlet cites no one or only people
// it does not name (its own reporting); ok false where the source is an
// unnamed party ("citing prosecutors"), whose claim is no one's here.
func (d *doc) citedOrigin(s int, parts []part, outlet *entity) (*entity, bool) {
	toks := d.sents[s].toks
	for k, t := range toks {
		if t.fold != "citing" && t.fold != "quoting" {
			continue
		}
		end := len(toks)
		for j := k + 1; j < len(toks); j++ {
			if toks[j].text == "," || toks[j].fold == "that" || toks[j].text == ";" {
				end = j
				break
			}
		}
		var doc, other *entity
		for _, p := range parts {
			if p.m.t0 <= k || p.m.t0 >= end || p.e == outlet {
				continue
			}
			switch {
			case p.e.typ == claimgraph.Document:
				if doc == nil {
					doc = p.e
				}
			case other == nil && (p.e.isOrg() || p.e.typ == claimgraph.Official && !p.e.anon):
				other = p.e
			}
		}
		if doc != nil && doc.author != nil && doc.author.typ != claimgraph.Publication {
			return doc.author, true
		}
		// "an unpublished audit by the Fair Labour Action Network": the
		// agent after the paper wrote it, whether or not the document
		// pass knew the name; an agent no pass read leaves the origin
		// unknown, so the outlet is no sure accuser.
		for j := k + 2; doc != nil && j+1 < end; j++ {
			if toks[j].fold != "by" {
				continue
			}
			for q := j + 1; q < end && q <= j+6; q++ {
				if m := d.mentionAt(s, q); m != nil && m.ent != nil && m.ent.isOrg() && m.ent.typ != claimgraph.Document {
					return party(m.ent), true
				}
				if isCapWord(toks[q]) {
					return nil, false
				}
			}
			break
		}
		if other != nil {
			return party(other), true
		}
		if doc != nil {
			return nil, true // papers the outlet saw: its own reporting
		}
		for j := k + 1; j < end && j <= k+4; j++ {
			if unnamedSourcesEN[toks[j].fold] {
				return nil, true
			}
		}
		return nil, false
	}
	return nil, true
}

// citingWordsEN open an outlet's source phrase.
var citingWordsEN = set("citing", "quoting")

// pieceOutlet reads an outlet's pieces as the subject of a verb of
// reporting at c: "The articles, the result of a six-month investigation
// by this newspaper, reported that …", "The story also reported that …".
// The outlet is the one the subject phrase names, else the one the two
// sentences before named last.
func (d *doc) pieceOutlet(s int, parts []part, c int) *part {
	toks := d.sents[s].toks
	i := 0
	for i < c && i < 3 && (articles[toks[i].fold] || toks[i].fold == "its" || toks[i].fold == "their" || toks[i].fold == "these" || toks[i].fold == "this" || toks[i].num ||
		toks[i].word && !toks[i].cap && docDeterminers[toks[i].fold]) {
		i++
	}
	if i >= c || !(mediaPieces[toks[i].fold] || mediaPieces[strings.TrimSuffix(toks[i].fold, "s")] || toks[i].fold == "stories") || d.mentionAt(s, i) != nil {
		return nil
	}
	j := i + 1
	// "A report by the Harbour Gazette said": the outlet after the noun.
	if j < c && (toks[j].fold == "by" || toks[j].fold == "in" || toks[j].fold == "from") {
		k := j + 1
		if k < c && articles[toks[k].fold] {
			k++
		}
		if m := d.mentionAt(s, k); m != nil && m.t0 == k && m.t1 <= c && m.ent != nil && m.ent.typ == claimgraph.Publication {
			j = m.t1
		}
	}
	if !reachesVerbEN(toks, j, c) {
		return nil
	}
	for k := range parts {
		if p := parts[k]; p.m.t0 > i && p.m.t1 <= c && p.e.typ == claimgraph.Publication {
			q := parts[k]
			q.prep = ""
			return &q
		}
	}
	for s2 := s - 1; s2 >= 0 && s2 >= s-2; s2-- {
		ms := d.ments[s2]
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.ent != nil && !m.ent.dead && m.ent.typ == claimgraph.Publication {
				return &part{m: m, e: m.ent}
			}
		}
	}
	return nil
}

// thatAfterPhrase returns the "that" at j or after at most n more
// tokens of a phrase naming no one ("on Monday", "in an interview",
// "late on Tuesday"), or -1.
func (d *doc) thatAfterPhrase(s, j, n int) int {
	toks := d.sents[s].toks
	for k := j; k < len(toks) && k <= j+n; k++ {
		if toks[k].fold == "that" {
			return k
		}
		if !toks[k].word && !toks[k].num || d.mentionAt(s, k) != nil {
			return -1
		}
	}
	return -1
}

// reachesVerbEN reports whether the subject phrase that ends at j runs
// into the verb at c, past at most one apposition or relative clause
// between commas ("The Courant's reporting, which began in 2024,
// alleged …") and then clause adverbs or a perfect auxiliary ("has
// also said").
func reachesVerbEN(toks []token, j, c int) bool {
	if j < c && toks[j].text == "," {
		k := j + 1
		for k < c && toks[k].text != "," {
			k++
		}
		if k >= c {
			return false
		}
		j = k + 1
	}
	for j < c && (clauseAdverbsEN[toks[j].fold] || toks[j].fold == "have" || toks[j].fold == "has" || toks[j].fold == "had") {
		j++
	}
	return j == c
}

// ownedPieces are what a party writes or publishes, said with its
// possessive: "the Courant's reporting", "the group's research".
var ownedPieces = set("reporting", "coverage", "articles", "stories", "reports", "research", "analysis", "findings", "report", "article", "story", "investigation",
	"editorial", "series", "documentary", "broadcast", "programme", "program", "review", "audit", "study")

// possessorPiece reads a subject phrase "[The] X's [own|original]
// <piece> [, which …,] [also]" that runs from the sentence's start up to
// the verb at c ("The Courant's reporting, which began in 2024,
// alleged …"): X, a named party, is the subject, speaking through its
// piece. Nil otherwise.
func (d *doc) possessorPiece(s int, parts []part, c int) *part {
	toks := d.sents[s].toks
	// "Separately, the union's report said …", "In March, the paper's
	// reporting alleged …": an opening phrase in a comma that names no
	// party comes first.
	start := 0
	for j := 0; j < len(toks) && j < 5 && j < c; j++ {
		if toks[j].text == "," {
			start = j + 1
			break
		}
		if d.mentionAt(s, j) != nil || !toks[j].word {
			break
		}
	}
	for k := range parts {
		p := parts[k]
		if p.m.t0 < start {
			continue
		}
		if p.m.t0 > start+1 || p.m.t0 == start+1 && !articles[toks[start].fold] || p.m.t1 >= c || p.m.kind == mPron || !p.e.isOrg() && p.e.typ != claimgraph.Official {
			return nil
		}
		last := toks[p.m.t1-1].text
		if !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") && !strings.HasSuffix(last, "s'") {
			return nil
		}
		j := p.m.t1
		if j < c && (toks[j].fold == "own" || toks[j].fold == "original" || toks[j].fold == "latest" || toks[j].fold == "earlier" || toks[j].fold == "new") {
			j++
		}
		if j >= c || !ownedPieces[toks[j].fold] || d.mentionAt(s, j) != nil && d.mentionAt(s, j).typ != claimgraph.Document {
			return nil
		}
		j++
		if !reachesVerbEN(toks, j, c) {
			return nil
		}
		q := parts[k]
		q.prep = ""
		return &q
	}
	return nil
}

// citingPhraseBefore returns the comma that opens a source phrase ending
// right before the verb at c ("X, citing …, reported"), or -1.
func citingPhraseBefore(toks []token, c int) int {
	if c < 3 || toks[c-1].text != "," {
		return -1
	}
	for k := c - 2; k > 0 && k >= c-17; k-- {
		if toks[k].text == "," {
			if citingPhraseEnd(toks, k) == c {
				return k
			}
			return -1
		}
	}
	return -1
}

// staffNounsEN are the people a body employs or serves.
var staffNounsEN = set("workers", "employees", "staff", "drivers", "nurses", "patients", "residents", "customers", "tenants", "cleaners", "guards", "labourers", "laborers", "miners", "pilots", "teachers")

// coercedEN are participles of what an employer does to its staff
// against their will or rights.
var coercedEN = set("forced", "coerced", "threatened", "intimidated", "harassed", "underpaid", "denied", "locked", "blacklisted", "fired", "sacked", "dismissed", "overcharged", "cheated", "exploited")

// employerOfVictims reads a clause at k whose subject is the staff of a
// named body in the passive of coercion: "workers at Rahman Knit were
// forced to …", "drivers employed by X had been threatened with …". It
// returns the body, or nil. A negation anywhere in the clause stops it.
func (d *doc) employerOfVictims(s int, parts []part, k int) *part {
	toks := d.sents[s].toks
	i := k
	for n := 0; n < 3 && i < len(toks) && (toks[i].num || toks[i].word && !toks[i].cap && !staffNounsEN[toks[i].fold] && !functionWords[toks[i].fold] || toks[i].fold == "of" || articles[toks[i].fold]); n++ {
		i++ // "hundreds of workers", "some migrant workers"
	}
	if i+2 >= len(toks) || !staffNounsEN[toks[i].fold] {
		return nil
	}
	j := i + 1
	if toks[j].fold == "employed" && j+1 < len(toks) && toks[j+1].fold == "by" {
		j++
	}
	if toks[j].fold != "at" && toks[j].fold != "of" && toks[j].fold != "by" {
		return nil
	}
	var emp *part
	for q := range parts {
		if p := parts[q]; p.m.t0 > j && p.m.t0 <= j+2 && p.e.isOrg() && p.e.typ != claimgraph.Publication && p.e.typ != claimgraph.Document {
			emp = &parts[q]
			break
		}
	}
	if emp == nil {
		return nil
	}
	v := emp.m.t1
	if v < len(toks) && (toks[v].fold == "had" || toks[v].fold == "have" || toks[v].fold == "has") {
		v++
	}
	if v < len(toks) && toks[v].fold == "been" {
		v++
	} else if v < len(toks) && passiveAux[toks[v].fold] {
		v++
	} else {
		return nil
	}
	if v >= len(toks) || !coercedEN[toks[v].fold] {
		return nil
	}
	for q := k; q < len(toks) && !clauseStop(toks[q]); q++ {
		if f := toks[q].fold; f == "not" || f == "never" || f == "no" {
			return nil
		}
	}
	return emp
}

// orgOutsideQuote reports an organisation named in sentence s outside the
// quotation between q0 and close, or a word joined to a body's letters
// ("vzbv-Rechtsexperte").
func (d *doc) orgOutsideQuote(s, q0, close int) bool {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if (m.t1 <= q0 || m.t0 > close) && m.ent != nil && m.ent.isOrg() {
			return true
		}
	}
	for k := close + 1; k < len(toks); k++ {
		if i := strings.Index(toks[k].text, "-"); i > 0 && toks[k].word {
			pre := toks[k].text[:i]
			for _, e := range d.ents {
				for _, a := range e.aliases {
					if a == pre && e.isOrg() {
						return true
					}
				}
			}
		}
	}
	return false
}

// introducedForBody reports a person whom an earlier sentence introduced
// as acting for a body, named or not read as a name: "Anna Becker, who
// speaks on digital policy for the Greens/EFA group, said …" before
// "\"…,\" she said".
func (d *doc) introducedForBody(e *entity, s int) bool {
	if len(e.hits) == 0 || e.hits[0].sent >= s {
		return false
	}
	s0 := e.hits[0].sent
	toks := d.sents[s0].toks
	for _, m := range d.ments[s0] {
		if m.ent != e || m.kind == mPron {
			continue
		}
		for k := m.t1; k < len(toks) && k <= m.t1+12; k++ {
			if f := toks[k].fold; (f == "for" || f == "of" || f == "with" || f == "at") && k+2 < len(toks) && (articles[toks[k+1].fold] && isCapWord(toks[k+2]) || isCapWord(toks[k+1])) {
				return true
			}
			if toks[k].text == "." || toks[k].quote {
				break
			}
		}
		break
	}
	return false
}

// othersClaimEN are nouns of a charge or an inquiry someone else brought:
// "reported that X faces allegations of bribery", "…, is under
// investigation for fraud, the Gazette reported" relay that claim; the
// outlet makes none of its own.
var othersClaimEN = set("allegations", "allegation", "accusations", "accusation", "charges", "suspicion", "suspected", "investigation", "investigated",
	"probe", "inquiry", "lawsuit", "complaint", "indictment", "indicted", "alleged", "allegedly", "fined", "sued", "convicted", "prosecuted")

// mainParty reports that e is mentioned more often than any other entity
// of its type.
func (d *doc) mainParty(e *entity) bool {
	for _, o := range d.ents {
		if o != e && !o.dead && o.typ == e.typ && len(o.hits) >= len(e.hits) {
			return false
		}
	}
	return true
}

// filerVerbsEN are participles after a document noun that name who
// brought the paper with "by": "the complaint, lodged … by X", "a
// lawsuit filed by X", "a letter sent to the regulator by X". Not
// "commissioned" (who commissions a report does not write it) nor
// "seen"/"obtained" (an outlet that saw it is a via, not its author).
var filerVerbsEN = set("filed", "lodged", "submitted", "brought", "sent", "written", "signed", "drafted", "prepared")

// docFilers reads the filers of a document that is the subject of the
// English cue at c: "The 30-page complaint, lodged with the Commission
// last week by Sweden's Norrland Apps and Berlin-based Pixelhof, accuses
// Applion of …", "A lawsuit filed by the Ohio pension fund X in a
// Delaware court alleges that …". A reduced relative clause between the
// paper and its verb names who brought it; each of them makes the claim,
// and the paper is how it reached the article. It returns nil unless the
// document is the clause's first participant with no preposition before
// it, the participle follows it at once (after a comma or not), and the
// phrase closes before the verb: with the comma that opened it, or with
// no comma at all.
func (d *doc) docFilers(s int, parts []part, c int) []part {
	if d.lang != "en" || len(parts) == 0 {
		return nil
	}
	toks := d.sents[s].toks
	dp := parts[0]
	if dp.e.typ != claimgraph.Document || dp.prep != "" || dp.m.t1 >= c {
		return nil
	}
	// Before the document only an opening adverbial ("Separately,") and
	// its determiner.
	for k := dp.m.t0 - 1; k >= 0; k-- {
		if toks[k].text == "," {
			break
		}
		if !toks[k].word || !(articles[toks[k].fold] || docDeterminers[toks[k].fold] || strings.HasSuffix(toks[k].fold, "-page") || toks[k].fold == "new" || toks[k].fold == "separately") {
			return nil
		}
	}
	j := dp.m.t1
	comma := j < len(toks) && toks[j].text == ","
	if comma {
		j++
	}
	if j >= c || !filerVerbsEN[toks[j].fold] {
		return nil
	}
	// The phrase must close right before the verb: "…, accuses", or,
	// without commas, "… in a Delaware court alleges"; an adverb or an
	// auxiliary may stand between ("has also alleged").
	v := c - 1
	for v > j && toks[v].word && !toks[v].cap && (strings.HasSuffix(toks[v].fold, "ly") || toks[v].fold == "also" || auxiliaries[toks[v].fold] || passiveAux[toks[v].fold]) {
		v--
	}
	if comma != (toks[v].text == ",") {
		return nil
	}
	// "by" inside the phrase, with no comma or quotation before it.
	b := -1
	for k := j + 1; k < v; k++ {
		if toks[k].text == "," || toks[k].quote || toks[k].text == ";" {
			return nil
		}
		if toks[k].fold == "by" {
			b = k
			break
		}
	}
	if b < 0 {
		return nil
	}
	// The first filer: descriptors, a seat ("Berlin-based") or a place
	// possessive ("Sweden's") may stand before the name, no preposition.
	next := func(from int) *part {
		for k := range parts {
			p := parts[k]
			if p.m.t0 < from {
				continue
			}
			for g := from; g < p.m.t0; g++ {
				if !toks[g].word || prepositions[toks[g].fold] || toks[g].fold == "and" || isVerbLike(toks[g].fold) || p.m.t0-from > 6 {
					return nil
				}
			}
			if p.m.t1 > v || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || !(p.e.isOrg() || p.e.typ == claimgraph.Official) {
				return nil
			}
			return &parts[k]
		}
		return nil
	}
	first := next(b + 1)
	if first == nil {
		return nil
	}
	out := []part{*first}
	last := first
	for last.m.t1 < v {
		k := last.m.t1
		if toks[k].text == "," && k+1 < v && toks[k+1].fold == "and" {
			k++
		}
		if toks[k].fold != "and" && !(toks[k].text == "," && k+1 < v && !indefinite[toks[k+1].fold]) {
			break
		}
		p := next(k + 1)
		if p == nil {
			break
		}
		out = append(out, *p)
		last = p
	}
	if dp.e.author == nil {
		dp.e.author = party(out[0].e)
	}
	return out
}

// organOpensClause reports the organ word at o opening the clause
// reported by the verb at c: "said management at X", "said that the
// bosses of X".
func organOpensClause(toks []token, c, o int) bool {
	k := c + 1
	if k < o && toks[k].fold == "that" {
		k++
	}
	if k < o && articles[toks[k].fold] {
		k++
	}
	return k == o
}

// referEN are the forms of "refer" that send a party to an authority.
var referEN = set("referred", "refers", "refer", "referring")

// criminalAuthorityWords name the police or a prosecuting body after
// "referred … to": "the police", "prosecutors", "the Serious Fraud
// Office", "the Crown Prosecution Service", "the Justice Department".
var criminalAuthorityWords = set("police", "prosecutor", "prosecutors", "prosecution", "prosecuting", "fraud", "justice", "criminal", "crime", "fbi",
	"attorney", "attorney-general", "anti-corruption", "anticorruption", "gardai", "garda", "constabulary")

// referralFrame reads an English referral of a named party to the police
// or prosecutors. The object stands between the verb and "to"; a
// passive names the referring body with "by". A referral of a matter
// ("referred the case to police") names no party, and a referral to any
// other body (a committee, a competition authority) charges no crime.
func (d *doc) referralFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	if negatedCue(toks, c) || c > 0 && (toks[c-1].fold == "whether" || toks[c-1].fold == "to" || modalsEN[toks[c-1].fold]) {
		return // "may refer", "decided whether to refer": not done
	}
	passive := c > 0 && passiveAux[toks[c-1].fold] || c > 1 && passiveAux[toks[c-2].fold] && strings.HasSuffix(toks[c-1].fold, "ly")
	// "to" and the authority after it.
	to := -1
	for k := c + 1; k < len(toks) && k <= c+14; k++ {
		if toks[k].fold == "to" {
			to = k
			break
		}
		if toks[k].text == ";" || toks[k].quote {
			return
		}
	}
	if to < 0 {
		return
	}
	authority := false
	for k := to + 1; k < len(toks) && k <= to+6; k++ {
		if criminalAuthorityWords[toks[k].fold] || strings.HasPrefix(toks[k].fold, "prosecut") {
			authority = true
			break
		}
		if toks[k].text == "," || toks[k].fold == "over" || toks[k].fold == "for" || toks[k].fold == "and" {
			break
		}
	}
	if !authority {
		return
	}
	var accused []part
	var accuser *entity
	if passive {
		// "Greaves has been referred to the police by the commission".
		for k := range parts {
			if p := parts[k]; p.m.t1 <= c && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
				accused = []part{p}
			}
		}
		for k := range parts {
			if p := parts[k]; p.m.t0 > to && p.prep == "by" && p.e.isOrg() && p.e.typ != claimgraph.Publication {
				accuser = party(p.e)
				break
			}
		}
	} else {
		for k := range parts {
			p := parts[k]
			if p.m.t0 > c && p.m.t1 <= to && p.prep == "" && p.e.typ != claimgraph.Document && p.e.typ != claimgraph.Publication {
				accused = []part{p}
				break
			}
		}
		if subj := d.subjectEN(parts, c); subj != nil && subj.m.t1 <= c && subj.e.typ != claimgraph.Publication {
			accuser = d.docAuthorOr(subj.e, s)
		}
	}
	// (A body may refer its own employee: the person is accused
	// personally.)
	if len(accused) == 0 || accuser == nil || accused[0].e == accuser || accused[0].e.isOrg() && party(accused[0].e) == accuser || accused[0].m.kind == mPron {
		return
	}
	accusedList := d.coordinated(s, parts, accused)
	if passive && len(accusedList) == 1 {
		accusedList = d.coSubjects(s, parts, &accused[0], c)
	}
	emit(accuser, ents(accusedList), "en.refer.active", 0.75, c+1)
}

// leadVerbsEN put a named party at the head of an unnamed group.
var leadVerbsEN = set("led", "headed", "fronted", "spearheaded")

// leaderSubjectEN returns the leader of an unnamed group that opens the
// clause of the verb at c: "Shareholders led by X are suing …". The group
// is lower-case words from the sentence's start; the leader's phrase
// runs, with its descriptors, to the verb and its auxiliaries.
func (d *doc) leaderSubjectEN(parts []part, c int) *part {
	if d.lang != "en" || len(parts) == 0 {
		return nil
	}
	s := parts[0].m.sent
	toks := d.sents[s].toks
	for k := range parts {
		p := parts[k]
		if p.m.t1 > c {
			break
		}
		if p.prep != "by" || !p.e.isOrg() || p.e.typ == claimgraph.Publication || p.e.typ == claimgraph.Document {
			continue
		}
		b := p.m.t0 - 1
		for b > 0 && toks[b].fold != "by" && p.m.t0-b <= 5 {
			b--
		}
		if b < 2 || toks[b].fold != "by" || !leadVerbsEN[toks[b-1].fold] {
			return nil
		}
		// The group: lower-case words (and "of") from the start.
		for g := 0; g < b-1; g++ {
			if !toks[g].word || toks[g].cap && g > 0 || d.mentionAt(s, g) != nil {
				return nil
			}
		}
		// To the verb: auxiliaries and adverbs only.
		for g := p.m.t1; g < c; g++ {
			if f := toks[g].fold; !(auxiliaries[f] || passiveAux[f] || f == "has" || f == "have" || f == "had" || f == "also" || strings.HasSuffix(f, "ly")) {
				return nil
			}
		}
		return &parts[k]
	}
	return nil
}

// indefiniteBodyHeadsEN head English descriptions of civil bodies that a
// news lede uses before or instead of the name: "A patients' group has
// accused …", "An environmental charity has accused …".
var indefiniteBodyHeadsEN = set("group", "charity", "union", "association", "campaign", "coalition", "alliance", "watchdog", "organisation",
	"organization", "foundation", "federation", "network", "society")

// genericModifiersEN say what kind of body a description means without
// naming it: no evidence for one body over another.
var genericModifiersEN = set("local", "national", "international", "leading", "small", "large", "new", "independent", "major", "prominent",
	"campaign", "advocacy", "pressure", "lobby", "rights", "activist", "community", "civil", "non-profit", "nonprofit", "british", "european")

// indefiniteSubjectEN reads an indefinite description that opens the
// sentence as the subject of the cue at c ("A patients' group has
// accused …") and returns the body it stands for: the one body whose
// name or descriptions share the description's distinctive modifier
// ("Wexford Patients' Association", "a patients' group founded in
// 2019"), or, with no distinctive modifier, the body the next sentences
// name. A description that fits no body, or several, is nobody.
func (d *doc) indefiniteSubjectEN(s, c int) *part {
	toks := d.sents[s].toks
	if d.lang != "en" || c < 2 || !(toks[0].fold == "a" || toks[0].fold == "an") {
		return nil
	}
	h := c - 1
	for h > 1 && (toks[h].fold == "has" || toks[h].fold == "have" || toks[h].fold == "also" || toks[h].fold == "now" || strings.HasSuffix(toks[h].fold, "ly")) {
		h--
	}
	if !indefiniteBodyHeadsEN[toks[h].fold] || h > 5 {
		return nil
	}
	var mods []string
	for k := 1; k < h; k++ {
		t := toks[k]
		if t.text == "'" || t.text == "’" {
			continue // "patients' group"
		}
		if !t.word || d.mentionAt(s, k) != nil && !d.isPlace(t) {
			return nil
		}
		if t.cap && !d.isPlace(t) && !strings.HasSuffix(t.fold, "-based") {
			return nil
		}
		if f := trimPoss(strings.TrimSuffix(t.fold, "'")); !genericModifiersEN[f] && !t.cap && !strings.HasSuffix(f, "-based") && len(f) >= 4 {
			mods = append(mods, stem(f))
		}
	}
	typ := claimgraph.Agency
	var found *entity
	if len(mods) > 0 {
		for _, o := range d.ents {
			if o.dead || o.typ != typ || o.key == "@placeholder" || len(o.hits) == 0 || o.fromDesc {
				continue
			}
			words := strings.Fields(fold(o.name))
			for _, x := range o.descs {
				words = append(words, strings.Fields(x)...)
			}
			for _, a := range o.aliases {
				words = append(words, strings.Fields(fold(a))...)
			}
			match := false
			for _, w := range words {
				ws := stem(trimPoss(strings.TrimSuffix(w, "'")))
				for _, m := range mods {
					if ws == m {
						match = true
					}
				}
			}
			if !match || !civilBody(o) {
				continue
			}
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	if found == nil {
		// "A consumer group has accused X … The group, Fair Fares, said
		// …": the body that opens the next sentence.
		found = d.namedLater(s, typ, nil, nil)
		if found != nil && (found.hits[0].sent != s+1 || found.hits[0].tok > 4 || !civilBody(found) || d.sents[s+1].para != d.sents[s].para) {
			found = nil
		}
	}
	if found == nil {
		return nil
	}
	m := &mention{sent: s, t0: 0, t1: h + 1, kind: mDesc, typ: typ, name: d.spanText(s, 0, h+1), ent: found}
	return &part{m: m, e: found}
}

// civilBody reports a body named or described as a group, charity,
// union, association and the like: what an indefinite description of
// that kind can stand for ("A patients' group" is no "Environment
// Agency").
func civilBody(o *entity) bool {
	if indefiniteBodyHeadsEN[fold(lastWord(o.name))] || fold(lastWord(o.name)) == "trust" {
		return true
	}
	for _, x := range o.descs {
		if indefiniteBodyHeadsEN[x] || indefiniteBodyHeadsEN[lastWord(x)] {
			return true
		}
	}
	return false
}

// writerStaffEN are the people of a firm who write a report for it:
// "written by auditors at X", "prepared by lawyers from Y".
var writerStaffEN = set("auditors", "accountants", "analysts", "researchers", "lawyers", "investigators", "experts", "consultants", "economists", "engineers")

// conclusionNounsDE are what a body comes to: "kommt zu dem Schluss",
// "gelangte zum Ergebnis".
var conclusionNounsDE = set("schluss", "schluß", "ergebnis", "fazit", "befund")

// comeFormsDE are the forms of "kommen" and "gelangen" that carry a
// conclusion.
var comeFormsDE = set("kommt", "kam", "kamen", "kommen", "gekommen", "gelangt", "gelangte", "gelangten", "gelangen")

// conclusionFrameDE reads a German conclusion at c ("kommt der
// Rechnungshof zu dem Schluss, dass die Stadt Fördermittel zweckwidrig
// verwendet habe"): the subject of "kommen" — after the verb in inverted
// order, before it otherwise — accuses the subject of the "dass" clause
// of the misconduct the clause states. A conclusion that clears ("dass X
// keine Regeln verletzt habe") or names a victim (passive) is none.
func (d *doc) conclusionFrameDE(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	v := -1
	for k := c - 2; k >= 0 && k >= c-8; k-- {
		if comeFormsDE[toks[k].fold] {
			v = k
			break
		}
	}
	if v < 0 || c+2 >= len(toks) || toks[c+1].text != "," || toks[c+2].fold != "dass" {
		return
	}
	// The finder: the body between the verb and "zu", or the subject
	// that opens the clause before the verb.
	var finder *entity
	for _, p := range parts {
		if p.prep != "" || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || !party(p.e).isOrg() {
			continue
		}
		if p.m.t0 > v && p.m.t1 <= c-1 || p.m.t1 <= v && p.m.t1 >= v-1 {
			finder = party(p.e)
		}
	}
	if finder == nil {
		return
	}
	from := c + 3
	var subj *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 < from {
			continue
		}
		if p.prep != "" || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication || party(p.e) == finder || p.m.kind == mPron {
			return
		}
		// Articles, adjectives and descriptors only between "dass" and
		// the subject.
		for j := from; j < p.m.t0; j++ {
			if tj := toks[j]; !(articles[tj.fold] || d.isCompanyDescriptor(tj) || d.bodyDescriptor(tj) || lowerAdjDE(tj) || tj.word && !tj.cap && isAdjDE(tj)) {
				return
			}
		}
		subj = &parts[i]
		break
	}
	if subj == nil {
		return
	}
	end := stopAfter(toks, subj.m.t1)
	if !hasWrongdoing(toks, subj.m.t1, end) {
		return
	}
	relative := false
	for j := subj.m.t1; j < end; j++ {
		if j > subj.m.t1+1 && relativeStart(toks, j) {
			relative = true
		}
		if relative {
			break
		}
		switch toks[j].fold {
		case "nicht", "nie", "kein", "keine", "keinen", "niemals":
			if !omittedDuty(toks, j) && !attributiveNegDE(toks, j) {
				return
			}
		case "wurde", "wurden", "worden", "werden":
			return
		}
	}
	emit(finder, ents(d.coordinated(s, parts, []part{*subj})), "de.conclusion.found", 0.75, subj.m.t1)
}

// pointForms are the forms of "point" in "pointed the finger at X".
var pointForms = set("point", "points", "pointed", "pointing")

// dismissalsEN are passive participles of losing one's job.
var dismissalsEN = set("fired", "dismissed", "sacked", "terminated", "demoted", "ousted", "retaliated")

// dismissedSelf reads an English claim at c whose clause says its own
// speaker was dismissed ("alleges she was fired in March after …",
// "claims that he had been sacked"): ok reports the pattern, and the
// employer is the speaker's organisation, else the company most in view.
func (d *doc) dismissedSelf(s int, parts []part, subj *part, c int) (*entity, bool) {
	toks := d.sents[s].toks
	if subj == nil || subj.e.typ != claimgraph.Official {
		return nil, false
	}
	k := c + 1
	if k < len(toks) && toks[k].fold == "that" {
		k++
	}
	var self *part
	for i := range parts {
		if parts[i].m.t0 == k {
			self = &parts[i]
		}
	}
	if self == nil || self.e != subj.e {
		return nil, false
	}
	j := self.m.t1
	for j < len(toks) && j <= self.m.t1+2 && (passiveAux[toks[j].fold] || toks[j].fold == "had" || toks[j].fold == "has" || toks[j].fold == "been") {
		j++
	}
	if j == self.m.t1 || j >= len(toks) || !dismissalsEN[toks[j].fold] {
		return nil, false
	}
	if a := subj.e.affil; a != nil && a.isOrg() {
		return a, true
	}
	// "Maria Okonjo, a former nurse at Elmstead Care Homes, claims …":
	// the employer her apposition names.
	for _, p := range parts {
		if p.m.t0 > subj.m.t1 && p.m.t1 <= c && p.e.isOrg() && p.e.typ != claimgraph.Publication && (p.prep == "at" || p.prep == "of" || p.prep == "for") {
			return p.e, true
		}
	}
	return d.salient(s, len(toks), false, func(o *entity) bool { return o.typ == claimgraph.Company && o != subj.e }), true
}

// namedInPleading reads "X also names Y, who Z says/alleges …" at c: the
// party Y a pleading or a claimant names, whom the relative clause
// charges. The one who says it is the person after "who" ("who she
// alleges"), or the pleading's author ("who it says"); with "says" the
// sentence must be about a pleading (pleadingBefore), with "alleges" it
// is a charge by itself.
func (d *doc) namedInPleading(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	var accused *part
	for i := range parts {
		p := parts[i]
		if p.m.t0 > c && p.m.t0 <= c+8 && (p.e.typ == claimgraph.Official || p.e.isOrg() && p.e.typ != claimgraph.Publication) && p.prep == "" {
			accused = &parts[i]
			break
		}
	}
	if accused == nil {
		return
	}
	// The possessive of an appositive person ("the bank's chief
	// operating officer, Adrian Pelham,"): the person.
	for i := range parts {
		if p := parts[i]; p.m.t0 > accused.m.t1 && p.m.t0 <= accused.m.t1+6 && p.e.typ == claimgraph.Official && toks[p.m.t0-1].text == "," && accused.prep == "" &&
			(strings.HasSuffix(toks[accused.m.t1-1].text, "'s") || accused.m.t1 < len(toks) && toks[accused.m.t1].text == "'s") {
			accused = &parts[i]
			break
		}
	}
	w := accused.m.t1
	if w+3 >= len(toks) || toks[w].text != "," || toks[w+1].fold != "who" && toks[w+1].fold != "whom" {
		return
	}
	v := w + 3
	if !(allegeEN[toks[v].fold] || toks[v].fold == "says" || toks[v].fold == "said") {
		return
	}
	// ("The claim also names …": a claim brought before a tribunal is
	// a pleading where it names parties.)
	claimNames := c >= 2 && (toks[c-1].fold == "claim" || toks[c-1].fold == "also" && toks[c-2].fold == "claim")
	if !allegeEN[toks[v].fold] && !d.pleadingBefore(s, c) && !claimNames {
		return
	}
	var accuser *entity
	if m := d.mentionAt(s, w+2); m != nil && m.ent != nil {
		accuser = d.docAuthorOr(m.ent, s)
	}
	if accuser == nil {
		if subj := d.subjectEN(parts, c); subj != nil {
			accuser = d.docAuthorOr(subj.e, s)
		}
	}
	if accuser == nil {
		accuser = d.caseBringer(s, accused.e)
	}
	if accuser == nil || party(accuser) == party(accused.e) && accused.e.typ != claimgraph.Official {
		return
	}
	// "who it says was not involved": a clause that clears.
	for j := v + 1; j < len(toks) && j <= v+3; j++ {
		if f := toks[j].fold; f == "not" || f == "never" || f == "no" {
			return
		}
	}
	emit(accuser, []*entity{accused.e}, "en.names.pleading", 0.7, v+1)
}

// paraOpensOnDoc reports whether sentence s opens its paragraph and cites
// a document as its source ("Wie aus einem Prüfbericht hervorgeht, …").
func (d *doc) paraOpensOnDoc(s int) bool {
	if s == 0 || d.sents[s-1].para == d.sents[s].para {
		return false
	}
	for _, at := range d.attributions {
		if at.sent == s {
			return true
		}
	}
	return false
}

// bareOrganSubjectsEN are the organs that, standing alone as a subject,
// speak for the body that runs them ("Management", "the board").
var bareOrganSubjectsEN = set("management", "board", "leadership", "bosses", "executives")

// bareOrganOpensEN reports a sentence whose subject before the cue at c
// is a bare organ: "Management in turn accused …", "The board has also
// accused …". Only an article, auxiliaries and adverbs may stand around
// it, so "the board of Halden Foods" or "the club's board" (which name
// their body) do not count.
func bareOrganOpensEN(toks []token, c int) bool {
	k := 0
	if k < c && (toks[k].fold == "the" || toks[k].fold == "its") {
		k++
	}
	if k >= c || !bareOrganSubjectsEN[toks[k].fold] {
		return false
	}
	for j := k + 1; j < c; j++ {
		f := toks[j].fold
		if !(f == "in" || f == "turn" || f == "also" || f == "has" || f == "have" || f == "had" || f == "then" || f == "now" || f == "," || strings.HasSuffix(f, "ly") && !toks[j].cap) {
			return false
		}
	}
	return true
}

// organOwner returns the body whose bare organ ("management", "the
// board") the sentence s speaks of: the company or agency most in view
// before the cue at c, never the side against (a publication or document
// runs no such organ).
func (d *doc) organOwner(s, c int, against *entity) *entity {
	return d.salient(s, c, false, func(o *entity) bool {
		return (o.typ == claimgraph.Company || o.typ == claimgraph.Agency) && o != against && !o.politicalParty()
	})
}

// bareOrganBody returns the body a bare organ object ("accused
// management of …") stands for: the nearest company or agency the
// sentence names before the cue, else after it, else the one the text
// is about; the accuser's own side is never it.
func (d *doc) bareOrganBody(s int, parts []part, c int, subj *part) *part {
	var own *entity
	if subj != nil {
		own = party(subj.e)
	}
	fits := func(p part) bool {
		return (p.e.typ == claimgraph.Company || p.e.typ == claimgraph.Agency) && p.e != own && party(p.e) != own && p.m.kind != mPron && !p.e.politicalParty()
	}
	for j := len(parts) - 1; j >= 0; j-- {
		if p := parts[j]; p.m.t0 < c && fits(p) {
			return &p
		}
	}
	// After the cue only a workplace counts ("at Kelbrook's depots",
	// "homes run by Harwell Care"); another object of the complement
	// ("of misleading the regulator") is not the organ's body.
	toks := d.sents[s].toks
	for _, p := range parts {
		if p.m.t0 > c && fits(p) && (p.prep == "at" || p.prep == "by" && p.m.t0 >= 2 && runByVerbsEN[toks[p.m.t0-2].fold]) {
			return &p
		}
	}
	if own == nil {
		return nil
	}
	if e := d.organOwner(s, c, own); e != nil {
		return &part{e: e, m: &mention{sent: s, t0: c + 1, t1: c + 2, kind: mDesc}}
	}
	return nil
}

// runByVerbsEN tie a workplace to the body that runs it: "homes run by X".
var runByVerbsEN = set("run", "owned", "operated", "managed")

// premodStaffEN are the people of a body a premodifier can name it by:
// "city officials", "company executives", "hospital managers".
var premodStaffEN = set("officials", "executives", "managers", "bosses", "leaders", "administrators", "chiefs", "management", "leadership")

// premodStaffOpensEN returns the premodifier of a sentence whose subject
// before the cue at c is staff named by a body word: "City officials
// accused …", "Hospital managers have in turn accused …".
func premodStaffOpensEN(toks []token, c int) string {
	if c < 2 || !toks[0].word || !premodStaffEN[toks[1].fold] || functionWords[toks[0].fold] {
		return ""
	}
	for j := 2; j < c; j++ {
		f := toks[j].fold
		if !(f == "in" || f == "turn" || f == "also" || f == "has" || f == "have" || f == "had" || f == "then" || f == "now" || f == "," || strings.HasSuffix(f, "ly") && !toks[j].cap) {
			return ""
		}
	}
	return toks[0].fold
}

// premodBody returns the one company or agency named before or in
// sentence s whose name, aliases or descriptions hold the word w as a
// word of their own ("city" in "the city of Port Alden"), other than
// own; none if two fit.
func (d *doc) premodBody(s int, w string, own *entity) *entity {
	if len(w) < 4 {
		return nil
	}
	var found *entity
	for _, o := range d.ents {
		if o.dead || o == own || len(o.hits) == 0 || o.hits[0].sent > s || !(o.typ == claimgraph.Company || o.typ == claimgraph.Agency) {
			continue
		}
		hit := false
		for _, x := range strings.Fields(fold(o.name + " " + strings.Join(o.aliases, " ") + " " + strings.Join(o.descs, " "))) {
			if x == w {
				hit = true
				break
			}
		}
		if hit {
			if found != nil {
				return nil
			}
			found = o
		}
	}
	return found
}

// organPronounDE reads a pronoun subject that takes up the organ opening
// the sentence before: "Die Geschäftsführung wies das zurück. Sie warf
// der Gewerkschaft ihrerseits vor, …", "Der Vorstand … Er hält dem
// Betriebsrat vor, …". The organ speaks for the body behind it (see
// organDenier); the pronoun must agree with the organ's article and
// stand first or right after the finite cue verb.
func (d *doc) organPronounDE(s, c int) *part {
	if d.lang != "de" || s == 0 || d.sents[s-1].para != d.sents[s].para {
		return nil
	}
	toks := d.sents[s].toks
	k := -1
	switch {
	case len(toks) > 0 && (toks[0].fold == "sie" || toks[0].fold == "er"):
		k = 0
	case c+1 < len(toks) && !toks[c].cap && (toks[c+1].fold == "sie" || toks[c+1].fold == "er"):
		k = c + 1
	}
	if k < 0 || d.mentionAt(s, k) != nil {
		return nil
	}
	prev := d.sents[s-1].toks
	if len(prev) < 3 || !prev[1].cap || !organWordDE(prev[1].fold) || lawyerOrganDE(prev[1].fold) || prev[1].fold == "verteidigung" {
		return nil
	}
	if !(toks[k].fold == "sie" && prev[0].fold == "die" || toks[k].fold == "er" && prev[0].fold == "der") {
		return nil
	}
	// "Der Vorstand des Unternehmens weist das zurück. Er …": the owner
	// the genitive names.
	var e *entity
	if m := d.mentionAt(s-1, 3); m != nil && m.t0 <= 3 && m.ent != nil && (prev[2].fold == "des" || prev[2].fold == "der") {
		e = m.ent
	} else if d.mentionAt(s-1, 2) == nil && d.mentionAt(s-1, 3) == nil {
		e = d.organDenier(s-1, len(prev), d.participants(s-1, true))
	}
	if e == nil || !e.isOrg() {
		return nil
	}
	return &part{e: e, m: &mention{sent: s, t0: k, t1: k + 1, kind: mPron, typ: e.typ, ent: e}}
}

// negatedOrSufferedDE reports a reported clause [c+1, end) that is negated
// or tells a loss its subject suffered ("soll nichts gewusst haben", "soll
// einen Schaden erlitten haben"): it charges its subject with nothing.
func negatedOrSufferedDE(toks []token, c, end int) bool {
	for k := c + 1; k < end && k < len(toks); k++ {
		switch toks[k].fold {
		case "nicht", "nie", "nichts", "kein", "keine", "keinen", "keinerlei", "niemals", "weder":
			return true
		}
	}
	return sufferedDE(toks, c, end)
}

// sufferedDE reports a clause [c+1, end) that tells a loss or harm its
// subject suffered ("soll einen Schaden erlitten haben").
func sufferedDE(toks []token, c, end int) bool {
	for k := c + 1; k < end && k < len(toks); k++ {
		switch f := toks[k].fold; f {
		case "opfer", "geschaedigt", "betroffen", "erlitten":
			return true
		default:
			if strings.HasPrefix(f, "schaden") || strings.HasPrefix(f, "verlust") {
				return true
			}
		}
	}
	return false
}

// reportedDeedDE reports a "soll … haben" clause [c+1, end) that tells a
// deed of its subject in the reportative perfect: the modal itself marks
// the claim as another's, and news uses the form for what a party is
// charged with ("soll beim Kauf 78 Millionen Euro zu viel bezahlt haben").
// A deed of ordinary business (see neutralDeeds), a loss suffered, a
// passive or a state ("soll im Urlaub gewesen sein") is no charge.
func reportedDeedDE(toks []token, c, end int) bool {
	end = min(end, len(toks))
	perfect := false
	for k := c + 1; k < end; k++ {
		f := toks[k].fold
		switch f {
		case "haben", "habe", "hatten":
			perfect = true
		case "sein", "worden", "werden", "gewesen":
			return false
		}
		if toks[k].word && neutralDeed(f) {
			return false
		}
	}
	return perfect && !negatedOrSufferedDE(toks, c, end)
}

// claimContext reports a sentence that names its source, or follows a
// claim, a cited source, a stance phrase ("Nach Darstellung der
// Gewerkschaft") or a charge brought within three sentences before it in
// its paragraph (two across a paragraph break): there a reportative "soll
// … haben" goes on with what that source says. A "soll" clause out of the
// blue ("Die Stadt hat zwei Firmen beauftragt. Die beiden sollen sich
// abgestimmt haben") is news, not a claim.
func (d *doc) claimContext(s int) bool {
	if d.citesSource(s) {
		return true
	}
	for o := s - 1; o >= 0 && o >= s-3; o-- {
		// (Past the paragraph's start only the two sentences before.)
		if d.sents[o].para != d.sents[s].para && o < s-2 {
			break
		}
		if d.hasAttribution(o) || d.citesSource(o) || d.caseWord(o) >= 0 && d.caseBringer(o, nil) != nil {
			return true
		}
		if _, stance := d.stanceHolder(o); stance {
			return true
		}
		for _, a := range d.accs {
			if a.sent == o {
				return true
			}
		}
	}
	return false
}

// allegedlyFrame reads "X allegedly …" at c (and "X is said to have …"):
// what a cited source alleges is a charge against the party before the
// cue, whatever the act's words; the accuser is an outlet whose report
// the clause is, or the source the text has named.
func (d *doc) allegedlyFrame(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	var accused *part
	for k := range parts {
		if parts[k].m.t1 <= c && parts[k].prep == "" && parts[k].e.typ != claimgraph.Document {
			accused = &parts[k]
		}
		// "that Ormonde's relationship managers allegedly helped
		// …": the staff a possessive names act for their firm.
		if p := parts[k]; p.prep == "poss" && p.e.isOrg() && p.e.typ != claimgraph.Document && p.m.t1 < c && c-p.m.t1 <= 4 {
			staff := true
			for j := p.m.t1; j < c; j++ {
				if tf := toks[j].fold; toks[j].text != "'s" && toks[j].text != "’s" && (!toks[j].word || toks[j].cap || functionWords[tf] || isVerbLike(tf)) {
					staff = false
				}
			}
			if staff {
				accused = &parts[k]
			}
		}
	}
	if accused == nil {
		return
	}
	// "the Western Herald reported that Brackenfield's traders
	// allegedly …": the outlet whose report the clause is says it.
	var outlet *entity
	for _, p := range parts {
		if p.e.typ == claimgraph.Publication && p.prep == "" && p.m.t1 < accused.m.t0 && p.m.t1+1 < len(toks) && reportVerbsOutlet[toks[p.m.t1].fold] {
			if th := thatAfter(toks, p.m.t1); th > 0 && th < accused.m.t0 {
				outlet = p.e
			}
		}
	}
	if outlet != nil && party(outlet) != party(accused.e) {
		emit(outlet, []*entity{accused.e}, "en.allegedly.reported", 0.65, c+1)
		return
	}
	if accuser := d.implicitAccuser(s, parts, []part{*accused}); accuser != nil {
		emit(accuser, []*entity{accused.e}, "en.allegedly.reported", 0.65, c+1)
	}
}

// saidToHaveEN reports the reportative passive at c: "is said to have",
// "were reported to have", "is believed to have".
func saidToHaveEN(toks []token, c int) bool {
	if c < 1 || c+3 >= len(toks) || toks[c+1].fold != "to" || toks[c+2].fold != "have" {
		return false
	}
	// A perfect: "to have paid", "to have hidden"; not "to have 4,000
	// staff", nor the passive "to have been attacked" (a victim).
	if p := toks[c+3]; !p.word || p.cap || p.fold == "been" || !(strings.HasSuffix(p.fold, "ed") || strings.HasSuffix(p.fold, "en") || irregularPastEN[p.fold] || p.fold == "made" || p.fold == "sent" || p.fold == "told") {
		return false
	}
	switch toks[c-1].fold {
	case "is", "are", "was", "were":
	default:
		return false
	}
	switch toks[c].fold {
	case "said", "reported", "believed", "understood", "thought":
		return true
	}
	return false
}

// relSayVerbsEN are the verbs by which the speaker inside a relative
// clause states what it holds of the antecedent ("which it says …",
// "who the regulator alleges …").
var relSayVerbsEN = set("says", "said", "alleges", "alleged", "claims", "claimed", "believes", "believed", "suspects", "suspected", "contends", "contended", "maintains", "maintained")

// relativeSaysEN reads a relative clause at w (the pronoun after a
// comma) in which a speaker of its own charges the antecedent named right
// before the comma: "The department also designated Sahand Trading, which
// it described as a front for …", "The audit singles out the treasurer,
// X, who it says approved payments without documents", "X, who the CAA
// alleges falsified records". A name after the pronoun is the speaker; a
// personal pronoun ("it", "they", "he", "she") is the main clause's
// subject where it agrees with it (a body or its paper for "it" and
// "they", a person for "he" and "she"). What is said must be a wrong,
// and not negated ("who it says was not involved" clears).
func (d *doc) relativeSaysEN(s int, parts []part, w int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	var acc *part
	for i := range parts {
		if p := parts[i]; p.m.t1 == w-1 && p.prep == "" && p.m.kind != mPron && (p.e.typ == claimgraph.Official || p.e.isOrg()) {
			acc = &parts[i]
		}
	}
	if acc == nil {
		return
	}
	j := w + 1
	var speaker *entity
	switch pr := toks[j].fold; pr {
	case "it", "they", "he", "she", "allegedly":
		subj := d.mainSubjectBeforeEN(s, parts, acc)
		if subj == nil {
			return
		}
		e := subj.e
		person := e.typ == claimgraph.Official
		if (pr == "he" || pr == "she") != person {
			return
		}
		// "The letter singles out X, who allegedly approved …": a
		// paper or party that points at someone answers for the
		// "allegedly" of the clause on him (whoever else "allegedly"
		// may quote).
		if pr == "allegedly" && !d.namingVerbBefore(toks, subj.m.t1, acc.m.t0) {
			return
		}
		speaker = d.docAuthorOr(e, s)
		if pr != "allegedly" {
			j++
		}
	default:
		m := d.mentionAt(s, j)
		if m == nil && articles[toks[j].fold] {
			m = d.mentionAt(s, j+1)
		}
		if m == nil || m.ent == nil || m.t0 > j+1 || m.kind == mPron || !(m.ent.isOrg() || m.ent.typ == claimgraph.Official || m.ent.typ == claimgraph.Document) {
			return
		}
		speaker = d.docAuthorOr(m.ent, s)
		j = m.t1
	}
	if speaker == nil || speaker.typ == claimgraph.Document || party(speaker) == party(acc.e) || speaker == acc.e {
		return
	}
	// ("which it also says", "who it repeatedly claimed")
	if j < len(toks) && (toks[j].fold == "also" || strings.HasSuffix(toks[j].fold, "ly") && !toks[j].cap && toks[j].fold != "allegedly") {
		j++
	}
	if j+1 >= len(toks) {
		return
	}
	v := toks[j].fold
	// The clause runs to a semicolon, a quotation or a comma that
	// coordinates ("…, and two tanker operators").
	end := len(toks)
	for k := j + 1; k < len(toks); k++ {
		if clauseStop(toks[k]) || toks[k].text == "," && k+1 < len(toks) && (toks[k+1].fold == "and" || toks[k+1].fold == "but" || toks[k+1].fold == "while") {
			end = k
			break
		}
	}
	from := j + 1
	switch {
	// "who allegedly approved …": the deed follows the adverb, which
	// tells it as a charge (as the allegedly frame reads it).
	case v == "allegedly":
		if relPassiveEN(toks, from, end) || !reportedWrongdoing(toks, j, end) {
			return
		}
	case relSayVerbsEN[v]:
		if from < end && toks[from].fold == "that" {
			from++
		}
		// "papers from its supplier, X, which the inspectorate says
		// were backdated": a passive tells what was done to the
		// antecedent, not what it did.
		if relPassiveEN(toks, from, end) || !reportedWrongdoing(toks, from, end) {
			return
		}
	// "which it described as a front for …": what it is called.
	case (v == "described" || v == "describes") && toks[j+1].fold == "as":
		from = j + 2
		if !hasWrongdoing(toks, from, end) {
			return
		}
	default:
		return
	}
	for k := from; k < end && k <= from+4; k++ {
		if f := toks[k].fold; (f == "not" || f == "never" || f == "no" || f == "wasn't" || f == "hadn't" || f == "didn't") && !omittedDuty(toks, k) && !negatedDeedEN(toks, k) {
			return
		}
	}
	emit(speaker, []*entity{acc.e}, "en.relative.says", 0.7, from)
}

// relPassiveEN: the clause at v opens with a passive ("were backdated",
// "had been paid", "was repeatedly warned"), not a copula ("was a front
// for …") or a progressive ("was laundering money").
func relPassiveEN(toks []token, v, end int) bool {
	j, aux := v, false
	for j < end && (passiveAux[toks[j].fold] || toks[j].fold == "had" || toks[j].fold == "has" || toks[j].fold == "have" || toks[j].fold == "also" || strings.HasSuffix(toks[j].fold, "ly") && !toks[j].cap) {
		aux = aux || passiveAux[toks[j].fold]
		j++
	}
	if !aux || j >= end || !toks[j].word || toks[j].cap {
		return false
	}
	f := toks[j].fold
	return strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "en") && len(f) > 4 || irregularPastEN[f]
}

// participleObjectEN returns the one object of the main clause before
// the participle at c that agrees with the pronoun pr opening the
// participle's clause ("he", "she": a person; "it": a body), or nil
// where none or several do. The speaker's own side is none.
func (d *doc) participleObjectEN(s int, parts []part, c int, pr string, speaker *entity) *part {
	var out *part
	for _, o := range d.mainObjects(s, parts, c) {
		if o.m.kind == mPron || party(o.e) == party(speaker) || o.e.typ == claimgraph.Publication && pr != "it" {
			continue
		}
		person := o.e.typ == claimgraph.Official
		if (pr == "he" || pr == "she") && !person || pr == "it" && !o.e.isOrg() || pr != "he" && pr != "she" && pr != "it" {
			continue
		}
		if out != nil {
			return nil
		}
		q := o
		out = &q
	}
	return out
}

// mainSubjectBeforeEN returns the subject of the main clause whose
// object is acc: the first party of the sentence, with no clause of
// speech between it and acc ("Reuters reported that the FCA named X,
// which it …" has another), and no pronoun.
func (d *doc) mainSubjectBeforeEN(s int, parts []part, acc *part) *part {
	toks := d.sents[s].toks
	var subj *part
	for i := range parts {
		if p := parts[i]; p.prep == "" && p.m.t1 <= acc.m.t0 {
			subj = &parts[i]
			break
		}
	}
	if subj == nil || subj.e == acc.e || subj.m.kind == mPron {
		return nil
	}
	for k := subj.m.t1; k < acc.m.t0; k++ {
		if f := toks[k].fold; f == "that" || speechVerbs[f] || toks[k].quote || toks[k].text == ";" {
			return nil
		}
	}
	return subj
}

// namingVerbsEN point a paper's or a party's finger at someone: "The
// letter names X", "singles out X", "identifies X as …".
var namingVerbsEN = set("names", "named", "singles", "singled", "identifies", "identified", "lists", "listed", "cites", "cited", "targets", "targeted")

// namingVerbBefore reports a verb of naming between tokens a and b.
func (d *doc) namingVerbBefore(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if namingVerbsEN[toks[k].fold] && !toks[k].cap {
			return true
		}
	}
	return false
}

// namedAsEN reads "<subject> names X as the <role> who <deed>" at c
// ("as"): a paper or party that names X in a role whose relative clause
// states a wrong accuses X of it.
func (d *doc) namedAsEN(s int, parts []part, c int, emit func(*entity, []*entity, string, float64, int)) {
	toks := d.sents[s].toks
	var acc *part
	for i := range parts {
		if p := parts[i]; (p.m.t1 == c || p.m.t1 == c-1 && toks[c-1].text == ",") && p.prep == "" && p.m.kind != mPron && (p.e.typ == claimgraph.Official || p.e.isOrg()) {
			acc = &parts[i]
		}
	}
	if acc == nil {
		return
	}
	subj := d.mainSubjectBeforeEN(s, parts, acc)
	if subj == nil || !d.namingVerbBefore(toks, subj.m.t1, acc.m.t0) {
		return
	}
	// The role: an article and a few plain words, then the relative
	// pronoun.
	w := -1
	for j := c + 1; j < len(toks) && j <= c+6; j++ {
		if f := toks[j].fold; f == "who" || f == "that" || f == "which" {
			w = j
			break
		}
		if !toks[j].word || toks[j].quote || d.mentionAt(s, j) != nil && d.mentionAt(s, j).kind != mAnon {
			return
		}
	}
	if w < 0 {
		return
	}
	end := len(toks)
	for k := w + 1; k < len(toks); k++ {
		if clauseStop(toks[k]) || toks[k].text == "," {
			end = k
			break
		}
	}
	from := w + 1
	if relPassiveEN(toks, from, end) || !reportedWrongdoing(toks, from, end) {
		return
	}
	for k := from; k < end && k <= from+4; k++ {
		if f := toks[k].fold; (f == "not" || f == "never" || f == "no") && !omittedDuty(toks, k) && !negatedDeedEN(toks, k) {
			return
		}
	}
	by := d.docAuthorOr(subj.e, s)
	if by == nil || by.typ == claimgraph.Document || party(by) == party(acc.e) {
		return
	}
	emit(by, []*entity{acc.e}, "en.names.as", 0.7, from)
}

// relTimeWordsEN may stand between a relative pronoun and its verb:
// "which last month accused", "who on Tuesday accused", "which has
// long accused", "who earlier this year accused".
var relTimeWordsEN = set("last", "this", "next", "week", "month", "year", "on", "in", "earlier", "later", "also", "has", "had", "have", "long", "already",
	"previously", "recently", "yesterday", "itself", "herself", "himself", "then", "now", "repeatedly", "publicly", "first")

// relPronounBeforeEN returns the index of "which" or "who" after a comma
// that a short phrase of time or an adverb separates from the verb at
// c ("…, which last month accused …"), or -1.
func relPronounBeforeEN(toks []token, c int) int {
	for w := c - 2; w >= 1 && w >= c-5; w-- {
		if f := toks[w].fold; f == "which" || f == "who" {
			if toks[w-1].text != "," {
				return -1
			}
			return w
		}
		t := toks[w]
		if !(relTimeWordsEN[t.fold] || t.num || t.cap && (months[t.fold] || weekdays[t.fold])) {
			return -1
		}
	}
	return -1
}

// descModifierEN reports a modifier of a description opening at j: a
// relative pronoun ("the company that runs the depot") or a participle
// with its preposition ("a firm owned by …", "a supplier based in …",
// "the contractor run by …"). It returns the token after the opener, or
// 0.
func descModifierEN(toks []token, j int) int {
	if j+1 >= len(toks) || !toks[j].word || toks[j].cap {
		return 0
	}
	f := toks[j].fold
	if f == "that" || f == "which" || f == "who" {
		if n := toks[j+1]; n.word && !n.cap && looksFiniteEN(n) || strings.HasSuffix(n.fold, "s") && !functionWords[n.fold] {
			return j + 1
		}
		return 0
	}
	if (strings.HasSuffix(f, "ed") || f == "run" || f == "led" || f == "set" || f == "held" || f == "built") && (toks[j+1].fold == "by" || toks[j+1].fold == "in" || toks[j+1].fold == "up") {
		return j + 2
	}
	return 0
}

// ownApostropheS reports an English mention whose closing "'s" is part of
// the name itself ("St Ronan's University Hospital", "Moody's") and that
// a verb with its object follows, so that it is the subject, not a
// possessive: "St Ronan's rejected the union's claim", "Moody's said
// that …" (not "Macy's proposed plan").
func (d *doc) ownApostropheS(s int, m *mention) bool {
	toks := d.sents[s].toks
	if m.ent == nil || m.t1 > len(toks) || m.t1+1 >= len(toks) {
		return false
	}
	last := toks[m.t1-1].text
	if !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") {
		return false
	}
	inName := false
	for _, n := range append([]string{m.ent.name}, m.ent.aliases...) {
		n = strings.ReplaceAll(n, "’", "'")
		inName = inName || strings.Contains(n, strings.ReplaceAll(last, "’", "'"))
	}
	if !inName {
		return false
	}
	v, next := toks[m.t1], toks[m.t1+1].fold
	// "accused the bakery chain Pettigrew's of selling …": no
	// possessed noun stands before "of".
	if v.fold == "of" {
		return true
	}
	if v.cap || !v.word {
		return false
	}
	verb := speechVerbs[v.fold] || strings.HasSuffix(v.fold, "ed") || v.fold == "has" || v.fold == "had" || v.fold == "is" || v.fold == "was"
	return verb && (articles[next] || possessives[next] || next == "that")
}
