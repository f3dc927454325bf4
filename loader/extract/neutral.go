package extract

import "strings"

// neutralDeeds are stems of the wrongdoing list that name ordinary
// business on their own: goods delivered or exported, taxes paid, limits
// kept, waste disposed of ("Der Verband erklärte, die Firma habe Geräte
// geliefert", "X said Y had exported 2,000 tonnes", "Y habe die
// Grenzwerte eingehalten"). In reported speech they state misconduct
// only with a mark of wrongdoing near them.
var neutralDeeds = []string{"liefer", "geliefert", "export", "steuer", "tax", "grenzwert", "entsorgt", "supplied", "shipped",
	"transferred", "militaer", "military", "gewaehrt",
	// Steps any firm takes ("Tarifverhandlungen eingeleitet", "ein
	// Patent angemeldet", "eine Prüfung veranlasst", "covered the
	// costs", "discharged its cargo", "its sewage plant"); a wrong act
	// beside them ("veranlasst, dass Akten vernichtet werden",
	// "Patente verletzt") still counts on its own.
	"eingeleitet", "patent", "veranlasst", "abgerechnet", "billed", "instructed", "covered", "discharg", "sewage", "abwasser",
	// Words that only begin like a wrong: "Scheinwerfer" is no
	// "Scheinfirma".
	"scheinwerfer", "scheinbar", "scheint", "anschein", "hackathon", "inflation"}

// attackWords name an attack, which the subject may have suffered rather
// than made: "habe einen Angriff auf ihre Server abgewehrt", "had
// repelled a cyber attack".
var attackWords = []string{"attack", "angriff", "cyberang", "hack"}

// sufferedWords near an attack make the subject its target.
var sufferedWords = []string{"abgewehrt", "abwehr", "repell", "fended", "thwart", "vereitel", "opfer", "victim", "suffered", "erlitten"}

// wrongMarks make a neutral deed a wrong one: done against a ban,
// unlawfully, or improperly ("trotz des Verbots geliefert", "nicht
// ordnungsgemäß entsorgt"); matched anywhere in a word. Marks that are
// wrongdoing words themselves (illegal, Sanktionen, Embargo, hinterzogen,
// ohne Genehmigung) count through the wrongdoing list.
// A shell company or a straw man between the parties hides the deed
// ("über eine Briefkastenfirma in Zypern geliefert").
var wrongMarks = []string{"verbot", "banned", "prohibit", "untersagt", "unsachgem", "heimlich", "secretly", "covert", "verdeckt", "circumvent", "briefkasten", "strohm",
	"bypassing", "defiance", "unverzollt", "unzureichend", "unqualifiz", "unqualified"}

// wrongMarkWords are marks matched as whole words: "doppelt
// abgerechnet" but not "verdoppelt", "unter Umgehung" but not
// "Umgehungsstraße", "billed twice" but not "doubled".
var wrongMarkWords = set("doppelt", "twice", "umgehung", "double-billed", "double-billing", "kuenstlich", "artificially")

// overshotWords: a limit passed ("die Grenzwerte überschritten").
var overshotWords = []string{"ueberschritt", "überschritt", "exceed"}

// markWord: a word that marks a deed as done wrongly on its own
// ("heimlich", "secretly", "verdeckt", "unzureichend").
func markWord(f string) bool {
	if wrongMarkWords[f] {
		return true
	}
	for _, m := range wrongMarks {
		if strings.Contains(f, m) {
			return true
		}
	}
	return false
}

func neutralDeed(f string) bool {
	neutral := false
	for _, w := range neutralDeeds {
		if strings.HasPrefix(f, w) || len(w) >= 5 && strings.Contains(f, w) {
			neutral = true
			break
		}
	}
	if !neutral {
		return false
	}
	// "Steuerhinterziehung", "Exportbetrug": another stem in the same
	// word names the wrong.
	for _, w := range wrongdoing {
		if len(w) < 5 || !strings.Contains(f, w) {
			continue
		}
		own := false
		for _, n := range neutralDeeds {
			if strings.HasPrefix(w, n) || strings.Contains(n, w) {
				own = true
				break
			}
		}
		if !own {
			return false
		}
	}
	return true
}

// markNear: a mark of wrongdoing within n words of k from the clause's
// start on; after k it may lie in a relative clause on the object
// ("Behandlungen abgerechnet, die von nicht ausreichend qualifiziertem
// Personal erbracht wurden").
func markNear(toks []token, k, n, from int) bool {
	for j := max(k-n, from); j <= k+n && j < len(toks); j++ {
		f := toks[j].fold
		if wrongMarkWords[f] {
			return true
		}
		// "trotz eines Exportverbots": a mark inside a compound.
		for _, m := range wrongMarks {
			if strings.Contains(f, m) {
				return true
			}
		}
		if hasPrefixAny(f, overshotWords) && strings.HasPrefix(toks[k].fold, "grenzwert") {
			return true
		}
		// "Abwasser in die Trave eingeleitet", "discharged oil into the
		// bay": a pollutant let out; "covered up".
		if pollutantWords[f] && (strings.HasPrefix(toks[k].fold, "eingeleitet") || strings.HasPrefix(toks[k].fold, "discharg")) ||
			f == "up" && j > 0 && toks[j-1].fold == "covered" {
			return true
		}
		// "Behandlungen abgerechnet, die von nicht ausreichend
		// qualifiziertem Personal erbracht wurden", "not sufficiently
		// trained": a service short of what was billed.
		if (strings.HasPrefix(f, "ausreichend") || strings.HasPrefix(f, "sufficient") || strings.HasPrefix(f, "qualifi")) && j > 0 &&
			(toks[j-1].fold == "nicht" || toks[j-1].fold == "not") {
			return true
		}
		// "without an export licence", "ohne Ausfuhrgenehmigung": the
		// permission word may follow a neutral one.
		if f == "without" || f == "ohne" {
			for i := j + 1; i <= j+3 && i < len(toks); i++ {
				if permissionWords[toks[i].fold] || strings.HasSuffix(toks[i].fold, "genehmigung") || strings.HasSuffix(toks[i].fold, "lizenz") {
					return true
				}
			}
		}
		// "shipped lathes to Russian buyers, declaring the consignments
		// as exports to Kazakhstan": goods passed off as something else;
		// "knowing that the goods were destined for Russia".
		if (strings.HasPrefix(f, "declar") || strings.HasPrefix(f, "label") || f == "passing" || f == "passed") && j > k && hasLater(toks[:min(j+6, len(toks))], j, "as") ||
			f == "knowing" && j+1 < len(toks) && (toks[j+1].fold == "that" || toks[j+1].fold == "or") {
			return true
		}
		// "zu wenig Steuern", "too little tax": short of what is owed.
		if (f == "wenig" || f == "little") && j > 0 && (toks[j-1].fold == "zu" || toks[j-1].fold == "too") {
			return true
		}
		// "nicht ordnungsgemäß", "not properly": a lawful manner denied.
		if lawfulAdverbs[f] && j > 0 {
			switch toks[j-1].fold {
			case "not", "nicht", "never", "nie":
				return true
			}
		}
	}
	return false
}

// reportedWrongdoing is hasWrongdoing for reported speech: a clause
// whose only wrongdoing words are neutral deeds without a mark near them
// states business, not misconduct. Words of the wrongdoing list that
// name a wrong in themselves (bribed, fraud, concealed, threatened)
// count alone.
func reportedWrongdoing(toks []token, from, to int) bool {
	to = min(to, len(toks))
	if from < to && toks[from].licensed {
		return true
	}
	// "had exceeded the emission limits": a limit passed is a breach
	// though neither word is one alone.
	for k := from; k < to; k++ {
		if f := toks[k].fold; strings.HasPrefix(f, "exceed") && hasNear(toks, k, 4, "limit", "threshold") {
			return true
		}
	}
	// "habe heimlich Geld an Aktivistengruppen überwiesen", "secretly
	// routed the payments": a deed done covertly, against a ban or
	// without the permission it needs is told as a wrong whatever the
	// verb.
	for k := from; k < to; k++ {
		if toks[k].word && markWord(toks[k].fold) && !(k > 0 && negationWords[toks[k-1].fold]) {
			return true
		}
	}
	if !hasWrongdoing(toks, from, to) {
		return false
	}
	start := from
	for k := from; k < to; k++ {
		if !toks[k].word {
			continue
		}
		if !neutralDeed(toks[k].fold) {
			if !hasPrefixAny(toks[k].fold, attackWords) || !hasNear(toks, k, 4, sufferedWords...) {
				continue
			}
		}
		if markNear(toks, k, 8, from) {
			return true
		}
		// "Leistungen abgerechnet haben, die nie erbracht wurden": the
		// wrong lies in a relative clause past the clause's end.
		if k+9 > to && to < len(toks) && reportedWrongdoing(toks, to, min(k+9, len(toks))) {
			return true
		}
		if k > start && hasWrongdoing(toks, start, k) {
			return true
		}
		start = k + 1
	}
	return start < to && hasWrongdoing(toks, start, to)
}

func hasPrefixAny(f string, stems []string) bool {
	for _, st := range stems {
		if strings.HasPrefix(f, st) {
			return true
		}
	}
	return false
}
