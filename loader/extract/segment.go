package extract

import (
	"strings"
	"unicode"
)

// sentence is one sentence of the text: its rune span and its tokens.
type sentence struct {
	idx        int // position in the article
	para       int // paragraph number
	start, end int // rune offsets in the text, end exclusive, trimmed
	toks       []token
	paraStart  bool // first sentence of its paragraph
}

// abbreviations end with a dot that does not end a sentence. Keys are
// lower-case, without the final dot.
var abbreviations = map[string]bool{
	"z.b": true, "d.h": true, "u.a": true, "o.ä": true, "bzw": true, "ca": true, "etc": true,
	"dr": true, "prof": true, "nr": true, "st": true, "mr": true, "mrs": true, "ms": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "jr": true, "sr": true, "gen": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "vs": true, "no": true, "mio": true,
	"mrd": true, "abs": true, "art": true, "vgl": true, "s": true, "ggf": true, "evtl": true,
	"usw": true, "sog": true, "str": true, "tel": true, "e.g": true, "i.e": true, "approx": true,
	"dipl": true, "ing": true, "mag": true, "hon": true, "rep": true, "sen": true, "gov": true,
	"lt": true, "col": true, "capt": true, "sgt": true, "rev": true, "fig": true, "jan": true,
	"feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "okt": true,
	"dez": true, "bzgl": true, "inkl": true, "zzgl": true, "max": true, "min": true, "bspw": true,
	"u.s.a": true, "f.a.z": true, "a.d": true, "v.a": true, "z.t": true, "u.u": true, "i.d.r": true,
	"ehem": true, "geb": true, "hrsg": true, "jh": true, "jhd": true, "mind": true, "rd": true,
	"plc": true, "llc": true, "llp": true, "bros": true, "dept": true, "univ": true, "ave": true,
	"cie": true, "bhd": true, "gebr": true,
}

// numberAbbrev are abbreviations that only stand before a number.
var numberAbbrev = map[string]bool{"no": true, "nr": true, "art": true, "abs": true, "s": true, "fig": true, "vol": true, "p": true, "pp": true}

// months follow an ordinal number ("am 3. März") without ending a sentence.
var months = map[string]bool{
	"januar": true, "jänner": true, "februar": true, "märz": true, "april": true, "mai": true,
	"juni": true, "juli": true, "august": true, "september": true, "oktober": true,
	"november": true, "dezember": true,
}

func isOpenQuote(r rune) bool {
	switch r {
	case '„', '“', '"', '»', '«', '‚', '‘', '\'', '(', '[':
		return true
	}
	return false
}

func isCloseQuote(r rune) bool {
	switch r {
	case '“', '”', '"', '«', '»', '‘', '’', '\'', ')', ']':
		return true
	}
	return false
}

// segment splits the text into sentences. Paragraph breaks (blank lines)
// and line breaks always end a sentence; '.', '!' and '?' end one when the
// next word starts a new sentence and the word before the dot is no
// abbreviation, initial or ordinal number.
func segment(rs []rune) []sentence {
	var out []sentence
	para := 0
	start := 0
	emit := func(s, e int) {
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		for e > s && unicode.IsSpace(rs[e-1]) {
			e--
		}
		if s >= e {
			return
		}
		ps := len(out) == 0 || out[len(out)-1].para != para
		out = append(out, sentence{idx: len(out), para: para, start: s, end: e, paraStart: ps})
	}
	n := len(rs)
	// A dateline ("LONDON, Oct 2 (Reuters) -", "Berlin (dpa) –") is no
	// part of the first sentence.
	if d := datelineEnd(rs); d > 0 {
		emit(0, d)
		start = d
	}
	for i := start; i < n; i++ {
		r := rs[i]
		if r == '\n' {
			emit(start, i)
			start = i + 1
			// A blank line (only spaces between two newlines) starts a
			// new paragraph.
			j := i + 1
			for j < n && rs[j] != '\n' && unicode.IsSpace(rs[j]) {
				j++
			}
			if j < n && rs[j] == '\n' {
				para++
			}
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		// Extend over repeated terminators and closing quotes/brackets.
		j := i + 1
		for j < n && (rs[j] == '.' || rs[j] == '!' || rs[j] == '?' || rs[j] == '…') {
			j++
		}
		for j < n && isCloseQuote(rs[j]) {
			j++
		}
		if j < n && !unicode.IsSpace(rs[j]) {
			continue // "U.S", "4.800", "netzpolitik.org"
		}
		// Next non-space rune.
		k := j
		for k < n && unicode.IsSpace(rs[k]) && rs[k] != '\n' {
			k++
		}
		if k < n && rs[k] != '\n' {
			nr := rs[k]
			if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || isOpenQuote(nr) || nr == '-' || nr == '–' || r == '.' && lowerNameOpens(rs, k)) {
				continue
			}
		}
		if r == '.' && !endsSentence(rs, i, k) {
			continue
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, n)
	return out
}

// endsSentence decides for a dot at rs[i] followed by the word at rs[k].
func endsSentence(rs []rune, i, k int) bool {
	// The word before the dot.
	b := i
	for b > 0 && !unicode.IsSpace(rs[b-1]) && !isOpenQuote(rs[b-1]) {
		b--
	}
	word := string(rs[b:i])
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	if numberAbbrev[lw] {
		// "No. 5", "Nr. 3", "Art. 12": only before a number.
		return !(k < len(rs) && unicode.IsDigit(rs[k]))
	}
	if abbreviations[lw] {
		// "Inc." and "U.S." often end a sentence too; keep them inside
		// only when a name-like word follows on the same line.
		// A legal form closes a firm's name: a capitalised word after it
		// opens the next sentence ("… by Orrin Parts Ltd. Halvern said
		// …"), unless it goes on with the name ("Co. Ltd.") or the firm's
		// officer ("Inc. Chief Executive Jane Roe", "Inc. CEO").
		if (lw == "ltd" || lw == "plc" || lw == "llc" || lw == "llp" || lw == "inc" || lw == "corp" || lw == "bhd") && capitalNotOfName(rs, k) {
			return true
		}
		if lw == "inc" || lw == "corp" || lw == "ltd" || lw == "co" || lw == "cie" || lw == "bhd" || lw == "plc" || lw == "llc" || lw == "llp" || lw == "u.s" || lw == "u.k" {
			return followedByLowerOrName(rs, k)
		}
		return false
	}
	wr := []rune(word)
	// Initials: "J. Smith", "F. Müller".
	if len(wr) == 1 && unicode.IsUpper(wr[0]) {
		return false
	}
	// Dotted abbreviations like "S.A." or "e.V.".
	if strings.Count(word, ".") >= 1 && len(wr) <= 6 {
		return false
	}
	// Ordinals before a month: "am 3. März".
	allDigits := true
	for _, r := range wr {
		if !unicode.IsDigit(r) {
			allDigits = false
		}
	}
	if allDigits && len(wr) <= 2 && k < len(rs) {
		e := k
		for e < len(rs) && unicode.IsLetter(rs[e]) {
			e++
		}
		if months[strings.ToLower(string(rs[k:e]))] {
			return false
		}
	}
	// German ordinals after a determiner: "den 1. FC Wendburg", "in der
	// 71. Minute", "am 3. Spieltag", "zum 2. Mal". A sentence does not
	// end on "den 1".
	if allDigits && len(wr) <= 3 && b > 1 {
		p := b
		for p > 0 && unicode.IsSpace(rs[p-1]) {
			p--
		}
		e := p
		for e > 0 && unicode.IsLetter(rs[e-1]) {
			e--
		}
		if e < p && ordinalDeterminers[strings.ToLower(string(rs[e:p]))] {
			return false
		}
	}
	return true
}

// ordinalDeterminers stand before a German ordinal number.
var ordinalDeterminers = map[string]bool{"den": true, "der": true, "dem": true, "des": true, "die": true, "das": true, "am": true, "im": true,
	"zum": true, "zur": true, "vom": true, "beim": true, "seit": true, "ab": true, "bis": true, "einem": true, "einer": true, "eines": true}

// followedByLowerOrName reports whether the word at k continues a name
// rather than starting a sentence: it does when it is a capitalised word
// that is no common sentence opener. This keeps "U.S. Treasury" together
// and ends "... Korvin Semiconductor Inc. The company ..." after "Inc.".
func followedByLowerOrName(rs []rune, k int) bool {
	if k >= len(rs) {
		return true
	}
	e := k
	for e < len(rs) && (unicode.IsLetter(rs[e]) || rs[e] == '-') {
		e++
	}
	return sentenceOpeners[strings.ToLower(string(rs[k:e]))]
}

// capitalNotOfName reports whether the word at k, after a legal form's
// dot, is capitalised but neither another legal form, an acronym nor an
// officer's title that would go on with the firm's name.
func capitalNotOfName(rs []rune, k int) bool {
	if k >= len(rs) || !unicode.IsUpper(rs[k]) {
		return false
	}
	e := k
	upper := true
	for e < len(rs) && (unicode.IsLetter(rs[e]) || rs[e] == '-') {
		upper = upper && unicode.IsUpper(rs[e])
		e++
	}
	w := strings.ToLower(string(rs[k:e]))
	if upper && e-k >= 2 || e < len(rs) && rs[e] == '.' || legalFormContinuers[w] {
		return false
	}
	return true
}

// legalFormContinuers go on with a firm's name after its legal form's
// dot: a second legal form, "&", or the title of the firm's officer.
var legalFormContinuers = map[string]bool{
	"ltd": true, "limited": true, "inc": true, "llc": true, "plc": true, "gmbh": true, "ag": true, "sa": true, "nv": true, "bv": true,
	"chief": true, "executive": true, "chairman": true, "chairwoman": true, "chair": true, "president": true, "director": true,
	"founder": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "boss": true, "head": true, "vice": true, "general": true, "managing": true,
}

// sentenceOpeners are words that, after "Inc." or "U.S.", start a new
// sentence.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "its": true, "he": true, "she": true,
	"they": true, "in": true, "on": true, "but": true, "and": true, "shares": true, "this": true,
	"that": true, "der": true, "die": true, "das": true, "ein": true, "eine": true, "er": true,
	"sie": true, "es": true, "im": true, "am": true, "laut": true, "nach": true, "according": true,
	"however": true, "meanwhile": true, "we": true, "our": true, "his": true, "her": true,
	"their": true, "officials": true, "prosecutors": true,
}

// datelineEnd returns the end of a dateline at the start of the text, or
// 0: a wire dateline ("BERLIN (dpa) - ", "LONDON, Oct 2 (Reuters) – ")
// or a place dateline without a wire ("GENEVA, Aug 4 - ", "WASHINGTON —
// ", "London, 3 March: ", "Nairobi, Kenya — ").
func datelineEnd(rs []rune) int {
	if d := wireDatelineEnd(rs); d > 0 {
		return d
	}
	return placeDatelineEnd(rs)
}

// wireDatelineEnd returns the end of a dateline that names its wire in
// brackets ("BERLIN (dpa) - ", "PARIS, Jan. 5 (AFP) — "), or 0.
func wireDatelineEnd(rs []rune) int {
	limit := len(rs)
	if limit > 80 {
		limit = 80
	}
	for i := 0; i < limit; i++ {
		// A sentence ends before any bracket: no dateline. "Jan. 5" is
		// a date.
		if rs[i] == '\n' || rs[i] == '.' && i+1 < len(rs) && rs[i+1] == ' ' && i > 0 && unicode.IsLower(rs[i-1]) && !monthAbbrevBefore(rs, i) && !regionAbbrevBefore(rs, i) {
			return 0
		}
		if rs[i] != ')' {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		// "(Reuters) - ", "(dpa) – ", "(Dow Jones)--".
		dash := j
		for dash < len(rs) && dash < j+2 && (rs[dash] == '-' || rs[dash] == '–' || rs[dash] == '—') {
			dash++
		}
		if dash > j && dash < len(rs) && (rs[dash] == ' ' || dash == j+2) {
			j = dash - 1
			// The part in brackets is a short name: "(dpa)", "(Reuters)".
			k := i - 1
			for k >= 0 && rs[k] != '(' {
				k--
			}
			if k >= 0 && i-k <= 25 {
				return j + 1
			}
		}
		return 0
	}
	return 0
}

// monthAbbrevBefore reports a month abbreviation ending at the dot at i
// ("Jan.", "Sept.").
func monthAbbrevBefore(rs []rune, i int) bool {
	k := i
	for k > 0 && unicode.IsLetter(rs[k-1]) {
		k--
	}
	return datelineMonths[strings.ToLower(string(rs[k:i]))]
}

// regionAbbrevBefore reports a short capitalised abbreviation ending at
// the dot at i, as US datelines abbreviate states ("SAN JOSE, Calif.",
// "Boston, Mass.").
func regionAbbrevBefore(rs []rune, i int) bool {
	k := i
	for k > 0 && unicode.IsLetter(rs[k-1]) {
		k--
	}
	return i-k >= 2 && i-k <= 5 && unicode.IsUpper(rs[k]) && k >= 2 && rs[k-1] == ' ' && rs[k-2] == ','
}

// datelineMonths are month names and abbreviations a dateline's date
// uses, English and German.
var datelineMonths = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober",
	"dezember", "okt", "dez", "mrz")

// placeDatelineEnd returns the end of a dateline that names no wire: a
// place of one to three words, optionally its region or country and a
// date, separated by commas, then a dash (or, after a date, a colon) and
// the first word of the sentence, capitalised. The place must be written
// in capitals ("GENEVA", "SAN FRANCISCO") or a date must follow it
// ("London, 3 March:"); a place in ordinary case needs a sentence opener
// after the dash ("Berlin – Die Bundesregierung") and no second dash in
// the sentence, since "Greenpeace – the campaign group – said" is a name
// and its apposition.
func placeDatelineEnd(rs []rune) int {
	limit := len(rs)
	if limit > 60 {
		limit = 60
	}
	sep, after := -1, -1
	colon := false
	for i := 0; i < limit; i++ {
		r := rs[i]
		if r == '\n' || r == '.' && !(i > 0 && (unicode.IsDigit(rs[i-1]) || monthAbbrevBefore(rs, i) || regionAbbrevBefore(rs, i))) || r == '(' || r == '"' || r == '„' || r == '“' {
			return 0
		}
		if r == ':' && i+1 < len(rs) && rs[i+1] == ' ' {
			sep, after, colon = i, i+1, true
			break
		}
		if r == '—' || r == '–' || r == '-' && i > 0 && rs[i-1] == ' ' && i+1 < len(rs) && (rs[i+1] == ' ' || rs[i+1] == '-') {
			j := i + 1
			for j < len(rs) && (rs[j] == '-' || rs[j] == '—') {
				j++
			}
			// "WASHINGTON—The": an em dash may touch its words; a
			// hyphen or en dash inside a word ("Frankfurt-Höchst",
			// "2023–24") separates nothing.
			if r != '—' && (i == 0 || rs[i-1] != ' ' || j >= len(rs) || rs[j] != ' ') {
				return 0
			}
			sep, after = i, j
			break
		}
	}
	if sep <= 0 {
		return 0
	}
	for after < len(rs) && rs[after] == ' ' {
		after++
	}
	if after >= len(rs) || !unicode.IsUpper(rs[after]) {
		return 0
	}
	chunks := strings.Split(strings.TrimSpace(string(rs[:sep])), ",")
	place := strings.Fields(chunks[0])
	if len(place) == 0 || len(place) > 3 {
		return 0
	}
	caps := true
	for _, w := range place {
		rw := []rune(w)
		if !unicode.IsUpper(rw[0]) {
			return 0
		}
		for _, c := range rw {
			if unicode.IsLower(c) {
				caps = false
			}
		}
	}
	if caps && len([]rune(strings.Join(place, ""))) < 3 {
		return 0 // "EU – ": too short for a town
	}
	dated := false
	for _, c := range chunks[1:] {
		ws := strings.Fields(c)
		if len(ws) == 0 || len(ws) > 3 {
			return 0
		}
		date := true
		for _, w := range ws {
			lw := strings.ToLower(strings.TrimSuffix(w, "."))
			if !datelineMonths[lw] && !months[lw] && strings.TrimLeft(lw, "0123456789") != "" {
				date = false
			}
		}
		if date {
			dated = true
			continue
		}
		// A region or country: capitalised words.
		for _, w := range ws {
			if !unicode.IsUpper([]rune(w)[0]) {
				return 0
			}
		}
	}
	// "MUMBAI: The regulator …": a place in capitals may end with a
	// colon; in ordinary case only after a date ("London, 3 March:").
	if colon && !dated && !caps {
		return 0
	}
	if !caps && !dated {
		// "Berlin – Die Bundesregierung": an opener after the dash, and
		// no second dash closing an apposition.
		e := after
		for e < len(rs) && unicode.IsLetter(rs[e]) {
			e++
		}
		if !datelineOpeners[strings.ToLower(string(rs[after:e]))] {
			return 0
		}
		for k := after; k < len(rs) && rs[k] != '\n' && rs[k] != '.'; k++ {
			if rs[k] == '—' || rs[k] == '–' || rs[k] == '-' && k > 0 && rs[k-1] == ' ' {
				return 0
			}
		}
	}
	return after
}

// datelineOpeners start the sentence after a place dateline in ordinary
// case.
var datelineOpeners = set("the", "a", "an", "in", "on", "at", "after", "according", "der", "die", "das", "ein", "eine",
	"im", "am", "nach", "laut", "seit", "wegen", "bei", "mit")

// lowerNameOpens reports a sentence that opens with a name written in
// lower case ("noyb said", "eBay hat"): a lower-case word right before a
// verb of speech or action.
func lowerNameOpens(rs []rune, k int) bool {
	e := k
	for e < len(rs) && (unicode.IsLetter(rs[e]) || unicode.IsDigit(rs[e])) {
		e++
	}
	if e == k || e >= len(rs) || rs[e] != ' ' {
		return false
	}
	v := e + 1
	ve := v
	for ve < len(rs) && unicode.IsLetter(rs[ve]) {
		ve++
	}
	return lowerNameVerbs[string(rs[v:ve])]
}

// lowerNameVerbs follow a lower-case name that opens a sentence.
var lowerNameVerbs = map[string]bool{"said": true, "says": true, "has": true, "had": true, "filed": true, "accused": true, "alleged": true,
	"argued": true, "claimed": true, "wrote": true, "sagte": true, "hat": true, "hatte": true, "erklärte": true, "teilte": true, "wirft": true,
	"warf": true, "kritisierte": true, "reichte": true, "forderte": true}
