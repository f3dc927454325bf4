package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// dangling is a denial whose denier nobody was found to accuse: "Helvion
// weist sämtliche Vorwürfe zurück" after sentences the frames did not
// read as charges.
type dangling struct {
	who  *entity
	sent int
	by   []*entity // the accusers the denial names, if any
}

// accusedBy reports whether one of accs was made by one of the accusers
// (or a body they speak for).
func (d *doc) accusedBy(accs []*acc, accusers []*entity) bool {
	for _, a := range accs {
		for _, e := range accusers {
			if a.accuser == e || party(a.accuser) == e || a.accuser == party(e) {
				return true
			}
		}
	}
	return false
}

// licenseDenied reads again, with the wrongdoing tests lifted, the
// sentences that mention the denier of a dangling denial: those before it,
// and those after it in its paragraph (news may lead with the denial). A party
// that rejects accusations establishes that accusations against it were
// made; what others report of it in plain words of what it did ("shipped
// machine tools to Russian buyers", "closed the alerts without recording
// a reason") is then that accusation. Only accusations against the denier
// are kept, so the lifted tests reach nothing else; the denial is then
// read again to answer them.
func (d *doc) licenseDenied() {
	if len(d.dangling) == 0 {
		return
	}
	done := map[*entity]bool{}
	var redo []int
	for _, g := range d.dangling {
		if len(g.by) == 0 && (done[g.who] || len(d.accsAgainst(g.who, g.sent)) > 0) {
			continue
		}
		done[g.who] = true
		n := len(d.accs)
		d.recovering, d.recoveringBy = g.who, g.by
		for s := 0; s < len(d.sents); s++ {
			if s == g.sent || s > g.sent && d.sents[s].para != d.sents[g.sent].para || !d.mentions(s, g.who) {
				continue
			}
			// Up to the first negation: "für die die Platte nie
			// ausgelegt gewesen sei" takes no deed back, and "X habe nie
			// …" defends.
			toks := d.sents[s].toks
			for k := range toks {
				if negationWords[toks[k].fold] || toks[k].fold == "no" || toks[k].fold == "n't" {
					break
				}
				toks[k].licensed = true
			}
			d.accuseSentence(s)
			for k := range toks {
				toks[k].licensed = false
			}
		}
		d.recovering, d.recoveringBy = nil, nil
		// Still nothing against the denier: its denial presupposes a
		// charge, made by the party the denial names or else by the
		// one the text last quoted on the denier before it.
		if len(d.accs) == n && len(d.accsAgainst(g.who, g.sent)) == 0 {
			by, s := d.impliedAccuser(g)
			if by != nil {
				d.addAccusation(by, g.who, s, d.lang+".denial.implied", 0.4, d.summary(s, 0))
			}
		}
		if len(d.accs) > n {
			redo = append(redo, g.sent)
			// What the denial answered for want of the accusation it
			// names is not what it answers.
			if len(g.by) > 0 {
				kept := d.dens[:0]
				for _, x := range d.dens {
					if x.sent != g.sent || d.accusedBy([]*acc{x.acc}, g.by) {
						kept = append(kept, x)
					}
				}
				d.dens = kept
			}
		}
	}
	if len(redo) == 0 {
		return
	}
	// Via again, for the new accusations: computeVia reaches the same
	// chains when run twice (the test sets are unchanged by it).
	d.computeVia()
	for _, s := range redo {
		d.denySentence(s)
	}
}

// impliedAccuser returns who made the charge a dangling denial answers
// and the sentence that states it: the accuser the denial names, with
// the last sentence before it that mentions both; else the speaker of
// the last sentence before the denial, in the six before it, that
// speaks of the denier ("…, said Grant Eliades of the pharmacists'
// association" … "Corallis rejected the claim"). Nil where no sentence
// quotes a speaker on the denier.
func (d *doc) impliedAccuser(g dangling) (*entity, int) {
	if len(g.by) > 0 {
		by := party(g.by[0])
		// "Bristow called the audit \"a hatchet job\"" after "an audit
		// released Tuesday by the County Auditor's Office": a paper's
		// known author made its charge.
		if by.typ == claimgraph.Document {
			if a := d.docClaimant(by); a != nil && a.typ != claimgraph.Document {
				by = party(a)
			}
		}
		if by == g.who || by.typ == claimgraph.Document {
			return nil, -1
		}
		for s := g.sent - 1; s >= 0; s-- {
			if d.mentions(s, g.who) && d.mentions(s, g.by[0]) {
				return by, s
			}
		}
		return by, g.sent
	}
	for s := g.sent - 1; s >= 0 && s >= g.sent-6; s-- {
		// (A pronoun or description inside a quotation is no evidence of whom the
		// speaker speaks: "“They chose a bank holiday on purpose,” said
		// Sue Hardcastle" may mean anyone the text named before.)
		if !d.mentionsOutsideQuotedPronoun(s, g.who) {
			continue
		}
		if sp := d.speakerOn(s, g.who); sp != nil {
			return sp, s
		}
	}
	return nil, -1
}

// speakerOn returns the party other than who that speaks in sentence s:
// the subject of a verb of speech or charge ("the union said", "said
// Ms Reed", "X accused", "Das Blatt hatte berichtet, …"), the source
// after "according to" and "laut", or else the known author of a paper
// the sentence cites. Outlets count only for what they report
// themselves.
func (d *doc) speakerOn(s int, who *entity) *entity {
	toks := d.sents[s].toks
	for _, p := range d.participants(s, false) {
		e := party(p.e)
		if e == party(who) || p.e == who || e.typ == claimgraph.Document || p.m.kind == mPron || toks[p.m.t0].inq {
			continue
		}
		if p.prep == "according" || p.prep == "laut" {
			if e.typ != claimgraph.Publication {
				return e
			}
			continue
		}
		if p.prep != "" {
			continue
		}
		verb := ""
		for k := p.m.t1; k < len(toks) && k <= p.m.t1+3; k++ {
			f := toks[k].fold
			if speechVerbs[f] || accuseEN[f] || chargeEN[f] || allegeEN[f] || vorwerfenFinite[f] || accuseDE[f] || strings.HasPrefix(f, "kritisier") || strings.HasPrefix(f, "criticis") ||
				f == "reported" || f == "revealed" || f == "berichtete" {
				verb = f
				break
			}
			if !toks[k].word || toks[k].cap || !(auxiliaries[f] || f == "has" || f == "had" || f == "also" || f == "on" || strings.HasSuffix(f, "ly")) {
				break
			}
		}
		// "said Rocio Navarro", "sagte GTV-Landesbezirksleiterin Sevgi
		// Arslan": the verb before the name and its role.
		for k := p.m.t0 - 1; verb == "" && k >= 0 && k >= p.m.t0-3; k-- {
			if f := toks[k].fold; speechVerbs[f] && f != "told" {
				verb = f
			}
			if !articles[toks[k].fold] && isRoleToken(toks[k], d) == "" {
				break
			}
		}
		// "Das Abendblatt hatte Anfang Mai berichtet, …", "Die
		// Gewerkschaft hat am Montag erklärt, …": a German subject
		// opening the sentence, its perfect's participle closing the
		// field before the comma.
		if verb == "" && d.lang == "de" && p.m.t0 <= 1 && p.m.t1 < len(toks) && perfectAuxDE[toks[p.m.t1].fold] {
			for k := p.m.t1 + 1; k < len(toks) && k <= p.m.t1+8 && toks[k].text != ","; k++ {
				if f := toks[k].fold; reportParticiplesDE[f] && k+1 < len(toks) && toks[k+1].text == "," {
					verb = f
				}
			}
		}
		// ("…, the Evening Post reported, citing unnamed prosecutors":
		// an outlet that passes on others' words is not their source.)
		if verb == "" || e.typ == claimgraph.Publication && (verb != "reported" && verb != "revealed" && verb != "berichtete" && verb != "berichtet" || hasLater(toks, 0, "citing") || hasLater(toks, 0, "berufung")) {
			continue
		}
		return e
	}
	// "…, heißt es in dem Bericht", "the report says", "laut dem
	// Prüfbericht": a paper whose author is known speaks for it.
	for _, p := range d.participants(s, true) {
		if p.e.typ != claimgraph.Document || toks[p.m.t0].inq {
			continue
		}
		if a := d.docClaimant(p.e); a != nil && party(a) != party(who) && a.typ != claimgraph.Document {
			return party(a)
		}
	}
	return nil
}

// reportParticiplesDE close a German perfect of saying or reporting
// before its reported clause.
var reportParticiplesDE = set("berichtet", "erklärt", "erklaert", "geschrieben", "behauptet", "mitgeteilt", "kritisiert", "gesagt", "vorgeworfen")

// mentionsOutsideQuotedPronoun is mentions without the pronouns and descriptions inside
// a quotation.
func (d *doc) mentionsOutsideQuotedPronoun(s int, e *entity) bool {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if (m.kind == mPron || m.kind == mDesc) && m.t0 < len(toks) && toks[m.t0].inq {
			continue
		}
		if m.ent == e || m.ent != nil && party(m.ent) == e {
			return true
		}
	}
	return false
}
