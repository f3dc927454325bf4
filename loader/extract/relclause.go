package extract

// A relative clause after a party or its document may carry the charge:
// "Corvant faces a lawsuit from the union Fairwork Alliance, which accuses
// it of ignoring warnings", "Gegen die Reederei liegt eine Klage der
// Gewerkschaft vor, die ihr vorwirft, …", "Meereswacht hat einen Bericht
// über den Händler Brenmoor veröffentlicht, der ihm vorwirft, …". The
// relative pronoun is the accuser (the body, or the document's author);
// "it", "ihm", "ihr" is the other party the main clause named, not the
// relative clause's own subject.

// targetPreps introduce the party a document or action is aimed at.
var targetPreps = set("against", "gegen", "on", "about", "into", "über", "ueber")

// authorPreps introduce a document's author.
var authorPreps = set("from", "by", "von", "vom")

// relativeAccusations adds the accusations such clauses state in s.
func (d *doc) relativeAccusations(s int) {
	toks := d.sents[s].toks
	for c := 1; c+4 < len(toks); c++ {
		if toks[c].text != "," {
			continue
		}
		r, p, v := toks[c+1].fold, toks[c+2].fold, toks[c+3].fold
		from := -1
		if d.lang == "en" && (r == "which" || r == "who" || r == "that") && (p == "accuses" || p == "accused") && (v == "it" || v == "him" || v == "her" || v == "them") && toks[c+4].fold == "of" {
			from = c + 5
		}
		if d.lang == "de" && (r == "die" || r == "der" || r == "das") && (p == "ihm" || p == "ihr" || p == "ihnen") && (v == "vorwirft" || v == "vorwarf" || v == "vorwerfen" || v == "vorwarfen") && toks[c+4].text == "," {
			from = c + 5
		}
		if from < 0 || from >= len(toks) {
			continue
		}
		// The two parties of the main clause before the comma.
		var parts []part
		for _, pt := range d.participants(s, false) {
			if pt.m.t1 > c || !pt.e.isOrg() && pt.e.typ != "Official" {
				continue
			}
			dup := false
			for _, q := range parts {
				dup = dup || q.e == pt.e
			}
			if !dup {
				parts = append(parts, pt)
			}
		}
		if len(parts) != 2 {
			continue
		}
		var accuser, accused *entity
		switch {
		case targetPreps[parts[0].prep] && !targetPreps[parts[1].prep]:
			accused, accuser = parts[0].e, parts[1].e
		case targetPreps[parts[1].prep] && !targetPreps[parts[0].prep]:
			accused, accuser = parts[1].e, parts[0].e
		case authorPreps[parts[1].prep] && !authorPreps[parts[0].prep] && parts[1].m.t1 == c:
			// "Corvant faces a lawsuit from Fairwork, which …": the author
			// named right before the clause.
			accuser, accused = parts[1].e, parts[0].e
		default:
			continue
		}
		if d.addAccusation(accuser, accused, s, d.lang+".relative.accuse", 0.75, d.summary(s, from)) {
			return
		}
	}
}
