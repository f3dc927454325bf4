package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// This file holds the parts of the DENY frames (deny.go) that decide who
// denies and what a denial answers beyond the plain "X denied the
// allegations": the speaker behind an organ, a statement, a plural or
// coordinated subject; the accusers a denial names or points back to; and
// denials that restate the charge.
//
// Denials without a denial word: the accused restates the charge negated
// ("Skyreach did not hide anything from Orbitra", „Wir haben zu keinem
// Zeitpunkt Preise … abgesprochen“) or justifies the very conduct it is
// charged with ("its prices reflected the cost of …"). Neither names the
// accusation, so the words of the accusation must come back: a denial is
// read only where the speaker is an accused party and the negated clause
// (or the justification) shares a content word with what it was accused
// of. That overlap also picks which of several accusations it answers.

// negationWords open a negated clause.
var negationWords = set("not", "never", "nothing", "nicht", "nie", "niemals", "nichts", "kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei")

// isNegation tells a word that opens a negated clause ("not", "didn't",
// „keine“, "had made no unauthorised changes").
func isNegation(f string) bool {
	return negationWords[f] || f == "no" || strings.HasSuffix(f, "n't") || strings.HasSuffix(f, "n’t")
}

// justifyWords defend the conduct itself: "its prices reflected the cost
// of …", „die Preise seien sachlich gerechtfertigt“.
var justifyWords = set("reflected", "reflect", "reflects", "reflecting", "justified", "warranted", "gerechtfertigt", "begruendet", "angemessen", "wider",
	// "the payments were legitimate", „die Zahlungen seien rechtmäßig“.
	"legitimate", "lawful", "legal", "legitim", "rechtmaessig", "zulaessig", "ordnungsgemaess",
	// "the loans were \"entirely normal\"", „die Zahlungen seien
	// branchenüblich“: the conduct called ordinary practice.
	"normal", "customary", "ueblich", "branchenueblich", "marktueblich",
	// „sämtliche Verkäufe seien fristgerecht gemeldet worden“: a duty met
	// in time.
	"fristgerecht", "vorschriftsmaessig", "termingerecht")

// predicativeWords justify only after a copula.
var predicativeWords = set("legitimate", "lawful", "legal", "legitim", "rechtmaessig", "zulaessig", "ordnungsgemaess", "angemessen", "justified", "warranted", "gerechtfertigt", "begruendet",
	"normal", "customary", "ueblich", "branchenueblich", "marktueblich")

// legalWords assert the conduct's legality.
var legalWords = set("legal", "lawful", "legitimate", "rechtmaessig", "legitim", "zulaessig")

// alwaysWords assert that the conduct was always proper: "man habe
// Leiharbeiter stets nach Tarif bezahlt", "it had always carried out
// brake inspections". They deny only a close restatement (two words).
// ("every change order had been approved \"in full accordance with county
// policy\"": done by the rules; German „im Einklang mit“ is a phrase of
// rejection.)
var alwaysWords = set("stets", "immer", "always", "jederzeit", "ordnungsgemaess", "properly", "correctly", "korrekt", "fristgerecht", "vorschriftsmaessig", "termingerecht",
	"accordance")

// overlapStop are content words too common in news to tie a denial to
// one accusation.
var overlapStop = set("company", "companies", "unternehmen", "firma", "konzern", "years", "jahre", "jahren", "million", "millionen", "billion",
	"milliarden", "euro", "dollars", "percent", "prozent", "people", "menschen", "anything", "anyone", "everything", "something", "time",
	"zeitpunkt", "would", "could", "should", "werden", "wurde", "wurden", "habe", "haben", "hatte", "hatten", "been", "being", "sei", "seien",
	"their", "them", "there", "what", "with", "from", "about", "other", "others", "these", "those", "sich", "ihre", "ihren", "seine", "seinen",
	"eigenen", "own", "more", "mehr", "than", "als", "well", "also", "auch", "noch", "only", "nur", "allegedly", "angeblich", "mutmasslich",
	"alle", "allen", "all", "any", "jemals", "ever")

// contentStem reduces a folded word to a rough stem for overlap: English
// and German inflection endings off ("hiding"/"hide" → "hid",
// "abgesprochen" stays whole). Short and function words give "".
func contentStem(f string) string {
	// "never hid anything": a short past tense of a conduct word.
	if f == "hid" || f == "spy" {
		return f
	}
	if len(f) < 4 || functionWords[f] || overlapStop[f] || negationWords[f] || accusingWord(f) {
		return ""
	}
	// German participles of separable verbs carry "ge" after the
	// prefix: "abgesprochen" and "Absprachen", "weitergegeben" and
	// "Weitergabe" share their first letters without it.
	for _, pre := range separablePrefixes {
		if strings.HasPrefix(f, pre+"ge") && len(f) > len(pre)+5 {
			f = pre + f[len(pre)+2:]
			break
		}
	}
	// A German weak participle ("gemeldet", "gezahlt") shares its root
	// with the infinitive charged ("zu melden", "zahle").
	if strings.HasPrefix(f, "ge") && len(f) >= 7 && strings.HasSuffix(f, "t") {
		r := strings.TrimSuffix(f[2:len(f)-1], "e")
		if len(r) >= 4 {
			return r
		}
	}
	for _, suf := range []string{"ings", "ing", "ied", "ies", "ed", "es", "en", "er", "em", "s", "e", "n"} {
		if len(f)-len(suf) >= 3 && strings.HasSuffix(f, suf) {
			f = f[:len(f)-len(suf)]
			break
		}
	}
	if strings.HasSuffix(f, "e") && len(f) > 4 {
		f = f[:len(f)-1]
	}
	return f
}

// accusingWord reports a word for the act of accusing ("accusing",
// "the accusation", „Vorwürfe“, „beschuldigt“): it names the charge, not
// the conduct charged, so a denial that calls "the accusation" false
// restates none of the charge's content.
func accusingWord(f string) bool {
	for _, pre := range []string{"accus", "alleg", "vorwurf", "vorwuerf", "vorgeworf", "vorwerf", "beschuldig", "anschuldig"} {
		if strings.HasPrefix(f, pre) {
			return true
		}
	}
	return false
}

// separablePrefixes open German separable verbs.
var separablePrefixes = []string{"zurueck", "weiter", "heraus", "herunter", "ab", "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "weg", "zu", "fest", "frei", "ueber"}

// stemsMatch: equal stems, one a prefix of the other of at least five
// letters ("falsif"/"falsify"), or a shared start of seven letters for a
// noun and a verb of one root ("absprach"/"absproch" share "abspr" only,
// "weitergab"/"weitergeb" share seven).
func stemsMatch(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 5 && strings.HasPrefix(b, a) {
		return true
	}
	n := 0
	for n < len(a) && a[n] == b[n] {
		n++
	}
	if n >= 7 || n >= 5 && n >= len(a)-3 && len(a) >= 8 {
		return true
	}
	ca := conceptOf(a)
	return ca >= 0 && ca == conceptOf(b)
}

// concepts group the roots of words that name one kind of conduct, so
// that a denial in other words answers the charge: "did not hide
// anything" answers "did not disclose", „nichts verschwiegen“ answers
// "concealed", "never bribed" answers „Schmiergeld“.
var concepts = [][]string{
	{"hid", "conceal", "=cover", "cover-up", "coverup", "disclos", "withh", "verschwieg", "verheimlich", "verschleier", "vertusch", "verberg", "verbarg", "offengeleg", "offenleg"},
	{"brib", "bestech", "bestoch", "kickback", "schmier"},
	{"falsif", "=fak", "fake", "manipul", "forged", "forgi", "forger", "faelsch", "fabricat", "doctored"},
	{"overcharg", "inflat", "ueberhoeh", "ueberteuer", "overpric", "overbill", "wucher"},
	{"=spi", "spy", "spies", "spion", "spaeh", "espionag", "surveil", "ueberwach"},
	{"dump", "discharg", "pollut", "einleit", "eingeleit", "verschmutz", "contamin", "verunrein"},
	{"collu", "cartel", "kartell", "abgesproch", "absprach", "pricefix", "price-fix"},
	{"mislead", "=misl", "deceiv", "decept", "taeusch", "irrefuehr", "betrog", "betrueg", "betrug", "fraud", "defraud"},
	{"=dop", "gedopt", "steroid", "anabol"},
}

// conceptOf returns the index of the concept a stem's root belongs to,
// or -1.
func conceptOf(st string) int {
	for i, roots := range concepts {
		for _, r := range roots {
			// "=dop": the whole stem ("doped", "doping"), not "doppelt".
			if r[0] == '=' && st == r[1:] || r[0] != '=' && strings.HasPrefix(st, r) {
				return i
			}
		}
	}
	return -1
}

// summaryStems lists the content stems of an accusation's summary.
func summaryStems(a *acc) []string {
	var out []string
	for _, w := range strings.FieldsFunc(fold(a.summary), func(r rune) bool { return !isWordRune(r) }) {
		if st := contentStem(w); st != "" {
			out = append(out, st)
		}
	}
	return out
}

// accStems are the content stems of what a charges: its summary and the
// words of the later sentences that restate or source it ("According to
// the claim, … did not disclose them"), names left out.
func (d *doc) accStems(a *acc) []string {
	// A word of a party's name is no word of the charge ("accused
	// Seacrest Ship Management of abandoning …" against "owed
	// management fees").
	var out []string
	names := fold(a.accused.name + " " + a.accuser.name)
	for _, st := range summaryStems(a) {
		if !strings.Contains(names, st) {
			out = append(out, st)
		}
	}
	for _, o := range a.support {
		if o == a.sent || o < 0 || o >= len(d.sents) {
			continue
		}
		for k, t := range d.sents[o].toks {
			if !t.word || d.mentionAt(o, k) != nil {
				continue
			}
			if st := contentStem(t.fold); st != "" {
				out = append(out, st)
			}
		}
	}
	return out
}

// overlap counts the tokens of sentence s in [t0, t1) that restate a
// content word of a's summary, and reports whether one of them stands at
// a verb position: within three words after the negation at neg (English
// "did not hide") or last in the clause (German „… abgesprochen“).
func (d *doc) overlap(s, t0, t1, neg int, a *acc) (n int, verbPos bool) {
	toks := d.sents[s].toks
	stems := d.accStems(a)
	last := -1
	for k := t1 - 1; k >= t0; k-- {
		if toks[k].word {
			last = k
			break
		}
	}
	for k := t0; k < t1 && k < len(toks); k++ {
		if !toks[k].word || d.mentionAt(s, k) != nil {
			continue
		}
		st := contentStem(toks[k].fold)
		for _, x := range stems {
			if stemsMatch(st, x) {
				n++
				if neg >= 0 && k > neg && k <= neg+3 || k == last {
					verbPos = true
				}
				break
			}
		}
	}
	return n, verbPos
}

// deedAfterNo reports that a word in the three after the "no" at neg in
// sentence s restates the first content word of a's summary, the deed
// charged ("made no unauthorised changes" / "changed the composition").
func (d *doc) deedAfterNo(s, neg int, a *acc) bool {
	st := summaryStems(a)
	names := fold(a.accused.name + " " + a.accuser.name)
	first := ""
	for _, x := range st {
		if !strings.Contains(names, x) {
			first = x
			break
		}
	}
	if first == "" {
		return false
	}
	toks := d.sents[s].toks
	for k := neg + 1; k < len(toks) && k <= neg+3; k++ {
		if stemsMatch(contentStem(toks[k].fold), first) {
			return true
		}
	}
	return false
}

// speakerOf returns the party speaking in sentence s: the subject of its
// speech verb outside the quotation ("its chief executive, Dana
// Whitcombe, said", "sagte ein Sprecher von Kalkwerk Ruhrtal",
// "Skyreach said its prices …"), the token of the verb and the first
// token of the speaker's mention.
func (d *doc) speakerOf(s int, parts []part) (*entity, int, int) {
	toks := d.sents[s].toks
	v := -1
	for k, t := range toks {
		if !t.inq && t.word && (speechVerbs[t.fold] || reportVerbs[t.fold] || counterVerbs[t.fold]) {
			v = k
			break
		}
	}
	if v < 0 {
		return nil, -1, -1
	}
	free := func(p part) bool {
		return p.prep == "" && !p.obj && !toks[p.m.t0].inq && p.e.typ != claimgraph.Document && !speakerPron(toks, p.m)
	}
	for _, p := range parts {
		if p.m.t0 < v && free(p) {
			return p.e, v, p.m.t0
		}
	}
	for _, p := range parts {
		if p.m.t0 > v && p.m.t0 <= v+4 && free(p) {
			return p.e, v, p.m.t0
		}
	}
	return nil, -1, -1
}

// answersThroughOther reports a sentence in which its subject has his own
// words passed on, reported with himself for subject: „ließ über seinen
// Anwalt mitteilen, er habe …“, „ließ erklären, sie sei …“, "said through
// a spokesman that he had …".
func (d *doc) answersThroughOther(s int) int {
	toks := d.sents[s].toks
	for k, t := range toks {
		if t.fold != "liess" && t.fold != "ließ" && t.fold != "ließen" && t.fold != "liessen" {
			continue
		}
		for j := k + 1; j+2 < len(toks) && j <= k+6; j++ {
			switch toks[j].fold {
			case "mitteilen", "erklaeren", "erklären", "ausrichten", "verbreiten":
				if toks[j+1].text == "," && (toks[j+2].fold == "er" || toks[j+2].fold == "sie") {
					return j
				}
				return -1
			}
		}
	}
	// "Renwick said through a lawyer that he had never …".
	for k := 1; k+4 < len(toks); k++ {
		if !speechVerbs[toks[k-1].fold] || toks[k].fold != "through" || !articles[toks[k+1].fold] && !possessives[toks[k+1].fold] {
			continue
		}
		if w := toks[k+2].fold; (lawyerWords[w] || spokesRoles[w]) && w != "client" && toks[k+3].fold == "that" {
			if toks[k+4].fold == "he" || toks[k+4].fold == "she" {
				return k + 3
			}
			return -1
		}
	}
	return -1
}

// unreadWords tell a pleading not yet seen: "had not seen the lawsuit",
// „habe die Klage noch nicht erhalten“.
var unreadWords = set("seen", "received", "read", "gesehen", "erhalten", "gelesen", "vorliegt", "vorliege")

// counterVerbs report an answer: "countered that", „entgegnete“.
var counterVerbs = set("versicherte", "beteuerte", "told", "maintains", "insists", "contends", "countered", "counters", "responded", "replied",
	"entgegnete", "entgegnet", "konterte", "kontert", "widersprach", "stellte")

// accusedParty maps a speaker to the accused it speaks for: itself if
// accused, else its organisation.
func (d *doc) accusedParty(e *entity, s int) (*entity, []*acc) {
	if t := d.accsBefore(e, s); len(t) > 0 {
		return e, t
	}
	if e.typ == claimgraph.Official && e.affil != nil {
		return e.affil, d.accsBefore(e.affil, s)
	}
	return e, nil
}

// accsBefore lists the accusations against e stated before sentence s.
func (d *doc) accsBefore(e *entity, s int) []*acc {
	var out []*acc
	for _, a := range d.accs {
		if a.accused == e && a.sent < s {
			out = append(out, a)
		}
	}
	return out
}

// restatedDenial reads a sentence with no denial cue in which the accused
// negates or justifies the act it is charged with, and records the denial
// of the accusations whose words it restates.
func (d *doc) restatedDenial(s int, parts []part) {
	toks := d.sents[s].toks
	if d.sentenceHas(s, retractWords) || d.sentenceHas(s, admitWords) && !d.sentenceHas(s, contrastWords) {
		return
	}
	neg, just, always, minJust := -1, -1, -1, 1
	for k, t := range toks {
		if neg < 0 && isNegation(t.fold) {
			neg = k
		}
		// Predicative only: "the payments were legal", not "its legal
		// team".
		if just < 0 && justifyWords[t.fold] && (!predicativeWords[t.fold] || k > 0 && copulas[toks[k-1].fold] || k > 1 && copulas[toks[k-2].fold] || d.lang == "de" && copulaBeforeDE(toks, k) || d.lang == "en" && copulaBeforeEN(toks, k)) {
			just = k
		}
		if always < 0 && alwaysWords[t.fold] {
			always = k
		}
	}
	if just < 0 && always >= 0 {
		just, minJust = always, 2
	}
	if neg < 0 && just < 0 {
		return
	}
	speaker, v, at := d.speakerOf(s, parts)
	// „Lindner ließ über seinen Anwalt mitteilen, er habe …“: the verb
	// of passing word on, which speechVerbs need not hold.
	if j := d.answersThroughOther(s); j >= 0 && (speaker == nil || v > j) {
		for _, p := range parts {
			if p.m.t0 < j && p.prep == "" && !p.obj && !toks[p.m.t0].inq {
				speaker, v, at = p.e, j, p.m.t0
				break
			}
		}
	}
	if speaker == nil {
		return
	}
	who, targets := d.accusedParty(speaker, s)
	if len(targets) == 0 {
		return
	}
	// "Elbmarkt habe Mitglieder abgemahnt, Verträge nicht verlängert …,
	// sagte der Gewerkschafter": a sentence that states a charge against
	// the party denies none of it.
	for _, a := range d.accs {
		if a.accused != who {
			continue
		}
		for _, x := range a.support {
			if x == s {
				return
			}
		}
	}
	// "But the company also blamed its former contractor, which it said
	// had billed for home visits that never took place": a speaker who
	// accuses another in the sentence tells of that party's deeds; the
	// negation is part of its charge, not a denial of its own.
	if d.accuserAt(s, who) || d.accuserAt(s, speaker) {
		return
	}
	// The words the speaker says: the quotation, else the clause after
	// the speech verb ("Skyreach said its prices …").
	t0, t1 := v+1, len(toks)
	// A quoted fragment inside the reported clause ("Polarix said its
	// prices reflected the cost … and that it had won the contract
	// "fairly and transparently"") is part of the speaker's words, not
	// all of them.
	if qs := d.quotes(s); len(qs) > 0 && !(v >= 0 && qs[0].t0 > v+1) {
		q := qs[0]
		t0, t1 = q.t0, q.t0
		for t1 < len(toks) && toks[t1].inq {
			t1++
		}
	} else {
		// "Die Zahlungen seien rechtmäßig gewesen, sagte ein Sprecher",
		// "The fees were justified, the company said": the words come
		// before a closing attribution. A comma before the speaker
		// closes an apposition or a relative clause on it ("Kestrel, a
		// family-owned manufacturer, said it had …", "Geoport, which was
		// not a party, said …"): the words still follow the verb.
		for c := v - 1; c > 0 && c >= v-6; c-- {
			if toks[c].text == "," && at > c {
				t0, t1 = 0, c
				break
			}
		}
	}
	// The first negation in the speaker's words: "Geoport, which was
	// not a party, said it "does not sell …"" negates in the quotation.
	if neg >= 0 && (neg < t0 || neg >= t1) {
		neg = -1
		for k := max(t0, 0); k < t1 && k < len(toks); k++ {
			if isNegation(toks[k].fold) {
				neg = k
				break
			}
		}
	}
	if just >= 0 && (just < t0 || just >= t1) {
		just = -1
	}
	if neg < 0 && just < 0 {
		return
	}
	// "Kroger did not pay its subcontractors, the union said": a duty
	// not met, said by another than the accused, charges; it denies
	// nothing.
	if neg >= 0 && omittedDuty(toks, neg) {
		for _, m := range d.ments[s] {
			if m.ent != nil && m.kind != mPron && m.t0 > neg && m.t0 >= v-4 && m.t0 <= v+3 && m.ent != who && party(m.ent) != who && m.ent.typ != claimgraph.Document {
				return
			}
		}
	}
	// "the breaches reflected a serious failure in our onboarding", „die
	// Verstöße seien auf Fehler zurückzuführen“: words that name a fault
	// own up to the conduct; they justify nothing.
	if just >= 0 && neg < 0 {
		for k := t0; k < t1; k++ {
			if faultWords[toks[k].fold] {
				return
			}
		}
	}
	// "Grayfin said Veltrix had not disclosed …": a negated clause
	// whose subject is another party says nothing of the speaker's acts.
	if at := max(neg, just); at >= 0 {
		for _, m := range d.ments[s] {
			if m.t0 < t0 || m.t0 >= at || m.ent == nil || m.ent.typ == claimgraph.Document {
				continue
			}
			// "man", "wir", "we" in the speaker's words are the
			// speaker, whatever coreference made of them.
			if speakerPron(toks, m) {
				continue
			}
			if m.t1 >= at-3 && party(m.ent) != who && m.ent != who && m.ent != speaker {
				return
			}
		}
	}
	// "did not respond to a request for comment", "nannte keine
	// Einzelheiten": a refusal to speak restates nothing.
	for k := t0; k < t1; k++ {
		if f := toks[k].fold; f == "comment" || f == "details" || f == "einzelheiten" || f == "stellungnahme" || f == "respond" || f == "return" {
			return
		}
	}
	var best []*acc
	bestN := 0
	for _, a := range targets {
		n, verbPos := d.overlap(s, t0, t1, neg, a)
		// A negation must deny the act itself (two shared words, or the
		// verb); a justification names the conduct once.
		// "no" negates a noun, not the act: "had made no unauthorised
		// changes" must restate two words ("received no wage money" is
		// not "stopped paying wages").
		// ("had made no unauthorised changes" against "had changed the
		// composition": the noun after "no" names the charged deed
		// itself, the summary's first word.)
		if neg >= 0 && (!verbPos || toks[neg].fold == "no" && !d.deedAfterNo(s, neg, a)) && n < 2 || neg < 0 && n < minJust || n == 0 {
			continue
		}
		switch {
		case n > bestN:
			best, bestN = []*acc{a}, n
		case n == bestN:
			best = append(best, a)
		}
	}
	// "countered that the discharges were legal": legality asserted
	// right after an accusation answers it even in other words (the
	// sole accusation, or the one just stated).
	if len(best) == 0 && neg < 0 && just >= 0 && legalWords[toks[just].fold] {
		if len(targets) == 1 {
			best = targets
		}
		for _, a := range targets {
			if a.sent == s-1 || a.sent == s {
				best = []*acc{a}
			}
		}
	}
	// „Kallweit selbst ließ über das Ministerium mitteilen, er habe sich
	// für befangen erklärt und sei an keiner Entscheidung beteiligt
	// gewesen“: an accused person who has word passed on answers the
	// charge last made against him, whatever words his denial takes.
	// (Not "said through a lawyer that he had not yet seen the lawsuit":
	// a pleading unread answers nothing.)
	if len(best) == 0 && neg >= 0 && who == speaker && speaker.typ == claimgraph.Official && !speaker.anon && d.answersThroughOther(s) >= 0 &&
		!d.sentenceHas(s, unreadWords) {
		last := targets[0]
		for _, a := range targets {
			if a.lastStatedBefore(s) > last.lastStatedBefore(s) {
				last = a
			}
		}
		best = []*acc{last}
	}
	rule := d.lang + ".restate.negated"
	if neg < 0 {
		rule = d.lang + ".restate.justified"
	}
	for _, a := range best {
		d.addDenial(who, a, s, rule, 0.6, d.denialQuote(s, -1))
	}
}

// overlapTargets picks, among targets, the accusations whose words
// sentence s restates most; nil when none or all restate equally.
func (d *doc) overlapTargets(s int, targets []*acc) []*acc {
	toks := d.sents[s].toks
	var best []*acc
	bestN := 0
	for _, a := range targets {
		n, _ := d.overlap(s, 0, len(toks), -1, a)
		n += d.restatingOverlap(s, a, targets)
		if n == 0 && d.lang == "de" {
			n = d.compoundOverlap(s, a)
		}
		switch {
		case n > bestN:
			best, bestN = []*acc{a}, n
		case n == bestN && n > 0:
			best = append(best, a)
		}
	}
	if bestN == 0 || len(best) == len(targets) {
		return nil
	}
	return best
}

// compoundOverlap counts the German compounds of sentence s whose last
// part restates a content word of a: „den Vorwurf der Datenweitergabe“
// answers „Gesundheitsdaten … weitergegeben“. The last part must be long
// enough (seven letters) to name a deed, not a bare ending.
func (d *doc) compoundOverlap(s int, a *acc) int {
	toks := d.sents[s].toks
	stems := d.accStems(a)
	n := 0
	for k, t := range toks {
		f := t.fold
		if !t.word || len(f) < 11 || d.mentionAt(s, k) != nil || contentStem(f) == "" {
			continue
		}
	split:
		for i := 4; len(f)-i >= 7; i++ {
			st := contentStem(f[i:])
			for _, x := range stems {
				if stemsMatch(st, x) {
					n++
					break split
				}
			}
		}
	}
	return n
}

// organWordsDE/EN name the organs and counsel through which an
// organisation or a person speaks: "Die Klinikleitung wies die
// Anschuldigungen zurück", "Morland's lawyers rejected …".
var organWordsEN = set("management", "board", "leadership", "lawyer", "lawyers", "attorney", "attorneys", "counsel", "executives", "directors", "owners", "legal",
	"representatives", "representative", "spokespeople")

// personOrgansEN are the followers through whom a person speaks, but
// only after that person's possessive: "Mwangi's campaign denied …",
// "Okoro's camp rejected …". Alone ("the campaign") they are no one's.
// ("Mensah's agent described those claims as \"a smear\"": an athlete's
// or artist's agent, publicist or spokesman too.)
var personOrgansEN = set("camp", "campaign", "team", "entourage", "agent", "agents", "publicist", "spokesman", "spokeswoman", "spokesperson")

func organWordDE(f string) bool {
	switch f {
	case "vorstand", "geschaeftsfuehrung", "fuehrung", "leitung", "spitze", "verteidiger", "verteidigerin", "anwalt", "anwaeltin", "anwaelte", "rechtsanwalt", "rechtsanwaeltin", "rechtsanwaelte", "verteidigung":
		return true
	}
	for _, suf := range []string{"leitung", "fuehrung", "spitze", "vorstand"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+3 {
			return true
		}
	}
	return false
}

// organDenier finds the party behind an organ that is the subject before
// the cue at c: the possessor ("Morland's management", „Dennhardts
// Verteidiger“, „der Vorstand der Klinik“), else the organisation whose
// name the compound shares („Klinikleitung“ → Anselm Kliniken), else the
// organisation accused last before sentence s.
func (d *doc) organDenier(s, c int, parts []part) *entity {
	toks := d.sents[s].toks
	org := -1
	for k := 0; k < c && k < len(toks); k++ {
		if toks[k].inq || !toks[k].word {
			continue
		}
		if d.lang == "en" && (organWordsEN[toks[k].fold] || personOrgansEN[toks[k].fold] && !toks[k].cap) || d.lang == "de" && toks[k].cap && organWordDE(toks[k].fold) {
			org = k
			break
		}
	}
	if org < 0 {
		return nil
	}
	for _, p := range parts {
		if d.lang == "en" && personOrgansEN[toks[org].fold] && (p.m.t1 != org || p.prep != "poss" || p.e.typ != claimgraph.Official || p.e.anon) {
			continue
		}
		// "Morland's management", "Dennhardts Verteidiger" right before
		// the organ; "der Vorstand der Klinik" right after it.
		if p.m.t1 == org && (p.prep == "poss" || p.prep == "gen" || strings.HasSuffix(toks[p.m.t1-1].fold, "s")) ||
			p.m.t0 > org && p.m.t0 <= org+2 && (p.prep == "gen" || p.prep == "von" && lawyerWords[toks[org].fold]) ||
			// "A lawyer for Ashdown said …", "lawyers representing X".
			d.lang == "en" && p.m.t0 > org && p.m.t0 <= org+2 && (p.prep == "for" || toks[p.m.t0-1].fold == "representing") {
			if lawyerWords[toks[org].fold] {
				return d.unnamedClient(s, p.e)
			}
			return p.e
		}
	}
	// The article of the organ must open the clause: "Die Klinikleitung
	// wies …", not "Sie wies die Vorwürfe der Klinikleitung zurück".
	if org > 1 || org == 1 && !articles[toks[0].fold] {
		return nil
	}
	// „Die Verteidigung wies die Vorwürfe zurück“: counsel with no
	// client named speaks for the person accused last, if the last
	// accused is a person.
	if lawyerWords[toks[org].fold] || toks[org].fold == "verteidigung" {
		var latest *acc
		for _, a := range d.accs {
			if a.sent < s && a.sent >= s-3 && (latest == nil || a.sent >= latest.sent) {
				latest = a
			}
		}
		if latest != nil && latest.accused.typ == claimgraph.Official && !latest.accused.anon {
			return latest.accused
		}
	}
	var last *acc
	for _, a := range d.accs {
		if a.sent <= s && a.accused.isOrg() {
			if last == nil || a.sent >= last.sent {
				last = a
			}
		}
	}
	if d.lang == "de" {
		// „Klinikleitung“: the organisation whose name or alias shares
		// the first part of the compound.
		f := toks[org].fold
		for _, suf := range []string{"leitung", "fuehrung", "spitze", "vorstand"} {
			if pre := strings.TrimSuffix(f, suf); pre != f && len(pre) >= 4 {
				for _, a := range d.accs {
					if a.sent <= s && a.accused.isOrg() && strings.Contains(fold(a.accused.name+" "+strings.Join(a.accused.aliases, " ")), pre) {
						return a.accused
					}
				}
				// A compound naming another kind of body
				// („Parteiführung“) is no organ of the accused.
				if pre != "konzern" && pre != "unternehmen" && pre != "unternehmens" && pre != "geschaefts" && pre != "firmen" {
					return nil
				}
				// „Die Geschäftsleitung hält dagegen“: a firm's organ
				// speaks for the firm accused last, not for an
				// association accused after it.
				var firm *acc
				for _, a := range d.accs {
					if a.sent <= s && a.accused.typ == claimgraph.Company && (firm == nil || a.sent >= firm.sent) {
						firm = a
					}
				}
				if firm != nil {
					return firm.accused
				}
			}
		}
	}
	if last == nil || last.sent < s-3 {
		return nil
	}
	return last.accused
}

// namedAccusers lists the parties the object of a denial names after its
// cue at limit: the first ("denied Quarrington's claims") and those
// coordinated with it ("both the newspaper's findings and the union's
// accusations", „sowohl die Vorwürfe der Bundesregierung als auch die
// der Firma“).
func (d *doc) namedAccusers(s, limit int, denier *entity, parts []part) []*entity {
	toks := d.sents[s].toks
	var out []*entity
	prevEnd := -1
	for _, p := range parts {
		if p.e == denier || p.m.t0 <= limit {
			continue
		}
		// "called the performance claims "technically baseless," and the
		// Commission's statement does not include them": a party named
		// after the denial's object has closed (a comma, a closing quote)
		// is in another clause and accused no one here.
		if prevEnd < 0 && limit >= 0 && limit < len(toks) && !d.inDenialObject(s, limit, p.m.t0) {
			break
		}
		if prevEnd >= 0 {
			if p.m.t0-prevEnd > 6 {
				break
			}
			coord, stop := false, false
			for k := prevEnd; k < p.m.t0; k++ {
				switch f := toks[k].fold; f {
				case "and", "und", "sowie", "or", "oder", "well":
					coord = true
				case "auch":
					coord = coord || k > 0 && toks[k-1].fold == "als"
				case ",", ";", ":":
					stop = true
				}
				// A plural possessive's apostrophe ("the prosecutors'
				// and the authority's allegations") closes no quotation.
				if toks[k].quote && !(k > 0 && (toks[k].text == "'" || toks[k].text == "’") && strings.HasSuffix(toks[k-1].fold, "s") && toks[k-1].e == toks[k].s) {
					stop = true
				}
			}
			if stop || !coord {
				break
			}
		}
		out = append(out, party(p.e))
		prevEnd = p.m.t1
	}
	return out
}

// pluralAccNounDE reports a German accusation noun in the plural:
// „Anschuldigungen“, „Behauptungen“, „Vorwürfe“, „Berichte“, „Angaben“
// (not the feminine singulars in -e: „Klage“, „Anzeige“, „Beschwerde“).
func pluralAccNounDE(n string) bool {
	return strings.HasSuffix(n, "ungen") || pluralAccNounsDE[n]
}

var pluralAccNounsDE = set("vorwürfe", "vorwuerfe", "vorwürfen", "vorwuerfen", "berichte", "berichten", "angaben", "ergebnisse", "ergebnissen",
	"anwürfe", "anwuerfe", "beschwerden", "anzeigen", "strafanzeigen", "klagen")

// demonstrativeTargets returns the accusations of the latest paragraph
// before s among targets when the denial points back with a
// demonstrative ("diese Vorwürfe", "these allegations"); nil otherwise.
func (d *doc) demonstrativeTargets(s int, targets []*acc) []*acc {
	toks := d.sents[s].toks
	found, plural := false, false
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].fold {
		case "diese", "dieser", "diesen", "these", "those", "this", "that", "jene", "jenen":
			if n := toks[k+1].fold; (accNounsDE[n] || accNounsEN[n]) && !functionWords[n] {
				found = true
				// „diese Anschuldigungen“, „diesen Vorwürfen“ are plural;
				// „diese Klage“, „diesen Vorwurf“ are not: German "diese"
				// and "diesen" take either number, the noun tells.
				plural = plural || toks[k].fold == "these" || toks[k].fold == "those" || (toks[k].fold == "diese" || toks[k].fold == "diesen") && pluralAccNounDE(n)
			}
		}
	}
	if !found {
		return nil
	}

	// The paragraph last to state (or restate) an accusation before s:
	// "these claims" are the ones it holds.
	para := func(a *acc) int {
		p := -1
		for _, x := range append([]int{a.sent}, a.support...) {
			if x < s && d.sents[x].para > p {
				p = d.sents[x].para
			}
		}
		// A later sentence naming both parties restates the claim too
		// ("Which? said SkyHop had routinely told customers …").
		for x := s - 1; x >= 0 && d.sents[x].para > p; x-- {
			var ar, ad bool
			for _, m := range d.ments[x] {
				ar = ar || m.ent == a.accuser
				ad = ad || m.ent == a.accused
			}
			if ar && ad {
				p = d.sents[x].para
			}
		}
		return p
	}
	last := -1
	for _, a := range targets {
		if p := para(a); p > last {
			last = p
		}
	}
	var out []*acc
	for _, a := range targets {
		// "his client categorically denies these allegations": a plural
		// takes in the paragraph right before too, where a run of
		// paragraphs set out the charges.
		if last >= 0 && (para(a) == last || plural && para(a) == last-1) {
			out = append(out, a)
		}
	}
	// „Die Umwelthilfe wirft Kaltenbach vor, … Die Stiftung Warentest
	// wirft Kaltenbach zudem vor, … Kaltenbach nannte diese Behauptung
	// unseriös“: a singular points at the one said last, not at all of
	// its paragraph.
	if !plural && len(out) > 1 {
		latest := func(a *acc) int { return a.lastStatedBefore(s) }
		top := -1
		for _, a := range out {
			top = max(top, latest(a))
		}
		var one []*acc
		for _, a := range out {
			if latest(a) == top {
				one = append(one, a)
			}
		}
		out = one
	}
	return out
}

// statementNouns name a statement whose author speaks through it.
var statementNouns = set("statement", "release", "mitteilung", "pressemitteilung", "stellungnahme", "erklaerung", "presseerklaerung", "schreiben")

// pluralHeads are plural nouns for a set of accused parties.
var pluralHeads = set("unternehmen", "firmen", "konzerne", "banken", "beschuldigten", "angeklagten", "verdaechtigen", "maenner", "frauen", "manager",
	"managerinnen", "parteien", "staaten", "laender", "regierungen", "hersteller", "haendler", "betreiber", "gesellschaften", "kliniken", "vereine",
	"clubs", "verbaende", "politiker", "beamten", "companies", "firms", "banks", "men", "women", "executives", "defendants", "suspects", "groups",
	"countries", "governments", "manufacturers", "retailers", "operators", "clubs", "lenders", "brothers", "sisters", "pair", "duo", "officers",
	"officials", "players", "teams", "carmakers", "insurers", "airlines", "platforms", "brokers", "traders", "ex-managers", "managers")

// pluralVerbs are plural finite forms (and auxiliaries) of the denial
// verbs: "weisen", "bestreiten", "deny", "have denied".
var pluralVerbs = set("weisen", "wiesen", "bestreiten", "bestritten", "dementieren", "dementierten", "widersprechen", "widersprachen", "haben", "hatten",
	"halten", "hielten", "deny", "reject", "dispute", "dismiss", "have", "had", "denied", "rejected", "disputed", "dismissed", "say", "said", "sagten", "erklaerten")

// pluralDeniers reads a plural subject that opens sentence s before limit
// ("Die Unternehmen", "Beide", "Both companies", "The two men", "All
// three firms") and returns the parties accused together in the latest
// sentence up to s that accused more than one; nil when the subject is
// not plural or the parties are not found. A named denier already found
// (the plural resolved to one member) gives way only to a plural head.
func (d *doc) pluralDeniers(s, limit int, found *entity) []*entity {
	toks := d.sents[s].toks
	k := 0
	for k < len(toks) && !toks[k].word {
		k++
	}
	// "Laut MDR bestreiten beide Männer …", "According to Reuters, both
	// men deny …": past a leading attribution.
	if k < len(toks) && (toks[k].fold == "laut" || toks[k].fold == "according") {
		for _, m := range d.ments[s] {
			if m.t0 > k && m.t0 <= k+3 {
				k = m.t1
				if k < len(toks) && toks[k].text == "," {
					k++
				}
				break
			}
		}
	}
	// parse reads a plural subject at k: the subject before the verb at
	// limit, or after it (inverted) where German puts the verb second.
	parse := func(k int, inverted bool) (ok, both bool, kind claimgraph.EntityType) {
		if k >= len(toks) || k >= limit && !inverted {
			return false, false, ""
		}
		first := toks[k].fold
		both = first == "beide" || first == "both" || first == "all" || first == "alle"
		if !both && first != "die" && first != "the" {
			return false, false, ""
		}
		j := k + 1
		for j < len(toks) && (j < limit || inverted) && (numberWords[toks[j].fold] || toks[j].fold == "beiden" || toks[j].fold == "of" || toks[j].fold == "the" || toks[j].fold == "three" || toks[j].fold == "drei") {
			both = true
			j++
		}
		head := j < len(toks) && (j < limit || inverted) && pluralHeads[toks[j].fold]
		switch {
		case head:
			kind = pluralKind(toks[j].fold)
			j++
		case both && found == nil:
			// "Both have denied", "Beide bestreiten das".
		default:
			return false, false, ""
		}
		// The verb right after the subject (before it, inverted) must be
		// plural.
		if inverted {
			return pluralVerbs[toks[limit].fold], both, kind
		}
		if j >= len(toks) || !pluralVerbs[toks[j].fold] && !(j+1 < len(toks) && pluralVerbs[toks[j+1].fold]) {
			return false, false, ""
		}
		return true, both, kind
	}
	// „Laut MDR bestreiten beide Männer …“, „Das bestreiten beide
	// Männer“, „Die Vorwürfe weisen die Unternehmen zurück“.
	ok, both, kind := parse(k, k == limit)
	if k == limit {
		ok, both, kind = parse(k+1, true)
	}
	if !ok && d.lang == "de" && limit > k && limit+1 < len(toks) {
		ok, both, kind = parse(limit+1, true)
	}
	if !ok {
		return nil
	}
	fits := func(a *acc) bool { return a.sent <= s && (kind == "" || a.accused.typ == kind) }
	// The accused of the latest sentence that accused parties of the
	// kind; if it accused several, they are the group.
	latest := -1
	for _, a := range d.accs {
		if fits(a) && a.sent > latest {
			latest = a.sent
		}
	}
	var out []*entity
	for _, a := range d.accs {
		if fits(a) && a.sent == latest {
			out = appendEnt(out, a.accused)
		}
	}
	if len(out) < 2 {
		out = nil
		if both {
			// "Laut MDR bestreiten beide Männer die Vorwürfe" after one
			// accusation each: the last two parties accused.
			for i := len(d.accs) - 1; i >= 0 && len(out) < 2; i-- {
				if fits(d.accs[i]) {
					out = appendEnt(out, d.accs[i].accused)
				}
			}
		} else {
			// "Die Unternehmen …": the latest sentence that accused
			// several.
			best := -1
			for _, a := range d.accs {
				if !fits(a) || a.sent <= best {
					continue
				}
				var here []*entity
				for _, b := range d.accs {
					if b.sent == a.sent && fits(b) {
						here = appendEnt(here, b.accused)
					}
				}
				if len(here) > 1 {
					best, out = a.sent, here
				}
			}
		}
	}
	// A subject resolved to a party outside the group is no plural of
	// it; an unnamed one ("die beiden Manager" read as one manager) is.
	if found != nil && !containsEnt(out, party(found)) && !containsEnt(out, found) && !found.anon {
		return nil
	}
	return out
}

// pluralKind is the entity type a plural head names: people are
// Officials, businesses Companies; "" for any.
func pluralKind(f string) claimgraph.EntityType {
	switch f {
	case "maenner", "frauen", "men", "women", "brothers", "sisters", "manager", "managerinnen", "managers", "executives", "beschuldigten", "angeklagten",
		"verdaechtigen", "defendants", "suspects", "politiker", "beamten", "officers", "officials", "players", "pair", "duo", "ex-managers":
		return claimgraph.Official
	case "unternehmen", "firmen", "konzerne", "banken", "companies", "firms", "banks", "hersteller", "haendler", "betreiber", "gesellschaften",
		"manufacturers", "retailers", "operators", "lenders", "carmakers", "insurers", "airlines", "platforms", "brokers":
		return claimgraph.Company
	}
	return ""
}

var numberWords = set("two", "zwei", "drei", "vier", "four", "five", "fuenf")

func containsEnt(xs []*entity, e *entity) bool {
	for _, x := range xs {
		if x == e {
			return true
		}
	}
	return false
}

// coordinatedDeniers returns denier and the subjects coordinated with it
// before limit: "Rentora und Motrex wiesen …", "Kalder, Ostrava and
// Brenn denied …".
func (d *doc) coordinatedDeniers(s, limit int, denier *entity, parts []part) []*entity {
	toks := d.sents[s].toks
	out := []*entity{denier}
	prevEnd := -1
	for _, p := range parts {
		if p.m.t0 >= limit {
			break
		}
		if prevEnd < 0 {
			if p.e == denier {
				prevEnd = p.m.t1
			}
			continue
		}
		if p.prep != "" || p.obj || p.m.t0 <= prevEnd {
			break
		}
		ok := p.m.t0 > prevEnd
		// "Graham Poole, 52, and his company, Poole Precision
		// Engineering Ltd, each deny …": an age in commas and the
		// person's own body in apposition stand between the two.
		if d.lang == "en" && ownBodyApposedEN(toks, prevEnd, p.m.t0) {
			out = appendEnt(out, p.e)
			prevEnd = p.m.t1
			continue
		}
		for k := prevEnd; k < p.m.t0; k++ {
			// "Südzucker Nord und die Norddeutsche Zuckerfabrik wiesen …
			// zurück": an article may open the next one.
			if f := toks[k].fold; f != "und" && f != "and" && f != "sowie" && f != "," && f != "as" && f != "well" && !(k > prevEnd && definiteDE[f]) && !(k > prevEnd && f == "the") {
				ok = false
			}
			// "Harlinger, der das Institut 2016 verlassen hat, ließ …":
			// "der" right after the comma opens a relative clause, whose
			// object is no second subject.
			if k > prevEnd && toks[k-1].text == "," && (definiteDE[toks[k].fold] || toks[k].fold == "which" || toks[k].fold == "who") {
				ok = false
			}
		}
		if !ok {
			break
		}
		out = appendEnt(out, p.e)
		prevEnd = p.m.t1
	}
	return out
}

// ownBodyApposedEN reports tokens [from, to) that join a person to his
// body named in apposition: ", 52, and his company, ", ", and her firm,".
func ownBodyApposedEN(toks []token, from, to int) bool {
	k := from
	if k+2 < to && toks[k].text == "," && toks[k+1].num && toks[k+2].text == "," {
		k += 2
	}
	if k+1 < to && toks[k].text == "," {
		k++
	}
	if k+3 < to+1 && toks[k].fold == "and" && possessives[toks[k+1].fold] && ownBodyNounsEN[toks[k+2].fold] && k+3 == to-1 && toks[k+3].text == "," {
		return true
	}
	return false
}

// ownBodyNounsEN are what a person's own business is called.
var ownBodyNounsEN = set("company", "firm", "business", "companies", "firms")

// sourceDenier returns the party a denial is attributed to by a
// preposition: "hieß es aus dem Unternehmen", "Von Seiten des
// Unternehmens hieß es", "Laut Kalkwerk …", "according to the company",
// „Nach Angaben des Konzerns …“.
func (d *doc) sourceDenier(s int, parts []part) *entity {
	toks := d.sents[s].toks
	heisst := false
	for k := 0; k+1 < len(toks); k++ {
		if f := toks[k].fold; (f == "hiess" || f == "heisst" || f == "hieß" || f == "heißt") && toks[k+1].fold == "es" || f == "verlautete" {
			heisst = true
		}
		if f := toks[k].fold; (f == "es" || f == "es,") && (toks[k+1].fold == "hiess" || toks[k+1].fold == "heisst") {
			heisst = true
		}
	}
	man := false
	for _, t := range toks {
		man = man || t.fold == "man" && !t.inq
	}
	for _, p := range parts {
		switch {
		// „Bei Pfalzgrund weist man die Vorwürfe zurück“: "man" speaks
		// for the body the sentence opens with.
		case man && (p.prep == "bei" || p.prep == "beim") && p.m.t0 <= 2 && p.e.isOrg():
			return p.e
		// An outlet that reports a denial does not make it.
		case (p.prep == "laut" || p.prep == "according") && p.e.typ != claimgraph.Publication:
			return p.e
		case heisst && (p.prep == "aus" || p.prep == "von" || p.prep == "bei"):
			return p.e
		case p.prep == "gen" && p.m.t0 >= 2 && (toks[p.m.t0-2].fold == "angaben" || toks[p.m.t0-2].fold == "seiten" || toks[p.m.t0-1].fold == "angaben" || toks[p.m.t0-1].fold == "seiten"):
			return p.e
		// „Nach Darstellung von Vonora ist an den Vorwürfen nichts
		// dran“, „Nach Auffassung der Stadt …“: the one whose account it
		// is.
		case (p.prep == "gen" || p.prep == "von") && p.m.t0 >= 3 && viewNounsDE[toks[p.m.t0-2].fold] && toks[p.m.t0-3].fold == "nach" ||
			(p.prep == "gen" || p.prep == "von") && p.m.t0 >= 4 && viewNounsDE[toks[p.m.t0-3].fold] && toks[p.m.t0-4].fold == "nach":
			return p.e
		// "A statement from Tallyra said …", „In einer Mitteilung des
		// Unternehmens hieß es …“, „Eine Stellungnahme von Rhenolit
		// nannte …“: the author of the statement.
		case (p.prep == "gen" || p.prep == "from" || p.prep == "of" || p.prep == "von" || p.prep == "by") && p.m.t0 >= 2 &&
			(statementNouns[toks[p.m.t0-1].fold] || statementNouns[toks[p.m.t0-2].fold] || p.m.t0 >= 3 && statementNouns[toks[p.m.t0-3].fold]):
			return p.e
		}
	}
	return nil
}

// viewNounsDE name a party's account: „nach Darstellung von …“.
var viewNounsDE = set("darstellung", "auffassung", "ansicht", "einschaetzung", "worten", "sicht", "lesart")

// againstNames reports a denial in sentence s whose object names e after
// "against"/"gegen": „die Vorwürfe gegen das Unternehmen“.
func (d *doc) againstNames(s int, e *entity) bool {
	toks := d.sents[s].toks
	for k, t := range toks {
		if t.fold != "against" && t.fold != "gegen" {
			continue
		}
		for _, m := range d.ments[s] {
			if m.t0 > k && m.t0 <= k+3 && m.ent == e {
				return true
			}
		}
	}
	return false
}

// againstOfficerOf reports a denial in sentence s that names, after
// "against"/"gegen", an officer of org: "the charges against its chief
// executive", „die Vorwürfe gegen seinen Vorstandschef“.
func (d *doc) againstOfficerOf(s int, org *entity) bool {
	toks := d.sents[s].toks
	for k, t := range toks {
		if t.fold != "against" && t.fold != "gegen" {
			continue
		}
		// „die Vorwürfe gegen das Unternehmen und seinen
		// Geschäftsführer“, "against the company and its chief
		// executive": the officer by his role.
		for j := k + 1; j+1 < len(toks) && j <= k+8; j++ {
			if possessives[toks[j].fold] && toks[j].fold != "their" && isRoleToken(toks[j+1], d) != "" {
				for _, a := range d.accs {
					if a.sent <= s && a.accused.typ == claimgraph.Official && a.accused.affil == org && !a.accused.former {
						return true
					}
				}
			}
		}
		for _, m := range d.ments[s] {
			if m.t0 > k && m.t0 <= k+3 && m.ent != nil && m.ent.typ == claimgraph.Official && m.ent.affil == org && !m.ent.former {
				return true
			}
		}
	}
	return false
}

// sameSide reports two accusers that speak for one side: one the
// spokesperson of the other, or a body and one named after it
// ("Karvenia" and "Karvenia's foreign ministry"). Two agencies of one
// country are not one side (the SEC and the Justice Department accuse
// each in their own right).
func sameSide(x, y *entity) bool {
	if x == y || party(x) == party(y) {
		return true
	}
	if x.typ != claimgraph.Agency || y.typ != claimgraph.Agency {
		return false
	}
	nx, ny := normName(x.name), normName(y.name)
	return strings.HasPrefix(ny, nx+" ") || strings.HasPrefix(nx, ny+" ")
}

// speakerPron reports a mention that is "man", "wir" or "we": in reported
// or quoted words it stands for the speaker.
func speakerPron(toks []token, m *mention) bool {
	if m.t1-m.t0 != 1 || m.t0 >= len(toks) {
		return false
	}
	f := toks[m.t0].fold
	return f == "man" || f == "wir" || f == "we"
}

// inDenialObject reports whether the words from the cue at c to token k
// stay inside the denial's object: no comma, semicolon or colon, no
// closing quotation mark and no contrasting conjunction between them.
func (d *doc) inDenialObject(s, c, k int) bool {
	toks := d.sents[s].toks
	for j := c + 1; j < k && j < len(toks); j++ {
		switch toks[j].text {
		case ",", ";", ":":
			return false
		}
		if toks[j].quote && !toks[j].open {
			return false
		}
		// "disputed the maintenance findings but did not comment on the
		// union's allegations": a contrast opens another clause.
		switch toks[j].fold {
		case "but", "aber", "jedoch", "whereas", "while":
			return false
		}
	}
	return true
}

// copulaBeforeDE: a German predicative stands at the end of its clause,
// after what qualifies it ("die Preise seien durch gestiegene Lohnkosten
// gerechtfertigt"); the copula is earlier in the same clause.
func copulaBeforeDE(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j].text == "," || toks[j].quote {
			return false
		}
		if copulas[toks[j].fold] {
			return true
		}
	}
	return false
}

// copulaBeforeEN reports a copula before token k of an English
// sentence, past opening quotation marks and adverbs in -ly: "the loans
// were \"entirely normal\"", "the fees were fully justified".
func copulaBeforeEN(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].quote || toks[j].word && strings.HasSuffix(toks[j].fold, "ly") {
			continue
		}
		return copulas[toks[j].fold]
	}
	return false
}

// faultWords name a fault of one's own.
var faultWords = set("failure", "failures", "failings", "failing", "mistake", "mistakes", "error", "errors", "lapse", "lapses", "shortcomings", "breaches", "regret", "regrets", "apologise", "apologize", "apologised", "apologized",
	"fehler", "versaeumnis", "versaeumnisse", "versagen", "maengel", "fehlverhalten", "bedauern", "bedauert", "bedauere", "entschuldigt", "entschuldigte")

// unnamedClient returns the client e of a lawyer ("der Anwalt des
// Managers"); a role noun that coreference left unnamed points back at
// the person last accused.
func (d *doc) unnamedClient(s int, e *entity) *entity {
	if e.typ == claimgraph.Official && e.anon && len(d.accsAgainst(e, s)) == 0 {
		if c := d.lastAccusedPerson(s); c != nil {
			return c
		}
	}
	return e
}

// lastAccusedPerson returns the named person accused last before sentence
// s, within its three sentences before, or nil.
func (d *doc) lastAccusedPerson(s int) *entity {
	var best *acc
	for _, a := range d.accs {
		if a.sent < s && a.sent >= s-3 && a.accused.typ == claimgraph.Official && !a.accused.anon && (best == nil || a.sent > best.sent) {
			best = a
		}
	}
	if best == nil {
		return nil
	}
	return best.accused
}

// restatingOverlap counts the content words of sentence s found in the
// sentences before it that name both parties of a and no accuser of the
// other targets: the article's own restatement of the charge ("In its
// preliminary view, the Commission said Loopr had not …" before "Loopr
// disagrees with the preliminary findings").
func (d *doc) restatingOverlap(s int, a *acc, targets []*acc) int {
	var stems []string
	for o := a.sent + 1; o < s; o++ {
		var ar, ad, other bool
		for _, m := range d.ments[o] {
			if m.ent == nil {
				continue
			}
			ar = ar || m.ent == a.accuser || party(m.ent) == a.accuser
			ad = ad || m.ent == a.accused
			for _, b := range targets {
				if b.accuser != a.accuser && (m.ent == b.accuser || party(m.ent) == b.accuser) {
					other = true
				}
			}
		}
		if !ar || !ad || other {
			continue
		}
		for k, t := range d.sents[o].toks {
			if t.word && d.mentionAt(o, k) == nil {
				if st := contentStem(t.fold); st != "" {
					stems = append(stems, st)
				}
			}
		}
	}
	if len(stems) == 0 {
		return 0
	}
	n := 0
	for k, t := range d.sents[s].toks {
		if !t.word || d.mentionAt(s, k) != nil {
			continue
		}
		st := contentStem(t.fold)
		for _, x := range stems {
			if stemsMatch(st, x) {
				n++
				break
			}
		}
	}
	return n
}
