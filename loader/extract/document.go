package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// docHead returns the document noun a token is ("klageschrift",
// "complaint"), or "".
func (d *doc) docHead(t token) string {
	f := trimPoss(t.fold)

	if i := strings.LastIndex(f, "-"); i > 0 && d.lang == "en" && documentHeadsEN[f[i+1:]] {
		return f[i+1:] // "cross-complaint", "counter-claim"
	}
	if documentHeadsEN[f] || strings.HasSuffix(f, "s") && documentHeadsEN[f[:len(f)-1]] {
		if d.lang == "en" || !t.cap {
			return f
		}
	}
	if d.lang == "de" && t.cap {
		if h := hasSuffixInflected(f, documentHeadsDE); h != "" {
			// "Beschwerden" are grievances; "eine Beschwerde" is filed.
			if h == "beschwerde" && strings.HasSuffix(f, "beschwerden") {
				return ""
			}
			// ("Jahresbericht" stays: a court of audit's annual report
			// carries its findings.)
			for _, m := range []string{"medien", "zeitungs", "presse", "fernseh", "geschaefts", "quartals", "lage"} {
				if strings.HasPrefix(f, m) && m != "lage" {
					return ""
				}
			}
			return h
		}
		// "In einem Eilantrag beim Arbeitsgericht wirft X der Y vor":
		// a motion to a court or review body is a pleading. Other
		// requests ("Kronzeugenantrag", "Bauantrag", "Insolvenzantrag")
		// ask for something and carry no claim.
		if pleadingMotionsDE[f] {
			return "antrag"
		}
	}
	return ""
}

// pleadingMotionsDE are the forms of German motions that plead a case
// against someone.
var pleadingMotionsDE = set("antrag", "antrags", "antrage", "eilantrag", "eilantrags", "eilantrage", "nachpruefungsantrag", "nachpruefungsantrags",
	"strafantrag", "strafantrags", "verbotsantrag", "verbotsantrags")

// indefiniteDE are the German indefinite articles.
var indefiniteDE = set("ein", "eine", "einen", "einem", "einer", "eines")

// mediaDocs carry a speaker's own statement ("said in an email").
var mediaDocs = set("email", "emails", "e-mail", "e-mails", "mail", "message", "post", "tweet")

// docDeterminers stand before a document noun without naming it.
var docDeterminers = set("same", "new", "latest", "earlier", "previous", "separate", "several", "many", "some", "numerous", "two", "three",
	"first", "second", "original", "own", "recent", "parallel", "initial", "further", "other", "such", "more", "multiple", "dozens")

// genericDocs are document words that refer back to the last document
// rather than introduce one ("das Papier", "the document").
var genericDocs = set("papier", "dokument", "document", "paper", "papers", "unterlagen", "documents", "file")

// heapDocs are papers in a heap; heapCitePreps cite a source with a
// preposition.
var heapDocs = set("unterlagen", "documents", "papers", "files", "dokumente", "dokumenten")
var heapCitePreps = set("laut", "nach", "gemäß", "gemaess", "aus", "in", "citing", "from", "on")

// attributionBefore are words before a document that make it the source
// of what the sentence says.
var attributionBefore = set("laut", "according", "citing", "berufung", "nach", "with", "gemäß", "gemaess", "per")

var attributionAfter = set("says", "said", "alleges", "alleged", "states", "stated", "claims", "claimed", "shows", "showed",
	"found", "finds", "concluded", "concludes", "accuses", "accused", "zufolge", "seen", "shown", "obtained", "reviewed",
	"details", "detailed", "describes", "described", "charges", "argues", "asserts", "cites", "faults", "faulted", "hervor", "heißt", "heisst",
	"alleging", "accusing", "claiming", "charging", "saying", "wirft", "warf", "beschuldigt", "bezichtigt",
	// "The complaints also accuse Meridian of …": documents in the
	// plural say things in the verb's plural.
	"accuse", "allege", "say", "claim", "show", "conclude", "describe", "detail", "werfen")

var inAttribution = set("heisst", "heißt", "enthalten", "steht", "filed", "eingereicht", "erhebt", "erhob", "erhoben", "erheben", "zugestellt", "ergebnis", "unsealed", "vorliegt", "vorliegen",
	"vorlag", "gezeigt", "claims", "alleges", "alleged", "says", "said", "accuses", "accused", "accusing", "alleging", "bezichtigt", "beschuldigt",
	"wirft", "vorgeworfen", "flagged", "allege", "argues", "seen", "obtained", "submitted", "sent", "fordert", "verlangt",
	"mitgeteilt", "dargelegt", "uebermittelt",
	// "The allegations are contained in a memo that was shown to the FT":
	// where a claim is written down.
	"contained", "shown", "outlined", "detailed", "described",
	// "…, schreiben die Tester in ihrem Bericht": what a paper says in writing.
	"schreiben", "schreibt", "schrieb", "schrieben", "writes", "wrote",
	// "In a ruling dated April 30, the agency found that …": what a
	// body's decision establishes.
	"found", "concluded", "determined", "ruled")

// documentPass finds documents cited as the source of a claim: "laut dem
// Memorandum", "in einer Schadensersatzklage", "according to a criminal
// complaint", "the letter alleges". Later mentions of a known document
// ("die Klage", "das Papier") are linked to it.
// falsityWords call a paper false: it is then what a party is accused of
// making, not the source of a claim.
var falsityWords = set("false", "fake", "forged", "fraudulent", "bogus", "fictitious", "falsified", "backdated", "doctored", "misleading",
	"falsche", "falschen", "falscher", "falsches", "gefälschte", "gefälschten", "gefälschter", "gefaelschte", "gefaelschten", "gefaelschter",
	"fingierte", "fingierten", "gefälschtes", "gefaelschtes", "geschönte", "geschönten", "geschoente", "geschoenten", "rückdatierte", "rückdatierten", "rueckdatierte", "rueckdatierten")

// letterHeadsDE are German letters, named with whom they are written to.
var letterHeadsDE = set("schreiben", "brief", "rundschreiben", "rundbrief", "mail", "e-mail")

// namedAt reports a name (not a description such as "die Kunden") at
// token i of sentence s.
func (d *doc) namedAt(s, i int) bool {
	m := d.mentionAt(s, i)
	return m != nil && m.kind != mDesc && m.kind != mPron
}

// letterGroupDE reports a plural noun for a group of people a letter is
// written to ("Kunden", "Aktionäre", "Mitglieder", "Mieter"), not a
// feminine body after "an die" ("Behörde", "Kommission", "Stadtverwaltung").
func letterGroupDE(t token) bool {
	f := t.fold
	if !pluralNounShapeDE(t) {
		return false
	}
	for _, suf := range []string{"ung", "ion", "heit", "keit", "schaft", "behoerde", "behörde", "kammer", "kasse", "stelle", "agentur", "zentrale", "aufsicht", "börse", "boerse"} {
		if strings.HasSuffix(f, suf) {
			return false
		}
	}
	return true
}

// claimFiledEN, claimCourtsEN and claimSeenEN make "claim" a pleading:
// "a claim filed at the High Court", "an employment tribunal claim seen
// by the Ledger".
var claimFiledEN = set("filed", "submitted", "lodged", "brought")
var claimCourtsEN = set("tribunal", "court")
var claimSeenEN = set("seen", "obtained", "reviewed", "filed", "submitted", "lodged")

// citedInDocsEN are English nouns of papers that carry a claim only
// where the text cites them ("In an application filed with the court",
// "In its resolution"): elsewhere they are requests, software or
// remarks.
var citedInDocsEN = set("application", "resolution", "note", "motion", "advisory")

// queryCitedDE reports a member's question at token i (after its
// adjective) that the sentence cites as a paper: "In einer Kleinen
// Anfrage wirft …", "laut der parlamentarischen Anfrage", or one
// addressed to a body ("eine Kleine Anfrage an die Landesregierung
// gerichtet, in der er …"); "nach einer parlamentarischen Anfrage
// herausgegeben" names when, not what says it.
func queryCitedDE(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].fold == "an" {
		return true
	}
	k := i - 2
	if k >= 0 && (articles[toks[k].fold] || possessives[toks[k].fold]) {
		k--
	}
	return k >= 0 && (toks[k].fold == "in" || toks[k].fold == "laut" || toks[k].fold == "gemaess" || toks[k].fold == "gemäß")
}

// parliamentaryQueryAdjDE make an "Anfrage" a member's written question
// to a government ("Kleine Anfrage", "parlamentarische Anfrage").
var parliamentaryQueryAdjDE = set("kleine", "kleinen", "große", "grosse", "großen", "grossen", "parlamentarische", "parlamentarischen", "schriftliche", "schriftlichen")

// citedIn reports "in" and a determiner (and at most one adjective)
// before token i: "In an application", "in its final resolution".
func citedIn(toks []token, i int) bool {
	k := i - 1
	if k >= 1 && toks[k].word && !toks[k].cap && !articles[toks[k].fold] && !possessives[toks[k].fold] && !functionWords[toks[k].fold] {
		k--
	}
	if k < 1 || !(articles[toks[k].fold] || possessives[toks[k].fold] || toks[k].fold == "its" || toks[k].fold == "their") {
		return false
	}
	return toks[k-1].fold == "in"
}

// addresseeEnd returns where "to" and whom a paper is written to end
// ("to suppliers", "to the tribunal", "to the broadcaster's chief
// executive") when token j opens them, or 0.
func (d *doc) addresseeEnd(s, j int) int {
	toks := d.sents[s].toks
	if j+1 >= len(toks) || toks[j].fold != "to" {
		return 0
	}
	k := j + 1
	if articles[toks[k].fold] || possessives[toks[k].fold] {
		k++
	}
	if m := d.mentionAt(s, k); m != nil && m.t0 == k && m.ent != nil && m.kind != mPron {
		return m.t1
	}
	end := 0
	for ; k < len(toks) && k <= j+6; k++ {
		t := toks[k]
		if !t.word || t.num || functionWords[t.fold] || isVerbLike(t.fold) || months[t.fold] || weekdays[t.fold] || t.fold == "last" || t.fold == "this" || t.fold == "seen" {
			break
		}
		end = k + 1
	}
	return end
}

// docContainersDE are forms of a paper that a document is cited in: its
// draft, copy, excerpt or version ("Entwurf eines Prüfberichts").
var docContainersDE = set("entwurf", "entwurfs", "kopie", "auszug", "auszugs", "fassung", "abschrift")

func (d *doc) documentPass(s int) {
	toks := d.sents[s].toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word || d.covered[s][i] {
			continue
		}
		head := d.docHead(t)
		// "The ruling Conservative group", "the ruling party": the
		// participle of ruling is no court's ruling.
		if head == "ruling" && i+1 < len(toks) && (toks[i+1].cap || rulersEN[toks[i+1].fold]) {
			head = ""
		}
		// "According to a draft decision seen by Reuters … The draft also
		// says …": a word of a known document's name, standing as the
		// subject of a verb of saying, refers back to it.
		if head == "" && d.lang == "en" && i > 0 && definiteEN[toks[i-1].fold] && i+1 < len(toks) {
			nx := toks[i+1].fold
			if nx == "also" && i+2 < len(toks) {
				nx = toks[i+2].fold
			}
			// ("According to the draft, the subsidiary … relabelled …":
			// so does one cited as the source.)
			if attributionAfter[nx] || i >= 3 && toks[i-2].fold == "to" && toks[i-3].fold == "according" {
				if e := d.docByModifier(t.fold); e != nil {
					m := &mention{sent: s, t0: i, t1: i + 1, kind: mDesc, typ: claimgraph.Document, name: d.spanText(s, i, i+1)}
					d.addMention(m)
					d.attach(m, e)
					d.attributions = append(d.attributions, attribution{sent: s, doc: e, tok: i})
					continue
				}
			}
		}
		// "warning letter", "audit report": the last of two document
		// nouns is the head.
		if head != "" && d.lang == "en" && i+1 < len(toks) && d.docHead(toks[i+1]) != "" && !d.covered[s][i+1] {
			continue
		}
		// Fixed names of pleadings: "Mitteilung der Beschwerdepunkte",
		// "statement of objections", "the legal act" (a bare "Act" is a
		// law).
		fixedEnd := 0
		switch {
		case t.fold == "mitteilung" && i+2 < len(toks) && toks[i+1].fold == "der" && toks[i+2].fold == "beschwerdepunkte":
			head, fixedEnd = "mitteilung", i+3
		case t.fold == "statement" && i+2 < len(toks) && toks[i+1].fold == "of" && toks[i+2].fold == "objections":
			head, fixedEnd = "statement", i+3
		// "the particulars of claim filed at the High Court": an English
		// pleading; "particulars" alone names none.
		case t.fold == "particulars" && i+2 < len(toks) && toks[i+1].fold == "of" && toks[i+2].fold == "claim":
			head, fixedEnd = "particulars", i+3
		case t.fold == "particulars":
			continue
		// "In its grounds of resistance, Caradon says …", "the grounds
		// of claim": the pleadings of an employment tribunal; "In his
		// witness statement, Haddad says …": a party's evidence in
		// writing ("a statement" alone is a press statement).
		case d.lang == "en" && t.fold == "grounds" && i+2 < len(toks) && toks[i+1].fold == "of" && (toks[i+2].fold == "resistance" || toks[i+2].fold == "claim" || toks[i+2].fold == "complaint"):
			head, fixedEnd = "grounds", i+3
		case d.lang == "en" && t.fold == "statement" && i > 0 && toks[i-1].fold == "witness":
			head = "statement"
		case t.fold == "act" && i > 0 && toks[i-1].fold == "legal":
			head = "act"
		// "In a witness statement filed with the tribunal", "a written
		// parliamentary question", "eine Kleine Anfrage an die
		// Landesregierung": papers that a bare "statement", "question" or
		// "Anfrage" (a press statement, a question asked, "auf Anfrage")
		// are not.
		case i > 0 && (t.fold == "statement" && toks[i-1].fold == "witness" || t.fold == "question" && toks[i-1].fold == "parliamentary" ||
			(t.fold == "anfrage" || t.fold == "anfragen") && parliamentaryQueryAdjDE[toks[i-1].fold] && queryCitedDE(toks, i)):
			head = t.fold
		// "In an application filed with the Competition Tribunal, the
		// bureau alleges", "In its resolution, the agency said", "in a
		// note to suppliers, alleging": nouns that name a paper only
		// where the sentence cites it with "in" and a determiner.
		case d.lang == "en" && citedInDocsEN[t.fold] && citedIn(toks, i):
			head = t.fold
			// "note to suppliers", "application to the tribunal": a paper
			// addressed to someone is named with whom it is written to.
			if t.fold != "resolution" && t.fold != "motion" {
				fixedEnd = d.addresseeEnd(s, i+1)
			}
		// "in provisional findings published on Tuesday": a regulator's
		// interim decision.
		case t.fold == "findings" && i > 0 && (toks[i-1].fold == "provisional" || toks[i-1].fold == "preliminary" || toks[i-1].fold == "interim"):
			head = "findings"
		}
		if head == "" {
			continue
		}
		// "forwarded the files to a personal email address", "his email
		// account": the address, no message.
		if (head == "email" || head == "emails") && i+1 < len(toks) && (toks[i+1].fold == "address" || toks[i+1].fold == "addresses" || toks[i+1].fold == "account" || toks[i+1].fold == "accounts" || toks[i+1].fold == "server" || toks[i+1].fold == "inbox") {
			continue
		}
		// "Antrag auf Verlängerung", "Antrag auf Akteneinsicht": a
		// request for something, no pleading.
		if head == "antrag" && i+1 < len(toks) && toks[i+1].fold == "auf" {
			continue
		}
		// "claims" are allegations; only "a claim filed at the court" is
		// a document.
		// So is a claim brought before a court or tribunal ("an
		// employment tribunal claim seen by the Ledger").
		if head == "claims" || head == "claim" && !d.sentenceHas(s, claimFiledEN) && !(i > 0 && claimCourtsEN[toks[i-1].fold] && i+1 < len(toks) && claimSeenEN[toks[i+1].fold]) {
			continue
		}
		// "a defence filed last week": a defence is a pleading only where
		// the text files it; "the Ministry of Defence", "in its defence"
		// name none.
		if (head == "defence" || head == "defense") && (t.cap || i+1 >= len(toks) || !fileVerbs[toks[i+1].fold]) {
			continue
		}
		if i > 0 && mediaModifiers[toks[i-1].fold] {
			continue
		}
		// "Prosecutors brought charges", "pressed charges", "filed
		// criminal charges": bringing charges is the act of accusing,
		// which names no document that carries the claim.
		// "the chargé d'affaires", "the chargé": a diplomat, whom
		// folding writes like "charge".
		if (head == "charges" || head == "charge") && strings.ContainsAny(t.text, "éÉ") {
			continue
		}
		if (head == "charges" || head == "charge") && d.lang == "en" && chargesBroughtAt(toks, i) {
			continue
		}
		// "denied the charges", "rejected the complaint's claims",
		// "wies die Anklage zurück": what a denial rejects is the claim,
		// not a document cited as its source (one cited before is still
		// linked: "rejected the report" after "in a report released").
		if d.deniedObject(s, i) && d.findDoc(head, t.fold) == nil {
			continue
		}
		// "said it had received hundreds of similar complaints": the
		// grievances a body received, no pleading that carries its claim.
		if d.lang == "en" && strings.HasSuffix(t.fold, "s") && received(toks, i) {
			continue
		}
		// "Complaints about network charges have doubled": a bare plural
		// opening the sentence speaks of such papers in general.
		// "Court filings seen by Reuters show" names papers: a
		// participle after the noun makes them particular.
		if d.lang == "en" && i == 0 && strings.HasSuffix(head, "s") && documentHeadsEN[strings.TrimSuffix(head, "s")] &&
			!(i+1 < len(toks) && strings.HasSuffix(toks[i+1].fold, "ed") || i+1 < len(toks) && (toks[i+1].fold == "seen" || toks[i+1].fold == "shown")) {
			continue
		}
		// "…, dass Prüfberichte erst nach Abschluss des Verfahrens
		// veröffentlicht würden": a German bare plural after a
		// conjunction speaks of such papers in general too.
		if d.lang == "de" && !heapDocs[t.fold] && (i == 0 || clauseSubordinatorsDE[toks[i-1].fold]) && d.pluralDocDE(t) {
			continue
		}
		// "an analysis by BBC News", "a Guardian investigation": an
		// outlet's own investigation makes the outlet the accuser, not a
		// document.
		if (investigNouns[trimPoss(t.fold)] || mediaReportNouns[trimPoss(t.fold)]) && d.outletInvestigation(s, i) {
			continue
		}
		// "nach Angaben der Thüringer Allgemeinen … Dem Bericht zufolge":
		// the report of the outlet just cited is its article, no document.
		if d.lang == "de" && mediaReportNouns[t.fold] && d.outletsArticle(s, i) {
			continue
		}
		// "to review the claims": a verb, no document.
		// A determiner before it makes it a noun even when an article
		// follows: "In its final decision the DPC said".
		nounDet := i > 0 && (articles[toks[i-1].fold] || possessives[toks[i-1].fold]) ||
			i > 1 && (articles[toks[i-2].fold] || possessives[toks[i-2].fold]) && toks[i-1].word && !toks[i-1].cap && !isVerbLike(toks[i-1].fold)
		if d.lang == "en" && (i > 0 && (toks[i-1].fold == "to" || toks[i-1].fold == "will" || toks[i-1].fold == "would") ||
			i+1 < len(toks) && (articles[toks[i+1].fold] || possessives[toks[i+1].fold]) && !nounDet) {
			continue
		}
		// Left edge: the determiner; English keeps the modifiers in the
		// name ("criminal complaint"), German drops them ("vertraulichen").
		start, nameStart := i, i
		for k := i - 1; k >= 0 && i-k <= 4; k-- {
			tk := toks[k]
			// "said in Federal Court filings", "in SEC filings": the
			// body a pleading was filed with names it.
			if pm := d.mentionAt(s, k); d.lang == "en" && k == i-1 && pm != nil && pm.t1 == i && pm.ent != nil && pm.ent.typ == claimgraph.Agency &&
				(head == "filing" || head == "filings") && pm.t0 > 0 && (toks[pm.t0-1].fold == "in" || articles[toks[pm.t0-1].fold]) {
				start, nameStart = pm.t0, pm.t0
				break
			}
			// "a 48-page report": its length is part of how it is named.
			if tk.num && strings.HasSuffix(tk.fold, "-page") && !d.covered[s][k] {
				start, nameStart = k, k
				continue
			}
			// "According to charging documents filed in the District
			// Court": the papers that bring a charge, named by the
			// gerund that would otherwise read as a verb. (A "charging
			// letter" is read as a letter, as before.)
			if d.lang == "en" && k == i-1 && tk.fold == "charging" && (head == "documents" || head == "document" || head == "papers") && !d.covered[s][k] {
				start, nameStart = k, k
				continue
			}
			if !tk.word || functionWords[tk.fold] || articles[tk.fold] || d.covered[s][k] || tk.num || possessives[tk.fold] || isVerbLike(tk.fold) {
				break
			}
			// "the charge sheet": a document noun before the head names
			// its kind.
			if d.lang == "en" && !tk.cap && d.docHead(tk) != "" {
				start, nameStart = k, k
				continue
			}
			if tk.cap && d.lang == "en" && k > 0 {
				break
			}
			// "received several complaints", "in the same indictment":
			// verbs, quantifiers and determiner adjectives are no part
			// of the name.
			// ("In a parallel civil complaint, the SEC alleged …": the
			// civil action brought beside a criminal case is a paper of
			// its own, cited where the sentence opens; the article before
			// "parallel" opens it. "In a separate report," stays the
			// speaker's statement, as before.)
			if d.lang == "en" && tk.fold == "parallel" && k == 2 && toks[0].fold == "in" && (toks[1].fold == "a" || toks[1].fold == "an") && i+1 < len(toks) && toks[i+1].text == "," {
				start = k
				break
			}
			if d.lang == "en" && (strings.HasSuffix(tk.fold, "ed") && k > 0 && !articles[toks[k-1].fold] || docDeterminers[tk.fold]) {
				break
			}
			if denyEN[tk.fold] || accuseEN[tk.fold] || chargeEN[tk.fold] || allegeEN[tk.fold] || passiveAux[tk.fold] || tk.fold == "has" || tk.fold == "have" || tk.fold == "had" {
				break
			}
			if tk.fold == "sogenannten" || tk.fold == "so-called" || tk.fold == "sogenannte" {
				start = k
				break
			}
			start = k
			if d.lang == "en" && !strings.HasSuffix(tk.fold, "ly") {
				nameStart = k
			}
		}
		// "accused the firm of issuing a false stability report",
		// "gefälschte Prüfberichte": a paper called false is the deed
		// charged, not a source that carries the claim.
		falsePaper := false
		for k := max(start-1, 0); k < i; k++ {
			falsePaper = falsePaper || falsityWords[toks[k].fold]
		}
		if falsePaper {
			continue
		}
		// "laut einer von der Gewerkschaft X eingereichten Klage", "in
		// einer vom Verband Y vorgelegten Klageschrift": an attribute
		// of agent and participle between the article and the noun names
		// who filed it; the document starts at its article.
		var filer *entity
		if d.lang == "de" {
			if k, f := d.agentAttributeDE(s, i); k >= 0 {
				start, nameStart, filer = k, k, f
			}
		}
		// "a complaint the Coastal Fishers Association filed with the
		// court": a name and a filing verb right after the noun.
		if d.lang == "en" {
			filer = d.contactFiler(s, i+1)
			// "The suit, brought by Kestrel Capital and two other funds,
			// claims …": the participle phrase names who filed it.
			if filer == nil {
				filer = d.participleFiler(s, i+1)
			}
		}
		// Right edge: a genitive complement ("des Weißen Hauses", "der
		// Ermittler", "des Ministeriums").
		end := i + 1
		var owner *entity
		// "notice of violation", "notice of proposed adjustment": a
		// notice is named by what it gives notice of.
		if fixedEnd == 0 && d.lang == "en" && head == "notice" && i+2 < len(toks) && toks[i+1].fold == "of" && toks[i+2].word && !toks[i+2].cap && !articles[toks[i+2].fold] {
			j := i + 2
			// "a notice of arbitration filed with the LCIA": a participle
			// after the noun tells what was done with the notice.
			for j < len(toks) && j <= i+4 && toks[j].word && !toks[j].cap && !functionWords[toks[j].fold] && !(j > i+2 && (fileVerbs[toks[j].fold] || strings.HasSuffix(toks[j].fold, "ed"))) {
				j++
			}
			fixedEnd = j
		}
		if fixedEnd > 0 {
			end = fixedEnd
		} else if d.lang == "de" && end+1 < len(toks) && (toks[end].fold == "des" || toks[end].fold == "der") {
			j := end + 1
			for j < len(toks) && (toks[j].word && !toks[j].cap || toks[j].quote) {
				j++ // "des »Spiegel«": adjectives and quotation marks
			}
			if j < len(toks) && toks[j].cap && toks[j].word {
				if m := d.mentionAt(s, j); m != nil {
					// "aus dem Abschlussbericht der Behörde", "die
					// Beschwerde des Landrats": a body or person taken up
					// by a bare noun owns the paper but does not name it;
					// a name or a fuller description does ("Bericht des
					// Beschaffungsamts", "Prüfbericht der Stuttgarter
					// Aufsichtsbehörde").
					// (People in the plural name it: "Gutachten der
					// Wirtschaftsprüfer", "Jahresbericht der Prüfer".)
					if m.t0 >= end && m.t0 <= j && j == end+1 && m.t1 == j+1 && (m.kind == mDesc || m.kind == mPron || m.kind == mAnon) && !strings.HasSuffix(toks[j].fold, "er") {
						owner = m.ent
					} else if m.t0 == j || m.t0 < j {
						end = m.t1
						owner = m.ent
					}
				} else if m := d.mentionAt(s, j+1); m != nil && m.t0 == j+1 && m.ent != nil && m.ent.isOrg() {
					// "Gutachten der Wirtschaftsprüfungsgesellschaft
					// Kestner & Voss": a descriptor before the owner.
					end = m.t1
					owner = m.ent
				} else {
					end = j + 1
				}
			}
		}
		// "in einem Schreiben an die Kunden", "ein Brief an die Aktionäre":
		// a letter to a group of people is named with whom it is written
		// to. A letter to one body ("an das Kraftfahrt-Bundesamt", "an
		// den Vorstand", "an das Unternehmen") is named by its kind: the
		// body is a party of its own or an organ, and "das Schreiben"
		// says it again.
		if d.lang == "de" && fixedEnd == 0 && end == i+1 && letterHeadsDE[head] && end+2 < len(toks) && toks[end].fold == "an" && toks[end+1].fold == "die" &&
			isCapWord(toks[end+2]) && !d.namedAt(s, end+2) && letterGroupDE(toks[end+2]) {
			end += 3
			fixedEnd = end
		}
		// "aus dem Entwurf eines Prüfberichts", "eine Kopie des
		// Gutachtens": the paper cited is the draft or copy of the
		// document, and is named so.
		container := false
		if d.lang == "de" && start == i && i >= 2 && (toks[i-1].fold == "eines" || toks[i-1].fold == "des" || toks[i-1].fold == "einer" || toks[i-1].fold == "der") &&
			docContainersDE[toks[i-2].fold] && toks[i-2].cap && !d.covered[s][i-2] {
			start, nameStart, container = i-2, i-2, true
		}
		definite := start > 0 && (definiteDE[toks[start-1].fold] || definiteEN[toks[start-1].fold])
		if generic := genericDocs[trimPoss(t.fold)]; generic && (definite || d.lastDoc() != nil && !d.docAttributed(s, start, end)) {
			if last := d.lastDoc(); last != nil {
				m := &mention{sent: s, t0: i, t1: i + 1, kind: mDesc, typ: claimgraph.Document, name: d.spanText(s, i, i+1)}
				d.addMention(m)
				d.attach(m, last)
			}
			continue
		}
		// "nach Unterlagen der Veranstalter", "according to internal
		// documents": a heap of papers cited with a preposition is no
		// paper of its own ("Documents obtained by the Courier show"
		// names them as one).
		// ("In documents filed in the Federal Court": papers filed with a
		// court are its pleadings; "internal audit documents seen by the
		// Ledger": papers of a kind, or seen by an outlet, are particular.)
		if heapDocs[trimPoss(t.fold)] && start > 0 && (heapCitePreps[toks[start-1].fold] || toks[start-1].fold == "to" && start > 1 && toks[start-2].fold == "according") &&
			!(i+1 < len(toks) && (fileVerbs[toks[i+1].fold] || filedParticipleDE(toks[i+1].fold) || claimSeenEN[toks[i+1].fold])) && !(i > start && d.docHead(toks[i-1]) != "") {
			continue
		}
		// "the audit's methodology": the document, not its possessive.
		name := trimPoss(d.spanText(s, nameStart, max(i+1, fixedEnd)))
		if d.lang == "de" {
			name = nominativeDoc(t.text, head)
			if end > i+1 {
				name += " " + d.spanText(s, i+1, end)
			}
			if container {
				name = d.spanText(s, start, end)
			}
		}
		existing := d.findDoc(head, t.fold)
		// "according to a draft audit seen by the Dispatch. The draft
		// report by the Audit Office says …": a definite paper that
		// shares its state with the one the sentence before cited ("the
		// draft", "the confidential memo") is that paper under another
		// noun.
		// ("the final report" is not the draft cited before.)
		if existing != nil && d.lang == "en" && nameStart < i {
			en := " " + fold(existing.name) + " "
			for k := nameStart; k < i; k++ {
				if f := toks[k].fold; f == "final" && strings.Contains(en, " draft ") || f == "draft" && strings.Contains(en, " final ") {
					existing = nil
					break
				}
			}
		}
		if existing == nil && d.lang == "en" && definite && s > 0 {
			if last := d.lastDoc(); last != nil && d.citedIn(last, s-1) {
				for k := nameStart; k < i; k++ {
					if docStates[toks[k].fold] && strings.Contains(" "+fold(last.name)+" ", " "+toks[k].fold+" ") {
						existing = last
					}
				}
			}
		}
		// "The audit says … The report also faults …": a bare "the
		// report" where no report was cited is the audit, review or
		// inspection cited last, which is written up as one.
		if existing == nil && d.lang == "en" && definite && nameStart == i && fold(head) == "report" {
			// (Only within the paragraph that cited it: "The Institute
			// released a separate report …" may open the next one.)
			if last := d.lastDoc(); last != nil && findingPapersEN[last.role] && len(last.hits) > 0 && d.sents[last.hits[len(last.hits)-1].sent].para == d.sents[s].para {
				existing = last
			}
		}
		// "a notice of arbitration … a notice of violation": a notice
		// named by what it gives notice of is another paper than one that
		// gives notice of something else.
		if existing != nil && d.lang == "en" && fixedEnd > i+2 && toks[i+1].fold == "of" {
			if en := fold(existing.name); strings.HasPrefix(en, t.fold+" of ") && en != fold(d.spanText(s, i, fixedEnd)) {
				existing = nil
			}
		}
		// "Die Organisation X hat einen Bericht vorgelegt … Der
		// Landesrechnungshof hat seinen Jahresbericht vorgestellt": a
		// document another noun introduces anew (an indefinite article,
		// a possessive) is another one.
		if existing != nil && d.lang == "de" && start > 0 && (indefiniteDE[toks[start-1].fold] || possessives[toks[start-1].fold]) {
			nn, en := fold(nominativeDoc(t.text, head)), fold(strings.Fields(existing.name + " x")[0])
			if nn != en && !strings.HasPrefix(en, nn) && !strings.HasPrefix(nn, en) {
				existing = nil
			}
		}
		// "In a report published in March, the charity alleged … The
		// group said Loopr had published its first transparency report":
		// a possessive or an indefinite article before a noun with other
		// modifiers introduces another paper, not the one cited before.
		det := start - 1
		if det > 0 && docDeterminers[toks[det].fold] {
			det-- // "its first transparency report"
		}
		if existing != nil && d.lang == "en" && det >= 0 && (possessives[toks[det].fold] || toks[det].fold == "its" || toks[det].fold == "their" || toks[det].fold == "a" || toks[det].fold == "an") &&
			!d.docAttributed(s, start, end) && !filedBy(toks, end) && filer == nil {
			if nn, en := fold(trimPoss(d.spanText(s, nameStart, i+1))), fold(existing.name); nn != en && !strings.HasSuffix(en, nn) {
				existing = nil
			}
		}
		newFiling := false
		// "The lawsuit, filed on Monday … According to a complaint filed
		// by the state's attorney general": an indefinite pleading filed
		// by a named party is a new document, not the one cited before;
		// only a definite article refers back.
		// ("A complaint by the consumer group X accuses …": "by" right
		// after the noun names its author as well.)
		// ("a whistleblower complaint filed under the False Claims Act by
		// X": lower-case modifiers may stand between.)
		det = start - 1
		for det > 0 && start-det <= 3 && toks[det].word && !toks[det].cap && !articles[toks[det].fold] && !functionWords[toks[det].fold] {
			det--
		}
		if existing != nil && d.lang == "en" && det >= 0 && (toks[det].fold == "a" || toks[det].fold == "an" || toks[det].fold == "another") &&
			(filedBy(toks, end) || filer != nil || end < len(toks) && toks[end].fold == "by") {
			existing = nil
			newFiling = true
		}
		// "Der Mieterverein hat Klage gegen X eingereicht" after the
		// prosecutor's "Anklage": a pleading its subject files is its
		// own, not one another party filed.
		if existing != nil && filer == nil && d.lang == "de" && existing.author != nil && (start == i || start > 0 && indefinite[toks[start-1].fold]) && d.sentenceHas(s, filingVerbsDE) {
			for _, m := range d.ments[s] {
				if m.t1 <= start && m.ent != nil && m.ent.isOrg() && m.kind != mPron {
					if m.ent != existing.author && (m.t0 == 0 || m.t0 == 1 && articles[toks[0].fold]) {
						filer = m.ent
					}
					break
				}
			}
		}
		// "In der Klageschrift, die der Umweltverband X beim Landgericht
		// eingereicht hat, …": a relative clause names who filed it.
		if filer == nil && d.lang == "de" {
			filer = d.relativeFilerDE(s, i+1)
		}
		// "Ein unterlegener Bieter, die X GmbH, hat bei der Vergabekammer
		// einen Nachprüfungsantrag gestellt", "Die AOK hat Strafanzeige
		// erstattet": a new pleading the subject of a verb of filing
		// files is its own, and what it pleads follows ("Darin heißt es
		// …", "Die Klinik soll …").
		forwardDE := false
		if filer == nil && existing == nil && d.lang == "de" && owner == nil && (start == i || start > 0 && indefiniteDE[toks[start-1].fold]) && pleadingNounDE(head) {
			if f := d.pleadingSubjectDE(s, start, end); f != nil {
				filer, forwardDE = f, true
			}
		}
		// "In its lawsuit, the Lindell Tenants Union alleges …": a
		// pleading the subject after it calls its own.
		if existing != nil && filer == nil && d.lang == "en" && start > 0 && (toks[start-1].fold == "its" || toks[start-1].fold == "their") &&
			end < len(toks) && toks[end].text == "," {
			for _, m := range d.ments[s] {
				if m.t0 > end && m.t0 <= end+2 && m.ent != nil && m.ent.isOrg() && m.kind != mPron {
					// One whose filer is unknown is this party's if the
					// party was named where it was first cited.
					if existing.author == nil && len(existing.hits) > 0 && !d.namedIn(existing.hits[0].sent, m.ent) {
						existing.author = d.firstOrgIn(existing.hits[0].sent)
					}
					if existing.author != nil && m.ent != existing.author {
						filer = m.ent
					}
					break
				}
			}
		}
		// "In ihrer beim Landgericht eingereichten Klage wirft die
		// Gewerkschaft X …": a pleading the subject calls its own.
		if existing != nil && filer == nil && d.lang == "de" && existing.author != nil && i > 0 && filedParticipleDE(toks[i-1].fold) {
			own := false
			for k := i - 2; k >= 0 && k >= i-6; k-- {
				if possessives[toks[k].fold] {
					own = true
					break
				}
			}
			if own {
				for _, m := range d.ments[s] {
					if m.t0 > i && m.ent != nil && m.ent.isOrg() && m.kind != mPron && m.t0 > 0 && (toks[m.t0-1].fold == "die" || toks[m.t0-1].fold == "der" && !genitiveArticle[toks[m.t0].fold]) {
						if m.ent != existing.author {
							filer = m.ent
						}
						break
					}
				}
			}
		}
		// "Janet Okoye filed a lawsuit in state court last month. She
		// claims …": a pleading its subject files is a new paper of hers
		// that carries what she goes on to claim (filedForward).
		forward := false
		if filer == nil && d.lang == "en" && start >= 2 && (toks[start-1].fold == "a" || toks[start-1].fold == "an") && fileVerbs[toks[start-2].fold] &&
			pleadingNouns[trimPoss(t.fold)] && looksFiniteEN(toks[start-2]) || filer == nil && d.lang == "en" && start >= 3 && (toks[start-1].fold == "a" || toks[start-1].fold == "an") &&
			fileVerbs[toks[start-2].fold] && (toks[start-3].fold == "has" || toks[start-3].fold == "have" || toks[start-3].fold == "had") && pleadingNouns[trimPoss(t.fold)] {
			for _, m := range d.ments[s] {
				if m.t1 <= start-2 && m.ent != nil && !m.ent.dead && (m.ent.isOrg() && m.ent.typ != claimgraph.Publication || m.ent.typ == claimgraph.Official && !m.ent.anon) {
					filer = m.ent
				}
			}
			if filer != nil && (existing == nil || existing.author != filer) {
				existing = nil
				newFiling, forward = true, true
			}
		}
		// "laut einer/der von X eingereichten Klage" after another
		// party's "Anklage": one filed by a party of its own is new.
		if existing != nil && filer != nil && existing.author != nil && existing.author != filer {
			existing = nil
			newFiling = true
		}
		attributed := d.forceDoc || d.docAttributed(s, start, end)
		// "A lawsuit the Lindell Tenants Union filed last week accuses
		// X of …", "A complaint filed with the regulator by X says …":
		// the pleading its filer names is the subject of a cue.
		if !attributed && (filer != nil || newFiling) && d.lang == "en" {
			for k := end; k < len(toks); k++ {
				if f := toks[k].fold; attributionAfter[f] || accuseEN[f] || allegeEN[f] {
					// ("does not accuse Orin Corp of wrongdoing": no claim.)
					attributed = toks[k-1].fold != "not" && toks[k-1].fold != "never"
					break
				}
				if toks[k].text == "," || toks[k].text == ";" {
					break
				}
			}
		}
		// "nach einer internen Untersuchung" is a time ("after"), not a
		// source; a process noun counts only as "aus … hervor", "laut".
		if attributed && (head == "untersuchung" || head == "auswertung" || head == "beschwerde" || head == "anzeige" || head == "strafanzeige") {
			for k := start - 1; k >= 0 && k >= start-3; k-- {
				if toks[k].fold == "nach" {
					attributed = false
				}
				if !articles[toks[k].fold] && toks[k].fold != "nach" {
					break
				}
			}
		}
		// "Dem Bericht zufolge soll Lunaro Prüfberichte seiner Auditoren
		// geschönt haben": a compound that narrows the document named
		// before, not cited itself, is another paper the claim is about.
		if existing != nil && !attributed && d.lang == "de" {
			nn, en := fold(nominativeDoc(t.text, head)), fold(strings.Fields(existing.name + " x")[0])
			if len(nn) > len(en)+2 && strings.Contains(nn, en) && !strings.HasPrefix(nn, en) && !strings.HasPrefix(en, nn) {
				continue
			}
		}
		// "received several complaints about the engines" is not "the
		// complaint" filed in court: a plural refers to a singular
		// document only where it is cited as a source.
		if existing != nil && !attributed && d.lang == "en" && strings.HasSuffix(trimPoss(t.fold), "s") != strings.HasSuffix(fold(lastWord(existing.name)), "s") {
			existing = nil
		}
		// (A new pleading a named party filed is kept for "In the
		// complaint, X alleges" later, cited or not.)
		if existing == nil && !attributed && !newFiling && !forwardDE {
			// "Gegen Kevin B. lag ein Haftbefehl des Amtsgerichts vor" …
			// "Laut Haftbefehl soll …": remember who issued it.
			// "The Fair Wages Network published an audit of Northway's
			// suppliers on Tuesday. … The audit also alleges …": the body
			// that publishes a paper wrote it (not an outlet: its own
			// report is its reporting; not who commissioned it).
			if owner == nil && d.lang == "en" {
				owner = d.publisherBefore(s, start)
			}
			if owner == nil && d.lang == "de" {
				owner = d.publisherBeforeDE(s, start, end)
			}
			if owner != nil && owner.isOrg() {
				if d.docOwners == nil {
					d.docOwners = map[string]*entity{}
				}
				d.docOwners[docRoot(t.fold, head)] = owner
				d.paperSent, d.paperOwner = s+1, owner
			}
			continue
		}
		if owner == nil && existing == nil {
			owner = d.docOwners[docRoot(t.fold, head)]
		}
		// "the SEC's complaint": the owner before it wrote it.
		if owner == nil && start > 0 {
			if pm := d.mentionAt(s, start-1); pm != nil && pm.ent != nil && pm.ent.isOrg() && pm.t1 == start &&
				(strings.HasSuffix(toks[start-1].text, "'s") || strings.HasSuffix(toks[start-1].text, "’s")) {
				owner = pm.ent
			}
		}
		m := &mention{sent: s, t0: i, t1: end, kind: mDoc, typ: claimgraph.Document, name: name}
		e := existing
		if e == nil {
			e = d.newEntity(claimgraph.Document, name, "")
			e.role = docRoot(t.fold, head)
			e.filedBy = newFiling
			if r, ok := docFamily[e.role]; ok {
				e.role = r
			}
		}
		if owner != nil && owner.isOrg() && e.author == nil {
			e.author = owner
		}
		if filer != nil && e.author == nil {
			e.author = filer
		}
		// "The report, published by the OHCHR": its author. Who carried
		// an audit out wrote it, whoever commissioned it ("the audit,
		// which was carried out by forensic accountants at Pellinore").
		{
			commissionedBy := false
			for k := end; k < len(toks) && k <= end+12; k++ {
				// Past a comma only into the participle phrase that
				// opens right after the document.
				if k > end+6 && !commissionedBy {
					break
				}
				// "released on Wednesday by X": the participle may stand
				// a time phrase before the agent.
				// "The 88-page report by law firm Carrow & Pike": "by"
				// right after the noun names the author too.
				// "carried out by the accountancy firm X".
				carried := k-2 >= end && toks[k-1].fold == "out" && toks[k-2].fold == "carried" || k-1 >= end && (toks[k-1].fold == "conducted" || toks[k-1].fold == "performed")
				// "The report, commissioned by X and written by auditors
				// at Y": who wrote it found it, not who commissioned it.
				if k-1 > end && commissionedBy && (toks[k-1].fold == "written" || toks[k-1].fold == "prepared" || toks[k-1].fold == "drafted" || toks[k-1].fold == "compiled") {
					carried = true
				}
				if k-1 >= end && toks[k-1].fold == "commissioned" && toks[k].fold == "by" && e.author == nil {
					commissionedBy = true
				}
				if e.author != nil && !carried {
					continue
				}
				// "the indictment filed by the Justice Department": who
				// files a pleading makes its claims.
				filed := k > end && fileVerbs[toks[k-1].fold] && d.lang == "en" || d.lang == "en" && filedBy(toks, end) && k > end+1
				// "filed in federal court by X": a place between.
				// ("an audit released Tuesday by the County Auditor's
				// Office": a bare weekday between.)
				dayBetween := k-2 >= end && weekdays[toks[k-1].fold] && authorVerbs[toks[k-2].fold]
				if toks[k].fold == "by" && (k == end && d.lang == "en" || carried || filed || dayBetween || k > end && (authorVerbs[toks[k-1].fold] || k-3 >= end && authorVerbs[toks[k-3].fold])) {
					// "by the anti-corruption group Global Witness": past
					// the descriptor to the name.
					for j := k + 1; j < len(toks) && j <= k+5; j++ {
						// "The suit was brought by Alicia Marsh, a nurse":
						// a named person files a pleading of her own.
						if am := d.mentionAt(s, j); am != nil && am.ent != nil && (am.ent.isOrg() || filed && am.ent.typ == claimgraph.Official && !am.ent.anon && am.kind != mPron && am.kind != mDesc) {
							e.author = am.ent
							break
						}
						if !toks[j].word || toks[j].cap {
							break
						}
					}
				}
			}
		}
		// Only full mentions with a complement or modifiers name it better.
		d.addMention(m)
		if existing != nil && len([]rune(name)) <= len([]rune(e.name)) {
			m.kind = mShort
		}
		d.attach(m, e)
		if attributed {
			d.attributions = append(d.attributions, attribution{sent: s, doc: e, tok: i})
		}
		if (forward || forwardDE) && !attributed {
			d.forwardFilings = append(d.forwardFilings, attribution{sent: s, doc: e, tok: i})
		}
		i = end - 1
	}
}

// pronounDocPass reads "Darin wirft sie der Kasse vor", "In it, the
// group alleges": the sentence cites the document the one before named.
func (d *doc) pronounDocPass(s int) {
	toks := d.sents[s].toks
	if s == 0 || len(toks) < 3 || d.hasAttribution(s) {
		return
	}
	// "The audit, carried out by X, found … It also says …": "it" as
	// the subject of a verb of saying, after a sentence whose subject
	// is a document, is that document.
	if d.lang == "en" && toks[0].fold == "it" {
		nx := toks[1].fold
		if nx == "also" {
			nx = toks[2].fold
		}
		if !attributionAfter[nx] {
			return
		}
		// "The civil suit, filed Tuesday by resident X, goes further. It
		// alleges …": the paper that opens the sentence before is a
		// source now, whether or not that sentence cited it.
		if !d.docOpens(s-1) && len(d.sents[s-1].toks) > 2 && definiteEN[d.sents[s-1].toks[0].fold] {
			d.forceDoc = true
			d.documentPass(s - 1)
			d.forceDoc = false
		}
		for _, m := range d.ments[s-1] {
			if d.opensSentence(m) && m.ent != nil && m.ent.typ == claimgraph.Document && !m.ent.dead {
				// The pronoun may have been read as the company named last.
				pm := d.mentionAt(s, 0)
				if pm == nil {
					pm = &mention{sent: s, t0: 0, t1: 1, kind: mPron, typ: claimgraph.Document, name: d.spanText(s, 0, 1)}
					d.addMention(pm)
				} else if pm.kind != mPron {
					return
				}
				pm.typ = claimgraph.Document
				d.attach(pm, m.ent)
				d.attributions = append(d.attributions, attribution{sent: s, doc: m.ent, tok: 0})
				return
			}
		}
		return
	}
	// "Wie aus dem Durchsuchungsbeschluss hervorgeht, … Im Zentrum der
	// Ermittlungen steht demnach der frühere Vertriebsdirektor": a
	// "demnach" inside the clause, after its verb, cites the document the
	// sentence before was sourced from, also across a paragraph break.
	if d.lang == "de" && d.sents[s].para-d.sents[s-1].para <= 1 {
		for k := 1; k < len(toks); k++ {
			if toks[k].fold != "demnach" && toks[k].fold != "demzufolge" {
				continue
			}
			for _, at := range d.attributions {
				if at.sent == s-1 && !at.doc.dead {
					d.attributions = append(d.attributions, attribution{sent: s, doc: at.doc, tok: k})
					return
				}
			}
			break
		}
	}
	// "… hat einen Bericht vorgelegt. Demnach soll …": "demnach",
	// "demzufolge" cite the document the sentence before introduced.
	if !(toks[0].fold == "darin" || toks[0].fold == "therein" || toks[0].fold == "in" && toks[1].fold == "it" && toks[2].text == "," ||
		d.lang == "de" && (toks[0].fold == "demnach" || toks[0].fold == "demzufolge") && d.sents[s-1].para == d.sents[s].para) {
		return
	}
	var last *entity
	for pass := 0; pass < 2 && last == nil; pass++ {
		for _, m := range d.ments[s-1] {
			if m.ent != nil && m.ent.typ == claimgraph.Document && !m.ent.dead {
				last = m.ent
			}
		}
		if last == nil && pass == 0 {
			// "… hat Beschwerde eingelegt. Darin …": the filing the
			// sentence before names is the source, cited or not.
			d.forceDoc = true
			d.documentPass(s - 1)
			d.forceDoc = false
		}
	}
	if last != nil {
		d.attributions = append(d.attributions, attribution{sent: s, doc: last, tok: 0})
	}
}

// docOpens reports a document mention at the start of sentence s.
func (d *doc) docOpens(s int) bool {
	for _, m := range d.ments[s] {
		if d.opensSentence(m) && m.ent != nil && m.ent.typ == claimgraph.Document && !m.ent.dead {
			return true
		}
	}
	return false
}

// opensSentence reports a mention that is the first phrase of its
// sentence: only lower-case words ("The civil suit", "A new audit") stand
// before it.
func (d *doc) opensSentence(m *mention) bool {
	toks := d.sents[m.sent].toks
	if m.t0 > 3 {
		return false
	}
	for k := 0; k < m.t0; k++ {
		if !toks[k].word || k > 0 && toks[k].cap {
			return false
		}
	}
	return true
}

// pluralDocDE reports a German document noun in the plural: without its
// plural ending it is still a document noun ("Prüfberichte", "Klagen").
func (d *doc) pluralDocDE(t token) bool {
	for _, suf := range []string{"en", "n", "e"} {
		if f := strings.TrimSuffix(t.fold, suf); f != t.fold && d.docHead(token{fold: f, text: f, word: true, cap: true}) != "" {
			return true
		}
	}
	return false
}

// outletsArticle reports a German "dem Bericht zufolge" at token i of
// sentence s that refers back to an outlet cited just before: a definite
// article, no genitive author after it, an outlet named earlier in the
// sentence or in the one before, and no word of a document the outlet
// has seen ("der dem Spiegel vorliegt").
func (d *doc) outletsArticle(s, i int) bool {
	toks := d.sents[s].toks
	if i == 0 || !(toks[i-1].fold == "dem" || toks[i-1].fold == "der" || toks[i-1].fold == "den" || toks[i-1].fold == "diesem") {
		return false
	}
	if i+1 < len(toks) && (toks[i+1].fold == "des" || toks[i+1].fold == "der" || toks[i+1].fold == "von") {
		return false
	}
	if d.sentenceHas(s, seenCuesDE) {
		return false
	}
	for o := s; o >= 0 && o >= s-1; o-- {
		for _, m := range d.ments[o] {
			if m.ent != nil && m.ent.typ == claimgraph.Publication && (o < s || m.t1 <= i) {
				return true
			}
		}
	}
	return false
}

// seenCuesDE say that an outlet has seen a document.
var seenCuesDE = set("vorliegt", "vorliegen", "vorlag", "vorlagen", "eingesehen", "einsehen", "einsah", "zugespielt")

// mediaReportNouns are an outlet's own pieces: "ein Bericht des
// Spiegel" is the outlet speaking, no document.
var mediaReportNouns = set("bericht", "berichte", "artikel", "story", "article", "reportage")

// outletInvestigation reports that the investigation noun at token i of
// sentence s belongs to an outlet: "by The Guardian" after it, or the
// outlet before it ("a BBC analysis", "the Ledger's investigation").
func (d *doc) outletInvestigation(s, i int) bool {
	toks := d.sents[s].toks
	if m := d.mentionAt(s, i-1); i > 0 && m != nil && m.ent != nil && m.ent.typ == claimgraph.Publication {
		return true
	}
	if i+1 < len(toks) && (toks[i+1].fold == "by" || toks[i+1].fold == "des" || toks[i+1].fold == "der" || toks[i+1].fold == "von" || toks[i+1].fold == "in") {
		j := i + 2
		if j < len(toks) && articles[toks[j].fold] && d.mentionAt(s, j) == nil {
			j++
		}
		// "der Zeitung »Nordkurier«": past the outlet's descriptor.
		if j < len(toks) && d.mentionAt(s, j) == nil && d.outletDescriptor(toks[j]) {
			j++
		}
		for j < len(toks) && toks[j].quote {
			j++ // "des »Spiegel«"
		}
		if m := d.mentionAt(s, j); m != nil && m.ent != nil && m.ent.typ == claimgraph.Publication {
			return true
		}
		// "a report in the Singapore newspaper Marina Daily": a place
		// and an outlet word before the name.
		if d.lang == "en" && toks[i+1].fold == "in" {
			for j := i + 2; j < len(toks) && j <= i+6 && toks[j].word; j++ {
				if m := d.mentionAt(s, j); m != nil {
					return m.ent != nil && m.ent.typ == claimgraph.Publication && j > i+2 && d.outletDescriptor(toks[j-1])
				}
			}
		}
	}
	return false
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

type attribution struct {
	sent int
	doc  *entity
	tok  int
}

// docRoot is the word that identifies a document kind across compounds:
// "klage" for "Klageschrift" and "Schadensersatzklage".
func docRoot(f, head string) string {
	return fold(head)
}

func nominativeDoc(w, head string) string {
	f := fold(w)
	hf := fold(head)
	i := strings.LastIndex(f, hf)
	if i < 0 {
		return w
	}
	extra := len(f) - (i + len(hf))
	rs := []rune(w)
	// Only the genitive goes ("des Berichts"); plurals stay ("Akten").
	if extra > 0 && extra <= 2 && (extra == 1 && strings.HasSuffix(f, "s") || extra == 2 && strings.HasSuffix(f, "es")) && extra < len(rs) {
		return string(rs[:len(rs)-extra])
	}
	return w
}

// docByModifier is the known document whose name has w as a word before
// its head: "draft" for "draft decision".
func (d *doc) docByModifier(w string) *entity {
	for _, e := range d.ents {
		if e.typ != claimgraph.Document || e.dead {
			continue
		}
		ws := strings.Fields(fold(e.name))
		for _, x := range ws[:max(0, len(ws)-1)] {
			if x == w {
				return e
			}
		}
	}
	return nil
}

func (d *doc) lastDoc() *entity {
	var last *entity
	for _, e := range d.ents {
		if e.typ == claimgraph.Document && !e.dead {
			last = e
		}
	}
	return last
}

// findDoc returns the known document of the same kind: "Klage" is
// "Klageschrift" is "Schadensersatzklage".
func (d *doc) findDoc(head, f string) *entity {
	root := fold(head)
	if r, ok := docFamily[root]; ok {
		root = r
	}
	// The latest one: "a complaint filed by the Bureau … The complaint
	// says" is the Bureau's, not the lawsuit cited before it.
	for k := len(d.ents) - 1; k >= 0; k-- {
		e := d.ents[k]
		if e.typ != claimgraph.Document || e.dead {
			continue
		}
		// A counterclaim is not the claim it answers: "cross-complaint",
		// "Widerklage".
		if counterDoc(f) != counterDoc(fold(e.name)) {
			continue
		}
		// A civil suit is not the indictment: "Klage" ends like
		// "Anklage" but a claimant files it, not the prosecutor.
		if strings.Contains(f, "anklage") != (strings.Contains(e.role, "anklage") || strings.Contains(fold(e.name), "anklage")) {
			continue
		}
		r := e.role
		if r == root || strings.HasPrefix(r, root) || strings.HasPrefix(root, r) || strings.HasSuffix(r, root) || strings.HasSuffix(root, r) {
			return e
		}
		if strings.Contains(f, r) || wordEndsWith(fold(e.name), root) {
			return e
		}
	}
	return nil
}

// docAttributed reports whether the document at [start, end) is presented
// as the source of what the sentence says.
func (d *doc) docAttributed(s, start, end int) bool {
	toks := d.sents[s].toks
	// "a letter sent last year to Loopit's board by a former engineer,
	// Daniel Osei, which was reviewed by the Bayview Courier": an outlet
	// that saw the paper, in a relative clause after its phrase.
	if d.lang == "en" && d.seenByOutletAfter(s, end) {
		return true
	}
	// "Bergens Handelsavis, which said it had seen a confidential memo",
	// "The Ledger has obtained a copy of the audit": the outlet before
	// the verb is the subject that saw the paper.
	if d.lang == "en" && d.seenByOutletBefore(s, start, end) {
		return true
	}
	// "hat gegen X eine Unterlassungsklage eingereicht", "filed a
	// complaint against X": the pleading carries the accusation.
	if d.sentenceHas(s, set("gegen", "against")) && d.sentenceHas(s, set("eingereicht", "erhoben", "eingelegt", "erstattet", "filed", "files", "lodged", "brought")) &&
		!d.actOfCharging(s, start, end) {
		return true
	}
	// "Die Anklageschrift liegt dem WDR vor": a document an outlet has
	// seen is cited as the source of what it says.
	if d.lang == "de" && start > 0 && definiteDE[toks[start-1].fold] && end < len(toks) && (toks[end].fold == "liegt" || toks[end].fold == "lag" || toks[end].fold == "liegen" || toks[end].fold == "lagen") {
		for j := end + 1; j < len(toks) && j <= end+5; j++ {
			if toks[j].fold == "vor" {
				for _, m := range d.ments[s] {
					if m.ent != nil && m.ent.typ == claimgraph.Publication && m.t0 > end && m.t1 <= j {
						return true
					}
				}
			}
		}
	}
	// "Der Zeitung liegt nach eigenen Angaben die Anklageschrift vor",
	// "Dem Blatt liegt ein Prüfbericht vor": the outlet in the dative
	// before the verb, the paper its subject.
	if d.lang == "de" && start > 0 && (definiteDE[toks[start-1].fold] || indefiniteDE[toks[start-1].fold]) && particleLater(toks, end-1, "vor") {
		for k := start - 2; k >= 1 && k >= start-6; k-- {
			if f := toks[k].fold; f == "liegt" || f == "lag" || f == "liegen" || f == "lagen" {
				// (The outlet must be the verb's dative right before it:
				// "Wie der RBB berichtet, liegt der Staatsanwaltschaft eine
				// Strafanzeige vor" is the prosecutor's paper.)
				for _, m := range d.ments[s] {
					if m.ent != nil && m.ent.typ == claimgraph.Publication && (m.t1 == k || m.t1 == k-1 && toks[k-1].quote) {
						return true
					}
				}
				break
			}
		}
	}
	// "hat Anklage gegen den Unternehmer X erhoben, die ihm vorwirft,
	// …": a relative clause moved past the participle that closes the
	// clause of the paper refers to the paper, and what it charges is
	// the claim.
	if d.lang == "de" {
		for k := end; k+2 < len(toks) && k <= end+12; k++ {
			if toks[k].text != "," {
				continue
			}
			if k > end && (filingVerbsDE[toks[k-1].fold] || filedVerbsDE[toks[k-1].fold]) && (toks[k+1].fold == "die" || toks[k+1].fold == "der" || toks[k+1].fold == "das") {
				for j := k + 2; j < len(toks) && j <= k+6 && toks[j].text != ","; j++ {
					if vorwerfenWhole[toks[j].fold] || accuseDE[toks[j].fold] {
						return true
					}
				}
			}
			break
		}
	}
	// "Mitangeklagt ist X, dem die Anklage Bestechung vorwirft",
	// "…, der die Klageschrift Betrug anlastet": a pleading that is the
	// subject of a relative clause of charging speaks for its filer, the
	// cue closing the clause.
	if d.lang == "de" && start >= 2 && definiteDE[toks[start-1].fold] && relPronounsDE[toks[start-2].fold] && start >= 3 && toks[start-3].text == "," && end-start == 1 &&
		(pleadingNounDE(d.docHead(toks[start])) || d.docHead(toks[start]) == "anklage" || d.docHead(toks[start]) == "anklageschrift") {
		for j := end; j < len(toks) && j <= end+8 && toks[j].text != ","; j++ {
			if vorwerfenWhole[toks[j].fold] || anlastenDE[toks[j].fold] {
				return true
			}
		}
	}
	// "Die Klage wurde beim Landgericht Heilbronn eingereicht": the
	// pleading of the suit the text just reported.
	if end > 0 && start > 0 && definiteDE[toks[start-1].fold] && hasSuffixInflected(toks[end-1].fold, []string{"klage", "beschwerde", "anzeige"}) != "" &&
		d.sentenceHas(s, set("eingereicht", "erhoben", "eingelegt", "erstattet")) && d.sentenceHas(s, set("wurde", "wird", "ist", "war")) {
		return true
	}
	// "filed a petition with the NLRB alleging that …", "lodging a
	// formal complaint … that alleges": a pleading someone files carries
	// the claim the sentence states.
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if fileVerbs[toks[k].fold] {
			for j := end; j < len(toks) && j <= end+12; j++ {
				if attributionAfter[toks[j].fold] {
					return true
				}
			}
			// "cited X for …, issuing a notice of violation": the notice
			// carries the accusation its sentence makes.
			for _, t := range toks {
				if !t.inq && (accuseEN[t.fold] || chargeEN[t.fold] || citeEN[t.fold] || accuseDE[t.fold] || vorwerfenWhole[t.fold] || vorwerfenFinite[t.fold]) {
					return true
				}
			}
			break
		}
	}
	// "A letter, sent to the regulator on Monday by Fair Fares, claims
	// that …", "A lawsuit filed by X in a Delaware court alleges …": a
	// paper whose reduced relative clause names who brought it, subject
	// of a verb of saying (docFilers).
	if d.lang == "en" && end < len(toks) {
		j := end
		comma := toks[j].text == ","
		if comma {
			j++
		}
		if j < len(toks) && filerVerbsEN[toks[j].fold] && hasLater(toks[:min(len(toks), j+12)], j, "by") {
			says := func(t token) bool { return attributionAfter[t.fold] || accuseEN[t.fold] || allegeEN[t.fold] }
			for k := j + 1; k < len(toks) && k <= j+18; k++ {
				if toks[k].text == "," || toks[k].text == ";" || toks[k].quote {
					n := k + 1
					for n < len(toks) && (toks[n].fold == "also" || toks[n].fold == "further") {
						n++
					}
					if comma && toks[k].text == "," && n < len(toks) && says(toks[n]) {
						return true
					}
					break
				}
				// ("The lawsuit filed by X does not accuse Y": no claim.)
				if !comma && says(toks[k]) {
					return toks[k-1].fold != "not" && toks[k-1].fold != "never"
				}
			}
		}
	}
	// "The complaint that triggered the inquiry was filed by CISPE, …,
	// which accused Nimbra of …": a pleading filed by the accuser of its
	// sentence.
	for j := end + 1; j < len(toks) && j <= end+8; j++ {
		if fileVerbs[toks[j].fold] && passiveAux[toks[j-1].fold] {
			for _, t := range toks[j:] {
				if !t.inq && (accuseEN[t.fold] || allegeEN[t.fold] || chargeEN[t.fold]) {
					return true
				}
			}
			break
		}
	}
	// "Die Verbände stützen sich auf einen technischen Bericht".
	process := false
	for k := start; k < end && k < len(toks); k++ {
		// "Untersuchungen", "interne Unterlagen": an inquiry or a heap of
		// papers, no document that states a claim.
		process = process || processDocs[d.docHead(toks[k])] || genericDocs[toks[k].fold]
	}
	if start > 1 && d.lang == "de" && d.sentenceHas(s, relyVerbsDE) && !process {
		for k := start - 1; k >= 0 && k >= start-4; k-- {
			if toks[k].fold == "auf" {
				return true
			}
		}
	}
	for k := start - 1; k >= 0 && k >= start-6; k-- {
		f := toks[k].fold
		// "According to the SEC's complaint", "Nach einem am Donnerstag
		// vorgelegten Bericht": owners, dates and participles stand
		// between the cue and the document.
		// ("According to the groups' joint report": a plural's
		// possessive too, its apostrophe a token of its own.)
		if (toks[k].text == "'" || toks[k].text == "’") && k > 0 && strings.HasSuffix(toks[k-1].fold, "s") {
			k--
			continue
		}
		if strings.HasSuffix(toks[k].text, "'s") || strings.HasSuffix(toks[k].text, "’s") || f == "am" || weekdays[f] ||
			d.lang == "de" && toks[k].word && !toks[k].cap && !functionWords[f] && !prepositions[f] && !articles[f] && f != "einem" {
			continue
		}
		if f == "with" {
			// "with a counterclaim accusing X", "with a lawsuit of its
			// own, accusing X", not "disagreed with the decision".
			for j := end; j < len(toks) && j <= end+5; j++ {
				if accuseEN[toks[j].fold] || allegeEN[toks[j].fold] || chargeEN[toks[j].fold] {
					return true
				}
			}
			return false
		}
		if attributionBefore[f] || (f == "to" || f == "auf") && k > 0 && (toks[k-1].fold == "according" || toks[k-1].fold == "berufung") {
			return true
		}
		if f == "in" || f == "im" {
			// "Golden Tide said in an email that …": the speaker's own
			// medium, no source of a claim.
			if k > 0 && (speechVerbs[toks[k-1].fold] || toks[k-1].fold == "sagte" || toks[k-1].fold == "erklärte") && end > 0 && mediaDocs[trimPoss(toks[end-1].fold)] {
				return false
			}
			// ("hatte dem Unternehmen in einem Anhörungsschreiben
			// vorgehalten, …": what a paper holds against someone.)
			return d.sentenceHas(s, inAttribution) || d.lang == "de" && d.sentenceHas(s, vorhaltenWhole)
		}
		if f == "aus" {
			// ("Wie aus einem Prüfbericht der Behörde hervorgeht, soll
			// …": the separable verb in one word at the clause's end.)
			return d.sentenceHas(s, set("hervor", "ergibt", "geht", "stammen", "stammt", "stammten", "stammte", "hervorgeht", "hervorging", "hervorgehe", "ergab", "ergebe"))
		}
		// ("In that filing, the streamer alleges …": a demonstrative
		// determines the paper like an article.)
		if !articles[f] && !possessives[f] && f != "einem" && f != "einer" && f != "dem" && !(d.lang == "en" && (f == "that" || f == "this")) {
			break
		}
	}
	window := 2
	// "The lawsuit, filed in state court in Austin, says": skip the
	// participle phrase between commas.
	if end+1 < len(toks) && toks[end].text == "," && (strings.HasSuffix(toks[end+1].fold, "ed") || toks[end+1].fold == "seen" || toks[end+1].fold == "which" || toks[end+1].fold == "der" || toks[end+1].fold == "die" || toks[end+1].fold == "das") && !denyEN[toks[end+1].fold] {
		// ("…, das der Landkreis als Träger des Hauses im vergangenen
		// Sommer in Auftrag gegeben hatte, wirft …": a long one too.)
		for k := end + 1; k < len(toks) && k <= end+22; k++ {
			if toks[k].text == "," {
				// "The audit, based on interviews with 112 workers, also
				// alleges": an adverb may stand before the verb.
				j := k + 1
				if j+1 < len(toks) && clauseAdverbsEN[toks[j].fold] {
					j++
				}
				if j < len(toks) && attributionAfter[toks[j].fold] {
					return true
				}
				break
			}
		}
	}
	for k := end; k < len(toks) && k <= end+2; k++ {
		// "an audit commissioned by X found", "a report released on
		// Wednesday by X accuses": look past the agent.
		if f := toks[k].fold; f == "by" || f == "von" || f == "commissioned" || f == "carried" || f == "conducted" || f == "prepared" || authorVerbs[f] {
			window = 12
		}
	}
	for k := end; k < len(toks) && k <= end+window; k++ {
		f := toks[k].fold
		if attributionAfter[f] {
			return true
		}
		if f == "," {
			// "DOC, der der Zeitung vorliegt"
			for j := k + 1; j < len(toks) && j <= k+8; j++ {
				if toks[j].fold == "vorliegt" || toks[j].fold == "vorliegen" || toks[j].fold == "vorlag" {
					return true
				}
			}
		}
	}
	return false
}

// actOfCharging reports a bare "Anklage erheben" ("hat Anklage gegen X
// erhoben"): the prosecutor's act of charging, like "charged", and no
// document cited; the bill of indictment is a source where the text
// cites it ("Laut Anklageschrift", "Die Anklage wirft ihm vor").
func (d *doc) actOfCharging(s, start, end int) bool {
	toks := d.sents[s].toks
	if end == 0 || hasSuffixInflected(toks[end-1].fold, []string{"anklage"}) == "" || end-start != 1 {
		return false
	}
	if start > 0 && (articles[toks[start-1].fold] || possessives[toks[start-1].fold] || toks[start-1].fold == "einer" || toks[start-1].fold == "einem") {
		return false
	}
	return d.sentenceHas(s, set("erhoben", "erheben", "erhebt", "erhob", "erhoben"))
}

// received reports a receiving verb shortly before token i ("received
// hundreds of complaints", "has fielded complaints").
func received(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch toks[k].fold {
		case "received", "receives", "receiving", "fielded", "got", "gets":
			return true
		}
		if !toks[k].word || toks[k].fold == "that" {
			return false
		}
	}
	return false
}

// fileVerbs put a pleading before an authority.
var fileVerbs = set("filed", "files", "file", "filing", "lodged", "lodges", "lodging", "submitted", "submits", "brought", "issued", "issues", "issuing", "sent")

// processDocs name an inquiry rather than a paper ("Untersuchungen").
var processDocs = set("untersuchung", "auswertung", "analyse", "pruefung", "recherche")

// relyVerbsDE say that a claim rests on a document ("stützen sich auf").
var relyVerbsDE = set("stützen", "stuetzen", "stützt", "stuetzt", "stützte", "stuetzte", "berufen", "beruft", "berief", "beziehen", "bezieht")

var weekdays = set("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

var authorVerbs = set("published", "written", "prepared", "compiled", "issued", "drafted", "released", "veröffentlicht", "erstellt", "verfasst",
	"conducted", "commissioned", "produced")

// docFamily maps document nouns that name one pleading to one root: a
// "lawsuit" is the "complaint" that starts it.
var docFamily = map[string]string{"lawsuit": "complaint", "suit": "complaint", "filing": "complaint", "complaints": "complaint",
	"lawsuits": "complaint", "memo": "memorandum", "memos": "memorandum", "reports": "report", "letters": "letter"}

// counterDoc reports a pleading that answers another one: "cross-complaint",
// "counterclaim", "Widerklage", "Gegenklage".
func counterDoc(f string) bool {
	for _, p := range []string{"cross-", "counter", "wider", "gegenklage", "gegenanzeige"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// wordEndsWith reports whether a word of name ends in root, give or take
// an inflection ending: "Beschwerde des Konkurrenten" holds "beschwerde",
// "Mitteilung der Beschwerdepunkte" does not.
func wordEndsWith(name, root string) bool {
	for _, w := range strings.Fields(name) {
		if i := strings.LastIndex(w, root); i >= 0 && inflectionEnds[w[i+len(root):]] {
			return true
		}
	}
	return false
}

// deniedObject reports a document noun at token i of sentence s that is
// the object of a verb of denial before it: "denied the charges",
// "disputed all of the allegations in the complaint" is not (the noun
// after "in" is cited). Only an article, possessive or quantifier may
// stand between.
func (d *doc) deniedObject(s, i int) bool {
	toks := d.sents[s].toks
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		f := toks[k].fold
		if d.lang == "en" && denyEN[f] || d.lang == "de" && (denyWholeDE[f] || zurueckweisen[f]) {
			return true
		}
		if !(articles[f] || possessives[f] || f == "all" || f == "these" || f == "those" || f == "the" || f == "alle" || f == "sämtliche" || f == "saemtliche" || f == "diese") {
			return false
		}
	}
	return false
}

// chargeActsEN are verbs that bring, drop or keep charges.
var chargeActsEN = set("brought", "bring", "brings", "bringing", "filed", "file", "files", "filing", "pressed", "press", "presses", "pressing",
	"laid", "lay", "lays", "dropped", "drop", "drops", "levelled", "leveled", "levels", "faces", "face", "faced", "facing")

// chargesBroughtAt reports "charges" at token i as the object of a verb
// of bringing or facing them, across at most two modifiers ("brought
// criminal fraud charges").
func chargesBroughtAt(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if chargeActsEN[toks[k].fold] {
			return true
		}
		if !toks[k].word || toks[k].cap || functionWords[toks[k].fold] && !articles[toks[k].fold] {
			return false
		}
	}
	return false
}

// filedBy reports "filed by", "submitted on Monday by" right after a
// document noun ending at end: the pleading names who brought it.
// agentAttributeDE reads a German extended attribute before the
// document noun at i: article, "von"/"vom" and a party, then a
// participle ("einer von der Gewerkschaft X eingereichten Klage"). It
// returns the article's token and the party, or -1.
func (d *doc) agentAttributeDE(s, i int) (int, *entity) {
	toks := d.sents[s].toks
	p := i - 1
	if p < 3 || !toks[p].word || toks[p].cap || !filedParticipleDE(toks[p].fold) {
		return -1, nil
	}
	for k := p - 1; k >= 1 && k >= p-8; k-- {
		f := toks[k].fold
		if f != "von" && f != "vom" {
			continue
		}
		art := k - 1
		if !articles[toks[art].fold] && !indefinite[toks[art].fold] {
			return -1, nil
		}
		// The party: the mention that follows, up to the participle or
		// a place of filing ("vom Verband X beim Landgericht Y
		// eingereichten").
		for _, m := range d.ments[s] {
			if m.t0 > k && m.t0 <= k+2 && m.t1 <= p && m.ent != nil && m.ent.isOrg() && (m.t1 == p || placeOfFilingDE[toks[m.t1].fold]) {
				return art, m.ent
			}
		}
		// "der vom Verein eingereichten Klage": a description of a body
		// named before.
		j := k + 1
		if f == "von" && j < p && articles[toks[j].fold] {
			j++
		}
		if j < p && toks[j].cap && (j+1 == p || placeOfFilingDE[toks[j+1].fold]) && d.mentionAt(s, j) == nil {
			if typ, want, ok := d.descClass(s, j); ok && typ != claimgraph.Publication {
				if e := d.salient(s, j, true, func(o *entity) bool { return o.typ == typ && o.isOrg() && nameHas(o, want) }); e != nil {
					return art, e
				}
			}
		}
		return -1, nil
	}
	return -1, nil
}

// attributeDocAfter returns the document mention that a German
// extended attribute after token c leads to ("laut einer von der
// Gewerkschaft X eingereichten Klage"): an article, "von"/"vom", and
// within eight words a participle of filing and the document; or nil.
func (d *doc) attributeDocAfter(s, c int) *mention {
	toks := d.sents[s].toks
	if d.lang != "de" || c+3 >= len(toks) || !(articles[toks[c+1].fold] || indefinite[toks[c+1].fold]) || toks[c+2].fold != "von" && toks[c+2].fold != "vom" {
		return nil
	}
	for j := c + 4; j < len(toks) && j <= c+10; j++ {
		if m := d.mentionAt(s, j); m != nil && m.t0 == j && m.ent != nil && m.ent.typ == claimgraph.Document && filedParticipleDE(toks[j-1].fold) {
			return m
		}
	}
	return nil
}

// filingVerbsDE file or bring a pleading.
var filingVerbsDE = set("eingereicht", "erhoben", "eingelegt", "erstattet", "reicht", "reichte", "erhebt", "erhob", "legte", "legt")

// namedIn reports whether sentence s mentions e.
func (d *doc) namedIn(s int, e *entity) bool {
	for _, m := range d.ments[s] {
		if m.ent == e {
			return true
		}
	}
	return false
}

// firstOrgIn returns the first organisation sentence s names that is
// not a pronoun, or nil.
func (d *doc) firstOrgIn(s int) *entity {
	for _, m := range d.ments[s] {
		if m.ent != nil && m.ent.isOrg() && m.kind != mPron && m.kind != mDoc {
			return m.ent
		}
	}
	return nil
}

// relativeFilerDE reads a German relative clause after a document noun
// that ends at j and names its filer: ", die der Umweltverband X beim
// Landgericht eingereicht hat", ", den die Gewerkschaft vorgelegt hat".
// It returns the party, or nil.
func (d *doc) relativeFilerDE(s, j int) *entity {
	toks := d.sents[s].toks
	if j+2 >= len(toks) || toks[j].text != "," || !relativePronounsDE[toks[j+1].fold] {
		return nil
	}
	var party *entity
	for k := j + 2; k < len(toks) && k <= j+12; k++ {
		if toks[k].text == "," || toks[k].text == "." {
			break
		}
		if m := d.mentionAt(s, k); m != nil && m.t0 == k && party == nil && m.ent != nil && m.ent.isOrg() && m.kind != mPron {
			party = m.ent
			k = m.t1 - 1
			continue
		}
		if party != nil && !toks[k].cap && filedParticipleDE(toks[k].fold+"e") {
			return party
		}
	}
	return nil
}

// relativePronounsDE open a German relative clause.
var relativePronounsDE = set("die", "der", "das", "den", "dem", "welche", "welcher", "welches")

// placeOfFilingDE open the phrase of where a pleading was filed.
var placeOfFilingDE = set("beim", "bei", "vor", "am", "an")

// filedParticipleDE reports an inflected participle of filing or
// writing a pleading ("eingereichten", "vorgelegte", "erhobenen",
// "verfassten").
func filedParticipleDE(f string) bool {
	for _, stem := range []string{"eingereicht", "vorgelegt", "erhoben", "eingebracht", "verfasst", "erstellt", "eingelegt", "angestrengt", "veroeffentlicht", "veröffentlicht"} {
		if strings.HasPrefix(f, stem) && len(f) > len(stem) && len(f) <= len(stem)+2 {
			return true
		}
	}
	return false
}

// contactFiler reads an English contact clause after a document noun
// ending at j: a party and a filing verb ("a complaint the Coastal
// Fishers Association filed with the court", "a lawsuit Meridian
// brought in May"). It returns the party or nil.
func (d *doc) contactFiler(s, j int) *entity {
	toks := d.sents[s].toks
	k := j
	if k < len(toks) && toks[k].fold == "the" {
		k++
	}
	for _, m := range d.ments[s] {
		if m.t0 == k && m.ent != nil && m.ent.isOrg() && m.t1 < len(toks) && fileVerbs[toks[m.t1].fold] && toks[m.t1].fold != "file" {
			return m.ent
		}
	}
	return nil
}

// participleFiler returns the party a reduced relative clause right
// after a document noun names as its filer: "…, lodged with the
// Commission last week by X", "filed by the pension fund X in …".
func (d *doc) participleFiler(s, j int) *entity {
	toks := d.sents[s].toks
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j >= len(toks) || !filerVerbsEN[toks[j].fold] {
		return nil
	}
	for k := j + 1; k < len(toks) && k <= j+9; k++ {
		if !toks[k].word {
			return nil
		}
		if toks[k].fold != "by" {
			continue
		}
		for _, m := range d.ments[s] {
			// ("filed Tuesday by resident Teresa Ocampo": a person may
			// bring a suit of her own.)
			if m.t0 > k && m.t0 <= k+5 && m.ent != nil && (m.ent.isOrg() || m.ent.typ == claimgraph.Official && m.kind == mPerson) && m.ent.typ != claimgraph.Publication {
				return m.ent
			}
		}
		return nil
	}
	return nil
}

func filedBy(toks []token, end int) bool {
	if end >= len(toks) || !fileVerbs[toks[end].fold] {
		return false
	}
	for k := end + 1; k < len(toks) && k <= end+7; k++ {
		if toks[k].fold == "by" {
			return true
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// publishVerbsEN put out a paper its subject wrote.
var publishVerbsEN = set("published", "publishes", "released", "releases", "issued", "issues", "unveiled", "unveils", "presented", "presents")

// publisherBefore finds the body that puts out the document starting at
// start: "X published an audit", "X has released a 40-page report", "X
// on Tuesday issued a report". The subject must stand right before its
// verb (an auxiliary or a weekday between), and an outlet or a document
// does not count.
func (d *doc) publisherBefore(s, start int) *entity {
	toks := d.sents[s].toks
	// "released a separate report": adjectives before the noun.
	for n := 0; n < 2 && start > 0 && toks[start-1].word && !toks[start-1].cap && !articles[toks[start-1].fold] && !functionWords[toks[start-1].fold] && !publishVerbsEN[toks[start-1].fold]; n++ {
		start--
	}
	if start < 2 || !articles[toks[start-1].fold] {
		return nil
	}
	v := start - 2
	if !publishVerbsEN[toks[v].fold] {
		return nil
	}
	k := v
	for k > 0 && (toks[k-1].fold == "has" || toks[k-1].fold == "have" || toks[k-1].fold == "had" || toks[k-1].fold == "on" || weekdays[toks[k-1].fold] || toks[k-1].fold == "also") {
		k--
	}
	return d.publishingSubject(s, k)
}

// publishVerbsDE end a German clause in which its subject put out a
// paper ("einen Bericht über das Unternehmen veröffentlicht hatte") or
// stand as its finite verb before it ("veröffentlichte einen Bericht").
var publishVerbsDE = set("veröffentlicht", "veroeffentlicht", "veröffentlichte", "veroeffentlichte", "veröffentlichten", "veroeffentlichten", "vorgelegt", "vorgestellt",
	"publiziert", "publizierte", "herausgegeben", "präsentiert", "praesentiert", "präsentierte", "praesentierte")

// publisherBeforeDE finds the German body that put out the paper whose
// noun stands at start: "nachdem der Leerverkäufer X einen Bericht über
// das Unternehmen veröffentlicht hatte", "X hat am Dienstag eine Studie
// vorgelegt", "X veröffentlichte einen Bericht". The paper is new (an
// indefinite or possessive article), the body is the clause's subject
// right before it, and a verb of publishing closes the clause.
func (d *doc) publisherBeforeDE(s, start, end int) *entity {
	toks := d.sents[s].toks
	a := start - 1
	for a > 0 && toks[a].word && !toks[a].cap && isAdjDE(toks[a]) {
		a--
	}
	if a < 1 || !(indefinite[toks[a].fold] || possessivesDE[toks[a].fold] || toks[a].fold == "ihren" || toks[a].fold == "seinen") {
		return nil
	}
	published := publishVerbsDE[toks[a-1].fold]
	for k := end; !published && k < len(toks) && k <= end+10; k++ {
		if toks[k].text == "," || toks[k].text == "." || toks[k].text == ";" {
			break
		}
		published = publishVerbsDE[toks[k].fold]
	}
	if !published {
		return nil
	}
	k := a
	if publishVerbsDE[toks[k-1].fold] {
		k--
	}
	for n := 0; n < 4 && k > 0 && (sayAuxDE[toks[k-1].fold] || toks[k-1].fold == "am" || weekdays[toks[k-1].fold] || toks[k-1].fold == "bereits" || toks[k-1].fold == "nun" || toks[k-1].fold == "jetzt" || toks[k-1].fold == "zudem" || toks[k-1].fold == "auch"); n++ {
		k--
	}
	return d.publishingSubject(s, k)
}

// publishingSubject returns the organisation whose mention ends right
// before token k, the verb group of a clause that puts out a paper: no
// outlet or paper, and none after a preposition ("a statement from X",
// "von X", "gegen X" name no subject).
func (d *doc) publishingSubject(s, k int) *entity {
	if k == 0 {
		return nil
	}
	toks := d.sents[s].toks
	m := d.mentionAt(s, k-1)
	if m == nil || m.t1 != k || m.ent == nil || !m.ent.isOrg() || m.ent.typ == claimgraph.Publication || m.ent.typ == claimgraph.Document {
		return nil
	}
	if m.t0 > 0 && prepositions[toks[m.t0-1].fold] {
		return nil
	}
	return m.ent
}

// clauseAdverbsEN stand between a subject and its verb of saying ("also
// alleges", "further claims").
var clauseAdverbsEN = set("also", "further", "separately", "additionally", "likewise", "specifically", "repeatedly")

// seenByOutletAfter reports a relative clause after the document phrase
// ending at token end of sentence s that says an outlet saw the paper:
// ", which was reviewed by the Bayview Courier", ", a copy of which was
// seen by Reuters". No other document noun stands between.
func (d *doc) seenByOutletAfter(s, end int) bool {
	toks := d.sents[s].toks
	for k := end; k < len(toks) && k <= end+18; k++ {
		if k > end && d.docHead(toks[k]) != "" {
			return false
		}
		if toks[k].text != "," || k+3 >= len(toks) || toks[k+1].fold != "which" && toks[k+1].fold != "that" {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+5; j++ {
			if (toks[j].fold == "seen" || toks[j].fold == "reviewed" || toks[j].fold == "obtained") && j+1 < len(toks) && toks[j+1].fold == "by" {
				for q := j + 2; q < len(toks) && q <= j+4; q++ {
					if m := d.mentionAt(s, q); m != nil && m.ent != nil && m.ent.typ == claimgraph.Publication {
						return true
					}
				}
			}
		}
		return false
	}
	return false
}

// pleadingNounDE reports German document heads that a party files:
// suits, complaints, criminal complaints and motions.
func pleadingNounDE(head string) bool {
	switch head {
	case "klage", "klageschrift", "anzeige", "strafanzeige", "beschwerde", "antrag", "widerklage", "schriftsatz", "petition", "abmahnung":
		return true
	}
	return false
}

// filedVerbsDE close a German clause in which a pleading is filed
// ("hat Strafanzeige erstattet", "einen Eilantrag gestellt").
var filedVerbsDE = set("erstattet", "eingereicht", "eingelegt", "gestellt", "erstattete", "erstatteten", "stellte", "stellten")

// pleadingSubjectDE finds who files the pleading at [start, end): the
// verb of filing closes the clause right after it ("… Strafanzeige
// erstattet.", "… einen Antrag gestellt, um …"), and the subject is the
// first body or named person of the sentence that no preposition or
// dative article governs ("Ein unterlegener Bieter, die X GmbH, hat …",
// "Inzwischen hat die AOK …").
func (d *doc) pleadingSubjectDE(s, start, end int) *entity {
	toks := d.sents[s].toks
	k := end
	// "Strafanzeige gegen die Stadtwerke erstattet": the accused may
	// stand between the noun and its verb.
	for k < len(toks) && k <= end+8 && !filedVerbsDE[toks[k].fold] && toks[k].text != "," && toks[k].text != ";" {
		k++
	}
	if k >= len(toks) || !filedVerbsDE[toks[k].fold] || k+1 < len(toks) && toks[k+1].word && toks[k+1].fold != "und" {
		return nil
	}
	var subj *mention
	for _, m := range d.ments[s] {
		if m.t1 > start || subj != nil && subj.t0 < m.t0 {
			continue
		}
		if m.ent == nil || m.ent.dead || m.kind == mPron || m.ent.typ == claimgraph.Publication || m.ent.typ == claimgraph.Document ||
			!(m.ent.isOrg() || m.ent.typ == claimgraph.Official && !m.ent.anon) {
			continue
		}
		if m.t0 > 0 {
			p := toks[m.t0-1].fold
			if prepositions[p] || p == "dem" || p == "den" || p == "des" || p == "einem" {
				continue
			}
		}
		subj = m
	}
	if subj == nil {
		return nil
	}
	return subj.ent
}

// findingPapersEN are the papers of a body's examination that the text
// may go on calling "the report".
var findingPapersEN = set("audit", "review", "inspection", "inquiry", "investigation", "assessment", "evaluation", "study")

// docStates tell what state a paper is in; they name it across nouns.
var docStates = set("draft", "confidential", "leaked", "interim", "preliminary", "unpublished", "secret", "classified")

// citedIn reports a mention of document e in sentence s.
func (d *doc) citedIn(e *entity, s int) bool {
	for _, m := range d.ments[s] {
		if m.ent == e {
			return true
		}
	}
	return false
}

// rulersEN follow "ruling" as an adjective: "the ruling party".
var rulersEN = set("party", "coalition", "majority", "group", "government", "junta", "elite", "family", "council", "bloc", "administration")

// seenByOutletBefore reports an English document phrase [start, end)
// that is the object of "has seen", "had obtained" or "have reviewed"
// after an article ("a confidential", "a copy of the"), an outlet named
// before the verb in the sentence. A plural is the outlet's research
// material, not a paper that carries a claim ("said it had reviewed
// time sheets from four depots", "had seen the same documents").
func (d *doc) seenByOutletBefore(s, start, end int) bool {
	toks := d.sents[s].toks
	if end < 1 || end > len(toks) || strings.HasSuffix(toks[end-1].fold, "s") {
		return false
	}
	for k := start - 1; k >= 1 && k >= start-5; k-- {
		f := toks[k].fold
		if f != "seen" && f != "obtained" && f != "reviewed" {
			if !toks[k].word {
				return false
			}
			continue
		}
		if g := toks[k-1].fold; g != "had" && g != "has" && g != "have" || !articles[toks[k+1].fold] {
			return false
		}
		for _, m := range d.ments[s] {
			if m.ent != nil && !m.ent.dead && m.ent.typ == claimgraph.Publication && m.t1 <= k-1 {
				return true
			}
		}
		return false
	}
	return false
}
