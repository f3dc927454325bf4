package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph"
)

// stateOfficeDescDE returns the head of a bare federal or state office
// word ("Landesamt", "des Bundesamts"), which refers back to the office
// the text named with its field; else "".
func stateOfficeDescDE(f string) string {
	for _, h := range []string{"landesamt", "bundesamt"} {
		if strings.HasPrefix(f, h) && headEnds[f[len(h):]] {
			return h
		}
	}
	return ""
}

// fusedArticleDE are German prepositions fused with the definite article;
// "im Labor", "im Unternehmen" mostly say where, not who.
var fusedArticleDE = set("beim", "vom", "zum", "zur")

// pluralCompanyDescs refer to several companies, never to one.
var pluralCompanyDescs = set("companies", "firms", "chipmakers", "platforms", "konzerne", "firmen", "banks", "lenders", "insurers", "carmakers")

// genericCompanyDescs refer to any company; other descriptors
// ("Kabelhersteller") prefer the company they were said of.
var genericCompanyDescs = set("unternehmen", "konzern", "firma", "company", "firm", "group", "gesellschaft", "business", "companies", "firms")

// descClass tells which type a description refers to, and a filter on
// names for the specific ones ("das Ministerium" wants a ministry).
func (d *doc) descClass(s, i int) (claimgraph.EntityType, []string, bool) {
	toks := d.sents[s].toks
	t := toks[i]
	f := trimPoss(t.fold)
	st := stem(f)
	if i > 0 && (toks[i-1].fold == "news" || toks[i-1].fold == "wire") && (f == "agency" || f == "service") {
		return claimgraph.Publication, nil, true
	}
	// "des Senders", "des Blatts": a German genitive of an outlet word.
	genDE := d.lang == "de" && strings.HasSuffix(f, "s") && (publicationDescriptors[strings.TrimSuffix(f, "s")] || publicationDescriptors[strings.TrimSuffix(f, "es")])
	if publicationDescriptors[f] && f != "agency" && f != "agentur" || genDE || strings.HasSuffix(f, "zeitung") || strings.HasSuffix(f, "nachrichtenagentur") {
		// "The paper's editor" after "the Harbour Tribune" and
		// "broadcaster Channel North": a paper is printed, never a
		// broadcaster.
		if d.lang == "en" && (f == "paper" || f == "newspaper") {
			return claimgraph.Publication, []string{"!broadcast", "!channel", "!radio", "!television", " tv", "!~print"}, true
		}
		// "Die Zeitung weist das zurück", "die Redaktion", "dem Blatt":
		// a paper and its newsroom, never the wire service the text named
		// as the one a document was shown to ("die der Nachrichtenagentur
		// epd vorliegt") nor a broadcaster.
		// ("Die Zeitung hatte berichtet, …" is no magazine the text
		// named before: a newspaper is a paper the text may not have
		// recognised.)
		if d.lang == "de" && strings.HasSuffix(st, "zeitung") {
			return claimgraph.Publication, newspaperFilterDE, true
		}
		if d.lang == "de" && (paperWordsDE[f] || genDE && paperWordsDE[strings.TrimSuffix(strings.TrimSuffix(f, "s"), "e")]) {
			return claimgraph.Publication, wireServicesDE, true
		}
		return claimgraph.Publication, nil, true
	}
	// "soll das Werk die Eigenkontrollen geschönt haben", ", das Werk
	// habe die Einleitungen gedrosselt": a plant acting as a clause's
	// subject is its company's; "vor dem Werk", "im Werk" are places.
	if d.lang == "de" && f == "werk" && t.cap && d.plantSubjectDE(toks, i) {
		return claimgraph.Company, nil, true
	}
	// "die Bonner Wettbewerbshüter", "die Kartellwächter", "die
	// Finanzaufseher": German epithets of a supervising body; "die
	// Datenschützer", "die Verbraucherschützer": of a body that protects.
	switch watchdogDE(f) {
	case "hüter":
		if strings.HasPrefix(f, "datenschutz") {
			return claimgraph.Agency, []string{"datenschutz", "privacy", "beauftragte"}, true
		}
		return claimgraph.Agency, authorityWords, true
	case "schützer":
		if strings.HasPrefix(f, "datenschütz") || strings.HasPrefix(f, "datenschuetz") {
			return claimgraph.Agency, []string{"datenschutz", "privacy", "beauftragte"}, true
		}
		// "die Verfassungsschützer": the office for the protection of
		// the constitution, a state body like the data protectors.
		if strings.HasPrefix(f, "verfassungsschütz") || strings.HasPrefix(f, "verfassungsschuetz") {
			return claimgraph.Agency, []string{"verfassungsschutz", "bfv", "lfv"}, true
		}
		return claimgraph.Agency, []string{"!amt", "!gericht", "!ministeri", "!bundes", "!staatsanwalt", "!kommission", "!regierung"}, true
	}
	// "Der Nachbarstaat wies die Vorwürfe zurück", "the neighbouring
	// state": the state the text introduced as a neighbour.
	if f == "nachbarstaat" || f == "nachbarland" || f == "nachbarstaats" || f == "nachbarlands" || f == "nachbarlandes" || f == "nachbarstaates" ||
		d.lang == "de" && t.cap && strings.HasPrefix(f, "nachbar") && hasSuffixInflected(f, []string{"regierung", "republik"}) != "" ||
		d.lang == "en" && i > 0 && (toks[i-1].fold == "neighbouring" || toks[i-1].fold == "neighboring") && neighbourHeadsEN[f] {
		return claimgraph.Agency, []string{"nachbar", "neighbo"}, true
	}
	// "accused the team of …": a club, or a professional team run as a
	// business ("Velotec Pro Cycling"); no league, federation or body
	// of the state.
	if d.lang == "en" && f == "team" && t.fold == "team" {
		return claimgraph.Agency, []string{"!league", "!liga", "!court", "!association", "!federation", "!ministry", "!union", "!authority", "!council", "!commission", "!agency"}, true
	}
	// "the campaigners", "the activists": the campaign named before.
	if d.lang == "en" && (f == "campaigners" || f == "activists") {
		return claimgraph.Agency, []string{"campaign", "activist"}, true
	}
	// "Der Betriebsrat", "der Personalrat": the staff's elected body.
	if d.lang == "de" && t.cap && hasSuffixInflected(f, worksCouncilsDE) != "" {
		return claimgraph.Agency, []string{"betriebsrat", "personalrat", "works council"}, true
	}
	if agencyDescriptors[f] || agencyDescriptors[st] || d.lang == "de" && t.cap && hasSuffixInflected(f, []string{"behoerde", "ministerium", "geheimdienst", "ermittler", "staatsanwaltschaft", "kommission", "regierung", "botschaft", "gericht", "aufsicht"}) != "" ||
		d.lang == "de" && t.cap && civilOrganisationDE(f) ||
		d.lang == "de" && t.cap && stateOfficeDescDE(f) != "" {
		var want []string
		switch {
		case strings.Contains(f, "ministeri") || f == "ministry":
			want = []string{"ministeri", "ministry", "department"}
		case strings.Contains(f, "kommission") || f == "commission":
			want = []string{"kommission", "commission"}
		case strings.Contains(f, "gericht") || f == "court":
			want = []string{"gericht", "court"}
		case strings.Contains(f, "botschaft") || f == "embassy":
			want = []string{"botschaft", "embassy"}
		case f == "vertretung":
			// "erklärte die Vertretung" after "die russische Botschaft":
			// a state's mission abroad.
			want = []string{"botschaft", "embassy", "konsulat", "vertretung", "mission"}
		case strings.Contains(f, "geheimdienst") || strings.Contains(f, "nachrichtendienst"):
			want = []string{"dienst", "intelligence", "verfassungsschutz", "bnd", "cia", "mss"}
		case strings.Contains(f, "regierung") || f == "government":
			want = []string{"regierung", "government"}
		case strings.Contains(f, "ermittler") || strings.Contains(f, "staatsanwalt") || f == "prosecutors" || f == "investigators":
			want = []string{"staatsanwalt", "prosecut", "justice", "betrug", "fraud", "olaf", "police", "polizei", "kriminal", "ermittl", "sec ", "fbi", "eppo", "sfo", "doj", "attorney"}
		case f == "department":
			want = []string{"department"}
		case f == "council":
			want = []string{"council"}
		case f == "board":
			want = []string{"board", "commission", "council"}
		case f == "movement" || strings.HasPrefix(f, "bewegung"):
			want = []string{"movement", "bewegung", "front", "party", "partei"}
		case f == "stadt" || f == "stadtverwaltung" || f == "gemeinde" || f == "verwaltung" || f == "city" || f == "town":
			want = []string{"stadt", "gemeinde", "city", "town", "verwaltung", "council", "municipal"}
		// "der Landkreis", "the county": a district's government, not
		// any body of the story.
		case f == "landkreis" || f == "kreis" || f == "county" || f == "kreisverwaltung":
			want = []string{"landkreis", "kreis", "county", "landratsamt"}
		// "die Behörde", "die Umweltbehörde": a body of the state, never
		// a campaign group, union or party the story named ("Die
		// Verbraucherorganisation Foodwatch … Die Behörde prüft").
		case d.lang == "de" && hasSuffixInflected(f, []string{"behoerde", "behörde"}) != "":
			want = []string{"!gericht", "!court", "!organisation", "!organization", "!verband", "!initiative", "!gewerkschaft", "!partei", "!stiftung",
				"!netzwerk", "!buendnis", "!bündnis", "!liga", "!club", "!klub", "!aktivist", "!kampagne", "!verbraucherzentrale", "!umweltschutz", "!tierschutz"}
		// "the watchdog", "the regulator": a body that supervises, not the
		// ministry it reports on or the committee its letter went to
		// ("overcharged the Ministry of Defence, the National Audit Office
		// has said. In a letter to the Public Accounts Committee, the
		// watchdog says …").
		case f == "watchdog" || f == "regulator":
			want = []string{"!court", "!gericht", "!ministry", "!ministerium", "!government", "!regierung", "!committee", "!parliament", "!army", "!armed forces", "!police"}
		case f == "treasury":
			want = []string{"treasury"}
		case f == "amt":
			want = []string{"amt", "office"}
		// "eine Sprecherin des Landesamts", "das Bundesamt": a federal
		// or state office the text named in full ("Landesamt für
		// Gesundheit und Lebensmittelsicherheit").
		case d.lang == "de" && stateOfficeDescDE(f) != "":
			want = []string{stateOfficeDescDE(f)}
		// ("Die Bürgerrechtsorganisation", "die Verbraucherorganisation":
		// a compound of organisation is an association too.)
		case strings.Contains(f, "verband") || f == "association" || f == "federation" || d.lang == "de" && strings.HasSuffix(f, "organisation") && f != "organisation":
			// An association or campaign group: "der Verband" also
			// takes up "die Umweltorganisation X", "der Verein Y".
			want = []string{"verband", "association", "federation", "organisation", "organization", "verein", "initiative", "netzwerk", "$bund", "allianz", "bündnis", "buendnis"}
		case strings.Contains(f, "gewerkschaft") || f == "union" || f == "guild":
			// Unions go by many names: "Teamsters", "Verdi", "IG Metall".
			want = []string{"gewerkschaft", "union", "brotherhood", "workers", "verdi", "ig ", "teamsters", "employees", "federation of labo", "ufcw", "gmb", "unite",
				"association of", "guild"}
		case strings.Contains(f, "kasse"):
			want = []string{"kasse", "bkk", "aok", "ikk", "dak", "barmer", "knappschaft", "versicherung"}
		case f == "liga" || f == "league":
			want = []string{"liga", "league"}
		case f == "club" || f == "klub":
			// Clubs go by their names: "Dunmore Rovers", "HSG Talheim".
			// No body of the state, the press or its supporters either
			// ("the football club" is no press watchdog).
			want = []string{"!liga", "!league", "!court", "!gericht", "!association", "!verband", "!federation", "!ministry", "!ministerium",
				"!organisation", "!organization", "!commission", "!kommission", "!authority", "!trust", "!supporters", "!agency", "!department",
				"!police", "!polizei", "!prosecut", "!staatsanwalt", "!government", "!regierung", "!behoerde", "!university", "!universitaet",
				"!partei", "!party", "!gewerkschaft", "!council"}
		case strings.HasPrefix(f, "polizei") || f == "police":
			want = []string{"polizeipraesidium", "polizeidirektion", "landespolizei", "bundespolizei", "polizei in", "polizei berlin", "police"}
		case strings.Contains(f, "kanzlei") && d.lang == "de":
			want = []string{"kanzlei"}
		case strings.Contains(f, "fraktion"):
			want = []string{"fraktion"}
		case strings.Contains(f, "partei") || f == "party":
			want = []string{"partei", "party"}
		case strings.HasSuffix(f, "initiative"):
			// "die Initiative" after "die Bürgerinitiative Gegenwind X".
			want = []string{"initiative", "buendnis", "bündnis"}
		case auditorsDE[f]:
			// "werfen die Prüfer vor" after "der Thüringer Rechnungshof":
			// the people of an audit office.
			want = []string{"rechnungshof", "rechnungspruef", "pruefungs", "prüfungs"}
		case strings.HasSuffix(f, "aufsicht") && len(f) > len("aufsicht"):
			// "die Finanzaufsicht", "die Bankenaufsicht": a supervisor
			// named so or by its acronym, not any body.
			want = []string{"aufsicht", "bafin", "fma", "finma", "bundesanstalt"}
		case f == "agentur" || f == "agenturen":
			// "Die Agentur wirft der 27-Jährigen vor": an agency the
			// text names so ("Anti-Doping-Agentur", "Bundesagentur").
			want = []string{"agentur", "agency"}
			// "beschuldigt die Agentur" after "die Eventagentur Bodmer &
			// Frick GmbH": a business introduced as an agency, where the
			// text names no public one.
			if d.lang == "de" && d.agencyFirmDE() {
				return claimgraph.Company, []string{"agentur"}, true
			}
		case f == "foundation" || f == "institute":
			// "the institute" after "the Harrow Policy Institute".
			want = []string{f}
		case f == "center" || f == "centre":
			// "the center" after "the Center for Platform
			// Accountability": a body so named, no place.
			want = []string{"center", "centre"}
		case f == "charity":
			// "the charity": a body the text named or described so, no
			// office of the state.
			want = []string{"!court", "!ministry", "!department", "!government", "!police", "!prosecut"}
		// "the EU competition enforcer", "the antitrust enforcer": a
		// regulator, never a court.
		case f == "enforcer":
			want = authorityWords
		case strings.Contains(f, "komitee") || f == "committee":
			want = []string{"komitee", "committee"}
		}
		if want == nil && (f == "authority" || f == "agency" || f == "office") {
			// "the authority" after "the Competition Authority" and
			// "the Hallam Prosecution Service": the body named so.
			for _, e := range d.ents {
				if e.typ == claimgraph.Agency && !e.dead && strings.Contains(fold(e.name), f) {
					want = []string{f}
					break
				}
			}
		}
		if want == nil {
			// "the regulator", "the agency": a body that is no court.
			want = []string{"!court", "!gericht"}
		}
		return claimgraph.Agency, want, true
	}
	// "die Hochschule", "der Universität": the school the text named
	// last, a body or, where private, a business.
	if d.lang == "de" && t.cap && (f == "hochschule" || f == "universitaet" || f == "universität") {
		var last *entity
		for _, e := range d.ents {
			if !e.dead && e.isOrg() && strings.HasPrefix(fold(e.name), f) && len(e.hits) > 0 && (last == nil || e.hits[len(e.hits)-1].sent >= last.hits[len(last.hits)-1].sent) {
				last = e
			}
		}
		if last == nil {
			return "", nil, false
		}
		return last.typ, []string{f}, true
	}
	// "The university said the deductions were lawful" after "the
	// University of Westmarch": the school the text named last.
	if d.lang == "en" && (t.fold == "university" || t.fold == "college") && i > 0 && toks[i-1].fold == "the" {
		var last *entity
		for _, e := range d.ents {
			// The school is the head of its name ("University of
			// Westmarch", "Westmarch University"); the "University and
			// College Union" is a union.
			n := fold(e.name)
			head := strings.HasPrefix(n, f+" of ") || strings.HasSuffix(n, " "+f) || strings.Contains(n, " "+f+" of ")
			if !e.dead && e.isOrg() && head && len(e.hits) > 0 && (last == nil || e.hits[len(e.hits)-1].sent >= last.hits[len(last.hits)-1].sent) {
				last = e
			}
		}
		if last == nil {
			return "", nil, false
		}
		return last.typ, []string{fold(last.name)}, true
	}
	// "the country's central bank", "the reserve bank": a state's bank is
	// a public body.
	if d.lang == "en" && f == "bank" && i > 0 && (toks[i-1].fold == "central" || toks[i-1].fold == "reserve") {
		return claimgraph.Agency, []string{"bank", "reserve", "fed"}, true
	}
	if d.isCompanyDescriptor(t) {
		// "The companies, A, B and C": a plural names no one company.
		if pluralCompanyDescs[f] {
			return "", nil, false
		}
		if f == "group" && i > 0 && advocacyWords[toks[i-1].fold] {
			return claimgraph.Agency, nil, true // "the militant group"
		}
		return claimgraph.Company, nil, true
	}
	return "", nil, false
}

// paperWordsDE are German words for a paper or its newsroom.
var paperWordsDE = set("zeitung", "zeitungen", "blatt", "blattes", "blatts", "redaktion", "chefredaktion", "lokalzeitung", "tageszeitung", "wochenzeitung")

// wireServicesDE exclude news agencies and broadcasters from what a
// German word for a paper refers to.
var wireServicesDE = []string{"!agentur", "!agency", "!dpa", "!afp", "!reuters", "!epd", "!kna", "!associated press", "!sender", "!rundfunk", "!fernseh", "! tv", "!radio"}

// newspaperFilterDE: "die Zeitung" is neither a wire service or
// broadcaster nor an outlet introduced as a magazine ("das Magazin X").
var newspaperFilterDE = append(slices.Clone(wireServicesDE), "!magazin")

// watchdogDE classes German nouns for the people of a body by their
// ending: "hüter" for those that supervise ("Wettbewerbshüter",
// "Kartellwächter", "Finanzaufseher", "Datenschutzhüter"), "schützer"
// for those that protect ("Verbraucherschützer", "Datenschützer",
// "Umweltschützer"); "" for other words.
func watchdogDE(f string) string {
	f = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(f, "ü", "ue"), "ä", "ae"), "ö", "oe")
	for _, e := range []string{"", "n", "s"} {
		g := strings.TrimSuffix(f, e)
		if g == f && e != "" {
			continue
		}
		for _, x := range []string{"hueter", "waechter", "aufseher"} {
			if strings.HasSuffix(g, x) && len(g) > len(x)+3 {
				return "hüter"
			}
		}
		if strings.HasSuffix(g, "schuetzer") && len(g) > len("schuetzer")+3 {
			return "schützer"
		}
	}
	return ""
}

// rivalNouns describe a party by its rivalry with another.
var rivalNouns = set("konkurrent", "konkurrenten", "rivale", "rivalen", "wettbewerber", "wettbewerbern", "mitbewerber", "mitbewerbern", "rival", "competitor", "competitors", "rivals")

// namedBefore: entity o has a mention in sentence s before token i.
func (d *doc) namedBefore(s, i int, o *entity) bool {
	for _, m := range d.ments[s] {
		if m.t0 < i && m.ent == o {
			return true
		}
	}
	return false
}

// namedInClause: entity o has a mention in sentence s before token i,
// in the clause of i.
func (d *doc) namedInClause(s, i int, o *entity) bool {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.t0 >= i || m.ent != o {
			continue
		}
		// A comma before a relative pronoun or a conjunction opens
		// another clause ("…, die ihm vorwirft"); one that closes an
		// apposition ("Markus Eilers, wirft ihm vor") does not.
		opens := false
		for k := m.t1; k+1 < i; k++ {
			if f := toks[k+1].fold; toks[k].text == "," && (relPronounsDE[f] || subordinatorsDE[f] || clauseOpenersDE[f] || f == "dass" || f == "who" || f == "which" || f == "that") {
				opens = true
			}
		}
		// "After Bernard Lusk left the firm, Halden accused him of …": a
		// fronted adverbial clause ends at its comma, and the object of
		// the main clause may well be the person it named.
		if !opens && d.lang == "en" && d.frontedClauseEN(toks, m.t0, i) {
			opens = true
		}
		if !opens {
			return true
		}
	}
	return false
}

// namedInOwnRelativeEN: entity o is named in the relative clause that
// follows the description at token i ("The hedge fund, which owns about
// 6.2% of Orvane, also accuses …"): the description is another party.
func (d *doc) namedInOwnRelativeEN(s, i int, o *entity) bool {
	toks := d.sents[s].toks
	if i+2 >= len(toks) || toks[i+1].text != "," || (toks[i+2].fold != "which" && toks[i+2].fold != "who" && toks[i+2].fold != "that") {
		return false
	}
	end := len(toks)
	for j := i + 3; j < len(toks); j++ {
		if toks[j].text == "," || toks[j].text == ";" || toks[j].quote {
			end = j
			break
		}
	}
	for _, m := range d.ments[s] {
		if m.ent == o && m.t0 > i+2 && m.t1 <= end {
			return true
		}
	}
	return false
}

// personByNounEN resolves "the player", "the coach" at token i of
// sentence s to the one person the last sentences introduced with that
// noun before his name ("charged Argentine player Tomás Ferreyra … The
// player's camp accused …") and named again in the last sentences. Two
// such people leave it unresolved.
func (d *doc) personByNounEN(s, i int) *entity {
	toks := d.sents[s].toks
	t := toks[i]
	noun := trimPoss(t.fold) // "the player's camp"
	if d.lang != "en" || i == 0 || toks[i-1].fold != "the" || t.cap || !personNounsEN[noun] || d.covered[s][i] || d.covered[s][i-1] {
		return nil
	}
	if i+1 < len(toks) && toks[i+1].cap {
		return nil // "the player Tomás Ferreyra": a name follows
	}
	var found *entity
	for _, e := range d.ents {
		if e.typ != claimgraph.Official || e.anon || e.dead {
			continue
		}
		// Introduced with the noun anywhere before, and in view in the
		// last sentences.
		if ms, _ := d.lastMentionBefore(e, s, i); ms < 0 {
			continue
		}
		for _, m := range d.allMentionsOf(e, 0, s) {
			if m.sent == s && m.t0 >= i || m.kind == mPron {
				continue
			}
			mt := d.sents[m.sent].toks
			if m.t0 > 0 && mt[m.t0-1].fold == noun || m.t0 < len(mt) && mt[m.t0].fold == noun {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// personRivalsEN name a person by his contest with another.
var personRivalsEN = set("rival", "opponent", "challenger", "adversary")

// possessedRivalEN resolves "his rival", "her opponent" at token i of
// sentence s ("He went further, accusing his rival of leaking …"): the
// possessor is the person the text named last with the pronoun's
// gender, and the rival is the one other person of the paragraph, else
// of the last sentences.
// Where two others are in view the description stays unresolved; where
// a name follows ("her opponent, Tobias Mwangi") the apposition names it.
func (d *doc) possessedRivalEN(s, i int) *entity {
	toks := d.sents[s].toks
	if d.lang != "en" || i+1 >= len(toks) || toks[i].fold != "his" && toks[i].fold != "her" || !personRivalsEN[toks[i+1].fold] || d.covered[s][i+1] {
		return nil
	}
	if i+2 < len(toks) && (toks[i+2].cap || toks[i+2].text == "," && i+3 < len(toks) && toks[i+3].cap) {
		return nil
	}
	female := toks[i].fold == "her"
	var owner *entity
	bs, bt := -1, -1
	for _, e := range d.ents {
		if e.typ != claimgraph.Official || e.anon || e.dead || female != (e.female || e.femaleGuess) {
			continue
		}
		if ms, mt := d.lastMentionBefore(e, s, i); ms > bs || ms == bs && mt > bt {
			owner, bs, bt = e, ms, mt
		}
	}
	if owner == nil {
		return nil
	}
	// A person of this paragraph comes first; with none, one of the
	// sentences before it.
	var rival, outside *entity
	many := false
	for _, e := range d.ents {
		if e.typ != claimgraph.Official || e.anon || e.dead || e == owner {
			continue
		}
		ms, _ := d.lastMentionBefore(e, s, i)
		switch {
		case ms < 0:
		case d.sents[ms].para == d.sents[s].para:
			if rival != nil {
				return nil
			}
			rival = e
		case outside != nil:
			many = true
		default:
			outside = e
		}
	}
	if rival == nil && !many {
		return outside
	}
	return rival
}

// herObjectNext are the words after which English "her" is an object
// pronoun and no possessive: prepositions and clause links.
var herObjectNext = set("of", "in", "with", "for", "on", "to", "at", "over", "after", "before", "that", "and", "as", "by", "from", "last", "this", "about", "without", "again", "publicly", "directly")

// subordinatorsEN open an English adverbial clause.
var subordinatorsEN = set("after", "before", "when", "since", "although", "though", "while", "because", "once", "until", "as")

// frontedClauseEN reports whether token t lies in an adverbial clause
// that opens sentence toks with a subordinator ("After …", "Weeks after
// …", "Two days before …") and closes with a comma before token i.
func (d *doc) frontedClauseEN(toks []token, t, i int) bool {
	sub := -1
	for k := 0; k < t && k < 4; k++ {
		if subordinatorsEN[toks[k].fold] {
			sub = k
			break
		}
		// Only a measure of time may stand before the subordinator.
		if !toks[k].word && toks[k].text != "," || toks[k].text == "," {
			return false
		}
	}
	if sub < 0 {
		return false
	}
	for k := t; k < i; k++ {
		if toks[k].text == "," {
			return true
		}
		if toks[k].text == ";" || toks[k].text == ":" {
			return false
		}
	}
	return false
}

// auditorsDE are the people of a public audit office.
var auditorsDE = set("prüfer", "pruefer", "rechnungsprüfer", "rechnungspruefer")

// authorityDescs describe a public authority; authorityWords are what
// the names of authorities hold.
var authorityDescs = set("behörde", "behoerde", "aufsichtsbehörde", "aufsichtsbehoerde", "authority", "regulator", "agency", "aufsicht", "watchdog")
var authorityWords = []string{"watchdog", "amt", "behoerde", "agentur", "kommission", "aufsicht", "authority", "agency", "commission", "regulat", "office",
	"ministeri", "ministry", "department", "bafin", "polizei", "police", "staatsanwalt", "prosecut", "bundes", "landes", "administration",
	"inspectorate", "board", "bureau", "anstalt", "zentrale", "direktion", "us-", "de-", "uk-", "eu-", "fda", "sec", "ftc", "epa", "cma", "ofac"}

// printHeadsEN end the names of printed papers.
var printHeadsEN = set("post", "times", "journal", "herald", "tribune", "gazette", "ledger", "courier", "chronicle", "observer", "telegraph", "express",
	"mirror", "dispatch", "sentinel", "inquirer", "examiner", "standard", "globe", "star", "mail", "record", "advertiser", "mercury", "enquirer", "courant", "register")

func nameHas(e *entity, want []string) bool {
	if len(want) == 0 {
		return true
	}
	// The descriptors it was introduced with count too: "die
	// Umweltorganisation Grüne Liga" … "der Verband".
	n := fold(e.name + " " + e.key + " " + strings.Join(e.aliases, " ") + " " + strings.Join(e.descs, " "))
	if strings.HasPrefix(want[0], "!") {
		// "!~print": a name that ends like a printed paper's ("Channel
		// Sentinel", the Channel Islands' paper) is a paper whatever
		// broadcast word it holds.
		for _, w := range want {
			if w == "!~print" && printHeadsEN[fold(lastWord(e.name))] {
				return true
			}
		}
		for _, w := range want {
			if strings.Contains(n, w[1:]) {
				return false
			}
		}
		return true
	}
	for _, w := range want {
		if strings.HasPrefix(w, "$") {
			// "$bund": a word that ends so ("Deutscher Biathlon-Bund",
			// "Gewerkschaftsbund"), not every word that contains it
			// ("Bundesregierung").
			for _, word := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if strings.HasSuffix(word, w[1:]) {
					return true
				}
			}
			continue
		}
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// civilOrganisationDE reports a German compound of "Organisation" that
// names a civil association by its cause ("Bürgerrechtsorganisation",
// "Verbraucherorganisation", "Umweltorganisation"); not an armed or
// criminal one, which no association's name takes up.
func civilOrganisationDE(f string) bool {
	if !strings.HasSuffix(f, "organisation") || f == "organisation" {
		return false
	}
	for _, w := range []string{"terror", "kriminell", "verbrecher", "mafia", "tarn", "nachfolge", "dach", "partner", "mitglieds", "unter", "schwester"} {
		if strings.HasPrefix(f, w) {
			return false
		}
	}
	return true
}

// descNounAt reports whether token i of sentence s is a noun that
// describes a body ("group", "regulator").
func (d *doc) descNounAt(s, i int) bool {
	_, _, ok := d.descClass(s, i)
	return ok
}

// descriptionPass resolves definite descriptions ("das Unternehmen", "die
// Bonner Behörde", "the regulator", "Prosecutors") to the most salient
// compatible entity before them.
func (d *doc) descriptionPass(s int) {
	toks := d.sents[s].toks
	// "Water Standards Scotland, which regulates the suppliers, …" …
	// "The regulator said": the relative clause says what it is.
	if d.lang == "en" {
		for _, m := range d.ments[s] {
			if m.ent != nil && m.kind == mName && m.t1+2 < len(toks) && toks[m.t1].text == "," && (toks[m.t1+1].fold == "which" || toks[m.t1+1].fold == "that") &&
				regulateVerbsEN[toks[m.t1+2].fold] {
				m.ent.descs = append(m.ent.descs, "regulator")
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word || d.covered[s][i] {
			continue
		}
		if d.groupNounAt(s, i) || d.pluralGroupAt(s, i) {
			continue
		}
		typ, want, ok := d.descClass(s, i)
		// "The Harbour Trust, a local charity, …": an indefinite
		// apposition says what the name before it is, so that "the
		// charity" later finds it (describedBody).
		if ok && d.lang == "en" && civilBodyHeadsEN[trimPoss(t.fold)] {
			d.indefiniteApposition(s, i)
		}
		if !ok {
			if !d.introducedNounDE(s, i) {
				d.nameHeadDesc(s, i)
			}
			continue
		}
		// "die Betreiber der Deponie Kessin": agents of a thing the text
		// does not name as a party, in the plural, are unnamed people or
		// firms, not the company of the story.
		if d.lang == "de" && typ == claimgraph.Company && d.pluralAgentsOfDE(s, i) {
			continue
		}
		// "the county's environmental agency": a place's possessive
		// before the words of a body says which body; it is no party.
		if d.lang == "en" && typ == claimgraph.Agency && trimPoss(t.fold) != t.fold && d.bodyAfterPossessive(s, i) {
			continue
		}
		// "the courts": an English plural of a body word names no one
		// body (the plural groups "prosecutors", "regulators" are
		// listed as such).
		if pf := trimPoss(t.fold); d.lang == "en" && typ == claimgraph.Agency && pf == t.fold && strings.HasSuffix(pf, "s") && !agencyDescriptors[pf] && !strings.HasSuffix(pf, "ss") {
			continue
		}
		// The opening determiner: up to two adjectives back.
		start := -1
		// "the city's consumer protection office": a place's possessive
		// before two words of what the body does.
		// "the state attorney general's office": or a holder's.
		reach := i - 3
		for k := i - 3; d.lang == "en" && k >= 1 && k < i; k++ {
			if strings.HasSuffix(toks[k].fold, "s") && trimPoss(toks[k].fold) != toks[k].fold && !toks[k].cap {
				reach = i - 4
			}
		}
		for k := i - 1; k >= 0 && k >= reach; k-- {
			f := toks[k].fold
			// "a research group that follows shipping records", "Halden
			// Freight that …": "that" after a body's noun or name is a
			// relative pronoun, not a demonstrative.
			if f == "that" && k > 0 && toks[k-1].word && (d.covered[s][k-1] || d.descNounAt(s, k-1)) {
				break
			}
			if definiteDE[f] || definiteEN[f] || f == "its" || f == "their" || f == "seinem" || f == "seinen" {
				start = k
				break
			}
			// "the prosecutor's office": an office holder's possessive
			// modifies the body word.
			if possRole := isRoleToken(toks[k], d) != "" && (strings.HasSuffix(toks[k].text, "'s") || strings.HasSuffix(toks[k].text, "’s")) && !toks[k].cap; possRole && !d.covered[s][k] {
				continue
			}
			// "the state attorney general's office": the first word of
			// a holder's title of two words.
			if d.lang == "en" && k+1 < i && !toks[k].cap && !d.covered[s][k] && isRoleToken(toks[k], d) != "" && trimPoss(toks[k+1].fold) != toks[k+1].fold && !toks[k+1].cap {
				continue
			}
			// "the pilots' union": the apostrophe of a plural
			// possessive between the article and the noun.
			if (toks[k].text == "'" || toks[k].text == "’") && k > 0 && strings.HasSuffix(toks[k-1].fold, "s") {
				continue
			}
			if d.covered[s][k] || !toks[k].word || functionWords[f] || isRoleToken(toks[k], d) != "" {
				break
			}
		}
		// "Caldora's main opposition party accused …", "Vellmark's
		// largest union": a place's name in the possessive determines the
		// body like an article and names it with its words.
		// "die Arbeitsgemeinschaft süddeutscher Wohnungsunternehmen", "der
		// Bundesverband unabhängiger Energiehändler": a noun before an
		// adjective in the strong genitive plural is the phrase's head;
		// the trade word after them is its attribute, and the phrase
		// names a body of its own, not the firm the trade word fits.
		if start >= 0 && d.lang == "de" && genitivePluralAttributeDE(toks, start, i) {
			continue
		}
		placeOwned := false
		if start < 0 && d.lang == "en" && typ == claimgraph.Agency && placeOwnedBodiesEN[t.fold] {
			if k := d.placePossessorBefore(s, i); k >= 0 {
				start, placeOwned = k, true
			}
		}
		plural := (t.fold == "prosecutors" || t.fold == "investigators" || strings.HasPrefix(t.fold, "ermittler") || auditorsDE[t.fold]) && (i == 0 || start >= 0)
		// "Laut Staatsanwaltschaft soll …": a German body noun bare
		// after "laut" is a source as definite as with its article.
		if start < 0 && !plural && d.lang == "de" && i > 0 && toks[i-1].fold == "laut" && t.cap && typ == claimgraph.Agency {
			start = i
		}
		// "Beim Landesamt hieß es …", "vom Konzern hieß es": a preposition
		// fused with the article determines the noun like the article.
		if start < 0 && !plural && d.lang == "de" && i > 0 && fusedArticleDE[toks[i-1].fold] && t.cap && (typ == claimgraph.Agency || typ == claimgraph.Company) &&
			(i+1 >= len(toks) || !isCapWord(toks[i+1]) && !toks[i+1].acro) {
			start = i
		}
		if start < 0 && !plural {
			// "A British defence company has accused …", "An Ohio
			// water utility was fined …": a wire lede opens with its
			// party described, and the next sentences name it
			// (resolveCataphora takes it up).
			if d.indefiniteLede(s, i, typ) {
				d.cataphors = append(d.cataphors, cataphor{sent: s, t0: 0, t1: i + 1, typ: typ, want: want, indef: true})
			} else if k := d.indefiniteLedeObject(s, i, typ); k >= 0 {
				d.cataphors = append(d.cataphors, cataphor{sent: s, t0: k, t1: i + 1, typ: typ, want: want, indef: true, object: true})
			}
			continue
		}
		// A descriptor in apposition to a name is part of that mention,
		// also to a quoted one ("das Magazin »Hafenblick«").
		if i+1 < len(toks) {
			at := i + 1
			if toks[at].quote && toks[at].open && at+1 < len(toks) {
				at++
			}
			if m := d.mentionAt(s, at); m != nil && m.t0 == at && m.ent != nil && !m.apart {
				m.ent.addAlias(d.spanText(s, i, i+1))
				// It also says what the body is ("die Organisation
				// Foodwatch" is no authority).
				m.ent.descs = append(m.ent.descs, descStem(t))
				// "the auditing firm Pryce Hallam": the trade word before
				// the descriptor says what it is too ("the auditor").
				if d.lang == "en" && i > 0 && toks[i-1].word && !toks[i-1].cap && !functionWords[toks[i-1].fold] && len(toks[i-1].fold) >= 5 && !articles[toks[i-1].fold] {
					m.ent.descs = append(m.ent.descs, toks[i-1].fold)
				}
				continue
			}
			// "the shareholder group Clearwater Investors": a noun before
			// another descriptor modifies it and names no one.
			if d.lang == "en" && toks[at].word && !toks[at].cap && trimPoss(t.fold) == t.fold && at+1 < len(toks) && isCapWord(toks[at+1]) {
				// "the shipping agent Baltline Freight": a noun of the
				// compound descriptor before the name, no description.
				if _, _, ok := d.descClass(s, at); !ok && toks[at].fold != "group" && !functionWords[toks[at].fold] && !looksFiniteEN(toks[at]) && !isVerbLike(toks[at].fold) &&
					d.mentionAt(s, at+1) != nil {
					continue
				}
				if _, _, ok := d.descClass(s, at); ok || toks[at].fold == "group" {
					// "the watchdog group Open Markets Watch": both words
					// describe the name.
					if m := d.mentionAt(s, at+1); m != nil && m.t0 == at+1 && m.ent != nil {
						m.ent.addAlias(d.spanText(s, i, i+1))
						m.ent.descs = append(m.ent.descs, descStem(t))
						d.cover(s, at, at+1)
					}
					continue
				}
			}
			// A descriptor before a capitalised word introduces a name the
			// text has not resolved ("the group Clearwater Investors"): it
			// takes up no body named before.
			if d.lang == "en" && isCapWord(toks[at]) && !toks[at].inq && !monthOrDay(toks[at].fold) && d.mentionAt(s, at) == nil && !d.covered[s][at] {
				continue
			}
		}
		// "Projektentwickler", "Kabelhersteller": the company first
		// described so wins over mere salience.
		var e *entity
		// "Ofwat, the water regulator": an apposition names the
		// entity just before the comma.
		// "Zur Begründung erklärte die Liga, der Verein habe …": a German
		// description with its finite verb right after opens the next
		// clause as its subject; it is no apposition.
		clauseSubjDE := d.lang == "de" && i+1 < len(toks) && (konjunktivDE[toks[i+1].fold] || subjunctiveDE[toks[i+1].fold] || subjectAuxDE[toks[i+1].fold])
		if t0 := max(start, 0); t0 > 1 && toks[t0-1].text == "," && !clauseSubjDE {
			if pm := d.mentionAt(s, t0-2); pm != nil && pm.ent != nil && pm.t1 == t0-1 && !d.prepObjectBeforeSubjectEN(s, pm, i) {
				// "Meridian Nursing Solutions, the staffing agency that
				// supplied …": a description that opens a relative clause
				// is an apposition of any body, whatever its head noun
				// suggests ("agency" of a firm); before a verb it may be
				// the next clause's subject ("fined Acme, the regulator
				// said"), so there the types must agree.
				relative := d.lang == "en" && i+1 < len(toks) && (toks[i+1].fold == "that" || toks[i+1].fold == "which" || toks[i+1].fold == "whose")
				if pm.ent.typ == typ {
					e = pm.ent
				} else if relative && pm.ent.isOrg() && typ != claimgraph.Official {
					e = pm.ent
					// What it was called is what "the agency" later
					// means too.
					e.otherDescs = append(e.otherDescs, descStem(t))
				}
			}
		}
		// "the trader, Sentosa Coal Ltd, …": a name in apposition.
		if e == nil && i+2 < len(toks) && toks[i+1].text == "," {
			// ("the lounger's contract manufacturer, Huaxin Home Textiles
			// of Ningbo, as a defendant": its seat may follow the name.)
			if pm := d.mentionAt(s, i+2); pm != nil && pm.t0 == i+2 && pm.ent != nil && pm.ent.typ == typ && (pm.kind == mName || pm.kind == mShort) &&
				(pm.t1 >= len(toks) || !toks[pm.t1].word || toks[pm.t1].fold == "of" && pm.t1+2 < len(toks) && isCapWord(toks[pm.t1+1]) && !toks[pm.t1+2].word) {
				e = pm.ent
			}
		}
		// "Prosecutors in the U.S. Attorney's Office": the body named
		// right after.
		// "der Wirtschaftsprüfer von KPMG": German "von" too.
		if e == nil && i+2 < len(toks) && (toks[i+1].fold == "in" || toks[i+1].fold == "at" || toks[i+1].fold == "from" || toks[i+1].fold == "of" || toks[i+1].fold == "der" || toks[i+1].fold == "des" ||
			d.lang == "de" && (toks[i+1].fold == "von" || toks[i+1].fold == "vom")) {
			j := i + 2
			if articles[toks[j].fold] && j+1 < len(toks) {
				j++
			}
			if pm := d.mentionAt(s, j); pm != nil && pm.ent != nil && pm.ent.typ == typ {
				e = pm.ent
			}
		}
		// "Die Nachbarregierung", "the neighbouring country": the state
		// the text introduced as a neighbour, or else the other state of
		// the story, not the one that just spoke.
		if e == nil && typ == claimgraph.Agency && len(want) == 2 && want[0] == "nachbar" {
			if e = d.neighbourState(s, i); e == nil {
				continue
			}
		}
		// "Die Regierung des Nachbarlandes", "the government of the
		// neighbouring country", "the neighbouring country's
		// government": the neighbour itself.
		if e == nil && typ == claimgraph.Agency && (t.fold == "regierung" || t.fold == "government") {
			if end := d.neighbourGovernment(s, start, i); end > 0 {
				if e = d.neighbourState(s, i); e == nil {
					continue
				}
				m := &mention{sent: s, t0: max(start, 0), t1: end, kind: mDesc, typ: e.typ, name: trimPoss(d.spanText(s, max(start, 0), end))}
				if d.free(s, m.t0, m.t1) {
					d.addMention(m)
					d.attach(m, e)
				}
				i = end - 1
				continue
			}
		}
		// "In a complaint the Coastal Fishers Association filed with the
		// court, the group said …": the subject after a fronted pleading
		// is the party that filed it.
		if e == nil && d.lang == "en" && start > 1 && toks[start-1].text == "," {
			e = d.frontedFiler(s, start-1, typ, t.fold)
		}
		// The answer appended to an accusation is the accused's, before
		// any trade word matches a body named earlier.
		if e == nil && start > 0 {
			e = d.appendedAccused(s, start, func(o *entity) bool { return o.typ == typ && !o.dead && nameHas(o, want) })
		}
		// "Dalvenia's main opposition party accused the government of
		// …": the government of the state the sentence names as the
		// possessor of a body before it.
		if e == nil && d.lang == "en" && t.fold == "government" && start == i-1 && definiteEN[toks[start].fold] {
			e = d.possessorState(s, start)
		}
		// "The Justice Department has joined a whistleblower lawsuit …
		// The government is also suing the former medical director":
		// in a case the state brings, "the government" that sues or
		// alleges, opening its sentence, is the prosecuting body that
		// stands for it ("residents sued the government" is another).
		if e == nil && d.lang == "en" && t.fold == "government" && start == i-1 && start <= 1 && definiteEN[toks[start].fold] && d.sentenceHas(s, litigateVerbsEN) {
			e = d.onlyProsecutor(s)
		}
		// "Norvane Insurance, Brennick's main insurer, accused the
		// haulier of …": the body whose relation the subject's
		// apposition states is the one its object description means.
		if e == nil && start > 0 && d.lang == "en" {
			e = d.appositionPossessor(s, start, func(o *entity) bool { return o.typ == typ && !o.dead && nameHas(o, want) })
		}
		ds := descStem(t)
		if e == nil && typ == claimgraph.Company && !genericCompanyDescs[t.fold] {
			for _, o := range d.ents {
				for _, x := range o.descs {
					// "die Prüfer" of "die Wirtschaftsprüfungsgesellschaft".
					if x == ds || len(ds) >= 5 && strings.Contains(x, ds) || sameTradeDE(d.lang, ds, x) || sameTradeEN(d.lang, ds, x) {
						e = o
					}
				}
			}
		}
		if e == nil && typ == claimgraph.Company && d.lang == "de" {
			e = d.compoundNamesake(t)
		}
		// "the mill operator" after "Greystone Mills": the trade word
		// before the descriptor heads the name.
		if e == nil && typ == claimgraph.Company && d.lang == "en" && i > 1 && definiteEN[toks[i-2].fold] && toks[i-1].word && !toks[i-1].cap &&
			!functionWords[toks[i-1].fold] && len(toks[i-1].fold) >= 4 && !strings.HasSuffix(toks[i-1].fold, "s") {
			if o := d.headNamesake(toks[i-1].fold); o != nil && d.salient(s, i, true, func(x *entity) bool { return x == o }) != nil {
				e = o
			}
		}
		// "The auditing firm" after "auditor Brandt & Weiss", "the
		// pilotage company" of "Estuary Pilotage Services": the trade
		// word before a generic head.
		if e == nil && typ == claimgraph.Company && d.lang == "en" && genericCompanyDescs[t.fold] && i > 0 && toks[i-1].word && !toks[i-1].cap && len(toks[i-1].fold) >= 5 {
			e = d.tradeNamesake(toks[i-1].fold[:5])
		}
		// "the labor board" after "the National Labor Relations Board":
		// the body whose name holds the modifier and the head.
		if e == nil && typ == claimgraph.Agency && d.lang == "en" && i > 0 && toks[i-1].word && !toks[i-1].cap && len(toks[i-1].fold) >= 4 && !functionWords[toks[i-1].fold] {
			var found *entity
			for _, o := range d.ents {
				if o.typ == claimgraph.Agency && !o.dead && len(o.hits) > 0 && nameHas(o, []string{toks[i-1].fold}) && nameHas(o, []string{trimPoss(t.fold)}) {
					if found != nil && found != o {
						found = nil
						break
					}
					found = o
				}
			}
			e = found
		}
		// "Anklage gegen die Betreiber eines ambulanten Pflegedienstes":
		// a description bound to an indefinite genitive introduces
		// someone new; it takes up no body merely salient before (the
		// lede may still name it next).
		indefGen := d.lang == "de" && i+1 < len(toks) && (toks[i+1].fold == "eines" || toks[i+1].fold == "einer")
		// "the watchdog" after "the city's consumer watchdog": the one
		// body whose name ends in the bare description's head.
		// "The unit" after "the Northern Integrity Unit": a word of a
		// company's part is the head of a body's name too; the one body
		// so named just before is what it means, not a company the text
		// names later.
		if e == nil && (typ == claimgraph.Agency || typ == claimgraph.Company && !genericCompanyDescs[trimPoss(t.fold)]) && d.lang == "en" && start >= 0 && start == i-1 && definiteEN[toks[start].fold] {
			var only *entity
			for _, o := range d.ents {
				if o.dead || !o.isOrg() || o.typ != claimgraph.Agency && o.typ != typ || len(o.hits) == 0 || o.hits[0].sent > s || o.hits[0].sent < s-4 || o.hits[0].sent == s && o.hits[0].tok >= i {
					continue
				}
				if w := strings.Fields(fold(o.name)); len(w) > 1 && w[len(w)-1] == trimPoss(t.fold) {
					if only != nil && only != o {
						only = nil
						break
					}
					only = o
				}
			}
			if only != nil && only.typ != typ && typ == claimgraph.Company {
				typ = only.typ
			}
			e = only
		}
		// "Meridian, the staffing agency that … the agency said": a body
		// of another type the text described with this head just before
		// means it, before any agency merely salient.
		if e == nil && d.lang == "en" && start >= 0 && start == i-1 && definiteEN[toks[start].fold] {
			e = d.describedAcrossTypes(s, typ, descStem(t))
		}
		// "Evergreen Hollow, which operates 37 homes … the operator": the
		// body a relative clause said does what the agent noun names.
		if e == nil && d.lang == "en" && start >= 0 && start == i-1 && definiteEN[toks[start].fold] && (typ == claimgraph.Company || typ == claimgraph.Agency) {
			e = d.relativeAgent(s, i, trimPoss(t.fold))
		}
		if e == nil && !indefGen {
			d.objectDesc = t0obj(toks, max(start, 0), i, d.lang)
			// "die Gruppe", "the group": a company group or an armed or
			// hacker group.
			anyOrg := t.fold == "gruppe" || t.fold == "group"
			// "die Aufsichtsbehörde", "the authority": a public authority
			// before a club, an insurer or an NGO.
			// "die Landesbehörden", "den Behörden": authorities in the
			// plural are no one body the text named.
			pluralAuthorities := d.lang == "de" && (strings.HasSuffix(t.fold, "behoerden") || strings.HasSuffix(t.fold, "behörden"))
			if pluralAuthorities {
				continue
			}
			if authorityDescs[trimPoss(t.fold)] || d.lang == "de" && hasSuffixInflected(t.fold, []string{"behoerde"}) != "" {
				e = d.salient(s, i, true, func(o *entity) bool {
					return o.typ == claimgraph.Agency && o.key != "@placeholder" && nameHas(o, want) && nameHas(o, authorityWords) && !o.nonStateBody() && !o.politicalParty()
				})
			}
			// "die Brüsseler Behörde", "the regulator": an authority is no
			// campaign, union or association the text introduced as such.
			authority := authorityDescs[trimPoss(t.fold)] || d.lang == "de" && hasSuffixInflected(t.fold, []string{"behoerde"}) != ""
			// "wirft Kessler dem Konkurrenten vor": a rival is another
			// than the party its clause named before it.
			rival := rivalNouns[stem(trimPoss(t.fold))]
			// "The group accuses …" opening a sentence after "the
			// Harbourview Tenants Coalition": the civil body in view.
			// ("In its 48-page report, the group went further": a fronted
			// phrase before it in a comma.)
			civilGroup := d.lang == "en" && t.fold == "group" && (start == 0 || start > 1 && toks[start-1].text == "," && i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap)
			// "Zur Begründung erklärte die Liga, der Verein habe …": a
			// description opening the reported clause of a verb of saying
			// is not the speaker of that verb; a speaker speaks of itself
			// as "man", "sie" or "er", not by a description.
			reportStart := d.lang == "de" && start >= 2 && toks[start-1].text == "," && i+1 < len(toks) && (konjunktivDE[toks[i+1].fold] || subjunctiveDE[toks[i+1].fold])
			// "the sheriff's office", "the state attorney general's
			// office": an office its holder names is a body whose name
			// holds the holder, not the auditor's office named before.
			holder := ""
			for k := max(start, 0) + 1; d.lang == "en" && start >= 0 && k < i; k++ {
				if f := trimPoss(toks[k].fold); f != toks[k].fold && !toks[k].cap && (countyOfficesEN[f] || roleWordsEN[f] || f == "ombudsman") {
					holder = f
				}
			}
			fit := func(o *entity) bool {
				if holder != "" && !nameHas(o, []string{holder}) {
					return false
				}
				return (o.typ == typ || anyOrg && o.typ == claimgraph.Agency && (o.groupDesc() || civilGroup && nameHas(o, civilGroupNamesEN)) ||
					t.fold == "team" && d.lang == "en" && o.typ == claimgraph.Company && nameHas(o, proTeamWords)) &&
					o.key != "@placeholder" && nameHas(o, want) &&
					!(authority && (o.nonStateBody() || o.stateAsWhole() || o.politicalParty())) &&
					!(rival && d.namedBefore(s, i, o)) &&
					!(reportStart && d.saidByDE(s, start, o)) &&
					!(d.lang == "en" && d.namedInOwnRelativeEN(s, i, o))
			}
			// "machte den örtlichen Netzbetreiber verantwortlich: Die
			// Rheinnetz GmbH habe …": an object description the colon's
			// reported clause names as its subject is that name.
			if e == nil && d.lang == "de" && d.objectDesc {
				e = d.namedAfterColonDE(s, i, fit)
			}
			// "dem Versorger" after "der Kanzlei Haller & Roth" and "die
			// Stadtwerke Elmtal": a body introduced as of another trade is
			// passed over for one the text described by no trade.
			if e == nil && typ == claimgraph.Company && !genericDesc(trimPoss(t.fold)) && !genericDesc(ds) {
				if top := d.salient(s, i, true, fit); top != nil && top.otherKind(d.lang, ds) {
					alt := d.salient(s, i, true, func(o *entity) bool { return fit(o) && o != top && !o.otherKind(d.lang, ds) && len(o.descs) == 0 })
					if alt != nil {
						e = alt
					}
				}
			}
			// "der Verband" after "Der Wasserverband X" and "die
			// Umweltorganisation Y": the body whose own name holds the
			// noun before one a wider class admits.
			if e == nil && d.lang == "de" && typ == claimgraph.Agency && len(ds) >= 5 {
				e = d.salient(s, i, true, func(o *entity) bool { return fit(o) && strings.Contains(fold(o.name), ds) })
			}
			// "die Bank" after "Bankhaus Hellwig & Cie." and the auditors
			// "Kessler Ahrens": so too for a company whose name says the
			// trade the description names.
			if e == nil && d.lang == "de" && typ == claimgraph.Company && len(ds) >= 4 && !genericDesc(ds) {
				e = d.salient(s, i, true, func(o *entity) bool { return fit(o) && strings.Contains(fold(o.name), ds) })
			}
			// "Childsafe Online, a British charity, … In a report, the
			// charity alleged …": the one body the text described with
			// this head noun before is what the bare description means,
			// whatever body is more salient.
			// A generic company word ("the company", "the group") said of
			// a company is left to salience: any company is one.
			if e == nil && d.lang == "en" && start >= 0 && start == i-1 && civilBodyHeadsEN[trimPoss(t.fold)] {
				e = d.describedBody(s, i, func(o *entity) bool {
					return o.isOrg() && o.key != "@placeholder" && nameHas(o, want) && !(o.typ == claimgraph.Company && genericCompanyDescs[trimPoss(t.fold)])
				})
			}
			// "Quellix sued Marbrook Foods, claiming the grocer had copied
			// its packaging": the description opens what the sentence's
			// subject claims, so it is not that subject; it is the party
			// named last before it in the sentence.
			if e == nil && d.lang == "en" && start >= 1 && claimParticipleBefore(toks, start) {
				var subj, last *entity
				for _, m := range d.ments[s] {
					if m.t1 > start || m.ent == nil || !m.ent.isOrg() {
						continue
					}
					if subj == nil {
						subj = m.ent
						continue
					}
					if m.ent != subj && fit(m.ent) {
						last = m.ent
					}
				}
				e = last
			}
			if e == nil {
				e = d.speakerOrg(s, i, fit)
			}

			if e == nil {
				e = d.responder(s, max(start, 0), i, fit)
			}
			// "The report says the utility skipped …" … "The county accuses
			// the utility of negligence": a trade description the text used
			// for one company before means that company again, though
			// another was named since.
			if e == nil && d.lang == "en" && typ == claimgraph.Company && !genericCompanyDescs[trimPoss(t.fold)] && !rival {
				e = d.describedAgain(ds, fit)
			}
			// "the airline" after "Skyline Regional Airways" and "Corvane
			// Metering Systems": the one company named before whose name
			// says the trade.
			if e == nil && d.lang == "en" && typ == claimgraph.Company && !rival {
				e = d.tradeNamed(s, i, trimPoss(t.fold), fit)
				// "the bank acted" after "the Central Bank of Nigeria" and
				// a law firm: a central bank, where no company is a bank.
				if e == nil && trimPoss(t.fold) == "bank" && d.tradeNamed(s, i, "bank", func(o *entity) bool { return o.typ == claimgraph.Company && !o.dead }) == nil {
					e = d.tradeNamed(s, i, "bank", func(o *entity) bool { return o.typ == claimgraph.Agency && !o.dead && o.key != "@placeholder" })
				}
			}
			if e == nil {
				d.paraFirst = true
				e = d.salient(s, i, true, fit)
				d.paraFirst = false
			}
			d.objectDesc = false
			if e != nil {
				typ = e.typ
			}
		}

		if e == nil && len(want) > 0 && want[0] == "staatsanwalt" {
			// "Prosecutors in Paris have charged …, the national financial
			// prosecutor's office said": investigators are the body the
			// text names, before or later in the sentence.
			// Any agency said before would be a guess; only one named
			// later in the sentence is the body meant.
			if e == nil {
				for _, m := range d.ments[s] {
					// Only a prosecuting body: "Die Staatsanwaltschaft
					// beschuldigt die Kralo GmbH, der Stadt Bonn …" does
					// not mean the city.
					// ("the national financial prosecutor's office (PNF)":
					// the words an acronym in brackets stands for count.)
					from := m.t0
					if from > 0 && toks[from-1].text == "(" {
						from = max(from-6, i+1)
					}
					if m.t0 > i && m.ent != nil && m.ent.typ == claimgraph.Agency && (nameHas(m.ent, want) || spanHas(fold(d.spanText(s, from, m.t1)), want)) {
						e = m.ent
						break
					}
				}
			}
		}
		// "the county's environmental agency" after "the city's consumer
		// protection office", "die Lebensmittelaufsicht" after "die
		// Generalstaatsanwaltschaft": a body named only by its description
		// is no other body the words of another description name.
		// "The city's consumer watchdog accused …" after the "Ministry of
		// Health": a body a town's possessive determines is no body of
		// the state; only a town's body or one named by description fits.
		if e != nil && !e.fromDesc && d.lang == "en" && start >= 0 && start+1 < i && localPossessives[toks[start+1].fold] &&
			!nameHas(e, []string{"city", "town", "council", "county", "municipal", "borough", "mayor"}) {
			e = nil
		}
		if e != nil && e.fromDesc && start >= 0 && d.otherDescription(e, s, start, i) {
			e = nil
		}
		// "its emergency department", "the intensive care unit" after the
		// "Illinois Department of Public Health": a department whose own
		// word the named body's name lacks is some other department (a
		// hospital's, a firm's), not that body.
		if e != nil && !e.fromDesc && d.lang == "en" && start >= 0 && start+1 < i && trimPoss(t.fold) == "department" && !t.cap {
			n := " " + fold(e.name+" "+strings.Join(e.shorts, " ")) + " "
			for k := start + 1; k < i; k++ {
				f := trimPoss(toks[k].fold)
				if toks[k].word && !toks[k].cap && !functionWords[f] && !vagueModifiersEN[f] && len(f) >= 4 && !strings.Contains(n, " "+f[:len(f)-1]) && d.x.lx.lookupKey(d.spanText(s, start+1, i+1)) == nil {
					e = nil
					break
				}
			}
		}
		// "Die Infrastrukturtochter der Deutsche Bahn AG": a daughter or
		// parent described by the body it belongs to is not that body.
		if e != nil && d.lang == "de" && kinHeadDE(t.fold) && i+2 < len(toks) && genitiveArticle[toks[i+1].fold] {
			if pm := d.mentionAt(s, i+2); pm != nil && pm.t0 == i+2 && pm.ent == e {
				e = nil
			}
		}
		// "Caldora's main opposition party, the Civic Renewal Party,":
		// the name in apposition.
		if e == nil && placeOwned && i+2 < len(toks) && toks[i+1].text == "," {
			j := i + 2
			if articles[toks[j].fold] && j+1 < len(toks) {
				j++
			}
			if pm := d.mentionAt(s, j); pm != nil && pm.t0 == j && pm.ent != nil && pm.ent.typ == typ && (pm.kind == mName || pm.kind == mShort) {
				e = pm.ent
			}
		}
		if e == nil && placeOwned {
			name := d.spanText(s, start, i+1)
			e = d.newEntity(claimgraph.Agency, name, slug(name))
			e.descr, e.fromDesc = true, true
		}
		if e == nil && cataphoric[t.fold] && start >= 0 && start < i {
			// "accused the ruling party of …" before "The ruling National
			// Progress Party" is named: keep the description for the name.
			e = d.newEntity(typ, d.spanText(s, start+1, i+1), "")
			e.descr, e.fromDesc = true, true
		}
		// "wirft der Staatsregierung vor", "die Staatskanzlei wies … zurück":
		// a body a region has only one of is named by its description.
		if h := hasSuffixInflected(t.fold, contextBodiesDE); e == nil && h != "" && d.lang == "de" && start >= 0 && t.cap {
			name := nominativeHead(t.text, h)
			e = d.newEntity(claimgraph.Agency, name, slug(name))
			e.descr, e.fromDesc = true, true
			typ = claimgraph.Agency
		}
		// "Der Betriebsrat wirft … vor", "Die Verbraucherschutzbehörde
		// beschuldigt …", "the city's consumer protection office accused
		// …": a body the text gives no name and no body before fits is
		// named by its description; it is listed only if it makes or
		// answers a claim, and a name said soon after takes it over.
		if e == nil && start >= 0 && !plural && typ == claimgraph.Agency {
			if name := d.unnamedBodyName(s, start, i); name != "" {
				e = d.newEntity(claimgraph.Agency, name, slug(name))
				e.descr, e.fromDesc = true, true
				e.bodyHead = trimPoss(t.fold)
				if h := germanHead(t); h != "" && d.lang == "de" {
					e.bodyHead = h
				}
			}
		}
		if e == nil {
			// Only the lede names its parties after describing them; a
			// bare "group" may be any set of people ("beauftragte die
			// Gruppe"). A later paragraph may open so too when nothing
			// before fits: "Der Verband wirft der Stadt vor, … Das
			// erklärte der Sozialverband X."
			lede := d.sents[s].para == d.sents[0].para || start == 0 && s > 0 && d.sents[s-1].para != d.sents[s].para
			if start >= 0 && !plural && (typ == claimgraph.Company || typ == claimgraph.Agency) && lede && t.fold != "gruppe" && t.fold != "group" {
				d.cataphors = append(d.cataphors, cataphor{sent: s, t0: start, t1: i + 1, typ: typ, want: want})
			}
			continue
		}
		t0 := i
		if start >= 0 {
			t0 = start
		}
		if t0 < i && !d.free(s, t0, i) {
			t0 = i
		}
		m := &mention{sent: s, t0: t0, t1: i + 1, kind: mDesc, typ: typ, name: trimPoss(d.spanText(s, t0, i+1))}
		d.addMention(m)
		d.attach(m, e)
		if d.lang == "en" && e.typ == claimgraph.Company {
			e.usedDescs = append(e.usedDescs, ds)
		}
	}
}

// tradeNameWordsEN are the words that name a company's trade in its
// name, by the description the text gives the trade.
var tradeNameWordsEN = map[string][]string{
	"airline":      {"air", "airways", "airlines", "aviation", "jet", "wings"},
	"carrier":      {"air", "airways", "airlines", "aviation", "wireless", "mobile", "telecom", "freight", "shipping", "lines"},
	"utility":      {"power", "electric", "energy", "gas", "water", "utilities", "light", "grid", "electricity"},
	"insurer":      {"insurance", "mutual", "assurance", "insurers", "underwriters"},
	"bank":         {"bank", "banking", "bancorp"},
	"lender":       {"bank", "lending", "credit", "finance", "mortgage", "loans"},
	"broker":       {"brokers", "brokerage", "securities", "markets"},
	"miner":        {"mining", "minerals", "resources", "metals", "gold", "copper"},
	"drugmaker":    {"pharma", "pharmaceuticals", "therapeutics", "biologics", "biosciences", "labs"},
	"carmaker":     {"motors", "motor", "auto", "automotive", "cars"},
	"automaker":    {"motors", "motor", "auto", "automotive", "cars"},
	"retailer":     {"retail", "stores", "shops", "mart"},
	"grocer":       {"foods", "grocers", "markets", "supermarkets"},
	"haulier":      {"haulage", "logistics", "freight", "transport", "trucking"},
	"shipper":      {"shipping", "lines", "maritime", "freight"},
	"homebuilder":  {"homes", "homebuilders", "construction"},
	"housebuilder": {"homes", "housebuilders", "construction"},
	"landlord":     {"properties", "residential", "reit", "realty", "estates", "housing", "homes"},
}

// tradeNamed is the one company mentioned before sentence s, token i,
// whose name holds a word of the trade desc.
func (d *doc) tradeNamed(s, i int, desc string, fit func(*entity) bool) *entity {
	words := tradeNameWordsEN[desc]
	if words == nil {
		return nil
	}
	var found *entity
	for _, o := range d.ents {
		if o.dead || len(o.hits) == 0 || o.hits[0].sent > s || o.hits[0].sent == s && o.hits[0].tok >= i || !fit(o) {
			continue
		}
		if w := strings.Fields(fold(o.name)); len(w) > 1 && anyIn(w[1:], words) {
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	return found
}

func anyIn(ws []string, set []string) bool {
	for _, w := range ws {
		for _, x := range set {
			if w == x {
				return true
			}
		}
	}
	return false
}

// describedAgain is the one company a description with the trade word ds
// took up before, if exactly one did.
func (d *doc) describedAgain(ds string, fit func(*entity) bool) *entity {
	var found *entity
	for _, o := range d.ents {
		if o.dead || !fit(o) {
			continue
		}
		for _, x := range o.usedDescs {
			if x == ds {
				if found != nil && found != o {
					return nil
				}
				found = o
			}
		}
	}
	return found
}

// compoundNamesake finds the company a German compound descriptor
// describes by its first part: "dem Elektrobetrieb" is the "Kranich
// Elektrotechnik GmbH", "der Zementhersteller" the "Rehmsdorf Zement AG".
func (d *doc) compoundNamesake(t token) *entity {
	h := d.x.descIx.match(t.fold)
	i := strings.LastIndex(t.fold, h)
	if h == "" || i < 4 {
		return nil
	}
	pre := strings.TrimSuffix(t.fold[:i], "s")
	var found *entity
	for _, o := range d.ents {
		if o.typ != claimgraph.Company || o.dead {
			continue
		}
		for _, w := range strings.Fields(normName(o.name)) {
			if len(w) >= 4 && (strings.HasPrefix(w, pre) || len(pre) >= 5 && strings.HasPrefix(pre, w)) {
				if found != nil && found != o {
					return nil // two namesakes: let salience decide
				}
				found = o
			}
		}
		// "dem Düsseldorfer Werbevermarkter" after "das Werbenetzwerk
		// Adfinity Media": a descriptor the company was introduced with
		// that names the same trade by another head.
		for _, x := range o.descs {
			if len(pre) >= 4 && x != t.fold && strings.HasPrefix(x, pre) && len(x) > len(pre)+3 && d.x.descIx.match(x) != "" {
				if found != nil && found != o {
					return nil
				}
				found = o
			}
		}
	}
	return found
}

// tradeNamesake returns the one company whose descriptor or name starts
// like a trade word (prefix p), or nil.
func (d *doc) tradeNamesake(p string) *entity {
	var found *entity
	for _, o := range d.ents {
		if o.typ != claimgraph.Company || o.dead {
			continue
		}
		ok := false
		for _, x := range o.descs {
			ok = ok || strings.HasPrefix(x, p)
		}
		for _, w := range strings.Fields(normName(o.name)) {
			ok = ok || strings.HasPrefix(w, p)
		}
		if ok {
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	return found
}

// groupNouns are plural nouns for the people of a body, with words its
// name likely holds: "Die Prüfer werfen dem Elektrobetrieb vor" (the
// Landesrechnungshof), "the researchers said" (Citizen Lab).
var groupNouns = map[string][]string{
	"pruefer": {"rechnungshof", "pruef", "prüf", "audit"}, "verbraucherschuetzer": {"verbraucher"},
	"datenschuetzer": {"datenschutz", "privacy"}, "umweltschuetzer": {"umwelt"}, "kartellwaechter": {"kartell", "wettbewerb"},
	"wettbewerbshueter": {"kartell", "wettbewerb"}, "bankenaufseher": {"aufsicht", "bafin"}, "medienwaechter": {"medien"},
	"aufseher": {"aufsicht", "bafin"}, "finanzaufseher": {"aufsicht", "bafin"}, "fahnder": {"fahnd", "zoll", "steuer", "polizei"},
	"steuerfahnder": {"fahnd", "steuer", "finanz"}, "zollfahnder": {"zoll"}, "kontrolleure": {"kontroll", "aufsicht", "amt"},
	"researchers": {"lab", "institut", "universit", "research", "center", "centre"}, "auditors": {"audit", "pruef", "office"},
	"inspectors": {"inspect"}, "campaigners": {"campaign", "watch", "action", "greenpeace"}, "activists": {"campaign", "watch", "action"},
	"forscher": {"institut", "universit", "lab", "forschung"}, "aktivisten": {"initiative", "buendnis", "greenpeace"},
	// "schreiben die Tester" after "die Verbraucherorganisation Stiftung
	// Prüfwerk"; "the testers found" of a consumer group.
	"tester": {"test", "pruef", "stiftung", "verbraucher"}, "testers": {"test", "consumer", "which"},
	"gutachter": {"gutacht", "pruef", "sachverst"},
	"autoren":   {"institut", "universit", "stiftung", "forschung", "lab"}, "authors": {"institut", "universit", "research", "center", "centre", "lab"},
	// "legen die Staatsanwälte … zur Last": the prosecutors' office.
	"staatsanwaelte": {"staatsanwalt"}, "anklaeger": {"staatsanwalt", "anklage", "prosecut"},
}

// groupNounDE reports a German plural noun for the people of a body
// ("Prüfer", "Datenschützer", "Ermittler").
func groupNounDE(t token) bool {
	f := strings.ReplaceAll(t.fold, "ü", "ue")
	f = strings.ReplaceAll(strings.ReplaceAll(f, "ä", "ae"), "ö", "oe")
	_, ok := groupNouns[f]
	return ok || plainPluralsDE[f]
}

// groupNounsAfter are the bodies a group noun means only where no body
// of groupNouns fits: "die Prüfer" are the people of a supervisor that
// inspects ("die Bafin"), but those of the audit firm or office the text
// named, where it did ("ein Bericht der Wirtschaftsprüfungsgesellschaft
// X, die im Auftrag der Behörde geprüft hatte … so die Prüfer").
var groupNounsAfter = map[string][]string{"pruefer": {"aufsicht"}}

// groupNounAt resolves a plural group noun at token i of sentence s to
// the organisation whose people it means: the most salient one whose
// name fits, else the most salient agency. It reports whether it took the
// token.
func (d *doc) groupNounAt(s, i int) bool {
	toks := d.sents[s].toks
	t := toks[i]
	hints, ok := groupNouns[t.fold]
	if !ok {
		hints, ok = groupNouns[strings.TrimSuffix(t.fold, "n")] // "den Prüfern"
	}
	if !ok || i == 0 || !(toks[i-1].fold == "die" || toks[i-1].fold == "the" || toks[i-1].fold == "den" || toks[i-1].fold == "der" && i > 1 && toks[i-2].cap) {
		return false
	}
	// "Vorwürfe gegen den Forscher": "den" before a noun without the
	// dative plural's -n is the accusative singular, one person ("den
	// Prüfern" are the people of a body).
	if d.lang == "de" && toks[i-1].fold == "den" && !strings.HasSuffix(t.fold, "n") {
		return false
	}
	// "die Prüfer des Hessischen Rechnungshofs": the genitive after the
	// noun names whose people they are.
	var e *entity
	if i+2 < len(toks) && (toks[i+1].fold == "des" || toks[i+1].fold == "der") {
		for _, m := range d.ments[s] {
			// ("die Prüfer der Wirtschaftsprüfungsgesellschaft Ravensberg
			// Audit": a descriptor noun may open the genitive's name.)
			if (m.t0 == i+2 || m.t0 == i+3 && (!toks[i+2].cap || d.descNounAt(s, i+2))) && m.ent != nil && !m.ent.dead && m.ent.isOrg() && m.ent.typ != claimgraph.Publication {
				e = m.ent
				break
			}
		}
	}
	// "Campaigners Clean Air Now … the campaigners": the body the text
	// introduced by the same people word comes first.
	if e == nil {
		ds := descStem(t)
		// "der Wirtschaftsprüfer Adler & Partner … Die Prüfer": a
		// compound that ends in the people word too.
		e = d.salient(s, i, false, func(o *entity) bool {
			for _, x := range o.descs {
				if x == ds || d.lang == "de" && len(ds) >= 5 && strings.HasSuffix(x, ds) {
					return o.isOrg()
				}
			}
			return false
		})
	}
	// "ein Gutachten der Sicherwerk Forensik GmbH … Nach Einschätzung
	// der Gutachter": the people of a report are its author's, when the
	// last sentences cite one report of their kind by one author.
	if e == nil && d.lang == "de" {
		e = d.reportAuthorNear(s, i, hints)
	}
	// "Certa Süd habe gegen die Norm verstoßen, schreiben die Tester":
	// the people who close reported speech are not those it is about.
	said := map[*entity]bool{}
	if i >= 3 && toks[i-3].text == "," && (reportVerbs[toks[i-2].fold] || speechVerbs[toks[i-2].fold]) {
		for _, m := range d.ments[s] {
			if m.ent != nil && m.t1 <= i-3 {
				said[m.ent] = true
			}
		}
	}
	if e == nil {
		e = d.salient(s, i, false, func(o *entity) bool {
			return o.isOrg() && o.typ != claimgraph.Publication && nameHas(o, hints) && !said[o]
		})
	}
	if after := groupNounsAfter[strings.TrimSuffix(strings.ReplaceAll(t.fold, "ü", "ue"), "n")]; e == nil && after != nil {
		e = d.salient(s, i, false, func(o *entity) bool {
			return o.isOrg() && o.typ != claimgraph.Publication && nameHas(o, after) && !said[o]
		})
	}
	if e == nil {
		e = d.salient(s, i, false, func(o *entity) bool { return o.typ == claimgraph.Agency && !said[o] })
	}
	// "Die Wettbewerbshüter werfen drei Zementherstellern vor, … Das
	// Bundeskartellamt hat …": a lede may describe the body before it
	// names it; the name that fits, said soon after, takes it.
	if e == nil && d.sents[s].para == d.sents[0].para && d.lang == "de" {
		d.cataphors = append(d.cataphors, cataphor{sent: s, t0: i - 1, t1: i + 1, typ: claimgraph.Agency, want: hints})
		return true
	}
	if e == nil {
		return false
	}
	m := &mention{sent: s, t0: i - 1, t1: i + 1, kind: mDesc, typ: e.typ, name: d.spanText(s, i-1, i+1)}
	d.addMention(m)
	d.attach(m, e)
	return true
}

// pronounPass resolves personal pronouns to the most recent person of a
// fitting gender, and English "it" to the most recent organisation
// subject.
func (d *doc) pronounPass(s int) {
	toks := d.sents[s].toks
	for i, t := range toks {
		if !t.word || d.covered[s][i] {
			continue
		}
		if d.isAgeNoun(s, i) || d.isPartyPersonNoun(s, i) {
			// "die NADA wirft der 27-Jährigen … vor", "the 26-year-old
			// did not open the door": the person the text just named.
			var best *entity
			bestSent := -1
			// "dem 61-Jährigen" is a man, "der 27-Jährigen" a woman.
			g := byte(0)
			if d.lang == "de" && i > 0 {
				g = ageGenderDE(toks[i-1].fold, t.fold)
			}
			for _, e := range d.ents {
				if e.typ != claimgraph.Official || e.anon || e.dead {
					continue
				}
				if g == 'f' && !e.female && !e.femaleGuess || g == 'm' && (e.female || e.femaleGuess) || authorityRole(e.role) {
					continue
				}
				for _, m := range d.allMentionsOf(e, s-3, s) {
					if (m.sent < s || m.t0 < i) && m.sent >= bestSent {
						best, bestSent = e, m.sent
					}
				}
			}
			if best == nil {
				// "Anklage gegen den Bürgermeister der Gemeinde … Dem
				// 58-Jährigen wird … vorgeworfen": the unnamed role
				// holder, whom a name said later takes over.
				for _, e := range d.ents {
					if e.key != "@placeholder" || e.dead || e.private || len(e.hits) == 0 {
						continue
					}
					if h := e.hits[len(e.hits)-1].sent; h >= s-2 && h <= s && h >= bestSent {
						best, bestSent = e, h
					}
				}
			}
			t0 := i
			if i > 0 && articles[toks[i-1].fold] && !d.covered[s][i-1] {
				t0 = i - 1
			}
			if best != nil {
				m := &mention{sent: s, t0: t0, t1: i + 1, kind: mPron, typ: claimgraph.Official, name: d.spanText(s, t0, i+1)}
				d.addMention(m)
				d.attach(m, best)
			} else if d.lang == "de" && t0 < i {
				// "Sie wirft dem 61-Jährigen vor, … Bei dem Mann handelt
				// es sich um Gerd Willmann": a lede may name the person
				// only after it. resolveCataphora takes it up.
				d.cataphors = append(d.cataphors, cataphor{sent: s, t0: t0, t1: i + 1, typ: claimgraph.Official, gender: ageGenderDE(toks[t0].fold, t.fold)})
			}
			continue
		}
		if e := d.personByNounEN(s, i); e != nil {
			m := &mention{sent: s, t0: i - 1, t1: i + 1, kind: mPron, typ: claimgraph.Official, name: d.spanText(s, i-1, i+1)}
			d.addMention(m)
			d.attach(m, e)
			continue
		}
		if e := d.possessedRivalEN(s, i); e != nil {
			m := &mention{sent: s, t0: i, t1: i + 2, kind: mPron, typ: claimgraph.Official, name: d.spanText(s, i, i+2)}
			d.addMention(m)
			d.attach(m, e)
			continue
		}
		switch t.fold {
		case "er", "he", "sie", "she", "ihm", "ihn", "him", "her":
			// "Die Prüfer halten fest, dass … Dem Unternehmen werfen sie
			// außerdem vor": a plural "sie" by a plural verb of accusing
			// takes up the plural staff of a body that was the subject
			// before ("die Prüfer", "die Ermittler").
			if t.fold == "sie" && d.lang == "de" && pluralCueNextTo(toks, i) {
				if o := d.prevPluralStaffOrg(s); o != nil {
					m := &mention{sent: s, t0: i, t1: i + 1, kind: mPron, typ: o.typ, name: t.text}
					d.addMention(m)
					d.attach(m, o)
					continue
				}
			}
			// English "her" is an object pronoun only where no noun
			// follows ("accused her of …", "sued her in May"); before
			// a noun it is a possessive ("her lawyer").
			if t.fold == "her" && (d.lang != "en" || i+1 < len(toks) && toks[i+1].word && !herObjectNext[toks[i+1].fold]) {
				continue
			}
			female := t.fold == "sie" || t.fold == "she" || t.fold == "her"
			var best *entity
			bestSent, bestTok := -1, -1
			// A first name only suggests a gender: "he" takes a person
			// named "Vijitha" when no other person fits.
			for round := 0; round < 2 && best == nil; round++ {
				for _, e := range d.ents {
					if e.typ != claimgraph.Official {
						continue
					}
					// English "she" is always a woman: with no name known
					// as a woman's, a "she" who claims ("She claims she was
					// fired", "who she alleges") takes one whose name says
					// nothing ("Robin Whitfield") and whom the text never
					// called "he", named in the last two sentences, and not
					// the one whose relative clause the pronoun stands in
					// ("names Brent Maddox, who she alleges").
					unsexed := round == 1 && t.fold == "she" && claimAround(toks, i) && !e.anon && !e.female && !e.femaleGuess && !calledHe(e) && !maleNames[firstNameOf(e)] &&
						len(e.hits) > 0 && e.hits[len(e.hits)-1].sent >= s-2 && !d.relativeOn(s, i, e)
					// ("Das hatte eine frühere Filialleiterin berichtet. …
					// Er ging …": an unnamed woman by her role is no "er".)
					ef := e.female || e.anon && d.lang == "de" && isFemaleRole(token{fold: fold(lastWord(e.name))})
					if female && !ef && !e.femaleGuess && !unsexed || !female && (ef || e.femaleGuess && round == 0) {
						continue
					}
					// "Eilers wirft ihm vor": an object pronoun is never the
					// subject of its own clause (that would be "sich").
					if (t.fold == "ihm" || t.fold == "ihn" || t.fold == "him" || t.fold == "her") && d.namedInClause(s, i, e) {
						continue
					}
					if ms, mt := d.lastMentionBefore(e, s, i); ms > bestSent || ms == bestSent && mt > bestTok {
						best, bestSent, bestTok = e, ms, mt
					}
				}
			}
			// German "sie" and "er" also stand for organisations of
			// their gender: "Die Kommission hatte … verhängt. Sie wirft
			// der chinesischen Regierung vor".
			if d.lang == "de" && (best == nil || bestSent < s-1) && (t.fold == "sie" || t.fold == "er") {
				if o := d.prevSubjectOrg(s, i, t.fold == "sie"); o != nil {
					best = o
				}
			}
			if best == nil {
				continue
			}
			m := &mention{sent: s, t0: i, t1: i + 1, kind: mPron, typ: best.typ, name: t.text}
			d.addMention(m)
			d.attach(m, best)
		case "es":
			// "Der Firma X wirft es in der Beschwerde vor" after "das
			// Bündnis": a neuter body accuses. "es" is mostly an
			// expletive ("es gibt", "es heißt"); only right after a
			// finite verb of accusing is it that verb's subject.
			if d.lang != "de" || i == 0 || !(vorwerfenFinite[toks[i-1].fold] && hasLater(toks, i, "vor") || accuseDE[toks[i-1].fold] && !toks[i-1].cap) {
				continue
			}
			if o := d.prevSubjectOrgOf(s, i, 'n'); o != nil {
				m := &mention{sent: s, t0: i, t1: i + 1, kind: mPron, typ: o.typ, name: t.text}
				d.addMention(m)
				d.attach(m, o)
			}
		case "ihr":
			// "Ihr wirft der Verlag vor", "wirft ihr vor": a dative
			// pronoun, not the possessive before a noun ("ihr Anwalt").
			if d.lang != "de" || i+1 >= len(toks) || toks[i+1].cap || !toks[i+1].word && toks[i+1].text != "," {
				continue
			}
			var best *entity
			bestSent, bestTok := -1, -1
			for _, e := range d.ents {
				if e.typ != claimgraph.Official || !e.female && !e.femaleGuess {
					continue
				}
				if ms, mt := d.lastMentionBefore(e, s, i); ms > bestSent || ms == bestSent && mt > bestTok {
					best, bestSent, bestTok = e, ms, mt
				}
			}
			// "Die Gewerkschaft streitet mit der Klinikkette X. Ihr wirft
			// die Gewerkschaft vor": the last feminine body of the
			// sentence before that this sentence does not name again.
			if (best == nil || bestSent < s-1) && s > 0 {
				pt := d.sents[s-1].toks
				// A pronoun there carries the topic on: "Ihr wirft die
				// Gewerkschaft vor … Zugleich wirft die Kammer ihr vor".
				chained := false
				for _, m := range d.ments[s-1] {
					if m.kind == mPron && m.ent != nil && m.ent.isOrg() && pt[m.t0].fold == "ihr" && !d.mentions(s, m.ent) {
						best, chained = m.ent, true
					}
				}
				for _, m := range d.ments[s-1] {
					if chained || m.ent == nil || !m.ent.isOrg() || m.ent.typ == claimgraph.Publication || m.kind == mPron || d.mentions(s, m.ent) {
						continue
					}
					// "der Klinikkette Helios Nord": the descriptor's gender.
					g := genderDE(d, m)
					if g == 0 && m.t0 > 0 && pt[m.t0-1].cap {
						g = nounGenderDE(pt[m.t0-1].fold)
					}
					if g == 'f' {
						best = m.ent
					}
				}
			}
			if best == nil {
				continue
			}
			m := &mention{sent: s, t0: i, t1: i + 1, kind: mPron, typ: best.typ, name: t.text}
			d.addMention(m)
			d.attach(m, best)
		case "man":
			// "Fonix erklärte, man habe den Vertrag gekündigt. Gegen den
			// Bescheid werde man Einspruch einlegen": in reported speech
			// "man" is the organisation that speaks.
			// "Man behalte sich rechtliche Schritte vor und werfe X vor":
			// a full verb in the first subjunctive right by "man" is
			// reported speech by its own form.
			if d.lang != "de" || !d.reportedSpeech(s) && !konjunktivBesideDE(toks, i) {
				continue
			}
			var best *entity
			for o := s; o >= 0 && o >= s-1 && best == nil; o-- {
				// "Das Terminal habe …, erklärte ein Sprecher von X. Zudem
				// werfe man …": the speaker of the sentence before, not
				// the first party it names ("Man habe …, erklärte eine
				// Sprecherin": a sentence with a speaker of its own is
				// left to the names before).
				if o < s && !d.sentenceHas(s, speakVerbsDE) && !d.sentenceHas(s, reportVerbs) {
					if sp := d.saidBeforeSpeakerDE(s); sp != nil {
						best = sp
						break
					}
				}
				for _, m := range d.ments[o] {
					if o == s && m.t0 >= i {
						break
					}
					if m.ent != nil && (m.ent.isOrg() || m.ent.typ == claimgraph.Official) && m.kind != mPron {
						best = party(m.ent)
						break
					}
				}
			}
			if best == nil {
				continue
			}
			m := &mention{sent: s, t0: i, t1: i + 1, kind: mPron, typ: best.typ, name: t.text}
			d.addMention(m)
			d.attach(m, best)
		case "ihnen", "them":
			// "Die Ermittlungen richten sich gegen Rolf Kastner und zwei
			// ehemalige Vorstandsmitglieder. Ihnen wird vorgeworfen":
			// the named persons of the sentence before.
			if s == 0 || d.lang == "en" && (i == 0 || !accuseEN[toks[i-1].fold] && !chargeEN[toks[i-1].fold]) {
				continue
			}
			var best *entity
			for _, m := range d.ments[s-1] {
				if m.ent != nil && m.ent.typ == claimgraph.Official && !m.ent.anon && m.kind != mPron {
					best = m.ent
					break
				}
			}
			if best == nil {
				continue
			}
			m := &mention{sent: s, t0: i, t1: i + 1, kind: mPron, typ: claimgraph.Official, name: t.text}
			d.addMention(m)
			d.attach(m, best)
		case "verteidiger", "verteidigerin", "anwalt", "anwaeltin", "rechtsanwalt", "rechtsanwaeltin", "lawyer", "attorney", "lawyers", "attorneys", "anwaelte":
			// "Sein Verteidiger wies die Vorwürfe zurück", "Her lawyer
			// said": the client speaks through the lawyer (FORMAT.md
			// guideline 1), so the phrase names the client.
			// "Its lawyer, Martin Greaves, said …": a company's counsel
			// that opens the sentence speaks for the company said last.
			if i == 1 && toks[0].fold == "its" && d.lang == "en" {
				var org *entity
				for o := s; o >= 0 && o >= s-2 && org == nil; o-- {
					ms := d.ments[o]
					for k := len(ms) - 1; k >= 0; k-- {
						if m := ms[k]; m.ent != nil && !m.ent.dead && m.ent.isOrg() && (o < s || m.t0 < i) {
							org = m.ent
							break
						}
					}
				}
				if org != nil {
					m := &mention{sent: s, t0: 0, t1: i + 1, kind: mPron, typ: org.typ, name: d.spanText(s, 0, i+1), ent: org}
					d.addMention(m)
					org.hits = append(org.hits, hit{sent: s, tok: 0})
				}
				continue
			}
			if i == 0 || !possessives[toks[i-1].fold] || toks[i-1].fold == "its" || toks[i-1].fold == "their" || toks[i-1].fold == "ihre" && strings.HasSuffix(t.fold, "e") {
				continue
			}
			female := toks[i-1].fold == "her" || toks[i-1].fold == "ihr" || toks[i-1].fold == "ihre"
			var best *entity
			bestSent := -1
			for _, e := range d.ents {
				fits := female && (e.female || e.femaleGuess) || !female && !e.female
				// "charged Kevin Doyle and his wife, Susan Doyle … Through
				// his lawyer": "his" is not the woman's, whose first name
				// says she is one.
				if (toks[i-1].fold == "his" || strings.HasPrefix(toks[i-1].fold, "sein")) && e.femaleGuess {
					fits = false
				}
				if e.typ != claimgraph.Official || e.anon || e.dead || !fits {
					continue
				}
				for _, m := range d.allMentionsOf(e, s-3, s) {
					if (m.sent < s || m.t0 < i) && m.sent >= bestSent {
						best, bestSent = e, m.sent
					}
				}
			}
			if best == nil {
				continue
			}
			// Linked, not named: "His attorney" is no alias of the client.
			m := &mention{sent: s, t0: i - 1, t1: i + 1, kind: mPron, typ: claimgraph.Official, name: d.spanText(s, i-1, i+1), ent: best}
			d.addMention(m)
			best.hits = append(best.hits, hit{sent: s, tok: i - 1})
		case "client", "mandant", "mandantin", "angeklagten", "beschuldigten", "defendant":
			// "her client denies", "der Verteidiger des Angeklagten": the
			// person a lawyer speaks for.
			if i == 0 || !possessives[toks[i-1].fold] && !(articles[toks[i-1].fold] && i > 1 && lawyerWords[toks[i-2].fold]) {
				continue
			}
			var best *entity
			// "A lawyer for Ashdown said … his client would …": the one
			// the lawyer of this sentence is for.
			for k := 0; k+2 < i; k++ {
				if lawyerWords[toks[k].fold] && (toks[k+1].fold == "for" || toks[k+1].fold == "representing") {
					if m := d.mentionAt(s, k+2); m != nil && m.ent != nil && m.ent.typ == claimgraph.Official {
						best = m.ent
					}
				}
			}
			for _, e := range d.ents {
				if best != nil && best.typ == claimgraph.Official && len(best.hits) > 0 && best.hits[len(best.hits)-1].sent == s {
					break
				}
				if e.typ == claimgraph.Official && !e.anon && !e.dead && len(e.hits) > 0 && e.hits[0].sent <= s {
					if best == nil || e.hits[len(e.hits)-1].sent >= best.hits[len(best.hits)-1].sent {
						best = e
					}
				}
			}
			if best == nil {
				continue
			}
			m := &mention{sent: s, t0: i - 1, t1: i + 1, kind: mPron, typ: claimgraph.Official, name: d.spanText(s, i-1, i+1)}
			d.addMention(m)
			d.attach(m, best)
		case "it":
			if d.lang != "en" {
				continue
			}
			// The most recent organisation before it in the sentence:
			// "X has taken Y to court, alleging that it sold …".
			// "…, and Delmont accused it of …": the object of a verb is
			// never that verb's own subject (that would be "itself"), so
			// it is the organisation before the subject.
			var subj *entity
			if i > 1 && (accuseEN[toks[i-1].fold] || chargeEN[toks[i-1].fold]) && !toks[i-1].cap {
				for _, m := range d.ments[s] {
					if m.t1 == i-1 && m.ent != nil && m.ent.isOrg() {
						subj = m.ent
					}
				}
				// "… after Grayfin Research published a report accusing it
				// of …": a participle on a paper has the paper's author,
				// the party named last before the paper, for subject.
				if subj == nil && strings.HasSuffix(toks[i-1].fold, "ing") && i > 2 && (ownedPieces[toks[i-2].fold] || pleadingNounsEN[toks[i-2].fold]) {
					for _, m := range d.ments[s] {
						if m.t1 <= i-2 && m.ent != nil && m.ent.isOrg() && m.kind != mPron && m.ent.typ != claimgraph.Document {
							subj = m.ent
						}
					}
				}
				// "Corvane Air hit back, accusing it of …": a participle's
				// subject is the sentence's first party.
				if subj == nil && strings.HasSuffix(toks[i-1].fold, "ing") {
					for _, m := range d.ments[s] {
						if m.t1 <= i-1 && m.ent != nil && m.kind != mPron {
							if m.ent.isOrg() {
								subj = m.ent
							}
							break
						}
					}
				}
			}
			// "Sahel Crest, it says, used the arrangement to …": a speaker
			// set in commas into a clause is not the clause's subject
			// before it.
			if subj == nil && i >= 2 && toks[i-1].text == "," && i+2 < len(toks) && parentheticalVerbsEN[toks[i+1].fold] && toks[i+2].text == "," {
				for _, m := range d.ments[s] {
					if m.t1 == i-1 && m.ent != nil && m.ent.isOrg() {
						subj = m.ent
					}
				}
			}
			// "Oakridge Textiles, which it accuses of selling counterfeit
			// goods": the relative pronoun is the verb's object, so "it"
			// is not the name it stands for.
			if subj == nil && i >= 3 && (toks[i-1].fold == "which" || toks[i-1].fold == "whom") && toks[i-2].text == "," && i+1 < len(toks) && (accuseEN[toks[i+1].fold] || chargeEN[toks[i+1].fold] || allegeEN[toks[i+1].fold]) {
				for _, m := range d.ments[s] {
					if m.t1 == i-2 && m.ent != nil && m.ent.isOrg() {
						subj = m.ent
					}
				}
			}
			var e *entity
			for _, m := range d.ments[s] {
				if m.t1 <= i && m.ent != nil && m.ent.isOrg() && m.ent != subj && !strings.HasSuffix(d.spanText(s, m.t1-1, m.t1), "'s") && (m.t1 >= len(toks) || toks[m.t1].fold != "'s") &&
					!inClosedRelativeEN(toks, m.t0, i) {
					e = m.ent
				}
			}
			// The verb's object is then the other party of the sentence
			// before: "Pelham Rail accused Stourton Freight of … Stourton
			// Freight hit back, accusing it of …".
			if e == nil && subj != nil && s > 0 {
				for _, m := range d.ments[s-1] {
					if m.ent != nil && m.ent.isOrg() && m.ent != subj && m.kind != mPron {
						e = m.ent
						break
					}
				}
			}
			// "The newspaper later reported that Stanmore had … It also
			// reported that …": what reports is the outlet just named,
			// not the company its report was about.
			if e == nil {
				if j := i + 1 + boolInt(i+1 < len(toks) && clauseAdverbsEN[toks[i+1].fold]); j < len(toks) && reportVerbsOutlet[toks[j].fold] {
					if o := d.salient(s, i, false, func(o *entity) bool { return o.typ == claimgraph.Publication }); o != nil && len(d.allMentionsOf(o, max(s-2, 0), s)) > 0 {
						e = o
					}
				}
			}
			// "The Norvik Coast Guard said … In a statement, it said …":
			// "it" as the subject of its sentence, no organisation before
			// it, is the subject of the sentence before.
			if e == nil && s > 0 && (i == 0 || toks[i-1].text == ",") && i+1 < len(toks) && (looksFiniteEN(toks[i+1]) || modalsEN[toks[i+1].fold] || toks[i+1].fold == "also") &&
				d.sents[s-1].para == d.sents[s].para {
				if ps := d.prevSubjectEN(s); ps != nil && ps != subj {
					e = ps
				}
			}
			if e == nil {
				e = d.salient(s, i, false, func(o *entity) bool { return o.isOrg() && o != subj })
			}
			if e == nil {
				continue
			}
			m := &mention{sent: s, t0: i, t1: i + 1, kind: mPron, typ: e.typ, name: t.text}
			d.addMention(m)
			d.attach(m, e)
		}
	}
}

// reportedSpeech reports a German sentence in the subjunctive of reported
// speech ("werde", "habe", "sei").
func (d *doc) reportedSpeech(s int) bool {
	for _, t := range d.sents[s].toks {
		switch t.fold {
		case "werde", "habe", "sei", "seien", "koenne", "wolle", "muesse", "hätten", "haetten", "wuerden", "erklaerte", "sagte", "teilte":
			return true
		}
	}
	return false
}

// konjunktivBesideDE reports a finite full verb in the first subjunctive
// (konjShapeDE) right before the word at i ("werfe man") or in its clause
// after it ("man behalte sich … vor und werfe X vor").
func konjunktivBesideDE(toks []token, i int) bool {
	konj := func(k int) bool {
		return k >= 0 && k < len(toks) && konjShapeDE(toks[k]) && !articles[toks[k].fold]
	}
	if konj(i - 1) {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		if !toks[k].word && toks[k].text != "-" {
			return false
		}
		if konj(k) {
			return true
		}
	}
	return false
}

// isAgeNoun: an age used as a noun for a person ("der 27-Jährigen", "the
// 26-year-old did not …"), not as an adjective before a name or noun
// ("dem 54-jährigen Markus Teubner", "a 15-year-old boy").
func (d *doc) isAgeNoun(s, i int) bool {
	toks := d.sents[s].toks
	t := toks[i]
	if !t.num {
		return false
	}
	if d.lang == "de" {
		// The noun is capitalised after the hyphen: "27-Jährigen".
		return strings.Contains(t.text, "-Jährig") || strings.Contains(t.text, "-Jaehrig")
	}
	if !strings.HasSuffix(t.fold, "-year-old") {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	n := toks[i+1]
	return !n.word || functionWords[n.fold] || isVerbLike(n.fold) || strings.HasSuffix(n.fold, "ed") || denyEN[n.fold] || speechVerbs[n.fold]
}

// isPartyPersonNoun: a politician described by party after being named
// ("Gesundheitsminister Karl-Josef Laumann … Der CDU-Politiker habe"),
// which German news uses as a plain back-reference to the person.
func (d *doc) isPartyPersonNoun(s, i int) bool {
	toks := d.sents[s].toks
	t := toks[i]
	if d.lang != "de" || !t.cap || i == 0 || !definiteDE[toks[i-1].fold] {
		return false
	}
	f := t.fold
	return strings.HasSuffix(f, "-politiker") || strings.HasSuffix(f, "-politikerin") || f == "politiker" || f == "politikerin"
}

// prevSubjectOrg returns the organisation that is the subject of the
// sentence before s (or of s before token i) when its German gender fits
// the pronoun: feminine for "sie", masculine for "er".
func (d *doc) prevSubjectOrg(s, i int, female bool) *entity {
	want := byte('m')
	if female {
		want = 'f'
	}
	return d.prevSubjectOrgOf(s, i, want)
}

// prevSubjectOrgOf is prevSubjectOrg for a grammatical gender: 'm', 'f',
// or 'n' for "es" ("das Bündnis … Der Firma X wirft es vor").
func (d *doc) prevSubjectOrgOf(s, i int, want byte) *entity {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		// "Der Firma X wirft es vor": "es" right after its verb is the
		// subject; what stands before the verb is the object.
		if m.t0 >= i || want == 'n' {
			break
		}
		// "In dem Schreiben, das die Zeitung einsehen konnte, erhebt sie
		// Vorwürfe": a body inside a relative clause is not the subject
		// the pronoun of the main clause takes up.
		if inRelativeDE(toks, m.t0, i) {
			continue
		}
		if m.ent != nil && m.ent.isOrg() && m.kind != mPron {
			if genderDE(d, m) == want {
				return m.ent
			}
			return nil
		}
	}
	if s == 0 {
		return nil
	}
	for _, m := range d.ments[s-1] {
		// "Man halte sich an alle Regeln, erklärte die Vertretung. Sie
		// warf …": "man" has no gender; the body it stands for is named
		// later in its sentence.
		if m.kind == mPron && m.t0 < len(d.sents[s-1].toks) && d.sents[s-1].toks[m.t0].fold == "man" {
			continue
		}
		if m.ent == nil || m.kind == mPron && m.ent.typ == claimgraph.Official {
			return nil
		}
		// "Auch den Zwischenhändler nimmt das Bündnis ins Visier": a
		// fronted object in the accusative or dative is not the subject
		// a neuter pronoun takes up.
		if want == 'n' && m.ent.isOrg() && objectArticleBefore(d.sents[s-1].toks, m) {
			continue
		}
		if m.ent.isOrg() {
			if genderDE(d, m) == want {
				return m.ent
			}
			return nil
		}
		if m.ent.typ == claimgraph.Official {
			return nil
		}
	}
	return nil
}

// pluralCueNextTo reports a plural finite verb of accusing right before
// or after token i ("werfen sie", "Sie beschuldigen").
func pluralCueNextTo(toks []token, i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(toks) || toks[k].cap && k > 0 {
			continue
		}
		f := toks[k].fold
		if (vorwerfenFinite[f] || accuseDE[f] && !strings.HasPrefix(f, "ge") || raiseDE[f]) && strings.HasSuffix(f, "en") {
			return true
		}
	}
	return false
}

// prevPluralStaffOrg returns the body whose plural staff ("Die Prüfer",
// "Die Ermittler") is the subject of the sentence before s, or nil.
func (d *doc) prevPluralStaffOrg(s int) *entity {
	if s == 0 {
		return nil
	}
	toks := d.sents[s-1].toks
	for _, m := range d.ments[s-1] {
		if m.ent == nil || objectArticleBefore(toks, m) || m.t0 > 0 && prepositions[toks[m.t0-1].fold] {
			continue
		}
		if !m.ent.isOrg() || m.t1-m.t0 != 2 || toks[m.t0].fold != "die" {
			return nil
		}
		// "die" before a masculine noun of people in "-er" is a plural.
		if n := toks[m.t0+1]; n.cap && strings.HasSuffix(n.fold, "er") && !legalSuffixes[n.text] {
			return m.ent
		}
		return nil
	}
	return nil
}

// objectArticleBefore reports a mention that an accusative or dative
// article opens or follows ("den Zwischenhändler", "dem Verband X").
func objectArticleBefore(toks []token, m *mention) bool {
	for _, k := range []int{m.t0, m.t0 - 1} {
		if k < 0 || k >= len(toks) {
			continue
		}
		switch toks[k].fold {
		case "den", "dem", "einen", "einem":
			return true
		}
	}
	return false
}

// genderDE guesses the grammatical gender of the noun a German mention
// ends in: 'f', 'm', 'n', or 0 when unknown. Legal forms are feminine
// ("die GmbH"); institution heads carry their gender.
func genderDE(d *doc, m *mention) byte {
	toks := d.sents[m.sent].toks
	// The article inside the mention or right before it: "die
	// Verbraucherzentrale Sachsen-Anhalt".
	for _, k := range []int{m.t0, m.t0 - 1} {
		if k < 0 || k >= len(toks) || k == m.t0-1 && m.kind != mName && m.kind != mShort {
			continue
		}
		switch toks[k].fold {
		case "die", "eine":
			if k == m.t0 || k == 0 || !prepositions[toks[k-1].fold] {
				return 'f'
			}
		case "das":
			return 'n'
		}
	}
	// "die Gewerkschaft Verdi", "der Klinikkette X": a descriptor between
	// the article and the name gives the gender.
	if m.t0 >= 2 && (m.kind == mName || m.kind == mShort) && toks[m.t0-1].cap && definiteDE[toks[m.t0-2].fold] {
		if g := nounGenderDE(toks[m.t0-1].fold); g != 0 && (d.isCompanyDescriptor(toks[m.t0-1]) || d.bodyDescriptor(toks[m.t0-1])) {
			return g
		}
	}
	if m.t1 < 1 || m.t1 > len(toks) {
		return 0
	}
	// "Der Naturschutzbund Brandenburg", "der Landkreis Uckermark": a
	// name's head noun may come first, before its place.
	if first := toks[m.t0]; m.t1-m.t0 > 1 && (m.kind == mName || m.kind == mShort) && first.cap && !first.acro {
		if h := germanHead(first); h != "" && agencyHeadsDE[h] != 0 {
			return agencyHeadsDE[h]
		}
	}
	last := toks[m.t1-1]
	if legalSuffixes[last.text] {
		return 'f'
	}
	if h := germanHead(last); h != "" {
		return agencyHeadsDE[h]
	}
	f := last.fold
	for _, e := range []struct {
		suf string
		g   byte
	}{{"ung", 'f'}, {"ion", 'f'}, {"schaft", 'f'}, {"taet", 'f'}, {"bank", 'f'}, {"gruppe", 'f'}, {"zeitung", 'f'}, {"ei", 'f'},
		{"amt", 'n'}, {"ium", 'n'}, {"unternehmen", 'n'}, {"institut", 'n'}, {"konzern", 'm'}, {"verband", 'm'}, {"rat", 'm'}, {"dienst", 'm'}} {
		if strings.HasSuffix(f, e.suf) {
			return e.g
		}
	}
	return 0
}

func (d *doc) allMentionsOf(e *entity, from, to int) []*mention {
	var out []*mention
	if from < 0 {
		from = 0
	}
	for s := from; s <= to && s < len(d.ments); s++ {
		for _, m := range d.ments[s] {
			if m.ent == e {
				out = append(out, m)
			}
		}
	}
	return out
}

// rolePrefix returns the part of a compound role before the role word:
// "konzern" of "Konzernsprecher", "tannried" of "Tannried-Vorstandschefin".
func rolePrefix(t token, role string) (string, string) {
	f := t.fold
	if i := strings.Index(t.text, "-"); i > 0 {
		return fold(t.text[:i]), t.text[:i]
	}
	i := strings.LastIndex(f, role)
	if i <= 0 {
		return "", ""
	}
	p := f[:i]
	p = strings.TrimSuffix(p, "s")
	return p, ""
}

// municipalWordsDE open the name of a town as a body ("Stadt
// Halvenstedt", "Gemeinde Lindau") and a role compound of its people
// ("Stadtsprecher").
var municipalWordsDE = set("stadt", "gemeinde", "landkreis", "kreis", "marktgemeinde", "stadtverwaltung", "gemeindeverwaltung")

var speakerPrefixCompany = set("konzern", "unternehmen", "firmen", "vorstand", "vorstands", "konzernchef", "company", "firm", "group")

// affiliation finds the organisation a role at token r of sentence s
// speaks for; t1 is the end of the person's name, if any.
func (d *doc) affiliation(s, r, t1 int, roleWord string) *entity {
	toks := d.sents[s].toks
	rt := toks[r]
	// "Rückendeckung erhielt er von der CSU-Fraktion. Deren Vorsitzender
	// X …": a relative possessive that opens the sentence points to the
	// body the sentence before named last.
	if r == 1 && (toks[0].fold == "deren" || toks[0].fold == "dessen") && s > 0 {
		ms := d.ments[s-1]
		for k := len(ms) - 1; k >= 0; k-- {
			if e := ms[k].ent; e != nil && !e.dead && e.isOrg() {
				return e
			}
		}
	}
	// „Schärfer reagierte die Krankenkasse Westfalia BKK. Ihr
	// Vorstandschef Dirk Althaus warf Vireon vor …“, „„…“, sagte deren
	// Digitalreferentin X“: a German possessive right before the role,
	// with no body before it in its sentence (outside a quotation),
	// points to a body of the sentence before whose gender it agrees
	// with, whatever the role's compound says ("Vorstands-" is any
	// body's board).
	if d.lang == "de" && r >= 1 && s > 0 && thirdPossessivesDE[toks[r-1].fold] && !d.orgBeforeOutsideQuote(s, r-1) {
		if e := d.possessorBeforeDE(s, toks[r-1].fold); e != nil {
			return e
		}
	}
	// "Der Vorstandsvorsitzende der Kolbe Holding AG": a body named in
	// the genitive right after the role is the one it serves, whatever
	// the compound says ("Vorstands-" names no body).
	// ("sagte eine Sprecherin der Deutschen Presse-Agentur": a news
	// agency spoken to is no one's employer.)
	if d.lang == "de" && r+2 < len(toks) && (toks[r+1].fold == "des" || toks[r+1].fold == "der") && !d.dativeWireDE(s, r, r+2) {
		if m := d.mentionAt(s, r+2); m != nil && m.t0 == r+2 && m.ent != nil && !m.ent.dead && m.ent.isOrg() && (m.kind == mName || m.kind == mShort) {
			return m.ent
		}
	}
	// 1. The first part of a compound: "Larsfeld-Geschäftsführer",
	// "Konzernsprecher", "Botschaftssprecher", "US-Beamter".
	if pf, raw := rolePrefix(rt, roleWord); pf != "" {
		// "die Landtagsabgeordnete Sabine Krüger-Lenz": a member of a
		// parliament speaks for herself, not for the house or a group
		// in it.
		if parliamentsDE[pf] && strings.HasPrefix(roleWord, "abgeordnet") {
			return nil
		}
		for _, o := range d.ents {
			if !o.isOrg() {
				continue
			}
			for _, sh := range o.shorts {
				if sh == pf {
					return o
				}
			}
			if fold(o.name) == pf || raw != "" && o.key != "" && d.x.lx.lookupKey(raw) != nil && d.x.lx.lookupKey(raw).key == o.key {
				return o
			}
		}
		// "Bündnissprecher Gernot Ebner" for the "Aktionsbündnis Sauberer
		// Rhein", "Gewerkschaftssprecherin" for the "Gewerkschaft
		// Nahrung": the compound's first part is a word, or the head of
		// a compound word, of a body's name.
		if raw == "" && len(pf) >= 5 {
			if e := d.salient(s, r, false, func(o *entity) bool {
				if !o.isOrg() || o.typ == claimgraph.Document || o.typ == claimgraph.Publication {
					return false
				}
				for _, w := range strings.Fields(fold(o.name)) {
					// (rolePrefix took a linking "s" that may be the
					// word's own: "Bündni(s)sprecher".)
					if strings.HasSuffix(w, pf) || strings.HasSuffix(w, pf+"s") {
						return true
					}
				}
				return false
			}); e != nil {
				return e
			}
		}
		if raw != "" && partyWords[pf] && strings.HasPrefix(fold(rt.text[len(raw)+1:]), "fraktion") {
			// "die SPD-Fraktionsvorsitzende Carola Brehm": she speaks
			// for the party's parliamentary group, which the text may
			// never name on its own.
			return d.parliamentaryGroup(raw)
		}
		if raw != "" {
			if le := d.x.lx.lookupKey(raw); le != nil {
				if e := d.byKey[string(le.typ)+"|"+le.key]; e != nil {
					return e
				}
			}
			// "US-Beamter": the country's government, if the text names it.
			for _, c := range d.x.countryCodes(raw) {
				for _, kind := range []string{"government", "intelligence"} {
					if e := d.byKey[string(claimgraph.Agency)+"|"+c+"-"+kind]; e != nil {
						return e
					}
				}
			}
			// "der CDU-Abgeordnete Martin Oberländer", "Grünen-Politikerin
			// X": a party member speaks for the party, which the text need
			// not name on its own.
			if partyWords[pf] {
				return d.partyBody(raw)
			}
			if raw != "" && (strings.ToUpper(raw) == raw || d.x.lx.places[stem(fold(raw))]) {
				return nil
			}
		}
		// "Senderchefin Ulrike Haas", "Programmdirektor X": a broadcaster's
		// or newsroom's role belongs to the outlet the text names, not to
		// a company ("Sender" is also a company word).
		// ("Senderchef Ralf Obermüller" of "dem Regionalsender Elbland TV"
		// while a paper is in view: the body introduced by the word is
		// his, whatever its type.)
		if d.lang == "de" && raw == "" && broadcastPrefixesDE[pf] {
			if e := d.salient(s, r, false, func(o *entity) bool {
				if !o.isOrg() || o.typ == claimgraph.Document {
					return false
				}
				for _, x := range o.descs {
					if strings.HasSuffix(x, pf) {
						return true
					}
				}
				return false
			}); e != nil {
				return e
			}
			if e := d.salient(s, r, false, func(o *entity) bool { return o.typ == claimgraph.Publication }); e != nil {
				return e
			}
		}
		switch {
		case strings.HasPrefix(pf, "ministeri"):
			// "Ministeriumssprecher": a ministry, if the text names one.
			if e := d.salient(s, r, false, func(o *entity) bool {
				return o.typ == claimgraph.Agency && nameHas(o, []string{"ministeri", "ministry", "department"})
			}); e != nil {
				return e
			}
			return d.salient(s, r, false, func(o *entity) bool { return o.typ == claimgraph.Agency })
		case strings.HasPrefix(pf, "kasse") || strings.HasPrefix(pf, "krankenkasse"):
			return d.salient(s, r, false, func(o *entity) bool {
				return o.typ == claimgraph.Agency && nameHas(o, []string{"kasse", "bkk", "aok", "ikk", "dak", "barmer", "knappschaft"})
			})
		case strings.HasPrefix(pf, "behoerde") || strings.HasPrefix(pf, "amts") || pf == "agency" || pf == "regulator":
			return d.salient(s, r, false, func(o *entity) bool { return o.typ == claimgraph.Agency })
		case speakerPrefixCompany[pf] || d.lang == "de" && d.isCompanyDescriptor(token{text: pf, fold: pf, word: true, cap: true}):
			// "Reederei-Chefin Ilse Brandt": the company described as a
			// Reederei, if the text described one so.
			if e := d.salient(s, r, false, func(o *entity) bool {
				if o.typ != claimgraph.Company {
					return false
				}
				for _, x := range o.descs {
					if x == pf {
						return true
					}
				}
				return false
			}); e != nil {
				return e
			}
			return d.salient(s, r, false, func(o *entity) bool { return o.typ == claimgraph.Company })
		case municipalWordsDE[pf]:
			// "Ein Stadtsprecher", "der Gemeindesprecher": the town the
			// text names as "Stadt X", not the council group or firm
			// named last ("Oppositionsfraktion im Stadtrat" is none).
			// (Else the body words below, as before.)
			if e := d.salient(s, r, false, func(o *entity) bool {
				w := strings.Fields(fold(o.name))
				return o.typ == claimgraph.Agency && len(w) > 1 && municipalWordsDE[w[0]]
			}); e != nil {
				return e
			}
		case strings.HasPrefix(pf, "botschaft"):
			return d.salient(s, r, false, func(o *entity) bool {
				return o.typ == claimgraph.Agency && nameHas(o, []string{"botschaft", "embassy"})
			})
		case strings.HasPrefix(pf, "regierung"):
			return d.salient(s, r, false, func(o *entity) bool {
				return o.typ == claimgraph.Agency && nameHas(o, []string{"regierung", "government"})
			})
		case strings.HasPrefix(roleWord, "minister"):
			// "Korvaniens Außenministerin": the state named right before.
			if m := d.mentionAt(s, r-1); r > 0 && m != nil && m.t1 == r && m.ent != nil && m.ent.typ == claimgraph.Agency {
				return m.ent
			}
			// ("Landwirtschaftsminister" of the "Landwirtschaftsministerium":
			// rolePrefix took the linking s the ministry keeps.)
			if e := d.salient(s, r, false, func(o *entity) bool {
				return o.typ == claimgraph.Agency && (strings.HasPrefix(fold(o.name), pf+"minister") || strings.HasPrefix(fold(o.name), pf+"sminister"))
			}); e != nil {
				return e
			}
			// A minister speaks for a ministry or a government, never
			// for whatever body the text named last, nor for another
			// portfolio's ministry ("Umweltminister X" after "das
			// Verkehrsministerium").
			return d.salient(s, r, false, func(o *entity) bool {
				return o.typ == claimgraph.Agency && nameHas(o, []string{"ministeri", "ministry", "regierung", "government"}) && !otherPortfolioDE(o, pf)
			})
		}
		// "Verbandschef Heiner Lotze" after "der Bäckerinnungsverband
		// Westfalen", "Initiativensprecherin" after "die Umweltinitiative
		// Heideland": a body word before the role names the body of that
		// kind the text has named, not whichever company is salient.
		if raw == "" {
			if head := bodyWordDE(pf); head != "" {
				want := []string{head}
				if head == "verband" {
					// "Verbandspräsident" of the "Deutscher Biathlon-Bund":
					// a federation is a Verband whatever its name says.
					want = append(want, "$bund", "federation", "association")
				}
				if head == "fraktion" {
					// "Fraktionschef Lars Pöppelmann" after "Die
					// Bürgerliste Halvenstedt, die größte
					// Oppositionsfraktion im Stadtrat": a voters'
					// association sits in the council as a group.
					want = append(want, "buergerliste", "waehlergemeinschaft", "waehlervereinigung")
				}
				if e := d.salient(s, r, false, func(o *entity) bool { return o.isOrg() && nameHas(o, want) }); e != nil {
					return e
				}
			}
		}
	}
	// 2. An organisation right before the role: "Quarrington chief
	// executive", "Justice Department spokesperson", "Council leader".
	for k := r - 1; k >= 0 && k >= r-3; k-- {
		if m := d.mentionAt(s, k); m != nil && m.ent != nil && m.ent.isOrg() {
			// "hat die CSU-Fraktion Oberbürgermeister Klaus Berner
			// vorgeworfen": German joins an organisation to a role in one
			// word ("CSU-Oberbürgermeister"); a body under its own article
			// before the role is another noun phrase, the clause's subject.
			if d.lang == "de" && m.t1 == r && m.t0 > 0 && articles[toks[m.t0-1].fold] {
				break
			}
			return m.ent
		}
		f := toks[k].fold
		if f == "company" || f == "unternehmens" || f == "firm" {
			return d.salient(s, r, false, func(o *entity) bool { return o.typ == claimgraph.Company })
		}
		// "commission chairman Peter Otieno", "ministry spokesperson",
		// "Club chairman Leonard Pike".
		if (!toks[k].cap || k == 0) && agencyDescriptors[f] {
			if e := d.salient(s, r, false, func(o *entity) bool { return o.typ == claimgraph.Agency && nameHas(o, []string{f}) }); e != nil {
				return e
			}
			if typ, want, ok := d.descClass(s, k); ok && typ == claimgraph.Agency && len(want) > 0 && strings.HasPrefix(want[0], "!") {
				if e := d.salient(s, r, false, func(o *entity) bool { return o.typ == claimgraph.Agency && nameHas(o, want) }); e != nil {
					return e
				}
			}
		}
		if f == "its" || f == "seine" || f == "seiner" || f == "sein" || f == "seinen" || f == "dessen" || f == "ihr" || f == "ihre" || f == "their" {
			// "The campaign group Safe Screens has tested the app … Its
			// spokeswoman, Helen Marsh, told reporters": a possessive
			// that opens the sentence is the subject of the one before.
			if k == 0 && s > 0 && d.lang == "en" {
				if e := d.prevSubjectEN(s); e != nil {
					return e
				}
			}
			// "The institute went further, accusing Loopline of … \"They
			// tried to intimidate us,\" said its director, Maarten Ooms":
			// a quotation that opens the sentence goes on in the voice of
			// the sentence before, and "its" in the tag after it is that
			// sentence's subject, not the party last named in it.
			if k >= 2 && s > 0 && d.lang == "en" && toks[k-1].fold == "said" && d.quoteOpensTag(toks, k-1) {
				if e := d.prevSubjectEN(s); e != nil {
					return e
				}
			}
			for j := len(d.ments[s]) - 1; j >= 0; j-- {
				m := d.ments[s][j]
				// "»Skyreach did not hide anything from Orbitra«, its
				// chief executive said": a name inside the quotation is
				// the speaker's words, not the owner of "its".
				if m.t1 <= k && m.ent != nil && m.ent.isOrg() && !(toks[m.t0].inq && !toks[k].inq) {
					return m.ent
				}
			}
			return d.salient(s, r, false, func(o *entity) bool { return o.isOrg() })
		}
		if !toks[k].word || articles[f] || d.mentionAt(s, k) != nil && d.mentionAt(s, k).kind == mPerson {
			break
		}
	}
	// 3. A complement: "des BAFA", "von Oberwald", "at the SEC", "for
	// Bloomberg".
	end := r + 1
	// "a former general partner at Oak Investment Partners": past the
	// whole role.
	for end < len(toks) && isRoleToken(toks[end], d) != "" && !toks[end].cap {
		end++
	}
	// "der Vorsitzende des Vereins, Tobias Scholz": a body's word in the
	// genitive right after the role names the body the text called so
	// before ("Mieterverein Dortmund").
	// ("des Pflegedienstes Abendrot" names its body after the word.)
	if d.lang == "de" && end+1 < len(toks) && (toks[end].fold == "des" || toks[end].fold == "der") && toks[end+1].cap && d.mentionAt(s, end+1) == nil &&
		(end+2 >= len(toks) || !isCapWord(toks[end+2]) && d.mentionAt(s, end+2) == nil) {
		if e := d.bodyByWordDE(s, r, toks[end+1].fold); e != nil {
			return e
		}
	}
	// "die Sprecherin der Klimaallianz, Jana Wolters": a body in the
	// genitive between the role and the name set off after it.
	if d.lang == "de" && t1 > end+1 && end < len(toks) && (toks[end].fold == "des" || toks[end].fold == "der") {
		for _, m := range d.ments[s] {
			if m.t0 >= end && m.t0 <= end+1 && m.t1 < t1 && m.ent != nil && !m.ent.dead && m.ent.isOrg() && m.ent.typ != claimgraph.Document && m.t1 < len(toks) && toks[m.t1].text == "," {
				return m.ent
			}
		}
	}
	if t1 > end {
		end = t1
	}
	// "director of policy at the consumer group Which?", "head of
	// communications for Ofgem": the field the role is of is part of it;
	// the body follows the next preposition.
	if d.lang == "en" && end+2 < len(toks) && toks[end].fold == "of" {
		for k := end + 1; k < len(toks) && k <= end+4; k++ {
			if f := toks[k].fold; k > end+1 && (f == "at" || f == "for" || f == "with") {
				end = k
				break
			}
			if t := toks[k]; !t.word || t.cap || articles[t.fold] {
				break
			}
		}
	}
	for k := end; k < len(toks) && k <= end+6; k++ {
		f := toks[k].fold
		// Past the preposition only a noun phrase: articles, names,
		// adjectives. "A judge in Virginia ruled that Google …" ends at
		// "ruled".
		if k > end && toks[k].word && !toks[k].cap && !articles[f] && !strings.Contains(f, "-") && !(d.lang == "de" && isAdjDE(toks[k])) && d.mentionAt(s, k) == nil &&
			!(d.lang == "en" && d.descriptorBeforeName(s, k)) {
			break
		}
		if k == end && !(f == "des" || f == "der" || f == "von" || f == "vom" || f == "bei" || f == "beim" || f == "of" || f == "for" || f == "at" || f == "with" || f == "from" || f == "in" && d.lang == "en") {
			if isRoleToken(toks[k], d) != "" {
				continue
			}
			break
		}
		if m := d.mentionAt(s, k); m != nil && m.ent != nil && m.ent.isOrg() {
			// "sagte Vorständin Ilka Renner der »Zeit«": an outlet after
			// the speaker's name is the one spoken to, in the dative.
			if m.ent.typ == claimgraph.Publication && d.lang == "de" && t1 > r+1 && end == t1 && r > 0 && speechVerbs[toks[r-1].fold] {
				return nil
			}
			return m.ent
		}
		if toks[k].text == "," || toks[k].text == "." || f == "said" || f == "sagte" {
			break
		}
	}
	return nil
}

// thirdPossessivesDE are the German possessives of a third person.
var thirdPossessivesDE = set("ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres", "sein", "seine", "seiner", "seinen", "seinem", "seines", "deren", "dessen")

// orgBeforeOutsideQuote reports an organisation named before token k of
// sentence s outside a quotation.
func (d *doc) orgBeforeOutsideQuote(s, k int) bool {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.t1 <= k && m.ent != nil && !m.ent.dead && m.ent.isOrg() && !toks[m.t0].inq {
			return true
		}
	}
	return false
}

// possessorBeforeDE returns the first body named in the sentence before s
// that the German possessive f can point to: "ihr-"/"deren" a feminine or
// plural noun („die Krankenkasse“, „der Stiftung“), "sein-"/"dessen" a
// masculine or neuter one („der Verband“, „das Unternehmen“, „des
// Vereins“); a bare name agrees with either. Nil where none agrees.
func (d *doc) possessorBeforeDE(s int, f string) *entity {
	fem := strings.HasPrefix(f, "ihr") || f == "deren"
	masc := strings.HasPrefix(f, "sein") || f == "dessen"
	if !fem && !masc {
		return nil
	}
	toks := d.sents[s-1].toks
	for _, m := range d.ments[s-1] {
		e := m.ent
		if e == nil || e.dead || !e.isOrg() || e.typ == claimgraph.Document || toks[m.t0].inq {
			continue
		}
		art := ""
		for k := m.t0; k >= 0 && k >= m.t0-1; k-- {
			if articles[toks[k].fold] {
				art = toks[k].fold
				break
			}
		}
		switch art {
		case "die", "eine", "einer":
			if masc {
				continue
			}
		case "das", "dem", "des", "ein", "eines", "einem":
			if fem {
				continue
			}
		}
		return e
	}
	return nil
}

// bodyByWordDE returns the body before token r of sentence s that the
// text named or described with the German body word f in the genitive
// ("des Vereins" for the "Mieterverein Dortmund"), or nil.
func (d *doc) bodyByWordDE(s, r int, f string) *entity {
	st := strings.TrimSuffix(strings.TrimSuffix(f, "es"), "s")
	if len(st) < 5 || !agencyDescriptors[st] && !d.isCompanyDescriptor(token{text: st, fold: st, word: true, cap: true}) {
		return nil
	}
	return d.salient(s, r, false, func(o *entity) bool {
		if !o.isOrg() || o.typ == claimgraph.Document {
			return false
		}
		// ("der Gewerkschaft" for the "Pilotengewerkschaft X": the
		// compound it was introduced with ends in the word.)
		for _, x := range o.descs {
			if x == st || strings.HasSuffix(x, st) {
				return true
			}
		}
		return strings.Contains(fold(o.name), st)
	})
}

// agencyFirmDE reports a German text that introduced a company as an
// agency ("die Eventagentur Bodmer & Frick GmbH") and names no public
// body as one ("die Bundesagentur für Arbeit").
func (d *doc) agencyFirmDE() bool {
	firm := false
	for _, e := range d.ents {
		if e.dead {
			continue
		}
		if e.typ == claimgraph.Agency && nameHas(e, []string{"agentur", "agency"}) {
			return false
		}
		if e.typ == claimgraph.Company && nameHas(e, []string{"agentur"}) {
			firm = true
		}
	}
	return firm
}

// pensionedDE say a person has left office for good ("der pensionierte
// Lehrer"); no body's office is theirs any more.
var pensionedDE = set("pensionierte", "pensionierter", "pensionierten", "verrentete", "verrenteter")

// contextAffiliation is the fallback: the most salient organisation of
// the kind a role suggests.
func (d *doc) contextAffiliation(s, r int, role string) *entity {
	// "Vetrona reacted angrily. 'These allegations are baseless,' chief
	// executive Paolo Rinaldi-Marchetti said": like a description, a role
	// no word ties to a body speaks for what its paragraph is about, not
	// for a body the paragraph before named more often.
	// "die Landtagsabgeordnete X": an elected member no word ties to a
	// party or group speaks for herself, not for the body her paragraph
	// is about.
	if d.lang == "de" && strings.HasPrefix(role, "abgeordnet") {
		return nil
	}
	d.paraFirst = true
	defer func() { d.paraFirst = false }()
	// "the federation's former finance director, Tomasz Wielgus": the
	// role belongs to a body the text describes but does not name, not
	// to whichever organisation was said last.
	toks := d.sents[s].toks
	// "Wiebke Ahrens, Inhaberin einer Pension,": a role of an
	// indefinite business is of one the text does not name.
	if d.lang == "de" && r+2 < len(toks) && (toks[r+1].fold == "einer" || toks[r+1].fold == "eines") {
		return nil
	}
	for k := r - 1; k >= 0 && k >= r-4; k-- {
		t := toks[k]
		// "a retired engineer, Martin Haldane, has filed a claim",
		// "Retired engineer Martin Haldane": a role one has left for good
		// is no office of the body the paragraph before was about. (An
		// indefinite article alone is not enough: "a spokesperson said"
		// speaks for the body in view.)
		if t.fold == "retired" || pensionedDE[t.fold] {
			return nil
		}
		if !t.word || t.cap || k == 0 {
			break
		}
		if trimPoss(t.text) != t.text {
			if definiteEN[toks[k-1].fold] && d.mentionAt(s, k) == nil {
				return nil
			}
			break
		}
	}
	want := claimgraph.Company
	switch {
	// "sagte Chefredakteurin X", "the editor": an outlet's.
	case strings.HasPrefix(role, "redakteur") || role == "editor":
		return d.salient(s, r, false, func(o *entity) bool { return o.typ == claimgraph.Publication })
	// "sagte Programmdirektor Heiner Vossberg", "Senderchefin X": a role
	// of programme or newsroom belongs to the outlet in view, if the text
	// has one.
	case d.lang == "de" && containsAny(toks[r].fold, broadcastRolePrefixesDE) && !strings.Contains(toks[r].fold, "-"):
		if e := d.salient(s, r, false, func(o *entity) bool { return o.typ == claimgraph.Publication }); e != nil {
			return e
		}
	case strings.HasPrefix(role, "minister") || role == "secretary" || role == "mayor" || role == "ambassador" ||
		strings.HasPrefix(role, "botschafter") || strings.HasPrefix(role, "buergermeister") || strings.HasPrefix(role, "landr") || role == "commissioner" ||
		role == "senator" || strings.HasPrefix(role, "staatssekret") || strings.HasPrefix(role, "kommissar") || role == "judge" ||
		strings.HasPrefix(role, "richter") || role == "prosecutor" || strings.HasPrefix(role, "staatsanw") || role == "chancellor" ||
		strings.HasPrefix(role, "kanzler") || role == "governor" || role == "diplomat" || role == "envoy" || role == "general" ||
		role == "attorney" || role == "lawmaker" || role == "legislator" || role == "congressman" || role == "congresswoman" ||
		strings.HasPrefix(role, "council") || strings.HasPrefix(role, "alder") || strings.HasPrefix(role, "assembly"):
		want = claimgraph.Agency
	// "sagte Landesvorsitzender Georg Pohl": the chair of an association,
	// a party or a union; a company's chairs sit on its boards and
	// councils ("Vorstandsvorsitzender", "Aufsichtsratsvorsitzende",
	// "Betriebsratsvorsitzender").
	case strings.Contains(role, "vorsitzend") && !containsAny(toks[r].fold, []string{"vorstand", "aufsichtsrat", "verwaltungsrat", "beirat", "betriebsrat", "personalrat", "geschaeftsfuehr"}):
		want = claimgraph.Agency
	case strings.HasPrefix(role, "beamt") || role == "official" || role == "officer":
		want = claimgraph.Agency
		// "chief nursing officer", "chief operating officer": a
		// corporate office.
		for k := r - 1; k >= 0 && k >= r-3 && role == "officer"; k-- {
			if d.sents[s].toks[k].fold == "chief" {
				want = claimgraph.Company
			}
		}
	}
	// "Foreign ministry spokesman Lin Jian", "a Pentagon spokeswoman",
	// "Ministeriumssprecher": a role premodified by a word of government
	// speaks for a government body, never for the company most in view.
	// It belongs to a ministry or government the text names, or to a
	// state; else to nothing ("former defence ministry adviser X" is
	// not the police's man because the police are in view).
	if toks := d.sents[s].toks; want == claimgraph.Company {
		gov := d.lang == "de" && (strings.HasPrefix(role, "ministeriumssprecher") || strings.HasPrefix(role, "regierungssprecher"))
		for k := r - 1; k >= 0 && k >= r-2; k-- {
			gov = gov || govPremodWords[toks[k].fold]
		}
		if gov {
			return d.salient(s, r, false, func(o *entity) bool {
				return o.typ == claimgraph.Agency && (nameHas(o, []string{"ministeri", "ministry", "regierung", "government", "department"}) || strings.HasSuffix(o.key, "-government"))
			})
		}
	}
	// "Foreign Minister Ilse Marten" speaks for the foreign ministry,
	// else for the government, not for the transport ministry.
	if toks := d.sents[s].toks; strings.HasPrefix(role, "minister") && r > 0 && toks[r-1].word && len(toks[r-1].fold) > 3 && !functionWords[toks[r-1].fold] {
		mod := toks[r-1].fold
		if len(mod) > 6 {
			mod = mod[:6]
		}
		if e := d.salient(s, r, false, func(o *entity) bool {
			return o.typ == claimgraph.Agency && nameHas(o, []string{"ministri", "ministry", "department"}) && nameHas(o, []string{mod})
		}); e != nil {
			return e
		}
		if e := d.salient(s, r, false, func(o *entity) bool {
			return o.typ == claimgraph.Agency && nameHas(o, []string{"regierung", "government"})
		}); e != nil {
			return e
		}
	}
	if strings.HasPrefix(role, "minister") || role == "secretary" {
		// "Shadow defence secretary Priya Rathmore": the opposition's
		// spokesperson holds no office of the department.
		for k := max(r-3, 0); k < r; k++ {
			if toks[k].fold == "shadow" {
				return nil
			}
		}
		// ("Umweltminister X" is no officer of the Verkehrsministerium.)
		pf := ""
		if d.lang == "de" && !strings.Contains(toks[r].text, "-") {
			pf, _ = rolePrefix(toks[r], "minister")
		}
		return d.salient(s, r, false, func(o *entity) bool {
			return o.typ == claimgraph.Agency && nameHas(o, []string{"ministeri", "ministry", "regierung", "government", "department"}) && !otherPortfolioDE(o, pf)
		})
	}
	// Elected and judicial offices belong to their body, if the text
	// names it, and to nothing else.
	for _, p := range officeBodies {
		if strings.HasPrefix(role, p.role) {
			// "die Grünen-Fraktion im Stadtrat" is no mayor's office.
			// "Das Landratsamt Ostallgäu wirft der Gemeinde Seeg vor …
			// Bürgermeister Anton Huber": a county's office is no
			// town's, whatever "-rat-" its name holds.
			return d.salient(s, r, false, func(o *entity) bool {
				return o.typ == claimgraph.Agency && nameHas(o, p.bodies) && !o.politicalParty() &&
					!(p.role == "buergermeister" && nameHas(o, []string{"landrat", "landkreis", "kreisverwaltung"}))
			})
		}
	}
	// "Die IG Metall erhebt Vorwürfe gegen den Eigentümer. X habe …,
	// sagte Bezirksleiterin Y", "The alliance accuses the financier of
	// …. X had …, said campaign director Y": a role holder who closes
	// the sentence after a body opened the one before with an accusation
	// speaks for that body, not for the party the clause is about.
	if e := d.previousAccuser(s, r); e != nil && (e.typ == want || genericRole(role)) {
		return e
	}
	e := d.salient(s, r, false, func(o *entity) bool { return o.typ == want })
	if e == nil && want == claimgraph.Company && (strings.HasPrefix(role, "sprecher") || strings.HasPrefix(role, "spokes")) {
		e = d.salient(s, r, false, func(o *entity) bool { return o.isOrg() })
	}
	return e
}

// otherPortfolioDE reports a ministry whose compound name holds a
// portfolio other than pf: "Verkehrsministerium" for an "Umweltminister".
// A portfolio one holds in the other ("Innenministerium",
// "Bundesinnenminister") is the same.
func otherPortfolioDE(o *entity, pf string) bool {
	n := fold(o.name)
	i := strings.Index(n, "ministeri")
	if i <= 0 || len(pf) < 4 {
		return false
	}
	p := strings.TrimSuffix(n[:i], "s")
	if j := strings.LastIndex(p, " "); j >= 0 {
		p = p[j+1:]
	}
	p = strings.TrimSuffix(strings.TrimPrefix(p, "-"), "-")
	if len(p) < 4 {
		return false
	}
	return !strings.HasSuffix(p, pf) && !strings.HasSuffix(pf, p)
}

// broadcastPrefixesDE are the first parts of German role compounds of
// an outlet ("Senderchef", "Programmdirektor", "Redaktionsleiterin").
var broadcastPrefixesDE = set("sender", "radiosender", "fernsehsender", "programm", "redaktion", "nachrichten", "chefredaktion")

// broadcastRolePrefixesDE open German compounds of an outlet's roles.
var broadcastRolePrefixesDE = []string{"programmdirekt", "programmchef", "senderchef", "sendersprech", "redaktionsleit", "nachrichtenchef", "chefredakt", "intendant"}

// govPremodWords before a role make it a government role.
var govPremodWords = set("ministry", "ministry's", "government", "government's", "department", "embassy", "pentagon", "kremlin", "police", "military", "army", "cabinet", "state", "white")

// possessiveAppositionEN finds the body of an English apposition
// ", the association's lead on …" or ", Ofgem's director" right after the
// person's name m: a named or described body in the possessive followed
// by a lower-case role noun.
func (d *doc) possessiveAppositionEN(s int, m *mention) *entity {
	toks := d.sents[s].toks
	if d.lang != "en" || m.t1+2 >= len(toks) || toks[m.t1].text != "," {
		return nil
	}
	o := d.mentionAt(s, m.t1+1)
	if o == nil || o.t0 != m.t1+1 || o.ent == nil || o.ent.dead || !o.ent.isOrg() || o.ent.typ == claimgraph.Document || o.t1 >= len(toks) {
		return nil
	}
	last := toks[o.t1-1].text
	if !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") || toks[o.t1].cap || !toks[o.t1].word {
		return nil
	}
	// ("Pilkington, the association's lead": the role noun is a person's
	// office, not a thing the body has.)
	for k := o.t1; k < len(toks) && k < o.t1+3; k++ {
		if isRoleToken(toks[k], d) != "" || toks[k].fold == "lead" || toks[k].fold == "head" || toks[k].fold == "chair" {
			return o.ent
		}
	}
	return nil
}

// personAffiliations sets the organisation of persons found in sentence s.
// With final unset it only takes what the words around the role say
// ("Castorin-Chef"), so that descriptions in the same sentence can
// already exclude the person's organisation; the final call falls back
// to the context.
// bracketPartyOf returns the person whose party or body the mention m
// names in brackets right after the person's name ("Stadtrat Florian
// Weiß (AfD)", "Oberbürgermeister Jens Pfadenhauer (Freie Wähler)"), nil
// where m is no such bracket.
func (d *doc) bracketPartyOf(s int, m *mention) *entity {
	toks := d.sents[s].toks
	if m == nil || m.ent == nil || !m.ent.isOrg() || m.ent.typ == claimgraph.Document || m.t0 < 2 || m.t1 >= len(toks) || toks[m.t0-1].text != "(" || toks[m.t1].text != ")" {
		return nil
	}
	pm := d.mentionAt(s, m.t0-2)
	if pm == nil || pm.t1 != m.t0-1 || pm.kind != mPerson || pm.ent == nil || pm.ent.typ != claimgraph.Official || pm.ent.dead {
		return nil
	}
	return pm.ent
}

func (d *doc) personAffiliations(s int, final bool) {
	for _, pr := range d.personRoles {
		m := pr.m
		if m.sent != s || m.ent == nil {
			continue
		}
		e := m.ent
		if !final {
			// "Opening the case for the Crown Prosecution Service, Edward
			// Lamb KC told the jury …": counsel speaks for the body whose
			// case he pleads.
			if pr.client >= 0 && e.affil == nil {
				if cm := d.mentionAt(s, pr.client); cm != nil && cm.t0 == pr.client && cm.ent != nil && !cm.ent.dead && cm.ent.isOrg() && cm.ent.typ != claimgraph.Publication {
					e.affil, e.pleads = cm.ent, true
				}
			}
			if pr.role < 0 && e.affil == nil {
				e.affil = d.nameComplementAffil(s, m)
			}
			if pr.role >= 0 && e.affil == nil {
				e.affil = d.affiliation(s, pr.role, m.t1, isRoleToken(d.sents[s].toks[pr.role], d))
				if d.accusingSubject(s, pr.role, e.affil) {
					e.affil = nil
				}
			}
			// "Stadtrat Florian Weiß (AfD)", "Oberbürgermeister Jens
			// Pfadenhauer (Freie Wähler)": where the role names no body,
			// the party in brackets right after the name is the
			// person's; a name no list knows there is a party, no firm.
			// ("Verkehrsministerin Annegret Wollmeier (FDP)" … "ihrem
			// Haus": a minister's house is her ministry, not her party.)
			if pm := d.mentionAt(s, m.t1+1); e.affil == nil && pm != nil && d.bracketPartyOf(s, pm) == e &&
				!(pr.role >= 0 && strings.Contains(isRoleToken(d.sents[s].toks[pr.role], d), "minister")) {
				e.affil, e.member = pm.ent, true
				if pm.ent.slot && pm.ent.typ == claimgraph.Company {
					pm.ent.typ = claimgraph.Agency
				}
			}
			continue
		}
		if pr.role >= 0 {
			roleWord := isRoleToken(d.sents[s].toks[pr.role], d)
			if e.role == "" {
				e.role = roleWord
			}
			if pf, _ := rolePrefix(d.sents[s].toks[pr.role], roleWord); pf != "" && e.rolePre == "" {
				e.rolePre, e.roleFull = pf, roleWord
			}
			if e.portfolio == "" && d.lang == "en" {
				e.portfolio = portfolioEN(d.sents[s].toks, pr.role, roleWord)
			}
			// "Chief Fire Officer Dawn Pilkington, the association's lead
			// on electrical safety,": a possessive apposition after the
			// name says whose officer she is, whatever the title before
			// it left to guess.
			if pr.role < m.t0 {
				if o := d.possessiveAppositionEN(s, m); o != nil {
					e.affil = o
				}
			}
			if e.affil == nil {
				e.affil = d.affiliation(s, pr.role, m.t1, roleWord)
				if e.affil == nil {
					e.affil = d.contextAffiliation(s, pr.role, roleWord)
				}
				if d.accusingSubject(s, pr.role, e.affil) {
					e.affil = nil
				}
			}
			e.addAlias(d.spanText(s, min(pr.role, m.t0), max(pr.role+1, m.t1)))
			// "Former Nissan chairman", "der frühere Finanzvorstand".
			toks := d.sents[s].toks
			for k := min(pr.role, m.t0) - 1; k >= 0 && k >= min(pr.role, m.t0)-4; k-- {
				if formerWords[toks[k].fold] || strings.HasPrefix(toks[k].fold, "ex-") {
					e.former = true
				}
			}
			// "Curtis Wendell, a former quality engineer at Ridgeback":
			// in a role set after the name, before the role word.
			for k := m.t1; k < pr.role && k < len(toks); k++ {
				if formerWords[toks[k].fold] || strings.HasPrefix(toks[k].fold, "ex-") {
					e.former = true
				}
				// "Gareth Pryce, who was sales manager at Corley until
				// last spring": a role told in the past of a relative
				// clause right after the name is one he has left; what
				// he alleges now he alleges for himself.
				if d.lang == "en" && k == m.t1+1 && toks[m.t1].text == "," && toks[k].fold == "who" && k+1 < pr.role &&
					(toks[k+1].fold == "was" || toks[k+1].fold == "had" && k+2 < pr.role && toks[k+2].fold == "been") {
					e.former = true
				}
			}
		}
		d.mergePlaceholder(e, s)
	}
	if final {
		d.personRoles = d.personRoles[:0]
	}
}

// nameComplementAffil returns the body a person named without a role
// word belongs to by a complement right after the name: "sagte Jörg
// Tiedemann vom Mieterbund", "Henrike Solms von der Verbraucherzentrale",
// "said Kirsty Barlow of the Tenants Alliance", "Owen Pratt from the
// Consumer Rights Forum". Only a named organisation right after the
// preposition and its article counts, and only where the complement
// closes the phrase: "Anna Weil von der Insel Reichenau" names a place,
// "accused Dana Fell of helping Greyfield" no membership.
func (d *doc) nameComplementAffil(s int, m *mention) *entity {
	toks := d.sents[s].toks
	k := m.t1
	if k >= len(toks) {
		return nil
	}
	switch f := toks[k].fold; {
	case d.lang == "de" && (f == "vom" || f == "beim"):
		k++
	case d.lang == "de" && (f == "von" || f == "bei") && k+1 < len(toks) && (toks[k+1].fold == "der" || toks[k+1].fold == "dem"):
		k += 2
	case d.lang == "en" && (f == "of" || f == "from" || f == "at"):
		k++
		if k < len(toks) && toks[k].fold == "the" {
			k++
		}
	default:
		return nil
	}
	o := d.mentionAt(s, k)
	if o == nil || o.ent == nil || o.ent.dead || !o.ent.isOrg() || o.ent.typ == claimgraph.Document || o.t0 > k {
		return nil
	}
	// The body closes the phrase: a comma, the end of the sentence, a
	// quotation mark or the speech verb follows ("…, sagte X vom
	// Mieterbund.", "X of the union said"), not a noun the body
	// governs ("X von der Insel Reichenau", a place).
	// A time adverbial may stand between ("sagte X vom Mieterbund am
	// Montag.", "X of the union said on Tuesday"): it governs no body.
	if o.t1 < len(toks) {
		q := o.t1
		if q+1 < len(toks) && (toks[q].fold == "am" || toks[q].fold == "on") && weekdays[toks[q+1].fold] {
			q += 2
		} else if timeAdverbs[toks[q].fold] {
			q++
		}
		if q < len(toks) {
			n := toks[q]
			if n.word && !speechVerbs[n.fold] && !(d.lang == "en" && (n.fold == "told" || n.fold == "added" || n.fold == "says")) {
				return nil
			}
		}
	}
	return o.ent
}

// timeAdverbs are one-word adverbials of time that may close a phrase.
var timeAdverbs = set("gestern", "heute", "yesterday", "today")

// genericKinds are the derived country bodies that a news text names
// generically before it names the specific office: "German prosecutors
// have charged …, the Munich public prosecutor's office said".
var genericKinds = map[string][]string{"prosecutors": {"prosecut", "staatsanwalt", "attorney"}, "police": {"police", "polizei"}, "regulator": {"regulat", "aufsicht", "authority", "behoerde"}}

// mergeGenericBodies merges a country's generic body into the specific
// body of its kind that the same sentence names.
func (d *doc) mergeGenericBodies() {
	for _, g := range d.ents {
		if g.dead || g.typ != claimgraph.Agency || countryKeyPrefix(g.key) == "" || len(g.hits) == 0 {
			continue
		}
		words, ok := genericKinds[g.key[3:]]
		if !ok {
			continue
		}
		s := g.hits[0].sent
		merged := false
		for _, m := range d.ments[s] {
			o := m.ent
			if o == nil || o == g || o.dead || o.typ != claimgraph.Agency || !nameHas(o, words) || countryKeyPrefix(o.key) != "" {
				continue
			}
			d.merge(g, o)
			merged = true
			break
		}
		// "U.S. prosecutors on Tuesday accused X … According to a
		// complaint filed by the U.S. Attorney's Office for …": the one
		// office of that kind the next sentence names (the lede and the
		// paragraph after it).
		if !merged && s+1 < len(d.sents) {
			var only *entity
			for _, m := range d.ments[s+1] {
				o := m.ent
				// (A lexicon office keyed by its country, "us-sdny-attorney",
				// is specific; another generic body is not.)
				if o == nil {
					continue
				}
				generic := countryKeyPrefix(o.key) != "" && (genericKinds[o.key[3:]] != nil || strings.HasSuffix(o.key, "-government"))
				if o == g || o.dead || o.typ != claimgraph.Agency || !nameHas(o, words) || generic || len(o.hits) == 0 || o.hits[0].sent != s+1 {
					continue
				}
				if only != nil && only != o {
					only = nil
					break
				}
				only = o
			}
			if only != nil {
				d.merge(g, only)
			}
		}
	}
}

// mergeDescriptiveAppositions joins a descriptive name set off in
// apposition to the name before it: "according to Frontex, the EU border
// agency." A name with a lower-case word ("EU border agency") describes
// what the name before the comma is; it is no second body.
func (d *doc) mergeDescriptiveAppositions() {
	for s := range d.sents {
		toks := d.sents[s].toks
		for _, m := range d.ments[s] {
			// The article may open the mention or stand before it.
			t0 := m.t0
			if t0 < len(toks) && articles[toks[t0].fold] {
				t0++
			}
			if d.lang == "en" && d.nameAfterDescription(s, m) {
				continue
			}
			if m.kind != mName || m.ent == nil || m.ent.dead || t0 < 3 || !articles[toks[t0-1].fold] || toks[t0-2].text != "," {
				continue
			}
			if m.t1 < len(toks) && toks[m.t1].word {
				continue
			}
			// ("die Marktüberwachungsbehörde, das Landesamt für Gesundheit
			// und Lebensmittelsicherheit": the small words that join a
			// German name describe nothing.)
			described := false
			for q := t0; q < m.t1; q++ {
				described = described || toks[q].word && !toks[q].cap && !toks[q].acro && !(d.lang == "de" && functionWords[toks[q].fold])
			}
			pm := d.mentionAt(s, t0-3)
			if !described || pm == nil || pm.t1 != t0-2 || pm.ent == nil || pm.ent == m.ent || pm.ent.dead || pm.ent.typ != m.ent.typ || !m.ent.isOrg() {
				continue
			}
			// Only a body the text names no other way: one that also
			// has a name of its own is a second party.
			if d.namedOtherwise(m.ent, m) {
				continue
			}
			d.merge(m.ent, pm.ent)
		}
	}
}

// prepObjectBeforeSubjectEN reports an English description at i that
// opens a clause with its finite verb after a comma that closes a name
// governed by a preposition: "In the letter, sent last week to the Public
// Accounts Committee, the watchdog says …". The description is the
// subject of the main clause, not an apposition of the addressee.
func (d *doc) prepObjectBeforeSubjectEN(s int, pm *mention, i int) bool {
	toks := d.sents[s].toks
	if d.lang != "en" || i+1 >= len(toks) || !looksFiniteEN(toks[i+1]) {
		return false
	}
	k := pm.t0 - 1
	if k >= 0 && articles[toks[k].fold] {
		k--
	}
	return k >= 0 && prepositions[toks[k].fold]
}

// nameAfterDescription joins a proper name set off in apposition after a
// descriptive name: "Russia's military intelligence service, the GRU,",
// "the country's tax agency, Revenu Québec,". The description, with
// lower-case words and no name of its own elsewhere, is what the name
// is; the name takes it over. It reports whether it merged.
func (d *doc) nameAfterDescription(s int, m *mention) bool {
	toks := d.sents[s].toks
	if m.ent == nil || m.ent.dead || m.kind == mPron || !m.ent.isOrg() || m.ent.typ == claimgraph.Document || m.t1+2 >= len(toks) || toks[m.t1].text != "," {
		return false
	}
	described := false
	for q := m.t0; q < m.t1; q++ {
		described = described || toks[q].word && !toks[q].cap && !toks[q].acro && !articles[toks[q].fold]
	}
	if !described {
		return false
	}
	k := m.t1 + 1
	if toks[k].fold == "the" {
		k++
	}
	nm := d.mentionAt(s, k)
	if nm == nil || nm.t0 != k || nm.kind != mName && nm.kind != mShort || nm.ent == nil || nm.ent == m.ent || nm.ent.dead || nm.ent.typ != m.ent.typ {
		return false
	}
	// The name is all capitals ("the GRU", "Revenu Québec") and closes
	// the apposition: a comma, the sentence's end or a bracket.
	for q := nm.t0; q < nm.t1; q++ {
		if toks[q].word && !toks[q].cap && !toks[q].acro {
			return false
		}
	}
	if nm.t1 < len(toks) && toks[nm.t1].word {
		return false
	}
	// A description coref took for an earlier party ("Estovia's customs
	// authority, the Varn Revenue Board," after "the Dutch government")
	// is the name's: the apposition says whom it means.
	if !m.descr && m.kind != mName {
		old := m.ent
		m.ent = nm.ent
		old.mentions--
		keep := false
		for _, ms := range d.ments {
			for _, o := range ms {
				keep = keep || o != m && o.ent == old && o.name == m.name
			}
		}
		if !keep {
			for i, a := range old.aliases {
				if a == m.name {
					old.aliases = append(old.aliases[:i:i], old.aliases[i+1:]...)
					break
				}
			}
		}
		nm.ent.mentions++
		nm.ent.addAlias(m.name)
		return true
	}
	if d.namedOtherwise(m.ent, m) {
		return false
	}
	d.merge(m.ent, nm.ent)
	return true
}

// namedOtherwise reports whether e has a mention other than m that is not
// m's text.
func (d *doc) namedOtherwise(e *entity, m *mention) bool {
	for _, ms := range d.ments {
		for _, o := range ms {
			if o != m && o.ent == e && o.kind == mName && o.name != m.name {
				return true
			}
		}
	}
	return false
}

// portfolioEN returns the field of an English minister or secretary
// whose role word stands at r: "Health Minister", "the housing
// secretary", "Minister for Housing"; "" for none ("Prime Minister",
// "a deputy minister").
func portfolioEN(toks []token, r int, role string) string {
	if !strings.HasPrefix(role, "minister") && role != "secretary" {
		return ""
	}
	for k := max(r-3, 0); k < r; k++ {
		if toks[k].fold == "shadow" {
			return ""
		}
	}
	field := ""
	if r > 0 && toks[r-1].word && !functionWords[toks[r-1].fold] && !articles[toks[r-1].fold] && !portfolioNotFields[toks[r-1].fold] {
		field = toks[r-1].fold
	} else if r+2 < len(toks) && toks[r+1].fold == "for" && toks[r+2].word && !articles[toks[r+2].fold] {
		field = toks[r+2].fold
	}
	if len(field) < 4 {
		return ""
	}
	return field
}

// portfolioNotFields stand before "minister" without naming a field.
var portfolioNotFields = set("prime", "deputy", "junior", "former", "federal", "state", "chief", "first", "foreign", "senior", "cabinet", "government")

// lateAffiliations gives a person whose role compound names a body the
// text only names later its organisation: "Bundesinnenministerin Helga
// Brandt … Das Bundesinnenministerium kündigte an". So an English
// minister whose department the text names only later: "Federal Health
// Minister Alison Tregear … the federal Health Department".
func (d *doc) lateAffiliations() {
	for _, e := range d.ents {
		if e.typ != claimgraph.Official || e.affil != nil || e.portfolio == "" || e.dead {
			continue
		}
		field := e.portfolio
		if len(field) > 6 {
			field = field[:6]
		}
		for _, o := range d.ents {
			if o.typ == claimgraph.Agency && !o.dead && nameHas(o, []string{"ministry", "department"}) && nameHas(o, []string{field}) {
				e.affil = o
				break
			}
		}
	}
	for _, e := range d.ents {
		if e.typ != claimgraph.Official || e.affil != nil || e.rolePre == "" || e.dead {
			continue
		}
		// ("Landtagsabgeordnete X" … "die Landtagsfraktion des Y": an
		// elected member is no officer of the house or its groups.)
		if strings.HasPrefix(e.roleFull, "abgeordnet") {
			continue
		}
		want := e.rolePre
		if strings.HasPrefix(e.roleFull, "minister") {
			want += "minister"
		}
		for _, o := range d.ents {
			if !o.isOrg() || o.dead || len(want) < 4 {
				continue
			}
			// ("Landwirtschaftsminister X" … "das
			// Landwirtschaftsministerium": the role's prefix lost the
			// linking s its ministry keeps.)
			if strings.HasPrefix(fold(o.name), want) || o.key == want ||
				strings.HasPrefix(e.roleFull, "minister") && o.typ == claimgraph.Agency && strings.HasPrefix(fold(o.name), e.rolePre+"s"+"minister") {
				e.affil = o
				break
			}
		}
	}
	d.ownHouses()
}

// localPrepsDE before a house make it a place.
var localPrepsDE = set("in", "im", "vor", "aus", "an", "am", "zu", "nach", "durch")

// ownHousesDE are the nouns a German possessive turns into the body its
// person heads: "seinem Haus", "ihres Ministeriums".
var ownHousesDE = set("haus", "hause", "hauses", "ministerium", "ministeriums", "ressort", "ressorts")

// ownHouses resolves "seinem Haus", "ihr Ministerium" to the body of the
// person the possessive refers to: "Landwirtschaftsminister Claußen
// gerät unter Druck. Die CDU-Fraktion wirft seinem Haus vor, …" means
// his ministry. It runs once affiliations are known, since the ministry
// may be named only later ("Das Landwirtschaftsministerium erklärte").
// The person is the one of the possessive's gender named last, within
// the three sentences before, and must be the only one of that gender in
// its sentence; the body
// must be a government body or a company, and not the subject's own.
func (d *doc) ownHouses() {
	if d.lang != "de" {
		return
	}
	for s := range d.sents {
		toks := d.sents[s].toks
		for i := 1; i < len(toks); i++ {
			if !toks[i].cap || !ownHousesDE[toks[i].fold] {
				continue
			}
			// "sein Ministerium" read as a description of the ministry
			// most in view yields to the person's own.
			var old *mention
			if d.covered[s][i] {
				for _, m := range d.ments[s] {
					if m.t0 <= i && i < m.t1 {
						old = m
					}
				}
				if old == nil || old.kind != mDesc || old.t0 < i-1 {
					continue
				}
			}
			g := byte(0)
			switch p := toks[i-1].fold; {
			case strings.HasPrefix(p, "sein"):
				g = 'm'
			case strings.HasPrefix(p, "ihr"):
				g = 'f'
			}
			// ("Die Polizei durchsuchte sein Haus in Starnberg": a home;
			// "in seinem Haus" may be one too.)
			if g == 0 || toks[i].fold != "ministerium" && toks[i].fold != "ministeriums" && (i+1 < len(toks) && (toks[i+1].fold == "in" || toks[i+1].fold == "am") || i > 1 && localPrepsDE[toks[i-2].fold]) {
				continue
			}
			var person *entity
			many := false
			for s0 := s; s0 >= max(s-3, 0) && person == nil; s0-- {
				for _, m := range d.ments[s0] {
					if s0 == s && m.t0 >= i-1 {
						break
					}
					e := m.ent
					if e == nil || e.dead || e.typ != claimgraph.Official || e.anon {
						continue
					}
					fem := e.female || e.femaleGuess
					if g == 'f' != fem {
						continue
					}
					if person != nil && person != e {
						many = true
					}
					person = e
				}
			}
			if person == nil || many || person.affil == nil || person.affil.dead || person.former ||
				person.affil.typ != claimgraph.Agency && person.affil.typ != claimgraph.Company || person.affil.politicalParty() {
				continue
			}
			body := person.affil
			// "Die Fraktion wirft seinem Haus vor": no one accuses his own
			// house; a subject of the same body leaves it alone.
			if ms := d.ments[s]; len(ms) > 0 && ms[0].t0 < i-1 && party(ms[0].ent) == body {
				continue
			}
			if old != nil {
				if old.ent == body {
					continue
				}
				if o := old.ent; o != nil {
					for k, h := range o.hits {
						if h.sent == s && h.tok == old.t0 {
							o.hits = append(o.hits[:k:k], o.hits[k+1:]...)
							break
						}
					}
					o.mentions--
				}
				old.typ = body.typ
				d.attach(old, body)
				continue
			}
			m := &mention{sent: s, t0: i - 1, t1: i + 1, kind: mDesc, typ: body.typ, name: d.spanText(s, i-1, i+1)}
			d.addMention(m)
			d.attach(m, body)
		}
	}
}

// mergePlaceholder joins a person named now with the unnamed roles said
// before ("den früheren Finanzvorstand" … "Holger Brandstätter"; "its
// managing director" … "its director, Rafael Ostrowski").
func (d *doc) mergePlaceholder(e *entity, s int) {
	for _, p := range d.ents {
		// "has accused a senior procurement official of leaking …" …
		// "the official, Colin Barraclough, had passed …": an unnamed
		// official who asked for no anonymity, named soon after by his
		// role, is that person too.
		unnamed := p.anon && p.typ == claimgraph.Official && p.key != "@placeholder" && len(p.hits) > 0 && len(e.hits) > 0 && !d.sentenceHas(p.hits[0].sent, anonymityCues) &&
			p.hits[0].sent < e.hits[0].sent && p.hits[0].sent >= s-2 && p.role != "" && p.role == e.role && d.lang == "en" && d.definiteRoleBefore(e, s)
		if p.key != "@placeholder" && !unnamed || p == e || p.dead {
			continue
		}
		near := p.hits[0].sent >= s-2
		sameRole := e.role != "" && (p.role == e.role || strings.HasSuffix(p.role, e.role) || strings.HasSuffix(e.role, p.role) ||
			roleClassOf(e.rolePre, e.role) != "" && roleClassOf(e.rolePre, e.role) == roleClassOf(p.rolePre, p.role) ||
			// "the company's former finance chief" … "the former
			// executive, Colin Prager": a generic role word takes up
			// the office said just before at the same organisation.
			near && genericRoles[e.role] && p.affil != nil && e.affil == p.affil)
		// ("the property developer Victor Anselm … when the paper's
		// editor accused the billionaire": a person named before the
		// role was said is no name said later for it; only the role's
		// own word ties them.)
		// ("said Dr. Mark Ivers, Calloway's chief nursing officer": a
		// role in apposition right after the name is his.)
		namedBefore := len(e.hits) > 0 && len(p.hits) > 0 && (e.hits[0].sent < p.hits[0].sent || e.hits[0].sent == p.hits[0].sent && e.hits[0].tok < p.hits[0].tok &&
			!(p.hits[0].tok-e.hits[0].tok <= 8 && hasTokIn(d.sents[e.hits[0].sent].toks, e.hits[0].tok, p.hits[0].tok, ",")))
		if !(sameRole && (e.affil == nil || p.affil == nil || e.affil == p.affil) || near && e.role == "" && e.affil == nil && !namedBefore) {
			continue
		}
		if e.affil == nil {
			e.affil = p.affil
		}
		if e.role == "" {
			e.role = p.role
		}
		if p.former {
			e.former = true
		}
		// Every earlier unnamed holder of the role that fits is his:
		// "den Geschäftsführer eines Bauunternehmens" … "Dem
		// Geschäftsführer des Bauunternehmens, dem 58-jährigen Dirk
		// Stolzer".
		d.merge(p, e)
	}
}

// definiteRoleBefore: e is named in sentence s right after its role
// under "the" and a comma ("the official, Colin Barraclough").
func (d *doc) definiteRoleBefore(e *entity, s int) bool {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.ent != e || m.t0 < 3 {
			continue
		}
		if toks[m.t0-1].text == "," && isRoleToken(toks[m.t0-2], d) != "" && toks[m.t0-3].fold == "the" {
			return true
		}
	}
	return false
}

// genericRoles name an office without saying which.
var genericRoles = set("executive", "manager", "official", "managerin", "manager", "führungskraft", "fuehrungskraft")

// roleClasses groups the words news uses in turn for one office
// ("den Bürgermeister der Gemeinde" … "Der Rathauschef Heiko Brandt").
var roleClasses = map[string]string{
	"buergermeister": "mayor", "buergermeisterin": "mayor", "oberbuergermeister": "mayor", "oberbuergermeisterin": "mayor",
	"rathauschef": "mayor", "rathauschefin": "mayor", "mayor": "mayor",
	"vorstandschef": "ceo", "vorstandschefin": "ceo", "konzernchef": "ceo", "konzernchefin": "ceo", "vorstandsvorsitzende": "ceo",
	"vorstandsvorsitzender": "ceo", "ceo": "ceo",
}

// roleClassOf is the office of a role and its compound prefix (which
// rolePrefix stripped of a linking "s": "rathau" + "chef").
func roleClassOf(pre, role string) string {
	if c := roleClasses[pre+role]; c != "" {
		return c
	}
	return roleClasses[pre+"s"+role]
}

// merge moves every mention of from onto into.
func (d *doc) merge(from, into *entity) {
	for _, ms := range d.ments {
		for _, m := range ms {
			if m.ent == from {
				m.ent = into
			}
		}
	}
	into.mentions += from.mentions
	into.hits = append(into.hits, from.hits...)
	into.addAlias(from.name)
	for _, a := range from.aliases {
		into.addAlias(a)
	}
	for _, o := range d.ents {
		if o.affil == from {
			o.affil = into
		}
	}
	from.dead = true
}

var formerWords = set("former", "ex", "früherer", "frühere", "früheren", "ehemaliger", "ehemalige", "ehemaligen", "fruehere", "frueheren", "frueherer")

// t0obj: a description in object position ("wirft dem Unternehmen vor",
// "accused the company") cannot be the speaker's own organisation.
func t0obj(toks []token, start, i int, lang string) bool {
	if start < len(toks) {
		switch toks[start].fold {
		case "dem", "den", "einem", "einen":
			return true
		}
	}
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		f := toks[k].fold
		if accuseEN[f] || chargeEN[f] || accuseDE[f] || vorwerfenFinite[f] || f == "against" || f == "gegen" {
			return true
		}
	}
	return false
}

// cataphoric descriptions may name a body before its name is said.
var cataphoric = set("party", "partei", "union", "gewerkschaft", "committee", "komitee", "commission", "kommission", "council")

// spanHas reports whether the folded text f holds one of the words of a
// description's filter (see nameHas; negative filters hold for any).
func spanHas(f string, want []string) bool {
	for _, w := range want {
		if !strings.HasPrefix(w, "!") && strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// unnamedBodyName returns the name of a body the definite description
// from token start to the head at i gives it when no name is known: a
// German compound of a body head ("Verbraucherschutzbehörde",
// "Lebensmittelaufsicht", "Generalstaatsanwaltschaft") or a body every
// place or workplace has one of ("Staatsanwaltschaft", "Gewerkschaft",
// "Betriebsrat"), in the nominative; an English body word with words
// that say which ("the city's consumer protection office", "the state
// environmental regulator", "the district attorney's office"), without
// the article. A bare "die Behörde" or "the agency" only refers back,
// and a government is a state's (see stateAdjective).
func (d *doc) unnamedBodyName(s, start, i int) string {
	toks := d.sents[s].toks
	t := toks[i]
	if d.lang == "de" {
		// "die Staatsanwaltschaft", "laut Staatsanwaltschaft", "die
		// zuständige Staatsanwaltschaft": an article, or adjectives
		// in lower case after it, before the head.
		if !t.cap || start > i {
			return ""
		}
		for k := start + 1; k < i; k++ {
			if toks[k].cap || !isAdjLowerDE(toks[k]) {
				return ""
			}
		}
		if h := hasSuffixInflected(t.fold, worksCouncilsDE); h != "" {
			// "Der Betriebsrat des Maschinenbauers X" is that company's
			// organ, no party of its own.
			if i+1 < len(toks) && genitiveArticle[toks[i+1].fold] {
				return ""
			}
			return nominativeHead(t.text, h)
		}
		h := germanHead(t)
		if h == "" || strings.Contains(h, "regierung") || strings.Contains(t.fold, "regierung") || strings.HasPrefix(t.fold, "nachbar") || pluralHead(t.fold, h) {
			return ""
		}
		nf := fold(nominativeHead(t.text, h))
		// "Das städtische Rechnungsprüfungsamt", "das Bauamt der
		// Stadt": a town's office the text ties to its town is one body.
		townOwned := false
		for k := start + 1; k < i; k++ {
			townOwned = townOwned || strings.HasPrefix(toks[k].fold, "staedtisch") || strings.HasPrefix(toks[k].fold, "städtisch") || strings.HasPrefix(toks[k].fold, "kommunal")
		}
		if i+2 < len(toks) && genitiveArticle[toks[i+1].fold] && (toks[i+2].fold == "stadt" || toks[i+2].fold == "gemeinde" || toks[i+2].fold == "kreises" || toks[i+2].fold == "landkreises") {
			townOwned = true
		}
		if unnamedBodiesDE[nf] || len(nf) >= len(h)+4 && agencyHeadsDE[h] != 0 && !genericCompounds[nf] && (!municipalOffice(nf) || townOwned) && !strings.HasPrefix(nf, "bundes") {
			return nominativeHead(t.text, h)
		}
		return ""
	}
	f := trimPoss(t.fold)
	if t.cap || f != t.fold || f == "government" || f == "city" || f == "town" || f == "county" || f == "state" {
		return ""
	}
	// "The supervisory board of Orbis Bank": a company's organ, no body.
	if organWords[f] && i+1 < len(toks) && toks[i+1].fold == "of" {
		return ""
	}
	// The words between the article and the head say which body: a
	// place's possessive ("the city's"), an office holder's ("the
	// district attorney's"), or a noun or adjective of what it does.
	which := false
	for k := start + 1; k < i; k++ {
		tk := toks[k]
		// ("the neighbouring country's foreign ministry" is a body of
		// a state the text names.)
		if !tk.word || tk.cap || tk.inq || tk.fold == "neighbouring" || tk.fold == "neighboring" {
			return ""
		}
		if functionWords[tk.fold] || vagueModifiersEN[tk.fold] {
			continue
		}
		if len(trimPoss(tk.fold)) >= 4 {
			which = true
		}
	}
	if !which {
		return ""
	}
	return d.spanText(s, start+1, i+1)
}

// otherDescription reports whether the description from token start to
// the head at i names another body than e, which the text named only by
// a description: a German compound of another kind ("Lebensmittelaufsicht"
// is no "Staatsanwaltschaft"), English words that say which body that e's
// name lacks, with another head or words of its own e lacks too ("the
// state environmental regulator" is no "works council"). A bare "die
// Behörde" or "the office" refers back.
func (d *doc) otherDescription(e *entity, s, start, i int) bool {
	toks := d.sents[s].toks
	n := fold(e.name + " " + strings.Join(e.aliases, " "))
	if d.lang == "de" {
		t := toks[i]
		h := germanHead(t)
		if h == "" {
			h = hasSuffixInflected(t.fold, worksCouncilsDE)
		}
		if h == "" {
			return false
		}
		nf := fold(nominativeHead(t.text, h))
		return len(nf) >= len(h)+4 && !strings.Contains(n, nf)
	}
	words := strings.Fields(n)
	has := func(w string) bool {
		for _, x := range words {
			if trimPoss(x) == w {
				return true
			}
		}
		return false
	}
	missing := false
	for k := start + 1; k < i; k++ {
		f := trimPoss(toks[k].fold)
		if toks[k].word && !functionWords[f] && !vagueModifiersEN[f] && len(f) >= 4 && !has(f) {
			missing = true
		}
	}
	if !missing {
		return false
	}
	if !has(trimPoss(toks[i].fold)) {
		return true
	}
	for _, x := range words[:len(words)-1] {
		x = trimPoss(x)
		if len(x) < 4 || functionWords[x] {
			continue
		}
		found := false
		for k := start + 1; k < i; k++ {
			if trimPoss(toks[k].fold) == x {
				found = true
			}
		}
		if !found {
			return true
		}
	}
	return false
}

// bodyAfterPossessive reports whether the English possessive at token i
// is followed, after at most two lower-case words, by a body word
// ("the city's consumer protection office", "the state's regulator").
func (d *doc) bodyAfterPossessive(s, i int) bool {
	toks := d.sents[s].toks
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		tk := toks[k]
		if !tk.word || tk.cap || functionWords[tk.fold] {
			return false
		}
		if agencyDescriptors[tk.fold] && tk.fold != "city" && tk.fold != "county" && tk.fold != "state" && tk.fold != "town" {
			return true
		}
	}
	return false
}

// frontedFiler returns the party that filed the pleading a fronted
// phrase before the comma at k names ("In a complaint the X filed with
// the court,", "In a lawsuit X brought in May,"), if it can be what the
// description with head f describes; else nil.
func (d *doc) frontedFiler(s, k int, typ claimgraph.EntityType, f string) *entity {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.t1 >= k || m.ent == nil || !m.ent.isOrg() || m.t1 >= len(toks) || !fileVerbs[toks[m.t1].fold] {
			continue
		}
		h := m.t0 - 1
		if h >= 0 && toks[h].fold == "the" {
			h--
		}
		if h < 1 || d.docHead(toks[h]) == "" || !(toks[h-1].fold == "a" || toks[h-1].fold == "an" || toks[h-1].fold == "the" || toks[h-1].fold == "its" || toks[h-1].fold == "their") {
			continue
		}
		if m.ent.typ == typ || f == "group" {
			return m.ent
		}
	}
	return nil
}

// appositionPossessor reads an English clause whose subject has an
// apposition that relates it to another party by a possessive ("Norvane
// Insurance, Brennick's main insurer, earlier this month accused the
// haulier of …", "Aktiva, the bank's largest shareholder, accused …") and
// whose object description starts at start: the possessor, if ok
// accepts it, is the party described.
func (d *doc) appositionPossessor(s, start int, ok func(*entity) bool) *entity {
	toks := d.sents[s].toks
	if start < 2 || !accuseEN[toks[start-1].fold] && !chargeEN[toks[start-1].fold] {
		return nil
	}
	ms := d.ments[s]
	if e := d.possessorApposed(s, start, ok); e != nil {
		return e
	}
	if len(ms) < 2 || ms[0].ent == nil || !ms[0].ent.isOrg() || ms[0].t1 >= len(toks) || toks[ms[0].t1].text != "," {
		return nil
	}
	p := ms[1]
	if p.t0 != ms[0].t1+1 || p.ent == nil || p.ent == ms[0].ent || p.kind == mPron || trimPoss(toks[p.t1-1].text) == toks[p.t1-1].text {
		return nil
	}
	// The apposition closes with a comma before the verb: only
	// lower-case words and time words stand between it and the cue.
	k := lowerRunEnd(toks, p.t1, start-1)
	if k >= start-1 || toks[k].text != "," || !d.plainWords(s, k+1, start-1) {
		return nil
	}
	if !ok(p.ent) {
		return nil
	}
	return p.ent
}

// possessorApposed reads the reverse order of appositionPossessor: the
// relation first, the name in apposition after it ("The bank's largest
// shareholder, Ostrava Capital, accused the lender of …"). The
// possessor, if ok accepts it, is the party the object description at
// start means; the subject in apposition is the accuser and no
// antecedent of its own object.
func (d *doc) possessorApposed(s, start int, ok func(*entity) bool) *entity {
	toks := d.sents[s].toks
	ms := d.ments[s]
	// The relation opens the sentence or follows a fronted phrase's
	// comma ("At Tremont Airways, the airline's contractor, Skyserve
	// Aviation, accused the carrier …").
	i := 0
	for i < len(ms) && ms[i].t0 > 0 && toks[ms[i].t0-1].text != "," && !(ms[i].t0 > 1 && definiteEN[toks[ms[i].t0-1].fold] && toks[ms[i].t0-2].text == ",") &&
		!(ms[i].t0 == 1 && definiteEN[toks[0].fold]) {
		i++
	}
	if i+1 >= len(ms) {
		return nil
	}
	q, p := ms[i], ms[i+1]
	if q.ent == nil || !q.ent.isOrg() || q.t1 >= start || trimPoss(toks[q.t1-1].text) == toks[q.t1-1].text {
		return nil
	}
	// Lower-case words of the relation up to the comma of the
	// apposition.
	k := lowerRunEnd(toks, q.t1, start-1)
	if k >= start-1 || toks[k].text != "," || p.t0 != k+1 || p.ent == nil || p.ent == q.ent || !p.ent.isOrg() || p.kind != mName && p.kind != mShort {
		return nil
	}
	k = p.t1
	if k >= start-1 || toks[k].text != "," || !d.plainWords(s, k+1, start-1) {
		return nil
	}
	if !ok(q.ent) {
		return nil
	}
	return q.ent
}

// lowerRunEnd returns the first token from k on, before limit, that is
// no lower-case word.
func lowerRunEnd(toks []token, k, limit int) int {
	for k < limit && toks[k].word && !toks[k].cap {
		k++
	}
	return k
}

// plainWords reports whether tokens [from, to) of sentence s are words
// that no mention covers.
func (d *doc) plainWords(s, from, to int) bool {
	toks := d.sents[s].toks
	for j := from; j < to; j++ {
		if !toks[j].word || d.mentionAt(s, j) != nil {
			return false
		}
	}
	return true
}

// possessorState returns the state whose name stands in the possessive
// before token end of sentence s ("Dalvenia's main opposition party"),
// if the text made it a party, else nil.
func (d *doc) possessorState(s, end int) *entity {
	toks := d.sents[s].toks
	for k := 0; k < end; k++ {
		tk := toks[k]
		if !tk.cap || trimPoss(tk.text) == tk.text {
			continue
		}
		f := trimPoss(tk.fold)
		for _, o := range d.ents {
			if o.dead || o.typ != claimgraph.Agency || !o.stateLike() && !o.stateAsWhole() {
				continue
			}
			if w := strings.Fields(fold(o.name)); len(w) == 1 && w[0] == f || len(w) == 2 && trimPoss(w[0]) == f && w[1] == "government" {
				return o
			}
		}
	}
	return nil
}

// proTeamWords name professional teams, which are businesses
// ("Velotec Pro Cycling", "Arden Racing").
var proTeamWords = []string{"cycling", "racing", "motorsport", "esports", " team"}

// localPossessives determine a town's body ("the city's consumer
// watchdog").
var localPossessives = set("city's", "city’s", "town's", "town’s", "county's", "county’s", "borough's", "borough’s", "municipal")

// placeOwnedBodiesEN are bodies a place has and names by its possessive
// ("Caldora's main opposition party", "Vellmark's largest union"); a
// company's board or office is its organ, no body.
var placeOwnedBodiesEN = set("party", "union", "watchdog", "regulator", "authority", "agency", "association", "federation", "league",
	"alliance", "movement", "commission", "committee", "parliament", "court", "police")

// placePossessorBefore returns the token of a place's name in the
// possessive that determines the body word at i of English sentence s
// across up to three lower-case words ("Caldora's main opposition
// party"), or -1. The name opens the sentence or its clause and is no
// company's, person's or other party's; a state the text knows is one.
func (d *doc) placePossessorBefore(s, i int) int {
	toks := d.sents[s].toks
	reach := i - 4
	for k := i - 1; k >= 0 && k >= reach; k-- {
		tk := toks[k]
		// "farmers' union": the apostrophe of a plural possessive.
		if (tk.text == "'" || tk.text == "’") && k > 0 && strings.HasSuffix(toks[k-1].fold, "s") && !toks[k-1].cap {
			reach--
			continue
		}
		if tk.cap && tk.word {
			if trimPoss(tk.text) == tk.text || k == i-1 || d.covered[s][k] && !d.statePossessor(s, k) {
				return -1
			}
			if k > 0 && toks[k-1].word && toks[k-1].fold != "and" && toks[k-1].fold != "while" && toks[k-1].fold != "but" {
				return -1
			}
			if d.x.lx.lookupKey(trimPoss(tk.text)) != nil && !d.isPlace(token{text: trimPoss(tk.text), fold: trimPoss(tk.fold), cap: true, word: true}) {
				return -1
			}
			return k
		}
		if !tk.word || functionWords[tk.fold] || d.covered[s][k] || isVerbLike(tk.fold) {
			return -1
		}
	}
	return -1
}

// statePossessor reports a mention at token k of sentence s that names a
// state or a place.
func (d *doc) statePossessor(s, k int) bool {
	m := d.mentionAt(s, k)
	return m != nil && m.t0 == k && m.t1 == k+1 && m.ent != nil && m.ent.typ == claimgraph.Agency && m.ent.stateLike()
}

// neighbourHeadsEN are what "neighbouring" describes as a state.
var neighbourHeadsEN = set("government", "country", "state", "nation", "republic", "kingdom")

// neighbourState returns the state a description of a neighbour at token
// i of sentence s refers to: one the text introduced as a neighbour
// ("dem Nachbarland Koldawien", "neighbouring Vellmark"); else, of the
// states the three sentences up to it name, the latest that is not the
// subject of its sentence ("Die liranische Regierung wirft Kestavien vor
// … Die Nachbarregierung wies die Vorwürfe zurück" is Kestavien); nil
// when no such state is named.
func (d *doc) neighbourState(s, i int) *entity {
	var best, intro *entity
	bs, bt, is := -1, -1, -1
	for _, o := range d.ents {
		if o.dead || o.typ != claimgraph.Agency || !o.stateLike() {
			continue
		}
		introduced := false
		for _, x := range o.descs {
			if strings.Contains(x, "nachbar") || strings.Contains(x, "neighbo") {
				introduced = true
			}
		}
		for _, al := range o.aliases {
			if fa := fold(al); (strings.Contains(fa, "nachbar") || strings.Contains(fa, "neighbo")) && strings.Contains(fa, fold(o.name)) {
				introduced = true
			}
		}
		for _, h := range o.hits {
			if h.sent > s || h.sent == s && h.tok >= i {
				continue
			}
			if introduced && h.sent > is {
				intro, is = o, h.sent
			}
			if h.subj || h.sent < s-2 {
				continue
			}
			if h.sent > bs || h.sent == bs && h.tok > bt {
				best, bs, bt = o, h.sent, h.tok
			}
		}
	}
	if intro != nil {
		return intro
	}
	return best
}

// neighbourGovernment returns the end of a government described as the
// neighbour's, with its head at i and its determiner at start: "die
// Regierung des Nachbarlandes", "the government of the neighbouring
// country", "the neighbouring country's government"; 0 for other
// governments.
func (d *doc) neighbourGovernment(s, start, i int) int {
	toks := d.sents[s].toks
	if d.lang == "de" {
		if i+2 < len(toks) && (toks[i+1].fold == "des" || toks[i+1].fold == "im") && strings.HasPrefix(toks[i+2].fold, "nachbar") && toks[i+2].cap {
			return i + 3
		}
		return 0
	}
	if i+4 < len(toks) && toks[i+1].fold == "of" && toks[i+2].fold == "the" && (toks[i+3].fold == "neighbouring" || toks[i+3].fold == "neighboring") && neighbourHeadsEN[toks[i+4].fold] {
		return i + 5
	}
	for k := max(start, 0); k < i; k++ {
		if (toks[k].fold == "neighbouring" || toks[k].fold == "neighboring") && k+1 < i && neighbourHeadsEN[trimPoss(toks[k+1].fold)] && trimPoss(toks[k+1].fold) != toks[k+1].fold {
			return i + 1
		}
	}
	return 0
}

// stateLike reports whether an agency is a state acting as a party or
// its government ("Kestavien", "die liranische Regierung", "the
// government of Sarvania", "Nachbarland Koldawien"), not one of its
// bodies.
func (e *entity) stateLike() bool {
	if e.stateAsWhole() {
		return true
	}
	n := fold(e.name)
	if strings.Contains(n, "minist") || strings.Contains(n, "botschaft") || strings.Contains(n, "embassy") {
		return false
	}
	w := strings.Fields(n)
	if len(w) >= 1 && (w[len(w)-1] == "regierung" || w[len(w)-1] == "government" || w[0] == "regierung" || w[0] == "government") {
		return true
	}
	for _, x := range e.descs {
		if strings.Contains(x, "nachbar") || strings.Contains(x, "neighbo") || strings.Contains(x, "staat") || strings.HasSuffix(x, "land") || x == "country" || x == "state" || x == "nation" {
			return true
		}
	}
	if len(w) == 1 && e.slot {
		for _, end := range []string{"ien", "ia", "land", "stan", "reich"} {
			if strings.HasSuffix(n, end) && len(n) > len(end)+2 {
				return true
			}
		}
	}
	return false
}

// isAdjLowerDE reports a German adjective written small before a noun
// ("zuständige", "örtlichen", "ermittelnde"): an adjective ending, or a
// participle in -nd-.
func isAdjLowerDE(t token) bool {
	if !t.word || t.cap || functionWords[t.fold] {
		return false
	}
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(t.fold, e) && len(t.fold) > len(e)+3 {
			return true
		}
	}
	return false
}

// worksCouncilsDE are the elected bodies of a workforce; they speak
// for the staff, not for the company's management.
var worksCouncilsDE = []string{"gesamtbetriebsrat", "konzernbetriebsrat", "betriebsrat", "personalrat"}

// unnamedBodiesDE are bodies a place or a trade has one of, so that a
// definite description names it.
var unnamedBodiesDE = set("staatsanwaltschaft", "generalstaatsanwaltschaft", "gewerkschaft", "verbraucherzentrale", "polizei")

// vagueModifiersEN say nothing of which body is meant ("the same
// agency", "the new regulator").
var vagueModifiersEN = set("same", "other", "new", "former", "first", "second", "latter", "former", "relevant", "responsible", "competent", "said")

// contextBodiesDE are bodies of which a German region or town has one:
// the text need not name it to mean it.
var contextBodiesDE = []string{"staatsregierung", "landesregierung", "staatskanzlei", "senatskanzlei", "stadtverwaltung", "bezirksregierung", "kreisverwaltung"}

var officeBodies = []struct {
	role   string
	bodies []string
}{
	{"senator", []string{"senate", "senat", "congress"}},
	{"congress", []string{"congress", "house"}},
	{"lawmaker", []string{"congress", "parliament", "parlament", "senate", "house", "bundestag"}},
	{"legislator", []string{"legislature", "congress", "parliament"}},
	{"abgeordnet", []string{"bundestag", "landtag", "parlament"}},
	{"mayor", []string{"city", "council", "stadt"}},
	{"council", []string{"council", "city", "county", "borough"}},
	{"buergermeister", []string{"stadt", "gemeinde", "rat"}},
	{"landr", []string{"landkreis", "kreisverwaltung"}},
	{"governor", []string{"state", "government"}},
	{"judge", []string{"court"}},
	{"richter", []string{"gericht"}},
	{"ambassador", []string{"embassy", "government"}},
	{"botschafter", []string{"botschaft", "regierung"}},
}

// pluralGroups are plural descriptions of organisations, with the type
// they refer to.
var pluralGroups = map[string]claimgraph.EntityType{
	"verbaende": claimgraph.Agency, "organisationen": claimgraph.Agency, "gewerkschaften": claimgraph.Agency, "vereine": claimgraph.Agency,
	"initiativen": claimgraph.Agency, "kassen": claimgraph.Agency, "krankenkassen": claimgraph.Agency, "parteien": claimgraph.Agency,
	"fraktionen": claimgraph.Agency, "klubs": claimgraph.Agency, "clubs": claimgraph.Agency, "behoerden": claimgraph.Agency,
	"konzerne": claimgraph.Company, "firmen": claimgraph.Company, "groups": claimgraph.Agency, "unions": claimgraph.Agency,
	"organisations": claimgraph.Agency, "organizations": claimgraph.Agency, "associations": claimgraph.Agency, "charities": claimgraph.Agency,
	"companies": claimgraph.Company, "firms": claimgraph.Company, "agencies": claimgraph.Agency, "umweltverbaende": claimgraph.Agency,
	"naturschutzverbaende": claimgraph.Agency, "verbraucherverbaende": claimgraph.Agency, "umweltorganisationen": claimgraph.Agency,
}

// pluralGroupAt reads a plural description at token i of sentence s that
// stands for the organisations the text just named together: "Die DUH
// und der VCD haben Klage eingereicht. Die Verbände werfen der Stadt
// vor …" — each of them accuses (FORMAT.md guideline 2). It reports
// whether it took the token.
func (d *doc) pluralGroupAt(s, i int) bool {
	toks := d.sents[s].toks
	t := toks[i]
	typ, ok := pluralGroups[toks[i].fold]
	// "die drei Unternehmen", "die beiden Molkereien": after a number a
	// company word is plural, though "Unternehmen" and many trades
	// ("Hersteller") look the same in the singular.
	if !ok && d.lang == "de" && i >= 2 && (numberWordsDE[toks[i-1].fold] || toks[i-1].fold == "beiden") && articles[toks[i-2].fold] && t.cap &&
		(toks[i].fold == "unternehmen" || d.isCompanyDescriptor(toks[i]) && pluralNounShapeDE(toks[i])) {
		typ, ok = claimgraph.Company, true
	}
	if !ok || i == 0 {
		return false
	}
	// "den Firmen Gamma Kies und Delta Sand": the names that follow are
	// the ones it describes, not a group named before.
	if i+1 < len(toks) && (isCapWord(toks[i+1]) || toks[i+1].acro) {
		return false
	}
	p := toks[i-1].fold
	start := i - 1
	if numberWordsDE[p] || p == "two" || p == "three" || p == "both" || p == "beiden" || p == "beide" {
		if i > 1 && (articles[toks[i-2].fold] || definiteEN[toks[i-2].fold]) {
			start = i - 2
		}
	} else if !(p == "die" || p == "the" || p == "den" || p == "der") {
		return false
	}
	for o := s; o >= 0 && o >= s-2; o-- {
		limit := len(d.sents[o].toks)
		if o == s {
			limit = start
		}
		if g := d.coordinatedGroup(o, limit, typ); len(g) >= 2 {
			m := &mention{sent: s, t0: start, t1: i + 1, kind: mDesc, typ: typ, name: d.spanText(s, start, i+1), ent: g[0], group: g}
			d.addMention(m)
			for _, e := range g {
				e.hits = append(e.hits, hit{sent: s, tok: start})
			}
			return true
		}
	}
	// "Die Kammer wirft beiden Firmen vor": "both" needs no list nearby
	// when the text has named exactly two of the kind.
	if p == "beiden" || p == "beide" || p == "both" {
		var g []*entity
		for o := 0; o <= s; o++ {
			for _, m := range d.ments[o] {
				if o == s && m.t0 >= start || m.ent == nil || m.ent.dead || m.ent.typ != typ || m.ent.key == "@placeholder" || m.ent.descr {
					continue
				}
				dup := false
				for _, e := range g {
					dup = dup || e == m.ent
				}
				if !dup {
					g = append(g, m.ent)
				}
			}
		}
		if len(g) == 2 {
			m := &mention{sent: s, t0: start, t1: i + 1, kind: mDesc, typ: typ, name: d.spanText(s, start, i+1), ent: g[0], group: g}
			d.addMention(m)
			for _, e := range g {
				e.hits = append(e.hits, hit{sent: s, tok: start})
			}
			return true
		}
	}
	return false
}

// coordinatedGroup returns the last run of two or more organisations of
// type typ that sentence s names together before token limit ("Die DUH
// und der Verkehrsclub Deutschland (VCD)").
func (d *doc) coordinatedGroup(s, limit int, typ claimgraph.EntityType) []*entity {
	toks := d.sents[s].toks
	var best, cur []*entity
	lastEnd := -1
	for _, m := range d.ments[s] {
		if m.t0 >= limit || m.ent == nil || m.ent.dead || m.t0 < lastEnd {
			continue
		}
		if m.ent.typ != typ {
			if len(cur) >= 2 {
				best = cur
			}
			cur, lastEnd = nil, m.t1
			continue
		}
		linked := len(cur) > 0
		coord := false
		for k := lastEnd; linked && k < m.t0; k++ {
			f := toks[k].fold
			switch {
			// "X und Y", "X hat gemeinsam mit Y", "X, together with Y,".
			case f == "und" || f == "and" || f == "sowie" || f == "," || f == "gemeinsam" || f == "zusammen" || f == "together" || f == "along":
				coord = true
			case articles[f] || f == "(" || f == ")" || toks[k].acro || f == "mit" || f == "with" || auxiliaries[f]:
			default:
				linked = false
			}
		}
		switch {
		case len(cur) > 0 && cur[len(cur)-1] == m.ent:
		case linked && coord:
			cur = append(cur, m.ent)
		default:
			if len(cur) >= 2 {
				best = cur
			}
			cur = []*entity{m.ent}
		}
		lastEnd = m.t1
	}
	if len(cur) >= 2 {
		best = cur
	}
	return best
}

// partyWords are the German parties whose parliamentary groups
// ("SPD-Fraktion") act as parties in state and local politics.
var partyWords = set("spd", "cdu", "csu", "fdp", "afd", "gruenen", "gruene", "linken", "linke", "bsw", "oedp", "ssw", "union")

// parliamentaryGroup returns the entity "<party>-Fraktion", creating it
// when the text has not named it yet.
// partyBody returns the party a member's role compound names, creating
// it (with its lexicon key, if any) when the text names it only so.
func (d *doc) partyBody(raw string) *entity {
	key := ""
	if le := d.x.lx.lookupKey(raw); le != nil && le.typ == claimgraph.Agency {
		key = le.key
		if e := d.byKey[string(claimgraph.Agency)+"|"+key]; e != nil && !e.dead {
			return e
		}
	}
	for _, o := range d.ents {
		if o.typ == claimgraph.Agency && !o.dead && normName(o.name) == normName(raw) {
			return o
		}
	}
	e := d.newEntity(claimgraph.Agency, raw, key)
	if key != "" {
		d.byKey[string(claimgraph.Agency)+"|"+key] = e
	}
	return e
}

func (d *doc) parliamentaryGroup(party string) *entity {
	name := party + "-Fraktion"
	for _, o := range d.ents {
		if o.typ == claimgraph.Agency && !o.dead && normName(o.name) == normName(name) {
			return o
		}
	}
	return d.newEntity(claimgraph.Agency, name, "")
}

// partyNamedNext is the party an indefinite lede describes: the first
// body of its type named in the two sentences after it, as long as it
// is no speaker there ("The Clean Rivers Trust said X had …" names the
// accuser, not the company described) and it was not named before.
func (d *doc) partyNamedNext(c cataphor) *entity {
	for s := c.sent + 1; s < len(d.sents) && s <= c.sent+2; s++ {
		for _, m := range d.ments[s] {
			o := m.ent
			if o == nil || o.dead || o.fromDesc || o.descr || o.typ != c.typ || m.kind != mName && m.kind != mShort || !nameHas(o, c.want) {
				continue
			}
			if h := o.hits[0]; h.sent < s || h.sent == s && h.tok < m.t0 || d.speakerNear(s, m) {
				return nil
			}
			// The name opens its sentence as the subject the story goes
			// on with ("Harrowfield Defence Systems, which lost …, is
			// asking …"); one named inside a clause may be anyone.
			if m.t0 > 1 || m.t0 == 1 && !articles[d.sents[s].toks[0].fold] {
				return nil
			}
			return o
		}
	}
	return nil
}

// indefiniteLedeObject: the description whose head is token i of the
// story's first sentence is the indefinite object of an accusing verb
// ("has accused a Birmingham machine-tool dealer of …", "sued a Texas
// hospital chain"): a company or a body in the singular that the next
// sentences name. It returns the index of "a"/"an", or -1.
func (d *doc) indefiniteLedeObject(s, i int, typ claimgraph.EntityType) int {
	toks := d.sents[s].toks
	if d.lang != "en" || s != 0 || i < 2 || typ != claimgraph.Company && typ != claimgraph.Agency {
		return -1
	}
	if f := trimPoss(toks[i].fold); f != toks[i].fold || pluralCompanyDescs[f] || f == "group" || i+1 < len(toks) && isCapWord(toks[i+1]) {
		return -1
	}
	k := i - 1
	for ; k >= 0 && k >= i-5; k-- {
		f := toks[k].fold
		if f == "a" || f == "an" {
			break
		}
		// Modifiers: lower-case words and the place or nationality
		// before them ("a Birmingham machine-tool dealer", "a Chinese
		// technology company").
		if d.isPlace(toks[k]) || cities[f] {
			continue
		}
		if !toks[k].word && toks[k].text != "-" || d.covered[s][k] || functionWords[f] || isVerbLike(f) {
			return -1
		}
	}
	if k < 1 || k < i-5 || toks[k].fold != "a" && toks[k].fold != "an" {
		return -1
	}
	if v := toks[k-1].fold; !accuseVerbsEN[v] {
		return -1
	}
	return k
}

// accuseVerbsEN take the accused as their object.
var accuseVerbsEN = set("accused", "accuses", "accuse", "sued", "sues", "charged", "charges", "fined", "fines", "blamed", "blames", "indicted")

// objectNamedNext returns the party of the cataphor's kind that the next
// two sentences name first, that the lede does not name and that does
// not speak there: the accused the lede described ("… accused a
// Birmingham machine-tool dealer of … The notice says that Ashcombe
// Precision Ltd sent …").
func (d *doc) objectNamedNext(c cataphor) *entity {
	for s := c.sent + 1; s < len(d.sents) && s <= c.sent+2; s++ {
		for _, m := range d.ments[s] {
			o := m.ent
			if o == nil || o.dead || o.fromDesc || o.descr || m.kind != mName && m.kind != mShort {
				continue
			}
			if o.typ != c.typ {
				continue
			}
			if h := o.hits[0]; h.sent < s || h.sent == s && h.tok < m.t0 {
				// Named before: the lede's own parties are not its object.
				continue
			}
			// "The notice says that Harrowgate Components Ltd shipped …"
			// names the object; "Harrowgate said" has it speak.
			toks := d.sents[s].toks
			for k := m.t1; k < len(toks) && k <= m.t1+1; k++ {
				if speechVerbs[toks[k].fold] {
					return nil
				}
			}
			if !nameHas(o, c.want) {
				return nil
			}
			return o
		}
	}
	return nil
}

// indefiniteLede: the description whose head is token i of sentence s
// opens the story's first sentence with "A"/"An" and modifiers only
// ("A Riga-based trading company", "A British defence company"): a
// company or a body in the singular, no person.
func (d *doc) indefiniteLede(s, i int, typ claimgraph.EntityType) bool {
	toks := d.sents[s].toks
	if d.lang != "en" || s != 0 || i < 1 || i > 5 || typ != claimgraph.Company && typ != claimgraph.Agency {
		return false
	}
	if f := toks[0].fold; f != "a" && f != "an" {
		return false
	}
	if f := trimPoss(toks[i].fold); f != toks[i].fold || pluralCompanyDescs[f] || f == "group" {
		return false
	}
	for k := 1; k < i; k++ {
		if !toks[k].word && toks[k].text != "-" || d.covered[s][k] || functionWords[toks[k].fold] || isVerbLike(toks[k].fold) {
			return false
		}
	}
	// the verb follows: the description is the sentence's subject
	return i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap
}

// resolveCataphora gives each description that had nothing to refer to
// the body named first in the two sentences after it, when the kinds
// fit: a lede says "their union accused the hospital operator of …" and
// the next paragraph names the union and the operator. Bodies created
// from such a description ("the ruling party") join that name too.
func (d *doc) resolveCataphora() {
	later := d.namedLater
	for _, c := range d.cataphors {
		if !d.free(c.sent, c.t0, c.t1) {
			continue
		}
		if c.typ == claimgraph.Official {
			if o := d.personNamedNext(c); o != nil {
				m := &mention{sent: c.sent, t0: c.t0, t1: c.t1, kind: mPron, typ: claimgraph.Official, name: d.spanText(c.sent, c.t0, c.t1)}
				d.addMention(m)
				d.attach(m, o)
			}
			continue
		}
		if c.indef {
			o := d.partyNamedNext(c)
			if c.object {
				o = d.objectNamedNext(c)
			}
			if o != nil {
				m := &mention{sent: c.sent, t0: c.t0, t1: c.t1, kind: mDesc, typ: o.typ, name: d.spanText(c.sent, c.t0, c.t1)}
				d.addMention(m)
				d.attach(m, o)
			}
			continue
		}
		if o := later(c.sent, c.typ, c.want, nil); o != nil && d.modifiersFit(c, o) {
			m := &mention{sent: c.sent, t0: c.t0, t1: c.t1, kind: mDesc, typ: o.typ, name: trimPoss(d.spanText(c.sent, c.t0, c.t1))}
			d.addMention(m)
			d.attach(m, o)
		}
	}
	for _, e := range d.ents {
		if !e.fromDesc || e.dead || len(e.hits) == 0 || e.typ != claimgraph.Agency || d.properlyNamed(e) {
			continue
		}
		s := e.hits[0].sent
		var want []string
		for _, m := range d.ments[s] {
			if m.ent == e {
				if _, wt, ok := d.descClass(s, m.t1-1); ok {
					want = wt
				}
				break
			}
		}
		// "Die Verbraucherschutzbehörde …" is no "Bundesnetzagentur"
		// named after it: a body named by its kind takes up a name of
		// that kind only ("Staatsanwaltschaft Köln").
		o := later(s, e.typ, want, e)
		// "The union representing nurses at St. Adalbert accused …" …
		// "the Illinois Nurses Alliance said": a union the text names
		// after describing it may go by the trade it organises.
		if o == nil && len(want) > 0 && want[0] == "gewerkschaft" {
			o = later(s, e.typ, unionTradesEN, e)
		}
		// "The union representing Britain's elite swimmers accused …"
		// … "the Professional Swimmers' Association said": the people a
		// described body represents name it.
		if o == nil && d.lang == "en" {
			if rep := d.representedEN(s, e); len(rep) > 0 {
				o = later(s, e.typ, rep, e)
			}
		}
		if o != nil && (e.bodyHead == "" || strings.Contains(fold(o.name), e.bodyHead)) && !d.otherDepartmentEN(e, o) {
			d.merge(e, o)
		}
	}
}

// representedEN returns the plural nouns of a "representing" phrase
// right after the description of e in sentence s: "The union
// representing Britain's elite swimmers", "the union that represents
// hospital porters" give "swimmers", "porters".
func (d *doc) representedEN(s int, e *entity) []string {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.ent != e || m.t1 >= len(toks) {
			continue
		}
		// "representing", "that represents", "which represents".
		k0 := m.t1 + 1
		if toks[m.t1].fold != "representing" {
			if m.t1+1 >= len(toks) || toks[m.t1].fold != "that" && toks[m.t1].fold != "which" || toks[m.t1+1].fold != "represents" {
				continue
			}
			k0++
		}
		var out []string
		for k := k0; k < len(toks) && k < k0+4; k++ {
			t := toks[k]
			if !t.word {
				break
			}
			if t.cap || strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s") {
				continue // "Britain's", "Scotland's"
			}
			if len(t.fold) >= 5 && strings.HasSuffix(t.fold, "s") && !functionWords[t.fold] {
				out = append(out, t.fold)
			}
		}
		return out
	}
	return nil
}

// unionTradesEN are the trades unions are named by ("Illinois Nurses
// Alliance", "Air Line Pilots Association").
var unionTradesEN = []string{"nurses", "nursing", "teachers", "pilots", "doctors", "physicians", "drivers", "miners", "dockers", "dockworkers", "firefighters",
	"seafarers", "machinists", "journalists", "midwives", "carers", "medical association", "cabin crew", "flight attendants"}

// otherDepartmentEN reports whether the English body e, named by a
// description of a department or unit ("its emergency department"), has
// a word of its own that the name of o lacks: a hospital's or a firm's
// department is no "Illinois Department of Public Health".
func (d *doc) otherDepartmentEN(e, o *entity) bool {
	if d.lang != "en" || e.bodyHead != "department" {
		return false
	}
	n := " " + fold(o.name+" "+strings.Join(o.shorts, " ")) + " "
	for _, w := range strings.Fields(fold(e.name)) {
		w = trimPoss(w)
		if len(w) >= 4 && !functionWords[w] && !vagueModifiersEN[w] && w != e.bodyHead && !strings.Contains(n, " "+w[:len(w)-1]) {
			return true
		}
	}
	return false
}

// lastMentionBefore returns the sentence and token of e's last mention in
// the two sentences before s or in s before token i; -1, -1 if none.
func (d *doc) lastMentionBefore(e *entity, s, i int) (int, int) {
	bs, bt := -1, -1
	for _, m := range d.allMentionsOf(e, s-2, s) {
		if m.sent == s && m.t0 >= i {
			continue
		}
		if m.sent > bs || m.sent == bs && m.t0 > bt {
			bs, bt = m.sent, m.t0
		}
	}
	return bs, bt
}

// properlyNamed reports whether the text names e by a proper name
// somewhere: a body first met as "its security service" and then named
// "the Norland Security Service" is that body, not a description still
// looking for one.
func (d *doc) properlyNamed(e *entity) bool {
	for _, ms := range d.ments {
		for _, m := range ms {
			if m.ent == e && (m.kind == mName || m.kind == mShort) {
				return true
			}
		}
	}
	return false
}

// ageGenderDE reads the gender of a German age noun from its article and
// ending: "dem/den 61-Jährigen" and "der 61-Jährige" are a man, "der
// 27-Jährigen" (dative) and "die 27-Jährige" a woman; 0 otherwise.
func ageGenderDE(art, noun string) byte {
	weak := strings.HasSuffix(noun, "n")
	switch {
	case art == "dem" || art == "den" || art == "des" || art == "der" && !weak:
		return 'm'
	case art == "die" && !weak || art == "der" && weak:
		return 'f'
	}
	return 0
}

// personNamedNext is the person an age noun with no one named before it
// refers to: the first named person of the rest of its sentence or of
// the two sentences after, in its paragraph, when the gender fits. A
// second person named as early leaves it open.
func (d *doc) personNamedNext(c cataphor) *entity {
	para := d.sents[c.sent].para
	for s := c.sent; s < len(d.sents) && s <= c.sent+2 && d.sents[s].para == para; s++ {
		var found *entity
		for _, m := range d.ments[s] {
			if s == c.sent && m.t0 < c.t1 || m.ent == nil || m.ent.dead || m.ent.typ != claimgraph.Official || m.ent.anon || m.kind != mPerson && m.kind != mName {
				continue
			}
			// "Das sagte Oberstaatsanwalt Jens Bruhn": one who speaks, or
			// speaks for a body, reports the charge and is not its target.
			if d.speakerNear(s, m) || authorityRole(m.role) || authorityRole(m.ent.role) || d.bystanderBefore(s, m) {
				continue
			}
			if found != nil && found != m.ent {
				return nil
			}
			found = m.ent
		}
		if found != nil {
			if c.gender == 'f' && !found.female && !found.femaleGuess || c.gender == 'm' && (found.female || found.femaleGuess) {
				return nil
			}
			return found
		}
	}
	return nil
}

// speakerNear: a verb of saying stands within two words of mention m
// ("sagte X", "X sagte", "so X").
func (d *doc) speakerNear(s int, m *mention) bool {
	toks := d.sents[s].toks
	for k := max(0, m.t0-2); k < len(toks) && k < m.t1+2; k++ {
		if (k < m.t0 || k >= m.t1) && (speechVerbs[toks[k].fold] || toks[k].fold == "so") {
			return true
		}
	}
	return false
}

// bystanderBefore: a word for a victim, witness or plaintiff stands just
// before mention m ("Das Opfer, Peter Sommer, …", "der Zeuge Jan Ruh").
func (d *doc) bystanderBefore(s int, m *mention) bool {
	toks := d.sents[s].toks
	for k := max(0, m.t0-3); k < m.t0; k++ {
		f := toks[k].fold
		for _, w := range []string{"opfer", "zeuge", "zeugin", "geschaedigt", "geschädigt", "verletzt", "klaeger", "kläger", "anzeigeerstatter", "hinweisgeber"} {
			if strings.HasPrefix(f, w) {
				return true
			}
		}
	}
	return false
}

// authorityRole: a role of one who speaks or acts for a public body or a
// party's defence ("Oberstaatsanwalt", "Sprecher", "Anwältin"); a
// minister or an executive may well be the accused.
func authorityRole(r string) bool {
	r = fold(r)
	for _, w := range []string{"sprecher", "staatsanw", "anwalt", "anwält", "anwaelt", "richter", "ermittler", "polizei", "behörde", "behoerde"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// modifiersFit reports whether the lower-case words that modify the
// head of a cataphoric description of a public body ("the country's
// foreign ministry") are all in the name of the body o it would take
// up: a "foreign ministry" is no "defence ministry".
func (d *doc) modifiersFit(c cataphor, o *entity) bool {
	if c.typ != claimgraph.Agency {
		return true // "the hospital operator": a company's trade is not in its name
	}
	toks := d.sents[c.sent].toks
	n := fold(o.name + " " + strings.Join(o.aliases, " "))
	for k := c.t0; k < c.t1-1; k++ {
		t := toks[k]
		if !t.word || t.cap || functionWords[t.fold] || possessives[t.fold] || strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s") || len(t.fold) < 4 {
			continue
		}
		if !strings.Contains(n, t.fold) {
			return false
		}
	}
	return true
}

// namedLater returns the body of type typ whose name (filtered by want)
// the text says first in the two sentences after s, other than self.
func (d *doc) namedLater(s int, typ claimgraph.EntityType, want []string, self *entity) *entity {
	var best *entity
	bs, bt := 0, 0
	for _, o := range d.ents {
		if o == self || o.dead || o.fromDesc || o.descr || o.key == "@placeholder" || len(o.hits) == 0 || o.typ != typ {
			continue
		}
		h := o.hits[0]
		if h.sent <= s || h.sent > s+2 || !nameHas(o, want) {
			continue
		}
		if best == nil || h.sent < bs || h.sent == bs && h.tok < bt {
			best, bs, bt = o, h.sent, h.tok
		}
	}
	return best
}

// bodyWordDE returns the association or body head a German role prefix
// is ("verband" for "Verbandschef", "initiative" for
// "Initiativensprecherin", "gewerkschaft" for "Gewerkschaftssprecher"),
// or "".
func bodyWordDE(pf string) string {
	for _, cand := range []string{pf, strings.TrimSuffix(pf, "n"), strings.TrimSuffix(pf, "en")} {
		if len(cand) < 4 {
			continue
		}
		if _, ok := agencyHeadsDE[cand]; ok && cand != "rat" && cand != "dienst" && cand != "amt" {
			return cand
		}
	}
	return ""
}

// subjectAuxDE are German finite auxiliaries and modals that follow a
// clause's subject in second place.
var subjectAuxDE = set("hat", "haben", "ist", "sind", "soll", "sollen", "solle", "wird", "werden", "würde", "wuerde", "hätte", "haette", "wäre", "waere",
	"müsse", "muesse", "könne", "koenne", "wolle", "habe", "sei", "seien", "hatte", "hatten", "war", "waren")

// saidByDE reports that entity o is named in the clause before the
// comma that ends at token c of sentence s, and that this clause holds a
// verb of saying: "erklärte die Liga, …", "Der Verband teilte am Freitag
// mit, …".
func (d *doc) saidByDE(s, c int, o *entity) bool {
	toks := d.sents[s].toks
	from := c - 1
	for from > 0 && toks[from-1].text != "," && toks[from-1].text != ":" && toks[from-1].text != ";" {
		from--
	}
	say := false
	for k := from; k < c-1; k++ {
		say = say || speechVerbs[toks[k].fold]
	}
	if !say {
		return false
	}
	for _, m := range d.ments[s] {
		if m.t0 >= from && m.t1 < c && m.ent == o {
			return true
		}
	}
	return false
}

// introducedNounDE resolves a German definite description whose noun no
// list knows but which the text put before a body's name when it
// introduced it: "die Athletenvertretung" after "die unabhängige
// Athletenvertretung Sport Pro", "des Mieterbündnisses" after "Das
// Mieterbündnis Wohnen Plus". The noun says what that body is in this
// story; it names the one body introduced so.
func (d *doc) introducedNounDE(s, i int) bool {
	toks := d.sents[s].toks
	t := toks[i]
	if d.lang != "de" || i == 0 || !t.cap || !t.word || len(t.fold) < 6 || !definiteDE[toks[i-1].fold] || d.covered[s][i-1] {
		return false
	}
	// A name right after is in apposition to the noun ("die
	// Athletenvertretung Sport Pro"): that mention owns it.
	if i+1 < len(toks) && (isCapWord(toks[i+1]) || toks[i+1].acro) {
		return false
	}
	if !d.free(s, i-1, i+1) {
		return false
	}
	e := d.describedBody(s, i, func(o *entity) bool { return o.isOrg() })
	if e == nil {
		// "des Mieterbündnisses" after "Das Mieterbündnis Wohnen Plus":
		// the noun kept as the first word of the name.
		e = d.nameOpenerNamesake(s, i)
	}
	if e == nil {
		return false
	}
	m := &mention{sent: s, t0: i - 1, t1: i + 1, kind: mDesc, typ: e.typ, name: trimPoss(d.spanText(s, i-1, i+1))}
	d.addMention(m)
	d.attach(m, e)
	return true
}

// nameOpenerNamesake returns the one organisation, named before token i
// of sentence s, whose name of two words or more opens with the noun at
// i ("Mieterbündnis Wohnen Plus" for "des Mieterbündnisses"), or nil.
func (d *doc) nameOpenerNamesake(s, i int) *entity {
	f := trimPoss(d.sents[s].toks[i].fold)
	var found *entity
	for _, o := range d.ents {
		if o.dead || !o.isOrg() || len(o.hits) == 0 || o.hits[0].sent > s || o.hits[0].sent == s && o.hits[0].tok >= i {
			continue
		}
		w := strings.Fields(fold(o.name))
		// ("-nis" doubles its s when inflected: "Bündnisses".)
		if len(w) < 2 || !strings.HasPrefix(f, w[0]) || !inflectionEnds[f[len(w[0]):]] && !(strings.HasSuffix(w[0], "nis") && f[len(w[0]):] == "ses") {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// nameHeadDesc resolves a definite description whose noun is the head of
// a name the text used before: "the clinic" after "Saint Aldric Clinic",
// "the cooperative" after "the Cobalt Valley Farmers Cooperative", "the
// mill operator" after "Greystone Mills", "die Klinik" after "Marbeck
// Kliniken GmbH". The noun that introduced the body fits it better than
// any salience; a noun that heads several names names none of them.
func (d *doc) nameHeadDesc(s, i int) {
	toks := d.sents[s].toks
	t := toks[i]
	if i == 0 || functionWords[t.fold] || t.num || len(t.fold) < 4 || trimPoss(t.fold) != t.fold && d.lang == "de" {
		return
	}
	if d.lang == "en" && t.cap || d.lang == "de" && !t.cap {
		return
	}
	// The determiner right before, or before one trade word ("the mill
	// operator").
	k, trade := i-1, ""
	nameHead := false
	if !definiteDE[toks[k].fold] && !definiteEN[toks[k].fold] {
		if k == 0 || d.lang != "en" || toks[k].cap || !toks[k].word || functionWords[toks[k].fold] {
			return
		}
		// "the town's hospital trust": a place's possessive determines
		// the noun like "the"; a head that ends a body's name, with a
		// trade word from that name before it, names that body.
		placeDet := d.placePossessiveAt(s, k-1)
		switch {
		case definiteEN[toks[k-1].fold] && d.isCompanyDescriptor(t):
			trade, k = toks[k].fold, k-1
		case placeDet && (d.isCompanyDescriptor(t) || agencyDescriptors[trimPoss(t.fold)] || d.headNamesake(trimPoss(t.fold)) != nil):
			trade, k, nameHead = toks[k].fold, k-1, true
			if k > 0 && definiteEN[toks[k-1].fold] {
				k--
			}
		default:
			return
		}
	}
	// A name after the noun is in apposition to it ("the clinic Saint
	// Aldric"): that mention owns the noun.
	if i+1 < len(toks) && toks[i+1].cap && toks[i+1].word && d.lang == "en" {
		return
	}
	// "dem Ingenieur Wolfgang Sattler": a German noun right before a
	// person's name is that person's role, no body's description.
	if m := d.mentionAt(s, i+1); d.lang == "de" && m != nil && m.t0 == i+1 && (m.kind == mPerson || m.typ == claimgraph.Official) {
		return
	}
	// "the mill operator", "the water regulator": a noun before another
	// noun modifies it; the description ends at a verb or a function word.
	if trade == "" && i+1 < len(toks) && d.lang == "en" && toks[i+1].word {
		nf := toks[i+1].fold
		if !(functionWords[nf] || looksFiniteEN(toks[i+1]) || modalsEN[nf] || denyEN[nf] || responseVerbs[nf] || strings.HasSuffix(nf, "s") && !d.isCompanyDescriptor(toks[i+1]) && !agencyDescriptors[nf]) {
			return
		}
	}
	if d.mentionAt(s, k) != nil || !d.free(s, k, i+1) {
		return
	}
	head := trimPoss(t.fold)
	if trade != "" && !nameHead {
		head = trade
	}
	// "the loans" is no "QuickBridge Loans": a plural noun names things
	// of its kind, not the body.
	if d.lang == "en" && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return
	}
	found := d.headNamesake(head)
	// "Die Geschäftsführung des Klinikums" after "Kreisklinikum Obertal",
	// "der Vorstand des Versorgers": after "des" a masculine or neuter
	// head carries the genitive -s or -es the name's own noun lacks.
	if found == nil && d.lang == "de" && toks[k].fold == "des" {
		if strings.HasSuffix(head, "es") {
			found = d.headNamesake(strings.TrimSuffix(head, "es"))
		}
		if found == nil && strings.HasSuffix(head, "s") {
			found = d.headNamesake(strings.TrimSuffix(head, "s"))
		}
	}
	if found == nil {
		return
	}
	if nameHead && !strings.Contains(fold(found.name), stem(trade)) {
		return // "the town's hospital trust" is no "Kestrel Valley Trust"
	}
	// The body must have been named before the description.
	if e := d.salient(s, i, true, func(o *entity) bool { return o == found }); e == nil {
		return
	}
	m := &mention{sent: s, t0: k, t1: i + 1, kind: mDesc, typ: found.typ, name: trimPoss(d.spanText(s, k, i+1))}
	d.addMention(m)
	d.attach(m, found)
}

// headNamesake returns the one organisation whose name ends in the noun
// head ("Saint Aldric Clinic" for "clinic", "Greystone Mills" for
// "mill"; in German also inflected, "Kliniken" for "klinik"), or nil when
// none or several do.
func (d *doc) headNamesake(head string) *entity {
	fits := func(o *entity) bool {
		if o.dead || !o.isOrg() || o.key == "@placeholder" {
			return false
		}
		w := strings.Fields(normName(o.name))
		if len(w) < 2 {
			return false
		}
		last := w[len(w)-1]
		if legalForms[last] && len(w) > 2 {
			last = w[len(w)-2]
		}
		if last == head || last == head+"s" || last == head+"es" {
			return true
		}
		// "die Genossenschaft" for "Molkereigenossenschaft Elbtal eG",
		// "die Stiftung" for "Stiftung Lindgrün": German names open with
		// their descriptor compound.
		if d.lang == "de" && len(head) >= 6 && strings.HasSuffix(w[0], head) {
			return true
		}
		return d.lang == "de" && len(head) >= 5 && strings.HasPrefix(last, head) && len(last) <= len(head)+3
	}
	var found *entity
	for _, o := range d.ents {
		if !fits(o) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// tradeHeadsDE end German compound descriptors whose first part names the
// trade: "Prüfgesellschaft", "Energieunternehmen".
// tradeSynonymsDE are groups of heads of German trade compounds that say
// the same of a trade: making it, or supplying it.
var tradeSynonymsDE = [][]string{{"hersteller", "bauer", "produzent", "fabrikant"}, {"lieferant", "zulieferer", "lieferer"}}

// tradePrefix returns the trade before one of the heads g that the
// compound f ends in, both stemmed ("autoherstell", "sitzlieferant"), and
// whether it ends in one.
func tradePrefix(f string, g []string) (string, bool) {
	f = stem(f)
	for _, h := range g {
		if h = stem(h); strings.HasSuffix(f, h) {
			return f[:len(f)-len(h)], true
		}
	}
	return "", false
}

var tradeHeadsDE = []string{"gesellschaft", "unternehmen", "konzern", "firma", "betrieb", "gruppe"}

// sameTradeDE reports whether the German compound descriptor ds describes
// the body introduced with the descriptor x: the same head and a trade
// word of at least four letters inside x ("die Prüfgesellschaft" for the
// "Wirtschaftsprüfungsgesellschaft", "der Energiekonzern" for the
// "Energieversorgungskonzern").
func sameTradeDE(lang, ds, x string) bool {
	if lang != "de" {
		return false
	}
	// "der Autobauer" for the "Autohersteller", "der Stahlproduzent" for
	// the "Stahlhersteller", "der Zulieferer" for the "Sitzlieferanten":
	// the same trade with another word for making or supplying it.
	for _, g := range tradeSynonymsDE {
		dp, dok := tradePrefix(ds, g)
		xp, xok := tradePrefix(x, g)
		if dok && xok && (dp == xp && len(dp) >= 3 || g[0] == "lieferant" && (dp == "" || dp == "zu")) {
			return true
		}
	}
	for _, h := range tradeHeadsDE {
		i := strings.Index(ds, h)
		if i < 4 || !strings.Contains(x, h) {
			continue
		}
		return strings.Contains(x[:strings.Index(x, h)], ds[:i])
	}
	return false
}

// responseVerbs answer an accusation: "The firm denied the claim", "Die
// Firma konterte", "The company hit back".
var responseVerbs = set("denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes", "rebuffed", "countered", "counters",
	"retorted", "responded", "replied", "hit", "shot", "wies", "weist", "konterte", "kontert", "entgegnete", "entgegnet", "bestritt", "bestreitet",
	"dementierte", "dementiert", "widersprach", "widerspricht")

// accusingSubject reports that o is named before a verb of accusing
// that stands right before the role word at r: "The trust accused owner
// Gareth Pryce of …", "the federation accused coach Ana Ruiz of …". The
// role holder the verb takes for object is not of the body that accuses
// him.
func (d *doc) accusingSubject(s, r int, o *entity) bool {
	toks := d.sents[s].toks
	if o == nil || r < 2 {
		return false
	}
	c := r - 1
	// "Die Prüfer werfen dem früheren Finanzvorstand X vor", "beschuldigt
	// den Geschäftsführer X": in German an article and adjectives may
	// stand between the verb and the role.
	for d.lang == "de" && c > 0 && r-c <= 3 && !accusationCue(toks[c].fold) && toks[c].word && !toks[c].cap && (articles[toks[c].fold] || formerWords[toks[c].fold] || isAdjDE(toks[c])) {
		c--
	}
	if d.lang != "en" && d.lang != "de" || !accusationCue(toks[c].fold) {
		return false
	}
	for _, m := range d.ments[s] {
		if m.t1 <= c && m.ent == o {
			return true
		}
	}
	return false
}

// accusationCue reports a word that makes one party accuse another
// ("accused", "vorgeworfen", "wirft", "beschuldigte").
func accusationCue(f string) bool {
	return accuseEN[f] || vorwerfenWhole[f] || vorwerfenFinite[f] || accuseDE[f] || f == "blamed" || f == "sued" || f == "verklagte" || f == "verklagt"
}

// responder resolves a description opening its sentence before a verb of
// answer ("Die Firma konterte, …", "The firm denied the claim") right
// after a sentence of the same paragraph in which one party accused
// another: the description answers, so it is the accused one, not the
// accuser, whichever of the two was said more often.
func (d *doc) responder(s, start, i int, ok func(*entity) bool) *entity {
	toks := d.sents[s].toks
	for k := 0; k < start; k++ {
		if toks[k].word {
			return nil
		}
	}
	v := i + 1
	for v < len(toks) && (toks[v].fold == "also" || toks[v].fold == "has" || toks[v].fold == "had" || toks[v].fold == "hat" || strings.HasSuffix(toks[v].fold, "ly") && d.lang == "en") {
		v++
	}
	if v >= len(toks) || !responseVerbs[toks[v].fold] || d.mentionAt(s, v) != nil {
		return nil
	}
	for p := s - 1; p >= 0 && p >= s-2 && d.sents[p].para == d.sents[s].para; p-- {
		ptoks := d.sents[p].toks
		cue := -1
		for k, t := range ptoks {
			if accusationCue(t.fold) && !t.inq {
				cue = k
				break
			}
		}
		if cue < 0 {
			continue
		}
		var subj, other *entity
		for _, m := range d.ments[p] {
			if m.ent == nil || !ok(m.ent) {
				continue
			}
			if subj == nil {
				subj = m.ent
				continue
			}
			if m.ent != subj {
				other = m.ent
				break
			}
		}
		if subj == nil || other == nil {
			return nil
		}
		// The accuser opens the sentence: "A accused B", "A hat B
		// vorgeworfen"; the accused answers.
		first := d.ments[p][0]
		if first.ent != subj || first.t0 > 2 {
			return nil
		}
		return other
	}
	return nil
}

// sameTradeEN reports an English agent noun and the trade word a body
// was introduced with sharing their stem: "the auditor" for "the auditing
// firm", "the insurer" for "the insurance group".
func sameTradeEN(lang, ds, x string) bool {
	if lang != "en" || len(ds) < 6 || len(x) < 6 || !(strings.HasSuffix(ds, "or") || strings.HasSuffix(ds, "er")) {
		return false
	}
	stemOf := func(w string) string {
		for _, suf := range []string{"ing", "ance", "ence", "ion", "or", "er"} {
			if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
				return w[:len(w)-len(suf)]
			}
		}
		return w
	}
	return stemOf(ds) == stemOf(x)
}

// otherKind reports a body the text introduced only with descriptors of
// a trade other than ds: "dem Versorger" is no "Kanzlei Haller & Roth".
// Generic descriptors ("Unternehmen", "Energiekonzern", "the company")
// say nothing of the trade.
func (e *entity) otherKind(lang, ds string) bool {
	specific := false
	for _, x := range e.descs {
		if genericDesc(x) {
			return false
		}
		if x == ds || strings.HasSuffix(x, ds) || len(ds) >= 5 && (strings.Contains(x, ds) || strings.Contains(ds, x)) || sameTradeDE(lang, ds, x) || sameTradeEN(lang, ds, x) {
			return false
		}
		specific = true
	}
	return specific
}

// genericDesc reports a descriptor that names no trade: "Unternehmen",
// "des Konzerns", "Energiekonzern", "the company", "group".
func genericDesc(x string) bool {
	if genericCompanyDescs[x] || pluralCompanyDescs[x] || genericCompanyDescs[strings.TrimSuffix(x, "s")] || genericCompanyDescs[strings.TrimSuffix(x, "es")] {
		return true
	}
	for _, h := range []string{"unternehm", "konzern", "gesellschaft", "firm", "compan", "group", "grupp", "holding", "betrieb"} {
		if strings.HasPrefix(x, h) || strings.Contains(x, h) {
			return true
		}
	}
	return false
}

// spokesRoles are the roles whose words are their organisation's.
var spokesRoles = set("spokesman", "spokeswoman", "spokesperson", "sprecher", "sprecherin", "unternehmenssprecher", "konzernsprecher")

// speakerOrg resolves a description in what a spokesperson says ("Quantix
// spokesman Eric Dahl said … the company would defend itself", "Ein
// Quantix-Sprecher sagte, das Unternehmen weise die Vorwürfe zurück"): the
// speaker speaks for their own organisation, which is the one the
// description means, not whichever other party the text named more often.
func (d *doc) speakerOrg(s, i int, ok func(*entity) bool) *entity {
	toks := d.sents[s].toks
	said := false
	for k := i - 1; k >= 0; k-- {
		f := toks[k].fold
		if speechVerbs[f] {
			said = true
			continue
		}
		if !said {
			continue
		}
		role := f
		if h := strings.LastIndexByte(f, '-'); h > 0 {
			role = f[h+1:]
		}
		if !spokesRoles[role] {
			continue
		}
		var org *entity
		if role != f {
			// "Quantix-Sprecher": the organisation is the first part.
			pre := toks[k].text[:strings.LastIndexByte(toks[k].text, '-')]
			for _, o := range d.ents {
				if o.dead || !ok(o) {
					continue
				}
				if o.name == pre {
					org = o
					break
				}
				for _, a := range o.aliases {
					if a == pre {
						org = o
					}
				}
			}
		} else if m := d.mentionEndingAt(s, k); m != nil && m.ent != nil && ok(m.ent) {
			// "Quantix spokesman", "A Tallix spokeswoman".
			org = m.ent
		}
		return org
	}
	return nil
}

// mentionEndingAt is the mention of sentence s whose last token is k-1.
func (d *doc) mentionEndingAt(s, k int) *mention {
	for _, m := range d.ments[s] {
		if m.t1 == k {
			return m
		}
	}
	return nil
}

// appendedAccused resolves a description that opens a clause appended to
// an accusation ("accused Brightwave of overstating its order book, an
// allegation the company called baseless", "wirft Nordlicht vor, …,
// Vorwürfe, die das Unternehmen zurückweist", "…, was das Unternehmen
// bestreitet"): the one who answers an allegation is its object, the
// party named right after the cue.
func (d *doc) appendedAccused(s, start int, ok func(*entity) bool) *entity {
	toks := d.sents[s].toks
	k := start - 1
	if toks[k].fold == "that" || toks[k].fold == "which" || toks[k].fold == "die" || toks[k].fold == "was" {
		k--
	}
	if k >= 0 && toks[k].text == "," && toks[k+1].fold != "was" && toks[k+1].fold != "which" && k > 0 && appendedHeadsDE[toks[k-1].fold] {
		k--
	}
	if k < 0 || !(appendedHeadsEN[toks[k].fold] || appendedHeadsDE[toks[k].fold]) && !(toks[k].text == "," && (toks[k+1].fold == "was" || toks[k+1].fold == "which")) {
		return nil
	}
	if appendedHeadsEN[toks[k].fold] || appendedHeadsDE[toks[k].fold] {
		if k > 0 && (toks[k-1].fold == "an" || toks[k-1].fold == "a") {
			k--
		}
		if k == 0 || toks[k-1].text != "," {
			return nil
		}
	}
	cue := -1
	for j := 0; j < k; j++ {
		if accusationCue(toks[j].fold) && !toks[j].inq {
			cue = j
			break
		}
	}
	if cue < 0 {
		return nil
	}
	// English names the object right after the cue; German may put the
	// subject there ("Zudem beschuldigt die Gewerkschaft die Reederei,
	// …"), so the object is the last party before the comma.
	end := cue + 1
	for end < k && toks[end].text != "," {
		end++
	}
	var obj *entity
	for _, m := range d.ments[s] {
		if m.t0 > cue && m.t0 < end && m.ent != nil && ok(m.ent) {
			obj = m.ent
			if d.lang == "en" {
				break
			}
		}
	}
	return obj
}

// civilBodyHeadsEN name the kinds of body a text introduces by an
// apposition and takes up by the head alone ("a children's charity" …
// "the charity"); clubs, firms and offices are left to salience.
var civilBodyHeadsEN = set("charity", "group", "foundation", "institute", "coalition", "alliance", "network", "organisation", "organization",
	"ngo", "watchdog", "union", "association", "federation", "trust", "society", "collective", "initiative", "campaign", "thinktank")

// describedBody finds the one body seen before sentence s (or earlier in
// it) whose apposition or descriptor had the head noun of the description
// at token i ("a British charity" … "the charity"; "the campaign group
// Clean Air Now" … "the group"). Two such bodies make it ambiguous.
func (d *doc) describedBody(s, i int, ok func(*entity) bool) *entity {
	toks := d.sents[s].toks
	head := trimPoss(toks[i].fold)
	if len(head) < 4 {
		return nil
	}
	st := stem(head)
	var found *entity
	for _, o := range d.ents {
		if o.dead || len(o.hits) == 0 || o.hits[0].sent > s || o.hits[0].sent == s && o.hits[0].tok >= i || !ok(o) {
			continue
		}
		has := false
		for _, x := range o.descs {
			has = has || x == st || x == head
		}
		for _, a := range o.aliases {
			fa := strings.Fields(fold(a))
			lw := []rune(lastWord(a))
			has = has || len(fa) >= 2 && trimPoss(fa[len(fa)-1]) == head && len(lw) > 0 && unicode.IsLower(lw[0])
		}
		if !has {
			continue
		}
		if found != nil && found != o {
			// Two bodies described so: the one named in the last two
			// sentences, if only one was ("the Kelso Youth Foundation, a
			// Glasgow charity, … The charity said").
			rf, ro := lastHitBefore(found, s), lastHitBefore(o, s)
			switch {
			case ro >= s-2 && rf < s-2:
				found = o
				continue
			case rf >= s-2 && ro < s-2:
				continue
			}
			return nil
		}
		found = o
	}
	// "The Centre for Fair Lending … the group … The Digital Liberties
	// Project has long argued … The group now accuses …": a body only
	// called so before is not what the word means where another body it
	// fits was just named and it was not; salience decides.
	if found != nil && lastHitBefore(found, s) < s-1 {
		for _, o := range d.ents {
			if o == found || o.dead || !ok(o) {
				continue
			}
			// (A body introduced as something else, "the consumer group
			// Fair Deal Now", is no "charity".)
			other := false
			for _, x := range o.descs {
				other = other || x != st && x != head
			}
			if other {
				continue
			}
			for _, h := range o.hits {
				if h.sent == s-1 || h.sent == s && h.tok < i {
					return nil
				}
			}
		}
	}
	return found
}

// lastHitBefore returns the last sentence up to s in which e was
// mentioned, or -1.
func lastHitBefore(e *entity, s int) int {
	last := -1
	for _, h := range e.hits {
		if h.sent <= s && h.sent > last {
			last = h.sent
		}
	}
	return last
}

// descriptorBeforeName reports lower-case words at k that describe the
// organisation named right after them: "the chief executive of the
// advertising group Halcyon Partners".
func (d *doc) descriptorBeforeName(s, k int) bool {
	toks := d.sents[s].toks
	for j := k; j < len(toks) && j <= k+2; j++ {
		if m := d.mentionAt(s, j); m != nil && m.t0 == j {
			return j > k && m.ent != nil && m.ent.isOrg() && (d.isCompanyDescriptor(toks[j-1]) || d.bodyDescriptor(toks[j-1]) || toks[j-1].fold == "group")
		}
		if !toks[j].word || toks[j].cap || functionWords[toks[j].fold] {
			return false
		}
	}
	return false
}

// prevSubjectEN returns the organisation that opens the English sentence
// before s as its subject ("The campaign group Safe Screens has …"), or
// nil.
func (d *doc) prevSubjectEN(s int) *entity {
	toks := d.sents[s-1].toks
	if len(d.ments[s-1]) == 0 {
		return nil
	}
	// "All of its nurses held valid registrations, the agency said,
	// adding that …": the speaker of a trailing attribution is the
	// subject of the main clause.
	for _, m := range d.ments[s-1] {
		if m.t0 > 0 && toks[m.t0-1].text == "," && m.t1 < len(toks) && trailingSaid[toks[m.t1].fold] && m.ent != nil && !m.ent.dead && m.ent.isOrg() && m.ent.typ != claimgraph.Document &&
			(m.t1+1 >= len(toks) || !toks[m.t1+1].word || toks[m.t1+1].fold == "adding" || toks[m.t1+1].fold == "in" || toks[m.t1+1].fold == "on") {
			return m.ent
		}
	}
	// Otherwise only the first mention can be the subject.
	m := d.ments[s-1][0]
	if m.ent == nil || m.ent.dead || m.kind == mPron {
		return nil
	}
	for j := 0; j < m.t0; j++ {
		if !toks[j].word || toks[j].cap && j > 0 || functionWords[toks[j].fold] && !articles[toks[j].fold] {
			return nil
		}
	}
	// "The Fair Pay Network, a charity, said …. Its director, Ruth
	// Kemp, …": the verb may follow an apposition set off by commas
	// that opens with an article.
	v := m.t1
	if v+1 < len(toks) && toks[v].text == "," && (toks[v+1].fold == "a" || toks[v+1].fold == "an" || toks[v+1].fold == "the") {
		for k := v + 2; k < len(toks) && k <= v+8; k++ {
			if toks[k].text == "," {
				v = k + 1
				break
			}
			if !toks[k].word {
				break
			}
		}
	}
	if m.ent.isOrg() && m.ent.typ != claimgraph.Document && v < len(toks) && looksFiniteEN(toks[v]) {
		return m.ent
	}
	return nil
}

// indefiniteApposition records the head of "Name, a local charity," on
// the organisation the name stands for.
func (d *doc) indefiniteApposition(s, i int) {
	toks := d.sents[s].toks
	if i+1 < len(toks) && toks[i+1].text != "," && toks[i+1].text != "." && toks[i+1].fold != "that" && toks[i+1].fold != "which" {
		return
	}
	a := i - 1
	// "a local charity", "a Glasgow charity", "a London-based watchdog".
	for a > 0 && i-a <= 3 && toks[a].word && (!toks[a].cap || d.isPlace(toks[a]) || cities[toks[a].fold] || d.peopleAdjectiveEN(toks[a]) || !d.orgMentionAt(s, a)) && toks[a].fold != "a" && toks[a].fold != "an" {
		a--
	}
	if a < 2 || toks[a].fold != "a" && toks[a].fold != "an" || toks[a-1].text != "," {
		return
	}
	if m := d.mentionAt(s, a-2); m != nil && m.t1 == a-1 && m.ent != nil && m.ent.isOrg() && m.kind != mPron {
		m.ent.descs = append(m.ent.descs, descStem(toks[i]))
	}
}

// orgMentionAt reports a mention of an organisation at token k.
func (d *doc) orgMentionAt(s, k int) bool {
	m := d.mentionAt(s, k)
	return m != nil && m.ent != nil && m.ent.isOrg()
}

// placeNounsEN are nouns for places that determine a body in the
// possessive: "the town's hospital trust", "the county's council".
var placeNounsEN = set("town", "city", "county", "region", "country", "state", "island", "village", "borough", "district", "area", "nation", "province")

// placePossessiveAt reports a place in the possessive at token j: "the
// town's", "Wexford's".
func (d *doc) placePossessiveAt(s, j int) bool {
	toks := d.sents[s].toks
	if j < 0 || j >= len(toks) || !toks[j].word {
		return false
	}
	base := trimPoss(toks[j].fold)
	if base == toks[j].fold {
		return false
	}
	if placeNounsEN[base] && j > 0 && definiteEN[toks[j-1].fold] {
		return true
	}
	return toks[j].cap && d.isPlace(token{text: trimPoss(toks[j].text), stem: stem(base)})
}

// nonBusinessHeadsEN are descriptions that say a body is no business: a
// union, a charity, a campaign.
// "a coalition of farmers' associations", "an alliance of tenants'
// groups": a body of other bodies or of people, no business.
var nonBusinessHeadsEN = set("union", "charity", "campaign", "ngo", "nonprofit", "non-profit", "campaigners", "activists", "federation", "coalition", "alliance")

// retypeDescribedBodies gives an unknown name that only its last word made
// a company ("Unite Transport", "the Rivers Trust") the type its
// description says: "the union Unite Transport", "the Rivers Trust, a
// charity,". A known company, a name with a legal form or one the text
// also calls a company or firm keeps its type.
func (d *doc) retypeDescribedBodies() {
	if d.lang != "en" {
		return
	}
	said := map[*entity]bool{}
	firm := map[*entity]bool{}
	for s := range d.sents {
		toks := d.sents[s].toks
		for _, m := range d.ments[s] {
			e := m.ent
			if e == nil || e.dead || e.typ != claimgraph.Company {
				continue
			}
			if m.kind != mName {
				if f := fold(m.name); strings.HasSuffix(f, "company") || strings.HasSuffix(f, "firm") {
					firm[e] = true
				}
				continue
			}
			// "the union Unite Transport", "the charity Rivers Trust".
			if m.t0 >= 1 && toks[m.t0-1].word && !toks[m.t0-1].cap && nonBusinessHeadsEN[toks[m.t0-1].fold] {
				said[e] = true
			}
			// "Natural Resources Wales, which regulates the quarry,": what
			// a regulator does.
			if m.t1+2 < len(toks) && toks[m.t1].text == "," && (toks[m.t1+1].fold == "which" || toks[m.t1+1].fold == "that") && regulateVerbsEN[toks[m.t1+2].fold] {
				said[e] = true
			}
			// "The Baltic Exchange, of which Harwick is a member,", "…,
			// whose members include …": a body of members.
			if m.t1+3 < len(toks) && toks[m.t1].text == "," && (toks[m.t1+1].fold == "of" && toks[m.t1+2].fold == "which" || toks[m.t1+1].fold == "whose" && toks[m.t1+2].fold == "members") {
				for j := m.t1 + 2; j < len(toks) && j <= m.t1+8 && toks[j].text != ","; j++ {
					if toks[j].fold == "member" || toks[j].fold == "members" {
						said[e] = true
						break
					}
				}
			}
			// ", a charity,", ", a union representing drivers,", ", the
			// campaign group …" stop at a business word.
			if m.t1+2 < len(toks) && toks[m.t1].text == "," && (toks[m.t1+1].fold == "a" || toks[m.t1+1].fold == "an" || toks[m.t1+1].fold == "the") {
				for j := m.t1 + 2; j < len(toks) && j <= m.t1+5 && toks[j].word && !toks[j].cap; j++ {
					f := toks[j].fold
					if companyDescriptorsEN[f] && f != "group" || functionWords[f] {
						break
					}
					next := j+1 >= len(toks) || !toks[j+1].word || functionWords[toks[j+1].fold] || strings.HasSuffix(toks[j+1].fold, "ing")
					if nonBusinessHeadsEN[f] && next || f == "group" && next && j > m.t1+2 && advocacyWords[toks[j-1].fold] && toks[j-1].fold != "business" && toks[j-1].fold != "industry" {
						said[e] = true
						break
					}
				}
			}
		}
	}
	for _, e := range d.ents {
		if !said[e] || firm[e] || e.dead || e.typ != claimgraph.Company {
			continue
		}
		words := strings.Fields(e.name)
		if len(words) == 0 || legalSuffixes[words[len(words)-1]] || d.x.lx.lookupKey(e.name) != nil {
			continue
		}
		e.typ = claimgraph.Agency
	}
}

// inClosedRelativeEN reports whether token k stands in a relative clause
// between commas that closes before token i: "Harlow Foods, which
// supplies Tesco, said it would appeal" — "it" is the clause's head, not
// the name inside it.
func inClosedRelativeEN(toks []token, k, i int) bool {
	open := -1
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if toks[j].text == "," {
			if j+1 < len(toks) && (relativeOpenersEN[toks[j+1].fold] || toks[j+1].fold == "of" && j+2 < len(toks) && toks[j+2].fold == "which") {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := k + 1; j < i; j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// relativeOpenersEN open a relative clause after a comma.
var relativeOpenersEN = set("which", "who", "whose", "where", "whom")

// regulateVerbsEN say what a public body does to those it oversees.
var regulateVerbsEN = set("regulates", "supervises", "polices", "licenses", "licences", "enforces", "oversees", "inspects")

// claimParticipleBefore reports a participle of claiming, with or without
// "that", right before token k: "claiming the grocer", "alleging that
// the company".
func claimParticipleBefore(toks []token, k int) bool {
	p := k - 1
	if p >= 1 && toks[p].fold == "that" {
		p--
	}
	if p < 1 || toks[p-1].text != "," {
		return false
	}
	switch toks[p].fold {
	case "claiming", "alleging", "saying", "arguing", "contending", "asserting", "charging":
		return true
	}
	return false
}

// anyBodyRoles are roles any kind of body has (a union's head, an
// association's director), so their holder's body need not be a company.
var anyBodyRoles = []string{"leiter", "sprecher", "vorsitzend", "praesident", "präsident", "chef", "direktor", "director", "head", "chair",
	"president", "spokes", "secretary", "leader", "organiser", "organizer", "coordinator", "campaigner"}

func genericRole(role string) bool {
	for _, g := range anyBodyRoles {
		if strings.HasPrefix(role, g) {
			return true
		}
	}
	return false
}

// previousAccuser returns the body that opens sentence s-1 of the same
// paragraph as the subject of a sentence about accusations ("Die
// Gewerkschaft erhebt Vorwürfe gegen …", "The alliance accuses …", and so
// the answer to them: "Das Landesamt wies die Vorwürfe zurück. Alle
// Maßnahmen seien rechtmäßig gewesen, sagte ein Sprecher"), when the role at token r
// of sentence s stands after a closing verb of speech ("…, sagte
// Landesleiterin Y", "…, said campaign director Y") and no body of its
// own is named before it in s other than in the reported clause.
func (d *doc) previousAccuser(s, r int) *entity {
	if s == 0 || d.sents[s-1].para != d.sents[s].para {
		return nil
	}
	toks := d.sents[s].toks
	// The verb of speech right before the role (and its premodifiers).
	said := false
	for k := r - 1; k >= 1 && k >= r-4; k-- {
		if speechVerbs[toks[k].fold] || toks[k].fold == "schreiben" || toks[k].fold == "schrieb" {
			said = toks[k-1].text == ","
			break
		}
		if !toks[k].word || toks[k].cap && k != r-1 && isRoleToken(toks[k], d) == "" {
			break
		}
	}
	if !said {
		return nil
	}
	// "Die Gewerkschaft wirft X Lohndumping vor. Das sei falsch, sagte
	// Vorstandschef Y": a rebuttal after an accusation is the accused
	// side's, not the accuser's; after a denial it goes on for the
	// denier.
	// A negation rebuts only in a clause about the claim itself ("Das
	// sei nicht richtig", "That is not true"); "Henning habe Rechnungen
	// nicht bezahlt" and "Beschäftigte seien unter Druck gesetzt worden,
	// nicht zu kandidieren" charge.
	rebut, negated := false, false
	for k := 0; k < r; k++ {
		f := toks[k].fold
		rebut = rebut || rebuttalWords[f]
		negated = negated || negationWords[f] || f == "no" || f == "n't"
	}
	if len(toks) > 0 && claimDemonstratives[toks[0].fold] {
		rebut = rebut || negated
	}
	prev := d.sents[s-1].toks
	if rebut {
		denied := false
		for _, t := range prev {
			if denialPrevWords[t.fold] {
				denied = true
			}
		}
		if !denied {
			return nil
		}
	}
	cue := false
	for _, t := range prev {
		f := t.fold
		if vorwerfenFinite[f] || accuseDE[f] || accuseEN[f] || strings.HasPrefix(f, "vorwurf") || strings.HasPrefix(f, "vorwuerf") || strings.HasPrefix(f, "vorwürf") ||
			strings.HasPrefix(f, "kritisier") || strings.HasPrefix(f, "criticis") || strings.HasPrefix(f, "criticiz") {
			cue = true
			break
		}
	}
	if !cue {
		return nil
	}
	// The subject opens the sentence: a name or a description of a body,
	// after an article, an adverb ("Auch") or a descriptor at most.
	for _, m := range d.ments[s-1] {
		if m.ent == nil || m.ent.dead {
			continue
		}
		if m.t0 > 3 || !m.ent.isOrg() || m.ent.typ == claimgraph.Publication || m.ent.typ == claimgraph.Document {
			return nil
		}
		for k := 0; k < m.t0; k++ {
			if f := prev[k].fold; !(articles[f] || f == "auch" || f == "also" || prev[k].word && !prev[k].cap || d.isCompanyDescriptor(prev[k]) || d.bodyDescriptor(prev[k])) {
				return nil
			}
		}
		return m.ent
	}
	return nil
}

// describedAcrossTypes returns the one organisation of another type than
// typ that an apposition described with the stem ds and that the last
// four sentences mention: "Meridian Nursing Solutions, the staffing agency
// that …" is "the agency" after it.
func (d *doc) describedAcrossTypes(s int, typ claimgraph.EntityType, ds string) *entity {
	var found *entity
	for _, o := range d.ents {
		if o.dead || !o.isOrg() || o.typ == typ || len(o.hits) == 0 {
			continue
		}
		recent := false
		for _, h := range o.hits {
			recent = recent || h.sent <= s && h.sent >= s-4
		}
		if !recent {
			continue
		}
		for _, x := range o.otherDescs {
			if x == ds {
				if found != nil && found != o {
					return nil
				}
				found = o
			}
		}
	}
	return found
}

// relativeAgent returns the one organisation that a relative clause in
// the last eight sentences says does what the agent noun at (s, i) names:
// "Evergreen Hollow, which operates 37 homes" is "the operator", "X, which
// supplies the army" is "the supplier". The verb and the noun must share
// a stem of five letters, so "the operator" never takes "which owns".
func (d *doc) relativeAgent(s, i int, noun string) *entity {
	if len(noun) < 6 || !(strings.HasSuffix(noun, "er") || strings.HasSuffix(noun, "or")) {
		return nil
	}
	stem := noun[:5]
	var found *entity
	for s2 := max(0, s-8); s2 <= s; s2++ {
		toks := d.sents[s2].toks
		for k := 1; k+2 < len(toks); k++ {
			if s2 == s && k >= i {
				break
			}
			if toks[k].text != "," || toks[k+1].fold != "which" && toks[k+1].fold != "that" {
				continue
			}
			v := k + 2
			if toks[v].fold == "also" && v+1 < len(toks) {
				v++
			}
			if f := toks[v].fold; !strings.HasSuffix(f, "s") || len(f) < 6 || f[:5] != stem {
				continue
			}
			// The name before the comma: a mention there, or (a name the
			// passes add later, like a slot's name taken up again) the
			// words of a known organisation's name.
			o := d.orgEndingAt(s2, k)
			if o == nil {
				continue
			}
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	return found
}

// orgEndingAt returns the organisation whose mention, name or alias ends
// right before token k of sentence s.
func (d *doc) orgEndingAt(s, k int) *entity {
	for _, m := range d.ments[s] {
		if m.t1 == k && m.ent != nil && !m.ent.dead && m.ent.isOrg() {
			return m.ent
		}
	}
	toks := d.sents[s].toks
	for _, o := range d.ents {
		if o.dead || !o.isOrg() || o.typ == claimgraph.Document {
			continue
		}
		for _, n := range append([]string{o.name}, o.aliases...) {
			w := strings.Fields(n)
			if len(w) == 0 || len(w) > k || !isCapWord(toks[k-len(w)]) {
				continue
			}
			same := true
			for j, x := range w {
				same = same && toks[k-len(w)+j].text == x
			}
			if same {
				return o
			}
		}
	}
	return nil
}

// trailingSaid are the verbs of an attribution after the quoted or
// reported clause: "…, the agency said."
var trailingSaid = set("said", "says", "added", "stated", "explained", "argued", "insisted")

// calledHe reports whether the text referred to e with a masculine
// pronoun.
func calledHe(e *entity) bool {
	for _, a := range e.aliases {
		if f := strings.ToLower(a); f == "he" || f == "him" || f == "er" || f == "ihn" || f == "ihm" {
			return true
		}
	}
	return false
}

// relativeOn reports whether token i of sentence s stands in a relative
// clause on a name of e ("Brent Maddox, who she alleges …"): the pronoun
// there is someone else.
func (d *doc) relativeOn(s, i int, e *entity) bool {
	toks := d.sents[s].toks
	for _, m := range d.ments[s] {
		if m.ent == e && m.kind != mPron && m.t1+1 < i && toks[m.t1].text == "," && (toks[m.t1+1].fold == "who" || toks[m.t1+1].fold == "whom") && i <= m.t1+3 {
			return true
		}
	}
	return false
}

// claimVerbsAround are the verbs of a claim next to its speaker's pronoun.
var claimVerbsAround = set("claims", "claimed", "alleges", "alleged", "says", "said", "contends", "contended", "argues", "argued", "told")

// claimAround: the pronoun at i is the speaker of a claim ("she
// alleges") or opens the clause a claim verb governs ("alleges she").
func claimAround(toks []token, i int) bool {
	return i+1 < len(toks) && claimVerbsAround[toks[i+1].fold] || i > 0 && claimVerbsAround[toks[i-1].fold] && (toks[i-1].fold != "said" && toks[i-1].fold != "told" || i+1 < len(toks) && passiveAux[toks[i+1].fold])
}

// firstNameOf returns the folded first word of a person's name.
func firstNameOf(e *entity) string {
	if f := strings.Fields(e.name); len(f) > 0 {
		return fold(f[0])
	}
	return ""
}

// litigateVerbsEN are what a party to a case does in it.
var litigateVerbsEN = set("suing", "sued", "sues", "alleges", "alleged", "alleging", "charged", "charges", "prosecuting", "argued", "argues", "contends")

// onlyProsecutor returns the one prosecuting body (a justice department,
// an attorney's office, a prosecutor) the text named before sentence s,
// or nil if there is none or more than one.
func (d *doc) onlyProsecutor(s int) *entity {
	var only *entity
	for _, e := range d.ents {
		if e.dead || e.typ != claimgraph.Agency || len(e.hits) == 0 || e.hits[0].sent > s || !nameHas(e, prosecutorWords) || nameHas(e, []string{"police", "polizei"}) {
			continue
		}
		if only != nil && only != e {
			return nil
		}
		only = e
	}
	return only
}

// pleadingNounsEN are papers a party files against another.
var pleadingNounsEN = set("lawsuit", "suit", "complaint", "claim", "letter", "filing", "petition", "motion")

// civilGroupNamesEN are words in the names of the civil bodies English
// news calls "the group" as the subject that opens a sentence: "The
// Harbourview Tenants Coalition … The group accuses …".
var civilGroupNamesEN = []string{"coalition", "association", "alliance", "network", "campaign", "collective", "tenants", "residents", "watch", "action",
	// "the Center for Platform Accountability", "the Brookhaven Civil
	// Liberties Union", "the Open Ledger Initiative": research and rights
	// bodies.
	"center for", "centre for", "institute for", "project", "initiative", "liberties", "rights"}

// inRelativeDE reports whether token k stands in a German relative
// clause that opens after a comma before it (", das die Zeitung …") and
// closes with a comma before token i.
func inRelativeDE(toks []token, k, i int) bool {
	open := -1
	for j := k - 1; j >= 1; j-- {
		if toks[j].text == "," {
			break
		}
		if relPronounsDE[toks[j].fold] && toks[j-1].text == "," || j >= 2 && relPronounsDE[toks[j].fold] && prepositions[toks[j-1].fold] && toks[j-2].text == "," {
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := k + 1; j < i && j < len(toks); j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// namedAfterColonDE returns the body whose name opens the reported
// clause after a colon later in sentence s than token i ("…
// verantwortlich: Die Rheinnetz GmbH habe …"), with its finite verb in
// the subjunctive right after it, when ok accepts it; else nil.
func (d *doc) namedAfterColonDE(s, i int, ok func(*entity) bool) *entity {
	toks := d.sents[s].toks
	colon := -1
	for k := i + 1; k < len(toks); k++ {
		if toks[k].text == ":" {
			colon = k
			break
		}
		if toks[k].text == "," || toks[k].quote {
			return nil
		}
	}
	if colon < 0 {
		return nil
	}
	for _, m := range d.ments[s] {
		if m.t0 <= colon {
			continue
		}
		if m.ent == nil || m.kind != mName && m.kind != mShort || m.t0 > colon+2 || m.t0 == colon+2 && !articles[toks[colon+1].fold] {
			return nil
		}
		if m.t1 < len(toks) && konjFiniteDE[toks[m.t1].fold] && ok(m.ent) {
			return m.ent
		}
		return nil
	}
	return nil
}

// rebuttalWords mark a clause that rejects a charge; denialPrevWords a
// sentence that reports a denial.
var (
	rebuttalWords       = set("falsch", "unsinn", "haltlos", "absurd", "unwahr", "false", "untrue", "baseless", "nonsense", "wrong")
	claimDemonstratives = set("das", "dies", "dieser", "diese", "es", "this", "that", "it", "these", "those")
	denialPrevWords     = set("zurück", "zurueck", "bestreitet", "bestritt", "bestreiten", "dementiert", "dementierte", "denied", "denies", "deny", "rejected", "rejects", "dismissed", "disputed", "disputes")
)

// hasTokIn reports whether a token written w stands in toks[from:to].
func hasTokIn(toks []token, from, to int, w string) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		if toks[k].text == w {
			return true
		}
	}
	return false
}

// genitivePluralAttributeDE reports "NOUN adj-er NOUN" between a German
// article at start and the noun at i ("die Arbeitsgemeinschaft
// süddeutscher Wohnungsunternehmen"): the capitalised word after the
// article is a noun, not an adjective (those are lower case), and the
// lower-case "-er" word after it is an adjective in the strong genitive
// plural, so the noun at i is an attribute of the first noun.
func genitivePluralAttributeDE(toks []token, start, i int) bool {
	if i-start != 3 {
		return false
	}
	n, a := toks[start+1], toks[start+2]
	// ("die Arbeitsgemeinschaft bäuerliche Milcherzeuger": a name may
	// keep the adjective uninflected; any adjective after the noun
	// leaves the trade word its attribute.)
	if !n.word || !n.cap || n.acro || !a.word || a.cap || len(a.fold) < 5 || !strings.HasSuffix(a.fold, "er") && !isAdjDE(a) {
		return false
	}
	// "der Bonner Konzern", "die Münchner Firma": a place's adjective in
	// "-er" is capitalised and comes straight before the noun; here the
	// capitalised word is followed by the adjective, so it is the head.
	return !strings.HasSuffix(n.fold, "er")
}

// plantOpenersDE are sentence-opening adverbs before an inverted verb
// and its subject ("Zudem soll das Werk …").
var plantOpenersDE = set("zudem", "außerdem", "ausserdem", "demnach", "dabei", "ferner", "deshalb", "daher", "damals", "jahrelang", "offenbar", "angeblich", "auch")

// plantSubjectDE reports "das Werk" at i as a clause's subject in a text
// that names one company, which the plant then belongs to: "das" right
// before it (a local preposition takes "dem", "im", "des"), and a finite
// auxiliary or modal either right after it (", das Werk habe …", "Das
// Werk soll …") or right before it in an inverted clause whose first
// place holds no other noun ("Demnach soll das Werk …", "…, soll das
// Werk …"; not "Die Behörde habe das Werk geschlossen"). With two
// companies the plant could be either's and means neither.
func (d *doc) plantSubjectDE(toks []token, i int) bool {
	if i < 1 || toks[i-1].fold != "das" {
		return false
	}
	aux := func(f string) bool { return finiteAuxDE[f] || reportedModal[f] || f == "soll" || f == "solle" }
	subj := i+1 < len(toks) && aux(toks[i+1].fold) && (i-1 == 0 || !toks[i-2].word || toks[i-2].fold == "dass")
	if !subj && i >= 2 && aux(toks[i-2].fold) {
		subj = i-2 == 0 || !toks[i-3].word || !toks[i-3].cap || i-3 == 0 && plantOpenersDE[toks[i-3].fold]
	}
	if !subj {
		return false
	}
	n := 0
	for _, e := range d.ents {
		if e.typ == claimgraph.Company && !e.dead && !e.descr {
			n++
		}
	}
	return n == 1
}

// reportAuthorNear returns the author of the one document whose name has
// one of hints ("Gutachten" for "die Gutachter", "Prüfbericht" for "die
// Prüfer") cited in sentence s before token i or in the two sentences
// before; nil where none is, or where two authors' reports are.
func (d *doc) reportAuthorNear(s, i int, hints []string) *entity {
	var found *entity
	for _, o := range d.ents {
		if o.dead || o.typ != claimgraph.Document || o.author == nil || o.author.dead || !o.author.isOrg() || !nameHas(o, hints) {
			continue
		}
		near := false
		for _, m := range d.allMentionsOf(o, s-2, s) {
			if m.sent < s || m.t0 < i {
				near = true
			}
		}
		if !near {
			continue
		}
		if found != nil && found != o.author {
			return nil
		}
		found = o.author
	}
	return found
}

// quoteOpensTag reports that the tokens before the speech verb at v are a
// quotation that opens the sentence, with only its closing comma and
// marks after it: "\"…,\" said".
func (d *doc) quoteOpensTag(toks []token, v int) bool {
	if !toks[0].inq && toks[0].word {
		return false
	}
	seen := false
	for k := 0; k < v; k++ {
		if toks[k].inq {
			seen = true
			continue
		}
		if toks[k].word {
			return false
		}
	}
	return seen
}

// pluralAgentsOfDE reports a German agent noun in "-er" after "die" (so a
// plural: "die Betreiber", "die Hersteller") followed by a genitive whose
// noun no entity covers ("der Deponie Kessin", "des Kraftwerks").
func (d *doc) pluralAgentsOfDE(s, i int) bool {
	toks := d.sents[s].toks
	if i < 1 || i+2 >= len(toks) || toks[i-1].fold != "die" || !strings.HasSuffix(toks[i].fold, "er") {
		return false
	}
	if g := toks[i+1].fold; g != "der" && g != "des" {
		return false
	}
	return toks[i+2].cap && !d.covered[s][i+2]
}

// mergeHoldersIntoOffice takes an unnamed holder of an office into the
// body the text names after that office: "The city's inspector general
// has accused …" and "an audit by the Office of the Inspector General"
// are one party, the office ("the ombudsman" and "the Office of the
// Ombudsman" alike).
func (d *doc) mergeHoldersIntoOffice() {
	for _, o := range d.ents {
		if o.dead || o.typ != claimgraph.Agency {
			continue
		}
		n := fold(o.name)
		if !strings.HasPrefix(n, "office of the ") {
			continue
		}
		role := strings.TrimPrefix(n, "office of the ")
		for _, e := range d.ents {
			if e.dead || e.typ != claimgraph.Official || !e.anon {
				continue
			}
			if f := fold(e.name); f == role || strings.HasSuffix(f, " "+role) && !strings.Contains(strings.TrimSuffix(f, " "+role), " ") {
				d.merge(e, o)
			}
		}
	}
}

// mergeHospitalsIntoTrust takes a hospital the text names into the trust
// that runs it, where the text names one: "Patients at Harrowfield
// General Hospital were left on trolleys … the Harrowfield Hospitals NHS
// Trust said" has one party, the trust.
func (d *doc) mergeHospitalsIntoTrust() {
	var trust *entity
	for _, e := range d.ents {
		if !e.dead && e.typ == claimgraph.Agency && strings.EqualFold(lastWord(e.name), "trust") && nameHas(e, []string{"hospital", "nhs", "health"}) {
			trust = e
			break
		}
	}
	if trust == nil {
		return
	}
	for _, e := range d.ents {
		if e != trust && !e.dead && e.typ == claimgraph.Agency {
			if l := fold(lastWord(e.name)); l == "hospital" || l == "infirmary" {
				d.merge(e, trust)
			}
		}
	}
}
