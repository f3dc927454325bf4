package extract

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
