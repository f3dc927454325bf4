package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

var (
	zurueckweisen = set("weist", "wies", "weisen", "wiesen", "weise")
	denyWholeDE   = set("zurückgewiesen", "zurueckgewiesen", "zurückweisen", "zurueckweisen", "zurückweist", "zurueckweist", "zurückwies", "zurueckwies", "bestreitet", "bestritt", "bestreiten", "bestritten", "bestreite", "bestritten", "dementiert", "dementierte", "dementieren", "dementierten", "widerspricht", "widersprach", "widersprechen", "zurückzuweisen", "zurueckzuweisen")
	callDE        = set("bezeichnet", "bezeichnete", "bezeichneten", "bezeichnen", "nennt", "nannte", "nannten", "wertet", "wertete")
	accNounsDE    = set("vorwürfe", "vorwuerfe", "vorwurf", "beschuldigungen", "anschuldigungen", "behauptungen", "darstellung", "vorwürfen", "vorwuerfen", "anschuldigung", "behauptung", "berichte", "bericht", "angaben", "anklage", "klage", "vorhaltungen", "unterstellungen", "das", "dies", "diese")
	denyEN        = set("deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "dispute", "disputes", "disputed", "disputing", "refute", "refutes", "refuted", "rebut", "rebuts", "rebutted", "contest", "contests", "contested", "repudiated",
		"disagree", "disagrees", "disagreed", "refuted", "rebuffed", "denounced")
	callEN          = set("called", "calls", "call", "described", "describes", "labelled", "labeled", "branded", "termed")
	accNounsEN      = set("allegations", "allegation", "claims", "claim", "charges", "charge", "accusations", "accusation", "report", "findings", "lawsuit", "suit", "complaint", "it", "them", "this", "that", "counterclaim", "assertions", "story", "reports", "accounts", "account", "statement", "assertion", "version", "criticism", "suggestion", "conclusions", "accusations")
	notAccusationEN = set("request", "application", "permit", "offer", "bid", "speculation", "spekulationen", "antrag", "angebot", "rumours", "rumors", "merger", "talks", "entry", "access", "visa", "appeal", "motion", "spekulation")
	quoteDenyWords  = []string{"haltlos", "unsinn", "erfunden", "falsch", "unwahr", "verleumd", "entbehr", "unbegruend", "unzutreffend", "nicht zutreffend", "baseless", "false", "untrue", "without merit", "nonsense", "defamatory", "unfounded", "groundless", "categorically", "never", "nie ", "keinerlei", "zu keinem zeitpunkt", "we reject", "wir weisen", "contests", "meritless", "frivolous", "no merit", "absurd", "lächerlich", "laecherlich", "ridiculous"}
	blanketWords    = set("sämtliche", "saemtliche", "alle", "allen", "all", "any", "jegliche", "jeglichen", "sämtlichen", "saemtlichen", "every", "each")
	retractWords    = set("zurückgezogen", "zurueckgezogen", "withdrew", "withdrawn", "withdraws", "retracted", "zieht", "zog", "entschuldigt", "apologised", "apologized")
)

// findDenials runs the DENY frames: a party rejects an accusation made
// against it (or against a party it defends). Declining to comment,
// withdrawing one's own claim and rebutting a report that alleges no
// wrongdoing are not denials: the first has no cue, the last two have no
// accusation against the speaker to answer.
func (d *doc) findDenials() {
	for s := range d.sents {
		d.denySentence(s)
	}
}

func (d *doc) denySentence(s int) {
	toks := d.sents[s].toks
	parts := d.participants(s, false)
	cue, rule := -1, ""
	for c, t := range toks {
		if !t.word {
			continue
		}
		f := t.fold
		if t.inq && !(d.lang == "en" && denyEN[f] || d.lang == "de" && (denyWholeDE[f] || zurueckweisen[f])) {
			continue
		}
		switch {
		case d.lang == "de" && zurueckweisen[f] && hasLater(toks, c, "zurück") || d.lang == "de" && zurueckweisen[f] && hasLater(toks, c, "zurueck"):
			cue, rule = c, "de.zurueckweisen"
		case d.lang == "de" && denyWholeDE[f]:
			cue, rule = c, "de."+denyRule(f)
		case d.lang == "de" && callDE[f] && hasLaterAny(toks, c, accNounsDE) && hasLater(toks, c, "als"):
			cue, rule = c, "de.bezeichnen.als"
		case d.lang == "en" && denyEN[f]:
			cue, rule = c, "en."+denyRule(f)
		case d.lang == "en" && callEN[f] && c+2 < len(toks) && (accNounsEN[toks[c+1].fold] || accNounsEN[toks[c+2].fold] || c+3 < len(toks) && accNounsEN[toks[c+3].fold]):
			cue, rule = c, "en.call"
		}
		if cue >= 0 {
			break
		}
	}
	quoteDenial, phrase := false, false
	if cue < 0 {
		// "said it had done nothing wrong", "habe rechtmäßig gehandelt".
		lt := fold(string(d.rs[d.sents[s].start:d.sents[s].end]))
		for _, w := range denialPhrases {
			if strings.Contains(lt, w) {
				quoteDenial, phrase = true, true
				break
			}
		}
	}
	if cue < 0 && !quoteDenial {
		// A quoted rejection with a speaker: "„…, die Vorwürfe sind
		// haltlos“, sagte Vorstandssprecherin Birte Lohmann."
		q := d.quoteText(s)
		lq := fold(q)
		for _, w := range quoteDenyWords {
			if strings.Contains(lq, w) {
				quoteDenial = true
				break
			}
		}
		if !quoteDenial {
			return
		}
	}
	if cue < 0 {
		rule = d.lang + ".quote.reject"
		if phrase {
			rule = d.lang + ".phrase.reject"
		}
	}
	if d.sentenceHas(s, retractWords) {
		return
	}
	// The object must be an accusation, not a request or speculation.
	if cue >= 0 {
		for k := cue + 1; k < len(toks) && k <= cue+5; k++ {
			if notAccusationEN[toks[k].fold] {
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
	for _, p := range parts {
		if p.m.t0 >= limit {
			break
		}
		if p.prep == "" && !p.obj {
			denier = p.e
			break
		}
	}
	if denier == nil {
		for _, p := range parts {
			if p.m.t0 > limit || cue < 0 {
				if p.prep == "" && !p.obj {
					denier = p.e
					break
				}
			}
		}
	}
	if denier == nil {
		return
	}
	var named *entity // an accuser named in the sentence: "denied Quarrington's claims"
	for _, p := range parts {
		if p.e != denier && p.m.t0 > limit {
			named = party(p.e)
			break
		}
	}
	// The party: a person accused personally denies for himself; a
	// spokesperson or executive for the organisation.
	targets := d.accsAgainst(denier)
	who := denier
	if len(targets) == 0 && denier.typ == claimgraph.Official && denier.affil != nil {
		who = denier.affil
		targets = d.accsAgainst(who)
	}
	if len(targets) == 0 {
		// A party defending the accused: an embassy, a government.
		if !isDefender(who) {
			return
		}
		for _, a := range d.accs {
			if a.accuser != who && a.sent <= s {
				targets = []*acc{a}
			}
		}
		if len(targets) == 0 {
			return
		}
	}
	var chosen []*acc
	if named != nil {
		for _, a := range targets {
			if a.accuser == named {
				chosen = []*acc{a}
			}
		}
	}
	if chosen == nil {
		if d.blanket(s) {
			chosen = targets
		} else {
			chosen = []*acc{d.pickTarget(s, targets)}
		}
	}
	conf := 0.85
	if quoteDenial {
		conf = 0.6
	}
	for _, a := range chosen {
		d.addDenial(who, a, s, rule, conf, d.quoteText(s))
	}
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
	return nameHas(e, []string{"botschaft", "embassy", "regierung", "government", "ministry", "ministerium"})
}

// accsAgainst lists the accusations whose accused is e.
func (d *doc) accsAgainst(e *entity) []*acc {
	var out []*acc
	for _, a := range d.accs {
		if a.accused == e {
			out = append(out, a)
		}
	}
	return out
}

// pickTarget chooses the accusation a denial answers: the one whose cue
// the denial echoes ("rejected the criminal charges" answers "charged"),
// else the earliest stated, which is the story's main claim.
func (d *doc) pickTarget(s int, targets []*acc) *acc {
	toks := d.sents[s].toks
	for _, t := range toks {
		for _, a := range targets {
			v := a.rule
			if strings.Contains(v, "charge") && (t.fold == "charges" || t.fold == "charge") ||
				strings.Contains(v, "sue") && (t.fold == "lawsuit" || t.fold == "suit") {
				return a
			}
		}
	}
	return targets[0]
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

// quoteText returns the first quotation of sentence s, without marks.
func (d *doc) quoteText(s int) string {
	toks := d.sents[s].toks
	start := -1
	for k, t := range toks {
		if t.quote && t.open && start < 0 {
			start = k
			continue
		}
		if t.quote && start >= 0 && !t.open {
			if k > start+1 {
				return string(d.rs[toks[start+1].s:toks[k-1].e])
			}
			start = -1
		}
	}
	return ""
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
var denialPhrases = []string{"did nothing wrong", "done nothing wrong", "acted lawfully", "acted legally",
	"maintained its innocence", "maintained his innocence", "maintained her innocence", "maintains its innocence",
	"maintains his innocence", "maintains her innocence", "pushed back against the", "wehrt sich gegen die vorw",
	"wehrte sich gegen die vorw", "wehren sich gegen die vorw", "wies jede schuld", "weist jede schuld",
	"acted in accordance with", "nichts falsch gemacht", "nichts vorzuwerfen", "rechtmäßig gehandelt", "rechtmaessig gehandelt",
	"keine verstöße", "keine verstoesse", "not guilty", "nicht schuldig"}
