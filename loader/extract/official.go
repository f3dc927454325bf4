package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

func (d *doc) isSpeaker(t token, role string) bool {
	if speakerWordsEN[trimPoss(t.fold)] {
		return true
	}
	if d.lang != "de" && !t.cap {
		return false
	}
	for _, r := range speakerStemsDE {
		if strings.HasPrefix(role, r) || role == r {
			return true
		}
	}
	return false
}

var possessives = set("its", "his", "her", "their", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "dessen", "deren")

var anonymityCues = set("anonymity", "anonym", "anonymously", "named", "genannt", "identified")

// anonPass finds officials the text does not name: "ein Konzernsprecher",
// "Eine Sprecherin des BAFA", "A senior U.S. official", "a company
// spokesperson", "A spokesperson for the Department for Business and
// Trade". Unnamed holders of other roles ("its managing director", "den
// früheren Finanzvorstand") become placeholders that a name said later
// takes over.
func (d *doc) anonPass(s int) {
	toks := d.sents[s].toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word {
			continue
		}
		role := isRoleToken(t, d)
		// "Ein ehemaliger Entwickler des Unternehmens, der anonym bleiben
		// wollte, …", "Ein Präsidiumsmitglied, das nicht namentlich
		// genannt werden wollte, …": whoever a relative clause says wants
		// no name is a person who speaks, whatever the noun.
		// A role word too: "Eine frühere Regionaldirektorin des Konzerns,
		// die anonym bleiben möchte, sagte …" is a source, no placeholder
		// for a name said later.
		anonRel := false
		anonEnd := -1
		if d.lang == "de" && !d.covered[s][i] && (role == "" || !d.isSpeaker(t, role)) {
			if anonEnd = d.anonRelativeDE(s, i); anonEnd > 0 {
				if role == "" {
					role = trimPoss(t.fold)
				}
				anonRel = true
			}
		}
		// "A consultant in the emergency department, who asked not to be
		// named, told …": so in English.
		if role == "" && d.lang == "en" && !d.covered[s][i] {
			if anonEnd = d.anonRelativeEN(s, i); anonEnd > 0 {
				role, anonRel = t.fold, true
			}
		}
		if role == "" || lawyerWords[trimPoss(t.fold)] || d.covered[s][i] {
			continue
		}
		// "replaced Pryce as chief executive", "arbeitete als Sprecher":
		// the role of someone named, no new person.
		if k := i - 1; k >= 0 && (toks[k].fold == "as" || toks[k].fold == "als") || i > 1 && (toks[i-2].fold == "as" || toks[i-2].fold == "als") && !toks[i-1].cap && toks[i-1].word && !articles[toks[i-1].fold] {
			continue
		}
		// "In a letter to Covenly's chief executive, the trust said …",
		// "wrote to the company's chairman": the unnamed addressee of a
		// paper is no party.
		if d.lang == "en" && d.addresseeRole(s, i) {
			continue
		}
		// "scheduled one aide for 30 residents": a number of staff as the
		// object of a verb is a count, no person who speaks.
		if d.lang == "en" && i > 1 && toks[i-1].fold == "one" && toks[i-2].word && !toks[i-2].cap && (strings.HasSuffix(toks[i-2].fold, "ed") || plainPastEN[toks[i-2].fold]) && !speechVerbs[toks[i-2].fold] {
			continue
		}
		// "than in official tests", "official figures": an adjective
		// before a noun, no person.
		if t.fold == "official" && i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap && !functionWords[toks[i+1].fold] && !isVerbLike(toks[i+1].fold) &&
			!speechVerbs[toks[i+1].fold] && !modalsEN[toks[i+1].fold] && isRoleToken(toks[i+1], d) == "" && toks[i+1].fold != "familiar" {
			continue
		}
		// "an activist group", "a campaigner network": a role word before
		// the head noun of a body says what the body is, no person.
		if d.lang == "en" && roleBeforeBodyHeadEN(toks, i, d) {
			continue
		}
		// "scheduled one aide for as many as 30 residents", "one nurse
		// per 20 patients": a staffing ratio counts posts, no person.
		if d.lang == "en" && i > 0 && toks[i-1].fold == "one" && i+2 < len(toks) && (toks[i+1].fold == "for" || toks[i+1].fold == "per" || toks[i+1].fold == "to") &&
			(toks[i+2].num || toks[i+2].fold == "every" || toks[i+2].fold == "each" || toks[i+2].fold == "as" || toks[i+2].fold == "up") {
			continue
		}
		// A role that introduces a named person belongs to that person:
		// "Sprecherin Birte Lohmann", "its chief executive, Serena Vail".
		re := i + 1
		for re < len(toks) && isRoleToken(toks[re], d) != "" && !toks[re].cap && d.lang == "en" {
			re++
		}
		named := false
		for _, m := range d.ments[s] {
			if m.kind == mPerson && (m.t0 == re || m.t0 == re+1 || m.t1 == i || (m.t1+1 == i || m.t1+2 == i) && !(d.lang == "en" && verbBetween(toks, m.t1, i))) {
				named = true
			}
		}
		if named || strings.HasSuffix(t.fold, "s") && d.lang == "en" && !speakerWordsEN[t.fold] {
			continue
		}
		// "Der Vorstand wirft … vor": the board under its definite
		// article, with no name, is an organ of its company, no person.
		if d.lang == "de" && (t.fold == "vorstand" || t.fold == "vorstands") && i > 0 && (toks[i-1].fold == "der" || toks[i-1].fold == "dem" || toks[i-1].fold == "des" || toks[i-1].fold == "den") {
			continue
		}
		// "its former partner Quarrington": a role word before an
		// organisation's name describes the organisation.
		if i+1 < len(toks) {
			if m := d.mentionAt(s, i+1); m != nil && m.t0 == i+1 && m.ent != nil && m.ent.isOrg() && (m.kind == mName || m.kind == mShort) && toks[i+1].cap {
				continue
			}
		}
		// Multi-word roles: "chief executive", "managing director".
		end := i + 1
		for end < len(toks) && isRoleToken(toks[end], d) != "" && !toks[end].cap && d.lang == "en" {
			end++
		}
		if !anonRel {
			role = isRoleToken(toks[end-1], d)
		}
		// Left edge: modifiers back to the determiner.
		start, det := i, ""
		ageEnd := -1
		hasPlace := false
		var premod *entity
		// "Ein mit den Ermittlungen vertrauter Beamter": a prepositional
		// phrase inside the premodifier, up to an adjective before the
		// role; the determiner is the one before the preposition.
		inner := false
		if d.lang == "de" && i > 0 && isAdjLowerDE(toks[i-1]) {
			for a := i - 2; a >= 0 && a >= i-7; a-- {
				if !toks[a].word || d.covered[s][a] {
					break
				}
				// ("Eine der Geschäftsführung nahestehende
				// Mitarbeiterin": a dative phrase without preposition.)
				if a+1 < i-1 && indefinite[toks[a].fold] && (prepositions[toks[a+1].fold] || toks[a+1].fold == "der" || toks[a+1].fold == "dem" || toks[a+1].fold == "den") {
					det, start, inner = toks[a].fold, a+1, true
					break
				}
			}
		}
		for k := i - 1; !inner && k >= 0 && i-k <= 5; k-- {
			tk := toks[k]
			f := tk.fold
			if indefinite[f] || definiteDE[f] || definiteEN[f] || possessives[f] {
				det = f
				break
			}
			// "a Commission spokesman", "a Ministry official": the head
			// of a body named before stands for it.
			if k == i-1 && d.lang == "en" && tk.word && tk.cap && !d.covered[s][k] && d.mentionAt(s, k) == nil {
				if o := d.headShortOf(f); o != nil {
					m := &mention{sent: s, t0: k, t1: k + 1, kind: mShort, typ: o.typ, name: tk.text}
					d.addMention(m)
					d.attach(m, o)
					premod = o
					start = k
					continue
				}
			}
			if m := d.mentionAt(s, k); m != nil {
				if m.ent != nil && m.ent.isOrg() && m.kind != mDesc && m.t1 == start {
					start = m.t0
					k = m.t0
					// "Kenya's president accused …", "Nordwind's chief
					// executive": a named body's possessive determines
					// the role like "its" does, so the holder is a
					// placeholder speaking for that body.
					if det == "" && d.lang == "en" && (k == 0 || !toks[k-1].word) && (strings.HasSuffix(toks[m.t1-1].text, "'s") || strings.HasSuffix(toks[m.t1-1].text, "’s")) {
						det = "its"
					}
					continue
				}
				// "the company's former finance chief": a described
				// organisation's possessive determines the role.
				if m.ent != nil && m.ent.isOrg() && m.kind == mDesc && m.t1 == start && d.lang == "en" && (strings.HasSuffix(toks[m.t1-1].text, "'s") || strings.HasSuffix(toks[m.t1-1].text, "’s")) {
					start, det = m.t0, "its"
				}
				break
			}
			// ("A Nepali worker": a people's adjective after the article.)
			if tk.word && tk.acro && d.isPlace(tk) || tk.word && tk.cap && (d.isPlace(tk) || k > 0 && indefinite[toks[k-1].fold] && !d.covered[s][k]) && d.lang == "en" {
				start, hasPlace = k, true
				continue
			}
			// "von einem 34 Jahre alten ehemaligen Koch": an age among
			// the modifiers.
			if d.lang == "de" && f == "jahre" && k > 0 && toks[k-1].num && k+1 < i && strings.HasPrefix(toks[k+1].fold, "alt") {
				k--
				start, ageEnd = k, k+3
				continue
			}
			// "Greenpeace accused Statoria Energy's chief executive": a
			// verb ends the role's modifiers.
			if tk.word && !tk.cap && (!functionWords[f] || formerWords[f]) && !tk.num && f != "said" && f != "sagte" && !isVerbLike(f) &&
				!accuseEN[f] && !chargeEN[f] && !reportVerbs[f] && !slotSubjEN[f] && !denyEN[f] {
				start = k
				continue
			}
			break
		}
		if strings.Contains(t.text, "-") {
			if pf, raw := rolePrefix(t, role); pf != "" && (d.x.lx.places[stem(pf)] || strings.ToUpper(raw) == raw) {
				hasPlace = true
			}
		}
		speaker := d.isSpeaker(toks[end-1], role)
		insider := !speaker && (anonRel || d.sentenceHas(s, anonymityCues))
		// "Ein hochrangiger Mitarbeiter des Zentrums, der nicht
		// namentlich genannt werden wollte, sagte …": an unnamed employee
		// who asks not to be named speaks as an anonymous official.
		if !speaker && (d.lang == "de" || d.lang == "en") && indefinite[det] && (d.lang == "de" && strings.HasPrefix(role, "mitarbeiter") && d.sentenceHas(s, anonymityCues) || anonRel) {
			speaker = true
		}
		// "said one investigator at the Border Agency, who asked not to
		// be named": so in English, for a staff role under "a" or "one"
		// ("A Nepali worker at the mill, who asked not to be named,").
		if !speaker && d.lang == "en" && indefinite[det] && anonStaffRolesEN[role] && d.sentenceHas(s, anonymityCues) {
			speaker = true
		}
		if speaker && (definiteEN[det] || det == "der" || det == "die" || det == "den" || det == "dem") && d.lang == "en" {
			// "the chief executive of X": a definite holder said for the
			// first time is a placeholder for a name said later.
			known := false
			for _, o := range d.ents {
				if o.typ == claimgraph.Official && o.anon && o.role == role && !o.dead {
					known = true
				}
			}
			speaker = known
		}
		// Right edge: "des BAFA", "von Oberwald", "for the Austin,
		// Texas-based start-up".
		cEnd := end
		genBody := ""
		if end < len(toks) {
			f := toks[end].fold
			if d.lang == "de" && (f == "der" || f == "dem") && d.dativeWireDE(s, start, end+1) {
				f = ""
			}
			if f == "des" || f == "der" || f == "von" || f == "vom" || f == "for" || f == "of" || f == "at" {
				j := end + 1
				for j < len(toks) && j <= end+9 {
					if m := d.mentionAt(s, j); m != nil && m.ent != nil && m.ent.isOrg() {
						cEnd = m.t1
						break
					}
					tj := toks[j]
					// "Ein Sprecher des Landtags", "eine Sprecherin der
					// Datenschutzbeauftragten": a public body's word in the
					// genitive names whom the spokesperson speaks for, though the
					// text named the body otherwise or not at all.
					if j == end+1 && (f == "des" || f == "der") && d.lang == "de" && strings.Contains(t.fold, "sprecher") && isCapWord(tj) && germanHead(tj) != "" && !d.covered[s][j] &&
						(j+1 >= len(toks) || !isCapWord(toks[j+1]) && toks[j+1].fold != "des" && toks[j+1].fold != "der") {
						cEnd = j + 1
						genBody = germanHead(tj)
						break
					}
					if tj.text == "," && j+1 < len(toks) && toks[j+1].cap || tj.word && (tj.cap || articles[tj.fold] || strings.Contains(tj.text, "-")) {
						if d.isCompanyDescriptor(tj) {
							cEnd = j + 1
							// "Sprecher der Reederei Hansa Nordsee": the
							// name after the descriptor.
							if m := d.mentionAt(s, j+1); m != nil && m.t0 == j+1 && m.ent != nil && m.ent.isOrg() {
								cEnd = m.t1
							}
							break
						}
						j++
						continue
					}
					break
				}
			}
		}
		// "ein Mitarbeiter aus der Geldwäsche-Abteilung", "a worker at
		// the mill", "ein Sprecher des Unternehmens aus Hannover": where
		// the person works is part of the description.
		cEnd = d.workplaceEnd(s, cEnd, cEnd > end)
		if (definiteDE[det] || definiteEN[det]) && cEnd == end {
			// "Gesundheitsminister Karl-Josef Laumann … sagte der
			// Minister": a definite role without complement takes up the
			// person the text named with that role.
			pf, _ := rolePrefix(t, role)
			p := d.namedRoleHolder(s, i, role, roleClassOf(pf, role))
			// "the property developer Victor Anselm … accused the
			// billionaire of …": a private person's epithet takes up the
			// person named last before it.
			if p == nil && d.lang == "en" && privateEpithetsEN[role] {
				p = d.lastNamedPerson(s, i)
			}
			if p != nil {
				m := &mention{sent: s, t0: i, t1: end, kind: mPron, typ: claimgraph.Official, name: d.spanText(s, i, end)}
				d.addMention(m)
				d.attach(m, p)
				continue
			}
		}
		// "die Sprecherin der Klimaallianz, Jana Wolters": a definite
		// German role set off before a person's name is that person, like
		// "die Vorsitzende der Flussallianz, Renate Obermüller".
		if speaker && d.lang == "de" && definiteDE[det] && cEnd+1 < len(toks) && toks[cEnd].text == "," {
			if pm := d.mentionAt(s, cEnd+1); pm != nil && pm.t0 == cEnd+1 && pm.kind == mPerson {
				speaker = false
			}
		}
		if !speaker {
			// A placeholder for a role holder named later.
			if det == "" || d.lang == "en" && det != "its" && det != "the" && !possessives[det] && !indefinite[det] {
				continue
			}
			// "A former employee of Hollin Biotech has filed …" … "the
			// employee alleges": a definite role takes up the unnamed
			// holder the text introduced before.
			if definiteEN[det] || definiteDE[det] {
				var prev *entity
				for _, o := range d.ents {
					if o.typ == claimgraph.Official && o.anon && o.role == role && !o.dead && o.key == "@placeholder" {
						prev = o
					}
				}
				// "A former member of Murmur's trust-and-safety staff, who
				// spoke on condition of anonymity, …" … "the former
				// employee said": a definite staff word takes up the one
				// insider the text introduced.
				if prev == nil && (anonStaffRolesEN[role] || memberRolesEN[role]) {
					for _, o := range d.ents {
						if o.insider && !o.dead && o.role != role {
							if prev != nil {
								prev = nil
								break
							}
							prev = o
						}
					}
				}
				if prev != nil {
					m := &mention{sent: s, t0: i, t1: end, kind: mAnon, typ: claimgraph.Official, name: trimPoss(d.spanText(s, start, end)), role: role}
					d.addMention(m)
					d.attach(m, prev)
					continue
				}
			}
			// The complement joins the name only when it is a name:
			// "former employee of Hollin Biotech", not "… of the company".
			pEnd := end
			if cEnd > end {
				if cm := d.mentionAt(s, cEnd-1); cm != nil && (cm.kind == mName || cm.kind == mShort) || toks[end].fold == "familiar" {
					pEnd = cEnd
				}
			}
			pName := trimPoss(d.spanText(s, start, pEnd))
			if d.lang == "de" && pEnd == end {
				pName = nominativeAnonDE(toks, det, start, i, end, isFemaleRole(t), pName)
			}
			p := d.newEntity(claimgraph.Official, pName, "@placeholder")
			p.anon = true
			p.role = role
			p.affil = d.affiliation(s, i, end, role)
			if premod != nil {
				p.affil = premod
			}
			p.affil = d.genitiveBodyAffil(s, i, genBody, p.affil, premod)
			p.affil = d.notWireSpokenTo(s, start, end, p.affil)
			if d.sentenceHas(s, anonymityCues) || formerWords[toks[start].fold] {
				p.anonSelf = true
			}
			// "the bank's former head of compliance, Laura Menzies": a
			// former holder speaks for herself, also once named.
			for k := start; k < i; k++ {
				if formerWords[toks[k].fold] {
					p.former = true
				}
			}
			m := &mention{sent: s, t0: i, t1: end, kind: mAnon, typ: claimgraph.Official, name: p.name, role: role}
			d.addMention(m)
			d.attach(m, p)
			p.name = m.name
			continue
		}
		// "A consultant in the emergency department, who asked not to
		// be named": the unnamed person is known by the whole phrase; a
		// workplace no name says is no party of its own.
		// ("Eine Pflegerin der Intensivstation, die anonym bleiben
		// möchte": so in German.)
		if anonEnd > cEnd {
			named := false
			for _, m := range d.ments[s] {
				named = named || m.t0 >= end && m.t1 <= anonEnd && (m.kind == mName || m.kind == mShort)
			}
			if !named {
				d.cover(s, end, anonEnd)
			}
			cEnd = anonEnd
		}
		name := trimPoss(d.spanText(s, start, cEnd))
		if d.lang == "de" && !strings.Contains(name, " ") && end == i+1 {
			name = strings.TrimSuffix(name, "s")
		}
		// "von einem 34 Jahre alten ehemaligen Koch, der als Zeuge
		// geladen war": the person is "ehemaliger Koch", as the subject
		// would name him, without his age; "Aussagen einer früheren
		// Pflegerin des Hauses, die anonym bleiben möchte" is "frühere
		// Pflegerin des Hauses", the genitive kept as written.
		if d.lang == "de" && (cEnd == end || anonRel && end == i+1) {
			adj := start
			if ageEnd > start {
				adj = ageEnd
			}
			if n := nominativeAnonDE(toks, det, adj, i, end, isFemaleRole(t), ""); n != "" {
				if cEnd > end {
					n += " " + d.spanText(s, end, cEnd)
				}
				name = n
			}
		}
		var e *entity
		if definiteDE[det] || definiteEN[det] {
			// "The spokesperson", "der Sprecher": the one said before.
			for _, o := range d.ents {
				if o.typ == claimgraph.Official && o.anon && o.role == role && !o.dead && o.key != "@placeholder" {
					e = o
				}
			}
		}
		if e == nil {
			for _, o := range d.ents {
				if o.typ == claimgraph.Official && o.anon && !o.dead && normName(o.name) == normName(name) {
					e = o
				}
			}
		}
		if e == nil {
			if d.lang == "de" && !indefinite[det] && !strings.Contains(t.fold, "sprecher") {
				continue
			}
			e = d.newEntity(claimgraph.Official, name, "")
			e.anon = true
			e.role = role
			e.female = isFemaleRole(t)
			e.affil = d.affiliation(s, i, end, role)
			if premod != nil {
				e.affil = premod
			}
			if e.affil == nil && !hasPlace {
				e.affil = d.contextAffiliation(s, i, role)
			}
			e.affil = d.genitiveBodyAffil(s, i, genBody, e.affil, premod)
			e.affil = d.notWireSpokenTo(s, start, end, e.affil)
			if d.sentenceHas(s, anonymityCues) && !speakerWordsEN[t.fold] || d.sentenceHas(s, set("anonymity")) || anonRel {
				e.anonSelf = true
			}
			if strings.HasPrefix(role, "beamt") || role == "official" {
				// An unnamed official speaks for himself unless the text
				// ties him to a body.
				e.anonSelf = true
			}
			e.insider = insider && e.anonSelf
			// "A Keystone driver, who spoke on condition of anonymity
			// because she feared losing her job": the reason given for
			// the anonymity tells the source's sex where no other person
			// stands in the sentence ("She said …" later is hers).
			if e.insider && d.lang == "en" && !e.female {
				she, he := false, false
				for _, tk := range toks {
					she = she || tk.fold == "she" || tk.fold == "her"
					he = he || tk.fold == "he" || tk.fold == "his" || tk.fold == "him"
				}
				alone := true
				for _, m := range d.ments[s] {
					alone = alone && !(m.kind == mPerson || m.ent != nil && m.ent.typ == claimgraph.Official && m.ent != e)
				}
				e.female = she && !he && alone
			}
		}
		m := &mention{sent: s, t0: start, t1: cEnd, kind: mAnon, typ: claimgraph.Official, name: name, role: role}
		if !d.free(s, start, i) || !d.free(s, i, end) {
			m.t0, m.t1 = i, end
		}
		// Keep the organisation in the complement as its own mention.
		d.cover(s, i, end)
		d.ments[s] = append(d.ments[s], nil)
		copy(d.ments[s][1:], d.ments[s][:len(d.ments[s])-1])
		d.ments[s][0] = m
		d.sortMentions(s)
		d.attach(m, e)
		i = end - 1
	}
}

// nominativeAnonDE names an unnamed German role holder in the nominative
// when an indefinite article in another case introduced her: "Aussagen
// einer ehemaligen Filialleiterin" is "ehemalige Filialleiterin", "von
// einem früheren Mitarbeiter" is "früherer Mitarbeiter", as the text would
// call them as subject. Only lower-case adjectives before the role change;
// anything else keeps the name as written.
func nominativeAnonDE(toks []token, det string, start, i, end int, female bool, name string) string {
	if det != "einer" && det != "einem" && det != "eines" && det != "einen" || end != i+1 || start >= i {
		return name
	}
	g := byte('m')
	if female {
		g = 'f'
	}
	parts := make([]string, 0, end-start)
	for k := start; k < i; k++ {
		if !toks[k].word || toks[k].cap || !isAdjLowerDE(toks[k]) {
			return name
		}
		parts = append(parts, reinflect(toks[k].text, g))
	}
	head := toks[i].text
	// "eines ehemaligen Mitarbeiters": the genitive's "-s" goes too.
	if det == "eines" && !female && strings.HasSuffix(head, "s") {
		head = strings.TrimSuffix(head, "s")
	}
	return strings.Join(append(parts, head), " ")
}

// genitiveBodyAffil: "Ein Sprecher des Landtags" speaks for a
// parliament, not for the firm or council the text named last; where the
// role's genitive is a public body's word (head), only a body of that
// kind is its affiliation.
func (d *doc) genitiveBodyAffil(s, i int, head string, affil, premod *entity) *entity {
	if head == "" || premod != nil || affil != nil && nameHas(affil, []string{head}) {
		return affil
	}
	return d.salient(s, i, false, func(o *entity) bool { return o.typ == claimgraph.Agency && nameHas(o, []string{head}) })
}

// workplaceNouns are places and units where someone works ("at the
// mill", "aus der Geldwäsche-Abteilung"); German compounds end in them.
var workplaceNouns = set("mill", "plant", "factory", "warehouse", "mine", "branch", "department", "unit", "site", "store", "farm", "depot", "yard",
	"abteilung", "werk", "filiale", "niederlassung", "zentrale", "lager", "fabrik", "verwaltung", "buchhaltung", "rechtsabteilung")

// workplaceEnd returns the end of a complement after an unnamed
// person's role or its body ending at token j: "aus Hannover" (a town),
// or, after the role itself (complement false), "aus der
// Geldwäsche-Abteilung", "at the mill"; else j.
func (d *doc) workplaceEnd(s, j int, complement bool) int {
	toks := d.sents[s].toks
	if j+1 >= len(toks) || d.covered[s][j+1] {
		return j
	}
	f := toks[j].fold
	// "a defence official familiar with the matter": what the source
	// knows is part of the description that withholds its name.
	if d.lang == "en" && f == "familiar" && toks[j+1].fold == "with" {
		k := j + 2
		if k < len(toks) && (articles[toks[k].fold] || possessives[toks[k].fold]) {
			k++
		}
		if k < len(toks) && toks[k].word && !toks[k].cap && !d.covered[s][k] {
			return k + 1
		}
		return j
	}
	// A town no list knows is a capitalised word that is no noun of a
	// common kind ("aus Bitterfeld", not "aus Sicherheitsgründen") and
	// ends the clause.
	town := cities[toks[j+1].fold] || d.isPlace(toks[j+1]) ||
		complement && d.lang == "de" && isCapWord(toks[j+1]) && !isNounLikeDE(toks[j+1]) && !nominalDE[toks[j+1].fold] && germanHead(toks[j+1]) == "" && (j+2 >= len(toks) || !toks[j+2].word)
	if (f == "aus" || f == "from") && toks[j+1].cap && town && (j+2 >= len(toks) || !isCapWord(toks[j+2])) {
		return j + 2
	}
	if complement || !(f == "aus" || f == "at" || f == "in") || !(definiteEN[toks[j+1].fold] || definiteDE[toks[j+1].fold]) {
		return j
	}
	k := j + 2
	if k < len(toks) && isAdjDE(toks[k]) && d.lang == "de" {
		k++
	}
	// "at the Dalton Yarns mill": the owner's name before the place.
	if m := d.mentionAt(s, k); m != nil && m.t0 == k && m.ent != nil && m.ent.isOrg() && d.lang == "en" {
		k = m.t1
	} else if d.lang == "en" {
		for n := 0; n < 3 && k+1 < len(toks) && isCapWord(toks[k]) && !d.covered[s][k]; n++ {
			k++
		}
	}
	if k >= len(toks) || d.covered[s][k] {
		return j
	}
	w := trimPoss(toks[k].fold)
	if h := strings.LastIndex(w, "-"); h >= 0 {
		w = w[h+1:]
	}
	if workplaceNouns[w] || d.lang == "de" && hasSuffixInflected(w, []string{"abteilung", "werk", "filiale"}) != "" {
		// "… in Kaunas": the workplace's town.
		if k+2 < len(toks) && toks[k+1].fold == "in" && (cities[toks[k+2].fold] || d.isPlace(toks[k+2])) && !isCapWord(toks[min(k+3, len(toks)-1)]) {
			return k + 3
		}
		return k + 1
	}
	return j
}

// headShortOf returns the one body named before whose name of several
// words ends in the head f ("commission" for "European Commission").
func (d *doc) headShortOf(f string) *entity {
	if !agencyHeadsEN[f] {
		return nil
	}
	var found *entity
	for _, o := range d.ents {
		w := strings.Fields(fold(o.name))
		if o.dead || o.typ != claimgraph.Agency || len(w) < 2 || w[len(w)-1] != f {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

func isVerbLike(f string) bool {
	switch f {
	case "declined", "did", "told", "says", "added", "wollte", "sagte", "erklärte", "erklaerte", "teilte", "betonte", "wies", "hat", "hatte":
		return true
	}
	// „Über seinen Verteidiger ließ Enrico Vassallo … zurückweisen“: the
	// finite „lassen“ after a fronted phrase ends that phrase.
	if lassenDE[f] {
		return true
	}
	return false
}

func (d *doc) sortMentions(s int) {
	ms := d.ments[s]
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && (ms[j].t0 < ms[j-1].t0 || ms[j].t0 == ms[j-1].t0 && ms[j].t1 > ms[j-1].t1); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// verbBetween reports a word other than an article or possessive between
// a name ending at from and a role word at to: "Alicia Whitfield accused
// the mayor" names two people, "Serena Vail, the chief executive" one.
func verbBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if f := toks[k].fold; toks[k].word && !articles[f] && !possessives[f] && f != "its" && f != "their" && f != "his" && f != "her" {
			return true
		}
	}
	return false
}

// namedRoleHolder returns the named person most recently introduced with
// role (within the five sentences before token i of s), or nil.
func (d *doc) namedRoleHolder(s, i int, role, class string) *entity {
	var best *entity
	bestSent, bestTok := -1, -1
	for _, e := range d.ents {
		if e.typ != claimgraph.Official || e.anon || e.dead || e.key == "@placeholder" {
			continue
		}
		// "Bürgermeister Gerhard Pfister" … "wirft dem Rathauschef vor":
		// another word for the same office.
		same := class != "" && roleClassOf(e.rolePre, e.role) == class
		for _, m := range d.allMentionsOf(e, s-5, s) {
			if m.kind != mPerson || m.role != role && !same || m.sent == s && m.t1 > i {
				continue
			}
			if m.sent > bestSent || m.sent == bestSent && m.t0 > bestTok {
				best, bestSent, bestTok = e, m.sent, m.t0
			}
		}
	}
	if best != nil {
		return best
	}
	// "den Bürgermeister der Stadt, Florian Wimmer" … many sentences
	// later "hatte dem Bürgermeister vorgeworfen": the one person the
	// text gave that office, however far back.
	for _, e := range d.ents {
		if e.typ != claimgraph.Official || e.anon || e.dead || e.key == "@placeholder" {
			continue
		}
		same := class != "" && roleClassOf(e.rolePre, e.role) == class
		for _, m := range d.allMentionsOf(e, 0, s-6) {
			if m.kind == mPerson && (m.role == role || same) {
				if best != nil && best != e {
					return nil // two holders: no telling which
				}
				best = e
				break
			}
		}
	}
	return best
}

// anonStaffRolesEN are English roles of staff who may speak anonymously
// for their employer: "an investigator at X, who asked not to be named".
var anonStaffRolesEN = set("investigator", "inspector", "employee", "worker", "engineer", "staffer", "officer", "manager", "prosecutor", "regulator", "auditor",
	// "One Skyrill captain, who asked not to be named", "a senior
	// executive who spoke on condition of anonymity"
	"captain", "executive", "director", "aide", "adviser", "advisor", "diplomat", "analyst", "researcher", "coach", "trainer", "banker", "lawmaker",
	"legislator", "commander", "master", "head", "chief", "partner", "trustee", "deputy", "supervisor")

// roleBeforeBodyHeadEN reports a role word at k that modifies the head
// noun of a body after it ("an activist group", "a campaigner network"),
// not the possessive of one ("the federation's vice-president").
func roleBeforeBodyHeadEN(toks []token, k int, d *doc) bool {
	if k+1 >= len(toks) || isRoleToken(toks[k], d) == "" || toks[k].cap {
		return false
	}
	n := toks[k+1]
	return n.word && !n.cap && trimPoss(n.text) == n.text && civilBodyHeadsEN[n.fold]
}

// anonRelativeDE returns the end of the phrase of a German noun at token
// i, opened by an indefinite article, whose phrase (with a genitive
// complement: "des Unternehmens") is followed by a relative clause that
// withholds a name, else -1:
// ", der anonym bleiben wollte", ", das nicht namentlich genannt werden
// wollte", ", die ihren Namen nicht … lesen will".
func (d *doc) anonRelativeDE(s, i int) int {
	toks := d.sents[s].toks
	t := toks[i]
	if !isCapWord(t) || t.acro || firstNames[t.fold] || germanHead(t) != "" || isNounLikeDE(t) {
		return -1
	}
	k := i - 1
	for k >= 0 && toks[k].word && !toks[k].cap && !indefinite[toks[k].fold] && (isAdjDE(toks[k]) || formerWords[toks[k].fold] || strings.HasSuffix(toks[k].fold, "e") || strings.HasSuffix(toks[k].fold, "er") || isAdjLowerDE(toks[k])) {
		k--
		// "von einem 34 Jahre alten ehemaligen Koch": an age before the
		// adjectives.
		if k >= 3 && strings.HasPrefix(toks[k].fold, "alt") && len(toks[k].fold) <= 5 && toks[k-1].fold == "jahre" && toks[k-2].num {
			k -= 3
		}
	}
	if k < 0 || !indefinite[toks[k].fold] {
		return -1
	}
	j := i + 1
	if j+1 < len(toks) && (toks[j].fold == "des" || toks[j].fold == "der") {
		if m := d.mentionAt(s, j); m != nil && m.ent != nil && m.ent.isOrg() {
			j = m.t1
		} else if m := d.mentionAt(s, j+1); m != nil && m.t0 == j+1 && m.ent != nil && m.ent.isOrg() {
			j = m.t1
		} else {
			// "Eine Pflegerin der Intensivstation", "eine ehemalige
			// Pflegekraft des Hauses": a unit or place no name says,
			// under a few adjectives.
			q := j + 1
			for q < len(toks) && q <= j+3 && toks[q].word && !toks[q].cap && isAdjLowerDE(toks[q]) && !d.covered[s][q] {
				q++
			}
			if q >= len(toks) || !isCapWord(toks[q]) || toks[q].acro || d.covered[s][q] || d.mentionAt(s, q) != nil {
				return -1
			}
			j = q + 1
		}
	}
	if j+2 >= len(toks) || toks[j].text != "," || toks[j+1].fold != "der" && toks[j+1].fold != "die" && toks[j+1].fold != "das" {
		return -1
	}
	for q := j + 2; q < len(toks) && q <= j+12 && toks[q].text != ","; q++ {
		switch toks[q].fold {
		case "anonym", "namentlich", "namen", "genannt":
			return j
		}
		// "…, der als Zeuge geladen war": a witness is a person who
		// speaks, named or not.
		if toks[q].fold == "als" && q+1 < len(toks) && (toks[q+1].fold == "zeuge" || toks[q+1].fold == "zeugin") {
			return j
		}
	}
	return -1
}

// anonRelativeEN returns the end of the indefinite phrase whose head
// noun is token i of sentence s where a relative clause says it wants no
// name, else -1: "A
// consultant in the emergency department, who asked not to be named,",
// "a nurse at the home, who spoke on condition of anonymity,". Whoever
// asks so is a person who speaks, whatever the noun.
func (d *doc) anonRelativeEN(s, i int) int {
	toks := d.sents[s].toks
	t := toks[i]
	if !t.word || t.cap || t.num || functionWords[t.fold] || isVerbLike(t.fold) || strings.HasSuffix(t.fold, "s") || strings.HasSuffix(t.fold, "ly") {
		return -1
	}
	// The article, over a few modifiers: "a senior care", "one former".
	k := i - 1
	// ("A former Harwick dispatcher": "former" is a modifier too.)
	for k >= 0 && i-k <= 3 && toks[k].word && !indefinite[toks[k].fold] && toks[k].fold != "one" && (!functionWords[toks[k].fold] || formerWords[toks[k].fold]) && !isVerbLike(toks[k].fold) {
		k--
	}
	if k < 0 || !indefinite[toks[k].fold] && toks[k].fold != "one" {
		return -1
	}
	// The noun's own phrase: "in the emergency department", "at the
	// company", "involved in the program".
	j := i + 1
	if j < len(toks) && (prepositions[toks[j].fold] || toks[j].fold == "involved" || toks[j].fold == "familiar") {
		for j < len(toks) && j <= i+8 && toks[j].text != "," && !toks[j].quote {
			j++
		}
	}
	if j+2 >= len(toks) || toks[j].text != "," || toks[j+1].fold != "who" {
		return -1
	}
	for q := j + 2; q < len(toks) && q <= j+12 && toks[q].text != ","; q++ {
		switch toks[q].fold {
		case "anonymity", "named", "identified", "anonymous", "anonymously":
			return j
		}
	}
	return -1
}

// privateEpithetsEN describe a private person by wealth or trade ("the
// billionaire", "the tycoon"); they refer back to a person the text named.
var privateEpithetsEN = set("billionaire", "businessman", "businesswoman", "tycoon", "entrepreneur", "financier", "magnate", "oligarch", "millionaire")

// lastNamedPerson returns the person named last before token i of
// sentence s, within the three sentences before, or nil.
func (d *doc) lastNamedPerson(s, i int) *entity {
	for o := s; o >= 0 && o >= s-3; o-- {
		ms := d.ments[o]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if o == s && m.t0 >= i || m.ent == nil || m.ent.dead || m.ent.typ != claimgraph.Official || m.ent.anon || m.ent.key == "@placeholder" {
				continue
			}
			if m.kind == mPerson || m.kind == mShort || m.kind == mName {
				return m.ent
			}
		}
	}
	return nil
}

// wireKeys are the lexicon keys of news agencies.
var wireKeys = set("reuters", "ap", "afp", "dpa", "kna", "epd", "bloomberg")

// dativeWireDE reports a news agency at token j of sentence s that a
// verb of saying just before the role at start addresses in the dative:
// "sagte ein Firmensprecher der Nachrichtenagentur Bloomberg",
// "erklärte eine Sprecherin der Deutschen Presse-Agentur". The agency
// is the one spoken to, not the body the spokesperson speaks for: a
// news agency reports what others say.
func (d *doc) dativeWireDE(s, start, j int) bool {
	toks := d.sents[s].toks
	said := false
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		if addressVerbsDE[toks[k].fold] {
			said = true
			break
		}
		if !indefinite[toks[k].fold] && !definiteDE[toks[k].fold] {
			break
		}
	}
	if !said || j >= len(toks) {
		return false
	}
	if f := toks[j].fold; f == "nachrichtenagentur" || f == "presseagentur" {
		return true
	}
	m := d.mentionAt(s, j)
	return m != nil && m.ent != nil && m.ent.typ == claimgraph.Publication && wireKeys[m.ent.key]
}

// notWireSpokenTo returns affil, or, where it is the news agency the role
// ending at end was speaking to ("sagte eine Sprecherin der Deutschen
// Presse-Agentur"), the body in view the role speaks for instead.
func (d *doc) notWireSpokenTo(s, start, end int, affil *entity) *entity {
	toks := d.sents[s].toks
	if affil == nil || affil.typ != claimgraph.Publication || end >= len(toks) || toks[end].fold != "der" && toks[end].fold != "dem" || !d.dativeWireDE(s, start, end+1) {
		return affil
	}
	return d.salient(s, start, false, func(o *entity) bool {
		return o.isOrg() && o.typ != claimgraph.Publication && o.typ != claimgraph.Document
	})
}

// addresseeRole reports whether the English role word at token i of
// sentence s stands, with at most three words before it, after "to" that
// follows a paper or a verb of writing ("a letter to Covenly's chief
// executive", "wrote to the bank's chairman").
func (d *doc) addresseeRole(s, i int) bool {
	toks := d.sents[s].toks
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if toks[j].fold != "to" {
			continue
		}
		p := toks[j-1].fold
		return documentHeadsEN[p] || p == "wrote" || p == "written" || p == "writes" || p == "writing" || p == "addressed"
	}
	return false
}
