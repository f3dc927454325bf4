package extract

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph"
)

// channelCues mark a sentence in which an outlet passes a claim on.
var channelCues = set("berichtet", "berichtete", "berichten", "berichteten", "schreibt", "schrieb", "meldet", "meldete",
	"zufolge", "vorliegt", "vorliegen", "vorlag", "gezeigt", "berufung", "reported", "reports", "citing", "according",
	"seen", "shown", "obtained", "told", "cited", "wrote", "writes", "published", "veröffentlichte", "veroeffentlichte", "found",
	"einsehen", "eingesehen", "einsah", "reviewed", "recherchen", "shared", "provided", "leaked", "zugespielt", "interview", "angaben",
	"zitierte", "zitiert", "quoted", "quoting", "sagte", "sagt", "sagten", "erklärte", "erklaerte", "erfuhr", "erfahren", "informationen", "einblick",
	"gegenüber", "gegenueber",
	// "Speaking to Radio Clyde, …", "Im Gespräch mit dem Kurier …": the
	// outlet spoken to.
	"speaking", "talking", "spoke", "spoken", "talked", "gespräch", "gespraech")

// filedAgainstDE reports a German sentence in which a document is filed
// against someone: the document right before "gegen" and a verb of
// filing ("hat Strafanzeige gegen einen früheren Oberarzt erstattet").
func (d *doc) filedAgainstDE(s int) bool {
	if d.lang != "de" || !d.sentenceHas(s, raiseDE) {
		return false
	}
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.ent != nil && m.ent.typ == claimgraph.Document && m.t1 < len(toks) && toks[m.t1].fold == "gegen" {
			return true
		}
	}
	return false
}

// citeCues precede the outlet a citing outlet relies on: it is earlier in
// the chain.
var citeCues = set("citing", "berufung", "according", "laut", "zufolge", "quoting")

// computeVia attaches sourcing sentences to accusations and builds each
// accusation's chain: documents first, then the outlets that passed it
// on, origin first.
func (d *doc) computeVia() {
	// "Janet Okoye filed a lawsuit in state court. She claims she was
	// fired …": what the filer claims in the next sentences of the
	// paragraph comes through her pleading.
	for _, at := range d.forwardFilings {
		for _, a := range d.accs {
			if a.accuser != at.doc.author || a.sent <= at.sent || a.sent-at.sent > 3 || d.sents[a.sent].para != d.sents[at.sent].para || d.hasAttribution(a.sent) {
				continue
			}
			a.support = appendUniq(a.support, at.sent)
			d.attributions = append(d.attributions, at)
		}
	}
	supported := map[int]bool{}
	for _, a := range d.accs {
		for _, s := range a.support {
			supported[s] = true
		}
	}
	// Denials are found after via (a denial may answer what a pleading
	// said), so a sentence with a denial cue stands for a denial here.
	denied := map[int]bool{}
	for s := range d.sents {
		if _, _, _, ok := d.denyCue(s); ok {
			denied[s] = true
		}
	}
	// Documents seen by outlets: "Lagebericht, der der SZ vorliegt".
	for _, at := range d.attributions {
		for _, p := range d.channels(at.sent) {
			if p != at.doc.author {
				at.doc.addOutlet(p, d.sents[at.sent].para)
			}
		}
	}
	// "Der Bescheid liegt dem SWR vor": the document reached the outlet.
	for s := range d.sents {
		if d.lang != "de" || !d.sentenceHas(s, set("liegt", "liegen", "lag", "lagen")) || !d.sentenceHas(s, set("vor")) {
			continue
		}
		var doc, outlet *entity
		toks := d.sents[s].toks
		for _, m := range d.ments[s] {
			if m.ent == nil || m.ent.dead {
				continue
			}
			if m.ent.typ == claimgraph.Document && doc == nil {
				doc = m.ent
			}
			// ("liegt dem „Stuttgarter Abendblatt“ vor": past the quote.)
			if p := m.t0 - 1; m.ent.typ == claimgraph.Publication && p >= 0 {
				if toks[p].quote && p > 0 {
					p--
				}
				if toks[p].fold == "dem" || toks[p].fold == "der" {
					outlet = m.ent
				}
			}
		}
		if doc != nil && outlet != nil && doc.author != outlet {
			doc.addOutlet(outlet, d.sents[s].para)
		}
	}
	// Sentences that only source a claim ("Die Vorwürfe sind in einem
	// Lagebericht enthalten") belong to the claim they follow.
	for s := range d.sents {
		if supported[s] || denied[s] {
			continue
		}
		if !d.hasAttribution(s) && len(d.channels(s)) == 0 {
			continue
		}
		// "According to its annual report, Tellmark employs 4,000
		// people": a body's own periodic report cited for a plain fact
		// sources no claim.
		if len(d.channels(s)) == 0 && d.selfReportOnly(s) {
			continue
		}
		// "Bloomberg reported separately that Pellworth was in talks
		// …": an outlet's news of its own, with no misconduct, sources
		// no claim.
		if d.otherNews(s) {
			continue
		}
		// "Nach Recherchen der Zeitung prüft die Behörde, ob die Bank
		// Gelder angenommen hat": news of a question asked sources no
		// claim.
		if askedOnly(d.sents[s].toks) {
			continue
		}
		// "A report commissioned by X found no breach of the rules": a
		// finding that clears the accused sources no claim.
		if d.clearingFinding(s) {
			continue
		}
		var target *acc
		for _, a := range d.accs {
			if a.sent >= s || s-lastBefore(a.support, s) > 4 || d.sents[s].para-d.sents[lastBefore(a.support, s)].para > 1 {
				continue
			}
			if d.mentions(s, a.accused) {
				if target == nil {
					target = a
				} else if a.accuser != target.accuser && d.mentions(s, a.accuser) && !d.mentions(s, target.accuser) {
					// "A accused X … B accused X too. B's chief told
					// Reuters X had …": the claim of the accuser the
					// sentence names.
					target = a
				} else if a.sent == target.sent && a.accuser == target.accuser && !d.mentionsOtherParty(s, a) {
					// "sued the company and its chief executive" … "In a
					// complaint, Whitlock says Vail …": the source of
					// both.
					a.support = appendUniq(a.support, s)
				}
			}
		}
		if target == nil {
			for _, a := range d.accs {
				if a.sent >= s || s-lastBefore(a.support, s) > 4 || d.sents[s].para-d.sents[lastBefore(a.support, s)].para > 1 {
					continue
				}
				// "The NLRB complaint says …": the claim whose accuser
				// the sentence names comes first.
				if target == nil || lastBefore(a.support, s) >= lastBefore(target.support, s) && !(d.mentions(s, target.accuser) && !d.mentions(s, a.accuser)) ||
					d.mentions(s, a.accuser) && !d.mentions(s, target.accuser) {
					target = a
				}
			}
		}
		// "Auch der Bayerische Rundfunk berichtet über Missstände in der
		// Pflege": a sentence in another paragraph that cites no document
		// and names neither party of the claim before is news of its own.
		// "Laut einer Studie soll jeder dritte Pflegedienst …" there
		// reports a claim of its own from another source, whether or not
		// it was read.
		// "Diese Informationen sind im Memorandum enthalten": a sentence
		// that opens by pointing back at what was said takes it up.
		if target != nil && d.sents[s].para != d.sents[lastBefore(target.support, s)].para && (!d.hasAttribution(s) || d.otherSourceClaim(s, target)) &&
			!d.mentions(s, target.accused) && !d.mentions(s, target.accuser) && !pointsBack(d.sents[s].toks) {
			target = nil
		}
		// "Die Klinikleitung hat Strafanzeige gegen einen früheren
		// Oberarzt erstattet": a paper filed against a party of its own
		// sentence carries a claim of its own, not the claim before.
		if target != nil && !d.mentions(s, target.accused) && d.filedAgainstDE(s) {
			target = nil
		}
		// "Maas told Reuters in an interview", "Ein Sprecher sagte dem
		// NDR, …": the accused answering through an outlet passes on no
		// claim against itself.
		// "Die Kasse wirft Medivanta vor, … Nach Recherchen des
		// Fernsehmagazins „Kontrollpunkt“ hatte ein Entwickler bereits
		// gewarnt": what an outlet found by its own research is its own
		// claim, not the channel of another accuser's that the sentence
		// does not name.
		if target != nil && target.accuser.typ != claimgraph.Publication && d.ownResearch(s) && !d.mentions(s, target.accuser) {
			target = nil
		}
		if target != nil && (d.accusedSpeaks(s, target) || d.otherAccuser(s, target) || d.accusedAnswers(s, target)) {
			target = nil
		}
		// "Nortek sued Quantix … According to a complaint filed by the
		// state's attorney general, Quantix also bribed …": a pleading
		// another party filed carries that party's claim, not the
		// earlier accuser's.
		if target != nil {
			for _, at := range d.attributions {
				if at.sent == s && at.doc.filedBy && at.doc.author != target.accuser {
					target = nil
					break
				}
				// "Many of the complaint's claims echo a letter sent … by
				// a former engineer, Daniel Osei, which was reviewed by the
				// Courier": a paper the sentence gives another author
				// carries that author's claim, not the earlier accuser's.
				// (A body's report that the sentence says a claim comes from
				// sources it: "Das geht aus einem Bericht des Bundesamts …
				// hervor".)
				if at.sent == s && at.doc.author != nil && at.doc.author.typ == claimgraph.Official && at.doc.author != target.accuser && d.mentions(s, at.doc.author) && !d.mentions(s, target.accuser) {
					target = nil
					break
				}
				// "The Tessel Foundation also published a study … The
				// study says …": a paper the text gave another author in a
				// paragraph of its own is that author's news. ("Fraktionschefin
				// X berief sich dabei auf einen Prüfbericht des
				// Rechnungsprüfungsamts": the accuser's own people citing it
				// source the claim with it.)
				if at.sent == s && at.doc.author != nil && at.doc.author != target.accuser && target.accuser.typ != claimgraph.Publication &&
					d.sents[s].para != d.sents[lastBefore(target.support, s)].para && !d.mentions(s, target.accused) && !d.mentions(s, target.accuser) && !pointsBack(d.sents[s].toks) {
					target = nil
					break
				}
			}
		}
		// "Ravenna rejected the claims … »Greystone is a short seller
		// …«, Maas told Reuters": a quotation right after a denial in
		// its paragraph goes on with the denial.
		if target != nil && s > 0 && denied[s-1] && d.sents[s-1].para == d.sents[s].para && len(d.sents[s].toks) > 0 && d.sents[s].toks[0].quote {
			target = nil
		}
		// A sentence that names the accused sources its claim even if it
		// mentions another company on the way ("a pricing platform
		// operated by RentWise"); one that does not, only if it names
		// no other company.
		// ("According to the Tribune, the two inflated the company's
		// earnings": a sentence that takes the claim up by pointing back
		// may name the firm on the way.)
		if target != nil && (d.mentions(s, target.accused) || !d.mentionsOtherParty(s, target) || pointsBack(d.sents[s].toks)) {
			target.support = appendUniq(target.support, s)
			// Co-accusers made one claim: its source is theirs too ("Die
			// DUH und der BUND werfen … vor. Sie stützen sich auf …").
			for _, a := range d.accs {
				if a != target && a.sent == target.sent && a.accused == target.accused && a.rule == target.rule {
					a.support = appendUniq(a.support, s)
				}
			}
			// The document that sources a claim was written by its
			// accuser, unless the text says otherwise.
			for _, at := range d.attributions {
				if at.sent == s && at.doc.author == nil && target.accuser.typ != claimgraph.Publication {
					at.doc.author = target.accuser
				}
			}
			// "Laut Anklage sollen die Beschuldigten …": a source for
			// every accused of the statement it follows.
			if !d.mentions(s, target.accused) {
				for _, a := range d.accs {
					if a != target && a.sent == target.sent && a.accuser == target.accuser && (!d.mentionsOtherParty(s, a) || pointsBack(d.sents[s].toks)) {
						a.support = appendUniq(a.support, s)
					}
				}
			}
		}
	}
	// "X has accused four vets groups of …, in provisional findings. X
	// said A, B, C and D had …": the claim that names the parties comes
	// from the sentence that left them unnamed.
	for _, a := range d.accs {
		for _, p := range d.pending {
			if p.accuser == a.accuser && p.sent < a.sent && p.sent >= a.sent-2 && d.hasAttribution(p.sent) {
				a.support = appendUniq(a.support, p.sent)
			}
		}
	}
	// "Ein ehemaliger Entwickler sagte dem Isar-Kurier, er habe früh
	// gewarnt. Kuravia habe die Warnungen ignoriert": a claim that goes
	// on with what its accuser told an outlet in the sentence right
	// before, in its paragraph, reached the article through that outlet.
	// The accuser must be the speaker there (the first party the
	// sentence names), the claim's own sentence must cite no source,
	// and the sentence before must carry no claim or denial of its own.
	for _, a := range d.accs {
		p := a.sent - 1
		if p < 0 || d.sents[p].para != d.sents[a.sent].para || supported[p] || denied[p] || d.hasAttribution(a.sent) || len(d.channels(a.sent)) > 0 || len(d.channels(p)) == 0 {
			continue
		}
		own := true
		for _, b := range d.accs {
			if b.sent == p {
				own = false
			}
		}
		if !own || d.accusedSpeaks(p, a) {
			continue
		}
		for _, m := range d.ments[p] {
			if m.ent == nil || m.ent.typ == claimgraph.Publication {
				continue
			}
			if m.ent == a.accuser || party(m.ent) == a.accuser {
				a.support = appendUniq(a.support, p)
			}
			break
		}
	}
	// A document cited in the sentence of a claim made by co-accusers
	// sources each of them.
	for _, a := range d.accs {
		for _, b := range d.accs {
			if a != b && a.sent == b.sent && a.accused == b.accused && a.rule == b.rule {
				for _, s := range b.support {
					if d.hasAttribution(s) {
						a.support = appendUniq(a.support, s)
					}
				}
			}
		}
	}
	for _, a := range d.accs {
		sort.Ints(a.support)
		var docs, outlets []*entity
		paras := map[int]bool{}
		for _, s := range a.support {
			paras[d.sents[s].para] = true
			for _, at := range d.attributions {
				if at.sent == s {
					docs = appendEnt(docs, at.doc)
				}
			}
			for _, p := range d.channels(s) {
				if p != a.accused {
					outlets = appendEnt(outlets, p)
				}
			}
		}
		// A document the accuser wrote, cited in the same paragraph as a
		// restatement, sources that restatement too.
		for _, at := range d.attributions {
			if paras[d.sents[at.sent].para] && at.doc.author == a.accuser && !d.scopedElsewhere(at, a) {
				docs = appendEnt(docs, at.doc)
			}
		}
		// A claim with no source of its own, made by an accuser who wrote
		// a document the article cites, comes from that document: "Die
		// Prüfer werfen dem Elektrobetrieb zudem vor" after the
		// Prüfbericht.
		if len(docs) == 0 {
			for _, at := range d.attributions {
				if at.doc.author == a.accuser && !at.doc.dead && near(at.sent, a.support, 3) && !d.scopedElsewhere(at, a) {
					docs = appendEnt(docs, at.doc)
				}
			}
		}
		// "Das geht aus einem Prüfbericht hervor … In mindestens neun
		// Fällen habe Quadrant Leistungen abgerechnet, schreiben die
		// Prüfer": an accuser who writes a claim, near the one paper the
		// text cites with no author, wrote that paper.
		if len(docs) == 0 && d.sentenceHas(a.sent, writeVerbs) {
			var only *entity
			n := 0
			for _, at := range d.attributions {
				if at.doc.author == nil && !at.doc.dead && at.sent < a.sent && near(at.sent, a.support, 3) && at.doc != only {
					only = at.doc
					n++
				}
			}
			if n == 1 {
				only.author = a.accuser
				docs = append(docs, only)
			}
		}
		var via []*entity
		if a.accuser.typ == claimgraph.Publication {
			via = append(via, a.accuser)
		}
		for _, doc := range docs {
			via = appendEnt(via, doc)
		}
		for _, doc := range docs {
			// "Baltic Freight Ledger reported that the authority has
			// concluded … The journal cited Kobenhavns Dagblad, which said
			// it had seen an internal report": where an outlet of the
			// claim's own sentence passed the document on in another
			// paragraph, that paragraph's outlets are of the same copy.
			copyParas := map[int]bool{}
			for i, o := range doc.outlets {
				if containsEnt(outlets, o) {
					copyParas[doc.outletParas[i]] = true
				}
			}
			for i, o := range doc.outlets {
				// "Laut der Anklage, die dem »Spiegel« vorliegt …" and in
				// another paragraph "Nach der Anklageschrift, in die der
				// WDR Einblick hatte, …": where the claim's own sentence
				// names the outlet that saw the document, one that saw a
				// document of that name elsewhere passed on another copy.
				if !paras[doc.outletParas[i]] && len(outlets) > 0 && !copyParas[doc.outletParas[i]] {
					continue
				}
				via = appendEnt(via, o)
			}
		}
		for _, o := range outlets {
			via = appendEnt(via, o)
		}
		a.via = via
	}
	// "X is facing allegations that …, according to a report by the
	// Sentinel newspaper. … The Sentinel, citing an unpublished audit by
	// FLAN, reported that …": a claim the text gives only to an outlet's
	// report is the claim the outlet passes on from its own source
	// against the same party; the outlet is its channel, not its origin.
	kept := d.accs[:0]
	for _, a := range d.accs {
		drop := false
		if a.accuser.typ == claimgraph.Publication && strings.HasSuffix(a.rule, ".according.reported") {
			for _, b := range d.accs {
				if b != a && b.accused == a.accused && b.accuser != a.accuser && b.accuser.typ != claimgraph.Publication && b.sent > a.sent && containsEnt(b.via, a.accuser) {
					drop = true
				}
			}
		}
		if !drop {
			kept = append(kept, a)
		}
	}
	d.accs = kept
	// "Das meldete die Nachrichtenagentur npa unter Berufung auf die
	// Rheinische Abendpost": an outlet that relays another's report
	// carries on every claim that reached the article through that
	// report, wherever the text names the relay.
	relayed := map[*entity]*entity{}
	for s := range d.sents {
		_, rs := d.channelsSplit(s)
		for c, r := range rs {
			if _, ok := relayed[c]; !ok {
				relayed[c] = r
			}
		}
	}
	for _, a := range d.accs {
		for i := 0; i < len(a.via); i++ {
			if r := relayed[a.via[i]]; r != nil && r != a.accused && r != a.accuser && !containsEnt(a.via, r) {
				a.via = append(a.via, r)
			}
		}
	}
	// Co-accusers share the chain of their one claim.
	for _, a := range d.accs {
		for _, b := range d.accs {
			if a != b && a.sent == b.sent && a.accused == b.accused && a.rule == b.rule {
				for _, v := range b.via {
					if v.typ == claimgraph.Document || v != b.accuser {
						a.via = appendEnt(a.via, v)
					}
				}
			}
		}
	}
}

// scopedElsewhere reports that the document cited at at sources another
// claim and not a: it is cited in the sentence of the accuser's claim
// against another party, and does not frame what follows. "…, according
// to a provisional decision" after one claim, or "Laut einem Gutachten
// soll auch Motrex …" after claims against others, is that claim's
// source only. A document that opens the sentence before a's claim in
// the same paragraph frames the story and carries over ("According to a
// memo seen by the FT, the ministry accuses A … It also says B …").
func (d *doc) scopedElsewhere(at attribution, a *acc) bool {
	if containsInt(a.support, at.sent) || d.trailingSource(at, a) || d.reportedNext(at, a) || d.docLeadsInto(at, a) {
		return false
	}
	// "…, according to a complaint seen by the Herald. The union also
	// accused X …, the newspaper reported": the outlet that saw the
	// document passes this claim on too, so it came from the document.
	for _, s := range a.support {
		for _, o := range d.channels(s) {
			for _, p := range at.doc.outlets {
				if o == p {
					return false
				}
			}
		}
	}
	for _, b := range d.accs {
		// Parties accused in one statement share its source ("hat Borvik
		// und Heldrich zur Last gelegt … Die Vorwürfe sind in einer
		// Mitteilung der Beschwerdepunkte enthalten").
		if b == a || b.accuser != a.accuser || b.accused == a.accused || b.sent == a.sent || !containsInt(b.support, at.sent) {
			continue
		}
		// "In a statement of objections, the Commission accused A … The
		// Commission also accused B": a pleading is addressed to the
		// party it charges, and frames no claim against another.
		framing := at.sent < a.sent && d.sents[at.sent].para == d.sents[a.sent].para && !(pleadingDoc(at.doc) && !d.citedAccordingTo(at))
		if framing {
			for _, m := range d.ments[at.sent] {
				if m.ent == b.accused && m.t0 < at.tok {
					framing = false
				}
			}
		}
		if !framing {
			return true
		}
	}
	return false
}

// docLeadsInto reports a claim whose sentence follows, in its paragraph,
// a sentence that names the document and states no claim of its own:
// "Auch der Hersteller kommt in dem Bericht schlecht weg. Die Firma habe
// … verlangt, schreiben die Prüfer" turns the reader to the document.
func (d *doc) docLeadsInto(at attribution, a *acc) bool {
	p := a.sent - 1
	if p < 0 || p == at.sent || d.sents[p].para != d.sents[a.sent].para || !d.mentions(p, at.doc) {
		return false
	}
	for _, b := range d.accs {
		if b.sent == p {
			return false
		}
	}
	return true
}

// reportedNext reports a German claim in reported speech right after the
// sentence that cites the document, in its paragraph: "…, heißt es in
// dem Bericht. Vorstandschef Eberharter soll zudem …" goes on reporting
// what the document says.
//
// English goes on the same way in the passive with no agent: "The
// indictment … alleges that Morrow hid her stake … Ansel and Lund are
// accused of paying Morrow …".
func (d *doc) reportedNext(at attribution, a *acc) bool {
	if a.sent != at.sent+1 || d.sents[a.sent].para != d.sents[at.sent].para || d.hasAttribution(a.sent) {
		return false
	}
	if d.lang == "en" {
		return strings.HasSuffix(a.rule, ".passive") && !d.mentions(a.sent, a.accuser)
	}
	return d.sentenceHas(a.sent, reportativeSollDE)
}

var reportativeSollDE = set("soll", "sollen", "sollte", "sollten")

// trailingSource reports a sentence that only names the source of what
// the sentences before it said, with no claim of its own: "Sie wirft
// Wendeler Bestechlichkeit vor … Dem Geschäftsführer legt die
// Anklagebehörde Bestechung zur Last. Das geht aus der Anklageschrift
// hervor." It sources every claim of the run it closes, in its own
// paragraph or, as the first sentence of the next one, in the paragraph
// before, as long as no other source or accuser comes between.
func (d *doc) trailingSource(at attribution, a *acc) bool {
	if at.sent <= a.sent {
		return false
	}
	pa, ps := d.sents[a.sent].para, d.sents[at.sent].para
	if ps != pa && !(ps == pa+1 && d.sents[at.sent-1].para != ps) {
		return false
	}
	for s := a.sent; s < at.sent; s++ {
		if d.hasAttribution(s) {
			return false
		}
	}
	for _, b := range d.accs {
		if b.sent == at.sent || b.sent > a.sent && b.sent < at.sent && b.accuser != a.accuser {
			return false
		}
	}
	return true
}

// otherAccuser reports a sentence in which another party makes a claim
// of its own ("Human Rights Watch, in a report seen by the Guardian,
// accused …"): whether or not the claim itself was read, its sources are
// not those of a's.
func (d *doc) otherAccuser(s int, a *acc) bool {
	toks := d.sents[s].toks
	for c, t := range toks {
		// "Human Rights Watch said in a report … that Estuary Docks had
		// …": another party's statement about the accused, even where
		// its misconduct was not read as a claim.
		says := (t.fold == "said" || t.fold == "says") && d.mentionAfter(s, c, a.accused)
		if t.inq || !(says || accuseEN[t.fold] || vorwerfenFinite[t.fold] || vorwerfenWhole[t.fold] || accuseDE[t.fold] || anlastenDE[t.fold] || lastenFinite[t.fold]) {
			continue
		}
		// "In einem Schreiben an den Landtag wirft der Verband dem
		// Landesamt vor": a claim with a document of its own, whose
		// accuser is not a's, even if the text leaves it unresolved.
		if !says && d.hasAttribution(s) && !d.mentions(s, a.accuser) {
			return true
		}
		for _, m := range d.ments[s] {
			if m.t1 > c && !(d.lang == "de" && m.t0 <= c+2) || m.ent == nil || m.ent.dead || m.ent.typ == claimgraph.Publication || m.ent.typ == claimgraph.Document {
				continue
			}
			// Only the subject: it opens the sentence or stands right
			// before the verb, not a court in "filed in Hennepin County
			// District Court, says".
			// German puts the subject after the finite verb: "In einem
			// Schreiben wirft der Verband dem Landesamt vor".
			v2 := d.lang == "de" && (m.t0 == c+1 || m.t0 == c+2 && articles[toks[c+1].fold])
			if !(v2 || m.t0 == 0 || m.t0 == 1 && articles[toks[0].fold] || m.t1 == c || m.t1 == c-1 && toks[c-1].fold == "also") {
				continue
			}
			if p := party(m.ent); p != party(a.accuser) && p != a.accused && m.ent != a.accused && m.kind != mPron {
				return true
			}
		}
	}
	return false
}

// mentionAfter reports a mention of e after token c of sentence s.
func (d *doc) mentionAfter(s, c int, e *entity) bool {
	for _, m := range d.ments[s] {
		if m.t0 > c && m.ent != nil && (m.ent == e || party(m.ent) == e) {
			return true
		}
	}
	return false
}

// answerVerbs are verbs of saying and writing whose subject answers.
var answerVerbs = set("said", "says", "wrote", "writes", "told", "added", "sagte", "sagt", "schrieb", "schreibt", "erklärte", "erklaerte", "erklärt", "erklaert")

// accusedAnswers reports a sentence in which the accused of a, or someone
// speaking for it, says or writes something about a's accuser: "In a
// letter to Harcourt's board seen by The Canberra Dispatch, Kestrel chief
// executive Joanna Whitlam wrote that Harcourt had itself ordered …". It
// is the accused's answer, with a source of its own, and does not pass
// a's claim on. A sentence that reports the accuser's charge ("Kestrel
// said Harcourt had sent a letter accusing it of …") may still source
// it.
func (d *doc) accusedAnswers(s int, a *acc) bool {
	if a.accused == nil || a.accuser == nil || party(a.accuser) == party(a.accused) {
		return false
	}
	toks := d.sents[s].toks
	for _, t := range toks {
		if accuseEN[t.fold] || chargeEN[t.fold] || allegeEN[t.fold] || vorwerfenFinite[t.fold] || accuseDE[t.fold] {
			return false
		}
	}
	for c, t := range toks {
		if !answerVerbs[t.fold] || t.inq || !d.mentionAfter(s, c, a.accuser) {
			continue
		}
		for _, m := range d.ments[s] {
			if m.ent == nil || m.ent.dead || m.kind == mPron || party(m.ent) != a.accused && m.ent != a.accused {
				continue
			}
			// The subject right before the verb ("Kestrel chief
			// executive Joanna Whitlam wrote"), or after it in German
			// ("schrieb Datronik-Chef Udo Klee": past the role word).
			before := m.t1 == c || m.t1 == c-1 && toks[c-1].text == ","
			v2 := d.lang == "de" && m.t0 > c && m.t0 <= c+4
			for k := c + 1; v2 && k < m.t0; k++ {
				v2 = toks[k].word && d.mentionAt(s, k) == nil
			}
			if before || v2 {
				return true
			}
		}
	}
	return false
}

// accusedSpeaks reports that the accused of a, or someone speaking for
// it, is the one who tells an outlet what sentence s says: "Maas told
// Reuters", "sagte ein Sprecher des Unternehmens dem NDR".
func (d *doc) accusedSpeaks(s int, a *acc) bool {
	toks := d.sents[s].toks
	// The speaker is on the side of this or another accused party, not
	// on the accuser's ("Ein Sprecher [of Rollmobil] sagte der dpa …"
	// sources no claim against Trackwise either).
	onSide := func(m *mention) bool {
		if m.ent == nil || m.ent.dead || party(m.ent) == party(a.accuser) {
			return false
		}
		for _, b := range d.accs {
			if m.ent == b.accused || party(m.ent) == b.accused {
				return true
			}
		}
		return false
	}
	for _, p := range d.ments[s] {
		if p.ent == nil || p.ent.typ != claimgraph.Publication {
			continue
		}
		// The verb before the outlet: "told Reuters", "sagte dem NDR",
		// "sagte ein Sprecher dem NDR".
		c := p.t0 - 1
		if c >= 0 && articles[toks[c].fold] {
			c--
		}
		if c < 0 {
			continue
		}
		if speechVerbs[toks[c].fold] || toks[c].fold == "tells" {
			for _, m := range d.ments[s] {
				// "Norvik's chief executive, Lars Holm, told the Valley
				// Herald": the speaker's apposition closes before the verb.
				if (m.t1 == c || m.t1 == c-1 && toks[c-1].text == ",") && onSide(m) {
					return true
				}
			}
			continue
		}
		for _, m := range d.ments[s] {
			if m.t1 == c+1 && m.t0 >= 1 && onSide(m) {
				// ("sagte Geschäftsführer Ralf Kemper dem Tageskurier":
				// past the speaker's article and role words.)
				for v := m.t0 - 1; v >= 0 && v >= m.t0-4 && toks[v].word; v-- {
					if speechVerbs[toks[v].fold] {
						return true
					}
				}
			}
		}
	}
	return false
}

// near reports whether sentence s is within n sentences of one of xs:
// a document cited long before is about another matter ("Bereits im
// vergangenen Jahr hatte die DUH …").
func near(s int, xs []int, n int) bool {
	for _, x := range xs {
		if x-s <= n && s-x <= n {
			return true
		}
	}
	return false
}

// lastBefore is the last of xs before s: the statement of a claim that a
// sentence at s may go on with (a claim restated later is no nearer).
func lastBefore(xs []int, s int) int {
	m := -1
	for _, x := range xs {
		if x > m && x < s {
			m = x
		}
	}
	return m
}

// otherSourceClaim reports a German sentence in reported speech ("soll")
// that cites a document another party issued than a's accuser:
// one it introduces anew ("Laut einer Studie soll …") or one the sentences
// before show another body filed ("… hat Klage eingereicht. Nach der
// Klageschrift soll …"). It states a claim of its own. "Laut
// Anklageschrift sollen die Arbeiter zudem …" after a's accuser brought
// the indictment goes on with a's.
func (d *doc) otherSourceClaim(s int, a *acc) bool {
	toks := d.sents[s].toks
	if d.lang != "de" {
		return false
	}
	reported := false
	for _, t := range toks {
		if reportedModal[t.fold] && !t.inq {
			reported = true
		}
	}
	if !reported {
		return false
	}
	for _, p := range d.participants(s, true) {
		if p.e.typ != claimgraph.Document {
			continue
		}
		if p.m.t0 > 0 && indefiniteDE[toks[p.m.t0-1].fold] {
			return true
		}
		if is := d.paraIssuer(s, p); is != nil && is != a.accuser {
			return true
		}
	}
	return false
}

// addOutlet records that outlet o saw document e in paragraph para.
func (e *entity) addOutlet(o *entity, para int) {
	for _, x := range e.outlets {
		if x == o {
			return
		}
	}
	e.outlets = append(e.outlets, o)
	e.outletParas = append(e.outletParas, para)
}

func appendEnt(xs []*entity, e *entity) []*entity {
	for _, x := range xs {
		if x == e {
			return xs
		}
	}
	return append(xs, e)
}

func (d *doc) hasAttribution(s int) bool {
	for _, at := range d.attributions {
		if at.sent == s {
			return true
		}
	}
	return false
}

func (d *doc) mentions(s int, e *entity) bool {
	for _, m := range d.ments[s] {
		if m.ent == e || m.ent != nil && party(m.ent) == e {
			return true
		}
	}
	return false
}

// mentionsOtherParty: a sourcing sentence about another company is not
// about this claim.
func (d *doc) mentionsOtherParty(s int, a *acc) bool {
	for _, m := range d.ments[s] {
		// "Lorna Baines … told the Corby Gazette that …": a person who
		// opens the sentence and is neither party speaks for herself,
		// through her own channel.
		if m.ent != nil && !m.ent.dead && m.ent.typ == claimgraph.Official && m.t0 == 0 && m.kind == mPerson &&
			m.ent != a.accuser && m.ent != a.accused && party(m.ent) != party(a.accuser) && party(m.ent) != party(a.accused) {
			return true
		}
		if m.ent == nil || m.ent.dead || m.ent.typ != claimgraph.Company {
			continue
		}
		if m.ent != a.accused && m.ent != a.accuser && party(m.ent) != a.accused && m.ent != party(a.accused) && m.ent != party(a.accuser) {
			return true
		}
	}
	return false
}

// otherNews reports a sentence in which an outlet reports a clause of
// its own that states no misconduct ("Bloomberg reported separately that
// Pellworth was in talks to sell …").
func (d *doc) otherNews(s int) bool {
	toks := d.sents[s].toks
	// "Wie der RBB berichtet, liegt der Staatsanwaltschaft inzwischen
	// eine Strafanzeige vor": the outlet's own news, stated in the
	// indicative, with no reported claim (no "soll", no Konjunktiv) and
	// no misconduct.
	// "Nach Informationen des Handelsblatts prüft inzwischen die
	// Finanzkontrolle den Fall": the same for an outlet cited up front.
	if d.lang == "de" && len(toks) > 3 && (toks[0].fold == "nach" || toks[0].fold == "laut") {
		for _, m := range d.ments[s] {
			if m.ent == nil || m.ent.typ != claimgraph.Publication || m.t0 > 5 {
				continue
			}
			for _, t := range toks[m.t1:] {
				if reportedModal[t.fold] || konjunktivDE[t.fold] {
					return false
				}
			}
			return !d.wrongdoingOutsideNames(s, m.t1, len(toks))
		}
	}
	if d.lang == "de" && len(toks) > 3 && toks[0].fold == "wie" {
		for c := 1; c < len(toks) && c <= 8; c++ {
			if toks[c].text == "," {
				break
			}
			if !reportVerbsOutlet[toks[c].fold] && toks[c].fold != "schreibt" && toks[c].fold != "schrieb" {
				continue
			}
			outlet := false
			for _, m := range d.ments[s] {
				outlet = outlet || m.ent != nil && m.ent.typ == claimgraph.Publication && m.t1 <= c
			}
			if !outlet || c+1 >= len(toks) || toks[c+1].text != "," {
				break
			}
			for _, t := range toks[c+2:] {
				if reportedModal[t.fold] || konjunktivDE[t.fold] {
					return false
				}
			}
			return !d.wrongdoingOutsideNames(s, c+2, len(toks))
		}
	}
	for c := range toks {
		said := toks[c].fold == "said" || toks[c].fold == "says"
		if !reportVerbsOutlet[toks[c].fold] && !said || c == 0 {
			continue
		}
		th := thatAfter(toks, c)
		if th < 0 {
			// "The magazine Harbour Watch, which first reported the
			// intrusions in March, said one of the victims was …": a
			// clause about no accused party.
			if !said || d.accusedAfter(s, c) {
				continue
			}
			th = c
		}
		for _, m := range d.ments[s] {
			// "the Wall Street Journal, citing people familiar with the
			// matter, reported that …": past the parenthesis.
			if m.ent != nil && m.ent.typ == claimgraph.Publication && (m.t1 == c || m.t1 < c && toks[m.t1].text == "," && toks[c-1].text == "," && !d.mentionBetween(s, m.t1, c)) {
				return !hasWrongdoing(toks, th+1, len(toks))
			}
		}
	}
	return false
}

// wrongdoingOutsideNames is hasWrongdoing over the words of [from, to)
// that name no party: "Bundeskartellamt" names a cartel office, not a
// cartel.
func (d *doc) wrongdoingOutsideNames(s, from, to int) bool {
	toks := d.sents[s].toks
	start := from
	for k := from; k <= to; k++ {
		if k < to && d.mentionAt(s, k) == nil {
			continue
		}
		if k > start && hasWrongdoing(toks, start, k) {
			return true
		}
		start = k + 1
	}
	return false
}

// accusedAfter reports a party accused in the text named after token c
// of sentence s.
func (d *doc) accusedAfter(s, c int) bool {
	for _, a := range d.accs {
		if d.mentionAfter(s, c, a.accused) {
			return true
		}
	}
	return false
}

// mentionBetween reports a mention of a party between tokens i and j.
func (d *doc) mentionBetween(s, i, j int) bool {
	for _, m := range d.ments[s] {
		if m.t0 >= i && m.t1 <= j && m.ent != nil && m.ent.typ != claimgraph.Publication {
			return true
		}
	}
	return false
}

// channels lists the outlets through which sentence s passes a claim on,
// the cited one before the citing one. An outlet counts when the words
// around it make it a channel: it reports ("Bloomberg reported", "wie der
// Spiegel berichtet"), is cited ("citing the FT", "unter Berufung auf"), or
// has seen the source ("seen by the Ledger", "der der SZ vorliegt").
func (d *doc) channels(s int) []*entity {
	out, _ := d.channelsSplit(s)
	return out
}

// channelsSplit is channels, with the outlets the sentence cites by an
// outlet that reports them ("Das meldete die Nachrichtenagentur npa unter
// Berufung auf die Rheinische Abendpost"): relays[cited] is the citing
// outlet.
func (d *doc) channelsSplit(s int) ([]*entity, map[*entity]*entity) {
	if !d.sentenceHas(s, channelCues) {
		return nil, nil
	}
	toks := d.sents[s].toks
	var cited, citing []*entity
	for _, m := range d.ments[s] {
		if m.ent == nil || m.ent.dead || m.ent.typ != claimgraph.Publication {
			continue
		}
		// "die Zeitung »Le Monde«": the descriptor is the quoted name's.
		if m.kind != mName && m.t1+1 < len(toks) && toks[m.t1].quote {
			if nm := d.mentionAt(s, m.t1+1); nm != nil && nm.ent != nil && nm.ent.typ == claimgraph.Publication && nm.ent != m.ent {
				continue
			}
		}
		isCited, isChannel := false, false
		for k := m.t0 - 1; k >= 0 && k >= m.t0-6; k-- {
			if citeCues[toks[k].fold] {
				isCited = true
			}
			// "The trade publication cited the business daily Bergens
			// Handelsavis, which said it had seen a memo": the outlet a
			// verb of citing takes as its object is earlier in the chain
			// ("a memo cited by the Ledger" is the Ledger's own).
			if d.lang == "en" && (toks[k].fold == "cited" || toks[k].fold == "cites") && k+1 < len(toks) && toks[k+1].fold != "by" {
				isCited = true
			}
			if k >= m.t0-3 && seenBefore[toks[k].fold] {
				isChannel = true
			}
			// "im Interview mit dem Deutschlandfunk": the outlet spoken
			// to.
			// ("in an interview with the news site harbourpitch.com":
			// English too, past the outlet's kind.)
			// ("Im Gespräch mit Radio Mosel-Saar", "in a conversation
			// with Lakeside FM": a talk as well as an interview.)
			if k >= m.t0-4 && (toks[k].fold == "mit" || toks[k].fold == "with") && k > 0 && (strings.HasPrefix(toks[k-1].fold, "interview") ||
				strings.HasPrefix(toks[k-1].fold, "gespräch") || strings.HasPrefix(toks[k-1].fold, "gespraech") || toks[k-1].fold == "conversation") {
				isChannel = true
			}
			// "…, berichtete die »Ostsee-Zeitung«", "…, reported the
			// Ledger": a reporting verb right before the outlet.
			// ("meldete die Nachrichtenagentur npa": past the outlet's
			// kind.)
			if k >= m.t0-3 && reportAfter[toks[k].fold] && toks[k].fold != "zufolge" {
				between := true
				for j := k + 1; j < m.t0; j++ {
					between = between && (articles[toks[j].fold] || toks[j].quote || j == m.t0-1 && d.outletDescriptor(toks[j]))
				}
				if between {
					isChannel = true
				}
			}
			// "Gegenüber dem SWR warf er der Firma vor": the outlet
			// the claim was told to.
			if k >= m.t0-3 && (toks[k].fold == "gegenüber" || toks[k].fold == "gegenueber") {
				isChannel = true
			}
			// "nach Angaben der Thüringer Allgemeinen": the outlet
			// passes the claim on.
			// "Nach Recherchen des WDR" too.
			// "Nach Informationen des Magazins „Kontrast“": past the
			// outlet's descriptor and quotation marks too.
			if (toks[k].fold == "angaben" || toks[k].fold == "informationen" || toks[k].fold == "recherchen") && k > 0 && toks[k-1].fold == "nach" {
				between := true
				for j := k + 1; j < m.t0; j++ {
					between = between && (articles[toks[j].fold] || toks[j].quote || j == m.t0-1 || d.outletDescriptor(toks[j]))
				}
				if k >= m.t0-3 || between {
					isChannel = true
				}
			}
		}
		// "sagte Verbandschefin Petra Sölling der Süddeutschen Zeitung",
		// "sagte ein Sprecher dem NDR": the outlet spoken to, in the
		// dative. After a role noun "der" is a genitive ("ein Sprecher
		// der Süddeutschen Zeitung" speaks for it), so "der" counts only
		// after the verb or a person's name.
		// ("sagte die 29-Jährige dem Radiosender Antenne Süd": past the
		// outlet's kind; a mention may hold its article.)
		art := m.t0 - 1
		if art >= 1 && d.outletDescriptor(toks[art]) {
			art--
		}
		if m.t0 < len(toks) && (toks[m.t0].fold == "dem" || toks[m.t0].fold == "der") && m.t1 > m.t0+1 {
			art = m.t0
		}
		if d.lang == "de" && art >= 1 && (toks[art].fold == "dem" || toks[art].fold == "der") && d.toldDE(s, art, toks[art].fold == "dem") {
			isChannel = true
		}
		// "Dem MDR sagte Betriebsrat Uwe Kranz, …": the outlet spoken to,
		// fronted in the dative right before the verb of saying.
		// ("Dem „Spiegel“ sagte …": past quotation marks.)
		if d.lang == "de" && toks[0].fold == "dem" && m.t0 <= 3 {
			fronted := true
			for j := 1; j < m.t0; j++ {
				fronted = fronted && (toks[j].quote || d.outletDescriptor(toks[j]))
			}
			v := m.t1
			for v < len(toks) && toks[v].quote {
				v++
			}
			if fronted && v < len(toks) && speechVerbs[toks[v].fold] {
				isChannel = true
			}
		}
		// "Bloomberg News, citing a report in the Marina Daily, said …":
		// the outlet that cites another passes the claim on, whatever
		// verb follows.
		if m.t1+1 < len(toks) && toks[m.t1].text == "," && (toks[m.t1+1].fold == "citing" || toks[m.t1+1].fold == "quoting" ||
			toks[m.t1+1].fold == "unter" && m.t1+2 < len(toks) && toks[m.t1+2].fold == "berufung") {
			isChannel = true
		}
		// The reporting verb may follow a parenthesis: "Bloomberg News,
		// citing a story in the FT, reported"; "wie der Spiegel unter
		// Berufung auf … berichtet".
		for k := m.t1; k < len(toks) && k <= m.t1+20; k++ {
			if reportAfter[toks[k].fold] {
				isChannel = true
				break
			}
			// "Calloway News Service later carried the story, citing the
			// newspaper": an outlet that runs another's story.
			if d.lang == "en" && (toks[k].fold == "carried" || toks[k].fold == "picked") && storyAhead(toks, k) {
				isChannel = true
				break
			}
			// "The indictment, which the Riverton Sentinel obtained, …":
			// the outlet as the subject of a relative clause of getting
			// or seeing the paper.
			if d.lang == "en" && k <= m.t1+2 && obtainedEN[toks[k].fold] && d.relBeforeEN(toks, m.t0) {
				isChannel = true
				break
			}
			// "Dem Blatt liegt nach eigenen Angaben ein Prüfbericht
			// vor": the outlet has the paper.
			if d.lang == "de" && k <= m.t1+1 && (toks[k].fold == "liegt" || toks[k].fold == "lag" || toks[k].fold == "liegen" || toks[k].fold == "lagen") && particleLater(toks, k, "vor") {
				isChannel = true
				break
			}
			if f := toks[k].fold; f == "that" || f == "dass" || f == "said" || f == "sagte" {
				break
			}
		}
		switch {
		case isCited:
			cited = appendEnt(cited, m.ent)
		case isChannel:
			citing = appendEnt(citing, m.ent)
		}
	}
	out := cited
	for _, e := range citing {
		out = appendEnt(out, e)
	}
	var relays map[*entity]*entity
	if len(citing) == 1 {
		for _, c := range cited {
			if c != citing[0] {
				if relays == nil {
					relays = map[*entity]*entity{}
				}
				relays[c] = citing[0]
			}
		}
	}
	// "Dem Bericht zufolge …" after "nach Angaben der X": the outlet's
	// article passes this claim on too.
	if len(out) == 0 && d.lang == "de" {
		for i, t := range toks {
			if mediaReportNouns[t.fold] && d.outletsArticle(s, i) {
				if e := d.lastOutlet(s, i); e != nil {
					out = append(out, e)
				}
				break
			}
		}
	}
	return out, relays
}

// storyAhead reports a news story as the object of the verb at k
// ("carried the story", "picked up the report").
func storyAhead(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch toks[j].fold {
		case "story", "stories", "report", "reports", "article", "news", "claims", "allegations":
			return true
		}
	}
	return false
}

// writeVerbs tell that a claim was made in writing.
var writeVerbs = set("schreiben", "schreibt", "schrieb", "schrieben", "writes", "wrote", "write")

// obtainedEN are the verbs of an outlet getting or seeing a paper.
var obtainedEN = set("obtained", "saw", "seen", "reviewed", "examined", "received")

// relBeforeEN reports a relative pronoun right before the phrase that
// starts at t0: "which the Sentinel", "the memo that the paper" ("alleging
// that the newspaper obtained her records" is no relative clause).
func (d *doc) relBeforeEN(toks []token, t0 int) bool {
	k := t0 - 1
	if k >= 0 && toks[k].fold == "the" {
		k--
	}
	return k >= 0 && (toks[k].fold == "which" || toks[k].fold == "that" && k > 0 && d.docHead(toks[k-1]) != "")
}

// toldDE reports that the dative article at token k follows a speech
// verb, directly or after its speaker: "sagte der SZ", "sagte Petra
// Sölling der SZ", "sagte ein Sprecher dem NDR" (any speaker with "dem").
func (d *doc) toldDE(s, k int, dative bool) bool {
	toks := d.sents[s].toks
	if speechVerbs[toks[k-1].fold] {
		return true
	}
	for _, m := range d.ments[s] {
		if m.t1 != k || m.ent == nil || m.ent.typ != claimgraph.Official || !dative && m.kind != mPerson {
			continue
		}
		for j := m.t0 - 1; j >= 0 && j >= m.t0-3; j-- {
			if speechVerbs[toks[j].fold] {
				return true
			}
			if !articles[toks[j].fold] && !(toks[j].word && toks[j].cap) {
				break
			}
		}
	}
	return false
}

// lastOutlet is the outlet named last before token i of sentence s, in s
// or the sentence before.
func (d *doc) lastOutlet(s, i int) *entity {
	for o := s; o >= 0 && o >= s-1; o-- {
		var last *entity
		for _, m := range d.ments[o] {
			if m.ent != nil && !m.ent.dead && m.ent.typ == claimgraph.Publication && (o < s || m.t1 <= i) {
				last = m.ent
			}
		}
		if last != nil {
			return last
		}
	}
	return nil
}

// seenBefore precede an outlet that saw or was told the claim; reportAfter
// follow an outlet that passes it on.
var seenBefore = set("seen", "shown", "obtained", "told", "reviewed", "by", "to", "in", "an", "with")
var reportAfter = set("reported", "reports", "reporting", "berichtet", "berichtete", "berichten", "berichteten", "schreibt",
	"schrieb", "meldet", "meldete", "vorliegt", "vorliegen", "vorlag", "gezeigt", "einsehen", "eingesehen", "einsah", "found",
	"wrote", "writes", "published", "veröffentlichte", "veroeffentlichte", "zufolge", "revealed", "enthüllte", "enthuellte",
	"zitierte", "zitiert", "quoted", "cited", "cites", "erfuhr",
	// "die Anklageschrift, in die der WDR Einblick hatte": the outlet saw it.
	"einblick")

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// claimNouns name a claim that a sentence takes up ("the allegations",
// "die Vorwürfe").
var claimNouns = set("allegations", "allegation", "accusations", "accusation", "claims", "charges", "vorwürfe", "vorwuerfe", "vorwurf",
	"anschuldigungen", "beschuldigungen", "vorwürfen", "vorwuerfen")

// pointsBack reports a sentence that opens with a demonstrative and a
// noun for what was reported: "Diese Informationen …", "These allegations
// …", "Die Vorwürfe …". Such a sentence goes on with the claim before it,
// even from a new paragraph.
//
// So does a sentence whose party is a number of those named before: "Wie
// die Agentur meldete, sollen die drei … abgerechnet haben", "the two
// men are alleged to have …".
func pointsBack(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].fold == "die" || toks[k].fold == "the") && (numberWordsDE[toks[k+1].fold] || toks[k+1].fold == "beiden" || numberWordsEN[toks[k+1].fold]) &&
			(k+2 >= len(toks) || !toks[k+2].word || !toks[k+2].cap || toks[k+2].fold == "männer" || toks[k+2].fold == "maenner") {
			return true
		}
	}
	if len(toks) < 2 || !demonstrativeDet[toks[0].fold] {
		return false
	}
	n := toks[1].fold
	return claimNouns[n] || takenUpNouns[n]
}

// demonstrativeDet open a phrase that points back at the text before.
var demonstrativeDet = set("diese", "dieser", "dieses", "these", "those", "this", "that")

// takenUpNouns name what a source said or held, as a sentence points back
// at it ("diese Informationen", "these details").
var takenUpNouns = set("informationen", "angaben", "details", "erkenntnisse", "information", "findings", "behauptungen")

// claimLike reports whether sentence s states or takes up a claim: a word
// of misconduct outside the names, a reported modal or Konjunktiv ("soll
// … haben", "habe"), or a noun for the claim.
func (d *doc) claimLike(s int) bool {
	toks := d.sents[s].toks
	if d.wrongdoingOutsideNames(s, 0, len(toks)) {
		return true
	}
	for _, t := range toks {
		if claimNouns[t.fold] || d.lang == "de" && (reportedModal[t.fold] || konjunktivDE[t.fold]) {
			return true
		}
	}
	return false
}

// selfReportDocs are the periodic reports and listings in which a body
// describes itself ("annual report", "Geschäftsbericht", "website").
var selfReportDocs = []string{"annual report", "annual results", "quarterly report", "quarterly results", "financial statements", "accounts", "website", "prospectus",
	"geschaeftsbericht", "jahresbericht", "quartalsbericht", "jahresabschluss", "bilanz", "webseite", "internetseite", "homepage", "prospekt", "halbjahresbericht", "nachhaltigkeitsbericht", "sustainability report"}

// selfReportOnly reports a sentence whose only cited documents are such
// self-descriptions and that states no claim: "According to its annual
// report, Tellmark employs 4,000 people."
func (d *doc) selfReportOnly(s int) bool {
	n := 0
	for _, at := range d.attributions {
		if at.sent != s {
			continue
		}
		if !isSelfReport(at.doc) {
			return false
		}
		n++
	}
	return n > 0 && !d.claimLike(s)
}

func isSelfReport(e *entity) bool {
	f := fold(e.name)
	for _, w := range selfReportDocs {
		if f == w || strings.HasSuffix(f, " "+w) || !strings.Contains(w, " ") && strings.HasSuffix(f, w) {
			return true
		}
	}
	return false
}

// citedAccordingTo reports a document cited as the source of what
// follows ("According to the indictment, …", "Laut Anklage …"), which
// frames the story, unlike the vehicle of one act ("In a statement of
// objections, the Commission accused A").
func (d *doc) citedAccordingTo(at attribution) bool {
	toks := d.sents[at.sent].toks
	for k := at.tok - 1; k >= 0 && k >= at.tok-4; k-- {
		if attributionBefore[toks[k].fold] && toks[k].fold != "with" {
			return true
		}
	}
	return false
}

// pleadingWords name documents addressed to the party they charge.
var pleadingWords = []string{"objections", "beschwerdepunkte", "complaint", "lawsuit", "indictment", "anklage", "klage", "petition"}

// pleadingDoc reports a document that charges one party: a statement of
// objections, a complaint, an indictment, a lawsuit.
func pleadingDoc(e *entity) bool {
	n := fold(e.name)
	for _, w := range pleadingWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// clearingFinding reports an English finding that finds nothing: "found
// no breach", "found no evidence of wrongdoing", "did not find".
func (d *doc) clearingFinding(s int) bool {
	if d.lang != "en" {
		return false
	}
	toks := d.sents[s].toks
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].fold == "found" || toks[k].fold == "finds") && (toks[k+1].fold == "no" || toks[k+1].fold == "nothing") ||
			toks[k].fold == "find" && k > 0 && (toks[k-1].fold == "not" || toks[k-1].fold == "didn't") {
			return true
		}
	}
	return false
}

// ownResearch reports a sentence that an outlet's own research sources:
// „Nach Recherchen des Magazins …“, „nach eigenen Recherchen“,
// "according to an investigation by the Courier".
func (d *doc) ownResearch(s int) bool {
	toks := d.sents[s].toks
	for k, t := range toks {
		switch {
		case t.fold == "recherchen" && k > 0 && (toks[k-1].fold == "nach" || toks[k-1].fold == "eigenen" && k > 1 && toks[k-2].fold == "nach"):
			return true
		case (t.fold == "investigation" || t.fold == "research") && k >= 2 && (toks[k-1].fold == "an" || toks[k-1].fold == "to") && hasLater(toks[:min(len(toks), k+3)], k, "by") &&
			(toks[k-2].fold == "to" || toks[k-2].fold == "according"):
			return true
		}
	}
	return false
}
