package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// mkind says how a mention names its entity.
type mkind int

const (
	mName   mkind = iota // a proper name ("Veltrano Logistics AG", "BND")
	mShort               // a short form of a known name ("Veltrano", "Fengler")
	mPerson              // a person's name found beside a role
	mAnon                // an unnamed official ("ein Konzernsprecher")
	mDoc                 // a document cited as a source
	mDesc                // a definite description ("das Unternehmen")
	mPron                // a pronoun ("er", "she")
)

// mention is one span of a sentence that refers to an entity.
type mention struct {
	sent   int
	t0, t1 int // token span [t0, t1) within the sentence
	kind   mkind
	typ    claimgraph.EntityType
	name   string // display form of the span (base form where known)
	key    string // lexicon key, if any
	ent    *entity
	subj   bool // first mention of its sentence: the likely subject
	role   string
	female bool
	// femaleGuess: the first name suggests a woman; "she" may refer to
	// the person, "he" still may too.
	femaleGuess bool
	descr       bool // a descriptive name ("Kenya's environment agency")
	// group: the parties a plural description stands for ("die
	// Verbände" after "Die DUH und der VCD …"); ent is the first.
	group []*entity
	// generic: a country's unnamed bodies ("Belgian authorities"),
	// listed only where they take part in a claim.
	generic bool
	// branchOf: the lexicon key of the body whose regional branch this
	// name is ("AOK Niedersachsen" of de-aok).
	branchOf string
	// slot: an unknown name found by the argument slot of a cue word
	// (slot.go); later sentences may shorten it like a company's name.
	slot bool
	// apart: a known party's name right after a description of another
	// kind ("der Verband Vitara"); the description is no apposition.
	apart bool
}

// entity collects the mentions of one participant of the story.
type entity struct {
	typ      claimgraph.EntityType
	name     string
	nameRank int // how good name is: longer proper names win
	aliases  []string
	key      string
	mentions int
	anon     bool
	affil    *entity
	role     string
	female   bool
	// femaleGuess: see mention.femaleGuess.
	femaleGuess bool
	// filedBy: a document introduced as "a complaint filed by X", a
	// pleading of its own filer, not of an accuser named before.
	filedBy bool
	// rolePre is the first part of a compound role ("bundesinnen" of
	// "Bundesinnenministerin"), roleFull its role word; they find a
	// body the text names only later.
	rolePre, roleFull string
	// portfolio is the field of an English minister or secretary
	// ("health" of "Health Minister", "housing" of "Minister for
	// Housing"): the department named only later is his.
	portfolio string
	descs     []string // apposition descriptors ("kabelhersteller")
	// usedDescs: the trade words of the definite descriptions that took
	// it up before ("utility" of "the utility").
	usedDescs []string
	shorts    []string // folded short forms that refer to it
	last      string   // folded last name of a person
	order     int      // first mention order
	// documents: who wrote it and which outlets saw it, origin first
	author  *entity
	outlets []*entity
	// outletParas: the paragraph in which each of outlets saw it.
	outletParas []int
	hits        []hit // where it was mentioned, for salience
	// otherDescs: heads of descriptions of another entity type set in
	// apposition to it ("Meridian, the staffing agency that …"), which
	// later bare descriptions with that head mean.
	otherDescs []string
	// anonSelf: an official who spoke on condition of anonymity is the
	// party himself, not his organisation.
	anonSelf bool
	// insider: an unnamed staff member or former one, no spokesperson,
	// who asked not to be named ("A Keystone driver, who spoke on
	// condition of anonymity"); what she tells of her bosses' orders is
	// her charge.
	insider bool
	// fromDesc: created from a description with no antecedent; listed
	// only if it takes part in a claim.
	fromDesc bool
	// bodyHead: the head noun of a body named only by its description
	// ("behoerde", "office"); a name said soon after takes it over only
	// if it has that head.
	bodyHead string
	used     bool
	dead     bool // merged into another entity
	former   bool // a former holder of the role speaks for himself
	descr    bool // named only descriptively; a proper name said soon after takes over
	slot     bool // introduced by the slot of a cue word (slot.go)
	// member: a politician named with his party in brackets ("Stadtrat
	// Florian Weiß (AfD)") belongs to it but speaks for himself.
	member bool
	// genericOnly: named only as a country's unnamed bodies ("Cypriot
	// authorities"); listed only if it takes part in a claim.
	genericOnly bool
	// owns: the company this one owns ("Chattr's parent company,
	// Lumaro Inc."); an owner defends what is said of it.
	owns *entity
	// defends: the party this one stands behind ("Rückendeckung erhielt
	// der Bürgermeister von der CSU-Fraktion", "came to Fenner's
	// defence"); its rejection of a charge answers for that party.
	defends *entity
	// private: a private person introduced by description ("A Texas
	// mother"); listed only once the text names her.
	private  bool
	branchOf string // as mention.branchOf
	// pleads: counsel pleading affil's case in court (pleadsCaseFor).
	pleads bool
}

type hit struct {
	sent int
	tok  int // first token of the mention
	subj bool
}

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" || s == e.name {
		return
	}
	for _, a := range e.aliases {
		if a == s {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

// groupDesc reports a body introduced as a group ("Hackergruppe
// Frostlauf", "militant group Hezbollah"), which "die Gruppe" may name.
func (e *entity) groupDesc() bool {
	for _, x := range e.descs {
		// "Campaigners Clean Air Now" … "the group".
		if strings.Contains(x, "grupp") || strings.Contains(x, "group") || strings.Contains(x, "campaign") || strings.Contains(x, "activist") {
			return true
		}
	}
	return strings.Contains(fold(e.name), "group") || strings.Contains(fold(e.name), "grupp")
}

// nonStateBody reports a body the text introduced as a campaign, union,
// association or NGO ("die Organisation Foodwatch", "the union Unite").
func (e *entity) nonStateBody() bool {
	for _, x := range e.descs {
		for _, w := range []string{"organisation", "organization", "verband", "verein", "initiativ", "group", "grupp", "campaign", "union", "gewerkschaft", "charit", "activist", "buendnis", "bündnis", "tank"} {
			if strings.Contains(x, w) {
				return true
			}
		}
	}
	// "die Umweltinitiative Heideland", "der Bäckerinnungsverband
	// Westfalen": the name says it ("Union" and "Organisation" do not:
	// the European Union and the World Health Organization are bodies of
	// states).
	n := fold(e.name)
	for _, w := range []string{"verband", "verein", "initiativ", "gewerkschaft", "buendnis", "bündnis", "campaign", "charit", "betriebsrat", "personalrat", "works council"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	// "Harbor Workers Union", "Lindell Tenants Union": a union of people.
	if strings.HasSuffix(n, " union") {
		for _, w := range []string{"workers", "employees", "tenants", "teachers", "nurses", "drivers", "pilots", "farmers", "students", "trade", "labour", "labor", "credit", "staff", "dockers", "miners"} {
			if strings.Contains(n, w) {
				return true
			}
		}
	}
	// "Transport Workers' Federation", "Coastal Fishers Alliance": the
	// people a body's name says it gathers make it a members' body.
	for _, w := range strings.Fields(n) {
		if memberPlurals[trimPoss(strings.TrimRight(w, "'’"))] {
			return true
		}
	}
	return false
}

// memberPlurals are the people whose bodies unions and associations are.
var memberPlurals = set("workers", "employees", "nurses", "teachers", "pilots", "drivers", "farmers", "tenants", "fishers", "fishermen",
	"doctors", "dockworkers", "miners", "consumers", "patients", "passengers", "residents", "supporters", "fans", "riders", "journalists")

// stateAsWhole reports a state acting as a party ("Kenya", "Brastova"
// for its government), which "the regulator" or "die Behörde" never
// names: a regulator is one body of a state, not the state.
func (e *entity) stateAsWhole() bool {
	return strings.HasSuffix(e.key, "-government") && !strings.HasPrefix(e.key, "us-state-") && !strings.Contains(fold(e.name), "regierung") && !strings.Contains(fold(e.name), "government") && !strings.Contains(fold(e.name), "minist")
}

// politicalParty reports a party or parliamentary group by its name
// ("Marrow Party", "Fraktion der Grünen"), which is no authority either.
func (e *entity) politicalParty() bool {
	n := fold(e.name)
	return strings.Contains(n, "party") || strings.Contains(n, "partei") || strings.Contains(n, "fraktion")
}

// isOrg reports whether e is an organisation (a possible affiliation).
func (e *entity) isOrg() bool {
	return e.typ == claimgraph.Company || e.typ == claimgraph.Agency || e.typ == claimgraph.Publication
}

// doc is the state of one Extract call.
type doc struct {
	x       *Extractor
	a       claimgraph.Article
	lang    string
	rs      []rune
	sents   []sentence
	ments   [][]*mention // per sentence, in token order
	ents    []*entity
	byKey   map[string]*entity
	acro    map[string]*entity // acronyms defined in parentheses
	pubToks []token
	covered [][]bool

	personRoles  []personRole
	attributions []attribution
	// forwardFilings are pleadings a subject filed ("X filed a lawsuit")
	// whose claims the next sentences state ("She claims …").
	forwardFilings []attribution
	accs           []*acc
	dens           []*den
	secondPass     bool
	dangling       []dangling        // denials that found nothing to answer
	roleCache      map[string]string // isRoleToken's answers for capitalised words
	recovering     *entity           // while licensing: the only party an accusation may name as accused
	recoveringBy   []*entity         // and, if any, the accusers it may have
	// accepts marks the sentences with a phrase of accepting a charge
	// (deny.go, conceded), computed once when first asked.
	accepts []bool
	// docOwners remembers who issued a document the text mentioned
	// before it cited it, by document kind.
	docOwners map[string]*entity
	// paperSent is one more than the sentence where a body was said to
	// put out a paper not yet cited ("X hat einen Bericht
	// veröffentlicht"), paperOwner that body: "heißt es darin" after it
	// cites that paper.
	paperSent  int
	paperOwner *entity
	forceDoc   bool // documentPass: take every document as cited
	pending    []pendingAcc
	// slotStateSent is one more than the sentence whose slot object was
	// described as a state ("neighbouring Vellmark"), or 0.
	slotStateSent int
	objectDesc    bool // the description being resolved is an object
	paraFirst     bool // a description prefers what its own paragraph named
	// cataphors are descriptions with nothing before them to refer to
	// ("their union accused the hospital operator of …" in a lede); a
	// name said in the next two sentences may take them over.
	cataphors []cataphor
	// sport is 1 when the article speaks of sport, -1 when not, 0 before
	// sportStory looked.
	sport int
	// wordAt indexes every token by its folded form (possessive 's
	// dropped) for runElsewhere; built on first use.
	wordAt map[string][][2]int
	// counsel holds the folded names and surnames of lawyers a party
	// speaks through ("its lawyer, Peter Quill"): no party themselves,
	// also where the text names them again ("Quill said").
	counsel map[string]bool
	// counselFor holds, for a lawyer named with his client ("Harrowfield's
	// barrister, Philippa Rowe KC", "Counsel for the Ministry of Defence,
	// Edward Lang KC"), the surname and where the client is named.
	counselFor []counselClient
}

func (d *doc) newEntity(t claimgraph.EntityType, name, key string) *entity {
	e := &entity{typ: t, name: name, key: key, order: len(d.ents)}
	d.ents = append(d.ents, e)
	if key != "" {
		d.byKey[string(t)+"|"+key] = e
	}
	return e
}

// spanText returns the text of tokens [t0, t1) of sentence s as written.
func (d *doc) spanText(s, t0, t1 int) string {
	toks := d.sents[s].toks
	if t0 >= t1 || t1 > len(toks) {
		return ""
	}
	return string(d.rs[toks[t0].s:toks[t1-1].e])
}

func (d *doc) cover(s, t0, t1 int) {
	for i := t0; i < t1 && i < len(d.covered[s]); i++ {
		d.covered[s][i] = true
	}
}

func (d *doc) free(s, t0, t1 int) bool {
	if t0 < 0 || t1 > len(d.covered[s]) {
		return false
	}
	for i := t0; i < t1; i++ {
		if d.covered[s][i] {
			return false
		}
	}
	return true
}

// mentionAt returns the mention covering token i of sentence s.
func (d *doc) mentionAt(s, i int) *mention {
	for _, m := range d.ments[s] {
		if m.t0 <= i && i < m.t1 {
			return m
		}
	}
	return nil
}

func (d *doc) addMention(m *mention) {
	if d.counsel != nil && (m.kind == mName || m.kind == mShort || m.kind == mPerson) && d.counsel[fold(m.name)] {
		return
	}
	// "dem größten Versorger Bayerns", "Werkzeugmaschinenbauer
	// Süddeutschlands": a place's genitive alone is no company's name.
	if m.kind == mName && m.typ == claimgraph.Company && d.lang == "de" && m.t1 == m.t0+1 && m.key == "" && d.regionGenitiveDE(d.sents[m.sent].toks[m.t0]) {
		return
	}
	ms := d.ments[m.sent]
	pos := len(ms)
	for k, o := range ms {
		if o.t0 > m.t0 {
			pos = k
			break
		}
	}
	ms = append(ms, nil)
	copy(ms[pos+1:], ms[pos:])
	ms[pos] = m
	d.ments[m.sent] = ms
	d.cover(m.sent, m.t0, m.t1)
}

// ownClauseEN returns where the English clause that holds token limit
// of sentence s starts when a clause of its own with a subject named
// before limit follows another clause ("…, while Brightwater accused the
// alliance", "…; Tallis accused the company"), else 0.
func (d *doc) ownClauseEN(s, limit int) int {
	if d.lang != "en" {
		return 0
	}
	toks := d.sents[s].toks
	for k := min(limit, len(toks)) - 1; k > 1; k-- {
		t := toks[k]
		if !(t.text == ";" || (t.fold == "while" || t.fold == "whereas" || t.fold == "whilst" || t.fold == "but" || t.fold == "and") && toks[k-1].text == ",") {
			continue
		}
		for _, m := range d.ments[s] {
			// ("…, and the country's competition authority fined the
			// retailer": a described subject has a clause of its own too.)
			if m.t0 <= k || m.t1 >= limit || m.ent == nil || m.kind == mPron {
				continue
			}
			// "Orrin in turn accused the bank", "Brightwater has also
			// accused the alliance".
			v := m.t1
			for n := 0; n < 3 && v < limit && (toks[v].fold == "in" || toks[v].fold == "turn" || toks[v].fold == "also" || toks[v].fold == "has" || toks[v].fold == "have" ||
				toks[v].fold == "then" || strings.HasSuffix(toks[v].fold, "ly") && !toks[v].cap); n++ {
				v++
			}
			if v < limit && (accuseEN[toks[v].fold] || chargeEN[toks[v].fold]) {
				return k
			}
		}
		return 0
	}
	return 0
}

// colonClauseStart returns the colon before token limit of sentence s
// when the clause after it names a party of its own before limit ("Neuer
// Ärger für die Stadtwerke Kempten: Die Verbraucherzentrale wirft dem
// Versorger vor", "X is under pressure: the group accuses the company"):
// the words after such a colon are a sentence of their own, and the body
// named before it is an antecedent like one of the sentence before; else 0.
func (d *doc) colonClauseStart(s, limit int) int {
	toks := d.sents[s].toks
	for k := min(limit, len(toks)) - 1; k > 1; k-- {
		if toks[k].text != ":" || toks[k].inq {
			continue
		}
		for _, m := range d.ments[s] {
			if m.t0 > k && m.t1 <= limit && m.ent != nil && m.kind != mPron && m.kind != mDesc {
				return k
			}
		}
		return 0
	}
	return 0
}

// salient returns the most salient entity accepted by ok before token
// limit of sentence s: recent subjects weigh most. Entities mentioned in
// sentence s itself are skipped when exclude is set, because a
// description rarely refers to a name in its own clause.
func (d *doc) salient(s, limit int, exclude bool, ok func(*entity) bool) *entity {
	same := map[*entity]bool{}
	if exclude {
		// "The alliance accused Brightwater of …, while Brightwater
		// accused the alliance of …": the names of a clause before the
		// one the description stands in are antecedents like any other.
		k0 := max(d.ownClauseEN(s, limit), d.colonClauseStart(s, limit))
		for _, m := range d.ments[s] {
			if m.t1 <= k0 {
				continue
			}
			// A name in the clause is not what a description refers to;
			// a description or pronoun before it may be ("Der DAX-Konzern
			// erklärte, bei den Fahrzeugen des Unternehmens …"), unless
			// the description is an object.
			// ("'We reject the suggestion that Harwick helped anyone,' the
			// company said": a name inside the quotation the description
			// closes is the speaker's word for itself.)
			if m.ent != nil && m.t0 < limit && ok(m.ent) && (d.objectDesc || m.kind != mDesc && m.kind != mPron) &&
				!(d.lang == "en" && d.sents[s].toks[m.t0].inq && limit < len(d.sents[s].toks) && !d.sents[s].toks[limit].inq) {
				same[m.ent] = true
			}
			// "Castorin-Chef Vossberg warf dem Unternehmen vor": the
			// speaker's organisation is not the one described either.
			if d.objectDesc && m.ent != nil && m.t0 < limit && m.ent.affil != nil && ok(m.ent.affil) {
				same[m.ent.affil] = true
			}
		}
		// "A former employee of Dunmore Foods, who asked not to be
		// named, said the company had …": the body a speaker before the
		// description belongs to is what the subject description means.
		if !d.objectDesc {
			for _, m := range d.ments[s] {
				if m.ent != nil && m.t0 < limit && ok(m.ent) && d.roleComplement(s, m) && d.speakerOfClause(s, m, limit) {
					return m.ent
				}
			}
			// "Crestbank's general counsel said the bank had …": the body
			// whose officer speaks.
			for _, m := range d.ments[s] {
				if m.ent != nil && m.t0 == 0 && m.t1 < limit && m.ent.isOrg() && ok(m.ent) && m.kind != mDesc && m.kind != mPron &&
					(strings.HasSuffix(d.sents[s].toks[m.t1-1].text, "'s") || strings.HasSuffix(d.sents[s].toks[m.t1-1].text, "’s")) &&
					m.t1 < len(d.sents[s].toks) && !d.sents[s].toks[m.t1].cap && d.speakerOfClause(s, m, limit) {
					return m.ent
				}
			}
			// "Norvik's chief executive, Lars Holm, told the Herald that
			// the company had …": a named officer speaks of his own body.
			for _, m := range d.ments[s] {
				if m.ent != nil && m.t0 < limit && m.ent.typ == claimgraph.Official && !m.ent.anon && m.ent.affil != nil && !m.ent.former && ok(m.ent.affil) &&
					(m.kind == mPerson || m.kind == mShort) && d.speakerOfClause(s, m, limit) {
					return m.ent.affil
				}
			}
		}
	}
	// "Orth-Vorständin Marlene Oswig wies die Vorwürfe zurück": a
	// person speaking for a body as the subject just before keeps the
	// body in view, as a subject of its own half as much.
	var spoke map[*entity][]hit
	for _, o := range d.ents {
		if o.typ != claimgraph.Official || o.affil == nil || o.dead {
			continue
		}
		for _, h := range o.hits {
			if h.subj && h.sent <= s && s-h.sent <= 1 {
				if spoke == nil {
					spoke = map[*entity][]hit{}
				}
				spoke[o.affil] = append(spoke[o.affil], hit{sent: h.sent, tok: h.tok})
			}
		}
	}
	var best *entity
	bestScore := 0.0
	bestLast := -1
	// "The firm denied the claim" in a paragraph that names its own
	// parties: a description takes up what its paragraph is about before
	// a body the paragraphs before talked of more.
	para := -1
	if d.paraFirst {
		para = d.sents[s].para
		for _, e := range d.ents {
			if !ok(e) || same[e] {
				continue
			}
			for _, h := range e.hits {
				if h.sent <= s && h.sent >= s-4 && (h.sent < s || h.tok < limit) && d.sents[h.sent].para == para {
					goto found
				}
			}
		}
		para = -1
	found:
	}
	for _, e := range d.ents {
		if !ok(e) || same[e] {
			continue
		}
		score := 0.0
		last := -1
		hits := e.hits
		if len(spoke[e]) > 0 {
			hits = append(append([]hit(nil), e.hits...), spoke[e]...)
		}
		for _, h := range hits {
			// A description refers back: a name later in its own
			// sentence is no antecedent ("The company accused Hollow
			// Point of …").
			if h.sent > s || h.sent < s-4 || h.sent == s && h.tok >= limit {
				continue
			}

			w := 1.0
			if h.subj {
				w = 2
			}
			switch s - h.sent {
			case 0, 1:
			case 2:
				w *= 0.6
			default:
				w *= 0.3
			}
			if para >= 0 && d.sents[h.sent].para != para {
				w *= 0.25
			}
			score += w
			if h.sent > last {
				last = h.sent
			}
		}
		if score == 0 {
			continue
		}
		if score > bestScore || score == bestScore && last > bestLast {
			best, bestScore, bestLast = e, score, last
		}
	}
	if best == nil && exclude {
		// Only names of this sentence fit: an object description
		// ("…, accusing the militant group of …") is the party named
		// last, not the subject; another description the first named.
		var subj *entity
		if ms := d.ments[s]; len(ms) > 0 {
			subj = ms[0].ent
		}
		lastTok := -1
		for _, m := range d.ments[s] {
			if m.ent == nil || !same[m.ent] || m.t0 >= limit {
				continue
			}
			if d.objectDesc && m.ent != subj && m.t0 > lastTok {
				best, lastTok = m.ent, m.t0
			}
		}
		if best == nil {
			for e := range same {
				if best == nil || e.order < best.order {
					best = e
				}
			}
		}
	}
	if best == nil {
		// Fall back to the most mentioned compatible entity so far.
		for _, e := range d.ents {
			if ok(e) && len(e.hits) > 0 && (e.hits[0].sent < s || e.hits[0].sent == s && e.hits[0].tok < limit) && (best == nil || len(e.hits) > len(best.hits)) {
				best = e
			}
		}
	}
	return best
}

// attach links mention m to entity e and records the hit.
func (d *doc) attach(m *mention, e *entity) {
	m.ent = e
	if e.mentions == 0 && m.generic {
		e.genericOnly = true
	} else if !m.generic && m.kind != mPron && m.kind != mDesc {
		e.genericOnly = false
	}
	e.mentions++
	e.hits = append(e.hits, hit{sent: m.sent, tok: m.t0, subj: m.subj})
	if m.kind == mName || m.kind == mPerson || m.kind == mAnon || m.kind == mDoc {
		rank := len([]rune(m.name))
		// A lexicon form is a base form, unless it is another, shorter
		// name the lexicon knows ("Sparkasse" for "Sparkasse Allgäu").
		if m.kind == mName && m.key != "" && (e.key == "" || e.key == m.key || e.nameRank >= 1000) {
			rank += 1000
		}
		// "Die Bundesregierung wirft … vor, Daten aus deutschen Behörden
		// …": a country's unnamed bodies in general name it less well
		// than its own name, however long.
		if m.generic || m.descr {
			rank -= 500
		}
		if e.name == "" || rank > e.nameRank && !(e.typ == claimgraph.Official && m.kind == mShort) {
			if e.name != "" {
				e.addAlias(e.name)
			}
			e.name = m.name
			e.nameRank = rank
		} else {
			e.addAlias(m.name)
		}
	} else {
		e.addAlias(m.name)
	}
}

// cataphor is a description in sentence sent, tokens [t0, t1), that
// found no antecedent.
type cataphor struct {
	sent, t0, t1 int
	typ          claimgraph.EntityType
	want         []string
	// gender of an age noun ("dem 61-Jährigen": 'm', "der 27-Jährigen":
	// 'f'), 0 when its article leaves it open.
	gender byte
	// indef: an indefinite lede ("A British defence company has
	// accused …"); the party named next that does not speak.
	indef bool
	// object: an indefinite lede's object ("has accused a Birmingham
	// machine-tool dealer of …"); the party of its kind named next.
	object bool
}

// roleComplement reports whether the name m completes a role noun before
// it: "a former employee of Dunmore Foods", "ein Sprecher des Konzerns X".
func (d *doc) roleComplement(s int, m *mention) bool {
	toks := d.sents[s].toks
	k := m.t0 - 1
	if k >= 0 && articles[toks[k].fold] {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].fold {
	case "of", "for", "at", "des", "der", "von", "vom":
	default:
		return false
	}
	// "a former nurse at the Westbrook Clinic": a person named by her
	// work there too.
	return isRoleToken(toks[k-1], d) != "" || d.personNoun(toks[k-1]) || privateNouns[toks[k-1].fold] || personNouns[toks[k-1].fold]
}

// speakerOfClause reports whether the person mention m is the subject of a
// speech verb between it and token limit ("…, said the company had").
func (d *doc) speakerOfClause(s int, m *mention, limit int) bool {
	toks := d.sents[s].toks
	for k := m.t1; k < limit && k < len(toks); k++ {
		if speechVerbs[toks[k].fold] {
			// The description opens the reported clause.
			for j := k + 1; j < limit; j++ {
				// "told the Valley Herald that": the outlet told.
				if om := d.mentionAt(s, j); om != nil && om.t0 == j && om.ent != nil && om.ent.typ == claimgraph.Publication && j <= k+2 {
					j = om.t1 - 1
					continue
				}
				if f := toks[j].fold; f != "that" && f != "dass" && !articles[f] && toks[j].text != "," {
					return false
				}
			}
			return true
		}
	}
	return false
}
