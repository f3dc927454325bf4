package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// foldRune maps the letters that German and English news use to their
// ASCII spelling. Umlauts become two letters (ä → ae) the way Germans write
// them without a keyboard, so "Süddeutsche" and "Sueddeutsche" meet.
func foldRune(r rune) (string, bool) {
	switch r {
	case 'ä', 'Ä':
		return "ae", true
	case 'ö', 'Ö':
		return "oe", true
	case 'ü', 'Ü':
		return "ue", true
	case 'ß', 'ẞ':
		return "ss", true
	case '’', '‘', '`', '´':
		return "'", true
	case '–', '—', '‐', '‑', '−':
		return "-", true
	}
	return "", false
}

// stripMarks removes combining marks after canonical decomposition; it is
// only used for the rare letters foldRune does not know (é, ø, ł …).
var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// fold lower-cases s and spells it in ASCII where it can. It is the basis of
// every comparison of names in this package.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || ('A' <= s[i] && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 4)
	other := false
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			b.WriteString(f)
			continue
		}
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			other = true
		}
		b.WriteRune(unicode.ToLower(r))
	}
	out := b.String()
	if other {
		if t, _, err := transform.String(stripMarks, out); err == nil {
			out = t
		}
	}
	return out
}

// stem reduces a folded word to a form that is the same for the usual German
// case and number endings and for English possessives ("Hauses" and "Haus",
// "Militärs" and "Militär", "Fenwright's" and "Fenwright"). It is not
// linguistics: it only has to map the forms of one name onto one string,
// and it is applied to lexicon entries and text alike.
func stem(f string) string {
	if strings.HasSuffix(f, "'s") {
		f = f[:len(f)-2]
	} else if strings.HasSuffix(f, "'") {
		f = f[:len(f)-1]
	}
	for i := 0; i < 2; i++ {
		if len(f) <= 4 {
			break
		}
		cut := ""
		for _, suf := range stemSuffixes {
			if strings.HasSuffix(f, suf) {
				cut = suf
				break
			}
		}
		if cut == "" {
			break
		}
		f = f[:len(f)-len(cut)]
	}
	return f
}

var stemSuffixes = []string{"es", "en", "em", "er", "e", "s", "n"}

// normName is the comparison form of a whole name: folded, punctuation
// except '&' dropped, hyphens as spaces.
func normName(s string) string {
	var b strings.Builder
	space := true
	for _, r := range fold(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&':
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// stemPhrase is the lexicon lookup form of a name: every word stemmed,
// and "United States", "U.S." and "US" spelt alike.
func stemPhrase(s string) string {
	fs := strings.Fields(normName(s))
	out := make([]string, 0, len(fs)+2)
	for i := 0; i < len(fs); i++ {
		switch {
		case fs[i] == "united" && i+1 < len(fs) && fs[i+1] == "states":
			out = append(out, "u", "s")
			i++
		case fs[i] == "united" && i+1 < len(fs) && fs[i+1] == "kingdom":
			out = append(out, "u", "k")
			i++
		case fs[i] == "us" && len(fs) > 1:
			out = append(out, "u", "s")
		case fs[i] == "uk" && len(fs) > 1:
			out = append(out, "u", "k")
		default:
			out = append(out, stem(fs[i]))
		}
	}
	return strings.Join(out, " ")
}

// legalForms are the suffixes dropped from company names for identity keys,
// so "Alibaba Group" and "Alibaba" meet; they are matched on folded words
// without dots.
var legalForms = map[string]bool{
	"ag": true, "gmbh": true, "se": true, "kg": true, "kgaa": true, "ab": true, "asa": true,
	"plc": true, "inc": true, "corp": true, "corporation": true, "ltd": true, "limited": true,
	"llp": true, "llc": true, "lp": true, "fze": true, "fzco": true, "group": true, "gruppe": true,
	"holding": true, "holdings": true, "co": true, "sa": true, "nv": true, "bv": true,
	"spa": true, "srl": true, "oy": true, "oyj": true, "as": true, "sarl": true, "sas": true,
	"pte": true, "pty": true, "company": true, "mbh": true, "ohg": true, "ug": true, "ev": true,
	"ggmbh": true, "gug": true, "ead": true, "eood": true, "ood": true, "nyrt": true, "zrt": true, "dd": true, "sac": true, "ehf": true, "hf": true,
}

// adjEndings normalise German adjective endings in keys, so
// "Süddeutschen Zeitung" and "Süddeutsche Zeitung" get one key.
var adjEndings = []struct{ from, to string }{
	{"ischen", "ische"}, {"ischer", "ische"}, {"isches", "ische"}, {"ischem", "ische"},
	{"schen", "sche"}, {"scher", "sche"}, {"sches", "sche"}, {"schem", "sche"},
	{"lichen", "liche"}, {"licher", "liche"}, {"liches", "liche"}, {"lichem", "liche"},
	{"alen", "ale"}, {"aler", "ale"}, {"ales", "ale"},
	{"igen", "ige"}, {"iger", "ige"}, {"iges", "ige"},
	{"eren", "ere"}, {"erer", "ere"}, {"eres", "ere"},
	{"ssen", "sse"}, {"sses", "sse"}, {"sser", "sse"},
}

// adjEndingsInner apply only to words before the last one, where a
// German adjective stands.
var adjEndingsInner = []struct{ from, to string }{
	{"nen", "ne"}, {"ten", "te"}, {"uen", "ue"}, {"nes", "ne"}, {"tes", "te"}, {"nem", "ne"}, {"tem", "te"},
}

// slug turns a name into an identity key: folded, legal forms and leading
// articles removed, German adjective endings and genitive endings of
// institution heads normalised, words joined by '-'.
func slug(name string) string {
	words := strings.Fields(normName(strings.ReplaceAll(name, "&", " and ")))
	for len(words) > 1 && articles[words[0]] {
		words = words[1:]
	}
	for len(words) > 1 && legalForms[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	for i, w := range words {
		if i < len(words)-1 {
			// Inflected adjectives before the head: "Allgemeinen",
			// "Vereinigten".
			for _, e := range adjEndingsInner {
				if strings.HasSuffix(w, e.from) && len(w) > len(e.from)+2 {
					w = w[:len(w)-len(e.from)] + e.to
					break
				}
			}
		}
		for _, e := range adjEndings {
			if strings.HasSuffix(w, e.from) && len(w) > len(e.from)+1 {
				w = w[:len(w)-len(e.from)] + e.to
				break
			}
		}
		w = strings.TrimSuffix(w, "'s")
		for _, h := range genitiveHeads {
			if strings.HasSuffix(w, h+"s") || strings.HasSuffix(w, h+"es") {
				w = w[:strings.LastIndex(w, h)+len(h)]
				break
			}
		}
		words[i] = w
	}
	var b strings.Builder
	for _, w := range words {
		for _, r := range w {
			if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(r)
			}
		}
		b.WriteByte('-')
	}
	s := strings.Trim(b.String(), "-")
	for strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "-")
	}
	if s == "" {
		// Names in other scripts: keep a stable hex spelling rather than
		// an empty key.
		var h strings.Builder
		for _, r := range strings.TrimSpace(name) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				h.WriteString(strings.ToLower(strings.TrimLeft(strconvHex(r), "0")))
			}
		}
		s = "x" + h.String()
		if s == "x" {
			s = "x0"
		}
	}
	return s
}

func strconvHex(r rune) string {
	const digits = "0123456789abcdef"
	var buf [8]byte
	for i := 7; i >= 0; i-- {
		buf[i] = digits[r&0xf]
		r >>= 4
	}
	return string(buf[:])
}

// genitiveHeads are institution words whose genitive (-s, -es) is folded
// away in keys ("Bundesamts" → "Bundesamt").
var genitiveHeads = []string{"amt", "ministerium", "gericht", "dienst", "institut", "gremium", "haus", "rat", "bund", "verband", "konzern", "unternehmen"}

// articles are the leading words the scorer drops; keys drop them too.
var articles = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true,
	"ein": true, "eine": true, "einer": true, "eines": true, "einem": true, "einen": true,
	"the": true, "a": true, "an": true,
}
