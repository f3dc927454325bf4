package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// An accusation may carry its denial in an appended noun phrase or
// relative clause: "accused Brightwave of overstating its order book, an
// allegation the company called 'baseless'", "…, a claim the bank
// rejects", "…, Vorwürfe, die das Unternehmen zurückweist", "…, was das
// Unternehmen bestreitet". The description ("the company", "das
// Unternehmen") there is the party the allegation is made against, not
// whatever other company the article named last: one denies what one is
// accused of.

// appendedHeadsEN are the nouns that restate the accusation in apposition.
var appendedHeadsEN = set("allegation", "allegations", "claim", "claims", "accusation", "accusations", "charge", "charges")

// appendedHeadsDE are their German counterparts.
var appendedHeadsDE = set("vorwurf", "vorwuerfe", "anschuldigung", "anschuldigungen", "behauptung", "behauptungen")

// appendedGlueEN stand between the subject and the verb of the clause.
var appendedGlueEN = set("has", "have", "had", "strongly", "flatly", "firmly", "vehemently", "repeatedly", "previously", "already", "consistently", "also", "since")

// descNouns are the bare descriptions a party is referred back to by.
var descNouns = set("company", "firm", "group", "bank", "insurer", "lender", "carrier", "manufacturer", "retailer", "agency", "ministry", "operator",
	"unternehmen", "konzern", "firma", "bank", "gruppe", "versicherer", "hersteller", "betreiber", "ministerium", "behoerde", "kasse", "verband", "institut", "sender", "verlag")

// appendedDenyVerb says whether f, the verb of the appended clause, rejects
// the allegation; "called" only with a dismissive word after it.
func appendedDenyVerb(toks []token, k int) bool {
	f := toks[k].fold
	switch {
	case strings.HasPrefix(f, "den"), strings.HasPrefix(f, "rej"), strings.HasPrefix(f, "dismiss"), strings.HasPrefix(f, "disput"),
		strings.HasPrefix(f, "bestr"), strings.HasPrefix(f, "zurueckw"), strings.HasPrefix(f, "dement"):
		return true
	case f == "called" || f == "calls" || f == "call":
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if discredits(toks[j].fold) {
				return true
			}
		}
	}
	return false
}

// appendedDenials finds such clauses in sentence s after an accusation of
// the same sentence and lets the accused deny it.
func (d *doc) appendedDenials(s int) {
	var mine []*acc
	for _, a := range d.accs {
		if a.sent == s && a.accused != nil {
			mine = append(mine, a)
		}
	}
	if len(mine) == 0 {
		return
	}
	a := mine[0]
	toks := d.sents[s].toks
	for c := 0; c+3 < len(toks); c++ {
		if toks[c].text != "," {
			continue
		}
		k := c + 1
		// ", an allegation (that) the company …"
		if d.lang == "en" {
			if f := toks[k].fold; f == "an" || f == "a" || f == "the" || f == "which" {
				k++
			}
			if k < len(toks) && appendedHeadsEN[toks[k].fold] {
				k++
				if k < len(toks) && (toks[k].fold == "that" || toks[k].fold == "which") {
					k++
				}
			} else if toks[c+1].fold != "which" {
				continue
			}
		} else {
			// ", Vorwürfe, die das Unternehmen zurückweist", ", was das
			// Unternehmen bestreitet"
			if appendedHeadsDE[toks[k].fold] {
				k++
				if k < len(toks) && toks[k].text == "," {
					k++
				}
				if k >= len(toks) || !(toks[k].fold == "die" || toks[k].fold == "den") {
					continue
				}
				k++
			} else if toks[k].fold == "was" {
				k++
			} else {
				continue
			}
		}
		// "…, a charge Tallis denied": the accused by name, which
		// picks its accusation among several of the sentence; a bare
		// description ("the company") only where there is one.
		subjEnd := k + 2
		if m := d.mentionAt(s, k); m != nil && m.t0 == k && m.ent != nil && m.kind != mPron {
			a = nil
			for _, x := range mine {
				if x.accused == m.ent || x.accused == party(m.ent) {
					a = x
				}
			}
			if a == nil {
				continue
			}
			subjEnd = m.t1
		} else if len(mine) != 1 || k+2 >= len(toks) || !(toks[k].fold == "the" || toks[k].fold == "das" || toks[k].fold == "der" || toks[k].fold == "die") || !descNouns[toks[k+1].fold] {
			continue
		}
		// The appended clause is no part of what is alleged, whether it
		// rejects or concedes it.
		if i := strings.Index(a.summary, ", "+toks[c+1].text); i > 0 {
			a.summary = a.summary[:i]
		}
		// English: the verb follows the subject, after auxiliaries and
		// adverbs ("the bank has strongly denied"); German: verb-final,
		// anywhere before the clause ends ("als haltlos bezeichnet",
		// "zurückgewiesen hat").
		v := -1
		if d.lang == "en" {
			j := subjEnd
			for j < len(toks) && appendedGlueEN[toks[j].fold] {
				j++
			}
			if j < len(toks) && appendedDenyVerb(toks, j) {
				v = j
			}
		} else {
			dismissive := false
			for j := subjEnd; j < len(toks) && toks[j].text != "," && toks[j].text != "."; j++ {
				f := toks[j].fold
				// "was das Unternehmen nicht bestreitet" concedes it.
				if f == "nicht" || f == "nie" || f == "keineswegs" {
					break
				}
				if discredits(f) {
					dismissive = true
				}
				if appendedDenyVerb(toks, j) || dismissive && (strings.HasPrefix(f, "bezeichn") || strings.HasPrefix(f, "nenn") || strings.HasPrefix(f, "nann")) {
					v = j
					break
				}
			}
		}
		if v < 0 {
			continue
		}
		// The accused must be the kind of party the description names:
		// "the bank" is not a person.
		if a.accused.typ == claimgraph.Official {
			continue
		}
		d.addDenial(a.accused, a, s, "appended."+denyRule(toks[v].fold), 0.8, "")
		return
	}
}

// appendedTo says whether the denial cue at cue stands in a clause appended
// to an accusation cue of the same sentence: a comma after the
// accusation's cue opens ", was …", ", which …", ", Vorwürfe, die …" or ",
// an allegation …" before the denial cue.
func (d *doc) appendedTo(s, cue int) bool {
	toks := d.sents[s].toks
	acc := -1
	for k := 0; k < cue; k++ {
		if accusationCue(toks[k].fold) && !toks[k].inq {
			acc = k
			break
		}
	}
	if acc < 0 {
		return false
	}
	for c := cue - 1; c > acc; c-- {
		if toks[c].text != "," || c+1 >= cue {
			continue
		}
		f := toks[c+1].fold
		if f == "was" || f == "which" || appendedHeadsDE[f] || appendedHeadsEN[f] ||
			(f == "an" || f == "a") && c+2 < cue && appendedHeadsEN[toks[c+2].fold] {
			return true
		}
	}
	return false
}
